//! A statement verb whose subject the dictionaries do not know (ودعا التقرير إيران، واتهم
//! رئيس النادي …) but that also cues a quotation: the quotation layer has already said who
//! speaks there (a report's or statement's issuer, a person it named), and the one who
//! speaks is the one who demands, accuses or rejects.
//!
//! Kept apart from `args`, which reads parties from mentions only: this borrows the
//! quotation's speaker, and only where the speaker's words are the verb's subject, not its
//! object (ووصف الكتاب ترامب بأنه …: the speaker span that runs over Trump is no actor).

use super::args::Arg;
use super::Input;

/// How many quotations starting after the verb are looked at: its own starts first, but
/// for a direct quotation opened by another one.
const QUOTES_AFTER: usize = 3;

/// The speaker of the quotation the verb at `i` cues, as the verb's actor: one with a
/// country and a name, right after the verb (its subject in VSO), holding none of
/// `recipients`.
pub fn actor(input: &Input, i: usize, recipients: &[Arg]) -> Option<Arg> {
    let after = input.tokens[i].end;
    let first = input.quotes.partition_point(|q| q.start < after);
    let quote = input.quotes[first..].iter().take(QUOTES_AFTER).find(|q| q.cue == i)?;
    // Only a speaker the quotation layer knows by name (a statement's issuer carried from
    // the quotation before, a known person or body), right after the verb: where it fell
    // back on the story's country, the words after the verb are often the object
    // (وتتهم هذه السفن، تدعو المسلمين) or no party at all.
    let speaker = quote.speaker.as_ref().filter(|s| s.country.is_some() && s.entity.is_some() && s.tok_start == i + 1)?;
    let holds = |r: &Arg| r.tok_start < speaker.tok_end && speaker.tok_start < r.tok_end;
    (!recipients.iter().any(holds)).then(|| Arg::from_speaker(speaker))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_report_that_calls_on_a_state_speaks_for_its_issuer() {
        let t = "وقالت منظمة العفو الدولية في تقريرها السنوي الصادر الثلاثاء إن \"الصحفيين في تركيا يواجهون حملة غير مسبوقة\". \
                 ودعا التقرير أنقرة إلى \"وقف ملاحقة الصحفيين\".";
        let calls = sides(t, "REQUEST");
        assert!(calls.contains(&(Some("NGOHRI".into()), Some("TUR".into()))), "{calls:?}");
        // A speaker the quotation layer only guessed from the story gives no actor.
        let t = "ودعا التقرير الحكومة التركية إلى \"وقف ملاحقة الصحفيين\".";
        assert!(sides(t, "REQUEST").iter().all(|(a, _)| a.is_none()), "{:?}", sides(t, "REQUEST"));
    }
}
