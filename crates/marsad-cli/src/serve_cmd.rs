//! `marsad serve`: the web pages and JSON API over a store (crate marsad-server).

use anyhow::{anyhow, Result};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store to serve (read only; `marsad ingest --db …` creates it).
    #[arg(long, default_value = "marsad.db")]
    db: PathBuf,
    /// Address to listen on. Loopback by default; the server has no authentication.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Database connections (queries running at once).
    #[arg(long, default_value_t = 4)]
    connections: usize,
    /// Time budget of one request, in milliseconds.
    #[arg(long, default_value_t = 10_000)]
    budget_ms: u64,
}

pub fn run(args: ServeArgs) -> Result<()> {
    let mut config = marsad_server::Config::new(args.db);
    config.addr = args.addr;
    config.connections = args.connections.max(1);
    config.budget = std::time::Duration::from_millis(args.budget_ms.max(1));
    marsad_server::serve_blocking(config).map_err(|e| anyhow!(e))
}
