//! `claimsift train attribution`: fits the attribution-cue tagger on PolNeAR's training
//! articles (`polnear_train.jsonl`) and writes `config/model/attribution.weights`.
//!
//! The weights are a pure function of the training file: fixed epochs, a seeded shuffle,
//! rows written in index order, so the same file gives the same bytes. The header names the
//! command and the BLAKE3 hash of the training file, so a reader can check what reproduces
//! the committed weights. The development file is never read here.

use std::path::Path;

use anyhow::{Context, Result};
use claimsift_classify::{CueTrainingArticle, CueTrainingOptions, Lexicons, train_cues};
use serde::Deserialize;

#[derive(Deserialize)]
struct Line {
    article: String,
    text: String,
    attributions: Vec<Relation>,
}

#[derive(Deserialize)]
struct Relation {
    #[serde(default)]
    cue: Vec<(usize, usize)>,
}

/// Trains on `data_dir/polnear_train.jsonl` (the `attribution` data folder) and returns
/// the weights file and a one-line summary to print.
pub fn attribution(data_dir: &Path) -> Result<(String, String)> {
    let path = data_dir.join("polnear_train.jsonl");
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let hash = blake3::hash(&bytes);
    let source =
        std::str::from_utf8(&bytes).with_context(|| format!("{} is not UTF-8", path.display()))?;
    let mut data = Vec::new();
    let mut cues = 0usize;
    for line in crate::eval::parse_jsonl::<Line>(&path, source)? {
        // Code points to byte offsets.
        let mut offsets: Vec<usize> = line.text.char_indices().map(|(k, _)| k).collect();
        offsets.push(line.text.len());
        let spans: Vec<(usize, usize)> = line
            .attributions
            .iter()
            .flat_map(|r| r.cue.iter())
            .filter_map(|&(s, e)| Some((*offsets.get(s)?, *offsets.get(e)?)))
            .filter(|(s, e)| s < e)
            .collect();
        cues += spans.len();
        data.push(CueTrainingArticle {
            article: claimsift_extract::extract_text(&line.article, &line.text),
            cues: spans,
        });
    }
    let options = CueTrainingOptions::default();
    let header = format!(
        "claimsift attribution cue tagger\n\
         written by: claimsift train attribution (epochs {}, seed {})\n\
         training file: polnear_train.jsonl, blake3 {hash}\n\
         {} articles, {cues} cue spans",
        options.epochs,
        options.seed,
        data.len()
    );
    let weights = train_cues(&Lexicons::builtin(), &data, options, &header);
    let summary = format!(
        "trained the attribution cue tagger on {} articles ({cues} cues)",
        data.len()
    );
    Ok((weights, summary))
}
