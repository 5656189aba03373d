//! A plural or dual cue (قالوا، يقولون، قائلين، قالا، يقولان) is said by several people:
//! a single person found as its speaker is wrong. On the corpus such quotes came from a
//! cue in a relative clause (… خبراء الذين توقعوا أن …, the person named before them), a
//! possessed subject the dictionaries do not know (منتقديه يشيرون إلى أن …) or a plural
//! noun skipped for a person named later (مسؤولين أتراك … قائلين). The speaker becomes the
//! nearest plural agent before the cue (in its sentence, or the sentence before when the
//! cue opens its own), else none. Not for persons joined by و (ترامب وماكرون قالا).

use super::{speaker_from_mention, Input, QuoteSpan};
use crate::mentions::ActorSpan;
use marsad_lexicon::{CueKind, Kind};
use marsad_text::token::TokenKind;

/// Is the cue at `cue` plural or dual?
fn plural_or_dual(input: &Input, cue: usize) -> bool {
    let lexicon = input.lexicon;
    let key = input.keys[cue].as_str();
    let Some(c) = lexicon.cue(key) else { return false };
    let bare = key.strip_prefix(['و', 'ف']).filter(|r| lexicon.cue(r).is_some()).unwrap_or(key);
    let singular_of = |suffix: &str| bare.strip_suffix(suffix).and_then(|s| lexicon.cue(s)).is_some_and(|o| o.lemma == c.lemma && o.kind == c.kind);
    match c.kind {
        // قائلين، مشيرين، مؤكدين (the singular participles have a lemma of their own).
        CueKind::Participle => bare.ends_with("ين"),
        // قالوا، يقولون, and duals checked against their singular (قالا، قالتا، يقولان; not
        // دعا, nor an object pronoun: وصفها، مفادها).
        CueKind::Verb | CueKind::Continuation => {
            let pronoun = ["ها", "هما", "نا"].iter().any(|p| bare.ends_with(p));
            bare.ends_with("وا") || bare.ends_with("ون") || !pronoun && ["ا", "ان"].iter().any(|s| singular_of(s))
        }
        CueKind::Frame => false,
    }
}

/// A mention that may be the subject of a plural verb: a role noun for several (مسؤولون،
/// خبراء، المتظاهرين) or a people (الفلسطينيون).
fn several(m: &ActorSpan) -> bool {
    !m.prepositional && (m.kind == Kind::Agent && !m.person_noun || m.kind == Kind::Demonym)
}

/// Is the mention at index `k` joined by و to another mention (ترامب وماكرون)?
fn coordinated(input: &Input, k: usize) -> bool {
    let ms = input.mentions;
    let m = &ms[k];
    // (The first conjunct may be a name no dictionary knows: لكن كانغ وبومبيو شددا.)
    let word_before = m.tok_start > 0 && input.tokens[m.tok_start - 1].kind == TokenKind::Arabic;
    let joined_before = input.keys[m.tok_start].starts_with('و') && (word_before || k > 0 && ms[k - 1].tok_end + 1 >= m.tok_start);
    let joined_after = ms.get(k + 1).is_some_and(|n| n.tok_start <= m.tok_end + 1 && input.keys[n.tok_start].starts_with('و'));
    joined_before || joined_after
}

/// Re-attribute the quotes of plural and dual cues that were given one person.
pub(super) fn mend(input: &Input, quotes: &mut [QuoteSpan]) {
    let ms = input.mentions;
    for q in quotes.iter_mut() {
        let Some(sp) = &q.speaker else { continue };
        if q.cue == usize::MAX || sp.tok_end == 0 || !plural_or_dual(input, q.cue) {
            continue;
        }
        let Some(k) = ms.iter().position(|m| m.tok_start < sp.tok_end && sp.tok_end <= m.tok_end) else { continue };
        if !ms[k].names_one_person() || coordinated(input, k) {
            continue;
        }
        let (s0, _) = input.sentence_tokens(q.cue);
        // A cue opening its sentence (وقالوا) has its subject in the sentence before.
        let from = if q.cue <= s0 + 1 && s0 > 0 { input.sentence_tokens(s0 - 1).0 } else { s0 };
        let upto = ms.partition_point(|m| m.tok_end <= q.cue);
        let agent = ms[..upto].iter().rev().take_while(|m| m.tok_start >= from).find(|m| several(m));
        q.speaker = agent.map(|m| speaker_from_mention(input, m));
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn speaker_of<'a>(q: &'a [crate::Quote], cue: &str) -> Option<&'a str> {
        let q = q.iter().find(|q| q.cue.text == cue).expect("quote of the cue");
        q.speaker.as_ref().map(|s| s.text.as_str())
    }

    #[test]
    fn a_plural_participle_takes_the_plural_noun_before_it() {
        let q = quotes("والتقى الرئيس التركي رجب طيب أردوغان مسؤولين أمريكيين في أنقرة، قائلين إن العلاقات بين البلدين قوية.\n");
        let s = speaker_of(&q, "قائلين").unwrap_or_default();
        assert!(!s.contains("أردوغان"), "{q:?}");
    }

    #[test]
    fn a_plural_verb_in_a_relative_clause_is_not_the_persons() {
        let q = quotes("وسخر الرئيس الأمريكي دونالد ترامب من منتقديه الذين توقعوا أن ينهار الاقتصاد.\n");
        assert!(speaker_of(&q, "توقعوا").is_none_or(|s| !s.contains("ترامب")), "{q:?}");
    }

    #[test]
    fn a_possessed_plural_subject_is_not_the_possessor() {
        let q = quotes("لكن منتقدي الرئيس الأمريكي دونالد ترامب يقولون إن الاقتصاد سينهار.\n");
        assert!(speaker_of(&q, "يقولون").is_none_or(|s| !s.contains("ترامب")), "{q:?}");
    }

    #[test]
    fn a_singular_verb_keeps_its_person() {
        let q = quotes("وقال الرئيس الأمريكي دونالد ترامب إن الاقتصاد قوي.\n");
        assert!(speaker_of(&q, "وقال").is_some_and(|s| s.contains("ترامب")), "{q:?}");
    }

    #[test]
    fn an_object_pronoun_is_no_dual() {
        let q = quotes("ووصفها الرئيس الأمريكي دونالد ترامب بـ\"الكارثة الكبرى\" أمام الصحفيين.\n");
        assert!(q.iter().all(|q| q.cue.text != "ووصفها" || q.speaker.as_ref().is_some_and(|s| s.text.contains("ترامب"))), "{q:?}");
    }

    #[test]
    fn two_persons_joined_by_wa_keep_a_dual() {
        let q = quotes("الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون أكدا أن الاتفاق قائم.\n");
        assert!(speaker_of(&q, "أكدا").is_some(), "{q:?}");
    }
}
