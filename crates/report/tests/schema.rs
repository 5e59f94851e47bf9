//! The JSON Schemas under `schemas/` describe what the renderers really write.
//!
//! Each test builds documents from the core types — covering nulls, empty lists, optional
//! fields present and absent, and every enum value — renders them with this crate's own
//! renderers, and validates the output against the committed schema. The schemas are strict
//! (`additionalProperties: false`), so a field added to the core types without a schema
//! update fails here. Validation is offline: `jsonschema` is built without its resolvers,
//! and every `$ref` is local to its file.

use claimsift_core::{
    ArticleReport, ArticleStatus, Attribution, Claim, ClaimChange, ClaimChanges, ClaimKind,
    ClassifiedDocument, Evidence, EvidenceKind, HedgeCategory, HedgeCue, Hedging, InputError,
    Metadata, Report, RunSummary, SentenceResult, SourceKind, Span, TextSpan,
};
use serde_json::Value;

const REPORT: &str = include_str!("../../../schemas/report.schema.json");
const CLASSIFY: &str = include_str!("../../../schemas/classify.schema.json");
const SENTENCE: &str = include_str!("../../../schemas/sentence.schema.json");
const REPORT_LINE: &str = include_str!("../../../schemas/report-line.schema.json");

fn schema(text: &str) -> Value {
    let schema: Value = serde_json::from_str(text).expect("schema is JSON");
    if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("not a valid draft 2020-12 schema: {error}");
    }
    schema
}

/// Validates `json` (one rendered document) against `schema`, failing with every error.
fn check(schema_text: &str, json: &str) {
    let validator = jsonschema::draft202012::new(&schema(schema_text)).expect("schema compiles");
    let instance: Value = serde_json::from_str(json).expect("output is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    let shown: String = json.chars().take(2000).collect();
    assert!(errors.is_empty(), "{}\n\n{shown}", errors.join("\n"));
}

/// Whether `value` is valid against `schema_text`.
fn valid(schema_text: &str, value: &Value) -> bool {
    jsonschema::draft202012::new(&schema(schema_text))
        .expect("schema compiles")
        .is_valid(value)
}

// Every variant of each enum. The matches make adding a variant a compile error here, so the
// test and the schema must be updated with it.
fn evidence_kinds() -> Vec<EvidenceKind> {
    use EvidenceKind::*;
    let all = vec![
        Number,
        NumberWord,
        Percentage,
        Money,
        Date,
        Duration,
        NamedActor,
        Action,
        Comparison,
        Causal,
        Prediction,
        Rule,
        Statement,
        PersonalExperience,
        OpinionMarker,
        Question,
    ];
    for kind in &all {
        match kind {
            Number | NumberWord | Percentage | Money | Date | Duration | NamedActor | Action
            | Comparison | Causal | Prediction | Rule | Statement | PersonalExperience
            | OpinionMarker | Question => {}
        }
    }
    all
}

fn source_kinds() -> Vec<SourceKind> {
    use SourceKind::*;
    let all = vec![NamedPerson, NamedOrganisation, Document, Vague, Anonymous];
    for kind in &all {
        match kind {
            NamedPerson | NamedOrganisation | Document | Vague | Anonymous => {}
        }
    }
    all
}

fn hedge_categories() -> Vec<HedgeCategory> {
    use HedgeCategory::*;
    let all = vec![
        Modal,
        EpistemicVerb,
        EpistemicAdverb,
        Reportive,
        Conditional,
        Expectation,
        Weasel,
        Evidential,
    ];
    for category in &all {
        match category {
            Modal | EpistemicVerb | EpistemicAdverb | Reportive | Conditional | Expectation
            | Weasel | Evidential => {}
        }
    }
    all
}

fn statuses() -> Vec<ArticleStatus> {
    use ArticleStatus::*;
    let all = vec![New, Changed, Unchanged];
    for status in &all {
        match status {
            New | Changed | Unchanged => {}
        }
    }
    all
}

const TEXT: &str = "Helen Marsh said the bridge could close in May. Rents rose 8%.";

fn span(start: usize, end: usize) -> TextSpan {
    TextSpan::of(TEXT, Span::new(start, end)).expect("span indexes TEXT")
}

/// A bare claim: no attribution (`null`), no hedging, empty lists.
fn bare_claim() -> Claim {
    Claim {
        text: "Rents rose 8%.".into(),
        start: 48,
        end: 62,
        sentence: 1,
        checkworthy: false,
        score: 0.0,
        kinds: Vec::new(),
        evidence: Vec::new(),
        attribution: None,
        hedging: Hedging::default(),
        reasons: Vec::new(),
    }
}

/// Claims that between them use every enum value and every optional field.
fn claims() -> Vec<Claim> {
    let mut claims = vec![bare_claim()];
    let sources = source_kinds();
    for (n, kind) in sources.iter().enumerate() {
        let mut claim = bare_claim();
        claim.text = "the bridge could close in May".into();
        claim.start = 17;
        claim.end = 46;
        claim.sentence = 0;
        claim.checkworthy = true;
        claim.score = 0.874;
        claim.kinds = ClaimKind::ALL.to_vec();
        claim.evidence = evidence_kinds()
            .into_iter()
            .map(|kind| Evidence {
                kind,
                text: "May".into(),
                start: 43,
                end: 46,
            })
            .collect();
        claim.attribution = Some(Attribution {
            kind: *kind,
            // Agentless forms have no source: `null`.
            source: (*kind != SourceKind::Anonymous).then(|| span(0, 11)),
            cue: span(12, 16),
            content: Span::new(17, 46),
            direct_quote: n % 2 == 0,
            refers_to: (n == 0).then(|| "Helen Marsh".to_owned()),
        });
        claim.hedging = Hedging {
            hedged: true,
            cues: hedge_categories()
                .into_iter()
                .map(|category| HedgeCue {
                    text: "could".into(),
                    start: 28,
                    end: 33,
                    category,
                })
                .collect(),
            negations: vec![span(34, 39)],
        };
        claim.reasons = vec!["Time: 'in May'.".into(), "Hedged: 'could'.".into()];
        claims.push(claim);
    }
    claims.last_mut().expect("claims").score = 1.0;
    claims
}

fn attributions(claims: &[Claim]) -> Vec<Attribution> {
    claims
        .iter()
        .filter_map(|c| c.attribution.clone())
        .collect()
}

fn full_metadata() -> Metadata {
    Metadata {
        title: Some("Bridge may close".into()),
        authors: vec!["A. Writer".into(), "B. Writer".into()],
        published: Some("2026-05-01T09:00:00+01:00".into()),
        modified: Some("2026-05-02T10:30:00+01:00".into()),
        site_name: Some("The Harbour Times".into()),
        canonical_url: Some("https://news.example/bridge".into()),
        language: Some("en-GB".into()),
        description: Some("The bridge could close.".into()),
    }
}

fn report() -> Report {
    let claims = claims();
    let mut articles = Vec::new();
    // An article with nothing optional: no url, null title, empty metadata, no claims.
    articles.push(ArticleReport {
        input: "empty.txt".into(),
        url: None,
        title: None,
        metadata: Metadata::default(),
        text: String::new(),
        claims: Vec::new(),
        attributions: Vec::new(),
        diagnostics: Vec::new(),
        status: None,
        changes: None,
    });
    // Articles with everything, one per status.
    for status in statuses() {
        let changes = (status == ArticleStatus::Changed).then(|| ClaimChanges {
            added: vec![claims[1].clone()],
            removed: vec![bare_claim()],
            changed: vec![ClaimChange {
                before: bare_claim(),
                after: claims[2].clone(),
                what: vec!["hedge added: “could”".into()],
            }],
        });
        articles.push(ArticleReport {
            input: "https://news.example/bridge".into(),
            url: Some("https://news.example/bridge?utm=x".into()),
            title: Some("Bridge may close".into()),
            metadata: full_metadata(),
            text: TEXT.into(),
            claims: claims.clone(),
            attributions: attributions(&claims),
            diagnostics: vec!["charset guessed: windows-1252".into()],
            status: Some(status),
            changes,
        });
    }
    // A changed article whose diff is empty.
    articles.push(ArticleReport {
        input: "same.txt".into(),
        text: TEXT.into(),
        status: Some(ArticleStatus::Changed),
        changes: Some(ClaimChanges::default()),
        ..ArticleReport::default()
    });
    Report {
        schema: claimsift_core::SCHEMA.into(),
        run: RunSummary {
            inputs: 7,
            articles: articles.len(),
            claims: 3 * claims.len(),
            checkworthy: 15,
            attributed: 15,
            hedged: 15,
            errors: 2,
            new: Some(1),
            changed: Some(2),
            unchanged: Some(1),
        },
        articles,
        errors: vec![
            InputError {
                input: "missing.txt".into(),
                error: "cannot read: No such file or directory".into(),
            },
            InputError {
                input: "-".into(),
                error: "empty input".into(),
            },
        ],
    }
}

fn empty_report() -> Report {
    Report {
        schema: claimsift_core::SCHEMA.into(),
        run: RunSummary::default(),
        articles: Vec::new(),
        errors: Vec::new(),
    }
}

#[test]
fn report_json_matches_the_report_schema() {
    check(REPORT, &claimsift_report::json(&report()));
    check(REPORT, &claimsift_report::json(&empty_report()));
}

#[test]
fn report_jsonl_lines_match_the_line_schema() {
    for report in [report(), empty_report()] {
        let jsonl = claimsift_report::jsonl(&report);
        let lines: Vec<&str> = jsonl.lines().collect();
        assert_eq!(lines.len(), report.articles.len() + report.errors.len() + 1);
        for line in lines {
            check(REPORT_LINE, line);
        }
    }
    // A line of one type with the fields of another is rejected.
    let run_line =
        serde_json::json!({"schema": "claimsift/1", "type": "run", "input": "x", "error": "y"});
    assert!(!valid(REPORT_LINE, &run_line));
}

#[test]
fn classify_document_matches_the_classify_schema() {
    let claims = claims();
    let doc = ClassifiedDocument {
        schema: claimsift_core::SCHEMA.into(),
        input: "bridge.txt".into(),
        text: TEXT.into(),
        attributions: attributions(&claims),
        claims,
    };
    doc.check_spans().expect("the test document is consistent");
    // `classify` writes one document pretty, several as one line each.
    check(CLASSIFY, &claimsift_report::pretty(&doc));
    check(CLASSIFY, &claimsift_report::line(&doc));
    let empty = ClassifiedDocument {
        schema: claimsift_core::SCHEMA.into(),
        input: "-".into(),
        text: String::new(),
        claims: Vec::new(),
        attributions: Vec::new(),
    };
    check(CLASSIFY, &claimsift_report::line(&empty));
}

#[test]
fn sentence_lines_match_the_sentence_schema() {
    let claims = claims();
    let result = SentenceResult {
        text: TEXT.into(),
        checkworthy: true,
        score: 1.0,
        hedged: true,
        attributed: true,
        claims,
    };
    check(SENTENCE, &claimsift_report::line(&result));
    let empty = SentenceResult {
        text: String::new(),
        checkworthy: false,
        score: 0.0,
        hedged: false,
        attributed: false,
        claims: Vec::new(),
    };
    check(SENTENCE, &claimsift_report::line(&empty));
}

#[test]
fn the_schemas_reject_what_the_contract_does_not_allow() {
    let good: Value = serde_json::from_str(&claimsift_report::json(&report())).expect("JSON");
    assert!(valid(REPORT, &good));
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut value = good.clone();
        edit(&mut value);
        value
    };
    let cases: Vec<(&str, Value)> = vec![
        (
            "other schema tag",
            broken(&|v| v["schema"] = "claimsift/2".into()),
        ),
        (
            "unknown top-level field",
            broken(&|v| v["extra"] = 1.into()),
        ),
        (
            "missing run count",
            broken(&|v| {
                v["run"].as_object_mut().expect("run").remove("claims");
            }),
        ),
        (
            "unknown claim kind",
            broken(&|v| v["articles"][1]["claims"][1]["kinds"][0] = "rumour".into()),
        ),
        (
            "score above 1",
            broken(&|v| v["articles"][1]["claims"][0]["score"] = 1.5.into()),
        ),
        (
            "negative offset",
            broken(&|v| v["articles"][1]["claims"][0]["start"] = (-1).into()),
        ),
        (
            "unknown source kind",
            broken(&|v| {
                v["articles"][1]["claims"][1]["attribution"]["kind"] = "someone".into();
            }),
        ),
        (
            "unknown hedge category",
            broken(&|v| {
                v["articles"][1]["claims"][1]["hedging"]["cues"][0]["category"] = "vague".into();
            }),
        ),
        (
            "title missing rather than null",
            broken(&|v| {
                v["articles"][0]
                    .as_object_mut()
                    .expect("article")
                    .remove("title");
            }),
        ),
        (
            "unknown status",
            broken(&|v| v["articles"][1]["status"] = "stale".into()),
        ),
        (
            "attribution as a string",
            broken(&|v| {
                v["articles"][1]["claims"][1]["attribution"] = "Helen Marsh".into();
            }),
        ),
    ];
    for (what, value) in cases {
        assert!(!valid(REPORT, &value), "the report schema accepts {what}");
    }
}

/// The schemas are self-contained, so each repeats the definitions it needs; they
/// must not drift apart.
#[test]
fn shared_definitions_are_identical_in_every_schema() {
    let report = schema(REPORT);
    for other in [schema(CLASSIFY), schema(SENTENCE), schema(REPORT_LINE)] {
        let defs = other["$defs"].as_object().expect("$defs");
        assert!(!defs.is_empty());
        for (name, def) in defs.iter().filter(|(name, _)| !name.ends_with("Line")) {
            assert_eq!(
                Some(def),
                report["$defs"].get(name),
                "$defs/{name} differs from report.schema.json"
            );
        }
    }
    // A report.jsonl article line is an article of report.json plus `schema` and `type`.
    let line = schema(REPORT_LINE);
    let mut fields = line["$defs"]["articleLine"]["properties"]
        .as_object()
        .expect("article line")
        .clone();
    assert!(fields.remove("schema").is_some() && fields.remove("type").is_some());
    assert_eq!(
        Some(&Value::Object(fields)),
        report["$defs"]["articleReport"].get("properties"),
        "the article line differs from $defs/articleReport"
    );
}

/// The enums in the schema list exactly the names the core types serialise to.
#[test]
fn schema_enums_list_every_core_value() {
    let report = schema(REPORT);
    let names = |pointer: &str| -> Vec<String> {
        report
            .pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{pointer}"))
            .iter()
            .map(|v| v.as_str().expect("name").to_owned())
            .collect()
    };
    assert_eq!(names("/$defs/claimKind/enum"), json_names(&ClaimKind::ALL));
    assert_eq!(
        names("/$defs/evidence/properties/kind/enum"),
        json_names(&evidence_kinds())
    );
    assert_eq!(
        names("/$defs/attribution/properties/kind/enum"),
        json_names(&source_kinds())
    );
    assert_eq!(
        names("/$defs/hedgeCue/properties/category/enum"),
        json_names(&hedge_categories())
    );
    assert_eq!(
        names("/$defs/articleReport/properties/status/enum"),
        json_names(&statuses())
    );
}

/// The JSON names of enum values.
fn json_names<T: serde::Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|v| match serde_json::to_value(v).expect("serialises") {
            Value::String(name) => name,
            other => panic!("not a name: {other}"),
        })
        .collect()
}
