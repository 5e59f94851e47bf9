//! A tiny HTTP/1.1 server on 127.0.0.1 for tests and benchmarks: real sockets, one
//! response per connection (`Connection: close`), and a log of every request it saw.
//!
//! Behind the `test-server` feature, so that other packages in the workspace (the binary's
//! end-to-end tests and benchmarks) can serve pages on loopback without a server crate of
//! their own. It is test code: it panics if it cannot bind a port.
//!
//! ```no_run
//! # async fn demo() {
//! use claimsift_fetch::test_server::{Reply, Server};
//! let server = Server::start(|path| match path {
//!     "/a" => Reply::html("<p>Hello</p>"),
//!     _ => Reply::new(404),
//! })
//! .await;
//! let url = server.url("/a"); // http://127.0.0.1:<port>/a
//! # }
//! ```
#![allow(clippy::unwrap_used, clippy::missing_panics_doc)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

/// What the server saw of one request.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The request target: path and query.
    pub path: String,
    pub user_agent: Option<String>,
    /// Every request header, names lower-cased, in the order sent.
    pub headers: Vec<(String, String)>,
    /// When the request head had been read.
    pub at: Instant,
}

impl Hit {
    /// The first value of a header (name compared without case).
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
    /// Send the body chunked, without a Content-Length.
    pub chunked: bool,
    /// Declare this Content-Length instead of the body's.
    pub content_length: Option<u64>,
}

impl Reply {
    pub fn new(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            chunked: false,
            content_length: None,
        }
    }

    pub fn html(body: &str) -> Self {
        Self::new(200)
            .header("Content-Type", "text/html; charset=utf-8")
            .body(body.as_bytes())
    }

    pub fn redirect(status: u16, location: &str) -> Self {
        Self::new(status).header("Location", location)
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn body(mut self, body: &[u8]) -> Self {
        self.body = body.to_vec();
        self
    }

    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn chunked(mut self) -> Self {
        self.chunked = true;
        self
    }

    pub fn content_length(mut self, n: u64) -> Self {
        self.content_length = Some(n);
        self
    }
}

type Handler = dyn Fn(&Hit) -> Reply + Send + Sync;

/// A running server; it stops when dropped.
#[derive(Debug)]
pub struct Server {
    pub addr: SocketAddr,
    hits: Arc<Mutex<Vec<Hit>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Starts a server answering each request path with `handler(path)`, and
    /// `/robots.txt` with 404 (no rules).
    pub async fn start(handler: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Self {
        Self::with_robots(Reply::new(404), handler).await
    }

    /// Starts a server answering `/robots.txt` with `robots` and other paths with
    /// `handler(path)`.
    pub async fn with_robots(
        robots: Reply,
        handler: impl Fn(&str) -> Reply + Send + Sync + 'static,
    ) -> Self {
        Self::with_requests(move |hit: &Hit| {
            if hit.path == "/robots.txt" {
                robots.clone()
            } else {
                handler(&hit.path)
            }
        })
        .await
    }

    /// Starts a server answering every request, `/robots.txt` included, with
    /// `handler(request)`, for replies that depend on the request's headers.
    pub async fn with_requests(handler: impl Fn(&Hit) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = Arc::clone(&hits);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                // Replies go out in two writes (head, body); without this, Nagle's
                // algorithm and delayed ACKs can hold the body back for tens of ms.
                let _ = stream.set_nodelay(true);
                let handler = Arc::clone(&handler);
                let log = Arc::clone(&log);
                tokio::spawn(async move {
                    let _ = serve(stream, handler, log).await;
                });
            }
        });
        Self { addr, hits, task }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    /// Requests whose path starts with `prefix`.
    pub fn hits_on(&self, prefix: &str) -> Vec<Hit> {
        self.hits()
            .into_iter()
            .filter(|h| h.path.starts_with(prefix))
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut stream: TcpStream,
    handler: Arc<Handler>,
    log: Arc<Mutex<Vec<Hit>>>,
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await?;
        if n == 0 || head.len() > 64 * 1024 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or("/")
        .to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let user_agent = headers
        .iter()
        .find(|(k, _)| k == "user-agent")
        .map(|(_, v)| v.clone());
    let hit = Hit {
        path,
        user_agent,
        headers,
        at: Instant::now(),
    };
    log.lock().unwrap().push(hit.clone());
    let reply = handler(&hit);
    tokio::time::sleep(reply.delay).await;
    let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    if reply.chunked {
        out.push_str("Transfer-Encoding: chunked\r\n\r\n");
        stream.write_all(out.as_bytes()).await?;
        for chunk in reply.body.chunks(1000) {
            stream
                .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                .await?;
            stream.write_all(chunk).await?;
            stream.write_all(b"\r\n").await?;
        }
        stream.write_all(b"0\r\n\r\n").await?;
    } else {
        let len = reply.content_length.unwrap_or(reply.body.len() as u64);
        out.push_str(&format!("Content-Length: {len}\r\n\r\n"));
        stream.write_all(out.as_bytes()).await?;
        stream.write_all(&reply.body).await?;
    }
    stream.shutdown().await
}

/// A realistic news article page for benchmarks, the same for the same `seed`: a site
/// header and navigation, a cookie banner, the article (headline, byline, `<time>`,
/// JSON-LD and OpenGraph metadata, 43–155 paragraphs of claims with numbers, quotes,
/// attributions and hedges, a pull quote, a list), a related-stories sidebar, a newsletter
/// box and a long footer. Between about 20 and 60 KB.
#[must_use]
pub fn sample_article(seed: u64) -> String {
    use std::fmt::Write as _;

    const ACTORS: [&str; 10] = [
        "the city council",
        "the health ministry",
        "Dr Amara Okafor, an epidemiologist at the university,",
        "the port authority",
        "Finance Minister Lena Vogt",
        "a spokesperson for the regional police",
        "the national statistics office",
        "union leader Tomasz Wiśniewski",
        "the company's chief executive",
        "independent auditors",
    ];
    const VERBS: [&str; 6] = [
        "said",
        "announced",
        "claimed",
        "told reporters",
        "warned",
        "confirmed",
    ];
    const TOPICS: [&str; 8] = [
        "unemployment fell to {n}.{d}% in October, the lowest level since {y}",
        "the ferry budget will rise by €{n} million next year",
        "hospital waiting times have doubled since {y}",
        "{n},{d}00 households were without power after the storm",
        "crime in the harbour district dropped {n}% compared with last year",
        "the new bridge could cost up to {n} times the original estimate",
        "fish stocks are up {n}% on last year, according to the latest survey",
        "rents in the old town have risen faster than wages for {d} years in a row",
    ];
    const HEDGES: [&str; 6] = [
        "It may take months before the effect is clear.",
        "Critics say the figures could be misleading.",
        "The numbers are likely to be revised.",
        "Some economists suggest the trend might not last.",
        "It is not yet known whether the plan will pass.",
        "Officials appeared to play down the risk.",
    ];
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut pick = |items: &[&'static str]| items[rng.usize(..items.len())];
    let mut numbers = fastrand::Rng::with_seed(seed ^ 0x9e37_79b9_7f4a_7c15);
    let sentence = |n: &mut fastrand::Rng, actor: &str, verb: &str, topic: &str| {
        let topic = topic
            .replace("{n}", &n.u32(2..95).to_string())
            .replace("{d}", &n.u32(1..9).to_string())
            .replace("{y}", &n.u32(1998..2024).to_string());
        let mut s = format!("{} {verb} that {topic}.", capitalise(actor));
        if n.bool() {
            s.push_str(" The figure was published on Tuesday in a report of more than 200 pages.");
        }
        s
    };
    let headline = format!(
        "{} after {} {}",
        capitalise(&numbers.u32(2..40).to_string()),
        pick(&ACTORS).trim_end_matches(','),
        pick(&VERBS)
    );
    let mut page = String::with_capacity(64 * 1024);
    let _ = write!(
        page,
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | Harbour Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta name="author" content="Staff reporter {seed}">
<link rel="stylesheet" href="/static/site.{seed}.css">
<link rel="alternate" type="application/rss+xml" href="/rss.xml">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}","datePublished":"2026-11-{day:02}T08:00:00Z","author":{{"@type":"Person","name":"Staff reporter {seed}"}}}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());</script>
</head><body>
<div id="cookie-banner" class="banner"><p>We use cookies to improve your experience. By continuing you agree to our <a href="/privacy">privacy policy</a>.</p><button>Accept all</button><button>Settings</button></div>
<header class="site-header"><a class="logo" href="/">Harbour Gazette</a><nav><ul>"#,
        day = 1 + seed % 28
    );
    for section in [
        "News", "Politics", "Business", "Harbour", "Sport", "Culture", "Opinion", "Weather",
        "Podcasts", "Puzzles",
    ] {
        let _ = write!(
            page,
            r#"<li><a href="/{}">{section}</a></li>"#,
            section.to_lowercase()
        );
    }
    let _ = write!(
        page,
        r#"</ul></nav><form class="search"><input name="q" placeholder="Search"></form></header>
<main><article class="story"><h1>{headline}</h1>
<p class="byline">By Staff reporter {seed} · <time datetime="2026-11-{day:02}T08:00:00Z">{day} November 2026</time></p>
"#,
        day = 1 + seed % 28
    );
    let paragraphs = 43 + numbers.usize(..112);
    for i in 0..paragraphs {
        let mut text = String::new();
        for _ in 0..1 + numbers.usize(..3) {
            let (actor, verb, topic) = (pick(&ACTORS), pick(&VERBS), pick(&TOPICS));
            text.push_str(&sentence(&mut numbers, actor, verb, topic));
            text.push(' ');
        }
        if numbers.u8(..3) == 0 {
            text.push_str(pick(&HEDGES));
            text.push(' ');
        }
        if numbers.u8(..4) == 0 {
            let _ = write!(
                text,
                "“We will not accept another {}% cut,” {} said.",
                numbers.u32(5..30),
                pick(&ACTORS).trim_end_matches(',')
            );
        }
        let _ = writeln!(page, "<p>{}</p>", text.trim_end());
        if i == 4 {
            let _ = writeln!(
                page,
                "<blockquote class=\"pull\">“The numbers speak for themselves,” {} said.</blockquote>",
                pick(&ACTORS).trim_end_matches(',')
            );
            page.push_str(
                "<aside class=\"ad\"><p>Advertisement</p><div class=\"slot\" data-size=\"300x250\"></div></aside>\n",
            );
        }
        if i == 9 {
            page.push_str("<ul><li>Ferry fares: up 4%</li><li>Parking: unchanged</li><li>Bus passes: down 10%</li></ul>\n");
        }
    }
    page.push_str("<div class=\"newsletter\"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story.</p><input type=\"email\"><button>Subscribe</button></div>\n</article>\n<aside class=\"related\"><h2>Most read</h2><ol>");
    for r in 0..12 {
        let _ = write!(
            page,
            r#"<li><a href="/news/{r}-{seed}">{} {}</a><span class="meta">{} comments</span></li>"#,
            capitalise(pick(&ACTORS).trim_end_matches(',')),
            pick(&VERBS),
            numbers.u32(0..500)
        );
    }
    page.push_str("</ol></aside></main>\n<footer><div class=\"cols\">");
    for col in 0..6 {
        let _ = write!(page, "<div class=\"col\"><h4>Section {col}</h4><ul>");
        for link in 0..10 {
            let _ = write!(
                page,
                r#"<li><a href="/s/{col}/{link}">Link {col}.{link}</a></li>"#
            );
        }
        page.push_str("</ul></div>");
    }
    page.push_str("</div><p class=\"legal\">© 2026 Harbour Gazette Ltd. All rights reserved. Registered in the harbour town. Contact the newsroom at news@gazette.example.</p></footer>\n<script src=\"/static/app.js\" defer></script></body></html>\n");
    page
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
