//! Calendar dates as sortable integers, and the date ranges of dated codes.

use std::fmt;

/// A calendar date packed as `YYYYMMDD`, so that comparison is date order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub u32);

impl Date {
    /// Parse `YYYY-MM-DD` (anything after the tenth character, such as a time, is ignored),
    /// `YYYY-MM` or a bare `YYYY`. `end_of_year` picks the last day of a bare year or month
    /// rather than the first.
    pub fn parse(s: &str, end_of_year: bool) -> Option<Date> {
        let s = s.trim();
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit()) && !t.is_empty();
        if s.len() == 4 && digits(s) {
            let y: u32 = s.parse().ok()?;
            return Some(Date(y * 10000 + if end_of_year { 1231 } else { 101 }));
        }
        if s.len() == 7 && &s[4..5] == "-" && digits(&s[..4]) && digits(&s[5..]) {
            let (y, m): (u32, u32) = (s[..4].parse().ok()?, s[5..].parse().ok()?);
            if !(1..=12).contains(&m) {
                return None;
            }
            let d = if end_of_year { days_in_month(y, m) } else { 1 };
            return Some(Date(y * 10000 + m * 100 + d));
        }
        let head = s.get(..10)?;
        let (y, m, d) = (head.get(..4)?, head.get(5..7)?, head.get(8..10)?);
        if !(digits(y) && digits(m) && digits(d)) || &head[4..5] != "-" || &head[7..8] != "-" {
            return None;
        }
        let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) || !(1000..=2999).contains(&y) {
            return None;
        }
        Some(Date(y * 10000 + m * 100 + d))
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0 / 10000, self.0 / 100 % 100, self.0 % 100)
    }
}

/// A code valid from `from` (inclusive) to `to` (exclusive); either end may be open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl DatedCode {
    pub fn covers(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date < t)
    }
}

/// Which of several dated codes applies on `date`; without a date, the latest one.
/// Returns the code and whether it was a guess (no date given, or none covering it).
pub fn pick(codes: &[DatedCode], date: Option<Date>) -> Option<(&DatedCode, bool)> {
    if let Some(d) = date {
        // The most specific range wins when ranges nest (a later start is more specific).
        if let Some(c) = codes.iter().filter(|c| c.covers(d)).max_by_key(|c| c.from) {
            return Some((c, false));
        }
        // Outside every range: the role that ended last before the date, else the first.
        if let Some(c) = codes.iter().filter(|c| c.to.is_some_and(|t| t <= d)).max_by_key(|c| c.to) {
            return Some((c, true));
        }
        return codes.iter().min_by_key(|c| c.from).map(|c| (c, true));
    }
    let latest = codes.iter().max_by_key(|c| (c.to.is_none(), c.to, c.from))?;
    Some((latest, codes.len() > 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dc(code: &str, from: &str, to: &str) -> DatedCode {
        DatedCode {
            code: code.into(),
            from: Date::parse(from, false),
            to: Date::parse(to, false),
        }
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2018-02-18T21:35:43+04:00", false), Some(Date(20180218)));
        assert_eq!(Date::parse("2018", true), Some(Date(20181231)));
        assert_eq!(Date::parse("2016-02", true), Some(Date(20160229)));
        assert_eq!(Date::parse("2016-02", false), Some(Date(20160201)));
        assert_eq!(Date::parse("2018-02-30", false), None);
        assert_eq!(Date::parse("2018-13-01", false), None);
        assert_eq!(Date::parse("18-01-01", false), None);
    }

    #[test]
    fn trump_is_government_only_in_office() {
        let trump = [
            dc("USAGOV", "2017-01-20", "2021-01-20"),
            dc("USAELI", "2021-01-20", "2025-01-20"),
            dc("USAGOV", "2025-01-20", ""),
        ];
        let at = |d: &str| pick(&trump, Date::parse(d, false)).unwrap().0.code.as_str();
        assert_eq!(at("2018-06-01"), "USAGOV");
        assert_eq!(at("2022-06-01"), "USAELI");
        assert_eq!(at("2026-01-01"), "USAGOV");
        let (c, guessed) = pick(&trump, None).unwrap();
        assert_eq!((c.code.as_str(), guessed), ("USAGOV", true));
        assert_eq!(c.from, Date::parse("2025-01-20", false));
    }
}
