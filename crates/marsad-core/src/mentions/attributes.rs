//! Definite adjectives after an actor noun that describe it without changing who it is
//! (قواتها المسلحة، شعبنا الأصيل البطل، حكامه الفاسدين، القوات المدعومة): the guide's
//! maximal phrase takes them in. A word counts when it is one of [`DESCRIPTIVE`] or has
//! the shape of a nisba adjective (القوات الجوية، قادتها الميدانيين) and names no state
//! (a state's nisba changes the code: the matcher's business), except the mention's own.

use super::extent::{set, KeySet};
use super::{Cx, Doc};
use marsad_lexicon::{Kind, Lexicon};
use std::sync::OnceLock;

/// Descriptive adjectives, as written with the article, that actor nouns take in the
/// corpus (not a nisba's shape). Words that change the code (السابق، الراحل) and
/// words that also name someone else (المعارضة) are left out; so are الأخرى and الآخر,
/// which pick out other bodies (`referring.rs`).
const DESCRIPTIVE: &[&str] = &[
    "المسلحة", "المسلح", "المسلحين", "المسلحون", "الخاصة", "الخاص", "الموالية", "الموالين", "الموالون",
    "المدعومة", "المدعوم", "المدعومين", "المشتركة", "المتحالفة", "المتحالفين", "المهاجمة", "المهاجمين",
    "المتمردة", "البارز", "البارزة", "البارزين", "البارزون", "الكبير", "الكبيرة", "الكبار", "الكبرى", "الأكبر",
    "الصغير", "الصغيرة", "الصغار", "الأصغر", "الفاسد", "الفاسدة", "الفاسدين", "المستقل", "المستقلة", "المستقلين",
    "الأصيل", "البطل", "الأبطال", "الباسل", "الباسلة", "البواسل", "الصامد", "الصامدين", "العزيز", "العزيزة",
    "الكريم", "العظيم", "العظيمة", "الأوفياء", "الشجاع", "الشجعان", "العنيفة", "العنيف", "الفارين",
    "المحاصرين", "الموجودين", "الموجودة", "المتواجدين", "المتواجدة", "المقربين", "المقرب", "المقربة",
    "الأجانب", "القدامى", "الآخرين", "العاملة", "المشاركة", "المشاركين", "المنتمين", "المنتمية", "العليا",
    "الأعلى", "المعتقلين", "المعتقل", "المخطوفين", "المحتجزين", "المحتجز", "المحتجزة", "الشاب", "الشابة",
    "الرضيعة", "الرضيع", "الثلاثة", "الأربعة", "الخمسة", "الستة", "السبعة", "الثمانية", "التسعة", "العشرة",
];

/// Nouns with a nisba's shape (ي at the end once ى is folded) that are no adjective,
/// المنتهية of المنتهية ولايته, which the role phrase crosses to the name (`extent.rs`),
/// and المعنية "concerned", which needs its complement (السلطات المعنية بالملف).
const NOT_ADJECTIVES: &[&str] = &[
    "المنتهية", "المنتهي", "المعنية", "المعني", "المعنيين", "المعنيون",
    "الأراضي", "المستشفى", "الأقصى", "المرمى", "المبنى", "القاضي", "المحامي", "الأهالي", "الضواحي", "النواحي",
    "الليالي", "المعاني", "الأغاني", "الكرسي", "الوادي", "النادي", "المقهى", "الملهى", "المنفى", "المعنى",
    "الماضي", "الحوثي", "الأيادي", "المباني", "الموسيقى", "الفتى",
    // Nouns in ية, often the verb's object after a subject (رفض البرلمان العراقي الاتفاقية).
    "الاتفاقية", "القضية", "العملية", "الحرية", "الهوية", "المسؤولية", "الأولوية", "الميزانية", "الجنسية",
    "الاستراتيجية", "الأغلبية", "الأكثرية", "الأقلية", "الغالبية", "الشخصية", "العضوية", "الرؤية", "التسوية",
    "الضحية", "القرية", "التنمية", "التوصية", "الجمهورية",
];

/// (A word in اية, حماية، نهاية، ولاية, is a noun: `attributive` leaves it out.)
///
/// Most adjectives taken in after one noun.
const MOST: usize = 3;

/// Is token `t` an attributive adjective of an actor noun before it whose state is
/// `own_state` (ISO alpha-3), if any? `para_start` says whether a paragraph starts there.
fn attributive(lex: &Lexicon, keys: &[String], t: usize, own_state: Option<&str>, para_start: impl Fn(usize) -> bool) -> bool {
    let k = keys[t].as_str();
    // Cheapest first: the article, the word's shape or list; the lexicon and the
    // paragraphs only for the few words left.
    if !k.starts_with("ال") {
        return false;
    }
    let adjective = adjective_word(k) && state_nisba(lex, keys, t).is_none_or(|iso| own_state == Some(iso));
    adjective && !para_start(t)
}

/// Is the definite word `k` one of [`DESCRIPTIVE`] or shaped like a nisba adjective, and
/// no noun of that shape?
fn adjective_word(k: &str) -> bool {
    static DESC: OnceLock<KeySet> = OnceLock::new();
    static NOT: OnceLock<KeySet> = OnceLock::new();
    set(&DESC, DESCRIPTIVE).contains(k) || super::adjective(k) && !k.ends_with("ايه") && !set(&NOT, NOT_ADJECTIVES).contains(k)
}

/// Is token `t` an adjective of a named body before it (`body_adjectives`): as
/// [`attributive`], but a nisba of any state (ميليشيات الحوثي الإيرانية: the backer's).
pub(super) fn describes_body(cx: &Cx<'_, '_>, t: usize) -> bool {
    let k = cx.keys[t].as_str();
    k.starts_with("ال") && adjective_word(k) && !cx.para_start(t)
}

/// The state (ISO alpha-3) whose nisba or demonym token `t` is, if it is one.
fn state_nisba<'a>(lex: &'a Lexicon, keys: &[String], t: usize) -> Option<&'a str> {
    let m = lex.longest_at(&keys[t..=t], 0)?;
    let e = m.entries.iter().map(|&id| lex.entry(id)).find(|e| matches!(e.kind, Kind::Nisba | Kind::Demonym))?;
    Some(lex.state(lex.state_of(e)?)?.iso3.as_str())
}

/// How many tokens from `from` (up to `limit`, the next mention's start) are adjectives
/// of the actor noun that ends there ([`attributive`]).
pub(super) fn run_after(cx: &Cx<'_, '_>, from: usize, limit: usize, own_state: Option<&str>) -> usize {
    let limit = limit.min(cx.keys.len());
    (from..limit).take(MOST).take_while(|&t| attributive(cx.lex, cx.keys, t, own_state, |u| cx.para_start(u))).count()
}

/// [`run_after`] for a pass that has the document but no [`Cx`] (`ours.rs`).
pub(super) fn run_after_in(lex: &Lexicon, keys: &[String], doc: &Doc<'_>, from: usize, limit: usize, own_state: Option<&str>) -> usize {
    let limit = limit.min(keys.len()).min(doc.tokens.len());
    (from..limit).take(MOST).take_while(|&t| attributive(lex, keys, t, own_state, |u| doc.starts_paragraph(u))).count()
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    fn texts(s: &str) -> Vec<String> {
        mentions(s).into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn adjectives_after_an_actor_noun_join_it() {
        let t = texts("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن جيشه ومواطنيه المتواجدين في المنطقة بخير.");
        assert!(t.iter().any(|m| m == "ومواطنيه المتواجدين"), "{t:?}");
        let t = texts("وقالت وزارة الخارجية إن القوات المدعومة من إيران هاجمت المدينة.");
        assert!(t.iter().any(|m| m == "القوات المدعومة"), "{t:?}");
        // A first-person noun in a quote: its adjectives, not the verb after them.
        let t = texts("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو: \"إن شعبنا الأصيل البطل صامد\".");
        assert!(t.iter().any(|m| m == "شعبنا الأصيل البطل"), "{t:?}");
    }

    #[test]
    fn not_a_noun_another_state_nor_a_weekday() {
        // The object after a possessed subject, another state's nisba, a weekday.
        let t = texts("وقالت الحكومة السورية إن قواتها دخلت الأراضي التركية. ودخلت قواتها الأراضي التركية وقاتل جيشها الأميركيين وانسحبت قواتها الأحد.");
        assert!(t.iter().any(|m| m == "قواتها"), "{t:?}");
        assert!(t.iter().all(|m| !m.contains("الأراضي") && !m.contains("الأحد") && !m.starts_with("جيشها ")), "{t:?}");
        let t = texts("رفض البرلمان العراقي الاتفاقية الأمنية مع الولايات المتحدة.");
        assert!(t.iter().any(|m| m == "البرلمان العراقي"), "{t:?}");
    }
}
