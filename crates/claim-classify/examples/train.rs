//! Fits the check-worthiness model on `ct24_train.tsv` (under `../shared/data`, or
//! `$CLAIMSIFT_DATA`) as `claimsift train checkworthiness` does, prints the held-out
//! results and the score on `ct24_dev.tsv` at the chosen threshold, and with `--write`
//! writes `config/model/checkworthiness.weights`.
//!
//! `cargo run --release -p claimsift-classify --example train [-- --write]`
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "support/data.rs"]
mod data;

use claimsift_classify::train::{self, Counts, Example, TrainOptions};
use claimsift_classify::{Classifier, ClassifyOptions, Lexicons, Weights};

fn main() {
    let path = data::data_dir()
        .join("checkworthiness")
        .join("ct24_train.tsv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{} not found; skipped", path.display());
        return;
    };
    let examples: Vec<Example> = data::parse_delimited(&text, '\t')
        .into_iter()
        .skip(1)
        .filter(|r| r.len() >= 3)
        .filter_map(|r| {
            Some(Example {
                id: r[0].trim().parse().ok()?,
                text: r[1].clone(),
                checkworthy: r[2].trim() == "Yes",
            })
        })
        .collect();
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let t0 = std::time::Instant::now();
    let trained = train::train(&c, &examples, &TrainOptions::default());
    eprintln!("trained in {:.2} s", t0.elapsed().as_secs_f64());
    print!("{}", trained.summary());
    if std::env::args().any(|a| a == "--ablation") {
        // Held-out F1 with the 22 evidence features only (no structure, no words), and of the
        // hand-set weights.
        let data: Vec<_> = examples
            .iter()
            .map(|e| (c.sentence_features(&e.text), e.checkworthy))
            .collect();
        let ids: Vec<u64> = examples.iter().map(|e| e.id).collect();
        let group = train::contiguous_groups(&ids, 20, 5);
        let evidence_only: Vec<_> = data
            .iter()
            .map(|(f, y)| {
                let mut g = *f;
                for v in &mut g.0[22..] {
                    *v = 0.0;
                }
                g.2 = [0; claimsift_classify::WORD_BLOCKS];
                (g, *y)
            })
            .collect();
        let held = train::held_out_scores(&evidence_only, &group, &train::FitOptions::default());
        let (t, counts) = train::best_threshold(&held);
        println!(
            "evidence features only, pooled held-out at {t}: P {:.3} R {:.3} F1 {:.3}",
            counts.precision(),
            counts.recall(),
            counts.f1()
        );
        let hand = Weights::default();
        let counts = Counts::of(data.iter().map(|(f, y)| (hand.score(f) >= 0.5, *y)));
        println!(
            "hand-set weights on all of train at 0.5: P {:.3} R {:.3} F1 {:.3}",
            counts.precision(),
            counts.recall(),
            counts.f1()
        );
    }
    let w = trained.weights.clone();
    let threshold = w.threshold;
    if let Some(rows) = data::checkworthiness("ct24_dev.tsv") {
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions { threshold })
            .with_weights(w.clone());
        let errors = std::env::args().any(|a| a == "--errors");
        let counts = Counts::of(rows.iter().map(|(s, g)| {
            let r = c.classify_sentence(s);
            if errors && r.checkworthy != *g {
                println!("{} {:.3} {s}", if *g { "FN" } else { "FP" }, r.score);
            }
            (r.checkworthy, *g)
        }));
        println!(
            "ct24_dev at {threshold}: P {:.3} R {:.3} F1 {:.3}",
            counts.precision(),
            counts.recall(),
            counts.f1()
        );
    }
    if let Some(rows) = data::checkworthiness("ct24_dev.tsv") {
        let b = Weights::builtin();
        let threshold = b.threshold;
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions { threshold }).with_weights(b);
        let results: Vec<(f64, bool, bool)> = rows
            .iter()
            .map(|(s, g)| {
                let r = c.classify_sentence(s);
                (r.score, r.checkworthy, *g)
            })
            .collect();
        let counts = Counts::of(results.iter().map(|r| (r.1, r.2)));
        // How the scores spread, for ranking: deciles, and the Yes rate per score band.
        let mut scores: Vec<f64> = results.iter().map(|r| r.0).collect();
        scores.sort_by(f64::total_cmp);
        let deciles: Vec<String> = (1..10)
            .map(|k| format!("{:.2}", scores[k * scores.len() / 10]))
            .collect();
        println!("ct24_dev score deciles: {}", deciles.join(" "));
        for band in 0..5 {
            let (lo, hi) = (f64::from(band) * 0.2, f64::from(band + 1) * 0.2);
            let inside: Vec<_> = results
                .iter()
                .filter(|r| r.0 >= lo && (r.0 < hi || band == 4))
                .collect();
            let yes = inside.iter().filter(|r| r.2).count();
            println!(
                "  score {lo:.1}-{hi:.1}: {} sentences, {:.0}% Yes",
                inside.len(),
                100.0 * yes as f64 / inside.len().max(1) as f64
            );
        }
        println!(
            "ct24_dev, bundled model at {threshold}: P {:.3} R {:.3} F1 {:.3}",
            counts.precision(),
            counts.recall(),
            counts.f1()
        );
    }
    let mut ws: Vec<(f64, &str)> = claimsift_classify::Feature::ALL
        .iter()
        .map(|f| (w.get(*f), f.as_str()))
        .collect();
    ws.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (v, n) in ws {
        println!("  {n:24} {v:+.3}");
    }
    println!("  bias {:+.3}", w.bias);
    if std::env::args().any(|a| a == "--write") {
        let digest = "(see claimsift train)";
        let out = trained.to_file(
            "claimsift train checkworthiness --data ../shared/data/checkworthiness",
            "ct24_train.tsv",
            digest,
        );
        let dest = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../config/model/checkworthiness.weights"
        );
        std::fs::write(dest, out).expect("write weights");
        eprintln!("wrote {dest}");
    }
}
