//! A speaker named by a noun with a possessive pronoun (مكتبه، حكومتها، محاميه، أنصاره)
//! speaks for the pronoun's referent: with no country of its own it takes the country of
//! the nearest person (for ه) or actor (for ها) named before it in its sentence (…رئيس
//! الوزراء الإسرائيلي بنيامين نتنياهو …، وفق ما أفاد مكتبه → ISR), not the story's.

use super::Input;
use marsad_lexicon::Kind;

/// Noun stems (keys) that belong to someone: his office, government, lawyer, aides.
const HEADS: &[&str] = &[
    "مكتب", "حكومت", "حزب", "سفارت", "وزارت", "مساعدو", "مساعد", "انصار", "محامي", "متحدث", "ناطق", "فريق", "ادارت", "ديوان",
    "مستشار", "ممثل", "حملت", "مقربو", "عائلت", "اسرت", "محامو",
];

/// How many tokens before the speaker the referent may be named.
const REACH: usize = 30;

/// The country of the referent of the possessive pronoun on the speaker's last word
/// (tokens `start..end`, at most three), when the sentence names one before it.
pub(super) fn owner_country(input: &Input, start: usize, end: usize) -> Option<String> {
    if end == 0 || end - start > 3 {
        return None;
    }
    let last = input.keys[end - 1].as_str();
    let (stem, person) = if let Some(s) = last.strip_suffix("ها") {
        (s, false)
    } else {
        (last.strip_suffix('ه')?, true)
    };
    if !HEADS.contains(&stem) {
        return None;
    }
    let (s0, _) = input.sentence_tokens(start);
    let from = s0.max(start.saturating_sub(REACH));
    let upto = input.mentions.partition_point(|m| m.tok_end <= start);
    let fits = |k: Kind, one_person: bool| match k {
        Kind::Person | Kind::PersonShort => true,
        Kind::Agent => one_person || !person,
        Kind::State | Kind::Capital | Kind::Metonym | Kind::Igo | Kind::Group => !person,
        _ => false,
    };
    let m = input.mentions[..upto].iter().rev().take_while(|m| m.tok_start >= from).find(|m| fits(m.kind, m.person_noun))?;
    // (The referent's own country, not a guess of the story's.)
    if m.rule.contains("+context:") {
        return None;
    }
    m.country.as_deref().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::country_of;

    #[test]
    fn a_possessed_speaker_takes_its_owners_country() {
        let text = "والتقى المبعوث الأمريكي رئيس الوزراء الإسرائيلي بنيامين نتنياهو لمناقشة عملية السلام، وفق ما أفاد مكتبه.";
        assert_eq!(country_of(text, "والتقى").as_deref(), Some("ISR"));
    }

    #[test]
    fn his_needs_a_person() {
        // ه is a man's: a state named before is not his owner; the story's country stays.
        let text = "وأعلنت واشنطن أن الولايات المتحدة سترسل وفدا إلى المنطقة. وأغلقت السلطات الحدود مع إيطاليا، وفق ما أفاد مكتبه.";
        assert_eq!(country_of(text, "وأغلقت").as_deref(), Some("USA"));
        // …and a man named before him is.
        let text = "وأعلنت واشنطن أن الولايات المتحدة سترسل وفدا إلى المنطقة. واستقبل الرئيس الإيطالي سيرجيو ماتاريلا الوفد، وفق ما أفاد مكتبه.";
        assert_eq!(country_of(text, "واستقبل").as_deref(), Some("ITA"));
    }
}
