//! Paragraphs and sentences as byte spans.
//!
//! # Paragraphs
//!
//! The text is cut into lines at every line terminator: `\n`, `\r` (so `\r\n` too), vertical
//! tab, form feed, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
//! Each line with visible content is one paragraph, trimmed of surrounding white space and
//! invisible format controls (bidi marks, zero-width characters, BOM). Blank lines (white
//! space and controls only) separate nothing and yield nothing. News JSONL separates
//! paragraphs with a single `\n`, so one line is one paragraph.
//!
//! # Sentences
//!
//! Sentences never cross a paragraph. Each is trimmed like a paragraph and includes its
//! terminator and any closing quotation marks or brackets right after it. The rules:
//!
//! 1. **Terminators** are `.` `!` `?` `؟` `…` `؞` `۔` `‼` `⁇` `⁈` `⁉` `。` and fullwidth `！`
//!    `？`. A run of them (`?!`, `...`, `؟!`) is one terminator. The comma `،` and semicolon
//!    `؛` never end a sentence.
//! 2. **Quotes and brackets.** `«»`, `()`, `[]`, `{}` pair by nesting; the straight `"` is a
//!    toggle, and so are `“` and `”` (Arabic news writes `”…”`, `“…“` and `”…“` as often as
//!    `“…”`, so the two are one ambiguous pair: the next one closes). Marks are paired
//!    within the paragraph first. Which way a toggle faces is read from its spacing when
//!    that is clear: with a word only after it, it can only open (` "نص`); with a word only
//!    before it, only close (`نص" `); otherwise (`و"نص`, ` " `) the next one closes. This
//!    keeps a stray mark from pairing with the wrong partner. A mark that finds no partner (an unclosed quote, a stray
//!    closing bracket) is ignored, so it can never swallow the rest of the paragraph.
//!    **A terminator inside a paired quote or bracket never ends a sentence**: a quotation
//!    stays whole, in one sentence with its reporting verb and speaker (`قال: "لن نتراجع.
//!    هذا قرارنا" ثم غادر.` is one sentence). Single quotes are not tracked (they double as
//!    apostrophes).
//! 3. **What must follow.** `!` `?` `؟` (and runs holding one) end a sentence when followed
//!    by white space, the paragraph end, an Arabic letter (`لماذا؟قال`) or an opening quote.
//!    Closing marks right after the terminator (`."` `!»` `.)`) join the sentence first.
//! 4. **A full stop** ends a sentence when followed by white space or the paragraph end,
//!    or directly by an Arabic letter when the word before it is Arabic with two letters or
//!    more and the word after it is not followed by another dot (`النمو.وقال` splits;
//!    missing spaces are common). So `2.5`, `www.bbc.com`, `ق.م`, `سي.إن.إن` and `العربية.نت`
//!    (a web address ending: `نت` `كوم` `أورغ`) never split. It does not end a sentence after:
//!    - a single letter: an Arabic letter (`د.` doctor, `م.` `ج.`; tatweel and harakat do not
//!      count, so `هـ.` too) or a capital Latin initial (`J. Smith`);
//!    - single letters joined by dots: `U.S.`, `U.N.`, `e.g.`, `i.e.`, `ق.م.`, `أ.د.`;
//!    - an Arabic spelling of a Latin letter name, as acronyms are written: `سي. إن. إن.`,
//!      `بي.دبليو.سي` (none of `بي سي إن أو في دبليو …` ends an Arabic sentence as a word);
//!    - a common Latin abbreviation: `Mr. Mrs. Ms. Dr. Prof. Gen. St. Jr. vs. No. Inc.` …;
//!    - a number that opens the sentence or follows a colon (a list item: `1. ...`);
//!    - a Latin word, when the next word starts with a lowercase Latin letter.
//! 5. **Ellipsis** (`…`, `؞`, or two dots or more) ends a sentence only when it is attached
//!    to the word before it and followed by white space and then a letter or an opening
//!    quote or bracket (or by the paragraph end). An ellipsis after white space (`إن ...
//!    الأمر`) marks an elision and never ends a sentence.

use crate::token::{class, decode_at, decode_before, is_format_control, Cl};
use crate::ByteSpan;

/// Paragraphs: the lines with visible content, trimmed (see the [module docs](self)).
///
/// ```
/// use marsad_text::sentence::paragraphs;
/// let text = "الأول\r\n\r\n  الثاني \n";
/// let p: Vec<_> = paragraphs(text).iter().map(|&(s, e)| &text[s..e]).collect();
/// assert_eq!(p, ["الأول", "الثاني"]);
/// ```
pub fn paragraphs(text: &str) -> Vec<ByteSpan> {
    Paragraphs::new(text).collect()
}

/// Sentences, never crossing a paragraph boundary, trimmed of surrounding white space (see
/// the [module docs](self) for the rules).
///
/// ```
/// use marsad_text::sentence::sentences;
/// let text = "بلغ النمو 2.5 في المئة. وقال د. محمد: \"لن نتراجع. هذا قرارنا\" ثم غادر.";
/// let s: Vec<_> = sentences(text).iter().map(|&(s, e)| &text[s..e]).collect();
/// assert_eq!(s, ["بلغ النمو 2.5 في المئة.", "وقال د. محمد: \"لن نتراجع. هذا قرارنا\" ثم غادر."]);
/// ```
pub fn sentences(text: &str) -> Vec<ByteSpan> {
    let mut out = Vec::with_capacity(text.len() / 120 + 1);
    let mut scratch = Scratch::default();
    for para in Paragraphs::new(text) {
        split_paragraph(text, para, &mut scratch, &mut out);
    }
    out
}

/// The sentences of one paragraph (a span returned by [`paragraphs`]), in order.
pub fn sentences_in(text: &str, paragraph: ByteSpan) -> Vec<ByteSpan> {
    let mut out = Vec::new();
    split_paragraph(text, paragraph, &mut Scratch::default(), &mut out);
    out
}

/// A lazy iterator over the paragraphs of a text (what [`paragraphs`] collects).
#[derive(Clone, Debug)]
pub struct Paragraphs<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Paragraphs<'a> {
    pub fn new(text: &'a str) -> Paragraphs<'a> {
        Paragraphs { text, pos: 0 }
    }
}

impl Iterator for Paragraphs<'_> {
    type Item = ByteSpan;

    fn next(&mut self) -> Option<ByteSpan> {
        let b = self.text.as_bytes();
        while self.pos < b.len() {
            let start = self.pos;
            let (line_end, next) = find_line_end(b, start);
            self.pos = next;
            let (s, e) = trim(b, start, line_end);
            if s < e {
                return Some((s, e));
            }
        }
        None
    }
}

/// The end of the line starting at `from`, and where the next line starts.
#[inline]
fn find_line_end(b: &[u8], from: usize) -> (usize, usize) {
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'\n' | b'\r' | 0x0B | 0x0C => return (i, i + 1),
            0xC2 if b.get(i + 1) == Some(&0x85) => return (i, i + 2),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => {
                return (i, i + 3)
            }
            _ => i += 1,
        }
    }
    (b.len(), b.len())
}

#[inline]
fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || is_format_control(c)
}

/// `[s, e)` without leading and trailing white space and format controls.
#[inline]
fn trim(b: &[u8], mut s: usize, mut e: usize) -> ByteSpan {
    while s < e {
        let (c, n) = decode_at(b, s);
        if !is_trimmed(c) {
            break;
        }
        s += n;
    }
    while e > s {
        let (c, at) = decode_before(b, e);
        if !is_trimmed(c) {
            break;
        }
        e = at;
    }
    (s, e)
}

/// Quote and bracket families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fam {
    Guillemet,
    Paren,
    Square,
    Curly,
    Straight,
    CurlyQuote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ev {
    Open(Fam),
    Close(Fam),
    Toggle(Fam),
    /// `.`
    Dot,
    /// `…` `؞`
    Ellipsis,
    /// `!` `?` `؟` and the like.
    Strong,
}

/// The pairing decision for a quote/bracket event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Ignored,
    Opens,
    Closes,
    /// Not a quote or bracket.
    Term,
}

#[derive(Clone, Copy, Debug)]
struct Event {
    pos: usize,
    end: usize,
    ev: Ev,
    role: Role,
}

#[derive(Default)]
struct Scratch {
    events: Vec<Event>,
    stack: Vec<usize>,
}

/// Bytes the sentence scanner stops at: the ASCII marks; the lead bytes of « » (C2),
/// “ ” … ‼ ⁇ ⁈ ⁉ (E2), 。 (E3), ！ ？ (EF); and the *second* bytes of ؞ ؟ (D8 9E, D8 9F)
/// and ۔ (DB 94). Arabic letters mostly start with D8 or D9, so stopping at D8 would stop
/// at every other letter; 94, 9E and 9F are rare in Arabic text.
const INTEREST: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b".!?\"()[]{}\xC2\xE2\xE3\xEF\x94\x9E\x9F";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// The event of the char starting at `b[i]` (an [`INTEREST`] lead byte), and the length
/// to skip. Matches on the UTF-8 bytes directly: this is the hot loop of sentence splitting.
#[inline(always)]
fn event_at(b: &[u8], i: usize) -> (Option<Ev>, usize) {
    match b[i] {
        b'.' => (Some(Ev::Dot), 1),
        b'!' | b'?' => (Some(Ev::Strong), 1),
        b'"' => (Some(Ev::Toggle(Fam::Straight)), 1),
        b'(' => (Some(Ev::Open(Fam::Paren)), 1),
        b')' => (Some(Ev::Close(Fam::Paren)), 1),
        b'[' => (Some(Ev::Open(Fam::Square)), 1),
        b']' => (Some(Ev::Close(Fam::Square)), 1),
        b'{' => (Some(Ev::Open(Fam::Curly)), 1),
        b'}' => (Some(Ev::Close(Fam::Curly)), 1),
        // The continuation bytes exist: `b` is valid UTF-8 and spans end on char boundaries.
        0xC2 => match b[i + 1] {
            0xAB => (Some(Ev::Open(Fam::Guillemet)), 2),
            0xBB => (Some(Ev::Close(Fam::Guillemet)), 2),
            _ => (None, 2),
        },
        0xE2 => match (b[i + 1], b[i + 2]) {
            (0x80, 0x9C | 0x9D) => (Some(Ev::Toggle(Fam::CurlyQuote)), 3), // “ ”
            (0x80, 0xA6) => (Some(Ev::Ellipsis), 3),                       // …
            (0x80, 0xBC) | (0x81, 0x87..=0x89) => (Some(Ev::Strong), 3),   // ‼ ⁇ ⁈ ⁉
            _ => (None, 3),
        },
        0xE3 => (if (b[i + 1], b[i + 2]) == (0x80, 0x82) { Some(Ev::Strong) } else { None }, 3), // 。
        0xEF => match (b[i + 1], b[i + 2]) {
            (0xBC, 0x81 | 0x9F) => (Some(Ev::Strong), 3), // ！ ？
            _ => (None, 3),
        },
        _ => (None, 1),
    }
}

/// The event of one char: the readable definition that [`event_at`] implements on bytes
/// (a test checks they agree on every code point).
#[cfg(test)]
fn event_of(c: char) -> Option<Ev> {
    Some(match c {
        '.' => Ev::Dot,
        '!' | '?' | '؟' | '۔' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' => Ev::Strong,
        '…' | '؞' => Ev::Ellipsis,
        '"' => Ev::Toggle(Fam::Straight),
        '“' | '”' => Ev::Toggle(Fam::CurlyQuote),
        '«' => Ev::Open(Fam::Guillemet),
        '»' => Ev::Close(Fam::Guillemet),
        '(' => Ev::Open(Fam::Paren),
        ')' => Ev::Close(Fam::Paren),
        '[' => Ev::Open(Fam::Square),
        ']' => Ev::Close(Fam::Square),
        '{' => Ev::Open(Fam::Curly),
        '}' => Ev::Close(Fam::Curly),
        _ => return None,
    })
}

fn collect_events(b: &[u8], s: usize, e: usize, events: &mut Vec<Event>) {
    events.clear();
    let mut i = s;
    while i < e {
        if !INTEREST[b[i] as usize] {
            i += 1;
            continue;
        }
        let (at, ev, n) = match b[i] {
            // A second byte: the char started one byte back (`i > s`: `s` is a char
            // boundary and this is a continuation byte).
            0x94 | 0x9E | 0x9F => {
                let ev = match (b[i - 1], b[i]) {
                    (0xD8, 0x9E) => Some(Ev::Ellipsis), // ؞
                    (0xD8, 0x9F) | (0xDB, 0x94) => Some(Ev::Strong), // ؟ ۔
                    _ => None,
                };
                (i - 1, ev, 2)
            }
            _ => {
                let (ev, n) = event_at(b, i);
                (i, ev, n)
            }
        };
        if let Some(mut ev) = ev {
            if let Ev::Toggle(fam) = ev {
                ev = toggle_direction(b, s, e, at, at + n, fam);
            }
            let role = match ev {
                Ev::Dot | Ev::Ellipsis | Ev::Strong => Role::Term,
                _ => Role::Ignored,
            };
            events.push(Event { pos: at, end: at + n, ev, role });
        }
        i = at + n;
    }
}

/// Which way a `"` `“` `”` at `[at, end)` faces, from what touches it: a word only after it
/// opens (` "نص`, `."نص`), a word only before it closes (`نص" `, `نص".`); a word on both
/// sides or neither (`و"نص`, ` " `) leaves it a toggle. Tatweel before it does not count as
/// a word (`الـ"بلوك تشين"`).
#[inline]
fn toggle_direction(b: &[u8], s: usize, e: usize, at: usize, end: usize, fam: Fam) -> Ev {
    let word_before = at > s
        && matches!(class(decode_before(b, at).0), Cl::Arabic | Cl::Letter | Cl::Digit | Cl::Mark);
    let word_after = end < e && matches!(class(decode_at(b, end).0), Cl::Arabic | Cl::Letter | Cl::Digit);
    match (word_before, word_after) {
        (false, true) => Ev::Open(fam),
        (true, false) => Ev::Close(fam),
        _ => Ev::Toggle(fam),
    }
}

/// Pairs quotes and brackets: sets `Opens`/`Closes` on partners, leaves the rest `Ignored`.
fn pair_marks(events: &mut [Event], stack: &mut Vec<usize>) {
    stack.clear();
    for idx in 0..events.len() {
        let (fam, may_open, may_close) = match events[idx].ev {
            Ev::Open(f) => (f, true, false),
            Ev::Close(f) => (f, false, true),
            Ev::Toggle(f) => (f, true, true),
            _ => continue,
        };
        let open_at = if may_close {
            stack.iter().rposition(|&j| match events[j].ev {
                Ev::Open(g) | Ev::Toggle(g) => g == fam,
                _ => false,
            })
        } else {
            None
        };
        match open_at {
            Some(p) => {
                // Marks opened inside the pair and never closed are ignored.
                stack.truncate(p + 1);
                let o = stack.pop().expect("position found in stack");
                events[o].role = Role::Opens;
                events[idx].role = Role::Closes;
            }
            None if may_open => stack.push(idx),
            None => {}
        }
    }
}

fn split_paragraph(text: &str, para: ByteSpan, scratch: &mut Scratch, out: &mut Vec<ByteSpan>) {
    let b = text.as_bytes();
    let (ps, pe) = trim(b, para.0, para.1);
    if ps >= pe {
        return;
    }
    let Scratch { events, stack } = scratch;
    collect_events(b, ps, pe, events);
    pair_marks(events, stack);

    let mut sent_start = ps;
    let mut depth = 0usize;
    let mut idx = 0;
    while idx < events.len() {
        let ev = events[idx];
        match ev.role {
            Role::Opens => depth += 1,
            Role::Closes => depth = depth.saturating_sub(1),
            Role::Ignored => {}
            Role::Term => {
                // The run of terminators written together.
                let mut j = idx + 1;
                let mut run_end = ev.end;
                let (mut dots, mut ellipsis, mut strong) = (0usize, false, false);
                let mut tally = |e: Ev| match e {
                    Ev::Dot => dots += 1,
                    Ev::Ellipsis => ellipsis = true,
                    _ => strong = true,
                };
                tally(ev.ev);
                while j < events.len() && events[j].role == Role::Term && events[j].pos == run_end {
                    tally(events[j].ev);
                    run_end = events[j].end;
                    j += 1;
                }
                if depth > 0 {
                    idx = j;
                    continue;
                }
                // Closing marks written right after it belong to this sentence.
                let mut after = run_end;
                while j < events.len()
                    && events[j].pos == after
                    && events[j].role == Role::Ignored
                    && matches!(events[j].ev, Ev::Close(_) | Ev::Toggle(_))
                {
                    after = events[j].end;
                    j += 1;
                }
                let kind = if strong {
                    Term::Strong
                } else if ellipsis || dots > 1 {
                    Term::Ellipsis
                } else {
                    Term::Dot
                };
                if ends_sentence(b, sent_start, ev.pos, run_end, after, pe, kind) {
                    push_trimmed(b, sent_start, after, out);
                    sent_start = trim(b, after, pe).0;
                }
                idx = j;
                continue;
            }
        }
        idx += 1;
    }
    push_trimmed(b, sent_start, pe, out);
}

#[inline]
fn push_trimmed(b: &[u8], s: usize, e: usize, out: &mut Vec<ByteSpan>) {
    let (s, e) = trim(b, s, e);
    if s < e {
        out.push((s, e));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Term {
    Dot,
    Ellipsis,
    Strong,
}

/// The first char at or after `i` (before `end`) that is not a format control.
#[inline]
fn next_visible(b: &[u8], mut i: usize, end: usize) -> Option<(char, usize)> {
    while i < end {
        let (c, n) = decode_at(b, i);
        if !is_format_control(c) {
            return Some((c, i));
        }
        i += n;
    }
    None
}

/// The first char at or after `i` that is neither white space nor a format control.
#[inline]
fn next_content(b: &[u8], mut i: usize, end: usize) -> Option<char> {
    while i < end {
        let (c, n) = decode_at(b, i);
        if !is_trimmed(c) {
            return Some(c);
        }
        i += n;
    }
    None
}

#[inline]
fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '(' | '[' | '{' | '\'' | '‘')
}

/// Does the terminator run `[run_start, run_end)` (with closing marks up to `after`) end the
/// sentence that starts at `sent_start`, in a paragraph ending at `pe`?
fn ends_sentence(
    b: &[u8],
    sent_start: usize,
    run_start: usize,
    run_end: usize,
    after: usize,
    pe: usize,
    kind: Term,
) -> bool {
    let next = next_visible(b, after, pe);
    match kind {
        Term::Strong => match next {
            None => true,
            Some((c, _)) => {
                c.is_whitespace() || class(c) == Cl::Arabic || (after == run_end && is_opening_mark(c))
            }
        },
        Term::Ellipsis => {
            // Elision: the ellipsis stands apart from the word before it.
            if run_start <= sent_start || is_trimmed(decode_before(b, run_start).0) {
                return false;
            }
            match next {
                None => true,
                Some((c, at)) if c.is_whitespace() => match next_content(b, at, pe) {
                    Some(d) => {
                        matches!(class(d), Cl::Arabic | Cl::Letter) || is_opening_mark(d)
                    }
                    None => true,
                },
                _ => false,
            }
        }
        Term::Dot => {
            let word = word_before(b, sent_start, run_start);
            match next {
                None => true,
                Some((c, at)) if c.is_whitespace() => {
                    if word.script == Script::Latin
                        && next_content(b, at, pe).is_some_and(|d| d.is_lowercase())
                    {
                        return false;
                    }
                    !word.is_abbreviation(b, sent_start)
                }
                Some((c, at)) => {
                    after == run_end
                        && class(c) == Cl::Arabic
                        && word.script == Script::Arabic
                        && word.segments == 1
                        && word.letters >= 2
                        && !word.is_letter_name(b)
                        && !starts_dotted_chain(b, at, pe)
                        && !is_web_suffix(b, at, pe)
                }
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    None,
    Arabic,
    Latin,
    Mixed,
}

/// The word written right before a full stop, dots inside it included (`U.S`).
#[derive(Debug)]
struct WordBefore {
    start: usize,
    end: usize,
    script: Script,
    letters: usize,
    digits: usize,
    /// Dot-separated parts.
    segments: usize,
    /// Every part has exactly one letter and no digit.
    single_letter_parts: bool,
    /// The first letter is an uppercase Latin letter.
    upper_initial: bool,
}

const LATIN_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Col", "Lt", "Sgt", "Capt",
    "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "vs", "No", "Vol", "Inc", "Ltd",
    "Corp", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "al", "approx", "cf", "Fig", "fig",
];

impl WordBefore {
    fn is_abbreviation(&self, b: &[u8], sent_start: usize) -> bool {
        if self.letters == 0 {
            // A number opening the sentence or following a colon is a list item: "1. ".
            if self.digits == 0 || self.segments != 1 {
                return false;
            }
            let mut k = self.start;
            while k > sent_start {
                let (c, at) = decode_before(b, k);
                if !is_trimmed(c) {
                    return c == ':';
                }
                k = at;
            }
            return true;
        }
        if self.single_letter_parts {
            return self.segments > 1 || self.script == Script::Arabic || self.upper_initial;
        }
        if self.segments == 1 && self.script == Script::Arabic && self.is_letter_name(b) {
            return true;
        }
        if self.segments == 1 && self.script == Script::Latin {
            let w = std::str::from_utf8(&b[self.start..self.end]).unwrap_or("");
            return LATIN_ABBREVIATIONS.contains(&w);
        }
        false
    }
}

/// Arabic spellings of Latin letter names, as keys: acronyms are written with them
/// (`سي.إن.إن`, `بي. إم. دبليو.`). None of them ends an Arabic sentence as a word of its
/// own (`في` `إن` `أو` `كي` are particles).
const LETTER_NAMES: &[&str] = &[
    "ايه", "بي", "سي", "دي", "اي", "اف", "جي", "اتش", "جيه", "جاي", "كيه", "كي", "ال", "ام",
    "ان", "او", "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي",
];

impl WordBefore {
    /// The word is the Arabic spelling of a Latin letter name (`بي`, `إن`, `دبليو`).
    fn is_letter_name(&self, b: &[u8]) -> bool {
        if self.script != Script::Arabic || self.letters > 5 || self.segments != 1 {
            return false;
        }
        let w = std::str::from_utf8(&b[self.start..self.end]).unwrap_or("");
        LETTER_NAMES.contains(&crate::normalize::key(w).as_str())
    }
}

/// Does the Arabic word at `i` go on with a dot and another letter (`إن.إن`)? Then the dot
/// before it is inside an acronym, not the end of a sentence.
fn starts_dotted_chain(b: &[u8], mut i: usize, pe: usize) -> bool {
    while i < pe {
        let (c, n) = decode_at(b, i);
        match class(c) {
            Cl::Arabic | Cl::Mark | Cl::Tatweel | Cl::Control => i += n,
            _ if c == '.' => {
                return next_visible(b, i + n, pe).is_some_and(|(d, _)| class(d) == Cl::Arabic);
            }
            _ => return false,
        }
    }
    false
}

/// Arabic spellings of web address endings, as keys (`العربية.نت`, `مصراوي.كوم`): the dot
/// before them is part of a site's name, which news cites as a source in mid-sentence.
const WEB_SUFFIXES: &[&str] = &["نت", "كوم", "اورغ", "اورج"];

/// Is the Arabic word at `i` a web address ending (`نت` in `العربية.نت`)?
fn is_web_suffix(b: &[u8], mut i: usize, pe: usize) -> bool {
    let start = i;
    while i < pe {
        let (c, n) = decode_at(b, i);
        if !matches!(class(c), Cl::Arabic | Cl::Mark | Cl::Tatweel) {
            break;
        }
        i += n;
    }
    let word = std::str::from_utf8(&b[start..i]).unwrap_or("");
    WEB_SUFFIXES.contains(&crate::normalize::key(word).as_str())
}

fn word_before(b: &[u8], sent_start: usize, dot: usize) -> WordBefore {
    let mut k = dot;
    while k > sent_start {
        let (c, at) = decode_before(b, k);
        let ok = c == '.'
            || matches!(class(c), Cl::Arabic | Cl::Letter | Cl::Digit | Cl::Mark | Cl::Tatweel | Cl::Control);
        if !ok {
            break;
        }
        k = at;
    }
    let mut w = WordBefore {
        start: k,
        end: dot,
        script: Script::None,
        letters: 0,
        digits: 0,
        segments: 1,
        single_letter_parts: true,
        upper_initial: false,
    };
    let (mut part_letters, mut part_digits) = (0usize, 0usize);
    let mut i = k;
    while i < dot {
        let (c, n) = decode_at(b, i);
        i += n;
        let script = match class(c) {
            Cl::Arabic => Script::Arabic,
            Cl::Letter => {
                if w.letters == 0 {
                    w.upper_initial = c.is_uppercase();
                }
                Script::Latin
            }
            Cl::Digit => {
                w.digits += 1;
                part_digits += 1;
                continue;
            }
            _ if c == '.' => {
                w.single_letter_parts &= part_letters == 1 && part_digits == 0;
                w.segments += 1;
                part_letters = 0;
                part_digits = 0;
                continue;
            }
            _ => continue,
        };
        w.letters += 1;
        part_letters += 1;
        w.script = match w.script {
            Script::None => script,
            s if s == script => s,
            _ => Script::Mixed,
        };
    }
    w.single_letter_parts &= part_letters == 1 && part_digits == 0;
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|&(s, e)| &text[s..e]).collect()
    }

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn byte_scanner_agrees_with_char_definition() {
        let mut events = Vec::new();
        let mut buf = [0u8; 8];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            // Between two letters, so that a look-back or look-ahead would show.
            buf[0] = b'a';
            let n = c.encode_utf8(&mut buf[1..]).len();
            buf[n + 1] = b'b';
            collect_events(&buf[..n + 2], 0, n + 2, &mut events);
            let got: Vec<_> = events.iter().map(|e| (e.pos, e.end, e.ev)).collect();
            let want: Vec<_> = event_of(c).map(|ev| (1, n + 1, ev)).into_iter().collect();
            assert_eq!(got, want, "{c:?}");
        }
    }

    #[test]
    fn full_stop_inside_quote_does_not_split() {
        let t = "قال: \"لن نتراجع. هذا قرارنا\" ثم غادر.";
        assert_eq!(sents(t), [t]);
    }

    #[test]
    fn guillemet_quote_stays_whole() {
        let t = "قال: «لن نتراجع. هذا قرارنا» ثم غادر. وعاد أمس.";
        assert_eq!(sents(t), ["قال: «لن نتراجع. هذا قرارنا» ثم غادر.", "وعاد أمس."]);
    }

    #[test]
    fn curly_quotes_pair_in_any_direction() {
        let t = "قال ”لن نتراجع. أبدا” ثم غادر. وعاد.";
        assert_eq!(sents(t), ["قال ”لن نتراجع. أبدا” ثم غادر.", "وعاد."]);
        let t = "قال ”لن نتراجع. أبدا“ ثم غادر. وعاد.";
        assert_eq!(sents(t), ["قال ”لن نتراجع. أبدا“ ثم غادر.", "وعاد."]);
    }

    #[test]
    fn brackets_hide_terminators() {
        let t = "وصل الوفد (وهو الثاني. بعد الأول) أمس. ثم غادر.";
        assert_eq!(sents(t), ["وصل الوفد (وهو الثاني. بعد الأول) أمس.", "ثم غادر."]);
    }

    #[test]
    fn decimal_number_does_not_split() {
        let t = "بلغ النمو 2.5 في المئة. وقال الوزير إنه جيد.";
        assert_eq!(sents(t), ["بلغ النمو 2.5 في المئة.", "وقال الوزير إنه جيد."]);
    }

    #[test]
    fn arabic_indic_decimal_does_not_split() {
        assert_eq!(sents("بلغ ٢.٥ بالمئة."), ["بلغ ٢.٥ بالمئة."]);
    }

    #[test]
    fn doctor_abbreviation_does_not_split() {
        assert_eq!(sents("وقال د. محمد إن الوضع صعب."), ["وقال د. محمد إن الوضع صعب."]);
    }

    #[test]
    fn single_arabic_letters_with_dots_do_not_split() {
        assert_eq!(sents("في عام 500 ق.م. بنيت المدينة."), ["في عام 500 ق.م. بنيت المدينة."]);
        assert_eq!(sents("توفي سنة 1430 هـ. ودفن في مكة."), ["توفي سنة 1430 هـ. ودفن في مكة."]);
        assert_eq!(sents("وصل أ.د. علي أمس."), ["وصل أ.د. علي أمس."]);
    }

    #[test]
    fn arabic_spelled_acronyms_do_not_split() {
        assert_eq!(sents("ونقلت سي.إن.إن عن الوزير قوله."), ["ونقلت سي.إن.إن عن الوزير قوله."]);
        assert_eq!(sents("توقعت بي.دبليو.سي نموا."), ["توقعت بي.دبليو.سي نموا."]);
        assert_eq!(sents("قالت سي. إن. إن. الأمريكية ذلك."), ["قالت سي. إن. إن. الأمريكية ذلك."]);
    }

    #[test]
    fn list_items_after_a_sentence_do_not_split() {
        let t = "الشركات هي: 1. شلمبرجير للحفر. 2. بيكر هيوز للمعدات.";
        assert_eq!(sents(t), ["الشركات هي: 1. شلمبرجير للحفر.", "2. بيكر هيوز للمعدات."]);
    }

    #[test]
    fn latin_initials_and_abbreviations_do_not_split() {
        assert_eq!(sents("قال J. Smith إن الأمر انتهى."), ["قال J. Smith إن الأمر انتهى."]);
        assert_eq!(sents("قال Mr. Brown أمس. ثم غادر."), ["قال Mr. Brown أمس.", "ثم غادر."]);
        assert_eq!(sents("رفضت U.S. الطلب."), ["رفضت U.S. الطلب."]);
    }

    #[test]
    fn lowercase_after_latin_word_does_not_split() {
        assert_eq!(sents("It costs approx. five dollars."), ["It costs approx. five dollars."]);
        assert_eq!(sents("He left. She stayed."), ["He left.", "She stayed."]);
    }

    #[test]
    fn unclosed_quote_does_not_swallow_the_paragraph() {
        let t = "قال \"لن نتراجع. وأضاف أن الأمر انتهى.";
        assert_eq!(sents(t), ["قال \"لن نتراجع.", "وأضاف أن الأمر انتهى."]);
        let t = "قال «لن نتراجع. وأضاف أن الأمر انتهى.";
        assert_eq!(sents(t), ["قال «لن نتراجع.", "وأضاف أن الأمر انتهى."]);
    }

    #[test]
    fn stray_quote_mid_paragraph_does_not_pair_wrongly() {
        // The second quote opens (a word follows it), so it pairs with the third; the first
        // is left unclosed and ignored.
        let t = "قال \"سنمضي قدما. نعكف على ذلك. \"لذا لا نخشى الحرب\". وهبطت الأسهم. وقال \"نعم\".";
        assert_eq!(sents(t), [
            "قال \"سنمضي قدما.", "نعكف على ذلك.", "\"لذا لا نخشى الحرب\".", "وهبطت الأسهم.", "وقال \"نعم\"."
        ]);
    }

    #[test]
    fn spaced_quotes_still_pair() {
        let t = "شعار \" طريق الحرير. الرقمي \". ثم غادر.";
        assert_eq!(sents(t), ["شعار \" طريق الحرير. الرقمي \".", "ثم غادر."]);
        let t = "تقنية الـ\"بلوك تشين. الجديدة\" مهمة. ثم غادر.";
        assert_eq!(sents(t), ["تقنية الـ\"بلوك تشين. الجديدة\" مهمة.", "ثم غادر."]);
    }

    #[test]
    fn stray_closing_bracket_is_ignored() {
        let t = "انتهى الأمر) تماما. ثم غادر.";
        assert_eq!(sents(t), ["انتهى الأمر) تماما.", "ثم غادر."]);
    }

    #[test]
    fn question_and_exclamation_end_sentences() {
        assert_eq!(sents("هل انتهى؟ نعم! انتهى."), ["هل انتهى؟", "نعم!", "انتهى."]);
        assert_eq!(sents("ماذا؟! لا أعرف"), ["ماذا؟!", "لا أعرف"]);
        assert_eq!(sents("لماذا؟قال ذلك"), ["لماذا؟", "قال ذلك"]);
    }

    #[test]
    fn comma_and_semicolon_do_not_end_sentences() {
        assert_eq!(sents("وصل الوفد، ثم غادر؛ وعاد."), ["وصل الوفد، ثم غادر؛ وعاد."]);
    }

    #[test]
    fn closing_quote_attaches_to_its_sentence() {
        assert_eq!(sents("قال \"انتهى\". ثم غادر."), ["قال \"انتهى\".", "ثم غادر."]);
        // A closing mark whose opener is missing follows the terminator it comes after.
        assert_eq!(sents("انتهى.» ثم غادر."), ["انتهى.»", "ثم غادر."]);
    }

    #[test]
    fn missing_space_after_full_stop_still_splits_arabic() {
        assert_eq!(sents("بلغ النمو.وقال الوزير"), ["بلغ النمو.", "وقال الوزير"]);
        assert_eq!(sents("موقع www.bbc.com للأخبار"), ["موقع www.bbc.com للأخبار"]);
    }

    #[test]
    fn web_address_ending_is_no_full_stop() {
        assert_eq!(sents("وقال لموقع العربية.نت إن الأمر انتهى."), ["وقال لموقع العربية.نت إن الأمر انتهى."]);
        assert_eq!(sents("ونقل موقع مصراوي.كوم الخبر. وقال"), ["ونقل موقع مصراوي.كوم الخبر.", "وقال"]);
        // Any other word after a glued dot still starts a sentence.
        assert_eq!(sents("وصل العربية.وقال"), ["وصل العربية.", "وقال"]);
    }

    #[test]
    fn attached_ellipsis_before_a_word_ends_the_sentence() {
        assert_eq!(sents("انتظرنا طويلا… ثم وصل"), ["انتظرنا طويلا…", "ثم وصل"]);
        assert_eq!(sents("انتظرنا طويلا... ثم وصل"), ["انتظرنا طويلا...", "ثم وصل"]);
    }

    #[test]
    fn detached_ellipsis_is_an_elision() {
        assert_eq!(sents("قال إن ... الأمر انتهى."), ["قال إن ... الأمر انتهى."]);
    }

    #[test]
    fn list_number_does_not_split() {
        assert_eq!(sents("1. البند الأول"), ["1. البند الأول"]);
        assert_eq!(sents("في عام 2018. وقال"), ["في عام 2018.", "وقال"]);
    }

    #[test]
    fn sentences_never_cross_paragraphs() {
        assert_eq!(sents("الجملة الأولى بلا نقطة\nالثانية."), ["الجملة الأولى بلا نقطة", "الثانية."]);
        // A quote left open at a line end is closed by nothing on the next line.
        assert_eq!(sents("قال \"نعم. لا\nربما. أبدا\""), ["قال \"نعم.", "لا", "ربما.", "أبدا\""]);
    }

    #[test]
    fn paragraphs_skip_blank_lines_and_handle_crlf() {
        assert_eq!(paras("أ\r\n\r\n  ب  \n\n\t\nج"), ["أ", "ب", "ج"]);
        assert_eq!(paras("أ\u{2029}ب\rج"), ["أ", "ب", "ج"]);
    }

    #[test]
    fn paragraphs_trim_bidi_controls() {
        assert_eq!(paras("\u{200F}أ\u{200F}\n\u{200F}\n"), ["أ"]);
    }

    #[test]
    fn empty_text_has_nothing() {
        assert!(paragraphs("").is_empty());
        assert!(sentences(" \n \r\n").is_empty());
    }

    #[test]
    fn sentences_in_one_paragraph() {
        let t = "نعم. لا.\nربما. أبدا.";
        let p = paragraphs(t);
        let s: Vec<_> = sentences_in(t, p[1]).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(s, ["ربما.", "أبدا."]);
    }
}
