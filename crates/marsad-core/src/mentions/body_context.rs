//! A role phrase that ends in a body noun with no code of its own (مسؤولي الحكومة،
//! ممثل الحزب، قائد الجيش، رجال الشرطة) names the body's people: it takes the code the
//! body noun gets when it stands alone. Alone, الحكومة refers back to the government
//! named before (`link`), الحزب to the party (`group_anaphora`) and الجيش, an institution
//! of `alone = home`, is the story's; inside the phrase the noun is no mention of its
//! own, so none of those passes reached it and the phrase was left uncoded.

use super::*;

/// The body noun that ends the uncoded role phrase `s` (the last word or the last
/// dictionary phrase of several words: وزارة الخارجية), if one does: a definite agent
/// that names no one person and no building.
fn body_at_end<'a>(cx: &Cx<'a, '_>, s: &ActorSpan<'_>) -> Option<(usize, &'a Entry)> {
    let end = s.tok_end;
    if !key_is_definite(&cx.keys[end - 1]) {
        return None;
    }
    let upto = &cx.keys[..end];
    (s.tok_start + 1..end).find_map(|t| {
        let m = cx.lex.longest_at(upto, t).filter(|m| m.end == end)?;
        let e = m.entries.iter().map(|&id| cx.lex.entry(id)).find(|e| e.kind == Kind::Agent)?;
        // (The body in the singular, its row's first form: بعض الأحزاب are no one party.)
        let singular = e.id.strip_prefix("agent:") == Some(e.name.as_str());
        (singular && !e.singular_person && !e.building && e.role.is_some() && !plural_of_person(cx, e)).then_some((t, e))
    })
}

/// Is `e` a plural form of a noun for one person (الوزراء in رئيس الوزراء: ministers,
/// not a body)? Its row's singular, the form its id is made of, says so.
fn plural_of_person(cx: &Cx<'_, '_>, e: &Entry) -> bool {
    let Some(singular) = e.id.strip_prefix("agent:").filter(|s| !s.contains(' ')) else { return false };
    let key = [marsad_text::normalize::key(singular)];
    cx.lex.longest_at(&key, 0).is_some_and(|m| m.entries.iter().any(|&id| {
        let s = cx.lex.entry(id);
        s.id == e.id && s.singular_person
    }))
}

/// Does the phrase `s` begin with a role noun (not a quantity, عدد محدود من القوات, whose
/// body a later pass widened it to), and not one for civilians that stands alone (ضحايا
/// الحزب: the party's victims, not its people)? Members (أعضاء, `alone = no`) are the body's.
fn people_of_a_body(cx: &Cx<'_, '_>, s: &ActorSpan<'_>) -> bool {
    let Some(m) = cx.lex.longest_at(&cx.keys[..s.tok_end], s.tok_start) else { return false };
    let mut agents = m.entries.iter().map(|&id| cx.lex.entry(id)).filter(|e| e.kind == Kind::Agent).peekable();
    agents.peek().is_some() && agents.all(|e| e.alone == Alone::No || e.role.as_deref() != Some("CVL"))
}

/// The head noun of an agent id without the article (`agent:المحكمة العليا` → محكمة
/// العليا's head محكمة): what a bare body noun is compared by, as `link` compares it.
fn body_head(agent_id: &str) -> &str {
    let head = head_noun(agent_id);
    without_article(head.strip_prefix("agent:").unwrap_or(head))
}

/// The span a body noun at `at` (of entry `body`) would refer back to alone, among the
/// [`LINK_WINDOW`] spans before `i`: the nearest coded body of its head noun in the same
/// gender and number (`link`), or for a group anaphor noun (الحزب، اللجنة) the nearest
/// coded group or body whose name begins with it (`group_anaphora`; not a news outlet).
fn antecedent(cx: &Cx<'_, '_>, spans: &[ActorSpan<'_>], i: usize, at: usize, body: &Entry) -> Option<usize> {
    let key = cx.keys[at].as_str();
    let head = body_head(&body.id);
    let group_noun = GROUP_ANAPHORS.iter().map(|(_, n)| *n).find(|n| noun_forms::is_definite(key, n)).filter(|n| referring::names_a_group(n));
    (i.saturating_sub(LINK_WINDOW)..i).rev().find(|&j| {
        let p = &spans[j];
        if p.actor.is_none() || p.tok_end > spans[i].tok_start {
            return false;
        }
        let same_body = p.kind == Kind::Agent
            && (p.entity.is_none() || names_organisation(&p.rule))
            && p.agent_id.is_some_and(|id| body_head(id) == head)
            && agrees(&cx.keys[p.tok_start], key);
        let same_group = group_noun.is_some_and(|n| {
            matches!(p.kind, Kind::Group | Kind::Igo | Kind::Agent) && !(n == "وكاله" && is_news_outlet(p)) && noun_forms::is_form(&cx.keys[p.tok_start], n)
        });
        same_body || same_group
    })
}

/// Code each uncoded role phrase that ends in a body noun as the body alone would be: by
/// its antecedent, or, for an institution of the story's country (`alone = home`), by
/// marking it so that [`resolve_from_context`] gives it the story's country with the
/// phrase's role. Runs after the links and anaphors, before the story's country.
pub(super) fn code_by_body<'a>(cx: &Cx<'a, '_>, spans: &mut [ActorSpan<'a>]) {
    for i in 0..spans.len() {
        let s = &spans[i];
        // The fields in one branch (`&`), the rule read only for the mentions they let through.
        let fields = (s.kind == Kind::Agent) & s.actor.is_none() & s.entity.is_none() & !s.needs_name & (s.tok_end >= s.tok_start + 2);
        if !fields || s.rule != "agent" {
            continue;
        }
        let Some((at, body)) = body_at_end(cx, s) else { continue };
        // The body is a noun in construct after an indefinite one (قائد الجيش, not the
        // adjective of العناصر الإرهابية) and not a sound masculine plural, which is people
        // (قادة المتظاهرين). A definite word after the phrase describes the body further
        // (رئيس اللجنة العليا للإغاثة): another body than the one named before.
        let described = cx.keys.get(s.tok_end).is_some_and(|k| k.starts_with("ال") && spans.get(i + 1).is_none_or(|n| n.tok_start > s.tok_end));
        if key_is_definite(&cx.keys[at - 1]) || super::plural_ending(&cx.keys[s.tok_end - 1]) || described || !people_of_a_body(cx, s) {
            continue;
        }
        // (A body after في or a preposition is the institution the phrase serves in:
        // `extent::merge_adjacent` joins them.)
        let institution_after = cx.keys.get(s.tok_end).is_some_and(|k| k == "في") || spans.get(i + 1).is_some_and(|n| n.tok_start == s.tok_end && n.prepositional);
        if institution_after {
            continue;
        }
        if let Some(j) = antecedent(cx, spans, i, at, body) {
            let (before, from_i) = spans.split_at_mut(i);
            let s = &mut from_i[0];
            // A phrase with a role of its own (قوات النظام: forces, MIL; the regime GOV)
            // is that role of the body's state.
            let own_role = s.role.clone().filter(|r| Some(r.as_ref()) != body.role.as_deref());
            s.resolve_as(&before[j], "body-coref");
            let state = s.actor.as_deref().and_then(|a| cx.lex.split_code_ref(a).0).filter(|c| cx.lex.state(c).is_some());
            if let (Some(role), Some(state)) = (own_role, state) {
                s.actor = Some(actor_of(cx.lex, state, &role));
                s.role = role.get(..3).map(|r| Cow::Owned(r.to_string()));
            }
            // The phrase names the body's people, not the body itself.
            s.entity = None;
            s.entity_id = None;
            s.needs_institution = false;
        } else if body.alone == Alone::Home {
            let s = &mut spans[i];
            s.home = true;
            s.definite = true;
            s.needs_institution = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn the_army_commander_is_the_army_named_before() {
        let ms = mentions("وقال الجيش اللبناني إن الوضع هادئ. وقال قائد الجيش إن القوات جاهزة.");
        assert_eq!(code(&ms, "قائد الجيش"), Some("LBNMIL"), "{ms:?}");
    }

    #[test]
    fn the_party_spokesman_is_the_party_named_before() {
        let ms = mentions("وفاز حزب العمال البريطاني بالانتخابات. وقال متحدث باسم الحزب إن النتيجة تاريخية.");
        assert_eq!(code(&ms, "متحدث باسم الحزب"), code(&ms, "حزب العمال البريطاني"), "{ms:?}");
        assert!(code(&ms, "متحدث باسم الحزب").is_some(), "{ms:?}");
    }

    #[test]
    fn policemen_are_the_police_of_the_story() {
        let ms = mentions("وشهدت بيروت احتجاجات في لبنان. وقالت الحكومة اللبنانية إن لبنان آمن. وانتشر رجال الشرطة بكثافة.");
        assert_eq!(code(&ms, "رجال الشرطة"), Some("LBNCOP"), "{ms:?}");
    }

    #[test]
    fn the_regime_s_forces_are_its_army() {
        let ms = mentions("وقال النظام السوري إن الهجوم فشل. وقصفت قوات النظام بلدات في ريف إدلب.");
        assert_eq!(code(&ms, "قوات النظام"), Some("SYRMIL"), "{ms:?}");
    }

    #[test]
    fn the_prime_minister_is_no_minister_s_body() {
        // الوزراء is the plural of a noun for one person, not a body.
        let ms = mentions("وقال وزير الدفاع الإثيوبي سراج فقيسا إن الوضع هادئ. وأعلن رئيس الوزراء استقالته.");
        assert_ne!(code(&ms, "رئيس الوزراء"), Some("ETHGOVMIL"), "{ms:?}");
    }

    #[test]
    fn victims_and_some_parties_are_not_the_party() {
        let ms = mentions("واغتال حزب الله شخصية مدنية أخرى تضاف إلى ضحايا الحزب. وأسس مع بعض الأحزاب كتلة جديدة.");
        assert_eq!(code(&ms, "ضحايا الحزب"), None, "{ms:?}");
        assert_eq!(code(&ms, "بعض الأحزاب"), None, "{ms:?}");
    }

    #[test]
    fn a_person_noun_at_the_end_is_no_body() {
        // محامي الرئيس: the president's lawyer is not of the government.
        let ms = mentions("وقال الرئيس الأمريكي دونالد ترامب إنه بريء. وقال محامي الرئيس إن التحقيق انتهى.");
        assert_ne!(code(&ms, "محامي الرئيس"), Some("USAGOV"), "{ms:?}");
    }

    #[test]
    fn an_adjective_that_is_also_a_role_noun_is_no_body() {
        // العناصر الإرهابية: terrorist elements, not members of a body named before.
        let ms = mentions("وقال الجيش العراقي إنه قتل العناصر الإرهابية في الموصل.");
        assert_eq!(code(&ms, "العناصر الإرهابية"), None, "{ms:?}");
    }

    #[test]
    fn a_body_never_named_and_not_the_story_s_stays_uncoded() {
        let ms = mentions("وقال رئيس اللجنة إن العمل مستمر.");
        assert_eq!(code(&ms, "رئيس اللجنة"), None, "{ms:?}");
    }
}
