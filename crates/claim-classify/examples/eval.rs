//! Measures the rules against the labelled data under `../shared/data` (or
//! `$CLAIMSIFT_DATA`): check-worthiness F1 (class Yes) on `ct24_dev.tsv`, taking a sentence
//! as check-worthy when any of its claims is, and hedging F1 (class uncertain) on
//! `wiki_weasel_train.csv`, taking a sentence as uncertain when any claim is hedged.
//!
//! `cargo run --release -p claimsift-classify --example eval [-- THRESHOLD]`
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "support/data.rs"]
mod data;

use claimsift_classify::{Classifier, ClassifyOptions, Lexicons};

fn main() {
    let threshold = std::env::args()
        .nth(1)
        .and_then(|t| t.parse().ok())
        .unwrap_or(0.5);
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions { threshold });
    match data::checkworthiness("ct24_dev.tsv") {
        Some(rows) => {
            let (p, r, f, n) = data::prf(
                rows.iter()
                    .map(|(s, gold)| (c.classify_sentence(s).checkworthy, *gold)),
            );
            println!(
                "check-worthiness ct24_dev (n={n}, threshold {threshold}): P {p:.3} R {r:.3} F1 {f:.3}"
            );
        }
        None => eprintln!(
            "ct24_dev.tsv not found under {}",
            data::data_dir().display()
        ),
    }
    match data::weasel() {
        Some(rows) => {
            let (p, r, f, n) = data::prf(
                rows.iter()
                    .map(|(s, gold)| (c.classify_sentence(s).hedged, *gold)),
            );
            println!("hedging wiki_weasel_train (n={n}): P {p:.3} R {r:.3} F1 {f:.3}");
        }
        None => eprintln!(
            "wiki_weasel_train.csv not found under {}",
            data::data_dir().display()
        ),
    }
}
