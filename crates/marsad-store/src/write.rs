//! Writing articles and their layers inside the caller's transaction.

use crate::{cameo, day_of, text, Result};
use marsad_core::{Analysis, Article, Party};
use marsad_text::segment::Segmenter;
use rusqlite::{OptionalExtension, Transaction};

/// One document ready to be written: everything expensive (analysis, index terms) is done
/// by [`Prepared::new`] on worker threads, so the single writer only runs SQL.
#[derive(Debug)]
pub struct Prepared {
    pub article: Article,
    /// Where it was read from (file and line), kept in `sources.origin`.
    pub origin: String,
    pub hash: [u8; 16],
    /// None when the text is already stored: only the source row is written.
    pub layers: Option<Layers>,
}

/// The analysis and the index columns of a new article.
#[derive(Debug)]
pub struct Layers {
    pub analysis: Analysis,
    pub fts: (String, String),
    pub quote_fts: Vec<(String, String)>,
}

impl Prepared {
    /// Prepare a document; `analysis` is None when the text is known to be stored.
    pub fn new(seg: &Segmenter, article: Article, origin: String, hash: [u8; 16], analysis: Option<Analysis>) -> Prepared {
        let layers = analysis.map(|analysis| {
            let title = article.title.as_deref().unwrap_or("");
            let fts = text::index_columns(seg, &[title, &article.text]);
            let quote_fts = quote_index(seg, &analysis);
            Layers { analysis, fts, quote_fts }
        });
        Prepared { article, origin, hash, layers }
    }
}

/// Index columns for each quote of an analysis.
pub fn quote_index(seg: &Segmenter, analysis: &Analysis) -> Vec<(String, String)> {
    analysis.quotes.iter().map(|q| text::index_columns(seg, &[&q.text])).collect()
}

/// What happened to one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new article with its layers.
    Inserted,
    /// The text was stored already (another outlet or id): the source was recorded.
    DuplicateText,
    /// This (source, id) was stored already with the same text: nothing written.
    AlreadyStored,
    /// This (source, id) is stored with a different text: nothing written.
    Conflict,
    /// The text is new but no analysis was prepared (it was thought known when read,
    /// e.g. a concurrent run removed it): nothing written, re-run to store it.
    NeedsAnalysis,
}

pub(crate) fn write_doc(tx: &Transaction, d: &Prepared, analyzer: i64) -> Result<Outcome> {
    let a = &d.article;
    let source = a.source.as_deref().unwrap_or("");
    let known: Option<Vec<u8>> = tx
        .prepare_cached(
            "SELECT a.text_hash FROM sources s JOIN articles a ON a.id = s.article WHERE s.source = ?1 AND s.ext_id = ?2",
        )?
        .query_row((source, &a.id), |r| r.get(0))
        .optional()?;
    if let Some(h) = known {
        return Ok(if h == d.hash { Outcome::AlreadyStored } else { Outcome::Conflict });
    }
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM articles WHERE text_hash = ?1")?
        .query_row([&d.hash[..]], |r| r.get(0))
        .optional()?;
    let (article_id, outcome) = match existing {
        Some(id) => (id, Outcome::DuplicateText),
        None => {
            let Some(layers) = &d.layers else { return Ok(Outcome::NeedsAnalysis) };
            let day = day_of(a.date.as_deref());
            tx.prepare_cached(
                "INSERT INTO articles(text_hash, ext_id, date, day, title, source, url, text, chars, analyzer, ingested)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, datetime('now'))",
            )?
            .execute(rusqlite::params![
                &d.hash[..],
                a.id,
                a.date,
                day,
                a.title,
                a.source,
                a.url,
                a.text,
                a.text.chars().count() as i64,
                analyzer
            ])?;
            let id = tx.last_insert_rowid();
            tx.prepare_cached("INSERT INTO article_fts(rowid, words, stems) VALUES (?1, ?2, ?3)")?
                .execute((id, &layers.fts.0, &layers.fts.1))?;
            write_layers(tx, id, day.as_deref(), &layers.analysis, &layers.quote_fts, analyzer)?;
            (id, Outcome::Inserted)
        }
    };
    tx.prepare_cached(
        "INSERT INTO sources(source, ext_id, article, url, date, title, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(rusqlite::params![source, a.id, article_id, a.url, a.date, a.title, d.origin])?;
    Ok(outcome)
}

fn note_actor(tx: &Transaction, code: Option<&str>, country: Option<&str>, role: Option<&str>, entity: Option<&str>) -> Result<()> {
    if let Some(code) = code {
        tx.prepare_cached("INSERT OR IGNORE INTO actors(code, country, role, entity) VALUES (?1, ?2, ?3, ?4)")?
            .execute((code, country, role, entity))?;
    }
    Ok(())
}

/// Insert the mention, quote and event rows of one article.
pub(crate) fn write_layers(
    tx: &Transaction,
    article: i64,
    day: Option<&str>,
    an: &Analysis,
    quote_fts: &[(String, String)],
    analyzer: i64,
) -> Result<()> {
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO mentions(article, idx, day, start, \"end\", text, type, entity, actor, country, role, rule,
                                  antecedent_start, antecedent_end, analyzer)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        for (i, m) in an.mentions.iter().enumerate() {
            st.execute(rusqlite::params![
                article,
                i as i64,
                day,
                m.start as i64,
                m.end as i64,
                m.text,
                m.kind,
                m.entity,
                m.actor,
                m.country,
                m.role,
                m.rule,
                m.antecedent.map(|a| a[0] as i64),
                m.antecedent.map(|a| a[1] as i64),
                analyzer
            ])?;
            note_actor(tx, m.actor.as_deref(), m.country.as_deref(), m.role.as_deref(), m.entity.as_deref())?;
        }
    }
    for (i, q) in an.quotes.iter().enumerate() {
        let sp = q.speaker.as_ref();
        tx.prepare_cached(
            "INSERT INTO quotes(article, idx, day, start, \"end\", text, direct, cue_start, cue_end, cue_text,
                speaker_start, speaker_end, speaker_text, speaker_entity, speaker_actor, speaker_country, speaker_role,
                confidence, rule, analyzer)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        )?
        .execute(rusqlite::params![
            article,
            i as i64,
            day,
            q.start as i64,
            q.end as i64,
            q.text,
            q.direct,
            q.cue.start as i64,
            q.cue.end as i64,
            q.cue.text,
            sp.map(|s| s.start as i64),
            sp.map(|s| s.end as i64),
            sp.map(|s| s.text.as_str()),
            sp.and_then(|s| s.entity.as_deref()),
            sp.and_then(|s| s.actor.as_deref()),
            sp.and_then(|s| s.country.as_deref()),
            sp.and_then(|s| s.role.as_deref()),
            q.confidence as f64,
            q.rule,
            analyzer
        ])?;
        let qid = tx.last_insert_rowid();
        if let Some((w, s)) = quote_fts.get(i) {
            tx.prepare_cached("INSERT INTO quote_fts(rowid, words, stems) VALUES (?1, ?2, ?3)")?.execute((qid, w, s))?;
        }
        if let Some(s) = sp {
            note_actor(tx, s.actor.as_deref(), s.country.as_deref(), s.role.as_deref(), s.entity.as_deref())?;
        }
    }
    for (i, e) in an.events.iter().enumerate() {
        let c = e.cameo.as_deref().and_then(cameo::lookup);
        tx.prepare_cached(
            "INSERT INTO events(article, idx, day, type, cameo, mode, goldstein, quad_class, negated, modality, claimed_by,
                sentence_start, sentence_end, trigger_start, trigger_end, trigger_text, confidence, rule, analyzer)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )?
        .execute(rusqlite::params![
            article,
            i as i64,
            day,
            e.kind,
            e.cameo,
            e.mode,
            c.map(|c| c.goldstein),
            c.map(|c| c.quad_class as i64),
            e.negated,
            e.modality,
            e.claimed_by.map(|q| q as i64),
            e.sentence[0] as i64,
            e.sentence[1] as i64,
            e.trigger.start as i64,
            e.trigger.end as i64,
            e.trigger.text,
            e.confidence as f64,
            e.rule,
            analyzer
        ])?;
        let eid = tx.last_insert_rowid();
        for (side, parties) in [("actor", &e.actors), ("recipient", &e.recipients)] {
            for (j, p) in parties.iter().enumerate() {
                write_party(tx, eid, side, j, p)?;
            }
        }
    }
    Ok(())
}

fn write_party(tx: &Transaction, event: i64, side: &str, idx: usize, p: &Party) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO event_parties(event, side, idx, start, \"end\", text, entity, actor, country, role)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(rusqlite::params![event, side, idx as i64, p.start as i64, p.end as i64, p.text, p.entity, p.actor, p.country, p.role])?;
    note_actor(tx, p.actor.as_deref(), p.country.as_deref(), p.role.as_deref(), p.entity.as_deref())
}

/// Remove the layers of one article (before writing new ones).
pub(crate) fn delete_layers(tx: &Transaction, article: i64) -> Result<()> {
    tx.execute("DELETE FROM quote_fts WHERE rowid IN (SELECT id FROM quotes WHERE article = ?1)", [article])?;
    tx.execute("DELETE FROM event_parties WHERE event IN (SELECT id FROM events WHERE article = ?1)", [article])?;
    tx.execute("DELETE FROM events WHERE article = ?1", [article])?;
    tx.execute("DELETE FROM quotes WHERE article = ?1", [article])?;
    tx.execute("DELETE FROM mentions WHERE article = ?1", [article])?;
    Ok(())
}
