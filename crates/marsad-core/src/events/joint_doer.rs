//! "In cooperation (coordination) with" (`بالتعاون مع`، `بالتنسيق مع`) tells how the doer of
//! its clause acts: that doer cooperates with the party after مع (`وستقوم الشركة الروسية
//! بالتعاون مع شركة دانا إينرجي الإيرانية بتطوير حقلين`، `بذلت السعودية والإمارات كل جهد
//! بالتعاون مع الأمم المتحدة`). The noun alone finds no actor there (no support verb, no
//! genitive), so the event was told partyless on one side. The doer is the nearest coded
//! party before the phrase, in its sentence, that no preposition governs (with the list it
//! ends), none across a quotation mark (another's words) and none of the recipient's own
//! actor. Only the adverbial phrase in بـ: a bare `التعاون مع` is a topic (`تعزيز التعاون
//! مع`، `جوانب التعاون مع الولايات المتحدة`), whose doer is not the clause's.
//!
//! A place in construct after a noun names that noun's place, not a doer (`كلية لندن
//! للصحة`، `قمة سنغافورة`، `إعادة اعمار اليمن`، `جنوب لبنان`، `#مسرح_السعودية`): it is
//! passed over and the search goes on before it.

use super::args::{self, bare, Arg, Context};
use super::place_words::COMPASS_WORDS;
use super::{dateline, EventSpan, Input};
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

pub(super) const RULE: &str = "+joint-doer";

/// The adverbial phrase's nouns (keys), with و.
const JOINT: &[&str] = &["بالتعاون", "بالتنسيق", "وبالتعاون", "وبالتنسيق"];

/// Give a partyless "in cooperation with" its clause's doer.
pub(super) fn lend(ctx: &Context, input: &Input, out: &mut [EventSpan]) {
    for e in out.iter_mut() {
        if e.kind != "COOPERATE" || !e.rule.starts_with("noun:") || !e.actors.is_empty() || e.recipients.is_empty() || !JOINT.contains(&input.keys[e.trigger.0].as_str()) {
            continue;
        }
        let (s0, _) = input.token_range(e.sentence);
        let lo = s0.max(dateline::dateline_end(input));
        let Some(doer) = args::nearest_ungoverned_party(ctx, input, e.trigger.0, s0, |span| !place_in_construct(ctx, input, span, lo)) else { continue };
        let list: Vec<Arg> = args::list_backward(ctx, input, doer, s0).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect();
        if list.iter().any(|a| a.actor.is_some() && e.recipients.iter().any(|r| r.actor == a.actor)) {
            continue;
        }
        e.actors = list;
        e.rule.push_str(RULE);
    }
}

/// Is `span` a state or place name in construct after a noun, from `lo` on: joined to
/// it in a hashtag (`#مسرح_السعودية`), or after a word ending in ة (`كلية لندن`، `قمة
/// سنغافورة`), a compass word or `داخل، خارج` (`جنوب لبنان`، `داخل السعودية`), a noun
/// with a preposition's clitic (`لإعمار غزة`), or a verbal noun of the shape إفعال
/// (`إعادة اعمار اليمن`، `إنتاج`)? No verb ends in ة or has that shape, so a verb before
/// its subject (`وستعمل السعودية`، `وقالت الولايات المتحدة`) is never read so; nor is a
/// party in a list (`السعودية والإمارات`).
fn place_in_construct(ctx: &Context, input: &Input, span: &ActorSpan, lo: usize) -> bool {
    if span.role.is_some() || !matches!(span.kind, Kind::State | Kind::Capital | Kind::Place) || span.tok_start <= lo {
        return false;
    }
    let start = input.tokens[span.tok_start].start;
    if input.text[..start].ends_with('_') {
        return true;
    }
    let k = span.tok_start - 1;
    // (A party after another, or with its و, is in a list: السعودية والإمارات.)
    if input.tokens[k].kind != TokenKind::Arabic || ctx.in_mention(k) || input.keys[span.tok_start].starts_with('و') {
        return false;
    }
    let word = input.tokens[k].text(input.text).trim_end_matches(|c| matches!(c, '\u{64B}'..='\u{652}' | '\u{640}'));
    let key = bare(&input.keys[k]);
    let letters: Vec<char> = key.chars().collect();
    word.ends_with('ة')
        || COMPASS_WORDS.contains(&key)
        || matches!(key, "داخل" | "خارج")
        || (key.starts_with("لا") || key.starts_with("با")) && letters.len() > 4
        || letters.len() == 5 && letters[0] == 'ا' && letters[3] == 'ا'
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, pair, sides};

    #[test]
    fn in_cooperation_with_is_the_clause_doers_cooperation() {
        let t = "وأطلقت الإمارات القمر الصناعي بالتعاون مع وكالة الفضاء الروسية.";
        assert!(sides(t, "COOPERATE").contains(&pair("ARE", "RUS")), "{:?}", events(t));
        let t = "وقد بذلت السعودية والإمارات كل ما يمكن من جهد بالتنسيق مع الأمم المتحدة.";
        let found = events(t);
        assert!(found.iter().any(|e| e.kind == "COOPERATE" && e.actors.len() == 2 && e.rule.contains(super::RULE)), "{found:?}");
    }

    #[test]
    fn a_topic_of_cooperation_or_a_party_after_a_preposition_lends_no_doer() {
        // A bare التعاون is a topic, not the clause's manner.
        let t = "وبحث الوزير السعودي تعزيز التعاون مع روسيا.";
        assert!(events(t).iter().all(|e| !e.rule.contains(super::RULE)), "{:?}", events(t));
        // A party after a preposition is no doer.
        let t = "وفي مصر أقيم المعرض بالتعاون مع فرنسا.";
        assert!(events(t).iter().all(|e| !e.rule.contains(super::RULE)), "{:?}", events(t));
    }

    #[test]
    fn a_place_in_construct_after_a_noun_is_no_doer() {
        for t in [
            "وأجرت الدراسة كلية لندن للصحة بالتعاون مع جامعة كيمبريدج.",
            "وقال فريق برنامج إعادة اعمار اليمن بالتعاون مع السلطة المحلية إن الطريق فتح.",
            "وأنقذت قوة الأمم المتحدة العاملة في جنوب لبنان بالتعاون مع الجيش اللبناني 32 لاجئا.",
            "ويحمل المشروع اسم #مسرح_السعودية بالتعاون مع المنتج صادق الصباح.",
        ] {
            assert!(events(t).iter().all(|e| !(e.rule.contains(super::RULE) && e.actors.iter().any(|a| a.role.is_none()))), "{t}: {:?}", events(t));
        }
        // A verb before its subject is no noun in construct.
        let t = "وستعمل السعودية بالتعاون مع مصر على استقطاب الشركات.";
        assert!(sides(t, "COOPERATE").contains(&pair("SAU", "EGY")), "{:?}", events(t));
        let t = "وتولت روسيا بالتنسيق مع الحكومة السورية التفاوض مع المسلحين.";
        assert!(sides(t, "COOPERATE").contains(&pair("RUS", "SYR")), "{:?}", events(t));
    }
}
