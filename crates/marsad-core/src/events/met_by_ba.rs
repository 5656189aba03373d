//! The meeting noun اجتماع names the one met with بـ, as the verb اجتمع and the noun لقاء do
//! (عقب اجتماعه بزعيم حزب الحركة القومية، بعد اجتماعها بالرئيس الروسي). The dictionary row
//! leaves بـ out because after this noun it is mostly "in" or "at" (اجتماع بالبيت الأبيض،
//! اجتماعهم بالعاصمة الجزائرية) or a chair (برئاسة ولي العهد); so the one met is read only
//! as a party written with بـ right after the noun that is no state, capital, place,
//! institution's seat or building (a chair's mention starts past برئاسة, not on it).

use super::args::{attached_preposition, list_from, mention_starting, Arg, Context};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_lexicon::Kind;
use marsad_text::normalize::key;

/// Words of chairing or attending a meeting (keys without their بـ).
const PRESIDING: &[&str] = &["رئاسه", "حضور", "مشاركه", "رعايه", "اشراف"];

/// The parties met, after بـ right after a meeting noun ending at `end`.
pub(super) fn met(ctx: &Context, input: &Input, t: &Trigger, end: usize, s1: usize) -> Option<Vec<Arg>> {
    if t.kind != TriggerKind::Noun || key(&t.lemma) != key("اجتماع") || end >= s1 {
        return None;
    }
    let m = mention_starting(ctx, input, end)?;
    // A person (a name, or a role noun for one), a group or an international body; not an
    // institution's seat (بوزارة الخارجية، بالقصر الرئاسي) nor a chair or an attendance
    // the mentions take in (برئاسة تيريزا ماي، بحضور الرئيس).
    let party = |m: usize| {
        let m = &input.mentions[m];
        let first = input.keys[m.tok_start].trim_start_matches('و');
        let first = first.strip_prefix('ب').unwrap_or(first);
        let person = m.person_noun || m.titled_person || m.name.is_some();
        !m.building
            && !PRESIDING.contains(&first)
            && (matches!(m.kind, Kind::Person | Kind::PersonShort | Kind::Group | Kind::Igo) || m.kind == Kind::Agent && person)
    };
    if attached_preposition(input, &input.mentions[m]) != Some('ب') || !party(m) {
        return None;
    }
    Some(list_from(ctx, input, m, s1).into_iter().filter(|&m| party(m)).map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect())
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn the_one_met_follows_with_ba() {
        let t = "وقال الرئيس التركي رجب طيب أردوغان عقب اجتماعه بالرئيس الروسي إن العلاقات جيدة.";
        let found = events(t);
        assert!(
            found.iter().any(|e| e.kind == "CONSULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("TUR")) && e.recipients.iter().any(|r| r.country.as_deref() == Some("RUS"))),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_or_building_after_ba_is_where() {
        let t = "وقال الرئيس التركي رجب طيب أردوغان عقب اجتماعه بالبيت الأبيض إن العلاقات جيدة.";
        assert!(!events(t).iter().any(|e| e.kind == "CONSULT" && e.recipients.iter().any(|r| r.country.as_deref() == Some("USA"))), "{:?}", events(t));
        let t = "وقال الرئيس التركي رجب طيب أردوغان عقب اجتماعه بموسكو إن العلاقات جيدة.";
        assert!(!events(t).iter().any(|e| e.kind == "CONSULT" && e.recipients.iter().any(|r| r.country.as_deref() == Some("RUS"))), "{:?}", events(t));
        let t = "عقد مجلس الأمن القومي الروسي اجتماعا برئاسة الرئيس الروسي فلاديمير بوتين لبحث الأزمة.";
        assert!(!events(t).iter().any(|e| e.kind == "CONSULT" && e.recipients.iter().any(|r| r.country.as_deref() == Some("RUS"))), "{:?}", events(t));
    }
}
