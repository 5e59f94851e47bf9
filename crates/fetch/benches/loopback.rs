//! Fetch throughput on loopback: 500 generated article pages (about 20–60 KB each, with
//! site boilerplate) served by the crate's test server, fetched with spacing and robots.txt
//! off, private addresses allowed.
//!
//! `cargo bench -p claimsift-fetch --bench loopback` prints pages/s and MB/s for a few
//! concurrency limits. Issue 7 asks for 200 pages/s for fetch + extract + classify on a
//! 2-core machine; this measures the fetch part alone.
#![allow(
    clippy::print_stdout,
    reason = "a benchmark reports on standard output"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use claimsift_fetch::test_server::{Reply, Server, sample_article};
use claimsift_fetch::{FetchOptions, Fetcher};

const PAGES: usize = 500;
const ROUNDS: usize = 5;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(run());
}

async fn run() {
    let pages: Arc<Vec<String>> = Arc::new((0..PAGES as u64).map(sample_article).collect());
    let bytes: usize = pages.iter().map(String::len).sum();
    let (min, max) = pages
        .iter()
        .map(String::len)
        .fold((usize::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)));
    println!(
        "{PAGES} pages, {:.1} MB, {:.1}–{:.1} KB each",
        bytes as f64 / 1e6,
        min as f64 / 1e3,
        max as f64 / 1e3
    );
    let served = Arc::clone(&pages);
    let server = Server::start(move |path| {
        path.strip_prefix("/articles/")
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| served.get(n))
            .map_or_else(|| Reply::new(404), |page| Reply::html(page))
    })
    .await;
    let inputs: Vec<String> = (0..PAGES)
        .map(|n| server.url(&format!("/articles/{n}")))
        .collect();
    for concurrency in [8, 32] {
        let opts = FetchOptions {
            allow_private_addresses: true,
            respect_robots_txt: false,
            per_host_delay: Duration::ZERO,
            max_retries: 0,
            max_concurrency: concurrency,
            ..FetchOptions::default()
        };
        let mut rates = Vec::new();
        for _ in 0..ROUNDS {
            let fetcher = Fetcher::with_stdin(opts.clone(), std::io::empty());
            let started = Instant::now();
            let results = fetcher.fetch_all(&inputs).await;
            let elapsed = started.elapsed();
            let ok = results.iter().filter(|r| r.is_ok()).count();
            assert_eq!(
                ok,
                PAGES,
                "every page fetched: {:?}",
                results.iter().find(|r| r.is_err())
            );
            rates.push(PAGES as f64 / elapsed.as_secs_f64());
        }
        rates.sort_by(f64::total_cmp);
        let median = rates[rates.len() / 2];
        println!(
            "max_concurrency {concurrency:>2}: median {median:.0} pages/s ({:.1} MB/s), \
             min {:.0}, max {:.0} over {ROUNDS} rounds",
            median * bytes as f64 / PAGES as f64 / 1e6,
            rates[0],
            rates[rates.len() - 1]
        );
    }
}
