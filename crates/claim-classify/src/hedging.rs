//! Hedging: cues that make a claim less than certain, and negations (recorded apart).
//!
//! Cues come from `hedge_cues.txt`, plus two rules: a quantifier before an unnamed group
//! ("some observers", "many experts") is a weasel, and an attribution from an unnamed
//! group through an epistemic verb ("analysts caution") is one weasel cue spanning both.

use claimsift_core::{HedgeCategory, HedgeCue, TextSpan};

use crate::doc::{Doc, is_determiner};
use crate::lexicon::Tag;
use crate::tokens::TokenKind;

/// Hedge cues and negations in tokens `a..b`, in text order.
pub(crate) fn find(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    out: &mut Vec<HedgeCue>,
    neg: &mut Vec<TextSpan>,
) {
    let mut i = a;
    while i < b {
        let w = doc.low(i);
        let mut next = i + 1;
        if doc.tokens[i].is_word() {
            if let Some(m) = doc.find(i, |t| matches!(t, Tag::Hedge(_))) {
                if i + m.len <= b
                    && let Tag::Hedge(cat) = m.tag
                    && !(cat == HedgeCategory::Expectation && to_before_noun_phrase(doc, i + m.len))
                    && !noun_compound(doc, i, m.len, b)
                {
                    push_cue(doc, i, i + m.len, cat, out);
                    next = i + m.len;
                }
            } else if matches!(
                w,
                "some" | "many" | "several" | "most" | "numerous" | "various"
            ) && i + 1 < b
                && doc
                    .find(i + 1, |t| t == Tag::Vague)
                    .is_some_and(|m| i + 1 + m.len <= b)
            {
                push_cue(doc, i, i + 2, HedgeCategory::Weasel, out);
                next = i + 2;
            }
            if let Some(m) = doc.find(i, |t| t == Tag::Negation) {
                if i + m.len <= b {
                    let (s, e) = doc.span(i, i + m.len);
                    if let Some(ts) = TextSpan::of(doc.text, claimsift_core::Span::new(s, e)) {
                        neg.push(ts);
                    }
                }
            } else if w.ends_with("n't") || w.ends_with("n’t") {
                let t = doc.tokens[i];
                let cut = if w.ends_with("n't") { 3 } else { 5 };
                let s = t.end.saturating_sub(cut);
                if let Some(ts) = TextSpan::of(doc.text, claimsift_core::Span::new(s, t.end)) {
                    neg.push(ts);
                }
            }
        }
        i = next.max(i + 1);
    }
}

/// True when the cue ending before token `next` ends in "to" and a noun phrase follows
/// ("is due to the weather", "is set to 20 degrees"): "to" is then a preposition, and the
/// cue is no expectation ("is due to arrive" is one).
fn to_before_noun_phrase(doc: &Doc<'_>, next: usize) -> bool {
    if next == 0 || doc.low(next - 1) != "to" {
        return false;
    }
    let Some(t) = doc.tokens.get(next) else {
        return false;
    };
    let w = doc.low(next);
    t.kind == TokenKind::Number || (t.cap && !t.initial) || is_determiner(w)
}

/// A one-word cue that is the first half of a noun ("think tank", "guess work"): no cue.
fn noun_compound(doc: &Doc<'_>, i: usize, len: usize, b: usize) -> bool {
    len == 1
        && i + 1 < b
        && matches!(
            (doc.low(i), doc.low(i + 1)),
            ("think", "tank" | "tanks" | "tank's" | "piece" | "pieces")
        )
}

fn push_cue(doc: &Doc<'_>, a: usize, b: usize, category: HedgeCategory, out: &mut Vec<HedgeCue>) {
    let (start, end) = doc.span(a, b);
    if let Some(text) = doc.text.get(start..end) {
        out.push(HedgeCue {
            text: text.to_owned(),
            start,
            end,
            category,
        });
    }
}

/// Sorts cues, drops those inside a longer cue, and removes duplicates.
pub(crate) fn tidy(cues: &mut Vec<HedgeCue>) {
    cues.sort_by(|x, y| {
        (x.start, std::cmp::Reverse(x.end), x.category).cmp(&(
            y.start,
            std::cmp::Reverse(y.end),
            y.category,
        ))
    });
    let mut kept: Vec<HedgeCue> = Vec::with_capacity(cues.len());
    for c in cues.drain(..) {
        if kept.iter().any(|k| k.start <= c.start && c.end <= k.end) {
            continue;
        }
        kept.push(c);
    }
    *cues = kept;
}
