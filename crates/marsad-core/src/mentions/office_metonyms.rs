//! A metonym that names one office-holder — Iran's Supreme Leader (المرشد الأعلى، المرشد
//! الإيراني، مرشد الثورة), the Saudi king (خادم الحرمين الشريفين) — right before the
//! holder's name with no comma is one mention with the name, the person's
//! (eval/README.md: a name and its role with no comma are one mention): المرشد الإيراني
//! علي خامنئي، المرشد الأعلى آية الله علي خامنئي. A comma keeps two. Other metonyms
//! are buildings, cities and bodies: a name right after them is the next phrase (وصل إلى
//! البيت الأبيض الرئيس ترامب), so only these heads are read.

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Head nouns of the metonyms for one office-holder, without proclitics or article.
const OFFICE_HEADS: &[&str] = &["مرشد", "خادم"];

/// Most words between a mention and a metonym with ل or ب after it for the metonym to
/// be that mention's complement (مستشار الشؤون الدولية للمرشد الإيراني علي خامنئي:
/// the adviser's office, which `role_after` gives to the adviser named before it).
const COMPLEMENT_GAP: usize = 3;

/// Is `a`, a metonym for one office-holder, followed right away by a known person of its
/// country (the holder, a title before the name or not)? Then `a` is that person's role.
/// `prev` is the mention before `a`. Not the next conjunct (المرشد الإيراني والرئيس حسن
/// روحاني), nor a metonym with ل or ب that completes a role phrase close before it.
pub(super) fn names_holder(cx: &Cx<'_, '_>, prev: Option<&ActorSpan<'_>>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    a.kind == Kind::Metonym
        && b.tok_start == a.tok_end
        && !b.prepositional
        && !cx.keys[b.tok_start].starts_with('و')
        && !(a.prepositional && prev.is_some_and(|p| p.tok_end + COMPLEMENT_GAP >= a.tok_start))
        && b.entity_id.is_some()
        && matches!(b.kind, Kind::Person | Kind::PersonShort | Kind::Agent)
        && a.country.is_some()
        && a.country == b.country
        && office_head(&cx.keys[a.tok_start])
}

/// Is `key` (a metonym's first word) one of the [`OFFICE_HEADS`], with its proclitics
/// and article (للمرشد، والمرشد، لخادم)?
fn office_head(key: &str) -> bool {
    let (k, _) = super::strip_proclitics(key);
    OFFICE_HEADS.contains(&k.strip_prefix("ال").unwrap_or(k))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn the_supreme_leader_before_his_name_is_one_mention() {
        let ms = mentions("وقال المرشد الإيراني علي خامنئي إن بلاده لن تتفاوض تحت الضغط.");
        assert_eq!(code(&ms, "المرشد الإيراني علي خامنئي"), Some("IRNGOV"), "{ms:?}");
        let ms = mentions("وحذر المرشد الأعلى آية الله علي خامنئي من عواقب الحرب.");
        assert_eq!(code(&ms, "المرشد الأعلى آية الله علي خامنئي"), Some("IRNGOV"), "{ms:?}");
        let ms = mentions("وفي رسالة بعث بها أمس للمرشد الأعلى علي خامنئي طالب النواب بالإصلاح.");
        assert_eq!(code(&ms, "للمرشد الأعلى علي خامنئي"), Some("IRNGOV"), "{ms:?}");
    }

    #[test]
    fn a_comma_or_another_metonym_keeps_two_mentions() {
        let ms = mentions("وقال المرشد الأعلى، علي خامنئي، إن العقوبات لن تنجح.");
        assert!(ms.iter().any(|m| m.text == "علي خامنئي"), "{ms:?}");
        let ms = mentions("وأحرق المحتجون صور المرشد الإيراني والرئيس حسن روحاني في الشوارع.");
        assert!(ms.iter().any(|m| m.text == "المرشد الإيراني"), "{ms:?}");
        let ms = mentions("ووصل إلى البيت الأبيض الرئيس الأمريكي دونالد ترامب مساء أمس.");
        assert!(ms.iter().any(|m| m.text == "البيت الأبيض"), "{ms:?}");
    }
}
