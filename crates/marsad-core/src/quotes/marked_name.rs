//! Marks that hold exactly one name (ذكرت وكالة "رويترز"، وقالت "هيومن رايتس ووتش" إن …،
//! نقلت "فرانس برس") set the name off, as the label guide's scare quotes around a name do:
//! they are no quotation, whatever cue stands before them. Only a named actor (a group, a
//! person, a state, an organisation, a metonym) counts: a role phrase in marks (وصفهم بأنهم
//! "مجرمون"، تونس هي "دولة مدنية") is the speaker's description, and stays a quotation, as
//! does a name that is the predicate (إنها "إرهابية من داعش"، واصفا المنتخب بـ"أبو نقطة").

use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;

/// Do the marks opening at token `open` and closing at `close` hold one named actor's
/// mention and nothing else?
pub(super) fn holds_only_a_name(mentions: &[ActorSpan<'_>], open: usize, close: usize) -> bool {
    let first = mentions.partition_point(|m| m.tok_start <= open);
    // (Marks that close a longer mention hold its other name: وكالة الاستخبارات المركزية
    // "سي آي أيه" is one mention, marks and all.)
    let closes_a_mention = first.checked_sub(1).and_then(|i| mentions.get(i)).is_some_and(|m| m.tok_start < open && m.tok_end == close + 1);
    closes_a_mention || mentions.get(first).is_some_and(|m| m.tok_start == open + 1 && m.tok_end == close && m.kind != Kind::Agent)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    #[test]
    fn a_name_in_marks_is_no_quotation() {
        let q = quotes("وقالت \"هيومن رايتس ووتش\" إن السلطات اعتقلت عشرات الناشطين.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        // The name's clause is still reported.
        assert!(q.iter().any(|q| !q.direct && q.text.starts_with("السلطات")), "{q:?}");
        let q = quotes("وذكرت وكالة \"رويترز\" أن الرئيس وصل إلى باريس.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        // Nor is the other name in marks that closes a mention.
        let q = quotes("وذكرت وكالة الاستخبارات المركزية الأميركية \"سي آي أيه\" في تقريرها.");
        assert!(q.iter().all(|q| q.text != "سي آي أيه"), "{q:?}");
    }

    #[test]
    fn words_in_marks_after_a_name_stay_a_quotation() {
        let q = quotes("وقالت \"هيومن رايتس ووتش\" في بيانها \"على السلطات الإفراج فورا عن جميع الناشطين\".");
        assert!(q.iter().any(|q| q.direct && q.text.starts_with("على السلطات")), "{q:?}");
        // A role phrase in marks is a description, not a name.
        let q = quotes("وقال الوزير إن تونس هي \"دولة مدنية\" منذ الاستقلال.");
        assert!(q.iter().any(|q| q.direct && q.text == "دولة مدنية"), "{q:?}");
        // A name as the predicate after إنها is what was said of her; after a bare أن it
        // is the clause's subject.
        let q = quotes("وذكرت الصحيفة أن \"هيومن رايتس ووتش\" انتقدت السلطات بشدة.");
        assert!(q.iter().all(|q| !q.direct), "{q:?}");
        let q = quotes("وقال الرئيس إنها \"هيومن رايتس ووتش\".");
        assert!(q.iter().any(|q| q.direct && q.text == "هيومن رايتس ووتش"), "{q:?}");
    }
}
