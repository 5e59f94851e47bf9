//! `claimsift eval extraction`: the article-extraction benchmark's metric (token 4-gram
//! shingle precision, recall and F1, and exact match) over `../shared/data/extraction`,
//! plus pages per second, and how many pages get each metadata field.
//!
//! Pages are read (gunzipped) and decoded before the clock starts, so the speed is that of
//! extraction alone: HTML already in memory, one thread.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;

use anyhow::{Context, Result};
use claimsift_core::Fetched;
use claimsift_extract::ExtractOptions;
use claimsift_extract::eval::{EvalPage, evaluate};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    #[serde(rename = "articleBody")]
    article_body: String,
    url: Option<String>,
}

/// Loads the pages and their gold texts, in id order.
pub fn load(data: &Path, opts: &ExtractOptions) -> Result<Vec<EvalPage>> {
    let gold_path = data.join("ground-truth.json");
    let gold: BTreeMap<String, Gold> = serde_json::from_str(
        &std::fs::read_to_string(&gold_path)
            .with_context(|| format!("cannot read {}", gold_path.display()))?,
    )
    .with_context(|| {
        format!(
            "{} is not the benchmark's ground truth",
            gold_path.display()
        )
    })?;
    let mut pages = Vec::with_capacity(gold.len());
    for (id, gold) in gold {
        let path = data.join("pages").join(format!("{id}.html.gz"));
        let file = std::fs::File::open(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut bytes)
            .with_context(|| format!("{} is not gzip", path.display()))?;
        let fetched = Fetched {
            input: id.clone(),
            url: gold.url.clone(),
            content_type: Some("text/html".to_owned()),
            bytes,
            ..Fetched::default()
        };
        let html = claimsift_extract::decode_page(&fetched, opts)
            .with_context(|| format!("cannot decode {}", path.display()))?;
        pages.push(EvalPage {
            id,
            html,
            gold: gold.article_body,
            url: gold.url,
        });
    }
    Ok(pages)
}

/// Runs the evaluation; writes `{id: {"articleBody": text}}` to `predictions` if given.
pub fn run(data: &Path, opts: &ExtractOptions, predictions: Option<&Path>) -> Result<String> {
    let pages = load(data, opts)?;
    let result = evaluate(&pages, opts);
    let mut out = format!(
        "extraction on {} ({} pages)\n  shingle P {:.4}  R {:.4}  F1 {:.4}  exact match {:.3}\n  {:.0} pages/s (extraction only, HTML in memory, one thread)\n",
        data.display(),
        result.pages,
        result.precision,
        result.recall,
        result.f1,
        result.exact_match,
        result.pages_per_sec
    );

    // Metadata coverage, and the predictions file.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut predicted = BTreeMap::new();
    for page in &pages {
        let article =
            claimsift_extract::extract_html(&page.id, page.url.as_deref(), &page.html, opts);
        let m = &article.metadata;
        for (field, present) in [
            ("title", m.title.is_some()),
            ("authors", !m.authors.is_empty()),
            ("published", m.published.is_some()),
            ("modified", m.modified.is_some()),
            ("site_name", m.site_name.is_some()),
            ("canonical_url", m.canonical_url.is_some()),
            ("language", m.language.is_some()),
            ("description", m.description.is_some()),
        ] {
            *counts.entry(field).or_insert(0) += usize::from(present);
        }
        predicted.insert(
            page.id.clone(),
            serde_json::json!({ "articleBody": article.text }),
        );
    }
    let fields: Vec<String> = counts.iter().map(|(f, n)| format!("{f} {n}")).collect();
    let _ = writeln!(
        out,
        "  metadata found (pages of {}): {}",
        pages.len(),
        fields.join(", ")
    );
    if let Some(path) = predictions {
        super::write_predictions(
            path,
            claimsift_report::pretty(&predicted).as_bytes(),
            &mut out,
        )?;
    }
    Ok(out)
}
