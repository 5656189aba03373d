//! Where an attack happens, named further on in its clause (rule `+location+scene`). An
//! attack with no party of any country read as its target takes the state where it
//! happens (`args::location`, `+location`), as the labels code it; that reading looks
//! eight words past the trigger or its subject and stops at any punctuation. News often
//! names the scene later in the same clause, past the object and its adjuncts (`واصل
//! الجيش السوري قصفه المكثف على إحدى الجيوب المحاصرة للمعارضة المسلحة في الغوطة
//! الشرقية`، `تخوض المقاومة معارك ضارية مع ما تبقى من ميليشيات الحوثي الانقلابية في
//! مديرية الدريهمي`), or after a comma that opens the place (`استهدفت قوات النظام، ليل
//! الاثنين، مدينة قلعة المضيق، شمال غربي حماة`). `args::scene_of_attack` reads it so, tried
//! last (after the purpose's place, `purpose_place.rs`): the same search as `location`,
//! over [`SCENE_WINDOW`] words, passing what [`passes`] lets through. Another event word
//! still ends it (the place is then that event's), and so do a full stop, a colon and a
//! comma before anything but a place's preposition or lead; no في inside a mention is read
//! (`وزارة الصحة في غزة` locates the ministry, not the attack).

use super::args::{bare, is_comma};
use super::place_words::{is_place_noun, COMPASS_WORDS};
use super::Input;
use marsad_text::token::TokenKind;

/// The tag of a recipient read from the scene further on in the clause (after
/// `+location`): a retold attack may still lend such an event its actor.
pub(super) const RULE: &str = "+scene";

/// How many words after the trigger (or its subject) the scene may be named.
pub(super) const SCENE_WINDOW: usize = 20;

/// May the search for the scene pass token `j`: a quotation mark (`منطقة "حوض اليرموك"`,
/// `إن بلادها "قتلت وستقتل الإرهابيين" في سوريا`), or a comma right before في, a compass
/// word or a place noun with بـ (`، في منطقة الفازة`، `، شمال غربي حماة`، `، بمحافظة صعدة`)?
pub(super) fn passes(input: &Input, j: usize) -> bool {
    if is_quote_mark(input, j) {
        return true;
    }
    if !is_comma(input, j) {
        return false;
    }
    let Some(next) = input.keys.get(j + 1) else { return false };
    let ba = next.strip_prefix('ب');
    bare(next) == "في" || COMPASS_WORDS.contains(&next.as_str()) || ba.is_some_and(|k| COMPASS_WORDS.contains(&k) || is_place_noun(k))
}

/// Is token `j` a quotation mark?
pub(super) fn is_quote_mark(input: &Input, j: usize) -> bool {
    input.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text(input.text), "\"" | "«" | "»" | "“" | "”"))
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, has, triples};

    #[test]
    fn the_scene_past_the_object_names_the_state_struck() {
        assert!(has("تخوض المقاومة معارك ضارية مع ما تبقى من ميليشيات الحوثي الانقلابية في مديرية الدريهمي المجاورة.", "ASSAULT", "-", "YEM"));
        assert!(has("وقصفت القوات التركية أمس مواقع للمسلحين الأكراد على أطراف القرى الحدودية في منطقة عفرين.", "ASSAULT", "TUR", "SYR"));
    }

    #[test]
    fn a_comma_before_the_place_and_quotation_marks_are_passed() {
        assert!(has("استهدفت قوات النظام السوري، ليل الاثنين، مدينة قلعة المضيق، شمال غربي حماة بأكثر من 100 صاروخ.", "ASSAULT", "SYR", "SYR"));
        assert!(has("وقصفت طائرات حربية مستودعا للذخيرة تابعا للمسلحين، بمحافظة صعدة.", "ASSAULT", "-", "YEM"));
        assert!(has("قصفت طائرات حربية سورية وروسية الجمعة منطقة \"حوض اليرموك\" في ريف درعا.", "ASSAULT", "SYR", "SYR"));
        assert!(has("قالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زخاروفا، الخميس، إن بلادها \"قتلت وستقتل الإرهابيين\" في سوريا.", "ASSAULT", "RUS", "SYR"));
    }

    #[test]
    fn another_event_or_a_closed_clause_keeps_the_place() {
        // The place is the later event's (its own reading), not the first attack's.
        let t = "وقتل مسلحون ثلاثة أشخاص بعد أن اعتقلوا عددا من المدنيين الذين كانوا في طريقهم إلى مدينة إدلب.";
        assert!(!triples(t).iter().any(|(k, _, r)| k == "ASSAULT" && r == "SYR"), "{:?}", events(t));
        // A comma before anything but a place's preposition or lead ends the clause.
        let t = "شنت جماعات مسلحة هجمات متكررة على أهداف أمنية، وقالت الحكومة إن الوضع في مدينة حلب هادئ.";
        assert!(!triples(t).iter().any(|(k, _, r)| k == "ASSAULT" && r == "SYR"), "{:?}", events(t));
    }

    #[test]
    fn what_follows_the_scene_is_no_content_of_the_attack() {
        let t = "وستنظم الحملة احتجاجا الأربعاء لإدانة \"القصف الوحشي وغير المشروع\" في اليمن ودعم لندن للرياض.";
        assert!(has(t, "ASSAULT", "-", "YEM"), "{:?}", events(t));
        assert!(has(t, "SUPPORT", "GBR", "SAU"), "{:?}", events(t));
    }
}
