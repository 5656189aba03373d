//! A meeting or visit noun that opens its sentence as a frame of time or place points
//! forward: the one who met or visited is the subject of the main clause after it, not a
//! party of the sentence before. With a possessive pronoun (وخلال لقائه بالرئيس الفرنسي،
//! تحدث ترامب …؛ وبعد زيارته إلى غانا، يبدي الرئيس الفرنسي …) the subject agrees with the
//! pronoun; a bare noun needs its partner named (في اجتماع مع الرئيس الروسي، قال شويغو؛
//! وخلال القمة مع ترمب، أكد كيم), a person or a body, not a place (وفي لقاء لها ببرلين)
//! unless the noun is a visit's. That subject is the first mention right after the
//! clause's verb, the verb after a comma that closes no apposition (a comma before a name,
//! a day or a place goes on: مع رئيسة الوزراء البريطانية، تريزا ماي، …); without a comma
//! the clause's start is not known (مع مسؤولين صناعيين أميركيين تعهد ترمب: the nisba is
//! no verb's subject). The holder stands in the main clause, so what follows it is that
//! clause's, not the frame's content (`events::extent`).

use super::args::{agrees, bare, is_comma, is_preposition, list_from, mention_starting, pronoun_on, Arg, Context, Pronoun};
use super::Input;
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// Prepositions of time or place that open such a frame (keys, after a conjunction).
const FRAME: &[&str] = &["في", "خلال", "اثناء", "عقب", "بعد", "قبيل", "قبل", "اثر", "لدي"];

/// The rule mark of a frame held by the main clause's subject.
pub(super) const RULE: &str = "+fronted-frame";

/// How far after the noun the main clause's verb may stand (words).
const REACH: usize = 24;

/// The subject of the main clause after a frame opened by the noun at `i` (the sentence's
/// second token, after a preposition of time or place); `met` are the parties the noun was
/// read with; `visit` whether the noun is a visit's, whose partner may be a place.
pub(super) fn main_subject(ctx: &Context, input: &Input, i: usize, (s0, s1): (usize, usize), met: &[Arg], visit: bool) -> Option<Vec<Arg>> {
    if i != s0 + 1 || !FRAME.contains(&bare(&input.keys[s0])) {
        return None;
    }
    let pronoun = pronoun_on(input, i);
    let partner_end = met.iter().map(|r| r.tok_end).max();
    let place = |r: &Arg| r.role.is_none() && r.mentions(input).any(|m| matches!(m.kind, Kind::State | Kind::Capital | Kind::Place));
    if pronoun.is_none() && (partner_end.is_none() || !visit && met.iter().all(place)) {
        return None;
    }
    let reach = (i + REACH).min(s1);
    // (Past the partner: a comma inside its phrase sets off its name.)
    let from = partner_end.filter(|_| pronoun.is_none()).unwrap_or(i + 1);
    let m = (from..reach).filter(|&k| is_comma(input, k)).find_map(|k| subject_after(ctx, input, k + 1, s1, pronoun, met))?;
    Some(list_from(ctx, input, m, s1).into_iter().map(|m| Arg::from_mention(&input.mentions[m], input.home)).collect())
}

/// The mention right after a verb at `verb` that can be the frame's holder: of the
/// pronoun's agreement, or for a bare noun a party of some country that is no news medium
/// (وفي اجتماع … بثه التلفزيون الرسمي) and none of those met.
fn subject_after(ctx: &Context, input: &Input, verb: usize, s1: usize, pronoun: Option<Pronoun>, met: &[Arg]) -> Option<usize> {
    if verb + 1 >= s1 || input.tokens[verb].kind != TokenKind::Arabic || ctx.in_mention(verb) || is_preposition(&input.keys[verb]) {
        return None;
    }
    let m = mention_starting(ctx, input, verb + 1)?;
    let mention = &input.mentions[m];
    if mention.prepositional {
        return None;
    }
    let holds = match pronoun {
        Some(p) => agrees(input, mention, p),
        None => {
            let party = Arg::from_mention(mention, input.home);
            let met_again = met.iter().any(|r| r.tok_start == party.tok_start || r.entity.is_some() && r.entity == party.entity);
            party.country.is_some() && party.role.as_deref() != Some("MED") && !met_again
        }
    };
    holds.then_some(m)
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, sides};

    #[test]
    fn the_frames_pronoun_is_the_main_clauses_subject() {
        let t = "وكان الرئيس العراقي في بغداد. وخلال لقائه بالرئيس الفرنسي في البيت الأبيض، تحدث الرئيس الأمريكي عن الانسحاب من سوريا.";
        let found = events(t);
        assert!(
            found.iter().any(|e| e.kind == "CONSULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("USA")) && e.recipients.iter().any(|r| r.country.as_deref() == Some("FRA"))),
            "{found:?}"
        );
        assert!(!found.iter().any(|e| e.kind == "CONSULT" && e.actors.iter().any(|a| a.country.as_deref() == Some("IRQ"))), "{found:?}");
        // A name apposed to the one met is passed over for the verb after it.
        let t = "وخلال لقائه بالرئيس الفرنسي، إيمانويل ماكرون، في البيت الأبيض، تحدث الرئيس الأمريكي عن سوريا.";
        assert_eq!(sides(t, "CONSULT"), vec![(Some("USA".into()), Some("FRA".into()))]);
    }

    #[test]
    fn a_bare_frame_with_its_partner_is_the_main_clauses_subjects() {
        let t = "وفي اجتماع مع الرئيس الروسي فلاديمير بوتين، قال وزير الدفاع الفرنسي إن التسليم اكتمل.";
        assert_eq!(sides(t, "CONSULT"), vec![(Some("FRA".into()), Some("RUS".into()))]);
        let t = "وخلال اتصال هاتفي مع الرئيس التركي، دعا المستشار النمساوي إلى التهدئة.";
        assert!(sides(t, "CONSULT").contains(&(Some("AUT".into()), Some("TUR".into()))), "{:?}", sides(t, "CONSULT"));
        // A visit's partner may be a place.
        let t = "وفي زيارة إلى فنزويلا، قال الرئيس الفلسطيني إنه يأمل في دعمها.";
        assert!(sides(t, "CONSULT").contains(&(Some("PSE".into()), Some("VEN".into()))), "{:?}", sides(t, "CONSULT"));
        // A day between the partner and the verb; a medium after a word of broadcasting is no holder.
        let t = "وخلال اجتماع مع كبار ضباط الشرطة الكينية في نيروبي، الخميس، انتقد الرئيس الكيني أداء الأجهزة.";
        assert!(sides(t, "CONSULT").iter().any(|(a, _)| a.as_deref() == Some("KEN")), "{:?}", sides(t, "CONSULT"));
        let t = "وفي اجتماع مع مسؤولين أتراك بثه التلفزيون الرسمي الإيراني، تعهد الوزير بالمساعدة.";
        assert!(!sides(t, "CONSULT").iter().any(|(a, _)| a.as_deref() == Some("IRN")), "{:?}", sides(t, "CONSULT"));
    }

    #[test]
    fn no_holder_past_an_unclosed_frame_nor_for_a_place() {
        // With no comma the nisba after the partner is no subject, and the verb keeps its own event.
        let t = "وفي اجتماع مع مسؤولين صناعيين أميركيين تعهد الرئيس الفرنسي بإعادة بناء الصناعة.";
        assert!(!sides(t, "CONSULT").iter().any(|(a, _)| a.is_some()), "{:?}", sides(t, "CONSULT"));
        assert!(!sides(t, "AGREE").is_empty(), "{:?}", events(t));
        // A meeting in a city is held there, with no one named met.
        let t = "وفي لقاء لها بباريس، عبرت المستشارة الألمانية عن خيبة أملها بعد الخروج.";
        assert!(!sides(t, "CONSULT").iter().any(|(a, _)| a.as_deref() == Some("DEU")), "{:?}", sides(t, "CONSULT"));
        assert!(!sides(t, "ACCUSE").is_empty(), "{:?}", events(t));
        // The main verb right after the frame's comma keeps its own event.
        let t = "وخلال زيارته، ضغط الرئيس الفرنسي على الرئيس الأمريكي للإبقاء على الاتفاق.";
        assert!(!sides(t, "REQUEST").is_empty(), "{:?}", events(t));
    }
}
