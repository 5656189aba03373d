//! `discards.tsv` suppresses the actor reading of a phrase; so it does when the phrase is
//! read as a name no dictionary knows: a given name followed by a word (ميلا بحريا
//! "nautical miles", عمر اللقاء "the match's time", ورود تقارير "reports coming in") is
//! no unknown person when the two words are a discard. Read right after the unknown
//! names are found, before any surname refers back to them.

use super::{remove_marked, ActorSpan, Cx, SpanFlags};
use marsad_lexicon::Kind;

/// Drop the unknown people of `out` whose name is exactly a discarded phrase.
pub(super) fn drop_discarded(cx: &Cx<'_, '_>, out: &mut Vec<ActorSpan<'_>>) {
    let mut dropped = SpanFlags::new(out.len());
    let mut any = false;
    for (i, s) in out.iter().enumerate() {
        let Some((a, b)) = s.name.filter(|_| s.kind == Kind::Person && s.entity_id.is_none()) else { continue };
        let name = &cx.keys[a..b];
        let discarded = cx.lex.longest_at(name, 0).is_some_and(|m| {
            m.end == name.len() && m.entries.iter().any(|&id| cx.lex.entry_kind(id) == Kind::Discard)
        });
        if discarded {
            dropped[i] = true;
            any = true;
        }
    }
    if any {
        remove_marked(out, &dropped);
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_discarded_phrase_is_no_unknown_person() {
        let ms = mentions("وسجل اللاعب المصري هدفا في الدقيقة 78 من عمر اللقاء في القاهرة");
        assert!(ms.iter().all(|m| !m.text.contains("عمر")), "{ms:?}");
        // The given name before another word is still a person.
        let ms = mentions("وقال عمر الخطيب في القاهرة إن اللقاء انتهى");
        assert!(ms.iter().any(|m| m.text == "عمر الخطيب"), "{ms:?}");
    }
}
