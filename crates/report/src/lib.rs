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
}
