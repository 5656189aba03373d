//! Expanding command-line inputs: files as given, directories recursively.
//!
//! Symbolic links are followed (archives are often assembled from links), so a directory
//! loop is possible: each directory is identified by its canonical path, and one already
//! on the way down is reported as a loop and not entered again. Only regular files are
//! read: a FIFO would block the run forever and a device is not an article, so both are
//! reported. Files in directories whose type marsad does not read are counted, not
//! reported one by one (a crawl directory holds images and CSS).

use crate::InputKind;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The inputs to read, and what could not be read.
#[derive(Debug, Default)]
pub struct Walk {
    /// Files to read, in a stable order: as given, directory entries sorted by name.
    pub files: Vec<PathBuf>,
    /// `(path, reason)` for every input that cannot be read.
    pub problems: Vec<(String, String)>,
    /// Files inside directories passed over because their type is not one marsad reads.
    pub ignored: u64,
}

/// Expand `paths` (files, directories, or `-` for stdin).
pub fn expand(paths: &[PathBuf]) -> Walk {
    let mut w = Walk::default();
    let mut seen_files = HashSet::new();
    let mut seen_dirs = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            w.files.push(p.clone());
            continue;
        }
        visit(p, true, &mut Vec::new(), &mut seen_dirs, &mut seen_files, &mut w);
    }
    w
}

fn visit(
    p: &Path,
    explicit: bool,
    ancestors: &mut Vec<PathBuf>,
    seen_dirs: &mut HashSet<PathBuf>,
    seen_files: &mut HashSet<PathBuf>,
    w: &mut Walk,
) {
    let shown = p.display().to_string();
    // metadata() follows links: a dangling link fails here and is reported.
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            let what = if std::fs::symlink_metadata(p).map(|m| m.file_type().is_symlink()).unwrap_or(false) {
                format!("dangling symbolic link: {e}")
            } else {
                format!("cannot read: {e}")
            };
            w.problems.push((shown, what));
            return;
        }
    };
    let canonical = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if meta.is_dir() {
        if ancestors.contains(&canonical) {
            w.problems.push((shown, format!("directory loop (symbolic link back to {}); not followed", canonical.display())));
            return;
        }
        if !seen_dirs.insert(canonical.clone()) {
            return; // reached twice through links: read once
        }
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                w.problems.push((shown, format!("cannot list directory: {e}")));
                return;
            }
        };
        entries.sort();
        ancestors.push(canonical);
        for e in entries {
            visit(&e, false, ancestors, seen_dirs, seen_files, w);
        }
        ancestors.pop();
    } else if meta.is_file() {
        if InputKind::of(p).is_err() {
            if explicit {
                w.problems.push((shown, "unknown input type (expected .txt, .jsonl, .jsonl.gz, .html, .htm, .warc or .warc.gz)".into()));
            } else {
                w.ignored += 1;
            }
            return;
        }
        if seen_files.insert(canonical) {
            w.files.push(p.to_path_buf());
        }
    } else {
        w.problems.push((shown, "not a regular file (FIFO, socket or device); not read".into()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn recursion_loops_fifos_and_dangling_links_are_reported() {
        let d = std::env::temp_dir().join(format!("marsad-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("a/b")).unwrap();
        std::fs::write(d.join("a/x.txt"), "نص").unwrap();
        std::fs::write(d.join("a/b/y.jsonl"), "").unwrap();
        std::fs::write(d.join("a/b/z.png"), "").unwrap();
        std::os::unix::fs::symlink(d.join("a"), d.join("a/b/loop")).unwrap();
        std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("a/dangling.txt")).unwrap();
        let fifo = d.join("a/pipe.txt");
        let ok = std::process::Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
        let w = expand(&[d.join("a")]);
        let names: Vec<_> = w.files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["y.jsonl", "x.txt"]);
        assert_eq!(w.ignored, 1);
        let reasons: Vec<_> = w.problems.iter().map(|(_, r)| r.as_str()).collect();
        assert!(reasons.iter().any(|r| r.contains("loop")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.contains("dangling")), "{reasons:?}");
        if ok {
            assert!(reasons.iter().any(|r| r.contains("not a regular file")), "{reasons:?}");
        }
        let _ = std::fs::remove_dir_all(&d);
    }
}
