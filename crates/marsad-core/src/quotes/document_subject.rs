//! An indefinite document right before a reporting verb is that verb's subject: وسط
//! تقارير تفيد بأن …، تلقت الشرطة معلومات تفيد بأن …، استند إلى دراسة تقول إن …، بعد
//! تسريبات تحدثت عن أن …، وسط تقديرات غير رسمية تشير إلى أن …. The verb after an indefinite noun describes it (an adjectival clause), so the reports
//! speak — not the recipient named before them (الشرطة), the object of an earlier verb or
//! a speaker carried from before. The verb agrees with the document: تقارير، رسالة take
//! تفيد، تقول; تقرير، بيان take يفيد، يقول (تغريدة يقول فيها: the writer of the tweet speaks).
//! A document that is the object of a verb of publishing (نشرت الصحيفة تقريرا يؤكد أن …،
//! وكتب السفير تغريدة تقول …، تداول ناشطون أنباء تؤكد …) speaks for its publisher, whom
//! the other rules find, and so does one its holder has or speaks in (زعمت الوزارة أن لديها
//! معلومات تفيد …، وقال في بيان يقول …). The reports are not carried on to the next
//! pronoun verb (وقالت إنها …): that goes on with the person before.

use super::{in_mention_at, is_complementizer, is_sentence_end, unresolved_speaker, Input, Speaker};
use marsad_text::token::TokenKind;

/// Indefinite documents and sources that agree with a feminine verb (تقارير تفيد، رسالة تقول).
const FEMININE: &[&str] = &[
    "تقارير", "رساله", "رسائل", "تغريده", "تغريدات", "دراسه", "دراسات", "معلومات", "تقديرات", "بيانات", "وثيقه", "وثائق",
    "احصاءات", "احصائيات", "ارقام", "انباء", "مصادر", "شهادات", "تسريبات",
];
/// Indefinite documents and sources that agree with a masculine verb (تقرير يفيد، بيانا يقول).
const MASCULINE: &[&str] = &["تقرير", "تقريرا", "بيان", "بيانا", "منشور", "منشورا", "مقال", "مقالا", "مصدر", "استطلاع", "استطلاعا"];

/// Verbs whose object is a document they produce (نشر، أصدر، بث، كتب …), in the forms
/// news writes them, without و/ف.
const PUBLISHING: &[&str] = &[
    "نشر", "نشرت", "نشروا", "ينشر", "تنشر", "اصدر", "اصدرت", "اصدروا", "يصدر", "تصدر", "بث", "بثت", "يبث", "تبث", "كتب",
    "كتبت", "كتبوا", "يكتب", "تكتب", "اعد", "اعدت", "اعدوا", "قدم", "قدمت", "يقدم", "تقدم", "ارسل", "ارسلت", "يرسل",
    "ترسل", "وجه", "وجهت", "وزع", "وزعت", "ترك", "تركت", "تاركا", "تاركه", "يحضر", "تحضر", "يحضرون", "يعدون", "ابرز",
    "ابرزت", "اظهر", "اظهرت", "يظهر", "تظهر", "عرض", "عرضت", "يعرض", "تعرض", "غرد", "غردت", "وضع", "وضعت", "تلا", "تلت",
    "نقل", "نقلت", "ينقل", "تنقل", "تداول", "تداولت", "يتداول", "تتداول", "تناقل", "تناقلت", "تتناقل",
];
/// Words before a document that make it its holder's or the vehicle of someone's words
/// (لديها معلومات، في بيان، عبر رسالة).
const OWNED_OR_USED: &[&str] = &["لديه", "لديها", "لديهم", "لدينا", "عنده", "عندها", "عندهم", "في", "عبر", "ضمن"];
/// Nouns whose genitive the document is (مسودة بيان، مشروع قرار، نص رسالة).
const CONSTRUCT_HEADS: &[&str] = &["مسوده", "مشروع", "نسخه", "نص"];
/// How far back a verb of publishing may stand from its document.
const PUBLISHING_WINDOW: usize = 14;

/// The speaker of the imperfect cue at `cue` when an indefinite document (with one
/// indefinite adjective at most: تقارير إعلامية تفيد) stands right before it, agreeing with
/// it, and no verb of publishing governs the document.
/// A perfect verb (تحدثت، أشار) agrees by its ending: تسريبات تحدثت عن أن …، بيان أشار
/// إلى أن …; a plural one (قالوا) by no document.
pub(super) fn document(input: &Input, cue: usize) -> Option<Speaker> {
    let Input { tokens, keys, .. } = *input;
    let verb = keys[cue].as_str();
    let feminine = if super::imperfect(input.lexicon, verb) {
        match verb.chars().next()? {
            'ت' => true,
            'ي' => false,
            _ => return None,
        }
    } else if verb.ends_with("وا") {
        return None;
    } else {
        verb.ends_with('ت')
    };
    let (s0, _) = input.sentence_tokens(cue);
    let nouns = if feminine { FEMININE } else { MASCULINE };
    let noun_at = |j: usize| j >= s0 && tokens[j].kind == TokenKind::Arabic && nouns.contains(&keys[j].as_str());
    let noun = if cue >= 1 && noun_at(cue - 1) {
        cue - 1
    } else if cue >= 2 && noun_at(cue - 2) && indefinite_adjective(&keys[cue - 1], feminine) {
        cue - 2
    } else if cue >= 3 && noun_at(cue - 3) && keys[cue - 2] == "غير" && indefinite_adjective(&keys[cue - 1], feminine) {
        // (A negated adjective: تقديرات غير رسمية تشير إلى أن …)
        cue - 3
    } else {
        return None;
    };
    // (Not a document inside a name, وكالات أنباء أوروبية, or a draft's, بمسودة بيان يدعو;
    // nor one its holder owns or speaks in: لديها معلومات تفيد، قال في بيان يقول; nor one
    // the verb speaks in, رسالة تقول فيها: فيها is the document, the subject someone else.)
    // (With its و: وفي بيان قال الأسقف غوميز: "…")
    let before = if noun > s0 { keys[noun - 1].as_str() } else { "" };
    let before = before.strip_prefix('و').filter(|b| !b.is_empty()).unwrap_or(before);
    // (Nor one the verb points to, with a subject of its own after it: بحسب تقديرات أشارت
    // إليها قيادة الأركان.)
    let in_it = keys.get(cue + 1).is_some_and(|k| matches!(k.as_str(), "فيه" | "فيها" | "فيهم" | "فيهما" | "اليه" | "اليها" | "عنه" | "عنها" | "به" | "بها"))
        || super::mention_after(input.mentions, cue + 1, cue + 2, false).is_some();
    if in_mention_at(input.mentions, noun)
        || OWNED_OR_USED.contains(&before)
        || CONSTRUCT_HEADS.iter().any(|h| before.ends_with(h))
        || in_it
        || published(input, s0, noun)
    {
        return None;
    }
    Some(unresolved_speaker(input, noun, cue))
}

/// Did the document rule name `sp` as the speaker of the cue at `cue`? Such a speaker is
/// not carried on: a later وقال إنه goes on with the person before, not the reports.
pub(super) fn spoke(input: &Input, cue: usize, sp: &Speaker) -> bool {
    document(input, cue).is_some_and(|d| d.tok_start == sp.tok_start && d.tok_end == sp.tok_end)
}

/// Is `key` an indefinite adjective agreeing with the noun before it (إعلامية، جديدة; رسميا)?
fn indefinite_adjective(key: &str, feminine: bool) -> bool {
    if key.starts_with("ال") || key.starts_with('و') || key.chars().count() < 4 {
        return false;
    }
    if feminine {
        key.ends_with('ه')
    } else {
        key.ends_with('ي') || key.ends_with("يا")
    }
}

/// Does a verb of publishing before the document at `noun`, in its clause, govern it? The
/// search goes back over the publisher's name and commas (وكتب السفير، روبرت وود، تغريدة),
/// not past إن/أن: a document inside a reported clause is governed there or nowhere.
fn published(input: &Input, s0: usize, noun: usize) -> bool {
    let Input { tokens, keys, .. } = *input;
    for j in (s0.max(noun.saturating_sub(PUBLISHING_WINDOW))..noun).rev() {
        let k = keys[j].as_str();
        // (Commas and brackets set off the publisher's name: نشرت اللجنة الوطنية (شكلتها
        // السلطات)، تقريرا يؤكد.)
        if is_complementizer(k) || tokens[j].kind == TokenKind::Punct && is_clause_break(tokens[j].text(input.text)) {
            return false;
        }
        let bare = k.strip_prefix(['و', 'ف']).unwrap_or(k);
        if PUBLISHING.contains(&k) || PUBLISHING.contains(&bare) {
            return true;
        }
    }
    false
}

/// Punctuation that ends the clause a verb of publishing could govern from.
fn is_clause_break(t: &str) -> bool {
    is_sentence_end(t) || matches!(t, ":" | "؛" | ";")
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

    #[test]
    fn reports_received_speak_not_their_recipient() {
        let t = "وتلقت الشرطة الفرنسية معلومات تفيد بأن المشتبه به غادر البلاد قبل يومين.";
        assert_eq!(speaker_of(t, "المشتبه به").as_deref(), Some("معلومات"));
        let t = "وتقدمت القوات الحكومية في ريف درعا وسط تقارير إعلامية تفيد بأن الفصائل انسحبت من مواقعها.";
        assert_eq!(speaker_of(t, "الفصائل").as_deref(), Some("تقارير إعلامية"));
    }

    #[test]
    fn a_perfect_verb_or_a_negated_adjective_still_agrees() {
        let t = "وأكد الوزيران دعمهما لجهود المبعوث الأممي. يأتي ذلك بعد تسريبات تحدثت عن أن الميليشيات أبدت استعدادها لتسليم الميناء.";
        assert_eq!(speaker_of(t, "الميليشيات أبدت").as_deref(), Some("تسريبات"));
        let t = "وتزرع الميليشيات الألغام في المناطق المحررة، وسط تقديرات غير رسمية تشير إلى أن عددها يقارب مليون لغم.";
        assert_eq!(speaker_of(t, "عددها").as_deref(), Some("تقديرات غير رسمية"));
        // (A verb pointing to the document, with its own subject after it.)
        let t = "وبحسب تقديرات أشارت إليها قيادة الأركان الفرنسية فإن حوالى ألفي متطرف لا يزالون في المنطقة.";
        assert_ne!(speaker_of(t, "حوالى ألفي").as_deref(), Some("تقديرات"));
        // (A statement the speaker speaks in, with its و.)
        let t = "وعلقت جميع الإجراءات. وفي بيان قال الأسقف أندرو غوميز: \"الأخت خدمت الكنيسة بكل إخلاص لسنوات عدة\".";
        assert_ne!(speaker_of(t, "الأخت خدمت").as_deref(), Some("بيان"));
        // (A masculine perfect after a feminine document: the document is its object.)
        let t = "وعرض وزير الداخلية معلومات قال إنها تثبت تورط الجماعة في الهجوم.";
        assert_eq!(speaker_of(t, "تثبت").as_deref(), Some("وزير الداخلية"));
    }

    #[test]
    fn a_published_document_speaks_for_its_publisher() {
        let t = "ونشرت وكالة الأنباء الرسمية تقريرا يؤكد أن الحكومة ستخفض أسعار الوقود.";
        assert_eq!(speaker_of(t, "الحكومة").as_deref(), Some("وكالة الأنباء الرسمية"));
    }

    #[test]
    fn a_verb_of_another_gender_is_not_the_documents() {
        let t = "وكان الرئيس الأمريكي دونالد ترامب قد كتب في تغريدة يقول فيها إنه سيلتقي نظيره الروسي قريبا.";
        assert_ne!(speaker_of(t, "سيلتقي").as_deref(), Some("تغريدة"));
    }
}
