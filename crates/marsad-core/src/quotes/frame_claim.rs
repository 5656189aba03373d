//! Where the words a frame (بحسب X، وفقا لـX، حسبما ذكر X) attributes begin.
//!
//! - A frame opening the sentence with no comma before its فإن (وبحسب المحامي كروتينا فإن
//!   …، وحسب الوثيقة فإن …) attributes the words after the فإن: the source phrase ends there.
//! - A frame after a comma with its own فإن/فقد (…، ووفقا لتويتر فإن …، وبحسب مصادر طبية فقد …)
//!   opens the next clause like a frame opening the sentence.
//! - A frame closing the words before it (…، بحسب الشرطة) attributes the clause it closes:
//!   the sentence from its start (a statement it relays included: أعلنت الوزارة …، حسبما
//!   نقلت الوكالة), unless a quotation found before it is someone else's and a comma and a
//!   subordinator open a clause of their own after it (…، حسب ما أعلنت رئيسة اللجنة،
//!   بينما وضع ثلاثة شرطيين … بحسب نيابة باريس). With no quotation before it, a clause
//!   after حيث or بينما goes on with the same claim (ارتفع عدد اللاجئين …، حيث بلغ 68,5
//!   مليون شخص، بحسب الأمم المتحدة; ويتوقع أن …، بينما لا يسمح …، حسب مصادر أوبك).
//! - Marks the frame introduced inside the clause it closes are the whole quotation only
//!   when they open the clause (…، و"…"، بحسب X), as marks opening a reported clause are
//!   (قال إن "…"); after words of the clause (ورصدت قوات التحالف "…"، حسب الوكالة) they
//!   are a fragment, and the clause is the frame's claim too, as after إن (قال إن
//!   الحكومة "…").

use super::clause_end::BUT;
use super::{is_complementizer, Input};
use marsad_text::token::TokenKind;

/// Subordinators that open a clause of their own after a comma (keys, without و).
const SUBORDINATORS: &[&str] = &["حيث", "بينما", "فيما", "اذ"];

/// How far after the frame word a فإن may end its source phrase (وبحسب تقرير نشرته صحيفة
/// واشنطن بوست الأمريكية الاثنين فإن …).
const SOURCE_REACH: usize = 12;

/// Is `key` فإن, alone or with its pronoun (فإنه، فإنها، فإنهم)?
fn is_fa_inna(key: &str) -> bool {
    matches!(key, "فان" | "فانه" | "فانها" | "فانهم" | "فانهما" | "فانهن")
}

/// The فإن that ends the source phrase of a frame opening the sentence, searched from `src`
/// up to the first punctuation (`is_punct`) and before `s1`.
pub(super) fn source_fa_inna(keys: &[String], is_punct: impl Fn(usize) -> bool, src: usize, s1: usize) -> Option<usize> {
    (src..s1.min(src + SOURCE_REACH)).take_while(|&j| !is_punct(j)).find(|&j| is_fa_inna(&keys[j]))
}

/// (Keys fold ى to ي: على is علي.)
/// Does the sentence at `s0` open with a concessive or temporal clause (ورغم، على الرغم من،
/// ومع أن، وفي الوقت الذي) whose فإن answers it? Then a frame before that فإن closes the
/// subordinate clause (ورغم المؤشرات الجيدة، حسب الإحصاءات الرسمية، فإن …).
fn opens_with_subordinate(keys: &[String], s0: usize) -> bool {
    let key = |x: usize| keys.get(x).map_or("", |k| k.as_str());
    let first = key(s0).strip_prefix('و').unwrap_or(key(s0));
    matches!(first, "رغم" | "برغم" | "بالرغم")
        || (first == "علي" && key(s0 + 1) == "الرغم")
        || (first == "مع" && key(s0 + 1) == "ان")
        || (first == "في" && key(s0 + 1) == "الوقت" && key(s0 + 2) == "الذي")
}

/// The فإن or فقد that makes a frame after a comma open the clause that follows (…، ووفقا
/// لتويتر فإن …، وبحسب ما ورد فقد …): searched like `source_fa_inna`, or right after the
/// comma closing the source phrase (…، وبحسب الشرطة، فإن …). Without it the frame closes
/// the clause before the comma.
pub(super) fn apodosis_after_comma(
    keys: &[String],
    is_punct: impl Fn(usize) -> bool,
    is_comma: impl Fn(usize) -> bool,
    s0: usize,
    src: usize,
    s1: usize,
) -> Option<usize> {
    if opens_with_subordinate(keys, s0) {
        return None;
    }
    let apodosis = |j: usize| is_fa_inna(&keys[j]) || keys[j] == "فقد";
    let reach = s1.min(src + SOURCE_REACH);
    let stop = (src..reach).find(|&j| is_punct(j)).unwrap_or(reach);
    (src..stop).find(|&j| apodosis(j)).or_else(|| (stop + 1 < s1 && is_comma(stop) && apodosis(stop + 1)).then_some(stop + 1))
}

/// The number of tokens of a clause opener at `at` (حيث، بينما، فيما، إذ، بعد أن; after an
/// optional وذلك), before `end`.
fn opener_len(keys: &[String], at: usize, end: usize) -> Option<usize> {
    let key = |x: usize| (x < end).then(|| keys[x].as_str());
    let mut a = at;
    if key(a) == Some("وذلك") {
        a += 1;
    }
    let w = key(a)?;
    let bare = w.strip_prefix('و').unwrap_or(w);
    // (فيما يتعلق بـ، فيما يخص: "as regards", no clause.)
    if SUBORDINATORS.contains(&bare) && !(bare == "فيما" && matches!(key(a + 1), Some("يتعلق" | "يخص"))) {
        return Some(a + 1 - at);
    }
    if bare == "بعد" && key(a + 1) == Some("ان") {
        return Some(a + 2 - at);
    }
    None
}

/// The first token of the clause a frame at `frame` closes in the sentence starting at
/// `s0`: after the last comma followed by a clause opener with the cue of a quotation
/// already found (`quoted_cue`) before it, else `s0`.
pub(super) fn closed_clause_start(
    keys: &[String],
    is_comma: impl Fn(usize) -> bool,
    quoted_cue: impl Fn(usize) -> bool,
    s0: usize,
    frame: usize,
) -> usize {
    (s0..frame)
        .rev()
        .filter(|&j| is_comma(j))
        .find_map(|j| opener_len(keys, j + 1, frame).filter(|_| (s0..j).any(&quoted_cue)).map(|n| j + 1 + n))
        .unwrap_or(s0)
}

/// Do words of the claim starting at token `a` come before the marks whose words start at
/// byte `open` (ورصدت قوات التحالف "…")? Not when the marks open a clause of their own: right
/// after إن/أن/فإن (واللافت أن "…"، فإنه "…"), لكن (لكن "…") or a colon, a bare و aside.
pub(super) fn words_before_marks(input: &Input, a: usize, open: usize) -> bool {
    let Input { text, tokens, keys, .. } = *input;
    // The opening mark: the last token ending where the marked words start.
    let Some(mark) = (a..tokens.len()).take_while(|&k| tokens[k].end <= open).last() else { return false };
    let word = |k: usize| tokens[k].kind != TokenKind::Punct && keys[k] != "و";
    let nearest = (a..mark).rev().find(|&k| keys[k] != "و");
    let opens_own_clause = nearest.is_some_and(|k| is_complementizer(&keys[k]) || is_fa_inna(&keys[k]) || BUT.contains(&keys[k].as_str()) || tokens[k].text(text) == ":");
    !opens_own_clause && (a..mark).any(word)
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn frames(text: &str) -> Vec<String> {
        quotes(text).into_iter().filter(|q| q.rule == "frame").map(|q| q.text).collect()
    }

    #[test]
    fn a_frame_before_fa_inna_attributes_what_follows() {
        let f = frames("وحسب المحامي كروتينا فإن قرار براغ بوقف إجراء تسليمه إلى تركيا يعني أنه لم يعد مجبرا على البقاء.");
        assert_eq!(f, ["قرار براغ بوقف إجراء تسليمه إلى تركيا يعني أنه لم يعد مجبرا على البقاء"]);
        // With a comma the words after it are the claim, as before.
        let f = frames("وبحسب الشرطة، فإن المهاجم فر من المكان بعد الهجوم.");
        assert_eq!(f, ["المهاجم فر من المكان بعد الهجوم"]);
        // A بحسب with no فإن and no comma attributes nothing it can delimit.
        assert!(frames("وبحسب المحامي كروتينا قرار براغ بوقف إجراء تسليمه إلى تركيا نهائي.").is_empty());
    }

    #[test]
    fn a_frame_after_a_comma_with_fa_inna_opens_the_next_clause() {
        let f = frames("وأغلقت السلطات المطار يوم الأحد، ووفقا للشرطة فإن المهاجم فر من المكان بعد الهجوم.");
        assert_eq!(f, ["المهاجم فر من المكان بعد الهجوم"]);
        let f = frames("واندلعت اشتباكات عنيفة في المدينة، وبحسب مصادر طبية فقد قتل ثلاثة أشخاص على الأقل.");
        assert_eq!(f, ["قتل ثلاثة أشخاص على الأقل"]);
        let f = frames("وأغلقت السلطات المطار يوم الأحد، وبحسب الشرطة، فإن المهاجم فر من المكان بعد الهجوم.");
        assert_eq!(f, ["المهاجم فر من المكان بعد الهجوم"]);
        // A فإن answering a concessive clause is not the frame's: it closes that clause.
        let f = frames("ورغم المؤشرات الاقتصادية الجيدة، حسب الإحصاءات الرسمية، فإن الديون تثير كثيرا من التساؤلات.");
        assert_eq!(f, ["ورغم المؤشرات الاقتصادية الجيدة"]);
        let f = frames("وعلى الرغم من أن بغداد جددت عقود الكهرباء مع طهران، وفق ما أفاد المدرس، فإن هذه العقود تعطي الأولوية للمدن الإيرانية.");
        assert_eq!(f, ["وعلى الرغم من أن بغداد جددت عقود الكهرباء مع طهران"]);
        // With no فإن/فقد the frame closes the clause before it, as before.
        let f = frames("وأغلقت السلطات المطار يوم الأحد، وفقا للشرطة.");
        assert_eq!(f, ["وأغلقت السلطات المطار يوم الأحد"]);
    }

    #[test]
    fn a_closing_frame_attributes_the_clause_a_subordinator_opens() {
        let f = frames("وطالب الخطاب بـ\"إلغاء اللقاء تضامنا مع الشعوب ضحايا الظلم\"، فيما أطلقت الحملة على موقع تويتر وسما جديدا، حسبما أفادت صحيفة جيروسالم بوست.");
        assert_eq!(f, ["أطلقت الحملة على موقع تويتر وسما جديدا"]);
        // فيما يتعلق opens no clause: the frame would claim the marks quoted already.
        let f = frames("وطالب الخطاب بـ\"إلغاء اللقاء تضامنا مع الشعوب ضحايا الظلم\"، فيما يتعلق بقضية اختفاء الصحفي، حسبما أفادت صحيفة جيروسالم بوست.");
        assert!(f.is_empty(), "{f:?}");
        // With no report before it, the clause after حيث goes on with the same claim.
        let f = frames("ارتفع عدد اللاجئين في العالم بشكل قياسي في 2017، حيث بلغ 68,5 مليون شخص، بحسب ما أعلنت الأمم المتحدة الثلاثاء.");
        assert_eq!(f, ["ارتفع عدد اللاجئين في العالم بشكل قياسي في 2017، حيث بلغ 68,5 مليون شخص"]);
    }

    #[test]
    fn a_second_frame_in_a_sentence_claims_its_own_clause() {
        let f = frames("يدلي الوزير بشهادته الاثنين أمام اللجنة، حسب ما أعلنت رئيسة اللجنة السبت، بينما وضع ثلاثة شرطيين قيد التوقيف الاحترازي بحسب نيابة باريس.");
        assert_eq!(f, ["يدلي الوزير بشهادته الاثنين أمام اللجنة", "وضع ثلاثة شرطيين قيد التوقيف الاحترازي"]);
        // A frame after a reported clause, or between a verb and its marks, only relays it.
        let qs = quotes("وقال الوزير إن المحادثات ستستأنف الأسبوع المقبل، بحسب وكالة رويترز.");
        assert_eq!(qs.len(), 1, "{qs:#?}");
        assert_eq!(qs[0].rule, "cue-indirect");
        let qs = quotes("وقال ماتيس للصحافيين بعد جولة في أوروبا، وفقا لنسخة من تصريحاته: \"ما زلت غير قادر على تقديم المزيد من المعلومات\".");
        assert!(qs.iter().all(|q| q.rule != "frame"), "{qs:#?}");
        let qs = quotes("وقال علماء في جامعة ليدز، وفق ما أوردت صحيفة ديلي ميل البريطانية، الجمعة، إن استعمال المناشف الورقية يقلل من خطر الجراثيم.");
        assert!(qs.iter().all(|q| q.rule != "frame"), "{qs:#?}");
    }

    #[test]
    fn marks_filling_the_claim_are_the_quotation() {
        // A fragment in marks leaves the frame its claim …
        let f = frames("طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة احتجاجا على \"تدخل كندا الصريح\"، حسب بيان لوزارة الخارجية السعودية.");
        assert_eq!(f, ["طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة احتجاجا على \"تدخل كندا الصريح"]);
        // … marks that open and fill it are the quotation itself.
        let f = frames("و\"ستواصل أسعار النفط التراجع خلال الأشهر المقبلة بسبب ضعف الطلب العالمي\"، بحسب الخبير.");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn marks_after_words_of_the_claim_leave_the_frame_its_claim() {
        // As after إن (قال إن الحكومة "…"), words of the clause before the marks make them
        // a fragment: the clause is the frame's claim, the marks a direct quote inside it.
        let qs = quotes("وعززت قوات الجيش مواقعها في الضواحي الشرقية للمدينة، و\"هي المناطق الأكثر خطورة على المدنيين\"، حسب وكالة الأنباء الرسمية.");
        let f: Vec<_> = qs.iter().filter(|q| q.rule == "frame").map(|q| q.text.as_str()).collect();
        assert_eq!(f, ["وعززت قوات الجيش مواقعها في الضواحي الشرقية للمدينة، و\"هي المناطق الأكثر خطورة على المدنيين"], "{qs:#?}");
        assert!(qs.iter().any(|q| q.direct && q.text == "هي المناطق الأكثر خطورة على المدنيين"), "{qs:#?}");
        let f = frames("ويعني ذلك أن الحكومة قد \"جردت هؤلاء العمال من حقوقهم التأمينية مقابل التغاضي عما عليهم من ديون عجزوا عن سدادها\"، بحسب الكاتب.");
        assert_eq!(f.len(), 1, "{f:?}");
        // Marks right after إن/أن/فإن, لكن or a colon open a clause of their own: they
        // are the quotation, direct only.
        for text in [
            "لكن \"الحكومة لن تتراجع عن قرارها بشأن الضرائب الجديدة\"، حسب المصدر.",
            "وبحسب الوزارة، فإنه \"لن يسمح بدخول الشاحنات قبل استكمال الإجراءات الأمنية\".",
            "واللافت، أن \"التقدم تم باستخدام جزء صغير من القوات المجهزة للمعركة\"، وفق المصادر.",
            "ويصفه زملاؤه بأنه هادئ: \"يأتي مبكرا ويغادر متأخرا كل يوم\"، بحسب المدرب.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
        let f = frames("ورصدت الدوريات \"إطلاق قذائف على الأحياء السكنية من مواقع المسلحين في التلال المحيطة بالبلدة\"، حسب المرصد.");
        assert_eq!(f, ["ورصدت الدوريات \"إطلاق قذائف على الأحياء السكنية من مواقع المسلحين في التلال المحيطة بالبلدة"]);
    }
}
