//! A speaker's evaluation of another party's deed, in reported speech, with no verb of
//! accusing: `قالت عشراوي إن افتتاح غواتيمالا سفارتها في القدس أمر "مستفز"`، `اعتبرت
//! القنصلية الإيرانية أن حريق مبناها على يد المتظاهرين العراقيين "عمل همجي"`، `أكد
//! الجبير أن كندا ارتكبت خطأ`. The evaluative word carries the event: the speaker
//! criticizes (ACCUSE 111) the party whose act is judged, as the label guide codes it.
//!
//! The judged party is the first one its clause names before the evaluative word (the
//! act's doer or owner: `افتتاح غواتيمالا`، `على يد المتظاهرين`), not one a preposition
//! governs (`الهجوم على السفارة السعودية عمل همجي`: the victim), not one right after an
//! event word (`استهداف السعودية`: whose genitive may be the target), not one that
//! undergoes something (`تعرضت مصر لهجوم همجي`), and of another country than the
//! speaker's. A frame that opens the clause with the judgement (`من المؤسف أن تتولى
//! سوريا`، `من غير المقبول أن …`) and the verb of committing (`الجرائم التي يرتكبها
//! الاحتلال`) take the party after them instead; so do the verbs of wrongdoing
//! (`wrongdoing.rs`: `إن إيران تنتهك الاتفاق`، `إن الحكومة القطرية تستغل القضية`). Media, companies and unnamed
//! sources only tell: their quotations accuse no one (as for reported attacks); a private
//! person's judgement is an opinion and counts (sixty-sixth session).

use super::args::{agent_marker_at, is_preposition, is_trigger, suffers, Arg, Context};
use super::{backed_wrong, wrong_noun};
use super::sides;
use super::wrongdoing::{self, Wrongdoing};
use super::{reporting_source, EventSpan, Input};
use marsad_lexicon::events::{EventList, EventWord};
use marsad_text::token::TokenKind;
use std::collections::HashSet;

/// Criticize or denounce.
const CRITICIZE_CAMEO: &str = "111";

/// Is a stem a word that judges a deed by itself (`judging` in `event-words.tsv`: stems
/// with no و، article, ب or ending ـة، ـا; hamza folded)? Not words as often said of one's
/// own side's suffering (`إرهابي`، `خطير`: `تتعرض مصر لهجمات إرهابية`، `الوضع في سوريا
/// خطير`).
fn judging(input: &Input, stem: &str) -> bool {
    input.lexicon.events().word(stem) == Some(EventWord::Judging)
}

/// Is a stem a word that judges a deed after غير "not" (غير مقبول، غير مسؤول، غير شرعي:
/// `judging-after-not` in `event-words.tsv`)?
fn judging_after_not(input: &Input, stem: &str) -> bool {
    input.lexicon.events().in_list(EventList::JudgingAfterNot, stem)
}

/// Words that open a clause with its judgement, the judged party after them (من المؤسف أن
/// تتولى سوريا …).
const JUDGING_FRAMES: &[&str] = &["مؤسف", "معيب"];

/// The verb of committing (a wrong: ارتكبت خطأ، يرتكبها الاحتلال), its stem in every
/// person.
const COMMIT: &str = "رتكب";

/// Negations right before the evaluative word that undo it (ليس عملا همجيا، ليس من
/// المؤسف).
const NEGATIONS: &[&str] = &["ليس", "ليست", "لا", "لم", "لن", "ليسوا"];

/// Conditions: a wrong that someone may commit (إذا ارتكب الكيان حماقة، في حال تمسكت
/// بتصرفات غير قانونية) is a warning, no charge.
const CONDITIONS: &[&str] = &["اذا", "لو", "حال"];

/// Nouns of migration, residence and crossing, whose "illegal" (غير الشرعية، غير
/// القانونية) names a kind, no party's deed.
const MIGRATION: &[&str] = &["هجر", "هجره", "مهاجر", "مهاجرين", "مهاجرون", "اقام", "دخول", "عبور", "تسلل"];

/// First words of parties that suffer what is judged (سقوط آلاف الضحايا في عفرين "غير
/// مقبول"): victims, civilians, children, detainees.
const VICTIMS: &[&str] = &["ضحايا", "قتلي", "جرحي", "مصابين", "مدنيين", "اطفال", "سكان", "لاجيين", "معتقلين", "اسري", "الاف"];

/// Directions before a place (في عفرين شمالي سوريا).
const DIRECTIONS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"];

/// Verbs of expecting and fearing (keys): a wrong after them and أن is foreseen, not
/// charged (يتوقع الدبلوماسيون أن تعرقل واشنطن القرار).
const EXPECTING: &[&str] = &["يتوقع", "تتوقع", "يتوقعون", "توقع", "توقعت", "يخشي", "تخشي", "يخشون", "خشيه", "يحتمل", "ربما"];

/// How far before the verb of committing its subject may end (كندا ارتكبت، إسرائيل قد
/// ارتكبت); after it, the subject is the next word (يرتكبها الاحتلال).
const SUBJECT_WINDOW: usize = 2;

/// Words that end the clause of the judged party (a complementizer opens a new one).
const CLAUSE_OPENERS: &[&str] = &["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "وان", "فان"];

/// How many words before the evaluative word its judged party may stand.
const BACK_WINDOW: usize = 15;
/// How many words after a frame or the verb of committing the party may stand.
const FORWARD_WINDOW: usize = 8;

/// A word's key without و، the article, ب or لل before it and without a feminine or
/// accusative ending after it (الاستفزازية → استفزازي، للهجرة → هجر).
fn stem(key: &str) -> &str {
    let k = key.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(key);
    let k = ["بال", "لل", "ال", "ب"].iter().find_map(|p| k.strip_prefix(p).filter(|r| r.chars().count() >= 3)).unwrap_or(k);
    let k = k.strip_suffix('ا').filter(|r| r.chars().count() >= 3).unwrap_or(k);
    k.strip_suffix('ه').filter(|r| r.chars().count() >= 3).unwrap_or(k)
}

/// How the party judged by a word is found.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Judged {
    /// The first party of the clause before the word.
    Before,
    /// The first party after the word.
    After,
    /// The verb of committing: its subject right before it, else right after it.
    Subject,
    /// A verb of wrongdoing: as the verb of committing, but joined by و or ف to a verb
    /// before it only the party after it (ويعرض لبنان للخطر ويزعزع: لبنان is an object).
    Doer,
}

/// Is the token at `k` an evaluative word, and where is its party?
fn evaluation_at(input: &Input, k: usize, lo: usize) -> Option<Judged> {
    let word = stem(&input.keys[k]);
    let before = |n: usize| (k >= lo + n).then(|| stem(&input.keys[k - n]));
    let negated = |n: usize| (1..=n).filter_map(before).any(|w| NEGATIONS.contains(&w));
    // ضد البربرية والوحشية: what a preposition governs is no predicate of the party
    // before it; nor is a word of migration's fixed phrase (الهجرة غير الشرعية).
    // (Asked only of a judging word: a dictionary lookup per word before it.)
    let governed = || {
        (1..=3).filter(|&n| k >= lo + n).find(|&n| !judging(input, stem(&input.keys[k - n]))).is_some_and(|n| {
            let key = &input.keys[k - n];
            is_preposition(key) || key == "لدي" || MIGRATION.contains(&stem(key))
        })
    };
    if judging(input, word) && !negated(2) && !governed() {
        return Some(Judged::Before);
    }
    if before(1) == Some("غير") && judging_after_not(input, word) && !before(2).is_some_and(|w| MIGRATION.contains(&w)) {
        // من غير المقبول أن …: the frame names the party after it.
        return Some(if before(2) == Some("من") { Judged::After } else { Judged::Before });
    }
    // (With the لام of emphasis too: وأنه لمن المؤسف أن يشتري النظام …)
    if JUDGING_FRAMES.contains(&word) && matches!(before(1), Some("من" | "لمن")) && !negated(3) {
        return Some(Judged::After);
    }
    // The verb (ارتكبت، يرتكبون، ترتكبها), not the participle (مرتكبي الجرائم).
    let bare = input.keys[k].strip_prefix('و').unwrap_or(&input.keys[k]);
    let verb = bare.find(COMMIT).is_some_and(|at| at > 0 && !bare.starts_with('م'));
    if verb && bare.chars().count() <= COMMIT.chars().count() + 5 && !negated(2) {
        return Some(Judged::Subject);
    }
    // A verb of wrongdoing (إن إيران تنتهك الاتفاق), not the passive with its agent after
    // it (انتهك من قبل الشرطة: the party before it is the victim), not a wrong prevented
    // (لضمان ألا تستغل إيران), expected or possible (يتوقع أن تعرقل واشنطن، قد تنتهك).
    if let Some(tense) = wrongdoing::wrongdoing_verb(input.lexicon.events(), &input.keys[k]) {
        // (Keys without و, not stems: ربما would lose its ا.)
        let key_before = |n: usize| (k >= lo + n).then(|| input.keys[k - n].strip_prefix('و').unwrap_or(&input.keys[k - n]));
        let prevented = (1..=2).filter_map(key_before).any(|w| w == "الا");
        let expected = (1..=4).filter_map(key_before).any(|w| EXPECTING.contains(&w));
        let may = tense == Wrongdoing::Imperfect && (1..=3).filter_map(key_before).any(|w| w == "قد");
        if !negated(2) && !prevented && !expected && !may && !agent_marker_at(input, k + 1) {
            return Some(Judged::Doer);
        }
    }
    None
}


/// The speaker who judges: its country and role.
struct Judge<'a> {
    country: &'a str,
    role: Option<&'a str>,
}

impl Judge<'_> {
    /// Does the speaker stand against a party of its own country with `role`: the
    /// opposition judging its government or forces (قال زعيم المعارضة إن الحكومة …
    /// "قمعية"), a government judging its rebels (`sides.rs`)? Labelled as criticism like
    /// any other (ACCUSE MLI → MLI).
    fn opposes(&self, role: Option<&str>) -> bool {
        sides::opposes(self.role, role)
    }
}

/// Can the mention `m` be the judged party: coded with a country other than the
/// speaker's (or of it, on the other side: `Judge::opposes`), not governed by a
/// preposition or an event word, not a sufferer?
fn judgeable(ctx: &Context, input: &Input, m: usize, judge: &Judge) -> bool {
    judgeable_as(ctx, input, m, judge, false)
}

/// As `judgeable`; a doer named right after its noun of wrongdoing (`genitive`) may follow
/// an event word (عدوان تركيا: the noun is the wrong itself).
fn judgeable_as(ctx: &Context, input: &Input, m: usize, judge: &Judge, genitive: bool) -> bool {
    let mention = &input.mentions[m];
    let Some(country) = mention.country.as_deref() else { return false };
    // The international community has no country; a party placed only by the story's
    // country (`+context`: الأهالي، 49 شخصا، المعتقلين) is mostly the victim talked of.
    let own_side = country == judge.country && !judge.opposes(mention.role.as_deref());
    if own_side || country == "INT" || mention.prepositional || mention.rule.contains("+context") {
        return false;
    }
    let start = mention.tok_start;
    if VICTIMS.contains(&stem(&input.keys[start])) {
        return false;
    }
    if start > 0 {
        let prev = &input.keys[start - 1];
        // على يد المتظاهرين، من قبل موسكو: the agent, after its marker.
        let agent = matches!(prev.as_str(), "يد" | "ايدي" | "قبل");
        // بحق، تجاه name a target, لدى a body turned to, a direction a place (شمالي سوريا).
        let against = matches!(prev.as_str(), "بحق" | "تجاه" | "ازاء" | "لدي") || DIRECTIONS.contains(&stem(prev));
        // After أن an event word is a verb, whose subject follows (أن تنسحب الولايات
        // المتحدة); otherwise it may be a noun whose genitive is its target.
        let verb_after_that = start >= 2 && matches!(input.keys[start - 2].as_str(), "ان" | "بان");
        let after_event = !genitive && !ctx.in_mention(start - 1) && is_trigger(input, start - 1) && !verb_after_that;
        if !agent && (against || is_preposition(prev) || after_event) {
            return false;
        }
    }
    let after = mention.tok_end..(mention.tok_end + 3).min(input.tokens.len());
    !after.into_iter().any(|j| suffers(input, j))
}

/// Add the speakers' evaluations of other parties' deeds in their quotations.
pub(super) fn add(input: &Input, ctx: &Context, events: &mut Vec<EventSpan>) {
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    let mut extra = Vec::new();
    for quote in input.quotes {
        let Some(speaker) = quote.speaker.as_ref() else { continue };
        let Some(speaker_country) = speaker.country.as_deref() else { continue };
        // A private person's judgement is an opinion, not a report (`وقال الممثل دي نيرو إن
        // تصريحات ترمب "مشينة"`): only media and companies tell.
        let reports = super::reports_only(speaker) && speaker.role.as_deref() != Some("CVL");
        if reports || reporting_source::is_reporting_source(input, speaker) {
            continue;
        }
        // A speaker the quotation layer placed by the story (`قالت منظمة العفو` → the
        // story's country) is no side of that country (`sides.rs`): its role counts only
        // when a mention in its phrase names that country.
        let country_named = (speaker.tok_start..speaker.tok_end).any(|t| ctx.mention_of(t).is_some_and(|m| input.mentions[m].country.as_deref() == Some(speaker_country)));
        let judge = Judge { country: speaker_country, role: speaker.role.as_deref().filter(|_| country_named) };
        // A denial (نفى النادي أن يكون حصل عليه بصورة غير شرعية) judges no one.
        let cue = &input.keys[quote.cue];
        if input.lexicon.events().word(cue.strip_prefix('و').unwrap_or(cue)) == Some(EventWord::Denial) {
            continue;
        }
        let (a, b) = input.token_range((quote.start, quote.end));
        for k in a..b {
            if input.tokens[k].kind != TokenKind::Arabic || ctx.in_mention(k) {
                continue;
            }
            let doer = || wrong_noun::doer_of(ctx, input, (a, b), k, (speaker.tok_start, speaker.tok_end))
                    .or_else(|| backed_wrong::backer_of(ctx, input, (a, b), k, (speaker.tok_start, speaker.tok_end))).filter(|&m| judgeable_as(ctx, input, m, &judge, true));
            let judged = evaluation_at(input, k, a);
            // A noun of wrongdoing with its doer (انتهاكات إسرائيل): not negated.
            let negated = || (1..=2).filter(|&n| k >= a + n).any(|n| NEGATIONS.contains(&stem(&input.keys[k - n])));
            if judged.is_none() && !negated() && !conditional(input, a, k) {
                if let Some(m) = doer() {
                    push_charge(input, events, &mut seen, &mut extra, (speaker, speaker_country), k, m);
                }
                continue;
            }
            let Some(judged) = judged else { continue };
            if conditional(input, a, k) {
                continue;
            }
            let party = match judged {
                Judged::Before => party_before(ctx, input, a, k, &judge),
                Judged::After => party_after(ctx, input, k, b, &judge),
                Judged::Subject => subject_of(ctx, input, (a, b), k, &judge),
                Judged::Doer if joined(&input.keys[k]) => party_right_after(ctx, input, b, k).filter(|&m| judgeable(ctx, input, m, &judge)),
                Judged::Doer => subject_of(ctx, input, (a, b), k, &judge),
            };
            let Some(m) = party else { continue };
            push_charge(input, events, &mut seen, &mut extra, (speaker, speaker_country), k, m);
        }
    }
    if !extra.is_empty() {
        events.extend(extra);
        events.sort_by_key(|e| (e.sentence.0, e.trigger.0));
    }
}

/// Add the speaker's charge of the party `m` by the word at `k`, unless its sentence tells
/// it already (one charge of a country per sentence).
fn push_charge(
    input: &Input,
    events: &[EventSpan],
    seen: &mut HashSet<(usize, String)>,
    extra: &mut Vec<EventSpan>,
    (speaker, speaker_country): (&crate::quotes::Speaker, &str),
    k: usize,
    m: usize,
) {
    let Some(sentence) = input.sentences.iter().copied().find(|s| s.0 <= input.tokens[k].start && input.tokens[k].start < s.1) else {
        return;
    };
    let accused = Arg::from_mention(&input.mentions[m], input.home);
    let country = accused.country.clone().unwrap_or_default();
    let told = events.iter().any(|e| {
        e.sentence == sentence
            && e.kind == "ACCUSE"
            && e.actors.iter().any(|x| x.country.as_deref() == Some(speaker_country))
            && e.recipients.iter().any(|r| r.country.as_deref() == Some(country.as_str()))
    });
    if told || !seen.insert((sentence.0, country)) {
        return;
    }
    extra.push(EventSpan {
        kind: "ACCUSE".into(),
        cameo: Some(CRITICIZE_CAMEO.into()),
        mode: None,
        actors: vec![Arg::from_speaker(speaker)],
        recipients: vec![accused],
        negated: false,
        modality: None,
        claimed_by: None,
        sentence,
        trigger: (k, k + 1),
        confidence: 0.5,
        rule: format!("reported-evaluation:{}", input.tokens[k].text(input.text)),
        ghost: false,
    });
}

/// Is the token punctuation that closes a clause (a comma, colon or full stop; quotation
/// marks are not)?
pub(super) fn clause_punct(input: &Input, k: usize) -> bool {
    let t = &input.tokens[k];
    t.kind == TokenKind::Punct && matches!(t.text(input.text), "،" | "," | ":" | "؛" | "." | "!" | "؟")
}

/// Does the token close a clause (`clause_punct`, or a word opening the next one)?
fn ends_clause(input: &Input, k: usize) -> bool {
    clause_punct(input, k) || CLAUSE_OPENERS.contains(&input.keys[k].as_str())
}

/// Where the clause holding `k` starts, within `BACK_WINDOW` words and the quotation.
fn clause_start(input: &Input, a: usize, k: usize) -> usize {
    let lo = k.saturating_sub(BACK_WINDOW).max(a);
    (lo..k).rev().find(|&j| ends_clause(input, j)).map_or(lo, |j| j + 1)
}

/// Is the word at `k` in a condition (إذا ارتكب، في حال تمسكت بتصرفات غير قانونية، ما لم
/// تنفذ موسكو … عملا استفزازيا)?
fn conditional(input: &Input, a: usize, k: usize) -> bool {
    let start = clause_start(input, a, k).saturating_sub(1).max(a);
    (start..k).any(|j| CONDITIONS.contains(&stem(&input.keys[j])) || (j > start && input.keys[j] == "لم" && input.keys[j - 1] == "ما"))
}

/// The first judgeable party of the clause that holds `k`, before it.
fn party_before(ctx: &Context, input: &Input, a: usize, k: usize, judge: &Judge) -> Option<usize> {
    let start = clause_start(input, a, k);
    (start..k).find_map(|j| {
        let m = ctx.mention_of(j).filter(|&m| input.mentions[m].tok_start == j)?;
        judgeable(ctx, input, m, judge).then_some(m)
    })
}

/// The first party after `k`, in its clause (a complementizer does not end it here: من
/// المؤسف أن تتولى سوريا), if judgeable: no later one is its subject.
fn party_after(ctx: &Context, input: &Input, k: usize, b: usize, judge: &Judge) -> Option<usize> {
    let hi = (k + 1 + FORWARD_WINDOW).min(b);
    for j in k + 1..hi {
        if clause_punct(input, j) {
            return None;
        }
        if let Some(m) = ctx.mention_of(j).filter(|&m| input.mentions[m].tok_start == j) {
            return judgeable(ctx, input, m, judge).then_some(m);
        }
    }
    None
}

/// The subject of the verb of committing at `k`: a party ending right before it (كندا
/// ارتكبت) or starting right after it (يرتكبها الاحتلال); not a party further on, which
/// follows a passive (التي ارتكبت بحق المدنيين).
fn subject_of(ctx: &Context, input: &Input, (a, b): (usize, usize), k: usize, judge: &Judge) -> Option<usize> {
    let before = (k.saturating_sub(SUBJECT_WINDOW).max(a)..k).rev().find_map(|j| ctx.mention_of(j).filter(|&m| input.mentions[m].tok_end == j + 1));
    before.or_else(|| party_right_after(ctx, input, b, k)).filter(|&m| judgeable(ctx, input, m, judge))
}

/// The party that starts right after the verb at `k`, inside the quotation ending at `b`.
fn party_right_after(ctx: &Context, input: &Input, b: usize, k: usize) -> Option<usize> {
    (k + 1 < b).then(|| ctx.mention_of(k + 1).filter(|&m| input.mentions[m].tok_start == k + 1)).flatten()
}

/// Is a verb's key written with و or ف before it (a verb joined to the one before)?
fn joined(key: &str) -> bool {
    key.chars().count() > 3 && (key.starts_with('و') || key.starts_with('ف'))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair};

    /// The (actor country, recipient country) of the reported evaluations.
    fn evaluations(text: &str) -> Vec<(Option<String>, Option<String>)> {
        events(text)
            .into_iter()
            .filter(|e| e.rule.starts_with("reported-evaluation"))
            .map(|e| (e.actors.first().and_then(|a| a.country.clone()), e.recipients.first().and_then(|r| r.country.clone())))
            .collect()
    }

    #[test]
    fn a_judged_deed_is_criticized() {
        let e = evaluations("وقال وزير الخارجية الإيراني إن قرار الولايات المتحدة فرض رسوم جديدة \"خطوة استفزازية\".");
        assert_eq!(e, vec![pair("IRN", "USA")]);
        let e = evaluations("وقال المتحدث باسم الحكومة الأردنية إن إغلاق إسرائيل للمسجد أمر غير مقبول.");
        assert_eq!(e, vec![pair("JOR", "ISR")]);
        let e = evaluations("واعتبرت الخارجية المصرية أن اقتحام المحتجين الأتراك للسفارة عمل همجي.");
        assert_eq!(e, vec![pair("EGY", "TUR")]);
    }

    #[test]
    fn words_of_nonsense_and_fabrication_judge_a_deed() {
        // event-words.tsv, kind judging: هراء، سخيف، ملفق …
        let e = evaluations("وقال وزير الخارجية الإيطالي إن مزاعم روسيا بشأن الهجوم \"هراء\".");
        assert_eq!(e, vec![pair("ITA", "RUS")]);
        let e = evaluations("وقالت الحكومة اليابانية إن اتهامات الصين لطوكيو سخيفة.");
        assert_eq!(e, vec![pair("JPN", "CHN")]);
        // Negated, no judgement.
        assert!(evaluations("وقال وزير الخارجية الإيطالي إن موقف روسيا ليس سخيفا.").is_empty());
    }

    #[test]
    fn committing_a_wrong_and_a_judging_frame_name_the_party_after_them() {
        assert_eq!(evaluations("وأكد وزير الخارجية الفرنسي أن روسيا ارتكبت خطأ كبيرا."), vec![pair("FRA", "RUS")]);
        assert_eq!(evaluations("وقال الرئيس الفلسطيني إن الجرائم التي ترتكبها إسرائيل لن تمر."), vec![pair("PSE", "ISR")]);
        assert_eq!(evaluations("وقال وزير الخارجية الألماني إنه من المؤسف أن تنسحب الولايات المتحدة من الاتفاق."), vec![pair("DEU", "USA")]);
        assert_eq!(evaluations("وقال وزير الخارجية الألماني إنه لمن المؤسف أن تنسحب الولايات المتحدة من الاتفاق."), vec![pair("DEU", "USA")]);
    }

    #[test]
    fn a_verb_of_wrongdoing_charges_its_subject() {
        assert_eq!(evaluations("وقال وزير الخارجية البريطاني إن روسيا تنتهك القانون الدولي."), vec![pair("GBR", "RUS")]);
        assert_eq!(evaluations("وأكد المتحدث باسم الحكومة المصرية أن الحكومة التركية تستغل الأزمة لأغراض سياسية."), vec![pair("EGY", "TUR")]);
        assert_eq!(evaluations("وقال الرئيس الإيراني إنه \"قد خرقت الولايات المتحدة الاتفاق\"."), vec![pair("IRN", "USA")]);
        // Joined by و to a verb before it: the party before is that verb's object.
        assert!(evaluations("وقال وزير الخزانة الأمريكي إن الحزب يعرض لبنان للخطر ويزعزع استقرار المنطقة.").is_empty());
        // Possible, expected or prevented: no charge.
        assert!(evaluations("وقال وزير الخارجية الإيطالي إن روسيا قد تستغل الأزمة.").is_empty());
        assert!(evaluations("وقال وزير الخارجية الفرنسي إنه يتوقع أن تعرقل الولايات المتحدة القرار.").is_empty());
        assert!(evaluations("وقال وزير الخارجية الألماني إن على الشركات أن تضمن ألا تستغل إيران أموالها.").is_empty());
        // A passive with its agent: the party before the verb is the victim.
        assert!(evaluations("وقال وزير الخارجية الإيراني إن السفارة الإيرانية انتهكت من قبل المحتجين.").is_empty());
        // Negated, or one's own side.
        assert!(evaluations("وقال وزير الخارجية الروسي إن روسيا لم تنتهك الاتفاق.").is_empty());
        assert!(evaluations("وقال وزير الخارجية الروسي إن الحكومة الروسية لا تستغل الأزمة.").is_empty());
    }

    #[test]
    fn insults_and_blame_of_the_sixty_fourth_session_judge_a_party() {
        // event-words.tsv, judging: مافيا، المزعزع، مضيعة …; wrong-noun: تدخلات، أكاذيب.
        assert_eq!(evaluations("وقال وزير الخارجية الأمريكي إن \"إيران تدار من شيء يشبه المافيا\"."), vec![pair("USA", "IRN")]);
        assert_eq!(evaluations("وقال وزير الخارجية البريطاني إن أنشطة إيران المزعزعة للاستقرار يجب أن تتوقف."), vec![pair("GBR", "IRN")]);
        assert_eq!(evaluations("وقال وزير الخارجية السعودي إن تدخلات إيران في المنطقة لن تنجح."), vec![pair("SAU", "IRN")]);
        assert_eq!(evaluations("وقال وزير الخارجية الأمريكي إن الاتفاق بني على أكاذيب إيران."), vec![pair("USA", "IRN")]);
        // Left out: the failed coup, an intervention welcomed.
        assert!(evaluations("وقال وزير الخارجية التركي إن قطر وقفت مع تركيا خلال محاولة الانقلاب الفاشلة.").is_empty());
        assert!(evaluations("وقال الرئيس اليمني إنه لولا تدخل السعودية لكانت هناك حرب أهلية.").is_empty());
    }

    #[test]
    fn negated_adjectives_of_the_sixty_fourth_session_judge_a_party() {
        // event-words.tsv, judging-after-not: عادل، مشروع، منصف، مدروس …
        assert_eq!(evaluations("وقال الرئيس الأمريكي إن ممارسات الصين التجارية غير العادلة يجب أن تتوقف."), vec![pair("USA", "CHN")]);
        assert_eq!(evaluations("وقال المسؤول الإيراني إن أمريكا تريد فرض مطالبها غير المشروعة."), vec![pair("IRN", "USA")]);
        assert_eq!(evaluations("وقال وزير الخارجية الإيراني إن انسحاب الولايات المتحدة من الاتفاق خطوة غير مدروسة."), vec![pair("IRN", "USA")]);
        // Without غير, none of them judges.
        assert!(evaluations("وقال الرئيس الأمريكي إن الصين دولة عادلة.").is_empty());
        // A noun of migration's fixed phrase names a kind.
        assert!(evaluations("وقال وزير الداخلية الإيطالي إن ليبيا تشهد الهجرة غير المشروعة.").is_empty());
    }

    #[test]
    fn the_opposition_judges_its_own_government() {
        assert_eq!(evaluations("وقال زعيم المعارضة التركية إن الحكومة التركية تستغل القضاء."), vec![pair("TUR", "TUR")]);
        // Its own side: a minister of the government it speaks of.
        assert!(evaluations("وقال وزير العدل التركي إن الحكومة التركية تستغل القضاء.").is_empty());
    }

    #[test]
    fn society_judges_its_state_and_armed_groups_of_the_sixty_sixth_session() {
        // sides.rs: a rights group or residents against their state or its armed groups.
        assert_eq!(evaluations("وقالت منظمات حقوقية تركية إن الحكومة التركية استغلت محاولة الانقلاب لسحق المعارضة."), vec![pair("TUR", "TUR")]);
        assert_eq!(evaluations("وقال الرئيس الأمريكي إن الحكومة الأمريكية تستغل القضاء.").len(), 0);
        // A private person's judgement is an opinion (CVL speakers judge too).
        assert_eq!(evaluations("وقال الممثل الأمريكي روبرت دي نيرو إن تصريحات إيران \"مشينة\"."), vec![pair("USA", "IRN")]);
        // Media still only tell.
        assert!(evaluations("وذكرت صحيفة واشنطن بوست أن إيران تنتهك الاتفاق.").is_empty());
    }

    #[test]
    fn the_new_wrong_words_of_the_sixty_sixth_session_charge_their_doer() {
        // event-words.tsv: تعنت، تقاعس (wrong-noun), خدع (wrongdoing).
        assert_eq!(evaluations("وقال وزير الخارجية البريطاني إن تعنت المفوضية الأوروبية يدفعنا بقوة."), vec![pair("GBR", "IGOEUREEC")]);
        assert_eq!(evaluations("وقال المتحدث باسم الخارجية الأمريكية إن تقاعس روسيا عن وقف سوريا جزء من المشكلة."), vec![pair("USA", "RUS")]);
        assert_eq!(evaluations("وقال رئيس الوزراء الإسرائيلي إن إيران خدعت العالم."), vec![pair("ISR", "IRN")]);
    }

    #[test]
    fn no_criticism_of_victims_of_ones_own_side_or_when_negated() {
        // The party after على is the victim.
        assert!(evaluations("وقال وزير الخارجية الأردني إن الهجوم على السفارة السعودية عمل همجي.").is_empty());
        // One's own side.
        assert!(evaluations("وقال وزير الخارجية الإيراني إن الحكومة الإيرانية ترفض هذا الأسلوب الاستفزازي.").is_empty());
        // Undone by a negation.
        assert!(evaluations("وقال وزير الخارجية الروسي إن زيارة الرئيس التركي ليست عملا استفزازيا.").is_empty());
        // A sufferer.
        assert!(evaluations("وقال وزير الخارجية السعودي إن الإمارات تعرضت لهجوم همجي.").is_empty());
        // Media only tell.
        assert!(evaluations("وذكرت وكالة الأنباء الفرنسية أن روسيا ارتكبت خطأ.").is_empty());
        // A wrong committed against the victims named after it, a condition, a frame negated.
        assert!(evaluations("وقال وزير الخارجية المصري إن الجرائم التي ارتكبت بحق المدنيين الفلسطينيين مدانة.").is_empty());
        assert!(evaluations("وقال وزير الدفاع الإيراني إن إيران سترد إذا ارتكبت إسرائيل أي حماقة.").is_empty());
        assert!(evaluations("وقال وزير المالية السعودي إنه ليس من المؤسف أن يغير صندوق النقد الدولي توقعاته.").is_empty());
        assert!(evaluations("وقال وزير الخارجية الكوري الشمالي إنه في حال تمسكت الولايات المتحدة بتصرفات غير قانونية فسنعيد النظر.").is_empty());
        // Governed by a preposition, the judgement is of someone else.
        assert!(evaluations("وقال الرئيس الأمريكي إن بريطانيا وفرنسا حشدتا قواهما ضد البربرية والوحشية.").is_empty());
        // A kind, a victim, a denial.
        assert!(evaluations("وقال المستشار النمساوي إن ألمانيا والنمسا ستتصديان للهجرة غير الشرعية.").is_empty());
        assert!(evaluations("وقالت المستشارة الألمانية إن سقوط آلاف الضحايا في عفرين غير مقبول.").is_empty());
        assert!(evaluations("وقالت المستشارة الألمانية إن ما يجري في عفرين شمالي سوريا غير مقبول.").is_empty());
        assert!(evaluations("ونفى وزير الخارجية الفرنسي أن تكون روسيا ارتكبت خطأ.").is_empty());
    }
}
