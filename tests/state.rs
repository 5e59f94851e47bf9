//! Scheduled use over the state store: incremental runs, change reports, the run lock, and
//! crash safety against a real SIGKILL.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use claimsift_store::{SqliteStore, Store};

use crate::support::{claimsift_in, json};

fn write_articles(dir: &Path, n: usize) {
    fs::create_dir_all(dir).expect("mkdir");
    for i in 0..n {
        fs::write(
            dir.join(format!("article-{i:04}.txt")),
            format!(
                "Council {i} approves budget\n\nThe council of district {i} approved a budget of ${i} million on Monday, officials said.\n\nAnalysts caution that the plan could be delayed until {year}.\n",
                year = 2030 + i % 10
            ),
        )
        .expect("write article");
    }
}

fn run(dir: &Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let mut full = vec!["run", "articles", "--out", "out", "--state", "state.db"];
    full.extend_from_slice(args);
    let run = claimsift_in(dir, &full, b"");
    let report = fs::read_to_string(dir.join("out/report.json"))
        .map(|t| json(&t))
        .unwrap_or(serde_json::Value::Null);
    (run.code, report, run.stderr)
}

#[test]
fn unchanged_inputs_are_not_processed_again_and_edits_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_articles(&dir.path().join("articles"), 3);

    let (code, report, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["run"]["new"], 3);
    assert_eq!(report["run"]["unchanged"], 0);
    assert!(
        report["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .all(|a| a["status"] == "new")
    );

    let (code, report, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["run"]["new"], 0);
    assert_eq!(report["run"]["unchanged"], 3);
    // Unchanged articles still carry their claims, read back from the store.
    assert!(report["run"]["claims"].as_u64().expect("claims") > 0);

    // A quiet edit: the hedge goes and a number changes.
    let edited = dir.path().join("articles/article-0001.txt");
    let text = fs::read_to_string(&edited).expect("read");
    let text = text
        .replace("could be delayed", "will be delayed")
        .replace("$1 million", "$4 million");
    fs::write(&edited, text).expect("write");
    let (code, report, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["run"]["changed"], 1);
    assert_eq!(report["run"]["unchanged"], 2);
    let article = &report["articles"][1];
    assert_eq!(article["status"], "changed");
    let changed = article["changes"]["changed"]
        .as_array()
        .expect("changed claims");
    let what: Vec<&str> = changed
        .iter()
        .flat_map(|c| c["what"].as_array().expect("what").iter())
        .map(|w| w.as_str().expect("string"))
        .collect();
    assert!(
        what.iter()
            .any(|w| w.contains("“$1 million”") || w.contains("“$1”")),
        "{what:?}"
    );
    assert!(
        what.iter().any(|w| w.starts_with("hedge removed")),
        "{what:?}"
    );
    let md = fs::read_to_string(dir.path().join("out/report.md")).expect("report.md");
    let changes_at = md
        .find("## Changes since the last run")
        .expect("changes section");
    let first_article = md.find("## Council").expect("article section");
    assert!(
        changes_at < first_article,
        "the Markdown report leads with the changes"
    );
}

#[test]
fn a_second_run_on_a_locked_store_says_who_holds_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_articles(&dir.path().join("articles"), 1);
    let lock = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(dir.path().join("state.db.lock"))
        .expect("lock file");
    lock.try_lock().expect("the test takes the lock");
    fs::write(
        dir.path().join("state.db.lock"),
        "pid 4242 since 2025-01-01T00:00:00Z",
    )
    .expect("write");
    let (code, _, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("another claimsift run holds the state lock"),
        "{stderr}"
    );
    assert!(stderr.contains("pid 4242"), "{stderr}");
    drop(lock);
    let (code, _, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 0, "the lock is free again: {stderr}");
}

#[test]
fn a_run_killed_at_any_point_leaves_a_sound_store_and_the_next_run_completes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let n = 600;
    write_articles(&dir.path().join("articles"), n);
    let db = dir.path().join("state.db");
    // How many articles were recorded when each kill landed: the test only proves something
    // if at least one kill fell in the middle of a run.
    let mut recorded_at_kills = Vec::new();
    for delay_ms in [5, 40, 100, 200, 350] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimsift"))
            .args([
                "run", "articles", "--out", "out", "--state", "state.db", "-q",
            ])
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("claimsift starts");
        std::thread::sleep(Duration::from_millis(delay_ms));
        // std's kill is SIGKILL on Unix: no handler runs, nothing is flushed.
        let _ = child.kill();
        let _ = child.wait();
        if db.exists() {
            let store = SqliteStore::open(&db).expect("the store opens after a kill");
            assert_eq!(store.integrity_check().expect("integrity check runs"), "ok");
            let mut recorded = std::collections::BTreeSet::new();
            for info in store.runs().expect("runs") {
                for entry in store.run_entries(info.id).expect("entries") {
                    recorded.insert(entry.input);
                }
            }
            recorded_at_kills.push(recorded.len());
        }
    }
    assert!(
        recorded_at_kills.iter().any(|&r| r > 0 && r < n),
        "no kill landed mid-run: {recorded_at_kills:?}"
    );
    let (code, report, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["run"]["articles"], n);
    assert_eq!(report["run"]["errors"], 0);
    let new = report["run"]["new"].as_u64().expect("new");
    let unchanged = report["run"]["unchanged"].as_u64().expect("unchanged");
    assert_eq!(
        new + unchanged,
        n as u64,
        "every article is done exactly once: {}",
        report["run"]
    );
    assert_eq!(report["run"]["changed"], 0);
    let store = SqliteStore::open(&db).expect("store");
    let runs = store.runs().expect("runs");
    assert_eq!(runs.last().map(|r| r.state.as_str()), Some("finished"));
    // Every article has exactly one version: a killed run never left half of one behind.
    for i in [0, n / 2, n - 1] {
        let history = store
            .history(&format!("articles/article-{i:04}.txt"))
            .expect("history");
        assert_eq!(history.len(), 1, "article {i}");
    }
}
