//! A role phrase written right after a person's name, with no comma, is part of the
//! person's mention (eval/README.md: the maximal phrase; only a comma makes an apposition
//! two mentions). `office_after_unknown_name` and `office_after_known_name` join the
//! indefinite offices the dictionaries code; this pass takes the two shapes they leave,
//! once the members of institutions are merged:
//! - a role noun for one person serving in or at a body (سعود القحطاني المستشار في الديوان
//!   الملكي السعودي، حليمة جوني العضو في الجمعية التونسية): a phrase "in" a body after a
//!   name describes it far more often than it is the verb's object;
//! - a bare indefinite noun for one person with its own complement of definite words that
//!   no dictionary knows (ستورمي دانييلز ممثلة الأفلام الإباحية): in construct, it cannot
//!   start an object of its own.
//!
//! A known person stays who the name says; an unknown name coded by guess takes the
//! code of the body served, as its surnames later do.

use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;

/// Join each person's name in `out` to the role phrase right after it (see the module docs).
pub(super) fn join(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (p, r) = (&out[k], &out[k + 1]);
        // (The field tests are one branch, `&`: each alone went either way.)
        let person = matches!(p.kind, Kind::Person | Kind::PersonShort) & p.entity.is_some();
        let role = (r.kind == Kind::Agent) & r.person_noun & r.entity.is_none() & !r.prepositional;
        // Most pairs are no such pair: their words are not read.
        if !(person & role & (r.tok_start == p.tok_end)) {
            k += 1;
            continue;
        }
        let guessed = p.rule.starts_with("unknown-name");
        let head = cx.keys[r.tok_start].as_str();
        // (After و the role is the next conjunct's.)
        let conjunct = head.starts_with('و') && !head.starts_with("وكيل");
        // (A body's country guessed from the story does not outweigh a dictionary person's.)
        let story_guess = r.rule.contains("+context:") && p.rule.contains("person:");
        let member = r.rule.starts_with("agent+member+") && (guessed || r.country.is_none() || r.country == p.country || story_guess);
        // (A noun with a possessive pronoun is someone else's: ترامب محاميه السابق.)
        let possessed = cx.ends_with_hah(r.tok_start) || head.ends_with("ها") || head.ends_with("هم");
        let bare = r.actor.is_none() && r.tok_end == r.tok_start + 1 && !key_is_definite(head) && !possessed;
        let end = if member {
            r.tok_end
        } else if bare {
            let limit = out.get(k + 2).map_or(cx.keys.len(), |n| n.tok_start);
            let end = super::extent::own_complement_end(cx, r.tok_end, limit);
            // (A complement that leads to a name is another person's title: X مدرب
            // المنتخب Y.)
            let names_next = out.get(k + 2).is_some_and(|n| n.tok_start == end && matches!(n.kind, Kind::Person | Kind::PersonShort));
            if end > r.tok_end && !names_next { end } else { r.tok_end }
        } else {
            r.tok_end
        };
        if conjunct || end == r.tok_end && !member || cx.crosses_paragraph(p.tok_start, r.tok_start + 1) {
            k += 1;
            continue;
        }
        let r = out.remove(k + 1);
        let was = (out[k].tok_start, out[k].tok_end);
        if guessed && member && r.actor.is_some() {
            for s in out.iter_mut().filter(|s| (s.tok_start, s.tok_end) == was || s.antecedent == Some(was) && s.rule.starts_with("surname")) {
                s.actor = r.actor.clone();
                s.country = r.country.clone();
                s.role = r.role.clone();
            }
        }
        out[k].tok_end = end;
        out[k].extend_rule(&["+role-after"]);
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    #[test]
    fn a_role_in_a_body_after_a_name_is_the_persons() {
        let ms = mentions("وقالت حليمة جوني العضو في الجمعية التونسية للنساء إن القانون ظالم.");
        let m = ms.iter().find(|m| m.text.starts_with("حليمة جوني")).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.text, "حليمة جوني العضو في الجمعية التونسية", "{ms:?}");
        assert_eq!(m.country.as_deref(), Some("TUN"), "{ms:?}");
    }

    #[test]
    fn a_bare_role_and_its_complement_after_a_name_are_the_persons() {
        let ms = mentions("رفعت ستورمي دانييلز ممثلة الأفلام الإباحية دعوى ضد الرئيس.");
        assert!(ms.iter().any(|m| m.text == "ستورمي دانييلز ممثلة الأفلام الإباحية"), "{ms:?}");
    }

    #[test]
    fn a_members_body_placed_only_by_the_story_joins_a_known_name() {
        let ms = mentions("السعودية ترد على الانتقادات. وعلق السيناتور روبرت مينديز عضو لجنة العلاقات الخارجية بمجلس الشيوخ على بيان الرياض.");
        let m = ms.iter().find(|m| m.text.contains("مينديز")).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.text, "السيناتور روبرت مينديز عضو لجنة العلاقات الخارجية بمجلس الشيوخ", "{ms:?}");
        assert_eq!(m.country.as_deref(), Some("USA"), "{ms:?}");
    }

    #[test]
    fn a_possessed_noun_after_a_name_is_someone_else() {
        let ms = mentions("وقال الرئيس الأميركي دونالد ترامب محاميه السابق كذاب.");
        assert!(ms.iter().any(|m| m.text == "الرئيس الأميركي دونالد ترامب"), "{ms:?}");
    }

    #[test]
    fn a_role_of_another_country_after_a_name_is_the_verbs_object() {
        let ms = mentions("واستقبل بوتين المسؤول في الحكومة السعودية في موسكو.");
        assert!(ms.iter().any(|m| m.text == "بوتين"), "{ms:?}");
    }
}
