//! `claimsift history INPUT` and `claimsift diff RUN_A RUN_B`: what the state store knows of
//! an article's versions and of two runs, as text for a person or JSON for a program.

use std::fmt::Write as _;

use anyhow::{Result, bail};
use claimsift_core::{ClaimChanges, diff_claims};
use claimsift_store::{Store, VersionReason};
use serde::Serialize;

#[derive(Serialize)]
struct VersionView<'a> {
    version: i64,
    run: i64,
    created_at: &'a str,
    reason: &'a str,
    claims: usize,
    checkworthy: usize,
    changes: Option<&'a ClaimChanges>,
}

/// Lists an input's versions and the claim diff of each against the one before.
pub fn history(store: &dyn Store, input: &str, json: bool) -> Result<String> {
    let versions = store.history(input)?;
    if versions.is_empty() {
        bail!(
            "the state store has no versions of {input} (inputs are named as they were given to `run`)"
        );
    }
    if json {
        let views: Vec<VersionView<'_>> = versions
            .iter()
            .map(|v| VersionView {
                version: v.number,
                run: v.run,
                created_at: &v.created_at,
                reason: v.reason.as_str(),
                claims: v.document.claims.len(),
                checkworthy: v.document.claims.iter().filter(|c| c.checkworthy).count(),
                changes: v.changes.as_ref(),
            })
            .collect();
        return Ok(claimsift_report::pretty(&serde_json::json!({
            "schema": claimsift_core::SCHEMA,
            "input": input,
            "versions": views,
        })));
    }
    let mut out = format!(
        "{input}: {} version{}\n",
        versions.len(),
        if versions.len() == 1 { "" } else { "s" }
    );
    for v in &versions {
        let reason = match v.reason {
            VersionReason::First => "first seen",
            VersionReason::Text => "text changed",
            VersionReason::Pipeline => "re-classified (lexicons, settings or claimsift changed)",
        };
        let worthy = v.document.claims.iter().filter(|c| c.checkworthy).count();
        let _ = writeln!(
            out,
            "v{}  {}  run {}  {reason}  {} claims ({worthy} check-worthy)",
            v.number,
            v.created_at,
            v.run,
            v.document.claims.len()
        );
        if let Some(changes) = &v.changes {
            write_changes(&mut out, changes, "    ");
        }
    }
    Ok(out)
}

/// Writes a claim diff as `+`, `-` and `~` lines.
pub fn write_changes(out: &mut String, changes: &ClaimChanges, indent: &str) {
    for c in &changes.added {
        let _ = writeln!(out, "{indent}+ {}", c.text);
    }
    for c in &changes.removed {
        let _ = writeln!(out, "{indent}- {}", c.text);
    }
    for c in &changes.changed {
        let _ = writeln!(out, "{indent}~ {}", c.after.text);
        for what in &c.what {
            let _ = writeln!(out, "{indent}    {what}");
        }
    }
    if changes.is_empty() {
        let _ = writeln!(out, "{indent}(claims unchanged)");
    }
}

/// Compares two runs: inputs only in one of them, inputs whose version differs (with the
/// claim diff between the two versions), and inputs that failed.
pub fn diff(store: &dyn Store, a: i64, b: i64) -> Result<(String, bool)> {
    let entries_a = store.run_entries(a)?;
    let entries_b = store.run_entries(b)?;
    let version_in = |entries: &[claimsift_store::RunEntry], input: &str| {
        entries
            .iter()
            .rev()
            .find(|e| e.input == input)
            .and_then(|e| e.version)
    };
    let mut inputs: Vec<&str> = entries_a
        .iter()
        .chain(&entries_b)
        .map(|e| e.input.as_str())
        .collect();
    inputs.sort_unstable();
    inputs.dedup();

    let mut out = format!("runs {a} → {b}\n");
    let mut differs = false;
    let mut same = 0;
    for input in inputs {
        let in_a = entries_a.iter().any(|e| e.input == input);
        let in_b = entries_b.iter().any(|e| e.input == input);
        if let Some(error) = entries_b
            .iter()
            .rev()
            .find(|e| e.input == input)
            .and_then(|e| e.error.as_ref())
        {
            let _ = writeln!(out, "! {input}: failed in run {b}: {error}");
            differs = true;
            continue;
        }
        match (
            in_a,
            in_b,
            version_in(&entries_a, input),
            version_in(&entries_b, input),
        ) {
            (false, true, _, _) => {
                let _ = writeln!(out, "+ {input} (not in run {a})");
                differs = true;
            }
            (true, false, _, _) => {
                let _ = writeln!(out, "- {input} (not in run {b})");
                differs = true;
            }
            (_, _, va, vb) if va == vb => same += 1,
            (_, _, va, vb) => {
                differs = true;
                let old = match va {
                    Some(n) => store.version(input, n)?,
                    None => None,
                };
                let new = match vb {
                    Some(n) => store.version(input, n)?,
                    None => None,
                };
                let _ = writeln!(
                    out,
                    "~ {input} (v{} → v{})",
                    va.map_or("-".to_owned(), |n| n.to_string()),
                    vb.map_or("-".to_owned(), |n| n.to_string())
                );
                let before = old.map(|v| v.document.claims).unwrap_or_default();
                let after = new.map(|v| v.document.claims).unwrap_or_default();
                write_changes(&mut out, &diff_claims(&before, &after), "    ");
            }
        }
    }
    let _ = writeln!(
        out,
        "{same} input{} unchanged",
        if same == 1 { "" } else { "s" }
    );
    Ok((out, differs))
}
