//! An unknown person is guessed to be a private person of the story's country (or the
//! paragraph's). A Western given name says otherwise in a story placed in an Arab state,
//! Iran or Turkey (states.tsv `given_names`: arab, persian, turkish): وقال ديرك كامبل in
//! a story about a British volunteer killed in Syria, آرون ستين the analyst in a Syria
//! story, مايكل أوهانلون in a story about the Syrian war. Such a person is guessed to be of
//! the Western state (`given_names` western) the story names most, when it names one at
//! least twice; otherwise the guess stays. Not when another word of the name is an Arabic
//! given name (an Arab with a Western first name: نيكول سابا's like, جوزيف أحمد).

use super::{ActorSpan, Cx};

/// How often the story must name a Western state for a Western name to be placed there.
const MIN_NAMED: usize = 2;

/// The state (code, ISO alpha-3) to guess for the unknown person whose given name is
/// `first` and whose other name words are `rest`, instead of `guessed`: the Western state
/// the mentions `out` name most, when `first` is a Western name and `guessed` a state whose
/// people mostly bear names of another origin.
pub(super) fn state_of_the_name<'a>(
    cx: &Cx<'a, '_>,
    out: &[ActorSpan<'a>],
    first: &str,
    rest: &[String],
    guessed: (&'a str, &'a str),
) -> Option<(&'a str, &'a str)> {
    let names_of = |code: &str| cx.lex.state(code).and_then(|s| s.given_names.as_deref());
    let foreign_here = names_of(guessed.0).is_some_and(|o| o != "western");
    if !foreign_here || !cx.first_names.is_western(first) || rest.iter().any(|k| cx.first_names.is_arab(k)) {
        return None;
    }
    // (count, first position) per Western state named by the text itself: not by a guess,
    // nor by an outlet, whose country says nothing of the people it reports on.
    let mut counts: Vec<(&'a str, usize, usize)> = Vec::new();
    for (pos, s) in out.iter().enumerate() {
        let Some(head) = s.actor.as_deref().and_then(|a| a.get(..3)) else { continue };
        let outlet = super::is_news_outlet(s);
        let guess = s.rule.contains("context") || s.rule.starts_with("unknown-name");
        if outlet || guess || names_of(head) != Some("western") {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == head) {
            Some(c) => c.1 += 1,
            None => counts.push((cx.lex.state(head)?.code.as_str(), 1, pos)),
        }
    }
    let (code, n, _) = counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))?;
    let state = cx.lex.state(code)?;
    (n >= MIN_NAMED).then_some((state.code.as_str(), state.iso3.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::mentions;

    fn code_of(text: &str, name: &str) -> Option<String> {
        let ms = mentions(text);
        ms.iter().find(|m| m.text == name).unwrap_or_else(|| panic!("{name}: {ms:?}")).actor.clone()
    }

    #[test]
    fn a_western_name_in_a_syrian_story_is_of_the_western_state_it_names() {
        let text = "قتلت متطوعة بريطانية في سوريا. وقالت الشرطة البريطانية إن السفر إلى سوريا خطر.\n\
                    وقال ديرك كامبل إن ابنته كانت قوية.\nوتقاتل تركيا في سوريا منذ يناير.";
        assert_eq!(code_of(text, "ديرك كامبل").as_deref(), Some("GBRCVL"));
    }

    #[test]
    fn the_guess_stays_without_a_western_state_named_twice() {
        let text = "قتلت متطوعة بريطانية في سوريا. وقال مسؤول في دمشق إن السفر إلى سوريا خطر.\n\
                    وقال ديرك كامبل إن ابنته كانت قوية.\nوتقاتل تركيا في سوريا منذ يناير.";
        assert_eq!(code_of(text, "ديرك كامبل").as_deref(), Some("SYRCVL"));
    }

    #[test]
    fn an_arab_name_or_an_arabic_family_name_keeps_the_story_guess() {
        let text = "قتلت متطوعة بريطانية في سوريا. وقالت الشرطة البريطانية إن السفر إلى سوريا خطر.\n\
                    وقال خالد كامبل إن ابنته كانت قوية.\nوقالت نيكول أحمد إن الوضع صعب.\nوتقاتل تركيا في سوريا.";
        assert_eq!(code_of(text, "خالد كامبل").as_deref(), Some("SYRCVL"));
        assert_eq!(code_of(text, "نيكول أحمد").as_deref(), Some("SYRCVL"));
    }

    #[test]
    fn a_story_placed_in_a_state_of_western_names_is_no_case() {
        let text = "زار وزير الخارجية الأمريكي فرنسا. وقالت الحكومة الفرنسية إن فرنسا ترحب به.\n\
                    وقال ديرك كامبل إن الزيارة مهمة.\nوتحدث عن الولايات المتحدة.";
        assert_ne!(code_of(text, "ديرك كامبل").as_deref(), Some("USACVL"));
    }
}
