//! # marsad-io
//!
//! Readers that turn input files into [`Article`]s, one at a time (streaming: memory does
//! not grow with the input), and report every problem with the file, line and document it
//! concerns. A bad document never stops the run: it becomes a [`Record::Skipped`] and the
//! reader moves on.
//!
//! Inputs:
//! - `*.txt`: one article, id = file stem, the whole file is the text;
//! - `*.jsonl`, `*.jsonl.gz` (also `*.json`, `*.ndjson`): one article per line with
//!   `id` and `text`, and optional `date`, `title`, `source`, `url`;
//! - `-`: JSONL on standard input.
//!
//! Invalid UTF-8 is replaced with U+FFFD and reported as a warning (the document is kept).

use flate2::read::MultiGzDecoder;
use marsad_core::Article;
use serde::Deserialize;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where a record came from: the file (or `-`) and the line, for messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    /// 1-based line number in JSONL input; `None` for a whole-file article.
    pub line: Option<u64>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.file, l),
            None => write!(f, "{}", self.file),
        }
    }
}

/// One item read from the input.
#[derive(Debug)]
pub enum Record {
    /// An article to analyse, with any warnings about how it was read.
    Article { article: Article, origin: Origin, warnings: Vec<String> },
    /// Something that could not be read as an article; the run goes on.
    Skipped { origin: Origin, reason: String },
}

/// The kind of an input, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Jsonl,
    JsonlGz,
    Stdin,
}

impl InputKind {
    /// Decide from the path: `-` is stdin, `.gz` is gzipped JSONL, `.txt` one article,
    /// `.jsonl`/`.ndjson`/`.json` JSONL. Anything else is an error the caller reports.
    pub fn of(path: &Path) -> Result<InputKind, String> {
        if path.as_os_str() == "-" {
            return Ok(InputKind::Stdin);
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
        if name.ends_with(".gz") {
            Ok(InputKind::JsonlGz)
        } else if name.ends_with(".txt") {
            Ok(InputKind::Text)
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json") {
            Ok(InputKind::Jsonl)
        } else {
            Err(format!(
                "{}: unknown input type (expected .txt, .jsonl, .jsonl.gz or - for stdin)",
                path.display()
            ))
        }
    }
}

/// Options that apply to every article read.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Date for articles that carry none (`--date`).
    pub default_date: Option<String>,
}

/// Open one input and stream its records. Errors here are about the whole input (cannot
/// open, unknown type); per-document problems come as [`Record::Skipped`].
pub fn open(path: &Path, opts: &ReadOptions) -> Result<Box<dyn Iterator<Item = Record> + Send>, String> {
    let kind = InputKind::of(path)?;
    let name = path.display().to_string();
    match kind {
        InputKind::Text => {
            let mut bytes = Vec::new();
            File::open(path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .map_err(|e| format!("{name}: cannot read: {e}"))?;
            Ok(Box::new(std::iter::once(text_article(path, &bytes, opts))))
        }
        InputKind::Jsonl => {
            let f = File::open(path).map_err(|e| format!("{name}: cannot open: {e}"))?;
            Ok(Box::new(JsonlRecords::new(name, BufReader::with_capacity(1 << 16, f), opts.clone())))
        }
        InputKind::JsonlGz => {
            let f = File::open(path).map_err(|e| format!("{name}: cannot open: {e}"))?;
            let gz = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, f));
            Ok(Box::new(JsonlRecords::new(name, BufReader::with_capacity(1 << 16, gz), opts.clone())))
        }
        InputKind::Stdin => Ok(Box::new(JsonlRecords::new(
            "-".to_string(),
            BufReader::with_capacity(1 << 16, io::stdin()),
            opts.clone(),
        ))),
    }
}

fn text_article(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Record {
    let origin = Origin { file: path.display().to_string(), line: None };
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut warnings = Vec::new();
    let text = decode_utf8(bytes, &mut warnings);
    Record::Article {
        article: Article { id, date: opts.default_date.clone(), text, ..Default::default() },
        origin,
        warnings,
    }
}

/// Decode UTF-8, replacing invalid sequences and saying so.
fn decode_utf8(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(e) => {
            warnings.push(format!(
                "invalid UTF-8 at byte {}: invalid sequences replaced with U+FFFD",
                e.valid_up_to()
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

/// One JSONL line as written by users: everything optional so that a missing field is
/// reported by name rather than as a parse error.
#[derive(Deserialize)]
struct RawArticle {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    source: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
}

/// Streams records from JSONL: one line at a time, so a 50 MB line costs 50 MB and the
/// next line reuses the buffer.
pub struct JsonlRecords<R> {
    name: String,
    reader: R,
    line_no: u64,
    buf: Vec<u8>,
    opts: ReadOptions,
    done: bool,
}

impl<R: BufRead> JsonlRecords<R> {
    pub fn new(name: String, reader: R, opts: ReadOptions) -> Self {
        JsonlRecords { name, reader, line_no: 0, buf: Vec::new(), opts, done: false }
    }

    fn origin(&self) -> Origin {
        Origin { file: self.name.clone(), line: Some(self.line_no) }
    }

    fn parse_line(&self, line: &[u8]) -> Record {
        let origin = self.origin();
        let mut warnings = Vec::new();
        let text = decode_utf8(line, &mut warnings);
        let raw: RawArticle = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => return Record::Skipped { origin, reason: format!("malformed JSON: {e}") },
        };
        let body = match raw.text {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Null) | None => {
                return Record::Skipped { origin, reason: "missing \"text\" field".to_string() }
            }
            Some(_) => return Record::Skipped { origin, reason: "\"text\" is not a string".to_string() },
        };
        let id = match raw.id.as_ref().and_then(scalar_string) {
            Some(id) if !id.is_empty() => id,
            _ => {
                let fallback = format!("{}:{}", self.name, self.line_no);
                warnings.push(format!("missing \"id\": using {fallback}"));
                fallback
            }
        };
        let date = raw.date.as_ref().and_then(scalar_string).or_else(|| self.opts.default_date.clone());
        let article = Article {
            id,
            date,
            title: raw.title.as_ref().and_then(scalar_string),
            source: raw.source.as_ref().and_then(scalar_string),
            url: raw.url.as_ref().and_then(scalar_string),
            text: body,
        };
        Record::Article { article, origin, warnings }
    }
}

/// Strings stay strings; numbers become their decimal text; anything else is absent.
fn scalar_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            self.line_no += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {
                    let line = trim_ascii(&self.buf);
                    if line.is_empty() {
                        continue;
                    }
                    let line = line.to_vec();
                    return Some(self.parse_line(&line));
                }
                Err(e) => {
                    // A truncated or corrupt .gz ends this input; earlier lines were kept.
                    self.done = true;
                    return Some(Record::Skipped {
                        origin: self.origin(),
                        reason: format!("read error, rest of this input skipped: {e}"),
                    });
                }
            }
        }
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(start, |p| p + 1);
    &b[start..end]
}

/// Expand the command line's inputs: directories are not read recursively (say so).
pub fn check_inputs(paths: &[PathBuf]) -> Result<(), String> {
    for p in paths {
        if p.as_os_str() != "-" && p.is_dir() {
            return Err(format!("{}: is a directory; pass the files (e.g. dir/*.jsonl)", p.display()));
        }
        InputKind::of(p)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(input: &[u8]) -> Vec<Record> {
        JsonlRecords::new("t.jsonl".into(), BufReader::new(input), ReadOptions::default()).collect()
    }

    #[test]
    fn reads_articles_with_metadata() {
        let r = records(b"{\"id\":\"a\",\"text\":\"\xd9\x86\xd8\xb5\",\"date\":\"2018-01-02\",\"source\":\"BBC\"}\n");
        match &r[0] {
            Record::Article { article, warnings, .. } => {
                assert_eq!(article.id, "a");
                assert_eq!(article.text, "نص");
                assert_eq!(article.date.as_deref(), Some("2018-01-02"));
                assert_eq!(article.source.as_deref(), Some("BBC"));
                assert!(warnings.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn malformed_line_is_skipped_with_its_line_number_and_run_goes_on() {
        let r = records(b"{\"id\":\"a\",\"text\":\"x\"}\n{oops\n\n{\"id\":\"c\",\"text\":\"y\"}\n");
        assert_eq!(r.len(), 3);
        match &r[1] {
            Record::Skipped { origin, reason } => {
                assert_eq!(origin.to_string(), "t.jsonl:2");
                assert!(reason.contains("malformed JSON"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&r[2], Record::Article { article, .. } if article.id == "c"));
    }

    #[test]
    fn missing_text_is_skipped() {
        let r = records(b"{\"id\":\"a\"}\n");
        assert!(matches!(&r[0], Record::Skipped { reason, .. } if reason.contains("\"text\"")));
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let r = records(b"{\"id\":\"a\",\"text\":\"ab\xff\"}\n");
        match &r[0] {
            Record::Article { article, warnings, .. } => {
                assert_eq!(article.text, "ab\u{FFFD}");
                assert!(warnings[0].contains("invalid UTF-8"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn numeric_id_is_accepted_and_missing_id_gets_a_fallback() {
        let r = records(b"{\"id\":7,\"text\":\"x\"}\n{\"text\":\"y\"}\n");
        assert!(matches!(&r[0], Record::Article { article, .. } if article.id == "7"));
        assert!(matches!(&r[1], Record::Article { article, warnings, .. }
            if article.id == "t.jsonl:2" && !warnings.is_empty()));
    }

    #[test]
    fn truncated_gzip_keeps_earlier_lines_and_reports() {
        use flate2::{write::GzEncoder, Compression};
        use std::io::Write;
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        for i in 0..2000 {
            writeln!(enc, "{{\"id\":\"{i}\",\"text\":\"نص رقم {i} {}\"}}", "ك".repeat(i % 50)).unwrap();
        }
        let gz = enc.finish().unwrap();
        let cut = &gz[..gz.len() / 2];
        let reader = BufReader::new(MultiGzDecoder::new(cut));
        let r: Vec<Record> = JsonlRecords::new("t.jsonl.gz".into(), reader, ReadOptions::default()).collect();
        let ok = r.iter().filter(|x| matches!(x, Record::Article { .. })).count();
        assert!(ok > 100, "kept {ok}");
        assert!(matches!(r.last(), Some(Record::Skipped { reason, .. }) if reason.contains("read error")));
    }

    #[test]
    fn input_kind_from_name() {
        assert_eq!(InputKind::of(Path::new("a.txt")).unwrap(), InputKind::Text);
        assert_eq!(InputKind::of(Path::new("a.jsonl.gz")).unwrap(), InputKind::JsonlGz);
        assert_eq!(InputKind::of(Path::new("-")).unwrap(), InputKind::Stdin);
        assert!(InputKind::of(Path::new("a.pdf")).is_err());
    }
}
