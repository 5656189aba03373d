//! A charge told as levelled in a relative clause after it (`نفى الوزير التهم التي
//! وجهتها إليه الشرطة`، `الاتهامات التي وجهتها لندن لموسكو`، `كل الاتهامات التي وجهت له`):
//! the support verb `وجه` stands after its noun, so the noun-first reading of `events.rs`
//! never sees it. The party right after the verb is the accuser (none when it is a
//! passive or names no one), the party after إلى/لـ the accused; a pronoun there
//! (إليه، لها) is the nearest agreeing party before the charge. ACCUSE 112, one event per
//! charge, only when it names a coded party. On the shared corpus about 80 charges are
//! told so.

use super::args::{self, Arg, Context};
use super::{EventSpan, Input};
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// Nouns of charges (keys, with or without the article; ة folded into ه).
const CHARGES: &[&str] = &["تهم", "تهمه", "اتهام", "اتهامات"];
/// The endings a form of `وجه` may carry (subject and object pronouns), keys.
const LEVELLING_ENDINGS: &[&str] = &["", "ت", "ها", "تها", "ه", "ته", "هم", "تهم", "هما", "تهما", "وا", "وها", "وه", "وهم", "ون", "ونها", "ان", "انها"];
/// How many tokens after the verb its subject and the accused may stand.
const PARTY_WINDOW: usize = 10;
/// The words (keys) that carry the accused as a pronoun: إليه، له، لهم …
const TO_PRONOUN: &[&str] = &["اليه", "اليها", "اليهم", "اليهما", "له", "لها", "لهم", "لهما"];

/// Add the charges levelled in a relative clause in the sentence (tokens `s0..s1`) that no
/// event of the sentence (from `first_of_sentence` on) already tells.
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>, first_of_sentence: usize) {
    // One substring search of the sentence is cheaper than a look at every token.
    if !input.text.get(sent.0..sent.1).is_some_and(|t| t.contains("تهم") && t.contains("وجه")) {
        return;
    }
    for noun in s0..s1.saturating_sub(2) {
        if !is_charge(&input.keys[noun]) || ctx.in_mention(noun) || !args::is_relative_pronoun(&input.keys[noun + 1]) || !is_levelling(&input.keys[noun + 2]) {
            continue;
        }
        let verb = noun + 2;
        if out[first_of_sentence..].iter().any(|e| e.kind == "ACCUSE" && e.trigger.0 <= verb && noun < e.trigger.1) {
            continue;
        }
        let (accusers, accused) = parties(input, ctx, (noun, verb), (s0, s1));
        if accusers.iter().chain(&accused).all(Arg::is_uncoded) {
            continue;
        }
        out.push(EventSpan::told(input, ctx, ("ACCUSE", "112", None), (accusers, accused), (sent, (noun, verb + 1)), "levelled-charge".into()));
    }
}

/// Is the key a charge noun (after و، ف، بـ، لـ and the article)?
fn is_charge(key: &str) -> bool {
    let k = args::bare(key);
    let k = k.strip_prefix('ب').or_else(|| k.strip_prefix('ل')).filter(|r| r.starts_with("ال") || CHARGES.contains(r)).unwrap_or(k);
    let k = k.strip_prefix("ال").unwrap_or(k);
    CHARGES.contains(&k)
}

/// Is the key a form of `وجه` "levelled", perfect, passive or imperfect (يوجهها، توجهها)?
fn is_levelling(key: &str) -> bool {
    let k = key.strip_prefix('ي').or_else(|| key.strip_prefix('ت')).unwrap_or(key);
    k.strip_prefix("وجه").is_some_and(|ending| LEVELLING_ENDINGS.contains(&ending))
}

/// The accusers (the subject after the verb) and the accused (after إلى/لـ, or the
/// antecedent of a pronoun there) of the charge at `noun` levelled by the verb at `verb`:
/// the words after the verb up to punctuation or any other word (the charge's بـ).
fn parties(input: &Input, ctx: &Context, (noun, verb): (usize, usize), (s0, s1): (usize, usize)) -> (Vec<Arg>, Vec<Arg>) {
    let (mut accusers, mut accused) = (Vec::new(), Vec::new());
    let listed = |m: usize| -> Vec<Arg> { args::list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect() };
    let mut k = verb + 1;
    let end = s1.min(verb + 1 + PARTY_WINDOW);
    while k < end && input.tokens[k].kind == TokenKind::Arabic {
        let key = args::bare(&input.keys[k]);
        if let Some(m) = args::mention_starting(ctx, input, k) {
            let span = &input.mentions[m];
            let list = listed(m);
            let next = list.last().map_or(span.tok_end, |a| a.tok_end);
            if args::attached_preposition(input, span) == Some('ل') {
                accused = list;
            } else if !span.prepositional && accusers.is_empty() {
                accusers = list;
            } else {
                break;
            }
            k = next;
        } else if key == "الي" {
            k += 1;
            match args::mention_starting(ctx, input, k) {
                Some(m) => {
                    accused = listed(m);
                    k = accused.last().map_or(k + 1, |a| a.tok_end);
                }
                None => break,
            }
        } else if TO_PRONOUN.contains(&key) {
            accused = args::pronoun_on(input, k).and_then(|p| args::antecedent_of(input, p, noun, s0, &accusers)).into_iter().collect();
            k += 1;
        } else {
            break;
        }
    }
    // (The accused is not the accuser: لندن … لموسكو, not a pronoun read back to the subject.)
    accused.retain(|r| !accusers.iter().any(|a| a.tok_start == r.tok_start));
    (accusers, accused)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, sides};

    #[test]
    fn a_charge_levelled_in_a_relative_clause_accuses_the_one_it_is_levelled_at() {
        // The subject after the verb accuses; the pronoun after إلى is the denier before.
        let s = sides("ونفى رئيس الوزراء الإسرائيلي التهم التي وجهتها إليه الشرطة الإسرائيلية بتلقي رشى.", "ACCUSE");
        assert!(s.contains(&(Some("ISR".into()), Some("ISR".into()))), "{s:?}");
        // A feminine pronoun takes back the body before the charge; the subject follows it.
        let s = sides("ونفت الحكومة السورية التهم التي وجهتها إليها واشنطن.", "ACCUSE");
        assert!(s.contains(&(Some("USA".into()), Some("SYR".into()))), "{s:?}");
    }

    #[test]
    fn a_charge_with_no_levelling_verb_or_no_party_makes_no_such_event() {
        // Another verb in the relative clause.
        let es = events("وناقش البرلمان الألماني التهم التي تضمنها التقرير.");
        assert!(es.iter().all(|e| !e.rule.contains("levelled-charge")), "{es:?}");
        // No party named by a code.
        let es = events("وقال إن التهم التي وجهت كانت باطلة.");
        assert!(es.iter().all(|e| !e.rule.contains("levelled-charge")), "{es:?}");
    }

    #[test]
    fn levelling_forms_and_charge_nouns_are_read_through_their_affixes() {
        assert!(super::is_levelling("وجهتها") && super::is_levelling("يوجهها") && super::is_levelling("وجهت") && !super::is_levelling("وجهات"));
        assert!(super::is_charge("التهم") && super::is_charge("والاتهامات") && super::is_charge("بالتهم") && !super::is_charge("المتهم"));
    }
}
