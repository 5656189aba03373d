//! A circumstantial participle agrees with its actor (`قالت الوزارة …، مطالبة`، `قال
//! الرئيس …، مطالبا`، `هتف المتظاهرون …، مطالبين`). When the sentence's first party does
//! not agree with the participle's ending, the actor is a later party that both agrees and
//! is a main clause subject (right after a reporting or event verb: `وفي بيان للوزارة قال
//! الرئيس`); a party that agrees but stands elsewhere (an object, a genitive) is not taken.

use super::args::{agrees, bare, first_mention, list_from, Context, Pronoun};
use super::verb_gender::{self, Gender};
use super::Input;
use marsad_lexicon::{CueKind, Kind};

/// The agreement a participle's key shows: مطالبا masculine, مطالبه (ة) feminine,
/// مطالبين plural (or dual). None when the ending does not tell (مطالب، مطالبات).
fn participle_agreement(key: &str) -> Option<Pronoun> {
    let w = bare(key);
    if w.ends_with("ين") {
        Some(Pronoun::Plural)
    } else if w.ends_with('ه') {
        Some(Pronoun::Feminine)
    } else if w.ends_with('ا') {
        Some(Pronoun::Masculine)
    } else {
        None
    }
}

/// Does the party starting the list at `m` (up to `end`) agree with a participle of
/// agreement `p`? A person may be of either gender; a list of two or more is plural.
fn party_agrees(ctx: &Context, input: &Input, m: usize, end: usize, p: Pronoun) -> bool {
    let span = &input.mentions[m];
    let person = matches!(span.kind, Kind::Person | Kind::PersonShort);
    let gender = match p {
        // (A plural disagrees only with one state, capital or person: `آلاف من سكان غزة`
        // has its plural after a quantity.)
        Pronoun::Plural => {
            return list_from(ctx, input, m, end).len() >= 2 || !matches!(span.kind, Kind::State | Kind::Capital | Kind::Person | Kind::PersonShort)
        }
        Pronoun::Masculine => Gender::Masculine,
        Pronoun::Feminine => Gender::Feminine,
    };
    person || agrees(input, span, p) && !verb_gender::disagrees(input, Some(gender), span)
}

/// Is the word right before token `k` a verb whose subject a party right after it is, in
/// the agreement `p` its letters show (قال، أكدت، طالبوا): a reporting cue or an event
/// verb? (A verb of another agreement has another subject: `الذي احتل إيران`.)
fn after_verb(input: &Input, k: usize, s0: usize, p: Pronoun) -> bool {
    if k == 0 || k <= s0 {
        return false;
    }
    let key = input.keys[k - 1].as_str();
    let cue = input.lexicon.cue(key).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Continuation));
    let events = input.lexicon.events();
    // (A word under ب or ل is a verbal noun, its party a genitive: `بسحب مسلحيها`،
    // `لمهاجمة السفارة`.)
    let verb = cue || !key.starts_with(['ب', 'ل']) && events.lookup(key).is_some() && events.lookup_noun(key).is_none();
    let w = bare(key);
    let shown = if w.ends_with("وا") {
        Pronoun::Plural
    } else if w.ends_with('ت') || w.starts_with('ت') {
        Pronoun::Feminine
    } else {
        Pronoun::Masculine
    };
    verb && shown == p
}

/// The actor of the participle at `trigger` given the first party `m` of its window: `m`
/// itself unless the participle's ending disagrees with it and a later party agrees and is
/// a verb's subject (then that party). A disagreeing party with no such subject after it
/// stays: it is most often the genitive of the acting body or person, of its country
/// (`كبير مفاوضي كوريا الشمالية`، `المركز الوطني للتخصيص في السعودية`).
pub(super) fn actor(ctx: &Context, input: &Input, m: usize, trigger: usize, s0: usize) -> usize {
    let Some(p) = participle_agreement(&input.keys[trigger]) else {
        return m;
    };
    if party_agrees(ctx, input, m, trigger, p) {
        return m;
    }
    let mut from = input.mentions[m].tok_end;
    while let Some(next) = first_mention(ctx, input, from, trigger) {
        let span = &input.mentions[next];
        // (A later person acts for a masculine or plural participle only: a woman is rarely
        // named after a body.)
        let person = matches!(span.kind, Kind::Person | Kind::PersonShort) && p == Pronoun::Feminine;
        if !person && after_verb(input, span.tok_start, s0, p) && party_agrees(ctx, input, next, trigger, p) {
            return next;
        }
        from = span.tok_end.max(from + 1);
    }
    m
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_participle_takes_the_verb_subject_that_agrees() {
        // A feminine participle: not the plural refugees first named, the government that
        // says.
        let found = sides("وعاد آلاف السوريين إلى ديارهم، وقالت الحكومة الأردنية إن الحدود مفتوحة، داعية اللاجئين إلى العودة.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("JOR")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("SYR")), "{found:?}");
        // A masculine participle: not the feminine state first named, the president after
        // a verb.
        let found = sides("في ظل التوتر بين روسيا والدول الغربية، اعتبر الرئيس الفرنسي أن الوضع خطير، واصفا بوتين بأنه متهور.", "ACCUSE");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("FRA")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{found:?}");
    }

    #[test]
    fn only_an_agreeing_verb_subject_replaces_the_first_party() {
        // A feminine participle after a masculine envoy: the state after it is an object, the
        // army after a masculine verb another clause's subject; the envoy stays.
        let found = sides("وزار المبعوث الأمريكي ليبيا التي احتل الجيش مدنها، مطالبة الأطراف بوقف القتال.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{found:?}");
        // An agreeing party keeps acting.
        let found = sides("وقالت الحكومة المصرية إن الوضع خطير، مطالبة إسرائيل بوقف القصف.", "REQUEST");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("EGY")), "{found:?}");
    }
}
