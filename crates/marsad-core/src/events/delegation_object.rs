//! An indefinite delegation as a verb's object (استقبل الرئيس وفدا من حركة حماس، التقى
//! وفدا رفيع المستوى من الحكومة الليبية) stands for the party it comes from: the mention
//! right after its من, past the set phrase of its rank (رفيع المستوى) or one adjective of
//! its kind (وفدا برلمانيا من …). The mentions join only وفد written right before من; the
//! accusative وفدا is no role noun there, its letters being also a construct dual. A
//! delegation with its state's nisba (وفدا أمريكيا) is `args::np_party`'s, the noun's own
//! و kept on its head (`delegation_head`).

use super::args::{mention_starting, Context};
use super::Input;
use marsad_lexicon::Kind;

/// The indefinite delegation noun, singular (also accusative) and plural, as keys; after a
/// conjunction (ووفدا) too.
const DELEGATIONS: &[&str] = &["وفد", "وفدا", "وفود"];

/// Is `key` an indefinite delegation noun? (The noun itself begins with و, so the whole
/// key is tried before a conjunction is taken off.)
pub(super) fn is_delegation(key: &str) -> bool {
    DELEGATIONS.contains(&key) || key.strip_prefix(['و', 'ف']).is_some_and(|r| DELEGATIONS.contains(&r))
}

/// The delegation head at `key` without a conjunction: `args::bare` would take the noun's
/// own و off (وفدا → فدا).
pub(super) fn delegation_head(key: &str) -> Option<&str> {
    is_delegation(key).then(|| key.strip_prefix(['و', 'ف']).filter(|r| DELEGATIONS.contains(r)).unwrap_or(key))
}

/// Words of rank between the noun and its من (رفيع المستوى، رفيعا).
const RANK: &[&str] = &["رفيع", "رفيعا", "المستوي", "المستوى", "كبير", "كبيرا"];

/// The mention a delegation at `lo` comes from: the party right after its من, no more than
/// two words of rank or one adjective in ـيا between (not a nisba of a state: np_party's).
pub(super) fn party_from(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<usize> {
    if !is_delegation(&input.keys[lo]) {
        return None;
    }
    let mut j = lo + 1;
    let kind_adjective = |k: usize| input.keys[k].ends_with("يا") && super::args::nisba_at(input, k).is_none();
    while j < s1 && j < lo + 3 && !ctx.in_mention(j) && (RANK.contains(&input.keys[j].as_str()) || j == lo + 1 && kind_adjective(j)) {
        j += 1;
    }
    if j + 1 >= s1 || input.keys[j] != "من" {
        return None;
    }
    let m = mention_starting(ctx, input, j + 1)?;
    // (A building or a metonym is where they came from, not whose they are.)
    let ms = &input.mentions[m];
    (!ms.prepositional && ms.kind != Kind::Metonym).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::{delegation_head, is_delegation};
    use crate::events::tests::events;

    #[test]
    fn delegation_keys_keep_their_own_waw() {
        for k in ["وفدا", "ووفدا", "وفد", "فوفد", "وفود"] {
            assert!(is_delegation(k), "{k}");
        }
        assert!(!is_delegation("فدا") && !is_delegation("الوفد") && !is_delegation("وفاء"));
        assert_eq!(delegation_head("ووفدا"), Some("وفدا"));
        assert_eq!(delegation_head("وفدا"), Some("وفدا"));
    }

    fn met(text: &str) -> Vec<String> {
        let found = events(text);
        let e = found.iter().find(|e| e.kind == "CONSULT").unwrap_or_else(|| panic!("no meeting: {found:?}"));
        e.recipients.iter().filter_map(|a| a.actor.clone()).collect()
    }

    #[test]
    fn an_indefinite_delegation_met_is_the_party_it_comes_from() {
        assert_eq!(met("واستقبل رئيس الوزراء الأردني وفدا من حركة حماس في عمان الأحد."), vec!["PSEREBHMS"]);
        assert_eq!(met("والتقى وزير الخارجية الروسي وفدا رفيع المستوى من حركة حماس."), vec!["PSEREBHMS"]);
        let us = met("والتقى الرئيس الفلسطيني وفدا أمريكيا في رام الله.");
        assert!(us.iter().any(|c| c.starts_with("USA")), "{us:?}");
        // Met by no one named there: people of no party.
        assert!(met("واستقبل الوزير الجزائري وفدا من رجال الأعمال.").iter().all(|c| c.starts_with("DZA")));
    }
}
