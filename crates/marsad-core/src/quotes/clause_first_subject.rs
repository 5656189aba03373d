//! A subject named right before its reporting verb at the head of a clause: the sentence's
//! first words (بوتين أبلغ نتنياهو أن …، ترامب يحذر إيران من أن …) or the words right after
//! an إن/أن (قال الكرملين إن بوتين أبلغ نتنياهو أن …). Such a name cannot be the object of
//! anything before it, so it is the verb's subject, and a name after the verb is the one
//! told or warned. Before, the subject region after the verb was read first, as for the
//! usual verb-first order, and the one told was given the words.

use super::{is_complementizer, mention_before, ActorSpan, Input};
use marsad_text::token::TokenKind;

/// The mention ending right at the verb `cue` that opens its sentence or the clause after
/// an إن/أن (و and ل before أن allowed: وأن، لأن). Not before a relaying verb (بيد أن وسائل
/// إعلام محلية نقلت النائب إدانته …): the one whose words it carries speaks, as after it.
pub(super) fn subject<'m>(input: &Input<'m>, cue: usize) -> Option<&'m ActorSpan<'m>> {
    if input.lexicon.cue(&input.keys[cue]).is_some_and(|c| c.lemma == "نقل") {
        return None;
    }
    let m = mention_before(input.mentions, cue, 0).filter(|m| m.tok_end == cue)?;
    let (s0, _) = input.sentence_tokens(cue);
    if m.tok_start < s0 {
        return None;
    }
    let opens = m.tok_start == s0 || {
        let before = &input.keys[m.tok_start - 1];
        let bare = before.strip_prefix(['و', 'ل']).unwrap_or(before);
        input.tokens[m.tok_start - 1].kind == TokenKind::Arabic && is_complementizer(bare)
    };
    opens.then_some(m)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::country_of as speaker_country;

    #[test]
    fn the_teller_after_inna_speaks_not_the_one_told() {
        let t = "وقال الكرملين إن الرئيس الروسي فلاديمير بوتين أبلغ الرئيس التركي رجب طيب أردوغان هاتفيا أن موسكو لن تقبل بأي هجوم على المدينة.";
        assert_eq!(speaker_country(t, "موسكو لن").as_deref(), Some("RUS"));
    }

    #[test]
    fn a_sentence_opening_subject_speaks() {
        let t = "ترامب يحذر إيران من أن العقوبات ستكون الأقسى في التاريخ.";
        assert_eq!(speaker_country(t, "العقوبات ستكون").as_deref(), Some("USA"));
    }

    #[test]
    fn a_relaying_verb_keeps_the_source_it_carries() {
        let t = "لكن وسائل إعلام محلية نقلت رئيس الوزراء العراقي حيدر العبادي قوله إن \"الهجوم عمل جبان\".";
        assert_eq!(speaker_country(t, "الهجوم عمل").as_deref(), Some("IRQ"));
    }

    #[test]
    fn a_verb_first_sentence_keeps_its_subject_after_the_verb() {
        let t = "وفي سياق متصل، أبلغ وزير الخارجية الفرنسي نظيره الإيراني أن باريس متمسكة بالاتفاق.";
        assert_eq!(speaker_country(t, "باريس متمسكة").as_deref(), Some("FRA"));
    }
}
