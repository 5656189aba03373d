//! An addressee glued to لـ right after a reporting verb is to whom the words were said,
//! never who said them: قالت لقناة محلية، وقال لفرانس 24، يقول لبي بي سي، قال لرويترز،
//! وقالت لشبكة فوكس نيوز. Before, such a phrase after the verb was read as the subject (the
//! mention is prepositional, but the words fell back to an unnamed speaker with the story's
//! country), so the outlet interviewing a person spoke in her place. It is skipped like
//! للصحفيين: the subject after it speaks (وقال لفرانس برس المتحدث باسم الجيش), else the
//! sentence's subject before the verb or the last speaker. On the whole corpus about 370
//! quotes had such a speaker. Not a name that begins with ل (لافروف، لودريان): its mention
//! is no prepositional one, and its word is no outlet noun. Not after a frame (وفقا لـ،
//! طبقا لـ): there the prepositional phrase is the source.

use super::{is_complementizer, mention_covering, Input, NP_END};
use marsad_text::token::TokenKind;

/// Outlet nouns that, glued to لـ, name an interviewer (normalized keys, without لـ).
const OUTLET_NOUNS: &[&str] = &["قناه", "صحيفه", "مجله", "موقع", "شبكه", "وكاله", "محطه", "اذاعه", "تلفزيون", "راديو"];

/// Pronouns glued to لـ after a verb: to us, to you (not لي, also a Chinese name).
const PRONOUNS: &[&str] = &["لنا", "لك", "لكم"];

/// The token after the addressee starting at token `k` (before `limit`), when token `k`
/// opens one: a prepositional mention with لـ, an outlet noun with لـ and the words naming it
/// up to the next mention, or لنا / لك.
pub(super) fn end(input: &Input, k: usize, limit: usize) -> Option<usize> {
    let key = input.keys.get(k)?.as_str();
    if !key.starts_with('ل') || input.tokens[k].kind != TokenKind::Arabic {
        return None;
    }
    if PRONOUNS.contains(&key) {
        return Some(k + 1);
    }
    let after = match mention_covering(input.mentions, k) {
        // (A name that begins with ل is no prepositional mention: وقال لافروف.)
        Some(m) if m.tok_start == k && m.prepositional => m.tok_end,
        Some(_) => return None,
        None if OUTLET_NOUNS.contains(&&key['ل'.len_utf8()..]) => k + 1,
        None => return None,
    };
    // The words still naming the addressee (لقناة محلية، لصحيفة تليغراف البريطانية، لبي بي
    // سي عام 2016): up to the clause, a preposition or a subject the dictionaries name.
    let stop = |j: usize| {
        input.tokens[j].kind == TokenKind::Punct
            || NP_END.contains(&input.keys[j].as_str())
            || is_complementizer(&input.keys[j])
            || mention_covering(input.mentions, j).is_some_and(|m| !m.prepositional)
    };
    Some((after..limit).find(|&j| stop(j)).unwrap_or(limit.max(after)))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

    #[test]
    fn an_outlet_after_the_verb_is_the_addressee() {
        let text = "ولم تتوافر تفاصيل عن الحادث، لكن أمينة بابي، والدة الضحية، قالت لقناة محلية \"احترقت تماما ودمر كل شيء\".";
        assert_eq!(speaker_of(text, "احترقت").as_deref(), Some("أمينة بابي"));
        let text = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع خطير. وقال لفرانس برس \"لا نقبل نقل السفارة\".";
        assert_eq!(speaker_of(text, "لا نقبل").as_deref(), Some("وزير الخارجية الفرنسي جان إيف لودريان"));
        // The subject after the addressee speaks.
        let text = "وقال لفرانس برس المتحدث باسم الجيش الإسرائيلي إن القوات ردت على مصادر النيران.";
        assert_eq!(speaker_of(text, "القوات").as_deref(), Some("المتحدث باسم الجيش الإسرائيلي"));
    }

    #[test]
    fn a_name_beginning_with_lam_or_a_frame_source_still_speaks() {
        let text = "وصل الوزير إلى أنقرة. وقال لافروف خلال المؤتمر \"استخدام العملات الوطنية أمر مهم\".";
        assert_eq!(speaker_of(text, "استخدام").as_deref(), Some("لافروف"));
        let text = "وكان وزير الخارجية الأمريكي قد وصل إلى بغداد. ووفقا لصحيفة نيويورك تايمز، فإن الزيارة لم تعلن مسبقا.";
        assert_eq!(speaker_of(text, "الزيارة").as_deref(), Some("لصحيفة نيويورك تايمز"));
    }
}
