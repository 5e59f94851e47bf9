//! `claimsift eval checkworthiness`: F1 of the check-worthy class on CheckThat! 2024
//! (`ct24_dev.tsv`, expert labels), one sentence at a time as `classify --sentences` sees it.

use std::path::Path;

use anyhow::{Context, Result};
use claimsift_classify::Classifier;
use serde::Serialize;

use super::{Counts, SPEED_PASSES, median_seconds};

/// One labelled sentence.
#[derive(Debug)]
pub struct Labelled {
    /// The file's `Sentence_id`.
    pub id: String,
    pub text: String,
    pub checkworthy: bool,
}

/// Reads a CheckThat! TSV: `Sentence_id`, `Text`, `class_label` (`Yes`/`No`).
pub fn load(path: &Path) -> Result<Vec<Labelled>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(true)
        .from_path(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("{}: row {}", path.display(), i + 2))?;
        let (Some(id), Some(text), Some(label)) = (record.get(0), record.get(1), record.get(2))
        else {
            anyhow::bail!("{}: row {} has fewer than 3 columns", path.display(), i + 2);
        };
        rows.push(Labelled {
            id: id.to_owned(),
            text: text.to_owned(),
            checkworthy: label.trim() == "Yes",
        });
    }
    Ok(rows)
}

/// Scores the classifier on `rows`; returns the counts and the sentences per second: the
/// median of [`SPEED_PASSES`] passes after the scoring pass, which also loads the bundled
/// models, so neither loading nor one noisy pass moves it.
///
/// With `predictions`, also appends each sentence's line of the predictions file
/// ([`prediction_line`]) to it.
pub fn score(
    classifier: &Classifier,
    rows: &[Labelled],
    mut predictions: Option<&mut String>,
) -> (Counts, f64) {
    let mut counts = Counts::default();
    for row in rows {
        let result = classifier.classify_sentence(&row.text);
        counts.add(result.checkworthy, row.checkworthy);
        if let Some(out) = predictions.as_deref_mut() {
            out.push_str(&prediction_line(row, result));
            out.push('\n');
        }
    }
    let seconds = median_seconds(|| {
        for row in rows {
            std::hint::black_box(classifier.classify_sentence(&row.text));
        }
    });
    #[allow(clippy::cast_precision_loss)]
    let rate = rows.len() as f64 / seconds.max(1e-9);
    (counts, rate)
}

/// One sentence of the predictions file: its label, the model's score and decision, and
/// the reasons behind it, so that errors can be read with their evidence.
#[derive(Serialize)]
struct Prediction<'a> {
    id: &'a str,
    text: &'a str,
    gold: bool,
    checkworthy: bool,
    score: f64,
    /// `tp`, `fp`, `fn` or `tn`.
    outcome: &'static str,
    reasons: Vec<String>,
}

/// The JSON line of one sentence for the predictions file, from its result `r`.
fn prediction_line(row: &Labelled, r: claimsift_core::SentenceResult) -> String {
    let outcome = match (r.checkworthy, row.checkworthy) {
        (true, true) => "tp",
        (true, false) => "fp",
        (false, true) => "fn",
        (false, false) => "tn",
    };
    let line = Prediction {
        id: &row.id,
        text: &row.text,
        gold: row.checkworthy,
        checkworthy: r.checkworthy,
        score: r.score,
        outcome,
        reasons: r.claims.into_iter().flat_map(|c| c.reasons).collect(),
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// Runs the evaluation and returns the printed report; writes each sentence's label, score,
/// decision and reasons to `predictions` (JSON lines) if given.
pub fn run(classifier: &Classifier, data: &Path, predictions_to: Option<&Path>) -> Result<String> {
    let path = data.join("ct24_dev.tsv");
    let rows = load(&path)?;
    let positives = rows.iter().filter(|r| r.checkworthy).count();
    let mut jsonl = String::new();
    let (counts, rate) = score(
        classifier,
        &rows,
        predictions_to.is_some().then_some(&mut jsonl),
    );
    let mut out = format!(
        "check-worthiness on {} ({} sentences, {} check-worthy)\n  {counts}\n  {rate:.0} sentences/s (classify only, one thread, this build; median of {SPEED_PASSES} passes after the scoring pass)\n",
        path.display(),
        rows.len(),
        positives
    );
    if let Some(to) = predictions_to {
        super::write_predictions(to, jsonl.as_bytes(), &mut out)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_predictions_line_holds_label_score_outcome_and_reasons() {
        let classifier = Classifier::new(
            claimsift_classify::Lexicons::builtin(),
            claimsift_classify::ClassifyOptions::default(),
        );
        let rows = [
            Labelled {
                id: "7".to_owned(),
                text: "Unemployment fell to 4 percent in 2019.".to_owned(),
                checkworthy: true,
            },
            Labelled {
                id: "8".to_owned(),
                text: "Thank you very much.".to_owned(),
                checkworthy: true,
            },
        ];
        let mut text = String::new();
        score(&classifier, &rows, Some(&mut text));
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["id"], "7");
        assert_eq!(lines[0]["outcome"], "tp");
        assert!(lines[0]["score"].as_f64().unwrap() >= 0.3);
        assert!(!lines[0]["reasons"].as_array().unwrap().is_empty());
        assert_eq!(lines[1]["outcome"], "fn");
        assert_eq!(lines[1]["checkworthy"], false);
    }
}
