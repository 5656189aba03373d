//! A visit made at someone's invitation (`زار رئيس المنظمة الدوحة بدعوة من أمير قطر`،
//! `سيتوجه إلى دمشق بدعوة من السلطات السورية`، `غادر كيم مملكته بدعوة من الرئيس الصيني`):
//! the one who invited hosts the visit (CAMEO 043, PLOVER CONSULT, as the labels code it),
//! nobody was asked to do anything. `on_request.rs` tells these apart from a meeting
//! convened at someone's call (`التأم مجلس الأمن بدعوة من الكويت`), which stays a request.

use super::args::Arg;
use super::{EventSpan, Input};
use marsad_text::normalize::without_conjunction;

/// How many tokens before the phrase the visit word may stand (its subject and
/// destination between them: `توجه وزير الخارجية الأمريكي وقتها، ريكس تيليرسون، إلى الكويت`).
const BACK: usize = 15;

/// Stems (keys, ة folded to ه, no conjunction) that open a word of visiting, travelling
/// to, attending or taking part: the perfect, the imperfect and its future, the noun.
const VISIT_STEMS: &[&str] = &[
    "زار", "يزور", "تزور", "سيزور", "ستزور", "زياره", "زيارت", "توجه", "يتوجه", "تتوجه", "سيتوجه", "ستتوجه", "حضر", "يحضر", "تحضر",
    "سيحضر", "حضور", "شارك", "يشارك", "تشارك", "سيشارك", "غادر", "يغادر", "وصل", "يصل", "تصل", "سيصل", "وصول",
];

/// Is there a word of visiting in the sentence within `BACK` tokens before the phrase
/// opening at `phrase` (the sentence opening at `s0`)?
pub(super) fn visit_before(input: &Input, phrase: usize, s0: usize) -> bool {
    let lo = phrase.saturating_sub(BACK).max(s0);
    (lo..phrase).any(|k| is_visit_word(&input.keys[k]))
}

/// Make the call `e` the visit its maker hosts (CAMEO 043): `host` its actor when given
/// (else its maker stays), `visitor` its recipient.
pub(super) fn host(e: &mut EventSpan, host: Option<Arg>, visitor: Option<Arg>) {
    if let Some(h) = host {
        e.actors = vec![h];
    }
    e.kind = "CONSULT".into();
    e.cameo = Some("043".into());
    e.mode = Some("visit".into());
    e.recipients = visitor.into_iter().collect();
    e.rule.push_str("+hosted-visit");
}

/// A word of visiting (`key`: the token's matching key), also with ب or ل written on a
/// noun (`بزيارة`، `لزيارة`). `وصل` keeps its own و: the conjunction is stripped only when
/// the rest is a visit word.
fn is_visit_word(key: &str) -> bool {
    let opens = |w: &str| VISIT_STEMS.iter().any(|s| w.starts_with(s));
    // (توجهات "orientations", حضري "urban" are no visit.)
    let noise = |w: &str| w.starts_with("توجهات") || w.starts_with("حضري");
    let visit = |w: &str| opens(w) && !noise(w);
    let bare = without_conjunction(key);
    let noun = bare.strip_prefix(['ب', 'ل']).filter(|r| r.starts_with("زيار"));
    visit(key) || bare != key && visit(bare) || noun.is_some()
}

#[cfg(test)]
mod tests {
    use super::is_visit_word;
    use crate::events::tests::{events, first_country};

    #[test]
    fn words_of_visiting() {
        for w in ["زار", "وزار", "سيتوجه", "زيارته", "بزيارة", "وصل", "ووصل", "حضره", "يشارك", "غادر"] {
            assert!(is_visit_word(&marsad_text::normalize::key(w)), "{w}");
        }
        for w in ["طالب", "توجهات", "حضرية", "وصفت", "عقد"] {
            assert!(!is_visit_word(&marsad_text::normalize::key(w)), "{w}");
        }
    }

    #[test]
    fn a_visit_at_an_invitation_is_hosted_not_requested() {
        let es = events("وغادر الزعيم الكوري الشمالي بلاده بدعوة من الرئيس الصيني شي جين بينغ.");
        assert!(es.iter().all(|e| e.kind != "REQUEST"), "{es:?}");
        let hosted = es.iter().find(|e| e.rule.contains("+hosted-visit")).expect("hosted visit");
        assert_eq!((hosted.kind.as_str(), hosted.cameo.as_deref()), ("CONSULT", Some("043")), "{es:?}");
        assert_eq!(first_country(&hosted.actors).as_deref(), Some("CHN"), "{es:?}");
        assert_eq!(first_country(&hosted.recipients).as_deref(), Some("PRK"), "{es:?}");
        // (A visitor unnamed: the host alone.)
        let es = events("وأوضح المبعوث أنه سيتوجه الأسبوع المقبل إلى دمشق بدعوة من السلطات السورية، لبحث الأزمة.");
        assert!(es.iter().all(|e| e.kind != "REQUEST"), "{es:?}");
        assert!(es.iter().any(|e| e.rule.contains("+hosted-visit") && e.recipients.is_empty()), "{es:?}");
    }

    #[test]
    fn a_visit_told_with_a_support_verb_is_hosted_by_the_one_after_min() {
        let es = events("وكان الرئيس التركي قد توجه إلى برلين بدعوة من المستشارة الألمانية، لبحث العلاقات.");
        assert!(es.iter().all(|e| e.kind != "REQUEST"), "{es:?}");
        let hosted = es.iter().find(|e| e.rule.contains("+hosted-visit")).expect("hosted visit");
        assert_eq!(first_country(&hosted.actors).as_deref(), Some("DEU"), "{es:?}");
        assert_eq!(first_country(&hosted.recipients).as_deref(), Some("TUR"), "{es:?}");
        let es = events("وقال البيان إن الأمير قام بزيارة رسمية إلى المملكة المتحدة بدعوة من الحكومة البريطانية، لتعزيز العلاقات.");
        assert!(es.iter().all(|e| e.kind != "REQUEST"), "{es:?}");
    }

    #[test]
    fn a_meeting_convened_at_a_call_stays_a_request_of_the_body() {
        let es = events("والتأم مجلس الأمن الدولي بدعوة من الكويت لمناقشة التطورات في غزة.");
        let asked = es.iter().find(|e| e.kind == "REQUEST").expect("request");
        assert_eq!(first_country(&asked.actors).as_deref(), Some("KWT"), "{es:?}");
        assert_eq!(asked.recipients.first().and_then(|a| a.actor.as_deref()), Some("IGOUNO"), "{es:?}");
    }
}
