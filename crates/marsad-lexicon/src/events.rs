//! Event dictionaries: triggers (verbs, verbal nouns, support verbs) mapped to PLOVER
//! types and CAMEO codes, and the small word lists that set negation and modality.
//!
//! Files (format in `docs/events.md`):
//! - `events.tsv`: one trigger a line. A verb is given by its perfect and imperfect third
//!   person masculine singular (هدد / يهدد); the loader generates the other persons,
//!   numbers and the subjunctive/jussive endings, so the dictionary never lists them.
//!   Diacritics are folded by the matching key, so the passive هُدِّد is the same key as
//!   هدد. A noun lists its singular and plural. A `light` verb (أجرى، شن، فرض) is no
//!   event by itself: it lends its subject to the event noun it governs.
//! - `event-words.tsv`: negation particles, future/intent/hypothetical markers, words that
//!   turn an event noun into a time reference (منذ، ذكرى), and words that mark a sentence
//!   as sport or a trigger as a metaphor.
//!
//! Lookup sees through the conjunctions و ف, the future prefix س (on imperfects), لـ,
//! ب and the article on nouns, the accusative ending ـا on nouns, and enclitic pronouns
//! (تدعمها، تهديداته), always trying the fewest strippings first.

use crate::tsv::Table;
use crate::LexiconError;
use marsad_text::normalize::key;
use std::collections::HashMap;

/// The 16 PLOVER event types.
pub const PLOVER_TYPES: &[&str] = &[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

/// Types whose recipient PLOVER requires.
pub const RECIPIENT_REQUIRED: &[&str] = &["COOPERATE", "AID", "SANCTION"];

/// What part of speech a trigger is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerKind {
    /// A verb: its subject is the actor.
    Verb,
    /// A verbal noun (تهديد، مفاوضات، غارة).
    Noun,
    /// A support verb (أجرى محادثات، شن هجوما): no event alone, lends its subject.
    Light,
}

impl TriggerKind {
    /// The name used in `events.tsv`'s `kind` column.
    pub fn label(self) -> &'static str {
        match self {
            TriggerKind::Verb => "verb",
            TriggerKind::Noun => "noun",
            TriggerKind::Light => "light",
        }
    }
}

/// Where a trigger's recipient may be found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The direct object (a mention after the subject, without preposition).
    Object,
    /// After this preposition (normalized key: مع، علي، ضد، الي، ل، ب، بين, من).
    Prep(String),
}

/// One dictionary trigger.
#[derive(Clone, Debug)]
pub struct Trigger {
    pub kind: TriggerKind,
    /// PLOVER type (None for light verbs).
    pub event: Option<String>,
    pub cameo: Option<String>,
    pub mode: Option<String>,
    /// The lemma as written in the dictionary.
    pub lemma: String,
    /// Keys of words that must follow the trigger (أطلق سراح، وقف إطلاق النار).
    pub then: Vec<String>,
    /// Where the recipient is; empty for "anywhere usual".
    pub recipient: Vec<Slot>,
    /// What the trigger needs to be an event.
    pub needs: Needs,
    /// `act` in the `recipient` column: the direct object may be an act rather than a
    /// party (وصف إطلاق الحوثيين للصواريخ بالتصعيد): the act's doer, its genitive, is
    /// the recipient.
    pub act_object: bool,
    /// (type, cameo) to use instead when the actor is a person (a verbal attack: هاجم
    /// الوزير الصحافة is ACCUSE, not ASSAULT).
    pub if_person: Option<(String, Option<String>)>,
    pub file: String,
    pub line: usize,
    /// Replaced or removed by a user's file: no form reads as this trigger any more.
    pub retired: bool,
}

/// Modes whose rows make an event only as the event reader finds them told (events/
/// yielded.rs): an allowance or a lifted ban (`permit`), a pledge to work with a party
/// (`pledge`). Their rows with a `then` word are no event words without it (`firm68`):
/// the head is a common verb (أنهى حربا، وقف إطلاق النار الذي أنهى التصعيد، زيارة تستمر
/// ثلاثة أيام، يرفعها إلى الملك), which must not close a clause or end a name. A row with
/// no `then` word is the verb itself (سمح، يعمل): where its event is dropped it is still a
/// verb, and its clause still ends at it (منظمات تعمل في سيناء، اتفاق يسمح لمراقبين).
pub const CONTEXTUAL_MODES: &[&str] = &[PERMIT_MODE, PLEDGE_MODE];

/// The mode of allowances and lifted bans (`events.tsv`; events/yielded.rs).
pub const PERMIT_MODE: &str = "permit";

/// The mode of pledges to work with a party, read only as announced (events/yielded.rs).
pub const PLEDGE_MODE: &str = "pledge";

/// A condition for a trigger to make an event (for words that are often no event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// A recipient must be found (بحث مع X: discussed with; بحث alone: searched).
    Recipient,
    /// The one an act is for must be found, a pronoun too (دعمت روسيا النظام، التي
    /// تدعمها روسيا); without one the word tells backing of a thing or a step (بدعم من
    /// التحالف، دعم الطاقة، دعمه لمشروع القانون), no event.
    Beneficiary,
    /// A noun needs a support verb or a بين construction (وقع اتفاقا، اتفاق بين …):
    /// alone it is usually a reference (الاتفاق النووي).
    Light,
    /// A stance noun is an event only as what is expressed (أعرب عن قلقه، عبروا عن غضبهم):
    /// alone, or under another verb (يشكل قلقا), it is a state of mind.
    Expressed,
    /// A verb of gathering or going out is a protest only with demonstrators as its
    /// subject (تجمع مئات المتظاهرين، خرج متظاهرون); alone it is any gathering (تجمع
    /// الأهالي لاستقبال الحجاج) or any going out.
    Protesters,
    /// A verb of judging (اعتبر) is an accusation only with its `then` word as an
    /// indefinite second object after the first (اعتبرت الكويت الخطوة انتهاكا، نعتبرها
    /// استفزازا); alone it is "consider", and `يعتبر جريمة` is "is considered a crime".
    Judgement,
    /// An imperfect verb is an event only right after a negation, which is then its
    /// meaning rather than its polarity (لن نقبل بهذا الاتفاق: a refusal); alone it is
    /// an acceptance the dictionary reads otherwise, and قبل is also "before".
    Negated,
    /// A noun is an event only with a pronoun for its holder and the thing it is about
    /// after it (معارضته للاتفاق: opposing the deal); alone (المعارضة، فصائل معارضة) it is
    /// mostly a party.
    Object,
}

/// Grammatical person of a verb form (nouns are third).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Person {
    First,
    Third,
}

/// Tense of a verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Perfect,
    Imperfect,
    Noun,
    /// The accusative active participle of a derived verb used as a circumstantial clause
    /// (مطالبا، منتقدا): the main clause's subject acts, the object follows.
    Participle,
    /// A perfect passive the dictionary lists (`+هوجم`, `+اغتيل`): its subject is the
    /// recipient, as for a passive written with its vowels.
    Passive,
}

/// A generated surface form of a trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormRef {
    pub trigger: u32,
    pub person: Person,
    pub tense: Tense,
    /// A dual or plural verb (هددوا، يهددون، التقيا): standard Arabic puts its subject
    /// before it (a verb before its subject stays singular).
    pub plural: bool,
}

/// What a token is as an event trigger.
#[derive(Clone, Debug)]
pub struct TriggerHit<'a> {
    pub forms: &'a [FormRef],
    /// The imperfect carried the future prefix س.
    pub future: bool,
    /// A preposition was attached (بمهاجمة، لمهاجمة): a complement, not a main verb.
    pub preposition: bool,
    /// The article or a preposition was seen: a noun reading, not a verb.
    pub nominal: bool,
    /// An enclitic pronoun was seen through (تدعمها: the object is a pronoun).
    pub enclitic: bool,
}

/// Words that modify the events near them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventWord {
    /// لم، لن، لا، ليس: the event did not / will not happen.
    Negation,
    /// نفى، رفض (before أن or a verbal noun): the event is denied.
    Denial,
    /// سوف: future.
    Future,
    /// يعتزم، ينوي، يخطط: intent.
    Intent,
    /// إذا، لو، حال: hypothetical.
    Hypothetical,
    /// منذ، ذكرى، إبان: the following event noun only dates something.
    TimeReference,
    /// بتهمة، تهم: the following event noun names what someone is charged with, no event.
    Charge,
    /// يشكل، تشكل: the following event noun is what its subject constitutes (يشكل
    /// تهديدا), no event.
    Predicate,
    /// هل: a question.
    Question,
    /// مباراة، منتخب: a sports sentence (اشتباك between teams is no event).
    Sport,
    /// كلامية، إعلامية: the trigger before it is a metaphor (حرب كلامية).
    Metaphor,
    /// يجب، ينبغي، يتعين: a speaker lays a duty on a party (`events/obligation.rs`).
    Obligation,
    /// الأطراف، الجانبين: parties a duty can be laid on without naming them (يتعين على
    /// جميع الأطراف، على كلا الجانبين أن).
    UnnamedParty,
    /// همجي، مستفز: a word that judges a deed by itself (a stem; `events/evaluation.rs`).
    Judging,
    /// لاذع، حاد: right after an attack noun, an attack of words (a stem): ACCUSE.
    VerbalAttack,
    /// انتهك، استغل، حرض: a verb of wrongdoing (its perfect lemma), whose subject a speaker
    /// charges with a wrong by saying it did it (`events/wrongdoing.rs`).
    Wrongdoing,
    /// انتهاكات، جرائم، عدوان: a noun of wrongdoing, whose doer named right after it a
    /// speaker charges with the wrong (`events/wrong_noun.rs`).
    WrongNoun,
    /// يدعم، تمول، ترعى: a verb of backing, whose subject a speaker charges when what it
    /// backs is a wrong (`events/backed_wrong.rs`).
    Backing,
    /// دعم، تمويل، رعاية: a noun of backing, whose backer (genitive or pronoun) a speaker
    /// charges when what it backs is a wrong (`events/backed_wrong.rs`).
    BackingNoun,
    /// إرهابيين، إرهابية: a word of terrorism other than a `WrongNoun`, which backing
    /// makes a wrong (`events/backed_wrong.rs`).
    BackedWrong,
    /// شحنة، أسلحة، طائرة، خلاف: a thing whose arrival (وصل) is no visit (a key without the
    /// article; `events/arrived_thing.rs`).
    ArrivedThing,
    /// قوات، جنود، مهاجرين، جرحى: people who arrive as a force or a crowd, not as visitors
    /// (`events/arrived_thing.rs`).
    ArrivedCrowd,
    /// السلطة، رتبة، طريق مسدود: a position or stage reached after وصل إلى, no place visited
    /// (`events/arrived_thing.rs`).
    ReachedStage,
    /// قادة، وزراء، أعضاء: the members of a body, who meet among themselves when no one
    /// else is met (`events/members_meeting.rs`).
    MemberGroup,
}

/// Maps looked up for every token: a fast hasher.
type FastMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<crate::matcher::FxHasher>>;

/// The compiled event dictionaries.
#[derive(Clone, Debug, Default)]
pub struct EventLexicon {
    triggers: Vec<Trigger>,
    forms: FastMap<Vec<FormRef>>,
    words: FastMap<EventWord>,
    /// Forms left out by `-form` whose lemma is written with a hamza the key folds away
    /// (هنأ → هنا "here"): they match only a word written with that hamza (`lookup_hamza`).
    hamza_forms: FastMap<Vec<FormRef>>,
    /// The imperfect readings alone of each form key that has one, for a key after the
    /// future's سـ: a key of mixed readings (تقدم: قدم's imperfect "she gives" and the
    /// perfect of تقدم "advanced", and its noun) is only the imperfect there (ستقدم).
    imperfects: FastMap<Vec<FormRef>>,
    /// Longest form key in bytes: longer tokens (after the allowed affixes) cannot match.
    max_len: usize,
    /// The first three letters of every form, as a bit set over Arabic letter triples: a
    /// stem that starts otherwise cannot match whatever suffix is stripped, so most
    /// words cost one bit test instead of ten lookups.
    starts: Vec<u64>,
    /// Index of the first trigger read from a user's file: only triggers before it are
    /// defaults, which a user's row replaces (rows of the user's own files add up).
    user_from: Option<usize>,
    /// The finite forms of the `wrongdoing` verbs (true: a perfect), made once from the
    /// lemmas so a token costs one lookup (`wrongdoing_forms`).
    wrongdoing: FastMap<bool>,
    /// The forms of each `EventList`, in file order (for lists matched by a key's start or
    /// part), and the lists each form is in (bits by `EventList as u32`, for whole keys).
    /// Kept apart from `words`: a listed form may also be an event word (`تدخل`، `رسائل`
    /// arrive as things; `انتهاكات` is a `wrong-noun`) or in another list.
    lists: [Vec<String>; EventList::ALL.len()],
    listed: FastMap<u32>,
}

/// Word lists each read by one events module, which matches them as it needs (a whole key
/// or stem, or a key's start or part). Unlike an `EventWord`, a form may be in several
/// lists and be an event word too; a list changes no event by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventList {
    /// واقع، قرار، تصريحات (stems as `events/description.rs` makes them): a deed or a
    /// statement whose doer is the one judged (`events/described_deed.rs`,
    /// `events/condemned_deed.rs`).
    Deed,
    /// مسيء، معادي، داعم (part of a key): a participle whose own object follows in لـ, so a
    /// doer in لـ is not the deed's (`events/condemned_deed.rs`).
    LamParticiple,
    /// وصف، يصف، اعتبر، سما، زعم (start of the key after ما): a verb framing the deed
    /// condemned as the judge's own words, `ندد بما وصفه بتدخل إيران` (`events/condemned_deed.rs`).
    Framing,
    /// صاروخ، قذائف، سفن (start of a key without the article): what اعترض intercepts or
    /// blocks (`events/other_sense.rs`).
    Intercepted,
    /// لغم، عبوه، ناسف (part of a key): an explosive, which زرع plants (`events/other_sense.rs`).
    Explosive,
    /// علم، رايات، يده (whole stems without بـ and the article): a thing waved with لوح, no
    /// threat (`events/other_sense.rs`).
    Waved,
    /// عقوبات، القانون، خطه (whole keys, the article written): a measure that "targets"
    /// with استهدف, no assault (`events/other_sense.rs`).
    Measure,
    /// مقبول، مسؤول، شرعي (whole stems, as `events/evaluation.rs` makes them): an
    /// adjective that judges a deed after غير "not" (غير مقبول), though not by itself
    /// (`events/evaluation.rs`).
    JudgingAfterNot,
    /// مقرره، المرتقب، المزمعه (whole keys, the article written): a meeting noun right
    /// before one is scheduled, not held (`events/scheduled.rs`).
    Scheduled,
    /// انطلقت، بدأت، اختتمت (whole keys): a verb telling a meeting under way or over right
    /// before its noun, which is then no longer to come (`events/scheduled.rs`).
    TookPlace,
    /// القدره، قادره، قدرتها (whole keys, the article written; و and بـ seen through):
    /// an act after the على of one is what a party can do, not what it did
    /// (`events/able_to.rs`).
    Ability,
    /// على، تويتر، حسابه، الرسمي (whole keys): a word of a statement venue's tail
    /// (في تغريدة له على تويتر), skipped on the way to the verb's object
    /// (`events/venue_tail.rs`).
    VenueTail,
    /// صدر، عن، ألقاها، أمام، عقده (whole keys): a word of a venue's tail whose party
    /// right after it is the venue's own (صدر عن وزارة الخارجية), not the verb's object
    /// (`events/venue_tail.rs`).
    VenueParty,
    /// لقاح، تطعيم، تناول، نوم (stems after و، بـ/لـ and the article; one of three letters
    /// whole): a health or science matter, which a recommendation of it makes advice, no
    /// appeal (`events/recommended.rs`).
    HealthMatter,
    /// إمكانية، احتمال، مقابل، ضرورة، شروط (whole keys; و، ف and بـ/لـ seen through): an
    /// act named right after one is possible, bargained for or required, not done
    /// (`events/unrealised_act.rs`).
    Unrealised,
    /// استجاب، لبت، تجاهل، رفضت (whole keys, و and ف seen through): a verb answering a
    /// request noun right after it (or after its subject and مع، على, لـ on the noun), its
    /// subject the one the request was made of (`events/answered_request.rs`).
    Answering,
    /// أمن، استقرار، حياة، سلامة (stems without the article, ة as ه): a good a thing or a
    /// policy endangers as the object of هدد, which then tells no threat
    /// (`events/endangered.rs`).
    Endangered,
}

impl EventList {
    const ALL: [EventList; 17] = [
        EventList::Deed,
        EventList::LamParticiple,
        EventList::Framing,
        EventList::Intercepted,
        EventList::Explosive,
        EventList::Waved,
        EventList::Measure,
        EventList::JudgingAfterNot,
        EventList::Scheduled,
        EventList::TookPlace,
        EventList::Ability,
        EventList::VenueTail,
        EventList::VenueParty,
        EventList::HealthMatter,
        EventList::Unrealised,
        EventList::Answering,
        EventList::Endangered,
    ];

    /// The list of an `event-words.tsv` kind.
    fn of_kind(kind: &str) -> Option<EventList> {
        Some(match kind {
            "deed" => EventList::Deed,
            "lam-participle" => EventList::LamParticiple,
            "framing" => EventList::Framing,
            "intercepted" => EventList::Intercepted,
            "explosive" => EventList::Explosive,
            "waved" => EventList::Waved,
            "measure" => EventList::Measure,
            "judging-after-not" => EventList::JudgingAfterNot,
            "scheduled" => EventList::Scheduled,
            "took-place" => EventList::TookPlace,
            "ability" => EventList::Ability,
            "venue-tail" => EventList::VenueTail,
            "venue-party" => EventList::VenueParty,
            "health-matter" => EventList::HealthMatter,
            "unrealised" => EventList::Unrealised,
            "answering" => EventList::Answering,
            "endangered" => EventList::Endangered,
            _ => return None,
        })
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Endings of the perfect (she, they, the two of them).
const PERFECT_ENDINGS: &[&str] = &["وا", "تا", "ت", "و", "ا", ""];
/// Endings of the imperfect (plural and dual, indicative or not).
const IMPERFECT_ENDINGS: &[&str] = &["ون", "ان", "وا", "ين", "و", "ا", ""];
/// Prefixes of the imperfect of the third person, with the future's سـ.
const IMPERFECT_PREFIXES: &[&str] = &["سي", "ست", "ي", "ت"];
/// Object pronouns.
const OBJECT_PRONOUNS: &[&str] = &["هما", "ها", "هم", "هن", "نا", "ه", ""];

/// The finite forms of verbs of wrongdoing from their lemmas (perfect, 3rd person
/// masculine): the perfect with its endings and an object pronoun, and the imperfect of
/// the third person (with the future's سـ) on the lemma or, for forms VII–X, the lemma
/// without its opening ا (ينتهك، يستغل). A perfect that is also a noun is left out: the
/// bare one, its dual in ـا (خرقا, the accusative "a breach") and its ت before a pronoun
/// (عرقلته, the ة of the verbal noun), unless the lemma opens with ا. A form both perfect
/// and imperfect is a perfect.
fn wrongdoing_forms<'a>(lemmas: impl Iterator<Item = &'a str>) -> FastMap<bool> {
    let lemmas: Vec<&str> = lemmas.collect();
    let mut forms = FastMap::default();
    for lemma in &lemmas {
        for stem in [Some(*lemma), lemma.strip_prefix('ا')].into_iter().flatten().filter(|s| s.chars().count() >= 2) {
            for prefix in IMPERFECT_PREFIXES {
                for ending in IMPERFECT_ENDINGS {
                    for pronoun in OBJECT_PRONOUNS {
                        forms.insert(format!("{prefix}{stem}{ending}{pronoun}"), false);
                    }
                }
            }
        }
    }
    for lemma in &lemmas {
        for ending in PERFECT_ENDINGS {
            for pronoun in OBJECT_PRONOUNS {
                let noun_like = ending.is_empty() || *ending == "ا" || *ending == "ت" && !pronoun.is_empty();
                if !noun_like || lemma.starts_with('ا') {
                    forms.insert(format!("{lemma}{ending}{pronoun}"), true);
                }
            }
        }
    }
    forms
}

/// Index of the first three letters of a key (each U+0620–U+065F; a two-letter key uses
/// 0 for the third) in the start bit set.
fn start_of(key: &str) -> Option<usize> {
    let mut cs = key.chars().map(|c| c as u32);
    let ok = |c: u32| (0x620..0x660).contains(&c);
    let (a, b) = (cs.next().filter(|&c| ok(c))?, cs.next().filter(|&c| ok(c))?);
    let c = match cs.next() {
        Some(c) if ok(c) => c - 0x620,
        Some(_) => return None,
        None => 0,
    };
    Some((((a - 0x620) * 64 + (b - 0x620)) * 64 + c) as usize)
}

/// Enclitic pronouns seen through on triggers, longest first.
/// Second-person pronouns are left out: rare on news verbs, and هاتفكم is "your phone".
const ENCLITICS: &[&str] = &["هما", "هم", "هن", "ها", "نا", "ني", "ه"];
/// Most bytes the affixes may add to a form (وس + enclitic, ولل + ا …).
const AFFIX_SLACK: usize = 16;

/// A key as written, then without its conjunction و or ف when it has one: the words the
/// lookups try in turn.
fn conjunction_bases(key: &str) -> impl Iterator<Item = &str> {
    std::iter::once(key).chain(key.strip_prefix('و').or_else(|| key.strip_prefix('ف')))
}

impl EventLexicon {
    /// Loads one file; `user` is a `--dict` file, whose rows replace the defaults' rows
    /// of the same trigger (kind and lemma) or event word (form), and may remove them.
    pub(crate) fn load(&mut self, kind: &str, name: &str, text: &str, user: bool) -> Result<(), LexiconError> {
        match kind {
            "events" => self.load_triggers(name, text, user),
            "event-words" => self.load_words(name, text, user),
            _ => Ok(()),
        }
    }

    /// Takes the triggers of this kind and lemma out of every form's readings (their
    /// records stay, so trigger ids keep their meaning); returns how many there were.
    fn retire(&mut self, kind: TriggerKind, lemma: &str) -> usize {
        let lemma = key(lemma);
        let gone: Vec<u32> = (0..self.triggers.len() as u32)
            .filter(|&id| self.user_from.is_none_or(|u| (id as usize) < u))
            .filter(|&id| {
                let t = &self.triggers[id as usize];
                t.kind == kind && !t.retired && key(&t.lemma) == lemma
            })
            .collect();
        if gone.is_empty() {
            return 0;
        }
        for map in [&mut self.forms, &mut self.hamza_forms, &mut self.imperfects] {
            map.retain(|_, refs| {
                refs.retain(|r| !gone.contains(&r.trigger));
                !refs.is_empty()
            });
        }
        for &id in &gone {
            self.triggers[id as usize].retired = true;
        }
        gone.len()
    }

    fn load_triggers(&mut self, name: &str, text: &str, user: bool) -> Result<(), LexiconError> {
        let t = Table::parse(name, text, &["type", "kind", "lemma"])?;
        if user {
            self.user_from.get_or_insert(self.triggers.len());
        }
        for row in t.rows() {
            let row = row?;
            let kind = match row.required("kind")? {
                "verb" => TriggerKind::Verb,
                "noun" => TriggerKind::Noun,
                "light" => TriggerKind::Light,
                other => return Err(row.error(format!("unknown trigger kind `{other}` (verb, noun, light)"))),
            };
            let ty = row.required("type")?;
            // A user's row replaces the default triggers of its kind and lemma; with type
            // `-` (a verb or noun) it only removes them.
            let replaced = if user { self.retire(kind, row.required("lemma")?) } else { 0 };
            if user && kind != TriggerKind::Light && ty == "-" {
                if replaced == 0 {
                    return Err(row.error(format!("type `-` removes a default trigger, but no default {} has the lemma `{}`", kind.label(), row.required("lemma")?)));
                }
                continue;
            }
            // A light verb has no type (`-`) unless it turns the noun's event into another
            // (رفع العقوبات: lifting sanctions is RETREAT, not SANCTION).
            let event = if kind == TriggerKind::Light && ty == "-" {
                None
            } else if PLOVER_TYPES.contains(&ty) {
                Some(ty.to_string())
            } else {
                return Err(row.error(format!("unknown PLOVER type `{ty}`")));
            };
            let needs = match row.get("needs") {
                "" | "-" => Needs::Nothing,
                "recipient" => Needs::Recipient,
                "beneficiary" => Needs::Beneficiary,
                "light" => Needs::Light,
                "expressed" => Needs::Expressed,
                "protesters" => Needs::Protesters,
                "judgement" => Needs::Judgement,
                "negated" => Needs::Negated,
                "object" => Needs::Object,
                other => return Err(row.error(format!("unknown `needs` value `{other}` (recipient, beneficiary, light, expressed, protesters, judgement, negated, object)"))),
            };
            let cameo = opt(row.get("cameo"));
            if let Some(c) = &cameo {
                check_cameo(c).map_err(|m| row.error(m))?;
            }
            let if_person = match opt(row.get("if_person")) {
                None => None,
                Some(spec) => {
                    let (t, c) = match spec.split_once(':') {
                        Some((t, c)) => (t.to_string(), Some(c.to_string())),
                        None => (spec.clone(), None),
                    };
                    if !PLOVER_TYPES.contains(&t.as_str()) {
                        return Err(row.error(format!("if_person: unknown PLOVER type `{t}`")));
                    }
                    if let Some(c) = &c {
                        check_cameo(c).map_err(|m| row.error(m))?;
                    }
                    Some((t, c))
                }
            };
            let mut recipient = Vec::new();
            let mut act_object = false;
            for s in row.list("recipient") {
                if s == "act" {
                    act_object = true;
                    continue;
                }
                recipient.push(if s == "obj" { Slot::Object } else { Slot::Prep(key(s.trim_end_matches('ـ'))) });
            }
            let lemma = row.required("lemma")?.to_string();
            let then: Vec<String> = row.get("then").split_whitespace().map(key).filter(|k| !k.is_empty()).collect();
            let id = self.triggers.len() as u32;
            let mut forms: Vec<Form> = Vec::new();
            match kind {
                TriggerKind::Noun => {
                    for f in std::iter::once(lemma.as_str()).chain(row.list("forms")) {
                        forms.push((key(f), Person::Third, Tense::Noun, false));
                    }
                }
                TriggerKind::Verb | TriggerKind::Light => {
                    forms.extend(perfect_forms(&key(&lemma)));
                    if let Some(imp) = opt(row.get("imperfect")) {
                        let k = key(&imp);
                        let Some(stem) = k.strip_prefix('ي') else {
                            return Err(row.error(format!("imperfect `{imp}` must be the 3rd person يفعل form")));
                        };
                        forms.extend(imperfect_forms(stem));
                        // مطالبا، منتقدا، مستهدفا: only for a derived verb (a stem of four
                        // letters or more), as م + a three-letter stem is a noun of place
                        // or time (مقتل، مقصف).
                        if stem.chars().count() >= 4 && !ends_weak(stem) {
                            forms.push((format!("م{stem}ا"), Person::Third, Tense::Participle, false));
                        }
                    }
                    for f in row.list("forms").into_iter().filter(|f| !f.starts_with('-')) {
                        match (f.strip_prefix('+'), f.strip_prefix('*')) {
                            // It replaces a generated form of the same letters (أصيب is
                            // also "I hit").
                            (Some(p), _) => {
                                let k = key(p);
                                forms.retain(|g| g.0 != k);
                                forms.push((k, Person::Third, Tense::Passive, false));
                            }
                            // `*واصفا`: a circumstantial participle the generator does not
                            // make (form I, feminine, plural).
                            (None, Some(p)) => forms.push((key(p), Person::Third, Tense::Participle, false)),
                            (None, None) => forms.push((key(f), Person::Third, Tense::Perfect, false)),
                        }
                    }
                    // `-نصف`: a generated form that is mostly another, commoner word (نصف
                    // "half" is also "we describe", هنا "here" the folded هنأ).
                    let excluded: Vec<String> = row.list("forms").into_iter().filter_map(|f| f.strip_prefix('-')).map(key).collect();
                    // …but a lemma spelled with a hamza (هنأ) keeps its excluded forms for
                    // words written with one (هنأ، وهنأه: "congratulated").
                    let hamza_lemma = lemma.chars().any(|c| matches!(c, 'أ' | 'إ' | 'ؤ' | 'ئ' | 'ء'));
                    for f in forms.iter().filter(|f| hamza_lemma && excluded.contains(&f.0)) {
                        let refs = self.hamza_forms.entry(f.0.clone()).or_default();
                        if !refs.iter().any(|r| r.trigger == id) {
                            refs.push(FormRef { trigger: id, person: f.1, tense: f.2, plural: f.3 });
                        }
                    }
                    forms.retain(|f| !excluded.contains(&f.0));
                }
            }
            for (k, person, tense, plural) in forms {
                if k.chars().count() < 2 {
                    continue;
                }
                self.max_len = self.max_len.max(k.len());
                if let Some(p) = start_of(&k) {
                    if self.starts.is_empty() {
                        self.starts = vec![0; 64 * 64 * 64 / 64];
                    }
                    self.starts[p / 64] |= 1 << (p % 64);
                }
                if tense == Tense::Imperfect {
                    let refs = self.imperfects.entry(k.clone()).or_default();
                    if !refs.iter().any(|r| r.trigger == id) {
                        refs.push(FormRef { trigger: id, person, tense, plural });
                    }
                }
                let refs = self.forms.entry(k).or_default();
                if !refs.iter().any(|r| r.trigger == id) {
                    refs.push(FormRef { trigger: id, person, tense, plural });
                }
            }
            self.triggers.push(Trigger {
                kind,
                event,
                cameo,
                mode: opt(row.get("mode")),
                lemma,
                then,
                recipient,
                needs,
                act_object,
                if_person,
                file: name.to_string(),
                line: row.line,
                retired: false,
            });
        }
        Ok(())
    }

    fn load_words(&mut self, name: &str, text: &str, user: bool) -> Result<(), LexiconError> {
        let t = Table::parse(name, text, &["form", "kind"])?;
        for row in t.rows() {
            let row = row?;
            // A user's row of kind `-` removes the default word of that form.
            if user && row.required("kind")? == "-" {
                let k = key(row.required("form")?);
                let listed = self.listed.remove(&k).is_some();
                if listed {
                    self.lists.iter_mut().for_each(|l| l.retain(|f| f != &k));
                }
                if self.words.remove(&k).is_none() && !listed {
                    return Err(row.error(format!("kind `-` removes a default event word, but `{}` is none", row.required("form")?)));
                }
                continue;
            }
            if let Some(list) = EventList::of_kind(row.required("kind")?) {
                let k = word_key(&row)?;
                let bits = self.listed.entry(k.clone()).or_default();
                if *bits & list.bit() == 0 {
                    *bits |= list.bit();
                    self.lists[list as usize].push(k);
                }
                continue;
            }
            let kind = match row.required("kind")? {
                "negation" => EventWord::Negation,
                "denial" => EventWord::Denial,
                "future" => EventWord::Future,
                "intent" => EventWord::Intent,
                "hypothetical" => EventWord::Hypothetical,
                "time-reference" => EventWord::TimeReference,
                "charge" => EventWord::Charge,
                "predicate" => EventWord::Predicate,
                "question" => EventWord::Question,
                "sport" => EventWord::Sport,
                "metaphor" => EventWord::Metaphor,
                "obligation" => EventWord::Obligation,
                "unnamed-party" => EventWord::UnnamedParty,
                "judging" => EventWord::Judging,
                "verbal-attack" => EventWord::VerbalAttack,
                "wrongdoing" => EventWord::Wrongdoing,
                "wrong-noun" => EventWord::WrongNoun,
                "backing" => EventWord::Backing,
                "backing-noun" => EventWord::BackingNoun,
                "backed-wrong" => EventWord::BackedWrong,
                "arrived-thing" => EventWord::ArrivedThing,
                "arrived-crowd" => EventWord::ArrivedCrowd,
                "reached-stage" => EventWord::ReachedStage,
                "member-group" => EventWord::MemberGroup,
                other => {
                    return Err(row.error(format!(
                        "unknown kind `{other}` (negation, denial, future, intent, hypothetical, time-reference, charge, predicate, question, sport, metaphor, obligation, unnamed-party, judging, verbal-attack, wrongdoing, wrong-noun, backing, backing-noun, backed-wrong, arrived-thing, arrived-crowd, reached-stage, member-group, deed, lam-participle, framing, intercepted, explosive, waved, measure, judging-after-not, scheduled, took-place, ability, venue-tail, venue-party, health-matter, unrealised, answering, endangered)"
                    )))
                }
            };
            self.words.insert(word_key(&row)?, kind);
        }
        self.wrongdoing = wrongdoing_forms(self.words.iter().filter(|(_, &w)| w == EventWord::Wrongdoing).map(|(k, _)| k.as_str()));
        Ok(())
    }

    /// All triggers (for statistics and checks).
    pub fn triggers(&self) -> &[Trigger] {
        &self.triggers
    }

    pub fn trigger(&self, id: u32) -> &Trigger {
        &self.triggers[id as usize]
    }

    /// How many surface forms the triggers compile to.
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }

    /// Is `word` (a key without و/ف) a finite form of a `wrongdoing` verb: `Some(true)` a
    /// perfect, `Some(false)` an imperfect?
    pub fn wrongdoing_form(&self, word: &str) -> Option<bool> {
        self.wrongdoing.get(word).copied()
    }

    /// Is `key` a whole form of `list`? Exact: no conjunction is seen through (`ورد` is no
    /// `رد`).
    pub fn in_list(&self, list: EventList, key: &str) -> bool {
        self.listed.get(key).is_some_and(|&bits| bits & list.bit() != 0)
    }

    /// The forms of `list`, in file order (for a list matched by a key's start or part).
    pub fn list(&self, list: EventList) -> &[String] {
        &self.lists[list as usize]
    }

    /// The event word a token key is, seeing through و ف.
    pub fn word(&self, key: &str) -> Option<EventWord> {
        if let Some(w) = self.words.get(key) {
            return Some(*w);
        }
        let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
        self.words.get(rest).copied()
    }

    /// The trigger forms a token key may be.
    /// Is a form an event word whatever its context? Not a reading that makes an event
    /// only with demonstrators as its subject (تجمع is also any gathering and the name of
    /// groups, تجمع المهنيين), nor a verb of judging that makes one only with its noun of
    /// wrongdoing (اعتبر is mostly "consider"), nor a stance read only with the word after
    /// it (عدم رضا: alone عدم is "lack", عدم التدخل), nor a verb read only after a negation
    /// (لن نقبل; قبل is also "before"), nor the head of a row of a mode read in context
    /// ([`CONTEXTUAL_MODES`]) that needs its `then` word (أنهى … حظر): where no event is
    /// being built, such words are plain words.
    pub fn firm(&self, f: &FormRef) -> bool {
        let t = self.trigger(f.trigger);
        let contextual = matches!(t.needs, Needs::Protesters | Needs::Judgement | Needs::Negated | Needs::Object)
            || t.needs == Needs::Expressed && !t.then.is_empty()
            || !t.then.is_empty() && t.mode.as_deref().is_some_and(|m| CONTEXTUAL_MODES.contains(&m));
        !contextual
    }

    pub fn lookup(&self, key: &str) -> Option<TriggerHit<'_>> {
        if key.len() < 4 || key.len() > self.max_len + AFFIX_SLACK {
            return None;
        }
        conjunction_bases(key).find_map(|base| self.lookup_base(base))
    }

    /// The verb forms a key may be with its last ه read as the pronoun "him, it" (for a
    /// word written with ه, not ة: أقاله "dismissed him", not إقالة whose key it shares).
    pub fn lookup_verb_with_pronoun(&self, key: &str) -> Option<TriggerHit<'_>> {
        conjunction_bases(key).find_map(|base| {
            let stem = base.strip_suffix('ه').filter(|s| s.len() >= 6)?;
            let forms = self.forms.get(stem).map(Vec::as_slice).filter(|f| f.iter().all(|r| r.tense != Tense::Noun))?;
            Some(hit((forms, true), false, false, false))
        })
    }

    /// The noun forms a key may be (for a word whose writing shows it is no verb: إدانتها
    /// is her condemnation, أدانتها "she condemned it").
    pub fn lookup_noun(&self, key: &str) -> Option<TriggerHit<'_>> {
        if key.len() < 4 || key.len() > self.max_len + AFFIX_SLACK {
            return None;
        }
        conjunction_bases(key).find_map(|b| self.with_suffixes(b, true)).map(|f| hit(f, false, false, true))
    }

    /// The forms left out for another word that a key may still be when its word is
    /// written with the lemma's hamza (هنأ، وهنأه، فهنأها): the caller checks the writing.
    pub fn lookup_hamza(&self, key: &str) -> Option<TriggerHit<'_>> {
        if self.hamza_forms.is_empty() {
            return None;
        }
        for base in conjunction_bases(key) {
            if let Some(f) = self.hamza_forms.get(base) {
                return Some(hit((f, false), false, false, false));
            }
            for e in ENCLITICS {
                if let Some(f) = base.strip_suffix(e).and_then(|r| self.hamza_forms.get(r)) {
                    return Some(hit((f, true), false, false, false));
                }
            }
        }
        None
    }

    /// A key without conjunction: as is, then with س (imperfects), a preposition or the
    /// article removed.
    fn lookup_base(&self, base: &str) -> Option<TriggerHit<'_>> {
        if let Some(f) = self.accusative_noun(base) {
            return Some(hit((f, false), false, false, true));
        }
        if let Some(f) = self.with_suffixes(base, false) {
            return Some(hit(f, false, false, false));
        }
        if let Some(r) = base.strip_prefix('س') {
            if let Some(f) = self.with_suffixes(r, false) {
                if f.0.iter().all(|r| r.tense == Tense::Imperfect) {
                    return Some(hit(f, true, false, false));
                }
                // A key of mixed readings is its imperfect only after سـ (ستقدم مساعدات:
                // "will give", not تقدم "advanced" nor the noun "progress").
                if let Some(imperfect) = self.imperfect_readings(r, f.1) {
                    return Some(hit((imperfect, f.1), true, false, false));
                }
            }
        }
        for p in ['ب', 'ل', 'ك'] {
            if let Some(r) = base.strip_prefix(p) {
                if let Some(f) = self.with_suffixes(r, true) {
                    return Some(hit(f, false, true, true));
                }
                if let Some(r2) = r.strip_prefix("ال") {
                    if let Some(f) = self.with_suffixes(r2, true) {
                        return Some(hit(f, false, true, true));
                    }
                }
            }
        }
        if let Some(r) = base.strip_prefix("لل") {
            if let Some(f) = self.with_suffixes(r, true) {
                return Some(hit(f, false, true, true));
            }
        }
        if let Some(r) = base.strip_prefix("ال").filter(|r| self.may_start(r)) {
            if let Some(forms) = self.forms.get(r).map(Vec::as_slice).filter(|f| is_noun(f)) {
                return Some(hit((forms, false), false, false, true));
            }
        }
        None
    }

    /// The imperfect readings of `stem` (without its object pronoun when `enclitic`), if
    /// it has any.
    fn imperfect_readings(&self, stem: &str, enclitic: bool) -> Option<&[FormRef]> {
        if !enclitic {
            return self.imperfects.get(stem).map(Vec::as_slice);
        }
        ENCLITICS.iter().filter_map(|e| stem.strip_suffix(e)).filter(|r| r.len() >= 6).find_map(|r| self.imperfects.get(r).map(Vec::as_slice))
    }

    /// The forms of a key in ـا whose only verb reading is a dual or plural perfect while
    /// the key without ـا is a noun (دعما، قصفا): read as the accusative noun (دعماً), far
    /// more often meant than "the two supported".
    fn accusative_noun(&self, stem: &str) -> Option<&[FormRef]> {
        let verbs = self.forms.get(stem)?;
        if !verbs.iter().all(|r| r.tense == Tense::Perfect && r.plural) {
            return None;
        }
        self.forms.get(stem.strip_suffix('ا')?).map(Vec::as_slice).filter(|f| is_noun(f))
    }

    /// Does some form start like `stem`?
    fn may_start(&self, stem: &str) -> bool {
        start_of(stem).is_some_and(|p| self.starts.get(p / 64).is_some_and(|w| w & (1 << (p % 64)) != 0))
    }

    /// The forms of `stem`, or of `stem` without an enclitic pronoun or (nouns) the
    /// accusative alif.
    fn with_suffixes(&self, stem: &str, nouns_only: bool) -> Option<(&[FormRef], bool)> {
        // Suffixes never shorten a stem below three letters here, so its start decides.
        if !self.may_start(stem) {
            return None;
        }
        let ok = |f: &&[FormRef]| !nouns_only || is_noun(f);
        if let Some(f) = self.forms.get(stem).map(Vec::as_slice).filter(ok) {
            return Some((f, false));
        }
        if let Some(r) = stem.strip_suffix('ا') {
            if let Some(f) = self.forms.get(r).map(Vec::as_slice).filter(|f| is_noun(f)) {
                return Some((f, false));
            }
        }
        for e in ENCLITICS {
            if let Some(r) = stem.strip_suffix(e) {
                if r.len() < 6 {
                    continue;
                }
                if let Some(f) = self.forms.get(r).map(Vec::as_slice).filter(ok) {
                    return Some((f, true));
                }
                // A noun in ة before a pronoun is written with ت (مظاهرتهم).
                if let Some(r2) = r.strip_suffix('ت') {
                    let with_ta = format!("{r2}ه");
                    if let Some(f) = self.forms.get(&with_ta).map(Vec::as_slice).filter(|f| is_noun(f)) {
                        return Some((f, true));
                    }
                }
                // A noun in ء before a pronoun seats its hamza by case (لقائه، لقاؤه).
                if let Some(r2) = r.strip_suffix('ئ').or_else(|| r.strip_suffix('ؤ')) {
                    let with_hamza = format!("{r2}ء");
                    if let Some(f) = self.forms.get(&with_hamza).map(Vec::as_slice).filter(|f| is_noun(f)) {
                        return Some((f, true));
                    }
                }
            }
        }
        None
    }
}

/// The key of an `event-words.tsv` row's form, which must be one word.
fn word_key(row: &crate::tsv::Row) -> Result<String, LexiconError> {
    let k = key(row.required("form")?);
    if k.is_empty() || k.contains(' ') {
        return Err(row.error("a form must be one word"));
    }
    Ok(k)
}

fn hit((forms, enclitic): (&[FormRef], bool), future: bool, preposition: bool, nominal: bool) -> TriggerHit<'_> {
    TriggerHit { forms, future, preposition, nominal, enclitic }
}

fn is_noun(f: &[FormRef]) -> bool {
    f.iter().any(|r| r.tense == Tense::Noun)
}

fn opt(s: &str) -> Option<String> {
    Some(s.trim()).filter(|s| !s.is_empty() && *s != "-").map(str::to_string)
}

/// A CAMEO event code is two to four digits.
fn check_cameo(c: &str) -> Result<(), String> {
    if (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("`{c}` is not a CAMEO event code (two to four digits)"))
    }
}

fn ends_weak(stem: &str) -> bool {
    matches!(stem.chars().last(), Some('ا' | 'ي' | 'و'))
}

/// A generated verb form: key, person, tense, dual or plural.
pub type Form = (String, Person, Tense, bool);

/// Perfect forms from the 3ms key: هدد → هددت، هددوا، هددا، هددتا، هددنا، هددتم، هددن.
/// A final weak letter (دعا، نفي) drops before ت and وا (دعت، دعوا، نفت، نفوا).
pub fn perfect_forms(p: &str) -> Vec<Form> {
    let mut out = vec![(p.to_string(), Person::Third, Tense::Perfect, false)];
    if ends_weak(p) {
        let mut cs = p.chars();
        cs.next_back();
        let s = cs.as_str();
        for (suf, plural) in [("ت", false), ("وا", true), ("تا", true)] {
            out.push((format!("{s}{suf}"), Person::Third, Tense::Perfect, plural));
        }
        // دعونا، نفينا: the first person keeps a glide.
        let glide = if p.ends_with('ا') { 'و' } else { 'ي' };
        out.push((format!("{s}{glide}نا"), Person::First, Tense::Perfect, true));
        return out;
    }
    for (suf, plural) in [("ت", false), ("وا", true), ("ا", true), ("تا", true), ("تم", true), ("ن", true)] {
        out.push((format!("{p}{suf}"), Person::Third, Tense::Perfect, plural));
    }
    out.push((format!("{p}نا"), Person::First, Tense::Perfect, true));
    out
}

/// Imperfect forms from the stem after يـ: يهدد → تهدد، نهدد، أهدد، يهددون، يهددان،
/// تهددين، يهددن and the subjunctive/jussive يهددوا، يهددا. A weak stem (يدعو، ينفي)
/// gets the prefixes and the plural in ون.
pub fn imperfect_forms(stem: &str) -> Vec<Form> {
    let mut out = Vec::new();
    let suffixes: &[(&str, bool)] = if ends_weak(stem) {
        &[("", false)]
    } else {
        &[("", false), ("ون", true), ("ان", true), ("ين", false), ("ن", true), ("وا", true), ("ا", true)]
    };
    for (pre, person) in [("ي", Person::Third), ("ت", Person::Third), ("ن", Person::First), ("ا", Person::First)] {
        for (suf, plural) in suffixes {
            out.push((format!("{pre}{stem}{suf}"), person, Tense::Imperfect, *plural));
        }
    }
    if ends_weak(stem) {
        let mut cs = stem.chars();
        cs.next_back();
        for pre in ["ي", "ت"] {
            out.push((format!("{pre}{}ون", cs.as_str()), Person::Third, Tense::Imperfect, true));
            out.push((format!("{pre}{}وا", cs.as_str()), Person::Third, Tense::Imperfect, true));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> EventLexicon {
        let mut l = EventLexicon::default();
        l.load(
            "events",
            "t.tsv",
            "type\tcameo\tkind\tlemma\timperfect\tforms\nTHREATEN\t138\tverb\tهدد\tيهدد\t\nSUPPORT\t051\tverb\tدعم\tيدعم\t\nTHREATEN\t130\tnoun\tتهديد\t\tتهديدات\nCONSULT\t040\tverb\tدعا\tيدعو\t\nSUPPORT\t050\tnoun\tدعم\t\t\n",
            false,
        )
        .expect("loads");
        l.load("event-words", "w.tsv", "form\tkind\nلم\tnegation\n", false).expect("loads");
        l
    }

    #[test]
    fn verb_inflections_are_generated() {
        let l = lex();
        for w in ["هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "نهدد", "هددنا", "وسيهدد", "فهددت"] {
            assert!(l.lookup(&key(w)).is_some(), "{w}");
        }
        assert!(l.lookup(&key("سيهدد")).is_some_and(|h| h.future));
        assert_eq!(l.lookup(&key("نهدد")).map(|h| h.forms[0].person), Some(Person::First));
    }

    #[test]
    fn a_future_of_mixed_readings_is_the_imperfect_alone() {
        let mut l = EventLexicon::default();
        l.load(
            "events",
            "t.tsv",
            "type\tcameo\tkind\tlemma\timperfect\tforms\n-\t\tlight\tقدم\tيقدم\t\n-\t\tlight\tتقدم\tيتقدم\t\n",
            false,
        )
        .expect("loads");
        // تقدم: قدم's imperfect and تقدم's perfect; after سـ only the former.
        assert!(l.lookup(&key("تقدم")).is_some_and(|h| h.forms.iter().any(|f| f.tense == Tense::Perfect)));
        for w in ["ستقدم", "وستقدم", "فستقدمها"] {
            let h = l.lookup(&key(w)).unwrap_or_else(|| panic!("{w}"));
            assert!(h.future && h.forms.iter().all(|f| f.tense == Tense::Imperfect), "{w}");
            assert!(h.forms.iter().all(|f| l.trigger(f.trigger).lemma == "قدم"), "{w}");
        }
    }

    #[test]
    fn weak_verbs_drop_their_last_letter() {
        let l = lex();
        for w in ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"] {
            assert!(l.lookup(&key(w)).is_some(), "{w}");
        }
    }

    #[test]
    fn nouns_with_article_preposition_pronoun_and_tanween() {
        let l = lex();
        for w in ["تهديد", "التهديد", "والتهديدات", "بالتهديد", "للتهديدات", "تهديدا", "تهديداته", "وتهديداتها"] {
            assert!(l.lookup(&key(w)).is_some(), "{w}");
        }
        assert!(l.lookup(&key("تدعمها")).is_some());
        assert!(l.lookup(&key("مدرسة")).is_none());
        // A noun in ة before a pronoun, not the verb of the same letters.
        assert!(l.lookup_noun(&key("وتهديداتها")).is_some_and(|h| h.nominal));
        assert!(l.lookup_noun(&key("هددتها")).is_none());
        // The article is not a verb prefix.
        assert!(l.lookup(&key("الهدد")).is_none());
    }

    #[test]
    fn bad_rows_are_refused_with_their_line() {
        let mut l = EventLexicon::default();
        let e = l.load("events", "t.tsv", "type\tkind\tlemma\nATTACK\tverb\tهاجم\n", false).unwrap_err();
        assert_eq!(e.line, 2);
        let e = l.load("events", "t.tsv", "type\tkind\tlemma\timperfect\nASSAULT\tverb\tهاجم\tتهاجم\n", false).unwrap_err();
        assert!(e.message.contains("imperfect"));
        let e = l.load("events", "t.tsv", "type\tkind\tlemma\tcameo\nASSAULT\tverb\tهاجم\t19x\n", false).unwrap_err();
        assert!(e.message.contains("CAMEO"));
    }

    #[test]
    fn contextual_needs_are_read_and_make_no_firm_form() {
        for (row, word, needs) in [
            ("PROTEST\t141\tverb\tتجمع\tيتجمع\tprotesters", "وتجمع", Needs::Protesters),
            ("REJECT\t120\tverb\tقبل\tيقبل\tnegated", "تقبل", Needs::Negated),
        ] {
            let mut l = EventLexicon::default();
            l.load("events", "t.tsv", &format!("type\tcameo\tkind\tlemma\timperfect\tneeds\n{row}\n"), false).expect("loads");
            let hit = l.lookup(&key(word)).expect("a trigger");
            assert_eq!(l.trigger(hit.forms[0].trigger).needs, needs);
            assert!(!hit.forms.iter().any(|f| l.firm(f)), "{word}");
        }
        let mut l = EventLexicon::default();
        let e = l.load("events", "u.tsv", "type\tcameo\tkind\tlemma\timperfect\tneeds\nPROTEST\t141\tverb\tتجمع\tيتجمع\tcrowd\n", false).unwrap_err();
        assert!(e.message.contains("protesters"), "{}", e.message);
    }

    #[test]
    fn rows_of_a_contextual_mode_with_a_then_word_make_no_firm_form() {
        for (mode, then, firm) in [("permit", "حظر", false), ("pledge", "عمل", false), ("permit", "", true), ("visit", "حظر", true), ("", "حظر", true)] {
            let mut l = EventLexicon::default();
            let row = format!("type\tcameo\tmode\tkind\tlemma\timperfect\tthen\nCONCEDE\t081\t{mode}\tverb\tأنهى\tينهي\t{then}\n");
            l.load("events", "t.tsv", &row, false).expect("loads");
            let hit = l.lookup(&key("أنهى")).expect("a trigger");
            assert_eq!(hit.forms.iter().any(|f| l.firm(f)), firm, "{mode} {then}");
        }
    }

    #[test]
    fn a_key_in_alif_is_the_accusative_noun_before_the_dual_verb() {
        let l = lex();
        // دعما: "support" (accusative), though the generator also makes the dual verb دعما.
        let hit = l.lookup(&key("دعما")).expect("a trigger");
        assert!(hit.nominal && hit.forms.iter().any(|f| f.tense == Tense::Noun), "{:?}", hit.forms);
        // هددا has no noun هدد: the dual verb stays.
        let hit = l.lookup(&key("هددا")).expect("a trigger");
        assert!(!hit.nominal && hit.forms.iter().any(|f| f.tense == Tense::Perfect && f.plural));
    }

    #[test]
    fn a_plus_form_is_a_passive_perfect() {
        let mut l = EventLexicon::default();
        l.load("events", "t.tsv", "type\tkind\tlemma\timperfect\tforms\nASSAULT\tverb\tهاجم\tيهاجم\t+هوجم|هاجمنا\n", false).expect("loads");
        let hit = l.lookup(&key("وهوجم")).expect("a trigger");
        assert!(hit.forms.iter().all(|f| f.tense == Tense::Passive), "{:?}", hit.forms);
        // Without the mark a listed form is an active perfect.
        let hit = l.lookup(&key("هاجمنا")).expect("a trigger");
        assert!(hit.forms.iter().all(|f| f.tense == Tense::Perfect), "{:?}", hit.forms);
        assert!(l.lookup(&key("+هوجم")).is_none());
        // A listed passive wins over a generated form of the same letters (أصيب: "I hit").
        l.load("events", "u.tsv", "type\tkind\tlemma\timperfect\tforms\nASSAULT\tverb\tأصاب\tيصيب\t+أصيب\n", false).expect("loads");
        let hit = l.lookup(&key("أصيب")).expect("a trigger");
        assert!(hit.forms.iter().all(|f| f.tense == Tense::Passive), "{:?}", hit.forms);
    }

    #[test]
    fn an_excluded_form_of_a_hamza_lemma_is_kept_for_its_writing() {
        let mut l = EventLexicon::default();
        l.load("events", "t.tsv", "type\tkind\tlemma\timperfect\tforms\nSUPPORT\tverb\tهنأ\tيهنئ\t-هنا\n", false).expect("loads");
        // هنا "here" is no trigger…
        assert!(l.lookup(&key("هنا")).is_none());
        // …but the word written هنأ is, with a conjunction or an object pronoun too.
        for w in ["هنأ", "وهنأ", "هنأه", "وهنأها"] {
            assert!(l.lookup_hamza(&key(w)).is_some(), "{w}");
        }
        assert!(l.lookup_hamza(&key("هنأه")).is_some_and(|h| h.enclitic));
        // A lemma without a hamza keeps nothing (نصف "half" is never "we describe").
        l.load("events", "u.tsv", "type\tkind\tlemma\timperfect\tforms\nACCUSE\tverb\tوصف\tيصف\t-نصف\n", false).expect("loads");
        assert!(l.lookup_hamza(&key("نصف")).is_none());
    }

    #[test]
    fn a_noun_in_hamza_keeps_its_reading_with_a_pronoun() {
        let mut l = EventLexicon::default();
        l.load("events", "t.tsv", "type\tkind\tlemma\timperfect\tforms\nCONSULT\tnoun\tلقاء\t\tلقاءات\n", false).expect("loads");
        // The hamza sits on ي in the genitive and on و in the nominative before a pronoun.
        for w in ["لقائه", "لقاؤه", "ولقائها", "لقائهم"] {
            assert!(l.lookup_noun(&key(w)).is_some_and(|h| h.enclitic), "{w}");
        }
        // A word that is no form of the noun stays none.
        assert!(l.lookup_noun(&key("بقائه")).is_none());
    }

    #[test]
    fn a_deed_is_kept_beside_another_kind_and_matched_exactly() {
        let mut l = lex();
        l.load("event-words", "w.tsv", "form\tkind\nتدخل\tarrived-thing\nتدخل\tdeed\nرد\tdeed\nقرار\tdeed\nقرار\tmeasure\nسفن\tintercepted\n", false).expect("loads");
        let deed = |l: &EventLexicon, k: &str| l.in_list(EventList::Deed, k);
        assert!(deed(&l, "تدخل") && deed(&l, "رد") && deed(&l, "قرار") && l.in_list(EventList::Measure, "قرار"));
        assert_eq!(l.word("تدخل"), Some(EventWord::ArrivedThing));
        assert_eq!(l.list(EventList::Deed), ["تدخل", "رد", "قرار"]);
        // No conjunction is seen through, a list holds only its own forms, and a listed
        // form is no event word.
        assert!(!deed(&l, "ورد") && !deed(&l, "سفن") && !l.in_list(EventList::Measure, "رد") && l.word("رد").is_none());
        // A user's `-` row removes the form's words of every kind and list.
        l.load("event-words", "u.tsv", "form\tkind\nتدخل\t-\nقرار\t-\n", true).expect("loads");
        assert!(!deed(&l, "تدخل") && l.word("تدخل").is_none() && !l.in_list(EventList::Measure, "قرار"));
        assert_eq!(l.list(EventList::Deed), ["رد"]);
        assert!(l.load("event-words", "u.tsv", "form\tkind\nتدخل\t-\n", true).is_err());
    }

    #[test]
    fn event_words_see_through_conjunctions() {
        let l = lex();
        assert_eq!(l.word("ولم"), Some(EventWord::Negation));
    }
}
