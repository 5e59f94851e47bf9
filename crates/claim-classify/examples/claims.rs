//! Prints the claims of a plain-text article (paragraphs separated by blank lines), for
//! eyeballing the classifier: `cargo run -p claimsift-classify --example claims -- FILE`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use claimsift_classify::Classifier;
use claimsift_core::{Article, Block, BlockKind, Sentence};

/// Splits text into paragraphs and sentences naively (". " followed by a capital or a quote).
fn article(text: &str) -> Article {
    let mut a = Article::single_sentence("example", text);
    a.blocks.clear();
    a.sentences.clear();
    let mut pos = 0;
    for para in text.split("\n\n") {
        let start = pos + (para.len() - para.trim_start().len());
        let end = pos + para.trim_end().len();
        pos += para.len() + 2;
        if start >= end {
            continue;
        }
        let block = a.blocks.len();
        a.blocks.push(Block {
            kind: BlockKind::Paragraph,
            start,
            end,
            level: None,
        });
        let p = &text[start..end];
        let mut s = 0;
        let b = p.as_bytes();
        for i in 0..b.len() {
            let stop = matches!(b[i], b'.' | b'?' | b'!');
            let next_ok = i + 2 < b.len()
                && b[i + 1] == b' '
                && (b[i + 2].is_ascii_uppercase() || b[i + 2] == b'"' || b[i + 2] == 0xe2);
            let closing = i + 3 < b.len() && b[i + 1] == b'"' && b[i + 2] == b' ';
            let word_start = b[..i]
                .iter()
                .rposition(|&c| c == b' ' || c == b'\n')
                .map_or(0, |k| k + 1);
            let abbrev = b[i] == b'.' && i - word_start <= 3 && b[word_start].is_ascii_uppercase();
            if stop && !abbrev && (next_ok || closing) {
                let e = if closing { i + 2 } else { i + 1 };
                a.sentences.push(Sentence {
                    start: start + s,
                    end: start + e,
                    block,
                });
                s = e + 1;
            }
        }
        if s < p.len() {
            a.sentences.push(Sentence {
                start: start + s,
                end,
                block,
            });
        }
    }
    a
}

fn main() {
    // The bundled model with its threshold, as the binary runs it.
    let c = Classifier::bundled();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let a = article(&text);
        let doc = c.classify(&a);
        println!("=== {path}");
        for cl in &doc.claims {
            println!(
                "[{} {}] {}",
                if cl.checkworthy { "CW" } else { "--" },
                cl.score,
                cl.text
            );
            for r in &cl.reasons {
                println!("    {r}");
            }
        }
        for at in &doc.attributions {
            println!(
                "  ATTR {:?} src={:?} cue={:?} content={:?} direct={} refers={:?}",
                at.kind,
                at.source.as_ref().map(|s| s.text.as_str()),
                at.cue.text,
                at.content.get(&doc.text),
                at.direct_quote,
                at.refers_to
            );
        }
    }
}
