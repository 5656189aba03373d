//! Loading, validation and matching of the dictionaries.

use marsad_lexicon::{Kind, Lexicon};
use std::path::Path;

fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(d.path().join(name), text).unwrap();
    }
    d
}

fn err_of(dir: &Path) -> String {
    Lexicon::with_overrides(dir).expect_err("must refuse to load").to_string()
}

const PEOPLE_HEADER: &str = "id\tenglish\tnames\tshort\troles\tnote\n";

#[test]
fn embedded_dictionaries_load() {
    let lex = Lexicon::embedded().expect("embedded dictionaries load");
    assert!(lex.entries().len() > 1000);
    assert!(lex.state("USA").is_some());
}

#[test]
fn unknown_code_is_refused_with_file_and_line() {
    let d = dir_with(&[("people.tsv", &format!("{PEOPLE_HEADER}# comment\nx\tX\tس ص\t\tQQQGOV@2018..2019\t\n"))]);
    let e = err_of(d.path());
    assert!(e.contains("people.tsv:3"), "{e}");
    assert!(e.contains("unknown code `QQQGOV`"), "{e}");
}

#[test]
fn impossible_dates_are_refused() {
    let d = dir_with(&[("people.tsv", &format!("{PEOPLE_HEADER}x\tX\tس ص\t\tUSAGOV@2018-02-30..2019\t\n"))]);
    assert!(err_of(d.path()).contains("is not a date"));
    let d = dir_with(&[("people.tsv", &format!("{PEOPLE_HEADER}x\tX\tس ص\t\tUSAGOV@2019..2018\t\n"))]);
    assert!(err_of(d.path()).contains("impossible date range"));
}

#[test]
fn malformed_line_is_refused() {
    let d = dir_with(&[("people.tsv", &format!("{PEOPLE_HEADER}x\tX\tس ص\t\tUSAGOV\tnote\textra\n"))]);
    assert!(err_of(d.path()).contains("people.tsv:2: 7 fields"));
    let d = dir_with(&[("people.tsv", "id\tenglish\n")]);
    assert!(err_of(d.path()).contains("header lacks column `names`"));
    let d = dir_with(&[("peeple.tsv", PEOPLE_HEADER)]);
    assert!(err_of(d.path()).contains("unknown dictionary file name"));
}

#[test]
fn user_entries_are_added_and_override_defaults() {
    let d = dir_with(&[(
        "people-local.tsv",
        &format!("{PEOPLE_HEADER}test-person\tTest Person\tزيد عمرو الاختباري\tالاختباري\tJORGOV@2010..\t\n"),
    )]);
    let lex = Lexicon::with_overrides(d.path()).unwrap();
    let keys: Vec<String> = ["قال", "الاختباري"].iter().map(|s| marsad_text::normalize::key(s)).collect();
    let m = lex.longest_at(&keys, 1).expect("short name matches");
    let e = lex.entry(m.entries[0]);
    assert_eq!((e.kind, e.id.as_str()), (Kind::PersonShort, "test-person"));
}

fn keys(text: &str) -> Vec<String> {
    marsad_text::token::tokenize(text).iter().map(|t| marsad_text::normalize::key(t.text(text))).collect()
}

#[test]
fn proclitics_and_article_are_seen_through() {
    let lex = Lexicon::embedded().unwrap();
    for (word, code) in [("وبالعراق", "IRQ"), ("لإيران", "IRN"), ("بسوريا", "SYR"), ("للعراق", "IRQ")] {
        let k = keys(word);
        let m = lex.longest_at(&k, 0).unwrap_or_else(|| panic!("{word} not matched"));
        let e = lex.entry(m.entries[0]);
        assert_eq!(e.codes[0].code, code, "{word}");
    }
}

#[test]
fn nisba_inflections_are_generated() {
    let lex = Lexicon::embedded().unwrap();
    for word in ["الإيراني", "الإيرانية", "الإيرانيون", "الإيرانيين", "إيرانية"] {
        let k = keys(word);
        let m = lex.longest_at(&k, 0).unwrap_or_else(|| panic!("{word} not matched"));
        assert!(m.entries.iter().any(|&id| lex.entry(id).codes[0].code == "IRN"), "{word}");
    }
}

#[test]
fn a_group_nisba_with_the_article_is_a_name_of_the_group() {
    // Not found by removing the article (the mention layer reads those as adjectives only).
    let lex = Lexicon::embedded().unwrap();
    for (word, code) in [("الحوثية", "YEMREB"), ("الحوثيان", "YEMREB"), ("الداعشيات", "IMGMUSISI")] {
        let m = lex.longest_at(&keys(word), 0).unwrap_or_else(|| panic!("{word} not matched"));
        assert!(!m.article, "{word}");
        let e = lex.entry(m.entries[0]);
        assert_eq!((e.kind, e.codes[0].code.as_str()), (Kind::Group, code), "{word}");
    }
}

#[test]
fn names_that_begin_like_clitics_are_not_split() {
    let lex = Lexicon::embedded().unwrap();
    for (word, code) in [("بريطانيا", "GBR"), ("لبنان", "LBN"), ("كندا", "CAN")] {
        let m = lex.longest_at(&keys(word), 0).unwrap();
        assert_eq!(m.stripped, 0);
        assert_eq!(lex.entry(m.entries[0]).codes[0].code, code);
    }
}

#[test]
fn codes_split_into_country_and_role() {
    let lex = Lexicon::embedded().unwrap();
    assert_eq!(lex.split_code("USAGOV"), (Some("USA".into()), Some("GOV".into())));
    assert_eq!(lex.split_code("IGOUNO"), (Some("IGOUNO".into()), Some("IGO".into())));
    assert_eq!(lex.split_code("RUS"), (Some("RUS".into()), None));
}

const GIVEN_HEADER: &str = "name\tvariants\torigin\tstarts\n";

#[test]
fn given_names_load_with_their_spellings() {
    let d = dir_with(&[("first-names.tsv", &format!("{GIVEN_HEADER}ألكسندرا\tألكساندرا\twestern\tyes\nأمين\t\tarab\tno\n"))]);
    let lex = Lexicon::with_overrides(d.path()).unwrap();
    let given: Vec<(&str, bool)> = lex.given_names().iter().map(|g| (g.key.as_str(), g.starts)).collect();
    // ألكسندرا keys with a bare alef (so text spelling it الكسندرا matches too); written
    // with its hamza it is no article.
    assert!(given.contains(&("الكسندرا", true)), "{given:?}");
    assert!(given.contains(&("الكساندرا", true)), "{given:?}");
    assert!(given.contains(&("امين", false)), "{given:?}");
}

#[test]
fn bad_given_names_are_refused_with_file_and_line() {
    let d = dir_with(&[("first-names.tsv", &format!("{GIVEN_HEADER}سامي\t\tmartian\tyes\n"))]);
    let e = err_of(d.path());
    assert!(e.contains("first-names.tsv:2") && e.contains("unknown origin `martian`"), "{e}");
    let d = dir_with(&[("first-names.tsv", &format!("{GIVEN_HEADER}عبد الله\t\tarab\tyes\n"))]);
    assert!(err_of(d.path()).contains("is not one word"));
    let d = dir_with(&[("first-names.tsv", &format!("{GIVEN_HEADER}السامي\t\tarab\tyes\n"))]);
    assert!(err_of(d.path()).contains("has the article"));
    let d = dir_with(&[("first-names.tsv", &format!("{GIVEN_HEADER}سامي\t\tarab\tmaybe\n"))]);
    assert!(err_of(d.path()).contains("`starts` is yes or no"));
}


#[test]
fn person_nouns_are_read_from_whole_words_of_the_label() {
    let lex = Lexicon::embedded().unwrap();
    let agent = |name: &str| lex.entries().iter().find(|e| e.kind == Kind::Agent && e.name == name).unwrap_or_else(|| panic!("{name}"));
    // "company" holds the letters of "mp"; "council of ministers" is a body.
    assert!(!agent("شركة").singular_person);
    assert!(!agent("مجلس الوزراء").singular_person);
    assert!(agent("متحدث").singular_person);
    assert!(agent("رئيس مجلس الوزراء").singular_person);
    // A multiword form with the first form's head noun is singular too.
    assert!(agent("رئيس هيئة الأركان").singular_person);
    assert!(!agent("رؤساء الأركان").singular_person);
}

const EVENTS_HEADER: &str = "type\tcameo\tkind\tlemma\timperfect\n";

fn event_type(lex: &Lexicon, word: &str) -> Option<String> {
    let ev = lex.events();
    let hit = ev.lookup(&marsad_text::normalize::key(word))?;
    ev.trigger(hit.forms[0].trigger).event.clone()
}

#[test]
fn a_user_trigger_replaces_the_default_of_its_kind_and_lemma() {
    assert_eq!(event_type(&Lexicon::embedded().unwrap(), "قصفت").as_deref(), Some("ASSAULT"));
    let d = dir_with(&[("events.tsv", &format!("{EVENTS_HEADER}COERCE\t170\tverb\tقصف\tيقصف\n"))]);
    let lex = Lexicon::with_overrides(d.path()).unwrap();
    // Every form now reads as the user's row only, the noun قصف (another kind) is kept.
    let hit = lex.events().lookup(&marsad_text::normalize::key("قصفت")).expect("still a trigger");
    assert!(hit.forms.iter().all(|f| lex.events().trigger(f.trigger).event.as_deref() == Some("COERCE")));
    assert_eq!(lex.events().trigger(hit.forms[0].trigger).file, d.path().join("events.tsv").display().to_string());
    assert_eq!(event_type(&lex, "القصف").as_deref(), Some("ASSAULT"));
}

#[test]
fn user_rows_of_one_kind_and_lemma_all_stand() {
    // Two rows of one lemma with different `then` words (أغلق … سفارة، أغلق … معبر): the
    // second replaces the defaults, not the user's first row.
    let rows = "SANCTION\t161\tverb\tأغلق\tيغلق\tسفارة\nCOERCE\t172\tverb\tأغلق\tيغلق\tمعبر\n";
    let d = dir_with(&[("events.tsv", &format!("type\tcameo\tkind\tlemma\timperfect\tthen\n{rows}"))]);
    let lex = Lexicon::with_overrides(d.path()).unwrap();
    let hit = lex.events().lookup(&marsad_text::normalize::key("أغلقت")).expect("a trigger");
    let mut kinds: Vec<_> = hit.forms.iter().filter_map(|f| lex.events().trigger(f.trigger).event.clone()).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, ["COERCE", "SANCTION"]);
}

#[test]
fn a_user_row_of_type_dash_removes_a_trigger_and_must_name_one() {
    let d = dir_with(&[("events.tsv", &format!("{EVENTS_HEADER}-\t\tverb\tقصف\t\n"))]);
    let lex = Lexicon::with_overrides(d.path()).unwrap();
    assert_eq!(event_type(&lex, "قصفت"), None);
    assert_eq!(event_type(&lex, "القصف").as_deref(), Some("ASSAULT"));
    let d = dir_with(&[("events.tsv", &format!("{EVENTS_HEADER}-\t\tverb\tتزحلق\t\n"))]);
    let e = err_of(d.path());
    assert!(e.contains("events.tsv:2") && e.contains("no default verb has the lemma"), "{e}");
}

#[test]
fn a_user_event_word_of_kind_dash_removes_the_default() {
    let negation = |lex: &Lexicon| lex.events().word(&marsad_text::normalize::key("لم"));
    assert!(negation(&Lexicon::embedded().unwrap()).is_some());
    let d = dir_with(&[("event-words.tsv", "form\tkind\nلم\t-\n")]);
    assert_eq!(negation(&Lexicon::with_overrides(d.path()).unwrap()), None);
    let d = dir_with(&[("event-words.tsv", "form\tkind\nتزحلق\t-\n")]);
    assert!(err_of(d.path()).contains("is none"));
}

#[test]
fn states_without_armed_forces_are_marked() {
    let lex = Lexicon::embedded().unwrap();
    assert!(!lex.state("PSE").unwrap().has_army);
    assert!(lex.state("ISR").unwrap().has_army && lex.state("EGY").unwrap().has_army);
    // Anything but empty or `none` is a mistake the loader names.
    let d = dir_with(&[("states.tsv", "code\tiso3\tenglish\tnames\tnisba\tplural\tcapital\tarmy\nXXA\tXXA\tTestland\tتستلاند\t\t\t\tno\n")]);
    let err = err_of(d.path());
    assert!(err.contains("`army` is `no`"), "{err}");
}

#[test]
fn an_occupied_territory_names_its_occupier() {
    let lex = Lexicon::embedded().unwrap();
    assert_eq!(lex.state("PSE").unwrap().occupied_by.as_deref(), Some("ISR"));
    assert_eq!(lex.state("ISR").unwrap().occupied_by, None);
    let d = dir_with(&[("states.tsv", "code\tiso3\tenglish\tnames\tnisba\tplural\tcapital\toccupied_by\nXXA\tXXA\tTestland\tتستلاند\t\t\t\tQQQ\n")]);
    let err = err_of(d.path());
    assert!(err.contains("unknown state `QQQ` in `occupied_by`"), "{err}");
}
