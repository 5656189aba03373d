//! "Other" after an indefinite actor phrase belongs to it (مسؤول آخر، سفراء آخرون، وجماعات
//! مسلحة أخرى، منظمات حقوقية أخرى، فنزويليون آخرون، 71 شخصاً آخرين): the labels write the
//! maximal phrase (eval/README.md), and the corpus has about 1,200 such phrases whose
//! mention stopped before the adjective. The definite forms (الأخرى، الآخر) are left to
//! the passes that read them (`attributes.rs`, `referring.rs`): after a definite noun they
//! pick out other bodies. So do the indefinite adjectives of number, rank and newness that
//! say how many or which of them without changing who they are (ونشطاء اثنين، جمعيات عدة،
//! امرأة ثالثة، مسؤول بارز، مسؤولون كبار، مسؤول رفيع المستوى، وزراء جدد، مقاتلين أجانب;
//! about 1,000 in the corpus), a run of up to three of them (بمسؤولين آخرين بارزين). Run
//! last, once every pass has made and widened its mentions, it changes no code, only where
//! the mention ends.

use super::demonstratives::retarget;
use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite;

/// The indefinite "other" (keys: آخر، أخرى، آخرون، آخرين، أخريات، آخران).
const OTHER: &[&str] = &["اخر", "اخري", "اخرون", "اخرين", "اخريات", "اخران"];

/// Indefinite adjectives of number, rank and newness (keys: عدة، عديدة، كثيرون، اثنين،
/// بارز، كبير، كبار، رفيع، جدد، ثان، ثالث، ثالثة، أجانب …). Not كبيرة, جديد(ة),
/// ثانية, ثاني, رابعة, which follow non-actors the matcher reads as role nouns (ضجة
/// إعلامية كبيرة، فترة رئاسة ثانية، ثاني أكبر), nor سابق, which changes the code.
const QUALIFIERS: &[&str] = &[
    "عده", "عديده", "عديدون", "عديدين", "كثيرون", "كثيرين", "كثر", "كثيره", "اثنين", "اثنان", "اثنتين", "اثنتان",
    "بارز", "بارزه", "بارزون", "بارزين", "بارزان", "كبير", "كبار", "رفيع", "رفيعو", "رفيعي", "رفيعه",
    "جدد", "ثان", "ثالث", "ثالثه", "اجانب", "اجنبي", "اجنبيه",
];

/// Words after which عدة governs a noun rather than describing the phrase before it
/// are any but these (مسؤولون عدة في الوزارة, not دول عدة مدربين): punctuation, a
/// preposition or particle; not من, partitive after it (عدة من الجنود).
const AFTER_SEVERAL: &[&str] = &["في", "عن", "علي", "الي", "ان", "لدي", "مع", "منذ", "خلال", "بعد", "قبل", "قد", "لم", "لن", "ولم", "وقد", "الا"];

/// A qualifier right before من begins a partitive of its own, a number most often (12
/// صحافيا اثنان منهم في حالة خطرة; قتل مسلح اثنين من الحرس: the killed, not the killer).
const OF_THEM: &[&str] = &["من", "منهم", "منهن", "منهما", "منها", "منه"];

/// Nouns that آخر governs as "the last" (آخر مرة), keys (ة is ه): the word is no
/// adjective of the mention before it then.
const LAST_OF: &[&str] = &["مره", "مرات", "ما", "لحظه", "ايام", "يوم", "الانباء"];

/// Is `s` an actor phrase that an adjective of its own may follow: a role phrase, a
/// group of states or a people (a person's or a state's name takes none).
fn takes_adjective(s: &ActorSpan<'_>) -> bool {
    matches!(s.kind, Kind::Agent | Kind::Metonym | Kind::Demonym)
}

/// Widen every indefinite actor phrase to the indefinite "other" or the run of
/// [`QUALIFIERS`] right after it, when no mention holds those words and no paragraph
/// starts there.
pub(super) fn take_in(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let end = out[i].tok_end;
        if end == 0 || end >= keys.len() || !takes_adjective(&out[i]) || key_is_definite(&keys[end - 1]) {
            continue;
        }
        let limit = out.get(i + 1).map_or(keys.len(), |n| n.tok_start);
        let (mut to, mut other) = (end, false);
        while to < limit && to - end < MOST && !cx.para_start(to) {
            let Some(n) = adjective_len(keys, to) else { break };
            other |= OTHER.contains(&keys[to].as_str());
            to += n;
        }
        if to == end || to > limit {
            continue;
        }
        let old = (out[i].tok_start, end);
        out[i].tok_end = to;
        out[i].extend_rule(&[if other { "+other" } else { "+qualifier" }]);
        retarget(out, old, (old.0, to));
    }
}

/// Most adjectives taken in after one phrase.
const MOST: usize = 3;

/// How many tokens from `t` make one indefinite adjective of the phrase before it: one
/// ("other" or a [`QUALIFIERS`] word), two for رفيع المستوى, none for a word that governs
/// what follows it (آخر مرة، عدة دول، اثنان منهم، برئاسة كبير القضاة، كبار السن).
fn adjective_len(keys: &[String], t: usize) -> Option<usize> {
    let k = keys[t].as_str();
    let next = keys.get(t + 1).map(String::as_str);
    if OTHER.contains(&k) {
        return (k != "اخر" || !next.is_some_and(|n| LAST_OF.contains(&n))).then_some(1);
    }
    if !QUALIFIERS.contains(&k) {
        return None;
    }
    match k {
        "عده" => next.is_none_or(|n| n.is_empty() || AFTER_SEVERAL.contains(&n)).then_some(1),
        // كبير القضاة، كبار السن: in construct with the word after it.
        "كبير" | "كبار" => (!next.is_some_and(key_is_definite)).then_some(1),
        "رفيع" | "رفيعو" | "رفيعي" | "رفيعه" if next == Some("المستوي") => Some(2),
        _ if next.is_some_and(|n| OF_THEM.contains(&n)) => None,
        _ => Some(1),
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    fn texts(s: &str) -> Vec<String> {
        mentions(s).into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn other_after_an_indefinite_actor_phrase_joins_it() {
        let t = texts("وقال مسؤول آخر إن الحكومة لن تتراجع.");
        assert!(t.iter().any(|m| m == "مسؤول آخر"), "{t:?}");
        let t = texts("ودعت منظمات حقوقية أخرى إلى الإفراج عن المعتقلين.");
        assert!(t.iter().any(|m| m == "منظمات حقوقية أخرى"), "{t:?}");
    }

    #[test]
    fn not_after_a_definite_noun_nor_the_last_time() {
        // After a definite noun "other" picks out another body: its own passes read it.
        let t = texts("وقال المسؤول الآخر إن الحكومة لن تتراجع.");
        assert!(!t.iter().any(|m| m.ends_with("الآخر")), "{t:?}");
        // آخر before مرة is "the last time", no adjective of the mention.
        let t = texts("والتقى الرئيس السوري مسؤولين آخر مرة في دمشق.");
        assert!(!t.iter().any(|m| m.ends_with("آخر")), "{t:?}");
    }

    #[test]
    fn words_of_number_and_rank_join_an_indefinite_phrase() {
        let t = texts("وقال ضابط أمن محلي ونشطاء اثنين إن النار اشتعلت. ودعت جمعيات عدة إلى تظاهرة.");
        assert!(t.iter().any(|m| m == "ونشطاء اثنين") && t.iter().any(|m| m == "جمعيات عدة"), "{t:?}");
        let t = texts("وقال مسؤول رفيع المستوى إن الحكومة لن تتراجع، وقالت امرأة ثالثة إنها رأت الهجوم.");
        assert!(t.iter().any(|m| m == "مسؤول رفيع المستوى") && t.iter().any(|m| m == "امرأة ثالثة"), "{t:?}");
        let t = texts("والتقى الوزير بمسؤولين آخرين بارزين في المدينة.");
        assert!(t.iter().any(|m| m == "بمسؤولين آخرين بارزين"), "{t:?}");
    }

    #[test]
    fn not_a_word_that_governs_what_follows() {
        // عدة before a noun, اثنان before منهم, كبار before السن begin another phrase.
        let t = texts("وزار مسؤولون عدة دول في المنطقة.");
        assert!(!t.iter().any(|m| m.ends_with("عدة")), "{t:?}");
        let t = texts("وأصيب 12 صحافيا اثنان منهم في حالة خطرة.");
        assert!(!t.iter().any(|m| m.ends_with("اثنان")), "{t:?}");
        let t = texts("وقتل مسلح اثنين من الحرس في الهجوم.");
        assert!(!t.iter().any(|m| m.ends_with("اثنين")), "{t:?}");
        let t = texts("وقالت الهيئة القضائية برئاسة كبير القضاة إن الحكم نهائي.");
        assert!(!t.iter().any(|m| m.ends_with("كبير")), "{t:?}");
        // عدة before a preposition describes the phrase.
        let t = texts("وقال مسؤولون عدة في الوزارة إن الحكومة لن تتراجع.");
        assert!(t.iter().any(|m| m.starts_with("مسؤولون عدة")), "{t:?}");
    }
}
