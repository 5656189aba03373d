//! A transitive verb joined by و to a clause before it in its sentence, whose only party after it runs
//! to the end of the sentence (`الضربات التي وجهتها القوات الجوية للتحالف العربي واستهدفت
//! القيادات الحوثية.`، `قتلت 16 فلسطينيا وأصابت المئات.`، `وطردت واشنطن 60 دبلوماسيا،
//! وأغلقت القنصلية الروسية في سياتل.`): read VSO, that party would be a subject with no
//! object, which a verb that takes one seldom is; it is the object, and the subject was
//! dropped and goes on from the clause before (`events.rs` carries it). A party with a
//! comma, a time word or anything else after it may still be a subject whose object
//! follows (`واختطفت ميليشيا الحوثي، الجمعة، سيارة`). Only a verb that names its object
//! in `events.tsv` (`obj`: not استقال), and not a form-I verb in its bare perfect, whose
//! letters are also its verbal noun's in a list of nouns (`التحريض على العنف ودعم تنظيم
//! إرهابي.`، `احتلال الأراضي وطرد أهلها.`).

use super::Input;
use marsad_text::normalize::{key, without_conjunction};
use marsad_text::token::TokenKind;

/// Does the party list ending at token `end` close the sentence ending at `s1`: nothing
/// but punctuation (a full stop, a closing mark) between them?
pub(super) fn closes_sentence(input: &Input, end: usize, s1: usize) -> bool {
    end < s1 && (end..s1).all(|k| input.tokens[k].kind == TokenKind::Punct) && (end..s1).any(|k| is_full_stop(input, k))
}

fn is_full_stop(input: &Input, k: usize) -> bool {
    matches!(input.tokens[k].text(input.text), "." | "!" | "؟" | "?")
}

/// Are the verb's letters (`word`, its matching key) its bare form-I perfect, which is also
/// how its verbal noun is written (ودعم، وطرد، وقتل)?
fn noun_letters(lemma: &str, word: &str) -> bool {
    let lemma = key(lemma);
    lemma.chars().count() <= 3 && without_conjunction(word) == lemma
}

/// Is the party list right after the verb at `verb`, ending at `end`, the object of a verb
/// joined by و whose subject was dropped? `conjoined`: the verb carries و (not as a root
/// letter); `transitive`: its row names a direct object; `enclitic`: it carries an object
/// pronoun (then the party after it is the subject: وأحرقته الشرطة.).
/// The clause it is joined to must be in its sentence: a verb opening the sentence has its
/// subject after it (`وقتلت القوات الإسرائيلية في غزة.`).
pub(super) fn dropped_subject_object(input: &Input, lemma: &str, verb: usize, (conjoined, transitive, enclitic): (bool, bool, bool), end: usize, (s0, s1): (usize, usize)) -> bool {
    let clause_before = (s0..verb).any(|k| input.tokens[k].kind == TokenKind::Arabic);
    conjoined && transitive && !enclitic && clause_before && !noun_letters(lemma, &input.keys[verb]) && closes_sentence(input, end, s1)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    #[test]
    fn a_joined_verb_whose_party_ends_the_sentence_has_it_for_object() {
        let t = "وقصفت الطائرات الحربية مواقع في المدينة واستهدفت القيادات الحوثية.";
        let found = events(t);
        let struck = found.iter().find(|e| e.kind == "ASSAULT" && e.trigger.text.contains("واستهدفت")).expect("attack");
        assert!(struck.actors.iter().all(|a| a.text != "القيادات الحوثية"), "{found:?}");
        assert!(struck.recipients.iter().any(|r| r.text == "القيادات الحوثية"), "{found:?}");
        // The subject goes on from the clause before.
        let t = "وطردت روسيا 23 دبلوماسيا بريطانيا وأغلقت القنصلية البريطانية في موسكو.";
        let found = events(t);
        let closed = found.iter().find(|e| e.trigger.text == "وأغلقت").expect("closure");
        assert!(closed.actors.iter().any(|a| a.country.as_deref() == Some("RUS")), "{found:?}");
        assert!(closed.recipients.iter().any(|r| r.country.as_deref() == Some("GBR")), "{found:?}");
    }

    #[test]
    fn a_party_with_more_after_it_or_an_object_pronoun_stays_the_subject() {
        // Something follows the party: it may be the subject, its object further on.
        let t = "واستهدفت القوات الحوثية، الجمعة، سيارة تقل صحافيين.";
        let found = events(t);
        assert!(found.iter().filter(|e| e.kind == "ASSAULT").any(|e| e.actors.iter().any(|a| a.text.contains("الحوثية"))), "{found:?}");
        // The verb's pronoun is the object: the party after it is the subject.
        let t = "وهاجم رجل مسلح مركزا للشرطة في المدينة وقتلته الشرطة الفرنسية.";
        let found = events(t);
        assert!(found.iter().filter(|e| e.trigger.text == "وقتلته").all(|e| e.recipients.iter().all(|r| !r.text.contains("الشرطة"))), "{found:?}");
        // A bare form-I perfect may be its verbal noun in a list: no object read.
        let t = "واتهمت النيابة الرجل بالتحريض على العنف ودعم الميليشيات الحوثية.";
        let found = events(t);
        assert!(found.iter().filter(|e| e.trigger.text == "ودعم").all(|e| !e.rule.contains("closing-object")), "{found:?}");
        // A verb whose row names no object (استقال) has its subject after it.
        let t = "وتظاهر الآلاف في عمان واستقال رئيس الوزراء الأردني.";
        let found = events(t);
        assert!(found.iter().filter(|e| e.kind == "RETREAT").all(|e| e.actors.iter().any(|a| a.text.contains("رئيس الوزراء"))), "{found:?}");
        // Not joined to a clause of its sentence: a verb opening it keeps its subject.
        let t = "وهاجمت القوات الروسية.";
        let found = events(t);
        assert!(found.iter().filter(|e| e.kind == "ASSAULT").all(|e| e.recipients.iter().all(|r| !r.text.contains("الروسية"))), "{found:?}");
    }
}
