//! End to end in a real browser: headless Chromium driven by chromedriver (W3C WebDriver,
//! spoken here over plain HTTP), against the server on a loopback port, on a store of the
//! example articles plus a hostile one. Screenshots go to `target/e2e/`.
//!
//! Skips with a message when Chromium or chromedriver is missing, unless
//! `MARSAD_E2E_REQUIRED=1` (as in `.ci/run`), where a missing browser fails.
//! `MARSAD_CHROMIUM` and `MARSAD_CHROMEDRIVER` override the binaries' paths.

mod common;

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find_binary(var: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(var) {
        return Some(PathBuf::from(p)).filter(|p| p.exists());
    }
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

/// A blocking HTTP/1.1 request with a JSON body; returns (status, JSON), or the I/O error
/// (a read that waits longer than `timeout` is one).
fn try_http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&Value>,
    timeout: Duration,
) -> std::io::Result<(u16, Value)> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(timeout))?;
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes())?;
    // Read the head, then Content-Length bytes (chromedriver may keep the connection open).
    let mut buf = Vec::new();
    let mut chunk = [0u8; 65536];
    loop {
        let n = s.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(h) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..h]).to_ascii_lowercase();
            let len = head.lines().find_map(|l| {
                l.strip_prefix("content-length:")
                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
            });
            if let Some(len) = len {
                if buf.len() >= h + 4 + len {
                    break;
                }
            }
        }
    }
    let (status, text) = common::parse_response(&buf);
    Ok((status, serde_json::from_str(&text).unwrap_or(Value::Null)))
}

/// `try_http` with a 60-s read timeout, panicking on an I/O error.
fn http(addr: SocketAddr, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
    try_http(addr, method, path, body, Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

struct Driver {
    addr: SocketAddr,
    session: String,
    process: Child,
    base: String,
    out: PathBuf,
}

impl Driver {
    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, v) = http(
            self.addr,
            method,
            &format!("/session/{}{path}", self.session),
            body.as_ref(),
        );
        assert_eq!(status, 200, "webdriver {method} {path}: {v}");
        v["value"].clone()
    }
    fn go(&self, path: &str) {
        self.cmd(
            "POST",
            "/url",
            Some(json!({"url": format!("{}{path}", self.base)})),
        );
    }
    fn js(&self, script: &str) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }
    /// Poll `script` (returning a value) until `ok` holds, at most 15 s.
    fn wait(&self, what: &str, script: &str, ok: impl Fn(&Value) -> bool) -> Value {
        let t = Instant::now();
        loop {
            let v = self.js(script);
            if ok(&v) {
                return v;
            }
            if t.elapsed() > Duration::from_secs(15) {
                self.shot("timeout");
                panic!(
                    "timed out waiting for {what}; last value {v}; page: {}",
                    self.js("return document.body.innerText.slice(0, 800)")
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    fn count(&self, css: &str) -> i64 {
        self.js(&format!(
            "return document.querySelectorAll({}).length",
            json!(css)
        ))
        .as_i64()
        .unwrap_or(0)
    }
    fn click(&self, css: &str) {
        let v = self.cmd(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        );
        let id = v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string();
        self.cmd("POST", &format!("/element/{id}/click"), Some(json!({})));
    }
    fn text(&self, css: &str) -> String {
        self.js(&format!(
            "const e = document.querySelector({}); return e ? e.textContent : null",
            json!(css)
        ))
        .as_str()
        .unwrap_or_default()
        .to_string()
    }
    fn shot(&self, name: &str) -> PathBuf {
        let b64 = self.cmd("GET", "/screenshot", None);
        let png = base64_decode(b64.as_str().unwrap_or_default());
        let path = self.out.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        eprintln!("e2e: screenshot {}", path.display());
        path
    }
    fn not_pwned(&self, page: &str) {
        let v = self.js("return [typeof window.__pwned, document.querySelectorAll('img, iframe, object, embed, #main script, #main b, a[href^=\"javascript\"]').length]");
        assert_eq!(
            v,
            json!(["undefined", 0]),
            "{page}: markup from the data ran or was parsed"
        );
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Ends Chromium; never panics here (this also runs while a failed test unwinds).
        let (addr, path) = (self.addr, format!("/session/{}", self.session));
        let _ = std::panic::catch_unwind(move || http(addr, "DELETE", &path, None));
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Chromium's first start on a fresh machine can stall (font caches are built, the disk is
/// cold), and a stalled start leaves chromedriver's new-session request unanswered. So a
/// session gets three tries, each with its own chromedriver, profile and log; the logs stay
/// in `target/e2e/` and the last one's tail is printed when every try fails.
fn start_driver(
    chromium: &PathBuf,
    chromedriver: &PathBuf,
    base: String,
    out: PathBuf,
    profile: &std::path::Path,
) -> Driver {
    const TRIES: usize = 3;
    let mut failures = Vec::new();
    for attempt in 1..=TRIES {
        let log = out.join(format!("chromedriver-{attempt}.log"));
        let profile = profile.with_file_name(format!(
            "{}-{attempt}",
            profile.file_name().unwrap().to_string_lossy()
        ));
        match try_start_driver(chromium, chromedriver, &profile, &log) {
            Ok((addr, session, process)) => {
                return Driver {
                    addr,
                    session,
                    process,
                    base,
                    out,
                }
            }
            Err(e) => {
                eprintln!("e2e: browser session, try {attempt} of {TRIES}: {e}");
                failures.push(format!("try {attempt}: {e}"));
            }
        }
    }
    let log = out.join(format!("chromedriver-{TRIES}.log"));
    let tail = std::fs::read_to_string(&log).unwrap_or_default();
    let tail: Vec<&str> = tail.lines().rev().take(30).collect();
    panic!(
        "no browser session after {TRIES} tries ({}); end of {}:\n{}",
        failures.join("; "),
        log.display(),
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    );
}

/// One chromedriver and one new session; on failure the chromedriver is stopped.
fn try_start_driver(
    chromium: &PathBuf,
    chromedriver: &PathBuf,
    profile: &std::path::Path,
    log: &std::path::Path,
) -> Result<(SocketAddr, String, Child), String> {
    let port = free_port();
    let mut process = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .arg(format!("--log-path={}", log.display()))
        // No D-Bus here: Chromium would wait on each call to it before giving up.
        .env("DBUS_SESSION_BUS_ADDRESS", "disabled:")
        .env("DBUS_SYSTEM_BUS_ADDRESS", "disabled:")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group, so a failed try can stop the Chromium it started too.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("start chromedriver: {e}"))?;
    let result = new_session(port, chromium, profile);
    if result.is_err() {
        let _ = Command::new("kill")
            .args(["-KILL", &format!("-{}", process.id())])
            .status();
        let _ = process.kill();
        let _ = process.wait();
    }
    result.map(|(addr, session)| (addr, session, process))
}

fn new_session(
    port: u16,
    chromium: &PathBuf,
    profile: &std::path::Path,
) -> Result<(SocketAddr, String), String> {
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let t = Instant::now();
    while TcpStream::connect(addr).is_err() {
        if t.elapsed() > Duration::from_secs(30) {
            return Err("chromedriver did not listen within 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let caps = json!({"capabilities": {"alwaysMatch": {
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=ar",
                     format!("--user-data-dir={}", profile.display())]
        }
    }}});
    // chromedriver gives Chromium 60 s to start; wait a little longer for its answer.
    let (status, v) = try_http(
        addr,
        "POST",
        "/session",
        Some(&caps),
        Duration::from_secs(90),
    )
    .map_err(|e| format!("new session: no answer ({e})"))?;
    if status != 200 {
        let why = v["value"]["message"]
            .as_str()
            .map_or(v.to_string(), str::to_string);
        return Err(format!("new session: HTTP {status}: {why}"));
    }
    let session = v["value"]["sessionId"]
        .as_str()
        .ok_or_else(|| format!("new session: no session id in {v}"))?;
    Ok((addr, session.to_string()))
}

#[test]
fn pages_in_headless_chromium() {
    let required = std::env::var("MARSAD_E2E_REQUIRED").is_ok_and(|v| v == "1");
    let chromium = find_binary(
        "MARSAD_CHROMIUM",
        &[
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
        ],
    );
    let chromedriver = find_binary(
        "MARSAD_CHROMEDRIVER",
        &["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"],
    );
    let (Some(chromium), Some(chromedriver)) = (chromium, chromedriver) else {
        let msg = "e2e: SKIPPED: no Chromium or chromedriver here (apt-get install -y chromium chromium-driver, or set MARSAD_CHROMIUM and MARSAD_CHROMEDRIVER)";
        assert!(
            !required,
            "{msg}; MARSAD_E2E_REQUIRED=1 makes this a failure"
        );
        eprintln!("{msg}");
        return;
    };

    // The store: examples, the hostile article, and a hostile actor name for the network.
    let fx = common::fixture("marsad-server-e2e");
    {
        let c = rusqlite::Connection::open(&fx.db).unwrap();
        c.execute("UPDATE actors SET entity = '<img src=x onerror=window.__pwned=10>' WHERE code = 'IRNGOV'", []).unwrap();
    }
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("e2e");
    std::fs::create_dir_all(&out).unwrap();

    // The server, in the background on its own runtime.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let addr = rt.block_on(common::spawn(marsad_server::Config::new(fx.db.clone())));
    let base = format!("http://{addr}");
    let api = |path: &str| -> Value {
        let (s, v) = http(addr, "GET", path, None);
        assert_eq!(s, 200, "{path}: {v}");
        v
    };
    let id_of = |ext: &str| {
        api(&format!("/api/articles?ext_id={ext}"))["items"][0]["article"]
            .as_i64()
            .unwrap()
    };

    let profile = fx.dir.join("chromium-profile");
    let d = start_driver(&chromium, &chromedriver, base, out.clone(), &profile);

    // --- article view: highlights, quote list, selecting a quote shows its speaker
    let id = id_of("example-1");
    let article = api(&format!("/api/articles/{id}"));
    d.go(&format!("/article/{id}"));
    d.wait(
        "the quote list",
        "return document.querySelectorAll('#quote-list li').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    assert_eq!(d.js("return document.documentElement.dir"), "rtl");
    let (m, q, t) = (
        d.count("#text .ann.mention"),
        d.count("#text .ann.quote"),
        d.count("#text .ann.trigger"),
    );
    assert!(
        m > 0 && q > 0 && t > 0,
        "highlights: {m} mention, {q} quote, {t} trigger pieces"
    );
    assert_eq!(
        d.count("#quote-list li") as usize,
        article["quotes"].as_array().unwrap().len()
    );
    assert_eq!(
        d.count("#event-list li") as usize,
        article["events"].as_array().unwrap().len()
    );
    // the text is the article's text, unchanged
    assert_eq!(d.text("#text"), article["text"].as_str().unwrap());
    let (qi, first_named) = article["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .find(|(_, q)| q["speaker"].is_object())
        .expect("a quote with a speaker");
    let want = first_named["speaker"]["entity"]
        .as_str()
        .or(first_named["speaker"]["text"].as_str())
        .unwrap()
        .to_string();
    d.click(&format!("#quote-list li[data-idx=\"{qi}\"]"));
    let shown = d.text("#detail-speaker");
    assert_eq!(shown, want, "selecting a quote shows its speaker");
    assert!(
        d.count("#text .ann.quote.sel") > 0,
        "the selected quote is marked in the text"
    );
    d.shot("article-quote-selected");
    // clicking a mention shows its code and rule
    let mention = article["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["actor"].is_string())
        .unwrap()
        .clone();
    d.click(&format!(
        "#text .ann.mention[data-start=\"{}\"]",
        mention["start"]
    ));
    let details = d.text("#details");
    assert!(
        details.contains(mention["actor"].as_str().unwrap())
            && details.contains(mention["rule"].as_str().unwrap()),
        "{details}"
    );
    // clicking an event in the side list shows its CAMEO code and confidence
    d.click("#event-list li");
    let details = d.text("#details");
    let ev = &article["events"][0];
    assert!(
        details.contains(ev["type"].as_str().unwrap())
            && details.contains(&format!("{:.2}", ev["confidence"].as_f64().unwrap())),
        "{details}"
    );
    d.shot("article-event-selected");

    // --- the hostile article: every field is inert text
    let evil = id_of(common::EVIL_ID);
    d.go(&format!("/article/{evil}"));
    d.wait(
        "the hostile article",
        "return document.querySelector('#text') ? 1 : 0",
        |v| v == 1,
    );
    d.not_pwned("article view");
    assert_eq!(d.text("#text"), common::EVIL_TEXT);
    assert!(d
        .text("#title")
        .contains("<script>window.__pwned=6</script>"));
    assert_eq!(d.count("a[href^='javascript']"), 0);
    // hover and click everything once: no handler from the data may run
    d.js("document.querySelectorAll('#text .ann').forEach(e => { e.dispatchEvent(new MouseEvent('mouseenter')); e.click(); }); return 0");
    d.click("#quote-list li");
    d.not_pwned("article view after clicks");
    d.shot("hostile-article");

    // --- search: snippets of the hostile article are text
    d.go("/?q=%D8%A8%D8%A7%D9%84%D8%B1%D8%AF");
    d.wait(
        "search hits",
        "return document.querySelectorAll('#hits li').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    assert!(d.count("#hits mark") > 0, "highlighted snippet words");
    assert!(
        d.text("#hits").contains("<b onmouseover="),
        "the markup shows as text"
    );
    d.not_pwned("search snippets");
    d.shot("search-hostile");
    d.go("/?q=%D8%A7%D9%84%D9%85%D9%81%D8%A7%D9%88%D8%B6%D8%A7%D8%AA");
    d.wait(
        "search hits",
        "return document.querySelectorAll('#hits li').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    d.shot("search");

    // --- network: nodes drawn, hostile label inert, an edge leads to its evidence
    d.go("/network");
    d.wait(
        "network nodes",
        "return document.querySelectorAll('#net circle.node').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    let nodes = d.count("#net circle.node");
    let edges = d.count("#net path.edge");
    assert!(nodes >= 4 && edges >= 1, "{nodes} nodes, {edges} edges");
    let labels = d.js("return [...document.querySelectorAll('#net text.label')].map(t => t.textContent).join(' ')");
    assert!(
        labels.as_str().unwrap().contains("<img src=x"),
        "hostile actor name shows as text: {labels}"
    );
    d.not_pwned("network");
    assert_eq!(d.count("#net image, #net foreignObject"), 0);
    d.shot("network");
    d.js("document.querySelector('#net path.edge').dispatchEvent(new MouseEvent('click', {bubbles: true})); return 0");
    d.wait(
        "edge evidence",
        "return document.querySelectorAll('#evidence li').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    assert!(
        d.count("#evidence a[href^='/article/']") > 0,
        "evidence links to articles"
    );
    d.shot("network-edge-evidence");

    // --- actor and speaker pages
    d.go("/actor/USAGOV");
    d.wait(
        "actor chart",
        "return document.querySelectorAll('#chart rect').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    assert!(d.count("#partners tr") > 1, "partners table");
    d.not_pwned("actor page");
    d.shot("actor");
    d.go("/speaker");
    d.wait(
        "speakers",
        "return document.querySelectorAll('#speakers tr').length",
        |v| v.as_i64().unwrap_or(0) > 1,
    );
    d.click("#speakers tr:nth-child(2) a");
    d.wait(
        "a speaker's quotes",
        "return document.querySelectorAll('#quotes li').length",
        |v| v.as_i64().unwrap_or(0) > 0,
    );
    d.shot("speaker");
    drop(d);
    rt.shutdown_background();
}
