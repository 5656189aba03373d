//! Relatives: kinship nouns with a possessive pronoun (وابنته) and in construct with a
//! named person (زوجة الرئيس السوري), private persons of that person's country.
//! Aides and advisers in construct before a person (أحد مستشاري ترامب) take its code.

use super::*;

/// Kinship nouns (normalized, ة as ه) that name a relative with a possessive pronoun:
/// ابنته، نجله، زوجها، طفليها، عائلته، زوجتاه (the dual's nominative), عائلاتهم; and
/// friends, private people at a person's side as relatives are (أصدقائه). The short
/// ones are [`SHORT_KIN`]; صديق is left out, also a given name (a name word after a
/// given name is never one of these: `given_name_shorts`).
pub(super) const KIN: &[&str] = &[
    "ابن", "ابنت", "ابني", "ابنتي", "ابناء", "ابنائ", "بنات", "زوج", "زوجت", "زوجتي", "زوجتا", "والد", "والدت", "والدي",
    "نجل", "نجلي", "نجلت", "شقيق", "شقيقت", "اشقاء", "اشقائ", "طفل", "طفلت", "طفلي", "اطفال", "اولاد", "عائلت", "عائلات",
    "اسرت", "خطيبت", "حفيد", "حفيدت", "اصدقاء", "اصدقائ", "اصدقاؤ",
];

/// Kinship nouns too short to test name words against (a word after a given name that
/// begins with ام or ابو is often a family name: أبو تريكة), read only with a pronoun:
/// mothers (امها، امهم; امه with ه as written, not أمة "nation"), fathers (ابيه، ابوها،
/// اباه), brothers and sisters (اخيه، اخته، اخوتها), a newborn (وليدها، رضيعها), and the
/// family (ذويهم، اقاربه).
pub(super) const SHORT_KIN: &[&str] = &[
    "ام", "امهات", "ابي", "ابو", "ابا", "اخي", "اخو", "اخا", "اخت", "اخوت", "اخوات", "وليد", "رضيع", "ذوي", "اقارب",
];

/// Is `key` a kinship noun with a possessive pronoun, proclitics (و ف ب ل) aside?
/// `hah` says the word is written with ه, not ة: keys fold the two, and ابنه "his son"
/// is ابنة "daughter" once folded.
/// Called only for the words the lexicon scan marked with [`cue_words`].
fn kin_with_pronoun(key: &str, hah: impl Fn() -> bool) -> Option<&'static str> {
    let (k, _) = strip_proclitics(key);
    let kin = |stem: &str| kin_stems().contains(stem);
    let read = |k: &str| PRONOUNS.iter().copied().find(|&suf| k.strip_suffix(suf).is_some_and(kin) && (suf != "ه" || hah()));
    // A noun whose own first letter is و (والده، ووالدتها) is read with that و too: it
    // was set aside as a conjunction.
    let with_waw = || key.get(..key.len() - k.len()).filter(|clitics| clitics.ends_with('و')).map(|_| &key[key.len() - k.len() - 'و'.len_utf8()..]);
    // (وليدها: both و and ل were read off as proclitics.)
    read(k).or_else(|| with_waw().and_then(read)).or_else(|| read(key))
}

/// [`KIN`] and [`SHORT_KIN`] in one set: every pronoun reading of a cue word asks for
/// its stem, and one lookup costs less than comparing the fifty stems in turn.
fn kin_stems() -> &'static extent::KeySet {
    static STEMS: std::sync::OnceLock<extent::KeySet> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| KIN.iter().chain(SHORT_KIN).map(|&stem| stem.to_owned()).collect())
}

/// Is `key`, read as a kinship noun with `pronoun`, one of the [`SHORT_KIN`]?
fn is_short_kin(key: &str, pronoun: &str) -> bool {
    let stem = key.strip_suffix(pronoun).unwrap_or(key);
    SHORT_KIN.iter().any(|k| stem.ends_with(k)) && !KIN.iter().any(|k| stem.ends_with(k))
}

/// Can the unnamed person or people `p`, a role phrase with a country, be the possessor
/// of a relative with `pronoun`: one person of the pronoun's gender as its head noun
/// shows it (الرئيس الأمريكي … زوجته، المتحدثة … زوجها), or people in the plural for
/// هم (المعتقلين السودانيين … عائلاتهم)?
fn unnamed_possessor(keys: &[String], p: &ActorSpan<'_>, pronoun: &str) -> bool {
    if p.kind != Kind::Agent || p.country.is_none() || p.actor.is_none() {
        return false;
    }
    let head = keys[p.tok_start].as_str();
    let plural = head.ends_with("ين") || head.ends_with("ون");
    match pronoun {
        "هم" | "هن" => !p.person_noun && plural,
        "ها" => p.person_noun && head.ends_with('ه'),
        "ه" => p.person_noun && !head.ends_with('ه'),
        _ => false,
    }
}

/// Is the relative named by the kinship noun `key` with `pronoun` a woman (زوجته، ابنتها،
/// والدته) or a man (ابنه، زوجها، شقيقه)? None for the dual, a plural or the family.
fn relative_gender(key: &str, pronoun: &str) -> Option<bool> {
    let stem = key.strip_suffix(pronoun)?;
    if stem.ends_with('ت') {
        return (!stem.ends_with("ات") && !stem.ends_with("عائلت") && !stem.ends_with("اسرت") && !stem.ends_with("اخوت")).then_some(true);
    }
    if stem.ends_with("ام") {
        return Some(true);
    }
    ["ابن", "زوج", "والد", "نجل", "شقيق", "طفل", "حفيد", "ابي", "ابو", "ابا", "اخي", "اخو", "اخا", "وليد", "رضيع"].iter().any(|s| stem.ends_with(s)).then_some(false)
}

/// Possessive pronouns after a kinship noun: their, his or her.
pub(super) const PRONOUNS: &[&str] = &["هما", "هم", "هن", "ها", "ه"];

/// Words that may follow a relative as part of the phrase (زوجتيه السابقتين).
fn kin_modifier(key: &str) -> bool {
    ["السابق", "الراحل", "الاول", "الثاني", "الثالث", "الكبر", "الصغر"].iter().any(|p| key.starts_with(p))
}

/// How many tokens back a relative's possessor may be named.
const KIN_WINDOW: usize = 60;

/// A relative named through a possessive (وابنته، زوجتيه السابقتين، طفليها) is a private
/// person of the country of the person last named before (the possessor), CVL; the
/// possessor is recorded as the antecedent.
pub(super) fn relatives<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let keys = cx.keys;
    if cx.doc.is_none() {
        return;
    }
    let mut added: Vec<ActorSpan<'a>> = Vec::new();
    // The gender of each relative added, as its kinship noun shows it.
    let mut genders: Vec<Option<bool>> = Vec::new();
    let mut j = 0;
    for &t in &cx.cues {
        let hah = || cx.ends_with_hah(t);
        if covered_at(out, &mut j, t) {
            continue;
        }
        let Some(pronoun) = kin_with_pronoun(&keys[t], hah) else { continue };
        let before = || out[..j].iter().rev().take_while(|p| p.tok_end + KIN_WINDOW > t);
        // One person named is no هم or هن: their friends or children are of people in
        // the plural (المستخدمين وأصدقائهم, not the one who speaks of them).
        let plural = matches!(pronoun, "هم" | "هن");
        // One the text shows to be of the other gender (a man before زوجها, a woman before
        // ابنه) is passed over for one who may agree: the dictionaries give no gender, so a
        // person with no sign may be either, and هما (two) may include anyone.
        let other_gender = |p: &ActorSpan<'_>| match pronoun {
            "ها" => person_gender::shown_gender(cx, p) == Some(false),
            "ه" => person_gender::shown_gender(cx, p) == Some(true),
            _ => false,
        };
        let any_named = |p: &ActorSpan<'_>| matches!(p.kind, Kind::Person | Kind::PersonShort) && p.country.is_some() && !plural;
        let named = |p: &ActorSpan<'_>| any_named(p) && !other_gender(p);
        // An unnamed person or people joined to the relative (جاسوس روسي سابق وابنته،
        // المسلحين مع عائلاتهم) are its possessor; further away, only when nobody is named.
        let joined = |p: &ActorSpan<'_>| p.tok_end == t || p.tok_end + 1 == t && keys[t - 1] == "مع";
        // Failing them, a relative named before of the pronoun's gender (زوجته … طفليها
        // after a man: her children); and failing all, the person named last whatever
        // the sign (the possessor unnamed, as سيدة مسنة … زوجها, is most often of his
        // country, the story's).
        let relative = || {
            let gender = matches!(pronoun, "ه" | "ها").then_some(pronoun == "ها")?;
            added.iter().zip(&genders).rev().take_while(|(r, _)| r.tok_end + KIN_WINDOW > t).find(|&(_, &g)| g == Some(gender)).map(|(r, _)| r)
        };
        // The short nouns (أمها، أخيه) are read more narrowly: of one person (ه، ها), named
        // in the same sentence or joined to the noun, never a guess further back.
        let short = is_short_kin(&keys[t], pronoun);
        if short && !matches!(pronoun, "ه" | "ها") {
            continue;
        }
        let near = |p: &&ActorSpan<'_>| !homeland::sentence_ends(cx, p.tok_end, t) && (named(p) || joined(p) && unnamed_possessor(keys, p, pronoun));
        let possessor = if short {
            before().find(near)
        } else {
            before()
                .find(|p| named(p) || joined(p) && unnamed_possessor(keys, p, pronoun))
                .or_else(|| before().find(|p| unnamed_possessor(keys, p, pronoun)))
                .or_else(relative)
                .or_else(|| before().find(|p| any_named(p)))
        };
        let Some(p) = possessor else { continue };
        let free = |u: usize| u < keys.len() && out.get(j).is_none_or(|n| n.tok_start > u);
        let end = if free(t + 1) && kin_modifier(&keys[t + 1]) { t + 2 } else { t + 1 };
        let mut kin = ActorSpan::new(t, end, Kind::Person, "kin+possessor".into());
        kin.country = p.country.clone();
        let state = p.actor.as_deref().and_then(|a| a.get(..3)).filter(|_| p.country.as_deref().is_some_and(|c| c.len() == 3 && !c.starts_with("IGO")));
        let Some(state) = state else { continue };
        kin.actor = Some(actor_of(cx.lex, state, "CVL"));
        kin.role = Some("CVL".into());
        kin.antecedent = Some((p.tok_start, p.tok_end));
        // The relative's own name right after is the same mention (ابنته إيفانكا، طفلها
        // دومينيك): a known person keeps their identity, a name no dictionary knows is
        // the relative's, a given name alone joins the phrase.
        let name_free = free(end);
        if end == t + 1 {
            if let Some(n) = out.get_mut(j).filter(|n| n.tok_start == end && matches!(n.kind, Kind::Person | Kind::PersonShort) && !n.prepositional) {
                if n.entity_id.is_some() {
                    n.tok_start = t;
                    n.rule = ["kin+", &n.rule].concat().into();
                } else if n.rule.starts_with("unknown-name") {
                    kin.tok_end = n.tok_end;
                    *n = kin;
                }
                continue;
            }
            if name_free && first_name(&keys[end], cx.first_names) {
                // A short noun's relative is named in full (وأخيه عبد الله): a given name
                // alone would cut the name, so the phrase is left to the name readers.
                if short {
                    continue;
                }
                kin.tok_end = end + 1;
            }
        }
        genders.push(relative_gender(&keys[t], pronoun));
        added.push(kin);
    }
    merge_by_start(out, added);
    relatives_of_named(cx, out);
}

/// Kinship nouns in construct before a person (زوجة الرئيس السوري، صديقة بورتر، نجل
/// الرئيس), as matching keys with the proclitics و ف ب ل set aside. Those spelled with ة
/// must be so on the page: ابنه is "his son", whose name may follow (ابنه محمد). The
/// family (عائلة خاشقجي، أسرة مواطن يمني) is private people of the person's country too.
/// Not صهر: a son-in-law is often an official.
const KIN_OF: &[(&str, bool)] = &[
    ("زوجه", true), ("زوجتي", false), ("زوجتا", false), ("ابنه", true), ("نجل", false), ("نجله", true),
    ("شقيق", false), ("شقيقه", true), ("خطيبه", true), ("ارمله", true), ("والده", true), ("حفيد", false),
    ("حفيده", true), ("صديقه", true), ("عائله", true), ("اسره", true),
];

/// A relative named by kinship with a named person or a one-person office (زوجة
/// الرئيس السوري، زوجتي بورتر السابقتين) is one mention: a private person (CVL) of that
/// person's country, with the person as antecedent. The person's own mention is inside
/// it and gives way.
fn relatives_of_named<'a>(cx: &Cx<'a, '_>, out: &mut Vec<ActorSpan<'a>>) {
    let Some(doc) = cx.doc else { return };
    let keys = cx.keys;
    let mut i = 0;
    while i < out.len() {
        let p = &out[i];
        let t = p.tok_start;
        let named = p.names_one_person();
        let free_before = i == 0 || out[i - 1].tok_end < t;
        // The state table only for a named span with a free word before it.
        let state = (named && free_before && t > 0).then(|| p.actor.as_deref().and_then(|a| a.get(..3)).filter(|h| cx.lex.state(h).is_some())).flatten();
        let (Some(state), true, true, Some(before)) = (state, named, free_before, t.checked_sub(1)) else {
            i += 1;
            continue;
        };
        let key = keys[before].as_str();
        let base = key.strip_prefix(['و', 'ف']).filter(|r| has_chars(r, 3)).unwrap_or(key);
        let after_prep = base.strip_prefix(['ل', 'ب']);
        let kin = KIN_OF.iter().find(|(k, _)| *k == base || after_prep == Some(*k));
        let Some(&(kin_key, ta)) = kin else {
            if let Some(aide_key) = ENTOURAGE_OF.iter().find(|k| **k == base || after_prep == Some(**k)) {
                let prev_end = i.checked_sub(1).map(|h| out[h].tok_end);
                let aides = entourage_of(cx, p, before, aide_key != &base, prev_end);
                out[i] = aides;
            }
            i += 1;
            continue;
        };
        let word = doc.text.get(doc.tokens[before].start..doc.tokens[before].end).unwrap_or("");
        if ta && !word.ends_with('ة') {
            i += 1;
            continue;
        }
        let free_after = |u: usize| u < keys.len() && out.get(i + 1).is_none_or(|n| n.tok_start > u);
        let end = if free_after(p.tok_end) && kin_modifier(&keys[p.tok_end]) { p.tok_end + 1 } else { p.tok_end };
        let mut rel = ActorSpan::new(before, end, Kind::Person, "kin+of".into());
        rel.prepositional = kin_key != base;
        rel.country = p.country.clone();
        rel.actor = Some(actor_of(cx.lex, state, "CVL"));
        rel.role = Some("CVL".into());
        rel.antecedent = Some((p.tok_start, p.tok_end));
        out[i] = rel;
        i += 1;
    }
}

/// Aides and advisers in construct before a person (كبار معاوني كيم، مستشار الرئيس):
/// they act for the person, so they take the person's code (an aide of Kim is PRKGOV).
/// Not lawyers, who serve a client; not supporters (أنصار), private people; not رجال,
/// most often a coach's players (رجال غوارديولا).
const ENTOURAGE_OF: &[&str] = &["معاوني", "مساعدي", "مستشار", "مستشاري"];

/// Quantifiers and superlatives before an aide noun that belong to its phrase (كبار
/// معاوني كيم، أقرب مساعدي الرئيس).
const ENTOURAGE_QUANTIFIERS: &[&str] = &["كبار", "كبير", "بعض", "احد", "اكبر", "ابرز", "اهم", "اقرب"];

/// The entourage phrase that replaces the person's own mention at `before`..; a
/// quantifier before it joins when no mention ends after it (`prev_end`).
fn entourage_of<'a>(cx: &Cx<'a, '_>, p: &ActorSpan<'a>, before: usize, prepositional: bool, prev_end: Option<usize>) -> ActorSpan<'a> {
    let q = before.checked_sub(1).filter(|&q| prev_end.is_none_or(|e| e <= q) && ENTOURAGE_QUANTIFIERS.contains(&strip_proclitics(&cx.keys[q]).0));
    let mut aides = ActorSpan::new(q.unwrap_or(before), p.tok_end, Kind::Person, "entourage+of".into());
    aides.prepositional = prepositional;
    aides.country = p.country.clone();
    aides.actor = p.actor.clone();
    aides.role = p.role.clone();
    aides.antecedent = Some((p.tok_start, p.tok_end));
    aides
}

#[cfg(test)]
mod tests {
    use super::{kin_stems, KIN, SHORT_KIN};
    use crate::mentions::tests::{code, mentions};

    #[test]
    fn the_kin_set_answers_as_the_lists() {
        for stem in KIN.iter().chain(SHORT_KIN) {
            assert!(kin_stems().contains(stem), "{stem}");
            // Nor a longer or shorter word of the same ending.
            let longer = ["و", stem].concat();
            assert_eq!(kin_stems().contains(&longer), KIN.contains(&longer.as_str()) || SHORT_KIN.contains(&longer.as_str()), "{longer}");
            let shorter = &stem[stem.char_indices().nth(1).map_or(stem.len(), |(i, _)| i)..];
            assert_eq!(kin_stems().contains(shorter), KIN.contains(&shorter) || SHORT_KIN.contains(&shorter), "{shorter}");
        }
        assert!(!kin_stems().contains("") && !kin_stems().contains("الرئيس"));
    }

    #[test]
    fn aides_in_construct_take_the_persons_code() {
        let ms = mentions("التقى وزير الخارجية الأمريكي مايك بومبيو كبار معاوني الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ.");
        assert!(ms.iter().any(|m| m.text.starts_with("كبار معاوني الزعيم")), "{ms:?}");
        assert!(code(&ms, "كيم جونغ أون").is_none(), "{ms:?}");
        let ms = mentions("وقال أحد مستشاري الرئيس الأمريكي دونالد ترامب إن الإدارة ستعمل مع الولايات.");
        assert!(ms.iter().any(|m| m.text.starts_with("أحد مستشاري الرئيس") && m.actor.as_deref() == Some("USAGOV")), "{ms:?}");
    }

    #[test]
    fn an_unnamed_person_joined_to_the_relative_is_its_possessor() {
        let ms = mentions("وتتهم بريطانيا روسيا بتسميم جاسوس روسي سابق وابنته في سالزبري.");
        assert_eq!(code(&ms, "وابنته"), Some("RUSCVL"), "{ms:?}");
        // Apart from it, the person named comes first.
        let ms = mentions("والتقى الرئيس الأمريكي دونالد ترامب المبعوث الروسي، وقال إن زوجته بخير.");
        assert_eq!(code(&ms, "زوجته"), Some("USACVL"), "{ms:?}");
        // Her husband is no man's relative.
        let ms = mentions("وقال الرئيس الأمريكي إن زوجها سافر.");
        assert!(ms.iter().all(|m| m.text != "زوجها"), "{ms:?}");
    }

    #[test]
    fn a_woman_named_through_a_pronoun_is_the_possessor_of_her() {
        // Her children are the wife's, named after the man: the relative is their possessor.
        let ms = mentions("وقال الرئيس الفرنسي إيمانويل ماكرون إن زوجته زارت المستشفى مع طفلها.");
        let wife = ms.iter().find(|m| m.text == "زوجته").expect("زوجته");
        let child = ms.iter().find(|m| m.text == "طفلها").expect("طفلها");
        assert_eq!(child.actor.as_deref(), Some("FRACVL"), "{ms:?}");
        assert_eq!(child.antecedent, Some([wife.start, wife.end]), "{ms:?}");
        assert_eq!(super::relative_gender("وابنته", "ه"), Some(true));
        assert_eq!(super::relative_gender("والدها", "ها"), Some(false));
        assert_eq!(super::relative_gender("عائلته", "ه"), None);
    }

    #[test]
    fn parents_sons_and_friends_with_a_pronoun() {
        // والد begins with و, which is no conjunction here.
        let ms = mentions("وقالت الممثلة الأمريكية أنجلينا جولي إن والدها كان قاسيا، وإن ابنها وأصدقاءه بخير.");
        assert_eq!(code(&ms, "والدها"), Some("USACVL"), "{ms:?}");
        // His friends are her son's (the woman is passed over): of her country still.
        assert_eq!(code(&ms, "وأصدقاءه"), Some("USACVL"), "{ms:?}");
        let ms = mentions("وحضر الرئيس الأمريكي دونالد ترامب حفل زفاف نجله ووالدته.");
        assert_eq!(code(&ms, "نجله"), Some("USACVL"), "{ms:?}");
        assert_eq!(code(&ms, "ووالدته"), Some("USACVL"), "{ms:?}");
        // Their friends are no one person's.
        let ms = mentions("وقال الرئيس الأمريكي دونالد ترامب إن أصدقاءهم لن يأتوا.");
        assert!(ms.iter().all(|m| m.text != "أصدقاءهم"), "{ms:?}");
    }

    #[test]
    fn mothers_fathers_siblings_and_newborns_with_a_pronoun() {
        let ms = mentions("وقالت الممثلة الأمريكية أنجلينا جولي إن أمها وأخاها حضرا الحفل مع وليدها.");
        for kin in ["أمها", "وأخاها", "وليدها"] {
            assert_eq!(code(&ms, kin), Some("USACVL"), "{kin}: {ms:?}");
        }
        assert_eq!(super::relative_gender("امهم", "هم"), Some(true));
        assert_eq!(super::relative_gender("امها", "ها"), Some(true));
        assert_eq!(super::relative_gender("اخوتها", "ها"), None);
        // Their mothers or a kin noun with no possessor in its sentence are left alone.
        let ms = mentions("وقال الرئيس الأمريكي دونالد ترامب إن الحرب انتهت. وعاد المهاجرون إلى ذويهم وأمهاتهم، وبكت أمها.");
        assert!(ms.iter().all(|m| !["ذويهم", "وأمهاتهم", "أمها"].contains(&m.text.as_str())), "{ms:?}");
        // أمة "nation" is no mother.
        let ms = mentions("وقال الرئيس الأمريكي دونالد ترامب إن أمة عظيمة تنتظر.");
        assert!(ms.iter().all(|m| !m.text.starts_with("أمة")), "{ms:?}");
    }

    #[test]
    fn supporters_and_players_are_not_aides() {
        let ms = mentions("وفاز رجال غوارديولا على برايتون، وتجمع أنصار أردوغان في كولونيا.");
        assert!(!ms.iter().any(|m| m.text.starts_with("رجال") || m.text.starts_with("أنصار أردوغان") && m.actor.as_deref() == Some("TURGOV")), "{ms:?}");
    }
}
