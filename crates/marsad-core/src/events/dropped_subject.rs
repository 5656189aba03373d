//! A verb of accusing that opens a clause after a comma with its subject dropped
//! (`ألقت ابنة السيناتور كلمة، انتقدت خلالها الرئيس`، `وردت بكين برسوم جمركية،
//! وانتقدت …`) is said by the subject of the sentence's first clause: a party that opens
//! the sentence or follows its first word (`وكانت ابنة الجنرال …، تشكو`). Used only when no
//! event before it in the sentence lends its actor. A party further in is mostly an object
//! or a genitive (`رفعت دانييلز دعوى ضد ترامب، واتهمته`), and `يتهم` with its charge right
//! after it is the passive (`ويحتجز برونسون في تركيا، ويتهم بأن له صلة`). The party must
//! agree with the verb's letters (a feminine or plural verb is no masculine body's). The
//! verb's object, never sought without a subject, is then taken past a resumptive
//! (`انتقدت خلالها الرئيس`).
//!
//! A demand after a comma that was read VSO, its one party followed by the demand's بـ or
//! إلى (`ونبهت وزارة الثقافة …، وطالبت اليونسكو بحماية التراث`), is the same clause: the
//! party after the verb is the one asked, the sentence's first party asks (`events.rs`,
//! with [`demand_follows`]).
//!
//! A verb whose party after it its gender showed to be the object (`verb_gender`) takes
//! the same first party also when it carries و or follows لكنه (`coordinated_actor`):
//! `وردت إسرائيل بغضب … وانتقدت الاتحاد الأوروبي`.

use super::args::{self, Arg, Context, Pronoun};
use crate::mentions::ActorSpan;
use marsad_lexicon::Kind;
use marsad_text::normalize::without_conjunction;
use super::{dateline, Input};

/// How far before the verb the sentence's first party may start (as for participles).
const BACK: usize = 30;
/// How many words may stand before the subject of the first clause (`وكان`، `كذلك يصوت`).
const SUBJECT_AT: usize = 2;

/// The first party of the sentence before the verb at `verb`, when a comma stands right
/// before the verb; not a party already among `recipients`.
pub(super) fn main_clause_actor(ctx: &Context, input: &Input, verb: usize, lemma: &str, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    if verb == 0 || verb <= s0 || !args::is_comma(input, verb - 1) {
        return None;
    }
    first_clause_actor(ctx, input, verb, lemma, s0, recipients)
}

/// The same for a verb whose party after it its gender showed to be the object
/// (`verb_gender`): the verb also opens a clause when it carries و or follows لكنه
/// (`وكان الناطق باسم الجيش الوطني الليبي أكد التقدم في درنة واتهم تركيا بإيواء`،
/// `السعودية كانت قد استدعت سفيرها لدى كندا وطردت السفير الكندي`، `لكنه حث موسكو`).
pub(super) fn coordinated_actor(ctx: &Context, input: &Input, verb: usize, lemma: &str, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    if verb == 0 || verb <= s0 || !opens_coordinated_clause(input, verb, lemma) {
        return None;
    }
    first_clause_actor(ctx, input, verb, lemma, s0, recipients)
}

/// Does the verb at `verb` open a clause going on from the one before it: after a comma,
/// carrying و or ف, after لكنه or حيث?
fn opens_coordinated_clause(input: &Input, verb: usize, lemma: &str) -> bool {
    let key = input.keys[verb].as_str();
    // (A lemma opening with و or ف, وصف، فرض, shows its conjunction doubled: ووصف.)
    let conjoined = if marsad_text::normalize::key(lemma).starts_with(['و', 'ف']) {
        let mut c = key.chars();
        matches!(c.next(), Some('و' | 'ف')) && matches!(c.next(), Some('و' | 'ف'))
    } else {
        without_conjunction(key) != key
    };
    let after_but = matches!(input.keys[verb - 1].as_str(), "لكنه" | "ولكنه" | "لكنها" | "ولكنها");
    // (وصل إلى موسكو، حيث التقى نظيره: "where" goes on with the same subject.)
    let after_where = matches!(input.keys[verb - 1].as_str(), "حيث" | "وحيث");
    args::is_comma(input, verb - 1) || conjoined || after_but || after_where
}

/// The same for a verb of a second clause of its sentence joined by its و (or ف), كما or
/// لكنه (`واتهم ألدرين نجله بالاستغلال، كما اتهم ابنته بالاحتيال`): whether or not a
/// gender showed the party after it to be its object. Not a verb opening its sentence.
pub(super) fn continued_actor(ctx: &Context, input: &Input, verb: usize, lemma: &str, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    if verb < s0 + 2 {
        return None;
    }
    let after_also = matches!(input.keys[verb - 1].as_str(), "كما" | "وكما") && verb >= s0 + 3;
    // (A comma alone may open a description of the noun before it: مذكرة توقيف بحق 417
    // شخصا، تتهم السلطات التركية بتحويل أموال: the authorities accuse them.)
    let joined = after_also || without_conjunction(&input.keys[verb]) != input.keys[verb] || matches!(input.keys[verb - 1].as_str(), "لكنه" | "ولكنه" | "لكنها" | "ولكنها");
    if !joined || input.keys[verb] == "دان" {
        return None;
    }
    // (The caller has the party between the verb and its charge: no passive's charge.)
    first_clause_party(ctx, input, verb, lemma, s0, recipients)
}

fn first_clause_actor(ctx: &Context, input: &Input, verb: usize, lemma: &str, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    // (دان is also the name Dan: الرئيس التنفيذي للشركة، دان فاهدات.)
    if charge_follows(input, verb) || input.keys[verb] == "دان" {
        return None;
    }
    first_clause_party(ctx, input, verb, lemma, s0, recipients)
}

/// The party opening the sentence's first clause, agreeing with the verb at `verb`.
fn first_clause_party(ctx: &Context, input: &Input, verb: usize, lemma: &str, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    let lo = verb.saturating_sub(BACK).max(s0).max(dateline::dateline_end(input));
    let m = args::first_mention(ctx, input, lo, verb - 1).filter(|&m| input.mentions[m].tok_start <= lo + SUBJECT_AT)?;
    let start = input.mentions[m].tok_start;
    // Not a party after a frame (وبحسب الصحف الإسبانية، اتهم شخص), nor the speaker of
    // a that-clause or quotation the verb is in (قال إن على الجميع … تحمل المسؤولية).
    if start > lo && framed(input, start, lo) || (start..verb).any(|k| args::is_quote_mark(input, k) || is_that(&input.keys[k])) {
        return None;
    }
    if !subject_agrees(input, &input.mentions[m], verb, lemma) {
        return None;
    }
    let actor = Arg::from_mention(&input.mentions[m], input.home);
    (!recipients.iter().any(|r| r.tok_start == actor.tok_start)).then_some(actor)
}

/// Does the party agree with the subject the verb's letters show? A verb in ـت or تـ is
/// feminine (`أمر القضاء المصري بسجن مواطنة …، اتهمت فيه`: not the judiciary), one in ـوا،
/// ـون، ـن plural (`دعوى تقدمت بها 4 رياضيات …، اتهمن فيها`). A person's gender is not
/// known: any singular verb may be theirs.
pub(super) fn subject_agrees(input: &Input, m: &ActorSpan, verb: usize, lemma: &str) -> bool {
    let p = subject_of(&input.keys[verb], lemma);
    let person = matches!(m.kind, Kind::Person | Kind::PersonShort);
    if person && p != Pronoun::Plural {
        return true;
    }
    args::agrees(input, m, p)
}

/// The subject a verb's letters show, past its conjunction and object pronoun (`key`: the
/// verb's matching key, with no diacritics).
fn subject_of(key: &str, lemma: &str) -> Pronoun {
    let w = without_conjunction(key);
    let stem = ["هما", "هم", "هن", "ها", "ه", "ني", "نا"]
        .iter()
        .find_map(|p| w.strip_suffix(p).filter(|r| r.chars().count() >= 3))
        .unwrap_or(w);
    let before_last = stem.chars().rev().nth(1);
    if stem.ends_with("وا") || stem.ends_with("ون") || stem.ends_with('ن') && !matches!(before_last, Some('ي' | 'ا')) && stem.chars().count() >= 4 {
        Pronoun::Plural
    } else if stem.ends_with('ت') && !lemma.ends_with('ت') || stem.starts_with('ت') && !lemma.starts_with('ت') {
        Pronoun::Feminine
    } else {
        Pronoun::Masculine
    }
}

/// Does a frame stand right before the party at `start`, or before a source noun before
/// it (`ووفقا لمصادر سكاي نيوز عربية`، `بحسب وكالة رويترز` with the outlet alone a mention)?
fn framed(input: &Input, start: usize, lo: usize) -> bool {
    const SOURCES: &[&str] = &["مصادر", "مصدر", "وكاله", "صحيفه", "قناه", "موقع", "تقرير", "تقارير"];
    let source = |k: &str| SOURCES.contains(&k.strip_prefix('ل').unwrap_or(k));
    is_frame(&input.keys[start - 1]) || start >= lo + 2 && source(&input.keys[start - 1]) && is_frame(&input.keys[start - 2])
}

/// A preposition or a source frame before a party (بحسب، وفق).
fn is_frame(key: &str) -> bool {
    args::is_preposition(key) || ["بحسب", "وبحسب", "حسب", "وحسب", "وفق", "وفقا", "ووفقا", "طبقا", "وطبقا", "لدي"].contains(&key)
}

/// The complementizers that open a reported clause.
fn is_that(key: &str) -> bool {
    const THAT: &[&str] = &["ان", "بان", "وان", "انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"];
    THAT.contains(&key)
}

/// Does the demand's complement open at token `at`: بـ + a noun (بحماية، بالإفراج) or
/// إلى (دعا … إلى)?
pub(super) fn demand_follows(input: &Input, at: usize) -> bool {
    input.keys.get(at).is_some_and(|w| w == "الي" || w.starts_with('ب') && w.chars().count() >= 4)
}

/// A word in بـ right after a verb of accusing with no object pronoun, or after one word
/// more (`ويتهم بالتورط`، `ويُتهم بأنه`، `واتهم رسميا بخيانة الأمانة`): the charge of a
/// passive, no object (other verbs take a manner there: `وانتقد بشدة`; `واتهمها أيضا بأنها`
/// has its object).
fn charge_follows(input: &Input, verb: usize) -> bool {
    let key = input.keys[verb].as_str();
    (key.ends_with("تهم") || key.ends_with("تهمت")) && (verb + 1..verb + 3).any(|k| input.keys.get(k).is_some_and(|w| w.starts_with('ب')))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, sides};

    #[test]
    fn a_demand_coordinated_after_a_comma_is_the_first_partys_of_the_party_after_it() {
        let t = "ونبهت وزارة الثقافة اليمنية من الآثار الكارثية للعبث، وطالبت اليونسكو بحماية التراث الإنساني لصنعاء القديمة.";
        let found = events(t);
        let asked = found.iter().find(|e| e.kind == "REQUEST").expect("request");
        assert_eq!(asked.actors.first().and_then(|a| a.actor.as_deref()), Some("YEMGOV"), "{found:?}");
        assert!(asked.recipients.iter().any(|r| r.text == "اليونسكو"), "{found:?}");
        // A plural in the nominative after the verb is its subject.
        let t = "وتظاهر آلاف الأشخاص في الرباط، ودعا المحتجون إلى الإفراج عن المعتقلين.";
        assert!(events(t).iter().filter(|e| e.kind == "REQUEST").all(|e| e.recipients.iter().all(|r| r.text != "المحتجون")), "{:?}", events(t));
        // With no comma the party after the verb asks (وطالبت اليونسكو بحماية التراث).
        let t = "وطالبت اليونسكو بحماية التراث الإنساني لصنعاء القديمة.";
        let found = events(t);
        let asked = found.iter().find(|e| e.kind == "REQUEST").expect("request");
        assert!(asked.actors.iter().any(|a| a.text == "اليونسكو"), "{found:?}");
    }

    #[test]
    fn an_outlet_after_a_frame_and_a_source_noun_lends_no_actor() {
        let t = "ووفقا لمصادر قناة الجزيرة فقد أرسل المسلحون سيارات تحمل مكبرات صوت، تطلب من السكان مغادرة المدينة.";
        let found = events(t);
        assert!(found.iter().filter(|e| e.kind == "REQUEST").all(|e| e.actors.iter().all(|a| !a.text.contains("الجزيرة"))), "{found:?}");
    }

    #[test]
    fn a_criticism_after_a_comma_is_the_first_partys() {
        let t = "ألقت ابنة السيناتور الأميركي الراحل جون ماكين كلمة مؤثرة، انتقدت خلالها الرئيس الأميركي دونالد ترامب.";
        assert!(sides(t, "ACCUSE").iter().any(|(a, _)| a.as_deref() == Some("USA")), "{:?}", sides(t, "ACCUSE"));
        // Its object past the resumptive is the one criticized.
        let found = events(t);
        assert!(found.iter().any(|e| e.kind == "ACCUSE" && e.recipients.iter().any(|p| p.text.contains("ترامب"))), "{found:?}");
        let t = "وردت الصين على الفور برسوم جمركية على منتجات أميركية، وانتقدت أكبر حرب تجارية في التاريخ.";
        assert_eq!(sides(t, "ACCUSE"), vec![(Some("CHN".into()), None)]);
    }

    #[test]
    fn a_party_deeper_in_the_first_clause_or_a_passive_lends_nothing() {
        // Dropped subjects here are not the party named: the plaintiff is no mention, the
        // accused is the passive's subject.
        assert!(sides("وفي أبريل الماضي، رفعت الممثلة دعوى قضائية ضد الرئيس الأمريكي، واتهمته بمحاولة تشويه سمعتها.", "ACCUSE").iter().all(|(a, _)| a.is_none()));
        assert!(sides("واعتقل رئيس الوزراء الماليزي السابق في يوليو، واتهم رسميا بخيانة الأمانة.", "ACCUSE").is_empty());
        assert!(sides("وقال الوزير البريطاني إنه ينبغي على بوتين، تحمل المسؤولية عن الهجوم.", "ACCUSE").iter().all(|(a, _)| a.as_deref() != Some("GBR")));
        assert!(sides("وبحسب الصحف الإسبانية، اتهم شخص اللاعب بالضرب.", "ACCUSE").iter().all(|(a, _)| a.is_none()));
        assert!(sides("وحسب رويترز، انتقد السناتور روبرت منينديز إدارة ترامب.", "ACCUSE").iter().all(|(a, _)| a.as_deref() != Some("GBR")));
        let t = "ويحتجز القس الأمريكي منذ عامين في تركيا، ويتهم بأن له صلة بحزب العمال الكردستاني.";
        assert!(events(t).iter().all(|e| !e.rule.contains("main-clause")), "{:?}", events(t));
    }

    #[test]
    fn a_party_the_verb_does_not_agree_with_lends_nothing() {
        // A feminine verb is not the judiciary's, a plural one not a man's.
        let t = "أمر القضاء المصري بسجن مواطنة لبنانية هاجمت في فيديو المصريين، اتهمت فيه المصريين بالتحرش الجنسي.";
        assert!(sides(t, "ACCUSE").iter().all(|(a, _)| a.as_deref() != Some("EGY")), "{:?}", sides(t, "ACCUSE"));
        let t = "ويأتي إيقاف المدرب الأمريكي ستيفن لوبيز بعد دعوى تقدمت بها 4 رياضيات، اتهمن فيها اللجنة الأولمبية بالإهمال.";
        assert!(sides(t, "ACCUSE").iter().all(|(a, _)| a.is_none()), "{:?}", sides(t, "ACCUSE"));
        // A masculine verb is the masculine body's.
        let t = "ووجه المحامي الخاص روبرت مولر الاتهام إلى 13 روسيا، واتهمهم بالتآمر.";
        assert!(sides(t, "ACCUSE").iter().any(|(a, _)| a.as_deref() == Some("USA")), "{:?}", sides(t, "ACCUSE"));
    }

    #[test]
    fn without_a_comma_before_it_no_party_is_lent() {
        // A verb with no subject and no comma before it stays without one (and so no event).
        assert!(sides("وتسبب القرار في غضب وزير الخارجية المصري وانتقد الخطوة بشدة.", "ACCUSE").is_empty());
    }
}
