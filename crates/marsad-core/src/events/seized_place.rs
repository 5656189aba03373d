//! A place taken or liberated (سيطرت القوات على مدينة الحديدة، حررت القوات مديرية
//! الدريهمي، استعادت القوات السيطرة على مدينة الموصل), or struck (قصفت الطائرات مدينة
//! رفح، غارات على بلدة بيت حانون), stands for the state it belongs to: places are no
//! actors, so with no party named the seizure or the attack had no recipient. The
//! place may follow a common noun of places (مدينة، محافظة، مديرية، ميناء …) and على;
//! whatever else follows first (a party, a thing, punctuation) ends the search.

use super::args::{bare, is_preposition, is_trigger, place_party, Arg, Context};
use super::place_words::{is_place_noun, STRUCK_PLACE_NOUNS};
use super::Input;
use marsad_text::token::TokenKind;

/// The state of the place named from `from` on, past at most `budget` words that `lead`
/// lets stand before the name (its token and bare key: place nouns, على …). A party or
/// punctuation first ends the search (a party is no place: الجولان التي تحتلها إسرائيل
/// names the occupier there), and so does any other word that names no place.
fn place_after(ctx: &Context, input: &Input, from: usize, s1: usize, mut budget: usize, lead: impl Fn(usize, &str) -> bool) -> Option<Arg> {
    let mut j = from;
    while j < s1 && budget > 0 {
        if input.tokens[j].kind == TokenKind::Punct || ctx.in_mention(j) {
            return None;
        }
        if lead(j, bare(&input.keys[j])) {
            j += 1;
            budget -= 1;
            continue;
        }
        return place_party(input, j, s1);
    }
    None
}

/// The state of the place seized right after a seizing trigger ending at `from`, before
/// `s1`. `cameo` and `mode` are the trigger's: seizures of territory only (CAMEO 19x, or
/// mode `seize`), not of property (صادرت الشرطة أموالا في دبي).
/// `last` is the trigger's last token.
pub(super) fn state_of_place_seized(ctx: &Context, input: &Input, (cameo, mode): (Option<&str>, Option<&str>), last: usize, from: usize, s1: usize) -> Option<Arg> {
    if mode != Some("seize") || !cameo.is_some_and(|c| c.starts_with("19")) {
        return None;
    }
    // (Past adjuncts before its على: سيطرت القوات بالكامل، الخميس، بدعم من التحالف على.)
    let from = super::seized_gap::ala_past_adjuncts(ctx, input, from, s1);
    // (On a verb: على، then at most one place noun and its `من`: ما تبقى من is a quantity.)
    place_after(ctx, input, from, s1, 5, |j, k| matches!(k, "علي" | "ما" | "تبقي" | "من" | "كامل" | "بقية") || is_place_noun(&input.keys[j]))
        .or_else(|| unnamed_place(ctx, input, from, s1).filter(|_| !control_held(&input.keys[last])))
        // (Or the antecedent of its relative: مدينة الحديدة التي سيطر عليها الحوثيون.)
        .or_else(|| super::seized_gap::relative_antecedent(input, last, last, 0, s1).and_then(|k| place_party(input, k, s1)))
}

/// The noun of control with its owner's pronoun (سيطرته، سيطرتها، سيطرتهم: no verb takes
/// its place as an object) is mostly control held, tightened or extended (أحكمت سيطرتها،
/// تعزز سيطرتها على المناطق المحررة، فارضا سيطرته على المدن الكبرى): no place taken.
fn control_held(key: &str) -> bool {
    let k = key.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    k.strip_prefix("سيطرت").is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما"))
}

/// A place seized that no dictionary names: a place noun right after the trigger (or its
/// على) followed by a name the lexicon does not know (منفذ البقع، وادي الفرع، معسكر طيبة)
/// or, with the article, standing for a place told before (أعلنت القوات تحرير المحافظة).
/// Such places are local: news names the district, camp or valley of the story's own
/// country, so the place stands for the story's state. Not a party right after the noun
/// (السيطرة على مناطق الحوثيين: whose control it was), nor a number or a foreign word.
fn unnamed_place(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<Arg> {
    let home = input.home?;
    let mut j = from;
    if j < s1 && bare(&input.keys[j]) == "علي" {
        j += 1;
    }
    if j >= s1 || ctx.in_mention(j) || input.tokens[j].kind != TokenKind::Arabic || !is_place_noun(&input.keys[j]) {
        return None;
    }
    let noun = j;
    let k = bare(&input.keys[noun]);
    let definite = k.starts_with("ال");
    let next = noun + 1;
    let named = next < s1
        && input.tokens[next].kind == TokenKind::Arabic
        && !ctx.in_mention(next)
        && !matches!(bare(&input.keys[next]), "من" | "في" | "علي" | "الي" | "عن" | "مع" | "بعد" | "قبل" | "منذ" | "خلال" | "حتي" | "او" | "ثم");
    let party_next = next < s1 && ctx.in_mention(next);
    if if definite { party_next } else { !named } {
        return None;
    }
    Some(Arg::of_home((noun, if named { next + 1 } else { next }), home, true))
}

/// The state of a place struck, right after an attack ending at `from` (its verb's object
/// or the noun's على-phrase, past one place noun: قصفت الطائرات الإسرائيلية مدينة رفح،
/// استهدف الحوثيون مدينة جازان، غارات على بلدة بيت حانون). Places are no actors, so the
/// attack had no recipient; the place stands for its state, as for a seizure.
pub(super) fn state_of_place_struck(ctx: &Context, input: &Input, event: Option<&str>, from: usize, s1: usize) -> Option<Arg> {
    if event != Some("ASSAULT") {
        return None;
    }
    // (غارات جوية على محافظة صعدة، قصفا مدفعيا عنيفا على مدينة التحيتا: على may come
    // past the attack's own adjectives.)
    let ala = (from..(from + 1 + MAX_ADJECTIVES).min(s1)).find(|&j| bare(&input.keys[j]) == "علي").filter(|&j| (from..j).all(|k| attack_word(ctx, input, k)));
    let from = ala.unwrap_or(from);
    place_after(ctx, input, from, s1, 3, |j, k| {
        k == "علي" && j == from || is_place_noun(&input.keys[j]) || STRUCK_PLACE_NOUNS.contains(&k.strip_prefix("ال").unwrap_or(k))
    })
}

/// How many adjectives may stand between an attack and its على.
const MAX_ADJECTIVES: usize = 2;

/// May token `k` be a word of the attack's own phrase before its على: an Arabic word in no
/// mention that is neither a preposition nor another event's trigger (جوية، مدفعيا)?
fn attack_word(ctx: &Context, input: &Input, k: usize) -> bool {
    input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && !is_preposition(&input.keys[k]) && !is_trigger(input, k)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The recipients' countries of the COERCE events of `t`.
    fn seized(t: &str) -> Vec<(String, Option<String>)> {
        let events = events(t).into_iter().filter(|e| e.kind == "COERCE");
        events.map(|e| (e.kind.clone(), e.recipients.first().and_then(|p| p.country.clone()))).collect()
    }

    #[test]
    fn a_place_struck_stands_for_its_state() {
        use crate::events::tests::has;
        assert!(has("قصفت الطائرات الإسرائيلية مدينة رفح.", "ASSAULT", "ISR", "PSE"));
        assert!(has("استهدف الحوثيون مدينة جازان بصاروخ باليستي.", "ASSAULT", "YEM", "SAU"));
        assert!(has("شنت الطائرات الإسرائيلية غارات على بلدة بيت حانون.", "ASSAULT", "ISR", "PSE"));
        // Past the attack's adjectives.
        assert!(has("وشنت المقاتلات الإسرائيلية غارات جوية عنيفة على مدينة رفح.", "ASSAULT", "ISR", "PSE"));
        assert!(has("ونفذت القوات الروسية قصفا مدفعيا على ريف إدلب.", "ASSAULT", "RUS", "SYR"));
        // A party or a thing first is no place struck.
        let t = "قصفت الطائرات الروسية مستودعا للأسلحة قرب إدلب.";
        assert!(!crate::events::tests::triples(t).iter().any(|(_, _, r)| r == "SYR"), "{:?}", events(t));
    }

    #[test]
    fn a_city_taken_stands_for_its_state() {
        let t = "وسيطرت القوات الحكومية على مدينة الحديدة بعد معارك عنيفة.";
        assert!(seized(t).iter().any(|(_, r)| r.as_deref() == Some("YEM")), "{:?}", events(t));
    }

    #[test]
    fn a_liberated_district_stands_for_its_state() {
        let t = "وكانت القوات اليمنية حررت مديرية الدريهمي جنوبي الحديدة.";
        assert!(seized(t).iter().any(|(_, r)| r.as_deref() == Some("YEM")), "{:?}", events(t));
    }

    #[test]
    fn freeing_prices_or_an_editor_is_no_seizure() {
        for t in ["وقررت الحكومة المصرية تحرير سعر الصرف.", "وقال رئيس تحرير صحيفة الأهرام إن الصحيفة ستواصل عملها.", "وحرر الشرطي محضرا بالواقعة."] {
            assert!(seized(t).is_empty(), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn a_place_no_dictionary_names_is_the_storys() {
        // An unknown name after a place noun, or a definite place noun alone.
        for t in [
            "وقال الجيش اليمني إن قواته سيطرت على وادي الحمراء بعد معارك مع المتمردين.",
            "وأعلن الجيش اليمني تحرير المديرية من المتمردين.",
            "وحررت القوات اليمنية معسكر النصر شرقي البلاد.",
        ] {
            assert!(seized(t).iter().any(|(_, r)| r.as_deref() == Some("YEM")), "{t}: {:?}", events(t));
        }
        // Not control held (its owner's pronoun on the noun).
        let t = "وعززت القوات اليمنية سيطرتها على مناطق جديدة في الجنوب.";
        assert!(!seized(t).iter().any(|(_, r)| r.as_deref() == Some("YEM")), "{t}: {:?}", events(t));
    }

    #[test]
    fn the_occupier_after_a_relative_is_no_place() {
        // (The pronoun on the verb still finds its antecedent.)
        let t = "وتقدم الجيش في جنوب غرب سوريا، وأصبح أقرب إلى هضبة الجولان التي تحتلها إسرائيل.";
        assert!(seized(t).iter().any(|(_, r)| r.as_deref() == Some("SYR")), "{:?}", events(t));
    }
}
