//! Trigger verbs read in another sense by the words after them.
//!
//! `اعترض` objects (REJECT) only with `على`: `اعترضت روسيا على مشروع القرار`، `اعترض عليه
//! النواب`. With a direct object it intercepts or blocks (`اعترضت الدفاعات الجوية صاروخا`،
//! `اعترض الجنود السيارة`، `اعترضوا طريقه`), which is about half its uses on the corpus and
//! no rejection of anyone.
//!
//! `دعا` with a reflexive object names (`يدعو نفسه بحزب اشتراكي`، `تدعو نفسها دولة`):
//! "calls itself", no call on anyone.
//!
//! `وصل` is a visit only when someone arrives somewhere: with a figure after its `إلى` it
//! is a count or a level reached (`وصل عدد القتلى إلى 74`، `تصل إلى نحو 10%`، `وصلت إلى
//! أعلى مستوى`), about one in ten of its corpus uses.
//!
//! `هاتف` unprefixed (`هاتف`، `هاتفه`، `هاتفا`) is mostly the noun "phone" (`هاتف آيفون`،
//! `تسليم هاتفه المحمول`: 170 false calls on the corpus against a handful of calls): a
//! call only where a clause opens with it (`هاتف الرئيس الأمريكي نظيره`، `وقد هاتف`).
//! `يهاتف`، `هاتفت` show the verb by their letters and are left alone.
//!
//! `مسيرة` with a pronoun in the singular (`مسيرته`، `مسيرتها`) is a career or a life's
//! course (`طوال مسيرته الكروية`), not a march: marches are `مسيراتهم`.
//!
//! `أثنى` with `عن` before any `على` is `ثنى` "dissuade" (`لن تثني روسيا عن نهجها`،
//! `يثنيها عن`), not praise (`أثنى على جهود`); `اثني عشر` is "twelve".
//!
//! `قاضى` "sued" written with a final ي and nothing before it (`قاضي`، `وقاضي`) is the noun
//! "judge" (`قاضي المحكمة العليا`: all 25 corpus readings); the perfect is written `قاضى`،
//! `قاضت`، `قاضوا`, the imperfect `يقاضي`، `تقاضي`.
//!
//! `زرع` plants explosives only with a mine, a charge or a bomb named around it (`الألغام
//! التي زرعتها الميليشيات`، `زرعوا ألغاما`، `قنبلة زرعت على جانب الطريق`): otherwise it
//! plants trees and crops, transplants organs, sows discord (`زرع الفتنة`) or plants a spy
//! chip, about one in six of its corpus uses.
//!
//! `لوح` brandishes a threat (`لوحت أميركا بفرض عقوبات جديدة على إيران`، `لوح لافروف
//! بـ"الرد`) only when what is brandished is no thing held up:
//! waving flags, a knife, a piece of metal, a shirt, a hand or a sign (`يلوحون بالعلم
//! الألماني`، `ولوح نتانياهو بقطعة معدنية`، `لوّح بعلامة النصر`), waving to someone
//! (`لوح … مودعا`، `يلوحون للمارة`, with no `بـ` after it) and looming on the horizon
//! (`تلوح في الأفق`) are no threat; nor is `لوحته، لوحتها` (the verb takes `بـ`, never a
//! pronoun object: "his painting"). In a corpus sample of 30 verb readings, 12 were one of
//! these. The verbal noun `تلويح` is read the same way (request66): `تلويح ترامب بمعاقبة
//! الشركات`، `التلويح بفرض عقوبات` threaten, `التلويح بالأعلام`، `تلويح الناخبين للمرشح`
//! do not.
//!
//! `أرحب` "I welcome" (with و، ف or سـ) is the verb only right before its `بـ` (`أرحب بهذه
//! الاتفاقية`، `أرحب بكم`): otherwise it is the elative "wider" (`آفاق أرحب`، `مجالات أرحب
//! وأوسع`) or the Yemeni district (`مديرية أرحب`), 16 of the corpus's 28 readings; all 11
//! before بـ were welcomes but one (`آفاق أرحب بما يحقق`).
//!
//! `ثمن` "commended" is written as the noun "price" (`ثَمَن`): paid (`تدفع قطر ثمن وجود
//! القوات الأمريكية`، `دفع الأميركيون ثمن ذلك`، `سيدفع المدنيون ثمنها`، `تسديد ثمن علاج`),
//! at any price (`بكل ثمن`، `بلا ثمن`), amounting to (`ويبلغ ثمن حاملة الطائرات`), or in
//! the accusative (`أغلى ثمنا`، `ثمنا كبيرا سيدفع`، `ثمناً للحرية`; the dual perfect "the
//! two commended" it would otherwise be is not written in the corpus): 38 of the corpus's 89
//! readings were the noun, all of them in these shapes but five (stance65).
//!
//! `هدد` with a good as its object (`يهدد أمن المنطقة`، `تهدد حياة الملايين`) endangers it:
//! no threat (`events/endangered.rs`, endanger67).
//!
//! `استهدف` after a measure (`عقوبات تستهدف شركات`، `العقوبات التي تستهدف قطاع النفط`،
//! `إجراءات تستهدف المهاجرين`) aims it at someone: sanctions and laws target, they do not
//! strike.

use super::args::Context;
use super::Input;
use marsad_lexicon::events::{EventList, Trigger};
use marsad_text::token::TokenKind;

/// How far after the verb its `على` is looked for (a subject with an apposition between:
/// `واعترضت الكويت، العضو غير الدائم في مجلس الأمن، على نص البيان`).
const REACH: usize = 12;

fn is_ala(key: &str) -> bool {
    key.strip_prefix("علي").is_some_and(|p| matches!(p, "" | "ه" | "ها" | "هم" | "هما" | "هن"))
}

/// Does the key (past its article) open with a thing intercepted or blocked (kind
/// `intercepted`: a word of these before any `على` is the verb's object)?
fn is_intercepted_thing(input: &Input, key: &str) -> bool {
    let w = key.strip_prefix("ال").unwrap_or(key);
    input.lexicon.events().list(EventList::Intercepted).iter().any(|s| w.starts_with(s.as_str()))
}

/// Is the trigger ending at `end` read in its other sense (see the module docs)?
pub(super) fn other_sense(ctx: &Context, input: &Input, trigger: &Trigger, end: usize, s1: usize) -> bool {
    match trigger.lemma.as_str() {
        "اعترض" => intercepted(input, end, s1),
        "وصل" => reached_figure(input, end, s1) || (end > 0 && super::arrived_thing::not_a_visit(input, end - 1, end, s1)),
        "هاتف" => end > 0 && phone_noun(input, end - 1),
        "مسيرة" => end > 0 && input.keys[end - 1].contains("مسيرت"),
        "استهدف" => end > 0 && aimed_by_measure(input, end - 1),
        "لوح" | "تلويح" => end > 0 && waved(input, end - 1, s1),
        "رحب" => end > 0 && wider(input, end - 1, s1),
        "أثنى" => !praise_follows(input, end, s1),
        "قاضى" => end > 0 && matches!(input.tokens[end - 1].text(input.text), "قاضي" | "وقاضي"),
        "زرع" => !explosive_near(input, end, s1),
        "هدد" => super::risked::risked(ctx, input, end, s1) || super::endangered::endangered(input, end, s1),
        "ثمن" => end > 0 && price_noun(input, end - 1),
        "دعا" => end < s1 && ["نفسه", "نفسها", "نفسهم", "انفسهم", "انفسنا", "نفسي"].contains(&input.keys[end].as_str()),
        _ => false,
    }
}

/// Words before `ثمن` that make it the noun "price" (keys without و; any key holding
/// `دفع`, a form of paying, does too).
const PRICED: &[&str] = &["تسديد", "سداد", "بكل", "بلا", "يبلغ", "تبلغ", "بلغ"];
/// How many words before `ثمن` the paying verb may be (its subject and a place between:
/// `تدفع قطر ثمن`، `ودفع الأميركيون في مختلف أنحاء البلاد ثمن ذلك`).
const PRICE_BACK: usize = 6;

/// Is the `ثمن` at token `at` the noun "price": in the accusative (`ثمنا`), or after a word
/// of paying or amounting within a few words of its clause?
fn price_noun(input: &Input, at: usize) -> bool {
    if marsad_text::normalize::without_conjunction(&input.keys[at]) == "ثمنا" {
        return true;
    }
    for k in (at.saturating_sub(PRICE_BACK)..at).rev() {
        if input.tokens[k].kind == TokenKind::Punct {
            return false;
        }
        let key = marsad_text::normalize::without_conjunction(&input.keys[k]);
        if key.contains("دفع") || PRICED.contains(&key) {
            return true;
        }
    }
    false
}

/// How far before `زرع` its explosive is looked for (`نزع … قرابة 3000 لغم أرضي وعبوة ناسفة في
/// عدد من مناطق …، كانت زرعتها الميليشيات`).
const EXPLOSIVE_BACK: usize = 30;

/// Is an explosive (a part of a key: `event-words.tsv` kind `explosive`; ألغام folds to
/// الغام) named within the words before the trigger ending at `end` or after it, up to the
/// sentence's end `s1`?
fn explosive_near(input: &Input, end: usize, s1: usize) -> bool {
    let explosives = input.lexicon.events().list(EventList::Explosive);
    (end.saturating_sub(EXPLOSIVE_BACK)..s1).any(|k| explosives.iter().any(|e| input.keys[k].contains(e.as_str())))
}

/// Words after `إلى` that open a figure or a level, not a place (keys).
const FIGURE_OPENERS: &[&str] = &[
    "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "ما", "مستوي", "مستويات", "اعلي", "ادني", "ذروته", "ذروتها", "الذروه",
    "عشرات", "مئات", "الاف", "الالاف", "ملايين", "مليون", "مليار", "الف", "ضعف", "اضعاف", "المليون", "الصفر",
];

/// Is the `وصل` trigger ending at `end` a figure reached: its first `إلى` (after a few
/// words: `وصل عدد القتلى أمس إلى`) opens a number or a word of quantity or level?
fn reached_figure(input: &Input, end: usize, s1: usize) -> bool {
    let Some(to) = (end..(end + 6).min(s1)).find(|&k| input.keys[k] == "الي") else {
        return false;
    };
    to + 1 < s1 && (input.tokens[to + 1].kind == TokenKind::Number || FIGURE_OPENERS.contains(&input.keys[to + 1].as_str()))
}

/// How far after `أثنى` its `على` or `عن` is looked for (a subject and an aside between:
/// `وأثنى جوناثان آلن، نائب السفير البريطاني لدى الأمم المتحدة، على`).
const PRAISE_REACH: usize = 16;

/// Is the `أثنى` ending at `end` praise: no `عن` before its `على` (dissuading, `لن تثني
/// روسيا عن`) and no `عشر` right after it (a number)?
fn praise_follows(input: &Input, end: usize, s1: usize) -> bool {
    if end < s1 && input.keys[end].starts_with("عشر") {
        return false;
    }
    for k in end..(end + PRAISE_REACH).min(s1) {
        let key = input.keys[k].as_str();
        if is_ala(key) {
            return true;
        }
        if key == "عن" {
            return false;
        }
    }
    true
}

/// Words that begin with ب but are no بـ of what is brandished (keys after the ب): بين،
/// بعد، بينما، بسبب، بشأن.
const NOT_BI: &[&str] = &["ين", "عد", "ينما", "سبب", "شان"];
/// How many words after `لوح` its `بـ` is looked for (its subject and a time between: `لوح
/// وزير الخارجية الروسي، سيرغي #لافروف، في طوكيو، الأربعاء، بـ"الرد`).
const BRANDISH_REACH: usize = 12;

/// Is the `لوح` at token `k` read as waving or looming, not as a threat (see
/// the module docs)? What is brandished is the first word after it written with بـ (or
/// بـ alone before a quoted word), within its clause; a thing waved (flags, banners, blades,
/// signs, hands, pictures …) is a stem without بـ and the article of kind `waved`.
fn waved(input: &Input, k: usize, s1: usize) -> bool {
    let key = input.keys[k].as_str();
    let word = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    if ["لوحته", "لوحتها", "لوحتهم", "لوحاته", "لوحاتها"].contains(&word) {
        return true;
    }
    // (Mentions are not passed over: a step may be one, `بالدفاع`; a subject that begins
    // with ب, `وتلوح بكين بالرد`, then reads as a threat, as before.)
    let words = (k + 1..s1).filter(|&j| input.tokens[j].kind == TokenKind::Arabic).take(BRANDISH_REACH);
    for j in words {
        let w = input.keys[j].as_str();
        if matches!(w, "الافق" | "بالافق") {
            return true;
        }
        // بـ alone before a quoted step, or with the pronoun of a step named before (`لوحت به دمشق`).
        if matches!(w, "ب" | "به" | "بها" | "بهم" | "بهما") {
            return false;
        }
        let Some(rest) = w.strip_prefix('ب').filter(|r| r.chars().count() >= 2 && !NOT_BI.contains(r)) else { continue };
        let thing = rest.strip_prefix("ال").unwrap_or(rest);
        return input.lexicon.events().in_list(EventList::Waved, thing);
    }
    true
}

/// Is the `رحب` at token `k` the first person `أرحب` (after و، ف، سـ) with no بـ word right
/// after it: the elative or the district, not "I welcome"?
fn wider(input: &Input, k: usize, s1: usize) -> bool {
    let key = input.keys[k].as_str();
    let word = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    let word = word.strip_prefix('س').unwrap_or(word);
    word == "ارحب" && !(k + 1 < s1 && input.keys[k + 1].starts_with('ب'))
}

/// Particles that stand between a subject and its verb without ending the phrase (keys):
/// negation, قد and the auxiliary كان (`هذه الإجراءات لا تستهدف`، `قوانين سابقة قد
/// استهدفت`، `مشروع القانون الذي كان يستهدف`).
const PARTICLES: &[&str] = &["لا", "لم", "لن", "قد", "وقد", "كان", "كانت"];

/// Is the `استهدف` verb at token `k` said of a measure right before it, before its
/// relative pronoun (`العقوبات التي تستهدف`) or before up to two feminine adjectives
/// (`عقوبات جديدة تستهدف`، `العقوبات الأمريكية الجديدة تستهدف`), past particles
/// (`الإجراءات لا تستهدف`)? The measure (sanctions, laws, plans, taxes: a key of kind
/// `measure`) may carry a preposition (`ردت برسوم مضادة تستهدف`).
fn aimed_by_measure(input: &Input, k: usize) -> bool {
    let particles = (1..=2).take_while(|&back| k.checked_sub(back).is_some_and(|j| PARTICLES.contains(&input.keys[j].as_str()))).count();
    let k = k - particles;
    let before = |back: usize| k.checked_sub(back).map(|j| input.keys[j].as_str());
    let is_measure = |w: &str| input.lexicon.events().in_list(EventList::Measure, w);
    let measure = |back: usize| before(back).is_some_and(|w| is_measure(w) || w.strip_prefix(['ب', 'ل', 'و']).is_some_and(is_measure));
    let adjective = |back: usize| before(back).is_some_and(|w| w.ends_with('ه') && !is_measure(w));
    match before(1) {
        Some("التي" | "الذي" | "والتي" | "والذي") => measure(2),
        _ => (1..=3).find(|&back| !adjective(back)).is_some_and(measure),
    }
}

/// Words after which a bare `هاتف` opens its clause as a verb (keys).
const CLAUSE_OPENERS: &[&str] = &["قد", "وقد", "فقد", "لقد", "كما", "ثم", "حيث", "عندما", "بعدما"];

/// Is the `هاتف` at token `k` written as the noun could be (no imperfect or person
/// letters) and not opening a clause (sentence start, after punctuation or an opener)?
fn phone_noun(input: &Input, k: usize) -> bool {
    let key = input.keys[k].as_str();
    let bare = key.strip_prefix('و').unwrap_or(key);
    if !matches!(bare, "هاتف" | "هاتفه" | "هاتفها" | "هاتفا" | "هاتفهم") {
        return false;
    }
    let opens = k == 0 || input.tokens[k - 1].kind == TokenKind::Punct || CLAUSE_OPENERS.contains(&input.keys[k - 1].as_str());
    !opens
}

/// Is the `اعترض` trigger ending at `end` read as intercepting: no `على` (with or without
/// a pronoun) within its clause's next words before a thing intercepted or a number?
fn intercepted(input: &Input, end: usize, s1: usize) -> bool {
    for k in end..(end + REACH).min(s1) {
        let key = input.keys[k].as_str();
        if is_ala(key) {
            return false;
        }
        if input.tokens[k].kind == TokenKind::Number || is_intercepted_thing(input, key) {
            return true;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::events::tests::count;


    #[test]
    fn brandishing_a_step_threatens_waving_a_thing_does_not() {
        assert_eq!(count("ولوح الرئيس الأمريكي دونالد ترامب برد عسكري على النظام السوري.", "THREATEN"), 1);
        assert_eq!(count("لوحت الولايات المتحدة بفرض عقوبات جديدة على إيران.", "THREATEN"), 1);
        assert_eq!(count("وقال إن العمل العسكري خيار لوحت به الولايات المتحدة مرارا ضد إيران.", "THREATEN"), 1);
        assert_eq!(count("وكان المتظاهرون الألمان يلوحون بالعلم الألماني في برلين.", "THREATEN"), 0);
        // The verbal noun (request66).
        assert_eq!(count("وتراجعت الأسهم مع تلويح واشنطن بفرض عقوبات جديدة على طهران.", "THREATEN"), 1);
        assert_eq!(count("ويأتي ذلك بعد أسبوعين من تلويح الرئيس السوري بشار الأسد باستخدام القوة.", "THREATEN"), 1);
        assert_eq!(count("وبدأ أنصار أردوغان يعبرون عن فرحتهم بالتلويح بالأعلام التركية في الشوارع.", "THREATEN"), 0);
        assert_eq!(count("وسط تلويح الناخبين المحتملين للمرشح ذهابا وإيابا.", "THREATEN"), 0);
        assert_eq!(count("ولوح رئيس الوزراء الإسرائيلي بقطعة معدنية من الطائرة الإيرانية.", "THREATEN"), 0);
        assert_eq!(count("وبدأت بوادر أزمة جديدة تلوح في الأفق بين الولايات المتحدة والصين.", "THREATEN"), 0);
        assert_eq!(count("ولوح الرئيس الإريتري مودعا الحضور.", "THREATEN"), 0);
        // A step that is also a mention (الدفاع) and a subject with a time set off before it.
        assert_eq!(count("ولوحت مصر من جانبها بالدفاع عن حقوقها.", "THREATEN"), 1);
        assert_eq!(count("لوح وزير الخارجية الروسي، سيرغي لافروف، في طوكيو، الأربعاء، بالرد على بريطانيا.", "THREATEN"), 1);
    }

    #[test]
    fn a_price_paid_is_no_commendation() {
        assert_eq!(count("وثمن الرئيس اليمني جهود دول التحالف العربي لدعم الشرعية.", "SUPPORT"), 1);
        assert_eq!(count("وقال إن حكومة المملكة تثمن التعاون المميز الذي أبدته الحكومة التركية.", "SUPPORT"), 1);
        assert_eq!(count("يجب أن تدفع قطر ثمن وجود القوات الأمريكية في سوريا.", "SUPPORT"), 0);
        assert_eq!(count("ودفع الأميركيون في مختلف أنحاء البلاد ثمن ذلك.", "SUPPORT"), 0);
        assert_eq!(count("وقال إن الأسد ونظامه سيدفعان ثمن أي هجوم إيراني على إسرائيل.", "SUPPORT"), 0);
        assert_eq!(count("وقال: نسعى بكل ثمن لتجنب عمل عسكري مباشر ضد إيران.", "SUPPORT"), 0);
        assert_eq!(count("وقال ترامب إن هناك ثمنا كبيرا سيدفع جراء الهجوم.", "SUPPORT"), 0);
        assert_eq!(count("ودفع السادات حياته ثمنا للاتفاق.", "SUPPORT"), 0);
    }

    #[test]
    fn arhab_welcomes_only_before_its_bi() {
        assert_eq!(count("وأكد أن التعاون بين البلدين سينطلق نحو آفاق أرحب في كافة المجالات.", "SUPPORT"), 0);
        assert_eq!(count("وسقط الصاروخ في منطقة بني سبعة بمديرية أرحب المجاورة شمال صنعاء.", "SUPPORT"), 0);
        assert_eq!(count("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو: \"أرحب بهذه الاتفاقية التاريخية\".", "SUPPORT"), 1);
        assert_eq!(count("ورحبت الحكومة المصرية بقرار مجلس الأمن.", "SUPPORT"), 1);
    }

    #[test]
    fn objecting_takes_ala_intercepting_does_not() {
        assert_eq!(count("واعترضت روسيا على مشروع القرار الأمريكي في مجلس الأمن.", "REJECT"), 1);
        assert_eq!(count("اعترضت الكويت عليه بشدة.", "REJECT"), 1);
        assert_eq!(count("اعترضت ألمانيا بشدة على خطة الاتحاد الأوروبي.", "REJECT"), 1);
        assert_eq!(count("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون على جازان.", "REJECT"), 0);
        assert_eq!(count("واعترضت الشرطة التركية القارب قرب السواحل.", "REJECT"), 0);
        assert_eq!(count("اعترض مسلحون طريق القافلة.", "REJECT"), 0);
        assert_eq!(count("واعترضت الكويت، العضو غير الدائم في مجلس الأمن، على نص البيان.", "REJECT"), 1);
        assert_eq!(count("واعترضت قوات الدفاع الجوي 7 صواريخ أطلقت على المدينة.", "REJECT"), 0);
    }

    #[test]
    fn reaching_a_figure_is_no_visit() {
        assert_eq!(count("ووصل الرئيس اليمني إلى عدن اليوم الخميس.", "CONSULT"), 1);
        assert_eq!(count("ووصلت المستشارة الألمانية إلى بكين الخميس.", "CONSULT"), 1);
        assert_eq!(count("وأعلنت الوزارة أن عدد الشهداء وصل إلى 123 فلسطينيًا.", "CONSULT"), 0);
    }

    #[test]
    fn a_phone_is_no_call() {
        assert_eq!(count("وأطلقت شركة أبل هاتف آيفون الجديد في الولايات المتحدة.", "CONSULT"), 0);
        assert_eq!(count("وطلب من الصحفي تسليم هاتفه المحمول في القنصلية السعودية.", "CONSULT"), 0);
        assert_eq!(count("هاتف الرئيس الأمريكي نظيره الفرنسي.", "CONSULT"), 1);
        assert_eq!(count("ويهاتف الرئيس الكوري الجنوبي رئيس الوزراء الياباني.", "CONSULT"), 1);
    }

    #[test]
    fn ones_own_course_is_no_march() {
        assert_eq!(count("وعرض النادي على اللاعب منصبا إداريا نظرا لما قدمه طوال مسيرته الطويلة مع الفريق.", "PROTEST"), 0);
        assert_eq!(count("ونظم آلاف المعلمين مسيرة في العاصمة الأردنية عمان.", "PROTEST"), 1);
    }

    #[test]
    fn calling_oneself_is_no_call() {
        assert_eq!(count("وقال إن الحزب الجديد، الذي يترأسه رجل أعمال، يدعو نفسه بحزب اشتراكي.", "REQUEST"), 0);
        assert_eq!(count("ودعا حزب العمال البريطاني الحكومة إلى الاستقالة.", "REQUEST"), 1);
    }

    #[test]
    fn a_measure_targets_without_striking() {
        assert_eq!(count("وقالت الوزارة إن العقوبات تستهدف شركات في تركيا وإيران.", "ASSAULT"), 0);
        assert_eq!(count("وفرضت واشنطن عقوبات جديدة تستهدف قطاع النفط الإيراني.", "ASSAULT"), 0);
        assert_eq!(count("واستهدفت طائرات التحالف مواقع الحوثيين في صعدة.", "ASSAULT"), 1);
        assert_eq!(count("وقال إن الغارات التي تستهدف المدنيين في إدلب مستمرة.", "ASSAULT"), 1);
        // Past a negation, قد or كان, and with a preposition on the measure.
        assert_eq!(count("وقال السفير إن هذه الإجراءات لا تستهدف الشعب الكوري.", "ASSAULT"), 0);
        assert_eq!(count("وكانت تدابير سابقة قد استهدفت المصارف الإيرانية.", "ASSAULT"), 0);
        assert_eq!(count("وردت الصين برسوم مماثلة تستهدف منتجات زراعية أمريكية.", "ASSAULT"), 0);
        // Not past any other word: the strikes are the subject here.
        assert_eq!(count("وقال إن الغارات لا تستهدف المدنيين في إدلب.", "ASSAULT"), 1);
    }

    #[test]
    fn praise_takes_ala_dissuading_and_twelve_do_not() {
        assert_eq!(count("وأثنى الرئيس الفرنسي إيمانويل ماكرون على جهود الحكومة المصرية.", "SUPPORT"), 1);
        assert_eq!(count("وقال الوزير إن العقوبات الأمريكية لن تثني روسيا عن نهجها.", "SUPPORT"), 0);
        assert_eq!(count("وقضت المحكمة بسجن الرئيس البرازيلي السابق اثنى عشر عاما.", "SUPPORT"), 0);
    }

    #[test]
    fn a_judge_sues_no_one() {
        assert_eq!(count("وقال قاضي المحكمة العليا إن الحكم نهائي.", "ACCUSE"), 0);
        assert_eq!(count("وتقاضي الشركة الهندية الحكومة الباكستانية لأن العقود مضمونة.", "ACCUSE"), 1);
    }

    #[test]
    fn planting_is_an_attack_only_with_explosives() {
        use crate::events::tests::count;
        assert_eq!(count("وزرع الرئيسان شجرة زيتون في حديقة القصر الرئاسي.", "ASSAULT"), 0);
        assert_eq!(count("واتهم الوزير روسيا بالسعي إلى زرع الفتنة بين الأوروبيين.", "ASSAULT"), 0);
        assert!(count("وقتل ثلاثة مدنيين في انفجار لغم أرضي زرعته ميليشيا الحوثي في الطريق العام.", "ASSAULT") > 0);
    }
}
