//! The actor network: nodes are actor codes, edges are counts of events from one to the
//! other (by CAMEO quad class and PLOVER type). The top `nodes` actors by event count are
//! kept, with the edges between them.

use crate::error::ApiError;
use marsad_store::Store;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

#[derive(Default)]
struct Edge {
    events: i64,
    quad: [i64; 4],
    gsum: f64,
    gn: i64,
    types: BTreeMap<String, i64>,
}

#[allow(clippy::too_many_arguments)]
pub fn build(
    s: &Store,
    from: &Option<String>,
    to: &Option<String>,
    etype: Option<&str>,
    quad: Option<i64>,
    nodes: usize,
    min_weight: i64,
    max_edges: usize,
    include_negated: bool,
) -> Result<Value, ApiError> {
    let (filter, params) = crate::api::event_filter(from, to, etype, quad, include_negated);
    let cond = if filter.is_empty() {
        " WHERE ".to_string()
    } else {
        format!("{filter} AND ")
    };
    let sql = format!(
        "SELECT a.actor, r.actor, e.quad_class, e.type, count(*), coalesce(sum(e.goldstein), 0), count(e.goldstein)
         FROM events e
         JOIN event_parties a ON a.event = e.id AND a.side = 'actor'
         JOIN event_parties r ON r.event = e.id AND r.side = 'recipient'
         {cond}a.actor IS NOT NULL AND r.actor IS NOT NULL AND a.actor != r.actor
         GROUP BY 1, 2, 3, 4"
    );
    let mut edges: HashMap<(String, String), Edge> = HashMap::new();
    let mut st = s.conn().prepare_cached(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(params.iter()))?;
    while let Some(r) = rows.next()? {
        let a: String = r.get(0)?;
        let b: String = r.get(1)?;
        let q: Option<i64> = r.get(2)?;
        let t: String = r.get(3)?;
        let n: i64 = r.get(4)?;
        let e = edges.entry((a, b)).or_default();
        e.events += n;
        if let Some(q @ 1..=4) = q {
            e.quad[q as usize - 1] += n;
        }
        e.gsum += r.get::<_, f64>(5)?;
        e.gn += r.get::<_, i64>(6)?;
        *e.types.entry(t).or_default() += n;
    }
    // Node weights: events in which the actor is on either side.
    let mut weight: HashMap<&str, (i64, i64)> = HashMap::new(); // (out, in)
    for ((a, b), e) in &edges {
        weight.entry(a).or_default().0 += e.events;
        weight.entry(b).or_default().1 += e.events;
    }
    let mut ranked: Vec<(&str, (i64, i64))> = weight.into_iter().collect();
    ranked.sort_by(|x, y| (y.1 .0 + y.1 .1).cmp(&(x.1 .0 + x.1 .1)).then(x.0.cmp(y.0)));
    let total_actors = ranked.len();
    ranked.truncate(nodes);
    let keep: HashMap<&str, usize> = ranked
        .iter()
        .enumerate()
        .map(|(i, (c, _))| (*c, i))
        .collect();

    let mut info = s
        .conn()
        .prepare_cached("SELECT country, role, entity FROM actors WHERE code = ?")?;
    let mut node_list = Vec::with_capacity(ranked.len());
    for (code, (out, inn)) in &ranked {
        let (country, role, entity): (Option<String>, Option<String>, Option<String>) = info
            .query_row([code], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap_or((None, None, None));
        node_list.push(
            json!({"code": code, "entity": entity, "country": country, "role": role,
                              "events": out + inn, "as_actor": out, "as_recipient": inn}),
        );
    }
    let mut edge_list: Vec<(&(String, String), &Edge)> = edges
        .iter()
        .filter(|((a, b), e)| {
            e.events >= min_weight && keep.contains_key(a.as_str()) && keep.contains_key(b.as_str())
        })
        .collect();
    edge_list.sort_by(|x, y| y.1.events.cmp(&x.1.events).then(x.0.cmp(y.0)));
    let total_edges = edge_list.len();
    edge_list.truncate(max_edges);
    let edge_json: Vec<Value> = edge_list
        .into_iter()
        .map(|((a, b), e)| {
            let coop = e.quad[0] + e.quad[1];
            let conflict = e.quad[2] + e.quad[3];
            let tone = if coop > conflict {
                "cooperation"
            } else if conflict > coop {
                "conflict"
            } else if coop == 0 {
                "neutral"
            } else {
                "mixed"
            };
            json!({
                "source": a, "target": b, "events": e.events,
                "verbal_coop": e.quad[0], "material_coop": e.quad[1], "verbal_conflict": e.quad[2], "material_conflict": e.quad[3],
                "cooperation": coop, "conflict": conflict, "tone": tone,
                "goldstein_mean": if e.gn > 0 { Some((e.gsum / e.gn as f64 * 100.0).round() / 100.0) } else { None },
                "types": e.types,
            })
        })
        .collect();
    Ok(json!({
        "nodes": node_list, "edges": edge_json,
        "total_actors": total_actors, "total_edges": total_edges,
        "filters": {"from": from, "to": to, "type": etype, "quad": quad, "include_negated": include_negated},
    }))
}
