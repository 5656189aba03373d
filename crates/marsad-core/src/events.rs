//! Events: who did what to whom, in the PLOVER ontology.
//!
//! Works per sentence, on tokens, with the resolved actor mentions and quotations:
//! 1. **Triggers**: each token is looked up in the event dictionary (verbs in every
//!    person and tense, verbal nouns, support verbs; `marsad_lexicon::events`). A support
//!    verb (أجرى، شن، فرض) lends its clause to the event noun after it.
//! 2. **Arguments** ([`args`]): the actor is the subject of the predicate (SVO before it,
//!    VSO after it; a first-person verb in a quotation is the speaker), a noun's genitive
//!    or nisba (تهديد إيران، الغارات الإسرائيلية), or the first party of بين … و; the
//!    recipient is the object or follows a preposition the trigger allows (مع، على، ضد،
//!    إلى، لـ). Coordinated mentions make lists (روسيا وإيران وتركيا).
//! 3. **Modality** ([`modality`]): negation, denial, future, intent, hypothetical,
//!    historical; time references (منذ الغزو), questions, sport and metaphors give no event.
//! 4. **Claims**: an event inside a quotation is `claimed_by` it; a reported attack or
//!    coercion by someone else makes the speaker's ACCUSE; an obligation a speaker
//!    lays on a named party ([`obligation`]: يجب على الصين أن) is the speaker's REQUEST.
//!
//! Every window is bounded, so the work is linear in the article length.

mod able_to;
mod accused_head;
mod accused_passive;
mod accused_past_aside;
mod answered_proposal;
mod answered_request;
mod act_object;
mod aid_support;
mod aided_place;
mod delivered_aid;
mod levelled_charge;
mod named_capital;
mod nisba_doer;
mod nisba_list;
mod possible_act;
mod pressure;
mod aimed_noun;
mod any_noun;
mod announce;
mod announced_force;
mod announced_protest;
mod apposed_name;
mod apposed_recipient;
mod arrived_thing;
mod asked_pronoun;
mod asked_subject;
mod asking_clause;
mod aspect_verb;
mod args;
mod backed_by;
mod backed_wrong;
mod blame;
mod called_genitive;
mod carried_out;
mod bombardment;
mod body_function;
mod body_session;
mod case_ending;
mod case_noun;
mod cancelled;
mod circumstance;
mod clause_subject;
mod clause_meeting;
mod closed_aside;
mod closing_object;
mod counted_agent;
mod counted_place;
mod cue_speaker;
mod crowd_denouncing;
mod decided;
mod demanded_act;
mod declined;
mod antecedent;
mod nisba_topic;
mod instrument_phrase;
mod demonstrative_noun;
mod described_deed;
mod description;
mod evaluation;
mod met_death;
mod forward_adverb;
mod held_by;
mod held_pronoun;
mod exchanged;
mod expelled;
mod expressed;
mod figurative_blow;
mod fled;
mod fronted_frame;
mod framed_meeting;
mod phone_call;
mod fronted_toll;
mod foreign_forces;
mod homograph_noun;
mod held_trial;
mod home_region;
mod home_appeal;
mod home_visit;
mod house_arrest;
mod hosted_visit;
mod imposed;
mod impersonal_passive;
mod in_support_of;
mod inner_agent;
mod interview;
mod joined_sides;
mod killed_one;
mod noun_form;
mod invitation;
mod judgement;
mod linked_conjunct;
mod listed_parties;
mod linked_support;
mod means;
mod member_object;
mod meeting_purpose;
mod met_by_ba;
mod delegation_object;
mod envoy_post;
mod met_object;
mod mutual;
mod mention_verb;
mod condemned_deed;
mod condition;
mod modality;
mod no_verb_after_preposition;
mod obligation;
mod on_request;
mod one_party;
mod opening_act;
mod other_sense;
mod own_denial;
mod own_speech;
mod recommended;
mod risked;
mod endangered;
mod private_victim;
mod ranked;
mod released;
mod owned_target;
mod own_subject;
mod possessor;
mod participle_agreement;
mod dateline;
mod disaster_toll;
mod dropped_subject;
mod counted_states;
mod convicted;
mod provoked;
mod purpose;
mod quoted_predicate;
mod raised_rate;
mod readiness;
mod reception;
mod refused_acceptance;
mod opposed_deed;
mod rejected_content;
mod scene_place;
mod scheduled;
mod stated_stance;
mod received;
mod received_aid;
mod relative_doer;
mod relative_giver;
mod relative_imposer;
mod relative_object;
mod relative_support;
mod reporting_source;
mod resumptive;
mod reversed;
mod sanctioned;
mod carried_target;
mod retold_attack;
mod joint_doer;
mod joint_nisbas;
mod place_gaps;
mod place_words;
mod seized_gap;
mod seized_place;
mod sides;
mod sentencing;
mod taken_place;
mod stormed_mission;
mod sport_sentence;
mod stance_target;
mod stands_accused;
mod previously;
mod separated;
mod stood_by;
mod subhead;
mod subject_between;
mod subsumed;
mod talk_topic;
mod threatened_security;
mod members_meeting;
mod lone_comma;
mod threatened_step;
mod requested_session;
mod that_clause;
mod protest_state;
mod spread_place;
mod travellers;
mod purpose_place;
mod subjected_place;
mod undergone;
mod undone_noun;
mod unnamed_agent;
mod unnamed_head;
mod unrealised_act;
mod untold_noun;
mod verb_gender;
mod venue;
mod venue_tail;
mod verbal_noun;
mod visitor_lam;
mod wanted_from;
mod warning;
mod where_subject;
mod withdrawn_agreement;
mod wrong_noun;
mod wrongdoing;
mod yielded;

use crate::mentions::ActorSpan;
use crate::model::{Event, Party, Span};
use crate::offsets::CharOffsets;
use crate::quotes::QuoteSpan;
use args::Arg;
use marsad_lexicon::events::{EventWord, Needs, Person, Slot, Tense, Trigger, TriggerKind, RECIPIENT_REQUIRED};
use marsad_lexicon::{Date, Lexicon};
use marsad_text::token::{Token, TokenKind};
use marsad_text::ByteSpan;
use std::collections::HashSet;

/// CAMEO 163, "impose embargo, boycott, or sanctions".
const SANCTIONS_CAMEO: &str = "163";

/// Everything the event finder reads.
pub struct Input<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub keys: &'a [String],
    pub sentences: &'a [ByteSpan],
    pub mentions: &'a [ActorSpan<'a>],
    pub quotes: &'a [QuoteSpan],
    pub lexicon: &'a Lexicon,
    pub date: Option<Date>,
    /// The country the story is about (CAMEO code, ISO alpha-3), for bare role nouns.
    pub home: Option<&'a (String, String)>,
}

impl<'a> Input<'a> {
    /// The tokens `[s0, s1)` that start inside the byte span (a sentence, a quotation).
    pub(super) fn token_range(&self, (start, end): ByteSpan) -> (usize, usize) {
        (self.tokens.partition_point(|t| t.start < start), self.tokens.partition_point(|t| t.start < end))
    }

    /// The mentions starting in the tokens `[s0, s1)`, in order.
    pub(super) fn mentions_in(&self, s0: usize, s1: usize) -> impl Iterator<Item = &'a ActorSpan<'a>> + 'a {
        let first = self.mentions.partition_point(|m| m.tok_start < s0);
        self.mentions[first..].iter().take_while(move |m| m.tok_start < s1)
    }
}

/// An event before conversion to output offsets.
#[derive(Clone, Debug)]
pub struct EventSpan {
    pub kind: String,
    pub cameo: Option<String>,
    pub mode: Option<String>,
    pub actors: Vec<Arg>,
    pub recipients: Vec<Arg>,
    pub negated: bool,
    pub modality: Option<&'static str>,
    pub claimed_by: Option<usize>,
    /// Byte range of the sentence.
    pub sentence: ByteSpan,
    /// Token range of the trigger (support verb to noun for a pattern).
    pub trigger: (usize, usize),
    pub confidence: f32,
    pub rule: String,
    /// Not an event (its verb needs a recipient it lacks), only the subject a later
    /// verb's dropped subject goes on from; removed before output.
    pub ghost: bool,
}

impl EventSpan {
    /// An event told plainly (no negation nor modality) that a module reads outside the
    /// trigger dictionaries, with `rule` and confidence 0.6; `claimed_by` as the trigger's
    /// quotation.
    pub(super) fn told(input: &Input, ctx: &args::Context, (kind, cameo, mode): (&str, &str, Option<&str>), (actors, recipients): (Vec<Arg>, Vec<Arg>), (sentence, trigger): (ByteSpan, (usize, usize)), rule: String) -> EventSpan {
        EventSpan {
            kind: kind.into(),
            cameo: Some(cameo.into()),
            mode: mode.map(Into::into),
            actors,
            recipients,
            negated: false,
            modality: None,
            claimed_by: ctx.quote_at(input.tokens[trigger.0].start),
            sentence,
            trigger,
            confidence: 0.6,
            rule,
            ghost: false,
        }
    }
}

/// How far before an event noun its support verb may be (شن الجيش الإسرائيلي هجوما),
/// in words outside actor mentions.
const LIGHT_WINDOW: usize = 5;
/// The mode of torture (CAMEO 1822).
const TORTURE: &str = "torture";
/// The rule parts of a call that can be an invitation (دعا، دعوة).
const INVITATION: &[&str] = &["verb:دعا", "noun:دعوة"];

/// How far after a trigger its `then` words may be (أطلقت قوات الأمن النار).
const THEN_WINDOW: usize = 5;
/// How many tokens the `then` words may be away, names and punctuation included.
const THEN_SPAN: usize = 20;

/// A support verb waiting for its noun.
#[derive(Clone, Copy)]
struct Light<'a> {
    at: usize,
    trigger: &'a Trigger,
    person: Person,
    plural: bool,
    tense: Tense,
    future: bool,
}

/// A trigger chosen at a token.
struct Chosen<'a> {
    trigger: &'a Trigger,
    person: Person,
    plural: bool,
    tense: Tense,
    future: bool,
    /// Token after the trigger's last word.
    end: usize,
}

/// Find the events of a document.
pub fn find(input: &Input) -> Vec<EventSpan> {
    let ctx = args::Context::new(input);
    let mut out = Vec::new();
    // Backing events (`backed_by`) and where they go in `out`.
    let mut backed: Vec<(usize, EventSpan)> = Vec::new();
    for &sent in input.sentences {
        let (s0, s1) = input.token_range(sent);
        if s0 >= s1 {
            continue;
        }
        let start = out.len();
        sentence_events(input, &ctx, sent, (s0, s1), &mut out);
        let before_obligations = out.len();
        obligation::find(input, &ctx, sent, (s0, s1), &mut out);
        wanted_from::find(input, &ctx, sent, (s0, s1), &mut out);
        readiness::find(input, &ctx, sent, (s0, s1), &mut out);
        blame::find(input, &ctx, sent, (s0, s1), &mut out);
        met_death::find(input, &ctx, sent, (s0, s1), &mut out, start);
        held_by::find(input, &ctx, sent, (s0, s1), &mut out, start);
        undergone::find(input, &ctx, sent, (s0, s1), &mut out, start);
        levelled_charge::find(input, &ctx, sent, (s0, s1), &mut out, start);
        // A party described as accused of a charge (`events/stands_accused.rs`).
        stands_accused::find(input, &ctx, sent, (s0, s1), &mut out, start);
        received::find(input, &ctx, sent, (s0, s1), &mut out, start);
        phone_call::find(input, &ctx, sent, (s0, s1), &mut out, start);
        on_request::find(input, &ctx, s0, &mut out, start);
        // A verb of asking with no one asked: the subject of its أن-clause (`asked_subject.rs`).
        asked_subject::find(input, &ctx, s1, &mut out, start);
        // A request noun answered or refused: the one answering was asked (`answered_request.rs`).
        answered_request::find(input, &ctx, s0, &mut out, start);
        // A meeting noun with مع and no party of its own: the sentence's party before it.
        clause_meeting::find(input, &ctx, s0, &mut out, start);
        called_genitive::find(input, &ctx, s0, &mut out, start);
        // In text order, so that the sentence's last event is the one a dropped subject
        // in the next sentence goes on from.
        if out.len() > before_obligations {
            out[start..].sort_by_key(|e| e.trigger.0);
        }
        // Checked only for sentences with events: most have none.
        if out.len() > start {
            if skip_sentence(input, s0, s1) {
                out.truncate(start);
            } else if sport_sentence::is_sport(input, s0, s1) {
                sport_sentence::keep_political(input, &mut out, start);
            }
        }
        dedup(&mut out, start);
        // Backing is read last and kept apart until every sentence is read: a dropped
        // subject in a later sentence goes on from the deed backed, not from its backer.
        let mut backing = Vec::new();
        backed_by::find(input, &ctx, sent, (s0, s1), &out[start..], &mut backing);
        backed.extend(backing.into_iter().map(|e| (out.len(), e)));
    }
    for (at, e) in backed.into_iter().rev() {
        out.insert(at, e);
    }
    // A party joining two states' nisbas is each state (`events/joint_nisbas.rs`).
    for e in &mut out {
        joint_nisbas::split(input, &mut e.actors);
        joint_nisbas::split(input, &mut e.recipients);
    }
    accused_passive::turn(input, &ctx, &mut out);
    // The accused named past an aside, before the charge (`events/accused_past_aside.rs`).
    accused_past_aside::find(input, &ctx, &mut out);
    // A denial of claims told before answers their accuser (وتنفي الشرطة هذه المزاعم).
    blame::answer_denials(input, &mut out);
    // A denial of one's own side's deed names no accuser: a bare denial (`events/own_denial.rs`).
    out.retain(|e| !own_denial::is_own_denial(input, e));
    // A rejection or welcome of a proposal told before answers its proposer (رفضت الفكرة).
    answered_proposal::answer(input, &mut out);
    out.retain(|e| !e.ghost && !undone_noun::is_stopped(input, e));
    // After the reported accusations, which can subsume a charge verb's one-sided event
    // (اتهمت إسرائيل إيران باستهدافها: ISR → IRN, not also ISR → −).
    add_reported_accusations(input, &mut out);
    out.retain(|e| !nisba_topic::is_topic(e));
    evaluation::add(input, &ctx, &mut out);
    announced_force::turn(input, &mut out);
    joined_sides::join(&mut out);
    subsumed::drop_subsumed(&mut out);
    // Each side of an exchange acts on the other (after `subsumed`, which reads one
    // direction of a sentence's exchange as the other's).
    exchanged::add_listed(input, &mut out);
    exchanged::mirror(&mut out);
    out.retain(|e| !untold_noun::is_untold(e) && !any_noun::is_any_kind(input, e) && !aimed_noun::is_aimed(input, e) && !case_noun::is_case_topic(input, e) && !figurative_blow::is_figurative(input, e) && !disaster_toll::is_disaster_toll(input, e) && !disaster_toll::is_disaster_emergency(input, e) && !travellers::is_travel(input, e) && !interview::is_interview(e) && !talk_topic::is_topic_partner(input, e) && !reception::is_crowd_received(input, e) && !subhead::is_subhead_noun(input, e) && !demonstrative_noun::points_back(input, e) && !in_support_of::is_backerless_adverb(input, e));
    // An agreement binds each of its listed sides to the other (`events/mutual.rs`).
    mutual::mirror(&mut out);
    // Asked only when some event could be a game's: most stories have none.
    if out.iter().any(|e| sport_sentence::is_game_play(input, e)) && sport_sentence::is_sport_story(input) {
        out.retain(|e| !sport_sentence::is_game_play(input, e));
    }
    // A speaker's own demand, condemnation or offer is the quotation's act, not its claim.
    own_speech::unclaim(input, &mut out);
    for e in &mut out {
        one_party::merge_appositions(&ctx, input, &mut e.actors);
        one_party::merge_appositions(&ctx, input, &mut e.recipients);
        one_party::drop_repeats(&mut e.actors);
        one_party::drop_repeats(&mut e.recipients);
        venue::drop_venues(input, &mut e.actors);
        venue::drop_venues(input, &mut e.recipients);
    }
    // A partyless attack noun right after an attack told with both sides is that attack
    // retold (`events/retold_attack.rs`; last, on the events kept).
    retold_attack::lend(input, &mut out);
    // "In cooperation with" is its clause's doer's (`events/joint_doer.rs`).
    joint_doer::lend(&ctx, input, &mut out);
    // A private or civic party's call with no one asked is made to its own state
    // (`events/home_appeal.rs`; last, once every reader of the one asked has run).
    home_appeal::address(input, &mut out);
    out
}

/// Is the argument `a` an embassy or consulate mention (its span is one with
/// `ActorSpan::building`)?
fn names_a_building(input: &Input, a: &args::Arg) -> bool {
    a.mentions(input).any(|m| m.building)
}

/// Questions give no events (sport: `sport_sentence`).
fn skip_sentence(input: &Input, s0: usize, s1: usize) -> bool {
    let ev = input.lexicon.events();
    let last_punct = (s0..s1).rev().find(|&i| input.tokens[i].kind == TokenKind::Punct);
    if last_punct.is_some_and(|i| matches!(input.tokens[i].text(input.text), "؟" | "?")) {
        return true;
    }
    ev.word(&input.keys[s0]) == Some(EventWord::Question)
}

fn sentence_events(input: &Input, ctx: &args::Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>) {
    let ev = input.lexicon.events();
    let first_of_sentence = out.len();
    // The last support verb seen.
    let mut light: Option<Light> = None;
    let mut i = s0;
    while i < s1 {
        let name_as_verb = ctx.name_opening_clause(input, i, s0);
        if input.tokens[i].kind != TokenKind::Arabic || (ctx.in_mention(i) && !name_as_verb) {
            i += 1;
            continue;
        }
        // A negation particle is never a trigger (أبدا "never" is also أبدأ "I begin").
        // A form left out for a commoner word still counts when written with the lemma's
        // hamza (هنأ "congratulated", not هنا "here").
        let word = input.tokens[i].text(input.text);
        // A word opening with إ is a verbal noun (إصابتها، إدانتها), never a verb of
        // form IV, whose perfect is written with أ (أصابت، أدانتها).
        let noun_spelling = opens_with_hamza_below(word);
        let hit = if noun_spelling { ev.lookup_noun(&input.keys[i]) } else { ev.lookup(&input.keys[i]) };
        let hit = hit.or_else(|| if word.contains('أ') { ev.lookup_hamza(&input.keys[i]) } else { None });
        // A final ه is no ة (the key folds them): a verbal noun in ة read from it is the
        // verb with its pronoun when there is one (أقاله "dismissed him", not إقالة).
        let ha_noun = |h: &marsad_lexicon::events::TriggerHit| !noun_spelling && !h.enclitic && word.ends_with('ه') && h.forms.iter().all(|f| f.tense == Tense::Noun);
        let hit = match hit {
            Some(h) if ha_noun(&h) => ev.lookup_verb_with_pronoun(&input.keys[i]).or(Some(h)),
            other => other,
        };
        let Some(hit) = hit.filter(|_| ev.word(&input.keys[i]) != Some(EventWord::Negation)) else {
            i += 1;
            continue;
        };
        let is_verb = |f: &marsad_lexicon::events::FormRef| matches!(f.tense, Tense::Perfect | Tense::Imperfect | Tense::Passive);
        if name_as_verb && (hit.nominal || !hit.forms.iter().any(is_verb)) {
            i += 1;
            continue;
        }
        // The key folds ة into ه: وزارة is no وزار+ه.
        if hit.enclitic && input.tokens[i].text(input.text).ends_with('ة') {
            i += 1;
            continue;
        }
        // After another event's words, a word that can be a noun is one (رفضت تركيا طلب …).
        // (And the act whose doer an event's recipient is: ووصفت الخارجية طلب السلطات في روسيا.)
        // (Not a verb of asking opening a clause after a comma: `asking_clause`.)
        let after_event = out[first_of_sentence..].last().is_some_and(|p| i >= extent(p) && i - extent(p) <= 1 || act_object::names_act(p, i)) && !asking_clause::opens(input, hit.forms, i, (s0, s1));
        // So is a word a support verb governs (وقدموا دعمهم: their support, not "supported"),
        // and a word after a preposition (أكد على دعم مصر: no verb follows على), and after
        // عن across the quotation mark that opens a stance as worded (أعرب عن "دعم إيران
        // لقطر"; only عن: after other prepositions a quoted word is as often a verb, على
        // "شجب" المملكة).
        let reaching = light.filter(|l| light_reaches(input, ctx, l.at, i) && linked_support::carries_link(input, l.trigger, i));
        let after_light = reaching.is_some();
        let quoted_after_an = i > s0 + 1 && expressed::quoted_after_an(input, i);
        let after_preposition = i > s0 && governs_noun(&input.keys[i - 1]) || quoted_after_an;
        // …and a word with a pronoun that a verb of affirming or announcing states (أكدت
        // إيطاليا رفضها: "its rejection", not "rejected it").
        let stated = hit.enclitic && stated_stance::stating_verb(ctx, input, i, s0).is_some();
        let nominal = hit.nominal || after_event || after_light || after_preposition || noun_spelling || stated;
        // After بشكل، بصورة a word is the adjective of a manner (نفت بشكل قاطع), no verb;
        // so after the cognate accusative of denial (نفيا قاطعا), also across a quotation
        // mark (بشكل "قاطع").
        let manner = manner_before(input, i, s0);
        let Some(chosen) = choose(input, ctx, hit.forms, (hit.future, noun_spelling || manner), nominal, i, (s0, s1)) else {
            i += 1;
            continue;
        };
        // A support verb only waits for its noun. (Its participle in the feminine or plural
        // with no comma before it is an adjective: صواريخ موجهة، طوربيدات موجهة.)
        let adjective = chosen.tense == Tense::Participle
            && !after_punct(input, i, s0)
            && (input.keys[i].ends_with('ه') || input.keys[i].ends_with("ين"));
        // In في وجه ("in the face of": الصمود في وجه الهجمات) the word is the noun "face".
        let face = chosen.trigger.lemma == "وجه" && i > s0 && matches!(input.keys[i - 1].as_str(), "في" | "وفي");
        // (Nor is قدما after المضي "forward": `forward_adverb`.)
        let forward = forward_adverb::is_forward(input, chosen.trigger, i, (s0, s1));
        if chosen.trigger.kind == TriggerKind::Light && (adjective || face || forward) {
            i += 1;
            continue;
        }
        if chosen.trigger.kind == TriggerKind::Light {
            light = Some(Light { at: i, trigger: chosen.trigger, person: chosen.person, plural: chosen.plural, tense: chosen.tense, future: chosen.future });
            i += 1;
            continue;
        }
        // (Not a request in `بطلب من X`: the support verb is the act done at it, `on_request`.)
        let governing = reaching.filter(|l| linked_support::takes(l.trigger, chosen.trigger) && imposed::governs(l.trigger, chosen.trigger) && held_trial::governs(input, l.trigger, chosen.trigger, i) && !on_request::at_request(input, chosen.trigger, i, s0));
        let next = chosen.end;
        let (before, prior) = out.split_at_mut(first_of_sentence);
        // The last event of the sentence right before this one, whose actor a dropped
        // subject at this sentence's start goes on with.
        let previous = before.last().filter(|p| args::sentence_before(input, sent.0) == Some(p.sentence));
        if let Some(e) = build(input, ctx, sent, (s0, s1), i, &chosen, governing, (hit.preposition, hit.enclitic), (prior, previous, &*before)) {
            // A support verb governs one noun (نظم الفلسطينيون مسيرات ضد الاحتلال).
            if governing.is_some() && chosen.trigger.kind == TriggerKind::Noun {
                light = None;
            }
            out.push(e);
        }
        // Thanks conveyed end the support verb's reach, built or not: the noun after them
        // is the reason (وجه ترامب الشكر لأردوغان على إطلاق سراح القس), not its object.
        if reaching.is_some() && expressed::is_thanks(chosen.trigger) {
            light = None;
        }
        i = next.max(i + 1);
    }
    // A threat told by its step names the party the step is aimed at (هددت روسيا باتخاذ
    // إجراءات ضد لندن): `events/threatened_step.rs`. Read once the sentence is done, so
    // that an event noun as the step lends its own party first (هددت بطرد وسائل الإعلام).
    for e in out[first_of_sentence..].iter_mut().filter(|e| e.kind == "THREATEN" && !e.ghost && e.recipients.is_empty() && !e.actors.is_empty()) {
        if let Some(list) = threatened_step::target(ctx, input, &e.actors, act_object::object_start(&e.actors, e.trigger.1), s1) {
            e.recipients = list;
            e.rule.push_str("+step-target");
        }
    }
    // A call for a body's session is a call on that body (طلبت بريطانيا عقد اجتماع طارئ
    // لمجلس الأمن): `events/requested_session.rs`.
    for e in out[first_of_sentence..].iter_mut().filter(|e| e.kind == "REQUEST" && !e.ghost && e.recipients.is_empty() && !e.actors.is_empty()) {
        if let Some(body) = requested_session::body(ctx, input, &e.actors, act_object::object_start(&e.actors, e.trigger.1), s1) {
            e.recipients = vec![body];
            e.rule.push_str("+session-body");
        }
    }
}

/// Whether a support verb at `at` governs the event noun at `i`: fewer than
/// `LIGHT_WINDOW` words between, no punctuation. Words of actor mentions do not count, so
/// a long subject may stand between (أجرى وزير الخارجية الأمريكي مايك بومبيو اتصالا مع …).
fn light_reaches(input: &Input, ctx: &args::Context, at: usize, i: usize) -> bool {
    at < i
        && i - at <= THEN_SPAN
        && (!args::punct_between(input, at, quote_opening(input, at, i)) || args::time_set_off_between(ctx, input, at, i) || subject_set_off(input, ctx, at, i) || title_comma_name(input, ctx, at, i))
        && (at + 1..i).filter(|&k| !ctx.in_mention(k)).count() < LIGHT_WINDOW
        && !(at + 1..i).any(|k| is_topic_preposition(&input.keys[k]) || (!ctx.in_mention(k) && undone_noun::is_undoing_noun(&input.keys[k])))
        // (Nor a noun right after خلال، بعد، بسبب … or past such a phrase: أطلقه الجنود
        // خلال تظاهرات، فرضتها بعد انسحابها من الاتفاق.)
        && !circumstance::blocks(input, ctx, at, i)
}

/// Where a support verb's noun starts, an opening quotation mark on it included (قدمت
/// "دعما مالية"، تشن "هجوما واسعا"، ينظم الفلسطينيون "مسيرات العودة"): the mark right
/// before `i`, touching it and after a space, quotes the noun and ends no clause. Not before
/// a noun with the article, mostly a name quoted (وأطلق "الصاروخ المستعمل" من كيب
/// كانافرال: a space launch), nor after على or its pronoun, where a name is given (حركة
/// احتجاجية أطلق عليها "مسيرة العودة": "called it"). Otherwise `i`.
fn quote_opening(input: &Input, at: usize, i: usize) -> usize {
    let m = i - 1;
    let opens = m > at
        && !input.keys[i].starts_with("ال")
        && !marsad_text::normalize::without_conjunction(&input.keys[m - 1]).starts_with("علي")
        && input.tokens[m].kind == TokenKind::Punct
        && crate::quotes::is_mark(input.tokens[m].text(input.text))
        && input.tokens[m].end == input.tokens[i].start
        && input.tokens[m - 1].end < input.tokens[m].start;
    if opens { m } else { i }
}

/// A subject closed by a comma right before the noun, nothing but parties between (شن
/// التحالف وقوات الشرعية، عملية عسكرية): the comma sets the object off, it ends no clause.
/// The subject opens right after the verb, with no preposition on it (not `وجهت لداعش،
/// اعتقال`), and the noun has none either (not `بدأها ترمب، بدعوى`: "under the pretext").
/// A count of the noun may stand between the comma and the noun (شنت مقاتلات التحالف
/// العربي لدعم الشرعية في اليمن، سلسلة غارات جوية).
fn subject_set_off(input: &Input, ctx: &args::Context, at: usize, i: usize) -> bool {
    let subject = args::mention_starting(ctx, input, at + 1).is_some_and(|m| !input.mentions[m].prepositional);
    let bare_noun = !input.tokens[i].text(input.text).starts_with('ب');
    let comma = if i > at + 3 && NOUN_COUNTS.contains(&input.keys[i - 1].as_str()) { i - 2 } else { i - 1 };
    at + 2 < i && subject && bare_noun && args::is_comma(input, comma) && (at + 1..comma).all(|k| ctx.in_mention(k))
}

/// Counts right before a plural event noun (سلسلة غارات، عدة هجمات، عشرات الضربات).
const NOUN_COUNTS: &[&str] = &["سلسله", "عده", "عشرات", "مئات", "جمله", "موجه"];

/// A subject written as a title, a comma and the name of the same party, right before the
/// noun (أجرى العاهل السعودي، الملك سلمان بن عبدالعزيز اتصالا): the comma only sets the
/// name beside its title; nothing but the two mentions stands between.
fn title_comma_name(input: &Input, ctx: &args::Context, at: usize, i: usize) -> bool {
    let Some(title) = args::mention_starting(ctx, input, at + 1).filter(|&m| !input.mentions[m].prepositional) else {
        return false;
    };
    let comma = input.mentions[title].tok_end;
    let Some(name) = args::mention_starting(ctx, input, comma + 1) else {
        return false;
    };
    let (title, name) = (&input.mentions[title], &input.mentions[name]);
    comma < i && args::is_comma(input, comma) && name.tok_end == i && name.actor.is_some() && name.actor == title.actor && !name.prepositional
}

/// "About": what follows is the topic of the support verb's own object (أصدرت الوزارة
/// بيانا حول الهجوم، قدمت رسالة بشأن المجزرة), never its event noun.
fn is_topic_preposition(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    matches!(k, "حول" | "بشان" | "ازاء" | "تجاه" | "بخصوص")
}

/// The dictionary trigger a token stands for: a multiword trigger whose following words
/// are there beats a single word; a support verb is used only if nothing else fits.
fn choose<'a>(
    input: &Input<'a>,
    ctx: &args::Context,
    forms: &[marsad_lexicon::events::FormRef],
    (future, noun_only): (bool, bool),
    prefer_noun: bool,
    i: usize,
    (s0, s1): (usize, usize),
) -> Option<Chosen<'a>> {
    let ev = input.lexicon.events();
    let mut best: Option<(u8, Chosen<'a>)> = None;
    for f in forms {
        let t = ev.trigger(f.trigger);
        // (A verb pattern still reads its verbal noun: إطلاق النار.)
        if noun_only && t.kind != TriggerKind::Noun && t.then.is_empty() {
            continue;
        }
        // A gathering is a protest only when demonstrators gather (تجمع مئات المتظاهرين);
        // otherwise the word's other readings (a support verb: خرج آلاف في مظاهرة) stay.
        if t.needs == Needs::Protesters && !protesters_near(input, ctx, i, (s0, s1)) {
            continue;
        }
        if stood_by::lacks_side(input, ctx, t, i, s1) {
            continue;
        }
        // لن نقبل: an acceptance refused; alone the word accepts, or is "before".
        if t.needs == Needs::Negated && !(f.tense == Tense::Imperfect && refused_acceptance::is_refusal(input, i, &t.lemma, (s0, s1))) {
            continue;
        }
        // معارضته للاتفاق: opposition held, with the thing opposed; alone the word is a
        // party, and expressed (أعرب عن معارضته) the stance its own row reads.
        if t.needs == Needs::Object && (!opposed_deed::is_deed(ctx, input, i, (s0, s1)) || expressed::is_expressed(ctx, input, t, i, s0)) {
            continue;
        }
        // تحدي، تنحي are verbal nouns, not the perfect the key folds them onto.
        if t.kind == TriggerKind::Verb && f.tense == Tense::Perfect && defective_verbal_noun(input.tokens[i].text(input.text), &t.lemma) {
            continue;
        }
        // A participle written as a noun of the dictionary (مطالبة) is the circumstantial
        // participle only bare right after a comma, and there it beats the noun (، مطالبة
        // موسكو بأن تكشف: "demanding", not "the demand of Moscow"); elsewhere the noun
        // reads (المطالبة، ومطالبته، للمطالبة، "مطالبة بضبط" the passive).
        let shared = t.kind == TriggerKind::Verb && f.tense == Tense::Participle && t.then.is_empty() && forms.iter().any(|g| g.tense == Tense::Noun);
        if shared && !bare_after_comma(input, i, s0) {
            continue;
        }
        let (rank, end) = if shared {
            (4, i + 1)
        } else if t.then.is_empty() {
            // Verb or noun of the same spelling (دعم، قصف، طلب): the article, a
            // preposition or an object position decide.
            let rank = match t.kind {
                // (Tested above, so it beats the word's other readings.)
                _ if t.needs == Needs::Object => 4,
                TriggerKind::Light => 1,
                TriggerKind::Noun if prefer_noun => 3,
                TriggerKind::Verb if prefer_noun => 2,
                TriggerKind::Noun => 2,
                TriggerKind::Verb => 3,
            };
            (rank, i + 1)
        } else {
            match then_end(input, ctx, &t.then, i + 1, s1) {
                Some(e) if t.needs != Needs::Judgement || judgement::judged(ctx, input, i, e - 1) => (4, e),
                _ => continue,
            }
        };
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, Chosen { trigger: t, person: f.person, plural: f.plural, tense: f.tense, future, end }));
        }
    }
    best.map(|(_, c)| c)
}

/// Is the word the verbal noun of a defective verb of form V or VI (تحدى → تحدي، تحديها;
/// تنحى → تنحي), which the key folds onto the verb's perfect? The perfect is written with
/// ى, or with ا before a pronoun (تحداه); the noun with ي (تحدي الولايات المتحدة، إلى تحدي
/// تدخلات أردوغان، تنحي مبارك).
fn defective_verbal_noun(word: &str, lemma: &str) -> bool {
    let Some(stem) = lemma.strip_suffix('ى').filter(|s| s.starts_with('ت')) else {
        return false;
    };
    let bare: String = word.chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c)).collect();
    let w = bare.strip_prefix('و').or_else(|| bare.strip_prefix('ف')).unwrap_or(&bare);
    let w = w.strip_prefix('ل').or_else(|| w.strip_prefix('ب')).filter(|r| r.starts_with(stem)).unwrap_or(w);
    w.strip_prefix(stem).is_some_and(|r| r.starts_with('ي'))
}

/// Does the word (after و or ف) open with إ? Verbal nouns of forms IV, VII, VIII and X
/// may (إصابة، إدانة، إطلاق); no perfect or imperfect verb does.
pub(super) fn opens_with_hamza_below(word: &str) -> bool {
    let w = word.strip_prefix('و').or_else(|| word.strip_prefix('ف')).filter(|r| r.starts_with('إ')).unwrap_or(word);
    w.starts_with('إ')
}

/// Where the `then` words end, when they follow in order within a few words. Names and
/// punctuation do not count: a long subject and object may stand between (حمّلت الحكومة
/// اليمنية وتحالف دعم الشرعية الجمعة ميليشيات الحوثي، المسؤولية).
fn then_end(input: &Input, ctx: &args::Context, then: &[String], from: usize, s1: usize) -> Option<usize> {
    // A destination is sought no further than the one sent there: past a relative pronoun
    // it is another clause's (بإحالة الجنود الذين قتلوا الصحفي إلى المحاكمة would swallow
    // the killing).
    let destination = inner_agent::then_is_destination(then);
    let window = if sentencing::is_penalty(then) { sentencing::PENALTY_WINDOW } else { THEN_WINDOW };
    let mut j = from;
    for w in then {
        let hard_limit = (j + THEN_SPAN).min(s1);
        let mut words = 0;
        let mut k = j;
        let found = loop {
            if k >= hard_limit || words >= window || destination && args::is_relative_pronoun(&input.keys[k]) || window > THEN_WINDOW && sentencing::another_verdict(&input.keys[k]) {
                return None;
            }
            if same_word(&input.keys[k], w) {
                break k;
            }
            if !ctx.in_mention(k) && input.tokens[k].kind != TokenKind::Punct {
                words += 1;
            }
            k += 1;
        };
        j = found + 1;
    }
    Some(j)
}

/// Two keys are the same word up to the article, a conjunction and the accusative alif.
fn same_word(a: &str, b: &str) -> bool {
    fn core(k: &str) -> &str {
        let k = k.strip_prefix('و').filter(|r| r.chars().count() > 2).unwrap_or(k);
        let k = k.strip_prefix("ال").unwrap_or(k);
        // علاقاتها، سراحهما، سراحهن: a possessive pronoun (the dual and the feminine
        // plural before the shorter ones they end like).
        let k = ["هما", "هن", "ها", "هم", "ه"].iter().find_map(|p| k.strip_suffix(p).filter(|r| r.chars().count() > 2)).unwrap_or(k);
        k.strip_suffix('ا').filter(|r| r.chars().count() > 2).unwrap_or(k)
    }
    core(a) == core(b)
}

#[allow(clippy::too_many_arguments)]
fn build(
    input: &Input,
    ctx: &args::Context,
    sent: ByteSpan,
    (s0, s1): (usize, usize),
    i: usize,
    chosen: &Chosen,
    governing: Option<Light>,
    (with_preposition, enclitic): (bool, bool),
    (prior, previous, before): (&mut [EventSpan], Option<&EventSpan>, &[EventSpan]),
) -> Option<EventSpan> {
    let ev = input.lexicon.events();
    let t = chosen.trigger;
    let end = chosen.end;
    // A metaphor (حرب كلامية، تحتل السعودية المرتبة) or a time reference (منذ الغزو) is
    // no event.
    if (end..(end + 3).min(s1)).any(|k| ev.word(&input.keys[k]) == Some(EventWord::Metaphor)) {
        return None;
    }
    // (احتلت فنلندا هذا العام المركز الأول: a rank past the subject, `ranked`.)
    if ranked::holds_rank(input, &t.lemma, end, s1) {
        return None;
    }
    if declined::to_comment(ctx, input, t, end, s1) || declined::to_stay_unnamed(ctx, input, t, end, s1) || other_sense::other_sense(ctx, input, t, end, s1) {
        return None;
    }
    let is_noun = t.kind == TriggerKind::Noun;
    // (A withdrawal from an agreement after منذ is a stance still held, which the
    // labels code: منذ انسحاب ترامب من الاتفاق النووي.)
    let time_reference = |k: usize| ev.word(&input.keys[k]) == Some(EventWord::TimeReference) && !(withdrawn_agreement::after_time_word(&input.keys[k]) && withdrawn_agreement::from_agreement(ctx, input, t, (s0, i, end), s1));
    if is_noun && (i.saturating_sub(2).max(s0)..i).any(time_reference) {
        return None;
    }
    // بتهمة التعاون مع، تهم الاعتداء على: a charge names an act, which is not told as done.
    if is_noun && i > s0 && ev.word(&input.keys[i - 1]) == Some(EventWord::Charge) {
        return None;
    }
    // القدرة على شن هجمات: an act a party is able to do is not told as done
    // (`events/able_to.rs`; the support verb opens the phrase).
    if able_to::after_ability(input, governing.map_or(i, |g| g.at.min(i)), s0) {
        return None;
    }
    // What something amounts to (شكلت استعادة المدينة ضربة للمتمردين، تشكل العقود دعما
    // للوظائف، شكل من أشكال الاحتجاج) is said of it, not done by it: no event. Posing a
    // threat (تشكل إيران تهديدا لإسرائيل) stays THREATEN, through the support verb `شكل`.
    // (Within its clause, six words back; a definite noun right after the verb is its
    // subject: ويشكل اللقاء بين المبعوث والرئيس مؤشرا.)
    let definite_noun = marsad_text::normalize::key_is_definite(&input.keys[i]);
    let predicate = |k: usize| ev.word(&input.keys[k]) == Some(EventWord::Predicate) && !args::punct_between(input, k, i) && !(k + 1 == i && definite_noun);
    if is_noun && t.event.as_deref() != Some("THREATEN") && (i.saturating_sub(6).max(s0)..i).any(predicate) {
        return None;
    }
    // Dawn, a price, a striker: the same letters as another word (فجر السبت، دفع ثمن، مهاجمه).
    if t.kind == TriggerKind::Verb && homograph_noun::is_common_noun(input, &t.lemma, i, (s0, s1)) {
        return None;
    }
    if is_noun && homograph_noun::ha_for_ta(&t.lemma, input.tokens[i].text(input.text), enclitic) {
        return None;
    }
    // A body's task (مركز استهداف تمويل الإرهاب) is no act.
    if is_noun && governing.is_none() && body_function::names_task(input, i, s0) {
        return None;
    }
    // After a separate preposition a word is a noun (إلى هاتفه): a verb-only trigger there
    // is another word, unless its letters are also its verbal noun (بشأن قتل الشرطة).
    // (A name is no preposition: المحامي خالد علي ينسحب.)
    if t.kind == TriggerKind::Verb
        && t.then.is_empty()
        && i > s0
        && !ctx.in_mention(i - 1)
        && no_verb_after_preposition::bars_verb(&t.lemma, input.tokens[i].text(input.text), &input.keys[i - 1])
    {
        return None;
    }
    let between = args::between_at(input, end, s1);
    // An event noun right after another event's words, without a nisba of its own, is
    // that event's content (أدانت مصر الهجوم، اتهمتها بدعم الإرهاب، رفضت طلب الولايات
    // المتحدة، وافقت على استئناف المحادثات مع …): no event by itself; its party completes
    // the other event's recipient.
    let intent_at_early = (i.saturating_sub(4).max(s0)..i).rev().find(|&k| ev.word(&input.keys[k]) == Some(EventWord::Intent));
    // A noun with لـ written on it: a purpose or a complement of another word.
    let with_lam = with_preposition && {
        let w = input.tokens[i].text(input.text);
        w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with('ل')
    };
    // A purpose (للمطالبة بـ، للتنديد بـ) takes the actor of the protest before it.
    let purpose = with_lam && purpose::is_purpose(input, t, i, s0, enclitic);
    // A meeting as a purpose (وصل بومبيو إلى الرياض للقاء الملك): its genitive is the one met.
    // So is one wished or agreed to (رغبته في لقاء الرئيس، وافق على لقاء كيم).
    let meeting_purpose = (with_lam && meeting_purpose::is_meeting_purpose(input, t, i, enclitic)) || meeting_purpose::is_meeting_wished(input, t, i, s0, enclitic);
    // (Not a ghost's: حذر من الهجوم الإسرائيلي still tells the attack. Not the reason
    // after it, an accusation with its pronoun and charge, لاتهامه بالتجسس: an act of its
    // own, as after بعد or بسبب.)
    let reason = with_lam && enclitic && verbal_noun::genitive_accused(ctx, input, t, i, end, s1);
    // A criticism or anger a deed provoked (ما أثار غضب بكين): an event of its own, not the
    // deed's content (`events/provoked.rs`).
    let provoked = is_noun && governing.is_none() && t.event.as_deref() == Some("ACCUSE") && provoked::after_provoking(input, &t.lemma, i, s0);
    let after_prior = !reason
        && !provoked
        && prior.last().is_some_and(|p| {
            // (A stance whose target was read inside the deed's phrase has no content there:
            // the deed is an event of its own, as the labels code it (`stance_target`); a
            // stance joined to it by و, صدمتها ورفضها, still is its content.)
            let aimed = p.rule.contains(stance_target::RULE);
            let end = if aimed { p.actors.iter().map(|a| a.tok_end).fold(p.trigger.1, usize::max) } else { content_start(p) };
            let content = !aimed || input.keys[i].starts_with('و');
            // (An act of another kind that the event led to is an event of its own:
            // عمليات عسكرية في صعدة أسفرت عن تحرير. A killing an attack led to stays its
            // content, the attack's victims.)
            let outcome = |k: usize| t.event.as_deref() != Some(p.kind.as_str()) && taken_place::is_result_verb(input, k);
            // (An international body's session is a ghost that still holds its content:
            // اجتماع مجلس الأمن بشأن استخدام الأسلحة الكيماوية, `body_session::RULE`.)
            let holds = !p.ghost || p.rule.contains(body_session::RULE);
            holds && p.sentence == sent && content && i >= end && i - end <= 3 && !(end..i).any(|k| is_time_link(&input.keys[k]) || outcome(k))
        });
    // كان في استقبال بومبيو نظيره: the one named after the guest is the host (an event of
    // its own, not the content of the arrival before it).
    let reception = reception::host_and_guest(ctx, input, t, (i, end), (s0, s1), enclitic && is_noun);
    // (A demand a protest makes is an act of its own too: خرجت مظاهرات للتنديد بأمريكا.)
    let protest_purpose = purpose && prior.last().is_some_and(|p| p.kind == "PROTEST");
    // قتل خمسة مدنيين في قصف الطيران الإسرائيلي: the killing's means, read on its own
    // only to lend the killing its striker.
    let means = after_prior && is_noun && governing.is_none() && prior.last().is_some_and(|p| means::is_means(input, p, t, i, s0));
    // (An attack named with its party in the construct, أدان الأردن هجوم إسرائيل على غزة،
    // وصف إطلاق الحوثيين لصواريخ, is an event of its own as with a nisba: the labels code
    // both the condemnation and the attack.)
    let own_genitive = t.event.as_deref() == Some("ASSAULT")
        && !enclitic
        && !t.recipient.contains(&Slot::Object)
        && prior.last().is_some_and(|p| p.kind == "ACCUSE")
        && !with_lam
        && args::mention_starting(ctx, input, end).is_some_and(|m| !input.mentions[m].prepositional && input.mentions[m].country.is_some());
    if after_prior && !means && reception.is_none() && is_noun && governing.is_none() && intent_at_early.is_none() && args::nisba_party(input, end).is_none() {
        if let Some(p) = prior.last_mut() {
            // (The one pressed is not the one asked to press: دعا المجتمع الدولي إلى الضغط
            // على إيران.)
            if p.recipients.is_empty() && !pressure::is_pressure(t) {
                p.recipients = if rejected_content::refused_act(&p.kind, t, input.tokens[i].text(input.text)) {
                    args::refused_act_party(ctx, input, &p.actors, (i, end), s1)
                } else {
                    args::content_party(ctx, input, t, end, s1)
                };
            }
            // An invitation to talks is an offer to meet (CAMEO 036, PLOVER AGREE): دعوة
            // روسيا للأردن إلى مباحثات. Urging others to talk (حث، طالب) stays a request.
            if p.kind == "REQUEST" && t.event.as_deref() == Some("CONSULT") && INVITATION.iter().any(|r| p.rule.contains(r)) {
                p.kind = "AGREE".into();
                p.cameo = Some("036".into());
            }
            if !protest_purpose && !own_genitive {
                return None;
            }
        }
    }
    // احتمال شن ضربات، مقابل رفع العقوبات، ضرورة سحب القوات: an act possible, bargained
    // for or required is not told as done (`events/unrealised_act.rs`). Not a meeting:
    // the labels code planned and possible meetings, with their modality. (Read after the
    // content of an event before it, which still takes its party: أكد ضرورة مقاضاة
    // إسرائيل.)
    if t.event.as_deref() != Some("CONSULT") && unrealised_act::after_unrealising_word(input, governing.map_or(i, |g| g.at.min(i)), s0) {
        return None;
    }

    // A measure named by a phrase (حالة الطوارئ، رسوم جمركية) is imposed by being
    // declared, so أعلن governs it as a support verb would: أعلنت الحكومة حالة الطوارئ.
    // (Not a single light noun: أعلن اتفاقا، أعلن تحقيقا are mostly news of them.)
    let declared = || !t.then.is_empty() && !enclitic && !with_lam && announce::announcer_at(ctx, input, t, (i, end), s0).is_some();
    // (Aid with its donor's nisba after it is given with no verb, a strike with its
    // striker's carried out: `events/nisba_doer.rs`.)
    // (…and aid after a noun of delivering it that a verb of going on governs:
    // `events/delivered_aid.rs`.)
    let delivered_by = if is_noun && governing.is_none() { delivered_aid::donor(ctx, input, t, i, s0) } else { None };
    // (…and aid or backing received from someone: `events/received_aid.rs`.)
    let received_from = if is_noun && governing.is_none() { received_aid::parties(ctx, input, t, (i, end), (s0, s1)) } else { None };
    // (…or by the relative clause of its giving after it: `events/relative_giver.rs`.)
    let given_by = if is_noun && governing.is_none() && received_from.is_none() { relative_giver::parties(ctx, input, t, end, s1) } else { None };
    // (…and a measure by the relative clause of its imposing: `events/relative_imposer.rs`.)
    let imposed_by = if is_noun && governing.is_none() { relative_imposer::parties(ctx, input, t, end, s1) } else { None };
    // (Restrictions are told only so: `relative_imposer::only_in_relative`.)
    if is_noun && relative_imposer::only_in_relative(t) && !relative_imposer::imposed(&imposed_by) {
        return None;
    }
    if is_noun && t.needs == Needs::Light && governing.is_none() && (between.is_none() || held_trial::is_trial(t)) && !declared() && !nisba_doer::names_doer(ctx, input, t, (i, end)) && delivered_by.is_none() && received_from.is_none() && given_by.is_none() && !relative_imposer::imposed(&imposed_by) && !delivered_aid::given_unsaid(input, t, i, s0) {
        return None;
    }
    // هجوم محتمل: an act expected, feared or prepared for (`events/possible_act.rs`).
    if is_noun && governing.is_none() && possible_act::called_possible(input.keys, end, s1) {
        return None;
    }
    // A stance (قلق، غضب) is an event only as what an expressing verb expresses.
    if t.needs == Needs::Expressed && !provoked && !expressed::is_expressed(ctx, input, t, i, s0) {
        return None;
    }
    // …and then it is that verb's subject's, not a support verb's.
    let governing = governing.filter(|_| t.needs != Needs::Expressed);
    // A verbal noun after an intent verb is that verb's event (تعتزم الولايات المتحدة
    // مهاجمة إيران); the intent word is its predicate.
    let intent_at = (i.saturating_sub(4).max(s0)..i).rev().find(|&k| ev.word(&input.keys[k]) == Some(EventWord::Intent));
    // The predicate whose clause gives the actor: the support verb, the intent verb, or
    // the verb itself.
    // …and so, but for attacks, is a noun after أعلن (أعلنت الشرطة اعتقال): the
    // announcer's act.
    // (Not a noun with لـ on it, the purpose or complement of another word: أعلنت منح
    // الحوثيين مهلة للانسحاب، قوات التحالف لدعم الشرعية.)
    let announced_at = if is_noun && governing.is_none() && intent_at.is_none() && !enclitic && !with_lam {
        announce::announcer_at(ctx, input, t, (i, end), s0)
    } else {
        None
    };
    // …and a noun with its owner's pronoun that a verb of affirming states (أكدت إيطاليا
    // رفضها): that verb's subject owns it (`stated_stance`). Not a death, an arrest or a
    // protest, whose pronoun is the one struck or taken and which a speaker reports (أعلن
    // المجلس مقتله، أكدت ناطقة اعتقاله), as with أعلن (`announce`).
    let reported = t.recipient.contains(&Slot::Object) || matches!(t.event.as_deref(), Some("ASSAULT" | "PROTEST"));
    let stated_at = if is_noun && governing.is_none() && intent_at.is_none() && enclitic && !with_lam && !reported {
        stated_stance::stating_verb(ctx, input, i, s0)
    } else {
        None
    };
    let (mut pred, person, plural, mut pred_is_verb) = match (is_noun, governing, intent_at.or(announced_at).or(stated_at)) {
        (true, Some(l), _) => (l.at, l.person, l.plural, true),
        (true, None, Some(k)) => (k, Person::Third, false, true),
        (true, None, None) => (i, Person::Third, false, false),
        (false, _, _) => (i, chosen.person, chosen.plural, !with_preposition),
    };
    // A circumstantial participle follows its main clause after a comma (، مطالبا
    // السلطات); elsewhere the same letters are mostly the passive participle (كان
    // معتقلا) or a noun.
    let participle = t.kind == TriggerKind::Verb && chosen.tense == Tense::Participle;
    if participle && !after_punct(input, i, s0) {
        return None;
    }
    // …and right before its charge the participle of accusing is the passive "accused"
    // (، متهما بالتجسس).
    if participle && accused_passive::passive_participle(input, ctx, &t.lemma, end) {
        return None;
    }
    // So is a support verb's after a comma (، موجها انتقادات لكندا): its noun's actor is the
    // main clause's. (Without the comma the same letters are mostly an adjective, صواريخ
    // موجهة، and the noun keeps its own reading.)
    let participle = participle
        || is_noun && governing.is_some_and(|l| l.tense == Tense::Participle && after_punct(input, l.at, s0));
    let quote = ctx.quote_at(input.tokens[i].start);
    // An arrest verb with a custody word right after it (أوقف قيد التحقيق، اعتقلوا بتهم)
    // is the unvowelled passive.
    let custody = t.kind == TriggerKind::Verb
        && chosen.tense == Tense::Perfect
        && t.then.is_empty()
        && !enclitic
        && t.event.as_deref() == Some("COERCE")
        && t.cameo.as_deref().is_some_and(|c| c.starts_with("17"))
        && private_victim::custody_after(input, end, s1);
    // وأطلق سراح الجندي: the verb beside its noun of release is the passive (`released`).
    let passive = custody
        || t.kind == TriggerKind::Verb
            && (chosen.tense == Tense::Passive
                || chosen.tense == Tense::Perfect && (args::is_passive(input.tokens[i].text(input.text)) || released::is_release(&t.then) && released::passive_release(input, i, end)));
    let mut rule = format!("{}:{}", if is_noun { "noun" } else { "verb" }, t.lemma);
    if let Some(l) = governing.filter(|_| is_noun) {
        rule = format!("{}+{}", input.tokens[l.at].text(input.text), rule);
    }
    // A count right after the verb, past a resumptive (الذي قتل فيه 22 شخصا).
    let count_after = counted_at(input, resumptive::past_resumptive(input, end, s1), s1);
    // An attack or an arrest told with a count right after the verb (قتل 5 جنود أتراك،
    // اعتقل 12 فلسطينيا، قتل ثلاثة أشخاص) is an unvowelled passive: the counted are its
    // recipients, not its subject.
    let counted = t.kind == TriggerKind::Verb
        && !passive
        && chosen.tense == Tense::Perfect
        && person == Person::Third
        && !chosen.plural
        && matches!(t.event.as_deref(), Some("ASSAULT" | "COERCE"))
        && count_after;
    let request = |pred: usize, pred_is_verb: bool| args::Request {
        trigger: t,
        s0,
        s1,
        pred,
        pred_is_verb,
        trigger_start: i,
        trigger_end: end,
        first_person: person == Person::First,
        plural: plural && person == Person::Third,
        passive,
        custody,
        participle,
        enclitic: enclitic && t.kind == TriggerKind::Verb,
        possessed: enclitic && is_noun,
        gender: if t.kind == TriggerKind::Verb && pred == i && !passive && person == Person::Third && !chosen.plural { verb_gender::of_verb(input, t, chosen.tense, i, s0) } else { None },
        meeting_purpose,
        quote,
        between: between.clone(),
    };
    let mut found = args::find(ctx, input, &request(pred, pred_is_verb));
    if let Some((givers, receiver)) = received_from {
        (found.actors, found.recipients) = (givers, vec![receiver]);
        found.rule.push_str(received_aid::RULE);
    }
    if let Some((givers, receivers)) = given_by {
        if found.actors.is_empty() {
            if !receivers.is_empty() {
                found.recipients = receivers;
            }
            found.actors = givers;
            found.rule.push_str(relative_giver::RULE);
        }
        // (No one gives to himself: a pronoun read back to the giver, المساعدة التي قدمتها السفارة لها.)
        let own = |r: &Arg| found.actors.iter().any(|g| g.tok_start == r.tok_start || g.actor.is_some() && g.actor == r.actor);
        found.recipients.retain(|r| !own(r));
    }
    if let Some((imposers, targets)) = imposed_by.filter(|(imposers, _)| !imposers.is_empty()) {
        if found.actors.is_empty() {
            found.actors = imposers;
            found.rule.push_str(relative_imposer::RULE);
        }
        if found.recipients.is_empty() && !targets.is_empty() {
            found.recipients = targets;
        }
    }
    // A title or name after the subject and a comma is the subject again (`apposed_recipient`).
    if let Some(r) = found.recipients.first().filter(|r| apposed_recipient::is_apposition(input, &found.actors, r)).cloned() {
        found.recipients.remove(0);
        if found.recipients.is_empty() && found.rule.contains("+between") {
            // (بين الرئيس الأميركي، دونالد ترامب، والزعيم الكوري: the list goes on past the name.)
            found.recipients = apposed_recipient::next_conjunct(ctx, input, &r, s1);
        } else if found.recipients.is_empty() && t.recipient.contains(&Slot::Object) {
            seek_object(ctx, input, &mut found, apposed_recipient::after(input, &r, s1), s1);
        }
        found.rule.push_str("+apposed");
    }
    // The genitive of سراح is the one released, never the subject (`released`).
    if t.kind == TriggerKind::Verb && released::is_release(&t.then) {
        released::settle_released(input, end, &mut found);
    }
    // حكم على X بالسجن: the sentenced stands inside the phrase (`sentencing`).
    if found.recipients.is_empty() && sentencing::is_penalty(&t.then) {
        if let Some(sentenced) = sentencing::sentenced(ctx, input, (i, end)) {
            found.actors.retain(|a| !sentenced.iter().any(|s| s.tok_start == a.tok_start));
            found.recipients = sentenced;
            found.rule.push_str("+sentenced");
        }
    }
    // حمّل X المسؤولية: one party before the noun is the one held responsible.
    if t.kind == TriggerKind::Verb && blame::holds_responsible(&t.then) {
        blame::settle_held(input, ctx, (i, end - 1), s1, quote, &mut found);
    }
    // An announcer not named where the noun names a party of its own (الدول التي أعلنت
    // عن طرد دبلوماسيين روس): the noun's own reading.
    if announced_at.is_some() && found.actors.is_empty() {
        let own = args::find(ctx, input, &request(i, false));
        if !own.actors.is_empty() || !own.recipients.is_empty() {
            (pred, pred_is_verb, found) = (i, false, own);
        }
    }
    // A noun's genitive before `then` words that are its destination is the one sent
    // there, whoever governs it (قررت النيابة إحالة المتهمين إلى المحاكمة): the recipient.
    if is_noun && inner_agent::then_is_destination(&t.then) {
        let sent = inner_agent::agent(ctx, input, i, end);
        if !sent.is_empty() {
            found.actors.retain(|a| !sent.iter().any(|s| s.tok_start == a.tok_start));
            found.recipients = sent;
            found.rule.push_str("+inner-patient");
        }
    }
    // A noun's genitive before its `then` words is its agent (إطلاق حماس صواريخ على
    // إسرائيل، تجميد بريطانيا أصول مواطنين روس).
    else if is_noun && !t.then.is_empty() && governing.is_none() && found.actors.is_empty() {
        let agent = inner_agent::agent(ctx, input, i, end);
        if !agent.is_empty() {
            found.recipients.retain(|r| !agent.iter().any(|a| a.tok_start == r.tok_start));
            found.actors = agent;
            found.rule.push_str("+inner-agent");
        }
    }
    // A support verb that takes its noun through a preposition (قامت القوات التركية
    // بإسقاط): its subject is the one between them; with none, the noun's own reading.
    // (The noun's own patient stays: تمكن الأبطال في القوات الجوية من استهداف القيادي.)
    if let Some(l) = governing.filter(|l| is_noun && linked_support::is_linked(l.trigger)) {
        let own = || args::find(ctx, input, &request(i, false));
        if linked_support::settle_actor(ctx, input, (l.at, i), s1, &mut found) {
            // No actor carried from elsewhere either (الحزب الذي يقوم بعمليات عسكرية).
            (pred_is_verb, found) = (false, own());
        } else if found.recipients.is_empty() {
            found.recipients = own().recipients;
        }
        if !linked_support::enough_parties(chosen.trigger, &found) {
            return None;
        }
    }
    if let Some((hosts, guests)) = reception {
        (found.actors, found.recipients) = (hosts, guests);
        found.rule = "+reception".into();
    }
    // (With an object after it the count is the subject: اقتحم مئات المحتجين القنصلية.)
    // (A place after the count is no such object: وقتل 171 فلسطينيا في غزة.)
    let no_object = |f: &args::Found| f.recipients.is_empty() || f.actors.first().is_some_and(|a| counted_place::only_place_after(input, &f.rule, a, &f.recipients));
    if counted && found.rule.starts_with("+vso") && no_object(&found) && found.actors.first().is_some_and(|a| a.tok_start >= end && a.tok_start <= end + 3) {
        found.recipients = std::mem::take(&mut found.actors);
        found.rule = found.rule.replacen("+vso", "+counted", 1);
    } else if counted && found.actors.is_empty() && found.recipients.is_empty() {
        if let Some(m) = args::first_mention(ctx, input, end, (end + 4).min(s1)) {
            found.recipients.push(Arg::from_mention(&input.mentions[m], input.home));
            found.rule.push_str("+counted");
        }
    }
    // قتل 5 بنيران القوات، قتل عشرة أشخاص على يد داعش: the agent after the counted.
    if counted && found.actors.is_empty() {
        if let Some((a, k)) = counted_agent::agent(ctx, input, end, s1) {
            found.recipients.retain(|r| r.tok_end <= k);
            if found.recipients.is_empty() {
                if let Some(m) = args::first_mention(ctx, input, end, k) {
                    found.recipients.push(Arg::from_mention(&input.mentions[m], input.home));
                }
            }
            found.actors.push(Arg::from_mention(&input.mentions[a], input.home));
            found.rule.push_str("+count-agent");
        }
    }
    // A subject the dictionaries do not know, of a verb that cues a quotation: the
    // quotation's speaker (ودعا التقرير إيران: the report's issuer).
    if !is_noun && found.actors.is_empty() && found.rule.contains("+unknown-subject") {
        if let Some(a) = cue_speaker::actor(input, i, &found.recipients) {
            found.actors.push(a);
            found.rule.push_str("+cue-speaker");
        }
    }
    // سبق لـ X أن + verb ("X has already …"): X, after لـ, is the verb's subject (وسبق لولي
    // العهد السعودي أن وصف قطر).
    if !is_noun && !passive && found.actors.is_empty() && person == Person::Third && i >= s0 + 3 && input.keys[i - 1] == "ان" {
        if let Some(m) = ctx.mention_of(i - 2).filter(|&m| input.mentions[m].tok_end == i - 1 && input.mentions[m].tok_start > s0) {
            let m = &input.mentions[m];
            if matches!(input.keys[m.tok_start - 1].as_str(), "سبق" | "وسبق") && input.keys[m.tok_start].starts_with('ل') {
                let a = Arg::from_mention(m, input.home);
                found.recipients.retain(|r| r.tok_start != a.tok_start);
                found.actors.push(a);
                found.rule.push_str("+already");
            }
        }
    }
    // أدين، أدينوا: "was convicted", the convicted its recipient (`events/convicted.rs`).
    let conviction = if t.kind == TriggerKind::Verb && !is_noun && !enclitic { convicted::reading(input, &t.lemma, i, s1, quote.is_some_and(|q| input.quotes[q].direct)) } else { convicted::Reading::Active };
    if conviction == convicted::Reading::None {
        return None;
    }
    if conviction == convicted::Reading::Convicted {
        found.actors.clear();
        found.recipients = convicted::convicted(ctx, input, i, end, (s0, s1)).into_iter().collect();
        found.rule = "+convicted".into();
    }
    let passive = passive || conviction == convicted::Reading::Convicted || counted && (found.actors.is_empty() || found.rule.contains("+count-agent")) || found.rule.contains("+bare-passive");
    let possessed = enclitic && is_noun && governing.is_none();
    // وخلال لقائه بماكرون، تحدث ترامب؛ في اجتماع مع بوتين، قال شويغو: a meeting framing
    // the sentence is its main clause's subject's.
    let bare_frame = is_noun && !enclitic && governing.is_none() && found.actors.is_empty() && !found.recipients.is_empty();
    if (possessed || bare_frame) && t.event.as_deref() == Some("CONSULT") && !found.rule.contains("+agent") {
        if let Some(subject) = fronted_frame::main_subject(ctx, input, i, (s0, s1), &found.recipients, t.mode.as_deref() == Some("visit")).filter(|s| !s.is_empty()) {
            found.recipients.retain(|r| !subject.iter().any(|a| a.tok_start == r.tok_start));
            found.actors = subject;
            found.rule.push_str(fronted_frame::RULE);
        }
    }
    // قال أردوغان خلال لقاء مع رجال الأعمال: a bare meeting framing a clause is its subject's.
    if is_noun && !enclitic && governing.is_none() && t.event.as_deref() == Some("CONSULT") && found.actors.is_empty() && !found.recipients.is_empty() {
        if let Some(holders) = framed_meeting::holders(ctx, input, i, (s0, s1), &found.recipients).filter(|h| !h.is_empty()) {
            found.actors = holders;
            found.rule.push_str("+framed");
        }
    }
    if found.actors.is_empty() && !passive && !found.unknown_head && (pred_is_verb || possessed || purpose || meeting_purpose) && person == Person::Third {
        // A dropped subject goes on from the sentence's previous event (واتهمها … وهدد),
        // and so does a possessive pronoun (التقى بوتين عباس بعد استقباله نتنياهو).
        // A purpose only from a protest (اشتبكت الشرطة مع متشددين أقاموا اعتصاما للمطالبة:
        // not the police's demand).
        // (Not from an event noun inside the first clause when the verb, joined to that
        // clause, has the clause's subject: وتشعر تركيا باستياء من دعم الولايات المتحدة
        // للوحدات، وهددت بنقل هجومها — Turkey threatens.)
        // Only a verb after a comma that carries و: without either it is as often a
        // relative clause's verb or a verbal noun in a list (تستهدف، وقصف مدفعي).
        // (Not `args::conjoined_verb`, which asks the lexicon for three letters: وحث.)
        // A dual or plural verb opening its clause (وأكدوا، إنهما اتفقا) goes on from the
        // whole list that event named, its listed partners too (`listed_parties`).
        let lemma_key = marsad_text::normalize::key(&t.lemma);
        let conjoined = input.keys[i].strip_prefix('و').is_some_and(|rest| !lemma_key.starts_with('و') || rest.starts_with('و'));
        // (The verb's own ending, or the pronoun on a noun its stating verb governs: وأكدوا
        // دعمهم.)
        let plural_ending = plural || possessed && pred != i && args::pronoun_on(input, i) == Some(args::Pronoun::Plural);
        let conjoined_pred = if pred == i { conjoined } else { input.keys[pred].starts_with('و') };
        let plural_subject = plural_ending && pred_is_verb && listed_parties::opens_clause(input, pred, conjoined_pred, s0);
        let clause_actor = (pred_is_verb && !enclitic && conjoined)
            .then(|| prior.last().filter(|p| p.sentence == sent && p.rule.starts_with("noun:")))
            .flatten()
            .and_then(|p| dropped_subject::main_clause_actor(ctx, input, i, &t.lemma, s0, &found.recipients).filter(|a| a.tok_end <= p.trigger.0 && !p.actors.iter().any(|x| x.tok_start == a.tok_start)));
        if let Some(a) = clause_actor {
            found.actors.push(a);
            found.rule.push_str("+clause-subject");
            // Its object was not sought without a subject (…، وحث فيه الحكومة).
            if found.recipients.is_empty() && t.recipient.contains(&Slot::Object) {
                seek_object(ctx, input, &mut found, resumptive::past_resumptive(input, end, s1), s1);
            }
        // (Not the maker of a decision whose act was the event (`decided`): it is a genitive,
        // not the clause's subject, قرار ترامب الانسحاب … يهدد باندلاع نزاعات.)
        // (Nor the holder of a meeting framing a clause, `framed_meeting`: the frame is no
        // clause of its own to go on from.)
        } else if let Some(p) = prior.last().filter(|p| p.sentence == sent && !p.actors.is_empty() && (!purpose || p.kind == "PROTEST") && !p.rule.contains("+decided-by") && !p.rule.contains("+framed")) {
            // (Not a possessive pronoun that cannot refer to that event's actor: `possessor`.)
            let newer = (possessed && !t.recipient.contains(&Slot::Object)).then(|| possessor::newer_owner(input, (s0, i, end, s1), t.event.as_deref(), p, &found.recipients)).flatten();
            if let Some(a) = newer {
                found.actors.push(a);
                found.rule.push_str("+newer-owner");
            } else {
                found.actors = p.actors.clone();
                found.rule.push_str("+carried");
                if plural_subject {
                    carry_partners(ctx, input, &mut found, p);
                }
                // Its object was not sought without a subject: right after the verb (…،
                // وأدانت الهجوم الإسرائيلي على غزة).
                if pred_is_verb && found.recipients.is_empty() && !enclitic && t.recipient.contains(&Slot::Object) {
                    seek_object(ctx, input, &mut found, end, s1);
                }
            }
        } else if let Some(p) = previous.filter(|p| {
            // Not past a subject the dictionaries do not know (وفتح مدع … تحقيقا).
            prior.is_empty() && !purpose && !meeting_purpose && !p.actors.is_empty() && !found.rule.contains("+unknown-subject") && !(s0..pred).any(|k| ctx.in_mention(k))
                // Nor to a verb naming a subject of its own the dictionaries do not know
                // (ويزور أبراموفيتش …، وتظاهر المئات: `own_subject`).
                && !own_subject::named_after(ctx, input, (pred, end, i), s1, t.recipient.contains(&Slot::Object))
        }) {
            // …and a subject dropped at the start of a sentence from the last event of
            // the sentence before (اتهمت الرياض أوتاوا بالتدخل. وطالبت بتصحيح الخطأ).
            found.actors = p.actors.clone();
            found.rule.push_str("+carried-sentence");
            if plural_subject {
                carry_partners(ctx, input, &mut found, p);
            }
        }
    }
    // A plural verb whose subject is its ending, with no actor to go on from (وبحسب سكان
    // محليون …، وناشدوا الحكومة): the nearest people in the plural named before it.
    // Not for violence and arrests: there a plural verb with no subject is mostly an
    // unvowelled passive (قتلوا "they were killed").
    let violent = matches!(t.event.as_deref(), Some("ASSAULT" | "COERCE"));
    if found.actors.is_empty() && !violent && found.rule.contains("+pronoun-subject") {
        if let Some(a) = args::antecedent_of(input, args::Pronoun::Plural, i, s0, &found.recipients) {
            found.actors.push(a);
            found.rule.push_str("+antecedent");
        }
    }
    // A verb of accusing opening a clause after a comma, its subject dropped and none
    // lent above (…، انتقدت خلالها الرئيس): the sentence's first party.
    // So for a demand, threat, rejection or praise (…، وطالبت بمحاسبة إيران), unless the
    // first clause's carrier has its own author or a subject follows the verb
    // (`clause_subject`).
    // (Not a verb stressing a need, شدد على ضرورة: the parties after it are the needed
    // act's, read as its recipients: ونبهت الأفرقاء إلى ضرورة احترام خطوط وقف إطلاق النار
    // بين سوريا وإسرائيل.)
    // An accusing verb whose pronoun takes back the relative clause's head, its subject
    // dropped (الصين التي اتهمها بسرقة …): the head is accused by the nearest party before
    // it (`accused_head`). Not وصف, whose بأنه tells praise as often as blame.
    if found.actors.is_empty() && found.recipients.is_empty() && enclitic && pred == i && !passive && !is_noun && t.event.as_deref() == Some("ACCUSE") && t.lemma != "وصف" {
        if let Some((accusers, accused)) = accused_head::sides(ctx, input, i, &t.lemma, (s0, s1)) {
            found.actors = accusers;
            found.recipients.push(accused);
            found.rule.push_str("+accused-head");
        }
    }
    let clause_act = t.event.as_deref() == Some("ACCUSE") || matches!(t.event.as_deref(), Some("REQUEST" | "THREATEN" | "REJECT" | "SUPPORT")) && t.then.is_empty();
    if found.actors.is_empty() && !passive && !is_noun && pred_is_verb && person == Person::Third && clause_act && !clause_subject::subject_follows(ctx, input, resumptive::past_resumptive(input, end, s1), s1) {
        if let Some(a) = dropped_subject::main_clause_actor(ctx, input, i, &t.lemma, s0, &found.recipients).filter(|a| !clause_subject::carrier_of_another(ctx, input, a.tok_end, i, &t.lemma)) {
            found.actors.push(a);
            found.rule.push_str("+main-clause");
            // Its object was not sought without a subject: right after the verb, past a
            // resumptive (انتقدت خلالها الرئيس الأميركي، اتهم فيها إسرائيل).
            if found.recipients.is_empty() && !enclitic && t.recipient.contains(&Slot::Object) {
                seek_object(ctx, input, &mut found, resumptive::past_resumptive(input, end, s1), s1);
            }
        }
    }
    // A demand coordinated after a comma (ونبهت وزارة الثقافة …، وطالبت اليونسكو بحماية
    // التراث): the party right after the verb, with the demand's بـ or إلى after it, is the
    // one asked, and the sentence's first party asks (`dropped_subject`).
    if !passive && !is_noun && pred_is_verb && person == Person::Third && t.event.as_deref() == Some("REQUEST") && found.rule.starts_with("+vso") && found.recipients.is_empty() {
        // (A plural in ـون is in the nominative, the subject: ودعا المحتجون إلى.)
        let nominative = |a: &Arg| input.keys[a.tok_end - 1].ends_with("ون");
        if let Some(asked) = found.actors.first().filter(|a| a.tok_start == end && found.actors.len() == 1 && !nominative(a) && dropped_subject::demand_follows(input, a.tok_end)) {
            // (Not a party asking its own side: الأمين العام للأمم المتحدة …، ودعا غوتيريس.)
            if let Some(a) = dropped_subject::main_clause_actor(ctx, input, i, &t.lemma, s0, std::slice::from_ref(asked)).filter(|a| a.actor != asked.actor) {
                found.recipients = std::mem::take(&mut found.actors);
                found.actors.push(a);
                found.rule = found.rule.replacen("+vso", "+main-clause-asks", 1);
            }
        }
    }
    // A party its gender showed to be the object (`verb_gender`), none lent above: the
    // subject of the clause the verb is coordinated with (أما فرحان حق، المتحدث باسم
    // الأمين العام، فطالب اسرائيل؛ أكد المسماري التقدم في درنة واتهم تركيا).
    if found.actors.is_empty() && !passive && !is_noun && ["+gender-object", "+case-object", "+meaning-object"].iter().any(|r| found.rule.starts_with(r)) {
        if let Some(a) = dropped_subject::coordinated_actor(ctx, input, i, &t.lemma, s0, &found.recipients) {
            if !found.recipients.iter().any(|r| r.actor == a.actor) {
                found.actors.push(a);
                found.rule.push_str("+main-clause");
            }
        }
    }
    // A meeting verb right after حيث whose VSO subject, one person, met no one (وصل إلى
    // رام الله، حيث التقى الرئيس الفلسطيني): that person is the one met, and the subject
    // goes on from the clause before, of another country (`met_object`); when no party
    // opens that clause, the visitor of the visit told before حيث in the sentence (قبيل
    // زيارة نتنياهو لواشنطن، حيث يلتقي الرئيس الأميركي: `met_object::visitor_before`).
    if t.event.as_deref() == Some("CONSULT") && !passive && !is_noun && pred_is_verb && found.rule.starts_with("+vso") && found.recipients.is_empty() && met_object::after_where(input, i) {
        if let Some(met) = found.actors.first().filter(|a| found.actors.len() == 1 && met_object::one_person(input, a)) {
            let visitor = || met_object::visitor_before(prior, sent, i);
            if let Some(a) = dropped_subject::coordinated_actor(ctx, input, i, &t.lemma, s0, &found.actors).or_else(visitor).filter(|a| a.country.is_some() && a.country != met.country) {
                found.recipients = std::mem::take(&mut found.actors);
                found.actors.push(a);
                found.rule = found.rule.replacen("+vso", "+where-met", 1);
            }
        }
    }
    // A verb (or support verb) right after حيث with no subject of its own: the subject
    // of the clause حيث continues (`where_subject`: تقدم الجيش السوري داخل المنطقة حيث
    // سيطر). Not a passive or a counted toll, whose doer stays unnamed.
    // The word right after the verb must leave no room for a subject there that no
    // mention names (حيث أطلق جنودنا النار، حيث اقتحمت شاحنة): a preposition, a time word,
    // punctuation or the trigger's own next word; a support verb has its noun right after
    // it and is no verb of occurring (حيث وقع الهجوم، حيث اندلعت مواجهات).
    if found.actors.is_empty() && !passive && !counted && pred_is_verb && person == Person::Third && !found.rule.contains("passive") && !found.rule.contains("unnamed-agent") {
        let next_free = |k: usize| k >= s1 || input.tokens[k].kind == TokenKind::Punct || where_subject::no_subject_at(input, k) || t.then.first().is_some_and(|w| same_word(&input.keys[k], w));
        let lemma = match governing.filter(|_| is_noun) {
            Some(l) => (i == l.at + 1 && l.tense != Tense::Passive && !args::is_passive(input.tokens[l.at].text(input.text)) && !where_subject::occurring(&l.trigger.lemma, t))
                .then_some(l.trigger.lemma.as_str()),
            None => (pred == i && next_free(i + 1)).then_some(t.lemma.as_str()),
        };
        if let Some(a) = lemma.and_then(|lemma| where_subject::subject_before(ctx, input, pred, lemma, s0, &found.recipients)) {
            found.actors.push(a);
            found.rule.push_str("+where-subject");
        }
    }
    // A counted group of states as subject (اتهمت الدول الأربع الدوحة), also of a support
    // verb (فرضت الدول الأربع عقوبات): the list of that many states named before.
    if found.actors.is_empty() && !passive && (!is_noun || governing.is_some()) && pred_is_verb && person == Person::Third {
        if let Some(list) = counted_states::subject(ctx, input, if is_noun { pred } else { i }, s0, s1) {
            found.actors.extend(list);
            found.rule.push_str("+counted-states");
        }
    }
    // The one met after بـ right after اجتماع (عقب اجتماعه بزعيم الحزب), before the
    // possessive pronoun is read as the one meeting.
    if t.event.as_deref() == Some("CONSULT") && found.recipients.is_empty() {
        if let Some(met) = met_by_ba::met(ctx, input, t, end, s1) {
            found.recipients.extend(met);
            found.rule.push_str("+met-ba");
        }
    }
    // A possessed noun with no actor carried over (هجومها على داعش): its pronoun names the
    // actor, the party before it that agrees; for a noun whose genitive is its patient
    // (اعتقاله) the pronoun is the patient. Only when the noun has its other party: a
    // pronoun alone is too weak a party to make an event.
    if possessed {
        // With its agent named (إدانته من قبل روسيا، اعتقاله على يد الشرطة) the pronoun
        // can only be the patient.
        // So can the pronoun of a noun of accusing with its charge right after it (بعد
        // اتهامها بتسهيل نقل أسلحة: she was accused), as its genitive would be.
        // (Not a stance expressed: its pronoun is its holder, عبرت موسكو عن معارضتها.)
        let patient = t.needs != Needs::Expressed
            && (t.recipient.contains(&marsad_lexicon::events::Slot::Object)
                || found.rule.contains("+agent")
                || verbal_noun::genitive_accused(ctx, input, t, i, end, s1));
        if patient && found.recipients.is_empty() && found.actors.iter().any(|a| a.country.is_some()) {
            if let Some(a) = args::antecedent(input, i, i, s0, &found.actors) {
                found.recipients.push(a);
                found.rule.push_str("+pronoun");
            }
        } else if !patient && found.actors.is_empty() && found.recipients.iter().any(|r| r.country.is_some()) {
            if let Some(a) = args::antecedent(input, i, i, s0, &found.recipients) {
                found.actors.push(a);
                found.rule.push_str("+pronoun");
            }
        }
    }
    // A noun that a verb of beginning, going on or trying governs (بدأت القوات هجوما،
    // سارع جونسون إلى توجيه الاتهام): that verb's subject acts. Its genitive, read as the
    // agent for want of another, is then the one acted on (دأب ترامب على انتقاد ماكيب).
    if is_noun && governing.is_none() && intent_at.is_none() && found.rule.ends_with("+genitive") && found.recipients.is_empty() {
        if let Some(a) = aspect_verb::subject(ctx, input, i, s0, &found.actors).filter(|a| found.actors.iter().all(|g| g.country != a.country)) {
            found.recipients = std::mem::take(&mut found.actors);
            found.actors.push(a);
            found.rule.push_str("+aspect-verb-patient");
        }
    }
    if let Some(a) = delivered_by {
        found.recipients.retain(|r| r.tok_start != a.tok_start);
        found.actors = vec![a];
        found.rule.push_str("+delivered");
    }
    if is_noun && governing.is_none() && intent_at.is_none() && found.actors.is_empty() {
        if let Some(a) = aspect_verb::subject(ctx, input, i, s0, &found.recipients) {
            found.actors.push(a);
            found.rule.push_str("+aspect-verb");
        }
    }
    // (فصلوا عن ذويهم، الأطفال الذين عزلوا عن أسرهم: the separated, not who separates.)
    if !is_noun && separated::told_passively(t, i, end) {
        found.recipients.append(&mut found.actors);
        found.rule.push_str("+separated");
    }
    // A verb with no actor at all is no political event (زار السياح المتحف); a passive or
    // an event noun may leave its agent unsaid. A passive the dictionary lists needs a
    // party or a count (أصيب 3 فلسطينيين; not أصيب الفنان بالعمى).
    let bare_passive = chosen.tense == Tense::Passive && !count_after;
    // Violence and protest are events whoever does them, when the verb's own words say
    // so: a bomb went off (انفجرت سيارة مفخخة, a trigger with its `then` words), a crowd
    // took to the streets (تظاهر الآلاف، احتشد المئات).
    let violence_or_protest = matches!(t.event.as_deref(), Some("ASSAULT" | "PROTEST"));
    // Demonstrators as the subject say so too (احتشدت مجموعات من المتظاهرين).
    let crowd = || crowd_at(input, end, s1) || t.needs == Needs::Protesters || protesters_near(input, ctx, i, (s0, s1));
    // So is a separation from one's family (عزلوا عن أسرهم: the unvowelled passive).
    let self_evident = violence_or_protest && (!t.then.is_empty() || t.event.as_deref() == Some("PROTEST") && crowd()) || separated::is_separation(&t.then);
    // (But a demand, accusation … opening its sentence with its subject dropped and its
    // complement right after it tells its act: `events/opening_act.rs`.)
    let mut dropped = !is_noun && !passive && person == Person::Third && found.actors.is_empty() && !found.rule.contains("+unknown-subject") && !found.rule.contains("+pronoun-subject") && opening_act::dropped_subject(input, t.event.as_deref(), i, end, (s0, s1));
    if dropped {
        if let Some(a) = opening_act::speaker_before(input, i) {
            found.actors.push(a);
            found.rule.push_str("+dropped-speaker");
        } else if opening_act::first_sentence(input, i) {
            found.rule.push_str("+dropped");
        } else {
            dropped = false;
        }
    }
    if !is_noun && (!passive || bare_passive) && !self_evident && !dropped && found.actors.is_empty() && !found.recipients.iter().any(|r| r.country.is_some()) {
        return None;
    }
    // A definite event noun with no party at all refers back to an event told before
    // (الاعتداء، التظاهرة، الإضراب) or stands for a party (الاحتلال: the occupier): no new
    // event.
    // (After تم، جرى the noun is the act told, its doer unsaid: تم الإفراج عنه.)
    // (So does one whose only party is its nisba, الهجوم التركي: `events/nisba_topic.rs`.)
    let nisba_only = nisba_topic::only_nisba(t.event.as_deref(), is_noun, &found.rule, found.recipients.is_empty());
    let partyless = found.actors.is_empty() && found.recipients.is_empty() || nisba_only;
    let bare_reference = is_noun && governing.is_none() && intent_at.is_none() && partyless && !impersonal_passive::after_frame(input, i, s0);
    // (A verbal noun opening with إل, إلقاء، إلغاء, folds to a key that only looks
    // definite: وإلقاء القبض is no reference back.)
    let definite = marsad_text::normalize::key_is_definite(&input.keys[i]) && !opens_with_hamza_below(input.tokens[i].text(input.text));
    // (Unless nothing before it could be referred to: `events/antecedent.rs`.)
    if bare_reference && definite && antecedent::may_refer_back(input, before, (t.event.as_deref().unwrap_or(""), &t.lemma), (s0, i, end)) {
        // (A topic attack known by its nisba is kept, marked, until the reported
        // accusations are read, then dropped: in someone's words it is still his charge,
        // and the sentence reads as it did with it.)
        if !nisba_only {
            return None;
        }
        found.rule.push_str(nisba_topic::RULE);
    }
    // Sides that exchange accusations or threats act on each other, as those that agree
    // or meet do.
    if (exchanged::is_exchange(t) || t.event.as_deref().is_some_and(|k| matches!(k, "AGREE" | "CONSULT" | "COOPERATE"))) && found.recipients.is_empty() && split_compound(&mut found.actors, &mut found.recipients) && t.event.as_deref() == Some("AGREE") {
        found.rule.push_str(mutual::RULE);
    }
    if provoked {
        // Only the noun's own genitive or nisba criticises; the deed's doer is criticised.
        found.actors.retain(|a| a.tok_start >= end);
        if found.recipients.is_empty() {
            found.recipients = provoked::provoker(prior, sent);
        }
        found.recipients.retain(|r| !found.actors.iter().any(|a| a.tok_start == r.tok_start));
        // (A stance no verb expresses is an event only with its holder named and its doer
        // known: not ما أثار استياء واسعا.)
        if t.needs == Needs::Expressed && (found.actors.is_empty() || found.recipients.is_empty()) {
            return None;
        }
        found.rule.push_str("+provoked");
    }
    // A verb that is an event only with its recipient (حذر من أن: a statement; بحث alone
    // is "searched") makes none without one, but its subject still goes on to the next
    // verb (حذرت الخارجية المصرية من التصعيد، وأدانت …): kept as a ghost until the
    // document's events are complete. Backing no one (بدعم من التحالف، دعم الطاقة) is a
    // ghost too, noun or verb, so that the clause around it reads as it did with it.
    // (A warning to one's own side, حذر مهاتير أنصاره, names no other party.)
    // (Nor does one of a step its own side would take, حذر ظريف من أن إيران ستستأنف …:
    // it threatens the party the step is aimed at, if its clause names one.)
    if t.needs == Needs::Recipient && t.event.as_deref() == Some("THREATEN") && warning::to_own_side(input, &found.actors, &found.recipients) {
        found.recipients.clear();
    } else if t.needs == Needs::Recipient && t.event.as_deref() == Some("THREATEN") {
        match warning::own_danger(input, &found.actors, &found.recipients) {
            Some(warning::OwnDanger::Step) => {
                let doer_end = found.recipients.iter().map(|r| r.tok_end).max().unwrap_or(end);
                found.recipients = warning::threatened_by_own_step(ctx, input, &found.actors, doer_end, s1);
                found.rule.push_str("+own-step");
            }
            Some(warning::OwnDanger::Noun) => found.recipients.clear(),
            None => {}
        }
    }
    // An act as the object (ووصف مندوب الكويت إطلاق الحوثيين للصواريخ بـ…): its doer.
    if t.act_object && !is_noun && !passive && !enclitic && found.recipients.is_empty() && !found.actors.is_empty() {
        let at = act_object::object_start(&found.actors, end);
        // (Else a word for a deed with its doer named: انتقد سياسة ترامب، `condemned_deed`.)
        // (Civilians, hospitals, schools and refugees in an attack noun's genitive are the
        // ones struck, `قصف المستشفيات`, and a party of no country stays the content alone,
        // `هجوم مسلحين مجهولين`: no doer.)
        let struck = |r: &Arg| r.country.is_none() || matches!(r.role.as_deref(), Some("CVL" | "HLH" | "EDU" | "REF"));
        let act = act_object::doer(ctx, input, at, s1).or_else(|| act_object::doer_past_asides(ctx, input, at, s1)).filter(|l| !l.iter().any(struck)).map(|l| (l, act_object::RULE));
        let deed = || condemned_deed::doer(ctx, input, at, s1).filter(|l| !l.iter().any(struck)).map(|l| (l, condemned_deed::RULE));
        if let Some((list, tag)) = act.or_else(deed) {
            // (Not the describer's own side: وصفت الحكومة البحرينية لقاء وزير خارجيتها.)
            let own = |r: &Arg| found.actors.iter().any(|a| a.tok_start == r.tok_start || a.actor.is_some() && a.actor == r.actor);
            let doers: Vec<Arg> = list.into_iter().filter(|r| !own(r)).collect();
            if !doers.is_empty() {
                found.recipients = doers;
                found.rule.push_str(tag);
            }
        }
    }
    // Pressure is told only with its doer named or as growing (`events/pressure.rs`).
    let own_doer = !found.actors.is_empty() && !found.rule.contains("carried") && !found.rule.contains("unknown-subject");
    if pressure::is_pressure(t) && !pressure::is_told(input, (i, s0, s1), (is_noun, with_lam), own_doer, &found.recipients) {
        return None;
    }
    let ghost = matches!(t.needs, Needs::Recipient | Needs::Beneficiary) && found.recipients.is_empty();
    // Describing a deed or a statement (وصف الواقعة بأنها عمل غير مقبول) judges its
    // unnamed doer: an event with no recipient.
    let described_deed = ghost && !passive && !is_noun && !found.actors.is_empty() && described_deed::is_described_deed(ctx, input, t, end, s1);
    if described_deed {
        rule.push_str("+deed");
    }
    let ghost = ghost && !described_deed;
    if ghost && t.needs == Needs::Recipient && (is_noun || found.actors.is_empty()) {
        return None;
    }
    // Type: the support verb may turn a measure into its lifting (رفع العقوبات، رفع
    // الحصار; not رفع دعوى, a lawsuit, nor a rate, which it raises: رفع الرسوم الجمركية),
    // a person's attack is verbal.
    let (mut kind, mut cameo) = (t.event.clone()?, t.cameo.clone());
    // A meeting cancelled halts talks, a measure cancelled is lifted, anything else
    // cancelled did not happen (`events/cancelled.rs`).
    if is_noun && cancelled::is_postponed(input, governing.as_ref(), i) {
        return None;
    }
    let cancelled = is_noun && cancelled::is_cancelled(input, governing.as_ref(), i);
    if cancelled {
        let (k, c) = cancelled::retyped(&kind)?;
        kind = k.into();
        cameo = Some(c.into());
        rule.push_str("+cancelled");
    }
    if let Some(l) = governing.filter(|_| !cancelled && is_noun && matches!(kind.as_str(), "SANCTION" | "COERCE") && !raised_rate::is_rate(&t.lemma)) {
        if let Some(over) = &l.trigger.event {
            kind = over.clone();
            cameo = l.trigger.cameo.clone();
        }
    }
    if let Some((pt, pc)) = &t.if_person {
        // A person, or a body that has no arms: courts, parliaments, ministries, media,
        // parties (هاجمت الهيئة القضائية الإيرانية التيار الشيرازي), unless a support verb
        // says it was carried out (نفذت الهجوم، هجوم شنه النظام) or an official says "we"
        // (سنهاجم إيران).
        let unarmed = |a: &Arg| a.role.as_deref().is_some_and(|r| matches!(r, "GOV" | "JUD" | "LEG" | "MED" | "PTY" | "HRI" | "NGO" | "EDU" | "REL" | "BUS"));
        let carried_out = governing.is_some() || found.rule.contains("+carried-out");
        if found.actors.first().is_some_and(|a| a.person || unarmed(a) && !carried_out && !found.rule.contains("+speaker"))
            || verbal_attack(input, end, s1)
        {
            kind = pt.clone();
            cameo = pc.clone();
        }
    }
    // A party described in words of praise is praised (CAMEO 051), not charged.
    // (Its description may come after an act set off by asides: read from the act's doer.)
    let described_from = if found.rule.contains(act_object::RULE) { found.recipients.iter().map(|r| r.tok_end).max().unwrap_or(end).max(end) } else { end };
    if kind == "ACCUSE" && !found.actors.is_empty() && description::is_praise(ctx, input, t, described_from, s1) {
        kind = "SUPPORT".into();
        cameo = Some(description::PRAISE_CAMEO.into());
        rule.push_str("+praise");
    }
    // Violence by demonstrators is a violent protest, a riot (CAMEO 145): اقتحم متظاهرون
    // القنصلية; so is storming a mission with no weapon (اقتحموا السفارة الإيرانية).
    let mut mode = t.mode.clone();
    // A boycott of a state by states (قاطعت السعودية والإمارات قطر، ستقاطع بلاده الأجهزة
    // الأمريكية), or of a government by no one named (بمقاطعة حكومة قطر، مقاطعة دول خليجية
    // للدوحة), is an embargo: CAMEO 163, COERCE `restrict`, as sanctions are and as the
    // labels code it. A boycott by people or parties, or a call to boycott a state with no
    // one named (الدعوة إلى مقاطعة إسرائيل: mostly a popular campaign), stays a protest.
    let state = |a: &Arg| a.country.is_some() && !a.person && !a.thing && a.role.as_deref().is_none_or(|r| r == "GOV");
    // (The boycotted state itself: right after the trigger or its actors, or after على،
    // لـ, not a state in another object's genitive, قاطعت السلطة مؤتمر البحرين.)
    let boycotted = |r: &Arg| {
        let prev = r.tok_start.checked_sub(1);
        prev.is_some_and(|p| p + 1 == end || found.actors.iter().any(|a| a.tok_end == r.tok_start) || matches!(args::bare(&input.keys[p]), "علي" | "ضد"))
            || input.keys[r.tok_start].starts_with('ل') && !input.keys[r.tok_start].starts_with("ال")
    };
    let embargo = if found.actors.is_empty() {
        found.recipients.iter().any(|r| state(r) && boycotted(r) && r.role.as_deref() == Some("GOV"))
    } else {
        found.actors.iter().all(state) && found.recipients.iter().any(|r| state(r) && boycotted(r))
    };
    if t.mode.as_deref() == Some("boycott") && embargo {
        kind = "COERCE".into();
        cameo = Some(SANCTIONS_CAMEO.into());
        mode = Some("restrict".into());
        rule.push_str("+embargo");
    }
    // Withdrawing from an agreement rejects it (CAMEO 127): no retreat from a place.
    if kind == "RETREAT" && withdrawn_agreement::from_agreement(ctx, input, t, (s0, i, end), s1) {
        kind = "REJECT".into();
        cameo = Some(withdrawn_agreement::REJECT_AGREEMENT.into());
        mode = None;
        rule.push_str("+agreement");
        // (Only beside a withdrawer named: a bare withdrawal stays no event.)
        if found.recipients.is_empty() && !found.actors.is_empty() {
            if let Some(other) = withdrawn_agreement::counterparty(input, (s0, i, end), s1, &found.actors) {
                found.recipients.push(other);
                rule.push_str("+counterparty");
            }
        }
    }
    // (Not a passive with no agent: هوجمت السفارة الأمريكية tells no one who.)
    let storming = kind == "ASSAULT"
        && !passive
        && stormed_mission::is_storming(input, &t.lemma, t.mode.as_deref(), &found.actors, &found.recipients, |a| names_a_building(input, a), (s0, s1));
    if storming {
        found.actors.retain(|a| !names_a_building(input, a));
    }
    if kind == "ASSAULT" && (storming || found.actors.first().is_some_and(|a| names_protesters(input, a))) {
        kind = "PROTEST".into();
        cameo = Some("145".into());
        mode = Some("riot".into());
    }
    // Flight is a retreat only of armed forces or groups, and theirs: the noun's genitive
    // flees (فرار المتمردين), whatever verb the sentence hangs it on.
    // (Not one it flees from, after من, nor a party carried from elsewhere: قبل فرارها.)
    if mode.as_deref() == Some(fled::FLEE) {
        let own_phrase = !is_noun || found.rule.contains("+genitive") || found.rule.contains("+possessor");
        if !own_phrase || found.rule.contains("+carried") || !is_noun && fled::other_verb(&input.keys[i]) {
            return None;
        }
        // (A verb's own subject flees; the party after its من is fled from: فر الآلاف من
        // إرهاب الميليشيات.)
        let fleeing = if is_noun { fled::armed_party(&found.recipients).or_else(|| fled::armed_party(&found.actors)) } else { fled::armed_party(&found.actors) }?;
        found.actors = vec![fleeing];
        found.recipients.clear();
    }
    // A recommendation of health bodies, scientists or private persons is advice, no appeal.
    // So is one of a health or science matter (لقاح، تطعيم، تناول), whoever makes it.
    if kind == "REQUEST" && (recommended::is_advice(&t.lemma, &found.actors) || recommended::is_health_advice(input, &t.lemma, i, s1)) {
        return None;
    }
    // Individuals and groups expelled are coerced; envoys and agencies are sanctioned.
    if kind == "SANCTION" && mode.as_deref() == Some("expel") && expelled::is_deportation(input, &found.recipients) {
        kind = "COERCE".into();
        cameo = Some(expelled::DEPORT_CAMEO.into());
        mode = Some("deport".into());
    }
    // Demonstrators closing a road, occupying or besieging a building obstruct (CAMEO
    // 144): أغلق المتظاهرون الطريق، يحتل المتظاهرون مقر الحكومة. Their arrests or
    // dismissals of others are not protest.
    let obstructing = t.mode.as_deref().is_some_and(|m| matches!(m, "restrict" | "blockade")) || cameo.as_deref() == Some("192");
    if kind == "COERCE" && obstructing && found.actors.first().is_some_and(|a| names_protesters(input, a)) {
        kind = "PROTEST".into();
        cameo = Some("144".into());
        mode = Some("obstruct".into());
    }
    // A crowd denouncing demonstrates (ندد الآلاف في تظاهرة).
    // (Not dozens of MPs or officials: a crowd is people of no office.)
    let officeless = found.actors.iter().all(|a| a.role.as_deref().is_none_or(|r| matches!(r, "CVL" | "OPP")));
    if kind == "ACCUSE" && !is_noun && crowd_denouncing::is_denouncing(&t.lemma) && officeless && (crowd_word_at(input, end, s1) || protesters_near(input, ctx, i, (s0, s1))) {
        kind = "PROTEST".into();
        cameo = Some(crowd_denouncing::DEMONSTRATE.into());
        mode = None;
        rule.push_str("+crowd");
    }
    // المبعوث الأمريكي إلى سوريا: the envoy's post is no party (`events/envoy_post.rs`).
    envoy_post::drop_posts(input, t, &mut found.actors, &mut found.recipients);
    // Someone met or helped is an actor, not a thing with a nisba (زار السياح المتحف المصري);
    // a capital named by its state's nisba is visited as the state is (زار العاصمة الإيرانية).
    if matches!(kind.as_str(), "CONSULT" | "COOPERATE" | "AID" | "AGREE") {
        // (Not after a relative's verb, where it is the subject: الاجتماع الذي استضافته العاصمة الدنماركية.)
        let capital = |r: &args::Arg| kind == "CONSULT" && !found.rule.contains("+relative-gap") && args::capital_by_nisba(input, r);
        found.recipients.retain(|r| !r.thing || capital(r));
    }
    // A visit to an embassy or consulate (زار القنصلية السعودية) is a visit to a place: the
    // building is a mention of its state's government, but no one met there.
    if kind == "CONSULT" {
        found.actors.retain(|a| !names_a_building(input, a));
        let visited = found.recipients.len();
        found.recipients.retain(|r| !names_a_building(input, r));
        if visited > 0 && found.recipients.is_empty() {
            return None;
        }
        // (Nor a visit to a place of the visitor's own country: `events/home_visit.rs`.)
        if mode.as_deref() == Some("visit") && home_visit::is_home_visit(input, &found.actors, &found.recipients) {
            return None;
        }
    }
    // Sanctions (CAMEO 163) are COERCE by the CAMEO→PLOVER crosswalk but, like SANCTION,
    // say nothing without their target or with no party identified.
    let sanctions = cameo.as_deref() == Some(SANCTIONS_CAMEO);
    if sanctions && found.recipients.is_empty() {
        if let Some(target) = sanctioned::target(input, i, end, s1) {
            found.recipients.extend(args::listed_with(ctx, input, target, s1, |m| m.country.is_some()));
            found.rule.push_str("+sanctioned-within");
        }
    }
    // An accusation or rejection of people named by their body (ضباطا في مخابرات السلطة).
    if matches!(kind.as_str(), "ACCUSE" | "REJECT") && !is_noun {
        if let Some(body) = member_object::body(ctx, input, end, s1, &found.actors, &found.recipients) {
            found.recipients = vec![body];
            found.rule.push_str("+member-of");
        }
    }
    // A stance toward a deed is aimed at the party its phrase names (قلقها إزاء أوضاع السجون في تركيا،
    // ترحيبها بالوساطة الكويتية، إدانتها لقرار ترامب).
    // (Only a stance someone is known to hold, with no party read after it at all.)
    // So is praise or a welcome told by its verb, past the verb's subject (أشاد غوتيريس
    // بالجهود التي بذلها لبنان، رحبت المجموعة بعودة الاهتمام السعودي), and an endorsement or
    // praise whose deed is the verb's object or follows على (أيدت أي خطوات تتخذها السعودية،
    // أثنى على مواقف السعودية: `stance_target::praised`).
    let stance = kind == "ACCUSE" && t.needs == Needs::Expressed || matches!(kind.as_str(), "ACCUSE" | "SUPPORT" | "REJECT") && is_noun && found.rule.contains("+expressed");
    // (Not when an event noun opens the phrase, رحب بالاجتماع بين …، باستئناف المحادثات: that
    // deed is the welcome's content and lends it its parties.)
    let praise_from = act_object::object_start(&found.actors, end);
    let praise = kind == "SUPPORT" && !is_noun && stance_target::is_praise_verb(&t.lemma) && !(praise_from..(praise_from + 3).min(s1)).any(|k| args::is_trigger(input, k));
    if (stance || praise) && found.recipients.is_empty() && found.actors.iter().any(|a| a.country.is_some()) {
        let target = if praise { stance_target::praised(ctx, input, (i, &t.lemma), praise_from, s1, &found.actors) } else { stance_target::target(ctx, input, end, s1, &found.actors) };
        if let Some(target) = target {
            found.recipients = vec![target];
            found.rule.push_str(stance_target::RULE);
        }
    }
    // Aid by a named donor with no recipient read went where it was given (في اليمن), or
    // stands with none (`events/aided_place.rs`).
    // (A donor of some country, not a private person: قدم المواطن المساعدات لجيرانه.)
    let donor_named = kind == "AID"
        && aided_place::is_given(input, t, i, governing.as_ref().map(|l| (l.trigger.lemma.as_str(), l.at)), &found.rule)
        && found.actors.iter().any(|a| a.country.is_some() && a.role.as_deref() != Some("CVL"));
    if donor_named && found.recipients.is_empty() {
        if let Some(place) = aided_place::given_in(ctx, input, end, s1) {
            found.recipients.push(place);
            found.rule.push_str("+given-in");
        }
    }
    // Sanctions under a support verb with no subject (إعادة فرض العقوبات الأميركية على
    // إيران، قبل فرض عقوبات أميركية): the imposer is the noun's nisba, as for the noun alone.
    if sanctions && governing.is_some() && is_noun && found.actors.is_empty() {
        if let Some(n) = args::nisba_at(input, end).filter(|_| !ctx.in_mention(end)) {
            found.actors.push(n);
            found.rule.push_str("+nisba");
        }
    }
    // Sanctions known by their noun and the imposer's nisba alone (بسبب العقوبات
    // الأميركية): the target of the same imposer's earlier sanctions (`carried_target`).
    if sanctions && found.recipients.is_empty() && is_noun && found.rule.contains("+nisba") {
        if let Some(targets) = carried_target::target(input, end, s1, &found.actors, before, SANCTIONS_CAMEO) {
            found.recipients = targets;
            found.rule.push_str(carried_target::RULE);
        }
    }
    let needs_target = RECIPIENT_REQUIRED.contains(&kind.as_str()) && !donor_named || sanctions;
    if needs_target && found.recipients.is_empty() {
        return None;
    }
    // Cooperation and words with no identified party say nothing; violence, coercion and
    // protest are events whoever does them. Civilians of no country (السياح، المستخدمون:
    // CVL alone) are no identified party either.
    let identified = |a: &args::Arg| a.country.is_some() || a.actor.as_deref().is_some_and(|c| c != "CVL");
    let coded = found.actors.iter().chain(&found.recipients).any(identified);
    // (A sentence-opening act with its subject dropped tells its type all the same.)
    if !coded && (needs_target || !dropped && !matches!(kind.as_str(), "ASSAULT" | "COERCE" | "PROTEST")) {
        return None;
    }
    // Torture as a noun is mostly a practice or an allegation (حالات تعذيب، آثار تعذيب
    // على الجثة): an event only with a party named.
    if !coded && is_noun && mode.as_deref() == Some(TORTURE) {
        return None;
    }
    // Compound parties of a symmetric event: the first acts on the others.
    if matches!(kind.as_str(), "AGREE" | "CONSULT" | "COOPERATE") && found.recipients.is_empty() && split_compound(&mut found.actors, &mut found.recipients) && kind == "AGREE" {
        found.rule.push_str(mutual::RULE);
    }
    // A body's own session lends its owner to what follows but is no consultation.
    let igo_session = body_session::is_igo_own_session(input, &kind, is_noun, (&rule, &found.rule), &found.actors, &found.recipients);
    if igo_session {
        found.rule.push_str(body_session::RULE);
    }
    let ghost = ghost || igo_session || body_session::is_own_session(input, &kind, is_noun, (&rule, &found.rule), &found.actors, &found.recipients);
    // A protest with no one and no place named: the state its sentence is about.
    if kind == "PROTEST" && found.actors.is_empty() && found.recipients.is_empty() {
        if let Some(state) = protest_state::protesters(input, (i, end), s0, s1) {
            found.actors.push(state);
            found.rule.push_str(protest_state::RULE);
        }
    }
    // A protest with no target named is aimed at the protesters' own government, as
    // PLOVER and CAMEO coders read it (وتظاهرت جموع في عمان → JOR → JORGOV).
    if kind == "PROTEST" && found.recipients.is_empty() {
        if let Some(target) = found.actors.first().and_then(args::Arg::own_government) {
            // (Unless foreign forces face them: `foreign_forces`.)
            // (…، احتجاجا على زيارة ترامب: the party whose act it protests.)
            match foreign_forces::protested_party(input, (s0, s1)) {
                Some(party) => {
                    found.recipients.push(party);
                    found.rule.push_str("+protested");
                }
                None => match foreign_forces::foreign_forces(input, (s0, s1), &found.actors[0]) {
                    Some(forces) => {
                        found.recipients.push(forces);
                        found.rule.push_str("+foreign-forces");
                    }
                    None => match foreign_forces::occupier(input, (s0, s1), &found.actors[0]) {
                        Some(occupier) => {
                            found.recipients.push(occupier);
                            found.rule.push_str("+occupier");
                        }
                        None => {
                            found.recipients.push(target);
                            found.rule.push_str("+own-government");
                        }
                    },
                },
            }
        }
    }
    // Coercion of people the text does not place (اعتقلت السلطات الهولندية شخصين، أعفى
    // العاهل السعودي رئيس الهيئة) is the actor's own country's: arrests, dismissals and
    // detentions are domestic unless a foreign party is named. A blockade or occupation
    // (CAMEO 19x) is not, and a closure (mode restrict: أغلقت السلطات المسجد) targets a
    // place, not people.
    let not_people = cameo.as_deref().is_some_and(|c| c.starts_with("19")) || t.mode.as_deref() == Some("restrict");
    // So is an investigation with no one named (فتحت الشرطة تحقيقا في الحادث).
    // So is violent repression (CAMEO 175: قمعت الشرطة الاحتجاجات، تفريق المتظاهرين),
    // unless the sentence names people of another country (قمع الجيش الإسرائيلي لمسيرة
    // أصيب فيها عشرات الفلسطينيين).
    let repression = cameo.as_deref() == Some("175") && !foreign_party_in(input, (s0, s1), found.actors.first());
    // A private party alone after an arrest or sentence verb is the one coerced, in the
    // passive (`private_victim`).
    if kind == "COERCE" && !is_noun && !not_people && mode.as_deref() != Some("seize") && found.recipients.is_empty() && private_victim::is_victim(&found.actors) {
        found.recipients = std::mem::take(&mut found.actors);
        found.rule.push_str("+private-victim");
    }
    // A private person carried to a passive sentence whose sentenced is named (`sentencing`)
    // sentences no one: a court does, unnamed.
    if found.rule.contains("+sentenced") && private_victim::is_victim(&found.actors) {
        found.actors.clear();
    }
    // So is a charge levelled (ووجهت لهن تهمة: the authorities' own people).
    // So is an allowance or a ban lifted (سمحت السعودية للنساء بقيادة السيارة: its own people).
    let domestic = kind == "COERCE" && !not_people || mode.as_deref() == Some("investigate") || repression || imposed::is_levelled(t) || yielded::is_domestic(mode.as_deref());
    // (Also over people named but of no known country, اعتقلت السلطات البحرينية 116 عنصرا,
    // unless the sentence names a party of another country they may belong to.)
    let unplaced = found.recipients.is_empty() && !(yielded::is_domestic(mode.as_deref()) && foreign_party_in(input, (s0, s1), found.actors.first()))
        || found.recipients.iter().all(args::Arg::is_uncoded) && !foreign_party_in(input, (s0, s1), found.actors.first());
    if domestic && unplaced {
        if let Some(target) = found.actors.first().and_then(args::Arg::own_country) {
            found.recipients.clear();
            found.recipients.push(target);
            found.rule.push_str("+own-country");
        }
    }
    let (tense, future) = match governing.filter(|_| is_noun) {
        Some(l) => (l.tense, l.future),
        None => (chosen.tense, chosen.future),
    };
    let mut m = modality::of(input, s0, s1, pred, tense, future);
    // ستعمل الإمارات مع أشقائنا: working with a party pledged only when announced; لم تسمح: no allowance.
    if yielded::dropped(mode.as_deref(), m.negated, m.modality) {
        return None;
    }
    // اتفاق يسمح، مما يسمح: a thing enabling, no party allowing (`yielded`).
    if mode.as_deref() == Some(yielded::PERMIT) && t.kind == TriggerKind::Verb && t.then.is_empty() && !yielded::allowance_told(input, i, &found, m.modality) {
        return None;
    }
    if mode.as_deref() == Some(yielded::PLEDGE) && !yielded::with_partner(input, end, s1) {
        return None;
    }
    // The negation of an acceptance refused is its meaning (لن نقبل: a refusal now).
    if t.needs == Needs::Negated {
        m.negated = false;
        m.modality = m.modality.filter(|&x| x != "future");
    }
    // سيترك السلطة إذا طلب الشعب ذلك، سترد روسيا في حال شنت الولايات المتحدة هجوما، لم يحدد
    // ما إذا كانت وافقت: an act that is a condition or a question is none told, whatever
    // its kind (a verb's, or a noun's its support verb governs).
    if (!is_noun || pred_is_verb) && condition::is_condition(input, pred, s0) {
        return None;
    }
    if intent_at.is_some() && governing.is_none() && m.modality != Some("hypothetical") {
        m.modality = Some("intent");
    }
    // تعهدت الجهات المانحة بتقديم مساعدات: aid pledged is aid intended, not yet given.
    if kind == "AID" && t.lemma == "تعهد" && m.modality.is_none() {
        m.modality = Some("intent");
    }
    // القمة المرتقبة، قمة مقررة مع: a meeting still to come.
    if matches!(m.modality, None | Some("historical")) && scheduled::is_scheduled(input, &kind, is_noun && governing.is_none(), (i, end), (s0, s1)) {
        m.modality = Some("future");
    }
    // سيواصلون الاحتجاج، قرروا الإضراب: announcing a protest threatens one (words, so
    // only with a party named).
    if announced_protest::is_announced(&kind, m.negated, m.modality, governing.map(|l| l.trigger.lemma.as_str())) {
        if !coded {
            return None;
        }
        kind = "THREATEN".into();
        cameo = Some(announced_protest::THREATEN_DISSENT.into());
        mode = None;
        m.modality = None;
        rule.push_str("+announced");
    }
    // قدمت الدعم المالي، الدعم العسكري الذي يقدمه: support in kind is aid.
    if kind == "SUPPORT" && t.lemma == "دعم" {
        if let Some(c) = aid_support::kind_after(input, end) {
            kind = "AID".into();
            cameo = Some(c.into());
            rule.push_str("+in-kind");
            let kind_word = |a: &Arg| a.tok_end == a.tok_start + 1 && aid_support::is_kind_word(input, a.tok_start);
            found.actors.retain(|a| !kind_word(a));
            found.recipients.retain(|a| !kind_word(a));
        }
    }
    // دعاه إلى زيارة موسكو: a call to come and meet invites (CAMEO 036).
    if kind == "REQUEST" && INVITATION.iter().any(|r| rule.contains(r)) && invitation::to_meet(input, end, s1) {
        kind = "AGREE".into();
        cameo = Some("036".into());
        rule.push_str("+invitation");
    }
    // ستنفذ بلادنا عمليات عسكرية: force announced by its own side threatens it.
    if !m.negated && announced_force::is_announced(input, &kind, m.modality == Some("future"), found.actors.first(), &found.rule, s0) {
        kind = "THREATEN".into();
        cameo = Some(announced_force::THREATEN_FORCE.into());
        mode = None;
        m.modality = None;
        rule.push_str("+announced-force");
    }
    // تهديد أمن السعودية: the security after a threat is threatened (`threatened_security`;
    // once the parties are settled, so that a carried subject or an object sought again
    // are read too).
    if kind == "THREATEN" {
        threatened_security::settle(input, t, enclitic, end, &mut found);
    }
    // يلتقي قادة الاتحاد الأوروبي: an IGO's members meeting alone meet among themselves.
    if kind == "CONSULT" && members_meeting::settle(input, cameo.as_deref(), &mut found) {
        rule.push_str(members_meeting::RULE);
    }
    let mut confidence: f32 = if is_noun { 0.6 } else { 0.75 };
    if found.actors.is_empty() {
        confidence -= 0.2;
    }
    if quote.is_some() {
        confidence -= 0.05;
    }
    rule.push_str(&found.rule);
    let span = EventSpan {
        kind,
        cameo,
        mode,
        actors: found.actors,
        recipients: found.recipients,
        negated: m.negated,
        modality: m.modality,
        claimed_by: quote,
        sentence: sent,
        trigger: (governing.filter(|_| is_noun).map_or(i, |g| g.at), end),
        confidence,
        rule,
        ghost,
    };
    // A noun of taking a place told as an aim or control held (لتحرير الحديدة، تحت
    // سيطرة) is no event; dropped here, so that it takes no party from the clause.
    if taken_place::is_untold(input, &span) {
        return None;
    }
    if means {
        if let Some(p) = prior.last_mut() {
            means::lend_striker(p, &span, i);
        }
        return None;
    }
    Some(span)
}

/// Does the sentence (tokens `s0..s1`) name a party of a country other than the actor's?
pub(super) fn foreign_party_in(input: &Input, (s0, s1): (usize, usize), actor: Option<&Arg>) -> bool {
    let own = actor.and_then(|a| a.country.as_deref());
    input.mentions_in(s0, s1).any(|m| m.country.as_deref().is_some_and(|c| Some(c) != own))
}

/// Words that open a count (قتل ثلاثة أشخاص، اعتقل عشرات، أصيب أكثر من ألف).
const COUNT_WORDS: &[&str] = &[
    "اثنان", "اثنين", "ثلاثه", "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "ست", "سبعه", "سبع", "ثمانيه", "ثماني", "تسعه", "تسع",
    "عشره", "عشر", "عشرات", "مئات", "الاف", "الف", "مئه", "مائه", "اكثر", "نحو", "حوالي", "قرابه", "عدد",
];

/// Crowds named by their size with the article, or by a crowd noun (الآلاف، المئات،
/// الحشود); the counts without the article (آلاف، مئات) are [`COUNT_WORDS`].
const CROWD_WORDS: &[&str] = &["الالاف", "المئات", "العشرات", "حشود", "الحشود", "جموع", "الجموع"];

/// Does a crowd or a count start at token `k` (تظاهر الآلاف، احتشد 300 شخص)?
fn crowd_at(input: &Input, k: usize, s1: usize) -> bool {
    counted_at(input, k, s1) || k < s1 && CROWD_WORDS.contains(&input.keys[k].as_str())
}

/// Does punctuation of the sentence starting at token `s0` stand right before token `k`
/// (a participle after a comma opens a clause of its own)?
fn after_punct(input: &Input, k: usize, s0: usize) -> bool {
    k > s0 && input.tokens[k - 1].kind == TokenKind::Punct
}

/// The object of a verb whose subject was lent after `args::find` read it with none, so
/// its object was not sought: the party list from `lo` (…، وأدانت الهجوم الإسرائيلي، اتهم
/// فيها إسرائيل), less the actors.
fn seek_object(ctx: &args::Context, input: &Input, found: &mut args::Found, lo: usize, s1: usize) {
    if let Some(list) = args::object_after(ctx, input, lo, s1) {
        found.recipients.extend(list.into_iter().filter(|r| !found.actors.iter().any(|a| a.tok_start == r.tok_start)));
        found.rule.push_str("+object");
    }
}

/// Is the word at `k` right after a comma, with no clitic before it (مطالبة, not
/// ومطالبة، لمطالبة، المطالبة)?
fn bare_after_comma(input: &Input, k: usize, s0: usize) -> bool {
    k > s0 && args::is_comma(input, k - 1) && input.tokens[k].text(input.text).starts_with('م')
}

/// Is the word at `k` a crowd by its size or as a mass (الآلاف، آلاف المحتجين), not any
/// count (عدد من الدول، 50 نائبا)?
fn crowd_word_at(input: &Input, k: usize, s1: usize) -> bool {
    k < s1 && (CROWD_WORDS.contains(&input.keys[k].as_str()) || crowd_denouncing::SIZES.contains(&input.keys[k].as_str()))
}

/// Does a count start at token `k`?
fn counted_at(input: &Input, k: usize, s1: usize) -> bool {
    k < s1 && (input.tokens[k].kind == TokenKind::Number || COUNT_WORDS.contains(&input.keys[k].as_str()))
}

/// The first of compound parties acts on the others (روسيا وتركيا اتفقتا), unless they are
/// all of one country: then they are one party named twice (المستشارة الألمانية، أنجيلا
/// ميركل).
/// Whether it split them.
fn split_compound(actors: &mut Vec<Arg>, recipients: &mut Vec<Arg>) -> bool {
    let one_country = actors.iter().all(|a| a.country.is_some() && a.country == actors[0].country);
    if actors.len() > 1 && !one_country {
        *recipients = actors.split_off(1);
        return true;
    }
    false
}

/// A dual or plural subject going on from `earlier` refers to the whole list that event
/// named: its recipients joined to its actors by و act too (`listed_parties`).
fn carry_partners(ctx: &args::Context, input: &Input, found: &mut args::Found, earlier: &EventSpan) {
    let partners = listed_parties::joined_partners(ctx, input, earlier);
    let new: Vec<Arg> = partners.into_iter().filter(|a| !found.actors.iter().chain(&found.recipients).any(|x| x.tok_start == a.tok_start)).collect();
    if !new.is_empty() {
        found.actors.extend(new);
        found.rule.push_str("+listed");
    }
}

/// Nouns for demonstrators (after و and the article).
const PROTESTERS: &[&str] = &["متظاهر", "متظاهرون", "متظاهرين", "متظاهرات", "محتج", "محتجون", "محتجين", "معتصم", "معتصمون", "معتصمين"];

fn is_protester(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    PROTESTERS.contains(&k.strip_prefix("ال").unwrap_or(k))
}

/// Are demonstrators the subject of the verb at `i`: the first party after it within
/// five words (تجمع حوالي 700 متظاهر، احتشدت مجموعات صغيرة من المتظاهرين; not خرج
/// رجال الأمن لتفريق المتظاهرين), or the last one within three words before it
/// (المتظاهرون تجمعوا أمام البرلمان، مليون متظاهر خرجوا)? Punctuation ends the search.
fn protesters_near(input: &Input, ctx: &args::Context, i: usize, (s0, s1): (usize, usize)) -> bool {
    let party = |k: usize| ctx.in_mention(k) || is_protester(&input.keys[k]);
    // (A party of several words: آلاف المتظاهرين.)
    let protesters = |k: usize| match ctx.mention_of(k) {
        Some(m) => input.keys[input.mentions[m].tok_start..input.mentions[m].tok_end].iter().any(|k| is_protester(k)),
        None => is_protester(&input.keys[k]),
    };
    let after = (i + 1..(i + 6).min(s1)).take_while(|&k| input.tokens[k].kind != TokenKind::Punct).find(|&k| party(k));
    let before = (i.saturating_sub(3).max(s0)..i).rev().take_while(|&k| input.tokens[k].kind != TokenKind::Punct).find(|&k| party(k));
    after.is_some_and(protesters) || before.is_some_and(protesters)
}

/// Does a party name demonstrators, in its words or the word right after it (عشرات
/// العراقيين المحتجين)? Not the word after police or troops: that is their object (قمعت
/// الشرطة السودانية المتظاهرين).
fn names_protesters(input: &Input, a: &Arg) -> bool {
    let force = a.role.as_deref().is_some_and(|r| matches!(r, "GOV" | "MIL" | "COP" | "SPY"));
    let end = (a.tok_end + usize::from(!force)).min(input.keys.len());
    input.keys[a.tok_start..end].iter().any(|k| is_protester(k))
}

/// Words that take a noun after them, never a verb: the prepositions, and the nouns used
/// as prepositions of cause and time (جراء قمع الجيش، إثر قصف، بسبب اعتقال).
/// (بعد and قبل too: a verb after them needs أن or ما.)
const NOUN_GOVERNORS: &[&str] = &["جراء", "اثر", "بسبب", "عقب", "نتيجه", "وسط", "اثناء", "ازاء", "تجاه", "حيال", "بفعل", "بعد", "قبل"];

/// Nouns whose genitive is the deed they name (محاولة قتل، بتهمة قتل، جريمة قتل، عملية طرد،
/// قرار طرد): in construct, without the article, the word after them is a verbal noun.
/// (A relative verb follows an indefinite or definite noun instead: قرارا يدين، القرار يطالب.)
const DEED_HEADS: &[&str] = &["محاوله", "تهمه", "تهم", "تهمتي", "جريمه", "جرائم", "عمليه", "عمليات", "قضيه", "حادث", "حادثه", "قرار", "مسؤوليه", "ذريعه", "حجه"];

fn governs_noun(key: &str) -> bool {
    let bare = key.strip_prefix('و').filter(|r| r.chars().count() > 2).unwrap_or(key);
    let deed_head = |w: &str| DEED_HEADS.contains(&w);
    args::is_preposition(key) || NOUN_GOVERNORS.contains(&bare) || deed_head(bare) || bare.strip_prefix(['ب', 'ل']).is_some_and(deed_head)
}

/// بشكل، بصورة، على نحو "in a … way", and the cognate accusative of denial (نفيا): the
/// word after them is an adjective (بشكل قاطع، بصورة عاجلة، نفيا قاطعا: "categorical", not
/// قاطع "boycotted"), never a verb. (Not رفض, نفي: a verb of refusing or denying before a
/// verbal noun, رفض طلبهم، نفى عقد اجتماعات.)
fn introduces_manner(key: &str) -> bool {
    let key = key.strip_prefix('و').unwrap_or(key);
    matches!(key.strip_prefix("ال").unwrap_or(key), "بشكل" | "بصوره" | "نحو" | "نفيا")
}

/// Does a word of manner (`introduces_manner`) stand right before token `i`, or before
/// the quotation mark that opens it?
fn manner_before(input: &Input, i: usize, s0: usize) -> bool {
    let mark = |k: usize| input.tokens[k].kind == TokenKind::Punct && crate::quotes::is_mark(input.tokens[k].text(input.text));
    (i > s0 && introduces_manner(&input.keys[i - 1])) || (i > s0 + 1 && mark(i - 1) && introduces_manner(&input.keys[i - 2]))
}

/// Words that place an event in time relative to another (بعد أيام على استقباله), or give
/// its cause (أصيب عشرات الفلسطينيين جراء قمع الجيش): what follows is another event, not
/// the first one's content.
fn is_time_link(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    matches!(k, "بعد" | "قبل" | "خلال" | "عقب" | "اثر" | "منذ" | "ايام" | "غداه" | "قبيل" | "بعيد" | "جراء" | "بسبب" | "بفعل" | "نتيجه")
}

/// The token after an event's trigger and parties.
fn extent(e: &EventSpan) -> usize {
    // (An attack's scene read further on in its clause is an adjunct, not its object: what
    // follows it is no content of the attack, القصف الوحشي في اليمن ودعم لندن للرياض.)
    let scene = e.rule.contains(scene_place::RULE);
    let recipients = e.recipients.iter().filter(|_| !scene);
    e.actors.iter().chain(recipients).map(|a| a.tok_end).fold(e.trigger.1, usize::max)
}

/// Where the words an event may take as its content begin: past its extent, but a fronted
/// frame's holder is the main clause's subject, and what follows it is that clause's
/// (وفي لقاء مع …، عبرت ميركل عن خيبة أملها).
fn content_start(e: &EventSpan) -> usize {
    if e.rule.contains(fronted_frame::RULE) {
        e.recipients.iter().map(|a| a.tok_end).fold(e.trigger.1, usize::max)
    } else {
        extent(e)
    }
}

/// (type, deed, actor countries, recipient countries).
type DedupKey = (String, Option<&'static str>, Vec<Option<String>>, Vec<Option<String>>);

/// The deed a coercion's CAMEO code names, for telling two coercions of one sentence apart:
/// its codes are different deeds (an arrest, a dismissal, a confiscation, a seizure: اعتقلت
/// تركيا آلاف الأشخاص وأقالت آلاف الموظفين), unlike an attack's or a meeting's, which tell
/// one deed again in other words (غارات … قتلت، زيارة … والتقى). Unspecified coercion (170:
/// احتجز، مداهمات) goes with arrest (173), which it most often tells again.
fn coercion_deed(kind: &str, cameo: Option<&str>) -> Option<&'static str> {
    if kind != "COERCE" {
        return None;
    }
    Some(match cameo? {
        "170" | "173" => "arrest",
        "171" => "171",
        "172" => "172",
        "174" => "174",
        "175" => "175",
        "191" => "191",
        "192" => "192",
        _ => "other",
    })
}

/// One event per (type, actor countries, recipient countries) in a sentence: the first;
/// for a coercion, one per deed (`coercion_deed`), so that a dismissal beside an arrest of
/// the same country stays (حبس صحفي، فيما أقال مجلس الإدارة رئيس التحرير).
fn dedup(events: &mut Vec<EventSpan>, start: usize) {
    let mut seen: HashSet<DedupKey> = HashSet::new();
    let mut k = start;
    let mut kept = start;
    while k < events.len() {
        let e = &events[k];
        let key = (
            e.kind.clone(),
            coercion_deed(&e.kind, e.cameo.as_deref()),
            e.actors.iter().map(|a| a.country.clone()).collect(),
            e.recipients.iter().map(|a| a.country.clone()).collect(),
        );
        // A ghost takes no event's place.
        if e.ghost || seen.insert(key) {
            events.swap(kept, k);
            kept += 1;
        }
        k += 1;
    }
    events.truncate(kept);
}

/// Is the attack ending at `end` qualified as one of words by the adjective after it
/// (`هجوما لاذعا`، `هجوم حاد`، `هجوم إعلامي`: event-words kind `verbal-attack`, stems
/// without the case ending)?
fn verbal_attack(input: &Input, end: usize, s1: usize) -> bool {
    end < s1 && {
        let k = input.keys[end].as_str();
        let stem = k.strip_suffix("ا").or_else(|| k.strip_suffix("ه")).unwrap_or(k);
        input.lexicon.events().word(stem) == Some(EventWord::VerbalAttack)
    }
}

/// News media, witnesses and companies tell what happened (وذكرت وكالة الأنباء الفلسطينية
/// أن طائرات الاحتلال قصفت …); parties, officials and organisations that say who did it
/// accuse.
pub(super) fn reports_only(speaker: &crate::quotes::Speaker) -> bool {
    speaker.role.as_deref().is_some_and(|r| matches!(r, "MED" | "CVL" | "BUS"))
}

/// "A said B attacked C": A's ACCUSE of B, for attacks and coercion reported in a
/// quotation whose speaker is not the attacker.
fn add_reported_accusations(input: &Input, events: &mut Vec<EventSpan>) {
    let mut extra: Vec<EventSpan> = Vec::new();
    let mut seen: HashSet<(usize, Option<String>)> = HashSet::new();
    for e in events.iter() {
        let Some(q) = e.claimed_by else { continue };
        if !matches!(e.kind.as_str(), "ASSAULT" | "COERCE") || e.negated || e.modality.is_some() {
            continue;
        }
        // A detention named in passing (القس المحتجز لدى أنقرة) is not what is reported.
        if held_by::in_passing(e) {
            continue;
        }
        // Sanctions told are a policy, announced or complied with, not a deed charged.
        if e.cameo.as_deref() == Some(SANCTIONS_CAMEO) {
            continue;
        }
        let Some(quote) = input.quotes.get(q) else { continue };
        let Some(speaker) = quote.speaker.as_ref().filter(|s| s.country.is_some() && !reports_only(s) && !reporting_source::is_reporting_source(input, s)) else { continue };
        // The first doer told, and the nisbas listed after it (العدوان الأمريكي السعودي:
        // both, `nisba_list`), each of another country and once per quotation.
        // (None when the speaker's own side is among them: an act of his side.)
        let listed = if e.rule.contains("+nisba") { e.actors.len() } else { 1 };
        if e.actors.iter().take(listed).any(|a| a.country == speaker.country) {
            continue;
        }
        let accused: Vec<Arg> = e.actors.iter().take(listed).filter(|a| a.country.is_some() && a.country != speaker.country).filter(|a| seen.insert((q, a.country.clone()))).cloned().collect();
        if accused.is_empty() {
            continue;
        }
        extra.push(EventSpan {
            kind: "ACCUSE".into(),
            cameo: Some("112".into()),
            mode: Some("allege".into()),
            actors: vec![Arg::from_speaker(speaker)],
            recipients: accused,
            negated: false,
            modality: None,
            claimed_by: None,
            sentence: e.sentence,
            trigger: (quote.cue, quote.cue + 1),
            confidence: 0.5,
            rule: format!("reported-accusation:{}", e.rule),
            ghost: false,
        });
    }
    events.extend(extra);
    events.sort_by_key(|e| (e.sentence.0, e.trigger.0));
}

/// Convert to output events.
pub fn to_events(text: &str, tokens: &[Token], offsets: &CharOffsets, spans: &[EventSpan]) -> Vec<Event> {
    let party = |a: &Arg| {
        let (bs, be) = (tokens[a.tok_start].start, tokens[a.tok_end - 1].end);
        let [start, end] = offsets.span(bs, be);
        Party {
            start,
            end,
            text: text[bs..be].to_string(),
            entity: a.entity.clone(),
            actor: a.actor.clone(),
            country: a.country.clone(),
            role: a.role.clone(),
        }
    };
    spans
        .iter()
        .map(|e| {
            let (bs, be) = (tokens[e.trigger.0].start, tokens[e.trigger.1 - 1].end);
            let [ts, te] = offsets.span(bs, be);
            Event {
                kind: e.kind.clone(),
                cameo: e.cameo.clone(),
                mode: e.mode.clone(),
                actors: e.actors.iter().map(party).collect(),
                recipients: e.recipients.iter().map(party).collect(),
                negated: e.negated,
                modality: e.modality.map(str::to_string),
                claimed_by: e.claimed_by,
                sentence: offsets.span(e.sentence.0, e.sentence.1),
                trigger: Span { start: ts, end: te, text: text[bs..be].to_string() },
                confidence: e.confidence,
                rule: e.rule.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Article, Event};
    use std::sync::OnceLock;

    /// The events of `text`, dated 2018-06-01 (also the submodules' tests').
    pub(super) fn events(text: &str) -> Vec<Event> {
        static A: OnceLock<Analyzer> = OnceLock::new();
        let a = A.get_or_init(|| Analyzer::new().expect("embedded dictionaries load"));
        let article = Article { id: "t".into(), text: text.into(), date: Some("2018-06-01".into()), ..Default::default() };
        a.analyze(&article).events
    }

    /// The first party's country (the actors' or the recipients').
    pub(super) fn first_country(ps: &[crate::Party]) -> Option<String> {
        ps.first().and_then(|p| p.country.clone())
    }

    /// The first recipient's country of each event of `kind`.
    pub(super) fn recipient_countries(text: &str, kind: &str) -> Vec<Option<String>> {
        events(text).into_iter().filter(|e| e.kind == kind).map(|e| e.recipients.first().and_then(|r| r.country.clone())).collect()
    }

    /// (actor codes, recipient codes) of the first event of `kind`.
    pub(super) fn parties(text: &str, kind: &str) -> Option<(Vec<String>, Vec<String>)> {
        let evs = events(text);
        let e = evs.iter().find(|e| e.kind == kind)?;
        let codes = |xs: &[crate::Party]| xs.iter().filter_map(|x| x.actor.clone()).collect::<Vec<_>>();
        Some((codes(&e.actors), codes(&e.recipients)))
    }

    /// How many events of type `kind` `text` has.
    pub(super) fn count(text: &str, kind: &str) -> usize {
        events(text).iter().filter(|e| e.kind == kind).count()
    }

    /// Each of `texts` has no event of type `kind`.
    pub(super) fn assert_none_of(kind: &str, texts: &[&str]) {
        for t in texts {
            assert_eq!(count(t, kind), 0, "{t}: {:?}", events(t));
        }
    }

    /// Each of `texts` has an event of type `kind`.
    pub(super) fn assert_some_of(kind: &str, texts: &[&str]) {
        for t in texts {
            assert!(count(t, kind) > 0, "{t}: {:?}", events(t));
        }
    }

    fn accusations(text: &str) -> Vec<(Option<String>, Option<String>)> {
        sides(text, "ACCUSE")
    }

    #[test]
    fn two_deeds_of_one_type_between_the_same_countries_are_both_kept() {
        // An arrest (173) and a dismissal (172), both Turkish on Turkish.
        let t = "اعتقلت الشرطة التركية صحفيا، فيما أقال الرئيس التركي وزير الداخلية.";
        let codes: Vec<_> = events(t).into_iter().filter(|e| e.kind == "COERCE").filter_map(|e| e.cameo).collect();
        assert!(codes.iter().any(|c| c == "173") && codes.iter().any(|c| c == "172"), "{t}: {:?}", events(t));
    }

    #[test]
    fn the_same_deed_told_twice_in_a_sentence_is_one_event() {
        for (t, kind) in [
            ("شنت إسرائيل غارات على غزة، وشنت غارات أخرى على غزة.", "ASSAULT"),
            // An attack told by its strikes and by its dead: one attack.
            ("قالت مصادر إن ضربات جوية إسرائيلية قتلت عشرات الأشخاص في غزة.", "ASSAULT"),
            // Held and arrested: one arrest.
            ("اعتقلت الشرطة التركية الصحفي واحتجزته في سجن بأنقرة.", "COERCE"),
        ] {
            assert_eq!(sides(t, kind).len(), 1, "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn fire_towards_a_party_strikes_it() {
        let strikes = |t: &str| events(t).iter().filter(|e| e.kind == "ASSAULT").map(|e| e.recipients.first().and_then(|p| p.country.clone())).collect::<Vec<_>>();
        for t in ["وأطلق الحوثيون صاروخا باليستيا باتجاه السعودية.", "وأطلقت القوات الإسرائيلية الرصاص الحي صوب المحتجين الفلسطينيين."] {
            let r = strikes(t);
            assert!(r.iter().any(|c| c.as_deref() == Some("SAU") || c.as_deref() == Some("PSE")), "{t}: {:?}", events(t));
        }
        // (Not a launch that is no firing: أطلق الرئيس مبادرة نحو السلام.)
        assert!(strikes("وأطلق الرئيس الفرنسي مبادرة جديدة نحو السلام في المنطقة.").is_empty());
    }

    #[test]
    fn both_before_a_list_opens_the_subject() {
        let found = sides("وأدانت كل من بريطانيا وفرنسا إطلاق الصواريخ على المدنيين.", "ACCUSE");
        assert!(found.iter().any(|(a, _)| a.as_deref() == Some("GBR")), "{found:?}");
        assert!(!found.iter().any(|(_, r)| r.as_deref() == Some("FRA")), "{found:?}");
        let found = sides("وتطالب كل من الفلبين وفيتنام بالسيادة على الجزر.", "REQUEST");
        assert_eq!(found, vec![(Some("PHL".to_string()), None)]);
    }

    #[test]
    fn the_deed_a_noun_names_is_a_verbal_noun() {
        // عملية خطف: the kidnapped are the genitive's patient, not a verb's subject.
        let found = events("وقال المسؤول إن عملية خطف الصيادين القطريين أثارت غضب الدوحة.");
        let kidnap = found.iter().find(|e| e.kind == "ASSAULT").expect("kidnapping");
        assert!(kidnap.actors.is_empty(), "{found:?}");
        assert!(kidnap.recipients.iter().any(|r| r.text == "الصيادين القطريين"), "{found:?}");
        // An indefinite noun takes a relative verb: قرارا يدين.
        assert_eq!(count("وتبنى المجلس قرارا يدين إسرائيل.", "ACCUSE"), 1);
    }

    #[test]
    fn categorical_is_no_boycott() {
        let boycott = |t: &str| events(t).iter().any(|e| e.mode.as_deref() == Some("boycott"));
        for t in [
            "أما روسيا فتنفي نفيا قاطعا وجود برنامج من هذا النوع.",
            "ونفت إيران هذا الأمر بشكل \"قاطع\" وأكدت أن الأدلة مفبركة.",
            "وقال الباحثون إن النتائج ظهرت على نحو قاطع في الدراسة.",
        ] {
            assert!(!boycott(t), "{t}: {:?}", events(t));
        }
        assert!(boycott("قاطع الرئيس الفرنسي إيمانويل ماكرون الجناح الروسي في معرض باريس للكتاب."));
    }

    #[test]
    fn a_boycott_of_a_state_by_states_is_an_embargo() {
        assert!(has("وقاطعت مصر والأردن ليبيا منذ الصيف.", "COERCE", "EGY", "LBY"));
        let t = "وتستمر مقاطعة الحكومة الليبية منذ الصيف.";
        assert!(has(t, "COERCE", "-", "LBY"), "{:?}", events(t));
        // A campaign's call to boycott a state, and a boycott by people, stay protests.
        for t in ["ودعت الحملة إلى مقاطعة ليبيا.", "وقاطع الطلاب الليبيون الامتحانات الحكومية."] {
            assert!(!events(t).iter().any(|e| e.kind == "COERCE"), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn a_decision_to_ban_a_protest_is_no_protest() {
        let kinds = |t: &str| events(t).iter().map(|e| e.kind.clone()).collect::<Vec<_>>();
        let t = "ولوزير الداخلية أن يقرر منع المظاهرة إذا رأى ذلك ضروريا.";
        assert!(!kinds(t).iter().any(|k| k == "PROTEST" || k == "THREATEN"), "{:?}", events(t));
        // Without the undoing noun the support verb still reaches its noun.
        let t = "قررت تركيا طرد السفير الإسرائيلي.";
        assert!(kinds(t).iter().any(|k| k == "SANCTION"), "{:?}", events(t));
    }

    #[test]
    fn what_a_party_constitutes_is_no_event() {
        let t = "وشكلت استعادة المدينة ضربة قوية للمسلحين.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
        let t = "وقالت الشركة إن العقود مع إيران ستشكل دعما لآلاف الوظائف في فرنسا.";
        assert!(!events(t).iter().any(|e| e.kind == "SUPPORT"), "{:?}", events(t));
        // Posing a threat stays a threat.
        let t = "وقال الوزير إن إيران تشكل تهديدا لإسرائيل.";
        assert!(events(t).iter().any(|e| e.kind == "THREATEN"), "{:?}", events(t));
        // The verb's subject is no predicate: the talks took place.
        let t = "وتشكل المحادثات المباشرة بين الولايات المتحدة وطالبان تحولا كبيرا.";
        assert!(events(t).iter().any(|e| e.kind == "CONSULT"), "{:?}", events(t));
        // A threat made stays.
        let t = "وهدد الرئيس الإيراني الولايات المتحدة بالرد.";
        assert!(events(t).iter().any(|e| e.kind == "THREATEN"), "{:?}", events(t));
    }

    #[test]
    fn an_official_telling_an_attack_accuses_the_attacker() {
        let t = "قال مسؤول أمريكي إن روسيا قصفت مستشفى في إدلب.";
        assert!(accusations(t).contains(&(Some("USA".into()), Some("RUS".into()))), "{:?}", accusations(t));
    }

    #[test]
    fn battles_against_a_named_party_are_attacks_on_it() {
        let targets = |t: &str| -> Vec<Option<String>> {
            events(t).iter().filter(|e| e.kind == "ASSAULT").map(|e| e.recipients.first().and_then(|p| p.actor.clone())).collect()
        };
        // ضد after battles and clashes names their target.
        let t = "وتخوض القوات العراقية معارك عنيفة ضد مسلحي تنظيم الدولة الإسلامية غرب الموصل.";
        assert_eq!(targets(t), vec![Some("IMGMUSISI".to_string())], "{:?}", events(t));
        // The singular battle is an attack only against a named party…
        let t = "وتشارك بريطانيا في المعركة ضد تنظيم الدولة الإسلامية في العراق.";
        let e = events(t).into_iter().find(|e| e.kind == "ASSAULT").expect("an attack");
        assert_eq!(e.actors.first().and_then(|p| p.country.clone()).as_deref(), Some("GBR"));
        assert_eq!(e.recipients.first().and_then(|p| p.actor.clone()).as_deref(), Some("IMGMUSISI"));
        // …not a figure or a place.
        assert!(targets("لقد خسرنا معركة ولم نخسر الحرب.").is_empty());
        assert!(targets("وتستعد القوات الحكومية لمعركة في إدلب.").is_empty());
    }

    /// (type, actor country, recipient country) of each event, `-` for a missing party.
    pub(super) fn triples(text: &str) -> Vec<(String, String, String)> {
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone()).unwrap_or_else(|| "-".into());
        events(text).iter().map(|e| (e.kind.clone(), c(&e.actors), c(&e.recipients))).collect()
    }

    /// Is there an event of this type, actor country and recipient country?
    pub(super) fn has(text: &str, kind: &str, actor: &str, recipient: &str) -> bool {
        triples(text).iter().any(|(k, a, r)| k == kind && a == actor && r == recipient)
    }

    /// The (actor, recipient) countries of the events of one type.
    /// An (actor, recipient) pair of countries, as `sides` gives them.
    pub(super) fn pair(a: &str, r: &str) -> (Option<String>, Option<String>) {
        (Some(a.into()), Some(r.into()))
    }

    pub(super) fn sides(text: &str, kind: &str) -> Vec<(Option<String>, Option<String>)> {
        events(text).iter().filter(|e| e.kind == kind).map(|e| (first_country(&e.actors), first_country(&e.recipients))).collect()
    }

    #[test]
    fn a_support_verb_reaches_its_quoted_noun() {
        let t = "ومنذ 30 آذار/مارس، ينظم الفلسطينيون في قطاع غزة \"مسيرات العودة\" لتأكيد حق العودة.";
        assert!(sides(t, "PROTEST").iter().any(|(a, _)| a.as_deref() == Some("PSE")), "{:?}", events(t));
        // A name given (أطلق عليها "X": "called it") is no noun governed.
        let t = "وبدأ الفلسطينيون حركة احتجاجية أطلق عليها \"مسيرة العودة\" بالتزامن مع ذكرى يوم الأرض.";
        assert!(!events(t).iter().any(|e| e.kind == "PROTEST" && e.rule.starts_with("أطلق")), "{:?}", events(t));
        // A name quoted with the article is no noun governed.
        let t = "وأطلق \"الصاروخ المستعمل\" من كيب كانافرال بولاية فلوريدا.";
        assert!(sides(t, "ASSAULT").is_empty(), "{:?}", events(t));
    }

    #[test]
    fn blame_laid_on_a_party_is_an_accusation() {
        // ألقى and أنحى with اللائمة as with اللوم, and their participles after a comma.
        let s = sides("وألقت الحكومة الإيرانية باللائمة على إسرائيل في الانفجار.", "ACCUSE");
        assert!(s.contains(&(Some("IRN".into()), Some("ISR".into()))), "{s:?}");
        let s = sides("وأنحى الرئيس الفرنسي باللائمة على روسيا في فشل المفاوضات.", "ACCUSE");
        assert!(s.contains(&(Some("FRA".into()), Some("RUS".into()))), "{s:?}");
        let s = sides("وقالت الحكومة اليمنية إن المفاوضات متعثرة، ملقية باللوم على الحوثيين.", "ACCUSE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("YEM")), "{s:?}");
        let s = sides("وقال وزير الخارجية الأردني إن الوضع خطير، محملا إسرائيل المسؤولية الكاملة عن التصعيد.", "ACCUSE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("JOR")), "{s:?}");
    }

    #[test]
    fn a_warning_needs_its_warned_party_not_the_danger() {
        // The participle warns the party after it…
        let s = sides("وقال الرئيس التركي إن بلاده سترد بقوة، محذرا واشنطن من مغبة فرض العقوبات.", "THREATEN");
        assert!(s.contains(&(Some("TUR".into()), Some("USA".into()))), "{s:?}");
        // …but not the subject of the clause after من أن: no recipient, no event…
        let s = sides("وقال وزير الخارجية الإيراني إن بلاده لن تقبل أي تغيير، محذرا من أن طهران ستنسحب من الاتفاق.", "THREATEN");
        assert!(s.is_empty(), "{s:?}");
        // …nor the party whose deed or danger it warns of.
        let s = sides("وقال ولي العهد السعودي إن المنطقة تواجه تحديات، محذرا من نوايا إيران في المنطقة.", "THREATEN");
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn a_support_verb_reaches_past_its_subject_and_a_count_set_off_by_a_comma() {
        let t = "وشنت مقاتلات التحالف العربي لدعم الشرعية في اليمن، سلسلة غارات جوية على مواقع الحوثيين.";
        assert!(sides(t, "ASSAULT").iter().any(|(a, _)| a.as_deref() == Some("SAU")), "{:?}", events(t));
        // Not with a word that is no party before the comma.
        let t = "وشنت بالأمس في اليمن، سلسلة غارات على مواقع الحوثيين.";
        assert!(!events(t).iter().any(|e| e.kind == "ASSAULT" && e.rule.contains("شنت+")), "{:?}", events(t));
    }

    #[test]
    fn a_support_verb_reaches_past_a_title_and_its_name() {
        let t = "أجرى العاهل السعودي، الملك سلمان بن عبدالعزيز اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان.";
        assert!(sides(t, "CONSULT").contains(&(Some("SAU".into()), Some("TUR".into()))), "{:?}", events(t));
        // Two parties of different codes are not one subject set beside its title.
        let t = "أجرى العاهل السعودي، الرئيس التركي اتصالا هاتفيا بالرئيس الفرنسي.";
        assert!(!sides(t, "CONSULT").iter().any(|(a, _)| a.as_deref() == Some("SAU")), "{:?}", events(t));
    }

    #[test]
    fn a_defective_form_v_verb_written_with_ya_is_its_verbal_noun() {
        assert!(super::defective_verbal_noun("تحدي", "تحدى"));
        assert!(super::defective_verbal_noun("وتحديها", "تحدى"));
        assert!(super::defective_verbal_noun("لتحدي", "تحدى"));
        assert!(super::defective_verbal_noun("تنحيه", "تنحى"));
        assert!(!super::defective_verbal_noun("تحدى", "تحدى"));
        assert!(!super::defective_verbal_noun("وتحداه", "تحدى"));
        // Not a verb of another form: نفي is both the noun and, in some writing, the perfect.
        assert!(!super::defective_verbal_noun("نفي", "نفى"));
        // The sentence: the noun makes no REJECT of its own.
        let s = sides("ودعا الوزير الإيراني أوروبا إلى تحدي الولايات المتحدة.", "REJECT");
        assert!(s.is_empty(), "{s:?}");
        let s = sides("وتحدى الرئيس التركي الحكومة السعودية أن تقدم دليلا.", "REJECT");
        assert_eq!(s, vec![(Some("TUR".into()), Some("SAU".into()))]);
    }

    #[test]
    fn the_party_after_sabaqa_la_is_the_subject_of_the_verb_after_an() {
        let s = sides("وسبق لوزير الخارجية الإيراني أن اتهم الولايات المتحدة بدعم الإرهاب.", "ACCUSE");
        assert_eq!(s, vec![(Some("IRN".into()), Some("USA".into()))], "{s:?}");
        // Without سبق the party with لـ is no subject (ينبغي لإيران أن تلتزم).
        let s = sides("وقال الوزير الأمريكي إنه ينبغي لإيران أن تتهم الحوثيين بالهجوم.", "ACCUSE");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("IRN")), "{s:?}");
    }

    #[test]
    fn a_strike_subject_names_its_striker_by_a_nisba_after_its_adjective() {
        // The nisba is the strikes' (the subject's), not the target.
        let t = "واستهدفت الضربات الصاروخية الأمريكية مواقع للجيش السوري.";
        assert!(has(t, "ASSAULT", "USA", "SYR"), "{:?}", events(t));
        assert!(!has(t, "ASSAULT", "-", "USA"), "{:?}", events(t));
        // Not a measure that aims at goods (الرسوم الجمركية): no striker read.
        let t = "وتستهدف الرسوم الجمركية الكندية منتجات مصنوعة من الصلب.";
        assert!(!has(t, "ASSAULT", "CAN", "-"), "{:?}", events(t));
    }

    #[test]
    fn a_condemned_attack_with_its_party_in_the_construct_is_an_attack_too() {
        let t = "وأدان الأردن هجوم إسرائيل على قطاع غزة.";
        assert!(has(t, "ACCUSE", "JOR", "ISR"), "{:?}", events(t));
        assert!(has(t, "ASSAULT", "ISR", "PSE"), "{:?}", events(t));
        // A party of no country (هجوم إرهابي) or a plan (لهجوم) stays the content alone.
        let t = "وأدانت الحكومة الفرنسية هجوم مسلحين مجهولين على المدرسة.";
        assert_eq!(count(t, "ASSAULT"), 0, "{:?}", events(t));
    }

    #[test]
    fn a_counted_target_after_a_preposition_names_its_state() {
        let t = "شن الجيش الإسرائيلي هجوما صاروخيا على ثلاثة مواقع عسكرية سورية.";
        assert!(has(t, "ASSAULT", "ISR", "SYR"), "{:?}", events(t));
        let t = "وأطلق الحوثيون صواريخ على 3 مدن سعودية.";
        assert!(has(t, "ASSAULT", "YEM", "SAU"), "{:?}", events(t));
        // Without the count the phrase was already read; a count of nothing stays empty.
        let t = "شن الجيش الإسرائيلي هجوما على ثلاثة مواقع في المنطقة.";
        assert!(has(t, "ASSAULT", "ISR", "-"), "{:?}", events(t));
    }

    #[test]
    fn a_charge_names_no_event() {
        let t = "واعتقلت السلطات التركية صحفيين أمريكيين بتهمة التعاون مع حزب العمال الكردستاني.";
        assert!(!events(t).iter().any(|e| e.kind == "COOPERATE"), "{:?}", events(t));
        let t = "وتعاونت تركيا مع روسيا في سوريا.";
        assert!(events(t).iter().any(|e| e.kind == "COOPERATE"), "{:?}", events(t));
    }

    #[test]
    fn in_the_face_of_is_no_support_verb() {
        let rules = |t: &str| events(t).iter().map(|e| e.rule.clone()).collect::<Vec<_>>();
        let found = rules("ودعا الوزير الجنود إلى الصمود في وجه الهجمات الإسرائيلية.");
        assert!(!found.iter().any(|r| r.starts_with("وجه+")), "{found:?}");
        let found = rules("ووجه الجيش ضربة قوية للمسلحين.");
        assert!(found.iter().any(|r| r.starts_with("ووجه+")), "{found:?}");
    }

    #[test]
    fn a_sharp_attack_is_verbal() {
        let kinds = |t: &str| events(t).iter().map(|e| e.kind.clone()).collect::<Vec<_>>();
        let t = "وشن أحمد، خلال مؤتمر صحفي، هجوما لاذعا على إدارة المشروع.";
        assert!(!kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
        let t = "وشنت القوات الحكومية هجوما عنيفا على مواقع المتمردين الحوثيين.";
        assert!(kinds(t).contains(&"ASSAULT".to_string()), "{:?}", events(t));
    }

    #[test]
    fn a_relative_head_the_verbs_pronoun_refers_to_is_its_object() {
        // التي … -ها: the head is the one accused, not the accuser.
        let t = "وفي 7 حزيران/يونيو 2017 قطعت السعودية ومصر العلاقات مع قطر التي اتهمتها بدعم الإرهاب.";
        assert!(!sides(t, "ACCUSE").iter().any(|(a, _)| a.as_deref() == Some("QAT")), "{:?}", events(t));
        let t = "وكان نتنياهو دان عمل الشرطة التي اتهمها بالانحياز ضده.";
        assert!(events(t).iter().all(|e| e.actors.iter().all(|p| p.text != "الشرطة")), "{:?}", events(t));
        // A pronoun that does not agree with the relative is another party: the head acts.
        let t = "ويقول الرئيس الفرنسي السابق إن الليبيين الذين يتهمونه اليوم يريدون الانتقام منه.";
        assert!(sides(t, "ACCUSE").iter().any(|(a, _)| a.as_deref() == Some("LBY")), "{:?}", events(t));
    }

    #[test]
    fn a_feminine_or_plural_participle_after_a_comma_demands() {
        let one = |t: &str| events(t).into_iter().find(|e| e.kind == "REQUEST").unwrap_or_else(|| panic!("{t}"));
        let c = |ps: &[crate::Party]| ps.first().and_then(|p| p.country.clone());
        // مطالبة is the participle here, its object the one asked (before: the noun, with
        // Moscow as the one demanding).
        let e = one("ونفت روسيا أي صلة لها بالحادث، مطالبة بريطانيا بتقديم أدلة.");
        assert_eq!((c(&e.actors).as_deref(), c(&e.recipients).as_deref()), (Some("RUS"), Some("GBR")), "{e:?}");
        assert!(e.rule.contains("+participle"), "{e:?}");
        let e = one("وتظاهر آلاف الأردنيين أمام البرلمان، مطالبين الحكومة بالاستقالة.");
        assert_eq!(c(&e.actors).as_deref(), Some("JOR"), "{e:?}");
        let e = one("وانتقدت الحكومة الكندية القرار، داعية السعودية إلى الإفراج عن الناشطات.");
        assert_eq!((c(&e.actors).as_deref(), c(&e.recipients).as_deref()), (Some("CAN"), Some("SAU")), "{e:?}");
        // With a clitic, or not after a comma, the same letters are the noun.
        for t in ["وخرج المتظاهرون للمطالبة برحيل الحكومة العراقية.", "وتجددت الاحتجاجات، والمطالبة الشعبية بإسقاط الحكومة الأردنية مستمرة."] {
            assert!(events(t).iter().all(|e| !e.rule.contains("+participle")), "{t}: {:?}", events(t));
        }
    }

    #[test]
    fn the_object_follows_the_venues_pronoun_and_a_word_of_now() {
        let s = sides("ودعت الخارجية المصرية في بيان لها الحكومة الإثيوبية إلى وقف ملء السد.", "REQUEST");
        assert!(s.contains(&(Some("EGY".into()), Some("ETH".into()))), "{s:?}");
        let s = sides("وطالب الاتحاد الأوروبي في بيان مشترك، الحكومة الإثيوبية بوقف ملء السد.", "REQUEST");
        assert!(s.contains(&(Some("IGOEUREEC".into()), Some("ETH".into()))), "{s:?}");
        let s = sides("وتدعو الإدارة الأمريكية الآن قطر إلى مراجعة علاقاتها.", "REQUEST");
        assert!(s.contains(&(Some("USA".into()), Some("QAT".into()))), "{s:?}");
    }

    #[test]
    fn a_support_verbs_participle_after_a_comma_has_the_main_clauses_actor() {
        let text = "نشر الرئيس الأمريكي دونالد ترامب تغريدة حول اتفاقية التجارة، موجها انتقادات حادة لكندا.";
        assert_eq!(accusations(text), vec![(Some("USA".into()), Some("CAN".into()))]);
        // (The feminine with no comma is an adjective: no strike.)
        assert!(sides("وتحمل المدمرة الأمريكية طوربيدات موجهة وصواريخ توماهوك.", "ASSAULT").is_empty());
    }

    #[test]
    fn a_visit_to_an_embassy_is_no_meeting() {
        // The consulate is its state's government where it stands, but the one who visits
        // it meets no one: no CONSULT with Saudi Arabia, nor the building as the visitor.
        let t = "وزار الصحفي التركي القنصلية السعودية في إسطنبول صباح الثلاثاء.";
        assert!(sides(t, "CONSULT").is_empty(), "{:?}", events(t));
        let t = "وكان الوفد قد اختفى منذ زيارته للقنصلية السعودية في إسطنبول.";
        assert!(sides(t, "CONSULT").is_empty(), "{:?}", events(t));
        // A visit to the state itself still is.
        let t = "وزار وزير الخارجية التركي السعودية الثلاثاء.";
        assert!(!sides(t, "CONSULT").is_empty(), "{:?}", events(t));
    }

    #[test]
    fn arrests_of_people_of_no_known_country_are_domestic() {
        let t = "واعتقلت الشرطة التركية 22 متظاهرا في إسطنبول.";
        assert_eq!(sides(t, "COERCE"), vec![(Some("TUR".into()), Some("TUR".into()))]);
        // A party of another country in the sentence may be whom they arrested.
        let t = "واعتقلت الشرطة التركية 22 متظاهرا بتهمة الدعاية لحزب العمال الكردستاني وإيران.";
        assert!(!sides(t, "COERCE").iter().any(|(_, r)| r.as_deref() == Some("TUR")), "{:?}", events(t));
    }

    #[test]
    fn they_stopped_is_no_arrest() {
        // توقفوا is form V "they stopped", not the subjunctive of أوقف.
        let t = "وذكرت دراسة أن آلاف الأطفال توقفوا عن الذهاب إلى المدارس بسبب الحرب.";
        assert!(sides(t, "COERCE").is_empty(), "{:?}", events(t));
    }

    #[test]
    fn a_news_agency_telling_an_attack_accuses_no_one() {
        let t = "وذكرت وكالة الأنباء الفلسطينية أن طائرات الاحتلال الإسرائيلي قصفت مبنى في غزة.";
        assert!(events(t).iter().any(|e| e.kind == "ASSAULT"), "{:?}", events(t));
        assert!(accusations(t).is_empty(), "{:?}", accusations(t));
    }

    #[test]
    fn backing_no_one_is_no_support() {
        assert_eq!(count("وتقدمت القوات الحكومية، بدعم من التحالف العربي، في مديرية حيس جنوب الحديدة.", "SUPPORT"), 0);
        assert_eq!(count("وأعلن الرئيس الفرنسي دعمه لمشروع قانون إصلاح نظام التقاعد.", "SUPPORT"), 0);
    }

    #[test]
    fn backing_a_party_named_or_pronounced_is_support() {
        let supports = |t: &str| events(t).iter().filter(|e| e.kind == "SUPPORT" && !e.recipients.is_empty()).count();
        assert_eq!(supports("وقال المتحدث إن إيران تدعم جماعة الحوثي في اليمن."), 1);
        assert_eq!(supports("وتقدمت القوات السورية التي تدعمها روسيا نحو المدينة."), 1);
    }

    #[test]
    fn accusations_and_criticism_reach_their_target_after_ila() {
        // وجه اتهامات/انتقادات إلى X, أصابع الاتهام إلى X: the target is after إلى as after ل.
        let t = "ووجه الرئيس الأمريكي اتهامات إلى روسيا.";
        assert!(accusations(t).contains(&(Some("USA".into()), Some("RUS".into()))), "{:?}", accusations(t));
        let t = "ووجهت الحكومة العراقية أصابع الاتهام إلى إيران.";
        assert!(accusations(t).contains(&(Some("IRQ".into()), Some("IRN".into()))), "{:?}", accusations(t));
        let t = "وجه الوزير المصري انتقادات حادة إلى الحكومة الإثيوبية.";
        assert!(accusations(t).contains(&(Some("EGY".into()), Some("ETH".into()))), "{:?}", accusations(t));
    }

    #[test]
    fn pointing_the_finger_of_blame_accuses() {
        let t = "وأشار وزير الخارجية البريطاني بأصابع الاتهام إلى روسيا.";
        assert!(accusations(t).contains(&(Some("GBR".into()), Some("RUS".into()))), "{:?}", accusations(t));
        // أشار إلى alone points out, no accusation.
        assert!(accusations("وأشار وزير الخارجية البريطاني إلى روسيا.").is_empty());
    }

    #[test]
    fn staff_and_diplomats_withdrawn_and_a_membership_suspended() {
        let some = |x: &str| Some(x.to_string());
        // Its own staff: the pronoun is the withdrawer's, the place after من the recipient.
        assert_eq!(sides("سحبت كندا جميع موظفيها من فنزويلا بسبب الأوضاع الأمنية.", "SANCTION"), vec![(some("CAN"), some("VEN"))]);
        let counted = sides("وسحبت ألمانيا 20 من دبلوماسييها من طهران.", "SANCTION");
        assert_eq!(counted.first().map(|(a, _)| a.clone()), Some(some("DEU")), "{counted:?}");
        assert!(sides("سحب الموظف راتبه من البنك صباح الأحد.", "SANCTION").is_empty());
        // A membership suspended, the suspended after it; commenting on one is no event.
        assert_eq!(sides("علق الاتحاد الأفريقي عضوية مالي بعد الانقلاب.", "SANCTION").first().map(|(_, r)| r.clone()), Some(some("MLI")));
        assert!(sides("علق الوزير الأردني على عضوية بلاده في المجلس.", "SANCTION").is_empty());
    }

    #[test]
    fn contacts_talks_cooperation_and_dealings_halted_with_a_party() {
        let some = |x: &str| Some(x.to_string());
        // A halt to contacts, talks, cooperation or dealings is SANCTION, the party after مع its recipient.
        assert_eq!(sides("وجمدت السلطة الفلسطينية اتصالاتها مع الولايات المتحدة بعد القرار.", "SANCTION").first().map(|(_, r)| r.clone()), Some(some("USA")));
        assert_eq!(sides("وأوقفت كوريا الشمالية المحادثات مع كوريا الجنوبية بسبب المناورات.", "SANCTION"), vec![(some("PRK"), some("KOR"))]);
        assert_eq!(sides("وعلقت الدنمارك التعاون العسكري مع السعودية.", "SANCTION"), vec![(some("DNK"), some("SAU"))]);
        // The noun with التعاون is left out: a demand's second step stays cooperation.
        assert!(sides("طالبت فرنسا روسيا بوقف دعمها للنظام السوري، والتعاون مع الأمم المتحدة.", "SANCTION").is_empty());
        assert_eq!(sides("وجمدت كندا التعاملات التجارية الجديدة مع فنزويلا.", "SANCTION"), vec![(some("CAN"), some("VEN"))]);
        // With no party named the halt is no sanction (a club stopping talks over a player).
        // A handover stopped is none: تسليم is as often a person extradited (بوقف إجراء تسليمه إلى تركيا).
        assert!(sides("وقررت المحكمة وقف إجراءات تسليم المتهم إلى فرنسا.", "SANCTION").is_empty());
        assert!(sides("وأعلن النادي وقف المفاوضات بشأن اللاعب.", "SANCTION").is_empty());
    }

    #[test]
    fn own_ambassador_recalled_from_the_state_after_lada() {
        let some = |x: &str| Some(x.to_string());
        assert_eq!(sides("وسحبت البرازيل سفيرها لدى إسرائيل للتشاور.", "SANCTION"), vec![(some("BRA"), some("ISR"))]);
        assert_eq!(sides("وسحبت الأردن سفيرها في قطر العام الماضي.", "SANCTION"), vec![(some("JOR"), some("QAT"))]);
        // A foreign envoy summoned (استدعى) in the summoner's own capital is no recall: استدعى keeps من only.
        assert!(sides("واستدعت الخارجية الألمانية السفير التركي لدى برلين.", "SANCTION").iter().all(|(_, r)| r.as_deref() != Some("DEU")));
    }

    #[test]
    fn loans_given_are_aid_and_a_loan_named_is_not() {
        let some = |s: &str| Some(s.to_string());
        let s = sides("وقدمت الصين قروضا لمصر بقيمة مليار دولار.", "AID");
        assert!(s.contains(&(some("CHN"), some("EGY"))), "{s:?}");
        // (Under no support verb: no gift told.)
        let s = sides("وقال وزير المالية المصري إن القرض سيسدد خلال عشر سنوات.", "AID");
        assert!(s.is_empty(), "{s:?}");
    }
    // Sixty-sixth session (`coerce66`): court and custody rows of events.tsv.
    #[test]
    fn plural_sentences_and_the_passive_of_punishing_are_coercion() {
        assert_some_of(
            "COERCE",
            &[
                "أصدرت محكمة تركية، الأربعاء، أحكاما بالسجن على العديد من الصحافيين في صحيفة جمهورييت.",
                "ونفذت السعودية أحكاما بالإعدام بحق 48 شخصا منذ بداية العام.",
                "وعوقب اثنان من المتهمين البريطانيين بالسجن بعد إدانتهم.",
            ],
        );
        // Judgments of no penalty stay none: أحكام alone is any ruling.
        assert_none_of("COERCE", &["وأكد القاضي أن أحكام القانون تطبق على الجميع."]);
    }

    #[test]
    fn trying_in_court_is_coercion_and_the_governor_is_not() {
        let some = |x: &str| Some(x.to_string());
        assert_eq!(sides("وحاكمت السلطات المصرية أكثر من 15 ألف مدني أمام محاكم عسكرية.", "COERCE"), vec![(some("EGY"), some("EGY"))]);
        // The unvowelled passive: the tried is the recipient.
        assert_eq!(recipient_countries("قس أمريكي يحاكم في تركيا بتهمة دعم جماعة فتح الله غولن", "COERCE"), [some("USA")]);
        assert_eq!(recipient_countries("وحوكم الناشط المصري بتهمة نشر أخبار كاذبة.", "COERCE"), [some("EGY")]);
        // حاكم alone is the noun "governor"; حاكما its accusative.
        assert_none_of("COERCE", &["وقال حاكم ولاية كاليفورنيا إن الحرائق تتسع.", "وعين الرئيس حاكما جديدا للبنك المركزي."]);
    }


    #[test]
    fn a_terror_list_designation_is_coerce_163() {
        // As the study labels code it (gold, dev3, dev8, dev9, dev10): sanctions, not 172.
        for text in ["صنفت الولايات المتحدة حزب الله منظمة إرهابية.", "أدرجت السعودية حزب الله على قائمة الإرهاب."] {
            let evs = events(text);
            let e = evs.iter().find(|e| e.kind == "COERCE").unwrap_or_else(|| panic!("{text}: {evs:?}"));
            assert_eq!(e.cameo.as_deref(), Some("163"), "{text}");
        }
    }
}
