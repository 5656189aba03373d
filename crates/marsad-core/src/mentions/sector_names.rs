//! A body's name goes on through the complement that names its sector: وكالة رويترز
//! للأنباء، شركة "بلاتينوم ريكوردز" للإنتاج والتوزيع الموسيقي، هيئة أبوظبي للسياحة والثقافة،
//! الشركة السعودية للصناعات العسكرية. After a named or coded body (a dictionary's company,
//! outlet or institution, or a body noun read with its name or state), ل + a sector word
//! ([`NOUN_SECTORS`], [`VERBAL_SECTORS`]), more sector words joined by و and one definite
//! adjective are part of its name, as the labelling guide's maximal phrase wants.
//!
//! A sector word that is also a verbal noun may be a purpose instead (استثمرت الشركة
//! للتنمية في …، وقعت شركة مايكروسوفت للمساهمة في …): it is read only when no preposition
//! follows. Other words after ل (للصحفيين، للمرة الثانية، للتعليق) are no sector.

use super::org_definite::NOT_ADJECTIVES;
use super::{is_stop, is_verb_word, nationality, ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::has_chars;
use marsad_text::normalize::nisba_shaped;
use std::sync::OnceLock;

/// Sectors named by a noun that is no verbal noun, so never a purpose (للأنباء).
const NOUN_SECTORS: &[&str] = &[
    "الأنباء", "الإعلام", "الصحافة", "الأفلام", "السينما", "الفنون", "الثقافة", "السياحة", "الرياضة", "المقاولات", "العقارات", "الإنشاءات",
    "الاتصالات", "التكنولوجيا", "التقنية", "البرمجيات", "الإلكترونيات", "النفط", "البترول", "الغاز", "الطاقة", "الكهرباء", "المياه",
    "البتروكيماويات", "الصناعات", "الأسمدة", "الأسمنت", "الحديد", "الصلب", "السيارات", "الأغذية", "الأدوية", "الأبحاث", "البحوث",
    "الدراسات", "العلوم", "الاستشارات", "الخدمات", "الطيران", "الموانئ", "الفنادق",
];

/// Sectors named by a verbal noun, which may be a purpose instead (للتجارة، للاستثمار).
const VERBAL_SECTORS: &[&str] = &[
    "التجارة", "الهندسة", "البناء", "التطوير", "الاستثمار", "الاستثمارات", "التمويل", "التأمين", "النقل", "الشحن", "الملاحة", "الإنتاج",
    "التوزيع", "النشر", "الإعلان", "الإحصاء", "التعليم", "التربية", "التنمية", "الإغاثة", "التعدين", "الصناعة", "الزراعة",
];

/// The sector of news (للأنباء، والأنباء, as keys): a body named for it is an outlet, MED,
/// whatever its name holds (وكالة الطلبة الإيرانية للأنباء is no students' body).
const NEWS: &[&str] = &["للانباء", "والانباء"];

/// Recode `s` as a news outlet of its state.
fn news_outlet<'a>(cx: &Cx<'a, '_>, s: &mut ActorSpan<'a>) {
    if s.role.as_deref() == Some("MED") {
        return;
    }
    s.role = Some(std::borrow::Cow::Borrowed("MED"));
    let state = s.actor.as_deref().and_then(|a| cx.lex.split_code_ref(a).0).and_then(|c| cx.lex.state(c));
    if let Some(state) = state {
        s.actor = Some(super::actor_of(cx.lex, &state.code, "MED"));
    }
}

/// Words after which a verbal noun is a purpose with its object, not a sector (keys).
const PREPOSITIONS: &[&str] = &["في", "علي", "الي", "مع", "من", "عن", "بين", "ضد", "حول", "لدي", "نحو", "عبر"];

/// Roles of dictionary groups whose names take a sector: companies, outlets, institutions
/// (not armed groups or parties).
const BODY_ROLES: &[&str] = &["MED", "BUS", "EDU", "NGO", "HLH", "HRI", "LAB", "REL", "GOV", "JUD"];

/// Roles of people, not bodies (المتظاهرون، اللاجئون، المسلحون).
const PEOPLE_ROLES: &[&str] = &["CVL", "REF", "UAF", "REB", "MIL", "OPP"];

/// The sector words as keys without the article, and whether each is a verbal noun.
fn sectors() -> &'static [(String, bool)] {
    static KEYS: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let keyed = |words: &'static [&str], verbal: bool| {
            words.iter().map(move |w| ({
                let k = marsad_text::normalize::key(w);
                k.strip_prefix("ال").unwrap_or(&k).to_string()
            }, verbal))
        };
        keyed(NOUN_SECTORS, false).chain(keyed(VERBAL_SECTORS, true)).collect()
    })
}

/// The sector of `key` written after `prefix` (لل، وال): whether it is a verbal noun.
pub(super) fn sector(key: &str, prefix: &str) -> Option<bool> {
    let rest = key.strip_prefix(prefix)?;
    sectors().iter().find(|(k, _)| k == rest).map(|&(_, verbal)| verbal)
}

/// Is `s` a body whose name may go on: a dictionary group of [`BODY_ROLES`], or a role
/// phrase with a code or a name that is no people's and no person's alone?
fn named_body(s: &ActorSpan<'_>) -> bool {
    let role = s.role.as_deref().unwrap_or("");
    match s.kind {
        Kind::Group => BODY_ROLES.iter().any(|r| role.starts_with(r)),
        // (An army coded GOVMIL is no body with a sector: المتحدث بلسان جيش الدفاع
        // الإسرائيلي للإعلام العربي speaks to the media.)
        Kind::Agent => {
            let armed = s.actor.as_deref().is_some_and(|a| a.ends_with("MIL"));
            (s.actor.is_some() || s.entity.is_some()) && !s.person_noun && !PEOPLE_ROLES.contains(&role) && !armed
        }
        _ => false,
    }
}

/// Is token `t` a definite adjective after the sector (السينمائي، العسكرية)? A relative
/// adjective, by its ending ي or ية (not a definite noun that begins the clause's object:
/// للتكنولوجيا الجهاز); not a function word, verb, time word or ordinal, nor a nisba of a
/// state other than the
/// body's `country` (وكالة وفا للأنباء الفلسطينية). العام before a time word is "last
/// year" (للأنباء العام الماضي).
fn adjective(cx: &Cx<'_, '_>, t: usize, country: Option<&str>) -> bool {
    let key = cx.keys[t].as_str();
    let year = key == "العام" && cx.keys.get(t + 1).is_some_and(|k| TIME_AFTER_YEAR.contains(&k.as_str()));
    key.strip_prefix("ال").is_some_and(|rest| has_chars(rest, 3))
        && nisba_shaped(key)
        && !year
        && !NOT_ADJECTIVES.contains(&key)
        && !is_stop(key)
        && !is_verb_word(cx, key)
        && nationality(cx, t).is_none_or(|(_, iso)| country == Some(iso))
}

/// Words after العام that make it a year, not "general" (keys).
const TIME_AFTER_YEAR: &[&str] = &["الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم"];

/// Widen each named body over the sector complement after it (see the module docs).
pub(super) fn widen<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut absorbed: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        if absorbed.contains(&i) || !named_body(&out[i]) {
            continue;
        }
        // The sector after the name, or the last word of a name read with it already
        // (وشركة الإنماء للهندسة + والبناء).
        let mut start = out[i].tok_end;
        let mut verbal = match keys.get(start).and_then(|k| sector(k, "لل")) {
            Some(v) => v,
            None if out[i].tok_end > out[i].tok_start + 1 => {
                let Some(v) = sector(&keys[start - 1], "لل") else { continue };
                start -= 1;
                v
            }
            None => continue,
        };
        let mut end = start + 1;
        // Sectors joined by و (للسياحة والثقافة), then one adjective (للإنتاج السينمائي).
        while end < keys.len() && end - start < 4 && !cx.crosses_paragraph(start, end + 1) {
            let Some(v) = sector(&keys[end], "وال") else { break };
            verbal &= v;
            end += 1;
        }
        if end < keys.len() && !cx.crosses_paragraph(start, end + 1) && adjective(cx, end, out[i].country.as_deref()) {
            end += 1;
        }
        if end == out[i].tok_end {
            continue;
        }
        if verbal && keys.get(end).is_some_and(|k| PREPOSITIONS.contains(&k.as_str())) {
            continue;
        }
        // The words taken may hold only bare one-word nouns of no one (الإعلام).
        let inside: Vec<usize> = (i + 1..out.len()).take_while(|&k| out[k].tok_start < end).collect();
        // (A nisba the scan read as its state, الفلسطينية, is the adjective.)
        let bare = |s: &ActorSpan<'_>| {
            let noun = s.kind == Kind::Agent && s.actor.is_none() && s.entity.is_none() && !s.person_noun;
            s.tok_end == s.tok_start + 1 && (noun || s.kind == Kind::State && nationality(cx, s.tok_start).is_some())
        };
        if !inside.iter().all(|&k| bare(&out[k])) {
            continue;
        }
        // (The rule stays: later passes read it, and the name is the same body's.)
        out[i].tok_end = end;
        absorbed.extend(inside);
        if keys[start..end].iter().any(|k| NEWS.contains(&k.as_str())) {
            news_outlet(cx, &mut out[i]);
        }
    }
    if !absorbed.is_empty() {
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !absorbed.contains(&(k - 1))
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_sector_complement_is_part_of_the_bodys_name() {
        let ms = mentions("وقال مسؤول أمريكي لوكالة رويترز للأنباء إن الاتفاق قريب");
        assert_eq!(code(&ms, "لوكالة رويترز للأنباء"), Some("GBRMED"), "{ms:?}");
        // Sectors joined by و and an adjective after them; a body read with its state.
        let ms = mentions("وتدعم الجائزة هيئة أبوظبي للسياحة والثقافة في الإمارات");
        assert!(ms.iter().any(|m| m.text.starts_with("هيئة أبوظبي للسياحة والثقافة")), "{ms:?}");
        let ms = mentions("وأفادت وكالة وفا للأنباء الفلسطينية بأن الجيش اقتحم المدينة");
        assert_eq!(code(&ms, "وكالة وفا للأنباء الفلسطينية"), Some("PSEMED"), "{ms:?}");
        let ms = mentions("ووقعت الشركة السعودية للصناعات العسكرية عقدا مع الجيش");
        assert_eq!(code(&ms, "الشركة السعودية للصناعات العسكرية"), Some("SAUBUS"), "{ms:?}");
    }

    #[test]
    fn a_body_named_for_the_news_is_an_outlet() {
        // الطلبة alone would make it a students' body.
        let ms = mentions("ونقلت وكالة الطلبة الإيرانية للأنباء عن وزير الخارجية قوله إن");
        assert_eq!(code(&ms, "وكالة الطلبة الإيرانية للأنباء"), Some("IRNMED"), "{ms:?}");
    }

    #[test]
    fn no_sector_after_a_body_is_no_part_of_its_name() {
        // People, a time, a purpose with its object: the verb's, not the name's.
        for (text, body) in [
            ("وقالت وكالة رويترز للصحفيين إن الاتفاق قريب", "وكالة رويترز"),
            ("وغرمت المفوضية شركة مايكروسوفت للمرة الثانية", "شركة مايكروسوفت"),
            ("وتعاونت شركة مايكروسوفت للاستثمار في مراكز البيانات", "شركة مايكروسوفت"),
            ("وقال مسؤول لوكالة رويترز للأنباء العام الماضي إن", "لوكالة رويترز للأنباء"),
        ] {
            let ms = mentions(text);
            assert!(ms.iter().any(|m| m.text == body), "{text}: {ms:?}");
        }
        // A definite noun after the sector is no adjective of it: the verb's object.
        let ms = mentions("واختبر الباحثون في معهد ماساتشوستس للتكنولوجيا الجهاز على عشرة أشخاص");
        assert!(ms.iter().any(|m| m.text.ends_with("للتكنولوجيا")), "{ms:?}");
    }
}
