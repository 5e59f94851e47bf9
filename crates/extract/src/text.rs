//! Plain text input: kept verbatim, indexed by blocks (runs of non-blank lines) and
//! sentences.

use claimsift_core::{Article, Block, BlockKind, Metadata, SCHEMA, Sentence, Span};

use crate::sentences::split_sentences;

/// The longest first line, in characters, still taken for a heading.
const MAX_HEADING_CHARS: usize = 120;
/// The longest headline over a byline or date line in plain text.
const MAX_HEADLINE_CHARS: usize = 200;

pub(crate) fn extract_text(input: &str, text: &str) -> Article {
    let mut spans = block_spans(text);
    let mut metadata = Metadata::default();
    // A headline with its byline or date line under it, no blank line between ("Rail
    // strike spreads\nBy Tom Ashworth\n14 May 2026"): the headline is a block of its own,
    // so that no sentence runs from it into the byline, and the lines under it are page
    // furniture, as an HTML page's byline is (the byline's names are the authors).
    let masthead = spans.first().and_then(|first| masthead_lines(text, *first));
    if let Some(lines) = &masthead {
        if let Some(byline) = lines[1..]
            .iter()
            .filter_map(|line| line.get(text))
            .find(|line| is_byline(line))
        {
            metadata.authors = crate::meta::split_byline(byline);
        }
        spans[0] = lines[0];
    }
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
        if masthead.is_some() || is_heading_line(line) {
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
    heading_within(line, MAX_HEADING_CHARS)
}

/// [`is_heading_line`] with a length limit of `max` characters.
fn heading_within(line: &str, max: usize) -> bool {
    let line = line.trim();
    !line.contains('\n')
        && line.chars().count() <= max
        && line.chars().any(char::is_alphabetic)
        && !line.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201D}', '\u{2026}'])
}

/// The lines of the block `first` when it is a headline over a byline or a date line:
/// two to five lines, each short, opening with a capital or a digit and ending with no
/// sentence punctuation, the second a byline ("By ...") or holding a year.
fn masthead_lines(text: &str, first: Span) -> Option<Vec<Span>> {
    let block = first.get(text)?;
    if !block.contains('\n') {
        return None;
    }
    let lines: Vec<Span> = line_spans(block, first.start).flatten().collect();
    // A headline over a byline may run longer than a heading alone: "NT government
    // strikes 'landmark' royalty deal with rare earths miner, but critics warn ...".
    let plain = |(n, span): (usize, &Span)| {
        let line = span.get(text).unwrap_or("");
        let max = if n == 0 {
            MAX_HEADLINE_CHARS
        } else {
            MAX_HEADING_CHARS
        };
        heading_within(line, max)
            && line
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let second = lines.get(1)?.get(text)?;
    let dated = second
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")));
    ((2..=5).contains(&lines.len())
        && lines.iter().enumerate().all(plain)
        && (is_byline(second) || dated))
        .then_some(lines)
}

/// A line naming the writers: "By Tom Ashworth, Transport correspondent".
fn is_byline(line: &str) -> bool {
    ["By ", "BY ", "by "].iter().any(|p| {
        line.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// The trimmed spans of the runs of non-blank lines of `text`.
fn block_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut run: Option<Span> = None;
    for line in line_spans(text, 0) {
        match (line, run) {
            (None, Some(r)) => {
                out.push(r);
                run = None;
            }
            (None, None) => {}
            (Some(l), Some(r)) => run = Some(Span::new(r.start, l.end)),
            (Some(l), None) => run = Some(l),
        }
    }
    out.extend(run);
    out
}

/// Each line of `text` as its trimmed span, offset by `offset`, or `None` when it is blank.
fn line_spans(text: &str, offset: usize) -> impl Iterator<Item = Option<Span>> + '_ {
    let mut pos = offset;
    text.split_inclusive('\n').map(move |line| {
        let trimmed = line.trim();
        let lead = line.len() - line.trim_start().len();
        let span = (!trimmed.is_empty()).then(|| Span::new(pos + lead, pos + lead + trimmed.len()));
        pos += line.len();
        span
    })
}
