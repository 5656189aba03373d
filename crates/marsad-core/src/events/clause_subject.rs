//! Two signs that a demand, threat, rejection, praise or accusation opening a clause after
//! a comma is not said by the sentence's first party (`dropped_subject::main_clause_actor`):
//!
//! - a carrier noun of the first clause (a letter, resolution, statement, recording …)
//!   with its own author named after it, by من and a party or by a relative verb whose
//!   pronoun takes it back: the verb after the comma is the carrier's ("in which he asks"),
//!   said by that author, not by the first party. Only for a verb with no و or ف: one
//!   coordinated with the first clause is still its subject's (`اطلعت حكومة الإمارات على
//!   التقرير الذي أصدرته منظمة العفو، وترفض ما تضمنه`) (`تلقى ترامب رسالة من كيم، يطلب فيها`،
//!   `يصوت مجلس الأمن على مشروع قرار قدمته الكويت، يدعو إلى`، `رغم قرار تبناه مجلس
//!   الأمن، يطلب هدنة`). A carrier the first party issues or sends keeps it (`أصدرت السفارة
//!   بيانا، دعت فيه`، `وجهت السعودية رسالة إلى مجلس الأمن، وطالبت`، `بيانا من سجنه`);
//! - a subject standing right after the verb, past a resumptive: a plural in ـون, in the
//!   nominative (`وطالب مشيعون بالانتقام`، `يدعو متابعون يمنيون الحكومة`), or a quantifier
//!   or back-reference that is only ever the subject there (`يشيد الكل`، `ورفضت إحداهن`،
//!   `يطلب فيها الأخير`; not بعض, an object as often: `ينتقد فيها بعض السياسات`).
//!
//! Found reading the corpus changes of the widening to demands, threats, rejections and
//! praise (forty-second session, `clause42`, docs/events.md).

use super::args::Context;
use super::Input;
use marsad_text::normalize::without_conjunction;

/// Nouns that carry a statement (keys, without ال and the accusative alif).
const CARRIERS: &[&str] = &["رساله", "قرار", "بيان", "تسجيل", "مذكره", "خطاب", "تقرير", "وثيقه", "منشور", "شريط", "تغريده"];

/// Words after a verb that are its subject, never its object.
const SUBJECTS: &[&str] = &["الكل", "احداهن", "احداهما", "احدهم", "احدهما", "البعض", "بعضهم", "الاخير", "الاخيره", "الامر", "كلاهما", "كلتاهما"];

fn is_carrier(key: &str) -> bool {
    let w = key.strip_prefix("ال").unwrap_or(key);
    let w = w.strip_suffix('ا').filter(|r| r.chars().count() >= 3).unwrap_or(w);
    CARRIERS.contains(&w)
}

/// A relative verb taking back a carrier (تبناه، قدمته، بعثتها، أرسلها), not a feminine
/// adjective (whose ة is ه in a key).
fn is_relative_verb(key: &str) -> bool {
    key.chars().count() >= 4 && (key.ends_with("ته") || key.ends_with("تها") || key.ends_with("اه") || key.ends_with("ها") && !key.starts_with("ال"))
}

/// Between the first party's end `from` and the verb at `verb` (lemma `lemma`), which
/// carries no conjunction: a carrier noun with its own author after it.
pub(super) fn carrier_of_another(ctx: &Context, input: &Input, from: usize, verb: usize, lemma: &str) -> bool {
    let key = input.keys[verb].as_str();
    // (A lemma opening with و or ف, وجه، فرض, keeps it: ووجه is conjoined, وجه not.)
    let lemma = marsad_text::normalize::key(lemma);
    let conjoined = key.starts_with(['و', 'ف']) && (!lemma.starts_with(['و', 'ف']) || key.chars().nth(1).is_some_and(|c| c == 'و' || c == 'ف'));
    !conjoined && (from..verb).any(|k| {
        is_carrier(&input.keys[k]) && {
            // The next word, or the one after an adjective or a second noun (مشروع قرار).
            (k + 1..(k + 3).min(verb)).any(|j| {
                let w = input.keys[j].as_str();
                w == "من" && j + 1 < verb && ctx.in_mention(j + 1) || is_relative_verb(w) && !ctx.in_mention(j)
            })
        }
    })
}

/// The word right after the verb's trigger (`after`, past a resumptive) is its subject.
pub(super) fn subject_follows(ctx: &Context, input: &Input, after: usize, s1: usize) -> bool {
    if after >= s1 {
        return false;
    }
    let key = input.keys[after].as_str();
    if SUBJECTS.contains(&key) || SUBJECTS.contains(&without_conjunction(key)) {
        return true;
    }
    // A plural in ـون (not a name: كانون، جونسون are mentions or no subject at all).
    !ctx.in_mention(after) && key.ends_with("ون") && key.chars().count() >= 5 && !key.ends_with("قانون")
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, sides};

    #[test]
    fn a_carrier_with_its_own_author_lends_no_actor() {
        let t = "تلقى الرئيس الأميركي دونالد ترامب رسالة من الزعيم الكوري الشمالي كيم جونغ أون، يطلب فيها تحديد موعد لاجتماع ثان.";
        assert!(sides(t, "REQUEST").iter().all(|(a, _)| a.as_deref() != Some("USA")), "{:?}", sides(t, "REQUEST"));
        let t = "يصوت مجلس الأمن الدولي على مشروع قرار قدمته الكويت، يدعو إلى إرسال بعثة حماية دولية إلى قطاع غزة.";
        assert!(events(t).iter().filter(|e| e.kind == "REQUEST").all(|e| !e.rule.contains("main-clause")), "{:?}", events(t));
        // Coordinated with و, the verb is the first clause's subject's again.
        let t = "اطلعت حكومة دولة الإمارات العربية المتحدة على التقرير الذي أصدرته منظمة العفو الدولية، وترفض ما تضمنه التقرير بشكل قاطع.";
        assert!(sides(t, "REJECT").iter().any(|(a, _)| a.as_deref() == Some("ARE")), "{:?}", sides(t, "REJECT"));
    }

    #[test]
    fn a_carrier_the_first_party_issues_keeps_it() {
        let t = "الرئيس الصيني، تشي جينبينغ، ألقى خطابا مهما الجمعة، أشاد فيه بماركس باعتباره أعظم مفكر في العصر الحديث.";
        assert!(sides(t, "SUPPORT").iter().any(|(a, _)| a.as_deref() == Some("CHN")), "{:?}", sides(t, "SUPPORT"));
        let t = "وجهت السعودية رسالة إلى مجلس الأمن الدولي بشأن الصواريخ الباليستية، وطالبت بمحاسبة إيران.";
        assert!(sides(t, "REQUEST").iter().any(|(a, _)| a.as_deref() == Some("SAU")), "{:?}", sides(t, "REQUEST"));
    }

    #[test]
    fn a_subject_after_the_verb_takes_the_act() {
        let t = "وحمل والدها سترتها الطبية الملطخة بالدماء، وطالب مشيعون بالانتقام لمقتلها.";
        assert!(events(t).iter().all(|e| !e.rule.contains("main-clause")), "{:?}", events(t));
        let t = "وفي ضاحية بوندي، يشيد الكل بموهبته على أرض الملعب.";
        assert!(events(t).iter().all(|e| !e.rule.contains("main-clause")), "{:?}", events(t));
        // An object there leaves the first party its act.
        let t = "ودافعت رئيسة الوزراء البريطانية بقوة عن خطتها المقترحة للخروج من الاتحاد، وحثت منتقديها على مساندة الخطة.";
        assert!(sides(t, "REQUEST").iter().any(|(a, _)| a.as_deref() == Some("GBR")), "{:?}", sides(t, "REQUEST"));
    }
}
