//! A reporting verb inside a direct quotation, with a subject of its own (وقال: "يقول الرئيس
//! عباس إنه ملتزم بالسلام"، "فإن الرئيس قال إنه سينسحب"), reports a clause nested in the
//! quotation (rule `nested-in-direct`), as one inside a reported clause does (`nested-indirect`);
//! its speaker is carried to no continuation or participle after the marks; its clause ends with
//! the marks, the first comma or full stop, or a clause of the quoted speaker's own joined by و (… إنه ملتزم
//! بالسلام وليس لدي أي سبب …، وأعتقد …) at the latest, where the speaker takes the word back.
//! Not a negated, questioned or supposed verb (ما من أحد يقول لي إن …، لم يقل أحد إن …، هل
//! قال …، ولو كانت بريطانيا ترى بأن …): that reports nothing; nor one whose complementizer
//! comes more than `REACH` tokens after it, after punctuation, or is فإن. Its subject is a
//! mention right after it, or right before it when no و/ف joins it to what precedes (…
//! ناصر بوريطة وأكدت له بأن …: the quoted speaker's own "I stressed").

/// Words before the verb that deny or question its report (keys, و/ف seen through).
const DENIAL: &[&str] = &["لا", "لم", "لن", "ما", "هل", "ليس", "لست", "لسنا", "لماذا", "كيف", "لو", "لولا", "اذا", "كم"];

/// How far after the verb its complementizer may come (the verb, a subject of up to three
/// words, إن).
pub(super) const REACH: usize = 5;

/// Cue lemmas that report no one's words inside a quotation: وصف there is as often the
/// noun (وصف متظاهرين بأنهم …), توقع an expectation, and أخبر/أبلغ name the one told right
/// after them (أخبرت الرئيس ترامب أن …: the quoted speaker told him).
/// نقل there is the noun "moving" (نقل السفارة هو اعتراف بأن …), and يهدد what an act
/// threatens (أي عمل يهدد أمن إسرائيل على أنه …).
const NOT_INSIDE: &[&str] = &["وصف", "توقع", "أخبر", "أبلغ", "نقل", "هدد"];

/// Does the cue at `at` (of lemma `lemma`) inside a direct quotation report (none of the
/// three words before it denying, questioning or supposing it)?
pub(super) fn reports(keys: &[String], at: usize, lemma: &str) -> bool {
    let before = |k: usize| keys[k].strip_prefix(['و', 'ف']).filter(|b| !b.is_empty()).unwrap_or(&keys[k]);
    // (Nor a verb in the subjunctive, يجب أن تقول بريطانيا إن …: what should be said.)
    let subjunctive = at > 0 && keys[at - 1] == "ان";
    !NOT_INSIDE.contains(&lemma) && !subjunctive && !(at.saturating_sub(3)..at).any(|k| DENIAL.contains(&before(k)))
}

/// Does the reported clause starting at `at` open with a condition (إنه إذا استهدف …، فإن
/// …)? Then its first comma ends the condition, not the clause.
pub(super) fn conditional(keys: &[String], at: usize) -> bool {
    keys.get(at).is_some_and(|k| matches!(k.as_str(), "اذا" | "لو" | "ان" | "حال" | "في"))
        && (keys[at] != "في" || keys.get(at + 1).is_some_and(|k| k == "حال"))
}

/// First-person words that open the quoted speaker's own clause after و (keys without و).
const FIRST_PERSON: &[&str] = &["انا", "نحن", "لدي", "لدينا", "اعتقد", "نعتقد", "اظن", "نظن", "اري", "نري", "انني", "اننا", "لكنني", "لكننا"];

/// Does the token at `at` open a clause of the quoting speaker's own (ونحن، وأعتقد، وليس لدي)?
pub(super) fn speaker_back(keys: &[String], at: usize) -> bool {
    let Some(rest) = keys[at].strip_prefix('و') else { return false };
    FIRST_PERSON.contains(&rest) || rest == "ليس" && keys.get(at + 1).is_some_and(|k| matches!(k.as_str(), "لدي" | "لدينا"))
}

/// Is the cue `key` a plural (قالوا، يقولون)? A quoted speaker speaks of himself in the
/// singular, so it reports others even with no subject named ("قالوا إن …"). (Singular
/// forms were tried: أعلن is also "I announce", and يؤكد as often an inference, اختياره
/// التوقيت يؤكد أننا …: 16 of 25 right.)
pub(super) fn plural(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).filter(|b| !b.is_empty()).unwrap_or(key);
    bare.ends_with("وا") || bare.ends_with("ون")
}

/// Is the speaker phrase `start..end` only the pronoun of the one told (لي، لنا، له، لها، لهم)?
pub(super) fn told_pronoun(keys: &[String], start: usize, end: usize) -> bool {
    end == start + 1 && matches!(keys[start].as_str(), "لي" | "لنا" | "له" | "لها" | "لهم")
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn nested(text: &str) -> Vec<String> {
        quotes(text).into_iter().filter(|q| q.rule == "nested-in-direct").map(|q| q.text).collect()
    }

    #[test]
    fn a_report_inside_a_direct_quote_is_nested() {
        let q = nested("وقال المبعوث: \"يقول الرئيس الفلسطيني محمود عباس إنه يريد السلام، وأنا أصدقه\".");
        assert!(q.iter().any(|t| t.starts_with("ه يريد السلام") || t.starts_with("يريد السلام")), "{q:?}");
        // The nested clause ends inside the marks.
        assert!(q.iter().all(|t| !t.contains('"') && !t.contains("أصدقه")), "{q:?}");
    }

    #[test]
    fn a_condition_runs_past_its_comma() {
        let q = nested("وأضاف المصدر: \"قال الرئيس التركي أردوغان إنه إذا هاجم النظام المدينة، فإن الاتفاق سينهار\".");
        assert!(q.iter().any(|t| t.contains("سينهار")), "{q:?}");
    }

    #[test]
    fn a_full_stop_inside_the_marks_ends_the_nested_clause() {
        let q = nested("وقال المواطن: \"يقول الحاكم إن الجنود لم يعثروا عليهن بعد. لماذا كذبوا علينا\".");
        assert!(q.iter().any(|t| t.contains("بعد")) && q.iter().all(|t| !t.contains("كذبوا")), "{q:?}");
    }

    #[test]
    fn a_plural_reports_with_no_subject_named() {
        let q = nested("وقال اللاعب: \"قالوا إنني لن أنجح هنا، لكنني نجحت\".");
        assert!(q.iter().any(|t| t.contains("لن أنجح")) && q.iter().all(|t| !t.contains("نجحت")), "{q:?}");
        let told = quotes("وقالت الأم: \"قالوا لي إن ابني سيعود غدا\".");
        let told = told.iter().find(|q| q.rule == "nested-in-direct").expect("nested quote");
        assert!(told.speaker.is_none(), "{told:?}");
        let q = nested("وقال الرئيس: \"أعلن اليوم أن بلادنا ستنسحب من الاتفاق\".");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_denied_report_inside_a_direct_quote_is_none() {
        let q = nested("وقال المبعوث: \"لم يقل الرئيس الفلسطيني محمود عباس إنه يريد الحرب\".");
        assert!(q.is_empty(), "{q:?}");
        let q = nested("وقال الوزير: \"ولو كانت بريطانيا ترى بأن هؤلاء أبرياء لما حمتهم\".");
        assert!(q.is_empty(), "{q:?}");
        let q = nested("وقال النائب: \"يجب أن تقول الحكومة بوضوح إن الفساد مرفوض\".");
        assert!(q.is_empty(), "{q:?}");
    }
}
