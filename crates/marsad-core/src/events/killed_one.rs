//! A verb of killing (قتل، اغتال) with one party after it and no object is the unvowelled
//! passive: `قتل جندي أميركي بانفجار عبوة`، `وقتل شخصان وأصيب 13 آخرون`، `قتل طفل يبلغ من
//! العمر 14 عاما`. Killing takes an object, so a party left without one was killed; only
//! a body (a state, an army, a group) is read as a subject whose object is named later.
//! `args` already read persons this way (`+bare-passive`); soldiers, police officers and
//! fighters were left out with the officials, who may act on an object named after a
//! preposition, though one soldier does not kill no one either. A count right after the
//! verb (`قتل العشرات من`، `وقتل أيضا 21 من`، `وقتلت عددا من`) is likewise who was killed.

use super::Input;
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;
use std::sync::OnceLock;

/// Nouns for one or a few people, any role (singular, dual, plural), after و and the
/// article: the individuals a killing happens to, as against bodies (القوات، الجيش).
const INDIVIDUALS: &[&str] = &[
    "جندي", "جنديان", "جنديين", "جنود", "شرطي", "شرطيان", "شرطيين", "رجل", "رجلان", "رجلين", "رجال",
    "ضابط", "ضابطان", "ضابطين", "ضباط", "عنصر", "عنصران", "عنصرين", "عناصر", "مقاتل", "مقاتلان",
    "مقاتلين", "مقاتلون", "مسلح", "مسلحان", "مسلحين", "مسلحون", "شخص", "شخصان", "شخصين", "أشخاص",
    "طفل", "طفلة", "طفلان", "طفلين", "أطفال", "امرأة", "امرأتان", "نساء", "مدني", "مدنيان", "مدنيين",
    "مدنيون", "مواطن", "مواطنة", "مواطنان", "مواطنين", "مواطنون", "صحفي", "صحفية", "صحفيان",
    "متظاهر", "متظاهران", "متظاهرين", "متظاهرون", "محتج", "محتجين", "محتجون", "حارس", "حراس",
];

/// Roles whose holders are private people, not bodies that act by their forces.
const PRIVATE_ROLES: &[&str] = &["CVL", "MED", "EDU", "HRI", "REL", "LAB", "REF", "AGR"];

/// Is the mention one or a few people (a person, a private party, or a noun of
/// `INDIVIDUALS` at its head), not a state, a body or a group?
pub(super) fn individual(input: &Input, m: &ActorSpan) -> bool {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| INDIVIDUALS.iter().map(|w| marsad_text::normalize::key(w)).collect());
    if matches!(m.kind, Kind::Person | Kind::PersonShort) || m.person_noun {
        return true;
    }
    // A nisba or demonym without the article standing for people of a state (فلسطيني،
    // فلسطينيان، إسرائيليون): one or a few persons, not the state.
    if matches!(m.kind, Kind::Nisba | Kind::Demonym) && !marsad_text::normalize::key_is_definite(&input.keys[m.tok_start]) {
        return true;
    }
    if m.kind != Kind::Agent {
        return false;
    }
    let head = input.keys[m.tok_start].as_str();
    let head = head.strip_prefix('و').unwrap_or(head);
    let head = head.strip_prefix("ال").unwrap_or(head);
    keys.iter().any(|k| k == head) || m.role.as_deref().is_some_and(|r| PRIVATE_ROLES.contains(&r))
}

/// Counts that open a party without the article or a digit (عددا من، أحد الحوثيين); the
/// rest are the crowd words and numbers of `crowd_at`.
const COUNT_HEADS: &[&str] = &["عدد", "عددا", "احد"];

/// Does the party open with a count (`قتل العشرات من المسلحين`، `وقتل 21 من عناصر التنظيم`،
/// `وقتلت عددا من قياداتها`)? A count right after a verb of killing is who was killed, in the
/// passive or as the object of a subject left unsaid; a killer comes before his count
/// (قتل الجيش 19 مسلحا), so the count read as the subject was the victim.
pub(super) fn counted_victims(input: &Input, m: &ActorSpan, s1: usize) -> bool {
    let at = m.tok_start;
    let head = input.keys[at].as_str();
    super::crowd_at(input, at, s1) || COUNT_HEADS.contains(&head.strip_prefix('و').unwrap_or(head))
}

/// How far past the party an object may still come after a place or time phrase.
const OBJECT_REACH: usize = 8;

/// Words that make a count after them a time or a date (قبل 13 عاما، منذ تسعة أشهر، في 15 يونيو).
const TIME_BEFORE: &[&str] = &["قبل", "بعد", "منذ", "خلال", "لمده", "طيله", "في", "عام"];
/// Units that make a count before them a time (بعد تسعة أشهر).
const TIME_UNITS: &[&str] = &[
    "عام", "عاما", "اعوام", "سنه", "سنتين", "سنوات", "شهر", "شهرا", "شهرين", "اشهر", "اسبوع", "اسبوعا", "اسبوعين", "اسابيع",
    "يوم", "يوما", "يومين", "ايام", "ساعه", "ساعات", "دقيقه", "دقائق",
];

/// Does a count of people come after the phrase that follows the party at `from`, within
/// the clause (`وقتل مسلحون في السنوات الماضية عشرات من قوات الأمن`)? Then the party is
/// the subject and the count its object. Not a time (قبل 13 عاما، بعد تسعة أشهر) nor a
/// comparison (أكثر من ذي قبل).
pub(super) fn object_after_phrase(input: &Input, from: usize, s1: usize) -> bool {
    let key = |j: usize| if j < s1 { input.keys[j].as_str() } else { "" };
    // (A word with و opens the next clause: قتل جنديان وأصيب عدد آخر; so does the wounding
    // right after the party, وأصيب اثنان آخران.)
    let opens_toll = super::args::follows_toll(super::args::bare(key(from)));
    let in_clause = |j: &usize| input.tokens[*j].kind != TokenKind::Punct && (*j == from && !opens_toll || !key(*j).starts_with('و'));
    (from..s1.min(from + OBJECT_REACH)).take_while(in_clause).any(|j| {
        // (A year is a time too: قتلا في حرب 2014.)
        let year = input.tokens[j].kind == TokenKind::Number && key(j).parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y));
        // (A count a preposition governs is no object either: قتل مع 6 من مرافقيه.)
        let governed = j > 0 && super::args::is_preposition(key(j - 1));
        let time = j > 0 && TIME_BEFORE.contains(&key(j - 1)) || TIME_UNITS.contains(&key(j + 1)) || year || governed;
        let comparison = key(j) == "اكثر" && !super::counted_at(input, j + 2, s1);
        super::counted_at(input, j, s1) && !time && !comparison
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    /// Every text has a killing with a victim and no killer.
    fn victims_only(texts: &[&str]) {
        for t in texts {
            let s = sides(t, "ASSAULT");
            assert!(!s.is_empty() && s.iter().all(|(a, r)| a.is_none() && r.is_some()), "{t}: {s:?}");
        }
    }

    #[test]
    fn one_killed_with_no_object_is_the_victim() {
        victims_only(&[
            "قتل جندي أميركي من الوحدات الخاصة بانفجار عبوة ناسفة في أفغانستان.",
            "وقتل شرطي مصري في هجوم على كمين بشمال سيناء.",
            "قتل جنديان يمنيان من قوات النخبة وأصيب عدد آخر.",
        ]);
    }

    #[test]
    fn a_nisba_or_a_farmer_killed_with_no_object_is_the_victim() {
        victims_only(&[
            "قتل عراقيان وأصيب ثلاثة آخرون في انفجار سيارة مفخخة ببغداد.",
            "قتل شاب سوري فيما أصيب العشرات في ريف إدلب.",
            "وقتل مزارع سوري في قصف مدفعي على ريف حماة.",
            "قتل جنديان أردنيان وأصيب اثنان آخران في هجوم شنه مسلحون قرب الحدود.",
        ]);
    }

    #[test]
    fn a_person_killed_before_a_clause_or_a_time_is_the_victim() {
        victims_only(&[
            "وتصاعدت الأزمة حين قتل بوتو وذلك قبل الانتخابات بأسابيع.",
            "وقالت الشرطة إن الصحفي الأمريكي قتل الأسبوع الماضي في وسط موسكو.",
        ]);
        // A year or a count after a preposition is no object.
        victims_only(&["ويعتقد أن جنديين إسرائيليين قتلا في حرب 2014 على غزة.", "وقال المتحدث إن الصحفي الأمريكي قتل مع 6 من مرافقيه في الغارة."]);
        // A count after the time is the object: the army killed.
        let t = "وقالت الحكومة إن الجيش المصري قتل الأسبوع الماضي في سيناء 12 مسلحا.";
        let s = sides(t, "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("EGY")), "{t}: {s:?}");
    }

    #[test]
    fn a_time_after_the_victim_is_no_object() {
        let t = "وقتل صحفي سعودي في إسطنبول قبل ثلاثة أشهر.";
        let s = sides(t, "ASSAULT");
        assert!(!s.is_empty() && s.iter().all(|(a, r)| a.is_none() && r.is_some()), "{t}: {s:?}");
    }

    #[test]
    fn a_party_with_an_object_after_a_phrase_still_kills() {
        // A count after the place phrase is the object: the gunmen killed.
        let t = "وقتل مسلحون صوماليون في السنوات الماضية عشرات من الجنود الكينيين.";
        let s = sides(t, "ASSAULT");
        assert!(!s.iter().any(|(a, _)| a.is_none()), "{t}: {s:?}");
        // A body with no object is not made a victim.
        let t = "وقتلت القوات الإسرائيلية في غزة.";
        let s = sides(t, "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("ISR")), "{t}: {s:?}");
    }

    #[test]
    fn a_count_after_the_killing_is_killed() {
        victims_only(&[
            "وقتل العشرات من مسلحي حركة الشباب في اشتباكات مع القوات الحكومية.",
            "وقتل أيضا 12 من عناصر الشرطة الأفغانية في هجوم ليلي.",
            "وقتلت عددا من قادة الميليشيات الحوثية في جبهة الساحل.",
            "يقتل المئات من المدنيين اليمنيين كل شهر في الحرب.",
        ]);
        // The killer named before his count still kills.
        let t = "قتل الجيش الأفغاني 19 مسلحا من حركة طالبان.";
        let s = sides(t, "ASSAULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("AFG")), "{t}: {s:?}");
    }
}
