//! Who bombs in a bombardment noun. قصف takes its patient as a genitive (قصف المدنيين،
//! قصف إسرائيل لغزة: the genitive is the one bombed unless an object in لـ follows), but an
//! armed force there is the one who bombs (قصف الطيران التركي، بقصف طيران التحالف،
//! هربا من قصف القوات الحكومية), and so is any party with the target after it in على
//! (قصف المتمردين على مواقع المقاومة). A party of one word after the definite noun is its
//! adjective, as no definite noun takes a genitive (القصف الحوثي، القصف الروسي). An armed
//! force in لـ right after the indefinite noun owns it (في قصف لقوات النظام على الغوطة).

use super::args::{is_armed_force, Context};
use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::normalize::key_is_definite as is_definite;

/// The nouns of bombardment: a noun of striking whose genitive would otherwise be read as
/// its patient (the strike nouns غارة، ضربة، هجوم take no genitive patient at all).
const BOMBARDMENT: &[&str] = &["قصف"];

/// Is the trigger a bombardment noun?
pub(super) fn is_bombardment(trigger: &Trigger) -> bool {
    trigger.kind == TriggerKind::Noun && BOMBARDMENT.contains(&trigger.lemma.as_str())
}

/// Is the genitive `list` (mention indices) of the bombardment noun at `noun`, ending at
/// token `end`, the one who bombs?
pub(super) fn genitive_bombs(ctx: &Context, input: &Input, trigger: &Trigger, noun: usize, list: &[usize], end: usize, s1: usize) -> bool {
    if !is_bombardment(trigger) || list.is_empty() {
        return false;
    }
    if is_definite(&input.keys[noun]) {
        // القصف الحوثي: the noun's adjective (a longer party after it is another clause's).
        let m = &input.mentions[list[0]];
        return list.len() == 1 && m.tok_end == m.tok_start + 1 && m.country.is_some() && !m.prepositional;
    }
    list.iter().all(|&m| is_armed_force(&input.mentions[m])) || target_in_ala(ctx, input, end, s1) && list.iter().all(|&m| may_bomb(&input.mentions[m]))
}

/// A state, a government or an armed force: a party that bombs (not civilians, refugees
/// or a person, struck where على says: قصف المدنيين على الحدود).
fn may_bomb(m: &ActorSpan) -> bool {
    is_armed_force(m) || m.country.is_some() && !m.person_noun && !matches!(m.kind, Kind::Person | Kind::PersonShort) && m.role.as_deref().is_none_or(|r| r == "GOV")
}

/// The target in على right after the genitive (قصف المتمردين على مواقع …): a word with
/// على on it or after it, not itself a party's name (على يد names an agent, handled apart).
fn target_in_ala(ctx: &Context, input: &Input, end: usize, s1: usize) -> bool {
    end + 1 < s1 && !ctx.in_mention(end) && input.keys[end] == "علي" && !matches!(input.keys[end + 1].as_str(), "يد" | "ايدي")
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn actor_codes(text: &str) -> Vec<Option<String>> {
        events(text).iter().filter(|e| e.kind == "ASSAULT").map(|e| e.actors.first().and_then(|p| p.actor.clone())).collect()
    }

    #[test]
    fn an_armed_force_in_the_genitive_bombs() {
        let t = "ويواجه السكان تهجيرا ثانيا نتيجة قصف الطيران التركي على بلدات وقرى عفرين.";
        assert_eq!(actor_codes(t), vec![Some("TURMIL".to_string())], "{:?}", events(t));
        // (The government's country comes from the story: none in one sentence.)
        let t = "ويلجأ السكان إلى أقبية منازلهم للفرار من قصف القوات الحكومية.";
        let e = events(t);
        assert!(e.iter().any(|e| e.kind == "ASSAULT" && e.actors.first().is_some_and(|p| p.text == "القوات الحكومية")), "{e:?}");
    }

    #[test]
    fn a_party_with_its_target_in_ala_bombs() {
        let t = "ولقيت الصحفية حتفها في قصف النظام السوري على حي باب عمرو في حمص.";
        assert!(sides(t, "ASSAULT").iter().any(|(a, _)| a.as_deref() == Some("SYR")), "{:?}", events(t));
        // Civilians with على are where they were struck, not bombers.
        let t = "وندد الوزير بقصف المدنيين على الحدود.";
        assert!(!sides(t, "ASSAULT").iter().any(|(a, _)| a.is_some()), "{:?}", events(t));
    }

    #[test]
    fn a_genitive_that_is_no_force_is_still_bombed() {
        let t = "وأدانت الجامعة العربية قصف المستشفيات في إدلب.";
        assert!(!sides(t, "ASSAULT").iter().any(|(a, _)| a.is_some()), "{:?}", events(t));
        let t = "واتهمت تركيا إسرائيل بقصف الفلسطينيين.";
        assert!(!sides(t, "ASSAULT").iter().any(|(a, r)| a.as_deref() == Some("PSE") && r.is_none()), "{:?}", events(t));
    }

    #[test]
    fn a_party_after_the_definite_noun_is_its_adjective() {
        let t = "وأدى القصف الحوثي إلى مقتل طبيب.";
        assert!(actor_codes(t).contains(&Some("YEMREB".to_string())), "{:?}", events(t));
    }

    #[test]
    fn an_armed_force_in_lam_right_after_the_noun_owns_it() {
        let t = "وقتل قياديان مع عشرات المتمردين في قصف للتحالف العربي.";
        assert!(actor_codes(t).contains(&Some("SAUMIL".to_string())), "{:?}", events(t));
        // Not after a noun of targeting, whose لـ is its target.
        let t = "وأعلن الحوثيون استهدافا للقوات الأمريكية في البحر الأحمر.";
        assert!(!actor_codes(t).contains(&Some("USAMIL".to_string())), "{:?}", events(t));
    }
}
