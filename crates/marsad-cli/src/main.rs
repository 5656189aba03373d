//! The `marsad` command-line tool: a thin shell around marsad-core.

mod analyze_cmd;
mod dict_cmd;
mod eval_cmd;
mod segment_cmd;

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
    let result = match cli.command {
        Command::Segment { input } => segment_cmd::run(&input).map(|()| ExitCode::SUCCESS),
        Command::Analyze(args) => analyze_cmd::run(args),
        Command::Dict { what } => dict_cmd::run(what),
        Command::Eval { what } => eval_cmd::run(what).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
