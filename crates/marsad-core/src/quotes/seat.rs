//! Where a speaker with no country of its own is based, when the words after it say so.
//!
//! An unnamed or unknown speaker (a website, a research group, a company, an unknown name)
//! took the story's home country. But the story often says where it sits right after it:
//! a seat phrase (مجموعة الأبحاث ومقرها في بروكسل، شركة "امباكت" ومقرها لندن، … ومقره
//! الولايات المتحدة، … التي تتخذ من لندن مقرا) or an affiliation (موقع "38 نورث" المتخصص،
//! التابع لجامعة جونز هوبكنز; وكالة أنباء سبأ، التابعة لحركة أنصار الله الحوثية). The
//! place or body named there gives the country.
//!
//! Read only for a speaker whose country is the story's guess, over a few words after its
//! span: the window ends at the reported clause (إن/أن), a reporting word, a quotation
//! mark or any punctuation but a comma. An affiliation must follow the speaker's words at
//! once (after a comma or one definite adjective at most): further on, التابع belongs to
//! another noun (مصادر وأخرى من مهمة حفظ السلام التابعة للأمم المتحدة). A seat word may
//! come later in the speaker's phrase (… من مركز سايمون فيزنتال المعني بحقوق اليهود، ومقره
//! الولايات المتحدة: the centre's seat is its people's country).

use super::{complement, is_complementizer, Input, RELATIVES};
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// How many words after the speaker a seat word may come.
const REACH: usize = 12;

/// Seat nouns with a pronoun, without the conjunction (ومقرها، مقره).
const SEAT: &[&str] = &["مقره", "مقرها", "مقرهم", "مقرهما"];

/// Verbs of "takes … as its seat" (الذي يتخذ من X مقرا).
const TAKES: &[&str] = &["يتخذ", "تتخذ"];

/// Affiliation adjectives (التابع لـ X), without the conjunction.
const AFFILIATED: &[&str] = &["التابع", "التابعه", "التابعين", "التابعون", "التابعتين"];

/// Meetings, named by where they were held (اجتماع للمانحين في باريس), not whose.
const OCCASIONS: &[&str] = &["اجتماع", "مؤتمر", "قمه", "لقاء", "منتدي", "الاجتماع", "المؤتمر", "القمه", "اللقاء", "المنتدي"];

/// Born in: a birthplace, not a seat (شاكيري المولود في كوسوفو).
const BORN: &[&str] = &["المولود", "المولوده", "مولود", "مولوده"];

/// Adjectives after أمريكا that make it a continent's part, no state.
const CONTINENT_PARTS: &[&str] = &["الجنوبيه", "الشماليه", "الوسطي", "اللاتينيه"];

/// A key without the conjunction و.
fn without_and(key: &str) -> &str {
    key.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(key)
}

/// An unnamed speaker's words that run on into their seat phrase (مجموعة الأبحاث ومقرها
/// في بروكسل: the subject phrase ends only at في): the words before the seat word, as
/// `end`, and the country it names.
pub(super) fn inside(input: &Input, start: usize, end: usize) -> Option<(usize, String)> {
    let k = (start + 1..end).find(|&k| SEAT.contains(&without_and(&input.keys[k])))?;
    let country = after(input, k)?;
    // (The relative pronoun before it goes too: المركز الذي مقره ميامي.)
    let k = if RELATIVES.contains(&input.keys[k - 1].as_str()) && k - 1 > start { k - 1 } else { k };
    Some((k, country))
}

/// The country of a seat or affiliation phrase within a few words after token `end` (the
/// end of a speaker's words whose country is only the story's guess).
pub(super) fn after(input: &Input, end: usize) -> Option<String> {
    let Input { text, tokens, keys, lexicon, .. } = *input;
    let limit = (end + REACH).min(tokens.len());
    let mut words = 0;
    for j in end..limit {
        if tokens[j].kind == TokenKind::Punct {
            if matches!(tokens[j].text(text), "،" | ",") {
                continue;
            }
            return None;
        }
        let key = keys[j].as_str();
        let word = without_and(key);
        if SEAT.contains(&word) {
            // ومقرها في بروكسل، ومقرها لندن، ومقره بالولايات المتحدة
            let at = if keys.get(j + 1).is_some_and(|k| k == "في") { j + 2 } else { j + 1 };
            return seat_at(input, at);
        }
        if TAKES.contains(&word) && keys.get(j + 1).is_some_and(|k| k == "من") {
            return seat_at(input, j + 2);
        }
        if AFFILIATED.contains(&word) {
            // At once: after a comma or one definite adjective (المتخصص، التابع).
            return (words <= 1).then(|| owner_at(input, j + 1)).flatten();
        }
        // (After the seat words: مقرة, "admitting", is a cue whose key is مقره's.)
        if is_complementizer(key) || lexicon.cue(key).is_some() {
            return None;
        }
        words += 1;
    }
    None
}

/// The country of the place or state named at token `at`: a state, a capital, a city or
/// region of the dictionaries (which makes no mention: القامشلي), or a city that stands for
/// an institution (بروكسل).
fn seat_at(input: &Input, at: usize) -> Option<String> {
    let Input { keys, lexicon, mentions, .. } = *input;
    // A state or capital the mentions layer read (العاصمة البريطانية لندن).
    let m = mentions.get(mentions.partition_point(|m| m.tok_start < at)).filter(|m| m.tok_start == at);
    if let Some(c) = m.filter(|m| matches!(m.kind, Kind::State | Kind::Capital)).and_then(|m| m.country.as_deref()) {
        return Some(c.to_string());
    }
    let m = lexicon.longest_at(keys, at)?;
    // (Not a continent's part: أمريكا الجنوبية، أمريكا اللاتينية.)
    if keys.get(m.end).is_some_and(|k| CONTINENT_PARTS.contains(&k.as_str())) {
        return None;
    }
    m.entries.iter().map(|&id| lexicon.entry(id)).find_map(|e| match e.kind {
        Kind::State | Kind::Capital | Kind::Place => e.codes.first().and_then(|c| lexicon.split_code(&c.code).0),
        Kind::Metonym => e.place.clone(),
        _ => None,
    })
}

/// The country of a place named right after the words of a speaker that is no person with
/// في or بـ (وسائل إعلام رسمية في بيونغ يانغ، متحف الهولوكوست في واشنطن، مصدر ديني في
/// سيبوت): where the body sits. Not after words with a relative clause (الذي ولد في النمسا:
/// where the verb happened), nor for a mission, placed where it serves (سفارة … في).
pub(super) fn place_after(input: &Input, start: usize, end: usize) -> Option<String> {
    let keys = input.keys;
    let key = keys.get(end)?;
    let head = keys[start].strip_prefix('و').unwrap_or(&keys[start]);
    let relative = keys[start..end].iter().any(|k| RELATIVES.contains(&k.as_str()));
    if relative || complement::is_mission(&keys[start]) || OCCASIONS.contains(&head) || BORN.contains(&keys[end - 1].as_str()) {
        return None;
    }
    if key == "في" {
        return seat_at(input, end + 1);
    }
    // بواشنطن: the preposition on the place itself.
    key.starts_with('ب').then(|| seat_at(input, end)).flatten()
}

/// The country of the body or state named with لـ at token `at` (التابع لجامعة …).
fn owner_at(input: &Input, at: usize) -> Option<String> {
    let m = input.mentions.get(input.mentions.partition_point(|m| m.tok_start < at))?;
    let person = matches!(m.kind, Kind::Person | Kind::PersonShort);
    let with_li = input.keys[at].starts_with('ل');
    (m.tok_start == at && with_li && !person).then(|| m.country.as_deref().map(str::to_string)).flatten()
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::country_of;

    /// The speaker's country of the quote starting with `quote_start` in `sentence`, told
    /// in a story about Lebanon (an unnamed speaker would speak for Lebanon).
    fn in_lebanon(sentence: &str, quote_start: &str) -> Option<String> {
        let text = format!("تظاهر آلاف اللبنانيين في بيروت ضد الحكومة اللبنانية، وطالبوا لبنان بإصلاحات.\n{sentence}");
        country_of(&text, quote_start)
    }

    #[test]
    fn a_seat_an_affiliation_or_a_place_after_the_speaker_gives_its_country() {
        let cases = [
            // A seat phrase, right after the words or after a comma.
            ("وقالت مجموعة الأبحاث ومقرها في بروكسل إن الأزمة تتفاقم.", "الأزمة", "BEL"),
            ("وقالت شركة الاستشارات، ومقرها لندن، إن الديون ترتفع.", "الديون", "GBR"),
            // An unknown name from a body whose seat the phrase gives.
            ("وقال جون سميث من مركز الدراسات المعني بالشرق الأوسط، ومقره الولايات المتحدة، إن الوضع خطير.", "الوضع", "USA"),
            // An affiliation past one adjective and a comma.
            ("وكتب موقع \"الرصد\" المتخصص، التابع لجامعة هارفارد، أن الصور تظهر دمارا واسعا.", "الصور", "USA"),
            // A capital right after a body that is no person.
            ("وقالت وسائل إعلام رسمية في دمشق إن الحدود أغلقت.", "الحدود", "SYR"),
            ("وقال مصدر رفيع في باريس إن الاجتماع تأجل.", "الاجتماع", "FRA"),
        ];
        for (sentence, quote, country) in cases {
            assert_eq!(in_lebanon(sentence, quote).as_deref(), Some(country), "{sentence}");
        }
    }

    #[test]
    fn no_country_from_a_meeting_a_relative_clause_the_report_or_another_noun() {
        let cases = [
            // A meeting is named by where it was held.
            ("وتعهد اجتماع للمانحين في باريس بأن المساعدات ستصل.", "المساعدات"),
            // The seat phrase comes after the reported clause began.
            ("وقالت مجموعة الأبحاث إن شركة ومقرها لندن تعمل هناك.", "شركة"),
            // التابعة describes the mission, not the local sources.
            ("وقالت مصادر محلية وأخرى من بعثة حفظ السلام التابعة للأمم المتحدة إن الهدوء عاد.", "الهدوء"),
        ];
        for (sentence, quote) in cases {
            assert_eq!(in_lebanon(sentence, quote).as_deref(), Some("LBN"), "{sentence}");
        }
        // Where the player was born is no seat.
        assert_ne!(in_lebanon("وقال اللاعب الذي ولد في فرنسا إن الفريق جاهز.", "الفريق").as_deref(), Some("FRA"));
    }
}
