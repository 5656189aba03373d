//! Pages, scripts and styles, embedded in the binary at build time. Assets are looked up
//! by exact name in a fixed table: a path such as `../Cargo.toml` is simply not a name,
//! so nothing outside the table can be served.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

pub const OPENAPI: &str = include_str!("../assets/openapi.json");

/// `(name, content type, bytes)`.
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/style.css"),
    ),
    (
        "common.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/common.js"),
    ),
    (
        "search.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/search.js"),
    ),
    (
        "article.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/article.js"),
    ),
    (
        "actor.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/actor.js"),
    ),
    (
        "speaker.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/speaker.js"),
    ),
    (
        "network.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/network.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    ),
];

const SEARCH: &str = include_str!("../assets/index.html");
const ARTICLE: &str = include_str!("../assets/article.html");
const ACTOR: &str = include_str!("../assets/actor.html");
const SPEAKER: &str = include_str!("../assets/speaker.html");
const NETWORK: &str = include_str!("../assets/network.html");

fn html(body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

pub async fn page_search() -> Response {
    html(SEARCH)
}
pub async fn page_article(Path(_id): Path<String>) -> Response {
    html(ARTICLE)
}
pub async fn page_actor(Path(_code): Path<String>) -> Response {
    html(ACTOR)
}
pub async fn page_speaker() -> Response {
    html(SPEAKER)
}
pub async fn page_network() -> Response {
    html(NETWORK)
}

pub async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, ctype, bytes)) => (
            [
                (header::CONTENT_TYPE, *ctype),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            *bytes,
        )
            .into_response(),
        None => not_found().await,
    }
}

pub async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "not found\n",
    )
        .into_response()
}
