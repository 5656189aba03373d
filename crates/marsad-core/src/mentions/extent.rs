//! How far a resolved mention reaches. The matcher finds the words that identify an
//! actor; a mention is the whole phrase that names it (eval/README.md): the kind of body
//! before a proper name (قناة "آر تي"، جمهورية تشيكيا), a title before a person
//! (الدكتور حيدر العبادي; the titles are [`super::TITLES`]), a quantity before people (عشرات المتظاهرين،
//! عدد كبير من المعتقلين), العاصمة before a capital named as a place (العاصمة النمساوية فيينا), an attribute
//! after (الحكومة الشرعية), a name's بن chain (الملك سلمان بن عبدالعزيز), an
//! abbreviation in brackets (وكالة الأنباء السورية (سانا)), a unit of a body before it
//! (كلية الطب بجامعة هارفارد, [`super::body_units`]), the # of a hashtag, and, last of all
//! passes, an unknown body after a spokesman's باسم ([`spoken_body`]).
//!
//! Mostly only token ranges change here, not who a mention is. The exceptions join two
//! adjacent mentions into one (a role phrase and the person it names; a bare role noun
//! and the institution it serves, which gives the code) and name an unknown organisation
//! from the quoted name after its classifier ([`quoted_names`]: the classifier's role, the
//! state of a nisba after it). Spans never come to overlap: a word is taken only
//! when no other mention holds it, or when it is a bare role noun with no code that the
//! phrase absorbs (منظمة before "هيومن رايتس ووتش").

use super::{is_stop, ActorSpan, Cx, EndingFilter, InlineKeys};
use super::person_complement::Reading;
use super::word_classes::{self, class};
use marsad_lexicon::Kind;
use marsad_text::normalize::{has_chars, key_is_definite};
use std::sync::OnceLock;

/// A small set of keys with a quick "no" for most words: one bit (of 1,024) per word's
/// last four bytes, tested before hashing. Every form [`is_one_of`] looks up ends like
/// the token it was made from, so the token's own ending answers for all of them.
#[derive(Default)]
pub(super) struct KeySet {
    set: InlineKeys,
    endings: EndingFilter,
}

impl KeySet {
    /// May a word ending like `s` (its last four bytes, when it has four) be in the set?
    fn may_end_like(&self, s: &str) -> bool {
        self.endings.may_end_like(s)
    }

    pub(super) fn contains(&self, key: &str) -> bool {
        self.may_end_like(key) && self.set.contains(key)
    }
}

impl FromIterator<String> for KeySet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> KeySet {
        let words = words.into_iter();
        let mut out = KeySet { set: InlineKeys::with_capacity(words.size_hint().0), endings: EndingFilter::default() };
        for w in words {
            out.endings.add(&w);
            out.set.insert(w);
        }
        out
    }
}

/// Nouns that say what kind of body the proper name after them is.
pub(super) const CLASSIFIERS: &[&str] = &[
    "قناة", "صحيفة", "جريدة", "مجلة", "شبكة", "محطة", "موقع", "وكالة", "أنباء", "الأنباء", "تلفزيون", "إذاعة", "منظمة",
    "تنظيم", "جماعة", "حركة", "حزب", "مؤسسة", "شركة", "مجموعة", "ائتلاف", "تحالف", "جبهة", "ميليشيا",
    "ميليشيات", "مليشيا", "مليشيات", "فصيل", "فصائل",
];

/// Classifiers that stand before a state's name (جمهورية تشيكيا، دولة الإمارات).
pub(super) const STATE_CLASSIFIERS: &[&str] = &["جمهورية", "دولة", "مملكة", "إمارة", "سلطنة"];

/// Words that count or pick out people before a group of them (عشرات المتظاهرين، بعض
/// القضاة، أحد جنودها). Demonstratives (هذه المليشيات) are taken in last, once the
/// phrase they point with has been linked (`demonstratives.rs`).
pub(super) const QUANTIFIERS: &[&str] = &[
    "عشرات", "مئات", "آلاف", "ألوف", "ملايين", "ألفي", "ألفا", "بعض", "أحد", "إحدى", "كبار", "معظم", "غالبية",
    "أغلب", "جميع", "كل",
];

/// Words that count people through من (العديد من المعتقلين، عدد من المشايخ، الكثير من
/// الناس): with من they belong to the phrase as a quantifier does.
pub(super) const PARTITIVES: &[&str] = &[
    "العديد", "عدد", "عددا", "أعداد", "أعدادا", "الكثير", "كثير", "مئات", "عشرات", "آلاف", "الآلاف", "العشرات", "المئات", "مزيد",
    "المزيد",
];

/// Words for a share of people, partitives only with an adjective of size (قسم كبير من
/// الشعب، نسبة كبيرة من سكانها، جزء واسع من المحتجين): alone they are as often a
/// department or a rate (قسم من الشرطة).
pub(super) const SHARES: &[&str] = &["قسم", "قسما", "جزء", "جزءا", "نسبة", "شريحة", "فئة"];

/// Adjectives of size that may stand between a partitive and its من (عدد كبير من
/// المعتقلين، عددا محدودا من القوات).
const PARTITIVE_SIZES: &[&str] = &[
    "كبير", "كبيرا", "محدود", "محدودا", "قليل", "قليلا", "ضئيل", "ضئيلا", "هائل", "هائلا", "كبيرة", "واسع", "واسعا", "واسعة",
    "غفيرة", "هائلة", "قليلة", "محدودة", "ضئيلة",
];

/// Attributes that describe an actor without changing who it is (الحكومة الشرعية،
/// الميليشيات الحوثية الإرهابية، السلطات المختصة). Words that change the code (السابق,
/// a state's nisba on a role noun) are the matcher's business, not listed here.
const ATTRIBUTES: &[&str] = &[
    "الشرعية", "الشرعي", "الإرهابية", "الإرهابي", "الإرهابيين", "الإرهابيون", "الانقلابية", "الانقلابي",
    "الانقلابيين", "الانقلابيون", "الرسمية", "الرسمي", "الشقيقة", "الشقيق", "العزل", "المختصة", "المختص",
    "المتطرفة", "المتطرف", "المتشددة", "المتشدد", "الحاكم", "الحاكمة", "المركزية", "الاتحادية", "الفيدرالية",
    "المعترف بها دوليا", "المعترف بها دولياً", "الجديد", "الجديدة", "الجدد", "المؤقت", "المؤقتة", "الانتقالي",
    "الانتقالية", "المنتخبة", "المقبل", "المقبلة", "المفرج عنهم", "المفرج عنه", "المفرج عنها", "المطلق سراحهم",
    // "Semi-" (وكالة تسنيم الإيرانية شبه الرسمية، القوات شبه العسكرية، إقليم كردستان شبه المستقل).
    "شبه الرسمية", "شبه الرسمي", "شبه رسمية", "شبه رسمي", "شبه الحكومية", "شبه الحكومي", "شبه حكومية",
    "شبه العسكرية", "شبه عسكرية", "شبه المستقل", "شبه المستقلة", "شبه النظامية",
];

/// Words between a role phrase and the person's name that still describe the person
/// (العميل الروسي السابق المزدوج سيرغي سكريبال، الرئيس المالي المنتهية ولايته).
const ROLE_MODIFIERS: &[&str] = &[
    "السابق", "السابقة", "الأسبق", "الأسبقة", "المزدوج", "المزدوجة", "الراحل", "الراحلة", "الحالي", "الحالية",
    "الجديد", "الجديدة", "المنتهية ولايته", "المنتهية ولايتها", "المستقيل", "المستقيلة", "المقال", "المقالة",
    "المخلوع", "المعزول", "المكلف", "المكلفة", "الفخري",
];

/// Words that join the two pieces of one office (وزير الدولة للشؤون الخارجية). Only
/// these: after another ل-word (للقاء، للانتخابات) the second mention is someone else.
const OFFICE_LINKS: &[&str] = &["الشؤون", "شؤون"];

fn keys_of(words: &[&str]) -> KeySet {
    words.iter().map(|w| marsad_text::normalize::key(w)).collect()
}

pub(super) fn set(cell: &'static OnceLock<KeySet>, words: &[&str]) -> &'static KeySet {
    cell.get_or_init(|| keys_of(words))
}

/// `key` without the conjunction و/ف and a preposition ب/ل before a word of `words`.
pub(super) fn is_one_of(key: &str, words: &KeySet) -> bool {
    // Every form below ends like `key` (ال + the rest after لل too, once the rest has two
    // bytes or more: لل and ال both end in ل): most words are answered here.
    if !(words.may_end_like(key) || key.len() < 8 && has_lam_lam(key)) {
        return false;
    }
    if words.contains(key) {
        return true;
    }
    let base = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    if base.len() != key.len() && words.contains(base) {
        return true;
    }
    // ل before the article drops its alef (للمنظمة): put it back.
    if let Some(rest) = base.strip_prefix("لل") {
        if words.contains(&["ال", rest].concat()) {
            return true;
        }
    }
    base.strip_prefix('ل').or_else(|| base.strip_prefix('ب')).is_some_and(|rest| words.contains(rest))
}

/// Has `key` the letters لل in it? Asked of short keys only, where comparing the few
/// windows is cheaper than setting up `str::contains`'s substring search.
fn has_lam_lam(key: &str) -> bool {
    key.as_bytes().windows("لل".len()).any(|w| w == "لل".as_bytes())
}

pub(super) fn opening_quote(s: &str) -> bool {
    matches!(s, "\"" | "«" | "“" | "'")
}

pub(super) fn closing_quote(s: &str) -> bool {
    matches!(s, "\"" | "»" | "”" | "'")
}

/// Widen every mention of `out` to its whole phrase (see the module docs). `out` is in
/// document order and stays so.
pub(super) fn widen(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    if out.is_empty() {
        return;
    }
    let mut gone = super::SpanFlags::new(out.len());
    for i in 0..out.len() {
        // Left first: a title or classifier sits right against the name.
        widen_left(cx, out, i, &mut gone);
        if !gone[i] {
            widen_right(cx, out, i, &mut gone);
        }
    }
    super::remove_marked(out, &gone);
}

/// The mention before `out[i]`, those marked gone aside.
fn prev_kept(gone: &[bool], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| !gone[j])
}

/// Is token `t`, before `out[i]`, outside the mention before it?
fn free_before(out: &[ActorSpan<'_>], i: usize, gone: &[bool], t: usize) -> bool {
    prev_kept(gone, i).is_none_or(|j| out[j].tok_end <= t)
}

/// Is `key` a noun that says what kind of body the name after it is (موقع، شركة،
/// صحيفة), perhaps with و/ف and ب/ل?
pub(super) fn is_classifier(key: &str) -> bool {
    word_classes::is_of(key, class::CLASSIFIER)
}

fn widen_left(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>], i: usize, gone: &mut [bool]) {
    static QUANT: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    let s = &out[i];
    let kind = s.kind;
    // The # of a hashtag belongs to it.
    if s.tok_start > 0 && cx.hash_sign_at(s.tok_start - 1) && free_before(out, i, gone, s.tok_start - 1) {
        out[i].tok_start -= 1;
        return;
    }
    let start = s.tok_start;
    // A preposition written apart with a tatweel (لـ بي بي سي، لـCNN) is the mention's.
    if start > 0 && keys[start - 1] == "ل" && free_before(out, i, gone, start - 1) {
        out[i].tok_start -= 1;
        out[i].prepositional = true;
        return;
    }
    // A classifier, perhaps with the name in quotation marks after it (only names of
    // these kinds take one: the quotation mark is read for no other).
    let classified = matches!(kind, Kind::Group | Kind::Igo | Kind::Metonym | Kind::State);
    let quoted = classified && start > 1 && cx.punct(start - 1).is_some_and(opening_quote);
    let before = if quoted { start - 2 } else { start.wrapping_sub(1) };
    if before < keys.len() {
        let classifier = match kind {
            Kind::Group | Kind::Igo | Kind::Metonym => is_classifier(&keys[before]),
            Kind::State => !quoted && word_classes::is_of(&keys[before], class::STATE_CLASSIFIER),
            _ => false,
        };
        let closed = !quoted || cx.punct(out[i].tok_end).is_some_and(closing_quote);
        if classifier && closed {
            if let Some(j) = absorbable(out, i, gone, before) {
                if let Some(j) = j {
                    gone[j] = true;
                }
                out[i].tok_start = before;
                out[i].prepositional |= preposition_on(&keys[before]);
                if quoted && free_after(out, i, out[i].tok_end) {
                    out[i].tok_end += 1;
                }
                return;
            }
        }
    }
    // A unit of a coded body before it (كلية الطب بجامعة هارفارد) is the body's.
    if let Some(unit) = super::body_units::unit_start(cx, &out[i]) {
        if let Some(j) = absorbable(out, i, gone, unit) {
            if let Some(j) = j {
                gone[j] = true;
            }
            out[i].tok_start = unit;
            out[i].prepositional = preposition_on(&keys[unit]);
            out[i].extend_rule(&["+unit"]);
            return;
        }
    }
    let Some(before) = start.checked_sub(1) else { return };
    // A capital named as a place after العاصمة and perhaps its state's nisba (العاصمة
    // النمساوية فيينا، بالعاصمة بروكسل) is named by the whole phrase.
    if let Some(from) = capital_phrase_start(cx, &out[i]) {
        if free_before(out, i, gone, from) {
            out[i].tok_start = from;
            out[i].prepositional |= preposition_on(&keys[from]);
            return;
        }
    }
    let title = matches!(kind, Kind::Person | Kind::PersonShort) || out[i].rule.starts_with("unknown-name");
    if title && word_classes::is_of(&keys[before], class::TITLE) {
        if let Some(j) = absorbable(out, i, gone, before) {
            if let Some(j) = j {
                gone[j] = true;
            }
            out[i].tok_start = before;
            out[i].prepositional |= preposition_on(&keys[before]);
            return;
        }
    }
    // A quantity before people, with its number (4 آلاف فلبيني).
    let people = matches!(kind, Kind::Agent | Kind::Demonym | Kind::Group);
    let quant = set(&QUANT, QUANTIFIERS);
    let mut from = start;
    if people && word_classes::is_of(&keys[before], class::QUANTIFIER) && free_before(out, i, gone, before) {
        from = before;
    }
    if let Some(t) = partitive_start(keys, start).filter(|&t| people && free_before(out, i, gone, t)) {
        from = t;
    }
    // The number of a counted quantity (4 آلاف).
    if from > 0 && quant.contains(keys[from].as_str()) && is_number(&keys[from - 1]) && free_before(out, i, gone, from - 1) {
        from -= 1;
    }
    // The whole number and "about" or "more than" before it (150 ألف طالب سوري، أكثر من 4
    // آلاف فلبيني): the guide's approximators belong to the count.
    if people && (is_number(&keys[from]) || super::counted::is_number_word(&keys[from])) {
        let whole = super::counted::number_start(keys, from);
        if whole < from && free_before(out, i, gone, whole) && !cx.crosses_paragraph(whole, from + 1) {
            from = whole;
        }
    }
    if from != start {
        out[i].tok_start = from;
        out[i].prepositional |= preposition_on(&keys[from]);
    }
}

/// Is `key`, its clitics aside (بالعاصمة، وفي العاصمة is في's), the word العاصمة?
pub(super) fn is_capital_noun(key: &str) -> bool {
    word_classes::is_of(key, class::CAPITAL)
}

/// العاصمة, the one word of [`is_capital_noun`].
pub(super) const CAPITAL_NOUN: &[&str] = &["العاصمة"];

/// Where the phrase naming a capital as a place begins: at العاصمة right before it, or
/// before a nisba of the capital's own state between them (العاصمة المصرية القاهرة; not
/// العاصمة البريطانية for another state's city). Only for a capital or city already read
/// as its state (rules `capital-place:`, `metonym-place:`), not as a government.
fn capital_phrase_start(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> Option<usize> {
    if !(s.rule.starts_with("capital-place:") || s.rule.starts_with("metonym-place:")) {
        return None;
    }
    let keys = cx.keys;
    let before = s.tok_start.checked_sub(1)?;
    if is_capital_noun(&keys[before]) {
        return Some(before);
    }
    let noun = before.checked_sub(1)?;
    let own_nisba = keys[before].starts_with("ال") && super::nationality(cx, before).is_some_and(|(state, _)| s.entity_id == Some(state));
    (own_nisba && is_capital_noun(&keys[noun])).then_some(noun)
}

/// Where a partitive before the people starting at `start` begins, if one does: a word of
/// [`PARTITIVES`] and من (العديد من المعتقلين), perhaps with an adjective of size between
/// (عدد كبير من، عددا محدودا من), or a number in digits and من (48 من المعتقلين).
pub(super) fn partitive_start(keys: &[String], start: usize) -> Option<usize> {
    static SIZES: OnceLock<KeySet> = OnceLock::new();
    let min = start.checked_sub(2).filter(|&b| keys[b + 1] == "من")?;
    // (Not the number of an article of a law: المادة 17 من نظام الإجراءات.)
    let article_number = || min.checked_sub(1).is_some_and(|t| ["الماده", "ماده", "البند", "بند", "الفقره", "فقره"].contains(&keys[t].as_str()));
    if word_classes::is_of(&keys[min], class::PARTITIVE) || is_number(&keys[min]) && !article_number() {
        return Some(min);
    }
    let word = min.checked_sub(1)?;
    let counting = |k: &str| word_classes::is_of(k, class::PARTITIVE | class::SHARE);
    (set(&SIZES, PARTITIVE_SIZES).contains(keys[min].as_str()) && counting(&keys[word])).then_some(word)
}

fn is_number(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit())
}

/// Can token `t`, just before `out[i]`, join it? `Some(None)` when no mention holds it,
/// `Some(Some(j))` when mention `j` is a one-word role noun with no code that may be
/// absorbed, `None` otherwise.
fn absorbable(out: &[ActorSpan<'_>], i: usize, gone: &[bool], t: usize) -> Option<Option<usize>> {
    match prev_kept(gone, i) {
        Some(j) if out[j].tok_end > t => {
            let bare = out[j].tok_start == t && out[j].tok_end == t + 1 && out[j].actor.is_none() && out[j].kind == Kind::Agent;
            bare.then_some(Some(j))
        }
        _ => Some(None),
    }
}

fn free_after(out: &[ActorSpan<'_>], i: usize, t: usize) -> bool {
    out.get(i + 1).is_none_or(|n| n.tok_start > t)
}

pub(super) fn preposition_on(key: &str) -> bool {
    let base = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    base.starts_with('ل') && !base.starts_with("لا") || base.starts_with('ب')
}

/// Most definite words of an unknown body taken after باسم.
const SPOKEN_BODY_WORDS: usize = 3;

/// A spokesman for a body no dictionary or earlier pass knows (متحدث باسم الجماعة، المتحدث
/// باسم الأسطول الخامس) is named with that body: the mention takes the definite words
/// after its باسم that no mention holds, as the labels do (eval/README.md), so a quote's
/// speaker is not a bare "المتحدث باسم". Who the body is stays unknown.
pub(super) fn spoken_body(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let start = out[i].tok_end;
        if out[i].kind != Kind::Agent || start == 0 || keys[start - 1] != "باسم" {
            continue;
        }
        let body_word = |k: &str| k.starts_with("ال") && k.chars().count() >= 4;
        let mut end = start;
        while end < keys.len() && end < start + SPOKEN_BODY_WORDS && body_word(&keys[end]) && free_after(out, i, end) {
            end += 1;
        }
        out[i].tok_end = end;
    }
}

fn widen_right(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>], i: usize, gone: &mut [bool]) {
    let keys = cx.keys;
    let kind = out[i].kind;
    // A name's بن chain: الملك سلمان بن عبدالعزيز آل سعود.
    if matches!(kind, Kind::Person) {
        let mut end = out[i].tok_end;
        while end + 1 < keys.len() && matches!(keys[end].as_str(), "بن" | "بنت" | "ابن") && name_word(&keys[end + 1]) && free_after(out, i, end + 1) {
            end += 2;
        }
        if end != out[i].tok_end && end + 1 < keys.len() && keys[end] == "ال" && name_word(&keys[end + 1]) && free_after(out, i, end + 1) {
            end += 2;
        }
        out[i].tok_end = end;
        return;
    }
    if !matches!(kind, Kind::Agent | Kind::Group | Kind::Igo | Kind::State | Kind::Metonym | Kind::Demonym) {
        return;
    }
    let mut end = out[i].tok_end;
    let mut body_adjectives = 0;
    loop {
        let next = (i + 1..out.len()).find(|&j| !gone[j]);
        let held = next.filter(|&j| out[j].tok_start <= end);
        if let Some(len) = attribute_at(keys, end) {
            // An attribute the matcher read as a bare role noun (الإرهابي) is absorbed.
            match held {
                None if next.is_none_or(|j| out[j].tok_start >= end + len) => {}
                Some(j) if len == 1 && out[j].tok_end == end + 1 && out[j].actor.is_none() && out[j].kind == Kind::Agent => gone[j] = true,
                _ => break,
            }
            end += len;
            continue;
        }
        // Any other adjective after a definite role noun for a group or body (القوات
        // المدعومة، الجماعة الصغيرة العنيفة), a word no mention holds. Not after a noun for
        // one person: `role_reaches` decides which words lead on to the person's name. Not
        // a nation across states (للشعب اليهودي): `resolve_from_context` reads it after the noun.
        if kind == Kind::Agent && !out[i].person_noun && key_is_definite(&keys[end - 1]) {
            let next_start = next.map_or(usize::MAX, |j| out[j].tok_start);
            if super::attributes::run_after(cx, end, next_start, out[i].country.as_deref()) > 0 && !super::of_a_nation_across_states(cx, end) {
                end += 1;
                continue;
            }
        }
        // A group's own nationality said again (الحوثيين اليمنيين، إندبندنت البريطانية).
        let own_nisba = matches!(kind, Kind::Group)
            && keys.get(end).is_some_and(|k| k.starts_with("ال"))
            && out[i].country.is_some()
            && super::nationality(cx, end).is_some_and(|(_, iso)| out[i].country.as_deref() == Some(iso));
        if !own_nisba {
            // Any other adjective after a named body (ميليشيات الحوثي الإيرانية), a word no
            // mention holds but a bare role noun with no code (حزب النهضة الإسلامي).
            let free = held.is_none_or(|j| out[j].tok_end == end + 1 && out[j].actor.is_none() && out[j].kind == Kind::Agent);
            if free && body_adjectives < super::body_adjectives::MOST && super::body_adjectives::adjective_at(cx, &out[i], end) {
                if let Some(j) = held {
                    gone[j] = true;
                }
                body_adjectives += 1;
                end += 1;
                continue;
            }
            break;
        }
        match held {
            None => {}
            Some(j) if out[j].tok_end == end + 1 && matches!(out[j].kind, Kind::Nisba | Kind::Demonym | Kind::State) => gone[j] = true,
            _ => break,
        }
        end += 1;
    }
    out[i].tok_end = end;
}

/// Phrases of one or more words, as keys, looked up at a token: most tokens are
/// rejected by the set of first words.
struct PhraseList {
    firsts: KeySet,
    phrases: Vec<Vec<String>>,
}

impl PhraseList {
    fn new(phrases: &[&str]) -> PhraseList {
        let phrases: Vec<Vec<String>> = phrases.iter().map(|p| p.split(' ').map(marsad_text::normalize::key).collect()).collect();
        PhraseList { firsts: phrases.iter().map(|p| p[0].clone()).collect(), phrases }
    }

    /// How many tokens the phrase starting at `t` takes, if one does.
    fn at(&self, keys: &[String], t: usize) -> Option<usize> {
        if !keys.get(t).is_some_and(|k| self.firsts.contains(k.as_str())) {
            return None;
        }
        self.phrases.iter().find(|p| keys.get(t..t + p.len()).is_some_and(|w| w.iter().zip(p.iter()).all(|(k, p)| k == p))).map(Vec::len)
    }
}

/// How many tokens an attribute at `t` takes (see [`ATTRIBUTES`]), if one starts there.
fn attribute_at(keys: &[String], t: usize) -> Option<usize> {
    static ATTR: OnceLock<PhraseList> = OnceLock::new();
    ATTR.get_or_init(|| PhraseList::new(ATTRIBUTES)).at(keys, t)
}

/// A word that can be part of a name after بن: not a function word or verb.
fn name_word(key: &str) -> bool {
    has_chars(key, 2) && !is_stop(key) && key.chars().all(|c| c.is_alphabetic())
}

/// What lies between a role phrase and the person's name it reaches ([`role_reaches`]).
#[derive(Clone, Copy, Default)]
pub(super) struct RoleGap<'a> {
    /// The state (code, ISO alpha-3) of a nisba crossed (العميل المزدوج الروسي السابق).
    pub nisba: Option<(&'a str, &'a str)>,
    /// A word that makes the office a past one (السابق، الأسبق، الراحل): the person holds
    /// it no more.
    pub former: bool,
}

/// Does a role phrase end where a person's name begins, perhaps across words that still
/// describe the person (see [`ROLE_MODIFIERS`])? After a noun for one person
/// (`person_noun`) definite adjectives and a nisba may stand there too (العميل المزدوج
/// الروسي السابق سيرغي سكريبال، رجل الدين الشيعي الشعبوي مقتدى الصدر، الرئيس المالي
/// المنتهية ولايته إبراهيم أبو بكر كيتا): at most [`ROLE_GAP`] such pieces.
pub(super) fn role_reaches<'a>(cx: &Cx<'a, '_>, mut end: usize, name_start: usize, person_noun: bool) -> Option<RoleGap<'a>> {
    static MODS: OnceLock<PhraseList> = OnceLock::new();
    static PAST: OnceLock<KeySet> = OnceLock::new();
    let mods = MODS.get_or_init(|| PhraseList::new(ROLE_MODIFIERS));
    let keys = cx.keys;
    let mut gap = RoleGap::default();
    for _ in 0..ROLE_GAP {
        if end >= name_start {
            break;
        }
        if let Some(len) = mods.at(keys, end) {
            gap.former |= set(&PAST, PAST_MODIFIERS).contains(keys[end].as_str());
            end += len;
            continue;
        }
        if !person_noun || cx.punct(end).is_some() {
            return None;
        }
        // A nisba before one of another state is no description of one person.
        if let Some(state) = super::nationality(cx, end).filter(|_| keys[end].starts_with("ال")) {
            if gap.nisba.is_some_and(|n| n != state) {
                return None;
            }
            gap.nisba = Some(state);
        } else if !super::adjective(&keys[end]) || plural_nisba(&keys[end]) {
            return None;
        }
        end += 1;
    }
    (end == name_start).then_some(gap)
}

/// Most words of a role noun's own complement between it and the name it introduces.
const NAME_COMPLEMENT_WORDS: usize = 3;

/// Does a role phrase for one person that ends at token `end` reach a person's name
/// across its own complement, the body it heads or serves, that no dictionary knows
/// (رئيس لجنة التحكيم إبراهيم السعافين، رئيسة الجمعية التونسية للنساء الديمقراطيات
/// يسرى فراوس)? An apposition with no comma is one mention (eval/README.md). The
/// complement is one to [`NAME_COMPLEMENT_WORDS`] words and ends in a definite one: an
/// indefinite noun only right after an indefinite word of the role (a construct: رئيس لجنة),
/// every other word with the article or لل. A function word, a verb, a given name or
/// punctuation ends the phrase: the name then belongs to the next clause.
pub(super) fn complement_reaches(cx: &Cx<'_, '_>, end: usize, name_start: usize) -> bool {
    let keys = cx.keys;
    if name_start <= end || name_start > end + NAME_COMPLEMENT_WORDS || end == 0 {
        return false;
    }
    let definite = |k: &str| k.starts_with("ال") || k.starts_with("لل");
    // After a definite role phrase a bare definite noun is more often the verb's object
    // (استقبل الرئيس المصري الوفد): only لل-phrases continue it.
    let construct = !key_is_definite(&keys[end - 1]);
    (end..name_start).all(|t| {
        let k = keys[t].as_str();
        let shape = if t == end { construct || k.starts_with("لل") } else { definite(k) };
        shape
            && has_chars(k, 3)
            && cx.punct(t).is_none()
            && !is_stop(k)
            && !cx.first_names.contains(k)
            && !super::is_verb_word(cx, k)
            && !cx.para_start(t)
    }) && definite(&keys[name_start - 1])
}

/// Role nouns whose sector does not depend on the body they head: a minister is in the
/// government whatever his ministry (وزير النقل، وزيرة الهجرة).
const SECTOR_OF_THEIR_OWN: &[&str] = &["وزير", "وزيرة", "وزراء", "الوزير", "الوزيرة"];

/// Does the role noun `key` (a role phrase's first word) keep its role code across a
/// complement no dictionary knows ([`complement_reaches`])?
pub(super) fn sector_of_its_own(key: &str) -> bool {
    static SET: OnceLock<KeySet> = OnceLock::new();
    is_one_of(key, set(&SET, SECTOR_OF_THEIR_OWN))
}

/// Modifiers of [`ROLE_MODIFIERS`] that put the office in the past.
const PAST_MODIFIERS: &[&str] = &[
    "السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المستقيل", "المستقيلة", "المقال", "المقالة",
    "المخلوع", "المعزول",
];

/// A plural nisba adjective (الحقوقيين الدوليين) describes a group, not one person.
fn plural_nisba(key: &str) -> bool {
    key.ends_with("يين") || key.ends_with("يون")
}

/// Most descriptive pieces between a role noun and the person's name (each a word or a
/// phrase of [`ROLE_MODIFIERS`]).
const ROLE_GAP: usize = 4;

/// Words a quoted proper name may follow to name an organisation no dictionary knows
/// (صحيفة "سكرامنتو بي"، شركة "أرامكو"): the classifiers, and bodies that take names.
const NAMED_BODIES: &[&str] = &["مستشفى", "جامعة", "جمعية", "لجنة", "هيئة", "مركز", "معهد", "نادي", "مجلس"];

/// Most words of a quoted name (a longer quotation is speech, not a name).
const QUOTED_NAME_WORDS: usize = 4;

/// A bare classifier right before a short quoted name that no other mention covers is
/// that organisation: one mention with the quoted name as its entity, the classifier's
/// role, and the state of a nisba right after the closing mark (تلفزيون "نوش" الرسمي
/// الهولندي → NLDMED); without one, the story's country is given later
/// (`agent+quoted-name`).
pub(super) fn quoted_names<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    static BODIES: OnceLock<KeySet> = OnceLock::new();
    let keys = cx.keys;
    for i in 0..out.len() {
        let s = &out[i];
        let open = s.tok_end;
        // (A noun for one person is no classifier, but a phrase that ends in one is:
        // مراسلة صحيفة "التايمز" البريطانية names the paper.)
        // (One branch for the fields, `&` and `|`: each alone went either way.)
        let bare = (s.kind == Kind::Agent) & s.actor.is_none() & s.entity.is_none() & (!s.person_noun | (s.tok_end > s.tok_start + 1));
        if !bare || !cx.punct(open).is_some_and(opening_quote) {
            continue;
        }
        let last = &keys[s.tok_end - 1];
        if !is_classifier(last) && !is_one_of(last, set(&BODIES, NAMED_BODIES)) {
            continue;
        }
        let next_start = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        let limit = (open + 2 + QUOTED_NAME_WORDS).min(keys.len());
        let Some(close) = (open + 2..limit).find(|&t| cx.punct(t).is_some_and(closing_quote)) else { continue };
        let words = &keys[open + 1..close];
        if close >= next_start || words.iter().any(|w| w.is_empty() || is_stop(w)) {
            continue;
        }
        let entity: String = words.join(" ");
        let nisba = |t: usize| super::nationality(cx, t);
        // A nisba after the name, perhaps after الرسمي (official).
        let after = close + 1;
        let official = keys.get(after).is_some_and(|k| matches!(k.as_str(), "الرسمي" | "الرسميه"));
        let at = if official { after + 1 } else { after };
        let state = (at < next_start).then(|| nisba(at)).flatten();
        let s = &mut out[i];
        s.entity = Some(entity.into());
        // (A noun that is no actor alone is one with its name.)
        s.needs_institution = false;
        match state {
            Some((state, iso)) => {
                let role = s.role.as_deref().unwrap_or("");
                s.actor = Some(super::actor_of(cx.lex, state, role));
                s.country = Some(std::borrow::Cow::Borrowed(iso));
                s.tok_end = at + 1;
                s.rule = "agent+quoted-name+state".into();
            }
            None => {
                s.tok_end = close + 1;
                s.rule = "agent+quoted-name".into();
            }
        }
    }
}

/// People whom `ب` joins to an institution by something else than membership
/// (معتقلين بالجنود الأتراك، الإرهابيين بالسلطات): civilians, detainees, armed men.
fn outsider(a: &ActorSpan<'_>) -> bool {
    a.role.as_deref().is_some_and(|r| ["CVL", "OPP", "CRM", "UAF", "REB", "INS", "REF"].contains(&r))
}

/// Two mentions of one actor written together become one: a role phrase and the
/// person's name (الرئيس الروسي #فلاديمير_بوتين، الجاسوس السابق سيرغي سكريبال), a name and
/// its abbreviation in brackets (مكتب التحقيقات الفيدرالي (إف بي آي)), a role noun and the
/// institution it serves in (مسؤول في وزارة الخارجية).
pub(super) fn merge_adjacent<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    static LINKS: OnceLock<KeySet> = OnceLock::new();
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let same = a.actor.is_some() && a.actor == b.actor;
        // (The brackets are read only around two mentions of one actor.)
        // (So are quotation marks: وكالة الأنباء السعودية "واس", وزارة الدفاع الأميركية
        // "البنتاغون"; a quotation holding only a mention of the actor just named is its
        // other name, not something it said.)
        let bracketed = same
            && b.tok_start == a.tok_end + 1
            && (cx.punct_is(a.tok_end, "(") && cx.punct_is(b.tok_end, ")")
                || cx.punct(a.tok_end).is_some_and(opening_quote) && cx.punct(b.tok_end).is_some_and(closing_quote))
            && (a.entity_id.is_none() || b.entity_id.is_none() || a.entity_id == b.entity_id);
        // A role phrase of no other country (a bare one: الجاسوس) right before a named
        // person, or before the person's hashtag, is that person's.
        let hashtag_after = b.tok_start == a.tok_end && cx.hash_sign_at(b.tok_start);
        // …and so is a role phrase with a lone first name before the person's hashtag
        // (الرئيس الأميركي دونالد #ترمب).
        let first_name_only = a.rule.ends_with("+name") && a.name.is_some_and(|(s, e)| e == s + 1) && b.entity_id.is_some();
        // (Not a noun for another person in construct with the name: محامي ترامب. إدارة
        // ترامب is still Trump's.)
        let of_the_name =
            a.person_noun && a.tok_end == a.tok_start + 1 && b.tok_start == a.tok_end && !b.prepositional && !hashtag_after && cx.in_construct_with_name(a.tok_start);
        // (A noun that is no actor alone is kept only for the member merge below.) A role
        // noun already linked back to this very person (الجاسوس السابق سكريبال after
        // سيرغي سكريبال) still joins the name.
        let linked_to_b = a.kind == Kind::Agent && a.rule.starts_with("agent+coref") && a.entity.is_some() && a.entity == b.entity;
        // Descriptive words between them only when the name is no complement (المستشار
        // الاقتصادي لترامب is Trump's adviser) and the noun no rank that is also a common
        // word (الفريق الألماني ليروي ساني: a team).
        let describes = a.person_noun && !b.prepositional && !a.needs_name;
        // (A name after و that is a given name without it is the next conjunct: ورئيس
        // وزرائها وماجد فرج. وليد is a name.)
        let conjunct = cx.keys[b.tok_start].strip_prefix('و').is_some_and(|r| cx.first_names.contains(r));
        let titled = (a.kind == Kind::Agent && a.entity.is_none() && !of_the_name && !a.needs_institution
            || first_name_only && hashtag_after
            || linked_to_b)
            && matches!(b.kind, Kind::Person | Kind::PersonShort)
            && b.entity.is_some()
            && (a.country.is_none() || a.country == b.country)
            && !conjunct
            // (Nor right after a plural with the article, السلطات المغربية الزفزافي: the
            // name is the next phrase, a verb's object most often. A name after a
            // preposition is still a complement: المستشارين الاقتصاديين لترامب.)
            && (!a.definite_body || b.prepositional)
            // (Nor a verb's subject, a bare institution with the article, alone or with its
            // nisbas, before its object: وتتهم النيابة رونالدو، واتهمت النيابة التركية
            // برونسون; `no_genitive`.)
            && !(b.tok_start == a.tok_end && super::no_genitive::subject_before_object(cx, a))
            // (A person already named with the descriptor before the name is a noun phrase
            // of its own: أدانت محكمة أمريكية الممثل … بيل كوسبي.)
            && !b.rule.contains("+descriptor")
            && (hashtag_after
                || role_reaches(cx, a.tok_end, b.tok_start, describes)
                    .is_some_and(|gap| gap.nisba.is_none_or(|(_, iso)| b.country.as_deref().is_none_or(|c| c == iso))));
        // An office the dictionaries list as its organisation (الأمين العام للأمم المتحدة:
        // IGOUNO) right before the holder's name is the holder's too.
        let office_holder = a.kind == Kind::Igo
            && same
            && b.tok_start == a.tok_end
            && !b.prepositional
            && matches!(b.kind, Kind::Person | Kind::PersonShort)
            && b.entity.is_some();
        // …and so is a metonym for one office-holder before the holder's name (المرشد
        // الإيراني علي خامنئي: `office_metonyms`).
        let titled = titled || office_holder || !conjunct && super::office_metonyms::names_holder(cx, k.checked_sub(1).map(|j| &out[j]), a, b);
        // One office written in two pieces around a genitive (وزير الدولة للشؤون
        // الخارجية الإماراتي، وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش).
        // (The first piece may already be the person it was in apposition with: أنور
        // قرقاش، وزير الدولة للشؤون الخارجية الإماراتي.)
        // (The rule's text is searched last: most pairs fail the field tests.)
        let named_office = same && b.kind == Kind::Agent && b.entity.is_none() && a.rule.contains("apposition");
        let linked = (a.kind == Kind::Agent && a.entity.is_none() && !a.needs_institution || named_office)
            && b.actor.is_some()
            && (a.actor.is_none() && a.country.is_none() || same)
            && matches!(b.kind, Kind::Agent | Kind::Person)
            && b.tok_start == a.tok_end + 1
            && is_one_of(&cx.keys[a.tok_end], set(&LINKS, OFFICE_LINKS))
            && !cx.keys[b.tok_start].starts_with('و');
        // A bare role noun in or at an institution (مسؤول في وزارة الخارجية السعودية،
        // مصدر مسؤول بوزارة الخارجية، ضابط في الجيش السوري) is one of its people.
        // (Its code so far, if any, was only the story's country.)
        let open = a.kind == Kind::Agent
            && a.entity.is_none()
            && (a.actor.is_none() && a.country.is_none() || a.rule.starts_with("agent+context:") || a.rule.starts_with("agent+local"));
        // An office of several words linked back to someone of another country gives way
        // to في or لـ an institution too: رئيس هيئة الأركان العامة للجيش السعودي is the
        // Saudi one, whoever was named before. (A bare الرئيس before لـ is more often
        // spoken to: الرئيس لنظيره الروسي.)
        let linked_back = a.kind == Kind::Agent
            && a.person_noun
            && a.rule.starts_with("agent+coref")
            && a.tok_end >= a.tok_start + 2
            && a.country.is_some()
            && b.country.is_some()
            && a.country != b.country;
        let institution = b.actor.is_some()
            && b.entity_id.is_none_or(|_| matches!(b.kind, Kind::Group | Kind::Igo | Kind::Metonym))
            && matches!(b.kind, Kind::Agent | Kind::Group | Kind::Igo | Kind::Metonym);
        let b_prep = |p: char| b.prepositional && cx.keys[b.tok_start].starts_with(p);
        // …and so is a one-person office of a body named with ل, perhaps across one
        // adjective (المتحدث الرسمي للجيش الليبي، رئيس هيئة الأركان العامة للجيش السعودي).
        let office_of = a.person_noun
            && b.kind == Kind::Agent
            && b.role.as_deref() != Some("MED")
            && b_prep('ل')
            && (b.tok_start == a.tok_end || b.tok_start == a.tok_end + 1 && super::adjective(&cx.keys[a.tok_end]));
        let in_it = b.tok_start == a.tok_end + 1 && cx.keys[a.tok_end] == "في";
        // A bare noun's own complement of definite words no dictionary knows may come
        // first (مديرة الاتصالات في البيت الأبيض، مكتب الشؤون الأمنية بالبيت الأبيض).
        let complement_end = if open && b.tok_start > a.tok_end { own_complement_end(cx, a.tok_end, b.tok_start) } else { a.tok_end };
        // (Not people who are only there: الطفلة الصغيرة في الكونغرس.)
        let in_it_after = complement_end > a.tok_end
            && !outsider(a)
            && (b.tok_start == complement_end + 1 && cx.keys[complement_end] == "في" || b.tok_start == complement_end && b_prep('ب'));
        // …or is its part by التابع لـ (لجنة القوانين التابعة للجمعية الوطنية).
        let part_of = complement_end > a.tok_end + 1 && b.tok_start == complement_end && b_prep('ل') && super::TABI.contains(&cx.keys[complement_end - 1].as_str());
        // (A body in construct with the noun, or named after عن or من: `staff`.)
        let linked_to_body = same && a.kind == Kind::Agent && a.entity.is_none() && a.rule.starts_with("agent+coref");
        let staff = if (open || linked_to_body) && institution { super::staff::of_body(cx, a, b) } else { None };
        // Members or peers named through a pronoun in an institution (زملاؤه في الكونغرس،
        // عناصرها في الشرطة) are its people; not its envoys (مندوبها في مجلس الأمن).
        let possessed_in = a.rule == "possessed" && in_it && !b.prepositional && (a.tok_start..a.tok_end).any(|t| super::possessed::names_members(cx, t));
        let member = institution
            && (possessed_in || open && (in_it || in_it_after || part_of || b.tok_start == a.tok_end && b_prep('ب') && !outsider(a) || office_of)
                || linked_back && (in_it || office_of))
            || open && fighters_of_group(cx, a, b)
            || staff.is_some();
        // A noun already linked to the body named after it with في, or a body named from
        // its head noun, is one of that body's people or parts (الأكاديمي في جامعة صنعاء،
        // القاضي في محكمة منهاتن، معهد الأسنان في جامعة كينغز كوليدج): one mention, which
        // keeps its own identity (a person it names stays that person). Not a building
        // (الرئيس الأميركي في البيت الأبيض: where the verb happens).
        let same_body_in = same
            && in_it
            && a.kind == Kind::Agent
            && matches!(b.kind, Kind::Agent | Kind::Group | Kind::Igo)
            && !b.prepositional
            && (a.rule.starts_with("agent+coref") || a.rule.starts_with("agent+org-head"));
        if same_body_in {
            let b = out.remove(k + 1);
            out[k].tok_end = b.tok_end;
            out[k].extend_rule(&["+in-body"]);
            continue;
        }
        if member {
            // (A quoted name's closing mark closes the phrase too.)
            let closing = staff == Some(true) && cx.punct(b.tok_end).is_some_and(closing_quote);
            // A person of the institution stays a person (for links back), not a preposition.
            let person_noun = out[k].person_noun;
            let a = take_identity(out, k, "agent+member+");
            a.person_noun = person_noun;
            a.prepositional = false;
            a.tok_end += usize::from(closing);
            continue;
        }
        if bracketed {
            let b = out.remove(k + 1);
            out[k].tok_end = b.tok_end + 1;
            continue;
        }
        if linked && b.kind == Kind::Agent && a.actor.is_some() {
            let b = out.remove(k + 1);
            out[k].tok_end = b.tok_end;
            continue;
        }
        // A person after a preposition is the noun's complement or no part of it
        // (`person_complement`).
        let reading = (titled && b.prepositional && !hashtag_after).then(|| super::person_complement::reading(cx, a, b));
        match reading {
            Some(Reading::Complement) if super::person_complement::join(cx, out, k) => continue,
            Some(Reading::Complement | Reading::Apart) => {
                k += 1;
                continue;
            }
            Some(Reading::Adjective) => {
                out.remove(k);
                continue;
            }
            _ => {}
        }
        // Otherwise the second piece (or the person) says who it is.
        if titled || linked {
            // The person is who the phrase names: the role only led to the name.
            // (The role phrase is kept only when the name's code was the story's guess.)
            let role_phrase = out[k + 1].rule.starts_with("unknown-name+context").then(|| out[k].clone());
            let merged = take_identity(out, k, "agent+");
            if let Some(role_phrase) = role_phrase {
                super::head_roles::code_over_guess(cx.lex, merged, &role_phrase);
            }
            continue;
        }
        k += 1;
    }
}

/// Roles of armed men and militants who are counted out of a group with من.
const FIGHTER_ROLES: &[&str] = &["UAF", "RAD", "REB", "INS"];

/// Armed men or militants "of" a named group (27 عنصرا من ميليشيات الحوثي، ألفي متطرف
/// من داعش، مسلحين من حركة الشباب): a bare noun of [`FIGHTER_ROLES`] right before من
/// and the group are its members, one mention with the group's code. Only a group: من
/// before a state or place gives an origin, not a membership.
fn fighters_of_group(cx: &Cx<'_, '_>, a: &ActorSpan<'_>, b: &ActorSpan<'_>) -> bool {
    a.kind == Kind::Agent
        && a.role.as_deref().is_some_and(|r| FIGHTER_ROLES.contains(&r))
        && b.kind == Kind::Group
        && b.actor.is_some()
        && !b.prepositional
        && b.tok_start == a.tok_end + 1
        && cx.keys[a.tok_end] == "من"
}

/// Most definite words of a role noun's own complement before في or بـ an institution.
const COMPLEMENT_WORDS: usize = 3;

/// Where a complement of definite words right after a bare role noun ends (at `from` when
/// there is none), before `limit`: plain definite words, no punctuation, function word
/// or mention (the caller's next mention starts at `limit`).
pub(super) fn own_complement_end(cx: &Cx<'_, '_>, from: usize, limit: usize) -> usize {
    let mut end = from;
    while end < limit && end < from + COMPLEMENT_WORDS {
        let k = cx.keys[end].as_str();
        if !k.starts_with("ال") || !has_chars(k, 4) || is_stop(k) || cx.punct(end).is_some() {
            break;
        }
        end += 1;
    }
    end
}

/// `out[k]` and `out[k + 1]` become one mention that is `out[k + 1]`'s actor from
/// `out[k]`'s start, its rule after `prefix`.
fn take_identity<'a, 'm>(out: &'m mut Vec<ActorSpan<'a>>, k: usize, prefix: &str) -> &'m mut ActorSpan<'a> {
    let b = out.remove(k + 1);
    let a = &mut out[k];
    let start = a.tok_start;
    let rule = format!("{prefix}{}", b.rule);
    *a = b;
    a.tok_start = start;
    a.rule = rule.into();
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_lexicon::FxBuildHasher;
    use std::collections::HashSet;

    #[test]
    fn a_spokesman_is_named_with_the_unknown_body_he_speaks_for() {
        use super::super::tests::{code, mentions};
        let ms = mentions("وقال المتحدث باسم الأسطول الخامس لصحافيين إن السفن عادت.");
        assert!(ms.iter().any(|m| m.text == "المتحدث باسم الأسطول الخامس"), "{ms:?}");
        // A known body keeps its code; a word after the body's name is not taken.
        let ms = mentions("وقال المتحدث باسم الجيش الإسرائيلي إن الطائرات قصفت مواقع.");
        assert_eq!(code(&ms, "المتحدث باسم الجيش الإسرائيلي"), Some("ISRMIL"), "{ms:?}");
        let ms = mentions("وقال متحدث باسم الأسرة في بيان إنه أصيب.");
        assert!(ms.iter().any(|m| m.text == "متحدث باسم الأسرة"), "{ms:?}");
    }

    #[test]
    fn semi_official_and_paramilitary_stay_in_the_phrase() {
        use super::super::tests::mentions;
        let ms = mentions("ونقلت وكالة فارس الإيرانية شبه الرسمية عن مسؤول قوله إن المحادثات مستمرة.");
        assert!(ms.iter().any(|m| m.text == "وكالة فارس الإيرانية شبه الرسمية"), "{ms:?}");
        let ms = mentions("وانتشرت القوات شبه العسكرية في شوارع المدينة.");
        assert!(ms.iter().any(|m| m.text == "القوات شبه العسكرية"), "{ms:?}");
        // Not a peninsula after a state: شبه is no attribute alone.
        let ms = mentions("وضمت روسيا شبه جزيرة القرم عام 2014.");
        assert!(!ms.iter().any(|m| m.text.contains("شبه")), "{ms:?}");
    }

    /// `is_one_of` as it was before the ending filter: the same lookups on a plain set.
    fn plain(key: &str, words: &HashSet<String, FxBuildHasher>) -> bool {
        let base = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
        words.contains(key)
            || base.len() != key.len() && words.contains(base)
            || base.strip_prefix("لل").is_some_and(|rest| words.contains(&["ال", rest].concat()))
            || base.strip_prefix('ل').or_else(|| base.strip_prefix('ب')).is_some_and(|rest| words.contains(rest))
    }

    #[test]
    fn a_quoted_other_name_of_the_actor_just_named_joins_it() {
        use crate::mentions::tests::{code, mentions};
        let ms = mentions("ونقلت وكالة الأنباء السعودية \"واس\" عن وزارة الدفاع الأميركية «البنتاغون» قولها");
        assert_eq!(code(&ms, "وكالة الأنباء السعودية \"واس\""), Some("SAUMED"), "{ms:?}");
        assert_eq!(code(&ms, "وزارة الدفاع الأميركية «البنتاغون»"), Some("USAMIL"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "واس" && m.text != "البنتاغون"), "{ms:?}");
        // Another actor quoted after the first is its own mention.
        let ms = mentions("ونقلت وكالة الأنباء السعودية \"رويترز\" قولها");
        assert_eq!(code(&ms, "وكالة الأنباء السعودية"), Some("SAUMED"), "{ms:?}");
        assert_eq!(code(&ms, "رويترز"), Some("GBRMED"), "{ms:?}");
    }

    #[test]
    fn a_noun_linked_to_the_body_after_fi_is_one_of_its_people() {
        use crate::mentions::tests::{code, mentions};
        let text = "وقال الأكاديمي في جامعة صنعاء عبدالرحمن فرحان إن الحوثيين غيروا المناهج. وانتقد الأكاديمي في جامعة صنعاء التغيير.";
        let ms = mentions(text);
        assert_eq!(ms.iter().filter(|m| m.text == "الأكاديمي في جامعة صنعاء").count(), 1, "{ms:?}");
        assert_eq!(code(&ms, "الأكاديمي في جامعة صنعاء"), Some("YEMEDU"), "{ms:?}");
        // A building after في is where something happens, not a body the noun serves.
        let ms = mentions("التقى الرئيس الأميركي دونالد ترامب نظيره الكوري. واستقبل الرئيس الأميركي في البيت الأبيض الوفد.");
        assert!(ms.iter().any(|m| m.text == "البيت الأبيض"), "{ms:?}");
    }

    #[test]
    fn lam_lam_is_found_as_contains_finds_it() {
        for k in ["لل", "للم", "ولل", "فللم", "الل", "ل", "لال", "x", "", "بلل", "لxل"] {
            assert_eq!(has_lam_lam(k), k.contains("لل"), "{k}");
        }
    }

    #[test]
    fn the_ending_filter_answers_as_the_plain_set() {
        let lists: [&[&str]; 4] = [CLASSIFIERS, QUANTIFIERS, super::super::TITLES, &["ال", "الم", "ب", "x", "لل"]];
        let probes = [
            "وللمنظمة", "للمنظمة", "المنظمة", "منظمة", "بمنظمة", "فالحركة", "عشرات", "والآلاف", "للم", "لل", "ولل", "للx", "x",
            "ب", "بب", "الشيخ", "والشيخ", "للشيخ", "قال", "في", "",
        ];
        for list in lists {
            let plain_set: HashSet<String, FxBuildHasher> = list.iter().map(|w| marsad_text::normalize::key(w)).collect();
            let set = keys_of(list);
            for p in probes {
                let k = marsad_text::normalize::key(p);
                assert_eq!(is_one_of(&k, &set), plain(&k, &plain_set), "{p}");
                assert_eq!(set.contains(&k), plain_set.contains(&k), "{p}");
            }
        }
    }

    #[test]
    fn a_share_with_a_size_is_part_of_the_people() {
        let ms = crate::mentions::tests::mentions("وخرج قسم كبير من الشعب السوري إلى الشوارع، وقال إن نسبة كبيرة من المتظاهرين اعتقلت.");
        assert!(ms.iter().any(|m| m.text == "قسم كبير من الشعب السوري"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "نسبة كبيرة من المتظاهرين"), "{ms:?}");
        // Without a size it may be a department: the people alone.
        let ms = crate::mentions::tests::mentions("وقال قسم من الشرطة الإسرائيلية إنه يحقق.");
        assert!(ms.iter().all(|m| !m.text.starts_with("قسم")), "{ms:?}");
    }

    #[test]
    fn a_name_after_a_body_with_the_article_is_the_next_phrase() {
        // Not a title: the body acts on the person (own sentences, two shapes).
        let ms = crate::mentions::tests::mentions("وأفرجت السلطات المغربية عن معتقلين، ثم اعتقلت السلطات المغربية ناصر الزفزافي مجددا.");
        assert!(ms.iter().any(|m| m.text == "ناصر الزفزافي" && m.entity.as_deref() == Some("Nasser Zefzafi")), "{ms:?}");
        assert!(ms.iter().filter(|m| m.text == "السلطات المغربية").all(|m| m.actor.as_deref() == Some("MARGOV")), "{ms:?}");
        let ms = crate::mentions::tests::mentions("وانتقد النشطاء المغاربة ناصر الزفزافي لأنه رفض الحوار.");
        assert!(ms.iter().any(|m| m.text == "ناصر الزفزافي"), "{ms:?}");
        // A title for one person with the article still names them.
        let ms = crate::mentions::tests::mentions("وقال الناشط المغربي ناصر الزفزافي إن الحراك مستمر.");
        assert!(ms.iter().any(|m| m.text == "الناشط المغربي ناصر الزفزافي" && m.entity.as_deref() == Some("Nasser Zefzafi")), "{ms:?}");
    }
}
