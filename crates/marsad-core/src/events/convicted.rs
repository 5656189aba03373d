//! The bare forms أدين، أدينوا، أدينا، أدينت of أدان are, in news, almost always the
//! unvowelled passive "was convicted" (`أدين بتهمة اللواط`، `الجندي الذي أدين بقتل
//! فلسطيني`، `إن 23 صحفيا أدينوا بالانتماء`), not "I condemn" nor "we condemned" (that is
//! أدنّا): the labels code a conviction as an accusation of the convicted with no actor
//! (eval/README.md, as for the passive of اتهم). Read as the active, the speaker of the
//! story became the accuser and a party of the charge the accused. "I condemn" stays inside
//! a quotation unless a charge follows (`"أدين بشدة …"`، `أدين الإرهاب`); أدينا is also a
//! given name and "we performed" (`أدينا عملنا`), so it is a conviction only before its
//! charge or في; a conviction told as a condition (`إذا أدين`) is no event.
//!
//! The convicted: the party right after the verb before its charge (`أدين الجندي بـ`), else
//! the one right before it (past قد or كان), else the head of a relative pronoun before
//! it, else the nearest party before it that agrees with the verb's ending.

use super::args::{self, Arg, Context, Pronoun};
use super::Input;
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;

/// How a bare form of أدان reads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Reading {
    /// Not one of the forms, or "I condemn" in a quotation: the verb as read so far.
    Active,
    /// "was convicted": the convicted is the recipient, no actor.
    Convicted,
    /// A condition (إذا أدين) or another word (the name أدينا): no event.
    None,
}

/// Words in بـ that are a manner, no charge (أدين بشدة، بأشد العبارات، بشكل قاطع).
const MANNERS: &[&str] = &["بشده", "بقوه", "بشكل", "باشد", "بكل", "بوضوح", "بصراحه", "بدوري", "باسم"];

/// Words right before the verb that make it a condition.
const CONDITIONS: &[&str] = &["اذا", "واذا", "فاذا", "لو", "ولو", "حال", "حاله", "متي"];

/// How the trigger of lemma `lemma` at token `i` reads; `quoted`: it stands in a quotation.
pub(super) fn reading(input: &Input, lemma: &str, i: usize, s1: usize, quoted: bool) -> Reading {
    if lemma != "أدان" {
        return Reading::Active;
    }
    let key = input.keys[i].as_str();
    let form = key.strip_prefix(['و', 'ف']).filter(|f| f.starts_with('ا')).unwrap_or(key);
    if !matches!(form, "ادين" | "ادينا" | "ادينوا" | "ادينت") {
        return Reading::Active;
    }
    let next = input.keys.get(i + 1).filter(|_| i + 1 < s1).map(String::as_str).unwrap_or("");
    let charge = next.starts_with('ب') && next.chars().count() > 2 && !MANNERS.contains(&next);
    if form == "ادين" && quoted && !charge {
        return Reading::Active;
    }
    if form == "ادينا" && !(charge || next == "في") {
        return Reading::None;
    }
    // (Past ما and قد: إذا ما أدين، لو أدين.)
    let mut k = i;
    while k > 0 && matches!(input.keys[k - 1].as_str(), "ما" | "قد") {
        k -= 1;
    }
    if k > 0 && CONDITIONS.contains(&input.keys[k - 1].as_str()) {
        return Reading::None;
    }
    Reading::Convicted
}

/// Words after which the verb opens its clause, its subject dropped (عندما أدين، بعد أن
/// كان أدين، حيث أدينا).
const OPENERS: &[&str] = &["عندما", "حينما", "بعدما", "حيث", "ثم", "ان", "لكنه", "ولكنه", "كما", "بينما", "فيما", "وقد"];

/// The convicted of the passive at token `i` (its word ends at `end`), in the sentence
/// `[s0, s1)`.
pub(super) fn convicted(ctx: &Context, input: &Input, i: usize, end: usize, (s0, s1): (usize, usize)) -> Option<Arg> {
    let arg = |m: usize| Arg::from_mention(&input.mentions[m], input.home);
    let starting = |k: usize| ctx.mention_of(k).filter(|&m| input.mentions[m].tok_start == k && !input.mentions[m].prepositional);
    // Right after the verb, past a time word, before the charge; past a resumptive
    // pronoun (التهمة التي أدين بها نافالني).
    let mut k = end;
    while k < s1 && args::TIME_WORDS.contains(&input.keys[k].as_str()) {
        k += 1;
    }
    let resumptive = k < s1 && matches!(input.keys[k].as_str(), "به" | "بها" | "بهم" | "بهما");
    if let Some(m) = starting(k).or_else(|| starting(k + 1).filter(|_| resumptive)) {
        return Some(arg(m));
    }
    // A word after the verb that is no preposition, charge or punctuation is an unnamed
    // subject (أدين رجل من لندن): no one before it.
    let next_is_subject = k < s1 && input.tokens[k].kind == TokenKind::Arabic && !input.keys[k].starts_with('ب') && !args::is_preposition(&input.keys[k]) && !matches!(input.keys[k].as_str(), "غيابيا" | "جنائيا" | "مع");
    if next_is_subject {
        return None;
    }
    // Right before it, past قد or كان (الممثل الأمريكي بيل كوسبي قد أدين).
    let mut b = i;
    while b > s0 && matches!(input.keys[b - 1].as_str(), "قد" | "كان" | "وكان" | "كانت" | "وكانت") {
        b -= 1;
    }
    if let Some(m) = b.checked_sub(1).filter(|&p| p >= s0).and_then(|p| ctx.mention_of(p)).filter(|&m| input.mentions[m].tok_end == b) {
        return Some(arg(m));
    }
    if let Some(m) = args::relative_antecedent(ctx, input, b, s0).or_else(|| named_head(ctx, input, b, s0).filter(|_| !resumptive)) {
        return Some(arg(m));
    }
    // Its dropped subject, a person named before, only where the verb opens its clause (not
    // after an unnamed head: رجلا أدين، لما أدين به).
    let before = b.checked_sub(1).filter(|&p| p >= s0);
    let opens = before.is_none_or(|p| {
        let key = input.keys[p].as_str();
        matches!(input.tokens[p].kind, TokenKind::Punct | TokenKind::Number) || OPENERS.contains(&key) || resumptive && matches!(key, "الذي" | "التي")
    }) || without_conjunction(&input.keys[i]) != input.keys[i];
    if !opens {
        return None;
    }
    let form = input.keys[i].as_str();
    let p = if form.ends_with("وا") || form.ends_with("نا") {
        Pronoun::Plural
    } else if form.ends_with('ت') {
        Pronoun::Feminine
    } else {
        Pronoun::Masculine
    };
    // (People, not a body named near them: أحمد رضا جلالي، وهو محاضر في معهد كارولينسكا، وأدين.)
    args::antecedent_of(input, p, b, s0, &[]).filter(|a| a.person || matches!(a.role.as_deref(), Some("CVL" | "REF")))
}

/// The head of a relative pronoun right before the verb at `verb` when a name the
/// dictionaries do not know stands between them (الجندي إيلور عزريا الذي أدين): a mention
/// ending at most three words before the pronoun, the words between without the article
/// (not a thing of the charge, التهم التي أدين بها), no punctuation between.
fn named_head(ctx: &Context, input: &Input, verb: usize, s0: usize) -> Option<usize> {
    let rel = verb.checked_sub(1).filter(|&r| r > s0 && matches!(input.keys[r].as_str(), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"))?;
    (rel.saturating_sub(4).max(s0)..rel)
        .rev()
        .take_while(|&k| input.tokens[k].kind == TokenKind::Arabic)
        .map_while(|k| match ctx.mention_of(k) {
            Some(m) => Some(Some(m)),
            None if input.keys[k].starts_with("ال") => None,
            None => Some(None),
        })
        .flatten()
        .find(|&m| input.mentions[m].tok_end <= rel)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn a_bare_passive_of_adana_is_a_conviction_of_its_subject() {
        let s = sides("أفرجت السلطات عن الضابط الإسرائيلي الذي أدين بقتل فلسطيني في الخليل.", "ACCUSE");
        assert_eq!(s, vec![(None, Some("ISR".into()))], "{s:?}");
        // Not the agency that reports it: the counted journalists before the verb.
        let s = sides("وقالت وكالة الأناضول إن 23 صحفيا تركيا أدينوا بالانتماء إلى جماعة إرهابية.", "ACCUSE");
        assert_eq!(s, vec![(None, Some("TUR".into()))], "{s:?}");
        // Past قد, the party before the verb.
        let s = sides("وكان المعارض الروسي أليكسي نافالني قد أدين بالاختلاس عام 2014.", "ACCUSE");
        assert_eq!(s, vec![(None, Some("RUS".into()))], "{s:?}");
    }

    #[test]
    fn a_first_person_condemnation_in_a_quotation_stays() {
        let s = sides("وقال الرئيس الفرنسي: \"أدين بشدة الهجوم على السفارة\".", "ACCUSE");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("FRA")), "{s:?}");
    }

    #[test]
    fn a_conviction_told_as_a_condition_or_a_name_is_no_event() {
        assert!(sides("ويواجه الوزير البريطاني السجن إذا أدين بالتهم الموجهة إليه.", "ACCUSE").is_empty());
        assert!(sides("وتولت أدينا فريدمان رئاسة بورصة ناسداك الأمريكية.", "ACCUSE").is_empty());
    }
}
