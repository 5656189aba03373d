//! A nisba used as a noun right before a dictionary person's name (للسعودي محمد حسن علوان،
//! الصربي ألكسندر كولاروف) is part of the person's mention, as it is of a name no
//! dictionary knows (`unknown-name+nisba` in `unknown_people`): the guide's maximal phrase.
//! Without this, listing a person in `people.tsv` would cut the nisba off the mention the
//! unknown name had. Only a nisba of the person's own country joins (a foreign coach
//! of a national team, المنتخب السعودي الأرجنتيني خوان بيتزي, is left as it is); a lone
//! demonym mention read there is absorbed. The nisba must be used as a noun (with a
//! preposition or conjunction on it, or after punctuation, a function word or a verb),
//! not as the adjective of a word before it. Rule: the person's, then `+nisba`.

use super::{is_event_word, is_stop, nationality, remove_marked, ActorSpan, Cx, SpanFlags};
use marsad_lexicon::Kind;

/// Join to each dictionary person of `out` the nisba of their country written right
/// before the name.
pub(super) fn join(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut dropped = SpanFlags::new(out.len());
    for i in 0..out.len() {
        let s = &out[i];
        let named = matches!(s.kind, Kind::Person | Kind::PersonShort) && s.rule.starts_with("person:");
        if !named || s.tok_start == 0 {
            continue;
        }
        let t = s.tok_start - 1;
        // The nisba is no part of another mention (one ending before it leaves a word
        // between, as for unknown names), unless it is a demonym read alone.
        let prev = i.checked_sub(1);
        let demonym = prev.filter(|&r| out[r].tok_start == t && out[r].tok_end == s.tok_start && out[r].kind == Kind::Demonym);
        if demonym.is_none() && prev.is_some_and(|r| out[r].tok_end >= t) {
            continue;
        }
        if !as_noun(cx, t) {
            continue;
        }
        let Some((_, iso)) = nationality(cx, t) else { continue };
        if s.country.as_deref() != Some(iso) {
            continue;
        }
        if let Some(r) = demonym {
            dropped[r] = true;
        }
        let s = &mut out[i];
        s.tok_start = t;
        s.extend_rule(&["+nisba"]);
    }
    remove_marked(out, &dropped);
}

/// Is the nisba at token `t` used as a noun, not as the adjective of a word before it
/// (نظيره الروسي فلاديمير بوتين is the counterpart's phrase)? It is with a preposition or
/// conjunction on it (للسعودي، والروسي), or after punctuation, a function word, a
/// reporting verb or an event trigger (not a topic word of events.tsv: نجم المنتخب المصري
/// محمد صلاح is the team's star).
fn as_noun(cx: &Cx<'_, '_>, t: usize) -> bool {
    const CLITICS: &[&str] = &["لل", "بال", "وال", "فال", "كال"];
    let key = cx.keys[t].as_str();
    CLITICS.iter().any(|c| key.starts_with(c))
        || t.checked_sub(1).map(|p| cx.keys[p].as_str()).is_none_or(|k| k.is_empty() || is_stop(k) || cx.lex.cue(k).is_some() || is_event_word(cx, k))
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_nisba_before_a_known_name_is_part_of_the_mention() {
        let ms = mentions("وفاز الروائي بالجائزة بعد أن قرأها للسعودي محمد حسن علوان في الرياض");
        let m = ms.iter().find(|m| m.text == "للسعودي محمد حسن علوان").expect("one mention with the nisba");
        assert_eq!(m.actor.as_deref(), Some("SAUCVL"), "{ms:?}");
        assert!(m.rule.ends_with("+nisba"), "{ms:?}");
        // A nisba of another country stays out of the name.
        let ms = mentions("وقال الإسباني محمد حسن علوان");
        assert!(ms.iter().any(|m| m.text == "محمد حسن علوان"), "{ms:?}");
        // After a noun the nisba is that noun's adjective.
        let ms = mentions("والتقى الوزير نظيره السعودي محمد حسن علوان");
        assert!(ms.iter().all(|m| !m.text.starts_with("السعودي")), "{ms:?}");
        let ms = mentions("وشارك نجم المنتخب السعودي محمد حسن علوان");
        assert!(ms.iter().all(|m| !m.text.starts_with("السعودي")), "{ms:?}");
    }
}
