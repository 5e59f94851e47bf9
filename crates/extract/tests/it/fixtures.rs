//! Snapshot tests over the fixture pages in `tests/fixtures/`, written for this project.
//!
//! Each page is extracted and rendered for review: the metadata, then every block with its
//! kind and each of its sentences on its own line.

use std::fmt::Write as _;
use std::path::Path;

use claimsift_core::{Article, Fetched};
use claimsift_extract::{ExtractOptions, extract};

/// Renders an article as a person reviews it.
fn render(a: &Article) -> String {
    let mut out = String::new();
    let m = &a.metadata;
    let fields = [
        ("title", m.title.clone()),
        (
            "authors",
            (!m.authors.is_empty()).then(|| m.authors.join("; ")),
        ),
        ("published", m.published.clone()),
        ("modified", m.modified.clone()),
        ("site_name", m.site_name.clone()),
        ("canonical_url", m.canonical_url.clone()),
        ("language", m.language.clone()),
        ("description", m.description.clone()),
    ];
    for (name, value) in fields {
        let _ = writeln!(out, "{name}: {}", value.as_deref().unwrap_or("-"));
    }
    for d in &a.diagnostics {
        let _ = writeln!(out, "diagnostic: {d}");
    }
    for (i, block) in a.blocks.iter().enumerate() {
        let level = block.level.map(|l| format!(" {l}")).unwrap_or_default();
        let _ = writeln!(out, "\n[{}{level}]", block.kind.as_str());
        for s in a.sentences.iter().filter(|s| s.block == i) {
            let _ = writeln!(out, "  {}", &a.text[s.start..s.end]);
        }
    }
    out
}

fn check(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let bytes = std::fs::read(&path).unwrap();
    let fetched = Fetched {
        input: name.to_owned(),
        url: Some(format!("https://fixtures.example/{name}")),
        content_type: Some("text/html".to_owned()),
        bytes,
        ..Default::default()
    };
    let article = extract(&fetched, &ExtractOptions::default()).unwrap();
    article.check_spans().unwrap();
    insta::assert_snapshot!(name, render(&article));
}

#[test]
fn blog_post_with_comments() {
    check("blog-post-with-comments.html");
}

#[test]
fn no_classes_br_paragraphs() {
    check("no-classes-br-paragraphs.html");
}

#[test]
fn german_news_jsonld() {
    check("german-news-jsonld.html");
}

#[test]
fn listicle() {
    check("listicle.html");
}
