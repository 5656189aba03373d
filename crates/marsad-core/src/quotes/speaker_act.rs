//! The speaker's next act after the reported clause.
//!
//! …وقال إنه ينتظر نتائج التحقيق، ووعد بنشر النتائج …، اعترف بأنه كان مخطئا، وأبدى أسفه
//! …، وقد ألمح إلى …، كما أعرب عن أمله: after a comma, a perfect verb of speaking or of
//! stance (وعد، أبدى، أعرب، تمنى، أشاد، نفى، رفض، دعا إلى، قدم، وجه، أكد …) joined by و
//! (or وقد, كما, or set against the clause by فيما، بينما، في حين) with no subject of its
//! own, agreeing with the cue in person, gender and number, tells what the speaker did
//! next: the writer's narrative, not the reported clause, which ends at the comma. After
//! فيما، بينما، في حين the verb with a subject of its own is another party's stance set
//! beside the speaker's (…، فيما رفضت الحكومة البريطانية التعليق): it ends the clause too
//! (`second_report` does the same for a reporting verb that reports a clause). (Without the comma, or with a verb of movement or
//! meeting, التقى، زار، توجه، بدأ, the verb is as often the reported clause's own, زار
//! القاهرة والتقى الرئيس; and a clause opening with a named subject of its own, إن المحكمة
//! قبلت الاستئناف، ورفضت طلب التسليم, more often goes on with it.)
//!
//! With no comma (`joined_at`), only when the clause's subject is the speaker: its إن/أن
//! carries the pronoun of the cue's person (اعترف بأنه كان مخطئا وأبدى خجله، وقالت إنها
//! تقف مع الرياض ورفضت …), the verb agrees with both and has no subject of its own. Not
//! after سبق (سبق وجددت: "had already"), nor قدم إلى ("came to"), nor for an imperfect
//! cue, whose gender its form does not show (تقول إنه تعرض للاعتقال وناشد: the letter's
//! words of a man).
//!
//! Right after the closing mark of words quoted inside the clause (`after_marks_at`), the
//! marks have closed what the speaker said: إن الوضع "قد يتدهور" وحث على …، أن القمة بداية
//! "تاريخ جديد" ودعت إلى …، إن ما حدث "كارثة وطنية" وقدم اعتذارا. The verb agreeing with
//! the cue ends the clause whatever its إن/أن carries, unless the clause opens with a named
//! subject the verb may go on with.

use super::Agreement;
use marsad_text::normalize::without_conjunction;

/// Perfect third-person masculine singular stems (keys): verbs of speaking and of stance.
/// عبر and دعا only with the preposition they take (عبر عن، دعا إلى: else "across",
/// "bade farewell").
const STEMS: &[&str] = &[
    "ابدي", "اعرب", "عبر", "تمني", "وعد", "تعهد", "اشاد", "ادان", "استنكر", "رحب", "نفي", "رفض", "اتهم", "انتقد", "دعا", "حث",
    "طالب", "ناشد", "حذر", "هدد", "شكر", "قدم", "وجه", "المح", "اكد", "شدد", "اشار", "اوضح", "اعلن", "كشف", "ندد", "جدد", "اثني",
    "هاجم",
];

/// The preposition a stem needs after it, if any.
fn needs(stem: &str) -> Option<&'static str> {
    match stem {
        "عبر" => Some("عن"),
        "دعا" => Some("الي"),
        _ => None,
    }
}

/// Active participles (masculine stems, keys) of a stance or act of speech that are no
/// reporting cue: after a comma they tell, in the writer's words, what the speaker did while
/// speaking (…، مشيدا بجهود الحكومة، منددا بالهجوم، متوعدا برد حاسم، معبرا عن أمله). Not
/// forms that are as often nouns or adjectives (مدينة city, محملة loaded, مهاجمة an attack,
/// مجددا again); معبر only before عن (else a crossing).
const PARTICIPLES: &[&str] = &[
    "مشيد", "مندد", "متوعد", "رافض", "معبر", "ملقي", "مستشهد", "متحدث", "مقترح", "مشبه", "مثمن", "متمني", "مكرر", "مناشد", "شاكر", "ناصح",
    "مستغرب", "مرحب", "مستنكر",
];

/// The stem and agreement of a participle form (key, no proclitic): مشيدا، مشيده، مشيدين.
fn participle(form: &str) -> Option<(&'static str, Agreement)> {
    PARTICIPLES.iter().find_map(|&stem| match form.strip_prefix(stem)? {
        "ا" => Some((stem, Agreement::Masculine)),
        "ه" => Some((stem, Agreement::Feminine)),
        "ين" => Some((stem, Agreement::Plural)),
        _ => None,
    })
}

/// Does a participle of the speaker's act start at key index `at` (the word after a comma
/// that is not inside marks), before `end`? It must agree with the cue `cue`, and the clause
/// (first index `clause`) must not open with a named subject, whose act it may be as well (إن
/// الرئيس ألقى كلمة، مشيدا بالجيش).
pub(super) fn participle_at(keys: &[String], at: usize, end: usize, cue: &str, clause: usize, actor_at: impl Fn(usize) -> bool) -> bool {
    let key = |i: usize| if i < end { keys[i].as_str() } else { "" };
    let Some((stem, a)) = participle(key(at).strip_prefix('و').unwrap_or(key(at))) else { return false };
    if at + 1 >= end || stem == "معبر" && key(at + 1) != "عن" || actor_at(clause) {
        return false;
    }
    cue_agreement(cue) == Some(a)
}

/// The agreement of a reporting cue's key (و/ف taken off): قال، قالت، قالوا, the
/// participles مشيرا، مشيره، مشيرين. None when it cannot tell (a dual, a frame).
fn cue_agreement(cue: &str) -> Option<Agreement> {
    let bare = without_conjunction(cue);
    // (قائلا، قائلة: the participle of قال, no م before it.)
    match bare {
        "قائلا" => return Some(Agreement::Masculine),
        "قائله" => return Some(Agreement::Feminine),
        _ => {}
    }
    if bare.ends_with("وا") || bare.ends_with("ون") || bare.ends_with("ين") {
        return Some(Agreement::Plural);
    }
    // (لفت is masculine: its ت is the root's.)
    if bare.ends_with('ت') && bare != "لفت" || bare.starts_with('م') && bare.ends_with('ه') {
        return Some(Agreement::Feminine);
    }
    if bare.ends_with('ا') && !bare.starts_with('م') {
        // قالا, أكدا: a dual (مشيرا is a masculine participle).
        return None;
    }
    Some(Agreement::Masculine)
}

/// The stem and agreement of a perfect verb form (key, no proclitic): وعد، وعدت، وعدوا،
/// أبدى، أبدت، أبدوا.
fn verb(form: &str) -> Option<(&'static str, Agreement)> {
    STEMS.iter().find_map(|&stem| {
        if form == stem {
            return Some((stem, Agreement::Masculine));
        }
        // (A final ي or ا goes before the ending: أبدى → أبدت، أبدوا; دعا → دعت، دعوا.)
        let base = stem.strip_suffix(['ي', 'ا']).unwrap_or(stem);
        let rest = form.strip_prefix(base)?;
        match rest {
            "ت" => Some((stem, Agreement::Feminine)),
            "وا" => Some((stem, Agreement::Plural)),
            _ => None,
        }
    })
}

/// Does the speaker's next act start at key index `at` (the word after a comma that is
/// not inside marks), before `end`? `cue` is the reporting cue's key, `clause` the reported
/// clause's first index, `actor_at` tells a mention starting at an index.
pub(super) fn starts_at(keys: &[String], at: usize, end: usize, cue: &str, clause: usize, actor_at: impl Fn(usize) -> bool) -> bool {
    let key = |i: usize| if i < end { keys[i].as_str() } else { "" };
    // و + verb, وقد + verb, كما + verb; or a contrast, فيما، بينما، في حين + verb.
    let contrast = super::second_report::contrast_at(keys, at).filter(|&v| v < end);
    let (v, form) = match (contrast, key(at)) {
        (Some(v), _) => (v, key(v)),
        (None, "وقد" | "كما") => (at + 1, key(at + 1)),
        (None, k) => match k.strip_prefix('و') {
            Some(rest) => (at, rest),
            None => return false,
        },
    };
    let Some((stem, a)) = verb(form) else { return false };
    if needs(stem).is_some_and(|p| key(v + 1) != p) || v + 1 >= end {
        return false;
    }
    // (After a contrast, a subject of its own makes it another party's stance set against
    // the speaker's: …، فيما رفضت الحكومة البريطانية التعليق، بينما أشاد الجانب الإماراتي …)
    // (قدم with a subject is as often any act, بينما قدمت البنوك الكثير من القروض: the
    // speaker's contrast.)
    if actor_at(v + 1) {
        return contrast.is_some() && stem != "قدم";
    }
    // (A clause opening with a named subject, إن المحكمة قبلت …، ورفضت …, goes on with it.)
    if actor_at(clause) {
        return false;
    }
    cue_agreement(cue) == Some(a)
}

/// The agreement of the pronoun an إن/أن carries (key: انه، بانه، انها، انهم).
fn pronoun_agreement(comp: &str) -> Option<Agreement> {
    match comp.strip_prefix('ب').unwrap_or(comp) {
        "انه" => Some(Agreement::Masculine),
        "انها" => Some(Agreement::Feminine),
        "انهم" => Some(Agreement::Plural),
        _ => None,
    }
}

/// Does the speaker's next act start at key index `at`, a word joined by و with no comma
/// before it, inside the clause its complementizer `comp` opens (see the module note)?
pub(super) fn joined_at(keys: &[String], at: usize, end: usize, cue: &str, comp: &str, actor_at: impl Fn(usize) -> bool) -> bool {
    let Some(rest) = keys[at].strip_prefix('و') else { return false };
    let Some((stem, a)) = verb(rest) else { return false };
    let key = |i: usize| if i < end { keys[i].as_str() } else { "" };
    if at + 1 >= end || needs(stem).is_some_and(|p| key(at + 1) != p) || stem == "قدم" && key(at + 1) == "الي" {
        return false;
    }
    if at > 0 && matches!(keys[at - 1].as_str(), "سبق" | "قد") || actor_at(at + 1) {
        return false;
    }
    pronoun_agreement(comp) == Some(a) && cue_agreement(cue) == Some(a)
}

/// Does the speaker's next act start at key index `at`, a word joined by و right after a
/// closing quotation mark inside the clause (see the module note)? `clause` is the clause's
/// first index, `comp` its complementizer.
pub(super) fn after_marks_at(keys: &[String], at: usize, end: usize, cue: &str, comp: &str, clause: usize, actor_at: impl Fn(usize) -> bool) -> bool {
    let Some(rest) = keys[at].strip_prefix('و') else { return false };
    let Some((stem, a)) = verb(rest) else { return false };
    let key = |i: usize| if i < end { keys[i].as_str() } else { "" };
    // (A subject may follow a preposition with a pronoun: ورحب به البرلمان.)
    let object_pronoun = matches!(key(at + 1), "به" | "بها" | "بهم" | "له" | "لها" | "لهم" | "عليه" | "عليها");
    if at + 1 >= end || needs(stem).is_some_and(|p| key(at + 1) != p) || stem == "قدم" && key(at + 1) == "الي" || actor_at(at + 1) || object_pronoun && actor_at(at + 2) {
        return false;
    }
    // (A named subject opening the clause, إن الحكومة "رفضت" ودعت إلى …, may be the verb's.)
    if actor_at(clause) && pronoun_agreement(comp) != Some(a) {
        return false;
    }
    cue_agreement(cue) == Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tests::indirect;

    #[test]
    fn the_keys_are_keys() {
        use marsad_text::normalize::key;
        for w in STEMS.iter().chain(PARTICIPLES).chain(["عن", "الي", "لفت", "وقد", "كما", "قائلا", "قائله"].iter()) {
            assert_eq!(&key(w), w);
        }
    }

    #[test]
    fn agreement_of_cues_and_verbs() {
        assert_eq!(cue_agreement("وقالت"), Some(Agreement::Feminine));
        assert_eq!(cue_agreement("مشيره"), Some(Agreement::Feminine));
        assert_eq!(cue_agreement("مشيرا"), Some(Agreement::Masculine));
        assert_eq!(cue_agreement("لفت"), Some(Agreement::Masculine));
        assert_eq!(cue_agreement("قالوا"), Some(Agreement::Plural));
        assert_eq!(cue_agreement("قالا"), None);
        assert_eq!(cue_agreement("قائلا"), Some(Agreement::Masculine));
        assert_eq!(cue_agreement("قائله"), Some(Agreement::Feminine));
        assert_eq!(verb("ابدت"), Some(("ابدي", Agreement::Feminine)));
        assert_eq!(verb("دعوا"), Some(("دعا", Agreement::Plural)));
        assert_eq!(verb("وعد"), Some(("وعد", Agreement::Masculine)));
        assert_eq!(verb("زار"), None);
    }

    #[test]
    fn the_speakers_next_act_ends_the_clause() {
        let q = indirect("وقال الرئيس التركي إنه ينتظر نتائج التحقيق في القضية، ووعد بنشر النتائج أمام العالم مهما كانت.");
        assert_eq!(q, ["ينتظر نتائج التحقيق في القضية"]);
        let q = indirect("وقالت المغنية إنها ستطرح ألبومها الجديد خلال شهر، وقدمت اعتذارها لجمهورها بسبب التأخير.");
        assert_eq!(q, ["ستطرح ألبومها الجديد خلال شهر"]);
        let q = indirect("وأكد الوزير أن الاتفاق بشكله الحالي ليس كافيا، وقد ألمح مرة أخرى إلى استعداد بلاده للانسحاب منه.");
        assert_eq!(q, ["الاتفاق بشكله الحالي ليس كافيا"]);
        let q = indirect("وقال الوزير إن الضرائب الجديدة ستطال المقتدرين، فيما جدد دعوته للمواطنين إلى الهدوء.");
        assert_eq!(q, ["الضرائب الجديدة ستطال المقتدرين"]);
    }

    #[test]
    fn a_participle_of_the_speakers_act_after_a_comma_ends_the_clause() {
        assert_eq!(participle("مشيدا"), Some(("مشيد", Agreement::Masculine)));
        assert_eq!(participle("متوعده"), Some(("متوعد", Agreement::Feminine)));
        assert_eq!(participle("مدينه"), None);
        let q = indirect("وأكد الحريري أن أهمية المؤتمر تنبع من دعم الجيش، مشيدا بعناصر القوى المسلحة الذين ضحوا بحياتهم.");
        assert_eq!(q, ["أهمية المؤتمر تنبع من دعم الجيش"]);
        let q = indirect("وقالت الوزارة إن الطائرة تحمل البصمات الإيرانية، متوعدة برد حاسم على الهجوم.");
        assert_eq!(q, ["الطائرة تحمل البصمات الإيرانية"]);
        let q = indirect("وقال الوزير إن نشر الصواريخ غير مقبول، معبرا عن إدانته للهجوم.");
        assert_eq!(q, ["نشر الصواريخ غير مقبول"]);
    }

    #[test]
    fn a_participle_that_is_not_the_speakers_stays() {
        // Another gender than the cue's, a named subject opening the clause, a noun or a
        // crossing: the clause goes on.
        let q = indirect("وقال المتحدث إن الرسالة وصلت أمس، منددة بالهجوم على السفارة.");
        assert_eq!(q, ["الرسالة وصلت أمس، منددة بالهجوم على السفارة"]);
        let q = indirect("وقال المتحدث إن الرئيس ألقى كلمة أمام البرلمان، مشيدا بالجيش.");
        assert_eq!(q, ["الرئيس ألقى كلمة أمام البرلمان، مشيدا بالجيش"]);
        let q = indirect("وقالت الشرطة إن الانفجار وقع في السوق، مدينة حلب القديمة.");
        assert_eq!(q, ["الانفجار وقع في السوق، مدينة حلب القديمة"]);
        let q = indirect("وقال المسؤول إن الشاحنات وصلت إلى الحدود، معبرا رئيسيا للمساعدات.");
        assert_eq!(q, ["الشاحنات وصلت إلى الحدود، معبرا رئيسيا للمساعدات"]);
    }

    #[test]
    fn another_partys_stance_after_a_contrast_ends_the_clause() {
        let q = indirect("وقالت الشركة إن تجديد العقد يستغرق وقتا أكثر من المعتاد، فيما رفضت الحكومة البريطانية التعليق على المسألة.");
        assert_eq!(q, ["تجديد العقد يستغرق وقتا أكثر من المعتاد"]);
        // Not a verb of moving or arriving with its subject: the speaker's contrast.
        let q = indirect("وقال المتحدث إن آلاف اللاجئين تجمعوا على الحدود، بينما توجه آلاف آخرون نحو الجولان.");
        assert_eq!(q, ["آلاف اللاجئين تجمعوا على الحدود، بينما توجه آلاف آخرون نحو الجولان"]);
        let q = indirect("وقال المحلل إن دخل الحكومة من الضرائب يتراجع، بينما قدمت البنوك الكثير من القروض بالدولار.");
        assert_eq!(q, ["دخل الحكومة من الضرائب يتراجع، بينما قدمت البنوك الكثير من القروض بالدولار"]);
    }

    #[test]
    fn the_speakers_next_act_without_a_comma_when_he_is_the_clauses_subject() {
        let q = indirect("واعترف المدرب بأنه كان مخطئا وأبدى أسفه للجماهير بعد الهزيمة.");
        assert_eq!(q, ["كان مخطئا"]);
        let q = indirect("وقالت الوزارة إنها تقف مع الحكومة في هذه الأزمة ورفضت أي تدخل خارجي.");
        assert_eq!(q, ["تقف مع الحكومة في هذه الأزمة"]);
        // Another pronoun than the speaker's, a named subject, سبق, قدم إلى or an
        // imperfect cue: the clause goes on.
        let q = indirect("وقالت الوزارة إنه تعرض للاعتقال ورفض الإجابة عن الأسئلة.");
        assert_eq!(q, ["تعرض للاعتقال ورفض الإجابة عن الأسئلة"]);
        let q = indirect("وقال المتحدث إن الوزير التقى الوفد وأبدى استعداده للتعاون.");
        assert_eq!(q, ["الوزير التقى الوفد وأبدى استعداده للتعاون"]);
        let q = indirect("وأشارت المغنية إلى أنها سبق وجددت أغنيات لفنانين كبار.");
        assert_eq!(q, ["سبق وجددت أغنيات لفنانين كبار"]);
        let q = indirect("وقال الرئيس إنه سيعاقب المحققين إذا تجرأ أحدهم وقدم إلى البلاد.");
        assert_eq!(q, ["سيعاقب المحققين إذا تجرأ أحدهم وقدم إلى البلاد"]);
        let q = indirect("وتقول الرسالة إنه تعرض للاعتقال وناشد المساعدة.");
        assert_eq!(q, ["تعرض للاعتقال وناشد المساعدة"]);
    }

    #[test]
    fn the_clauses_own_verbs_stay() {
        // Without a comma, or a verb of another gender, or one of meeting, or a subject of
        // its own: the reported clause goes on.
        let q = indirect("وقال المتحدث إن الحكومة رفضت المبادرة ودعت إلى الحوار.");
        assert_eq!(q, ["الحكومة رفضت المبادرة ودعت إلى الحوار"]);
        let q = indirect("وقال المتحدث إن الوزيرة استقبلت الوفد، ورحبت بمبادرته للسلام.");
        assert_eq!(q, ["الوزيرة استقبلت الوفد، ورحبت بمبادرته للسلام"]);
        let q = indirect("وقال المتحدث إنه زار القاهرة الأسبوع الماضي، والتقى بالرئيس المصري.");
        assert_eq!(q, ["زار القاهرة الأسبوع الماضي، والتقى بالرئيس المصري"]);
        let q = indirect("وقالت الوزارة إن المحكمة قبلت استئناف المتهم، ورفضت طلب التسليم.");
        assert_eq!(q, ["المحكمة قبلت استئناف المتهم، ورفضت طلب التسليم"]);
        let q = indirect("وقال المتحدث إن بلاده تدعم الحل السلمي، وعبر الحدود آلاف اللاجئين.");
        assert_eq!(q, ["بلاده تدعم الحل السلمي، وعبر الحدود آلاف اللاجئين"]);
    }

    #[test]
    fn the_speakers_next_act_right_after_quoted_words() {
        let q = indirect("وقال المبعوث الدولي إن الأوضاع في المدينة \"قد تنفجر في أي لحظة\" وحث الأطراف على ضبط النفس.");
        assert_eq!(q, ["الأوضاع في المدينة \"قد تنفجر في أي لحظة\""]);
        let q = indirect("ورأت الوزيرة أن الاجتماع خطوة \"في الاتجاه الصحيح\" ودعت إلى مواصلة الحوار بين الطرفين.");
        assert_eq!(q, ["الاجتماع خطوة \"في الاتجاه الصحيح\""]);
        let q = indirect("وانتقد الرئيس الخطوة قائلا إن القرار \"طعنة في الظهر\" وهاجم سياسات الحكومة السابقة بشدة.");
        assert_eq!(q, ["القرار \"طعنة في الظهر\""]);
        // A verb with a subject of its own: the clause goes on.
        let q = indirect("وقال المتحدث إن الاتفاق \"مهم جدا\" ورحب به البرلمان الأوروبي أيضا.");
        assert_eq!(q, ["الاتفاق \"مهم جدا\" ورحب به البرلمان الأوروبي أيضا"]);
        // Marks around a title or a company's name are no quoted words.
        let q = indirect("وقال المحامي إن موكله شاهد الحلقة الأخيرة من مسلسل \"Breaking Bad\" وطالب بتعويض عن الضرر.");
        assert_eq!(q, ["موكله شاهد الحلقة الأخيرة من مسلسل \"Breaking Bad\" وطالب بتعويض عن الضرر"]);
        let q = indirect("وقالت المرأة إنها اتصلت بشركة \"كارفور\" وقدمت شكوى رسمية ضدها.");
        assert_eq!(q, ["اتصلت بشركة \"كارفور\" وقدمت شكوى رسمية ضدها"]);
    }
}
