//! The body a participle phrase describes: in ميليشيات الحوثي الموالية لإيران or القوات
//! المدعومة من الولايات المتحدة the state after the participle only describes the body
//! before it, which stays the subject of its clause. A pronoun after them (… عناصرها) is
//! the body's, though the state is nearer and agrees as well.

use super::complements::complement_at;
use super::{strip_proclitics, ActorSpan, Cx};

/// Participles of backing and closeness, whose complement takes من (المدعومة من،
/// المقربين من), as they begin as keys.
const BACKED_BY: &[&str] = &["المدعوم", "المقرب"];

/// The index of the mention that `out[i]` describes as the complement of a participle
/// between them (الموالية لـ، التابعة لـ، المرتبطة بـ، المدعومة من، المقربة من), the
/// participle standing alone after that mention or taken in as its last word.
pub(super) fn described_by(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], i: usize) -> Option<usize> {
    let (head, complement) = (out.get(i.checked_sub(1)?)?, &out[i]);
    let keys = cx.keys;
    // The participle right after the head, or the head's own last word.
    let participles = [head.tok_end, head.tok_end - 1];
    let ties = |p: usize| {
        if p < head.tok_start || p >= complement.tok_start || head.tok_end > complement.tok_start {
            return false;
        }
        if let Some((start, glued, _)) = complement_at(keys, p) {
            let word = &keys[complement.tok_start];
            let prep = match glued {
                Some(c) => !word.starts_with(['و', 'ف']) && word.starts_with(c),
                None => !strip_proclitics(word).1,
            };
            return start == complement.tok_start && prep;
        }
        BACKED_BY.iter().any(|b| keys[p].starts_with(b)) && p + 2 == complement.tok_start && keys[p + 1] == "من"
    };
    (participles.iter().any(|&p| ties(p)) && !cx.crosses_paragraph(head.tok_start, complement.tok_end)).then_some(i - 1)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_pronoun_is_the_described_bodys_not_its_backers() {
        // The state after الموالية only describes the militia: its fighters are the militia's.
        let ms = mentions("وأعلنت ميليشيات الحوثي الموالية لإيران سحب عناصرها من جبهة صرواح.");
        assert_eq!(code(&ms, "عناصرها"), Some("YEMREB"), "{ms:?}");
        // A body the pronoun does not agree with leaves the state as the possessor.
        let ms = mentions("وتقدم المقاتلون الموالون لتركيا نحو المدينة بعد أن قصفتها قواتها.");
        assert_eq!(code(&ms, "قواتها"), Some("TURMIL"), "{ms:?}");
    }
}
