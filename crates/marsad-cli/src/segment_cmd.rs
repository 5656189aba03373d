//! `marsad segment`: clitic segmentation, line by line, streaming.

use anyhow::{Context, Result};
use marsad_text::segment::Segmenter;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;

pub fn run(input: &Path) -> Result<()> {
    let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        let f = File::open(input).with_context(|| format!("{}: cannot open", input.display()))?;
        Box::new(BufReader::new(f))
    };
    let segmenter = Segmenter::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut buf = Vec::new();
    let mut reader = reader;
    let mut line_no = 0u64;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .with_context(|| format!("{}: read error after line {line_no}", input.display()))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line = String::from_utf8_lossy(&buf);
        if let std::borrow::Cow::Owned(_) = line {
            eprintln!("marsad: warning: {}:{line_no}: invalid UTF-8 replaced with U+FFFD", input.display());
        }
        let line = line.trim_end_matches(['\n', '\r']);
        let segmented = segmenter.segment_line(line);
        if let Err(e) = writeln!(out, "{segmented}") {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e).context("writing output");
        }
    }
    out.flush().or_else(|e| if e.kind() == io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) })?;
    Ok(())
}
