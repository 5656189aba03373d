//! A group whose bare name is also a common noun: القاعدة is al-Qaeda, but also "the
//! base". Once the story has named a military base (قاعدة عسكرية، قاعدة حميميم الجوية،
//! القاعدة الروسية), a later bare القاعدة refers back to it (دخلت الفتاة إلى القاعدة،
//! غادرت السفن القاعدة), unless the story names the group by a longer name too (تنظيم
//! القاعدة): then the bare word may be either and stays the group. Other readings of the
//! indefinite noun name no base (على قاعدة "on the basis of", قاعدة بيانات، إخوان وقاعدة).

use super::{nationality, noun_forms, remove_marked, ActorSpan, Cx, Kind, SpanFlags};

/// The common nouns that are also a group's bare name with the article, as keys.
pub(super) const COMMON_NOUNS: &[&str] = &["قاعده"];

/// Adjectives that make the noun a military base (قاعدة جوية، القاعدة العسكرية), besides
/// a nisba (القاعدة الروسية).
const BASE_ADJECTIVES: &[&str] = &[
    "عسكريه", "جويه", "بحريه", "بريه", "صاروخيه", "العسكريه", "الجويه", "البحريه", "البريه", "الصاروخيه",
];

/// How many words after the indefinite noun its adjective may stand (قاعدة إنجرليك
/// الجوية، قاعدة "أوسان" الجوية).
const ADJECTIVE_REACH: usize = 3;

/// Drop the bare group names of `out` that refer back to the common noun named before.
pub(super) fn drop_common_readings(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let keys = cx.keys;
    let bare = |s: &ActorSpan<'_>| -> Option<&'static str> {
        if s.kind != Kind::Group || s.tok_end != s.tok_start + 1 {
            return None;
        }
        COMMON_NOUNS.iter().copied().find(|n| noun_forms::is_definite(&keys[s.tok_start], n))
    };
    if !out.iter().any(|s| bare(s).is_some()) {
        return;
    }
    // A base at token `t`: the definite noun with its adjective or nisba right after it, or
    // the indefinite one, not a group's first word, with its adjective a few words on.
    let in_group = |t: usize| out.iter().any(|s| s.kind == Kind::Group && s.tok_start <= t && t < s.tok_end);
    let adjective = |u: usize| keys.get(u).is_some_and(|k| BASE_ADJECTIVES.contains(&k.as_str()));
    let nisba = |u: usize| u < keys.len() && nationality(cx, u).is_some();
    let common_at = |t: usize, noun: &str| {
        let k = &keys[t];
        if noun_forms::is_definite(k, noun) {
            adjective(t + 1) || nisba(t + 1)
        } else {
            noun_forms::is_form(k, noun) && ((t + 1..=t + ADJECTIVE_REACH).any(adjective) || nisba(t + 1)) && !in_group(t)
        }
    };
    // Where each noun is first named as the common noun (one pass over the tokens).
    let first: Vec<Option<usize>> = COMMON_NOUNS.iter().map(|n| (0..keys.len()).find(|&t| common_at(t, n))).collect();
    // Groups named by a longer name anywhere in the story keep the bare word.
    let named_longer: Vec<&str> = out.iter().filter(|o| o.kind == Kind::Group && o.tok_end > o.tok_start + 1).filter_map(|o| o.entity_id).collect();
    let mut drop = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        let Some(noun) = bare(s) else { continue };
        let Some(n) = COMMON_NOUNS.iter().position(|c| *c == noun) else { continue };
        drop[i] = s.entity_id.is_none_or(|id| !named_longer.contains(&id)) && first[n].is_some_and(|t| t < s.tok_start);
    }
    remove_marked(out, &drop);
}
