//! Feeds, sitemaps and feed discovery, against a news site served on loopback from the
//! fixtures in `tests/fixtures/` (`{base}` in a fixture is the server's own URL).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use claimsift_fetch::{FetchOptions, Fetched, Fetcher, ProgressEvent, Validators};

use crate::support::{Reply, Server, check_all, opts};

fn fixture(name: &str) -> &'static str {
    match name {
        "rss2.xml" => include_str!("../fixtures/rss2.xml"),
        "rss1.rdf" => include_str!("../fixtures/rss1.rdf"),
        "rss091.xml" => include_str!("../fixtures/rss091.xml"),
        "atom.xml" => include_str!("../fixtures/atom.xml"),
        "feed.json" => include_str!("../fixtures/feed.json"),
        "hostile-items.xml" => include_str!("../fixtures/hostile-items.xml"),
        "sitemap-news.xml" => include_str!("../fixtures/sitemap-news.xml"),
        "sitemap-index.xml" => include_str!("../fixtures/sitemap-index.xml"),
        "sitemap-2026-10.xml" => include_str!("../fixtures/sitemap-2026-10.xml"),
        "sitemap-2026-11.xml" => include_str!("../fixtures/sitemap-2026-11.xml"),
        "front-page.html" => include_str!("../fixtures/front-page.html"),
        "article-page.html" => include_str!("../fixtures/article-page.html"),
        other => panic!("no fixture {other}"),
    }
}

fn typed(content_type: &str, body: &str) -> Reply {
    Reply::new(200)
        .header("Content-Type", content_type)
        .body(body.as_bytes())
}

/// A many-item RSS feed, for the cap.
fn many_items(base: &str, n: usize) -> String {
    let items: String = (0..n)
        .map(|i| format!("<item><link>{base}/articles/{i}</link></item>"))
        .collect();
    format!("<rss version=\"2.0\"><channel><title>t</title>{items}</channel></rss>")
}

/// The Harbour Gazette: feeds in every format, sitemaps, pages and articles. Articles
/// answer `/articles/<n>` with `<p>article <n></p>` and ETag `"a<n>"` (304 when asked with
/// it). robots.txt disallows `/private`.
async fn gazette() -> Server {
    Server::with_requests(|hit| {
        let base = format!("http://{}", hit.header("host").unwrap_or("?"));
        let page = |name: &str, ct: &str| typed(ct, &fixture(name).replace("{base}", &base));
        let path = hit.path.as_str();
        if let Some(n) = path.strip_prefix("/articles/") {
            let etag = format!("\"a{n}\"");
            if hit.header("if-none-match") == Some(etag.as_str()) {
                return Reply::new(304);
            }
            return Reply::html(&format!("<p>article {n}</p>")).header("ETag", &etag);
        }
        match path {
            "/robots.txt" => typed("text/plain", "User-agent: *\nDisallow: /private\n"),
            // Served as HTML: what it is, is decided by its content.
            "/rss2.xml" => page("rss2.xml", "text/html; charset=utf-8"),
            "/rss1.rdf" => page("rss1.rdf", "application/rdf+xml"),
            "/rss091.xml" => page("rss091.xml", "text/xml"),
            "/atom.xml" => page("atom.xml", "application/atom+xml"),
            "/feed.json" => page("feed.json", "application/feed+json"),
            // Not by extension either: a feed at a path that looks like a page.
            "/latest" => page("atom.xml", "application/xml"),
            "/hostile.xml" => page("hostile-items.xml", "application/rss+xml"),
            "/sitemap-news.xml" => page("sitemap-news.xml", "application/xml"),
            "/sitemap.xml" => page("sitemap-index.xml", "application/xml"),
            "/sitemaps/2026-10.xml" => page("sitemap-2026-10.xml", "text/xml"),
            "/sitemaps/2026-11.xml" => page("sitemap-2026-11.xml", "text/xml"),
            "/sitemaps/nested.xml" => page("sitemap-index.xml", "text/xml"),
            "/front" | "/" => page("front-page.html", "text/html"),
            "/story" => page("article-page.html", "text/html"),
            "/many.xml" => typed("application/rss+xml", &many_items(&base, 150)),
            "/broken.xml" => typed(
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><item><title>unclosed</channel>",
            ),
            "/empty.xml" => typed(
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>quiet</title></channel></rss>",
            ),
            "/binary.xml" => Reply::new(200)
                .header("Content-Type", "application/rss+xml")
                .body(b"<rss version=\"2.0\">\x00\x01\xff\xfe<channel>\x89PNG"),
            "/hop" => Reply::redirect(302, "/private/landing"),
            "/bad-feed-front" => typed(
                "text/html",
                "<html><head><link rel=alternate type=application/rss+xml \
                 href=/broken.xml></head><body>front</body></html>",
            ),
            _ => Reply::new(404),
        }
    })
    .await
}

/// Each result as `ok <input> <body>` / `304 <input>` / `err <message>`, with the server's
/// URL shortened to `{base}`.
fn outline(server: &Server, results: &[Result<Fetched, String>]) -> Vec<String> {
    let base = server.url("");
    results
        .iter()
        .map(|r| match r {
            Ok(f) if f.not_modified => format!("304 {}", f.input),
            Ok(f) => format!("ok {} {}", f.input, String::from_utf8_lossy(&f.bytes)),
            Err(e) => format!("err {e}"),
        })
        .map(|line| line.replace(&base, "{base}"))
        .collect()
}

#[tokio::test]
async fn every_feed_format_expands_into_its_items_in_feed_order() {
    let server = gazette().await;
    let three = [
        "ok {base}/articles/1 <p>article 1</p>",
        "ok {base}/articles/2 <p>article 2</p>",
        "ok {base}/articles/3 <p>article 3</p>",
    ];
    for (path, want) in [
        (
            "/rss2.xml",
            vec![
                three[0].to_owned(),
                "ok {base}/articles/2?utm_source=rss&ref=feed <p>article 2?utm_source=rss&ref=feed</p>"
                    .to_owned(),
                three[2].to_owned(),
            ],
        ),
        ("/rss1.rdf", three[..2].iter().map(|s| (*s).to_owned()).collect()),
        ("/rss091.xml", three[..2].iter().map(|s| (*s).to_owned()).collect()),
        ("/atom.xml", three.iter().map(|s| (*s).to_owned()).collect()),
        ("/latest", three.iter().map(|s| (*s).to_owned()).collect()),
        (
            "/feed.json",
            vec![
                three[0].to_owned(),
                three[1].to_owned(),
                "err {base}/feed.json (item 3): feed item has no link".to_owned(),
            ],
        ),
    ] {
        let results = check_all(&opts(), b"", &[server.url(path).as_str()]).await;
        assert_eq!(outline(&server, &results), want, "{path}");
        let first = results[0].as_ref().unwrap();
        assert_eq!(first.status, Some(200));
        assert_eq!(first.etag.as_deref(), Some("\"a1\""));
    }
    // robots.txt was read once for the whole run of each fetcher, never per item.
    assert!(server.hits_on("/articles/1/comments").is_empty());
    assert!(server.hits_on("/audio").is_empty());
}

#[tokio::test]
async fn feed_items_are_untrusted_input() {
    let server = gazette().await;
    let results = check_all(&opts(), b"", &[server.url("/hostile.xml").as_str()]).await;
    assert_eq!(
        outline(&server, &results),
        [
            "ok {base}/articles/1 <p>article 1</p>",
            "err {base}/private/secret: disallowed by the site's robots.txt",
            "err ftp://files.example/a.txt: unsupported URL scheme 'ftp'",
            "err javascript:alert(1): unsupported URL scheme 'javascript'",
            // The repeat of /articles/1 (with a fragment) is fetched once, above.
            "err {base}/gone: HTTP 404 Not Found",
            "err {base}/hop: disallowed by the site's robots.txt",
            "err {base}/hostile.xml (item 8): feed item has no link",
            "ok {base}/articles/2 <p>article 2</p>",
        ]
        .map(str::to_owned)
    );
    assert_eq!(server.hits_on("/articles/1").len(), 1);
    assert!(server.hits_on("/private").is_empty());
}

#[tokio::test]
async fn the_ssrf_guard_applies_to_items_of_a_local_feed() {
    // The feed is a local file (the user's own), its item points at loopback: with private
    // addresses not allowed, the item is refused and the server never contacted.
    let server = gazette().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.rss");
    let feed = format!(
        "<rss version=\"2.0\"><channel><item><link>{}</link></item>\
         <item><link>/relative</link></item></channel></rss>",
        server.url("/articles/1")
    );
    std::fs::write(&path, feed).unwrap();
    let strict = FetchOptions {
        allow_private_addresses: false,
        ..opts()
    };
    let results = check_all(&strict, b"", &[path.to_str().unwrap()]).await;
    let lines = outline(&server, &results);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("err {base}/articles/1: refused to fetch from '127.0.0.1'"),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        "err /relative: invalid URL: a relative link in a local file, with no base URL"
    );
    assert!(server.hits().is_empty());
    // Allowed, the same local feed's item is fetched over HTTP.
    let results = check_all(&opts(), b"", &[path.to_str().unwrap()]).await;
    assert_eq!(
        outline(&server, &results)[0],
        "ok {base}/articles/1 <p>article 1</p>"
    );
}

#[tokio::test]
async fn broken_empty_and_binary_feeds_are_errors_for_the_feed() {
    let server = gazette().await;
    let urls = [
        server.url("/broken.xml"),
        server.url("/empty.xml"),
        server.url("/binary.xml"),
        server.url("/articles/9"),
    ];
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let results = check_all(&opts(), b"", &inputs).await;
    let lines = outline(&server, &results);
    assert!(
        lines[0].starts_with("err {base}/broken.xml: feed does not parse: "),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        "err {base}/empty.xml: is a feed with no items to fetch"
    );
    assert!(
        lines[2].starts_with("err {base}/binary.xml: feed does not parse: "),
        "{lines:?}"
    );
    // The run goes on.
    assert_eq!(lines[3], "ok {base}/articles/9 <p>article 9</p>");
}

#[tokio::test]
async fn items_per_feed_are_capped() {
    let server = gazette().await;
    let options = FetchOptions {
        max_feed_items: 5,
        ..opts()
    };
    let results = check_all(&options, b"", &[server.url("/many.xml").as_str()]).await;
    let inputs: Vec<String> = results
        .iter()
        .map(|r| r.as_ref().unwrap().input.replace(&server.url(""), ""))
        .collect();
    assert_eq!(
        inputs,
        [
            "/articles/0",
            "/articles/1",
            "/articles/2",
            "/articles/3",
            "/articles/4"
        ]
    );
    assert_eq!(server.hits_on("/articles/").len(), 5);
    assert_eq!(FetchOptions::default().max_feed_items, 100);
}

#[tokio::test]
async fn feed_items_are_spaced_like_any_request_to_their_host() {
    let server = gazette().await;
    let options = FetchOptions {
        per_host_delay: Duration::from_millis(100),
        ..opts()
    };
    let results = check_all(&options, b"", &[server.url("/rss2.xml").as_str()]).await;
    assert!(results.iter().all(Result::is_ok));
    let hits: Vec<_> = server
        .hits()
        .into_iter()
        .filter(|h| h.path != "/robots.txt")
        .collect();
    assert_eq!(hits.len(), 4, "the feed and its three items");
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap >= Duration::from_millis(95), "gap {gap:?}");
    }
}

#[tokio::test]
async fn feed_items_use_conditional_get() {
    let server = gazette().await;
    let item = server.url("/articles/2");
    let validators = BTreeMap::from([(
        item.clone(),
        Validators {
            etag: Some("\"a2\"".into()),
            last_modified: None,
        },
    )]);
    let results: Vec<Result<Fetched, String>> = Fetcher::with_stdin(opts(), std::io::empty())
        .with_validators(validators)
        .fetch_all(&[server.url("/rss091.xml")])
        .await
        .into_iter()
        .map(|r| r.map_err(|f| f.to_string()))
        .collect();
    assert_eq!(
        outline(&server, &results),
        [
            "ok {base}/articles/1 <p>article 1</p>",
            "304 {base}/articles/2"
        ]
    );
    assert_eq!(results[1].as_ref().unwrap().status, Some(304));
}

#[tokio::test]
async fn a_news_sitemap_expands_newest_first() {
    let server = gazette().await;
    let results = check_all(&opts(), b"", &[server.url("/sitemap-news.xml").as_str()]).await;
    assert_eq!(
        outline(&server, &results),
        [
            "ok {base}/articles/3 <p>article 3</p>",
            "ok {base}/articles/2 <p>article 2</p>",
            "ok {base}/articles/1 <p>article 1</p>",
        ]
    );
    let capped = FetchOptions {
        max_feed_items: 1,
        ..opts()
    };
    let results = check_all(&capped, b"", &[server.url("/sitemap-news.xml").as_str()]).await;
    assert_eq!(
        outline(&server, &results),
        ["ok {base}/articles/3 <p>article 3</p>"]
    );
}

#[tokio::test]
async fn a_sitemap_index_expands_one_level() {
    let server = gazette().await;
    let results = check_all(&opts(), b"", &[server.url("/sitemap.xml").as_str()]).await;
    assert_eq!(
        outline(&server, &results),
        [
            "err {base}/sitemaps/missing.xml: HTTP 404 Not Found",
            "err {base}/sitemaps/nested.xml: is a sitemap index inside a sitemap index; \
             only one level is expanded",
            // No news:publication_date, so sitemap order, newest sitemap (by lastmod)
            // first, repeats dropped: 2026-11 lists 3 and 2, 2026-10 lists 1 (and 2).
            "ok {base}/articles/3 <p>article 3</p>",
            "ok {base}/articles/2 <p>article 2</p>",
            "ok {base}/articles/1 <p>article 1</p>",
        ]
    );
    // The nested index was fetched but not expanded: its own sitemaps were not fetched twice.
    assert_eq!(server.hits_on("/sitemaps/2026-10.xml").len(), 1);
}

#[tokio::test]
async fn feed_discovery_is_off_by_default_and_skips_articles() {
    let server = gazette().await;
    let front = server.url("/front");
    let story = server.url("/story");
    let results = check_all(&opts(), b"", &[front.as_str()]).await;
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().unwrap().input, front);

    let discovering = FetchOptions {
        discover_feeds: true,
        ..opts()
    };
    let results = check_all(&discovering, b"", &[front.as_str(), story.as_str()]).await;
    let lines = outline(&server, &results);
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[0], "ok {base}/articles/1 <p>article 1</p>");
    // The article page advertises the same feed but stays itself.
    assert!(
        lines[3].starts_with("ok {base}/story <!DOCTYPE html>"),
        "{lines:?}"
    );

    let results = check_all(&discovering, b"", &[server.url("/bad-feed-front").as_str()]).await;
    let lines = outline(&server, &results);
    assert!(
        lines[0].starts_with(
            "err {base}/bad-feed-front: its advertised feed {base}/broken.xml: feed does not parse"
        ),
        "{lines:?}"
    );
}

#[tokio::test]
async fn progress_reports_every_result_once() {
    let server = gazette().await;
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&events);
    let inputs = [
        server.url("/rss2.xml"),
        server.url("/gone"),
        "ftp://x.example/".to_owned(),
    ];
    let results = Fetcher::with_stdin(opts(), std::io::empty())
        .with_progress(Arc::new(move |e| sink.lock().unwrap().push(e)))
        .fetch_all(&inputs)
        .await;
    assert_eq!(results.len(), 5);
    let events = events.lock().unwrap().clone();
    assert_eq!(events.first(), Some(&ProgressEvent::Started { total: 3 }));
    assert_eq!(events.last(), Some(&ProgressEvent::Finished { results: 5 }));
    let expanded: Vec<usize> = events
        .iter()
        .filter_map(|e| match e {
            ProgressEvent::Expanded { items, .. } => Some(*items),
            _ => None,
        })
        .collect();
    assert_eq!(expanded, [3]);
    let done: Vec<(String, bool)> = events
        .iter()
        .filter_map(|e| match e {
            ProgressEvent::Done { input, ok, .. } => Some((input.clone(), *ok)),
            _ => None,
        })
        .collect();
    assert_eq!(done.len(), 5);
    assert_eq!(done.iter().filter(|(_, ok)| !ok).count(), 2);
    // total + Σ(items - 1) == results
    assert_eq!(
        3 + expanded.iter().map(|n| n - 1).sum::<usize>(),
        results.len()
    );
}

#[tokio::test]
async fn named_files_and_standard_input_that_are_feeds_expand_but_directory_members_do_not() {
    let server = gazette().await;
    let base = server.url("");
    let base = base.trim_end_matches('/');
    let dir = tempfile::tempdir().unwrap();
    let sitemap = dir.path().join("news-sitemap.txt");
    std::fs::write(
        &sitemap,
        fixture("sitemap-news.xml").replace("{base}", base),
    )
    .unwrap();
    let json = dir.path().join("feed.json");
    std::fs::write(&json, fixture("feed.json").replace("{base}", base)).unwrap();
    let folder = dir.path().join("saved");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("feed.html"),
        fixture("rss091.xml").replace("{base}", base),
    )
    .unwrap();
    let stdin: &'static [u8] = Box::leak(
        fixture("atom.xml")
            .replace("{base}", base)
            .into_bytes()
            .into_boxed_slice(),
    );
    let inputs = [
        sitemap.to_str().unwrap(),
        json.to_str().unwrap(),
        "-",
        folder.to_str().unwrap(),
    ];
    let results = check_all(&opts(), stdin, &inputs).await;
    let inputs: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(f) => f.input.replace(base, "{base}"),
            Err(e) => format!("err {}", e.replace(base, "{base}")),
        })
        .collect();
    let member = folder.join("feed.html").display().to_string();
    let no_link = format!("err {} (item 3): feed item has no link", json.display());
    assert_eq!(
        inputs,
        [
            // The news sitemap, newest first, whatever the file is called.
            "{base}/articles/3",
            "{base}/articles/2",
            "{base}/articles/1",
            // The JSON Feed.
            "{base}/articles/1",
            "{base}/articles/2",
            no_link.as_str(),
            // The Atom feed on standard input.
            "{base}/articles/1",
            "{base}/articles/2",
            "{base}/articles/3",
            // A directory member is passed on as it is.
            member.as_str(),
        ]
    );
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[tokio::test]
async fn gzip_sitemaps_are_unpacked_within_the_size_limit() {
    let index = gzip(
        b"<sitemapindex><sitemap><loc>/small.xml.gz</loc></sitemap>\
          <sitemap><loc>/bomb.xml.gz</loc></sitemap>\
          <sitemap><loc>/fake.xml.gz</loc></sitemap></sitemapindex>",
    );
    let small = gzip(b"<urlset><url><loc>/articles/7</loc></url></urlset>");
    let mut big = b"<urlset><url><loc>/articles/8</loc></url>".to_vec();
    big.extend(std::iter::repeat_n(b' ', 200_000));
    big.extend_from_slice(b"</urlset>");
    let bomb = gzip(&big);
    let server = Server::start(move |path| {
        let gz = |body: &[u8]| typed("application/x-gzip", "").body(body);
        match path {
            "/sitemap.xml.gz" => gz(&index),
            "/small.xml.gz" => gz(&small),
            "/bomb.xml.gz" => gz(&bomb),
            "/fake.xml.gz" => gz(b"\x1f\x8b\x08garbage"),
            "/page.gz" => gz(&gzip(b"<p>not a sitemap</p>")),
            "/articles/7" => Reply::html("<p>seven</p>"),
            _ => Reply::new(404),
        }
    })
    .await;
    let options = FetchOptions {
        max_bytes: 100_000,
        ..opts()
    };
    let urls = [server.url("/sitemap.xml.gz"), server.url("/page.gz")];
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let results = check_all(&options, b"", &inputs).await;
    let lines = outline(&server, &results);
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(
        lines[0],
        "err {base}/bomb.xml.gz: response larger than 100000 bytes"
    );
    assert!(
        lines[1].starts_with("err {base}/fake.xml.gz: could not read: not a valid gzip file"),
        "{lines:?}"
    );
    assert_eq!(lines[2], "ok {base}/articles/7 <p>seven</p>");
    // A gzip file that is not a feed or sitemap is not an article either.
    assert_eq!(
        lines[3],
        "err {base}/page.gz: unsupported content type 'application/x-gzip' \
         (expected HTML, XHTML, XML, an RSS/Atom feed or plain text)"
    );
}
