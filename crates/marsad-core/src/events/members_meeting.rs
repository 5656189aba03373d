//! A meeting of an IGO's own members (يلتقي قادة الاتحاد الأوروبي في صوفيا، اجتمع وزراء
//! خارجية الاتحاد الأوروبي، والتقى أعضاء مجلس الأمن في جلسة طارئة): the leaders or
//! ministers of one body meeting with no one else named meet among themselves, which the
//! labels code as the body meeting itself (IGO → same IGO), not as a meeting with no one.
//! Only a mention opening with a plural of members (`event-words.tsv` kind
//! `member-group`: قادة، وزراء، أعضاء), never the body alone (اجتمع مجلس الأمن: its session)
//! nor a state's officials (a plural of one state meeting names no partner of its own).

use super::args::Found;
use super::Input;
use marsad_lexicon::events::EventWord;
use marsad_text::normalize::without_conjunction;

/// Marks a meeting whose members were made its recipients too.
pub(super) const RULE: &str = "+members-meeting";

/// Does the key name a body's members (قادة، وقادة، لقادة، للقادة، القادة)? Tried as
/// written too, a member word may open with و itself (وزراء).
pub(super) fn is_member_group(input: &Input, key: &str) -> bool {
    let ev = input.lexicon.events();
    let word = |k: &str| ev.word(k) == Some(EventWord::MemberGroup);
    let stripped = |k: &str| word(k) || ["ال", "لل", "ل"].iter().any(|p| k.strip_prefix(p).is_some_and(word));
    stripped(key) || stripped(without_conjunction(key))
}

/// For a meeting (CONSULT 040) with no recipient whose actors are all of one IGO and the
/// first opens with a plural of members: the actors are the ones met too.
pub(super) fn settle(input: &Input, cameo: Option<&str>, found: &mut Found) -> bool {
    if cameo != Some("040") || !found.recipients.is_empty() {
        return false;
    }
    let Some(first) = found.actors.iter().min_by_key(|a| a.tok_start) else { return false };
    let Some(igo) = first.country.as_deref().filter(|c| c.starts_with("IGO")) else { return false };
    if !found.actors.iter().all(|a| a.country.as_deref() == Some(igo)) || !is_member_group(input, &input.keys[first.tok_start]) {
        return false;
    }
    found.recipients = found.actors.clone();
    true
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{pair, sides};

    #[test]
    fn an_igos_leaders_meeting_alone_meet_among_themselves() {
        let s = sides("يلتقي قادة الاتحاد الأوروبي مساء الأربعاء في صوفيا لصياغة رد مشترك.", "CONSULT");
        assert_eq!(s, vec![pair("IGOEUREEC", "IGOEUREEC")]);
        let s = sides("واجتمع وزراء خارجية الاتحاد الأوروبي اليوم الاثنين في لوكسمبورغ.", "CONSULT");
        assert_eq!(s, vec![pair("IGOEUREEC", "IGOEUREEC")]);
    }

    #[test]
    fn a_body_itself_or_a_partner_met_is_left_as_it_was() {
        // The body alone holds its session: no one met.
        let s = sides("واجتمع مجلس الأمن الدولي الاثنين في نيويورك.", "CONSULT");
        assert!(s.iter().all(|(_, r)| r.is_none()), "{s:?}");
        // Members meeting someone else meet that one.
        let s = sides("والتقى قادة الاتحاد الأوروبي مع الرئيس الأمريكي في بروكسل.", "CONSULT");
        assert!(s.contains(&pair("IGOEUREEC", "USA")), "{s:?}");
        assert!(!s.contains(&pair("IGOEUREEC", "IGOEUREEC")), "{s:?}");
        // A state's officials among themselves name no partner.
        let s = sides("واجتمع وزراء الحكومة الأردنية في عمان.", "CONSULT");
        assert!(s.iter().all(|(_, r)| r.is_none()), "{s:?}");
    }
}
