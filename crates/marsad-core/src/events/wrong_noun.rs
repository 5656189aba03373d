//! Nouns of wrongdoing with their doer (`wrong-noun` rows of `event-words.tsv`: انتهاكات،
//! جرائم، إرهاب، عدوان، تصعيد …): said in a quotation of another party, the noun charges its
//! doer with the wrong, as the verbs of wrongdoing do (`wrongdoing.rs`): `قال الوزير إن
//! انتهاكات إسرائيل مستمرة`، `وندد بالتصعيد الحوثي`. The doer is the party right after the
//! noun: its genitive after an indefinite noun (`جرائم الاحتلال`، `إرهاب إيران`), a nisba
//! after a definite one (`العدوان التركي`); nothing else (`العدوان على سوريا` names the
//! victim, `الانتهاكات في اليمن` the place).
//!
//! Not a noun in a list after a colon (a list of topics), nor one in a clause that reports
//! another's charge or a denial (`نفى الاتهامات بارتكاب جرائم`), nor a doer that is a city
//! (`اعتداءات باريس`: where, not who), nor an indefinite phrase (`جريمة منظمة`:
//! organized crime). The caller (`evaluation.rs`) leaves out the speaker's
//! own side, negations and conditions.

use super::args::{agent_marker_at, antecedent_mention, pronoun_on, Context, Pronoun};
use super::evaluation::clause_punct;
use super::Input;
use marsad_lexicon::events::EventWord;
use marsad_text::normalize::{has_chars, key_is_definite, nisba_shaped, possessed_stems};
use marsad_text::token::TokenKind;

/// Words of a charge or a claim: a wrong noun after them in its clause is what another
/// party alleges (اتهامات، مزاعم، ادعاءات), keys' starts without و or the article.
const CHARGE_WORDS: &[&str] = &["اتهام", "تهم", "مزاعم", "ادعاء", "اكاذيب"];

/// How far back in its clause a charge or a denial keeps the noun from being the speaker's.
const CLAUSE_WINDOW: usize = 8;

/// How far after the noun its agent phrase may open (`التصعيد الخطير الذي شهدناه من قبل`).
const AGENT_WINDOW: usize = 4;

/// A key without و/ف and a preposition or the article before it (وبانتهاكات → انتهاكات,
/// والعدوان → عدوان); whether it had the article.
pub(super) fn bare(key: &str) -> (&str, bool) {
    let k = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 4).unwrap_or(key);
    let definite = key_is_definite(k);
    let k = ["بال", "لل", "ال", "ب", "ل"].iter().find_map(|p| k.strip_prefix(p).filter(|r| r.chars().count() >= 4)).unwrap_or(k);
    (k, definite)
}

/// Is the token at `k` a noun of wrongdoing? Whether it is definite.
fn wrong_noun(input: &Input, k: usize) -> Option<bool> {
    let (word, definite) = bare(&input.keys[k]);
    (input.lexicon.events().word(word) == Some(EventWord::WrongNoun)).then_some(definite)
}

/// Verbal nouns of wrongdoing that take an object: their pronoun is mostly the victim
/// (`ترويع المواطنين أو إرهابهم`، `في حالة انتهاكها` "violating it"), not the doer.
const OBJECT_MASDARS: &[&str] = &["انتهاك", "ارهاب", "تحريض"];

/// Possessive pronouns written on a noun (keys), longest first.
pub(super) const POSSESSIVES: &[&str] = &["هما", "هم", "ها", "ه"];

/// Is the token at `k` a noun of wrongdoing with a possessive pronoun written on it
/// (`جرائمها`، `انتهاكاتهم`، `عدوانه`، `جريمتها`)? The pronoun.
fn owned_wrong_noun(input: &Input, k: usize) -> Option<Pronoun> {
    let p = pronoun_on(input, k)?;
    let (word, _) = bare(&input.keys[k]);
    let events = input.lexicon.events();
    // (ة is written ت before a pronoun: جريمتها → جريمة, whose key ends in ه.)
    let found = possessed_stems(word, POSSESSIVES).find(|w| has_chars(w, 4) && events.word(w) == Some(EventWord::WrongNoun))?;
    (!OBJECT_MASDARS.contains(&found.as_ref())).then_some(p)
}

/// The owner of the pronoun on the noun at `k`: the nearest party before it in its
/// sentence that agrees with it (`إسرائيل تواصل جرائمها`، `ميليشيات الحوثي … انتهاكاتها`). None when that is
/// the speaker (the speaker's own deeds) or the quotation's own words name no one.
pub(super) fn owner_of(input: &Input, k: usize, p: Pronoun, (s_start, s_end): (usize, usize)) -> Option<usize> {
    let at = input.tokens[k].start;
    let sentence = input.sentences.iter().find(|s| s.0 <= at && at < s.1)?;
    let s0 = input.tokens.partition_point(|t| t.start < sentence.0);
    // (Nearest first: one before the sentence means none agrees within it.)
    let m = antecedent_mention(input, p, k, s0, &[])?;
    let mention = &input.mentions[m];
    (mention.tok_start >= s0 && (mention.tok_end <= s_start || mention.tok_start >= s_end)).then_some(m)
}

/// Is the noun at `k` an item of a list after a colon, or in a clause that reports a charge
/// or a denial before it (within the quotation starting at `a`)?
pub(super) fn reported_or_listed(input: &Input, a: usize, k: usize) -> bool {
    let lo = k.saturating_sub(CLAUSE_WINDOW).max(a);
    for j in (lo..k).rev() {
        let t = &input.tokens[j];
        if t.kind == TokenKind::Punct && matches!(t.text(input.text), ":") {
            return true;
        }
        if clause_punct(input, j) {
            // A list: a comma clause whose first word after the colon is further back.
            return (a..j).any(|i| input.tokens[i].text(input.text) == ":");
        }
        let (word, _) = bare(&input.keys[j]);
        let ev = input.lexicon.events().word(input.keys[j].strip_prefix('و').unwrap_or(&input.keys[j]));
        if ev == Some(EventWord::Denial) || CHARGE_WORDS.iter().any(|c| word.starts_with(c)) {
            return true;
        }
    }
    false
}

/// The doer of the noun of wrongdoing at `k`, in the quotation of tokens `a..b`: the mention
/// right after it, its genitive (after an indefinite noun) or its nisba (after a definite
/// one), not a city.
pub(super) fn doer_of(ctx: &Context, input: &Input, (a, b): (usize, usize), k: usize, speaker: (usize, usize)) -> Option<usize> {
    if let Some(p) = owned_wrong_noun(input, k) {
        return if reported_or_listed(input, a, k) { None } else { owner_of(input, k, p, speaker) };
    }
    let definite = wrong_noun(input, k)?;
    if k + 1 >= b || reported_or_listed(input, a, k) {
        return None;
    }
    let Some(m) = ctx.mention_of(k + 1).filter(|&m| input.mentions[m].tok_start == k + 1) else {
        return agent_of(ctx, input, b, k);
    };
    let mention = &input.mentions[m];
    let first = &input.keys[k + 1];
    let nisba = key_is_definite(first) && nisba_shaped(first);
    // An indefinite phrase (جريمة منظمة مالطية: "organized crime") is no genitive.
    let last = &input.keys[mention.tok_end - 1];
    let indefinite = mention.tok_end > k + 2 && !key_is_definite(first) && !key_is_definite(last) && nisba_shaped(last);
    if mention.prepositional || mention.rule.contains("place") || (definite && !nisba) || indefinite {
        return None;
    }
    Some(m)
}

/// The doer named by an agent phrase (`من قبل`، `من جانب`، `على يد`) opening within
/// `AGENT_WINDOW` words after the noun at `k`, its adjectives or its victim between, no
/// punctuation: `التصعيد الخطير من قبل جماعة الحوثي`، `الانتهاكات المتكررة من قبل الحكومة
/// السورية`، `العدوان على غزة من جانب إسرائيل`. Not a place.
fn agent_of(ctx: &Context, input: &Input, b: usize, k: usize) -> Option<usize> {
    let hi = (k + 1 + AGENT_WINDOW).min(b.saturating_sub(2));
    let j = (k + 1..hi).take_while(|&j| !clause_punct(input, j)).find(|&j| agent_marker_at(input, j))?;
    let m = ctx.mention_of(j + 2).filter(|&m| input.mentions[m].tok_start == j + 2)?;
    (!input.mentions[m].rule.contains("place")).then_some(m)
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::events::tests::events;

    /// The (actor country, recipient country) of the speakers' charges (`reported-evaluation`).
    pub(crate) fn charges(text: &str) -> Vec<(Option<String>, Option<String>)> {
        events(text)
            .into_iter()
            .filter(|e| e.kind == "ACCUSE" && e.rule.starts_with("reported-evaluation"))
            .map(|e| (e.actors.first().and_then(|a| a.country.clone()), e.recipients.first().and_then(|r| r.country.clone())))
            .collect()
    }

    pub(crate) fn pair(a: &str, r: &str) -> Vec<(Option<String>, Option<String>)> {
        vec![(Some(a.into()), Some(r.into()))]
    }

    #[test]
    fn a_wrong_noun_charges_its_genitive_or_nisba() {
        assert_eq!(charges("وقال وزير الخارجية الأردني إن انتهاكات إسرائيل في المسجد الأقصى مستمرة."), pair("JOR", "ISR"));
        assert_eq!(charges("وقال المتحدث باسم الحكومة السعودية إن التصعيد الحوثي يهدد جهود السلام."), pair("SAU", "YEM"));
        assert_eq!(charges("وقال وزير الخارجية السعودي إن إرهاب إيران يهدد المنطقة كلها."), pair("SAU", "IRN"));
    }

    #[test]
    fn a_wrong_noun_charges_the_doer_of_its_agent_phrase() {
        assert_eq!(charges("وقال المندوب الكويتي إن التصعيد الخطير من قبل جماعة الحوثي يهدد المنطقة."), pair("KWT", "YEM"));
        assert_eq!(charges("وقال وزير الخارجية الفرنسي إن الانتهاكات المتكررة من قبل الحكومة السورية مستمرة."), pair("FRA", "SYR"));
        // Past punctuation or too far, the phrase is another clause's.
        assert!(charges("وقال وزير الخارجية الفرنسي إن الانتهاكات مستمرة، وتم اعتقال عشرات من قبل الحكومة السورية.").is_empty());
    }

    #[test]
    fn a_wrong_noun_with_a_pronoun_charges_the_party_it_refers_to() {
        assert_eq!(charges("وقال وزير الخارجية السعودي إن إيران تواصل جرائمها في اليمن."), pair("SAU", "IRN"));
        assert_eq!(charges("وقال المتحدث باسم الرئاسة الفلسطينية إن على العالم أن يحاسب إسرائيل على اعتداءاتها المتكررة."), pair("PSE", "ISR"));
        // ة written ت before the pronoun.
        assert_eq!(charges("وقال وزير الخارجية القطري إن إسرائيل لن تفلت من جريمتها."), pair("QAT", "ISR"));
    }

    #[test]
    fn a_pronoun_of_the_victim_or_of_ones_own_side_charges_no_one() {
        // A verbal noun taking an object: the pronoun is its victim.
        assert!(charges("وقال الرئيس المصري إن الجيش قادر على حماية المواطنين من الجماعات التي تريد إرهابهم.").is_empty());
        // The speaker's own side.
        assert!(charges("وقال وزير الخارجية الإيراني إن إيران لن تتخلى عن مخططاتها.").is_empty());
        // No party before it.
        assert!(charges("وقال وزير الخارجية الأردني إن جرائمهم لن تمر دون عقاب.").is_empty());
    }

    #[test]
    fn a_victim_a_place_a_list_or_a_denial_is_not_charged() {
        // The party after على is the victim, after في the place.
        assert!(charges("وقال وزير الخارجية المصري إن العدوان على سوريا مرفوض.").iter().all(|p| p.1.as_deref() != Some("SYR")));
        assert!(charges("وقال وزير الخارجية الفرنسي إن الانتهاكات في اليمن مقلقة.").is_empty());
        assert!(charges("وقال وزير الخارجية الأمريكي إن اعتداءات باريس جرائم مروعة.").is_empty());
        // An indefinite phrase after the noun describes it (organized crime).
        assert!(charges("وقالت الشرطة الإيطالية إن الموقوفين أعضاء في شبكة جريمة منظمة روسية.").is_empty());
        // A list of topics after a colon.
        assert!(charges("وقال وزير الخارجية الأمريكي إن المحادثات تناولت ملفات عدة: الاقتصاد، وإرهاب إيران.").is_empty());
        // Another's charge reported, and one's own side.
        assert!(charges("وقال وزير الخارجية الفرنسي إن اتهامات موسكو بشأن جرائم أمريكا باطلة.").iter().all(|p| p.1.as_deref() != Some("USA")));
        assert!(charges("وقال وزير الخارجية الروسي إن انتهاكات روسيا مجرد أكاذيب.").is_empty());
    }
}
