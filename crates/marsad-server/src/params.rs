//! Query-string parameters, validated: unknown or repeated names, malformed values and
//! out-of-range numbers are 400 with a message naming the parameter. Values only ever
//! reach SQL as bound parameters.

use crate::error::ApiError;
use std::collections::HashMap;

/// Longest accepted value of any parameter (bytes).
pub const MAX_VALUE: usize = 1000;
/// Deepest accepted `offset` (deeper pages: narrow the filters instead).
pub const MAX_OFFSET: usize = 100_000;

pub struct Params {
    map: HashMap<String, String>,
}

impl Params {
    /// Parse `raw` (the query string), accepting only the names in `allowed`.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut map = HashMap::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if !allowed.contains(&k.as_ref()) {
                let mut names: Vec<&str> = allowed.to_vec();
                names.sort_unstable();
                return Err(ApiError::bad(format!(
                    "unknown parameter '{}' (this endpoint takes: {})",
                    clip(&k),
                    names.join(", ")
                )));
            }
            if v.len() > MAX_VALUE {
                return Err(ApiError::bad(format!(
                    "parameter '{k}' is too long (at most {MAX_VALUE} bytes)"
                )));
            }
            if map.insert(k.to_string(), v.to_string()).is_some() {
                return Err(ApiError::bad(format!(
                    "parameter '{k}' is given more than once"
                )));
            }
        }
        Ok(Params { map })
    }

    /// A non-empty string value.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.map
            .get(name)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }

    pub fn usize(
        &self,
        name: &str,
        default: usize,
        min: usize,
        max: usize,
    ) -> Result<usize, ApiError> {
        match self.str(name) {
            None => Ok(default),
            Some(s) => match s.parse::<usize>() {
                Ok(n) if (min..=max).contains(&n) => Ok(n),
                _ => Err(ApiError::bad(format!(
                    "'{name}' must be a whole number from {min} to {max}, not '{}'",
                    clip(s)
                ))),
            },
        }
    }

    /// `limit` (1..=max, default `default`) and `offset` (0..=MAX_OFFSET).
    pub fn page(&self, default: usize, max: usize) -> Result<Page, ApiError> {
        Ok(Page {
            limit: self.usize("limit", default, 1, max)?,
            offset: self.usize("offset", 0, 0, MAX_OFFSET)?,
        })
    }

    pub fn bool(&self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.str(name) {
            None => Ok(None),
            Some("true" | "1" | "yes") => Ok(Some(true)),
            Some("false" | "0" | "no") => Ok(Some(false)),
            Some(s) => Err(ApiError::bad(format!(
                "'{name}' must be true or false, not '{}'",
                clip(s)
            ))),
        }
    }

    /// A day or period bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn date(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.str(name) {
            None => Ok(None),
            Some(s) if valid_date(s) => Ok(Some(s.to_string())),
            Some(s) => Err(ApiError::bad(format!(
                "'{name}' must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not '{}'",
                clip(s)
            ))),
        }
    }

    /// An actor code (`USAGOV`: exactly that code) or a code prefix (`USA*`).
    pub fn code(&self, name: &str) -> Result<Option<CodeFilter>, ApiError> {
        match self.str(name) {
            None => Ok(None),
            Some(s) => parse_code(s)
                .map(Some)
                .map_err(|m| ApiError::bad(format!("'{name}': {m}"))),
        }
    }

    /// One of `choices`.
    pub fn choice<'a>(
        &self,
        name: &str,
        choices: &[&'a str],
        default: &'a str,
    ) -> Result<&'a str, ApiError> {
        match self.str(name) {
            None => Ok(default),
            Some(s) => choices
                .iter()
                .find(|c| c.eq_ignore_ascii_case(s))
                .copied()
                .ok_or_else(|| {
                    ApiError::bad(format!(
                        "'{name}' must be one of {}, not '{}'",
                        choices.join(", "),
                        clip(s)
                    ))
                }),
        }
    }

    /// A PLOVER event type: capital letters and underscores.
    pub fn event_type(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.str(name) {
            None => Ok(None),
            Some(s) if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphabetic() || c == '_') => {
                Ok(Some(s.to_ascii_uppercase()))
            }
            Some(s) => Err(ApiError::bad(format!(
                "'{name}' must be a PLOVER event type such as ASSAULT, not '{}'",
                clip(s)
            ))),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Page {
    pub limit: usize,
    pub offset: usize,
}

impl Page {
    pub fn json(&self, total: Option<i64>, returned: usize) -> serde_json::Value {
        serde_json::json!({
            "limit": self.limit,
            "offset": self.offset,
            "returned": returned,
            "total": total,
            "next_offset": if returned == self.limit && self.offset + self.limit <= MAX_OFFSET { Some(self.offset + self.limit) } else { None },
        })
    }
}

/// An actor code filter: exact, or a prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeFilter {
    Exact(String),
    Prefix(String),
}

impl CodeFilter {
    /// SQL condition on `col` with one `?` parameter, and the parameter's value.
    pub fn sql(&self, col: &str) -> (String, String) {
        match self {
            CodeFilter::Exact(c) => (format!("{col} = ?"), c.clone()),
            // Codes are [A-Z0-9] only (checked), so GLOB metacharacters cannot occur.
            CodeFilter::Prefix(c) => (format!("{col} GLOB ?"), format!("{c}*")),
        }
    }
}

pub fn parse_code(s: &str) -> Result<CodeFilter, String> {
    let (body, prefix) = match s.strip_suffix('*') {
        Some(b) => (b, true),
        None => (s, false),
    };
    let body = body.to_ascii_uppercase();
    if body.is_empty() || body.len() > 24 || !body.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!(
            "an actor code is letters and digits (USAGOV), or a prefix ending in * (USA*), not '{}'",
            clip(s)
        ));
    }
    Ok(if prefix {
        CodeFilter::Prefix(body)
    } else {
        CodeFilter::Exact(body)
    })
}

fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => {
            digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        }
        10 => {
            digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && b[7] == b'-'
                && digits(8..10)
                && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
        }
        _ => false,
    }
}

/// A value shortened for an error message.
pub fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_codes() {
        assert!(valid_date("2018") && valid_date("2018-03") && valid_date("2018-03-31"));
        assert!(!valid_date("2018-13") && !valid_date("18-03-01") && !valid_date("2018-03-01'"));
        assert_eq!(parse_code("usagov"), Ok(CodeFilter::Exact("USAGOV".into())));
        assert_eq!(parse_code("IRN*"), Ok(CodeFilter::Prefix("IRN".into())));
        assert!(parse_code("IRN' OR 1=1 --").is_err());
        assert!(parse_code("*").is_err());
    }

    #[test]
    fn unknown_and_repeated_parameters() {
        assert!(Params::parse(Some("limt=3"), &["limit"]).is_err());
        assert!(Params::parse(Some("limit=3&limit=4"), &["limit"]).is_err());
        let p = Params::parse(Some("limit=3"), &["limit", "offset"]).unwrap();
        assert_eq!(p.page(20, 100).unwrap().limit, 3);
        assert!(Params::parse(Some("limit=0"), &["limit"])
            .unwrap()
            .page(20, 100)
            .is_err());
        assert!(Params::parse(Some("limit=101"), &["limit"])
            .unwrap()
            .page(20, 100)
            .is_err());
    }
}
