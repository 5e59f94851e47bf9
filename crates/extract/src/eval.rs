//! Evaluation of HTML extraction against gold article bodies.
//!
//! The metric is the one of the article-extraction benchmark (scrapinghub's
//! article-extraction-benchmark): texts are split into tokens (runs of Unicode word
//! characters, like Python's `\w+`), tokens into overlapping 4-gram shingles (a text of
//! fewer than four tokens gives one shorter shingle), and each document's predicted and
//! gold shingle multisets give true positives, false positives and false negatives.
//! Precision is averaged over the documents where something was predicted or expected to
//! be (`tp + fp > 0`), recall over those with gold text (`tp + fn > 0`), as the benchmark's
//! `evaluate.py` does; F1 comes from the two averages.
//!
//! This is pure computation: the caller reads the pages and the gold file.

use std::collections::BTreeMap;
use std::time::Instant;

use serde::Serialize;

use crate::{ExtractOptions, extract_html};

/// Shingle length of the benchmark metric.
const SHINGLE: usize = 4;

/// One page to evaluate.
#[derive(Debug, Clone)]
pub struct EvalPage {
    pub id: String,
    /// The page, decoded.
    pub html: String,
    /// The gold article body.
    pub gold: String,
    pub url: Option<String>,
}

/// The score of one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageScore {
    pub id: String,
    /// `None` when nothing was predicted (the page does not count towards precision).
    pub precision: Option<f64>,
    /// `None` when the gold text is empty (the page does not count towards recall).
    pub recall: Option<f64>,
    pub f1: f64,
    /// The extracted text's shingles equal the gold's exactly.
    pub exact: bool,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

/// The score over all pages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalResult {
    pub pages: usize,
    /// Mean of the per-page precisions.
    pub precision: f64,
    /// Mean of the per-page recalls.
    pub recall: f64,
    /// Harmonic mean of `precision` and `recall`.
    pub f1: f64,
    /// Share of pages whose shingles match the gold exactly.
    pub exact_match: f64,
    /// Extraction speed (parsing and extraction, one thread).
    pub pages_per_sec: f64,
    pub per_page: Vec<PageScore>,
}

/// Timed passes over the pages after the first; their median is the reported speed.
const SPEED_PASSES: usize = 5;

/// Extracts every page with [`extract_html`] and scores it against its gold text; the speed
/// is the median of [`SPEED_PASSES`] further passes.
#[must_use]
pub fn evaluate(pages: &[EvalPage], opts: &ExtractOptions) -> EvalResult {
    // The first pass gives the texts (and warms caches and the allocator); the speed is the
    // median of further timed passes over the same pages, so one noisy pass cannot move it.
    let texts: Vec<String> = pages
        .iter()
        .map(|p| extract_html(&p.id, p.url.as_deref(), &p.html, opts).text)
        .collect();
    let mut passes: Vec<f64> = (0..SPEED_PASSES)
        .map(|_| {
            let started = Instant::now();
            for p in pages {
                std::hint::black_box(extract_html(&p.id, p.url.as_deref(), &p.html, opts));
            }
            started.elapsed().as_secs_f64()
        })
        .collect();
    passes.sort_by(f64::total_cmp);
    let secs = passes[passes.len() / 2];
    let per_page: Vec<PageScore> = pages
        .iter()
        .zip(&texts)
        .map(|(p, text)| score_page(&p.id, text, &p.gold))
        .collect();
    let n = per_page.len();
    let mean = |values: Vec<f64>| {
        if values.is_empty() {
            0.0
        } else {
            values.iter().sum::<f64>() / values.len() as f64
        }
    };
    let precision = mean(per_page.iter().filter_map(|p| p.precision).collect());
    let recall = mean(per_page.iter().filter_map(|p| p.recall).collect());
    let exact_match = mean(
        per_page
            .iter()
            .map(|p| if p.exact { 1.0 } else { 0.0 })
            .collect(),
    );
    EvalResult {
        pages: n,
        precision,
        recall,
        f1: harmonic(precision, recall),
        exact_match,
        pages_per_sec: if secs > 0.0 { n as f64 / secs } else { 0.0 },
        per_page,
    }
}

fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Scores one predicted text against its gold text.
#[must_use]
pub fn score_page(id: &str, predicted: &str, gold: &str) -> PageScore {
    let pred = shingles(predicted);
    let gold = shingles(gold);
    let mut tp = 0;
    let mut fp = 0;
    for (shingle, &count) in &pred {
        let g = gold.get(shingle).copied().unwrap_or(0);
        tp += count.min(g);
        fp += count.saturating_sub(g);
    }
    let fn_: usize = gold
        .iter()
        .map(|(s, &g)| g.saturating_sub(pred.get(s).copied().unwrap_or(0)))
        .sum();
    // The benchmark's conventions: no error at all is perfect; a page with nothing
    // predicted has no precision, and one with no gold text no recall.
    let ratio = |num: usize, other: usize| {
        if fp == 0 && fn_ == 0 {
            Some(1.0)
        } else if num + other == 0 {
            None
        } else {
            Some(num as f64 / (num + other) as f64)
        }
    };
    let precision = ratio(tp, fp);
    let recall = ratio(tp, fn_);
    PageScore {
        id: id.to_owned(),
        precision,
        recall,
        f1: harmonic(precision.unwrap_or(0.0), recall.unwrap_or(0.0)),
        exact: pred == gold,
        tp,
        fp,
        fn_,
    }
}

/// Word tokens: maximal runs of alphanumeric characters and underscores.
///
/// This is Python's `\w+` up to one detail: Rust's `is_alphanumeric` also counts the
/// vowel signs of some scripts (Unicode `Other_Alphabetic`, such as Devanagari matras)
/// that Python leaves out, so words in those scripts split less. Latin, Cyrillic, Greek
/// and CJK text tokenises the same.
#[must_use]
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The multiset of token shingles of `text`.
fn shingles(text: &str) -> BTreeMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = BTreeMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < SHINGLE {
        out.insert(toks, 1);
        return out;
    }
    for w in toks.windows(SHINGLE) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}
