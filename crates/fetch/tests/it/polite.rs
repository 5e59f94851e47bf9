//! Politeness: robots.txt, per-host spacing, retries.

use std::time::Duration;

use claimsift_fetch::FetchOptions;

use crate::support::{Reply, Server, check_all, opts};

#[tokio::test]
async fn requests_to_one_host_are_spaced() {
    let server = Server::start(|_| Reply::html("<p>x</p>")).await;
    let options = FetchOptions {
        per_host_delay: Duration::from_millis(150),
        ..opts()
    };
    let urls: Vec<String> = (0..3).map(|i| server.url(&format!("/p{i}"))).collect();
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let results = check_all(&options, b"", &inputs).await;
    assert!(results.iter().all(Result::is_ok));
    let hits = server.hits_on("/p");
    assert_eq!(hits.len(), 3);
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap >= Duration::from_millis(145), "gap {gap:?}");
    }
}
