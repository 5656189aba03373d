//! A criticism, condemnation or anger that a deed provoked, told as `ما أثار` or `مما أثار`
//! and the noun: `فرضت واشنطن رسوما على الصلب، ما أثار غضب بكين`، `قمعت قوات الأمن
//! الاحتجاجات، ما أثار استنكارا دوليا`. The noun's genitive criticises (no one when it has
//! none: `إدانات دولية`), and the one criticised is whoever did the deed, the actor of the
//! event told before it in its sentence. A stance noun (غضب، سخط، استياء) so provoked is an
//! event though no verb expresses it, when the angered are named in its genitive and the
//! doer is known. The relative ما makes the deed before it the subject of أثار; a noun
//! subject after أثار (`أثارت الخطوة غضب`) is left to the usual reading.

use super::args::Arg;
use super::{EventSpan, Input};

/// Forms of أثار "provoked" (keys, no conjunction: ما stands before it).
const PROVOKING: &[&str] = &["اثار", "اثارت", "يثير", "تثير"];

/// Nouns of criticism, condemnation and anger (not concern or fear: `ما أثار مخاوف من
/// مواجهة` fears what may come, it blames no one).
const CRITICISM: &[&str] = &["انتقاد", "إدانة", "استنكار", "تنديد", "شجب", "استهجان", "غضب", "استياء", "سخط", "امتعاض", "انزعاج"];

/// Does the noun of lemma `lemma` at `i` follow `ما أثار` or `مما أثار`?
pub(super) fn after_provoking(input: &Input, lemma: &str, i: usize, s0: usize) -> bool {
    // (Not "what angered them most", أكثر ما أثار غضبهم هو: its cause comes after.)
    let most = i >= s0 + 3 && matches!(input.keys[i - 3].trim_start_matches('و'), "اكثر" | "ابرز" | "اشد");
    i >= s0 + 2 && CRITICISM.contains(&lemma) && PROVOKING.contains(&input.keys[i - 1].as_str()) && matches!(input.keys[i - 2].as_str(), "ما" | "مما") && !most
}

/// The one criticised: the actors of the last event before the noun in its sentence that
/// names its actor.
pub(super) fn provoker(prior: &[EventSpan], sent: (usize, usize)) -> Vec<Arg> {
    prior.iter().rev().find(|p| p.sentence == sent && !p.ghost && !p.actors.is_empty()).map(|p| p.actors.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn provoked_anger_is_aimed_at_the_doer_of_the_deed_before_it() {
        let s = sides("وفرضت الولايات المتحدة عقوبات على شركات روسية، ما أثار غضب الصين.", "ACCUSE");
        assert!(s.contains(&(Some("CHN".into()), Some("USA".into()))), "{s:?}");
        // No genitive: the critics are not named, the criticised still are.
        let s = sides("وقتلت القوات الإسرائيلية عشرات الفلسطينيين على حدود غزة، مما أثار إدانات دولية.", "ACCUSE");
        assert!(s.contains(&(None, Some("ISR".into()))), "{s:?}");
    }

    #[test]
    fn anger_with_no_provoking_deed_stays_no_event() {
        assert!(sides("وقال الوزير الصيني إن الغضب الشعبي كبير.", "ACCUSE").is_empty());
        // Nor fears of what may come.
        let s = sides("وهدد الرئيس التركي بتوسيع العملية، ما أثار مخاوف من مواجهة مع واشنطن.", "ACCUSE");
        assert!(s.is_empty(), "{s:?}");
    }
}
