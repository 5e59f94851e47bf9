//! The fetch stage: resolves the user's inputs (files, directories, `-` for standard input,
//! http(s) URLs) into raw [`Fetched`] documents.
//!
//! This is the only stage that does IO. It does not decode or interpret articles: it hands
//! over bytes, the final URL and the server's `Content-Type`, and the extract stage
//! decides what they say. The one thing it reads is whether a document lists other
//! documents — a feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed), a sitemap or sitemap index —
//! because those expand into the articles they list (see the `expand` module's rules).
//!
//! # Invariants
//!
//! * [`fetch_all`] returns one result per expanded input, in input order; one bad input
//!   never stops the others. A directory expands to its article files in path order; a
//!   URL, named file or standard input that is a feed or sitemap (by its content, not its
//!   name) expands to its items in list order, each named by its URL, at most
//!   [`FetchOptions::max_feed_items`]. Feed and sitemap items are untrusted: they go
//!   through the scheme check, the SSRF guard, robots.txt and spacing like any URL.
//! * Nothing is returned over [`FetchOptions::max_bytes`]; limits are enforced while
//!   reading, not after.
//! * [`Fetched::content_type`] is the server's `Content-Type` for URLs; for local files it
//!   is the type the extension implies (`.html` → `text/html`, `.md` → `text/markdown`,
//!   `.txt` → `text/plain`...), and `None` for other extensions and standard input.
//! * Empty files and an empty standard input are errors ([`FetchError::Empty`]), so the
//!   message names the input rather than leaving an empty article for later stages.
//! * Over HTTP, no request goes to a loopback, private, link-local or otherwise internal
//!   address unless [`FetchOptions::allow_private_addresses`] is set; this holds on every
//!   redirect hop and for every address a name resolves to (see [`guard`]).
//! * Every document fetched over HTTP records the final response's status, `ETag` and
//!   `Last-Modified` ([`Fetched::status`], [`Fetched::etag`], [`Fetched::last_modified`]).
//!   With validators from an earlier run ([`Fetcher::with_validators`]) requests are
//!   conditional, and a `304 Not Modified` is a [`Fetched`] with `not_modified` set and no
//!   bytes, never an error.
//! * The library never prints; it logs through `tracing`.

mod error;
mod expand;
pub mod guard;
mod http;
mod input;
mod local;
mod retry;
mod sources;
#[cfg(feature = "test-server")]
pub mod test_server;

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use claimsift_core::{Fetched, Validators};
pub use error::{Failure, FetchError};
pub use expand::MAX_CHILD_SITEMAPS;
pub use http::is_article_type;
pub use input::Input;
pub use local::ARTICLE_EXTENSIONS;
pub use url::Url;

use local::Member;

/// The user agent claimsift sends by default: `claimsift/<version> (+<repository>)`.
pub const DEFAULT_USER_AGENT: &str = concat!(
    "claimsift/",
    env!("CARGO_PKG_VERSION"),
    " (+",
    env!("CARGO_PKG_REPOSITORY"),
    ")"
);

/// Limits and manners for one run. `Default` gives the values documented on each field.
///
/// Every field is meant to be configurable. Suggested configuration keys (`[fetch]`
/// table; times in seconds as numbers):
///
/// | field | key | default |
/// |---|---|---|
/// | `max_bytes` | `max_bytes` | 20 MiB |
/// | `connect_timeout` | `connect_timeout_secs` | 10 |
/// | `timeout` | `timeout_secs` | 30 |
/// | `max_redirects` | `max_redirects` | 10 |
/// | `user_agent` | `contact_url` (builds `claimsift/<version> (+URL)`) | [`DEFAULT_USER_AGENT`] |
/// | `allow_private_addresses` | `allow_private_addresses`, `--allow-private-addresses` | false |
/// | `respect_robots_txt` | `respect_robots_txt` | true |
/// | `per_host_delay` | `per_host_delay_secs` (0 turns rate limiting off) | 1 |
/// | `max_crawl_delay` | `max_crawl_delay_secs` | 30 |
/// | `max_concurrency` | `max_concurrency` | 8 |
/// | `max_retries` | `max_retries` | 3 |
/// | `retry_base_delay` | `retry_base_delay_secs` | 0.5 |
/// | `retry_max_delay` | `retry_max_delay_secs` | 10 |
/// | `max_retry_after` | `max_retry_after_secs` | 60 |
/// | `max_feed_items` | `max_feed_items` | 100 |
/// | `discover_feeds` | `discover_feeds` | false |
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Largest file, standard input or response body accepted. Default 20 MiB.
    pub max_bytes: u64,
    /// Time to set up a connection (TCP and TLS). Default 10 s.
    pub connect_timeout: Duration,
    /// Time for one whole request, body included. Default 30 s.
    pub timeout: Duration,
    /// Redirects followed before giving up. Default 10.
    pub max_redirects: usize,
    /// Sent with every request, and its product token (the part before `/`) is the name
    /// robots.txt rules are matched against. Default [`DEFAULT_USER_AGENT`].
    pub user_agent: String,
    /// Allow loopback, private and other internal addresses (see [`guard`]). Default
    /// false; tests against a local server set it.
    pub allow_private_addresses: bool,
    /// Fetch and obey each site's robots.txt. Default true.
    pub respect_robots_txt: bool,
    /// Least time between the end of one request to an origin and the start of the next.
    /// Default 1 s. Zero (with no robots.txt `Crawl-delay`) switches rate limiting off for
    /// an origin: its requests then run in parallel, up to `max_concurrency`.
    pub per_host_delay: Duration,
    /// Largest robots.txt `Crawl-delay` honoured; longer ones are cut to this. Default 30 s.
    pub max_crawl_delay: Duration,
    /// Requests in flight at once, over all origins (robots.txt requests included). Default
    /// 8; 0 counts as 1.
    pub max_concurrency: usize,
    /// Times a request is sent again after a timeout, connection error, 408, 429 or 5xx
    /// (never after any other 4xx). Default 3.
    pub max_retries: u32,
    /// First backoff wait; each retry doubles it, with jitter. Default 500 ms.
    pub retry_base_delay: Duration,
    /// Longest backoff wait. Default 10 s.
    pub retry_max_delay: Duration,
    /// Longest `Retry-After` honoured; a server asking for more fails the input with an
    /// error saying so. Default 60 s.
    pub max_retry_after: Duration,
    /// Most items fetched from one feed or sitemap: the first ones in feed order, or the
    /// newest in a news sitemap, after repeats are dropped; for a sitemap index, over all
    /// of its sitemaps together (of which at most [`MAX_CHILD_SITEMAPS`] are read). Items
    /// with a bad link count too. Default 100.
    pub max_feed_items: usize,
    /// Follow a page's advertised feed (`<link rel="alternate" type="application/rss+xml">`
    /// and the Atom and JSON Feed types). Default false. When true, an HTML page the user
    /// named is replaced by the items of the first feed it advertises, unless the page says
    /// it is an article (`og:type` `article`, or a JSON-LD article type): a front page or
    /// section page becomes its latest articles, while an article page (which usually
    /// advertises the site-wide feed too) stays itself. Pages found in feeds are never
    /// followed further.
    pub discover_feeds: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        Self {
            max_bytes: 20 * 1024 * 1024,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_redirects: 10,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            allow_private_addresses: false,
            respect_robots_txt: true,
            per_host_delay: Duration::from_secs(1),
            max_crawl_delay: Duration::from_secs(30),
            max_concurrency: 8,
            max_retries: 3,
            retry_base_delay: Duration::from_millis(500),
            retry_max_delay: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            max_feed_items: 100,
            discover_feeds: false,
        }
    }
}

type Stdin = Box<dyn Read + Send>;

/// What a progress callback hears about a run (see [`Fetcher::with_progress`]).
///
/// The number of results is `total` plus, for every `Expanded`, `items - 1`; exactly one
/// `Done` is sent per result, so a progress bar can start at `total`, grow its length by
/// `items - 1` on each `Expanded` and step on each `Done`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProgressEvent {
    /// `fetch_all` started on `total` inputs.
    Started { total: usize },
    /// One input (a directory, feed or sitemap) turned into `items` results.
    Expanded { input: String, items: usize },
    /// One result is ready: `ok` is false for a failure; `not_modified` for a 304.
    Done {
        input: String,
        ok: bool,
        not_modified: bool,
    },
    /// Every result is ready.
    Finished { results: usize },
}

/// A progress callback. It is called from the fetch tasks, so it must be quick (update a
/// bar, send on a channel) and must not block.
pub type ProgressFn = Arc<dyn Fn(ProgressEvent) + Send + Sync>;

/// Fetches inputs. Cheap to clone; clones share one HTTP client, one robots.txt cache,
/// per-origin spacing and the concurrency limit, so use one `Fetcher` per run.
#[derive(Clone)]
pub struct Fetcher {
    http: Arc<http::Http>,
    stdin: Arc<Mutex<Option<Stdin>>>,
    max_bytes: u64,
    max_feed_items: usize,
    discover_feeds: bool,
    validators: Arc<BTreeMap<String, Validators>>,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fetcher")
            .field("http", &self.http)
            .field("max_bytes", &self.max_bytes)
            .field("max_feed_items", &self.max_feed_items)
            .field("discover_feeds", &self.discover_feeds)
            .field("validators", &self.validators.len())
            .field("progress", &self.progress.is_some())
            .finish_non_exhaustive()
    }
}

/// The results of one input, once known; inputs fetched in the background are filled in
/// when their task ends.
type Slot = Option<Vec<Result<Fetched, Failure>>>;

impl Fetcher {
    /// A fetcher reading `-` from the process's standard input.
    #[must_use]
    pub fn new(opts: FetchOptions) -> Self {
        Self::with_stdin(opts, std::io::stdin())
    }

    /// A fetcher reading `-` from `reader` instead of standard input (for tests, or a
    /// binary that has already taken stdin).
    #[must_use]
    pub fn with_stdin(opts: FetchOptions, reader: impl Read + Send + 'static) -> Self {
        Self {
            max_bytes: opts.max_bytes,
            max_feed_items: opts.max_feed_items,
            discover_feeds: opts.discover_feeds,
            http: Arc::new(http::Http::new(opts)),
            stdin: Arc::new(Mutex::new(Some(Box::new(reader)))),
            validators: Arc::default(),
            progress: None,
        }
    }

    /// The validators (`ETag`, `Last-Modified`) of earlier responses, for conditional GETs.
    ///
    /// Keys are URLs: as the user gave them, or as found in a feed or sitemap (absolute,
    /// as [`Fetched::input`] names feed items). A URL is looked up by its input name
    /// first, then by its parsed form (`http://Example.com` is also found as
    /// `http://example.com/`). A request for a URL with validators carries
    /// `If-None-Match` and/or `If-Modified-Since`, on every redirect hop; a
    /// `304 Not Modified` answer becomes a [`Fetched`] with `not_modified: true`, empty
    /// `bytes`, `status: Some(304)`, the final URL, and the validators the 304 sent (or,
    /// where it sent none, the ones given here), so the caller can count the document as
    /// unchanged without downloading it.
    ///
    /// A feed or sitemap URL answered with 304 is one `not_modified` result named by the
    /// feed's URL (its items are not known without its body). Since a feed is never
    /// itself a result, a caller that stores validators per result never has any for a
    /// feed, so feeds are fetched in full and their items conditionally.
    #[must_use]
    pub fn with_validators(mut self, validators: BTreeMap<String, Validators>) -> Self {
        self.validators = Arc::new(validators);
        self
    }

    /// Calls `progress` as inputs start, expand and finish (see [`ProgressEvent`]). The
    /// library never prints; this is how a binary drives a progress bar.
    #[must_use]
    pub fn with_progress(mut self, progress: ProgressFn) -> Self {
        self.progress = Some(progress);
        self
    }

    fn event(&self, event: ProgressEvent) {
        if let Some(progress) = &self.progress {
            progress(event);
        }
    }

    /// Reports a finished result to the progress callback and hands it back.
    fn done(&self, result: Result<Fetched, Failure>) -> Result<Fetched, Failure> {
        if self.progress.is_some() {
            let (input, ok, not_modified) = match &result {
                Ok(f) => (f.input.clone(), true, f.not_modified),
                Err(e) => (e.input.clone(), false, false),
            };
            self.event(ProgressEvent::Done {
                input,
                ok,
                not_modified,
            });
        }
        result
    }

    fn validators_for(&self, input: &str, url: &Url) -> Option<&Validators> {
        self.validators
            .get(input)
            .or_else(|| self.validators.get(url.as_str()))
            .filter(|v| v.etag.is_some() || v.last_modified.is_some())
    }

    /// Fetches every input; see [`fetch_all`].
    pub async fn fetch_all(&self, inputs: &[String]) -> Vec<Result<Fetched, Failure>> {
        self.event(ProgressEvent::Started {
            total: inputs.len(),
        });
        let mut names: Vec<String> = Vec::new();
        let mut slots: Vec<Slot> = Vec::new();
        let mut tasks = tokio::task::JoinSet::new();
        for raw in inputs {
            let input = match Input::parse(raw) {
                Ok(input) => input,
                Err(error) => {
                    names.push(raw.clone());
                    slots.push(Some(vec![self.done(Err(failure(raw, error)))]));
                    continue;
                }
            };
            match input {
                Input::Url(url) => {
                    let index = slots.len();
                    names.push(raw.clone());
                    slots.push(None);
                    let this = self.clone();
                    let raw = raw.clone();
                    // URLs run concurrently (within the politeness limits) while local
                    // inputs below are read; results are put back in input order.
                    tasks.spawn(async move { (index, this.fetch_source(&raw, url).await) });
                }
                Input::Stdin => {
                    let result = self.read_stdin().await.map_err(|e| failure(raw, e));
                    names.push(raw.clone());
                    self.local_result(result, true, &mut slots, &mut tasks);
                }
                Input::Path(path) => {
                    let name = raw.clone();
                    let members = tokio::task::spawn_blocking(move || local::expand(&name, &path))
                        .await
                        .unwrap_or_else(|e| {
                            vec![Member::Error {
                                name: raw.clone(),
                                error: FetchError::Io(e.to_string()),
                            }]
                        });
                    if members.len() != 1 {
                        self.event(ProgressEvent::Expanded {
                            input: raw.clone(),
                            items: members.len(),
                        });
                    }
                    for member in members {
                        let (name, named, result) = match member {
                            Member::Error { name, error } => (name.clone(), false, Err(error)),
                            Member::File { name, path, named } => {
                                let max = self.max_bytes;
                                let task_name = name.clone();
                                let result = tokio::task::spawn_blocking(move || {
                                    local::read_file(&task_name, &path, max)
                                })
                                .await
                                .unwrap_or_else(|e| Err(FetchError::Io(e.to_string())));
                                (name, named, result)
                            }
                        };
                        let result = result.map_err(|e| failure(&name, e));
                        names.push(name);
                        self.local_result(result, named, &mut slots, &mut tasks);
                    }
                }
            }
        }
        while let Some(joined) = tasks.join_next().await {
            match joined {
                Ok((index, results)) => {
                    if let Some(slot) = slots.get_mut(index) {
                        *slot = Some(results);
                    }
                }
                Err(error) => tracing::error!(%error, "a fetch task failed"),
            }
        }
        let results: Vec<Result<Fetched, Failure>> = slots
            .into_iter()
            .zip(names)
            .flat_map(|(slot, name)| {
                slot.unwrap_or_else(|| {
                    vec![self.done(Err(failure(
                        &name,
                        FetchError::Http("the fetch task failed".into()),
                    )))]
                })
            })
            .collect();
        self.event(ProgressEvent::Finished {
            results: results.len(),
        });
        results
    }

    /// Files the result of a local input: a feed or sitemap (by content) is expanded in
    /// the background, its items fetched over HTTP; anything else is ready as it is.
    /// Directory members are never expanded: only a file the user named is (a directory
    /// walk keeps only article extensions anyway).
    fn local_result(
        &self,
        result: Result<Fetched, Failure>,
        named: bool,
        slots: &mut Vec<Slot>,
        tasks: &mut tokio::task::JoinSet<(usize, Vec<Result<Fetched, Failure>>)>,
    ) {
        match result {
            Ok(fetched)
                if named
                    && (sources::sniff(&fetched.bytes) != sources::Kind::Page
                        || fetched.bytes.starts_with(&[0x1f, 0x8b])) =>
            {
                let index = slots.len();
                slots.push(None);
                let this = self.clone();
                tasks.spawn(async move { (index, this.expand(fetched).await) });
            }
            other => slots.push(Some(vec![self.done(other)])),
        }
    }

    /// Fetches one http(s) URL as an article (no feed detection). `input` is the name
    /// recorded in [`Fetched::input`].
    ///
    /// # Errors
    /// Any [`FetchError`] that names a network, HTTP or policy failure.
    pub async fn fetch_url(&self, input: &str, url: Url) -> Result<Fetched, FetchError> {
        self.fetch_as(input, url, http::Purpose::Page).await
    }

    async fn fetch_as(
        &self,
        input: &str,
        url: Url,
        purpose: http::Purpose,
    ) -> Result<Fetched, FetchError> {
        let validators = self.validators_for(input, &url);
        let result = self.http.fetch(url.clone(), validators, purpose).await;
        match &result {
            Ok(r) => tracing::debug!(%url, final_url = %r.url, status = r.status,
                bytes = r.bytes.len(), not_modified = r.not_modified, "fetched"),
            Err(error) => tracing::warn!(%url, %error, "fetch failed"),
        }
        let response = result?;
        let (etag, last_modified) = if response.not_modified {
            // RFC 9111 §4.3.4: a 304's validators update the stored ones; those it leaves
            // out stay as they were.
            let old = validators.cloned().unwrap_or_default();
            (
                response.etag.or(old.etag),
                response.last_modified.or(old.last_modified),
            )
        } else {
            (response.etag, response.last_modified)
        };
        Ok(Fetched {
            input: input.to_owned(),
            url: Some(response.url.to_string()),
            content_type: response.content_type,
            bytes: response.bytes,
            status: Some(response.status),
            etag,
            last_modified,
            not_modified: response.not_modified,
        })
    }

    async fn read_stdin(&self) -> Result<Fetched, FetchError> {
        let reader = self
            .stdin
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
            .ok_or(FetchError::StdinAlreadyRead)?;
        let max = self.max_bytes;
        tokio::task::spawn_blocking(move || local::read_stdin(reader, max))
            .await
            .unwrap_or_else(|e| Err(FetchError::Io(e.to_string())))
    }
}

fn failure(input: &str, error: FetchError) -> Failure {
    Failure {
        input: input.to_owned(),
        error,
    }
}

/// Expands inputs in order: a directory becomes its article files (recursively, sorted by
/// path, hidden files skipped; extensions .html .htm .xhtml .txt .text .md); a feed or
/// sitemap (a URL, a named file or standard input, recognised by content) becomes its
/// items, fetched over HTTP; any other file or URL stays one item.
///
/// Each item is `Ok(Fetched)` or `Err(Failure)` naming the input; one bad input never
/// stops the others, and order is preserved. URLs are fetched concurrently within the
/// limits of [`FetchOptions`]. `-` reads standard input, once.
pub async fn fetch_all(inputs: &[String], opts: &FetchOptions) -> Vec<Result<Fetched, Failure>> {
    Fetcher::new(opts.clone()).fetch_all(inputs).await
}

/// [`fetch_all`] on a runtime of its own, for callers without one.
///
/// Must not be called from inside a tokio runtime (tokio forbids blocking there).
pub fn fetch_all_blocking(inputs: &[String], opts: &FetchOptions) -> Vec<Result<Fetched, Failure>> {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(fetch_all(inputs, opts)),
        Err(error) => inputs
            .iter()
            .map(|input| Err(failure(input, FetchError::Client(error.to_string()))))
            .collect(),
    }
}
