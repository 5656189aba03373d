//! Blame laid in reported speech: a speaker who says a named party is responsible for
//! something (`أن تكون روسيا مسؤولة عن الاعتداء`، `إيران هي المسؤولة عن`), bears the
//! responsibility (`الاحتلال يتحمل المسؤولية`، `تتحمل إسرائيل المسؤولية الكاملة`) or stands
//! behind it (`إن حماس تقف وراء الاعتداء`، `تقف إيران خلف الهجوم`، `إن روسيا كانت وراء
//! التسميم`; خلف, the party after the verb and a copula only before a deed of wrong)
//! accuses that party (PLOVER ACCUSE, CAMEO 112
//! "accuse of crime": the speaker is the actor, the blamed the recipient). Only inside a
//! quotation whose speaker is known and not a mere reporter: in the writer's own words
//! the same sentence tells a fact or a duty.
//!
//! Involvement in a deed (`الفريق ضالع في عملية الاختفاء`، `إن روسيا متورطة في الهجوم`،
//! `تورطت إيران في الهجوم`، `بتورط حزب الله في التفجير`) is blame of the same kind: the
//! party said to be involved is accused (`involved_at`).
//!
//! Also [`settle_held`]: `حمّل X المسؤولية` with one party between the verb and its noun
//! names the one held responsible (the subject is dropped or stood before): `وحملت
//! إسرائيل المسؤولية`، `يحمل السعوديين المسؤولية`.

use super::args::{self, Arg, Context, Found};
use super::{modality, reporting_source, EventSpan, Input};
use marsad_lexicon::events::Tense;
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// "Responsible" as a predicate (keys, ة folded to ه; both hamza seats).
const RESPONSIBLE: &[&str] = &["مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مسؤولان", "مسؤولتان", "مسئول", "مسئوله", "مسئولون", "مسئولين"];
/// …and with the article, only after a pronoun of the copula (`إيران هي المسؤولة عن`):
/// without it `المسؤول عن الملف` describes who is in charge.
const THE_RESPONSIBLE: &[&str] = &["المسؤول", "المسؤوله", "المسؤولون", "المسؤولين", "المسئول", "المسئوله", "المسئولون", "المسئولين"];
/// Pronouns of the copula between a party and its predicate.
const COPULA_PRONOUNS: &[&str] = &["هو", "هي", "هم", "هما"];
/// Bearing responsibility (form V; تحمل is also form II "held responsible", a trigger row).
const BEARS: &[&str] = &["يتحمل", "تتحمل", "يتحملون", "يتحملان", "تتحملان", "سيتحمل", "ستتحمل", "سيتحملون"];
/// Standing behind (a deed).
const STANDS: &[&str] = &["يقف", "تقف", "يقفون", "يقفان", "تقفان", "وقف", "وقفت", "وقفوا"];
/// "Behind" (keys): the place of whoever is behind a deed (يقف وراء، تقف خلف).
const BEHIND: &[&str] = &["وراء", "خلف"];
/// "Behind" that needs no deed after it to be blame: وراء alone or with the deed's pronoun.
const BEHIND_ALONE: &[&str] = &["وراء", "وراءه", "وراءها", "وراءهم"];
/// Demonstratives before a deed (keys).
const THIS: &[&str] = &["هذا", "هذه", "ذلك", "تلك"];
/// Copulas between a party and "behind" (keys; كان is no trigger of its own).
const BEHIND_COPULAS: &[&str] = &["كان", "كانت", "كانوا", "هو", "هي", "هم"];
/// Deeds one stands behind as a wrong (stems of keys, after the article): attacks,
/// killings, poisoning, plots, leaks and campaigns.
const WRONG_DEEDS: &[&str] = &[
    "هجوم", "هجمات", "الهجوم", "اعتداء", "تفجير", "اغتيال", "محاوله", "تسميم", "قتل", "مقتل", "اختطاف", "خطف", "اختفاء", "انقلاب",
    "حمله", "تسريب", "اختراق", "قصف", "ضرب", "احداث", "عمليه", "عمليات", "مؤامره", "مخطط", "تمويل", "دعم", "تحريض", "اطلاق",
    "حرق", "احراق", "تهديد", "الحادث", "حادث",
];
/// "Involved" as a predicate (keys, ة folded to ه; the accusative after a copula verb).
const INVOLVED: &[&str] = &[
    "ضالع", "ضالعه", "ضالعون", "ضالعين", "ضالعان", "ضالعتان", "ضالعا", "متورط", "متورطه", "متورطون", "متورطين", "متورطان", "متورطتان", "متورطا",
];
/// …with the article, only after a pronoun of the copula (`إيران هي المتورطة في`): without
/// it `المتورطين في الهجوم` names unknown culprits.
const THE_INVOLVED: &[&str] = &["الضالع", "الضالعه", "الضالعون", "الضالعين", "المتورط", "المتورطه", "المتورطون", "المتورطين"];
/// Getting involved (form V verb, and its verbal noun with the same letters: `تورط إيران في`;
/// also the noun `ضلوع روسيا في`).
const GETS_INVOLVED: &[&str] = &["تورط", "ضلوع", "تورطت", "تورطوا", "تورطا", "يتورط", "تتورط", "يتورطون", "يتورطان", "تتورطان"];
/// "In" a deed after the word of involvement (keys): في or its pronoun forms.
const IN: &[&str] = &["في", "فيه", "فيها", "فيهم"];
/// Words before the verbal noun of involvement that deny, doubt or only discuss it (keys):
/// `نفى تورط إيران`، `عدم تورط`، `لا دليل على تورط`، `نبحث ضلوع إيران في`.
const DOUBTED: &[&str] = &[
    "عدم", "بعدم", "نفي", "نفى", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "دليل", "ادله", "احتمال", "امكانيه", "مدي", "حول", "بشان", "هل", "بحث", "نبحث",
    "يبحث", "تبحث", "ناقش", "نناقش", "يناقش", "تناقش", "مناقشه",
];

/// Lying on someone (`المسؤولية تقع على عاتق الجيش`; keys).
const LIES: &[&str] = &["تقع", "يقع"];
/// "The shoulders of" after على (keys), passed over.
const SHOULDERS: &[&str] = &["عاتق", "كاهل"];
/// How many words may stand between the noun of responsibility and the verb it lies by
/// (`المسؤولية الكاملة عن الحادث تقع`).
const LIES_WINDOW: usize = 5;

/// The noun borne (keys).
const RESPONSIBILITY: &[&str] = &["المسؤوليه", "مسؤوليه", "المسئوليه", "مسئوليه"];
/// Words that may come between a verb of bearing and its noun (`تتحمل كامل المسؤولية`).
const WHOLE: &[&str] = &["كامل", "كافه", "كل"];
/// What one is responsible for as a duty, not a fault (`مسؤولة عن حماية المدنيين`،
/// `تتحمل مسؤولية توفير الأمن`).
const DUTIES: &[&str] = &[
    "حمايه", "توفير", "ضمان", "تامين", "اداره", "رعايه", "متابعه", "تنفيذ", "تنظيم", "الاشراف", "اشراف", "ملف", "الملف", "اعداد",
    "تقديم", "قياده", "تطوير", "صياغه", "اعاده", "تشغيل", "الحفاظ", "حفظ",
];
/// Words after which a party opens its clause (keys).
const OPENERS: &[&str] = &["ان", "بان", "لان", "وان", "فان", "كون", "تكون", "يكون", "كانت", "كان", "ستكون", "سيكون", "تبقي", "يبقي", "باتت", "اصبحت"];

/// Words of necessity or appeal before a clause (`ضرورة أن يتحمل مجلس الأمن مسؤولية`): a
/// duty demanded, not blame.
const NECESSITY: &[&str] = &["ضروره", "بضروره", "يجب", "ينبغي", "يتعين", "لابد", "دعا", "دعت", "طالب", "طالبت", "الي"];
/// Relative pronouns (keys): `بمن يحمّل الدولة مسؤولية` holds no one named responsible.
const RELATIVES: &[&str] = &["من", "بمن", "لمن", "ممن", "الذي", "التي", "الذين"];

/// CAMEO 112: accuse of crime, corruption.
const CAMEO: &str = "112";

/// The speakers' ACCUSE events of the blame in a sentence (tokens `s0..s1`).
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>) {
    // Blame is read only inside a quotation: a sentence with none has no token to test.
    if !ctx.any_quoted(s0, s1) {
        return;
    }
    for k in s0..s1 {
        let key = input.keys[k].as_str();
        let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
        // Most tokens are passed over on their first letter.
        if !matches!(bare.chars().next(), Some('م' | 'ا' | 'ي' | 'ت' | 'س' | 'و' | 'ك' | 'ه' | 'ض' | 'ب' | 'ل')) {
            continue;
        }
        let Some((blamed, end, how)) = blamed_at(input, ctx, k, bare, (s0, s1)) else { continue };
        if (k.saturating_sub(4).max(s0)..k).any(|j| NECESSITY.contains(&input.keys[j].as_str())) {
            continue;
        }
        let Some(q) = ctx.quote_at(input.tokens[k].start) else { continue };
        let Some(speaker) = input.quotes[q].speaker.as_ref().filter(|s| !super::reports_only(s) && !reporting_source::is_reporting_source(input, s)) else {
            continue;
        };
        let speaker = Arg::from_speaker(speaker);
        // A named party other than the speaker: not a thing, not the speaker's own country
        // named bare ("we").
        if blamed.thing || blamed.country.is_none() || speaker.country.is_none() || blamed.tok_start == speaker.tok_start || blamed.actor == speaker.actor {
            continue;
        }
        if blamed.role.is_none() && blamed.country == speaker.country {
            continue;
        }
        // Not responsible (`لا تتحمل`) is no blame.
        let m = modality::of(input, s0, s1, k, Tense::Imperfect, false);
        // Nor is a condition (`إذا كانت السعودية متورطة في`، `في حال ثبوت تورط`).
        if m.negated || m.modality == Some("hypothetical") {
            continue;
        }
        out.push(EventSpan {
            kind: "ACCUSE".into(),
            cameo: Some(CAMEO.into()),
            mode: Some("allege".into()),
            actors: vec![speaker],
            recipients: vec![blamed],
            negated: false,
            modality: m.modality,
            claimed_by: None,
            sentence: sent,
            trigger: (k, end),
            confidence: 0.5,
            rule: format!("blame:{bare}+speaker+{how}"),
            ghost: false,
        });
    }
}

/// The party blamed by the word at `k` (`bare`: its key without و ف), the end of the
/// trigger's words and how the party was found.
fn blamed_at(input: &Input, ctx: &Context, k: usize, bare: &str, (s0, s1): (usize, usize)) -> Option<(Arg, usize, &'static str)> {
    let key = |j: usize| (j < s1).then(|| input.keys[j].as_str());
    // A deed of wrong at `j`, a demonstrative before it passed over (خلف هذا الهجوم).
    let deed_at = |j: usize| {
        let j = if key(j).is_some_and(|w| THIS.contains(&w)) { j + 1 } else { j };
        key(j).is_some_and(wrong_deed)
    };
    // (With و it is mostly a second noun: قوات الأمن ومسؤولين عن مخيمات "officials in charge".)
    if bare == input.keys[k] && (RESPONSIBLE.contains(&bare) || THE_RESPONSIBLE.contains(&bare)) {
        // Responsible for (عن) something that is no duty.
        // A hedge may stand before عن (`هو المسؤول في نهاية المطاف عن`، `هي المسؤولة على
        // الأرجح عن`).
        let at = k + 1 + hedge_len(input, k + 1, s1);
        let about = key(at)?;
        if !(about == "عن" || about == "عنه" || about == "عنها" || about == "عما") || key(at + 1).is_some_and(|w| DUTIES.contains(&w)) {
            return None;
        }
        let party = predicate_party(input, ctx, k, s0, THE_RESPONSIBLE.contains(&bare), false)?;
        return Some((party, k + 1, "predicate"));
    }
    if let Some(found) = involved_at(input, ctx, k, bare, (s0, s1)) {
        return Some(found);
    }
    if LIES.contains(&bare) {
        return lies_on(input, ctx, k, (s0, s1));
    }
    if BEARS.contains(&bare) {
        // SVO (الاحتلال يتحمل المسؤولية) or VSO (تتحمل إسرائيل المسؤولية).
        let (party, after, how) = match party_ending_at(input, ctx, k, s0) {
            Some(p) => (p, k + 1, "svo"),
            None => {
                let m = args::first_mention(ctx, input, k + 1, (k + 2).min(s1))?;
                let mention = &input.mentions[m];
                (!mention.prepositional).then_some(())?;
                (Arg::from_mention(mention, input.home), mention.tok_end, "vso")
            }
        };
        let mut j = after;
        if key(j).is_some_and(|w| WHOLE.contains(&w)) {
            j += 1;
        }
        if !key(j).is_some_and(|w| RESPONSIBILITY.contains(&w)) || key(j + 1).is_some_and(|w| DUTIES.contains(&w)) {
            return None;
        }
        return Some((party, j + 1, how));
    }
    if STANDS.contains(&bare) {
        // A party right before (إن حماس تقف وراء) or right after the verb (تقف إسرائيل
        // وراء): not a relative (الشركة التي تقف وراء المشروع), which ends no party.
        // وراء alone or with the deed's pronoun (تقف وراءها); خلف is also a place and
        // support (يقف خلف المنصة، تقف خلف الأندية), so only before a deed of wrong.
        let behind = |j: usize| key(j).is_some_and(|w| BEHIND_ALONE.contains(&w) || BEHIND.contains(&w) && deed_at(j + 1));
        if behind(k + 1) {
            let party = party_ending_at(input, ctx, k, s0)?;
            return Some((party, k + 2, "svo"));
        }
        let m = args::first_mention(ctx, input, k + 1, (k + 2).min(s1))?;
        let mention = &input.mentions[m];
        let after = mention.tok_end;
        (key(after).is_some_and(|w| BEHIND.contains(&w)) && deed_at(after + 1)).then_some(())?;
        return Some((Arg::from_mention(mention, input.home), after + 1, "vso"));
    }
    // A copula before the place behind (إن روسيا كانت وراء التسميم، إيران هي وراء): the
    // party opens its clause right before the copula, and the deed is an act of wrong
    // (not a cause: الطقس كان وراء تعطل التصوير, which names no party anyway).
    if bare == input.keys[k] && BEHIND_COPULAS.contains(&bare) && key(k + 1).is_some_and(|w| BEHIND.contains(&w)) && deed_at(k + 2) {
        let party = party_ending_at(input, ctx, k, s0)?;
        return Some((party, k + 2, "copula"));
    }
    None
}

/// The party of a predicate at `k` (مسؤولة، ضالع): right before it, or before a pronoun of
/// the copula (and, with `copula_verbs`, a copula verb: كانت متورطة), opening its clause;
/// a `definite` predicate (المسؤولة، المتورطة) needs the copula. A comma may set the party
/// off before the pronoun (`إن الرئيس الروسي، فلاديمير بوتين، هو المسؤول عن`): the
/// pronoun takes the topic up again.
fn predicate_party(input: &Input, ctx: &Context, k: usize, s0: usize, definite: bool, copula_verbs: bool) -> Option<Arg> {
    let before = |list: &[&str]| list.contains(&input.keys[k - 1].as_str());
    let copula = k > s0 && (before(COPULA_PRONOUNS) || copula_verbs && before(BEHIND_COPULAS));
    if definite && !copula {
        return None;
    }
    if copula && k > s0 + 2 && before(COPULA_PRONOUNS) && args::is_comma(input, k - 2) {
        if let Some(party) = party_ending_at(input, ctx, k - 2, s0) {
            return Some(party);
        }
    }
    party_ending_at(input, ctx, if copula { k - 1 } else { k }, s0)
}

/// Hedges between "responsible" and عن (keys): in the end, most likely.
const HEDGES: &[&[&str]] = &[&["في", "نهايه", "المطاف"], &["علي", "الارجح"]];

/// The length of a hedge starting at `j` (0 when none).
fn hedge_len(input: &Input, j: usize, s1: usize) -> usize {
    HEDGES.iter().find(|h| j + h.len() <= s1 && h.iter().enumerate().all(|(n, w)| input.keys[j + n] == *w)).map_or(0, |h| h.len())
}

/// `المسؤولية (عن …) تقع على (عاتق) X`: the responsibility before the verb within a few
/// words and no punctuation (its complement not a duty, `مسؤولية حماية المدنيين تقع على`),
/// the party right after على (and عاتق).
fn lies_on(input: &Input, ctx: &Context, k: usize, (s0, s1): (usize, usize)) -> Option<(Arg, usize, &'static str)> {
    let key = |j: usize| (j < s1).then(|| input.keys[j].as_str());
    let from = k.saturating_sub(LIES_WINDOW).max(s0);
    let noun = (from..k).rev().take_while(|&j| input.tokens[j].kind != TokenKind::Punct).find(|&j| RESPONSIBILITY.contains(&input.keys[j].as_str()))?;
    if key(noun + 1).is_some_and(|w| DUTIES.contains(&w)) || key(noun + 2).is_some_and(|w| DUTIES.contains(&w)) {
        return None;
    }
    // Blame is for something (عن) or the responsibility itself (`المسؤولية الكاملة تقع`); a
    // task in construct (`مسؤولية طرد إيران`) or a relative (`المسؤولية التي تقع على عاتق
    // إيران في تنفيذ الهدنة`) lays a duty.
    let next = input.keys[noun + 1].as_str();
    if !(noun + 1 == k || next == "عن" || next.starts_with("ال")) || RELATIVES.contains(&input.keys[k - 1].as_str()) {
        return None;
    }
    (key(k + 1) == Some("علي")).then_some(())?;
    let at = if key(k + 2).is_some_and(|w| SHOULDERS.contains(&w)) { k + 3 } else { k + 2 };
    let m = args::mention_starting(ctx, input, at)?;
    Some((Arg::from_mention(&input.mentions[m], input.home), at, "lies-on"))
}

/// The party said to be involved in a deed by the word at `k`: a predicate (`الفريق ضالع
/// في`، `إن روسيا كانت متورطة في`) whose party opens its clause right before it or before
/// a copula, or the verb or verbal noun تورط with its party before (`إيران تورطت في`) or
/// right after it (`تورطت إيران في`، `بتورط حزب الله في`); the deed follows في (or بـ after
/// the predicate: `متورط بقتل`).
fn involved_at(input: &Input, ctx: &Context, k: usize, bare: &str, (s0, s1): (usize, usize)) -> Option<(Arg, usize, &'static str)> {
    let key = |j: usize| (j < s1).then(|| input.keys[j].as_str());
    let deed_follows = |j: usize| key(j).is_some_and(|w| IN.contains(&w));
    let plain = bare == input.keys[k];
    if plain && (INVOLVED.contains(&bare) || THE_INVOLVED.contains(&bare)) {
        let with_ba = key(k + 1).and_then(|w| w.strip_prefix('ب')).is_some_and(wrong_deed);
        if !deed_follows(k + 1) && !with_ba {
            return None;
        }
        let party = predicate_party(input, ctx, k, s0, THE_INVOLVED.contains(&bare), true)?;
        return Some((party, k + 1, "involved"));
    }
    // The verbal noun may carry بـ or لـ (`اتهمها بتورط الحرس في`).
    let noun = if plain { bare } else { bare.strip_prefix('ب').or_else(|| bare.strip_prefix('ل')).unwrap_or(bare) };
    if !GETS_INVOLVED.contains(&noun) {
        return None;
    }
    if (k.saturating_sub(3).max(s0)..k).any(|j| DOUBTED.contains(&input.keys[j].as_str())) {
        return None;
    }
    if plain && deed_follows(k + 1) {
        let party = party_ending_at(input, ctx, k, s0)?;
        return Some((party, k + 1, "involved-svo"));
    }
    let m = args::first_mention(ctx, input, k + 1, (k + 2).min(s1))?;
    let mention = &input.mentions[m];
    deed_follows(mention.tok_end).then(|| (Arg::from_mention(mention, input.home), mention.tok_end, "involved-vso"))
}

/// Is the word after "behind" (its key) a deed one is blamed for (an attack, a killing, a
/// plot, a leak)? The article, و and بـ are passed over.
fn wrong_deed(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    WRONG_DEEDS.iter().any(|d| bare.starts_with(d))
}

/// The party whose mention ends right before `k` and opens its clause (the sentence start,
/// punctuation, a quotation mark, إن/أن or a copula before it), not after a preposition.
fn party_ending_at(input: &Input, ctx: &Context, k: usize, s0: usize) -> Option<Arg> {
    let at = k.checked_sub(1).filter(|&j| j >= s0)?;
    let m = ctx.mention_of(at)?;
    let mention = &input.mentions[m];
    if mention.tok_end != k || mention.prepositional || mention.tok_start < s0 {
        return None;
    }
    let start = mention.tok_start;
    let opens = start == s0 || input.tokens[start - 1].kind == TokenKind::Punct || OPENERS.contains(&input.keys[start - 1].as_str());
    opens.then(|| Arg::from_mention(mention, input.home))
}

/// Is a trigger with these `then` words holding someone responsible (`حمل … مسؤولية`)?
pub fn holds_responsible(then: &[String]) -> bool {
    then.first().is_some_and(|w| RESPONSIBILITY.contains(&w.as_str()) || w == "تبعات")
}

/// `حمّل X المسؤولية`: a verb's one "subject" standing right before its noun (a comma, a
/// quotation mark or كامل between) is the one held responsible, its subject dropped or
/// before it (`وحملت إسرائيل المسؤولية`، `يحمل السعوديين المسؤولية`); with لـ or إلى and a
/// party after the noun (`حملت الشرطة مسؤولية الحادث للسائق`) it is the subject. `verb` and
/// `noun` are the tokens of the verb and its `then` noun. In a quotation the speaker holds (`تحمل النظام في طهران
/// مسؤولية`); elsewhere the actor is left to the dropped subject's rules.
pub fn settle_held(input: &Input, ctx: &Context, (verb, noun): (usize, usize), s1: usize, quote: Option<usize>, found: &mut Found) {
    if !found.rule.starts_with("+vso") || !found.recipients.is_empty() {
        return;
    }
    let Some(last) = found.actors.last() else { return };
    let between_ok = (last.tok_end..noun).all(|j| {
        let w = &input.tokens[j];
        w.kind == TokenKind::Punct || WHOLE.contains(&input.keys[j].as_str())
    });
    if !between_ok {
        return;
    }
    // A party after the noun with لـ or إلى, within a few words: the one blamed.
    let to = (noun + 1..(noun + 5).min(s1)).find_map(|j| {
        let m = ctx.mention_of(j)?;
        let mention = &input.mentions[m];
        let w = input.tokens[mention.tok_start].text(input.text);
        let with_lam = w.starts_with('ل') && !w.starts_with("لا");
        let after_ila = mention.tok_start > 0 && input.keys[mention.tok_start - 1] == "الي";
        (mention.tok_start == j && (with_lam || after_ila)).then_some(m)
    });
    if let Some(m) = to {
        found.recipients.push(Arg::from_mention(&input.mentions[m], input.home));
        found.rule.push_str("+to");
        return;
    }
    found.recipients = std::mem::take(&mut found.actors);
    found.rule = found.rule.replacen("+vso", "+held", 1);
    // Whoever holds (بمن يحمّل الدولة مسؤولية): no earlier actor goes on into it.
    if verb > 0 && RELATIVES.contains(&input.keys[verb - 1].as_str()) {
        found.unknown_head = true;
        return;
    }
    if let Some(s) = quote.and_then(|q| input.quotes.get(q)).and_then(|q| q.speaker.as_ref()) {
        let speaker = Arg::from_speaker(s);
        if !found.recipients.iter().any(|r| r.actor == speaker.actor) {
            found.actors.push(speaker);
            found.rule.push_str("+speaker");
        }
    }
}

/// Claims a denial answers (keys): with the article or after a demonstrative they refer
/// back to an accusation told before.
const CLAIMS: &[&str] = &["المزاعم", "الاتهامات", "الادعاءات", "الاتهام", "التهم", "التهمه", "مزاعم", "اتهامات", "ادعاءات"];
/// Demonstratives (keys).
const DEMONSTRATIVES: &[&str] = &["هذه", "تلك", "هذا", "ذلك"];
/// How many words after a denial verb (its subject between) the claims may be.
const CLAIMS_WINDOW: usize = 5;

/// A denial of claims told before (`وتنفي الشرطة هذه المزاعم`، `نفت روسيا الاتهامات`) that
/// names no accuser (kept as a ghost by `needs = recipient`) answers the accusation of the
/// sentence before or of its own sentence before it: the accuser of that ACCUSE, else
/// the speaker of a quotation there, is the recipient of the REJECT. Run before ghosts
/// are dropped; a denial made an event is a ghost no more.
pub fn answer_denials(input: &Input, events: &mut [EventSpan]) {
    for i in 0..events.len() {
        let e = &events[i];
        if !e.ghost || e.kind != "REJECT" || !e.rule.starts_with("verb:نفى") || e.actors.is_empty() || !denies_claims(input, e) {
            continue;
        }
        let Some(accuser) = accuser_before(input, &events[..i], e) else { continue };
        let e = &mut events[i];
        e.recipients.push(accuser);
        e.ghost = false;
        e.rule.push_str("+answers");
    }
}

/// Is the object of the denial `e` claims that refer back (`هذه المزاعم`، `الاتهامات`)?
fn denies_claims(input: &Input, e: &EventSpan) -> bool {
    let s1 = input.tokens.partition_point(|t| t.start < e.sentence.1);
    let mut words = 0;
    for k in e.trigger.1..s1 {
        let key = input.keys[k].as_str();
        if CLAIMS.contains(&key) {
            let definite = key.starts_with("ال");
            return definite || k > 0 && DEMONSTRATIVES.contains(&input.keys[k - 1].as_str());
        }
        if input.tokens[k].kind == TokenKind::Punct {
            return false;
        }
        words += 1;
        if words > CLAIMS_WINDOW {
            return false;
        }
    }
    false
}

/// The accuser a denial answers: the actor of the last ACCUSE before it in its sentence
/// or the one before, else the speaker of the last quotation there; not the denier.
fn accuser_before(input: &Input, before: &[EventSpan], denial: &EventSpan) -> Option<Arg> {
    let from = args::sentence_before(input, denial.sentence.0).map_or(denial.sentence.0, |s| s.0);
    let denier = &denial.actors[0];
    // (Not the denier's own country named bare: اتُهمت السعودية … لكن الرياض نفت.)
    let own = |a: &Arg| a.role.is_none() && a.country == denier.country;
    let other = |a: &Arg| a.country.is_some() && a.actor != denier.actor && a.tok_start != denier.tok_start && !own(a);
    let accused = before.iter().rev().take_while(|p| p.sentence.0 >= from).filter(|p| p.kind == "ACCUSE" && !p.ghost).find_map(|p| p.actors.first().filter(|a| other(a)).cloned());
    accused.or_else(|| {
        let at = input.tokens[denial.trigger.0].start;
        input.quotes.iter().rev().filter(|q| q.start >= from && q.start < at).find_map(|q| q.speaker.as_ref().map(Arg::from_speaker).filter(|a| other(a)))
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    fn accusations(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "ACCUSE")
    }

    fn blames(text: &str, by: &str, of: &str) -> bool {
        accusations(text).contains(&(Some(by.into()), Some(of.into())))
    }

    #[test]
    fn a_party_said_to_be_responsible_is_accused() {
        let t = "وقال وزير الخارجية الفرنسي إن من المرجح أن تكون إيران مسؤولة عن الهجوم على الناقلة.";
        assert!(blames(t, "FRA", "IRN"), "{:?}", events(t));
        let t = "وقال المتحدث باسم الخارجية الأمريكية إن روسيا هي المسؤولة عن تسميم العميل.";
        assert!(blames(t, "USA", "RUS"), "{:?}", events(t));
    }

    #[test]
    fn a_party_set_off_by_a_comma_before_the_copula_is_accused() {
        let t = "وقال وزير الأمن البريطاني إن الرئيس الروسي، فلاديمير بوتين، هو المسؤول في نهاية المطاف عن الهجوم.";
        assert!(blames(t, "GBR", "RUS"), "{:?}", events(t));
        let t = "وقال المتحدث الأمريكي إن روسيا هي المسؤولة على الأرجح عن الهجوم بغاز الأعصاب.";
        assert!(blames(t, "USA", "RUS"), "{:?}", events(t));
        // A duty stays none, after a hedge too.
        let t = "وقال الوزير البريطاني إن الحكومة الفرنسية، هي المسؤولة في نهاية المطاف عن حماية المدنيين.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // Not without the copula pronoun after the comma.
        let t = "وقال الوزير البريطاني إن روسيا، المسؤولة عن الملف، ترفض.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn responsibility_borne_or_a_deed_stood_behind_is_blame() {
        let t = "وقال وزير الخارجية التركي إن \"إسرائيل تتحمل المسؤولية الكاملة عن قتل المدنيين\".";
        assert!(blames(t, "TUR", "ISR"), "{:?}", events(t));
        let t = "وقال الرئيس الفلسطيني إن حماس تقف وراء الاعتداء على الموكب.";
        assert!(blames(t, "PSE", "PSE"), "{:?}", events(t));
    }

    #[test]
    fn a_party_behind_a_deed_by_a_copula_or_khalf_is_blamed() {
        let t = "وقال وزير الخارجية البريطاني إن روسيا كانت وراء تسميم العميل السابق.";
        assert!(blames(t, "GBR", "RUS"), "{:?}", events(t));
        let t = "وقالت الحكومة الأفغانية إن باكستان تقف خلف الهجمات على كابول.";
        assert!(blames(t, "AFG", "PAK"), "{:?}", events(t));
        // The party after the verb.
        let t = "وقال المتحدث باسم الجيش الإسرائيلي: \"تقف إيران خلف هذا الهجوم\".";
        assert!(blames(t, "ISR", "IRN"), "{:?}", events(t));
        // The deed's pronoun after وراء.
        let t = "وقال رئيس الوزراء التركي إن قيادات في الجيش الأمريكي تقف وراءها.";
        assert!(accusations(t).iter().any(|(a, _)| a.as_deref() == Some("TUR")), "{:?}", events(t));
    }

    #[test]
    fn a_party_said_to_be_involved_in_a_deed_is_blamed() {
        let t = "وقال وزير الخارجية التركي إن ولي العهد السعودي ضالع في اختفاء الصحفي.";
        assert!(blames(t, "TUR", "SAU"), "{:?}", events(t));
        let t = "وقال المتحدث باسم الحكومة الأفغانية إن باكستان كانت متورطة في الهجمات على كابول.";
        assert!(blames(t, "AFG", "PAK"), "{:?}", events(t));
        // The verb, its party before or after it.
        let t = "وقال الرئيس الفلسطيني إن إسرائيل تورطت في اغتيال القيادي.";
        assert!(blames(t, "PSE", "ISR"), "{:?}", events(t));
        let t = "وقالت الحكومة العراقية: \"تورطت تركيا في قصف القرى\".";
        assert!(blames(t, "IRQ", "TUR"), "{:?}", events(t));
        // The verbal noun with its genitive.
        let t = "وقال وزير الخارجية الفرنسي إن التحقيق كشف تورط روسيا في الهجوم.";
        assert!(blames(t, "FRA", "RUS"), "{:?}", events(t));
        let t = "وقالت وزارة الخارجية البريطانية إن الأدلة تؤكد ضلوع موسكو في تسميم العميل.";
        assert!(blames(t, "GBR", "RUS"), "{:?}", events(t));
    }

    #[test]
    fn responsibility_lying_on_a_party_is_blame() {
        let t = "وقال وزير الدفاع الإسرائيلي إن المسؤولية عن إسقاط الطائرة تقع على عاتق الجيش السوري.";
        assert!(blames(t, "ISR", "SYR"), "{:?}", events(t));
        // A duty lying on someone is no blame.
        let t = "وقال وزير الخارجية الألماني إن مسؤولية حماية المدنيين تقع على عاتق الحكومة العراقية.";
        assert!(!blames(t, "DEU", "IRQ"), "{:?}", events(t));
        let t = "وقال وزير الخارجية الأمريكي إن مسؤولية إخراج المقاتلين تقع على عاتق الحكومة العراقية.";
        assert!(!blames(t, "USA", "IRQ"), "{:?}", events(t));
        let t = "وشدد الرئيس الفرنسي على المسؤولية التي تقع على عاتق إيران في تنفيذ الهدنة.";
        assert!(!blames(t, "FRA", "IRN"), "{:?}", events(t));
    }

    #[test]
    fn involvement_under_a_condition_is_no_blame() {
        let t = "وقال وزير الخارجية البريطاني إن بلاده سترد إذا كانت روسيا متورطة في الهجوم.";
        assert!(!blames(t, "GBR", "RUS"), "{:?}", events(t));
    }

    #[test]
    fn culprits_sought_and_involvement_doubted_are_no_blame() {
        // Unknown culprits: the article, no copula.
        let t = "وقال وزير الداخلية الفرنسي إن الشرطة الفرنسية تلاحق المتورطين في الهجوم.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // Doubted or denied.
        let t = "وقال وزير الخارجية الروسي إنه لا دليل على تورط سوريا في الهجوم.";
        assert!(!blames(t, "RUS", "SYR"), "{:?}", events(t));
        let t = "وقال وزير الخارجية الألماني: \"نحن نناقش ضلوع إيران في القضايا الإقليمية\".";
        assert!(!blames(t, "DEU", "IRN"), "{:?}", events(t));
        let t = "وقال الرئيس الإيراني إن طهران تنفي تورط حزب الله في التفجير.";
        assert!(!events(t).iter().any(|e| e.rule.starts_with("blame:")), "{:?}", events(t));
        // No deed after it.
        let t = "وقال النائب العام المصري إن الموظف الحكومي متورط.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // Not in a quotation.
        let t = "وتورطت إيران في الهجوم بحسب مراقبين.";
        assert!(!events(t).iter().any(|e| e.rule.starts_with("blame:")), "{:?}", events(t));
    }

    #[test]
    fn standing_behind_as_support_or_a_cause_is_no_blame() {
        // خلف as support: no deed of wrong after it.
        let t = "وقال وزير الرياضة السعودي إن الحكومة السعودية تقف خلف الأندية.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // A cause, not a deed.
        let t = "وقال وزير المالية المصري إن الحكومة المصرية كانت وراء ارتفاع الصادرات.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // خلف with a pronoun: also support (the people behind him).
        let t = "وقال الرئيس التركي إن الشعب التركي يقف خلفه.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn duties_officials_and_the_writers_words_are_no_blame() {
        // A duty.
        let t = "وقال وزير الداخلية الفرنسي إن الشرطة مسؤولة عن حماية المتظاهرين.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // An official, not a predicate.
        let t = "وقال المسؤول الأمريكي إن المحادثات ستستأنف الأسبوع المقبل.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // Who is in charge (the article, no copula).
        let t = "وقال الرئيس الإيراني إن الحرس الثوري المسؤول عن العمليات الخارجية سيواصل عمله.";
        assert!(!blames(t, "IRN", "IRN"), "{:?}", events(t));
        // A relative: the company behind a project.
        let t = "وقالت وزارة الاقتصاد الإماراتية إن الشركة التي تقف وراء المشروع ستوظف ألف شخص.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // Not in a quotation.
        let t = "وتتحمل إسرائيل المسؤولية عن الهجوم بحسب مراقبين.";
        assert!(accusations(t).is_empty(), "{:?}", events(t));
        // Negated.
        let t = "وقال الوزير الروسي إن بريطانيا لا تتحمل المسؤولية عن ذلك.";
        assert!(!blames(t, "RUS", "GBR"), "{:?}", events(t));
    }

    #[test]
    fn demands_of_duty_and_a_second_noun_are_no_blame() {
        let t = "وشدد وزير الخارجية السعودي على ضرورة أن يتحمل مجلس الأمن مسؤولية محاسبة إيران.";
        assert!(!blames(t, "SAU", "IGOUNO"), "{:?}", events(t));
        let t = "وقال النائب العام الليبي إن عناصر في قوات الأمن ومسؤولين عن مخيمات المهاجرين متورطون.";
        assert!(!events(t).iter().any(|e| e.rule.starts_with("blame:")), "{:?}", events(t));
    }

    #[test]
    fn a_denial_of_claims_answers_the_accuser_before() {
        let t = "وقالت منظمة العفو الدولية إن الشرطة الفلبينية قتلت مئات المدنيين. وتنفي الشرطة الفلبينية هذه المزاعم.";
        let rejects: Vec<_> = events(t).into_iter().filter(|e| e.kind == "REJECT").collect();
        assert_eq!(rejects.len(), 1, "{:?}", events(t));
        assert_eq!(rejects[0].actors[0].country.as_deref(), Some("PHL"), "{:?}", rejects);
        assert!(!rejects[0].recipients.is_empty(), "{:?}", rejects);
        // With no accuser before it a denial stays a statement.
        let t = "وتنفي الشرطة الفلبينية هذه المزاعم.";
        assert!(!events(t).iter().any(|e| e.kind == "REJECT"), "{:?}", events(t));
    }

    #[test]
    fn whoever_holds_a_party_responsible_is_no_one_named() {
        let t = "وأدانت إسرائيل القانون الذي يعاقب بالسجن من يحمل الدولة البولندية مسؤولية الجرائم.";
        assert!(!blames(t, "ISR", "POL"), "{:?}", events(t));
    }

    #[test]
    fn one_party_before_the_noun_of_holding_responsible_is_the_one_held() {
        let t = "ودانت موسكو الهجوم وحملت إسرائيل المسؤولية.";
        assert!(blames(t, "RUS", "ISR"), "{:?}", events(t));
        assert!(!accusations(t).iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{:?}", events(t));
        // Subject and object both named: as before.
        let t = "وحملت السلطات السورية القوات الأمريكية مسؤولية الغارة.";
        assert!(blames(t, "SYR", "USA"), "{:?}", events(t));
        // The one held after لـ: the party before the noun is the subject.
        let t = "وحملت الحكومة الأردنية المسؤولية لإسرائيل.";
        assert!(blames(t, "JOR", "ISR"), "{:?}", events(t));
    }
}
