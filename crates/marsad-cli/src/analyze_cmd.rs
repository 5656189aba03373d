//! `marsad analyze`: read articles, analyse them in parallel, write JSONL in input order.
//!
//! Shape: one reader thread streams records in batches through a bounded channel; the main
//! thread cuts each batch into chunks, analyses the chunks with rayon (each worker runs a
//! chunk stage by stage, `Analyzer::analyze_batch`) and writes the batch before taking the
//! next. Memory is bounded by the batch size times the channel depth, whatever the input size.

use crate::EXIT_SKIPPED;
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use marsad_core::{Analysis, Analyzer, Article, Severity};
use marsad_io::{Origin, ReadOptions, Record};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;
use std::time::Instant;

/// Records per batch, and a cap on a batch's text bytes, so one batch stays small.
const BATCH_RECORDS: usize = 512;
const BATCH_BYTES: usize = 32 << 20;
/// Inputs bigger than this get a progress bar (when stderr is a terminal).
const PROGRESS_MIN_BYTES: u64 = 4 << 20;

#[derive(clap::Args)]
pub struct AnalyzeArgs {
    /// Inputs: .txt (one article each), .jsonl, .jsonl.gz, or - for JSONL on stdin.
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Write JSONL here instead of stdout (written to FILE.part, renamed when complete; - is stdout).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Date (YYYY-MM-DD) for articles that carry none; used to pick dated actor codes.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    /// A directory of dictionary files (same names as `dictionaries/`) that add to or
    /// override the embedded dictionaries.
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
}

fn parse_date(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let month: u32 = s.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let day: u32 = s.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
    if shape_ok && (1..=12).contains(&month) && (1..=31).contains(&day) {
        Ok(s.to_string())
    } else {
        Err(format!("{s:?} is not a date of the form YYYY-MM-DD"))
    }
}

/// What happened to one record, in input order.
enum Outcome {
    Line { json: String, origin: Origin, id: String, warnings: Vec<String>, bytes: usize },
    Skipped { origin: Origin, reason: String },
}

pub fn run(args: AnalyzeArgs) -> Result<ExitCode> {
    marsad_io::check_inputs(&args.inputs).map_err(anyhow::Error::msg)?;
    if args.inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        bail!("standard input (-) can be given only once");
    }
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("setting up worker threads")?;
    }
    let analyzer = crate::load_analyzer(args.dict.as_deref())?;
    let read_opts = ReadOptions { default_date: args.date.clone() };

    let total_bytes: u64 = args
        .inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let reads_stdin = args.inputs.iter().any(|p| p.as_os_str() == "-");
    let progress = if !args.quiet
        && io::stderr().is_terminal()
        && (reads_stdin || total_bytes >= PROGRESS_MIN_BYTES)
    {
        let pb = ProgressBar::new_spinner();
        pb.set_style(
            ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} articles ({per_sec}) {msg}")
                .expect("static template"),
        );
        pb
    } else {
        ProgressBar::hidden()
    };

    let (tx, rx) = sync_channel::<Vec<Record>>(2);
    let inputs = args.inputs.clone();
    let reader = std::thread::spawn(move || read_batches(&inputs, &read_opts, &tx));

    // `-o -` is stdout, as `-` is stdin among the inputs.
    let output = args.output.as_deref().filter(|p| *p != Path::new("-"));
    let (mut sink, part_path) = open_output(output)?;
    let started = Instant::now();
    let (mut articles, mut skipped, mut bytes_in) = (0u64, 0u64, 0u64);
    for batch in rx {
        let outcomes: Vec<Outcome> =
            batch.into_par_iter().chunks(Analyzer::BATCH_ARTICLES).flat_map_iter(|chunk| analyze_chunk(&analyzer, chunk)).collect();
        for outcome in outcomes {
            match outcome {
                Outcome::Line { json, origin, id, warnings, bytes } => {
                    for w in warnings {
                        progress.suspend(|| eprintln!("marsad: warning: {origin} (id {id}): {w}"));
                    }
                    if let Err(e) = writeln!(sink, "{json}") {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            return Ok(ExitCode::SUCCESS);
                        }
                        return Err(e).context("writing output");
                    }
                    articles += 1;
                    bytes_in += bytes as u64;
                    progress.inc(1);
                }
                Outcome::Skipped { origin, reason } => {
                    skipped += 1;
                    progress.suspend(|| eprintln!("marsad: skipped: {origin}: {reason}"));
                }
            }
        }
    }
    // The reader only ends early by its own errors, which it sent as Skipped records.
    reader.join().map_err(|_| anyhow::anyhow!("input reader thread panicked"))?;
    sink.flush().context("writing output")?;
    drop(sink);
    if let (Some(part), Some(out)) = (part_path, output) {
        std::fs::rename(&part, out)
            .with_context(|| format!("renaming {} to {}", part.display(), out.display()))?;
    }
    progress.finish_and_clear();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if !args.quiet {
        eprintln!(
            "marsad: analysed {articles} articles ({:.1} MB of text) in {secs:.2} s: {:.1} MB/s, {:.0} articles/s; {skipped} skipped",
            bytes_in as f64 / 1e6,
            bytes_in as f64 / 1e6 / secs,
            articles as f64 / secs
        );
    }
    Ok(if skipped > 0 { ExitCode::from(EXIT_SKIPPED) } else { ExitCode::SUCCESS })
}

/// Analyse a chunk of records stage by stage; what each one became, in order.
fn analyze_chunk(analyzer: &Analyzer, records: Vec<Record>) -> Vec<Outcome> {
    fn article_of(r: &Record) -> Option<&Article> {
        match r {
            Record::Article { article, .. } => Some(article),
            Record::Skipped { .. } => None,
        }
    }
    analyzer
        .analyze_records(records, article_of)
        .into_iter()
        .map(|(record, analysis)| match record {
            Record::Skipped { origin, reason } => Outcome::Skipped { origin, reason },
            // `None` if a bug made a stage panic.
            Record::Article { article, origin, warnings } => outcome(analysis, article, origin, warnings),
        })
        .collect()
}

/// One article's line (its JSON and warnings), or why it was skipped.
fn outcome(analysis: Option<Analysis>, article: Article, origin: Origin, mut warnings: Vec<String>) -> Outcome {
    let Some(analysis) = analysis else {
        return Outcome::Skipped {
            origin,
            reason: format!("internal error while analysing id {} (please report this bug)", article.id),
        };
    };
    warnings.extend(
        analysis
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| d.message.clone()),
    );
    match serde_json::to_string(&analysis) {
        Ok(json) => Outcome::Line { json, origin, id: article.id, warnings, bytes: article.text.len() },
        Err(e) => Outcome::Skipped { origin, reason: format!("cannot serialize analysis: {e}") },
    }
}

/// Reader thread: stream every input, in order, as bounded batches.
fn read_batches(inputs: &[PathBuf], opts: &ReadOptions, tx: &std::sync::mpsc::SyncSender<Vec<Record>>) {
    let mut batch = Vec::with_capacity(BATCH_RECORDS);
    let mut batch_bytes = 0usize;
    for path in inputs {
        let records = match marsad_io::open(path, opts) {
            Ok(r) => r,
            Err(reason) => {
                let origin = Origin { file: path.display().to_string(), line: None };
                batch.push(Record::Skipped { origin, reason });
                continue;
            }
        };
        for record in records {
            if let Record::Article { article, .. } = &record {
                batch_bytes += article.text.len();
            }
            batch.push(record);
            if batch.len() >= BATCH_RECORDS || batch_bytes >= BATCH_BYTES {
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
                batch_bytes = 0;
            }
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
}

type Sink = Box<dyn Write>;

/// Stdout, or `FILE.part` to be renamed to FILE once complete (a crash never leaves a
/// truncated FILE that looks finished).
fn open_output(output: Option<&Path>) -> Result<(Sink, Option<PathBuf>)> {
    match output {
        None => Ok((Box::new(BufWriter::with_capacity(1 << 20, io::stdout())), None)),
        Some(path) => {
            let mut part = path.as_os_str().to_owned();
            part.push(".part");
            let part = PathBuf::from(part);
            let f = File::create(&part).with_context(|| format!("{}: cannot create", part.display()))?;
            Ok((Box::new(BufWriter::with_capacity(1 << 20, f)), Some(part)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_are_checked() {
        assert!(parse_date("2018-03-14").is_ok());
        assert!(parse_date("2018-13-01").is_err());
        assert!(parse_date("14/03/2018").is_err());
    }
}
