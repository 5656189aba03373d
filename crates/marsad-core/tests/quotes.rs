//! Quotation patterns, one behaviour per test, as short Arabic sentences.

use marsad_core::{Analyzer, Article, Quote};
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new().expect("embedded dictionaries load"))
}

fn quotes(text: &str) -> Vec<Quote> {
    let article = Article { id: "t".into(), date: Some("2019-06-01".into()), text: text.into(), ..Default::default() };
    analyzer().analyze(&article).quotes
}

fn one(text: &str) -> Quote {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "expected one quote in {text:?}, got {q:#?}");
    q.into_iter().next().unwrap()
}

/// The quotes of `text`, which must have at least one.
fn some_quotes(text: &str) -> Vec<Quote> {
    let qs = quotes(text);
    assert!(!qs.is_empty(), "no quote in {text:?}");
    qs
}

/// The quote whose text contains `needle`, in the quotes of `text`.
fn quote_with(text: &str, needle: &str) -> Quote {
    let qs = quotes(text);
    qs.iter().find(|q| q.text.contains(needle)).cloned().unwrap_or_else(|| panic!("no quote with {needle:?} in {qs:#?}"))
}

fn speaker_country(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().and_then(|s| s.country.as_deref())
}

fn speaker_text(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.text.as_str())
}

// --- direct quotes: every mark style ---

#[test]
fn straight_marks_after_a_colon() {
    let q = one("قال وزير الخارجية الروسي: \"لن نسمح بتكرار ما حدث في المنطقة\".");
    assert!(q.direct);
    assert_eq!(q.text, "لن نسمح بتكرار ما حدث في المنطقة");
    assert_eq!(q.cue.text, "قال");
    assert_eq!(speaker_country(&q), Some("RUS"));
}

#[test]
fn guillemets() {
    let q = one("وأكد الرئيس الفرنسي «سنواصل دعم الحوار بين جميع الأطراف».");
    assert!(q.direct);
    assert_eq!(q.text, "سنواصل دعم الحوار بين جميع الأطراف");
    assert_eq!(speaker_country(&q), Some("FRA"));
}

#[test]
fn curly_marks() {
    let q = one("وقالت الخارجية الأمريكية: “نحن ندرس كل الخيارات المتاحة”.");
    assert_eq!(q.text, "نحن ندرس كل الخيارات المتاحة");
    assert_eq!(speaker_country(&q), Some("USA"));
}

#[test]
fn the_same_mark_opens_and_closes() {
    let q = one("وقال المتحدث الإيراني: ”لن نتفاوض تحت الضغط أبدا”.");
    assert_eq!(q.text, "لن نتفاوض تحت الضغط أبدا");
}

#[test]
fn reversed_curly_marks() {
    let q = one("وقال الوزير التركي: ”العملية ستستمر حتى تحقيق أهدافها“.");
    assert_eq!(q.text, "العملية ستستمر حتى تحقيق أهدافها");
    assert_eq!(speaker_country(&q), Some("TUR"));
}

#[test]
fn an_unclosed_mark_runs_to_the_end_of_the_paragraph() {
    let text = "وتابع الوزير المصري: \"الوضع صعب. لكننا سنعمل على الحل منذ اليوم\nوفي سياق آخر، وصل الوفد.";
    let q = one(text);
    assert_eq!(q.text, "الوضع صعب. لكننا سنعمل على الحل منذ اليوم");
}

#[test]
fn colon_with_a_space_before_it() {
    let q = one("قال الدبلوماسي الأميركي :”ننسق مع روسيا بشكل يومي”.");
    assert_eq!(q.text, "ننسق مع روسيا بشكل يومي");
    assert_eq!(speaker_country(&q), Some("USA"));
}

#[test]
fn cue_after_the_quote() {
    let q = one("\"لن نتراجع عن هذا القرار مهما حدث\"، قال المتحدث باسم الحكومة العراقية.");
    assert!(q.direct);
    assert_eq!(q.text, "لن نتراجع عن هذا القرار مهما حدث");
    assert_eq!(speaker_country(&q), Some("IRQ"));
}

#[test]
fn a_quoted_paragraph_after_a_quote_continues_it() {
    let text = "وقال الرئيس السوري بشار الأسد: \"الحرب لم تنته بعد\".\n\"وسنواصل العمل حتى استعادة كل الأراضي\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].text, "وسنواصل العمل حتى استعادة كل الأراضي");
    assert_eq!(q[1].speaker.as_ref().and_then(|s| s.entity.as_deref()), Some("Bashar al-Assad"));
}

#[test]
fn an_unmarked_quote_after_a_colon() {
    let q = one("وقال ترامب، الجمعة: لقد اطلعنا على الأمر وفوجئنا به كثيرا");
    assert!(q.direct);
    assert_eq!(q.text, "لقد اطلعنا على الأمر وفوجئنا به كثيرا");
    assert_eq!(speaker_country(&q), Some("USA"));
}

// --- indirect quotes ---

#[test]
fn qala_inna() {
    let q = one("وقال وزير الخارجية الإيراني إن بلاده لن تتخلى عن الاتفاق النووي.");
    assert!(!q.direct);
    assert_eq!(q.text, "بلاده لن تتخلى عن الاتفاق النووي");
    assert_eq!(q.cue.text, "وقال");
    assert_eq!(speaker_country(&q), Some("IRN"));
}

#[test]
fn other_reporting_verbs_with_anna() {
    for (text, cue) in [
        ("وأكد الجيش اللبناني أن الوضع على الحدود هادئ تماما.", "وأكد"),
        ("وأوضح الرئيس المصري أن المفاوضات ستستأنف قريبا.", "وأوضح"),
        ("وأشار وزير الدفاع الأمريكي إلى أن القوات ستبقى في المنطقة.", "وأشار"),
        ("ونفت الحكومة السودانية أن تكون قواتها قد عبرت الحدود.", "ونفت"),
        ("وشدد العاهل الأردني على أن القدس خط أحمر للجميع.", "وشدد"),
        ("واعتبر رئيس الوزراء العراقي أن الهجوم عمل إرهابي جبان.", "واعتبر"),
        ("ورأى المحلل أن الأزمة ستطول لسنوات عديدة.", "ورأى"),
        ("وأعلنت وزارة الدفاع الروسية أن طائراتها دمرت مواقع للمسلحين.", "وأعلنت"),
    ] {
        let q = one(text);
        assert!(!q.direct, "{text}");
        assert_eq!(q.cue.text, cue, "{text}");
    }
}

#[test]
fn bi_anna() {
    let q = one("وصرح المسؤول السعودي بأن المملكة ستزيد إنتاجها من النفط.");
    assert_eq!(q.text, "المملكة ستزيد إنتاجها من النفط");
    assert_eq!(speaker_country(&q), Some("SAU"));
}

#[test]
fn a_stray_closing_mark_does_not_flip_the_pairing() {
    let q = quotes("وقال الوزير إن الخطة ستكلف مليارات الدولارات\". وأضاف: \"يمكن للحكومة القيام بعمل أفضل في معالجة القضايا الحقيقية\". وكان استطلاع قد أظهر تراجع التأييد.");
    let q = q.iter().find(|q| q.direct).expect("direct quote");
    assert_eq!(q.text, "يمكن للحكومة القيام بعمل أفضل في معالجة القضايا الحقيقية");
}

#[test]
fn a_lone_predicate_in_marks_closing_the_clause_is_the_speakers_word() {
    let q = quotes("وقال مصدر سعودي مسؤول إن ادعاءات اختفاء الصحفي \"كاذبة\"، وأضاف أن الزيارة كانت قصيرة.");
    assert!(q.iter().any(|q| q.direct && q.text == "كاذبة"), "{q:#?}");
    // An object with a pronoun is a term, not the speaker's word.
    let q = quotes("وقال المتحدث إن الرياض أعلنت \"موته\"، وإن التحقيق مستمر.");
    assert!(q.iter().all(|q| !q.direct), "{q:#?}");
}

#[test]
fn a_name_given_in_marks_is_not_a_quote() {
    let q = quotes("وأشار المتحدث إلى أن المنفذين ينتمون إلى مجموعة تسمى \"المنبر الجهادي\"، تأسست قبل عامين.");
    assert!(q.iter().all(|q| !q.direct), "{q:#?}");
}

#[test]
fn a_description_in_marks_after_wasafa_bi() {
    let q = quotes("ووصف الأمين العام للجامعة العربية ما قامت به القوات بـ\"التعامل الوحشي\".");
    let q = q.iter().find(|q| q.direct).expect("direct quote");
    assert_eq!(q.text, "التعامل الوحشي");
    assert_eq!(q.cue.text, "ووصف");
    // بـ after another cue's object is no quotation (اتهمت الرجل بقيامه بـ"اعتداءات متكررة").
    let q = quotes("واتهمت الشرطة الرجل بقيامه بـ\"اعتداءات متكررة\" على جيرانه.");
    assert!(q.iter().all(|q| !q.direct), "{q:#?}");
}

#[test]
fn one_cue_introduces_a_chain_of_marked_phrases() {
    let q = quotes("وانضم إسرائيليون إلى المتظاهرين الذين هتفوا أيضا \"مع المساواة\" و\"فليسقط قانون القومية\" و\"العار لحكومة الفصل\".");
    let texts: Vec<&str> = q.iter().filter(|q| q.direct).map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["مع المساواة", "فليسقط قانون القومية", "العار لحكومة الفصل"], "{q:#?}");
}

// --- participles and frames ---

#[test]
fn participle_with_a_direct_quote() {
    let q = quotes("وانتقد الرئيس الروسي فلاديمير بوتين العقوبات قائلا: \"إنها لن تغير سياستنا أبدا\".");
    let q = q.iter().find(|q| q.direct).expect("a direct quote");
    assert_eq!(q.cue.text, "قائلا");
    assert_eq!(q.speaker.as_ref().and_then(|s| s.entity.as_deref()), Some("Vladimir Putin"));
}

#[test]
fn participle_with_anna_takes_the_clause_subject() {
    let q = quotes("ودعا وزير الخارجية التركي إلى وقف القتال، مشيرا إلى أن بلاده مستعدة للوساطة.");
    let q = q.iter().find(|q| q.cue.text == "مشيرا").expect("participle quote");
    assert_eq!(q.text, "بلاده مستعدة للوساطة");
    assert_eq!(speaker_country(q), Some("TUR"));
}

#[test]
fn frame_at_the_end_of_the_sentence() {
    let q = one("قتل عشرة أشخاص في انفجار وسط المدينة، بحسب وزارة الداخلية العراقية.");
    assert!(!q.direct);
    assert_eq!(q.text, "قتل عشرة أشخاص في انفجار وسط المدينة");
    assert_eq!(speaker_country(&q), Some("IRQ"));
}

#[test]
fn frame_at_the_start_of_the_sentence() {
    let q = one("ووفقا للجيش الإسرائيلي، فإن الصواريخ أطلقت من قطاع غزة.");
    assert_eq!(q.text, "الصواريخ أطلقت من قطاع غزة");
    assert_eq!(speaker_country(&q), Some("ISR"));
}

#[test]
fn relayed_words_belong_to_the_original_speaker() {
    let q = one("ونقلت وكالة الأنباء الروسية عن وزير الخارجية السوري قوله إن دمشق لن تقبل أي شروط.");
    assert_eq!(speaker_country(&q), Some("SYR"), "{q:#?}");
    assert!(speaker_text(&q).contains("وزير الخارجية السوري"));
}

// --- speakers across sentences ---

#[test]
fn continuation_carries_the_speaker() {
    let q = quotes("وقال وزير الخارجية القطري إن الحصار فشل.\nوأضاف أن الدوحة منفتحة على الحوار.");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].cue.text, "وأضاف");
    assert_eq!(speaker_country(&q[1]), Some("QAT"));
}

#[test]
fn a_new_explicit_speaker_resets_the_carry() {
    let q = quotes(
        "وقال وزير الخارجية القطري إن الحصار فشل.\nوقال المتحدث باسم الخارجية الإماراتية إن الأزمة مستمرة.\nوتابع أن الحل بيد الدوحة.",
    );
    assert_eq!(q.len(), 3);
    assert_eq!(speaker_country(&q[2]), Some("ARE"));
}

#[test]
fn a_pronoun_subject_mid_sentence_is_the_sentence_subject() {
    let q = quotes("وهدد الرئيس الأميركي دونالد ترامب بفرض عقوبات جديدة، لكنه قال إن بلاده مستعدة للحوار.");
    let q = q.iter().find(|q| !q.direct).expect("indirect quote");
    assert_eq!(q.speaker.as_ref().and_then(|s| s.entity.as_deref()), Some("Donald Trump"));
}

#[test]
fn an_actor_inside_the_reported_clause_is_not_the_speaker() {
    // The leaders are what was reported; the speaker carries over from the last quote.
    let q = quotes(
        "وقال وزير الخارجية القطري إن الحصار فشل.\nنوه بأن فساد زعماء إيران يظهر ضعفهم، معتبرا أن هذا النظام \"كابوس على الشعب الإيراني\".",
    );
    assert!(q.len() >= 3, "{q:#?}");
    assert!(q.iter().all(|q| speaker_country(q) == Some("QAT")), "{q:#?}");
}

#[test]
fn in_his_words_is_not_a_source() {
    let q = quotes("تحدث وزير الخارجية المصري عن \"عالمنا العربي\"، وفقا لتعبيره، قائلا: \"أصبحنا مثارا للشفقة\".");
    assert!(q.iter().all(|q| q.cue.text != "وفقا"), "{q:#?}");
    let q = q.iter().find(|q| q.cue.text == "قائلا").expect("participle quote");
    assert_eq!(speaker_country(q), Some("EGY"), "{q:#?}");
}

#[test]
fn an_outlet_relaying_a_continuation_is_not_the_speaker() {
    let q = quotes("وقال الرئيس الفلبيني إن الحملة مستمرة.\nوأضاف، حسب رويترز، \"من أنتم كي تتدخلوا في الطريقة التي أدير بها بلادي؟\".");
    let q = q.iter().find(|q| q.direct).expect("direct quote");
    assert_eq!(q.cue.text, "وأضاف");
    assert_eq!(speaker_country(q), Some("PHL"), "{q:#?}");
}

#[test]
fn a_subject_between_kana_and_the_verb() {
    let q = one("وكانت وزارة الخارجية الإيرانية أعلنت الخميس سحب موظفيها العاملين في اليمن، وقررت \"تعليق كل النشاطات هناك\".");
    assert_eq!(speaker_country(&q), Some("IRN"), "{q:#?}");
}

#[test]
fn the_last_word_of_the_previous_sentence_is_not_a_subject() {
    let q = quotes("وقال وزير الخارجية الهولندي إن المحاكمة ستجري قريبا. واحتجزت النساء في شمال سوريا. وأوردت محطة تلفزيونية أن النيابة تنتظر جوابا.");
    let q = q.iter().find(|q| q.cue.text == "وأوردت").expect("quote");
    assert_ne!(speaker_country(q), Some("SYR"), "{q:#?}");
}

#[test]
fn a_statement_opening_the_sentence_speaks_for_a_participle() {
    let q = quotes("ودعا البيان المصري إلى تفعيل قرارات الأمم المتحدة، مشيرا إلى أن الحل يجب أن يكون عادلا.");
    let q = q.iter().find(|q| q.cue.text == "مشيرا").expect("participle quote");
    assert_eq!(speaker_country(q), Some("EGY"), "{q:#?}");
}

#[test]
fn a_participle_before_the_complementizer_owns_the_clause() {
    let q = quotes("أعلن الرئيس الروسي مساء الأحد مؤكدا أن بلاده مستعدة للتعاون مع لندن.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].cue.text, "مؤكدا");
    assert_eq!(speaker_country(&q[0]), Some("RUS"));
}

#[test]
fn a_title_in_marks_inside_the_subject_phrase() {
    let q = one("وقال ستيف مافيجليو، الناطق باسم لجنة \"كاليفورنيا واحدة\" التي تعارض المبادرة، إن الأمر سيكلف مليارات الدولارات.");
    assert!(!q.direct);
    assert_eq!(q.text, "الأمر سيكلف مليارات الدولارات");
}

#[test]
fn a_role_phrase_and_the_name_after_it_are_one_speaker() {
    let q = one("وقال وزير الخارجية البريطاني بوريس جونسون إن بلاده ستطرد الدبلوماسيين.");
    assert_eq!(speaker_text(&q), "وزير الخارجية البريطاني بوريس جونسون");
    assert_eq!(q.speaker.as_ref().and_then(|s| s.entity.as_deref()), Some("Boris Johnson"));
    let q = one("وقالت المتحدثة باسم البيت الأبيض، سارة ساندرز، إن الرئيس سيلتقي نظيره.");
    assert!(speaker_text(&q).ends_with("سارة ساندرز"), "{q:#?}");
}

#[test]
fn a_titled_name_opening_a_clause_is_the_participles_speaker() {
    let q = quotes("في تغريدة على حسابه، تحدث الدكتور محمد البرادعي، نائب الرئيس المصري السابق، عن الأوضاع، قائلا: \"أصبحنا مثارا للشفقة ومادة للتندر\".");
    let q = q.iter().find(|q| q.cue.text == "قائلا").expect("participle quote");
    assert_eq!(speaker_text(q), "الدكتور محمد البرادعي", "{q:#?}");
}

#[test]
fn a_clause_is_reported_once_even_with_a_cue_in_a_relative_clause() {
    let q = quotes("وأكد وزير الخارجية الأميركي، الذي كان يتحدث لجمهور في كاليفورنيا، أن المحادثات لن تبدأ قريبا.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].cue.text, "وأكد");
}

#[test]
fn marked_words_right_after_a_cue_and_bi() {
    let q = quotes("وخرج آلاف المتظاهرين في العاصمة، وطالبوا بـ\"الحرية\" خلال المسيرة.");
    assert!(q.iter().any(|q| q.direct && q.text == "الحرية"), "{q:#?}");
}

#[test]
fn an_agency_relaying_someones_statements_is_not_the_speaker() {
    let q = one("ونقلت وكالات الأنباء الروسية تصريحات الرئيس الفلسطيني مترجمة: \"نحن نتصدى لمحاولات فرض القرارات علينا\".");
    assert_eq!(speaker_country(&q), Some("PSE"), "{q:#?}");
}

#[test]
fn a_surname_inside_an_unknown_name_no_longer_names_the_dictionary_person() {
    let q = quotes("فاز الكاتب الفلسطيني إبراهيم نصرالله بالجائزة. وصرح الكاتب نصر الله بعد تتويجه أن الرواية تسعى لهز القارئ.");
    let q = q.iter().find(|q| q.cue.text == "وصرح").expect("quote");
    assert_ne!(speaker_country(q), Some("LBN"), "{q:#?}");
    assert!(q.speaker.as_ref().is_some_and(|s| s.entity.as_deref() != Some("Hassan Nasrallah")), "{q:#?}");
}

#[test]
fn svo_subject_before_the_verb() {
    let q = one("الجيش السوري قال إن قواته سيطرت على البلدة.");
    assert_eq!(speaker_country(&q), Some("SYR"));
}

#[test]
fn unnamed_source_keeps_its_nisba_country() {
    let q = one("وقال مصدر عسكري سوري إن الطائرات استهدفت مواقع المسلحين.");
    assert_eq!(speaker_text(&q), "مصدر عسكري سوري");
    assert_eq!(speaker_country(&q), Some("SYR"));
}

#[test]
fn role_phrase_speaker_for_a_ministry() {
    let q = one("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد على العقوبات.");
    assert_eq!(speaker_country(&q), Some("RUS"));
}

// --- not quotes ---

#[test]
fn scare_quotes_around_a_name_are_not_quotes() {
    assert!(quotes("شن تنظيم «داعش» هجوما على مواقع الجيش في المنطقة الشرقية أمس.").is_empty());
}

#[test]
fn a_title_in_marks_is_not_a_quote() {
    assert!(quotes("وظهرت في برنامج \"المتدرب\" على شاشة التلفزيون الأمريكي عدة مرات.").is_empty());
}

#[test]
fn a_reporting_verb_without_a_clause_is_not_a_quote() {
    assert!(quotes("وأكد الوزير التزام بلاده بالاتفاق.").is_empty());
}

// --- robustness ---

#[test]
fn unbalanced_nested_and_final_marks_do_not_panic() {
    for text in [
        "\"",
        "«",
        "قال: \"",
        "قال: «« »» » « \" “ ” ”",
        "وقال إن",
        "قال: «نعم «لا» نعم» ثم \"",
        "no arabic at all: \"quoted\" «x» said",
        "قال إن\u{200F}«\u{200F}»",
    ] {
        let _ = quotes(text);
    }
}

#[test]
fn ten_thousand_marks_in_one_article_stay_linear() {
    // Linear work is what keeps this test fast; a quadratic pairing or look-back would
    // take minutes here.
    let mut text = String::from("قال الوزير: ");
    for i in 0..10_000 {
        text.push_str(["«", "»", "\"", "“", "”"][i % 5]);
        text.push_str(" كلمة ");
        if i % 97 == 0 {
            text.push_str("وقال إن الأمر انتهى. ");
        }
    }
    let q = quotes(&text);
    assert!(q.len() < 10_000);
    let big = "وأضاف: \"".repeat(20_000);
    let _ = quotes(&big);
}

#[test]
fn an_unknown_name_in_apposition_speaks_with_the_role_phrases_actor() {
    let q = one("وقال مرزوقي داروسمان، رئيس بعثة الأمم المتحدة لتقصي الحقائق في ميانمار، للصحفيين إن مواقع التواصل لعبت دورا حاسما.");
    assert_eq!(speaker_text(&q), "مرزوقي داروسمان", "{q:#?}");
    assert_eq!(speaker_country(&q), Some("IGOUNO"), "{q:#?}");
}

#[test]
fn an_addressee_or_manner_after_the_verb_is_not_the_speaker() {
    let q = quotes("وقالت يانغي لي محققة الأمم المتحدة لميانمار إن فيسبوك جزء كبير من الحياة.\nوأضافت للصحفيين \"كل شيء في ميانمار يتم من خلال فيسبوك\".");
    let q = q.iter().find(|q| q.cue.text == "وأضافت").expect("continuation quote");
    assert_ne!(speaker_text(q), "للصحفيين", "{q:#?}");
    assert_eq!(speaker_country(q), Some("IGOUNO"), "{q:#?}");
}

#[test]
fn a_cnn_dateline_is_not_the_participles_speaker() {
    let q = quotes("دبي، الإمارات العربية المتحدة (CNN)-- احتفل رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الأربعاء، بافتتاح سفارة في القدس، معتبرا أن ما يحدث \"بداية مجددة\".");
    let q = q.iter().find(|q| q.cue.text == "معتبرا").expect("participle quote");
    assert_eq!(speaker_country(q), Some("ISR"), "{q:#?}");
}

#[test]
fn a_reporting_verb_without_a_clause_still_names_who_goes_on() {
    let q = quotes("وتحدث الرئيس الأميركي دونالد ترامب عن الانسحاب.\nمن جانب آخر، أكد رئيس أركان الجيوش الفرنسية وجود قوات خاصة فرنسية في سوريا.\nوقال: \"نقود الحملة ضد داعش عبر كل السبل\".");
    let q = q.iter().find(|q| q.cue.text == "وقال").expect("quote");
    assert_eq!(speaker_country(q), Some("FRA"), "{q:#?}");
}

#[test]
fn marks_after_a_later_an_leave_the_clause_indirect_too() {
    let q = quotes("وقال غوتيريس إن أعمال البناء يجب أن \"تتوقف فوراً وبشكل كامل\".");
    assert!(q.iter().any(|q| !q.direct && q.text.starts_with("أعمال البناء")), "{q:#?}");
    assert!(q.iter().any(|q| q.direct && q.text == "تتوقف فوراً وبشكل كامل"), "{q:#?}");
}

#[test]
fn a_verbal_noun_with_a_pronoun_reports_a_clause() {
    let q = quotes("وأثار الرئيس التركي رجب طيب أردوغان انتقادات واسعة لقوله لطفلة ترتدي زيا عسكريا إنها ستتشرف بالشهادة.");
    assert!(q.iter().any(|q| !q.direct && q.text.starts_with("ها ستتشرف") || q.text.starts_with("ستتشرف")), "{q:#?}");
    assert!(q.iter().all(|q| speaker_country(q) == Some("TUR")), "{q:#?}");
}

#[test]
fn a_relayed_source_keeps_speaking_after_its_verbal_noun() {
    let q = quotes("ونقلت رويترز عن كاتب عام النقل بالاتحاد التونسي للشغل، المنصف بن رمضان قوله: \"قررنا تنفيذ إضراب يومين\".\nوأضاف: \"أصبحنا مضطرين للإضراب\".");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q.iter().all(|q| speaker_text(q).starts_with("كاتب عام")), "{q:#?}");
}

#[test]
fn a_cue_in_a_relative_clause_gives_way_to_the_main_verb() {
    let q = quotes("واعتبرت ممثلة بلغاريا، التي تحدثت أيضا باسم الاتحاد الأوروبي، أنه \"من المؤسف جدا أن تتولى سوريا هذه الرئاسة\".");
    let q = q.iter().find(|q| q.direct).expect("direct quote");
    assert_eq!(q.cue.text, "واعتبرت", "{q:#?}");
    assert_eq!(speaker_country(q), Some("BGR"), "{q:#?}");
}

#[test]
fn an_impersonal_yudhkar_an_is_background_not_a_quote() {
    let q = quotes("ويذكر أن العلاقات بين البلدين شهدت تحسنا كبيرا خلال العام الماضي.");
    assert!(q.is_empty(), "{q:#?}");
    let q = quotes("والرئيس الأمريكي دونالد ترامب يذكر أن العلاقات شهدت تحسنا كبيرا.");
    assert_eq!(q.len(), 1, "{q:#?}");
}

#[test]
fn the_statement_named_before_speaks_for_its_issuer() {
    let q = quotes("وقالت وزارة الخارجية الروسية في بيان إن ثلاثة صحفيين قتلوا.\nوتابع البيان أن \"جثثهم وصلت إلى بانغي\".");
    let q = q.iter().find(|q| q.cue.text == "وتابع").expect("continued statement");
    assert_eq!(speaker_country(q), Some("RUS"), "{q:#?}");
    assert_eq!(speaker_text(q), "البيان", "{q:#?}");
}

#[test]
fn a_call_reports_only_its_marked_words() {
    let q = quotes("دعت مجموعة الأزمات الدولية في تقرير السعودية إلى \"مقاومة إغراء تحويل العراق إلى ساحة قتال جديدة\".");
    let q = q.iter().find(|q| q.direct).expect("the marked call");
    assert_eq!(speaker_country(q), Some("NGOICG"), "{q:#?}");
    // What is asked of the object is no speech.
    let q = quotes("وقالت الهيئة إنها تدعو الفلسطينيين إلى أن يشاركوا في المسيرات يوم الجمعة.");
    assert!(q.iter().all(|q| q.cue.text != "تدعو"), "{q:#?}");
}

#[test]
fn an_actor_with_its_acronym_in_brackets_is_no_dateline() {
    let q = quotes("أعلنت وكالة الأنباء الفلسطينية (وفا)، الجمعة، مقتل 6 فلسطينيين برصاص الجيش الإسرائيلي، لافتة إلى أن \"بينهم فتاة بحالة حرجة\".");
    let q = q.iter().find(|q| q.cue.text == "لافتة").expect("participle quote");
    // (The abbreviation is part of the outlet's mention: `mentions/outlet_abbreviations.rs`.)
    assert_eq!(speaker_text(q), "وكالة الأنباء الفلسطينية (وفا)", "{q:#?}");
}

#[test]
fn a_preposition_written_apart_is_no_subject() {
    // وصفها بـ"…": بـ is the preposition of the description, the minister speaks.
    let q = quotes("أكد وزير الداخلية السعودي على رفض المملكة لما يتم تداوله من اتهامات وصفها بـ\"الزائفة\" و\"تهجم\" على السعودية.");
    let q = q.iter().find(|q| q.text == "الزائفة").expect("marked description");
    assert_eq!(speaker_country(q), Some("SAU"), "{q:#?}");
    assert_ne!(speaker_text(q), "بـ", "{q:#?}");
}

#[test]
fn a_statement_before_its_object_speaks_for_a_participle() {
    // وطالب البيان المجتمع الدولي …، لافتا: the statement (its issuer) speaks, not the
    // international community it called on.
    let q = quotes("وقالت الحكومة اليمنية في بيان إن المنظمات تعمل.\nوطالب البيان المجتمع الدولي بالضغط على الميليشيا، لافتا إلى أن الميليشيات تعرقل عمل المنظمات.");
    let q = q.iter().find(|q| q.cue.text == "لافتا").expect("participle quote");
    assert_eq!(speaker_text(q), "البيان", "{q:#?}");
    assert_eq!(speaker_country(q), Some("YEM"), "{q:#?}");
}

#[test]
fn a_verb_without_a_subject_inside_a_reported_clause_does_not_take_its_marks() {
    let q = quotes("وقالت شركة فيسبوك في الشهر الماضي ردا على سؤال إنها تعلق وتحذف أحيانا مشاركة أي شخص \"يتبادل بشكل مستمر محتوى يحض على الكراهية\".");
    assert!(q.iter().any(|q| !q.direct && q.text.contains("يتبادل")), "{q:#?}");
    assert!(q.iter().all(|q| q.cue.text == "وقالت"), "{q:#?}");
}

#[test]
fn a_report_described_inside_the_clause_does_not_end_it() {
    let q = quotes("وقالت مصادر تركية إن السعوديين يحضرون تقريرا يفيد بأن الصحفي توفي خلال التحقيق.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(q[0].text.ends_with("توفي خلال التحقيق"), "{q:#?}");
    // A participle still opens a clause of its own.
    let q = quotes("وقالت الوزيرة إن الضرائب تهدف إلى جمع تمويل للخدمات مشيرة إلى أن الضرائب ستكون تصاعدية.");
    assert_eq!(q.len(), 2, "{q:#?}");
}

#[test]
fn the_marked_name_of_what_someone_heads_is_no_quote() {
    let q = quotes("ووصفها كريس كونكانون، رئيس \"سي بي أو إي\" بأنها \"منافسة شرسة ومحترفة وذات مهارات عالية\".");
    assert!(q.iter().all(|q| !q.text.contains("سي بي أو إي")), "{q:#?}");
    assert!(q.iter().any(|q| q.direct && q.text.starts_with("منافسة شرسة")), "{q:#?}");
}

#[test]
fn a_participle_after_a_clause_opened_by_bal_inna_is_its_subjects() {
    let q = one("لم يكن الرئيس الأمريكي وحده الذي وقف على المشكلة، بل إن وزير الخارجية الروسي حذر منها، قائلا \"أشعر بقلق بالغ من العنف\".");
    assert!(q.direct);
    assert_eq!(speaker_country(&q), Some("RUS"), "{q:#?}");
    // A reporting verb's إن is no such clause: the participle stays the first subject's.
    let q = quotes("وأكد وزير الخارجية الأمريكي أن إيران تدار كالمافيا، معتبرا أن النظام \"كابوس للشعب\".");
    assert!(q.iter().all(|q| speaker_country(q) == Some("USA")), "{q:#?}");
}

#[test]
fn a_long_unknown_subject_ends_before_a_modifier_joined_by_waw() {
    let q = one("وردا على أسئلة فرانس 24، قال لاعب خيتافي الإسباني والبالغ من العمر 31 عاما، إن هذه الخسارة لا تطاق.");
    assert_eq!(speaker_text(&q), "لاعب خيتافي الإسباني", "{q:#?}");
}

#[test]
fn a_continuation_after_an_indirect_quote_in_its_paragraph_is_that_speakers() {
    let text = "وقال وزير الخارجية الإسرائيلي: \"هذا يوم كبير\".\nفي المقابل، قالت وزيرة الخارجية الفلسطينية إن الخطوة خطيرة. وأضافت أن \"الاحتلال يتحدى القانون الدولي\".";
    let last = quote_with(text, "يتحدى");
    assert_eq!(speaker_country(&last), Some("PSE"), "{last:#?}");
}

#[test]
fn a_continuation_in_the_first_quoted_paragraph_is_the_speaker_before_it() {
    // No speaker before the paragraph: the direct quote, found first, had none to carry.
    let last = quote_with("وقال مصدر أمني عراقي إن القوات الأميركية اعتقلت ثلاثة مسلحين في الموصل. وأضاف أن «العملية مستمرة حتى القضاء على الخلايا النائمة».", "الخلايا");
    assert_eq!(speaker_text(&last), "مصدر أمني عراقي", "{last:#?}");
    assert_eq!(speaker_country(&last), Some("IRQ"));
}

#[test]
fn a_feminine_verb_does_not_carry_a_speaker_named_by_a_masculine_one() {
    // وقالت after قال الدبلوماسي: the woman who is the subject of the sentence before.
    let text = "فرض مجلس الأمن عقوبات جديدة على كوريا الشمالية، وقال الدبلوماسي الروسي إن القرار متوازن. ورحبت مندوبة الولايات المتحدة نيكي هايلي بالعقوبات الجديدة. وقالت إن العقوبات ضرورية.";
    let last = quote_with(text, "ضرورية");
    assert_eq!(speaker_country(&last), Some("USA"), "{last:#?}");
}

#[test]
fn a_verb_of_the_same_gender_still_carries_the_speaker() {
    let text = "قال وزير الخارجية الأمريكي إن الحل سياسي. وتعرضت سوريا لهجمات جديدة. وأضاف أن العقوبات ستستمر.";
    let last = quote_with(text, "ستستمر");
    assert_eq!(speaker_country(&last), Some("USA"), "{last:#?}");
}

#[test]
fn a_pronoun_subject_with_no_speaker_to_carry_is_the_subject_of_the_sentence_before() {
    let text = "وفي تطور آخر، رفض رئيس الوزراء الأردني هاني الملقي السبت سحب مشروع القانون. لكنه أكد أن الحكومة مستمرة في مباحثاتها مع النقابات.";
    let q = one(text);
    assert_eq!(speaker_country(&q), Some("JOR"), "{q:#?}");
}

#[test]
fn a_hashtag_right_after_the_cue_is_its_subject() {
    let q = one("نفى #قائد_الجيش_البورمي أن يكون رجاله قد ارتكبوا انتهاكات.");
    assert_eq!(q.speaker.as_ref().and_then(|s| s.actor.as_deref()), Some("MMRMIL"), "{q:#?}");
}

#[test]
fn the_subject_after_sabaqa_li_speaks() {
    let qs = some_quotes("وسبق لولي العهد السعودي أن وصف قطر بأنها \"قضية صغيرة جدا جدا\".");
    assert!(qs.iter().all(|q| speaker_country(q) == Some("SAU")), "{qs:#?}");
}

#[test]
fn a_verb_after_a_comma_with_no_clause_of_its_own_belongs_to_the_reported_clause() {
    let q = one("وذكرت وسائل إعلام تركية أن نتائج الفرز الأولية للأصوات، أشارت إلى تقدم الرئيس أردوغان وحزبه.");
    assert!(q.text.ends_with("تقدم الرئيس أردوغان وحزبه"), "{q:#?}");
}

#[test]
fn a_subject_named_in_quotation_marks_speaks() {
    let qs = some_quotes("دعت \"منظمة العفو الدولية\" في تقرير الحكومة إلى \"وقف الاعتقالات التعسفية فورا\".");
    assert!(qs.iter().all(|q| speaker_text(q) == "منظمة العفو الدولية"), "{qs:#?}");
}

#[test]
fn the_one_on_whose_tongue_a_body_speaks_is_the_speaker() {
    let q = one("وأعلن الجيش الإسرائيلي على لسان المتحدث باسمه أفيخاي أدرعي أنه تم إحباط محاولة تسلل.");
    assert!(speaker_text(&q).contains("أدرعي"), "{q:#?}");
}

#[test]
fn a_relayed_bare_role_noun_gives_way_to_the_named_person_after_it() {
    let qs = some_quotes("ونقلت فرانس برس عن مدير المرصد، رامي عبد الرحمن، قوله إن التنظيم خطف 36 سيدة.");
    assert!(qs.iter().all(|q| speaker_text(q) == "رامي عبد الرحمن"), "{qs:#?}");
}

#[test]
fn complaints_and_conclusions_report() {
    let q = one("واشتكى سكان القاهرة الجديدة من أنهم علقوا لساعات في الشوارع.");
    assert!(!q.direct && q.text.contains("علقوا لساعات"), "{q:#?}");
    let q = one("وخلص التقرير إلى أن الحكومة كانت على علم بالحادث.");
    assert!(q.text.starts_with("الحكومة كانت"), "{q:#?}");
}

#[test]
fn marked_words_after_the_bi_of_a_reporting_verbs_object_are_its_words() {
    let qs = quotes("اتهم وزير الخارجية الأمريكي، الجمعة، النظام الإيراني بـ\"انتهاك\" حقوق الإنسان الأساسية لشعبه.");
    assert!(qs.iter().any(|q| q.direct && q.text == "انتهاك" && speaker_country(q) == Some("USA")), "{qs:#?}");
    // A name in the marks is no quotation.
    let qs = quotes("وأشاد وزير الخارجية العراقي بـ\"الحشد الشعبي\" في المعارك.");
    assert!(qs.iter().all(|q| !q.direct), "{qs:#?}");
    // Nor is a name given after a naming word.
    let qs = quotes("وقال الباحث إن حصول ما يعرف بـ\"تكتونية الصفائح\" كان حاسما في تاريخ الأرض.");
    assert!(qs.iter().all(|q| !q.direct), "{qs:#?}");
}

#[test]
fn a_cue_after_marks_that_opens_its_own_clause_still_reports_it() {
    // مضيفا may close the marked words before it, but its أن clause is a quote too.
    let text = "وقال وزير الاقتصاد الألماني إنه يأخذ التهديدات \"بجدية كبيرة\"، مضيفا أن تلك الرسوم ستكون ضد القانون الدولي.";
    let q = quote_with(text, "تلك الرسوم");
    assert!(!q.direct && q.cue.text == "مضيفا", "{q:#?}");
}

#[test]
fn plural_and_dual_forms_of_reporting_verbs_report() {
    let q = one("لكن المسؤولين الألمان يقولون إن سياسة الرئيس التجارية تضر بالاقتصاد العالمي.");
    assert!(!q.direct && q.text.starts_with("سياسة الرئيس"), "{q:#?}");
    let q = one("وقالا إن المحادثات ستستأنف الأسبوع المقبل في جنيف.");
    assert!(q.text.starts_with("المحادثات"), "{q:#?}");
}

#[test]
fn an_active_suspicion_reports_and_the_impersonal_passive_does_not() {
    let q = one("وتشتبه النيابة بأن الأشخاص الموقوفين كانوا يعدون للقيام باعتداء جديد.");
    assert!(!q.direct && q.text.starts_with("الأشخاص الموقوفين"), "{q:#?}");
    assert!(quotes("وخطف مسلحون يشتبه في أنهم من جماعة أبو سياف شرطيين في الجنوب.").is_empty());
    assert!(quotes("واعتقلت الشرطة شخصين يشتبه بأنهما قاتلا في سوريا.").is_empty());
}

#[test]
fn a_manner_adverb_after_the_verb_is_no_speaker() {
    let qs = some_quotes("وقال الطبيب إن المرضى يقولون عادة إنهم لا يستطيعون النوم ليلا.");
    assert!(qs.iter().all(|q| !speaker_text(q).contains("عادة")), "{qs:#?}");
}

#[test]
fn ala_ma_after_a_claim_is_a_frame() {
    let q = one("قتل ثلاثة صحافيين روس قرب مدينة سيبوت، على ما أفادت مصادر قضائية محلية.");
    assert!(!q.direct && q.text.starts_with("قتل ثلاثة صحافيين") && q.cue.text == "على", "{q:#?}");
    // "on what two sources reported" is the object of علق, no frame.
    assert!(quotes("علق الرئيس الأمريكي، دونالد ترامب، على ما أفاد به مصدران عن التقرير.").is_empty());
}

#[test]
fn a_short_definite_phrase_in_marks_after_a_bare_complementizer_is_the_clauses_subject() {
    let qs = some_quotes("وأضاف اللاعب أن \"الأسود\" غير خائفين من مواجهة البرتغال.");
    assert!(qs.iter().all(|q| !q.direct), "{qs:#?}");
    assert!(qs.iter().any(|q| q.text.contains("غير خائفين")), "{qs:#?}");
    // After أنه the marked words are the predicate, the speaker's own.
    let qs = some_quotes("وقال نائب الرئيس إنه \"مصدوم\" من هذه الاتهامات.");
    assert!(qs.iter().any(|q| q.direct && q.text == "مصدوم"), "{qs:#?}");
}

#[test]
fn an_after_a_temporal_or_modal_word_is_no_reported_clause() {
    assert!(quotes("أعلنت الشرطة الفرنسية وفاة الضابط الذي أصيب يوم الجمعة بعد أن هاجم مسلح متجرا في البلدة.").is_empty());
    assert!(quotes("وأعربت الوزارة عن أسفها العميق في بيان صدر مساء الجمعة، قبل أن يقتحم متظاهرون مقر القنصلية.").is_empty());
    // The cue's own إن may come after such a clause.
    let q = one("وقال الوزير بعد أن التقى نظيره الفرنسي إن المحادثات كانت مثمرة.");
    assert!(q.text.starts_with("المحادثات كانت"), "{q:#?}");
    // The writer's own clause after a verb with no clause of its own.
    assert!(quotes("وأشار الوزير إلى تقدم المفاوضات، إلا أن الخلافات ما زالت قائمة.").is_empty());
}

#[test]
fn a_colon_after_the_cue_introduces_the_words_themselves() {
    let q = one("وأضاف المدرب: يجب أن نتخلص من هذه الأخطاء قبل المباراة المقبلة.");
    assert!(q.direct && q.text.starts_with("يجب أن نتخلص"), "{q:#?}");
}

#[test]
fn a_reporting_verb_with_its_own_subject_inside_a_reported_clause_reports_a_nested_clause() {
    let text = "وذكر مصدر قريب من التحقيق إن المحققين يشتبهون بأن اعتداء كان في طور التحضير.";
    let qs = quotes(text);
    let q = qs.iter().find(|q| q.cue.text == "يشتبهون").unwrap_or_else(|| panic!("no nested quote in {qs:#?}"));
    assert!(q.text.starts_with("اعتداء كان") && speaker_text(q).contains("المحققين"), "{q:#?}");
    // The outer clause is still reported, by its own speaker.
    assert!(qs.iter().any(|q| q.cue.text == "وذكر" && q.text.starts_with("المحققين")), "{qs:#?}");
    // A verb that things do (معلومات تشير) reports nothing nested.
    let qs = quotes("وقالت الوزارة إن الشرطة ليست لديها معلومات تشير إلى أن الجماعة استخدمت الأسلحة.");
    assert!(qs.iter().all(|q| q.cue.text != "تشير"), "{qs:#?}");
}

#[test]
fn a_continuation_after_a_nested_clause_carries_the_outer_speaker() {
    let text = "وقال وزير الداخلية البلجيكي إن المحققين يشتبهون بأن اعتداء كان في طور التحضير. وأضاف أن الشرطة تبحث عن مشتبه آخر.";
    let q = quote_with(text, "الشرطة تبحث");
    assert!(speaker_text(&q).contains("وزير الداخلية"), "{q:#?}");
}

// --- a role noun's complement names whose it is (quotes/complement.rs) ---

#[test]
fn a_role_noun_takes_the_country_of_a_nisba_in_its_genitive() {
    let text = "تقول كوريا الجنوبية إن النادلات فررن إليها. وقالت سيول إن النادلات بخير. وأكد مدير مطعم كوري شمالي في الصين أن النادلات وقعن في فخ.";
    let q = quote_with(text, "وقعن في فخ");
    assert_eq!(speaker_country(&q), Some("PRK"), "{q:#?}");
    assert!(speaker_text(&q).contains("مطعم كوري شمالي"), "{q:#?}");
}

#[test]
fn a_correspondent_of_an_outlet_named_in_marks_speaks_for_the_outlet() {
    let text = "قصفت طائرات مواقع في اليمن. وقال مراسل \"سكاي نيوز عربية\" في اليمن إن الطائرات دمرت عربات عسكرية.";
    let q = quote_with(text, "دمرت عربات");
    assert_eq!(speaker_country(&q), Some("ARE"), "{q:#?}");
    assert!(speaker_text(&q).ends_with("عربية\""), "{q:#?}");
    // Words in marks that are no name are the quotation, not the speaker's genitive.
    let text = "هاجمت روسيا المدينة. ونفت روسيا ذلك. وقال متحدث \"أمريكا قررت الانسحاب من الاتفاق\".";
    let q = quote_with(text, "قررت الانسحاب");
    assert_ne!(speaker_country(&q), Some("USA"), "{q:#?}");
}

#[test]
fn a_role_noun_with_bi_on_an_organisation_speaks_for_it() {
    let text = "قالت ميانمار إن الحملة انتهت. وقال خبراء في حقوق الإنسان بالأمم المتحدة إن موقع فيسبوك لعب دورا في نشر الكراهية في ميانمار.";
    let q = quote_with(text, "موقع فيسبوك");
    assert_eq!(speaker_country(&q), Some("IGOUNO"), "{q:#?}");
}

#[test]
fn a_person_in_the_complement_lends_his_country_not_his_office() {
    let text = "قالت روسيا إن الانتخابات نزيهة. وردت روسيا على الاتهامات. وقال مدير حملة المرشح ترامب إن الحملة لم ترتكب أي مخالفة.";
    let q = quote_with(text, "لم ترتكب");
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.country.as_deref(), Some("USA"), "{q:#?}");
    assert!(sp.entity.is_none() && sp.actor.as_deref() != Some("USAGOV"), "{q:#?}");
}

#[test]
fn no_complement_names_the_speaker_when_it_is_an_addressee_a_field_or_a_host() {
    // لـ names the addressee.
    let text = "قال العراق إن الانتخابات ستجري في موعدها في العراق. وقال مسؤول لوكالة رويترز إن الاقتراع سيجري غدا.";
    assert_eq!(speaker_country(&quote_with(text, "الاقتراع سيجري")), Some("IRQ"));
    // A nisba after a field noun is the field's, with or without بـ.
    let text = "قال العراق إن العقوبات تضر العراق. وقال خبير في الشؤون الإيرانية إن بغداد ستتضرر.";
    assert_eq!(speaker_country(&quote_with(text, "بغداد ستتضرر")), Some("IRQ"));
    let text = "قال العراق إن العقوبات تضر العراق. وقالت الخبيرة بالشؤون الإيرانية إن بغداد ستتضرر.";
    assert_eq!(speaker_country(&quote_with(text, "بغداد ستتضرر")), Some("IRQ"));
    let text = "قال العراق إن العقوبات تضر العراق. وقال محلل في شؤون كوريا الشمالية إن بغداد ستتضرر.";
    assert_eq!(speaker_country(&quote_with(text, "بغداد ستتضرر")), Some("IRQ"));
    // A mission is placed where it serves.
    let text = "قالت كولومبيا إن قرارها نهائي. وأكدت كولومبيا موقفها. وقال سفير بلاده في فرنسا إن القرار لن يتغير.";
    assert_ne!(speaker_country(&quote_with(text, "القرار لن يتغير")), Some("FRA"));
    // المالي after a role noun is financial, not Malian.
    let text = "قالت ألمانيا إن الاقتصاد ينمو. وأكدت ألمانيا ذلك. وقال المدير المالي للشركة إن الأرباح ارتفعت.";
    assert_ne!(speaker_country(&quote_with(text, "الأرباح ارتفعت")), Some("MLI"));
}

#[test]
fn a_definite_role_noun_heads_no_genitive() {
    // The bare noun after a definite role noun is the verb's object (صحفيين أمريكيين).
    let text = "قالت سوريا إن الهجوم فشل. وأكدت سوريا ذلك. وأبلغ المتحدث صحفيين أمريكيين أن الهجوم فشل تماما.";
    assert_ne!(speaker_country(&quote_with(text, "فشل تماما")), Some("USA"));
    // A given name after it is no preposition with its noun (بشرى, not بـ + شرى).
    let text = "قالت تونس إن القانون جاهز. وأكدت تونس ذلك. وقالت الحقوقية بشرى بلحاج إن القانون يعطي الأمل.";
    assert_ne!(speaker_country(&quote_with(text, "يعطي الأمل")), Some("LBY"));
    // بـ on a common noun is the verb's complement (أشاد بالمشاركة), not where he belongs.
    let text = "قال اليمن إن القوات تتقدم في اليمن. وأشاد العميد الشحي بالمشاركة الفعالة من القوات السودانية، مشيرا إلى أن المقاومة تتقدم.";
    assert_ne!(speaker_country(&quote_with(text, "المقاومة تتقدم")), Some("SDN"));
}

#[test]
fn a_particle_before_a_verb_or_a_preposition_of_place_ends_the_complement() {
    let text = "قال اليمن إن القوات تتقدم في اليمن. وقال صحفيون قرب مقر الأمم المتحدة إن القوات تتقدم نحو الميناء.";
    assert_ne!(speaker_country(&quote_with(text, "نحو الميناء")), Some("IGOUNO"));
}

#[test]
fn a_conjoined_actor_lends_its_country_not_its_code() {
    let text = "قصفت إسرائيل غزة. ورد مسلحون في غزة. وقال مقاتلون وحركة حماس إن القصف لن يمر دون رد.";
    let q = quote_with(text, "القصف لن يمر");
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.country.as_deref(), Some("PSE"), "{q:#?}");
    assert_ne!(sp.actor.as_deref(), Some("PSEREBHMS"), "{q:#?}");
}

// --- speakers of a region ---

#[test]
fn a_source_described_by_a_region_speaks_for_the_region_not_the_story() {
    // Iran is the story's country; the European source is no Iranian.
    let text = "أعلنت إيران رفضها للعقوبات. وقالت طهران إن إيران لن تتراجع. \
                وقال مصدر أوروبي إن المحادثات مع إيران ستستمر الأسبوع المقبل.";
    let q = quote_with(text, "المحادثات");
    assert_eq!(speaker_text(&q), "مصدر أوروبي");
    assert_eq!(speaker_country(&q), Some("EUR"));
}

#[test]
fn a_group_of_western_states_has_its_region_as_country() {
    let q = quote_with("وقالت الدول الغربية إن الحكومة السورية مسؤولة عن الهجوم.", "الحكومة السورية");
    assert_eq!(speaker_country(&q), Some("WST"));
}

#[test]
fn a_region_adjective_after_a_field_or_a_direction_is_no_speakers_region() {
    // The Europe editor of a British paper is no European speaker.
    let text = "أعلنت بريطانيا خطتها. وقالت لندن إن بريطانيا لن تتراجع. \
                وقالت محررة الشؤون الأوروبية في الصحيفة إن الخطة ستفشل.";
    assert_eq!(speaker_country(&quote_with(text, "الخطة ستفشل")), Some("GBR"));
    let text = "أعلنت سوريا رفضها للاتهامات. وقال مسؤول في جنوب غربي سوريا إن الهدوء عاد.";
    assert_eq!(speaker_country(&quote_with(text, "الهدوء")), Some("SYR"));
}

#[test]
fn a_name_in_apposition_keeps_its_country_over_a_region_adjective() {
    // منظمة القرن الإفريقي is named for the Horn of Africa; ممثل إريتريا says whose he is.
    let text = "وقال مدير منظمة القرن الإفريقي عبد القادر حمدان، ممثل إريتريا لدى المنظمات \
                الدولية في فيينا، إن الحوار هو الحل الوحيد.";
    assert_eq!(speaker_country(&quote_with(text, "الحوار")), Some("ERI"));
}

// --- frames of conformity (quotes/norms.rs) ---

#[test]
fn a_frame_of_conformity_quotes_nobody() {
    // "in accordance with a programme backed by the IMF": the IMF says nothing here.
    assert!(quotes("وتظاهرت جموع كبيرة في عمان ضد الزيادة المزمعة في الضرائب وفقا لبرنامج إصلاحي مدعوم من صندوق النقد الدولي.").is_empty());
    assert!(quotes("وانتقلت رئاسة المؤتمر إلى سوريا بحسب الترتيب الأبجدي.").is_empty());
    // A source still speaks.
    let q = one("وقتل ثلاثة أشخاص في الهجوم بحسب الشرطة.");
    assert_eq!(q.rule, "frame");
    assert_eq!(speaker_text(&q), "الشرطة");
}

#[test]
fn marks_that_fill_a_clause_up_to_its_closing_comma_are_direct_only() {
    let text = "وأعلنت الوزارة مقتل 3 فلسطينيين برصاص الجيش الإسرائيلي، لافتة إلى أن \"بينهم فتاة بحالة حرجة، وخمسة في حال الخطر\"، وذلك في حصيلة غير نهائية.";
    let q = one(text);
    assert!(q.direct);
    assert_eq!(q.text, "بينهم فتاة بحالة حرجة، وخمسة في حال الخطر");
    // A subject before the marks makes the clause the speaker's reported words.
    let qs = quotes("وقال الرئيس إن الاتحاد \"لا يمكنه أن يوكل أمنه إلى جهات خارجية\"، وذلك في كلمة أمام البرلمان.");
    assert!(qs.iter().any(|q| !q.direct && q.text.starts_with("الاتحاد")), "{qs:#?}");
}

#[test]
fn plural_participles_report_their_clause() {
    // موضحين، مشددين، لافتين as well as مشيرين: the plural subject's next statement.
    for cue in ["موضحين", "مشددين", "لافتين إلى"] {
        let text = format!("وأكد مسؤولو الموانئ أن العمل مستمر، {cue} أنهم أكملوا رفع معظم الحطام.");
        let qs = quotes(&text);
        let participle = cue.split(' ').next().unwrap();
        assert!(qs.iter().any(|q| q.cue.text == participle && q.text.starts_with("أكملوا")), "{cue}: {qs:#?}");
        assert!(qs.iter().any(|q| q.text == "العمل مستمر"), "{cue}: the first clause ends at the participle: {qs:#?}");
    }
}


#[test]
fn an_impersonal_passive_is_no_report_of_the_plural_before_it() {
    // A singular يرجح cannot agree with مسلحين: "who are likely to have …".
    let qs = quotes("واعتقلت الشرطة مسلحين يرجح أنهم شاركوا في الهجوم على المصرف.");
    assert!(qs.is_empty(), "{qs:#?}");
}

// --- a role phrase's post, then the person (`quotes/posted_name.rs`) ---

fn speaker_entity(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().and_then(|s| s.entity.as_deref())
}

#[test]
fn person_named_after_the_post_of_a_role_phrase_speaks() {
    let q = one("وقال السفير الأميركي لدى إسرائيل ديفيد فريدمان إن السفارة ستنتقل إلى القدس.");
    assert_eq!(speaker_entity(&q), Some("David Friedman"), "{q:#?}");
    assert!(speaker_text(&q).ends_with("فريدمان"), "{q:#?}");
    assert_eq!(speaker_country(&q), Some("USA"));
}

#[test]
fn post_after_an_adjective_and_before_a_comma() {
    let q = one("وقال مندوب الكويت الدائم لدى الأمم المتحدة، منصور العتيبي، إن بلاده تدين الهجمات.");
    assert_eq!(speaker_entity(&q), Some("Mansour Al-Otaibi"), "{q:#?}");
    assert_eq!(speaker_country(&q), Some("KWT"));
}

#[test]
fn an_occasion_after_the_role_is_no_post() {
    // في مؤتمر صحفي is where he spoke, and Trump is not the ambassador.
    let q = one("وقال السفير الأميركي في مؤتمر صحفي مع دونالد ترامب إن السفارة ستنتقل.");
    assert_ne!(speaker_entity(&q), Some("Donald Trump"), "{q:#?}");
}

// --- a bare role noun before a name is its possessor's (`quotes/possessor.rs`) ---

#[test]
fn a_persons_lawyer_is_not_that_person() {
    let q = one("وقال محامي ترامب إن موكله لم يخالف القانون.");
    assert_eq!(speaker_entity(&q), None, "{q:#?}");
    assert_eq!(speaker_text(&q), "محامي ترامب");
    assert_eq!(speaker_country(&q), Some("USA"));
}

#[test]
fn a_role_with_the_article_before_a_name_is_an_apposition() {
    let q = one("وقال المحامي مايكل كوهين إنه لن يتحدث إلى الصحافة.");
    assert_eq!(speaker_entity(&q), Some("Michael Cohen"), "{q:#?}");
}

#[test]
fn a_word_of_the_full_name_is_no_possessed_noun() {
    let text = "اقترح الرئيس الباجي قائد السبسي استقالة الحكومة. وصرح قائد السبسي بأن الأزمة سياسية.";
    let q = quote_with(text, "الأزمة");
    assert_eq!(speaker_entity(&q), Some("Beji Caid Essebsi"), "{q:#?}");
}

// --- a report in a relative aside after the subject (`quotes/relative_aside.rs`) ---

#[test]
fn a_report_in_an_aside_after_the_subject_ends_at_its_comma() {
    let q = quote_with("وأثار القرار، الذي يقول خبراء إنه سيرفع الأسعار، غضبا واسعا بين التجار.", "الأسعار");
    assert_eq!(q.text, "سيرفع الأسعار", "{q:#?}");
}

#[test]
fn an_aside_comma_that_goes_on_with_the_report_keeps_it() {
    // (text, a word of the quote, a word after the comma the clause keeps): مع السفير names
    // the antecedent as an object; a name after the comma is an apposition; a relative
    // after it describes the clause's own noun.
    let cases = [
        ("والتقى الوزير مع السفير، الذي قال إن بلاده تدعم الحوار، رغم الخلافات القائمة.", "الحوار", "رغم الخلافات"),
        ("وكان المتهم، الذي كشفت الشرطة أنه خطط لقتل السفير السابق، بيتر ميليت، قد اعتقل.", "خطط", "ميليت"),
        ("وأعلنت الشركة، التي قالت إن الرسوم تضر بالمزارعين، الذين يعانون من الجفاف، خطة جديدة.", "الرسوم", "الجفاف"),
    ];
    for (text, needle, kept) in cases {
        let q = quote_with(text, needle);
        assert!(q.text.contains(kept), "{q:#?}");
    }
}

// --- a frame relaying another source (`quotes/relay.rs::framed_source`) ---

#[test]
fn a_frame_with_a_marked_outlet_still_quotes() {
    let q = one("وانقطعت الكهرباء عن معظم أحياء المدينة مساء الأحد، حسب ما نقلت \"رويترز\".");
    assert!(!q.direct);
    assert!(q.text.contains("انقطعت الكهرباء"), "{q:#?}");
    assert!(speaker_text(&q).contains("رويترز"), "{q:#?}");
}

#[test]
fn a_frame_relaying_through_an_outlet_speaks_for_the_source() {
    let q = one("وانقطعت الكهرباء عن معظم أحياء المدينة مساء الأحد، بحسب ما نقلت وكالة رويترز عن الشرطة الألمانية.");
    assert_eq!(speaker_text(&q), "الشرطة الألمانية", "{q:#?}");
    assert_eq!(speaker_country(&q), Some("DEU"));
}

#[test]
fn an_en_of_another_verb_after_the_frame_is_no_relay() {
    let q = one("وأسفر القصف عن مقتل عشرين مدنيا، وفق ما أورد المرصد بعد حصيلة سابقة أفادت عن مقتل 12 مدنيا.");
    assert!(speaker_text(&q).contains("المرصد"), "{q:#?}");
}
