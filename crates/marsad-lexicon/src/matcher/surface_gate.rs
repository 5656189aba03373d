//! A pre-gate for the mark filters inside the surface filter's words: for most tokens,
//! one load answers both.
//!
//! For every token the scan reads one word of the 256 KiB surface filter (may a phrase
//! begin here?), asked for a few tokens ahead ([`super::Hashes`]), and, for its callers'
//! mark filters, one word of their gate (a 32 KiB union filter, read cold: the scan's
//! largest source of data-cache misses). A [`SurfaceGate`] is a copy of the surface
//! filter's words with two more bits set ([`mark_mask`]) for every hash the gate and one
//! of the filters would both pass — false alarms included, since the marks the passes read
//! are the gate's and filters' answers, false alarms and all. Those filters read only a
//! hash's top bits (at most 18 of them) and its low six, so that set is finite: every
//! pair of the gate's set bits, kept when a filter passes it too. A token whose surface
//! word lacks its two bits gets no mark, certainly; the others read the gate and the
//! filters as before. So the marks are exactly [`Lexicon::scan_gated`]'s for every hash.
//! The added bits make the surface tests pass a little more often, which costs a lookup
//! that finds nothing, never a different match.

use super::{key_hash, surface_bits, SurfaceWords, WordFilter, SURFACE_WORDS_LOG2};
use crate::Lexicon;

/// The surface filter's words with a pre-gate's bits added, for one lexicon, one gate and
/// one set of filters ([`Lexicon::surface_gate`]).
#[derive(Clone)]
pub struct SurfaceGate {
    pub(super) words: Box<SurfaceWords>,
    /// The index the surface words are of ([`super::Index::id`]).
    pub(super) index: u64,
    /// The gate itself, read for the tokens the pre-gate passes.
    pub(super) gate: WordFilter,
}

impl std::fmt::Debug for SurfaceGate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ones: u32 = self.words.iter().map(|w| w.count_ones()).sum();
        f.debug_struct("SurfaceGate").field("index", &self.index).field("bits_set", &ones).finish()
    }
}

/// The lowest hash bit a gate or filter may read besides the low six: the pre-gate's bits
/// are made from bits 46–48 and 0–5 (within one surface word, picked by bits 49–63).
const LOWEST_TOP_BIT: u32 = 46;

/// The two bits the pre-gate sets in a hash's surface word: from hash bits 46–48 (`x`)
/// and 0–5 (`y`) alone, since the gate and filters read no others below the word's
/// number; the pair of bits is different for every (`x`, `y`).
#[inline]
pub(super) fn mark_mask(h: u64) -> u64 {
    const _: () = assert!(64 - SURFACE_WORDS_LOG2 == LOWEST_TOP_BIT + 3, "bits 46-48 are below the word's number");
    let (x, y) = ((h >> LOWEST_TOP_BIT) & 7, h & 63);
    1 << (y ^ x << 3) | 1 << (x << 3 | y >> 3)
}

impl SurfaceGate {
    /// Would the scan probe the filters for a token with hash `h` (the pre-gate and the
    /// gate both pass it)?
    pub fn passes_hash(&self, h: u64) -> bool {
        InSurfaceWord(&self.gate).passes(h, self.words[surface_bits(h).0])
    }

    /// Would the scan probe the filters for `word`?
    pub fn passes(&self, word: &str) -> bool {
        self.passes_hash(key_hash(word.as_bytes()))
    }

    /// Does the pre-gate alone pass a token with hash `h`?
    pub fn pre_gate_passes(&self, h: u64) -> bool {
        let mask = mark_mask(h);
        self.words[surface_bits(h).0] & mask == mask
    }
}

impl Lexicon {
    /// A [`SurfaceGate`] of this lexicon for `gate` and `filters` (as
    /// [`Lexicon::scan_gated`] takes them): `None` before the index is sealed, or when a
    /// filter reads hash bits the pre-gate cannot (`gate` of more than 2^18 bits, or a
    /// filter finer than `gate`).
    pub fn surface_gate(&self, gate: &WordFilter, filters: &[&WordFilter]) -> Option<SurfaceGate> {
        if gate.shift != LOWEST_TOP_BIT || filters.iter().any(|f| f.shift < gate.shift) {
            return None;
        }
        let mut words = self.index.surfaces.clone()?;
        // Every hash the gate passes sets two of its bits in one of its words: bit `s % 64`
        // of word `s / 64`, `s` the hash's top bits, and bit `y`, its low six bits. So
        // every pair of set bits of a word is a class of hashes that pass (the filters,
        // coarser, read no other bits), and those that a filter passes too are marked.
        for (n, &bits) in gate.bits.iter().enumerate() {
            let mut tops = bits;
            while tops != 0 {
                let s = (n as u64) << 6 | u64::from(tops.trailing_zeros());
                tops &= tops - 1;
                let mut lows = bits;
                while lows != 0 {
                    let h = s << gate.shift | u64::from(lows.trailing_zeros());
                    lows &= lows - 1;
                    if filters.iter().any(|f| f.may_contain_hash(h)) {
                        words[surface_bits(h).0] |= mark_mask(h);
                    }
                }
            }
        }
        Some(SurfaceGate { words, index: self.index.id, gate: gate.clone() })
    }
}

/// Which tokens the scan probes in its callers' mark filters.
pub(super) trait MarkGate: Copy {
    /// Does [`MarkGate::passes`] read the token's surface word?
    const READS_WORD: bool;
    /// May a token whose key hashes to `h` (its surface word `word`, when
    /// [`MarkGate::READS_WORD`]) be in one of the filters? `false` is certain.
    fn passes(self, h: u64, word: u64) -> bool;
}

/// Every token is probed.
#[derive(Clone, Copy)]
pub(super) struct Ungated;

impl MarkGate for Ungated {
    const READS_WORD: bool = false;
    #[inline]
    fn passes(self, _: u64, _: u64) -> bool {
        true
    }
}

/// A filter of its own (a union of the filters' words).
impl MarkGate for &WordFilter {
    const READS_WORD: bool = false;
    #[inline]
    fn passes(self, h: u64, _: u64) -> bool {
        self.may_contain_hash(h)
    }
}

/// The pre-gate's bits in the surface word ([`SurfaceGate`]), then the gate.
#[derive(Clone, Copy)]
pub(super) struct InSurfaceWord<'g>(pub(super) &'g WordFilter);

impl MarkGate for InSurfaceWord<'_> {
    const READS_WORD: bool = true;
    #[inline]
    fn passes(self, h: u64, word: u64) -> bool {
        let mask = mark_mask(h);
        word & mask == mask && self.0.may_contain_hash(h)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Surface, CONJ, PREP};
    use super::*;

    #[test]
    fn the_mark_mask_reads_only_bits_46_to_48_and_0_to_5() {
        let mut seen = std::collections::HashSet::new();
        for x in 0..8u64 {
            for y in 0..64u64 {
                let m = mark_mask(x << 46 | y | 0xabc << 52 | 0x1234 << 8);
                assert_eq!(m, mark_mask(x << 46 | y), "only bits 46-48 and 0-5 count");
                assert!((1..=2).contains(&m.count_ones()), "{x} {y}");
                seen.insert(m);
            }
        }
        // The 512 classes spread over hundreds of pairs of bits.
        assert!(seen.len() > 400, "{}", seen.len());
    }

    /// Every hash of the space the filters read (top 18 bits, low six): the pre-gate and
    /// gate pass it whenever the gate and a filter do, so every mark is the same.
    fn check_every_class(sg: &SurfaceGate, gate: &WordFilter, filters: &[&WordFilter]) -> usize {
        let mut marked = 0;
        for s in 0..1u64 << 18 {
            for y in 0..64 {
                let h = s << 46 | y;
                let old = gate.may_contain_hash(h) && filters.iter().any(|f| f.may_contain_hash(h));
                if old {
                    marked += 1;
                    assert!(sg.passes_hash(h), "{h:x}");
                }
                assert!(!sg.passes_hash(h) || gate.may_contain_hash(h));
            }
        }
        marked
    }

    fn filters_of(words: &[&[&str]], sizes: &[u32]) -> Vec<WordFilter> {
        words
            .iter()
            .zip(sizes)
            .map(|(ws, &size)| {
                let mut f = WordFilter::new(size);
                for stem in *ws {
                    // Behind every clitic a filter of the mention layer writes.
                    for c in CONJ {
                        for p in PREP {
                            f.insert(&[c, p, stem].concat());
                        }
                    }
                }
                f
            })
            .collect()
    }

    fn union(words: &[&[&str]]) -> WordFilter {
        let mut gate = WordFilter::new(18);
        for ws in words {
            for stem in *ws {
                for c in CONJ {
                    for p in PREP {
                        gate.insert(&[c, p, stem].concat());
                    }
                }
            }
        }
        gate
    }

    #[test]
    fn a_surface_gate_passes_every_hash_the_gate_and_a_filter_pass_and_keeps_the_surface_answers() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let words: [&[&str]; 3] = [&["سامي", "علي", "محمود"], &["شقيقه", "بن", "مواطن"], &["الرئاسة", "المرافق"]];
        let filters = filters_of(&words, &[18, 16, 15]);
        let refs: Vec<&WordFilter> = filters.iter().collect();
        let gate = union(&words);
        let sg = lex.surface_gate(&gate, &refs).expect("the embedded lexicon is sealed");
        let marked = check_every_class(&sg, &gate, &refs);
        assert!(marked >= 8 * 12, "{marked}");
        // Every word's surface answer is at least the index's (the pre-gate's bits only add).
        for w in ["قال", "الرئيس", "في", "الولايات", "والعراق", "للعراق", "سامي", "كتاب", "ذهب"] {
            let h = key_hash(w.as_bytes());
            let own = lex.index.surface(h);
            let gated = Surface::of_word(sg.words[surface_bits(h).0], h);
            assert!((!own.single || gated.single) && (!own.multi || gated.multi), "{w}");
        }
        // A gate finer than 2^18 bits, or a filter finer than the gate, reads bits the
        // pre-gate cannot: no surface gate.
        assert!(lex.surface_gate(&WordFilter::new(19), &refs).is_none());
        assert!(lex.surface_gate(&WordFilter::new(17), &refs).is_none());
    }

    #[test]
    fn the_scan_through_the_surface_gate_marks_and_matches_as_the_gated_scan() {
        let lex = Lexicon::embedded().expect("embedded dictionaries load");
        let text = "وصل الوزير سامي إلى المدينة، والتقى شقيقه في السوق مع وفد من سامي وأخيه. \
                    وقال الرئيس اليمني السابق علي عبدالله صالح إن 23 دبلوماسيا غادروا الولايات المتحدة الأمريكية.";
        let keys = crate::token_keys(text, &marsad_text::token::tokenize(text));
        let words: [&[&str]; 2] = [&["سامي", "وصل", "علي"], &["شقيقه", "واخيه"]];
        let filters = filters_of(&words, &[12, 10]);
        let (names, kin) = (&filters[0], &filters[1]);
        let gate = union(&words);
        let sg = lex.surface_gate(&gate, &[names, kin]).expect("sealed");
        let gated = lex.scan_gated(&keys, &gate, &[names, kin]);
        let pre_gated = lex.scan_surface_gated(&keys, &sg, &[names, kin]);
        assert!(gated.marked[0].len() >= 4 && gated.marked[1].len() >= 2, "{:?}", gated.marked);
        assert_eq!(pre_gated.marked, gated.marked);
        assert_eq!(pre_gated.unkeyed, gated.unkeyed);
        assert_eq!(pre_gated.numbers, gated.numbers);
        assert_eq!(format!("{:?}", pre_gated.matches), format!("{:?}", gated.matches));
        // The pre-gate is read, not bypassed: without its bits marks are lost.
        let bare = SurfaceGate { words: lex.index.surfaces.clone().expect("sealed"), ..sg.clone() };
        let fewer = lex.scan_surface_gated(&keys, &bare, &[names, kin]);
        let count = |m: &[Vec<usize>; 2]| m.iter().map(Vec::len).sum::<usize>();
        assert!(count(&fewer.marked) < count(&gated.marked), "{:?}", fewer.marked);
        // A surface gate of another lexicon is not read: the marks are the gate's.
        let other = SurfaceGate { index: 0, ..bare };
        assert_eq!(lex.scan_surface_gated(&keys, &other, &[names, kin]).marked, gated.marked);
    }
}
