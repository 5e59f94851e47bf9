//! `claimsift eval attribution`: precision, recall and F1 of cue, source and content spans on
//! PolNeAR (`polnear_dev.jsonl`), exact and overlap, as `../shared/data/README.md` defines.
//!
//! Gold spans are Unicode code-point offsets; they are converted to the byte offsets the
//! pipeline uses. A role annotated as several fragments counts as one gold span from the
//! first fragment's start to the last one's end for exact match, while any fragment counts
//! for overlap. Each article is processed as plain text, exactly as `claimsift classify`
//! processes a text file.

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

#[derive(Serialize)]
struct RelationSpans {
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<claimsift_core::SourceKind>,
    source: Vec<TextSpan>,
    cue: Vec<TextSpan>,
    content: Vec<TextSpan>,
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
/// gold relations to `predictions` (JSON lines) if given.
pub fn run(classifier: &Classifier, data: &Path, predictions: Option<&Path>) -> Result<String> {
    let path = data.join("polnear_dev.jsonl");
    let lines: Vec<Line> = super::read_jsonl(&path)?;
    let mut scores = [RoleScore::default(); 3];
    let mut jsonl = String::new();
    score(
        classifier,
        &lines,
        &mut scores,
        predictions.is_some().then_some(&mut jsonl),
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
