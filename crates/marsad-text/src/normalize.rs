//! Matching keys: a folded copy of Arabic text used for lookup, never for output.
//!
//! The original text is never rewritten. [`key`] folds a string into a key; [`KeyMap`]
//! does the same while remembering, for every byte of the key, the byte in the original it
//! came from, so a match found in the key maps back to an exact span of the original.
//!
//! What is folded (each letter unification can be switched off in [`KeyOptions`]):
//! - removed: harakat and other diacritics (U+064B–U+065F, U+0670), Quranic annotation
//!   marks, tatweel (U+0640), zero-width and bidi control characters, soft hyphen;
//! - أ إ آ ٱ → ا, ى → ي, ة → ه;
//! - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII digits;
//! - Persian/Urdu letter variants (ک ی ۀ ہ ھ ے) → their Arabic letters;
//! - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their compatibility decomposition,
//!   itself folded (ﻻ → لا, ﷲ → الله).

use std::borrow::Cow;

/// Which letter unifications a key applies. Diacritic, tatweel, digit, presentation-form
/// and control-character folding always apply: no lookup ever wants them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyOptions {
    /// أ إ آ ٱ → ا
    pub alef: bool,
    /// ى → ي
    pub ya: bool,
    /// ة → ه
    pub ta_marbuta: bool,
}

impl Default for KeyOptions {
    fn default() -> Self {
        KeyOptions { alef: true, ya: true, ta_marbuta: true }
    }
}

impl KeyOptions {
    /// Only the always-on folds; letters keep their spelling.
    pub const LETTERS_KEPT: KeyOptions = KeyOptions { alef: false, ya: false, ta_marbuta: false };
}

/// What one input character becomes in a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folded {
    /// Dropped from the key (diacritic, tatweel, control character).
    Drop,
    /// Replaced by (or kept as) this character.
    Char(char),
    /// A presentation form or ligature: fold its compatibility decomposition.
    Expand,
}

/// True for characters that carry no letter: harakat, Quranic marks, tatweel, and
/// invisible format controls. They are skipped in keys and never start or end a word.
#[inline]
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}'
        | '\u{0640}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

/// Fold one character under `opts`.
#[inline]
pub fn fold_char(c: char, opts: KeyOptions) -> Folded {
    if c.is_ascii() {
        return Folded::Char(c);
    }
    if is_ignorable(c) {
        return Folded::Drop;
    }
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' if opts.alef => Folded::Char('ا'),
        'ى' if opts.ya => Folded::Char('ي'),
        'ة' if opts.ta_marbuta => Folded::Char('ه'),
        '\u{0660}'..='\u{0669}' => Folded::Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Folded::Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        'ک' => Folded::Char('ك'),
        'ی' | 'ے' => Folded::Char('ي'),
        'ۀ' | 'ہ' | 'ھ' => Folded::Char('ه'),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => Folded::Expand,
        _ => Folded::Char(c),
    }
}

/// Calls `emit` with each key character of `c` (zero, one or several).
#[inline]
fn fold_into(c: char, opts: KeyOptions, mut emit: impl FnMut(char)) {
    match fold_char(c, opts) {
        Folded::Drop => {}
        Folded::Char(k) => emit(k),
        Folded::Expand => {
            unicode_normalization::char::decompose_compatible(c, |d| {
                // Isolated harakat forms decompose to a space plus the mark: neither
                // belongs in a key.
                if d == ' ' {
                    return;
                }
                match fold_char(d, opts) {
                    Folded::Char(k) => emit(k),
                    Folded::Drop | Folded::Expand => {}
                }
            });
        }
    }
}

/// Matching key `key` without a conjunction و or ف before a word of three letters or more
/// (والحكومه → الحكومه, فقط and وعد stay whole).
///
/// ```
/// use marsad_text::normalize::without_conjunction;
/// assert_eq!(without_conjunction("والحكومه"), "الحكومه");
/// assert_eq!(without_conjunction("وعد"), "وعد");
/// ```
pub fn without_conjunction(key: &str) -> &str {
    key.strip_prefix(['و', 'ف']).filter(|rest| has_chars(rest, 3)).unwrap_or(key)
}

/// Does the key end as a nisba adjective does, ـي or ـية (ة folds to ه in keys:
/// الإيراني، الفرنسية، النووي)? Only the ending: nouns end so too (المباني، قضية).
///
/// ```
/// use marsad_text::normalize::nisba_shaped;
/// assert!(nisba_shaped("الايراني") && nisba_shaped("الفرنسيه") && nisba_shaped("نووي"));
/// assert!(!nisba_shaped("الحكومه") && !nisba_shaped("ايران"));
/// ```
pub fn nisba_shaped(key: &str) -> bool {
    key.ends_with('ي') || key.ends_with("يه")
}

/// Does matching key `key` carry the definite article: «ال», «لل» (ل + ال), or «ال» behind
/// the conjunctions و ف and the prepositions ب ك? Any other letter before «ال» is part of
/// the word (سالم، مالي، وكالة are not definite).
///
/// ```
/// use marsad_text::normalize::key_is_definite;
/// assert!(key_is_definite("والحكومه") && key_is_definite("للامم") && key_is_definite("بالعراق"));
/// assert!(!key_is_definite("سالم") && !key_is_definite("وكاله") && !key_is_definite("مالي"));
/// assert!(key_is_definite("كالعاده") && !key_is_definite("وكالات") && !key_is_definite("بالغ"));
/// ```
pub fn key_is_definite(key: &str) -> bool {
    let conj = key.strip_prefix(['و', 'ف']).filter(|r| has_chars(r, 2));
    let bare = conj.unwrap_or(key);
    // (ك after و is وكالة، وكالات far more often than وكالعادة.)
    let prepositions: &[char] = if conj.is_some() { &['ب'] } else { &['ب', 'ك'] };
    let bare = bare.strip_prefix(prepositions).filter(|r| r.starts_with("ال") && has_chars(r, 4)).unwrap_or(bare);
    bare.starts_with("ال") || bare.starts_with("لل")
}

/// The ways to read matching key `key` as a noun stem with a possessive pronoun of
/// `pronouns` written on it (`""` among them reads the bare word too): for each pronoun it
/// ends in, in the order given, the stem as written and then, when that ends in ت, the
/// stem with the ة the ت stands for before a pronoun (ة folds to ه in keys: `جريمتها` →
/// `جريمت`, `جريمه`; `امنها` → `امن`). The callers look the stems up in their own lists,
/// each with its own pronouns (a noun of a quotation's charge takes the third person only;
/// a good endangered any person: `امننا`).
///
/// ```
/// use marsad_text::normalize::possessed_stems;
/// let stems = |k| possessed_stems(k, &["هما", "هم", "ها", "ه"]).collect::<Vec<_>>();
/// assert_eq!(stems("جريمتها"), ["جريمت", "جريمه"]);
/// assert_eq!(stems("جرائمهم"), ["جرائم"]);
/// assert!(stems("جرائم").is_empty());
/// ```
pub fn possessed_stems<'a>(key: &'a str, pronouns: &'a [&'a str]) -> impl Iterator<Item = Cow<'a, str>> + 'a {
    pronouns.iter().filter_map(move |p| key.strip_suffix(p)).flat_map(|stem| {
        let feminine = stem.strip_suffix('ت').map(|s| Cow::Owned(format!("{s}ه")));
        std::iter::once(Cow::Borrowed(stem)).chain(feminine)
    })
}

/// Has `s` at least `n` characters (`s.chars().count() >= n`)? Counted no further than
/// `n`, and answered from the length alone when it can be (a character has one to four
/// bytes): the tests of a word's length in hot loops read few of its bytes.
#[inline]
pub fn has_chars(s: &str, n: usize) -> bool {
    n == 0 || s.len() >= n.saturating_mul(4) || s.len() >= n && s.chars().nth(n - 1).is_some()
}

/// The matching key of `text` under the default options.
pub fn key(text: &str) -> String {
    key_with(text, KeyOptions::default())
}

/// The matching key of `text` under `opts`.
pub fn key_with(text: &str, opts: KeyOptions) -> String {
    // `key_into` sizes its buffer 4 bytes past the text: asked for less, every key was
    // allocated twice.
    let mut out = String::with_capacity(text.len() + 4);
    key_into(text, opts, &mut out);
    out
}

/// Appends the key of `text` to `out` (reuses the caller's buffer in hot loops).
pub fn key_into(text: &str, opts: KeyOptions, out: &mut String) {
    let table = two_byte_table(opts);
    let bytes = text.as_bytes();
    let mut buf = std::mem::take(out).into_bytes();
    let mut w = buf.len();
    // A key is never longer than its text except through presentation-form expansions,
    // which grow the buffer on their (rare) path; so write by index into a sized buffer.
    buf.resize(w + bytes.len() + 4, 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            buf[w] = b;
            w += 1;
            i += 1;
        } else if b < 0xE0 {
            // Two-byte characters (all of the Arabic block) go through the table: both
            // bytes are written, and the length (0, 1 or 2) says how many count.
            let idx = (((b as usize) & 0x1F) << 6 | (bytes[i + 1] as usize & 0x3F)) - 0x80;
            let [len, b0, b1] = table[idx];
            buf[w] = b0;
            buf[w + 1] = b1;
            w += len as usize;
            i += 2;
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            i += c.len_utf8();
            let mut tmp = [0u8; 4];
            fold_into(c, opts, |k| {
                let enc = k.encode_utf8(&mut tmp).as_bytes();
                if w + enc.len() + (bytes.len() - i) + 4 > buf.len() {
                    buf.resize(w + enc.len() + (bytes.len() - i) + 4, 0);
                }
                buf[w..w + enc.len()].copy_from_slice(enc);
                w += enc.len();
            });
        }
    }
    buf.truncate(w);
    // Every byte sequence written above is a whole UTF-8 character.
    *out = String::from_utf8(buf).expect("key folding keeps UTF-8 valid");
}

/// Folded bytes of every two-byte character (U+0080–U+07FF) under `opts`, as
/// `[length, byte0, byte1]`; length 0 means the character is dropped. Built once per
/// option set.
fn two_byte_table(opts: KeyOptions) -> &'static [[u8; 3]] {
    use std::sync::OnceLock;
    static TABLES: [OnceLock<Vec<[u8; 3]>>; 8] = [const { OnceLock::new() }; 8];
    let slot = (opts.alef as usize) | (opts.ya as usize) << 1 | (opts.ta_marbuta as usize) << 2;
    TABLES[slot].get_or_init(|| {
        (0x80u32..0x800)
            .map(|cp| {
                let c = char::from_u32(cp).expect("no surrogates below U+0800");
                let mut entry = [0u8; 3];
                let mut n = 0usize;
                fold_into(c, opts, |k| {
                    let mut tmp = [0u8; 4];
                    let enc = k.encode_utf8(&mut tmp).as_bytes();
                    // Folds in this range give at most one one- or two-byte character.
                    entry[1 + n..1 + n + enc.len()].copy_from_slice(enc);
                    n += enc.len();
                });
                entry[0] = n as u8;
                entry
            })
            .collect()
    })
}

/// A key together with the way back to the original text.
#[derive(Clone, Debug, Default)]
pub struct KeyMap {
    /// The folded text.
    pub key: String,
    /// For each byte of `key`, the byte offset of the original character it came from;
    /// one extra entry at the end holds the original length.
    origin: Vec<u32>,
}

impl KeyMap {
    /// Fold `text` and record where every key byte came from.
    pub fn new(text: &str, opts: KeyOptions) -> KeyMap {
        let mut key = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (pos, c) in text.char_indices() {
            fold_into(c, opts, |k| {
                key.push(k);
                origin.extend(std::iter::repeat_n(pos as u32, k.len_utf8()));
            });
        }
        origin.push(text.len() as u32);
        KeyMap { key, origin }
    }

    /// Map a byte range of the key back to a byte range of the original. The end extends
    /// over dropped characters (harakat, tatweel) that directly follow the last matched
    /// character, so a span keeps its diacritics.
    pub fn original_span(&self, text: &str, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin[start] as usize;
        if end <= start {
            return (s, s);
        }
        let last = self.origin[end - 1] as usize;
        let mut e = last + text[last..].chars().next().map_or(0, char::len_utf8);
        for c in text[e..].chars() {
            if !is_ignorable(c) {
                break;
            }
            e += c.len_utf8();
        }
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const THIRD: &[&str] = &["هما", "هم", "ها", "ه"];
    const ANY_PERSON: &[&str] = &["", "ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك", "ي"];

    fn stems(key: &str, pronouns: &[&str]) -> Vec<String> {
        possessed_stems(key, pronouns).map(String::from).collect()
    }

    #[test]
    fn possessed_stems_split_a_pronoun_and_read_its_t_as_ta_marbuta() {
        assert_eq!(stems("جرائمه", THIRD), ["جرائم"]);
        assert_eq!(stems("انتهاكاتهما", THIRD), ["انتهاكات", "انتهاكاه"]);
        assert_eq!(stems("جريمتها", THIRD), ["جريمت", "جريمه"]);
        assert_eq!(stems("امنها", THIRD), ["امن"]);
        assert_eq!(stems("حياتنا", ANY_PERSON), ["حياتنا", "حيات", "حياه"]);
        // The bare word is read only when the set holds "".
        assert_eq!(stems("امن", ANY_PERSON), ["امن"]);
    }

    #[test]
    fn possessed_stems_keep_what_no_pronoun_ends() {
        assert!(stems("جرائم", THIRD).is_empty());
        assert!(stems("امن", THIRD).is_empty());
        // First and second persons only where the set has them.
        assert!(stems("امننا", THIRD).is_empty());
        assert_eq!(stems("امننا", ANY_PERSON), ["امننا", "امن"]);
        // A ة itself (folded to ه) is no ت: `جريمه` is the bare noun, read as جريم + ه.
        assert_eq!(stems("جريمه", THIRD), ["جريم"]);
    }

    #[test]
    fn has_chars_counts_as_chars_count() {
        for s in ["", "a", "ab", "abc", "ال", "الم", "والحكومه", "x😀", "😀😀", "aé", "éé", "ابc"] {
            for n in 0..7 {
                assert_eq!(has_chars(s, n), s.chars().count() >= n, "{s:?} {n}");
            }
        }
        assert!(has_chars("abc", 0) && !has_chars("abc", usize::MAX));
    }

    #[test]
    fn strips_diacritics_and_tatweel() {
        assert_eq!(key("مُحَمَّدٌ"), "محمد");
        assert_eq!(key("الرئيـــس"), "الرئيس");
    }

    #[test]
    fn unifies_letters_switchably() {
        assert_eq!(key("أإآٱ"), "اااا");
        assert_eq!(key("مستشفى مدرسة"), "مستشفي مدرسه");
        let kept = key_with("أحمد مستشفى مدرسة", KeyOptions::LETTERS_KEPT);
        assert_eq!(kept, "أحمد مستشفى مدرسة");
        let only_alef = KeyOptions { alef: true, ya: false, ta_marbuta: false };
        assert_eq!(key_with("إلى مدرسة", only_alef), "الى مدرسة");
    }

    #[test]
    fn folds_digits() {
        assert_eq!(key("٢٠١٨ و۱۳۹۷"), "2018 و1397");
    }

    #[test]
    fn folds_persian_letters() {
        assert_eq!(key("کی"), "كي");
    }

    #[test]
    fn folds_presentation_forms() {
        assert_eq!(key("ﻻ"), "لا");
        assert_eq!(key("ﷲ"), "الله");
        assert_eq!(key("ﺑﺴﻢ"), "بسم");
        // Isolated fathatan form: nothing of it belongs in the key.
        assert_eq!(key("ب\u{FE70}"), "ب");
    }

    #[test]
    fn ignores_invisible_controls() {
        assert_eq!(key("سو\u{200C}ريا\u{200F}"), "سوريا");
        assert_eq!(key("\u{FEFF}abc\u{202B}"), "abc");
    }

    /// The table-driven fast path must agree with folding one char at a time.
    fn reference_key(text: &str, opts: KeyOptions) -> String {
        let mut out = String::new();
        for c in text.chars() {
            fold_into(c, opts, |k| out.push(k));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_key_equals_reference(
            s in "[\u{0600}-\u{06FF}\u{0750}-\u{077F}\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}\u{200B}-\u{200F}a-z0-9 é😀]{0,40}",
            any in ".{0,20}",
            alef: bool, ya: bool, ta: bool,
        ) {
            let opts = KeyOptions { alef, ya, ta_marbuta: ta };
            let text = format!("{s}{any}");
            proptest::prop_assert_eq!(key_with(&text, opts), reference_key(&text, opts));
            let mut buf = String::from("prefix ");
            key_into(&text, opts, &mut buf);
            proptest::prop_assert_eq!(buf, format!("prefix {}", reference_key(&text, opts)));
        }
    }

    #[test]
    fn keymap_maps_back_to_original_spans() {
        let text = "قال الرَّئِيسُ السوري";
        let km = KeyMap::new(text, KeyOptions::default());
        let needle = "الرئيس";
        let at = km.key.find(needle).unwrap();
        let (s, e) = km.original_span(text, at, at + needle.len());
        assert_eq!(&text[s..e], "الرَّئِيسُ");
    }
}
