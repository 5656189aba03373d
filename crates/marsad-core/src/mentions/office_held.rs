//! رئاسة (الرئاسة، رئاسة الوزراء، رئاسة الحكومة) names the presidency as a body (قالت
//! الرئاسة السورية) or as the office someone holds or runs for (انتخابات الرئاسة، توليه
//! رئاسة الوزراء، منصب الرئاسة). After a word of elections or of taking office it is the
//! office, which is no actor (eval/README.md): the mention is dropped. So is a role phrase
//! after a noun of post (شغل منصب وزير المالية، رشح لمنصب السفير): the post, not its holder.

use super::extent::{is_one_of, set, KeySet};
use super::referring::demonstrative;
use super::{remove_marked, strip_proclitics, ActorSpan, Cx, SpanFlags};
use marsad_lexicon::Kind;
use std::sync::OnceLock;

/// Words of elections and of taking, holding or seeking an office, right before it.
const OFFICE_WORDS: &[&str] = &[
    "انتخابات", "الانتخابات", "منصب", "تولى", "يتولى", "تتولى", "ليتولى", "توليه", "توليها", "سباق", "تسلم",
    "يتسلم", "تسلمه", "فوز", "فوزه", "الفوز", "ترشح", "ترشحه", "الترشح", "يترشح", "مرشح", "المرشح", "مرشحا",
    "مرشحة", "المرشحة", "تولي", "تولت", "تولاه",
];

/// Nouns of a post, in construct with the office they name (منصب رئيس الوزراء).
pub(super) const POST_NOUNS: &[&str] = &["منصب", "مناصب"];

/// [`POST_NOUNS`] as matching keys (built once).
pub(super) fn post_nouns() -> &'static KeySet {
    static POSTS: OnceLock<KeySet> = OnceLock::new();
    set(&POSTS, POST_NOUNS)
}

/// Drop the role phrases right after a noun of post, clitics aside (تولى منصب رئيس الوزراء،
/// المرشح لمنصب وزير الخارجية، يتولى مناصب نائب رئيس الوزراء): they name the office. A role
/// phrase that took a name in (منصب … فلان) is a person and is kept; so is one written with a
/// preposition, which ends the construct (شغل عدة مناصب بالحكومة: the government itself).
pub(super) fn drop_posts(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let posts = post_nouns();
    let mut drop = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        drop[i] = s.kind == Kind::Agent && !s.prepositional && s.tok_start > 0 && is_one_of(&cx.keys[s.tok_start - 1], posts);
    }
    remove_marked(out, &drop);
}

/// Is `key`, its proclitics aside, رئاسة with or without the article? Asked of every
/// mention's first word: every form ends with the bare noun, so most words are rejected
/// by their ending before their proclitics are stripped.
pub(super) fn presidency(key: &str) -> bool {
    static HEADS: OnceLock<[String; 2]> = OnceLock::new();
    let heads = HEADS.get_or_init(|| ["رئاسة", "الرئاسة"].map(marsad_text::normalize::key));
    if !key.ends_with(heads[0].as_str()) {
        return false;
    }
    let bare = strip_proclitics(key).0;
    heads.iter().any(|h| h == key || h == bare)
}

/// The offices رئاسة heads in construct (رئاسة الوزراء، رئاسة الجمهورية), as opposed to
/// a body or state it is the presidency of (رئاسة حزب المحافظين، رئاسة تشيلي).
const OFFICES: &[&str] = &["الوزراء", "الحكومة", "الجمهورية", "البلدية", "الدولة"];

/// Drop the mentions of رئاسة that name the office (see the module docs): رئاسة alone or
/// with an office of [`OFFICES`] and nisbas (انتخابات الرئاسة الأمريكية). The presidency
/// of a body or a state is kept: that body or state is a mention of its own.
pub(super) fn drop_offices(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    static WORDS: OnceLock<KeySet> = OnceLock::new();
    static OFFICE: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let words = set(&WORDS, OFFICE_WORDS);
    let mut drop = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        if s.tok_start == 0 {
            continue;
        }
        if !presidency(&keys[s.tok_start])
            || !keys[s.tok_start + 1..s.tok_end].iter().all(|k| set(&OFFICE, OFFICES).contains(k) || super::adjective(k))
        {
            continue;
        }
        // The word of office may stand before a demonstrative (تتولى سوريا هذه الرئاسة) and
        // before the subject of the verbal noun or verb, a mention right before (تولي سوريا
        // الرئاسة، تولي أنور لرئاسة الوزراء).
        let mut at = s.tok_start - 1;
        if demonstrative(&keys[at]).is_some() && at > 0 {
            at -= 1;
        }
        if !is_one_of(&keys[at], words) {
            match out[..i].iter().rev().find(|p| p.tok_end == at + 1 && p.kind != Kind::Agent) {
                Some(subject) if subject.tok_start > 0 => at = subject.tok_start - 1,
                _ => continue,
            }
        }
        if is_one_of(&keys[at], words) {
            drop[i] = true;
        }
    }
    remove_marked(out, &drop);
}

#[cfg(test)]
mod tests {
    use super::presidency;
    use crate::mentions::tests::mentions;
    use marsad_text::normalize::key;

    #[test]
    fn the_presidency_is_known_with_its_proclitics_and_nothing_else_is() {
        for word in ["رئاسة", "الرئاسة", "والرئاسة", "برئاسة", "للرئاسة", "وبرئاسة"] {
            assert!(presidency(&key(word)), "{word}");
        }
        for word in ["الرئيس", "رئاسته", "الرئاسي", "وزارة", "سياسة", ""] {
            assert!(!presidency(&key(word)), "{word}");
        }
    }

    #[test]
    fn the_office_after_elections_or_taking_it_is_no_actor() {
        let ms = mentions("وفاز ماكرون في انتخابات الرئاسة الفرنسية، وقال نواز شريف بعد توليه رئاسة الوزراء إنه سيعمل.");
        assert!(ms.iter().all(|m| !m.text.contains("الرئاسة") && !m.text.contains("رئاسة الوزراء")), "{ms:?}");
    }

    #[test]
    fn a_role_phrase_after_a_noun_of_post_is_no_actor() {
        let ms = mentions("وشغل الرجل منصب وزير المالية في الحكومة السابقة، ثم رشحه الحزب لمنصب رئيس الوزراء.");
        assert!(ms.iter().all(|m| !m.text.contains("وزير المالية") && !m.text.contains("رئيس الوزراء")), "{ms:?}");
        // Without the noun of post the role phrase is a mention.
        let ms = mentions("وقال وزير المالية الأردني إن الضرائب سترتفع.");
        assert!(ms.iter().any(|m| m.text.contains("وزير المالية")), "{ms:?}");
        // A preposition after the noun of post ends the construct: the body is named.
        let ms = mentions("وشغل الرجل عدة مناصب بالحكومة الأردنية قبل أن يتقاعد.");
        assert!(ms.iter().any(|m| m.text.contains("الحكومة الأردنية")), "{ms:?}");
    }

    #[test]
    fn the_presidency_as_a_body_is_kept() {
        let ms = mentions("وقالت الرئاسة السورية في بيان إن الهجوم فشل.");
        assert!(ms.iter().any(|m| m.text == "الرئاسة السورية"), "{ms:?}");
        // The presidency of a body: the body is still named.
        let ms = mentions("وكانت واسرمان شولتز تتولى رئاسة حزب المحافظين البريطاني.");
        assert!(ms.iter().any(|m| m.text.contains("حزب المحافظين")), "{ms:?}");
    }

    #[test]
    fn the_office_is_read_across_its_subject_and_a_demonstrative() {
        let ms = mentions("وأعلن سفراء معارضتهم تولي سوريا الرئاسة، وقالوا من المؤسف أن تتولى سوريا هذه الرئاسة.");
        assert!(ms.iter().all(|m| !m.text.contains("الرئاسة")), "{ms:?}");
        assert_eq!(ms.iter().filter(|m| m.text == "سوريا").count(), 2, "{ms:?}");
        // Without a word of office before the subject, the presidency is a body.
        let ms = mentions("وقال مسؤول إن سوريا الرئاسة السورية أعلنت ذلك.");
        assert!(ms.iter().any(|m| m.text == "الرئاسة السورية"), "{ms:?}");
    }
}
