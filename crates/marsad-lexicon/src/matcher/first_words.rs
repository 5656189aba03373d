//! The readings of a first token that are keys of the phrase index, remembered per
//! thread by the token's key.
//!
//! A token that passes the surface filter is read several ways (the key, without و/ف,
//! ب/ل/ك, the article, ل+ال) and each reading is hashed and probed: about 570
//! instructions per token, for one token in eight of news text. Which readings are keys
//! depends on the token's key alone, and the same words (على، أن، الرئيس، names) come
//! back in every article: so the readings that hit, with their keys' slots, are kept by
//! key the first time, and the next occurrence is one probe of this table, one cache
//! line (the key and its hits in one record). What the phrases then match still
//! depends on the words after the token, and is read each time.
//!
//! The table is a cache: the same hits are found with it or without it, so the output
//! never depends on it. It is bounded (1 MiB, [`MAX_ENTRIES`] keys, then no more are
//! added; keys of more than [`KEY_BYTES`] bytes and more than [`HITS`] hits are not
//! kept), per thread (the analyzer runs on several), and emptied when a thread scans with
//! another lexicon.

use super::{same_bytes, Reading, Slot};
use std::cell::RefCell;

/// One reading of a first token that is a key of the index, and that key's slot (its
/// number and the summary of its phrases).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Hit {
    pub reading: Reading,
    pub slot: Slot,
}

/// The longest key kept (11 Arabic letters: most words, with their clitics).
const KEY_BYTES: usize = 22;
/// The most hits kept for a key (a word is rarely two keys, never three in practice).
const HITS: usize = 2;

/// A key and its hits: one cache line. `key_len == 0` is an empty record.
#[derive(Clone, Copy, Default)]
#[repr(align(64))]
struct Remembered {
    hash: u64,
    key_len: u8,
    hits_len: u8,
    key: [u8; KEY_BYTES],
    hits: [Hit; HITS],
}

/// Open addressing (linear probing) over twice as many records as are kept at most, so
/// that probes stay short.
const RECORDS_LOG2: u32 = 14;
pub(super) const MAX_ENTRIES: usize = 1 << (RECORDS_LOG2 - 1);

#[derive(Default)]
pub(super) struct FirstWords {
    /// The index the hits are of ([`super::Index::id`]); 0: none yet.
    owner: u64,
    records: Vec<Remembered>,
    len: usize,
}

impl FirstWords {
    /// Empty the table unless its hits are of the index `owner`.
    fn keep_for(&mut self, owner: u64) {
        if self.owner != owner || self.records.is_empty() {
            *self = FirstWords { owner, records: vec![Remembered::default(); 1 << RECORDS_LOG2], len: 0 };
        }
    }

    /// The hits remembered for `key`, whose [`super::key_hash`] is `h`.
    #[inline]
    pub fn get(&self, key: &[u8], h: u64) -> Option<&[Hit]> {
        let mask = self.records.len() - 1;
        let mut s = (h as usize) & mask;
        loop {
            let r = &self.records[s];
            if r.key_len == 0 {
                return None;
            }
            if r.hash == h && same_bytes(&r.key[..usize::from(r.key_len)], key) {
                return Some(&r.hits[..usize::from(r.hits_len)]);
            }
            s = (s + 1) & mask;
        }
    }

    /// Remember `hits` for `key` (not empty, not remembered yet), if it fits and there
    /// is room.
    pub fn insert(&mut self, key: &[u8], h: u64, hits: &[Hit]) {
        if self.len >= MAX_ENTRIES || key.is_empty() || key.len() > KEY_BYTES || hits.len() > HITS {
            return;
        }
        let mask = self.records.len() - 1;
        let mut s = (h as usize) & mask;
        while self.records[s].key_len != 0 {
            s = (s + 1) & mask;
        }
        let r = &mut self.records[s];
        r.hash = h;
        r.key_len = key.len() as u8; // at most KEY_BYTES
        r.key[..key.len()].copy_from_slice(key);
        r.hits_len = hits.len() as u8; // at most HITS
        r.hits[..hits.len()].copy_from_slice(hits);
        self.len += 1;
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.len
    }
}

thread_local! {
    static FIRST_WORDS: RefCell<FirstWords> = RefCell::new(FirstWords::default());
}

/// Run `f` with this thread's table, kept for the index `owner` (emptied if it was
/// another's). Not reentrant: `f` must not scan.
pub(super) fn with_first_words<R>(owner: u64, f: impl FnOnce(&mut FirstWords) -> R) -> R {
    FIRST_WORDS.with(|t| {
        let mut t = t.borrow_mut();
        t.keep_for(owner);
        f(&mut t)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(n: u8) -> Hit {
        Hit { reading: Reading { skip: n, ..Reading::default() }, slot: Slot::default() }
    }

    #[test]
    fn a_record_is_one_cache_line() {
        assert_eq!(std::mem::size_of::<Remembered>(), 64);
    }

    #[test]
    fn remembers_hits_by_key_and_hash() {
        let mut t = FirstWords::default();
        t.keep_for(7);
        assert!(t.get(b"abc", 1).is_none());
        t.insert(b"abc", 1, &[hit(1), hit(2)]);
        // Same slot, another key: a probe goes past it.
        t.insert(b"abd", 1, &[]);
        t.insert(b"xyz", 2 + (1 << RECORDS_LOG2), &[hit(3)]);
        assert_eq!(t.get(b"abc", 1).map(|h| h.iter().map(|h| h.reading.skip).collect::<Vec<_>>()), Some(vec![1, 2]));
        assert_eq!(t.get(b"abd", 1).map(<[Hit]>::len), Some(0));
        assert_eq!(t.get(b"xyz", 2 + (1 << RECORDS_LOG2)).map(<[Hit]>::len), Some(1));
        assert!(t.get(b"abe", 1).is_none());
        // Another index empties it; the same keeps it.
        t.keep_for(7);
        assert_eq!(t.len(), 3);
        t.keep_for(8);
        assert_eq!(t.len(), 0);
        assert!(t.get(b"abc", 1).is_none());
    }

    #[test]
    fn keeps_no_long_key_and_no_key_of_many_hits() {
        let mut t = FirstWords::default();
        t.keep_for(1);
        let long = [b'a'; KEY_BYTES + 1];
        t.insert(&long, 5, &[]);
        t.insert(&long[..KEY_BYTES], 6, &[]);
        t.insert(b"abc", 7, &[hit(1), hit(2), hit(3)]);
        assert!(t.get(&long, 5).is_none());
        assert!(t.get(&long[..KEY_BYTES], 6).is_some());
        assert!(t.get(b"abc", 7).is_none());
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn stops_adding_when_full() {
        let mut t = FirstWords::default();
        t.keep_for(1);
        for n in 0..MAX_ENTRIES + 10 {
            t.insert(&(n as u32).to_le_bytes(), n as u64, &[]);
        }
        assert_eq!(t.len(), MAX_ENTRIES);
        assert!(t.get(&0u32.to_le_bytes(), 0).is_some());
        assert!(t.get(&(MAX_ENTRIES as u32).to_le_bytes(), MAX_ENTRIES as u64).is_none());
    }
}
