//! The place that describes an actor after its role noun (the guide's `السلطات في أنقرة`,
//! `تد ليو عن كاليفورنيا`): في or بـ and a known place, perhaps named by a noun of
//! subdivision (في ولاية كاليفورنيا، بمدينة إسطنبول), or such a noun in construct
//! (حاكم ولاية كاليفورنيا); عن for a lawmaker's constituency (النائب عن محافظة البصرة);
//! then the place's own nisba or state (في مدينة إسطنبول التركية، بإسطنبول في تركيا);
//! after a member of a body, a state or capital of the body's country (قيادي في حركة
//! حماس في غزة); after an embassy of بلاده, its place (`homeland`).
//! Not after a verb of meeting, moving or staying, whose place it is (اجتمع الوزير في
//! باريس): the guide keeps those labels split.

use super::extent::{set, KeySet};
use super::word_classes::{self, class};
use super::*;
use std::sync::OnceLock;

/// Nouns of a state's subdivisions written before a place's name.
pub(super) const DIVISIONS: &[&str] = &["مدينة", "ولاية", "محافظة", "إقليم", "مقاطعة", "بلدة", "قرية", "جزيرة"];

/// Verbs of meeting, moving and staying: a place after their subject is theirs.
pub(super) const PLACE_VERBS: &[&str] = &[
    "اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع", "التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "وصل", "وصلت", "وصلوا",
    "يصل", "تصل", "زار", "زارت", "زاروا", "يزور", "تزور", "عقد", "عقدت", "عقدوا", "يعقد", "تعقد", "توجه", "توجهت",
    "حل", "حلت", "اقام", "اقامت", "يقيم", "تقيم", "يقيمون", "مكث", "بقي", "عاد", "عادت", "يعود", "تعود", "سافر", "سافرت",
    "تجمع", "تجمعت", "تجمعوا", "احتشد", "احتشدت", "تظاهر", "تظاهرت", "تظاهروا", "انتشر", "انتشرت", "توغل", "توغلت",
    "استقبل", "استقبلت", "يستقبل", "تستقبل", "شارك", "شاركت",
];

/// Is `key` a noun of [`DIVISIONS`] as written (ولاية), or behind ب when `bi`?
fn division(key: &str, bi: bool) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    let nouns = set(&KEYS, DIVISIONS);
    nouns.contains(key) || bi && key.strip_prefix('ب').is_some_and(|rest| nouns.contains(rest))
}

/// Is the actor phrase starting at token `start` the subject or object of a verb of
/// [`PLACE_VERBS`] right before it?
pub(super) fn after_place_verb(cx: &Cx<'_, '_>, start: usize) -> bool {
    start.checked_sub(1).is_some_and(|b| word_classes::is_of(&cx.keys[b], class::PLACE_VERB))
}

/// Is the one-word role noun at token `t` an adjective of the noun before it (مؤتمر صحفي،
/// عرض عسكري): indefinite and shaped like a nisba, after an indefinite content word that
/// is no verb? A place after it is the noun's (مؤتمر صحفي بالقاهرة).
pub(super) fn adjective_of_noun_before(cx: &Cx<'_, '_>, m: &Match<'_>) -> bool {
    let (t, keys) = (m.start, cx.keys);
    let nisba_shaped = |k: &str| k.ends_with('ي') && !k.starts_with("ال");
    let noun_before = |k: &str| !k.starts_with("ال") && content_word(cx, k);
    m.end == t + 1 && !m.prep && !m.conj && nisba_shaped(&keys[t]) && t > 0 && cx.punct(t - 1).is_none() && noun_before(&keys[t - 1])
}

/// Is `key` a word an adjective could describe: not empty, a hashtag, a stop word, a
/// number or a verb of the dictionaries?
pub(super) fn content_word(cx: &Cx<'_, '_>, key: &str) -> bool {
    !key.is_empty() && !key.starts_with('#') && !is_stop(key) && !key.chars().all(|c| c.is_ascii_digit()) && !is_verb_word(cx, key)
}

/// A place complement read after an actor phrase.
pub(super) struct PlaceTail<'a> {
    /// The place's entry (its state places the actor).
    pub entry: &'a Entry,
    /// The index of the first match after the complement.
    pub next: usize,
    /// The token after the complement.
    pub end: usize,
}

/// Does match `j` name a place (a state, a capital or city, a metonym with a place)?
fn place_at<'a>(cx: &Cx<'a, '_>, j: usize) -> Option<&'a Entry> {
    cx.entry(j).filter(|e| matches!(e.kind, Kind::State | Kind::Capital | Kind::Place) || e.place.is_some())
}

/// The index of the match starting at token `t`, if any (matches are sorted by start).
fn match_at(ms: &[Match<'_>], t: usize) -> Option<usize> {
    let j = ms.partition_point(|m| m.start < t);
    ms.get(j).is_some_and(|m| m.start == t).then_some(j)
}

/// The complement after the phrase ending at token `end` (its next match `k`) when it
/// names a state or capital of `country`: a state body's own place (الحرس الثوري في
/// إيران).
pub(super) fn own_state_after<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], k: usize, end: usize, country: &str) -> Option<PlaceTail<'a>> {
    let own = |e: &Entry| matches!(e.kind, Kind::State | Kind::Capital) && cx.lex.state_of(e).and_then(|s| cx.lex.split_code_ref(s).0) == Some(country);
    after(cx, ms, k, end, false, false).filter(|t| own(t.entry))
}

/// The place complement at token `end` after an actor phrase whose next match is `k`:
/// `في` (or `عن` when `lawmaker`) and a place, perhaps after a noun of subdivision;
/// `بـ` and a noun of subdivision then the place; a place written with `بـ`; or a noun of
/// subdivision in construct and its place (a state with `بـ` only when `placed`: a nisba
/// placed the phrase). The place's own nisba and `في` + its state may follow. `None` when
/// no known place follows.
pub(super) fn after<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], k: usize, end: usize, lawmaker: bool, placed: bool) -> Option<PlaceTail<'a>> {
    let keys = cx.keys;
    let key = keys.get(end)?;
    // The token where the place's name begins, unprefixed, or the ب-prefixed match at `end`.
    let bare = |t: usize| match_at(ms, t).filter(|&j| ms[j].stripped == 0);
    // A state written with بـ is as often the verb's (يتقاسمون السلطة بالعراق، علاقات
    // بمقاتلين بسوريا): only a city or region is read so, or any place after a phrase a
    // nisba already placed (السفارة القطرية بالكويت، الجالية المصرية بغزة).
    let mut state_ok = placed;
    let j = if key == "في" || lawmaker && key == "عن" {
        state_ok = true;
        // (A name that begins with the noun is one match: إقليم كردستان، محافظة عمران.)
        // A place written as a hashtag is read as its name (وزارة الخارجية في #سنغافورة),
        // but not after crowds and unnamed people (`alone = local`), who are as often only
        // there (عددا كبيرا من المتعاقدين في #سوريا).
        let local = |j: usize| cx.entry(j).is_some_and(|e| e.alone == Alone::Local);
        let end = if cx.hash_sign_at(end + 1) && !k.checked_sub(1).is_some_and(local) { end + 1 } else { end };
        bare(end + 1).or_else(|| keys.get(end + 1).is_some_and(|w| division(w, false)).then(|| bare(end + 2)).flatten())?
    } else if division(key, true) {
        state_ok = true;
        // (بولاية كاليفورنيا، ولاية كاليفورنيا in construct.)
        bare(end + 1)?
    } else {
        let j = (k < ms.len() && ms[k].start == end).then_some(k)?;
        (!ms[j].conj && preposition(key, &ms[j]) == Some('ب')).then_some(j)?
    };
    let entry = place_at(cx, j).filter(|e| state_ok || e.kind != Kind::State)?;
    let state = cx.lex.state_of(entry);
    let (mut next, mut end) = (j + 1, ms[j].end);
    // Its own nisba: في مدينة إسطنبول التركية.
    let own_nisba = |n: usize| ms[n].start == end && !ms[n].conj && !ms[n].prep && cx.entry(n).is_some_and(|e| e.kind == Kind::Nisba && cx.lex.state_of(e) == state);
    if next < ms.len() && own_nisba(next) {
        next += 1;
        end = ms[next - 1].end;
    }
    // Its state after في: بإسطنبول في تركيا.
    if entry.kind != Kind::State && keys.get(end).is_some_and(|w| w == "في") {
        if let Some(n) = bare(end + 1).filter(|&n| n == next && cx.entry(n).is_some_and(|e| e.kind == Kind::State && cx.lex.state_of(e) == state)) {
            next = n + 1;
            end = ms[n].end;
        }
    }
    Some(PlaceTail { entry, next, end })
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_place_after_bi_or_a_noun_of_subdivision_places_the_body() {
        let ms = mentions("وقضت محكمة بكاليفورنيا بوقف تنفيذ القرار الرئاسي.");
        assert_eq!(code(&ms, "محكمة بكاليفورنيا"), Some("USAJUD"), "{ms:?}");
        let ms = mentions("وقالت الشرطة في مدينة البصرة إنها اعتقلت ثلاثة مشتبهين.");
        assert_eq!(code(&ms, "الشرطة في مدينة البصرة"), Some("IRQCOP"), "{ms:?}");
        let ms = mentions("وأعلن حاكم ولاية كاليفورنيا حالة الطوارئ.");
        assert_eq!(code(&ms, "حاكم ولاية كاليفورنيا"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn a_place_written_as_a_hashtag_places_the_body() {
        let ms = mentions("وأعلنت وزارة الخارجية في #سنغافورة أن الزعيم الكوري الشمالي وصل إلى المطار.");
        assert_eq!(code(&ms, "وزارة الخارجية في #سنغافورة"), Some("SGPGOV"), "{ms:?}");
        // A hashtag after another word is no place complement.
        let ms = mentions("وأعلنت وزارة الخارجية في بيان على #تويتر أن الزعيم الكوري الشمالي وصل.");
        assert!(!ms.iter().any(|m| m.text.contains("#تويتر") && m.text.contains("وزارة")), "{ms:?}");
    }

    #[test]
    fn the_nisba_and_state_of_the_place_belong_to_it() {
        let ms = mentions("وتوجه الصحفي إلى القنصلية السعودية في مدينة إسطنبول التركية صباح الثلاثاء.");
        assert_eq!(code(&ms, "القنصلية السعودية في مدينة إسطنبول التركية"), Some("SAUGOV"), "{ms:?}");
    }

    #[test]
    fn a_lawmaker_is_placed_by_his_constituency() {
        let ms = mentions("وقال النائب عن محافظة البصرة إن الحكومة تجاهلت مطالب المحتجين.");
        assert_eq!(code(&ms, "النائب عن محافظة البصرة"), Some("IRQLEG"), "{ms:?}");
    }

    #[test]
    fn a_member_of_a_body_takes_a_place_of_its_country() {
        let ms = mentions("وقال قيادي في حركة حماس في غزة إن الحركة ترفض الاتهامات.");
        assert!(ms.iter().any(|m| m.text == "قيادي في حركة حماس في غزة"), "{ms:?}");
    }

    #[test]
    fn a_state_body_takes_a_place_of_its_country_but_an_armed_group_or_hospital_does_not() {
        let ms = mentions("واتهمت واشنطن الحرس الثوري في إيران بتمويل الجماعات المسلحة في المنطقة.");
        assert_eq!(code(&ms, "الحرس الثوري في إيران"), Some("IRNMIL"), "{ms:?}");
        let ms = mentions("وتواصل السعودية حربها ضد الحوثيين في اليمن منذ ثلاث سنوات.");
        assert!(ms.iter().any(|m| m.text == "اليمن"), "{ms:?}");
        let ms = mentions("ونقل المصابون إلى مستشفى الشفاء في غزة لتلقي العلاج.");
        assert!(ms.iter().all(|m| !m.text.contains("الشفاء في")), "{ms:?}");
    }

    #[test]
    fn a_state_after_bi_only_after_a_nisba() {
        let ms = mentions("وأغلقت السفارة القطرية بالكويت أبوابها أمس.");
        assert_eq!(code(&ms, "السفارة القطرية بالكويت"), Some("QATGOV"), "{ms:?}");
        let ms = mentions("وقال مصدر في المخابرات الفلسطينية بالضفة إن التحقيق مستمر.");
        assert!(ms.iter().any(|m| m.text.ends_with("الفلسطينية بالضفة")), "{ms:?}");
        let ms = mentions("ويتقاسم الشيعة والسنة والأكراد السلطة بالعراق منذ سنوات.");
        assert!(!ms.iter().any(|m| m.text == "السلطة بالعراق"), "{ms:?}");
    }

    #[test]
    fn after_a_verb_of_meeting_the_place_is_the_verbs() {
        let ms = mentions("واجتمع الوزير في باريس مع نظيره الفرنسي.");
        assert!(!ms.iter().any(|m| m.text.contains("في باريس")), "{ms:?}");
    }
}
