//! `report.md`: a report for chat and email.
//!
//! Changes since the last run come first once the state store records them (issue 6); then,
//! per article, the check-worthy claims ranked by score with what they rest on, who says so
//! and how sure they are. Text from articles is escaped so it never turns into markup.

use std::fmt::Write as _;

use claimsift_core::{ArticleReport, ArticleStatus, Attribution, Claim, Report};

/// Renders the Markdown report.
#[must_use]
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let run = &report.run;
    out.push_str("# claimsift report\n\n");
    let _ = writeln!(
        out,
        "**{} articles · {} claims ({} check-worthy, {} attributed, {} hedged) · {} errors**\n",
        run.articles, run.claims, run.checkworthy, run.attributed, run.hedged, run.errors
    );
    changes_section(&mut out, report);
    if !report.errors.is_empty() {
        out.push_str("## Errors\n\n");
        for error in &report.errors {
            let _ = writeln!(out, "- `{}`: {}", code(&error.input), escape(&error.error));
        }
        out.push('\n');
    }
    for article in &report.articles {
        article_section(&mut out, article);
    }
    out
}

/// What changed since the last run, first, so an editor sees quiet edits at once.
fn changes_section(out: &mut String, report: &Report) {
    let run = &report.run;
    let (Some(new), Some(changed), Some(unchanged)) = (run.new, run.changed, run.unchanged) else {
        return;
    };
    out.push_str("## Changes since the last run\n\n");
    let _ = writeln!(
        out,
        "{new} new · {changed} changed · {unchanged} unchanged\n"
    );
    for article in &report.articles {
        let title = escape(article.title.as_deref().unwrap_or(&article.input));
        match article.status {
            Some(ArticleStatus::New) => {
                let worthy = article.claims.iter().filter(|c| c.checkworthy).count();
                let _ = writeln!(out, "- **new**: {title} ({worthy} check-worthy claims)");
            }
            Some(ArticleStatus::Changed) => {
                let _ = writeln!(out, "- **changed**: {title}");
                if let Some(changes) = &article.changes {
                    for claim in &changes.added {
                        let _ = writeln!(out, "  - added: {}", escape(&claim.text));
                    }
                    for claim in &changes.removed {
                        let _ = writeln!(out, "  - removed: {}", escape(&claim.text));
                    }
                    for change in &changes.changed {
                        let _ = writeln!(
                            out,
                            "  - changed: {} — {}",
                            escape(&change.after.text),
                            escape(&change.what.join("; "))
                        );
                    }
                }
            }
            _ => {}
        }
    }
    out.push('\n');
}

fn article_section(out: &mut String, article: &ArticleReport) {
    let title = article.title.as_deref().unwrap_or(&article.input);
    let status = article
        .status
        .map(|s| format!(" ({})", s.as_str()))
        .unwrap_or_default();
    let _ = writeln!(out, "## {}{status}\n", escape(title));
    let mut facts = vec![format!(
        "`{}`",
        code(article.url.as_deref().unwrap_or(&article.input))
    )];
    let meta = &article.metadata;
    if let Some(site) = &meta.site_name {
        facts.push(escape(site));
    }
    if let Some(date) = &meta.published {
        facts.push(format!("published {}", escape(date)));
    }
    if !meta.authors.is_empty() {
        facts.push(format!("by {}", escape(&meta.authors.join(", "))));
    }
    let _ = writeln!(out, "{}\n", facts.join(" · "));

    let (worthy, other): (Vec<&Claim>, Vec<&Claim>) =
        article.claims.iter().partition(|c| c.checkworthy);
    if worthy.is_empty() {
        out.push_str("No check-worthy claims.\n\n");
    }
    for (rank, claim) in worthy.iter().enumerate() {
        claim_item(out, rank + 1, claim);
    }
    if !other.is_empty() {
        let _ = writeln!(out, "Not check-worthy ({}):\n", other.len());
        for claim in other {
            let why = claim.reasons.last().map(String::as_str).unwrap_or("");
            let _ = writeln!(
                out,
                "- {:.2} {} — {}",
                claim.score,
                escape(&claim.text),
                escape(why)
            );
        }
        out.push('\n');
    }
}

fn claim_item(out: &mut String, rank: usize, claim: &Claim) {
    let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
    let _ = writeln!(
        out,
        "{rank}. **{:.2}** {}",
        claim.score,
        escape(&claim.text)
    );
    let mut labels = Vec::new();
    if !kinds.is_empty() {
        labels.push(kinds.join(", "));
    }
    labels.push(match &claim.attribution {
        Some(a) => attribution_label(a),
        None => "unattributed".to_owned(),
    });
    if claim.hedging.hedged {
        let cues: Vec<String> = claim
            .hedging
            .cues
            .iter()
            .map(|c| format!("“{}” ({})", escape(&c.text), c.category.as_str()))
            .collect();
        labels.push(format!("hedged: {}", cues.join(", ")));
    } else {
        labels.push("not hedged".to_owned());
    }
    let _ = writeln!(out, "   - {}", labels.join(" · "));
    if !claim.evidence.is_empty() {
        let evidence: Vec<String> = claim
            .evidence
            .iter()
            .map(|e| format!("{} “{}”", e.kind.as_str(), escape(&e.text)))
            .collect();
        let _ = writeln!(out, "   - evidence: {}", evidence.join("; "));
    }
    for reason in &claim.reasons {
        let _ = writeln!(out, "   - {}", escape(reason));
    }
    out.push('\n');
}

/// "named person “Helen Marsh” (“confirmed that”)".
pub(crate) fn attribution_label(a: &Attribution) -> String {
    let kind = a.kind.as_str().replace('_', " ");
    let mut label = match &a.source {
        Some(source) => format!("{kind} “{}”", escape(&source.text)),
        None => kind,
    };
    if let Some(name) = &a.refers_to {
        let _ = write!(label, " = {}", escape(name));
    }
    let _ = write!(label, " via “{}”", escape(&a.cue.text));
    if a.direct_quote {
        label.push_str(", direct quote");
    }
    label
}

/// Escapes text so Markdown shows it as written.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// Text for inside a code span: backticks and newlines cannot appear there.
fn code(text: &str) -> String {
    text.chars()
        .map(|c| if c == '`' || c.is_control() { '\'' } else { c })
        .collect()
}
