//! The subject of a verb right after حيث ("where") that found none of its own: the
//! subject of the clause before it, which حيث continues (`تقدم الجيش السوري داخل المنطقة
//! حيث سيطر على بلدة حمورية`، `ترأس ليو الوفد الصيني إلى واشنطن حيث أجرى مفاوضات`،
//! `ويستعد ترمب للتوجه الثلاثاء إلى أوروبا، حيث يعقد اجتماعات`).
//!
//! حيث ends the SVO subject search (`args::CLAUSE_BREAKS`), since the party right before
//! it is the place it stands for (`حدود غزة حيث قتل`، `زار أنقرة حيث التقى`). That left a
//! verb after it whose subject is dropped with no party at all. The nearest party before
//! حيث is taken instead, read back to a comma-free limit: not the one right before حيث
//! (the place), not one written with or governed by a preposition (`إلى واشنطن`، `في
//! النمسا`), not a city or region, and it must agree with the verb's letters. The search
//! stops at a quotation mark, a that-clause, a relative or a clause opener (`أن`،
//! `الذي`، `وهو`، `بينما`): a party beyond them belongs to another clause. Used only for an
//! active verb (or a support verb) with no actor read: a passive, a bare passive or a
//! counted toll keeps its doer unnamed (`حيث قتل 18 فلسطينيا`).

use super::args::{self, Arg, Context};
use super::dropped_subject::subject_agrees;
use super::Input;
use marsad_lexicon::events::Trigger;
use marsad_lexicon::Kind;
use marsad_text::token::TokenKind;

/// How many tokens before حيث the subject may start.
const BACK: usize = 20;

/// Words that open another clause: a party before them is not this clause's subject.
const CLAUSE_WALLS: &[&str] = &[
    "ان", "انه", "انها", "بان", "بانه", "بانها", "وان", "الذي", "التي", "الذين", "اللذين", "اللتين", "قال", "قالت", "اكد", "اكدت", "حيث", "فيما",
    "بينما", "عندما", "حين", "حينما", "وهو", "وهي", "ولكن", "لكن", "اذ", "اذا", "لان", "كما", "ما", "مما",
];

/// Frames before a source, whose party reports and does not act (وبحسب الإعلام الفرنسي).
const FRAMES: &[&str] = &["بحسب", "حسب", "وفق", "وفقا", "طبقا", "لدي"];

/// Support verbs of occurring, whose noun is their subject: a party before حيث does not
/// do what occurs there (حيث وقع الهجوم، حيث اندلعت مواجهات، تجددت الاشتباكات). وقع
/// with an agreement is signing (حيث وقع اتفاقا).
pub(super) fn occurring(light_lemma: &str, noun: &Trigger) -> bool {
    matches!(light_lemma, "اندلع" | "تجدد") || light_lemma == "وقع" && noun.event.as_deref() != Some("AGREE")
}

/// Can the word at `k`, right after a verb, not be its subject: a preposition (alone or
/// written on a word of four letters or more: برفع، لبحث), or a time word?
pub(super) fn no_subject_at(input: &Input, k: usize) -> bool {
    let key = args::bare(&input.keys[k]);
    let on_word = (key.starts_with('ب') || key.starts_with('ل')) && key.chars().count() >= 4;
    args::is_preposition(key) || on_word || args::TIME_WORDS.contains(&key)
}

/// The subject before حيث of the verb (or support verb) at `verb`, with the verb's `lemma`
/// for agreement; not a party already among `recipients`.
pub(super) fn subject_before(ctx: &Context, input: &Input, verb: usize, lemma: &str, s0: usize, recipients: &[Arg]) -> Option<Arg> {
    if verb < s0 + 2 || !super::met_object::after_where(input, verb) {
        return None;
    }
    let hayth = verb - 1;
    // (The place may be set off by a comma: سحب طهران لقواتها من سوريا، حيث تقدم دعما.)
    let place_end = if args::is_comma(input, hayth - 1) { hayth - 1 } else { hayth };
    let lo = hayth.saturating_sub(BACK).max(s0);
    let mut k = hayth;
    while k > lo {
        k -= 1;
        let token = &input.tokens[k];
        if token.kind == TokenKind::Punct && !args::is_comma(input, k) || args::is_quote_mark(input, k) {
            return None;
        }
        let Some(m) = ctx.mention_of(k) else {
            if CLAUSE_WALLS.contains(&args::bare(&input.keys[k])) {
                return None;
            }
            continue;
        };
        let mention = &input.mentions[m];
        k = mention.tok_start.max(lo);
        // (The place حيث stands for, a complement, a city: no subject.)
        // (Nor after any preposition: بالإطراء على ترامب، حيث وعد is Cook's promise.)
        let before = (mention.tok_start > s0).then(|| args::bare(&input.keys[mention.tok_start - 1]));
        let framed = before.is_some_and(|b| FRAMES.contains(&b) || args::is_preposition(b));
        if mention.tok_end == place_end || mention.prepositional || framed || args::governed_by_preposition(ctx, input, m, hayth, s0) || mention.kind == Kind::Place {
            continue;
        }
        if !subject_agrees(input, mention, verb, lemma) {
            return None;
        }
        let actor = Arg::from_mention(mention, input.home);
        return (!recipients.iter().any(|r| r.tok_start == actor.tok_start || r.actor.is_some() && r.actor == actor.actor)).then_some(actor);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, triples};

    fn has(t: &str, kind: &str, actor: &str) -> bool {
        triples(t).iter().any(|(k, a, _)| k == kind && a == actor)
    }

    #[test]
    fn the_clause_before_where_gives_its_subject() {
        let t = "وتقدم الجيش السوري داخل المنطقة حيث سيطر على بلدة حمورية.";
        assert!(has(t, "COERCE", "SYR"), "{:?}", events(t));
        let t = "ترأس ليو الوفد الصيني إلى واشنطن حيث أجرى مفاوضات مع وزير التجارة الأميركي.";
        assert!(has(t, "CONSULT", "CHN"), "{:?}", events(t));
        let t = "ويستعد ترمب للتوجه الثلاثاء إلى أوروبا، حيث يعقد اجتماعات مع المستشارة الألمانية أنغيلا ميركل.";
        assert!(has(t, "CONSULT", "USA"), "{:?}", events(t));
    }

    #[test]
    fn a_passive_or_a_toll_after_where_keeps_its_doer_unnamed() {
        let t = "وتجمع آلاف الفلسطينيين على حدود غزة حيث قتل 18 فلسطينيا.";
        assert!(!has(t, "ASSAULT", "PSE"), "{:?}", events(t));
        let t = "وخرج المتظاهرون في بغداد حيث أصيب العشرات.";
        assert!(!has(t, "ASSAULT", "IRQ"), "{:?}", events(t));
        // An arrest told with its doer unnamed (ألقي القبض عليهم) stays so.
        let t = "واستدرج الضباط قادة التنظيم عبر هاتف العيثاوي لعبور الحدود إلى العراق، حيث ألقي القبض عليهم.";
        assert!(!events(t).iter().any(|e| e.rule.contains("+where-subject")), "{:?}", events(t));
    }

    #[test]
    fn no_subject_when_one_may_stand_after_the_verb_or_the_noun_occurs() {
        // A subject no mention names right after the verb.
        let t = "وتصعد تركيا عملياتها في منطقة عفرين حيث استهدفت غاراتها مقاتلين موالين لدمشق.";
        assert!(!events(t).iter().any(|e| e.rule.contains("+where-subject")), "{:?}", events(t));
        // What occurs there is no one's deed before حيث.
        let t = "وأعلنت الشرطة الصومالية مقتل سبعة أشخاص في شمال البلاد، حيث وقع الهجوم.";
        assert!(!events(t).iter().any(|e| e.rule.contains("+where-subject")), "{:?}", events(t));
        // A party after a frame reports.
        let t = "وبحسب الإعلام الفرنسي، كان منفذ الهجوم يسكن في مدينة كاركاسون حيث هاجم بالسكاكين مركزا للشرطة.";
        assert!(!events(t).iter().any(|e| e.rule.contains("+where-subject")), "{:?}", events(t));
    }

    #[test]
    fn no_subject_across_another_clause_or_from_the_place() {
        // The party before أن is the speaker's side, not the traveller's.
        let t = "وأعلنت الحكومة الإيرانية أنه سافر إلى بغداد حيث سيطر على المعبر.";
        assert!(!has(t, "COERCE", "IRN"), "{:?}", events(t));
        // Nor a party after a preposition.
        let t = "وقام كوك بالإطراء على ترامب، حيث وعد بالمكاسب الاقتصادية.";
        assert!(!events(t).iter().any(|e| e.rule.contains("+where-subject") && e.actors.iter().any(|a| a.text == "ترامب")), "{:?}", events(t));
        // The place before the comma and حيث is none either.
        let t = "وتضمنت المطالب سحب إيران لقواتها من سوريا، حيث تقدم دعما حاسما لحكومة الرئيس بشار الأسد.";
        assert!(!has(t, "SUPPORT", "SYR"), "{:?}", events(t));
        // A feminine verb is not the masculine party's.
        let t = "ووصل الرئيس الفرنسي إلى العاصمة حيث تلتقي رئيسة الوزراء البريطانية.";
        assert!(!triples(t).iter().any(|(k, a, r)| k == "CONSULT" && a == "FRA" && r == "-"), "{:?}", events(t));
    }
}
