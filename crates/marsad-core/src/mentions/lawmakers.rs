//! Lawmakers as the press names them (eval/README.md, "Mentions": a legislator is his
//! state's LEG; a `عن` complement with its place is inside his phrase):
//!
//! - a lawmaker noun and the adjective of an American party after it (النائبان
//!   الديمقراطيان، نواب جمهوريون، عضو الكونغرس الجمهوري، النائبة الديمقراطية) are one
//!   mention, the American legislature's: Arabic names Democrats and Republicans by these
//!   adjectives, and other states' parties by their names (النائب عن حزب الشعب الجمهوري);
//! - "few" after lawmakers or a party's members is theirs (نوابا قلائل، الجمهوريين القلائل);
//! - a lawmaker's name, or a name right after a lawmaker phrase or after such a name and
//!   و, followed by `عن` and the place (not a state) he represents (النائبان الديمقراطيان تد ليو عن كاليفورنيا وكاثلين رايس عن
//!   نيويورك) is a lawmaker of that place's state, the place in his phrase;
//! - Democrats and Republicans named as people (الجمهوريين، الديمقراطيون), in a story that
//!   names the American legislature or its members, are the party's members in Congress:
//!   USALEG, as the gold codes them, not the party's GOVPTY/OPPPTY;
//! - MPs in the plural followed by لـ and an office are its deputies, no one's lawmakers
//!   (تعيين نواب لرئيس الجمهورية);
//! - members of the Congress with no state named are the American one's (العشرات من
//!   أعضاء الكونغرس), as the Congress alone is (metonyms.tsv).

use super::{actor_of, place_complement, ActorSpan, Cx};
use marsad_lexicon::{Kind, Match};
use marsad_text::normalize::key_is_definite;
use std::borrow::Cow;

/// Role nouns (their dictionary ids) for one or more lawmakers, not a legislature.
const LAWMAKER_NOUNS: &[&str] = &[
    "agent:نائب", PLURAL, "agent:سيناتور", "agent:مشرع", "agent:برلماني", "agent:عضو البرلمان", "agent:عضو مجلس النواب",
    "agent:عضو الكونغرس", "agent:عضو مجلس الشيوخ",
];

/// The plural and dual of نائب, which alone are the story's MPs (agents.tsv).
const PLURAL: &str = "agent:نواب";

/// A member of the Congress (عضو الكونغرس، أعضاء الكونغرس).
const CONGRESS_MEMBER: &str = "agent:عضو الكونغرس";

/// The stems (keys, article and endings off) of the American parties' adjectives.
const PARTY_STEMS: &[&str] = &["ديمقراطي", "ديموقراطي", "جمهوري"];

/// Endings of an adjective's gender and number after the stem (ة is keyed ه).
const ENDINGS: &[&str] = &["", "ه", "ان", "ين", "ون", "تان", "تين", "ات"];

/// "Few", after a plural (نوابا قلائل، الجمهوريين القلائل).
const FEW: &[&str] = &["قلائل", "القلائل"];

/// The state whose lawmakers and party members these are.
const USA: &str = "USA";

/// Most tokens between a lawmaker phrase and a name after it joined by و.
const NAME_GAP: usize = 1;

/// Is `key` an adjective of an American party (الديمقراطي، جمهوريون، الديمقراطيتان)?
fn party_adjective(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    PARTY_STEMS.iter().any(|stem| bare.strip_prefix(stem).is_some_and(|end| ENDINGS.contains(&end)))
}

/// Is `s` a lawmaker named by a role noun alone (no person, no body)?
fn lawmaker_noun(s: &ActorSpan<'_>) -> bool {
    (s.kind == Kind::Agent) & s.entity.is_none() && s.agent_id.is_some_and(|id| LAWMAKER_NOUNS.contains(&id))
}

/// Is `s` an American party named by its members (الجمهوريين، والديمقراطيون), one word
/// (and "few")?
fn party_members(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    let american_party = s.kind == Kind::Group && s.actor.as_deref().is_some_and(|a| a.starts_with(USA) && a.ends_with("PTY"));
    let one_word = s.tok_end == s.tok_start + 1 || s.tok_end == s.tok_start + 2 && FEW.contains(&cx.keys[s.tok_start + 1].as_str());
    american_party && one_word && {
        let key = cx.keys[s.tok_start].as_str();
        let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
        let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
        party_adjective(bare) && (bare.ends_with("ين") || bare.ends_with("ون"))
    }
}

/// Make `s` a lawmaker of `state`.
fn code_lawmaker<'a>(cx: &Cx<'a, '_>, s: &mut ActorSpan<'a>, state: &'a str) {
    s.actor = Some(actor_of(cx.lex, state, "LEG"));
    s.country = cx.lex.split_code_ref(state).0.map(Cow::Borrowed);
    s.role = Some(Cow::Borrowed("LEG"));
}

/// Is token `t` free: no mention of `out` starts there and it is a word?
fn free_word(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], k: usize, t: usize) -> bool {
    t < cx.keys.len() && !cx.keys[t].is_empty() && out.get(k + 1).is_none_or(|n| n.tok_start > t) && !cx.para_start(t)
}

/// Read lawmakers' party adjectives, "few", constituencies after names and the parties'
/// members in Congress (see the module docs).
pub(super) fn find<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>) {
    let mut k = 0;
    while k < out.len() {
        if lawmaker_noun(&out[k]) {
            let end = out[k].tok_end;
            let definite = key_is_definite(&cx.keys[end - 1]);
            // (The adjective agrees in definiteness: نواب الديمقراطية is no such phrase.)
            if free_word(cx, out, k, end) && party_adjective(&cx.keys[end]) && key_is_definite(&cx.keys[end]) == definite {
                let s = &mut out[k];
                s.tok_end += 1;
                code_lawmaker(cx, s, USA);
                s.extend_rule(&["+party-adjective"]);
            }
        }
        if deputies_of(cx, ms, &out[k]) {
            let s = &mut out[k];
            s.actor = None;
            s.country = None;
        }
        // The Congress alone is the American one (metonyms.tsv): its members too.
        if out[k].agent_id == Some(CONGRESS_MEMBER) && out[k].entity.is_none() && out[k].country.is_none() {
            code_lawmaker(cx, &mut out[k], USA);
        }
        let few_after = (lawmaker_noun(&out[k]) || party_members(cx, &out[k])) && {
            let end = out[k].tok_end;
            free_word(cx, out, k, end) && FEW.contains(&cx.keys[end].as_str())
        };
        if few_after {
            out[k].tok_end += 1;
        }
        constituency(cx, ms, out, k);
        k += 1;
    }
    let congress = out.iter().any(|s| s.role.as_deref() == Some("LEG") && s.country.as_deref() == Some(USA));
    if !congress {
        return;
    }
    for s in out.iter_mut() {
        if party_members(cx, s) {
            code_lawmaker(cx, s, USA);
            s.extend_rule(&["+in-congress"]);
        }
    }
}

/// Is `s` the plural of نائب coded by the story alone, followed by لـ and a role noun:
/// deputies of an office (تعيين نواب لرئيس الجمهورية، نوابا للرئيس), no lawmakers?
fn deputies_of(cx: &Cx<'_, '_>, ms: &[Match<'_>], s: &ActorSpan<'_>) -> bool {
    if s.agent_id != Some(PLURAL) || s.tok_end != s.tok_start + 1 || s.actor.is_none() || !s.rule.starts_with("agent+context") {
        return false;
    }
    let j = ms.partition_point(|m| m.start < s.tok_end);
    ms.get(j).is_some_and(|m| m.start == s.tok_end && m.prep && cx.keys[m.start].starts_with('ل') && cx.entry(j).is_some_and(|e| e.kind == Kind::Agent))
}

/// A name at `out[k]` right after a lawmaker phrase (or after another lawmaker's name and
/// و), or a lawmaker's own name phrase, followed by عن and a place: a lawmaker of the
/// place's state, the place in the span (a place read as a mention of its own there goes);
/// his surnames later follow him.
fn constituency<'a>(cx: &Cx<'a, '_>, ms: &[Match<'_>], out: &mut Vec<ActorSpan<'a>>, k: usize) {
    let n = &out[k];
    let name = matches!(n.kind, Kind::Person | Kind::PersonShort) && n.entity.is_some();
    if !name || cx.keys.get(n.tok_end).is_none_or(|w| w != "عن") {
        return;
    }
    let own = n.role.as_deref() == Some("LEG");
    let after_lawmaker = k > 0 && {
        let before = &out[k - 1];
        let lawmaker = before.role.as_deref() == Some("LEG") && before.entity.is_none() || before.rule.ends_with("+constituency");
        let next_to = n.tok_start >= before.tok_end && n.tok_start - before.tok_end <= NAME_GAP;
        let joined = n.tok_start == before.tok_end || cx.keys[n.tok_start].starts_with('و') || cx.comma(before.tok_end);
        lawmaker && next_to && joined && !cx.crosses_paragraph(before.tok_start, n.tok_end)
    };
    if !(own || after_lawmaker) {
        return;
    }
    let next = ms.partition_point(|m| m.start < n.tok_end);
    let Some(tail) = place_complement::after(cx, ms, next, n.tok_end, true, false) else { return };
    // (Only a place within a state: عن and a state after a name is what was said about it.)
    let place = |m: &ActorSpan<'_>| matches!(m.kind, Kind::State | Kind::Capital | Kind::Place);
    if tail.entry.kind == Kind::State || out[k + 1..].iter().take_while(|m| m.tok_start < tail.end).any(|m| !place(m)) {
        return;
    }
    let Some(state) = cx.lex.state_of(tail.entry) else { return };
    let name_was = (n.tok_start, n.tok_end);
    let guessed = n.rule.starts_with("unknown-name");
    while out.get(k + 1).is_some_and(|m| m.tok_start < tail.end) {
        out.remove(k + 1);
    }
    let s = &mut out[k];
    s.tok_end = tail.end;
    code_lawmaker(cx, s, state);
    s.extend_rule(&["+constituency"]);
    if guessed {
        for m in out.iter_mut().filter(|m| m.antecedent == Some(name_was) && m.rule.starts_with("surname")) {
            code_lawmaker(cx, m, state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn a_lawmaker_noun_and_a_party_adjective_are_the_american_legislature() {
        let ms = mentions("وطالب النائبان الديمقراطيان مكتب التحقيقات الفيدرالي بفتح تحقيق في الصفقة.");
        assert_eq!(code(&ms, "النائبان الديمقراطيان"), Some("USALEG"), "{ms:?}");
        let ms = mentions("وقال عضو الكونغرس الجمهوري إن الاتفاق مع إيران سيئ.");
        assert_eq!(code(&ms, "عضو الكونغرس الجمهوري"), Some("USALEG"), "{ms:?}");
        // (Not a definite noun after an indefinite one: deputies of democracy.)
        let ms = mentions("ويقول نواب الديمقراطية في البلاد إنهم مستعدون.");
        assert!(ms.iter().all(|m| !m.text.contains("الديمقراطية")), "{ms:?}");
    }

    #[test]
    fn deputies_of_an_office_are_no_lawmakers() {
        let ms = mentions("ويحق للرئيس في تركيا تعيين نواب لرئيس الجمهورية بعد الانتخابات في تركيا.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("TURLEG")), "{ms:?}");
        let ms = mentions("وقال الرئيس التركي إن نواب البرلمان في تركيا سيصوتون، وإن النواب مستعدون في تركيا.");
        assert_eq!(code(&ms, "النواب"), Some("TURLEG"), "{ms:?}");
    }

    #[test]
    fn members_of_the_congress_alone_are_american() {
        let ms = mentions("وحضر العشرات من أعضاء الكونغرس مراسم التأبين.");
        assert_eq!(code(&ms, "العشرات من أعضاء الكونغرس"), Some("USALEG"), "{ms:?}");
    }

    #[test]
    fn few_after_lawmakers_is_theirs() {
        let ms = mentions("وقال الرئيس التونسي إن البرلمان في تونس سيناقش القانون، لكن نوابا قلائل أعلنوا مواقفهم في تونس.");
        assert_eq!(code(&ms, "نوابا قلائل"), Some("TUNLEG"), "{ms:?}");
    }

    #[test]
    fn a_name_after_a_lawmaker_phrase_takes_in_his_constituency() {
        let ms = mentions("وانتقد النائبان الجمهوريان، جيف فليك عن أريزونا وسوزان كولينز عن ولاية ألاسكا، قرار الرئيس.");
        assert_eq!(code(&ms, "جيف فليك عن أريزونا"), Some("USALEG"), "{ms:?}");
        assert_eq!(code(&ms, "وسوزان كولينز عن ولاية ألاسكا"), Some("USALEG"), "{ms:?}");
        // …and so does a lawmaker named with his title.
        let ms = mentions("وقالت السيناتور الجمهورية سوزان كولينز عن ولاية ألاسكا إنها ستصوت ضد القرار.");
        assert_eq!(code(&ms, "السيناتور الجمهورية سوزان كولينز عن ولاية ألاسكا"), Some("USALEG"), "{ms:?}");
        // Without a lawmaker before it, عن after a name is what he spoke about.
        let ms = mentions("وتحدث مارك والكر عن أريزونا في خطابه أمس.");
        assert!(ms.iter().all(|m| !m.text.contains("عن أريزونا")), "{ms:?}");
    }

    #[test]
    fn party_members_in_a_story_of_congress_are_its_lawmakers() {
        let ms = mentions("وصوت مجلس الشيوخ الأمريكي على القانون، وقال الجمهوريون إنهم سيدعمون الرئيس.");
        assert_eq!(code(&ms, "الجمهوريون"), Some("USALEG"), "{ms:?}");
        let ms = mentions("وقال الجمهوريون إنهم سيدعمون الرئيس في الانتخابات.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USALEG")), "{ms:?}");
    }
}
