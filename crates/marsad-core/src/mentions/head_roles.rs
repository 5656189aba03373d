//! The role a role phrase's own words give, where the composition would take another's:
//! a role noun that is also an adjective of people (النائب المحافظ "the Conservative MP",
//! not the MP and a governor), the performer الممثل/الممثلة (the actor: الممثل الكوميدي
//! الأمريكي، الممثلة الأمريكية — not الممثل الخاص، الممثل التجاري الأميركي، الممثل الدائم
//! لروسيا, the representative) and a party's lawmakers (نواب حزب النهضة: the legislature's,
//! of the party's country, not the party).

use super::extent::{is_one_of, set, KeySet};
use super::{actor_of, ActorSpan, Cx};
use marsad_lexicon::{Entry, Kind, Lexicon, Match};
use std::borrow::Cow;
use marsad_text::normalize::key_is_definite;
use std::sync::OnceLock;

/// Role nouns that are also adjectives of people: after a definite role noun they
/// qualify it (الناخبين المحافظين "conservative voters", القاضي المحافظ). So do the
/// participles of what befell people (الصحافيين المختطفين "the abducted journalists",
/// المدنيين المخطوفين) and "working" (المنظمات الإنسانية العاملة, not workers).
const ADJECTIVAL: &[&str] = &[
    "المحافظ", "المحافظة", "المحافظين", "المحافظون", "المحافظات", "المختطفين", "المختطفون", "المخطوفين", "المخطوفون",
    "المشردين", "المشردون", "العاملة", "العاملين", "العاملون", "العاملات",
];

/// The performer's singular forms (the plural الممثلين is as often "the representatives").
const PERFORMER: &[&str] = &["الممثل", "الممثلة"];

/// Words after ممثل that make it an office: special, permanent, personal, high, trade,
/// resident, official, sole, legitimate representative.
const OFFICE_AFTER: &[&str] = &[
    "الخاص", "الخاصة", "الدائم", "الدائمة", "الشخصي", "الشخصية", "الأعلى", "العليا", "السامي", "السامية", "التجاري", "التجارية",
    "المقيم", "المقيمة", "الرسمي", "الرسمية", "الوحيد", "الشرعي", "الإقليمي", "الأممي", "الأممية", "لدى",
];

/// "External" and "internal", the foreign and interior ministries alone, are adjectives
/// of a body's noun before them: الاستخبارات الخارجية is foreign intelligence.
const FIELD_ADJECTIVES: &[&str] = &["الخارجية", "الداخلية"];

/// Is the role noun of match `ms[k]` an adjective of the definite role noun before it
/// (النائب المحافظ; الاستخبارات الخارجية after a body's noun, not one person's)? Then the
/// row's role is that noun's, not this one's.
pub(super) fn adjectival(cx: &Cx<'_, '_>, ms: &[Match<'_>], k: usize) -> bool {
    static WORDS: OnceLock<KeySet> = OnceLock::new();
    static FIELDS: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let word = |k: usize| keys[ms[k].start].as_str();
    // (A government's noun before them keeps its row: الدول الخارجية are states abroad.)
    let of_body = |k: usize| {
        set(&FIELDS, FIELD_ADJECTIVES).contains(word(k)) && cx.entry(k - 1).is_some_and(|e| !e.singular_person && e.role.as_deref().is_some_and(|r| !r.starts_with("GOV")))
    };
    k > 0
        && ms[k].end == ms[k].start + 1
        && !ms[k].conj
        && !ms[k].prep
        && (set(&WORDS, ADJECTIVAL).contains(word(k)) || of_body(k))
        && key_is_definite(&keys[ms[k - 1].end - 1])
}

/// Is the single role noun `first` at `m`, definite, the performer ممثل (the actor), with
/// no office word after it (at `noun_end`, or at `end` past its nisba) and no body it
/// represents (`body`: an organisation, or one after في or a preposition)?
pub(super) fn performer(cx: &Cx<'_, '_>, first: &Entry, m: &Match<'_>, noun_end: usize, end: usize, body: bool) -> bool {
    static FORMS: OnceLock<KeySet> = OnceLock::new();
    static OFFICE: OnceLock<KeySet> = OnceLock::new();
    if body || first.id != "agent:ممثل" || m.end != m.start + 1 || !is_one_of(&cx.keys[m.start], set(&FORMS, PERFORMER)) {
        return false;
    }
    let office = set(&OFFICE, OFFICE_AFTER);
    // ل before the next word is the body or state represented (الممثل الأمريكي للتجارة).
    let office_word = |t: usize| cx.keys.get(t).is_some_and(|w| office.contains(w.as_str()) || w.starts_with('ل'));
    !office_word(noun_end) && !office_word(end)
}

/// Do role nouns whose last is a lawmaker (`last`: نائب، نواب) lead the party `org`? The
/// mention is then the legislature's of the party's country: its actor code.
pub(super) fn lawmakers_of_party<'a>(last: &Entry, org: &'a Entry, code: &'a str) -> Option<&'a str> {
    let party = org.kind == Kind::Group && code.len() > 3 && code.ends_with("PTY");
    (party && last.role.as_deref() == Some("LEG")).then(|| &code[..3])
}

/// A role phrase merged with an unknown name the story's country only guessed (المتحدث
/// باسم وزارة الدفاع الأمريكية (البنتاغون) أدريان غالاواي، نائب وزير المالية الدكتور حمد
/// البازعي): the phrase's code says more than the guess, or at least its role does.
pub(super) fn code_over_guess<'a>(lex: &'a Lexicon, merged: &mut ActorSpan<'a>, role_phrase: &ActorSpan<'a>) {
    if role_phrase.actor.is_some() {
        merged.actor = role_phrase.actor.clone();
        merged.country = role_phrase.country.clone();
        merged.role = role_phrase.role.clone();
        return;
    }
    let role = role_phrase.role.as_deref().and_then(|r| r.get(..3)).filter(|r| lex.is_role(r));
    let state = merged.actor.as_deref().and_then(|a| a.get(..3)).filter(|s| lex.state(s).is_some());
    if let (Some(role), Some(state)) = (role, state) {
        merged.actor = Some(actor_of(lex, state, role));
        merged.role = Some(Cow::Owned(role.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_conservative_mp_is_a_lawmaker_not_a_governor() {
        // (The story's country, named twice, gives the unknown name its state.)
        let ms = mentions("وقال النائب المحافظ بوب بلاكمان إن الحزب يرفض التمييز في بريطانيا. وتشهد بريطانيا جدلا.");
        assert_eq!(code(&ms, "النائب المحافظ بوب بلاكمان"), Some("GBRLEG"), "{ms:?}");
        // The governor himself is still one: محافظ after an indefinite noun or alone.
        let ms = mentions("وقال المحافظ العراقي إن الوضع مستقر.");
        assert_eq!(code(&ms, "المحافظ العراقي"), Some("IRQGOV"), "{ms:?}");
    }

    #[test]
    fn external_intelligence_is_intelligence_not_the_foreign_ministry() {
        let ms = mentions("وكشف جهاز الاستخبارات الخارجية البريطاني عن خطة لتجنيد عملاء.");
        assert_eq!(code(&ms, "جهاز الاستخبارات الخارجية البريطاني"), Some("GBRSPY"), "{ms:?}");
        // Two services (the dual), each called by its field.
        let ms = mentions("وبحسب جهازي الاستخبارات الداخلية والخارجية البلجيكيين فإن عشرات المقاتلين عادوا.");
        assert_eq!(code(&ms, "جهازي الاستخبارات الداخلية والخارجية البلجيكيين"), Some("BELSPY"), "{ms:?}");
        // States abroad stay states (a mention with no code).
        let ms = mentions("ومن الصعب أن تقنع أنقرة الدول الخارجية بحديثها عن القانون.");
        assert!(ms.iter().any(|m| m.text == "الدول الخارجية"), "{ms:?}");
        // After a spokesman the word is still the ministry.
        let ms = mentions("وقال المتحدث باسم الخارجية الفرنسية إن باريس تدين الهجوم.");
        assert_eq!(code(&ms, "المتحدث باسم الخارجية الفرنسية"), Some("FRAGOV"), "{ms:?}");
    }

    #[test]
    fn a_participle_after_a_people_noun_keeps_that_noun_s_role() {
        let yemen = "وقالت الحكومة في اليمن إن الحوثيين يحتجزون العشرات في صنعاء. ويشهد اليمن أزمة. ";
        let ms = mentions(&format!("{yemen}وطالب البيان بالإفراج عن الصحافيين المختطفين فورا."));
        assert!(ms.iter().any(|m| m.text == "الصحافيين المختطفين" && m.actor.as_deref().is_some_and(|a| a.ends_with("MED"))), "{ms:?}");
        // Alone, the abducted are the story's private people.
        let ms = mentions(&format!("{yemen}وحمّل البيان الحوثيين المسؤولية عن حياة المختطفين."));
        assert_eq!(code(&ms, "المختطفين"), Some("YEMCVL"), "{ms:?}");
    }

    #[test]
    fn the_actor_is_a_private_person_the_representative_is_not() {
        let ms = mentions("وعلق الممثل الكوميدي الأمريكي، جيم كاري، على الهجوم.");
        assert_eq!(code(&ms, "الممثل الكوميدي الأمريكي"), Some("USACVL"), "{ms:?}");
        let ms = mentions("وأجابت الممثلة الأمريكية بنعم على الأسئلة.");
        assert_eq!(code(&ms, "الممثلة الأمريكية"), Some("USACVL"), "{ms:?}");
        let ms = mentions("وقال الممثل التجاري الأميركي إن الرسوم باقية.");
        assert!(ms.iter().any(|m| m.actor.as_deref() == Some("USAGOV")), "{ms:?}");
        let ms = mentions("وقال الممثل الأمريكي للتجارة إن الرسوم باقية.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USACVL")), "{ms:?}");
        let ms = mentions("وقال الممثل بحزب الله في البرلمان إن الحزب يرفض.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("LBNCVL")), "{ms:?}");
    }

    #[test]
    fn a_role_phrase_s_code_wins_over_a_guess_for_the_unknown_name_after_it() {
        let ms = mentions("وقال المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) أدريان غالاواي إن القوات باقية في سوريا. وقالت الولايات المتحدة إنها لن تنسحب من الولايات المتحدة.");
        let m = ms.iter().find(|m| m.text.ends_with("أدريان غالاواي")).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.actor.as_deref(), Some("USAMIL"), "{ms:?}");
        // An unknown name alone keeps the story's guess.
        let ms = mentions("وقال أدريان غالاواي إن الولايات المتحدة باقية. وقالت الولايات المتحدة إنها لن تنسحب.");
        assert_eq!(code(&ms, "أدريان غالاواي"), Some("USACVL"), "{ms:?}");
    }

    #[test]
    fn a_party_s_mps_are_the_legislature_s() {
        let ms = mentions("وصوت نواب حزب العدالة والتنمية على القانون في أنقرة.");
        assert_eq!(code(&ms, "نواب حزب العدالة والتنمية"), Some("TURLEG"), "{ms:?}");
        // The party's own leader keeps the party's code.
        let ms = mentions("وقال رئيس حزب العدالة والتنمية إن الانتخابات مبكرة.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("TURLEG")), "{ms:?}");
    }
}
