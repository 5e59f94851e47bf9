//! The binary's real output validates against the JSON Schemas committed under `schemas/`:
//! `report.json`, every `report.jsonl` line, classify documents, and `--sentences` lines,
//! over the whole fixture corpus, with and without a state store.

use std::fs;

use serde_json::Value;

use crate::support::{claimsift, json, root};

fn validator(name: &str) -> jsonschema::Validator {
    let path = root().join("schemas").join(name);
    let schema: Value = json(&fs::read_to_string(&path).expect("schema file"));
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

fn assert_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
}

#[test]
fn run_outputs_validate_against_the_report_schemas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("UTF-8 path");
    let state = format!("{out}/state.db");
    for pass in ["first", "second"] {
        let run = claimsift(
            &[
                "run",
                "tests/fixtures",
                "examples/articles",
                "missing.html",
                "--out",
                out,
                "--format",
                "json,jsonl",
                "--state",
                &state,
            ],
            b"",
        );
        assert_eq!(run.code, 1, "{pass}: {}", run.stderr);
        let report =
            json(&fs::read_to_string(dir.path().join("report.json")).expect("report.json"));
        assert_valid(
            &validator("report.schema.json"),
            &report,
            &format!("report.json, {pass} run"),
        );
        let line = validator("report-line.schema.json");
        let jsonl = fs::read_to_string(dir.path().join("report.jsonl")).expect("report.jsonl");
        for (i, text) in jsonl.lines().enumerate() {
            assert_valid(
                &line,
                &json(text),
                &format!("report.jsonl line {}, {pass} run", i + 1),
            );
        }
    }
}

#[test]
fn classify_outputs_validate_against_their_schemas() {
    let run = claimsift(&["classify", "tests/fixtures", "examples/articles"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let classify = validator("classify.schema.json");
    for (i, text) in run.stdout.lines().enumerate() {
        assert_valid(
            &classify,
            &json(text),
            &format!("classify document {}", i + 1),
        );
    }
    let sentences = "Leaders of ten nations issued a joint statement on December 16.\n\
                     Analysts caution that the ceasefire could collapse.\n\
                     \"We are ready,\" she said.\n\nWhat now?\n";
    let run = claimsift(&["classify", "--sentences"], sentences.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sentence = validator("sentence.schema.json");
    for (i, text) in run.stdout.lines().enumerate() {
        assert_valid(&sentence, &json(text), &format!("sentence line {}", i + 1));
    }
}
