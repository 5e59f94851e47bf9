//! The pipeline over HTTP, against a real server on loopback (never the internet):
//! conditional GETs from the state store, per-item failures, and the private-address guard.

use std::fs;
use std::sync::{Arc, OnceLock};

use claimsift_fetch::test_server::{Reply, Server};

use crate::support::{claimsift_in, json};

const PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Port reopens | Loopback Times</title>\
<meta property=\"article:published_time\" content=\"2025-06-02T08:00:00+01:00\"></head><body>\
<nav><a href=\"/\">Home</a></nav><article><h1>Port reopens</h1>\
<p>The port of Averne reopened on Monday after a nine-day strike, the port authority said.</p>\
<p>About 140 ships were delayed, and losses reportedly reached $30 million.</p></article></body></html>";

fn config(dir: &std::path::Path) {
    // Loopback is private: the test allows it explicitly, and drops the politeness delay.
    fs::write(
        dir.join("claimsift.toml"),
        "[fetch]\nallow_private_addresses = true\nper_host_delay_secs = 0\nmax_retries = 0\n",
    )
    .expect("write config");
}

#[test]
fn a_second_run_sends_a_conditional_get_and_reuses_the_stored_version() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(Server::with_requests(|hit| match hit.path.as_str() {
        "/robots.txt" => Reply::new(404),
        "/story" if hit.header("if-none-match") == Some("\"v1\"") => Reply::new(304),
        "/story" => Reply::html(PAGE).header("ETag", "\"v1\""),
        _ => Reply::new(404),
    }));
    let dir = tempfile::tempdir().expect("temp dir");
    config(dir.path());
    let story = server.url("/story");
    let missing = server.url("/gone");
    let args = [
        "run",
        story.as_str(),
        missing.as_str(),
        "--out",
        "out",
        "--state",
        "state.db",
    ];

    let first = claimsift_in(dir.path(), &args, b"");
    assert_eq!(first.code, 1, "one input fails: {}", first.stderr);
    let report = json(&fs::read_to_string(dir.path().join("out/report.json")).expect("report"));
    assert_eq!(report["run"]["new"], 1);
    assert_eq!(report["articles"][0]["url"], story.as_str());
    let title = report["articles"][0]["title"].as_str().expect("title");
    assert!(title.starts_with("Port reopens"), "{title}");
    assert_eq!(report["errors"][0]["input"], missing.as_str());
    assert!(
        report["errors"][0]["error"]
            .as_str()
            .expect("error")
            .contains("404"),
        "{report}"
    );

    let second = claimsift_in(dir.path(), &args, b"");
    assert_eq!(second.code, 1, "{}", second.stderr);
    let report = json(&fs::read_to_string(dir.path().join("out/report.json")).expect("report"));
    assert_eq!(report["run"]["unchanged"], 1, "{}", report["run"]);
    assert_eq!(report["articles"][0]["status"], "unchanged");
    assert!(
        !report["articles"][0]["claims"]
            .as_array()
            .expect("claims")
            .is_empty()
    );
    let conditional = server
        .hits_on("/story")
        .iter()
        .filter(|h| h.header("if-none-match") == Some("\"v1\""))
        .count();
    assert_eq!(conditional, 1, "the second run sends If-None-Match");
}

#[test]
fn private_addresses_are_refused_unless_allowed() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(Server::start(|_| Reply::html(PAGE)));
    let dir = tempfile::tempdir().expect("temp dir");
    let url = server.url("/story");
    let run = claimsift_in(
        dir.path(),
        &["run", &url, "--no-state", "--out", "out"],
        b"",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("error: {url}: ")),
        "{}",
        run.stderr
    );
    assert!(server.hits().is_empty(), "nothing reached the server");

    let allowed = claimsift_in(
        dir.path(),
        &[
            "run",
            &url,
            "--no-state",
            "--out",
            "out",
            "--allow-private-addresses",
        ],
        b"",
    );
    assert_eq!(allowed.code, 0, "{}", allowed.stderr);
}

#[test]
fn a_feed_expands_into_its_articles_and_a_bad_item_fails_alone() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    // The feed names its items by absolute URL, and the port is known only once the server
    // runs: the handler reads the feed body from a cell filled after start.
    let feed_body = Arc::new(OnceLock::<String>::new());
    let body = Arc::clone(&feed_body);
    let server = runtime.block_on(Server::start(move |path| match path {
        "/feed.xml" => Reply::new(200)
            .header("Content-Type", "application/rss+xml")
            .body(body.get().map_or("", String::as_str).as_bytes()),
        "/a" | "/b" => Reply::html(PAGE),
        _ => Reply::new(404),
    }));
    let base = server.url("");
    let items: String = ["a", "b", "missing"]
        .iter()
        .map(|p| format!("<item><title>{p}</title><link>{base}/{p}</link></item>"))
        .collect();
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Times</title>\
         <link>{base}/</link><description>News</description>{items}</channel></rss>"
    );
    feed_body.set(rss).expect("set once");

    let dir = tempfile::tempdir().expect("temp dir");
    config(dir.path());
    let feed = server.url("/feed.xml");
    let run = claimsift_in(
        dir.path(),
        &["run", &feed, "--no-state", "--out", "out"],
        b"",
    );
    let report = json(&fs::read_to_string(dir.path().join("out/report.json")).expect("report"));
    assert_eq!(run.code, 1, "the missing item fails: {}", run.stderr);
    assert_eq!(report["run"]["articles"], 2, "{}", report["run"]);
    let inputs: Vec<&str> = report["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["input"].as_str().expect("input"))
        .collect();
    assert_eq!(inputs, [format!("{base}/a"), format!("{base}/b")]);
    assert_eq!(report["errors"][0]["input"], format!("{base}/missing"));
    assert!(
        report["errors"][0]["error"]
            .as_str()
            .expect("error")
            .contains("404")
    );
}
