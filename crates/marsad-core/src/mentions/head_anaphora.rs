//! A bare definite head noun still unresolved once every body has its code (المستشفى،
//! الشركة، الجامعة، المحكمة) refers back to the nearest body named before it whose name
//! begins with the same noun (مستشفى ويكسام بارك … ذات المستشفى), within
//! [`LINK_WINDOW`](super::LINK_WINDOW) mentions: one mention with that body's code.
//!
//! `link` and `group_anaphora` resolve such nouns earlier, but only to bodies coded by
//! then; a body named by its head noun and a proper name (`org_names.rs`) or a quoted name
//! takes the story's country only with the bare institutions, so the nouns that refer back
//! to it are read here, after them. Without such a body named before, the noun stays as
//! it was. A definite adjective after the noun makes it another body (المستشفى الميداني،
//! المركز المحلي), and sports reports are left alone (الفريق، المنتخب).

use super::{noun_forms, referring, ActorSpan, Cx, LINK_WINDOW};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;

/// Is `s` a bare definite noun of a body that nothing has resolved: one word of the role
/// dictionary with the article, for no one person (not الوزير, which `link` reads) and
/// no people (السكان: CVL, REF)?
fn open_anaphor(s: &ActorSpan<'_>) -> bool {
    // The field tests are one branch (`&`): each alone went either way from one mention
    // to the next. The strings are read only for the mentions they let through.
    let open = (s.kind == Kind::Agent) & s.actor.is_none() & s.definite & !s.person_noun & (s.tok_end == s.tok_start + 1);
    let people = || s.role.as_deref().is_some_and(|r| matches!(r, "CVL" | "REF"));
    open && s.rule == "agent" && !people()
}

/// The noun of the role dictionary's row `agent_id` as a key (agent:وزارة → وزارة), when it
/// is one word and no plural (قوات، فصائل: a class of bodies as often as the one named).
fn singular_noun(agent_id: &str) -> Option<String> {
    // (A phrase is answered before its key is made.)
    let noun = agent_id.strip_prefix("agent:").filter(|n| !n.contains(' '))?;
    let key = marsad_text::normalize::key(noun);
    let plural = ["ات", "ون", "ين"].iter().any(|e| key.ends_with(e));
    (!plural).then_some(key)
}

/// Does `s` name a coded body whose first word is `noun`, with its clitics or the article
/// or neither (مستشفى ويكسام بارك، لشركة "أبل"، المجلس الوطني السوري)? A definite
/// phrase that names no body (اللجنة الوزارية coded by the story's country, الدفاع
/// السعودية) is a reference itself, as often to another body or to no body at all
/// (الدفاع عن حدودهم), not a name.
fn names_body_with(s: &ActorSpan<'_>, keys: &[String], noun: &str) -> bool {
    let first = keys[s.tok_start].as_str();
    let reference = key_is_definite(first) && s.entity.is_none();
    s.actor.is_some() && matches!(s.kind, Kind::Agent | Kind::Group | Kind::Igo) && !s.person_noun && !reference && noun_forms::is_form(first, noun)
}

/// Link each open bare noun to the body named before with its noun (see the module docs).
pub(super) fn link(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    if cx.sports() {
        return;
    }
    let keys = cx.keys;
    for i in 1..out.len() {
        if !open_anaphor(&out[i]) {
            continue;
        }
        let t = out[i].tok_start;
        let key = keys[t].as_str();
        if !key_is_definite(key) || keys.get(t + 1).is_some_and(|k| referring::definite_word(k) && referring::attributes_at(keys, t + 1) == 0) {
            continue;
        }
        // The row's singular, as written here (not المستشفيات after مستشفى).
        let Some(noun) = out[i].agent_id.and_then(singular_noun).filter(|n| noun_forms::is_definite(key, n)) else { continue };
        // المنظمة، المؤسسة after a definite word are its adjective (الجريمة المنظمة).
        let participle = referring::PARTICIPLES.contains(&noun.as_str()) && key.starts_with("ال") && t > 0 && referring::definite_word(&keys[t - 1]);
        if participle {
            continue;
        }
        let found = (i.saturating_sub(LINK_WINDOW)..i).rev().find(|&j| names_body_with(&out[j], keys, &noun));
        if let Some(j) = found {
            // The body was named before (j < i): borrowed, not cloned.
            let (before, from_i) = out.split_at_mut(i);
            from_i[0].resolve_as(&before[j], "coref");
            from_i[0].kind = before[j].kind;
            // A noun that is no actor alone (الجامعة) is one once linked.
            from_i[0].needs_institution = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_bare_noun_refers_back_to_the_body_its_noun_named() {
        // The hospital is placed by the story's country only at the end: the bare noun and
        // the noun after ذات still refer back to it.
        let text = "قالت الحكومة البريطانية إن المصاب نقل إلى مستشفى ويكسام بارك في لندن. وقال المستشفى إن حالته مستقرة. ثم عاد إلى ذات المستشفى.";
        let ms = mentions(text);
        assert_eq!(code(&ms, "مستشفى ويكسام بارك"), Some("GBRHLH"), "{ms:?}");
        assert_eq!(code(&ms, "المستشفى"), Some("GBRHLH"), "{ms:?}");
        assert_eq!(code(&ms, "ذات المستشفى"), Some("GBRHLH"), "{ms:?}");
        let ms = mentions("أعلنت السلطات الفرنسية أن شركة Vinci تولت المشروع في باريس. وقالت الشركة إن العمل بدأ.");
        assert_eq!(code(&ms, "الشركة"), Some("FRABUS"), "{ms:?}");
    }

    #[test]
    fn no_link_to_a_guessed_reference_or_from_a_participle() {
        // A definite committee coded only by the story's country is no name to refer to.
        let ms = mentions("تحدثت اللجنة الوزارية عن إيران وطهران. وقالت إيران إن الاتفاق قائم، واستنكرت اللجنة دعم إيران للميليشيات.");
        assert!(ms.iter().all(|m| m.text != "اللجنة" || m.actor.is_none()), "{ms:?}");
        // The organisation named, then "organised" crime.
        let ms = mentions("قالت الحكومة البرازيلية إن السجون مكتظة في البرازيل. وبحسب منظمة Conectas فإن السجون تخضع لعصابات الجريمة المنظمة.");
        assert!(ms.iter().all(|m| m.text != "المنظمة" || m.actor.is_none()), "{ms:?}");
    }

    #[test]
    fn no_body_named_before_no_link() {
        // No hospital named before; a hospital with an adjective is another one.
        let ms = mentions("قالت الحكومة البريطانية إن المصاب نقل إلى المستشفى في لندن.");
        assert_eq!(code(&ms, "المستشفى"), None, "{ms:?}");
        let ms = mentions("قالت الحكومة البريطانية إن المصاب نقل إلى مستشفى ويكسام بارك في لندن. ثم نقل إلى المستشفى الميداني.");
        assert!(ms.iter().all(|m| !m.text.starts_with("المستشفى") || m.actor.is_none()), "{ms:?}");
        // The plural is not the body named before.
        let ms = mentions("قالت الحكومة البريطانية إن المصاب نقل إلى مستشفى ويكسام بارك في لندن. وقالت المستشفيات إن الوضع صعب.");
        assert!(ms.iter().all(|m| m.text != "المستشفيات" || m.actor.is_none()), "{ms:?}");
    }
}
