//! Opposing sides of one country: may a speaker charge a party of its own country? An
//! accusation is most often of another state, but the labels code the charges a society
//! lays on its own state and armed groups as any other (`قال زعيم المعارضة إن الحكومة
//! "قمعية"` MLI → MLI, `وقالت منظمات حقوقية إن أردوغان استغل محاولة الانقلاب` TUR → TUR,
//! `وأكد سكان محليون أن … جرائم وانتهاكات الميليشيات` YEM → YEM), and those a state lays
//! on its rebels, gunmen and organised opponents (`قال الجيش إن المسلحين ارتكبوا`).
//!
//! Both roles must be told: a bare country may be either side. A role is read by its
//! first code (`GOVPTY`: a ruling party is the government's side; `OPPPTY` the
//! opposition's). Two parts of the state (a minister and the army), two parties of
//! society (a citizen and a union) or two armed groups are no sides here.

/// Roles of a state's own side: its government, forces, police, legislature, courts and
/// intelligence.
const STATE: &[&str] = &["GOV", "MIL", "COP", "LEG", "JUD", "SPY"];

/// Roles that stand against their state by arms or politics: the opposition, rebels,
/// insurgents, unidentified gunmen, radicals, separatists, criminals.
const CHALLENGERS: &[&str] = &["OPP", "REB", "INS", "UAF", "RAD", "SEP", "CRM"];

/// Society: private persons, rights groups, NGOs, unions, scholars, clergy, parties,
/// former officials, refugees.
const SOCIETY: &[&str] = &["CVL", "HRI", "NGO", "LAB", "EDU", "REL", "PTY", "ELI", "REF"];

/// Organised society a state may charge: rights groups, NGOs, unions, clergy, parties and
/// the media (not private persons: mostly the victims talked of).
const ORGANISED: &[&str] = &["HRI", "NGO", "LAB", "REL", "PTY", "MED"];

/// A role's first code (`GOVPTY` → `GOV`).
fn primary(role: &str) -> &str {
    role.get(..3).unwrap_or(role)
}

/// Does a speaker of role `speaker` stand against a party of its own country of role
/// `party`: a challenger or society against the state or an armed challenger, the state
/// against a challenger or organised society?
pub(super) fn opposes(speaker: Option<&str>, party: Option<&str>) -> bool {
    let (Some(mine), Some(theirs)) = (speaker.map(primary), party.map(primary)) else { return false };
    let state = STATE.contains(&theirs);
    match () {
        _ if CHALLENGERS.contains(&mine) => state,
        _ if SOCIETY.contains(&mine) => state || CHALLENGERS.contains(&theirs),
        _ if STATE.contains(&mine) => CHALLENGERS.contains(&theirs) || ORGANISED.contains(&theirs),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::opposes;

    #[test]
    fn society_and_challengers_stand_against_the_state() {
        assert!(opposes(Some("OPP"), Some("GOV")));
        assert!(opposes(Some("HRI"), Some("COP")));
        assert!(opposes(Some("CVL"), Some("REB")));
        assert!(opposes(Some("OPPPTY"), Some("GOVPTY")));
        assert!(opposes(Some("GOV"), Some("REB")));
        assert!(opposes(Some("JUD"), Some("REL")));
    }

    #[test]
    fn one_side_or_an_unknown_role_is_no_opposition() {
        assert!(!opposes(Some("GOV"), Some("MIL")));
        assert!(!opposes(Some("CVL"), Some("LAB")));
        assert!(!opposes(Some("REB"), Some("INS")));
        // A state charges no private person by this: mostly a victim.
        assert!(!opposes(Some("GOV"), Some("CVL")));
        assert!(!opposes(None, Some("GOV")));
        assert!(!opposes(Some("OPP"), None));
    }
}
