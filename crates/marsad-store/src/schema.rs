//! The schema and its migrations.
//!
//! A marsad database is recognised by `PRAGMA application_id` ([`APPLICATION_ID`]) and
//! versioned by `PRAGMA user_version`. Opening checks both *before* writing anything: a
//! file that is not marsad's, or that a newer marsad wrote, is refused untouched.
//! Migrations are numbered and each runs in its own transaction together with the bump of
//! `user_version`, so an interrupted migration leaves the previous version intact.

use crate::StoreError;
use rusqlite::Connection;

/// `MRSD` in ASCII: marks a SQLite file as a marsad store.
pub const APPLICATION_ID: i32 = 0x4D52_5344;

/// The schema version this build writes. Bump it with a new entry in [`MIGRATIONS`].
pub const SCHEMA_VERSION: i32 = 1;

/// `MIGRATIONS[i]` takes a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1];

const V1: &str = r#"
-- Which marsad and which dictionaries produced a layer (see `reanalyze`).
CREATE TABLE analyzers(
  id INTEGER PRIMARY KEY,
  marsad_version TEXT NOT NULL,
  dictionaries TEXT NOT NULL,          -- fingerprint of the dictionary files
  format TEXT NOT NULL,                -- output format version (marsad/1)
  first_used TEXT NOT NULL,
  UNIQUE(marsad_version, dictionaries, format)
);

-- One row per distinct text (dedup by hash of the normalized text).
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,              -- internal; also the rowid of article_fts
  text_hash BLOB NOT NULL UNIQUE,      -- xxh3-128 of the normalized text
  ext_id TEXT NOT NULL,                -- the id given by the first source that had it
  date TEXT,                           -- as given
  day TEXT,                            -- YYYY-MM-DD from date, or NULL
  title TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,                  -- byte-exact, offsets point into it
  chars INTEGER NOT NULL,
  analyzer INTEGER NOT NULL REFERENCES analyzers(id),
  ingested TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source ON articles(source, day);
CREATE INDEX articles_analyzer ON articles(analyzer);

-- Every (source, id) that delivered an article: duplicates across outlets keep all sources.
CREATE TABLE sources(
  source TEXT NOT NULL,                -- '' when the input names none
  ext_id TEXT NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(id),
  url TEXT,
  date TEXT,
  title TEXT,
  origin TEXT,                         -- file (and line) it was read from
  PRIMARY KEY(source, ext_id)
) WITHOUT ROWID;
CREATE INDEX sources_article ON sources(article);

-- Actor codes seen in mentions, quotes or events.
CREATE TABLE actors(
  code TEXT PRIMARY KEY,
  country TEXT,
  role TEXT,
  entity TEXT                          -- a canonical name seen with the code, if any
) WITHOUT ROWID;

CREATE TABLE mentions(
  article INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,                -- position in the article's mention list
  day TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, entity TEXT, actor TEXT, country TEXT, role TEXT,
  rule TEXT NOT NULL,
  antecedent_start INTEGER, antecedent_end INTEGER,
  analyzer INTEGER NOT NULL REFERENCES analyzers(id),
  PRIMARY KEY(article, idx)
);
CREATE INDEX mentions_actor ON mentions(actor, day);
CREATE INDEX mentions_day ON mentions(day);

CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,              -- also the rowid of quote_fts
  article INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  day TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT, speaker_entity TEXT,
  speaker_actor TEXT, speaker_country TEXT, speaker_role TEXT,
  confidence REAL NOT NULL, rule TEXT NOT NULL,
  analyzer INTEGER NOT NULL REFERENCES analyzers(id),
  UNIQUE(article, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_actor, day);
CREATE INDEX quotes_day ON quotes(day);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  day TEXT,
  type TEXT NOT NULL, cameo TEXT, mode TEXT,
  goldstein REAL, quad_class INTEGER,  -- from dictionaries/cameo.tsv via the CAMEO code
  negated INTEGER NOT NULL, modality TEXT,
  claimed_by INTEGER,                  -- idx of the quote (same article) stating it
  sentence_start INTEGER, sentence_end INTEGER,
  trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
  confidence REAL NOT NULL, rule TEXT NOT NULL,
  analyzer INTEGER NOT NULL REFERENCES analyzers(id),
  UNIQUE(article, idx)
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE event_parties(
  event INTEGER NOT NULL REFERENCES events(id),
  side TEXT NOT NULL CHECK(side IN ('actor', 'recipient')),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  entity TEXT, actor TEXT, country TEXT, role TEXT,
  PRIMARY KEY(event, side, idx)
) WITHOUT ROWID;
CREATE INDEX event_parties_actor ON event_parties(actor, side);

-- Full text: normalized keys of every word, and their clitic-stripped stems, position
-- by position. Contentless: the text lives in `articles`; snippets are cut from it.
CREATE VIRTUAL TABLE article_fts USING fts5(
  words, stems, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE quote_fts USING fts5(
  words, stems, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
"#;

/// What [`check`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum State {
    /// A new, empty file: the schema must be created.
    Empty,
    /// A marsad store at `version` (≤ [`SCHEMA_VERSION`]).
    Marsad { version: i32 },
}

/// Recognise the file without writing to it.
pub fn check(conn: &Connection, path: &str) -> Result<State, StoreError> {
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if app == 0 && version == 0 && tables == 0 {
        return Ok(State::Empty);
    }
    if app != APPLICATION_ID {
        return Err(StoreError::NotMarsad(path.to_string()));
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew { path: path.to_string(), found: version, supported: SCHEMA_VERSION });
    }
    Ok(State::Marsad { version })
}

/// Bring the schema from `from` to [`SCHEMA_VERSION`], one transaction per step.
pub fn migrate(conn: &mut Connection, from: i32) -> Result<(), StoreError> {
    for v in from..SCHEMA_VERSION {
        let tx = conn.transaction()?;
        tx.execute_batch(MIGRATIONS[v as usize])?;
        tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};", v + 1))?;
        tx.commit()?;
    }
    Ok(())
}
