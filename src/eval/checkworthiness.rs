//! `claimsift eval checkworthiness`: F1 of the check-worthy class on CheckThat! 2024
//! (`ct24_dev.tsv`, expert labels), one sentence at a time as `classify --sentences` sees it.

use std::path::Path;

use anyhow::{Context, Result};
use claimsift_classify::Classifier;

use super::{Counts, SPEED_PASSES, median_seconds};

/// One labelled sentence.
#[derive(Debug)]
pub struct Labelled {
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
        let (Some(text), Some(label)) = (record.get(1), record.get(2)) else {
            anyhow::bail!("{}: row {} has fewer than 3 columns", path.display(), i + 2);
        };
        rows.push(Labelled {
            text: text.to_owned(),
            checkworthy: label.trim() == "Yes",
        });
    }
    Ok(rows)
}

/// Scores the classifier on `rows`; returns the counts and the sentences per second: the
/// median of [`SPEED_PASSES`] passes after the scoring pass, which also loads the bundled
/// models, so neither loading nor one noisy pass moves it.
pub fn score(classifier: &Classifier, rows: &[Labelled]) -> (Counts, f64) {
    let mut counts = Counts::default();
    for row in rows {
        counts.add(
            classifier.classify_sentence(&row.text).checkworthy,
            row.checkworthy,
        );
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

/// Runs the evaluation and returns the printed report.
pub fn run(classifier: &Classifier, data: &Path) -> Result<String> {
    let path = data.join("ct24_dev.tsv");
    let rows = load(&path)?;
    let positives = rows.iter().filter(|r| r.checkworthy).count();
    let (counts, rate) = score(classifier, &rows);
    Ok(format!(
        "check-worthiness on {} ({} sentences, {} check-worthy)\n  {counts}\n  {rate:.0} sentences/s (classify only, one thread, this build; median of {SPEED_PASSES} passes after the scoring pass)\n",
        path.display(),
        rows.len(),
        positives
    ))
}
