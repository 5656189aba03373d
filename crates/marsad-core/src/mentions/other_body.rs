//! A group anaphor with a classifying adjective after it names another body than the
//! group named before (`group_anaphora`): `الاتحاد الجمركي` is the customs union, not the
//! European Union named before; `الاتحاد الاقتصادي`، `الاتحاد الوطني لنقابات …`، `الشركة العامة
//! للبترول`، `الحركة الفنية` after Hamas. The whole corpus had about 90 such anaphors coded as
//! the earlier body (37 of them `الاتحاد الجمركي` after the EU). A nisba-shaped
//! definite adjective right after the noun keeps the link only when the antecedent's own
//! phrase has that word (`الحركة الإسلامية` after
//! `حركة المقاومة الإسلامية`), when it calls the group terrorist or extremist
//! (`referring::attributes_at`), when it is a state's nisba (left to `another_states`), or
//! when it is a generic word (`الدولية`: the press calls the UN `المنظمة الدولية`; `العسكري`;
//! a creed or deed, `التنظيم الجهادي`، `الجماعة الانقلابية`), or when it does not agree with the
//! noun in gender (`خسائر التنظيم المتتالية`: the head's adjective). Plural nouns are left alone.

use marsad_text::normalize::nisba_shaped;
use super::{adjective, nationality, referring, ActorSpan, Cx};

/// Adjectives that do not tell the body apart (keys): the UN is `المنظمة الدولية`, the
/// US-led coalition `التحالف العالمي`, a military coalition the one named before, and a
/// group is called by its creed or its deed (`التنظيم الجهادي`، `الجماعة الانقلابية`).
const GENERIC: &[&str] = &[
    "الدولي", "الدوليه", "العالمي", "العالميه", "العسكري", "العسكريه", "الرسمي", "الرسميه", "الحكومي", "الحكوميه",
    "الجهادي", "الجهاديه", "السلفي", "السلفيه", "الانقلابي", "الانقلابيه", "الاخواني", "الاخوانيه", "الارهابي",
    "الارهابيه", "الاجرامي", "الاجراميه", "الدموي", "الدمويه", "التكفيري", "التكفيريه", "الحقوقي", "الحقوقيه",
    "الانفصالي", "الانفصاليه", "الشعبوي", "الشعبويه", "السيادي", "السياديه", "السامي", "الساميه",
    // Nouns of that shape, the verb's object after the anaphor (تضفي الجامعة الشرعية،
    // حمّل السبسي الحركة المسؤولية).
    "الشرعيه", "المسؤوليه", "الاتفاقيه", "القضيه", "العمليه", "الحريه", "الهويه", "الاولويه", "الميزانيه", "الجنسيه",
    "الاغلبيه", "الاكثريه", "الغالبيه", "الشخصيه", "العضويه", "الرؤيه", "التسويه", "الضحيه", "الحمايه", "الولايه",
    // Participles, which lead on to their complement (الجماعة الموالية للنصرة).
    "المعني", "المعنيه", "الموالي", "المواليه", "الراعي", "الراعيه",
    // A region's adjective names the union or league it is (الاتحاد القاري، الأوربي).
    "القاري", "القاريه", "الاوروبي", "الاوربي", "الاوروبيه", "الاوربيه", "الافريقي", "الافريقيه", "العربي", "العربيه",
    "الخليجي", "الخليجيه",
    // Numbers (دول الاتحاد الثماني والعشرين).
    "الثاني", "الثانيه", "الثماني", "الحادي",
];

/// Words before the anaphor that make it an apposition describing the body just named
/// (صحيفة "ليكيب"، وهي الصحيفة الرياضية الفرنسية).
const APPOSITION: &[&str] = &["وهي", "وهو", "هي", "هو"];

/// Does the adjective key `adj` agree in gender with the singular anaphor key `noun`
/// (الهيئة العامة، الاتحاد الجمركي)? One that does not is the adjective of a head noun
/// before the anaphor (خسائر التنظيم المتتالية، موقع الهيئة الإلكتروني، سفن التحالف البحرية).
fn agrees(noun: &str, adj: &str) -> bool {
    if noun.ends_with("ات") || !nisba_shaped(adj) {
        return false;
    }
    noun.ends_with('ه') == adj.ends_with("يه")
}

/// `w`, a key, without the feminine ending (الإسلامية → الإسلامي).
fn masculine(w: &str) -> &str {
    w.strip_suffix('ه').unwrap_or(w)
}

/// Does the word at `next`, right after a group anaphor, name another body than
/// `group`, the anaphor's antecedent?
pub(super) fn names_another_body(cx: &Cx<'_, '_>, next: usize, group: &ActorSpan<'_>) -> bool {
    let keys = cx.keys;
    let Some(k) = keys.get(next) else { return false };
    let Some(noun) = next.checked_sub(1).map(|t| keys[t].as_str()) else { return false };
    if !adjective(k) || !agrees(noun, k) || !referring::definite_word(k) || GENERIC.contains(&k.as_str()) || referring::attributes_at(keys, next) > 0 {
        return false;
    }
    if cx.para_start(next) || cx.punct_token(next).is_some() {
        return false;
    }
    // A news outlet is described by what it covers (الصحيفة الاقتصادية); an apposition
    // after وهي or a comma describes the body just named.
    let outlet = group.actor.as_deref().is_some_and(|a| a.ends_with("MED"));
    let apposition = next >= 2 && (APPOSITION.contains(&keys[next - 2].as_str()) || cx.punct_token(next - 2).is_some());
    if outlet || apposition {
        return false;
    }
    // The antecedent's own word, with or without a clitic on it or its feminine ending.
    let own = keys[group.tok_start..group.tok_end].iter().any(|w| masculine(w).ends_with(masculine(k)));
    !own && nationality(cx, next).is_none()
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_classifying_adjective_names_another_body() {
        let ms = mentions("وقالت رئيسة الوزراء إن بريطانيا ستغادر الاتحاد الأوروبي. وأضافت أن الخروج من الاتحاد الجمركي سيضر بالصناعة.");
        assert_eq!(code(&ms, "الاتحاد الأوروبي"), Some("IGOEUREEC"), "{ms:?}");
        assert!(ms.iter().all(|m| !(m.text == "الاتحاد" && m.actor.is_some())), "{ms:?}");
    }

    #[test]
    fn the_group_s_own_words_and_the_terrorist_keep_the_link() {
        let ms = mentions("وقالت حركة المقاومة الإسلامية إن الاتفاق قريب. وأكدت الحركة الإسلامية أن الوفد عاد.");
        assert_eq!(ms.iter().filter(|m| m.actor.as_deref() == Some("PSEREBHMS")).count(), 2, "{ms:?}");
        // Another word of that shape is another movement (الحركة الفنية).
        let ms = mentions("وقالت حركة حماس إن الاتفاق قريب. وأكدت الحركة الفنية أن المهرجان عاد.");
        assert_eq!(ms.iter().filter(|m| m.actor.as_deref() == Some("PSEREBHMS")).count(), 1, "{ms:?}");
        let ms = mentions("وأعلن تنظيم داعش مسؤوليته عن الهجوم. وقال التنظيم الإرهابي إن مقاتليه قتلوا الجنود.");
        assert!(ms.iter().any(|m| m.text.starts_with("التنظيم") && m.actor.as_deref() == Some("IMGMUSISI")), "{ms:?}");
        // An adjective of another gender is the head's: خسائر … المتتالية.
        let ms = mentions("وأعلن تنظيم داعش مسؤوليته عن الهجوم. ولعل خسائر التنظيم المتتالية دفعته إلى ذلك.");
        assert_eq!(ms.iter().filter(|m| m.actor.as_deref() == Some("IMGMUSISI")).count(), 2, "{ms:?}");
    }
}
