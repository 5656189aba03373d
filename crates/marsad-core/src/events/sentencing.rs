//! A sentence to prison or to death is told with the sentenced after `على` before the
//! penalty, and that party is often long: a name in apposition, an age, a relative clause
//! or a date (`حكم في البدء على عزريا، فرنسي الجنسية، بالسجن`، `وحكم على رجب في الحادي
//! والعشرين من شباط فبراير الماضي بالسجن`). So the penalty, a sentencing row's `then` word,
//! is sought further than other rows' `then` words; widening every row's window would let
//! `then` words of other clauses join.

use super::args::{self, Arg, Context};
use super::Input;
use std::sync::OnceLock;

/// How many words (outside actor mentions) may stand between a sentencing trigger and its
/// penalty.
pub(super) const PENALTY_WINDOW: usize = 12;

/// Is this trigger's `then` the penalty with the article (`بالسجن`، `بالحبس`، `بالإعدام`),
/// the sentenced named before it after `على`? (`بسجن`، `بحبس`، `بإعدام` have the sentenced
/// after them, right at hand.)
pub(super) fn is_penalty(then: &[String]) -> bool {
    static KEYS: OnceLock<[String; 3]> = OnceLock::new();
    let keys = KEYS.get_or_init(|| ["بالسجن", "بالحبس", "بالإعدام"].map(marsad_text::normalize::key));
    matches!(then, [w] if keys.contains(w))
}

/// Does another verdict open at this word (`حكم، الحكم، حكما، قضت، المحكوم`)? The wide
/// window stops there: the penalty after it is that verdict's, not an earlier `حكم`'s, which
/// may be another sense (`حكم البيرو … حكم عليه بالسجن`، `ندين حكم اليوم … الحكم بالإعدام`).
pub(super) fn another_verdict(key: &str) -> bool {
    let k = marsad_text::normalize::without_conjunction(key);
    let k = k.strip_prefix("ال").unwrap_or(k);
    k.starts_with("حكم") || k.starts_with("محكوم") || matches!(k, "قضت" | "قضي" | "قضوا")
}

/// The sentenced named after a separate `على` inside the sentencing phrase (tokens
/// `i..end`, verb to penalty: `وحكم على الناشطة عهد التميمي بالسجن`، `حكمت محكمة على
/// الناشط البحريني بالسجن`): the mention starting right after it and those joined to it,
/// or a noun known by its nisba. The phrase is the trigger, so the recipient search after
/// it never sees them. Only parties of a known country: a group known by its role alone
/// (`على 300 من الجهاديين الأجانب`، `على 25 صحافيا`) says less than the court's own country,
/// which the caller falls back to.
pub(super) fn sentenced(ctx: &Context, input: &Input, (i, end): (usize, usize)) -> Option<Vec<Arg>> {
    let on = (i + 1..end).find(|&k| !ctx.in_mention(k) && args::bare(&input.keys[k]) == "علي")?;
    let first = on + 1;
    let found = match args::mention_starting(ctx, input, first).filter(|&m| !input.mentions[m].prepositional) {
        Some(m) => args::list_from(ctx, input, m, end).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect(),
        None => vec![args::np_party(ctx, input, first, end).filter(|a| !a.thing)?],
    };
    found.iter().any(|a| a.country.is_some()).then_some(found)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn the_penalty_is_reached_past_a_long_sentenced_party() {
        let s = sides("وحكمت محكمة مصرية في مارس الماضي على الناشط السياسي، البالغ من العمر 30 عاما، بالسجن خمس سنوات.", "COERCE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("EGY")), "{s:?}");
        let s = sides("حكمت المحكمة العليا في بغداد الأحد على مواطن ألماني، انضم إلى تنظيم داعش، بالإعدام شنقا.", "COERCE");
        assert!(!s.is_empty(), "{s:?}");
    }

    #[test]
    fn the_sentenced_after_ala_is_the_recipient() {
        let recipients = |t: &str| sides(t, "COERCE").into_iter().map(|(_, r)| r).collect::<Vec<_>>();
        // Passive, a named person: no court, the sentenced still named.
        assert_eq!(recipients("وحكم على الناشط الفلسطيني باسم التميمي الشهر الماضي بالسجن عاما."), [Some("PSE".into())]);
        // Known only by a nisba.
        assert_eq!(recipients("وحكم على ناشط بحريني بالسجن خمس سنوات بتهمة إهانة الجيش."), [Some("BHR".into())]);
        // A court of one country sentencing a party of another: not the court's own people.
        assert_eq!(recipients("حكمت محكمة إيرانية على صحفي بريطاني بالسجن عشر سنوات."), [Some("GBR".into())]);
        // A pronoun after على names no one here.
        assert_eq!(recipients("وحكم عليه بالسجن ثلاث سنوات."), [None]);
        // A group of no known country: the court's own.
        assert_eq!(recipients("وحكمت محكمة مصرية على 12 متهما بالسجن المؤبد."), [Some("EGY".into())]);
    }

    #[test]
    fn a_jail_term_reaches_its_sentenced_as_a_prison_term_does() {
        // `بالحبس` (Egyptian and Turkish court news) is sought as far as `بالسجن`, and the
        // party after `على` is the sentenced.
        let recipients = |t: &str| sides(t, "COERCE").into_iter().map(|(_, r)| r).collect::<Vec<_>>();
        assert_eq!(recipients("وحكمت محكمة تركية الأسبوع الماضي على مراسل ألماني، يعمل لصحيفة يومية، بالحبس عامين."), [Some("DEU".into())]);
        assert_eq!(recipients("وقضت محكمة مصرية على مدون فرنسي بالحبس ستة أشهر."), [Some("FRA".into())]);
    }

    #[test]
    fn a_private_person_carried_to_a_sentence_sentences_no_one() {
        // The sentence before names a private person acting; the next one's passive
        // sentence is a court's, not hers.
        let t = "وانتقدت الناشطة الحقوقية الإيرانية نسرين ستوده القانون الجديد. وحكم على المدون الإيراني حسين رونقي بالسجن 15 عاما.";
        let s: Vec<_> = sides(t, "COERCE");
        assert_eq!(s, [(None, Some("IRN".into()))]);
    }

    #[test]
    fn other_rows_keep_their_short_window() {
        // `أطلق … سراح` far apart: the five-word window still holds.
        let s = sides("أطلقت الشرطة في ساعة متأخرة من مساء أمس الأول عبوات الغاز ثم سراح المعتقلين.", "RETREAT");
        assert!(s.is_empty(), "{s:?}");
        // The penalty too far even for the sentencing window.
        let s = sides("حكمت المحكمة في القضية التي شغلت الرأي العام طوال الأشهر الماضية في المدينة وما حولها من القرى على المتهم بالسجن.", "COERCE");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn the_penalty_is_the_nearest_verdicts() {
        // The ruler's `حكم` does not reach past the verdict that follows it: one sentencing,
        // told by the second `حكم`.
        let t = "وكان الرئيس الذي حكم تونس من 1987 إلى 2011 حكم عليه غيابا بالسجن.";
        let found: Vec<_> = events(t).into_iter().filter(|e| e.kind == "COERCE").collect();
        assert!(found.len() == 1 && found[0].trigger.text.starts_with("حكم عليه"), "{found:?}");
    }
}
