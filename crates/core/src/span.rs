//! Spans: byte ranges into a document's text.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Why a span does not index a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanError {
    pub start: usize,
    pub end: usize,
    pub len: usize,
}

impl fmt::Display for SpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "span {}..{} does not index a text of {} bytes on char boundaries",
            self.start, self.end, self.len
        )
    }
}

impl std::error::Error for SpanError {}

impl Span {
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside `self`.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved `by` bytes to the right.
    #[must_use]
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// Checks that the span indexes `text` on char boundaries.
    ///
    /// # Errors
    /// When `start > end`, `end > text.len()`, or either end splits a character.
    pub fn check(self, text: &str) -> Result<(), SpanError> {
        if self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
        {
            Ok(())
        } else {
            Err(SpanError {
                start: self.start,
                end: self.end,
                len: text.len(),
            })
        }
    }

    /// The text the span covers, or `None` when it does not index `text`.
    #[must_use]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// A span together with the text it covers, as written in JSON (`{"text","start","end"}`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl TextSpan {
    /// The span of `text` at `span`; `None` when the span does not index it.
    #[must_use]
    pub fn of(text: &str, span: Span) -> Option<Self> {
        span.get(text).map(|t| Self {
            text: t.to_owned(),
            start: span.start,
            end: span.end,
        })
    }

    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Checks that the span indexes `text` and that its `text` field is what it covers.
    ///
    /// # Errors
    /// When the span is out of bounds or its text differs from the document's.
    pub fn check(&self, text: &str) -> Result<(), SpanError> {
        self.span().check(text)?;
        if self.span().get(text) == Some(self.text.as_str()) {
            Ok(())
        } else {
            Err(SpanError {
                start: self.start,
                end: self.end,
                len: text.len(),
            })
        }
    }
}
