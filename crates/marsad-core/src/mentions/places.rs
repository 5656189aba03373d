//! States and capitals by name: a capital is a place or its government by the words
//! around it (and in a sports report always a place); `المملكة` alone is the kingdom the
//! article names most.

use super::extent::{closing_quote, is_capital_noun, opening_quote, set, KeySet};
use super::word_classes::{self, class};
use super::*;
use std::sync::OnceLock;

/// Words of sports reports ([`Cx::sports`]).
const SPORTS_WORDS: &[&str] = &[
    "مباراة", "المباراة", "المباريات", "الدوري", "لاعب", "اللاعب", "اللاعبين", "نادي", "النادي", "المدرب", "الملعب",
    "البطولة", "المنتخب", "كأس",
];

/// [`SPORTS_WORDS`] as matching keys (built once).
pub(super) fn sports_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| SPORTS_WORDS.iter().map(|w| marsad_text::normalize::key(w)).collect())
}

/// Words before a capital that make it a place, not its government: prepositions of
/// place, examples of cities (مدن مثل وارسو), verbs of travel (زار موسكو).
const LOCATIVE: &[&str] = &[
    "في", "وفي", "ففي", "الي", "والي", "داخل", "فوق", "قرب", "بالقرب", "حتي", "نحو", "عبر", "مثل", "زار", "وزار", "يزور", "تزور",
    "زارت", "وزارت", "وصل", "ووصل", "وصلت", "ووصلت", "غادر", "وغادر", "غادرت", "وغادرت", "باتجاه", "وباتجاه", "صوب",
];

/// Nouns whose complement is a city as a place (محادثات أستانة، جامعة صنعاء، مطار بيروت):
/// also its region, surroundings and roads (محافظة صنعاء، محيط دمشق، طريق دمشق حلب),
/// its clock (بتوقيت موسكو), a seat (ومقرها لندن), its sky, markets and squares (سماء
/// دمشق، أسواق بغداد), and the courts, festivals, races and treaties named after it
/// (محكمة جنايات القاهرة، مهرجان برلين، ماراثون الرياض، طواف أبوظبي، اتفاق باريس).
const PLACE_NOUNS: &[&str] = &[
    "اجتماع", "اجتماعات", "محادثات", "مفاوضات", "مؤتمر", "قمة", "مسار", "مطار", "مطاري", "جامعة", "مدينة",
    "شوارع", "مسيرة", "مجموعة", "منصة", "عملية", "سكان", "ضواحي", "ضاحية", "وسط", "شمال", "جنوب", "شرق", "غرب",
    "اطراف", "عمدة", "بلدية", "زيارة", "العاصمة", "شمالي", "جنوبي", "شرقي", "غربي", "زيارته", "زيارتها", "زيارتهم",
    "اعتداءات", "هجمات", "تفجيرات", "محافظة", "منطقة", "محيط", "قلب", "خارج", "طريق", "احياء", "توقيت", "مقر",
    "مقرها", "مقره", "جنايات", "مهرجان", "ماراثون", "معرض", "دورة", "طواف", "مشارف", "انحاء", "ارجاء", "سماء",
    "اجواء", "اسواق", "فنادق", "ميادين", "ساحات", "اتفاق", "اتفاقية", "معاهدة",
];

/// Words right before من (or before من and the mover's object: سحب موظفين من موسكو) that
/// make the capital after من a place: leaving, arriving, travelling, withdrawing, working or
/// broadcasting from it (عاد من موسكو، رحلات من برلين، يبث من لندن), or lying near it
/// (القريبة من دمشق، إلى الشمال من بغداد). Not مدعوم، مقرب، طلب، قبل: the support, request
/// or deed of a government (المدعومة من واشنطن، طلبت من دمشق).
pub(super) const FROM_PLACE: &[&str] = &[
    "سافر", "سافرت", "يسافر", "تسافر", "السفر", "عاد", "عادت", "يعود", "تعود", "العودة", "عودته", "عودتها",
    "رحلة", "رحلات", "الرحلات", "متجه", "متجهة", "المتجهة", "قادما", "قادمة", "القادمة", "القادم", "وصل",
    "وصلت", "وصوله", "وصولها", "خرج", "خرجت", "الخروج", "هرب", "فر", "انسحب", "انسحبت", "الانسحاب",
    "انسحابها", "سحب", "سحبت", "طرد", "طردت", "نقل", "نقلت", "نقله", "ترحيل", "انطلق", "انطلقت", "انطلاق",
    "إقلاع", "يبث", "تبث", "بث", "يعمل", "تعمل", "يعملان", "يعملون", "القريبة", "القريب", "بالقرب", "قريبا",
    "بعيدا", "الشمال", "الجنوب", "الشرق", "الغرب",
];

/// Words right before من or عن (or before a distance and من/عن) that make the capital
/// after it a place: lying some way from it (على بعد 40 كلم من أثينا، تبعد 900 كيلومتر عن
/// موسكو، يبعد عن دمشق). Not بعيدا عن alone: away from a government's reach too.
pub(super) const DISTANCE: &[&str] = &[
    "يبعد", "تبعد", "تبعدان", "يبعدان", "مسافه", "كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "ميل", "ميلا",
    "اميال", "متر", "مترا", "امتار",
];

/// Direction adjectives of a region that a capital written with لـ then locates (الغوطة
/// الشرقية لدمشق، الضاحية الجنوبية لبيروت، الريف الشمالي لحلب).
const DIRECTIONS: &[&str] = &[
    "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الشرقي", "الغربي", "الشمالي", "الجنوبي",
];

/// Is `key` one of [`DISTANCE`] (also behind و/ف)?
fn distance_word(key: &str) -> bool {
    word_classes::is_of(key, class::DISTANCE)
}

/// Is `key` one of [`PLACE_NOUNS`] (compared as keys, so ة/ه and hamza forms agree)?
fn place_noun(key: &str) -> bool {
    static KEYS: OnceLock<KeySet> = OnceLock::new();
    set(&KEYS, PLACE_NOUNS).contains(key)
}

/// Is the capital of match `i` named as a place: after a preposition or noun of place or a
/// verb of travel, after العاصمة and perhaps its nisba (العاصمة البريطانية لندن), or
/// joined by و to a capital named as a place (مدن مثل وارسو وأوسلو)?
pub(super) fn capital_as_place(cx: &Cx<'_, '_>, ms: &[Match<'_>], i: usize) -> bool {
    let (m, keys) = (&ms[i], cx.keys);
    // A hashtag's # is no word between the capital and what names it (إلى #واشنطن).
    let start = if m.start > 0 && cx.hash_sign_at(m.start - 1) { m.start - 1 } else { m.start };
    let before = |back: usize| start.checked_sub(back).map(|p| keys[p].as_str());
    // A noun of place keeps its sense behind a preposition or و (بالعاصمة واشنطن،
    // لزيارة موسكو، وسكان طهران).
    let place_noun_clitic = |b: &str| {
        let b = b.strip_prefix(['و', 'ف']).filter(|r| has_chars(r, 3)).unwrap_or(b);
        place_noun(b) || b.strip_prefix(['ب', 'ل', 'ك']).is_some_and(place_noun)
    };
    let locative = |b: &str| LOCATIVE.contains(&b) || place_noun_clitic(b);
    // An adverb may stand between the verb of travel and the city (زار أيضا الرياض).
    let adverb = |b: &str| matches!(b, "ايضا" | "كذلك");
    let after_nisba = i > 0 && ms[i - 1].end == start && cx.entry(i - 1).is_some_and(|e| e.kind == Kind::Nisba);
    // (العاصمة السعودية، الرياض: the capital set off by a comma.)
    let after_comma = before(1) == Some("");
    // A CNN dateline (طهران، إيران (CNN) --) opens its paragraph.
    let dateline = || {
        keys.get(m.end).is_some_and(|k| k.is_empty())
            && cx.doc.is_some()
            && cx.para_start(m.start)
            && (m.end..m.end + 5).any(|t| t < keys.len() && cx.punct_is(t, "("))
    };
    // من + the capital is a place on a route (من موسكو إلى لندن، من برلين ولندن إلى طهران)
    // or after a word of moving or lying near (عاد من موسكو، سحب موظفين من موسكو).
    let to_at = |t: usize| keys.get(t).is_some_and(|k| matches!(k.as_str(), "الي" | "والي"));
    let next_capital = ms.get(i + 1).filter(|n| n.conj && n.start == m.end && cx.entry(i + 1).is_some_and(|e| e.kind == Kind::Capital));
    let from = || {
        matches!(before(1), Some("من" | "ومن"))
            && (to_at(m.end)
                || next_capital.is_some_and(|n| to_at(n.end))
                || (2..=3).any(|b| before(b).is_some_and(|w| word_classes::is_of(w, class::FROM_PLACE | class::DISTANCE))))
    };
    // عن + the capital some way off (تبعد 900 كيلومتر عن موسكو).
    let away = || matches!(before(1), Some("عن")) && (2..=3).any(|b| before(b).is_some_and(distance_word));
    // Joined by و to a city or province of the dictionaries, before or after it, the
    // capital is one place among others (محافظات الحديدة وصنعاء، في دبي وأبوظبي).
    let is_place = |k: usize| cx.entry(k).is_some_and(|e| e.kind == Kind::Place);
    let among_places = (m.conj && i > 0 && ms[i - 1].end == start && is_place(i - 1))
        || ms.get(i + 1).is_some_and(|n| n.conj && n.start == m.end && is_place(i + 1));
    preposition(&keys[m.start], m) == Some('ب')
        // A region named by its direction from the capital (الغوطة الشرقية لدمشق).
        || preposition(&keys[m.start], m) == Some('ل') && before(1).is_some_and(|b| DIRECTIONS.contains(&b))
        || before(1).is_some_and(locative)
        // (Not ملعب: الكرة في ملعب بيونغ يانغ is "in Pyongyang's court", the government's turn.)
        || before(1).is_some_and(|b| names_a_place_after(b) && !b.ends_with("ملعب"))
        || from()
        || away()
        || among_places
        // A seat (تتخذ من واشنطن مقرا).
        || keys.get(m.end).is_some_and(|k| k == "مقرا")
        || before(1).is_some_and(adverb) && before(2).is_some_and(locative)
        || before(1).is_some_and(is_capital_noun)
        || after_nisba && before(2).is_some_and(is_capital_noun)
        || after_comma && (before(2).is_some_and(is_capital_noun) || before(3).is_some_and(is_capital_noun))
        || dateline()
        || m.conj && i > 0 && ms[i - 1].end == m.start && cx.entry(i - 1).is_some_and(|e| e.kind == Kind::Capital) && capital_as_place(cx, ms, i - 1)
}

/// A state or capital by name (match `i`).
pub(super) fn place_mention<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], i: usize, e: &'a Entry) -> Option<ActorSpan<'a>> {
    let m = &ms[i];
    let state = cx.lex.state_of(e)?;
    let keys = cx.keys;
    // A dateline: the article opens with a place and a dash (أبوظبي - سكاي نيوز عربية).
    // Any paragraph may open with one when the text is known (a live blog, a digest).
    let separated = |t: usize| if cx.doc.is_none() { keys.get(t).is_some_and(|k| k.is_empty()) } else { cx.dash(t) };
    // Punctuation after the place (from its key), then the paragraph start, then which
    // punctuation (the text of the token, the dearest read, for few places).
    let punctuation = |t: usize| matches!(keys[t].as_str(), "" | marsad_lexicon::WORD_HYPHEN);
    if m.end + 1 < keys.len() && punctuation(m.end) && cx.para_start(m.start) && separated(m.end) {
        return None;
    }
    let mut span = ActorSpan::new(m.start, m.end, e.kind, Cow::Borrowed(""));
    span.entity = Some(Cow::Borrowed(&e.entity));
    span.entity_id = Some(state);
    let (country, _) = cx.lex.split_code_ref(state);
    span.country = country.map(Cow::Borrowed);
    if e.kind == Kind::State || capital_as_place(cx, ms, i) || cx.sports() {
        span.actor = Some(Cow::Borrowed(state));
        span.rule = match e.rule.strip_prefix("state:") {
            // A state's own entry has this rule already (`state:IRQ`): borrowed.
            Some(id) if e.kind == Kind::State && id == state => Cow::Borrowed(&e.rule),
            _ => [if e.kind == Kind::State { "state:" } else { "capital-place:" }, state].concat().into(),
        };
    } else if e.kind == Kind::Capital && quoted_alone(cx, m) {
        // A capital alone in quotation marks is the name of something else: a newspaper, a
        // film, a project (صحيفة "الرياض"، فيلم "صوفيا"), not the state nor its government.
        return None;
    } else {
        // A capital that acts or is acted on stands for the government (قالت موسكو).
        as_government(cx, &mut span, "capital-gov:", state);
    }
    Some(span)
}

/// Is match `m` alone between quotation marks written against it ("الرياض"; not the
/// marks of two quotations around it: "فرصة" لبيونغ يانغ "لإظهار), or the second word of
/// a two-word title in marks, a noun in construct with the bare capital ("ساعة بغداد"،
/// "ربيع براغ": a novel, an era; not "فرصة لطهران", a capital after a preposition)?
fn quoted_alone(cx: &Cx<'_, '_>, m: &Match<'_>) -> bool {
    let Some(doc) = cx.doc else { return false };
    let touching = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    let opened_at = |t: usize| t > 0 && cx.punct(t - 1).is_some_and(opening_quote) && touching(t - 1, t);
    let title_head = || m.stripped == 0 && m.start > 1 && !cx.keys[m.start - 1].is_empty() && opened_at(m.start - 1);
    (opened_at(m.start) || title_head()) && cx.punct(m.end).is_some_and(closing_quote) && touching(m.end - 1, m.end)
}

/// Make `span` the government of `state` (rule `label` + state).
fn as_government<'a>(cx: &Cx<'a, '_>, span: &mut ActorSpan<'a>, label: &str, state: &str) {
    let gov = if cx.lex.is_role("GOV") { "GOV" } else { "" };
    span.actor = Some(actor_of(cx.lex, state, gov));
    span.role = Some(Cow::Borrowed(gov)).filter(|r| !r.is_empty());
    span.rule = [label, state].concat().into();
}


/// A city that stands for an actor (metonyms.tsv with a `place`: بروكسل for the EU) is,
/// when named as a place (في بروكسل، بالعاصمة بروكسل; any mention in a sports report), the
/// state it lies in, like a capital (rule `metonym-place:BEL`). A city that stands for an
/// international body is that body, as the press mostly means it (المفاوضات مع بروكسل),
/// unless the story names the city's state and never the body nearby: then it is that
/// state's government, like a capital that acts (a Belgian story: التحقيقات التي تجريها
/// بروكسل → BELGOV, rule `metonym-gov:BEL`).
pub(super) fn metonym_as_place<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], i: usize, e: &'a Entry) -> Option<ActorSpan<'a>> {
    let state = cx.lex.state(e.place.as_deref()?)?;
    let mut span = state_span(ms[i].start, ms[i].end, Kind::Capital, "metonym-place:", state);
    if capital_as_place(cx, ms, i) || cx.sports() {
        return Some(span);
    }
    let body = e.codes.first().map(|c| c.code.as_str()).filter(|c| c.starts_with("IGO"))?;
    let state_named = cx.places.iter().any(|&(s, _)| s == state.code);
    if !state_named || body_named_near(cx, ms, i, body) {
        return None;
    }
    as_government(cx, &mut span, "metonym-gov:", &state.code);
    Some(span)
}

/// How many matches on each side [`body_named_near`] reads at most (linear time).
const BODY_WINDOW: usize = 200;

/// Does a match near match `i` name the body coded `code`, other than a city that stands
/// for it (الاتحاد الأوروبي، المفوضية الأوروبية for IGOEUREEC)?
fn body_named_near(cx: &Cx<'_, '_>, ms: &[Match<'_>], i: usize, code: &str) -> bool {
    let names = |k: usize| cx.entry(k).is_some_and(|e| e.place.is_none() && e.codes.iter().any(|c| c.code == code));
    (i.saturating_sub(BODY_WINDOW)..ms.len().min(i + 1 + BODY_WINDOW)).any(names)
}

/// A mention of `state` itself over tokens `[start, end)`: its code, name and country,
/// rule `label` + code (`kingdom:SAU`).
fn state_span<'a>(start: usize, end: usize, kind: Kind, label: &str, state: &'a marsad_lexicon::State) -> ActorSpan<'a> {
    let mut span = ActorSpan::new(start, end, kind, [label, state.code.as_str()].concat().into());
    span.entity = Some(Cow::Borrowed(&state.english));
    span.entity_id = Some(&state.code);
    span.actor = Some(Cow::Borrowed(&state.code));
    span.country = Some(Cow::Borrowed(&state.iso3));
    span
}

/// States the Arabic press calls "the Kingdom" (المملكة) once it has named them.
const KINGDOMS: &[&str] = &["SAU", "JOR", "MAR", "BHR"];

/// The keys [`the_kingdom`] reads as المملكة alone (the word with و ف ب وب لل ولل;
/// ل + ال written both لل and للال) and whether a preposition is among the clitics.
pub(super) const KINGDOM_FORMS: &[(&str, bool)] = &[
    ("المملكه", false), ("والمملكه", false), ("فالمملكه", false), ("بالمملكه", true), ("وبالمملكه", true),
    ("للمملكه", true), ("وللمملكه", true), ("للالمملكه", true), ("وللالمملكه", true),
];

/// `المملكة` alone (والمملكة، للمملكة، بالمملكة) is the kingdom the article names most
/// as a place, when that is one of [`KINGDOMS`] (a state mention, rule `kingdom:SAU`).
/// Longer names (المملكة المتحدة، المملكة العربية السعودية) were matched already. A bare
/// role noun in construct right before it (قنصلية المملكة، حكومة المملكة، سفير المملكة)
/// is the kingdom's, as before the state's name: one mention, rule `agent+kingdom:SAU`
/// (so that القنصلية later refers back to it).
pub(super) fn the_kingdom<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let Some(state) = leader(&cx.places, Some(KINGDOMS)).and_then(|s| cx.lex.state(s)) else { return };
    let mut added = Vec::new();
    let mut j = 0;
    // Only the tokens the scan marked can be one of the forms.
    for &t in &cx.cues {
        let covered = covered_at(out, &mut j, t);
        let Some(&(_, prepositional)) = KINGDOM_FORMS.iter().find(|(form, _)| cx.keys[t] == *form) else { continue };
        if covered {
            continue;
        }
        // (The span before `j` ends at `t` at the latest; a clitic on المملكة ends the construct.)
        if let Some(h) = j.checked_sub(1).filter(|&h| !prepositional && cx.keys[t] == "المملكه" && in_construct_before(cx, &out[h], t)) {
            let role = out[h].role.clone().unwrap_or_default();
            let head = &mut out[h];
            code_in_state(cx.lex, head, (&state.code, &state.iso3), role, "+kingdom:");
            head.tok_end = t + 1;
            head.needs_institution = false;
            continue;
        }
        let mut span = state_span(t, t + 1, Kind::State, "kingdom:", state);
        span.prepositional = prepositional;
        added.push(span);
    }
    merge_by_start(out, added);
}

/// Is `s` a bare uncoded role noun (or phrase) that ends right before token `t` with an
/// indefinite word, in construct with what follows (قنصلية، حكومة، سفير، لسلطات)?
fn in_construct_before(cx: &Cx<'_, '_>, s: &ActorSpan<'_>, t: usize) -> bool {
    s.tok_end == t
        && s.kind == Kind::Agent
        && s.rule == "agent"
        && s.actor.is_none()
        && s.country.is_none()
        && !s.needs_name
        && !key_is_definite(&cx.keys[t - 1])
        && !ABSTRACT_IN_CONSTRUCT.contains(&cx.keys[t - 1].trim_start_matches(['و', 'ف', 'ب', 'ل']))
}

/// Role nouns that in construct with a state are its abstract quality, no actor: أمن
/// المملكة is the kingdom's security (النيل من أمن المملكة), not its security forces.
const ABSTRACT_IN_CONSTRUCT: &[&str] = &["امن"];

/// Nouns that name a place or an institution after a person (ساحة إسحق رابين، مطار الملك
/// خالد، جامعة الملك سعود، جائزة نوبل) or a city (مسرح القاهرة، سيرك الرياض، فندق بغداد).
/// Not طريق: عن طريق محمد is "through Mohammed".
pub(super) const NAMED_AFTER: &[&str] = &[
    "ساحة", "شارع", "ميدان", "مطار", "جسر", "مسجد", "ملعب", "استاد", "قاعة", "مدينة", "ميناء", "مرفأ", "جامعة",
    "مستشفى", "مدرسة", "كلية", "جائزة", "مؤسسة", "معهد", "أكاديمية", "قاعدة", "سجن", "مخيم", "متحف", "مكتبة",
    "مركز", "مجمع", "برج", "حديقة", "مسرح", "سيرك", "فندق", "سوق", "كنيسة", "كاتدرائية", "محطة",
];

/// Is `key`, its conjunction and preposition aside (وفي ساحة، بمطار), one of [`NAMED_AFTER`]?
fn names_a_place_after(key: &str) -> bool {
    word_classes::is_of(key, class::NAMED_AFTER)
}

/// A person's name right after a noun of [`NAMED_AFTER`], with or without a title between
/// (ساحة إسحق رابين، مطار الملك خالد الدولي), names the place, not the person: no
/// unknown name starts there and a person read there is no mention.
pub(super) fn names_of_places<'a>(cx: &mut Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let after_noun = |t: usize| t > 0 && names_a_place_after(&keys[t - 1]);
    let after_titled_noun = |t: usize| t > 1 && is_title(&keys[t - 1]) && names_a_place_after(&keys[t - 2]);
    cx.name_starts.retain(|&t| !(after_noun(t) || after_titled_noun(t)));
    out.retain(|s| {
        let person = matches!(s.kind, Kind::Person | Kind::PersonShort) || s.kind == Kind::Agent && (s.person_noun || s.entity.is_some());
        !(person && after_noun(s.tok_start))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_role_noun_in_construct_with_the_kingdom_is_the_kingdom_s() {
        let ms = mentions("أعلنت السعودية أن الرياض سترد. وقال مسؤول تركي إن الصحفي لم يغادر قنصلية المملكة في إسطنبول، لكن مصدرا قال إنه خرج من القنصلية.");
        assert_eq!(code(&ms, "قنصلية المملكة"), Some("SAUGOV"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "المملكة"), "{ms:?}");
        // The consulate alone now refers back to it.
        assert_eq!(code(&ms, "القنصلية"), Some("SAUGOV"), "{ms:?}");
        // The kingdom's security is no actor; a preposition on المملكة ends the construct.
        let ms = mentions("أعلنت السعودية أن الرياض سترد على من يحاول النيل من أمن المملكة، وقدم سفير للمملكة أوراقه.");
        assert!(ms.iter().all(|m| !m.text.contains("أمن المملكة")), "{ms:?}");
        assert_eq!(code(&ms, "للمملكة"), Some("SAU"), "{ms:?}");
    }

    #[test]
    fn a_region_named_by_its_direction_from_the_capital_is_a_place() {
        let ms = mentions("وقصفت الطائرات بلدات في الغوطة الشرقية لدمشق، فيما شهدت الضاحية الجنوبية لبيروت انفجارا.");
        assert_eq!(code(&ms, "لدمشق"), Some("SYR"), "{ms:?}");
        assert_eq!(code(&ms, "لبيروت"), Some("LBN"), "{ms:?}");
        // Without the direction, لـ the capital is still the government it is addressed to.
        let ms = mentions("وجهت الأمم المتحدة رسالة شديدة اللهجة لدمشق بشأن المساعدات.");
        assert_eq!(code(&ms, "لدمشق"), Some("SYRGOV"), "{ms:?}");
    }

    #[test]
    fn an_adverb_between_a_verb_of_travel_and_the_capital_keeps_it_a_place() {
        let ms = mentions("وقد زار أيضا الرياض العام الماضي.");
        assert_eq!(code(&ms, "الرياض"), Some("SAU"), "{ms:?}");
        // An adverb alone before the capital does not make it a place.
        let ms = mentions("وأعلنت أيضا الرياض رفضها للقرار.");
        assert_eq!(code(&ms, "الرياض"), Some("SAUGOV"), "{ms:?}");
    }

    #[test]
    fn a_capital_s_region_clock_seat_court_and_festival_name_the_place() {
        let ms = mentions("وقالت شركة للاستشارات ومقرها لندن إن الأسعار سترتفع");
        assert_eq!(code(&ms, "لندن"), Some("GBR"), "{ms:?}");
        let ms = mentions("ونقل الرهينة من محافظة صنعاء عند الساعة السادسة بتوقيت موسكو");
        assert_eq!(code(&ms, "صنعاء"), Some("YEM"), "{ms:?}");
        assert_eq!(code(&ms, "موسكو"), Some("RUS"), "{ms:?}");
        let ms = mentions("وقضت محكمة جنايات القاهرة بالسجن، وعرض الفيلم في مهرجان برلين");
        assert_eq!(code(&ms, "القاهرة"), Some("EGY"), "{ms:?}");
        assert_eq!(code(&ms, "برلين"), Some("DEU"), "{ms:?}");
        // A capital that acts after a noun that names no place stays its government.
        let ms = mentions("وجاء ذلك بعد إعلان موسكو ممرا إنسانيا");
        assert_eq!(code(&ms, "موسكو"), Some("RUSGOV"), "{ms:?}");
    }

    #[test]
    fn a_capital_left_reached_or_lain_near_is_a_place() {
        // A route, and a capital joined to the first one.
        let ms = mentions("وامتد خط الغاز من موسكو إلى أنقرة، وتسير الشركة خطوطا من برلين ولندن إلى طهران");
        assert_eq!(code(&ms, "موسكو"), Some("RUS"), "{ms:?}");
        assert_eq!(code(&ms, "برلين"), Some("DEU"), "{ms:?}");
        // A route needs إلى right after the capital (or after the capital joined to it).
        let ms = mentions("وانتقدت المعارضة المقربة من دمشق زيارة إلى أنقرة");
        assert_eq!(code(&ms, "دمشق"), Some("SYRGOV"), "{ms:?}");
        // A word of leaving before من, with its object between.
        let ms = mentions("وقررت الحكومة سحب موظفين من موسكو الأسبوع المقبل");
        assert_eq!(code(&ms, "موسكو"), Some("RUS"), "{ms:?}");
        let ms = mentions("وقصفت الطائرات مواقع في الغوطة القريبة من دمشق، وحلقت طائرات فوق بيروت");
        assert_eq!(code(&ms, "دمشق"), Some("SYR"), "{ms:?}");
        assert_eq!(code(&ms, "بيروت"), Some("LBN"), "{ms:?}");
        // A seat, and a place named after the capital.
        let ms = mentions("وهو مركز أبحاث يتخذ من واشنطن مقرا له. وأغلق ميناء بيروت أمام السفن");
        assert_eq!(code(&ms, "واشنطن"), Some("USA"), "{ms:?}");
        assert_eq!(code(&ms, "بيروت"), Some("LBN"), "{ms:?}");
        let ms = mentions("وقال الوزير إن الكرة الآن في ملعب طهران");
        assert_eq!(code(&ms, "طهران"), Some("IRNGOV"), "{ms:?}");
        // The support or request of a government after من is still the government.
        let ms = mentions("وهاجمت تركيا القوات المدعومة من واشنطن، وطلبت المنظمة من دمشق السماح بدخول المساعدات");
        assert_eq!(code(&ms, "واشنطن"), Some("USAGOV"), "{ms:?}");
        assert_eq!(code(&ms, "دمشق"), Some("SYRGOV"), "{ms:?}");
    }

    #[test]
    fn a_capital_some_way_off_is_a_place() {
        let ms = mentions("وتقع البلدة على بعد 40 كيلومترا عن دمشق، فيما يبعد المطار عن بغداد نحو 20 كلم");
        assert_eq!(code(&ms, "دمشق"), Some("SYR"), "{ms:?}");
        assert_eq!(code(&ms, "بغداد"), Some("IRQ"), "{ms:?}");
        // عن with no distance before it is still about the government.
        let ms = mentions("وتحدث الوزير عن دمشق، وقال إن المعارضة بعيدة عن واشنطن");
        assert_eq!(code(&ms, "دمشق"), Some("SYRGOV"), "{ms:?}");
        assert_eq!(code(&ms, "واشنطن"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn a_capital_joined_to_a_city_is_one_place_among_others() {
        let ms = mentions("وشهدت حلب ودمشق تساقطا للثلوج، كما ضربت العاصفة طهران وأصفهان");
        assert_eq!(code(&ms, "ودمشق"), Some("SYR"), "{ms:?}");
        assert_eq!(code(&ms, "طهران"), Some("IRN"), "{ms:?}");
        // Two capitals joined are two governments.
        let ms = mentions("وتصاعد التوتر التجاري بين واشنطن وبكين");
        assert_eq!(code(&ms, "واشنطن"), Some("USAGOV"), "{ms:?}");
        assert_eq!(code(&ms, "وبكين"), Some("CHNGOV"), "{ms:?}");
    }

    #[test]
    fn a_capital_s_sky_outskirts_venues_races_and_treaties_name_the_place() {
        let ms = mentions("وحلقت الطائرات في سماء القاهرة، ووصلت القوات إلى مشارف بغداد، وتوجهت القافلة باتجاه صنعاء");
        assert_eq!(code(&ms, "القاهرة"), Some("EGY"), "{ms:?}");
        assert_eq!(code(&ms, "بغداد"), Some("IRQ"), "{ms:?}");
        assert_eq!(code(&ms, "صنعاء"), Some("YEM"), "{ms:?}");
        let ms = mentions("وانسحبت الولايات المتحدة من اتفاق باريس للمناخ، وافتتح سيرك موسكو عروضه، وانطلق طواف أبوظبي للدراجات");
        assert_eq!(code(&ms, "باريس"), Some("FRA"), "{ms:?}");
        assert_eq!(code(&ms, "موسكو"), Some("RUS"), "{ms:?}");
        assert_eq!(code(&ms, "أبوظبي"), Some("ARE"), "{ms:?}");
    }

    #[test]
    fn a_capital_ending_a_two_word_title_in_marks_names_something_else() {
        let ms = mentions("وبلغت رواية \"ساعة بغداد\" القائمة القصيرة للجائزة");
        assert!(!ms.iter().any(|m| m.text == "بغداد"), "{ms:?}");
        // A capital after a preposition inside the marks still acts.
        let ms = mentions("وقال الوزير إن الاتفاق \"فرصة لطهران\" كي تثبت حسن نيتها");
        assert_eq!(code(&ms, "لطهران"), Some("IRNGOV"), "{ms:?}");
    }

    #[test]
    fn a_birthplace_is_no_capital() {
        let ms = mentions("وعاد الروائي إلى مسقط رأسه في صعيد مصر، ووصل الوزير العماني إلى مسقط");
        assert!(!ms.iter().any(|m| m.text.starts_with("مسقط رأس")), "{ms:?}");
        assert_eq!(code(&ms, "مسقط"), Some("OMN"), "{ms:?}");
    }

    #[test]
    fn a_capital_alone_in_quotation_marks_names_something_else() {
        let ms = mentions("وذكرت صحيفة \"الرياض\" السعودية أن المحكمة أصدرت حكمها");
        assert_eq!(code(&ms, "الرياض"), None, "{ms:?}");
        assert!(!ms.iter().any(|m| m.text == "الرياض"), "{ms:?}");
        // A quotation that opens with the capital still has it act.
        let ms = mentions("وقال الوزير: \"واشنطن لن تتراجع عن قرارها\"");
        assert_eq!(code(&ms, "واشنطن"), Some("USAGOV"), "{ms:?}");
        // Between two quotations the capital is no name in marks.
        let ms = mentions("واعتبر أن الإفراج عنهم سيشكل \"فرصة\" لطهران \"لإظهار حسن نيتها\"");
        assert_eq!(code(&ms, "لطهران"), Some("IRNGOV"), "{ms:?}");
    }

    #[test]
    fn brussels_is_belgium_in_a_belgian_story_that_names_no_eu_body() {
        let ms = mentions("وأعلن الاتحاد الأوروبي عقوبات جديدة على موسكو، وقالت بروكسل إنها ستراقب تنفيذها.");
        assert_eq!(code(&ms, "بروكسل"), Some("IGOEUREEC"), "{ms:?}");
        // A Belgian story that names no body of the EU.
        let ms = mentions("وداهمت الشرطة البلجيكية منازل المشتبه بهم، في إطار التحقيقات التي تجريها بروكسل في الاعتداءات.");
        assert_eq!(code(&ms, "بروكسل"), Some("BELGOV"), "{ms:?}");
        // With no state named, Brussels is the EU, as the press mostly means it.
        let ms = mentions("وقالت رئيسة الوزراء إن المفاوضات مع بروكسل صعبة.");
        assert_eq!(code(&ms, "بروكسل"), Some("IGOEUREEC"), "{ms:?}");
        // As a place it is Belgium either way.
        let ms = mentions("واجتمع وزراء الاتحاد الأوروبي في بروكسل.");
        assert_eq!(code(&ms, "بروكسل"), Some("BEL"), "{ms:?}");
    }
}
