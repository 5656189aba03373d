//! A reporting verb in the imperfect after the لام of purpose (ثم عاد المدرب ليقول إنه …،
//! وخرج الوزير ليؤكد أن …، لتضيف أن …) reports like the bare verb: its speaker is the
//! subject of the verb it completes, which stands right before it (SVO).
//!
//! The cue dictionary holds forms without proclitics and the lexicon sees through و and ف
//! only, so ليقول، لتؤكد were no cues: their إن/أن clause and marks went unreported (about
//! 400 such verbs on the corpus). The quote finder reads these tokens under their bare
//! keys (`bare_keys`), so every later pass — agreement, the speaker search, the clause
//! search — treats them as the imperfect verb they are. Only imperfect verbs of telling
//! (`TELLING`: ليقول، ليؤكد، ليكشف، ليرد; not a view or an expectation, ليرى، ليتوقع، ليلفت
//! الأنظار, nor a call, ليدعو) are read so, and not:
//! - inside a name (ليروي جورج) or a hashtag (#شارك_المقطع_ليرى_الجميع);
//! - after جاء / يأتي (وتأتي تصريحاته لتؤكد أن …: the writer's reading of the words, not a
//!   report);
//! - inside a clause another cue reports, with no subject of its own after it (إن الرياض
//!   اتخذت الإجراءات، لتوضح لكندا أن …: the purpose of the reported act); with its own
//!   subject (…، ليوضح المطار أن …) it reports anew.
//!
//! The other layers keep the written keys.

use super::{is_complementizer, Input};
use marsad_lexicon::Lexicon;
use marsad_text::token::TokenKind;

/// Lemmas of the verbs of telling read with the لام of purpose.
const TELLING: &[&str] = &[
    "قال", "أكد", "أضاف", "تابع", "أشار", "أوضح", "بين", "شرح", "صرح", "ذكر", "أفاد", "أعلن", "كشف", "نفى", "اعترف", "أقر", "شدد",
    "حذر", "نوه", "علق", "رد", "أجاب", "تحدث", "كتب", "غرد", "روى", "أبلغ", "أخبر", "زاد", "أردف", "استطرد", "استدرك", "ختم", "اختتم",
];

/// Forms of جاء / أتى after which a verb of purpose is the writer's reading (وجاءت
/// تصريحاته لتؤكد …، يأتي ذلك ليؤكد …), keys without و/ف.
const COMING: &[&str] = &["جاء", "جاءت", "ياتي", "تاتي", "جاءوا", "ياتون"];

/// Keys with the article's shape that are no subject after the verb: إلى (الي), إلا, the
/// relatives, المزيد (ليضيف المزيد من الإشارات على أن …: an object).
const NOT_SUBJECTS: &[&str] = &["الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "المزيد", "الان"];

/// The bare imperfect verb of telling under `key` when it is one with the لام of purpose
/// (ليقول → يقول, وليؤكد → ويؤكد: a leading و/ف is kept).
fn bare_imperfect(lexicon: &Lexicon, key: &str) -> Option<String> {
    let conj = if key.starts_with(['و', 'ف']) { key.chars().next() } else { None };
    let rest = key.strip_prefix(['و', 'ف']).unwrap_or(key).strip_prefix('ل')?;
    if !(rest.starts_with('ي') || rest.starts_with('ت')) || lexicon.cue(key).is_some() {
        return None;
    }
    let cue = lexicon.cue(rest)?;
    let lemma = marsad_text::normalize::key(&cue.lemma);
    // (Not a perfect whose lemma has the ت: لتساءل.)
    let imperfect = rest.starts_with('ي') || !lemma.starts_with('ت');
    (imperfect && TELLING.contains(&cue.lemma.as_str())).then(|| conj.map_or_else(|| rest.to_string(), |c| format!("{c}{rest}")))
}

/// Does the verb of purpose at `i` report (see the module's list of exceptions)?
fn reports(input: &Input, i: usize) -> bool {
    let Input { text, tokens, keys, mentions, .. } = *input;
    let (s0, _) = input.sentence_tokens(i);
    let in_name = mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end);
    let in_hashtag = i > 0 && matches!(tokens[i - 1].text(text), "_" | "#") || text[tokens[i].end..].starts_with('_');
    let after_coming = (s0.max(i.saturating_sub(6))..i).any(|j| COMING.contains(&keys[j].strip_prefix(['و', 'ف']).unwrap_or(&keys[j])));
    // (A mention or a definite noun right after it; one glued to لـ is the addressee:
    // لتوضح لكندا.)
    let next = keys.get(i + 1).map_or("", |k| k.as_str());
    let definite = next.starts_with("ال") && !NOT_SUBJECTS.contains(&next);
    let own_subject = (definite || mentions.iter().any(|m| m.tok_start == i + 1)) && !next.starts_with('ل');
    let inside_report = (s0..i).any(|j| is_complementizer(&keys[j]));
    !in_name && !in_hashtag && !after_coming && (own_subject || !inside_report)
}

/// The keys with each reporting verb of purpose read bare (ليقول → يقول), or `None` when
/// the text has none (the common case: no copy is made).
pub(super) fn bare_keys(input: &Input) -> Option<Vec<String>> {
    let Input { tokens, keys, lexicon, .. } = *input;
    // (Gate: a key of ل then ي/ت, possibly after و/ف, before any lexicon probe.)
    let candidate = |i: usize| {
        let k = keys[i].strip_prefix(['و', 'ف']).unwrap_or(&keys[i]);
        tokens[i].kind == TokenKind::Arabic && (k.starts_with("لي") || k.starts_with("لت"))
    };
    let bare_at = |i: usize| bare_imperfect(lexicon, &keys[i]).filter(|_| reports(input, i));
    let first = (0..tokens.len()).position(|i| candidate(i) && bare_at(i).is_some())?;
    let mut out = keys.to_vec();
    for (i, key) in out.iter_mut().enumerate().skip(first) {
        if candidate(i) {
            if let Some(bare) = bare_at(i) {
                *key = bare;
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes, speaker_of};

    #[test]
    fn a_verb_of_purpose_reports_for_the_subject_before_it() {
        let t = "ثم عاد الرئيس الفرنسي ليقول إنه يدعم الاتفاق بقوة.";
        assert_eq!(indirect(t), ["يدعم الاتفاق بقوة"]);
        assert_eq!(speaker_of(t, "يدعم").as_deref(), Some("الرئيس الفرنسي"));
        let t = "وخرج وزير الخارجية المصري ليؤكد أن الحكومة لن تتراجع عن قرارها.";
        assert_eq!(indirect(t), ["الحكومة لن تتراجع عن قرارها"]);
        assert_eq!(speaker_of(t, "الحكومة لن").as_deref(), Some("وزير الخارجية المصري"));
        // Its marks too.
        let q = quotes("وعادت الوزيرة الفرنسية لتقول \"لن نقبل بهذا الاتفاق أبدا\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("لن نقبل")), "{q:?}");
    }

    #[test]
    fn no_call_no_view_no_name_and_no_reading_is_read_so() {
        // A call reports only its marked words, with ل as with the bare verb; a view is none.
        assert!(indirect("واجتمع الرئيس بالوزراء ليدعو إلى أن يشارك الجميع في الحوار.").is_empty());
        assert!(indirect("وسجل اللاعب هدفا مبكرا، ليتوقع أغلب المشاهدين أن المباراة حسمت.").is_empty());
        // A name: ليروي جورج.
        let q = quotes("وسجل دوناتشي بعد ركلة حرة من ليروي جورج لكن الاتحاد الأسترالي قال إن خللا فنيا منع الإعادة.");
        assert!(q.iter().all(|q| q.cue.text != "ليروي"), "{q:?}");
        // The writer's reading after تأتي.
        assert!(indirect("وتأتي تصريحات راموس لتؤكد أن العلاقة مع النادي لم تكن ودية.").is_empty());
        // Inside another's reported clause with no subject of its own: the act's purpose.
        let q = indirect("وأشار وزير الخارجية إلى أن الرياض اتخذت هذه الإجراءات، لتوضح لكندا أن هذا التصرف غير مقبول.");
        assert_eq!(q, ["الرياض اتخذت هذه الإجراءات، لتوضح لكندا أن هذا التصرف غير مقبول"]);
        // Nor after إلى: الدلائل تتجمع لتشير إلى أن … inside a clause.
        assert!(indirect("وقال الباحثون إن الدلائل كانت تتجمع لتشير إلى أن العقار عديم الفائدة.").iter().all(|q| q.starts_with("الدلائل")));
        // With its own subject it reports anew.
        let q = indirect("وقالت الشرطة إنه لا يوجد ما يشير إلى عمل إرهابي، ليوضح المطار أن الموظف كان يعمل في الصيانة.");
        assert_eq!(q, ["لا يوجد ما يشير إلى عمل إرهابي", "الموظف كان يعمل في الصيانة"]);
        // The bare keys are the quote finder's only: the lexicon is untouched.
        let lex = marsad_lexicon::Lexicon::embedded().expect("embedded dictionaries load");
        assert!(lex.cue("ليقول").is_none());
        assert_eq!(super::bare_imperfect(&lex, "ليقول"), Some("يقول".to_string()));
        assert_eq!(super::bare_imperfect(&lex, "وليؤكد"), Some("ويؤكد".to_string()));
        assert_eq!(super::bare_imperfect(&lex, "ليدعو"), None);
        assert_eq!(super::bare_imperfect(&lex, "لتصريحات"), None);
    }
}
