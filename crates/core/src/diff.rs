//! Claim diffs: what changed in an article's claims between two versions.
//!
//! Editors need to see quiet edits after publication: a claim added or removed, a hedge
//! dropped ("reportedly" gone), an attribution gained or lost, a number changed. Claims are
//! matched first by identical text, then by word overlap, so an edited sentence shows as one
//! changed claim rather than one removed and one added.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, EvidenceKind};

/// How two versions of an article's claims differ.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimChanges {
    /// Claims only in the new version, in its text order.
    pub added: Vec<Claim>,
    /// Claims only in the old version, in its text order.
    pub removed: Vec<Claim>,
    /// Claims in both whose text or labels differ, in the new version's text order.
    pub changed: Vec<ClaimChange>,
}

impl ClaimChanges {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// One claim present in both versions, and what about it changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimChange {
    pub before: Claim,
    pub after: Claim,
    /// One plain-language line per difference: "hedge removed: “reportedly”".
    pub what: Vec<String>,
}

/// Word overlap (Jaccard over lower-cased words) above which two claims are the same claim
/// edited, rather than one removed and another added.
const SAME_CLAIM: f64 = 0.5;

/// Compares the claims of two versions of one article.
#[must_use]
pub fn diff_claims(before: &[Claim], after: &[Claim]) -> ClaimChanges {
    let mut before_left: Vec<Option<&Claim>> = sorted(before).into_iter().map(Some).collect();
    let mut after_left: Vec<Option<&Claim>> = sorted(after).into_iter().map(Some).collect();
    let mut pairs: Vec<(&Claim, &Claim)> = Vec::new();

    // Pass 1: identical text, first unmatched occurrence in text order.
    for a in &mut after_left {
        let Some(claim) = *a else { continue };
        if let Some(b) = before_left
            .iter_mut()
            .find(|b| b.is_some_and(|b| b.text == claim.text))
        {
            pairs.push((b.take().unwrap_or(claim), claim));
            *a = None;
        }
    }

    // Pass 2: the most similar remaining pairs, best first; ties broken by position so the
    // result does not depend on anything but the input.
    let words_before: Vec<Vec<String>> = before_left
        .iter()
        .map(|c| c.map(|c| words(&c.text)).unwrap_or_default())
        .collect();
    let words_after: Vec<Vec<String>> = after_left
        .iter()
        .map(|c| c.map(|c| words(&c.text)).unwrap_or_default())
        .collect();
    let mut candidates = Vec::new();
    for (i, b) in before_left.iter().enumerate() {
        for (j, a) in after_left.iter().enumerate() {
            if b.is_some() && a.is_some() {
                let sim = jaccard(&words_before[i], &words_after[j]);
                if sim >= SAME_CLAIM {
                    candidates.push((sim, i, j));
                }
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (_, i, j) in candidates {
        if let (Some(b), Some(a)) = (before_left[i], after_left[j]) {
            pairs.push((b, a));
            before_left[i] = None;
            after_left[j] = None;
        }
    }

    let mut changed: Vec<ClaimChange> = pairs
        .into_iter()
        .filter_map(|(b, a)| {
            let what = differences(b, a);
            (!what.is_empty()).then(|| ClaimChange {
                before: b.clone(),
                after: a.clone(),
                what,
            })
        })
        .collect();
    changed.sort_by_key(|c| (c.after.start, c.after.end));
    ClaimChanges {
        added: after_left.into_iter().flatten().cloned().collect(),
        removed: before_left.into_iter().flatten().cloned().collect(),
        changed,
    }
}

fn sorted(claims: &[Claim]) -> Vec<&Claim> {
    let mut claims: Vec<&Claim> = claims.iter().collect();
    claims.sort_by_key(|c| (c.start, c.end));
    claims
}

fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

#[allow(clippy::cast_precision_loss)]
fn jaccard(a: &[String], b: &[String]) -> f64 {
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        1.0
    } else {
        common as f64 / union as f64
    }
}

/// Lower-cased texts of a claim's pieces, counted, so a repeated cue is not lost.
fn bag<'a>(items: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut bag = BTreeMap::new();
    for item in items {
        *bag.entry(item.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

/// What is in `a` and not in `b`, counting repeats.
fn minus(a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> Vec<String> {
    let mut out = Vec::new();
    for (item, &n) in a {
        let m = b.get(item).copied().unwrap_or(0);
        out.extend(std::iter::repeat_n(item.clone(), n.saturating_sub(m)));
    }
    out
}

fn is_figure(kind: EvidenceKind) -> bool {
    matches!(
        kind,
        EvidenceKind::Number
            | EvidenceKind::NumberWord
            | EvidenceKind::Percentage
            | EvidenceKind::Money
            | EvidenceKind::Date
            | EvidenceKind::Duration
    )
}

fn differences(before: &Claim, after: &Claim) -> Vec<String> {
    let mut what = Vec::new();
    if before.text != after.text {
        what.push("text edited".to_owned());
    }
    let figures = |c: &Claim| {
        bag(c
            .evidence
            .iter()
            .filter(|e| is_figure(e.kind))
            .map(|e| e.text.as_str()))
    };
    let (fb, fa) = (figures(before), figures(after));
    let (gone, new) = (minus(&fb, &fa), minus(&fa, &fb));
    if !gone.is_empty() || !new.is_empty() {
        what.push(format!(
            "figures changed: {} → {}",
            quoted(&gone),
            quoted(&new)
        ));
    }
    let cues = |c: &Claim| bag(c.hedging.cues.iter().map(|h| h.text.as_str()));
    let (cb, ca) = (cues(before), cues(after));
    for cue in minus(&cb, &ca) {
        what.push(format!("hedge removed: “{cue}”"));
    }
    for cue in minus(&ca, &cb) {
        what.push(format!("hedge added: “{cue}”"));
    }
    match (&before.attribution, &after.attribution) {
        (None, Some(a)) => what.push(format!(
            "attribution added: {} ({})",
            a.source.as_ref().map_or("no source", |s| s.text.as_str()),
            a.kind.as_str()
        )),
        (Some(b), None) => what.push(format!(
            "attribution removed: {} ({})",
            b.source.as_ref().map_or("no source", |s| s.text.as_str()),
            b.kind.as_str()
        )),
        (Some(b), Some(a)) => {
            let source = |x: &crate::claim::Attribution| {
                x.source
                    .as_ref()
                    .map(|s| s.text.clone())
                    .unwrap_or_default()
            };
            if source(b) != source(a) || b.kind != a.kind {
                what.push(format!(
                    "source changed: “{}” ({}) → “{}” ({})",
                    source(b),
                    b.kind.as_str(),
                    source(a),
                    a.kind.as_str()
                ));
            }
        }
        (None, None) => {}
    }
    if before.checkworthy != after.checkworthy {
        what.push(if after.checkworthy {
            "now check-worthy".to_owned()
        } else {
            "no longer check-worthy".to_owned()
        });
    }
    if before.kinds != after.kinds {
        let names = |c: &Claim| {
            c.kinds
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        what.push(format!(
            "kinds changed: {} → {}",
            names(before),
            names(after)
        ));
    }
    what
}

fn quoted(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items
            .iter()
            .map(|i| format!("“{i}”"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Evidence, HedgeCategory, HedgeCue, Hedging};

    fn claim(text: &str, start: usize) -> Claim {
        Claim {
            text: text.to_owned(),
            start,
            end: start + text.len(),
            sentence: 0,
            checkworthy: true,
            score: 0.8,
            kinds: vec![],
            evidence: vec![],
            attribution: None,
            hedging: Hedging::default(),
            reasons: vec![],
        }
    }

    #[test]
    fn identical_versions_have_no_changes() {
        let v = vec![claim("The council approved the budget.", 0)];
        assert!(diff_claims(&v, &v).is_empty());
    }

    #[test]
    fn added_and_removed_claims_are_listed() {
        let before = vec![claim("Ten nations signed the statement.", 0)];
        let after = vec![claim("Rents rose by 8% in the capital last year.", 0)];
        let changes = diff_claims(&before, &after);
        assert_eq!(changes.added.len(), 1);
        assert_eq!(changes.removed.len(), 1);
        assert!(changes.changed.is_empty());
    }

    #[test]
    fn a_dropped_hedge_and_a_changed_number_are_named() {
        let mut before = claim("The Duma has reportedly approved the bill by 312 votes.", 0);
        before.hedging = Hedging {
            hedged: true,
            cues: vec![HedgeCue {
                text: "reportedly".into(),
                start: 13,
                end: 23,
                category: HedgeCategory::Reportive,
            }],
            negations: vec![],
        };
        before.evidence = vec![Evidence {
            kind: EvidenceKind::Number,
            text: "312".into(),
            start: 45,
            end: 48,
        }];
        let mut after = claim("The Duma has approved the bill by 318 votes.", 0);
        after.evidence = vec![Evidence {
            kind: EvidenceKind::Number,
            text: "318".into(),
            start: 34,
            end: 37,
        }];
        let changes = diff_claims(&[before], &[after]);
        assert!(changes.added.is_empty() && changes.removed.is_empty());
        let what = &changes.changed[0].what;
        assert!(what.contains(&"text edited".to_owned()), "{what:?}");
        assert!(
            what.contains(&"figures changed: “312” → “318”".to_owned()),
            "{what:?}"
        );
        assert!(
            what.contains(&"hedge removed: “reportedly”".to_owned()),
            "{what:?}"
        );
    }
}
