//! A set of short keys held in the hash table itself.
//!
//! The mention layer's word sets (first names, the words a phrase extends over) are asked
//! about many tokens of every document. In a `HashSet<String>` a probe that finds a
//! candidate compares its bytes through the `String`'s pointer: one more cache line,
//! usually cold, for every hit. Keys of up to [`INLINE`] − 1 bytes (15 Arabic letters,
//! nearly all of them) are stored here as fixed arrays, compared within the table.

use marsad_lexicon::FxBuildHasher;
use std::collections::HashSet;

/// Bytes of an inline key: the key, zero-padded, and its length in the last byte.
const INLINE: usize = 32;

/// A key of fewer than [`INLINE`] bytes as a fixed array (the length in the last byte,
/// so keys that differ only by trailing zero bytes stay apart).
pub(super) fn inline(key: &str) -> Option<[u8; INLINE]> {
    let b = key.as_bytes();
    if b.len() >= INLINE {
        return None;
    }
    let mut a = [0u8; INLINE];
    a[..b.len()].copy_from_slice(b);
    a[INLINE - 1] = b.len() as u8;
    Some(a)
}

/// A set of keys: the short ones inline, longer ones as `String`s.
#[derive(Clone, Debug, Default)]
pub(crate) struct InlineKeys {
    short: HashSet<[u8; INLINE], FxBuildHasher>,
    long: HashSet<String, FxBuildHasher>,
}

impl InlineKeys {
    /// Room for `n` short keys at once: a set grown from empty reallocates and rehashes
    /// its table at every doubling.
    pub(crate) fn with_capacity(n: usize) -> InlineKeys {
        InlineKeys { short: HashSet::with_capacity_and_hasher(n, FxBuildHasher::default()), long: HashSet::default() }
    }

    pub(crate) fn insert(&mut self, key: String) {
        match inline(&key) {
            Some(a) => {
                self.short.insert(a);
            }
            None => {
                self.long.insert(key);
            }
        }
    }

    #[inline]
    pub(crate) fn contains(&self, key: &str) -> bool {
        match inline(key) {
            Some(a) => self.short.contains(&a),
            None => self.long.contains(key),
        }
    }
}

impl FromIterator<String> for InlineKeys {
    fn from_iter<I: IntoIterator<Item = String>>(keys: I) -> InlineKeys {
        let keys = keys.into_iter();
        let mut set = InlineKeys::with_capacity(keys.size_hint().0);
        for k in keys {
            set.insert(k);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_keys_are_found_and_only_they() {
        let long = "ا".repeat(16); // 32 bytes: stored as a String
        let set: InlineKeys = ["محمد".to_string(), String::new(), long.clone(), "x".repeat(31)].into_iter().collect();
        for k in ["محمد", "", long.as_str(), &"x".repeat(31)] {
            assert!(set.contains(k), "{k}");
        }
        for k in ["محم", "محمدا", "x", "\0", "محمد\0", &"ا".repeat(15), &"ا".repeat(17), &"x".repeat(30)] {
            assert!(!set.contains(k), "{k:?}");
        }
    }
}
