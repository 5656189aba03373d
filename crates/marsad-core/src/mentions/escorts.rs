//! The delegation accompanying someone, named by a pronoun (استقبل … الرويلي والوفد المرافق
//! له، شقيقة الزعيم والوفد المرافق لها): his or her own delegation, of the code of the
//! person the pronoun refers to, as a possessed noun takes its possessor's (مرافقيه). The
//! owner is the mention joined to the delegation by و, right before it (commas aside), of
//! the pronoun's gender (له a man, لها a woman or a body); a word between them (إن إسياس
//! والوفد) is a person not read, so the owner is unknown. A private person (CVL) has no
//! delegation: that code is a guess for an official the dictionaries lack.

use super::noun_forms;
use super::possessed::agrees;
use super::{ActorSpan, Cx};
use marsad_lexicon::Kind;
use std::borrow::Cow;

/// The key of المرافق, which a delegation's pronoun follows.
pub(super) const ACCOMPANYING: &str = "المرافق";

/// The pronoun's gender after المرافق at `t` (له masculine, لها feminine), if one is there.
fn accompanying(cx: &Cx<'_, '_>, t: usize) -> Option<bool> {
    if cx.keys.get(t).map(String::as_str) != Some(ACCOMPANYING) {
        return None;
    }
    match cx.keys.get(t + 1).map(String::as_str) {
        Some("له") => Some(false),
        Some("لها") => Some(true),
        _ => None,
    }
}

/// Can `p` be whom the pronoun refers to: a coded person of its gender, not a private
/// one, or for لها a body?
fn owner(cx: &Cx<'_, '_>, p: &ActorSpan<'_>, feminine: bool) -> bool {
    let person = p.names_one_person();
    let body = feminine && matches!(p.kind, Kind::Agent | Kind::Group | Kind::Igo);
    p.actor.is_some() && p.role.as_deref() != Some("CVL") && (person || body) && agrees(cx, p, feminine)
}

/// Give each bare الوفد followed by المرافق له/لها its owner's code, and the words
/// المرافق له to its span. A delegation with no owner in reach keeps what it had.
pub(super) fn code(cx: &Cx<'_, '_>, out: &mut [ActorSpan<'_>]) {
    for i in 0..out.len() {
        let s = &out[i];
        // The bare noun, or an uncoded phrase ending in it (وأعضاء الوفد).
        let bare = s.tok_end == s.tok_start + 1 || s.actor.is_none();
        if !bare || out.get(i + 1).is_some_and(|n| n.tok_start < s.tok_end + 2) {
            continue;
        }
        let Some(feminine) = accompanying(cx, s.tok_end) else { continue };
        // The definite noun, behind و/ف/ب/ل (والوفد، مع الوفد، للوفد).
        if !noun_forms::is_definite(&cx.keys[s.tok_end - 1], "وفد") {
            continue;
        }
        let t = s.tok_start;
        let joined = cx.keys[t].starts_with('و');
        let Some(p) = i.checked_sub(1).map(|b| &out[b]).filter(|p| joined && (p.tok_end..t).all(|x| cx.punct(x).is_some()) && owner(cx, p, feminine)) else {
            continue;
        };
        let (actor, country, role, antecedent) = (p.actor.clone(), p.country.clone(), p.role.clone(), (p.tok_start, p.tok_end));
        let s = &mut out[i];
        s.tok_end += 2;
        s.actor = actor;
        s.country = country;
        s.role = role;
        s.antecedent = Some(antecedent);
        s.rule = Cow::Owned(format!("{}+escort", s.rule));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{code, mentions};

    #[test]
    fn the_delegation_accompanying_him_is_his() {
        let ms = mentions("استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الفريق أول ركن فياض بن حامد الرويلي، رئيس هيئة الأركان العامة للجيش السعودي والوفد المرافق له الذي يزور مصر.");
        assert_eq!(code(&ms, "والوفد المرافق له"), Some("SAUMIL"), "{ms:?}");
        let ms = mentions("وقال متحدث باسم الحكومة الإثيوبية إن الرئيس الإريتري إسياس أفورقي وأعضاء الوفد المرافق له سيزورون مجمعا.");
        assert_eq!(code(&ms, "وأعضاء الوفد المرافق له"), Some("ERIGOV"), "{ms:?}");
    }

    #[test]
    fn the_nearest_mention_must_agree_with_the_pronoun() {
        let ms = mentions("وأقام الرئيس الأمريكي دونالد ترامب مأدبة غداء لولي العهد السعودي الأمير محمد بن سلمان والوفد المرافق له.");
        assert_eq!(code(&ms, "والوفد المرافق له"), Some("SAUGOV"), "{ms:?}");
        // لها is no man's.
        let ms = mentions("وأقام ترامب مأدبة غداء لولي العهد السعودي الأمير محمد بن سلمان والوفد المرافق لها.");
        assert!(ms.iter().all(|m| !m.text.contains("المرافق")), "{ms:?}");
    }

    #[test]
    fn no_pronoun_or_no_person_leaves_the_delegation_alone() {
        // المرافق with no pronoun: nothing says whose.
        let ms = mentions("وكان في استقبال الرئيس الصيني والوفد المرافق لدى وصوله مطار الرئاسة.");
        assert!(ms.iter().all(|m| !m.text.contains("المرافق")), "{ms:?}");
        // A person not read between (إسياس) leaves the owner unknown; a private person has
        // no delegation.
        let ms = mentions("وقال متحدث باسم الحكومة الإثيوبية إن إسياس والوفد المرافق له سيزورون مجمعا.");
        assert!(ms.iter().all(|m| !m.text.contains("المرافق")), "{ms:?}");
        let ms = mentions("وسافرت شقيقة زعيم كوريا الشمالية والوفد المرافق لها إلى سيول.");
        assert!(ms.iter().all(|m| !m.text.contains("المرافق")), "{ms:?}");
        // A state is no person whose delegation it is.
        let ms = mentions("وقالت مصر إن الوفد المرافق له وصل.");
        assert!(ms.iter().all(|m| !m.text.contains("المرافق")), "{ms:?}");
    }
}
