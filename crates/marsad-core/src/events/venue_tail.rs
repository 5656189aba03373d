//! A statement's venue between a verb's subject and its object runs on with a tail: where it
//! was posted (`في تغريدة له على تويتر`، `عبر حسابه الرسمي في موقع تويتر`) or a relative
//! clause of its own (`في بيان صدر عن وزارة الخارجية،`، `في كلمة ألقاها أمام البرلمان`،
//! `خلال مؤتمر صحفي عقده في الرياض`). The object (`رئيس الوزراء`، `الصليب الأحمر`، `الحكومة`)
//! comes after the tail. The tail's words are `event-words.tsv` kinds `venue-tail` (the
//! platform's words) and `venue-party` (words whose party right after them is the venue's
//! own: the ministry after `صدر عن`, the parliament after `أمام`, never the object).

use super::args::{bare, is_quote_mark, list_from, Context, TIME_WORDS};
use super::Input;
use marsad_lexicon::events::EventList;

/// Most tokens a venue's tail may run.
const TAIL_TOKENS: usize = 10;

/// Past the tail of a statement venue starting at `from`: where the walk stopped (a party
/// that may be the object, a comma, or a word of no tail).
pub(super) fn past_tail(ctx: &Context, input: &Input, from: usize, s1: usize) -> usize {
    let ev = input.lexicon.events();
    let mut j = from;
    // Does the party right here belong to the venue (after صدر عن، أمام، عقده)?
    let mut owned = false;
    while j < s1 && j < from + TAIL_TOKENS {
        if let Some(m) = ctx.mention_of(j) {
            let mention = &input.mentions[m];
            // The venue's owner written with its preposition (في بيان لوزارة الخارجية) is
            // no object either.
            if mention.tok_start != j || !(owned || mention.prepositional) {
                break;
            }
            // With its conjuncts (صدر عن وزير الإدارة المحلية ورئيس اللجنة): all the venue's.
            let list = list_from(ctx, input, m, s1);
            j = input.mentions[*list.last().unwrap_or(&m)].tok_end;
            owned = false;
            continue;
        }
        let key = input.keys[j].as_str();
        if ev.in_list(EventList::VenueParty, key) {
            owned = true;
        } else if ev.in_list(EventList::VenueTail, key) {
            owned = false;
        } else if !(is_quote_mark(input, j) || j > from && TIME_WORDS.contains(&bare(key))) {
            break;
        }
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, pair, sides};

    fn has(t: &str, kind: &str, actor: &str, recipient: &str) -> bool {
        sides(t, kind).contains(&pair(actor, recipient))
    }

    #[test]
    fn the_object_after_a_posted_venue_is_the_recipient() {
        let t = "وطالب الصدر في تغريدة له على تويتر رئيس الوزراء العراقي حيدر العبادي بسرعة إطلاق الأموال.";
        assert!(has(t, "REQUEST", "IRQ", "IRQ"), "{:?}", sides(t, "REQUEST"));
        let t = "وحذر الرئيس الأمريكي دونالد ترامب في تغريدة على حسابه الرسمي في موقع تويتر الرئيس الإيراني حسن روحاني من تداعيات.";
        assert!(has(t, "THREATEN", "USA", "IRN"), "{:?}", sides(t, "THREATEN"));
        let t = "ودعا وزير الخارجية اللبناني عبر حسابه على تويتر المجتمع الدولي إلى دعم لبنان.";
        assert!(events(t).iter().any(|e| e.kind == "REQUEST" && !e.recipients.is_empty()), "{:?}", events(t));
    }

    #[test]
    fn the_object_after_a_venue_relative_clause_is_the_recipient() {
        let t = "ودعت الحكومة اليمنية في بيان صدر عن وزارة الخارجية، الأمم المتحدة إلى الضغط على الحوثيين.";
        assert!(has(t, "REQUEST", "YEM", "IGOUNO"), "{:?}", sides(t, "REQUEST"));
        let t = "واتهم الرئيس الإيراني حسن روحاني في كلمة ألقاها أمام مجلس الشورى، الولايات المتحدة بخرق الاتفاق النووي.";
        assert!(has(t, "ACCUSE", "IRN", "USA"), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn the_venues_own_party_is_no_recipient() {
        // The ministry after صدر عن, the parliament after أمام: the venue's, with no object after.
        let t = "وطالبت الحكومة اليمنية في بيان صدر عن وزارة الخارجية بوقف إطلاق النار.";
        assert!(!sides(t, "REQUEST").iter().any(|(_, r)| r.as_deref() == Some("YEM")), "{:?}", sides(t, "REQUEST"));
        let t = "واتهم الرئيس الإيراني حسن روحاني في كلمة ألقاها أمام البرلمان الأوروبي بعرقلة الاتفاق.";
        assert!(!sides(t, "ACCUSE").iter().any(|(_, r)| r.is_some()), "{:?}", sides(t, "ACCUSE"));
        // Nor the journalist of a press conference.
        let t = "وهدد المتحدث باسم الجيش الإسرائيلي خلال مؤتمر صحفي عقده مساء الثلاثاء باغتيال قادة المقاومة.";
        assert!(!events(t).iter().any(|e| e.recipients.iter().any(|r| r.text.contains("صحفي"))), "{:?}", events(t));
        // Nor a conjunct of the venue's party.
        let t = "ودعت الحكومة اليمنية في بيان صدر عن وزير الإدارة المحلية ورئيس اللجنة العليا للإغاثة، عبد الرقيب فتح، الصليب الأحمر الدولي إلى إعادة موظفيه.";
        assert!(!events(t).iter().any(|e| e.kind == "REQUEST" && e.recipients.iter().any(|r| r.country.as_deref() == Some("YEM"))), "{:?}", sides(t, "REQUEST"));
    }
}
