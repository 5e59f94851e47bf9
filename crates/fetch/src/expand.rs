//! Inputs that stand for other documents: a feed or sitemap the user named becomes the
//! articles it lists, and (with [`FetchOptions::discover_feeds`](crate::FetchOptions)) a
//! front page becomes the articles of the feed it advertises.
//!
//! # Rules
//!
//! * What a document is, is decided by its content ([`sources::sniff`]), never by its URL
//!   or file name: a feed served as `text/html` is a feed, a page at `/feed.xml` is a page.
//! * A feed or sitemap expands, in its own order (a news sitemap newest first), into its
//!   item URLs, without repeats, at most `max_feed_items`; each item is fetched as an
//!   article, through every guard a user's URL goes through (scheme, SSRF guard on every
//!   hop, robots.txt, per-origin spacing), and is its own result named by its URL. Items
//!   are never expanded further.
//! * A feed that does not parse is one error for the input, naming the cause; a bad item
//!   (no link, a link that is not an http(s) URL) is an error for that item only; a feed
//!   with nothing to fetch is an error ([`FetchError::NoItems`]), so the input never
//!   vanishes from the report.
//! * A gzip file (`sitemap.xml.gz`, recognised by its magic number, unpacked to at most
//!   `max_bytes`) is judged by what it holds; one that holds no feed or sitemap is an
//!   error, not an article.
//! * A sitemap index expands one level: its newest [`MAX_CHILD_SITEMAPS`] sitemaps (by
//!   `lastmod`) are fetched, a failed one is an error of its own, and their URLs are merged
//!   newest first and capped as one list.

use tokio::task::JoinSet;
use url::Url;

use crate::error::FetchError;
use crate::http::{self, Purpose};
use crate::sources::{self, Entry, Item, Kind, Sitemap};
use crate::{Failure, Fetched, Fetcher, ProgressEvent, failure};

/// The most sitemaps fetched from one sitemap index, newest `lastmod` first. News sites
/// list one sitemap per day or month; the newest few hold the articles worth checking,
/// and each one costs a request spaced by the site's delay.
pub const MAX_CHILD_SITEMAPS: usize = 10;

type Results = Vec<Result<Fetched, Failure>>;

impl Fetcher {
    /// A URL the user named: fetched, then expanded if it lists other documents.
    pub(crate) async fn fetch_source(&self, input: &str, url: Url) -> Results {
        match self.fetch_as(input, url, Purpose::Source).await {
            Ok(fetched) => self.expand(fetched).await,
            Err(error) => vec![self.done(Err(failure(input, error)))],
        }
    }

    /// A document the user named (over HTTP, a named file or standard input): a feed or
    /// sitemap becomes its items; anything else is itself.
    pub(crate) async fn expand(&self, fetched: Fetched) -> Results {
        if fetched.not_modified {
            return vec![self.done(Ok(fetched))];
        }
        let input = fetched.input.clone();
        let base = fetched.url.as_deref().and_then(|u| Url::parse(u).ok());
        let max = self.max_feed_items;
        // A gzip file (`sitemap.xml.gz`) is looked into; what it holds decides.
        let unzipped = match sources::gunzip(&fetched.bytes, self.max_bytes) {
            Ok(unzipped) => unzipped,
            Err(error) => return vec![self.done(Err(failure(&input, error)))],
        };
        let body = unzipped.as_deref().unwrap_or(&fetched.bytes);
        let items = match sources::sniff(body) {
            Kind::Page => return self.page(fetched, base).await,
            Kind::Feed => sources::feed_items(body, base.as_ref(), &input, max)
                .and_then(|items| non_empty(items, "feed")),
            Kind::Sitemap | Kind::SitemapIndex => match sources::parse_sitemap(body) {
                Ok(Sitemap::Urls(entries)) => non_empty(
                    sources::sitemap_items(entries, base.as_ref(), max),
                    "sitemap",
                ),
                Ok(Sitemap::Index(entries)) => {
                    let items = self.sitemap_index(entries, base.as_ref()).await;
                    non_empty(items, "sitemap index")
                }
                Err(error) => Err(error),
            },
        };
        match items {
            Ok(items) => self.fetch_items(&input, items).await,
            Err(error) => vec![self.done(Err(failure(&input, error)))],
        }
    }

    /// A page: refused if it is JSON but not a JSON Feed, or gzip but not a compressed
    /// feed or sitemap; replaced by its advertised feed
    /// when discovery is on and it does not say it is an article; else itself.
    async fn page(&self, fetched: Fetched, base: Option<Url>) -> Results {
        let content_type = fetched.content_type.as_deref();
        if let Some(ct) = content_type.filter(|ct| http::is_json_type(ct) || http::is_gzip_type(ct))
        {
            let error = FetchError::UnsupportedContentType(http::essence(ct));
            return vec![self.done(Err(failure(&fetched.input, error)))];
        }
        let html = content_type.is_none_or(|ct| {
            matches!(
                http::essence(ct).as_str(),
                "text/html" | "application/xhtml+xml"
            )
        });
        if self.discover_feeds
            && html
            && let Some(base) = base
            && !sources::declares_article(&fetched.bytes)
            && let Some(feed) = sources::discover_feed(&fetched.bytes, &base)
        {
            tracing::debug!(input = %fetched.input, %feed, "following the page's feed");
            return self.discovered(&fetched.input, feed).await;
        }
        vec![self.done(Ok(fetched))]
    }

    /// The items of a feed a page advertised; every failure is the page's, naming the feed.
    async fn discovered(&self, input: &str, feed: Url) -> Results {
        let name = feed.to_string();
        let wrap = |error| FetchError::DiscoveredFeed {
            feed: name.clone(),
            error: Box::new(error),
        };
        let items = match self.http.fetch(feed, None, Purpose::Source).await {
            Ok(response) if sources::sniff(&response.bytes) == Kind::Feed => sources::feed_items(
                &response.bytes,
                Some(&response.url),
                &name,
                self.max_feed_items,
            )
            .and_then(|items| non_empty(items, "feed")),
            Ok(_) => Err(FetchError::Feed(
                "not an RSS, Atom or JSON feed (by its content)".into(),
            )),
            Err(error) => Err(error),
        };
        match items {
            Ok(items) => self.fetch_items(input, items).await,
            Err(error) => vec![self.done(Err(failure(input, wrap(error))))],
        }
    }

    /// Fetches the newest sitemaps of an index (concurrently, within the politeness
    /// limits) and merges their URLs: failed sitemaps first, as errors of their own, then
    /// the URLs newest first, without repeats, capped.
    async fn sitemap_index(&self, mut entries: Vec<Entry>, base: Option<&Url>) -> Vec<Item> {
        sources::newest_first(&mut entries);
        let children = sources::dedup_and_cap(
            entries.iter().map(|e| sources::resolve(base, &e.loc)),
            MAX_CHILD_SITEMAPS,
        );
        let mut outcomes: Vec<Option<Result<Vec<Entry>, Item>>> = Vec::new();
        let mut tasks = JoinSet::new();
        for child in children {
            match child {
                Item::Url(url) => {
                    let index = outcomes.len();
                    outcomes.push(None);
                    let this = self.clone();
                    tasks.spawn(async move {
                        let name = url.to_string();
                        let result = this.child_sitemap(url).await;
                        (index, result.map_err(|error| Item::Bad { name, error }))
                    });
                }
                bad @ Item::Bad { .. } => outcomes.push(Some(Err(bad))),
            }
        }
        while let Some(joined) = tasks.join_next().await {
            match joined {
                Ok((index, outcome)) => {
                    if let Some(slot) = outcomes.get_mut(index) {
                        *slot = Some(outcome);
                    }
                }
                Err(error) => tracing::error!(%error, "a sitemap task failed"),
            }
        }
        let mut failed = Vec::new();
        let mut urls = Vec::new();
        for outcome in outcomes.into_iter().flatten() {
            match outcome {
                Ok(entries) => urls.extend(entries),
                Err(bad) => failed.push(bad),
            }
        }
        failed.extend(sources::sitemap_items(urls, None, self.max_feed_items));
        failed
    }

    /// One sitemap of an index, its `<loc>`s made absolute against its own URL.
    async fn child_sitemap(&self, url: Url) -> Result<Vec<Entry>, FetchError> {
        let response = self.http.fetch(url, None, Purpose::Source).await?;
        let unzipped = sources::gunzip(&response.bytes, self.max_bytes)?;
        match sources::parse_sitemap(unzipped.as_deref().unwrap_or(&response.bytes))? {
            Sitemap::Urls(mut entries) => {
                for entry in &mut entries {
                    if let Ok(absolute) = response.url.join(entry.loc.trim()) {
                        entry.loc = absolute.to_string();
                    }
                }
                Ok(entries)
            }
            Sitemap::Index(_) => Err(FetchError::NestedSitemapIndex),
        }
    }

    /// Fetches the items of one feed or sitemap as articles, concurrently within the
    /// politeness limits, and returns them in list order.
    async fn fetch_items(&self, input: &str, items: Vec<Item>) -> Results {
        self.event(ProgressEvent::Expanded {
            input: input.to_owned(),
            items: items.len(),
        });
        let mut slots: Vec<Option<Result<Fetched, Failure>>> = Vec::with_capacity(items.len());
        let mut tasks = JoinSet::new();
        for item in items {
            match item {
                Item::Url(url) => {
                    let index = slots.len();
                    slots.push(None);
                    let this = self.clone();
                    tasks.spawn(async move {
                        let name = url.to_string();
                        let result = this.fetch_as(&name, url, Purpose::Page).await;
                        (index, this.done(result.map_err(|e| failure(&name, e))))
                    });
                }
                Item::Bad { name, error } => {
                    slots.push(Some(self.done(Err(failure(&name, error)))));
                }
            }
        }
        while let Some(joined) = tasks.join_next().await {
            match joined {
                Ok((index, result)) => {
                    if let Some(slot) = slots.get_mut(index) {
                        *slot = Some(result);
                    }
                }
                Err(error) => tracing::error!(%error, "a feed item task failed"),
            }
        }
        slots
            .into_iter()
            .map(|slot| {
                slot.unwrap_or_else(|| {
                    let error = FetchError::Http("the fetch task failed".into());
                    self.done(Err(failure(input, error)))
                })
            })
            .collect()
    }
}

fn non_empty(items: Vec<Item>, kind: &'static str) -> Result<Vec<Item>, FetchError> {
    if items.is_empty() {
        Err(FetchError::NoItems(kind))
    } else {
        Ok(items)
    }
}
