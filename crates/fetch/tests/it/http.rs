//! Plain HTTP: redirects, statuses, limits, timeouts, refused connections, content types
//! and the SSRF guard.

use std::time::Duration;

use claimsift_fetch::FetchError;
use tokio::time::Instant;

use crate::support::{Reply, Server, fetch, opts};

#[tokio::test]
async fn success_after_redirects_records_final_url_and_type() {
    let server = Server::start(|path| match path {
        "/start" => Reply::redirect(302, "/middle"),
        "/middle" => Reply::redirect(301, "/final?x=1"),
        "/final?x=1" => Reply::html("<h1>Hello</h1>"),
        _ => Reply::new(404),
    })
    .await;
    let start = server.url("/start");
    let got = fetch(&opts(), &start).await.unwrap();
    assert_eq!(got.input, start);
    assert_eq!(got.url.as_deref(), Some(server.url("/final?x=1").as_str()));
    assert_eq!(
        got.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(got.bytes, b"<h1>Hello</h1>");
    let ua = server.hits_on("/start")[0].user_agent.clone().unwrap();
    assert!(ua.starts_with("claimsift/"), "{ua}");
}

#[tokio::test]
async fn redirect_limit_is_enforced() {
    let server = Server::start(|path| {
        let n: u32 = path.trim_start_matches("/loop/").parse().unwrap_or(0);
        Reply::redirect(307, &format!("/loop/{}", n + 1))
    })
    .await;
    let options = claimsift_fetch::FetchOptions {
        max_redirects: 3,
        ..opts()
    };
    let err = fetch(&options, &server.url("/loop/0")).await.unwrap_err();
    assert_eq!(err, FetchError::TooManyRedirects(3));
    assert_eq!(err.to_string(), "too many redirects (more than 3)");
    assert_eq!(server.hits_on("/loop/").len(), 4);
}

#[tokio::test]
async fn redirect_without_location_is_named() {
    let server = Server::start(|_| Reply::new(302)).await;
    let err = fetch(&opts(), &server.url("/x")).await.unwrap_err();
    assert_eq!(err, FetchError::BadRedirect { code: 302 });
}

#[tokio::test]
async fn not_found_is_named_and_not_retried() {
    let server = Server::start(|_| Reply::new(404)).await;
    let options = claimsift_fetch::FetchOptions {
        max_retries: 3,
        ..opts()
    };
    let err = fetch(&options, &server.url("/missing")).await.unwrap_err();
    assert_eq!(err.to_string(), "HTTP 404 Not Found");
    assert_eq!(server.hits_on("/missing").len(), 1);
}

#[tokio::test]
async fn server_error_is_named() {
    let server = Server::start(|_| Reply::new(500)).await;
    let err = fetch(&opts(), &server.url("/boom")).await.unwrap_err();
    assert_eq!(err.to_string(), "HTTP 500 Internal Server Error");
}

#[tokio::test]
async fn size_limit_from_content_length() {
    let server = Server::start(|path| match path {
        // Declares far more than it sends: refused on the header alone.
        "/huge" => Reply::html("short").content_length(50_000_000),
        "/big" => Reply::html(&"x".repeat(5000)),
        _ => Reply::html(&"x".repeat(1000)),
    })
    .await;
    let options = claimsift_fetch::FetchOptions {
        max_bytes: 1000,
        ..opts()
    };
    for path in ["/huge", "/big"] {
        let err = fetch(&options, &server.url(path)).await.unwrap_err();
        assert_eq!(err, FetchError::ResponseTooLarge { limit: 1000 }, "{path}");
    }
    assert_eq!(
        err_text(&claimsift_fetch::FetchOptions::default()),
        "response larger than 20 MiB"
    );
    let ok = fetch(&options, &server.url("/exact")).await.unwrap();
    assert_eq!(ok.bytes.len(), 1000);
}

fn err_text(options: &claimsift_fetch::FetchOptions) -> String {
    FetchError::ResponseTooLarge {
        limit: options.max_bytes,
    }
    .to_string()
}

#[tokio::test]
async fn size_limit_while_streaming_a_chunked_body() {
    let server = Server::start(|path| match path {
        "/big" => Reply::html(&"y".repeat(5000)).chunked(),
        _ => Reply::html(&"y".repeat(900)).chunked(),
    })
    .await;
    let options = claimsift_fetch::FetchOptions {
        max_bytes: 1000,
        ..opts()
    };
    let err = fetch(&options, &server.url("/big")).await.unwrap_err();
    assert_eq!(err, FetchError::ResponseTooLarge { limit: 1000 });
    let ok = fetch(&options, &server.url("/small")).await.unwrap();
    assert_eq!(ok.bytes.len(), 900);
}

#[tokio::test]
async fn slow_server_times_out() {
    let server = Server::start(|_| Reply::html("late").delay(Duration::from_secs(3))).await;
    let options = claimsift_fetch::FetchOptions {
        timeout: Duration::from_millis(200),
        ..opts()
    };
    let started = Instant::now();
    let err = fetch(&options, &server.url("/slow")).await.unwrap_err();
    assert_eq!(err.to_string(), "timed out after 200ms");
    assert!(started.elapsed() < Duration::from_secs(2));
}

async fn closed_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    port
}

#[tokio::test]
async fn refused_connection_is_named() {
    let port = closed_port().await;
    let url = format!("http://127.0.0.1:{port}/");
    let err = fetch(&opts(), &url).await.unwrap_err();
    assert_eq!(err, FetchError::ConnectionRefused);
    assert_eq!(err.to_string(), "connection refused");
}

#[tokio::test]
async fn wrong_content_type_is_named() {
    let server = Server::start(|path| match path {
        "/pic" => Reply::new(200)
            .header("Content-Type", "image/png")
            .body(b"\x89PNG"),
        "/pdf" => Reply::new(200)
            .header("Content-Type", "application/pdf; qs=0.5")
            .body(b"%PDF"),
        // A feed is accepted, and stands for its one item.
        "/feed" => Reply::new(200)
            .header("Content-Type", "application/rss+xml")
            .body(b"<rss version='2.0'><channel><item><link>/plain</link></item></channel></rss>"),
        // JSON is accepted from a URL the user named only when it is a JSON Feed.
        "/json" => Reply::new(200)
            .header("Content-Type", "application/json")
            .body(b"{\"ok\": true}"),
        "/plain" => Reply::new(200)
            .header("Content-Type", "text/plain")
            .body(b"hi"),
        // No Content-Type at all: accepted, the extract stage sniffs.
        _ => Reply::new(200).body(b"<p>?</p>"),
    })
    .await;
    let err = fetch(&opts(), &server.url("/pic")).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "unsupported content type 'image/png' (expected HTML, XHTML, XML, an RSS/Atom feed or plain text)"
    );
    let err = fetch(&opts(), &server.url("/pdf")).await.unwrap_err();
    assert_eq!(
        err,
        FetchError::UnsupportedContentType("application/pdf".into())
    );
    let err = fetch(&opts(), &server.url("/json")).await.unwrap_err();
    assert_eq!(
        err,
        FetchError::UnsupportedContentType("application/json".into())
    );
    for path in ["/feed", "/plain", "/none"] {
        assert!(fetch(&opts(), &server.url(path)).await.is_ok(), "{path}");
    }
}

#[tokio::test]
async fn private_addresses_are_refused_by_default() {
    let server = Server::start(|_| Reply::html("secret")).await;
    let strict = claimsift_fetch::FetchOptions {
        allow_private_addresses: false,
        ..opts()
    };
    let literal = server.url("/admin");
    let err = fetch(&strict, &literal).await.unwrap_err();
    assert!(
        matches!(&err, FetchError::Blocked { kind: "loopback", addr, .. } if addr == "127.0.0.1"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("private addresses are not allowed")
    );
    // A host name that resolves to loopback is refused by the resolver.
    let by_name = format!("http://localhost:{}/admin", server.addr.port());
    let err = fetch(&strict, &by_name).await.unwrap_err();
    assert!(
        matches!(&err, FetchError::Blocked { kind: "loopback", host, .. } if host == "localhost"),
        "{err:?}"
    );
    assert!(server.hits().is_empty(), "the server must not be contacted");
    // The same URLs work when private addresses are allowed.
    assert!(fetch(&opts(), &literal).await.is_ok());
}

/// `<p>` + 100 000 × `a` + `</p>`, gzip-compressed to 141 bytes.
const GZIP_BOMB: [u8; 141] = [
    31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 237, 193, 49, 17, 0, 0, 8, 4, 160, 72, 22, 248, 179, 139, 13,
    236, 63, 89, 195, 1, 200, 246, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 111, 165, 182, 15, 93, 161, 70, 68, 167, 134, 1, 0,
];

#[tokio::test]
async fn size_limit_counts_decompressed_bytes() {
    let server = Server::start(|_| {
        Reply::new(200)
            .header("Content-Type", "text/html")
            .header("Content-Encoding", "gzip")
            .body(&GZIP_BOMB)
    })
    .await;
    let options = claimsift_fetch::FetchOptions {
        max_bytes: 10_000,
        ..opts()
    };
    let err = fetch(&options, &server.url("/bomb")).await.unwrap_err();
    assert_eq!(err, FetchError::ResponseTooLarge { limit: 10_000 });
    let ok = fetch(&opts(), &server.url("/bomb")).await.unwrap();
    assert_eq!(ok.bytes.len(), 100_007);
}

#[tokio::test]
async fn redirect_targets_are_checked_like_the_first_url() {
    let server = Server::start(|path| match path {
        "/to-ftp" => Reply::redirect(302, "ftp://files.example/a.txt"),
        "/to-file" => Reply::redirect(302, "file:///etc/passwd"),
        _ => Reply::new(404),
    })
    .await;
    let err = fetch(&opts(), &server.url("/to-ftp")).await.unwrap_err();
    assert_eq!(err.to_string(), "unsupported URL scheme 'ftp'");
    let err = fetch(&opts(), &server.url("/to-file")).await.unwrap_err();
    assert_eq!(err.to_string(), "unsupported URL scheme 'file'");
}

#[tokio::test]
async fn connect_timeout_is_named() {
    // A listener that never accepts, with its queue filled: further connection attempts on
    // loopback get no answer, so the connect timeout fires.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(0).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..4 {
        let attempt = tokio::time::timeout(
            Duration::from_millis(100),
            tokio::net::TcpStream::connect(addr),
        )
        .await;
        match attempt {
            Ok(Ok(stream)) => fillers.push(stream),
            _ => break,
        }
    }
    let options = claimsift_fetch::FetchOptions {
        connect_timeout: Duration::from_millis(200),
        ..opts()
    };
    let started = Instant::now();
    let err = fetch(&options, &format!("http://{addr}/"))
        .await
        .unwrap_err();
    if fillers.len() == 4 {
        // The kernel kept accepting into the queue: this machine cannot stage the case.
        return;
    }
    assert_eq!(err.to_string(), "connection timed out after 200ms");
    assert!(started.elapsed() < Duration::from_secs(2));
    drop(listener);
}
