//! The JSON API (`/api/…`), documented in `assets/openapi.json`.
//!
//! Every handler validates its parameters ([`Params`]), then runs its queries on a pooled
//! read-only connection ([`crate::db::Db::run`]). SQL text is built only from fixed
//! fragments; every value from the request is a bound parameter. Every list is paged
//! (`limit` with a maximum, `offset`).

use crate::error::ApiError;
use crate::params::{CodeFilter, Page, Params};
use crate::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use marsad_store::text as stext;
use marsad_store::Store;
use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, Row};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

type St = State<Arc<AppState>>;
type Out = Result<Json<Value>, ApiError>;

/// Longest article text returned (code points); longer texts are cut, with their
/// annotations, and flagged `truncated`.
pub const MAX_TEXT_CHARS: usize = 1_000_000;
/// Totals are counted up to this many rows (then `total_capped` is true).
const COUNT_CAP: i64 = 10_000;
/// Highlight marks inside snippets (private-use characters, split out before sending).
const OPEN: &str = "\u{E000}";
const CLOSE: &str = "\u{E001}";

// ------------------------------------------------------------------ SQL helpers

/// WHERE clauses with anonymous `?` parameters, in order.
#[derive(Default)]
struct W {
    clauses: Vec<String>,
    params: Vec<Sql>,
}

impl W {
    fn add(&mut self, clause: impl Into<String>, params: impl IntoIterator<Item = Sql>) {
        self.clauses.push(clause.into());
        self.params.extend(params);
    }
    fn code(&mut self, col: &str, c: &CodeFilter) {
        let (clause, v) = c.sql(col);
        self.add(clause, [Sql::Text(v)]);
    }
    fn dates(&mut self, col: &str, from: &Option<String>, to: &Option<String>) {
        if let Some(f) = from {
            self.add(format!("{col} >= ?"), [Sql::Text(f.clone())]);
        }
        if let Some(t) = to {
            // A period bound (2018-03) includes the whole period.
            self.add(format!("{col} <= ?"), [Sql::Text(format!("{t}\u{FFFF}"))]);
        }
    }
    fn source(&mut self, article_col: &str, source: Option<&str>) {
        if let Some(s) = source {
            self.add(
                format!("EXISTS (SELECT 1 FROM sources s WHERE s.article = {article_col} AND s.source = ?)"),
                [Sql::Text(s.to_string())],
            );
        }
    }
    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn params_of(w: &W) -> rusqlite::ParamsFromIter<std::slice::Iter<'_, Sql>> {
    rusqlite::params_from_iter(w.params.iter())
}

/// `count(*)` of a query's rows, counting at most [`COUNT_CAP`].
fn capped_count(s: &Store, from_where: &str, w: &W) -> Result<(i64, bool), ApiError> {
    let sql = format!(
        "SELECT count(*) FROM (SELECT 1 {from_where} LIMIT {})",
        COUNT_CAP + 1
    );
    let n: i64 = s
        .conn()
        .prepare_cached(&sql)?
        .query_row(params_of(w), |r| r.get(0))?;
    Ok((n.min(COUNT_CAP), n > COUNT_CAP))
}

fn paged(items: Vec<Value>, page: Page, total: Option<(i64, bool)>) -> Value {
    let mut p = page.json(total.map(|t| t.0), items.len());
    if let Some((_, capped)) = total {
        p["total_capped"] = json!(capped);
    }
    json!({ "items": items, "page": p })
}

fn txt(r: &Row, i: usize) -> rusqlite::Result<Option<String>> {
    r.get(i)
}

fn party(r: &Row, i: usize) -> rusqlite::Result<Value> {
    Ok(json!({
        "start": r.get::<_, i64>(i)?, "end": r.get::<_, i64>(i + 1)?, "text": r.get::<_, String>(i + 2)?,
        "entity": txt(r, i + 3)?, "actor": txt(r, i + 4)?, "country": txt(r, i + 5)?, "role": txt(r, i + 6)?,
    }))
}

/// Actors and recipients of the given event ids, as `id → (actors, recipients)`.
/// Actors and recipients of one event.
type Sides = (Vec<Value>, Vec<Value>);

fn parties_of(s: &Store, ids: &[i64]) -> Result<HashMap<i64, Sides>, ApiError> {
    let mut out: HashMap<i64, Sides> = HashMap::new();
    let mut st = s.conn().prepare_cached(
        "SELECT side, start, \"end\", text, entity, actor, country, role FROM event_parties WHERE event = ? ORDER BY side, idx",
    )?;
    for &id in ids {
        let e = out.entry(id).or_default();
        let mut rows = st.query([id])?;
        while let Some(r) = rows.next()? {
            let side: String = r.get(0)?;
            let p = party(r, 1)?;
            if side == "actor" {
                e.0.push(p)
            } else {
                e.1.push(p)
            }
        }
    }
    Ok(out)
}

/// Split a snippet with marks into `[{text, hit}]` parts (the page builds text nodes).
fn snippet_parts(sn: &str) -> Value {
    let mut parts = Vec::new();
    let mut rest = sn;
    while !rest.is_empty() {
        match rest.find(OPEN) {
            Some(i) => {
                if i > 0 {
                    parts.push(json!({"text": &rest[..i], "hit": false}));
                }
                let after = &rest[i + OPEN.len()..];
                let j = after.find(CLOSE).unwrap_or(after.len());
                parts.push(json!({"text": &after[..j], "hit": true}));
                rest = after.get(j + CLOSE.len()..).unwrap_or("");
            }
            None => {
                parts.push(json!({"text": rest, "hit": false}));
                break;
            }
        }
    }
    Value::Array(parts)
}

fn quad_name(q: Option<i64>) -> Option<&'static str> {
    match q? {
        1 => Some("verbal cooperation"),
        2 => Some("material cooperation"),
        3 => Some("verbal conflict"),
        4 => Some("material conflict"),
        _ => None,
    }
}

fn period_sql(per: &str, col: &str) -> String {
    match per {
        "day" => col.to_string(),
        "week" => format!("strftime('%Y-W%W', {col})"),
        "year" => format!("substr({col}, 1, 4)"),
        _ => format!("substr({col}, 1, 7)"),
    }
}

// ------------------------------------------------------------------ stats

pub async fn stats(State(st): St, RawQuery(q): RawQuery) -> Out {
    Params::parse(q.as_deref(), &[])?;
    let st2 = st.clone();
    let v = st
        .cached("stats".into(), move || async move { st2.db.run("/api/stats", |s| {
            let c = s.counts()?;
            let (first, last): (Option<String>, Option<String>) =
                s.conn().query_row("SELECT min(day), max(day) FROM articles", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let mut types = Vec::new();
            let mut st = s.conn().prepare_cached("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                types.push(json!({"type": r.get::<_, String>(0)?, "events": r.get::<_, i64>(1)?}));
            }
            let mut sources = Vec::new();
            let mut st = s.conn().prepare_cached("SELECT source, count(*) FROM sources GROUP BY source ORDER BY 2 DESC, 1 LIMIT 100")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                sources.push(json!({"source": r.get::<_, String>(0)?, "articles": r.get::<_, i64>(1)?}));
            }
            Ok(json!({
                "counts": c, "first_day": first, "last_day": last,
                "event_types": types, "sources": sources,
                "format": "marsad/1", "server": env!("CARGO_PKG_VERSION"),
            }))
        })
        .await })
        .await?;
    Ok(Json((*v).clone()))
}

// ------------------------------------------------------------------ search

pub async fn search(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &[
            "q", "kind", "from", "to", "source", "actor", "limit", "offset",
        ],
    )?;
    let text = p
        .str("q")
        .ok_or_else(|| ApiError::bad("'q' is required: the words to search for"))?
        .to_string();
    let kind = p.choice("kind", &["articles", "quotes"], "articles")?;
    let (from, to, actor) = (p.date("from")?, p.date("to")?, p.code("actor")?);
    let source = p.str("source").map(str::to_string);
    let page = p.page(20, 100)?;
    let seg = st.seg.clone();
    let Some(query) = stext::compile(&seg, &text) else {
        return Ok(Json(
            json!({"query": text, "kind": kind, "items": [], "page": page.json(Some(0), 0)}),
        ));
    };
    let v = st
        .db
        .run("/api/search", move |s| {
            let mut w = W::default();
            let quotes = kind == "quotes";
            let (fts, alias, day) = if quotes { ("quote_fts", "q", "q.day") } else { ("article_fts", "a", "a.day") };
            w.add(format!("{fts} MATCH ?"), [Sql::Text(query.fts.clone())]);
            w.dates(day, &from, &to);
            let art = if quotes { "q.article" } else { "a.id" };
            w.source(art, source.as_deref());
            if let Some(c) = &actor {
                if quotes {
                    w.code("q.speaker_actor", c);
                } else {
                    let (clause, v) = c.sql("m.actor");
                    w.add(format!("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND {clause})"), [Sql::Text(v)]);
                }
            }
            let join = if quotes { "quotes q ON q.id = quote_fts.rowid" } else { "articles a ON a.id = article_fts.rowid" };
            let from_where = format!("FROM {fts} JOIN {join}{}", w.sql());
            let total = capped_count(s, &from_where, &w)?;
            let sql = format!(
                "SELECT {alias}.id, bm25({fts}) AS score {from_where} ORDER BY score LIMIT {} OFFSET {}",
                page.limit, page.offset
            );
            let mut stmt = s.conn().prepare_cached(&sql)?;
            let ids: Vec<(i64, f64)> =
                stmt.query_map(params_of(&w), |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
            let mut items = Vec::with_capacity(ids.len());
            if quotes {
                let mut st = s.conn().prepare_cached(
                    "SELECT q.article, a.ext_id, q.day, a.title, a.source, q.text, q.direct, q.start, q.\"end\",
                            q.speaker_text, q.speaker_entity, q.speaker_actor
                     FROM quotes q JOIN articles a ON a.id = q.article WHERE q.id = ?",
                )?;
                for (id, score) in ids {
                    let row = st.query_row([id], |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            txt(r, 1)?,
                            txt(r, 2)?,
                            txt(r, 3)?,
                            txt(r, 4)?,
                            r.get::<_, String>(5)?,
                            r.get::<_, bool>(6)?,
                            r.get::<_, i64>(7)?,
                            r.get::<_, i64>(8)?,
                            json!({"text": txt(r, 9)?, "entity": txt(r, 10)?, "actor": txt(r, 11)?}),
                        ))
                    })?;
                    let sn = stext::snippet(&seg, &row.5, &query, 40, OPEN, CLOSE);
                    items.push(json!({
                        "quote": id, "article": row.0, "ext_id": row.1, "day": row.2, "title": row.3, "source": row.4,
                        "direct": row.6, "start": row.7, "end": row.8, "speaker": row.9,
                        "score": score, "snippet": snippet_parts(&sn.text),
                    }));
                }
            } else {
                let mut st = s.conn().prepare_cached("SELECT ext_id, day, title, source, text FROM articles WHERE id = ?")?;
                for (id, score) in ids {
                    let (ext_id, day, title, source, body): (String, Option<String>, Option<String>, Option<String>, String) =
                        st.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
                    let sn = stext::snippet(&seg, &body, &query, 30, OPEN, CLOSE);
                    items.push(json!({
                        "article": id, "ext_id": ext_id, "day": day, "title": title, "source": source,
                        "score": score, "snippet": snippet_parts(&sn.text),
                        "first_match": sn.first.map(|(a, b)| [a, b]),
                    }));
                }
            }
            let mut out = paged(items, page, Some(total));
            out["query"] = json!(text);
            out["kind"] = json!(kind);
            Ok(out)
        })
        .await?;
    Ok(Json(v))
}

// ------------------------------------------------------------------ articles

pub async fn articles(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &[
            "from", "to", "source", "actor", "ext_id", "order", "limit", "offset",
        ],
    )?;
    let (from, to, actor) = (p.date("from")?, p.date("to")?, p.code("actor")?);
    let source = p.str("source").map(str::to_string);
    let ext_id = p.str("ext_id").map(str::to_string);
    let order = if p.choice("order", &["desc", "asc"], "desc")? == "asc" {
        "ASC"
    } else {
        "DESC"
    };
    let page = p.page(20, 200)?;
    let v = st
        .db
        .run("/api/articles", move |s| {
            let mut w = W::default();
            w.dates("a.day", &from, &to);
            w.source("a.id", source.as_deref());
            if let Some(e) = &ext_id {
                w.add("a.id IN (SELECT article FROM sources WHERE ext_id = ?)", [Sql::Text(e.clone())]);
            }
            if let Some(c) = &actor {
                let (clause, v) = c.sql("m.actor");
                w.add(format!("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND {clause})"), [Sql::Text(v)]);
            }
            let from_where = format!("FROM articles a{}", w.sql());
            let total = capped_count(s, &from_where, &w)?;
            let sql = format!(
                "SELECT a.id, a.ext_id, a.day, a.title, a.source, a.chars,
                        (SELECT count(*) FROM mentions m WHERE m.article = a.id),
                        (SELECT count(*) FROM quotes q WHERE q.article = a.id),
                        (SELECT count(*) FROM events e WHERE e.article = a.id)
                 {from_where} ORDER BY a.day {order}, a.id {order} LIMIT {} OFFSET {}",
                page.limit, page.offset
            );
            let mut st = s.conn().prepare_cached(&sql)?;
            let items = st
                .query_map(params_of(&w), |r| {
                    Ok(json!({
                        "article": r.get::<_, i64>(0)?, "ext_id": txt(r, 1)?, "day": txt(r, 2)?, "title": txt(r, 3)?,
                        "source": txt(r, 4)?, "chars": r.get::<_, i64>(5)?,
                        "mentions": r.get::<_, i64>(6)?, "quotes": r.get::<_, i64>(7)?, "events": r.get::<_, i64>(8)?,
                    }))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(paged(items, page, Some(total)))
        })
        .await?;
    Ok(Json(v))
}

/// A positive integer id from the path.
fn path_id(raw: &str, what: &str) -> Result<i64, ApiError> {
    match raw.parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(ApiError::bad(format!(
            "{what} ids are positive whole numbers, not '{}'",
            crate::params::clip(raw)
        ))),
    }
}

pub async fn article(State(st): St, Path(raw): Path<String>, RawQuery(q): RawQuery) -> Out {
    Params::parse(q.as_deref(), &[])?;
    let id = path_id(&raw, "article")?;
    let v = st
        .db
        .run("/api/articles/{id}", move |s| article_json(s, id))
        .await?;
    Ok(Json(v))
}

fn article_json(s: &Store, id: i64) -> Result<Value, ApiError> {
    let c = s.conn();
    let row = c
        .prepare_cached(
            "SELECT a.ext_id, a.date, a.day, a.title, a.source, a.url, a.text, a.chars, an.marsad_version, an.dictionaries
             FROM articles a LEFT JOIN analyzers an ON an.id = a.analyzer WHERE a.id = ?",
        )?
        .query_row([id], |r| {
            Ok((
                txt(r, 0)?,
                txt(r, 1)?,
                txt(r, 2)?,
                txt(r, 3)?,
                txt(r, 4)?,
                txt(r, 5)?,
                r.get::<_, String>(6)?,
                r.get::<_, i64>(7)?,
                json!({"marsad_version": txt(r, 8)?, "dictionaries": txt(r, 9)?}),
            ))
        })
        .optional()?;
    let Some((ext_id, date, day, title, source, url, mut text, chars, analyzer)) = row else {
        return Err(ApiError::not_found(format!("no article with id {id}")));
    };
    let truncated = chars as usize > MAX_TEXT_CHARS;
    let keep = |end: i64| !truncated || end as usize <= MAX_TEXT_CHARS;
    if truncated {
        let cut = text
            .char_indices()
            .nth(MAX_TEXT_CHARS)
            .map(|(b, _)| b)
            .unwrap_or(text.len());
        text.truncate(cut);
    }
    let mut sources = Vec::new();
    let mut st = c.prepare_cached("SELECT source, ext_id, url, date, title FROM sources WHERE article = ? ORDER BY source, ext_id")?;
    let mut rows = st.query([id])?;
    while let Some(r) = rows.next()? {
        sources.push(json!({"source": txt(r, 0)?, "ext_id": txt(r, 1)?, "url": txt(r, 2)?, "date": txt(r, 3)?, "title": txt(r, 4)?}));
    }
    let mut mentions = Vec::new();
    let mut st = c.prepare_cached(
        "SELECT idx, start, \"end\", text, type, entity, actor, country, role, rule, antecedent_start, antecedent_end
         FROM mentions WHERE article = ? ORDER BY idx",
    )?;
    let mut rows = st.query([id])?;
    while let Some(r) = rows.next()? {
        let end: i64 = r.get(2)?;
        if !keep(end) {
            continue;
        }
        let ant: Option<i64> = r.get(10)?;
        mentions.push(json!({
            "idx": r.get::<_, i64>(0)?, "start": r.get::<_, i64>(1)?, "end": end, "text": txt(r, 3)?, "type": txt(r, 4)?,
            "entity": txt(r, 5)?, "actor": txt(r, 6)?, "country": txt(r, 7)?, "role": txt(r, 8)?, "rule": txt(r, 9)?,
            "antecedent": ant.map(|a| json!([a, r.get::<_, Option<i64>>(11).ok().flatten()])),
        }));
    }
    let mut quotes = Vec::new();
    let mut st = c.prepare_cached(
        "SELECT id, idx, start, \"end\", text, direct, cue_start, cue_end, cue_text,
                speaker_start, speaker_end, speaker_text, speaker_entity, speaker_actor, speaker_country, speaker_role,
                confidence, rule
         FROM quotes WHERE article = ? ORDER BY idx",
    )?;
    let mut rows = st.query([id])?;
    while let Some(r) = rows.next()? {
        let end: i64 = r.get(3)?;
        if !keep(end) {
            continue;
        }
        let cue: Option<i64> = r.get(6)?;
        let sp: Option<i64> = r.get(9)?;
        quotes.push(json!({
            "id": r.get::<_, i64>(0)?, "idx": r.get::<_, i64>(1)?, "start": r.get::<_, i64>(2)?, "end": end,
            "text": txt(r, 4)?, "direct": r.get::<_, bool>(5)?,
            "cue": cue.map(|c| json!({"start": c, "end": r.get::<_, Option<i64>>(7).ok().flatten(), "text": txt(r, 8).ok().flatten()})),
            "speaker": sp.map(|st| json!({
                "start": st, "end": r.get::<_, Option<i64>>(10).ok().flatten(), "text": txt(r, 11).ok().flatten(),
                "entity": txt(r, 12).ok().flatten(), "actor": txt(r, 13).ok().flatten(),
                "country": txt(r, 14).ok().flatten(), "role": txt(r, 15).ok().flatten(),
            })),
            "confidence": r.get::<_, f64>(16)?, "rule": txt(r, 17)?,
        }));
    }
    let mut events = Vec::new();
    let mut st = c.prepare_cached(
        "SELECT id, idx, type, cameo, mode, goldstein, quad_class, negated, modality, claimed_by,
                sentence_start, sentence_end, trigger_start, trigger_end, trigger_text, confidence, rule
         FROM events WHERE article = ? ORDER BY idx",
    )?;
    let mut rows = st.query([id])?;
    let mut ids = Vec::new();
    while let Some(r) = rows.next()? {
        let tend: Option<i64> = r.get(13)?;
        if !keep(tend.unwrap_or(0)) {
            continue;
        }
        let eid: i64 = r.get(0)?;
        ids.push(eid);
        let quad: Option<i64> = r.get(6)?;
        let ts: Option<i64> = r.get(12)?;
        let ss: Option<i64> = r.get(10)?;
        events.push(json!({
            "id": eid, "idx": r.get::<_, i64>(1)?, "type": txt(r, 2)?, "cameo": txt(r, 3)?, "mode": txt(r, 4)?,
            "goldstein": r.get::<_, Option<f64>>(5)?, "quad_class": quad, "quad": quad_name(quad),
            "negated": r.get::<_, bool>(7)?, "modality": txt(r, 8)?, "claimed_by": r.get::<_, Option<i64>>(9)?,
            "sentence": ss.map(|a| json!([a, r.get::<_, Option<i64>>(11).ok().flatten()])),
            "trigger": ts.map(|a| json!({"start": a, "end": tend, "text": txt(r, 14).ok().flatten()})),
            "confidence": r.get::<_, f64>(15)?, "rule": txt(r, 16)?,
        }));
    }
    let mut parties = parties_of(s, &ids)?;
    for e in &mut events {
        let id = e["id"].as_i64().unwrap_or(0);
        let (a, r) = parties.remove(&id).unwrap_or_default();
        e["actors"] = Value::Array(a);
        e["recipients"] = Value::Array(r);
    }
    Ok(json!({
        "article": id, "ext_id": ext_id, "date": date, "day": day, "title": title, "source": source, "url": url,
        "chars": chars, "truncated": truncated, "text": text, "sources": sources, "analyzer": analyzer,
        "mentions": mentions, "quotes": quotes, "events": events,
    }))
}

// ------------------------------------------------------------------ quotes

pub async fn quotes(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &[
            "speaker", "entity", "name", "q", "direct", "article", "from", "to", "source", "order",
            "limit", "offset",
        ],
    )?;
    let (from, to, speaker) = (p.date("from")?, p.date("to")?, p.code("speaker")?);
    let entity = p.str("entity").map(str::to_string);
    let name = p
        .str("name")
        .map(|n| marsad_text::normalize::key(n).to_lowercase());
    let source = p.str("source").map(str::to_string);
    let direct = p.bool("direct")?;
    let article = p
        .str("article")
        .map(|a| path_id(a, "article"))
        .transpose()?;
    let order = if p.choice("order", &["desc", "asc"], "desc")? == "asc" {
        "ASC"
    } else {
        "DESC"
    };
    let page = p.page(50, 200)?;
    let fts = p
        .str("q")
        .map(|t| stext::compile(&st.seg, t).map(|q| q.fts));
    let v = st
        .db
        .run("/api/quotes", move |s| {
            let mut w = W::default();
            w.dates("q.day", &from, &to);
            w.source("q.article", source.as_deref());
            if let Some(c) = &speaker {
                w.code("q.speaker_actor", c);
            }
            if let Some(e) = &entity {
                w.add("q.speaker_entity = ?", [Sql::Text(e.clone())]);
            }
            if let Some(k) = &name {
                w.add(
                    "(instr(lower(coalesce(q.speaker_entity, '')), ?) > 0 OR instr(marsad_key(coalesce(q.speaker_text, '')), ?) > 0)",
                    [Sql::Text(k.clone()), Sql::Text(k.clone())],
                );
            }
            match &fts {
                Some(Some(f)) => w.add("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)", [Sql::Text(f.clone())]),
                Some(None) => w.add("0", []),
                None => {}
            }
            if let Some(d) = direct {
                w.add("q.direct = ?", [Sql::Integer(d as i64)]);
            }
            if let Some(a) = article {
                w.add("q.article = ?", [Sql::Integer(a)]);
            }
            let from_where = format!("FROM quotes q{}", w.sql());
            let total = capped_count(s, &from_where, &w)?;
            let sql = format!(
                "SELECT q.id, q.article, (SELECT ext_id FROM articles WHERE id = q.article),
                        (SELECT title FROM articles WHERE id = q.article), q.day, q.start, q.\"end\", q.text, q.direct,
                        q.cue_text, q.speaker_text, q.speaker_entity, q.speaker_actor, q.speaker_country, q.speaker_role,
                        q.confidence, q.rule
                 {from_where} ORDER BY q.day {order}, q.id {order} LIMIT {} OFFSET {}",
                page.limit, page.offset
            );
            let mut st = s.conn().prepare_cached(&sql)?;
            let items = st
                .query_map(params_of(&w), |r| {
                    Ok(json!({
                        "quote": r.get::<_, i64>(0)?, "article": r.get::<_, i64>(1)?, "ext_id": txt(r, 2)?, "title": txt(r, 3)?,
                        "day": txt(r, 4)?, "start": r.get::<_, i64>(5)?, "end": r.get::<_, i64>(6)?, "text": txt(r, 7)?,
                        "direct": r.get::<_, bool>(8)?, "cue": txt(r, 9)?,
                        "speaker": {"text": txt(r, 10)?, "entity": txt(r, 11)?, "actor": txt(r, 12)?, "country": txt(r, 13)?, "role": txt(r, 14)?},
                        "confidence": r.get::<_, f64>(15)?, "rule": txt(r, 16)?,
                    }))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(paged(items, page, Some(total)))
        })
        .await?;
    Ok(Json(v))
}

pub async fn speakers(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &["speaker", "name", "from", "to", "limit", "offset"],
    )?;
    let (from, to, speaker) = (p.date("from")?, p.date("to")?, p.code("speaker")?);
    let name = p.str("name").map(|n| n.to_lowercase());
    let page = p.page(50, 200)?;
    let key = format!(
        "speakers|{from:?}|{to:?}|{speaker:?}|{name:?}|{}|{}",
        page.limit, page.offset
    );
    let st2 = st.clone();
    let v = st
        .cached(key, move || async move { st2.db.run("/api/speakers", move |s| {
            let mut w = W::default();
            w.add("(q.speaker_actor IS NOT NULL OR q.speaker_entity IS NOT NULL)", []);
            w.dates("q.day", &from, &to);
            if let Some(c) = &speaker {
                w.code("q.speaker_actor", c);
            }
            if let Some(n) = &name {
                w.add("instr(lower(coalesce(q.speaker_entity, '')), ?) > 0", [Sql::Text(n.clone())]);
            }
            let sql = format!(
                "SELECT q.speaker_entity, q.speaker_actor, count(*) AS n, min(q.day), max(q.day)
                 FROM quotes q{} GROUP BY q.speaker_entity, q.speaker_actor ORDER BY n DESC, 2, 1 LIMIT {} OFFSET {}",
                w.sql(),
                page.limit,
                page.offset
            );
            let mut st = s.conn().prepare_cached(&sql)?;
            let items = st
                .query_map(params_of(&w), |r| {
                    Ok(json!({"entity": txt(r, 0)?, "actor": txt(r, 1)?, "quotes": r.get::<_, i64>(2)?,
                              "first_day": txt(r, 3)?, "last_day": txt(r, 4)?}))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(paged(items, page, None))
        })
        .await })
        .await?;
    Ok(Json((*v).clone()))
}

// ------------------------------------------------------------------ events

pub async fn events(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &[
            "actor",
            "recipient",
            "both",
            "type",
            "quad",
            "negated",
            "claimed",
            "article",
            "from",
            "to",
            "source",
            "order",
            "limit",
            "offset",
        ],
    )?;
    let (from, to) = (p.date("from")?, p.date("to")?);
    let (actor, recipient) = (p.code("actor")?, p.code("recipient")?);
    let both = p.bool("both")?.unwrap_or(false);
    let etype = p.event_type("type")?;
    let quad = match p.str("quad") {
        None => None,
        Some(_) => Some(p.usize("quad", 0, 1, 4)? as i64),
    };
    let (negated, claimed) = (p.bool("negated")?, p.bool("claimed")?);
    let article = p
        .str("article")
        .map(|a| path_id(a, "article"))
        .transpose()?;
    let source = p.str("source").map(str::to_string);
    let order = if p.choice("order", &["desc", "asc"], "desc")? == "asc" {
        "ASC"
    } else {
        "DESC"
    };
    let page = p.page(50, 200)?;
    let v = st
        .db
        .run("/api/events", move |s| {
            let mut w = W::default();
            let side = |side: &str, c: &CodeFilter| {
                let (clause, v) = c.sql("actor");
                (format!("e.id IN (SELECT event FROM event_parties WHERE side = '{side}' AND {clause})"), Sql::Text(v))
            };
            match (&actor, &recipient, both) {
                (Some(a), Some(b), true) => {
                    let (a1, va) = side("actor", a);
                    let (b1, vb) = side("recipient", b);
                    let (b2, vb2) = side("actor", b);
                    let (a2, va2) = side("recipient", a);
                    w.add(format!("(({a1} AND {b1}) OR ({b2} AND {a2}))"), [va, vb, vb2, va2]);
                }
                (Some(a), None, true) | (None, Some(a), true) => {
                    let (clause, v) = a.sql("actor");
                    w.add(format!("e.id IN (SELECT event FROM event_parties WHERE {clause})"), [Sql::Text(v)]);
                }
                _ => {
                    if let Some(a) = &actor {
                        let (c, v) = side("actor", a);
                        w.add(c, [v]);
                    }
                    if let Some(b) = &recipient {
                        let (c, v) = side("recipient", b);
                        w.add(c, [v]);
                    }
                }
            }
            w.dates("e.day", &from, &to);
            w.source("e.article", source.as_deref());
            if let Some(t) = &etype {
                w.add("e.type = ?", [Sql::Text(t.clone())]);
            }
            if let Some(qc) = quad {
                w.add("e.quad_class = ?", [Sql::Integer(qc)]);
            }
            if let Some(n) = negated {
                w.add("e.negated = ?", [Sql::Integer(n as i64)]);
            }
            if let Some(c) = claimed {
                w.add(if c { "e.claimed_by IS NOT NULL" } else { "e.claimed_by IS NULL" }, []);
            }
            if let Some(a) = article {
                w.add("e.article = ?", [Sql::Integer(a)]);
            }
            let from_where = format!("FROM events e{}", w.sql());
            let total = capped_count(s, &from_where, &w)?;
            let sql = format!(
                "SELECT e.id, e.article, a.ext_id, a.title, e.day, e.type, e.cameo, e.mode, e.goldstein, e.quad_class,
                        e.negated, e.modality, e.claimed_by, e.trigger_start, e.trigger_end, e.trigger_text,
                        e.sentence_start, e.sentence_end,
                        CASE WHEN e.sentence_start IS NOT NULL
                             THEN substr(a.text, e.sentence_start + 1, min(e.sentence_end - e.sentence_start, 1000)) END,
                        e.confidence, e.rule
                 FROM (SELECT e.id AS id {from_where} ORDER BY e.day {order}, e.id {order} LIMIT {} OFFSET {}) sel
                 JOIN events e ON e.id = sel.id JOIN articles a ON a.id = e.article
                 ORDER BY e.day {order}, e.id {order}",
                page.limit, page.offset
            );
            let mut st = s.conn().prepare_cached(&sql)?;
            let mut items = st
                .query_map(params_of(&w), |r| {
                    let quad: Option<i64> = r.get(9)?;
                    let ts: Option<i64> = r.get(13)?;
                    let ss: Option<i64> = r.get(16)?;
                    Ok(json!({
                        "event": r.get::<_, i64>(0)?, "article": r.get::<_, i64>(1)?, "ext_id": txt(r, 2)?, "title": txt(r, 3)?,
                        "day": txt(r, 4)?, "type": txt(r, 5)?, "cameo": txt(r, 6)?, "mode": txt(r, 7)?,
                        "goldstein": r.get::<_, Option<f64>>(8)?, "quad_class": quad, "quad": quad_name(quad),
                        "negated": r.get::<_, bool>(10)?, "modality": txt(r, 11)?, "claimed_by": r.get::<_, Option<i64>>(12)?,
                        "trigger": ts.map(|t| json!({"start": t, "end": r.get::<_, Option<i64>>(14).ok().flatten(), "text": txt(r, 15).ok().flatten()})),
                        "sentence": ss.map(|a| json!([a, r.get::<_, Option<i64>>(17).ok().flatten()])),
                        "sentence_text": txt(r, 18)?,
                        "confidence": r.get::<_, f64>(19)?, "rule": txt(r, 20)?,
                    }))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let ids: Vec<i64> = items.iter().map(|e| e["event"].as_i64().unwrap_or(0)).collect();
            let mut parties = parties_of(s, &ids)?;
            for e in &mut items {
                let (a, r) = parties.remove(&e["event"].as_i64().unwrap_or(0)).unwrap_or_default();
                e["actors"] = Value::Array(a);
                e["recipients"] = Value::Array(r);
            }
            Ok(paged(items, page, Some(total)))
        })
        .await?;
    Ok(Json(v))
}

// ------------------------------------------------------------------ actors

pub async fn actors(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &["prefix", "name", "from", "to", "limit", "offset"],
    )?;
    let (from, to, prefix) = (p.date("from")?, p.date("to")?, p.code("prefix")?);
    let name = p.str("name").map(|n| n.to_lowercase());
    let page = p.page(50, 500)?;
    let key = format!(
        "actors|{from:?}|{to:?}|{prefix:?}|{name:?}|{}|{}",
        page.limit, page.offset
    );
    let st2 = st.clone();
    let v = st
        .cached(key, move || async move {
            st2.db
                .run("/api/actors", move |s| {
                    let mut w = W::default();
                    w.add("m.actor IS NOT NULL", []);
                    w.dates("m.day", &from, &to);
                    if let Some(c) = &prefix {
                        // a prefix filter: USA and USA* both mean codes starting with USA
                        let c = match c {
                            CodeFilter::Exact(x) | CodeFilter::Prefix(x) => CodeFilter::Prefix(x.clone()),
                        };
                        w.code("m.actor", &c);
                    }
                    if let Some(n) = &name {
                        w.add(
                            "m.actor IN (SELECT code FROM actors WHERE instr(lower(coalesce(entity, '')), ?) > 0 OR instr(lower(code), ?) > 0)",
                            [Sql::Text(n.clone()), Sql::Text(n.clone())],
                        );
                    }
                    let sql = format!(
                        "SELECT c.actor, x.country, x.role, x.entity, c.n FROM
                           (SELECT m.actor AS actor, count(*) AS n FROM mentions m{} GROUP BY m.actor) c
                         LEFT JOIN actors x ON x.code = c.actor ORDER BY c.n DESC, c.actor LIMIT {} OFFSET {}",
                        w.sql(),
                        page.limit,
                        page.offset
                    );
                    let mut st = s.conn().prepare_cached(&sql)?;
                    let items = st
                        .query_map(params_of(&w), |r| {
                            Ok(json!({"code": txt(r, 0)?, "country": txt(r, 1)?, "role": txt(r, 2)?, "entity": txt(r, 3)?,
                                      "mentions": r.get::<_, i64>(4)?}))
                        })?
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok(paged(items, page, None))
                })
                .await
        })
        .await?;
    Ok(Json((*v).clone()))
}

pub async fn actor(State(st): St, Path(raw): Path<String>, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &["from", "to", "per", "partners", "include_negated"],
    )?;
    let code = match crate::params::parse_code(&raw) {
        Ok(CodeFilter::Exact(c)) => c,
        _ => {
            return Err(ApiError::bad(format!(
                "actor codes are letters and digits (USAGOV), not '{}'",
                crate::params::clip(&raw)
            )))
        }
    };
    let (from, to) = (p.date("from")?, p.date("to")?);
    let per = p.choice("per", &["day", "week", "month", "year"], "month")?;
    let npartners = p.usize("partners", 20, 1, 200)?;
    let include_negated = p.bool("include_negated")?.unwrap_or(false);
    let v = st
        .db
        .run("/api/actors/{code}", move |s| {
            let c = s.conn();
            let info = c
                .query_row("SELECT country, role, entity FROM actors WHERE code = ?", [&code], |r| {
                    Ok(json!({"country": txt(r, 0)?, "role": txt(r, 1)?, "entity": txt(r, 2)?}))
                })
                .optional()?;
            let Some(info) = info else {
                return Err(ApiError::not_found(format!("no actor with code {code}")));
            };
            let mut wm = W::default();
            wm.add("actor = ?", [Sql::Text(code.clone())]);
            wm.dates("day", &from, &to);
            let mentions: i64 = c.prepare_cached(&format!("SELECT count(*) FROM mentions{}", wm.sql()))?.query_row(params_of(&wm), |r| r.get(0))?;
            let mut wq = W::default();
            wq.add("speaker_actor = ?", [Sql::Text(code.clone())]);
            wq.dates("day", &from, &to);
            let quotes: i64 = c.prepare_cached(&format!("SELECT count(*) FROM quotes{}", wq.sql()))?.query_row(params_of(&wq), |r| r.get(0))?;

            let mut w = W::default();
            w.add("p.actor = ?", [Sql::Text(code.clone())]);
            w.add("e.day IS NOT NULL", []);
            w.dates("e.day", &from, &to);
            if !include_negated {
                w.add("e.negated = 0", []);
            }
            let period = period_sql(per, "e.day");
            // series: per period, side and quad class
            let sql = format!(
                "SELECT {period} AS period, p.side, e.quad_class, count(DISTINCT e.id)
                 FROM event_parties p JOIN events e ON e.id = p.event{} GROUP BY 1, 2, 3 ORDER BY 1",
                w.sql()
            );
            let mut series: BTreeMap<String, [i64; 10]> = BTreeMap::new();
            let mut st = c.prepare_cached(&sql)?;
            let mut rows = st.query(params_of(&w))?;
            while let Some(r) = rows.next()? {
                let period: String = r.get(0)?;
                let side: String = r.get(1)?;
                let quad: Option<i64> = r.get(2)?;
                let n: i64 = r.get(3)?;
                let e = series.entry(period).or_default();
                let base = if side == "actor" { 0 } else { 5 };
                e[base] += n;
                if let Some(q @ 1..=4) = quad {
                    e[base + q as usize] += n;
                }
            }
            let series: Vec<Value> = series
                .into_iter()
                .map(|(p, v)| {
                    json!({"period": p,
                       "as_actor": v[0], "as_actor_by_quad": [v[1], v[2], v[3], v[4]],
                       "as_recipient": v[5], "as_recipient_by_quad": [v[6], v[7], v[8], v[9]]})
                })
                .collect();
            // partners: the other side of the same events
            let mut w2 = W::default();
            w2.add("p.actor = ?", [Sql::Text(code.clone())]);
            w2.add("o.actor IS NOT NULL AND o.actor != p.actor", []);
            w2.dates("e.day", &from, &to);
            if !include_negated {
                w2.add("e.negated = 0", []);
            }
            let sql = format!(
                "SELECT o.actor, p.side, e.quad_class, count(DISTINCT e.id)
                 FROM event_parties p JOIN events e ON e.id = p.event
                 JOIN event_parties o ON o.event = p.event AND o.side != p.side{} GROUP BY 1, 2, 3",
                w2.sql()
            );
            let mut partners: HashMap<String, [i64; 4]> = HashMap::new(); // out, in, coop, conflict
            let mut st = c.prepare_cached(&sql)?;
            let mut rows = st.query(params_of(&w2))?;
            while let Some(r) = rows.next()? {
                let other: String = r.get(0)?;
                let side: String = r.get(1)?;
                let quad: Option<i64> = r.get(2)?;
                let n: i64 = r.get(3)?;
                let e = partners.entry(other).or_default();
                e[if side == "actor" { 0 } else { 1 }] += n;
                match quad {
                    Some(1 | 2) => e[2] += n,
                    Some(3 | 4) => e[3] += n,
                    _ => {}
                }
            }
            let mut partners: Vec<(String, [i64; 4])> = partners.into_iter().collect();
            partners.sort_by(|a, b| (b.1[0] + b.1[1]).cmp(&(a.1[0] + a.1[1])).then(a.0.cmp(&b.0)));
            partners.truncate(npartners);
            let mut names = c.prepare_cached("SELECT entity FROM actors WHERE code = ?")?;
            let partners: Vec<Value> = partners
                .into_iter()
                .map(|(code, v)| {
                    let entity: Option<String> = names.query_row([&code], |r| r.get(0)).optional().ok().flatten().flatten();
                    json!({"code": code, "entity": entity, "events": v[0] + v[1], "to_partner": v[0], "from_partner": v[1],
                           "cooperation": v[2], "conflict": v[3]})
                })
                .collect();
            let mut out = info;
            out["code"] = json!(code);
            out["mentions"] = json!(mentions);
            out["quotes"] = json!(quotes);
            out["per"] = json!(per);
            out["series"] = Value::Array(series);
            out["partners"] = Value::Array(partners);
            Ok(out)
        })
        .await?;
    Ok(Json(v))
}

// ------------------------------------------------------------------ dyads

pub async fn dyads(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &[
            "a",
            "b",
            "per",
            "both",
            "include_negated",
            "from",
            "to",
            "limit",
            "offset",
        ],
    )?;
    let a = p.code("a")?.ok_or_else(|| {
        ApiError::bad("'a' is required: the actor code (USAGOV, or a prefix USA*)")
    })?;
    let b = p.code("b")?.ok_or_else(|| {
        ApiError::bad("'b' is required: the recipient code (IRNGOV, or a prefix IRN*)")
    })?;
    let per = p.choice("per", &["day", "week", "month", "year"], "month")?;
    let both = p.bool("both")?.unwrap_or(false);
    let include_negated = p.bool("include_negated")?.unwrap_or(false);
    let (from, to) = (p.date("from")?, p.date("to")?);
    let page = p.page(500, 10_000)?;
    let v = st
        .db
        .run("/api/dyads", move |s| {
            let mut w = W::default();
            let sub = |side: &str, c: &CodeFilter| {
                let (clause, v) = c.sql("actor");
                (format!("e.id IN (SELECT event FROM event_parties WHERE side = '{side}' AND {clause})"), Sql::Text(v))
            };
            let (a1, va) = sub("actor", &a);
            let (b1, vb) = sub("recipient", &b);
            if both {
                let (b2, vb2) = sub("actor", &b);
                let (a2, va2) = sub("recipient", &a);
                w.add(format!("(({a1} AND {b1}) OR ({b2} AND {a2}))"), [va, vb, vb2, va2]);
            } else {
                w.add(format!("({a1} AND {b1})"), [va, vb]);
            }
            w.add("e.day IS NOT NULL", []);
            w.dates("e.day", &from, &to);
            if !include_negated {
                w.add("e.negated = 0", []);
            }
            let period = period_sql(per, "e.day");
            let sql = format!(
                "SELECT {period} AS period, e.type, e.quad_class, count(*), coalesce(sum(e.goldstein), 0), count(e.goldstein)
                 FROM events e{} GROUP BY 1, 2, 3 ORDER BY 1",
                w.sql()
            );
            struct Acc {
                events: i64,
                gsum: f64,
                gn: i64,
                quad: [i64; 4],
                types: BTreeMap<String, i64>,
            }
            let mut acc: BTreeMap<String, Acc> = BTreeMap::new();
            let mut st = s.conn().prepare_cached(&sql)?;
            let mut rows = st.query(params_of(&w))?;
            while let Some(r) = rows.next()? {
                let period: String = r.get(0)?;
                let t: String = r.get(1)?;
                let quad: Option<i64> = r.get(2)?;
                let n: i64 = r.get(3)?;
                let e = acc.entry(period).or_insert(Acc { events: 0, gsum: 0.0, gn: 0, quad: [0; 4], types: BTreeMap::new() });
                e.events += n;
                e.gsum += r.get::<_, f64>(4)?;
                e.gn += r.get::<_, i64>(5)?;
                if let Some(q @ 1..=4) = quad {
                    e.quad[q as usize - 1] += n;
                }
                *e.types.entry(t).or_default() += n;
            }
            let all: Vec<Value> = acc
                .into_iter()
                .map(|(p, e)| {
                    json!({"period": p, "events": e.events, "goldstein_sum": (e.gsum * 100.0).round() / 100.0,
                       "goldstein_mean": if e.gn > 0 { Some((e.gsum / e.gn as f64 * 100.0).round() / 100.0) } else { None },
                       "verbal_coop": e.quad[0], "material_coop": e.quad[1], "verbal_conflict": e.quad[2], "material_conflict": e.quad[3],
                       "types": e.types})
                })
                .collect();
            let total = all.len() as i64;
            let items: Vec<Value> = all.into_iter().skip(page.offset).take(page.limit).collect();
            Ok(paged(items, page, Some((total, false))))
        })
        .await?;
    Ok(Json(v))
}

// ------------------------------------------------------------------ network

pub async fn network(State(st): St, RawQuery(q): RawQuery) -> Out {
    let p = Params::parse(
        q.as_deref(),
        &[
            "from",
            "to",
            "type",
            "quad",
            "nodes",
            "min_weight",
            "include_negated",
            "max_edges",
        ],
    )?;
    let (from, to) = (p.date("from")?, p.date("to")?);
    let etype = p.event_type("type")?;
    let quad = match p.str("quad") {
        None => None,
        Some(_) => Some(p.usize("quad", 0, 1, 4)? as i64),
    };
    let nodes = p.usize("nodes", 50, 1, 300)?;
    let min_weight = p.usize("min_weight", 1, 1, 1_000_000)? as i64;
    let max_edges = p.usize("max_edges", 2000, 1, 10_000)?;
    let include_negated = p.bool("include_negated")?.unwrap_or(false);
    let key = format!("network|{from:?}|{to:?}|{etype:?}|{quad:?}|{nodes}|{min_weight}|{max_edges}|{include_negated}");
    let st2 = st.clone();
    let v = st
        .cached(key, move || async move {
            st2.db
                .run("/api/network", move |s| {
                    crate::network::build(
                        s,
                        &from,
                        &to,
                        etype.as_deref(),
                        quad,
                        nodes,
                        min_weight,
                        max_edges,
                        include_negated,
                    )
                })
                .await
        })
        .await?;
    Ok(Json((*v).clone()))
}

/// Helper for [`crate::network`]: the date filter as a W (shared code).
pub(crate) fn event_filter(
    from: &Option<String>,
    to: &Option<String>,
    etype: Option<&str>,
    quad: Option<i64>,
    include_negated: bool,
) -> (String, Vec<Sql>) {
    let mut w = W::default();
    w.dates("e.day", from, to);
    if let Some(t) = etype {
        w.add("e.type = ?", [Sql::Text(t.to_string())]);
    }
    if let Some(q) = quad {
        w.add("e.quad_class = ?", [Sql::Integer(q)]);
    }
    if !include_negated {
        w.add("e.negated = 0", []);
    }
    (w.sql(), w.params)
}

pub async fn api_not_found() -> ApiError {
    ApiError::not_found("no such API endpoint (see /api/openapi.json)")
}

pub async fn openapi() -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        crate::assets::OPENAPI,
    )
        .into_response()
}
