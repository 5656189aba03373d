//! The words around a group anaphor that still refer back, and the antecedents that do
//! not begin with its noun (read by the group anaphors of `mentions.rs`):
//! - a demonstrative before it (هذه الحركة، لهذا التنظيم، تلك الفصائل) belongs to the
//!   mention, and makes a few plural group nouns refer back that are too common alone
//!   (الفصائل، التنظيمات): after a demonstrative they point to the last named group;
//! - an attribute after it that does not make it another body (التنظيم الإرهابي،
//!   التنظيم المتطرف، الحزب المذكور) belongs to the mention too;
//! - a group named without the noun (داعش، حماس) is still its antecedent when the
//!   dictionary names the same group with it (تنظيم داعش، حركة حماس).

use marsad_text::normalize::nisba_shaped;
use super::ActorSpan;
use marsad_lexicon::{Kind, Lexicon};

/// Demonstratives before a definite noun, as keys, after و/ف and ل/ب (لهذه، وبهذا).
const DEMONSTRATIVES: &[&str] = &["هذه", "هذا", "تلك", "ذلك", "هؤلاء", "هاؤلاء", "هذين", "هاتين", "هذان", "هاتان"];

/// Is `key` a demonstrative, perhaps after و/ف and a preposition ل/ب? Also whether a
/// preposition is written on it.
pub(super) fn demonstrative(key: &str) -> Option<bool> {
    let rest = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    if DEMONSTRATIVES.contains(&rest) {
        return Some(false);
    }
    let rest = rest.strip_prefix(['ل', 'ب'])?;
    DEMONSTRATIVES.contains(&rest).then_some(true)
}

/// "Same" before a definite noun (ذات المستشفى، نفس الشركة، وفي ذات الجامعة), as keys,
/// perhaps after و/ف and ب/ل: with a noun that refers back, it belongs to the mention.
const SAME_BEFORE: &[&str] = &["ذات", "نفس"];

/// "Itself" after a noun (الشركة نفسها، المستشفى ذاته), as keys.
const SAME_AFTER: &[&str] = &["نفسه", "نفسها", "ذاته", "ذاتها"];

/// Is `key` a "same" word before a noun ([`SAME_BEFORE`]), perhaps after و/ف and ب/ل?
/// Also whether a preposition is written on it.
pub(super) fn same_before(key: &str) -> Option<bool> {
    let rest = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    if SAME_BEFORE.contains(&rest) {
        return Some(false);
    }
    let rest = rest.strip_prefix(['ل', 'ب'])?;
    SAME_BEFORE.contains(&rest).then_some(true)
}

/// Is `key` "itself" after a noun ([`SAME_AFTER`])?
pub(super) fn same_after(key: &str) -> bool {
    SAME_AFTER.contains(&key)
}

/// Group nouns that refer back only after a demonstrative (هذه الفصائل، هذا التيار، تلك
/// القيادات): alone they are as often any factions, currents or leaders at all. Each
/// refers to the last coded phrase that begins with it or names its body with it inside
/// (فصائل المعارضة، تحالف فصائل الحشد الشعبي، التيار الصدري، قيادات الحوثي).
pub(super) const AFTER_DEMONSTRATIVE: &[&str] = &["فصائل", "تنظيمات", "جماعات", "مجموعات", "حركات", "كتائب", "كتيبه", "تيار", "قيادات"];

/// Anaphor nouns that are also participles (منظِّمة "regulating", مؤسِّسة "founding").
pub(super) const PARTICIPLES: &[&str] = &["منظمه", "مؤسسه"];

/// Is `key` a definite word as an adjective follows it: with the article and nothing
/// before it, and not a demonstrative or a short function word (الى، التي)?
pub(super) fn definite_word(key: &str) -> bool {
    key.starts_with("ال") && key.chars().nth(4).is_some() && demonstrative(key).is_none() && !matches!(key, "التي" | "الذي" | "الذين" | "اللتين" | "اللذين")
}

/// "Other" after a plural noun (الميليشيات الأخرى): not the group named before.
pub(super) const OTHER: &[&str] = &["الاخري", "الاخرى"];

/// Nouns that refer back to a group named without them only when they head its name
/// (التنظيم → داعش): not تحالف and ائتلاف, also "allying" (إمكانية التحالف), nor the
/// militias, in the plural often militias at large (تسليح الميليشيات after حزب الله).
pub(super) fn names_a_group(noun: &str) -> bool {
    !matches!(noun, "تحالف" | "ائتلاف" | "ميليشيات")
}

/// Attributes after a group anaphor that keep it the group named before, as keys (the
/// group is called terrorist or extremist, or "the aforesaid").
const ATTRIBUTES: &[&str] = &[
    "الارهابي", "الارهابيه", "المتطرف", "المتطرفه", "المسلح", "المسلحه", "المذكور", "المذكوره", "المتشدد", "المتشدده",
];

/// How many tokens from `from` on (at most two) are [`ATTRIBUTES`].
pub(super) fn attributes_at(keys: &[String], from: usize) -> usize {
    keys.iter().skip(from).take(2).take_while(|k| ATTRIBUTES.contains(&k.as_str())).count()
}

/// Are the words `words` all [`ATTRIBUTES`]?
pub(super) fn all_attributes(words: &[String]) -> bool {
    words.iter().all(|k| ATTRIBUTES.contains(&k.as_str()))
}

/// How a phrase coded `actor` by `rule` names a body in construct inside it (see
/// [`inner_body_noun`]): `Some(true)` when its rule names the dictionary body
/// (`group:`/`igo:` followed by the phrase's own actor, not a longer code that begins
/// with it) or its members, `Some(false)` when only a metonym does (`metonym:`), `None`
/// when the phrase is no body's. One walk over the rule's colons: the group anaphors
/// ask it of every coded role phrase, twice (anaphor and demonstrative nouns), and three
/// substring searches each cost more than the rest of their test.
pub(super) fn body_reading(rule: &str, actor: &str) -> Option<bool> {
    let mut metonym = false;
    for (colon, _) in rule.bytes().enumerate().filter(|&(_, b)| b == b':') {
        let head = &rule[..=colon];
        let named = head.ends_with("group:") || head.ends_with("igo:");
        if !named && !head.ends_with("metonym:") {
            continue;
        }
        let code = &rule[colon + 1..];
        if code.starts_with(actor) && !code[actor.len()..].starts_with(|c: char| c.is_ascii_uppercase()) {
            if named {
                return Some(true);
            }
            metonym = true;
        }
    }
    if rule.ends_with("+members") {
        return Some(false);
    }
    metonym.then_some(false)
}

/// The anaphor noun (as `noun_of` reads one) of the first of `later_words`, the words of a
/// coded phrase after its first, that names a body, when the phrase is coded as that
/// body (its `rule` names the dictionary body with the phrase's own `actor`, or its
/// members: رجال ونساء وكالة المخابرات، مجلس شورى حزب الله، قوات التحالف العربي): the
/// noun alone refers back to the phrase as to a name it began. Not a phrase of its people
/// coded otherwise (نواب حزب نداء تونس → TUNLEG, the MPs, not the party). A metonym names
/// its body without the noun (الكرملين): inside a phrase coded as one, only a noun in
/// construct, which begins the metonym's own name (وكالة المخابرات), is read; a definite
/// one is another phrase (زعماء المجموعة الكرملين). `reading` is [`body_reading`]'s
/// answer for the phrase's rule and actor.
pub(super) fn inner_body_noun(
    later_words: &[String],
    reading: Option<bool>,
    noun_of: impl Fn(&str) -> Option<&'static str>,
    definite: impl Fn(&str, &str) -> bool,
) -> Option<&'static str> {
    let named = reading?;
    later_words.iter().find_map(|w| noun_of(w).filter(|n| named || !definite(w, n)))
}

/// The anaphor noun of the body a role phrase coded by a state's nisba names in construct
/// right after its role noun (مخابرات السلطة الفلسطينية، المتحدث باسم السلطة الفلسطينية،
/// رئيس مجلس النواب المصري): the phrase speaks for that body, so the noun alone later
/// (والسلطة، المجلس) refers back to it, as to a body named by a phrase it begins.
pub(super) fn body_in_construct(later_words: &[String], rule: &str, noun_of: impl Fn(&str) -> Option<&'static str>) -> Option<&'static str> {
    if !rule.starts_with("agent+state") {
        return None;
    }
    let at = usize::from(later_words.first().is_some_and(|w| w == "باسم"));
    // The body, the definite words of its name (مجلس النواب، هيئة الأركان العامة) and its
    // state's word end the phrase: a place after في is where the people of the phrase
    // serve (مدراء المفوضية في الأردن), not whose body it is. A name of several words
    // follows a body noun in construct, and ends in a nisba (ي، ية), not in a state's
    // own name (خبراء المنظمة المملكة المتحدة: two phrases read as one).
    let name_words = later_words.len().checked_sub(at + 2)?;
    let last = &later_words[later_words.len() - 1];
    let named = name_words == 0
        || name_words <= BODY_NAME_WORDS
            && !later_words[at].starts_with("ال")
            && nisba_shaped(last)
            && later_words[at + 1..later_words.len() - 1].iter().all(|w| w.starts_with("ال"));
    if !named {
        return None;
    }
    later_words.get(at).and_then(|w| noun_of(w))
}

/// Most definite words of a body's own name between its noun and the state's nisba in
/// [`body_in_construct`].
const BODY_NAME_WORDS: usize = 2;

/// Is `s` a bare role noun in construct that ends right before the anaphor at `at`: one
/// uncoded indefinite word of no single person (مقاتلات، بعثة، دول), or a spokesman
/// phrase ending with باسم (المتحدث باسم), which the body the anaphor names completes
/// (the spokesman's code is the body's he speaks for, as for a named body)?
pub(super) fn construct_head(s: &ActorSpan<'_>, at: usize, keys: &[String]) -> bool {
    let open = s.tok_end == at && s.kind == Kind::Agent && s.rule == "agent" && s.actor.is_none() && s.country.is_none() && !s.needs_name;
    let spokesman = || s.tok_start + 2 <= at && keys[at - 1] == "باسم";
    open && (s.tok_start + 1 == at && !s.definite && !s.person_noun || spokesman())
}

/// Does the dictionary name the group that the words `name` name (`entity`) also with
/// `noun` before them: تنظيم + داعش, حركة + حماس? The first
/// word is read without its proclitics (لداعش، وحماس).
pub(super) fn named_with(lex: &Lexicon, noun: &str, name: &[String], entity: &str) -> bool {
    let Some(first) = name.first() else { return false };
    // The first word as written, without و/ف, then without ب/ل as well.
    let bare = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    let candidates = [Some(first.as_str()), Some(bare), bare.strip_prefix(['ب', 'ل'])];
    let mut words: Vec<String> = Vec::with_capacity(name.len() + 1);
    candidates.into_iter().flatten().any(|w| {
        words.clear();
        words.push(noun.to_string());
        words.push(w.to_string());
        words.extend(name[1..].iter().cloned());
        // A phrase of two words at least: the noun and the name's first word.
        lex.longest_at(&words, 0).is_some_and(|m| {
            m.end >= 2
                && m.entries.iter().any(|&id| {
                    let e = lex.entry(id);
                    e.kind == Kind::Group && e.entity == entity
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code as coded, mentions};
    use super::*;

    #[test]
    fn demonstratives_and_attributes_are_read() {
        assert_eq!(demonstrative("هذه"), Some(false));
        assert_eq!(demonstrative("ولهذا"), Some(true));
        assert_eq!(demonstrative("بتلك"), Some(true));
        assert_eq!(demonstrative("هذهب"), None);
        // Keys keep the hamza of هؤلاء (an entry spelled هولاء never matched).
        assert_eq!(demonstrative("هؤلاء"), Some(false));
        assert_eq!(demonstrative("لهؤلاء"), Some(true));
        let keys: Vec<String> = ["التنظيم", "الارهابي", "المذكور", "المتطرف"].iter().map(|k| k.to_string()).collect();
        assert_eq!(attributes_at(&keys, 1), 2);
        assert_eq!(attributes_at(&keys, 0), 0);
        assert!(all_attributes(&keys[1..]) && !all_attributes(&keys));
    }

    #[test]
    fn the_group_is_named_without_the_noun() {
        // داعش is named تنظيم داعش in the dictionary: the organisation refers back to it,
        // with the attribute after it and the demonstrative before it.
        let ms = mentions("هاجم داعش القرية. وخطف التنظيم الإرهابي عشرات المدنيين. وقال إن هذا التنظيم المتطرف ما زال قويا.");
        assert_eq!(coded(&ms, "التنظيم الإرهابي"), Some("IMGMUSISI"), "{ms:?}");
        assert_eq!(coded(&ms, "هذا التنظيم المتطرف"), Some("IMGMUSISI"), "{ms:?}");
        let ms = mentions("قالت حماس إن الاتفاق قريب. وأضافت الحركة أن الوفد عاد.");
        assert_eq!(coded(&ms, "الحركة"), Some("PSEREBHMS"), "{ms:?}");
    }

    #[test]
    fn a_noun_read_after_a_demonstrative_refers_to_a_phrase_that_names_it() {
        // فصائل inside the coalition's name, and at the head of a coded phrase.
        let ms = mentions("وحل في المركز الثاني تحالف فصائل الحشد الشعبي. ولعبت هذه الفصائل دورا كبيرا في المعارك.");
        assert_eq!(coded(&ms, "هذه الفصائل"), Some("IRQMIL"), "{ms:?}");
        let ms = mentions("وفاز التيار الصدري بأكبر عدد من المقاعد في العراق، ويضم هذا التيار وجوها شابة.");
        assert_eq!(coded(&ms, "هذا التيار"), Some("IRQPTY"), "{ms:?}");
        // A group in construct after such a noun is still what the phrase names: the
        // militias later refer back to the Houthis, not to their leaders.
        let ms = mentions("قتل عدد من قيادات ميليشيات الحوثي في اليمن. واعترفت الميليشيات بمقتلهم.");
        assert_eq!(coded(&ms, "الميليشيات"), Some("YEMREB"), "{ms:?}");
        // Without a demonstrative the noun alone refers to no one.
        let ms = mentions("وحل في المركز الثاني تحالف فصائل الحشد الشعبي. وقالت الفصائل إنها ستشارك.");
        assert_eq!(coded(&ms, "الفصائل"), None, "{ms:?}");
    }

    #[test]
    fn a_body_in_construct_after_a_role_noun_is_referred_back_to() {
        // The authority named inside its spokesman's or service's phrase: alone later it is
        // that body, with the phrase's state.
        let ms = mentions("وأدان المتحدث باسم السلطة الفلسطينية الهجوم على الموكب. وطالبت الحركة الرئيس عباس والسلطة بالاعتذار.");
        assert_eq!(coded(&ms, "والسلطة"), Some("PSEGOV"), "{ms:?}");
        let ms = mentions("وقال عميل بنك بريطاني إن حسابه اختفى. وأعلن البنك أنه يحقق في الأمر.");
        assert_eq!(coded(&ms, "البنك"), Some("GBRBUS"), "{ms:?}");
        // Not a phrase coded otherwise than by the nisba on its body.
        let words: Vec<String> = ["باسم", "السلطه", "الفلسطينيه"].iter().map(|k| k.to_string()).collect();
        let noun_of = |w: &str| (w == "السلطه").then_some("سلطه");
        assert_eq!(body_in_construct(&words, "agent+state", noun_of), Some("سلطه"));
        assert_eq!(body_in_construct(&words, "agent+group:PSEGOV", noun_of), None);
        let words: Vec<String> = ["السلطه", "في", "الاردن"].iter().map(|k| k.to_string()).collect();
        assert_eq!(body_in_construct(&words, "agent+state", noun_of), None);
        // A body of several words: the council of representatives, later the council.
        let ms = mentions("وقال رئيس مجلس النواب الأردني إن القانون سيقر قريبا. وأقر المجلس القانون بالأغلبية.");
        assert_eq!(coded(&ms, "المجلس"), Some("JORLEG"), "{ms:?}");
        let words: Vec<String> = ["المنظمه", "المملكه", "المتحده"].iter().map(|k| k.to_string()).collect();
        let noun_of = |w: &str| (w == "المنظمه").then_some("منظمه");
        assert_eq!(body_in_construct(&words, "agent+state", noun_of), None);
    }

    #[test]
    fn a_rule_names_a_body_by_its_own_code_only() {
        // The body's code anywhere in the rule, after group: or igo:, is read as named.
        assert_eq!(body_reading("agent+group:LBNREB+igo:UNO", "UNO"), Some(true));
        assert_eq!(body_reading("agent+igo:ARL", "ARL"), Some(true));
        // A metonym or the members: a body, not named by its noun.
        assert_eq!(body_reading("agent+metonym:RUSGOV", "RUSGOV"), Some(false));
        assert_eq!(body_reading("agent+person:X+members", "SYRGOV"), Some(false));
        // A longer code that begins with the actor's, another actor, or no body at all.
        assert_eq!(body_reading("agent+group:TUNGOVPTY", "TUNGOV"), None);
        assert_eq!(body_reading("agent+group:LBNREB", "SYRGOV"), None);
        assert_eq!(body_reading("agent+state", "EGY"), None);
        assert_eq!(body_reading("agent+subgroup:LBNREB", "LBNREB"), Some(true), "as a substring search read it");
    }

    #[test]
    fn a_body_named_inside_a_phrase_coded_as_it_is_referred_back_to() {
        let noun_of = |w: &str| (w == "حزب" || w == "لحزب" || w == "الحزب").then_some("حزب");
        let definite = |w: &str, _: &str| w.starts_with("ال");
        let words: Vec<String> = ["شوري", "حزب", "الله"].iter().map(|k| k.to_string()).collect();
        assert_eq!(inner_body_noun(&words, body_reading("agent+group:LBNREB", "LBNREB"), noun_of, definite), Some("حزب"));
        // Its MPs are not the party; nor is a longer code that begins with the actor's.
        assert_eq!(inner_body_noun(&words, body_reading("agent+group:TUNGOVPTY", "TUNLEG"), noun_of, definite), None);
        assert_eq!(inner_body_noun(&words, body_reading("agent+group:TUNGOVPTY", "TUNGOV"), noun_of, definite), None);
        assert_eq!(inner_body_noun(&words, body_reading("group:LBNREB+members", "LBNREB"), noun_of, definite), Some("حزب"));
        // Inside a metonym's phrase only a noun in construct.
        let words: Vec<String> = ["الحزب", "الكرملين"].iter().map(|k| k.to_string()).collect();
        assert_eq!(inner_body_noun(&words, body_reading("agent+metonym:RUSGOV", "RUSGOV"), noun_of, definite), None);
        assert_eq!(inner_body_noun(&words, body_reading("agent+group:RUSGOV", "RUSGOV"), noun_of, definite), Some("حزب"));
        let ms = mentions("وقال رجال ونساء وكالة المخابرات المركزية الأمريكية إنهم فخورون. وندرك أن الوكالة ستواصل عملها.");
        assert_eq!(coded(&ms, "الوكالة"), Some("USASPY"), "{ms:?}");
        // A construct head before the anaphor is the body's too; a definite noun is not.
        let ms = mentions("وقال المتحدث باسم قوات التحالف العربي إن الهجوم فشل. ونفذت مقاتلات التحالف غارات على المواقع.");
        assert_eq!(coded(&ms, "مقاتلات التحالف"), Some("SAUMIL"), "{ms:?}");
        let ms = mentions("وقالت قوات التحالف العربي إن الهجوم فشل. وأكد المتحدث باسم التحالف أن الغارة أصابت هدفها.");
        assert_eq!(coded(&ms, "المتحدث باسم التحالف"), Some("SAUMIL"), "{ms:?}");
        // A definite role noun before it is no construct head: the anaphor stays alone.
        let ms = mentions("وقال المتحدث باسم قوات التحالف العربي إن الهجوم فشل. وأشاد الوزير التحالف بالعملية.");
        assert!(ms.iter().all(|m| m.text != "الوزير التحالف"), "{ms:?}");
        let ms = mentions("وانقسم نواب حزب نداء تونس إزاء القانون، وأكد الحزب في بيان أن المساواة هدف.");
        assert_ne!(coded(&ms, "الحزب"), Some("TUNLEG"), "{ms:?}");
    }

    #[test]
    fn a_nearer_body_with_the_noun_wins() {
        // Fatah is named inside a longer phrase after Hamas: الحركة is not Hamas.
        let ms = mentions("قالت حماس إن الاتفاق قريب. وقال أمين سر اللجنة المركزية لحركة فتح إن وفد الحركة سلم رده.");
        assert_ne!(coded(&ms, "الحركة"), Some("PSEREBHMS"), "{ms:?}");
        // A participle after a definite word is its adjective.
        // After إلى or a verb with و it is the organisation.
        let text = "قالت منظمة العفو الدولية إن القوانين المنظمة للتجارة تغيرت. وأضافت المنظمة أنها قلقة. وانضمت إيران إلى المنظمة.";
        let ms = mentions(text);
        let after = text[..text.find("وأضافت").unwrap()].chars().count();
        let organisations: Vec<_> = ms.iter().filter(|m| m.text == "المنظمة" && m.actor.is_some()).collect();
        assert_eq!(organisations.len(), 2, "{ms:?}");
        assert!(organisations.iter().all(|m| m.start > after), "{ms:?}");
        // Other militias are not the one named.
        let ms = mentions("هاجمت ميليشيات الحوثي القرية. ودعمت إيران الميليشيات الأخرى.");
        assert!(ms.iter().all(|m| m.text != "الميليشيات" || m.actor.is_none()), "{ms:?}");
    }
}
