//! Documents that list other documents: feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed), sitemaps
//! (`<urlset>`, with or without Google News `news:` entries, and `<sitemapindex>`), and
//! pages that advertise a feed with `<link rel="alternate">`.
//!
//! Everything here is a pure function of bytes: no IO, no panics. Feeds and sitemaps are
//! hostile input (huge, malformed, binary, entity bombs): the XML readers used here never
//! expand entities declared in a DTD (only the five predefined ones and character
//! references), the body is already capped by `max_bytes`, and every list is capped.
//!
//! What a document is, is decided by its content, never by its URL or file extension
//! ([`sniff`]): the root element of XML (`rss`, `RDF`, `feed`, `urlset`, `sitemapindex`),
//! or a JSON object naming `https://jsonfeed.org/version/`.

use std::collections::HashSet;

use quick_xml::events::Event;
use url::Url;

use crate::error::FetchError;

/// How much of a document is looked at to tell what it is.
const SNIFF_BYTES: usize = 64 * 1024;

/// Events read before giving up on finding a root element (comments, processing
/// instructions, a doctype).
const SNIFF_EVENTS: usize = 256;

/// How much of an HTML page is searched for `<link rel="alternate">` and article markers.
const DISCOVERY_BYTES: usize = 512 * 1024;

/// The most `<url>` or `<sitemap>` entries kept from one sitemap: the protocol's own limit.
pub(crate) const MAX_SITEMAP_ENTRIES: usize = 50_000;

/// What a fetched document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An RSS, Atom or JSON feed: expands into its items.
    Feed,
    /// A `<urlset>` sitemap: expands into its `<loc>` URLs.
    Sitemap,
    /// A `<sitemapindex>`: expands into its sitemaps, one level deep.
    SitemapIndex,
    /// Anything else: an article (or not), for the extract stage to judge.
    Page,
}

/// Tells a feed or sitemap from a page by its first element (or, for JSON, by the JSON
/// Feed version URL).
pub(crate) fn sniff(bytes: &[u8]) -> Kind {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('{') {
        return if contains(bytes, b"jsonfeed.org/version") {
            Kind::Feed
        } else {
            Kind::Page
        };
    }
    if !text.starts_with('<') {
        return Kind::Page;
    }
    let mut reader = quick_xml::Reader::from_str(text);
    for _ in 0..SNIFF_EVENTS {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return match e.local_name().as_ref() {
                    "rss" | "RDF" | "feed" => Kind::Feed,
                    "urlset" => Kind::Sitemap,
                    "sitemapindex" => Kind::SitemapIndex,
                    _ => Kind::Page,
                };
            }
            Ok(Event::Eof) | Err(_) => return Kind::Page,
            Ok(_) => {}
        }
    }
    Kind::Page
}

/// The contents of a gzip file, when `bytes` is one (by its magic number), at most
/// `max_bytes` of them (a small file can unpack to gigabytes); `None` when it is not gzip.
///
/// # Errors
/// [`FetchError::ResponseTooLarge`] past the limit, [`FetchError::Io`] for a damaged file.
pub(crate) fn gunzip(bytes: &[u8], max_bytes: u64) -> Result<Option<Vec<u8>>, FetchError> {
    use std::io::Read as _;
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(None);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| FetchError::Io(format!("not a valid gzip file: {e}")))?;
    if out.len() as u64 > max_bytes {
        return Err(FetchError::ResponseTooLarge { limit: max_bytes });
    }
    Ok(Some(out))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// One entry of a feed or sitemap: a URL to fetch, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    Url(Url),
    /// `name` is the link as written (or the list and the item's position when there is no
    /// link), for the error report.
    Bad {
        name: String,
        error: FetchError,
    },
}

/// Turns an item's link into an absolute http(s) URL without fragment, resolving it
/// against `base` (the feed's own URL) when it is relative.
pub(crate) fn resolve(base: Option<&Url>, href: &str) -> Item {
    let href = href.trim();
    let bad = |error| Item::Bad {
        name: shorten(href),
        error,
    };
    let parsed = match base {
        Some(base) => base.join(href),
        None => Url::parse(href),
    };
    let mut url = match parsed {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            return bad(FetchError::InvalidUrl(
                "a relative link in a local file, with no base URL".into(),
            ));
        }
        Err(e) => return bad(FetchError::InvalidUrl(e.to_string())),
    };
    if url.scheme() != "http" && url.scheme() != "https" {
        return bad(FetchError::UnsupportedScheme(url.scheme().to_owned()));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return bad(FetchError::InvalidUrl("no host".into()));
    }
    url.set_fragment(None);
    Item::Url(url)
}

/// A link as an error's input name: hostile feeds can hold megabyte-long links.
fn shorten(text: &str) -> String {
    const MAX: usize = 300;
    if text.len() <= MAX {
        return text.to_owned();
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &text[..end])
}

/// Drops repeated URLs (keeping the first) and keeps the first `max` items.
pub(crate) fn dedup_and_cap(items: impl IntoIterator<Item = Item>, max: usize) -> Vec<Item> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for item in items {
        if out.len() >= max {
            break;
        }
        if let Item::Url(url) = &item
            && !seen.insert(url.as_str().to_owned())
        {
            continue;
        }
        out.push(item);
    }
    out
}

/// The item links of a feed, in feed order, without repeats, at most `max`.
///
/// An item's link is its first `link` without a `rel` or with `rel="alternate"` (Atom's
/// enclosures and replies are not articles), else its id when the id is an http(s) URL
/// (an RSS `<guid>` permalink). `source` names the feed in errors for items with no link.
///
/// # Errors
/// [`FetchError::Feed`] naming the cause when the feed does not parse.
pub(crate) fn feed_items(
    bytes: &[u8],
    base: Option<&Url>,
    source: &str,
    max: usize,
) -> Result<Vec<Item>, FetchError> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base.map(Url::as_str))
        .sanitize_content(false)
        .build();
    // Only the first items are wanted; a huge feed is cut down before feed-rs builds its
    // (large) model of every entry. Repeats are dropped after parsing, so keep some spare.
    let keep = max.saturating_mul(4).saturating_add(50);
    let capped = cap_feed(bytes, keep);
    let feed = parser
        .parse(capped.as_deref().unwrap_or(bytes))
        .map_err(|e| FetchError::Feed(e.to_string()))?;
    let items = feed.entries.iter().enumerate().map(|(n, entry)| {
        let link = entry
            .links
            .iter()
            .find(|l| {
                l.rel
                    .as_deref()
                    .is_none_or(|r| r.trim().eq_ignore_ascii_case("alternate"))
            })
            .map(|l| l.href.trim())
            .filter(|h| !h.is_empty());
        let id = entry.id.trim();
        let is_url = |s: &str| {
            let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
            lower.starts_with("http://") || lower.starts_with("https://")
        };
        match link.or_else(|| Some(id).filter(|id| is_url(id))) {
            Some(href) => resolve(base, href),
            None => Item::Bad {
                name: format!("{} (item {})", shorten(source), n + 1),
                error: FetchError::NoItemLink,
            },
        }
    });
    Ok(dedup_and_cap(items, max))
}

/// A feed cut down to its first `keep` items, or `None` when it has no more than that (or
/// cannot be cut safely: feed-rs then sees the original and reports what is wrong).
///
/// Why: feed-rs builds a model of every entry, about 1.4 KB each, so a hostile 23 MB RSS
/// file of 700 000 tiny items took 1 GB of memory to parse. Cut down, it takes little more
/// than its bytes.
fn cap_feed(bytes: &[u8], keep: usize) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(bytes).ok()?;
    match text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .as_bytes()
        .first()
    {
        Some(b'<') => cap_xml_feed(text, keep),
        Some(b'{') => cap_json_feed(bytes, keep),
        _ => None,
    }
}

/// Elements deeper than this are not expected in a feed's outline; capping gives up.
const CAP_MAX_DEPTH: usize = 64;

/// Cuts an XML feed after its `keep`-th `<item>` or `<entry>` (a child of the root, or of
/// RSS 2.0's `<channel>`) and closes the elements still open.
fn cap_xml_feed(text: &str, keep: usize) -> Option<Vec<u8>> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut open: Vec<String> = Vec::new();
    let mut seen = 0usize;
    loop {
        let is_item = |name: &str| matches!(name, "item" | "entry");
        let closed_item = match reader.read_event().ok()? {
            Event::Start(e) => {
                if open.len() >= CAP_MAX_DEPTH {
                    return None;
                }
                open.push(e.name().as_ref().to_owned());
                false
            }
            Event::End(e) => {
                open.pop();
                open.len() <= 2 && is_item(e.local_name().as_ref())
            }
            Event::Empty(e) => open.len() <= 2 && is_item(e.local_name().as_ref()),
            Event::Eof => return None,
            _ => false,
        };
        if closed_item {
            seen += 1;
            if seen >= keep {
                let end = usize::try_from(reader.buffer_position()).ok()?;
                let mut out = text.as_bytes().get(..end)?.to_vec();
                for name in open.iter().rev() {
                    out.extend_from_slice(b"</");
                    out.extend_from_slice(name.as_bytes());
                    out.push(b'>');
                }
                return Some(out);
            }
        }
    }
}

/// A JSON Feed reduced to what is needed to list its items (version, title, the feed's
/// URLs, and each item's id, URLs and title), with at most `keep` items. The values are
/// copied as raw JSON text, never built into a tree, and the items past `keep` are skipped
/// without being kept.
fn cap_json_feed(bytes: &[u8], keep: usize) -> Option<Vec<u8>> {
    use serde::de::{DeserializeSeed, IgnoredAny, SeqAccess, Visitor};
    use serde_json::value::RawValue;

    #[derive(serde::Deserialize)]
    struct Top<'a> {
        #[serde(borrow)]
        version: Option<&'a RawValue>,
        #[serde(borrow)]
        title: Option<&'a RawValue>,
        #[serde(borrow)]
        home_page_url: Option<&'a RawValue>,
        #[serde(borrow)]
        feed_url: Option<&'a RawValue>,
        #[serde(borrow)]
        items: Option<&'a RawValue>,
    }

    #[derive(serde::Deserialize)]
    struct ItemLite<'a> {
        #[serde(borrow)]
        id: Option<&'a RawValue>,
        #[serde(borrow)]
        url: Option<&'a RawValue>,
        #[serde(borrow)]
        external_url: Option<&'a RawValue>,
        #[serde(borrow)]
        title: Option<&'a RawValue>,
    }

    struct FirstItems(usize);

    impl<'de> Visitor<'de> for FirstItems {
        type Value = Vec<ItemLite<'de>>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array of items")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while items.len() < self.0 {
                match seq.next_element::<ItemLite<'de>>()? {
                    Some(item) => items.push(item),
                    None => return Ok(items),
                }
            }
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(items)
        }
    }

    impl<'de> DeserializeSeed<'de> for FirstItems {
        type Value = Vec<ItemLite<'de>>;

        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_seq(self)
        }
    }

    let top: Top<'_> = serde_json::from_slice(bytes).ok()?;
    let raw_items = top.items?;
    let mut items_de = serde_json::Deserializer::from_str(raw_items.get());
    let items = FirstItems(keep).deserialize(&mut items_de).ok()?;
    let mut out = String::from("{");
    let field = |out: &mut String, name: &str, value: Option<&RawValue>| {
        if let Some(value) = value {
            out.push_str(&format!("\"{name}\":{},", value.get()));
        }
    };
    field(&mut out, "version", top.version);
    field(&mut out, "title", top.title);
    field(&mut out, "home_page_url", top.home_page_url);
    field(&mut out, "feed_url", top.feed_url);
    out.push_str("\"items\":[");
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push('{');
        field(&mut out, "id", item.id);
        field(&mut out, "url", item.url);
        field(&mut out, "external_url", item.external_url);
        field(&mut out, "title", item.title);
        if out.ends_with(',') {
            out.pop();
        }
        out.push('}');
    }
    out.push_str("]}");
    Some(out.into_bytes())
}

/// One `<url>` or `<sitemap>` of a sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) loc: String,
    /// Seconds since the epoch: `news:publication_date` for a `<url>`, `lastmod` for a
    /// `<sitemap>`.
    pub(crate) date: Option<i64>,
}

/// A parsed sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sitemap {
    Urls(Vec<Entry>),
    Index(Vec<Entry>),
}

/// Reads a sitemap: `<urlset>` or `<sitemapindex>`, whatever its namespace prefixes. At
/// most [`MAX_SITEMAP_ENTRIES`] entries are kept.
///
/// # Errors
/// [`FetchError::Sitemap`] naming the cause: malformed XML, or another root element.
pub(crate) fn parse_sitemap(bytes: &[u8]) -> Result<Sitemap, FetchError> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Field {
        Loc,
        Date,
    }
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = quick_xml::Reader::from_str(text);
    let mut root: Option<bool> = None; // Some(true) for an index
    let mut depth = 0usize;
    let mut entries: Vec<Entry> = Vec::new();
    let mut current: Option<Entry> = None;
    let mut field: Option<(Field, usize)> = None;
    let mut in_news = false;
    let mut buffer = String::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            FetchError::Sitemap(format!("{e} (at byte {})", reader.buffer_position()))
        })?;
        match event {
            Event::Start(e) => {
                depth += 1;
                let name = e.local_name();
                let name = name.as_ref();
                match depth {
                    1 => {
                        root = Some(match name {
                            "urlset" => false,
                            "sitemapindex" => true,
                            other => {
                                return Err(FetchError::Sitemap(format!(
                                    "the root element is <{}>, not <urlset> or <sitemapindex>",
                                    shorten(other)
                                )));
                            }
                        });
                    }
                    2 if matches!(name, "url" | "sitemap") => {
                        current = Some(Entry {
                            loc: String::new(),
                            date: None,
                        });
                    }
                    3 if current.is_some() => {
                        let index = root == Some(true);
                        match name {
                            "loc" => field = Some((Field::Loc, depth)),
                            "lastmod" if index => field = Some((Field::Date, depth)),
                            "news" => in_news = true,
                            _ => {}
                        }
                    }
                    4 if in_news && name == "publication_date" => {
                        field = Some((Field::Date, depth));
                    }
                    _ => {}
                }
                buffer.clear();
            }
            Event::End(_) => {
                if let Some((kind, at)) = field
                    && at == depth
                {
                    if let Some(entry) = current.as_mut() {
                        match kind {
                            Field::Loc => entry.loc = buffer.trim().to_owned(),
                            Field::Date => entry.date = parse_date(&buffer),
                        }
                    }
                    field = None;
                }
                if depth == 3 {
                    in_news = false;
                }
                if depth == 2
                    && let Some(entry) = current.take()
                    && !entry.loc.is_empty()
                    && entries.len() < MAX_SITEMAP_ENTRIES
                {
                    entries.push(entry);
                }
                depth = depth.saturating_sub(1);
                buffer.clear();
            }
            Event::Empty(e) if depth == 0 => {
                return match e.local_name().as_ref() {
                    "urlset" => Ok(Sitemap::Urls(Vec::new())),
                    "sitemapindex" => Ok(Sitemap::Index(Vec::new())),
                    _ => Err(FetchError::Sitemap(
                        "the root element is not <urlset> or <sitemapindex>".into(),
                    )),
                };
            }
            Event::Text(t) if field.is_some() => buffer.push_str(&t.xml10_content()),
            Event::CData(t) if field.is_some() => {
                buffer.push_str(&t);
            }
            Event::GeneralRef(r) if field.is_some() => {
                match r.resolve_char_ref() {
                    Ok(Some(c)) => buffer.push(c),
                    Ok(None) => match quick_xml::escape::resolve_predefined_entity(&r) {
                        Some(text) => buffer.push_str(text),
                        // An entity from a DTD is never expanded (no entity bombs): the
                        // link it is in is kept as written and fails as a URL later.
                        None => {
                            buffer.push('&');
                            buffer.push_str(&r);
                            buffer.push(';');
                        }
                    },
                    Err(e) => {
                        let at = reader.buffer_position();
                        return Err(FetchError::Sitemap(format!("{e} (at byte {at})")));
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match root {
        Some(true) => Ok(Sitemap::Index(entries)),
        Some(false) => Ok(Sitemap::Urls(entries)),
        None => Err(FetchError::Sitemap("no root element".into())),
    }
}

/// Orders entries newest first when any has a date (stable: undated ones keep their order
/// after the dated ones), else keeps document order.
pub(crate) fn newest_first(entries: &mut [Entry]) {
    if entries.iter().any(|e| e.date.is_some()) {
        entries.sort_by_key(|e| std::cmp::Reverse(e.date.unwrap_or(i64::MIN)));
    }
}

/// Sitemap entries as items: newest first (see [`newest_first`]), resolved against the
/// sitemap's URL, without repeats, at most `max`.
pub(crate) fn sitemap_items(mut entries: Vec<Entry>, base: Option<&Url>, max: usize) -> Vec<Item> {
    newest_first(&mut entries);
    dedup_and_cap(entries.iter().map(|e| resolve(base, &e.loc)), max)
}

/// A W3C datetime (the sitemap date format: `2026-11-25`, `2026-11-25T10:00+01:00`,
/// `2026-11-25T10:00:00.5Z`...) as seconds since the epoch.
fn parse_date(text: &str) -> Option<i64> {
    use chrono::{DateTime, NaiveDate};
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.timestamp());
    }
    // Minutes without seconds, with "Z" or an offset.
    let zoned = text
        .strip_suffix('Z')
        .map_or_else(|| text.to_owned(), |t| format!("{t}+00:00"));
    if let Ok(t) = DateTime::parse_from_str(&zoned, "%Y-%m-%dT%H:%M%:z") {
        return Some(t.timestamp());
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d"))
        .or_else(|_| NaiveDate::parse_from_str(&format!("{text}-01-01"), "%Y-%m-%d"))
        .ok()?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

/// Media types of `<link rel="alternate">` that name a feed.
const FEED_LINK_TYPES: [&str; 5] = [
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/rdf+xml",
    "application/json",
];

/// The first feed an HTML page advertises in its head with
/// `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href="...">`,
/// resolved against the page's URL.
pub(crate) fn discover_feed(html: &[u8], base: &Url) -> Option<Url> {
    head_tags(html)
        .filter(|(name, _)| name == "link")
        .find_map(|(_, attrs)| {
            let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            let alternate = get("rel").is_some_and(|rel| {
                rel.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("alternate"))
            });
            let feed_type = get("type").is_some_and(|t| {
                let t = t
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                FEED_LINK_TYPES.contains(&t.as_str())
            });
            let href = get("href").map(|h| h.trim()).filter(|h| !h.is_empty())?;
            if !(alternate && feed_type) {
                return None;
            }
            match resolve(Some(base), href) {
                Item::Url(url) => Some(url),
                Item::Bad { .. } => None,
            }
        })
}

/// True when an HTML page says it is an article: `<meta property="og:type"
/// content="article">`, or a JSON-LD `@type` of an article kind.
pub(crate) fn declares_article(html: &[u8]) -> bool {
    let og_article = head_tags(html)
        .filter(|(name, _)| name == "meta")
        .any(|(_, attrs)| {
            let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            get("property")
                .or_else(|| get("name"))
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("og:type"))
                && get("content").is_some_and(|c| c.trim().eq_ignore_ascii_case("article"))
        });
    if og_article {
        return true;
    }
    let page = &html[..html.len().min(DISCOVERY_BYTES)];
    [
        &b"\"NewsArticle\""[..],
        b"\"Article\"",
        b"\"BlogPosting\"",
        b"\"ReportageNewsArticle\"",
        b"\"AnalysisNewsArticle\"",
        b"\"OpinionNewsArticle\"",
    ]
    .iter()
    .any(|marker| contains(page, marker))
}

/// The `<link>` and `<meta>` tags before `<body>` (or `</head>`), as lower-case names and
/// attributes (names lower-cased, values with `&amp;` and `&quot;` decoded). A small
/// tolerant scanner, not an HTML parser: it only has to find a handful of head tags.
fn head_tags(html: &[u8]) -> impl Iterator<Item = (String, Vec<(String, String)>)> + '_ {
    let html = &html[..html.len().min(DISCOVERY_BYTES)];
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        loop {
            let start = pos + html.get(pos..)?.iter().position(|&b| b == b'<')?;
            let rest = html.get(start + 1..)?;
            let name_len = rest
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'/' || *b == b'!'))
                .unwrap_or(rest.len());
            let name = String::from_utf8_lossy(&rest[..name_len]).to_ascii_lowercase();
            let end = tag_end(html, start + 1 + name_len);
            pos = end.max(start + 1);
            match name.as_str() {
                "body" | "/head" => return None,
                "link" | "meta" => {
                    let inside = html.get(start + 1 + name_len..end).unwrap_or_default();
                    return Some((name, attributes(inside)));
                }
                _ => {}
            }
        }
    })
}

/// The index just past the `>` that closes a tag, skipping quoted values; the end of the
/// input if there is none.
fn tag_end(html: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut i = from;
    while let Some(&b) = html.get(i) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    html.len()
}

/// Attributes of a tag's inside (`rel="alternate" type=application/rss+xml href='/f'`).
fn attributes(inside: &[u8]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut i = 0usize;
    let at = |i: usize| inside.get(i).copied();
    loop {
        while at(i).is_some_and(|b| b.is_ascii_whitespace() || b == b'/') {
            i += 1;
        }
        let Some(first) = at(i) else { break };
        if first == b'>' {
            break;
        }
        let name_start = i;
        while at(i).is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/')) {
            i += 1;
        }
        let name = String::from_utf8_lossy(inside.get(name_start..i).unwrap_or_default())
            .to_ascii_lowercase();
        while at(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        let mut value = String::new();
        if at(i) == Some(b'=') {
            i += 1;
            while at(i).is_some_and(|b| b.is_ascii_whitespace()) {
                i += 1;
            }
            let (start, end) = match at(i) {
                Some(q @ (b'"' | b'\'')) => {
                    let start = i + 1;
                    let len = inside
                        .get(start..)
                        .and_then(|r| r.iter().position(|&b| b == q))
                        .unwrap_or(inside.len().saturating_sub(start));
                    i = start + len + 1;
                    (start, start + len)
                }
                _ => {
                    let start = i;
                    while at(i).is_some_and(|b| !b.is_ascii_whitespace() && b != b'>') {
                        i += 1;
                    }
                    (start, i)
                }
            };
            value = String::from_utf8_lossy(inside.get(start..end).unwrap_or_default())
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        }
        if name.is_empty() {
            // A stray character: step over it.
            i += 1;
        } else {
            out.push((name, value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn urls(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Item::Url(u) => u.to_string(),
                Item::Bad { name, error } => format!("bad {name}: {error}"),
            })
            .collect()
    }

    #[test]
    fn sniffs_by_content() {
        let cases: [(&[u8], Kind); 12] = [
            (b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", Kind::Feed),
            (
                b"\xef\xbb\xbf <!-- c --><?xml-stylesheet href='x'?><feed xmlns='http://www.w3.org/2005/Atom'/>",
                Kind::Feed,
            ),
            (b"<rdf:RDF xmlns:rdf='x'><channel/></rdf:RDF>", Kind::Feed),
            (b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>", Kind::Sitemap),
            (b"<sitemapindex>", Kind::SitemapIndex),
            (b"<!DOCTYPE html><html lang=en><head>", Kind::Page),
            (b"<!DOCTYPE rss [<!ENTITY a 'b'>]><rss>", Kind::Feed),
            (b"<p>rss</p>", Kind::Page),
            (b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", Kind::Feed),
            (b"{\"items\": []}", Kind::Page),
            (b"plain text about <rss>", Kind::Page),
            (b"\x00\x01\x02binary", Kind::Page),
        ];
        for (bytes, want) in cases {
            assert_eq!(sniff(bytes), want, "{}", String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn links_resolve_against_the_feed_and_bad_ones_are_named() {
        let base = url("https://news.example/feeds/all.xml");
        assert_eq!(
            urls(&[
                resolve(Some(&base), "/a/1#comments"),
                resolve(Some(&base), "b.html"),
                resolve(Some(&base), "javascript:alert(1)"),
                resolve(Some(&base), "http://[::1"),
                resolve(None, "/relative"),
            ]),
            [
                "https://news.example/a/1",
                "https://news.example/feeds/b.html",
                "bad javascript:alert(1): unsupported URL scheme 'javascript'",
                "bad http://[::1: invalid URL: invalid IPv6 address",
                "bad /relative: invalid URL: a relative link in a local file, with no base URL",
            ]
        );
    }

    #[test]
    fn rss_items_in_order_without_repeats_and_capped() {
        let rss = br#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title>
<item><title>1</title><link>https://news.example/1</link></item>
<item><title>no link</title><description>x</description></item>
<item><title>2</title><link>/2</link></item>
<item><title>1 again</title><link>https://news.example/1#top</link></item>
<item><title>guid</title><guid isPermaLink="true">https://news.example/3</guid></item>
<item><title>4</title><link>https://news.example/4</link></item>
</channel></rss>"#;
        let base = url("https://news.example/rss");
        let items = feed_items(rss, Some(&base), "https://news.example/rss", 4).unwrap();
        assert_eq!(
            urls(&items),
            [
                "https://news.example/1",
                "bad https://news.example/rss (item 2): feed item has no link",
                "https://news.example/2",
                "https://news.example/3",
            ]
        );
    }

    #[test]
    fn huge_feeds_are_cut_to_their_first_items_before_parsing() {
        let n = 20_000;
        let rss = format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>{}</channel></rss>",
            (0..n)
                .map(|i| format!("<item><link>https://f.example/{i}</link></item>"))
                .collect::<String>()
        );
        let cut = cap_feed(rss.as_bytes(), 3).unwrap();
        assert!(cut.ends_with(b"<link>https://f.example/2</link></item></channel></rss>"));
        let items = feed_items(rss.as_bytes(), None, "f", 3).unwrap();
        assert_eq!(
            urls(&items),
            [
                "https://f.example/0",
                "https://f.example/1",
                "https://f.example/2"
            ]
        );
        let atom = format!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>{}</feed>",
            (0..n)
                .map(|i| format!("<entry><id>https://f.example/{i}</id><link href=\"https://f.example/{i}\"/></entry>"))
                .collect::<String>()
        );
        assert_eq!(feed_items(atom.as_bytes(), None, "f", 2).unwrap().len(), 2);
        let rdf = format!(
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel><title>t</title><link>https://f.example/</link><description>d</description></channel>{}</rdf:RDF>",
            (0..n)
                .map(|i| format!(
                    "<item><title>{i}</title><link>https://f.example/{i}</link></item>"
                ))
                .collect::<String>()
        );
        assert_eq!(feed_items(rdf.as_bytes(), None, "f", 2).unwrap().len(), 2);
        let json = format!(
            "{{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"icon\":[1,2,[3]],\"items\":[{}]}}",
            (0..n)
                .map(|i| format!("{{\"id\":\"{i}\",\"url\":\"https://f.example/{i}\",\"tags\":[\"x\"],\"content_html\":\"<p>{i}</p>\"}}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let cut = cap_feed(json.as_bytes(), 2).unwrap();
        assert_eq!(
            String::from_utf8(cut).unwrap(),
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[\
             {\"id\":\"0\",\"url\":\"https://f.example/0\"},{\"id\":\"1\",\"url\":\"https://f.example/1\"}]}"
        );
        assert_eq!(
            urls(&feed_items(json.as_bytes(), None, "f", 2).unwrap()),
            ["https://f.example/0", "https://f.example/1"]
        );
        // Small feeds and feeds that cannot be cut are left alone.
        assert_eq!(
            cap_feed(b"<rss version=\"2.0\"><channel><item/></channel></rss>", 3),
            None
        );
        assert_eq!(cap_feed(b"{\"items\": 7}", 3), None);
        assert_eq!(cap_feed(b"\xff<rss>", 3), None);
    }

    #[test]
    fn broken_feed_names_the_cause() {
        let err = feed_items(b"<rss version='2.0'><channel><item>", None, "f", 10).unwrap_err();
        assert!(
            err.to_string().starts_with("feed does not parse: "),
            "{err}"
        );
        let err = feed_items(b"{\"version\": 7}", None, "f", 10).unwrap_err();
        assert!(
            err.to_string().starts_with("feed does not parse: "),
            "{err}"
        );
    }

    #[test]
    fn news_sitemap_newest_first() {
        let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://n.example/old</loc>
    <news:news><news:publication_date>2026-11-20</news:publication_date></news:news></url>
  <url><loc> https://n.example/new?a=1&amp;b=2 </loc>
    <news:news><news:publication_date>2026-11-25T09:30:00+01:00</news:publication_date></news:news></url>
  <url><loc>https://n.example/undated</loc></url>
  <url><loc>https://n.example/mid</loc>
    <news:news><news:publication_date>2026-11-24T10:00Z</news:publication_date></news:news></url>
</urlset>"#;
        let Sitemap::Urls(mut entries) = parse_sitemap(xml).unwrap() else {
            panic!("not a urlset")
        };
        newest_first(&mut entries);
        let locs: Vec<&str> = entries.iter().map(|e| e.loc.as_str()).collect();
        assert_eq!(
            locs,
            [
                "https://n.example/new?a=1&b=2",
                "https://n.example/mid",
                "https://n.example/old",
                "https://n.example/undated"
            ]
        );
    }

    #[test]
    fn sitemap_index_and_errors() {
        let xml = b"<sitemapindex><sitemap><loc>https://n.example/a.xml</loc>\
            <lastmod>2026-01-01</lastmod></sitemap><sitemap><loc>/b.xml</loc></sitemap></sitemapindex>";
        assert_eq!(
            parse_sitemap(xml).unwrap(),
            Sitemap::Index(vec![
                Entry {
                    loc: "https://n.example/a.xml".into(),
                    date: parse_date("2026-01-01"),
                },
                Entry {
                    loc: "/b.xml".into(),
                    date: None,
                },
            ])
        );
        assert!(
            parse_sitemap(b"<urlset><url><loc>x</loc></urlset>")
                .unwrap_err()
                .to_string()
                .starts_with("sitemap does not parse: ")
        );
        assert!(parse_sitemap(b"<html/>").is_err());
        assert!(parse_sitemap(b"").is_err());
        assert_eq!(parse_sitemap(b"<urlset/>").unwrap(), Sitemap::Urls(vec![]));
    }

    #[test]
    fn entities_from_a_dtd_are_not_expanded() {
        let bomb = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset><url><loc>https://n.example/&lol3;</loc></url></urlset>"#;
        let Sitemap::Urls(entries) = parse_sitemap(bomb).unwrap() else {
            panic!()
        };
        assert_eq!(entries[0].loc, "https://n.example/&lol3;");
        let feed = br#"<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><link>https://n.example/&lol2;</link></item></channel></rss>"#;
        let items = feed_items(feed, None, "f", 10).unwrap();
        assert_eq!(items.len(), 1);
    }

    #[test]
    fn w3c_dates() {
        let day = parse_date("2026-11-25").unwrap();
        assert_eq!(parse_date("2026-11-25T00:00:00Z"), Some(day));
        assert_eq!(parse_date("2026-11-25T01:00+01:00"), Some(day));
        assert_eq!(parse_date("2026-11-25T00:00Z"), Some(day));
        assert!(parse_date("2026-11").is_some());
        assert!(parse_date("2026").is_some());
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn feed_discovery_reads_head_links() {
        let base = url("https://site.example/section/");
        let html = br#"<!doctype html><html><head>
<link rel="stylesheet" href="/s.css">
<link rel=alternate type="application/atom+xml; charset=utf-8" href="atom.xml?a=1&amp;b=2">
<link rel="alternate" type="application/rss+xml" href="/rss">
</head><body><link rel="alternate" type="application/rss+xml" href="/late"></body>"#;
        assert_eq!(
            discover_feed(html, &base).unwrap().as_str(),
            "https://site.example/section/atom.xml?a=1&b=2"
        );
        let none = br#"<head><link rel="alternate" hreflang="fr" href="/fr/"></head>"#;
        assert_eq!(discover_feed(none, &base), None);
        let after_body = br#"<body><link rel="alternate" type="application/rss+xml" href="/x">"#;
        assert_eq!(discover_feed(after_body, &base), None);
        let bad_scheme =
            br#"<link rel="alternate" type="application/rss+xml" href="javascript:x">"#;
        assert_eq!(discover_feed(bad_scheme, &base), None);
    }

    #[test]
    fn article_markers() {
        assert!(declares_article(
            br#"<head><meta property="og:type" content="article"></head>"#
        ));
        assert!(declares_article(
            br#"<script type="application/ld+json">{"@type":"NewsArticle"}</script>"#
        ));
        assert!(!declares_article(
            br#"<head><meta property="og:type" content="website"></head>"#
        ));
    }

    /// Run on a thread with a tokio worker's stack size (2 MiB), as in a real run.
    fn on_small_stack(f: impl FnOnce() + Send + 'static) {
        std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(f)
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        on_small_stack(|| {
            let depth = 200_000;
            let deep =
                |open: &str| format!("{open}{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
            let rss = deep("<rss version=\"2.0\"><channel><item><description>");
            let _ = feed_items(rss.as_bytes(), None, "f", 10);
            let atom = deep("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>");
            let _ = feed_items(atom.as_bytes(), None, "f", 10);
            let sitemap = deep("<urlset><url>");
            let _ = parse_sitemap(sitemap.as_bytes());
            let _ = sniff(deep("").as_bytes());
            let json = format!(
                "{{\"version\":\"https://jsonfeed.org/version/1\",\"items\":{}{}}}",
                "[".repeat(depth),
                "]".repeat(depth)
            );
            let _ = feed_items(json.as_bytes(), None, "f", 10);
            let html = "<link ".repeat(depth);
            let base = Url::parse("https://f.example/").unwrap();
            let _ = discover_feed(html.as_bytes(), &base);
        });
    }

    proptest::proptest! {
        #[test]
        fn sniffing_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = sniff(&bytes);
        }

        #[test]
        fn feed_parsing_never_panics(text in "(<rss version=\"2.0\">|<feed>|<rdf:RDF>|\\{\"version\":\"https://jsonfeed.org/version/1\",\"items\":\\[)?[<>a-z/=\"' {}:,\\[\\]&;#0-9.]{0,300}") {
            let _ = feed_items(text.as_bytes(), Some(&url("https://f.example/")), "f", 10);
        }

        #[test]
        fn capping_never_panics(text in "(<rss version=\"2.0\">|<feed>|\\{\"items\":\\[)?(<channel>|<item>|</item>|<entry/>|</channel>|\\{\"url\":\"x\"\\}|,|\\]|\\}|[a-z<>/\" ]){0,40}", keep in 0usize..4) {
            let _ = cap_feed(text.as_bytes(), keep);
        }

        #[test]
        fn feed_parsing_never_panics_on_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = feed_items(&bytes, None, "f", 10);
        }

        #[test]
        fn sitemap_parsing_never_panics(text in "(<urlset>|<sitemapindex>)?(<url>|<sitemap>|<loc>|</loc>|<news:news>|<news:publication_date>|</url>|&amp;|&#x0;|&bad;|<!\\[CDATA\\[|\\]\\]>|[a-z0-9:/.<>-]){0,60}") {
            let _ = parse_sitemap(text.as_bytes());
        }

        #[test]
        fn sitemap_parsing_never_panics_on_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = parse_sitemap(&bytes);
        }

        #[test]
        fn discovery_never_panics(text in "(<link|<meta|<head>|</head>|<body| rel=|type=|href=|content=|\"|'|=|>|<|[a-z/+ ]){0,60}") {
            let base = url("https://f.example/");
            let _ = discover_feed(text.as_bytes(), &base);
            let _ = declares_article(text.as_bytes());
        }

        #[test]
        fn dates_never_panic(text in "\\PC{0,30}") {
            let _ = parse_date(&text);
        }
    }
}
