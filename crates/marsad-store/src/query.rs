//! Queries behind `marsad search|events|quotes|actors|dyads`. Each returns a [`Table`]
//! (named columns, typed cells) that the CLI prints as a text table, JSON or CSV.
//!
//! Filters are built as SQL with bound parameters only; user text never becomes SQL.
//! Actor filters take a code or a code prefix (`IRN` matches `IRNGOV`, `IRNMIL`) and use
//! `GLOB`, which is case-sensitive and can use the actor indexes.

use crate::text::{self, Query};
use crate::{Result, Store};
use marsad_text::segment::Segmenter;
use rusqlite::types::{Value as SqlValue, ValueRef};

/// One cell.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => Ok(()),
            Value::Int(i) => write!(f, "{i}"),
            Value::Real(r) => write!(f, "{}", (r * 1000.0).round() / 1000.0),
            Value::Text(s) => f.write_str(s),
        }
    }
}

impl From<ValueRef<'_>> for Value {
    fn from(v: ValueRef<'_>) -> Value {
        match v {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Int(i),
            ValueRef::Real(r) => Value::Real(r),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Text(b.iter().map(|x| format!("{x:02x}")).collect()),
        }
    }
}

/// A query result: column names and rows.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// The value of `column` in row `i` (tests and tools).
    pub fn get(&self, i: usize, column: &str) -> Option<&Value> {
        let c = self.columns.iter().position(|n| n == column)?;
        self.rows.get(i)?.get(c)
    }
}

/// Run SQL with parameters into a [`Table`].
pub fn run(store: &Store, sql: &str, params: &[SqlValue]) -> Result<Table> {
    let mut st = store.conn.prepare(sql)?;
    let columns: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
    let n = columns.len();
    let mut rows = Vec::new();
    let mut q = st.query(rusqlite::params_from_iter(params.iter()))?;
    while let Some(r) = q.next()? {
        let mut row = Vec::with_capacity(n);
        for i in 0..n {
            row.push(Value::from(r.get_ref(i)?));
        }
        rows.push(row);
    }
    Ok(Table { columns, rows })
}

/// Filters shared by every query.
#[derive(Clone, Debug, Default)]
pub struct Common {
    /// First day included (`YYYY-MM-DD`, or a prefix: `2018`, `2018-03`).
    pub from: Option<String>,
    /// Last day included (same forms: `2018-03` means up to the end of March).
    pub to: Option<String>,
    /// Only articles delivered by this source (any of an article's sources).
    pub source: Option<String>,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// Accumulates WHERE clauses and their parameters.
#[derive(Default)]
struct Where {
    clauses: Vec<String>,
    params: Vec<SqlValue>,
}

impl Where {
    fn push(&mut self, clause: &str, params: impl IntoIterator<Item = SqlValue>) {
        // `?N` in clauses are local (1-based); renumber them after earlier parameters.
        self.clauses.push(renumber(clause, self.params.len()));
        self.params.extend(params);
    }

    fn common(&mut self, day_col: &str, article_col: &str, f: &Common) {
        if let Some(d) = &f.from {
            self.push(&format!("{day_col} >= ?1"), [text_param(d)]);
        }
        if let Some(d) = &f.to {
            // A prefix bound (2018-03) includes the whole period.
            self.push(&format!("{day_col} <= ?1"), [text_param(&format!("{d}\u{FFFF}"))]);
        }
        if let Some(s) = &f.source {
            self.push(
                &format!("EXISTS (SELECT 1 FROM sources s WHERE s.article = {article_col} AND s.source = ?1)"),
                [text_param(s)],
            );
        }
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// Add `base` to every `?N` parameter number in `sql`.
fn renumber(sql: &str, base: usize) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        out.push(c);
        if c == '?' {
            let mut n = String::new();
            while let Some(&(_, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                n.push(d);
                chars.next();
            }
            if let Ok(k) = n.parse::<usize>() {
                out.push_str(&(k + base).to_string());
            } else {
                out.push_str(&n);
            }
        }
    }
    out
}

fn text_param(s: &str) -> SqlValue {
    SqlValue::Text(s.to_string())
}

fn limit_sql(f: &Common, default: usize) -> String {
    format!("LIMIT {}", f.limit.unwrap_or(default))
}

/// An actor code or prefix as a GLOB pattern (metacharacters are not codes: refused).
fn code_glob(code: &str) -> SqlValue {
    let c: String = code.trim().to_uppercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    SqlValue::Text(format!("{c}*"))
}

/// Time buckets for per-period queries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    fn sql(self, day_col: &str) -> String {
        match self {
            Period::Day => day_col.to_string(),
            Period::Week => format!("strftime('%Y-W%W', {day_col})"),
            Period::Month => format!("substr({day_col}, 1, 7)"),
            Period::Year => format!("substr({day_col}, 1, 4)"),
        }
    }
}

// ------------------------------------------------------------------ search

/// One search hit.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Hit {
    /// The article (or the quote's article) id as given by its first source.
    pub article: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    /// For quote hits: the speaker's actor code and name.
    pub speaker: Option<String>,
    /// BM25 score (lower is better, as SQLite gives it).
    pub score: f64,
    /// The original text around the matches, matches marked.
    pub snippet: String,
    /// Code-point offsets of the first match in the article text (quote text for quotes).
    pub first_match: Option<(usize, usize)>,
}

/// Search filters beyond [`Common`].
#[derive(Clone, Debug, Default)]
pub struct SearchFilter {
    pub common: Common,
    /// Only articles that mention this actor code or prefix.
    pub actor: Option<String>,
    /// Search quotations instead of whole articles.
    pub quotes: bool,
}

/// Full-text search. `marks` are the highlight open/close strings. Returns no hits for a
/// query with no words.
pub fn search(store: &Store, seg: &Segmenter, q: &str, f: &SearchFilter, marks: (&str, &str)) -> Result<Vec<Hit>> {
    let Some(query) = text::compile(seg, q) else { return Ok(Vec::new()) };
    if f.quotes {
        return search_quotes(store, seg, &query, f, marks);
    }
    let mut w = Where::default();
    w.push("article_fts MATCH ?1", [text_param(&query.fts)]);
    w.common("a.day", "a.id", &f.common);
    if let Some(actor) = &f.actor {
        w.push("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND m.actor GLOB ?1)", [code_glob(actor)]);
    }
    let sql = format!(
        "SELECT a.ext_id, a.day, a.source, a.title, bm25(article_fts) AS score, a.text
         FROM article_fts JOIN articles a ON a.id = article_fts.rowid {} ORDER BY score {}",
        w.sql(),
        limit_sql(&f.common, 20)
    );
    let mut st = store.conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, f64>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (article, date, source, title, score, body) = row?;
        let sn = text::snippet(seg, &body, &query, 24, marks.0, marks.1);
        let snippet = if sn.first.is_none() { title.clone().unwrap_or_default() } else { sn.text };
        hits.push(Hit { article, date, source, title, speaker: None, score, snippet, first_match: sn.first });
    }
    Ok(hits)
}

fn search_quotes(store: &Store, seg: &Segmenter, query: &Query, f: &SearchFilter, marks: (&str, &str)) -> Result<Vec<Hit>> {
    let mut w = Where::default();
    w.push("quote_fts MATCH ?1", [text_param(&query.fts)]);
    w.common("q.day", "q.article", &f.common);
    if let Some(actor) = &f.actor {
        w.push("q.speaker_actor GLOB ?1", [code_glob(actor)]);
    }
    let sql = format!(
        "SELECT a.ext_id, q.day, a.source, a.title, bm25(quote_fts) AS score, q.text,
                trim(coalesce(q.speaker_actor, '') || ' ' || coalesce(q.speaker_entity, q.speaker_text, ''))
         FROM quote_fts JOIN quotes q ON q.id = quote_fts.rowid JOIN articles a ON a.id = q.article
         {} ORDER BY score {}",
        w.sql(),
        limit_sql(&f.common, 20)
    );
    let mut st = store.conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, f64>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (article, date, source, title, score, body, speaker) = row?;
        let sn = text::snippet(seg, &body, query, 40, marks.0, marks.1);
        hits.push(Hit {
            article,
            date,
            source,
            title,
            speaker: Some(speaker).filter(|s| !s.is_empty()),
            score,
            snippet: sn.text,
            first_match: sn.first,
        });
    }
    Ok(hits)
}

// ------------------------------------------------------------------ events

/// Event filters.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    pub common: Common,
    /// Actor (source side) code or prefix.
    pub actor: Option<String>,
    /// Recipient (target side) code or prefix.
    pub recipient: Option<String>,
    /// PLOVER type (`ASSAULT`), case-insensitive.
    pub event_type: Option<String>,
    /// CAMEO quad class 1–4.
    pub quad: Option<u8>,
    pub negated: Option<bool>,
    /// Only events stated in a quotation (true) or not (false).
    pub claimed: Option<bool>,
}

fn party_clause(side: &str, alias: &str) -> String {
    format!("EXISTS (SELECT 1 FROM event_parties p WHERE p.event = {alias}.id AND p.side = '{side}' AND p.actor GLOB ?1)")
}

fn event_where(f: &EventFilter) -> Where {
    let mut w = Where::default();
    w.common("e.day", "e.article", &f.common);
    if let Some(a) = &f.actor {
        w.push(&party_clause("actor", "e"), [code_glob(a)]);
    }
    if let Some(r) = &f.recipient {
        w.push(&party_clause("recipient", "e"), [code_glob(r)]);
    }
    if let Some(t) = &f.event_type {
        w.push("e.type = ?1", [text_param(&t.to_uppercase())]);
    }
    if let Some(q) = f.quad {
        w.push("e.quad_class = ?1", [SqlValue::Integer(q as i64)]);
    }
    if let Some(n) = f.negated {
        w.push("e.negated = ?1", [SqlValue::Integer(n as i64)]);
    }
    if let Some(c) = f.claimed {
        w.push(if c { "e.claimed_by IS NOT NULL" } else { "e.claimed_by IS NULL" }, []);
    }
    w
}

/// `marsad events`.
pub fn events(store: &Store, f: &EventFilter) -> Result<Table> {
    let w = event_where(f);
    let sql = format!(
        "SELECT e.day AS date, a.ext_id AS article, e.type AS type, e.cameo AS cameo, e.goldstein AS goldstein,
                e.quad_class AS quad,
                (SELECT group_concat(coalesce(p.actor, p.text), ';' ORDER BY p.idx) FROM event_parties p
                  WHERE p.event = e.id AND p.side = 'actor') AS actors,
                (SELECT group_concat(coalesce(p.actor, p.text), ';' ORDER BY p.idx) FROM event_parties p
                  WHERE p.event = e.id AND p.side = 'recipient') AS recipients,
                e.negated AS negated, e.modality AS modality, e.claimed_by AS claimed_by, e.trigger_text AS trigger
         FROM events e JOIN articles a ON a.id = e.article {} ORDER BY e.day, e.id {}",
        w.sql(),
        limit_sql(&f.common, 100)
    );
    run(store, &sql, &w.params)
}

// ------------------------------------------------------------------ quotes

/// Quote filters.
#[derive(Clone, Debug, Default)]
pub struct QuoteFilter {
    pub common: Common,
    /// Speaker actor code or prefix.
    pub speaker: Option<String>,
    /// Speaker name: matched on keys against the entity name and the speaker's words.
    pub name: Option<String>,
    /// Words in the quotation (full-text, as `search`).
    pub text: Option<String>,
    pub direct: Option<bool>,
}

/// `marsad quotes`.
pub fn quotes(store: &Store, seg: &Segmenter, f: &QuoteFilter) -> Result<Table> {
    let mut w = Where::default();
    w.common("q.day", "q.article", &f.common);
    if let Some(s) = &f.speaker {
        w.push("q.speaker_actor GLOB ?1", [code_glob(s)]);
    }
    if let Some(n) = &f.name {
        let k = marsad_text::normalize::key(n).to_lowercase();
        w.push(
            "(instr(lower(coalesce(q.speaker_entity, '')), ?1) > 0 OR instr(marsad_key(coalesce(q.speaker_text, '')), ?1) > 0)",
            [text_param(&k)],
        );
    }
    if let Some(t) = &f.text {
        match text::compile(seg, t) {
            Some(q) => w.push("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?1)", [text_param(&q.fts)]),
            None => w.push("0", []),
        }
    }
    if let Some(d) = f.direct {
        w.push("q.direct = ?1", [SqlValue::Integer(d as i64)]);
    }
    let sql = format!(
        "SELECT q.day AS date, a.ext_id AS article, q.speaker_actor AS speaker,
                coalesce(q.speaker_entity, q.speaker_text) AS speaker_name, q.direct AS direct, q.cue_text AS cue,
                q.text AS text
         FROM quotes q JOIN articles a ON a.id = q.article {} ORDER BY q.day, q.id {}",
        w.sql(),
        limit_sql(&f.common, 100)
    );
    run(store, &sql, &w.params)
}

// ------------------------------------------------------------------ actors

/// Actor filters.
#[derive(Clone, Debug, Default)]
pub struct ActorFilter {
    pub common: Common,
    /// Only codes with this prefix.
    pub prefix: Option<String>,
    /// Top actors per period instead of overall.
    pub per: Option<Period>,
}

/// `marsad actors`: the most mentioned actor codes, overall or per period (top `limit`
/// in each period).
pub fn actors(store: &Store, f: &ActorFilter) -> Result<Table> {
    let mut w = Where::default();
    w.push("m.actor IS NOT NULL", []);
    w.common("m.day", "m.article", &f.common);
    if let Some(p) = &f.prefix {
        w.push("m.actor GLOB ?1", [code_glob(p)]);
    }
    let n = f.common.limit.unwrap_or(20);
    let sql = match f.per {
        None => format!(
            "SELECT m.actor AS actor, x.country AS country, x.role AS role, count(*) AS mentions,
                    count(DISTINCT m.article) AS articles
             FROM mentions m LEFT JOIN actors x ON x.code = m.actor {}
             GROUP BY m.actor ORDER BY mentions DESC, m.actor LIMIT {n}",
            w.sql()
        ),
        Some(p) => {
            let period = p.sql("m.day");
            w.push("m.day IS NOT NULL", []);
            format!(
                "SELECT period, actor, mentions, articles FROM (
                   SELECT {period} AS period, m.actor AS actor, count(*) AS mentions,
                          count(DISTINCT m.article) AS articles,
                          row_number() OVER (PARTITION BY {period} ORDER BY count(*) DESC, m.actor) AS rank
                   FROM mentions m {} GROUP BY period, m.actor)
                 WHERE rank <= {n} ORDER BY period, rank",
                w.sql()
            )
        }
    };
    run(store, &sql, &w.params)
}

// ------------------------------------------------------------------ dyads

/// Dyad filters.
#[derive(Clone, Debug)]
pub struct DyadFilter {
    pub common: Common,
    /// Actor side code or prefix.
    pub a: String,
    /// Recipient side code or prefix.
    pub b: String,
    pub per: Period,
    /// Count both directions (A→B and B→A).
    pub both: bool,
    /// Count negated events too (by default they are left out: they did not happen).
    pub include_negated: bool,
}

/// `marsad dyads`: event counts from A to B per period, with Goldstein sums and means,
/// counts per quad class and per PLOVER type.
pub fn dyads(store: &Store, f: &DyadFilter) -> Result<Table> {
    let mut w = Where::default();
    w.push("e.day IS NOT NULL", []);
    w.common("e.day", "e.article", &f.common);
    let ab = format!("({} AND {})", party_clause("actor", "e"), party_clause("recipient", "e").replace("?1", "?2"));
    if f.both {
        let ba = ab.replace("?1", "?3").replace("?2", "?1").replace("?3", "?2");
        w.push(&format!("({ab} OR {ba})"), [code_glob(&f.a), code_glob(&f.b)]);
    } else {
        w.push(&ab, [code_glob(&f.a), code_glob(&f.b)]);
    }
    if !f.include_negated {
        w.push("e.negated = 0", []);
    }
    let period = f.per.sql("e.day");
    let sql = format!(
        "WITH ev AS (SELECT e.*, {period} AS period FROM events e {}),
              t AS (SELECT period, type, count(*) AS n FROM ev GROUP BY period, type)
         SELECT ev.period AS period, count(*) AS events,
                round(coalesce(sum(ev.goldstein), 0), 2) AS goldstein_sum,
                round(avg(ev.goldstein), 2) AS goldstein_mean,
                sum(ev.quad_class = 1) AS verbal_coop, sum(ev.quad_class = 2) AS material_coop,
                sum(ev.quad_class = 3) AS verbal_conflict, sum(ev.quad_class = 4) AS material_conflict,
                (SELECT group_concat(t.type || ':' || t.n, ' ' ORDER BY t.n DESC, t.type) FROM t
                  WHERE t.period = ev.period) AS plover
         FROM ev GROUP BY ev.period ORDER BY ev.period {}",
        w.sql(),
        limit_sql(&f.common, 10_000)
    );
    run(store, &sql, &w.params)
}
