//! Test helpers: the loopback server (from the crate's `test-server` feature) and
//! shortcuts for fetching with test options.

use std::time::Duration;

use claimsift_fetch::{FetchError, FetchOptions, Fetched, Fetcher};

pub use claimsift_fetch::test_server::{Reply, Server};

/// Options for tests on loopback: private addresses allowed, no spacing, no retries, short
/// waits. Tests change what they exercise.
pub fn opts() -> FetchOptions {
    FetchOptions {
        allow_private_addresses: true,
        per_host_delay: Duration::ZERO,
        max_retries: 0,
        retry_base_delay: Duration::from_millis(5),
        retry_max_delay: Duration::from_millis(50),
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        ..FetchOptions::default()
    }
}

/// Fetches inputs with a fresh fetcher whose standard input is `stdin`, and returns each
/// result as the fetched document or the error message.
pub async fn check_all(
    opts: &FetchOptions,
    stdin: &'static [u8],
    inputs: &[&str],
) -> Vec<Result<Fetched, String>> {
    let inputs: Vec<String> = inputs.iter().map(|s| (*s).to_owned()).collect();
    Fetcher::with_stdin(opts.clone(), stdin)
        .fetch_all(&inputs)
        .await
        .into_iter()
        .map(|r| r.map_err(|f| f.to_string()))
        .collect()
}

/// Fetches one URL and returns the document or the error.
pub async fn fetch(opts: &FetchOptions, url: &str) -> Result<Fetched, FetchError> {
    let inputs = [url.to_owned()];
    let mut results = Fetcher::with_stdin(opts.clone(), std::io::empty())
        .fetch_all(&inputs)
        .await;
    assert_eq!(results.len(), 1);
    results.remove(0).map_err(|f| {
        assert_eq!(f.input, url);
        f.error
    })
}
