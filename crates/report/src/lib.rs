//! Renders what a run found: `report.json`, `report.jsonl`, `report.md`, and the annotated
//! text view used by `claimsift classify --annotate` and the snapshot tests.
//!
//! The stage is pure: it turns a [`Report`] into strings and the binary writes them. Every
//! renderer is deterministic — the same report gives the same bytes — because users diff
//! reports between runs and the snapshot tests compare them byte for byte.

mod annotate;
mod html;
mod markdown;

use claimsift_core::{
    Article, ArticleReport, ArticleStatus, ClassifiedDocument, InputError, Report, RunSummary,
};
use serde::Serialize;

pub use annotate::annotate;
pub use html::html;
pub use markdown::markdown;

/// One input's outcome, in input order: its report entry (see [`article_report`]) or why it
/// failed.
pub type Outcome = Result<ArticleReport, InputError>;

/// Builds the report of a run from each input's outcome, keeping input order. Counts of new,
/// changed and unchanged articles are given when the entries carry a status (a run with a
/// state store).
#[must_use]
pub fn assemble(outcomes: Vec<Outcome>) -> Report {
    let mut run = RunSummary {
        inputs: outcomes.len(),
        ..RunSummary::default()
    };
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(report) => {
                if let Some(status) = report.status {
                    let count = match status {
                        ArticleStatus::New => &mut run.new,
                        ArticleStatus::Changed => &mut run.changed,
                        ArticleStatus::Unchanged => &mut run.unchanged,
                    };
                    *count = Some(count.unwrap_or(0) + 1);
                }
                run.articles += 1;
                run.claims += report.claims.len();
                run.checkworthy += report.claims.iter().filter(|c| c.checkworthy).count();
                run.attributed += report
                    .claims
                    .iter()
                    .filter(|c| c.attribution.is_some())
                    .count();
                run.hedged += report.claims.iter().filter(|c| c.hedging.hedged).count();
                articles.push(report);
            }
            Err(error) => errors.push(error),
        }
    }
    run.errors = errors.len();
    if articles.iter().any(|a: &ArticleReport| a.status.is_some()) {
        for count in [&mut run.new, &mut run.changed, &mut run.unchanged] {
            count.get_or_insert(0);
        }
    }
    Report {
        schema: claimsift_core::SCHEMA.to_owned(),
        run,
        articles,
        errors,
    }
}

/// The report entry for one article, claims ranked by check-worthiness (highest score
/// first, ties in text order).
#[must_use]
pub fn article_report(article: Article, doc: ClassifiedDocument) -> ArticleReport {
    let mut claims = doc.claims;
    claims.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    ArticleReport {
        input: article.input,
        url: article.url,
        title: article.metadata.title.clone(),
        metadata: article.metadata,
        text: doc.text,
        claims,
        attributions: doc.attributions,
        diagnostics: article.diagnostics,
        status: None,
        changes: None,
    }
}

/// `report.json`: the whole report, pretty-printed, ending in a newline.
#[must_use]
pub fn json(report: &Report) -> String {
    pretty(report)
}

/// `report.json` streamed to `out`: the same bytes as [`json`], without holding the whole
/// text in memory (a large run's report can be hundreds of megabytes).
///
/// # Errors
/// When writing to `out` fails.
pub fn write_json(report: &Report, out: &mut impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// Any serialisable value as pretty JSON ending in a newline.
#[must_use]
pub fn pretty<T: Serialize>(value: &T) -> String {
    // Serialising these plain structs cannot fail: every key is a string and no value is a
    // map with non-string keys. Fall back to an empty object rather than panic regardless.
    let mut out = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".to_owned());
    out.push('\n');
    out
}

/// Any serialisable value as compact JSON on one line, ending in a newline.
#[must_use]
pub fn line<T: Serialize>(value: &T) -> String {
    let mut out = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned());
    out.push('\n');
    out
}

/// Appends `value` as compact JSON and a newline to `out`: the same bytes as [`line`], for
/// `classify --sentences`, which writes one such line per input line. sonic-rs escapes
/// strings with SIMD; serde_json's byte-at-a-time escaping was 7% of that command's
/// instructions. Both format floats with zmij and escape alike (see the test below).
///
/// # Errors
/// When `value` cannot be serialised as JSON (a map with non-string keys).
pub fn append_line<T: Serialize>(value: &T, out: &mut Vec<u8>) -> Result<(), sonic_rs::Error> {
    sonic_rs::to_writer(&mut *out, value)?;
    out.push(b'\n');
    Ok(())
}

/// `report.jsonl`: one line for each article (`"type": "article"`), then one for each error
/// (`"type": "error"`), then the run summary (`"type": "run"`). Each line carries the schema.
#[must_use]
pub fn jsonl(report: &Report) -> String {
    #[derive(Serialize)]
    struct Line<'a, T: Serialize> {
        schema: &'a str,
        #[serde(rename = "type")]
        kind: &'a str,
        #[serde(flatten)]
        value: &'a T,
    }
    #[derive(Serialize)]
    struct Run<'a> {
        run: &'a RunSummary,
    }
    let schema = report.schema.as_str();
    let mut out = String::new();
    for article in &report.articles {
        out.push_str(&line(&Line {
            schema,
            kind: "article",
            value: article,
        }));
    }
    for error in &report.errors {
        out.push_str(&line(&Line {
            schema,
            kind: "error",
            value: error,
        }));
    }
    out.push_str(&line(&Line {
        schema,
        kind: "run",
        value: &Run { run: &report.run },
    }));
    out
}

/// The short summary `claimsift run` prints on the terminal.
#[must_use]
pub fn summary(report: &Report) -> String {
    let run = &report.run;
    let mut out = format!(
        "{} article{}, {} claim{} ({} check-worthy, {} attributed, {} hedged), {} error{}\n",
        run.articles,
        plural(run.articles),
        run.claims,
        plural(run.claims),
        run.checkworthy,
        run.attributed,
        run.hedged,
        run.errors,
        plural(run.errors),
    );
    if let (Some(new), Some(changed), Some(unchanged)) = (run.new, run.changed, run.unchanged) {
        out.push_str(&format!(
            "{new} new, {changed} changed, {unchanged} unchanged since the last run\n"
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_json_is_byte_for_byte_the_same() {
        let report = assemble(vec![Err(InputError {
            input: "a.html".into(),
            error: "not found".into(),
        })]);
        let mut streamed = Vec::new();
        write_json(&report, &mut streamed).expect("writes to memory");
        assert_eq!(String::from_utf8(streamed).expect("UTF-8"), json(&report));
    }

    /// `append_line` (sonic-rs) must write what `line` (serde_json) writes: escapes of
    /// quotes, backslashes and control characters, raw non-ASCII, float digits, `null`.
    #[test]
    fn appended_line_is_byte_for_byte_the_same() {
        use claimsift_core::{
            Attribution, Claim, ClaimKind, Evidence, EvidenceKind, HedgeCategory, HedgeCue,
            Hedging, SentenceResult, SourceKind, Span, TextSpan,
        };
        let text =
            "He said \"no\\ way\" \u{1}\u{1f}\u{7f}\t\r\u{8}\u{c}\u{b} café “quoted” 😀 \u{2028}";
        let span = |text: &str| TextSpan {
            text: text.to_owned(),
            start: 1,
            end: 2,
        };
        let claim = |score: f64, attribution: Option<Attribution>| Claim {
            text: text.to_owned(),
            start: 0,
            end: text.len(),
            sentence: usize::MAX,
            checkworthy: true,
            score,
            kinds: vec![ClaimKind::Quantity, ClaimKind::Causal],
            evidence: vec![Evidence {
                kind: EvidenceKind::Number,
                text: "\"5\"".to_owned(),
                start: 3,
                end: 6,
            }],
            attribution,
            hedging: Hedging {
                hedged: true,
                cues: vec![HedgeCue {
                    text: "may\n".to_owned(),
                    start: 7,
                    end: 10,
                    category: HedgeCategory::EpistemicVerb,
                }],
                negations: vec![span("not")],
            },
            reasons: vec![String::new(), text.to_owned()],
        };
        let attribution = |refers_to: Option<String>| Attribution {
            kind: SourceKind::NamedPerson,
            source: None,
            cue: span("said"),
            content: Span { start: 0, end: 1 },
            direct_quote: false,
            refers_to,
        };
        let mut claims = vec![
            claim(0.0, None),
            claim(1.0, Some(attribution(None))),
            claim(0.1 + 0.2, Some(attribution(Some("Ms \"X\"".to_owned())))),
        ];
        claims.extend(
            [
                0.217,
                0.475,
                1e-7,
                123_456_789.0,
                1e21,
                -0.5,
                f64::MIN_POSITIVE,
            ]
            .map(|score| claim(score, None)),
        );
        let result = SentenceResult {
            text: text.to_owned(),
            checkworthy: false,
            score: 0.999,
            hedged: false,
            attributed: true,
            claims,
        };
        for value in [
            result.clone(),
            SentenceResult {
                claims: Vec::new(),
                ..result
            },
        ] {
            let mut out = Vec::new();
            append_line(&value, &mut out).expect("serialises");
            assert_eq!(String::from_utf8(out).expect("UTF-8"), line(&value));
        }
    }
}
