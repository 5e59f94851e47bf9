//! The plain data that flows between claimsift's stages.
//!
//! Every stage crate depends on this one and on no other stage: `fetch` produces
//! [`Fetched`] documents, `extract` turns them into [`Article`]s, `claim-classify` turns an
//! article into a [`ClassifiedDocument`], and `report` renders a [`Report`]. Only the binary
//! knows the whole pipeline.
//!
//! # Invariants
//!
//! * Every span (`start`, `end`) is a pair of UTF-8 byte offsets into the text of the
//!   document it travels with, both on `char` boundaries, `start <= end`. Constructors in
//!   this crate check this; [`Article::check_spans`] and [`ClassifiedDocument::check_spans`]
//!   verify a whole document.
//! * Collections are ordered by position in the text (claims by score, see
//!   [`ClassifiedDocument::claims`]); nothing here iterates a hash map into output.
//! * The serialised names are the JSON contract of [`SCHEMA`]; renaming one is a breaking
//!   change for users.

mod article;
mod claim;
mod diff;
mod report;
mod span;

pub use article::{Article, Block, BlockKind, Metadata, Sentence};
pub use claim::{
    Attribution, Claim, ClaimKind, ClassifiedDocument, Evidence, EvidenceKind, HedgeCategory,
    HedgeCue, Hedging, SentenceResult, SourceKind,
};
pub use diff::{ClaimChange, ClaimChanges, diff_claims};
pub use report::{
    ArticleReport, ArticleStatus, Fetched, InputError, Report, RunSummary, Validators,
};
pub use span::{Span, SpanError, TextSpan};

/// The version tag of every JSON document claimsift writes.
pub const SCHEMA: &str = "claimsift/1";

/// Rounds a score to three decimals so that JSON output is short and stable.
#[must_use]
pub fn round_score(score: f64) -> f64 {
    if score.is_finite() {
        (score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
    } else {
        0.0
    }
}
