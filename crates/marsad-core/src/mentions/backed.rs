//! Bodies described by their backer (القوات المدعومة من إيران، القوات الموالية للحكومة
//! السورية): which earlier body of the same noun they may refer back to.

use super::ActorSpan;
use marsad_lexicon::Kind;

/// Which state an antecedent of a body described by its backer must or must not be of.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum BackedBy<'s> {
    /// Loyal to a government (الموالية للحكومة السورية): that state's own forces.
    OwnGovernment(&'s str),
    /// Backed by, or loyal to, a state or body (المدعومة من الولايات المتحدة، الموالية
    /// لإيران): a proxy, never the backer's own forces named before.
    Foreign(&'s str),
}

impl BackedBy<'_> {
    /// May a body of `country` be what the described body refers back to?
    pub(super) fn allows(&self, country: Option<&str>) -> bool {
        match *self {
            BackedBy::OwnGovernment(c) => country == Some(c),
            BackedBy::Foreign(c) => country != Some(c),
        }
    }
}

/// The backer of `s` when its last word says it is backed (المدعومة) or loyal (الموالية)
/// and the next mention, right after it or after من, is the coded backer.
pub(super) fn backer<'s>(s: &ActorSpan<'_>, next: Option<&'s ActorSpan<'_>>, keys: &[String]) -> Option<BackedBy<'s>> {
    let last = keys.get(s.tok_end.checked_sub(1)?)?;
    let loyal = last.starts_with("الموال");
    if !loyal && !last.starts_with("المدعوم") {
        return None;
    }
    let next = next.filter(|n| n.tok_start == s.tok_end || n.tok_start == s.tok_end + 1 && keys[s.tok_end] == "من")?;
    let country = next.country.as_deref()?;
    // A government named by its noun (للحكومة السورية، للنظام), not a capital or a state
    // (الموالية لأنقرة: Syrian factions, not Turkey's own).
    let government = next.kind == Kind::Agent && next.role.as_deref() == Some("GOV");
    Some(if loyal && government { BackedBy::OwnGovernment(country) } else { BackedBy::Foreign(country) })
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn backed_forces_are_not_the_backers() {
        // Supported by the United States: not the US forces named before.
        let ms = mentions("وقصفت القوات الأمريكية مواقع التنظيم. وقالت القوات المدعومة من الولايات المتحدة إنها تقدمت.");
        assert_ne!(code(&ms, "القوات المدعومة"), Some("USAMIL"), "{ms:?}");
        // Loyal to the Syrian government: not the US forces named before.
        let ms = mentions("وقصفت القوات الأمريكية مواقع التنظيم. وقتل نحو 100 من القوات الموالية للحكومة السورية.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("USAMIL") || m.text == "القوات الأمريكية"), "{ms:?}");
        // Loyal to a capital is loyal to a foreign backer: not Turkey's forces.
        let ms = mentions("وقصفت القوات التركية مواقع المسلحين. وتقدمت القوات الموالية لأنقرة في عفرين.");
        assert!(ms.iter().all(|m| m.actor.as_deref() != Some("TURMIL") || m.text == "القوات التركية"), "{ms:?}");
    }

    #[test]
    fn forces_loyal_to_their_own_government_still_link() {
        let ms = mentions("وتقدمت القوات السورية في ريف حلب. وقالت القوات الموالية للحكومة السورية إنها سيطرت على القرية.");
        // The participle and its government are inside the body's mention (label guide),
        // which is still the government's own forces.
        assert_eq!(code(&ms, "القوات الموالية للحكومة السورية"), Some("SYRMIL"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "للحكومة السورية"), "{ms:?}");
        // A body with no backer after it links as before.
        let ms = mentions("وقصفت القوات الأمريكية مواقع التنظيم. وقالت القوات إنها تقدمت.");
        assert_eq!(code(&ms, "القوات"), Some("USAMIL"), "{ms:?}");
    }
}
