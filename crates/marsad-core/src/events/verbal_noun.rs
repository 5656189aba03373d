//! A verbal noun's genitive and the object after it, where the noun's construction says
//! which party the genitive is:
//! - the genitive of a noun of accusing with the charge after it in بـ is the accused
//!   (اتهام موسكو بتسميمه، اتهام الدوحة بدعم الإرهاب), as with the verb (اتهم X بـ);
//!   the plural names accusations someone made (اتهامات ترامب بالسيطرة الروسية: his);
//! - a genitive agent followed by an object in the accusative, a party of another
//!   country with nothing between, is the doer and the object the recipient (اتهام ترامب
//!   بكين بالتدخل، استقبال الرئيس المصري نظيره الفلسطيني), as a verb's subject and object;
//! - the genitive of a singular noun of criticism or condemnation that is itself the
//!   complement of a preposition (written on it or right before it) is the one criticised
//!   (دأب ترامب على انتقاد ماكيب، دعاهم إلى اإسطنبول لإدانة إسرائيل), unless its object
//!   follows in لـ (بسبب انتقاد بروكسل لانتهاكات: Brussels criticises).

use super::args::{bare, is_comma, list_from, mention_starting, Arg, Context, TIME_WORDS};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_lexicon::Kind;
use marsad_text::normalize::key_is_definite as is_definite;
use marsad_text::token::TokenKind;

/// The CAMEO code of accusing (اتهام), whose object in the genitive bears the charge.
const ACCUSING: &str = "112";

/// Is the genitive ending at `end` of the noun at `i` the accused: a singular noun of
/// accusing with a word in بـ right after it (اتهام النظام السوري بالوقوف خلف الهجمات)?
pub fn genitive_accused(ctx: &Context, input: &Input, trigger: &Trigger, i: usize, end: usize, s1: usize) -> bool {
    if trigger.kind != TriggerKind::Noun || trigger.cameo.as_deref() != Some(ACCUSING) {
        return false;
    }
    let word = input.tokens[i].text(input.text);
    let plural = word.contains(&format!("{}ات", trigger.lemma));
    if plural {
        return false;
    }
    // (Past a time word or an adverb set off or not: باتهام الولايات المتحدة، الأربعاء،
    // بـ"عرقلة"، باتهام نتنياهو رسميا بالفساد.)
    let at = (end..s1.min(end + 4)).find(|&k| !is_comma(input, k) && !TIME_WORDS.contains(&bare(&input.keys[k])));
    at.is_some_and(|k| !ctx.in_mention(k) && charge_at(input, k))
}

/// A word in بـ (بتسميمه، بالتدخل، بـ"التدخل"): the charge (a party there, بكين, is the
/// object of an agent in the genitive).
fn charge_at(input: &Input, k: usize) -> bool {
    if input.tokens[k].kind != TokenKind::Arabic {
        return false;
    }
    let key = input.keys[k].as_str();
    // (Not بأن، بأنه "that": وصف اتهام سويتنيك بأنه مزحة is her accusation.)
    // (بـ with its tatweel folds to a lone ب before a quoted charge.)
    key == "ب" && k + 1 < input.tokens.len() && super::args::is_quote_mark(input, k + 1)
        || key.starts_with('ب') && key.chars().count() >= 2 && !key.starts_with("بان") && !matches!(key, "بين" | "بعد" | "بشان" | "بسبب" | "بحق")
}

/// Singular verbal nouns of criticising and condemning (keys) whose genitive, when the noun
/// is a preposition's complement, is most often the one criticised (the plural,
/// انتقادات ترامب, names who made them).
const CRITICISING: &[&str] = &["انتقاد", "ادانه"];

/// Prepositions that govern such a noun as a word of their own (keys; with و too).
const GOVERNING: &[&str] = &["علي", "عن", "الي", "في", "من"];

/// How far before the noun a verb of undergoing (تعرض) may stand (tokens).
const UNDERGONE_REACH: usize = 4;

/// لـ-words after the genitive that give a reason, not the noun's object (بانتقاد الناتو
/// لعدم دعمه).
const REASONS: &[&str] = &["لعدم", "لان", "لانه", "لانها", "لانهم", "لكونه", "لكونها"];

/// Is the genitive ending at `end` of the noun at `i` the one criticised: a singular noun
/// of `CRITICISING` governed by a preposition, بـ/لـ written on it (بانتقاد الشركة،
/// لإدانة إسرائيل) or one of `GOVERNING` right before it (على انتقاد ماكيب), with no
/// object after the genitive, in لـ or a party with no preposition (من انتقاد الحكومة
/// الإيطالية مفوضة الأمم المتحدة: the government criticises)? Not after على الرغم من
/// (على الرغم من انتقاد ترمب: his), nor in لـ after تعرض (تعرض الجنرال لانتقاد الرئيس: the
/// president's criticism undergone).
pub fn genitive_criticised(ctx: &Context, input: &Input, i: usize, end: usize, (s0, s1): (usize, usize)) -> bool {
    let key = input.keys[i].as_str();
    let stem = key.strip_prefix('و').filter(|k| k.starts_with(['ب', 'ل'])).unwrap_or(key);
    let written_on = stem.strip_prefix(['ب', 'ل']).filter(|k| CRITICISING.contains(k)).is_some();
    if !written_on && !CRITICISING.contains(&stem) {
        return false;
    }
    // (تعرض with its subject between: تعرض الجنرال لانتقاد الرئيس.)
    let undergone = (i.saturating_sub(UNDERGONE_REACH).max(s0)..i).rev().take_while(|&k| input.tokens[k].kind != TokenKind::Punct).any(|k| input.keys[k].contains("تعرض"));
    let governed = written_on && !undergone
        || i > s0 && {
            let prev = input.keys[i - 1].as_str();
            let prev = prev.strip_prefix('و').filter(|p| GOVERNING.contains(p)).unwrap_or(prev);
            GOVERNING.contains(&prev) && !(prev == "من" && i > s0 + 1 && bare(&input.keys[i - 2]) == "الرغم")
        };
    let object_after = end < s1 && input.tokens[end].kind == TokenKind::Arabic && {
        let next = input.keys[end].as_str();
        next.starts_with('ل') && !REASONS.contains(&next) && !matches!(next, "لدي" | "لكن" | "لكنه" | "لكنها")
    };
    let party_after = mention_starting(ctx, input, end).is_some_and(|m| !input.mentions[m].prepositional);
    governed && !object_after && !party_after
}

/// What follows a verbal noun's genitive agent.
pub enum AfterGenitive {
    /// Its object: the recipient (اتهام ترامب بكين، دعوة واشنطن بلاده للتفاوض).
    Object(Vec<Arg>),
    /// Another party with و: more of the genitive (قمة ترامب وكيم).
    Conjunct(Vec<Arg>),
}

/// The party right after the genitive agent (ending at `end`) of the noun at `i`: a mention
/// with no preposition on it, of a country none of the agents has (not an apposition of
/// the agent: الرئيس الأمريكي دونالد ترامب), nothing between. Only for a noun in the
/// construct state (no article: القمة has no genitive) and not after في, where the
/// noun is a circumstance (كان في استقبال بومبيو نظيره: the one named second received).
pub fn after_genitive(ctx: &Context, input: &Input, agents: &[Arg], (i, end): (usize, usize), s1: usize) -> Option<AfterGenitive> {
    if end >= s1 || agents.is_empty() || is_definite(&input.keys[i]) || i > 0 && input.keys[i - 1] == "في" {
        return None;
    }
    let m = mention_starting(ctx, input, end).filter(|&m| !input.mentions[m].prepositional)?;
    let first = &input.mentions[m];
    let country = first.country.as_deref()?;
    // One word with the article after a genitive with it is its adjective (بدعم الجماعة
    // الحوثية المسلحة).
    let adjective = first.tok_end == first.tok_start + 1 && is_definite(&input.keys[end]) && is_definite(&input.keys[end - 1]);
    // A common noun with no article before it is in construct with it: the party is
    // its genitive (غارات مقاتلات التحالف العربي).
    let construct = ctx.mention_of(end - 1).is_some_and(|g| input.mentions[g].kind == Kind::Agent) && !is_definite(&input.keys[end - 1]);
    if adjective || construct || agents.iter().any(|a| a.country.as_deref().is_none_or(|c| c == country)) {
        return None;
    }
    let parties = list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect();
    // (و written on a name the lexicon did not match whole is the conjunction: وكيم.)
    let conjunct = input.keys[end].starts_with('و') && input.lexicon.longest_at(input.keys, end).is_none_or(|l| l.conj);
    Some(if conjunct { AfterGenitive::Conjunct(parties) } else { AfterGenitive::Object(parties) })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{has, triples};


    #[test]
    fn the_genitive_of_accusing_before_the_charge_is_the_accused() {
        let t = "وقال الرئيس إن اتهام موسكو بتسميم العميل هو مجرد هراء.";
        assert!(has(t, "ACCUSE", "-", "RUS"), "{:?}", triples(t));
        let t = "جاء ذلك على خلفية اتهام الدوحة بدعم الإرهاب.";
        assert!(has(t, "ACCUSE", "-", "QAT"), "{:?}", triples(t));
        // (بأنه "that" is no charge: her accusation is what he called a joke.)
        let t = "ووصف كافانو اتهام روسيا بأنه مزحة.";
        assert!(!has(t, "ACCUSE", "-", "RUS"), "{:?}", triples(t));
    }

    #[test]
    fn the_charge_after_a_time_word_or_a_quoted_charge_still_marks_the_accused() {
        let t = "ورد الوزير الروسي باتهام الولايات المتحدة، الأربعاء، بعرقلة نزع السلاح.";
        assert!(has(t, "ACCUSE", "-", "USA"), "{:?}", triples(t));
        let t = "وطردت الرياض السفير بعد اتهام أوتاوا بـ\"التدخل في الشؤون الداخلية\".";
        assert!(has(t, "ACCUSE", "-", "CAN"), "{:?}", triples(t));
    }

    #[test]
    fn the_pronoun_of_accusing_before_the_charge_is_the_accused() {
        let t = "طردت الحكومة الهولندية السفير الإيراني بعد اتهامه بالتورط في اغتيال معارضين.";
        assert!(has(t, "ACCUSE", "NLD", "IRN"), "{:?}", triples(t));
    }

    #[test]
    fn an_accusation_given_as_the_reason_is_an_act_of_its_own() {
        // (لـ with the pronoun and the charge: the reason of the arrest, not its content;
        // a journalist is a person the pronoun refers to, not an outlet.)
        let t = "واعتقلت الشرطة التركية الصحفي الألماني لاتهامه بالتجسس.";
        assert!(has(t, "ACCUSE", "TUR", "DEU"), "{:?}", triples(t));
        let t = "وفرضت الولايات المتحدة عقوبات على الصين لاتهامها بسرقة التكنولوجيا.";
        assert!(has(t, "ACCUSE", "USA", "CHN"), "{:?}", triples(t));
        // (A purpose with no pronoun stays the arrest's content.)
        let t = "واعتقلت الشرطة التركية الصحفي الألماني لاتهامات بالتجسس.";
        assert!(!triples(t).iter().any(|(k, _, _)| k == "ACCUSE"), "{:?}", triples(t));
    }

    #[test]
    fn the_genitive_of_criticism_governed_by_a_preposition_is_the_one_criticised() {
        let t = "واستمر الرئيس الأمريكي في انتقاد الحكومة الكندية طوال الأسبوع.";
        assert!(has(t, "ACCUSE", "USA", "CAN"), "{:?}", triples(t));
        assert!(!has(t, "ACCUSE", "CAN", "-"), "{:?}", triples(t));
        let t = "وفشل مجلس الأمن مرة أخرى في إدانة إسرائيل.";
        assert!(has(t, "ACCUSE", "-", "ISR"), "{:?}", triples(t));
        assert!(!has(t, "ACCUSE", "ISR", "-"), "{:?}", triples(t));
    }

    #[test]
    fn the_genitive_of_criticism_with_its_object_after_it_is_the_critic() {
        // (لـ after the genitive heads the object: Brussels criticises.)
        let t = "وتوترت العلاقات بسبب انتقاد ألمانيا لانتهاكات حقوق الإنسان في تركيا.";
        assert!(!triples(t).iter().any(|(k, _, r)| k == "ACCUSE" && r == "DEU"), "{:?}", triples(t));
        let t = "وتوترت العلاقات عقب الرد على انتقاد فرنسا للحكومة التركية.";
        assert!(has(t, "ACCUSE", "FRA", "TUR"), "{:?}", triples(t));
        // (An object with no preposition after the genitive: the government criticises.)
        let t = "وجاء ذلك بعد ساعات من انتقاد الحكومة الإيطالية رئيس الوزراء الفرنسي.";
        assert!(has(t, "ACCUSE", "ITA", "FRA"), "{:?}", triples(t));
        // (The criticism undergone is the genitive's.)
        let t = "وتعرض الوزير لانتقاد الرئيس الفرنسي بعد تصريحاته.";
        assert!(triples(t).iter().any(|(k, a, _)| k == "ACCUSE" && a == "FRA"), "{:?}", triples(t));
        // (The plural names who made them.)
        let t = "ورد الوزير على انتقادات ألمانيا بشدة.";
        assert!(!triples(t).iter().any(|(k, _, r)| k == "ACCUSE" && r == "DEU"), "{:?}", triples(t));
    }

    #[test]
    fn accusations_in_the_plural_are_their_makers() {
        let t = "ورفضت الوزيرة اتهامات ترامب بالسيطرة الروسية على بلادها.";
        assert!(!triples(t).iter().any(|(k, _, r)| k == "ACCUSE" && r == "USA"), "{:?}", triples(t));
    }

    #[test]
    fn a_genitive_agent_with_an_object_after_it_acts_on_it() {
        let t = "وجاء ذلك بعد يومين من اتهام ترامب بكين بالتدخل في الانتخابات الأمريكية.";
        assert!(has(t, "ACCUSE", "USA", "CHN"), "{:?}", triples(t));
    }

    #[test]
    fn an_apposition_of_the_same_country_is_no_object() {
        let t = "جاء ذلك بعد زيارة الرئيس الأمريكي دونالد ترامب.";
        assert!(!triples(t).iter().any(|(_, a, r)| a == "USA" && r == "USA"), "{:?}", triples(t));
    }

    #[test]
    fn a_conjunct_of_the_genitive_is_no_object() {
        let t = "وقال إن اتهام روسيا وإيران بالتدخل لا أساس له.";
        assert!(!has(t, "ACCUSE", "RUS", "IRN"), "{:?}", triples(t));
        // (Two who meet: the first acts on the second, as for any symmetric event.)
        let t = "وتستعد سنغافورة لقمة الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.";
        assert!(has(t, "CONSULT", "USA", "PRK"), "{:?}", triples(t));
    }

    #[test]
    fn a_noun_after_fi_takes_no_object() {
        let t = "وكان في استقبال بومبيو نظيره الكوري الشمالي ري يونغ هو.";
        assert!(!has(t, "CONSULT", "USA", "PRK"), "{:?}", triples(t));
    }
}
