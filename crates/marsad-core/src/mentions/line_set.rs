//! A set of the lines of a static text (a word list shipped with the crate), built in
//! one walk over its bytes.
//!
//! The common-word list holds some 25,000 short words and is built once per process, in
//! the first document that asks. As a `HashSet<&str>` its building was the mention
//! layer's largest one-time cost: every line collected into a `Vec` first, then hashed
//! as a `str` (its bytes and a terminator) and inserted with the table's probing and
//! control bytes. Here each line is hashed and placed as it is found, and a slot is one
//! `u64` (the line's offset and length in the text), so the table is a single array
//! sized once.

use marsad_lexicon::FxHasher;
use std::hash::Hasher;

/// The lines of `text` that are not empty and not comments (`#`), as a set.
pub(crate) struct LineSet {
    text: &'static str,
    /// Open addressing, linear probing: 0 is an empty slot, else the line's start in
    /// `text` plus one, shifted left 8 bits, with its length in the low byte.
    slots: Vec<u64>,
    /// 64 − log2 of the number of slots: the hash's high bits (its best mixed) pick one.
    shift: u32,
    len: usize,
}

/// Lines longer than this cannot be stored (their length is one byte); the lists' words
/// are a few letters.
const LONGEST: usize = u8::MAX as usize;

fn hash(b: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(b);
    // One more round, so that the high bits depend on the last word too.
    h.write_u8(0xff);
    h.finish()
}

impl LineSet {
    /// The set of `text`'s lines that are not empty and do not begin with `#`. (Lines
    /// of more than [`LONGEST`] bytes are left out.)
    pub(crate) fn of(text: &'static str) -> LineSet {
        let bytes = text.as_bytes();
        // Half full at most, whatever the lines (counting them is one vectorised pass).
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        let wanted = (2 * lines).max(16).next_power_of_two();
        let mut set = LineSet { text, slots: vec![0; wanted], shift: 64 - wanted.trailing_zeros(), len: 0 };
        let mut start = 0;
        while start < bytes.len() {
            let end = bytes[start..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |n| start + n);
            let line = &bytes[start..end];
            if !line.is_empty() && line[0] != b'#' && line.len() <= LONGEST {
                set.insert(start, line);
            }
            start = end + 1;
        }
        set
    }

    fn insert(&mut self, start: usize, line: &[u8]) {
        let mask = self.slots.len() - 1;
        let mut s = (hash(line) >> self.shift) as usize;
        loop {
            match self.slots[s] {
                0 => {
                    self.slots[s] = ((start as u64 + 1) << 8) | line.len() as u64;
                    self.len += 1;
                    // Never more than half full: the probes stay short.
                    debug_assert!(self.len * 2 <= self.slots.len());
                    return;
                }
                slot if self.line(slot) == line => return,
                _ => s = (s + 1) & mask,
            }
        }
    }

    /// The bytes of the line a full slot holds.
    #[inline]
    fn line(&self, slot: u64) -> &'static [u8] {
        let start = (slot >> 8) as usize - 1;
        let text: &'static str = self.text;
        &text.as_bytes()[start..start + (slot & 0xff) as usize]
    }

    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        if word.len() > LONGEST {
            return false;
        }
        let mask = self.slots.len() - 1;
        let mut s = (hash(word) >> self.shift) as usize;
        loop {
            match self.slots[s] {
                0 => return false,
                slot if slot & 0xff == word.len() as u64 && self.line(slot) == word => return true,
                _ => s = (s + 1) & mask,
            }
        }
    }

    /// How many distinct lines the set holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Every line held, in no particular order.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        let text: &'static str = self.text;
        self.slots.iter().filter(|&&s| s != 0).map(move |&s| {
            let start = (s >> 8) as usize - 1;
            &text[start..start + (s & 0xff) as usize]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_the_lines_and_nothing_else() {
        let set = LineSet::of("# رأس القائمة\nشركة\nتعمل\n\nقال\nشركة\nقالت");
        assert_eq!(set.len(), 4, "a repeated line is held once; the comment and the empty line not at all");
        for w in ["شركة", "تعمل", "قال", "قالت"] {
            assert!(set.contains(w), "{w}");
        }
        // Not a prefix, an extension, the comment, or the empty line.
        for w in ["شرك", "شركات", "قا", "# رأس القائمة", "", "سبيكترم"] {
            assert!(!set.contains(w), "{w:?}");
        }
        let mut all: Vec<&str> = set.iter().collect();
        all.sort_unstable();
        assert_eq!(all, ["تعمل", "شركة", "قال", "قالت"]);
    }

    #[test]
    fn a_last_line_without_a_newline_and_a_crowded_table_still_answer() {
        // Many lines in a small text: every one is found after collisions.
        let text: &'static str = Box::leak((0..2000).map(|n| format!("كلمة{n}\n")).collect::<String>().into_boxed_str());
        let set = LineSet::of(text);
        assert_eq!(set.len(), 2000);
        assert!((0..2000).all(|n| set.contains(&format!("كلمة{n}"))));
        assert!(!set.contains("كلمة2000"));
        assert!(LineSet::of("بدأنا").contains("بدأنا"));
    }
}
