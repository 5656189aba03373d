//! An envoy or ambassador's post (المبعوث الأمريكي إلى سوريا، سفير روسيا لدى إسرائيل،
//! مندوب الصين في …) is part of the title: the state after إلى/لدى is where the envoy
//! serves, no party joined to them nor the one they meet. So it never joins a list with
//! the envoy (`args::list_from`), a verb's object is sought past it, and an event the envoy
//! acts in drops it from both sides.

use super::args::{is_comma, mention_starting, Arg, Context};
use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;
use marsad_text::normalize::{key, without_conjunction};

/// Envoy nouns (keys without the article): مبعوث، سفير، مندوب، موفد and their feminine.
const ENVOYS: &[&str] = &["مبعوث", "سفير", "مندوب", "موفد", "مبعوثه", "سفيره", "مندوبه", "موفده"];

/// The prepositions of a post (keys): إلى, لدى.
const POSTS: &[&str] = &["الي", "لدي"];

/// Does the phrase starting at token `head` name an envoy?
pub(super) fn is_envoy(input: &Input, head: usize) -> bool {
    let w = without_conjunction(&input.keys[head]);
    ENVOYS.contains(&w.strip_prefix("ال").unwrap_or(w))
}

/// Is the word at `k` the preposition of the post of an envoy phrase starting at `head`?
pub(super) fn post_preposition(input: &Input, head: usize, k: usize) -> bool {
    k < input.keys.len() && POSTS.contains(&input.keys[k].as_str()) && is_envoy(input, head)
}

/// Where a verb's object is sought after an envoy phrase starting at `head` and ending at
/// `k`: past its post (إلى سوريا والعراق) and the envoy's own name after it, with or without
/// commas (السفيرة الأمريكية لدى الأمم المتحدة، نيكي هيلي، …): a name alone there is the
/// envoy's, no one met or blamed. None when no post follows.
pub(super) fn past_post(ctx: &Context, input: &Input, t: &Trigger, head: usize, k: usize, s1: usize) -> Option<usize> {
    if !post_of(input, t, head, k) {
        return None;
    }
    // (A person there is the one gone or spoken to: تحدث السفير … إلى نظيره المصري.)
    let post = mention_starting(ctx, input, k + 1).filter(|&p| !input.mentions[p].person_noun && input.mentions[p].kind != Kind::Person)?;
    let post_end = input.mentions[post].tok_end;
    let opened = post_end < s1 && is_comma(input, post_end);
    let at = if opened { post_end + 1 } else { post_end };
    let Some(n) = mention_starting(ctx, input, at).map(|n| &input.mentions[n]) else { return Some(post_end) };
    if n.kind != Kind::Person || n.name.is_none_or(|(s, _)| s != n.tok_start) {
        return Some(post_end);
    }
    Some(if opened && n.tok_end < s1 && is_comma(input, n.tok_end) { n.tok_end + 1 } else { n.tok_end })
}

/// Is the word at `k` the post's preposition of the envoy at `head` for the event of
/// trigger `t`? After a verb or noun of going, إلى is where the envoy goes (زيارة المبعوث
/// الكوري الشمالي إلى واشنطن، وصل المبعوث إلى اليمن): only لدى is a post there.
fn post_of(input: &Input, t: &Trigger, head: usize, k: usize) -> bool {
    post_preposition(input, head, k) && (input.keys[k] != "الي" || !GOING.contains(&key(&t.lemma).as_str()))
}

/// Lemmas (keys) of going somewhere, whose إلى is the destination.
const GOING: &[&str] = &["زار", "زياره", "وصل", "وصول", "توجه", "سافر", "عاد", "ارسل", "بعث", "انتقل", "جوله", "قدم", "حضر", "دعا", "دعوه", "رحله"];

/// Drop from both sides every party named as the post of an envoy acting (after إلى/لدى
/// right after the envoy's phrase).
pub(super) fn drop_posts(input: &Input, t: &Trigger, actors: &mut Vec<Arg>, recipients: &mut Vec<Arg>) {
    let posts: Vec<usize> = actors.iter().filter(|a| post_of(input, t, a.tok_start, a.tok_end)).map(|a| a.tok_end + 1).collect();
    if posts.is_empty() {
        return;
    }
    // (A person there is the one gone or spoken to: تحدث السفير … إلى نظيره المصري.)
    actors.retain(|a| a.person || !posts.contains(&a.tok_start));
    recipients.retain(|a| a.person || !posts.contains(&a.tok_start));
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn an_envoys_post_is_no_party_and_no_object() {
        let found = events("والتقى المبعوث الأمريكي إلى سوريا وزير الخارجية التركي في أنقرة.");
        let e = found.iter().find(|e| e.kind == "CONSULT").expect("meeting");
        assert!(e.actors.iter().all(|a| a.text != "سوريا") && e.recipients.iter().all(|a| a.text != "سوريا"), "{found:?}");
        assert!(e.recipients.iter().any(|a| a.text.contains("وزير الخارجية التركي")), "{found:?}");
        let found = events("وبحث الرئيس الأفغاني مع مبعوث أمريكا إلى أفغانستان جهود السلام.");
        let e = found.iter().find(|e| e.kind == "CONSULT").expect("talks");
        assert!(e.recipients.iter().all(|a| a.text != "أفغانستان"), "{found:?}");
        // A counterpart spoken to after إلى is no post.
        let found = events("وتحدث السفير الإيطالي في بريطانيا إلى نظيره المصري الأحد.");
        assert!(found.iter().any(|e| e.recipients.iter().any(|a| a.text.contains("نظيره"))), "{found:?}");
        // A visit's place after إلى is no post.
        let found = events("ووصل وزير الخارجية الروسي إلى سوريا أمس.");
        assert!(found.iter().any(|e| e.recipients.iter().any(|a| a.text == "سوريا")), "{found:?}");
    }
}
