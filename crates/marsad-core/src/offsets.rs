//! Byte offset → code-point offset conversion.

/// Converts byte offsets of one text into Unicode code-point offsets in O(1) per lookup
/// after an O(n/256) index: a char count is kept at every 256th byte, and the bytes in
/// between are counted on demand (a byte starts a char unless it is a UTF-8 continuation
/// byte, so any byte range can be counted without decoding).
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    checkpoints: Vec<u32>,
}

const STRIDE_BITS: u32 = 8;

#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity((bytes.len() >> STRIDE_BITS) + 1);
        let mut total = 0u32;
        checkpoints.push(0);
        for chunk in bytes.chunks(1 << STRIDE_BITS) {
            total += count_chars(chunk) as u32;
            checkpoints.push(total);
        }
        CharOffsets { bytes, checkpoints }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    #[inline]
    pub fn char_offset(&self, byte: usize) -> usize {
        let block = byte >> STRIDE_BITS;
        let base = self.checkpoints[block] as usize;
        base + count_chars(&self.bytes[block << STRIDE_BITS..byte])
    }

    /// `[start, end)` in bytes → `[start, end)` in code points.
    #[inline]
    pub fn span(&self, start: usize, end: usize) -> [usize; 2] {
        [self.char_offset(start), self.char_offset(end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_indices_everywhere() {
        let text = "قال «نعم» 2018 emoji 😀 é".repeat(40);
        let offs = CharOffsets::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(offs.char_offset(bi), ci);
        }
        assert_eq!(offs.char_offset(text.len()), text.chars().count());
    }
}
