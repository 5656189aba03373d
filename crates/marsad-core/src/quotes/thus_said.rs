//! "Thus said X" after marks: "…".. هكذا رأى الرئيس · "…"، هكذا قال المستشار · "…". هكذا وصفت …
//!
//! هكذا ("thus") right after a closing mark points back at the marked words, and a reporting
//! verb right after it attributes them to its subject, as a verb right after the marks does
//! ("…"، قال المتحدث). Arabic news often fronts a quotation as a sentence of its own and
//! names its speaker in the next one, so a full stop or an ellipsis may stand between the
//! marks and هكذا. The verb's object may follow its subject (هكذا وصفت الصحيفة المنتخب،
//! هكذا يرى الرئيس الوضع): the marks are still what was said. Only bare هكذا counts: وهكذا
//! opens the writer's conclusion (وهكذا تحدث الأمور, "and so things happen").

/// "Thus" (key), bare.
const THUS: &str = "هكذا";

/// At most this many punctuation tokens between the closing mark and هكذا (…".. / …"، / …").).
const MAX_PUNCT: usize = 3;

/// Is there a هكذا after the closing mark at `close`, with only punctuation that is no mark
/// between (`is_punct`, `is_mark`), and a reporting verb right after it (`verb_cue`)? Returns
/// the verb.
pub(super) fn verb_after_thus(
    keys: &[String],
    close: usize,
    end: usize,
    is_punct: impl Fn(usize) -> bool,
    is_mark: impl Fn(usize) -> bool,
    verb_cue: impl Fn(usize) -> bool,
) -> Option<usize> {
    let thus = (close + 1..end).find(|&j| !is_punct(j) || is_mark(j))?;
    if thus > close + 1 + MAX_PUNCT || is_mark(thus) || keys[thus] != THUS {
        return None;
    }
    let verb = thus + 1;
    (verb < end && verb_cue(verb)).then_some(verb)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn marks_before_thus_and_a_verb_are_its_subjects_words() {
        let q = quotes("وفي غضون ذلك، سحبت النمسا سفيرها.\n\"يجب ألا تحدث مثل هذه الأمور مع الدول الصديقة\"، هكذا قال المستشار النمساوي سيباستيان كورتس في مؤتمر صحفي.");
        let d = q.iter().find(|q| q.direct).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(d.text, "يجب ألا تحدث مثل هذه الأمور مع الدول الصديقة");
        assert_eq!((d.cue.text.as_str(), d.rule.as_str()), ("قال", "direct-cue-after"));
        assert!(d.speaker.as_ref().is_some_and(|s| s.text.contains("كورتس")), "{d:?}");
        // (An ellipsis or a full stop between: the quotation fronted as a sentence of its own.)
        let q = quotes("\"رمزية جميلة ودالة على وحدة هذا الشعب\".. هكذا رأى الرئيس عبدالفتاح السيسي، الثلاثاء، تزامن الاحتفال.");
        let d = q.iter().find(|q| q.direct).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(d.cue.text, "رأى");
        assert!(d.speaker.as_ref().is_some_and(|s| s.text.contains("السيسي")), "{d:?}");
        let q = quotes("\"لا يمكن اعتبار أن خطوة غير ودية كهذه ستمر دون رد\". هكذا قالت الخارجية الروسية يوم الاثنين.");
        assert!(q.iter().any(|q| q.direct && q.cue.text == "قالت" && q.text.starts_with("لا يمكن")), "{q:?}");
    }

    #[test]
    fn thus_with_its_conjunction_or_no_verb_attributes_nothing() {
        // (وهكذا: "and so", the writer's conclusion.)
        let q = quotes("وكتب المدرب \"الخسارة جزء من اللعبة\". وهكذا قال اللاعبون إنهم سيعودون.");
        assert!(q.iter().all(|q| q.rule != "direct-cue-after"), "{q:?}");
        // (A verb that reports nothing after هكذا.)
        let q = quotes("ورفع المتظاهرون لافتة كتب عليها \"لا للحرب في اليمن\"، هكذا انتهت المظاهرة أمام السفارة.");
        assert!(q.iter().all(|q| q.rule != "direct-cue-after"), "{q:?}");
    }
}
