//! A target named by its owner (قصفت إسرائيل مواقع تابعة لحماس، نهبت الميليشيات مستودعا
//! تابعا للمنظمة الدولية للهجرة): the struck or seized thing is no party, the one it
//! belongs to (`تابع لـ`) is the recipient. The same owner is never the event noun's own
//! possessor (استهدفت الغارات مواقع تابعة لحزب الله: the strikes are not Hezbollah's).

use super::args::{list_from, mention_starting, Arg, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// How far after the trigger (or its subject) the owner may be, in tokens.
const OWNER_WINDOW: usize = 8;

/// "belonging to" in every number and gender, with or without the article (keys: ة is ه).
const OWNER_WORDS: &[&str] = &["تابع", "تابعه", "تابعا", "تابعين", "تابعون", "تابعتين", "تابعتان"];

/// Is `key` a form of تابع "belonging to"?
pub(super) fn is_owner_word(key: &str) -> bool {
    let k = key.strip_prefix("ال").unwrap_or(key);
    OWNER_WORDS.contains(&k)
}

/// The owner of the thing after `from` (the verb, its subject or the event noun): a
/// mention with لـ right after تابع, within a few words, before any punctuation or
/// other party. Only for a thing struck or seized: an attack or a coercion.
pub(super) fn owner_after(ctx: &Context, input: &Input, event: Option<&str>, from: usize, s1: usize) -> Option<Vec<Arg>> {
    if !matches!(event, Some("ASSAULT" | "COERCE")) {
        return None;
    }
    let hi = (from + OWNER_WINDOW).min(s1);
    let mut j = from;
    while j < hi {
        if input.tokens[j].kind == TokenKind::Punct {
            return None;
        }
        if ctx.in_mention(j) {
            // Another party first: the words after it are its own (عصابات مسلحة تابعة
            // لأحزاب: the actor's masters).
            return None;
        }
        if is_owner_word(&input.keys[j]) && j > from {
            let m = mention_starting(ctx, input, j + 1).filter(|_| j + 1 < s1)?;
            let lam = input.keys[input.mentions[m].tok_start].starts_with('ل') && input.mentions[m].prepositional;
            return lam.then(|| list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect());
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::is_owner_word;
    use crate::events::tests::triples;

    #[test]
    fn the_owner_of_a_struck_site_is_the_target() {
        let t = triples("قصفت إسرائيل بالصواريخ مواقع تابعة لحركة حماس.");
        assert!(t.contains(&("ASSAULT".into(), "ISR".into(), "PSE".into())), "{t:?}");
    }

    #[test]
    fn the_owner_of_a_looted_store_is_the_target() {
        let t = triples("نهبت ميليشيات الحوثي مستودعا تابعا للمنظمة الدولية للهجرة في مديرية الدريهمي.");
        assert!(t.iter().any(|(k, a, r)| k == "COERCE" && a == "YEM" && r != "YEM"), "{t:?}");
    }

    #[test]
    fn the_owner_is_not_the_strikes_own_possessor() {
        let t = triples("استهدفت الغارات مواقع تابعة لحزب الله في سوريا.");
        assert!(!t.iter().any(|(_, a, _)| a == "LBN"), "{t:?}");
    }

    #[test]
    fn the_masters_of_the_actor_are_not_the_target() {
        // The owner follows the subject, not a thing struck.
        let t = triples("سيطرت على المدينة عصابات مسلحة تابعة لأحزاب سياسية.");
        assert!(!t.iter().any(|(k, _, r)| k == "COERCE" && r != "-"), "{t:?}");
    }

    #[test]
    fn forms_of_belonging() {
        assert!(is_owner_word("التابعه"));
        assert!(is_owner_word("تابعين"));
        assert!(!is_owner_word("تابع_"));
        assert!(!is_owner_word("متابعه"));
    }
}
