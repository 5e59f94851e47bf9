//! Politeness: robots.txt, per-host spacing, retries.

use std::time::Duration;

use claimsift_fetch::FetchOptions;

use crate::support::{Reply, Server, check_all, opts};

#[tokio::test]
async fn requests_to_one_host_are_spaced() {
    let server = Server::start(|_| Reply::html("<p>x</p>")).await;
    let options = FetchOptions {
        per_host_delay: Duration::from_millis(150),
        ..opts()
    };
    let urls: Vec<String> = (0..3).map(|i| server.url(&format!("/p{i}"))).collect();
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let results = check_all(&options, b"", &inputs).await;
    assert!(results.iter().all(Result::is_ok));
    let hits = server.hits_on("/p");
    assert_eq!(hits.len(), 3);
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap >= Duration::from_millis(145), "gap {gap:?}");
    }
}

fn robots(text: &str) -> Reply {
    Reply::new(200)
        .header("Content-Type", "text/plain")
        .body(text.as_bytes())
}

#[tokio::test]
async fn robots_txt_is_fetched_once_and_obeyed() {
    let rules = "User-agent: *\nDisallow: /\n\nUser-agent: claimsift\nDisallow: /private\nAllow: /private/ok\n";
    let server = Server::with_robots(robots(rules), |_| Reply::html("<p>x</p>")).await;
    let urls = [
        server.url("/public"),
        server.url("/private/secret"),
        server.url("/private/ok"),
        server.url("/other"),
    ];
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let results = check_all(&opts(), b"", &inputs).await;
    let outcome: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(f) => format!("ok {}", f.input),
            Err(e) => format!("err {e}"),
        })
        .collect();
    assert_eq!(
        outcome,
        [
            format!("ok {}", urls[0]),
            format!("err {}: disallowed by the site's robots.txt", urls[1]),
            format!("ok {}", urls[2]),
            format!("ok {}", urls[3]),
        ]
    );
    assert_eq!(server.hits_on("/robots.txt").len(), 1);
    assert!(server.hits_on("/private/secret").is_empty());
}

#[tokio::test]
async fn robots_txt_rules_apply_to_redirect_targets() {
    let rules = "User-agent: claimsift\nDisallow: /members\n";
    let server = Server::with_robots(robots(rules), |path| match path {
        "/open" => Reply::redirect(302, "/members/page"),
        _ => Reply::html("<p>x</p>"),
    })
    .await;
    let results = check_all(&opts(), b"", &[server.url("/open").as_str()]).await;
    assert!(
        results[0]
            .as_ref()
            .unwrap_err()
            .ends_with("disallowed by the site's robots.txt")
    );
    assert!(server.hits_on("/members").is_empty());
}

#[tokio::test]
async fn robots_txt_server_error_disallows_the_site_and_404_allows_it() {
    let down = Server::with_robots(Reply::new(503), |_| Reply::html("<p>x</p>")).await;
    let results = check_all(&opts(), b"", &[down.url("/a").as_str()]).await;
    assert!(
        results[0].as_ref().unwrap_err().ends_with(
            "the site's robots.txt is unavailable (HTTP 503), so the whole site is off limits"
        ),
        "{results:?}"
    );
    assert!(down.hits_on("/a").is_empty());
    let absent = Server::start(|_| Reply::html("<p>x</p>")).await;
    let results = check_all(&opts(), b"", &[absent.url("/a").as_str()]).await;
    assert!(results[0].is_ok());
    // Not consulted at all when switched off.
    let ignored = FetchOptions {
        respect_robots_txt: false,
        ..opts()
    };
    let results = check_all(&ignored, b"", &[down.url("/b").as_str()]).await;
    assert!(results[0].is_ok());
}

#[tokio::test]
async fn crawl_delay_spaces_requests() {
    let server = Server::with_robots(robots("User-agent: *\nCrawl-delay: 0.2\n"), |_| {
        Reply::html("<p>x</p>")
    })
    .await;
    let urls: Vec<String> = (0..3).map(|i| server.url(&format!("/p{i}"))).collect();
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let results = check_all(&opts(), b"", &inputs).await;
    assert!(results.iter().all(Result::is_ok));
    let hits = server.hits_on("/p");
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap >= Duration::from_millis(195), "gap {gap:?}");
    }
}

#[tokio::test]
async fn different_hosts_are_fetched_in_parallel() {
    let slow = || Reply::html("<p>x</p>").delay(Duration::from_millis(300));
    let a = Server::start(move |_| slow()).await;
    let b = Server::start(move |_| slow()).await;
    let c = Server::start(move |_| slow()).await;
    let options = FetchOptions {
        per_host_delay: Duration::from_secs(5),
        ..opts()
    };
    let urls = [a.url("/1"), b.url("/1"), c.url("/1")];
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    let started = tokio::time::Instant::now();
    let results = check_all(&options, b"", &inputs).await;
    let elapsed = started.elapsed();
    assert!(results.iter().all(Result::is_ok));
    assert!(elapsed < Duration::from_millis(800), "took {elapsed:?}");

    // With one request allowed at a time, the same three take three times as long.
    let serial = FetchOptions {
        max_concurrency: 1,
        ..options
    };
    let started = tokio::time::Instant::now();
    let results = check_all(&serial, b"", &inputs).await;
    assert!(results.iter().all(Result::is_ok));
    assert!(started.elapsed() >= Duration::from_millis(900));
}

/// A server that fails `failures` times with `reply`, then succeeds.
async fn flaky(failures: usize, reply: Reply) -> Server {
    let count = std::sync::atomic::AtomicUsize::new(0);
    Server::start(move |_| {
        if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < failures {
            reply.clone()
        } else {
            Reply::html("<p>finally</p>")
        }
    })
    .await
}

fn retrying() -> FetchOptions {
    FetchOptions {
        max_retries: 3,
        respect_robots_txt: false,
        ..opts()
    }
}

#[tokio::test]
async fn server_errors_are_retried_with_backoff() {
    let server = flaky(2, Reply::new(503)).await;
    let results = check_all(&retrying(), b"", &[server.url("/x").as_str()]).await;
    assert_eq!(results[0].as_ref().unwrap().bytes, b"<p>finally</p>");
    assert_eq!(server.hits().len(), 3);

    let always = Server::start(|_| Reply::new(500)).await;
    let results = check_all(&retrying(), b"", &[always.url("/x").as_str()]).await;
    assert!(
        results[0]
            .as_ref()
            .unwrap_err()
            .ends_with("HTTP 500 Internal Server Error (gave up after 4 attempts)"),
        "{results:?}"
    );
    assert_eq!(always.hits().len(), 4);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    for status in [400, 403, 404, 410] {
        let server = flaky(1, Reply::new(status)).await;
        let results = check_all(&retrying(), b"", &[server.url("/x").as_str()]).await;
        assert!(results[0].is_err(), "{status}");
        assert_eq!(server.hits().len(), 1, "{status}");
    }
}

#[tokio::test]
async fn refused_connections_are_retried_then_reported() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = format!("http://127.0.0.1:{port}/");
    let results = check_all(&retrying(), b"", &[url.as_str()]).await;
    assert_eq!(
        results[0].as_ref().unwrap_err(),
        &format!("{url}: connection refused (gave up after 4 attempts)")
    );
}

#[tokio::test]
async fn timeouts_are_retried() {
    let server = flaky(1, Reply::html("late").delay(Duration::from_secs(2))).await;
    let options = FetchOptions {
        timeout: Duration::from_millis(150),
        ..retrying()
    };
    let results = check_all(&options, b"", &[server.url("/x").as_str()]).await;
    assert_eq!(results[0].as_ref().unwrap().bytes, b"<p>finally</p>");
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = flaky(1, Reply::new(429).header("Retry-After", "1")).await;
    let started = tokio::time::Instant::now();
    let results = check_all(&retrying(), b"", &[server.url("/x").as_str()]).await;
    assert!(results[0].is_ok());
    let hits = server.hits();
    assert_eq!(hits.len(), 2);
    let gap = hits[1].at - hits[0].at;
    assert!(gap >= Duration::from_millis(990), "gap {gap:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn retry_after_beyond_the_limit_fails_at_once() {
    let server = flaky(1, Reply::new(503).header("Retry-After", "120")).await;
    let options = FetchOptions {
        max_retry_after: Duration::from_secs(5),
        ..retrying()
    };
    let results = check_all(&options, b"", &[server.url("/x").as_str()]).await;
    assert!(
        results[0].as_ref().unwrap_err().ends_with(
            "HTTP 503 Service Unavailable; the server asked to retry after 120s, longer than the 5s limit"
        ),
        "{results:?}"
    );
    assert_eq!(server.hits().len(), 1);
}

#[tokio::test]
async fn with_rate_limiting_off_one_host_is_fetched_in_parallel() {
    let server = Server::start(|_| Reply::html("<p>x</p>").delay(Duration::from_millis(300))).await;
    let urls: Vec<String> = (0..4).map(|i| server.url(&format!("/p{i}"))).collect();
    let inputs: Vec<&str> = urls.iter().map(String::as_str).collect();
    // opts(): per_host_delay zero and no Crawl-delay.
    let started = tokio::time::Instant::now();
    let results = check_all(&opts(), b"", &inputs).await;
    assert!(results.iter().all(Result::is_ok));
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_millis(900), "took {elapsed:?}");
    // Any spacing at all brings back one request at a time.
    let spaced = FetchOptions {
        per_host_delay: Duration::from_millis(1),
        ..opts()
    };
    let started = tokio::time::Instant::now();
    let results = check_all(&spaced, b"", &inputs).await;
    assert!(results.iter().all(Result::is_ok));
    assert!(started.elapsed() >= Duration::from_millis(1200));
}
