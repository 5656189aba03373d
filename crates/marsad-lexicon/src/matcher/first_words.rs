//! The readings of a first token that are keys of the phrase index, remembered per
//! thread by the token's key.
//!
//! A token that passes the surface filter is read several ways (the key, without و/ف,
//! ب/ل/ك, the article, ل+ال) and each reading is hashed and probed: about 570
//! instructions per token, for one token in eight of news text. Which readings are keys
//! depends on the token's key alone, and the same words (على، أن، الرئيس، names) come
//! back in every article: so the readings that hit, with their keys' slots, are kept by
//! key the first time, and the next occurrence is one probe of this table. What the
//! phrases then match still depends on the words after the token, and is read each time.
//!
//! The table is a cache: the same hits are found with it or without it, so the output
//! never depends on it. It is bounded ([`MAX_ENTRIES`] keys, then no more are added;
//! under 2 MiB), per thread (the analyzer runs on several), and emptied when a
//! thread scans with another lexicon.

use super::{same_bytes, Reading, Slot};
use std::cell::RefCell;

/// One reading of a first token that is a key of the index, and that key's slot (its
/// number and the summary of its phrases).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Hit {
    pub reading: Reading,
    pub slot: Slot,
}

/// The keys remembered, and where their hits are in `hits`.
struct Remembered {
    hash: u64,
    key_start: u32,
    key_len: u32,
    hits_start: u32,
    hits_len: u32,
}

/// Open addressing over `slots` (entry number + 1; 0 is empty), twice as many as
/// entries at most, so that probes stay short.
const SLOTS_LOG2: u32 = 15;
pub(super) const MAX_ENTRIES: usize = 1 << (SLOTS_LOG2 - 1);
/// Room for the keys' bytes (news words are about 12 bytes).
const MAX_KEY_BYTES: usize = 1 << 19;

#[derive(Default)]
pub(super) struct FirstWords {
    /// The index the hits are of ([`super::Index::id`]); 0: none yet.
    owner: u64,
    slots: Vec<u32>,
    entries: Vec<Remembered>,
    key_bytes: Vec<u8>,
    hits: Vec<Hit>,
}

impl FirstWords {
    /// Empty the table unless its hits are of the index `owner`.
    fn keep_for(&mut self, owner: u64) {
        if self.owner != owner || self.slots.is_empty() {
            *self = FirstWords {
                owner,
                slots: vec![0; 1 << SLOTS_LOG2],
                ..FirstWords::default()
            };
        }
    }

    /// The hits remembered for `key`, whose [`super::key_hash`] is `h`.
    #[inline]
    pub fn get(&self, key: &[u8], h: u64) -> Option<&[Hit]> {
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        loop {
            let e = self.entries.get((self.slots[s] as usize).checked_sub(1)?)?;
            if e.hash == h
                && same_bytes(
                    &self.key_bytes[e.key_start as usize..][..e.key_len as usize],
                    key,
                )
            {
                return Some(&self.hits[e.hits_start as usize..][..e.hits_len as usize]);
            }
            s = (s + 1) & mask;
        }
    }

    /// Remember `hits` for `key` (not remembered yet), if there is room.
    pub fn insert(&mut self, key: &[u8], h: u64, hits: &[Hit]) {
        if self.entries.len() >= MAX_ENTRIES || self.key_bytes.len() + key.len() > MAX_KEY_BYTES {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        while self.slots[s] != 0 {
            s = (s + 1) & mask;
        }
        let at = |n: usize| n as u32; // bounded by MAX_KEY_BYTES and MAX_ENTRIES × MAX_READINGS
        self.entries.push(Remembered {
            hash: h,
            key_start: at(self.key_bytes.len()),
            key_len: at(key.len()),
            hits_start: at(self.hits.len()),
            hits_len: at(hits.len()),
        });
        self.slots[s] = at(self.entries.len());
        self.key_bytes.extend_from_slice(key);
        self.hits.extend_from_slice(hits);
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
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
        Hit {
            reading: Reading {
                skip: n,
                ..Reading::default()
            },
            slot: Slot::default(),
        }
    }

    #[test]
    fn remembers_hits_by_key_and_hash() {
        let mut t = FirstWords::default();
        t.keep_for(7);
        assert!(t.get(b"abc", 1).is_none());
        t.insert(b"abc", 1, &[hit(1), hit(2)]);
        // Same slot, another key: a probe goes past it.
        t.insert(b"abd", 1, &[]);
        t.insert(b"xyz", 2 + (1 << SLOTS_LOG2), &[hit(3)]);
        assert_eq!(
            t.get(b"abc", 1)
                .map(|h| h.iter().map(|h| h.reading.skip).collect::<Vec<_>>()),
            Some(vec![1, 2])
        );
        assert_eq!(t.get(b"abd", 1).map(<[Hit]>::len), Some(0));
        assert_eq!(
            t.get(b"xyz", 2 + (1 << SLOTS_LOG2)).map(<[Hit]>::len),
            Some(1)
        );
        assert!(t.get(b"abe", 1).is_none());
        // Another index empties it; the same keeps it.
        t.keep_for(7);
        assert_eq!(t.len(), 3);
        t.keep_for(8);
        assert_eq!(t.len(), 0);
        assert!(t.get(b"abc", 1).is_none());
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
        assert!(t
            .get(&(MAX_ENTRIES as u32).to_le_bytes(), MAX_ENTRIES as u64)
            .is_none());
    }
}
