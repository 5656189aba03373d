//! A reporting verb whose words come through its own preposition: تحدث عن، أعرب عن، أكد
//! على، شدد على، حذر من. Marks right after that preposition hold the speaker's words, short
//! as they may be (أعربت موسكو عن "خيبة أملها العميقة"، تحدث ترامب عن "ترك بصمة قوية"،
//! أكد الوزير على "شجب" المملكة), as marks after the بـ of وصف do. And وصف may write its بـ
//! inside the marks (ووصف السفير الأمر "بالمهزلة"، واصفة إياها "بالحمقاء"): the marked words are
//! the description all the same.

/// Reporting verbs (by lemma, as `cues.tsv` writes it) and the preposition (normalized key)
/// that introduces what they say.
const OWN_PREPOSITION: &[(&str, &str)] = &[("تحدث", "عن"), ("أعرب", "عن"), ("أكد", "علي"), ("شدد", "علي"), ("حذر", "من")];

/// Is `prep` the preposition through which the cue of lemma `lemma` reports its words?
pub(super) fn introduces_words(lemma: &str, prep: &str) -> bool {
    OWN_PREPOSITION.iter().any(|&(l, p)| l == lemma && p == prep)
}

/// Is the preposition closing `keys` (the sentence up to the marks) the one of the cue at
/// `cue`, a main verb? Not when the cue stands in a relative clause (بولتون الذي تحدث عن
/// "النموذج الليبي": it describes a person) or in a reported clause (أعلنت المستشارية أن
/// ترامب وميركل أعربا عن "قلقهما": the outer speaker's words), nor past punctuation or إن/أن,
/// another preposition (أكدت من خلال حسابها على "فيسبوك") or a noun that governs the
/// preposition itself (ويؤكد القائمون على "…"). `punct` and `complementizer` test a token
/// of `keys` by its index.
pub(super) fn verbs_own(keys: &[String], cue: usize, punct: impl Fn(usize) -> bool, complementizer: impl Fn(usize) -> bool) -> bool {
    let prep = keys.len() - 1;
    let relative = cue > 0 && RELATIVES.contains(&keys[cue - 1].as_str());
    let reported = (0..cue).any(&complementizer);
    // (A preposition with a pronoun, أعرب فيه، تحدث خلالها, makes the verb a relative clause
    // on a noun before it: "a statement in which he expressed".)
    let preposition = |k: &str| PREPOSITIONS.iter().any(|p| k.strip_prefix(p).is_some_and(|rest| matches!(rest, "" | "ه" | "ها" | "هم" | "هما")));
    let between_clear = (cue + 1..prep).all(|j| !punct(j) && !complementizer(j) && !preposition(&keys[j]));
    let governed = prep > cue + 1 && GOVERNING.contains(&keys[prep - 1].trim_start_matches('و'));
    !relative && !reported && between_clear && !governed
}

/// Relative pronouns (not ما/من, which may stand for the speaker's words: ما وصفه بـ).
const RELATIVES: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"];

/// Prepositions that, between the cue and its own, open a phrase of their own.
const PREPOSITIONS: &[&str] = &["من", "في", "علي", "عن", "الي", "عبر", "خلال", "مع", "حول", "امام"];

/// Nouns that take عن/على/من themselves (القائمون على، المسؤول عن).
const GOVERNING: &[&str] = &[
    "القائم", "القائمه", "القائمون", "القائمين", "المسؤول", "المسؤوله", "المسؤولون", "المسؤولين", "المشرف", "المشرفون",
    "المشرفين",
];

/// Does a marked phrase after وصف begin with the description's بـ (written inside the
/// marks: "بالمهزلة")? `between` are the keys from the cue to the marks: a comma before a
/// word with و opens another clause (وصفه بأنه "…"، وحثه على … "بالطريقة الصحيحة"), whose
/// بـ is no description.
pub(super) fn description_inside(first_key: &str, between: &[String]) -> bool {
    let new_clause = between.windows(2).any(|w| matches!(w[0].as_str(), "،" | ",") && w[1].starts_with('و'));
    first_key.starts_with("بال") && first_key.chars().count() > 4 && !new_clause
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn marks_after_the_verbs_own_preposition_are_its_words() {
        let q = quotes("وأعربت الخارجية الفرنسية عن \"قلقها البالغ\" إزاء التصعيد في المنطقة.");
        assert!(q.iter().any(|q| q.direct && q.text == "قلقها البالغ"), "{q:?}");
        let q = quotes("وشدد الوزير على \"ضرورة التهدئة\" خلال لقائه نظيره الأردني.");
        assert!(q.iter().any(|q| q.direct && q.text == "ضرورة التهدئة"), "{q:?}");
    }

    #[test]
    fn a_verb_in_a_relative_or_reported_clause_is_no_source_of_marks() {
        let q = quotes("وانتقد الوزير المستشار الذي تحدث عن \"الخيار العسكري\" في تصريحات سابقة.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        let q = quotes("وأكدت الفنانة من خلال حسابها على \"إنستغرام\" أنها بخير.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        let q = quotes("ويؤكد القائمون على \"مهرجان الربيع\" أن الدورة المقبلة ستكون أكبر.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
    }

    #[test]
    fn another_preposition_after_the_verb_introduces_no_words() {
        // (على is not what تحدث reports through: the marks name the place.)
        let q = quotes("وتحدث الرئيس في مقابلة على \"فوكس\" أمس.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
    }

    #[test]
    fn a_description_may_hold_its_bi_inside_the_marks() {
        let q = quotes("ووصف المتحدث باسم الحكومة القرار \"بالمتسرع\" ثم غادر القاعة.");
        assert!(q.iter().any(|q| q.direct && q.text == "بالمتسرع"), "{q:?}");
        // (Not past a new clause: the بـ is then that verb's.)
        let q = quotes("ووصف الوزير الخطة بأنها مهمة، وطالب البلديات بتنفيذها \"بالسرعة الممكنة\".");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
    }

    #[test]
    fn a_verb_after_a_preposition_with_a_pronoun_is_a_relative_clause() {
        let q = quotes("وأصدر اللاعب بيانا أعرب فيه عن \"حزنه العميق\" من هذه الاتهامات.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
    }
}
