//! A reporting verb whose subject stands before it: the words after the verb are its
//! object, addressee or adverb, never its subject.
//!
//! - After لكنه / ولكنها (the subject's pronoun on لكن), the speaker is the pronoun's
//!   referent: …، لكنه توقع زيادة مطردة …، لكنها قالت في بيان …، ولكنه قال لمجلة … read
//!   "زيادة مطردة", "بيان" or "لمجلة" as the speaker when the clause before was cut off.
//! - A sentence opening with كان + its subject, set off by commas, with the reporting verb
//!   after the last comma as كان's predicate (وكان مصدر مطلع …، قال في تصريحات لـCNN إن …;
//!   وكانت الرئاسة السودانية، قالت في بيان …): the subject after كان speaks, named or not,
//!   instead of a carried speaker or the phrase after the verb. So does a subject before
//!   the قد of كان's predicate (وكانت بعض الصحف الإيرانية قد تحدثت أمس عن …): named or not,
//!   it speaks, not "أمس" or nobody.

use super::{
    carry, comma_subject, is_comma, is_complementizer, is_statement_noun, mention_after, mention_before, owned, speaker_from_mention, statement_speaker, unresolved_speaker, Input,
    QuoteSpan, Speaker, NOT_SUBJECT, NP_END,
};
use marsad_lexicon::{CueKind, Kind};
use marsad_text::token::TokenKind;

/// لكن with the subject's pronoun (لكنه، ولكنها): the same speaker, doing something else.
pub(super) const BUT_HE: &[&str] = &["لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها", "ولكنهم", "ولكنهما"];

/// Does لكنه/ولكنها, the verb's pronoun subject, stand right before the cue?
pub(super) fn pronoun_before(keys: &[String], cue: usize) -> bool {
    cue > 0 && BUT_HE.contains(&keys[cue - 1].as_str())
}

/// The speaker of the first quote before `cue` in its own sentence whose speaker goes on
/// (the main clause لكنه turns from; a later one may be a cue inside its reported clause,
/// وقال X إن المسؤولين دأبوا على وصف ما حدث بأنه "…"، لكنه أكد), if any.
pub(super) fn previous_in_sentence(input: &Input, cue: usize, para_quotes: &[QuoteSpan]) -> Option<Speaker> {
    let (s0, _) = input.sentence_tokens(cue);
    let q = para_quotes.iter().filter(|q| (s0..cue).contains(&q.cue) && carry::carries(q)).min_by_key(|q| q.cue)?;
    q.speaker.clone()
}

/// Relative pronouns (not ما، من, which are as often other words).
pub(super) const RELATIVE_PRONOUNS: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"];

/// Words that open a clause of their own: with one between كان and the verb, كان has
/// its predicate already (كانت البداية في أيار حيث ظهر تقرير …، جاء فيه).
const CLAUSE_OPENERS: &[&str] = &["حيث", "عندما", "حين", "بينما", "فيما", "اذ", "بعدما"];

/// A preposition with a pronoun right after the verb (قال فيه، وصف فيها): the verb's
/// subject wrote the document the كان clause named, not كان's subject.
const IN_IT: &[&str] = &["فيه", "فيها", "فيهم"];

/// The subject after a sentence-opening كان when the cue at `cue` is its predicate, set
/// off from it by a comma: a bare verb (not joined by و/ف) agreeing with كان/كانت in
/// gender, and nothing between them that would be a predicate already (قد, another
/// reporting verb, a clause opener) or a reported clause (إن/أن).
pub(super) fn after_kana(input: &Input, cue: usize, last: Option<&Speaker>) -> Option<Speaker> {
    let Input { text, tokens, keys, mentions, lexicon, .. } = *input;
    // (Or the قد of its predicate right before the verb: وكانت بعض الصحف الإيرانية قد
    // تحدثت أمس عن …, where the words after the verb are no subject either.)
    if cue < 3 || !is_comma(tokens[cue - 1].text(text)) && keys[cue - 1] != "قد" {
        return None;
    }
    let coordinated = keys[cue].strip_prefix(['و', 'ف']).is_some_and(|r| lexicon.cue(r).is_some());
    let (s0, _) = input.sentence_tokens(cue);
    let feminine = match keys[s0].strip_prefix(['و', 'ف']).unwrap_or(&keys[s0]) {
        "كان" => false,
        "كانت" => true,
        _ => return None,
    };
    let start = s0 + 1;
    let in_it = keys.get(cue + 1).is_some_and(|k| IN_IT.contains(&k.as_str()));
    if coordinated || in_it || start + 1 >= cue || NOT_SUBJECT.contains(&keys[start].as_str()) || tokens[start].kind != TokenKind::Arabic {
        return None;
    }
    let cue_feminine = carry::gender_of_cue(input, cue).map(|g| g == carry::Gender::Feminine);
    if cue_feminine.is_some_and(|f| f != feminine) {
        return None;
    }
    let predicate_or_clause = |j: usize| {
        keys[j] == "قد"
            || is_complementizer(&keys[j])
            || CLAUSE_OPENERS.contains(&keys[j].as_str())
            || lexicon.cue(&keys[j]).is_some_and(|c| c.kind != CueKind::Frame)
    };
    if (start..cue - 1).any(predicate_or_clause) {
        return None;
    }
    // The subject phrase: up to punctuation outside a mention or a word that ends it.
    let in_mention = |j: usize| super::in_mention_at(mentions, j);
    let end = (start..cue - 1)
        .find(|&j| tokens[j].kind == TokenKind::Punct && !in_mention(j) || NP_END.contains(&keys[j].as_str()))
        .unwrap_or(cue - 1);
    if end <= start {
        return None;
    }
    let qad = keys[cue - 1] == "قد";
    if qad {
        // The person named last before قد is the subject's own name (وكان الرئيس المشترك
        // لمجلس سوريا الديمقراطية رياض درار قد قال; وكان المشرف على الصندوق، ياسر الرميان،
        // قد أكد).
        // A role phrase opening the subject keeps its code (the name's is often a guess)
        // and its span reaches the name.
        // (Not a name inside a relative clause: ترامب، الذي عارض الاتفاق الموقع خلال فترة
        // أوباما، قد قال.)
        let relative = |n: &super::ActorSpan| (start..n.tok_start).any(|j| RELATIVE_PRONOUNS.contains(&keys[j].as_str()));
        let person = mention_before(mentions, cue - 1, 1).filter(|n| n.tok_start >= start && matches!(n.kind, Kind::Person | Kind::PersonShort) && !relative(n));
        if let Some(n) = person {
            let role = mention_after(mentions, start, n.tok_start, false).filter(|m| m.tok_start <= start + 2);
            let Some(m) = role else { return Some(speaker_from_mention(input, n)) };
            let mut sp = speaker_from_mention(input, m);
            if (start..m.tok_start).all(|j| tokens[j].kind == TokenKind::Arabic && !NOT_SUBJECT.contains(&keys[j].as_str())) {
                sp.tok_start = start;
            }
            if sp.tok_end < n.tok_end {
                sp.tok_end = n.tok_end;
                sp.entity = sp.entity.or_else(|| owned(&n.entity));
            }
            return Some(sp);
        }
        // A subject phrase naming no one, with a mention further on before قد (وكانت دراسة
        // سابقة، أعدتها المنظمة، قد كشفت): left to the reading by that mention.
        if mention_after(mentions, start, end, false).is_none() && mention_after(mentions, end, cue - 1, false).is_some() {
            return None;
        }
    }
    // A person's name set off by commas right before the verb is the subject's own
    // (وكان رئيس النادي، جوسيب بارتوميو، قال; وكان عالم النيازك في وكالة "ناسا"، بيل كوك، قال).
    if let Some(sp) = comma_subject::name_in_apposition(input, start, cue) {
        return Some(sp);
    }
    let upto = mentions.partition_point(|m| m.tok_end < cue);
    if let Some(n) = upto.checked_sub(1).map(|u| &mentions[u]).filter(|n| n.tok_end == cue - 1 && n.tok_start > start) {
        if matches!(n.kind, Kind::Person | Kind::PersonShort) && is_comma(tokens[n.tok_start - 1].text(text)) {
            return Some(speaker_from_mention(input, n));
        }
    }
    // A mention opening it, after a head noun or two (مصدر + عسكري سوري).
    if let Some(m) = mention_after(mentions, start, end, false).filter(|m| m.tok_start <= start + 2) {
        let mut sp = speaker_from_mention(input, m);
        if (start..m.tok_start).all(|j| tokens[j].kind == TokenKind::Arabic && !NOT_SUBJECT.contains(&keys[j].as_str())) {
            sp.tok_start = start;
        }
        return Some(sp);
    }
    // A statement speaks for its issuer (وكان تقرير لصحيفة "فايننشال تايمز"، …، قال).
    if is_statement_noun(&keys[start]) {
        if let Some(sp) = statement_speaker(input, start, end, last) {
            return Some(sp);
        }
    }
    (end - start <= 6).then(|| unresolved_speaker(input, start, end))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;
    use crate::Quote;

    fn on_cue<'a>(q: &'a [Quote], cue: &str) -> &'a Quote {
        q.iter().find(|q| q.cue.text == cue).unwrap_or_else(|| panic!("no quote on {cue}: {q:?}"))
    }

    fn speaker_text(q: &Quote) -> &str {
        q.speaker.as_ref().map_or("", |s| s.text.as_str())
    }

    #[test]
    fn after_lakinnahu_the_object_is_no_speaker() {
        let q = quotes("وأعلن وزير التجارة الصيني أن الوفد سيوقع اتفاقات عدة دون أن يحدد عددها، لكنه توقع زيادة كبيرة في حجم المبادلات إذ أشار إلى أن الصادرات بلغت 12 مليار دولار.");
        let sp = speaker_text(on_cue(&q, "توقع"));
        assert!(sp.contains("وزير"), "{q:?}");
        let q = quotes("وامتنعت الشرطة الفرنسية عن التعليق على الحادث، لكنها قالت في بيان إن التحقيقات مستمرة.");
        let p = on_cue(&q, "قالت");
        assert_eq!(speaker_text(p), "الشرطة الفرنسية", "{q:?}");
        // Its addressee is no speaker either.
        let q = quotes("وأجرى الباحث الأسترالي دراسته في سيدني، لكنه قال لصحيفة الغارديان إن النتائج تنطبق على أوروبا.");
        assert!(!speaker_text(on_cue(&q, "قال")).contains("الغارديان"), "{q:?}");
    }

    #[test]
    fn the_subject_after_kana_speaks_for_a_verb_after_its_comma() {
        // Unnamed: the source itself, not the speaker carried from the paragraph before.
        let text = "وقال وزير الخارجية الأمريكي إن بلاده تتابع القضية.\n\nوكان مصدر مطلع على التحقيقات، قال في تصريحات لوكالة رويترز، إن الأدلة تشير إلى عملية مدبرة.";
        let q = quotes(text);
        // (The source's mention takes in its matter: `mentions/unnamed_sources.rs`.)
        assert_eq!(speaker_text(on_cue(&q, "قال")), "مصدر مطلع على التحقيقات", "{q:?}");
        // Named: not the statement after the verb.
        let q = quotes("وكانت الرئاسة المصرية، قالت في بيان، الخميس، إن المباحثات ستركز على التعاون الاقتصادي.");
        let p = on_cue(&q, "قالت");
        assert_eq!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("EGY"), "{q:?}");
        assert!(speaker_text(p).contains("الرئاسة"), "{q:?}");
    }

    #[test]
    fn the_subject_before_the_qad_of_kanas_predicate_speaks() {
        // Unnamed: not the time word after the verb, nor the speaker carried from before.
        let text = "وقال وزير الخارجية الأمريكي إن بلاده تتابع القضية.\n\nوكانت بعض الصحف البريطانية قد ذكرت أمس أن الحكومة تدرس فرض عقوبات جديدة على الشركات.";
        let q = quotes(text);
        let p = on_cue(&q, "ذكرت");
        assert!(speaker_text(p).contains("الصحف"), "{q:?}");
        assert_eq!(p.speaker.as_ref().and_then(|s| s.country.as_deref()), Some("GBR"), "{q:?}");
        // A role phrase with the person's name last before قد: the person.
        let q = quotes("وكان المبعوث الأممي الخاص إلى سوريا ستيفان دي ميستورا قد قال إن المحادثات ستستأنف الشهر المقبل.");
        assert!(speaker_text(on_cue(&q, "قال")).contains("ميستورا"), "{q:?}");
    }

    #[test]
    fn not_when_kana_has_its_predicate_or_the_verb_its_own_subject() {
        // قد + verb is كان's predicate: the verb after the comma has a subject of its own.
        let q = quotes("وكان المهاجم قد أصيب في المباراة الأخيرة، قال المدرب إن عودته قريبة.");
        assert_eq!(speaker_text(on_cue(&q, "قال")), "المدرب", "{q:?}");
        // A verb whose gender does not agree with كانت is not its predicate.
        let q = quotes("وكانت البداية في أيار الماضي، حيث ظهر تقرير في وكالة الأنباء القطرية، قال إن الأمير يشيد بالحركات.");
        assert!(!speaker_text(on_cue(&q, "قال")).contains("البداية"), "{q:?}");
    }
}
