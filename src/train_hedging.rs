//! `claimsift train hedging`: fits the hedge model on the Wikipedia weasel/hedge sentences
//! (`wiki_weasel_train.csv`) and on the training halves of the news factuality sets
//! (`factuality/{UW,MEANTIME}/train.jsonl`), and writes `config/model/hedging.weights`.
//!
//! This file only reads the data (the `train` command writes the result); cross-validation, the fitting and
//! the threshold live in `claimsift_classify::train_hedging`, which does no IO. The news
//! sentences are always trained on and never scored: cross-validation folds and scores the
//! Wikipedia sentences only. The other hedging files (`wiki_uncertainty_3000.csv`, the
//! factuality development halves) are never read here, so `claimsift eval hedging` scores
//! the model on sentences it has not seen.

use std::path::Path;

use anyhow::{Context, Result, bail};
use claimsift_classify::{Classifier, ClassifyOptions, HedgeTrainingOptions, Lexicons};

use crate::eval::hedging::{
    NEWS_TRAINING_SETS, detokenize_ptb, load_factuality, load_weasel, news_training_file,
};

/// The training file inside the data folder.
pub const TRAIN_FILE: &str = "wiki_weasel_train.csv";

fn digest(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(blake3::hash(&bytes).to_hex().to_string())
}

/// Trains on `data_dir/wiki_weasel_train.csv` and the news training sentences and returns
/// the weights file and the summary to print.
pub fn hedging(data_dir: &Path) -> Result<(String, String)> {
    let path = data_dir.join(TRAIN_FILE);
    let mut digests = vec![(TRAIN_FILE.to_owned(), digest(&path)?)];
    let examples: Vec<(String, bool)> = load_weasel(&path)?
        .into_iter()
        .map(|(t, y)| (detokenize_ptb(&t), y))
        .collect();
    if examples.is_empty() {
        bail!("{}: no labelled sentences", path.display());
    }
    let mut news = Vec::new();
    for set in NEWS_TRAINING_SETS {
        let file = news_training_file(set);
        let news_path = data_dir.join(&file);
        digests.push((file, digest(&news_path)?));
        news.extend(load_factuality(&news_path)?);
    }
    let classifier = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let trained = claimsift_classify::train_hedging(
        &classifier,
        &examples,
        &news,
        &HedgeTrainingOptions::default(),
    );
    let data: Vec<(&str, &str)> = digests
        .iter()
        .map(|(f, d)| (f.as_str(), d.as_str()))
        .collect();
    let text = trained.to_file(
        "claimsift train hedging --data ../shared/data/hedging --out config/model/hedging.weights",
        &data,
    );
    let summary = format!(
        "trained the hedge model on {} ({} sentences, {} uncertain, blake3 {}) and {} news sentences ({} hedged)\n{}",
        path.display(),
        examples.len(),
        examples.iter().filter(|e| e.1).count(),
        &digests[0].1[..16],
        news.len(),
        news.iter().filter(|e| e.1).count(),
        trained.summary(),
    );
    Ok((text, summary))
}
