//! One pair of snapshots per fixture article: the annotated text a person reviews (each
//! claim marked in place with its labels and reasons), and the JSON document users build on.

use crate::support::{claimsift, fixture_files, json};

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn every_fixture_matches_its_snapshots() {
    let files = fixture_files();
    assert!(
        files.len() >= 10,
        "expected at least 10 fixtures, found {}",
        files.len()
    );
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 name")
            .to_owned();
        let rel = format!("tests/fixtures/{name}");

        let annotated = claimsift(&["classify", "--annotate", &rel], b"");
        assert_eq!(annotated.code, 0, "{rel}: {}", annotated.stderr);

        let run = claimsift(&["classify", &rel], b"");
        assert_eq!(run.code, 0, "{rel}: {}", run.stderr);
        let doc = json(&run.stdout);
        assert_eq!(doc["schema"], "claimsift/1");

        settings().bind(|| {
            insta::assert_snapshot!(name.clone(), annotated.stdout);
            insta::assert_json_snapshot!(format!("{name}.json"), doc);
        });
    }
}

#[test]
fn plain_text_is_taken_verbatim() {
    for path in fixture_files() {
        if path.extension().is_some_and(|e| e == "txt") {
            let rel = path
                .strip_prefix(crate::support::root())
                .expect("under root");
            let rel = rel.to_str().expect("UTF-8 path");
            let run = claimsift(&["classify", rel], b"");
            let doc = json(&run.stdout);
            let original = std::fs::read_to_string(&path).expect("fixture reads");
            assert_eq!(doc["text"].as_str(), Some(original.as_str()), "{rel}");
        }
    }
}

#[test]
fn every_span_indexes_the_document_text() {
    for path in fixture_files() {
        let rel = path
            .strip_prefix(crate::support::root())
            .expect("under root");
        let rel = rel.to_str().expect("UTF-8 path");
        let run = claimsift(&["classify", rel], b"");
        let doc: claimsift_core_json::Doc = serde_json::from_str(&run.stdout).expect("a document");
        claimsift_core_json::check(&doc, rel);
    }
}

/// A minimal reading of the classify document, independent of the crates' own types, so the
/// test checks the JSON contract itself.
mod claimsift_core_json {
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Doc {
        pub text: String,
        pub claims: Vec<Claim>,
        pub attributions: Vec<Attribution>,
    }
    #[derive(Deserialize)]
    pub struct Claim {
        pub text: String,
        pub start: usize,
        pub end: usize,
        pub evidence: Vec<TextSpan>,
        pub attribution: Option<Attribution>,
        pub hedging: Hedging,
    }
    #[derive(Deserialize)]
    pub struct Hedging {
        pub cues: Vec<TextSpan>,
    }
    #[derive(Deserialize)]
    pub struct Attribution {
        pub source: Option<TextSpan>,
        pub cue: TextSpan,
        pub content: Span,
    }
    #[derive(Deserialize)]
    pub struct TextSpan {
        pub text: String,
        pub start: usize,
        pub end: usize,
    }
    #[derive(Deserialize)]
    pub struct Span {
        pub start: usize,
        pub end: usize,
    }

    fn slice<'a>(text: &'a str, start: usize, end: usize, what: &str, input: &str) -> &'a str {
        text.get(start..end)
            .unwrap_or_else(|| panic!("{input}: {what} {start}..{end} does not index the text"))
    }

    fn span(text: &str, s: &TextSpan, what: &str, input: &str) {
        assert_eq!(
            slice(text, s.start, s.end, what, input),
            s.text,
            "{input}: {what}"
        );
    }

    fn attribution(text: &str, a: &Attribution, input: &str) {
        if let Some(source) = &a.source {
            span(text, source, "source", input);
        }
        span(text, &a.cue, "cue", input);
        slice(text, a.content.start, a.content.end, "content", input);
    }

    pub fn check(doc: &Doc, input: &str) {
        let text = doc.text.as_str();
        for claim in &doc.claims {
            assert_eq!(
                slice(text, claim.start, claim.end, "claim", input),
                claim.text
            );
            for e in &claim.evidence {
                span(text, e, "evidence", input);
            }
            for c in &claim.hedging.cues {
                span(text, c, "hedge cue", input);
            }
            if let Some(a) = &claim.attribution {
                attribution(text, a, input);
            }
        }
        for a in &doc.attributions {
            attribution(text, a, input);
        }
    }
}
