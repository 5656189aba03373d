//! `marsad dict check` and `marsad dict stats`.

use anyhow::Result;
use clap::Subcommand;
use marsad_lexicon::Lexicon;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Subcommand)]
pub enum DictCommand {
    /// Validate the dictionaries: exits 1 on errors (a file that does not load, or an
    /// entry that can never match); lists warnings (duplicates, ambiguous names,
    /// overlapping dated roles).
    Check {
        /// Also load this directory of overrides.
        #[arg(long, value_name = "DIR")]
        dict: Option<PathBuf>,
        /// Print every warning, not only the count per kind.
        #[arg(short, long)]
        verbose: bool,
        /// Exit 1 on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Count actors and names per kind.
    Stats {
        #[arg(long, value_name = "DIR")]
        dict: Option<PathBuf>,
        /// JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn load(dir: Option<&std::path::Path>) -> Result<(Lexicon, f64)> {
    let t = Instant::now();
    let lex = match dir {
        Some(d) => Lexicon::with_overrides(d),
        None => Lexicon::embedded(),
    }
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok((lex, t.elapsed().as_secs_f64() * 1000.0))
}

pub fn run(cmd: DictCommand) -> Result<ExitCode> {
    match cmd {
        DictCommand::Check { dict, verbose, strict } => {
            let (lex, ms) = match load(dict.as_deref()) {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("marsad: dict check: error: {e}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let findings = marsad_lexicon::check(&lex);
            let errors = findings.iter().filter(|f| f.severity == "error").count();
            let warnings = findings.len() - errors;
            for f in &findings {
                if f.severity == "error" || verbose {
                    println!("{}: {}: {}", f.origin, f.severity, f.message);
                }
            }
            println!(
                "dict check: {} names loaded in {ms:.0} ms; {errors} errors, {warnings} warnings{}",
                lex.entries().len(),
                if verbose || warnings == 0 { "" } else { " (-v lists them)" }
            );
            Ok(if errors > 0 || (strict && warnings > 0) { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        DictCommand::Stats { dict, json } => {
            let (lex, ms) = load(dict.as_deref())?;
            let s = marsad_lexicon::stats(&lex);
            if json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!("{:<12} {:>8} {:>8}", "kind", "actors", "names");
                for (k, n) in &s.actors {
                    println!("{k:<12} {n:>8} {:>8}", s.names[k]);
                }
                println!("{:<12} {:>8} {:>8}", "total", "", s.total_names);
                println!("{:<12} {:>8} {:>8}", "given names", s.given_names, s.given_name_spellings);
                println!("loaded and compiled in {ms:.0} ms");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
