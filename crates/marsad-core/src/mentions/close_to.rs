//! A party close to another (مصادر مقربة من الكرملين، مصدر مقرب من الحوثيين، الصحف المقربة
//! من الحكومة التركية، المقربون من خامنئي): the labels split the phrase at `المقربة من`, a
//! participle that names another party, but the first speaks for the second. Its bare
//! noun had taken the story's country (an unnamed source is local unless a nisba says
//! otherwise), so a source close to the Kremlin in a story about Turkey was Turkish; it
//! takes the code of the party it is close to, keeping its own span. A named group, a
//! person or a body placed by its own nisba keeps its code.

use super::*;

/// The participle "close (to)", as keys (the article and ة folded).
const CLOSE: &[&str] = &["مقرب", "مقربه", "مقربين", "مقربون", "مقربان", "المقرب", "المقربه", "المقربين", "المقربون"];

/// Recode every mention that ends in (or is followed by) `مقرب من` and a coded party.
pub(super) fn recode<'a>(cx: &Cx<'a, '_>, out: &mut [ActorSpan<'a>]) {
    let keys = cx.keys;
    for i in 0..out.len().saturating_sub(1) {
        let end = out[i].tok_end;
        // The participle inside the mention (مصادر مقربة) or right after it (مسؤول المقرب).
        let from = match keys.get(end).map(String::as_str) {
            Some("من") if end > 0 && CLOSE.contains(&keys[end - 1].as_str()) => end,
            Some(k) if CLOSE.contains(&k) && keys.get(end + 1).is_some_and(|n| n == "من") => end + 1,
            _ => continue,
        };
        // Only a bare role noun, uncoded or placed by the story alone: a named group, a
        // person or a body with its own nisba keeps its code (الحشد الشعبي المقرب من إيران،
        // الأحزاب العراقية المقربة من طهران).
        let bare = out[i].kind == Kind::Agent && out[i].entity.is_none() && (out[i].actor.is_none() || out[i].rule.contains("context:"));
        if !bare {
            continue;
        }
        let (head, rest) = out.split_at_mut(i + 1);
        let Some(party) = rest.iter().find(|s| s.tok_start > from) else { continue };
        if party.tok_start != from + 1 || party.actor.is_none() || cx.crosses_paragraph(head[i].tok_start, party.tok_end) {
            continue;
        }
        let m = &mut head[i];
        // A body of its own kind (الصحف: MED) is of the party's state in its own role; an
        // unnamed source, which has none, takes the party's code.
        let own_role = m.role.as_deref().filter(|r| !r.is_empty());
        match (own_role, party.state_of(cx.lex)) {
            (Some(role), Some(state)) => m.actor = Some(actor_of(cx.lex, &state.code, role)),
            _ => {
                m.actor = party.actor.clone();
                m.role = party.role.clone();
            }
        }
        m.country = party.country.clone();
        m.antecedent = Some((party.tok_start, party.tok_end));
        m.extend_rule(&["+close-to"]);
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_source_close_to_a_party_speaks_for_it() {
        let ms = mentions("وقالت وسائل إعلام تركية إن أنقرة سترد. وقالت مصادر مقربة من الكرملين إن بوتين سيزور تركيا.");
        assert_eq!(code(&ms, "مصادر مقربة"), Some("RUSGOV"), "{ms:?}");
        let ms = mentions("وذكرت مصادر مقربة من الحوثيين أن الجماعة سترد.");
        assert_eq!(code(&ms, "مصادر مقربة"), Some("YEMREB"), "{ms:?}");
        // Newspapers stay newspapers, of the government's state.
        let ms = mentions("وذكرت الصحف المقربة من الحكومة التركية أن أنقرة لن تتراجع.");
        assert_eq!(code(&ms, "الصحف المقربة"), Some("TURMED"), "{ms:?}");
    }

    #[test]
    fn a_source_close_to_no_party_keeps_its_country() {
        // The complement is no actor: the source stays local.
        let ms = mentions("وقالت وسائل إعلام تركية إن أنقرة سترد. وقال مصدر مقرب من التحقيق إن الأدلة كثيرة.");
        assert_eq!(code(&ms, "مصدر مقرب من التحقيق"), Some("TUR"), "{ms:?}");
    }
}
