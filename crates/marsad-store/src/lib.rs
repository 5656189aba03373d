//! # marsad-store
//!
//! The SQLite store: articles deduplicated by their normalized text, every source kept,
//! the analysis layers (mentions, quotes, events and their parties, actors), an Arabic
//! full-text index, the queries behind `marsad search|events|quotes|actors|dyads`, and
//! exports. The schema is documented in `docs/store.md` and versioned ([`schema`]).
//!
//! ## Invariants
//! - A write is a transaction over whole articles: an article is stored together with its
//!   source row, its layers and its index rows, or not at all. Killing the process at any
//!   moment leaves a consistent database (WAL journal); re-running the same ingest
//!   finishes the job and adds nothing twice.
//! - Identity: `(source, id)` names a delivery; the xxh3-128 hash of the normalized text
//!   names an article. A known delivery is skipped; a new delivery of a known text only
//!   adds a `sources` row.
//! - A database that is not marsad's, or that a newer schema wrote, is refused before
//!   anything is written to it.
//! - Every layer row records the analyzer (marsad version + dictionary fingerprint) that
//!   produced it; `reanalyze` replaces the layers of articles whose analyzer is not the
//!   current one.
//! - This crate knows nothing of files or the command line: it takes `Article`s and
//!   `Analysis`es and gives back rows.

pub mod cameo;
pub mod export;
pub mod query;
pub mod schema;
pub mod text;
mod write;

pub use query::{Table, Value};
pub use write::{quote_index, Outcome, Prepared};

use marsad_core::{Analysis, Article};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// Errors from the store. Messages say what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}: not a marsad database (refusing to touch it; give another path with --db)")]
    NotMarsad(String),
    #[error("{path}: written by a newer marsad (schema version {found}; this marsad reads up to {supported}); refusing to touch it: upgrade marsad")]
    TooNew { path: String, found: i32, supported: i32 },
    #[error("{0}: no marsad database here (create one with `marsad ingest --db {0} …`)")]
    Missing(String),
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Other(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open marsad database.
pub struct Store {
    conn: Connection,
    path: String,
}

/// Which marsad and which dictionaries produce the layers being written.
#[derive(Clone, Debug)]
pub struct AnalyzerInfo {
    pub marsad_version: String,
    /// A fingerprint of the dictionary files (see [`dictionary_fingerprint`]).
    pub dictionaries: String,
}

/// A stable fingerprint of dictionary files given as `(name, contents)`.
pub fn dictionary_fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut all: Vec<(&str, &[u8])> = files.into_iter().collect();
    all.sort();
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for (n, c) in all {
        h.update(n.as_bytes());
        h.update(&[0]);
        h.update(&(c.len() as u64).to_le_bytes());
        h.update(c);
    }
    format!("xxh3:{:016x}", h.digest())
}

impl Store {
    /// Open for writing, creating the file and schema if needed. Refuses foreign or newer
    /// files before writing anything.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        let existed = path.exists();
        let mut conn = Connection::open(path)?;
        let state = match schema::check(&conn, &shown) {
            Ok(s) => s,
            Err(StoreError::Sqlite(_)) => {
                drop(conn);
                if !existed {
                    let _ = std::fs::remove_file(path);
                }
                return Err(StoreError::NotMarsad(shown));
            }
            Err(e) => return Err(e),
        };
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        register_functions(&conn)?;
        let from = match state {
            schema::State::Empty => 0,
            schema::State::Marsad { version } => version,
        };
        schema::migrate(&mut conn, from)?;
        Ok(Store { conn, path: shown })
    }

    /// Open an existing store for reading (queries, search, export).
    pub fn open_read(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        if !path.exists() {
            return Err(StoreError::Missing(shown));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        match schema::check(&conn, &shown) {
            Ok(schema::State::Marsad { version }) if version == schema::SCHEMA_VERSION => {}
            Ok(schema::State::Marsad { version }) => {
                return Err(StoreError::Other(format!(
                    "{shown}: schema version {version} is older than this marsad's ({}); run `marsad ingest --db {shown}` (no inputs) to upgrade it",
                    schema::SCHEMA_VERSION
                )))
            }
            Ok(schema::State::Empty) => return Err(StoreError::Missing(shown)),
            Err(StoreError::Sqlite(_)) => return Err(StoreError::NotMarsad(shown)),
            Err(e) => return Err(e),
        }
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        register_functions(&conn)?;
        Ok(Store { conn, path: shown })
    }

    /// The file this store lives in.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The underlying connection (for tests and tools).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The id of the analyzer row for `info`, created if new.
    pub fn analyzer_id(&self, info: &AnalyzerInfo) -> Result<i64> {
        self.conn.execute(
            "INSERT OR IGNORE INTO analyzers(marsad_version, dictionaries, format, first_used)
             VALUES (?1, ?2, ?3, datetime('now'))",
            (&info.marsad_version, &info.dictionaries, marsad_core::FORMAT),
        )?;
        Ok(self.conn.query_row(
            "SELECT id FROM analyzers WHERE marsad_version = ?1 AND dictionaries = ?2 AND format = ?3",
            (&info.marsad_version, &info.dictionaries, marsad_core::FORMAT),
            |r| r.get(0),
        )?)
    }

    /// What is already known about a delivery, from committed data (used to skip analysis
    /// of documents already stored; the writer decides again inside its transaction).
    pub fn known(&self, source: &str, ext_id: &str, hash: &[u8; 16]) -> Result<Known> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.text_hash FROM sources s JOIN articles a ON a.id = s.article WHERE s.source = ?1 AND s.ext_id = ?2",
        )?;
        if let Some(h) = st.query_row((source, ext_id), |r| r.get::<_, Vec<u8>>(0)).optional()? {
            return Ok(if h == hash { Known::Stored } else { Known::Conflict });
        }
        let mut st = self.conn.prepare_cached("SELECT 1 FROM articles WHERE text_hash = ?1")?;
        Ok(if st.exists([&hash[..]])? { Known::Text } else { Known::New })
    }

    /// Write a batch of prepared documents in one transaction; returns one outcome each.
    pub fn write_batch(&mut self, docs: &[Prepared], analyzer: i64) -> Result<Vec<Outcome>> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(docs.len());
        for d in docs {
            out.push(write::write_doc(&tx, d, analyzer)?);
        }
        tx.commit()?;
        Ok(out)
    }

    /// Up to `limit` stored articles with rowid > `after` whose layers were produced by
    /// another analyzer than `analyzer` (or all, with `all`), in rowid order.
    pub fn stale_articles(&self, analyzer: i64, all: bool, after: i64, limit: usize) -> Result<Vec<(i64, Article)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, ext_id, date, title, source, url, text FROM articles
             WHERE id > ?1 AND (?2 OR analyzer != ?3) ORDER BY id LIMIT ?4",
        )?;
        let rows = st.query_map((after, all, analyzer, limit as i64), |r| {
            Ok((
                r.get(0)?,
                Article {
                    id: r.get(1)?,
                    date: r.get(2)?,
                    title: r.get(3)?,
                    source: r.get(4)?,
                    url: r.get(5)?,
                    text: r.get(6)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replace the layers of stored articles (reanalysis), one transaction for the batch.
    pub fn replace_layers(&mut self, batch: &[Redone], analyzer: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (id, analysis, quote_fts) in batch {
            write::delete_layers(&tx, *id)?;
            let day: Option<String> = tx.query_row("SELECT day FROM articles WHERE id = ?1", [id], |r| r.get(0))?;
            write::write_layers(&tx, *id, day.as_deref(), analysis, quote_fts, analyzer)?;
            tx.execute("UPDATE articles SET analyzer = ?1 WHERE id = ?2", (analyzer, id))?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Counts of the main tables, for summaries and tests.
    pub fn counts(&self) -> Result<Counts> {
        let c = |t: &str| -> Result<i64> { Ok(self.conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?) };
        Ok(Counts {
            articles: c("articles")?,
            sources: c("sources")?,
            mentions: c("mentions")?,
            quotes: c("quotes")?,
            events: c("events")?,
            actors: c("actors")?,
        })
    }

    /// Fold the WAL into the main file (end of an ingest) so the file's size is the truth.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Merge the full-text index segments (optional, after a large ingest).
    pub fn optimize(&self) -> Result<()> {
        self.conn.execute_batch(
            "INSERT INTO article_fts(article_fts) VALUES('optimize'); INSERT INTO quote_fts(quote_fts) VALUES('optimize'); PRAGMA optimize;",
        )?;
        Ok(())
    }
}

/// SQL functions marsad queries use: `marsad_key(text)`, the matching key (lower-cased),
/// so names can be compared whatever their spelling variants.
fn register_functions(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "marsad_key",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let s: Option<String> = ctx.get(0)?;
            Ok(s.map(|s| marsad_text::normalize::key(&s).to_lowercase()))
        },
    )?;
    Ok(())
}

/// A reanalysed article: its rowid, the new analysis, and its quotes' index columns.
pub type Redone = (i64, Analysis, Vec<(String, String)>);

/// What the store already holds about a delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// Nothing: analyse and store.
    New,
    /// This (source, id) is stored with this text: nothing to do.
    Stored,
    /// This (source, id) is stored with another text.
    Conflict,
    /// The text is stored (from another source): only the source is new.
    Text,
}

/// Row counts of the main tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub articles: i64,
    pub sources: i64,
    pub mentions: i64,
    pub quotes: i64,
    pub events: i64,
    pub actors: i64,
}

/// `YYYY-MM-DD` from a date as given (`2018-02-18T21:35:43+04:00` → `2018-02-18`).
pub fn day_of(date: Option<&str>) -> Option<String> {
    let d = date?.trim();
    let b = d.as_bytes();
    let ok = b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b[..10].iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    ok.then(|| d[..10].to_string())
}
