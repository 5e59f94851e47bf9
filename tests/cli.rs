//! The command line as users and cron jobs meet it: outputs, errors and exit codes.

use std::fs;

use crate::support::{claimsift, claimsift_in, json, root};

#[test]
fn run_on_the_bundled_example_writes_both_reports() {
    let out = tempfile::tempdir().expect("temp dir");
    let out_dir = out.path().to_str().expect("UTF-8 temp path");
    let state = out.path().join("state.db");
    let state = state.to_str().expect("UTF-8 temp path");
    let run = claimsift(&["run", "--out", out_dir, "--state", state], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("3 articles"), "{}", run.stdout);

    let report = json(&fs::read_to_string(out.path().join("report.json")).expect("report.json"));
    assert_eq!(report["schema"], "claimsift/1");
    assert_eq!(report["run"]["articles"], 3);
    assert_eq!(report["run"]["errors"], 0);
    let articles = report["articles"].as_array().expect("articles");
    assert!(
        articles
            .iter()
            .all(|a| !a["claims"].as_array().expect("claims").is_empty())
    );
    // Claims are ranked by score within each article.
    for article in articles {
        let scores: Vec<f64> = article["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| c["score"].as_f64().expect("score"))
            .collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1]),
            "not ranked: {scores:?}"
        );
    }
    let md = fs::read_to_string(out.path().join("report.md")).expect("report.md");
    assert!(md.starts_with("# claimsift report"), "{md}");
}

#[test]
fn reports_are_byte_for_byte_deterministic() {
    let a = tempfile::tempdir().expect("temp dir");
    let b = tempfile::tempdir().expect("temp dir");
    for dir in [&a, &b] {
        let out = dir.path().to_str().expect("UTF-8 path");
        let run = claimsift(
            &[
                "run",
                "tests/fixtures",
                "examples/articles",
                "--out",
                out,
                "--format",
                "json,jsonl,md,html",
                "--state",
                &format!("{out}/state.db"),
            ],
            b"",
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    for name in ["report.json", "report.jsonl", "report.md", "report.html"] {
        let first = fs::read(a.path().join(name)).expect("first report");
        let second = fs::read(b.path().join(name)).expect("second report");
        assert!(
            first == second,
            "{name} differs between two runs on the same input"
        );
    }
}

#[test]
fn bad_inputs_are_named_and_the_run_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = dir.path();
    fs::write(p.join("empty.txt"), "").expect("write");
    fs::write(p.join("blank.html"), "  \n\t\n").expect("write");
    fs::write(
        p.join("image.html"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
    )
    .expect("write");
    fs::create_dir(p.join("nothing-here")).expect("mkdir");
    fs::write(p.join("nothing-here/notes.pdf"), b"%PDF-1.4").expect("write");
    fs::write(
        p.join("good.txt"),
        "The council approved a budget of $2 million on Monday.\n",
    )
    .expect("write");
    let out = p.join("out");
    let run = claimsift_in(
        p,
        &[
            "run",
            "missing.html",
            "empty.txt",
            "blank.html",
            "image.html",
            "nothing-here",
            "good.txt",
            "--out",
            out.to_str().expect("UTF-8 path"),
        ],
        b"",
    );
    assert_eq!(run.code, 1, "some inputs failed: exit 1\n{}", run.stderr);
    for input in [
        "missing.html",
        "empty.txt",
        "blank.html",
        "image.html",
        "nothing-here",
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with(&format!("error: {input}: "))),
            "no error line naming {input}:\n{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let report = json(&fs::read_to_string(out.join("report.json")).expect("report.json"));
    assert_eq!(report["run"]["articles"], 1);
    assert_eq!(report["run"]["errors"], 5);
    let inputs: Vec<&str> = report["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["input"].as_str().expect("input"))
        .collect();
    assert_eq!(
        inputs,
        [
            "missing.html",
            "empty.txt",
            "blank.html",
            "image.html",
            "nothing-here"
        ]
    );
}

#[test]
fn classify_reads_standard_input_verbatim() {
    let text = "  Officials said 40 people were rescued on Sunday.\r\n\r\nIt was a dark day.  ";
    let run = claimsift(&["classify", "-"], text.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = json(&run.stdout);
    assert_eq!(doc["text"], text);
    assert_eq!(doc["input"], "-");
}

#[test]
fn classify_several_inputs_writes_one_document_a_line_in_order() {
    let run = claimsift(
        &[
            "classify",
            "tests/fixtures/prediction.txt",
            "tests/fixtures/statistics.html",
        ],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert_eq!(json(lines[0])["input"], "tests/fixtures/prediction.txt");
    assert_eq!(json(lines[1])["input"], "tests/fixtures/statistics.html");
}

#[test]
fn classify_sentences_keeps_one_line_for_each_input_line() {
    let input = "Leaders of ten nations issued a joint statement on December 16.\n\
                 \n\
                 We should all be kinder to each other.\r\n\
                 What will happen next?\n\
                 Unemployment fell to 4.2% in September";
    let run = claimsift(&["classify", "--sentences"], input.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<serde_json::Value> = run.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    let texts: Vec<&str> = lines
        .iter()
        .map(|l| l["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        texts,
        [
            "Leaders of ten nations issued a joint statement on December 16.",
            "",
            "We should all be kinder to each other.",
            "What will happen next?",
            "Unemployment fell to 4.2% in September",
        ]
    );
    for line in &lines {
        for key in ["checkworthy", "score", "hedged", "attributed", "claims"] {
            assert!(line.get(key).is_some(), "missing {key} in {line}");
        }
    }
    assert_eq!(lines[0]["checkworthy"], true);
    assert_eq!(lines[2]["checkworthy"], false);
    assert_eq!(lines[3]["checkworthy"], false);
    assert_eq!(lines[4]["checkworthy"], true);
}

#[test]
fn extract_prints_the_article_with_spans() {
    let run = claimsift(&["extract", "tests/fixtures/joint_statement.html"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article = json(&run.stdout);
    let text = article["text"].as_str().expect("text");
    assert!(
        text.contains("Leaders of ten nations issued a joint statement"),
        "{text}"
    );
    for boilerplate in [
        "We use cookies",
        "Share on Facebook",
        "Related stories",
        "riverbank77",
    ] {
        assert!(
            !text.contains(boilerplate),
            "boilerplate {boilerplate:?} kept:\n{text}"
        );
    }
    assert_eq!(
        article["metadata"]["title"],
        "Ten nations call for ceasefire talks in joint statement"
    );
    assert_eq!(
        article["metadata"]["published"],
        "2025-12-17T09:30:00+00:00"
    );
    for span in article["sentences"].as_array().expect("sentences") {
        let (s, e) = (
            span["start"].as_u64().expect("start"),
            span["end"].as_u64().expect("end"),
        );
        assert!(
            text.get(s as usize..e as usize)
                .is_some_and(|t| !t.trim().is_empty())
        );
    }
}

#[test]
fn a_bad_config_names_every_problem_and_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("bad.toml");
    fs::write(&config, "[classify]\nthreshold = 7\nlexicon = \"x\"\n").expect("write");
    let run = claimsift(
        &[
            "run",
            "--no-state",
            "--config",
            config.to_str().expect("UTF-8 path"),
        ],
        b"",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`classify.threshold` must be a number from 0 to 1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("unknown key `classify.lexicon`"),
        "{}",
        run.stderr
    );
}

#[test]
fn run_without_inputs_or_config_says_what_to_do() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = claimsift_in(dir.path(), &["run"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no inputs"), "{}", run.stderr);
}

#[test]
fn eval_compare_is_for_attribution_only_and_names_a_bad_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = claimsift_in(
        dir.path(),
        &["eval", "hedging", "--compare", "old.jsonl"],
        b"",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--compare is for `eval attribution` only"),
        "{}",
        run.stderr
    );
    // A file that is no predictions file fails before anything is scored, naming it.
    fs::create_dir(dir.path().join("data")).expect("data dir");
    fs::write(dir.path().join("old.jsonl"), "{not json\n").expect("write");
    let run = claimsift_in(
        dir.path(),
        &[
            "eval",
            "attribution",
            "--data",
            "data",
            "--compare",
            "old.jsonl",
        ],
        b"",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("old.jsonl: line 1"), "{}", run.stderr);
}

#[test]
fn an_edited_lexicon_changes_the_labels() {
    // Editors extend lexicons without touching Rust: a folder with one edited file keeps the
    // bundled versions of the others.
    let dir = tempfile::tempdir().expect("temp dir");
    let lexicons = dir.path().join("lexicons");
    fs::create_dir(&lexicons).expect("mkdir");
    let bundled = root().join("config/lexicons/hedge_cues.txt");
    let mut cues = fs::read_to_string(bundled).expect("bundled hedge cues");
    cues.push_str("\nmayhaps | epistemic_adverb\n");
    fs::write(lexicons.join("hedge_cues.txt"), cues).expect("write");
    fs::write(
        dir.path().join("claimsift.toml"),
        "[classify]\nlexicons = \"lexicons\"\n",
    )
    .expect("write");
    let sentence = b"The minister mayhaps signed the order on Monday.\n";
    let with = claimsift_in(dir.path(), &["classify", "--sentences"], sentence);
    assert_eq!(with.code, 0, "{}", with.stderr);
    assert_eq!(json(&with.stdout)["hedged"], true, "{}", with.stdout);
    let without = claimsift(&["classify", "--sentences"], sentence);
    assert_eq!(json(&without.stdout)["hedged"], false, "{}", without.stdout);
}
