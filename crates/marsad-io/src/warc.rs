//! A streaming WARC 1.0/1.1 reader (`.warc`, `.warc.gz` with one gzip member per record
//! or one for the whole file) that yields the articles of HTML responses.
//!
//! Written here rather than taken from the `warc` crate because crawls in the wild have
//! records whose `Content-Length` is wrong, and a reader that trusts it either swallows the
//! next record or loses its place for the rest of the file. This one checks the
//! `\r\n\r\n` that must follow every block; when it is missing it resynchronises on the
//! next `WARC/1.` header line, reports the damaged record (file, record number, byte
//! offset in the uncompressed stream) and goes on.
//!
//! Records used: `response` records carrying `application/http` with a 2xx status and an
//! HTML body (chunked transfer coding and gzip/deflate content coding are undone), and
//! `resource` records of type `text/html`. Everything else (`warcinfo`, `request`,
//! `metadata`, images, redirects) is passed over silently: it is not an article.

use crate::{html, Origin, ReadOptions, Record};
use marsad_core::Article;
use std::io::{self, BufRead, BufReader, Read};

/// Header lines longer than this, or more header bytes than [`MAX_HEADER_BYTES`], mean we
/// are not looking at a header.
const MAX_LINE: usize = 64 << 10;
const MAX_HEADER_BYTES: usize = 1 << 20;

/// A byte source with push-back, so that bytes read past a bad record boundary can be
/// given back and read again as the next record.
struct Source<R> {
    inner: BufReader<R>,
    back: Vec<u8>,
    /// Bytes consumed so far (uncompressed), for messages.
    offset: u64,
}

impl<R: Read> Source<R> {
    /// Read up to and including `\n`, at most `max` bytes. Returns bytes read (0 at EOF).
    fn read_line(&mut self, out: &mut Vec<u8>, max: usize) -> io::Result<usize> {
        out.clear();
        if !self.back.is_empty() {
            if let Some(p) = self.back.iter().position(|&b| b == b'\n') {
                let n = (p + 1).min(max);
                out.extend(self.back.drain(..n));
                self.offset += n as u64;
                return Ok(n);
            }
            out.append(&mut self.back);
        }
        let room = max.saturating_sub(out.len()) as u64;
        (&mut self.inner).take(room).read_until(b'\n', out)?;
        self.offset += out.len() as u64;
        Ok(out.len())
    }

    /// Read exactly `n` bytes unless EOF comes first; returns how many were read.
    fn read_n(&mut self, n: usize, out: &mut Vec<u8>) -> io::Result<usize> {
        out.clear();
        let from_back = n.min(self.back.len());
        out.extend(self.back.drain(..from_back));
        (&mut self.inner).take((n - from_back) as u64).read_to_end(out)?;
        self.offset += out.len() as u64;
        Ok(out.len())
    }

    /// Skip `n` bytes without keeping them.
    fn skip_n(&mut self, n: u64) -> io::Result<u64> {
        let from_back = (n as usize).min(self.back.len());
        self.back.drain(..from_back);
        let rest = io::copy(&mut (&mut self.inner).take(n - from_back as u64), &mut io::sink())?;
        self.offset += from_back as u64 + rest;
        Ok(from_back as u64 + rest)
    }

    /// Give bytes back: they are read again, before anything else.
    fn unread(&mut self, bytes: &[u8]) {
        let mut v = bytes.to_vec();
        v.append(&mut self.back);
        self.back = v;
        self.offset -= bytes.len() as u64;
    }
}

/// The headers marsad uses, from one record.
#[derive(Default, Debug)]
struct Header {
    warc_type: String,
    content_type: String,
    length: Option<u64>,
    target: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
}

/// Streams [`Record`]s from a WARC file. Build it with [`WarcRecords::new`] on the
/// decompressed stream (`MultiGzDecoder` for `.warc.gz`).
pub struct WarcRecords<R> {
    name: String,
    src: Source<R>,
    opts: ReadOptions,
    max_block: u64,
    record_no: u64,
    line: Vec<u8>,
    done: bool,
}

impl<R: Read> WarcRecords<R> {
    /// `max_block`: records with a larger block are skipped (and reported) unread.
    pub fn new(name: String, reader: R, opts: ReadOptions, max_block: u64) -> Self {
        WarcRecords {
            name,
            src: Source { inner: BufReader::with_capacity(1 << 16, reader), back: Vec::new(), offset: 0 },
            opts,
            max_block,
            record_no: 0,
            line: Vec::new(),
            done: false,
        }
    }

    fn origin(&self, at: u64) -> Origin {
        Origin { file: format!("{} (record {}, offset {})", self.name, self.record_no, at), line: None }
    }

    fn skipped(&self, at: u64, reason: String) -> Option<Record> {
        Some(Record::Skipped { origin: self.origin(at), reason })
    }

    /// Read lines until one starts with `WARC/1.`, and give it back. Returns false at EOF.
    fn resync(&mut self) -> io::Result<bool> {
        loop {
            if self.src.read_line(&mut self.line, MAX_LINE)? == 0 {
                return Ok(false);
            }
            if self.line.starts_with(b"WARC/1.") {
                let l = std::mem::take(&mut self.line);
                self.src.unread(&l);
                return Ok(true);
            }
        }
    }

    /// Read one header block; `Ok(None)` at a clean EOF.
    fn read_header(&mut self) -> io::Result<Option<Result<Header, String>>> {
        // Blank lines between records are tolerated.
        loop {
            if self.src.read_line(&mut self.line, MAX_LINE)? == 0 {
                return Ok(None);
            }
            if !trim(&self.line).is_empty() {
                break;
            }
        }
        if !self.line.starts_with(b"WARC/") {
            return Ok(Some(Err("expected a WARC/1.x header line".to_string())));
        }
        let mut h = Header::default();
        let mut total = self.line.len();
        loop {
            let n = self.src.read_line(&mut self.line, MAX_LINE)?;
            total += n;
            if n == 0 {
                return Ok(Some(Err("file ends inside a record header".to_string())));
            }
            if total > MAX_HEADER_BYTES {
                return Ok(Some(Err("record header too long".to_string())));
            }
            let l = trim(&self.line);
            if l.is_empty() {
                break;
            }
            let l = String::from_utf8_lossy(l);
            let Some((k, v)) = l.split_once(':') else { continue };
            let v = v.trim().to_string();
            match k.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.warc_type = v.to_ascii_lowercase(),
                "content-type" => h.content_type = v.to_ascii_lowercase(),
                "content-length" => h.length = v.parse().ok(),
                "warc-target-uri" => h.target = Some(v.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(v),
                "warc-record-id" => h.record_id = Some(v),
                _ => {}
            }
        }
        Ok(Some(Ok(h)))
    }

    fn next_record(&mut self) -> io::Result<Option<Record>> {
        loop {
            let at = self.src.offset;
            self.record_no += 1;
            let header = match self.read_header()? {
                None => return Ok(None),
                Some(Ok(h)) => h,
                Some(Err(reason)) => {
                    let more = self.resync()?;
                    let reason = format!("{reason}; skipped to the next record{}", if more { "" } else { " (none)" });
                    return Ok(self.skipped(at, reason));
                }
            };
            let Some(len) = header.length else {
                self.resync()?;
                return Ok(self.skipped(at, "missing or invalid Content-Length; record skipped".into()));
            };
            if len > self.max_block {
                self.src.skip_n(len)?;
                self.check_trailer(at)?;
                return Ok(self.skipped(at, format!("record of {len} bytes exceeds the limit; skipped")));
            }
            let mut block = Vec::new();
            let got = self.src.read_n(len as usize, &mut block)?;
            if (got as u64) < len {
                return Ok(self.skipped(
                    at,
                    format!("file ends inside the record (Content-Length {len}, {got} bytes left)"),
                ));
            }
            // The block must be followed by CRLF CRLF; if not, Content-Length lied.
            let mut trailer = Vec::new();
            self.src.read_n(4, &mut trailer)?;
            if trailer != b"\r\n\r\n" {
                let mut all = block;
                all.extend_from_slice(&trailer);
                // Too long: the next record starts inside what we read. Too short, or
                // garbage: the next header is further on.
                if let Some(p) = find(&all, b"\nWARC/1.") {
                    self.src.unread(&all[p + 1..]);
                } else {
                    self.src.unread(&trailer);
                    self.resync()?;
                }
                return Ok(self.skipped(
                    at,
                    format!("Content-Length {len} does not match the record (no CRLF CRLF after the block); record skipped, resynchronised on the next header"),
                ));
            }
            if let Some(r) = self.to_article(&header, &block, at) {
                return Ok(Some(r));
            }
        }
    }

    /// After skipping a block: consume the CRLF CRLF, or resync if it is not there.
    fn check_trailer(&mut self, _at: u64) -> io::Result<()> {
        let mut t = Vec::new();
        self.src.read_n(4, &mut t)?;
        if t != b"\r\n\r\n" {
            self.src.unread(&t);
            self.resync()?;
        }
        Ok(())
    }

    /// An article from a record, a Skipped record for an HTML page without an article, or
    /// None for records that are not pages at all.
    fn to_article(&self, h: &Header, block: &[u8], at: u64) -> Option<Record> {
        let body: Vec<u8> = match h.warc_type.as_str() {
            "response" if h.content_type.starts_with("application/http") => match http_html_body(block) {
                Ok(Some(b)) => b,
                Ok(None) => return None,
                Err(reason) => return self.skipped(at, reason),
            },
            "resource" if is_html(&h.content_type) => block.to_vec(),
            _ => return None,
        };
        let mut warnings = Vec::new();
        let page = crate::decode_utf8(&body, &mut warnings);
        let url = h.target.clone();
        match html::extract(&page, url.as_deref()) {
            Ok(e) => {
                let id = url.clone().or_else(|| h.record_id.clone()).unwrap_or_else(|| self.origin(at).file);
                let article = Article {
                    id,
                    date: e.date.or_else(|| h.date.clone()).or_else(|| self.opts.default_date.clone()),
                    title: e.title,
                    source: url.as_deref().and_then(host),
                    url,
                    text: e.text,
                };
                Some(Record::Article { article, origin: self.origin(at), warnings })
            }
            Err(reason) => self.skipped(at, format!("{}: {reason}", h.target.as_deref().unwrap_or("page"))),
        }
    }
}

impl<R: Read> Iterator for WarcRecords<R> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(r)) => Some(r),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                // A truncated or corrupt .gz: everything before was delivered.
                self.done = true;
                let at = self.src.offset;
                self.skipped(at, format!("read error, rest of this input skipped: {e}"))
            }
        }
    }
}

/// The host of an absolute URL (`https://www.bbc.com/arabic/x` → `www.bbc.com`): the
/// article's source when the crawl gives no other.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

fn is_html(content_type: &str) -> bool {
    content_type.starts_with("text/html") || content_type.starts_with("application/xhtml")
}

/// The HTML body of an HTTP response, or None when it is not a successful HTML response.
fn http_html_body(block: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let Some(head_end) = find(block, b"\r\n\r\n").map(|p| p + 4).or_else(|| find(block, b"\n\n").map(|p| p + 2))
    else {
        return Err("HTTP response without a header/body separator".into());
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status: u16 = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let (mut ctype, mut chunked, mut encoding) = (String::new(), false, String::new());
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let v = v.trim().to_ascii_lowercase();
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => ctype = v,
                "transfer-encoding" => chunked = v.contains("chunked"),
                "content-encoding" => encoding = v,
                _ => {}
            }
        }
    }
    if !is_html(&ctype) {
        return Ok(None);
    }
    let mut body = block[head_end..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("malformed chunked transfer coding")?;
    }
    match encoding.as_str() {
        "" | "identity" => {}
        "gzip" | "x-gzip" => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("gzip content coding: {e}"))?;
            body = out;
        }
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("deflate content coding: {e}"))?;
            body = out;
        }
        other => return Err(format!("unsupported Content-Encoding {other:?}")),
    }
    Ok(Some(body))
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = find(b, b"\r\n")?;
        let size_str = std::str::from_utf8(&b[..eol]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        b = &b[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size + 2..)?;
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim(b: &[u8]) -> &[u8] {
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(0, |p| p + 1);
    let start = b[..end].iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(end);
    &b[start..end]
}

/// Test support: build WARC records (also used by the CLI tests through the library).
pub mod build {
    /// One WARC record with the given type, headers and block; `length` overrides the
    /// Content-Length (to make a wrong one).
    pub fn record(warc_type: &str, uri: &str, content_type: &str, block: &[u8], length: Option<usize>) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2019-03-04T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            length.unwrap_or(block.len())
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    /// A `response` record holding an HTTP 200 HTML page.
    pub fn html_response(uri: &str, html: &str, length_delta: isize) -> Vec<u8> {
        let block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
            html.len()
        );
        let len = (block.len() as isize + length_delta) as usize;
        record("response", uri, "application/http; msgtype=response", block.as_bytes(), Some(len))
    }
}

#[cfg(test)]
mod tests {
    use super::build::*;
    use super::*;

    fn page(n: usize) -> String {
        format!(
            "<html dir=\"rtl\"><head><title>خبر {n}</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><article><p>{}</p><p>{}</p></article></body></html>",
            format_args!("قال وزير الخارجية في الخبر رقم {n} إن المحادثات مع الجانب الآخر ستستأنف الأسبوع المقبل في العاصمة. "),
            "وأضاف أن الحكومة ملتزمة بالحل السياسي وبوقف إطلاق النار في جميع المناطق. ".repeat(2)
        )
    }

    fn read(bytes: &[u8]) -> Vec<Record> {
        WarcRecords::new("t.warc".into(), bytes, ReadOptions::default(), 1 << 20).collect()
    }

    fn ids(rs: &[Record]) -> Vec<String> {
        rs.iter()
            .filter_map(|r| match r {
                Record::Article { article, .. } => Some(article.id.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn reads_html_responses_and_ignores_other_records() {
        let mut w = record("warcinfo", "", "application/warc-fields", b"software: test\r\n", None);
        w.extend(html_response("https://news.example/a", &page(1), 0));
        w.extend(record("request", "https://news.example/a", "application/http; msgtype=request", b"GET /a HTTP/1.1\r\n\r\n", None));
        w.extend(html_response("https://news.example/b", &page(2), 0));
        let rs = read(&w);
        assert_eq!(ids(&rs), ["https://news.example/a", "https://news.example/b"]);
        match &rs[0] {
            Record::Article { article, .. } => {
                assert_eq!(article.source.as_deref(), Some("news.example"));
                assert_eq!(article.date.as_deref(), Some("2019-03-04T12:00:00Z"));
                assert!(article.text.contains("الخبر رقم 1"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn too_long_content_length_is_resynchronised() {
        let mut w = html_response("https://x/1", &page(1), 0);
        w.extend(html_response("https://x/2", &page(2), 40)); // claims 40 bytes too many
        w.extend(html_response("https://x/3", &page(3), 0));
        let rs = read(&w);
        assert_eq!(ids(&rs), ["https://x/1", "https://x/3"]);
        let skipped: Vec<_> = rs.iter().filter(|r| matches!(r, Record::Skipped { .. })).collect();
        assert_eq!(skipped.len(), 1);
        assert!(matches!(skipped[0], Record::Skipped { reason, origin }
            if reason.contains("Content-Length") && origin.file.contains("record 2")));
    }

    #[test]
    fn too_short_content_length_is_resynchronised() {
        let mut w = html_response("https://x/1", &page(1), -25);
        w.extend(html_response("https://x/2", &page(2), 0));
        let rs = read(&w);
        assert_eq!(ids(&rs), ["https://x/2"]);
        assert_eq!(rs.len(), 2);
    }

    #[test]
    fn multi_member_gzip_and_truncation() {
        use flate2::{write::GzEncoder, Compression};
        use std::io::Write;
        let mut gz = Vec::new();
        for i in 0..30 {
            let mut e = GzEncoder::new(Vec::new(), Compression::fast());
            e.write_all(&html_response(&format!("https://x/{i}"), &page(i), 0)).unwrap();
            gz.extend(e.finish().unwrap());
        }
        let all: Vec<Record> =
            WarcRecords::new("t.warc.gz".into(), flate2::read::MultiGzDecoder::new(&gz[..]), ReadOptions::default(), 1 << 20)
                .collect();
        assert_eq!(ids(&all).len(), 30);
        let cut = &gz[..gz.len() * 2 / 3];
        let part: Vec<Record> =
            WarcRecords::new("t.warc.gz".into(), flate2::read::MultiGzDecoder::new(cut), ReadOptions::default(), 1 << 20)
                .collect();
        assert!(ids(&part).len() >= 15);
        assert!(matches!(part.last(), Some(Record::Skipped { .. })));
    }

    #[test]
    fn chunked_and_gzip_bodies() {
        use flate2::{write::GzEncoder, Compression};
        use std::io::Write;
        let html = page(7);
        let mut e = GzEncoder::new(Vec::new(), Compression::fast());
        e.write_all(html.as_bytes()).unwrap();
        let z = e.finish().unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        for c in z.chunks(100) {
            block.extend(format!("{:x}\r\n", c.len()).bytes());
            block.extend(c);
            block.extend(b"\r\n");
        }
        block.extend(b"0\r\n\r\n");
        let w = record("response", "https://x/7", "application/http; msgtype=response", &block, None);
        assert_eq!(ids(&read(&w)), ["https://x/7"]);
    }

    #[test]
    fn garbage_does_not_panic() {
        let rs = read(b"not a warc at all\nWARC/1.0\r\nContent-Length: zz\r\n\r\n\xff\xfe");
        assert!(rs.iter().all(|r| matches!(r, Record::Skipped { .. })));
        assert_eq!(host("https://user@www.BBC.com:443/arabic?x"), Some("www.bbc.com".into()));
    }
}
