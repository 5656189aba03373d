//! A verbal noun of taking a place (`تحرير`، `السيطرة`، `تطهير`: COERCE 192, mode `seize`) is an
//! event only when the taking is told as done and names what was taken: `أعلنت قوات
//! الشرعية تحرير المحافظة`، `تمكنت القوات من السيطرة على مطار عدن`، `بعد استعادة السيطرة
//! على الغوطة الشرقية`. Arabic news writes the same nouns far more often as an aim or a
//! prospect (`لتحرير مدينة الحديدة`، `على وشك تحرير`، `عملية استعادة السيطرة`، `لاستكمال
//! السيطرة`), as control held (`تحت سيطرة`، `الخاضعة لسيطرة`) or over a thing (`السيطرة على
//! البنك المركزي`، `سيطرة الرئيس على الاقتصاد التركي`), and `تحرير` is also editing (`رئيس
//! تحرير`). So the noun keeps its event only with a place seized (`events/seized_place.rs`)
//! or a party named after `على` that is no thing, with no purpose `ل` on it and no word of
//! aim or prospect right before it (a noun of regaining between is seen through: `عملية
//! استعادة السيطرة`), and only where the text tells it done: under a support verb (`تمكنت
//! القوات من السيطرة`), after `بعد، غداة، عقب، منذ، إعلان`, as the result reached of
//! `أسفر عن، أفضى إلى، نجح في`, or announced (a form of `أعلن` up to ten tokens before).
//! Told as a subject or a goal (`أن تحرير الحديدة سيخلق واقعا جديدا`، `من أبرز أهداف
//! القوات تحرير`) it is none. The verbs (`حرر`، `سيطر`) are not concerned.

use super::{EventSpan, Input};
use marsad_text::normalize::key;

/// The nouns this gate governs (their `events.tsv` lemmas).
const TAKING: &[&str] = &["تحرير", "سيطرة", "تطهير"];

/// Nouns that may stand between the gate word and the noun (`عملية استعادة السيطرة`).
const THROUGH: &[&str] = &["استعادة", "انتزاع", "بسط", "فرض", "استكمال", "إحكام"];

/// Words right before the noun that make it an aim, a prospect or control held.
const AIM_BEFORE: &[&str] = &[
    "عملية", "عمليات", "معركة", "معارك", "هدف", "أهداف", "الهادفة", "محاولة", "وشك", "الاقتراب", "نحو", "فور", "حال", "تحت", "خطة", "أجل", "طريق", "عزم", "عزمها",
    "عزمه", "استكمال", "المكلفة",
];

/// Words right before the noun that tell the taking as done (بعد السيطرة، إعلان تحرير).
const DONE_BEFORE: &[&str] = &["بعد", "غداة", "عقب", "إثر", "اثر", "بمجرد", "منذ", "إعلان"];

/// Verbs (their key's start) whose `عن`، `إلى` or `في` complement is a result reached:
/// `أسفرت عن تحرير`، `أفضت إلى السيطرة`، `نجحت في السيطرة`، `نجاحها في`.
const REACHED: &[&str] = &["اسفر", "افض", "نجح", "نجاح"];

/// Is the token at `k` a verb of a result reached with its preposition after it (أسفرت عن،
/// أفضت إلى، نجحت في)? What follows is an event of its own, not the content of the event
/// before the verb. (The preposition keeps out the words the prefixes also start: أفضل
/// اتفاق، القضاء بنجاح على.)
pub(super) fn is_result_verb(input: &Input, k: usize) -> bool {
    let reached = REACHED.iter().any(|r| bare(&input.keys[k]).starts_with(r));
    reached && input.keys.get(k + 1).is_some_and(|p| matches!(p.as_str(), "عن" | "الي" | "إلى" | "في"))
}

/// How many tokens back a form of أعلن may announce the taking (أعلنت قوات الشرعية،
/// مدعومة من التحالف، السيطرة على ميناء ميدي).
const ANNOUNCE_WINDOW: usize = 10;

/// The lemma of the noun reading in `rule` (`noun:سيطرة+…`، `تمكن+noun:سيطرة+…`).
fn noun_lemma(rule: &str) -> Option<&str> {
    let at = rule.find("noun:")?;
    rule[at + 5..].split('+').next()
}

/// The key `k` with a conjunction and a preposition written on it seen through (وبعد،
/// بعملية، لإعلان).
fn bare(k: &str) -> &str {
    let k = k.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(k);
    k.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() > 2).unwrap_or(k)
}

/// Is the key `k` one of `list`?
fn is_one_of(k: &str, list: &[&str]) -> bool {
    let b = bare(k);
    list.iter().any(|w| {
        let w = key(w);
        w == k || w == b || k.strip_prefix(['و', 'ف']).is_some_and(|r| r == w)
    })
}

/// Is the event a noun of taking a place that is not told as a place taken?
pub(super) fn is_untold(input: &Input, e: &EventSpan) -> bool {
    let Some(lemma) = noun_lemma(&e.rule) else {
        return false;
    };
    if !TAKING.contains(&lemma) {
        return false;
    }
    // Another event built on the noun (a reported accusation): the noun is no charge.
    if e.rule.split('+').next().is_some_and(|p| p.contains(':') && !p.starts_with("noun:")) {
        return true;
    }
    let named = e.rule.contains("+seized-place") || (e.rule.contains("+prep") && e.recipients.first().is_some_and(|r| !r.thing && r.country.is_some()));
    if !named {
        return true;
    }
    // The noun is the trigger's last token (after a support verb: تمكن … من السيطرة).
    let i = e.trigger.1 - 1;
    let k = input.keys[i].as_str();
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    // لتحرير، للسيطرة، لسيطرة: a purpose, or control held (الخاضعة لسيطرة).
    if k.starts_with('ل') && !k.starts_with("ال") || k.starts_with("لل") {
        return true;
    }
    let in_sentence = |j: usize| input.tokens[j].start >= e.sentence.0;
    // The word before, a noun of regaining or completing seen through.
    let mut j = i;
    if j > 0 && in_sentence(j - 1) && is_one_of(&input.keys[j - 1], THROUGH) && !is_one_of(&input.keys[j - 1], AIM_BEFORE) {
        j -= 1;
    }
    let prev = (j > 0 && in_sentence(j - 1)).then(|| input.keys[j - 1].as_str());
    if prev.is_some_and(|p| is_one_of(p, AIM_BEFORE)) {
        return true;
    }
    // Under a support verb (تمكنت القوات من السيطرة) the taking is told as done.
    if !e.rule.starts_with("noun:") {
        return false;
    }
    if prev.is_some_and(|p| is_one_of(p, DONE_BEFORE)) {
        return false;
    }
    if prev.is_some_and(|p| matches!(p, "عن" | "الي" | "إلى" | "في")) && j > 1 && in_sentence(j - 2) {
        let pp = bare(&input.keys[j - 2]);
        if REACHED.iter().any(|r| pp.starts_with(r)) {
            return false;
        }
    }
    // Managed (تمكنت القوات من استعادة السيطرة، تمكنوا خلاله من تحرير): the support verb
    // reaches no noun past a noun of regaining or its time word, but the taking is done.
    if prev == Some("من") && j > 1 && in_sentence(j - 2) {
        // Back over the subject's mention (تمكنت القوات العراقية من) or خلاله.
        let mut m = j - 2;
        let k = input.mentions.partition_point(|a| a.tok_start <= m);
        if let Some(a) = k.checked_sub(1).map(|k| &input.mentions[k]).filter(|a| m < a.tok_end) {
            m = a.tok_start.saturating_sub(1);
        } else if bare(&input.keys[m]).starts_with("خلال") {
            m = m.saturating_sub(1);
        }
        if in_sentence(m) && bare(&input.keys[m]).starts_with("تمكن") {
            return false;
        }
    }
    // Announced, or completed (استكملت قوات الشرعية تحرير محافظة البيضاء: the perfect; the
    // verbal noun استكمال is an aim, not read here).
    let announced = (j.saturating_sub(ANNOUNCE_WINDOW)..j).any(|m| in_sentence(m) && {
        let b = bare(&input.keys[m]);
        b.starts_with("اعلن") || b.starts_with("أعلن") || b.starts_with("استكمل")
    });
    !announced
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The recipients' countries of the seizures (COERCE 192) of `t`.
    fn taken(t: &str) -> Vec<Option<String>> {
        let seized = events(t).into_iter().filter(|e| e.kind == "COERCE" && e.cameo.as_deref() == Some("192"));
        seized.map(|e| e.recipients.first().and_then(|p| p.country.clone())).collect()
    }

    #[test]
    fn a_place_taken_is_a_seizure() {
        for t in [
            "وفي الرابع من أغسطس، أعلنت قوات الشرعية تحرير مدينة الحديدة.",
            "وتمكنت قوات الشرعية بمساندة التحالف من السيطرة على مطار عدن.",
            "وفي العاشر من تموز/يوليو 2017 أعلنت القوات العراقية استعادة السيطرة على مدينة الموصل بعد تسعة أشهر من المعارك.",
            "وشهد العام ذاته عمليات عسكرية في الشمال أسفرت عن تحرير مدينة ميدي.",
            // An operation placed by a state's place: the taking it led to is no content
            // of the operation, whose place ends three words before it.
            "وشهد العام ذاته عمليات عسكرية في صعدة أسفرت عن تحرير مدينة ميدي.",
            "وقال أردوغان غداة سيطرة القوات التركية على بلدة جنديرس إن هدفه عفرين.",
            // Managed past a noun of regaining or a time word, and completed.
            "وتمكنت القوات العراقية من استعادة السيطرة على مدينة الموصل.",
            "وشن الجيش العراقي هجوما تمكن خلاله من تحرير مدينة الموصل.",
            "واستكملت القوات العراقية تحرير مدينة الموصل.",
            // A place cleared of the enemy, as one liberated.
            "وقالت المصادر إن وحدات الجيش تمكنت من تطهير مديرية حيس من المسلحين.",
            "وعادت الحياة إلى الأسواق عقب تطهير مديرية الدريهمي.",
        ] {
            assert_eq!(taken(t).len(), 1, "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn an_aim_or_control_held_is_none() {
        for t in [
            "وانطلقت فجر الأربعاء عملية عسكرية بإسناد من التحالف لتحرير مدينة الحديدة.",
            "وباتت قوات المقاومة على وشك تحرير مدينة الحديدة.",
            "ويأتي ذلك قبيل انطلاق عملية استعادة السيطرة على مدينة الحديدة.",
            "واستعادت القوات بلدتين في ما تبقى تحت سيطرة الفصائل المعارضة من الغوطة الشرقية.",
            "ويتزايد قلق المستثمرين من تنامي سيطرة الرئيس التركي على الاقتصاد التركي.",
            "وقال إن رئيس تحرير الصحيفة استقال من منصبه.",
            "وأضاف قرقاش أن تحرير الحديدة ومينائها سيخلق واقعا جديدا.",
            "وعلق على مشاركة آلاف المقاتلين بعملية تحرير الموصل.",
            "وقالت إن مقاتلي التنظيم يحاولون السيطرة على منطقة حوض اليرموك في محافظة درعا.",
            // Clearing as an aim, a purge or ethnic cleansing names no place taken.
            "وتستعد القوات لتطهير مدينة الحديدة من المسلحين.",
            "ووصفت المنظمة ما يجري بأنه تطهير عرقي للأقلية.",
        ] {
            assert!(taken(t).is_empty(), "{t}: {:?}", events(t));
        }
    }
}
