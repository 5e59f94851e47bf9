//! Times `classify_sentence` over the sentences of `ct24_dev.tsv` (read at run time from
//! `../shared/data`, or `$CLAIMSIFT_DATA`; skipped when absent) and reports sentences per
//! second, plus article throughput in MB/s over the same text joined into articles.
//!
//! `cargo run --release -p claimsift-classify --example speed`
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "support/data.rs"]
mod data;

use std::time::Instant;

use claimsift_classify::Classifier;
use claimsift_core::{Article, Block, BlockKind, Sentence};

fn main() {
    let Some(rows) = data::checkworthiness("ct24_dev.tsv") else {
        eprintln!(
            "ct24_dev.tsv not found under {}; skipped",
            data::data_dir().display()
        );
        return;
    };
    let sentences: Vec<&str> = rows.iter().map(|(s, _)| s.as_str()).collect();
    // The bundled model, as the binary runs it (its reasons name the signals, which costs
    // a little more than the hand-set weights).
    let c = Classifier::bundled();
    // Warm up.
    for s in &sentences {
        std::hint::black_box(c.classify_sentence(s));
    }
    let rounds = 20;
    let t = Instant::now();
    let mut claims = 0usize;
    for _ in 0..rounds {
        for s in &sentences {
            claims += std::hint::black_box(c.classify_sentence(s)).claims.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = sentences.len() * rounds;
    println!(
        "classify_sentence: {n} sentences in {secs:.3} s = {:.0} sentences/s ({claims} claims)",
        n as f64 / secs
    );

    // Whole articles: 50 sentences to a paragraph.
    let mut articles = Vec::new();
    for chunk in sentences.chunks(50) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for s in chunk {
            let start = text.len();
            text.push_str(s.trim());
            spans.push((start, text.len()));
            text.push(' ');
        }
        let mut a = Article::single_sentence("speed", text.clone());
        a.blocks = vec![Block {
            kind: BlockKind::Paragraph,
            start: 0,
            end: text.len(),
            level: None,
        }];
        a.sentences = spans
            .into_iter()
            .map(|(start, end)| Sentence {
                start,
                end,
                block: 0,
            })
            .collect();
        articles.push(a);
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    big_article(&c, &sentences);
    one_long_sentence(&c);
    let t = Instant::now();
    for _ in 0..rounds {
        for a in &articles {
            std::hint::black_box(c.classify(a));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "classify (articles): {:.2} MB/s",
        (bytes * rounds) as f64 / secs / 1e6
    );
}

/// One long article (about 5 MB, paragraphs of five sentences): nothing may be quadratic
/// in the number of sentences, claims, names or attributions.
fn big_article(c: &Classifier, sentences: &[&str]) {
    let mut text = String::new();
    let mut a = Article::single_sentence("big", "");
    let mut k = 0;
    while text.len() < 5_000_000 {
        let block = a.blocks.len();
        let start = text.len();
        for _ in 0..5 {
            let s = sentences[k % sentences.len()].trim();
            k += 1;
            let st = text.len();
            text.push_str(s);
            a.sentences.push(Sentence {
                start: st,
                end: text.len(),
                block,
            });
            text.push(' ');
        }
        a.blocks.push(Block {
            kind: BlockKind::Paragraph,
            start,
            end: text.len() - 1,
            level: None,
        });
        text.push('\n');
    }
    a.blocks.remove(0);
    a.sentences.remove(0);
    for b in &mut a.sentences {
        b.block -= 1;
    }
    a.text = text;
    let t = Instant::now();
    let doc = std::hint::black_box(c.classify(&a));
    let secs = t.elapsed().as_secs_f64();
    println!(
        "classify (one {:.1} MB article, {} claims, {} attributions): {:.2} MB/s",
        a.text.len() as f64 / 1e6,
        doc.claims.len(),
        doc.attributions.len(),
        a.text.len() as f64 / secs / 1e6
    );
}

/// One 1 MB "sentence" with no full stop, full of cues: the per-sentence steps must not be
/// quadratic either.
fn one_long_sentence(c: &Classifier) {
    let unit = "officials said, and the minister reportedly warned that \"prices rose 3%\", she said, while analysts caution that the plan could fail because of Mr. Smith (R-OH); ";
    let text = unit.repeat(1_000_000 / unit.len());
    let a = Article::single_sentence("long", text.clone());
    let t = Instant::now();
    let doc = std::hint::black_box(c.classify(&a));
    let secs = t.elapsed().as_secs_f64();
    println!(
        "classify (one {:.1} MB sentence, {} claims, {} attributions): {:.2} MB/s",
        text.len() as f64 / 1e6,
        doc.claims.len(),
        doc.attributions.len(),
        text.len() as f64 / secs / 1e6
    );
}
