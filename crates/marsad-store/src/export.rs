//! `marsad export`: whole tables with stable, documented columns (`docs/store.md`), as
//! CSV, JSONL or (with the `parquet` feature) Parquet.
//!
//! Column lists are fixed here, with their types, so that every format carries the same
//! columns in the same order, and the documentation can promise them. The events table
//! follows POLECAT/PLOVER and GDELT in spirit: one row per event, the source and target
//! sides flattened (several parties joined with `;`), the CAMEO code with its Goldstein
//! value and quad class, and the evidence sentence.

use crate::{Result, Store, StoreError, Value};
use std::io::Write;

/// Column types (for JSON booleans and the Parquet schema).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Text,
    Int,
    Real,
    Bool,
}

/// What can be exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Events,
    Quotes,
    Mentions,
    Articles,
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Parquet,
}

/// The columns of an export, in order.
pub fn columns(what: What) -> &'static [(&'static str, Type)] {
    use Type::*;
    match what {
        What::Events => &[
            ("event_id", Int),
            ("article_id", Text),
            ("url", Text),
            ("source", Text),
            ("date", Text),
            ("event_type", Text),
            ("mode", Text),
            ("cameo", Text),
            ("goldstein", Real),
            ("quad_class", Int),
            ("actor_code", Text),
            ("actor_country", Text),
            ("actor_role", Text),
            ("actor_text", Text),
            ("actor_entity", Text),
            ("recipient_code", Text),
            ("recipient_country", Text),
            ("recipient_role", Text),
            ("recipient_text", Text),
            ("recipient_entity", Text),
            ("negated", Bool),
            ("modality", Text),
            ("claimed_by_quote", Int),
            ("claimed_by_speaker", Text),
            ("trigger", Text),
            ("evidence", Text),
            ("confidence", Real),
            ("rule", Text),
            ("dictionaries", Text),
        ],
        What::Quotes => &[
            ("quote_id", Int),
            ("article_id", Text),
            ("url", Text),
            ("source", Text),
            ("date", Text),
            ("idx", Int),
            ("start", Int),
            ("end", Int),
            ("direct", Bool),
            ("text", Text),
            ("cue", Text),
            ("speaker_text", Text),
            ("speaker_entity", Text),
            ("speaker_code", Text),
            ("speaker_country", Text),
            ("speaker_role", Text),
            ("confidence", Real),
            ("rule", Text),
            ("dictionaries", Text),
        ],
        What::Mentions => &[
            ("article_id", Text),
            ("source", Text),
            ("date", Text),
            ("idx", Int),
            ("start", Int),
            ("end", Int),
            ("text", Text),
            ("type", Text),
            ("entity", Text),
            ("actor_code", Text),
            ("country", Text),
            ("role", Text),
            ("rule", Text),
            ("dictionaries", Text),
        ],
        What::Articles => &[
            ("article_id", Text),
            ("source", Text),
            ("date", Text),
            ("title", Text),
            ("url", Text),
            ("chars", Int),
            ("mentions", Int),
            ("quotes", Int),
            ("events", Int),
            ("sources", Text),
            ("text", Text),
        ],
    }
}

fn parties(side: &str, col: &str) -> String {
    format!(
        "(SELECT group_concat(coalesce(p.{col}, ''), ';' ORDER BY p.idx) FROM event_parties p WHERE p.event = e.id AND p.side = '{side}')"
    )
}

fn sql(what: What) -> String {
    match what {
        What::Events => format!(
            "SELECT e.id, a.ext_id, a.url, a.source, e.day, e.type, e.mode, e.cameo, e.goldstein, e.quad_class,
                    {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
                    e.negated, e.modality, e.claimed_by,
                    (SELECT q.speaker_actor FROM quotes q WHERE q.article = e.article AND q.idx = e.claimed_by),
                    e.trigger_text, substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),
                    e.confidence, e.rule, an.dictionaries
             FROM events e JOIN articles a ON a.id = e.article JOIN analyzers an ON an.id = e.analyzer
             ORDER BY e.id",
            parties("actor", "actor"),
            parties("actor", "country"),
            parties("actor", "role"),
            parties("actor", "text"),
            parties("actor", "entity"),
            parties("recipient", "actor"),
            parties("recipient", "country"),
            parties("recipient", "role"),
            parties("recipient", "text"),
            parties("recipient", "entity"),
        ),
        What::Quotes => "SELECT q.id, a.ext_id, a.url, a.source, q.day, q.idx, q.start, q.\"end\", q.direct, q.text, q.cue_text,
                    q.speaker_text, q.speaker_entity, q.speaker_actor, q.speaker_country, q.speaker_role,
                    q.confidence, q.rule, an.dictionaries
             FROM quotes q JOIN articles a ON a.id = q.article JOIN analyzers an ON an.id = q.analyzer
             ORDER BY q.id"
            .into(),
        What::Mentions => "SELECT a.ext_id, a.source, m.day, m.idx, m.start, m.\"end\", m.text, m.type, m.entity, m.actor,
                    m.country, m.role, m.rule, an.dictionaries
             FROM mentions m JOIN articles a ON a.id = m.article JOIN analyzers an ON an.id = m.analyzer
             ORDER BY m.article, m.idx"
            .into(),
        What::Articles => "SELECT a.ext_id, a.source, a.day, a.title, a.url, a.chars,
                    (SELECT count(*) FROM mentions m WHERE m.article = a.id),
                    (SELECT count(*) FROM quotes q WHERE q.article = a.id),
                    (SELECT count(*) FROM events e WHERE e.article = a.id),
                    (SELECT group_concat(s.source || ':' || s.ext_id, ';') FROM sources s WHERE s.article = a.id),
                    a.text
             FROM articles a ORDER BY a.id"
            .into(),
    }
}

/// Stream every row of an export to `f`; returns the row count.
pub fn for_each_row(store: &Store, what: What, mut f: impl FnMut(&[Value]) -> Result<()>) -> Result<u64> {
    let cols = columns(what);
    let mut st = store.conn.prepare(&sql(what))?;
    debug_assert_eq!(st.column_count(), cols.len());
    let mut rows = st.query([])?;
    let mut row = Vec::with_capacity(cols.len());
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        row.clear();
        for i in 0..cols.len() {
            row.push(Value::from(r.get_ref(i)?));
        }
        f(&row)?;
        n += 1;
    }
    Ok(n)
}

fn io_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::Other(format!("writing export: {e}"))
}

/// Write an export as CSV (header row, RFC 4180 quoting) or JSONL (one object per row,
/// keys in column order, booleans as JSON booleans, NULL as null). Returns the row count.
pub fn write(store: &Store, what: What, format: Format, out: &mut (dyn Write + Send)) -> Result<u64> {
    let cols = columns(what);
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(cols.iter().map(|c| c.0)).map_err(io_err)?;
            let n = for_each_row(store, what, |row| {
                w.write_record(row.iter().map(|v| v.to_string())).map_err(io_err)
            })?;
            w.flush().map_err(io_err)?;
            Ok(n)
        }
        Format::Jsonl => {
            let mut line = String::new();
            for_each_row(store, what, |row| {
                line.clear();
                line.push('{');
                for (i, ((name, ty), v)) in cols.iter().zip(row).enumerate() {
                    if i > 0 {
                        line.push(',');
                    }
                    line.push_str(&serde_json::to_string(name).map_err(io_err)?);
                    line.push(':');
                    let j = match (ty, v) {
                        (_, Value::Null) => serde_json::Value::Null,
                        (Type::Bool, Value::Int(i)) => serde_json::Value::Bool(*i != 0),
                        (_, Value::Int(i)) => (*i).into(),
                        (_, Value::Real(r)) => serde_json::Number::from_f64(*r).map_or(serde_json::Value::Null, Into::into),
                        (_, Value::Text(s)) => serde_json::Value::String(s.clone()),
                    };
                    line.push_str(&j.to_string());
                }
                line.push_str("}\n");
                out.write_all(line.as_bytes()).map_err(io_err)
            })
        }
        Format::Parquet => parquet_out::write(store, what, out),
    }
}

#[cfg(not(feature = "parquet"))]
mod parquet_out {
    use super::*;
    pub fn write(_: &Store, _: What, _: &mut (dyn Write + Send)) -> Result<u64> {
        Err(StoreError::Other(
            "Parquet export is not in this build: rebuild with `cargo build --release -p marsad-cli --features parquet`".into(),
        ))
    }
}

#[cfg(feature = "parquet")]
mod parquet_out {
    use super::*;
    use parquet::basic::Compression;
    use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;
    use std::sync::Arc;

    const ROW_GROUP: usize = 65_536;

    fn perr(e: impl std::fmt::Display) -> StoreError {
        StoreError::Other(format!("writing Parquet: {e}"))
    }

    /// One row group per [`ROW_GROUP`] rows, written to `out` as produced (no seeking).
    pub fn write(store: &Store, what: What, out: &mut (dyn Write + Send)) -> Result<u64> {
        let cols = columns(what);
        let mut schema = String::from("message marsad {\n");
        for (name, ty) in cols {
            let t = match ty {
                Type::Text => "BYTE_ARRAY",
                Type::Int => "INT64",
                Type::Real => "DOUBLE",
                Type::Bool => "BOOLEAN",
            };
            let ann = if *ty == Type::Text { " (UTF8)" } else { "" };
            schema.push_str(&format!("  OPTIONAL {t} {name}{ann};\n"));
        }
        schema.push('}');
        let schema = Arc::new(parse_message_type(&schema).map_err(perr)?);
        let props = Arc::new(WriterProperties::builder().set_compression(Compression::SNAPPY).build());
        let mut writer = SerializedFileWriter::new(WriteAdapter(out), schema, props).map_err(perr)?;
        let mut buf: Vec<Vec<Value>> = Vec::with_capacity(ROW_GROUP);
        let n = for_each_row(store, what, |row| {
            buf.push(row.to_vec());
            if buf.len() >= ROW_GROUP {
                flush(&mut writer, cols, &buf)?;
                buf.clear();
            }
            Ok(())
        })?;
        if !buf.is_empty() || n == 0 {
            flush(&mut writer, cols, &buf)?;
        }
        writer.close().map_err(perr)?;
        Ok(n)
    }

    struct WriteAdapter<'a>(&'a mut (dyn Write + Send));
    impl Write for WriteAdapter<'_> {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.write(b)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.flush()
        }
    }

    fn flush<W: Write + Send>(w: &mut SerializedFileWriter<W>, cols: &[(&str, Type)], rows: &[Vec<Value>]) -> Result<()> {
        let mut rg = w.next_row_group().map_err(perr)?;
        let mut i = 0;
        while let Some(mut col) = rg.next_column().map_err(perr)? {
            let defs: Vec<i16> = rows.iter().map(|r| (!matches!(r[i], Value::Null)) as i16).collect();
            match cols[i].1 {
                Type::Text => {
                    let v: Vec<ByteArray> = rows
                        .iter()
                        .filter_map(|r| match &r[i] {
                            Value::Text(s) => Some(ByteArray::from(s.as_str())),
                            Value::Int(x) => Some(ByteArray::from(x.to_string().as_str())),
                            Value::Real(x) => Some(ByteArray::from(x.to_string().as_str())),
                            Value::Null => None,
                        })
                        .collect();
                    col.typed::<ByteArrayType>().write_batch(&v, Some(&defs), None).map_err(perr)?;
                }
                Type::Int => {
                    let v: Vec<i64> = rows.iter().filter_map(|r| match r[i] { Value::Int(x) => Some(x), Value::Real(x) => Some(x as i64), _ => None }).collect();
                    let defs: Vec<i16> = rows.iter().map(|r| matches!(r[i], Value::Int(_) | Value::Real(_)) as i16).collect();
                    col.typed::<Int64Type>().write_batch(&v, Some(&defs), None).map_err(perr)?;
                }
                Type::Real => {
                    let v: Vec<f64> = rows.iter().filter_map(|r| match r[i] { Value::Real(x) => Some(x), Value::Int(x) => Some(x as f64), _ => None }).collect();
                    let defs: Vec<i16> = rows.iter().map(|r| matches!(r[i], Value::Int(_) | Value::Real(_)) as i16).collect();
                    col.typed::<DoubleType>().write_batch(&v, Some(&defs), None).map_err(perr)?;
                }
                Type::Bool => {
                    let v: Vec<bool> = rows.iter().filter_map(|r| match r[i] { Value::Int(x) => Some(x != 0), _ => None }).collect();
                    let defs: Vec<i16> = rows.iter().map(|r| matches!(r[i], Value::Int(_)) as i16).collect();
                    col.typed::<BoolType>().write_batch(&v, Some(&defs), None).map_err(perr)?;
                }
            }
            col.close().map_err(perr)?;
            i += 1;
        }
        rg.close().map_err(perr)?;
        Ok(())
    }
}
