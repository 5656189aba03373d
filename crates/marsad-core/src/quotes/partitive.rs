//! A partitive speaker with a pronoun (أحدهم، إحداهن، بعضهم، أحدهما، واحدة منهن، كثير منهم)
//! is one of a group named before: it speaks with the group's code, not the story's guess
//! (وتكهن بعض المحللين الكوريين الجنوبيين …. وقال بعضهم إن … → KOR in a story about North
//! Korea; ويعلو هتاف عدد من الجنود، ويقول أحدهم → the soldiers' army).
//!
//! The group is the nearest mention before the speaker, in its paragraph or the one before,
//! that names people in the pronoun's number and gender: a plural in ـون/ـين or a broken
//! plural of people for هم, a plural of women in ـات (not a body: السلطات، القوات) or a
//! counted feminine noun for هن, a dual in ـان for هما. The nearest such mention decides:
//! when nothing codes it (ناشطون، مواطنات) the speaker stays as it was, rather than reach
//! further back for another group.

use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;

/// Who the pronoun refers to.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Group {
    /// هم: men, or men and women.
    Plural,
    /// هن: women.
    Feminine,
    /// هما: two.
    Dual,
}

/// Partitive words glued to their pronoun (keys: أ and إ fold to ا).
const GLUED: &[(&str, Group)] = &[
    ("احدهم", Group::Plural),
    ("احداهم", Group::Plural),
    ("بعضهم", Group::Plural),
    ("احداهن", Group::Feminine),
    ("احدهن", Group::Feminine),
    ("بعضهن", Group::Feminine),
    ("احدهما", Group::Dual),
    ("احداهما", Group::Dual),
];

/// Quantities before منهم/منهن/منهما (واحدة منهن، عدد منهم، الكثير منهم).
const QUANTITIES: &[&str] = &["واحد", "واحده", "احد", "احدي", "عدد", "كثير", "كثيرون", "الكثير", "العديد", "بعض", "كل"];

/// Words before a group's head noun that count or share it (عدد من الجنود، آلاف اللاجئين).
const COUNTING: &[&str] = &[
    "عدد", "من", "بعض", "الاف", "مئات", "عشرات", "العديد", "الكثير", "كثير", "مجموعه", "كل", "نحو", "اكثر", "حوالي",
    "ملايين",
];

/// Broken plurals of people (keys without the article).
const BROKEN_PLURALS: &[&str] = &[
    "رجال", "عناصر", "شهود", "اعضاء", "نواب", "قاده", "زعماء", "افراد", "ضباط", "جنود", "سكان", "اهالي", "طلاب",
    "نشطاء", "صبيه", "اطفال", "شبان", "خبراء", "علماء", "زوار", "ركاب", "انصار", "زملاء", "جماهير", "اشخاص", "ضحايا",
    "مسؤولي", "لاعبو", "لاعبي", "مشجعو", "مشجعي",
];

/// Roles of women named by a plural in ـات who may speak (citizens, activists, workers,
/// refugees, students), not bodies (السلطات GOV، القوات MIL، الشركات BUS).
const WOMEN_ROLES: &[&str] = &["CVL", "OPP", "LAB", "REF", "EDU"];

/// The group a partitive speaker phrase at `[start, end)` refers to, if it is one.
fn partitive(keys: &[String], start: usize, end: usize) -> Option<Group> {
    let first = keys[start].strip_prefix(['و', 'ف']).filter(|k| k.chars().count() > 4).unwrap_or(&keys[start]);
    if let Some(&(_, g)) = GLUED.iter().find(|(k, _)| *k == first) {
        return Some(g);
    }
    if end < start + 2 || !QUANTITIES.contains(&first) {
        return None;
    }
    match keys[start + 1].as_str() {
        "منهم" => Some(Group::Plural),
        "منهن" => Some(Group::Feminine),
        "منهما" => Some(Group::Dual),
        _ => None,
    }
}

/// The key of a mention's head noun, past و/ف, counting words and numbers, without its
/// article or preposition (وعدد من الجنود → جنود), and whether a number counted it.
fn head(input: &Input, m: &ActorSpan) -> (String, bool) {
    let (keys, tokens) = (input.keys, input.tokens);
    let mut t = m.tok_start;
    let mut counted = false;
    while t + 1 < m.tok_end {
        let k = keys[t].strip_prefix(['و', 'ف']).filter(|k| k.chars().count() > 2).unwrap_or(&keys[t]);
        if tokens[t].kind == marsad_text::token::TokenKind::Number {
            counted = true;
        } else if !COUNTING.contains(&k) {
            break;
        }
        t += 1;
    }
    let k = keys[t].strip_prefix(['و', 'ف']).filter(|k| k.chars().count() > 3).unwrap_or(&keys[t]);
    let k = ["لل", "بال", "ال", "ل", "ب"].iter().find_map(|p| k.strip_prefix(p).filter(|r| r.chars().count() > 2)).unwrap_or(k);
    (k.to_string(), counted)
}

/// Does mention `m` name people of the pronoun's group?
fn names_group(input: &Input, m: &ActorSpan, group: Group) -> bool {
    if m.kind == Kind::Demonym {
        return group == Group::Plural;
    }
    if !matches!(m.kind, Kind::Agent | Kind::Group) {
        return false;
    }
    let (head, counted) = head(input, m);
    match group {
        Group::Plural => head.ends_with("ون") || head.ends_with("ين") || BROKEN_PLURALS.contains(&head.as_str()),
        Group::Feminine => {
            let women = head.ends_with("ات") && m.role.as_deref().is_some_and(|r| WOMEN_ROLES.contains(&r));
            women || head == "نساء" || counted && head.ends_with('ه')
        }
        Group::Dual => head.ends_with("ان"),
    }
}

/// The group that the partitive speaker phrase at `[start, end)` is one of: the nearest
/// mention of people in the pronoun's number, in its paragraph or the one before, when
/// something codes it.
pub(super) fn group_of<'m>(input: &Input<'m>, start: usize, end: usize) -> Option<&'m ActorSpan<'m>> {
    let group = partitive(input.keys, start, end)?;
    let at = input.tokens[start].start;
    let para = input.paragraphs.partition_point(|p| p.1 <= at);
    let from = input.paragraphs.get(para.saturating_sub(1)).map_or(0, |p| p.0);
    let upto = input.mentions.partition_point(|m| m.tok_end <= start);
    let nearest = input.mentions[..upto]
        .iter()
        .rev()
        .take_while(|m| input.tokens[m.tok_start].start >= from)
        .find(|m| names_group(input, m, group))?;
    nearest.actor.is_some().then_some(nearest)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn speaker_of<'q>(q: &'q [crate::Quote], starts: &str) -> (Option<&'q str>, &'q str) {
        let quote = q.iter().find(|q| q.text.starts_with(starts)).unwrap_or_else(|| panic!("no quote {starts}: {q:?}"));
        let sp = quote.speaker.as_ref().expect("a speaker");
        (sp.actor.as_deref(), sp.text.as_str())
    }

    #[test]
    fn one_of_them_speaks_for_the_group_named_before() {
        // A story about North Korea: the analysts are South Korean.
        let text = "أعلنت كوريا الشمالية أن كوريا الشمالية لن تتراجع، وقالت بيونغ يانغ إن الحوار متوقف.\n\
                    وتكهن بعض المحللين الكوريين الجنوبيين بأن الزائر مسؤول كبير. وقال بعضهم إن الزيارة تمهد لقمة قريبة.";
        let q = quotes(text);
        let (actor, span) = speaker_of(&q, "الزيارة تمهد");
        assert_eq!(span, "بعضهم", "{q:?}");
        assert!(actor.is_some_and(|a| a.starts_with("KOR")), "{q:?}");
    }

    #[test]
    fn one_of_the_women_is_one_of_a_feminine_group() {
        let text = "تظاهرت في طهران ناشطات إيرانيات ضد القانون الجديد أمام البرلمان البريطاني.\n\
                    وقالت إحداهن إن القانون يظلم النساء.";
        let q = quotes(text);
        let (actor, _) = speaker_of(&q, "القانون يظلم");
        assert!(actor.is_some_and(|a| a.starts_with("IRN")), "{q:?}");
    }

    #[test]
    fn an_uncoded_group_nearer_leaves_the_speaker_alone() {
        // A story about Britain: the nearest plural people (ناشطون) have no code, and the
        // Iranians further back are not reached for.
        let text = "قالت الحكومة البريطانية إن بريطانيا ستستقبل الفريق في لندن. وقال لاعبون إيرانيون إن المباراة صعبة في بريطانيا.\n\
                    وتجمع ناشطون أمام الملعب. وقال أحدهم إن الفريق سيفوز.";
        let q = quotes(text);
        let (actor, _) = speaker_of(&q, "الفريق سيفوز");
        assert!(!actor.is_some_and(|a| a.starts_with("IRN")), "{q:?}");
    }

    #[test]
    fn a_body_in_the_feminine_plural_is_no_group_of_women() {
        // السلطات is no group of women: إحداهن is not the authorities.
        let text = "اعتقلت السلطات الإيرانية عددا من الفتيات في طهران.\n\
                    وقالت إحداهن إن الشرطة ضربتها.";
        let q = quotes(text);
        let (actor, _) = speaker_of(&q, "الشرطة ضربتها");
        assert_ne!(actor, Some("IRNGOV"), "{q:?}");
    }
}
