//! The `marsad` command-line tool: a thin shell around marsad-core.

mod analyze_cmd;
mod dict_cmd;
mod eval_cmd;
mod query_cmd;
mod segment_cmd;
mod serve_cmd;
mod store_cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// marsad (مرصد): who is named, who said what, and who did what to whom, from Arabic news.
#[derive(Parser)]
#[command(name = "marsad", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Segment Arabic clitics, one output line per input line (و+ال+حكومة).
    Segment {
        /// Input file, or - (default) for standard input.
        #[arg(default_value = "-")]
        input: PathBuf,
    },
    /// Analyse articles and write one JSON object per article (JSONL).
    Analyze(analyze_cmd::AnalyzeArgs),
    /// Check the dictionaries or count their entries.
    Dict {
        #[command(subcommand)]
        what: dict_cmd::DictCommand,
    },
    /// Score marsad against gold data.
    Eval {
        #[command(subcommand)]
        what: eval_cmd::EvalCommand,
    },
    /// Analyse articles into the SQLite store (idempotent, resumable; see docs/store.md).
    Ingest(store_cmd::IngestArgs),
    /// Recompute the layers of stored articles with the current dictionaries.
    Reanalyze(store_cmd::ReanalyzeArgs),
    /// Full-text search over stored articles or quotations.
    Search(query_cmd::SearchArgs),
    /// List stored events.
    Events(query_cmd::EventsArgs),
    /// List stored quotations.
    Quotes(query_cmd::QuotesArgs),
    /// The most mentioned actors, overall or per period.
    Actors(query_cmd::ActorsArgs),
    /// Event counts from one actor to another per period, with Goldstein and PLOVER sums.
    Dyads(query_cmd::DyadsArgs),
    /// Export a whole table (events, quotes, mentions, articles) as CSV, JSONL or Parquet.
    Export(query_cmd::ExportArgs),
    /// Serve the web pages and JSON API over a store (loopback by default; see docs/server.md).
    Serve(serve_cmd::ServeArgs),
}

/// Exit codes: 0 all went well; 1 a fatal error (nothing or not all was processed);
/// 3 the run finished but some documents were skipped (reported on stderr).
pub const EXIT_SKIPPED: u8 = 3;

/// The analyzer with the embedded dictionaries, plus `dir`'s when given.
pub fn load_analyzer(dir: Option<&std::path::Path>) -> anyhow::Result<marsad_core::Analyzer> {
    let lexicon = match dir {
        Some(d) => marsad_lexicon::Lexicon::with_overrides(d),
        None => marsad_lexicon::Lexicon::embedded(),
    }
    .map_err(|e| anyhow::anyhow!("dictionary error, refusing to run: {e}"))?;
    Ok(marsad_core::Analyzer::with_lexicon(lexicon))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        quiet_on_closed_pipe();
    }
    let result = match cli.command {
        Command::Segment { input } => segment_cmd::run(&input).map(|()| ExitCode::SUCCESS),
        Command::Analyze(args) => analyze_cmd::run(args),
        Command::Dict { what } => dict_cmd::run(what),
        Command::Eval { what } => eval_cmd::run(what).map(|()| ExitCode::SUCCESS),
        Command::Ingest(args) => store_cmd::run_ingest(args),
        Command::Reanalyze(args) => store_cmd::run_reanalyze(args),
        Command::Search(args) => query_cmd::run_search(args).map(|()| ExitCode::SUCCESS),
        Command::Events(args) => query_cmd::run_events(args).map(|()| ExitCode::SUCCESS),
        Command::Quotes(args) => query_cmd::run_quotes(args).map(|()| ExitCode::SUCCESS),
        Command::Actors(args) => query_cmd::run_actors(args).map(|()| ExitCode::SUCCESS),
        Command::Dyads(args) => query_cmd::run_dyads(args).map(|()| ExitCode::SUCCESS),
        Command::Export(args) => query_cmd::run_export(args).map(|()| ExitCode::SUCCESS),
        Command::Serve(args) => serve_cmd::run(args).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `marsad … | head` ends quietly, as Unix tools do, instead of panicking when the
/// reader goes away: the default SIGPIPE action (Rust ignores it, turning every later
/// `println!` into a panic). Not for `serve`, where a client closing its socket must not
/// stop the server.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring a signal's default action before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
