//! The claim-classify stage: finds the checkable claims in an [`Article`] and labels their
//! kind, evidence, attribution, hedging and check-worthiness.
//!
//! The stage is a pure function of the article and the [`Lexicons`]: no IO (the binary
//! reads lexicon files and passes their contents to [`Lexicons::from_files`]), no
//! randomness, no hash-map iteration into output; the same input gives the same output.
//! It never fails: odd input (empty text, sentence spans that do not index the text)
//! gives fewer claims, not an error.
//!
//! # Pipeline
//!
//! 1. Each sentence is tokenized once (`tokens`) and every lexicon entry is matched by
//!    one hash lookup per token (`lexicon`); capitalised name sequences are found
//!    (`doc`).
//! 2. Attribution relations are found over the whole text (`attribution`), so quotes may
//!    span sentences.
//! 3. Each sentence is split into clauses where it joins several statements
//!    ("X did A, and Y said B"; a semicolon). Each clause is a candidate claim.
//! 4. Each claim gets its evidence (`evidence`), hedge cues and negations (`hedging`),
//!    a hedged/not hedged decision from the hedge model over its words and cues
//!    (`hedge_model`), the attribution whose content covers it most, and a score
//!    (`score`).
//!
//! # Candidate policy
//!
//! Every clause with at least one word is a candidate and is returned, including
//! questions, exhortations and opinion: those come out with `checkworthy = false`, a low
//! score and a reason ("Not check-worthy: opinion marker 'should'."), so an editor sees why
//! a sentence was passed over. A consumer that wants only checkable claims filters on
//! `checkworthy`. A check-worthy claim always has at least one kind. Headings, list items
//! and block quotes are classified like paragraphs: a headline often states the claim the
//! article is about.
//!
//! # Conventions
//!
//! * A reporting cue is the verb, with a directly following colon ("said:"); "that" and
//!   "to" open the content ("confirmed" + "that the coalition ..."); a colon cue is the
//!   colon alone; an agentless cue is its words ("is said", "reportedly"). These follow
//!   PolNeAR's annotation conventions, which the attribution evaluation scores against.
//! * Content runs to the end of the sentence without the final full stop; a quotation's
//!   content keeps its marks, and a quotation that goes on after the speaker's sentence in
//!   the same paragraph is one relation.
//! * A relative-pronoun source ("who", "which") refers to its antecedent (`refers_to`).
//! * The writer's "I said", "we believe" are attributions, as PolNeAR marks them: "I" is a
//!   named person with `refers_to` the byline when the article has one author, "we" an
//!   unnamed group; second-person sources ("you know") are not attributions. "They said"
//!   is an unnamed source; "he"/"she" are named persons with `refers_to` when the article
//!   named someone before, unless an unnamed person ("A spokesman said") spoke since with
//!   no name between, whom they stand for (an unnamed source, no `refers_to`).
//! * A sentence opening with the question put to its speaker ("Asked whether ..., she
//!   said no") holds two relations: cue "Asked" with the question as content (the asker
//!   as source when a "by" phrase names one), and the answer's.
//! * Silence is a relation: "declined to comment", "did not respond to a request".

mod attribution;
mod cue_rows;
mod doc;
mod evidence;
mod hedge_model;
mod hedge_weights;
mod hedging;
mod lexicon;
mod score;
mod tagger;
mod tokens;
pub mod train;

#[cfg(test)]
mod tests;

use std::fmt::Write as _;

use claimsift_core::{
    Article, Attribution, Claim, ClaimKind, ClassifiedDocument, EvidenceKind, HedgeCue, Hedging,
    SCHEMA, SentenceResult, SourceKind, Span, TextSpan, round_score,
};

pub use hedge_model::{
    BUILTIN_HEDGE_MODEL, HedgeModel, HedgeModelError, HedgeTrainingOptions, NEWS_ALWAYS_HEDGES,
    TrainedHedging, cross_validate_hedging, train_hedging,
};
pub use lexicon::{LEXICON_FILES, LexiconError, LexiconProblem, Lexicons};
pub use score::{
    BUILTIN_MODEL, Feature, Features, MAX_PAIRS, MAX_TERMS, PAIR_BLOCKS, PairSet, TERM_BLOCKS,
    Term, TermSet, WORD_BLOCKS, WORDS, Weights, WeightsError, WordSet, pair_key, pair_name,
    term_key, word_index,
};
pub use tagger::{
    BUILTIN_CUE_MODEL, CueModel, CueTrainingArticle, CueTrainingOptions, snapped_cues, train_cues,
};

use attribution::Attr;
use doc::{Doc, Sent};

/// Options of the classify stage.
#[derive(Debug, Clone)]
pub struct ClassifyOptions {
    /// A claim is check-worthy when its score is at least this (0–1).
    pub threshold: f64,
}

impl Default for ClassifyOptions {
    fn default() -> Self {
        Self { threshold: 0.5 }
    }
}

/// The claim classifier: lexicons, weights and options.
#[derive(Debug, Clone)]
pub struct Classifier {
    lexicons: Lexicons,
    options: ClassifyOptions,
    weights: Weights,
    hedge_model: std::sync::Arc<HedgeModel>,
    /// The attribution-cue tagger: the bundled one unless replaced.
    cues: Option<std::sync::Arc<CueModel>>,
    /// The weights' pieces of the signals reason, formatted once.
    explainer: score::Explainer,
    /// The weights' terms, indexed for the walk over each clause.
    terms: score::TermIndex,
}

impl Classifier {
    /// A classifier over `lexicons`, with the hand-set score weights ([`Weights::default`]).
    #[must_use]
    pub fn new(lexicons: Lexicons, options: ClassifyOptions) -> Self {
        let weights = Weights::default();
        Self {
            lexicons,
            options,
            explainer: score::Explainer::new(&weights),
            terms: score::TermIndex::new(&weights),
            weights,
            hedge_model: HedgeModel::bundled(),
            cues: None,
        }
    }

    /// The classifier the binary runs with its bundled configuration: the built-in
    /// lexicons and the bundled check-worthiness model ([`Weights::builtin`]) at its own
    /// threshold.
    #[must_use]
    pub fn bundled() -> Self {
        let weights = Weights::builtin();
        Self::new(
            Lexicons::builtin(),
            ClassifyOptions {
                threshold: weights.threshold,
            },
        )
        .with_weights(weights)
    }

    /// The classifier with another attribution-cue model (for measuring a freshly trained
    /// one, as cross-validation does; the bundled model is the default).
    #[must_use]
    pub fn with_cue_model(mut self, model: CueModel) -> Self {
        self.cues = Some(std::sync::Arc::new(model));
        self
    }

    fn tagger(&self) -> &tagger::CueTagger {
        match self.cues.as_deref() {
            Some(m) => m.tagger(),
            None => tagger::CueTagger::bundled(),
        }
    }

    /// The classifier with another hedge model (for example one fold of a
    /// cross-validation).
    #[must_use]
    pub fn with_hedge_model(mut self, model: std::sync::Arc<HedgeModel>) -> Self {
        self.hedge_model = model;
        self
    }

    /// The hedge model in use.
    #[must_use]
    pub fn hedge_model(&self) -> &HedgeModel {
        &self.hedge_model
    }

    /// The classifier with other score weights (for example fitted by a `train` command).
    #[must_use]
    pub fn with_weights(mut self, weights: Weights) -> Self {
        self.explainer = score::Explainer::new(&weights);
        self.terms = score::TermIndex::new(&weights);
        self.weights = weights;
        self
    }

    /// The score weights in use.
    #[must_use]
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// Classifies an article: claims in text order, attributions in text order of the cue.
    #[must_use]
    pub fn classify(&self, article: &Article) -> ClassifiedDocument {
        let doc = Doc::new(article, &self.lexicons);
        let found = Found::new(attribution::find(&doc, self.tagger()));
        let claims = self.claims(&doc, &found);
        ClassifiedDocument {
            schema: SCHEMA.to_owned(),
            input: article.input.clone(),
            text: article.text.clone(),
            claims,
            attributions: found
                .attrs
                .iter()
                .filter_map(|a| to_core(&doc, a))
                .collect(),
        }
    }

    /// The attribution relations of an article and the hedging of each of its clauses:
    /// the part of [`Classifier::classify`] that attribution and hedging take (the analysed
    /// document, the cue tagger, the attribution rules, the hedge cues and the hedge model),
    /// without evidence, kinds, check-worthiness scores and reasons. The relations are
    /// `classify`'s `attributions`, and the hedging, with each clause's span, is the
    /// `hedging` of its claims, in the same order.
    #[must_use]
    pub fn attributions_and_hedging(
        &self,
        article: &Article,
    ) -> (Vec<Attribution>, Vec<(Span, Hedging)>) {
        let doc = Doc::new(article, &self.lexicons);
        let found = Found::new(attribution::find(&doc, self.tagger()));
        let mut hedging: Vec<(Span, Hedging)> = claim_clauses(&doc)
            .map(|(a, b)| {
                let (cues, negations, hedge) =
                    self.clause_hedging(&doc, a, b, &found, found.governing(&doc, a, b));
                let (start, end) = doc.span(a, b);
                (
                    Span::new(start, end),
                    Hedging {
                        hedged: hedge.hedged,
                        cues,
                        negations,
                    },
                )
            })
            .collect();
        hedging.sort_by_key(|(span, _)| (span.start, span.end));
        let attributions = found
            .attrs
            .iter()
            .filter_map(|a| to_core(&doc, a))
            .collect();
        (attributions, hedging)
    }

    /// The claims of a document in text order.
    fn claims(&self, doc: &Doc<'_>, found: &Found) -> Vec<Claim> {
        let mut claims = Vec::new();
        for s in &doc.sents {
            for (a, b) in clauses(doc, s) {
                if let Some(c) = self.claim(doc, s, a, b, found) {
                    claims.push(c);
                }
            }
        }
        claims.sort_by_key(|c| (c.start, c.end));
        claims
    }

    /// Classifies one sentence (one input line of `claimsift classify --sentences`).
    ///
    /// The same result as [`SentenceResult::from_document`] of [`Classifier::classify`],
    /// without what a sentence result drops: the document's attribution list, its input
    /// name and schema, and copies of the text.
    #[must_use]
    pub fn classify_sentence(&self, sentence: &str) -> SentenceResult {
        let article = Article::single_sentence(String::new(), sentence);
        let claims = {
            let doc = Doc::new(&article, &self.lexicons);
            let found = Found::new(attribution::find(&doc, self.tagger()));
            self.claims(&doc, &found)
        };
        SentenceResult::from_document(ClassifiedDocument {
            schema: String::new(),
            input: String::new(),
            text: article.text,
            claims,
            attributions: Vec::new(),
        })
    }

    /// The feature values of a sentence: for each feature, the largest value over its
    /// claims. The input a `train` command fits [`Weights`] on.
    #[must_use]
    pub fn sentence_features(&self, sentence: &str) -> Features {
        self.with_sentence(sentence, |doc, found| {
            let mut out = Features::default();
            for s in &doc.sents {
                for (a, b) in clauses(doc, s) {
                    let (f, _) = self.analyse(doc, a, b, found);
                    for (o, v) in out.0.iter_mut().zip(f.features.0) {
                        *o = o.max(v);
                    }
                    for (o, v) in out.2.iter_mut().zip(f.features.2) {
                        *o |= v;
                    }
                    for (o, v) in out.3.iter_mut().zip(f.features.3) {
                        *o |= v;
                    }
                    for (o, v) in out.4.iter_mut().zip(f.features.4) {
                        *o |= v;
                    }
                }
            }
            out
        })
    }

    /// `f` over the document of one sentence and its attributions: what the `sentence_*`
    /// methods that train and cross-validate the models start from.
    fn with_sentence<R>(&self, sentence: &str, f: impl FnOnce(&Doc<'_>, &Found) -> R) -> R {
        let article = Article::single_sentence("-", sentence);
        let doc = Doc::new(&article, &self.lexicons);
        let found = Found::new(attribution::find(&doc, self.tagger()));
        f(&doc, &found)
    }

    /// Every word pair of a sentence ([`score::pair_key`]: adjacent words of [`WORDS`],
    /// and each clause's first and last), whether or not the weights have it, sorted
    /// without repeats: what a `train` command counts to choose a model's pairs.
    #[must_use]
    pub fn sentence_pairs(&self, sentence: &str) -> Vec<u32> {
        self.per_clause(sentence, score::clause_pairs)
    }

    /// Every term of a sentence ([`score::Term`]: a word outside [`WORDS`], or two adjacent
    /// words not both in it), whether or not the weights have it, sorted without repeats:
    /// what a `train` command counts to choose a model's terms.
    #[must_use]
    pub fn sentence_terms(&self, sentence: &str) -> Vec<String> {
        self.per_clause(sentence, score::clause_terms)
    }

    /// What `collect` finds in each clause of a sentence, sorted without repeats.
    fn per_clause<T: Ord>(
        &self,
        sentence: &str,
        collect: fn(&Doc<'_>, usize, usize, &mut Vec<T>),
    ) -> Vec<T> {
        let article = Article::single_sentence("-", sentence);
        let doc = Doc::new(&article, &self.lexicons);
        let mut out = Vec::new();
        for s in &doc.sents {
            for (a, b) in clauses(&doc, s) {
                collect(&doc, a, b, &mut out);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The largest hedge probability over the clauses of a sentence, 1 for a clause with
    /// a cue that always hedges: the sentence is hedged when it reaches the hedge model's
    /// threshold.
    #[must_use]
    pub fn sentence_hedge_probability(&self, sentence: &str) -> f64 {
        // Only the hedge part of each clause's analysis: cues, then the model's score.
        self.with_sentence(sentence, |doc, found| {
            let mut best: f64 = 0.0;
            for (a, b) in claim_clauses(doc) {
                let (_, _, hedge) =
                    self.clause_hedging(doc, a, b, found, found.governing(doc, a, b));
                best = best.max(if hedge.forced { 1.0 } else { hedge.probability });
            }
            best
        })
    }

    /// Calls `f` with the hedge features of a sentence taken whole (one clause), the input
    /// `claimsift train hedging` fits the hedge model on.
    pub(crate) fn with_hedge_features(
        &self,
        sentence: &str,
        mut f: impl FnMut(hedge_model::HedgeFeature<'_>),
    ) {
        self.with_sentence(sentence, |doc, found| {
            for s in &doc.sents {
                let (cues, _) =
                    self.hedge_cues(doc, s.a, s.b, found, found.governing(doc, s.a, s.b));
                hedge_model::features(doc, s.a, s.b, &cues, |feature, _| f(feature));
            }
        });
    }

    /// The hedging of tokens `a..b` governed by attribution `attr`: its cues and negations
    /// ([`Classifier::hedge_cues`]) and the hedge model's decision over them.
    fn clause_hedging<'d>(
        &self,
        doc: &'d Doc<'_>,
        a: usize,
        b: usize,
        found: &Found,
        attr: Option<usize>,
    ) -> (Vec<HedgeCue>, Vec<TextSpan>, hedge_model::HedgeScore<'d>) {
        let (cues, negations) = self.hedge_cues(doc, a, b, found, attr);
        let hedge = self.hedge_model.score(doc, a, b, &cues);
        (cues, negations, hedge)
    }

    /// Hedge cues and negations of tokens `a..b`, with the cues of the attribution that
    /// governs them (when it lies outside) and a weasel cue for an unnamed-group source.
    fn hedge_cues(
        &self,
        doc: &Doc<'_>,
        a: usize,
        b: usize,
        found: &Found,
        attr: Option<usize>,
    ) -> (Vec<HedgeCue>, Vec<TextSpan>) {
        let mut cues = Vec::new();
        let mut negations = Vec::new();
        hedging::find(doc, a, b, &mut cues, &mut negations);
        if let Some(at) = attr.and_then(|k| found.attrs.get(k)) {
            // Cues in the attribution that governs the claim, when it lies outside it: its
            // cue and its source's own noun phrase ("Some analysts"), not an appositive or
            // relative clause after it ("Jenny Marsh, who had been due to fly").
            let source = at
                .source
                .map(|(s, e)| (s, attribution::core_end(doc, s, e)));
            for (s, e) in [Some(at.cue), source].into_iter().flatten() {
                if s < a || e > b {
                    hedging::find(doc, s, e, &mut cues, &mut Vec::new());
                }
            }
            if at.weasel
                && let Some((s, e)) = at.source
            {
                let (cs, ce) = if at.cue.0 >= e && at.cue.0 - e <= 3 {
                    doc.span(s, at.cue.1)
                } else {
                    doc.span(s, e)
                };
                if let Some(text) = doc.text.get(cs..ce) {
                    cues.push(HedgeCue {
                        text: text.to_owned(),
                        start: cs,
                        end: ce,
                        category: claimsift_core::HedgeCategory::Weasel,
                    });
                }
            }
        }
        hedging::tidy(&mut cues);
        negations.sort_by_key(|n| (n.start, n.end));
        negations.dedup();
        (cues, negations)
    }

    fn analyse<'d>(
        &self,
        doc: &'d Doc<'_>,
        a: usize,
        b: usize,
        found: &Found,
    ) -> (Analysis<'d>, Option<usize>) {
        let (start, end) = doc.span(a, b);
        let evidence = evidence::find(doc, a, b);
        let attrs = found.attrs.as_slice();
        let attr = found.governing(doc, a, b);
        let (cues, negations, hedge) = self.clause_hedging(doc, a, b, found, attr);

        let mut features = Features::default();
        for e in &evidence {
            features.set(feature_of(e.kind));
        }
        if let Some(at) = attr.and_then(|k| attrs.get(k)) {
            features.set(match at.kind {
                SourceKind::NamedPerson | SourceKind::NamedOrganisation | SourceKind::Document => {
                    Feature::AttributedNamed
                }
                SourceKind::Vague | SourceKind::Anonymous => Feature::AttributedVague,
            });
        }
        if !cues.is_empty() {
            features.set(Feature::Hedged);
        }
        if !negations.is_empty() {
            features.set(Feature::Negated);
        }
        if !doc.has_words(a, b, 5) {
            features.set(Feature::Short);
        }
        let first_person = (a..b).any(|i| {
            matches!(
                doc.low(i),
                "i" | "we" | "you" | "my" | "our" | "i'm" | "we're" | "you're"
            ) && !in_quote(&found.quoted, doc.tokens[i].start)
        });
        if first_person {
            features.set(Feature::FirstPerson);
        }
        score::structure(
            doc,
            a,
            b,
            &evidence,
            &found.quoted,
            &self.weights.pairs,
            &self.terms,
            &mut features,
        );
        (
            Analysis {
                start,
                end,
                evidence,
                cues,
                negations,
                hedge,
                features,
            },
            attr,
        )
    }

    /// The reason line of a clause's hedge decision: its cues, its score against the
    /// threshold and the features that weighed most. None for an unhedged clause with no
    /// cue.
    fn hedge_reason(&self, an: &Analysis<'_>) -> Option<String> {
        let hedged = an.hedge.hedged;
        if !hedged && an.cues.is_empty() {
            return None;
        }
        // Sized for the usual line, so that it is not grown piece by piece.
        let mut cues = String::with_capacity(64);
        for (k, c) in an.cues.iter().enumerate() {
            if k > 0 {
                cues.push_str(", ");
            }
            for piece in ["'", &c.text, "' (", c.category.as_str(), ")"] {
                cues.push_str(piece);
            }
        }
        let mut signals = String::with_capacity(96);
        for (k, (name, w)) in HedgeModel::explain(&an.hedge, 3).iter().enumerate() {
            if k > 0 {
                signals.push_str(", ");
            }
            signals.push_str(name);
            let _ = write!(signals, " {w:+.2}");
        }
        let p = Decimal(round_score(an.hedge.probability));
        let t = Decimal(self.hedge_model.threshold());
        let forced = an
            .cues
            .iter()
            .find(|c| self.hedge_model.always_hedges(c.category))
            .map(|c| c.category.as_str());
        Some(match (hedged, cues.is_empty()) {
            (true, false)
                if let Some(forced) = forced
                    && p.0 < t.0 =>
            {
                format!(
                    "Hedged: {cues} (a cue of category {forced} always hedges; hedge score {p})."
                )
            }
            (true, false) => format!(
                "Hedged: {cues} (hedge score {p} is at or above {t}; weighed most: {signals})."
            ),
            (true, true) => format!(
                "Hedged by its wording (hedge score {p} is at or above {t}; weighed most: {signals})."
            ),
            (false, _) if signals.is_empty() => {
                format!("Not hedged: {cues} (hedge score {p} is below {t}).")
            }
            (false, _) => format!(
                "Not hedged: {cues} (hedge score {p} is below {t}; weighed against: {signals})."
            ),
        })
    }

    fn claim(&self, doc: &Doc<'_>, s: &Sent, a: usize, b: usize, found: &Found) -> Option<Claim> {
        if !has_word(doc, a, b) {
            return None;
        }
        let (mut an, attr) = self.analyse(doc, a, b, found);
        let attrs = found.attrs.as_slice();
        let text = doc.text.get(an.start..an.end)?.to_owned();
        let raw = self.weights.score(&an.features);
        if let Some(at) = attr.and_then(|k| attrs.get(k)) {
            statement_evidence(doc, a, b, at, &mut an.evidence);
        }
        let score = round_score(raw);
        let checkworthy = score >= self.options.threshold;
        let mut kinds: Vec<ClaimKind> =
            an.evidence.iter().filter_map(|e| kind_of(e.kind)).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let attribution = attr
            .and_then(|k| attrs.get(k))
            .and_then(|at| to_core(doc, at));
        // With no phrase to name its kind, an attributed claim states what someone said;
        // silence ("did not respond to", "declined to comment") says nothing, so the
        // claim is the event of it.
        if checkworthy && kinds.is_empty() {
            kinds.push(
                if attribution
                    .as_ref()
                    .is_some_and(|a| !is_silence(&a.cue.text))
                {
                    ClaimKind::Statement
                } else {
                    ClaimKind::Event
                },
            );
        }
        let hedge_line = self.hedge_reason(&an);
        let mut reasons = reasons(
            &an,
            hedge_line,
            &kinds,
            attribution.as_ref(),
            score,
            checkworthy,
            self.options.threshold,
        );
        if let Some(line) = score::explain(&self.weights, &self.explainer, &an.features, doc.text) {
            reasons.insert(reasons.len().saturating_sub(1), line);
        }
        Some(Claim {
            text,
            start: an.start,
            end: an.end,
            sentence: s.index,
            checkworthy,
            score,
            kinds,
            evidence: an.evidence,
            attribution,
            hedging: Hedging {
                hedged: an.hedge.hedged,
                cues: an.cues,
                negations: an.negations,
            },
            reasons,
        })
    }
}

/// What one clause holds.
struct Analysis<'d> {
    start: usize,
    end: usize,
    evidence: Vec<claimsift_core::Evidence>,
    cues: Vec<HedgeCue>,
    negations: Vec<TextSpan>,
    hedge: hedge_model::HedgeScore<'d>,
    features: Features,
}

fn feature_of(kind: EvidenceKind) -> Feature {
    match kind {
        EvidenceKind::Number => Feature::Number,
        EvidenceKind::NumberWord => Feature::NumberWord,
        EvidenceKind::Percentage => Feature::Percentage,
        EvidenceKind::Money => Feature::Money,
        EvidenceKind::Date => Feature::Date,
        EvidenceKind::Duration => Feature::Duration,
        EvidenceKind::NamedActor => Feature::NamedActor,
        EvidenceKind::Action => Feature::Action,
        EvidenceKind::Comparison => Feature::Comparison,
        EvidenceKind::Causal => Feature::Causal,
        EvidenceKind::Prediction => Feature::Prediction,
        EvidenceKind::Rule => Feature::Rule,
        EvidenceKind::Statement => Feature::Statement,
        EvidenceKind::PersonalExperience => Feature::PersonalExperience,
        EvidenceKind::OpinionMarker => Feature::OpinionMarker,
        EvidenceKind::Question => Feature::Question,
    }
}

fn kind_of(kind: EvidenceKind) -> Option<ClaimKind> {
    Some(match kind {
        EvidenceKind::Number
        | EvidenceKind::NumberWord
        | EvidenceKind::Percentage
        | EvidenceKind::Money => ClaimKind::Quantity,
        EvidenceKind::Date | EvidenceKind::Duration => ClaimKind::Temporal,
        EvidenceKind::Action => ClaimKind::Event,
        EvidenceKind::Comparison => ClaimKind::Comparison,
        EvidenceKind::Causal => ClaimKind::Causal,
        EvidenceKind::Prediction => ClaimKind::Prediction,
        EvidenceKind::Rule => ClaimKind::Rule,
        EvidenceKind::Statement => ClaimKind::Statement,
        EvidenceKind::PersonalExperience => ClaimKind::PersonalExperience,
        EvidenceKind::NamedActor | EvidenceKind::OpinionMarker | EvidenceKind::Question => {
            return None;
        }
    })
}

/// The attribution whose content covers the claim `start..end` most; ties go to a named
/// source over an anonymous one, then to the earlier cue. A content counts when it covers
/// a third of the claim or the claim a third of it, or when the claim holds the cue of a
/// quotation: the last clause of a quotation with its speaker after it ("and I never
/// will," the mayor told reporters) is that speaker's, however short the quoted part.
fn governing(
    doc: &Doc<'_>,
    attrs: &[Attr],
    index: &ContentIndex,
    start: usize,
    end: usize,
) -> Option<usize> {
    let len = end.saturating_sub(start).max(1);
    let holds_cue = |a: &Attr| {
        let (cs, ce) = doc.span(a.cue.0, a.cue.1);
        a.direct && start <= cs && ce <= end
    };
    let mut best: Option<(usize, usize, bool)> = None;
    // Only attributions whose content starts before the claim ends and no further back
    // than the longest content: the search stays local in a long article.
    let hi = index.order.partition_point(|&k| attrs[k].content.0 < end);
    let lo = index
        .order
        .partition_point(|&k| attrs[k].content.0 < start.saturating_sub(index.longest));
    for &k in index.order.get(lo..hi).unwrap_or(&[]) {
        let a = &attrs[k];
        let (cs, ce) = a.content;
        let overlap = ce.min(end).saturating_sub(cs.max(start));
        let clen = ce.saturating_sub(cs).max(1);
        if overlap == 0 || (overlap * 3 < len && overlap * 3 < clen && !holds_cue(a)) {
            continue;
        }
        let named = a.kind != SourceKind::Anonymous;
        let better = match best {
            None => true,
            Some((_, o, n)) => overlap > o || (overlap == o && named && !n),
        };
        if better || best.is_some_and(|(b, o, n)| overlap == o && named == n && k < b) {
            best = Some((k, overlap, named));
        }
    }
    best.map(|b| b.0)
}

/// The attribution relations of a document, with what claims look them up by.
struct Found {
    attrs: Vec<Attr>,
    index: ContentIndex,
    /// Content spans of direct quotations, sorted.
    quoted: Vec<(usize, usize)>,
}

impl Found {
    fn new(attrs: Vec<Attr>) -> Self {
        Self {
            index: ContentIndex::new(&attrs),
            quoted: quoted_spans(&attrs),
            attrs,
        }
    }

    /// The attribution governing tokens `a..b` (see [`governing`]).
    fn governing(&self, doc: &Doc<'_>, a: usize, b: usize) -> Option<usize> {
        let (start, end) = doc.span(a, b);
        governing(doc, &self.attrs, &self.index, start, end)
    }
}

/// The content spans of direct quotations, sorted by start.
fn quoted_spans(attrs: &[Attr]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = attrs
        .iter()
        .filter(|a| a.direct)
        .map(|a| a.content)
        .collect();
    spans.sort_unstable();
    spans.dedup();
    spans
}

/// True when `at` lies inside a quotation (spans sorted by start, not nested).
fn in_quote(spans: &[(usize, usize)], at: usize) -> bool {
    let k = spans.partition_point(|&(s, _)| s <= at);
    k > 0 && spans.get(k - 1).is_some_and(|&(_, e)| at < e)
}

/// Attributions ordered by where their content starts, for [`governing`].
struct ContentIndex {
    order: Vec<usize>,
    longest: usize,
}

impl ContentIndex {
    fn new(attrs: &[Attr]) -> Self {
        let mut order: Vec<usize> = (0..attrs.len()).collect();
        order.sort_by_key(|&k| (attrs[k].content.0, k));
        // Capped, so that a text of one endless sentence stays linear; a content starting
        // more than 8 KB before a claim does not govern it.
        let longest = attrs
            .iter()
            .map(|a| a.content.1.saturating_sub(a.content.0))
            .max()
            .unwrap_or(0)
            .min(8192);
        Self { order, longest }
    }
}

fn to_core(doc: &Doc<'_>, a: &Attr) -> Option<Attribution> {
    let ts = |s: usize, e: usize| {
        let (bs, be) = doc.span(s, e);
        TextSpan::of(doc.text, Span::new(bs, be))
    };
    // "He's said", "they're pointing out": the contracted auxiliary is part of the verb
    // group, as "has" is in "he has said", so the cue starts at the apostrophe and the
    // source ends before it (as PolNeAR marks it, about 110 times to 13).
    let clitic = a
        .cue
        .0
        .checked_sub(1)
        .and_then(|k| {
            let t = doc.tokens.get(k)?;
            Some((k, contracted_auxiliary(doc.text.get(t.start..t.end)?)?))
        })
        .filter(|&(k, _)| doc.tokens[k].end < doc.tokens[a.cue.0].start);
    let (cue_start, source) = match (clitic, a.source) {
        (Some((k, len)), Some((s, e))) if e == k + 1 && s < k + 1 => {
            let at = doc.tokens[k].end - len;
            let (bs, _) = doc.span(s, e);
            (Some(at), Some(TextSpan::of(doc.text, Span::new(bs, at))?))
        }
        (Some((k, len)), None) => (Some(doc.tokens[k].end - len), None),
        (_, Some((s, e))) => (None, Some(ts(s, e)?)),
        (_, None) => (None, None),
    };
    let cue = match cue_start {
        Some(at) => TextSpan::of(doc.text, Span::new(at, doc.span(a.cue.0, a.cue.1).1))?,
        None => ts(a.cue.0, a.cue.1)?,
    };
    Some(Attribution {
        kind: a.kind,
        source,
        cue,
        content: Span::new(a.content.0, a.content.1),
        direct_quote: a.direct,
        refers_to: a.refers_to.clone(),
    })
}

/// The byte length of the contracted auxiliary ending word `w` ("he's", "they're",
/// "we've", "she'd", "I'll", "I'm"): "'s" counts only after a pronoun, where it is "is" or
/// "has", not a possessive ("Trump's").
pub(crate) fn contracted_auxiliary(w: &str) -> Option<usize> {
    let (base, tail) = w.rsplit_once(['\'', '\u{2019}'])?;
    if base.is_empty() {
        return None;
    }
    let any = |w: &str, of: &[&str]| of.iter().any(|x| w.eq_ignore_ascii_case(x));
    let ok = any(tail, &["re", "ve", "d", "ll", "m"])
        || (tail.eq_ignore_ascii_case("s")
            && any(
                base,
                &[
                    "he", "she", "it", "who", "that", "there", "what", "here", "where",
                ],
            ));
    ok.then(|| w.len() - base.len())
}

/// The clauses of every sentence that hold a word: those [`Classifier::claim`] makes a
/// claim of, in text order.
fn claim_clauses<'d>(doc: &'d Doc<'_>) -> impl Iterator<Item = (usize, usize)> + 'd {
    doc.sents
        .iter()
        .flat_map(move |s| clauses(doc, s))
        .filter(move |&(a, b)| has_word(doc, a, b))
}

fn has_word(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|i| doc.tokens[i].is_word())
}

/// Clause token ranges of a sentence: split at a semicolon, and at a comma followed by a
/// conjunction when both sides have a verb and a few words.
fn clauses(doc: &Doc<'_>, s: &Sent) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = s.a;
    let verb = |a: usize, b: usize| (a..b).any(|i| doc.is_verbish(i));
    let mut k = s.a;
    while k < s.b {
        let t = doc.tokens[k];
        let (cut, next) = if t.is_punct(';') {
            (k, k + 1)
        } else if t.is_punct(',')
            && k + 1 < s.b
            && matches!(
                doc.low(k + 1),
                "and" | "but" | "while" | "whereas" | "although" | "though" | "yet"
            )
        {
            (k, k + 2)
        } else {
            k += 1;
            continue;
        };
        // "the benefit, while statistically significant, was modest": a subordinate
        // clause with no verb before its closing comma is an aside inside the clause.
        let subordinate = !matches!(doc.low(next - 1), "and" | "but" | "yet") && next > k + 1;
        let own_end = (next..s.b)
            .find(|&j| doc.tokens[j].is_punct(','))
            .unwrap_or(s.b);
        if doc.has_words(start, cut, 4)
            && doc.has_words(next, s.b, 3)
            && verb(start, cut)
            && verb(next, s.b)
            && (!subordinate || verb(next, own_end))
        {
            out.push((start, cut));
            start = next;
            k = next;
        } else {
            k += 1;
        }
    }
    out.push((start, s.b));
    out
}

fn kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quantity => "Quantity",
        ClaimKind::Temporal => "Time",
        ClaimKind::Event => "Event",
        ClaimKind::Statement => "Statement",
        ClaimKind::Comparison => "Comparison",
        ClaimKind::Causal => "Cause",
        ClaimKind::Prediction => "Prediction",
        ClaimKind::Rule => "Rule",
        ClaimKind::PersonalExperience => "Personal experience",
    }
}

fn quoted_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for i in items {
        if !seen.contains(&i) && seen.len() < 4 {
            seen.push(i);
        }
    }
    let mut out = String::with_capacity(seen.iter().map(|s| s.len() + 4).sum());
    for (k, s) in seen.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push('\'');
        out.push_str(s);
        out.push('\'');
    }
    out
}

/// A cue that reports a request met with silence: "declined", "refused", "did not
/// respond to", "has not replied", "did not return".
fn is_silence(cue: &str) -> bool {
    let cue = cue.to_lowercase();
    let words: Vec<&str> = cue.split_whitespace().collect();
    if matches!(
        words.first(),
        Some(&("declined" | "declines" | "refused" | "refuses"))
    ) {
        return true;
    }
    let negated = words
        .iter()
        .any(|w| matches!(*w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t"));
    negated
        && words
            .iter()
            .any(|w| w.starts_with("respond") || w.starts_with("repl") || w.starts_with("return"))
}

/// A clause that holds the whole act of declaring, source and cue ("The minister said
/// ...", "According to the ministry, ..."), states what someone declared: its cue becomes
/// statement evidence (a kind, after Full Fact's taxonomy). It comes after scoring, since
/// the score already weighs the attribution itself.
fn statement_evidence(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    at: &attribution::Attr,
    evidence: &mut Vec<claimsift_core::Evidence>,
) {
    let holds = |(s, e): (usize, usize)| a <= s && e <= b;
    // A listed verb of saying, or a stance verb that introduces a clause ("insisted
    // that"): a learned cue alone ("recalled its kettles") does not make a statement.
    let after = at.cue.1;
    let declares = doc.at(at.cue.0).iter().any(|m| match m.tag {
        lexicon::Tag::Report(lexicon::ReportKind::Speech | lexicon::ReportKind::According) => true,
        lexicon::Tag::Report(lexicon::ReportKind::Stance) => {
            after < b
                && (doc.low(after) == "that"
                    || doc.tokens[after].is_punct(':')
                    || doc.tokens[after].is_quote())
        }
        _ => false,
    });
    if !declares
        || !at.source.is_some_and(holds)
        || !holds(at.cue)
        || evidence.iter().any(|e| e.kind == EvidenceKind::Statement)
    {
        return;
    }
    let (start, end) = doc.span(at.cue.0, at.cue.1);
    let Some(text) = doc.text.get(start..end) else {
        return;
    };
    evidence.push(claimsift_core::Evidence {
        kind: EvidenceKind::Statement,
        text: text.to_owned(),
        start,
        end,
    });
    evidence.sort_by_key(|x| (x.start, x.kind, x.end));
}

/// A score or threshold in a reason, written as `{}` writes an `f64`. Most are rounded to
/// thousandths ([`round_score`]), and the shortest digits of such a number are its
/// thousandths without trailing zeros (a test checks all of them), which are written
/// directly: the general search for the shortest digits was a hundredth of classifying.
#[derive(Clone, Copy, Debug)]
struct Decimal(f64);

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let x = self.0;
        let k = (x * 1000.0).round();
        let plain = f.precision().is_none() && f.width().is_none() && !f.sign_plus();
        if !(plain && x.is_sign_positive() && (0.0..=1000.0).contains(&k) && k / 1000.0 == x) {
            return std::fmt::Display::fmt(&x, f);
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0..=1000.
        let k = k as u32;
        let digit = |d: u32| char::from_digit(d, 10).unwrap_or('0');
        f.write_char(digit(k / 1000))?;
        let mut frac = k % 1000;
        if frac > 0 {
            f.write_char('.')?;
            let mut scale = 100;
            while frac > 0 {
                f.write_char(digit(frac / scale))?;
                frac %= scale;
                scale /= 10;
            }
        }
        Ok(())
    }
}

fn reasons(
    an: &Analysis<'_>,
    hedge_line: Option<String>,
    kinds: &[ClaimKind],
    attribution: Option<&Attribution>,
    score: f64,
    checkworthy: bool,
    threshold: f64,
) -> Vec<String> {
    let mut out = Vec::new();
    for &k in kinds {
        let list = quoted_list(
            an.evidence
                .iter()
                .filter(|e| kind_of(e.kind) == Some(k))
                .map(|e| e.text.as_str()),
        );
        if list.is_empty() {
            out.push(format!(
                "{}: no single phrase; the claim is check-worthy as a whole.",
                kind_label(k)
            ));
        } else {
            out.push([kind_label(k), ": ", &list, "."].concat());
        }
    }
    let actors = quoted_list(
        an.evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::NamedActor)
            .map(|e| e.text.as_str()),
    );
    if !actors.is_empty() {
        out.push(["Named actor: ", &actors, "."].concat());
    }
    if let Some(a) = attribution {
        let who = match a.kind {
            SourceKind::NamedPerson => "a named person",
            SourceKind::NamedOrganisation => "a named organisation",
            SourceKind::Document => "a document",
            SourceKind::Vague => "an unnamed source",
            SourceKind::Anonymous => "no named source",
        };
        let lead = if a.direct_quote {
            "Direct quotation attributed to"
        } else {
            "Attributed to"
        };
        // The source span keeps an appositive's closing comma (PolNeAR's convention); the
        // sentence an editor reads does not.
        let source = match (&a.source, &a.refers_to) {
            (Some(s), Some(r)) => [", '", s.text.trim_end_matches(','), "' (", r, "),"].concat(),
            (Some(s), None) => [", '", s.text.trim_end_matches(','), "',"].concat(),
            (None, _) => String::new(),
        };
        out.push([lead, " ", who, &source, " through '", &a.cue.text, "'."].concat());
    }
    if let Some(line) = hedge_line {
        out.push(line);
    }
    if !an.negations.is_empty() {
        out.push(format!(
            "Negated: {}.",
            quoted_list(an.negations.iter().map(|n| n.text.as_str()))
        ));
    }
    if checkworthy {
        out.push(format!(
            "Check-worthy: score {} is at or above the threshold {}.",
            Decimal(score),
            Decimal(threshold)
        ));
    } else if let Some(q) = an
        .evidence
        .iter()
        .find(|e| e.kind == EvidenceKind::Question)
    {
        out.push(["Not check-worthy: a question ('", &q.text, "')."].concat());
    } else if an.features.get(Feature::OpinionMarker) > 0.0 {
        let m = quoted_list(
            an.evidence
                .iter()
                .filter(|e| e.kind == EvidenceKind::OpinionMarker)
                .map(|e| e.text.as_str()),
        );
        out.push(["Not check-worthy: opinion marker ", &m, "."].concat());
    } else if !an.evidence.iter().any(|e| !e.kind.is_negative()) {
        out.push("Not check-worthy: no number, date, named actor or factual predicate.".to_owned());
    } else {
        out.push(format!(
            "Not check-worthy: score {} is below the threshold {}.",
            Decimal(score),
            Decimal(threshold)
        ));
    }
    out
}
