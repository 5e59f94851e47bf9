//! The one error type of the fetch stage, and [`Failure`], an error tied to the input it
//! belongs to.
//!
//! Every message names its cause in words a user can act on ("not found", "HTTP 404 Not
//! Found", "timed out after 30s"); the input itself is added by [`Failure`]'s `Display`, so
//! messages never repeat it.

use std::fmt;
use std::time::Duration;

/// Why one input could not be fetched.
///
/// The type is `Clone` (it holds no IO sources, only their text) so that a result shared by
/// several fetches, such as a host's robots.txt outcome, can be handed to each of them.
#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FetchError {
    /// A path that does not exist.
    #[error("not found")]
    NotFound,
    /// A path the process may not read.
    #[error("permission denied")]
    PermissionDenied,
    /// Any other IO failure while reading a path or standard input.
    #[error("could not read: {0}")]
    Io(String),
    /// A directory holding no file with an article extension.
    #[error("is a directory with no articles (.html, .htm, .xhtml, .txt, .text, .md)")]
    EmptyDirectory,
    /// A file or standard input with no bytes at all.
    #[error("is empty")]
    Empty,
    /// A local file over [`FetchOptions::max_bytes`](crate::FetchOptions).
    #[error("file larger than {}", Size(*limit))]
    FileTooLarge { limit: u64 },
    /// An HTTP response body over [`FetchOptions::max_bytes`](crate::FetchOptions).
    #[error("response larger than {}", Size(*limit))]
    ResponseTooLarge { limit: u64 },
    /// Standard input over [`FetchOptions::max_bytes`](crate::FetchOptions).
    #[error("standard input larger than {}", Size(*limit))]
    StdinTooLarge { limit: u64 },
    /// A second `-`: standard input can only be read once.
    #[error("standard input was already read by an earlier '-'")]
    StdinAlreadyRead,
    /// Text that starts like an http(s) URL but does not parse as one.
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// A URL whose scheme is not `http` or `https`.
    #[error("unsupported URL scheme '{0}'")]
    UnsupportedScheme(String),
    /// A response whose status is not a success or a followed redirect.
    #[error("HTTP {code} {reason}")]
    Status { code: u16, reason: String },
    /// Nothing listens on the server's port.
    #[error("connection refused")]
    ConnectionRefused,
    /// The TCP (and TLS) connection was not set up within the connect timeout.
    #[error("connection timed out after {}", Secs(*.0))]
    ConnectTimeout(Duration),
    /// The whole request, body included, took longer than the total timeout.
    #[error("timed out after {}", Secs(*.0))]
    Timeout(Duration),
    /// The host name does not resolve.
    #[error("could not resolve host '{host}': {message}")]
    Dns { host: String, message: String },
    /// Any other failure to connect (TLS, reset, unreachable network...).
    #[error("connection failed: {0}")]
    Connect(String),
    /// A failure after connecting (a broken body, bad framing, a decoding error...).
    #[error("HTTP error: {0}")]
    Http(String),
    /// More redirects than [`FetchOptions::max_redirects`](crate::FetchOptions).
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(usize),
    /// A redirect whose `Location` is missing or not a URL.
    #[error("redirect ({code}) without a usable Location header")]
    BadRedirect { code: u16 },
    /// A response whose `Content-Type` is not an article format.
    #[error(
        "unsupported content type '{0}' (expected HTML, XHTML, XML, an RSS/Atom feed or plain text)"
    )]
    UnsupportedContentType(String),
    /// The host is, or resolves to, an address that must not be fetched: loopback, private,
    /// link-local... while private addresses are not allowed, or a cloud metadata endpoint,
    /// which is never fetched.
    #[error(
        "refused to fetch from '{host}': it is {addr}, a {kind} address ({})",
        blocked_because(.kind)
    )]
    Blocked {
        host: String,
        addr: String,
        kind: &'static str,
    },
    /// The site's robots.txt disallows the URL for our user agent.
    #[error("disallowed by the site's robots.txt")]
    RobotsDisallowed,
    /// robots.txt answered with a server error, which RFC 9309 says means "disallow all".
    #[error("the site's robots.txt is unavailable (HTTP {0}), so the whole site is off limits")]
    RobotsUnavailable(u16),
    /// The server asked us to come back later than we are willing to wait.
    #[error(
        "HTTP {code} {reason}; the server asked to retry after {}, longer than the {} limit",
        Secs(*wait),
        Secs(*limit)
    )]
    RetryAfterTooLong {
        code: u16,
        reason: String,
        wait: Duration,
        limit: Duration,
    },
    /// The last error of a fetch that was retried until the retry budget ran out.
    #[error("{last} (gave up after {attempts} attempts)")]
    GaveUp {
        attempts: u32,
        last: Box<FetchError>,
    },
    /// A feed (by its content: RSS, Atom or JSON Feed) that does not parse.
    #[error("feed does not parse: {0}")]
    Feed(String),
    /// A sitemap (by its content: `<urlset>` or `<sitemapindex>`) that does not parse.
    #[error("sitemap does not parse: {0}")]
    Sitemap(String),
    /// A feed or sitemap that lists nothing to fetch.
    #[error("is a {0} with no items to fetch")]
    NoItems(&'static str),
    /// A feed item with neither a link nor a URL for an id.
    #[error("feed item has no link")]
    NoItemLink,
    /// A sitemap index listed in a sitemap index: expansion goes one level deep.
    #[error("is a sitemap index inside a sitemap index; only one level is expanded")]
    NestedSitemapIndex,
    /// A page's advertised feed (see `FetchOptions::discover_feeds`) could not be used.
    #[error("its advertised feed {feed}: {error}")]
    DiscoveredFeed {
        feed: String,
        error: Box<FetchError>,
    },
    /// The HTTP client could not be built (for example, no TLS root certificates).
    #[error("could not set up the HTTP client: {0}")]
    Client(String),
}

impl FetchError {
    /// Maps an IO error on a path to the variants a user recognises.
    pub(crate) fn from_io(error: &std::io::Error) -> Self {
        match error.kind() {
            std::io::ErrorKind::NotFound => Self::NotFound,
            std::io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            _ => Self::Io(error.to_string()),
        }
    }

    /// True for failures that may go away when the request is sent again: timeouts,
    /// connection errors and broken transfers. Never true for 4xx statuses, refusals by
    /// policy (SSRF guard, robots.txt, size, content type) or unresolvable hosts.
    #[must_use]
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::ConnectionRefused
                | Self::ConnectTimeout(_)
                | Self::Timeout(_)
                | Self::Connect(_)
                | Self::Http(_)
        ) || matches!(self, Self::Status { code, .. } if is_retryable_status(*code))
    }
}

/// Statuses worth sending again: rate limiting and the server errors that are usually
/// temporary. 501 (Not Implemented) and 505 (HTTP Version Not Supported) will not change.
pub(crate) fn is_retryable_status(code: u16) -> bool {
    matches!(code, 408 | 429 | 500 | 502 | 503 | 504)
}

/// An input that could not be fetched, with the name the user gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The input as the user named it, or for a directory member, the member's path.
    pub input: String,
    pub error: FetchError,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.error)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// A byte count in the unit a person would use: "20 MiB", "64 KiB", "1000 bytes".
struct Size(u64);

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const KIB: u64 = 1024;
        const MIB: u64 = 1024 * 1024;
        match self.0 {
            n if n >= MIB && n % MIB == 0 => write!(f, "{} MiB", n / MIB),
            n if n >= KIB && n % KIB == 0 => write!(f, "{} KiB", n / KIB),
            1 => write!(f, "1 byte"),
            n => write!(f, "{n} bytes"),
        }
    }
}

/// A duration as "30s" when it is whole seconds, else "250ms".
pub(crate) struct Secs(pub(crate) Duration);

impl fmt::Display for Secs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.subsec_nanos() == 0 {
            write!(f, "{}s", self.0.as_secs())
        } else {
            write!(f, "{}ms", self.0.as_millis())
        }
    }
}

/// Why a [`FetchError::Blocked`] address was refused.
fn blocked_because(kind: &str) -> &'static str {
    if kind == crate::guard::METADATA {
        "cloud metadata endpoints are never fetched"
    } else {
        "private addresses are not allowed"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_cause() {
        assert_eq!(
            FetchError::ResponseTooLarge {
                limit: 20 * 1024 * 1024
            }
            .to_string(),
            "response larger than 20 MiB"
        );
        assert_eq!(
            FetchError::Timeout(Duration::from_secs(30)).to_string(),
            "timed out after 30s"
        );
        assert_eq!(
            FetchError::Timeout(Duration::from_millis(250)).to_string(),
            "timed out after 250ms"
        );
        assert_eq!(
            FetchError::Status {
                code: 404,
                reason: "Not Found".into()
            }
            .to_string(),
            "HTTP 404 Not Found"
        );
        assert_eq!(
            FetchError::UnsupportedScheme("ftp".into()).to_string(),
            "unsupported URL scheme 'ftp'"
        );
        assert_eq!(
            Failure {
                input: "a.html".into(),
                error: FetchError::NotFound
            }
            .to_string(),
            "a.html: not found"
        );
        assert_eq!(
            FetchError::FileTooLarge { limit: 1000 }.to_string(),
            "file larger than 1000 bytes"
        );
    }
}
