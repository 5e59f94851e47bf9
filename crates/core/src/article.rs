//! An extracted article: its text, metadata, and the blocks and sentences that index it.

use serde::{Deserialize, Serialize};

use crate::span::{Span, SpanError};

/// What the extract stage knows about an article besides its text.
///
/// Every field is optional: a value is only set when the page stated it (dates are never
/// invented), and an absent value is left out of the JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// ISO 8601, with the offset the page gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// ISO 8601, with the offset the page gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    /// A BCP 47 language tag such as `en` or `en-GB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The kind of a block of article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    Quote,
    ListItem,
}

impl BlockKind {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Heading => "heading",
            Self::Paragraph => "paragraph",
            Self::Quote => "quote",
            Self::ListItem => "list_item",
        }
    }
}

/// A block of the article text: a heading, paragraph, block quote or list item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    /// Heading level 1–6, for headings only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

impl Block {
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A sentence of the article text, inside one block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the block the sentence lies in.
    pub block: usize,
}

impl Sentence {
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// An article as the extract stage produces it.
///
/// `text` is the article text every span indexes. Blocks are in text order and do not
/// overlap; sentences are in text order, do not overlap, and each lies inside its block.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub schema: String,
    /// What the article came from, as the user named it (a path, a URL, or `-`).
    pub input: String,
    /// The URL the article was fetched from, after redirects, when it came over HTTP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub metadata: Metadata,
    pub text: String,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    /// Things the extractor noticed but worked around (an undeclared encoding guessed, a
    /// page cut at the size limit, ...). Partial failure is output, not an error.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
}

impl Article {
    /// An article made of one block holding one sentence: the whole of `text`.
    ///
    /// Used for sentence-at-a-time classification, where each input line is one sentence.
    #[must_use]
    pub fn single_sentence(input: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let end = text.len();
        Self {
            schema: crate::SCHEMA.to_owned(),
            input: input.into(),
            url: None,
            metadata: Metadata::default(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                start: 0,
                end,
                level: None,
            }],
            sentences: vec![Sentence {
                start: 0,
                end,
                block: 0,
            }],
            text,
            diagnostics: Vec::new(),
        }
    }

    /// The text of sentence `index`, or `""` when there is no such sentence.
    #[must_use]
    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences
            .get(index)
            .and_then(|s| s.span().get(&self.text))
            .unwrap_or("")
    }

    /// Checks every invariant the type documents.
    ///
    /// # Errors
    /// The first block or sentence span that does not index the text, is out of order, or
    /// lies outside its block.
    pub fn check_spans(&self) -> Result<(), SpanError> {
        let mut last = 0;
        for block in &self.blocks {
            block.span().check(&self.text)?;
            if block.start < last {
                return Err(SpanError {
                    start: block.start,
                    end: block.end,
                    len: self.text.len(),
                });
            }
            last = block.end;
        }
        let mut last = 0;
        for sentence in &self.sentences {
            let span = sentence.span();
            span.check(&self.text)?;
            let inside = self
                .blocks
                .get(sentence.block)
                .is_some_and(|b| b.span().contains(span));
            if sentence.start < last || !inside {
                return Err(SpanError {
                    start: span.start,
                    end: span.end,
                    len: self.text.len(),
                });
            }
            last = sentence.end;
        }
        Ok(())
    }
}
