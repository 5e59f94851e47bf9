//! `claimsift train hedging`: fits the hedge model on the Wikipedia weasel/hedge sentences
//! (`wiki_weasel_train.csv`) and writes `config/model/hedging.weights`.
//!
//! This file only reads the data (the `train` command writes the result); cross-validation, the fitting and
//! the threshold live in `claimsift_classify::train_hedging`, which does no IO. The other
//! hedging files (`wiki_uncertainty_3000.csv`, the factuality sets) are never read here, so
//! `claimsift eval hedging` scores the model on sentences it has not seen.

use std::path::Path;

use anyhow::{Context, Result, bail};
use claimsift_classify::{Classifier, ClassifyOptions, HedgeTrainingOptions, Lexicons};

use crate::eval::hedging::{detokenize_ptb, load_weasel};

/// The training file inside the data folder.
pub const TRAIN_FILE: &str = "wiki_weasel_train.csv";

/// Trains on `data_dir/wiki_weasel_train.csv` and returns the weights file and the summary
/// to print.
pub fn hedging(data_dir: &Path) -> Result<(String, String)> {
    let path = data_dir.join(TRAIN_FILE);
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let digest = blake3::hash(&bytes).to_hex().to_string();
    let examples: Vec<(String, bool)> = load_weasel(&path)?
        .into_iter()
        .map(|(t, y)| (detokenize_ptb(&t), y))
        .collect();
    if examples.is_empty() {
        bail!("{}: no labelled sentences", path.display());
    }
    let classifier = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let trained =
        claimsift_classify::train_hedging(&classifier, &examples, &HedgeTrainingOptions::default());
    let text = trained.to_file(
        "claimsift train hedging --data ../shared/data/hedging --out config/model/hedging.weights",
        TRAIN_FILE,
        &digest,
    );
    let summary = format!(
        "trained the hedge model on {} ({} sentences, {} uncertain, blake3 {})\n{}",
        path.display(),
        examples.len(),
        examples.iter().filter(|e| e.1).count(),
        &digest[..16],
        trained.summary(),
    );
    Ok((text, summary))
}
