//! Plain text input: kept verbatim, indexed by blocks (runs of non-blank lines) and
//! sentences.

use claimsift_core::{Article, Block, BlockKind, Metadata, SCHEMA, Sentence, Span};

use crate::sentences::split_sentences;

/// The longest first line, in characters, still taken for a heading.
const MAX_HEADING_CHARS: usize = 120;

pub(crate) fn extract_text(input: &str, text: &str) -> Article {
    let spans = block_spans(text);
    let mut metadata = Metadata::default();
    let mut blocks: Vec<Block> = spans
        .iter()
        .map(|s| Block {
            kind: BlockKind::Paragraph,
            start: s.start,
            end: s.end,
            level: None,
        })
        .collect();
    if let (Some(first), true) = (blocks.first_mut(), spans.len() > 1) {
        let line = first.span().get(text).unwrap_or("");
        if is_heading_line(line) {
            first.kind = BlockKind::Heading;
            first.level = Some(1);
            metadata.title = Some(line.trim().to_owned());
        }
    }
    let sentences = sentences_for(text, &blocks);
    Article {
        schema: SCHEMA.to_owned(),
        input: input.to_owned(),
        url: None,
        metadata,
        text: text.to_owned(),
        blocks,
        sentences,
        diagnostics: Vec::new(),
    }
}

/// Segments every block into sentences; a block is always a sentence boundary.
pub(crate) fn sentences_for(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        for span in split_sentences(text, block.span()) {
            out.push(Sentence {
                start: span.start,
                end: span.end,
                block: index,
            });
        }
    }
    out
}

/// A one-line block that reads like a title: short, no final punctuation.
fn is_heading_line(line: &str) -> bool {
    let line = line.trim();
    !line.contains('\n')
        && line.chars().count() <= MAX_HEADING_CHARS
        && line.chars().any(char::is_alphabetic)
        && !line.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201D}', '\u{2026}'])
}

/// The trimmed spans of the runs of non-blank lines of `text`.
fn block_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some((a, b)) = run.take() {
                out.push(Span::new(a, b));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let a = pos + lead;
            let b = a + trimmed.len();
            run = Some(match run {
                Some((start, _)) => (start, b),
                None => (a, b),
            });
        }
        pos += line.len();
    }
    if let Some((a, b)) = run {
        out.push(Span::new(a, b));
    }
    out
}
