//! `claimsift train checkworthiness`: fits the check-worthiness model on CheckThat! 2024
//! `ct24_train.tsv` and writes the weights file the classifier bundles
//! (`config/model/checkworthiness.weights`).
//!
//! This file only reads the data (the `train` command writes the result); the fitting, the held-out groups
//! and the threshold live in `claimsift_classify::train`, which does no IO. Features are
//! computed with the bundled lexicons, so the output depends on nothing but the training
//! file and the source tree: the same inputs give the same bytes.

use std::path::Path;

use anyhow::{Context, Result, bail};
use claimsift_classify::train::{self, Example, TrainOptions};
use claimsift_classify::{Classifier, ClassifyOptions, Lexicons, Weights};

/// The training file inside the data folder.
pub const TRAIN_FILE: &str = "ct24_train.tsv";

/// Reads `ct24_train.tsv` (`Sentence_id`, `Text`, `class_label` `Yes`/`No`) from
/// `data_dir`, fits the model and returns the weights file and the summary to print.
pub fn checkworthiness(data_dir: &Path) -> Result<(String, String)> {
    let path = data_dir.join(TRAIN_FILE);
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let digest = blake3::hash(&bytes).to_hex().to_string();
    let examples = parse(&bytes).with_context(|| format!("{}", path.display()))?;
    if examples.is_empty() {
        bail!("{}: no labelled sentences", path.display());
    }
    let classifier = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let trained = train::train(&classifier, &examples, &TrainOptions::default());
    let text = trained.to_file(
        "claimsift train checkworthiness --data ../shared/data/checkworthiness --out config/model/checkworthiness.weights",
        TRAIN_FILE,
        &digest,
    );
    // What is written must read back as what was fitted, or the file is no use.
    let read = Weights::parse(&text).context("the fitted weights do not read back")?;
    if read != trained.weights {
        bail!("the fitted weights read back differently; the file would not be the model");
    }
    let summary = format!(
        "trained on {} ({} sentences, {} check-worthy, blake3 {})\n{}",
        path.display(),
        examples.len(),
        examples.iter().filter(|e| e.checkworthy).count(),
        &digest[..16],
        trained.summary(),
    );
    Ok((text, summary))
}

/// The labelled rows of a CheckThat! TSV, in file order.
fn parse(bytes: &[u8]) -> Result<Vec<Example>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("row {}", i + 2))?;
        let (Some(id), Some(text), Some(label)) = (record.get(0), record.get(1), record.get(2))
        else {
            bail!("row {} has fewer than 3 columns", i + 2);
        };
        let id = id
            .trim()
            .parse()
            .with_context(|| format!("row {}: Sentence_id `{id}` is not a number", i + 2))?;
        let checkworthy = match label.trim() {
            "Yes" => true,
            "No" => false,
            other => bail!("row {}: class_label `{other}` is not Yes or No", i + 2),
        };
        rows.push(Example {
            id,
            text: text.to_owned(),
            checkworthy,
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reads_ids_text_and_labels() {
        let rows =
            parse(b"Sentence_id\tText\tclass_label\n7\tPrices rose 3%.\tYes\n9\tHello.\tNo\n")
                .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].id, rows[0].checkworthy), (7, true));
        assert_eq!(rows[1].text, "Hello.");
        assert!(parse(b"Sentence_id\tText\tclass_label\nx\ta\tYes\n").is_err());
        assert!(parse(b"Sentence_id\tText\tclass_label\n1\ta\tMaybe\n").is_err());
    }
}
