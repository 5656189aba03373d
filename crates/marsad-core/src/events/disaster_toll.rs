//! The dead and injured of a disaster or an accident (ضرب زلزال قوي غرب اليابان مسفرا عن
//! مقتل شخصين، قتل 18 شخصا في تحطم طائرة مروحية، أصيب ثلاثة أشخاص جراء الإعصار، مقتلها في
//! حادث سيارة، عاصفة استوائية) are no attack: the killing words tell a toll, and no one
//! struck. Only when the sentence names no weapon or armed deed besides (إسقاط الطائرة،
//! صاروخ، هجوم، مسلحون), which may have brought the plane down.

use super::{EventSpan, Input};

/// The rule lemmas of a toll: killing and wounding as a count of victims.
const TOLL_RULES: &[&str] = &["verb:قتل", "noun:مقتل", "verb:أصاب", "verb:استشهد"];

/// Disasters and accidents, keys after و/ف and بـ/لـ (not bare سيول, which is Seoul too;
/// not عاصفة, a name of military operations and units; not انهيارات, mostly of a
/// side's ranks).
const DISASTER: &[&str] = &[
    "زلزال", "الزلزال", "زلزالا", "زلازل", "الزلازل", "فيضان", "فيضانات", "الفيضان", "الفيضانات", "السيول",
    "اعصار", "الاعصار", "تسونامي", "التسونامي", "تحطم", "التحطم", "تحطمت", "تحطمها", "اصطدام", "الاصطدام",
    "تصادم", "التصادم", "حريق", "الحريق", "حرائق", "الحرائق",
];

/// What sinks or collapses (keys): a boat's sinking, a building's or a bridge's collapse
/// (not a truce's or a front's: انهيار الهدنة may be followed by real killings).
const SUNK: &[&str] = &["قارب", "القارب", "قاربهم", "زورق", "الزورق", "زورقهم", "مركب", "المركب", "عباره", "العباره", "سفينه", "السفينه"];
const FALLEN: &[&str] = &[
    "جسر", "الجسر", "منزل", "المنزل", "مبني", "المبني", "منجم", "المنجم", "سد", "السد", "عماره", "العماره", "جزء", "جدار", "الجدار", "فندق", "الفندق", "برج", "البرج", "سقف", "السقف",
];

/// A road, rail or air accident by its vehicle (حادث سيارة، حادث قطار، حادث انقلاب حافلة،
/// حوادث الطيران). Not a plane: `حادث الطائرة التي سقطت` was the crash a sentence set
/// aside before telling soldiers killed in war.
const VEHICLE: &[&str] = &[
    "سير", "مرور", "مروري", "مرورى", "سياره", "سيارات", "قطار", "قطارين", "حافله", "حافلات", "شاحنه", "باص", "انقلاب", "تصادم", "اصطدام", "طيران",
];

/// A storm by its kind (not bare عاصفة, a name of military operations: عاصفة الحزم).
const STORM: &[&str] = &["قويه", "ثلجيه", "استوائيه", "مداريه", "رمليه", "ترابيه", "رعديه", "شتويه", "عاتيه"];

/// Words of an accident that need their next word (itself with or without the article):
/// حادث سير، حادث مروري، سقوط الطائرة، عاصفة استوائية.
const ACCIDENT_PAIRS: &[(&str, &[&str])] = &[
    ("حادث", VEHICLE),
    ("حادثه", VEHICLE),
    ("حوادث", VEHICLE),
    ("سقوط", &["طائره", "طائرات", "مروحيه", "احدى", "احدي"]),
    ("غرق", SUNK),
    ("انهيار", FALLEN),
    ("انهار", FALLEN),
    ("انهارت", FALLEN),
    ("انهيارات", &["ارضيه"]),
    ("عاصفه", STORM),
];

/// Stems of an armed deed: with one of them the toll may be an attack's (keys).
const ARMED: &[&str] = &["اسقاط", "اسقط", "صاروخ", "صواريخ", "قصف", "هجوم", "هجمات", "تفجير", "فجر", "انتحاري", "مسلح", "غاره", "غارات", "استهدف", "رصاص", "قذيف"];

fn bare(key: &str) -> &str {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    k.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() > 2).unwrap_or(k)
}

/// Is the event a toll of a disaster or an accident that its sentence tells?
pub(super) fn is_disaster_toll(input: &Input, e: &EventSpan) -> bool {
    if e.kind != "ASSAULT" || !TOLL_RULES.iter().any(|r| e.rule.split('+').next() == Some(*r)) {
        return false;
    }
    let (s0, s1) = input.token_range(e.sentence);
    let keys = &input.keys[s0..s1];
    if keys.iter().any(|k| ARMED.iter().any(|a| k.contains(a))) {
        return false;
    }
    keys.iter().enumerate().any(|(j, k)| {
        let k = bare(k);
        DISASTER.contains(&k)
            || ACCIDENT_PAIRS.iter().any(|(w, next)| {
                let named = |n: &str| next.contains(&n) || n.strip_prefix("ال").is_some_and(|r| next.contains(&r));
                (k == *w || k.strip_prefix("ال") == Some(*w)) && keys.get(j + 1).is_some_and(|n| named(n))
            })
    })
}

/// Weather and fire, which a state of emergency may answer (keys after و/ف and بـ/لـ):
/// with the disasters above, a storm (`عاصفة` too: beside an emergency it is weather),
/// wildfires, snow, epidemics and a collapse (a bridge, a building).
const HAZARD: &[&str] = &[
    "عاصفه", "العاصفه", "عواصف", "العواصف", "حريق", "الحريق", "حرائق", "الحرائق", "الثلوج", "ثلوج", "امطار", "الامطار", "وباء", "الوباء", "الكوليرا", "انهيار", "الانهيار",
];

/// Is the event a state of emergency (the `حالة الطوارئ` row, imposed or lifted) that its
/// sentence ties to a disaster, weather or fire (أعلن ترامب حالة الطوارئ في مواجهة الإعصار,
/// أعلن الحاكم حالة الطوارئ بسبب الحرائق)? A relief measure, no coercion of anyone.
pub(super) fn is_disaster_emergency(input: &Input, e: &EventSpan) -> bool {
    if !e.rule.contains("noun:حالة") {
        return false;
    }
    let (s0, s1) = input.token_range(e.sentence);
    input.keys[s0..s1].iter().any(|k| {
        let k = bare(k);
        DISASTER.contains(&k) || HAZARD.contains(&k)
    })
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{count, events};


    #[test]
    fn an_emergency_against_a_hurricane_or_fire_is_no_coercion() {
        assert_eq!(count("وأعلن حاكم الولاية حالة الطوارئ مع اقتراب الإعصار من الساحل.", "COERCE"), 0);
        assert_eq!(count("أعلنت السلطات اليونانية حالة الطوارئ بسبب الحرائق.", "COERCE"), 0);
        assert_eq!(count("فرضت الحكومة حالة الطوارئ بعد الاحتجاجات في العاصمة.", "COERCE"), 1);
    }

    #[test]
    fn the_toll_of_an_earthquake_is_no_attack() {
        assert_eq!(count("ضرب زلزال قوي غرب اليابان، الاثنين، مسفرا عن مقتل شخصين على الأقل.", "ASSAULT"), 0);
        assert_eq!(count("وقتل 14 شخصا على الأقل، وأصيب أكثر من 160 آخرين جراء الزلزال.", "ASSAULT"), 0);
    }

    #[test]
    fn the_toll_of_a_crash_is_no_attack() {
        assert_eq!(count("قتل 18 شخصا في تحطم طائرة مروحية روسية في شمال غرب سيبيريا.", "ASSAULT"), 0);
        assert_eq!(count("قتل 8 أشخاص وأصيب 14 آخرون إثر حادث سير مروع على الطريق الساحلي.", "ASSAULT"), 0);
    }

    #[test]
    fn the_toll_of_a_car_train_or_storm_accident_is_no_attack() {
        let t = "احتشد الملايين لوداع الأميرة ديانا بعد مقتلها في حادث سيارة مع صديقها دودي الفايد.";
        assert_eq!(count(t, "ASSAULT"), 0, "{:?}", events(t));
        assert_eq!(count("ويأتي هذا بعد أشهر من مقتل 41 شخصا في حادث قطار قرب مدينة الإسكندرية.", "ASSAULT"), 0);
        assert_eq!(count("لقي 12 شخصا مصرعهم وأصيب 28 آخرون، الخميس، في حادث انقلاب سيارة نقل.", "ASSAULT"), 0);
        assert_eq!(count("قتل 257 شخصا بينهم عشرة من الطاقم، في حادث سقوط الطائرة العسكرية الجزائرية.", "ASSAULT"), 0);
        assert_eq!(count("قتل 17 شخصا عندما ضربت عاصفة استوائية قوية مدغشقر.", "ASSAULT"), 0);
        assert_eq!(count("وقتل عشرة أشخاص وأصيب اثنان آخران إثر انهيار فندق في المدينة.", "ASSAULT"), 0);
    }

    #[test]
    fn a_killing_beside_an_accident_word_of_war_stays_an_attack() {
        // Operation Decisive Storm is no storm; a truck driven into a crowd is no road
        // accident.
        assert!(count("وقتل عشرات الحوثيين في غارات عاصفة الحزم على صعدة.", "ASSAULT") > 0);
        assert!(count("قتل ثلاثة أشخاص في حادث دهس بشاحنة في برلين.", "ASSAULT") > 0);
    }

    #[test]
    fn the_toll_of_a_fire_a_sinking_or_a_collapse_is_no_attack() {
        assert_eq!(count("وأدى الحريق إلى مقتل ثلاثة أشخاص في المصنع.", "ASSAULT"), 0);
        assert_eq!(count("قتل 30 مهاجرا على الأقل إثر غرق قاربهم قبالة السواحل الليبية.", "ASSAULT"), 0);
        assert_eq!(count("وانهار جزء من الجسر مما أدى إلى مقتل 20 شخصا.", "ASSAULT"), 0);
        // A truce collapses, and the killings after it are a side's.
        assert!(count("قتل 12 مدنيا بعد انهيار الهدنة في المدينة.", "ASSAULT") > 0);
    }

    #[test]
    fn a_plane_shot_down_stays_an_attack() {
        let t = "وقتل 20 جنديا في تحطم طائرة عسكرية بعد إصابتها بصاروخ أطلقه المتمردون.";
        assert!(count(t, "ASSAULT") > 0, "{:?}", events(t));
    }

    #[test]
    fn seoul_is_no_flood() {
        let t = "وقالت سيول إن القوات الكورية الشمالية قتلت جنديين كوريين جنوبيين على الحدود.";
        assert!(count(t, "ASSAULT") > 0, "{:?}", events(t));
    }
}
