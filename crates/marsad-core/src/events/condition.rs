//! Is an act the condition of a conditional clause (إذا، لو، في حال), so none told?

use super::Input;
use marsad_text::token::TokenKind;

/// Keys of the conditional particles إذا and لو (with و or ف); إلا إذا, حتى لو and ما إذا
/// end in them.
const PARTICLE: &[&str] = &["اذا", "واذا", "فاذا", "لو", "ولو"];
/// في before حال or حالة (with و or ف).
const IN: &[&str] = &["في", "وفي", "ففي"];
/// What may stand between في حالة and its verb (في حالة ما وافقت، في حالة لم تنسحب).
const CASE_FILLER: &[&str] = &["ما", "لم", "تم", "لو", "اذا"];
/// How far back an opener may be from the verb of its clause (إذا ما كانت واشنطن طالبت).
const CONDITION_WINDOW: usize = 4;
/// How far back an opener may be from a و-joined verb of its condition (إذا قرر ترامب
/// الانسحاب من الاتفاق وأعاد فرض العقوبات).
const JOINED_WINDOW: usize = 16;
/// Words that open the answer of a condition (…، فإن طهران سترد؛ … فسوف ترد).
const ANSWER: &[&str] = &["فان", "فانه", "فانها", "فانهم", "فاننا", "فسوف", "سوف", "فلن", "فقد"];

/// Is the verb at `pred` the condition of a conditional clause: an opener (إذا، لو، في
/// حال) right before it, or before its subject, ما or كان; or further back in its clause
/// when the verb is joined by و (إذا قرر ترامب الانسحاب من الاتفاق وأعاد فرض العقوبات)?
/// Not past a comma (…، وطالبوا الحكومة goes on with the main clause as often) nor past
/// the answer (فإن، فسوف، …، سـ).
pub fn is_condition(input: &Input, pred: usize, s0: usize) -> bool {
    let lo = pred.saturating_sub(JOINED_WINDOW).max(s0);
    let joined = joined_verb(input, pred);
    // (إذا هاجمت إسرائيل فستهاجم إيران: the verb with فسـ is the answer.)
    let mut answered = input.keys[pred].starts_with("فس");
    for k in (lo..pred).rev().take_while(|&k| input.tokens[k].kind != TokenKind::Punct) {
        answered |= opens_answer(input, k);
        if answered || !opens(input, k, pred) {
            continue;
        }
        return pred - k <= CONDITION_WINDOW || joined.is_some_and(|j| j > k + 1);
    }
    false
}

/// Does the token at `k` open a condition whose verb may be at `pred`? في حالة only with
/// its verb right after it (في حالة وافقت، not في حالة حرب or وفي حالة الصين طالب).
fn opens(input: &Input, k: usize, pred: usize) -> bool {
    let key = input.keys[k].as_str();
    if PARTICLE.contains(&key) {
        return true;
    }
    let after_in = k > 0 && IN.contains(&input.keys[k - 1].as_str());
    match key {
        "حال" => after_in,
        "حاله" => after_in && (k + 1..pred).all(|j| CASE_FILLER.contains(&input.keys[j].as_str())),
        _ => false,
    }
}

/// The token of the verb at `pred` that carries و, itself or the support verb right
/// before it (وأعاد فرض).
fn joined_verb(input: &Input, pred: usize) -> Option<usize> {
    (pred.saturating_sub(1)..=pred).rev().find(|&j| input.keys[j].starts_with('و'))
}

/// Does the token at `k` open a condition's answer: a listed word, or, after a comma, a
/// word with ف or the future سـ (، فستفرض، سترد)?
fn opens_answer(input: &Input, k: usize) -> bool {
    let key = input.keys[k].as_str();
    if ANSWER.contains(&key) {
        return true;
    }
    let after_comma = k > 0 && input.tokens[k - 1].kind == TokenKind::Punct && matches!(input.tokens[k - 1].text(input.text), "،" | ",");
    let future = ["سي", "ست", "سن"].iter().any(|p| key.starts_with(p));
    after_comma && (key.starts_with("فس") || key.starts_with("فل") || key.starts_with("فان") || future)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn has(t: &str, kind: &str) -> bool {
        events(t).iter().any(|e| e.kind == kind)
    }

    #[test]
    fn a_request_as_a_condition_is_none() {
        assert!(!has("وقال الرئيس إنه سيترك منصبه إذا طلب الشعب المصري ذلك.", "REQUEST"));
        assert!(!has("وقالت الوزارة إنها ستتعاون إذا ما طلبت الحكومة البريطانية ذلك رسميا.", "REQUEST"));
        // (A request told, then a condition after it, stays.)
        assert!(has("وطلبت الحكومة البريطانية من روسيا تفسيرا إذا أرادت تجنب العقوبات.", "REQUEST"));
    }

    #[test]
    fn an_act_of_any_kind_as_a_condition_is_none() {
        for (t, kind) in [
            ("وحذر الوزير من أن بلاده سترد بقوة إذا هاجمت القوات التركية مدينة منبج.", "ASSAULT"),
            ("وقال المسؤول إن العقوبات سترفع إذا انسحبت القوات الإيرانية من سوريا.", "RETREAT"),
            ("وقال الرئيس إن المساعدات ستصل إذا وافق المتمردون على الهدنة.", "AGREE"),
            ("وقال المتحدث إن موسكو سترد إذا شنت الولايات المتحدة هجوما على دمشق.", "ASSAULT"),
            ("ولم يذكر البيان ما إذا كان الوزيران قد التقيا في العاصمة الأردنية.", "CONSULT"),
            ("وقال الوزير إن الهجوم لن يتوقف إلا إذا انسحب المسلحون من المدينة.", "RETREAT"),
            ("وأكد المسؤول أن بلاده ستبقى في الاتفاق حتى لو فرضت واشنطن عقوبات على طهران.", "COERCE"),
        ] {
            assert!(!has(t, kind), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn in_case_opens_a_condition() {
        assert!(!has("وقال الوزير إن بلاده سترد في حال فرضت الولايات المتحدة عقوبات على تركيا.", "COERCE"));
        assert!(!has("وفي حالة هاجمت القوات السورية مدينة إدلب ستتدخل أنقرة.", "ASSAULT"));
        // (في حالة before a noun is a state: في حالة الصين طالب ترامب … is told.)
        assert!(has("وفي حالة الصين طالب الرئيس الأمريكي بكين بخفض الرسوم.", "REQUEST"));
    }

    #[test]
    fn a_joined_verb_of_the_condition_is_none() {
        let t = "وقال الوزير إنه إذا قرر ترامب الانسحاب من الاتفاق وأعاد فرض العقوبات على إيران فإن طهران سترد.";
        assert!(!has(t, "COERCE"), "{:?}", events(t));
        let t = "وإذا انسحبت الولايات المتحدة من الاتفاق وفرضت عقوبات على إيران، فستخسر أوروبا كثيرا.";
        assert!(!has(t, "COERCE"), "{:?}", events(t));
        // (A whether too: ما إذا كانت الحكومة ستنسحب من الاتفاق وتعيد فرض العقوبات.)
        let t = "ولم يتضح ما إذا كانت الحكومة الأمريكية ستنسحب من الاتفاق وتعيد فرض العقوبات على إيران.";
        assert!(!has(t, "COERCE"), "{:?}", events(t));
    }

    #[test]
    fn a_joined_verb_after_the_answer_or_a_comma_stays() {
        // (The answer's verb, and a main clause going on after a comma, are told.)
        let t = "وإذا انسحبت واشنطن من الاتفاق فسوف تغادر الشركات الأوروبية إيران وفرضت الولايات المتحدة عقوبات على إيران.";
        assert!(has(t, "COERCE"), "{:?}", events(t));
        let t = "وهدد الرئيس بالرد إذا تعرضت بلاده لأي اعتداء، وفرضت الحكومة عقوبات على إيران.";
        assert!(has(t, "COERCE"), "{:?}", events(t));
    }

    #[test]
    fn an_act_told_before_a_condition_stays() {
        assert!(has("وهاجمت القوات التركية مدينة منبج إذا صحت الأنباء المحلية.", "ASSAULT"));
        assert!(has("وشنت الولايات المتحدة هجوما على دمشق، وقالت موسكو إنها سترد.", "ASSAULT"));
    }
}
