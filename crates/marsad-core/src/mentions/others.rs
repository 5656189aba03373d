//! "Other" after an indefinite actor phrase belongs to it (مسؤول آخر، سفراء آخرون، وجماعات
//! مسلحة أخرى، منظمات حقوقية أخرى، فنزويليون آخرون، 71 شخصاً آخرين): the labels write the
//! maximal phrase (eval/README.md), and the corpus has about 1,200 such phrases whose
//! mention stopped before the adjective. The definite forms (الأخرى، الآخر) are left to
//! the passes that read them (`attributes.rs`, `referring.rs`): after a definite noun they
//! pick out other bodies. Run last, once every pass has made and widened its mentions, it
//! changes no code, only where the mention ends.

use super::demonstratives::retarget;
use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;

/// The indefinite "other" (keys: آخر، أخرى، آخرون، آخرين، أخريات).
const OTHER: &[&str] = &["اخر", "اخري", "اخرون", "اخرين", "اخريات"];

/// Nouns that آخر governs as "the last" (آخر مرة), keys (ة is ه): the word is no
/// adjective of the mention before it then.
const LAST_OF: &[&str] = &["مره", "مرات", "ما", "لحظه", "ايام", "يوم", "الانباء"];

/// Is `s` an actor phrase that an adjective of its own may follow: a role phrase, a
/// group of states or a people (a person's or a state's name takes none).
fn takes_adjective(s: &ActorSpan<'_>) -> bool {
    matches!(s.kind, Kind::Agent | Kind::Metonym | Kind::Demonym)
}

/// Widen every indefinite actor phrase to the indefinite "other" right after it, when no
/// mention holds that word and no paragraph starts there.
pub(super) fn take_in(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let end = out[i].tok_end;
        let Some(k) = keys.get(end) else { continue };
        if !OTHER.contains(&k.as_str()) || end == 0 || !takes_adjective(&out[i]) {
            continue;
        }
        if key_is_definite(&keys[end - 1]) || cx.para_start(end) || out.get(i + 1).is_some_and(|n| n.tok_start <= end) {
            continue;
        }
        if k == "اخر" && keys.get(end + 1).is_some_and(|n| LAST_OF.contains(&n.as_str())) {
            continue;
        }
        let old = (out[i].tok_start, end);
        out[i].tok_end = end + 1;
        out[i].extend_rule(&["+other"]);
        retarget(out, old, (old.0, end + 1));
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    fn texts(s: &str) -> Vec<String> {
        mentions(s).into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn other_after_an_indefinite_actor_phrase_joins_it() {
        let t = texts("وقال مسؤول آخر إن الحكومة لن تتراجع.");
        assert!(t.iter().any(|m| m == "مسؤول آخر"), "{t:?}");
        let t = texts("ودعت منظمات حقوقية أخرى إلى الإفراج عن المعتقلين.");
        assert!(t.iter().any(|m| m == "منظمات حقوقية أخرى"), "{t:?}");
    }

    #[test]
    fn not_after_a_definite_noun_nor_the_last_time() {
        // After a definite noun "other" picks out another body: its own passes read it.
        let t = texts("وقال المسؤول الآخر إن الحكومة لن تتراجع.");
        assert!(!t.iter().any(|m| m.ends_with("الآخر")), "{t:?}");
        // آخر before مرة is "the last time", no adjective of the mention.
        let t = texts("والتقى الرئيس السوري مسؤولين آخر مرة في دمشق.");
        assert!(!t.iter().any(|m| m.ends_with("آخر")), "{t:?}");
    }
}
