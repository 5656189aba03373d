//! المقدم "the lieutenant-colonel" (agents.tsv: MIL) is as often the participle
//! "submitted, offered": الطلب المقدم من مصر، مشروع قانون مقدم من الحكومة، الدعم المقدم
//! له، التقرير المقدم إلى مجلس الأمن. The rank stands before a personal name (المقدم
//! سوزان الحاج); the participle is followed by من، إلى or لـ naming who submits it or to
//! whom, or it follows the definite noun it describes with no name after it (العرض
//! المقدم.). Either makes the word no mention.

use super::extent::{set, KeySet};
use super::word_classes::{self, class};
use super::Cx;
use marsad_lexicon::Match;
use std::sync::OnceLock;

/// The rank's forms, as written.
pub(super) const FORMS: &[&str] = &["المقدم", "المقدمة", "مقدم", "مقدمة"];

/// Words right after the participle that say from whom or to whom (المقدم من، المقدم
/// إليها، المقدم لها، المقدم ضدها).
const FROM_OR_TO: &[&str] = &[
    "من", "إلى", "إليه", "إليها", "إليهم", "إليهما", "له", "لها", "لهم", "لهما", "ضد", "ضده", "ضدها", "ضدهم", "بشأن",
];

/// Words before the rank that name it as a rank (ضابط برتبة مقدم).
const RANK_WORDS: &[&str] = &["برتبة", "رتبة"];

/// Is match `i`, a form of المقدم, the participle "submitted" (see the module docs)?
pub(super) fn submitted_at(cx: &Cx<'_, '_>, ms: &[Match<'_>], i: usize) -> bool {
    let m = &ms[i];
    let keys = cx.keys;
    if m.end != m.start + 1 || !word_classes::is_of(&keys[m.start], class::SUBMITTED) {
        return false;
    }
    if m.start > 0 && rank_word(&keys[m.start - 1]) {
        return false;
    }
    let next = keys.get(m.end).map(String::as_str);
    // (A mention right before is no noun described: اعتقلت الشرطة المقدم ….)
    let after_match = i > 0 && ms[i - 1].end == m.start;
    from_or_to(next) || m.article && !after_match && super::role_adjectives::definite_noun_before(cx, m.start) && no_name_at(next)
}

fn rank_word(key: &str) -> bool {
    static RANK: OnceLock<KeySet> = OnceLock::new();
    set(&RANK, RANK_WORDS).contains(key)
}

/// Does `next` say from whom or to whom: a word of [`FROM_OR_TO`] or لـ with the article
/// (المقدم للعمال)? (Not لـ before any word: names begin with it, المقدم ليث.)
fn from_or_to(next: Option<&str>) -> bool {
    static WORDS: OnceLock<KeySet> = OnceLock::new();
    next.is_some_and(|k| set(&WORDS, FROM_OR_TO).contains(k) || k.starts_with("لل"))
}

/// Can the word `next` not begin a personal name: none, punctuation or a word with the
/// article (العرض المقدم.، الدعم المقدم الذي)?
fn no_name_at(next: Option<&str>) -> bool {
    next.is_none_or(|k| !k.chars().next().is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c)) || k.starts_with("ال"))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn the_submitted_participle_is_no_rank() {
        for t in [
            "ورفضت الحكومة الطلب المقدم من المعارضة لتأجيل الانتخابات.",
            "ووافق البرلمان على مشروع قانون مقدم من الحكومة بشأن الضرائب.",
            "وقالت الوزارة إن الدعم المقدم للعمال سيزداد، وإن التقرير المقدم إلى البرلمان جاهز.",
            "وقبل اللاعب العرض المقدم، ثم سافر إلى مدريد.",
        ] {
            let ms = mentions(t);
            assert!(ms.iter().all(|m| !m.text.contains("مقدم")), "{t}: {ms:?}");
        }
    }

    #[test]
    fn the_rank_before_a_name_is_still_read() {
        for t in [
            "وقال المقدم خالد الزهراني إن الدوريات انتشرت في المدينة.",
            "واعتقلت الشرطة المقدم سامر يوسف في بيروت.",
            "وقال ضابط برتبة مقدم من الجيش إن القوات تقدمت.",
        ] {
            let ms = mentions(t);
            assert!(ms.iter().any(|m| m.text.contains("مقدم") && m.role.as_deref() == Some("MIL")), "{t}: {ms:?}");
        }
    }
}
