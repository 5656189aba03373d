//! A reporting verb opening a relative clause speaks for the relative's antecedent.
//!
//! In …الممثلة ستيفاني كليفورد، التي تعرف باسم ستورمي دانيالز، والتي قالت إن …, in منظمة
//! "هيومن رايتس ووتش" التي ذكرت في تقرير لها أن … and in مارك سانفورد، عضو الكونغرس، الذي
//! تساءل: "…" the verb has no subject after it: its subject is the pronoun, which stands
//! for the actor named right before it. The speaker search took the sentence's first
//! subject (مصدر مطلع, who spoke of her), a statement after the verb (تقرير لها) or the
//! last speaker instead. A relative joined by و to an earlier one (…، التي …، والتي قالت)
//! shares that one's antecedent.
//!
//! Only when the verb agrees with the pronoun (الذي قال / يقول، التي قالت / تقول، الذين
//! قالوا / يقولون) and names no subject of its own after it: in الجماعة التي قال الوزير
//! إنها … and in المجموعة التي قال إنها … the pronoun is the verb's object, what was said
//! to be something, and someone else speaks. Nor with a pronoun after the verb that takes
//! the antecedent back as the place of the words (التصريحات التي قال فيها إن …، الموضوع
//! الذي تحدث عنه): the antecedent is what was said, not who said it.

use super::{is_comma, mention_after, ActorSpan, Agreement, Input, ADVERBS};
use marsad_lexicon::Kind;

/// Relative pronouns (keys) and the number/gender a verb agreeing with them shows.
fn pronoun(key: &str) -> Option<Agreement> {
    match key.strip_prefix('و').unwrap_or(key) {
        "الذي" => Some(Agreement::Masculine),
        "التي" => Some(Agreement::Feminine),
        "الذين" => Some(Agreement::Plural),
        _ => None,
    }
}

/// Pronouns after the verb that take the antecedent back as what was said or where
/// (فيه، فيها، عنه، عنها، منه، منها).
const RESUMPTIVE: &[&str] = &["فيه", "فيها", "عنه", "عنها", "منه", "منها"];

/// Does the verb form `key` agree with the pronoun? `imperfect` says whether it is one.
fn agrees(key: &str, imperfect: bool, with: Agreement) -> bool {
    let plural = key.ends_with("وا") || key.ends_with("ون");
    match (with, imperfect) {
        (Agreement::Plural, _) => plural,
        (_, _) if plural => false,
        (Agreement::Masculine, true) => key.starts_with('ي'),
        (Agreement::Feminine, true) => key.starts_with('ت'),
        (Agreement::Masculine, false) => !key.ends_with('ت'),
        (Agreement::Feminine, false) => key.ends_with('ت'),
    }
}

/// The actor named right before the relative pronoun at `rel` (a comma or a closing mark
/// between allowed, "هيومن رايتس ووتش" التي), past a place that ends the phrase (عضو
/// الكونغرس عن كارولينا الجنوبية الذي).
fn named_before<'m>(input: &Input<'m>, rel: usize) -> Option<&'m ActorSpan<'m>> {
    let punct = |t: usize| {
        let s = input.tokens[t].text(input.text);
        is_comma(s) || super::is_mark(s)
    };
    let mut end = rel;
    while end > 0 && rel - end < 2 && punct(end - 1) {
        end -= 1;
    }
    let ending_at = |end: usize| {
        let upto = input.mentions.partition_point(|m| m.tok_end <= end);
        upto.checked_sub(1).map(|u| &input.mentions[u]).filter(|m| m.tok_end + 1 >= end && m.tok_end <= end)
    };
    let mut m = ending_at(end)?;
    // (At most two: عضو الكونغرس عن ولاية كارولينا الجنوبية.)
    for _ in 0..2 {
        if !matches!(m.kind, Kind::Place | Kind::Nisba) {
            break;
        }
        m = m.tok_start.checked_sub(1).and_then(|b| ending_at(b + 1)).filter(|h| h.tok_end <= m.tok_start)?;
    }
    let speaks = matches!(m.kind, Kind::Person | Kind::PersonShort | Kind::Agent | Kind::Igo | Kind::Group | Kind::State | Kind::Capital | Kind::Metonym);
    (speaks && (m.actor.is_some() || m.country.is_some())).then_some(m)
}

/// Is the relative pronoun right before the reporting verb at `cue` the verb's object, not
/// its subject: a verb that does not agree with it (الحكومة التي قال إنها …) or that
/// carries a pronoun for it (بالوزير، الذي وصفه بأنه …)? Then the mention before the pronoun
/// is what was spoken of, and the verb's subject is the sentence's.
pub(super) fn object_relative(input: &Input, cue: usize, imperfect: bool) -> bool {
    let keys = input.keys;
    let Some(with) = cue.checked_sub(1).and_then(|r| pronoun(&keys[r])) else {
        return false;
    };
    // (With a pronoun after the verb for the antecedent, تصريحات الشيرازي والتي قال فيها,
    // the antecedent is what was said, and the actor before it may well have said it.)
    let resumptive = keys.get(cue + 1).is_some_and(|k| RESUMPTIVE.contains(&k.as_str()));
    !resumptive && (!agrees(&keys[cue], imperfect, with) || object_suffix(input, cue, with))
}

/// Does the verb at `cue` carry an object pronoun agreeing with the relative (وصفه after
/// الذي, وصفها after التي), which is not part of its stem (نوه)?
fn object_suffix(input: &Input, cue: usize, with: Agreement) -> bool {
    let suffix = match with {
        Agreement::Masculine => "ه",
        Agreement::Feminine => "ها",
        Agreement::Plural => "هم",
    };
    let key = &input.keys[cue];
    key.ends_with(suffix) && !input.lexicon.cue(key).is_some_and(|c| marsad_text::normalize::key(&c.lemma).ends_with(suffix))
}

/// How far back a relative joined by و looks for the relative it continues.
const JOINED_WINDOW: usize = 16;

/// The antecedent speaking through the reporting verb at `cue` (imperfect or not, as
/// `imperfect` says), when the verb opens a relative clause and has no subject of its own.
pub(super) fn antecedent<'m>(input: &Input<'m>, cue: usize, imperfect: bool) -> Option<&'m ActorSpan<'m>> {
    let keys = input.keys;
    let rel = cue.checked_sub(1)?;
    let with = pronoun(&keys[rel])?;
    if !agrees(&keys[cue], imperfect, with) {
        return None;
    }
    let mut after = cue + 1;
    while after < keys.len() && ADVERBS.contains(&keys[after].as_str()) {
        after += 1;
    }
    // (A noun with a pronoun taking the antecedent back is the verb's subject, and so is a
    // plural in the nominative: والذي يؤكد منتقدوه بأنه …، الذي يرى كثيرون أنه ….)
    let own_subject = |k: &str| {
        mention_after(input.mentions, after, after + 1, false).is_some()
            || k.chars().count() > 4 && (["وه", "وها", "وهم"].iter().any(|p| k.ends_with(p)) || k.ends_with("ون"))
    };
    // (A pronoun on the verb agreeing with the relative is its object, whom the verb's
    // subject named: ثقته في بهمتي، الذي وصفه بأنه … — Rouhani described him. A pronoun
    // after the verb takes the antecedent back as what was said: التي قال فيها.)
    if object_suffix(input, cue, with) || keys.get(after).is_some_and(|k| RESUMPTIVE.contains(&k.as_str()) || own_subject(k)) {
        return None;
    }
    // (In its own sentence: a relative opening one takes nothing from the last.)
    let (s0, _) = input.sentence_tokens(cue);
    let fits = |m: &&ActorSpan| m.tok_start >= s0 && (with != Agreement::Plural || matches!(m.kind, Kind::Agent | Kind::Group));
    // …، التي تعرف باسم …، والتي قالت: the first relative's antecedent.
    if keys[rel].starts_with('و') {
        let bare = keys[rel].strip_prefix('و').unwrap_or(&keys[rel]);
        if let Some(first) = (s0.max(rel.saturating_sub(JOINED_WINDOW))..rel).rev().find(|&j| keys[j] == bare) {
            if let Some(m) = named_before(input, first).filter(fits) {
                return Some(m);
            }
        }
    }
    // (الذين stands for people: a role noun or a group, never a state named before it,
    // بعض داعميه في واشنطن، والذين يرون.)
    named_before(input, rel).filter(fits)
}

#[cfg(test)]
mod tests {
    use super::agrees;
    use crate::quotes::Agreement;
    use crate::quotes::tests::speaker_of;

    #[test]
    fn agreement_with_the_pronoun() {
        assert!(agrees("قال", false, Agreement::Masculine));
        assert!(agrees("قالت", false, Agreement::Feminine));
        assert!(!agrees("قال", false, Agreement::Feminine));
        assert!(agrees("تقول", true, Agreement::Feminine));
        assert!(!agrees("يقول", true, Agreement::Feminine));
        assert!(agrees("قالوا", false, Agreement::Plural));
        assert!(!agrees("قالوا", false, Agreement::Masculine));
    }

    #[test]
    fn the_antecedent_speaks() {
        // A relative joined by و shares the first one's antecedent.
        let t = "وكشف مصدر مطلع أن الوثائق تحوي معلومات عن الممثلة ستيفاني كليفورد، التي تعرف باسم ستورمي، والتي قالت إن ترامب دفع لها المال.";
        assert_eq!(speaker_of(t, "ترامب دفع").as_deref(), Some("الممثلة ستيفاني كليفورد"));
        // Not the statement after the verb.
        let t = "وأثار الحكم انتقادات من منظمات أجنبية، من بينها منظمة العفو الدولية التي ذكرت في تقرير لها أن الاتهامات تنتهك حقه في التعبير.";
        assert_eq!(speaker_of(t, "الاتهامات تنتهك").as_deref(), Some("منظمة العفو الدولية"));
    }

    #[test]
    fn an_object_pronoun_or_a_subject_after_the_verb_leaves_the_speaker() {
        // The verb's own subject after it: the pronoun is its object.
        let t = "وهاجمت القوات الجماعة التي قال وزير الداخلية إنها تقف وراء التفجير.";
        assert_eq!(speaker_of(t, "تقف وراء").as_deref(), Some("وزير الداخلية"));
        // A verb that does not agree with the pronoun: the sentence's subject speaks.
        let t = "وانتقد وزير الخارجية الأمريكي الحكومة الإيرانية التي قال إنها تدعم الإرهاب في المنطقة.";
        assert_eq!(speaker_of(t, "تدعم الإرهاب").as_deref(), Some("وزير الخارجية الأمريكي"));
        // A plural subject after the verb.
        let t = "وأصبح مارادونا، الذي يرى كثيرون أنه أفضل لاعب في تاريخ كرة القدم، معشوق الجماهير.";
        assert_ne!(speaker_of(t, "أفضل لاعب").as_deref(), Some("مارادونا"));
        // A pronoun on the verb for the antecedent: its object.
        let t = "وأعرب الرئيس الإيراني حسن روحاني عن ثقته التامة بالوزير الجديد، الذي وصفه بأنه يمتلك خبرات قيمة.";
        assert_eq!(speaker_of(t, "يمتلك خبرات").as_deref(), Some("الرئيس الإيراني حسن روحاني"));
        // A pronoun after the verb for the antecedent (the words): the actor before it speaks.
        let t = "وتناقل نشطاء على مواقع التواصل تصريحات ترامب والتي قال فيها إن الحكومة فاسدة.";
        assert_eq!(speaker_of(t, "الحكومة فاسدة").as_deref(), Some("ترامب"));
    }

    #[test]
    fn a_place_after_the_antecedent_is_passed() {
        let t = "ومن بين المنتقدين كان النائب الجمهوري عن ولاية فلوريدا، الذي تساءل: \"هل كانت ستعقد جلسات استماع لو كان الرئيس ديمقراطيا؟\"";
        assert!(speaker_of(t, "هل كانت").is_some_and(|s| s.starts_with("النائب الجمهوري")));
    }
}
