//! Nisbas listed after an event noun's nisba (`العدوان الأمريكي السعودي`، `التصعيد الحوثي
//! والإيراني`، `الضربة الأمريكية البريطانية الفرنسية`): each names one more doer, as a list
//! of states after the noun would (`args.rs` took only the first). A side that agrees or
//! meets with the first is then its partner (`split_compound`: `المحادثات الأمريكية
//! الكورية الشمالية`), and a speaker who tells such a deed accuses every doer.

use super::args::{nisba_at, Arg, Context};
use super::Input;
use marsad_text::normalize::key_is_definite;

/// The further nisbas right after the noun's nisba `first`, each joined with or without و,
/// agreeing with it in the article and naming a state none before it names; not a word of
/// a mention, nor past the sentence end `s1`.
pub(super) fn after(ctx: &Context, input: &Input, first: &Arg, s1: usize) -> Vec<Arg> {
    let definite = key_is_definite(&input.keys[first.tok_start]);
    let mut out: Vec<Arg> = Vec::new();
    let mut next = first.tok_end;
    while next < s1 && !ctx.in_mention(next) && key_is_definite(&input.keys[next]) == definite {
        let Some(n) = nisba_at(input, next).filter(|n| n.country.is_some()) else { break };
        if n.country == first.country || out.iter().any(|o| o.country == n.country) {
            break;
        }
        next = n.tok_end;
        out.push(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn countries(text: &str, kind: &str) -> Vec<Vec<Option<String>>> {
        events(text).iter().filter(|e| e.kind == kind).map(|e| e.actors.iter().map(|a| a.country.clone()).collect()).collect()
    }

    #[test]
    fn every_listed_nisba_is_a_doer() {
        let c = countries("وأسفرت الضربات الأمريكية البريطانية الفرنسية عن تدمير مركز أبحاث.", "ASSAULT");
        assert!(c.iter().any(|a| a == &vec![Some("USA".into()), Some("GBR".into()), Some("FRA".into())]), "{c:?}");
        // A partner in talks is the recipient, not a second actor (`split_compound`).
        let s = crate::events::tests::sides("وبدأت المشاورات المصرية الروسية في موسكو الاثنين.", "CONSULT");
        assert_eq!(s, vec![(Some("EGY".into()), Some("RUS".into()))]);
    }

    #[test]
    fn a_speaker_accuses_every_doer_told() {
        let es = events("وقال الحوثي إن \"العام الرابع من العدوان الأمريكي السعودي سيشهد تطورات كبيرة\".");
        let accused: Vec<_> = es.iter().filter(|e| e.kind == "ACCUSE").flat_map(|e| e.recipients.iter().filter_map(|r| r.country.clone())).collect();
        assert!(accused.contains(&"USA".to_string()) && accused.contains(&"SAU".to_string()), "{es:?}");
    }

    #[test]
    fn one_state_or_an_adjective_adds_no_doer() {
        // The same state twice, or an adjective that is no nisba of a state.
        let c = countries("وأسفرت الغارات الإسرائيلية الأخيرة عن مقتل ثلاثة.", "ASSAULT");
        assert!(c.iter().all(|a| a.len() <= 1), "{c:?}");
    }
}
