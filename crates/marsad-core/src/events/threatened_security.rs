//! A threat to security (تهديد أمن السعودية، يهدد الأمن القومي الأمريكي، لتهديد الأمن
//! الإقليمي): `أمن` "security" right after a threat is what is threatened, never its doer.
//! The mention layer reads `الأمن` as the security forces (COP), so the noun's genitive or
//! the verb's object there was taken for the one threatening. The security names the
//! threatened state only when it is a state's: by its own country (أمن إسرائيل، الأمن
//! القومي الأميركي), or as national, internal or public security, the story's state's
//! (يهدد الأمن القومي للبلاد). Regional or world security is no party's.

use super::args::{Arg, Found};
use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;

/// Marks a threat whose security was moved from its doers.
pub(super) const RULE: &str = "+threatened-security";

/// Adjectives that make security the story's own state's (keys).
const NATIONAL: &[&str] = &["القومي", "الوطني", "الداخلي", "العام"];

/// Does the key name security (أمن، الأمن، وأمن)?
fn is_security(key: &str) -> bool {
    let bare = without_conjunction(key);
    bare.strip_prefix("ال").unwrap_or(bare) == "امن"
}

/// The lemmas of threatening whose object or genitive security is (not حذر: حذره الأمن
/// الإسرائيلي is the security service warning).
const THREAT: &[&str] = &["هدد", "تهديد"];

/// For a threat `t` ending at token `end` (without a pronoun on it, after which the next
/// party is the subject: هددها الأمن): when its first actor is security named right after
/// it (only punctuation between: يهدد "أمن لبنان"), it and the parties listed after it
/// are taken from the actors and threatened; security, there or among the recipients,
/// becomes the threatened state, or goes when it names none.
pub(super) fn settle(input: &Input, t: &Trigger, enclitic: bool, end: usize, found: &mut Found) {
    if !THREAT.contains(&t.lemma.as_str()) || enclitic {
        return;
    }
    let names_security = |a: &Arg| is_security(&input.keys[a.tok_start]);
    let first = found.actors.iter().map(|a| a.tok_start).min();
    let right_after = first.is_some_and(|k0| k0 >= end && (end..k0).all(|k| input.tokens[k].kind == TokenKind::Punct) && is_security(&input.keys[k0]));
    if !right_after && !found.recipients.iter().any(names_security) {
        return;
    }
    let security: Vec<Arg> = found.recipients.iter().filter(|r| names_security(r)).cloned().collect();
    found.recipients.retain(|r| !names_security(r));
    let mut threatened: Vec<Arg> = security.iter().filter_map(|s| threatened_state(input, s)).collect();
    if let Some(start) = first.filter(|_| right_after) {
        // (ما يهدد أمن مصر والليبيين: the parties listed with the security are threatened too.)
        let mut listed: Vec<Arg> = found.actors.iter().filter(|a| a.tok_start >= start).cloned().collect();
        listed.sort_by_key(|a| a.tok_start);
        found.actors.retain(|a| a.tok_start < start);
        threatened.extend(listed.iter().filter_map(|a| if names_security(a) { threatened_state(input, a) } else { Some(a.clone()) }));
    }
    for party in threatened {
        if !found.recipients.iter().any(|r| r.country.is_some() && r.country == party.country) {
            found.recipients.push(party);
        }
    }
    found.rule.push_str(RULE);
}

/// The state whose security `s` names, as a party on the same span: its own country, or a
/// state named after it and the nouns joined to it (أمن واستقرار المغرب), or for national
/// security the story's state.
fn threatened_state(input: &Input, s: &Arg) -> Option<Arg> {
    let own = s.mentions(input).find_map(|m| m.country.as_deref().map(str::to_owned));
    let national = || (s.tok_start..s.tok_end).any(|k| NATIONAL.contains(&without_conjunction(&input.keys[k])));
    let country = match own.or_else(|| state_after(input, s.tok_end)) {
        Some(c) => c,
        None if national() => input.home?.1.clone(),
        None => return None,
    };
    Some(Arg { tok_start: s.tok_start, tok_end: s.tok_end, entity: None, actor: Some(country.clone()), country: Some(country), role: None, person: false, thing: false })
}

/// The country of a state named at `k` or past up to two nouns joined by و (واستقرار،
/// وسلامة) that belong to no mention.
fn state_after(input: &Input, mut k: usize) -> Option<String> {
    let mention_at = |k: usize| input.mentions.get(input.mentions.partition_point(|m| m.tok_start < k)).filter(|m| m.tok_start == k);
    for _ in 0..2 {
        if k < input.keys.len() && mention_at(k).is_none() && input.keys[k].starts_with('و') && input.tokens[k].kind == TokenKind::Arabic {
            k += 1;
        }
    }
    mention_at(k).filter(|m| m.kind == Kind::State).and_then(|m| m.country.as_deref().map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn the_security_after_a_threat_noun_is_threatened_not_threatening() {
        let s = sides("وقال المتحدث إن الهدف من إطلاق الصواريخ هو تهديد أمن الأردن والمنطقة.", "THREATEN");
        assert!(s.iter().all(|(a, _)| a.is_none()), "{s:?}");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("JOR")), "{s:?}");
    }

    #[test]
    fn the_security_after_a_threat_noun_with_a_doer_before_is_its_object() {
        // After the verb a security is a good endangered, no threat (`endangered.rs`).
        assert!(sides("وأضاف أن تهريب السلاح إلى الحوثيين يهدد أمن السعودية ودول الخليج.", "THREATEN").is_empty());
        let s = sides("وأضاف أن الهدف من تهريب السلاح إلى الحوثيين هو تهديد أمن السعودية ودول الخليج.", "THREATEN");
        assert!(s.iter().all(|(a, _)| a.as_deref() != Some("SAU")), "{s:?}");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("SAU")), "{s:?}");
    }

    #[test]
    fn the_state_after_security_and_stability_is_threatened() {
        let s = sides("وقالت اللجنة إن الهدف من تدريب هذه العناصر هو تهديد أمن واستقرار المغرب.", "THREATEN");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("MAR")), "{s:?}");
    }

    #[test]
    fn parties_listed_with_the_security_are_threatened_too() {
        let e = events("وقال المتحدث إن الهدف من إطلاق الصواريخ هو تهديد أمن مصر والليبيين والمنطقة.");
        let threat = e.iter().find(|e| e.kind == "THREATEN").expect("a threat");
        let countries: Vec<_> = threat.recipients.iter().filter_map(|r| r.country.as_deref()).collect();
        assert!(countries.contains(&"EGY") && countries.contains(&"LBY"), "{threat:?}");
        assert!(threat.actors.iter().all(|a| a.country.as_deref() != Some("EGY")), "{threat:?}");
    }

    #[test]
    fn regional_security_names_no_party() {
        let e = events("وتسعى هذه الجماعات إلى تهديد الأمن الإقليمي والدولي.");
        let threats: Vec<_> = e.iter().filter(|e| e.kind == "THREATEN").collect();
        assert!(threats.iter().all(|e| e.actors.iter().all(|a| !a.text.contains("الأمن"))), "{threats:?}");
        assert!(threats.iter().all(|e| e.recipients.iter().all(|r| r.country.is_none())), "{threats:?}");
    }

    #[test]
    fn a_threatening_party_before_other_words_stays_the_doer() {
        let s = sides("وهدد الرئيس الإيراني الولايات المتحدة برد قاس.", "THREATEN");
        assert!(s.iter().any(|(a, r)| a.as_deref() == Some("IRN") && r.as_deref() == Some("USA")), "{s:?}");
    }
}
