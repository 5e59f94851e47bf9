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
    // Fixed early kills, then later ones until a kill has landed mid-run: how long a run
    // takes to start recording depends on the machine (a debug build on a loaded CI host
    // can take most of a second to load its models).
    for delay_ms in [5, 40, 100, 200, 350, 600, 1000, 1600, 2500, 4000] {
        if delay_ms > 350 && recorded_at_kills.iter().any(|&r| r > 0 && r < n) {
            break;
        }
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

#[test]
fn history_and_diff_show_an_articles_versions() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_articles(&dir.path().join("articles"), 2);
    assert_eq!(run(dir.path(), &[]).0, 0);
    let path = dir.path().join("articles/article-0000.txt");
    let text = fs::read_to_string(&path)
        .expect("read")
        .replace("could be delayed", "will be delayed");
    fs::write(&path, text).expect("write");
    assert_eq!(run(dir.path(), &[]).0, 0);

    let history = claimsift_in(
        dir.path(),
        &[
            "history",
            "articles/article-0000.txt",
            "--state",
            "state.db",
        ],
        b"",
    );
    assert_eq!(history.code, 0, "{}", history.stderr);
    assert!(
        history
            .stdout
            .starts_with("articles/article-0000.txt: 2 versions"),
        "{}",
        history.stdout
    );
    assert!(
        history.stdout.contains("hedge removed: “could”"),
        "{}",
        history.stdout
    );

    let as_json = claimsift_in(
        dir.path(),
        &[
            "history",
            "articles/article-0000.txt",
            "--state",
            "state.db",
            "--json",
        ],
        b"",
    );
    let value = json(&as_json.stdout);
    assert_eq!(value["versions"].as_array().map(Vec::len), Some(2));
    assert_eq!(value["versions"][1]["reason"], "text");

    let diff = claimsift_in(dir.path(), &["diff", "1", "2", "--state", "state.db"], b"");
    assert_eq!(diff.code, 1, "runs differ: {}", diff.stderr);
    assert!(
        diff.stdout
            .contains("~ articles/article-0000.txt (v1 → v2)"),
        "{}",
        diff.stdout
    );
    assert!(diff.stdout.contains("1 input unchanged"), "{}", diff.stdout);

    let missing = claimsift_in(
        dir.path(),
        &["history", "nope.txt", "--state", "state.db"],
        b"",
    );
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("no versions of nope.txt"),
        "{}",
        missing.stderr
    );
}

#[test]
fn watch_runs_on_schedule_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_articles(&dir.path().join("articles"), 2);
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimsift"))
        .args([
            "watch", "--every", "1s", "articles", "--out", "out", "--state", "state.db",
        ])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimsift watch starts");
    let db = dir.path().join("state.db");
    let finished_runs = || {
        SqliteStore::open(&db)
            .ok()
            .and_then(|s| s.runs().ok())
            .map_or(0, |runs| {
                runs.iter().filter(|r| r.state == "finished").count()
            })
    };
    let started = std::time::Instant::now();
    while finished_runs() < 2 && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(finished_runs() >= 2, "watch did not run twice within 20 s");
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let started = std::time::Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code();
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "watch ignored SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(code, Some(0), "a clean stop exits 0");
    let store = SqliteStore::open(&db).expect("store");
    assert!(
        store
            .runs()
            .expect("runs")
            .iter()
            .all(|r| r.state == "finished")
    );
}

#[test]
fn baseline_check_passes_on_the_same_corpus_and_names_what_moved() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_articles(&dir.path().join("articles"), 3);
    let save = claimsift_in(dir.path(), &["baseline", "save", "bl", "articles"], b"");
    assert_eq!(save.code, 0, "{}", save.stderr);
    let check = claimsift_in(dir.path(), &["baseline", "check", "bl"], b"");
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("3 of 3 articles match"),
        "{}",
        check.stdout
    );

    let path = dir.path().join("articles/article-0002.txt");
    let text = fs::read_to_string(&path)
        .expect("read")
        .replace("could be delayed", "might be delayed");
    fs::write(&path, text).expect("write");
    fs::write(
        dir.path().join("articles/extra.txt"),
        "The mayor resigned on Friday.\n",
    )
    .expect("write");
    let check = claimsift_in(dir.path(), &["baseline", "check", "bl"], b"");
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("~ articles/article-0002.txt"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("+ articles/extra.txt: new article"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("2 of 3 articles match"),
        "{}",
        check.stdout
    );
}
