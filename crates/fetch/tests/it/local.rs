//! Local inputs and the shape of `fetch_all`'s answer: order, names, standard input.

use std::fs;

use crate::support::{Reply, Server, check_all, opts};

#[tokio::test]
async fn results_keep_input_order_and_names() {
    let server = Server::start(|path| match path {
        "/ok" => Reply::html("<p>web</p>"),
        _ => Reply::new(404),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("articles")).unwrap();
    fs::write(root.join("articles/b.md"), "# b").unwrap();
    fs::write(root.join("articles/a.html"), "<p>a</p>").unwrap();
    fs::write(root.join("articles/.draft.html"), "draft").unwrap();
    fs::write(root.join("articles/skip.pdf"), "pdf").unwrap();
    fs::write(root.join("empty.txt"), "").unwrap();
    let articles = root.join("articles").display().to_string();
    let missing = root.join("missing.html").display().to_string();
    let empty = root.join("empty.txt").display().to_string();
    let ok = server.url("/ok");
    let gone = server.url("/gone");
    let inputs = [
        ok.as_str(),
        missing.as_str(),
        "-",
        gone.as_str(),
        articles.as_str(),
        "-",
        "ftp://example.com/x",
        empty.as_str(),
    ];
    let results = check_all(&opts(), b"from stdin", &inputs).await;
    let summary: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(f) => format!("ok {} {}", f.input, String::from_utf8_lossy(&f.bytes)),
            Err(e) => format!("err {e}"),
        })
        .collect();
    assert_eq!(
        summary,
        [
            format!("ok {ok} <p>web</p>"),
            format!("err {missing}: not found"),
            "ok - from stdin".to_owned(),
            format!("err {gone}: HTTP 404 Not Found"),
            format!("ok {articles}/a.html <p>a</p>"),
            format!("ok {articles}/b.md # b"),
            "err -: standard input was already read by an earlier '-'".to_owned(),
            "err ftp://example.com/x: unsupported URL scheme 'ftp'".to_owned(),
            format!("err {empty}: is empty"),
        ]
    );
    let a = results[4].as_ref().unwrap();
    assert_eq!(a.content_type.as_deref(), Some("text/html"));
    assert_eq!(a.url, None);
}

#[tokio::test]
async fn empty_directory_and_oversized_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("pics")).unwrap();
    fs::write(dir.path().join("pics/cat.png"), "png").unwrap();
    fs::write(dir.path().join("big.txt"), "x".repeat(2000)).unwrap();
    let pics = dir.path().join("pics").display().to_string();
    let big = dir.path().join("big.txt").display().to_string();
    let options = claimsift_fetch::FetchOptions {
        max_bytes: 1000,
        ..opts()
    };
    let results = check_all(&options, b"", &[pics.as_str(), big.as_str(), "-"]).await;
    let errors: Vec<String> = results.into_iter().map(|r| r.unwrap_err()).collect();
    assert_eq!(
        errors,
        [
            format!(
                "{pics}: is a directory with no articles (.html, .htm, .xhtml, .txt, .text, .md)"
            ),
            format!("{big}: file larger than 1000 bytes"),
            "-: is empty".to_owned(),
        ]
    );
}

#[test]
fn blocking_wrapper_works_without_a_runtime() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "text").unwrap();
    let a = dir.path().join("a.txt").display().to_string();
    let results = claimsift_fetch::fetch_all_blocking(&[a], &opts());
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().unwrap().bytes, b"text");
}
