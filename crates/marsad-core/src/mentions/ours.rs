//! Nouns with the first person plural pronoun inside a quotation (قواتنا، شعبنا، حكومتنا،
//! مواطناتنا، بلادنا): the people or body of the quote's speaker, coded from the speaker's
//! state (or, for the forces of an armed group, the group). بلادي ("my country") is the
//! speaker's state too; other nouns with ي are left alone (شعبي is as often "popular").
//! Run once quotes and their speakers are known, so it is apart from the mention passes
//! proper.

use super::{covered_at, merge_by_start, strip_proclitics, ActorSpan, Doc, PROCLITICS};
use crate::quotes::QuoteSpan;
use marsad_lexicon::{Kind, Lexicon};
use std::borrow::Cow;

/// What the noun names of the speaker's side.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ours {
    /// Its state's people or body with this role (شعبنا CVL, حكومتنا GOV).
    Body(&'static str),
    /// Its armed men: an armed group's are the group, a state's its military.
    Forces,
    /// Its country (بلادنا), as بلاده is the possessor's.
    Country,
}

/// Nouns as written before نا (ة as ت), with what they name. Abstract nouns (أمننا) are
/// left out: they are no actor; and قادتنا, as often the verb "led us" as "our leaders",
/// and شعوبنا, the peoples of several states (شعوبنا العربية).
/// Our children (أبناؤنا، أطفالنا، أولادنا) are relatives, the
/// guide's private people of the speaker's state.
const NOUNS: &[(&str, Ours)] = &[
    ("شعب", Ours::Body("CVL")),
    ("ابناء", Ours::Body("CVL")),
    ("ابنائ", Ours::Body("CVL")),
    ("ابناؤ", Ours::Body("CVL")),
    ("اطفال", Ours::Body("CVL")),
    ("اولاد", Ours::Body("CVL")),
    ("مواطني", Ours::Body("CVL")),
    ("مواطنو", Ours::Body("CVL")),
    ("مواطنات", Ours::Body("CVL")),
    ("عائلات", Ours::Body("CVL")),
    ("حكومت", Ours::Body("GOV")),
    ("سلطات", Ours::Body("GOV")),
    ("سفارت", Ours::Body("GOV")),
    ("دبلوماسيي", Ours::Body("GOV")),
    ("شرطت", Ours::Body("COP")),
    ("قوات", Ours::Forces),
    ("جنود", Ours::Forces),
    ("جيش", Ours::Forces),
];

/// Roles of armed groups: their forces are their own.
const ARMED: &[&str] = &["REB", "INS", "UAF"];

/// The first person singular form of the country (بلادي).
const MY_COUNTRY: &str = "بلادي";

/// Can `key` be one of the nouns read (its pronoun ends it)?
fn may_be_ours(key: &str) -> bool {
    key.ends_with("نا") || key.ends_with(MY_COUNTRY)
}

/// The noun and its reading, proclitics aside (وقواتنا، لشعبنا، لبلادي). `None` for
/// anything else.
fn read(key: &str) -> Option<(Ours, bool)> {
    // بلادي، بلادنا begin with ب: their proclitics are matched whole (وبلادنا، لبلادي).
    if let Some(clitics) = [MY_COUNTRY, "بلادنا"].iter().find_map(|form| key.strip_suffix(form)).filter(|c| PROCLITICS.contains(c)) {
        return Some((Ours::Country, clitics.contains(['ب', 'ل'])));
    }
    let (k, prepositional) = strip_proclitics(key);
    let noun = |k: &str| k.strip_suffix("نا").and_then(|stem| NOUNS.iter().find(|&&(s, _)| s == stem)).map(|&(_, o)| o);
    noun(key).map(|o| (o, false)).or_else(|| (k.len() != key.len()).then(|| noun(k)).flatten().map(|o| (o, prepositional)))
}

/// Add the first person nouns inside each quote whose speaker has a state-headed code.
pub fn find<'a>(lex: &'a Lexicon, keys: &[String], doc: &Doc<'_>, quotes: &[QuoteSpan], out: &mut Vec<ActorSpan<'a>>) {
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    for q in quotes {
        let Some(code) = q.speaker.as_ref().and_then(|s| s.actor.as_deref()) else { continue };
        let Some(state) = code.get(..3).and_then(|s| lex.state(s)) else { continue };
        let speaker = q.speaker.as_ref().map(|s| (s.tok_start, s.tok_end));
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        let mut j = 0;
        for t in first..keys.len().min(doc.tokens.len()) {
            if doc.tokens[t].end > q.end {
                break;
            }
            let key = keys[t].as_str();
            if !may_be_ours(key) {
                continue;
            }
            let Some((ours, prepositional)) = read(key) else { continue };
            if covered_at(out, &mut j, t) {
                continue;
            }
            let role = lex.split_code(code).1;
            let actor: Cow<'a, str> = match ours {
                Ours::Body(r) => super::actor_of(lex, &state.code, r),
                Ours::Forces if role.as_deref().is_some_and(|r| ARMED.iter().any(|a| r.starts_with(a))) => Cow::Owned(code.to_string()),
                Ours::Forces => super::actor_of(lex, &state.code, "MIL"),
                Ours::Country => Cow::Borrowed(&state.code),
            };
            let kind = if ours == Ours::Country { Kind::State } else { Kind::Agent };
            // The sons of our people (لأبناء شعبنا) are the people, in one mention.
            let sons = t > 0 && ours == Ours::Body("CVL") && strip_proclitics(&keys[t - 1]).0 == "ابناء" && (j == 0 || out[j - 1].tok_end < t);
            let start = if sons { t - 1 } else { t };
            let mut span = ActorSpan::new(start, t + 1, kind, Cow::Borrowed("ours"));
            if ours == Ours::Country {
                span.entity = Some(Cow::Borrowed(&state.english));
                span.entity_id = Some(&state.code);
            }
            let (country, role) = lex.split_code(&actor);
            span.country = country.map(Cow::Owned);
            span.role = role.map(Cow::Owned);
            span.actor = Some(actor);
            span.antecedent = speaker;
            span.prepositional = if sons { strip_proclitics(&keys[start]).1 } else { prepositional };
            // Its adjectives (شعبنا الأصيل البطل، قواتنا المسلحة) are the mention's.
            let next_start = out.get(j).map_or(usize::MAX, |n| n.tok_start);
            span.tok_end += super::attributes::run_after_in(lex, keys, doc, t + 1, next_start, span.country.as_deref());
            added.push(span);
        }
    }
    added.sort_by_key(|s| s.tok_start);
    added.dedup_by_key(|s| s.tok_start);
    // Our people joined by و (لأبنائنا وأطفالنا) are one group, one mention.
    added.dedup_by(|next, first| {
        let joined = first.kind == Kind::Agent && next.tok_start == first.tok_end && keys[next.tok_start].starts_with('و') && next.actor == first.actor;
        if joined {
            first.tok_end = next.tok_end;
        }
        joined
    });
    merge_by_start(out, added);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn our_forces_and_people_are_the_speakers() {
        let ms = mentions("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو: \"إن قواتنا سترد وإن شعبنا صامد\".");
        assert_eq!(code(&ms, "قواتنا"), Some("ISRMIL"), "{ms:?}");
        assert_eq!(code(&ms, "شعبنا"), Some("ISRCVL"), "{ms:?}");
        // An armed group's forces are the group; the sons of our people one mention.
        let ms = mentions("وقال المتحدث باسم حركة حماس: \"إن قواتنا جاهزة لحماية أبناء شعبنا\".");
        assert_eq!(code(&ms, "قواتنا").and_then(|c| c.get(..6)), Some("PSEREB"), "{ms:?}");
        assert_eq!(code(&ms, "أبناء شعبنا"), Some("PSECVL"), "{ms:?}");
    }

    #[test]
    fn our_children_are_the_speakers_people() {
        // Joined by و, one group.
        let ms = mentions("وقال الرئيس السوري بشار الأسد: \"لن نسمح بقتل أبنائنا وأطفالنا\".");
        assert_eq!(code(&ms, "أبنائنا وأطفالنا"), Some("SYRCVL"), "{ms:?}");
        let ms = mentions("وقال مواطن يمني: \"رفضنا إرسال أولادنا إلى الجبهات\".");
        assert_eq!(code(&ms, "أولادنا"), Some("YEMCVL"), "{ms:?}");
    }

    #[test]
    fn my_country_is_the_speakers_state() {
        let ms = mentions("وقال الرئيس الفلبيني رودريغو دوتيرتي: \"لن أسمح لأحد بأن يملي على بلادي ما تفعل\".");
        assert_eq!(code(&ms, "بلادي"), Some("PHL"), "{ms:?}");
        // Outside a quote it is no one's.
        let ms = mentions("وقال الرئيس الفلبيني رودريغو دوتيرتي: \"سأدافع عن بلادي وبلادنا فوق الجميع\".");
        assert_eq!(code(&ms, "وبلادنا"), Some("PHL"), "{ms:?}");
        let ms = mentions("وكتب على لافتة بلادي أولا.");
        assert!(ms.iter().all(|m| m.text != "بلادي"), "{ms:?}");
    }

    #[test]
    fn not_outside_a_quote_nor_an_abstract_noun() {
        let ms = mentions("قواتنا ليست هنا. وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو: \"إن أمننا أولا\".");
        assert!(ms.iter().all(|m| m.text != "قواتنا" && m.text != "أمننا"), "{ms:?}");
    }
}
