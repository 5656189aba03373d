//! Stances put into words: the expressing verb (أعرب، عبّر، أبدى، أبلغ) or its verbal noun
//! (إعراب) that makes a stance noun after it (عن قلقها، غضبه) an event of its subject.
//!
//! Kept apart from `args` because it is a lexical test of its own: which words express a
//! stance, and how far back from the stance such a word may stand. The reach back counts
//! only words outside actor mentions, so that a long subject (عبرت الولايات المتحدة ودول
//! أخرى في المقر الأوروبي للأمم المتحدة بجنيف الثلاثاء عن تنديدهم) does not hide its verb,
//! as the support verbs already reach their noun.

use super::args::{bare, is_quote_mark, Context};
use super::Input;
use marsad_lexicon::events::{Needs, Trigger, TriggerKind};
use marsad_text::token::TokenKind;

/// Words outside mentions that may stand between an expressing verb and its عن.
const WORDS_BEFORE_AN: usize = 7;
/// Tokens at most, mentions included, between an expressing verb and its عن.
const TOKENS_BEFORE_AN: usize = 24;
/// Tokens at most between a verb that shows a stance and the stance, its object.
const TOKENS_BEFORE_OBJECT: usize = 6;

/// Verbs that express a stance (أعرب، عبّر، أبدى), their circumstantial participles and
/// the verbal noun إعراب (من إعراب السفارة عن قلقها): what follows them and عن is the
/// stance (عن دعمه، عن قلقها), not an event of its own subject.
fn expresses(key: &str) -> bool {
    matches!(
        bare(key),
        "اعرب" | "اعربت" | "اعربوا" | "يعرب" | "تعرب" | "عبر" | "عبرت" | "عبروا" | "يعبر" | "تعبر" | "ابدي" | "ابدت" | "ابدوا" | "يبدي" | "تبدي"
            | "معربا" | "معربه" | "معربين" | "معبرا" | "معبره" | "معبرين" | "مبديا" | "مبديه"
            | "اعراب" | "اعرابه" | "اعرابها" | "اعرابهم"
    )
}

/// أبدى "showed" takes an event noun as its object (وأبدى الملك سلمان غضبه، أبدى زعماء
/// بريطانيا دعمهم); أبلغ "conveyed" only a stance (أبلغ عباس الرئيس الروسي قلقه), since
/// what else follows it is mostly the content of a report (أبلغ شاهد رويترز بأن 16 شخصا
/// قتلوا).
fn shows(key: &str, t: &Trigger) -> bool {
    let k = bare(key);
    let shown = matches!(k, "ابدي" | "ابدت" | "ابدوا" | "يبدي" | "تبدي" | "مبديا" | "مبديه") && t.kind == TriggerKind::Noun;
    shown || t.needs == Needs::Expressed && matches!(k, "ابلغ" | "ابلغت" | "ابلغوا" | "يبلغ")
}

/// Verbs that convey thanks to someone (وجه ترامب الشكر لأردوغان، قدم الرئيس الشكر للملك،
/// تقدم بالشكر إلى), and their circumstantial participles. (The word itself first: `bare`
/// takes the و of وجه for a conjunction.)
fn conveys(key: &str) -> bool {
    let conveying = |k: &str| {
        matches!(
            k,
        "وجه" | "وجهت" | "وجهوا" | "يوجه" | "نوجه" | "موجها" | "قدم" | "قدمت" | "قدموا" | "يقدم" | "نقدم" | "مقدما"
                | "تقدم" | "تقدمت" | "تقدموا" | "يتقدم" | "نتقدم" | "اتقدم" | "متقدما"
        )
    };
    conveying(key) || conveying(bare(key))
}

/// Thanks and gratitude (شكر، امتنان): the stances a conveying verb hands to someone.
pub(super) fn is_thanks(t: &Trigger) -> bool {
    t.kind == TriggerKind::Noun && t.needs == Needs::Expressed && matches!(t.lemma.as_str(), "شكر" | "امتنان")
}

/// Is the word at `j` the addressee's preposition (للملك، لهم، إلى الرئيس)?
fn to_someone(input: &Input, j: usize) -> bool {
    let k = bare(&input.keys[j]);
    let lam = k.starts_with('ل') && k.chars().count() >= 3 && !matches!(k, "لقد" | "لكن" | "لدي" | "لذلك" | "ليس" | "لان" | "لعدم");
    lam || matches!(k, "الي" | "اليه" | "اليها" | "اليهم")
}

/// The verb conveying thanks at `k` to someone named: right before it, or with only its
/// subject between, and the addressee with لـ or إلى before the thanks (ووجه لهم الشكر) or
/// within two words after (الشكر أيضا للجهاز الفني). Unaddressed (وجه الشكر على …) it is none.
fn conveying_verb(input: &Input, t: &Trigger, k: usize, s0: usize) -> Option<usize> {
    if !is_thanks(t) {
        return None;
    }
    let lo = k.saturating_sub(TOKENS_BEFORE_OBJECT).max(s0);
    let verb = (lo..k).rev().take_while(|&j| input.tokens[j].kind != TokenKind::Punct).find(|&j| conveys(&input.keys[j]))?;
    let after = (k + 1..(k + 3).min(input.tokens.len())).take_while(|&j| input.tokens[j].kind != TokenKind::Punct);
    (verb + 1..k).chain(after).any(|j| to_someone(input, j)).then_some(verb)
}

/// The عن before a stance at `k`: right before it, or before the quotation mark that opens
/// the stance as the speaker worded it (أعربت كندا عن "قلقها الشديد"، عن "خيبة أملها"), which
/// news writes as often as the bare noun.
fn an_before(input: &Input, k: usize, s0: usize) -> Option<usize> {
    let an = if quoted_after_an(input, k) { k - 2 } else { k.checked_sub(1)? };
    (an > s0 && bare(&input.keys[an]) == "عن").then_some(an)
}

/// Does a quotation mark right after عن open the word at `k` (أعرب عن "دعم إيران لقطر")?
pub(super) fn quoted_after_an(input: &Input, k: usize) -> bool {
    k > 1 && is_quote_mark(input, k - 1) && bare(&input.keys[k - 2]) == "عن"
}

/// The expressing verb of a stance at `k`: after عن (أعربت مصر عن قلقها), with at most seven
/// words outside mentions between, or a verb with the stance as its object, up to six
/// words before it with no punctuation between (أبدى الملك غضبه).
pub fn expressing_verb(ctx: &Context, input: &Input, t: &Trigger, k: usize, s0: usize) -> Option<usize> {
    if let Some(an) = an_before(input, k, s0) {
        let mut words = 0;
        for j in (an.saturating_sub(TOKENS_BEFORE_AN).max(s0)..an).rev() {
            if expresses(&input.keys[j]) {
                return Some(j);
            }
            if !ctx.in_mention(j) {
                words += 1;
                if words > WORDS_BEFORE_AN {
                    return None;
                }
            }
        }
        return None;
    }
    let lo = k.saturating_sub(TOKENS_BEFORE_OBJECT).max(s0);
    let shown = (lo..k).rev().take_while(|&j| input.tokens[j].kind != TokenKind::Punct).find(|&j| shows(&input.keys[j], t));
    shown.or_else(|| conveying_verb(input, t, k, s0))
}

/// Is the trigger at `k` a stance an expressing verb expresses (أعربت مصر عن قلقها)?
pub fn is_expressed(ctx: &Context, input: &Input, t: &Trigger, k: usize, s0: usize) -> bool {
    expressing_verb(ctx, input, t, k, s0).is_some()
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn disappointment_and_dissatisfaction_expressed_accuse() {
        let t = "وأعرب وزير الخارجية الأردني عن خيبة أمله من القرار الأمريكي.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("JOR".into()), Some("USA".into()))]);
        let t = "وعبر الرئيس الإيراني عن عدم رضاه عن الموقف الأوروبي.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("IRN".into()), None)]);
    }

    #[test]
    fn thanks_conveyed_to_a_party_are_the_subjects_support() {
        let t = "ووجه الرئيس الأمريكي الشكر لتركيا على إطلاق سراح القس.";
        assert_eq!(sides(t, "SUPPORT"), vec![(Some("USA".into()), Some("TUR".into()))]);
        // The support verb does not reach past the thanks to the reason.
        assert!(sides(t, "RETREAT").iter().all(|(a, _)| a.as_deref() != Some("USA")), "{:?}", sides(t, "RETREAT"));
        let t = "قدم الرئيس المصري الشكر إلى السعودية على دعمها.";
        assert_eq!(sides(t, "SUPPORT"), vec![(Some("EGY".into()), Some("SAU".into()))]);
    }

    #[test]
    fn unaddressed_or_unconveyed_thanks_are_no_event() {
        assert!(sides("ووجه الرئيس الأمريكي الشكر على جهود الوساطة.", "SUPPORT").is_empty());
        assert!(sides("وقرأ الرئيس الأمريكي الشكر لتركيا في الرسالة.", "SUPPORT").is_empty());
    }

    #[test]
    fn a_stance_in_quotation_marks_is_expressed_as_a_bare_one() {
        let t = "وأعربت الحكومة الكندية عن \"قلقها الشديد\" من القرار.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("CAN".into()), None)]);
        // A quoted noun after عن is a noun: support by the party after it, not for it.
        let t = "وأعرب وزير الخارجية التركي عن \"دعم أنقرة لقطر\" في الأزمة.";
        assert!(sides(t, "SUPPORT").iter().all(|(_, r)| r.as_deref() != Some("TUR")), "{:?}", sides(t, "SUPPORT"));
        // A quotation opened with no عن before the stance is no expressed stance.
        assert!(sides("وقال الوزير الكندي: \"قلقنا كبير\".", "ACCUSE").is_empty());
    }

    #[test]
    fn the_pronoun_on_a_stance_is_its_holder_not_its_target() {
        // With no party after it, the pronoun was read back to the one met before.
        let t = "التقى الرئيس الروسي المستشارة الألمانية. وعبرت موسكو عن معارضتها.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("RUS".into()), None)]);
        let t = "التقى الرئيس الروسي المستشارة الألمانية. وأعربت موسكو عن \"خيبة أملها\".";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("RUS".into()), None)]);
    }

    #[test]
    fn a_stance_toward_a_party_names_it() {
        let t = "وأعربت الحكومة المصرية عن قلقها تجاه التصعيد الإسرائيلي في غزة.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("EGY".into()), Some("ISR".into()))]);
    }
}
