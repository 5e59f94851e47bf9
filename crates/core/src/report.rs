//! The run report and the documents that enter the pipeline.

use serde::{Deserialize, Serialize};

use crate::article::Metadata;
use crate::claim::{Attribution, Claim};

/// A document as the fetch stage hands it over: raw bytes and what is known of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fetched {
    /// The input as the user named it: a path, a URL, or `-` for standard input.
    pub input: String,
    /// The final URL after redirects, for documents fetched over HTTP.
    pub url: Option<String>,
    /// The `Content-Type` the server sent, if any.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
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
}

/// One article in the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
