//! Token ids: each token key the scan meets gets, once per thread, an id (its record in
//! this table) holding everything the scan asks of the key.
//!
//! The scan asks each token the same questions, and the answers depend on its key
//! alone: which phrases a reading of it may begin (the surface filter), may it be a
//! phrase's second word, which of the caller's mark filters pass it (behind their gate),
//! and, for a token that goes on, which of its readings are keys of the index (with
//! their slots). The same words (على، أن، الرئيس، names) come back in every article: so
//! the answers are worked out the first time a key is met and kept under its id, and the
//! next occurrence is one probe of this table (one cache line: the key, its answers and
//! its hits) instead of three filter words and a probe per reading. A key of more than
//! [`KEY_BYTES`] bytes, or met when the table is full, is answered as before, each time.
//!
//! The table is a cache: the same answers are found with it or without it, so the output
//! never depends on it. It is bounded ([`MAX_ENTRIES`] keys, 4 MiB), per thread (the
//! analyzer runs on several), and emptied when a thread scans with another lexicon or
//! other mark filters (their [`super::WordFilter`] versions).

use super::{same_bytes, Reading, Slot};
use std::cell::RefCell;

/// One reading of a first token that is a key of the index, and that key's slot (its
/// number and the summary of its phrases).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Hit {
    pub reading: Reading,
    pub slot: Slot,
}

/// The longest key kept (10 Arabic letters: most words, with their clitics).
const KEY_BYTES: usize = 20;
/// The most hits kept for a key (a word is rarely two keys, never three in practice).
const HITS: usize = 2;
/// `hits_len` of a record whose hits are not worked out yet.
const HITS_UNKNOWN: u8 = u8::MAX;
/// `hits_len` of a record with more hits than [`HITS`]: found again each time.
const HITS_TOO_MANY: u8 = u8::MAX - 1;

/// What the scan asks of a token key, answered once (see [`Facts`]).
pub(super) const SINGLE: u8 = 1;
pub(super) const MULTI: u8 = 2;
pub(super) const SECOND: u8 = 4;

/// The answers for one key: `flags` ([`SINGLE`]: a reading may be a one-token phrase;
/// [`MULTI`]: may begin a multiword one; [`SECOND`]: the key may be a phrase's second
/// word), `marks` (bit `k`: the caller's filter `k` passes it, its gate too), and its
/// id (`NO_ID`: not kept).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Facts {
    pub flags: u8,
    pub marks: u8,
    pub id: u32,
}

/// The id of a key the table does not keep.
pub(super) const NO_ID: u32 = u32::MAX;

/// A key, its answers and its hits: one cache line. `key_len == 0` is an empty record.
#[derive(Clone, Copy, Default)]
#[repr(align(64))]
struct Record {
    hash: u64,
    key_len: u8,
    flags: u8,
    marks: u8,
    hits_len: u8,
    key: [u8; KEY_BYTES],
    hits: [Hit; HITS],
}

/// Open addressing (linear probing) over twice as many records as are kept at most, so
/// that probes stay short.
const RECORDS_LOG2: u32 = 16;
pub(super) const MAX_ENTRIES: usize = 1 << (RECORDS_LOG2 - 1);

#[derive(Default)]
pub(super) struct Vocabulary {
    /// Whose answers the records hold: the index ([`super::Index::id`]) and the mark
    /// filters ([`owner_of`]); 0: none yet.
    owner: u64,
    records: Vec<Record>,
    len: usize,
}

/// The owner of a table kept for the index `index` and the mark filters whose versions
/// are `filters` (the gate's first).
pub(super) fn owner_of(index: u64, filters: impl Iterator<Item = u64>) -> u64 {
    use std::hash::Hasher;
    let mut h = super::FxHasher::default();
    h.write_u64(index);
    for f in filters {
        h.write_u64(f);
    }
    h.finish() | 1
}

impl Vocabulary {
    /// Empty the table unless its answers are `owner`'s.
    fn keep_for(&mut self, owner: u64) {
        if self.owner != owner || self.records.is_empty() {
            *self = Vocabulary { owner, records: vec![Record::default(); 1 << RECORDS_LOG2], len: 0 };
        }
    }

    /// The answers kept for `key`, whose [`super::key_hash`] is `h`.
    #[inline]
    pub fn get(&self, key: &[u8], h: u64) -> Option<Facts> {
        let mask = self.records.len() - 1;
        let mut s = (h as usize) & mask;
        loop {
            let r = &self.records[s];
            if r.key_len == 0 {
                return None;
            }
            if r.hash == h && same_bytes(&r.key[..usize::from(r.key_len)], key) {
                return Some(Facts { flags: r.flags, marks: r.marks, id: s as u32 });
            }
            s = (s + 1) & mask;
        }
    }

    /// Keep `facts` for `key` (not kept yet) if it fits and there is room: the facts
    /// with the key's id, or with [`NO_ID`].
    pub fn insert(&mut self, key: &[u8], h: u64, facts: Facts) -> Facts {
        if self.len >= MAX_ENTRIES || key.is_empty() || key.len() > KEY_BYTES {
            return Facts { id: NO_ID, ..facts };
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
        r.flags = facts.flags;
        r.marks = facts.marks;
        r.hits_len = HITS_UNKNOWN;
        self.len += 1;
        Facts { id: s as u32, ..facts }
    }

    /// The hits kept for the key of id `id`, if they were worked out and fit.
    #[inline]
    pub fn hits(&self, id: u32) -> Option<&[Hit]> {
        let r = self.records.get(id as usize)?;
        (r.hits_len <= HITS as u8).then(|| &r.hits[..usize::from(r.hits_len)])
    }

    /// Keep `hits` for the key of id `id` (kept, its hits not yet).
    pub fn set_hits(&mut self, id: u32, hits: &[Hit]) {
        let Some(r) = self.records.get_mut(id as usize) else { return };
        if hits.len() > HITS {
            r.hits_len = HITS_TOO_MANY;
        } else {
            r.hits_len = hits.len() as u8; // at most HITS
            r.hits[..hits.len()].copy_from_slice(hits);
        }
    }

    /// Ask the processor for the record a key hashing to `h` is looked up in first.
    #[inline]
    pub fn prefetch(&self, h: u64) {
        let mask = self.records.len().wrapping_sub(1);
        if let Some(r) = self.records.get((h as usize) & mask) {
            super::prefetch(r);
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.len
    }
}

thread_local! {
    static VOCABULARY: RefCell<Vocabulary> = RefCell::new(Vocabulary::default());
}

/// Run `f` with this thread's table, kept for `owner` (see [`owner_of`]; emptied if it
/// was another's). Not reentrant: `f` must not scan.
pub(super) fn with_vocabulary<R>(owner: u64, f: impl FnOnce(&mut Vocabulary) -> R) -> R {
    VOCABULARY.with(|t| {
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

    fn facts(flags: u8, marks: u8) -> Facts {
        Facts { flags, marks, id: 0 }
    }

    #[test]
    fn a_record_is_one_cache_line() {
        assert_eq!(std::mem::size_of::<Record>(), 64);
    }

    #[test]
    fn keeps_answers_and_hits_by_key_and_hash() {
        let mut t = Vocabulary::default();
        t.keep_for(7);
        assert!(t.get(b"abc", 1).is_none());
        let abc = t.insert(b"abc", 1, facts(SINGLE, 0b101));
        assert_ne!(abc.id, NO_ID);
        // Same slot, another key: a probe goes past it.
        let abd = t.insert(b"abd", 1, facts(MULTI | SECOND, 0));
        assert_ne!(abd.id, abc.id);
        assert_eq!(t.get(b"abc", 1), Some(Facts { flags: SINGLE, marks: 0b101, id: abc.id }));
        assert_eq!(t.get(b"abd", 1), Some(Facts { flags: MULTI | SECOND, marks: 0, id: abd.id }));
        assert!(t.get(b"abe", 1).is_none());
        // Hits are unknown until set, then kept; more than fit are never kept.
        assert!(t.hits(abc.id).is_none());
        t.set_hits(abc.id, &[hit(1), hit(2)]);
        assert_eq!(t.hits(abc.id).map(|h| h.iter().map(|h| h.reading.skip).collect::<Vec<_>>()), Some(vec![1, 2]));
        t.set_hits(abd.id, &[]);
        assert_eq!(t.hits(abd.id).map(<[Hit]>::len), Some(0));
        let xyz = t.insert(b"xyz", 9, facts(0, 0));
        t.set_hits(xyz.id, &[hit(1), hit(2), hit(3)]);
        assert!(t.hits(xyz.id).is_none());
        assert!(t.hits(NO_ID).is_none());
        // Another owner empties it; the same keeps it.
        t.keep_for(7);
        assert_eq!(t.len(), 3);
        t.keep_for(8);
        assert_eq!(t.len(), 0);
        assert!(t.get(b"abc", 1).is_none());
    }

    #[test]
    fn keeps_no_long_key() {
        let mut t = Vocabulary::default();
        t.keep_for(1);
        let long = [b'a'; KEY_BYTES + 1];
        assert_eq!(t.insert(&long, 5, facts(SINGLE, 1)), Facts { flags: SINGLE, marks: 1, id: NO_ID });
        assert_ne!(t.insert(&long[..KEY_BYTES], 6, facts(0, 0)).id, NO_ID);
        assert!(t.get(&long, 5).is_none());
        assert!(t.get(&long[..KEY_BYTES], 6).is_some());
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn stops_adding_when_full() {
        let mut t = Vocabulary::default();
        t.keep_for(1);
        for n in 0..MAX_ENTRIES + 10 {
            t.insert(&(n as u32).to_le_bytes(), n as u64, facts(0, 0));
        }
        assert_eq!(t.len(), MAX_ENTRIES);
        assert!(t.get(&0u32.to_le_bytes(), 0).is_some());
        assert!(t.get(&(MAX_ENTRIES as u32).to_le_bytes(), MAX_ENTRIES as u64).is_none());
    }

    #[test]
    fn owners_differ_by_index_and_by_filters() {
        let a = owner_of(1, [10, 11].into_iter());
        assert_eq!(a, owner_of(1, [10, 11].into_iter()));
        assert_ne!(a, owner_of(2, [10, 11].into_iter()));
        assert_ne!(a, owner_of(1, [10, 12].into_iter()));
        assert_ne!(a, owner_of(1, [10].into_iter()));
        assert_ne!(owner_of(1, std::iter::empty()), 0);
    }
}
