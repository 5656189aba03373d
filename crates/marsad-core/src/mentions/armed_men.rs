//! Armed men named by what they do, as the subject of their clause, are the armed group
//! the story named just before: after داعش, واختار المهاجمون منازل، وترك الإرهابيون،
//! أن المتشددين يتجمعون are the group's fighters (IMGMUSISI), not men of the story's
//! country (`alone = home` gives مسلحون that) nor of no one. Only the subject, in the
//! nominative ـون or after إن/أن: a generic class is mostly a complement (الدعم
//! للإرهابيين، يستهدف الإرهابيين، الحرب على المتطرفين). With no group named within
//! reach, the noun is left to the other passes.

use super::{bare_people, ActorSpan, Cx};
use marsad_lexicon::Kind;

/// Roles of armed men and militants by what they do (مسلح، مهاجم، إرهابي UAF; متشدد،
/// متطرف RAD; جهادي، متمرد REB…).
const ARMED_ROLES: &[&str] = &["UAF", "RAD", "REB"];

/// How many tokens back the group may be named (about two paragraphs of news).
const REACH: usize = 150;

/// Is `s` a mention of an armed non-state group (its code from a name or a link, not
/// guessed from the story's country)? Armed men with a nisba (الميليشيات الأفغانية،
/// للإرهابي البريطاني, a state's UAF) are people of a state, not a group.
fn armed_group(s: &ActorSpan<'_>) -> bool {
    let Some(actor) = s.actor.as_deref() else { return false };
    let role = s.role.as_deref().and_then(|r| r.get(..3));
    let armed_role = role.is_some_and(|r| ARMED_ROLES.contains(&r));
    let men_of_a_state = role == Some("UAF") && actor.len() > 3;
    (actor.starts_with("IMG") || armed_role && !men_of_a_state) && !s.rule.contains("context")
}

/// Code each bare definite plural armed-men noun that is its clause's subject as the
/// nearest armed group named before it.
pub(super) fn from_group(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    for i in 1..out.len() {
        let s = &out[i];
        let bare = s.kind == Kind::Agent
            && s.actor.is_none()
            && s.rule == "agent"
            && s.definite
            && !s.prepositional
            && s.tok_end == s.tok_start + 1
            && s.role.as_deref().and_then(|r| r.get(..3)).is_some_and(|r| ARMED_ROLES.contains(&r));
        // Rebels the story's country already places (`alone = home`: المتمردون) keep
        // it; an adjective after the noun (المقاتلون الأكراد، الإرهابيون البشتون) names
        // another side than the group.
        let placed_rebels = s.home && s.role.as_deref().is_some_and(|r| r.starts_with("REB"));
        if !bare || placed_rebels || bare_people::adjective_after(cx, s.tok_end) {
            continue;
        }
        let key = cx.keys[s.tok_start].as_str();
        // The nominative ـون is the subject wherever it stands (واختار المهاجمون، وترك
        // الإرهابيون); ـين only right after إن/أن and the like.
        if !(key.ends_with("ون") || key.ends_with("ين") && bare_people::opens_clause(cx, s.tok_start, key)) {
            continue;
        }
        // In a sports report مقاتل is a fighter in the ring (asked only of a candidate).
        if cx.sports() {
            return;
        }
        let start = s.tok_start;
        let Some(group) = out[..i].iter().rev().take_while(|g| g.tok_end + REACH >= start).position(armed_group) else { continue };
        let group = out[i - 1 - group].clone();
        out[i].resolve_as(&group, "armed-group");
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn attackers_after_a_group_are_the_group_s() {
        let ms = mentions("هاجم تنظيم داعش قرى في محافظة السويداء في سوريا. واختار المهاجمون منازل قريبة من البادية.");
        assert_eq!(code(&ms, "المهاجمون"), Some("IMGMUSISI"), "{ms:?}");
        let ms = mentions("قال الجيش الأفغاني إن حركة طالبان شنت هجوما. وقال المسؤول إن المسلحين قتلوا ثلاثة جنود.");
        assert_eq!(code(&ms, "المسلحين"), Some("AFGREB"), "{ms:?}");
    }

    #[test]
    fn not_a_complement_nor_without_a_group() {
        // A complement is the generic class, not the group's men.
        let ms = mentions("هاجم تنظيم داعش قرى في محافظة السويداء في سوريا. وقالت الحكومة إنها تدعم الحرب على المتطرفين.");
        assert_ne!(code(&ms, "المتطرفين"), Some("IMGMUSISI"), "{ms:?}");
        // No armed group named before: nothing to take.
        let ms = mentions("اقتحم محتجون سفارة إيران في لندن. وقالت الشرطة البريطانية إن المهاجمين احتجزوا.");
        assert!(code(&ms, "المهاجمين").is_none_or(|c| !c.contains("REB") && !c.starts_with("IMG")), "{ms:?}");
        // Armed men with a nisba are people of a state, no group to take.
        let ms = mentions("أرسلت قوات النظام مئات من الميليشيات الأفغانية إلى الغوطة في سوريا. وانتشر المقاتلون على الجبهات.");
        assert_ne!(code(&ms, "المقاتلون"), Some("AFGUAF"), "{ms:?}");
        // An adjective after the noun names another side (Kurdish fighters after داعش).
        let ms = mentions("هاجم تنظيم داعش قرى في محافظة الرقة في سوريا. وانسحب المقاتلون الأكراد من المنطقة.");
        assert!(ms.iter().all(|m| !m.text.starts_with("المقاتلون") || m.actor.as_deref() != Some("IMGMUSISI")), "{ms:?}");
    }
}
