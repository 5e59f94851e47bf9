//! The extract stage: turns a fetched page or a plain text into an [`Article`].
//!
//! An article is the main text of the page without boilerplate (navigation, share prompts,
//! related links, captions, comments, cookie notices...), split into blocks (headings,
//! paragraphs, quotes, list items) and sentences, plus the metadata the page states.
//!
//! # Invariants
//!
//! * The stage does no IO: it gets bytes or strings from the caller and returns values.
//! * No input panics it: arbitrary bytes give an article or an [`ExtractError`]. Traversals
//!   of the document tree are iterative, so a deeply nested page cannot overflow the stack.
//! * Every block and sentence span indexes `article.text` on char boundaries; sentences lie
//!   inside their block, in order ([`Article::check_spans`] holds).
//! * Output is deterministic: nothing iterates a hash map into it.
//! * Plain text is kept verbatim: `article.text` is the input, byte for byte.
//! * Time and memory are bounded: input past [`ExtractOptions::max_bytes`] is refused,
//!   markup nested deeper than 512 levels is flattened before parsing, and every pass after
//!   the parse is linear.
//!
//! # Entry points
//!
//! [`extract`] takes fetched bytes (sniffing, decoding, then HTML or text);
//! [`extract_html`] and [`extract_text`] take decoded strings; [`split_sentences`] is the
//! segmenter both use; [`decode_page`] only decodes; [`eval::evaluate`] scores HTML
//! extraction against gold article bodies with the benchmark's shingle metric.

mod decode;
pub mod eval;
mod html;
mod meta;
mod prune;
mod sentences;
mod text;

use claimsift_core::{Article, Fetched};

pub use sentences::split_sentences;

/// How the extract stage treats its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtractOptions {
    /// Inputs larger than this many bytes are refused with [`ExtractError::TooLarge`]
    /// rather than parsed, which bounds the time and memory one page can take.
    pub max_bytes: usize,
    /// Keep the page's main heading (usually the headline, which is also
    /// `metadata.title`) as the first block of the text. Off by default: the headline is
    /// metadata, and the article body starts after it.
    pub keep_title_heading: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self {
            max_bytes: 20 * 1024 * 1024,
            keep_title_heading: false,
        }
    }
}

/// Why an input gave no article. Each message names the cause; the caller adds the input.
#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    #[error("input is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("input looks binary ({reason}), not HTML or text")]
    Binary { reason: String },
    #[error("content type {content_type:?} is not HTML or text")]
    UnsupportedType { content_type: String },
    #[error("input is empty or only whitespace")]
    Empty,
    #[error("page has no extractable article text")]
    NoText,
}

/// Extracts an article from fetched bytes.
///
/// Sniffs the bytes (HTML, plain text or binary), decodes them (charset from the
/// `Content-Type` parameter, a byte order mark, `<meta charset>` or `http-equiv`, then
/// detection with chardetng; UTF-16 with a BOM too), and hands the text to [`extract_html`]
/// or [`extract_text`]. How the charset was settled, when guessed, is a diagnostic.
///
/// # Errors
/// [`ExtractError::TooLarge`] past `opts.max_bytes`; [`ExtractError::Binary`] or
/// [`ExtractError::UnsupportedType`] for images, archives and other non-text;
/// [`ExtractError::Empty`] for empty or whitespace-only input; [`ExtractError::NoText`] for
/// a page with no article text.
pub fn extract(fetched: &Fetched, opts: &ExtractOptions) -> Result<Article, ExtractError> {
    let size = fetched.bytes.len();
    if size > opts.max_bytes {
        return Err(ExtractError::TooLarge {
            size,
            limit: opts.max_bytes,
        });
    }
    let decoded = decode::decode(&fetched.bytes, fetched.content_type.as_deref())?;
    if decoded.text.trim().is_empty() {
        return Err(ExtractError::Empty);
    }
    let mut article = if decoded.is_html {
        let article = extract_html(&fetched.input, fetched.url.as_deref(), &decoded.text, opts);
        if article.blocks.is_empty() {
            return Err(ExtractError::NoText);
        }
        article
    } else {
        extract_text(&fetched.input, &decoded.text)
    };
    if article.url.is_none() {
        article.url.clone_from(&fetched.url);
    }
    let mut diagnostics = decoded.diagnostics;
    diagnostics.append(&mut article.diagnostics);
    article.diagnostics = diagnostics;
    Ok(article)
}

/// Extracts the main article from an HTML page that is already decoded.
///
/// Never fails: a page without article text gives an article with no blocks (and a
/// diagnostic saying so); [`extract`] turns that into [`ExtractError::NoText`]. A page
/// longer than `opts.max_bytes` is cut at that length, with a diagnostic ([`extract`]
/// refuses such input before decoding instead).
#[must_use]
pub fn extract_html(input: &str, url: Option<&str>, html: &str, opts: &ExtractOptions) -> Article {
    html::extract_html(input, url, html, opts)
}

/// Builds an article from plain text, kept verbatim.
///
/// `article.text` is `text` exactly, byte for byte (leading and trailing whitespace and
/// `\r\n` included). Blocks are runs of non-blank lines separated by blank lines, their
/// spans trimmed of whitespace; sentences are segmented inside blocks. A short first line
/// without final punctuation, followed by a blank line, is a heading and the title.
#[must_use]
pub fn extract_text(input: &str, text: &str) -> Article {
    text::extract_text(input, text)
}

/// Decodes fetched bytes to a string the way [`extract`] does (size limit, binary check,
/// charset), without extracting anything. For callers that hold raw pages, such as the
/// evaluation runner.
///
/// # Errors
/// As [`extract`], except [`ExtractError::NoText`].
pub fn decode_page(fetched: &Fetched, opts: &ExtractOptions) -> Result<String, ExtractError> {
    let size = fetched.bytes.len();
    if size > opts.max_bytes {
        return Err(ExtractError::TooLarge {
            size,
            limit: opts.max_bytes,
        });
    }
    decode::decode(&fetched.bytes, fetched.content_type.as_deref()).map(|d| d.text)
}
