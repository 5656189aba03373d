//! Particles inside foreign family names (ليوناردو دي كابريو، فيرجيل فان دايك، أورسولا فون
//! دير لاين، لولا دا سيلفا): a short word that is no name by itself but joins the given
//! name to the family name, as بن does in Arabic names. An unknown name reads across it;
//! it never ends a name, and the word after it is no surname used alone (روسي after
//! دانييلي دي روسي is a nisba far more often than De Rossi).

/// Matching keys of the particles (ى folds to ي: دى is دي).
const PARTICLES: &[&str] = &["دي", "دو", "دا", "ديل", "دير", "ديلا", "دوس", "داس", "فان", "فون"];

pub(super) fn is_particle(key: &str) -> bool {
    PARTICLES.contains(&key)
}

/// Where the surname at token `t` of `person` begins when the person's family name has
/// a particle: on the particle before it (دا سيلفا، ودي مايو), or nowhere (`Some(None)`)
/// when none is written there (روسي alone is no De Rossi). `None`: a name with no particle.
pub(super) fn surname_start(keys: &[String], person: &super::ActorSpan<'_>, t: usize) -> Option<Option<usize>> {
    let (a, b) = person.name?;
    if b < a + 3 || !keys.get(b - 2).is_some_and(|k| is_particle(k)) {
        return None;
    }
    Some(t.checked_sub(1).filter(|&p| {
        let k = keys[p].as_str();
        is_particle(k) || k.strip_prefix(['و', 'ل', 'ب']).is_some_and(is_particle)
    }))
}

/// How many particles follow the given name at `at` (فون دير: two); each lengthens the
/// longest name by one word.
pub(super) fn after(keys: &[String], at: usize) -> usize {
    keys.iter().skip(at + 1).take(2).take_while(|k| is_particle(k)).count()
}

#[cfg(test)]
mod tests {
    use crate::mentions::tests::mentions;

    #[test]
    fn a_name_reads_across_a_particle() {
        let ms = mentions("وقال الرئيس الأمريكي دونالد ترامب. وقال ليوناردو دي ساباتو إن الفيلم جاهز.");
        assert!(ms.iter().any(|m| m.text == "ليوناردو دي ساباتو"), "{ms:?}");
        let ms = mentions("وقال فيرجيل فون دير هاغن إن الفريق جاهز.");
        assert!(ms.iter().any(|m| m.text == "فيرجيل فون دير هاغن"), "{ms:?}");
        // A particle ends no name: دي alone after a given name is no surname.
        let ms = mentions("وقال ليوناردو دي، إن الفيلم جاهز.");
        assert!(ms.iter().all(|m| m.text != "ليوناردو دي"), "{ms:?}");
        // A place named after a saint is no one (ساو برناردو دو كامبو).
        let ms = mentions("وبقي الرئيس بين أنصاره في ساو برناردو دو كامبو قرب المدينة.");
        assert!(ms.iter().all(|m| !m.text.contains("برناردو")), "{ms:?}");
    }

    #[test]
    fn a_surname_with_a_particle_is_read_with_it() {
        let ms = mentions("وقال رونالد دي سلاي إنها صادقة. وكتب دي سلاي عنها.");
        assert!(ms.iter().any(|m| m.text == "رونالد دي سلاي"), "{ms:?}");
        assert!(ms.iter().any(|m| m.text == "دي سلاي"), "{ms:?}");
    }

    #[test]
    fn the_word_after_a_particle_is_no_surname_alone() {
        let ms = mentions("وقال جوزيبي دي روسي إن الفريق جاهز. وقال لاعب روسي إن المباراة صعبة.");
        assert!(ms.iter().any(|m| m.text == "جوزيبي دي روسي"), "{ms:?}");
        assert!(ms.iter().all(|m| m.text != "روسي"), "{ms:?}");
    }
}
