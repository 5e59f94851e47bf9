//! `claimsift baseline save DIR` and `claimsift baseline check DIR`: reviewable per-article
//! JSON for a corpus, and a readable diff against it, so a newsroom that edits lexicons or
//! upgrades claimsift sees exactly which claims move.
//!
//! The folder holds `index.json` (the inputs, and which file holds which article) and one
//! pretty-printed JSON file per article, named after its input. Output is deterministic, so
//! the folder can live in version control.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};
use claimsift_core::{ArticleReport, InputError, Report, diff_claims};
use serde::{Deserialize, Serialize};

const INDEX: &str = "index.json";

#[derive(Debug, Serialize, Deserialize)]
pub struct Index {
    pub schema: String,
    /// The inputs as given to `baseline save`; `check` re-runs these.
    pub inputs: Vec<String>,
    pub articles: Vec<Entry>,
    pub errors: Vec<InputError>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Entry {
    pub input: String,
    pub file: String,
}

/// A file name for an input: its letters, digits, dots and dashes, others as `_`, unique in
/// the folder (a numeric suffix on collision, in input order).
fn file_names(report: &Report) -> Vec<String> {
    let mut used = BTreeMap::<String, usize>::new();
    report
        .articles
        .iter()
        .map(|a| {
            let mut base: String = a
                .input
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            base = base.trim_matches('.').chars().take(120).collect();
            if base.is_empty() {
                base = "article".to_owned();
            }
            let n = used.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                format!("{base}.json")
            } else {
                format!("{base}-{n}.json")
            }
        })
        .collect()
}

/// Reads the index of a baseline folder.
pub fn read_index(dir: &Path) -> Result<Index> {
    let path = dir.join(INDEX);
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "no baseline at {} (run `claimsift baseline save` first)",
            path.display()
        )
    })?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not a baseline index", path.display()))
}

/// Writes the baseline: one file per article and the index. Files of an earlier baseline in
/// the folder that the new one does not list are removed, so no stale file lingers.
pub fn save(dir: &Path, inputs: &[String], report: &Report) -> Result<String> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let old = read_index(dir).ok();
    let names = file_names(report);
    for (article, name) in report.articles.iter().zip(&names) {
        crate::write_atomically(
            &dir.join(name),
            claimsift_report::pretty(article).as_bytes(),
        )?;
    }
    if let Some(old) = old {
        for entry in old.articles {
            if !names.contains(&entry.file) && !entry.file.contains(['/', '\\']) {
                let _ = std::fs::remove_file(dir.join(&entry.file));
            }
        }
    }
    let index = Index {
        schema: claimsift_core::SCHEMA.to_owned(),
        inputs: inputs.to_vec(),
        articles: report
            .articles
            .iter()
            .zip(&names)
            .map(|(a, f)| Entry {
                input: a.input.clone(),
                file: f.clone(),
            })
            .collect(),
        errors: report.errors.clone(),
    };
    crate::write_atomically(
        &dir.join(INDEX),
        claimsift_report::pretty(&index).as_bytes(),
    )?;
    Ok(format!(
        "baseline saved to {}: {} articles, {} errors\n",
        dir.display(),
        report.articles.len(),
        report.errors.len()
    ))
}

/// Compares a fresh report with the saved baseline. Returns the readable diff and whether
/// anything differs.
pub fn check(dir: &Path, index: &Index, report: &Report) -> Result<(String, bool)> {
    let mut out = String::new();
    let mut differs = false;
    let fresh: BTreeMap<&str, &ArticleReport> = report
        .articles
        .iter()
        .map(|a| (a.input.as_str(), a))
        .collect();
    let saved_inputs: Vec<&str> = index.articles.iter().map(|e| e.input.as_str()).collect();
    let mut same = 0;
    for entry in &index.articles {
        if entry.file.contains(['/', '\\']) {
            bail!(
                "{}: file name {:?} is not inside the baseline folder",
                dir.join(INDEX).display(),
                entry.file
            );
        }
        let path = dir.join(&entry.file);
        let saved_text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let saved: ArticleReport = serde_json::from_str(&saved_text)
            .with_context(|| format!("{} is not a claimsift article", path.display()))?;
        let Some(now) = fresh.get(entry.input.as_str()) else {
            differs = true;
            let why = report
                .errors
                .iter()
                .find(|e| e.input == entry.input)
                .map_or_else(
                    || "no longer among the inputs".to_owned(),
                    |e| format!("now fails: {}", e.error),
                );
            let _ = writeln!(out, "- {}: {why}", entry.input);
            continue;
        };
        let now_text = claimsift_report::pretty(now);
        if now_text == saved_text {
            same += 1;
            continue;
        }
        differs = true;
        let _ = writeln!(out, "~ {} ({})", entry.input, entry.file);
        if saved.text != now.text {
            let _ = writeln!(out, "    article text changed");
        }
        if saved.metadata != now.metadata {
            let _ = writeln!(out, "    metadata changed");
        }
        let changes = diff_claims(&saved.claims, &now.claims);
        if !changes.is_empty() {
            crate::history::write_changes(&mut out, &changes, "    ");
        }
        // Whatever the summary above does not name (a score, a reason, an attribution that
        // is not a claim's) shows in the JSON diff.
        let diff = similar::TextDiff::from_lines(&saved_text, &now_text);
        let unified = diff
            .unified_diff()
            .context_radius(1)
            .header(&entry.file, "now")
            .to_string();
        let lines: Vec<&str> = unified.lines().collect();
        for line in lines.iter().take(60) {
            let _ = writeln!(out, "    {line}");
        }
        if lines.len() > 60 {
            let _ = writeln!(out, "    … {} more diff lines", lines.len() - 60);
        }
    }
    for article in &report.articles {
        if !saved_inputs.contains(&article.input.as_str()) {
            differs = true;
            let _ = writeln!(
                out,
                "+ {}: new article ({} claims)",
                article.input,
                article.claims.len()
            );
        }
    }
    for error in &report.errors {
        if !index.errors.iter().any(|e| e.input == error.input)
            && saved_inputs.contains(&error.input.as_str())
        {
            continue; // already reported above as "now fails"
        }
        if !index.errors.contains(error) {
            differs = true;
            let _ = writeln!(out, "! {}: {}", error.input, error.error);
        }
    }
    let _ = writeln!(
        out,
        "{same} of {} articles match the baseline in {}",
        index.articles.len(),
        dir.display()
    );
    Ok((out, differs))
}
