//! Fetching one URL: redirects, the SSRF guard, robots.txt, per-host spacing, retries, and
//! the size and content-type limits.
//!
//! Redirects are followed here, one hop at a time, rather than by the HTTP client, so that
//! every hop goes through the same checks as the first request: scheme, SSRF guard,
//! robots.txt of the hop's site, and that site's spacing.
//!
//! # Politeness
//!
//! State is kept per origin (scheme, host and port) for one [`Fetcher`](crate::Fetcher):
//!
//! * robots.txt is fetched once, before the first page of the origin, and obeyed for the
//!   product token of the user agent (`claimsift`). As RFC 9309 says, a 4xx answer means
//!   "no rules" and a 5xx (or 429) answer means "disallow everything"; a network failure
//!   fails the pages of that origin with the same error. The result is kept for the run.
//! * Requests to one origin go one at a time, at least
//!   `max(per_host_delay, Crawl-delay capped at max_crawl_delay)` after the previous one
//!   finished. Different origins proceed in parallel, at most `max_concurrency` requests
//!   at once overall.
//! * When that spacing is zero (`per_host_delay` zero and no `Crawl-delay`: rate limiting
//!   switched off), requests to one origin are not taken in turns either, and run in
//!   parallel up to `max_concurrency`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use claimsift_core::Validators;
use reqwest::header::{
    ACCEPT, CONTENT_TYPE, ETAG, HeaderValue, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
    LOCATION, RETRY_AFTER,
};
use tokio::sync::{OnceCell, Semaphore};
use tokio::time::Instant;
use tracing::{debug, warn};
use url::Url;

use crate::FetchOptions;
use crate::error::{FetchError, is_retryable_status};
use crate::guard::{self, GuardError, GuardedResolver};
use crate::retry;

/// How much of a robots.txt is read; RFC 9309 asks parsers to read at least 500 KiB.
const ROBOTS_MAX_BYTES: u64 = 512 * 1024;

/// What we ask for: the formats the extract stage reads.
const ACCEPT_ARTICLES: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,\
    application/rss+xml;q=0.9,application/atom+xml;q=0.9,application/feed+json;q=0.9,\
    text/plain;q=0.8,text/markdown;q=0.8";

/// Media types (the part before any `;`) accepted as articles.
const ARTICLE_TYPES: [&str; 11] = [
    "text/html",
    "application/xhtml+xml",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+xml",
    "text/plain",
    "text/markdown",
    "text/x-markdown",
];

/// True when a `Content-Type` names a format the extract stage can read.
#[must_use]
pub fn is_article_type(content_type: &str) -> bool {
    let essence = essence(content_type);
    ARTICLE_TYPES.contains(&essence.as_str())
}

/// True for the media types of a gzip file (a compressed sitemap, `sitemap.xml.gz`), as
/// opposed to a response compressed in transit (`Content-Encoding`), which the HTTP client
/// undoes itself.
pub(crate) fn is_gzip_type(content_type: &str) -> bool {
    matches!(
        essence(content_type).as_str(),
        "application/gzip" | "application/x-gzip"
    )
}

/// True for the JSON media types a JSON Feed is served as.
pub(crate) fn is_json_type(content_type: &str) -> bool {
    matches!(
        essence(content_type).as_str(),
        "application/feed+json" | "application/json"
    )
}

pub(crate) fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// What a request is for, which decides the content types accepted and the size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// An article: HTML, XHTML, XML, plain text or Markdown.
    Page,
    /// A document that may list others: an article type, a JSON feed
    /// (`application/feed+json`, `application/json`) or a gzip file (a compressed
    /// sitemap). The caller checks that JSON and gzip are what they may be.
    Source,
    Robots,
}

/// The final response of a fetch: a body, or `304 Not Modified` to a conditional request.
#[derive(Debug)]
pub(crate) struct Response {
    /// The URL that answered, after redirects.
    pub(crate) url: Url,
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) etag: Option<String>,
    pub(crate) last_modified: Option<String>,
    /// Empty for a 304.
    pub(crate) bytes: Vec<u8>,
    pub(crate) not_modified: bool,
}

/// What one exchange with a server ended in (errors aside).
#[derive(Debug)]
enum Outcome {
    Body(Response),
    Redirect(Url),
    Status {
        code: u16,
        reason: String,
        retry_after: Option<Duration>,
        attempts: u32,
        /// A `Retry-After` we would not wait for.
        refused_wait: Option<Duration>,
    },
}

/// A site's robots.txt as far as it matters to us.
#[derive(Debug)]
enum Robots {
    /// No robots.txt (4xx), an unreadable one, or robots.txt not consulted.
    AllowAll,
    Rules(texting_robots::Robot),
    /// robots.txt answered 5xx: the whole site is off limits (RFC 9309 §2.3.1.4).
    Unavailable(u16),
    /// robots.txt could not be fetched at all; its pages fail the same way.
    Failed(FetchError),
}

impl Robots {
    fn crawl_delay(&self) -> Option<Duration> {
        match self {
            Self::Rules(r) => r.delay.and_then(|d| Duration::try_from_secs_f32(d).ok()),
            _ => None,
        }
    }
}

/// Per-origin state.
#[derive(Debug, Default)]
struct Site {
    robots: OnceCell<Robots>,
    /// Held for the length of each page request; holds when the last one finished.
    turn: tokio::sync::Mutex<Option<Instant>>,
}

/// The HTTP side of a [`Fetcher`](crate::Fetcher): one client, one set of per-origin
/// state, one concurrency limit.
#[derive(Debug)]
pub(crate) struct Http {
    opts: FetchOptions,
    client: Result<reqwest::Client, FetchError>,
    sites: Mutex<HashMap<String, Arc<Site>>>,
    permits: Semaphore,
    robots_agent: String,
}

impl Http {
    pub(crate) fn new(opts: FetchOptions) -> Self {
        let client = reqwest::Client::builder()
            .user_agent(opts.user_agent.clone())
            .connect_timeout(opts.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(GuardedResolver {
                allow_private: opts.allow_private_addresses,
            })
            .no_proxy()
            .build()
            .map_err(|e| FetchError::Client(error_chain(&e)));
        let robots_agent = product_token(&opts.user_agent);
        let permits = Semaphore::new(opts.max_concurrency.clamp(1, Semaphore::MAX_PERMITS));
        Self {
            opts,
            client,
            sites: Mutex::new(HashMap::new()),
            permits,
            robots_agent,
        }
    }

    fn site(&self, url: &Url) -> Arc<Site> {
        let key = url.origin().ascii_serialization();
        let mut sites = self
            .sites
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Arc::clone(sites.entry(key).or_default())
    }

    /// Fetches one page, following redirects, and returns the final response.
    ///
    /// With `validators`, every hop is a conditional request (`If-None-Match`,
    /// `If-Modified-Since`), and a `304` ends the fetch with an empty, `not_modified`
    /// response instead of a body.
    pub(crate) async fn fetch(
        &self,
        url: Url,
        validators: Option<&Validators>,
        purpose: Purpose,
    ) -> Result<Response, FetchError> {
        let mut url = url;
        let mut redirects = 0;
        loop {
            guard::check_url(&url, self.opts.allow_private_addresses)?;
            let site = self.site(&url);
            if self.opts.respect_robots_txt {
                self.check_robots(&site, &url).await?;
            }
            match self.send(&site, &url, purpose, validators).await? {
                Outcome::Body(response) => return Ok(response),
                Outcome::Redirect(next) => {
                    redirects += 1;
                    if redirects > self.opts.max_redirects {
                        return Err(FetchError::TooManyRedirects(self.opts.max_redirects));
                    }
                    debug!(from = %url, to = %next, "following redirect");
                    url = next;
                }
                Outcome::Status {
                    code,
                    reason,
                    attempts,
                    refused_wait,
                    ..
                } => {
                    if let Some(wait) = refused_wait {
                        return Err(FetchError::RetryAfterTooLong {
                            code,
                            reason,
                            wait,
                            limit: self.opts.max_retry_after,
                        });
                    }
                    let error = FetchError::Status { code, reason };
                    return Err(gave_up(error, attempts));
                }
            }
        }
    }

    async fn check_robots(&self, site: &Site, url: &Url) -> Result<(), FetchError> {
        let robots = site.robots.get_or_init(|| self.load_robots(url)).await;
        match robots {
            Robots::AllowAll => Ok(()),
            Robots::Rules(rules) if rules.allowed(url.as_str()) => Ok(()),
            Robots::Rules(_) => Err(FetchError::RobotsDisallowed),
            Robots::Unavailable(code) => Err(FetchError::RobotsUnavailable(*code)),
            Robots::Failed(error) => Err(error.clone()),
        }
    }

    /// Fetches and parses robots.txt for the origin of `page`.
    async fn load_robots(&self, page: &Url) -> Robots {
        let Ok(mut url) = page.join("/robots.txt") else {
            return Robots::AllowAll;
        };
        let mut redirects = 0;
        // RFC 9309 asks crawlers to follow at least five redirects for robots.txt.
        let max_redirects = self.opts.max_redirects.max(5);
        let outcome = loop {
            if let Err(error) = guard::check_url(&url, self.opts.allow_private_addresses) {
                break Err(error);
            }
            let site = self.site(&url);
            match self.send(&site, &url, Purpose::Robots, None).await {
                Ok(Outcome::Redirect(next)) if redirects < max_redirects => {
                    redirects += 1;
                    url = next;
                }
                Ok(Outcome::Redirect(_)) => {
                    break Err(FetchError::TooManyRedirects(max_redirects));
                }
                other => break other,
            }
        };
        let robots = match outcome {
            Ok(Outcome::Body(response)) => {
                match texting_robots::Robot::new(&self.robots_agent, &response.bytes) {
                    Ok(rules) => {
                        if let Some(delay) = rules.delay
                            && f64::from(delay) > self.opts.max_crawl_delay.as_secs_f64()
                        {
                            warn!(%url, delay, limit = ?self.opts.max_crawl_delay,
                                "Crawl-delay cut to the limit");
                        }
                        Robots::Rules(rules)
                    }
                    Err(error) => {
                        warn!(%url, %error, "unreadable robots.txt; treating it as empty");
                        Robots::AllowAll
                    }
                }
            }
            // Rate limiting counts as a server error here, as Google's crawler treats it.
            Ok(Outcome::Status { code, .. }) if code >= 500 || code == 429 => {
                Robots::Unavailable(code)
            }
            // 4xx (and odd 1xx/3xx): no robots.txt, so no rules.
            Ok(Outcome::Status { .. } | Outcome::Redirect(_)) => Robots::AllowAll,
            Err(error @ FetchError::TooManyRedirects(_)) => {
                warn!(%url, %error, "robots.txt unreachable through redirects; no rules");
                Robots::AllowAll
            }
            Err(error) => Robots::Failed(error),
        };
        debug!(%url, ?robots, "robots.txt loaded");
        robots
    }

    /// One request, sent again while it fails in a way that may pass.
    async fn send(
        &self,
        site: &Site,
        url: &Url,
        purpose: Purpose,
        validators: Option<&Validators>,
    ) -> Result<Outcome, FetchError> {
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            let result = self.attempt(site, url, purpose, validators).await;
            let retry_after = match &result {
                Ok(Outcome::Status {
                    code, retry_after, ..
                }) if is_retryable_status(*code) => *retry_after,
                Err(error) if error.is_transient() => None,
                // Success, a final status, or a refusal (size, type, policy): done.
                Ok(_) | Err(_) => return result,
            };
            let exhausted = attempts > self.opts.max_retries;
            let too_long = retry_after.filter(|wait| *wait > self.opts.max_retry_after);
            if exhausted || too_long.is_some() {
                return match result {
                    Ok(Outcome::Status {
                        code,
                        reason,
                        retry_after,
                        ..
                    }) => Ok(Outcome::Status {
                        code,
                        reason,
                        retry_after,
                        attempts,
                        refused_wait: too_long,
                    }),
                    other => other.map_err(|e| gave_up(e, attempts)),
                };
            }
            let wait = retry_after.unwrap_or_else(|| {
                retry::backoff(
                    attempts,
                    self.opts.retry_base_delay,
                    self.opts.retry_max_delay,
                )
            });
            match &result {
                Ok(Outcome::Status { code, .. }) => {
                    warn!(%url, status = code, attempt = attempts, ?wait, "retrying");
                }
                Err(error) => warn!(%url, %error, attempt = attempts, ?wait, "retrying"),
                Ok(_) => {}
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// One exchange, after waiting for the origin's turn (pages only) and a global permit.
    async fn attempt(
        &self,
        site: &Site,
        url: &Url,
        purpose: Purpose,
        validators: Option<&Validators>,
    ) -> Result<Outcome, FetchError> {
        let mut turn = match purpose {
            // Rate limiting off for this origin: no turns either.
            Purpose::Page | Purpose::Source if self.spacing(site).is_zero() => None,
            Purpose::Page | Purpose::Source => {
                let turn = site.turn.lock().await;
                if let Some(last) = *turn {
                    tokio::time::sleep_until(last + self.spacing(site)).await;
                }
                Some(turn)
            }
            Purpose::Robots => None,
        };
        let permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| FetchError::Client(e.to_string()))?;
        let exchange = self.exchange(url, purpose, validators);
        let result = tokio::time::timeout(self.opts.timeout, exchange)
            .await
            .unwrap_or(Err(FetchError::Timeout(self.opts.timeout)));
        drop(permit);
        if let Some(turn) = turn.as_mut() {
            **turn = Some(Instant::now());
        }
        result
    }

    fn spacing(&self, site: &Site) -> Duration {
        let crawl_delay = site
            .robots
            .get()
            .and_then(Robots::crawl_delay)
            .map(|d| d.min(self.opts.max_crawl_delay));
        crawl_delay.map_or(self.opts.per_host_delay, |d| {
            d.max(self.opts.per_host_delay)
        })
    }

    async fn exchange(
        &self,
        url: &Url,
        purpose: Purpose,
        validators: Option<&Validators>,
    ) -> Result<Outcome, FetchError> {
        let client = self.client.as_ref().map_err(Clone::clone)?;
        debug!(%url, ?purpose, "GET");
        let mut request = client.get(url.clone()).header(ACCEPT, ACCEPT_ARTICLES);
        let mut conditional = false;
        if let Some(validators) = validators {
            // A stored validator that is not a valid header value (it came from an old
            // response, or a hand-edited store) is left out rather than failing the fetch.
            if let Some(etag) = header_value(validators.etag.as_deref()) {
                request = request.header(IF_NONE_MATCH, etag);
                conditional = true;
            }
            if let Some(date) = header_value(validators.last_modified.as_deref()) {
                request = request.header(IF_MODIFIED_SINCE, date);
                conditional = true;
            }
        }
        let mut response = request.send().await.map_err(|e| self.map_error(&e))?;
        let status = response.status();
        let code = status.as_u16();
        let etag = header_text(response.headers(), &ETAG);
        let last_modified = header_text(response.headers(), &LAST_MODIFIED);
        if code == 304 && conditional {
            return Ok(Outcome::Body(Response {
                url: url.clone(),
                status: code,
                content_type: None,
                etag,
                last_modified,
                bytes: Vec::new(),
                not_modified: true,
            }));
        }
        if matches!(code, 301 | 302 | 303 | 307 | 308) {
            let next = response
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|location| url.join(location).ok())
                .ok_or(FetchError::BadRedirect { code })?;
            return Ok(Outcome::Redirect(next));
        }
        if !status.is_success() {
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| retry::parse_retry_after(v, SystemTime::now()));
            return Ok(Outcome::Status {
                code,
                reason: status
                    .canonical_reason()
                    .unwrap_or("(unknown status)")
                    .to_owned(),
                retry_after,
                attempts: 1,
                refused_wait: None,
            });
        }
        let content_type = header_text(response.headers(), &CONTENT_TYPE);
        let accepted = |ct: &str| match purpose {
            Purpose::Page => is_article_type(ct),
            Purpose::Source => is_article_type(ct) || is_json_type(ct) || is_gzip_type(ct),
            Purpose::Robots => true,
        };
        if let Some(ct) = content_type.as_deref().filter(|ct| !accepted(ct)) {
            return Err(FetchError::UnsupportedContentType(essence(ct)));
        }
        let limit = match purpose {
            Purpose::Page | Purpose::Source => self.opts.max_bytes,
            Purpose::Robots => ROBOTS_MAX_BYTES,
        };
        if purpose != Purpose::Robots && response.content_length().is_some_and(|n| n > limit) {
            return Err(FetchError::ResponseTooLarge { limit });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.map_error(&e))? {
            let room = usize::try_from(limit)
                .unwrap_or(usize::MAX)
                .saturating_sub(bytes.len());
            if chunk.len() > room {
                match purpose {
                    Purpose::Page | Purpose::Source => {
                        return Err(FetchError::ResponseTooLarge { limit });
                    }
                    // Rules past the limit are ignored, as RFC 9309 allows.
                    Purpose::Robots => {
                        bytes.extend_from_slice(&chunk[..room]);
                        break;
                    }
                }
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Outcome::Body(Response {
            url: url.clone(),
            status: code,
            content_type,
            etag,
            last_modified,
            bytes,
            not_modified: false,
        }))
    }

    /// Names a client error by its cause, looking through the error's sources.
    fn map_error(&self, error: &reqwest::Error) -> FetchError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(current) = source {
            if let Some(guard) = current.downcast_ref::<GuardError>() {
                return guard.0.clone();
            }
            if let Some(io) = current.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::ConnectionRefused
            {
                return FetchError::ConnectionRefused;
            }
            source = current.source();
        }
        if error.is_timeout() {
            return if error.is_connect() {
                FetchError::ConnectTimeout(self.opts.connect_timeout)
            } else {
                FetchError::Timeout(self.opts.timeout)
            };
        }
        let text = error_chain(error);
        if error.is_connect() {
            FetchError::Connect(text)
        } else if error.is_builder() {
            FetchError::InvalidUrl(text)
        } else {
            FetchError::Http(text)
        }
    }
}

/// A header's value as text, when it is there and visible ASCII.
fn header_text(
    headers: &reqwest::header::HeaderMap,
    name: &reqwest::header::HeaderName,
) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// A stored validator as a request header value; `None` when absent, empty or unsendable.
fn header_value(text: Option<&str>) -> Option<HeaderValue> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .and_then(|t| HeaderValue::from_str(t).ok())
}

fn gave_up(error: FetchError, attempts: u32) -> FetchError {
    if attempts > 1 {
        FetchError::GaveUp {
            attempts,
            last: Box::new(error),
        }
    } else {
        error
    }
}

/// "claimsift" from "claimsift/0.1.0 (+https://...)": the name robots.txt groups match.
fn product_token(user_agent: &str) -> String {
    user_agent
        .split(|c: char| c == '/' || c.is_whitespace())
        .next()
        .filter(|t| !t.is_empty())
        .unwrap_or("claimsift")
        .to_owned()
}

/// An error and its sources as one line, without repeats.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = vec![error.to_string()];
    let mut source = error.source();
    while let Some(current) = source {
        let text = current.to_string();
        if parts.last().is_none_or(|last| !last.contains(&text)) {
            parts.push(text);
        }
        source = current.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_types() {
        for ok in [
            "text/html",
            "text/html; charset=utf-8",
            "TEXT/HTML",
            "application/xhtml+xml",
            "application/rss+xml",
            "application/atom+xml",
            "text/xml",
            "text/plain;charset=latin1",
        ] {
            assert!(is_article_type(ok), "{ok}");
        }
        for bad in [
            "image/png",
            "application/pdf",
            "application/json",
            "image/svg+xml",
            "",
        ] {
            assert!(!is_article_type(bad), "{bad}");
        }
    }

    #[test]
    fn robots_product_token() {
        assert_eq!(product_token("claimsift/0.1.0 (+https://x)"), "claimsift");
        assert_eq!(product_token("MyBot"), "MyBot");
        assert_eq!(product_token(""), "claimsift");
    }
}
