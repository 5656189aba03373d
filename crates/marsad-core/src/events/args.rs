//! Event arguments: actors and recipients from the resolved mentions around a trigger.

use super::{closed_aside, quoted_predicate, that_clause, verbal_noun, Input};
use crate::mentions::{owned, ActorSpan};
use crate::quotes::Speaker;
use marsad_lexicon::events::{Needs, Slot, Trigger, TriggerKind};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite as is_definite;
use marsad_text::normalize::has_chars;
use marsad_text::normalize::nisba_shaped;
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// A party: a token range and what is known of the actor.
#[derive(Clone, Debug)]
pub struct Arg {
    pub tok_start: usize,
    pub tok_end: usize,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// A person (not a state or body): their "attack" is verbal.
    pub person: bool,
    /// Known only from a nisba on a thing (المتحف المصري، الموقف الأمريكي): fine as what
    /// is rejected or condemned, not as someone met or helped.
    pub thing: bool,
}

impl Arg {
    /// The actor mentions whose span is exactly this argument's.
    pub fn mentions<'i>(&self, input: &'i Input) -> impl Iterator<Item = &'i ActorSpan<'i>> + 'i {
        let (start, end) = (self.tok_start, self.tok_end);
        let k = input.mentions.partition_point(|m| m.tok_start < start);
        input.mentions[k..].iter().take_while(move |m| m.tok_start == start).filter(move |m| m.tok_end == end)
    }

    /// The story's state (`home`: code and country), named by the tokens `[start, end)`
    /// (a statement, a place no dictionary names); `thing` as on [`Arg`].
    pub fn of_home((start, end): (usize, usize), (code, iso): &(String, String), thing: bool) -> Arg {
        Arg { tok_start: start, tok_end: end, entity: None, actor: Some(code.clone()), country: Some(iso.clone()), role: None, person: false, thing }
    }

    pub fn from_mention(m: &ActorSpan, home: Option<&(String, String)>) -> Arg {
        // A bare institution (السلطات، الحكومة، الجيش) in a story about one country acts
        // for it; bare civilians or protesters are not given a country the text omits.
        let institutional = m.role.as_deref().is_some_and(|r| INSTITUTIONS.contains(&r));
        let (actor, country) = match (&m.country, home) {
            (None, Some((code, iso))) if m.kind == Kind::Agent && institutional => {
                (Some(format!("{code}{}", m.role.as_deref().unwrap_or_default())), Some(iso.clone()))
            }
            // The international community (INT) is no state and no organisation: it has an
            // actor code but no country, as the label guide codes it.
            (Some(c), _) if c == "INT" => (owned(&m.actor), None),
            _ => (owned(&m.actor), owned(&m.country)),
        };
        Arg {
            tok_start: m.tok_start,
            tok_end: m.tok_end,
            entity: owned(&m.entity),
            actor,
            country,
            role: owned(&m.role),
            person: matches!(m.kind, Kind::Person | Kind::PersonShort) || m.person_noun,
            thing: false,
        }
    }

    /// The government of a non-state actor's own country (protesters' target when none
    /// is named); its evidence is the actor's own span. None for officials, foreign bodies
    /// and actors without a country.
    pub fn own_government(&self) -> Option<Arg> {
        let code = self.actor.as_deref()?;
        let state = code.get(..3).filter(|s| s.bytes().all(|b| b.is_ascii_uppercase()) && *s != "IGO" && *s != "NGO")?;
        let role = code.get(3..6).unwrap_or("");
        if !matches!(role, "" | "CVL" | "OPP" | "LAB" | "EDU" | "REL" | "REF" | "HRI" | "NGO" | "MED" | "BUS" | "PTY") {
            return None;
        }
        Some(Arg {
            tok_start: self.tok_start,
            tok_end: self.tok_end,
            entity: None,
            actor: Some(format!("{state}GOV")),
            country: Some(self.country.clone()?),
            role: Some("GOV".into()),
            person: false,
            thing: false,
        })
    }

    /// A party of no known actor or country (116 عنصرا، شخصين): in the output it says no
    /// more than an empty slot.
    pub fn is_uncoded(&self) -> bool {
        self.actor.is_none() && self.country.is_none()
    }

    /// The actor's own country as a party (the implied domestic target of coercion); its
    /// evidence is the actor's own span. None for an actor without a state.
    pub fn own_country(&self) -> Option<Arg> {
        let country = self.country.clone().filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))?;
        Some(Arg { entity: None, actor: Some(country.clone()), country: Some(country), role: None, person: false, thing: true, ..self.clone() })
    }

    pub fn from_speaker(s: &Speaker) -> Arg {
        Arg {
            tok_start: s.tok_start,
            tok_end: s.tok_end,
            entity: s.entity.clone(),
            actor: s.actor.clone(),
            country: s.country.clone(),
            role: s.role.clone(),
            person: s.entity.is_some(),
            thing: false,
        }
    }
}

/// Per-document lookups, built once: which tokens are in a mention, which quotation
/// holds a byte.
pub struct Context {
    mention_at: Vec<Option<u32>>,
    /// The innermost quotation holding each token.
    quote_at_token: Vec<Option<u32>>,
    token_starts: Vec<usize>,
}

impl Context {
    pub fn new(input: &Input) -> Context {
        let n = input.tokens.len();
        let mut mention_at = vec![None; n];
        for (k, m) in input.mentions.iter().enumerate() {
            for slot in &mut mention_at[m.tok_start.min(n)..m.tok_end.min(n)] {
                *slot = Some(k as u32);
            }
        }
        // Longest quotations first, so that a quotation inside another wins its tokens.
        let mut order: Vec<usize> = (0..input.quotes.len()).collect();
        order.sort_by_key(|&q| std::cmp::Reverse(input.quotes[q].end - input.quotes[q].start));
        let mut quote_at_token = vec![None; n];
        for q in order {
            let (a, b) = input.token_range((input.quotes[q].start, input.quotes[q].end));
            for slot in &mut quote_at_token[a..b] {
                *slot = Some(q as u32);
            }
        }
        Context { mention_at, quote_at_token, token_starts: input.tokens.iter().map(|t| t.start).collect() }
    }

    pub fn in_mention(&self, tok: usize) -> bool {
        self.mention_at.get(tok).is_some_and(Option::is_some)
    }

    /// The mention holding a token.
    pub fn mention_of(&self, tok: usize) -> Option<usize> {
        self.mention_at.get(tok).copied().flatten().map(|m| m as usize)
    }

    /// A mention of one word with no country that opens its clause (وطالب، وعد: also given
    /// names) or has a verb's complement after it (طالب بتشكيل): where a verb is expected,
    /// the verb.
    pub fn name_opening_clause(&self, input: &Input, tok: usize, s0: usize) -> bool {
        let Some(m) = self.mention_at.get(tok).copied().flatten() else { return false };
        let m = &input.mentions[m as usize];
        let opens = tok == s0 || input.tokens[tok - 1].kind == TokenKind::Punct;
        // (Or its complement follows: إن العطار طالب بتشكيل لجنة, `mention_verb`.)
        m.tok_start == tok && m.tok_end == tok + 1 && m.country.is_none() && (opens || super::mention_verb::complement_at(input, tok + 1))
    }

    /// Does any token of `[s0, s1)` lie inside a quotation?
    pub fn any_quoted(&self, s0: usize, s1: usize) -> bool {
        self.quote_at_token.get(s0..s1).is_some_and(|q| q.iter().any(Option::is_some))
    }

    /// The quotation holding the byte `at` (the start of a token).
    pub fn quote_at(&self, at: usize) -> Option<usize> {
        let tok = self.token_starts.partition_point(|&s| s < at);
        self.quote_at_token.get(tok).copied().flatten().map(|q| q as usize)
    }
}

/// What the argument finder is asked.
pub struct Request<'a> {
    pub trigger: &'a Trigger,
    pub s0: usize,
    pub s1: usize,
    /// The predicate: the verb, or the support verb of a noun, or the noun itself.
    pub pred: usize,
    pub pred_is_verb: bool,
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub first_person: bool,
    /// A third-person dual or plural verb: its subject is before it or a pronoun.
    pub plural: bool,
    pub passive: bool,
    /// The passive is shown by a custody word right after the verb, not by its vowels
    /// (`أوقف قيد التحقيق`, `events/private_victim.rs`): its subject before it is the one held.
    pub custody: bool,
    /// A circumstantial participle (مطالبا السلطات): no subject of its own.
    pub participle: bool,
    /// The verb carries its object as a pronoun (تدعمها إيران): the mention after it is
    /// the subject, the antecedent before it the recipient.
    pub enclitic: bool,
    /// An event noun with a possessive pronoun (استقباله، غاراته): the pronoun is its
    /// actor, so a mention right after it is its object.
    pub possessed: bool,
    /// The gender the verb's letters show in the third person singular (يطالب، زار;
    /// دعت، تتهم): a party right after it of the other gender is its object, not its
    /// subject (`verb_gender`).
    pub gender: Option<super::verb_gender::Gender>,
    /// A meeting noun told as a purpose (للقاء الملك): its genitive is the one met.
    pub meeting_purpose: bool,
    pub quote: Option<usize>,
    /// The parties of a بين … و construction after the trigger.
    pub between: Option<Vec<usize>>,
}

/// What was found, with the rule suffixes that say how.
pub struct Found {
    pub actors: Vec<Arg>,
    pub recipients: Vec<Arg>,
    pub rule: String,
    /// The subject is a relative clause's head the dictionaries do not know: no earlier
    /// actor goes on into it.
    pub unknown_head: bool,
}

/// How far back an SVO subject may end before its verb (روسيا بشكل خاص باتت تشكل).
const SVO_GAP: usize = 4;
/// How far after the verb a VSO subject may start.
const VSO_GAP: usize = 4;
/// How far before a circumstantial participle its main clause's subject may start.
const PARTICIPLE_BACK: usize = 30;
/// How far after the trigger a recipient's preposition may be.
const PREP_WINDOW: usize = 8;
/// Most parties in one coordinated list.
const MAX_LIST: usize = 8;

/// Roles of bare agents that act for the story's country.
const INSTITUTIONS: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];
/// Prepositions that end a noun phrase (a VSO subject or an object does not cross them).
const PREPOSITIONS: &[&str] = &["في", "من", "علي", "الي", "عن", "مع", "ضد", "امام", "خلال", "بين", "حول", "بشان", "منذ", "بعد", "قبل"];
/// Is this key a separate preposition (في، على، من …)?
pub fn is_preposition(key: &str) -> bool {
    PREPOSITIONS.contains(&bare(key))
}

/// Nouns for members of a group, whose group follows في/من (قياديا في حركة حماس).
const MEMBER_NOUNS: &[&str] = &["قياديا", "قيادي", "قياديين", "عضو", "عضوا", "اعضاء", "عناصر", "عنصرا", "مسؤولا", "مسؤول", "مسؤولين", "مقاتلي", "مقاتلين", "جنود", "جنديا"];
/// Verbs that carry a clause's subject over a complementizer (أن تكون قد هاجمت).
pub(super) const AUXILIARIES: &[&str] = &["يكون", "تكون", "يكونوا", "قد", "كان", "كانت", "لقد"];

/// Time words that may stand between a verb and its subject.
pub(super) const TIME_WORDS: &[&str] = &[
    "امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مجددا", "ايضا", "رسميا",
    // الشهر الماضي، الأسبوع المقبل (العام is left out: الأمين العام).
    "الشهر", "الاسبوع", "الماضي", "المقبل", "الجاري", "الحالي", "مساء", "صباح", "ليل", "ليله",
    // الجمعة الماضية، السنة المقبلة.
    "الماضيه", "المقبله",
];

/// Manner adverbs that may stand between a verb (or its subject) and its object (keys:
/// انتقد الرئيس بشدة تصريحات الوزير، ترفض تماما قرار المجلس).
/// (And الآن "now": تدعو الإدارة الآن قطر.)
const MANNER_ADVERBS: &[&str] = &["بشده", "تماما", "قطعيا", "بقوه", "بحزم", "كليا", "جمله", "مطلقا", "علنا", "صراحه", "الان"];

/// Past at most two manner adverbs or time words at `lo` (رفضت المحكمة الثلاثاء التماس
/// المفكر، انتقد بشدة تصريحات الوزير): where a verb's object starts. Not into punctuation.
fn past_adverbs(ctx: &Context, input: &Input, lo: usize, s1: usize) -> usize {
    let adverb = |k: usize| {
        let key = bare(&input.keys[k]);
        input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && (MANNER_ADVERBS.contains(&key) || TIME_WORDS.contains(&key))
    };
    // (من قبل "previously" before the object noun: رفضت روسيا من قبل مزاعم بريطانيا.)
    let lo = if lo + 2 < s1 && super::previously::adverb_at(ctx, input, lo, s1) && super::previously::object_noun_at(input, lo + 2) { lo + 2 } else { lo };
    let j = (lo..(lo + 2).min(s1)).find(|&k| !adverb(k)).unwrap_or((lo + 2).min(s1));
    if j > lo && j < s1 && input.tokens[j].kind == TokenKind::Arabic {
        j
    } else {
        lo
    }
}

/// Words that may stand between a support verb's recipient and its noun besides a time
/// word or a number (وجهت إلى كوهين رسميا أي تهم).
const GAP_WORDS: &[&str] = &["رسميا", "اي", "عده", "خلاله", "خلالها"];

/// Quantities before a subject (آلاف الأردنيين).
const QUANTIFIERS: &[&str] = &["الاف", "الالاف", "مئات", "المئات", "عشرات", "العشرات", "ملايين", "الملايين", "حشود", "الاف من", "مئات من"];

/// Heads of noun phrases that stand for actors (نظيره الروسي، الجانب التركي).
const ACTOR_HEADS: &[&str] = &[
    "نظيره", "نظيرها", "نظيريه", "نظرائه", "نظير", "الجانب", "جانب", "الطرف", "طرف", "الوفد", "وفد", "وفدا", "قادة",
    "زعماء", "مسؤولي", "مسؤولين", "ممثلي", "ممثلين", "دبلوماسيين", "دبلوماسيي", "بحارة", "البحارة", "صحفيا", "جنود",
];

/// Words that join coordinated parties (روسيا وإيران وتركيا؛ إسرائيل، وبالتالي القوات).
const CONNECTORS: &[&str] = &["و", "،", ",", "او", "وبالتالي", "وكذلك", "ثم", "وايضا", "اضافه", "بالاضافه", "الي", "جانب", "وحتي"];
/// Words that introduce examples of a group (لدول الجوار مثل إسرائيل).
const EXAMPLES: &[&str] = &["مثل", "ومنها", "منها", "خاصه", "وخاصه", "سيما", "بينها", "وبينها", "ولا"];
/// Words between a subject and its verb that end the subject's clause. حيث opens a clause
/// of its own, so the place before it is no subject (حدود غزة حيث قتل عشرات الفلسطينيين،
/// زار أنقرة حيث التقى). So do فيما and بينما ("while"): the clause they open has its own
/// subject after its verb (نفى الأسد إصدار أمر بالهجوم فيما دافعت روسيا عن النظام), and
/// a party before them is the earlier clause's (stance64).
const CLAUSE_BREAKS: &[&str] = &["ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "قال", "قالت", "اكد", "اكدت", "حيث", "فيما", "بينما"];
/// A statement as the subject of a verb of saying or asking (دعا البيان): it speaks for
/// the story's country.
const STATEMENT_NOUNS: &[&str] = &["البيان"];
/// A weapon whose owner is the agent (قتل برصاص الجيش، أصيب بنيران القوات).
const WEAPON_AGENTS: &[&str] = &["برصاص", "بنيران", "برصاصه"];
/// Strikes that name their striker after them with لـ, perhaps after one adjective (قتل
/// الصماد بغارة للتحالف، بغارة جوية لمقاتلات التحالف).
const STRIKE_AGENTS: &[&str] = &["بغاره", "بغارات", "بقصف", "بضربه", "بضربات"];
/// Agent phrases after a noun or passive (من قبل X، على يد X، من جانب X).
const AGENT_MARKERS: &[(&str, &str)] = &[("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"), ("من", "جانب"), ("من", "طرف")];

/// Does an agent phrase (من قبل، على يد، من جانب …) open at token `k`?
pub fn agent_marker_at(input: &Input, k: usize) -> bool {
    let key = |j: usize| input.keys.get(j).map(String::as_str);
    AGENT_MARKERS.iter().any(|&(x, y)| key(k) == Some(x) && key(k + 1) == Some(y))
}

pub fn punct_between(input: &Input, a: usize, b: usize) -> bool {
    (a + 1..b).any(|k| input.tokens[k].kind == TokenKind::Punct)
}

/// Only parties and time words set off by commas stand between `a` and `b`: a time (شن
/// الجيش الإسرائيلي مساء الأربعاء، هجوما) or an apposition closed by its comma (أجرى وزير
/// الخارجية الأمريكي، مايك بومبيو، اتصالا), no clause boundary. A single comma after the
/// subject alone may open an aside (وشن الجيش السوري، بدعم من ضربات جوية روسية، هجوما).
/// A time between two commas is passed whatever words stand around it (قرر الاتحاد
/// الأوروبي، الخميس، تمديد العقوبات).
pub fn time_set_off_between(ctx: &Context, input: &Input, a: usize, b: usize) -> bool {
    let time = |k: usize| !ctx.in_mention(k) && TIME_WORDS.contains(&bare(&input.keys[k]));
    let commas = (a + 1..b).filter(|&k| is_comma(input, k)).count();
    ((a + 1..b).any(time) || commas >= 2) && (a + 1..b).all(|k| ctx.in_mention(k) || is_comma(input, k) || time(k))
        || closed_aside::time_between_commas(ctx, input, a, b)
}

/// The mention index starting at token `tok`, if any.
pub(super) fn mention_starting(ctx: &Context, input: &Input, tok: usize) -> Option<usize> {
    let m = ctx.mention_at.get(tok).copied().flatten()? as usize;
    (input.mentions[m].tok_start == tok).then_some(m)
}

/// Does the noun at `tok` carry the article (الهجوم، بالاعتداء)? A definite noun takes no
/// genitive: a party right after it is its adjective (الهجوم الإرهابي، المحادثات
/// الدبلوماسية) or the start of another clause, never its agent or patient. (A verbal
/// noun opening with إل, إلقاء، إلغاء, only folds to a definite-looking key, and so do
/// التقاء and a noun opening with ل after the preposition ل: للقاء الملك is "to meet the
/// king".)
pub(super) fn definite_head(input: &Input, trigger: &Trigger, tok: usize) -> bool {
    let word = input.tokens[tok].text(input.text);
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let lam_on_lam = trigger.lemma.starts_with('ل') && word.starts_with("لل");
    // التقاء، إلغاء: a lemma that opens with ال is definite only with a second article.
    let alif_lam = ["ال", "إل", "أل"].iter().any(|p| trigger.lemma.starts_with(p));
    let core = word.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(word);
    if alif_lam && !["الال", "الإل", "الأل"].iter().any(|p| core.starts_with(p)) {
        return false;
    }
    is_definite(&input.keys[tok]) && !lam_on_lam && !super::opens_with_hamza_below(input.tokens[tok].text(input.text))
}

/// A one-word party with a country of its own after a definite noun (القصف الحوثي،
/// الهجوم الروسي): the noun's nisba, though the mentions read it as a name.
fn party_adjective(input: &Input, m: usize) -> bool {
    let m = &input.mentions[m];
    m.tok_end == m.tok_start + 1 && m.country.is_some() && !m.prepositional && is_definite(&input.keys[m.tok_start])
}

/// The preposition written on a mention's first token (ل، ب، ك), if any.
pub(super) fn attached_preposition(input: &Input, m: &ActorSpan) -> Option<char> {
    if !m.prepositional {
        return None;
    }
    let k = &input.keys[m.tok_start];
    let k = k.strip_prefix('و').or_else(|| k.strip_prefix('ف')).filter(|r| r.chars().count() > 2).unwrap_or(k);
    k.chars().next()
}

/// The key without a leading conjunction.
pub(super) fn bare(key: &str) -> &str {
    key.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(key)
}

/// A coordinated list starting at mention `first`: the mentions joined to it by و، or
/// commas.
pub(super) fn list_from(ctx: &Context, input: &Input, first: usize, s1: usize) -> Vec<usize> {
    let mut out = vec![first];
    let mut cur = first;
    // Whether any party joins by a word (و، أو، ثم), not a comma alone.
    let mut joined = false;
    // Whether the last party joined by a word.
    let mut last_by_word = false;
    while out.len() < MAX_LIST {
        let end = input.mentions[cur].tok_end;
        let mut j = end;
        while j < s1 && j < end + 3 && mention_starting(ctx, input, j).is_none() {
            let k = &input.keys[j];
            let t = input.tokens[j].text(input.text);
            // (المبعوث الأمريكي إلى سوريا: the envoy's post, no party joined.)
            if j == end && super::envoy_post::post_preposition(input, input.mentions[cur].tok_start, j) {
                break;
            }
            if !(CONNECTORS.contains(&k.as_str()) || CONNECTORS.contains(&t)) {
                break;
            }
            j += 1;
        }
        let Some(next) = (j < s1).then(|| mention_starting(ctx, input, j)).flatten() else { break };
        // Right after the last one, a mention joins only through its و (وإيران).
        if j == end && !starts_with_conjunction(input, j) {
            break;
        }
        if !addition_complete(input, end, j) || super::stood_by::heads_side(input, first, end, j) {
            break;
        }
        let by_word = j > end && (end..j).any(|k| !is_comma(input, k)) || starts_with_conjunction(input, j);
        // Arabic writes و before the last party: after it, a comma alone heads the verb's
        // next argument (وأدرجت الولايات المتحدة والفلبين، جماعة أبو سياف; حثت لندن وباريس
        // وبرلين، السعودية وتركيا), unless it names the same party again (ونظيره الأميركي،
        // دونالد ترامب).
        if last_by_word && !by_word && !apposed(input, &input.mentions[cur], &input.mentions[next], s1) {
            break;
        }
        last_by_word = by_word;
        joined |= by_word;
        out.push(next);
        cur = next;
    }
    // Commas alone make no coordination (Arabic writes و before the last party): what they
    // join is an apposition of the same party (العاهل السعودي، الملك سلمان) or the next
    // argument (دعا المجلس، حزب المحافظين إلى).
    if !joined && out.len() > 1 {
        let keep = 1 + out.windows(2).take_while(|w| same_party(input, &input.mentions[w[0]], &input.mentions[w[1]], s1)).count();
        out.truncate(keep);
    }
    out
}

/// The parties listed with `found`, a party some search of its own found (the state an
/// attack happens in, the target of sanctions): the whole list its mention opens (غارات في
/// العراق وسوريا، رسوم على واردات الاتحاد الأوروبي والمكسيك وكندا), each member kept only
/// when `keep` takes it; `found` alone when it opens no mention (a place of places.tsv).
pub(super) fn listed_with(ctx: &Context, input: &Input, found: Arg, s1: usize, keep: impl Fn(&ActorSpan) -> bool) -> Vec<Arg> {
    let Some(m) = mention_starting(ctx, input, found.tok_start) else { return vec![found] };
    let home = if found.thing { None } else { input.home };
    let more = list_from(ctx, input, m, s1).into_iter().skip(1).map(|k| &input.mentions[k]).take_while(|ms| keep(ms));
    let more: Vec<Arg> = more.map(|ms| Arg { thing: found.thing, ..Arg::from_mention(ms, home) }).collect();
    std::iter::once(found).chain(more).collect()
}

/// Can mention `b`, after a comma, name `a` again? Only a state, capital, body or group
/// that is not `a` named again starts the next argument.
fn apposed(input: &Input, a: &ActorSpan, b: &ActorSpan, s1: usize) -> bool {
    // (Only a state, capital, body or group is surely another party: a person or an
    // office after the comma mostly names the one before again, ووزير العدل، عبد الحميد غل.)
    let body = matches!(b.kind, Kind::State | Kind::Capital | Kind::Igo | Kind::Group | Kind::Metonym);
    !body || same_party(input, a, b, s1)
}

/// Is mention `b`, after a comma, the same party as `a` named again (العاهل السعودي، الملك
/// سلمان; محمد فريد، رئيس الأركان،)?
pub(super) fn same_party(input: &Input, a: &ActorSpan, b: &ActorSpan, s1: usize) -> bool {
    let person = |m: &ActorSpan| m.kind == Kind::Person;
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) if x == y => true,
        // A title and the name under one code, either order (العاهل الأردني، الملك عبدالله
        // الثاني،; علي خامنئي، المرشد الأعلى في إيران،), closed as an apposition is.
        (Some(_), Some(_)) => person(a) != person(b) && a.actor.is_some() && a.actor == b.actor && apposition_closed(input, b, s1),
        (None, Some(_)) => person(b) && ((a.actor.is_some() && a.actor == b.actor) || (a.person_noun && one_country(a, b) && apposition_closed(input, b, s1))),
        // A role phrase closed by a comma after a name (محمد فريد، رئيس الأركان،), or a
        // description of the party as one of a kind (فيلق الرحمن، أحد فصائل المعارضة،).
        (Some(_), None) => (b.person_noun || ONE_OF.contains(&input.keys[b.tok_start].as_str())) && one_country(a, b) && apposition_closed(input, b, s1),
        _ => false,
    }
}

/// Can two phrases name one party by their countries: the same, or one of them unknown
/// (الجاسوس البريطاني السابق، سيرغي سكريبال is a British role, a Russian name)?
fn one_country(a: &ActorSpan, b: &ActorSpan) -> bool {
    a.country.is_none() || b.country.is_none() || a.country == b.country
}

/// "One of" (keys), opening a description of the party before it.
const ONE_OF: &[&str] = &["احد", "احدي"];

/// Words that take the verb's next argument, never a word of an apposition's phrase.
const ARGUMENT_HEADS: &[&str] = &["الي", "علي", "في", "عن", "من", "مع", "ضد", "حول", "بعد", "قبل", "ان", "بان", "لان"];

/// How many words an apposition may run past its mention before its closing comma
/// (وزير العمل والتنمية الاجتماعية البحريني،; محامي كوهين،).
const APPOSITION_TAIL: usize = 5;

/// Is the apposition that mention `b` opens closed by a comma, within a few words that
/// head no argument of their own? Without it the phrase after the comma is the verb's
/// object (واتهم رئيس الحكومة، الميليشيات بعدم …).
fn apposition_closed(input: &Input, b: &ActorSpan, s1: usize) -> bool {
    let hi = (b.tok_end + APPOSITION_TAIL + 1).min(s1);
    (b.tok_end..hi)
        .find(|&k| input.tokens[k].kind != TokenKind::Arabic || ARGUMENT_HEADS.contains(&input.keys[k].as_str()))
        .is_some_and(|k| k + 1 < s1 && is_comma(input, k))
}

/// إلى joins parties only as part of بالإضافة إلى or إلى جانب: alone it heads the
/// verb's next argument (وصلت ميركل، إلى إسرائيل).
fn addition_complete(input: &Input, from: usize, to: usize) -> bool {
    let keys = &input.keys[from..to];
    !keys.iter().any(|k| k == "الي") || keys.iter().any(|k| matches!(k.as_str(), "اضافه" | "بالاضافه" | "جانب"))
}

/// Where something is said, after في between a verb's subject and its object (في بيان).
const STATEMENT_VENUES: &[&str] = &["بيان", "تقرير", "رساله", "تصريح", "تصريحات", "كلمه", "خطاب", "تغريده", "مقابله", "مؤتمر"];

/// What may follow a statement venue before the object (keys): its owner's pronoun or an
/// adjective of the statement (في بيان لها، في بيان مشترك، في مؤتمر صحفي).
const VENUE_WORDS: &[&str] = &["لها", "له", "لهم", "لهما", "مشترك", "صحفي", "صحافي", "رسمي", "مكتوب", "متلفز", "مصور"];

/// The nearest coded party before token `at`, back to the sentence's start (past its
/// dateline), that no preposition governs and that `accept` takes; none across a quotation
/// mark, whose words are another's. The walk of the rules that find a clause's doer before
/// a word with no subject of its own (`joint_doer`, `accused_head`).
pub(super) fn nearest_ungoverned_party(ctx: &Context, input: &Input, at: usize, s0: usize, mut accept: impl FnMut(&ActorSpan) -> bool) -> Option<usize> {
    let lo = s0.max(super::dateline::dateline_end(input));
    let mut k = at;
    while k > lo {
        k -= 1;
        if is_quote_mark(input, k) {
            return None;
        }
        let Some(m) = ctx.mention_of(k) else { continue };
        let span = &input.mentions[m];
        k = span.tok_start.max(lo);
        let governed = span.tok_start > s0 && is_preposition(&input.keys[span.tok_start - 1]);
        if span.tok_start < lo || span.actor.is_none() || span.prepositional || governed || !accept(span) {
            continue;
        }
        return Some(m);
    }
    None
}

/// Is token `k` a quotation mark, as the quotations layer reads them (" « » “ ” …)?
pub(super) fn is_quote_mark(input: &Input, k: usize) -> bool {
    input.tokens[k].kind != TokenKind::Arabic && crate::quotes::is_mark(input.tokens[k].text(input.text))
}

pub(super) fn is_comma(input: &Input, k: usize) -> bool {
    input.tokens[k].kind == TokenKind::Punct && matches!(input.tokens[k].text(input.text), "،" | ",")
}

/// After a VSO subject, the commas of an apposition and of a time word set off by commas
/// (رحب الرئيس الأمريكي، دونالد ترامب، بإعلان …؛ حذر ترامب، الاثنين، الرئيس الإيراني):
/// where the object may start. An apposition is a subject list whose last member was
/// joined by a comma, not by و.
pub(super) fn skip_asides(ctx: &Context, input: &Input, list: &[usize], mut k: usize, s1: usize) -> usize {
    let apposition = list.len() >= 2 && {
        let last = list[list.len() - 1];
        let at = input.mentions[last].tok_start;
        at > 0 && is_comma(input, at - 1) && !starts_with_conjunction(input, at)
    };
    if apposition && k + 1 < s1 && is_comma(input, k) && !ctx.in_mention(k + 1) && !input.keys[k + 1].starts_with('و') {
        k += 1;
    } else if apposition && k < s1 && !is_comma(input, k) {
        // The apposition runs on past its mention (وزير الدولة للشؤون الخارجية
        // الإماراتي، الحوثيين): its closing comma within five words, a party after it.
        let hi = (k + 5).min(s1);
        if let Some(c) = (k..hi).find(|&j| input.tokens[j].kind != TokenKind::Arabic) {
            if is_comma(input, c) && c + 1 < s1 && mention_starting(ctx, input, c + 1).is_some_and(|m| !input.mentions[m].prepositional) {
                k = c + 1;
                k = past_nested_apposition(ctx, input, c, s1).unwrap_or(k);
            }
        }
    }
    // The quotation mark closing a quoted name (دعت "مجموعة الأزمات الدولية" السعودية).
    if k < s1 && is_quote_mark(input, k) {
        k += 1;
    }
    // ، الاثنين ، (or the time word after the closing comma: …، الاثنين، الرئيس)
    let start = if k < s1 && is_comma(input, k) { k + 1 } else { k };
    let mut j = start;
    while j < s1 && j < start + 2 && !ctx.in_mention(j) && TIME_WORDS.contains(&bare(&input.keys[j])) {
        j += 1;
    }
    if j > start && j + 1 < s1 && is_comma(input, j) {
        k = j + 1;
    }
    // An object after a time word and a place (التقى بوتين السبت في موسكو، الرئيس
    // الفلسطيني): taken only when a party starts right there.
    let mut j = k;
    while j < s1 && j < k + 2 && !ctx.in_mention(j) && TIME_WORDS.contains(&bare(&input.keys[j])) {
        j += 1;
    }
    let opener = if j + 1 < s1 { input.keys[j].as_str() } else { "" };
    let place = if opener == "في" { mention_starting(ctx, input, j + 1) } else { None };
    if let Some(m) = place {
        j = input.mentions[m].tok_end;
    } else if matches!(opener, "في" | "خلال" | "عبر") && STATEMENT_VENUES.contains(&input.keys[j + 1].as_str())
        || opener == "عبر" && input.lexicon.events().in_list(marsad_lexicon::events::EventList::VenueTail, &input.keys[j + 1])
    {
        // دعت المجموعة في تقرير [الثلاثاء] السعودية: where it was said, then the object,
        // past the venue's own pronoun or adjective (في بيان لها، في بيان مشترك، خلال مؤتمر
        // صحفي) and its tail (له على تويتر، صدر عن وزارة الخارجية، ألقاها أمام البرلمان).
        j += if STATEMENT_VENUES.contains(&input.keys[j + 1].as_str()) { 2 } else { 1 };
        // (صحفي is also a mention, "a journalist": in مؤتمر صحفي it is the venue's.)
        while j < s1 && j < k + 6 && VENUE_WORDS.contains(&input.keys[j].as_str()) && ctx.mention_of(j).is_none_or(|m| input.mentions[m].tok_end == j + 1) {
            j += 1;
        }
        j = super::venue_tail::past_tail(ctx, input, j, s1);
        let tail_end = j;
        while j < s1 && j < tail_end + 2 && !ctx.in_mention(j) && TIME_WORDS.contains(&bare(&input.keys[j])) {
            j += 1;
        }
    }
    if j < s1 && is_comma(input, j) {
        j += 1;
    }
    if j > k && j < s1 && mention_starting(ctx, input, j).is_some_and(|m| !input.mentions[m].prepositional) {
        k = j;
    }
    past_aside(ctx, input, k, s1).unwrap_or(k)
}

/// Words that open an aside between commas after a verb's subject: a circumstance
/// (في مقابلة، خلال كلمته، على هامش، لدى وصوله) or a relative clause (الذي كان يتحدث).
const ASIDE_OPENERS: &[&str] = &["في", "خلال", "اثناء", "على", "عبر", "لدى", "عقب", "بعد", "قبل", "الذي", "التي", "الذين", "وهو", "وهي"];

/// Relative pronouns that open an aside with no comma before them.
const RELATIVE_OPENERS: &[&str] = &["الذي", "التي", "الذين"];

/// How many tokens such an aside may run before its closing comma.
const ASIDE_TOKENS: usize = 12;

/// An aside opened by a circumstance or a relative pronoun after the comma at `k` (or by a
/// relative pronoun at `k` itself, with no comma before it), closed
/// by the next comma with a party right after it (واتهم الجبير، في مقابلة مع بي بي سي،
/// الحوثيين; واتهم لافروف، الذي كان يتحدث في جنيف، الولايات المتحدة): where that party
/// starts, the verb's object or, written with its preposition, its recipient. No other
/// punctuation inside the aside, and no conjunction on the party.
fn past_aside(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<usize> {
    // A relative clause needs no opening comma (والتقى بومبيو الذي وصل السبت إلى الرياض،
    // العاهل السعودي): its pronoun right after the subject opens it.
    let open = if k < s1 && RELATIVE_OPENERS.contains(&input.keys[k].as_str()) { k } else { k + 1 };
    if open + 1 >= s1 || (open > k && !is_comma(input, k)) || ctx.in_mention(open) || !ASIDE_OPENERS.contains(&input.keys[open].as_str()) {
        return None;
    }
    let close = (open + 1..(open + 1 + ASIDE_TOKENS).min(s1)).find(|&j| input.tokens[j].kind == TokenKind::Punct)?;
    // (A party with و after it is the subject's conjunct: ونفى نتانياهو، الذي …، وشركة.)
    let party = close + 1 < s1 && mention_starting(ctx, input, close + 1).is_some() && !starts_with_conjunction(input, close + 1);
    (is_comma(input, close) && party).then_some(close + 1)
}

/// Are the mentions of `list` one side: all of one country (الملك سلمان وولي العهد), not a
/// meeting's two sides (ترامب وكيم)?
fn one_side(list: &[usize], input: &Input) -> bool {
    let country = |m: usize| input.mentions[m].country.as_deref();
    list.iter().all(|&m| country(m) == country(list[0]))
}

/// An apposition's own genitive may have an apposition (حذر جون بولتون، مستشار الأمن
/// القومي للرئيس الأمريكي، دونالد ترامب، النظام الإيراني): the name after the comma at `c`
/// that restates the mention ending there, closed by its own comma with a party after
/// it, is skipped too. Where that party starts.
fn past_nested_apposition(ctx: &Context, input: &Input, c: usize, s1: usize) -> Option<usize> {
    let name = &input.mentions[mention_starting(ctx, input, c + 1)?];
    let before = input.mentions[..input.mentions.partition_point(|m| m.tok_start < c)].iter().rev().take(3).find(|m| m.tok_end == c)?;
    let same = name.entity.is_some() && name.entity == before.entity;
    let e = name.tok_end;
    (same && e + 1 < s1 && is_comma(input, e) && mention_starting(ctx, input, e + 1).is_some_and(|m| !input.mentions[m].prepositional)).then_some(e + 1)
}

/// Does the mention at `tok` carry the conjunction و (وإيران), rather than begin with
/// the letter (وزير، واشنطن)? The lexicon says which reading matched.
pub(super) fn starts_with_conjunction(input: &Input, tok: usize) -> bool {
    let key = &input.keys[tok];
    if !key.starts_with('و') {
        return false;
    }
    // (نظير, "counterpart", is no dictionary word: ونظيره الفرنسي is its own party.)
    let lexicon = input.lexicon.longest_at(input.keys, tok);
    // A word the dictionaries do not hold may still be a party linked back through its و.
    lexicon.as_ref().is_some_and(|m| m.stripped > 0) || key["و".len()..].starts_with("نظير") || lexicon.is_none() && super::linked_conjunct::linked_after_conjunction(input, tok)
}

/// The parties of «بين X و Y» within three words after `end`.
pub fn between_at(input: &Input, end: usize, s1: usize) -> Option<Vec<usize>> {
    let j = (end..(end + 3).min(s1)).find(|&k| matches!(input.keys[k].as_str(), "بين" | "وبين"))?;
    let first = input.mentions.partition_point(|m| m.tok_start <= j);
    let m = input.mentions.get(first).filter(|m| m.tok_start <= j + 2 && m.tok_start < s1)?;
    let _ = m;
    // A fresh context would be costly: walk the list with the mentions' own ordering.
    let mut out = vec![first];
    let mut cur = first;
    while out.len() < MAX_LIST {
        let Some(next) = input.mentions.get(cur + 1) else { break };
        let end = input.mentions[cur].tok_end;
        if next.tok_start >= s1 || next.tok_start > end + 2 {
            break;
        }
        let gap_ok = (end..next.tok_start).all(|k| {
            CONNECTORS.contains(&input.keys[k].as_str()) || CONNECTORS.contains(&input.tokens[k].text(input.text))
        });
        if !gap_ok || (next.tok_start == end && !starts_with_conjunction(input, end)) {
            break;
        }
        out.push(cur + 1);
        cur += 1;
    }
    (out.len() >= 2).then_some(out)
}

/// A nisba right after a noun stands for its actor (الغارات الإسرائيلية → ISR).
pub(super) fn nisba_at(input: &Input, tok: usize) -> Option<Arg> {
    let key = input.keys.get(tok)?;
    // فرنسيا: the accusative ending on an indefinite nisba.
    let untanween;
    let keys: &[String] = match key.strip_suffix('ا').filter(|k| k.ends_with('ي')) {
        Some(k) => {
            untanween = [k.to_string()];
            &untanween
        }
        None => &input.keys[tok..(tok + 3).min(input.keys.len())],
    };
    nisba_in(input, tok, keys)
}

/// The nisba `keys` open with, read at token `tok` (at most one clitic stripped), as the
/// actor it stands for.
pub(super) fn nisba_in(input: &Input, tok: usize, keys: &[String]) -> Option<Arg> {
    let lex = input.lexicon;
    let m = lex.longest_at(keys, 0).filter(|m| m.stripped <= 1)?;
    let e = m.entries.iter().map(|&id| lex.entry(id)).find(|e| e.kind == Kind::Nisba)?;
    let code = e.codes.first()?.code.clone();
    let (country, _) = lex.split_code(&code);
    Some(Arg { tok_start: tok, tok_end: tok + m.end, entity: None, actor: Some(code), country, role: None, person: false, thing: false })
}

/// The word after `noun` is a nisba adjective of it. An adjective agrees in definiteness,
/// so after a definite noun a bare word read as an accusative nisba (روسيا as روسيًا) is
/// no adjective but the state's name, the next phrase (وانتقد الحلف روسيا). A key that
/// opens with ال from a hamza (إليه) is no article.
fn adjective_nisba_after(input: &Input, noun: usize) -> bool {
    let word = input.tokens.get(noun).map_or("", |t| t.text(input.text));
    let hamza = word.trim_start_matches(['و', 'ف']).starts_with(['إ', 'أ']);
    let definite_noun = !hamza && input.keys.get(noun).is_some_and(|k| is_definite(k));
    let bare_next = input.keys.get(noun + 1).is_some_and(|k| !is_definite(k));
    nisba_at(input, noun + 1).is_some() && !(definite_noun && bare_next)
}

/// A party named inside a noun phrase starting at `k` that is not itself a mention: a
/// nisba (الموقف الأمريكي، ناقلة نفط بريطانية) or a genitive mention (قرار الولايات
/// المتحدة، نظيره الروسي). A preposition written on the noun is allowed (بالتدخل الإيراني).
pub(super) fn np_party(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<Arg> {
    if k >= s1 || ctx.in_mention(k) || input.tokens[k].kind != TokenKind::Arabic || is_preposition(&input.keys[k]) {
        return None;
    }
    for j in k + 1..(k + 3).min(s1) {
        if input.tokens[j].kind == TokenKind::Punct || is_preposition(&input.keys[j]) {
            return None;
        }
        if let Some(m) = mention_starting(ctx, input, j) {
            // A genitive right after the head, or possession with لـ (حاجزا للجيش
            // المصري). A head with the article is no construct (المتظاهرون الحكومة:
            // subject, then object); a mention further on starts another phrase.
            // مواقع وتعزيزات الحوثيين: two heads joined by و share the genitive.
            let coordinated_head = j == k + 2 && coordinated_noun(ctx, input, k + 1);
            if j > k + 1 && !coordinated_head || is_definite(&input.keys[k]) && attached_preposition(input, &input.mentions[m]).is_none_or(|c| c != 'ل') {
                return None;
            }
            let m = &input.mentions[m];
            let possessive = attached_preposition(input, m).is_some_and(|c| c == 'ل');
            return (!m.prepositional || possessive).then(|| Arg::from_mention(m, None));
        }
        if let Some(mut n) = nisba_at(input, j) {
            let head = super::delegation_object::delegation_head(&input.keys[k]).unwrap_or_else(|| bare(&input.keys[k]));
            let head = head.strip_prefix('ب').or_else(|| head.strip_prefix('ل')).filter(|h| ACTOR_HEADS.contains(h)).unwrap_or(head);
            n.thing = !ACTOR_HEADS.contains(&head);
            return Some(n);
        }
    }
    None
}

/// Is `a` a state's nisba right after the noun "capital", direct or with لـ (العاصمة
/// الإيرانية، للعاصمة الفنلندية)? That phrase names the capital, which stands for its state
/// as a capital's name does. Not with بـ, mostly "in" (اجتماعهم بالعاصمة الجزائرية).
pub(super) fn capital_by_nisba(input: &Input, a: &Arg) -> bool {
    let Some(head) = a.tok_start.checked_sub(1) else { return false };
    a.country.is_some() && matches!(bare(&input.keys[head]), "العاصمه" | "للعاصمه" | "عاصمه" | "لعاصمه")
}

/// May the phrase from `k` whose party np_party found be a verb's subject? Not a word with
/// a preposition and the article on it (ووعده بالجنسية الفرنسية، أشاد بالكوادر الإماراتية):
/// that is a complement. (A bare ب، ك، ل may be the word's own letter: برلمان.)
fn nisba_may_head_subject(input: &Input, k: usize) -> bool {
    let head = bare(&input.keys[k]);
    ACTOR_HEADS.contains(&head) || !["بال", "كال", "لل"].iter().any(|p| head.starts_with(p))
}

/// Is token `k` a plain word that may be an adjective of the noun before it (صاروخي،
/// جوية، نوعية): Arabic, in no mention, no preposition and no event word.
fn adjective_like(ctx: &Context, input: &Input, k: usize) -> bool {
    input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && !is_preposition(&input.keys[k]) && !is_trigger(input, k)
}

/// A nisba after one adjective of an event noun (هجوم صاروخي إسرائيلي، الضربات الجوية
/// الأمريكية). The adjective agrees with the noun in definiteness and carries no
/// preposition: after a genitive (اختطاف الطائرة المصرية، زيارته للعاصمة الفنلندية) the
/// nisba is the genitive's.
fn nisba_after_adjective(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<Arg> {
    let noun = k.checked_sub(1)?;
    let adjective = k + 1 < s1
        && adjective_like(ctx, input, k)
        && !matches!(bare(&input.keys[k]).chars().next(), Some('ل' | 'ب'))
        && is_definite(&input.keys[k]) == is_definite(&input.keys[noun])
        && nisba_at(input, k).is_none()
        && !ctx.in_mention(k + 1);
    adjective.then(|| nisba_at(input, k + 1)).flatten()
}

/// The owner of an event noun written with لـ after it or its adjectives (غارة للتحالف،
/// بغارة جوية لمقاتلات التحالف), when the noun takes no recipient with لـ. A protest's لـ
/// is its target (احتجاجات مناهضة للحكومة), never its owner. A noun whose لـ heads its
/// patient (قصف إسرائيل لغزة) still has an armed force with لـ after an adjective for
/// owner: `lam_is_patient` (قصف مدفعي لقوات التحالف، القمع الدامي لقوات النظام).
fn possessor_with_lam(ctx: &Context, input: &Input, trigger: &Trigger, lam_is_patient: bool, k: usize, s1: usize) -> Option<usize> {
    if trigger.event.as_deref() == Some("PROTEST") {
        return None;
    }
    let mut j = k;
    // (Not past تابع "belonging to": مواقع تابعة لحزب الله names the target's owner.)
    while j < s1 && j < k + 2 && !ctx.in_mention(j) && adjective_like(ctx, input, j) && !input.keys[j].starts_with('ل') && !super::owned_target::is_owner_word(&input.keys[j]) {
        // After a noun whose لـ heads its patient only a true adjective may stand
        // between: `قصف مواقع لحماس`، `وطال القصف تجمعا للحوثيين` name the target.
        if lam_is_patient && !attack_adjective(input, k - 1, j) {
            return None;
        }
        j += 1;
    }
    let m = mention_starting(ctx, input, j).filter(|_| j < s1)?;
    // (A state after `عاصمة` owns the capital named, not the noun: الاعتراف بالقدس عاصمة
    // لإسرائيل, `named_capital`.)
    if j > k && super::named_capital::is_capital_noun(&input.keys[j - 1]) {
        return None;
    }
    // An armed force in لـ right after the noun owns it only for a bombardment (في قصف
    // لقوات النظام); after others it is the target (استهداف للقوات الأمريكية).
    let owner_next = j > k || super::bombardment::is_bombardment(trigger) && !is_definite(&input.keys[k - 1]);
    if lam_is_patient && !(owner_next && is_armed_force(&input.mentions[m])) {
        return None;
    }
    (attached_preposition(input, &input.mentions[m]) == Some('ل')).then_some(m)
}

/// Adjectives of manner that follow a strike noun and are no nisba (قصف مكثف، القصف العنيف).
const MANNER_ADJECTIVES: &[&str] = &["مكثف", "كثيف", "عنيف", "سابق", "متواصل", "مستمر", "متقطع"];

/// Is token `k` an adjective of the event noun at `noun`: a relational adjective in ي
/// (مدفعي، صاروخي، الجوي، العشوائي; also joined by و: صاروخي ومدفعي) or one of manner,
/// agreeing with the noun in definiteness (قصفا مدفعيا، القصف المكثف).
fn attack_adjective(input: &Input, noun: usize, k: usize) -> bool {
    let key = bare(&input.keys[k]);
    if is_definite(key) != is_definite(&input.keys[noun]) {
        return false;
    }
    let stem = key.strip_prefix("ال").unwrap_or(key);
    let stem = stem.strip_suffix('ا').unwrap_or(stem);
    let stem = stem.strip_suffix('ه').unwrap_or(stem);
    (stem.ends_with('ي') && stem.chars().count() > 3) || MANNER_ADJECTIVES.contains(&stem)
}

/// An army, militia, rebel or militant group: a body that shells and raids rather than
/// one that is only shelled.
pub(super) fn is_armed_force(m: &ActorSpan) -> bool {
    m.role.as_deref().is_some_and(|r| matches!(r, "MIL" | "REB" | "UAF" | "IMG" | "INS"))
}

/// Is token `k` a second indefinite head joined by و (مواقع وتعزيزات)?
fn coordinated_noun(ctx: &Context, input: &Input, k: usize) -> bool {
    let key = &input.keys[k];
    input.tokens[k].kind == TokenKind::Arabic
        && !ctx.in_mention(k)
        && key.starts_with('و')
        && key.chars().count() > 3
        && !is_definite(key)
        && !is_preposition(key)
        && !is_trigger(input, k)
}

/// A nisba right after an event noun: the noun has its own actor.
pub fn nisba_party(input: &Input, tok: usize) -> Option<Arg> {
    if tok >= input.tokens.len() {
        return None;
    }
    nisba_at(input, tok)
}

/// The party of an event noun that is another event's content: its genitive or object
/// (طلب الولايات المتحدة، بدعم الحكومة اليمنية), else its prepositional recipient.
pub fn content_party(ctx: &Context, input: &Input, trigger: &Trigger, end: usize, s1: usize) -> Vec<Arg> {
    if let Some(list) = object(ctx, input, end, s1) {
        return list;
    }
    // رفضت الأمم المتحدة الحصار الذي تفرضه إسرائيل: the relative clause's subject.
    if let Some(m) = relative_subject(ctx, input, end, s1) {
        return list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect();
    }
    // احتجاجا على قراره الاعتراف بالقدس عاصمة لإسرائيل: not aimed at Israel (`named_capital`).
    if trigger.cameo.as_deref() == Some("054") && super::named_capital::capital_named_after(ctx, input, end, s1) {
        return Vec::new();
    }
    let req_slots = if trigger.recipient.is_empty() {
        vec![Slot::Prep("مع".into()), Slot::Prep("علي".into()), Slot::Prep("ضد".into()), Slot::Prep("ل".into())]
    } else {
        trigger.recipient.clone()
    };
    prepositional_recipient(ctx, input, &req_slots, end, s1).unwrap_or_default()
}

/// The party a refused act of one's own at token `at` (ending at `end`) names as its doer,
/// maker or partner, not its patient (`events/rejected_content.rs`): a genitive that is
/// the noun's doer (استقالة رئيس المؤسسة، دعم الولايات المتحدة للمقاتلين), the subject of
/// a relative clause after it (المهلة التي منحتها لندن), or the one it would be done with
/// (الحوار مع دمشق). Not the refuser's own state, which is the place the act is about
/// (رفضت المحاكم التركية السماح له بمغادرة تركيا), nor a place after بـ (بشمال سوريا).
pub(super) fn refused_act_party(ctx: &Context, input: &Input, refusers: &[Arg], (at, end): (usize, usize), s1: usize) -> Vec<Arg> {
    let own_state = |a: &Arg| a.role.is_none() && a.country.is_some() && refusers.iter().any(|r| r.country == a.country);
    if let Some(list) = super::act_object::doer(ctx, input, at, s1).filter(|l| !l.iter().any(own_state)) {
        return list;
    }
    if let Some(m) = relative_subject(ctx, input, end, s1) {
        return list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect();
    }
    let partner = [Slot::Prep("مع".into())];
    prepositional_recipient(ctx, input, &partner, end, s1).unwrap_or_default()
}

/// The subject of a relative clause at `k` (الذي تفرضه إسرائيل، التي تشنها روسيا): the
/// mention right after the relative pronoun and one verb.
fn relative_subject(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<usize> {
    if k + 2 >= s1 || !matches!(input.keys[k].as_str(), "الذي" | "التي") {
        return None;
    }
    // الاتهامات التي ينفيها بورتر: a relative verb that is an event of its own says who
    // acts in it, not in the noun.
    if input.tokens[k + 1].kind != TokenKind::Arabic || ctx.in_mention(k + 1) || is_trigger(input, k + 1) || suffers(input, k + 1) {
        return None;
    }
    // التي تقوم بها الميليشيات: a preposition with the pronoun may follow the verb.
    let at = if k + 3 < s1 && RESUMPTIVE.contains(&input.keys[k + 2].as_str()) { k + 3 } else { k + 2 };
    mention_starting(ctx, input, at).filter(|&m| !input.mentions[m].prepositional)
}

/// Is the verb at `k` one whose subject undergoes its object: تعرض "was subjected to"
/// (الهجمات التي تتعرض لها السعودية), واجه "faced" (الانتقادات التي واجهتها موسكو), تلقى
/// "received" (الانتقادات التي تلقتها الرياض، الدعم الذي تتلقاه)? Its subject suffers the
/// head, it does not make it. (Not شهد "saw": the place that saw protests is where their
/// crowd comes from, الاحتجاجات التي تشهدها إيران.)
pub(super) fn suffers(input: &Input, k: usize) -> bool {
    let key = &input.keys[k];
    ["تعرض", "واجه", "تلقا", "تلقي", "تلقت", "تلقو"].iter().any(|stem| key.contains(stem))
}

/// A preposition with the pronoun that refers back to a relative clause's head (التي
/// تقوم بها، الذي تعرض له).
pub(super) const RESUMPTIVE: &[&str] = &["بها", "به", "لها", "له", "عليها", "عليه", "فيها", "فيه", "منها", "منه", "بهم", "لهم", "عليهم"];

/// Is token `k` a firm form of a trigger that `wanted` accepts?
pub(super) fn firm_trigger_at(input: &Input, k: usize, wanted: impl Fn(&Trigger) -> bool) -> bool {
    form_at(input, k, |t, firm| wanted(t) && firm)
}

/// Is token `k` a form of a trigger that `wanted` accepts, told whether the form is firm?
pub(super) fn form_at(input: &Input, k: usize, wanted: impl Fn(&Trigger, bool) -> bool) -> bool {
    let ev = input.lexicon.events();
    ev.lookup(&input.keys[k]).is_some_and(|h| h.forms.iter().any(|f| wanted(ev.trigger(f.trigger), ev.firm(f))))
}

/// Is token `k` a word of an attack (الضربات، الغارات، القصف), not a support verb's noun?
fn is_attack_word(input: &Input, k: usize) -> bool {
    firm_trigger_at(input, k, |t| t.kind == TriggerKind::Noun && t.event.as_deref() == Some("ASSAULT"))
}

/// Adjectives an attack noun may carry before the verb it is the subject of.
const ATTACK_ADJECTIVES: usize = 2;

/// Is the attack verb's subject the attack noun right before it, with at most
/// [`ATTACK_ADJECTIVES`] adjectives between (غارات تركية استهدفت موقعا، في ضربة استهدفت
/// آلية، لهجوم يستهدف مجموعة)? An attack strikes, kills or targets: the noun heads a
/// relative clause with no pronoun, or is the clause's subject (الهجوم استهدف مدنيين).
/// Then the actor is the noun's nisba (`Some(Some(TUR))`), or no one (`Some(None)`),
/// never a party named before the noun. Not when the noun has a party of its own between
/// (غارات التحالف استهدفت: the genitive is read as the subject).
fn attack_noun_subject(ctx: &Context, input: &Input, req: &Request) -> Option<Option<Arg>> {
    if req.trigger.event.as_deref() != Some("ASSAULT") || req.pred != req.trigger_start {
        return None;
    }
    let lo = req.pred.saturating_sub(ATTACK_ADJECTIVES + 1).max(req.s0);
    let mut k = req.pred;
    while k > lo {
        k -= 1;
        if is_attack_word(input, k) {
            // (An adjective agrees with its noun in definiteness; a definite word after a
            // noun without the article is its genitive: غارات التحالف.)
            let definite = is_definite(&input.keys[k]);
            if (k + 1..req.pred).any(|j| is_definite(&input.keys[j]) != definite) {
                return None;
            }
            return Some((k + 1..req.pred).find_map(|j| nisba_at(input, j)));
        }
        if !adjective_like(ctx, input, k) {
            return None;
        }
    }
    None
}

/// Is token `k` an event trigger (other than a support verb)?
pub(super) fn is_trigger(input: &Input, k: usize) -> bool {
    // (Not a word of standing by: mostly no event, and it shares the side named after it,
    // تضامنها التام ووقوفها مع دولة الإمارات; nor a word of separation with no family
    // after it: مدنيين عزل، يفصل بين; nor وضع without house arrest after it.)
    firm_trigger_at(input, k, |t| t.kind != TriggerKind::Light && !super::stood_by::takes_side(t) && !super::separated::lacks_family(input, t, k) && !super::house_arrest::lacks_phrase(input, t, k))
}

fn slots(req: &Request) -> Vec<Slot> {
    if !req.trigger.recipient.is_empty() {
        return req.trigger.recipient.clone();
    }
    let preps: &[&str] = if req.trigger.kind == TriggerKind::Noun {
        &["ل", "علي", "ضد", "مع", "بين", "الي"]
    } else {
        &["علي", "ضد", "مع", "الي", "ل"]
    };
    let mut v: Vec<Slot> = preps.iter().map(|p| Slot::Prep(p.to_string())).collect();
    if req.trigger.kind != TriggerKind::Noun {
        v.push(Slot::Object);
    }
    v
}

fn has_prep(slots: &[Slot], p: &str) -> bool {
    slots.iter().any(|s| matches!(s, Slot::Prep(x) if x == p))
}

pub fn find(ctx: &Context, input: &Input, req: &Request) -> Found {
    let mut slots = slots(req);
    let home = input.home;
    let arg = |m: usize| Arg::from_mention(&input.mentions[m], home);
    // An agent or owner phrase names every party of its list (على أيدي القوات الحكومية
    // والقوات الإماراتية، من قبل الولايات المتحدة وبريطانيا، اجتماع لوزراء خارجية روسيا
    // وتركيا وإيران), not its first alone.
    let listed = |m: usize| list_from(ctx, input, m, req.s1).into_iter().map(arg);
    let mut actors: Vec<Arg> = Vec::new();
    let mut recipients: Vec<Arg> = Vec::new();
    let mut rule = String::new();
    // Where the object may start: after the subject, or after the trigger's head word (a
    // pattern's later words come after its object: حملت X مسؤولية).
    let mut after_subject = req.trigger_start + 1;
    let is_noun = req.trigger.kind == TriggerKind::Noun;
    // A subject was there even if it is no known actor (then the object follows it).
    let mut subject_seen = false;
    let mut unknown_head = false;
    // The object pronoun takes back a phrase that names no party.
    let mut unnamed_object = false;

    // أعربت مصر عن تضامنها مع السعودية: a stance expressed is the expresser's, even when
    // the event word is followed by another's بين (عبرت الأمم المتحدة عن ترحيبها بالاتفاق
    // بين إثيوبيا وإريتريا).
    // All the parties of a list express it (عبر سفيرا بريطانيا وأستراليا عن معارضتهم).
    if let Some(m) = expressed_by(ctx, input, req) {
        actors.extend(list_from(ctx, input, m, req.s1).into_iter().map(arg));
        subject_seen = true;
        after_subject = req.trigger_end;
        rule.push_str("+expressed");
    }

    // بين X و Y: the first party acts, the others receive.
    if let Some(list) = req.between.as_ref().filter(|_| actors.is_empty()) {
        actors.push(arg(list[0]));
        recipients.extend(list[1..].iter().map(|&m| arg(m)));
        rule.push_str("+between");
    }

    // The actor.
    if actors.is_empty() {
        if req.first_person {
            if let Some(s) = req.quote.and_then(|q| input.quotes.get(q)).and_then(|q| q.speaker.as_ref()) {
                actors.push(Arg::from_speaker(s));
                rule.push_str("+speaker");
            }
        } else if req.passive {
            if let Some(m) = agent_marker(ctx, input, req.trigger_end, req.s1) {
                actors.extend(listed(m));
                rule.push_str("+agent");
            }
            // The passive's subject is its recipient (هوجمت السفارة الأمريكية), also when
            // it stands before the verb (أن خاشقجي قُتل على يد …). A mention after a
            // preposition (قُتل في سوريا) is where, taken only when no subject stands before.
            // (Not the agent itself: فلسطينيان أصيبا برصاص الجيش.)
            let after = first_mention(ctx, input, req.trigger_end, (req.trigger_end + VSO_GAP).min(req.s1))
                .filter(|&m| !actors.iter().any(|a| a.tok_start == input.mentions[m].tok_start));
            let after_preposition = after.is_some_and(|m| {
                let start = input.mentions[m].tok_start;
                start > req.trigger_end && is_preposition(&input.keys[start - 1])
            });
            // (Only a passive its vowels show or with its agent named: a listed passive
            // such as أصيب also tells of illness, أصيب بالمرض, where a party makes no event.)
            let before = svo_subject(ctx, input, req.pred, req.s0).or_else(|| quoted_predicate::subject_before(ctx, input, req, false)).filter(|&m| {
                (is_passive(input.tokens[req.trigger_start].text(input.text)) || req.custody || !actors.is_empty())
                    && !conjoined_verb(input, req.pred)
                    && !actors.iter().any(|a| a.tok_start == input.mentions[m].tok_start)
            });
            if let Some(m) = before.filter(|_| after.is_none() || after_preposition) {
                recipients.extend(list_backward(ctx, input, m, req.s0).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                rule.push_str("+passive-svo");
            } else if let Some(m) = after {
                recipients.extend(list_from(ctx, input, m, req.s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                rule.push_str("+passive");
            }
        } else if let Some((agent, patients, how)) = fronted_passive(ctx, input, req, &slots) {
            // فلسطينيون قتلوا برصاص الجيش، الصحفيين الذين اعتقلوا على يد الشرطة: the
            // agent acts, the subject before the verb is its patient.
            actors.extend(listed(agent));
            recipients.extend(patients.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
            rule.push_str(how);
        } else if req.participle && req.pred_is_verb {
            // قال الوزير …، مطالبا السلطات: the sentence's first party (within
            // PARTICIPLE_BACK words) acts; the object follows the participle.
            let lo = req.trigger_start.saturating_sub(PARTICIPLE_BACK).max(req.s0);
            // A long name that reaches into the window counts from its first word.
            let lo = ctx.mention_at.get(lo).copied().flatten().map_or(lo, |m| input.mentions[m as usize].tok_start.max(req.s0));
            // (Never the dateline's place or agency: دبي، الإمارات العربية المتحدة (CNN).)
            let lo = lo.max(super::dateline::dateline_end(input));
            // (A party the participle's ending disagrees with gives way to a later verb subject.)
            if let Some(m) = first_mention(ctx, input, lo, req.trigger_start).map(|m| super::participle_agreement::actor(ctx, input, m, req.trigger_start, lo)) {
                actors.extend(list_from(ctx, input, m, req.trigger_start).into_iter().map(arg));
            }
            after_subject = req.trigger_end;
            subject_seen = true;
            rule.push_str("+participle");
        } else if super::noun_form::reads_as_noun(input, req) {
            // محاولة قتل أحد السياسيين: the verb's form is its verbal noun here, and the
            // party after it the object (found below), not a subject; no earlier actor
            // goes on into it. Its genitive is the agent when a count, the object, follows
            // (بعد قتل الجيش 19 مسلحا).
            after_subject = req.trigger_end;
            subject_seen = true;
            unknown_head = true;
            rule.push_str("+noun-form");
            if let Some(m) = first_mention(ctx, input, req.trigger_end, (req.trigger_end + 1).min(req.s1)) {
                let list = list_from(ctx, input, m, req.s1);
                let end = list.last().map_or(req.trigger_end, |&k| input.mentions[k].tok_end);
                if super::counted_at(input, end, req.s1) {
                    actors.extend(list.into_iter().map(arg));
                    after_subject = end;
                    rule.push_str("+genitive-agent");
                }
            }
        } else if req.pred_is_verb && req.enclitic && first_mention(ctx, input, req.pred + 1, (req.pred + 2).min(req.s1)).is_some() {
            let m = first_mention(ctx, input, req.pred + 1, (req.pred + 2).min(req.s1)).unwrap_or_default();
            actors.extend(list_from(ctx, input, m, req.s1).into_iter().map(arg));
            after_subject = req.s1;
            // (After a relative pronoun the pronoun is the relative's head, if a party.)
            // (For backing that needs its beneficiary, none when the head right before is
            // a thing or an unnamed group: `events/unnamed_head.rs`. Other verbs' things
            // may stand for their maker: دعوة عارضتها أنقرة.)
            unnamed_object = req.trigger.needs == Needs::Beneficiary && super::unnamed_head::names_no_party(ctx, input, req.pred, req.s0);
            let head = match relative_object_head(ctx, input, req.pred, req.s0) {
                Some((_, head)) => head,
                None if unnamed_object => None,
                None => svo_subject(ctx, input, req.pred, req.s0),
            };
            // (Not a state the masculine pronoun does not fit: اتهام تنفيه باكستان.)
            if let Some(a) = head.filter(|&a| !super::verb_gender::pronoun_disagrees(input, req.pred, &input.mentions[a])) {
                recipients.push(Arg::from_mention(&input.mentions[a], input.home));
            }
            rule.push_str("+vos-pronoun");
        } else if let Some(owner) = req.pred_is_verb.then(|| attack_noun_subject(ctx, input, req)).flatten() {
            // بغارة تركية استهدفت موقعا، هجمات استهدفت الجامعات: the attack is the verb's
            // subject, its nisba the actor; a party before the noun is not, nor an
            // earlier event's actor (الهجوم الكيميائي الذي استهدف after ناقش ماكرون).
            unknown_head = owner.is_none();
            actors.extend(owner);
            subject_seen = true;
            rule.push_str("+attack-noun");
        } else if req.pred_is_verb {
            // (A verb agrees in gender with the subject before it too: a party of the other
            // gender there closes a phrase of another clause, في سنغفورة تعهد فيها الزعيم.)
            if let Some(m) = svo_subject(ctx, input, req.pred, req.s0).filter(|&m| {
                !conjoined_verb(input, req.pred) && !governed_by_preposition(ctx, input, m, req.pred, req.s0) && !super::verb_gender::state_before_disagrees(input, req.gender, &input.mentions[m], req.pred)
                    && !subject_after_resumptive(ctx, input, req, &slots)
                    && !super::subject_between::named(ctx, input, req)
            }) {
                let list = list_backward(ctx, input, m, req.s0);
                // (Not authorities before an arrest verb: they make arrests, and a time or
                // place may come before the object: وكان جهاز أمن الدولة أوقف في 23 …)
                let authority = |m: usize| input.mentions[m].role.as_deref().is_some_and(|r| INSTITUTIONS.contains(&r));
                let arrest_by_authority = req.trigger.event.as_deref() == Some("COERCE") && list.iter().any(|&m| authority(m));
                // (A count past a time or a place is the object: إن الجيش قتل الأسبوع الماضي في
                // غارة 12 مسلحا، ميليشيا الحوثي لوحدها قتلت خلال شهر ديسمبر 206; not past the
                // wounded, قتلوا أو جرحوا في العراق.)
                let toll_next = req.trigger_end < req.s1 && input.tokens[req.trigger_end].kind == TokenKind::Arabic && toll_follower(input, req.trigger_end, req.s1) && !TIME_WORDS.contains(&bare(&input.keys[req.trigger_end]));
                let object_later = killing(req) && !toll_next && super::killed_one::object_after_phrase(input, req.trigger_end, req.s1);
                if !arrest_by_authority && (violent_without_object(input, req, &slots, req.trigger_end) && !object_later || super::fronted_toll::victims(ctx, input, req, &slots, &list, req.trigger_end)) {
                    // أحد جنودها قتل في أعمال العنف: an unvowelled passive, its subject the
                    // victim.
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    subject_seen = true;
                    rule.push_str("+bare-passive");
                    if let Some(a) = agent_in_clause(ctx, input, req.trigger_end, req.s1) {
                        actors.extend(listed(a));
                        rule.push_str("+agent");
                    }
                } else {
                    actors.extend(list.into_iter().map(arg));
                    rule.push_str("+svo");
                }
            } else if let Some(m) = relative_antecedent(ctx, input, req.pred, req.s0).filter(|&m| {
                req.pred == req.trigger_start && relative_head_acts(ctx, input, req, &slots, m) || super::relative_support::head_acts(ctx, input, req, m)
            }) {
                // المتظاهرون الذين أجبروا رئيس الوزراء: the relative pronoun's head acts; a
                // singular pronoun (الذي، التي) takes the last of a list only (دمشق، وأنقرة التي).
                let plural_relative = PLURAL_RELATIVES.contains(&bare(&input.keys[req.pred - 1]));
                let heads = if plural_relative { list_backward(ctx, input, m, req.s0) } else { vec![m] };
                actors.extend(heads.into_iter().map(arg));
                rule.push_str("+relative-subject");
            } else if let Some((subject, end)) = (req.pred == req.trigger_start && relative_gap(input, req)).then(|| relative_vso(ctx, input, req)).flatten() {
                // الهجوم الذي تتهم واشنطن النظام السوري بشنه: two parties right after the
                // verb are its subject and object; the head is what the clause is about.
                actors.extend(subject.into_iter().map(arg));
                after_subject = end;
                rule.push_str("+relative-vso");
            } else if req.pred == req.trigger_start && relative_gap(input, req) {
                // الألغام البحرية، التي تهدد الصيادين: the head (no actor here) is the
                // subject, so the mention after the verb is its object.
                subject_seen = true;
                unknown_head = true;
                rule.push_str("+relative-gap");
            } else if let Some(m) = that_pronoun_subject(ctx, input, req.pred, req.s0) {
                // قال ترامب إنه التقى بوتين: the pronoun on إنه is the verb's subject (the
                // one who speaks), and the mention after the verb its object. A person's
                // pronoun before a killing or arrest verb with no object (تقول السلطات إنه
                // قتل في القنصلية) is the victim of an unvowelled passive, as a subject
                // before the verb is; not an official's or a state's, which may kill or
                // arrest with the object after a place (قالت روسيا إنها قتلت في غارة …).
                let mention = &input.mentions[m];
                let official = mention.role.as_deref().is_some_and(|r| INSTITUTIONS.contains(&r));
                let person = (matches!(mention.kind, Kind::Person | Kind::PersonShort) || mention.person_noun) && !official;
                subject_seen = true;
                if person && violent_without_object(input, req, &slots, req.trigger_end) {
                    recipients.push(Arg::from_mention(mention, input.home));
                    rule.push_str("+that-pronoun+bare-passive");
                } else {
                    // قالت ألمانيا والنمسا وإيطاليا إنها: a pronoun that can stand for the
                    // list stands for all of it (`listed_parties`).
                    let that = that_clause::that_before(ctx, input, req.pred, req.s0).unwrap_or(req.pred);
                    let list = super::listed_parties::antecedent_list(ctx, input, m, pronoun_on(input, that), req.s0, that);
                    actors.extend(list.into_iter().map(arg));
                    rule.push_str("+that-pronoun");
                }
            } else if that_clause::that_before(ctx, input, req.pred, req.s0).is_some() {
                // قالت الهيئة إنها تدعو الفلسطينيين: the pronoun on إنها is the subject (one
                // the dictionaries do not know), so the mention after the verb is its object.
                subject_seen = true;
                rule.push_str("+that-pronoun-unknown");
            } else if let Some(m) = topic_subject(ctx, input, req).filter(|_| req.plural) {
                // إن ماكرون وميركل، بالإضافة إلى …، أدانوا: a plural verb agrees with the
                // subject that opens its clause, however long the subject runs. (Its victim
                // when the verb is an unvowelled passive with no object: إن 46 عنصرا من
                // الميليشيات باليمن قتلوا في مواجهات.)
                let mut list = list_from(ctx, input, m, req.pred);
                // …، بالإضافة إلى دول البلطيق - إستونيا ولاتفيا وليتوانيا - أدانوا: a group's
                // members listed right before the clause's verb (this one or the one it is
                // conjoined to: أدانوا … وقدموا) are of the subject too.
                let end = list.last().map_or(m, |&k| input.mentions[k].tok_end);
                let members = (end + 1..=req.pred).filter(|&k| !ctx.in_mention(k)).map(|k| super::listed_parties::members_before(ctx, input, end, k)).find(|l| !l.is_empty());
                list.extend(members.unwrap_or_default());
                subject_seen = true;
                if violent_without_object(input, req, &slots, req.trigger_end) || super::fronted_toll::victims(ctx, input, req, &slots, &list, req.trigger_end) {
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    rule.push_str("+topic+bare-passive");
                } else {
                    actors.extend(list.into_iter().map(arg));
                    rule.push_str("+topic");
                }
            } else if let Some(m) = quoted_predicate::subject_before(ctx, input, req, true) {
                // قال إن التنظيم "خطف 36 سيدة": the subject before the quotation marks
                // (the victim of an unvowelled passive with no object: إن جنودا "قتلوا" في).
                let list = list_backward(ctx, input, m, req.s0);
                if violent_without_object(input, req, &slots, req.trigger_end) {
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    subject_seen = true;
                    rule.push_str("+quoted-predicate+bare-passive");
                } else {
                    actors.extend(list.into_iter().map(arg));
                    rule.push_str("+quoted-predicate");
                }
            } else if req.plural && req.pred == req.trigger_start {
                // أدانوا الهجوم: a plural verb before its subject would be singular, so its
                // subject is a pronoun and the mention after it is the object.
                subject_seen = true;
                rule.push_str("+pronoun-subject");
            } else {
                // VSO: the subject between the verb and (for a pattern) its noun.
                let mut limit = (req.pred + 1 + VSO_GAP).min(req.s1).min(if req.pred < req.trigger_start { req.trigger_start } else { usize::MAX });
                // After كل من "both" before a list (ودانت كل من بريطانيا وفرنسا) the list is
                // the subject, whatever the verb's gender: it agrees with كل or with the first
                // party (وينفي كل من إيران والحوثيون).
                let both = req.pred + 3 < limit && input.keys[req.pred + 1] == "كل" && input.keys[req.pred + 2] == "من" && ctx.in_mention(req.pred + 3);
                let first = if both { req.pred + 3 } else { req.pred + 1 };
                // The subject comes before any preposition.
                if let Some(p) = (first..limit).find(|&k| !ctx.in_mention(k) && is_preposition(&input.keys[k])) {
                    limit = p;
                }
                // The subject comes right after the verb, maybe after a time word (أمس).
                let mut at = first;
                // …, or after a resumptive pronoun (قمة تعهد فيها الزعيم الكوري، رسالة دعا
                // فيها الملك باريس) unless the verb is a transitive one of force: that is
                // mostly an unvowelled passive (اشتباكات قتل فيها فلسطينيان).
                let transitive = slots.contains(&Slot::Object);
                let skippable = |k: usize| {
                    let key = bare(&input.keys[k]);
                    TIME_WORDS.contains(&key)
                        || QUANTIFIERS.contains(&key)
                        || RESUMPTIVE.contains(&key) && (!transitive || resumptive_before_subject(ctx, input, req, key, k + 1, limit))
                };
                while at < limit && !ctx.in_mention(at) && skippable(at) {
                    at += 1;
                }
                // …, or inside quotation marks (دعت "مجموعة الأزمات الدولية").
                if at + 1 < limit && is_quote_mark(input, at) && mention_starting(ctx, input, at + 1).is_some() {
                    at += 1;
                }
                // A subject the dictionaries do not know: up to two words before the next
                // mention (سكان القرية الحكومة العراقية), with no nisba of its own.
                let unresolved = at < limit && !ctx.in_mention(at) && input.tokens[at].kind == TokenKind::Arabic
                    && !is_preposition(&input.keys[at])
                    && !governed_noun(&input.keys[at])
                    && !adjective_nisba_after(input, at)
                    && (is_definite(&input.keys[at]) || np_party(ctx, input, at, limit).is_none());
                let unresolved_end = (at + 1..(at + 3).min(req.s1)).find(|&k| ctx.in_mention(k) || input.tokens[k].kind != TokenKind::Arabic).unwrap_or(at + 1);
                if let Some(m) = aux_subject(ctx, input, req.pred, req.s0) {
                    actors.push(arg(m));
                    rule.push_str("+aux");
                } else if unresolved && req.pred == req.trigger_start {
                    // A subject the dictionaries do not know (المتظاهرون، الفيروس): no actor,
                    // and the object comes after it.
                    after_subject = unresolved_end;
                    subject_seen = true;
                    rule.push_str("+unknown-subject");
                    // دعا البيان، طالب البيان: the statement speaks for the story's country.
                    if let Some(home) = home.filter(|_| STATEMENT_NOUNS.contains(&bare(&input.keys[at]))) {
                        actors.push(Arg::of_home((at, at + 1), home, false));
                        rule.push_str("+statement");
                    }
                    // استهدفت الضربات الصاروخية الأمريكية مواقع: a strike that strikes names
                    // its striker by a nisba after its adjective; that is the subject's, not
                    // the object (the nisba right after the noun is read above).
                    let striker = (req.trigger.event.as_deref() == Some("ASSAULT") && is_attack_word(input, at))
                        .then(|| nisba_after_adjective(ctx, input, at + 1, req.s1))
                        .flatten();
                    let struck = striker.is_some();
                    if let Some(n) = striker {
                        after_subject = n.tok_end;
                        actors.push(n);
                        rule.push_str("+striker-nisba");
                    }
                    // قتل ثلاثة فلسطينيين برصاص الجيش: an unvowelled passive, its agent named.
                    if let Some(a) = agent_right_after(ctx, input, unresolved_end, req.s1).filter(|_| !struck) {
                        actors.extend(listed(a));
                        rule.push_str("+agent");
                    }
                } else if let Some(m) = first_mention(ctx, input, at, (at + 1).min(limit))
                    .filter(|&m| req.pred == req.trigger_start && input.mentions[m].tok_start == req.pred + 1 && super::case_ending::object_by_case(input, &input.mentions[m]))
                {
                    // تستهدف المتمردين، ودعا اللبنانيين إلى: a plural in ـين is no subject.
                    after_subject = input.mentions[m].tok_start;
                    subject_seen = true;
                    rule.push_str("+case-object");
                } else if let Some(m) = first_mention(ctx, input, at, (at + 1).min(limit))
                    .filter(|&m| req.pred == req.trigger_start && !both && super::verb_gender::disagrees(input, req.gender, &input.mentions[m]))
                {
                    // مشروع قرار يطالب إسرائيل بوقف، عندما زار الرياض، ودعت رئيس باراغواي: the
                    // verb does not agree with the party, its object; the subject is dropped.
                    after_subject = input.mentions[m].tok_start;
                    subject_seen = true;
                    rule.push_str("+gender-object");
                } else if let Some(m) = first_mention(ctx, input, at, (at + 1).min(limit))
                    .filter(|&m| req.pred == req.trigger_start && !both && super::met_object::object_by_meaning(input, req.trigger, &input.mentions[m]))
                {
                    // أن يزور الكويت، حيث التقى نظيره الروسي: the place visited or the
                    // counterpart met is the object; the subject is dropped.
                    after_subject = input.mentions[m].tok_start;
                    subject_seen = true;
                    rule.push_str("+meaning-object");
                } else if let Some(m) = first_mention(ctx, input, at, (at + 1).min(limit)) {
                    let mut list = list_from(ctx, input, m, req.s1);
                    after_subject = input.mentions[*list.last().unwrap_or(&m)].tok_end.max(req.trigger_start + 1);
                    // اتهم المرشد الإيراني علي خامنئي الولايات المتحدة: title and name are one subject.
                    if let Some((keep, end)) = (list.len() == 1).then(|| super::apposed_name::apposed_name(ctx, input, m, req.s1)).flatten() {
                        list[0] = keep;
                        after_subject = end;
                    }
                    // التقى المبعوث الأمريكي إلى سوريا الوزير: the object comes past the post.
                    let last = input.mentions[*list.last().unwrap_or(&m)].tok_start;
                    after_subject = super::envoy_post::past_post(ctx, input, req.trigger, last, after_subject, req.s1).unwrap_or(after_subject);
                    if req.pred == req.trigger_start {
                        after_subject = skip_asides(ctx, input, &list, after_subject, req.s1);
                    }
                    // A bare subject's genitive (سكان القرية) belongs to the subject.
                    let bare_subject = input.mentions[m].country.is_none();
                    let k = after_subject;
                    if bare_subject && k + 1 < req.s1 && !ctx.in_mention(k) && is_definite(&input.keys[k])
                        && input.tokens[k].kind == TokenKind::Arabic && nisba_at(input, k).is_none() && ctx.in_mention(k + 1)
                    {
                        after_subject = k + 1;
                    }
                    // قتل 3 فلسطينيين برصاص الجيش الإسرائيلي: an agent after the "subject"
                    // makes the verb an unvowelled passive, the subject its patient.
                    if let Some(a) = agent_right_after(ctx, input, after_subject, req.s1).filter(|_| req.pred == req.trigger_start) {
                        actors.extend(listed(a));
                        recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                        rule.push_str("+passive+agent");
                    } else if req.pred == req.trigger_start
                        && list.iter().all(|&p| {
                            let m = &input.mentions[p];
                            let official = m.role.as_deref().is_some_and(|r| INSTITUTIONS.contains(&r));
                            (matches!(m.kind, Kind::Person | Kind::PersonShort) || m.person_noun) && !official
                                || killing(req) && super::killed_one::individual(input, m)
                        })
                        && violent_without_object(input, req, &slots, after_subject)
                        && !(killing(req) && super::killed_one::object_after_phrase(input, after_subject, req.s1))
                    {
                        // واعتقل مسلم في براغ، وقتل الصحفي الأمريكي في سوريا: a person with
                        // no object after them is the victim of an unvowelled passive (one
                        // person does not kill or arrest no one). Not an official, who may
                        // dismiss or arrest with the object named before a preposition.
                        recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                        rule.push_str("+bare-passive");
                        if let Some(a) = agent_in_clause(ctx, input, after_subject, req.s1) {
                            actors.extend(listed(a));
                            rule.push_str("+agent");
                        }
                    } else if req.pred == req.trigger_start && killing(req) && super::killed_one::counted_victims(input, &input.mentions[m], req.s1) {
                        // قتل العشرات من المسلحين، وقتلت عددا من قياداتها: a count is the killed
                        // (one the verb's count check in `events.rs` misses: with the article, past a
                        // phrase, or before an object-like party).
                        recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                        rule.push_str("+counted");
                        // (A count right after the verb has its agent found by `counted_agent`.)
                        let count_next = super::counted_at(input, req.pred + 1, req.s1);
                        if let Some(a) = agent_in_clause(ctx, input, after_subject, req.s1).filter(|_| !count_next) {
                            actors.extend(listed(a));
                            rule.push_str("+agent");
                        }
                    } else if req.pred == req.trigger_start
                        && !both
                        && super::closing_object::dropped_subject_object(input, &req.trigger.lemma, req.pred, (conjoined_verb(input, req.pred), req.trigger.recipient.contains(&Slot::Object), req.enclitic), after_subject, (req.s0, req.s1))
                    {
                        // …التي وجهتها القوات الجوية للتحالف واستهدفت القيادات الحوثية.: a
                        // joined verb's party that ends the sentence is its object; the
                        // subject goes on from the clause before.
                        after_subject = input.mentions[m].tok_start;
                        subject_seen = true;
                        rule.push_str("+closing-object");
                    } else {
                        actors.extend(list.into_iter().map(arg));
                        rule.push_str("+vso");
                    }
                } else if let Some(n) = np_party(ctx, input, req.pred + 1, limit)
                    .filter(|n| n.actor.is_some() && n.entity.is_none() && !is_trigger(input, req.pred + 1) && !(n.tok_start == req.pred + 1 && super::case_ending::accusative_plural(&input.keys[n.tok_start])))
                    .filter(|_| nisba_may_head_subject(input, req.pred + 1))
                    // (انتقد فيها السلطات: a body the verb's gender does not fit is its object.)
                    .filter(|n| mention_starting(ctx, input, n.tok_start).is_none_or(|m| !super::verb_gender::disagrees(input, req.gender, &input.mentions[m])))
                {
                    // الطائرات الإسرائيلية: a subject known by its nisba (not an event noun
                    // with its own nisba: أدانوا الهجوم الروسي — that is what was condemned).
                    after_subject = n.tok_end.max(req.trigger_start + 1);
                    if req.pred == req.trigger_start
                        && killing(req)
                        && !ctx.in_mention(n.tok_start)
                        && !is_definite(&input.keys[req.pred + 1])
                        && violent_without_object(input, req, &slots, after_subject)
                        && !super::killed_one::object_after_phrase(input, after_subject, req.s1)
                    {
                        // قتل شاب فلسطيني فيما أصيب العشرات، قتل فيه فلسطيني: an indefinite
                        // noun known by its nisba with no object after it was killed (the
                        // unvowelled passive, as `killed_one` reads individuals named).
                        recipients.push(n);
                        rule.push_str("+vso-nisba+bare-passive");
                        if let Some(a) = agent_in_clause(ctx, input, after_subject, req.s1) {
                            actors.extend(listed(a));
                            rule.push_str("+agent");
                        }
                    } else {
                        actors.push(n);
                        rule.push_str("+vso-nisba");
                    }
                }
            }
        } else if is_noun {
            // تهديد إيران لإسرائيل / الغارات الإسرائيلية / بدعم من إيران.
            let genitive_is_patient = slots.contains(&Slot::Object) || req.possessed;
            // A noun whose لـ heads its patient (قصف إسرائيل لغزة) has an owner with لـ only
            // when it is a strike or a seizure by an armed force; for other events (دعم عسكري
            // للميليشيات) the لـ-party is what the event is for.
            let lam_is_patient = has_prep(&slots, "ل") || slots.contains(&Slot::Object);
            let owner_possible = !lam_is_patient || matches!(req.trigger.event.as_deref(), Some("ASSAULT" | "COERCE"));
            after_subject = req.trigger_end;
            if let Some(n) = nisba_at(input, req.trigger_end).filter(|_| !ctx.in_mention(req.trigger_end)) {
                // (العدوان الأمريكي السعودي: each listed nisba is a doer.)
                let more = super::nisba_list::after(ctx, input, &n, req.s1);
                after_subject = more.last().map_or(n.tok_end, |m| m.tok_end);
                actors.push(n);
                actors.extend(more);
                rule.push_str("+nisba");
            } else if let Some(n) = nisba_after_adjective(ctx, input, req.trigger_end, req.s1).filter(|_| !genitive_is_patient) {
                // هجوم صاروخي إسرائيلي: the nisba after an adjective (after a noun whose
                // genitive is its patient, the word there is the patient: مقتل مقيم يمني).
                after_subject = n.tok_end;
                actors.push(n);
                rule.push_str("+nisba");
            } else if let Some((visitor, next)) = super::visitor_lam::visitor(ctx, input, req.trigger, req.trigger_end, req.s0, req.s1).filter(|_| !req.possessed) {
                // زيارة لولي العهد إلى بريطانيا: the لـ-party visits; the destination follows.
                after_subject = next;
                actors.push(visitor);
                rule.push_str("+visitor-lam");
                slots.retain(|s| !matches!(s, Slot::Prep(p) if p == "ل") || input.keys[next] != "الي");
            } else if let Some(m) = possessor_with_lam(ctx, input, req.trigger, lam_is_patient, req.trigger_end, req.s1).filter(|_| owner_possible && !req.possessed) {
                // غارة جوية لمقاتلات التحالف: لـ names the owner when it heads no recipient.
                actors.extend(listed(m));
                after_subject = actors.last().map_or(input.mentions[m].tok_end, |a| a.tok_end);
                rule.push_str("+possessor");
                // قصف مدفعي لميليشيات الحوثي الموالية لإيران، على مدينة حيس: the لـ was the
                // owner's; the target comes with على.
                if lam_is_patient {
                    slots.retain(|s| !matches!(s, Slot::Prep(p) if p == "ل"));
                }
            } else if let Some(m) = mention_starting(ctx, input, req.trigger_end).filter(|&m| !input.mentions[m].prepositional && definite_head(input, req.trigger, req.trigger_start) && !party_adjective(input, m)) {
                // الدعم العسكري الذي يقدمه حزب الله: past the adjective to the relative clause.
                after_subject = input.mentions[m].tok_end;
            } else if let Some(m) = mention_starting(ctx, input, req.trigger_end).filter(|&m| !input.mentions[m].prepositional) {
                let list = list_from(ctx, input, m, req.s1);
                let end = input.mentions[*list.last().unwrap_or(&m)].tok_end;
                // اجتماع وزير الخارجية الأمريكي، مايك بومبيو، مع العاهل السعودي: the recipient
                // comes past the apposition's closing comma.
                let past_asides = skip_asides(ctx, input, &list, end, req.s1);
                // قمع الجيش للمتظاهرين، احتلال إسرائيل للأراضي: a verbal noun's object
                // follows with لـ, so the genitive before it is the agent.
                // للقاء الملك سلمان: the one met, unless the genitive is a meeting's two
                // sides (للقاء ترامب وكيم, the second maybe no mention) or the noun's own
                // recipient follows it (للقاء الرئيس الأمريكي مع القادة الإيرانيين).
                let joined = end < req.s1 && input.keys[end].starts_with('و') && !is_trigger(input, end);
                let own_recipient = prepositional_recipient(ctx, input, &slots, end, (end + 2).min(req.s1)).is_some()
                    || end < req.s1 && slots.iter().any(|sl| matches!(sl, Slot::Prep(p) if *p == input.keys[end]));
                let met = req.meeting_purpose && one_side(&list, input) && !joined && !own_recipient && !lam_object_at(ctx, input, end, req.s1);
                if met {
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    rule.push_str("+met");
                    if let Some(v) = super::meeting_purpose::visitor(ctx, input, req.trigger_start, req.s0) {
                        actors.extend(list_from(ctx, input, v, req.trigger_start).into_iter().map(arg));
                        rule.push_str("+visitor");
                    }
                } else if super::bombardment::genitive_bombs(ctx, input, req.trigger, req.trigger_start, &list, end, req.s1) {
                    // قصف الطيران التركي على بلدات عفرين، القصف الحوثي: the one who bombs.
                    actors.extend(list.into_iter().map(arg));
                    rule.push_str("+genitive-bombs");
                } else if genitive_is_patient && !lam_object_at(ctx, input, end, req.s1) {
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    rule.push_str("+genitive-patient");
                } else if verbal_noun::genitive_accused(ctx, input, req.trigger, req.trigger_start, end, req.s1) {
                    // اتهام موسكو بتسميمه: the accused.
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    rule.push_str("+genitive-accused");
                } else if verbal_noun::genitive_criticised(ctx, input, req.trigger_start, end, (req.s0, req.s1)) {
                    // دأب ترامب على انتقاد ماكيب: the one criticised.
                    recipients.extend(list.into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
                    rule.push_str("+genitive-criticised");
                } else {
                    actors.extend(list.into_iter().map(arg));
                    rule.push_str("+genitive");
                    // اتهام ترامب بكين: the agent's object follows it.
                    match verbal_noun::after_genitive(ctx, input, &actors, (req.trigger_start, end), req.s1) {
                        Some(verbal_noun::AfterGenitive::Object(objects)) => {
                            recipients.extend(objects);
                            rule.push_str("+object");
                        }
                        Some(verbal_noun::AfterGenitive::Conjunct(more)) => actors.extend(more),
                        None => {}
                    }
                }
                after_subject = past_asides;
            }
            if actors.is_empty() {
                let mut partitive = None;
                let m = agent_marker(ctx, input, after_subject, req.s1).or_else(|| {
                    if has_prep(&slots, "من") {
                        return None;
                    }
                    // (A place taken from a party, تحرير المحافظة من ميليشيات الحوثي: the
                    // one driven out, not the one taking it.)
                    if req.trigger.mode.as_deref() == Some("seize") && req.trigger.cameo.as_deref().is_some_and(|c| c.starts_with("19")) {
                        return None;
                    }
                    // بدعم من إيران
                    let j = (after_subject..(after_subject + 2).min(req.s1)).find(|&k| input.keys[k] == "من")?;
                    let m = first_mention(ctx, input, j + 1, (j + 3).min(req.s1))?;
                    // مقتل ثلاثة من قوات الأمن، اعتقال عدد من أنصاره: after a count, من
                    // names the group the counted belong to, who undergo an event whose
                    // genitive is its patient (استقالة اثنين من وزرائها: they act). After
                    // أكثر/أقل it compares a count (دعم أكثر من ثلثي الأعضاء): neither.
                    if genitive_is_patient && j > req.trigger_end && super::counted_at(input, j - 1, req.s1) {
                        partitive = (!matches!(input.keys[j - 1].as_str(), "اكثر" | "اقل")).then_some(m);
                        return None;
                    }
                    Some(m)
                });
                if let Some(m) = m {
                    actors.extend(listed(m));
                    rule.push_str("+agent");
                } else if let Some(m) = partitive.filter(|_| recipients.is_empty()) {
                    recipients.push(Arg::from_mention(&input.mentions[m], input.home));
                    rule.push_str("+counted-of");
                }
            }
            // الحصار الذي تفرضه إسرائيل على غزة: the subject of the relative clause's verb;
            // غارة جوية شنتها إسرائيل: the doer after a verb of carrying out.
            // (The doer first: the verb of carrying out makes an attack by a government an
            // armed one, not words.)
            let relative = || {
                let doer = super::carried_out::doer(ctx, input, req.trigger.event.as_deref(), req.trigger_end, req.s1).map(|m| (m, "+carried-out"));
                doer.or_else(|| relative_subject(ctx, input, after_subject, req.s1).map(|m| (m, "+relative")))
            };
            if let Some((m, how)) = if actors.is_empty() { relative() } else { None } {
                let list = list_from(ctx, input, m, req.s1);
                after_subject = input.mentions[*list.last().unwrap_or(&m)].tok_end;
                actors.extend(list.into_iter().map(arg));
                rule.push_str(how);
            }
            // قرار ترامب الانسحاب من الاتفاق: the decision's maker acts.
            if let Some(list) = actors.is_empty().then(|| super::decided::maker(ctx, input, req.trigger, req.trigger_start, (req.s0, req.s1))).flatten() {
                actors.extend(list.into_iter().map(arg));
                rule.push_str("+decided-by");
            }
        }
    }

    // A noun whose genitive is its patient, after its predicate: the genitive right after
    // it comes before a party further on (أعلنت روسيا عن طرد 23 دبلوماسيا بريطانيا من
    // موسكو: the diplomats, not Moscow). Only a genitive of its own country (not an
    // adjective the story's country fills in: فرض مقاطعة دبلوماسية على قطر), and not one
    // with an object right after it, which makes it the agent (اعتقال السلطات الفرنسية
    // لاجئا عراقيا).
    if recipients.is_empty() && is_noun && req.pred != req.trigger_start && !actors.is_empty() && slots.contains(&Slot::Object) {
        let genitive = mention_starting(ctx, input, req.trigger_end).filter(|&m| input.mentions[m].country.is_some());
        let patient = genitive.filter(|&m| {
            let end = list_from(ctx, input, m, req.s1).last().map_or(input.mentions[m].tok_end, |&l| input.mentions[l].tok_end);
            mention_starting(ctx, input, end).is_none()
        });
        if let Some(list) = patient.and_then(|_| object(ctx, input, req.trigger_end, req.s1)) {
            recipients.extend(list);
            rule.push_str("+genitive-patient");
        }
    }
    // The recipient.
    if recipients.is_empty() {
        if slots.contains(&Slot::Object) && req.pred_is_verb && !is_noun && !req.passive {
            let lo = after_subject;
            if !actors.is_empty() || req.first_person || subject_seen {
                if let Some(list) = object(ctx, input, past_adverbs(ctx, input, lo, req.s1), req.s1) {
                    recipients.extend(list);
                    rule.push_str("+object");
                } else if let Some(list) = object_past_weapon(ctx, input, past_adverbs(ctx, input, lo, req.s1), req.s1).filter(|_| req.trigger.event.as_deref() == Some("ASSAULT") && !actors.is_empty()) {
                    recipients.extend(list);
                    rule.push_str("+object+past-weapon");
                }
            }
        }
        if recipients.is_empty() {
            // (A participle warning of a danger, محذرا من أن طهران ستنسحب، محذرا من نوايا
            // إيران, warns no one.)
            let danger = |list: &Vec<Arg>| req.participle && list.first().is_some_and(|a| past_the_danger(input, a.tok_start));
            // (Only an attack's target is sought past a time aside: other events' phrase there
            // is most often another act's, مكالمة أجراها، الإثنين، مع، or a danger, حذرت،
            // الأسبوع الماضي، من.)
            let past_time = req.trigger.event.as_deref() == Some("ASSAULT");
            if let Some(list) = recipient_after_preposition(ctx, input, &slots, after_subject.max(req.trigger_end), req.s1, past_time).filter(|l| !danger(l)) {
                recipients.extend(list);
                rule.push_str("+prep");
                // قمة مقررة في سنغافورة بين كيم وترامب: بين further on names both sides,
                // the first acting, as for بين right after the noun.
                let first = recipients[0].tok_start;
                if actors.is_empty() && recipients.len() >= 2 && first > 0 && matches!(input.keys[first - 1].as_str(), "بين" | "وبين") {
                    actors.push(recipients.remove(0));
                    rule.push_str("+between");
                }
            }
        }
        // دعت الجماعة إلى إخراج مصر من الأزمة: the party inside the act demanded, when no
        // one is asked by name (`demanded_act`).
        if recipients.is_empty() && req.trigger.event.as_deref() == Some("REQUEST") && req.pred_is_verb && !is_noun && !req.passive && !actors.is_empty() {
            let lo = past_adverbs(ctx, input, after_subject.max(req.trigger_end), req.s1);
            if let Some(list) = super::demanded_act::party(ctx, input, lo, req.s1) {
                recipients.extend(list);
                rule.push_str("+demanded-act");
            }
        }
    }
    // وجه مولر إلى مانافورت تهما، قدمت لليمن مساعدات: under a support verb the recipient
    // may stand between the verb's subject and the noun.
    // Only when nothing else stands there: the words between are parties, the preposition,
    // a time or a count (وجهت إلى كوهين رسميا أي تهم); a longer gap is most often a noun
    // that is no object of the verb (رفع حظوظ خان ليصبح رئيسا للحكومة بمساعدة).
    if recipients.is_empty() && req.pred < req.trigger_start {
        let past_subject = actors.iter().filter(|a| a.tok_start > req.pred && a.tok_end <= req.trigger_start).map(|a| a.tok_end).max().unwrap_or(req.pred + 1);
        let filler = |k: usize| {
            let key = bare(&input.keys[k]);
            ctx.in_mention(k) || input.tokens[k].kind == TokenKind::Number || TIME_WORDS.contains(&key) || GAP_WORDS.contains(&key) || is_preposition(key) && has_prep(&slots, key)
        };
        let list = (past_subject..req.trigger_start).all(filler).then(|| prepositional_recipient(ctx, input, &slots, past_subject, req.trigger_start)).flatten();
        if let Some(list) = list {
            recipients.extend(list);
            rule.push_str("+prep-before-noun");
        }
    }
    // دان الاتفاق على "خارطة الطريق" الذي أعلنته واشنطن: the maker of the thing reacted
    // to, named after its complement.
    if recipients.is_empty() && !req.passive && (!actors.is_empty() || subject_seen) {
        let head = after_subject.max(req.trigger_end);
        if let Some(m) = super::relative_object::maker_after_complement(ctx, input, req.trigger.event.as_deref(), head, req.s1) {
            recipients.extend(list_from(ctx, input, m, req.s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)));
            rule.push_str("+maker");
        }
    }
    // An event noun after its predicate: the genitive is the patient (لقاء الرئيس
    // الكوري، مهاجمة إيران، بدعم الحكومة اليمنية).
    if recipients.is_empty() && is_noun && req.pred != req.trigger_start && !actors.is_empty() {
        if let Some(list) = object(ctx, input, req.trigger_end, req.s1) {
            recipients.extend(list);
            rule.push_str("+genitive-patient");
        }
    }
    // قصفت إسرائيل مواقع تابعة لحماس: the owner of the thing struck or seized.
    if recipients.is_empty() {
        if let Some(list) = super::owned_target::owner_after(ctx, input, req.trigger.event.as_deref(), after_subject.max(req.trigger_end), req.s1) {
            recipients.extend(list);
            rule.push_str("+owner");
        }
    }
    // A place seized or liberated stands for its state (سيطرت القوات على مدينة الحديدة).
    if recipients.is_empty() {
        let t = req.trigger;
        if let Some(place) = super::seized_place::state_of_place_seized(ctx, input, (t.cameo.as_deref(), t.mode.as_deref()), req.trigger_end - 1, after_subject.max(req.trigger_end), req.s1) {
            recipients.push(place);
            rule.push_str("+seized-place");
        } else if let Some(place) = super::seized_place::state_of_place_struck(ctx, input, t.event.as_deref(), after_subject.max(req.trigger_end), req.s1) {
            recipients.push(place);
            rule.push_str("+struck-place");
        }
    }
    // An attack with no target named strikes the state where it happens (هجمات في شمال
    // مالي، استهداف حافلة مدرسية في صعدة); so does one on people the text gives no country
    // (أطلق الجنود النار على الصيادين قرب الشاطئ غرب غزة), as the labels code them.
    if recipients.iter().all(|r| r.country.is_none()) && req.trigger.event.as_deref() == Some("ASSAULT") {
        // (Right after the trigger, else past a subject after it: قصفت مقاتلات التحالف
        // مواقع الحوثيين في مديرية كتاف.)
        let past_subject = || (after_subject > req.trigger_end).then(|| location(ctx, input, after_subject, req.s1)).flatten();
        // (عملية عسكرية … لتحرير مدينة الحديدة: the place the attack is to take.)
        let taken = || super::purpose_place::place_taken(ctx, input, req.trigger_end, req.s1);
        // (قصفت طائرات حربية، الجمعة، منطقة "حوض اليرموك" في ريف درعا: further on in
        // the clause, past its object and adjuncts.)
        let scene = || scene_of_attack(ctx, input, after_subject.max(req.trigger_end), req.s1);
        let told = location(ctx, input, req.trigger_end, req.s1).map(|p| (p, ""));
        let told = told.or_else(|| past_subject().map(|p| (p, "")));
        let found = told.or_else(|| taken().map(|p| (p, super::purpose_place::RULE))).or_else(|| scene().map(|p| (p, super::scene_place::RULE)));
        if let Some((place, tag)) = found {
            // (في العراق وسوريا: every state of the list is struck.)
            recipients.clear();
            recipients.extend(listed_with(ctx, input, place, req.s1, |m| matches!(m.kind, Kind::State | Kind::Capital)));
            rule.push_str("+location");
            // (Marked so that a retold attack may still lend its actor: retold_attack.rs.)
            rule.push_str(tag);
        }
    }
    // A protest with no named protesters, or protesters of no known country (آلاف
    // المحتجين): the place it happens names them (تظاهرات في بغداد، خرج آلاف المحتجين
    // إلى الشوارع في الخرطوم); further on in the clause, a state, capital or city after في
    // or بـ (تظاهر مئات الأشخاص أمام القنصلية الإسرائيلية في اسطنبول: TUR).
    if actors.iter().all(|a| a.country.is_none()) && req.trigger.event.as_deref() == Some("PROTEST") {
        let hi = (req.trigger_end + 4).min(req.s1);
        let right_after = (req.trigger_start..hi)
            .find(|&k| input.keys[k] == "في")
            .and_then(|j| first_mention(ctx, input, j + 1, (j + 2).min(req.s1)))
            .map(|m| Arg::from_mention(&input.mentions[m], input.home));
        let further = || location_of(ctx, input, after_subject.max(req.trigger_end), req.s1, true).map(|a| Arg { thing: false, ..a });
        if let Some(place) = right_after.or_else(further) {
            if actors.is_empty() {
                actors.push(place);
            } else {
                for a in &mut actors {
                    a.country = place.country.clone();
                }
            }
            rule.push_str("+place");
        }
    }
    // A pronoun for the recipient (أطلقت السلطات سراحه، اعتدى عليها، انتقادات له): the
    // party named before it that agrees. Only for an event whose actor is known: a pronoun
    // alone is too weak a party to make an event.
    // Not for a trigger that is an event only with its party named (وصف، بحث مع), and not
    // after ما, whose own pronoun it is (ما وصفه بـ"كارثة": what he called a disaster).
    let pronoun_ok = req.trigger.needs != Needs::Recipient && !after_ma(input, req.trigger_start, req.s0);
    // (A لـ-object with a possessive pronoun is a patient only for an attack or a
    // coercion: قصف التحالف لمواقعهم; support for "their" proposals is the proposals'.)
    let struck_or_seized = matches!(req.trigger.event.as_deref(), Some("ASSAULT" | "COERCE"));
    // A coercion, attack or sanction with no actor named takes its victim's pronoun too
    // (وحكم عليه بالسجن: events/unnamed_agent.rs).
    let victim_only = actors.is_empty() && super::unnamed_agent::applies(req.trigger.event.as_deref(), req.trigger.mode.as_deref(), req.pred_is_verb, is_noun);
    if victim_only && recipients.is_empty() && pronoun_ok {
        // (Not an object pronoun on the verb: mostly a thing, يحجبها.)
        let victim = super::unnamed_agent::victim_pronoun(input, &slots, req.trigger_start, after_subject.max(req.trigger_end), req.s1);
        // (Not when a relative clause's head is a thing: السائق الذي ألقي القبض عليه.)
        let victim = victim.filter(|_| relative_thing_head(ctx, input, req).is_none());
        if let Some(a) = victim.and_then(|k| antecedent(input, k, req.trigger_start, req.s0, &actors)) {
            recipients.push(a);
            rule.push_str("+unnamed-agent+pronoun");
        }
    }
    // A custody noun's own pronoun with no doer named is the one held (تم اعتقاله، قبل
    // ترحيلهم: events/held_pronoun.rs).
    if actors.is_empty() && recipients.is_empty() && is_noun && req.possessed && pronoun_ok {
        if let Some(a) = super::held_pronoun::held(input, req.trigger, (req.trigger_start, req.trigger_end), req.s0) {
            recipients.push(a);
            rule.push_str("+held-pronoun");
        }
    }
    if recipients.is_empty() && !req.passive && pronoun_ok && actors.iter().any(|a| a.country.is_some()) {
        // (A stance's own pronoun, or its `then` word's, is the one who expresses it, never
        // its target: عبرت الصين عن معارضتها، أعربت موسكو عن خيبة أملها.)
        let own_stance = req.trigger.needs == Needs::Expressed;
        let object_pronoun = (req.enclitic && slots.contains(&Slot::Object) && !own_stance)
            .then_some(req.trigger_start)
            .or_else(|| then_pronoun(input, req).filter(|_| !own_stance))
            .or_else(|| preposition_pronoun(input, &slots, after_subject.max(req.trigger_end), req.s1))
            .or_else(|| lam_possessed_pronoun(ctx, input, &slots, after_subject.max(req.trigger_end), req.s1).filter(|_| is_noun && struck_or_seized));
        // (The object pronoun of a verb after a relative pronoun is the relative's head:
        // none when that is a thing, a word with the article in no mention, مبادرة التقسيم التي
        // يدعمها الملياردير, الألغام التي زرعتها الميليشيات; an indefinite one may be a name
        // no dictionary knows. A place seized or struck stands for its state: هضبة الجولان
        // التي تحتلها إسرائيل.)
        let thing_head = (object_pronoun == Some(req.trigger_start) && req.pred == req.trigger_start).then(|| relative_thing_head(ctx, input, req)).flatten();
        // طلب منه جهاز الاستخبارات: the one asked (`asked_pronoun`).
        let asked = (object_pronoun.is_none() && req.trigger.event.as_deref() == Some("REQUEST") && has_prep(&slots, "من")).then(|| super::asked_pronoun::asked(input, req, after_subject, &actors)).flatten();
        if let Some(a) = asked {
            recipients.push(a);
            rule.push_str("+asked-pronoun");
        } else if let Some(k) = thing_head {
            // (Not a place of the actor's own state: there it stands for those who hold it,
            // الغوطة الشرقية التي تحاصرها قوات النظام.)
            let place = struck_or_seized.then(|| place_ending_at(input, k)).flatten().filter(|p| !actors.iter().any(|a| a.country.is_some() && a.country == p.country));
            if let Some(place) = place {
                recipients.push(place);
                rule.push_str("+relative-place");
            }
        } else if let Some(a) = object_pronoun.filter(|_| !unnamed_object).and_then(|k| antecedent(input, k, req.trigger_start, req.s0, &actors)) {
            recipients.push(a);
            rule.push_str("+pronoun");
        }
    }
    // A party is not its own counterpart in the same words.
    recipients.retain(|r| !actors.iter().any(|a| a.tok_start == r.tok_start));
    Found { actors, recipients, rule, unknown_head }
}

/// The direct object at token `lo` (for a subject found outside this module).
pub(super) fn object_after(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<Vec<Arg>> {
    object(ctx, input, lo, s1)
}

/// The object of a strike past its weapon or manner phrase at `lo` (قصفت بالمدفعية الثقيلة
/// مواقع الحوثيين: `instrument_phrase.rs`): the first word past the weapon's adjectives,
/// within the clause. Not past punctuation, a preposition or a word with و; not a party
/// with لـ or a nisba there, which are the weapon's owner (بغارات لطائرات التحالف،
/// بغارات جوية روسية: the striker, the killed being the subject).
fn object_past_weapon(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<Vec<Arg>> {
    let from = super::instrument_phrase::past_weapon(input, lo, s1)?;
    for k in from..s1.min(from + 1 + super::instrument_phrase::ADJECTIVE_REACH) {
        let key = input.keys[k].as_str();
        if input.tokens[k].kind == TokenKind::Punct || is_preposition(key) || key.starts_with('و') {
            return None;
        }
        let weapon_word = super::instrument_phrase::describes_weapon(key);
        let named = mention_starting(ctx, input, k).filter(|&m| !input.mentions[m].prepositional).is_some() && !weapon_word;
        if nisba_at(input, k).is_some() || !named && weapon_word {
            continue;
        }
        if key.starts_with('ل') && !named {
            return None;
        }
        return object(ctx, input, k, s1);
    }
    None
}

/// The direct object at token `lo`: a mention, a party inside the noun phrase there, or
/// the group of a member noun (قياديا في حركة حماس).
fn object(ctx: &Context, input: &Input, lo: usize, s1: usize) -> Option<Vec<Arg>> {
    if lo >= s1 {
        return None;
    }
    let recip = |m: usize| Arg::from_mention(&input.mentions[m], input.home);
    if let Some(m) = mention_starting(ctx, input, lo).filter(|&m| !input.mentions[m].prepositional) {
        return Some(list_from(ctx, input, m, s1).into_iter().map(recip).collect());
    }
    if ctx.in_mention(lo) {
        return None;
    }
    if MEMBER_NOUNS.contains(&bare(&input.keys[lo])) && lo + 2 < s1 && matches!(input.keys[lo + 1].as_str(), "في" | "من") {
        if let Some(m) = mention_starting(ctx, input, lo + 2) {
            return Some(vec![recip(m)]);
        }
    }
    if let Some(m) = super::delegation_object::party_from(ctx, input, lo, s1) {
        // استقبل وفدا من حركة حماس: the party the delegation comes from.
        return Some(list_from(ctx, input, m, s1).into_iter().map(recip).collect());
    }
    if bare(&input.keys[lo]) == "ما" {
        // أدان ما قامت به إسرائيل: what someone did, named by its doer.
        return ma_clause_subject(ctx, input, lo, s1).map(|m| vec![recip(m)]);
    }
    // الاتهامات التي وجهتها بريطانيا، الرابط الذي وضعته المملكة: the maker of the thing.
    let made_by = || super::relative_object::subject_of_head(ctx, input, lo, s1).map(|m| list_from(ctx, input, m, s1).into_iter().map(recip).collect());
    if is_trigger(input, lo) {
        // نفت روسيا الاتهامات البريطانية: the event noun's own actor is the recipient.
        return nisba_at(input, lo + 1).map(|a| vec![a]);
    }
    np_party(ctx, input, lo, s1).map(|a| vec![a]).or_else(made_by)
}

/// The subject named right after the verb of a clause opened by ما "what" at `j` (ما
/// قامت به إسرائيل، بما أعلنته الرئاسة التركية): whom a reaction to "what they did" is
/// aimed at. A pronoun subject (بما وصفه بـ) names no one.
fn ma_clause_subject(ctx: &Context, input: &Input, j: usize, s1: usize) -> Option<usize> {
    let verb = j + 1;
    if verb + 1 >= s1 || ctx.in_mention(verb) || input.tokens[verb].kind != TokenKind::Arabic || is_preposition(&input.keys[verb]) {
        return None;
    }
    let at = if RESUMPTIVE.contains(&bare(&input.keys[verb + 1])) { verb + 2 } else { verb + 1 };
    (at < s1).then(|| mention_starting(ctx, input, at)).flatten().filter(|&m| !input.mentions[m].prepositional)
}

/// Words in لـ that are no preposition on a noun (لكن، لدى، لقاء …).
const NOT_LAM_OBJECT: &[&str] = &["لكن", "لكنه", "لكنها", "لكنهم", "لدي", "لدينا", "لقاء", "لاحقا", "لذلك", "لذا", "لعل", "لقد", "لاسيما", "لصالح"];

/// Does the object of a verbal noun start at `k`, written with لـ (للمتظاهرين، لمواقعهم،
/// لإسرائيل، له)? Then the genitive before it is the noun's agent.
fn lam_object_at(ctx: &Context, input: &Input, k: usize, s1: usize) -> bool {
    if k >= s1 || input.tokens[k].kind != TokenKind::Arabic {
        return false;
    }
    if let Some(m) = mention_starting(ctx, input, k) {
        return attached_preposition(input, &input.mentions[m]) == Some('ل');
    }
    let key = input.keys[k].as_str();
    if matches!(key, "له" | "لها" | "لهم" | "لهما") {
        return true;
    }
    key.starts_with('ل') && key.chars().count() >= 4 && !NOT_LAM_OBJECT.contains(&key)
}

/// The subject of a clause after أن whose verb follows auxiliaries only (نفت إيران أن
/// تكون قد هاجمت): the mention just before أن.
fn aux_subject(ctx: &Context, input: &Input, pred: usize, s0: usize) -> Option<usize> {
    let mut k = pred;
    while k > s0 && pred - k < 3 {
        k -= 1;
        let key = bare(&input.keys[k]);
        if matches!(key, "ان" | "بان") {
            if k == pred - 1 {
                return None;
            }
            let prev = ctx.mention_at.get(k.checked_sub(1)?).copied().flatten()? as usize;
            return (!input.mentions[prev].prepositional).then_some(prev);
        }
        if !AUXILIARIES.contains(&key) {
            return None;
        }
    }
    None
}

/// The first mention (not written with a preposition) starting in `[from, to)`.
pub fn first_mention(ctx: &Context, input: &Input, from: usize, to: usize) -> Option<usize> {
    (from..to).find_map(|k| mention_starting(ctx, input, k).filter(|&m| !input.mentions[m].prepositional))
}

/// The words after the verb at `k` where its object noun may stand (`تعرضت السفارة لهجوم`،
/// `تلقى الرئيس اتصالا`): past mentions (its subject), at most `window` + 1 other words, up
/// to the first punctuation.
pub fn words_after_verb<'i>(input: &'i Input, ctx: &'i Context, k: usize, s1: usize, window: usize) -> impl Iterator<Item = usize> + 'i {
    (k + 1..s1).take_while(|&j| input.tokens[j].kind != TokenKind::Punct).filter(|&j| !ctx.in_mention(j)).take(window + 1)
}

/// The subject of a verb whose object is the event noun at `noun` (تعرض ل، تلقى): the first
/// mention between them (`تعرضت السفارة الإيرانية لهجوم`), else the one ending right before
/// the verb in its sentence and governed by no preposition (`السجناء يتعرضون للتعذيب`).
pub fn subject_beside_verb(ctx: &Context, input: &Input, verb: usize, noun: usize, s0: usize) -> Option<Arg> {
    let party = |m: usize| Arg::from_mention(&input.mentions[m], input.home);
    if let Some(m) = first_mention(ctx, input, verb + 1, noun) {
        return Some(party(m));
    }
    let m = ctx.mention_of(verb.checked_sub(1)?)?;
    let mention = &input.mentions[m];
    (mention.tok_start >= s0 && mention.tok_end == verb && !mention.prepositional).then(|| party(m))
}

/// من قبل X، على يد X، من جانب X after `from`.
fn agent_marker(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<usize> {
    let hi = (from + PREP_WINDOW).min(s1);
    for j in from..hi.saturating_sub(1) {
        let (a, b) = (bare(&input.keys[j]), input.keys[j + 1].as_str());
        if AGENT_MARKERS.iter().any(|&(x, y)| x == a && y == b) && !other_side(input, j + 2, s1) {
            if super::previously::adverb_at(ctx, input, j, s1) {
                return None;
            }
            return first_mention(ctx, input, j + 2, (j + 4).min(s1));
        }
        // برصاص الجيش، بنيران القوات: the weapon's owner.
        if WEAPON_AGENTS.contains(&a) {
            return first_mention(ctx, input, j + 1, (j + 3).min(s1));
        }
    }
    None
}

/// The agent phrase of an unvowelled passive further on in its clause, past a place or
/// time (`خاشقجي قتل في القنصلية على أيدي عناصر في المخابرات السعودية`): no punctuation
/// between, so a later clause's agent is not taken.
fn agent_in_clause(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<usize> {
    let m = agent_marker(ctx, input, from, s1)?;
    (from..input.mentions[m].tok_start).all(|k| input.tokens[k].kind != TokenKind::Punct).then_some(m)
}

/// `من جانب آخر`، `من طرف آخر`: "on the other hand", no agent (`انتقد الرئيس الأمريكي من
/// جانب آخر الحكومة الإيرانية`: the government is the object).
fn other_side(input: &Input, k: usize, s1: usize) -> bool {
    k < s1 && matches!(bare(&input.keys[k]), "اخر" | "اخري")
}

/// An agent phrase right at `k`, or after one time word (قتل 3 فلسطينيين [الجمعة] برصاص
/// الجيش): what makes an unvowelled verb passive.
pub(super) fn agent_right_after(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<usize> {
    let k = if k < s1 && !ctx.in_mention(k) && TIME_WORDS.contains(&bare(&input.keys[k])) { k + 1 } else { k };
    if k + 1 >= s1 {
        return None;
    }
    let (a, b) = (bare(&input.keys[k]), input.keys[k + 1].as_str());
    // (من قبل، من جانب are also "before" and "on the side": only with the agent right
    // after them, or after its count, is the verb passive, not in `طردت من قبل في
    // الصومال`، `نفت من قبل تأكيدات أوكرانيا`, "had expelled, had denied before".)
    if AGENT_MARKERS.iter().any(|&(x, y)| x == a && y == b) && !other_side(input, k + 2, s1) && !super::previously::adverb_at(ctx, input, k, s1) {
        let reach = if a == "من" && !super::counted_at(input, k + 2, s1) { k + 3 } else { k + 4 };
        return first_mention(ctx, input, k + 2, reach.min(s1));
    }
    if WEAPON_AGENTS.contains(&a) {
        return first_mention(ctx, input, k + 1, (k + 3).min(s1));
    }
    if STRIKE_AGENTS.contains(&a) {
        return strike_agent(ctx, input, k + 1, s1);
    }
    None
}

/// The striker after a strike noun at `k - 1`: a mention with لـ right after it (بغارة
/// للتحالف) or after a nisba-shaped adjective (بغارة جوية لمقاتلات التحالف). Not a
/// genitive, as often the target (اتهم أنقرة بقصف المدنيين) as the striker, nor an owner
/// after a noun (بقصف مواقع للحوثيين: the target's).
fn strike_agent(ctx: &Context, input: &Input, k: usize, s1: usize) -> Option<usize> {
    let owner_at = |j: usize| mention_starting(ctx, input, j).filter(|_| input.keys[j].starts_with('ل'));
    if k >= s1 {
        return None;
    }
    if let Some(m) = owner_at(k) {
        return Some(m);
    }
    let adjective = input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k) && nisba_shaped(&input.keys[k]);
    (adjective && k + 1 < s1).then(|| owner_at(k + 1)).flatten()
}

/// A transitive verb with its subject before it and an agent phrase right after it
/// (برصاص، بنيران، على يد، من قبل …) is an unvowelled passive: `فلسطينيون قتلوا برصاص
/// الجيش` is ISR → PSE, not PSE → ISR, and so is the head of a relative clause (`الذين
/// اعتقلوا على يد الشرطة`). Returns the agent, the patients and the rule. Not a verb with
/// an object pronoun (its object is named) nor a pattern (`أطلق النار`).
fn fronted_passive(ctx: &Context, input: &Input, req: &Request, slots: &[Slot]) -> Option<(usize, Vec<usize>, &'static str)> {
    if !req.pred_is_verb || req.passive || req.participle || req.pred != req.trigger_start || req.enclitic || req.first_person
        || !req.trigger.then.is_empty() || !slots.contains(&Slot::Object)
    {
        return None;
    }
    let agent = agent_right_after(ctx, input, req.trigger_end, req.s1)?;
    if let Some(m) = svo_subject(ctx, input, req.pred, req.s0).filter(|_| !conjoined_verb(input, req.pred)) {
        return Some((agent, list_backward(ctx, input, m, req.s0), "+passive-svo+agent"));
    }
    let m = relative_antecedent(ctx, input, req.pred, req.s0)?;
    let plural_relative = PLURAL_RELATIVES.contains(&bare(&input.keys[req.pred - 1]));
    let heads = if plural_relative { list_backward(ctx, input, m, req.s0) } else { vec![m] };
    Some((agent, heads, "+passive-relative+agent"))
}

/// An SVO subject: the last mention ending at most a few words before the verb, with no
/// punctuation or clause break in between.
fn svo_subject(ctx: &Context, input: &Input, pred: usize, s0: usize) -> Option<usize> {
    let lo = pred.saturating_sub(SVO_GAP + 1).max(s0);
    let mut k = pred;
    while k > lo {
        k -= 1;
        if input.tokens[k].kind == TokenKind::Punct {
            // (Past an aside between commas: وكان الجنرال الأميركي، جون نيكلسون، قد تحدث.)
            // (Or past a lone comma after an opener: إن الرئيس محمود عباس، طلب.)
            return closed_aside::subject_before(ctx, input, k, pred, s0).or_else(|| super::lone_comma::subject_before(ctx, input, k, pred, s0));
        }
        if CLAUSE_BREAKS.contains(&bare(&input.keys[k])) {
            return None;
        }
        if let Some(m) = ctx.mention_at[k] {
            let m = m as usize;
            return (!input.mentions[m].prepositional).then_some(m);
        }
    }
    None
}

/// Prepositions whose object is a place or a partner, not the subject of a verb after it
/// (الوفد إلى واشنطن حيث أجرى، الاحتجاجات في قطاع غزة، في اجتماع مع الرئيس يبحث). Not على,
/// whose object often acts next (العقوبات على أنقرة بعدما رفضت), nor من and عن, which
/// also count (عناصر من الحرس سيستخدمون) and report (نقلت عن لافروف وصفه).
const PLACE_PREPOSITIONS: &[&str] = &["في", "الي", "مع", "ضد"];
/// Place adverbs, whose object is never the verb's subject, even a state right before the
/// verb (هجوم قرب دمشق اتهمت دول غربية النظام بشنه). After في an unnamed group's state may
/// stand for it (خبراء في بريطانيا اتفقوا), never after قرب. Not داخل, whose body often
/// stands for its members (أصوات داخل البرلمان تنتقد الحكومة).
const PLACE_ADVERBS: &[&str] = &["قرب", "خارج", "عند", "لدي", "نحو", "تجاه"];

/// Is mention `m` the object of a separate preposition before it, and so no subject of the
/// verb at `pred` after it? Also من or عن after a backing or a source (وبدعم من التحالف
/// سيطرت، بيان صادر عن الجيش فقد أغارت). An indefinite phrase right before the verb opens a
/// relative clause and stays its subject (على خمسة مسؤولين إيرانيين زودوا الحوثيين).
pub(super) fn governed_by_preposition(ctx: &Context, input: &Input, m: usize, pred: usize, s0: usize) -> bool {
    let mention = &input.mentions[m];
    let Some(p) = mention.tok_start.checked_sub(1).filter(|&p| p >= s0 && !ctx.in_mention(p)) else { return false };
    let key = bare(&input.keys[p]);
    if PLACE_ADVERBS.contains(&key) {
        return true;
    }
    if mention.tok_end == pred && !is_definite(&input.keys[mention.tok_start]) {
        return false;
    }
    if PLACE_PREPOSITIONS.contains(&key) {
        return true;
    }
    let head = p.checked_sub(1).filter(|&h| h >= s0).map(|h| input.keys[h].as_str());
    matches!(key, "من" | "عن") && head.is_some_and(|h| (h.starts_with('ب') && has_chars(h, 4)) || bare(h).trim_start_matches("ال").starts_with("صادر"))
}

/// Is the verb's subject the party right after a resumptive pronoun that follows it
/// (رسالة دعا فيها الملك باريس، أمر هدد به ترامب), not a party before the verb?
fn subject_after_resumptive(ctx: &Context, input: &Input, req: &Request, slots: &[Slot]) -> bool {
    let (r, k) = (req.pred + 1, req.pred + 2);
    if k >= req.s1 || ctx.in_mention(r) || mention_starting(ctx, input, k).is_none() {
        return false;
    }
    let key = bare(&input.keys[r]);
    RESUMPTIVE.contains(&key) && slots.contains(&Slot::Object) && resumptive_before_subject(ctx, input, req, key, k, req.s1)
}

/// After a transitive verb, does the party at `k`, right after the resumptive `key`,
/// stand as the verb's subject? With بـ the resumptive fills the verb's complement, so
/// the party after it acts (الشروط التي تطالب بها واشنطن، أمر هدد به ترامب); with في it
/// acts only when an object follows it (رسالة دعا فيها الملك باريس إلى …), and is
/// otherwise the object of a dropped subject (تقرير اتهمت فيه النظام). So with بـ after
/// an accusation, whose object is never dropped: one party there is the accused of an
/// unvowelled passive (الهجوم الذي اتهمت به دمشق). Never after a verb of force: the party
/// there is mostly the patient of an unvowelled passive (اشتباكات قتل فيها فلسطينيان).
fn resumptive_before_subject(ctx: &Context, input: &Input, req: &Request, key: &str, k: usize, limit: usize) -> bool {
    if matches!(req.trigger.event.as_deref(), Some("ASSAULT" | "COERCE")) {
        return false;
    }
    let object_follows = || {
        mention_starting(ctx, input, k).is_some_and(|m| {
            let end = list_from(ctx, input, m, limit).last().map_or(input.mentions[m].tok_end, |&l| input.mentions[l].tok_end);
            mention_starting(ctx, input, end).is_some_and(|o| !input.mentions[o].prepositional)
        })
    };
    match key {
        "به" | "بها" | "بهم" => req.trigger.event.as_deref() != Some("ACCUSE") || object_follows(),
        "فيه" | "فيها" | "فيهما" => object_follows(),
        _ => false,
    }
}

/// Does the verb at `k` carry the conjunction و (وتطالب، وهاجم), rather than begin with
/// the letter (وافق، وصف)? A subject stands right before its verb, so the mention before
/// a conjoined verb closes the clause before (تنفي روسيا التورط في تسميم سكربيل وابنته
/// وتطالب …: Russia demands, not the daughter). Not ف, which also answers a topic (أما
/// الرئيس ترامب فاتهم إيران).
pub(super) fn conjoined_verb(input: &Input, k: usize) -> bool {
    let key = input.keys[k].as_str();
    let Some(rest) = key.strip_prefix('و') else { return false };
    has_chars(rest, 3) && input.lexicon.events().lookup(rest).is_some()
}

/// How far back the subject that opens a clause (إن X …) may be from a plural verb.
const TOPIC_BACK: usize = 25;

/// The subject of the clause a verb is in, named right after إن/أن (قال متحدث إن الرئيس
/// الفرنسي والمستشارة الألمانية، بالإضافة إلى دول البلطيق، أدانوا): the mention that
/// follows the nearest complementizer before the verb, within the sentence.
fn topic_subject(ctx: &Context, input: &Input, req: &Request) -> Option<usize> {
    let lo = req.pred.saturating_sub(TOPIC_BACK).max(req.s0);
    let that = (lo..req.pred).rev().find(|&k| {
        let key = input.keys[k].as_str();
        matches!(key.strip_prefix('ف').unwrap_or(bare(key)), "ان" | "بان")
    })?;
    let m = mention_starting(ctx, input, that + 1)?;
    let s = &input.mentions[m];
    (!s.prepositional && s.tok_end < req.pred).then_some(m)
}

/// Does the mention before الذي/التي act in the relative clause's verb? Not when the
/// verb is a bare passive, when a resumptive pronoun follows the verb (التي تعهد فيها
/// الزعيم: the head is where, not who), when an object pronoun on the verb agrees with
/// the relative pronoun (الصين التي اتهمها ترامب: the head is the object), when the
/// mention is governed by a preposition (العدو اللدود للإسلاميين، والذي), or when it only
/// qualifies a noun before it: an event noun's genitive (قمة سنغافورة التي) or an
/// adjective after a definite noun (الألغام البحرية، التي). The plural الذين refers to
/// people, never to the event noun: an event noun's genitive before it is its head (غضب
/// الفلسطينيين الذين انتقدوا الحكم); not a second relative joined by و, whose head is the
/// first one's (الحوثيين الذين تدعمهم طهران والذين سيطروا).
fn relative_head_acts(ctx: &Context, input: &Input, req: &Request, slots: &[Slot], m: usize) -> bool {
    let resumptive = resumptive_after(input, req);
    let head_as_object = req.enclitic && pronoun_agrees_with_relative(&input.keys[req.trigger_start], bare(&input.keys[req.pred - 1]));
    !bare_passive(input, req, slots) && !resumptive && !head_qualifies_noun(ctx, input, req, m) && !head_as_object && !input.mentions[m].prepositional
}

/// Does the relative clause's head `m` stand right after a definite noun or an event word,
/// whose genitive it may be, so that the clause may describe that noun instead
/// (اتهامات بريطانيا التي …)?
pub(super) fn head_qualifies_noun(ctx: &Context, input: &Input, req: &Request, m: usize) -> bool {
    let start = input.mentions[m].tok_start;
    let before = (start > req.s0 && !ctx.in_mention(start - 1) && input.tokens[start - 1].kind == TokenKind::Arabic).then(|| start - 1);
    // إليه، إليها start like the article but are a preposition with a pronoun.
    let definite_noun = |k: &str| is_definite(k) && !matches!(bare(k), "اليه" | "اليها" | "اليهم" | "اليهما" | "الينا");
    let of_people = input.keys[req.pred - 1] == "الذين";
    before.is_some_and(|k| is_trigger(input, k) && !of_people || definite_noun(&input.keys[k]))
}

/// Does the object pronoun ending `verb` agree with the relative pronoun, so that it
/// refers to the head (الصين التي اتهمها ترامب)? Not another pronoun (الليبيين الذين
/// يتهمونه ساركوزي، قوات الأمن التي قتلتهم، الذي يهاجموننا).
pub(super) fn pronoun_agrees_with_relative(verb: &str, relative: &str) -> bool {
    match relative {
        "الذي" => verb.ends_with('ه'),
        "التي" => verb.ends_with("ها"),
        "الذين" => verb.ends_with("هم"),
        _ => false,
    }
}

/// A transitive verb with no object after it (الذي قتل في 2004، الذي اعتقل في براغ) is
/// mostly an unvowelled passive: its head is the patient, not the agent.
fn bare_passive(input: &Input, req: &Request, slots: &[Slot]) -> bool {
    let next = req.trigger_end;
    // (A pronoun on the verb is its object: الذين يهاجموننا.)
    slots.contains(&Slot::Object)
        && !req.enclitic
        && (next >= req.s1 || input.tokens[next].kind != TokenKind::Arabic || is_preposition(&input.keys[next]) || toll_follower(input, next, req.s1))
}

/// An attack or coercion verb (قتل، اعتقل، خطف) with no object at `next`: what follows
/// is a preposition it takes no party with, punctuation or the sentence's end. Such a
/// transitive verb is an unvowelled passive (قتل في الاشتباكات، اعتقل في براغ). Not a
/// pattern (أطلق النار على) nor a verb followed by the preposition of its party.
fn violent_without_object(input: &Input, req: &Request, slots: &[Slot], next: usize) -> bool {
    // (A pronoun on the verb is its object: أوقفته، تزرعها.)
    if !matches!(req.trigger.event.as_deref(), Some("ASSAULT" | "COERCE")) || !req.trigger.then.is_empty() || req.first_person || req.enclitic || !slots.contains(&Slot::Object) {
        return false;
    }
    if next >= req.s1 {
        return true;
    }
    let kind = input.tokens[next].kind;
    // (Not a comma: a time word set off by commas may come before the object.)
    if kind == TokenKind::Punct {
        // A word quoted alone is read past its closing mark (أن خاشقجي "قتل" داخل القنصلية).
        if is_quote_mark(input, next) && next > 0 && is_quote_mark(input, req.trigger_start.saturating_sub(1)) {
            return violent_without_object(input, req, slots, next + 1);
        }
        return !is_quote_mark(input, next) && !is_comma(input, next);
    }
    kind == TokenKind::Arabic && (is_preposition(&input.keys[next]) && !has_prep(slots, bare(&input.keys[next])) || toll_follower(input, next, req.s1))
}

/// Is the trigger a verb of killing (قتل، اغتال)? One killed by no one named is told in
/// the unvowelled passive with its victim as subject (`events/killed_one.rs`).
fn killing(req: &Request) -> bool {
    matches!(req.trigger.lemma.as_str(), "قتل" | "اغتال")
}

/// Causes after a toll (قتلوا جراء الغارات، إثر قصف، بسبب، نتيجة، أثناء).
const TOLL_CAUSES: &[&str] = &["جراء", "اثر", "بسبب", "نتيجه", "اثناء"];
/// The wounded told by the passive أصيب, which has no active spelling (قتل وأصيب آخرون).
const WOUNDED_PASSIVES: &[&str] = &["اصيب", "اصيبوا", "اصيبت", "اصيبا"];

/// Is `key` a word that cannot open a killing verb's object but follows a toll told in
/// the unvowelled passive, a cause or the wounded? The subject before is then the victim.
/// (Not جرح: قتل وجرح آلاف المدنيين shares an object.)
pub(super) fn follows_toll(key: &str) -> bool {
    TOLL_CAUSES.contains(&key) || WOUNDED_PASSIVES.contains(&key)
}

/// Words that open another clause and so cannot open an object: a verb of killing
/// before them has none (حين قتل ليتفيننكو وذلك باعتبار، قتل شاب فلسطيني فيما أصيب
/// العشرات). The و-forms are matched whole (ذلك alone may open an object: قتل ذلك الرجل).
const CLAUSE_OPENERS: &[&str] = &["فيما", "بينما", "عندما", "حين", "حينما", "بعدما", "وذلك", "وهو", "وهي", "ولكن", "لكن"];

/// Does the word at `k` follow a toll with no object (see `follows_toll`)? Also أو with
/// a verb after it that itself has no object (قتلوا أو جرحوا في العراق، قتلوا أو فقدوا
/// منذ; not قتل أو اختفاء خاشقجي).
fn toll_follower(input: &Input, k: usize, s1: usize) -> bool {
    let key = bare(&input.keys[k]);
    if follows_toll(key) || CLAUSE_OPENERS.contains(&input.keys[k].as_str()) {
        return true;
    }
    // Past a time word to a cause (قتلوا صباح الجمعة جراء الغارات), or past two or more
    // to a preposition (خاشقجي قتل الأسبوع الماضي في القنصلية); not past one alone to a
    // preposition, since الاثنين is also "the two" (قتل الاثنين في).
    if TIME_WORDS.contains(&key) {
        let mut j = k;
        while j < s1 && input.tokens[j].kind == TokenKind::Arabic && TIME_WORDS.contains(&bare(&input.keys[j])) {
            j += 1;
        }
        let preposition = j >= k + 2 && j < s1 && input.tokens[j].kind == TokenKind::Arabic && is_preposition(&input.keys[j]);
        return j < s1 && (TOLL_CAUSES.contains(&bare(&input.keys[j])) || preposition);
    }
    let after = k + 2;
    key == "او"
        && k + 1 < s1
        && (follows_toll(bare(&input.keys[k + 1]))
            || after >= s1
            || input.tokens[after].kind == TokenKind::Punct && !is_comma(input, after)
            || input.tokens[after].kind == TokenKind::Arabic && is_preposition(&input.keys[after]))
}

/// The mention a relative pronoun right before the verb refers to (كالامارد، التي
/// تتهمها مانيلا: the pronoun on the verb is Callamard).
pub(super) fn relative_antecedent(ctx: &Context, input: &Input, pred: usize, s0: usize) -> Option<usize> {
    let rel = pred.checked_sub(1).filter(|&r| r > s0 && matches!(bare(&input.keys[r]), "الذي" | "التي" | "الذين"))?;
    let mut k = rel - 1;
    if is_comma(input, k) && k > s0 {
        k -= 1;
    }
    let m = ctx.mention_at[k]? as usize;
    (input.mentions[m].tok_end == k + 1).then_some(m)
}

/// The head of a relative clause whose verb at `pred` carries the resumptive object
/// pronoun (الحكومة، التي تدعمها الأمم المتحدة; المساجد التي تدعمها تركيا): `None` when no
/// relative pronoun stands right before the verb, else the mention that ends right before
/// the relative pronoun (past punctuation), or none when the head is a word of no mention,
/// a thing the pronoun stands for (not a party named further back); with the head's token.
pub(super) fn relative_object_head(ctx: &Context, input: &Input, pred: usize, s0: usize) -> Option<(usize, Option<usize>)> {
    let rel = pred.checked_sub(1).filter(|&r| r > s0)?;
    let key = bare(&input.keys[rel]);
    if !(matches!(key, "الذي" | "التي") || PLURAL_RELATIVES.contains(&key)) {
        return None;
    }
    // (Past a comma, a dash or a closing quotation mark, "البوليساريو"، التي تدعمها, which
    // may also close the mention: ائتلاف "سائرون" الذي يدعمه.)
    let mut k = rel - 1;
    while k > s0 && k + 3 > rel && input.tokens[k].kind == TokenKind::Punct && ctx.mention_at[k].is_none() {
        k -= 1;
    }
    Some((k, ctx.mention_at[k].map(|m| m as usize).filter(|&m| input.mentions[m].tok_end == k + 1)))
}

/// The head of the relative clause opening at `req.pred` when it is a thing (a word with
/// the article in no mention): the resumptive pronoun in the clause stands for it, not for
/// a party named further back (the mines planted, the levels a bank targets, the driver
/// arrested).
/// (Not nisba adjectives after a party that no mention closed on: they describe it,
/// نعيم الرحمن، البريطاني البنغالي، الذي ألقي القبض عليه.)
fn relative_thing_head(ctx: &Context, input: &Input, req: &Request) -> Option<usize> {
    let (k, head) = relative_object_head(ctx, input, req.pred, req.s0)?;
    if head.is_some() || !with_article(&input.keys[k]) {
        return None;
    }
    // (As written: keys fold ى into ي, المبنى.)
    let nisba = |j: usize| {
        let text = input.tokens[j].text(input.text).trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
        with_article(&input.keys[j]) && (text.ends_with('ي') || text.ends_with("ية"))
    };
    let mut j = k;
    while j > req.s0 && !ctx.in_mention(j) && (input.tokens[j].kind == TokenKind::Punct || nisba(j)) {
        j -= 1;
    }
    (!ctx.in_mention(j)).then_some(k)
}

/// The state of a place whose name ends at token `k` (الجولان، الضفة الغربية).
fn place_ending_at(input: &Input, k: usize) -> Option<Arg> {
    (k.saturating_sub(2)..=k).find_map(|j| place_party(input, j, k + 1).filter(|p| p.tok_end == k + 1))
}

/// A key that opens with the article, after و and ب or ل or not (الاتفاق، والمساجد،
/// بالاتفاق، للتعديل; not after ك, which a name may open so: كالامارد).
fn with_article(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    k.starts_with("ال") || k.starts_with("بال") || k.starts_with("لل")
}

/// The dual and plural relative pronouns (الذين، اللذان، اللتين …).
const PLURAL_RELATIVES: &[&str] = &["الذين", "اللذين", "اللتين", "اللذان", "اللتان"];

/// Is `key` a relative pronoun (الذي، التي، الذين، اللذان …), after و or ف?
pub(super) fn is_relative_pronoun(key: &str) -> bool {
    let k = bare(key);
    matches!(k, "الذي" | "التي") || PLURAL_RELATIVES.contains(&k)
}

/// A verb right after الذي/التي/الذين with no resumptive pronoun after it: its subject is
/// the relative's head, before it.
fn relative_gap(input: &Input, req: &Request) -> bool {
    let rel = req.pred > req.s0 && is_relative_pronoun(&input.keys[req.pred - 1]);
    rel && !resumptive_after(input, req)
}

/// A relative clause told verb-subject-object (الهجوم الذي تتهم واشنطن النظام السوري
/// بشنه، فنزويلا التي اتهم رئيسها نيكولاس مادورو كولومبيا): a party right after the verb
/// and another right after it. The first (with its list) is the subject: its mentions and
/// where it ends. Only for an active verb of words (accusing, praising, asking …) with an
/// object slot and no pronoun on it: a thing the clause is about does not speak, but an
/// attack or a poison does strike (السم الذي أصاب سكريبال وابنته). Not a second party
/// joined by و (بلاده وقادتها), nor a name in apposition after a role (العميل الروسي
/// المزدوج سيرغي سكريبال), nor the same party named twice.
fn relative_vso(ctx: &Context, input: &Input, req: &Request) -> Option<(Vec<usize>, usize)> {
    let deed = matches!(req.trigger.event.as_deref(), Some("ASSAULT" | "COERCE"));
    if deed || req.passive || req.enclitic || req.plural || !req.trigger.recipient.contains(&Slot::Object) {
        return None;
    }
    let first = mention_starting(ctx, input, req.trigger_end).filter(|&m| !input.mentions[m].prepositional)?;
    let list = list_from(ctx, input, first, req.s1);
    let end = list.last().map_or(input.mentions[first].tok_end, |&l| input.mentions[l].tok_end);
    let second = mention_starting(ctx, input, end).filter(|&m| !input.mentions[m].prepositional)?;
    let joined = input.keys[end].starts_with('و') && input.lexicon.longest_at(input.keys, end).is_none_or(|l| l.conj);
    let (a, b) = (&input.mentions[first], &input.mentions[second]);
    let apposition = a.person_noun && matches!(b.kind, Kind::Person | Kind::PersonShort) || a.actor.is_some() && a.actor == b.actor;
    (!joined && !apposition).then_some((list, end))
}

/// Does a resumptive pronoun follow the verb (التي تعهد فيها)?
fn resumptive_after(input: &Input, req: &Request) -> bool {
    req.trigger_end < req.s1 && RESUMPTIVE.contains(&bare(&input.keys[req.trigger_end]))
}

/// The subject of a verb after إنه/أنه/إنها/أنهم (a pronoun subject; see
/// [`that_clause`]): the first party within eight words before it that no preposition
/// governs — the reporting clause's subject (قال ترامب إنه، أكد الرئيس في اتصال مع نظيره أنه).
fn that_pronoun_subject(ctx: &Context, input: &Input, pred: usize, s0: usize) -> Option<usize> {
    let that = that_clause::that_before(ctx, input, pred, s0)?;
    let lo = that.saturating_sub(8).max(s0);
    (lo..that).find_map(|k| {
        let m = mention_starting(ctx, input, k)?;
        let governed = k > s0 && is_preposition(&input.keys[k - 1]);
        let s = &input.mentions[m];
        (s.tok_end <= that && !s.prepositional && !governed && s.country.is_some()).then_some(m)
    })
}

/// The party that expresses the stance an event word names, for a trigger right after
/// عن with an expressing verb at most eight words before: the verb's subject, after it
/// (أعربت وزارة الخارجية المصرية، مساء الثلاثاء، عن) or before it (مصر تعرب عن).
fn expressed_by(ctx: &Context, input: &Input, req: &Request) -> Option<usize> {
    let verb = super::expressed::expressing_verb(ctx, input, req.trigger, req.trigger_start, req.s0)?;
    // A circumstantial participle (قال المفوض الأممي، معربا عن صدمته) is the sentence's
    // first party's, as for the participles of the trigger verbs.
    let participle = bare(&input.keys[verb]).starts_with('م');
    let main_clause = || first_mention(ctx, input, verb.saturating_sub(PARTICIPLE_BACK).max(req.s0), verb).filter(|_| participle);
    first_mention(ctx, input, verb + 1, req.trigger_start).or_else(|| svo_subject(ctx, input, verb, req.s0)).or_else(main_clause)
}

/// The coordinated list that ends with mention `last` (الميليشيات الإيرانية وإيران).
pub(super) fn list_backward(ctx: &Context, input: &Input, last: usize, s0: usize) -> Vec<usize> {
    let mut out = vec![last];
    let mut cur = last;
    while out.len() < MAX_LIST && cur > 0 {
        let prev = cur - 1;
        let (pm, cm) = (&input.mentions[prev], &input.mentions[cur]);
        if pm.tok_start < s0 || pm.prepositional || cm.tok_start > pm.tok_end + 1 {
            break;
        }
        let joined = if cm.tok_start == pm.tok_end {
            starts_with_conjunction(input, cm.tok_start)
        } else {
            CONNECTORS.contains(&input.keys[pm.tok_end].as_str())
                || CONNECTORS.contains(&input.tokens[pm.tok_end].text(input.text))
        };
        if !joined {
            break;
        }
        out.insert(0, prev);
        cur = prev;
    }
    let _ = ctx;
    out
}

/// The recipient after a preposition the trigger allows: a separate preposition (مع
/// روسيا، على إيران), one written on the mention (لإسرائيل), or examples after one
/// (لدول الجوار مثل إسرائيل والأردن).
fn prepositional_recipient(ctx: &Context, input: &Input, slots: &[Slot], from: usize, s1: usize) -> Option<Vec<Arg>> {
    recipient_after_preposition(ctx, input, slots, from, s1, false)
}

/// [`prepositional_recipient`], passing over a time set off by commas when `past_time`
/// (أطلق الجنود النار، الجمعة الماضية، على صبي), as the search for the place does.
fn recipient_after_preposition(ctx: &Context, input: &Input, slots: &[Slot], from: usize, s1: usize, past_time: bool) -> Option<Vec<Arg>> {
    let mut hi = (from + PREP_WINDOW).min(s1);
    let mut j = from;
    while j < hi {
        // (The window grows by the aside.)
        if let Some(past) = past_time.then(|| super::place_gaps::past_time_aside(ctx, input, j, s1)).flatten() {
            hi = (hi + past - j).min(s1);
            j = past;
            continue;
        }
        let t = input.tokens[j].text(input.text);
        if matches!(t, "." | "؛" | ":" | "«" | "»" | "\"" | "“" | "”" | "،" | "(") {
            return None;
        }
        let recip = |m: usize| -> Vec<Arg> { list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect() };
        if let Some(m) = mention_starting(ctx, input, j) {
            let ms = &input.mentions[m];
            let p = attached_preposition(input, ms);
            let fits = match p {
                Some(c) => has_prep(slots, &c.to_string()),
                None => false,
            };
            if fits {
                return Some(recip(m));
            }
            j = ms.tok_end;
            continue;
        }
        if j > from && is_trigger(input, j) {
            return None;
        }
        let k = bare(&input.keys[j]);
        // رحب بما أعلنته الرئاسة التركية: a preposition on ما "what", then its doer.
        if let Some(c) = k.strip_suffix("ما").filter(|c| matches!(*c, "ب" | "ل")) {
            if has_prep(slots, c) {
                return ma_clause_subject(ctx, input, j, s1).map(recip);
            }
        }
        // بالتدخل الإيراني، بقرار الولايات المتحدة: a preposition on a noun with a party.
        let written = k.chars().next().filter(|c| matches!(c, 'ب' | 'ل')).is_some_and(|c| has_prep(slots, &c.to_string()));
        if written && k.chars().count() > 3 {
            // بالقدس عاصمة لإسرائيل: the state whose capital the city is called.
            if let Some(m) = super::named_capital::owner_after_city(ctx, input, j, s1) {
                return Some(recip(m));
            }
            if let Some(a) = np_party(ctx, input, j, s1) {
                return Some(vec![a]);
            }
            // رحب بالقرار الذي اتخذته الحكومة: the decision's maker.
            if let Some(m) = super::relative_object::subject_of_head(ctx, input, j, s1) {
                return Some(recip(m));
            }
        }
        let opener = if has_prep(slots, k) {
            true
        } else {
            // لدول، للدول: a preposition on a common noun, then examples.
            let on_noun = (k.starts_with('ل') && has_prep(slots, "ل")) || (k.starts_with('ب') && has_prep(slots, "ب"));
            on_noun && k.chars().count() > 3 && {
                let ex = (j + 1..(j + 4).min(s1)).find(|&x| EXAMPLES.contains(&input.keys[x].as_str()));
                if let Some(x) = ex {
                    if let Some(m) = first_mention(ctx, input, x + 1, (x + 3).min(s1)) {
                        return Some(recip(m));
                    }
                }
                false
            }
        };
        if opener {
            // The mention right after it, or examples of a common noun after it.
            if let Some(m) = first_mention(ctx, input, j + 1, (j + 3).min(s1)) {
                return Some(recip(m));
            }
            if let Some(a) = np_party(ctx, input, j + 1, s1) {
                return Some(vec![a]);
            }
            // على ثلاثة مواقع عسكرية سورية، على 20 هدفا إيرانيا: the counted noun's phrase.
            if let Some(a) = np_party(ctx, input, j + 2, s1).filter(|_| input.tokens[j + 1].kind == TokenKind::Number || super::counted_at(input, j + 1, s1) && !ctx.in_mention(j + 1)) {
                return Some(vec![a]);
            }
            // الهجوم على غزة: a place of a state (places.tsv) stands for that state.
            if let Some(a) = place_party(input, j + 1, s1) {
                return Some(vec![a]);
            }
            if let Some(x) = (j + 1..(j + 4).min(s1)).find(|&x| EXAMPLES.contains(&input.keys[x].as_str())) {
                if let Some(m) = first_mention(ctx, input, x + 1, (x + 3).min(s1)) {
                    return Some(recip(m));
                }
            }
            return None;
        }
        j += 1;
    }
    None
}

/// Does a party at token `k` stand past the word after من (محذرا من نوايا إيران، من الخطر
/// الإيراني، من أن طهران ستنسحب)? من then governs the danger warned of, a noun or a clause,
/// and the party is its genitive or the clause's subject, not the one warned. (Checked for
/// the circumstantial participle only, whose one row with من is حذر: after a finite verb of
/// complaint or suspicion, شكا من أن، اشتبه في أن, the clause's subject is the one blamed.)
fn past_the_danger(input: &Input, k: usize) -> bool {
    (k.saturating_sub(3)..k.saturating_sub(1)).any(|j| bare(&input.keys[j]) == "من")
}

/// Where an event happens: a state, capital or place of `places.tsv` after في (also past
/// place nouns and compass words: في محافظة تعز، في شمال سوريا), or written with بـ (a
/// state or capital, باليمن, or a place after a place noun, بمحافظة تعز), within a few
/// words after `from`, before any punctuation or other event word.
fn location(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<Arg> {
    location_of(ctx, input, from, s1, false)
}

/// [`location`], reading a في inside a mention too unless `outside_mentions`: then only
/// inside a building the event happens at (`أمام القنصلية الإسرائيلية في اسطنبول`), not
/// inside one it is about (`احتجاجا على نقل السفارة الأميركية في إسرائيل`).
fn location_of(ctx: &Context, input: &Input, from: usize, s1: usize, outside_mentions: bool) -> Option<Arg> {
    location_within(ctx, input, from, s1, outside_mentions, false)
}

/// Where an attack happens further on in its clause (`events/scene_place.rs`): as
/// [`location`], over [`super::scene_place::SCENE_WINDOW`] words, past a comma before a
/// place's preposition or lead and past quotation marks, reading no في inside a mention.
pub(super) fn scene_of_attack(ctx: &Context, input: &Input, from: usize, s1: usize) -> Option<Arg> {
    location_within(ctx, input, from, s1, true, true)
}

/// [`location_of`], over the trigger's whole clause when `clause` ([`scene_of_attack`]).
fn location_within(ctx: &Context, input: &Input, from: usize, s1: usize, outside_mentions: bool, clause: bool) -> Option<Arg> {
    let window = if clause { super::scene_place::SCENE_WINDOW } else { PREP_WINDOW };
    let mut hi = (from + window).min(s1);
    // The end of a building after أمام، قرب، عند، في: its place is the event's.
    let mut at_building = 0;
    let mut next = from;
    while next < hi {
        let j = next;
        next += 1;
        // (، الجمعة الماضية، : a time set off by commas is passed over, and the window
        // grows by it; ميليشيات الحوثي، في قرية: so is a comma right before في, which
        // must then lead to the place at once.)
        if let Some(past) = super::place_gaps::past_time_aside(ctx, input, j, s1) {
            hi = (hi + past - j).min(s1);
            next = past;
            continue;
        }
        if clause && super::scene_place::passes(input, j) {
            continue;
        }
        if super::place_gaps::fi_after_comma(input, j) {
            return state_or_place_at(ctx, input, j + 2, s1);
        }
        // (على المتظاهرين قرب السياج: a people noun that is a trigger names those struck.)
        let other_event = j > from && is_trigger(input, j) && !super::place_gaps::people_noun(ctx, input, j);
        if input.tokens[j].kind == TokenKind::Punct || other_event {
            return None;
        }
        if let Some(m) = mention_starting(ctx, input, j) {
            let ms = &input.mentions[m];
            // (أمام مقر القنصلية: past the seat's noun.)
            let seat = j > 1 && matches!(bare(&input.keys[j - 1]), "مقر" | "مبني");
            let before = if seat { j - 2 } else { j.wrapping_sub(1) };
            if ms.building && j > 0 && matches!(input.keys.get(before).map(|k| bare(k)), Some("امام" | "قرب" | "عند" | "في" | "داخل" | "محيط")) {
                at_building = ms.tok_end;
            }
            let in_place = attached_preposition(input, ms) == Some('ب') || (j > from && bare(&input.keys[j - 1]) == "في");
            if in_place && matches!(ms.kind, Kind::State | Kind::Capital) {
                return Some(Arg { thing: true, ..Arg::from_mention(ms, None) });
            }
            continue;
        }
        if outside_mentions && ctx.in_mention(j) && j >= at_building {
            continue;
        }
        // (في أنحاء متفرقة من روسيا، بشوارع طهران: through words of spread.)
        if let Some(a) = super::spread_place::state_after(ctx, input, j, hi) {
            return Some(a);
        }
        // (قرب الشاطئ غرب غزة: a compass word leads to a place as في does, unless it says
        // whence or whither: من شمال سوريا، باتجاه جنوب لبنان.)
        let whence = j > 0 && matches!(bare(&input.keys[j - 1]), "من" | "الي" | "نحو" | "باتجاه" | "تجاه" | "عبر");
        if super::place_words::COMPASS_WORDS.contains(&input.keys[j].as_str()) && !whence {
            if let Some(a) = state_or_place_at(ctx, input, j, s1) {
                return Some(a);
            }
            continue;
        }
        // (بجنوب فرنسا، بشمال البلاد: a compass word written with بـ is في and the word.)
        let ba_compass = input.keys[j].strip_prefix('ب').is_some_and(|k| super::place_words::COMPASS_WORDS.contains(&k));
        if ba_compass {
            if let Some(a) = state_or_place_at(ctx, input, j + 1, s1) {
                return Some(a);
            }
            continue;
        }
        // (بمحافظة تعز: a place noun written with بـ is في and the noun.)
        let with_ba = input.keys[j].strip_prefix('ب').is_some_and(super::place_words::is_place_noun);
        if bare(&input.keys[j]) != "في" && !with_ba {
            continue;
        }
        if let Some(a) = state_or_place_at(ctx, input, j + 1, s1) {
            return Some(a);
        }
    }
    None
}

/// A state or capital mention starting at token `at`, or else a city or region of one
/// state there (ending by `s1`): where an event happens. Place nouns and compass words
/// may lead to the name (محافظة تعز، شمال سوريا), a name that begins with one first
/// (ميناء الحديدة).
pub(super) fn state_or_place_at(ctx: &Context, input: &Input, at: usize, s1: usize) -> Option<Arg> {
    let named_at = |k: usize| {
        if let Some(m) = mention_starting(ctx, input, k).filter(|&m| matches!(input.mentions[m].kind, Kind::State | Kind::Capital)) {
            return Some(Arg { thing: true, ..Arg::from_mention(&input.mentions[m], None) });
        }
        // (شمال البلاد: a region of the story's own state.)
        place_party(input, k, s1).or_else(|| super::home_region::region_of_home(input, k).filter(|_| k < s1))
    };
    named_at(at).or_else(|| {
        let name = super::place_words::past_lead(input.keys, at, s1);
        // (منطقة "حوض اليرموك": a name quoted after its lead.)
        let name = if name > at && super::scene_place::is_quote_mark(input, name) { name + 1 } else { name };
        (name > at).then(|| named_at(name)).flatten()
    })
}

/// A city or region of one state starting at token `k` (not a mention: places are not
/// actors), as a party standing for that state: the target of الهجوم على غزة is PSE. A
/// state's name inside an actor's phrase is one too (غارات على حركة حماس في غزة).
pub(super) fn place_party(input: &Input, k: usize, s1: usize) -> Option<Arg> {
    if k >= s1 {
        return None;
    }
    let m = input.lexicon.longest_at(input.keys, k).filter(|m| m.end <= s1 && m.stripped == 0)?;
    let entries = || m.entries.iter().map(|&id| input.lexicon.entry(id));
    let first = entries().find(|e| matches!(e.kind, Kind::Place | Kind::State))?;
    let state = first.codes.first()?.code.clone();
    // A name two states share (طرابلس), or a state's that is another's capital (عمان:
    // Oman, Amman), says no state.
    let other = |e: &marsad_lexicon::Entry| matches!(e.kind, Kind::Place | Kind::State | Kind::Capital) && e.codes.first().is_some_and(|c| c.code.get(..3) != state.get(..3));
    if entries().any(other) {
        return None;
    }
    let (country, _) = input.lexicon.split_code(&state);
    Some(Arg {
        tok_start: m.start,
        tok_end: m.end,
        entity: Some(first.entity.clone()),
        actor: Some(state),
        country,
        role: None,
        person: false,
        // A place is where something is done, not someone met or helped.
        thing: true,
    })
}

/// A perfect passive written with its vowels: a damma on the first letter (هُدِّد،
/// قُصِفت، وقُتل), or on the letter after the prefix ا، ان، است of the derived forms
/// (اتُّهم، انتُقد، استُهدف، واتُهم). No active perfect has one there, and news often
/// writes the damma alone (قُتل).
pub fn is_passive(word: &str) -> bool {
    // A damma within the first two letters (after a conjunction).
    if damma_within(word, 2) {
        return true;
    }
    // A derived form's: within the first three letters after the conjunction.
    let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    bare.starts_with('ا') && damma_within(bare, 3)
}

/// Does a damma stand after at most `most` letters of `word`?
fn damma_within(word: &str, most: usize) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        match c {
            '\u{064F}' => return letters <= most,
            c if c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    false
}

/// A pronoun written on a word (ـه، ـها، ـهم): whom it can refer to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pronoun {
    Masculine,
    Feminine,
    Plural,
}

/// The object or possessive pronoun at the end of token `k` as written (ـه, not the ة
/// that keys fold into ه).
pub fn pronoun_on(input: &Input, k: usize) -> Option<Pronoun> {
    let text = input.tokens[k].text(input.text);
    let text = text.trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
    if ["هم", "هما", "هن"].iter().any(|p| text.ends_with(p)) {
        Some(Pronoun::Plural)
    } else if text.ends_with("ها") {
        Some(Pronoun::Feminine)
    } else if text.ends_with('ه') {
        Some(Pronoun::Masculine)
    } else {
        None
    }
}

/// How far back a pronoun's antecedent may be named.
const ANTECEDENT_WINDOW: usize = 40;

/// The party a pronoun on token `at` refers to: the nearest mention before `before` that
/// agrees with it, within the sentence and the one before it, not one of `not` (a verb's
/// object pronoun is not its own subject). Not a news outlet: it reports (but a
/// journalist is a person: اعتقلت الشرطة الصحفي الألماني لاتهامه بالتجسس).
pub fn antecedent(input: &Input, at: usize, before: usize, s0: usize, not: &[Arg]) -> Option<Arg> {
    antecedent_of(input, pronoun_on(input, at)?, before, s0, not)
}

/// The party a pronoun of kind `p` (written on a word or carried by a verb's ending:
/// ناشدوا is "they appealed") refers to, as for [`antecedent`].
pub fn antecedent_of(input: &Input, p: Pronoun, before: usize, s0: usize, not: &[Arg]) -> Option<Arg> {
    antecedent_mention(input, p, before, s0, not).map(|m| Arg::from_mention(&input.mentions[m], input.home))
}

/// The mention (its index) a pronoun of kind `p` refers to, as for [`antecedent_of`].
pub(super) fn antecedent_mention(input: &Input, p: Pronoun, before: usize, s0: usize, not: &[Arg]) -> Option<usize> {
    nearest_agreeing(input, p, before, s0, |m| {
        not.iter().any(|a| a.tok_start < m.tok_end && m.tok_start < a.tok_end) || named_as_place(input, m)
    })
}

/// The nearest mention (its index) ending by `before`, within the sentence opening at `s0`
/// and the one before it and at most [`ANTECEDENT_WINDOW`] tokens back, that agrees with a
/// pronoun of kind `p`, is no news outlet and is not `skipped`.
pub(super) fn nearest_agreeing(input: &Input, p: Pronoun, before: usize, s0: usize, skipped: impl Fn(&ActorSpan) -> bool) -> Option<usize> {
    let lo = previous_sentence_start(input, s0).max(before.saturating_sub(ANTECEDENT_WINDOW));
    let last = input.mentions.partition_point(|m| m.tok_end <= before);
    (0..last).rev().take_while(|&i| input.mentions[i].tok_start >= lo).find(|&i| {
        let m = &input.mentions[i];
        !skipped(m) && !is_outlet(input, m) && agrees(input, m, p)
    })
}

/// A news outlet (MED), not people: a journalist named, the journalist (الصحفي، الإعلامي)
/// or journalists (صحافيين). (Not صحفي alone: mostly the adjective, مؤتمر صحفي.)
pub(super) fn is_outlet(input: &Input, m: &ActorSpan) -> bool {
    let people = matches!(m.kind, Kind::Person | Kind::PersonShort) || {
        let head = bare(&input.keys[m.tok_start]);
        JOURNALISTS.contains(&head.strip_prefix('و').unwrap_or(head))
    };
    m.role.as_deref() == Some("MED") && !people
}

/// Heads (keys) naming journalists.
const JOURNALISTS: &[&str] = &["الصحفي", "الصحافي", "الاعلامي", "صحفيين", "صحافيين", "الصحفيين", "الصحافيين", "صحفيون", "صحافيون", "الصحفيون", "الصحافيون"];

/// A state or capital after في، إلى، من (وصل الرئيس إلى بغداد): a place, not a party a
/// pronoun refers to.
fn named_as_place(input: &Input, m: &ActorSpan) -> bool {
    let after_preposition = m.tok_start > 0 && matches!(bare(&input.keys[m.tok_start - 1]), "في" | "الي" | "من");
    matches!(m.kind, Kind::State | Kind::Capital) && (after_preposition || m.prepositional)
}

/// A word with ب or ل written on it before the article or a verbal noun (بتصحيح، بالإفراج،
/// للحكومة، باستئناف): a complement, never a subject (unlike بعض، بيان).
fn governed_noun(key: &str) -> bool {
    let k = key.strip_prefix('و').filter(|r| r.chars().count() > 3).unwrap_or(key);
    let Some(rest) = k.strip_prefix('ب').or_else(|| k.strip_prefix('ل')) else { return false };
    rest.starts_with('ل') && k.starts_with('ل') || rest.chars().count() >= 4 && (rest.starts_with("ال") || rest.starts_with('ت') || rest.starts_with('ا'))
}

/// The first token of the sentence before the one starting at token `s0` (or `s0`).
pub(super) fn previous_sentence_start(input: &Input, s0: usize) -> usize {
    sentence_before(input, input.tokens[s0].start).map_or(s0, |prev| input.tokens.partition_point(|t| t.start < prev.0))
}

/// The sentence right before the one starting at byte `start`, if any.
pub fn sentence_before(input: &Input, start: usize) -> Option<ByteSpan> {
    let k = input.sentences.partition_point(|s| s.0 < start);
    k.checked_sub(1).map(|j| input.sentences[j])
}

/// Heads of people in a broken plural (keys), which a plural pronoun or verb ending
/// refers to as to السكان اليمنيين or the sound plurals in ـون، ـين.
const BROKEN_PLURAL_PEOPLE: &[&str] = &[
    "سكان", "اهالي", "شباب", "طلاب", "قاده", "زعماء", "نواب", "وزراء", "سفراء", "خبراء", "عمال", "رجال", "نساء", "جنود", "ضباط",
    "عناصر", "افراد", "اعضاء", "قضاه", "شهود", "ابناء", "اطباء", "علماء", "رؤساء", "مسؤولو", "ممثلو", "مقاتلو", "نشطاء",
];

/// Can mention `m` be what a pronoun of this kind refers to? People and masculine states
/// are ـه, most states, bodies in ة and non-human plurals ـها, people in the plural ـهم.
pub(super) fn agrees(input: &Input, m: &ActorSpan, p: Pronoun) -> bool {
    use crate::mentions::possessed::{group_gender, MASCULINE_STATES};
    let head = bare(&input.keys[m.tok_start]);
    let head = head.strip_prefix("ال").or_else(|| head.strip_prefix("لل")).unwrap_or(head);
    let plural_people = head.ends_with("ين") || head.ends_with("ون") || BROKEN_PLURAL_PEOPLE.contains(&head);
    let feminine_head = head.ends_with('ه') || head.ends_with("ات");
    let state = m.actor.as_deref().and_then(|a| a.get(..3));
    match (m.kind, p) {
        (Kind::Person | Kind::PersonShort, Pronoun::Masculine) => true,
        (Kind::Person | Kind::PersonShort, _) => false,
        (Kind::State | Kind::Capital, Pronoun::Plural) => false,
        (Kind::State | Kind::Capital, _) => state.is_some_and(|s| MASCULINE_STATES.contains(&s) == (p == Pronoun::Masculine)),
        (_, Pronoun::Plural) => plural_people || m.kind == Kind::Demonym,
        (Kind::Group, _) if !plural_people => group_gender(m).is_none_or(|f| f == (p == Pronoun::Feminine)),
        (Kind::Igo | Kind::Metonym, _) => true,
        (Kind::Agent, Pronoun::Masculine) => !feminine_head && (m.person_noun || !plural_people),
        (Kind::Agent, Pronoun::Feminine) => feminine_head,
        _ => false,
    }
}

/// Is the verb at `k` in a clause opened by ما "what" (ما وصفه، مما تعتبره، لما وصفها),
/// one word or an auxiliary before it? (كما and فيما are conjunctions.)
fn after_ma(input: &Input, k: usize, s0: usize) -> bool {
    let is_ma = |j: usize| matches!(bare(&input.keys[j]), "ما" | "مما" | "عما" | "لما" | "بما");
    (k.saturating_sub(2).max(s0)..k).any(is_ma)
}

/// The last `then` word of a pattern with an object pronoun on it (أطلقت سراحه).
/// (Not on the forces the actor sends, withdraws or reinforces, its own: سحبت تركيا قواتها،
/// عزز الجيش قواته; evlex45. An envoy's pronoun is left: the recall rows lean on it.)
fn then_pronoun(input: &Input, req: &Request) -> Option<usize> {
    let last = req.trigger.then.last()?;
    if OWN_THEN.contains(&last.as_str()) {
        return None;
    }
    let k = req.trigger_end.checked_sub(1).filter(|&k| k > req.trigger_start)?;
    (input.keys[k] != *last && pronoun_on(input, k).is_some()).then_some(k)
}

/// `then` words whose possessive pronoun is the actor's: its forces, its staff and diplomats
/// (سحبت الأمم المتحدة كل موظفيها، سحبت الولايات المتحدة دبلوماسييها).
const OWN_THEN: &[&str] = &["قوات", "جنود", "موظفي", "دبلوماسيي"];

/// Prepositions whose pronoun is mostly a party (عليه، له، معه); منه، به، عنه mostly
/// refer to things (انسحبت منه: from the agreement).
const PARTY_PREPOSITIONS: &[&str] = &["علي", "ل", "مع", "ضد", "الي", "امام"];

/// A preposition the trigger allows, written with a pronoun, right after `from` (اعتدى
/// عليها، وجهت انتقادات له، تحدث معهم): its token.
fn preposition_pronoun(input: &Input, slots: &[Slot], from: usize, s1: usize) -> Option<usize> {
    (from..(from + 2).min(s1)).find(|&k| {
        let key = bare(&input.keys[k]);
        let stem = ["هما", "هم", "هن", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p));
        stem.is_some_and(|p| PARTY_PREPOSITIONS.contains(&p) && has_prep(slots, p)) && pronoun_on(input, k).is_some()
    })
}

/// A verbal noun's object in لـ written as a possessed noun right after `from` (قصف
/// مقاتلات التحالف لمواقعهم): its pronoun names the owner, who is the recipient. Only
/// ـها and ـهم: many nouns end in ه (لتوجيه، لاتجاه).
fn lam_possessed_pronoun(ctx: &Context, input: &Input, slots: &[Slot], from: usize, s1: usize) -> Option<usize> {
    if from >= s1 || !has_prep(slots, "ل") || ctx.in_mention(from) || !lam_object_at(ctx, input, from, s1) {
        return None;
    }
    let key = bare(&input.keys[from]);
    let possessed = key.chars().count() >= 5 && !matches!(key, "لها" | "لهم" | "لهما" | "لهن" | "لديها" | "لديهم");
    (possessed && matches!(pronoun_on(input, from), Some(Pronoun::Plural | Pronoun::Feminine))).then_some(from)
}

#[cfg(test)]
mod tests {
    use super::{governed_noun, is_passive};
    use crate::events::tests::{events, has, triples};

    #[test]
    fn a_verb_object_is_read_past_a_manner_adverb_or_a_day() {
        let t = "ورفض الرئيس الفنزويلي بشدة تصريحات وزير الخارجية الكولومبي.";
        assert!(has(t, "REJECT", "VEN", "COL"), "{:?}", events(t));
        let t = "وترفض الحكومة الأردنية تماما قرار البرلمان الإسرائيلي.";
        assert!(has(t, "REJECT", "JOR", "ISR"), "{:?}", events(t));
        let t = "ورفضت محكمة ألمانية الخميس طلب الحكومة الإسبانية.";
        assert!(has(t, "REJECT", "DEU", "ESP"), "{:?}", events(t));
        // An adverb before a preposition leaves the object unread.
        let t = "ورفضت الحكومة الأردنية بشدة في بيانها الاتهامات.";
        assert!(events(t).iter().filter(|e| e.kind == "REJECT").all(|e| e.recipients.is_empty()), "{:?}", events(t));
    }

    #[test]
    fn a_place_before_hayth_is_no_subject() {
        // The verb after حيث has its own subject after it, or the clause before's.
        let t = "وتصاعد التوتر على حدود لبنان حيث قتل ثلاثة سوريين برصاص الجيش الإسرائيلي.";
        assert!(has(t, "ASSAULT", "ISR", "SYR"), "{:?}", events(t));
        assert!(!triples(t).iter().any(|(k, a, _)| k == "ASSAULT" && a == "LBN"), "{:?}", events(t));
        let t = "وتوجه الرئيس العراقي إلى الأردن حيث انتقد رئيس الوزراء الأردني الحكومة السورية.";
        assert!(has(t, "ACCUSE", "JOR", "SYR"), "{:?}", events(t));
    }

    #[test]
    fn a_party_before_fima_or_baynama_is_no_subject() {
        // The clause فيما/بينما opens has its own subject after its verb (stance64).
        let t = "ونفى الرئيس السوري بشار الأسد إصدار أمر بالهجوم فيما أيدت روسيا النظام السوري.";
        assert!(has(t, "SUPPORT", "RUS", "SYR"), "{:?}", events(t));
        assert!(!triples(t).iter().any(|(k, a, _)| k == "SUPPORT" && a == "SYR"), "{:?}", events(t));
        let t = "ورفضت بريطانيا المقترح الروسي بينما انتقدت الصين الحكومة الأمريكية.";
        assert!(has(t, "ACCUSE", "CHN", "USA"), "{:?}", events(t));
        assert!(!triples(t).iter().any(|(k, a, _)| k == "ACCUSE" && a == "GBR"), "{:?}", events(t));
        // Without them the party before the verb stays its subject.
        let t = "وقالت الخارجية إن روسيا أيدت النظام السوري.";
        assert!(has(t, "SUPPORT", "RUS", "SYR"), "{:?}", events(t));
    }

    #[test]
    fn a_relative_verb_with_an_object_pronoun_is_no_passive() {
        // The pronoun is the object, so the head acts, whatever follows (بينما).
        let t = "وحذر الوزير الإسرائيلي الميليشيات الإيرانية التي تهاجمنا بينما نلتزم بالهدوء.";
        assert!(triples(t).iter().any(|(k, a, _)| k == "ASSAULT" && a == "IRN"), "{:?}", events(t));
    }

    #[test]
    fn an_unvowelled_passive_takes_its_agent_past_a_place() {
        let t = "وقالت الشرطة إن الصحفي الأمريكي قتل في إسطنبول على يد عناصر من الجيش السوري.";
        assert!(has(t, "ASSAULT", "SYR", "USA"), "{:?}", events(t));
        let t = "وقتل الصحفي الأمريكي في إسطنبول على يد عناصر من الجيش السوري.";
        assert!(has(t, "ASSAULT", "SYR", "USA"), "{:?}", events(t));
        // Every party of the agent's list acts, as after any agent phrase.
        let t = "وقالت الشرطة إن الصحفي الأمريكي قتل في إسطنبول على يد الجيش السوري والقوات الروسية.";
        let both = |e: &crate::Event| ["SYR", "RUS"].iter().all(|c| e.actors.iter().any(|a| a.country.as_deref() == Some(c)));
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT" && both(e)), "{:?}", events(t));
        // Past a comma the agent is another clause's: the killing keeps its victim only.
        let t = "وقالت الشرطة إن الصحفي الأمريكي قتل في إسطنبول، وإن جثته نقلت على يد عناصر من الجيش السوري.";
        let killing: Vec<_> = events(t).into_iter().filter(|e| e.trigger.text == "قتل").collect();
        assert!(killing.len() == 1 && killing[0].actors.is_empty() && !killing[0].recipients.is_empty(), "{killing:?}");
    }

    #[test]
    fn a_state_named_like_an_accusative_nisba_after_an_unknown_definite_subject_is_the_object() {
        // روسيا, سوريا read as روسيًا, سوريًا: not the adjective of a definite subject.
        let t = "وانتقد الاتحاد روسيا بسبب موقفها من الأزمة.";
        assert!(has(t, "ACCUSE", "-", "RUS"), "{:?}", events(t));
        let t = "واتهم اللاعب سوريا بعرقلة المفاوضات.";
        assert!(has(t, "ACCUSE", "-", "SYR"), "{:?}", events(t));
        // A definite nisba right after the subject is still its adjective: the subject
        // is the coded phrase (here the whole mention), never an object.
        let russia_aimed_at = |t: &str| events(t).iter().any(|e| e.recipients.iter().any(|r| r.country.as_deref() == Some("RUS")));
        // إليه is no definite subject: روسيا after it is the subject of دعت.
        assert!(!russia_aimed_at("وعقد اجتماع دعت إليه روسيا لبحث الأزمة."));
        assert!(!russia_aimed_at("وانتقد الحلف الروسي تركيا بسبب العملية."));
    }

    #[test]
    fn a_support_verbs_recipient_may_come_before_its_noun() {
        assert!(has("ووقعت فرنسا مع ألمانيا اتفاقا للتعاون العسكري.", "AGREE", "FRA", "DEU"), "{:?}", events("ووقعت فرنسا مع ألمانيا اتفاقا للتعاون العسكري."));
        let t = "ووجهت النيابة التركية إلى القس الأمريكي أندرو برانسون تهمة التجسس.";
        assert!(has(t, "ACCUSE", "TUR", "USA"), "{:?}", events(t));
        // A noun phrase between (لعواصم) is no recipient of the noun: the documents went
        // to the capitals, the support is for sanctions.
        let t = "وقال مصدران إن الوثيقة أرسلت لعواصم الاتحاد الأوروبي لحشد الدعم للعقوبات.";
        assert!(!events(t).iter().any(|e| e.recipients.iter().any(|r| r.country.as_deref() == Some("EUR") || r.actor.as_deref().is_some_and(|a| a.starts_with("IGOEUR")))), "{:?}", events(t));
    }

    #[test]
    fn a_capital_named_by_its_nisba_is_the_state_visited() {
        let consult_to = |t: &str, c: &str| events(t).iter().any(|e| e.kind == "CONSULT" && e.recipients.iter().any(|r| r.country.as_deref() == Some(c)));
        assert!(consult_to("وزار وزير الخارجية الفرنسي العاصمة الإيرانية يوم الأحد.", "IRN"), "{:?}", events("وزار وزير الخارجية الفرنسي العاصمة الإيرانية يوم الأحد."));
        assert!(consult_to("ووصل الرئيس الروسي إلى العاصمة التركية في زيارة رسمية.", "TUR"));
        assert!(consult_to("وقال وزير الخارجية الأمريكي خلال زيارته للعاصمة اللبنانية إن بلاده تدعم الجيش.", "LBN"));
        // After a relative's verb the capital is its subject, the host, not one visited.
        assert!(!consult_to("وانتهى المؤتمر الذي استضافته العاصمة الأردنية دون اتفاق.", "JOR"));
    }

    #[test]
    fn people_after_an_event_noun_act_in_their_plural_relative() {
        // الذين refers to the Palestinians, not to their anger.
        let t = "وأثار القرار استياء الفلسطينيين الذين انتقدوا الحكم المخفف بشدة.";
        assert!(events(t).iter().any(|e| e.kind == "ACCUSE" && e.actors.iter().any(|a| a.country.as_deref() == Some("PSE"))), "{:?}", events(t));
        let t = "وتسبب الفيلم في غضب الإيرانيين، الذين اتهموا المخرج بالإساءة إلى بلادهم.";
        assert!(events(t).iter().any(|e| e.kind == "ACCUSE" && e.actors.iter().any(|a| a.country.as_deref() == Some("IRN"))), "{:?}", events(t));
        // A second relative joined by و is the first one's head's, not Tehran's.
        let t = "وقاتل التحالف الحوثيين الذين تدعمهم طهران والذين سيطروا على العاصمة.";
        assert!(!events(t).iter().any(|e| e.trigger.text == "سيطروا" && e.actors.iter().any(|a| a.country.as_deref() == Some("IRN"))), "{:?}", events(t));
        // A singular relative after an event noun's genitive still refers to the event.
        let t = "وانتهت قمة سنغافورة التي انتقدها المعارضون بشدة.";
        assert!(!events(t).iter().any(|e| e.kind == "ACCUSE" && e.actors.iter().any(|a| a.country.as_deref() == Some("SGP"))), "{:?}", events(t));
    }

    #[test]
    fn a_relative_clause_on_a_thing_takes_no_party_for_its_pronoun() {
        // The mines planted are no party, so the government named before is not the one struck.
        let t = "وأعلنت الحكومة اليمنية أن فرقها نزعت الألغام التي زرعتها ميليشيات الحوثي في القرية.";
        let e = events(t);
        let planted = e.iter().find(|e| e.trigger.text.contains("زرعتها")).unwrap_or_else(|| panic!("{e:?}"));
        assert!(planted.recipients.is_empty(), "{planted:?}");
        // A place seized stands for its state…
        let t = "وقصفت المدفعية مواقع قرب هضبة الجولان التي تحتلها إسرائيل منذ عام 1967.";
        let e = events(t);
        let seized = e.iter().find(|e| e.trigger.text.contains("تحتلها")).unwrap_or_else(|| panic!("{e:?}"));
        assert!(seized.recipients.iter().any(|r| r.country.as_deref() == Some("SYR")), "{seized:?}");
        // …but not the actor's own: a besieged town of its own state stands for those holding it.
        let t = "وعاد آلاف الأهالي إلى الغوطة الشرقية التي تحاصرها القوات السورية.";
        let e = events(t);
        assert!(!e.iter().any(|e| e.recipients.iter().any(|r| r.country.as_deref() == Some("SYR"))), "{e:?}");
        // Nisba adjectives after a name describe it: the name is the head, the one accused.
        let t = "وقال الوزير إن فتح الله غولن، الداعية التركي، الذي تتهمه أنقرة بتدبير الانقلاب، يقيم في الولايات المتحدة.";
        let e = events(t);
        let accused = e.iter().find(|e| e.kind == "ACCUSE").unwrap_or_else(|| panic!("{e:?}"));
        assert!(accused.recipients.iter().any(|r| r.text.contains("غولن")), "{accused:?}");
    }

    #[test]
    fn a_relative_clauses_pronoun_is_its_head() {
        // The object pronoun after الذي/التي is the head: a thing with the article names no
        // party, so no party further back is taken for it, and support needs one.
        for t in [
            "وقال الوزير الكندي إن المبادرة التي تدعمها الحكومة الفرنسية ستطرح الشهر المقبل.",
            "وصوت النواب البريطانيون ضد التعديل الذي تدعمه الحكومة الألمانية.",
        ] {
            let e = events(t);
            assert!(!e.iter().any(|e| e.kind == "SUPPORT"), "{t}: {e:?}");
        }
        // A party as the head, past a comma or a closing quotation mark, is the recipient.
        for (t, want) in [
            ("وقال المبعوث إن جبهة \"البوليساريو\"، التي تدعمها الجزائر، قبلت الحوار.", "البوليساريو"),
            ("وتسيطر الحكومة الليبية، التي تدعمها الأمم المتحدة، على طرابلس.", "الحكومة الليبية"),
        ] {
            let e = events(t);
            let s = e.iter().find(|e| e.kind == "SUPPORT").unwrap_or_else(|| panic!("{t}: {e:?}"));
            assert!(s.recipients.iter().any(|r| r.text.contains(want)), "{t}: {s:?}");
        }
        // An accusation's pronoun on a thing with the article takes no party named before.
        let t = "وزار الرئيس الروسي باريس. وأشاد بالاتفاق الذي تنتقده الحكومة الأمريكية بشدة.";
        let e = events(t);
        assert!(!e.iter().any(|e| e.kind == "ACCUSE" && !e.recipients.is_empty()), "{t}: {e:?}");
    }

    #[test]
    fn own_forces_pronoun_is_no_recipient() {
        // The pronoun on the forces reinforced is the actor's own, not a party acted on.
        let e = events("وقال مسؤول سوري إن الوضع هادئ. وقد عزز الجيش السوري في الأسابيع الماضية قواته في الجنوب.");
        let m = e.iter().find(|e| e.kind == "MOBILIZE").expect("a reinforcement");
        assert!(m.recipients.is_empty(), "{m:?}");
    }

    #[test]
    fn a_comma_after_the_last_joined_party_heads_the_object() {
        // و stands before the last party: what follows the comma is the object.
        let e = events("وأدرجت الولايات المتحدة والفلبين، جماعة أبو سياف على القائمة السوداء للمنظمات الإرهابية.");
        let listed = e.iter().find(|e| e.kind == "COERCE").expect("a listing");
        assert!(listed.actors.iter().all(|a| matches!(a.country.as_deref(), Some("USA" | "PHL"))) && listed.actors.len() == 2, "{listed:?}");
        assert!(listed.recipients.iter().any(|r| r.text.contains("أبو سياف")), "{listed:?}");
        // …but a party named again after the comma is still the same one.
        let e = events("واتفق الرئيس الأميركي، دونالد ترامب، ونظيره الفرنسي، إيمانويل ماكرون، على مواصلة العمل معا.");
        assert!(e.iter().any(|e| e.kind == "AGREE" && e.actors.iter().any(|a| a.country.as_deref() == Some("USA"))
            && e.actors.iter().chain(&e.recipients).any(|p| p.country.as_deref() == Some("FRA"))), "{e:?}");
    }

    /// (actor country, recipient country) of the first event.
    fn parties(text: &str) -> (String, String) {
        let events = events(text);
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        events.first().map(|e| (c(&e.actors), c(&e.recipients))).unwrap_or_default()
    }

    #[test]
    fn a_lam_object_with_their_pronoun_names_its_owner() {
        let text = "اتهم الحوثيون التحالف بالتصعيد بعد قصف مقاتلات التحالف العربي لمواقعهم في الحديدة.";
        let found = events(text).iter().any(|e| {
            e.kind == "ASSAULT" && e.recipients.first().and_then(|p| p.country.as_deref()) == Some("YEM")
        });
        assert!(found, "{:?}", events(text));
    }

    /// (actor country, recipient country) of the strike noun قصف.
    fn shelling_parties(text: &str) -> (String, String) {
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        events(text).iter().find(|e| e.trigger.text == "قصف").map(|e| (c(&e.actors), c(&e.recipients))).unwrap_or_default()
    }

    #[test]
    fn an_armed_force_with_lam_after_an_adjective_is_the_shelling_party() {
        let text = "أصيب ثلاثة أطفال جراء قصف مدفعي لقوات الجيش الإسرائيلي على بلدة بيت حانون.";
        assert_eq!(shelling_parties(text).0, "ISR", "{:?}", events(text));
        // The لـ was the owner's: not the adjective's لإيران after it.
        let text = "وفي تطور آخر، قتل مدني وأصيب آخرون، من بينهم امرأة، في قصف مدفعي لميليشيات الحوثي الموالية لإيران، على مدينة حيس.";
        assert_eq!(shelling_parties(text), ("YEM".into(), "-".into()), "{:?}", events(text));
    }

    #[test]
    fn a_lam_object_after_a_genitive_or_a_noun_is_the_target() {
        // قصف إسرائيل لقوات حماس: the genitive strikes, the لـ-party is struck.
        let text = "قتل ثلاثة جراء قصف إسرائيل لقوات حماس في غزة.";
        assert_eq!(shelling_parties(text), ("ISR".into(), "PSE".into()), "{:?}", events(text));
        // وطال القصف تجمعا للحوثيين: a noun between names the target, no adjective.
        let text = "وطال القصف تجمعا للحوثيين في شرق مديرية باجل.";
        assert_ne!(events(text).iter().find(|e| e.trigger.text == "القصف").and_then(|e| e.actors.first()).and_then(|p| p.country.as_deref()), Some("YEM"), "{:?}", events(text));
    }

    #[test]
    fn support_for_an_armed_force_is_not_its_support() {
        let text = "قدمت إيران الدعم العسكري لميليشيات الحوثي في اليمن.";
        let theirs = events(text).iter().any(|e| e.kind == "SUPPORT" && e.actors.iter().any(|p| p.country.as_deref() == Some("YEM")));
        assert!(!theirs, "{:?}", events(text));
    }

    #[test]
    fn support_for_their_proposals_names_no_owner() {
        let text = "أعلن جونسون دعمه لمقترحاتهم أمام البرلمان البريطاني.";
        let owner = events(text).iter().any(|e| e.kind == "SUPPORT" && e.rule.contains("+pronoun"));
        assert!(!owner, "{:?}", events(text));
    }

    #[test]
    fn the_apposition_of_an_appositions_genitive_is_no_object() {
        let text = "حذر جون بولتون، مستشار الأمن القومي للرئيس الأمريكي، دونالد ترامب، النظام الإيراني من عواقب وخيمة.";
        assert_eq!(parties(text), ("USA".into(), "IRN".into()));
    }

    #[test]
    fn another_party_after_the_apposition_is_the_object() {
        let text = "حذر جون بولتون، مستشار الأمن القومي للرئيس الأمريكي، الرئيس الإيراني حسن روحاني من عواقب وخيمة.";
        assert_eq!(parties(text), ("USA".into(), "IRN".into()));
    }

    #[test]
    fn a_relative_clause_told_verb_first_has_its_own_subject() {
        let t = "وردت الطائرات على الهجوم الذي تتهم فرنسا الحكومة السورية بتنفيذه.";
        assert!(has(t, "ACCUSE", "FRA", "SYR"), "{:?}", triples(t));
        // (The head speaks when one party follows: the critics, not the criticised.)
        let t = "ورحب الوزير بالمنظمة التي تنتقد الحكومة الإيرانية.";
        assert!(!triples(t).iter().any(|(k, a, _)| k == "ACCUSE" && a == "IRN"), "{:?}", triples(t));
        // (A strike's head strikes: the poison, not the first of two named.)
        let t = "وقال إن السم الذي أصاب الرئيس الروسي والوزير البريطاني جاء من الخارج.";
        assert!(!triples(t).iter().any(|(k, a, _)| k == "ASSAULT" && a == "RUS"), "{:?}", triples(t));
    }

    #[test]
    fn a_derived_form_in_the_passive_has_the_accused_as_recipient() {
        let t = "وانتُقدت الحكومة المصرية بشدة من قبل منظمة العفو الدولية.";
        assert!(has(t, "ACCUSE", "NGOHRI", "EGY"), "{:?}", triples(t));
        let t = "واتُّهمت الحكومة الإيرانية بدعم الحوثيين.";
        assert!(has(t, "ACCUSE", "-", "IRN"), "{:?}", triples(t));
    }

    #[test]
    fn a_damma_on_the_first_letter_marks_a_passive() {
        for w in ["قُتل", "وقُتل", "هُدِّد", "قُصِفت", "أُغلق", "انتُقد", "وانتُقدت", "واتُّهم", "استُهدف"] {
            assert!(is_passive(w), "{w}");
        }
        for w in ["قتل", "قَتل", "هاجمت", "وقتلوا", "انتقدتُ", "وانتقدَت", "استنكرتُ"] {
            assert!(!is_passive(w), "{w}");
        }
    }

    #[test]
    fn a_topic_subject_of_an_unvowelled_passive_is_its_victim() {
        let t = "وأكد المسؤول أن 20 جنديا مواليا للحكومة السورية قتلوا في هجمات شنها مسلحون في شرق البلاد.";
        assert_eq!(parties(t), ("-".into(), "SYR".into()), "{:?}", events(t));
    }

    #[test]
    fn a_toll_told_with_its_cause_or_wounded_has_its_subject_as_victim() {
        // A killing verb with no object, then a cause or the wounded: its subject is killed.
        for t in [
            "وقال المسؤول إن 12 جنديا تركيا قتلوا جراء انفجار عبوة في المدينة.",
            "وذكرت الشرطة أن ثلاثة جنود أتراك قتلوا وأصيب خمسة آخرون.",
            "وقالت الوزارة إن عشرات الجنود الأتراك قتلوا أو جرحوا في المعارك.",
            "وأفاد المرصد أن 11 جنديا تركيا قتلوا صباح الجمعة جراء القصف.",
        ] {
            assert_eq!(parties(t), ("-".into(), "TUR".into()), "{t}: {:?}", events(t));
        }
        // Two verbs sharing an object after them are active: the subject kills.
        let t = "وقالت المنظمة إن الجيش التركي قتل وجرح عشرات المدنيين السوريين.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT" && e.recipients.iter().any(|r| r.country.as_deref() == Some("TUR"))), "{t}: {:?}", events(t));
    }

    #[test]
    fn a_persons_pronoun_before_a_killing_verb_with_no_object_is_the_victim() {
        // The pronoun on إنه stands for a person killed: the recipient, no actor.
        let t = "وزار الصحفي التركي أحمد أوزتورك بغداد، ويقول أقاربه إنه قتل في فندقه.";
        let e = events(t);
        let a = e.iter().find(|e| e.kind == "ASSAULT").unwrap_or_else(|| panic!("{t}: {e:?}"));
        assert!(a.actors.is_empty() && a.recipients.iter().any(|r| r.country.as_deref() == Some("TUR")), "{t}: {a:?}");
        // A state that says it killed keeps the deed.
        let t = "وقالت روسيا إنها قتلت عشرات المسلحين في سوريا.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("RUS"))), "{t}: {:?}", events(t));
    }

    #[test]
    fn a_nisba_after_a_preposition_and_article_is_no_subject() {
        for t in ["وأكد المطرب أن حفله كان استثنائيا بعدما التقى بالجمهور السعودي في الرياض.", "كما أشاد بالكوادر الإماراتية ودورها في المشروع."] {
            let e = events(t);
            assert!(!e.iter().any(|e| e.actors.iter().any(|a| matches!(a.country.as_deref(), Some("SAU" | "ARE")))), "{e:?}");
        }
    }

    #[test]
    fn a_word_with_a_preposition_on_it_is_no_subject() {
        for k in ["بتصحيح", "بالافراج", "للحكومه", "باستئناف", "وبانسحاب"] {
            assert!(governed_noun(k), "{k}");
        }
        for k in ["بعض", "بيان", "بلاده", "لجنه", "تصحيح"] {
            assert!(!governed_noun(k), "{k}");
        }
    }

    #[test]
    fn a_protest_further_from_its_place_is_placed_by_it() {
        let sides = |t: &str| crate::events::tests::sides(t, "PROTEST");
        // At a building: the building's own place.
        let t = "وتظاهر مئات الأشخاص بدعوة من منظمات عدة أمام القنصلية الإسرائيلية في اسطنبول الثلاثاء.";
        assert_eq!(sides(t), vec![(Some("TUR".to_string()), Some("ISR".to_string()))], "{:?}", events(t));
        let t = "ونظمت الجالية وقفة احتجاجية أمام مقر القنصلية السعودية في إسطنبول.";
        assert!(sides(t).iter().any(|(a, _)| a.as_deref() == Some("TUR")), "{:?}", events(t));
        // Not the place of a building the protest is about.
        let t = "وخرج الآلاف احتجاجا على نقل السفارة الأميركية في إسرائيل إلى القدس.";
        assert!(!sides(t).iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{:?}", events(t));
    }

    #[test]
    fn a_compass_word_with_ba_leads_to_the_place_struck() {
        // بجنوب فرنسا reads as في جنوب فرنسا.
        let sides = |t: &str| crate::events::tests::sides(t, "ASSAULT");
        let t = "ومنذ أسبوع، قتل رجل موال للتنظيم ثلاثة أشخاص في سلسلة هجمات بجنوب فرنسا.";
        assert!(sides(t).iter().any(|(_, r)| r.as_deref() == Some("FRA")), "{:?}", events(t));
        // Whence is no scene: من شمال سوريا is not after بـ.
        let t = "وانسحب المسلحون بعد الهجوم إلى بلدة قريبة من شمال سوريا.";
        assert!(!sides(t).iter().any(|(_, r)| r.as_deref() == Some("SYR")), "{:?}", events(t));
    }

    #[test]
    fn a_party_after_an_aside_of_circumstance_is_the_object() {
        for (t, want) in [
            ("واتهم وزير الخارجية الفرنسي، في مقابلة مع صحيفة محلية، إيران بدعم الإرهاب.", "IRN"),
            ("ودعت الحكومة المصرية، خلال اجتماع طارئ عقدته أمس، إسرائيل إلى وقف الغارات.", "ISR"),
            ("وانتقد الرئيس التركي، الذي كان يتحدث أمام البرلمان، ألمانيا بشدة.", "DEU"),
            // A relative clause needs no opening comma.
            ("واستقبل الملك الأردني الذي عاد أمس من واشنطن، الرئيس المصري في عمان.", "EGY"),
            ("وانتقد المحتجون الذين تجمعوا أمام البرلمان، الحكومة الإيطالية بشدة.", "ITA"),
        ] {
            let got = events(t);
            assert!(got.iter().any(|e| e.recipients.first().and_then(|r| r.country.as_deref()) == Some(want)), "{t}: {got:?}");
        }
    }

    #[test]
    fn no_object_after_a_relative_clause_with_no_closing_comma() {
        // The clause runs on, and what follows it is no object.
        let t = "وانتقد الرئيس التركي الذي زار ألمانيا القرار بشدة.";
        let got = events(t);
        assert!(got.iter().any(|e| e.kind == "ACCUSE" && e.recipients.is_empty()), "{got:?}");
    }

    #[test]
    fn no_object_past_an_aside_that_is_no_circumstance_or_before_a_conjunct() {
        // A conjunct of the subject after a relative aside (و on the party).
        let t = "وانتقد الرئيس التركي، الذي كان يتحدث أمام البرلمان، والرئيس الإيراني القرار.";
        let got = events(t);
        assert!(!got.is_empty() && got.iter().all(|e| e.recipients.is_empty()), "{got:?}");
        // An aside opened by no circumstance word (لأول مرة).
        let t = "وأيدت الولايات المتحدة، لأول مرة بيانا لمجموعة، فرنسا في مجلس الأمن.";
        let got = events(t);
        assert!(!got.is_empty() && !got.iter().any(|e| e.recipients.first().and_then(|r| r.country.as_deref()) == Some("FRA")), "{got:?}");
    }

    #[test]
    fn the_group_of_a_count_undergoes_the_event() {
        // (After a paragraph of its own, so that the bare الاشتباكات refers back: `antecedent.rs`.)
        let got = events("وقال مصدر أمني إن التحقيق مستمر.\nوأسفرت الاشتباكات عن مقتل ثلاثة من قوات الأمن الأردنية.");
        assert!(!got.is_empty() && got[0].actors.is_empty(), "{got:?}");
        assert_eq!(got[0].recipients.first().and_then(|r| r.country.as_deref()), Some("JOR"), "{got:?}");
        // بدعم من: the agent.
        let got = events("وتقدمت القوات العراقية بدعم من الولايات المتحدة.");
        assert!(got.iter().all(|e| e.recipients.iter().all(|r| r.country.as_deref() != Some("USA"))), "{got:?}");
    }

    #[test]
    fn a_place_after_a_preposition_is_no_subject_of_the_verb_after_it() {
        // The delegation went to Washington, where it (not Washington) held talks.
        let e = events("ترأس ليو الوفد الصيني إلى واشنطن حيث أجرى مفاوضات مع وزير التجارة الأميركي.");
        let talks = e.iter().find(|e| e.kind == "CONSULT").expect("talks");
        assert!(!talks.actors.iter().any(|a| a.country.as_deref() == Some("USA") && a.text == "واشنطن"), "{talks:?}");
        // An indefinite phrase right before its verb opens a relative clause: it acts.
        let e = events("فرضت وزارة الخزانة الأمريكية عقوبات على خمسة مسؤولين إيرانيين زودوا الحوثيين بالصواريخ.");
        assert!(e.iter().any(|e| e.kind == "AID" && e.actors.iter().any(|a| a.country.as_deref() == Some("IRN"))), "{e:?}");
    }

    /// The countries of the actors (or the recipients) of the first event of `kind`.
    fn side_countries(text: &str, kind: &str, recipients: bool) -> Vec<String> {
        let e = events(text).into_iter().find(|e| e.kind == kind);
        let side = e.map(|e| if recipients { e.recipients } else { e.actors }).unwrap_or_default();
        side.iter().filter_map(|a| a.country.clone()).collect()
    }

    #[test]
    fn an_agent_phrase_names_every_party_of_its_list() {
        let a = side_countries("تعرضت القرى الحدودية لقصف عنيف من قبل الجيش السوري والطيران الروسي.", "ASSAULT", false);
        assert_eq!(a, ["SYR", "RUS"], "{a:?}");
        let a = side_countries("واجهت الحكومة انتقادات من الأمم المتحدة والاتحاد الأوروبي.", "ACCUSE", false);
        assert_eq!(a.len(), 2, "{a:?}");
        // A party after a comma and another verb is no member of the agent's list.
        let a = side_countries("تعرضت البلدة لقصف من قبل الجيش السوري، وقالت روسيا إنها لم تشارك فيه.", "ASSAULT", false);
        assert_eq!(a, ["SYR"], "{a:?}");
    }

    #[test]
    fn an_owner_with_lam_names_every_party_of_its_list() {
        let t = "انتهى اجتماع لوزراء خارجية الأردن ومصر والعراق في عمان دون بيان ختامي.";
        let e = events(t);
        let consult = e.iter().find(|e| e.kind == "CONSULT").unwrap_or_else(|| panic!("{e:?}"));
        let parties: Vec<_> = consult.actors.iter().chain(&consult.recipients).filter_map(|p| p.country.as_deref()).collect();
        assert!(["JOR", "EGY", "IRQ"].iter().all(|c| parties.contains(c)), "{e:?}");
        let a = side_countries("وأكد المرصد وقوع غارات للطيران الروسي والجيش السوري على ريف إدلب.", "ASSAULT", false);
        assert_eq!(a, ["RUS", "SYR"], "{a:?}");
    }

    #[test]
    fn an_attack_in_listed_states_strikes_each_and_only_states() {
        let r = side_countries("وشنت الطائرات الأمريكية غارات في الصومال واليمن الأسبوع الماضي.", "ASSAULT", true);
        assert_eq!(r, ["SOM", "YEM"], "{r:?}");
        // A body after the state opens the next clause: no place of the attack.
        let r = side_countries("ووقعت هجمات في العراق والحكومة العراقية تتهم تنظيم داعش.", "ASSAULT", true);
        assert_eq!(r, ["IRQ"], "{r:?}");
    }

    #[test]
    fn sanctions_on_goods_from_listed_states_target_each() {
        let r = side_countries("فرضت الحكومة الأمريكية رسوما جمركية على واردات الصلب من اليابان وكوريا الجنوبية.", "COERCE", true);
        assert_eq!(r, ["JPN", "KOR"], "{r:?}");
    }
}
