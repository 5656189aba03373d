//! Substring search for the short strings the passes read (a rule, a key): `str::find`
//! and `str::match_indices` with a `&str` pattern first build a two-way searcher (some
//! 250 instructions and a dozen unpredictable branches per call, callgrind, twenty-first
//! session), which costs more than scanning a haystack of a few dozen bytes. Same
//! answers as the `str` methods: a whole UTF-8 pattern matched byte for byte in UTF-8
//! text starts and ends on character boundaries.

/// Where `pat` first occurs in `hay` (as `hay.find(pat)`).
pub(super) fn find(hay: &str, pat: &str) -> Option<usize> {
    starts(hay, pat).next()
}

/// Where `pat` occurs in `hay`, left to right, matches not overlapping (as the indices
/// of `hay.match_indices(pat)`).
pub(super) fn starts<'h>(hay: &'h str, pat: &'h str) -> impl Iterator<Item = usize> + 'h {
    let (h, p) = (hay.as_bytes(), pat.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let Some((&first, rest)) = p.split_first() else {
            // An empty pattern matches between every two characters, as `str`'s does.
            let at = from;
            from = if at >= h.len() { usize::MAX } else { at + hay[at..].chars().next().map_or(1, char::len_utf8) };
            return (at <= h.len()).then_some(at);
        };
        let last_start = h.len().checked_sub(p.len())?;
        while from <= last_start {
            let at = from;
            from += 1;
            if h[at] == first && &h[at + 1..at + p.len()] == rest {
                from = at + p.len();
                return Some(at);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answers of `str::find` and `str::match_indices`, on rules, Arabic keys and
    /// overlapping patterns.
    #[test]
    fn answers_as_str_does() {
        let cases = [
            ("agent+group:LBNREB", "group:"),
            ("agent+group:LBNREB+igo:UNO", "igo:"),
            ("agent+metonym:RUSGOV", "group:"),
            ("وبلادهم", "بلاد"),
            ("لبلاده", "بلاد"),
            ("البلدان", "بلاد"),
            ("aaaa", "aa"),
            ("abab", "aba"),
            ("", "a"),
            ("a", "ab"),
            ("بلاد", "بلاد"),
            ("علي", ""),
            ("", ""),
        ];
        for (hay, pat) in cases {
            assert_eq!(find(hay, pat), hay.find(pat), "{hay} {pat}");
            let ours: Vec<usize> = starts(hay, pat).collect();
            let std: Vec<usize> = hay.match_indices(pat).map(|(at, _)| at).collect();
            assert_eq!(ours, std, "{hay} {pat}");
        }
    }

    #[test]
    fn finds_the_stem_inside_a_key_and_not_a_near_one() {
        assert_eq!(find("فبلادهم", "بلاد"), Some(2));
        assert_eq!(find("بلدان", "بلاد"), None);
    }
}
