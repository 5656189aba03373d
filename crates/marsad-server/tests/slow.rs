//! One slow request must not hold up the others: a request whose queries are slow, and a
//! client that sends half a request and stalls, are in flight while other requests are
//! served promptly. A request over its time budget gets 503 and the server goes on.
//! Real sockets on an ephemeral loopback port.

mod common;

use marsad_server::Config;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;

/// Requests to `/api/network` sleep `secs` in their database thread (the test seam).
fn slow_network(db: &std::path::Path, secs: u64) -> Config {
    let mut c = Config::new(db.to_path_buf());
    c.hook = Some(Arc::new(move |what: &str| {
        if what == "/api/network" {
            std::thread::sleep(Duration::from_secs(secs));
        }
    }));
    c
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_request_does_not_block_the_others() {
    let fx = common::fixture("marsad-server-slow");
    let addr = common::spawn(slow_network(&fx.db, 3)).await;

    // a client that sends half a request and stalls
    let mut stalled = tokio::net::TcpStream::connect(addr).await.unwrap();
    stalled
        .write_all(b"GET /api/stats HTTP/1.1\r\nHost: loc")
        .await
        .unwrap();
    // a request whose queries are slow
    let slow = tokio::spawn(async move {
        let t = Instant::now();
        let r = common::http_get(addr, "/api/network").await;
        (r, t.elapsed())
    });
    tokio::time::sleep(Duration::from_millis(200)).await;

    for i in 0..20 {
        let path = [
            "/api/stats",
            "/api/articles/1",
            "/api/search?q=%D9%81%D9%8A",
            "/",
        ][i % 4];
        let t = Instant::now();
        let (status, body) = common::http_get(addr, path).await;
        assert_eq!(status, 200, "{path}: {body}");
        assert!(
            t.elapsed() < Duration::from_millis(1500),
            "{path} took {:?} while a slow request was in flight",
            t.elapsed()
        );
    }
    assert!(
        !slow.is_finished(),
        "the slow request was still in flight while the others were served"
    );
    let ((status, body), took) = slow.await.unwrap();
    assert_eq!(status, 200, "{body}");
    assert!(took >= Duration::from_secs(3));
    drop(stalled);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_over_its_budget_gets_503_and_the_server_goes_on() {
    let fx = common::fixture("marsad-server-budget");
    let mut config = slow_network(&fx.db, 2);
    config.budget = Duration::from_millis(400);
    config.connections = 2;
    let addr = common::spawn(config).await;
    let t = Instant::now();
    let (status, body) = common::http_get(addr, "/api/network").await;
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("longer than 400 ms"), "{body}");
    assert!(
        t.elapsed() < Duration::from_millis(1500),
        "answered after the budget, not after the query: {:?}",
        t.elapsed()
    );
    // the other connection still serves while the stopped one finishes
    let (status, _) = common::http_get(addr, "/api/stats").await;
    assert_eq!(status, 200);
    tokio::time::sleep(Duration::from_millis(2000)).await;
    for _ in 0..4 {
        let (status, _) = common::http_get(addr, "/api/articles/1").await;
        assert_eq!(status, 200, "the connection came back to the pool");
    }
}
