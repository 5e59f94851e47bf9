//! `claimsift eval hedging`: F1 of the uncertain class on the Wikipedia weasel/hedge sets and
//! on predicate factuality in news (MEANTIME, UW), as `../shared/data/README.md` defines.
//!
//! The bundled hedge model is fitted on `wiki_weasel_train.csv` and on the news sentences of
//! the factuality sets' `train.jsonl` (`claimsift train hedging`), so the Wikipedia file is
//! scored by 5-fold cross-validation (the same folds, penalty, threshold and news sentences
//! as the training command, the news in every fold; each held-out sentence classified by
//! the full pipeline). The other files are never trained on and are scored with the
//! bundled model; the part of
//! `wiki_uncertainty_3000.csv` that also stands in `wiki_weasel_train.csv` is dropped (after
//! folding case and punctuation) so that set measures unseen sentences. Each Wikipedia set
//! also shows the model's score alone (without the cue categories that always hedge, which
//! serve news rather than Wikipedia's labels) and the lexicon cues alone (a sentence is
//! hedged when any hedge cue is found), the rule baseline the model is measured against.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use claimsift_classify::{Classifier, HedgeTrainingOptions, cross_validate_hedging};
use serde::Deserialize;

use super::Counts;

/// The label of the figures without the categories that always hedge.
const SCORE_ONLY: &str = "model score alone (no cue category forced)";

/// Penn Treebank bracket tokens back to the characters they stand for.
pub fn detokenize_ptb(text: &str) -> String {
    text.replace("-LRB-", "(")
        .replace("-RRB-", ")")
        .replace("-LSB-", "[")
        .replace("-RSB-", "]")
        .replace("-LCB-", "{")
        .replace("-RCB-", "}")
        .replace("``", "\"")
        .replace("''", "\"")
}

/// Folds a sentence for duplicate detection: lower case, letters and digits only.
pub fn fold(text: &str) -> String {
    detokenize_ptb(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn csv_rows(path: &Path, headers: bool) -> Result<Vec<csv::StringRecord>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(headers)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        rows.push(record.with_context(|| format!("{}: record {}", path.display(), i + 1))?);
    }
    Ok(rows)
}

/// `(sentence, uncertain)` pairs of `wiki_weasel_train.csv` (header `text,label`, 1 = uncertain).
pub fn load_weasel(path: &Path) -> Result<Vec<(String, bool)>> {
    Ok(csv_rows(path, true)?
        .iter()
        .filter_map(|r| Some((r.get(0)?.trim().to_owned(), r.get(1)?.trim() == "1")))
        .collect())
}

/// `(sentence, uncertain)` pairs of `wiki_uncertainty_3000.csv` (no header, -1 = uncertain).
pub fn load_uncertainty(path: &Path) -> Result<Vec<(String, bool)>> {
    Ok(csv_rows(path, false)?
        .iter()
        .filter_map(|r| Some((r.get(1)?.trim().to_owned(), r.get(0)?.trim() == "-1")))
        .collect())
}

/// Counts of the classifier's decision, of the hedge model's score alone, and of the
/// lexicon cues alone.
fn score_sentences(classifier: &Classifier, rows: &[(String, bool)]) -> [Counts; 3] {
    let score_only = classifier
        .clone()
        .with_hedge_model(Arc::new(classifier.hedge_model().score_only()));
    let mut counts = [Counts::default(); 3];
    for (text, uncertain) in rows {
        let text = detokenize_ptb(text);
        let result = classifier.classify_sentence(&text);
        counts[0].add(result.hedged, *uncertain);
        counts[1].add(score_only.classify_sentence(&text).hedged, *uncertain);
        let any_cue = result.claims.iter().any(|c| !c.hedging.cues.is_empty());
        counts[2].add(any_cue, *uncertain);
    }
    counts
}

#[derive(Deserialize)]
struct FactualityLine {
    text: String,
    targets: Vec<Target>,
}

#[derive(Deserialize)]
struct Target {
    span1: (usize, usize),
    label: f64,
}

/// How far from 0 a predicate's factuality must stay for its sentence to count as hedged
/// in training: strictly between -1 and 1, scored as neither asserted nor denied. The
/// evaluation's wider band (-2 to 2, [`score_factuality`]) also takes in the infinitives
/// of plans ("intends to bid") and the content of reported speech, which the pipeline
/// reports as attribution, not hedging; fitted on that band the model hedged plain
/// reports of the fixtures ("no official record has been published").
const NEWS_HEDGED_BELOW: f64 = 1.0;

/// The sentences of a factuality file, each hedged when one of its predicates has a
/// factuality strictly between -[`NEWS_HEDGED_BELOW`] and [`NEWS_HEDGED_BELOW`].
pub fn load_factuality(path: &Path) -> Result<Vec<(String, bool)>> {
    let lines: Vec<FactualityLine> = super::read_jsonl(path)?;
    Ok(lines
        .iter()
        .map(|line| {
            let hedged = line
                .targets
                .iter()
                .any(|t| t.label.abs() < NEWS_HEDGED_BELOW);
            (detokenize_ptb(&line.text), hedged)
        })
        .collect())
}

/// The factuality sets whose training half the hedge model is also fitted on.
pub const NEWS_TRAINING_SETS: [&str; 2] = ["UW", "MEANTIME"];

/// The training file of a factuality set, inside the hedging data folder.
pub fn news_training_file(set: &str) -> String {
    format!("factuality/{set}/train.jsonl")
}

/// The news sentences the hedge model is also fitted on: the training halves of the
/// factuality sets (their development halves are only scored).
pub fn load_news_training(data: &Path) -> Result<Vec<(String, bool)>> {
    let mut out = Vec::new();
    for set in NEWS_TRAINING_SETS {
        out.extend(load_factuality(&data.join(news_training_file(set)))?);
    }
    Ok(out)
}

/// Predicate-level hedging on a factuality file: a predicate is gold-hedged when its label
/// lies strictly between -2 and 2, and predicted hedged when a hedged claim covers it.
pub fn score_factuality(classifier: &Classifier, path: &Path) -> Result<(Counts, usize)> {
    let lines: Vec<FactualityLine> = super::read_jsonl(path)?;
    let mut counts = Counts::default();
    let mut predicates = 0;
    for line in &lines {
        // Token byte offsets in the space-separated sentence.
        let mut offsets = Vec::new();
        let mut at = 0;
        for token in line.text.split(' ') {
            offsets.push((at, at + token.len()));
            at += token.len() + 1;
        }
        let result = classifier.classify_sentence(&line.text);
        for target in &line.targets {
            let (Some(first), Some(last)) = (
                offsets.get(target.span1.0),
                offsets.get(target.span1.1.saturating_sub(1)),
            ) else {
                continue;
            };
            let (start, end) = (first.0, last.1);
            predicates += 1;
            let predicted = result
                .claims
                .iter()
                .any(|c| c.hedging.hedged && c.start < end && start < c.end);
            counts.add(predicted, target.label > -2.0 && target.label < 2.0);
        }
    }
    Ok((counts, predicates))
}

/// Runs the evaluation and returns the printed report.
pub fn run(classifier: &Classifier, data: &Path) -> Result<String> {
    let mut out = String::new();
    let weasel_path = data.join("wiki_weasel_train.csv");
    let weasel = load_weasel(&weasel_path)?;
    let uncertain = weasel.iter().filter(|r| r.1).count();
    let examples: Vec<(String, bool)> = weasel
        .iter()
        .map(|(t, y)| (detokenize_ptb(t), *y))
        .collect();
    let model = classifier.hedge_model();
    let mut options = HedgeTrainingOptions {
        always: model.always().to_vec(),
        also_weight: model.also_weight(),
        ..HedgeTrainingOptions::default()
    };
    let news = load_news_training(data)?;
    let counts = Counts::from(cross_validate_hedging(
        classifier,
        &examples,
        &news,
        model.l2(),
        model.threshold(),
        &options,
    ));
    options.always.clear();
    let score_only = Counts::from(cross_validate_hedging(
        classifier,
        &examples,
        &news,
        model.l2(),
        model.threshold(),
        &options,
    ));
    let [_, _, cues] = score_sentences(classifier, &weasel);
    let _ = writeln!(
        out,
        "hedging, sentence level (uncertain class)\n  wiki_weasel_train ({} sentences, {uncertain} uncertain), {}-fold cross-validation: {counts}\n    {SCORE_ONLY}: {score_only}\n    lexicon cues alone: {cues}",
        weasel.len(),
        options.folds
    );

    let seen: BTreeSet<String> = weasel.iter().map(|(t, _)| fold(t)).collect();
    let all = load_uncertainty(&data.join("wiki_uncertainty_3000.csv"))?;
    let unseen: Vec<(String, bool)> = all
        .iter()
        .filter(|(t, _)| !seen.contains(&fold(t)))
        .cloned()
        .collect();
    let [counts, score_only, cues] = score_sentences(classifier, &unseen);
    let _ = writeln!(
        out,
        "  wiki_uncertainty_3000, unseen part ({} of {} sentences; {} also in wiki_weasel_train dropped): {counts}\n    {SCORE_ONLY}: {score_only}\n    lexicon cues alone: {cues}",
        unseen.len(),
        all.len(),
        all.len() - unseen.len()
    );

    let _ = writeln!(
        out,
        "hedging, predicate level (-2 < factuality < 2 is hedged)"
    );
    for set in ["MEANTIME", "UW"] {
        let path = data.join("factuality").join(set).join("dev.jsonl");
        if path.is_file() {
            let (counts, predicates) = score_factuality(classifier, &path)?;
            let _ = writeln!(out, "  {set} dev ({predicates} predicates): {counts}");
        } else {
            let _ = writeln!(out, "  {set} dev: not found at {}", path.display());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_punctuation_and_ptb_brackets() {
        assert_eq!(
            fold("The cat -LRB- a tabby -RRB- sat ."),
            fold("the cat (a tabby) sat")
        );
        assert_ne!(fold("The cat sat."), fold("The dog sat."));
    }
}
