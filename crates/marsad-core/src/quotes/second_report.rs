//! Another speaker's report inside a reported clause ends it.
//!
//! A reporting verb set against the clause by a contrast, with a subject of its own (…،
//! فيما قال قائد الشرطة رون باتمان إن …، بينما أفادت تقارير صحافية، بينها …، أن …، في
//! حين تحدث الرئيس عن …), starts a second report by someone else: the writer setting two
//! sources side by side. The first speaker's clause ends before it (so does the gold's),
//! and the verb then reports its own clause. After a bare comma the verb is often the
//! reported clause's own (إن أولي ديهل، نائب المدير، أبلغ النواب أن …) and is left alone.

use super::{is_complementizer, is_mark, Input, ADVERBS, NAMING, NP_END, PREPOSITIONS};
use marsad_text::token::TokenKind;

/// Contrasts that open a second clause (بينما، فيما; في حين is matched as two words).
const CONTRASTS: &[&str] = &["بينما", "فيما", "وبينما", "وفيما"];

/// How far after the verb a bare noun's report may open its clause (تقارير صحافية، بينها
/// "…"، أن).
const CLAUSE_WINDOW: usize = 12;

/// Does a contrast word stand at `at` (بينما، فيما، في حين); if so, where does the word
/// after it start?
pub(super) fn contrast_at(keys: &[String], at: usize) -> Option<usize> {
    let k = keys.get(at)?.as_str();
    if CONTRASTS.contains(&k) {
        return Some(at + 1);
    }
    ((k == "في" || k == "وفي") && keys.get(at + 1).is_some_and(|n| n == "حين")).then_some(at + 2)
}

/// Verbs that also mean an act, not speech (نقل الجرحى, جاء الناس, يرد الجيش بقنابل, علق
/// أشخاص داخل سياراتهم).
const ACTS_TOO: &[&str] = &["نقل", "جاء", "رد", "علق"];

/// Does another speaker's report start at the contrast word at `at`, inside a sentence
/// ending at `end`? `verb_cue` says whether a token is a reporting verb.
pub(super) fn starts_at(input: &Input, at: usize, end: usize, verb_cue: impl Fn(usize) -> bool) -> bool {
    let Input { text, tokens, keys, .. } = *input;
    let Some(verb) = contrast_at(keys, at) else {
        return false;
    };
    if verb + 1 >= end || !verb_cue(verb) || NAMING.contains(&keys[verb].as_str()) {
        return false;
    }
    let subject = verb + 1;
    let named = super::later_cue::names_subject(input, subject);
    let reports = |from: usize, to: usize| (from..to.min(end)).any(|x| is_complementizer(&keys[x]) || tokens[x].text(text) == ":" || is_mark(tokens[x].text(text)));
    let acts_too = input.lexicon.cue(&keys[verb]).is_some_and(|c| ACTS_TOO.contains(&c.lemma.as_str()));
    if named && !acts_too {
        return true;
    }
    // A common noun as subject (أفادت تقارير، قال خبراء), when the verb reports a clause.
    let k = keys[subject].as_str();
    let bare_noun = tokens[subject].kind == TokenKind::Arabic
        && !NP_END.contains(&k)
        && !ADVERBS.contains(&k)
        && !PREPOSITIONS.contains(&k)
        && !is_complementizer(k)
        // (علنا، مجددا: an indefinite accusative is an adverb, never the subject.)
        && !k.ends_with('ا')
        // (له، لهم، بها، للسيدات: a preposition's object, the addressee.)
        && !(k.chars().count() <= 3 && k.starts_with(['ل', 'ب']))
        && !k.starts_with("لل")
        && !k.starts_with("بال");
    bare_noun && reports(subject + 1, subject + CLAUSE_WINDOW)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::indirect;

    /// The indirect quotes' texts.
    #[test]
    fn a_contrasted_speakers_report_ends_the_clause() {
        let q = indirect("وذكرت وسائل إعلام أن الحادث وقع داخل قاعة التحرير، فيما قال قائد الشرطة إن الحادث وقع خارج المقر.");
        assert_eq!(q, ["الحادث وقع داخل قاعة التحرير", "الحادث وقع خارج المقر"]);
        // A common noun as subject, its أن after an apposition.
        let q = indirect("وكشف الطبيب أن الترتيبات اتخذت لتشريح الجثة، بينما أفادت تقارير صحافية، بينها صحيفة محلية، أن التشريح سيتم اليوم.");
        assert_eq!(q[0], "الترتيبات اتخذت لتشريح الجثة");
        let q = indirect("وقال المسؤول إن القوات ستبقى في سوريا، في حين تحدث الرئيس الأمريكي دونالد ترامب عن رحيلها قريبا.");
        assert_eq!(q, ["القوات ستبقى في سوريا"]);
    }

    #[test]
    fn an_event_or_the_same_speaker_after_a_contrast_stays_in_the_clause() {
        // (Not a reporting verb: what the speaker said happened.)
        let q = indirect("وقالت اللجنة إن التحالف حصل على 121 مقعدا، بينما حصل التحالف الحاكم على 79 مقعدا.");
        assert_eq!(q, ["التحالف حصل على 121 مقعدا، بينما حصل التحالف الحاكم على 79 مقعدا"]);
        // (A count as subject: the poll's own finding.)
        let q = indirect("وخلص الاستطلاع إلى أن أغلبية الأوروبيين يعتقدون بأن بلادهم منقسمة، بينما يرى 47 في المئة منهم أن مجتمعاتهم أقل تسامحا.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].contains("47 في المئة"));
    }

    #[test]
    fn a_verb_after_a_bare_comma_or_meaning_an_act_stays_in_the_clause() {
        // (What the source reported Trump said: one clause.)
        let q = indirect("وأضاف المصدر أنه عندما تحول الموضوع إلى إيران، قال ترامب للرئيس الفرنسي إيمانويل ماكرون إن الإرهابيين موجودون في باريس.");
        assert!(q[0].contains("قال ترامب"), "{q:?}");
        // (نقل: the wounded were carried, not quoted.)
        let q = indirect("ونقل عن شهود عيان القول إن شاحنات تغادر المدينة، فيما نقل عشرات الجرحى من المقاتلين إلى المستشفيات.");
        assert!(q[0].contains("فيما نقل عشرات الجرحى"), "{q:?}");
        // (A preposition's object is no subject: the same doctors speaking to others.)
        let q = indirect("وقال الأطباء للسيدات الأوليات إنهن لسن بحاجة إلى علاج، في حين قالوا للسيدات اللاتي سجلن معدلات عالية إنهن يحتجن إليه.");
        assert!(q[0].contains("في حين قالوا"), "{q:?}");
        // (An adverb is no subject: the same speaker's denial.)
        let q = indirect("وقالت الممثلة إن الوزير دفع لها المال بينما نفت علنا أنها تلقت أي مبلغ.");
        assert!(q[0].contains("بينما نفت علنا"), "{q:?}");
    }
}
