//! `هدد بـ` said of a thing is a risk, not a threat: `مما يهدد بحدوث مواجهة`، `وهو ما يهدد
//! بنسف الائتلاف`، `ذلك يهدد بنقل الصراع`، `الاضطراب هدد بزعزعة استقرار أرمينيا`، `الاتفاقيات
//! التي تهدد بتعريض البلاد للخطر`: the subject is a state of affairs, a process or a text
//! ("threatens to bring about"), no party that threatens anyone. Told by the subject
//! right before the verb: a relative or demonstrative of a thing (ما، مما، ذلك، هذا، الأمر)
//! or a definite noun, or the head of a relative (الذي، التي), that no mention covers. A
//! party (`ترامب الذي هدد بفرض رسوم`، `تنظيم الدولة هدد باستهداف`) keeps its threat, and
//! so does a subject after the verb (`هددت الدولة بفرض عقوبات`) or an object pronoun
//! (`هدده بالقتل`: someone threatened).

use super::args::Context;
use super::Input;
use marsad_text::token::TokenKind;

/// The forms of the verb read here (keys): singular, no pronoun, no conjunction.
const FORMS: &[&str] = &["هدد", "هددت", "يهدد", "تهدد"];

/// Words that may stand between the verb and its بـ (also, in turn).
const BETWEEN: &[&str] = &["ايضا", "بدوره", "بدورها", "فعلا", "بالفعل"];

/// Subjects that are things by themselves (keys): what, which, that, this, the matter.
const THING_WORDS: &[&str] = &["ما", "مما", "بما", "ذلك", "وذلك", "هذا", "وهذا", "الامر", "الوضع"];

/// Relative pronouns whose head is the subject.
const RELATIVES: &[&str] = &["الذي", "التي", "والذي", "والتي"];

/// Is the `هدد` ending at token `end` a risk told of a thing (see the module docs)?
pub(super) fn risked(ctx: &Context, input: &Input, end: usize, s1: usize) -> bool {
    let Some(verb) = end.checked_sub(1) else { return false };
    // (A verb after و opens a clause of its own: `وهددت بالرد` has its subject dropped.)
    if !FORMS.contains(&input.keys[verb].as_str()) || !step_follows(ctx, input, end, s1) {
        return false;
    }
    let Some(before) = word_before(input, verb, false) else { return false };
    let word = input.keys[before].as_str();
    if THING_WORDS.contains(&word) {
        return true;
    }
    let subject = if RELATIVES.contains(&word) {
        match word_before(input, before, true) {
            Some(head) => head,
            None => return false,
        }
    } else {
        before
    };
    let noun = input.keys[subject].as_str();
    let noun = noun.strip_prefix('و').unwrap_or(noun);
    (THING_WORDS.contains(&noun) || noun.starts_with("ال")) && !ctx.in_mention(subject)
}

/// Does a بـ-noun (the step, `بحدوث`، `بنسف`) follow the verb, perhaps after `أيضا`? A
/// name in ب is the subject after the verb (`هدد بولتون`، `هددت بيونغيانغ`), no step.
fn step_follows(ctx: &Context, input: &Input, end: usize, s1: usize) -> bool {
    let mut k = end;
    if k < s1 && BETWEEN.contains(&input.keys[k].as_str()) {
        k += 1;
    }
    k < s1 && {
        let key = input.keys[k].as_str();
        key.starts_with('ب') && key.chars().count() > 3 && !key.starts_with("بين") && !BETWEEN.contains(&key) && !ctx.in_mention(k)
    }
}

/// The Arabic word right before token `k`; with `comma`, a comma skipped (the head of a
/// relative: `إيران، التي هددت`); a verb after a comma has no subject before it.
fn word_before(input: &Input, k: usize, comma: bool) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    if comma && input.tokens[j].kind == TokenKind::Punct && input.tokens[j].text(input.text) == "،" {
        j = j.checked_sub(1)?;
    }
    (input.tokens[j].kind == TokenKind::Arabic).then_some(j)
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::events::tests::count;

    /// Asserts that each text gives `want` THREATEN events.
    pub(crate) fn assert_threats(texts: &[&str], want: usize) {
        for text in texts {
            assert_eq!(count(text, "THREATEN"), want, "{text}");
        }
    }

    #[test]
    fn a_thing_that_threatens_to_bring_about_is_no_threat() {
        assert_threats(
            &[
                "وقال مسؤولون إن الجنود تعرضوا لإطلاق نار من قبل قوات تركية، ما يهدد بتصعيد عسكري بين البلدين.",
                "وقال قائد القيادة المركزية إن إيران زودت الحوثيين بصواريخ، مشيرا إلى أن ذلك يهدد بنقل الحرب إلى دول الجوار.",
                "وقالت الصحيفة إن ترامب واجه سلسلة من الفضائح التي تهدد بإسقاط الرئيس الأمريكي.",
                "وانتقدت تركيا الدعم الأمريكي للأكراد، مما يهدد بحدوث مواجهة بين البلدين.",
            ],
            0,
        );
    }

    #[test]
    fn a_party_that_threatens_keeps_its_threat() {
        assert_threats(
            &[
                "وهدد الرئيس الأمريكي دونالد ترامب بفرض رسوم جديدة على الصين.",
                "وانتقد الاتحاد الأوروبي ترامب الذي هدد بفرض رسوم على السيارات الأوروبية.",
                "وقالت إيران، التي هددت بإغلاق مضيق هرمز، إنها لن تتراجع.",
                "هددت كوريا الشمالية بضرب القواعد الأمريكية.",
                // A verb after و or a comma has its subject dropped: the noun before it
                // ends the clause before; a name in ب after the verb is its subject.
                "وانتقدت الصين الرسوم الجمركية، وهددت بالرد على واشنطن.",
                "ومنذ تولي ترامب الحكم، هدد بتفكيك اتفاقيات التجارة.",
                "ومن الإجراءات التي هدد بولتون بتطبيقها منع دخول القضاة.",
            ],
            1,
        );
    }
}
