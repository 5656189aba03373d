//! An addressee glued to لـ right after a reporting verb is to whom the words were said,
//! never who said them: قالت لقناة محلية، وقال لفرانس 24، يقول لبي بي سي، قال لرويترز،
//! وقالت لشبكة فوكس نيوز. Before, such a phrase after the verb was read as the subject (the
//! mention is prepositional, but the words fell back to an unnamed speaker with the story's
//! country), so the outlet interviewing a person spoke in her place. It is skipped like
//! للصحفيين: the subject after it speaks (وقال لفرانس برس المتحدث باسم الجيش), else the
//! sentence's subject before the verb or the last speaker. On the whole corpus about 370
//! quotes had such a speaker. Not a name that begins with ل (لافروف، لودريان): its mention
//! is no prepositional one, and its word is no outlet noun. Not after a frame (وفقا لـ،
//! طبقا لـ): there the prepositional phrase is the source.

use super::{is_complementizer, mention_covering, Input, NP_END};
use crate::mentions::ActorSpan;
use marsad_text::token::TokenKind;

/// Outlet nouns that, glued to لـ, name an interviewer (normalized keys, without لـ).
const OUTLET_NOUNS: &[&str] = &["قناه", "صحيفه", "مجله", "موقع", "شبكه", "وكاله", "محطه", "اذاعه", "تلفزيون", "راديو"];

/// Pronouns glued to لـ after a verb: to us, to you. (لي "to me" is also a Chinese name:
/// it is the addressee only outside a mention, `end`.)
const PRONOUNS: &[&str] = &["لنا", "لك", "لكم"];

/// Verbs of telling someone (keys, without و/ف) after which لي may be "to me".
const TELLING_ME: &[&str] = &[
    "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "روي", "روت", "يروي", "تروي", "حكي", "حكت", "اكد", "اكدت", "اوضح", "اوضحت", "ذكر",
    "ذكرت", "شرح", "شرحت", "اضاف", "اضافت", "كتب", "كتبت",
];

/// Is لي at token `k` "to me" (قال لي أحد السكان، روت لي امرأة، قال لي غوارديولا), not the
/// first word of a Chinese or Korean name (لي كه تشيانغ، لي داتونغ)? Outside any mention,
/// and followed by a mention of its own, a definite word, a clause (وهو) or one of (أحد): a
/// name the dictionaries do not know after it is most often the name's own rest.
fn to_me(input: &Input, k: usize) -> bool {
    if mention_covering(input.mentions, k).is_some() || k == 0 || k + 1 >= input.keys.len() {
        return false;
    }
    // Only after a verb of telling: after one with an object the name is its subject
    // (حذر لي حكومة تايوان: Li warned Taiwan's government).
    let verb = input.keys[k - 1].as_str();
    if !TELLING_ME.contains(&verb.strip_prefix(['و', 'ف']).unwrap_or(verb)) {
        return false;
    }
    let next = input.keys[k + 1].as_str();
    mention_covering(input.mentions, k + 1).is_some_and(|m| m.tok_start == k + 1)
        || next.starts_with("ال")
        || next.starts_with('و')
        || matches!(next, "احد" | "احدي" | "احدهم" | "احداهن")
}

/// The token after the addressee starting at token `k` (before `limit`), when token `k`
/// opens one: a prepositional mention with لـ, an outlet noun with لـ and the words naming it
/// up to the next mention, or لنا / لك.
pub(super) fn end(input: &Input, k: usize, limit: usize) -> Option<usize> {
    let key = input.keys.get(k)?.as_str();
    if !key.starts_with('ل') || input.tokens[k].kind != TokenKind::Arabic {
        return None;
    }
    if PRONOUNS.contains(&key) || key == "لي" && to_me(input, k) {
        return Some(k + 1);
    }
    let after = match mention_covering(input.mentions, k) {
        // (A name that begins with ل is no prepositional mention: وقال لافروف.)
        Some(m) if m.tok_start == k && m.prepositional => m.tok_end,
        Some(_) => return None,
        None if OUTLET_NOUNS.contains(&&key['ل'.len_utf8()..]) => k + 1,
        None => return None,
    };
    // The words still naming the addressee (لقناة محلية، لصحيفة تليغراف البريطانية، لبي بي
    // سي عام 2016): up to the clause, a preposition or a subject the dictionaries name.
    let stop = |j: usize| {
        input.tokens[j].kind == TokenKind::Punct
            || NP_END.contains(&input.keys[j].as_str())
            || is_complementizer(&input.keys[j])
            || mention_covering(input.mentions, j).is_some_and(|m| !m.prepositional)
    };
    Some((after..limit).find(|&j| stop(j)).unwrap_or(limit.max(after)))
}

/// Nouns an outlet after them belongs to rather than hears from (مراسل لوكالة الأنباء
/// الفرنسية، تقرير لموقع …، التابع لصحيفة …): the لـ is of possession there.
const OUTLET_OWNERS: &[&str] = &[
    "مراسل", "مراسله", "مراسلو", "مراسلي", "موفد", "موفده", "مصور", "مصوره", "صحفي", "صحفيه", "صحافي", "صحافيه", "محرر", "محرره",
    "مذيع", "مذيعه", "كاتب", "كاتبه", "مدير", "مديره", "رئيس", "رئيسه", "تقرير", "تقارير", "مقال", "مقاله", "تحقيق", "مقابله",
    "حوار", "تصريح", "تصريحات", "حديث", "بيان", "افتتاحيه", "نسخه", "حساب", "التابع", "التابعه", "تابع", "تابعه", "موقع",
    "استطلاع", "برنامج", "مقدم", "مقدمه", "عمود",
];

/// Words glued to لـ that name the press as hearer (للصحفيين، لوسائل الإعلام).
const PRESS: &[&str] = &["للصحفيين", "للصحافيين", "للصحافه", "لوسائل", "للتلفزيون", "للاذاعه", "للصحيفه", "للوكاله", "للقناه", "للموقع"];

/// Does token `k`, after the first word of a subject phrase, open an addressee that ends the
/// phrase (وقال البياتي لفرانس برس، وقال مسؤول أمني لصحيفة …، وقال الوزير للصحفيين)? The
/// subject is the words before it. Only the press: a body after لـ is as often the owner
/// (الموقع الرسمي للجيش اليمني); and not after a noun the outlet belongs to (مراسل لوكالة
/// الأنباء الفرنسية، تقرير لموقع …).
pub(super) fn ends_subject(input: &Input, k: usize, limit: usize) -> bool {
    if k == 0 || OUTLET_OWNERS.contains(&input.keys[k - 1].as_str()) {
        return false;
    }
    let key = input.keys[k].as_str();
    let press_mention = mention_covering(input.mentions, k).is_some_and(|m| m.tok_start == k && m.prepositional && is_press(m));
    (press_mention || PRESS.contains(&key)) && key.starts_with('ل') || end(input, k, limit).is_some() && key.strip_prefix('ل').is_some_and(|w| OUTLET_NOUNS.contains(&w))
}

/// Is mention `m` coded as the press (a MED code)?
fn is_press(m: &ActorSpan) -> bool {
    m.actor.as_deref().is_some_and(|a| a.contains("MED"))
}

/// Verbs of telling (أبلغ، أخبر): the press right after them or after their subject is
/// the one told (وأبلغ المسؤول رويترز، وأبلغ رويترز مصدر، وأبلغ مارسيلو الصحفيين).
const TELLING: &[&str] = &["أبلغ", "أخبر"];

/// Is mention `m` the press told by the telling verb at `cue`, never its speaker?
pub(super) fn told_press(input: &Input, cue: usize, m: &ActorSpan) -> bool {
    is_press(m) && input.lexicon.cue(&input.keys[cue]).is_some_and(|c| TELLING.contains(&c.lemma.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

    #[test]
    fn an_outlet_after_the_verb_is_the_addressee() {
        let text = "ولم تتوافر تفاصيل عن الحادث، لكن أمينة بابي، والدة الضحية، قالت لقناة محلية \"احترقت تماما ودمر كل شيء\".";
        assert_eq!(speaker_of(text, "احترقت").as_deref(), Some("أمينة بابي"));
        let text = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع خطير. وقال لفرانس برس \"لا نقبل نقل السفارة\".";
        assert_eq!(speaker_of(text, "لا نقبل").as_deref(), Some("وزير الخارجية الفرنسي جان إيف لودريان"));
        // The subject after the addressee speaks.
        let text = "وقال لي أحد السكان إن القوات ردت على مصادر النيران.";
        assert_eq!(speaker_of(text, "القوات").as_deref(), Some("أحد السكان"));
        // لي opening a Chinese name is the speaker's own, known or not.
        let text = "وقال لي كه تشيانغ إن الصين تدعم التجارة الحرة.";
        assert_eq!(speaker_of(text, "الصين").as_deref(), Some("لي كه تشيانغ"));
        let text = "وقال لي داتونغ إن إلغاء المادة الدستورية خطأ.";
        assert_eq!(speaker_of(text, "إلغاء").as_deref(), Some("لي داتونغ"));
        let text = "وقال لفرانس برس المتحدث باسم الجيش الإسرائيلي إن القوات ردت على مصادر النيران.";
        assert_eq!(speaker_of(text, "القوات").as_deref(), Some("المتحدث باسم الجيش الإسرائيلي"));
    }

    #[test]
    fn the_press_after_the_subject_ends_it() {
        let text = "وصل الوفد إلى المدينة مساء. وقال كوروماندو لوكالة الأنباء الفرنسية \"لن نغادر أرضنا\".";
        assert_eq!(speaker_of(text, "لن نغادر").as_deref(), Some("كوروماندو"));
        let text = "انتهت المباراة بالتعادل. وقال كوروماندو للصحفيين إن الفريق لعب جيدا.";
        assert_eq!(speaker_of(text, "الفريق").as_deref(), Some("كوروماندو"));
        // A correspondent of the outlet is its own.
        let text = "اندلعت النيران في السوق. وقال مراسل لوكالة الأنباء الفرنسية إن الدخان غطى المكان.";
        assert_eq!(speaker_of(text, "الدخان").as_deref(), Some("مراسل لوكالة الأنباء الفرنسية"));
    }

    #[test]
    fn the_press_told_is_no_speaker() {
        let text = "تأهل الفريق إلى النهائي. وأبلغ كوروماندو الصحفيين أن الفريق مستعد.";
        let quotes = crate::quotes::tests::quotes(text);
        let sp = quotes.iter().find(|q| q.text.contains("مستعد")).and_then(|q| q.speaker.clone()).expect("a speaker");
        assert_eq!(sp.text, "كوروماندو");
        assert!(!sp.actor.unwrap_or_default().contains("MED"));
        let text = "ارتفعت الأسعار مجددا. وأبلغ رويترز مصدر مطلع أن الحكومة سترفع الدعم.";
        assert_eq!(speaker_of(text, "الحكومة").as_deref(), Some("مصدر مطلع"));
    }

    #[test]
    fn a_name_beginning_with_lam_or_a_frame_source_still_speaks() {
        let text = "وصل الوزير إلى أنقرة. وقال لافروف خلال المؤتمر \"استخدام العملات الوطنية أمر مهم\".";
        assert_eq!(speaker_of(text, "استخدام").as_deref(), Some("لافروف"));
        let text = "وكان وزير الخارجية الأمريكي قد وصل إلى بغداد. ووفقا لصحيفة نيويورك تايمز، فإن الزيارة لم تعلن مسبقا.";
        assert_eq!(speaker_of(text, "الزيارة").as_deref(), Some("لصحيفة نيويورك تايمز"));
    }
}
