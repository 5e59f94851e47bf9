//! Bench: fetch + extract + classify over 500 article pages served on loopback, rate limits
//! off (issue 7 target: at least 200 pages/s on a 2-core machine).
//!
//! `cargo bench --bench loopback_pipeline` starts the fetch crate's loopback test server
//! with 500 generated article pages (about 20–60 KB each, with site boilerplate), then runs
//! the release `claimsift run` binary over their 500 URLs with robots.txt and per-site
//! spacing off and no state store, three times, and prints pages/s for each run. The time is
//! the whole process (start-up, fetching, extraction, classification and writing the JSON
//! report); the pipeline time (fetch + extract + classify) is the one the binary logs as
//! `processed`, read from its JSON log lines.

#![allow(clippy::print_stdout)]

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use claimsift_fetch::test_server::{Reply, Server, sample_article};

const PAGES: usize = 500;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let pages: Arc<Vec<String>> = Arc::new((0..PAGES as u64).map(sample_article).collect());
    let served = Arc::clone(&pages);
    let server = runtime.block_on(Server::start(move |path| {
        path.strip_prefix("/article/")
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| served.get(n))
            .map_or_else(|| Reply::new(404), |page| Reply::html(page))
    }));
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("claimsift.toml"),
        "[fetch]\nallow_private_addresses = true\nrespect_robots_txt = false\n\
         per_host_delay_secs = 0\nmax_concurrency = 16\n\n[report]\nformats = [\"json\"]\n",
    )
    .expect("config");
    let urls: Vec<String> = (0..PAGES)
        .map(|i| server.url(&format!("/article/{i}")))
        .collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    println!(
        "loopback pipeline: {PAGES} pages, {:.1} MB",
        bytes as f64 / 1e6
    );
    for round in 1..=3 {
        let started = Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_claimsift"))
            .args([
                "run",
                "--no-state",
                "--out",
                "out",
                "-v",
                "--log-format",
                "json",
            ])
            .args(&urls)
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("claimsift runs");
        let secs = started.elapsed().as_secs_f64();
        assert!(output.status.success(), "run failed: {}", output.status);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let logged = |message: &str| {
            stderr
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .find(|l| l["fields"]["message"] == message && l["fields"]["seconds"].is_number())
                .and_then(|l| l["fields"]["seconds"].as_f64())
                .unwrap_or(f64::NAN)
        };
        let fetched = logged("fetched");
        let pipeline = logged("processed");
        let report: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.path().join("out/report.json")).expect("report"),
        )
        .expect("report JSON");
        assert_eq!(
            report["run"]["articles"], PAGES,
            "every page became an article"
        );
        println!(
            "loopback pipeline: run {round}: fetch + extract + classify {pipeline:.2} s = {:.0} pages/s \
             (fetch {fetched:.2} s); whole process with a {:.0} MB report.json {secs:.2} s = {:.0} pages/s",
            PAGES as f64 / pipeline,
            std::fs::metadata(dir.path().join("out/report.json"))
                .map_or(0.0, |m| m.len() as f64 / 1e6),
            PAGES as f64 / secs
        );
    }
}
