//! Quotations: direct (in quotation marks) and indirect (قال … إن …), each with its cue
//! and speaker.
//!
//! Works on tokens. Per paragraph:
//! 1. **Mark regions**: quotation marks are paired (« » strictly; " “ ” as toggles, since
//!    Arabic news writes ”…” and ”…“ as often as “…”); a mark left open runs to the end of
//!    the paragraph.
//! 2. **Direct quotes**: a region with a reporting cue before it in the same sentence
//!    (قال: «…», قال إن «…», أجاب المبعوث: "…"), or right after it ("…"، قال المتحدث), or a
//!    paragraph that opens with a quotation right after a quoted paragraph (the speaker goes
//!    on). A short region with no cue is a scare quote or a name, not a quotation.
//! 3. **Indirect quotes**: a cue followed, within its subject, by إن/أن/بأن (or إلى أن):
//!    the reported clause runs to the end of the sentence.
//! 4. **Frames** (بحسب X، وفقا لـX، نقلا عن X) make the rest of the sentence X's words when
//!    the sentence has no other quotation.
//! 5. **Speaker**: the actor mention between the cue and the quote (VSO) or right before
//!    the cue (SVO); for ونقلت الوكالة عن X, X; for a continuation (وأضاف) or a pronoun
//!    subject, the last speaker; for a participle (مضيفا), the speaker of the clause it
//!    follows. An unresolved subject (مصدر عسكري) is kept as text with the country of any
//!    nisba in it.

mod addressee;
mod apposed_unknown_name;
mod as_said;
mod based_on;
mod belief;
mod body_inside;
mod by_saying;
mod carry;
mod nested_in_direct;
mod clause_end;
mod clause_first_subject;
mod club_nisba;
mod comma_subject;
mod complement;
mod document_author;
mod document_subject;
mod evidence;
mod explained;
mod frame_after_verb;
mod frame_claim;
mod frame_source;
mod fronted_phrase;
mod fronted_subject;
mod hearsay;
mod full_stop;
mod gist;
mod inference;
mod later_cue;
mod latter;
mod marked_clause;
mod marked_name;
mod norms;
mod own_preposition;
mod participle_end;
mod partitive;
mod passive_inside;
mod plural_cue;
mod posted_name;
mod possessor;
mod press_learned;
mod purpose_verb;
mod region;
mod relay;
mod relative_aside;
mod relative_head;
mod relative_subject;
mod relative_verb;
mod repeated_role;
mod possessive_owner;
mod seat;
mod second_report;
mod speaker_act;
mod speech_agent;
mod subject_in_marks;
mod subordinate;
mod teaser;
mod thus_said;
mod went_on;
mod title_marks;
mod titles;
mod told_after;
mod verb_adverb;
mod verbal_noun;
mod what_said;
mod word_on_it;

use crate::mentions::{owned, ActorSpan};
use crate::model::{Party, Quote, Span};
use crate::offsets::CharOffsets;
use marsad_lexicon::{CueKind, Kind, Lexicon};
use marsad_text::token::{Token, TokenKind};
use marsad_text::ByteSpan;
use marsad_text::normalize::nisba_shaped;

/// A quotation before conversion to output offsets.
#[derive(Clone, Debug)]
pub struct QuoteSpan {
    /// Byte range of the quoted content.
    pub start: usize,
    pub end: usize,
    pub direct: bool,
    /// Token index of the cue.
    pub cue: usize,
    pub speaker: Option<Speaker>,
    pub confidence: f32,
    pub rule: &'static str,
}

/// Who said it: a token range and what is known of the actor.
#[derive(Clone, Debug)]
pub struct Speaker {
    pub tok_start: usize,
    pub tok_end: usize,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
}

impl Speaker {
    /// Places the speaker in `country`, keeping its role (`BEL` and `NGO` → `BELNGO`).
    pub(crate) fn place_in(&mut self, country: &str) {
        self.actor = Some(format!("{country}{}", self.role.as_deref().unwrap_or_default()));
        self.country = Some(country.to_string());
    }
}

/// Everything the quote finder reads.
pub struct Input<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub keys: &'a [String],
    pub paragraphs: &'a [ByteSpan],
    pub sentences: &'a [ByteSpan],
    pub mentions: &'a [ActorSpan<'a>],
    pub lexicon: &'a Lexicon,
    /// The country the story is about (CAMEO code, ISO alpha-3), for unnamed sources.
    pub home: Option<&'a (String, String)>,
}

impl Input<'_> {
    /// Token range `[first, end)` of the tokens starting inside a byte span.
    fn token_range(&self, span: ByteSpan) -> (usize, usize) {
        let a = self.tokens.partition_point(|t| t.start < span.0);
        let b = self.tokens.partition_point(|t| t.start < span.1);
        (a, b)
    }

    /// Token range of the sentence holding token `tok`.
    fn sentence_tokens(&self, tok: usize) -> (usize, usize) {
        let b = self.tokens[tok].start;
        let idx = self.sentences.partition_point(|s| s.1 <= b);
        match self.sentences.get(idx) {
            Some(&s) if s.0 <= b => self.token_range(s),
            _ => (tok, tok + 1),
        }
    }
}

/// Copulas after which marked words are the speaker's predicate (كان "عملا مباشرا").
const COPULAS: &[&str] = &["كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "هو", "هي", "هم", "ليس", "ليست", "بات", "باتت", "اصبح", "اصبحت"];
/// Lemmas of cues that only say (their object in marks is what was said).
const SAYING: &[&str] = &["قال", "هتف", "ردد", "كتب", "غرد", "تساءل"];
/// Verbs and participles that give a name (مجموعة تسمى "…"، المعروفة باسم "…").
const NAMING: &[&str] = &[
    "تسمي", "يسمي", "تدعي", "يدعي", "المسماه", "المسمي", "باسم", "المعروفه", "المعروف", "سميت", "سمي", "اسمها", "اسمه",
    "سماه", "سماها", "اسماه", "اسماها", "يسميه", "يسميها", "تسميه", "تسميها",
];
/// Prepositions after which marked words are a term or a name.
const PREPOSITIONS: &[&str] = &["علي", "عن", "من", "في", "الي", "مع", "ب", "ل", "حول", "بشان", "ضد"];

/// Relative pronouns: a cue right after one is inside a relative clause, not a new clause.
const RELATIVES: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما", "من"];

/// Words before a verb that withholds a name (طلب عدم ذكر اسمه، لم يذكر اسمه، رفض كشف هويته).
/// (Not after رفض/رافضا: a refusal was tried and lost a speaker on a check set.)
const WITHHOLDING: &[&str] = &["عدم", "دون", "لم", "ولم", "يشا", "تشا"];
/// A name or identity withheld after such a verb.
const WITHHELD: &[&str] = &["اسمه", "اسمها", "اسمهم", "اسمهما", "هويته", "هويتها", "هويتهم"];

/// Words that end a subject noun phrase.
const NP_END: &[&str] = &[
    "في", "ل", "الي", "علي", "عن", "خلال", "امام", "مع", "اليوم", "امس", "ايضا", "كذلك", "بدوره", "بدورها",
    "قبل", "بعد", "عند", "منذ", "حول", "عقب", "اثناء", "لدي", "بشان", "ردا", "تعليقا", "حين", "عندما",
];
/// Words between a frame and its source (حسبما ذكرت، وفقا لما، نقلا عن).
const FRAME_FILLERS: &[&str] = &["ما", "لما", "ل", "عن", "بما"];
/// Time adverbs that may stand between a cue and its subject (وقال أمس الوزير، وقال
/// بعدها بقليل الوزير).
/// (عادة، دائما، مجددا: manner adverbs, يقولون عادة إنهم …)
const ADVERBS: &[&str] = &["امس", "اليوم", "ايضا", "كذلك", "بدوره", "بدورها", "مؤخرا", "لاحقا", "سابقا", "حينها", "بعدها", "عندها", "بقليل", "بساعات", "بايام", "باسابيع", "عاده", "دائما", "مجددا", "خصوصا"];
/// Reporting verbs that, with no subject before their أن, are read as impersonal
/// passives (يُذكر أن "it is noted that", يُرجَّح أن "it is likely that").
fn impersonal(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    ["يذكر", "يرجح", "يتوقع", "يلاحظ", "يفيد"].contains(&bare)
}

/// Is a form of يشتبه followed only by في (or nothing: بأن) before its أن the impersonal
/// passive? The active verb has its subject there (وتشتبه النيابة بأن) or is plural.
fn suspected_passive(verb: &str, between: &[String]) -> bool {
    let bare = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    bare == "يشتبه" && between.iter().all(|k| k == "في")
}

/// The person, gender and number a verb's letters show (third person): what a relative
/// pronoun or a reporting cue needs a verb after it to agree with (`relative_subject`,
/// `speaker_act`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Agreement {
    Masculine,
    Feminine,
    Plural,
}

/// Is the cue `key` a verb in the imperfect (يلاحظ، تؤكد; not تساءل, whose lemma has the ت)?
fn imperfect(lexicon: &Lexicon, key: &str) -> bool {
    let lemma_starts = |c: char| lexicon.cue(key).is_some_and(|cue| marsad_text::normalize::key(&cue.lemma).starts_with(c));
    key.starts_with('ي') || key.starts_with('ت') && !lemma_starts('ت')
}

/// Is `t` an Arabic or Latin comma?
fn is_comma(t: &str) -> bool {
    matches!(t, "،" | ",")
}

/// A word after a reporting verb that is its addressee or manner, never its subject: a
/// preposition glued to the article (للصحفيين، بالقول) or after و (وبوضوح), or to a
/// pronoun (قال له الوزير، أشارت إليها قيادة الأركان الفرنسية).
fn addressee_or_manner(key: &str) -> bool {
    ["لل", "بال", "وب", "ولل", "فب"].iter().any(|p| key.starts_with(p)) || PRONOUN_PREPOSITIONS.contains(&key)
}

/// A preposition with a pronoun between a verb and its subject (عنه is a relay: نقلت
/// عنه الوكالة; فيه a place: جاء فيه).
const PRONOUN_PREPOSITIONS: &[&str] = &["له", "لها", "لهم", "لهما", "اليه", "اليها", "اليهم", "اليهما"];

/// Nouns for a statement, which speaks for the body that issued it.
const STATEMENT_NOUNS: &[&str] = &["بيان", "تقرير", "رساله", "تصريح", "بلاغ"];

/// Is `key` a statement noun, with any article or clitic before it (البيان، ببيان)?
fn is_statement_noun(key: &str) -> bool {
    STATEMENT_NOUNS.iter().any(|n| key.ends_with(n))
}
/// Cue lemmas that report only words in quotation marks (دعا إلى "…"، انتقد "…"): their أن
/// clause is usually what is asked of the object (دعا الفلسطينيين إلى أن يتظاهروا) or
/// what is criticised, not speech.
const MARKED_WORDS_ONLY: &[&str] = &["دعا", "انتقد"];

/// Particles before إن/أن that open a clause of the writer's, not a reported one (بل إن،
/// إلا أن، غير أن، كما أن).
const WRITERS_CLAUSE_PARTICLES: &[&str] = &["بل", "الا", "غير", "كما", "لكن", "حيث", "اذ", "رغم", "برغم"];

/// Particles before أن that open a clause of the writer's after a reporting verb with no
/// clause of its own (وأشار إلى تقدم المفاوضات، إلا أن الخلافات …).
const WRITERS_CLAUSE: &[&str] = &["الا", "غير", "كما", "بل", "لكن"];
/// Words before أن that make it a conjunction or a modal's complement, not a reporting
/// complementizer (أعلنت الشرطة وفاة الضابط بعد أن هاجم …، من المقرر أن …، يجب أن …).
const NOT_REPORTING_BEFORE: &[&str] = &[
    "قبل", "بعد", "منذ", "حتي", "دون", "رغم", "برغم", "بمجرد", "لمجرد", "علما", "بدل", "بدلا", "يجب", "يمكن",
    "المقرر", "المتوقع", "المنتظر", "المفترض", "الممكن", "المحتمل", "المرجح",
];

/// Cue lemmas that report no nested clause: their subject is as often a thing or a name
/// (تشير المعلومات، تفيد التقارير، امرأة تدعى …، مفادها).
const NOT_NESTED: &[&str] = &["أشار", "أفاد", "ادعى", "مفاد", "بين"];

/// Nouns for someone's words, after نقل (نقلت الوكالة تصريحات الرئيس).
const SPEECH_NOUNS: &[&str] = &["تصريحات", "تصريح", "كلام", "قول", "اقوال", "حديث", "كلمه"];
/// Forms of كان that put the subject before the verb (وكانت الوزارة أعلنت).
const KANA: &[&str] = &["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "قد", "وقد"];
/// Words that cannot start a subject: prepositions with pronouns, adverbs, time words.
const NOT_SUBJECT: &[&str] = &[
    "فيه", "فيها", "فيهم", "له", "لها", "لهم", "عنه", "عنها", "ايضا", "كذلك", "العام", "الاسبوع", "الشهر",
    "اليوم", "امس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "بدوره",
    "بدورها", "من", "في", "حينها", "لاحقا", "سابقا", "مؤخرا", "اليها", "اليه", "قبل", "بعد", "عند", "منذ",
    "حول", "عقب", "اثناء", "ردا", "تعليقا", "حين", "عندما", "عاده", "دائما", "مجددا", "خصوصا", "بعدها", "عندها",
];

const OPENERS: &[&str] = &["«", "‹"];
const CLOSERS: &[&str] = &["»", "›"];
const TOGGLES: &[&str] = &["\"", "“", "”", "„", "‟"];
/// Deepest nesting of quotation marks tracked.
const MAX_NESTING: usize = 8;
/// How far back from a quotation mark a cue may be (subject phrases are short).
const CUE_WINDOW: usize = 12;

/// Is `t` a quotation mark (opening, closing or either)? The events layer reads marks
/// with it too.
pub(crate) fn is_mark(t: &str) -> bool {
    OPENERS.contains(&t) || CLOSERS.contains(&t) || TOGGLES.contains(&t)
}

fn is_sentence_end(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "؟" | "…")
}

/// Speech nouns with a possessive pronoun (تعبيره، قولها، وصفهم): after a frame word they
/// refer to the speaker already named.
const OWN_WORDS: &[&str] = &["تعبير", "قول", "وصف", "كلام", "راي", "زعم", "ادعاء"];

/// Is the frame word at `i` followed by the speaker's own words (وفقا لتعبيره، حسب قوله)?
fn own_words_after(keys: &[String], i: usize) -> bool {
    let mut j = i + 1;
    while j < keys.len() && j <= i + 2 && (keys[j].is_empty() || FRAME_FILLERS.contains(&keys[j].as_str())) {
        j += 1;
    }
    let Some(k) = keys.get(j) else { return false };
    let k = k.strip_prefix('ل').unwrap_or(k);
    let Some(stem) = ["هما", "هم", "هن", "ها", "ه"].iter().find_map(|p| k.strip_suffix(p)) else { return false };
    OWN_WORDS.contains(&stem)
}

/// Paired quotation-mark regions of one paragraph, as token index pairs (open, close);
/// `close == None` for a mark left open (runs to the paragraph end). Only outermost
/// regions are returned.
fn mark_regions(text: &str, tokens: &[Token], range: (usize, usize)) -> Vec<(usize, Option<usize>)> {
    let mut stack: Vec<(usize, &str)> = Vec::new();
    let mut out: Vec<(usize, Option<usize>)> = Vec::new();
    // The last toggle mark that opened or closed a region.
    let mut paired_toggle: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate().take(range.1).skip(range.0) {
        if t.kind != TokenKind::Punct {
            continue;
        }
        let s = t.text(text);
        // Real quotations nest a level or two; a deeper stack is noise, and bounding it
        // keeps the pairing linear on adversarial input.
        if stack.len() >= MAX_NESTING && (OPENERS.contains(&s) || TOGGLES.contains(&s)) {
            continue;
        }
        if OPENERS.contains(&s) {
            stack.push((i, s));
        } else if CLOSERS.contains(&s) {
            if let Some(pos) = stack.iter().rposition(|(_, o)| OPENERS.contains(o)) {
                let (open, _) = stack[pos];
                stack.truncate(pos);
                if stack.is_empty() {
                    out.push((open, Some(i)));
                }
            }
        } else if TOGGLES.contains(&s) {
            // A doubled mark (وقال: ""أعتقد …") is one mark typed twice: pairing the two
            // would leave an empty quotation and the words after it unmarked.
            // (Only when the first was paired: a stray first mark, لـ""فوكس نيوز", leaves the
            // second to open.)
            if i > range.0 && tokens[i - 1].end == t.start && tokens[i - 1].text(text) == s && paired_toggle == Some(i - 1) {
                // (An opening pair opens at its second mark, so the words start after it.)
                if let Some(top) = stack.last_mut().filter(|(o, _)| *o == i - 1) {
                    top.0 = i;
                }
                continue;
            }
            let closes = stack.last().is_some_and(|(_, o)| TOGGLES.contains(o) && (*o == "\"") == (s == "\""));
            // A mark glued to the word before it and not to the one after (…التقاعد". وأضاف)
            // closes something: with nothing open it is stray, and opening a region with it
            // would pair every later mark the wrong way round.
            if !closes && stack.is_empty() && closer_shaped(text, t) {
                continue;
            }
            paired_toggle = Some(i);
            if closes {
                let (open, _) = stack.pop().expect("checked non-empty");
                if stack.is_empty() {
                    out.push((open, Some(i)));
                }
            } else {
                stack.push((i, s));
            }
        }
    }
    if let Some(&(open, _)) = stack.first() {
        out.push((open, None));
    }
    out.sort_by_key(|r| r.0);
    out
}

/// Is a quotation mark attached to the preceding word and followed by punctuation or
/// the end of the text (a space after it may be a typo for an opening mark)?
fn closer_shaped(text: &str, t: &Token) -> bool {
    let before = text[..t.start].chars().next_back();
    let after = text[t.end..].chars().next();
    before.is_some_and(|c| c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// Nouns that introduce a title in marks (برنامج "المتدرب"، صحيفة "الوطن"), normalized.
const TITLE_NOUNS: &[&str] = &[
    "برنامج", "قناه", "صحيفه", "مجله", "كتاب", "فيلم", "موقع", "حساب", "تطبيق", "عمليه", "مسلسل",
    "اغنيه", "شبكه", "وكاله", "حمله", "مبادره", "وسم", "هاشتاغ", "هاشتاج", "روايه", "تنظيم", "حركه",
    "جماعه", "مؤتمر", "مهرجان", "جائزه", "بعنوان", "عنوان", "اسم", "شعار", "لقب", "مشروع", "صفقه",
    "قانون", "تقرير", "مقال", "منتدي", "معرض", "مسابقه", "شركه", "مجموعه", "فرقه", "تحالف", "جمعيه",
    "منظمه", "مؤسسه", "محطه", "اذاعه", "تلفزيون",
];

/// Is this token a title noun, with or without its article and proclitics?
fn is_title_noun(key: &str) -> bool {
    TITLE_NOUNS.iter().any(|t| key.ends_with(t) && key.len() <= t.len() + 6)
}

/// إن، أن، بأن، فإن with no pronoun attached: the next words are the clause's subject.
fn bare_complementizer(key: &str) -> bool {
    matches!(key, "ان" | "بان" | "فان")
}

/// Words after which the reported clause begins: إن، أن، بأن and their pronoun forms.
fn is_complementizer(key: &str) -> bool {
    let k = key.strip_prefix('ب').unwrap_or(key);
    matches!(k, "ان" | "انه" | "انها" | "انهم" | "انهما" | "انهن" | "اننا" | "انني" | "اني" | "انك" | "انكم")
        || key == "فان"
}

pub fn find(input: &Input) -> Vec<QuoteSpan> {
    // A reporting verb of purpose (عاد ليقول إن …) is read bare (`purpose_verb`), and the
    // verb بيّن "explained" as أوضح (`explained`).
    let purposed = purpose_verb::bare_keys(input);
    let input = match &purposed {
        Some(keys) => Input { keys, ..*input },
        None => Input { ..*input },
    };
    match explained::verb_keys(&input) {
        Some(keys) => find_in(&Input { keys: &keys, ..input }),
        None => find_in(&input),
    }
}

fn find_in(input: &Input) -> Vec<QuoteSpan> {
    let Input { text, tokens, keys, paragraphs, mentions, lexicon, .. } = *input;
    let sentence_of = |tok: usize| input.sentence_tokens(tok);
    // Every token's cue kind, looked up once: the passes below consult it many times.
    let mut cue_kinds: Vec<Option<CueKind>> = tokens
        .iter()
        .zip(keys)
        .map(|(t, k)| if t.kind == TokenKind::Arabic { lexicon.cue(k).map(|c| c.kind) } else { None })
        .collect();
    // وفقا لتعبيره، حسب قوله: "in his words" points back at the speaker, it is no source.
    // …ليس ضد السعودية فحسب وإنما …: فحسب after a word is "only"; as a frame (فحسب
    // الاستطلاع، …) it opens its clause.
    let only = |i: usize| keys[i] == "فحسب" && i > 0 && tokens[i - 1].kind != TokenKind::Punct && !input.sentences.iter().any(|s| s.0 == tokens[i].start);
    for (i, kind) in cue_kinds.iter_mut().enumerate() {
        if *kind == Some(CueKind::Frame) && (own_words_after(keys, i) || only(i)) || *kind == Some(CueKind::Participle) && by_saying::proverb(keys, i) {
            *kind = None;
        }
        // واصل introduces words only before a colon or a mark (`went_on`).
        if *kind == Some(CueKind::Continuation) && went_on::is_went_on(input, i) && !went_on::introduces_words(input, i) {
            *kind = None;
        }
    }
    // …، على ما أفاد مسؤولون: "as officials said", a frame after the claim like حسبما (not
    // علق ترامب، على ما أفاد به مصدران, "on what two sources reported").
    let as_said: Vec<usize> = (1..tokens.len().saturating_sub(3))
        .filter(|&i| {
            keys[i] == "علي"
                && keys[i + 1] == "ما"
                && is_comma(tokens[i - 1].text(text))
                && cue_kinds[i + 2] == Some(CueKind::Verb)
                && !matches!(keys[i + 3].as_str(), "به" | "بها" | "بهم")
                && !frame_after_verb::describes_as(input, i + 2)
                && !opens_own_clause(input, i + 2, &cue_kinds)
        })
        .collect();
    for i in as_said {
        cue_kinds[i] = Some(CueKind::Frame);
    }
    // …، كما قال مسؤول في التحالف.: "as X said" closing an unmarked clause, a frame after
    // it too (`as_said::closes_claim`).
    let as_said_claims: Vec<usize> = (1..tokens.len().saturating_sub(2))
        .filter(|&i| as_said::closes_claim(input, i, |v| cue_kinds[v] == Some(CueKind::Verb) && !opens_own_clause(input, v, &cue_kinds)))
        .collect();
    for i in as_said_claims {
        cue_kinds[i] = Some(CueKind::Frame);
    }
    // …، تقول صحيفة العرب.: a verb of telling after its clause, read as a frame after it
    // (`told_after`).
    let told_after = told_after::verbs(input);
    for &i in &told_after {
        cue_kinds[i] = Some(CueKind::Frame);
    }
    // A verb of belief reports only its named subject's view opening the sentence (`belief`).
    for i in 0..tokens.len() {
        if cue_kinds[i].is_some() && lexicon.cue(&keys[i]).is_some_and(|c| c.lemma == "اعتقد") && !belief::states_a_view(input, i) {
            cue_kinds[i] = None;
        }
    }
    let learned = |i: usize| lexicon.cue(&keys[i]).is_some_and(|c| c.lemma == press_learned::LEMMA);
    let shows = |i: usize| lexicon.cue(&keys[i]).is_some_and(|c| evidence::LEMMAS.contains(&c.lemma.as_str()));
    // A verb of showing reports only with evidence as its subject opening its clause (`evidence`).
    for (i, kind) in cue_kinds.iter_mut().enumerate() {
        if kind.is_some() && shows(i) && !evidence::evidence_shows(input, i) {
            *kind = None;
        }
    }
    // A verbal noun of saying (cues.tsv `noun`) reports like a verb, but only with an actor
    // subject and then its clause (`verbal_noun`).
    let spoken = |i: usize| tokens[i].kind == TokenKind::Arabic && lexicon.noun_cue(&keys[i]).is_some();
    let reporting_nouns: Vec<usize> =
        (0..tokens.len()).filter(|&i| spoken(i) && verbal_noun::names_subject_then_clause(input, i, |j| cue_kinds[j] == Some(CueKind::Verb))).collect();
    for i in reporting_nouns {
        cue_kinds[i] = Some(CueKind::Verb);
    }
    // علمت "learned" reports only with the press as its subject (`press_learned`).
    for i in 0..tokens.len() {
        if cue_kinds[i].is_some() && learned(i) && !press_learned::outlet_learned(input, i, |j| cue_kinds[j] == Some(CueKind::Frame)) {
            cue_kinds[i] = None;
        }
    }
    // A passive of saying reports only opening its clause, with its إن/أن right after it
    // (`hearsay`).
    let hearsay = |i: usize| lexicon.cue(&keys[i]).is_some_and(|c| c.lemma == hearsay::LEMMA);
    for i in 0..tokens.len() {
        if cue_kinds[i].is_some() && hearsay(i) && !hearsay::reports(input, i, |j| cue_kinds[j] == Some(CueKind::Frame)) {
            cue_kinds[i] = None;
        }
    }
    let cue_at = |i: usize| -> Option<CueKind> { cue_kinds[i] };
    let marked_words_only = |i: usize| cue_kinds[i].is_some() && lexicon.cue(&keys[i]).is_some_and(|c| MARKED_WORDS_ONLY.contains(&c.lemma.as_str()));
    let tok_text = |i: usize| tokens[i].text(text);

    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut last_speaker: Option<Speaker> = None;
    // Per-token flags keep every step linear in the paragraph length.
    let mut used_cue = vec![false; tokens.len()];
    let mut in_quote = vec![false; tokens.len()];
    let mut in_direct = vec![false; tokens.len()];
    // For a token inside a direct quotation: the token that ends its words (the closing
    // mark, or the paragraph end for marks left open).
    let mut direct_end = vec![usize::MAX; tokens.len()];
    // For a direct quote's opening mark: the cue token that introduced it, and whether it
    // runs to the end of its sentence (then no indirect quote repeats it).
    let mut direct_cue: Vec<Option<usize>> = vec![None; tokens.len()];
    let mut direct_whole = vec![false; tokens.len()];
    // Which indirect quote (index in this paragraph's list) owns a token of its clause.
    let mut clause_owner: Vec<Option<usize>> = vec![None; tokens.len()];
    let mut quoted_sentence: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut prev_para_quoted = false;
    let mut title_mark = vec![false; tokens.len()];
    // Tokens inside those short marked names.
    let mut in_title = vec![false; tokens.len()];
    // Opening marks around a clause's subject named in marks (أن "الأسود" يتطلعون).
    let mut subject_mark = vec![false; tokens.len()];
    // Closing marks of accepted direct quotes: a marked phrase right after one and و
    // continues the chain.
    let mut chained_close = vec![false; tokens.len()];

    for &para in paragraphs {
        let (p0, p1) = input.token_range(para);
        // (A teaser line, قد يهمك| …، holds another story's headline: `teaser`.)
        if p0 >= p1 || teaser::opens_teaser(keys, p0, p1, |i| tokens[i].kind == TokenKind::Punct) {
            continue;
        }
        let mut para_quotes: Vec<QuoteSpan> = Vec::new();
        let regions = mark_regions(text, tokens, (p0, p1));
        // Marks around a name, which a subject phrase may hold between a cue and its إن.
        title_marks::mark(input, &regions, (p0, p1), &cue_kinds, &mut title_mark, &mut in_title);

        // Direct quotes.
        for &(open, close) in &regions {
            let content_end = close.unwrap_or(p1);
            if content_end <= open + 1 {
                continue;
            }
            let n_words = (open + 1..content_end).filter(|&i| tokens[i].kind != TokenKind::Punct).count();
            let (s0, _) = sentence_of(open);
            // A cue before the mark, in the same sentence, not beyond another mark.
            let mut cue_before = None;
            let mut colon = false;
            // After a colon the subject and its modifiers may be long (وقال المبعوث
            // الأميركي بشأن … في سوريا: "…"), so look further back.
            // Earlier marks in the sentence do not stop the search: one cue may introduce
            // several quotations (هتفوا "…" و"…"), and a title in marks may stand between
            // the cue and its quote (في تغريدة على "تويتر": "…").
            let window = 3 * CUE_WINDOW;
            let lo = open.saturating_sub(window).max(s0).max(p0);
            for i in (lo..open).rev() {
                let t = tok_text(i);
                if t == ":" && i + 2 >= open {
                    colon = true;
                }
                if full_stop::ends_sentence(input, i) {
                    break;
                }
                if let Some(kind) = cue_at(i) {
                    cue_before = Some((i, kind));
                    break;
                }
            }
            // A cue in a relative clause (واعتبرت ممثلة بلغاريا، التي تحدثت باسم الاتحاد
            // الأوروبي، أنه "…") describes the speaker: the main verb before it introduces.
            // (The relative pronouns only, not ما/من.)
            let relative = |k: &str| RELATIVES.contains(&k) && !matches!(k, "ما" | "من");
            if let Some((r, _)) = cue_before.filter(|&(r, _)| r > lo && relative(keys[r - 1].as_str())) {
                let main = (lo..r - 1).rev().take_while(|&i| !full_stop::ends_sentence(input, i)).find(|&i| cue_at(i).is_some_and(|k| k == CueKind::Verb));
                if let Some(v) = main {
                    cue_before = Some((v, CueKind::Verb));
                }
            }
            // The writer's impersonal يذكر أن / يرجح أن, opening its sentence or clause
            // (not تقريرا يفيد بأن …, whose subject stands before it).
            let impersonal_at = |i: usize| {
                let clause_opening = i == s0 || tokens[i - 1].kind == TokenKind::Punct && !is_mark(tok_text(i - 1));
                impersonal(&keys[i]) && clause_opening && is_complementizer(keys.get(i + 1).map_or("", |k| k.as_str())) && mention_before(mentions, i, 0).is_none()
            };
            // A cue with no subject of its own inside the clause another cue reports (وقالت
            // فيسبوك إنها تعلق وتحذف مشاركة أي شخص "…"): the marks are in the outer clause.
            if let Some((r, CueKind::Verb)) = cue_before {
                // (Words already inside a quotation report nothing here.)
                let in_sentence = |j: &usize| !full_stop::ends_sentence(input, *j) && !in_quote[*j];
                let comp = (lo..r).rev().take_while(in_sentence).find(|&j| is_complementizer(&keys[j]));
                let outer = comp.and_then(|c| (lo..c).rev().take_while(in_sentence).find(|&j| cue_at(j).is_some_and(|k| k == CueKind::Verb)));
                let own_clause = (r + 1..open).any(|j| is_complementizer(&keys[j]) || tok_text(j) == ":");
                // (A mention before the clause's إن/أن is the outer clause's: حساب ويراتو
                // إنها تعلق.)
                let own_subject = subject_before(input, r, 1).is_some() || mention_after(mentions, r + 1, (r + 4).min(open), false).is_some();
                // (Not the writer's impersonal: in يذكر أن بالوتيلي أشاد به وقال "…" the
                // marks are وقال's.)
                if let (Some(v), false, false) = (outer, own_clause, own_subject) {
                    if !impersonal_at(v) {
                        cue_before = Some((v, CueKind::Verb));
                    }
                }
            }
            // ويذكر أن … "…": the writer's impersonal "it is noted that" introduces no one's
            // words; marks in its clause are a name, a title or someone else's (ويذكر أن دولا
            // غربية تتوعد بـ"رد قوي"), never the speaker carried from before.
            if cue_before.is_some_and(|(i, _)| i + 1 < open && impersonal_at(i)) {
                cue_before = None;
            }
            // وأضاف، حسب رويترز، "…": the outlet relays; the reporting verb before it speaks.
            // (Also past the frame's own verb and the subject before the frame: وأضاف السيسي،
            // وفقا لما نقله التلفزيون: "…", `frame_after_verb`.)
            let frame = cue_before.and_then(|(c, k)| frame_after_verb::frame_of_verb(input, c, &cue_kinds).or((k == CueKind::Frame).then_some(c)));
            if let Some(f) = frame {
                let verb = (lo..f).rev().take_while(|&i| !full_stop::ends_sentence(input, i)).find(|&i| cue_at(i).is_some());
                if let Some(v) = verb.filter(|&v| cue_at(v) != Some(CueKind::Frame) && frame_after_verb::subject_only_between(input, v, f)) {
                    cue_before = Some((v, cue_at(v).unwrap_or(CueKind::Verb)));
                }
            }
            // A cue right after the closing mark ("…"، قال المتحدث / "…" بحسب المصدر).
            let mut cue_after = None;
            let mut as_said_after = false;
            if let Some(c) = close {
                let mut j = c + 1;
                while j < p1 && tokens[j].kind == TokenKind::Punct && !is_mark(tok_text(j)) && !full_stop::ends_sentence(input, j) {
                    j += 1;
                }
                if j < p1 && j <= c + 3 {
                    if let Some(kind) = cue_at(j) {
                        cue_after = Some((j, kind));
                    } else if let Some(v) = as_said::postposed_verb(keys, j, |v| v < p1 && cue_at(v) == Some(CueKind::Verb), |v| opens_own_clause(input, v, &cue_kinds), |s| {
                        let clause_ends = |e: usize| e >= p1 || tokens[e].kind == TokenKind::Punct && !is_mark(tok_text(e)) || as_said::after_subject(&keys[e]);
                        mention_after(mentions, s, s + 1, false).is_some_and(|m| clause_ends(m.tok_end))
                    }) {
                        // "…"، كما قال X: the same, through "as" (`quotes/as_said.rs`).
                        cue_after = Some((v, CueKind::Verb));
                        as_said_after = true;
                    }
                }
                // "…".. هكذا رأى الرئيس: the same, through "thus", past a full stop too
                // (`quotes/thus_said.rs`).
                if cue_after.is_none() {
                    let punct = |j: usize| tokens[j].kind == TokenKind::Punct;
                    let mark = |j: usize| is_mark(tok_text(j));
                    if let Some(v) = thus_said::verb_after_thus(keys, c, p1, punct, mark, |v| cue_at(v) == Some(CueKind::Verb)) {
                        cue_after = Some((v, CueKind::Verb));
                    }
                }
            }
            let rest_of_sentence_words = close.map_or(0, |c| {
                let (_, s1) = sentence_of(c);
                // Only "at most one word" matters: stop counting at two.
                (c + 1..s1.min(p1))
                    .take_while(|&j| cue_at(j).is_none())
                    .filter(|&j| tokens[j].kind != TokenKind::Punct)
                    .take(2)
                    .count()
            });
            // A short definite phrase in marks right after a bare إن/أن, with the clause going
            // on after it (مشيرا إلى أن "الأسود" يتطلعون …), is the clause's subject named in
            // marks, not the speaker's words (after أنه/إنها the pronoun is the subject and
            // the marked words are the predicate: وقال إنه "مصدوم").
            let subject_named = close.is_some_and(|c| {
                n_words <= 2
                    && open > p0
                    && bare_complementizer(&keys[open - 1])
                    && keys[open + 1].starts_with("ال")
                    && c + 1 < p1
                    && tokens[c + 1].kind == TokenKind::Arabic
            });
            // So is a short name in marks between a reporting verb and its إن/أن (وقالت
            // "إيرنا" إنه …): the verb's subject (`subject_in_marks`).
            let verb_before = open > p0 && cue_at(open - 1) == Some(CueKind::Verb);
            if subject_named || verb_before && close.is_some_and(|c| subject_in_marks::names_subject(input, open, c, p1)) {
                subject_mark[open] = true;
                continue;
            }
            // A title (برنامج "المتدرب"، برنامجه التلفزيوني "المتدرب") is never a quotation,
            // nor the name of what someone heads (رئيس "سي بي أو إي"، مدير "…").
            let heads = |k: &str| matches!(k, "رئيس" | "رئيسه" | "مدير" | "مديره" | "مؤسس" | "مؤسسه" | "عضو");
            // (With the article, only a short phrase is a title: إن التنظيم "خطف …" quotes.)
            let title = |k: usize| titles::introduces_title(&keys[k], n_words, &keys[open + 1]);
            // (باسم before the definite word is "for", not a name: متحدث باسم الشركة "…".)
            let for_body = |k: usize| matches!(keys[k].trim_start_matches(['و', 'ف']), "باسم");
            // (After a definite noun, the word between must be its adjective, not the verb's
            // object: ووصف السفير لدى المنظمة الأمر "بالمهزلة".)
            // (Nor a construct: وهو يقبل جائزة الإنتاج "عرضنا يقدم …".)
            let adjective = |k: usize| nisba_shaped(&keys[k]);
            if (open > p0 && (title(open - 1) || heads(&keys[open - 1]))) || (open > p0 + 1 && keys[open - 1].starts_with("ال") && title(open - 2) && !for_body(open - 2) && adjective(open - 1)) {
                continue;
            }
            // Short marked phrases inside a running sentence are names or scare quotes,
            // unless they are what إن/أن introduces (وقال إنه "مصدوم" من …).
            // …and after the بـ of وصف X بـ"…" (ووصف الاعتداء بـ"التعامل الوحشي").
            let cue_lemma = cue_before.and_then(|(i, _)| lexicon.cue(&keys[i])).map(|c| c.lemma.as_str());
            let describes = cue_lemma == Some("وصف");
            // Nor a name set off in marks (ذكرت وكالة "رويترز"، وقالت "هيومن رايتس ووتش" إن …),
            // unless it is the predicate: after إنها/أنه (إنها "إرهابية من داعش") or the بـ of
            // a description (واصفا المنتخب بـ"أبو نقطة").
            // (…or inside the marks: ووصف السفير الأمر "بالمهزلة".)
            let description_inside = describes && cue_before.is_some_and(|(i, _)| own_preposition::description_inside(&keys[open + 1], &keys[i..open]));
            let predicate = open > p0 && (is_complementizer(&keys[open - 1]) && !bare_complementizer(&keys[open - 1]) || describes && keys[open - 1] == "ب") || description_inside;
            if !predicate && close.is_some_and(|c| marked_name::holds_only_a_name(mentions, open, c)) {
                continue;
            }
            // …or right after a cue and its بـ (طالب بـ"الحرية").
            let cue_then_bi = cue_before.is_some_and(|(i, k)| k != CueKind::Frame && i + 2 == open);
            // …and after the بـ of a reporting verb's object further back (اتهم بومبيو
            // النظام الإيراني بـ"انتهاك" حقوق الإنسان), unless the marks hold a name.
            let names_inside = in_mention_at(mentions, open + 1);
            // (Not the بـ of a phrase that is itself after بـ: اتهمت الشرطة الرجل بقيامه
            // بـ"اعتداءات متكررة" names what he did, in the writer's words.)
            // (Nor after a naming word or a charge: ما يعرف بـ"…"، المعروف بـ"…"، مكلفة بـ"…".)
            let naming = |k: &str| NAMING.contains(&k) || ["يعرف", "تعرف", "الملقب", "الملقبه", "مكلف", "مكلفه", "المكلف", "المكلفه"].contains(&k);
            let chained_bi = open >= 2 && ((keys[open - 2].starts_with('ب') && !in_mention_at(mentions, open - 2)) || naming(&keys[open - 2]));
            let verb_bi = cue_before.is_some_and(|(_, k)| k != CueKind::Frame) && !names_inside && !chained_bi;
            // …and after the verb's own preposition (أعربت موسكو عن "خيبة أملها"، أكد الوزير على
            // "شجب" المملكة), in the verb's own clause: no punctuation or إن/أن between.
            let own_preposition = open > p0
                && !names_inside
                && cue_before.is_some_and(|(i, k)| {
                    k != CueKind::Frame
                        && open - i <= CUE_WINDOW
                        && cue_lemma.is_some_and(|l| own_preposition::introduces_words(l, &keys[open - 1]))
                        && own_preposition::verbs_own(
                            &keys[s0.max(p0)..open],
                            i - s0.max(p0),
                            |j| tokens[s0.max(p0) + j].kind == TokenKind::Punct,
                            |j| is_complementizer(&keys[s0.max(p0) + j]),
                        )
                });
            let after_comp = open > p0 && (is_complementizer(&keys[open - 1]) || keys[open - 1] == "ب" && (describes || cue_then_bi || verb_bi))
                || own_preposition
                || description_inside;
            // A one- or two-word phrase at the end of a sentence (لم يوقع على "اتفاقية
            // الصمت") is a name too, unless the cue, a colon or إن introduces it directly.
            // Adjacent up to time adverbs (هتفوا أيضا "…"); one cue may introduce a chain of
            // marked phrases (هتفوا "…" و"…" و"…").
            let chained = open >= p0 + 2 && keys[open - 1] == "و" && chained_close[open - 2];
            let cue_adjacent = cue_before.is_some_and(|(i, k)| k != CueKind::Frame && (i + 1..open).all(|j| ADVERBS.contains(&keys[j].as_str())))
                || chained;
            let short_name_like = n_words <= 2 && !colon && !after_comp && !cue_adjacent;
            // A short phrase right after a cue is its words when the verb only says (قال،
            // هتف، ردد) or the phrase is one of a chain (هتفوا "…" و"…"); after أعلن، يبين it
            // is usually the object named (أعلنت الرياض "موته").
            let chain = chained || close.is_some_and(|c| c + 2 < p1 && keys[c + 1] == "و" && is_mark(tok_text(c + 2)));
            let says = cue_lemma.is_some_and(|l| SAYING.contains(&l));
            let looks_like_quote = !short_name_like
                && (colon || n_words >= 4 || rest_of_sentence_words <= 1 || close.is_none() || after_comp || cue_adjacent && (chain || says));
            // A verb after the marks ("…"، قال المتحدث) reports them when they were fronted,
            // opening their sentence or clause; marks inside a phrase (وتزامنا مع عاصفة
            // "مسرحية المسجد"، أعلن …) are a name or a term, and the verb reports its own words.
            let fronted = open == s0.max(p0) || tokens[open - 1].kind == TokenKind::Punct && !is_mark(tok_text(open - 1));
            let (cue, kind, rule, conf) = match (cue_before, cue_after) {
                (Some((i, k)), _) if looks_like_quote => (i, k, if colon { "cue-colon-direct" } else { "cue-direct" }, 0.9),
                (_, Some((j, k))) if n_words >= 2 && (fronted || as_said_after || !matches!(k, CueKind::Verb | CueKind::Continuation)) => (j, k, "direct-cue-after", 0.85),
                (None, None) if open == p0 && prev_para_quoted && n_words >= 4 => {
                    (usize::MAX, CueKind::Continuation, "quote-paragraph-continuation", 0.7)
                }
                _ => continue,
            };
            let speaker = if cue == usize::MAX {
                last_speaker.clone()
            } else if hearsay(cue) {
                // (A passive of saying names nobody, `hearsay`.)
                None
            } else if cue < open {
                speaker_for(input, cue, kind, open, last_speaker.as_ref(), &para_quotes)
            } else {
                // Cue after the quote: the subject follows the cue.
                let (_, s1) = sentence_of(cue);
                speaker_for(input, cue, kind, s1.min(p1), last_speaker.as_ref(), &para_quotes)
            };
            let (bs, be) = content_bytes(text, tokens, open + 1, content_end);
            if bs >= be {
                continue;
            }
            // The quotation is its cue's whole complement when it starts the clause (after the
            // cue, a colon or إن) and runs to the end of the sentence.
            // (Its إن/أن is the cue's own, not a later one: قال غوتيريس إن أعمال البناء يجب
            // أن "تتوقف" reports a clause with a marked end.)
            let own_comp = after_comp && (cue == usize::MAX || cue > open || !(cue + 1..open - 1).any(|j| is_complementizer(&keys[j])));
            let starts_clause = colon || own_comp || cue_adjacent || cue == usize::MAX || cue > open;
            let whole = starts_clause && (rest_of_sentence_words <= 1 || close.is_none());
            // The cue is spent when the quotation is its whole complement; a marked
            // fragment leaves it free to introduce an indirect clause around the fragment.
            // (Not a cue after the marks that opens a clause of its own: in …"بجدية
            // كبيرة"، مضيفا أن …, مضيفا still reports its أن clause.)
            let own_clause_after = cue != usize::MAX && cue > open && opens_own_clause(input, cue, &cue_kinds);
            if cue != usize::MAX && (whole || colon) && !own_clause_after {
                used_cue[cue] = true;
            }
            in_quote[open + 1..content_end].iter_mut().for_each(|f| *f = true);
            in_direct[open + 1..content_end].iter_mut().for_each(|f| *f = true);
            direct_end[open + 1..content_end].iter_mut().for_each(|f| *f = content_end);
            if let Some(c) = close {
                chained_close[c] = true;
            }
            direct_cue[open] = Some(cue);
            direct_whole[open] = whole;
            quoted_sentence.insert(sentence_of(open).0);
            let rule = if cue != usize::MAX && hearsay(cue) { "hearsay" } else { rule };
            let q = QuoteSpan { start: bs, end: be, direct: true, cue: if cue == usize::MAX { open } else { cue }, speaker, confidence: conf, rule };
            // (Nor is a verbal noun's subject carried on, `verbal_noun`.)
            if let Some(s) = q.speaker.as_ref().filter(|s| cue == usize::MAX || !document_subject::spoke(input, cue, s) && !spoken(cue)) {
                last_speaker = Some(s.clone());
            }
            para_quotes.push(q);
        }

        // Indirect quotes: cue … إن/أن + clause.
        for i in p0..p1 {
            let Some(kind) = cue_at(i) else { continue };
            // A reporting verb with a subject of its own inside another's reported clause
            // (وذكر مصدر إن المحققين يشتبهون بأن …، التسجيلات التي تزعم مصادر تركية أنها …)
            // reports a clause of its own too, nested in the first.
            // (Its subject right before or right after it; not a verb that things do as
            // often as people, معلومات تشير إلى أن، تقارير تفيد بأن، امرأة تدعى …)
            // So does one inside a direct quotation (وقال: "يقول الرئيس عباس إنه ملتزم
            // بالسلام …"): the clause ends with the marks at the latest (`nested_in_direct`).
            let own_subject = || mention_before(mentions, i, 0).is_some() || mention_after(mentions, i + 1, (i + 2).min(p1), false).is_some();
            let plain_verb = kind == CueKind::Verb && !lexicon.cue(&keys[i]).is_some_and(|c| NOT_NESTED.contains(&c.lemma.as_str()));
            let in_direct_report = in_direct[i]
                && plain_verb
                && !impersonal(&keys[i])
                && nested_in_direct::reports(keys, i, lexicon.cue(&keys[i]).map_or("", |c| c.lemma.as_str()))
                && (mention_after(mentions, i + 1, (i + 2).min(p1), false).is_some()
                    || !keys[i].starts_with(['و', 'ف']) && mention_before(mentions, i, 0).is_some()
                    || nested_in_direct::plural(&keys[i]));
            let nested = in_quote[i] && (!in_direct[i] && clause_owner[i].is_some() && plain_verb && own_subject() || in_direct_report);
            if used_cue[i] || kind == CueKind::Frame || in_quote[i] && !nested || marked_words_only(i) {
                continue;
            }
            // …، لكنها لم تذكر أسماء الشركات …: what the speaker did not say reports nothing
            // (`clause_end::unsaid_remark`), and its verb takes no later إن/أن.
            if i >= 2 && clause_end::unsaid_remark(keys, i - 2) {
                continue;
            }
            let (_, s1) = sentence_of(i);
            let s1 = s1.min(p1);
            let s1 = if in_direct_report { s1.min(direct_end[i]) } else { s1 };
            // The subject may be long (وقال المتحدث باسم الأمم المتحدة فرحان حق، في مؤتمر
            // صحفي بمقر المنظمة في نيويورك، إن …); a coordinated new verb (وأكد …) ends the
            // search, a cue inside a relative clause (الذي أعلن …) does not.
            let mut comp = None;
            for j in i + 1..(i + 1 + 3 * CUE_WINDOW).min(s1) {
                let t = tok_text(j);
                // A participle (أعلن الوزير مؤكدا أن …) introduces the clause itself.
                // (Not a participle that reports only marked words: وقال ماكين منتقدا ترامب
                // إن … reports قال's clause.)
                let new_clause = cue_at(j).is_some()
                    && !marked_words_only(j)
                    && !RELATIVES.contains(&keys[j - 1].as_str())
                    // (وفقا is no و + verb: الذي يحتل المركز الثالث وفقا للنتائج، أمام أنصاره إنه ….)
                    && (keys[j].starts_with('و') && !matches!(keys[j].as_str(), "وفقا" | "وفق")
                        || keys[j].starts_with('ف')
                        || j > i + CUE_WINDOW
                        || cue_at(j) == Some(CueKind::Participle)
                        // (…، بينما رأى الأخير أنه …: another speaker's report, `later_cue`.)
                        || cue_at(j) == Some(CueKind::Verb) && later_cue::opens_other_report(input, j));
                // (…، ما يشير إلى أن …: the writer's inference, a clause of its own.)
                // (A name in marks is opaque: تحت عنوان "يدا بيد.. نحو مستقبل أفضل"، … إنها.)
                if is_mark(t) && !title_mark[j] || full_stop::ends_sentence(input, j) && !in_title[j] || new_clause || cue_at(j).is_some() && inference::writers(input, j) {
                    break;
                }
                // A colon introduces the words themselves (وأضاف: يجب أن نتخلص …), unless
                // إن follows it (قال: إن …).
                if t == ":" && !keys.get(j + 1).is_some_and(|k| is_complementizer(k)) {
                    break;
                }
                // (A bare إن/بان inside a name, وأضاف لمحطة إن بي سي أنه …، الأمين العام بان كي
                // مون، لقناة "إن.تي.في.", is no complementizer; أنه/بأنها never are names.)
                if is_complementizer(&keys[j]) && !(bare_complementizer(&keys[j]) && (inside_mention(mentions, j) || in_title[j] || full_stop::in_dotted_name(input, j))) {
                    let before = keys[j - 1].strip_prefix(['و', 'ف']).unwrap_or(&keys[j - 1]);
                    // The writer's own clause (…، إلا أن …، كما أن …): the cue has none.
                    // (So does a causal or concessive one, …، خاصة أنه …، مع أن …، إذ إن ….)
                    let conjunction = subordinate::writers_conjunction(keys, j, |x| tok_text(x).to_string(), |x| is_comma(tok_text(x)));
                    if j > i + 1 && (WRITERS_CLAUSE.contains(&before) || conjunction) {
                        break;
                    }
                    // أن after a temporal or modal word (بعد أن، قبل أن، من المقرر أن، يجب
                    // أن) is no reporting complementizer; the cue's may come later.
                    // (But من قبل is "before now", and إن spelled with the hamza below is no
                    // "before that": وقالت مصر من قبل إن ….)
                    let previously = before == "قبل"
                        && j >= 2
                        && keys[j - 2] == "من"
                        && (t.starts_with('إ') || keys.get(j + 1).is_some_and(|k| k.starts_with("ال")));
                    if j > i + 1 && NOT_REPORTING_BEFORE.contains(&before) && !previously {
                        continue;
                    }
                    // (Nor one a relative clause's verb governs: المهاجرين الذين يعتقد أنهم …;
                    // the verb counts as a cue only when it reports here, not when it is a
                    // belief or passive that reports nothing, `belief`.)
                    if j > i + 2 && relative_verb::governs(keys, j, |v| cue_at(v).is_some() && !impersonal(&keys[v])) {
                        continue;
                    }
                    comp = Some(j);
                    break;
                }
            }
            // (Inside a direct quotation, only a complementizer close after the verb and its
            // subject: كم مرة ذكرت قطر من قبل هؤلاء …، تجد أنها … is the speaker's own.)
            // (Nor one after punctuation, قال كيم لترامب، أستطيع أن …, nor فإن.)
            let comp = comp.filter(|&c| !in_direct_report || c <= i + nested_in_direct::REACH && keys[c] != "فان" && !(i + 1..c).any(|x| tokens[x].kind == TokenKind::Punct));
            let Some(c) = comp else {
                // A reporting verb with its subject but no reported clause (أكد رئيس
                // الأركان وجود قوات …) still names who a later bare وقال goes on with.
                // (Not when its sentence holds a quotation already: a relaying verb
                // there names the outlet, not the speaker.)
                // (A statement as subject, وطالب البيان المجتمع الدولي, speaks for the last
                // speaker, who stays; the mention after it is the object.)
                let statement = i + 1 < s1 && is_statement_noun(&keys[i + 1]);
                if kind == CueKind::Verb && !statement && !quoted_sentence.contains(&sentence_of(i).0) {
                    if let Some(m) = mention_after(mentions, i + 1, (i + 4).min(s1), false) {
                        last_speaker = Some(speaker_from_mention(input, m));
                    }
                }
                continue;
            };
            // يذكر أن / يرجح أن with no subject is the writer's "it is noted, likely that":
            // background, not a quotation (ترامب يذكر أن … still is).
            // (Nor after a plural, which a singular verb cannot agree with: مسلحون يرجح أنهم …)
            let plural_before = i > 0 && (keys[i - 1].ends_with("ون") || keys[i - 1].ends_with("ين"));
            if c == i + 1 && impersonal(&keys[i]) && (mention_before(mentions, i, 0).is_none() || plural_before) {
                continue;
            }
            // …، مما يشير إلى أن …: the writer's inference from what was told (`inference`).
            if inference::writers(input, i) {
                continue;
            }
            // يشتبه في أن / يشتبه بأنه with no subject after the verb is the passive "it is
            // suspected that" (مسلحون يشتبه في أنهم …: the mention before is the suspect).
            if suspected_passive(&keys[i], &keys[i + 1..c]) {
                continue;
            }
            // Another cue already reported this clause (وأكد الوزير، الذي كان يتحدث …، أن).
            if c + 1 < tokens.len() && in_quote[c + 1] && !nested {
                continue;
            }
            // The clause runs from the complementizer to the sentence end, or to a comma
            // that opens another attribution (، مشيرا إلى أن …، وأشار …، وذلك …).
            let mut end = s1;
            let mut last_comma = None;
            let remark_tokens = clause_end::Tokens {
                keys,
                end: s1,
                is_comma: &|x| is_comma(tok_text(x)),
                is_punct: &|x| tokens[x].kind == TokenKind::Punct,
                reports: &|x| cue_at(x) == Some(CueKind::Verb) && !imperfect(lexicon, &keys[x]),
                actor_at: &|x| mentions.binary_search_by_key(&x, |m| m.tok_start).is_ok(),
                in_marks: &|x| in_direct[x],
            };
            // (A cue opening a fronted temporal clause, بعد أن أعلن … أن …، دعا …: its
            // clause ends at the first comma, before the main clause.)
            // (Not when a comma comes first, عندما يعرب أي شخص عن قلقه …، عادة ما يكون الرد هو
            // أن …: the fronted clause ended before the complementizer.)
            let fronted = (subordinate::in_fronted_temporal_clause(keys, sentence_of(i).0.max(p0), i) || spoken(i) && verbal_noun::fronted(keys, sentence_of(i).0.max(p0), i))
                && !(i + 1..c).any(|j| is_comma(tok_text(j)));
            // (A cue in a relative clause set off after the sentence's subject, وأثار
            // الهجوم، الذي يقول محللون إنه …، المخاوف: its clause ends at the comma closing
            // the aside, `relative_aside`.)
            // (Its own clause right after it: not one found across a comma, الذي جاء إلى
            // الخارج لمقابلتي، يقول إنه.)
            let mut aside = relative_aside::opens_aside(keys, sentence_of(i).0.max(p0), i, |x| is_comma(tok_text(x)), |x| tokens[x].kind == TokenKind::Punct)
                && !(i + 1..c).any(|x| is_comma(tok_text(x)));
            // (A cue after ما whose إن/أن takes ما back, ما قالت إنها منشآت …، ردا على …,
            // reports a noun phrase: its clause ends at the first comma, `what_said`.)
            let described = what_said::describes(keys, i, c, |x| tokens[x].kind == TokenKind::Punct);
            for j in c + 1..s1 {
                let t = tok_text(j);
                if described && j > c + 1 && is_comma(t) && !in_direct[j] && what_said::ends_at(keys, j + 1, |x| is_mark(tok_text(x))) {
                    end = j;
                    break;
                }
                // (The quoted speaker takes the word back at the first comma: "قالوا إن
                // قضيتي القدس واللاجئين خرجتا عن الطاولة، فماذا بقي …".)
                if (fronted || in_direct_report && !nested_in_direct::conditional(keys, c + 1)) && j > c + 2 && is_comma(t)
                    || in_direct_report && j > c + 2 && (nested_in_direct::speaker_back(keys, j) || matches!(t, "." | "؟" | "?" | "!"))
                {
                    end = j;
                    break;
                }
                // (Only the first comma: after one that goes on, the aside is not closed by
                // a later one, …، التي رغم أنها …، إلا أن ….)
                if aside && j > c + 1 && is_comma(t) && !in_direct[j] {
                    if relative_aside::closes_at(keys, j + 1, s1, remark_tokens.actor_at) {
                        end = j;
                        break;
                    }
                    aside = false;
                }
                // (A verb after the comma with no clause of its own is the reported
                // clause's: ذكرت وسائل إعلام أن نتائج الفرز، أشارت إلى تقدم أردوغان.)
                let reports = |v: usize| (v + 1..(v + 5).min(s1)).any(|x| is_complementizer(&keys[x]) || tok_text(x) == ":" || is_mark(tok_text(x)));
                // (Nor an impersonal passive, …، يتوقع أن …: `passive_inside`.)
                let opens = |v: usize| cue_at(v).is_some_and(|k| k != CueKind::Verb || keys[v].starts_with(['و', 'ف']) || reports(v)) && !passive_inside::at(input, v, s1);
                if is_comma(t) && j + 1 < s1 && (opens(j + 1) || keys[j + 1] == "وذلك") {
                    end = j;
                    break;
                }
                // Another speaker's report (…، فيما قال قائد الشرطة إن …) ends it too.
                let verb_cue = |v: usize| cue_at(v) == Some(CueKind::Verb);
                let at = if is_comma(t) { j + 1 } else { j };
                if (is_comma(t) || j > c + 2) && at < s1 && second_report::starts_at(input, at, s1, verb_cue) {
                    end = j;
                    break;
                }
                // A writer's gloss (…، في إشارة إلى …) is no part of the clause.
                if let Some(g) = clause_end::gloss_start(keys, |x| is_comma(tok_text(x)), |x| is_mark(tok_text(x)), c + 1, j) {
                    end = g;
                    break;
                }
                // Nor a second report the writer adds (…، مع توضيح التقرير أن …).
                if is_comma(t) && j > c + 1 && !in_direct[j] && clause_end::with_report(keys, j + 1, |k| lexicon.noun_cue(k).is_some()) {
                    end = j;
                    break;
                }
                // Nor a remark on the report (…، دون أن يحدد …، على حد تعبيره، لكنه رفض …).
                if let Some(r) = clause_end::remark_start(&remark_tokens, c + 1, j) {
                    end = r;
                    break;
                }
                // Nor what the speaker did next (…، ووعد بنشر النتائج، وأبدى أسفه: `speaker_act`).
                if is_comma(t) && j > c + 2 && !in_direct[j] && speaker_act::starts_at(keys, j + 1, s1, &keys[i], c + 1, remark_tokens.actor_at) {
                    end = j;
                    break;
                }
                // …nor a participle of the speaker's act (…، مشيدا بجهود الحكومة: `speaker_act`).
                if is_comma(t) && j > c + 2 && !in_direct[j] && speaker_act::participle_at(keys, j + 1, s1, &keys[i], c + 1, remark_tokens.actor_at) {
                    end = j;
                    break;
                }
                // …or joined by و with no comma when the clause's subject is the speaker
                // (…بأنه كان مخطئا وأبدى خجله: `speaker_act`). (One reporting a clause of
                // its own, … عموما، وهي تربت … وأكدت أن …, is a new report: the rules below
                // end the clause at the comma before it.)
                let word_before = tokens[j - 1].kind == TokenKind::Arabic;
                if j > c + 2 && word_before && !in_direct[j] && speaker_act::joined_at(keys, j, s1, &keys[i], &keys[c], remark_tokens.actor_at) && !reports(j)
                    && !imperfect(lexicon, marsad_text::normalize::without_conjunction(&keys[i]))
                {
                    end = j;
                    break;
                }
                // …and right after the closing mark of words quoted inside the clause (…
                // "قد يتدهور" وحث على …: `speaker_act`).
                // (Words, not a name or title in marks: شركة "ولغرينز" وقدمت …، المسلسل
                // "Game Of Thrones" وطالب … go on with the clause.)
                let quoted_words = |open: usize, close: usize| {
                    let n_words = (open + 1..close).filter(|&x| tokens[x].kind != TokenKind::Punct).count();
                    (open + 1..close).all(|x| matches!(tokens[x].kind, TokenKind::Arabic | TokenKind::Punct | TokenKind::Number))
                        && !marked_name::holds_only_a_name(mentions, open, close)
                        && !(open > p0 && close > open + 1 && titles::introduces_title(&keys[open - 1], n_words, &keys[open + 1]))
                };
                let after_marks = j > c + 2 && regions.iter().any(|&(open, close)| open > c && close == Some(j - 1) && quoted_words(open, j - 1));
                if after_marks && !in_direct[j] && speaker_act::after_marks_at(keys, j, s1, &keys[i], &keys[c], c + 1, remark_tokens.actor_at) && !reports(j)
                    && !imperfect(lexicon, marsad_text::normalize::without_conjunction(&keys[i]))
                {
                    end = j;
                    break;
                }
                // Nor the writer's note of another word on it (…، وهو ما نفته موسكو).
                if is_comma(t) && j > c + 1 && !in_direct[j] && word_on_it::starts_at(keys, j + 1, s1, |k| lexicon.cue(k).is_some()) {
                    end = j;
                    break;
                }
                // …and with no comma when it opens with its و (… "…" وهو تصريح قد …، … وهو ما
                // نفته موسكو).
                if j > c + 2 && !in_direct[j] && word_on_it::joined_at(keys, j, s1, |k| lexicon.cue(k).is_some()) {
                    end = j;
                    break;
                }
                // A reporting participle ends it, comma or not (…منذ بدء الحملة مشيرا إلى
                // استمرار الغارات: `participle_end`).
                // (One with a clause or marks of its own is left to the rules below and to
                // the marks: محذرة من "…" are still the speaker's.)
                let own_words = (j + 1..(j + 4).min(s1)).any(|x| is_complementizer(&keys[x]) || tok_text(x) == ":" || is_mark(tok_text(x)));
                if j > c + 2 && !in_direct[j] && !own_words && cue_at(j) == Some(CueKind::Participle) && participle_end::ends_clause(&keys[j - 1], &keys[j]) {
                    end = j;
                    break;
                }
                if is_comma(t) {
                    last_comma = Some(j);
                }
                // A new reporting clause (…، لكنها قالت إنها …) ends this one at its comma.
                // (A verb with neither a comma nor و/ف before it is the clause's own:
                // تقريرا يفيد بأن …; a participle always opens a new one.)
                let verb_comp = (j + 1..(j + 4).min(s1)).find(|&x| is_complementizer(&keys[x]) || tok_text(x) == ":");
                if let Some(verb_comp) = verb_comp.filter(|_| j > c + 2 && cue_at(j).is_some_and(|k| k != CueKind::Frame) && !passive_inside::at(input, j, s1)) {
                    let comma = last_comma.filter(|&k| k > c + 1);
                    // (Not a verb in a temporal clause, بعد أن زعمت أنه …: the speaker's.)
                    // (Nor after لكن and the verb's own subject, with no comma: … لكن وسائل
                    // الإعلام أوردت أن …, a new report from لكن on.)
                    let but_subject = (j.saturating_sub(5).max(c + 2)..j)
                        .rev()
                        .take_while(|&x| tokens[x].kind != TokenKind::Punct)
                        .find(|&x| clause_end::BUT.contains(&keys[x].as_str()) && (remark_tokens.actor_at)(x + 1) && !in_direct[x]);
                    let new_report = comma.is_some() || keys[j].starts_with(['و', 'ف']) || cue_at(j) == Some(CueKind::Participle) || but_subject.is_some();
                    if new_report && !subordinate::in_temporal_clause(keys, j, verb_comp, remark_tokens.actor_at) {
                        end = match (but_subject, comma) {
                            (Some(b), Some(k)) if b > k => b,
                            (Some(b), None) => b,
                            _ => comma.unwrap_or(j),
                        };
                        break;
                    }
                }
            }
            while end > c + 1 && tokens[end - 1].kind == TokenKind::Punct && !is_mark(tok_text(end - 1)) {
                end -= 1;
            }
            if end <= c + 1 {
                continue;
            }
            // (Marks opening at `a` whose words run up to the closing mark at `end - 1`;
            // a word before them, إن الاتحاد "…", is the clause's own.)
            let fills_clause = |a: usize, end: usize| {
                direct_cue[a].is_some()
                    && end >= a + 3
                    && is_mark(tok_text(end - 1))
                    && (a + 1..end - 1).all(|k| in_direct[k] || tokens[k].kind == TokenKind::Punct && !is_mark(tok_text(k)))
            };
            // A quotation that is the whole clause (قال إن "…") is direct only; so is one
            // that fills the clause up to the comma that ends it (لافتة إلى أن "…"، وذلك …).
            // So is one that opens the clause and is closed before a comma (إن "…"، الأمر
            // الذي أكده محاميه; أن "…"، وأن "…"): what follows is the writer's or a new clause.
            let marks_then_comma = marked_clause::closed_before_comma(input, c + 1, end, &direct_cue, &title_mark);
            // (A bare و before the marks, أنه و"استنادا إلى …", is the writer's glue: the
            // marks still fill the clause.)
            let fills = fills_clause(c + 1, end) || keys[c + 1] == "و" && fills_clause(c + 2, end);
            if (c + 1..(c + 3).min(end)).any(|a| direct_whole[a]) || fills || marks_then_comma {
                continue;
            }
            // Stop at a quotation with a cue of its own later in the clause.
            // (Not marks a criticising verb inside the clause introduces: in وتشير تعليقات أوباما
            // إلى أنه ينتقد … ما يوصف بأنه "حقائق بديلة" they are a fragment of it.)
            if let Some(a) = (c + 1..end).find(|&a| direct_cue[a].is_some_and(|q| q > c && q != usize::MAX && !marked_words_only(q))) {
                end = a;
            }
            let (bs, be) = content_bytes(text, tokens, c + 1, end);
            if bs >= be {
                continue;
            }
            if nested {
                // (Its speaker is its own subject; the outer speaker goes on being carried.)
                let speaker = speaker_for(input, i, kind, c, None, &para_quotes);
                // (Inside marks, the one told, قالوا لي إن …, is no speaker: the dictionaries
                // read لي as a name.)
                let speaker = speaker.filter(|s| !(in_direct_report && nested_in_direct::told_pronoun(keys, s.tok_start, s.tok_end)));
                let rule = if in_direct_report { "nested-in-direct" } else { "nested-indirect" };
                para_quotes.push(QuoteSpan { start: bs, end: be, direct: false, cue: i, speaker, confidence: 0.7, rule });
                continue;
            }
            // A fronted clause's verb with no subject of its own (بعد أن أعلن في حملته أنه …،
            // يفاجئ الرئيس السابق خوان مانويل سانتوس …) shares the main clause's, right after
            // the comma that ends its report.
            // (A passive of saying names nobody: no speaker, none carried, `hearsay`.)
            let speaker = if hearsay(i) { None } else { speaker_for(input, i, kind, c, last_speaker.as_ref(), &para_quotes) };
            let own_subject = speaker.as_ref().is_some_and(|s| s.tok_start > i && s.tok_start < c);
            let main_subject = (fronted && end < s1 && !own_subject).then(|| mention_after(mentions, end + 1, (end + 5).min(s1), false)).flatten();
            let speaker = main_subject.map_or(speaker, |m| Some(speaker_from_mention(input, m)));
            let rule = match kind {
                CueKind::Participle => "participle-indirect",
                CueKind::Continuation => "continuation-indirect",
                _ if learned(i) => "press-learned",
                _ if hearsay(i) => "hearsay",
                _ if shows(i) => "evidence",
                _ if spoken(i) => "verbal-noun",
                _ => "cue-indirect",
            };
            if let Some(s) = speaker.as_ref().filter(|s| !document_subject::spoke(input, i, s) && !learned(i) && !shows(i) && !spoken(i)) {
                last_speaker = Some(s.clone());
            }
            in_quote[c + 1..end].iter_mut().for_each(|f| *f = true);
            clause_owner[c + 1..end].iter_mut().for_each(|f| *f = Some(para_quotes.len()));
            quoted_sentence.insert(sentence_of(i).0);
            para_quotes.push(QuoteSpan { start: bs, end: be, direct: false, cue: i, speaker, confidence: 0.75, rule });
        }

        // Marked words inside a reported clause are that speaker's own words (… إن ذلك
        // سيكون "انتهاكا واضحا" …): direct quotes with the clause's cue and speaker.
        for &(open, close) in &regions {
            let Some(close) = close else { continue };
            if direct_cue[open].is_some() || close <= open + 1 || subject_mark[open] {
                continue;
            }
            let Some(owner) = clause_owner[open] else { continue };
            let n_words = (open + 1..close).filter(|&j| tokens[j].kind != TokenKind::Punct).count();
            let titled = |k: usize| k >= p0 && (titles::introduces_title(&keys[k], n_words, &keys[open + 1]) || NAMING.contains(&keys[k].as_str()));
            if open > p0 && (titled(open - 1) || open > p0 + 1 && keys[open - 1].starts_with("ال") && titled(open - 2)) {
                continue;
            }
            // A short marked name inside the clause (حركة "المنبر الجهادي"، قناة "سي تي كي")
            // is not the speaker's words: skip marked phrases that are, or hold, an actor name.
            let words = (open + 1..close).filter(|&j| tokens[j].kind != TokenKind::Punct).count();
            // (A bare role noun is no name: تونس هي "دولة مدنية".)
            let first = mentions.partition_point(|m| m.tok_end <= open + 1);
            let named = |m: &ActorSpan| m.kind != Kind::Agent || m.country.is_some();
            if words <= 3 && mentions.get(first).is_some_and(|m| m.tok_start < close && named(m)) || marked_name::holds_only_a_name(mentions, open, close) {
                continue;
            }
            // A marked word or two mid-clause is a term or a name (scare quotes) after a
            // preposition (للحصول على "تفسير"), or a lone word not introduced by إن/أن or a
            // copula (… بأنه "مريب"، كان "عملا مباشرا").
            let prev = if open > p0 { keys[open - 1].as_str() } else { "" };
            // A lone indefinite word closing the clause is its predicate (إن الادعاءات
            // "كاذبة".), not an object (أعلنت الرياض "موته").
            let word = tok_text(open + 1);
            let predicate_like = !word.starts_with("ال") && !["ه", "ها", "هم", "هما"].iter().any(|p| word.ends_with(p));
            let ends_clause = predicate_like
                && (close + 1 >= p1 || tokens[close + 1].kind == TokenKind::Punct && !is_mark(tok_text(close + 1)));
            let introduced = is_complementizer(prev) || COPULAS.contains(&prev) || ends_clause;
            if (words <= 2 && PREPOSITIONS.contains(&prev)) || (words == 1 && !introduced) {
                continue;
            }
            let (bs, be) = content_bytes(text, tokens, open + 1, close);
            if bs >= be {
                continue;
            }
            let (cue, speaker) = (para_quotes[owner].cue, para_quotes[owner].speaker.clone());
            direct_cue[open] = Some(cue);
            para_quotes.push(QuoteSpan { start: bs, end: be, direct: true, cue, speaker, confidence: 0.7, rule: "marked-in-indirect" });
        }

        // A cue and a colon with no quotation mark after it: the rest of the paragraph is
        // the quotation (قال ترامب، الجمعة: لقد اطلعنا …). A short name in marks may stand
        // between them (وقال لقناة "إن.تي.في." الروسية: …).
        for i in p0..p1 {
            let Some(kind) = cue_at(i) else { continue };
            if used_cue[i] || in_quote[i] || !matches!(kind, CueKind::Verb | CueKind::Continuation | CueKind::Participle) {
                continue;
            }
            // (The window counts the marked name as one word. Past it, a long subject phrase
            // may go on, وقال بوفون (40 عاما) خلال حدث تقديمه … الفرنسي: …, up to another
            // cue or an إن/أن.)
            // (Not the colon of a clock time, الساعة 13:25.)
            let clock_time = |j: usize| j > 0 && j + 1 < tokens.len() && tokens[j - 1].kind == TokenKind::Number && tokens[j + 1].kind == TokenKind::Number && tokens[j - 1].end == tokens[j].start;
            // One pass: most cues have no colon, so the scan stops at the first mark,
            // sentence end or (past the near window) cue or إن/أن.
            let mut colon = None;
            let mut named = 0usize;
            let mut j = i + 1;
            while j < p1 && j < i + 3 * CUE_WINDOW + named.saturating_sub(1) {
                let t = tok_text(j);
                if title_mark[j] || in_title[j] {
                    named += 1;
                } else if is_mark(t) || full_stop::ends_sentence(input, j) {
                    break;
                }
                if j >= i + CUE_WINDOW + named.saturating_sub(1) && (cue_at(j).is_some() || is_complementizer(&keys[j])) {
                    break;
                }
                if t == ":" && !clock_time(j) {
                    colon = Some(j);
                    break;
                }
                j += 1;
            }
            let Some(colon) = colon else {
                continue;
            };
            if colon + 1 >= p1 || is_mark(tok_text(colon + 1)) || in_quote[colon + 1] {
                continue;
            }
            // The words run to the paragraph's end, or to a later sentence that opens with a
            // report of its own (… الحياة. وأضاف: …), which is the next quotation.
            let end = (colon + 1..p1)
                .find(|&k| k > colon + 1 && cue_at(k).is_some_and(|c| c != CueKind::Frame) && sentence_of(k).0 == k)
                .unwrap_or(p1);
            let (bs, be) = content_bytes(text, tokens, colon + 1, end);
            if be - bs < 10 {
                continue;
            }
            let speaker = speaker_for(input, i, kind, colon, last_speaker.as_ref(), &para_quotes);
            if let Some(sp) = speaker.as_ref().filter(|s| !document_subject::spoke(input, i, s)) {
                last_speaker = Some(sp.clone());
            }
            used_cue[i] = true;
            in_quote[colon + 1..end].iter_mut().for_each(|f| *f = true);
            quoted_sentence.insert(sentence_of(i).0);
            para_quotes.push(QuoteSpan { start: bs, end: be, direct: true, cue: i, speaker, confidence: 0.7, rule: "cue-colon-unmarked" });
        }

        // Frames: بحسب X / وفقا لـX / نقلا عن X, when the sentence has no quotation yet.
        for i in p0..p1 {
            if cue_at(i) != Some(CueKind::Frame) {
                continue;
            }
            let (s0, s1) = sentence_of(i);
            let (s0, s1) = (s0.max(p0), s1.min(p1));
            // The source phrase: after the frame word and any ما / لـ / عن / reporting verb
            // (حسبما ذكرت وكالة …، وفقا لـ …، نقلا عن …), up to punctuation.
            let mut src = i + 1;
            while src < s1 && src < i + 4 && (FRAME_FILLERS.contains(&keys[src].as_str()) || cue_at(src).is_some() || tok_text(src) == "ـ") {
                src += 1;
            }
            // (حسبما جاء في البيان، وفق ما ورد في الوثيقة: the source is the document, without
            // the verb's في, `frame_source`.)
            if src > i + 1 && cue_at(src - 1).is_some_and(|c| c != CueKind::Frame) {
                src = frame_source::past_its_in(input, src, s1);
            }
            let is_punct = |j: usize| tokens[j].kind == TokenKind::Punct;
            let opens_sentence = i <= s0 + 1;
            let after_comma = !opens_sentence && i > s0 && is_comma(tok_text(i - 1));
            let fa_inna = if opens_sentence {
                frame_claim::source_fa_inna(keys, is_punct, src, s1)
            } else if after_comma {
                frame_claim::apodosis_after_comma(keys, is_punct, |j| is_comma(tok_text(j)), s0, src, s1)
            } else {
                None
            };
            // A frame after a comma with its فإن/فقد opens the next clause like one opening
            // the sentence.
            let opens_sentence = opens_sentence || fa_inna.is_some();
            // (A source opening with a marked name, حسب ما نقلت "رويترز" عن …, runs on past
            // its closing mark: `relay::framed_source`.)
            let named = relay::marked_name_end(input, src, s1);
            let src_end = (named..s1.min(src + 8)).find(|&j| is_punct(j)).unwrap_or(s1.min(src + 8));
            let src_end = fa_inna.map_or(src_end, |f| f.min(src_end));
            if src_end <= src || norms::heads_a_norm(&keys[src]) || norms::depends_on(keys, i, src) || based_on::names_no_source(input, i) {
                continue;
            }
            // (بحسب ما نقلت رويترز عن مصادر أمنية: the relayed source speaks, `relay`.)
            let relayed = relay::framed_source(input, i + 1, src, src_end);
            let speaker = match relayed.or_else(|| mention_after(mentions, i + 1, src_end, true)) {
                Some(m) => Some(speaker_from_mention(input, m)),
                None => Some(unresolved_speaker(input, src, src_end.min(src + 4))),
            };
            // Frame after the words (…، بحسب ما ذكرته وسائل إعلام محلية): the clause before
            // it; frame opening the sentence (وفقا للجيش، فإن …): the words after the comma
            // that closes its source phrase, or after its فإن (`frame_claim`).
            let (a, b) = if !opens_sentence {
                (frame_claim::closed_clause_start(keys, |j| is_comma(tok_text(j)), |j| para_quotes.iter().any(|q| q.cue == j), s0, i), i)
            } else if let Some(f) = fa_inna {
                (f + 1, s1)
            } else {
                let mut k = src_end;
                while k < s1 && tok_text(k) != "،" && tok_text(k) != "," {
                    k += 1;
                }
                (k + 1, s1)
            };
            // A frame closing its clause with no source of its own (…، بحسب ما أعلنت في
            // بيان، بحسب بيان): the clause's subject issued it (`frame_source`).
            let speaker = if opens_sentence { speaker } else { frame_source::issuer(input, i, a).or(speaker) };
            let mut b = b;
            // (A claim running to the sentence end stops at a writer's gloss: …، في إشارة إلى …)
            if opens_sentence {
                if let Some(g) = (a..b).find(|&j| is_comma(tok_text(j)) && clause_end::writers_gloss(keys, j + 1)) {
                    b = g;
                }
            }
            while b > a && tokens[b - 1].kind == TokenKind::Punct {
                b -= 1;
            }
            let a = if a < b && is_complementizer(&keys[a]) { a + 1 } else { a };
            if b <= a + 2 {
                continue;
            }
            let (bs, be) = content_bytes(text, tokens, a, b);
            // Words quoted already (قال الوزير إن …، بحسب وكالة …), a claim holding the cue of
            // a quotation, or marks the frame introduced after it (وقال ماتيس …، وفقا لنسخة من
            // تصريحاته: "…"): the frame only relays them. Marks it introduced inside its claim
            // are a fragment of it, unless they open it and fill half of it or more: then,
            // as for a clause, they are the quotation, direct only (`frame_claim`).
            let relays = |q: &QuoteSpan| {
                if q.cue == i {
                    q.start < bs || q.end > be || 2 * (q.end - q.start) >= be - bs && !frame_claim::words_before_marks(input, a, q.start)
                } else {
                    q.start < be && q.end > bs || (a..b).contains(&q.cue)
                }
            };
            // A frame between a reporting verb and its clause (وقال علماء، وفق ما أوردت صحيفة
            // "ديلي ميل"، الجمعة، إن …) relays the verb's words, whether or not they were found.
            let splits_a_report = !opens_sentence
                && (a..b).any(|j| matches!(cue_at(j), Some(CueKind::Verb | CueKind::Continuation)))
                && (i + 1..s1.min(i + 12)).any(|j| is_complementizer(&keys[j]));
            if splits_a_report || para_quotes.iter().any(relays) {
                continue;
            }
            quoted_sentence.insert(s0);
            let rule = if told_after.contains(&i) { "told-after" } else { "frame" };
            para_quotes.push(QuoteSpan { start: bs, end: be, direct: false, cue: i, speaker, confidence: 0.6, rule });
        }

        prev_para_quoted = para_quotes.iter().any(|q| q.direct);
        if let Some(s) = carry::in_order(input, &mut para_quotes) {
            last_speaker = Some(s);
        }
        out.extend(para_quotes);
    }
    carry::mend(input, &mut out);
    plural_cue::mend(input, &mut out);
    repeated_role::mend(input, &mut out);
    document_author::mend(input, &mut out);
    out.sort_by_key(|q| q.start);
    out
}

/// Does the cue at `cue` introduce a clause of its own (إن/أن or a colon within its
/// subject phrase, before any mark, sentence end or other cue), as مضيفا أن … does?
fn opens_own_clause(input: &Input, cue: usize, cue_kinds: &[Option<CueKind>]) -> bool {
    let (_, s1) = input.sentence_tokens(cue);
    let (a, b) = (cue + 1, (cue + 1 + CUE_WINDOW).min(s1).max(cue + 1));
    for (j, ((tok, key), kind)) in input.tokens[a..b].iter().zip(&input.keys[a..b]).zip(&cue_kinds[a..b]).enumerate() {
        let t = tok.text(input.text);
        if is_complementizer(key) || t == ":" {
            return true;
        }
        if is_mark(t) || full_stop::ends_sentence(input, a + j) || kind.is_some() {
            return false;
        }
    }
    false
}

/// The mention that covers token `t`, if any (mentions are in order and do not overlap).
pub(super) fn mention_covering<'m, 'a>(mentions: &'m [ActorSpan<'a>], t: usize) -> Option<&'m ActorSpan<'a>> {
    mentions.get(mentions.partition_point(|m| m.tok_end <= t)).filter(|m| m.tok_start <= t)
}

/// Is token `t` inside a mention, after its first word?
fn inside_mention(mentions: &[ActorSpan<'_>], t: usize) -> bool {
    mention_covering(mentions, t).is_some_and(|m| m.tok_start < t)
}

/// Is token `t` inside a mention?
fn in_mention_at(mentions: &[ActorSpan<'_>], t: usize) -> bool {
    mention_covering(mentions, t).is_some()
}

/// Byte range of tokens `[a, b)`, trimmed of surrounding punctuation except marks inside.
fn content_bytes(text: &str, tokens: &[Token], a: usize, b: usize) -> (usize, usize) {
    let mut a = a;
    let mut b = b;
    let trim = |t: &Token| t.kind == TokenKind::Punct && matches!(t.text(text), ":" | "،" | "," | "-" | "–" | "—");
    while a < b && trim(&tokens[a]) {
        a += 1;
    }
    while b > a && (trim(&tokens[b - 1]) || matches!(tokens[b - 1].text(text), "." | "؛")) {
        b -= 1;
    }
    if a >= b {
        return (0, 0);
    }
    (tokens[a].start, tokens[b - 1].end)
}

/// The first mention starting in `[from, to)`; with `allow_prep`, one written with a
/// preposition (لقناة) counts too — frames take their source that way.
fn mention_after<'m>(mentions: &'m [ActorSpan<'m>], from: usize, to: usize, allow_prep: bool) -> Option<&'m ActorSpan<'m>> {
    let first = mentions.partition_point(|m| m.tok_start < from);
    mentions[first..]
        .iter()
        .take_while(|m| m.tok_start < to)
        .find(|m| allow_prep || !m.prepositional)
}

/// The first non-prepositional mention of a sentence before token `cue`, when it comes
/// before any reported clause or quotation mark: in نوه بأن ثراء زعماء إيران …، معتبرا
/// the leaders are inside what was reported, not who reported it.
/// It must open the sentence's clause (within its first words, or right after a comma
/// or a reporting verb): a mention deeper in is a complement (تفعيل قرارات الأمم المتحدة).
fn sentence_subject<'m>(input: &Input<'m>, s0: usize, cue: usize) -> Option<&'m ActorSpan<'m>> {
    let Input { text, tokens, keys, lexicon, .. } = *input;
    // A writer's opener with no subject of its own (ويذكر أن، إلا أن، والجدير بالذكر أن،
    // تجدر الإشارة إلى أن) leaves the sentence's subject after its أن; not a phrase there
    // (ويذكر أن عقب زيارة الوزير …، قال: no subject named).
    let s0 = (s0 + 1..(s0 + 4).min(cue))
        .find(|&j| matches!(keys[j].as_str(), "ان" | "بان"))
        .filter(|&j| opens_writers_clause(keys, j) && mention_after(input.mentions, s0, j, true).is_none())
        .filter(|&j| !keys.get(j + 1).is_some_and(|k| NP_END.contains(&k.as_str()) || PREPOSITIONS.contains(&k.as_str())))
        .map_or(s0, |j| j + 1);
    let limit = (s0..cue).find(|&j| is_complementizer(&keys[j])).unwrap_or(cue);
    let first = input.mentions.partition_point(|m| m.tok_start < s0);
    let clause_start = |j: usize| j < s0 || tokens[j].kind == TokenKind::Punct && tokens[j].text(text) != "\"";
    // CNN's dateline opens the first sentence (دبي، الإمارات العربية المتحدة (CNN)--):
    // neither its place, before the outlet in brackets, nor the outlet is a subject.
    // (An Arabic word in the brackets is the actor's own acronym: وكالة الأنباء
    // الفلسطينية (وفا) speaks.)
    let bracket = |t: usize| tokens.get(t).is_some_and(|t| t.text(text) == "(");
    let outlet_in_brackets = |t: usize| bracket(t) && tokens.get(t + 1).is_some_and(|w| w.kind != TokenKind::Arabic);
    let dateline = |m: &ActorSpan| m.tok_start <= s0 + 8 && (outlet_in_brackets(m.tok_end) || m.tok_start > 0 && bracket(m.tok_start - 1));
    input.mentions[first..].iter().take_while(|m| m.tok_start < limit).filter(|m| !m.prepositional && !dateline(m)).find(|m| {
        // A title before a name is part of it (تحدث الدكتور محمد البرادعي).
        let mut b = m.tok_start;
        if b > s0 && crate::mentions::TITLES.contains(&keys[b - 1].as_str()) {
            b -= 1;
        }
        b <= s0 + 3
            || clause_start(b - 1)
            || b >= 2 && clause_start(b - 2)
            || tokens[b - 1].kind == TokenKind::Arabic && lexicon.cue(&keys[b - 1]).is_some_and(|c| c.kind == CueKind::Verb)
    })
    // (With none, the one whose words a noun names: من إعراب السفارة الأمريكية …، مشيرة.)
    .or_else(|| speech_agent::agent_in(input, s0, limit, cue))
}

/// Words right before an أن that open the writer's clause, not a report: but, however,
/// as, since (إلا أن، بيد أن، كما أن، رغم أن، إذ إن), "it is noted / it seems" (ويذكر أن،
/// ويبدو أن), "worth noting" (والجدير بالذكر أن، ومن المعروف أن، ومن اللافت أن).
const WRITERS_OPENERS: &[&str] = &[
    "الا", "غير", "بيد", "كما", "لكن", "ولكن", "بل", "رغم", "ورغم", "برغم", "حيث", "اذ", "يذكر", "ويذكر", "يبدو", "ويبدو", "بالذكر", "المعروف",
    "اللافت", "الواضح",
];

/// Does the أن at token `an` follow a writer's opener (`WRITERS_OPENERS`, or إلى after
/// يشار / الإشارة: تجدر الإشارة إلى أن)?
fn opens_writers_clause(keys: &[String], an: usize) -> bool {
    an >= 1 && WRITERS_OPENERS.contains(&keys[an - 1].as_str())
        || an >= 2 && keys[an - 1] == "الي" && matches!(keys[an - 2].as_str(), "يشار" | "ويشار" | "الاشاره")
}

/// A statement noun opening the sentence's clause, right after its verb (ودعا البيان
/// المصري إلى …).
fn statement_noun_at(input: &Input, s0: usize, cue: usize) -> Option<usize> {
    (s0 + 1..(s0 + 3).min(cue)).find(|&j| is_statement_noun(&input.keys[j]))
}

/// The end of the statement's phrase starting at `n`: punctuation, a phrase-ending word or
/// three words on, before `cue`.
fn statement_end(input: &Input, n: usize, cue: usize) -> usize {
    let limit = (n + 4).min(cue);
    let end = (n + 1..limit).find(|&j| input.tokens[j].kind == TokenKind::Punct || NP_END.contains(&input.keys[j].as_str())).unwrap_or(limit);
    without_object(input, n, end)
}

/// A statement noun with the article (at `n`, phrase up to `end`) heads no construct, so a
/// mention after it without ل is the verb's object and ends the phrase (وطالب البيان
/// المجتمع الدولي); not across a relative clause (البيان الذي أصدرته وزارة الصحة).
fn without_object(input: &Input, n: usize, end: usize) -> usize {
    if !input.keys[n].starts_with("ال") || input.keys.get(n + 1).is_some_and(|k| RELATIVES.contains(&k.as_str())) {
        return end;
    }
    // (Only a named actor: a role phrase after it may be its adjective, البيان العسكري التركي.)
    mention_after(input.mentions, n + 1, end, false).filter(|m| m.kind != Kind::Agent).map_or(end, |m| m.tok_start)
}

/// Who speaks through the statement noun at `n` (phrase up to `end`): the issuer named in
/// the phrase (بيان لرئاسة أمن الدولة), or for a bare definite one (وأضاف البيان) the last
/// speaker, who issued it, with the statement's words as the speaker's text.
fn statement_speaker(input: &Input, n: usize, end: usize, last: Option<&Speaker>) -> Option<Speaker> {
    if let Some(m) = mention_after(input.mentions, n + 1, end, true) {
        return Some(speaker_from_mention(input, m));
    }
    if input.keys[n].starts_with("ال") && end == n + 1 {
        let mut sp = last?.clone();
        (sp.tok_start, sp.tok_end) = (n, end);
        return Some(sp);
    }
    None
}

/// The last non-prepositional mention ending at most `gap` tokens before token `at`.
fn mention_before<'m>(mentions: &'m [ActorSpan<'m>], at: usize, gap: usize) -> Option<&'m ActorSpan<'m>> {
    // Mentions are ordered and do not overlap, so ends are ordered too.
    let upto = mentions.partition_point(|m| m.tok_end <= at);
    mentions[..upto].iter().rev().take_while(|m| at - m.tok_end <= gap).find(|m| !m.prepositional)
}

/// A subject right before the verb at `at` (a mention ending at most `gap` tokens before
/// it), not one an إن/أن between them leaves in the clause before (… بخصوص حساب ويراتو
/// إنها تعلق: ويراتو is no subject of تعلق).
fn subject_before<'m>(input: &Input<'m>, at: usize, gap: usize) -> Option<&'m ActorSpan<'m>> {
    mention_before(input.mentions, at, gap).filter(|m| !input.keys[m.tok_end..at].iter().any(|k| is_complementizer(k)))
}

/// The speaker a mention names. A bare institution or role noun (السلطات، الملك،
/// متحدث) in a story about one country speaks for that country. A role phrase followed by
/// the person's name (وزير الخارجية البريطاني بوريس جونسون; المتحدثة باسم البيت الأبيض،
/// سارة ساندرز) speaks as that person, and the speaker's span covers both.
fn speaker_from_mention(input: &Input, m: &ActorSpan) -> Speaker {
    let home = input.home;
    // A role noun whose complement names whose it is (مراسل "سكاي نيوز عربية") speaks
    // for that actor rather than for the home country.
    let complement = complement::of_role_noun(input, m);
    let (actor, country) = match (complement.as_ref(), &m.country, home) {
        (Some(c), _, _) => (Some(c.actor.clone()), Some(c.country.clone())),
        // So does a person no dictionary knows, named with no country (a name the mention
        // layer declined to guess one for).
        (None, None, Some((code, iso))) if m.kind == Kind::Agent || m.kind == Kind::Person && m.entity_id.is_none() => {
            (Some(format!("{code}{}", m.role.as_deref().unwrap_or_default())), Some(iso.clone()))
        }
        _ => (owned(&m.actor), owned(&m.country)),
    };
    let mut guessed = complement.is_none() && m.country.is_none();
    // (Or the mention layer's own guess of the story's country, agent+context:XXX; not an
    // organisation coded without a state, منظمة العفو → NGOHRI.)
    let mut by_story = complement.is_none() && (m.actor.is_none() && m.country.is_none() || m.rule.contains("+context:"));
    let tok_end = complement.map_or(m.tok_end, |c| c.end);
    let mut sp = Speaker { tok_start: m.tok_start, tok_end, entity: owned(&m.entity), actor, country, role: owned(&m.role) };
    if let Some(n) = apposed_name(input, m).filter(|n| possessor::owns(input, m, n)) {
        // Trump's lawyer is not Trump: his span, without his name (`possessor`).
        (sp.tok_end, sp.entity) = (n.tok_end, None);
        (sp.actor, sp.country, sp.role) = (owned(&n.actor), owned(&n.country), owned(&n.role));
        (guessed, by_story) = (false, false);
        // (A former adviser is of the country, not of the office: مستشارة سابقة لترامب.)
        if m.rule.contains("former-indefinite") {
            (sp.actor, sp.role) = (sp.country.clone(), None);
        }
    } else if let Some(n) = apposed_name(input, m) {
        sp.tok_end = n.tok_end;
        sp.entity = owned(&n.entity);
        // (Past an unknown first name the person is often a guess: the role phrase's
        // code stands, المتحدث باسم وكالة إدارة الكوارث، سوتو بوبو نوغروهو.)
        if n.actor.is_some() && n.tok_start <= m.tok_end + 1 {
            sp.actor = owned(&n.actor);
            sp.country = owned(&n.country);
            sp.role = owned(&n.role);
            (guessed, by_story) = (false, false);
        }
    } else if m.entity.is_none() && m.kind == Kind::Agent {
        // …or a name no dictionary knows, set off by commas (`apposed_unknown_name`).
        if let Some(e) = apposed_unknown_name::name_end(input, sp.tok_end) {
            sp.tok_end = e;
        }
    }
    let before = sp.country.clone();
    region::mend(input, &mut sp, guessed);
    // Where the words after it say it is based (ومقرها في بروكسل، التابع لجامعة …: `seat`);
    // a bare definite phrase names again one named before first (`repeated_role`).
    let bare = repeated_role::bare_definite(input.keys, sp.tok_start, sp.tok_end);
    let placed = || seat::after(input, sp.tok_end).or_else(|| (m.kind == Kind::Agent).then(|| seat::place_after(input, sp.tok_start, sp.tok_end)).flatten());
    if by_story && !bare && sp.country == before {
        // (مكتبه، محاميها: the pronoun's referent's, `possessive_owner`.)
        if let Some(c) = placed().or_else(|| possessive_owner::owner_country(input, sp.tok_start, sp.tok_end)) {
            sp.place_in(&c);
        }
    }
    sp
}

/// The person named right after a role phrase (directly or after a comma), when the role
/// phrase names no one else and their countries agree.
fn apposed_name<'m>(input: &Input<'m>, m: &ActorSpan) -> Option<&'m ActorSpan<'m>> {
    let role_phrase = m.kind == Kind::Agent || m.rule.contains("apposition") || m.rule.contains("coref");
    if !role_phrase || m.tok_end >= input.tokens.len() {
        return None;
    }
    let next = input.mentions.partition_point(|n| n.tok_start < m.tok_end);
    let n = input.mentions.get(next)?;
    let comma = is_comma(input.tokens[m.tok_end].text(input.text));
    // (Or one word the role phrase's mention left out before the comma: وزيرة الخارجية
    // الأسبق، هيلاري كلينتون، رئيس مجلس إدارة مانشستر سيتي، خلدون المبارك.)
    let one_word_short = n.tok_start == m.tok_end + 2 && is_comma(input.tokens[m.tok_end + 1].text(input.text)) && left_out_word(input, m.tok_end);
    let adjacent = n.tok_start == m.tok_end || one_word_short || comma && (n.tok_start == m.tok_end + 1 || unknown_first_name(input, m.tok_end + 1, n));
    let person = matches!(n.kind, Kind::Person | Kind::PersonShort) && n.entity.is_some();
    // An indefinite former official takes no name right after it without a comma: the
    // name is the verb's object (اتهم مسؤول سابق في البيت الأبيض الرئيس ترامب).
    if !comma && !n.prepositional && m.rule.contains("former-indefinite") {
        return None;
    }
    // A member's role phrase names the body (مدير المرصد، رامي عبد الرحمن): its person
    // carries the body's code.
    let member = m.rule.contains("member") && m.actor.is_some() && m.actor == n.actor;
    let agrees = m.entity.is_none() || m.entity == n.entity || member;
    let same_country = m.country.is_none() || n.country.is_none() || m.country == n.country;
    (adjacent && person && agrees && same_country).then_some(n)
}

/// Whether token `at`, right after a role phrase's mention and before a comma, is a word
/// of the phrase the mention left out (an adjective, السابق، الأسبق، آنذاك, or the rest of a
/// body's name): a plain word, no particle, adverb, day, cue or mention.
fn left_out_word(input: &Input, at: usize) -> bool {
    let k = input.keys[at].as_str();
    input.tokens[at].kind == TokenKind::Arabic && plain_word(input, k) && !ADVERBS.contains(&k) && !in_mention_at(input.mentions, at)
}

/// Whether key `k` may be a word of a phrase or a name next to a speaker: two letters or
/// more, no particle, no word that is never a subject, no reporting cue.
fn plain_word(input: &Input, k: &str) -> bool {
    k.chars().count() >= 2 && !is_particle(k) && !NOT_SUBJECT.contains(&k) && input.lexicon.cue(k).is_none()
}

/// Whether token `at` is a first name no dictionary holds, standing before the known
/// person `n` that a comma or complementizer closes (رئيس الأركان، فرنسوا لوكوانتر، أنه).
fn unknown_first_name(input: &Input, at: usize, n: &ActorSpan) -> bool {
    let (tokens, keys) = (input.tokens, input.keys);
    let closed = tokens.get(n.tok_end).is_some_and(|t| is_comma(t.text(input.text)))
        || keys.get(n.tok_end).is_some_and(|k| is_complementizer(k));
    n.tok_start == at + 1
        && closed
        && tokens[at].kind == TokenKind::Arabic
        && !keys[at].starts_with("ال")
        && !is_particle(&keys[at])
        && input.lexicon.cue(&keys[at]).is_none()
        && input.lexicon.longest_at(keys, at).is_none()
}

/// A complementizer, a copula, a word joined by و, or one carrying a pronoun (أن، كان،
/// وهي، بينهم): no first name.
fn is_particle(key: &str) -> bool {
    is_complementizer(key)
        || COPULAS.contains(&key)
        || key.starts_with('و')
        || ["ه", "ها", "هم", "هما", "هن"].iter().any(|p| key.ends_with(p))
}

/// The speaker of the quote introduced by the cue at `cue`, whose content starts at token
/// `until` (the complementizer, colon or quotation mark).
fn speaker_for(
    input: &Input,
    cue: usize,
    kind: CueKind,
    until: usize,
    last: Option<&Speaker>,
    para_quotes: &[QuoteSpan],
) -> Option<Speaker> {
    let Input { tokens, keys, mentions, .. } = *input;
    if kind == CueKind::Participle {
        // بالقول after a verb (رد الوزير بالقول …، واكتفى المتحدث بالقول إن …): that
        // verb's subject (`by_saying`).
        if by_saying::is_by_saying(&keys[cue]) {
            let kind_at = |j: usize| if input.tokens[j].kind == TokenKind::Arabic { input.lexicon.cue(&keys[j]).map(|c| c.kind) } else { None };
            if let Some((v, k)) = by_saying::cue_before(input, cue, kind_at) {
                return speaker_for(input, v, k, cue, last, para_quotes);
            }
        }
        // A verbal noun after its relayed source (نقلت رويترز عن كاتب عام النقل، المنصف بن
        // رمضان قوله: …): the source, as for the relaying verb.
        let (s0, _) = input.sentence_tokens(cue);
        let verbal_noun = input.lexicon.cue(&keys[cue]).is_some_and(|c| c.lemma == "قال");
        // (بقوله, whose pronoun is the speaker, only after a relaying verb's عن: ونقلت
        // الوكالة عن المتحدث وصفه … بقوله, not يبحث عن دعم …، بقوله: `by_saying`.)
        let relayed_from = (s0.max(cue.saturating_sub(3 * CUE_WINDOW))..cue).rev().find(|&j| keys[j] == "عن").filter(|_| verbal_noun);
        let relayed_from = relayed_from.filter(|&an| !by_saying::by_own_saying(&keys[cue]) || (s0..an).any(|j| relay::relays_at(input, j)));
        if let Some(an) = relayed_from {
            if let Some(m) = mention_after(mentions, an + 1, cue, false) {
                // A bare role noun before a named person (عن مدير المرصد، رامي عبد
                // الرحمن، قوله): the person.
                let after = mentions.partition_point(|p| p.tok_start <= m.tok_start);
                let named = || mentions[after..].iter().take_while(|p| p.tok_start < cue).find(|p| p.kind == Kind::Person);
                let m = if m.actor.is_none() { named().unwrap_or(m) } else { m };
                return Some(speaker_from_mention(input, m));
            }
        }
        // (…عن باكياو قوله, no one the dictionaries know: those words, not the outlet.)
        if let Some((words, outlet)) = relay::unnamed_source(input, cue, until) {
            return Some(relayed_words(input, words, outlet));
        }
        // The speaker of the clause the participle follows: a quote earlier in the same
        // sentence, else the sentence's first subject-like mention, else the last speaker.
        // (Not the subject of a clause nested in a quote: "العلماء أكدوا لنا أن …"، مضيفا
        // أن … goes on with the quote's speaker.)
        let sentence_start = tokens[s0].start;
        if let Some(s) = para_quotes.iter().rev().find(|q| q.end > sentence_start && q.rule != "nested-in-direct").and_then(|q| q.speaker.clone()) {
            return Some(s);
        }
        // With no quotation before it in the sentence, an إن/أن after a particle that
        // opens a clause (… بل إن الأمين العام بان كي مون، حذر منها، قائلا) began the
        // clause the participle follows: its subject speaks, not the sentence's first.
        // (Not a reporting verb's إن: نوه بأن X يظهران أن إيران …، معتبرا is still the
        // first subject's.)
        let opens_clause = |j: usize| j > s0 && WRITERS_CLAUSE_PARTICLES.contains(&keys[j - 1].as_str());
        let own_clause = (s0..cue).rev().find(|&j| is_complementizer(&keys[j]) && opens_clause(j));
        // (A phrase fronted before the main clause, وفي مؤتمر صحفي …، هاجم الوزير …،
        // holds no subject: the main clause's after its comma, `fronted_phrase`.)
        let subject = own_clause
            .and_then(|c| sentence_subject(input, c + 1, cue))
            .or_else(|| fronted_phrase::main_clause_subject(input, s0, cue))
            .or_else(|| sentence_subject(input, s0, cue));
        // A statement opening the clause (وطالب البيان المجتمع الدولي …، لافتا) speaks
        // before any mention after it, which is its object.
        if let Some(n) = statement_noun_at(input, s0, cue).filter(|&n| subject.is_none_or(|m| n < m.tok_start)) {
            let end = statement_end(input, n, cue);
            return Some(statement_speaker(input, n, end, last).unwrap_or_else(|| unresolved_speaker(input, n, end)));
        }
        if let Some(m) = subject {
            return Some(speaker_from_mention(input, m));
        }
        return last.cloned();
    }
    // "…"، بحسب ما أعلنت في بيان: a frame naming no source speaks for the clause's
    // subject (`frame_source`).
    if kind == CueKind::Frame {
        if let Some(sp) = frame_source::issuer(input, cue, input.sentence_tokens(cue).0) {
            return Some(sp);
        }
    }
    // ونقلت الوكالة تصريحات X: X is the speaker, not the outlet.
    let relays = input.lexicon.cue(&keys[cue]).is_some_and(|c| c.lemma == "نقل");
    if relays {
        if let Some(n) = (cue + 1..until.min(cue + CUE_WINDOW)).find(|&j| SPEECH_NOUNS.contains(&keys[j].as_str())) {
            if let Some(m) = mention_after(mentions, n + 1, until.min(n + 4), false) {
                return Some(speaker_from_mention(input, m));
            }
        }
    }
    // ونقلت الوكالة عن X قوله: X is the speaker, not the outlet (`relay`).
    if let Some(m) = relay::source(input, cue, until) {
        return Some(speaker_from_mention(input, m));
    }
    if let Some((words, outlet)) = relay::unnamed_source(input, cue, until) {
        return Some(relayed_words(input, words, outlet));
    }
    // A verb opening a relative clause with no subject of its own (…، والتي قالت إن …،
    // المنظمة التي ذكرت في تقرير لها أن …): the relative's antecedent (`relative_subject`).
    let imperfect_verb = kind == CueKind::Verb && imperfect(input.lexicon, &keys[cue]);
    if kind == CueKind::Verb {
        if let Some(m) = relative_subject::antecedent(input, cue, imperfect_verb) {
            return Some(speaker_from_mention(input, m));
        }
    }
    // A subject before the verb (…، لكنه أكد …; وكان مصدر مطلع …، قال …): nothing after
    // the verb is its subject (`fronted_subject`).
    if kind != CueKind::Frame && fronted_subject::pronoun_before(keys, cue) {
        return fronted_subject::previous_in_sentence(input, cue, para_quotes).or_else(|| pronoun_subject(input, cue, kind, last));
    }
    if matches!(kind, CueKind::Verb | CueKind::Continuation) {
        if let Some(sp) = fronted_subject::after_kana(input, cue, last) {
            return Some(sp);
        }
    }
    // A name opening the sentence or the clause after إن right before the verb (إن بوتين
    // أبلغ نتنياهو أن …): its subject; a name after the verb is the one told.
    if kind == CueKind::Verb {
        if let Some(m) = clause_first_subject::subject(input, cue) {
            return Some(speaker_from_mention(input, m));
        }
    }
    // The subject region: after the cue (and any time adverb), up to a preposition,
    // punctuation or the complementizer (قال وزير الخارجية الأمريكي في بيان إن …).
    let limit = until.min(cue + CUE_WINDOW).max(cue + 1);
    let mut start = cue + 1;
    // بحسب ما ذكرت وكالة …، وفقا لما ذكره مصدر …: past the frame's ما and its reporting verb,
    // as the frame loop reads its source; they are no head nouns of the speaker's phrase.
    // (Only onto a word or a name in marks: حسبما قالت. / وفق ما ورد في … name no one, and
    // the old phrase stays. Not past the عن of نقلا عن: وتابعت الصحيفة، نقلا عن مصادرها، أن
    // "…" is the paper's, the sentence's subject.)
    if kind == CueKind::Frame {
        let reports = |k: &str| [k, k.strip_suffix('ه').unwrap_or(k), k.strip_suffix("ها").unwrap_or(k)].iter().any(|k| input.lexicon.cue(k).is_some());
        let mut past = start;
        while past + 1 < limit && (keys[past] != "عن" && FRAME_FILLERS.contains(&keys[past].as_str()) || (past > cue + 1 || keys[cue].ends_with("ما")) && reports(&keys[past])) {
            past += 1;
        }
        // (ما جاء في البيان: the document after the verb's في, `frame_source`.)
        let past = if past > cue + 1 && reports(&keys[past - 1]) { frame_source::past_its_in(input, past, limit) } else { past };
        let word = tokens[past].kind == TokenKind::Arabic && !NP_END.contains(&keys[past].as_str());
        let marked_name = is_mark(tokens[past].text(input.text)) && mention_after(mentions, past + 1, past + 2, false).is_some();
        if word || marked_name {
            start = past;
        }
    }
    // وجاء في بيان الوزارة أن …، وجاء في الوثيقة أن …: the statement, or any document
    // after the في of جاء/ورد, is the subject, not a mention before the verb (`frame_source`).
    let placed = start + 1 < limit && frame_source::placed_source(input, cue, start);
    if placed || start + 1 < limit && keys[start] == "في" && is_statement_noun(&keys[start + 1]) {
        start += 1;
    }
    while start < limit {
        if ADVERBS.contains(&keys[start].as_str()) || addressee_or_manner(&keys[start]) {
            start += 1;
        } else if let n @ 1.. = verb_adverb::length(input, cue, start) {
            // قال مرارا، قالت يوم الثلاثاء، ووصف ذلك بأنه: how, when, what (`verb_adverb`).
            start += n;
        } else if let Some(e) = addressee::end(input, start, limit).filter(|_| kind != CueKind::Frame) {
            // قالت لقناة محلية، وقال لفرانس برس: to whom, not who (`addressee`).
            start = e;
        } else if let Some(m) = mention_after(mentions, start, start + 1, false).filter(|m| addressee::told_press(input, cue, m)) {
            // وأبلغ رويترز مصدر …: the press told, then the subject.
            start = m.tok_end;
        } else {
            break;
        }
    }
    // وأضاف، وفقا لما نقلته الوكالة: "…": a frame where the subject would be relays the
    // words; the verb's pronoun subject speaks (`frame_after_verb`).
    if matches!(kind, CueKind::Verb | CueKind::Continuation) && frame_after_verb::opens_subject_region(input, start) {
        return pronoun_subject(input, cue, kind, last);
    }
    // A subject named in quotation marks (دعت "مجموعة الأزمات الدولية" في تقرير …).
    if start + 1 < limit && is_mark(tokens[start].text(input.text)) {
        if let Some(m) = mention_after(mentions, start + 1, start + 2, false) {
            return Some(speaker_from_mention(input, m));
        }
        // …or one no dictionary knows, right before the verb's إن/أن (وقالت "إيرنا" إنه …:
        // `subject_in_marks`).
        let close = (start + 2..until.min(tokens.len())).find(|&j| is_mark(tokens[j].text(input.text)));
        if let Some(c) = close.filter(|&c| kind == CueKind::Verb && subject_in_marks::names_subject(input, start, c, tokens.len())) {
            // (The last speaker, named in full with these words, keeps its code: صحيفة
            // "صن" البريطانية … وقالت "صن" إن ….)
            if let Some(l) = last.filter(|l| keys[l.tok_start..l.tok_end].windows(c - start - 1).any(|w| w == &keys[start + 1..c])) {
                return Some(Speaker { tok_start: start + 1, tok_end: c, ..l.clone() });
            }
            return Some(unresolved_speaker(input, start + 1, c));
        }
    }
    // (Punctuation inside a mention does not end it: #قائد_الجيش_البورمي.)
    // (Nor past an addressee after the subject, وقال البياتي لفرانس برس: `addressee`.)
    let np_end = (start..limit)
        .find(|&j| {
            tokens[j].kind == TokenKind::Punct && !in_mention_at(mentions, j)
                || NP_END.contains(&keys[j].as_str())
                || is_complementizer(&keys[j])
                || j > start && addressee::ends_subject(input, j, limit)
        })
        .unwrap_or(limit);
    let np_end = if start < limit && is_statement_noun(&keys[start]) { without_object(input, start, np_end) } else { np_end };
    // وسبق لولي العهد السعودي أن وصف …: "X has already …", the subject after سبق لـ.
    if cue >= 2 && keys[cue - 1] == "ان" {
        let upto = mentions.partition_point(|m| m.tok_end < cue);
        if let Some(m) = upto.checked_sub(1).map(|u| &mentions[u]).filter(|m| m.tok_end == cue - 1 && m.prepositional && m.tok_start > 0) {
            if matches!(keys[m.tok_start - 1].as_str(), "سبق" | "وسبق" | "فسبق") {
                return Some(speaker_from_mention(input, m));
            }
        }
    }
    // وكانت اللجنة الدولية أعلنت …: the subject stands between كان and the verb.
    if let Some(m) = mention_before(mentions, cue, 0) {
        if m.tok_start > 0 && KANA.contains(&keys[m.tok_start - 1].as_str()) {
            return Some(speaker_from_mention(input, m));
        }
    }
    // (Not past a relative clause on the head, قال المسؤول الذي التقى وزير الخارجية
    // الروسي إن …: the actor inside it is no speaker, `relative_head`.)
    let first_mention = mention_after(mentions, start, np_end, false).map_or(np_end, |m| m.tok_start);
    // (Only where an actor is named inside the clause, or the phrase was short enough to
    // speak anyway: a long run of words is no subject, with or without its clause.)
    let cut = (first_mention < np_end || np_end <= start + 6).then(|| relative_head::subject_end(input, start, np_end, first_mention)).flatten();
    let np_end = cut.unwrap_or(np_end);
    // VSO: a mention starting in the subject region. Head nouns before it belong to the
    // speaker's phrase (مصدر + عسكري سوري).
    if np_end > start {
        if let Some(m) = mention_after(mentions, start, np_end, false) {
            // أعلن الجيش الإسرائيلي على لسان ناطقه أفيخاي أدرعي: the one whose tongue it is.
            let tongue = m.tok_end + 2 < tokens.len() && keys[m.tok_end] == "علي" && keys[m.tok_end + 1] == "لسان";
            if let Some(voice) = tongue.then(|| mention_after(mentions, m.tok_end + 2, m.tok_end + 4, true)).flatten() {
                return Some(speaker_from_mention(input, voice));
            }
            // وأبلغ المسؤول رويترز، وأبلغ مارسيلو الصحفيين: the words before the press told
            // speak (`addressee`).
            if m.tok_start > start && m.tok_start - start <= 4 && addressee::told_press(input, cue, m) {
                return Some(unresolved_speaker(input, start, m.tok_start));
            }
            let mut sp = speaker_from_mention(input, m);
            let head_nouns = (start..m.tok_start).all(|j| tokens[j].kind == TokenKind::Arabic && !NOT_SUBJECT.contains(&keys[j].as_str()));
            if m.tok_start > start && m.tok_start - start <= 2 && head_nouns {
                sp.tok_start = start;
            }
            // A role phrase, its post and then the person (السفير الأميركي لدى إسرائيل
            // ديفيد فريدمان): the person (`posted_name`).
            let role = m.kind == Kind::Agent || sp.tok_start < m.tok_start;
            if let Some(n) = posted_name::person(input, sp.tok_end, sp.country.as_deref()).filter(|_| role) {
                sp.tok_end = n.tok_end;
                sp.entity = owned(&n.entity);
                // A person the dictionaries know has their own code; an unknown name's
                // code is a guess, and the role phrase's stands.
                if n.actor.is_some() && (n.entity_id.is_some() || sp.actor.is_none()) {
                    (sp.actor, sp.country, sp.role) = (owned(&n.actor), owned(&n.country), owned(&n.role));
                }
            }
            return Some(sp);
        }
    }
    // تلقت الشرطة معلومات تفيد بأن …: the indefinite document before the verb is its
    // subject, not the mention before it (`document_subject`).
    if kind == CueKind::Verb && !placed {
        if let Some(sp) = document_subject::document(input, cue) {
            return Some(sp);
        }
    }
    // SVO: a subject right before the cue, in its sentence (not the last word of the one
    // before: في شمال سوريا. وأوردت محطة …).
    // (Not through a relative pronoun that is the verb's object, الحكومة التي قال إنها …:
    // `relative_subject`.)
    let object_relative = kind == CueKind::Verb && relative_subject::object_relative(input, cue, imperfect_verb);
    // (Nor the recipient or place of the message whose gist follows: `gist`.)
    let gist = input.lexicon.cue(&keys[cue]).is_some_and(|c| gist::is_gist(&c.lemma));
    if let Some(m) = mention_before(mentions, cue, 1).filter(|m| !(placed || object_relative || gist && gist::tied(keys, m))) {
        if (m.tok_end..cue).all(|j| tokens[j].kind != TokenKind::Punct) {
            return Some(speaker_from_mention(input, m));
        }
    }
    // (A one-letter word is a preposition written apart, بـ"الزائفة", not a subject.)
    // (Nor a name withheld, طلب عدم ذكر اسمه، لم يذكر اسمه، رفض كشف هويته: the verb is
    // no report, and the one who withheld it speaks.)
    let withheld = cue > 0 && WITHHOLDING.contains(&keys[cue - 1].as_str()) && WITHHELD.contains(&keys[start].as_str());
    let word = |k: &str| k.chars().nth(1).is_some() && !NOT_SUBJECT.contains(&k) && !withheld && !verb_adverb::circumstantial(k);
    // A long subject ends before a modifier joined by و (قال لاعب خيتافي الإسباني والبالغ
    // من العمر 31 عاما، إن …): the head phrase still speaks.
    let np_end = if np_end > start + 6 { (start + 1..np_end).find(|&j| keys[j].starts_with("وال")).unwrap_or(np_end) } else { np_end };
    // A من right before the clause is the verb's own preposition (وحذر المفوض السامي من أن
    // …، اشتكى الاثنان من أنهما …), not the end of the subject.
    let np_end = if np_end > start + 1 && keys[np_end - 1] == "من" && keys.get(np_end).is_some_and(|k| is_complementizer(k)) { np_end - 1 } else { np_end };
    if np_end > start && np_end - start <= 6 && tokens[start].kind == TokenKind::Arabic && word(&keys[start]) {
        // A statement speaks for whoever issued it (بيان لرئاسة أمن الدولة).
        if is_statement_noun(&keys[start]) {
            if let Some(sp) = statement_speaker(input, start, np_end, last) {
                return Some(sp);
            }
        }
        // An unknown name in apposition with a role phrase for one person (وقال مرزوقي
        // داروسمان، رئيس بعثة الأمم المتحدة …): the name, with the role phrase's actor.
        if let Some(role) = role_in_apposition(input, np_end) {
            let mut sp = speaker_from_mention(input, role);
            (sp.tok_start, sp.tok_end, sp.entity) = (start, np_end, None);
            return Some(sp);
        }
        // الأخير / الأخيرة: the second of the actors just named (`latter`).
        if np_end == start + 1 {
            if let Some(m) = latter::antecedent(input, start, cue) {
                let mut sp = speaker_from_mention(input, m);
                (sp.tok_start, sp.tok_end) = (start, np_end);
                return Some(sp);
            }
        }
        return Some(unresolved_speaker(input, start, np_end));
    }
    pronoun_subject(input, cue, kind, last)
}

/// The speaker of a verb with a pronoun subject. In the middle of a sentence (وهدد ترامب
/// …، لكنه قال إن …) it is that sentence's subject: its first mention that is not a
/// prepositional phrase. Otherwise, and for a continuation, the last speaker goes on.
fn pronoun_subject(input: &Input, cue: usize, kind: CueKind, last: Option<&Speaker>) -> Option<Speaker> {
    if kind == CueKind::Verb {
        let (s0, _) = input.sentence_tokens(cue);
        if let Some(sp) = comma_subject::subject(input, s0, cue) {
            return Some(sp);
        }
        if s0 + 2 < cue {
            if let Some(m) = sentence_subject(input, s0, cue) {
                return Some(speaker_from_mention(input, m));
            }
        }
    }
    last.cloned()
}

/// A coded role phrase for one person right after a comma at token `comma`.
fn role_in_apposition<'m>(input: &Input<'m>, comma: usize) -> Option<&'m ActorSpan<'m>> {
    let tok = input.tokens.get(comma)?;
    if !is_comma(tok.text(input.text)) {
        return None;
    }
    let m = mention_after(input.mentions, comma + 1, comma + 2, false)?;
    (m.kind == Kind::Agent && m.person_noun && m.actor.is_some() && m.entity.is_none()).then_some(m)
}

/// The end of a speaker phrase that ends in a title noun, past the name in marks right
/// after it (محطة "سكاي تي جي 24"، تلفزيون "بي.إف.إم"): the name is who speaks.
fn with_marked_name(input: &Input, start: usize, end: usize) -> usize {
    let mark = |t: usize| t < input.tokens.len() && is_mark(input.tokens[t].text(input.text));
    if end <= start || !is_title_noun(&input.keys[end - 1]) || !mark(end) {
        return end;
    }
    (end + 2..(end + 10).min(input.tokens.len())).find(|&t| mark(t)).map_or(end, |close| close + 1)
}

/// The words an outlet relays (`relay::unnamed_source`): an actor named inside them
/// (بيان للجيش: the army), else the words themselves. Showing no country, they take that
/// of an outlet naming its own (وكالة كيودو اليابانية عن مسؤولي كوبي: a national outlet
/// relays its country's sources), else the story's (رويترز عن باكياو).
fn relayed_words(input: &Input, (start, end): (usize, usize), (o0, o1): (usize, usize)) -> Speaker {
    if let Some(m) = mention_after(input.mentions, start, end, true) {
        return speaker_from_mention(input, m);
    }
    let mut sp = unresolved_speaker(input, start, end);
    if phrase_country(input, start, sp.tok_end).is_none() {
        if let Some(c) = phrase_country(input, o0, o1) {
            (sp.actor, sp.country) = (Some(c.clone()), Some(c));
        }
    }
    sp
}

/// The country an unnamed phrase shows by a nisba, state or demonym in it, else by a
/// region adjective (مصدر أوروبي).
fn phrase_country(input: &Input, start: usize, end: usize) -> Option<String> {
    let lexicon = input.lexicon;
    let np = &input.keys[start..end];
    // (Not the nisba of a club after its player, لاعب خيتافي الإسباني: `club_nisba`.)
    let country = (0..np.len()).filter(|&k| !club_nisba::describes_club(np, k)).find_map(|k| {
        let m = lexicon.longest_at(np, k)?;
        m.entries
            .iter()
            .map(|&id| lexicon.entry(id))
            .find(|e| matches!(e.kind, Kind::Nisba | Kind::State | Kind::Demonym))
            .and_then(|e| e.codes.first())
            .and_then(|c| lexicon.split_code(&c.code).0)
    });
    country.or_else(|| region::of_phrase(input, start, end).map(str::to_string))
}

/// A speaker named by words that resolve to no actor (مصدر عسكري، وسائل إعلام محلية): its
/// text, with the country of a nisba or state inside it, else the story's home country.
fn unresolved_speaker(input: &Input, start: usize, end: usize) -> Speaker {
    // أحدهم، واحدة منهن: one of a group named before, with its code (`partitive`).
    if let Some(g) = partitive::group_of(input, start, end) {
        return Speaker { tok_start: start, tok_end: end, entity: None, actor: owned(&g.actor), country: owned(&g.country), role: owned(&g.role) };
    }
    let mut end = with_marked_name(input, start, end);
    // (Where the words after it say it is based, `seat`; words that run on into their
    // seat phrase end before it.)
    let mut country = phrase_country(input, start, end);
    // (An organisation named inside the phrase owns it: `body_inside`.)
    if country.is_none() {
        if let Some(b) = body_inside::body_inside(input, start, end) {
            return Speaker { tok_start: start, tok_end: end, entity: None, actor: owned(&b.actor), country: owned(&b.country), role: None };
        }
    }
    // (A bare definite phrase names again one named before first: `repeated_role`.)
    if country.is_none() && !repeated_role::bare_definite(input.keys, start, end) {
        match seat::inside(input, start, end) {
            Some((k, c)) => (end, country) = (k, Some(c)),
            None => {
                country = seat::after(input, end)
                    .or_else(|| seat::place_after(input, start, end))
                    .or_else(|| possessive_owner::owner_country(input, start, end))
            }
        }
    }
    let (actor, country) = match (country, input.home) {
        (Some(c), _) => (Some(c.clone()), Some(c)),
        (None, Some((code, iso))) => (Some(code.clone()), Some(iso.clone())),
        (None, None) => (None, None),
    };
    Speaker { tok_start: start, tok_end: end, entity: None, actor, country, role: None }
}

/// Convert to output quotes.
pub fn to_quotes(text: &str, tokens: &[Token], offsets: &CharOffsets, spans: &[QuoteSpan]) -> Vec<Quote> {
    spans
        .iter()
        .map(|q| {
            let [start, end] = offsets.span(q.start, q.end);
            let cue_tok = &tokens[q.cue];
            let [cs, ce] = offsets.span(cue_tok.start, cue_tok.end);
            let speaker = q.speaker.as_ref().map(|s| {
                let (bs, be) = (tokens[s.tok_start].start, tokens[s.tok_end - 1].end);
                let [ss, se] = offsets.span(bs, be);
                Party {
                    start: ss,
                    end: se,
                    text: text[bs..be].to_string(),
                    entity: s.entity.clone(),
                    actor: s.actor.clone(),
                    country: s.country.clone(),
                    role: s.role.clone(),
                }
            });
            Quote {
                start,
                end,
                text: text[q.start..q.end].to_string(),
                direct: q.direct,
                cue: Span { start: cs, end: ce, text: cue_tok.text(text).to_string() },
                speaker,
                confidence: q.confidence,
                rule: q.rule.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Article, Quote};
    use std::sync::OnceLock;

    /// The quotes of `text` as one article of 2018-06-01 (the submodules' tests use it too).
    pub(crate) fn quotes(text: &str) -> Vec<Quote> {
        static A: OnceLock<Analyzer> = OnceLock::new();
        let analyzer = A.get_or_init(|| Analyzer::new().expect("embedded dictionaries load"));
        let article = Article { id: "t".into(), text: text.into(), date: Some("2018-06-01".into()), ..Default::default() };
        analyzer.analyze(&article).quotes
    }

    /// The speaker's text of the quote of `text` that starts with `quote_start` (panics,
    /// showing the quotes, when there is none).
    pub(crate) fn speaker_of(text: &str, quote_start: &str) -> Option<String> {
        let q = quotes(text);
        let q = q.iter().find(|q| q.text.starts_with(quote_start)).unwrap_or_else(|| panic!("{q:?}"));
        q.speaker.as_ref().map(|s| s.text.clone())
    }

    /// The speaker's country of the quote of `text` that starts with `quote_start` (panics,
    /// showing the quotes, when there is none).
    pub(crate) fn country_of(text: &str, quote_start: &str) -> Option<String> {
        let q = quotes(text);
        let q = q.iter().find(|q| q.text.starts_with(quote_start)).unwrap_or_else(|| panic!("{q:?}"));
        q.speaker.as_ref().and_then(|s| s.country.clone())
    }

    /// The texts of the indirect quotes of `text`, in order.
    pub(crate) fn indirect(text: &str) -> Vec<String> {
        quotes(text).into_iter().filter(|q| !q.direct).map(|q| q.text).collect()
    }

    #[test]
    fn then_after_a_continuation_cue_is_no_speaker() {
        let t = "وقال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير. وأضاف بعدها أن موسكو لن تقبل بذلك.";
        assert_eq!(speaker_of(t, "موسكو").as_deref(), Some("وزير الخارجية الروسي سيرغي لافروف"));
    }

    #[test]
    fn a_report_after_but_and_its_own_subject_ends_the_clause() {
        let q = indirect("وكان الجيش قد أعلن أن موعد الإفراج سيكون في العاشر من الشهر لكن وسائل الإعلام الإسرائيلية أوردت أن الموعد تم تقريبه.");
        assert_eq!(q, ["موعد الإفراج سيكون في العاشر من الشهر", "الموعد تم تقريبه"]);
        // لكن with a clause that reports nothing stays in it.
        let q = indirect("وقال الوزير إن الحكومة مستعدة للحوار لكن المعارضة رفضت كل المبادرات.");
        assert_eq!(q, ["الحكومة مستعدة للحوار لكن المعارضة رفضت كل المبادرات"]);
    }

    #[test]
    fn marks_after_a_spokesman_for_a_body_are_his_words() {
        let q = quotes("وقال متحدث باسم الشركة \"مع الأسف ألغى المطار عددا من الرحلات هذا الصباح\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("مع الأسف")), "{q:?}");
        // A definite noun and the verb's object before the marks make no title.
        let q = quotes("ووصف السفير لدى المنظمة الأمر \"بالمهزلة\" وترك القاعة.");
        assert!(q.iter().any(|q| q.direct && q.text == "بالمهزلة"), "{q:?}");
    }

    #[test]
    fn a_dotted_name_between_cue_and_clause_is_no_full_stop() {
        let q = indirect("وقال شهود عيان لـ\"العربية.نت\" إن المستوطنين وصلوا إلى المسجد.");
        assert_eq!(q, ["المستوطنين وصلوا إلى المسجد"]);
        let q = quotes("وقال المدرب لقناة \"إن.تي.في.\" الروسية: يجب علينا أن نشيد بالعمل الذي قام به المنتخب.");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("يجب علينا")), "{q:?}");
        // A long subject phrase before the colon.
        let q = quotes("وقال بوفون (40 عاماً) خلال حدث تقديمه لوسائل الإعلام كلاعب جديد في نادي باريس سان جيرمان الفرنسي: فرنسا هي المرشح الأوفر حظا بالنسبة لي.");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("فرنسا هي")), "{q:?}");
        // The colon of a clock time introduces nothing; a later report ends the words.
        let q = quotes("وأفادت رويترز بارتفاع المعدن الأصفر 0.2 في المئة إلى 1226.19 دولار للأوقية بحلول الساعة 09:19 بتوقيت غرينتش.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("وقال المدرب: المباريات تمنحك الحياة. وأضاف: هنا أحظى بثقة المدرب.");
        let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["المباريات تمنحك الحياة", "هنا أحظى بثقة المدرب"], "{q:?}");
        // A longer name after a title noun, and من قبل ("before now") before إن.
        assert_eq!(indirect("قالت صحيفة \"يو إس إيه توداي\" إن حكما للمحكمة قد يقف حائلا دون إعدامه."), ["حكما للمحكمة قد يقف حائلا دون إعدامه"]);
        assert_eq!(indirect("وكانت مصر قالت من قبل إن التوسعة ستزيد الإيرادات."), ["التوسعة ستزيد الإيرادات"]);
        assert!(indirect("وأعلنت الشرطة وفاته من قبل أن يصل إلى المستشفى.").is_empty());
        // The subject's name in marks right after the verb, a title after محطة.
        assert_eq!(indirect("وقال \"آير بي ان بي\" إنه يهدف إلى مليار زائر سنويا."), ["يهدف إلى مليار زائر سنويا"]);
        assert_eq!(indirect("وقال الخبير لمحطة \"بي اف ام تي في\" إن التظاهرات تراجعت."), ["التظاهرات تراجعت"]);
        // A title holding dots, an initial's dot, a frame word inside the subject phrase, a
        // construct before marks.
        assert_eq!(indirect("وقال الرئيس في مقال تحت عنوان \"يدا بيد.. نحو مستقبل أفضل\"، بمناسبة زيارته، إنها أول دولة."), ["أول دولة"]);
        assert_eq!(indirect("وقال ميتشل ب. ريس، الذي عمل مديرا للتخطيط، إن الإيرانيين نزلوا إلى الشوارع."), ["الإيرانيين نزلوا إلى الشوارع"]);
        assert_eq!(indirect("وقال المرشح، الذي يحتل المركز الثالث وفقا للنتائج الأولية، أمام أنصاره إنه يتمنى له النجاح."), ["يتمنى له النجاح"]);
        let q = quotes("وقال منتج المسرحية وهو يقبل جائزة الإنتاج \"عرضنا يقدم رسالة تدعو للوحدة في عالم منقسم\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("عرضنا")), "{q:?}");
        // A channel's marked name is its speaker's.
        let q = quotes("وقالت محطة \"سكاي تي جي 24\" إن الجسر انهار.");
        assert!(q.iter().any(|q| q.speaker.as_ref().is_some_and(|s| s.text == "محطة \"سكاي تي جي 24\"")), "{q:?}");
        // The letters of a dotted acronym are no إن.
        let q = indirect("ونقلت سي.إن.إن عن الوزير قوله إنه سيعود.");
        assert_eq!(q, ["سيعود"]);
        let q = indirect("وقال لمجلة \"نيو ساينتست\" \" إن \"المتلازمة شائعة لدى النساء\".");
        assert!(q.iter().any(|q| q.contains("المتلازمة شائعة")), "{q:?}");
        // A full stop with a space after it still ends the search for the clause.
        let q = indirect("وقال شهود عيان لـ\"العربية\". إن المستوطنين وصلوا إلى المسجد.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_doubled_mark_is_one_mark() {
        let q = quotes("وقال: \"\"أعتقد أن تقرير الصحيفة محاولة لتغطية التجسس على القنصلية\"\n");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("أعتقد أن تقرير")), "{q:?}");
        // A stray first mark glued to a word leaves the second to open.
        let q = quotes("وأكد اثنان من المنظمين، في تقرير لـ\"\"فوكس نيوز\" قبل أيام، أن الحركة لن تتوقف، وقال أحدهم \"إننا موجة جارفة لقد عدنا بشكل أقوى\".");
        assert!(q.iter().all(|q| !q.direct || q.text.starts_with("إننا موجة")), "{q:?}");
        let q = quotes("وأضاف: \"\"نحن نبني دبلوماسيتنا على أساس مبادئنا الثابتة\"\".");
        assert!(q.iter().any(|q| q.direct && q.text == "نحن نبني دبلوماسيتنا على أساس مبادئنا الثابتة"), "{q:?}");
        // Two marks apart still pair as two.
        let q = quotes("وقال الوزير: \"سنعود\" ثم \"سننتصر في النهاية على الإرهاب\".");
        assert!(q.iter().any(|q| q.direct && q.text == "سنعود"), "{q:?}");
    }

    #[test]
    fn an_indefinite_former_official_takes_no_name_after_it() {
        let q = quotes("واتهم مسؤول سابق في البيت الأبيض الرئيس دونالد ترامب بأنه كان على علم بالمزاعم.");
        let sp = q.iter().find_map(|q| q.speaker.as_ref()).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(sp.text, "مسؤول سابق في البيت الأبيض", "{q:?}");
        assert_eq!(sp.actor.as_deref(), Some("USA"), "{q:?}");
        // A current official is still joined to a name right after it.
        let q = quotes("وقال وزير الخارجية الأمريكي مايك بومبيو إن الاتفاق سيء.");
        assert!(q.iter().any(|q| q.speaker.as_ref().is_some_and(|s| s.text.contains("بومبيو"))), "{q:?}");
    }

    #[test]
    fn a_criticism_reports_its_marked_words_only() {
        let q = quotes("وانتقد الأمين العام في تقريره \"سياسة إسرائيلية متساهلة إزاء استخدام الرصاص الحي ضد متظاهرين\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("سياسة إسرائيلية")), "{q:?}");
        // Its أن clause is what is criticised, not speech.
        let q = quotes("وانتقد الوزير أن تبقى الحدود مغلقة أمام المساعدات الإنسانية.");
        assert!(q.is_empty(), "{q:?}");
        // A name given by a naming verb after it is no quotation.
        let q = quotes("وكان ترامب قد انتقد في السابق ما سماه بـ \"الهجرة المتسلسلة\"، وهو الحصول على الجنسية بسبب القرابة.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        // Marks it introduces inside a reported clause do not cut the clause.
        let q = quotes("وقال المتحدث إن الرئيس ينتقد بشكل غير مباشر ما يوصف بأنه \"حقائق بديلة\" في خطابات الإدارة.");
        assert!(q.iter().any(|q| !q.direct && q.text.contains("حقائق بديلة")), "{q:?}");
        // A criticising participle before another verb's إن leaves it its clause.
        let q = quotes("وقال السيناتور جون ماكين منتقدا ترامب إن المؤتمر الصحفي كان أحد أسوأ العروض لرئيس أمريكي.");
        assert!(q.iter().any(|q| !q.direct && q.text.starts_with("المؤتمر الصحفي")), "{q:?}");
    }

    #[test]
    fn inna_inside_a_name_is_no_complementizer() {
        let q = quotes("وأضاف لمحطة إن بي سي أنه لا مكان للعنف العائلي في البلاد.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].text, "لا مكان للعنف العائلي في البلاد");
        let q = quotes("وقال الأمين العام بان كي مون إن الوضع في المدينة خطير.");
        assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["الوضع في المدينة خطير"]);
        // The complementizer itself still opens the clause.
        let q = quotes("وقال المتحدث إن الشبكة ستواصل البث.");
        assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["الشبكة ستواصل البث"]);
    }

    #[test]
    fn the_writers_impersonal_introduces_no_marked_words() {
        let q = quotes("وقال المرصد إن الغارات استهدفت المدينة. ويذكر أن دولا غربية عدة تتوعد منذ يومين بـ\"رد قوي\" على الهجوم الكيميائي.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        // With a subject it reports as any verb does.
        let q = quotes("ويذكر الكاتب أن \"الحرب لم تنته بعد في المدينة المنكوبة\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("الحرب لم تنته")), "{q:?}");
        // A reporting verb of its own inside the writer's clause still introduces its marks.
        let q = quotes("يذكر أن اللاعب ماريو بالوتيلي أشاد به مؤخرا وقال \"في غضون عامين سوف نراه يلعب في ريال مدريد\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("في غضون عامين")), "{q:?}");
    }

    #[test]
    fn fahasb_after_a_word_means_only() {
        let frames = |t: &str| quotes(t).into_iter().filter(|q| q.rule == "frame").count();
        assert_eq!(frames("وندد المجلس بإقحام الرياضة بالسياسة ليس ضد السعودية فحسب وإنما ضد عدد من الدول العربية."), 0);
        assert_eq!(frames("فحسب الاستطلاع، فإن أغلبية المستطلعين ترفض قيام دولة منزوعة السلاح."), 1);
    }

    #[test]
    fn a_particle_after_a_role_phrase_is_no_first_name() {
        // The official speaks, not the adviser his clause names.
        let q = quotes("أعلن مسؤول أمريكي، أن جون بولتن، مستشار الأمن القومي، سيلقي خطابا غدا.");
        assert!(q.iter().all(|q| q.speaker.as_ref().is_none_or(|s| !s.text.contains("بولتن"))), "{q:?}");
    }

    #[test]
    fn a_member_role_before_the_members_name_speaks_as_the_name() {
        let text = "أفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مدنيين في غارات على ريف إدلب.\n\nوقال مدير المرصد، رامي عبد الرحمن، إن القصف على البلدة استمر طوال الليل.";
        let q = quotes(text);
        let sp = q.iter().find(|q| q.cue.text == "وقال").and_then(|q| q.speaker.clone()).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(sp.entity.as_deref(), Some("Rami Abdel Rahman"), "{q:?}");
        assert!(sp.text.ends_with("رامي عبد الرحمن"), "{q:?}");
    }

    #[test]
    fn a_verb_after_marks_inside_a_phrase_reports_no_quotation() {
        // Fronted marks are the words of the verb after them…
        let q = quotes("\"لن نتراجع عن مطالبنا المشروعة\"، قال المتحدث باسم النقابة.");
        assert!(q.iter().any(|q| q.direct && q.text == "لن نتراجع عن مطالبنا المشروعة"), "{q:?}");
        // …marks inside a phrase before it are a name or a term.
        let q = quotes("وفي خضم أزمة \"صفقة القرن\"، أعلن وزير الخارجية أن بلاده ترفض الخطة.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
    }

    #[test]
    fn a_mention_before_the_clauses_inna_is_no_subject_of_a_verb_in_it() {
        // ترامب closes the outer clause (قناة ترامب): تعلق ("suspends") has no subject of
        // its own, and the marks are the company's words inside its clause.
        let text = "وقالت إدارة يوتيوب ردا على سؤال حول قناة ترامب إنها تعلق أحيانا حسابات من \"ينشر مرارا مقاطع تحرض على العنف ضد الآخرين\".";
        let q = quotes(text);
        let marked = q.iter().find(|q| q.direct).unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(marked.cue.text, "وقالت", "{q:?}");
        assert!(marked.speaker.as_ref().is_some_and(|s| s.text.contains("يوتيوب")), "{q:?}");
        assert!(q.iter().any(|q| !q.direct && q.text.contains("تحرض على العنف")), "{q:?}");
        // Without إن between them the mention before the verb is its subject, and the
        // marks are its own.
        let q = quotes("وذكر المتحدث أن ترامب قال \"سنرد بقوة على أي هجوم يستهدف قواتنا\".");
        assert!(q.iter().any(|q| q.direct && q.cue.text == "قال" && q.speaker.as_ref().is_some_and(|s| s.text.contains("ترامب"))), "{q:?}");
    }

    #[test]
    fn the_imperfect_of_a_shout_introduces_its_words() {
        let q = quotes("واقتحم المهاجم المتجر وهو يهتف \"الله أكبر\" قبل أن تعتقله الشرطة.");
        assert!(q.iter().any(|q| q.direct && q.text == "الله أكبر" && q.cue.text == "يهتف"), "{q:?}");
    }

    #[test]
    fn a_withheld_name_is_no_speaker() {
        // The verb of طلب عدم ذكر اسمه reports nothing: the worker speaks, not اسمه.
        let text = "أغلقت المصانع أبوابها. وقال عامل طلب عدم ذكر اسمه \"لن نعود قبل الشتاء\".";
        assert_eq!(speaker_of(text, "لن نعود").as_deref(), Some("عامل"));
    }

    #[test]
    fn the_verbs_own_min_is_no_part_of_its_subject() {
        let text = "تواصلت الاحتجاجات في المدينة. وحذر المفوض السامي من أن استمرار العنف سيقود إلى كارثة.";
        assert_eq!(speaker_of(text, "استمرار").as_deref(), Some("المفوض السامي"));
        // A من inside the subject phrase, with words after it, stays.
        let text = "تواصلت الاحتجاجات في المدينة. وقال شاب من الحي إن الاحتجاجات ستتوقف قريبا.";
        assert_eq!(speaker_of(text, "الاحتجاجات").as_deref(), Some("شاب من الحي"));
    }

    #[test]
    fn a_frames_ma_and_verb_are_no_part_of_its_speaker() {
        let text = "وصل الرئيس إلى المدينة. \"لن نتراجع عن قرارنا\"، وفق ما ذكرت وكالة رويترز.";
        assert_eq!(speaker_of(text, "لن نتراجع").as_deref(), Some("وكالة رويترز"));
        let text = "وصل الرئيس إلى المدينة. \"لن نتراجع عن قرارنا\"، حسبما ذكر مصدر مطلع.";
        assert_eq!(speaker_of(text, "لن نتراجع").as_deref(), Some("مصدر مطلع"));
        // A verb's subject phrase keeps its head nouns.
        let text = "وصل الرئيس إلى المدينة. \"لن نتراجع عن قرارنا\"، قال مصدر عسكري سوري.";
        assert_eq!(speaker_of(text, "لن نتراجع").as_deref(), Some("مصدر عسكري سوري"));
        // Nothing named after the verb: no actor further on is taken for the source.
        let text = "زارت المغنية مدينة كينشاسا الأسبوع الماضي. \"نحن جميعا بشر ولدينا مشاعر\"، حسبما قالت.";
        assert_ne!(speaker_of(text, "نحن جميعا").as_deref(), Some("كينشاسا"));
    }

    #[test]
    fn a_writers_opener_leaves_the_subject_after_its_an() {
        let text = "ويذكر أن وزير الخارجية السعودي، عادل الجبير، التقى نظيره العراقي على هامش الاجتماعات، مؤكدا أن بلاده حريصة على وحدة الصف.";
        assert_eq!(country_of(text, "بلاده حريصة").as_deref(), Some("SAU"));
        let text = "تراجعت أسعار النفط. إلا أن وزارة الطاقة الروسية أعلنت زيادة الإنتاج، مؤكدة أن السوق مستقرة.";
        assert_eq!(country_of(text, "السوق مستقرة").as_deref(), Some("RUS"));
        // A phrase's أن is no opener: the subject after the comma speaks.
        let text = "وقال الرئيس التنفيذي لشركة إيني، كلاوديو ديسكالزي، إن الحفر سيستمر. وحول إمكانية أن توقف تركيا عمل الشركة، قال: \"علينا أن نحاول\".";
        assert_eq!(country_of(text, "علينا أن").as_deref(), Some("ITA"));
        // A reporting verb's own أن: its pronoun subject, the last speaker, goes on.
        let text = "وقال وزير الخارجية الإيراني إن بلاده مستعدة. وأكد أن وزير الخارجية السعودي التقى نظيره العراقي، مشيرا إلى أن الحوار ضروري.";
        assert_eq!(country_of(text, "الحوار ضروري").as_deref(), Some("IRN"));
    }
}
