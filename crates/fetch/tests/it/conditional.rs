//! Validators and conditional GET: what a response records, what a request sends, and what
//! a `304 Not Modified` becomes.

use std::collections::BTreeMap;

use claimsift_fetch::{Fetched, Fetcher, Validators};

use crate::support::{Reply, Server, opts};

fn validators(etag: Option<&str>, last_modified: Option<&str>) -> Validators {
    Validators {
        etag: etag.map(str::to_owned),
        last_modified: last_modified.map(str::to_owned),
    }
}

/// Fetches `inputs` with `known` validators and returns each result or error message.
async fn check(known: &[(&str, Validators)], inputs: &[String]) -> Vec<Result<Fetched, String>> {
    let map: BTreeMap<String, Validators> = known
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    Fetcher::with_stdin(opts(), std::io::empty())
        .with_validators(map)
        .fetch_all(inputs)
        .await
        .into_iter()
        .map(|r| r.map_err(|f| f.to_string()))
        .collect()
}

const DATE: &str = "Wed, 21 Oct 2026 07:28:00 GMT";

/// A page whose current ETag is `"v2"`: a request naming it gets 304, any other gets the
/// page with its validators.
async fn versioned() -> Server {
    Server::with_requests(|hit| {
        if hit.path == "/robots.txt" {
            return Reply::new(404);
        }
        if hit.path == "/moved" {
            return Reply::redirect(301, "/page");
        }
        let fresh = hit.header("if-none-match") == Some("\"v2\"")
            || (hit.header("if-none-match").is_none()
                && hit.header("if-modified-since") == Some(DATE));
        if fresh {
            Reply::new(304)
        } else {
            Reply::html("<p>version 2</p>")
                .header("ETag", "\"v2\"")
                .header("Last-Modified", DATE)
        }
    })
    .await
}

#[tokio::test]
async fn responses_record_status_and_validators() {
    let server = versioned().await;
    let url = server.url("/page");
    let got = check(&[], std::slice::from_ref(&url)).await;
    let page = got[0].as_ref().unwrap();
    assert_eq!(page.status, Some(200));
    assert_eq!(page.etag.as_deref(), Some("\"v2\""));
    assert_eq!(page.last_modified.as_deref(), Some(DATE));
    assert!(!page.not_modified);
    assert_eq!(page.bytes, b"<p>version 2</p>");
    // Without validators, nothing conditional is sent.
    let hit = &server.hits_on("/page")[0];
    assert_eq!(hit.header("if-none-match"), None);
    assert_eq!(hit.header("if-modified-since"), None);
}

#[tokio::test]
async fn a_304_is_marked_not_modified_without_a_body() {
    let server = versioned().await;
    let url = server.url("/page");
    let known = [(url.as_str(), validators(Some("\"v2\""), Some(DATE)))];
    let got = check(&known, std::slice::from_ref(&url)).await;
    let page = got[0].as_ref().unwrap();
    assert_eq!(
        page,
        &Fetched {
            input: url.clone(),
            url: Some(url.clone()),
            content_type: None,
            bytes: Vec::new(),
            status: Some(304),
            // The 304 sent no validators: the known ones are carried over.
            etag: Some("\"v2\"".into()),
            last_modified: Some(DATE.into()),
            not_modified: true,
        }
    );
    let hit = &server.hits_on("/page")[0];
    assert_eq!(hit.header("if-none-match"), Some("\"v2\""));
    assert_eq!(hit.header("if-modified-since"), Some(DATE));
}

#[tokio::test]
async fn a_changed_page_comes_back_with_its_new_etag() {
    let server = versioned().await;
    let url = server.url("/page");
    let known = [(url.as_str(), validators(Some("\"v1\""), None))];
    let got = check(&known, std::slice::from_ref(&url)).await;
    let page = got[0].as_ref().unwrap();
    assert!(!page.not_modified);
    assert_eq!(page.status, Some(200));
    assert_eq!(page.etag.as_deref(), Some("\"v2\""));
    assert_eq!(page.bytes, b"<p>version 2</p>");
    assert_eq!(
        server.hits_on("/page")[0].header("if-none-match"),
        Some("\"v1\"")
    );
}

#[tokio::test]
async fn last_modified_alone_makes_a_conditional_request() {
    let server = versioned().await;
    let url = server.url("/page");
    let known = [(url.as_str(), validators(None, Some(DATE)))];
    let got = check(&known, std::slice::from_ref(&url)).await;
    let page = got[0].as_ref().unwrap();
    assert!(page.not_modified);
    assert_eq!(page.etag, None);
    assert_eq!(page.last_modified.as_deref(), Some(DATE));
}

#[tokio::test]
async fn a_304_after_a_redirect_names_the_final_url() {
    let server = versioned().await;
    let input = server.url("/moved");
    let known = [(input.as_str(), validators(Some("\"v2\""), None))];
    let got = check(&known, std::slice::from_ref(&input)).await;
    let page = got[0].as_ref().unwrap();
    assert!(page.not_modified);
    assert_eq!(page.input, input);
    assert_eq!(page.url.as_deref(), Some(server.url("/page").as_str()));
}

#[tokio::test]
async fn validators_are_found_by_the_parsed_url_too() {
    let server = versioned().await;
    // The user typed an upper-case scheme; the store holds the normalised URL.
    let typed = server.url("/page").replacen("http://", "HTTP://", 1);
    let stored = server.url("/page");
    let known = [(stored.as_str(), validators(Some("\"v2\""), None))];
    let got = check(&known, std::slice::from_ref(&typed)).await;
    let page = got[0].as_ref().unwrap();
    assert!(page.not_modified);
    assert_eq!(page.input, typed);
}

#[tokio::test]
async fn unconditional_304_and_unsendable_validators() {
    // A 304 we did not ask for is an error, not an empty document.
    let odd = Server::start(|_| Reply::new(304)).await;
    let got = check(&[], &[odd.url("/x")]).await;
    assert!(
        got[0]
            .as_ref()
            .unwrap_err()
            .ends_with("HTTP 304 Not Modified"),
        "{got:?}"
    );
    // A stored validator that cannot be a header value is left out, not an error.
    let server = versioned().await;
    let url = server.url("/page");
    let known = [(url.as_str(), validators(Some("bad\nvalue"), Some("")))];
    let got = check(&known, std::slice::from_ref(&url)).await;
    assert_eq!(got[0].as_ref().unwrap().status, Some(200));
    assert_eq!(server.hits_on("/page")[0].header("if-none-match"), None);
}
