//! What the search for where an attack happens (`args::location_of`) passes over instead
//! of stopping: a time set off by commas (أطلق الجنود النار، الجمعة الماضية، على صبي قرب
//! …), a comma closing the subject right before في (زرعته ميليشيات الحوثي، في قرية …), and
//! people named by a noun that is itself a trigger (على المتظاهرين قرب السياج: a protester
//! is no protest there). Any other punctuation or event word still ends the search. The
//! search for an attack's recipient after a preposition (`args::recipient_after_preposition`)
//! passes over the same time aside (أطلق الجنود النار، الجمعة الماضية، على صبي فلسطيني);
//! other events' phrase past it is mostly another act's (خلال مكالمة أجراها، الإثنين، مع).

use super::args::{bare, is_comma, is_passive, Context};
use super::Input;

/// Most tokens a time aside runs to, commas included (، مساء الجمعة الماضية،).
const MAX_ASIDE: usize = 5;

/// The token after the closing comma when the comma at `comma` opens a time set off by
/// commas (، الجمعة الماضية،), as `closed_aside::time_between_commas` reads one. Not when a
/// passive verb follows the aside: that opens a clause of its own (الغاز الذي استخدم في
/// الهجوم، الشهر الماضي، أُنتج في روسيا: made there, not struck there).
pub(super) fn past_time_aside(ctx: &Context, input: &Input, comma: usize, s1: usize) -> Option<usize> {
    if comma == 0 || !is_comma(input, comma) {
        return None;
    }
    let close = (comma + 2..(comma + MAX_ASIDE).min(s1)).find(|&k| is_comma(input, k))?;
    let clause_after = input.tokens.get(close + 1).is_some_and(|t| is_passive(t.text(input.text)));
    (!clause_after && super::closed_aside::time_between_commas(ctx, input, comma - 1, close + 1)).then_some(close + 1)
}

/// Does في follow the comma at `comma` right away (ميليشيات الحوثي، في قرية)? The place after
/// it may still be the event's: the comma closes the subject, not the clause.
pub(super) fn fi_after_comma(input: &Input, comma: usize) -> bool {
    is_comma(input, comma) && input.keys.get(comma + 1).is_some_and(|k| bare(k) == "في")
}

/// Is token `k` inside a mention of one or a few people (المتظاهرين، الصيادين)? Such a noun
/// that is also a trigger names the people struck, not another event.
pub(super) fn people_noun(ctx: &Context, input: &Input, k: usize) -> bool {
    ctx.mention_of(k).is_some_and(|m| super::killed_one::individual(input, &input.mentions[m]))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{has, triples};

    #[test]
    fn protesters_struck_near_a_place_are_struck_in_its_state() {
        assert!(has("وأطلقت القوات الإسرائيلية الرصاص على المحتجين قرب الحدود شرق خان يونس.", "ASSAULT", "ISR", "PSE"));
    }

    #[test]
    fn a_time_between_commas_does_not_end_the_search() {
        assert!(has("وأطلق جنود إسرائيليون النار، مساء الخميس الماضي، على شاب قرب السياج شمال غزة.", "ASSAULT", "ISR", "PSE"));
        // A comma before anything else still ends it.
        let t = "وأطلق مسلحون النار على المارة، وتقع البلدة شمال سوريا.";
        assert!(!triples(t).iter().any(|(e, _, r)| e == "ASSAULT" && r == "SYR"), "{t}");
        // Nor does a passive verb after the aside: the place is another clause's.
        let t = "وقال الخبير إن السم الذي استخدم في الهجوم، الشهر الماضي، صُنع في روسيا.";
        assert!(!triples(t).iter().any(|(e, _, r)| e == "ASSAULT" && r == "RUS"), "{t}");
        // The one struck after the preposition is found past the time too…
        assert!(has("وأطلقت دورية إسرائيلية الرصاص، مساء الثلاثاء، على صيادين فلسطينيين.", "ASSAULT", "ISR", "PSE"));
        // …not past another aside, nor for an event other than an attack (the call past the
        // time is not made by the Saudis thanked).
        let t = "وأطلقت دورية إسرائيلية الرصاص، وهو ما نفاه الجيش، على صيادين سوريين.";
        assert!(!triples(t).iter().any(|(e, _, r)| e == "ASSAULT" && r == "SYR"), "{t}");
        let t = "وشكر الوزير الأمريكي السعودية خلال مكالمة أجراها، الإثنين، مع ولي العهد السعودي.";
        assert!(!triples(t).iter().any(|(e, a, _)| e == "CONSULT" && a == "SAU"), "{t}");
    }

    #[test]
    fn a_comma_after_the_subject_before_fi_does_not_end_the_search() {
        assert!(has("وانفجر لغم أرضي زرعته ميليشيات الحوثي، في مديرية حيس بمحافظة الحديدة.", "ASSAULT", "YEM", "YEM"));
        // في after the comma that names no place ends the search.
        let t = "وقصفت الطائرات الروسية مواقع عدة، في حين أعلنت سوريا إغلاق الحدود.";
        assert!(!triples(t).iter().any(|(e, _, r)| e == "ASSAULT" && r == "SYR"), "{t}");
    }
}
