//! One party once: an apposition names the same party twice (وزير الاقتصاد الفرنسي، برونو
//! لومير; ولي العهد السعودي، الأمير محمد بن سلمان), and the mention layer resolves both
//! phrases to one entity and code. The argument readers keep both (the comma between is no
//! coordination), so an event would list the one minister as two actors, and a user's
//! export would count two dyads. The first phrase stays; a later one of the same entity,
//! code and country is dropped.

use super::args::Arg;

/// Drop every party that repeats an earlier party of the same list: same entity, actor
/// code and country. Parties with no entity (bare roles, unresolved) are never merged:
/// two unnamed phrases may be two parties.
pub(super) fn drop_repeats(parties: &mut Vec<Arg>) {
    if parties.len() < 2 {
        return;
    }
    let mut i = 1;
    while i < parties.len() {
        let p = &parties[i];
        let repeat = p.entity.is_some() && parties[..i].iter().any(|q| q.entity == p.entity && q.actor == p.actor && q.country == p.country);
        if repeat {
            parties.remove(i);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(entity: Option<&str>, actor: &str) -> Arg {
        Arg {
            tok_start: 0,
            tok_end: 1,
            entity: entity.map(str::to_string),
            actor: Some(actor.into()),
            country: Some(actor[..3].into()),
            role: None,
            person: true,
            thing: false,
        }
    }

    #[test]
    fn an_apposition_of_one_entity_is_one_party() {
        let mut p = vec![arg(Some("Bruno Le Maire"), "FRAGOV"), arg(Some("Bruno Le Maire"), "FRAGOV"), arg(Some("Emmanuel Macron"), "FRAGOV")];
        drop_repeats(&mut p);
        assert_eq!(p.iter().map(|a| a.entity.as_deref().unwrap()).collect::<Vec<_>>(), ["Bruno Le Maire", "Emmanuel Macron"]);
    }

    #[test]
    fn unnamed_or_differently_coded_parties_stay() {
        let mut p = vec![arg(None, "SYRMIL"), arg(None, "SYRMIL"), arg(Some("X"), "USAGOV"), arg(Some("X"), "USAELI")];
        drop_repeats(&mut p);
        assert_eq!(p.len(), 4);
    }
}
