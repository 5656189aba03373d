//! Subordinate clauses that look like reported ones.
//!
//! - A causal or concessive conjunction before أن (…، خاصة أنه …، لا سيما أن …، مع أنه …،
//!   إذ إن …) opens the writer's explanation, not the complement of the reporting verb
//!   before it, which has no clause then (وينفي ترامب إقامة العلاقة، خاصة أنه كان متزوجا: 110 such clauses on the
//!   corpus were quoted from a verb with no clause of its own; about 100 are no longer).
//! - A reporting verb after a temporal subordinator inside a reported clause (وأضافت أنها
//!   حصلت على حماية قضائية بعد أن زعمت أنه …) is part of what the speaker said, not a
//!   new report that ends the clause.
//! - A reporting verb right after a temporal subordinator opening the sentence (بعد أن
//!   أعلن الرئيس أن بلاده تتعرض لحرب اقتصادية، دعا …، وعندما أخبرت الشرطة بأنها …، كانت …)
//!   stands in a fronted clause: its reported clause ends at the first comma, where the
//!   main clause, the writer's, begins.

/// Conjunctions (keys, without و/ف) before أن/إن that open a clause of the writer's:
/// "especially since", "although", "since", "as long as". (Not لو, also a name: فلورا لو.)
const WRITERS_CONJUNCTIONS: &[&str] = &["خاصه", "خصوصا", "سيما", "لاسيما", "اذ", "مع", "طالما", "بما"];

/// Of those, the ones read as conjunctions only before أن, not before إن: خاصة is an
/// adjective before the cue's own إن (قال في أحاديث خاصة إن …) and مع a preposition.
const BEFORE_ANNA_ONLY: &[&str] = &["خاصه", "مع"];

/// "Especially", which is also an adjective (أفادت مصادر خاصة أن …) or an adverb of the
/// cue (أكد براون خصوصا أن …): a conjunction only after a comma or with its و (…، خاصة
/// أن، وخصوصا أن).
const ESPECIALLY: &[&str] = &["خاصه", "خصوصا"];

/// Is the complementizer at `comp` a writer's conjunction's rather than a reporting one?
/// `text` gives a token as written, `is_comma` tells commas.
pub(super) fn writers_conjunction(keys: &[String], comp: usize, text: impl Fn(usize) -> String, is_comma: impl Fn(usize) -> bool) -> bool {
    if comp < 2 {
        return false;
    }
    let word = &keys[comp - 1];
    let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    if !WRITERS_CONJUNCTIONS.contains(&bare) || BEFORE_ANNA_ONLY.contains(&bare) && text(comp).starts_with('إ') {
        return false;
    }
    !ESPECIALLY.contains(&bare) || bare != word || is_comma(comp - 2)
}

/// Temporal subordinators (keys): one word (عندما، بعدما) or a word before أن (بعد أن).
/// (Not قبل أن: …، قبل أن يضيف أن … is the speaker's next report; not لما, as often "of
/// what": لما قالت إنه ….)
const WHEN: &[&str] = &["عندما", "حينما", "حين", "بعدما"];
const WHEN_BEFORE_AN: &[&str] = &["بعد", "منذ", "عقب"];

/// Does the cue at key index `cue` open a temporal clause fronted before the main clause of
/// the sentence starting at `s0` (بعد أن أعلن …، بعدما ذكرت …، وعندما أخبرت …)? The
/// subordinator opens the sentence (after its و) and the cue follows it at once.
pub(super) fn in_fronted_temporal_clause(keys: &[String], s0: usize, cue: usize) -> bool {
    let Some(first) = keys.get(s0) else { return false };
    let first = first.strip_prefix('و').unwrap_or(first);
    WHEN.contains(&first) && cue == s0 + 1 || WHEN_BEFORE_AN.contains(&first) && keys.get(s0 + 1).is_some_and(|k| k == "ان") && cue == s0 + 2
}

/// Does the verb at key index `verb`, whose complementizer is at `comp`, stand in a
/// temporal clause of the speaker's own (بعد أن زعمت أنه، حين أخبر رفيقته بأنه)? Not a verb
/// with و/ف of its own (a new sentence's), nor one with a subject of its own before its
/// complementizer (`actor_at`: …، عندما قال مندوب روسيا إنها …, another speaker), nor
/// في حين ("whereas": …، في حين قال 23٪ إنهم …).
pub(super) fn in_temporal_clause(keys: &[String], verb: usize, comp: usize, actor_at: impl Fn(usize) -> bool) -> bool {
    if verb < 2 || keys[verb].starts_with(['و', 'ف']) || (verb + 1..comp).any(actor_at) {
        return false;
    }
    let bare = |k: &str| k.strip_prefix(['و', 'ف']).unwrap_or(k).to_string();
    let (prev, before) = (bare(&keys[verb - 1]), bare(&keys[verb - 2]));
    WHEN.contains(&prev.as_str()) && !(prev == "حين" && keys[verb - 2] == "في") || prev == "ان" && WHEN_BEFORE_AN.contains(&before.as_str())
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::{indirect, quotes};

    #[test]
    fn a_fronted_temporal_clause_ends_its_report_at_the_comma() {
        let q = indirect("بعد أن أعلن الرئيس أن بلاده تتعرض لحرب اقتصادية، دعا رئيس الوزراء المواطنين إلى مقاطعة البضائع المستوردة.");
        assert_eq!(q, ["بلاده تتعرض لحرب اقتصادية"]);
        let q = indirect("وعندما أخبرت الشرطة بأنها تعرضت للسرقة في محطة القطار، طلب منها الضابط ملء استمارة.");
        assert_eq!(q, ["تعرضت للسرقة في محطة القطار"]);
        // A subordinator that does not open the sentence leaves the clause to its end.
        let q = indirect("وقال الوزير بعد أن اجتمع بنظيره إن البلدين اتفقا على التعاون، وإن اللجنة المشتركة ستجتمع قريبا.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].ends_with("ستجتمع قريبا"), "{q:?}");
    }

    /// The speaker's text of the one indirect quote of `text`, with its words.
    fn one_indirect_speaker(text: &str) -> (String, String) {
        let q: Vec<_> = quotes(text).into_iter().filter(|q| !q.direct).collect();
        assert_eq!(q.len(), 1, "{q:?}");
        (q[0].text.clone(), q[0].speaker.as_ref().map(|s| s.text.clone()).unwrap_or_default())
    }

    #[test]
    fn a_fronted_verb_with_no_subject_has_the_main_clauses() {
        let (text, speaker) = one_indirect_speaker("وبعد أن أعلن في حملته الانتخابية أنه سيخفض الضرائب، فاجأ الرئيس الأمريكي دونالد ترامب الجميع بقرار معاكس.");
        assert_eq!(text, "سيخفض الضرائب");
        assert!(speaker.contains("ترامب"), "{speaker}");
        // A subject of its own, named or not, stays its speaker.
        let (_, speaker) = one_indirect_speaker("وبعد أن قال كثير من مستخدمي مواقع التواصل إن الصوت مفبرك، نشرت المغنية بيانا توضيحيا.");
        assert!(speaker.contains("مستخدمي"), "{speaker}");
    }

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for list in [super::WRITERS_CONJUNCTIONS, super::BEFORE_ANNA_ONLY, super::ESPECIALLY, super::WHEN, super::WHEN_BEFORE_AN] {
            for k in list {
                assert_eq!(&key(k), k);
            }
        }
    }

    #[test]
    fn a_causal_or_concessive_clause_is_the_writers() {
        assert!(indirect("ونفى الوزير بشدة وجود أي اتصالات مع المعارضة، خاصة أنه كان خارج البلاد طوال الشهر الماضي.").is_empty());
        assert!(indirect("وأعربت الحكومة عن قلقها من تدهور الوضع الأمني، لا سيما أن الهدنة انهارت مرتين هذا العام.").is_empty());
        assert!(indirect("وأكد النائب رفضه لسياسة الحكومة الاقتصادية مع أنه صوت لصالح الميزانية العام الماضي.").is_empty());
        assert!(indirect("وحذر الوزير من تزايد الهجمات على الحدود، خاصة أن الجيش منشغل في الشمال.").is_empty());
        // The cue's own إن or أن after خاصة the adjective or خصوصا the adverb still reports,
        // and so does one after a name (فلورا لو).
        let q = indirect("وقال الوزير في أحاديث خاصة إن الحكومة ستستقيل قريبا.");
        assert_eq!(q, ["الحكومة ستستقيل قريبا"]);
        let q = indirect("وأفادت مصادر خاصة أن المبعوث الأممي لم يتوصل إلى أي نتيجة.");
        assert_eq!(q, ["المبعوث الأممي لم يتوصل إلى أي نتيجة"]);
        let q = indirect("وأكد حاكم الولاية خصوصا أن ولايته لن تتعاون مع الشرطة الفيدرالية.");
        assert_eq!(q, ["ولايته لن تتعاون مع الشرطة الفيدرالية"]);
        let q = indirect("وقالت المسافرة فلورا لو إن موظفي المطار أخبروها بتأجيل الرحلة.");
        assert_eq!(q, ["موظفي المطار أخبروها بتأجيل الرحلة"]);
    }

    #[test]
    fn a_report_in_a_temporal_clause_is_the_speakers() {
        let q = indirect("وأضافت أنها حصلت على حماية قضائية ضده عام 2010، بعد أن زعمت أنه اعتدى عليها في منزلهما.");
        assert_eq!(q, ["حصلت على حماية قضائية ضده عام 2010، بعد أن زعمت أنه اعتدى عليها في منزلهما"]);
        // Another speaker's, after في حين or with a subject of its own, ends it.
        let q = indirect("وقال نصف المشاركين في الاستطلاع إنهم راضون عن رواتبهم، في حين قال 26٪ إنهم غير راضين.");
        assert_eq!(q, ["راضون عن رواتبهم", "غير راضين"]);
        let q = indirect("وأكد البيان أن الهدنة ستستمر شهرا، عندما قال المتحدث باسم الجيش الروسي إنها مؤقتة.");
        assert_eq!(q.len(), 2, "{q:?}");
        // The speaker's next report after قبل أن, or a new one after a comma, still ends it.
        let q = indirect("وقال الوزير إن المفاوضات متعثرة، قبل أن يضيف أن الحكومة لن تتنازل.");
        assert_eq!(q, ["المفاوضات متعثرة", "الحكومة لن تتنازل"]);
        let q = indirect("وقال الوزير إن المفاوضات متعثرة، وأكد أن الحكومة لن تتنازل.");
        assert_eq!(q, ["المفاوضات متعثرة", "الحكومة لن تتنازل"]);
    }
}
