//! A trial (`محاكمة`) is an event only as held, opened, resumed or decided, or with the
//! accused brought to it (`تجري محاكمة ستة متهمين`، `بدأ القضاء الإسباني محاكمة طبيب`،
//! `قررت المحكمة محاكمته`، `قدمت السلطات 43 شخصا إلى المحاكمة`). Most mentions of a trial
//! are the setting or the ground of another act, and under any other support verb it is
//! that too (`وجهت النيابة إلى المقدمين للمحاكمة اتهامات`، `لن تشارك بمعلومات للمحاكمة`،
//! `يستخدم لمحاكمة الفلسطينيين`، `ألغت الحكم وأمرت بإعادة المحاكمة`); with no support verb
//! (`خلال محاكمته`، `الشاهد في محاكمة مانافورت`) the row's `needs = light` drops it.

use super::Input;
use marsad_lexicon::events::Trigger;

/// Nouns of trying someone, as events.tsv writes them.
const TRIALS: &[&str] = &["محاكمة"];

/// Support verbs that hold, open, resume or decide a trial.
const HOLDING: &[&str] = &["أجرى", "بدأ", "استأنف", "واصل", "قرر"];

/// The verb that brings the accused to trial, with إلى or لـ before the noun (قدمت
/// السلطات 43 شخصا إلى المحاكمة، قدموا للمحاكمة); with none it offers or presents one
/// (سيقدم له محاكمة عادلة، قدم أدلة في محاكمة).
const BRINGING: &str = "قدم";

/// Is `noun` a trial? Between two parties (`إعادة المحاكمة بين آبل والشركة`، `تسببت المحاكمة في
/// خلاف بين أنقرة وواشنطن`) it is a lawsuit or a dispute's ground, so a trial needs its
/// support verb even there.
pub(super) fn is_trial(noun: &Trigger) -> bool {
    TRIALS.contains(&noun.lemma.as_str())
}

/// May the support verb `light` govern the event noun `noun` at token `at`, as far as
/// trials go?
pub(super) fn governs(input: &Input, light: &Trigger, noun: &Trigger, at: usize) -> bool {
    !is_trial(noun) || HOLDING.contains(&light.lemma.as_str()) || light.lemma == BRINGING && brought_to(input, at)
}

/// Is the trial at `at` the one brought to: إلى before it or لـ on it?
fn brought_to(input: &Input, at: usize) -> bool {
    let w = input.tokens[at].text(input.text);
    let lam = w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with('ل');
    lam || at > 0 && input.keys[at - 1] == "الي"
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn trials(text: &str) -> usize {
        events(text).iter().filter(|e| e.rule.contains("noun:محاكمة")).count()
    }

    #[test]
    fn raids_told_by_verb_or_noun() {
        assert!(events("ودهمت الشرطة الماليزية منزل رئيس الوزراء السابق.").iter().any(|e| e.kind == "COERCE" && e.rule.contains("verb:دهم")));
        assert!(events("ونفذت قوات الأمن البلجيكية سبع عمليات دهم في بروكسل.").iter().any(|e| e.kind == "COERCE" && e.rule.contains("noun:دهم")));
        // يدهم is "their hand" far more often than "he raids".
        assert!(events("وقال الوزير إن مصير المحتجزين في يدهم وحدهم.").iter().all(|e| !e.rule.contains("دهم")));
    }

    #[test]
    fn a_trial_held_or_opened_is_an_event() {
        assert_eq!(trials("وتجري في أنقرة محاكمة عشرين صحفيا بتهم تتعلق بالإرهاب."), 1);
        assert_eq!(trials("بدأ القضاء الفرنسي محاكمة ضابط سابق متهم بالتعذيب."), 1);
        assert_eq!(trials("وقدمت النيابة العامة ثلاثين ناشطا إلى المحاكمة."), 1);
        assert_eq!(trials("وقالت الشرطة إن الضباط الثلاثة قدموا للمحاكمة."), 1);
    }

    #[test]
    fn a_trial_as_setting_or_ground_is_none() {
        // No support verb: the setting of a statement.
        assert_eq!(trials("وقال المحامي خلال محاكمته إن موكله بريء."), 0);
        // Another support verb: the trial is what the charges are levelled for.
        assert_eq!(trials("ووجهت النيابة إلى المقدمين للمحاكمة اتهامات بالتجمهر."), 0);
        // Used for trials: a description, no trial held.
        assert_eq!(trials("وتستخدم المحاكم العسكرية لمحاكمة المدنيين في البلاد."), 0);
        // Offered or presented, not brought to.
        assert_eq!(trials("وقال المحامي إن القضاء سيقدم لموكله محاكمة عادلة."), 0);
        assert_eq!(trials("وقدم الخبير أدلة جديدة في محاكمة رجل الأعمال."), 0);
        // Between two parties: a lawsuit, not a trial held.
        assert_eq!(trials("وأدى الحكم إلى إعادة المحاكمة بين شركة آبل وشركة سامسونغ."), 0);
    }
}
