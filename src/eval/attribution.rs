//! `claimsift eval attribution`: precision, recall and F1 of cue, source and content spans on
//! PolNeAR (`polnear_dev.jsonl`), exact and overlap, as `../shared/data/README.md` defines.
//!
//! Gold spans are Unicode code-point offsets; they are converted to the byte offsets the
//! pipeline uses. A role annotated as several fragments counts as one gold span from the
//! first fragment's start to the last one's end for exact match, while any fragment counts
//! for overlap. Each article is processed as plain text, exactly as `claimsift classify`
//! processes a text file.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;
use claimsift_classify::Classifier;
use claimsift_core::{Attribution, Span, TextSpan};
use serde::{Deserialize, Serialize};

use super::{Counts, SPEED_PASSES, f1, median_seconds, ratio};

/// One PolNeAR article: its name, text and gold relations (spans in code points).
#[derive(Clone, Deserialize)]
pub struct Line {
    pub article: String,
    pub text: String,
    pub attributions: Vec<GoldRelation>,
}

/// A gold relation: each role a list of `[start, end)` code-point fragments.
#[derive(Clone, Deserialize)]
pub struct GoldRelation {
    #[serde(default)]
    pub source: Vec<(usize, usize)>,
    #[serde(default)]
    pub cue: Vec<(usize, usize)>,
    #[serde(default)]
    pub content: Vec<(usize, usize)>,
}

/// The three roles of an attribution relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Cue,
    Source,
    Content,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Cue, Role::Source, Role::Content];

    pub const fn name(self) -> &'static str {
        match self {
            Self::Cue => "cue",
            Self::Source => "source",
            Self::Content => "content",
        }
    }

    fn of_predicted(self, a: &Attribution) -> Option<Span> {
        match self {
            Self::Cue => Some(a.cue.span()),
            Self::Source => a.source.as_ref().map(claimsift_core::TextSpan::span),
            Self::Content => Some(a.content),
        }
    }

    fn of_gold(self, g: &GoldRelation) -> &[(usize, usize)] {
        match self {
            Self::Cue => &g.cue,
            Self::Source => &g.source,
            Self::Content => &g.content,
        }
    }
}

/// Scores of one role, summed over articles.
#[derive(Clone, Copy, Debug, Default)]
pub struct RoleScore {
    pub exact: Counts,
    /// Predicted spans that overlap a gold fragment of the role.
    pub overlap_hits_predicted: usize,
    pub predicted: usize,
    /// Gold spans with a fragment overlapped by a predicted span.
    pub overlap_hits_gold: usize,
    pub gold: usize,
}

impl RoleScore {
    pub fn overlap(self) -> (f64, f64, f64) {
        let p = ratio(self.overlap_hits_predicted, self.predicted);
        let r = ratio(self.overlap_hits_gold, self.gold);
        (p, r, f1(p, r))
    }
}

/// Converts code-point offsets to byte offsets in `text`.
pub fn byte_offsets(text: &str) -> Vec<usize> {
    let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    offsets.push(text.len());
    offsets
}

/// Scores one article's predicted relations against its gold ones, adding to `scores`.
fn score_article(
    predicted: &[Attribution],
    gold: &[Vec<Span>],
    role: Role,
    gold_fragments: &[Vec<Span>],
    score: &mut RoleScore,
) {
    let predicted: Vec<Span> = predicted
        .iter()
        .filter_map(|a| role.of_predicted(a))
        .collect();
    let mut unmatched: Vec<Option<Span>> = gold.iter().map(|fragments| extent(fragments)).collect();
    for p in &predicted {
        if let Some(slot) = unmatched.iter_mut().find(|g| **g == Some(*p)) {
            *slot = None;
            score.exact.tp += 1;
        } else {
            score.exact.fp += 1;
        }
    }
    score.exact.fn_ += unmatched.iter().flatten().count();

    let all_fragments: Vec<Span> = gold_fragments.iter().flatten().copied().collect();
    score.predicted += predicted.len();
    score.overlap_hits_predicted += predicted
        .iter()
        .filter(|p| all_fragments.iter().any(|g| g.overlaps(**p)))
        .count();
    let gold_units: Vec<&Vec<Span>> = gold_fragments.iter().filter(|f| !f.is_empty()).collect();
    score.gold += gold_units.len();
    score.overlap_hits_gold += gold_units
        .iter()
        .filter(|fragments| {
            fragments
                .iter()
                .any(|g| predicted.iter().any(|p| p.overlaps(*g)))
        })
        .count();
}

fn extent(fragments: &[Span]) -> Option<Span> {
    let start = fragments.iter().map(|s| s.start).min()?;
    let end = fragments.iter().map(|s| s.end).max()?;
    Some(Span::new(start, end))
}

/// Adds the scores of cue, source and content (in [`Role::ALL`] order) of `classifier`
/// on `lines` to `scores`, each article processed as plain text; with `predictions`, also
/// appends each article's line of the predictions file ([`predictions_line`]) to it.
pub fn score(
    classifier: &Classifier,
    lines: &[Line],
    scores: &mut [RoleScore; 3],
    mut predictions: Option<&mut String>,
) {
    for line in lines {
        let offsets = byte_offsets(&line.text);
        let article = claimsift_extract::extract_text(&line.article, &line.text);
        let doc = classifier.classify(&article);
        for (role, score) in Role::ALL.into_iter().zip(scores.iter_mut()) {
            let fragments: Vec<Vec<Span>> = line
                .attributions
                .iter()
                .map(|g| byte_spans(&offsets, role.of_gold(g)))
                .collect();
            let gold: Vec<Vec<Span>> = fragments
                .iter()
                .filter(|f| !f.is_empty())
                .cloned()
                .collect();
            score_article(&doc.attributions, &gold, role, &fragments, score);
        }
        if let Some(out) = predictions.as_deref_mut() {
            out.push_str(&predictions_line(line, &offsets, &doc.attributions));
            out.push('\n');
        }
    }
}

/// Gold code-point spans as byte spans of the text whose [`byte_offsets`] are `offsets`
/// (a span outside the text is left out).
fn byte_spans(offsets: &[usize], spans: &[(usize, usize)]) -> Vec<Span> {
    spans
        .iter()
        .filter_map(|&(s, e)| Some(Span::new(*offsets.get(s)?, *offsets.get(e)?)))
        .collect()
}

/// One article's predicted and gold relations, as the predictions file writes them: each
/// role as its text and byte offsets, so that a reviewer can compare them line by line.
#[derive(Serialize)]
struct ArticlePredictions<'a> {
    article: &'a str,
    predicted: Vec<RelationSpans>,
    gold: Vec<RelationSpans>,
}

#[derive(Serialize, Deserialize)]
struct RelationSpans {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<claimsift_core::SourceKind>,
    source: Vec<TextSpan>,
    cue: Vec<TextSpan>,
    content: Vec<TextSpan>,
}

/// One article's line of a predictions file, read back.
#[derive(Deserialize)]
struct SavedArticle {
    article: String,
    predicted: Vec<RelationSpans>,
    gold: Vec<RelationSpans>,
}

/// A relation's spans as byte ranges, cue first: what makes two relations the same.
type RelationKey = [Vec<(usize, usize)>; 3];

fn relation_key(r: &RelationSpans) -> RelationKey {
    let ranges = |spans: &[TextSpan]| spans.iter().map(|t| (t.start, t.end)).collect();
    [ranges(&r.cue), ranges(&r.source), ranges(&r.content)]
}

/// Relation by relation, what changed from the predictions file `old` (read from `path`) to
/// `new`, article by article in `new`'s order: each relation only in `old` (`-`) or only in
/// `new` (`+`), with the roles in which it matches the gold relation of the same cue
/// (`c` cue, `s` source, `t` content; `cst` is gold-exact), and a count of the gold-exact
/// relations lost and gained. Articles missing from `old` are skipped.
fn compare(path: &Path, old: &[SavedArticle], new: &[SavedArticle]) -> String {
    let by_name: BTreeMap<&str, &SavedArticle> =
        old.iter().map(|a| (a.article.as_str(), a)).collect();
    let keys = |a: &SavedArticle| -> BTreeSet<RelationKey> {
        a.predicted.iter().map(relation_key).collect()
    };
    let text = |spans: &[TextSpan]| {
        spans
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let mut lines = String::new();
    let (mut changed, mut lost, mut gained) = (0, 0, 0);
    for n in new {
        let Some(o) = by_name.get(n.article.as_str()) else {
            continue;
        };
        let (old_keys, new_keys) = (keys(o), keys(n));
        let gone = o.predicted.iter().map(|r| ('-', r, relation_key(r)));
        let came = n.predicted.iter().map(|r| ('+', r, relation_key(r)));
        let changes = gone
            .filter(|(_, _, k)| !new_keys.contains(k))
            .chain(came.filter(|(_, _, k)| !old_keys.contains(k)));
        for (sign, r, key) in changes {
            // The roles it shares with the gold relation of its cue.
            let roles = n
                .gold
                .iter()
                .map(relation_key)
                .find(|g| g[0] == key[0])
                .map_or(String::new(), |g| {
                    let mut m = String::from("c");
                    if g[1] == key[1] {
                        m.push('s');
                    }
                    if g[2] == key[2] {
                        m.push('t');
                    }
                    m
                });
            changed += 1;
            match (roles.as_str(), sign) {
                ("cst", '-') => lost += 1,
                ("cst", _) => gained += 1,
                _ => {}
            }
            let content: String = text(&r.content).chars().take(100).collect();
            let _ = writeln!(
                lines,
                "  {} {sign} {roles:<3} [{}] source '{}' cue '{}' => '{content}'",
                n.article,
                r.kind.map_or("", claimsift_core::SourceKind::as_str),
                text(&r.source),
                text(&r.cue),
            );
        }
    }
    format!(
        "against {}: {changed} relations differ; gold-exact relations lost {lost}, gained {gained}\n{lines}",
        path.display()
    )
}

/// The JSON line of one article for the predictions file: its `predicted` relations beside
/// its gold ones (`offsets` as [`byte_offsets`] gives them).
fn predictions_line(line: &Line, offsets: &[usize], predicted: &[Attribution]) -> String {
    let text = &line.text;
    let of = |spans: &[(usize, usize)]| -> Vec<TextSpan> {
        byte_spans(offsets, spans)
            .into_iter()
            .filter_map(|span| TextSpan::of(text, span))
            .collect()
    };
    let predicted = predicted
        .iter()
        .map(|a| RelationSpans {
            kind: Some(a.kind),
            source: a.source.iter().cloned().collect(),
            cue: vec![a.cue.clone()],
            content: TextSpan::of(text, a.content).into_iter().collect(),
        })
        .collect();
    let gold = line
        .attributions
        .iter()
        .map(|g| RelationSpans {
            kind: None,
            source: of(&g.source),
            cue: of(&g.cue),
            content: of(&g.content),
        })
        .collect();
    serde_json::to_string(&ArticlePredictions {
        article: &line.article,
        predicted,
        gold,
    })
    .unwrap_or_default()
}

/// Runs the evaluation and returns the printed report; writes each article's predicted and
/// gold relations to `predictions` (JSON lines) if given, and compares them relation by
/// relation with an earlier such file, `compare`, if given.
pub fn run(
    classifier: &Classifier,
    data: &Path,
    predictions: Option<&Path>,
    compare_with: Option<&Path>,
) -> Result<String> {
    // Read first: a bad file fails before the scoring pass.
    let earlier: Option<Vec<SavedArticle>> = compare_with.map(super::read_jsonl).transpose()?;
    let path = data.join("polnear_dev.jsonl");
    let lines: Vec<Line> = super::read_jsonl(&path)?;
    let mut scores = [RoleScore::default(); 3];
    let mut jsonl = String::new();
    score(
        classifier,
        &lines,
        &mut scores,
        (predictions.is_some() || earlier.is_some()).then_some(&mut jsonl),
    );
    let relations: usize = lines.iter().map(|l| l.attributions.len()).sum();
    let articles = lines.len();
    let bytes: usize = lines.iter().map(|l| l.text.len()).sum();
    // The scoring pass above is the untimed first pass `median_seconds` asks for.
    let elapsed = median_seconds(|| {
        for line in &lines {
            let article = claimsift_extract::extract_text(&line.article, &line.text);
            std::hint::black_box(classifier.classify(&article));
        }
    });
    // Attribution and hedging alone, as the speed target names them: the analysed
    // document, the cue tagger, the attribution rules, the hedge cues and the hedge model
    // (`Classifier::attributions_and_hedging`), over text extracted beforehand.
    let extracted: Vec<_> = lines
        .iter()
        .map(|line| claimsift_extract::extract_text(&line.article, &line.text))
        .collect();
    let attribution_and_hedging = || {
        for article in &extracted {
            std::hint::black_box(classifier.attributions_and_hedging(article));
        }
    };
    attribution_and_hedging();
    let alone = median_seconds(attribution_and_hedging);
    let mut out = format!(
        "attribution on {} ({articles} articles, {relations} gold relations)\n",
        path.display()
    );
    let _ = writeln!(
        out,
        "  role      exact P / R / F1          overlap P / R / F1"
    );
    for (role, score) in Role::ALL.into_iter().zip(scores) {
        let (op, or, of) = score.overlap();
        let _ = writeln!(
            out,
            "  {:<8}  {:.3} / {:.3} / {:.3}     {:.3} / {:.3} / {:.3}",
            role.name(),
            score.exact.precision(),
            score.exact.recall(),
            score.exact.f1(),
            op,
            or,
            of
        );
    }
    #[allow(clippy::cast_precision_loss)]
    let mb_per_s = bytes as f64 / 1e6 / elapsed.max(1e-9);
    let _ = writeln!(
        out,
        "  {mb_per_s:.2} MB of text per second (extract text + classify, one thread; median of {SPEED_PASSES} passes after a scoring pass)"
    );
    #[allow(clippy::cast_precision_loss)]
    let alone_mb_per_s = bytes as f64 / 1e6 / alone.max(1e-9);
    let _ = writeln!(
        out,
        "  {alone_mb_per_s:.2} MB of text per second (attribution and hedging alone: document, cue tagger, attribution rules, hedge cues, hedge model; text extracted beforehand; one thread; median of {SPEED_PASSES} passes after a warm-up pass)"
    );
    if let Some(predictions) = predictions {
        super::write_predictions(predictions, jsonl.as_bytes(), &mut out)?;
    }
    if let (Some(path), Some(earlier)) = (compare_with, earlier) {
        let now: Vec<SavedArticle> = super::parse_jsonl(Path::new("predictions"), &jsonl)?;
        out.push_str(&compare(path, &earlier, &now));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_map_to_byte_offsets() {
        let offsets = byte_offsets("a’b");
        assert_eq!(offsets, vec![0, 1, 4, 5]);
    }

    #[test]
    fn exact_and_overlap_are_counted_per_role() {
        let mut score = RoleScore::default();
        let gold = vec![vec![Span::new(0, 5)], vec![Span::new(10, 20)]];
        let predicted = [Span::new(0, 5), Span::new(12, 15), Span::new(30, 31)];
        let attributions: Vec<Attribution> = predicted
            .iter()
            .map(|s| Attribution {
                kind: claimsift_core::SourceKind::Anonymous,
                source: None,
                cue: claimsift_core::TextSpan {
                    text: String::new(),
                    start: s.start,
                    end: s.end,
                },
                content: *s,
                direct_quote: false,
                refers_to: None,
            })
            .collect();
        score_article(&attributions, &gold, Role::Cue, &gold, &mut score);
        assert_eq!(
            score.exact,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!((score.overlap_hits_predicted, score.predicted), (2, 3));
        assert_eq!((score.overlap_hits_gold, score.gold), (2, 2));
    }

    #[test]
    fn compare_lists_relations_gone_and_new_and_counts_gold_exact_ones() {
        let span = |text: &str, start: usize| TextSpan {
            text: text.to_owned(),
            start,
            end: start + text.len(),
        };
        let relation = |source: &str, content: &str| RelationSpans {
            kind: Some(claimsift_core::SourceKind::NamedPerson),
            source: vec![span(source, 0)],
            cue: vec![span("said", 8)],
            content: vec![span(content, 13)],
        };
        let gold = || vec![relation("Ann Lee", "the plant was unsafe")];
        let old = vec![SavedArticle {
            article: "a1".to_owned(),
            predicted: vec![relation("Ann Lee", "the plant")],
            gold: gold(),
        }];
        let new = vec![
            SavedArticle {
                article: "a1".to_owned(),
                predicted: vec![relation("Ann Lee", "the plant was unsafe")],
                gold: gold(),
            },
            // Not in the earlier file: skipped.
            SavedArticle {
                article: "a2".to_owned(),
                predicted: vec![relation("Tom Roe", "x")],
                gold: Vec::new(),
            },
        ];
        assert_eq!(
            compare(Path::new("old.jsonl"), &old, &new),
            "against old.jsonl: 2 relations differ; gold-exact relations lost 0, gained 1\n  \
             a1 - cs  [named_person] source 'Ann Lee' cue 'said' => 'the plant'\n  \
             a1 + cst [named_person] source 'Ann Lee' cue 'said' => 'the plant was unsafe'\n"
        );
        // Nothing changed: nothing listed.
        assert_eq!(
            compare(Path::new("old.jsonl"), &new, &new),
            "against old.jsonl: 0 relations differ; gold-exact relations lost 0, gained 0\n"
        );
    }

    #[test]
    fn a_predictions_line_holds_predicted_and_gold_spans_as_text() {
        let classifier = Classifier::new(
            claimsift_classify::Lexicons::builtin(),
            claimsift_classify::ClassifyOptions::default(),
        );
        // Code points: "Café" has 4, so "Ann Lee" starts at 6 in code points, 7 in bytes.
        let line = Line {
            article: "a1".to_owned(),
            text: "Café. Ann Lee said the plant was unsafe.".to_owned(),
            attributions: vec![GoldRelation {
                source: vec![(6, 13)],
                cue: vec![(14, 18)],
                content: vec![(19, 39)],
            }],
        };
        let mut scores = [RoleScore::default(); 3];
        let mut jsonl = String::new();
        score(
            &classifier,
            std::slice::from_ref(&line),
            &mut scores,
            Some(&mut jsonl),
        );
        let json: serde_json::Value = serde_json::from_str(jsonl.trim_end()).unwrap();
        assert_eq!(json["article"], "a1");
        let gold = &json["gold"][0];
        assert_eq!(gold["source"][0]["text"], "Ann Lee");
        assert_eq!(gold["source"][0]["start"], 7);
        assert_eq!(gold["cue"][0]["text"], "said");
        assert_eq!(gold["content"][0]["text"], "the plant was unsafe");
        let predicted = &json["predicted"][0];
        assert_eq!(predicted["kind"], "named_person");
        assert_eq!(predicted["source"][0]["text"], "Ann Lee");
        assert_eq!(predicted["cue"][0]["text"], "said");
        assert_eq!(predicted["content"][0]["text"], "the plant was unsafe");
    }
}
