//! The learned hedge model: whether a clause is hedged, decided by logistic regression over
//! features of its words, and why.
//!
//! The hedge cues of `hedging` (lexicon entries with categories, "some experts", "analysts
//! caution") are the evidence an editor sees; this model decides whether they, and the
//! other words of the clause, add up to an uncertain statement. Its features are what the
//! project defines here, each with a readable name, so every decision can be explained by
//! the features that pushed it:
//!
//! * `w WORD`: a lower-case word or punctuation mark of the clause;
//! * `b WORD WORD`: two adjacent tokens;
//! * `c CATEGORY`: a hedge cue of that category ([`HedgeCategory`]) in the clause or in the
//!   attribution that governs it;
//! * `s SHAPE`: a pattern — `number`, `quantified_plural` ("many towns"),
//!   `quantified_group` ("some experts"), `passive` ("is regarded"), `it_passive` ("it is
//!   thought"), `superlative` ("the most", "largest").
//!
//! A clause's features are a set (each counts once). Its score is
//! `sigmoid(bias + sum of weights)`, and it is hedged when the score reaches the model's
//! threshold, or when it has a cue of a category that always hedges (the file's `always`
//! list; [`NEWS_ALWAYS_HEDGES`] by default: modal, epistemic adverb, reportive,
//! conditional, expectation, weasel, evidential).
//!
//! The model is fitted on Wikipedia weasel/hedge sentences and, at half weight, on news
//! sentences whose predicates are scored for factuality (a sentence is hedged when one of
//! them is scored as neither asserted nor denied), so that it learns how news hedges too.
//!
//! The weights file (`config/model/hedging.weights`, written by `claimsift train hedging`)
//! has a `#` header, then `always = CATEGORY...`, `also_weight = X`, `l2 = X`, `bias = X`
//! and `threshold = X`, then one `WEIGHT NAME` line per
//! feature. A feature is looked up by a key made of the FNV-1a hashes of its name's parts
//! ([`hedge_weights::name_key`]): the document holds each word's hash, so the runtime never
//! allocates a name. Training ([`train_hedging`]) is full-batch and deterministic: the same
//! sentences give the same file byte for byte.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use claimsift_core::{HedgeCategory, HedgeCue};

use crate::Classifier;
use crate::doc::{Doc, is_aux, is_ly_adverb};
use crate::hedge_weights::{self, Line, lines};
use crate::lexicon::{PreHashed, Tag};
use crate::tokens::TokenKind;
use crate::train::{Counts, sigmoid, steady_threshold};

/// The bundled model (`claimsift train hedging` writes it).
pub const BUILTIN_HEDGE_MODEL: &str = include_str!("../../../config/model/hedging.weights");
/// The bundled model's setting lines and weights, as the build script encodes them
/// ([`hedge_weights::encode`]).
const BUNDLED_WEIGHTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hedging.weights.bin"));

/// One feature of a clause, by its parts; its name is `Display`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HedgeFeature<'a> {
    Word(&'a str),
    Bigram(&'a str, &'a str),
    Cue(HedgeCategory),
    Shape(&'static str),
}

impl HedgeFeature<'_> {
    /// The key of the feature's weight ([`hedge_weights::name_key`] of its name), computed
    /// without building the name. [`features`] gives the keys of words and bigrams from
    /// the document's word hashes instead.
    fn key(&self) -> u64 {
        use hedge_weights::{BIGRAM, CUE, SHAPE, WORD, feature_key, hash_name};
        match *self {
            HedgeFeature::Word(w) => feature_key(WORD, hash_name(w), 0),
            HedgeFeature::Bigram(a, b) => feature_key(BIGRAM, hash_name(a), hash_name(b)),
            HedgeFeature::Cue(c) => feature_key(CUE, hash_name(c.as_str()), 0),
            HedgeFeature::Shape(s) => feature_key(SHAPE, hash_name(s), 0),
        }
    }

    /// How the feature reads in a reason: `'generally'`, `'one of'`, `weasel cue`.
    fn describe(&self) -> String {
        match *self {
            HedgeFeature::Word(w) => ["'", w, "'"].concat(),
            HedgeFeature::Bigram(a, b) => ["'", a, " ", b, "'"].concat(),
            HedgeFeature::Cue(c) => [c.as_str(), " cue"].concat(),
            HedgeFeature::Shape(s) => s.replace('_', " "),
        }
    }
}

impl std::fmt::Display for HedgeFeature<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HedgeFeature::Word(w) => write!(f, "w {w}"),
            HedgeFeature::Bigram(a, b) => write!(f, "b {a} {b}"),
            HedgeFeature::Cue(c) => write!(f, "c {}", c.as_str()),
            HedgeFeature::Shape(s) => write!(f, "s {s}"),
        }
    }
}

/// A set of feature keys, by open addressing: a clause's features are a few dozen, and
/// telling repeats this way costs a tenth of sorting them. Its slots are kept from clause
/// to clause (per thread) and marked with the clause they belong to, so that a new set is
/// empty without clearing or allocating any (zeroed slots for each clause cost more than
/// the rest of the set).
#[derive(Default)]
struct KeySet {
    /// A key and the [`KeySet::clause`] it was inserted for; the slots in use are a power
    /// of two, at least twice as many as will be inserted.
    slots: Vec<(u64, u32)>,
    mask: usize,
    clause: u32,
}

thread_local! {
    static KEY_SET: std::cell::RefCell<KeySet> = std::cell::RefCell::default();
}

impl KeySet {
    /// Empties the set and makes room for `n` keys.
    fn start(&mut self, n: usize) {
        let size = (2 * n).next_power_of_two();
        if self.slots.len() < size {
            self.slots.resize(size, (0, 0));
        } else if self.slots.len() > 1 << 16 && self.slots.len() > 4 * size {
            // One huge clause (a megabyte line) does not keep its slots for the thread's
            // life; the ones kept still carry their marks.
            self.slots.truncate(size);
            self.slots.shrink_to_fit();
        }
        self.mask = size - 1;
        self.clause = self.clause.wrapping_add(1);
        if self.clause == 0 {
            // Once in four billion clauses: slots marked 0 would read as in the set.
            self.slots.fill((0, 0));
            self.clause = 1;
        }
    }

    /// Adds `key`; true if it was not there.
    fn insert(&mut self, key: u64) -> bool {
        // Keys are mixed hashes ([`hedge_weights::feature_key`]): their low bits will do.
        #[allow(clippy::cast_possible_truncation)]
        let mut k = key as usize & self.mask;
        loop {
            match self.slots.get_mut(k) {
                Some(slot) if slot.1 != self.clause => {
                    *slot = (key, self.clause);
                    return true;
                }
                Some(slot) if slot.0 == key => return false,
                Some(_) => k = (k + 1) & self.mask,
                None => return false,
            }
        }
    }
}

/// Feature key ([`hedge_weights::name_key`]) → weight.
type WeightMap = std::collections::HashMap<u64, f32, std::hash::BuildHasherDefault<PreHashed>>;

/// Quantifiers that make a vague group or an unnamed plural ("many towns", "some experts").
fn is_quantifier(w: &str) -> bool {
    crate::doc::is_group_quantifier(w) || matches!(w, "certain" | "few")
}

/// Calls `f` with every feature of tokens `a..b` and of `cues`, each once, in a fixed
/// order, and the key of its weight ([`HedgeFeature::key`]).
pub(crate) fn features<'d>(
    doc: &'d Doc<'_>,
    a: usize,
    b: usize,
    cues: &[HedgeCue],
    mut f: impl FnMut(HedgeFeature<'d>, u64),
) {
    use hedge_weights::{BIGRAM, WORD, feature_key};
    let b = b.min(doc.tokens.len());
    let mut shapes: [bool; 6] = [false; 6];
    const SHAPES: [&str; 6] = [
        "number",
        "quantified_plural",
        "quantified_group",
        "passive",
        "it_passive",
        "superlative",
    ];
    let word = |i: usize| -> Option<&'d str> {
        let t = doc.tokens.get(i)?;
        if i >= b || t.kind == TokenKind::Number {
            return None;
        }
        Some(doc.low(i))
    };
    // Each token's word is read once: as the next word of one step, then as the word of
    // the following step.
    let mut here = word(a);
    for i in a..b {
        let t = doc.tokens[i];
        let next_word = word(i + 1);
        let Some(w) = std::mem::replace(&mut here, next_word) else {
            shapes[0] = true;
            continue;
        };
        let hw = doc.word_hash(i);
        f(HedgeFeature::Word(w), feature_key(WORD, hw, 0));
        if let Some(next) = next_word {
            let key = feature_key(BIGRAM, hw, doc.word_hash(i + 1));
            f(HedgeFeature::Bigram(w, next), key);
        }
        if !t.is_word() {
            continue;
        }
        let next = next_word.unwrap_or("");
        if is_quantifier(w) {
            if doc.find(i + 1, |t| t == Tag::Vague).is_some() {
                shapes[2] = true;
            } else if next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") {
                shapes[1] = true;
            }
        }
        if is_aux(w) && !matches!(w, "do" | "does" | "did" | "have" | "has" | "had") {
            let mut k = i + 1;
            if next_word.is_some_and(|x| x.len() > 4 && is_ly_adverb(x)) {
                k += 1;
            }
            if doc.is_regular_past(k) || word(k).is_some_and(|x| x.ends_with("ed")) {
                shapes[3] = true;
                if i > a && word(i - 1) == Some("it") {
                    shapes[4] = true;
                }
            }
        }
        if matches!(w, "most" | "best" | "least")
            && next_word.is_some_and(|x| x.chars().all(char::is_alphabetic))
            || (w.len() > 5 && w.ends_with("est") && !w.ends_with("interest"))
        {
            shapes[5] = true;
        }
    }
    let mut cats: Vec<HedgeCategory> = cues.iter().map(|c| c.category).collect();
    cats.sort_unstable();
    cats.dedup();
    for c in cats {
        let feature = HedgeFeature::Cue(c);
        f(feature, feature.key());
    }
    for (on, name) in shapes.iter().zip(SHAPES) {
        if *on {
            let feature = HedgeFeature::Shape(name);
            f(feature, feature.key());
        }
    }
}

/// A fitted hedge model.
#[derive(Clone)]
pub struct HedgeModel {
    weights: WeightMap,
    bias: f64,
    threshold: f64,
    /// The L2 penalty it was fitted with (what cross-validation of it reuses).
    l2: f64,
    /// Cue categories that hedge a clause whatever its score.
    always: Vec<HedgeCategory>,
    /// The weight the news sentences were fitted with (what cross-validation reuses).
    also_weight: f64,
}

impl std::fmt::Debug for HedgeModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HedgeModel")
            .field("features", &self.weights.len())
            .field("bias", &self.bias)
            .field("threshold", &self.threshold)
            .field("always", &self.always)
            .finish()
    }
}

/// Why a hedge weights file cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct HedgeModelError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// A clause's hedge decision.
#[derive(Clone, Debug)]
pub(crate) struct HedgeScore<'d> {
    pub probability: f64,
    /// A cue of a category that always hedges ([`always_hedges`]) is present.
    pub forced: bool,
    pub hedged: bool,
    /// The clause's features that weigh at least [`MIN_EXPLAINED`] either way, each once,
    /// with their weights: what [`HedgeModel::explain`] chooses from, kept while scoring
    /// so that explaining does not find the features and their weights again.
    strong: Vec<(HedgeFeature<'d>, f64)>,
}

/// The cue categories that hedge a clause whatever the model says, by default: in news
/// a modal ("could"), an epistemic adverb ("apparently", "possibly"), a reportive
/// ("reportedly"), an expectation ("is expected to"), a condition ("if"), a weasel phrase
/// ("analysts caution", "it is believed", "some experts": forcing it took 5-fold
/// cross-validated Wikipedia F1 from 0.600 to 0.604, unseen Wikipedia from 0.811 to 0.798
/// and UW factuality from 0.403 to 0.399 in December 2026, and our news hedges from 0.953
/// to 0.963 when it was brought in; the cross-validated figure decides) or an
/// appearance ("appears to", "seems": forcing it left cross-validated and unseen Wikipedia
/// F1 where they were and took two more of our news hedges) always makes a claim less than
/// asserted, while the Wikipedia sentences the model learns from use
/// "may", "could" and "if" mostly in statements their annotators call certain (three uses
/// in four), and the model, fitted on their words, can outvote "possibly" in a news
/// sentence. The model decides the rest: epistemic verbs ("suggests", "believe": forcing
/// them costs 0.013 F1 on unseen Wikipedia sentences) and wording with no listed cue.
pub const NEWS_ALWAYS_HEDGES: [HedgeCategory; 7] = [
    HedgeCategory::Modal,
    HedgeCategory::EpistemicAdverb,
    HedgeCategory::Reportive,
    HedgeCategory::Conditional,
    HedgeCategory::Expectation,
    HedgeCategory::Weasel,
    HedgeCategory::Evidential,
];

impl HedgeModel {
    /// The bundled model, loaded once from the weights and setting lines the build script
    /// read from it ([`hedge_weights`]); a test checks they make what
    /// [`HedgeModel::parse`] reads.
    pub fn bundled() -> Arc<HedgeModel> {
        static MODEL: OnceLock<Arc<HedgeModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                let model = match hedge_weights::decode(BUNDLED_WEIGHTS) {
                    Some((settings, weights)) => HedgeModel::parse(settings).map(|mut model| {
                        model.weights.reserve(weights.len());
                        model.weights.extend(weights);
                        model
                    }),
                    None => HedgeModel::parse(BUILTIN_HEDGE_MODEL),
                };
                Arc::new(model.unwrap_or_else(|_| HedgeModel {
                    weights: WeightMap::default(),
                    bias: 0.0,
                    threshold: 0.5,
                    l2: 1.0,
                    always: NEWS_ALWAYS_HEDGES.to_vec(),
                    also_weight: 1.0,
                }))
            })
            .clone()
    }

    /// Parses a weights file.
    ///
    /// # Errors
    /// A line that is neither a comment, `bias = X`, `threshold = X` nor `WEIGHT NAME`,
    /// a weight that is not a finite number, or a threshold outside 0–1.
    pub fn parse(text: &str) -> Result<HedgeModel, HedgeModelError> {
        let mut weights = WeightMap::default();
        // One weight a line, and a line takes about 20 bytes: sized once, not grown.
        weights.reserve(text.len() / 16);
        let mut model = HedgeModel {
            weights,
            bias: 0.0,
            threshold: 0.5,
            l2: 1.0,
            always: Vec::new(),
            also_weight: 1.0,
        };
        let err = |line: usize, message: String| HedgeModelError { line, message };
        for (n, raw) in lines(text).enumerate() {
            match Line::read(raw).map_err(|m| err(n + 1, m))? {
                Line::Weight(hash, w) => {
                    model.weights.insert(hash, w);
                }
                Line::Setting(line) => model.setting(line).map_err(|m| err(n + 1, m))?,
                Line::Skip => {}
            }
        }
        Ok(model)
    }

    /// Applies one `key = value` line.
    fn setting(&mut self, line: &str) -> Result<(), String> {
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("expected 'KEY = VALUE', found '{line}'"));
        };
        let (key, value) = (key.trim(), value.trim());
        if key == "always" {
            for word in value.split_whitespace() {
                let c = HedgeCategory::parse(word)
                    .ok_or_else(|| format!("'{word}' is not a hedge category"))?;
                self.always.push(c);
            }
            self.always.sort_unstable();
            self.always.dedup();
            return Ok(());
        }
        let v: f64 = value
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| format!("'{value}' is not a number"))?;
        match key {
            "bias" => self.bias = v,
            "threshold" if (0.0..=1.0).contains(&v) => self.threshold = v,
            "threshold" => return Err(format!("threshold {v} is not 0–1")),
            "also_weight" if v >= 0.0 => self.also_weight = v,
            "also_weight" => return Err(format!("also_weight {v} is negative")),
            "l2" => self.l2 = v,
            k => return Err(format!("unknown key '{k}'")),
        }
        Ok(())
    }

    /// The threshold a clause's probability must reach to be hedged.
    #[must_use]
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The weight in training of each news sentence, against 1 for each example.
    #[must_use]
    pub fn also_weight(&self) -> f64 {
        self.also_weight
    }

    /// True when a cue of `category` hedges a clause whatever its score.
    #[must_use]
    pub fn always_hedges(&self, category: HedgeCategory) -> bool {
        self.always.contains(&category)
    }

    /// The cue categories that hedge a clause whatever its score.
    #[must_use]
    pub fn always(&self) -> &[HedgeCategory] {
        &self.always
    }

    /// The same model deciding by its score alone (no category always hedges).
    #[must_use]
    pub fn score_only(&self) -> HedgeModel {
        HedgeModel {
            always: Vec::new(),
            ..self.clone()
        }
    }

    /// The L2 penalty the model was fitted with.
    #[must_use]
    pub fn l2(&self) -> f64 {
        self.l2
    }

    /// Number of weighted features.
    #[must_use]
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when the model has no weighted features.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Scores tokens `a..b` with their cues.
    pub(crate) fn score<'d>(
        &self,
        doc: &'d Doc<'_>,
        a: usize,
        b: usize,
        cues: &[HedgeCue],
    ) -> HedgeScore<'d> {
        // Each feature counts once. The trainer writes weights of four decimals (0.0001 at
        // least, a few at most): as `f32`s their sum in `f64` is exact in any order. A
        // hand-written file with other values is summed in the order the features are
        // found, which is fixed, so its scores are the same from run to run too.
        let mut weights = 0.0;
        let mut strong = Vec::new();
        KEY_SET.with_borrow_mut(|seen| {
            seen.start(2 * b.saturating_sub(a) + 16);
            features(doc, a, b, cues, |f, key| {
                if seen.insert(key)
                    && let Some(w) = self.weights.get(&key)
                {
                    let w = f64::from(*w);
                    weights += w;
                    if w.abs() >= MIN_EXPLAINED {
                        strong.push((f, w));
                    }
                }
            });
        });
        let probability = sigmoid(self.bias + weights);
        let forced = cues.iter().any(|c| self.always_hedges(c.category));
        HedgeScore {
            probability,
            forced,
            hedged: forced || probability >= self.threshold,
            strong,
        }
    }

    /// The features that pushed the decision `score` most, strongest first: those for a
    /// hedged clause, those against an unhedged one that has cues; at most `n`, each
    /// weighing at least [`MIN_EXPLAINED`].
    pub(crate) fn explain(score: &HedgeScore<'_>, n: usize) -> Vec<(String, f64)> {
        let hedged = score.hedged;
        // Punctuation carries weight in the model but tells an editor nothing.
        let wordless = |x: &str| !x.chars().any(char::is_alphanumeric);
        let mut all: Vec<(HedgeFeature<'_>, f64)> = score
            .strong
            .iter()
            .filter(|&&(f, w)| {
                let pushes = if hedged {
                    w >= MIN_EXPLAINED
                } else {
                    w <= -MIN_EXPLAINED
                };
                pushes
                    && match f {
                        HedgeFeature::Word(x) => !wordless(x),
                        HedgeFeature::Bigram(x, y) => !wordless(x) && !wordless(y),
                        HedgeFeature::Cue(_) | HedgeFeature::Shape(_) => true,
                    }
            })
            .copied()
            .collect();
        // Names are built only for the `n` that are kept: most clauses have a dozen
        // features past the cut, and formatting each was a tenth of classifying.
        all.sort_by(|x, y| {
            y.1.abs()
                .partial_cmp(&x.1.abs())
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| x.0.describe().cmp(&y.0.describe()))
        });
        all.truncate(n);
        all.into_iter().map(|(f, w)| (f.describe(), w)).collect()
    }
}

/// Weights smaller than this are not named in a reason: they are the small pushes of
/// ordinary words, which would only bury the signals an editor can judge.
const MIN_EXPLAINED: f64 = 0.15;

/// Options of [`train_hedging`].
#[derive(Clone, Debug)]
pub struct HedgeTrainingOptions {
    /// L2 penalties tried (on the summed, class-balanced log loss); cross-validation picks
    /// one.
    pub l2: Vec<f64>,
    /// Cross-validation folds: sentence `i` is held out in fold `i % folds`.
    pub folds: usize,
    /// Full-batch optimisation steps.
    pub steps: usize,
    /// A feature is kept when it occurs in at least this many training sentences.
    pub min_count: usize,
    /// Cue categories that hedge a clause whatever its score (written to the file).
    pub always: Vec<HedgeCategory>,
    /// The weight in the loss of each sentence that is always trained on and never
    /// scored (the news sentences), against 1 for each example.
    pub also_weight: f64,
}

impl Default for HedgeTrainingOptions {
    fn default() -> Self {
        Self {
            l2: vec![1.0, 3.0, 10.0, 30.0, 100.0],
            folds: 5,
            steps: 300,
            min_count: 2,
            always: NEWS_ALWAYS_HEDGES.to_vec(),
            also_weight: 0.5,
        }
    }
}

/// A trained hedge model and how it was chosen.
#[derive(Debug)]
pub struct TrainedHedging {
    /// The weights file text (without the header written by [`TrainedHedging::to_file`]).
    body: String,
    /// The parsed model.
    pub model: HedgeModel,
    /// Cross-validation lines for the header and the summary.
    pub report: Vec<String>,
    /// Pooled cross-validated counts of the chosen penalty and threshold.
    pub cv: Counts,
}

impl TrainedHedging {
    /// The weights file: a header naming the command and the data files (each with its
    /// digest), then the model.
    #[must_use]
    pub fn to_file(&self, command: &str, data: &[(&str, &str)]) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# claimsift hedge model: logistic regression over clause features\n\
             # (crates/claim-classify/src/hedge_model.rs), class-balanced, full-batch.\n\
             #\n# Reproduce, byte for byte: {command}"
        );
        for (file, digest) in data {
            let _ = writeln!(out, "# Training data: {file} (blake3 {digest})");
        }
        out.push_str("#\n");
        for line in &self.report {
            let _ = writeln!(out, "#   {line}");
        }
        out.push_str("#\n");
        out.push_str(&self.body);
        out
    }

    /// A summary for the terminal.
    #[must_use]
    pub fn summary(&self) -> String {
        let mut s = String::new();
        for line in &self.report {
            let _ = writeln!(s, "  {line}");
        }
        s
    }
}

/// One sentence's features, by name hash, and its label.
struct Encoded {
    feats: Vec<u32>,
    label: bool,
    /// How much the sentence counts in the loss.
    weight: f64,
}

/// The feature names of a sentence (the whole sentence as one clause, with its cues).
fn sentence_features(classifier: &Classifier, sentence: &str) -> Vec<String> {
    let mut names = Vec::new();
    classifier.with_hedge_features(sentence, |f| names.push(f.to_string()));
    names.sort_unstable();
    names.dedup();
    names
}

/// One training sentence: its feature names, its label and its weight in the loss.
type Named = (Vec<String>, bool, f64);

/// The feature names of every example, then of every `also` sentence (weighing
/// `options.also_weight`), each with its label.
fn all_features(
    classifier: &Classifier,
    examples: &[(String, bool)],
    also: &[(String, bool)],
    options: &HedgeTrainingOptions,
) -> Vec<Named> {
    let one = examples.iter().map(|e| (e, 1.0));
    let other = also.iter().map(|e| (e, options.also_weight));
    one.chain(other)
        .map(|((s, y), w)| (sentence_features(classifier, s), *y, w))
        .collect()
}

/// Cross-validation: for each of `options.folds` interleaved folds (sentence `i` in fold
/// `i % folds`), fits on the other folds and calls `f` with a classifier using that model
/// and the index of each held-out sentence.
fn held_out(
    classifier: &Classifier,
    names: &[Named],
    examples: &[(String, bool)],
    (l2, threshold): (f64, f64),
    options: &HedgeTrainingOptions,
    mut f: impl FnMut(&Classifier, usize),
) {
    let folds = options.folds.max(2);
    let n = examples.len().min(names.len());
    for fold in 0..folds {
        // The sentences after the first `n` (`also`) are always trained on.
        let train: Vec<usize> = (0..names.len())
            .filter(|&i| i >= n || i % folds != fold)
            .collect();
        let (_, model) = fit_file(names, &train, l2, threshold, options);
        let c = classifier.clone().with_hedge_model(Arc::new(model));
        for i in (fold..n).step_by(folds) {
            f(&c, i);
        }
    }
}

/// Fits the hedge model on `examples` (`(sentence, uncertain)`) and `also` (sentences of
/// another kind, the news, weighing `options.also_weight`, in every training fold and never
/// held out or scored): cross-validation over
/// `options.folds` interleaved folds picks the L2 penalty and the threshold that give the
/// best pooled F1 when each held-out sentence is classified the way the product does it
/// (the threshold in the middle of the best neighbourhood of the F1 curve,
/// [`steady_threshold`]); then the model is fitted on all sentences.
#[must_use]
pub fn train_hedging(
    classifier: &Classifier,
    examples: &[(String, bool)],
    also: &[(String, bool)],
    options: &HedgeTrainingOptions,
) -> TrainedHedging {
    let names = all_features(classifier, examples, also, options);
    let mut report = Vec::new();
    if !also.is_empty() {
        report.push(format!(
            "also fitted on {} news sentences ({} hedged) at weight {:.2}, in every fold, never scored",
            also.len(),
            also.iter().filter(|e| e.1).count(),
            options.also_weight
        ));
    }
    // Every penalty's (smoothed f1, l2, threshold, counts), in order.
    let mut tried: Vec<(f64, f64, f64, Counts)> = Vec::new();
    for &l2 in &options.l2 {
        // Held-out probabilities, product path (the threshold is not used for them).
        let mut probs = vec![0.0; examples.len()];
        held_out(classifier, &names, examples, (l2, 0.5), options, |c, i| {
            probs[i] = c.sentence_hedge_probability(&examples[i].0);
        });
        // The pooled F1 curve is flat and noisy near its top: the threshold is the middle
        // of its best neighbourhood, as for check-worthiness ([`steady_threshold`]).
        let scored: Vec<(f64, bool)> = probs
            .iter()
            .zip(examples)
            .map(|(p, (_, g))| (*p, *g))
            .collect();
        let (t, counts, smoothed) = steady_threshold(&scored);
        report.push(format!(
            "L2 {l2:.1}: {}-fold cross-validated F1 {smoothed:.3} (mean over thresholds +-0.03) around threshold {t:.2}",
            options.folds.max(2),
        ));
        tried.push((smoothed, l2, t, counts));
    }
    // The best smoothed F1; of equals, the first penalty.
    let (_, l2, threshold, cv) = tried
        .iter()
        .copied()
        .reduce(|best, x| if x.0 > best.0 { x } else { best })
        .unwrap_or((0.0, 1.0, 0.5, Counts::default()));
    let f1 = cv.f1();
    report.push(format!(
        "chosen: L2 {l2:.1}, threshold {threshold:.3}; cross-validated P {:.3} R {:.3} F1 {f1:.3} (tp {}, fp {}, fn {})",
        cv.precision(),
        cv.recall(),
        cv.tp,
        cv.fp,
        cv.fn_
    ));
    let all: Vec<usize> = (0..names.len()).collect();
    let (body, model) = fit_file(&names, &all, l2, threshold, options);
    report.push(format!(
        "fitted on all {} sentences: {} features",
        names.len(),
        model.len()
    ));
    TrainedHedging {
        body,
        model,
        report,
        cv,
    }
}

/// Cross-validated counts of a fixed penalty and threshold (`also` in every training fold,
/// as [`train_hedging`] has it), each held-out sentence
/// classified the way the product does it (what `claimsift eval hedging` prints).
#[must_use]
pub fn cross_validate_hedging(
    classifier: &Classifier,
    examples: &[(String, bool)],
    also: &[(String, bool)],
    l2: f64,
    threshold: f64,
    options: &HedgeTrainingOptions,
) -> Counts {
    let names = all_features(classifier, examples, also, options);
    let mut counts = Counts::default();
    held_out(
        classifier,
        &names,
        examples,
        (l2, threshold),
        options,
        |c, i| {
            counts.add(c.classify_sentence(&examples[i].0).hedged, examples[i].1);
        },
    );
    counts
}

/// Fits on `rows` and returns the weights file body and the model parsed from it (so the
/// model used is exactly what the file holds).
fn fit_file(
    names: &[Named],
    rows: &[usize],
    l2: f64,
    threshold: f64,
    options: &HedgeTrainingOptions,
) -> (String, HedgeModel) {
    // Vocabulary: names in at least `min_count` training sentences, sorted.
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for &r in rows {
        for n in &names[r].0 {
            *counts.entry(n.as_str()).or_default() += 1;
        }
    }
    let vocab: Vec<&str> = counts
        .iter()
        .filter(|(_, c)| **c >= options.min_count)
        .map(|(n, _)| *n)
        .collect();
    let index: std::collections::BTreeMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, n)| (*n, u32::try_from(i).unwrap_or(u32::MAX)))
        .collect();
    let data: Vec<Encoded> = rows
        .iter()
        .map(|&r| Encoded {
            feats: names[r]
                .0
                .iter()
                .filter_map(|n| index.get(n.as_str()).copied())
                .collect(),
            label: names[r].1,
            weight: names[r].2,
        })
        .collect();
    let (w, bias) = optimise(&data, vocab.len(), l2, options.steps);
    let mut body = String::new();
    let always: Vec<&str> = options.always.iter().map(|c| c.as_str()).collect();
    let _ = writeln!(
        body,
        "always = {}\nalso_weight = {:.2}\nl2 = {l2:.1}\nbias = {bias:.4}\nthreshold = {threshold:.3}",
        always.join(" "),
        options.also_weight,
    );
    for (name, wt) in vocab.iter().zip(&w) {
        let rounded = (wt * 10_000.0).round() / 10_000.0;
        if rounded != 0.0 {
            let _ = writeln!(body, "{rounded:.4} {name}");
        }
    }
    let model = HedgeModel::parse(&body).unwrap_or_else(|_| HedgeModel {
        weights: WeightMap::default(),
        bias,
        threshold,
        l2,
        always: options.always.clone(),
        also_weight: options.also_weight,
    });
    (body, model)
}

/// Minimises the class-balanced log loss plus `l2 / 2 * |w|^2` (the bias unpenalised) by
/// full-batch Adam for `steps` steps, in a fixed order of operations.
fn optimise(data: &[Encoded], dims: usize, l2: f64, steps: usize) -> (Vec<f64>, f64) {
    let n = data.iter().map(|e| e.weight).sum::<f64>().max(1.0);
    let pos = data
        .iter()
        .filter(|e| e.label)
        .map(|e| e.weight)
        .sum::<f64>()
        .max(1.0);
    let neg = (n - pos).max(1.0);
    let (cp, cn) = (n / (2.0 * pos), n / (2.0 * neg));
    let mut w = vec![0.0f64; dims + 1]; // last: bias
    let mut m = vec![0.0f64; dims + 1];
    let mut v = vec![0.0f64; dims + 1];
    let mut g = vec![0.0f64; dims + 1];
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
    for step in 1..=steps {
        for (gi, wi) in g.iter_mut().zip(&w).take(dims) {
            *gi = l2 * wi / n;
        }
        g[dims] = 0.0;
        for e in data {
            let z = w[dims] + e.feats.iter().map(|&k| w[k as usize]).sum::<f64>();
            let p = sigmoid(z);
            let (y, c) = if e.label { (1.0, cp) } else { (0.0, cn) };
            let d = e.weight * c * (p - y) / n;
            for &k in &e.feats {
                g[k as usize] += d;
            }
            g[dims] += d;
        }
        // A learning rate that decays, so the last steps settle.
        let lr = 0.1 / (1.0 + step as f64 / 100.0);
        let (c1, c2) = (
            1.0 - b1.powi(i32::try_from(step).unwrap_or(i32::MAX)),
            1.0 - b2.powi(i32::try_from(step).unwrap_or(i32::MAX)),
        );
        for k in 0..=dims {
            m[k] = b1 * m[k] + (1.0 - b1) * g[k];
            v[k] = b2 * v[k] + (1.0 - b2) * g[k] * g[k];
            w[k] -= lr * (m[k] / c1) / ((v[k] / c2).sqrt() + eps);
        }
    }
    let bias = w.pop().unwrap_or(0.0);
    (w, bias)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hedge_weights::{name_key, parse_weight, weight_line};

    #[test]
    fn feature_keys_are_the_keys_of_their_names() {
        let lex = crate::Lexicons::builtin();
        let mut n = 0;
        for sentence in [
            "Some experts say the plan, which is regarded as the largest, may fail.",
            "It is thought that 3 of \"them\" were arrested — most of them in São Paulo.",
            "Analysts caution that unemployment could rise if the best-known firms leave.",
        ] {
            let article = claimsift_core::Article::single_sentence("-", sentence);
            let doc = Doc::new(&article, &lex);
            let mut cues = Vec::new();
            crate::hedging::find(&doc, 0, doc.tokens.len(), &mut cues, &mut Vec::new());
            assert!(!cues.is_empty(), "{sentence}");
            features(&doc, 0, doc.tokens.len(), &cues, |f, key| {
                assert_eq!(key, f.key(), "{f}");
                assert_eq!(key, name_key(&f.to_string()), "{f}");
                n += 1;
            });
        }
        assert!(n > 60, "{n} features");
        assert_ne!(name_key("w a"), name_key("s a"));
        assert_ne!(name_key("b a b"), name_key("b b a"));
    }

    #[test]
    fn bundled_weights_are_what_the_weights_file_reads() {
        let bundled = HedgeModel::bundled();
        let parsed = HedgeModel::parse(BUILTIN_HEDGE_MODEL).expect("the bundled model parses");
        assert!(hedge_weights::decode(BUNDLED_WEIGHTS).is_some());
        assert!(!bundled.is_empty());
        assert_eq!(bundled.len(), parsed.len());
        for (hash, w) in &parsed.weights {
            assert_eq!(
                bundled.weights.get(hash).map(|w| w.to_bits()),
                Some(w.to_bits())
            );
        }
        let settings = |m: &HedgeModel| {
            (
                [m.bias, m.threshold, m.l2, m.also_weight].map(f64::to_bits),
                m.always.clone(),
            )
        };
        assert_eq!(settings(&bundled), settings(&parsed));
    }

    #[test]
    fn weights_read_fast_are_the_values_str_parse_gives() {
        for line in BUILTIN_HEDGE_MODEL.lines() {
            let Some((weight, _)) = line.split_once(' ') else {
                continue;
            };
            if let Some(fast) = parse_weight(weight) {
                assert_eq!(Ok(fast.to_bits()), weight.parse::<f32>().map(f32::to_bits));
            }
        }
        // Every weight a trainer can write in -100..100, and other digit counts.
        for m in 0..1_000_000u32 {
            for s in [
                format!("{}.{:04}", m / 10_000, m % 10_000),
                format!("-{}.{:04}", m / 10_000, m % 10_000),
                format!("{}.{:01}", m / 10, m % 10),
            ] {
                let fast = parse_weight(&s).map(f32::to_bits);
                assert_eq!(
                    fast,
                    Some(s.parse::<f32>().unwrap_or(f32::NAN).to_bits()),
                    "{s}"
                );
            }
        }
        for line in [
            "0.5 w x",
            "-0.0466 b ! \"",
            "0.5  w x",
            " 0.5 w x",
            "0.5 w x ",
            "0.5 w x\r",
            "0.5 w\u{a0}",
            "0.5 ",
            "# 0.5 w x",
            "bias = 0.5",
        ] {
            let general = line
                .trim()
                .split_once(' ')
                .map(|(w, name)| (name_key(name), w.parse::<f32>().ok()));
            if let Some((hash, w)) = weight_line(line) {
                assert_eq!(general, Some((hash, Some(w))), "{line:?}");
            }
        }
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb\r",
            "a\n\nb\r\n",
            "\r\n\r",
            BUILTIN_HEDGE_MODEL,
        ] {
            assert!(lines(text).eq(text.lines()), "{text:?}");
        }
        for s in [
            "1",
            ".5",
            "1.",
            "+1.0",
            "1e3",
            "12345678.0",
            "1.2.3",
            "-",
            "nan",
        ] {
            assert_eq!(parse_weight(s), None, "{s}");
        }
    }
}
