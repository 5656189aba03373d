//! Readiness and commitment said with an adjective, no verb (`مؤكدا أن بلاده "مستعدة
//! للتعاون" مع لندن`، `إن المملكة ملتزمة برفع معاناة الشعب اليمني`، `فنحن مستعدون
//! للمشاركة في النقاش`، `إن بلاده على استعداد للحوار`): the party states its intent to
//! act, which CAMEO codes 030 (express intent to cooperate) and the labels AGREE; ready to
//! strike or to punish (`مستعدون للرد`، `مستعدة لفرض عقوبات`) is a threat (THREATEN 130).
//! The dictionaries had the noun only (`أبدى استعداده`, `expressed`). The nouns with
//! their owner's pronoun stated by a verb of affirming or announcing with its subject
//! between (`أكد بوتين الأحد استعداده للقاء`، `أعلن الاتحاد الأوروبي التزامه بالاتفاق
//! النووي`) read the same way.
//!
//! Only as a predicate with its complement right after it (`لـ` + a verbal noun after
//! `مستعد`، `على استعداد`; `بـ` after `ملتزم`), and with its subject: a party named right
//! before it in its clause (`بلاده`، `المملكة`), or, for a pronoun (`إنه`، `نحن`، `إننا`),
//! the speaker of the quotation around it. Not negated (`غير مستعد`، `ليست ملتزمة`), asked
//! (`هل أنتم مستعدون`) or conditional (`إذا كان الرئيس عباس مستعدا`، `طالما`، `ما دامت
//! إيران ملتزمة`); not for everything (`مستعدون لكل الاحتمالات`، `لأي`، `لذلك`). The one
//! it is for is the first party in the complement's next words (`مع لندن`، `الشعب
//! اليمني`), if any.

use super::args::{Arg, Context};
use super::{EventSpan, Input};
use marsad_lexicon::events::TriggerKind;
use marsad_text::normalize::without_conjunction;
use marsad_text::token::TokenKind;
use marsad_text::ByteSpan;

/// What every word below begins with.
const STEMS: &[&str] = &["مستعد", "ملتزم", "استعداد", "التزام"];
/// The shortest stem's length in bytes (five Arabic letters).
const STEM_BYTES: usize = 10;
/// The adjective "ready" (keys: ة folded to ه).
const READY: &[&str] = &["مستعد", "مستعده", "مستعدون", "مستعدين", "مستعدان", "مستعدا", "مستعدتان"];
/// The adjective "committed".
const COMMITTED: &[&str] = &["ملتزم", "ملتزمه", "ملتزمون", "ملتزمين", "ملتزمان", "ملتزما"];
/// The noun "readiness", a predicate after على (`على استعداد`).
const READINESS: &str = "استعداد";

/// The nouns of readiness and commitment with their owner's pronoun, stated by a verb of
/// affirming or announcing before them (`أكد بوتين استعداده للقاء`، `وأكدت التزامها
/// بتقديم الدعم`، `أعلن الاتحاد الأوروبي التزامه بالاتفاق النووي`).
const STATED: &[&str] = &[
    "استعداده", "استعدادها", "استعدادهم", "استعدادهما", "استعدادنا", "التزامه", "التزامها", "التزامهم", "التزامهما", "التزامنا",
];
/// Verbs of affirming, renewing or announcing (keys, without و ف; hamza folded but ؤ).
const STATING: &[&str] = &[
    "اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "جدد", "جددت", "يجدد", "تجدد", "اعلن", "اعلنت", "يعلن", "تعلن", "مؤكدا", "مؤكده",
    "معلنا", "معلنه",
];

/// Pronouns that may be the adjective's subject: the speaker speaks of himself or his side
/// (keys, hamza folded).
/// (Not `بأنها`: `منهمكة في إخبار العالم بأنها مستعدة` is another's.)
const PRONOUNS: &[&str] = &["انه", "انها", "اننا", "انني", "انا", "نحن", "هو", "هي", "لانه", "لاننا"];

/// Words that deny, ask or make a condition of the readiness (keys, without و ف).
const NEGATIONS: &[&str] = &["غير", "ليس", "ليست", "لست", "لسنا", "ليسوا", "لا", "لم", "لن", "هل"];
const CONDITIONS: &[&str] = &["اذا", "لو", "طالما", "دام", "دامت", "داموا", "حال", "شرط", "شريطه"];

/// Complements that name no step (keys after ل or ب).
const NO_STEP: &[&str] = &["كل", "اي", "ذلك", "هذا", "هذه", "الامر", "الحد", "جميع", "كافه", "عدم"];

/// Complements that tell force (stems after ل and the article): ready to answer, fight,
/// face or impose is a threat. (Not `دفاع`: `مستعدة للدفاع عن السعودية` backs another;
/// not `تدخل`: `مستعد للتدخل وحلحلة بعض الأمور` mediates.)
const FORCE: &[&str] = &["رد", "قتال", "خوض", "مواجهه", "حرب", "تصعيد", "فرض", "قوه"];

/// Complements whose own object says what the step is (`لتوجيه ضربة`، `لاستخدام الليرة`،
/// `لإجراء محادثات`): the word after them decides whether it is force.
const STEPS: &[&str] = &["توجيه", "استخدام", "شن", "تنفيذ", "اتخاذ", "اجراء", "عقد", "استئناف", "تقديم", "توصل"];

/// Words before the adjective that make it a past state described, no stance taken
/// (`وكان ملتزما بإذاعتها`), and prepositions before a mention that make it no subject
/// (`قوى في الولايات المتحدة مستعدة`: a place).
const WAS: &[&str] = &["كان", "كانت", "كانوا"];
const PREPOSITIONS: &[&str] = &["في", "من", "الي", "علي", "عن", "مع", "داخل"];

/// How far back in its clause a negation or a question reaches (`لا يبدو الرئيس أورتيغا
/// مستعدا`).
const NEGATION_BACK: usize = 6;

/// Complements of cooperation (stems after ل or ب and the article) the dictionaries do not
/// list as event nouns.
const COOPERATIVE: &[&str] = &[
    "تعاون", "حوار", "تفاوض", "مفاوضات", "محادثات", "مناقشه", "لقاء", "التقاء", "اجتماع", "قمه", "جلوس", "مساعده", "اتفاق",
    "اتفاقيه", "تسويه", "سلام", "هدنه", "مشاركه", "عمل",
];

/// Express intent to cooperate; threaten.
const INTENT_CAMEO: &str = "030";
const THREAT_CAMEO: &str = "130";

/// How many words between the subject's mention and the adjective (past quotation marks).
const SUBJECT_GAP: usize = 2;
/// How many words after the complement the party it is for may be.
const FOR_WINDOW: usize = 6;


/// A complement's key without ل، ب، the article or ل of the article.
fn strip_complement(key: &str) -> &str {
    let k = key.strip_prefix('ل').or_else(|| key.strip_prefix('ب')).unwrap_or(key);
    k.strip_prefix("ال").or_else(|| k.strip_prefix('ل')).filter(|r| r.chars().count() >= 3).unwrap_or(k)
}

/// The AGREE or THREATEN events of readiness in a sentence (tokens `s0..s1`).
pub fn find(input: &Input, ctx: &Context, sent: ByteSpan, (s0, s1): (usize, usize), out: &mut Vec<EventSpan>) {
    for k in s0..s1 {
        // Every word looked for begins with one of four stems: most tokens are passed over
        // on their first bytes (a first letter alone passes every word with the article).
        let raw = input.keys[k].as_str();
        // (String prefixes: a char pattern decodes the first letter of every token.)
        let unjoined = raw.strip_prefix("و").or_else(|| raw.strip_prefix("ف")).unwrap_or(raw);
        if unjoined.len() < STEM_BYTES || !STEMS.iter().any(|s| unjoined.starts_with(s)) {
            continue;
        }
        let key = without_conjunction(raw);
        let stated_noun = STATED.contains(&key);
        let (ready, committed) = (READY.contains(&key), COMMITTED.contains(&key) || stated_noun && key.starts_with("التزام"));
        let noun = key == READINESS && k > s0 && input.keys[k - 1] == "علي";
        if !(ready || committed || noun || stated_noun) || ctx.in_mention(k) {
            continue;
        }
        // A stated noun: its verb before it, no punctuation between (`مؤكدا على التزامه`).
        let stating = stated_noun.then(|| super::stated_stance::verb_before(ctx, input, k, s0, STATING)).flatten();
        if stated_noun && stating.is_none() {
            continue;
        }
        // The complement, right after it (past a quotation mark): لـ or بـ + a word.
        let is_mark = |j: usize| crate::quotes::is_mark(input.tokens[j].text(input.text));
        let Some(c) = (k + 1..s1).find(|&j| !is_mark(j)) else { continue };
        let ckey = input.keys[c].as_str();
        let Some(rest) = ckey.strip_prefix(if committed { 'ب' } else { 'ل' }) else { continue };
        let rest = rest.strip_prefix("ال").or_else(|| rest.strip_prefix('ل')).unwrap_or(rest);
        if input.tokens[c].kind != TokenKind::Arabic || rest.chars().count() < 3 && !STEPS.contains(&rest) || NO_STEP.contains(&rest) {
            continue;
        }
        // Its clause: back to the punctuation before it (quotation marks seen through).
        let head = stating.unwrap_or(if noun { k - 1 } else { k });
        let cl0 = (s0..head).rev().find(|&j| input.tokens[j].kind == TokenKind::Punct && !is_mark(j)).map_or(s0, |j| j + 1);
        let near = head.saturating_sub(NEGATION_BACK).max(cl0);
        // (و and ف before a short negation too: ولا يبدو.)
        let unjoined = |j: usize| {
            let k = input.keys[j].as_str();
            k.strip_prefix('و').or_else(|| k.strip_prefix('ف')).filter(|r| !r.is_empty()).unwrap_or(k)
        };
        let denied = (near..head).any(|j| NEGATIONS.contains(&unjoined(j)) || NEGATIONS.contains(&input.keys[j].as_str()));
        let was = (head.saturating_sub(2).max(cl0)..head).any(|j| WAS.contains(&without_conjunction(&input.keys[j])));
        if denied || was || (cl0..head).any(|j| CONDITIONS.contains(&without_conjunction(&input.keys[j]))) {
            continue;
        }
        let q = ctx.quote_at(input.tokens[k].start);
        // The subject: a party right before it in its clause, or a pronoun for the speaker.
        let words: Vec<usize> = (cl0..head).rev().filter(|&j| !is_mark(j)).collect();
        let subject = input
            .mentions
            .iter()
            .rposition(|m| m.tok_end <= head && m.tok_start >= cl0)
            .filter(|&m| {
                let m = &input.mentions[m];
                let after_preposition = m.tok_start > cl0 && PREPOSITIONS.contains(&input.keys[m.tok_start - 1].as_str());
                // An indefinite common noun right before it takes the adjective as its
                // attribute (`أرسلت روسيا قوات مستعدة للقتال`), not as its predicate.
                let last = input.keys[m.tok_end - 1].as_str();
                let definite = marsad_text::normalize::key_is_definite(last) || ["ه", "ها", "هم"].iter().any(|p| last.ends_with(p));
                let attribute = m.entity.is_none() && !definite && m.tok_end == head;
                !m.prepositional && !after_preposition && !attribute && words.iter().take_while(|&&j| j >= m.tok_end).count() <= SUBJECT_GAP
            })
            .map(|m| (Arg::from_mention(&input.mentions[m], input.home), "subject"));
        let pronoun = || {
            let w = *words.first()?;
            PRONOUNS.contains(&without_conjunction(&input.keys[w])).then_some(())?;
            let speaker = input.quotes[q?].speaker.as_ref()?;
            Some((Arg::from_speaker(speaker), "speaker"))
        };
        // A stated noun's owner: the verb's subject between them (`أكد بوتين الأحد
        // استعداده`); `استعدادنا`، `التزامنا` are the speaker's. Not the party the pronoun
        // would refer to with no subject between (`مؤكدا على التزامه`، `وأكدت التزامها`):
        // in the corpus sample that was another's as often as not (`دعا ماكرون نظيره
        // الروسي …، مؤكدا على التزامه` → the Russian).
        let owner = || {
            let v = stating?;
            if let Some(m) = input.mentions.iter().find(|m| m.tok_start > v && m.tok_end <= k && !m.prepositional) {
                return Some((Arg::from_mention(m, input.home), "stated-subject"));
            }
            if key.ends_with("نا") {
                let speaker = input.quotes[q?].speaker.as_ref()?;
                return Some((Arg::from_speaker(speaker), "stated-speaker"));
            }
            None
        };
        let found = if stated_noun { owner() } else { subject.or_else(pronoun) };
        let Some((actor, how)) = found else { continue };
        // (A company's commitment to its customers is no political stance.)
        if actor.thing || actor.country.is_none() && actor.actor.is_none() || actor.role.as_deref() == Some("BUS") {
            continue;
        }
        // The one it is for: the first party in the complement's next words.
        let stop = (c + 1..s1).take(FOR_WINDOW).find(|&j| input.tokens[j].kind == TokenKind::Punct && !is_mark(j)).unwrap_or((c + 1 + FOR_WINDOW).min(s1));
        // (Not a place after في: `مستعدة لضرب أهداف إيرانية في سوريا`.)
        let recipient = input
            .mentions
            .iter()
            .find(|m| m.tok_start > c && m.tok_start < stop && !matches!(input.keys[m.tok_start - 1].as_str(), "في" | "داخل"))
            .map(|m| Arg::from_mention(m, input.home))
            .filter(|r| !r.thing && r.actor != actor.actor);
        // Ready to strike, punish or fight: a threat; so is a step whose object is force
        // (`مستعد لتوجيه ضربات`).
        let ev = input.lexicon.events();
        let forceful_word = |j: usize| {
            let key = input.keys[j].as_str();
            let unprefixed = key.strip_prefix('ل').or_else(|| key.strip_prefix('ب')).unwrap_or(key);
            [key, unprefixed].into_iter().any(|k| ev.lookup(k).is_some_and(|h| {
                h.forms.iter().any(|f| {
                    let t = ev.trigger(f.trigger);
                    t.kind != TriggerKind::Light && matches!(t.event.as_deref(), Some("ASSAULT" | "COERCE" | "SANCTION" | "THREATEN"))
                })
            }))
        };
        let next = (c + 1 < s1 && input.tokens[c + 1].kind == TokenKind::Arabic).then_some(c + 1);
        let step = STEPS.contains(&rest);
        // (إطلاق سراح is a release, no shot: `مستعدة لإطلاق سراح ثلاثة من الرهائن`.)
        let released = next.is_some_and(|j| input.keys[j] == "سراح");
        let forceful = !released
            && (!step && (forceful_word(c) || FORCE.contains(&rest)) || step && next.is_some_and(|j| forceful_word(j) || FORCE.contains(&strip_complement(&input.keys[j]))));
        // Readiness to cooperate: a step of cooperation, meeting, help or agreement as its
        // complement (`للتعاون`، `لإجراء محادثات`، `بالاتفاق النووي`), or a party of another
        // country it is for; not a step at home (`ملتزم بإصلاح نظام الهجرة`، `مستعد لنشر
        // العسكريين`), nor a threat said as readiness (`مستعدة لزيادة تخصيب اليورانيوم`).
        let cooperative_word = |j: usize| {
            let rest = strip_complement(&input.keys[j]);
            COOPERATIVE.contains(&rest)
                || ev.lookup(&input.keys[j]).is_some_and(|h| {
                    h.forms.iter().any(|f| {
                        let t = ev.trigger(f.trigger);
                        t.kind == TriggerKind::Noun && matches!(t.event.as_deref(), Some("CONSULT" | "COOPERATE" | "AID" | "AGREE" | "CONCEDE"))
                    })
                })
        };
        let foreign = recipient.as_ref().is_some_and(|r| r.country.is_some() && r.country != actor.country);
        let cooperative = cooperative_word(c) || next.is_some_and(cooperative_word) || released || foreign;
        let (kind, cameo) = if forceful && !committed {
            ("THREATEN", THREAT_CAMEO)
        } else if cooperative {
            ("AGREE", INTENT_CAMEO)
        } else {
            continue;
        };
        out.push(EventSpan {
            kind: kind.into(),
            cameo: Some(cameo.into()),
            mode: None,
            actors: vec![actor],
            recipients: recipient.into_iter().collect(),
            negated: false,
            modality: None,
            claimed_by: q,
            sentence: sent,
            trigger: (head, c + 1),
            confidence: 0.5,
            rule: format!("readiness:{key}+{how}"),
            ghost: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::events::tests::{events, first_country};

    fn found(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        events(text).iter().filter(|e| e.rule.starts_with("readiness")).map(|e| (e.kind.clone(), first_country(&e.actors), first_country(&e.recipients))).collect()
    }

    #[test]
    fn a_party_ready_or_committed_agrees() {
        let t = "وقال وزير الخارجية الروسي إن روسيا \"مستعدة للتعاون\" مع بريطانيا في التحقيق.";
        assert!(found(t).contains(&("AGREE".into(), Some("RUS".into()), Some("GBR".into()))), "{:?}", events(t));
        let t = "وقال وزير الخارجية السعودي إن المملكة ملتزمة برفع معاناة الشعب اليمني.";
        assert!(found(t).iter().any(|(k, a, _)| k == "AGREE" && a.as_deref() == Some("SAU")), "{:?}", events(t));
        let t = "وقال الرئيس الإيراني حسن روحاني إن بلاده على استعداد للحوار مع جيرانها.";
        assert!(found(t).iter().any(|(k, a, _)| k == "AGREE" && a.as_deref() == Some("IRN")), "{:?}", events(t));
    }

    #[test]
    fn a_commitment_stated_agrees() {
        let t = "وأكدت الحكومة اليمنية التزامها بالتعاون مع المنظمات الدولية.";
        assert!(found(t).iter().any(|(k, a, _)| k == "AGREE" && a.as_deref() == Some("YEM")), "{:?}", events(t));
        // With no subject between, the pronoun's party is left unread.
        let t = "ودعا الرئيس الفرنسي نظيره الروسي إلى التوضيح، مؤكدا على التزامه بالحوار البناء بين روسيا وفرنسا.";
        assert!(!found(t).iter().any(|(_, a, _)| a.as_deref() == Some("RUS")), "{:?}", events(t));
        let t = "أكد الرئيس الروسي فلاديمير بوتين الأحد استعداده للقاء نظيره الأمريكي دونالد ترامب.";
        assert!(found(t).iter().any(|(k, a, _)| k == "AGREE" && a.as_deref() == Some("RUS")), "{:?}", events(t));
        // Not without a verb stating it.
        let t = "ويأتي التزامها بالاتفاق النووي بعد ضغوط أوروبية على إيران.";
        assert!(found(t).is_empty(), "{:?}", events(t));
    }

    #[test]
    fn ready_to_strike_threatens() {
        let t = "وقال وزير الدفاع الإسرائيلي إن إسرائيل مستعدة لقصف مواقع إيرانية في سوريا.";
        assert!(found(t).iter().any(|(k, a, _)| k == "THREATEN" && a.as_deref() == Some("ISR")), "{:?}", events(t));
        let t = "وقال وزير الدفاع الإسرائيلي إن إسرائيل مستعدة لشن هجوم على حزب الله.";
        assert!(found(t).iter().any(|(k, a, _)| k == "THREATEN" && a.as_deref() == Some("ISR")), "{:?}", events(t));
        let t = "وقال الرئيس الأمريكي إن الولايات المتحدة مستعدة لفرض عقوبات جديدة على روسيا.";
        assert!(found(t).iter().any(|(k, a, _)| k == "THREATEN" && a.as_deref() == Some("USA")), "{:?}", events(t));
        assert!(!found(t).iter().any(|(k, _, _)| k == "AGREE"), "{:?}", events(t));
        // A release is no threat.
        let t = "وقالت الحكومة التركية إن تركيا مستعدة لإطلاق سراح القس الأمريكي.";
        assert!(!found(t).iter().any(|(k, _, _)| k == "THREATEN"), "{:?}", events(t));
    }

    #[test]
    fn denied_asked_or_conditional_readiness_is_no_event() {
        let t = "وقال وزير الخارجية الروسي إن روسيا غير مستعدة للتعاون مع بريطانيا.";
        assert!(found(t).is_empty(), "{:?}", events(t));
        let t = "وقال المبعوث الأمريكي إنه إذا كان الرئيس الفلسطيني مستعدا للعودة إلى الطاولة فسنبدأ.";
        assert!(found(t).is_empty(), "{:?}", events(t));
        let t = "وقال وزير الدفاع الإسرائيلي إن إسرائيل مستعدة لكل الاحتمالات.";
        assert!(found(t).is_empty(), "{:?}", events(t));
        let t = "في المقابل، ولا يبدو الرئيس الأمريكي دونالد ترامب مستعدا للتفاوض.";
        assert!(found(t).is_empty(), "{:?}", events(t));
        // A place is no subject.
        let t = "وقال الرئيس الروسي إن هناك قوى في الولايات المتحدة مستعدة للتضحية بالعلاقات.";
        assert!(found(t).is_empty(), "{:?}", events(t));
        // A step at home is no intent to cooperate with anyone.
        let t = "وقالت المتحدثة باسم البيت الأبيض إن الرئيس الأمريكي ملتزم بإصلاح نظام الهجرة.";
        assert!(found(t).is_empty(), "{:?}", events(t));
        // No subject: an adjective of a noun.
        let t = "وأرسلت روسيا قوات مستعدة للقتال إلى الحدود.";
        assert!(found(t).is_empty(), "{:?}", events(t));
    }
}
