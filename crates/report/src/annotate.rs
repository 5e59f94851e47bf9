//! The annotated text view: the article text with every claim marked in place, and each
//! claim's labels, evidence and reasons written beside it.
//!
//! This is what a person reviews in a snapshot test or with `claimsift classify --annotate`:
//! it shows the decisions in their context, not a dump of the data structures.

use std::fmt::Write as _;

use claimsift_core::{Attribution, Claim, ClassifiedDocument};

/// Renders a classified document as annotated text.
///
/// Claims are numbered in text order; `⟦n` opens claim `n` in the text and `⟧n` closes it.
#[must_use]
pub fn annotate(doc: &ClassifiedDocument) -> String {
    let text = doc.text.as_str();
    let mut claims: Vec<&Claim> = doc.claims.iter().collect();
    claims.sort_by_key(|c| (c.start, c.end));

    // Insertion points: closing markers sort before opening ones at the same offset, and a
    // marker that does not fall on a char boundary (a broken span) is skipped, not a panic.
    let mut marks: Vec<(usize, u8, usize)> = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        marks.push((claim.start, 1, i + 1));
        marks.push((claim.end, 0, i + 1));
    }
    marks.sort_unstable();
    let mut out = String::with_capacity(text.len() * 2);
    out.push_str("── text ──\n");
    let mut at = 0;
    for (pos, open, n) in marks {
        if pos < at || pos > text.len() || !text.is_char_boundary(pos) {
            continue;
        }
        out.push_str(&text[at..pos]);
        at = pos;
        if open == 1 {
            let _ = write!(out, "⟦{n} ");
        } else {
            let _ = write!(out, " ⟧{n}");
        }
    }
    out.push_str(text.get(at..).unwrap_or(""));
    if !out.ends_with('\n') {
        out.push('\n');
    }

    out.push_str("\n── claims ──\n");
    if claims.is_empty() {
        out.push_str("(none)\n");
    }
    for (i, claim) in claims.iter().enumerate() {
        claim_block(&mut out, i + 1, claim, text);
    }

    out.push_str("\n── attributions ──\n");
    if doc.attributions.is_empty() {
        out.push_str("(none)\n");
    }
    for a in &doc.attributions {
        let _ = writeln!(out, "- {}", attribution_line(a, text));
    }
    out
}

fn claim_block(out: &mut String, n: usize, claim: &Claim, text: &str) {
    let verdict = if claim.checkworthy {
        "check-worthy"
    } else {
        "not check-worthy"
    };
    let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
    let kinds = if kinds.is_empty() {
        "-".to_owned()
    } else {
        kinds.join(", ")
    };
    let _ = writeln!(
        out,
        "[{n}] {verdict} {:.3} · sentence {} · {}..{} · kinds: {kinds}",
        claim.score, claim.sentence, claim.start, claim.end
    );
    if !claim.evidence.is_empty() {
        let ev: Vec<String> = claim
            .evidence
            .iter()
            .map(|e| format!("{} “{}”", e.kind.as_str(), e.text))
            .collect();
        let _ = writeln!(out, "    evidence: {}", ev.join(" · "));
    }
    match &claim.attribution {
        Some(a) => {
            let _ = writeln!(out, "    attribution: {}", attribution_line(a, text));
        }
        None => out.push_str("    attribution: none\n"),
    }
    if claim.hedging.cues.is_empty() {
        out.push_str("    hedging: none\n");
    } else {
        let cues: Vec<String> = claim
            .hedging
            .cues
            .iter()
            .map(|c| format!("“{}” {}", c.text, c.category.as_str()))
            .collect();
        let state = if claim.hedging.hedged {
            "hedged"
        } else {
            "cues, not hedged"
        };
        let _ = writeln!(out, "    hedging: {state}: {}", cues.join(" · "));
    }
    if !claim.hedging.negations.is_empty() {
        let neg: Vec<String> = claim
            .hedging
            .negations
            .iter()
            .map(|n| format!("“{}”", n.text))
            .collect();
        let _ = writeln!(out, "    negations: {}", neg.join(" · "));
    }
    for reason in &claim.reasons {
        let _ = writeln!(out, "    - {reason}");
    }
}

fn attribution_line(a: &Attribution, text: &str) -> String {
    let mut line = a.kind.as_str().to_owned();
    match &a.source {
        Some(source) => {
            let _ = write!(line, " source “{}”", source.text);
        }
        None => line.push_str(" (no source)"),
    }
    if let Some(name) = &a.refers_to {
        let _ = write!(line, " = {name}");
    }
    let _ = write!(line, " · cue “{}”", a.cue.text);
    let content = a.content.get(text).unwrap_or("");
    let _ = write!(line, " · content “{}”", content);
    if a.direct_quote {
        line.push_str(" · direct quote");
    }
    line
}
