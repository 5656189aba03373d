//! One party once: an apposition names the same party twice (وزير الاقتصاد الفرنسي، برونو
//! لومير; ولي العهد السعودي، الأمير محمد بن سلمان), and the mention layer resolves both
//! phrases to one entity and code. The argument readers keep both (the comma between is no
//! coordination), so an event would list the one minister as two actors, and a user's
//! export would count two dyads. The first phrase stays; a later one of the same entity,
//! code and country is dropped.

use super::args::{is_comma, mention_starting, same_party, starts_with_conjunction, Arg, Context};
use super::Input;

/// Merge a party with the apposition after its comma that names it again under another
/// phrase, a title with a name or a name with its role (علي خامنئي، المرشد الأعلى في إيران،;
/// ستيفان رايان، محامي كوهين،): the argument readers keep the two phrases, one party.
/// The phrase kept is the one coded, and of two coded, the one the dictionaries know over
/// a name coded only by the story's context.
pub(super) fn merge_appositions(ctx: &Context, input: &Input, parties: &mut Vec<Arg>) {
    let mut i = 1;
    while i < parties.len() {
        let (q, p) = (&parties[i - 1], &parties[i]);
        let adjacent = p.tok_start == q.tok_end + 1 && is_comma(input, q.tok_end) && !starts_with_conjunction(input, p.tok_start);
        let mention = |a: &Arg| mention_starting(ctx, input, a.tok_start).filter(|&m| input.mentions[m].tok_end == a.tok_end);
        let pair = adjacent.then(|| mention(q).zip(mention(p))).flatten();
        match pair.filter(|&(a, b)| same_party(input, &input.mentions[a], &input.mentions[b], input.tokens.len())) {
            Some((a, b)) => {
                let weight = |m: usize, x: &Arg| (x.actor.is_some(), !input.mentions[m].rule.contains("context"));
                let drop = if weight(b, p) > weight(a, q) { i - 1 } else { i };
                parties.remove(drop);
            }
            None => i += 1,
        }
    }
}

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

    /// (actor texts, recipient codes) of the first event of `kind`.
    fn parties(text: &str, kind: &str) -> (Vec<String>, Vec<Option<String>>) {
        let evs = crate::events::tests::events(text);
        let e = evs.iter().find(|e| e.kind == kind).unwrap_or_else(|| panic!("no {kind} in {evs:?}"));
        (e.actors.iter().map(|a| a.text.clone()).collect(), e.recipients.iter().map(|r| r.actor.clone()).collect())
    }

    #[test]
    fn a_name_and_its_role_between_commas_are_one_subject() {
        let (a, r) = parties("أدان علي خامنئي، المرشد الأعلى في إيران، السبت، الضربات الأمريكية على سوريا.", "ACCUSE");
        assert_eq!(a.len(), 1, "{a:?}");
        assert!(!r.contains(&Some("IRNGOV".into())), "{r:?}");
        let (a, r) = parties("واتهم محمد فريد، رئيس الأركان، الحوثيين بقصف المدينة.", "ACCUSE");
        assert_eq!(a, ["رئيس الأركان"]);
        assert_eq!(r, [Some("YEMREB".to_string())]);
        let (a, r) = parties("واتهم فيلق الرحمن، أحد فصائل المعارضة المسلحة، روسيا بالتصعيد العسكري.", "ACCUSE");
        assert_eq!(a, ["فيلق الرحمن"]);
        assert_eq!(r, [Some("RUS".to_string())]);
    }

    #[test]
    fn a_phrase_after_the_comma_with_no_closing_comma_is_the_object() {
        let (_, r) = parties("واتهم رئيس الحكومة اليمنية، الحوثيين بعدم إبداء أي نية حسنة.", "ACCUSE");
        assert_eq!(r, [Some("YEMREB".to_string())]);
    }
}
