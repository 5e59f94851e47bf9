//! claimsift's state between runs: sources, every document fetched, article versions, runs,
//! and the claims of each version.
//!
//! Scheduled runs use it to do only new work (an input whose content hash has not changed is
//! not extracted or classified again), to give a conditional GET its validators, and to tell
//! editors what changed since the last version of an article.
//!
//! The pipeline talks to the [`Store`] trait, so a server database can be added later for
//! several workers without touching the stages; [`SqliteStore`] is the embedded default.
//!
//! # Invariants
//! * Each article's outcome is written in one transaction ([`Store::record`]): a crash leaves
//!   an article either fully recorded or not at all.
//! * A new version is written only when the extracted text changes.
//! * Nothing read back depends on insertion timing except the run and version numbers, which
//!   are assigned in order.

mod sqlite;

pub use sqlite::SqliteStore;

use std::collections::BTreeMap;

use claimsift_core::{ArticleStatus, ClaimChanges, ClassifiedDocument, RunSummary, Validators};
use serde::{Deserialize, Serialize};

/// Errors of the state store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open state database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error(
        "state database {path} has schema version {found}, newer than this claimsift knows ({known}); upgrade claimsift"
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("state database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("state database holds a record that does not parse: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("no run {0} in the state database")]
    NoRun(i64),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A run's number, assigned in order from 1.
pub type RunId = i64;

/// What the store knows of an input from its last successful run.
#[derive(Clone, Debug, PartialEq)]
pub struct Previous {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Hash of the bytes last fetched.
    pub content_hash: Option<String>,
    /// Fingerprint of the pipeline that last processed them.
    pub pipeline: Option<String>,
    /// The latest article version, if any was ever extracted.
    pub version: Option<Version>,
}

/// One version of an article: its extracted text changed from the version before.
#[derive(Clone, Debug, PartialEq)]
pub struct Version {
    pub number: i64,
    pub run: RunId,
    pub created_at: String,
    pub text_hash: String,
    /// Fingerprint of the pipeline (version, settings, lexicons) that classified it.
    pub pipeline: String,
    /// Why this version was written.
    pub reason: VersionReason,
    /// The classified document of this version (text, claims, attributions).
    pub document: ClassifiedDocument,
    /// The article as extracted (metadata included), as JSON.
    pub article_json: String,
    /// The claim diff against the version before; `None` for the first version.
    pub changes: Option<ClaimChanges>,
}

/// Why a new version of an article was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionReason {
    /// The first time the article was seen.
    First,
    /// Its extracted text changed.
    Text,
    /// Same text, classified again by a changed pipeline (new lexicons, settings or
    /// claimsift version), so the stored claims stay those the current pipeline finds.
    Pipeline,
}

impl VersionReason {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::First => "first",
            Self::Text => "text",
            Self::Pipeline => "pipeline",
        }
    }
}

/// How one input ended in a run.
#[derive(Clone, Debug)]
pub enum Outcome<'a> {
    /// The same content (or the same text) as the latest version.
    Unchanged,
    /// A new version: first sight, the text changed, or the pipeline changed.
    NewVersion {
        text_hash: &'a str,
        document: &'a ClassifiedDocument,
        article_json: &'a str,
        changes: Option<&'a ClaimChanges>,
    },
    /// The input failed; the message names the cause.
    Failed { error: &'a str },
}

/// A fetched input to record.
#[derive(Clone, Debug)]
pub struct Record<'a> {
    pub input: &'a str,
    pub final_url: Option<&'a str>,
    pub http_status: Option<u16>,
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
    pub content_hash: Option<&'a str>,
    /// Fingerprint of the pipeline that processed it.
    pub pipeline: Option<&'a str>,
    pub fetched_at: &'a str,
    pub outcome: Outcome<'a>,
}

/// A run as the store keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInfo {
    pub id: RunId,
    pub started_at: String,
    pub finished_at: Option<String>,
    /// `running`, `finished` or `interrupted`.
    pub state: String,
    pub summary: Option<RunSummary>,
}

/// One input's outcome in a run, as read back for `claimsift diff`.
#[derive(Clone, Debug, PartialEq)]
pub struct RunEntry {
    pub input: String,
    pub status: Option<ArticleStatus>,
    pub error: Option<String>,
    /// The version current for the input after the run.
    pub version: Option<i64>,
}

/// The state store as the pipeline uses it.
pub trait Store {
    /// Starts a run; runs left `running` by a killed process become `interrupted`.
    fn begin_run(&mut self, started_at: &str) -> Result<RunId>;
    /// What is known of `input` from earlier runs.
    fn previous(&self, input: &str) -> Result<Option<Previous>>;
    /// Records one input's outcome in one transaction.
    fn record(&mut self, run: RunId, record: &Record<'_>) -> Result<()>;
    /// Closes a run with its counts.
    fn finish_run(&mut self, run: RunId, finished_at: &str, summary: &RunSummary) -> Result<()>;
    /// All runs, oldest first.
    fn runs(&self) -> Result<Vec<RunInfo>>;
    /// The outcome of every input of a run, in the order they were recorded.
    fn run_entries(&self, run: RunId) -> Result<Vec<RunEntry>>;
    /// Every version of an input's article, oldest first.
    fn history(&self, input: &str) -> Result<Vec<Version>>;
    /// One version of an input's article.
    fn version(&self, input: &str, number: i64) -> Result<Option<Version>>;
    /// The validators of every input's latest successful fetch that has a stored version,
    /// for conditional GETs.
    fn validators(&self) -> Result<BTreeMap<String, Validators>>;
}
