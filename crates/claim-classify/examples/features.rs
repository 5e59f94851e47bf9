//! Prints the check-worthiness feature values of every sentence of `ct24_train.tsv` and
//! `ct24_dev.tsv` (under `../shared/data`, or `$CLAIMSIFT_DATA`) as TSV, for prototyping
//! features outside Rust: `split, id, label, text, <one column per feature>, words` (the
//! words of the vocabulary the sentence holds, space-separated). The sentences of
//! `tests/kinds/kinds.tsv` follow as split `news`, check-worthy when their kind is not
//! `none`: a small proxy for news prose.
//!
//! `cargo run --release -p claimsift-classify --example features > /tmp/features.tsv`
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "support/data.rs"]
mod data;

use claimsift_classify::{Classifier, ClassifyOptions, Feature, Lexicons, WORDS};

fn main() {
    let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
    let mut header = vec!["split", "id", "label", "text"];
    header.extend(Feature::ALL.iter().map(|f| f.as_str()));
    header.push("words");
    println!("{}", header.join("\t"));
    for split in ["train", "dev"] {
        let path = data::data_dir()
            .join("checkworthiness")
            .join(format!("ct24_{split}.tsv"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{} not found; skipped", path.display());
            continue;
        };
        for r in data::parse_delimited(&text, '\t').into_iter().skip(1) {
            if r.len() < 3 {
                continue;
            }
            let f = c.sentence_features(&r[1]);
            let mut values: Vec<String> = f.0.iter().map(|v| format!("{v}")).collect();
            values.push(f.words().map(|k| WORDS[k]).collect::<Vec<_>>().join(" "));
            println!(
                "{split}\t{}\t{}\t{}\t{}",
                r[0].trim(),
                u8::from(r[2].trim() == "Yes"),
                r[1].replace(['\t', '\n'], " "),
                values.join("\t")
            );
        }
    }
    // The news proxy: the kinds fixture, check-worthy when it has a kind other than `none`.
    let kinds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/kinds/kinds.tsv");
    let text = std::fs::read_to_string(kinds).unwrap_or_default();
    for (n, line) in text.lines().enumerate() {
        let Some((sentence, labels)) = line.split_once('\t') else {
            continue;
        };
        if line.starts_with('#') {
            continue;
        }
        let f = c.sentence_features(sentence);
        let mut values: Vec<String> = f.0.iter().map(|v| format!("{v}")).collect();
        values.push(f.words().map(|k| WORDS[k]).collect::<Vec<_>>().join(" "));
        println!(
            "news\t{}\t{}\t{sentence}\t{}",
            n + 1,
            u8::from(labels.trim() != "none"),
            values.join("\t")
        );
    }
}
