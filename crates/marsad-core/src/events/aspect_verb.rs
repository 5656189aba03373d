//! A verbal noun that is the object of a verb of beginning, going on, stepping up, hastening
//! or trying (`وبدأت القوات … هجوما بريا`، `كثف الجيش غاراته على`، `سارع جونسون إلى توجيه
//! الاتهام إلى موسكو`، `يحاول المبعوث التفاوض مع الحوثيين`، `السعودية قد بدأت عملية
//! عسكرية`): the act is that verb's subject's. Such a verb is no event itself and no
//! support verb of one noun, so the noun found no actor of its own (thirty-ninth session's
//! "party is a pronoun, a thing or a passive" misses; about 470 nouns of the corpus).
//!
//! The subject is the first party between the verb and the noun (VSO), else the party
//! right before the verb, past قد or a relative pronoun (SVO). Only within one clause: no
//! punctuation and no other event word between the verb and the noun. The masculine
//! `بدأ` is left out: its key is `بدا` "seemed" too.

use super::args::{self, Arg, Context};
use super::Input;
use marsad_text::normalize::without_conjunction;

/// Keys (ة is ه, hamzas folded) of the verbs, in the persons news uses.
const ASPECT_VERBS: &[&str] = &[
    // begin
    "بدات", "بداوا", "تبدا", "يبدا", "شرع", "شرعت", "يشرع", "تشرع", "شرعوا", "باشر", "باشرت", "يباشر", "تباشر",
    // go on, resume
    "واصل", "واصلت", "يواصل", "تواصل", "واصلوا", "يواصلون", "استانف", "استانفت", "يستانف", "تستانف", "عاود", "عاودت", "يعاود", "تعاود",
    // be wont to (دأب على)
    "داب", "دابت", "يداب", "تداب", "دابوا",
    // go on with, resort to, proceed to, bring back
    "استمر", "استمرت", "يستمر", "تستمر", "لجا", "لجات", "يلجا", "تلجا", "عمد", "عمدت", "عمدوا", "اقدمت", "اقدموا", "اعادت",
    // step up
    "كثف", "كثفت", "يكثف", "تكثف", "كثفوا",
    // hasten, take the initiative
    "سارع", "سارعت", "يسارع", "تسارع", "سارعوا", "بادر", "بادرت", "يبادر", "تبادر",
    // try, decide
    "حاول", "حاولت", "يحاول", "تحاول", "حاولوا", "يحاولون", "قرر", "قررت",
];

/// How far before the noun the verb may be, in tokens.
const WINDOW: usize = 7;

/// Words that may stand between an SVO subject and its verb.
const BEFORE_VERB: &[&str] = &["قد", "التي", "الذي", "الذين", "اللتين", "اللذين"];

/// Is `key` one of the verbs?
fn is_aspect_verb(key: &str) -> bool {
    ASPECT_VERBS.contains(&without_conjunction(key))
}

/// Words that may stand between the verb (or its subject) and the noun: a preposition
/// the verb takes its noun with (سارع إلى، شرعت في), a support word (بدأت بشن غارات) or a
/// time (كثف الجيش الجمعة غاراته).
const LINKS: &[&str] = &["الي", "في", "علي", "شن", "بشن", "تنفيذ", "بتنفيذ", "اجراء", "باجراء", "الان", "حاليا"];

/// Can token `k` stand between the verb's subject and its noun?
fn link(input: &Input, k: usize) -> bool {
    let key = args::bare(&input.keys[k]);
    LINKS.contains(&key) || args::TIME_WORDS.contains(&key)
}

/// The subject of a verb of beginning, going on or trying whose object (or complement
/// with إلى، في) is the event noun at `noun`, within the sentence starting at `s0`; not a
/// party among `recipients`. Only the noun itself is the verb's complement: a noun further
/// in is another word's (بدأت أستراليا تطبيق برنامج تعويض لضحايا الاعتداء، تحاول قطر
/// الالتفاف على الحصار).
pub(super) fn subject(ctx: &Context, input: &Input, noun: usize, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    subject_and_verb(ctx, input, noun, s0, recipients).map(|(a, _)| a)
}

/// Verbs of trying or deciding (keys): what they govern is not yet done.
const NOT_YET_DONE: &[&str] = &["حاول", "حاولت", "يحاول", "تحاول", "حاولوا", "يحاولون", "قرر", "قررت"];

/// The subject of such a verb, as `subject` finds it, when the verb tells the act done
/// or under way (begun, going on, hastened to), not tried or decided.
pub(super) fn doer_of_deed(ctx: &Context, input: &Input, noun: usize, s0: usize) -> Option<Arg> {
    subject_and_verb(ctx, input, noun, s0, &[]).filter(|&(_, v)| !NOT_YET_DONE.contains(&without_conjunction(&input.keys[v]))).map(|(a, _)| a)
}

/// `subject` with the verb's token.
fn subject_and_verb(ctx: &Context, input: &Input, noun: usize, s0: usize, recipients: &[Arg]) -> Option<(Arg, usize)> {
    let lo = noun.saturating_sub(WINDOW).max(s0);
    // Back from the noun past links to the verb or its subject's last word.
    let mut k = noun;
    while k > lo && !ctx.in_mention(k - 1) && link(input, k - 1) {
        k -= 1;
    }
    let free = |m: usize| {
        let a = &input.mentions[m];
        // (Not a party after a separate preposition: بدأت في العاصمة باريس أعمال.)
        let after_preposition = a.tok_start > s0 && args::is_preposition(&input.keys[a.tok_start - 1]);
        !a.prepositional && !after_preposition && !recipients.iter().any(|r| r.tok_start == a.tok_start)
    };
    if k == 0 || k <= s0 {
        return None;
    }
    if let Some(m) = ctx.mention_of(k - 1) {
        // VSO: the subject ends here, the verb is right before it (past a time word).
        let a = &input.mentions[m];
        if a.tok_end != k || !free(m) {
            return None;
        }
        let mut v = a.tok_start;
        if v > s0 && args::TIME_WORDS.contains(&args::bare(&input.keys[v - 1])) {
            v -= 1;
        }
        let verb = v.checked_sub(1).filter(|&v| v >= s0 && !ctx.in_mention(v) && is_aspect_verb(&input.keys[v]));
        return verb.map(|v| (Arg::from_mention(a, input.home), v));
    }
    // SVO: the verb right before the noun and its links, the party right before the verb
    // (past قد، التي).
    let verb = k - 1;
    if !is_aspect_verb(&input.keys[verb]) {
        return None;
    }
    let mut end = verb;
    if end > s0 && BEFORE_VERB.contains(&input.keys[end - 1].as_str()) {
        end -= 1;
    }
    let m = (end > s0).then(|| ctx.mention_of(end - 1)).flatten().filter(|&m| input.mentions[m].tok_end == end && free(m))?;
    Some((Arg::from_mention(&input.mentions[m], input.home), verb))
}

#[cfg(test)]
mod tests {
    use super::is_aspect_verb;
    use crate::events::tests::events;

    /// (type, actor country) of every event.
    fn actors(text: &str) -> Vec<(String, Option<String>)> {
        events(text).iter().map(|e| (e.kind.clone(), e.actors.first().and_then(|p| p.country.clone()))).collect()
    }

    #[test]
    fn keys_fold_hamza() {
        assert!(is_aspect_verb("وبدات"));
        assert!(is_aspect_verb("استانفت"));
        // (بدا "seemed" is no such verb.)
        assert!(!is_aspect_verb("بدا"));
    }

    #[test]
    fn the_verbs_subject_acts() {
        let a = actors("وبدأت القوات الأمريكية هجوما بريا ضد مسلحين في المنطقة.");
        assert!(a.iter().any(|(k, c)| k == "ASSAULT" && c.as_deref() == Some("USA")), "{a:?}");
        let a = actors("ويحاول المبعوث الروسي التفاوض مع الحوثيين.");
        assert!(a.iter().any(|(k, c)| k == "CONSULT" && c.as_deref() == Some("RUS")), "{a:?}");
        let a = actors("وأقدمت قوات الاحتلال على هدم منازل فلسطينية في القدس.");
        assert!(a.iter().any(|(k, c)| k == "COERCE" && c.as_deref() == Some("ISR")), "{a:?}");
        let a = actors("وكانت السعودية قد بدأت عملية عسكرية في اليمن.");
        assert!(a.iter().any(|(k, c)| k == "ASSAULT" && c.as_deref() == Some("SAU")), "{a:?}");
    }

    #[test]
    fn the_genitive_of_a_governed_noun_is_acted_on() {
        let t = "ودأب الرئيس الأمريكي على انتقاد الحكومة الكندية.";
        let e = events(t);
        assert!(e.iter().any(|e| e.kind == "ACCUSE" && e.actors.first().and_then(|p| p.country.as_deref()) == Some("USA")
            && e.recipients.first().and_then(|p| p.country.as_deref()) == Some("CAN")), "{e:?}");
    }

    #[test]
    fn not_across_a_clause() {
        // A comma ends the verb's clause: the attack is not the army's.
        let a = actors("وحاول الجيش الأمريكي، بعد هجوم على القاعدة، الانسحاب.");
        assert!(!a.iter().any(|(k, c)| k == "ASSAULT" && c.as_deref() == Some("USA")), "{a:?}");
        // Nor a noun deeper in the verb's object: the victims' abuse is not Australia's.
        let a = actors("وبدأت أستراليا تطبيق برنامج تعويض لضحايا الاعتداء على الأطفال.");
        assert!(!a.iter().any(|(k, c)| k == "ASSAULT" && c.as_deref() == Some("AUS")), "{a:?}");
        // Nor a noun after a verb that is none of them.
        let a = actors("ونقل التلفزيون الأمريكي هجوما على القاعدة.");
        assert!(!a.iter().any(|(k, c)| k == "ASSAULT" && c.as_deref() == Some("USA")), "{a:?}");
    }
}
