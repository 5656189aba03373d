//! Whom an expressed stance (concern, anger, regret: ACCUSE 111) is aimed at when the
//! phrase after its preposition names the deed, not its doer: `أعرب البيت الأبيض عن قلقه من
//! الحملة التي …`، `أبدت قلقها تجاه الظروف الخطيرة التي تواجه الصحافة في إيران`،
//! `قلقه إزاء مؤشرات على استعدادات أمريكية لشن ضربات`. The doer or place of the deed is
//! named inside that phrase, and the labels code the stance against it; the event had no
//! recipient, as a mention right after the preposition was needed. The first coded party
//! in the phrase is taken, as for sanctions (`sanctioned::party_in_phrase`).

use super::args::{bare, is_quote_mark, Arg, Context};
use super::sanctioned::party_in_phrase;
use super::Input;
use crate::mentions::ActorSpan;
use marsad_text::token::TokenKind;

/// The prepositions of a stance's target (`events.tsv`: قلق، غضب …), and عن and حول,
/// which news writes for them as well (`أسفها عن قرار ترامب`).
const TOWARD: &[&str] = &["ازاء", "من", "حيال", "بشان", "تجاه", "نحو", "عن", "حول"];
/// Words of cause: the deed that moved the stance (`غضبها بسبب فرض الولايات المتحدة
/// عقوبات`، `صدمتهم إثر تصريحات ترامب`، `غضبها بعدما أبحرت المدمرة الأميركية`).
const CAUSE: &[&str] = &["بسبب", "اثر", "عقب", "بعد", "بعدما", "جراء"];
/// Words written with ل or ب that are no preposition before a deed (`في بيان`، `لدى`،
/// `بلاده`): the attached ل or ب of `لقرار`، `بالوساطة` is.
const NOT_ATTACHED: &[&str] = &[
    "بيان", "بين", "بلاده", "بلادها", "بشكل", "بكل", "بدوره", "بدورها", "بدورهم", "بها", "به", "بهم", "لدي", "لكن", "لكنه", "لكنها", "لذلك",
    "لان", "لها", "له", "لهم", "ليس", "لقد", "لم", "لن", "لا", "للغايه", "بالغ", "بالغه",
];
/// How many words after the stance noun its preposition may stand (`قلقها الشديد إزاء`،
/// `قلقه البالغ من`); quotation marks closing the stance as worded (`أسفه" لإعادة`) are
/// not counted.
const TO_PREPOSITION: usize = 3;
/// How long the phrase after the preposition may run.
const PHRASE: usize = 8;
/// Words that open a clause, whose subject is no target (`قلقه من أن تفاقم الأزمة …`).
const CLAUSE: &[&str] = &["ان", "بان", "انه", "انها", "انهم", "لان", "ما"];
/// The rule tag of an event whose recipient this module found.
pub(super) const RULE: &str = "+stance-target";
/// Words before a party that is no doer of the deed: one that suffers it (`للهجوم على
/// السفارة الأمريكية`، `حملة ضد الأقلية`، `انتهاكات بحق الفلسطينيين`), a partner (`مع`) or
/// where something comes from (`لخروجهما من البيت الأبيض`; `من قبل` names the doer after قبل).
const NOT_DOER: &[&str] = &["علي", "ضد", "بحق", "مع", "من"];
/// Nouns whose genitive undergoes them (keys without و، ل/ب or the article): `اختفاء
/// الصحفي`، `وفاة الإعلامي`، `قضية الناشط`، `استهداف المدنيين`.
const UNDERGONE: &[&str] = &[
    "اختفاء", "وفاه", "مقتل", "قتل", "اغتيال", "اعتقال", "احتجاز", "سجن", "اعدام", "قضيه", "استهداف", "اختطاف", "خطف", "تهجير", "حصار", "معاناه",
];

/// Is the word at `k` a noun of [`UNDERGONE`], its genitive the one it befalls?
fn undergone(input: &Input, k: usize) -> bool {
    let noun = |key: &str| {
        let undefined = |k: &str| UNDERGONE.contains(&k.strip_prefix("ال").unwrap_or(k));
        undefined(key) || key.strip_prefix(['ل', 'ب']).is_some_and(undefined)
    };
    // (The word itself first: `bare` takes the و of وفاة for a conjunction.)
    noun(&input.keys[k]) || noun(bare(&input.keys[k]))
}

/// Is the word at `k` a preposition written on the deed it governs (`لقرار`، `بالوساطة`)?
fn attached_preposition(input: &Input, k: usize) -> bool {
    let key = bare(&input.keys[k]);
    let rest = key.strip_prefix('ل').or_else(|| key.strip_prefix('ب'));
    rest.is_some_and(|r| r.chars().count() >= 3) && !NOT_ATTACHED.contains(&key) && !CAUSE.contains(&key) && !TOWARD.contains(&key)
}

/// The verbs of praise and welcome whose object is the deed praised, after بـ (أشاد،
/// رحب): the party named in it is the one praised.
const PRAISE_VERBS: &[&str] = &["أشاد", "رحب"];
/// Verbs of praise or endorsement whose deed praised is their direct object (`أيدت
/// السعودية أي خطوات تتخذها مصر`، `ثمنت الوزيرة الدور الذي تقوم به الإمارات`، `امتدح
/// أسلوب تعامل الرئيس الأميركي`), and أثنى, whose deed follows على (`أثنى على جميع مواقف
/// السعودية`): the party named in it is the one supported, as for أشاد and رحب.
const PRAISE_OBJECT_VERBS: &[&str] = &["أيد", "ثمن", "امتدح"];
const PRAISE_ALA_VERBS: &[&str] = &["أثنى"];

/// Is `lemma` a verb of praise, welcome or endorsement (`events.tsv` lemma)?
pub(super) fn is_praise_verb(lemma: &str) -> bool {
    PRAISE_VERBS.contains(&lemma) || PRAISE_OBJECT_VERBS.contains(&lemma) || PRAISE_ALA_VERBS.contains(&lemma)
}

/// Prepositions that open no direct object: a verb's object starting with one shows the
/// subject's phrase going on (`وأيد زعيم الديمقراطيين في مجلس الشيوخ تشوك شومر`).
const NO_OBJECT: &[&str] = &["في", "من", "الي", "علي", "عن", "مع", "لدي", "خلال"];

/// The first token of the deed praised by the verb at token `verb` (lemma `lemma`) whose
/// object starts at `from` (past its subject): after بـ for أشاد and رحب
/// (`phrase_start`), the object itself for a verb with a direct object — not one whose
/// object is a pronoun on it (القرار الذي أيدته روسيا: the deed was named before) —, the
/// word after على for أثنى (not a pronoun on على, عليه).
fn praised_start(ctx: &Context, input: &Input, (verb, lemma): (usize, &str), from: usize, s1: usize) -> Option<usize> {
    if PRAISE_VERBS.contains(&lemma) {
        return phrase_start(ctx, input, from, s1);
    }
    let first = (from..s1).find(|&k| !is_quote_mark(input, k))?;
    if input.tokens[first].kind != TokenKind::Arabic {
        return None;
    }
    if PRAISE_ALA_VERBS.contains(&lemma) {
        return (bare(&input.keys[first]) == "علي").then_some(first + 1).filter(|&k| k < s1);
    }
    let pronoun_object = super::args::pronoun_on(input, verb).is_some();
    (PRAISE_OBJECT_VERBS.contains(&lemma) && !pronoun_object && !NO_OBJECT.contains(&bare(&input.keys[first]))).then_some(first)
}

/// The party praised in the deed after the verb of praise at token `verb` (lemma
/// `lemma`; its object from `from`), when the verb read none; never the praiser
/// (`actors`). After a verb with a direct object, not a party written with بـ, which the
/// deed does not take for its doer (أيد رئيس لجنة حقوق الانسان بالبرلمان التركي).
pub(super) fn praised(ctx: &Context, input: &Input, (verb, lemma): (usize, &str), from: usize, s1: usize, actors: &[Arg]) -> Option<Arg> {
    let start = praised_start(ctx, input, (verb, lemma), from, s1)?;
    let party = in_phrase(input, start, s1, actors)?;
    let with_ba = PRAISE_OBJECT_VERBS.contains(&lemma) && input.mentions.iter().find(|m| m.tok_start == party.tok_start).is_some_and(|m| super::args::attached_preposition(input, m) == Some('ب'));
    (!with_ba).then_some(party)
}

/// The first token of the phrase the stance noun ending at `end` is aimed at: after its
/// preposition or word of cause, or the word carrying an attached ل or ب itself.
fn phrase_start(ctx: &Context, input: &Input, end: usize, s1: usize) -> Option<usize> {
    let mut words = 0;
    for k in end..s1 {
        if is_quote_mark(input, k) {
            continue;
        }
        if input.tokens[k].kind != TokenKind::Arabic || ctx.in_mention(k) || words == TO_PREPOSITION {
            return None;
        }
        let key = bare(&input.keys[k]);
        if TOWARD.contains(&key) || CAUSE.contains(&key) {
            return Some(k + 1);
        }
        if attached_preposition(input, k) {
            return Some(k);
        }
        words += 1;
    }
    None
}

/// The party the stance noun ending at token `end` is aimed at, when none was read; never
/// the stance's holder (`actors`: their actor codes).
pub(super) fn target(ctx: &Context, input: &Input, end: usize, s1: usize, actors: &[Arg]) -> Option<Arg> {
    let from = phrase_start(ctx, input, end, s1)?;
    in_phrase(input, from, s1, actors)
}

/// The first coded party in the phrase of a deed starting at token `from` that may be its
/// doer: not one unnamed, one who suffers the deed, a place, nor the stance's holder.
fn in_phrase(input: &Input, from: usize, s1: usize, actors: &[Arg]) -> Option<Arg> {
    let len = (from..(from + PHRASE).min(s1)).position(|k| CLAUSE.contains(&bare(&input.keys[k]))).unwrap_or(PHRASE);
    // A bare role noun coded by the story or by an earlier mention (المحققين) is no party the
    // text names here, and a place after في is where the deed is, not who does it (أعمال
    // العنف في قطاع غزة، الأوضاع الإنسانية في اليمن); nor one after على or ضد or the genitive
    // of a killing or a disappearance, who suffers the deed.
    let before = |m: &ActorSpan, words: &[&str]| m.tok_start > 0 && words.contains(&bare(&input.keys[m.tok_start - 1]));
    let suffers = |m: &ActorSpan| m.tok_start > 0 && undergone(input, m.tok_start - 1);
    let own = |m: &ActorSpan| m.actor.is_some() && actors.iter().any(|a| a.actor.as_deref() == m.actor.as_deref());
    let unnamed = |m: &ActorSpan| m.home || m.rule.contains("+context") || m.rule.starts_with("agent+coref");
    let no_doer = |m: &ActorSpan| before(m, &["في"]) || before(m, NOT_DOER) && m.tok_start != from || suffers(m);
    party_in_phrase(input, from, len, s1, |m| !unnamed(m) && !no_doer(m) && !own(m))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::recipient_countries;

    fn aimed_at(t: &str) -> Vec<Option<String>> {
        recipient_countries(t, "ACCUSE")
    }

    #[test]
    fn a_stance_toward_a_deed_is_aimed_at_the_party_in_its_phrase() {
        assert_eq!(aimed_at("أعربت فرنسا عن قلقها البالغ إزاء الإجراءات الأخيرة للحكومة الفنزويلية."), vec![Some("VEN".to_string())]);
        assert_eq!(aimed_at("وأبدى الاتحاد الأوروبي قلقه تجاه السياسات الاقتصادية لتركيا."), vec![Some("TUR".to_string())]);
    }

    #[test]
    fn praise_or_a_welcome_is_aimed_at_the_party_in_the_deed_praised() {
        let praised = |t: &str| recipient_countries(t, "SUPPORT");
        assert_eq!(praised("وأشاد وزير الخارجية البحريني بالمواقف التاريخية للمملكة العربية السعودية."), vec![Some("SAU".to_string())]);
        assert_eq!(praised("ورحبت المستشارة الألمانية بأحدث إعلان من جانب الصين عن فتح أسواقها."), vec![Some("CHN".to_string())]);
    }

    #[test]
    fn an_endorsement_or_praise_of_a_deed_supports_its_doer() {
        let praised = |t: &str| recipient_countries(t, "SUPPORT");
        // The deed as the verb's direct object (أيد، ثمن) or after على (أثنى).
        assert_eq!(praised("وأيدت الحكومة المصرية أي خطوات تتخذها السعودية لحماية أمنها."), vec![Some("SAU".to_string())]);
        assert_eq!(praised("وثمن الوزير الأردني الدور الذي تقوم به الإمارات في اليمن."), vec![Some("ARE".to_string())]);
        assert_eq!(praised("وأثنى الرئيس الباكستاني على جميع مواقف السعودية تجاه قضايا الأمة."), vec![Some("SAU".to_string())]);
    }

    #[test]
    fn an_endorsed_deed_names_no_sufferer_place_or_pronoun() {
        let praised = |t: &str| recipient_countries(t, "SUPPORT");
        // One who undergoes the deed, a place after في, a pronoun after على: none praised.
        assert_eq!(praised("وأيد البرلمان الأردني الإسراع في حسم قضية الصحفي الروسي."), vec![None]);
        assert_eq!(praised("وأيد الوزير الأمريكي الأوضاع الجديدة في العراق."), vec![None]);
        assert_eq!(praised("وأثنى الوزير الفرنسي عليه أمام الصحفيين في ألمانيا."), vec![None]);
        // The deed named before, as a pronoun on the verb: no party after it is praised.
        let t = "وتزامن تصويت مجلس الأمن على القرار الذي أيدته روسيا مع شن طائرات حربية سورية مدعومة من القوات الجوية الروسية غارات جديدة على الغوطة الشرقية.";
        assert_eq!(praised(t), vec![None]);
    }

    #[test]
    fn a_clause_or_a_far_party_is_no_target() {
        // A that-clause's subject is what is feared, not whom the stance is aimed at.
        assert_eq!(aimed_at("أعربت ألمانيا عن قلقها من أن تفاقم روسيا التوتر."), vec![None]);
        // A place after في is where the deed happens, not its doer.
        assert_eq!(aimed_at("أعربت كندا عن قلقها إزاء أعمال العنف في قطاع غزة."), vec![None]);
        // Past a comma the phrase has ended.
        assert_eq!(aimed_at("أعربت ألمانيا عن قلقها من تدهور الأوضاع، بحسب وكالة الأنباء الفرنسية."), vec![None]);
    }

    #[test]
    fn an_attached_preposition_or_a_closed_quotation_leads_to_the_deed() {
        assert_eq!(aimed_at("وأعرب الوزير الأردني عن أسفه لعدم التزام الحكومة الإسرائيلية بالاتفاق."), vec![Some("ISR".to_string())]);
        assert_eq!(aimed_at("وأعربت وزارة الخارجية المصرية عن \"خيبة أملها\" من قرار الحكومة الإثيوبية."), vec![Some("ETH".to_string())]);
        assert_eq!(aimed_at("وأبدت باكستان أسفها عن تصريحات رئيس الوزراء الهندي."), vec![Some("IND".to_string())]);
    }

    #[test]
    fn the_deed_that_moved_a_stance_names_its_target() {
        assert_eq!(aimed_at("عبرت الصين عن غضبها بعد إبحار سفينة حربية يابانية قرب الجزر."), vec![Some("JPN".to_string())]);
        assert_eq!(aimed_at("وعبر نواب عراقيون عن صدمتهم إثر تصريحات الرئيس التركي."), vec![Some("TUR".to_string())]);
        // After بعد أن a clause follows: its subject is what happened, not the target.
        assert_eq!(aimed_at("أعربت ألمانيا عن صدمتها بعد أن هاجمت روسيا الاتفاق."), vec![None]);
    }

    #[test]
    fn one_who_suffers_the_deed_is_no_target() {
        assert_eq!(aimed_at("أعربت الحكومة الفرنسية عن قلقها حول اختفاء الصحفي السعودي."), vec![None]);
        assert_eq!(aimed_at("أعربت الحكومة الكندية عن غضبها بعد الهجوم على السفارة الأمريكية."), vec![None]);
        assert_eq!(aimed_at("أعربت ألمانيا عن صدمتها إثر اغتيال الصحفي الروسي."), vec![None]);
        assert_eq!(aimed_at("أعربت ألمانيا عن صدمتها إثر تصريحات الصحفي الروسي."), vec![Some("RUS".to_string())]);
    }

    #[test]
    fn the_deed_named_after_a_stance_is_an_event_of_its_own() {
        let t = "أعربت موسكو عن \"خيبة أملها\" لقرار الرئيس الأمريكي الانسحاب من الاتفاق النووي مع إيران.";
        assert_eq!(aimed_at(t), vec![Some("USA".to_string())]);
        assert_eq!(crate::events::tests::count(t, "REJECT"), 1);
    }

    #[test]
    fn a_welcome_of_a_deed_supports_its_doer() {
        let t = "وأعربت الحكومة اللبنانية عن تقديرها للبيان الصادر عن الحكومة الفرنسية.";
        assert_eq!(recipient_countries(t, "SUPPORT"), vec![Some("FRA".to_string())]);
    }
}
