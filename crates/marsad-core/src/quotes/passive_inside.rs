//! An impersonal passive inside a reported clause reports nothing new.
//!
//! …إن طائرة تابعة لشركة "آير تشاينا"، يتوقع أن يكون على متنها الزعيم الكوري الشمالي، غيرت
//! مسارها; …اغتالهم قرب سيبوت، مسلحون مجهولون يرجح أنهم كانوا يقيمون حاجزا: يُتوقَّع أن،
//! يُرجَّح أن، يُذكر أن right before its أن, with no subject right before it (or after a
//! plural, which the singular verb cannot agree with), is the passive "it is expected,
//! likely that", the speaker's hedge inside the clause, not a new report that ends the
//! clause at the comma before it (as the same verb opening a sentence is no quotation).
//! Right after a noun (في اعتداء يرجح أن يكون إرهابيا، عوامل يتوقع أن تؤثر) it describes
//! that noun; after a comma only as an aside the clause goes on after. Not after ما، مما،
//! الأمر الذي، إذ، بل، حيث، فيما (the writer's inference or aside: …، ما يرجح أن …), nor
//! ويتوقع أن after a comma, nor يذكر أن (the writer's background), which end the clause as
//! before.

use super::{impersonal, is_comma, is_complementizer, mention_before, Input};
use marsad_text::token::TokenKind;

/// Words before the passive that make it the writer's own aside or inference, or an active
/// verb (keys): …، ما يرجح أن …، مما يرجح، الأمر الذي يرجح، إذ يرجح، بل يرجح، حيث يتوقع،
/// فيما يتوقع، لكنه لا يتوقع. (The clause then ends before them, as it did.)
const ASIDE: &[&str] = &[
    "ما", "مما", "اذ", "حيث", "بل", "لذلك", "ولذلك", "فيما", "بينما", "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها", "لم", "لا", "لن", "وهو", "وهي", "كما", "و",
];

/// Is the cue at `v`, ending a sentence at `end`, an impersonal passive inside the clause
/// with its أن right after it?
pub(super) fn at(input: &Input, v: usize, end: usize) -> bool {
    let Input { text, tokens, keys, .. } = *input;
    // (يذكر أن is the writer's "it is noted that", background; ويتوقع أن after a comma the
    // writer's own outlook.)
    if v == 0 || v + 1 >= end || !impersonal(&keys[v]) || keys[v].starts_with(['و', 'ف']) || keys[v] == "يذكر" || !is_complementizer(&keys[v + 1]) {
        return false;
    }
    let prev = keys[v - 1].as_str();
    let plural_before = prev.ends_with("ون") || prev.ends_with("ين");
    if mention_before(input.mentions, v, 0).is_some() && !plural_before {
        return false;
    }
    if tokens[v - 1].kind == TokenKind::Punct {
        // After a comma only as an aside the clause goes on after (…، يتوقع أن يكون على
        // متنها الزعيم، غيرت مسارها): a later comma before a bare word.
        return is_comma(tokens[v - 1].text(text)) && (v + 2..end.saturating_sub(1)).any(|x| is_comma(tokens[x].text(text)) && tokens[x + 1].kind == TokenKind::Arabic && !keys[x + 1].starts_with(['و', 'ف']));
    }
    // (الأمر الذي يرجح: the writer's inference; في الوقت الذي يتوقع أن …: the clause's.)
    let after_matter = (prev == "الذي" || prev == "التي") && v >= 2 && keys[v - 2] == "الامر";
    !ASIDE.contains(&prev) && !is_complementizer(prev) && !after_matter
}
#[cfg(test)]
mod tests {
    use crate::quotes::tests::indirect;

    #[test]
    fn a_passive_hedge_stays_in_the_clause() {
        let q = indirect("وذكرت وكالة الأنباء أن طائرة تابعة لشركة طيران صينية، يتوقع أن يكون على متنها الزعيم الكوري الشمالي، غيرت مسارها أثناء تحليقها.");
        assert_eq!(q, ["طائرة تابعة لشركة طيران صينية، يتوقع أن يكون على متنها الزعيم الكوري الشمالي، غيرت مسارها أثناء تحليقها"]);
        let q = indirect("وأعلنت الخارجية الروسية أن ثلاثة صحافيين روس قتلوا قرب سيبوت، مسلحون مجهولون يرجح أنهم كانوا يقيمون حاجزا على الطريق.");
        assert_eq!(q, ["ثلاثة صحافيين روس قتلوا قرب سيبوت، مسلحون مجهولون يرجح أنهم كانوا يقيمون حاجزا على الطريق"]);
    }

    #[test]
    fn a_verb_with_its_subject_still_reports() {
        // A named subject before the verb, or a verb that is no passive: a new report.
        let q = indirect("وقال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل، ويتوقع الوسطاء أن تنتهي خلال شهر.");
        assert_eq!(q, ["المفاوضات ستستأنف الأسبوع المقبل", "تنتهي خلال شهر"]);
        // The writer's inference or aside after the clause: it still ends there.
        let q = indirect("وأعلن النادي أن غياب اللاعب لن يزيد عن ثلاثة أسابيع، ما يرجح أنه سيشارك في كأس العالم.");
        assert_eq!(q, ["غياب اللاعب لن يزيد عن ثلاثة أسابيع"]);
        let q = indirect("وأعلن المتحدث أن الطائرة غادرت الأجواء التركية، ويتوقع أن تصل إلى واشنطن ظهر السبت.");
        assert_eq!(q, ["الطائرة غادرت الأجواء التركية"]);
    }
}
