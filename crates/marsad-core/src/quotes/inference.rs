//! The writer's inference: "which shows that", not a quotation.
//!
//! A verb of showing in the imperfect whose subject is a relative or demonstrative standing
//! for what was just told (…، مما يشير إلى أن …، وهو ما يؤكد أن …، الأمر الذي يكشف أن …،
//! ولم يكن هناك ما يشير إلى أنه …) draws the writer's conclusion from a fact: nobody is
//! quoted. With a subject of its own between it and إن/أن (بحسب ما يؤكد الخبراء أن …) it
//! reports as any cue does. So is بما يشير إلى أن …, and زاد after ما (وما زاد الطين بلة أن …،
//! مما زاد التوقعات بأن …، ما زاد الصورة إثارة هو أن …): "what made it worse", not "he
//! added" — the continuation cue زاد reports nothing there.

use super::{is_complementizer, Input};

/// Lemmas of verbs that say what something shows (يشير، يؤكد، يوضح، يكشف، يبين، يفيد، يرجح).
const SHOWING: &[&str] = &["أشار", "أكد", "أوضح", "كشف", "بين", "أفاد", "رجح"];

/// Is the cue at `cue` the writer's inference: an imperfect verb of showing right after ما
/// / مما / بما / الأمر الذي / هذا / ذلك, followed by its complementizer (with only إلى or على
/// between), or زاد right after ما / مما? Such a verb also opens a clause of its own: it ends another cue's search.
pub(super) fn writers(input: &Input, cue: usize) -> bool {
    let keys = input.keys;
    if cue == 0 || cue + 1 >= keys.len() {
        return false;
    }
    let imperfect = keys[cue].starts_with(['ي', 'ت']);
    let before = keys[cue - 1].strip_prefix('و').unwrap_or(&keys[cue - 1]);
    if matches!(before, "ما" | "مما") && matches!(keys[cue].as_str(), "زاد" | "زادت") {
        return true;
    }
    let stands_for_a_fact = match before {
        "ما" | "مما" | "بما" | "هذا" | "ذلك" => true,
        // (Not الوزير الذي يؤكد أن …: a person's relative clause reports him.)
        "الذي" => cue >= 2 && keys[cue - 2] == "الامر",
        _ => false,
    };
    if !imperfect || !stands_for_a_fact || !input.lexicon.cue(&keys[cue]).is_some_and(|c| SHOWING.contains(&c.lemma.as_str())) {
        return false;
    }
    let next = if matches!(keys[cue + 1].as_str(), "الي" | "علي") { cue + 2 } else { cue + 1 };
    keys.get(next).is_some_and(|k| is_complementizer(k))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn what_shows_that_is_no_quotation() {
        let q = quotes("وقالت الجمعية إن الجثة كانت تحمل آثار سبع رصاصات. وتوقفت المحادثات مع الولايات المتحدة، مما يشير إلى أن الإدارة الأميركية ربما تنسحب من المجلس.");
        assert!(q.iter().all(|q| !q.text.contains("الإدارة الأميركية")), "{q:?}");
        let q = quotes("وحضر وزير الخارجية الاجتماع، الأمر الذي يؤكد أن الحكومة حرصت على التأثير في القرار.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("ولم يكن هناك ما يشير إلى أنه تم التخطيط للقيام بمثل هذه الرحلة.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("وتراجعت مبيعات المصانع في مارس بما يشير إلى أن الطلب ظل ضعيفا في بداية العام.");
        assert!(q.is_empty(), "{q:?}");
        // Nor does it give a verb with no clause of its own (أكدت عزمها) one.
        let q = quotes("فالحكومة النمساوية أكدت عزمها اتخاذ إجراءات ضد أكبر مساجد البلاد، ما يشير إلى أن فيينا لم تقتنع بهذه المزاعم.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn what_made_it_worse_is_no_continuation() {
        let q = quotes("وقال المدرب إن الفريق لعب جيدا. وما زاد الطين بلة أن الحكم ألغى هدفا صحيحا في الدقائق الأخيرة.");
        assert!(q.iter().all(|q| !q.text.contains("الحكم ألغى")), "{q:?}");
        let q = quotes("وتراجعت العملة إلى مستوى قياسي، مما زاد التوقعات بأن البنك المركزي سيرفع الفائدة.");
        assert!(q.is_empty(), "{q:?}");
        // زاد with its own subject after a speaker says "he added".
        let q = quotes("وقال المدرب إن الفريق لعب جيدا. وزاد أن الحكم ألغى هدفا صحيحا في الدقائق الأخيرة.");
        assert!(q.iter().any(|q| q.text.starts_with("الحكم ألغى")), "{q:?}");
    }

    #[test]
    fn a_showing_verb_with_a_speaker_still_reports() {
        // A person's relative clause reports him.
        let q = quotes("وخرج الوزير الذي يؤكد أن الحكومة لن تتراجع عن قرارها.");
        assert!(q.iter().any(|q| q.text.starts_with("الحكومة لن تتراجع")), "{q:?}");
        // The verb with its own subject.
        let q = quotes("ويشير التقرير إلى أن الإدارة الأميركية ربما تنسحب من المجلس.");
        assert!(q.iter().any(|q| q.text.starts_with("الإدارة الأميركية")), "{q:?}");
    }
}
