//! A nisba after a club's name describes the club, not its player.
//!
//! In لاعب خيتافي الإسباني (Getafe's Spanish … player) the adjective agrees with the club:
//! the player of a Spanish club is as often Moroccan, and the story's country says more
//! of him than the club's. An unnamed speaker so described takes no country from that
//! nisba. Only after a player's or coach's noun followed by a bare name (no article: a
//! club, not a position, لاعب الوسط البرازيلي, nor the national side, مدرب المنتخب
//! التونسي, whose nisba is the person's too).

/// Nouns of a player or coach (keys, without و and the article).
const PLAYER_NOUNS: &[&str] = &["لاعب", "لاعبه", "مدافع", "مهاجم", "حارس", "نجم", "نجمه", "مدرب", "هداف"];

/// Words after the player's noun that name a position, a side or a national team, not a
/// club (لاعب خط الوسط، حارس مرمى، مدرب منتخب).
const NOT_A_CLUB: &[&str] = &["خط", "مرمي", "منتخب", "وسط", "دفاع", "هجوم"];

/// Is the nisba at index `k` of the speaker's phrase `np` (keys) the adjective of a club
/// named between a player's noun and it (لاعب خيتافي الإسباني، نجم ريال مدريد الإسباني)?
pub(super) fn describes_club(np: &[String], k: usize) -> bool {
    if !(2..=3).contains(&k) {
        return false;
    }
    let head = np[0].strip_prefix('و').unwrap_or(&np[0]);
    let head = head.strip_prefix("ال").unwrap_or(head);
    PLAYER_NOUNS.contains(&head) && np[1..k].iter().all(|w| !w.starts_with("ال") && !NOT_A_CLUB.contains(&w.as_str()) && w.chars().nth(1).is_some())
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::quotes;

    fn speaker_country(text: &str) -> Option<String> {
        quotes(text).into_iter().next().and_then(|q| q.speaker).and_then(|s| s.country)
    }

    #[test]
    fn a_clubs_nisba_gives_the_player_no_country() {
        // The story is Morocco's: the Getafe player speaks for it, not for Spain.
        let text = "أكد المنتخب المغربي جاهزيته لمواجهة البرتغال. وقال لاعب خيتافي الإسباني إن المغرب لن يستسلم. ويلعب المغرب مباراته الثانية في موسكو، ويأمل المغرب في الفوز.";
        assert_eq!(speaker_country(text).as_deref(), Some("MAR"));
    }

    #[test]
    fn a_position_or_a_national_side_keeps_its_nisba() {
        let text = "أكد المنتخب المغربي جاهزيته لمواجهة البرتغال. وقال لاعب الوسط البرازيلي إن المغرب فريق منظم. ويلعب المغرب مباراته الثانية في موسكو.";
        assert_eq!(speaker_country(text).as_deref(), Some("BRA"));
        let text = "أكد المنتخب المغربي جاهزيته لمواجهة البرتغال. وقال رئيس نادي سموحة المصري إن المغرب فريق منظم. ويلعب المغرب مباراته الثانية في موسكو.";
        assert_eq!(speaker_country(text).as_deref(), Some("EGY"));
    }
}
