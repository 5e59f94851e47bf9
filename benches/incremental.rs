//! Bench: a scheduled run over 1,000 unchanged articles (issue 6 target: under 2 s).
//!
//! `cargo bench --bench incremental` builds the release binary, writes 1,000 generated HTML
//! articles to a temporary folder, runs the pipeline once to fill the state store, then times
//! five further runs over the unchanged corpus and prints each and the median. It also times
//! the first (cold) run, for scale.

#![allow(clippy::print_stdout)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn article(i: usize) -> String {
    let paragraphs: String = (0..12)
        .map(|p| {
            format!(
                "<p>The council of district {i} approved a budget of ${p}.{i} million on Monday, \
                 officials said, after a debate that lasted {p} hours. Analysts caution that the \
                 plan could be delayed until {year} if inflation stays above {p}.5%.</p>\n",
                year = 2030 + p
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>District {i} budget | Bench Gazette</title>\
         <meta property=\"article:published_time\" content=\"2025-03-{day:02}T09:00:00+00:00\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>District {i} budget approved</h1>\
         {paragraphs}</article><aside class=\"related\"><a href=\"/x\">More news</a></aside><footer>© Bench Gazette</footer></body></html>",
        day = 1 + i % 28
    )
}

fn run(dir: &Path) -> Duration {
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_claimsift"))
        .args([
            "run", "articles", "--out", "out", "--state", "state.db", "-q",
        ])
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("claimsift runs");
    assert!(status.success(), "run failed: {status}");
    started.elapsed()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("mkdir");
    for i in 0..1000 {
        std::fs::write(articles.join(format!("a{i:04}.html")), article(i)).expect("write");
    }
    let cold = run(dir.path());
    println!(
        "incremental: first run, 1000 new articles: {:.3} s",
        cold.as_secs_f64()
    );
    let mut times: Vec<Duration> = (0..5).map(|_| run(dir.path())).collect();
    for (i, t) in times.iter().enumerate() {
        println!(
            "incremental: unchanged run {}: {:.3} s",
            i + 1,
            t.as_secs_f64()
        );
    }
    times.sort();
    println!(
        "incremental: 1000 unchanged articles, median of 5 runs: {:.3} s (target < 2 s)",
        times[2].as_secs_f64()
    );
}
