//! A given name that is also a common word (شهد "he witnessed", أمير "prince", حسن
//! "good": first-names.tsv `starts = no`) starts no unknown name by itself. Right after a
//! nisba used as a noun it does: "the Iraqi" stands for a person whose name follows
//! (للعراقية شهد الراوي، للسوداني أمير تاج السر), as for a name that starts one
//! (للسعودي عزيز محمد, `unknown-name+nisba` in `unknown_people`). The given name being a
//! common word, the nisba must plainly be a noun: with لـ (a work "by the Iraqi"), at
//! the start of a clause (after punctuation or a verb of saying), or with و right after
//! another person's name (البرازيلي غابرييل جيسوس والألماني إلكاي غندوغان) — not the
//! adjective of a word before it (الهجوم التركي على عفرين، الوفد السوري أمير …). The
//! given name is no function word (على is keyed علي), and a name word follows it. A bare
//! role noun read on the given name (أمير) gives way.

use super::{is_stop, no_name_word, remove_marked, ActorSpan, Cx, SpanFlags};
use marsad_lexicon::{Kind, Match};

/// The tokens where such a given name starts a name, in order; the bare role nouns read
/// on them are taken out of `out`.
pub(super) fn starts(cx: &Cx<'_, '_>, matches: &[Match<'_>], out: &mut Vec<ActorSpan<'_>>) -> Vec<usize> {
    let keys = cx.keys;
    let mut found = Vec::new();
    for (k, m) in matches.iter().enumerate() {
        let t = m.end;
        if m.end != m.start + 1 || !cx.entry(k).is_some_and(|e| matches!(e.kind, Kind::Nisba | Kind::Demonym)) {
            continue;
        }
        let Some(given) = keys.get(t) else { continue };
        let definite = m.article || keys[m.start].starts_with("لل");
        if !definite || !cx.first_names.contains(given) || cx.first_names.starts_name(given) || given.starts_with('و') || is_stop(given) {
            continue;
        }
        if given == "علي" && !cx.is_ali(t) {
            continue;
        }
        let named = keys.get(t + 1).is_some_and(|n| !no_name_word(n, cx.first_names) && cx.punct(t + 1).is_none());
        if named && plainly_noun(cx, out, m.start) {
            found.push(t);
        }
    }
    if found.is_empty() {
        return found;
    }
    let mut dropped = SpanFlags::new(out.len());
    for (i, s) in out.iter().enumerate() {
        let bare = s.kind == Kind::Agent && s.entity.is_none() && s.actor.is_none() && s.tok_end == s.tok_start + 1;
        if bare && found.binary_search(&s.tok_start).is_ok() {
            dropped[i] = true;
        }
    }
    remove_marked(out, &dropped);
    found
}

/// Is the nisba at token `n` plainly a noun for one person: singular, and with لـ, or
/// opening a clause (after punctuation other than a dash, at a paragraph's start, after
/// a verb of saying), or with و right after a person's mention?
fn plainly_noun(cx: &Cx<'_, '_>, out: &[ActorSpan<'_>], n: usize) -> bool {
    let key = cx.keys[n].as_str();
    // A plural or dual is people, not the one person a name follows.
    if super::plural_ending(key) {
        return false;
    }
    if key.starts_with("لل") {
        return true;
    }
    if key.starts_with('و') {
        return out.iter().any(|p| p.tok_end == n && matches!(p.kind, Kind::Person | Kind::PersonShort));
    }
    // (A dash joins two states' nisbas: الغرفة الإيرانية - العراقية.)
    let opens = |p: &str| !matches!(p, "-" | "–" | "/");
    n == 0 || cx.para_start(n) || cx.punct(n - 1).is_some_and(opens) || cx.lex.cue(&cx.keys[n - 1]).is_some()
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn a_nisba_as_a_noun_lets_a_common_given_name_start_a_name() {
        let ms = mentions("ووصلت إلى القائمة القصيرة رواية للعراقية شهد الراوي ورواية أخرى.");
        assert_eq!(code(&ms, "للعراقية شهد الراوي"), Some("IRQCVL"), "{ms:?}");
        let ms = mentions("وفازت رواية للسوداني أمير الطيب بالجائزة.");
        assert_eq!(code(&ms, "للسوداني أمير الطيب"), Some("SDNCVL"), "{ms:?}");
        // After a noun the nisba is its adjective: أمير is no name there, nor is على.
        let ms = mentions("واستقبل الوفد السوداني أمير قطر في الدوحة.");
        assert!(ms.iter().all(|m| !m.text.contains("السوداني أمير")), "{ms:?}");
        let ms = mentions("وأدان البيان الهجوم التركي على عفرين. وقال: للتركي على الحدود دور.");
        assert!(ms.iter().all(|m| !m.text.contains("على")), "{ms:?}");
    }
}
