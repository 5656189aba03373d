//! The gender the text shows for a person it names: the dictionaries give none, so a
//! possessive pronoun (زوجها، ابنه، حكومتها) can agree only with what the page says — a role
//! or kinship noun heading the mention (المستشارة الألمانية أنجيلا ميركل، زوجة الرئيس،
//! الرئيس الأمريكي دونالد ترامب) or a reporting verb right before it (وقالت ميغان ماركل،
//! وقال ترامب). Most names carry neither sign: callers decide what no sign means.

use super::feminine_subject::feminine_cue;
use super::{ActorSpan, Cx};
use marsad_lexicon::{CueKind, Kind};

/// Role nouns written with ة that name a man (الداعية، خليفة) or a man's honorific
/// (سماحة الشيخ، فخامة الرئيس، جلالة الملك), as keys without the article.
const MASCULINE_IN_TA: &[&str] = &["داعيه", "علامه", "خليفه", "سماحه", "فخامه", "جلاله", "غبطه", "نيافه", "حضره", "رحاله"];

/// Is `p` shown to be a woman (`Some(true)`), a man (`Some(false)`), or neither (`None`)?
/// Only people: a named person, a relative in construct (rule `kin+of`) or a role noun
/// for one person.
pub(super) fn shown_gender(cx: &Cx<'_, '_>, p: &ActorSpan<'_>) -> Option<bool> {
    let named = matches!(p.kind, Kind::Person | Kind::PersonShort);
    if !(named || p.kind == Kind::Agent && p.person_noun) {
        return None;
    }
    // A role or kinship noun heads the mention: its own gender (ة as written, not ه).
    let headed = !named || p.rule.starts_with("agent+") || p.rule == "kin+of";
    if headed {
        let head = cx.keys[p.tok_start].as_str();
        let bare = head.strip_prefix(['و', 'ف']).unwrap_or(head);
        let bare = bare.strip_prefix("ال").or_else(|| bare.strip_prefix("لل")).unwrap_or(bare);
        let ta = head.ends_with('ه') && !cx.ends_with_hah(p.tok_start);
        // A masculine nisba after a head in ة (بين وزيري الخارجية التركي: the span begins
        // at the complement) shows the head is no role noun: no sign.
        let masculine_nisba = || cx.keys[p.tok_start + 1..p.tok_end].iter().any(|k| k.starts_with("ال") && k.ends_with('ي'));
        if MASCULINE_IN_TA.contains(&bare) {
            return Some(false);
        }
        return if ta && masculine_nisba() { None } else { Some(ta) };
    }
    let before = cx.keys[p.tok_start.checked_sub(1)?].as_str();
    if feminine_cue(cx, before) {
        Some(true)
    } else {
        masculine_cue(cx, before).then_some(false)
    }
}

/// Is `key` a reporting verb in the masculine perfect, its lemma as written (قال، وأكد،
/// فأضاف)? Frames (بحسب) are no verbs and show nothing.
fn masculine_cue(cx: &Cx<'_, '_>, key: &str) -> bool {
    let Some(cue) = cx.lex.cue(key) else { return false };
    if !matches!(cue.kind, CueKind::Verb | CueKind::Continuation) {
        return false;
    }
    let bare = key.strip_prefix(['و', 'ف']).filter(|k| cx.lex.cue(k).is_some()).unwrap_or(key);
    bare == marsad_text::normalize::key(&cue.lemma)
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_relatives_possessor_is_not_of_the_other_gender() {
        // ها passes over the president named nearer for the chancellor.
        let ms = mentions("وقالت المستشارة الألمانية أنجيلا ميركل بعد لقائها الرئيس الأمريكي دونالد ترامب إن زوجها بخير.");
        assert_eq!(code(&ms, "زوجها"), Some("DEUCVL"), "{ms:?}");
        // ه passes over a woman the verb before her shows.
        let ms = mentions("وقال الرئيس الروسي فلاديمير بوتين بعد أن تحدثت الممثلة الأمريكية أنجلينا جولي إن ابنه بخير.");
        assert_eq!(code(&ms, "ابنه"), Some("RUSCVL"), "{ms:?}");
        // A name with no sign may be either: her father is still the one named.
        let ms = mentions("ووصلت ميغان ماركل إلى لندن، وكان والدها غائبا.");
        assert_eq!(code(&ms, "والدها"), Some("USACVL"), "{ms:?}");
    }

    #[test]
    fn a_woman_shown_is_the_possessor_of_her() {
        let ms = mentions("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن حكومتها لن تتراجع.");
        assert_eq!(code(&ms, "حكومتها"), Some("GBRGOV"), "{ms:?}");
        // A man's honorific in ة shows no woman.
        let ms = mentions("وقال العاهل الأردني الملك عبد الله الثاني إن حكومته ستعمل.");
        assert_eq!(code(&ms, "حكومته"), Some("JORGOV"), "{ms:?}");
        // Nor does a complement in ة that begins the span before a masculine nisba.
        let ms = mentions("وجرى اتصال بين وزيري الخارجية التركي مولود تشاووش أوغلو ونظيره الهولندي ستف بلوك.");
        assert_eq!(code(&ms, "ونظيره الهولندي"), Some("NLDGOV"), "{ms:?}");
    }
}
