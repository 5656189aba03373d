//! End-to-end runs of the `marsad` binary on fixture and adversarial input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn marsad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = marsad()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn marsad");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn analyzes_the_bundled_examples_in_input_order() {
    let root = repo_root();
    let out = marsad()
        .arg("analyze")
        .arg(root.join("examples/articles.jsonl"))
        .arg(root.join("examples/envoy-briefing.txt"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = lines(&out);
    let ids: Vec<&str> = v.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["example-1", "example-2", "example-3", "envoy-briefing"]);
    for a in &v {
        assert_eq!(a["format"], "marsad/1");
        for key in ["paragraphs", "sentences", "mentions", "quotes", "events", "diagnostics"] {
            assert!(a[key].is_array(), "{key} missing");
        }
        assert!(!a["sentences"].as_array().unwrap().is_empty());
    }
    assert_eq!(v[3]["date"], serde_json::Value::Null);
}

#[test]
fn paragraph_and_sentence_offsets_are_code_points() {
    let text = "قال الوزير إن «الوضع صعب. لكننا سنواصل». ثم غادر.\nوأضاف: نعم.";
    let line = serde_json::json!({"id": "x", "text": text}).to_string();
    let out = run_with_stdin(&["analyze", "-"], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let a = &lines(&out)[0];
    let chars: Vec<char> = text.chars().collect();
    let slice = |v: &serde_json::Value| -> String {
        let (s, e) = (v[0].as_u64().unwrap() as usize, v[1].as_u64().unwrap() as usize);
        chars[s..e].iter().collect()
    };
    let paras: Vec<String> = a["paragraphs"].as_array().unwrap().iter().map(slice).collect();
    assert_eq!(paras, ["قال الوزير إن «الوضع صعب. لكننا سنواصل». ثم غادر.", "وأضاف: نعم."]);
    let sents: Vec<String> = a["sentences"].as_array().unwrap().iter().map(slice).collect();
    assert_eq!(sents[0], "قال الوزير إن «الوضع صعب. لكننا سنواصل».");
}

#[test]
fn txt_input_takes_id_from_stem_and_date_from_flag() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "story-7.txt", "قال الرئيس إن الاتفاق نهائي.".as_bytes());
    let out = marsad().args(["analyze", "--date", "2018-12-20"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    let a = &lines(&out)[0];
    assert_eq!(a["id"], "story-7");
    assert_eq!(a["date"], "2018-12-20");
}

#[test]
fn bad_date_flag_is_refused() {
    let out = marsad().args(["analyze", "--date", "20/12/2018", "-"]).output().unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}

#[test]
fn malformed_lines_are_reported_with_line_numbers_and_the_run_goes_on() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"نص أول.\"}\n",
        "{this is not json\n",
        "{\"id\":\"b\"}\n",
        "{\"id\":\"c\",\"text\":\"\"}\n",
        "{\"id\":\"d\",\"text\":\"نص أخير.\"}\n",
    );
    let out = run_with_stdin(&["analyze", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(3), "exit 3 when something was skipped");
    let ids: Vec<String> = lines(&out).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["a", "c", "d"]);
    let err = stderr(&out);
    assert!(err.contains("-:2: malformed JSON"), "{err}");
    assert!(err.contains("-:3: missing \"text\""), "{err}");
    assert!(err.contains("empty article text"), "{err}");
}

#[test]
fn invalid_utf8_and_nul_bytes_are_kept_and_reported() {
    let mut input = b"{\"id\":\"u\",\"text\":\"\xd9\x86\xff\xfe \\u0000 \xd8\xb5.\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\":\"n\",\"text\":\"a\\u0000b. c\"}\n");
    let out = run_with_stdin(&["analyze", "-"], &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 2);
    assert!(stderr(&out).contains("-:1 (id u): invalid UTF-8"));
}

#[test]
fn truncated_gzip_keeps_what_was_read_and_exits_3() {
    use flate2::{write::GzEncoder, Compression};
    let dir = tempfile::tempdir().unwrap();
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    for i in 0..3000 {
        writeln!(enc, "{{\"id\":\"{i}\",\"text\":\"خبر رقم {i}. {}\"}}", "كلمة ".repeat(i % 40)).unwrap();
    }
    let gz = enc.finish().unwrap();
    let p = write(dir.path(), "cut.jsonl.gz", &gz[..gz.len() * 2 / 3]);
    let out = marsad().arg("analyze").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let n = lines(&out).len();
    assert!(n > 1000 && n < 3000, "kept {n}");
    assert!(stderr(&out).contains("read error"));
}

#[test]
fn a_50_mb_single_line_article_is_analysed() {
    let unit = "الوضع مستقر في المنطقة. ";
    let text = unit.repeat(50_000_000 / unit.len() + 1);
    assert!(text.len() > 50_000_000);
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let out = run_with_stdin(&["analyze", "-"], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let a = &lines(&out)[0];
    assert_eq!(a["id"], "big");
    assert!(a["sentences"].as_array().unwrap().len() >= 1_000_000);
}

#[test]
fn output_dash_is_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let out = marsad().current_dir(dir.path()).args(["analyze", "-q", "-o", "-"]).arg(repo_root().join("examples/articles.jsonl")).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 3);
    assert!(!dir.path().join("-").exists() && !dir.path().join("-.part").exists());
}

#[test]
fn output_file_is_complete_and_no_part_file_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.jsonl");
    let out = marsad()
        .args(["analyze", "-q", "-o"])
        .arg(&out_path)
        .arg(repo_root().join("examples/articles.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(&out_path).unwrap().lines().count(), 3);
    assert!(!dir.path().join("out.jsonl.part").exists());
}

#[test]
fn unknown_input_type_and_missing_file_are_clear_errors() {
    let out = marsad().args(["analyze", "notes.pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("notes.pdf: unknown input type"));
    let out = marsad().args(["analyze", "no-such-file.jsonl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("no-such-file.jsonl: cannot open"));
}

#[test]
fn segment_writes_one_line_per_input_line() {
    let out = run_with_stdin(&["segment"], "وبالعراق قال للدولة\n\nhello 2018\n".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let s = String::from_utf8(out.stdout).unwrap();
    let got: Vec<&str> = s.lines().collect();
    assert_eq!(got, ["و+ب+ال+عراق قال ل+ال+دولة", "", "hello 2018"]);
}

#[cfg(unix)]
#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    use std::os::fd::FromRawFd;
    // stdout is a pipe whose reading end is already closed: every write fails at once.
    let mut fds = [0; 2];
    // SAFETY: pipe() fills two new descriptors; each is owned exactly once below.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    unsafe { libc::close(fds[0]) };
    let write_end = unsafe { std::fs::File::from_raw_fd(fds[1]) };
    let out = marsad().args(["dict", "stats"]).stdout(Stdio::from(write_end)).stderr(Stdio::piped()).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_dict_directory_recodes_and_removes_event_triggers() {
    let dir = tempfile::tempdir().unwrap();
    let text = "قصفت الطائرات الإسرائيلية مواقع للجيش السوري في ريف دمشق.";
    let p = write(dir.path(), "raid.txt", text.as_bytes());
    let types = |dict: Option<&Path>| -> Vec<String> {
        let mut cmd = marsad();
        cmd.args(["analyze", "--date", "2018-05-10"]);
        if let Some(d) = dict {
            cmd.arg("--dict").arg(d);
        }
        let out = cmd.arg(&p).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        lines(&out)[0]["events"].as_array().unwrap().iter().map(|e| e["type"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(types(None), ["ASSAULT"]);
    let recode = tempfile::tempdir().unwrap();
    write(recode.path(), "events.tsv", "type\tcameo\tkind\tlemma\timperfect\trecipient\nCOERCE\t170\tverb\tقصف\tيقصف\tobj\n".as_bytes());
    assert_eq!(types(Some(recode.path())), ["COERCE"]);
    let remove = tempfile::tempdir().unwrap();
    write(remove.path(), "events.tsv", "type\tkind\tlemma\n-\tverb\tقصف\n".as_bytes());
    assert!(types(Some(remove.path())).is_empty());
}
