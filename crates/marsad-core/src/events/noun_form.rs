//! A verb trigger whose written form is also its verbal noun (قتل "killed" and "killing",
//! خطف، قصف) read as the noun where a word before it can only govern a noun: a
//! preposition (في قتل، إلى قتل العشرات), a noun in construct (محاولة قتل، جريمة قتل،
//! بتهمة قتل), a verb of trying or intending (ينوي قتل، حاول قتل), or another verbal noun
//! joined by و or أو (اغتصاب وقتل الطفلة، تفجير سيارات أو قتل عناصر). Then the party after it
//! is its genitive, the one killed, not a subject: as a verb it would have read `محاولة قتل
//! أحد السياسيين` as the politician killing.

use super::args::{bare, Request};
use super::Input;
use marsad_text::token::TokenKind;

/// Verb lemmas (keys) whose third person perfect is written as their verbal noun, and
/// whose genitive is mostly the one struck (not قصف، قمع: قصف التحالف، قمع السلطات name
/// the striker).
const SAME_AS_NOUN: &[&str] = &["قتل", "خطف", "زرع", "رشق"];

/// Words that govern a noun right after them (keys, without و): prepositions, nouns of
/// an attempt, crime, charge or plan, and verbs of trying or intending.
const GOVERNORS: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "ضد", "منذ", "بعد", "قبل", "خلال", "مع", "او",
    "محاوله", "بمحاوله", "محاولات", "جريمه", "جرائم", "تهمه", "بتهمه", "تهم", "بتهم", "قضيه", "عمليه", "خطه", "مخطط",
    "ينوي", "تنوي", "ينوون", "يريد", "تريد", "حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون", "يعتزم", "تعتزم",
];

/// Prepositions that verbs of managing or taking part govern (تمكن من، شارك في، أقدم على).
const PREPOSITIONS_AFTER_AGENT: &[&str] = &["من", "في", "علي"];

/// Verbs and nouns of managing, succeeding or taking part (keys, without و), whose
/// subject or genitive does the killing governed by their preposition.
const AGENTIVE: &[&str] = &[
    "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "نجح", "نجحت", "نجحوا", "شارك", "شاركت", "شاركوا", "مشاركه",
    "اقدم", "اقدمت", "اقدموا", "ساهم", "ساهمت", "ساهموا", "تورط", "تورطت", "تورطوا",
];

/// Pronouns that make من after them "who" (هو من قتل).
const PRONOUNS: &[&str] = &["هو", "هي", "هم", "هن"];

/// Verbal nouns of violence that a killing may be joined to by و (اغتصاب وقتل).
const JOINED_NOUNS: &[&str] = &["اغتصاب", "باغتصاب", "طعن", "بطعن", "تعذيب", "بتعذيب", "اختطاف", "باختطاف", "مواجهه", "ضرب"];

/// Is the verb trigger of `req` its verbal noun here, governed by the word before it?
pub(super) fn reads_as_noun(input: &Input, req: &Request) -> bool {
    let t = req.trigger_start;
    if !req.pred_is_verb || req.pred != t || req.enclitic || t <= req.s0 || req.trigger.event.as_deref() != Some("ASSAULT") {
        return false;
    }
    let lemma = marsad_text::normalize::key(&req.trigger.lemma);
    let word = input.keys[t].as_str();
    let joined = word.starts_with('و');
    if bare(word) != lemma || !SAME_AS_NOUN.contains(&lemma.as_str()) || input.tokens[t - 1].kind != TokenKind::Arabic {
        return false;
    }
    let prev = input.keys[t - 1].as_str();
    // (هو من قتل: من is "who" after a pronoun, and the verb has its subject.)
    let who = prev == "من" && t - 1 > req.s0 && PRONOUNS.contains(&input.keys[t - 2].as_str());
    // (تمكن الجيش من قتل، شاركوا في قتل: after a verb of managing or taking part the
    // preposition's subject is the killer, read as the verb's subject before.)
    let agentive = PREPOSITIONS_AFTER_AGENT.contains(&prev) && t - 1 > req.s0 && AGENTIVE.contains(&bare(&input.keys[t - 2]));
    if who || agentive {
        false
    } else if joined {
        JOINED_NOUNS.contains(&bare(prev))
    } else {
        GOVERNORS.contains(&bare(prev))
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    /// Does the sentence give ASSAULT events, all with no actor and a recipient of `country`
    /// (any country when `None`)?
    fn victims_only(t: &str, country: Option<&str>) -> bool {
        let s = sides(t, "ASSAULT");
        !s.is_empty() && s.iter().all(|(a, r)| a.is_none() && r.is_some() && (country.is_none() || r.as_deref() == country))
    }

    #[test]
    fn a_killing_after_a_governing_word_has_its_victim_after_it() {
        for t in [
            "وأدين الرجل بمحاولة قتل السفير الروسي في أنقرة.",
            "واتهمت الشرطة المشتبه به بالتورط في قتل جنود أميركيين.",
            "وقال المحامي إن موكله لم يكن ينوي قتل الصحفي الفرنسي.",
            "وتحقق السلطات في اغتصاب وقتل طفلة باكستانية.",
        ] {
            assert!(victims_only(t, None), "{t}: {:?}", sides(t, "ASSAULT"));
        }
    }

    #[test]
    fn a_killing_noun_names_no_actor_from_an_earlier_clause() {
        // The police arrest; who raped and killed is not carried over to the police.
        let t = "واعتقلت الشرطة العراقية شابا متهما باغتصاب وقتل فتاة ألمانية.";
        assert!(victims_only(t, Some("DEU")), "{t}: {:?}", sides(t, "ASSAULT"));
    }

    #[test]
    fn a_genitive_agent_with_a_count_after_it_kills() {
        // The masdar's genitive is its agent when a count, its object, follows.
        let t = "وجاء البيان بعد ساعات من قتل الجيش الأفغاني 19 مسلحا في ولاية قندوز.";
        assert!(sides(t, "ASSAULT").iter().any(|(a, _)| a.as_deref() == Some("AFG")), "{t}: {:?}", sides(t, "ASSAULT"));
    }

    #[test]
    fn a_killing_verb_after_other_words_keeps_its_subject() {
        // A verb after a word that governs no noun, a verb with its subject after it, من as
        // "who" after a pronoun, and a killing its managing verb's subject does.
        for t in [
            "وفي الأسبوع الماضي قتل الجيش الأميركي عشرة مسلحين.",
            "وقتل الجيش الأفغاني ثلاثة مسلحين في ولاية قندوز.",
            "ولا أحد يشك في أن حزب الله هو من قتل الصحفي الأمريكي.",
            "وقالت المصادر إن الجيش الليبي تمكن من قتل قائد التنظيم في درنة.",
        ] {
            assert!(sides(t, "ASSAULT").iter().any(|(a, _)| a.is_some()), "{t}: {:?}", sides(t, "ASSAULT"));
        }
    }
}
