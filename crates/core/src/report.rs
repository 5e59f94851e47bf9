//! The run report and the documents that enter the pipeline.

use serde::{Deserialize, Serialize};

use crate::article::Metadata;
use crate::claim::{Attribution, Claim};
use crate::diff::ClaimChanges;

/// A document as the fetch stage hands it over: raw bytes and what is known of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fetched {
    /// The input as the user named it: a path, a URL, or `-` for standard input.
    pub input: String,
    /// The final URL after redirects, for documents fetched over HTTP.
    pub url: Option<String>,
    /// The `Content-Type` the server sent, or the one the file name implies.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
    /// The HTTP status of the final response, for documents fetched over HTTP.
    pub status: Option<u16>,
    /// The `ETag` validator the server sent, for the next conditional GET.
    pub etag: Option<String>,
    /// The `Last-Modified` validator the server sent, for the next conditional GET.
    pub last_modified: Option<String>,
    /// True when a conditional GET was answered `304 Not Modified`: `bytes` is empty and
    /// the document is the one last fetched.
    pub not_modified: bool,
}

/// The validators of an earlier response, for a conditional GET.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// Counts for one run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    /// Inputs that were attempted (articles plus errors).
    pub inputs: usize,
    pub articles: usize,
    pub claims: usize,
    pub checkworthy: usize,
    pub attributed: usize,
    pub hedged: usize,
    pub errors: usize,
    /// With a state store: articles seen for the first time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<usize>,
    /// With a state store: articles whose text changed since the last version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<usize>,
    /// With a state store: articles whose content is the same as last time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unchanged: Option<usize>,
}

/// Whether an article is new, changed or unchanged since the state store last saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleStatus {
    New,
    Changed,
    Unchanged,
}

impl ArticleStatus {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Changed => "changed",
            Self::Unchanged => "unchanged",
        }
    }
}

/// One article in the report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    pub input: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub title: Option<String>,
    pub metadata: Metadata,
    /// The article text every span below indexes.
    pub text: String,
    /// Claims ranked by check-worthiness (highest first, ties in text order).
    pub claims: Vec<Claim>,
    pub attributions: Vec<Attribution>,
    /// What the extractor noticed but worked around.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
    /// With a state store: new, changed or unchanged since the last run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ArticleStatus>,
    /// With a state store, for changed articles: the claim diff against the last version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<ClaimChanges>,
}

/// An input that could not be processed, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct InputError {
    pub input: String,
    pub error: String,
}

/// The report of one run, as written to `report.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub run: RunSummary,
    /// Articles in input order.
    pub articles: Vec<ArticleReport>,
    /// Failed inputs in input order.
    pub errors: Vec<InputError>,
}
