//! # marsad-server
//!
//! `marsad serve`: a read-only JSON API and a few web pages over a marsad store.
//!
//! - [`api`]: the `/api/…` handlers (documented in `assets/openapi.json`).
//! - [`assets`]: the pages, scripts and styles, embedded in the binary and served by
//!   exact name (no file system access at run time, so no path traversal).
//! - [`db`]: a pool of read-only SQLite connections used from blocking threads, with a
//!   time budget per request.
//!
//! ## Invariants
//! - Read only: connections are opened `SQLITE_OPEN_READ_ONLY` with `query_only`; the
//!   server never writes to the store (an ingest can run beside it).
//! - User input reaches SQL only as bound parameters; every list is paged with a maximum
//!   `limit`; bodies are refused beyond [`MAX_BODY`]; every request has a time budget.
//! - Pages build their DOM with `textContent` only (never `innerHTML` of data) and a
//!   Content-Security-Policy forbids inline scripts, so text from articles stays text.
//! - No network at run time: no CDN, every asset is in the binary.

pub mod api;
pub mod assets;
pub mod db;
pub mod error;
pub mod network;
pub mod params;

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use marsad_text::segment::Segmenter;
use serde_json::Value;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Largest request body accepted (bytes). The API takes none; larger bodies get 413.
pub const MAX_BODY: u64 = 16 * 1024;
/// Longest query string accepted (bytes); longer gets 414.
pub const MAX_QUERY: usize = 8 * 1024;

/// Server settings.
#[derive(Clone)]
pub struct Config {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Read connections (queries running at once).
    pub connections: usize,
    /// Time budget of one request's queries.
    pub budget: Duration,
    /// Test seam: called before each request's queries with the request's API path.
    pub hook: Option<db::Hook>,
}

impl Config {
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            connections: 4,
            budget: Duration::from_secs(10),
            hook: None,
        }
    }
}

/// Shared state of the handlers.
pub struct AppState {
    pub db: Arc<db::Db>,
    pub seg: Arc<Segmenter>,
    cache: Mutex<HashMap<String, (Generation, Arc<Value>)>>,
    db_path: PathBuf,
}

/// What identifies the database's contents: size and modification time of the file and
/// its WAL. Any commit changes it, so cached results are never stale.
type Generation = [u128; 4];

impl AppState {
    pub fn new(config: &Config) -> Result<Arc<AppState>, String> {
        let db = db::Db::open(
            config.db.clone(),
            config.connections,
            config.budget,
            config.hook.clone(),
        )?;
        Ok(Arc::new(AppState {
            db: Arc::new(db),
            seg: Arc::new(Segmenter::new()),
            cache: Mutex::new(HashMap::new()),
            db_path: config.db.clone(),
        }))
    }

    fn generation(&self) -> Generation {
        let meta = |p: &std::path::Path| match std::fs::metadata(p) {
            Ok(m) => (
                m.len() as u128,
                m.modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos())
                    .unwrap_or(0),
            ),
            Err(_) => (0, 0),
        };
        let mut wal = self.db_path.clone().into_os_string();
        wal.push("-wal");
        let (a, b) = meta(&self.db_path);
        let (c, d) = meta(std::path::Path::new(&wal));
        [a, b, c, d]
    }

    /// A result computed by `f`, cached per `key` while the database is unchanged
    /// (aggregates over the whole store: network, actor lists).
    pub async fn cached<F, Fut>(&self, key: String, f: F) -> Result<Arc<Value>, error::ApiError>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<Value, error::ApiError>>,
    {
        let generation = self.generation();
        if let Some((g, v)) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            if *g == generation {
                return Ok(v.clone());
            }
        }
        let v = Arc::new(f().await?);
        let mut c = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if c.len() >= 256 {
            c.clear();
        }
        c.insert(key, (generation, v.clone()));
        Ok(v)
    }
}

/// The whole application: API, pages and assets, with the security middleware.
pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/openapi.json", get(api::openapi))
        .route("/stats", get(api::stats))
        .route("/search", get(api::search))
        .route("/articles", get(api::articles))
        .route("/articles/{id}", get(api::article))
        .route("/quotes", get(api::quotes))
        .route("/speakers", get(api::speakers))
        .route("/events", get(api::events))
        .route("/actors", get(api::actors))
        .route("/actors/{code}", get(api::actor))
        .route("/dyads", get(api::dyads))
        .route("/network", get(api::network))
        .fallback(api::api_not_found);
    Router::new()
        .nest("/api", api)
        .route("/", get(assets::page_search))
        .route("/article/{id}", get(assets::page_article))
        .route("/actor/{code}", get(assets::page_actor))
        .route("/speaker", get(assets::page_speaker))
        .route("/network", get(assets::page_network))
        .route("/assets/{name}", get(assets::asset))
        .fallback(assets::not_found)
        .layer(axum::middleware::from_fn(guard))
        .with_state(state)
}

/// Refuse oversized bodies and query strings; add security headers to every response.
async fn guard(req: Request, next: Next) -> Response {
    let len = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if len.is_some_and(|n| n > MAX_BODY)
        || (len.is_none() && req.headers().contains_key(header::TRANSFER_ENCODING))
    {
        let msg =
            format!("request body too large (at most {MAX_BODY} bytes, with a Content-Length)");
        return with_headers(
            error::ApiError {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                message: msg,
            }
            .into_response(),
        );
    }
    if req.uri().query().is_some_and(|q| q.len() > MAX_QUERY) {
        let msg = format!("query string too long (at most {MAX_QUERY} bytes)");
        return with_headers(
            error::ApiError {
                status: StatusCode::URI_TOO_LONG,
                message: msg,
            }
            .into_response(),
        );
    }
    with_headers(next.run(req).await)
}

fn with_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
             font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    r
}

/// Bind and serve until Ctrl-C. Prints the address it listens on.
pub async fn serve(config: Config) -> Result<(), String> {
    let state = AppState::new(&config)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    eprintln!(
        "marsad serve: http://{addr}/ (database {}; Ctrl-C to stop)",
        config.db.display()
    );
    if !addr.ip().is_loopback() {
        eprintln!("marsad serve: warning: listening on {addr}, beyond this machine; the server has no authentication");
    }
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}

/// [`serve`] on a new multi-threaded runtime (for the command line).
pub fn serve_blocking(config: Config) -> Result<(), String> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    rt.block_on(serve(config))
}
