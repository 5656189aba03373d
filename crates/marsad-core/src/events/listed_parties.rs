//! Parties that a list names together and a later word refers to as one: a pronoun on
//! إنها/إنهم whose antecedent is a list (قالت ألمانيا والنمسا وإيطاليا إنها ستجري
//! محادثات), a plural verb going on from an event whose side was a list (التقى وزراء
//! خارجية روسيا وتركيا وإيران، وأكدوا دعمهم), and a group named by a common noun whose
//! members follow a dash, a colon or وهي (دول البلطيق - إستونيا ولاتفيا وليتوانيا -).

use super::args::{self, Arg, Context, Pronoun};
use super::{EventSpan, Input};
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// The whole list that mention `m`, the antecedent a pronoun of kind `p` was given, is a
/// member of, within `[s0, limit)`. A masculine singular pronoun stands for one party; a
/// feminine one for a list only of states and bodies (states together are "she", people
/// never); a dual or plural one for any list.
pub(super) fn antecedent_list(ctx: &Context, input: &Input, m: usize, p: Option<Pronoun>, s0: usize, limit: usize) -> Vec<usize> {
    if !matches!(p, Some(Pronoun::Feminine | Pronoun::Plural)) {
        return vec![m];
    }
    let first = args::list_backward(ctx, input, m, s0)[0];
    let list = args::list_from(ctx, input, first, limit);
    let people = |k: &usize| {
        let s = &input.mentions[*k];
        matches!(s.kind, Kind::Person | Kind::PersonShort) || s.person_noun
    };
    // Only a list of coded parties that no preposition governs (not مع إيران والصين، بين
    // بغداد وأنقرة: those are no subject).
    let head = &input.mentions[first];
    // (كل من "both" before a list is no preposition: أعلنت كل من ألمانيا وفرنسا أنها.)
    let both = head.tok_start >= s0 + 2 && input.keys[head.tok_start - 2] == "كل" && input.keys[head.tok_start - 1] == "من";
    let governed = head.prepositional || head.tok_start > s0 && args::is_preposition(&input.keys[head.tok_start - 1]) && !both;
    let uncoded = list.iter().any(|&k| input.mentions[k].country.is_none());
    if !list.contains(&m) || governed || uncoded || p == Some(Pronoun::Feminine) && list.iter().any(people) {
        return vec![m];
    }
    list
}

/// Words that a dual or plural verb with no subject of its own follows when it opens its
/// clause (keys): a complementizer, an auxiliary, a negation, حيث.
const CLAUSE_OPENERS: &[&str] = &["ان", "انهما", "انهم", "بانهما", "بانهم", "كان", "كانا", "كانتا", "كانوا", "وكان", "وكانا", "وكانوا", "قد", "وقد", "لم", "لن", "لا", "ولم", "ولن", "حيث", "ثم", "كما"];

/// Nouns that name the two or more parties just named as a pair or group (keys): the
/// explicit subject a plural verb then refers back through (الزعيمين سيتطرقان).
const PAIR_NOUNS: &[&str] = &[
    "الزعيمان", "الزعيمين", "البلدان", "البلدين", "الطرفان", "الطرفين", "الجانبان", "الجانبين", "الحليفان", "الحليفين", "الدولتان",
    "الدولتين", "الاثنان", "الاثنين", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين", "القادة", "الزعماء",
];

/// Does the verb at `pred`, conjoined by و or not, open its clause with no other subject
/// before it, so that its ending refers back to the parties just named (واتفقا، إنهما
/// اتفقا، لكنهم لم يتوصلوا، الزعيمين سيتطرقان)? Not after a noun of its own (المكتبين
/// انسحبا: the offices), a relative من or a noun it qualifies (رسالة يطالبون فيها).
pub(super) fn opens_clause(input: &Input, pred: usize, conjoined: bool, s0: usize) -> bool {
    if conjoined {
        return true;
    }
    let Some(before) = pred.checked_sub(1).filter(|&k| k >= s0) else { return true };
    let key = args::bare(&input.keys[before]);
    CLAUSE_OPENERS.contains(&key) || CLAUSE_OPENERS.contains(&input.keys[before].as_str()) || PAIR_NOUNS.contains(&key)
}

/// The recipients of `earlier` that its text joined to its actors by و (التقى وزراء
/// خارجية روسيا وتركيا وإيران: Turkey and Iran, which the symmetric event made the ones
/// met): with them, the actors are the whole list a plural pronoun going on from that
/// event refers to.
pub(super) fn joined_partners(ctx: &Context, input: &Input, earlier: &EventSpan) -> Vec<Arg> {
    // Not after force (اشتباكات بين القبائل والميليشيات بعد أن فجروا): its listed sides
    // are foes, and "they" is one of them.
    if HOSTILE.contains(&earlier.kind.as_str()) {
        return Vec::new();
    }
    let Some(last) = earlier.actors.last() else { return Vec::new() };
    let Some(m) = args::mention_starting(ctx, input, last.tok_start) else { return Vec::new() };
    let (_, s1) = input.token_range(earlier.sentence);
    let list = args::list_from(ctx, input, m, s1);
    let listed = |r: &&Arg| list.iter().skip(1).any(|&k| input.mentions[k].tok_start == r.tok_start);
    earlier.recipients.iter().filter(listed).cloned().collect()
}

/// Types whose listed sides face each other.
const HOSTILE: &[&str] = &["ASSAULT", "COERCE", "THREATEN", "SANCTION"];

/// Words that open the list of a group's members right after the group's phrase.
const MEMBER_OPENERS: &[&str] = &["-", "–", ":", "(", "وهي", "وهم", "هي", "هم"];

/// How many words the group's phrase may run before its members (دول البلطيق المحاذية
/// لروسيا -).
const GROUP_PHRASE: usize = 6;

/// The members of a group listed right before `pred`, only punctuation between (…، بالإضافة
/// إلى دول البلطيق المحاذية لروسيا - إستونيا ولاتفيا وليتوانيا - أدانوا): a list of at
/// least two states or bodies opened by a dash, a colon or وهي, after a group's phrase
/// that starts after `after` and names no party but as a genitive.
pub(super) fn members_before(ctx: &Context, input: &Input, after: usize, pred: usize) -> Vec<usize> {
    let mut end = pred;
    while end > after && input.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    let last = input.mentions.partition_point(|m| m.tok_end <= end);
    let Some(last) = last.checked_sub(1).filter(|&k| input.mentions[k].tok_end == end && input.mentions[k].tok_start > after) else { return Vec::new() };
    let list = args::list_backward(ctx, input, last, after + 1);
    let opener = input.mentions[list[0]].tok_start.checked_sub(1).filter(|&k| k > after);
    let opened = opener.is_some_and(|k| {
        let text = input.tokens[k].text(input.text);
        MEMBER_OPENERS.contains(&text) || MEMBER_OPENERS.contains(&input.keys[k].as_str())
    });
    let bodies = list.iter().all(|&k| matches!(input.mentions[k].kind, Kind::State | Kind::Capital | Kind::Igo | Kind::Group));
    // The group's phrase: a few words, none of them a party but one a preposition governs.
    let phrase = opener.is_some_and(|k| k - after <= GROUP_PHRASE + 1 && (after + 1..k).all(|j| ctx.mention_of(j).is_none_or(|m| input.mentions[m].prepositional)));
    if list.len() >= 2 && opened && bodies && phrase {
        list
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    /// The actor countries of each event of `kind` found in `text`.
    fn actors(text: &str, kind: &str) -> Vec<Vec<String>> {
        events(text).into_iter().filter(|e| e.kind == kind).map(|e| e.actors.iter().filter_map(|p| p.country.clone()).collect()).collect()
    }

    /// Does some event have every one of `codes` among its actors?
    fn all_act(found: &[Vec<String>], codes: &[&str]) -> bool {
        found.iter().any(|a| codes.iter().all(|c| a.iter().any(|x| x == c)))
    }

    #[test]
    fn a_feminine_pronoun_after_a_list_of_states_stands_for_them_all() {
        let found = actors("وأعلنت هولندا والدنمارك والسويد أنها تدين الهجوم الكيميائي على سوريا.", "ACCUSE");
        assert!(all_act(&found, &["NLD", "DNK", "SWE"]), "{found:?}");
    }

    #[test]
    fn a_masculine_pronoun_stands_for_one_party_of_a_list() {
        let found = actors("وقال الرئيس المصري والعاهل الأردني إنه يرفض القرار الأمريكي.", "REJECT");
        assert!(found.iter().all(|a| a.len() <= 1), "{found:?}");
    }

    #[test]
    fn a_plural_verb_after_a_meeting_of_a_list_takes_all_its_members() {
        let found = actors("واجتمع وزراء خارجية مصر والسعودية والإمارات في القاهرة، وأكدوا دعمهم للحكومة اليمنية.", "SUPPORT");
        assert!(all_act(&found, &["EGY", "SAU", "ARE"]), "{found:?}");
    }

    #[test]
    fn a_singular_verb_after_a_meeting_keeps_its_one_actor() {
        let found = actors("والتقى وزير الخارجية الأمريكي ونظيره الصيني في بكين، ودعا إلى خفض التوتر مع اليابان.", "REQUEST");
        assert!(!all_act(&found, &["CHN"]), "{found:?}");
    }

    #[test]
    fn a_list_after_a_preposition_is_no_antecedent() {
        let found = actors("وقالت أنقرة إنها ستوقع اتفاقات مع قطر والكويت، وإنها تبحث الأمر مع ماليزيا.", "CONSULT");
        assert!(!all_act(&found, &["QAT"]) && !all_act(&found, &["KWT"]), "{found:?}");
    }

    #[test]
    fn a_plural_verb_after_clashes_takes_no_foe() {
        let found = actors("واندلعت اشتباكات بين الجيش السوداني والمتمردين في دارفور، بعد أن طالبوا بانسحاب القوات الحكومية.", "REQUEST");
        assert!(found.iter().all(|a| a.len() <= 1), "{found:?}");
    }

    #[test]
    fn a_groups_members_after_a_dash_join_the_subject_of_the_conjoined_verb_too() {
        let found = actors("وقال مسؤول إن رئيس الوزراء الكندي، بالإضافة إلى دول الشمال - النرويج والسويد وفنلندا - أدانوا الهجوم وقدموا دعمهم للحكومة الأفغانية.", "SUPPORT");
        assert!(all_act(&found, &["CAN", "NOR", "SWE", "FIN"]), "{found:?}");
    }
}
