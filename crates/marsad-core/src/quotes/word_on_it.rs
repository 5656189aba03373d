//! The writer's note of another word on the reported clause.
//!
//! After a reported clause, …، وهو ما نفته موسكو / …، الأمر الذي أكدته الأخيرة / …، وهذا ما
//! تحدث عنه زعيم الجماعة tells who else denied, confirmed or spoke of what was reported: a
//! relative ما / الأمر الذي whose reporting verb takes the clause back as its object (نفته،
//! أكده، تنفيه) or after عن / على / إلى (تحدث عنه، أشار إليه). That is the writer's
//! narrative, not the speaker's words, so the reported clause ends at its comma. (Other
//! verbs after وهو ما, يعني، يدفع، يجعل, say what the clause leads to: often the speaker's,
//! they stay.)
//!
//! So does the writer naming the report as a statement, charge or threat and saying what
//! came of it (…، وهو تصريح قد يشكل أساس القانون، وهي الاتهامات التي ينفيها بورتر، وهو
//! اتهام رفضته طهران، وهي تصريحات اعتبرت مسيئة): a pronoun of the clause and a noun of
//! speech right after the comma.

/// The relative openings after the comma (keys): وهو ما، وهي ما، وهذا ما، وهو الأمر الذي،
/// الأمر الذي.
const OPENINGS: &[&[&str]] = &[&["وهو", "ما"], &["وهي", "ما"], &["وهذا", "ما"], &["وهو", "الامر", "الذي"], &["الامر", "الذي"]];

/// The object pronouns that take the clause back (keys): ـه، ـها.
const RESUMPTIVE: &[&str] = &["ه", "ها"];

/// Prepositions with the pronoun that do the same (keys): عنه، عليه، إليه، به.
const PREPOSITIONS: &[&str] = &["عنه", "عليه", "اليه", "به"];

/// The pronouns that take the clause back before a noun of speech (keys): وهو، وهي، وهذا، وهذه.
const PRONOUNS: &[&str] = &["وهو", "وهي", "وهذا", "وهذه"];

/// Nouns naming the report as speech (keys, without the article): a statement, a charge,
/// a claim, a comment, a threat, a stance, an account.
const SPEECH_NOUNS: &[&str] = &[
    "تصريح", "تصريحات", "اتهام", "اتهامات", "مزاعم", "ادعاءات", "تعليق", "تعليقات", "تهديد", "تهديدات", "موقف", "روايه", "كلام",
];

/// Does the writer's note of another word on the clause start at key index `at` (the word
/// after a comma)? `is_cue` tells a reporting verb's key.
pub(super) fn starts_at(keys: &[String], at: usize, end: usize, is_cue: impl Fn(&str) -> bool) -> bool {
    let key = |i: usize| if i < end { keys[i].as_str() } else { "" };
    // (…، وهو تصريح …، وهي الاتهامات التي …: the report named as speech.)
    let noun = key(at + 1);
    if PRONOUNS.contains(&key(at)) && SPEECH_NOUNS.contains(&noun.strip_prefix("ال").unwrap_or(noun)) {
        return true;
    }
    let Some(opening) = OPENINGS.iter().find(|o| o.iter().enumerate().all(|(n, w)| key(at + n) == *w)) else {
        return false;
    };
    let verb = at + opening.len();
    let v = key(verb);
    // (نفاه: the verb's final ى is written ا before the pronoun.)
    let takes_back = RESUMPTIVE.iter().filter_map(|s| v.strip_suffix(s)).any(|stem| {
        stem.chars().count() >= 2 && (is_cue(stem) || stem.strip_suffix('ا').is_some_and(|s| is_cue(&format!("{s}ي"))))
    });
    takes_back || is_cue(v) && PREPOSITIONS.contains(&key(verb + 1))
}

/// Verbs of judging (keys' stems) after وهو ما with no comma before it: the speaker's own
/// verdict on the clause (… وهو ما اعتبره "خطرا حقيقيا"), which goes on with it.
const VERDICTS: &[&str] = &["اعتبر", "يعتبر", "تعتبر", "وصف", "يصف", "تصف"];

/// Does the note start at key index `at` with no comma before it, opening with its و
/// (وهو ما، وهي ما، وهذا ما، وهو تصريح …; not الأمر الذي, which goes on a clause as often,
/// nor ألا وهي, "namely", nor a verdict of `VERDICTS`)?
pub(super) fn joined_at(keys: &[String], at: usize, end: usize, is_cue: impl Fn(&str) -> bool) -> bool {
    let verdict = || keys.get(at + 2).is_some_and(|v| VERDICTS.iter().any(|s| v.starts_with(s)));
    keys[at].starts_with("وه")
        && PRONOUNS.contains(&keys[at].as_str())
        && !(at > 0 && keys[at - 1] == "الا")
        && starts_at(keys, at, end, is_cue)
        && !verdict()
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::indirect;

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for w in super::OPENINGS.iter().flat_map(|o| o.iter()).chain(super::RESUMPTIVE).chain(super::PREPOSITIONS).chain(super::PRONOUNS).chain(super::SPEECH_NOUNS) {
            assert_eq!(&key(w), w);
        }
    }

    #[test]
    fn another_partys_denial_or_word_ends_the_clause() {
        let q = indirect("وتتهم الرياض إيران بأنها تقف وراء تزويد المتمردين بالصواريخ، وهو ما تنفيه طهران.");
        assert_eq!(q, ["تقف وراء تزويد المتمردين بالصواريخ"]);
        let q = indirect("وقالت المعارضة إن الحكومة زورت نتائج الانتخابات في عدة محافظات، الأمر الذي نفته اللجنة العليا للانتخابات.");
        assert_eq!(q, ["الحكومة زورت نتائج الانتخابات في عدة محافظات"]);
        let q = indirect("وذكرت مصادر أن المتمردين أبدوا استعدادهم لتسليم الميناء إلى الأمم المتحدة، وهو ما تحدث عنه زعيمهم في خطابه الأخير.");
        assert_eq!(q, ["المتمردين أبدوا استعدادهم لتسليم الميناء إلى الأمم المتحدة"]);
        let q = indirect("وأعلنت الشرطة أنها أحبطت مخططا لتفجير طائرة ركاب، وهو ما نفاه محامي المتهمين.");
        assert_eq!(q, ["أحبطت مخططا لتفجير طائرة ركاب"]);
    }

    #[test]
    fn the_report_named_as_speech_ends_the_clause() {
        let q = indirect("وقال مسؤول سعودي إن النساء لسن ملزمات بارتداء العباءة في الأماكن العامة، وهو تصريح قد يشكل أساس القانون في المستقبل.");
        assert_eq!(q, ["النساء لسن ملزمات بارتداء العباءة في الأماكن العامة"]);
        let q = indirect("وقالت زوجته السابقة إنه اعتدى عليها مرارا، وهي الاتهامات التي ينفيها بورتر.");
        assert_eq!(q, ["اعتدى عليها مرارا"]);
        // A noun that is no speech stays in the clause.
        let q = indirect("وقال الوزير إن الحكومة ستخفض الضرائب، وهي خطوة تهدف إلى دعم الاقتصاد.");
        assert_eq!(q, ["الحكومة ستخفض الضرائب، وهي خطوة تهدف إلى دعم الاقتصاد"]);
    }

    #[test]
    fn a_note_joined_by_its_wa_without_a_comma_ends_the_clause_too() {
        let q = indirect("وتتهم الرياض إيران بأنها تقف وراء تزويد المتمردين بالصواريخ وهو ما تنفيه طهران.");
        assert_eq!(q, ["تقف وراء تزويد المتمردين بالصواريخ"]);
        let q = indirect("وقال المسؤولون إن المهاجمين ضباط في الاستخبارات وهي اتهامات نفتها الحكومة.");
        assert_eq!(q, ["المهاجمين ضباط في الاستخبارات"]);
        // The speaker's own verdict on it, and ألا وهي (namely), go on with the clause.
        let q = indirect("وقال الخبير إن الشركة خسرت بيانات ملايين المستخدمين وهو ما اعتبره خطرا كبيرا.");
        assert_eq!(q, ["الشركة خسرت بيانات ملايين المستخدمين وهو ما اعتبره خطرا كبيرا"]);
        let q = indirect("وقال المحامي إن الرئيس اتهمها بجريمة خطيرة ألا وهي تهديد شخص زورا.");
        assert_eq!(q, ["الرئيس اتهمها بجريمة خطيرة ألا وهي تهديد شخص زورا"]);
    }

    #[test]
    fn what_the_clause_leads_to_stays_the_speakers() {
        let q = indirect("وقال الخبير إن الدولار يدخل دورة خسائر، وهو ما يعني تراجعا كبيرا في قيمته.");
        assert_eq!(q, ["الدولار يدخل دورة خسائر، وهو ما يعني تراجعا كبيرا في قيمته"]);
    }
}
