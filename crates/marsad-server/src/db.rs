//! A small pool of read-only SQLite connections, used from tokio's blocking threads.
//!
//! Each request borrows one connection for the time of its queries. The pool bounds how
//! many queries run at once (`Config::connections`); a request that cannot get a
//! connection within its time budget gets 503. A query that outlives the budget is
//! interrupted (`sqlite3_interrupt`) and the request gets 503, while the other
//! connections go on serving: one slow request never blocks the others.

use crate::error::ApiError;
use marsad_store::Store;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Called in the blocking thread before a request's queries, with the request path
/// (a test seam: tests use it to make one request slow on purpose).
pub type Hook = Arc<dyn Fn(&str) + Send + Sync>;

pub struct Db {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Arc<Semaphore>,
    budget: Duration,
    hook: Option<Hook>,
}

impl Db {
    /// Open the store once to check that it is a readable marsad database.
    pub fn open(
        path: PathBuf,
        connections: usize,
        budget: Duration,
        hook: Option<Hook>,
    ) -> Result<Db, String> {
        let first = open_conn(&path)?;
        Ok(Db {
            path,
            idle: Mutex::new(vec![first]),
            permits: Arc::new(Semaphore::new(connections.max(1))),
            budget,
            hook,
        })
    }

    /// Run `f` with a connection on a blocking thread, within the time budget.
    pub async fn run<T, F>(self: &Arc<Self>, what: &str, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let deadline = tokio::time::Instant::now() + self.budget;
        let permit =
            match tokio::time::timeout_at(deadline, self.permits.clone().acquire_owned()).await {
                Ok(Ok(p)) => p,
                _ => {
                    return Err(ApiError::busy(
                        "the server is busy: no database connection became free in time; retry",
                    ))
                }
            };
        let store = match self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            Some(s) => s,
            None => open_conn(&self.path).map_err(|e| ApiError::internal(&e))?,
        };
        let interrupt = store.conn().get_interrupt_handle();
        let hook = self.hook.clone();
        let what = what.to_string();
        let job = tokio::task::spawn_blocking(move || {
            if let Some(h) = &hook {
                h(&what);
            }
            let r = f(&store);
            (store, r)
        });
        let me = self.clone();
        // The connection goes back to the pool when the job ends, even if the request
        // has given up waiting for it.
        let (tx, rx) = tokio::sync::oneshot::channel();
        tokio::spawn(async move {
            let out = job.await;
            let r = match out {
                Ok((store, r)) => {
                    me.idle
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(store);
                    r
                }
                Err(_) => Err(ApiError::internal("a query panicked")),
            };
            drop(permit);
            let _ = tx.send(r);
        });
        match tokio::time::timeout_at(deadline, rx).await {
            Ok(Ok(r)) => r,
            Ok(Err(_)) => Err(ApiError::internal("a query was lost")),
            Err(_) => {
                interrupt.interrupt();
                Err(ApiError::busy(&format!(
                    "the query took longer than {} ms and was stopped; narrow it (dates, filters, a smaller limit)",
                    self.budget.as_millis()
                )))
            }
        }
    }
}

fn open_conn(path: &std::path::Path) -> Result<Store, String> {
    let store = Store::open_read(path).map_err(|e| e.to_string())?;
    // Reads only: a large page cache and memory-mapped reads.
    store
        .conn()
        .execute_batch("PRAGMA query_only = 1; PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;")
        .map_err(|e| e.to_string())?;
    Ok(store)
}
