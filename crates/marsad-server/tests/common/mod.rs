//! Shared by the server's tests: a store built from the example articles plus a hostile
//! one, and an in-process server.
#![allow(dead_code)]

use marsad_core::{Analyzer, Article};
use marsad_server::{router, AppState, Config};
use marsad_store::{AnalyzerInfo, Prepared, Store};
use marsad_text::segment::Segmenter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The hostile article: markup, event handlers and `javascript:` URLs in every field.
pub const EVIL_ID: &str = "evil-1";
pub const EVIL_TEXT: &str = "قال وزير الخارجية الأمريكي <img src=x onerror=\"window.__pwned=1\"> في مؤتمر صحفي: «<script>window.__pwned=2</script> لن نسمح لإيران بامتلاك سلاح نووي». \
وهددت الولايات المتحدة إيران <b onmouseover=\"window.__pwned=3\">بالرد</b> وزارة الخارجية javascript:window.__pwned=4 <a href=\"javascript:window.__pwned=5\">اضغط</a>.";

pub fn evil_article() -> Article {
    Article {
        id: EVIL_ID.into(),
        date: Some("2019-05-01".into()),
        title: Some(
            "<script>window.__pwned=6</script><img src=x onerror=window.__pwned=7> عنوان".into(),
        ),
        source: Some("<img src=x onerror=window.__pwned=8>".into()),
        url: Some("javascript:window.__pwned=9".into()),
        text: EVIL_TEXT.into(),
    }
}

/// Repository root (the examples live there).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn example_articles() -> Vec<Article> {
    let text = std::fs::read_to_string(repo_root().join("examples/articles.jsonl"))
        .expect("examples/articles.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("example article"))
        .collect()
}

/// Analyse `articles` into a new store at `db` (as `marsad ingest` does).
pub fn ingest(db: &Path, articles: Vec<Article>) {
    let analyzer = Analyzer::new().expect("embedded dictionaries");
    let seg = Segmenter::new();
    let mut store = Store::open(db).expect("store");
    let aid = store
        .analyzer_id(&AnalyzerInfo {
            marsad_version: "test".into(),
            dictionaries: "test".into(),
        })
        .expect("analyzer id");
    let docs: Vec<Prepared> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let analysis = analyzer.analyze(&a);
            let hash = marsad_store::text::text_hash(&a.text);
            Prepared::new(&seg, a, format!("test:{}", i + 1), hash, Some(analysis))
        })
        .collect();
    store.write_batch(&docs, aid).expect("write");
    store.checkpoint().expect("checkpoint");
}

/// A store with the example articles and the hostile one, in `target/tmp/NAME/`
/// (rebuilt at every run; a fixed place, so runs leave no litter behind).
pub struct Fixture {
    pub dir: PathBuf,
    pub db: PathBuf,
}

pub fn fixture(name: &str) -> Fixture {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("fixture directory");
    let db = dir.join("t.db");
    let mut arts = example_articles();
    arts.push(evil_article());
    ingest(&db, arts);
    Fixture { dir, db }
}

pub fn state(db: &Path) -> Arc<AppState> {
    AppState::new(&Config::new(db.to_path_buf())).expect("state")
}

pub fn app(db: &Path) -> axum::Router {
    router(state(db))
}

/// Serve `config` on an ephemeral loopback port; returns the address.
pub async fn spawn(config: Config) -> std::net::SocketAddr {
    let state = AppState::new(&config).expect("state");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router(state)).await.unwrap();
    });
    addr
}

/// A minimal HTTP/1.1 GET over a fresh connection: (status, body).
pub async fn http_get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let req = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await.unwrap();
    parse_response(&buf)
}

pub fn parse_response(buf: &[u8]) -> (u16, String) {
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .unwrap_or(buf.len());
    let head = String::from_utf8_lossy(&buf[..split]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = &buf[split..];
    let body = if head.contains("transfer-encoding: chunked") {
        dechunk(body)
    } else {
        body.to_vec()
    };
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn dechunk(mut s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = s.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&s[..i]).trim(), 16).unwrap_or(0);
        let rest = &s[i + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}
