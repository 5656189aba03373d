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
//! - `*.html`, `*.htm`: one web page, its main article extracted ([`html`]);
//! - `*.warc`, `*.warc.gz`: web crawls, one article per HTML response ([`warc`]);
//! - `-`: JSONL on standard input.
//!
//! Invalid UTF-8 is replaced with U+FFFD and reported as a warning (the document is kept).
//! One document larger than [`Limits::max_doc_bytes`] (a whole file, a JSONL line, a WARC
//! record) is skipped and reported without being held in memory. Directories are expanded
//! by [`walk::expand`].

pub mod html;
pub mod walk;
pub mod warc;

use flate2::read::MultiGzDecoder;
use marsad_core::Article;
use serde::Deserialize;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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
    /// One HTML page (`.html`, `.htm`).
    Html,
    /// A WARC file (`.warc`), or gzipped (`.warc.gz`).
    Warc,
    WarcGz,
}

impl InputKind {
    /// Decide from the path: `-` is stdin, `.gz` is gzipped JSONL, `.txt` one article,
    /// `.jsonl`/`.ndjson`/`.json` JSONL. Anything else is an error the caller reports.
    pub fn of(path: &Path) -> Result<InputKind, String> {
        if path.as_os_str() == "-" {
            return Ok(InputKind::Stdin);
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
        if name.ends_with(".warc.gz") {
            Ok(InputKind::WarcGz)
        } else if name.ends_with(".warc") {
            Ok(InputKind::Warc)
        } else if name.ends_with(".html") || name.ends_with(".htm") {
            Ok(InputKind::Html)
        } else if name.ends_with(".gz") {
            Ok(InputKind::JsonlGz)
        } else if name.ends_with(".txt") {
            Ok(InputKind::Text)
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json") {
            Ok(InputKind::Jsonl)
        } else {
            Err(format!(
                "{}: unknown input type (expected .txt, .jsonl, .jsonl.gz, .html, .warc, .warc.gz or - for stdin)",
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

/// Bounds on what one document may cost.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest document read: a `.txt`/`.html` file, a JSONL line, a WARC record.
    pub max_doc_bytes: u64,
}

impl Default for Limits {
    /// 64 MiB: far beyond any news article, small enough that a stray dump or disk image
    /// does not take the machine's memory.
    fn default() -> Self {
        Limits { max_doc_bytes: 64 << 20 }
    }
}

/// Open one input and stream its records. Errors here are about the whole input (cannot
/// open, unknown type); per-document problems come as [`Record::Skipped`].
pub fn open(path: &Path, opts: &ReadOptions) -> Result<Box<dyn Iterator<Item = Record> + Send>, String> {
    open_with(path, opts, &Limits::default())
}

/// [`open`] with explicit [`Limits`].
pub fn open_with(
    path: &Path,
    opts: &ReadOptions,
    limits: &Limits,
) -> Result<Box<dyn Iterator<Item = Record> + Send>, String> {
    open_counted(path, opts, limits, None)
}

/// A reader that adds the bytes it reads to a shared counter: progress (MB/s, ETA) in
/// terms of the input file, compressed or not.
struct Counted<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// [`open_with`], adding every byte read from the file to `counter` when given.
pub fn open_counted(
    path: &Path,
    opts: &ReadOptions,
    limits: &Limits,
    counter: Option<Arc<AtomicU64>>,
) -> Result<Box<dyn Iterator<Item = Record> + Send>, String> {
    let open_file = |path: &Path, name: &str| -> Result<Box<dyn Read + Send>, String> {
        let f = File::open(path).map_err(|e| format!("{name}: cannot open: {e}"))?;
        Ok(match &counter {
            Some(c) => Box::new(Counted { inner: f, count: c.clone() }),
            None => Box::new(f),
        })
    };
    let kind = InputKind::of(path)?;
    let name = path.display().to_string();
    let max = limits.max_doc_bytes;
    if kind != InputKind::Stdin {
        // Opening a FIFO blocks until someone writes to it: refuse anything not a file.
        let meta = std::fs::metadata(path).map_err(|e| format!("{name}: cannot open: {e}"))?;
        if !meta.is_file() {
            return Err(format!("{name}: not a regular file (FIFO, socket, device or directory)"));
        }
        if matches!(kind, InputKind::Text | InputKind::Html) && meta.len() > max {
            let origin = Origin { file: name, line: None };
            let reason = format!(
                "file is {:.1} MB, over the {:.1} MB limit for one document; not read",
                meta.len() as f64 / 1e6,
                max as f64 / 1e6
            );
            return Ok(Box::new(std::iter::once(Record::Skipped { origin, reason })));
        }
    }
    let read_all = |path: &Path| -> Result<Vec<u8>, String> {
        let mut bytes = Vec::new();
        open_file(path, &name)?.take(max + 1).read_to_end(&mut bytes).map_err(|e| format!("{name}: cannot read: {e}"))?;
        Ok(bytes)
    };
    match kind {
        InputKind::Text => {
            let bytes = read_all(path)?;
            Ok(Box::new(std::iter::once(text_article(path, &bytes, opts))))
        }
        InputKind::Html => {
            let bytes = read_all(path)?;
            Ok(Box::new(std::iter::once(html_article(path, &bytes, opts))))
        }
        InputKind::Jsonl => {
            let f = open_file(path, &name)?;
            Ok(Box::new(JsonlRecords::new(name, BufReader::with_capacity(1 << 16, f), opts.clone()).with_limit(max)))
        }
        InputKind::JsonlGz => {
            let f = open_file(path, &name)?;
            let gz = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, f));
            Ok(Box::new(
                JsonlRecords::new(name, BufReader::with_capacity(1 << 16, gz), opts.clone()).with_limit(max),
            ))
        }
        InputKind::Warc => {
            let f = open_file(path, &name)?;
            Ok(Box::new(warc::WarcRecords::new(name, f, opts.clone(), max)))
        }
        InputKind::WarcGz => {
            let f = open_file(path, &name)?;
            let gz = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, f));
            Ok(Box::new(warc::WarcRecords::new(name, gz, opts.clone(), max)))
        }
        InputKind::Stdin => Ok(Box::new(JsonlRecords::new(
            "-".to_string(),
            BufReader::with_capacity(1 << 16, io::stdin()),
            opts.clone(),
        ).with_limit(max))),
    }
}

/// One HTML file: its main article. The id is the page's own URL (`og:url`/canonical)
/// when it has one, else the file path as given (file stems repeat across a crawl:
/// `index.html`).
fn html_article(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Record {
    let origin = Origin { file: path.display().to_string(), line: None };
    let mut warnings = Vec::new();
    let page = decode_utf8(bytes, &mut warnings);
    match html::extract(&page, None) {
        Ok(e) => Record::Article {
            article: Article {
                id: path.display().to_string(),
                date: e.date.or_else(|| opts.default_date.clone()),
                title: e.title,
                text: e.text,
                ..Default::default()
            },
            origin,
            warnings,
        },
        Err(reason) => Record::Skipped { origin, reason },
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
    max_line: u64,
}

impl<R: BufRead> JsonlRecords<R> {
    pub fn new(name: String, reader: R, opts: ReadOptions) -> Self {
        JsonlRecords { name, reader, line_no: 0, buf: Vec::new(), opts, done: false, max_line: u64::MAX }
    }

    /// Lines longer than `max` bytes are skipped (and reported) without being kept.
    pub fn with_limit(mut self, max: u64) -> Self {
        self.max_line = max;
        self
    }

    /// Discard the rest of an over-long line; returns bytes skipped.
    fn skip_rest_of_line(&mut self) -> io::Result<u64> {
        let mut skipped = 0u64;
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(skipped);
            }
            if let Some(p) = buf.iter().position(|&b| b == b'\n') {
                self.reader.consume(p + 1);
                return Ok(skipped + p as u64 + 1);
            }
            let n = buf.len();
            self.reader.consume(n);
            skipped += n as u64;
        }
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
            let limit = self.max_line.saturating_add(1);
            match (&mut self.reader).take(limit).read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) if n as u64 >= limit && self.buf.last() != Some(&b'\n') => {
                    let rest = self.skip_rest_of_line();
                    let reason = match rest {
                        Ok(more) => format!(
                            "line of {:.1} MB is over the {:.1} MB limit for one document; skipped",
                            (n as u64 + more) as f64 / 1e6,
                            self.max_line as f64 / 1e6
                        ),
                        Err(e) => {
                            self.done = true;
                            format!("read error, rest of this input skipped: {e}")
                        }
                    };
                    self.buf = Vec::new();
                    return Some(Record::Skipped { origin: self.origin(), reason });
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
    fn overlong_line_is_skipped_and_the_next_one_read() {
        let mut input = b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"big\",\"text\":\"".to_vec();
        input.extend(std::iter::repeat_n(b'y', 5000));
        input.extend(b"\"}\n{\"id\":\"c\",\"text\":\"z\"}\n");
        let r: Vec<Record> =
            JsonlRecords::new("t.jsonl".into(), BufReader::with_capacity(64, &input[..]), ReadOptions::default())
                .with_limit(1000)
                .collect();
        assert_eq!(r.len(), 3);
        assert!(matches!(&r[1], Record::Skipped { reason, origin } if reason.contains("limit") && origin.line == Some(2)));
        assert!(matches!(&r[2], Record::Article { article, .. } if article.id == "c"));
    }

    #[test]
    fn input_kind_from_name() {
        assert_eq!(InputKind::of(Path::new("a.warc.gz")).unwrap(), InputKind::WarcGz);
        assert_eq!(InputKind::of(Path::new("a.HTM")).unwrap(), InputKind::Html);
        assert_eq!(InputKind::of(Path::new("a.txt")).unwrap(), InputKind::Text);
        assert_eq!(InputKind::of(Path::new("a.jsonl.gz")).unwrap(), InputKind::JsonlGz);
        assert_eq!(InputKind::of(Path::new("-")).unwrap(), InputKind::Stdin);
        assert!(InputKind::of(Path::new("a.pdf")).is_err());
    }
}
