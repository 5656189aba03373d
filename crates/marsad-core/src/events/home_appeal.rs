//! A demand made at home: a call by a private or civic party of a state (citizens,
//! protesters, the opposition, a party, a court or prosecutor, a lawyer, a cleric, a union,
//! a scholar, a public figure) that names no one asked and no party of another country is
//! addressed to its own state: `طالبت النيابة العامة بإصدار حكم بإعدامه` SAU → SAU,
//! `حكم … يدعو للاعتراف بالجنس الثالث` IND → IND, `المعارضة تطالب بتحقيق عادل` VEN → VEN.
//! The labels code such calls with the asker's country as recipient (dev12, dev4, sent);
//! a government's or an international body's call with no one named stays with no
//! recipient, as the labels mostly leave it (the sixty-fifth session's count: 15 null
//! against 8 own-country for every asker together).

use super::args::Arg;
use super::{EventSpan, Input};
use marsad_text::normalize::key;

/// Roles of the parties whose unaddressed calls are made to their own state: society, the
/// courts and the opposition, not the state's executive, forces, legislators or media.
/// The police are among them: their appeals are to the public (`دعت الشرطة إلى عدم نشر`).
const HOME_ROLES: &[&str] = &["CVL", "OPP", "PTY", "JUD", "ELI", "LAB", "HRI", "REL", "EDU", "COP"];

/// Give each REQUEST with no recipient, whose actors are all home parties (`HOME_ROLES`)
/// of one state and whose sentence names no party of another country, that state as
/// recipient (rule `+home-appeal`).
/// Likewise, the people a party of a state calls on by a common noun of no country
/// (`المواطنين`، `السكان`، `اللاجئين`), in a sentence naming no party of another country, are
/// its own state's (rule `+home-people`): `وطلبت الشرطة البريطانية مساعدة المواطنين` GBR →
/// GBRCVL, `دعا النظام السوري اللاجئين إلى العودة` SYR → SYRCVL.
pub fn address(input: &Input, out: &mut [EventSpan]) {
    for e in out.iter_mut().filter(|e| e.kind == "REQUEST") {
        if e.recipients.is_empty() {
            let Some(home) = home_state(&e.actors) else { continue };
            if !foreign_in_sentence(input, e) {
                e.recipients.push(home);
                e.rule.push_str("+home-appeal");
            }
        } else if e.recipients.iter().all(|r| is_people_of_no_country(r) && asked_before_the_demand(input, e, r)) {
            let Some(home) = e.actors.first().and_then(Arg::own_country).and_then(|h| h.country) else { continue };
            if e.actors.iter().all(|a| a.country.as_deref() == Some(home.as_str())) && !foreign_in_sentence(input, e) {
                for r in &mut e.recipients {
                    r.actor = Some(format!("{home}CVL"));
                    r.country = Some(home.clone());
                }
                e.rule.push_str("+home-people");
            }
        }
    }
}

/// Does the sentence of `e` name a party of another country than its first actor's?
fn foreign_in_sentence(input: &Input, e: &EventSpan) -> bool {
    super::foreign_party_in(input, input.token_range(e.sentence), e.actors.first())
}

/// Does the party `r` stand before what `e` demands, so that it is the one asked and not
/// the object of the demanded act (`بأن يتم الإفراج عن المعتقلين`، `السماح باحتجاز أطفال
/// المهاجرين`)? No word between the trigger and it, outside the actors, is `أن، إلى، على،
/// عن` or begins with بـ or لـ.
fn asked_before_the_demand(input: &Input, e: &EventSpan, r: &Arg) -> bool {
    const DEMAND_WORDS: &[&str] = &["أن", "بأن", "إلى", "الى", "على", "عن"];
    let demand_keys: Vec<String> = DEMAND_WORDS.iter().map(|d| key(d)).collect();
    let in_actor = |k: usize| e.actors.iter().any(|a| (a.tok_start..a.tok_end).contains(&k));
    (e.trigger.1..r.tok_start).all(|k| {
        let w = input.keys[k].as_str();
        in_actor(k) || !(demand_keys.iter().any(|d| d == w) || w.starts_with('ب') || w.starts_with('ل'))
    })
}

/// A common noun for people (role CVL) of no actor code nor country.
fn is_people_of_no_country(a: &Arg) -> bool {
    a.is_uncoded() && a.role.as_deref() == Some("CVL")
}

/// The state of `actors` as a party, when all are home parties of that one state.
fn home_state(actors: &[Arg]) -> Option<Arg> {
    let first = actors.first()?;
    let home = first.own_country()?;
    let at_home = |a: &Arg| a.country == home.country && a.role.as_deref().is_some_and(|r| HOME_ROLES.contains(&r));
    actors.iter().all(at_home).then_some(home)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn a_call_of_a_court_or_the_opposition_is_made_to_its_own_state() {
        let s = sides("وطالبت النيابة العامة السعودية بإصدار حكم بالإعدام على المتهم.", "REQUEST");
        assert!(s.contains(&pair("SAU", "SAU")), "{s:?}");
        let s = sides("وطالبت المعارضة الفنزويلية بتحقيق عادل في الهجوم.", "REQUEST");
        assert!(s.contains(&pair("VEN", "VEN")), "{s:?}");
    }

    #[test]
    fn the_people_called_on_are_the_callers_own() {
        let s = sides("وطلبت الشرطة البريطانية مساعدة المواطنين في العثور على المشتبه به.", "REQUEST");
        assert!(s.contains(&pair("GBR", "GBR")), "{s:?}");
        // Not the people the demanded act is done to.
        let s = sides("وطالبت الشرطة المصرية بأن يتم الإفراج عن المعتقلين.", "REQUEST");
        assert!(!s.contains(&pair("EGY", "EGY")), "{s:?}");
        // Not with a party of another country in the sentence.
        let s = sides("ودعت الحكومة السورية اللاجئين في لبنان إلى العودة.", "REQUEST");
        assert!(!s.contains(&pair("SYR", "SYR")), "{s:?}");
    }

    #[test]
    fn a_government_call_or_one_naming_another_state_is_left() {
        // A government's call to no one named stays without a recipient.
        let s = sides("ودعت الحكومة اليمنية إلى وقف فوري لإطلاق النار.", "REQUEST");
        assert!(s.iter().any(|(a, r)| a.as_deref() == Some("YEM") && r.is_none()), "{s:?}");
        // A party of another country in the sentence may be the one asked.
        let s = sides("وطالبت المعارضة الفنزويلية بتحقيق دولي بعد زيارة الوفد الأمريكي.", "REQUEST");
        assert!(!s.contains(&pair("VEN", "VEN")), "{s:?}");
    }
}
