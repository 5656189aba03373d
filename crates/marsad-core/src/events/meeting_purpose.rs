//! A meeting noun with لـ written on it names what someone set out to do (وصل وزير الخارجية
//! الأمريكي إلى الرياض للقاء الملك سلمان، سافر الزعيم الكوري إلى بكين للقاء الرئيس الصيني):
//! its genitive is the one met, not the one meeting, as it is the object of the verb
//! (التقى، استقبل، زار take the met party as a direct object). Without this the met party
//! was read as the actor. Only the nouns of those verbs: the genitive of اجتماع، محادثات،
//! قمة names who meets (لاجتماع مجلس الأمن).

use super::args::{is_preposition, Context};
use super::Input;
use marsad_lexicon::events::{Trigger, TriggerKind};
use marsad_text::normalize::key;

/// The verbal nouns of meeting verbs whose met party is their direct object.
const MET_IN_GENITIVE: &[&str] = &["لقاء", "استقبال", "زيارة"];

/// Is the noun trigger at `i` a meeting told as a purpose: one of those nouns, in the
/// singular, with لـ written on it and no possessive pronoun (للقاء، لاستقبال، ولزيارة)?
pub(super) fn is_meeting_purpose(input: &Input, t: &Trigger, i: usize, enclitic: bool) -> bool {
    if enclitic || t.kind != TriggerKind::Noun || !MET_IN_GENITIVE.iter().any(|w| key(w) == key(&t.lemma)) {
        return false;
    }
    let k = input.keys[i].as_str();
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    // (للقاء is ل + لقاء; لاستقبال، للاستقبال ل + the noun with or without its article.)
    let lemma = key(&t.lemma);
    let Some(rest) = k.strip_prefix('ل') else { return false };
    rest == lemma || rest.strip_prefix("ال") == Some(lemma.as_str()) || rest.strip_prefix('ل') == Some(lemma.as_str())
}

/// How far before the noun the one who sets out may be named.
const VISITOR_BACK: usize = 30;

/// Who sets out to meet: the nearest party before the noun at `i` that is no preposition's
/// (وصل وزير الخارجية الأمريكي إلى الرياض للقاء: not Riyadh; دعا ترامب بوتين لزيارة
/// واشنطن: the one invited), within its sentence and past the dateline.
pub(super) fn visitor(ctx: &Context, input: &Input, i: usize, s0: usize) -> Option<usize> {
    let lo = i.saturating_sub(VISITOR_BACK).max(s0).max(super::dateline::dateline_end(input));
    let mut k = i;
    while k > lo {
        k -= 1;
        let Some(m) = ctx.mention_of(k) else { continue };
        let mention = &input.mentions[m];
        let governed = mention.prepositional || mention.tok_start > 0 && is_preposition(&input.keys[mention.tok_start - 1]);
        if mention.country.is_some() && !governed && mention.tok_start >= lo {
            return Some(m);
        }
        k = mention.tok_start;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::events::tests::sides;

    #[test]
    fn the_one_met_after_a_purpose_is_the_recipient() {
        let t = "وتوجه الرئيس الفرنسي إلى موسكو للقاء الرئيس الروسي فلاديمير بوتين.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(_, r)| r.as_deref() == Some("RUS")), "{s:?}");
        assert!(!s.iter().any(|(a, _)| a.as_deref() == Some("RUS")), "{s:?}");
        let t = "ووصل وزير الخارجية البريطاني، الأحد، إلى العاصمة المصرية القاهرة، للقاء الرئيس عبد الفتاح السيسي.";
        assert_eq!(sides(t, "CONSULT"), vec![(Some("GBR".into()), Some("EGY".into()))]);
    }

    #[test]
    fn a_meeting_between_two_countries_keeps_both_sides() {
        let t = "وتجري الاستعدادات للقاء الرئيس الأمريكي والزعيم الكوري الشمالي في سنغافورة.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("USA")), "{s:?}");
    }

    #[test]
    fn a_visit_with_its_destination_after_the_genitive_is_the_visitors() {
        let t = "ولم يحدد موعد جديد لزيارة الرئيس المكسيكي إلى واشنطن.";
        let s = sides(t, "CONSULT");
        assert!(s.iter().any(|(a, _)| a.as_deref() == Some("MEX")), "{s:?}");
    }
}
