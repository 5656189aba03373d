//! Stances put into words: the expressing verb (أعرب، عبّر، أبدى، أبلغ) or its verbal noun
//! (إعراب) that makes a stance noun after it (عن قلقها، غضبه) an event of its subject.
//!
//! Kept apart from `args` because it is a lexical test of its own: which words express a
//! stance, and how far back from the stance such a word may stand. The reach back counts
//! only words outside actor mentions, so that a long subject (عبرت الولايات المتحدة ودول
//! أخرى في المقر الأوروبي للأمم المتحدة بجنيف الثلاثاء عن تنديدهم) does not hide its verb,
//! as the support verbs already reach their noun.

use super::args::{bare, Context};
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

/// The expressing verb of a stance at `k`: after عن (أعربت مصر عن قلقها), with at most seven
/// words outside mentions between, or a verb with the stance as its object, up to six
/// words before it with no punctuation between (أبدى الملك غضبه).
pub fn expressing_verb(ctx: &Context, input: &Input, t: &Trigger, k: usize, s0: usize) -> Option<usize> {
    if let Some(an) = k.checked_sub(1).filter(|&a| a > s0 && bare(&input.keys[a]) == "عن") {
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
    (lo..k).rev().take_while(|&j| input.tokens[j].kind != TokenKind::Punct).find(|&j| shows(&input.keys[j], t))
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
    fn a_stance_toward_a_party_names_it() {
        let t = "وأعربت الحكومة المصرية عن قلقها تجاه التصعيد الإسرائيلي في غزة.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("EGY".into()), Some("ISR".into()))]);
    }
}
