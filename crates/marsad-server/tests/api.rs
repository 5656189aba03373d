//! Every API endpoint: status codes, pagination, bad parameters (400 with a message),
//! unknown ids (404), and the security properties of the HTTP layer (SQL injection,
//! path traversal, bounded bodies and results, headers). In-process, with
//! `tower::ServiceExt::oneshot`.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use serde_json::Value;
use std::sync::OnceLock;
use tower::ServiceExt;

/// One fixture for the whole file (analysing the examples takes a moment in debug).
fn fx() -> &'static common::Fixture {
    static F: OnceLock<common::Fixture> = OnceLock::new();
    F.get_or_init(|| common::fixture("marsad-server-api"))
}

fn app() -> Router {
    common::app(&fx().db)
}

async fn raw(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let r = app.clone().oneshot(req).await.unwrap();
    let status = r.status();
    let headers = r.headers().clone();
    let body = axum::body::to_bytes(r.into_body(), 64 << 20)
        .await
        .unwrap()
        .to_vec();
    (status, headers, body)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (s, h, b) = raw(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    if uri.starts_with("/api/") {
        let ct = h
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(
            ct.starts_with("application/json"),
            "{uri}: content type {ct}"
        );
    }
    let v = serde_json::from_slice(&b).unwrap_or(Value::Null);
    (s, v)
}

async fn ok(app: &Router, uri: &str) -> Value {
    let (s, v) = get(app, uri).await;
    assert_eq!(s, StatusCode::OK, "{uri}: {v}");
    v
}

async fn bad(app: &Router, uri: &str, needle: &str) {
    let (s, v) = get(app, uri).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
    let msg = v["error"].as_str().unwrap_or_default();
    assert!(
        msg.contains(needle),
        "{uri}: message {msg:?} should mention {needle:?}"
    );
}

async fn not_found(app: &Router, uri: &str) {
    let (s, v) = get(app, uri).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{uri}: {v}");
    assert!(
        v["error"].as_str().is_some_and(|m| !m.is_empty()),
        "{uri}: {v}"
    );
}

fn q(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The store id of an article by its input id.
async fn article_id(app: &Router, ext: &str) -> i64 {
    let v = ok(app, &format!("/api/articles?ext_id={}", q(ext))).await;
    v["items"][0]["article"]
        .as_i64()
        .unwrap_or_else(|| panic!("no article {ext}: {v}"))
}

#[tokio::test]
async fn stats() {
    let a = app();
    let v = ok(&a, "/api/stats").await;
    assert_eq!(v["counts"]["articles"], 4, "{v}");
    assert!(v["counts"]["quotes"].as_i64().unwrap() > 0);
    assert!(v["event_types"].as_array().unwrap().len() > 1);
    assert_eq!(v["first_day"], "2018-06-20");
    bad(&a, "/api/stats?x=1", "unknown parameter 'x'").await;
}

#[tokio::test]
async fn openapi_documents_every_endpoint() {
    let a = app();
    let doc = ok(&a, "/api/openapi.json").await;
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    let routes = [
        "/api/openapi.json",
        "/api/stats",
        "/api/search",
        "/api/articles",
        "/api/articles/{id}",
        "/api/quotes",
        "/api/speakers",
        "/api/events",
        "/api/actors",
        "/api/actors/{code}",
        "/api/dyads",
        "/api/network",
    ];
    for r in routes {
        assert!(paths.contains_key(r), "{r} is not documented");
    }
    assert_eq!(
        paths.len(),
        routes.len(),
        "documented paths that are not routes: {:?}",
        paths.keys().collect::<Vec<_>>()
    );
    // every documented path answers, and every documented query parameter is accepted
    let id = article_id(&a, "example-3").await;
    for (path, item) in paths {
        let params = item["get"]["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut uri = path
            .replace("{id}", &id.to_string())
            .replace("{code}", "USAGOV");
        let required: Vec<String> = params
            .iter()
            .filter(|p| p["in"] == "query" && p["required"] == true)
            .map(|p| format!("{}=x", p["name"].as_str().unwrap()))
            .collect();
        if path == "/api/dyads" {
            uri.push_str("?a=USAGOV&b=IRNGOV");
        } else if !required.is_empty() {
            uri.push('?');
            uri.push_str(&required.join("&"));
        }
        let (s, v) = get(&a, &uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}: {v}");
        for p in params.iter().filter(|p| p["in"] == "query") {
            let name = p["name"].as_str().unwrap();
            let (s, v) = get(
                &a,
                &format!(
                    "{}{}{}=",
                    uri,
                    if uri.contains('?') { "&" } else { "?" },
                    name
                ),
            )
            .await;
            assert!(
                !(s == StatusCode::BAD_REQUEST
                    && v["error"]
                        .as_str()
                        .unwrap_or("")
                        .contains("unknown parameter")),
                "{path}: documented parameter {name} is refused: {v}"
            );
        }
    }
}

#[tokio::test]
async fn search_articles_and_quotes() {
    let a = app();
    let v = ok(&a, &format!("/api/search?q={}", q("بيدرسون"))).await;
    let items = v["items"].as_array().unwrap();
    assert!(!items.is_empty(), "{v}");
    let parts = items[0]["snippet"].as_array().unwrap();
    assert!(
        parts
            .iter()
            .any(|p| p["hit"] == true && p["text"].as_str().unwrap().contains("بيدرسون")),
        "{v}"
    );
    assert!(items[0]["article"].as_i64().unwrap() > 0);
    // spelling variants: hamza and ta marbuta folded
    let v = ok(&a, &format!("/api/search?q={}", q("الامم المتحده"))).await;
    assert!(!v["items"].as_array().unwrap().is_empty(), "{v}");
    // quotations
    let v = ok(&a, &format!("/api/search?kind=quotes&q={}", q("حل"))).await;
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["quote"].as_i64().is_some()),
        "{v}"
    );
    // pagination
    let all = ok(&a, &format!("/api/search?q={}", q("في"))).await;
    let n = all["page"]["total"].as_i64().unwrap();
    assert!(n >= 2, "{all}");
    let p1 = ok(&a, &format!("/api/search?q={}&limit=1", q("في"))).await;
    let p2 = ok(&a, &format!("/api/search?q={}&limit=1&offset=1", q("في"))).await;
    assert_eq!(p1["page"]["returned"], 1);
    assert_eq!(p1["page"]["next_offset"], 1);
    assert_ne!(p1["items"][0]["article"], p2["items"][0]["article"]);
    let past = ok(&a, &format!("/api/search?q={}&offset=1000", q("في"))).await;
    assert_eq!(past["items"].as_array().unwrap().len(), 0);
    assert_eq!(past["page"]["next_offset"], Value::Null);
    // filters
    let v = ok(&a, &format!("/api/search?q={}&from=2030-01-01", q("في"))).await;
    assert_eq!(v["page"]["total"], 0, "{v}");
    let v = ok(&a, &format!("/api/search?q={}&actor=IGOUNO", q("في"))).await;
    assert!(v["page"]["total"].as_i64().unwrap() >= 1);
    // a query with no words finds nothing (not an error)
    let v = ok(&a, "/api/search?q=%21%21").await;
    assert_eq!(v["items"].as_array().unwrap().len(), 0);
    // bad parameters
    bad(&a, "/api/search", "'q' is required").await;
    bad(&a, "/api/search?q=x&limit=0", "'limit'").await;
    bad(&a, "/api/search?q=x&limit=101", "'limit'").await;
    bad(&a, "/api/search?q=x&limit=abc", "'limit'").await;
    bad(&a, "/api/search?q=x&offset=-1", "'offset'").await;
    bad(&a, "/api/search?q=x&offset=100001", "'offset'").await;
    bad(&a, "/api/search?q=x&kind=people", "'kind'").await;
    bad(&a, "/api/search?q=x&from=2019-13-01", "'from'").await;
    bad(&a, "/api/search?q=x&actor=US-GOV", "'actor'").await;
    bad(&a, "/api/search?q=x&q=y", "more than once").await;
    bad(&a, "/api/search?q=x&lmit=3", "unknown parameter 'lmit'").await;
    bad(
        &a,
        &format!("/api/search?q={}", "a".repeat(1001)),
        "too long",
    )
    .await;
}

#[tokio::test]
async fn articles_list_and_detail() {
    let a = app();
    let v = ok(&a, "/api/articles").await;
    assert_eq!(v["page"]["total"], 4);
    let p1 = ok(&a, "/api/articles?limit=2").await;
    let p2 = ok(&a, "/api/articles?limit=2&offset=2").await;
    assert_eq!(p1["items"].as_array().unwrap().len(), 2);
    assert_eq!(p1["page"]["next_offset"], 2);
    assert_eq!(p2["items"].as_array().unwrap().len(), 2);
    assert_ne!(p1["items"][0]["article"], p2["items"][0]["article"]);
    let asc = ok(&a, "/api/articles?order=asc&limit=1").await;
    assert_eq!(asc["items"][0]["ext_id"], "example-2");
    let v = ok(&a, "/api/articles?actor=IGO*").await;
    assert!(v["page"]["total"].as_i64().unwrap() >= 1);
    let v = ok(&a, "/api/articles?from=2019-03&to=2019-03").await;
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["day"].as_str().unwrap().starts_with("2019-03")));
    bad(&a, "/api/articles?limit=201", "'limit'").await;
    bad(&a, "/api/articles?order=sideways", "'order'").await;
    bad(&a, "/api/articles?to=yesterday", "'to'").await;

    let id = article_id(&a, "example-1").await;
    let v = ok(&a, &format!("/api/articles/{id}")).await;
    assert_eq!(v["ext_id"], "example-1");
    assert_eq!(v["truncated"], false);
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let span = |x: &Value| {
        text[x["start"].as_u64().unwrap() as usize..x["end"].as_u64().unwrap() as usize]
            .iter()
            .collect::<String>()
    };
    let mentions = v["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty());
    for m in mentions {
        assert_eq!(
            span(m),
            m["text"].as_str().unwrap(),
            "mention offsets are code points"
        );
    }
    let quotes = v["quotes"].as_array().unwrap();
    assert!(
        quotes
            .iter()
            .any(|q| q["speaker"]["entity"].is_string() || q["speaker"]["text"].is_string()),
        "{v}"
    );
    for qu in quotes {
        assert_eq!(span(qu), qu["text"].as_str().unwrap());
    }
    let events = v["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for e in events {
        assert_eq!(span(&e["trigger"]), e["trigger"]["text"].as_str().unwrap());
        assert!(e["actors"].is_array() && e["recipients"].is_array());
    }
    assert!(
        events.iter().any(|e| e["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["actor"] == "RUSGOV")),
        "{v}"
    );
    assert_eq!(v["sources"].as_array().unwrap().len(), 1);

    not_found(&a, "/api/articles/999999").await;
    bad(&a, "/api/articles/abc", "positive whole numbers").await;
    bad(&a, "/api/articles/0", "positive whole numbers").await;
    bad(&a, "/api/articles/-1", "positive whole numbers").await;
    bad(&a, "/api/articles/1%20OR%201=1", "positive whole numbers").await;
    bad(&a, &format!("/api/articles/{id}?x=1"), "unknown parameter").await;
}

#[tokio::test]
async fn quotes_and_speakers() {
    let a = app();
    let v = ok(&a, "/api/quotes").await;
    let total = v["page"]["total"].as_i64().unwrap();
    assert!(total >= 5, "{v}");
    let p = ok(&a, "/api/quotes?limit=2&offset=2").await;
    assert_eq!(p["items"].as_array().unwrap().len(), 2);
    let id = article_id(&a, "example-1").await;
    let v = ok(&a, &format!("/api/quotes?article={id}&order=asc")).await;
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["article"] == id));
    let direct = ok(&a, "/api/quotes?direct=true").await;
    assert!(direct["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["direct"] == true));
    // a speaker by canonical name and by code
    let sp = ok(&a, "/api/speakers").await;
    let first = &sp["items"][0];
    assert!(first["quotes"].as_i64().unwrap() >= 1, "{sp}");
    if let Some(e) = first["entity"].as_str() {
        let v = ok(&a, &format!("/api/quotes?entity={}", q(e))).await;
        assert_eq!(v["page"]["total"], first["quotes"]);
    }
    let v = ok(&a, "/api/quotes?speaker=IGO*").await;
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["speaker"]["actor"].as_str().unwrap().starts_with("IGO")));
    let v = ok(&a, &format!("/api/quotes?q={}", q("حل"))).await;
    assert!(v["page"]["total"].as_i64().unwrap() >= 1);
    bad(&a, "/api/quotes?direct=maybe", "'direct'").await;
    bad(&a, "/api/quotes?article=abc", "positive whole numbers").await;
    bad(&a, "/api/quotes?speaker=%27%3B--", "'speaker'").await;
    bad(&a, "/api/speakers?limit=500", "'limit'").await;
}

#[tokio::test]
async fn events_dyads_actors_network() {
    let a = app();
    let v = ok(&a, "/api/events").await;
    assert!(v["page"]["total"].as_i64().unwrap() >= 9, "{v}");
    let e = &v["items"][0];
    assert!(
        e["sentence_text"].is_string() && e["trigger"]["text"].is_string(),
        "{e}"
    );
    let v = ok(&a, "/api/events?actor=USAGOV&recipient=IRNGOV").await;
    assert!(v["page"]["total"].as_i64().unwrap() >= 1, "{v}");
    assert_eq!(v["items"][0]["type"], "THREATEN");
    let rev = ok(&a, "/api/events?actor=IRNGOV&recipient=USAGOV").await;
    let both = ok(&a, "/api/events?actor=IRNGOV&recipient=USAGOV&both=true").await;
    assert_eq!(
        both["page"]["total"].as_i64().unwrap(),
        rev["page"]["total"].as_i64().unwrap() + v["page"]["total"].as_i64().unwrap()
    );
    let v = ok(&a, "/api/events?type=assault&quad=4").await;
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["type"] == "ASSAULT" && x["quad_class"] == 4),
        "{v}"
    );
    let p = ok(&a, "/api/events?limit=3&offset=3").await;
    assert_eq!(p["items"].as_array().unwrap().len(), 3);
    bad(&a, "/api/events?quad=5", "'quad'").await;
    bad(&a, "/api/events?type=ASSAULT%27%20OR%201%3D1", "'type'").await;
    bad(&a, "/api/events?negated=2", "'negated'").await;

    let v = ok(&a, "/api/actors").await;
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["code"] == "USAGOV"),
        "{v}"
    );
    let v = ok(&a, "/api/actors?prefix=IRN&limit=2").await;
    assert!(v["items"].as_array().unwrap().len() <= 2);
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["code"].as_str().unwrap().starts_with("IRN")));
    let v = ok(&a, "/api/actors/USAGOV").await;
    assert_eq!(v["code"], "USAGOV");
    assert!(
        v["series"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["as_actor"].as_i64().unwrap() > 0),
        "{v}"
    );
    assert!(
        v["partners"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["code"] == "IRNGOV"),
        "{v}"
    );
    // By year: the hostile article's secretary of state (2019) and example-3 (2020).
    let v = ok(&a, "/api/actors/usagov?per=year").await;
    let periods: Vec<&str> = v["series"].as_array().unwrap().iter().map(|s| s["period"].as_str().unwrap()).collect();
    assert!(periods.contains(&"2020") && periods.iter().all(|p| p.len() == 4), "{v}");
    not_found(&a, "/api/actors/ZZZQQQ").await;
    bad(&a, "/api/actors/US%20GOV", "actor codes").await;
    bad(&a, "/api/actors/USA*", "actor codes").await;
    bad(&a, "/api/actors/USAGOV?per=decade", "'per'").await;

    let v = ok(&a, "/api/dyads?a=USAGOV&b=IRNGOV").await;
    assert_eq!(v["items"][0]["period"], "2020-01", "{v}");
    assert!(v["items"][0]["events"].as_i64().unwrap() >= 1);
    let v = ok(&a, "/api/dyads?a=IRN*&b=USA*&both=true&per=year").await;
    let n: i64 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["events"].as_i64().unwrap())
        .sum();
    let one_way = ok(&a, "/api/dyads?a=IRN*&b=USA*&per=year").await;
    let m: i64 = one_way["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["events"].as_i64().unwrap())
        .sum();
    assert!(n >= 2 && n > m, "{v}");
    bad(&a, "/api/dyads?a=USAGOV", "'b' is required").await;
    bad(&a, "/api/dyads?b=USAGOV", "'a' is required").await;

    let v = ok(&a, "/api/network").await;
    let nodes = v["nodes"].as_array().unwrap();
    let edges = v["edges"].as_array().unwrap();
    assert!(nodes.len() >= 4 && !edges.is_empty(), "{v}");
    let codes: Vec<&str> = nodes.iter().map(|n| n["code"].as_str().unwrap()).collect();
    for e in edges {
        assert!(
            codes.contains(&e["source"].as_str().unwrap())
                && codes.contains(&e["target"].as_str().unwrap())
        );
    }
    assert!(
        edges
            .iter()
            .any(|e| e["source"] == "USAGOV" && e["target"] == "IRNGOV" && e["tone"] == "conflict"),
        "{v}"
    );
    let v = ok(&a, "/api/network?nodes=2").await;
    assert_eq!(v["nodes"].as_array().unwrap().len(), 2);
    let v = ok(&a, "/api/network?quad=1").await;
    assert!(v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["conflict"] == 0));
    let v = ok(&a, "/api/network?from=2030").await;
    assert_eq!(v["nodes"].as_array().unwrap().len(), 0);
    bad(&a, "/api/network?nodes=0", "'nodes'").await;
    bad(&a, "/api/network?nodes=301", "'nodes'").await;
    bad(&a, "/api/network?from=2019-02-30x", "'from'").await;
}

#[tokio::test]
async fn sql_injection_is_inert() {
    let a = app();
    let hostile = [
        "' OR '1'='1",
        "x'; DROP TABLE articles; --",
        "\" OR 1=1 --",
        "%' UNION SELECT sql FROM sqlite_schema --",
        "*) OR (1",
        "NEAR(a b)",
        "words : x",
    ];
    for h in hostile {
        let e = q(h);
        for uri in [
            format!("/api/search?q={e}"),
            format!("/api/search?q={e}&kind=quotes"),
            format!("/api/search?q={}&source={e}", q("في")),
            format!("/api/articles?source={e}"),
            format!("/api/articles?ext_id={e}"),
            format!("/api/quotes?entity={e}"),
            format!("/api/quotes?name={e}"),
            format!("/api/quotes?q={e}"),
            format!("/api/speakers?name={e}"),
            format!("/api/actors?name={e}"),
            format!("/api/events?source={e}"),
        ] {
            let (s, v) = get(&a, &uri).await;
            assert!(
                s == StatusCode::OK || s == StatusCode::BAD_REQUEST,
                "{uri}: {s} {v}"
            );
            if s == StatusCode::OK {
                let n = v["items"].as_array().map(|x| x.len()).unwrap_or(0);
                assert!(
                    n <= 1,
                    "{uri}: a hostile value should not match everything ({n} rows)"
                );
            }
        }
    }
    let v = ok(&a, "/api/stats").await;
    assert_eq!(v["counts"]["articles"], 4, "the store is intact");
}

#[tokio::test]
async fn hostile_article_is_returned_as_data() {
    let a = app();
    let id = article_id(&a, common::EVIL_ID).await;
    let v = ok(&a, &format!("/api/articles/{id}")).await;
    assert_eq!(
        v["text"],
        common::EVIL_TEXT,
        "the text comes back byte for byte, as JSON data"
    );
    assert_eq!(v["url"], "javascript:window.__pwned=9");
    let (s, h, _) = raw(
        &a,
        Request::get(format!("/api/articles/{id}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(h["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    assert_eq!(h["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn unknown_routes_methods_and_assets() {
    let a = app();
    not_found(&a, "/api/nothing").await;
    not_found(&a, "/api/articles/1/2").await;
    let (s, _, _) = raw(&a, Request::post("/api/stats").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    for (path, ctype) in [
        ("/", "text/html"),
        ("/article/1", "text/html"),
        ("/actor/USAGOV", "text/html"),
        ("/speaker", "text/html"),
        ("/network", "text/html"),
        ("/assets/style.css", "text/css"),
        ("/assets/common.js", "text/javascript"),
        ("/assets/network.js", "text/javascript"),
    ] {
        let (s, h, body) = raw(&a, Request::get(path).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::OK, "{path}");
        assert!(
            h["content-type"].to_str().unwrap().starts_with(ctype),
            "{path}"
        );
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        let body = String::from_utf8(body).unwrap();
        if ctype == "text/html" {
            assert!(body.contains("dir=\"rtl\""), "{path} is right-to-left");
            assert!(
                !body.contains("http://") && !body.contains("https://"),
                "{path}: no outside resources"
            );
        }
    }
    let (s, _, _) = raw(
        &a,
        Request::get("/assets/nothing.js")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn path_traversal_on_assets_fails() {
    let a = app();
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2FCargo.toml",
        "/assets/..%2F..%2F..%2FCargo.toml",
        "/assets/%2e%2e%2fsrc%2flib.rs",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/assets/..\\..\\Cargo.toml",
        "/assets/style.css%00.js",
        "/assets//etc/passwd",
        "/assets/%2Fetc%2Fpasswd",
        "/assets/style.css/../../../../etc/passwd",
        "/../../../../etc/passwd",
        "/article/..%2F..%2Fetc%2Fpasswd",
    ] {
        let (s, _, body) = raw(&a, Request::get(path).body(Body::empty()).unwrap()).await;
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("[package]") && !body.contains("root:") && !body.contains("pub mod"),
            "{path} leaked a file"
        );
        if !path.starts_with("/article/") {
            assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        }
    }
}

#[tokio::test]
async fn bodies_and_query_strings_are_bounded() {
    let a = app();
    let big = vec![b'x'; 100_000];
    let req = Request::get("/api/stats")
        .header("content-length", big.len())
        .body(Body::from(big))
        .unwrap();
    let (s, _, body) = raw(&a, req).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(String::from_utf8_lossy(&body).contains("too large"));
    let long = format!("/api/search?q={}", "%D8%A8".repeat(3000));
    let (s, _, _) = raw(&a, Request::get(long).body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::URI_TOO_LONG);
}

#[tokio::test]
async fn huge_article_text_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.db");
    common::ingest(&db, common::example_articles());
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        // 1.1 million more characters at the end of the first article
        c.execute(
            "UPDATE articles SET text = text || replace(hex(zeroblob(1100000)), '00', 'ب'), chars = chars + 1100000 WHERE ext_id = 'example-1'",
            [],
        )
        .unwrap();
    }
    let a = common::app(&db);
    let id = article_id(&a, "example-1").await;
    let v = ok(&a, &format!("/api/articles/{id}")).await;
    assert_eq!(v["truncated"], true);
    assert_eq!(
        v["text"].as_str().unwrap().chars().count(),
        marsad_server::api::MAX_TEXT_CHARS
    );
    assert!(!v["mentions"].as_array().unwrap().is_empty());
}

#[test]
fn pages_build_the_dom_without_html_parsing() {
    // Data reaches the page only through textContent/createTextNode/setAttribute.
    for (name, _, bytes) in marsad_server::assets::ASSETS {
        if !name.ends_with(".js") {
            continue;
        }
        let src = std::str::from_utf8(bytes).unwrap();
        for banned in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
            "DOMParser",
            "createContextualFragment",
        ] {
            assert!(!src.contains(banned), "{name} uses {banned}");
        }
        assert!(
            !src.contains("http://")
                || src.matches("http://").count()
                    == src.matches("http://www.w3.org/2000/svg").count(),
            "{name}: outside URL"
        );
        assert!(!src.contains("https://"), "{name}: outside URL");
    }
}
