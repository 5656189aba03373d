//! The TSV dialect of the dictionary files: `#` comment lines, blank lines ignored, a
//! header row naming the columns, tab-separated fields, `|`-separated lists.

use crate::LexiconError;

/// One data row with its 1-based line number, fields looked up by header name.
pub struct Row<'a> {
    pub line: usize,
    fields: Vec<&'a str>,
    header: &'a [String],
    file: &'a str,
}

impl<'a> Row<'a> {
    /// A field by column name; empty string when the line has fewer fields.
    pub fn get(&self, column: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.fields.get(i))
            .map_or("", |s| s.trim())
    }

    /// A `|`-separated list field, empty items dropped.
    pub fn list(&self, column: &str) -> Vec<&'a str> {
        self.get(column).split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
    }

    /// A field that must not be empty.
    pub fn required(&self, column: &str) -> Result<&'a str, LexiconError> {
        let v = self.get(column);
        if v.is_empty() {
            Err(self.error(format!("column `{column}` is empty")))
        } else {
            Ok(v)
        }
    }

    /// The file this row is from.
    pub fn file(&self) -> &'a str {
        self.file
    }

    pub fn error(&self, message: impl Into<String>) -> LexiconError {
        LexiconError { file: self.file.to_string(), line: self.line, message: message.into() }
    }
}

/// A parsed file: its header and the rows, checked for column count.
pub struct Table<'a> {
    pub file: &'a str,
    pub header: Vec<String>,
    lines: Vec<(usize, &'a str)>,
}

impl<'a> Table<'a> {
    /// Parse `text`; `required` columns must all be in the header.
    pub fn parse(file: &'a str, text: &'a str, required: &[&str]) -> Result<Table<'a>, LexiconError> {
        let mut header: Option<Vec<String>> = None;
        let mut lines = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if header.is_none() {
                let h: Vec<String> = line.split('\t').map(|s| s.trim().to_string()).collect();
                for col in required {
                    if !h.iter().any(|c| c == col) {
                        return Err(LexiconError {
                            file: file.to_string(),
                            line: i + 1,
                            message: format!("header lacks column `{col}` (expected: {})", required.join(", ")),
                        });
                    }
                }
                header = Some(h);
                continue;
            }
            lines.push((i + 1, line));
        }
        let header = header.ok_or_else(|| LexiconError {
            file: file.to_string(),
            line: 0,
            message: "no header row".to_string(),
        })?;
        Ok(Table { file, header, lines })
    }

    /// The rows; a row with more fields than the header is an error.
    pub fn rows(&'a self) -> impl Iterator<Item = Result<Row<'a>, LexiconError>> + 'a {
        self.lines.iter().map(move |&(line, text)| {
            let fields: Vec<&str> = text.split('\t').collect();
            if fields.len() > self.header.len() {
                return Err(LexiconError {
                    file: self.file.to_string(),
                    line,
                    message: format!("{} fields, but the header has {}", fields.len(), self.header.len()),
                });
            }
            Ok(Row { line, fields, header: &self.header, file: self.file })
        })
    }
}
