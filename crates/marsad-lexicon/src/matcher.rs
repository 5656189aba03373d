//! Phrase lookup over normalized token keys, aware of Arabic proclitics.
//!
//! A dictionary name is compiled into the keys of its tokens (the same tokenizer and
//! normalization as the text, so both sides agree). In the text, only the first token of
//! a phrase can carry proclitics: وبالعراق is و+ب+العراق, لإيران is ل+إيران, للعراق is
//! ل+العراق; so the first token is looked up under a few variants with proclitics (and
//! then the article) stripped, and later tokens must match exactly. The unstripped form
//! is tried first, which protects names that begin with a letter that could be a clitic
//! (بريطانيا، لبنان، كندا).

use crate::Lexicon;
use first_words::{with_first_words, FirstWords, Hit};
use marsad_text::normalize::has_chars;

mod first_words;

/// A phrase in the index: the keys of its tokens after the first, and the entries it names.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub rest: Vec<String>,
    pub entries: Vec<u32>,
}

impl Phrase {
    pub(crate) fn new(rest: Vec<String>, entries: Vec<u32>) -> Phrase {
        Phrase { rest, entries }
    }
}

/// The phrases that start with one key, as the compiled index holds them: the multiword
/// phrases grouped by the [`key_hash`] of their second token (longest first within a
/// group, ties in the order they were added), and the one-token phrase if there is one.
/// Everything it points to lives in [`Index`]'s arenas, so that a bucket is one cache
/// line with its key (when short) and the whole table stays in cache (a token that passes the surface filter looks up
/// one or two buckets, and each lookup was a cache miss with 72-byte buckets and their
/// phrases behind a pointer).
#[derive(Clone, Copy, Debug)]
#[repr(align(64))]
struct Bucket {
    /// The key itself when it has at most [`INLINE_KEY`] bytes (most do), so that the
    /// bucket and its key are one cache line: a hit reads the slot, then this line.
    inline: [u8; INLINE_KEY],
    /// Where the key is in `key_bytes`.
    key_start: u32,
    key_end: u32,
    /// A 64-bit filter over the second-token hashes (bit `hash >> 58`): most next tokens
    /// miss it.
    filter: u64,
    /// The multiword phrases: `multi[multi_start..multi_end]`, sorted by their
    /// second-token hashes for the search.
    multi_start: u32,
    multi_end: u32,
    /// The one-token phrase's entries, `entries[single_start..single_end]`;
    /// `single_start == NO_SINGLE` when there is none.
    single_start: u32,
    single_end: u32,
}

const NO_SINGLE: u32 = u32::MAX;

/// Keys of up to this many bytes are kept in their bucket too (see [`Bucket::inline`]).
const INLINE_KEY: usize = 32;

/// One way to read the first token: the key with `stripped` proclitic letters removed
/// (the article ال counts as one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: String,
    pub stripped: u8,
    /// The article ال was removed to get `key` (الروس → روس): only adjectives, demonyms
    /// and role nouns are listed without their article, so only they may match this way.
    pub article: bool,
    /// A conjunction و or ف was stripped (والعراق): the word starts a new phrase.
    pub conj: bool,
    /// A preposition ب ل ك was stripped (لإيران، بالعراق).
    pub prep: bool,
}

/// A dictionary match over tokens `[start, end)`.
#[derive(Clone, Debug)]
pub struct Match<'a> {
    pub start: usize,
    pub end: usize,
    pub entries: &'a [u32],
    /// Proclitic letters stripped from the first token to find it.
    pub stripped: u8,
    /// The article was stripped from the first token to find it (see [`Variant::article`]).
    pub article: bool,
    /// A conjunction was stripped from the first token.
    pub conj: bool,
    /// A preposition was stripped from the first token.
    pub prep: bool,
}

const MIN_STEM_CHARS: usize = 2;

/// What was stripped on the way to a base form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Base {
    article: bool,
    conj: bool,
    prep: bool,
}

/// One reading of a first token without allocating: the suffix of its key after `skip`
/// bytes, to be read with the article restored when `restore_article` (ل + ال is written
/// لل). All zeros is the unstripped key.
#[derive(Clone, Copy, Debug, Default)]
struct Reading {
    skip: u8,
    restore_article: bool,
    stripped: u8,
    base: Base,
    /// A preposition was stripped before only MIN_STEM_CHARS letters (لبي بي سي): too
    /// short a stem to stand alone, so only a multiword phrase may begin here.
    multi_only: bool,
}

impl Reading {
    fn rest<'k>(&self, key: &'k str) -> &'k str {
        &key[usize::from(self.skip)..]
    }

    /// Do the two readings of `key` read the same text? Both are suffixes of the key, so
    /// two of the same kind are the same when they skip as much, and a reading with the
    /// article restored is one without it that skips ال less.
    fn same_text(&self, other: &Reading, key: &str) -> bool {
        let article_between = |from: u8, to: u8| {
            let (from, to) = (usize::from(from), usize::from(to));
            from + "ال".len() == to && key.get(from..to) == Some("ال")
        };
        match (self.restore_article, other.restore_article) {
            (x, y) if x == y => self.skip == other.skip,
            (true, false) => article_between(other.skip, self.skip),
            _ => article_between(self.skip, other.skip),
        }
    }
}


/// At most: the key, one conjunction, three prepositions after each of two bases, the
/// article after each of those, and ل+ال twice.
const MAX_READINGS: usize = 14;

/// The readings of a first token, fewest stripped letters first, in a small buffer on the
/// stack (looking up a token allocates nothing).
struct Readings<'k> {
    key: &'k str,
    items: [Reading; MAX_READINGS],
    len: usize,
}

impl<'k> Readings<'k> {
    fn as_slice(&self) -> &[Reading] {
        &self.items[..self.len]
    }

    /// Add the reading of `rest` (a suffix of the key) unless it is too short or read
    /// already.
    fn push(&mut self, rest: &str, restore_article: bool, stripped: u8, base: Base) {
        self.add(rest, Reading { restore_article, stripped, base, ..Reading::default() });
    }

    /// Add a reading of a 2-letter `rest` after a preposition: only multiword phrases.
    fn push_multi_only(&mut self, rest: &str, stripped: u8, base: Base) {
        self.add(rest, Reading { stripped, base, multi_only: true, ..Reading::default() });
    }

    #[inline]
    fn add(&mut self, rest: &str, mut r: Reading) {
        r.skip = (self.key.len() - rest.len()) as u8;
        if self.len < MAX_READINGS
            && has_chars(rest, MIN_STEM_CHARS.saturating_sub(if r.restore_article { 2 } else { 0 }))
            && !self.as_slice().iter().any(|o| o.same_text(&r, self.key))
        {
            self.items[self.len] = r;
            self.len += 1;
        }
    }

}

/// Can a key start with a proclitic or the article (و ف ب ل ك، ال)? All of them begin
/// with one of these letters; any other key has one reading, itself.
fn may_have_proclitic(key: &str) -> bool {
    key.starts_with(['و', 'ف', 'ب', 'ل', 'ك', 'ا'])
}

/// The readings of a first token's key, fewest stripped letters first.
#[inline]
fn readings(key: &str) -> Readings<'_> {
    let mut out = Readings { key, items: [Reading::default(); MAX_READINGS], len: 1 };
    if !may_have_proclitic(key) {
        return out;
    }
    // Conjunction و / ف, then preposition ب ل ك, then the article.
    let mut bases: [(&str, u8, Base); 8] = [("", 0, Base::default()); 8];
    bases[0] = (key, 0, Base::default());
    let mut nb = 1;
    if let Some(rest) = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')) {
        if has_chars(rest, MIN_STEM_CHARS + 1) {
            bases[nb] = (rest, 1, Base { conj: true, ..Base::default() });
            nb += 1;
        }
    }
    // Only the bases there before this loop lose a preposition: one added here (its
    // preposition gone) takes no second one.
    #[allow(clippy::mut_range_bound)]
    for bi in 0..nb {
        let (base, n, b) = bases[bi];
        if let Some(rest) = base.strip_prefix("لل") {
            let prep = Base { prep: true, ..b };
            out.push(rest, true, n + 1, prep);
            out.push(rest, false, n + 2, Base { article: true, ..prep });
        }
        for p in ['ب', 'ل', 'ك'] {
            if let Some(rest) = base.strip_prefix(p) {
                if has_chars(rest, MIN_STEM_CHARS + 1) && nb < bases.len() {
                    bases[nb] = (rest, n + 1, Base { prep: true, ..b });
                    nb += 1;
                } else if has_chars(rest, MIN_STEM_CHARS) {
                    out.push_multi_only(rest, n + 1, Base { prep: true, ..b });
                }
            }
        }
    }
    for &(base, n, b) in &bases[..nb] {
        if n > 0 {
            out.push(base, false, n, b);
        }
        if let Some(rest) = base.strip_prefix("ال") {
            out.push(rest, false, n + 1, Base { article: true, ..b });
        }
    }
    // Stable: equal counts keep their order.
    let n = out.len;
    out.items[..n].sort_by_key(|r| r.stripped);
    out
}

/// The readings of a first token's key, fewest stripped letters first.
pub fn first_token_variants(key: &str) -> Vec<Variant> {
    readings(key)
        .as_slice()
        .iter()
        .filter(|r| !r.multi_only)
        .map(|r| Variant {
            key: if r.restore_article { format!("ال{}", r.rest(key)) } else { r.rest(key).to_string() },
            stripped: r.stripped,
            article: r.base.article,
            conj: r.base.conj,
            prep: r.base.prep,
        })
        .collect()
}

/// A fast hasher for maps of short keys where hash flooding is no concern (the keys are
/// the dictionaries', or few per document). Multiply-rotate, as in rustc's FxHash.
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

/// `HashMap<K, V, FxBuildHasher>`: see [`FxHasher`].
pub type FxBuildHasher = std::hash::BuildHasherDefault<FxHasher>;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(w8(c, 0));
        }
        // The tail as a zero-padded little-endian word, assembled without a copy.
        let tail = chunks.remainder();
        if !tail.is_empty() {
            self.add(tail.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b)));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of a matching key, for the surface filter and the phrase table: the length
/// and two 8-byte words, the first and the last (overlapping reads for keys of fewer
/// than 16 bytes; for 4 to 7 bytes, the first and last 4 bytes, as both words), each
/// multiplied in, FxHash-style, and
/// a final multiply so that the high bits (which the users take) depend on all of them.
/// The bytes between the words of a longer key are not read: every user compares the
/// key itself after the hash, so a collision costs a comparison, never a wrong match.
#[inline]
fn key_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let add = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let n = b.len();
    let (x, y) = if let (Some(first), Some(last)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        // Four 4-byte reads whose offsets are selected without a branch (key lengths
        // alternate unpredictably around 8): the first and last 8 bytes of a key of 8 or
        // more, the first and last 4 (overlapping) twice over for 4 to 7. (Written as
        // chunks of subslices whose bounds the compiler can prove, so no read is checked.)
        let second = b[..n.min(8)].last_chunk::<4>().unwrap_or(last);
        let before_last = b[n.saturating_sub(8)..].first_chunk::<4>().unwrap_or(first);
        let w = |c: &[u8; 4]| u64::from(u32::from_le_bytes(*c));
        (w(first) | w(second) << 32, w(before_last) | w(last) << 32)
    } else if n > 0 {
        (u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16, 0)
    } else {
        (0, 0)
    };
    let h = add(add(add(0, n as u64), x), y);
    add(h, 0).wrapping_mul(K) ^ h.rotate_left(29)
}

/// The little-endian word of 8 bytes at `i`.
#[inline(always)]
fn w8(s: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(s[i..i + 8].try_into().expect("8 bytes"))
}

/// The little-endian word of 4 bytes at `i`.
#[inline(always)]
fn w4(s: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(s[i..i + 4].try_into().expect("4 bytes"))
}

/// `a == b` for short keys, without a call to `memcmp`: 8-byte words, the last one
/// overlapping.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if w8(a, i) != w8(b, i) {
                return false;
            }
            i += 8;
        }
        w8(a, n - 8) == w8(b, n - 8)
    } else if n >= 4 {
        w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4)
    } else {
        a == b
    }
}

/// The phrase index: first token key → phrases starting with it (longest first), with a
/// filter on whole tokens. Every way the matcher reads a first token (conjunction,
/// preposition, article, ل+ال) is a known set of prefixes on an index key, so the
/// tokens that can match are exactly those surface forms: their hashes are set in a bit
/// set, and a token whose hash bit is clear (most are) is rejected with one hash and one
/// load, before any reading is made. The keys that pass are looked up in an
/// open-addressing table with the same hash (each slot holds part of the hash and the
/// key's number, so a miss costs no string comparison, and a summary of the key's
/// phrases, so a key that the next token cannot continue costs no read of its bucket).
#[derive(Default)]
pub(crate) struct Index {
    /// While building: key → phrases. [`Index::seal`] moves it into the fields below.
    map: std::collections::HashMap<String, Vec<Phrase>, std::hash::BuildHasherDefault<FxHasher>>,
    /// Every key, one after another; bucket `n` holds the range of its key.
    key_bytes: Vec<u8>,
    buckets: Vec<Bucket>,
    /// Every bucket's multiword phrases, one bucket after another (see [`Multi`]).
    multi: Vec<Multi>,
    /// The words after the first of every multiword phrase, each as its length in one
    /// byte and its bytes, one phrase after another.
    rest_bytes: Vec<u8>,
    /// The entries of every phrase, one phrase after another.
    entries: Vec<u32>,
    /// Open addressing (linear probing); see [`Slot`].
    slots: Vec<Slot>,
    /// Bit set over the hashes of every surface form of every key (see [`surface_bits`]).
    /// A fixed-size array, so that a word index made from a hash's top bits needs no
    /// bounds check; `None` until sealed.
    surfaces: Option<Box<SurfaceWords>>,
    /// The second words of every multiword phrase.
    second_words: WordFilter,
    /// Bit filter over the keys' hashes ([`key_bits`]): 8 KiB, which stays in L1, where
    /// most readings of a token that passed the surface filter (most readings are no
    /// key) are rejected without a probe of the table.
    keys_filter: Vec<u64>,
    /// This index among all made by the process (from 1, set by [`Index::seal`]): whose
    /// hits a thread's [`FirstWords`] holds.
    id: u64,
}

/// A slot of the key table: the key's hash tag, its number, and a summary of its phrases
/// (has it a one-token phrase; a 16-bit filter over its multiword phrases' second-token
/// hashes, bit `hash >> 60`, coarser than the bucket's own). Most tokens that reach the
/// table are a key whose phrases all go on (على، أن) and a next token that continues
/// none: the summary rejects them in the slot, without the cache miss of the bucket.
/// All zeros is an empty slot.
#[derive(Clone, Copy, Default, Debug)]
struct Slot(u64);

impl Slot {
    const NUMBER_BITS: u32 = 23;
    const SINGLE: u64 = 1 << Self::NUMBER_BITS;
    const SECONDS_SHIFT: u32 = 24;
    const TAG_SHIFT: u32 = 40;

    /// The slot of key number `n` with hash `h`, a one-token phrase or not, and the
    /// second-token hashes `seconds` of its multiword phrases.
    fn new(n: usize, h: u64, single: bool, seconds: impl Iterator<Item = u64>) -> Slot {
        assert!(n + 1 < 1 << Self::NUMBER_BITS, "the index has fewer than 2^23 keys");
        let filter = seconds.fold(0u64, |f, s| f | 1 << (s >> 60));
        Slot(h >> Self::TAG_SHIFT << Self::TAG_SHIFT | filter << Self::SECONDS_SHIFT | if single { Self::SINGLE } else { 0 } | (n as u64 + 1))
    }

    fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Is this the slot of a key with hash `h`? (Maybe: the key itself decides.)
    fn tag_of(self, h: u64) -> bool {
        self.0 >> Self::TAG_SHIFT == h >> Self::TAG_SHIFT
    }

    fn number(self) -> usize {
        (self.0 & (Self::SINGLE - 1)) as usize - 1
    }

    /// Can a phrase of this key match, with a one-token phrase allowed or not, before a
    /// next token whose hash is `next()` (`None`: no next word)? `false` is certain.
    fn may_match(self, single_allowed: bool, next: impl FnOnce() -> Option<u64>) -> bool {
        single_allowed && self.0 & Self::SINGLE != 0
            || next().is_some_and(|hn| self.0 >> Self::SECONDS_SHIFT & 1 << (hn >> 60) != 0)
    }
}

/// A multiword phrase as the index keeps it: the [`key_hash`] of its second word (what
/// the bucket's search compares), where its words after the first are in
/// [`Index::rest_bytes`], and its entries in [`Index::entries`]. One record of 24 bytes,
/// so that the search, the words and the entries are two or three cache lines, not the
/// four pointers a phrase of `String`s is behind.
#[derive(Clone, Copy, Debug)]
struct Multi {
    second: u64,
    rest_start: u32,
    rest_end: u32,
    entries_start: u32,
    entries_end: u32,
}

impl Multi {
    /// The number of words after the first that `keys[from..]` shares with this phrase,
    /// when they continue it to its end.
    #[inline]
    fn continued_by(self, rest_bytes: &[u8], keys: &[String], from: usize) -> Option<usize> {
        let mut n = 0;
        for word in self.rest_words(rest_bytes) {
            if !same_bytes(word, keys.get(from + n)?.as_bytes()) {
                return None;
            }
            n += 1;
        }
        Some(n)
    }

    /// The words after the first, each stored as its length in one byte and its bytes.
    #[inline]
    fn rest_words(self, rest_bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
        let mut words = &rest_bytes[self.rest_start as usize..self.rest_end as usize];
        std::iter::from_fn(move || {
            let (&len, after) = words.split_first()?;
            let (word, tail) = after.split_at(usize::from(len));
            words = tail;
            Some(word)
        })
    }

    /// The words after the first, as keys (for tests).
    #[cfg(test)]
    fn words(self, rest_bytes: &[u8]) -> Vec<String> {
        self.rest_words(rest_bytes).map(|w| String::from_utf8(w.to_vec()).expect("keys are UTF-8")).collect()
    }
}

/// The filter of second words has 2^17 bits (16 KiB) for a few thousand words.
const SECOND_WORDS_LOG2: u32 = 17;

/// The keys filter has 2^16 bits.
const KEY_FILTER_LOG2: u32 = 16;

/// The word of the keys filter a key with hash `h` falls in, and the two bits it sets
/// there.
#[inline]
fn key_bits(h: u64) -> (usize, u64) {
    let a = (h >> (64 - KEY_FILTER_LOG2)) as usize;
    (a / 64, 1 << (a % 64) | 1 << ((h >> 20) & 63))
}

/// The surface filter is a blocked Bloom filter: 2^15 words of 64 bits (256 KiB), three
/// bits per form, all in one word (one load per token). A form sets one set of three
/// bits when its key has a one-token phrase, and another when it begins multiword
/// phrases: a token that can only begin a multiword phrase is then read only before a
/// word that is the second word of some phrase ([`Index::second_words`]). Most tokens
/// that reach the table were such (على، أن، الذي before any other word).
const SURFACE_WORDS_LOG2: u32 = 15;

/// The words of the surface filter.
type SurfaceWords = [u64; 1 << SURFACE_WORDS_LOG2];

/// The word a form with hash `h` falls in, and the three bits it sets there as a form of
/// a key with a one-token phrase and as one of a key that begins multiword phrases.
#[inline]
fn surface_bits(h: u64) -> (usize, SurfaceMasks) {
    let word = (h >> (64 - SURFACE_WORDS_LOG2)) as usize;
    let three = |h: u64| (1 << (h & 63)) | (1 << ((h >> 6) & 63)) | (1 << ((h >> 12) & 63));
    (word, SurfaceMasks { single: three(h), multi: three(h >> 18) })
}

#[derive(Clone, Copy)]
struct SurfaceMasks {
    single: u64,
    multi: u64,
}

/// What the surface filter says of a token: which phrases one of its readings may begin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Surface {
    single: bool,
    multi: bool,
}

/// Conjunctions a first token may carry.
const CONJ: [&str; 3] = ["", "و", "ف"];
/// Prepositions a first token may carry after its conjunction.
const PREP: [&str; 4] = ["", "ب", "ل", "ك"];

impl Index {
    pub(crate) fn entry(&mut self, key: String) -> &mut Vec<Phrase> {
        self.map.entry(key).or_default()
    }

    /// Compile the index once all keys are in: the lookup table, and the surface filter
    /// (for each key K, every conjunction + preposition + optional article + K, and ل+ال
    /// forms).
    pub(crate) fn seal(&mut self) {
        let mut bits = vec![0u64; 1 << SURFACE_WORDS_LOG2];
        let mut buf: Vec<u8> = Vec::with_capacity(64);
        let mut set = |buf: &[u8], phrases: Surface| {
            let (w, masks) = surface_bits(key_hash(buf));
            bits[w] |= if phrases.single { masks.single } else { 0 } | if phrases.multi { masks.multi } else { 0 };
        };
        let mut second_words = WordFilter::new(SECOND_WORDS_LOG2);
        // Only the forms that `readings` reads the key from: a conjunction or preposition
        // is stripped only before more than MIN_STEM_CHARS letters, and a reading (with
        // the article read off) keeps at least MIN_STEM_CHARS.
        let chars = |s: &str| s.chars().count();
        for (key, phrases) in &self.map {
            let k = chars(key);
            let kinds = Surface { single: phrases.iter().any(|p| p.rest.is_empty()), multi: phrases.iter().any(|p| !p.rest.is_empty()) };
            for second in phrases.iter().filter_map(|p| p.rest.first()) {
                second_words.insert(second);
            }
            for c in CONJ {
                for p in PREP {
                    for art in ["", "ال"] {
                        let art_k = k + chars(art);
                        // A preposition may come before a 2-letter key too (لبي بي سي:
                        // `multi_only` readings).
                        let ok = (c.is_empty() || chars(p) + art_k > MIN_STEM_CHARS)
                            && (p.is_empty() || art_k >= MIN_STEM_CHARS)
                            && (art.is_empty() || k >= MIN_STEM_CHARS);
                        if !ok {
                            continue;
                        }
                        buf.clear();
                        buf.extend_from_slice(c.as_bytes());
                        buf.extend_from_slice(p.as_bytes());
                        buf.extend_from_slice(art.as_bytes());
                        buf.extend_from_slice(key.as_bytes());
                        set(&buf, kinds);
                    }
                }
                // ل + ال written لل: with the article read off (للروس → روس) or restored
                // (للعراق → العراق).
                if k >= MIN_STEM_CHARS {
                    buf.clear();
                    buf.extend_from_slice(c.as_bytes());
                    buf.extend_from_slice("لل".as_bytes());
                    buf.extend_from_slice(key.as_bytes());
                    set(&buf, kinds);
                }
                if let Some(rest) = key.strip_prefix("ال") {
                    if c.is_empty() || 2 + chars(rest) > MIN_STEM_CHARS {
                        buf.clear();
                        buf.extend_from_slice(c.as_bytes());
                        buf.extend_from_slice("لل".as_bytes());
                        buf.extend_from_slice(rest.as_bytes());
                        set(&buf, kinds);
                    }
                }
            }
        }
        self.surfaces = Some(bits.into_boxed_slice().try_into().expect("the surface filter has SURFACE_WORDS_LOG2 words"));
        self.second_words = second_words;
        // Sorted keys: the table does not depend on the map's iteration order.
        let mut entries: Vec<(String, Vec<Phrase>)> = std::mem::take(&mut self.map).into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); cap];
        let at = |n: usize| u32::try_from(n).expect("the index fits 32-bit offsets");
        for (n, (key, mut phrases)) in entries.into_iter().enumerate() {
            let h = key_hash(key.as_bytes());
            let mut s = (h as usize) & (cap - 1);
            while !slots[s].is_empty() {
                s = (s + 1) & (cap - 1);
            }
            let key_start = at(self.key_bytes.len());
            self.key_bytes.extend_from_slice(key.as_bytes());
            let second = |p: &Phrase| p.rest.first().map_or(0, |r| key_hash(r.as_bytes()));
            // Stable: phrases with the same second token keep their order.
            phrases.sort_by_key(|p| (p.rest.is_empty(), second(p), std::cmp::Reverse(p.rest.len())));
            // The one-token phrases are last: the last of them is the bucket's.
            let n_multi = phrases.iter().take_while(|p| !p.rest.is_empty()).count();
            let (single_start, single_end) = match phrases.last().filter(|p| p.rest.is_empty()) {
                Some(p) => {
                    let start = at(self.entries.len());
                    self.entries.extend_from_slice(&p.entries);
                    (start, at(self.entries.len()))
                }
                None => (NO_SINGLE, NO_SINGLE),
            };
            let multi_start = at(self.multi.len());
            let mut filter = 0u64;
            for p in phrases.into_iter().take(n_multi) {
                let second = second(&p);
                filter |= 1 << (second >> 58);
                let rest_start = at(self.rest_bytes.len());
                for word in &p.rest {
                    let len = u8::try_from(word.len()).expect("a phrase's word has at most 255 bytes");
                    self.rest_bytes.push(len);
                    self.rest_bytes.extend_from_slice(word.as_bytes());
                }
                let entries_start = at(self.entries.len());
                self.entries.extend_from_slice(&p.entries);
                let (rest_end, entries_end) = (at(self.rest_bytes.len()), at(self.entries.len()));
                self.multi.push(Multi { second, rest_start, rest_end, entries_start, entries_end });
            }
            let multi_end = at(self.multi.len());
            let seconds = self.multi[multi_start as usize..multi_end as usize].iter().map(|m| m.second);
            slots[s] = Slot::new(n, h, single_start != NO_SINGLE, seconds);
            let mut inline = [0u8; INLINE_KEY];
            let key_end = at(self.key_bytes.len());
            let key = &self.key_bytes[key_start as usize..key_end as usize];
            if key.len() <= INLINE_KEY {
                inline[..key.len()].copy_from_slice(key);
            }
            self.buckets.push(Bucket { inline, key_start, key_end, filter, multi_start, multi_end, single_start, single_end });
        }
        self.slots = slots;
        let mut keys_filter = vec![0u64; (1 << KEY_FILTER_LOG2) / 64];
        for b in &self.buckets {
            let (w, mask) = key_bits(key_hash(&self.key_bytes[b.key_start as usize..b.key_end as usize]));
            keys_filter[w] |= mask;
        }
        self.keys_filter = keys_filter;
        static SEALED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        self.id = SEALED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn key_of<'b>(&'b self, b: &'b Bucket) -> &'b [u8] {
        let len = (b.key_end - b.key_start) as usize;
        if len <= INLINE_KEY {
            &b.inline[..len]
        } else {
            &self.key_bytes[b.key_start as usize..b.key_end as usize]
        }
    }

    /// The phrases starting with `key`, whose [`key_hash`] is `h`, unless the slot's
    /// summary fails `may_match` (see [`Slot::may_match`]).
    #[inline]
    fn get_hashed(&self, key: &[u8], h: u64, mut may_match: impl FnMut(Slot) -> bool) -> Option<&Bucket> {
        let mask = self.slots.len().checked_sub(1)?;
        let (w, bits) = key_bits(h);
        if self.keys_filter[w] & bits != bits {
            return None;
        }
        let mut s = (h as usize) & mask;
        loop {
            let slot = self.slots[s];
            if slot.is_empty() {
                return None;
            }
            // A slot whose phrases cannot match is passed over, not returned: another key
            // with the same tag may be further on.
            if slot.tag_of(h) && may_match(slot) {
                let bucket = &self.buckets[slot.number()];
                if same_bytes(self.key_of(bucket), key) {
                    return Some(bucket);
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// The slot of `key`, whose [`key_hash`] is `h`, if it is a key of the index.
    #[inline]
    fn slot_of(&self, key: &[u8], h: u64) -> Option<Slot> {
        let mut found = None;
        self.get_hashed(key, h, |slot| {
            found = Some(slot);
            true
        })?;
        found
    }

    #[cfg(test)]
    fn get(&self, key: &str) -> Option<&Bucket> {
        self.get_hashed(key.as_bytes(), key_hash(key.as_bytes()), |_| true)
    }

    /// Can any reading of a token whose key hashes to `h` be in the index? (No false
    /// negatives: every reading is one of the surface forms set by [`Index::seal`].)
    #[inline]
    fn may_contain_reading_of(&self, h: u64) -> bool {
        let s = self.surface(h);
        s.single || s.multi
    }

    /// Which phrases a reading of a token whose key hashes to `h` may begin (no false
    /// negatives, as [`Index::may_contain_reading_of`]).
    #[inline]
    fn surface(&self, h: u64) -> Surface {
        let Some(surfaces) = &self.surfaces else { return Surface { single: true, multi: true } };
        let (w, masks) = surface_bits(h);
        let word = surfaces[w];
        Surface { single: word & masks.single == masks.single, multi: word & masks.multi == masks.multi }
    }

    /// May a word whose key hashes to `h` be the second word of a phrase?
    #[inline]
    fn may_be_second_word(&self, h: u64) -> bool {
        self.surfaces.is_none() || self.second_words.may_contain_hash(h)
    }
}

/// The word after a first token, and its [`key_hash`], computed on first use: once for
/// all the readings of the first token and their slots and buckets.
struct NextWord<'k> {
    key: Option<&'k str>,
    hash: Option<u64>,
}

impl<'k> NextWord<'k> {
    /// The word after token `i` of `keys` (none at the end, or before punctuation).
    #[inline]
    fn after(keys: &'k [String], i: usize) -> NextWord<'k> {
        NextWord { key: keys.get(i + 1).map(String::as_str).filter(|k| !k.is_empty()), hash: None }
    }

    #[inline]
    fn hash(&mut self) -> Option<u64> {
        let key = self.key?;
        Some(*self.hash.get_or_insert_with(|| key_hash(key.as_bytes())))
    }
}

/// The entries of the longest phrase of a bucket that the tokens after `i` continue, and
/// its end. A binary search on the hash of `next`, token `i + 1`, finds the only group
/// of the bucket that can match (see [`Bucket`]).
#[inline]
fn longest_in<'p>(index: &'p Index, bucket: &Bucket, keys: &[String], i: usize, next: &mut NextWord<'_>) -> Option<(&'p [u32], usize)> {
    if bucket.filter != 0 {
        if let Some(hn) = next.hash() {
            if bucket.filter & (1 << (hn >> 58)) != 0 {
                let phrases = &index.multi[bucket.multi_start as usize..bucket.multi_end as usize];
                let lo = phrases.partition_point(|p| p.second < hn);
                for p in phrases[lo..].iter().take_while(|p| p.second == hn) {
                    if let Some(n) = p.continued_by(&index.rest_bytes, keys, i + 1) {
                        return Some((&index.entries[p.entries_start as usize..p.entries_end as usize], i + 1 + n));
                    }
                }
            }
        }
    }
    (bucket.single_start != NO_SINGLE).then(|| (&index.entries[bucket.single_start as usize..bucket.single_end as usize], i + 1))
}

impl Lexicon {
    /// The longest dictionary phrase starting at token `i` of `keys` (the normalized keys
    /// of a run of tokens). Ties go to the reading that stripped fewer proclitics.
    pub fn longest_at(&self, keys: &[String], i: usize) -> Option<Match<'_>> {
        let first = keys.get(i)?;
        if first.is_empty() {
            return None;
        }
        let h = key_hash(first.as_bytes());
        if !self.index.may_contain_reading_of(h) {
            return None;
        }
        self.longest_at_hashed(keys, i, h, NextWord::after(keys, i))
    }

    /// Can a dictionary phrase begin at a token with this key (proclitics seen through)?
    /// `false` is certain; `true` may be a false alarm of the surface filter.
    pub fn may_begin_phrase(&self, key: &str) -> bool {
        !key.is_empty() && self.index.may_contain_reading_of(key_hash(key.as_bytes()))
    }

    /// [`Lexicon::longest_at`] for a non-empty token whose [`key_hash`] is `h0` and that
    /// passed the surface filter; `next` is the word after it (its hash perhaps known).
    fn longest_at_hashed(&self, keys: &[String], i: usize, h0: u64, next: NextWord<'_>) -> Option<Match<'_>> {
        let mut hits = [Hit::default(); MAX_READINGS];
        let n = self.hits_of(&keys[i], h0, &mut hits);
        self.longest_of_hits(&hits[..n], keys, i, next)
    }

    /// [`Lexicon::longest_at_hashed`], the hits of the token's key taken from the
    /// thread's [`FirstWords`], or found and added there.
    #[inline]
    fn longest_at_remembered(&self, first_words: &mut FirstWords, keys: &[String], i: usize, h0: u64, next: NextWord<'_>) -> Option<Match<'_>> {
        let key = keys[i].as_bytes();
        if let Some(hits) = first_words.get(key, h0) {
            return self.longest_of_hits(hits, keys, i, next);
        }
        let mut hits = [Hit::default(); MAX_READINGS];
        let n = self.hits_of(&keys[i], h0, &mut hits);
        first_words.insert(key, h0, &hits[..n]);
        self.longest_of_hits(&hits[..n], keys, i, next)
    }

    /// The readings of `first` (whose [`key_hash`] is `h0`) that are keys of the index,
    /// in the order of [`readings`], with their slots, written to `out`; how many.
    fn hits_of(&self, first: &str, h0: u64, out: &mut [Hit; MAX_READINGS]) -> usize {
        let readings = readings(first);
        let mut buf = [0u8; 128];
        let mut n = 0;
        for r in readings.as_slice() {
            let rest = r.rest(first);
            let key: &[u8] = if r.restore_article {
                // ال + rest, written into a stack buffer (too long a key cannot be a name).
                let len = rest.len() + "ال".len();
                if len > buf.len() {
                    continue;
                }
                buf[.."ال".len()].copy_from_slice("ال".as_bytes());
                buf["ال".len()..len].copy_from_slice(rest.as_bytes());
                &buf[..len]
            } else {
                rest.as_bytes()
            };
            // The unstripped reading is the token itself: its hash is known.
            let h = if r.stripped == 0 && !r.restore_article { h0 } else { key_hash(key) };
            if let Some(slot) = self.index.slot_of(key, h) {
                out[n] = Hit { reading: *r, slot };
                n += 1;
            }
        }
        n
    }

    /// The longest phrase that one of `hits` (readings of token `i` that are keys)
    /// begins; of equal lengths, the first reading's.
    #[inline]
    fn longest_of_hits(&self, hits: &[Hit], keys: &[String], i: usize, mut next: NextWord<'_>) -> Option<Match<'_>> {
        let mut best: Option<Match<'_>> = None;
        for &Hit { reading: r, slot } in hits {
            // The slot's summary first: most keys the next word does not continue (على،
            // أن) are passed over without reading their bucket.
            if !slot.may_match(!r.multi_only, || next.hash()) {
                continue;
            }
            let bucket = &self.index.buckets[slot.number()];
            if let Some((entries, end)) = longest_in(&self.index, bucket, keys, i, &mut next) {
                if best.as_ref().is_none_or(|b| end > b.end) && !(r.multi_only && end == i + 1) {
                    let Base { article, conj, prep } = r.base;
                    best = Some(Match { start: i, end, entries, stripped: r.stripped, article, conj, prep });
                }
            }
        }
        best
    }

    /// Every token's longest match, left to right, without overlaps (leftmost-longest).
    pub fn scan<'a>(&'a self, keys: &[String]) -> Vec<Match<'a>> {
        self.scan_marked(keys, &[]).matches
    }

    /// [`Lexicon::scan`], and for each of `filters` the tokens whose word it may contain
    /// (in order): callers that test every word against small sets of their own (first
    /// names, kinship nouns) look only at those, and each word is hashed once, here. The
    /// tokens keyed "" (punctuation) are listed too, read on the way. The number of
    /// filters is a constant, so that the probes of every token are unrolled.
    pub fn scan_marked<'a, const N: usize>(&'a self, keys: &[String], filters: &[&WordFilter; N]) -> Scan<'a, N> {
        // The hits of the words read before, in this thread (see [`FirstWords`]).
        with_first_words(self.index.id, |first_words| self.scan_remembering(keys, None, filters, first_words))
    }

    /// [`Lexicon::scan_marked`] with `gate`, a filter holding every word of `filters`
    /// (their union, by the same words inserted): a token it rejects is probed by none
    /// of them. Most tokens are of no filter, so one probe replaces `N`; a word of a
    /// filter that the gate lacks is never marked.
    pub fn scan_gated<'a, const N: usize>(&'a self, keys: &[String], gate: &WordFilter, filters: &[&WordFilter; N]) -> Scan<'a, N> {
        with_first_words(self.index.id, |first_words| self.scan_remembering(keys, Some(gate), filters, first_words))
    }

    /// [`Lexicon::scan_marked`] with the thread's [`FirstWords`] (a function of its own, so
    /// that the loop's state is its locals, not a closure's captures).
    fn scan_remembering<'a, const N: usize>(
        &'a self,
        keys: &[String],
        gate: Option<&WordFilter>,
        filters: &[&WordFilter; N],
        first_words: &mut FirstWords,
    ) -> Scan<'a, N> {
        // About one token in ten starts a match in news text.
        let mut out = Vec::with_capacity(keys.len() / 8 + 4);
        // A few tokens in a hundred pass a caller's filter: room for those, grown rarely.
        let mut marked: [Vec<usize>; N] = std::array::from_fn(|_| Vec::with_capacity(keys.len() / 16));
        // About one token in seven is punctuation (a hashtag's few words allocate none).
        let mut unkeyed = Vec::with_capacity(keys.len() / 6);
        // Numbers are rarer: grown as needed.
        let mut numbers = Vec::new();
        let digit_first = |key: &str| key.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let mut mark = |i: usize, h: u64| {
            if gate.is_some_and(|g| !g.may_contain_hash(h)) {
                return;
            }
            for (f, m) in filters.iter().zip(&mut marked) {
                if f.may_contain_hash(h) {
                    m.push(i);
                }
            }
        };
        let mut hashes = Hashes::new(keys, &self.index);
        let mut i = 0;
        while i < keys.len() {
            hashes.fill(i + HASH_AHEAD + 1);
            if keys[i].is_empty() {
                unkeyed.push(i);
                i += 1;
                continue;
            }
            let h = hashes.at(i);
            mark(i, h);
            if digit_first(&keys[i]) {
                numbers.push(i);
            }
            // The surface filter here, inline: most tokens are rejected without a call,
            // and most of the others by the word after them.
            let surface = self.index.surface(h);
            let go_on = surface.single
                || surface.multi && keys.get(i + 1).is_some_and(|k| !k.is_empty()) && self.index.may_be_second_word(hashes.at(i + 1));
            if !go_on {
                i += 1;
                continue;
            }
            let next = NextWord::after(keys, i);
            let next = NextWord { hash: next.key.map(|_| hashes.at(i + 1)), ..next };
            match self.longest_at_remembered(first_words, keys, i, h, next) {
                Some(m) => {
                    // Words inside a match are read only to be marked.
                    #[allow(clippy::needless_range_loop)] // `j` is also what is pushed and marked
                    for j in i + 1..m.end {
                        if keys[j].is_empty() {
                            unkeyed.push(j);
                            continue;
                        }
                        if N > 0 {
                            hashes.fill(j + 1);
                            mark(j, hashes.at(j));
                        }
                        if digit_first(&keys[j]) {
                            numbers.push(j);
                        }
                    }
                    i = m.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        Scan { matches: out, marked, unkeyed, numbers }
    }
}

/// The [`key_hash`]es of a document's tokens, made a few tokens ahead of the scan (in
/// order), each with a request for its word of the surface filter, and the bytes of
/// keys further ahead requested too: the scan reads every key, and one random word of
/// the 256 KiB filter per token, for the first time, and each read would otherwise wait
/// for memory before the next is asked for.
struct Hashes<'k> {
    keys: &'k [String],
    /// The surface filter's words (none while the index is being built).
    surfaces: Option<&'k SurfaceWords>,
    /// The hashes of the last [`HASH_RING`] tokens hashed, by token number modulo it (a
    /// token keyed "" leaves its place as it was: it is never asked for).
    ring: [u64; HASH_RING],
    /// The tokens before this one are hashed.
    hashed: usize,
}

/// How many tokens ahead of the scan hashes are made, and how many ahead of those the
/// keys' bytes are asked for.
const HASH_AHEAD: usize = 4;
const BYTES_AHEAD: usize = 8;
/// Room for a token and the [`HASH_AHEAD`] after it, and for a match's words.
const HASH_RING: usize = 8;

impl<'k> Hashes<'k> {
    fn new(keys: &'k [String], index: &'k Index) -> Hashes<'k> {
        Hashes { keys, surfaces: index.surfaces.as_deref(), ring: [0; HASH_RING], hashed: 0 }
    }

    /// Hash the tokens up to `end` (exclusive) not hashed yet.
    #[inline]
    fn fill(&mut self, end: usize) {
        let end = end.min(self.keys.len());
        while self.hashed < end {
            let t = self.hashed;
            if let Some(later) = self.keys.get(t + BYTES_AHEAD) {
                prefetch(later.as_ptr());
            }
            let key = self.keys[t].as_bytes();
            if !key.is_empty() {
                let h = key_hash(key);
                self.ring[t % HASH_RING] = h;
                if let Some(surfaces) = self.surfaces {
                    prefetch(&surfaces[surface_bits(h).0]);
                }
            }
            self.hashed += 1;
        }
    }

    /// The hash of token `t`, hashed (a non-empty key), and not more than
    /// [`HASH_RING`] tokens before the last hashed.
    #[inline]
    fn at(&self, t: usize) -> u64 {
        debug_assert!(t < self.hashed && t + HASH_RING >= self.hashed, "token {t} is in the ring");
        self.ring[t % HASH_RING]
    }
}

/// Ask the processor to bring the memory at `p` into the cache (a hint: no read happens,
/// nothing waits for it).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint with no effect on memory or program state, valid for
    // any address. (SSE, which has it, is in every x86-64 target.)
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Ask for every cache line of `items` to be brought into the cache ([`prefetch`]): for
/// data read here and there, for the first time, by what follows.
#[inline]
pub fn prefetch_all<T>(items: &[T]) {
    let start = items.as_ptr().cast::<u8>();
    for offset in (0..std::mem::size_of_val(items)).step_by(64) {
        prefetch(start.wrapping_add(offset));
    }
}

/// What [`Lexicon::scan_marked`] found in one pass over the keys.
#[derive(Debug)]
pub struct Scan<'a, const N: usize> {
    /// Every token's longest match, left to right, without overlaps.
    pub matches: Vec<Match<'a>>,
    /// For each filter, the tokens whose word it may contain, in order.
    pub marked: [Vec<usize>; N],
    /// The tokens keyed "" (punctuation and symbols), in order.
    pub unkeyed: Vec<usize>,
    /// The tokens whose key begins with an ASCII digit, in order: read here with the
    /// key's bytes at hand, so that a caller looking for numbers walks these few instead
    /// of every token again.
    pub numbers: Vec<usize>,
}

/// A bit filter over words' [`key_hash`]es: "maybe" for every word inserted, "no" for
/// almost every other, from one word read.
#[derive(Clone, Debug)]
pub struct WordFilter {
    bits: Vec<u64>,
    /// 64 − log2 of the number of bits: the hash's high bits (its best mixed) pick one.
    shift: u32,
    /// The words inserted, when kept ([`WordFilter::keeping_words`]): what a reader of
    /// the tokens the filter marked tests them against, since a false alarm is not its word.
    words: Option<std::collections::HashSet<String, FxBuildHasher>>,
}

/// An empty filter, of the fewest bits.
impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter::new(6)
    }
}

impl WordFilter {
    /// A filter of `2^bits_log2` bits (a few times more bits than words keeps false
    /// alarms rare).
    pub fn new(bits_log2: u32) -> WordFilter {
        let bits_log2 = bits_log2.clamp(6, 32);
        WordFilter { bits: vec![0; (1usize << bits_log2) / 64], shift: 64 - bits_log2, words: None }
    }

    /// A filter like [`WordFilter::new`] that also keeps the words inserted, so that
    /// [`WordFilter::contains`] answers exactly.
    pub fn keeping_words(bits_log2: u32) -> WordFilter {
        WordFilter { words: Some(Default::default()), ..WordFilter::new(bits_log2) }
    }

    /// The word a hash falls in and the two bits it sets there (the hash's high bits
    /// pick the word and one bit, its low six bits the other): one load per test, and
    /// about the square of the fill in false alarms.
    #[inline]
    fn word_and_mask(&self, h: u64) -> (usize, u64) {
        let s = (h >> self.shift) as usize;
        (s / 64, 1 << (s % 64) | 1 << (h & 63))
    }

    pub fn insert(&mut self, word: &str) {
        let (w, mask) = self.word_and_mask(key_hash(word.as_bytes()));
        self.bits[w] |= mask;
        if let Some(words) = &mut self.words {
            words.insert(word.to_string());
        }
    }

    /// Was `word` inserted? Exact for a filter [`WordFilter::keeping_words`] (no false
    /// alarm); for another, [`WordFilter::may_contain`].
    pub fn contains(&self, word: &str) -> bool {
        match &self.words {
            Some(words) => words.contains(word),
            None => self.may_contain(word),
        }
    }

    #[inline]
    pub fn may_contain_hash(&self, h: u64) -> bool {
        let (w, mask) = self.word_and_mask(h);
        self.bits[w] & mask == mask
    }

    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_hash(key_hash(word.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(v: &[Variant]) -> Vec<&str> {
        v.iter().map(|v| v.key.as_str()).collect()
    }

    #[test]
    fn a_filter_keeping_its_words_answers_contains_without_false_alarms() {
        // 64 bits and 40 words: most other words are false alarms of the bits.
        let mut f = WordFilter::keeping_words(6);
        let words: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        words.iter().for_each(|w| f.insert(w));
        assert!(words.iter().all(|w| f.contains(w) && f.may_contain(w)));
        let alarms: Vec<String> = (100..400).map(|i| format!("w{i}")).filter(|w| f.may_contain(w)).collect();
        assert!(!alarms.is_empty());
        assert!(alarms.iter().all(|w| !f.contains(w)), "{alarms:?}");
    }

    #[test]
    fn key_hash_reads_the_first_and_last_words() {
        // The reads as offsets: the first and last 8 bytes from 8 on, the first and last
        // 4 twice over from 4 to 7, three bytes below.
        fn reference(b: &[u8]) -> u64 {
            const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
            let add = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
            let n = b.len();
            let (x, y) = if n >= 4 {
                let (p, q) = if n >= 8 { (4, n - 8) } else { (n - 4, 0) };
                (u64::from(w4(b, 0)) | u64::from(w4(b, p)) << 32, u64::from(w4(b, q)) | u64::from(w4(b, n - 4)) << 32)
            } else if n > 0 {
                (u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16, 0)
            } else {
                (0, 0)
            };
            let h = add(add(add(0, n as u64), x), y);
            add(h, 0).wrapping_mul(K) ^ h.rotate_left(29)
        }
        let bytes: Vec<u8> = (1..=40).collect();
        for n in 0..=bytes.len() {
            assert_eq!(key_hash(&bytes[..n]), reference(&bytes[..n]), "{n} bytes");
        }
    }

    #[test]
    fn strips_conjunction_preposition_and_article() {
        let v = first_token_variants("وبالعراق");
        assert!(keys(&v).contains(&"العراق"));
        assert!(keys(&v).contains(&"عراق"));
        assert_eq!(v[0].key, "وبالعراق");
    }

    #[test]
    fn lam_lam_restores_the_article() {
        let v = first_token_variants("للعراق");
        assert!(keys(&v).contains(&"العراق"));
    }

    #[test]
    fn readings_say_what_was_stripped() {
        let v = first_token_variants("وبالعراق");
        let iraq = v.iter().find(|v| v.key == "العراق").expect("العراق");
        assert!(iraq.conj && iraq.prep && !iraq.article);
        let rus = first_token_variants("الروس");
        assert!(rus.iter().any(|v| v.key == "روس" && v.article && !v.conj && !v.prep));
    }

    #[test]
    fn the_surface_filter_passes_every_token_with_a_reading_in_the_index() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let text = "وقال وزير الخارجية الإيراني لإيران وبالعراق للعراق والروس للروس بالحكومة كالجيش \
                    فالسعودية ولبريطانيا وللأمم المتحدة والمتظاهرين بريطانيا لبنان كندا في من على";
        let mut seen = 0;
        for word in text.split_whitespace() {
            let k = marsad_text::normalize::key(word);
            let in_index = readings(&k).as_slice().iter().any(|r| {
                let key = if r.restore_article { format!("ال{}", r.rest(&k)) } else { r.rest(&k).to_string() };
                lex.index.get(&key).is_some()
            });
            if in_index {
                seen += 1;
                assert!(lex.index.may_contain_reading_of(key_hash(k.as_bytes())), "{word} was filtered out");
            }
        }
        assert!(seen >= 15, "{seen}");
        // Most words are rejected by the filter alone.
        // (A Bloom filter: which words pass by chance shifts as the dictionaries grow.)
        let common = [
            "الذي", "يوم", "كانت", "المزيد", "الطريق", "التي", "هذه", "عندما", "خلال", "أيضا", "بعد", "حيث", "لكن", "منذ", "قبل", "كما",
            "أكثر", "بين", "حتى", "الأخرى",
        ];
        let rejected = common.iter().filter(|w| !lex.index.may_contain_reading_of(key_hash(marsad_text::normalize::key(w).as_bytes()))).count();
        assert!(rejected * 2 >= common.len(), "{rejected}");
    }

    #[test]
    fn every_prefixed_form_read_as_a_key_passes_the_surface_filter() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let keys: Vec<String> = lex.index.buckets.iter().map(|b| String::from_utf8(lex.index.key_of(b).to_vec()).expect("utf-8")).collect();
        let mut checked = 0;
        for key in &keys {
            let mut forms = vec![];
            for c in CONJ {
                for p in PREP {
                    for art in ["", "ال"] {
                        forms.push(format!("{c}{p}{art}{key}"));
                    }
                }
                forms.push(format!("{c}لل{key}"));
                if let Some(rest) = key.strip_prefix("ال") {
                    forms.push(format!("{c}لل{rest}"));
                }
            }
            for form in forms {
                let read = readings(&form).as_slice().iter().any(|r| {
                    let k = if r.restore_article { format!("ال{}", r.rest(&form)) } else { r.rest(&form).to_string() };
                    &k == key
                });
                if read {
                    checked += 1;
                    assert!(lex.index.may_contain_reading_of(key_hash(form.as_bytes())), "{form} (read as {key}) was filtered out");
                }
            }
        }
        assert!(checked > 50_000, "{checked}");
    }

    #[test]
    fn the_bucket_search_finds_the_longest_phrase_as_a_full_scan_would() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let text = "قال وزير الخارجية الإيراني إن حزب الله اللبناني وحزب العمال الكردستاني ومجلس الأمن الدولي \
                    ورئيس الوزراء حيدر العبادي وحركة حماس وحزب جديد ومحمد بن سلمان ومحمد";
        let keys: Vec<String> = text.split_whitespace().map(marsad_text::normalize::key).collect();
        for i in 0..keys.len() {
            for r in readings(&keys[i]).as_slice() {
                let key = if r.restore_article { format!("ال{}", r.rest(&keys[i])) } else { r.rest(&keys[i]).to_string() };
                let Some(bucket) = lex.index.get(&key) else { continue };
                // Every phrase's rest: the multiword ones, and the empty rest of the one-token one.
                let mut rests: Vec<Vec<String>> = lex.index.multi[bucket.multi_start as usize..bucket.multi_end as usize].iter().map(|p| p.words(&lex.index.rest_bytes)).collect();
                if bucket.single_start != NO_SINGLE {
                    rests.push(Vec::new());
                }
                let brute = rests
                    .iter()
                    .map(|r| i + 1 + r.len())
                    .filter(|&end| end <= keys.len())
                    .filter(|&end| rests.iter().any(|r| i + 1 + r.len() == end && keys[i + 1..end] == r[..]))
                    .max();
                assert_eq!(longest_in(&lex.index, bucket, &keys, i, &mut NextWord::after(&keys, i)).map(|(_, end)| end), brute, "{} as {key}", keys[i]);
            }
        }
    }

    #[test]
    fn the_scan_finds_what_longest_at_finds_token_by_token() {
        // The scan passes over a token that can only begin multiword phrases when the next
        // word is no phrase's second word; longest_at reads every token in full.
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let text = "قال الرئيس اليمني السابق علي عبدالله صالح إن علي أن يلتقي الأمين العام للأمم المتحدة \
                    في الولايات المتحدة الأمريكية، وإن الذي حدث في المملكة العربية السعودية ومجلس الأمن \
                    الدولي وحزب الله اللبناني ما يسمى الدولة الإسلامية كما قال وزير الخارجية الإيراني.";
        let keys = crate::token_keys(text, &marsad_text::token::tokenize(text));
        let mut want = Vec::new();
        let mut i = 0;
        while i < keys.len() {
            match lex.longest_at(&keys, i) {
                Some(m) => {
                    want.push((m.start, m.end, m.entries.to_vec()));
                    i = m.end;
                }
                None => i += 1,
            }
        }
        let got: Vec<_> = lex.scan(&keys).into_iter().map(|m| (m.start, m.end, m.entries.to_vec())).collect();
        assert!(want.len() >= 8, "{want:?}");
        assert_eq!(got, want);
    }

    #[test]
    fn the_scan_lists_the_tokens_that_begin_with_a_digit_inside_matches_too() {
        // (إم آي 6 is a phrase of metonyms.tsv: its 6 is read inside the match.)
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let text = "قال جهاز إم آي 6 إن 23 دبلوماسيا غادروا في 2018، و3D ليست رقما، وثلاثة آخرون.";
        let keys = crate::token_keys(text, &marsad_text::token::tokenize(text));
        let scan = lex.scan_marked(&keys, &[]);
        let six = keys.iter().position(|k| k == "6").expect("the 6 is a token");
        assert!(scan.matches.iter().any(|m| m.start < six && six < m.end), "{:?}", scan.matches);
        let want: Vec<usize> = (0..keys.len()).filter(|&t| keys[t].as_bytes().first().is_some_and(u8::is_ascii_digit)).collect();
        assert!(want.len() >= 3, "{keys:?}");
        assert_eq!(scan.numbers, want);
        // A word in letters is no number here.
        assert!(!scan.numbers.iter().any(|&t| keys[t].starts_with('ث')));
    }

    #[test]
    fn a_gate_holding_the_filters_words_leaves_the_marks_as_they_were_and_one_lacking_a_word_drops_it() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let text = "وصل الوزير سامي إلى المدينة، والتقى شقيقه في السوق مع وفد من سامي وأخيه.";
        let keys = crate::token_keys(text, &marsad_text::token::tokenize(text));
        let (mut names, mut kin) = (WordFilter::new(12), WordFilter::new(10));
        for w in ["سامي", "وصل"] {
            names.insert(w);
        }
        for w in ["شقيقه", "واخيه"] {
            kin.insert(w);
        }
        // The union of both, at a size of its own.
        let mut gate = WordFilter::new(14);
        for w in ["سامي", "وصل", "شقيقه", "واخيه"] {
            gate.insert(w);
        }
        let plain = lex.scan_marked(&keys, &[&names, &kin]);
        let gated = lex.scan_gated(&keys, &gate, &[&names, &kin]);
        assert_eq!(gated.marked, plain.marked);
        assert_eq!(plain.marked[0].len(), 3, "{keys:?}");
        assert_eq!(plain.marked[1].len(), 2, "{keys:?}");
        assert_eq!(gated.unkeyed, plain.unkeyed);
        assert_eq!(gated.matches.len(), plain.matches.len());
        // A gate without سامي: the names filter's other word only.
        let mut partial = WordFilter::new(14);
        for w in ["وصل", "شقيقه", "واخيه"] {
            partial.insert(w);
        }
        let short = lex.scan_gated(&keys, &partial, &[&names, &kin]);
        assert_eq!(short.marked[0], vec![0]);
        assert_eq!(short.marked[1], plain.marked[1]);
    }

    /// The longest phrase at token `i` as the matcher found it before [`FirstWords`]:
    /// each reading probed in the index, the slot's summary asked there.
    fn probing_every_reading<'l>(lex: &'l Lexicon, keys: &[String], i: usize) -> Option<Match<'l>> {
        let first = keys.get(i).filter(|k| !k.is_empty())?;
        let mut next = NextWord::after(keys, i);
        let mut best: Option<Match<'_>> = None;
        for r in readings(first).as_slice() {
            let rest = r.rest(first);
            let key = if r.restore_article { format!("ال{rest}") } else { rest.to_string() };
            let single_allowed = !r.multi_only;
            let Some(bucket) = lex.index.get_hashed(key.as_bytes(), key_hash(key.as_bytes()), |slot| slot.may_match(single_allowed, || next.hash())) else { continue };
            if let Some((entries, end)) = longest_in(&lex.index, bucket, keys, i, &mut next) {
                if best.as_ref().is_none_or(|b| end > b.end) && !(r.multi_only && end == i + 1) {
                    let Base { article, conj, prep } = r.base;
                    best = Some(Match { start: i, end, entries, stripped: r.stripped, article, conj, prep });
                }
            }
        }
        best
    }

    #[test]
    fn a_scan_from_remembered_first_words_finds_what_a_fresh_one_finds() {
        // The second scan of each text reads the hits of its words from the thread's
        // table, which the first scan filled; a text read after other texts too.
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let texts = [
            "قال وزير الخارجية الإيراني إن الولايات المتحدة الأمريكية وبريطانيا وللعراق والعراقيين حق.",
            "وقال الرئيس الأميركي دونالد ترامب للصحافيين في البيت الأبيض إن إيران والعراق وللأمم المتحدة.",
        ];
        let found = |keys: &[String]| lex.scan(keys).into_iter().map(|m| (m.start, m.end, m.entries.to_vec(), m.stripped, m.article, m.conj, m.prep)).collect::<Vec<_>>();
        std::thread::scope(|s| {
            s.spawn(|| {
                let all: Vec<Vec<String>> = texts.iter().map(|t| crate::token_keys(t, &marsad_text::token::tokenize(t))).collect();
                let first: Vec<_> = all.iter().map(|k| found(k)).collect();
                let remembered = with_first_words(lex.index.id, |t| t.len());
                assert!(remembered >= 10, "{remembered} words remembered");
                for (keys, want) in all.iter().zip(&first) {
                    assert!(want.len() >= 5, "{want:?}");
                    assert_eq!(&found(keys), want);
                    // Token by token, every reading probed in the index (no table).
                    let mut by_token = Vec::new();
                    let mut i = 0;
                    while i < keys.len() {
                        match probing_every_reading(&lex, keys, i) {
                            Some(m) => {
                                by_token.push((m.start, m.end, m.entries.to_vec(), m.stripped, m.article, m.conj, m.prep));
                                i = m.end;
                            }
                            None => i += 1,
                        }
                    }
                    assert_eq!(&by_token, want);
                }
            });
        });
    }

    #[test]
    fn every_sealed_index_has_its_own_id() {
        // The thread's table of first words is kept only for the index that filled it.
        let a = Lexicon::embedded().expect("embedded dictionaries load");
        let b = Lexicon::embedded().expect("embedded dictionaries load");
        assert!(a.index.id > 0 && b.index.id > 0);
        assert_ne!(a.index.id, b.index.id);
    }

    #[test]
    fn the_entry_table_agrees_with_the_entries() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        for (id, e) in lex.entries().iter().enumerate() {
            let id = id as u32;
            assert_eq!(lex.entry_kind(id), e.kind);
            assert_eq!(lex.entry_state(id), e.codes.first().and_then(|c| c.code.get(..3)), "{}", e.id);
            assert_eq!(lex.state_of(e), lex.entry_state(id));
        }
    }

    #[test]
    fn unstripped_reading_comes_first() {
        let v = first_token_variants("بريطانيا");
        assert_eq!(v[0].key, "بريطانيا");
        assert_eq!(v[0].stripped, 0);
    }
}
