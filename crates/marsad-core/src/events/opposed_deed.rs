//! Opposition held and told as a deed (`معارضته للاتفاق النووي`، `بسبب معارضتها لنهج زعيم
//! الحزب`، `أعلن معارضته إقامة "مراكز العبور"`): a noun whose row `needs = object` is an
//! event (REJECT 120) only with a pronoun for the one who opposes and the thing opposed
//! after it, in لـ or as a verbal noun in construct. Alone the noun is mostly a party
//! (`المعارضة السورية`، `فصائل معارضة`: the mention layer reads those), and with a pronoun
//! but nothing opposed after it mostly a person's politics (`على خلفية معارضته السياسية`)
//! or the object pronoun of the verbal noun (`لا يسمحون لسكان هذه المدن بمعارضتهم`).
//! Expressed (`أعربت عن معارضتها`) it stays the stance its own row reads.

use super::args::{self, is_preposition, Context};
use super::Input;
use marsad_text::token::TokenKind;

/// The pronouns a noun in ـة takes (after its ت): the one who opposes.
const HOLDERS: &[&str] = &["ته", "تها", "تهم", "تهما", "تهن", "تنا", "تي", "تكم"];
/// Pronouns in لـ: the thing opposed named before (`ظل على معارضته له`).
const LAM_PRONOUNS: &[&str] = &["له", "لها", "لهم", "لهما"];
/// Words opening with ل that are no لـ of the thing opposed.
const NOT_LAM: &[&str] = &["لكن", "لكنه", "لكنها", "لان", "لانه", "لانها", "لدي", "لذلك", "ليس", "لعدم", "لعل", "لقد", "لم", "لن", "لا"];
/// Words before the noun that make it the motive of what was done to the opposer
/// (`استهدف بسبب معارضته`، `اختطفته على خلفية معارضته`): background, no event.
const MOTIVES: &[&str] = &["بسبب", "خلفيه", "جراء", "نتيجه"];
/// Definite words (adjectives: `الشديدة`، `السياسية`) that may stand between the noun and
/// the thing opposed.
const ADJECTIVES: usize = 2;

/// The key without a conjunction and a preposition before it (`وبمعارضتها`، `لمعارضته`).
fn stem(key: &str) -> &str {
    let k = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 3).unwrap_or(key);
    k.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() > 3).unwrap_or(k)
}

/// Does the word at `i` carry a pronoun for its holder (`معارضته`، `معارضتهم`)?
fn held(input: &Input, i: usize) -> bool {
    let k = stem(&input.keys[i]);
    HOLDERS.iter().any(|p| k.ends_with(p) && k.chars().count() > p.chars().count() + 3)
}

/// Is the word at `j` a لـ of the thing opposed (`للاتفاق`، `لقرار`، `له`)?
fn lam_object(input: &Input, j: usize) -> bool {
    let k = args::bare(&input.keys[j]);
    LAM_PRONOUNS.contains(&k) || k.starts_with('ل') && k.chars().count() >= 3 && !NOT_LAM.contains(&k)
}

/// Is the word at `j` definite (its article, after a conjunction or not)?
fn definite(input: &Input, j: usize) -> bool {
    args::bare(&input.keys[j]).starts_with("ال")
}

/// Is the noun at `i` told as a motive: after `بسبب، على خلفية، جراء`, or with لـ or بـ on
/// it (`قتل لمعارضته صدام حسين`، `معروفة بمعارضتها لبوتن`)?
fn motive(input: &Input, i: usize, s0: usize) -> bool {
    let k = input.keys[i].strip_prefix(['و', 'ف']).unwrap_or(&input.keys[i]);
    k.starts_with(['ل', 'ب']) || i > s0 && MOTIVES.contains(&args::bare(&input.keys[i - 1]))
}

/// Is the noun at `i` (of the sentence ending at `s1`) opposition held by its pronoun with
/// the thing opposed after it: in لـ past up to two adjectives (`معارضتها الشديدة لنظام`),
/// a party named right after it (`لمعارضته صدام حسين`), or a verbal noun in construct with
/// a definite word or a party (`معارضته رفع الفائدة`; a definite noun's own adjective is
/// definite, so an indefinite word right after it is its object)? Not told as a motive of
/// what was done to the opposer (`motive`).
pub(super) fn is_deed(ctx: &Context, input: &Input, i: usize, (s0, s1): (usize, usize)) -> bool {
    if !held(input, i) || motive(input, i, s0) {
        return false;
    }
    let word = |j: usize| j < s1 && input.tokens[j].kind == TokenKind::Arabic;
    let mut j = i + 1;
    if word(j) && ctx.in_mention(j) {
        return true;
    }
    while word(j) && j <= i + ADJECTIVES && definite(input, j) && !ctx.in_mention(j) {
        j += 1;
    }
    if !word(j) {
        return false;
    }
    if lam_object(input, j) {
        return true;
    }
    j == i + 1 && !definite(input, j) && !is_preposition(&input.keys[j]) && word(j + 1) && (definite(input, j + 1) || ctx.in_mention(j + 1))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn rejects(t: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(t, "REJECT")
    }

    #[test]
    fn opposition_held_with_the_thing_opposed_is_a_rejection() {
        let t = "وجددت ألمانيا معارضتها لرفع العقوبات عن روسيا.";
        assert_eq!(rejects(t), vec![(Some("DEU".into()), None)], "{:?}", events(t));
        let t = "وأعلن الحاكم الجمهوري معارضته للاقتراح الذي تقدم به الرئيس الأمريكي دونالد ترامب.";
        assert_eq!(rejects(t).len(), 1, "{:?}", events(t));
        // Past an adjective, and a verbal noun in construct as the thing opposed.
        let t = "وتظاهر الآلاف في موسكو للتعبير عن معارضتهم الشديدة للرئيس الروسي فلاديمير بوتين.";
        assert!(rejects(t).iter().any(|(_, r)| r.as_deref() == Some("RUS")), "{:?}", events(t));
        let t = "وانتقد الرئيس التركي رجب طيب أردوغان السياسة النقدية، لا سيما معارضته رفع الفائدة؛ وقال إن الاستثمار سيتراجع.";
        assert_eq!(rejects(t).len(), 1, "{:?}", events(t));
    }

    #[test]
    fn opposition_with_nothing_opposed_or_as_a_party_is_no_rejection() {
        // A person's politics, and the verbal noun's object pronoun.
        assert!(rejects("ويواجه المخرج الإيراني جعفر بناهي وضعا معقدا على خلفية معارضته السياسية.").is_empty());
        assert!(rejects("وقال المالكي إن الحوثيين لا يسمحون لسكان هذه المدن بمعارضتهم كما أنهم يمنعونهم من المغادرة.").is_empty());
        assert!(rejects("ودفع الحزب في الماضي ثمن معارضته هذه بتعرضه لهجمات.").is_empty());
        // A motive of what was done to the opposer.
        assert!(rejects("وتعرض الحزب للاستهداف بسبب معارضته لأردوغان.").is_empty());
        assert!(rejects("وقتل والده عام 1999 لمعارضته صدام حسين.").is_empty());
        assert!(rejects("وهي فرقة روسية معروفة بمعارضتها لبوتن.").is_empty());
        // The opposition as a party.
        assert!(rejects("وقالت المعارضة السورية إن النظام قصف المدينة.").is_empty());
        assert!(rejects("وسيطرت فصائل معارضة على البلدة.").is_empty());
    }

    #[test]
    fn opposition_expressed_stays_the_stance() {
        let t = "وأعربت ألمانيا عن معارضتها لمنح اليونان قروضا جديدة.";
        assert!(rejects(t).is_empty(), "{:?}", events(t));
        assert!(!sides(t, "ACCUSE").is_empty(), "{:?}", events(t));
    }
}
