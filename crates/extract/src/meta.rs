//! Page metadata: title, authors, dates, site name, canonical URL, language, description.
//!
//! The HTML walk reports what it meets ([`observe`]): `<meta>` and `<link>` tags, the
//! `<title>`, JSON-LD scripts, `<time datetime>`, the first `<h1>`, bylines and
//! `rel=author` links. [`build`] then picks each field from the most reliable source that
//! states it: JSON-LD and Open Graph first, then plain meta tags, then the page itself.
//! Dates are kept as the page wrote them and only when they read as ISO 8601; nothing is
//! invented.

use claimsift_core::Metadata;
use serde_json::Value;

/// What the walk collected, in document order.
#[derive(Debug, Default)]
pub(crate) struct RawMeta {
    lang: Option<String>,
    title_tag: Option<String>,
    /// `(property|name|itemprop|http-equiv, content)`, keys lower-cased.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    ld_json: Vec<String>,
    time_datetime: Option<String>,
    item_published: Option<String>,
    item_modified: Option<String>,
    h1: Option<String>,
    bylines: Vec<String>,
    rel_authors: Vec<String>,
}

/// Element text the walk gathers for the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaptureKind {
    Title,
    LdJson,
    H1,
    Byline,
    RelAuthor,
}

/// Text being gathered from an open element.
#[derive(Debug)]
pub(crate) struct Capture {
    pub kind: CaptureKind,
    pub text: String,
}

/// Most bylines looked at; the first few on a page are the article's.
const MAX_BYLINES: usize = 4;
/// Captured text beyond this is not metadata (a whole page in a "byline" container).
pub(crate) const MAX_CAPTURE: usize = 1 << 20;

/// Records what `el` says about the page; returns what text to capture from it, if any.
pub(crate) fn observe(
    el: &scraper::node::Element,
    name: &str,
    raw: &mut RawMeta,
) -> Option<CaptureKind> {
    if let Some(v) = el.attr("itemprop")
        && let Some(value) = el.attr("datetime").or_else(|| el.attr("content"))
    {
        for name in v.split_ascii_whitespace() {
            if name.eq_ignore_ascii_case("datePublished") && raw.item_published.is_none() {
                raw.item_published = Some(value.trim().to_owned());
            } else if name.eq_ignore_ascii_case("dateModified") && raw.item_modified.is_none() {
                raw.item_modified = Some(value.trim().to_owned());
            }
        }
    }
    match name {
        "html" => {
            if raw.lang.is_none() {
                raw.lang = el
                    .attr("lang")
                    .or_else(|| el.attr("xml:lang"))
                    .map(str::to_owned);
            }
            None
        }
        "title" => raw.title_tag.is_none().then_some(CaptureKind::Title),
        "meta" => {
            let key = el
                .attr("property")
                .or_else(|| el.attr("name"))
                .or_else(|| el.attr("itemprop"))
                .or_else(|| el.attr("http-equiv"));
            if let (Some(key), Some(content)) = (key, el.attr("content")) {
                let content = content.trim();
                if !content.is_empty() && raw.metas.len() < 2000 {
                    raw.metas
                        .push((key.trim().to_ascii_lowercase(), content.to_owned()));
                }
            }
            None
        }
        "link" => {
            let rel = el.attr("rel").unwrap_or("");
            if rel
                .split_ascii_whitespace()
                .any(|r| r.eq_ignore_ascii_case("canonical"))
                && raw.canonical.is_none()
            {
                raw.canonical = el.attr("href").map(|h| h.trim().to_owned());
            }
            None
        }
        "script" => el
            .attr("type")
            .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
            .then_some(CaptureKind::LdJson),
        "time" => {
            if raw.time_datetime.is_none() {
                raw.time_datetime = el.attr("datetime").map(|d| d.trim().to_owned());
            }
            None
        }
        "h1" => raw.h1.is_none().then_some(CaptureKind::H1),
        "a" if el
            .attr("rel")
            .is_some_and(|r| r.split_ascii_whitespace().any(|r| r == "author")) =>
        {
            (raw.rel_authors.len() < MAX_BYLINES).then_some(CaptureKind::RelAuthor)
        }
        _ => {
            let byline = el.attr("class").is_some_and(|c| {
                let c = c.to_ascii_lowercase();
                c.contains("byline")
                    || c.split(|ch: char| !ch.is_ascii_alphanumeric())
                        .any(|w| w == "author")
            }) || el
                .attr("itemprop")
                .is_some_and(|v| v.eq_ignore_ascii_case("author"))
                || el.attr("rel").is_some_and(|r| r == "author");
            (byline && raw.bylines.len() < MAX_BYLINES).then_some(CaptureKind::Byline)
        }
    }
}

/// Stores the text gathered for a closed element.
pub(crate) fn finish_capture(cap: Capture, raw: &mut RawMeta) {
    if cap.text.len() > MAX_CAPTURE {
        return;
    }
    let text = collapse(&cap.text);
    match cap.kind {
        CaptureKind::LdJson => raw.ld_json.push(cap.text),
        _ if text.is_empty() => {}
        CaptureKind::Title => raw.title_tag = Some(text),
        CaptureKind::H1 => raw.h1 = Some(text),
        CaptureKind::Byline => {
            if text.chars().count() <= 120 {
                raw.bylines.push(text);
            }
        }
        CaptureKind::RelAuthor => {
            if text.chars().count() <= 80 {
                raw.rel_authors.push(text);
            }
        }
    }
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the JSON-LD of the page says about the article.
#[derive(Debug, Default)]
struct LdArticle {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    publisher: Option<String>,
    description: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "webpage",
];

fn types_of(obj: &serde_json::Map<String, Value>) -> Vec<String> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => Vec::new(),
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let s = collapse(s);
            (!s.is_empty()).then_some(s)
        }
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("name")).or_else(|| str_of(o.get("@value"))),
        _ => None,
    }
}

fn names_of(v: Option<&Value>, out: &mut Vec<String>) {
    match v {
        Some(Value::String(s)) => {
            let s = collapse(s);
            if !s.is_empty() && !s.starts_with("http") {
                out.push(s);
            }
        }
        Some(Value::Array(a)) => {
            for x in a.iter().take(20) {
                if !x.is_array() {
                    names_of(Some(x), out);
                }
            }
        }
        Some(Value::Object(o)) => {
            if let Some(name) = str_of(o.get("name"))
                && !name.starts_with("http")
            {
                out.push(name);
            }
        }
        _ => {}
    }
}

/// Finds the article object in the JSON-LD scripts (through `@graph` and arrays).
fn ld_article(scripts: &[String]) -> LdArticle {
    let mut best: Option<(usize, LdArticle)> = None;
    let mut fallback_publisher = None;
    for script in scripts {
        let Ok(value) = serde_json::from_str::<Value>(script.trim()) else {
            continue;
        };
        // Iterative walk; serde_json already bounds nesting at 128 levels.
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a.iter().rev()),
                Value::Object(o) => {
                    if let Some(g) = o.get("@graph") {
                        stack.push(g);
                    }
                    let types = types_of(o);
                    if fallback_publisher.is_none()
                        && types
                            .iter()
                            .any(|t| t == "organization" || t == "newsmediaorganization")
                    {
                        fallback_publisher = str_of(o.get("name"));
                    }
                    let rank = types
                        .iter()
                        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
                        .min()
                        .map(|p| if p == ARTICLE_TYPES.len() - 1 { 2 } else { 0 })
                        .or_else(|| o.contains_key("headline").then_some(1));
                    let Some(rank) = rank else { continue };
                    if best.as_ref().is_some_and(|(r, _)| *r <= rank) {
                        continue;
                    }
                    let mut authors = Vec::new();
                    names_of(o.get("author").or_else(|| o.get("creator")), &mut authors);
                    let art = LdArticle {
                        headline: str_of(o.get("headline"))
                            .or_else(|| (rank < 2).then(|| str_of(o.get("name"))).flatten()),
                        authors,
                        published: str_of(o.get("datePublished"))
                            .or_else(|| str_of(o.get("dateCreated"))),
                        modified: str_of(o.get("dateModified")),
                        publisher: o.get("publisher").and_then(|p| str_of(Some(p))),
                        description: str_of(o.get("description")),
                        language: str_of(o.get("inLanguage")),
                        url: str_of(o.get("url")).or_else(|| {
                            o.get("mainEntityOfPage").and_then(|m| match m {
                                Value::Object(m) => str_of(m.get("@id")),
                                Value::String(s) => Some(s.clone()),
                                _ => None,
                            })
                        }),
                    };
                    best = Some((rank, art));
                }
                _ => {}
            }
        }
    }
    let mut art = best.map(|(_, a)| a).unwrap_or_default();
    if art.publisher.is_none() {
        art.publisher = fallback_publisher;
    }
    art
}

impl RawMeta {
    /// The content of the first meta tag named any of `keys`, in the order of `keys`.
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(key, v)| {
                    // `itemprop` and `property` may hold several names.
                    key.split_ascii_whitespace().any(|name| name == *k) && !v.trim().is_empty()
                })
                .map(|(_, v)| collapse(v))
        })
    }

    fn metas_all(&self, key: &str) -> impl Iterator<Item = &str> {
        self.metas
            .iter()
            .filter(move |(k, _)| k.split_ascii_whitespace().any(|name| name == key))
            .map(|(_, v)| v.as_str())
    }
}

/// True for a date the page wrote in ISO 8601 (`2024-03-05`, `2024-03-05T10:00:00+01:00`).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b.get(10).is_none_or(|&c| c == b'T' || c == b' ')
        // Placeholders such as 0001-01-01 stand for "no date".
        && s.get(..4).and_then(|y| y.parse::<u16>().ok()).is_some_and(|y| y >= 1900)
}

fn iso(candidates: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .map(|s| s.trim().to_owned())
        .find(|s| is_iso_date(s))
}

/// Assembles the metadata from what the walk collected.
pub(crate) fn build(raw: &RawMeta, url: Option<&str>) -> Metadata {
    let ld = ld_article(&raw.ld_json);
    let site_name = raw
        .meta(&["og:site_name", "application-name", "twitter:site"])
        .filter(|s| !s.starts_with('@'))
        .or_else(|| ld.publisher.clone());
    let title = raw
        .meta(&["og:title"])
        .or_else(|| ld.headline.clone())
        .or_else(|| raw.meta(&["twitter:title", "title", "headline"]))
        .or_else(|| raw.title_tag.clone())
        .or_else(|| raw.h1.clone())
        .map(|t| clean_title(&t, site_name.as_deref()))
        .filter(|t| !t.is_empty());

    let mut authors = ld.authors.clone();
    if authors.is_empty() {
        for v in raw
            .metas_all("author")
            .chain(raw.metas_all("article:author"))
        {
            if !v.starts_with("http") {
                authors.extend(split_names(v));
            }
        }
    }
    if authors.is_empty() {
        for v in raw
            .metas_all("parsely-author")
            .chain(raw.metas_all("sailthru.author"))
        {
            authors.extend(split_names(v));
        }
    }
    if authors.is_empty() {
        for v in &raw.rel_authors {
            authors.extend(split_names(v));
        }
    }
    if authors.is_empty() {
        for v in &raw.bylines {
            authors.extend(split_names(v));
        }
    }
    let mut seen: Vec<String> = Vec::new();
    authors.retain(|a| {
        let key = a.to_lowercase();
        // "Eric Tucker Associated Press" after "Eric Tucker" repeats a name glued to its
        // agency.
        let repeat = seen
            .iter()
            .any(|s| *s == key || key.starts_with(&format!("{s} ")));
        let fresh = !repeat && plausible_name(a);
        seen.push(key);
        fresh
    });
    authors.truncate(12);

    let published = iso([
        ld.published.clone(),
        raw.meta(&[
            "article:published_time",
            "article:published",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dcterms.created",
            "dc.date",
            "date",
        ]),
        raw.item_published.clone(),
        raw.time_datetime.clone(),
    ]);
    let modified = iso([
        ld.modified.clone(),
        raw.meta(&[
            "article:modified_time",
            "article:modified",
            "og:updated_time",
            "datemodified",
            "last-modified",
            "dcterms.modified",
            "dc.date.modified",
        ]),
        raw.item_modified.clone(),
    ]);
    let canonical_url = raw
        .canonical
        .clone()
        .filter(|c| !c.is_empty())
        .or_else(|| raw.meta(&["og:url"]))
        .or_else(|| ld.url.clone().filter(|u| u.starts_with("http")))
        .map(|c| resolve(&c, url));
    let language = raw
        .lang
        .clone()
        .or_else(|| raw.meta(&["content-language", "language", "dc.language"]))
        .or_else(|| ld.language.clone())
        .or_else(|| raw.meta(&["og:locale"]))
        .and_then(|l| normalise_lang(&l));
    let description = raw
        .meta(&["og:description", "description", "twitter:description"])
        .or_else(|| ld.description.clone());
    Metadata {
        title,
        authors,
        published,
        modified,
        site_name,
        canonical_url,
        language,
        description,
    }
}

/// A BCP 47 tag from an attribute value (`en_US` becomes `en-US`), or `None`.
fn normalise_lang(l: &str) -> Option<String> {
    let first = l
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-");
    let mut parts = first.split('-');
    let primary = parts.next()?;
    let ok = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then_some(first)
}

/// Resolves a root-relative or scheme-relative `href` against the page URL.
fn resolve(href: &str, base: Option<&str>) -> String {
    if href.starts_with("http://") || href.starts_with("https://") {
        return href.to_owned();
    }
    let Some(base) = base else {
        return href.to_owned();
    };
    let Some((scheme, rest)) = base.split_once("://") else {
        return href.to_owned();
    };
    if let Some(rest_href) = href.strip_prefix("//") {
        return format!("{scheme}://{rest_href}");
    }
    if href.starts_with('/') {
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        return format!("{scheme}://{host}{href}");
    }
    href.to_owned()
}

/// The writers a plain-text byline names, "By Jane Doe and John Roe, Staff Writers":
/// what [`split_names`] finds that reads as a name.
pub(crate) fn split_byline(s: &str) -> Vec<String> {
    // A role after the names ("Transport correspondent") has a word in lower case.
    split_names(s)
        .into_iter()
        .filter(|n| {
            plausible_name(n)
                && n.split_whitespace().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) || w.chars().count() <= 3
                })
        })
        .collect()
}

/// Splits a byline into names: "By Jane Doe and John Roe" gives both.
fn split_names(s: &str) -> Vec<String> {
    let s = collapse(s);
    let mut s = s.as_str();
    for prefix in [
        "By ",
        "by ",
        "BY ",
        "Written by ",
        "Words by ",
        "Posted by ",
        "Author: ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
        }
    }
    // Bylines often carry a role or date after a separator.
    let s = s.split(['|', '\u{2022}', '\n']).next().unwrap_or(s);
    s.replace(" and ", ",")
        .replace(" & ", ",")
        .split([',', ';'])
        .map(|p| {
            let p = p.trim();
            let p = p
                .strip_prefix("By ")
                .or_else(|| p.strip_prefix("by "))
                .unwrap_or(p);
            strip_byline_noise(p.trim().trim_end_matches('.').trim()).to_owned()
        })
        .enumerate()
        // Credentials after a name ("Jane Doe, MS, RD") are not names.
        .filter(|(i, p)| {
            let credential = *i > 0 && !p.contains(' ') && p.chars().count() <= 4;
            !p.is_empty() && !credential
        })
        .map(|(_, p)| p)
        .collect()
}

/// Removes what byline widgets append to a name: a link label ("View More Articles") or
/// the weekday of a date line that followed without a separator.
fn strip_byline_noise(name: &str) -> &str {
    const TAILS: &[&str] = &[
        "view more articles",
        "more articles",
        "view all posts",
        "all posts",
        "view profile",
    ];
    let lower = name.to_ascii_lowercase();
    for tail in TAILS.iter().chain(crate::sentences::WEEKDAYS) {
        if lower.ends_with(tail) && lower.len() > tail.len() {
            let cut = name.len() - tail.len();
            if let Some(rest) = name.get(..cut) {
                return rest.trim_end();
            }
        }
    }
    name
}

/// A person's or organisation's name rather than a sentence, a date or a URL.
fn plausible_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=6).contains(&words)
        && !s.contains(['(', ')', '@', '|'])
        && s.chars().count() <= 60
        && s.chars().next().is_some_and(char::is_alphabetic)
        && !s.contains("://")
        && !s.chars().any(|c| c.is_ascii_digit())
}

/// Removes the site name from a page title: "Headline | Site" or "Site - Headline".
fn clean_title(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    let site_key = site.map(|s| s.to_lowercase());
    for sep in [
        " | ",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        " :: ",
        " \u{00B7} ",
        " \u{00BB} ",
        " / ",
    ] {
        if let Some((left, right)) = title.rsplit_once(sep) {
            let right_l = right.to_lowercase();
            let is_site = site_key
                .as_deref()
                .is_some_and(|s| right_l.contains(s) || s.contains(right_l.as_str()));
            if is_site
                || (right.split_whitespace().count() <= 3 && left.split_whitespace().count() >= 3)
            {
                return left.trim().to_owned();
            }
        }
        if let Some((left, right)) = title.split_once(sep) {
            let left_l = left.to_lowercase();
            if site_key.as_deref().is_some_and(|s| left_l == s) {
                return right.trim().to_owned();
            }
        }
    }
    title
}
