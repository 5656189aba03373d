//! Role nouns counted in the accusative singular (طرد 23 دبلوماسيا روسيا، مقتل 18 جنديا
//! أفغانيا، مقتل 12 عنصرا من ميليشيات الحوثي، قضى 27 حوثيا): after a number of eleven to
//! ninety-nine Arabic writes the noun in the singular with tanween alif, a form no
//! dictionary lists (alone, دبلوماسيا and عسكريا are adverbs), so the group went unseen
//! and a state name that is also the accusative nisba (روسيا) was read as the state.
//! The count makes the noun a group of people: one mention from the number, coded by the
//! accusative nisba after it (its state and the noun's role), by the coded actor it is
//! counted out of with من (that actor's code, as members of a group are), or, for a
//! group's nisba (حوثيا), by the group; otherwise it keeps its role only.

use super::counted::{about_before, counted_noun, is_digits, is_number_word, is_year, number_start};
use super::*;

/// The dictionary role noun for one person whose accusative singular is `key` (جنديا →
/// جندي), or the group whose nisba it is (حوثيا → الحوثي).
fn counted_entry<'a>(lex: &'a Lexicon, key: &str) -> Option<&'a Entry> {
    let stem = key.strip_suffix('ا')?;
    // ـها is a pronoun (قائدها), not the accusative of a noun.
    if stem.chars().count() < 3 || stem.ends_with('ه') {
        return None;
    }
    let entry_of = |word: String| {
        let keys = [word];
        let m = lex.longest_at(&keys, 0).filter(|m| m.end == 1 && m.stripped == 0)?;
        m.entries.iter().map(|&id| lex.entry(id)).find(|e| {
            // The singular itself (جندي), not a plural that happens to end the same way,
            // and no rank that is also a common noun (11 فريقا are teams).
            let singular = || marsad_text::normalize::key(&e.name) == keys[0];
            e.kind == Kind::Agent && e.role.is_some() && !e.building && !matches!(e.alone, Alone::Title | Alone::No) && singular()
                || e.kind == Kind::Group
        })
    };
    match entry_of(stem.to_string()) {
        Some(e) if e.kind == Kind::Agent => Some(e),
        // A group is named by its nisba with the article (الحوثي), not by the bare word.
        _ => entry_of(["ال", stem].concat()).filter(|e| e.kind == Kind::Group),
    }
}

/// The state of an accusative nisba at token `t` (روسيا، أفغانيا), read as the nisba even
/// where the state's name is the same word.
fn accusative_nisba<'a>(cx: &Cx<'a, '_>, t: usize) -> Option<&'a str> {
    let key = cx.keys.get(t)?;
    if !key.ends_with('ا') {
        return None;
    }
    let m = cx.lex.longest_at(cx.keys, t).filter(|m| m.start == t && m.end == t + 1 && m.stripped == 0)?;
    m.entries.iter().map(|&id| cx.lex.entry(id)).find(|e| matches!(e.kind, Kind::Nisba | Kind::State)).and_then(|e| cx.lex.state_of(e))
}

/// Add a mention for every role noun counted in the accusative singular that no other
/// mention covers (rule `counted-agent`), absorbing the nisba or the actor that codes it.
pub(super) fn find<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    // Mentions absorbed into a count (the nisba read as a state, the group counted out of).
    let mut absorbed: Vec<usize> = Vec::new();
    let mut j = 0;
    // Only a number in digits counts: the scan listed the tokens whose key begins with
    // one, so no other token is read. With the document at hand, a number token.
    let kinds = cx.doc.map(|d| d.tokens);
    for t in cx.numbers.iter().map(|&n| n + 1).take_while(|&t| t < keys.len()) {
        if kinds.is_some_and(|tokens| tokens[t - 1].kind != TokenKind::Number) {
            continue;
        }
        // Digits first: a byte test, so that most tokens cost nothing more.
        if !is_digits(&keys[t - 1]) || is_year(&keys[t - 1]) || !keys[t].ends_with('ا') || counted_noun(&keys[t]).is_some() {
            continue;
        }
        while j < out.len() && out[j].tok_end <= t {
            j += 1;
        }
        // A group's nisba is a mention of its own (حوثيا): the count takes it in.
        let own_nisba = out.get(j).is_some_and(|s| s.tok_start == t && s.tok_end == t + 1 && s.kind == Kind::Group);
        if out.get(j).is_some_and(|s| s.tok_start <= t) && !own_nisba {
            continue;
        }
        let Some(e) = counted_entry(cx.lex, &keys[t]) else { continue };
        let start = about_before(keys, t - 1);
        if cx.crosses_paragraph(start, t + 1) || out[..j].last().is_some_and(|s| s.tok_end > start) {
            continue;
        }
        let mut span = ActorSpan::new(start, t + 1, Kind::Agent, Cow::Borrowed("counted-agent"));
        span.role = e.role.as_deref().map(Cow::Borrowed);
        span.role_is_code = e.alone == Alone::Coded;
        if own_nisba {
            absorbed.push(j);
            j += 1;
        }
        let next = out.get(j).filter(|s| !cx.crosses_paragraph(start, s.tok_end));
        if e.kind == Kind::Group {
            if let Some((code, _)) = code_of(cx.lex, e, cx.date) {
                let (country, role) = cx.lex.split_code_ref(code);
                span.kind = Kind::Group;
                span.entity = Some(Cow::Borrowed(&e.entity));
                span.entity_id = Some(&e.id);
                span.actor = Some(Cow::Borrowed(code));
                span.country = country.map(Cow::Borrowed);
                span.role = role.map(Cow::Borrowed);
                span.extend_rule(&["+group"]);
            }
        } else if let Some(state) = accusative_nisba(cx, t + 1) {
            let role = e.role.as_deref().unwrap_or("");
            span.tok_end = t + 2;
            span.actor = Some(actor_of(cx.lex, state, role));
            span.country = cx.lex.state(state).map(|s| Cow::Borrowed(s.iso3.as_str()));
            span.role = role.get(..3).map(Cow::Borrowed);
            span.extend_rule(&["+nisba"]);
            if next.is_some_and(|s| s.tok_start == t + 1 && s.tok_end == t + 2) {
                absorbed.push(j);
            }
        } else if let Some(group) = next.filter(|s| s.tok_start == t + 1 && s.tok_end == t + 2 && s.kind == Kind::Group) {
            // A group's nisba after the counted noun (22 عنصرا حوثيا): its members.
            span.tok_end = group.tok_end;
            span.kind = group.kind;
            span.resolve_as(group, "member");
            absorbed.push(j);
        } else if let Some(group) = next.filter(|s| keys.get(t + 1).is_some_and(|k| k == "من") && s.tok_start == t + 2 && super::members::is_body(s)) {
            // (Not a place it comes from: 23 دبلوماسيا من لندن.)
            // Counted out of a coded actor (12 عنصرا من ميليشيات الحوثي): its members.
            span.tok_end = group.tok_end;
            span.kind = group.kind;
            span.resolve_as(group, "member");
            absorbed.push(j);
        }
        span.prepositional = false;
        added.push(span);
    }
    if added.is_empty() {
        return;
    }
    if !absorbed.is_empty() {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !absorbed.contains(&(i - 1))
        });
    }
    merge_by_start(out, added);
}

/// A people noun that already is a mention takes in the number right before it (ثلاثة
/// شرطيين، 20 سيدة، نحو 300 رجل، 5 ضباط): the count is part of the phrase. Not after a
/// definite noun the number belongs to (المادة 17، اللواء 173، القرار 2254) nor a year.
pub(super) fn widen_counts(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    let keys = cx.keys;
    for i in 0..out.len() {
        let m = &out[i];
        let Some(n) = m.tok_start.checked_sub(1) else { continue };
        // A counted noun is indefinite (not F-35 المقاتلة) and bears no clitic of its own.
        let first = &keys[m.tok_start];
        // The tests in order of cost, each only when the ones before passed: most spans
        // are no bare person noun, and the number words are a set lookup.
        let people = m.kind == Kind::Agent && !m.prepositional && !first.starts_with(['و', 'ف']) && !first.starts_with("ال");
        if !people {
            continue;
        }
        let number = is_digits(&keys[n]) && !is_year(&keys[n]) || is_number_word(&keys[n]) && !keys[n].starts_with(['و', 'ف', 'ل', 'ب']);
        let free = i.checked_sub(1).is_none_or(|p| out[p].tok_end <= n);
        if !number || !free {
            continue;
        }
        // (Not the group a count is among: وبين المصابين ثلاثة مسعفين.)
        let of_a_noun = n.checked_sub(1).is_some_and(|b| keys[b].starts_with("ال")) && super::counted_people::among_before(keys, n).is_none();
        if of_a_noun || cx.crosses_paragraph(n, m.tok_start + 1) {
            continue;
        }
        // The whole number: digits before a word of thousands (150 ألف طالب), "about".
        let start = number_start(keys, n);
        let start = if i.checked_sub(1).is_none_or(|p| out[p].tok_end <= start) && !cx.crosses_paragraph(start, n + 1) { start } else { n };
        out[i].tok_start = start;
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_noun_counted_in_the_accusative_takes_the_nisba_after_it() {
        let ms = mentions("وقالت بريطانيا إنها ستطرد 23 دبلوماسيا روسيا بعد الهجوم، وقتل 18 جنديا أفغانيا");
        assert_eq!(code(&ms, "23 دبلوماسيا روسيا"), Some("RUSGOV"), "{ms:?}");
        assert_eq!(code(&ms, "18 جنديا أفغانيا"), Some("AFGMIL"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "روسيا"), "{ms:?}");
    }

    #[test]
    fn a_noun_counted_out_of_a_group_is_its_members_and_a_group_nisba_the_group() {
        let ms = mentions("قتل 12 عنصرا من ميليشيات الحوثي في صعدة، وقضى 27 حوثيا");
        assert_eq!(code(&ms, "12 عنصرا من ميليشيات الحوثي"), Some("YEMREB"), "{ms:?}");
        assert_eq!(code(&ms, "27 حوثيا"), Some("YEMREB"), "{ms:?}");
    }

    #[test]
    fn a_number_before_people_is_part_of_the_phrase() {
        let ms = mentions("وقتل 5 جنود أتراك، ونصت المادة 17 قضاة على ذلك، وبيعت طائرات F-35 المقاتلة");
        assert!(ms.iter().any(|m| m.text == "5 جنود أتراك"), "{ms:?}");
        assert!(ms.iter().all(|m| !m.text.starts_with("17") && !m.text.starts_with("35")), "{ms:?}");
    }

    #[test]
    fn digits_before_thousands_and_about_belong_to_the_count() {
        let ms = mentions("ونشرت أنقرة نحو 20 ألف جندي تركي على الحدود");
        assert_eq!(code(&ms, "نحو 20 ألف جندي تركي"), Some("TURMIL"), "{ms:?}");
        let ms = mentions("وقال وزير التربية إن 150 ألف طالب سوري يدرسون في المدارس الحكومية");
        assert!(ms.iter().any(|m| m.text == "150 ألف طالب سوري"), "{ms:?}");
    }

    #[test]
    fn a_noun_counted_from_a_place_is_not_its_member() {
        let ms = mentions("وطردت بريطانيا 23 دبلوماسيا من لندن");
        assert!(ms.iter().all(|m| m.text != "23 دبلوماسيا من لندن"), "{ms:?}");
    }

    #[test]
    fn an_adverb_or_an_uncounted_noun_is_no_count() {
        let ms = mentions("تحرك دبلوماسيا وعسكريا في 2018 عالميا، وعين في 2014 سفيرا، وقالت روسيا إن جنديا قتل");
        assert!(ms.iter().all(|m| !m.rule.starts_with("counted-agent")), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "روسيا"), "{ms:?}");
    }
}
