//! Role nouns with a possessive pronoun (جيشها، حكومته، قادتها، نظيره الأميركي): the body or
//! people of the actor the pronoun refers to, the nearest one before it that agrees.

use super::described_body::described_by;
use super::{actor_of, covered_at, extent, homeland, insert_possessive_forms, merge_by_start, strip_proclitics, ActorSpan, Cx, FxMap};
use marsad_lexicon::{Kind, Match, WordFilter};
use std::borrow::Cow;
use std::sync::OnceLock;

/// What a possessed role noun names of its possessor.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// Its body or people, with this role: جيشها (MIL), حكومته (GOV), مواطنيها (CVL).
    Body(&'static str),
    /// Its members or leaders: a group's own code (قادتها of Hamas), a state's with this
    /// role (زعيمها → GOV, مقاتليه → MIL).
    Member(&'static str),
    /// A person's or a state's regime (نظامه); a body's or a company's نظام is its system.
    Regime,
    /// Speaking in its name (المتحدث باسمه): the spokesperson before is its own.
    NameOf,
    /// People at a person's or a body's side, of its own code: زملاؤه (a player's are
    /// players, a senator's senators), مرافقيه، مساعديه، مستشاريه. A state has none.
    Peer,
    /// One colleague (زميله): a mention only with the colleague's name right after it,
    /// whose code it keeps. Alone, a player's teammate at a club is as often of another
    /// state as of his.
    Colleague,
    /// Its supporters or followers (أنصاره، أتباعه، مؤيديها): a group's or an armed
    /// person's are its own; a politician's are private people of his state (CVL).
    Supporter,
    /// A person's party (حزبه): his own code when it is a party's, a government's (a
    /// leader's party is the ruling one, GOV, as the guide codes الحزب الحاكم) or an armed
    /// group's (نصرالله … حزبه).
    Party,
    /// A person's group (جماعته): his own code when he is of an armed group; a
    /// preacher's or a politician's group is not his state's.
    Group,
    /// Its counterpart in the state of the nisba after it (نظيره الأميركي): that state
    /// with the possessor's role.
    Counterpart,
    /// The second word of an office written in construct with the pronoun (رئيس وزرائها،
    /// وزير خارجيته): its state with this role, only after the office's head noun
    /// ([`OFFICE_HEADS`]), which the mention takes in (دفاعها alone is "its defence").
    Office(&'static str),
    /// Its peoples (شعوبه): a state's private people (CVL), only after ه. Peoples are
    /// mostly a region's or several states' (المنطقة وشعوبها، الدول العربية وشعوبها),
    /// which ها and هم point to, not the state named before.
    Peoples,
}

impl Relation {
    /// Does it name people at a person's side (نظيره، زملاؤه، أنصاره، حزبه, the
    /// spokesperson's باسمه): a state is no possessor of these.
    fn of_a_person(self) -> bool {
        matches!(self, Relation::Counterpart | Relation::Peer | Relation::Colleague | Relation::Supporter | Relation::Party | Relation::Group | Relation::NameOf)
    }
}

/// Role nouns as written before the pronoun (ة as ت), with what they name.
const POSSESSED: &[(&str, Relation)] = &[
    ("جيش", Relation::Body("MIL")),
    ("قوات", Relation::Body("MIL")),
    ("جنود", Relation::Body("MIL")),
    ("حكومت", Relation::Body("GOV")),
    ("نظام", Relation::Regime),
    ("سلطات", Relation::Body("GOV")),
    ("شرطت", Relation::Body("COP")),
    ("سفير", Relation::Body("GOV")),
    // Its envoys and diplomats are its government abroad (مبعوثه، مندوبها، دبلوماسييها).
    ("مبعوث", Relation::Body("GOV")),
    ("مندوب", Relation::Body("GOV")),
    ("دبلوماسيي", Relation::Body("GOV")),
    ("دبلوماسيو", Relation::Body("GOV")),
    // Its officers and generals its military (ضباطها، جنرالاته).
    ("ضباط", Relation::Body("MIL")),
    ("جنرالات", Relation::Body("MIL")),
    // An embassy is its state's government abroad (غواتيمالا … سفارتها → GTMGOV).
    ("سفارت", Relation::Body("GOV")),
    // And so is a consulate (السلطات السعودية … قنصليتها → SAUGOV).
    ("قنصليت", Relation::Body("GOV")),
    ("مواطني", Relation::Body("CVL")),
    ("شعب", Relation::Body("CVL")),
    // A state's sects and peoples (لبنان … شعوبه وطوائفه).
    ("طوائف", Relation::Body("CVL")),
    ("شعوب", Relation::Peoples),
    ("رعايا", Relation::Body("CVL")),
    ("اهل", Relation::Body("CVL")),
    ("سكان", Relation::Body("CVL")),
    ("ساكني", Relation::Body("CVL")),
    ("ساكنو", Relation::Body("CVL")),
    ("مقيمي", Relation::Body("CVL")),
    // A lawyer of a person is a private person of the client's state (محاميها).
    ("محامي", Relation::Body("CVL")),
    ("قادت", Relation::Member("GOV")),
    ("زعيم", Relation::Member("GOV")),
    ("رئيس", Relation::Member("GOV")),
    ("مسؤولي", Relation::Member("GOV")),
    ("حكام", Relation::Member("GOV")),
    ("موظفي", Relation::Member("GOV")),
    ("عاملي", Relation::Member("GOV")),
    ("وفد", Relation::Member("GOV")),
    ("اعضائ", Relation::Member("GOV")),
    ("قياديي", Relation::Member("GOV")),
    ("قياديو", Relation::Member("GOV")),
    ("قيادات", Relation::Member("GOV")),
    ("عناصر", Relation::Member("MIL")),
    ("مقاتلي", Relation::Member("MIL")),
    ("مسلحي", Relation::Member("MIL")),
    // A group's militias are the group (الجماعة الحوثية … ميليشياتها → YEMREB).
    ("ميليشيات", Relation::Member("MIL")),
    ("مليشيات", Relation::Member("MIL")),
    ("نظير", Relation::Counterpart),
    ("زميل", Relation::Colleague),
    ("زملائ", Relation::Peer),
    ("زملاء", Relation::Peer),
    ("زملاؤ", Relation::Peer),
    ("مرافقي", Relation::Peer),
    ("مرافقو", Relation::Peer),
    ("مساعدي", Relation::Peer),
    ("مساعدو", Relation::Peer),
    ("مستشاري", Relation::Peer),
    ("مستشارو", Relation::Peer),
    ("انصار", Relation::Supporter),
    ("اتباع", Relation::Supporter),
    ("مؤيدي", Relation::Supporter),
    ("مؤيدو", Relation::Supporter),
    ("مناصري", Relation::Supporter),
    ("مناصرو", Relation::Supporter),
    ("حزب", Relation::Party),
    ("جماعت", Relation::Group),
    ("اسم", Relation::NameOf),
    ("وزرائ", Relation::Office("GOV")),
    ("خارجيت", Relation::Office("GOV")),
    ("داخليت", Relation::Office("GOV")),
    ("دفاع", Relation::Office("GOVMIL")),
];

/// Head nouns of an office in construct with a possessed noun (رئيس وزرائها، وزير
/// خارجيته، رئيس حكومته), as keys with و or ف before them too.
const OFFICE_HEADS: &[&str] = &["رئيس", "رئيسه", "وزير", "وزيره", "نائب"];

/// A delegation in construct with a body through a pronoun (وفد حكومته، وفد جماعته): the
/// body's, one mention, as a delegation from a body is (`delegations.rs`).
fn delegation_head(key: &str) -> bool {
    matches!(key.strip_prefix(['و', 'ف']).unwrap_or(key), "وفد" | "لوفد" | "بوفد") || key == "وفد"
}

/// Nouns of a figure before a people noun (عدد سكانها، تعداد سكانه): the population as
/// a number, no one who takes part in the story (the guide labels people who act).
const FIGURES: &[&str] = &["عدد", "تعداد", "مجموع", "اجمالي"];

/// Is the possessed noun at `t` a population counted by a figure noun before it?
fn population_figure(cx: &Cx<'_, '_>, t: usize) -> bool {
    let noun = strip_proclitics(&cx.keys[t]).0;
    let figure = t.checked_sub(1).map(|f| cx.keys[f].as_str()).is_some_and(|k| FIGURES.contains(&k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k)) || FIGURES.contains(&k));
    figure && (noun.starts_with("سكان") || noun.starts_with("ساكني") || noun.starts_with("ساكنو"))
}

/// Is `key` an office head of [`OFFICE_HEADS`], with or without و/ف (ورئيس وزرائها)?
fn office_head(key: &str) -> bool {
    let base = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    OFFICE_HEADS.contains(&key) || OFFICE_HEADS.contains(&base)
}

/// Pronouns: his/its (masculine), her/its (feminine), their (people).
const SUFFIXES: &[&str] = &["هم", "ها", "ه"];

/// States whose Arabic names are masculine (العراق … and so قواته).
pub(crate) const MASCULINE_STATES: &[&str] = &["IRQ", "JOR", "LBN", "YEM", "SDN", "MAR"];

/// Words that pick some of the possessed (أحد جنودها).
const QUANTIFIERS: &[&str] = &["احد", "احدي", "بعض", "كبار"];

/// Roles of armed people, whose followers are of their group (اتباعه of a militia leader).
const ARMED: &[&str] = &["REB", "INS", "UAF", "MIL"];

/// Roles whose holder's party is his own code (حزبه): a party leader's, an opposition
/// leader's, a ruling leader's.
const PARTY_ROLES: &[&str] = &["PTY", "OPP", "GOV"];

/// Is `p` a person (named, or by a role noun for one) of an armed role?
fn armed_person(p: &ActorSpan<'_>) -> bool {
    p.names_one_person() && p.role.as_deref().is_some_and(|r| ARMED.contains(&r))
}

/// How many tokens back a possessor may be named.
const WINDOW: usize = 40;

/// Every written form of a possessed role noun, for the lexicon scan's marks (one filter
/// serves this pass and the kinship nouns').
pub(super) fn add_forms(bits: &mut WordFilter) {
    insert_possessive_forms(bits, POSSESSED.iter().map(|&(stem, _)| stem), SUFFIXES);
}

/// How a possessed noun is written: what it is and whether its pronoun is feminine and a
/// preposition comes before it (بنظيره).
struct Reading {
    relation: Relation,
    feminine: bool,
    /// Their (هم): people in the plural.
    plural: bool,
    prepositional: bool,
}

/// What the role noun `stem` of [`POSSESSED`] names: a map, as `read` asks it up to six
/// times for every cue word (a search of the list compared each of its sixty stems).
fn relation_of(stem: &str) -> Option<Relation> {
    static BY_STEM: OnceLock<FxMap<&'static str, Relation>> = OnceLock::new();
    BY_STEM.get_or_init(|| POSSESSED.iter().copied().collect()).get(stem).copied()
}

/// The possessed noun `key` is, proclitics aside. `hah` says the word ends in ه as
/// written, not ة (رئيسه "his president" is رئيسة "a president" once folded).
fn read(key: &str, hah: impl Fn() -> bool) -> Option<Reading> {
    let (k, prepositional) = strip_proclitics(key);
    let reading = |k: &str, prepositional: bool| {
        SUFFIXES.iter().find_map(|&suf| {
            let relation = relation_of(k.strip_suffix(suf)?)?;
            (suf != "ه" || hah()).then_some(Reading { relation, feminine: suf == "ها", plural: suf == "هم", prepositional })
        })
    };
    // A noun whose own first letter is و (وزرائها) is read as written too.
    reading(k, prepositional).or_else(|| (k.len() != key.len()).then(|| reading(key, false)).flatten())
}

/// Is the possessed noun at `t` one for people who belong to or side with the possessor
/// (زملاؤه، قادتها، عناصرها، أنصاره), not its own body or envoy (حكومته، مندوبها), its
/// party or a counterpart: people who may be named by another institution they are in.
pub(super) fn names_members(cx: &Cx<'_, '_>, t: usize) -> bool {
    read(&cx.keys[t], || cx.ends_with_hah(t)).is_some_and(|r| matches!(r.relation, Relation::Member(_) | Relation::Peer | Relation::Supporter))
}

/// A form of بلاد from token `from` on and before the noun at `t` (in its paragraph),
/// outside the mentions `before`, that names a state of the pronoun's gender: a nearer
/// possessor than any mention (أن بلاده لن تنقل سفارتها). The pass of بلاد runs after
/// this one, which may give its own possessor (وزير دفاعه … قوات بلاده).
fn homeland_between<'a>(cx: &Cx<'a, '_>, before: &[ActorSpan<'a>], from: usize, t: usize, feminine: bool) -> Option<ActorSpan<'a>> {
    let at = cx.cues.partition_point(|&c| c < t);
    cx.cues[..at].iter().rev().take_while(|&&h| h >= from && h + WINDOW > t && !cx.crosses_paragraph(h, t + 1)).find_map(|&h| {
        let ended = before.partition_point(|s| s.tok_start <= h);
        if before[..ended].last().is_some_and(|s| s.tok_end > h) {
            return None;
        }
        homeland::at(cx, &before[..ended], h).filter(|s| agrees(cx, s, feminine))
    })
}

/// Can `p` be what a pronoun of this gender refers to? Not a news outlet: it reports.
pub(super) fn agrees(cx: &Cx<'_, '_>, p: &ActorSpan<'_>, feminine: bool) -> bool {
    let state = p.actor.as_deref().and_then(|a| a.get(..3));
    if p.role.as_deref() == Some("MED") {
        return false;
    }
    match p.kind {
        // A relative in construct (زوجة الرئيس، عائلة خاشقجي) has the gender of the
        // kinship noun; other people are taken as masculine.
        Kind::Person if p.rule == "kin+of" => feminine_noun(&cx.keys[p.tok_start]) == feminine,
        // A relative or friend named through a pronoun (وأصدقائه) points back to its
        // possessor, whom a later pronoun names too (… وأصدقائه، بحسب المتحدث باسمه).
        Kind::Person if p.rule == "kin+possessor" => false,
        // A person is taken as a man unless the text shows a woman (المستشارة الألمانية
        // أنجيلا ميركل … حكومتها، وقالت ماي إن حزبها).
        Kind::Person | Kind::PersonShort => super::person_gender::shown_gender(cx, p).map_or(!feminine, |f| f == feminine),
        Kind::State | Kind::Capital => state.is_some_and(|s| MASCULINE_STATES.contains(&s) != feminine),
        Kind::Group => group_gender(p).is_none_or(|f| f == feminine),
        Kind::Igo | Kind::Metonym => true,
        // A role phrase, coded or not (the nearest decides): a person (masculine), or a
        // body as its noun: ة and plurals in ات feminine (الحكومة، القوات، المنظمات),
        // others masculine (الجيش).
        // People in the plural (المتظاهرين) take هم, not ه or ها.
        Kind::Agent => {
            let head = &cx.keys[p.tok_start];
            if p.person_noun {
                super::person_gender::shown_gender(cx, p).map_or(!feminine, |f| f == feminine)
            } else {
                !(head.ends_with("ين") || head.ends_with("ون")) && feminine_noun(head) == feminine
            }
        }
        _ => false,
    }
}

/// Can `p` be what هم refers to: people named in the plural (المتظاهرين، الحوثيون, a
/// demonym), not a news outlet?
fn people(cx: &Cx<'_, '_>, p: &ActorSpan<'_>) -> bool {
    let head = &cx.keys[p.tok_start];
    let plural = head.ends_with("ين") || head.ends_with("ون");
    p.role.as_deref() != Some("MED") && (p.kind == Kind::Demonym || plural && matches!(p.kind, Kind::Agent | Kind::Group) && !p.person_noun)
}

/// The grammatical gender of a group, as its Arabic head noun is, read from its English
/// name: a movement, organisation, front or group (حركة، منظمة، جبهة، جماعة) is feminine,
/// a party, army, council or state (حزب، جيش، مجلس، تنظيم الدولة) masculine; others
/// either.
pub(crate) fn group_gender(p: &ActorSpan<'_>) -> Option<bool> {
    let name = p.entity.as_deref()?;
    let has = |w: &str| name.split(|c: char| !c.is_alphabetic()).any(|x| x == w);
    if ["Movement", "Organization", "Organisation", "Front", "Group"].iter().any(|w| has(w)) {
        Some(true)
    } else if ["Party", "Army", "Council", "State"].iter().any(|w| has(w)) {
        Some(false)
    } else {
        None
    }
}

/// Is the noun of `key` grammatically feminine: ة (folded to ه) or a plural in ات?
fn feminine_noun(key: &str) -> bool {
    key.ends_with('ه') || key.ends_with("ات")
}

/// Find the possessed role nouns among the tokens the lexicon scan marked and add them.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let mut added = Vec::new();
    let mut spokespeople: Vec<(usize, ActorSpan<'a>)> = Vec::new();
    // Bare head nouns taken into an office (رئيس before وزرائها), dropped at the end.
    let mut heads: Vec<usize> = Vec::new();
    let mut j = 0;
    for &t in &cx.cues {
        if covered_at(out, &mut j, t) {
            continue;
        }
        let Some(reading) = read(&cx.keys[t], || cx.ends_with_hah(t)) else { continue };
        // باسمه after a spokesperson: the possessor is named before the spokesperson.
        let speaker = (reading.relation == Relation::NameOf)
            .then(|| j.checked_sub(1))
            .flatten()
            .filter(|&s| reading.prepositional && out[s].tok_end == t && out[s].kind == Kind::Agent && out[s].person_noun && out[s].entity.is_none());
        if reading.relation == Relation::NameOf && speaker.is_none() {
            continue;
        }
        // The head noun of an office before it (رئيس وزرائها) read as a bare role noun
        // with no code: the mention takes it in, and it is no possessor.
        let bare_head = j > 0 && {
            let h = &out[j - 1];
            h.tok_start + 1 == t && h.tok_end == t && h.kind == Kind::Agent && h.actor.is_none() && h.entity.is_none()
        };
        let free_head = j == 0 || out[j - 1].tok_end < t || bare_head;
        let head = t > 0 && office_head(&cx.keys[t - 1]) && free_head;
        let delegation = t > 0 && delegation_head(&cx.keys[t - 1]) && free_head && matches!(reading.relation, Relation::Body("GOV") | Relation::Party | Relation::Group);
        let takes_head = head && matches!(reading.relation, Relation::Office(_) | Relation::Body("GOV")) || delegation;
        if population_figure(cx, t) {
            continue;
        }
        if matches!(reading.relation, Relation::Office(_)) && !takes_head || reading.relation == Relation::Peoples && (reading.feminine || reading.plural) {
            continue;
        }
        let before_possessor = speaker.unwrap_or(if takes_head && bare_head { j - 1 } else { j });
        // A bare role noun with في right before the noun is its head, not its possessor:
        // وزير في حكومته is a minister in someone else's government.
        let head_in = |p: &ActorSpan<'_>| p.kind == Kind::Agent && p.actor.is_none() && p.tok_end + 1 == t && cx.keys[p.tok_end] == "في";
        let fits = |p: &ActorSpan<'_>| !head_in(p) && if reading.plural { people(cx, p) } else { agrees(cx, p, reading.feminine) };
        let possessor = (0..before_possessor)
            .rev()
            .take_while(|&k| out[k].tok_end + WINDOW > t && !cx.crosses_paragraph(out[k].tok_end, t + 1))
            .find(|&k| fits(&out[k]))
            // A state that only describes the body before it (ميليشيات الحوثي الموالية
            // لإيران … عناصرها) gives way to that body when the pronoun agrees with it.
            .map(|k| described_by(cx, out, k).filter(|&h| fits(&out[h])).unwrap_or(k))
            .map(|k| &out[k]);
        let homeland = (speaker.is_none() && !reading.relation.of_a_person() && !reading.plural)
            .then(|| homeland_between(cx, &out[..before_possessor], possessor.map_or(0, |p| p.tok_end), t, reading.feminine))
            .flatten();
        let Some(p) = homeland.as_ref().or(possessor) else { continue };
        if let Some(s) = speaker {
            if p.actor.is_some() {
                // The possessor's code, not its identity: the spokesperson is someone else.
                // A state's spokesperson speaks for its government.
                let mut span = out[s].clone();
                span.tok_end = t + 1;
                let state = matches!(p.kind, Kind::State | Kind::Capital).then(|| p.actor.as_deref()).flatten();
                if let Some(state) = state.filter(|_| cx.lex.is_role("GOV")) {
                    span.actor = Some(actor_of(cx.lex, state, "GOV"));
                    span.role = Some(Cow::Borrowed("GOV"));
                } else {
                    span.actor = p.actor.clone();
                    span.role = p.role.clone();
                }
                span.country = p.country.clone();
                span.antecedent = Some((p.tok_start, p.tok_end));
                span.rule = Cow::Owned(format!("{}+possessed", span.rule));
                spokespeople.push((s, span));
            }
            continue;
        }
        // Whether the words right before and after belong to no other mention.
        // (The first token after the mentions before it, or none when an office head is
        // taken in.)
        let free_since = if takes_head { t } else { j.checked_sub(1).map_or(0, |b| out[b].tok_end) };
        let free_after = out.get(j).is_none_or(|n| n.tok_start > t + 1);
        if let Some(mut span) = possessed(cx, ms, t, reading.relation, p, (free_since, free_after)) {
            span.prepositional = reading.prepositional;
            // A colleague's or a party's own name right after it (زميله كيفن لاف، حزبه
            // (العدالة والتنمية)): one mention, the name's.
            if let Some(n) = out.get_mut(j).filter(|n| named_after(cx, reading.relation, n, t)) {
                n.tok_start = span.tok_start;
                n.prepositional = span.prepositional;
                n.rule = Cow::Owned(["possessed+", &n.rule].concat());
                continue;
            }
            if reading.relation == Relation::Colleague {
                continue;
            }
            if takes_head {
                span.tok_start = t - 1;
                span.prepositional = strip_proclitics(&cx.keys[t - 1]).1;
                span.person_noun = !delegation;
                if bare_head {
                    heads.push(j - 1);
                }
            }
            // Its adjectives (قادتها البارزين، حكامه الفاسدين، حزبه الجمهوري) are the mention's.
            let next_start = out.get(j).map_or(usize::MAX, |n| n.tok_start);
            span.tok_end += super::attributes::run_after(cx, span.tok_end, next_start, span.country.as_deref());
            added.push(span);
        }
    }
    for (s, span) in spokespeople {
        out[s] = span;
    }
    for &h in heads.iter().rev() {
        out.remove(h);
    }
    merge_by_start(out, added);
}

/// Is `n`, the next mention, the own name of the peer or party at `t`: a person right
/// after a colleague, a group right after a party (or after a bracket)?
fn named_after(cx: &Cx<'_, '_>, relation: Relation, n: &ActorSpan<'_>, t: usize) -> bool {
    match relation {
        Relation::Peer | Relation::Colleague => n.tok_start == t + 1 && matches!(n.kind, Kind::Person | Kind::PersonShort) && !n.prepositional,
        Relation::Party | Relation::Group => n.kind == Kind::Group && (n.tok_start == t + 1 || n.tok_start == t + 2 && cx.punct_is(t + 1, "(")),
        _ => false,
    }
}

/// The code of a bare organisation noun of no state (المنظمات → NGO, role only): its
/// staff are organisation people (موظفيها → NGO), a code with no country in CAMEO.
fn organisation_role<'r>(cx: &Cx<'_, '_>, p: &'r ActorSpan<'_>) -> Option<&'r str> {
    let role = p.role.as_deref()?;
    (p.kind == Kind::Agent && p.country.is_none() && cx.lex.is_generic(role)).then_some(role)
}

/// The mention of the possessed noun at `t` with possessor `p`, if it can be coded.
/// `free` says from which token on the words before `t` belong to no other mention, and
/// whether the word after it does not.
fn possessed<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], t: usize, relation: Relation, p: &ActorSpan<'a>, free: (usize, bool)) -> Option<ActorSpan<'a>> {
    let (free_since, free_after) = free;
    let code = match (p.actor.as_deref(), relation) {
        (Some(code), _) => code,
        (None, Relation::Member(_)) => organisation_role(cx, p)?,
        (None, _) => return None,
    };
    let state = code.get(..3).filter(|s| cx.lex.state(s).is_some());
    let (actor, end): (Cow<'a, str>, usize) = match relation {
        Relation::Body(role) => (actor_of(cx.lex, state?, role), t + 1),
        Relation::Peoples => (actor_of(cx.lex, state?, "CVL"), t + 1),
        Relation::Regime if matches!(p.kind, Kind::Person | Kind::PersonShort | Kind::State) => (actor_of(cx.lex, state?, "GOV"), t + 1),
        Relation::Regime => return None,
        // A ruler's or a minister's officials or delegation are his state's government
        // (دوتيرتي وكبار مسؤوليه → PHLGOV); an armed leader's fighters are his group.
        Relation::Member(role) if matches!(p.kind, Kind::Person | Kind::PersonShort) => match p.role.as_deref() {
            Some("GOV") if role == "GOV" => (actor_of(cx.lex, state?, role), t + 1),
            Some(r) if ARMED.contains(&r) => (p.actor.clone()?, t + 1),
            // Other people's leaders or members are nobody's in particular.
            _ => return None,
        },
        // A nation's or its citizens' president or leaders (رئيسهم after الناخبون الأتراك)
        // are its state's, as a state's are; a nation's fighters are its military, but
        // the members of a civilian body (الخوذ البيضاء … عناصرها) are of its code.
        Relation::Member(role) if p.kind == Kind::Demonym || role == "GOV" && p.role.as_deref() == Some("CVL") => (actor_of(cx.lex, state?, role), t + 1),
        Relation::Member(_) if p.kind != Kind::State && p.kind != Kind::Capital => (p.actor.clone().or_else(|| p.role.clone())?, t + 1),
        Relation::Member(role) => (actor_of(cx.lex, state?, role), t + 1),
        Relation::NameOf => return None,
        Relation::Peer | Relation::Colleague if matches!(p.kind, Kind::State | Kind::Capital) => return None,
        Relation::Peer | Relation::Colleague => (p.actor.clone()?, t + 1),
        Relation::Supporter => match p.kind {
            Kind::Group => (p.actor.clone()?, t + 1),
            Kind::Person | Kind::PersonShort if p.role.as_deref().is_some_and(|r| ARMED.contains(&r)) => (p.actor.clone()?, t + 1),
            Kind::Person | Kind::PersonShort => (actor_of(cx.lex, state?, "CVL"), t + 1),
            _ => return None,
        },
        Relation::Party if p.role.as_deref().is_some_and(|r| PARTY_ROLES.contains(&r)) => (p.actor.clone()?, t + 1),
        // An armed person's party or group is his own (نصرالله … حزبه); an army is no
        // party's or group's possessor (الجيش يستهدفه مع حزبه).
        Relation::Party | Relation::Group if armed_person(p) => (p.actor.clone()?, t + 1),
        // An armed group's own group (الحوثيين … مؤسس جماعتهم).
        Relation::Group if p.kind == Kind::Group && p.role.as_deref().is_some_and(|r| ARMED.contains(&r)) => (p.actor.clone()?, t + 1),
        Relation::Party | Relation::Group => return None,
        // A person's or a state's office is the state's (بوتين ووزير خارجيته → RUSGOV).
        Relation::Office(role) => (actor_of(cx.lex, state?, role), t + 1),
        Relation::Counterpart => {
            // The counterpart's state is the nisba right after it; its role the
            // possessor's (a minister's counterpart is a minister).
            let role = p.role.as_deref().filter(|r| !r.is_empty())?;
            let at = ms.partition_point(|m| m.start <= t);
            let m = ms.get(at).filter(|m| m.start == t + 1 && !m.conj && free_after)?;
            let nisba = cx.entry(at).filter(|e| e.kind == Kind::Nisba)?;
            (actor_of(cx.lex, cx.lex.state_of(nisba)?, role), m.end)
        }
    };
    // One of them (أحد جنودها، بعض قادته) is still theirs, in one mention.
    // So are some counted out of them with من (عدد من اتباعه، 4 من مرافقيه).
    let quantified = t > free_since && {
        let q = cx.keys[t - 1].as_str();
        QUANTIFIERS.contains(&q.strip_prefix(['و', 'ف']).unwrap_or(q))
    };
    let partitive = extent::partitive_start(cx.keys, t).filter(|&s| s >= free_since);
    let start = partitive.unwrap_or(if quantified { t - 1 } else { t });
    let mut span = ActorSpan::new(start, end, Kind::Agent, Cow::Borrowed("possessed"));
    let (country, role) = cx.lex.split_code(&actor);
    span.country = country.map(Cow::Owned);
    span.role = role.map(Cow::Owned);
    span.actor = Some(actor);
    span.antecedent = Some((p.tok_start, p.tok_end));
    span.person_noun = relation == Relation::Counterpart;
    Some(span)
}

#[cfg(test)]
mod tests {
    // The mentions tests' analyzer and article date.
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn every_stem_is_read_with_each_pronoun() {
        for &(stem, relation) in super::POSSESSED {
            for suf in ["ها", "هم"] {
                let r = super::read(&[stem, suf].concat(), || false).map(|r| r.relation);
                assert!(r == Some(relation), "{stem}{suf}");
            }
        }
        // ه is a pronoun only as written (رئيسه, not رئيسة folded); no stem, no reading.
        assert!(super::read("جيشه", || true).is_some_and(|r| !r.feminine && !r.plural));
        assert!(super::read("جيشه", || false).is_none());
        assert!(super::read("بيتها", || true).is_none());
        assert!(super::read("بجيشها", || true).is_some_and(|r| r.prepositional && r.feminine));
    }

    #[test]
    fn a_states_peoples_and_sects() {
        let ms = mentions("وقال الرئيس اللبناني إن لبنان دفع ثمنا باهظا حين انقسمت شعوبه وطوائفه.");
        assert_eq!(code(&ms, "شعوبه"), Some("LBNCVL"), "{ms:?}");
        assert_eq!(code(&ms, "وطوائفه"), Some("LBNCVL"), "{ms:?}");
        // The peoples of a region or of several states are not the state's named before.
        let ms = mentions("وقال الرئيس المصري إن مصر تسعى إلى أمن المنطقة وشعوبها.");
        assert!(ms.iter().all(|m| m.text != "وشعوبها"), "{ms:?}");
    }

    #[test]
    fn peers_and_supporters_of_a_person() {
        // A player's colleagues are players of his country; a politician's supporters
        // private people of his; a militia leader's followers his group.
        let ms = mentions("وقال اللاعب المغربي فيصل فجر إن زملاءه غير خائفين.");
        assert_eq!(code(&ms, "زملاءه"), Some("MARCVL"), "{ms:?}");
        let ms = mentions("وقد حذر رئيس الوزراء الماليزي مهاتير محمد أنصاره من التسرع.");
        assert_eq!(code(&ms, "أنصاره"), Some("MYSCVL"), "{ms:?}");
        let ms = mentions("وقتل القيادي في ميليشيات الحوثي منصور السودي مع عدد من اتباعه.");
        assert_eq!(code(&ms, "عدد من اتباعه"), Some("YEMREB"), "{ms:?}");
    }

    #[test]
    fn their_is_of_people_in_the_plural() {
        let ms = mentions("وتابع أن الإيرانيين غير راضين عن حكومتهم.");
        assert_eq!(code(&ms, "حكومتهم"), Some("IRNGOV"), "{ms:?}");
        // Citizens' president is their state's government, not a private person.
        let ms = mentions("وسيختار الناخبون الأتراك رئيسهم الأحد.");
        assert_eq!(code(&ms, "رئيسهم"), Some("TURGOV"), "{ms:?}");
        // A state is no هم.
        let ms = mentions("وقالت سوريا إن قواتهم انسحبت.");
        assert!(ms.iter().all(|m| m.text != "قواتهم"), "{ms:?}");
    }

    #[test]
    fn his_country_before_the_noun_is_its_possessor() {
        let ms = mentions("أوضح رئيس الوزراء الأسترالي سكوت موريسون أن بلاده لم تتخذ قرارا بشأن نقل سفارتها إلى القدس.");
        assert_eq!(code(&ms, "سفارتها"), Some("AUSGOV"), "{ms:?}");
        // A masculine state is no ها.
        let ms = mentions("وقالت السلطات السعودية إن خاشقجي غادر قنصليتها، وقال العراق إن قنصليته مغلقة.");
        assert_eq!(code(&ms, "قنصليتها"), Some("SAUGOV"), "{ms:?}");
        let ms = mentions("وأكد الرئيس العراقي أن بلاده لن تنقل سفارتها.");
        assert!(ms.iter().all(|m| m.text != "سفارتها"), "{ms:?}");
        // A counterpart is a person's, not his country's.
        let ms = mentions("قال جبران باسيل، وزير الخارجية والمغتربين اللبناني، إن بلاده عانت كثيرا، في مؤتمر صحفي مع نظيره البرازيلي.");
        assert!(ms.iter().any(|m| m.text == "نظيره البرازيلي"), "{ms:?}");
    }

    #[test]
    fn a_rulers_officials_are_his_states_government() {
        // A president's officials are his state's government, one mention with كبار.
        let ms = mentions("وتتهم الشكوى الرئيس الفلبيني رودريغو دوتيرتي وكبار مسؤوليه بارتكاب جرائم.");
        assert_eq!(code(&ms, "وكبار مسؤوليه"), Some("PHLGOV"), "{ms:?}");
        // A player's officials are nobody's in particular.
        let ms = mentions("وقال اللاعب المغربي فيصل فجر إن مسؤوليه غاضبون.");
        assert!(ms.iter().all(|m| m.text != "مسؤوليه"), "{ms:?}");
    }

    #[test]
    fn a_role_noun_before_in_is_the_nouns_head_not_its_possessor() {
        // وزير في حكومته: a minister in the president's government, one mention.
        let ms = mentions("وقال الرئيس الفرنسي إيمانويل ماكرون إن الإصلاح سيستمر، فيما أعلن وزير في حكومته استقالته.");
        assert_eq!(code(&ms, "وزير في حكومته"), Some("FRAGOV"), "{ms:?}");
        let ms = mentions("وقال الرئيس التركي رجب طيب أردوغان إن بعض المسؤولين في حزبه سيلتقون المعارضة.");
        assert_eq!(code(&ms, "بعض المسؤولين في حزبه"), Some("TURGOV"), "{ms:?}");
    }

    #[test]
    fn peers_in_an_institution_are_its_people_but_envoys_are_not() {
        let ms = mentions("وقال السيناتور الأمريكي جون ماكين إن زملاءه في الكونغرس سيرفضون القرار.");
        assert_eq!(code(&ms, "زملاءه في الكونغرس"), Some("USALEG"), "{ms:?}");
        // A state's envoy in the Security Council is still the state's.
        let ms = mentions("وقالت روسيا على لسان مندوبها في مجلس الأمن إنها ترفض القرار.");
        assert_eq!(code(&ms, "مندوبها"), Some("RUSGOV"), "{ms:?}");
    }

    #[test]
    fn a_delegation_of_his_group_and_no_population_figure() {
        // وفد جماعته: the delegation of the armed group the spokesman speaks for.
        let ms = mentions("وقال المتحدث باسم الحوثيين محمد عبدالسلام إن وفد جماعته وصل إلى مسقط.");
        assert_eq!(code(&ms, "وفد جماعته"), Some("YEMREB"), "{ms:?}");
        // An army is no party's possessor.
        let ms = mentions("وقال رئيس الوزراء الباكستاني السابق إن الجيش الباكستاني يستهدفه مع حزبه.");
        assert!(ms.iter().all(|m| m.text != "حزبه" || m.actor.as_deref() != Some("PAKMIL")), "{ms:?}");
        // The number of a state's residents is a figure, not people who act.
        let ms = mentions("وقالت باكستان التي يبلغ عدد سكانها 200 مليون نسمة إن سكانها يعانون.");
        assert!(ms.iter().all(|m| m.text != "سكانها" || m.start > 30), "{ms:?}");
        assert_eq!(code(&ms, "سكانها"), Some("PAKCVL"), "{ms:?}");
    }

    #[test]
    fn a_leaders_party_but_not_a_states() {
        let ms = mentions("وقال الرئيس التركي رجب طيب أردوغان إن حزبه سيفوز.");
        assert_eq!(code(&ms, "حزبه"), Some("TURGOV"), "{ms:?}");
        // A player has no party, a state no colleagues.
        let ms = mentions("وقال اللاعب المغربي فيصل فجر إن حزبه سيفوز. وأكد العراق أن زملاءه وصلوا.");
        assert!(ms.iter().all(|m| m.text != "حزبه" && m.text != "زملاءه"), "{ms:?}");
    }
}
