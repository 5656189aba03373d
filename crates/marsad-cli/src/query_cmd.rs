//! `marsad search|events|quotes|actors|dyads|export`: read the store, print tables.
//!
//! Output: an aligned text table on a terminal (and by default), `--format json` (an
//! array of objects) or `--format csv`. Exports stream whole tables (CSV, JSONL, Parquet).

use anyhow::{Context, Result};
use marsad_store::export::{self, What};
use marsad_store::query::{self, ActorFilter, Common, DyadFilter, EventFilter, Period, QuoteFilter, SearchFilter};
use marsad_store::{Store, Table, Value};
use marsad_text::segment::Segmenter;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum OutFormat {
    Table,
    Json,
    Csv,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum PeriodArg {
    Day,
    Week,
    Month,
    Year,
}

impl From<PeriodArg> for Period {
    fn from(p: PeriodArg) -> Period {
        match p {
            PeriodArg::Day => Period::Day,
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
            PeriodArg::Year => Period::Year,
        }
    }
}

/// Options every query takes.
#[derive(clap::Args, Clone)]
pub struct CommonArgs {
    #[arg(long, default_value = "marsad.db")]
    db: PathBuf,
    /// First day (YYYY-MM-DD, or YYYY-MM, YYYY).
    #[arg(long)]
    from: Option<String>,
    /// Last day, inclusive (YYYY-MM-DD, or YYYY-MM, YYYY for the whole period).
    #[arg(long)]
    to: Option<String>,
    /// Only articles from this source (any of an article's sources).
    #[arg(long)]
    source: Option<String>,
    /// At most this many rows.
    #[arg(short = 'n', long)]
    limit: Option<usize>,
    /// table (default), json or csv.
    #[arg(long, value_enum, default_value_t = OutFormat::Table)]
    format: OutFormat,
}

impl CommonArgs {
    fn common(&self) -> Common {
        Common { from: self.from.clone(), to: self.to.clone(), source: self.source.clone(), limit: self.limit }
    }
    fn open(&self) -> Result<Store> {
        Store::open_read(&self.db).map_err(anyhow::Error::new)
    }
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words (all must match), "a phrase", word* (prefix), a OR b. Spelling variants
    /// (diacritics, hamza, ة/ه, ى/ي) and attached clitics are matched.
    query: String,
    #[command(flatten)]
    common: CommonArgs,
    /// Only articles mentioning this actor code or prefix (quotes: spoken by it).
    #[arg(long)]
    actor: Option<String>,
    /// Search quotations instead of articles.
    #[arg(long)]
    quotes: bool,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// Actor (source side) code or prefix (IRN, IRNGOV).
    #[arg(long)]
    actor: Option<String>,
    /// Recipient (target side) code or prefix.
    #[arg(long)]
    recipient: Option<String>,
    /// PLOVER event type (ASSAULT, CONSULT, …).
    #[arg(long = "type")]
    event_type: Option<String>,
    /// CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// Only negated events (true) or only affirmed ones (false).
    #[arg(long)]
    negated: Option<bool>,
    /// Only events stated in a quotation (true) or not (false).
    #[arg(long)]
    claimed: Option<bool>,
}

#[derive(clap::Args)]
pub struct QuotesArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// Speaker actor code or prefix.
    #[arg(long)]
    speaker: Option<String>,
    /// Speaker name (any spelling variant).
    #[arg(long)]
    name: Option<String>,
    /// Words in the quotation (as for search).
    #[arg(long)]
    text: Option<String>,
    /// Only direct (true) or indirect (false) quotations.
    #[arg(long)]
    direct: Option<bool>,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// Only codes with this prefix.
    #[arg(long)]
    prefix: Option<String>,
    /// Top actors per period (-n per period).
    #[arg(long, value_enum)]
    per: Option<PeriodArg>,
}

#[derive(clap::Args)]
pub struct DyadsArgs {
    /// Actor side code or prefix.
    a: String,
    /// Recipient side code or prefix.
    b: String,
    #[command(flatten)]
    common: CommonArgs,
    #[arg(long, value_enum, default_value_t = PeriodArg::Month)]
    per: PeriodArg,
    /// Both directions (A→B and B→A).
    #[arg(long)]
    both: bool,
    /// Count negated events too.
    #[arg(long)]
    include_negated: bool,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum WhatArg {
    Events,
    Quotes,
    Mentions,
    Articles,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Jsonl,
    Parquet,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    what: WhatArg,
    #[arg(long, default_value = "marsad.db")]
    db: PathBuf,
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    format: ExportFormat,
    /// Output file (default: standard output; Parquet needs a file).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run_search(a: SearchArgs) -> Result<()> {
    let store = a.common.open()?;
    let seg = Segmenter::new();
    let tty = io::stdout().is_terminal();
    let marks = match a.common.format {
        OutFormat::Table if tty => ("\x1b[1;33m", "\x1b[0m"),
        _ => ("[", "]"),
    };
    let f = SearchFilter { common: a.common.common(), actor: a.actor.clone(), quotes: a.quotes };
    let started = std::time::Instant::now();
    let hits = query::search(&store, &seg, &a.query, &f, marks)?;
    let secs = started.elapsed().as_secs_f64();
    let mut out = io::stdout().lock();
    match a.common.format {
        OutFormat::Table => {
            for h in &hits {
                let who = h.speaker.as_deref().map(|s| format!(" — {s}")).unwrap_or_default();
                writeln!(
                    out,
                    "{}  {}  {}{who}\n    {}\n",
                    h.date.as_deref().unwrap_or("----------"),
                    h.source.as_deref().unwrap_or("-"),
                    h.article,
                    h.snippet
                )?;
            }
            eprintln!("marsad: {} hits in {:.0} ms", hits.len(), secs * 1000.0);
        }
        OutFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&hits)?)?,
        OutFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["article", "date", "source", "title", "speaker", "score", "snippet"])?;
            for h in &hits {
                w.write_record([
                    h.article.as_str(),
                    h.date.as_deref().unwrap_or(""),
                    h.source.as_deref().unwrap_or(""),
                    h.title.as_deref().unwrap_or(""),
                    h.speaker.as_deref().unwrap_or(""),
                    &format!("{:.3}", h.score),
                    &h.snippet,
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

pub fn run_events(a: EventsArgs) -> Result<()> {
    let store = a.common.open()?;
    let f = EventFilter {
        common: a.common.common(),
        actor: a.actor,
        recipient: a.recipient,
        event_type: a.event_type,
        quad: a.quad,
        negated: a.negated,
        claimed: a.claimed,
    };
    print_table(&query::events(&store, &f)?, a.common.format)
}

pub fn run_quotes(a: QuotesArgs) -> Result<()> {
    let store = a.common.open()?;
    let f = QuoteFilter { common: a.common.common(), speaker: a.speaker, name: a.name, text: a.text, direct: a.direct };
    print_table(&query::quotes(&store, &Segmenter::new(), &f)?, a.common.format)
}

pub fn run_actors(a: ActorsArgs) -> Result<()> {
    let store = a.common.open()?;
    let f = ActorFilter { common: a.common.common(), prefix: a.prefix, per: a.per.map(Into::into) };
    print_table(&query::actors(&store, &f)?, a.common.format)
}

pub fn run_dyads(a: DyadsArgs) -> Result<()> {
    let store = a.common.open()?;
    let f = DyadFilter {
        common: a.common.common(),
        a: a.a,
        b: a.b,
        per: a.per.into(),
        both: a.both,
        include_negated: a.include_negated,
    };
    print_table(&query::dyads(&store, &f)?, a.common.format)
}

pub fn run_export(a: ExportArgs) -> Result<()> {
    let store = Store::open_read(&a.db).map_err(anyhow::Error::new)?;
    let what = match a.what {
        WhatArg::Events => What::Events,
        WhatArg::Quotes => What::Quotes,
        WhatArg::Mentions => What::Mentions,
        WhatArg::Articles => What::Articles,
    };
    let format = match a.format {
        ExportFormat::Csv => export::Format::Csv,
        ExportFormat::Jsonl => export::Format::Jsonl,
        ExportFormat::Parquet => export::Format::Parquet,
    };
    let rows = match &a.output {
        Some(path) => {
            // Written to FILE.part and renamed when complete: no half export looks finished.
            let mut part = path.as_os_str().to_owned();
            part.push(".part");
            let part = PathBuf::from(part);
            let f = std::fs::File::create(&part).with_context(|| format!("{}: cannot create", part.display()))?;
            let mut w = io::BufWriter::with_capacity(1 << 20, f);
            let n = export::write(&store, what, format, &mut w)?;
            w.flush().context("writing export")?;
            drop(w);
            std::fs::rename(&part, path).with_context(|| format!("renaming {}", part.display()))?;
            n
        }
        None => {
            if matches!(format, export::Format::Parquet) && io::stdout().is_terminal() {
                anyhow::bail!("Parquet is binary: give -o FILE");
            }
            let mut w = io::BufWriter::with_capacity(1 << 20, io::stdout());
            let n = match export::write(&store, what, format, &mut w) {
                Err(marsad_store::StoreError::Other(m)) if m.contains("Broken pipe") => return Ok(()),
                r => r?,
            };
            w.flush().or_else(|e| if e.kind() == io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) })?;
            n
        }
    };
    eprintln!("marsad: exported {rows} rows");
    Ok(())
}

/// Print a table as aligned text, a JSON array of objects, or CSV.
pub fn print_table(t: &Table, format: OutFormat) -> Result<()> {
    let mut out = io::stdout().lock();
    match format {
        OutFormat::Json => {
            let rows: Vec<serde_json::Map<String, serde_json::Value>> = t
                .rows
                .iter()
                .map(|r| t.columns.iter().cloned().zip(r.iter().map(|v| serde_json::to_value(v).unwrap_or_default())).collect())
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        OutFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(&t.columns)?;
            for r in &t.rows {
                w.write_record(r.iter().map(Value::to_string))?;
            }
            w.flush()?;
        }
        OutFormat::Table => {
            const MAX: usize = 60;
            let cell = |v: &Value| {
                let s = v.to_string().replace(['\n', '\t'], " ");
                if s.chars().count() > MAX {
                    format!("{}…", s.chars().take(MAX - 1).collect::<String>())
                } else {
                    s
                }
            };
            let cells: Vec<Vec<String>> = t.rows.iter().map(|r| r.iter().map(cell).collect()).collect();
            let mut widths: Vec<usize> = t.columns.iter().map(|c| c.chars().count()).collect();
            for r in &cells {
                for (w, c) in widths.iter_mut().zip(r) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let line = |vals: &[String]| -> String {
                let mut s = String::new();
                for (i, (v, w)) in vals.iter().zip(&widths).enumerate() {
                    if i > 0 {
                        s.push_str("  ");
                    }
                    s.push_str(v);
                    if i + 1 < vals.len() {
                        s.push_str(&" ".repeat(w.saturating_sub(v.chars().count())));
                    }
                }
                s
            };
            writeln!(out, "{}", line(&t.columns))?;
            for r in &cells {
                writeln!(out, "{}", line(r))?;
            }
            eprintln!("marsad: {} rows", t.rows.len());
        }
    }
    Ok(())
}
