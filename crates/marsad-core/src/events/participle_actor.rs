//! Who acts in a circumstantial participle (قال الوزير …، مطالبا السلطات): the first party
//! of its sentence some words back that could be a clause's subject.
//!
//! The first mention alone was often the wrong one: the genitive of a noun (رداً على
//! تصريحات ترودو، قالت الرياض …، منددة: the possessor, not the one acting) or a party
//! inside a quotation the participle is outside (قال إن "إيران …"، داعيا: the quoted
//! topic). Those are skipped, so the main clause's subject, named later, acts.

use super::args::{is_preposition, mention_starting, Context};
use super::Input;
use marsad_text::normalize::key_is_definite as is_definite;
use marsad_text::token::TokenKind;

/// The first mention in tokens `[lo, participle)` that may act for the participle.
pub(super) fn find(ctx: &Context, input: &Input, lo: usize, participle: usize) -> Option<usize> {
    let own_quote = ctx.quote_at(input.tokens[participle].start);
    (lo..participle).find_map(|k| {
        let m = mention_starting(ctx, input, k)?;
        let quoted_elsewhere = ctx.quote_at(input.tokens[k].start).is_some_and(|q| Some(q) != own_quote);
        (!input.mentions[m].prepositional && !quoted_elsewhere && !possessor_of_noun(ctx, input, k)).then_some(m)
    })
}

/// Is the mention starting at token `k` the genitive of the plain noun right before it
/// (مشاورات الكويت، قرار الحكومة الأردنية)? The noun is told by its ending, ة or ات (a
/// verb has neither), or by being a noun of speech, whose owner is the speaker (في كلمة
/// الرئيس، مشيدا; as for the quotes' `speech_agent`) except after على (ردا على تصريحات
/// ترامب: the words answered).
fn possessor_of_noun(ctx: &Context, input: &Input, k: usize) -> bool {
    let Some(h) = k.checked_sub(1) else { return false };
    let key = input.keys[h].as_str();
    if input.tokens[h].kind != TokenKind::Arabic || ctx.in_mention(h) || is_preposition(key) || is_definite(key) {
        return false;
    }
    if crate::quotes::is_speech_noun(key) {
        let before = h.checked_sub(1).map(|j| input.keys[j].as_str());
        return matches!(before, Some("علي" | "وعلي"));
    }
    let word = input.tokens[h].text(input.text);
    word.ends_with('ة') || word.ends_with("ات") && word.chars().count() >= 5
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_genitive_after_a_noun_does_not_act() {
        let t = "وبعد مشاورات الكويت، تحدث وزير الخارجية اليمني للصحفيين، منتقدا إيران.";
        let charges = sides(t, "ACCUSE");
        assert!(charges.iter().any(|(a, r)| a.as_deref() == Some("YEM") && r.as_deref() == Some("IRN")), "{charges:?}");
        assert!(!charges.iter().any(|(a, _)| a.as_deref() == Some("KWT")), "{charges:?}");
    }

    #[test]
    fn words_answered_are_not_the_answer() {
        let t = "وردا على تصريحات ترامب، تحدث وزير الخارجية الإيراني للصحفيين، منتقدا السعودية.";
        let charges = sides(t, "ACCUSE");
        assert!(charges.iter().any(|(a, r)| a.as_deref() == Some("IRN") && r.as_deref() == Some("SAU")), "{charges:?}");
        assert!(!charges.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{charges:?}");
    }

    #[test]
    fn a_speech_nouns_owner_speaks() {
        let t = "وجاء ذلك في كلمة الرئيس المصري أمام البرلمان، منتقدا إسرائيل.";
        let charges = sides(t, "ACCUSE");
        assert!(charges.iter().any(|(a, r)| a.as_deref() == Some("EGY") && r.as_deref() == Some("ISR")), "{charges:?}");
    }

    #[test]
    fn a_party_quoted_before_the_participle_does_not_act() {
        let t = "قال إن \"روسيا لن تتراجع\"، وتحدث وزير الخارجية الفرنسي للصحفيين، منتقدا إيران.";
        let charges = sides(t, "ACCUSE");
        assert!(!charges.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{charges:?}");
    }
}
