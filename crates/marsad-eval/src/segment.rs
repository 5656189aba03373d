//! Scoring the clitic segmenter against two gold standards.
//!
//! Both scores are word-level exact match over gold words that contain an Arabic letter:
//! a word counts as correct when the segmenter's proclitics, stem and enclitic, joined
//! with `+`, have the same matching key ([`marsad_text::normalize::key`]) as the gold's.
//! Keys make spelling variants (أ/ا, ى/ي, ة/ه, diacritics) irrelevant; the `+` boundaries
//! must match exactly.
//!
//! ## Farasa WikiNews (`eval_farasa`): the clitic view
//! Gold lines are `seg+seg+seg<TAB>TAG+TAG+TAG`. From the gold segments:
//! - proclitics: the leading segments (never the last one) that are و ف ب ك ل س or ال
//!   tagged CONJ, PREP, DET, FUT_PART or PART;
//! - enclitic: the last segment, if it is tagged PRON, is one of ه ها هم هما هن ك كم كما
//!   كن ي ني نا, and something other than proclitics precedes it;
//! - stem: everything in between, merged: Farasa's case, number and gender suffixes
//!   (+ة +ات +ين +ون +ا) and verb subject suffixes (أعلن+ت, جمع+و+ها → جمعو+ها) join the stem.
//!
//! The word the segmenter sees is rebuilt from the gold segments by concatenation, undoing
//! Farasa's restorations: ل+ال is written لل, من+ما مما, من+من ممن, عن+ما عما, عن+من عمن.
//!
//! ## UD Arabic-PUD (`eval_ud`): the UD view
//! PUD has no multiword-token lines: clitics are separate syntactic words joined by
//! `SpaceAfter=No`. A gold word is a maximal run of tokens joined that way, cut at
//! punctuation tokens (tokens without a letter or digit, which the segmenter also splits
//! off); tokens made only of tatweel (`ـ`, tagged SYM) are dropped. From its tokens:
//! - proclitics: leading tokens (never the last) that are و ف ب ك ل س;
//! - enclitic: the last token if it is a PRON from the list above and not the only
//!   non-proclitic token;
//! - stem: the rest, merged as above. UD keeps ال on the stem and writes the stem as it
//!   appears in the text, so للسلطة is ل + لسلطة: the segmenter's output is compared in
//!   the same view ([`marsad_text::segment::Segmentation::article_on_stem`]), which gives
//!   exactly that substring.

use marsad_text::normalize::key;
use marsad_text::segment::{is_arabic_letter, Segmenter};
use serde::Serialize;

/// How many errors a score keeps for inspection.
pub const MAX_ERRORS: usize = 500;

const PROCLITICS: [&str; 6] = ["و", "ف", "ب", "ك", "ل", "س"];
const ENCLITICS: [&str; 12] = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"];

/// Word-level exact-match score of a segmentation run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SegScore {
    /// Gold words scored (those with an Arabic letter).
    pub words: usize,
    /// Words whose segmentation matched.
    pub correct: usize,
    /// The first [`MAX_ERRORS`] mismatches as `(gold, got)`, both `+`-joined.
    pub errors: Vec<(String, String)>,
}

impl SegScore {
    /// `correct / words` (0 when there were no words).
    pub fn accuracy(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.correct as f64 / self.words as f64
        }
    }

    fn add(&mut self, gold: String, got: String) {
        self.words += 1;
        if key(&gold) == key(&got) {
            self.correct += 1;
        } else if self.errors.len() < MAX_ERRORS {
            self.errors.push((gold, got));
        }
    }
}

/// Concatenate gold segments into the written word, undoing the gold's orthographic
/// restorations (ل+ال → لل, من+ما → مما, عن+ما → عما, and the same with من).
pub fn join_surface(segs: &[&str]) -> String {
    let mut out = String::new();
    let mut prev: Option<&str> = None;
    for &s in segs {
        match prev {
            Some("ل") if s.starts_with("ال") && s.len() > "ا".len() => {
                out.push_str(&s["ا".len()..]);
            }
            Some(p @ ("من" | "عن")) if s == "ما" || s == "من" => {
                // The ن of the preposition assimilates: مما, عما, ممن, عمن.
                out.truncate(out.len() - "ن".len());
                let _ = p;
                out.push_str(s);
            }
            _ => out.push_str(s),
        }
        prev = Some(s);
    }
    out
}

fn render(pro: &[&str], stem: &str, enc: Option<&str>) -> String {
    let mut s = String::new();
    for p in pro {
        s.push_str(p);
        s.push('+');
    }
    s.push_str(stem);
    if let Some(e) = enc {
        s.push('+');
        s.push_str(e);
    }
    s
}

/// Split gold segments into (proclitic count, enclitic?) given predicates.
fn gold_view<'a>(
    segs: &[&'a str],
    is_proclitic: impl Fn(usize) -> bool,
    is_enclitic: impl Fn(usize) -> bool,
) -> (Vec<&'a str>, String, Option<&'a str>) {
    let n = segs.len();
    let mut p = 0;
    while p + 1 < n && is_proclitic(p) {
        p += 1;
    }
    let enc = if n - p >= 2 && is_enclitic(n - 1) { Some(segs[n - 1]) } else { None };
    let stem_end = if enc.is_some() { n - 1 } else { n };
    let stem = join_surface(&segs[p..stem_end]);
    (segs[..p].to_vec(), stem, enc)
}

fn has_arabic_letter(s: &str) -> bool {
    s.chars().any(is_arabic_letter)
}

/// Score the segmenter on the Farasa WikiNews POS reference (`seg+seg<TAB>TAG+TAG` lines)
/// in the clitic view (see the module docs for the conversion).
pub fn eval_farasa(gold_text: &str, seg: &Segmenter) -> SegScore {
    let mut score = SegScore::default();
    for line in gold_text.lines() {
        let line = line.trim_end_matches('\r');
        let Some((tok, tags)) = line.split_once('\t') else { continue };
        if tok.is_empty() || tok == "refTok(Farasa)" {
            continue;
        }
        let segs: Vec<&str> = tok.split('+').filter(|s| !s.is_empty()).collect();
        if segs.is_empty() {
            continue;
        }
        let tags: Vec<&str> = tags.split('+').collect();
        let tag = |i: usize| if tags.len() == segs.len() { tags[i] } else { "" };
        let surface = join_surface(&segs);
        if !has_arabic_letter(&surface) {
            continue;
        }
        let (pro, stem, enc) = gold_view(
            &segs,
            |i| {
                (PROCLITICS.contains(&segs[i]) || segs[i] == "ال")
                    && matches!(tag(i), "CONJ" | "PREP" | "DET" | "FUT_PART" | "PART")
            },
            |i| tag(i) == "PRON" && ENCLITICS.contains(&segs[i]),
        );
        let gold = render(&pro, &stem, enc);
        let got = seg.segment_word(&surface).to_string();
        score.add(gold, got);
    }
    score
}

struct UdToken<'a> {
    form: &'a str,
    upos: &'a str,
    space_after: bool,
}

/// Score the segmenter on a UD CoNLL-U file in the UD view (ال stays on the stem; see
/// the module docs for how gold words are formed).
pub fn eval_ud(conllu: &str, seg: &Segmenter) -> SegScore {
    let mut score = SegScore::default();
    let mut sentence: Vec<UdToken> = Vec::new();
    let flush = |sentence: &mut Vec<UdToken>, score: &mut SegScore| {
        let mut word: Vec<&UdToken> = Vec::new();
        let mut words: Vec<Vec<&UdToken>> = Vec::new();
        for t in sentence.iter() {
            let punct = !t.form.chars().any(char::is_alphanumeric);
            let tatweel_only = key(t.form).is_empty();
            if punct && !tatweel_only {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            } else if !tatweel_only {
                word.push(t);
            }
            if t.space_after && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        for w in words {
            let segs: Vec<&str> = w.iter().map(|t| t.form).collect();
            let surface = join_surface(&segs);
            if !has_arabic_letter(&surface) {
                continue;
            }
            let (pro, stem, enc) = gold_view(
                &segs,
                |i| PROCLITICS.contains(&key(segs[i]).as_str()),
                |i| w[i].upos == "PRON" && ENCLITICS.contains(&segs[i]),
            );
            let gold = render(&pro, &stem, enc);
            let got = seg.segment_word(&surface).article_on_stem().to_string();
            score.add(gold, got);
        }
        sentence.clear();
    };
    for line in conllu.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            flush(&mut sentence, &mut score);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        sentence.push(UdToken {
            form: cols[1],
            upos: cols[3],
            space_after: !cols[9].split('|').any(|m| m == "SpaceAfter=No"),
        });
    }
    flush(&mut sentence, &mut score);
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surface_undoes_restorations() {
        assert_eq!(join_surface(&["ل", "ال", "دولة"]), "للدولة");
        assert_eq!(join_surface(&["من", "ما"]), "مما");
        assert_eq!(join_surface(&["و", "ال", "حكومة"]), "والحكومة");
    }

    #[test]
    fn farasa_clitic_view() {
        let seg = Segmenter::new();
        let gold = "refTok(Farasa)\trefPOS(Farasa)\r\nو+ال+تلفزيون\tCONJ+DET+NOUN\r\nأعلن+ت\tV+PRON\r\n.\tPUNC\r\n";
        let s = eval_farasa(gold, &seg);
        assert_eq!(s.words, 2);
        assert_eq!(s.correct, 2, "{:?}", s.errors);
    }

    #[test]
    fn ud_view() {
        let seg = Segmenter::new();
        let conllu = "# text = x\n\
1\tل\tلِ\tADP\tIN\t_\t2\tcase\t_\tSpaceAfter=No\n\
2\tلسلطة\tسلطة\tNOUN\tNN\t_\t0\troot\t_\t_\n\
3\tكتاب\tكتاب\tNOUN\tNN\t_\t2\tnmod\t_\tSpaceAfter=No\n\
4\tه\tهو\tPRON\tPRP\t_\t3\tnmod\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        let s = eval_ud(conllu, &seg);
        assert_eq!(s.words, 2);
        assert_eq!(s.correct, 2, "{:?}", s.errors);
    }
}
