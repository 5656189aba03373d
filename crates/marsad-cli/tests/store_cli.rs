//! End-to-end runs of `marsad ingest` and the store queries: interruption by SIGKILL,
//! adversarial input, refusal of foreign databases, search and export through the CLI.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn marsad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
}

fn run(args: &[&str]) -> Output {
    marsad().args(args).output().expect("spawn marsad")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// `n` distinct short Arabic articles (every 10th repeats an earlier text from another
/// source: a cross-outlet duplicate).
fn corpus(n: usize) -> (Vec<u8>, usize) {
    let words = ["الحكومة", "الرئيس", "وزير", "الخارجية", "العراق", "سوريا", "المفاوضات", "الأمم", "المتحدة", "مجلس", "الأمن", "بغداد", "دمشق", "اجتماع", "قال", "أعلن"];
    let mut out = Vec::new();
    let mut distinct = 0;
    for i in 0..n {
        let k = if i % 10 == 9 { i - 5 } else { i };
        if k == i {
            distinct += 1;
        }
        let mut text = format!("الخبر رقم {k}. ");
        for j in 0..40 {
            text.push_str(words[(k * 7 + j * 3) % words.len()]);
            text.push(' ');
        }
        text.push_str("وقال وزير الخارجية إن «الحكومة ملتزمة بالحل السياسي».");
        let line = serde_json::json!({"id": format!("a{i}"), "source": format!("s{}", i % 3), "date": format!("2019-0{}-1{}", 1 + i % 9, i % 10), "text": text});
        writeln!(out, "{line}").unwrap();
    }
    (out, distinct)
}

fn count(db: &Path, sql: &str) -> i64 {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    c.busy_timeout(Duration::from_secs(10)).unwrap();
    c.query_row(sql, [], |r| r.get(0)).unwrap_or(-1)
}

#[cfg(unix)]
#[test]
fn sigkill_mid_ingest_then_rerun_leaves_a_consistent_complete_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("c.jsonl");
    let (bytes, distinct) = corpus(1600);
    std::fs::write(&input, bytes).unwrap();
    let db = dir.path().join("m.db");
    let args = ["ingest", input.to_str().unwrap(), "--db", db.to_str().unwrap(), "-q"];
    let mut child = marsad().args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // Kill as soon as the first batch is committed (before the last one is).
    let started = Instant::now();
    let mut killed_mid_run = false;
    loop {
        if let Some(_status) = child.try_wait().unwrap() {
            break;
        }
        if db.exists() {
            let n = count(&db, "SELECT count(*) FROM sources");
            if n > 0 {
                child.kill().unwrap(); // SIGKILL
                child.wait().unwrap();
                killed_mid_run = n < 1600;
                break;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(120), "ingest did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    eprintln!("killed mid-run: {killed_mid_run}");
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let c = rusqlite::Connection::open(&db).unwrap();
    let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let fk: i64 = c.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 0);
    assert_eq!(count(&db, "SELECT count(*) FROM sources"), 1600, "every delivery present once");
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), distinct as i64, "every text once");
    assert_eq!(count(&db, "SELECT count(*) FROM (SELECT ext_id FROM articles GROUP BY text_hash HAVING count(*) > 1)"), 0);
    for orphan in [
        "SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)",
        "SELECT count(*) FROM quotes WHERE article NOT IN (SELECT id FROM articles)",
        "SELECT count(*) FROM events WHERE article NOT IN (SELECT id FROM articles)",
        "SELECT count(*) FROM event_parties WHERE event NOT IN (SELECT id FROM events)",
        "SELECT count(*) FROM sources WHERE article NOT IN (SELECT id FROM articles)",
        "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM sources)",
        "SELECT count(*) FROM article_fts WHERE rowid NOT IN (SELECT id FROM articles)",
    ] {
        assert_eq!(count(&db, orphan), 0, "{orphan}");
    }
    // Every article is searchable (its index row was written with it).
    assert_eq!(count(&db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'stems : حكومه'"), distinct as i64);
    // A third run adds nothing.
    let o = run(&args[..4]);
    assert!(stderr(&o).contains(" 0 ingested"), "{}", stderr(&o));
    assert!(stderr(&o).contains("1600 already stored"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn bad_inputs_are_reported_and_the_rest_is_ingested() {
    use flate2::{write::GzEncoder, Compression};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    let good = "قال وزير الخارجية العراقي إن الحكومة ستعقد اجتماعا مع الجانب التركي الأسبوع المقبل لبحث ملف المياه.";
    std::fs::write(d.join("good.jsonl"), format!("{{\"id\":\"g1\",\"text\":\"{good}\"}}\n{{not json\n{{\"id\":\"g2\",\"text\":\"{good} وأضاف.\"}}\n")).unwrap();
    // Invalid UTF-8: kept with a warning.
    let mut bad = "نص فيه بايت غير صالح ".as_bytes().to_vec();
    bad.extend([0xff, 0xfe]);
    std::fs::write(d.join("sub/bad-utf8.txt"), bad).unwrap();
    // Truncated gzip: the lines before the damage are kept.
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    for i in 0..300 {
        writeln!(e, "{{\"id\":\"z{i}\",\"text\":\"{good} رقم {i} {}\"}}", "ك".repeat(i % 37)).unwrap();
    }
    let gz = e.finish().unwrap();
    std::fs::write(d.join("trunc.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    // WARC: a record with a wrong Content-Length between two good ones.
    let page = |n: usize| {
        format!("<html dir=\"rtl\"><head><title>خبر {n}</title></head><body><nav>الرئيسية</nav><article><p>{good} الخبر {n}.</p><p>{good}</p></article></body></html>")
    };
    let mut w = marsad_io::warc::build::html_response("https://w.example/1", &page(1), 0);
    w.extend(marsad_io::warc::build::html_response("https://w.example/2", &page(2), 30));
    w.extend(marsad_io::warc::build::html_response("https://w.example/3", &page(3), 0));
    std::fs::write(d.join("crawl.warc"), w).unwrap();
    // HTML without an article.
    std::fs::write(d.join("nav.html"), "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>").unwrap();
    // A 200 MB file (sparse: the size is what matters).
    std::fs::File::create(d.join("huge.txt")).unwrap().set_len(200 << 20).unwrap();
    // A directory loop, a dangling link and a FIFO ("unreadable": tests run as root, so a
    // permission-denied file would be read; these fail in other ways).
    std::os::unix::fs::symlink(&d, d.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("dangling.txt")).unwrap();
    let fifo_made = Command::new("mkfifo").arg(d.join("pipe.jsonl")).status().map(|s| s.success()).unwrap_or(false);

    let db = dir.path().join("m.db");
    let o = run(&["ingest", d.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    for needle in [
        "good.jsonl:2: malformed JSON",
        "invalid UTF-8",
        "trunc.jsonl.gz",
        "read error",
        "crawl.warc (record 2",
        "Content-Length",
        "nav.html: no article",
        "huge.txt: file is 209.7 MB, over the 67.1 MB limit",
        "directory loop",
        "dangling symbolic link",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    if fifo_made {
        assert!(err.contains("pipe.jsonl: not a regular file"), "{err}");
    }
    let articles = count(&db, "SELECT count(*) FROM sources");
    let z = count(&db, "SELECT count(*) FROM sources WHERE ext_id LIKE 'z%'");
    assert!(z > 50 && z < 300, "truncated gzip kept {z}");
    assert_eq!(articles, 2 + 1 + z + 2, "g1 g2, bad-utf8, z*, two WARC pages");
    assert_eq!(count(&db, "SELECT count(*) FROM sources WHERE ext_id LIKE 'https://w.example/%'"), 2);
    assert!(err.contains("skipped"), "{err}");
}

#[test]
fn foreign_database_is_refused_and_not_modified() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.db");
    std::fs::write(&db, "my notes, not a database\n".repeat(50)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let input = examples().join("articles.jsonl");
    let o = run(&["ingest", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a marsad database"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    let o = run(&["search", "x", "--db", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a marsad database"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn ingest_search_query_and_export_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let dbs = db.to_str().unwrap();
    let ex = examples();
    let (a, b) = (ex.join("articles.jsonl"), ex.join("envoy-briefing.txt"));
    let o = run(&["ingest", a.to_str().unwrap(), b.to_str().unwrap(), "--db", dbs]);
    assert!(o.status.success(), "{}", stderr(&o));
    // envoy-briefing.txt is the text of one of the JSONL examples: stored once, two sources.
    assert!(stderr(&o).contains("3 ingested, 1 duplicate texts"), "{}", stderr(&o));
    let o = run(&["ingest", a.to_str().unwrap(), b.to_str().unwrap(), "--db", dbs]);
    assert!(stderr(&o).contains(" 0 ingested") && stderr(&o).contains("4 already stored"), "{}", stderr(&o));

    let o = run(&["search", "المفاوضات", "--db", dbs, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert!(!hits.is_empty());
    assert!(hits[0]["snippet"].as_str().unwrap().contains('['));

    for q in [
        vec!["events", "--actor", "SYR", "--quad", "3"],
        vec!["quotes", "--speaker", "IGO"],
        vec!["actors", "--per", "month", "-n", "3"],
        vec!["dyads", "USA", "SYR", "--per", "week", "--both"],
    ] {
        let mut args = q.clone();
        args.extend(["--db", dbs, "--format", "csv"]);
        let o = run(&args);
        assert!(o.status.success(), "{q:?}: {}", stderr(&o));
        let mut r = csv::Reader::from_reader(&o.stdout[..]);
        assert!(!r.headers().unwrap().is_empty());
        assert!(r.records().all(|x| x.is_ok()));
    }
    let o = run(&["actors", "--db", dbs]);
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("actor"));

    let out = dir.path().join("articles.csv");
    let o = run(&["export", "articles", "--db", dbs, "--format", "csv", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut r = csv::Reader::from_path(&out).unwrap();
    assert_eq!(r.records().count(), 3);
    let o = run(&["export", "mentions", "--db", dbs, "--format", "jsonl"]);
    let n = String::from_utf8_lossy(&o.stdout).lines().count() as i64;
    assert_eq!(n, count(&db, "SELECT count(*) FROM mentions"));

    // reanalyze with the same dictionaries has nothing to do; --all redoes everything.
    let o = run(&["reanalyze", "--db", dbs]);
    assert!(stderr(&o).contains("reanalysed 0 articles"), "{}", stderr(&o));
    let m = count(&db, "SELECT count(*) FROM mentions");
    let o = run(&["reanalyze", "--db", dbs, "--all"]);
    assert!(stderr(&o).contains("reanalysed 3 articles"), "{}", stderr(&o));
    assert_eq!(count(&db, "SELECT count(*) FROM mentions"), m);
}

/// Benchmark (ignored; run with `cargo test --release -p marsad-cli --test store_cli -- --ignored --nocapture`):
/// ingest the whole shared corpus, then again. Skips when `../shared` is absent.
#[test]
#[ignore]
fn bench_whole_corpus_ingest() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ant-v2.1.jsonl.gz");
    if !corpus.exists() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ant.db");
    for pass in ["first", "second"] {
        let t = Instant::now();
        let o = run(&["ingest", corpus.to_str().unwrap(), "--db", db.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        eprintln!("{pass} run: {:.1} s wall\n{}", t.elapsed().as_secs_f64(), stderr(&o));
    }
    assert_eq!(count(&db, "SELECT count(*) FROM sources"), 31476);
}
