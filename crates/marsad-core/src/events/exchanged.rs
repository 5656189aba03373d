//! Exchanged accusations, insults and threats (تبادلت طهران وواشنطن الاتهامات، تبادل
//! الزعيمان الإهانات، تبادل كيم وترامب التهديدات): the verb تبادل with its `then` word in
//! `events.tsv`. The sides of its subject act on each other, as those that agree or meet
//! do, so the first side is the actor and the others its recipients; and since each side
//! does it to the other, [`mirror`] adds the same act the other way, as the labels code an
//! exchange (both directions). (Exchanged fire, visits and expulsions are events of their
//! own nouns; تبادل is no support verb, which took wrong subjects for them.) A noun of
//! another kind listed after the first one (تبادل كيم وترامب التهديدات بشن حرب وإهانات
//! شخصية) is exchanged too: [`add_listed`].

use super::{EventSpan, Input};
use marsad_lexicon::events::Trigger;
use marsad_text::token::TokenKind;

/// Whether the trigger is an exchange of accusations or threats.
pub(super) fn is_exchange(t: &Trigger) -> bool {
    t.lemma == "تبادل" && t.event.as_deref().is_some_and(|k| matches!(k, "ACCUSE" | "THREATEN"))
}

/// The rule prefix of an exchange's events (`verb:تبادل+vso`, `verb:تبادل+between`).
const EXCHANGE_RULE: &str = "verb:تبادل";

/// How far past the exchange's first noun another may be listed (tokens): over the first
/// one's complement (التهديدات بشن حرب وإهانات شخصية).
const LIST_WINDOW: usize = 5;

/// Rule mark of an exchange read from a noun listed after the first.
const LISTED_MARK: &str = "+listed";

/// Each exchange whose first noun is followed, before any punctuation, by a noun of the
/// other kind with و (`تبادلت الدولتان الاتهامات والتهديدات`، `تبادل كيم وترامب التهديدات
/// بشن حرب والإهانات الشخصية`) is also that exchange, right after it, with the same sides:
/// the verb's row reads its first noun only.
pub(super) fn add_listed(input: &Input, events: &mut Vec<EventSpan>) {
    let mut k = 0;
    while k < events.len() {
        let e = &events[k];
        k += 1;
        if !e.rule.starts_with(EXCHANGE_RULE) || !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN") || e.actors.is_empty() {
            continue;
        }
        let (_, s1) = input.token_range(e.sentence);
        let listed = (e.trigger.1..(e.trigger.1 + LIST_WINDOW).min(s1))
            .take_while(|&t| input.tokens[t].kind != TokenKind::Punct)
            .filter_map(|t| {
                let noun = input.keys[t].strip_prefix('و')?;
                exchanged_noun(input, e.trigger.0, noun.strip_prefix("ال").unwrap_or(noun))
            })
            .find(|(kind, _)| *kind != e.kind);
        let Some((kind, cameo)) = listed else { continue };
        if events.iter().any(|o| o.kind == kind && o.trigger == e.trigger) {
            continue;
        }
        let other = EventSpan { kind, cameo: Some(cameo), rule: format!("{}{LISTED_MARK}", e.rule), ..e.clone() };
        events.insert(k, other);
        k += 1;
    }
}

/// The type and CAMEO code of the exchange whose row in `events.tsv` has the exchange verb
/// at token `verb` exchange `noun` (a key without و and the article: اتهامات، إهانات،
/// تهديدات), the rows' own word read without its article too.
fn exchanged_noun(input: &Input, verb: usize, noun: &str) -> Option<(String, String)> {
    let ev = input.lexicon.events();
    let hit = ev.lookup(&input.keys[verb])?;
    hit.forms.iter().map(|f| ev.trigger(f.trigger)).filter(|t| is_exchange(t)).find_map(|t| {
        let [word] = t.then.as_slice() else { return None };
        (word.strip_prefix("ال").unwrap_or(word) == noun).then(|| t.event.clone().zip(t.cameo.clone())).flatten()
    })
}

/// Each exchange of accusations, insults or threats told from its first side to the others
/// is also told from each other side back to the first (`تبادلت موسكو ولندن الاتهامات`:
/// RUS → GBR and GBR → RUS), right after it; a side of the first side's own country adds
/// nothing (its act would be on itself).
pub(super) fn mirror(events: &mut Vec<EventSpan>) {
    let exchange = |e: &EventSpan| e.rule.starts_with(EXCHANGE_RULE) && matches!(e.kind.as_str(), "ACCUSE" | "THREATEN") && !e.actors.is_empty();
    super::reversed::insert(events, exchange, |_, _, _| true);
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn exchanged_accusations_go_from_each_side_to_the_other() {
        let both = |a: &str, b: &str| vec![(Some(a.to_string()), Some(b.to_string())), (Some(b.to_string()), Some(a.to_string()))];
        assert_eq!(sides("وتبادلت مصر وإثيوبيا الاتهامات بشأن السد.", "ACCUSE"), both("EGY", "ETH"));
        assert_eq!(sides("تتبادل روسيا وأوكرانيا التهديدات منذ أشهر.", "THREATEN"), both("RUS", "UKR"));
    }

    #[test]
    fn a_noun_of_another_kind_listed_after_the_first_is_exchanged_too() {
        let both = |a: &str, b: &str| vec![(Some(a.to_string()), Some(b.to_string())), (Some(b.to_string()), Some(a.to_string()))];
        let t = "وتبادلت روسيا وأوكرانيا التهديدات بشن حرب والإهانات الشخصية.";
        assert_eq!(sides(t, "ACCUSE"), both("RUS", "UKR"));
        assert_eq!(sides(t, "THREATEN"), both("RUS", "UKR"));
        let t = "وتتبادل الهند وباكستان الاتهامات والتهديدات منذ الهجوم.";
        assert_eq!(sides(t, "THREATEN"), both("IND", "PAK"));
        // (Past punctuation the noun is another clause's.)
        let t = "وتبادلت الهند وباكستان الاتهامات، والتهديدات لا تتوقف.";
        assert!(sides(t, "THREATEN").is_empty());
    }

    #[test]
    fn exchanged_insults_are_accusations_both_ways() {
        assert_eq!(
            sides("وتبادلت باكستان والهند الشتائم خلال جلسة الجمعية العامة.", "ACCUSE"),
            vec![(Some("PAK".into()), Some("IND".into())), (Some("IND".into()), Some("PAK".into()))]
        );
        let es = events("وتبادل رئيس الوزراء الإسرائيلي والرئيس التركي الإهانات على تويتر.");
        let mut got: Vec<_> = es.iter().filter(|e| e.kind == "ACCUSE").map(|e| (e.actors[0].country.clone(), e.recipients[0].country.clone())).collect();
        got.sort();
        assert_eq!(got, vec![(Some("ISR".into()), Some("TUR".into())), (Some("TUR".into()), Some("ISR".into()))], "{es:?}");
    }

    #[test]
    fn one_country_exchanging_is_not_mirrored() {
        // Two parties of one country stay one event, none told back.
        let es = events("وتبادل الديمقراطيون والجمهوريون في الكونغرس الأمريكي الاتهامات.");
        assert!(es.iter().filter(|e| e.kind == "ACCUSE").count() <= 1, "{es:?}");
    }

    #[test]
    fn other_exchanges_are_no_accusation() {
        let es = events("قتل ثلاثة أطفال في تبادل لإطلاق النار بين الجيش والمسلحين.");
        assert!(es.iter().all(|e| !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN")), "{es:?}");
        let es = events("وتبادل الوزيران الحديث عن العلاقات الثنائية بين مصر وإثيوبيا.");
        assert!(es.iter().all(|e| !matches!(e.kind.as_str(), "ACCUSE" | "THREATEN")), "{es:?}");
    }
}
