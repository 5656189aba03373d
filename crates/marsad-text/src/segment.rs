//! Clitic segmentation in the Farasa convention: `و+ال+حكومة`, `ل+ال+دولة`, `كتاب+ه`,
//! `س+يعقد`, `ب+ال+عراق`.
//!
//! What is split:
//! - a conjunction و or ف, then at most one of: the prepositions ب ك ل, the future
//!   particle س (only before an imperfect verb prefix ي ت ن أ), the article ال, or a
//!   preposition with the article (بال كال, and لل = ل+ال with the article's alef dropped);
//! - one pronoun enclitic: ه ها هم هما هن ك كم كما كن ي ني نا (never together with ال).
//!
//! Everything else (case, number and gender suffixes, verb subject suffixes) stays on the
//! stem. Every clitic and stem is a substring of the original word, so diacritics stay
//! where they were; the one exception is the article of `لل`, shown as `ال`
//! (`للدولة` → `ل+ال+دولة`; [`Segmentation::article_on_stem`] gives the substring view
//! `ل+لدولة` that UD uses).
//!
//! How a word is segmented: every reading the grammar above allows is scored and the
//! best wins. The whole word scores `M(word)`; a clitic reading scores
//! `odds(pattern) × M(stem) × F/(F+κ)`, where, from the embedded lexicon that
//! `tools/build_stem_lexicon.py` derives from the ANT news corpus, `M` is how many corpus
//! tokens have that stem and `F` how often it stands free (alone or after ال only). The
//! last factor keeps names whole: ريطانيا never stands alone, so بريطانيا is not
//! ب+ريطانيا. A stem before an enclitic also counts its free form (حكومت+ه: حكومة;
//! مستوا+ه: مستوى; أبناؤ+ه: أبناء). A word the corpus never saw is decided by the odds
//! alone (و and ال split off, the rest stays). See `docs/segmentation.md`.

use crate::normalize::{fold_char, is_ignorable, Folded, KeyOptions};
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

const STEMS_TSV: &str = include_str!("../data/stems.tsv");
const PRIORS_TSV: &str = include_str!("../data/clitic_priors.tsv");

/// Stem keys: the matching key with ة kept (so حكومة and the enclitic ه stay apart) and
/// hamza on alef kept (so واحد is not و+أحد, and ألمانيا has no article): a word and the
/// stems it is compared with are spelled by the same hand.
const KEY_OPTIONS: KeyOptions = KeyOptions { alef: false, ya: true, ta_marbuta: false };

/// Function words that begin with a bare-alef ال but carry no article.
const ARTICLE_WORDS: [&str; 14] =
    ["الله", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللائي", "الا", "الي", "اللهم"];

/// Longest word (in key characters) that is segmented; longer ones pass through whole.
const MAX_CHARS: usize = 48;

// ------------------------------------------------------------------ clitic grammar

const CONJ: [&str; 3] = ["", "و", "ف"];
/// Middle proclitic slot: (surface key, pattern name).
const MID: [(&str, &str); 9] = [
    ("", ""),
    ("ب", "ب"),
    ("ك", "ك"),
    ("ل", "ل"),
    ("س", "س"),
    ("ال", "ال"),
    ("بال", "ب+ال"),
    ("كال", "ك+ال"),
    ("لل", "ل+ال"),
];
/// Length in chars of each `MID` surface.
const MID_LEN: [usize; 9] = [0, 1, 1, 1, 1, 2, 3, 3, 2];
const ENC: [&str; 13] = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"];
/// Length in chars of each `ENC`.
const ENC_LEN: [usize; 13] = [0, 1, 2, 2, 3, 2, 1, 2, 3, 2, 1, 2, 2];
const N_PATTERNS: usize = CONJ.len() * MID.len() * ENC.len();

#[inline]
fn pattern_index(conj: usize, mid: usize, enc: usize) -> usize {
    (conj * MID.len() + mid) * ENC.len() + enc
}

/// True for the letters of the Arabic alphabet proper (not digits, marks or punctuation).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

// ------------------------------------------------------------------ hashing

/// FxHash (rustc's): fast for short keys, no dependency.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

// ------------------------------------------------------------------ public types

/// A clitic segmenter driven by an embedded stem lexicon. Build it once and share it:
/// it is `Send + Sync` and never changes after construction.
///
/// ```
/// use marsad_text::segment::Segmenter;
/// let seg = Segmenter::new();
/// assert_eq!(seg.segment_word("والحكومة").to_string(), "و+ال+حكومة");
/// assert_eq!(seg.segment_line("قال لكتابه: نعم"), "قال ل+كتاب+ه : نعم");
/// ```
pub struct Segmenter {
    /// Stem key → (M: expected corpus tokens of the stem, F: free-standing tokens).
    stems: FxMap<&'static str, (u32, u32)>,
    /// Odds of each clitic pattern against the bare word.
    priors: [f64; N_PATTERNS],
    /// Free-standing count at which a stem is half-trusted.
    kappa: f64,
    floor_whole: f64,
    floor_stem: f64,
}

/// The segmentation of one word: proclitics, stem and enclitic, each a substring of the
/// word (except the article of `لل`, shown as the static `"ال"`).
///
/// ```
/// use marsad_text::segment::Segmenter;
/// let seg = Segmenter::new();
/// let s = seg.segment_word("وبالعراق");
/// assert_eq!(s.proclitics, ["و", "ب", "ال"]);
/// assert_eq!(s.stem, "عراق");
/// assert_eq!(s.stem_span(), (8, 16));
/// assert_eq!(s.to_string(), "و+ب+ال+عراق");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segmentation<'a> {
    /// Proclitics in order (و ف, ب ك ل س, ال).
    pub proclitics: Vec<&'a str>,
    /// The stem.
    pub stem: &'a str,
    /// The pronoun enclitic, if any.
    pub enclitic: Option<&'a str>,
    word: &'a str,
    stem_start: usize,
    /// Byte span of the article in `word` when it is a proclitic (for لل: the second ل).
    article: Option<(usize, usize)>,
}

impl<'a> Segmentation<'a> {
    fn whole(word: &'a str) -> Segmentation<'a> {
        Segmentation { proclitics: Vec::new(), stem: word, enclitic: None, word, stem_start: 0, article: None }
    }

    /// The word this segmentation is of.
    pub fn word(&self) -> &'a str {
        self.word
    }

    /// Byte offsets `[start, end)` of the stem within the word.
    pub fn stem_span(&self) -> (usize, usize) {
        (self.stem_start, self.stem_start + self.stem.len())
    }

    /// True when nothing was split off.
    pub fn is_whole(&self) -> bool {
        self.proclitics.is_empty() && self.enclitic.is_none()
    }

    /// The UD view: the article stays on the stem, which is then the plain substring of
    /// the word (`للسلطة` → `ل` + `لسلطة`, as UD Arabic writes it).
    ///
    /// ```
    /// use marsad_text::segment::Segmenter;
    /// let seg = Segmenter::new();
    /// assert_eq!(seg.segment_word("وبالعراق").article_on_stem().to_string(), "و+ب+العراق");
    /// assert_eq!(seg.segment_word("للدولة").article_on_stem().to_string(), "ل+لدولة");
    /// ```
    pub fn article_on_stem(&self) -> Segmentation<'a> {
        let Some((a, _)) = self.article else { return self.clone() };
        let end = self.stem_start + self.stem.len();
        let mut proclitics = self.proclitics.clone();
        proclitics.pop();
        Segmentation {
            proclitics,
            stem: &self.word[a..end],
            enclitic: self.enclitic,
            word: self.word,
            stem_start: a,
            article: None,
        }
    }
}

impl fmt::Display for Segmentation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.proclitics {
            f.write_str(p)?;
            f.write_str("+")?;
        }
        f.write_str(self.stem)?;
        if let Some(e) = self.enclitic {
            f.write_str("+")?;
            f.write_str(e)?;
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ analysis

/// A word folded to key characters, with the original byte offset of each.
struct Folded64 {
    chars: [char; MAX_CHARS],
    /// `orig[i]`: byte offset in the word where key char `i` starts; `orig[n]` = word length.
    orig: [u32; MAX_CHARS + 1],
    /// Key bytes (UTF-8 of `chars`).
    bytes: [u8; MAX_CHARS * 4],
    /// `kpos[i]`: byte offset of key char `i` in `bytes`.
    kpos: [u16; MAX_CHARS + 1],
    n: usize,
}

impl Folded64 {
    fn new(word: &str) -> Option<Folded64> {
        let mut f = Folded64 {
            chars: ['\0'; MAX_CHARS],
            orig: [0; MAX_CHARS + 1],
            bytes: [0; MAX_CHARS * 4],
            kpos: [0; MAX_CHARS + 1],
            n: 0,
        };
        let mut kb = 0usize;
        for (pos, c) in word.char_indices() {
            let k = match fold_char(c, KEY_OPTIONS) {
                Folded::Drop => continue,
                Folded::Char(k) => k,
                Folded::Expand => return None,
            };
            if f.n == MAX_CHARS {
                return None;
            }
            f.chars[f.n] = k;
            f.orig[f.n] = pos as u32;
            f.kpos[f.n] = kb as u16;
            kb += k.encode_utf8(&mut f.bytes[kb..]).len();
            f.n += 1;
        }
        f.orig[f.n] = word.len() as u32;
        f.kpos[f.n] = kb as u16;
        Some(f)
    }

    /// Key text of key chars `[a, b)`.
    #[inline]
    fn key(&self, a: usize, b: usize) -> &str {
        std::str::from_utf8(&self.bytes[self.kpos[a] as usize..self.kpos[b] as usize]).unwrap_or("")
    }

    #[inline]
    fn starts_with(&self, at: usize, s: &str) -> bool {
        for (i, c) in (at..).zip(s.chars()) {
            if i >= self.n || self.chars[i] != c {
                return false;
            }
        }
        true
    }

    #[inline]
    fn ends_with(&self, s: &str, len_chars: usize) -> bool {
        len_chars <= self.n && self.starts_with(self.n - len_chars, s)
    }
}

/// The chosen reading, in key-char indices.
#[derive(Clone, Copy, Debug)]
struct Choice {
    conj: usize,
    mid: usize,
    enc: usize,
    /// Key char index where the stem starts and ends.
    s: usize,
    e: usize,
}

fn valid(f: &Folded64, conj: usize, mid: usize, enc: usize, s: usize, e: usize) -> bool {
    let ls = e.saturating_sub(s);
    if ls == 0 {
        return false;
    }
    if conj == 0 && mid == 0 && enc == 0 {
        return true;
    }
    if !(s..e).all(|i| is_arabic_letter(f.chars[i])) {
        // A clitic before digits or Latin (و2006): taken as it is, decided by the caller.
        return false;
    }
    let has_article = matches!(mid, 5..=8);
    if has_article {
        if enc != 0 {
            return false; // the article and a possessive pronoun exclude each other
        }
        // The article is written with a bare alef (ألمانيا, إلى are no ال+...).
        if mid != 8 && ARTICLE_WORDS.contains(&f.key(s - 2, f.n)) {
            return false;
        }
    } else if (conj != 0 || mid != 0)
        && mid <= 3
        && f.n - s > 3
        && f.chars[s] == 'ا'
        && f.chars[s + 1] == 'ل'
        && !ARTICLE_WORDS.contains(&f.key(s, f.n))
    {
        return false; // the article belongs to the proclitics, not the stem
    }
    if mid == 4 {
        // س: future, only before an imperfect verb.
        return ls >= 3 && matches!(f.chars[s], 'ي' | 'ت' | 'ن' | 'أ');
    }
    if ls == 1 {
        // ل+ه, ب+ها, و+ل+ي: a one-letter preposition carrying an enclitic.
        return enc != 0 && mid == 0 && matches!(f.chars[s], 'ل' | 'ب' | 'ك');
    }
    if enc != 0 && ls <= 2 && f.chars[e - 1] == 'ه' && ENC[enc].starts_with('ه') {
        return false;
    }
    if ls == 2 && f.chars[s] == 'ا' && f.chars[s + 1] == 'ل' {
        return false;
    }
    true
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

impl Segmenter {
    /// The segmenter with the embedded lexicon (built in a few milliseconds).
    pub fn new() -> Segmenter {
        Segmenter::with_priors(PRIORS_TSV)
    }

    /// The embedded stem lexicon with other clitic priors (same format as
    /// `data/clitic_priors.tsv`); for tuning experiments.
    #[doc(hidden)]
    pub fn with_priors(priors_tsv: &str) -> Segmenter {
        let mut stems: FxMap<&'static str, (u32, u32)> = FxMap::default();
        stems.reserve(STEMS_TSV.len() / 20);
        for line in STEMS_TSV.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(k), Some(m)) = (cols.next(), cols.next()) else { continue };
            let m = m.parse::<u32>().unwrap_or(0);
            let f = cols.next().and_then(|f| f.parse::<u32>().ok()).unwrap_or(0);
            stems.insert(k, (m, f));
        }
        let mut seg = Segmenter { stems, priors: [0.0; N_PATTERNS], kappa: 10.0, floor_whole: 0.05, floor_stem: 0.06 };
        for line in priors_tsv.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(p)) = (cols.next(), cols.next()) else { continue };
            let Ok(p) = p.trim().parse::<f64>() else { continue };
            match name {
                "@kappa" => seg.kappa = p,
                "@floor_whole" => seg.floor_whole = p,
                "@floor_stem" => seg.floor_stem = p,
                _ => {
                    let mut parts = name.split('|');
                    let (Some(c), Some(m), Some(e)) = (parts.next(), parts.next(), parts.next()) else { continue };
                    fn named(x: &str) -> &str {
                        if x == "-" {
                            ""
                        } else {
                            x
                        }
                    }
                    let ci = CONJ.iter().position(|x| *x == named(c));
                    let mi = MID.iter().position(|x| x.1 == named(m));
                    let ei = ENC.iter().position(|x| *x == named(e));
                    if let (Some(ci), Some(mi), Some(ei)) = (ci, mi, ei) {
                        seg.priors[pattern_index(ci, mi, ei)] = p;
                    }
                }
            }
        }
        seg
    }

    /// Number of stems in the lexicon.
    pub fn lexicon_len(&self) -> usize {
        self.stems.len()
    }

    #[inline]
    fn counts(&self, k: &str) -> (u32, u32) {
        self.stems.get(k).copied().unwrap_or((0, 0))
    }

    #[inline]
    fn trust(&self, free: u32, kappa: f64) -> f64 {
        if kappa <= 0.0 {
            1.0
        } else {
            (free as f64 + 0.01) / (free as f64 + kappa)
        }
    }

    /// Score of the stem at key chars `[s, e)` under a clitic reading: its expected count
    /// (plus, before an enclitic, that of its free form: حكومت → حكومة) times how well it
    /// is attested as a word on its own.
    fn stem_score(&self, f: &Folded64, s: usize, e: usize, has_enc: bool, kappa: f64) -> f64 {
        let k = f.key(s, e);
        let (m, fr) = self.counts(k);
        let mut m = m as f64;
        let mut trust = self.trust(fr, kappa);
        if has_enc {
            let last = f.chars[e - 1];
            let mut buf = [0u8; MAX_CHARS * 4 + 4];
            let (alt_base, alt_tail): (&str, &str) = match last {
                'ت' => (f.key(s, e - 1), "ة"),
                'ا' => (f.key(s, e - 1), "ي"),
                'و' => (k, "ا"),
                'ؤ' | 'ئ' => (f.key(s, e - 1), "ء"),
                _ => ("", ""),
            };
            if !alt_tail.is_empty() {
                let l = alt_base.len();
                buf[..l].copy_from_slice(alt_base.as_bytes());
                buf[l..l + alt_tail.len()].copy_from_slice(alt_tail.as_bytes());
                if let Ok(alt) = std::str::from_utf8(&buf[..l + alt_tail.len()]) {
                    let (m2, f2) = self.counts(alt);
                    m += m2 as f64;
                    trust = trust.max(self.trust(f2, kappa));
                }
            }
        }
        (m + self.floor_stem) * trust
    }

    fn choose(&self, f: &Folded64) -> Choice {
        let n = f.n;
        let whole = Choice { conj: 0, mid: 0, enc: 0, s: 0, e: n };
        if n < 2 {
            return whole;
        }
        // Mixed words: a proclitic run directly before digits or Latin (و2006, بال3).
        if !(0..n).all(|i| is_arabic_letter(f.chars[i])) {
            return self.choose_mixed(f).unwrap_or(whole);
        }
        // Enclitics the word ends with (index, length in chars), found once.
        let mut encs = [(0usize, 0usize); ENC.len()];
        let mut n_enc = 1; // the empty enclitic
        let last = f.chars[n - 1];
        if matches!(last, 'ه' | 'ا' | 'م' | 'ن' | 'ك' | 'ي') {
            for (ei, enc) in ENC.iter().enumerate().skip(1) {
                if f.ends_with(enc, ENC_LEN[ei]) {
                    encs[n_enc] = (ei, ENC_LEN[ei]);
                    n_enc += 1;
                }
            }
        }
        let mut best = whole;
        // The whole word's score, looked up only once some clitic reading is possible.
        let mut best_score = f64::NAN;
        let mut unknown = false;
        for (ci, conj) in CONJ.iter().enumerate() {
            if ci > 0 && !f.starts_with(0, conj) {
                continue;
            }
            let after_conj = usize::from(ci > 0);
            for (mi, (mid, _)) in MID.iter().enumerate() {
                if mi > 0 && !f.starts_with(after_conj, mid) {
                    continue;
                }
                let s = after_conj + MID_LEN[mi];
                for &(ei, enc_len) in &encs[..n_enc] {
                    if ci == 0 && mi == 0 && ei == 0 {
                        continue;
                    }
                    let e = n - enc_len;
                    if e <= s || !valid(f, ci, mi, ei, s, e) {
                        continue;
                    }
                    if best_score.is_nan() {
                        let (m, fr) = self.counts(f.key(0, n));
                        best_score = m as f64 + self.floor_whole;
                        // A word the corpus never saw: stems need no free-standing
                        // attestation, the priors decide between unknowns.
                        unknown = m == 0 && fr == 0;
                    }
                    let kappa = if unknown { 0.0 } else { self.kappa };
                    let score = self.priors[pattern_index(ci, mi, ei)] * self.stem_score(f, s, e, ei > 0, kappa);
                    if score > best_score {
                        best_score = score;
                        best = Choice { conj: ci, mid: mi, enc: ei, s, e };
                    }
                }
            }
        }
        best
    }

    fn choose_mixed(&self, f: &Folded64) -> Option<Choice> {
        let first_other = (0..f.n).find(|&i| !is_arabic_letter(f.chars[i]))?;
        if first_other == 0 || !f.chars[first_other].is_alphanumeric() {
            return None;
        }
        for (ci, conj) in CONJ.iter().enumerate() {
            if ci > 0 && f.chars[0] != conj.chars().next().unwrap_or('\0') {
                continue;
            }
            let after = if ci > 0 { 1 } else { 0 };
            for (mi, (mid, _)) in MID.iter().enumerate() {
                if mi == 4 || (ci == 0 && mi == 0) {
                    continue;
                }
                if after + mid.chars().count() == first_other && f.starts_with(after, mid) {
                    return Some(Choice { conj: ci, mid: mi, enc: 0, s: first_other, e: f.n });
                }
            }
        }
        None
    }

    /// Segment one word (no spaces, no punctuation). Words without Arabic letters, and
    /// words the grammar gives no better reading for, come back whole.
    ///
    /// ```
    /// use marsad_text::segment::Segmenter;
    /// let seg = Segmenter::new();
    /// assert_eq!(seg.segment_word("سيعقد").to_string(), "س+يعقد");
    /// assert_eq!(seg.segment_word("بريطانيا").to_string(), "بريطانيا");
    /// ```
    pub fn segment_word<'a>(&self, word: &'a str) -> Segmentation<'a> {
        let Some(f) = Folded64::new(word) else { return Segmentation::whole(word) };
        let c = self.choose(&f);
        self.build(word, &f, c)
    }

    fn build<'a>(&self, word: &'a str, f: &Folded64, c: Choice) -> Segmentation<'a> {
        if c.conj == 0 && c.mid == 0 && c.enc == 0 {
            return Segmentation::whole(word);
        }
        // Byte boundary before key char `i`; 0 for the first.
        let at = |i: usize| if i == 0 { 0 } else { f.orig[i] as usize };
        let mut proclitics = Vec::with_capacity(3);
        let mut article = None;
        let mut i = 0;
        if c.conj > 0 {
            proclitics.push(&word[at(0)..at(1)]);
            i = 1;
        }
        match c.mid {
            0 => {}
            1..=4 => {
                proclitics.push(&word[at(i)..at(i + 1)]);
            }
            5 => {
                proclitics.push(&word[at(i)..at(i + 2)]);
                article = Some((at(i), at(i + 2)));
            }
            6 | 7 => {
                proclitics.push(&word[at(i)..at(i + 1)]);
                proclitics.push(&word[at(i + 1)..at(i + 3)]);
                article = Some((at(i + 1), at(i + 3)));
            }
            _ => {
                // لل: ل + the article written as its lam only.
                proclitics.push(&word[at(i)..at(i + 1)]);
                proclitics.push("ال");
                article = Some((at(i + 1), at(i + 2)));
            }
        }
        let stem_start = at(c.s);
        let stem_end = if c.enc > 0 { at(c.e) } else { word.len() };
        Segmentation {
            proclitics,
            stem: &word[stem_start..stem_end],
            enclitic: if c.enc > 0 { Some(&word[stem_end..]) } else { None },
            word,
            stem_start,
            article,
        }
    }

    /// Segment a line as `marsad segment` prints it: punctuation attached to a word becomes
    /// its own token, Arabic words are segmented, everything else passes through, and the
    /// tokens are joined by single spaces.
    ///
    /// ```
    /// use marsad_text::segment::Segmenter;
    /// let seg = Segmenter::new();
    /// assert_eq!(seg.segment_line("وقال الرئيس (Trump)."), "و+قال ال+رئيس ( Trump ) .");
    /// ```
    pub fn segment_line(&self, line: &str) -> String {
        let mut out = String::with_capacity(line.len() + line.len() / 4);
        for_each_token(line, |tok, is_word| {
            if !out.is_empty() {
                out.push(' ');
            }
            if is_word && tok.chars().any(is_arabic_letter) {
                self.write_word(tok, &mut out);
            } else {
                out.push_str(tok);
            }
        });
        out
    }

    fn write_word(&self, word: &str, out: &mut String) {
        let Some(f) = Folded64::new(word) else {
            out.push_str(word);
            return;
        };
        let c = self.choose(&f);
        if c.conj == 0 && c.mid == 0 && c.enc == 0 {
            out.push_str(word);
            return;
        }
        let s = self.build(word, &f, c);
        for p in &s.proclitics {
            out.push_str(p);
            out.push('+');
        }
        out.push_str(s.stem);
        if let Some(e) = s.enclitic {
            out.push('+');
            out.push_str(e);
        }
    }
}

/// True for characters that belong inside a word: letters, digits, marks, tatweel and
/// invisible joiners.
#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Fast path for the Arabic block: letters, digits, marks and tatweel are word
        // characters; its punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔) is not.
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' => false,
        '\u{0610}'..='\u{06FF}' => true,
        _ => c.is_alphanumeric() || is_ignorable(c),
    }
}

/// Split a line into tokens: maximal runs of word characters (a `.`, `,`, `٫` or `٬`
/// between two digits stays inside: 3.5, 1,400), and punctuation, a run of the same
/// character being one token (`...`). Calls `emit(token, is_word)`.
fn for_each_token<'a>(line: &'a str, mut emit: impl FnMut(&'a str, bool)) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = if b[i] < 0x80 { b[i] as char } else { line[i..].chars().next().unwrap_or(' ') };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i += c.len_utf8();
            while i < b.len() {
                let d = if b[i] < 0x80 { b[i] as char } else { line[i..].chars().next().unwrap_or(' ') };
                let inside_number = matches!(d, '.' | ',' | '٫' | '٬')
                    && line[..i].chars().next_back().is_some_and(|p| p.is_numeric())
                    && line[i + d.len_utf8()..].chars().next().is_some_and(|n| n.is_numeric());
                if is_word_char(d) || inside_number {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
            emit(&line[start..i], true);
        } else {
            i += c.len_utf8();
            while i < b.len() && line[i..].starts_with(c) {
                i += c.len_utf8();
            }
            emit(&line[start..i], false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn seg() -> &'static Segmenter {
        static S: OnceLock<Segmenter> = OnceLock::new();
        S.get_or_init(Segmenter::new)
    }

    fn w(word: &str) -> String {
        seg().segment_word(word).to_string()
    }

    #[test]
    fn conjunction_preposition_article() {
        assert_eq!(w("وبالعراق"), "و+ب+ال+عراق");
    }

    #[test]
    fn lam_plus_article_written_lam_lam() {
        assert_eq!(w("للدولة"), "ل+ال+دولة");
        assert_eq!(seg().segment_word("للدولة").article_on_stem().to_string(), "ل+لدولة");
    }

    #[test]
    fn future_particle() {
        assert_eq!(w("سيعقد"), "س+يعقد");
    }

    #[test]
    fn pronoun_enclitic() {
        assert_eq!(w("كتابه"), "كتاب+ه");
    }

    #[test]
    fn ta_marbuta_before_enclitic_kept_as_written() {
        assert_eq!(w("حكومته"), "حكومت+ه");
    }

    #[test]
    fn names_not_split() {
        assert_eq!(w("برايس"), "برايس");
        assert_eq!(w("إسرائيل"), "إسرائيل");
        assert_eq!(w("بريطانيا"), "بريطانيا");
        assert_eq!(w("فلسطين"), "فلسطين");
        assert_eq!(w("كندا"), "كندا");
        assert_eq!(w("لبنان"), "لبنان");
    }

    #[test]
    fn conjunction_before_name() {
        assert_eq!(w("وإسرائيل"), "و+إسرائيل");
    }

    #[test]
    fn non_arabic_passes_through() {
        assert_eq!(seg().segment_line("Trump 2018 iPhone"), "Trump 2018 iPhone");
    }

    #[test]
    fn diacritics_stay_attached() {
        let s = seg().segment_word("وَالحُكُومَةُ");
        assert_eq!(s.to_string(), "وَ+ال+حُكُومَةُ");
        let (a, b) = s.stem_span();
        assert_eq!(&"وَالحُكُومَةُ"[a..b], "حُكُومَةُ");
    }

    #[test]
    fn punctuation_split_off() {
        assert_eq!(seg().segment_line("«والحكومة»، قال."), "« و+ال+حكومة » ، قال .");
        assert_eq!(seg().segment_line("بلغ 3.5 مليار..."), "بلغ 3.5 مليار ...");
    }

    #[test]
    fn empty_input() {
        assert_eq!(seg().segment_line(""), "");
        assert_eq!(seg().segment_line("   "), "");
        assert_eq!(w(""), "");
    }

    #[test]
    fn clitic_before_digits() {
        assert_eq!(w("و2006"), "و+2006");
    }

    #[test]
    fn segmenter_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Segmenter>();
    }
}
