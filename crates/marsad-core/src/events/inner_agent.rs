//! The agent of a verbal noun told before its object: a multiword noun trigger whose
//! `then` words follow a genitive (إطلاق حماس صواريخ على إسرائيل، تجميد بريطانيا أصول
//! مواطنين روس، إلغاء كوريا الشمالية محادثات مع الجنوب). In Arabic the subject of a
//! verbal noun comes right after it, in the genitive, and its object follows: the party
//! between the noun and its `then` words is who acts. With the `then` words right after
//! the noun (إطلاق سراح المعتقلين) there is no such party and nothing changes.

use super::args::{self, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// The agent list right after the noun at `i`, ending before the trigger's `then` words
/// (which end at `end`): the mention opening at `i + 1` and those coordinated with it.
pub(super) fn agent(ctx: &Context, input: &Input, i: usize, end: usize) -> Vec<Arg> {
    let Some(m) = args::mention_starting(ctx, input, i + 1).filter(|&m| !input.mentions[m].prepositional) else {
        return Vec::new();
    };
    let list = args::list_from(ctx, input, m, end);
    // The whole list must stand before the last `then` word (a party after it is the
    // object's, تجميد أصول مواطنين روس).
    let Some(last) = list.iter().map(|&k| input.mentions[k].tok_end).max().filter(|&e| e < end) else {
        return Vec::new();
    };
    // …and the `then` words must be its object, not words of another phrase joined
    // after it (بتفجير السفارة الأسترالية، وكذلك التفجيرات الانتحارية: the embassy was
    // the target).
    // (Nor past punctuation: إطلاق برانسون، سرعان ما طلبت واشنطن إطلاق سراح آخرين.)
    if (last..end).any(|k| !ctx.in_mention(k) && (input.keys[k].starts_with('و') || input.tokens[k].kind == TokenKind::Punct)) {
        return Vec::new();
    }
    list.into_iter().map(|k| Arg::from_mention(&input.mentions[k], input.home)).collect()
}

/// Are the `then` words a destination: a preposition first, or ل on the article
/// (إحالة المتهمين إلى القضاء، إحالته للتحقيق), or where the party is taken from (فصل
/// الأطفال عن ذويهم: `separated.rs`)? Then the party between the noun and them is the one
/// sent there or taken away, its object, not its agent.
pub(super) fn then_is_destination(then: &[String]) -> bool {
    then.first().is_some_and(|w| matches!(w.as_str(), "الي" | "علي") || w.starts_with("لل")) || super::separated::is_separation(then)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn the_genitive_before_a_nouns_object_is_its_agent() {
        // The rockets' launcher is the genitive between إطلاق and صواريخ.
        let launched = sides("وجاءت الغارات بعد إطلاق حركة حماس صواريخ على جنوب إسرائيل.", "ASSAULT");
        assert!(launched.contains(&(s("PSE"), s("ISR"))), "{launched:?}");
        // The freezer of the assets, not their owners.
        let frozen = sides("وتدرس الحكومة خيارات عدة بعد تجميد بريطانيا أصول مواطنين روس.", "COERCE");
        assert!(frozen.contains(&(s("GBR"), s("RUS"))), "{frozen:?}");
    }

    #[test]
    fn a_noun_with_its_object_right_after_it_keeps_its_reading() {
        // إطلاق سراح: no party between, the genitive after is the released.
        let released = sides("ورحبت العائلات بإطلاق سراح الصحفيين البريطانيين أمس.", "RETREAT");
        assert!(released.iter().all(|(a, _)| a.is_none()), "{released:?}");
        // The `then` words of a phrase joined after the genitive: the genitive is the target.
        let bombed = sides("وأدين المتهم بتفجير السفارة الأسترالية، وكذلك التفجيرات الانتحارية في المدينة.", "ASSAULT");
        assert!(bombed.iter().all(|(a, _)| a.as_deref() != Some("AUS")), "{bombed:?}");
        // A released man named before another phrase's `then` words is not their agent.
        let freed = sides("وفي أعقاب إطلاق القس الأمريكي، طلبت واشنطن إطلاق سراح آخرين.", "RETREAT");
        assert!(freed.iter().all(|(a, _)| a.as_deref() != Some("USA")), "{freed:?}");
    }

    #[test]
    fn the_party_before_a_destination_is_the_one_sent() {
        // Referred to the courts: the genitive is the referred, whoever decides it.
        let referred = sides("قررت النيابة العامة الأردنية إحالة الصحفي الفرنسي إلى القضاء.", "COERCE");
        assert_eq!(referred, vec![(s("JOR"), s("FRA"))]);
        let verb = sides("وأحالت الشرطة التركية المتظاهرين الإيرانيين للتحقيق.", "COERCE");
        assert_eq!(verb, vec![(s("TUR"), s("IRN"))]);
        assert!(super::then_is_destination(&["الي".into(), "القضاء".into()]));
        assert!(super::then_is_destination(&["للتحقيق".into()]));
        assert!(!super::then_is_destination(&["صواريخ".into()]));
    }

    #[test]
    fn a_file_referred_or_a_destination_past_a_relative_is_no_referral() {
        // A file sent to a committee is no legal step against a party.
        assert!(sides("أحال الوزير المصري الملف إلى اللجنة المختصة لدراسته.", "COERCE").is_empty());
        // The destination past a relative clause is not sought: the killing stays told.
        let t = "وطالبت المنظمة بإحالة الجنود الإسرائيليين الذين قتلوا الصحفي الفلسطيني إلى المحاكمة.";
        assert!(sides(t, "COERCE").is_empty(), "{:?}", sides(t, "COERCE"));
        assert!(sides(t, "ASSAULT").iter().any(|(_, r)| r.as_deref() == Some("PSE")), "{:?}", sides(t, "ASSAULT"));
    }
}
