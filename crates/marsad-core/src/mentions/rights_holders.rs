//! The holder of rights named in the singular is generic, no one in the story: حقوق الطفل،
//! حقوق المواطنة، لحقوق الناخب (the child, the citizen, the voter of law and charters). A
//! bare singular role noun right after حقوق is dropped; a plural (حقوق الأقليات، حقوق
//! الفلسطينيين) may be the people the story is about and stays.

use super::{remove_marked, strip_proclitics, ActorSpan, Cx, SpanFlags};
use marsad_lexicon::{Entry, Kind, Match};
use marsad_text::normalize::key_is_definite;

/// Is `e` an agent matched in its singular form, or that form's feminine (طفل، طفلة)?
fn singular(e: &Entry) -> bool {
    let Some(first) = e.id.strip_prefix("agent:") else { return false };
    let stem = |w: &str| w.strip_prefix("ال").unwrap_or(w).trim_end_matches(['ة', 'ي']).to_string();
    stem(&e.name) == stem(first)
}

/// Drop the one-word definite singular role nouns right after حقوق (with its clitics).
pub(super) fn drop_generic(cx: &Cx<'_, '_>, matches: &[Match<'_>], out: &mut Vec<ActorSpan<'_>>) {
    let keys = cx.keys;
    let mut drop = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        // The span's own tests are one branch (`|`, not `||`): each alone went either
        // way from one mention to the next.
        if (s.kind != Kind::Agent) | (s.tok_start == 0) | (s.tok_end != s.tok_start + 1) || !keys[s.tok_start - 1].ends_with("حقوق") {
            continue;
        }
        if strip_proclitics(&keys[s.tok_start - 1]).0 != "حقوق" || !key_is_definite(&keys[s.tok_start]) {
            continue;
        }
        let k = matches.partition_point(|m| m.start < s.tok_start);
        drop[i] = matches.get(k).is_some_and(|m| m.start == s.tok_start) && cx.entry(k).is_some_and(singular);
    }
    remove_marked(out, &drop);
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_singular_holder_of_rights_is_no_mention() {
        let ms = mentions("وقالت المنظمة إن تجنيد القاصرين انتهاك صريح لحقوق الطفل وحقوق المواطنة في البلاد.");
        assert!(ms.iter().all(|m| m.text != "الطفل" && m.text != "المواطنة"), "{ms:?}");
        // A plural may be the story's people and stays.
        let ms = mentions("وطالب الوزير الفلسطيني بحماية حقوق اللاجئين في المخيمات.");
        assert!(ms.iter().any(|m| m.text.contains("اللاجئين")), "{ms:?}");
    }
}
