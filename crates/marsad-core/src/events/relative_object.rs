//! A thing named with the relative clause of its maker (أدان الاتفاق الذي أعلنته واشنطن،
//! حجبت الرابط الذي وضعته المملكة، رحب بالقرار الذي اتخذته الحكومة): the reaction is
//! aimed at the relative clause's subject, as for `ما` "what" (أدان ما قامت به إسرائيل).

use super::args::{is_trigger, mention_starting, suffers, Context, RESUMPTIVE};
use super::Input;
use marsad_text::normalize::key_is_definite;
use marsad_text::token::TokenKind;

/// The subject of the relative clause that follows the noun at `head` (right after it,
/// or after one adjective: الإجراءات الأحادية التي اتخذتها إسرائيل): the mention right
/// after the clause's verb. The verb must take the head back as its object (a pronoun on
/// it, اتخذتها، or a resumptive preposition after it, التي تقوم بها): otherwise the head is
/// its subject and the mention its object (الرجل الذي يحكم إيران). A verb that is an event
/// of its own (الهجوم الذي استهدف الجيش) says who acts in it; تعرض names the victim
/// (الهجمات التي تتعرض لها السعودية).
pub(super) fn subject_of_head(ctx: &Context, input: &Input, head: usize, s1: usize) -> Option<usize> {
    let arabic = |k: usize| k < s1 && input.tokens[k].kind == TokenKind::Arabic && !ctx.in_mention(k);
    if !arabic(head) {
        return None;
    }
    let relative = |k: usize| k < s1 && matches!(input.keys[k].as_str(), "الذي" | "التي");
    let rel = if relative(head + 1) {
        head + 1
    } else if arabic(head + 1) && key_is_definite(&input.keys[head + 1]) && relative(head + 2) {
        head + 2
    } else {
        return None;
    };
    let verb = rel + 1;
    if !arabic(verb) || is_trigger(input, verb) || suffers(input, verb) {
        return None;
    }
    // نفى الأنباء التي تداولتها وسائل إعلام: news and what carries it name the medium,
    // which reports the matter and is not its doer.
    if REPORT_NOUNS.contains(&input.keys[head].as_str()) || reports(&input.keys[verb]) {
        return None;
    }
    let subject_at = if verb + 1 < s1 && RESUMPTIVE.contains(&input.keys[verb + 1].as_str()) {
        verb + 2
    } else if super::args::pronoun_on(input, verb).is_some() {
        verb + 1
    } else {
        return None;
    };
    (subject_at < s1).then(|| mention_starting(ctx, input, subject_at)).flatten().filter(|&m| !input.mentions[m].prepositional)
}

/// Nouns of news and reports (folded keys): their maker is a medium, not a doer.
const REPORT_NOUNS: &[&str] = &["الانباء", "الاخبار", "التقارير", "الشائعات"];

/// Reporting and circulating verbs: perfect and imperfect stem (folded).
const REPORTING_VERBS: &[(&str, &str)] = &[("تداول", "تداول"), ("تناقل", "تناقل"), ("نشر", "نشر"), ("اورد", "ورد"), ("ذكر", "ذكر"), ("نقل", "نقل")];

/// Is `key` a reporting verb carrying an object pronoun (تداولتها، نشرته، يتناقلونها)?
fn reports(key: &str) -> bool {
    let Some(stem) = ["هما", "هم", "هن", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p)) else {
        return false;
    };
    REPORTING_VERBS.iter().any(|&(perfect, imperfect)| {
        let perfect_ok = [stem, stem.strip_suffix('ت').unwrap_or(""), stem.strip_suffix('و').unwrap_or("")].contains(&perfect);
        let body = stem.strip_suffix("ون").unwrap_or(stem);
        let imperfect_ok = body.strip_prefix('ي').or_else(|| body.strip_prefix('ت')) == Some(imperfect);
        perfect_ok || imperfect_ok
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::events;

    fn parties(text: &str, kind: &str) -> Vec<(Option<String>, Option<String>)> {
        events(text)
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| (e.actors.first().and_then(|a| a.country.clone()), e.recipients.first().and_then(|r| r.country.clone())))
            .collect()
    }

    #[test]
    fn a_condemned_agreement_is_aimed_at_those_who_announced_it() {
        let p = parties("دان وزير الخارجية السوري وليد المعلم الاتفاق الذي أعلنته واشنطن الشهر الماضي.", "ACCUSE");
        assert_eq!(p, vec![(Some("SYR".into()), Some("USA".into()))]);
    }

    #[test]
    fn a_welcomed_decision_is_aimed_at_its_maker() {
        let p = parties("رحب الرئيس الفلسطيني محمود عباس بالقرار الذي اتخذته الحكومة المصرية.", "SUPPORT");
        assert_eq!(p, vec![(Some("PSE".into()), Some("EGY".into()))]);
    }

    #[test]
    fn the_victim_of_condemned_attacks_is_not_their_maker() {
        let p = parties("أدانت دولة الكويت الهجمات الصاروخية التي تتعرض لها المملكة العربية السعودية.", "ACCUSE");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("SAU")), "{p:?}");
    }

    #[test]
    fn a_relative_verb_without_the_heads_pronoun_names_the_heads_object() {
        // The head does the ruling: إيران is its object, not the doer of anything rejected.
        let p = parties("رفض الرئيس الأمريكي دونالد ترامب النظام الذي يحكم إيران.", "REJECT");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("IRN")), "{p:?}");
    }

    #[test]
    fn reports_circulated_by_the_media_do_not_make_the_media_a_target() {
        let p = parties("رفضت وزارة الخارجية المصرية المعلومات التي نشرتها قناة الجزيرة.", "REJECT");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("QAT")), "{p:?}");
        let p = parties("رفضت الحكومة المصرية الأنباء التي أعلنتها إسرائيل.", "REJECT");
        assert!(p.iter().all(|(_, r)| r.as_deref() != Some("ISR")), "{p:?}");
    }

    #[test]
    fn a_reporting_verb_is_told_by_its_pronoun_and_stem() {
        for w in ["تداولتها", "نشرته", "يتناقلونها", "اوردتها", "نقلوه", "تذكرها"] {
            assert!(super::reports(w), "{w}");
        }
        for w in ["اتخذتها", "اعلنتها", "نشر", "تداولت", "نقلت"] {
            assert!(!super::reports(w), "{w}");
        }
    }
}
