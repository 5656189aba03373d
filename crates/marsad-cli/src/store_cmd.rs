//! `marsad ingest` and `marsad reanalyze`: fill the SQLite store.
//!
//! Shape of an ingest: a reader thread streams records in bounded batches; the main thread
//! drops what the store already holds (a read connection: known `(source, id)` or known
//! text), analyses the rest in parallel (rayon) together with their index terms, and hands
//! each batch to ONE writer thread, which commits it in a single transaction. A batch is
//! all or nothing, so a kill at any moment loses at most the batches in flight, and the
//! next run, finding everything before them stored, finishes the job.

use crate::EXIT_SKIPPED;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use marsad_core::{Analysis, Analyzer, Article};
use marsad_io::{Limits, ReadOptions, Record};
use marsad_store::{AnalyzerInfo, Known, Outcome, Prepared, Store};
use marsad_text::segment::Segmenter;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::Instant;

const BATCH_RECORDS: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files or directories (read recursively): .txt, .jsonl, .jsonl.gz, .html, .htm,
    /// .warc, .warc.gz, or - for JSONL on stdin. With none, the database is only created
    /// or upgraded.
    inputs: Vec<PathBuf>,
    /// The database (created if absent).
    #[arg(long, default_value = "marsad.db")]
    db: PathBuf,
    /// Date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Extra or overriding dictionaries (as for `analyze`).
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    /// Largest document read, in MB (a .txt/.html file, a JSONL line, a WARC record).
    #[arg(long, default_value_t = 64)]
    max_doc_mb: u64,
    /// Merge the full-text index at the end (smaller, faster searches; takes a while).
    #[arg(long)]
    optimize: bool,
    /// No progress bar, no summary.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(clap::Args)]
pub struct ReanalyzeArgs {
    /// The database.
    #[arg(long, default_value = "marsad.db")]
    db: PathBuf,
    /// Dictionaries to analyse with (as for `analyze`).
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// Recompute every article, not only those produced by other dictionaries or versions.
    #[arg(long)]
    all: bool,
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    #[arg(short, long)]
    quiet: bool,
}

/// The marsad version and a fingerprint of the dictionaries in use (embedded + `--dict`).
pub fn analyzer_info(dict: Option<&Path>) -> Result<AnalyzerInfo> {
    let mut files: Vec<(String, Vec<u8>)> =
        marsad_lexicon::EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.as_bytes().to_vec())).collect();
    if let Some(d) = dict {
        let mut extra: Vec<PathBuf> = std::fs::read_dir(d)
            .with_context(|| format!("{}: cannot read dictionary directory", d.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        extra.sort();
        for p in extra {
            let bytes = std::fs::read(&p).with_context(|| format!("{}: cannot read", p.display()))?;
            files.push((format!("override/{}", p.file_name().unwrap_or_default().to_string_lossy()), bytes));
        }
    }
    Ok(AnalyzerInfo {
        marsad_version: env!("CARGO_PKG_VERSION").to_string(),
        dictionaries: marsad_store::dictionary_fingerprint(files.iter().map(|(n, b)| (n.as_str(), b.as_slice()))),
    })
}

fn set_threads(n: Option<usize>) -> Result<()> {
    if let Some(n) = n {
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting up worker threads")?;
    }
    Ok(())
}

/// A short class for a skip reason, for the summary.
fn reason_class(reason: &str) -> &'static str {
    const CLASSES: &[(&str, &str)] = &[
        ("malformed JSON", "malformed JSON line"),
        ("\"text\"", "no text field"),
        ("read error", "truncated or corrupt input"),
        ("Content-Length", "bad WARC record"),
        ("WARC", "bad WARC record"),
        ("no article", "HTML page without an article"),
        ("limit", "document over the size limit"),
        ("directory loop", "directory loop"),
        ("dangling", "dangling symbolic link"),
        ("not a regular file", "not a regular file"),
        ("unknown input type", "unknown input type"),
        ("different text", "id stored with a different text"),
        ("cannot", "unreadable input"),
        ("internal error", "internal error"),
    ];
    CLASSES.iter().find(|(k, _)| reason.contains(k)).map_or("other", |(_, c)| c)
}

#[derive(Default)]
struct Tally {
    read: u64,
    inserted: u64,
    duplicate_text: u64,
    already: u64,
    skipped: BTreeMap<&'static str, u64>,
    text_bytes: u64,
}

impl Tally {
    fn skip(&mut self, progress: &ProgressBar, origin: &str, reason: &str) {
        *self.skipped.entry(reason_class(reason)).or_default() += 1;
        progress.suspend(|| eprintln!("marsad: skipped: {origin}: {reason}"));
    }
    fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }
}

/// A record after the store was asked about it.
enum Item {
    Analyse(Article, String, [u8; 16]),
    SourceOnly(Article, String, [u8; 16]),
}

pub fn run_ingest(args: IngestArgs) -> Result<ExitCode> {
    set_threads(args.threads)?;
    let info = analyzer_info(args.dict.as_deref())?;
    let mut store = Store::open(&args.db).map_err(anyhow::Error::new)?;
    let analyzer_id = store.analyzer_id(&info)?;
    if args.inputs.is_empty() {
        if !args.quiet {
            eprintln!("marsad: {} is ready (no inputs given)", args.db.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let analyzer = crate::load_analyzer(args.dict.as_deref())?;
    let seg = Segmenter::new();
    let reader_db = Store::open_read(&args.db).map_err(anyhow::Error::new)?;
    let started = Instant::now();

    let walk = marsad_io::walk::expand(&args.inputs);
    let total_bytes: u64 = walk.files.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum();
    let progress = if !args.quiet && std::io::stderr().is_terminal() {
        let pb = ProgressBar::new(total_bytes);
        pb.set_style(
            ProgressStyle::with_template(
                "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} ({binary_bytes_per_sec}, ETA {eta}) {msg}",
            )
            .expect("static template"),
        );
        pb
    } else {
        ProgressBar::hidden()
    };
    let mut tally = Tally::default();
    for (path, reason) in &walk.problems {
        tally.skip(&progress, path, reason);
    }

    // Reader thread.
    let counter = Arc::new(AtomicU64::new(0));
    let (tx, rx) = sync_channel::<Vec<Record>>(2);
    let files = walk.files.clone();
    let read_opts = ReadOptions { default_date: args.date.clone() };
    let limits = Limits { max_doc_bytes: args.max_doc_mb.saturating_mul(1 << 20) };
    let c2 = counter.clone();
    let reader = std::thread::spawn(move || read_batches(&files, &read_opts, &limits, c2, &tx));

    // Writer thread: the only one that writes.
    let (wtx, wrx) = sync_channel::<Vec<Prepared>>(2);
    let written = Arc::new(AtomicU64::new(0));
    let w2 = written.clone();
    let writer = std::thread::spawn(move || -> Result<Vec<Outcome>> {
        let mut outcomes = Vec::new();
        for batch in wrx {
            let o = store.write_batch(&batch, analyzer_id).context("writing to the database")?;
            w2.fetch_add(batch.len() as u64, Ordering::Relaxed);
            outcomes.extend(o);
        }
        store.checkpoint().context("checkpointing the database")?;
        Ok(outcomes)
    });

    let mut writer_failed = false;
    for batch in rx {
        let mut items = Vec::with_capacity(batch.len());
        for record in batch {
            match record {
                Record::Skipped { origin, reason } => tally.skip(&progress, &origin.to_string(), &reason),
                Record::Article { article, origin, warnings } => {
                    tally.read += 1;
                    for w in warnings {
                        progress.suspend(|| eprintln!("marsad: warning: {origin} (id {}): {w}", article.id));
                    }
                    items.push((article, origin.to_string()));
                }
            }
        }
        let hashed: Vec<(Article, String, [u8; 16])> = items
            .into_par_iter()
            .map(|(a, o)| {
                let h = marsad_store::text::text_hash(&a.text);
                (a, o, h)
            })
            .collect();
        let mut todo = Vec::with_capacity(hashed.len());
        for (a, origin, h) in hashed {
            match reader_db.known(a.source.as_deref().unwrap_or(""), &a.id, &h)? {
                Known::Stored => tally.already += 1,
                Known::Conflict => {
                    let reason = format!("id {:?} is stored with a different text; not replaced", a.id);
                    tally.skip(&progress, &origin, &reason)
                }
                Known::Text => todo.push(Item::SourceOnly(a, origin, h)),
                Known::New => todo.push(Item::Analyse(a, origin, h)),
            }
        }
        let prepared: Vec<Prepared> =
            todo.into_par_iter().chunks(Analyzer::BATCH_ARTICLES).flat_map_iter(|chunk| prepare_chunk(&analyzer, &seg, chunk)).collect();
        tally.text_bytes += prepared.iter().map(|p| p.article.text.len() as u64).sum::<u64>();
        if !prepared.is_empty() && wtx.send(prepared).is_err() {
            writer_failed = true;
            break;
        }
        progress.set_position(counter.load(Ordering::Relaxed));
        progress.set_message(format!("{} articles", tally.read));
    }
    drop(wtx);
    let outcomes = writer.join().map_err(|_| anyhow::anyhow!("writer thread panicked"))??;
    if writer_failed {
        anyhow::bail!("the database writer stopped");
    }
    reader.join().map_err(|_| anyhow::anyhow!("input reader thread panicked"))?;
    for o in outcomes {
        match o {
            Outcome::Inserted => tally.inserted += 1,
            Outcome::DuplicateText => tally.duplicate_text += 1,
            Outcome::AlreadyStored => tally.already += 1,
            Outcome::Conflict => *tally.skipped.entry("id stored with a different text").or_default() += 1,
            Outcome::NeedsAnalysis => *tally.skipped.entry("changed during the run (re-run)").or_default() += 1,
        }
    }
    if args.optimize {
        progress.set_message("optimizing the index");
        Store::open(&args.db).and_then(|s| s.optimize()).context("optimizing the full-text index")?;
    }
    progress.finish_and_clear();
    if !args.quiet {
        summary(&args.db, &tally, started.elapsed().as_secs_f64(), walk.ignored);
    }
    Ok(if tally.skipped_total() > 0 { ExitCode::from(EXIT_SKIPPED) } else { ExitCode::SUCCESS })
}

/// Prepare a chunk of items, analysing the new ones stage by stage together
/// (`Analyzer::analyze_batch`). A stage's panic is a bug; its article is then stored with
/// empty layers rather than lost to the run (reanalyze fixes it later).
fn prepare_chunk(analyzer: &Analyzer, seg: &Segmenter, items: Vec<Item>) -> Vec<Prepared> {
    fn article_of(item: &Item) -> Option<&Article> {
        match item {
            Item::Analyse(a, ..) => Some(a),
            Item::SourceOnly(..) => None,
        }
    }
    analyzer
        .analyze_records(items, article_of)
        .into_iter()
        .map(|(item, analysis)| match item {
            Item::SourceOnly(a, origin, h) => Prepared::new(seg, a, origin, h, None),
            Item::Analyse(a, origin, h) => {
                let analysis = analysis.unwrap_or_else(|| empty_analysis(&a));
                Prepared::new(seg, a, origin, h, Some(analysis))
            }
        })
        .collect()
}

fn empty_analysis(a: &Article) -> Analysis {
    Analysis {
        format: marsad_core::FORMAT.to_string(),
        id: a.id.clone(),
        date: a.date.clone(),
        title: a.title.clone(),
        source: a.source.clone(),
        url: a.url.clone(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        mentions: Vec::new(),
        quotes: Vec::new(),
        events: Vec::new(),
        diagnostics: vec![marsad_core::Diagnostic {
            severity: marsad_core::Severity::Error,
            message: "internal error while analysing (please report this bug)".into(),
        }],
    }
}

fn summary(db: &Path, t: &Tally, secs: f64, ignored: u64) {
    let size = std::fs::metadata(db).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "marsad: read {} articles in {secs:.1} s ({:.0} articles/s, {:.1} MB of new text): {} ingested, {} duplicate texts (source recorded), {} already stored; {} skipped",
        t.read,
        t.read as f64 / secs.max(1e-9),
        t.text_bytes as f64 / 1e6,
        t.inserted,
        t.duplicate_text,
        t.already,
        t.skipped_total()
    );
    for (class, n) in &t.skipped {
        eprintln!("marsad:   skipped {n}: {class}");
    }
    if ignored > 0 {
        eprintln!("marsad:   {ignored} files in directories passed over (not a type marsad reads)");
    }
    eprintln!("marsad: {} is {:.1} MB", db.display(), size as f64 / 1e6);
}

fn read_batches(
    files: &[PathBuf],
    opts: &ReadOptions,
    limits: &Limits,
    counter: Arc<AtomicU64>,
    tx: &std::sync::mpsc::SyncSender<Vec<Record>>,
) {
    let mut batch = Vec::with_capacity(BATCH_RECORDS);
    let mut bytes = 0usize;
    for path in files {
        let records = match marsad_io::open_counted(path, opts, limits, Some(counter.clone())) {
            Ok(r) => r,
            Err(reason) => {
                let origin = marsad_io::Origin { file: path.display().to_string(), line: None };
                batch.push(Record::Skipped { origin, reason });
                continue;
            }
        };
        for r in records {
            if let Record::Article { article, .. } = &r {
                bytes += article.text.len();
            }
            batch.push(r);
            if batch.len() >= BATCH_RECORDS || bytes >= BATCH_BYTES {
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
                bytes = 0;
            }
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
}

pub fn run_reanalyze(args: ReanalyzeArgs) -> Result<ExitCode> {
    set_threads(args.threads)?;
    let info = analyzer_info(args.dict.as_deref())?;
    let mut store = Store::open(&args.db).map_err(anyhow::Error::new)?;
    let analyzer_id = store.analyzer_id(&info)?;
    let analyzer = crate::load_analyzer(args.dict.as_deref())?;
    let seg = Segmenter::new();
    let total: i64 = store.conn().query_row(
        "SELECT count(*) FROM articles WHERE ?1 OR analyzer != ?2",
        (args.all, analyzer_id),
        |r| r.get(0),
    )?;
    let progress = if !args.quiet && std::io::stderr().is_terminal() {
        let pb = ProgressBar::new(total as u64);
        pb.set_style(
            ProgressStyle::with_template("{spinner} {elapsed_precise} [{wide_bar}] {pos}/{len} articles ({per_sec}, ETA {eta})")
                .expect("static template"),
        );
        pb
    } else {
        ProgressBar::hidden()
    };
    let started = Instant::now();
    let mut after = 0i64;
    let mut done = 0u64;
    loop {
        let batch = store.stale_articles(analyzer_id, args.all, after, BATCH_RECORDS)?;
        let Some(last) = batch.last().map(|b| b.0) else { break };
        after = last;
        let redone: Vec<marsad_store::Redone> = batch
            .into_par_iter()
            .chunks(Analyzer::BATCH_ARTICLES)
            .flat_map_iter(|chunk| {
                let analyses = analyzer.analyze_batch(&chunk.iter().map(|(_, a)| a).collect::<Vec<_>>());
                // A stage's panic (a bug) leaves the article with empty layers, as in ingest.
                chunk.into_iter().zip(analyses).map(|((id, a), an)| {
                    let an = an.unwrap_or_else(|| empty_analysis(&a));
                    let q = marsad_store::quote_index(&seg, &an);
                    (id, an, q)
                })
            })
            .collect();
        store.replace_layers(&redone, analyzer_id).context("writing to the database")?;
        done += redone.len() as u64;
        progress.set_position(done);
    }
    store.checkpoint()?;
    progress.finish_and_clear();
    if !args.quiet {
        eprintln!(
            "marsad: reanalysed {done} articles in {:.1} s with dictionaries {} (marsad {})",
            started.elapsed().as_secs_f64(),
            info.dictionaries,
            info.marsad_version
        );
    }
    Ok(ExitCode::SUCCESS)
}
