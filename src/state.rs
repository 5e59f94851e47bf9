//! Incremental runs over the state store: only new work is done, every article's outcome is
//! recorded in one transaction, and changed articles get a claim diff.
//!
//! Also the run lock, which keeps two runs off one store: an exclusive lock on
//! `<state>.lock`, holding the pid and start time of its holder so a second run can say who
//! holds it.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};
use claimsift_classify::Classifier;
use claimsift_core::{
    Article, ArticleStatus, ClassifiedDocument, Fetched, InputError, diff_claims,
};
use claimsift_extract::ExtractOptions;
use claimsift_store::{Outcome, Previous, Record, RunId, SqliteStore, Store};
use rayon::prelude::*;

use crate::pipeline;
use crate::progress::Progress;

/// Where the state store lives unless `--state` says otherwise.
pub const DEFAULT_STATE: &str = ".claimsift/state.db";

/// The current time as RFC 3339 UTC, for the store's records (never for report output).
pub fn now() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

/// A content hash: BLAKE3, hex.
pub fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Another run holds the lock.
#[derive(Debug)]
pub struct Locked {
    pub path: PathBuf,
    pub holder: String,
}

impl std::fmt::Display for Locked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "another claimsift run holds the state lock {} ({})",
            self.path.display(),
            self.holder
        )
    }
}

impl std::error::Error for Locked {}

/// The exclusive run lock; released when dropped (or when the process dies, by the OS).
#[derive(Debug)]
pub struct RunLock {
    _file: File,
}

/// Takes the run lock beside `state`, or says who holds it.
pub fn lock(state: &Path) -> Result<RunLock> {
    create_parent(state)?;
    let path = PathBuf::from(format!("{}.lock", state.display()));
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .with_context(|| format!("cannot open lock file {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            let holder = if holder.is_empty() {
                "holder unknown".to_owned()
            } else {
                holder.to_owned()
            };
            return Err(Locked { path, holder }.into());
        }
        Err(std::fs::TryLockError::Error(error)) => {
            return Err(error).with_context(|| format!("cannot lock {}", path.display()));
        }
    }
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    write!(file, "pid {} since {}", std::process::id(), now())?;
    file.flush()?;
    Ok(RunLock { _file: file })
}

/// Opens the store at `path`, creating its folder.
pub fn open(path: &Path) -> Result<SqliteStore> {
    create_parent(path)?;
    Ok(SqliteStore::open(path)?)
}

fn create_parent(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create state folder {}", dir.display()))?;
    }
    Ok(())
}

/// Everything an incremental run needs besides the inputs.
pub struct Incremental<'a> {
    pub store: &'a mut dyn Store,
    pub run: RunId,
    /// Fingerprint of the pipeline: a change re-classifies unchanged inputs.
    pub fingerprint: &'a str,
    pub extract: &'a ExtractOptions,
    pub classifier: &'a Classifier,
    /// Set by SIGINT/SIGTERM: finish the current article, then stop.
    pub stop: &'a AtomicBool,
    pub progress: &'a Progress,
}

/// Inputs processed between two looks at the stop flag; their extraction and
/// classification run in parallel, their records are written one by one, in input order.
const CHUNK: usize = 32;

/// Processes fetched inputs against the store, in order. Returns one outcome per input
/// processed; inputs not reached because of a stop request are left out.
pub fn process(
    ctx: &mut Incremental<'_>,
    fetched: Vec<Result<Fetched, InputError>>,
) -> Result<Vec<claimsift_report::Outcome>> {
    let mut outcomes = Vec::with_capacity(fetched.len());
    let mut items = fetched.into_iter().peekable();
    while items.peek().is_some() {
        if ctx.stop.load(Ordering::SeqCst) {
            tracing::warn!("stop requested: finishing the run early");
            break;
        }
        let chunk: Vec<_> = items.by_ref().take(CHUNK).collect();
        // 1. Decide, from the store, what each input needs (reads only).
        let plans: Vec<Plan> = chunk
            .into_iter()
            .map(|item| plan(&*ctx.store, ctx.fingerprint, item))
            .collect::<Result<_>>()?;
        // 2. Extract and classify what needs it, in parallel.
        let (extract, classifier) = (ctx.extract, ctx.classifier);
        let worked: Vec<Worked> = plans
            .into_par_iter()
            .map(|plan| work(plan, extract, classifier))
            .collect();
        // 3. Record each outcome in its own transaction, in input order.
        for worked in worked {
            let outcome = finish(ctx, worked)?;
            match &outcome {
                Ok(entry) => {
                    let status = entry.status.map_or("done", |s| s.as_str());
                    ctx.progress.done(&entry.input, status);
                }
                Err(error) => ctx.progress.done(&error.input, "failed"),
            }
            outcomes.push(outcome);
        }
    }
    Ok(outcomes)
}

/// What one input needs, decided from the store.
enum Plan {
    Failed(InputError),
    /// Same bytes (or a 304) through the same pipeline: the stored version stands.
    Reuse {
        fetched: Fetched,
        content_hash: String,
        article: Box<Article>,
        document: Box<ClassifiedDocument>,
    },
    /// Extract (or, after a 304 with a changed pipeline, re-read the stored article) and
    /// classify.
    Process {
        fetched: Fetched,
        content_hash: String,
        previous: Option<Box<Previous>>,
    },
}

/// A plan carried out: ready to record.
// At most CHUNK of these live at once, so boxing the large variant would buy nothing.
#[allow(clippy::large_enum_variant)]
enum Worked {
    Failed(InputError),
    Reuse {
        fetched: Fetched,
        content_hash: String,
        article: Box<Article>,
        document: Box<ClassifiedDocument>,
    },
    Processed {
        fetched: Fetched,
        content_hash: String,
        previous: Option<Box<Previous>>,
        result: Result<(Article, ClassifiedDocument), InputError>,
    },
}

fn plan(store: &dyn Store, fingerprint: &str, item: Result<Fetched, InputError>) -> Result<Plan> {
    let fetched = match item {
        Ok(fetched) => fetched,
        Err(error) => return Ok(Plan::Failed(error)),
    };
    let previous = store.previous(&fetched.input)?;
    // A 304 carries no body: the document is the one stored last time.
    let content_hash = if fetched.not_modified {
        previous
            .as_ref()
            .and_then(|p| p.content_hash.clone())
            .unwrap_or_default()
    } else {
        hash(&fetched.bytes)
    };
    let version = previous.as_ref().and_then(|p| p.version.as_ref());
    if fetched.not_modified && version.is_none() {
        return Ok(Plan::Failed(InputError {
            input: fetched.input.clone(),
            error: "server answered 304 Not Modified but no earlier version is stored".to_owned(),
        }));
    }
    if let Some(prev) = &previous
        && let Some(version) = &prev.version
        && (fetched.not_modified || prev.content_hash.as_deref() == Some(content_hash.as_str()))
        && prev.pipeline.as_deref() == Some(fingerprint)
        && let Ok(article) = serde_json::from_str::<Article>(&version.article_json)
    {
        return Ok(Plan::Reuse {
            fetched,
            content_hash,
            article: Box::new(article),
            document: Box::new(version.document.clone()),
        });
    }
    Ok(Plan::Process {
        fetched,
        content_hash,
        previous: previous.map(Box::new),
    })
}

fn work(plan: Plan, extract: &ExtractOptions, classifier: &Classifier) -> Worked {
    match plan {
        Plan::Failed(error) => Worked::Failed(error),
        Plan::Reuse {
            fetched,
            content_hash,
            article,
            document,
        } => Worked::Reuse {
            fetched,
            content_hash,
            article,
            document,
        },
        Plan::Process {
            fetched,
            content_hash,
            previous,
        } => {
            let stored = previous.as_ref().and_then(|p| p.version.as_ref());
            let article = match stored.filter(|_| fetched.not_modified) {
                // Not modified, but the pipeline changed: classify the stored article again.
                Some(version) => {
                    serde_json::from_str::<Article>(&version.article_json).map_err(|e| InputError {
                        input: fetched.input.clone(),
                        error: format!("stored article does not parse: {e}"),
                    })
                }
                None => pipeline::extract(&fetched, extract),
            };
            let result = article.map(|article| {
                let doc = classifier.classify(&article);
                (article, doc)
            });
            Worked::Processed {
                fetched,
                content_hash,
                previous,
                result,
            }
        }
    }
}

fn failed<'a>(error: &'a InputError, fetched_at: &'a str, fingerprint: &'a str) -> Record<'a> {
    Record {
        input: &error.input,
        final_url: None,
        http_status: None,
        etag: None,
        last_modified: None,
        content_hash: None,
        pipeline: Some(fingerprint),
        fetched_at,
        outcome: Outcome::Failed {
            error: &error.error,
        },
    }
}

/// The store record of a fetched input.
fn record<'a>(
    fetched: &'a Fetched,
    content_hash: &'a str,
    fingerprint: &'a str,
    fetched_at: &'a str,
    outcome: Outcome<'a>,
) -> Record<'a> {
    Record {
        input: &fetched.input,
        final_url: fetched.url.as_deref(),
        http_status: fetched.status,
        etag: fetched.etag.as_deref(),
        last_modified: fetched.last_modified.as_deref(),
        content_hash: Some(content_hash),
        pipeline: Some(fingerprint),
        fetched_at,
        outcome,
    }
}

/// Records one input's outcome and builds its report entry.
fn finish(ctx: &mut Incremental<'_>, worked: Worked) -> Result<claimsift_report::Outcome> {
    let at = now();
    let fingerprint = ctx.fingerprint;
    match worked {
        Worked::Failed(error) => {
            ctx.store
                .record(ctx.run, &failed(&error, &at, fingerprint))?;
            Ok(Err(error))
        }
        Worked::Reuse {
            fetched,
            content_hash,
            article,
            document,
        } => {
            let unchanged = record(
                &fetched,
                &content_hash,
                fingerprint,
                &at,
                Outcome::Unchanged,
            );
            ctx.store.record(ctx.run, &unchanged)?;
            let mut entry = claimsift_report::article_report(*article, *document);
            entry.status = Some(ArticleStatus::Unchanged);
            Ok(Ok(entry))
        }
        Worked::Processed {
            fetched,
            content_hash,
            previous,
            result,
        } => {
            let (article, doc) = match result {
                Ok(pair) => pair,
                Err(error) => {
                    ctx.store
                        .record(ctx.run, &failed(&error, &at, fingerprint))?;
                    return Ok(Err(error));
                }
            };
            let text_hash = hash(doc.text.as_bytes());
            let last = previous.as_ref().and_then(|p| p.version.as_ref());
            let same_text = last.is_some_and(|v| v.text_hash == text_hash);
            let same_pipeline = last.is_some_and(|v| v.pipeline == fingerprint);
            let (status, changes) = if same_text && same_pipeline {
                // New bytes (an ad, a timestamp) but the same article: no new version.
                let unchanged = record(
                    &fetched,
                    &content_hash,
                    fingerprint,
                    &at,
                    Outcome::Unchanged,
                );
                ctx.store.record(ctx.run, &unchanged)?;
                (ArticleStatus::Unchanged, None)
            } else {
                let diff = last.map(|v| diff_claims(&v.document.claims, &doc.claims));
                let article_json = serde_json::to_string(&article)?;
                let new_version = Outcome::NewVersion {
                    text_hash: &text_hash,
                    document: &doc,
                    article_json: &article_json,
                    changes: diff.as_ref(),
                };
                ctx.store.record(
                    ctx.run,
                    &record(&fetched, &content_hash, fingerprint, &at, new_version),
                )?;
                match last {
                    None => (ArticleStatus::New, None),
                    // Same text, re-classified by a changed pipeline.
                    Some(_) if same_text => (ArticleStatus::Unchanged, None),
                    Some(_) => (ArticleStatus::Changed, diff),
                }
            };
            let mut entry = claimsift_report::article_report(article, doc);
            entry.status = Some(status);
            entry.changes = changes;
            Ok(Ok(entry))
        }
    }
}

/// Fingerprint of everything that decides an article's claims: claimsift's version, the
/// settings, and the lexicon texts in use. Hashing the texts (not file times) keeps it
/// stable across checkouts.
pub fn fingerprint(parts: &[(&str, &str)]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    for (name, value) in parts {
        hasher.update(&(name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update(&(value.len() as u64).to_le_bytes());
        hasher.update(value.as_bytes());
    }
    hasher.finalize().to_hex()[..16].to_owned()
}
