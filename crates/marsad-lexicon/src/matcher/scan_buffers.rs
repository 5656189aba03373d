//! The scan's lists kept per thread between documents.
//!
//! Each document's scan makes a list of matches and a few lists of token positions
//! (marked, punctuation, numbers), and the mention layer a few more; they lived one
//! document each, so every document paid their allocations and frees again (the match
//! list is often over a kilobyte: no thread cache serves it). A list given back here
//! when its document is done is handed, emptied, to the next document the thread reads.
//! Only the room is reused: a list taken is always empty, so nothing read depends on it.

use super::Match;
use std::cell::RefCell;

/// Most lists of each kind kept (a chunk of documents read pass by pass holds a few
/// hundred at once), and the most room a kept list may have: one very long document
/// does not leave its lists behind for good.
const KEPT: usize = 1024;
const MAX_ROOM: usize = 1 << 14;

thread_local! {
    static POSITIONS: RefCell<Vec<Vec<usize>>> = const { RefCell::new(Vec::new()) };
    static MATCHES: RefCell<Vec<Vec<Match<'static>>>> = const { RefCell::new(Vec::new()) };
}

/// An empty list of token positions with room for `n`, a kept one when there is one.
pub fn positions(n: usize) -> Vec<usize> {
    let mut v = POSITIONS.with(|kept| kept.borrow_mut().pop()).unwrap_or_default();
    v.reserve(n);
    v
}

/// Keep `v`'s room for a later [`positions`].
pub fn give_back_positions(mut v: Vec<usize>) {
    if v.capacity() == 0 || v.capacity() > MAX_ROOM {
        return;
    }
    v.clear();
    POSITIONS.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept.len() < KEPT {
            kept.push(v);
        }
    });
}

/// An empty list of matches with room for `n`, a kept one when there is one.
pub fn matches<'a>(n: usize) -> Vec<Match<'a>> {
    let mut v = retyped(MATCHES.with(|kept| kept.borrow_mut().pop()).unwrap_or_default());
    v.reserve(n);
    v
}

/// Keep `v`'s room for a later [`matches`].
pub fn give_back_matches(v: Vec<Match<'_>>) {
    if v.capacity() == 0 || v.capacity() > MAX_ROOM {
        return;
    }
    let v = retyped(v);
    MATCHES.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept.len() < KEPT {
            kept.push(v);
        }
    });
}

/// `v` emptied, as a list of matches of another lifetime: the same layout, so the
/// collection is done in place and keeps the room (no element is left to convert).
fn retyped<'x, 'y>(mut v: Vec<Match<'x>>) -> Vec<Match<'y>> {
    v.clear();
    v.into_iter().map(|_| -> Match<'y> { unreachable!("the list is empty") }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_given_back_is_handed_out_again_empty_with_its_room() {
        let mut v = positions(100);
        v.extend([3, 1, 4]);
        let (ptr, room) = (v.as_ptr(), v.capacity());
        give_back_positions(v);
        let w = positions(10);
        assert!(w.is_empty());
        assert_eq!((w.as_ptr(), w.capacity()), (ptr, room));
        // Too much room is not kept.
        give_back_positions(Vec::with_capacity(MAX_ROOM + 1));
        assert!(positions(0).capacity() < MAX_ROOM + 1);
    }

    #[test]
    fn a_match_list_keeps_its_room_across_lifetimes() {
        let entries = vec![7u32];
        let mut v = matches(64);
        v.push(Match { start: 0, end: 1, entries: &entries, stripped: 0, article: false, conj: false, prep: false });
        let (ptr, room) = (v.as_ptr(), v.capacity());
        give_back_matches(v);
        drop(entries);
        let w: Vec<Match<'_>> = matches(8);
        assert!(w.is_empty());
        assert_eq!((w.as_ptr(), w.capacity()), (ptr, room));
    }
}
