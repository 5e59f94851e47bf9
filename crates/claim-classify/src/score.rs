//! Check-worthiness scoring: a logistic function over a named feature vector.
//!
//! `score = 1 / (1 + exp(-(bias + Σ weight[f] · value[f])))`, where every feature value is
//! 0 or 1. The first 22 features are the evidence of the clause (is there a number? a date?
//! an opinion marker? ...); the rest read its structure ([`structure`]: a finite verb, a
//! past or perfect predicate, a named or numeric subject, first/second/third person,
//! modality, sweeping words, length, quotation marks, ...) from closed classes of function
//! and cue words, never from content vocabulary, so that what is learned from 1960–2016
//! debates carries over to other speakers and to news prose.
//!
//! Each word of a closed vocabulary ([`WORDS`]: function words, quantity and comparison
//! words, reporting, record and change verbs; no content words) is a feature too, set when
//! the clause holds it, and so is each word pair of the model ([`Weights::pairs`]): two
//! adjacent words of [`WORDS`] ("has been", "i think"), or the first or last of them in
//! the clause ("opening 'so'"). Pairs of closed-class words read how a sentence is built
//! (tense, person, hedging, comparison) a little finer than single words; which pairs
//! are used is data, chosen by the trainer (those frequent in every era of the training
//! debates) and listed in the weights file.
//!
//! Last come the model's open-vocabulary terms ([`Weights::terms`]): a word outside
//! [`WORDS`] ("federal", "budget") or two adjacent words not both in it ("the budget").
//! The trainer keeps only terms that at least a few sentences of every era of the debates
//! hold, so what they learn is what recurs across speakers and decades (budgets, debt,
//! jobs), not one debate's topics; they lift held-out F1 (0.646 → 0.662, pooled over the
//! eras each left out in turn) as well as dev. Like the words, each is named in the reasons.
//!
//! The weights are data. [`Weights::builtin`] is the fitted model bundled from
//! `config/model/checkworthiness.weights`, which `claimsift train checkworthiness` writes
//! (logistic regression, `crate::train`) with the threshold chosen on held-out debates;
//! its scores are calibrated probabilities on the training labels. [`Weights::default`]
//! are the earlier hand-set weights, which give the structural features no weight. Every
//! score is explained: the evidence reasons name their spans, and [`explain`] adds the
//! structural features that moved the score most, each with its text and contribution.

use std::fmt::Write as _;

use claimsift_core::{Evidence, EvidenceKind};

use crate::doc::{Doc, NameKind};

/// One input of the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    Number,
    NumberWord,
    Percentage,
    Money,
    Date,
    Duration,
    NamedActor,
    Action,
    Comparison,
    Causal,
    Prediction,
    Rule,
    Statement,
    PersonalExperience,
    OpinionMarker,
    Question,
    /// The claim has an attribution with a named person, organisation or document source.
    AttributedNamed,
    /// The claim has an attribution with a vague or no source.
    AttributedVague,
    Hedged,
    Negated,
    /// Fewer than five words.
    Short,
    /// First or second person ("I", "we", "you") outside a quotation.
    FirstPerson,
    /// The clause has a verb: an auxiliary, a modal or a past form.
    FiniteVerb,
    /// A past-tense predicate ("was", "had", "closed").
    PastPredicate,
    /// A present perfect ("has drafted", "have risen").
    PresentPerfect,
    /// A name before the first verb: a named actor is the subject.
    SubjectNamed,
    /// A quantity before the first verb ("Ten nations signed").
    SubjectQuantity,
    /// A named actor and a factual predicate in one clause.
    NamedActorAction,
    /// A quantity and a factual predicate in one clause.
    QuantityAction,
    /// Two or more quantities (numbers, money, percentages).
    SeveralQuantities,
    /// A year written in digits ("1998").
    Year,
    /// Two or more named actors.
    SeveralNames,
    /// A name with an organisation word ("Department", "Bank").
    NamedOrganisation,
    /// "I", "me", "my" outside a quotation.
    FirstSingular,
    /// "we", "us", "our" outside a quotation.
    FirstPlural,
    /// "you", "your" outside a quotation.
    SecondPerson,
    /// "he", "she", "they": someone else's record.
    ThirdPerson,
    /// The speaker's own record ("I voted", "we cut").
    FirstPersonAction,
    /// "will", "'ll", "going to": a promise or forecast.
    FutureModal,
    /// "would", "could", "might".
    Hypothetical,
    /// "if", "unless".
    Conditional,
    /// "should", "must", "ought", "have to", "need to": what ought to be.
    Deontic,
    /// "think", "believe", "feel", "hope", "want": a stance, not a fact.
    Belief,
    /// "very", "really", "absolutely": rhetoric.
    Intensifier,
    /// "always", "never", "everybody": sweeping and rarely checkable.
    Universal,
    /// Opens with "let's", "please", "imagine", "look": an exhortation.
    Imperative,
    /// Opens with "well", "now", "so", "yes", "and", "but": talk, not report.
    DiscourseOpener,
    /// Opens with "what", "why", "how", ...: a question or a rhetorical frame.
    WhOpener,
    /// "there is", "there were": states that something exists.
    Existential,
    /// Quotation marks in the clause.
    Quote,
    /// An exclamation mark.
    Exclamation,
    /// Five to nine words.
    Words5to9,
    /// Ten to nineteen words.
    Words10to19,
    /// Twenty to thirty-four words.
    Words20to34,
    /// Thirty-five words or more.
    Words35Plus,
    /// A superlative or a rank: "the highest", "most", "number one", "first time".
    Superlative,
    /// "ever", "in history", "in the world", "on record", "in decades": a claim about a record.
    RecordScope,
    /// A verb or adverb of change in amount: "increased", "doubled", "is down".
    Change,
    /// "I want", "we're going to", "I'll": a promise, not a record.
    FirstPersonIntent,
    /// "thank", "congratulate", "appreciate": ceremony, not claim.
    Courtesy,
    /// A named subject with "is", "has", "was": a fact about a named actor.
    NamedState,
}

impl Feature {
    pub const COUNT: usize = 61;
    pub const ALL: [Feature; Self::COUNT] = [
        Self::Number,
        Self::NumberWord,
        Self::Percentage,
        Self::Money,
        Self::Date,
        Self::Duration,
        Self::NamedActor,
        Self::Action,
        Self::Comparison,
        Self::Causal,
        Self::Prediction,
        Self::Rule,
        Self::Statement,
        Self::PersonalExperience,
        Self::OpinionMarker,
        Self::Question,
        Self::AttributedNamed,
        Self::AttributedVague,
        Self::Hedged,
        Self::Negated,
        Self::Short,
        Self::FirstPerson,
        Self::FiniteVerb,
        Self::PastPredicate,
        Self::PresentPerfect,
        Self::SubjectNamed,
        Self::SubjectQuantity,
        Self::NamedActorAction,
        Self::QuantityAction,
        Self::SeveralQuantities,
        Self::Year,
        Self::SeveralNames,
        Self::NamedOrganisation,
        Self::FirstSingular,
        Self::FirstPlural,
        Self::SecondPerson,
        Self::ThirdPerson,
        Self::FirstPersonAction,
        Self::FutureModal,
        Self::Hypothetical,
        Self::Conditional,
        Self::Deontic,
        Self::Belief,
        Self::Intensifier,
        Self::Universal,
        Self::Imperative,
        Self::DiscourseOpener,
        Self::WhOpener,
        Self::Existential,
        Self::Quote,
        Self::Exclamation,
        Self::Words5to9,
        Self::Words10to19,
        Self::Words20to34,
        Self::Words35Plus,
        Self::Superlative,
        Self::RecordScope,
        Self::Change,
        Self::FirstPersonIntent,
        Self::Courtesy,
        Self::NamedState,
    ];

    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::NumberWord => "number_word",
            Self::Percentage => "percentage",
            Self::Money => "money",
            Self::Date => "date",
            Self::Duration => "duration",
            Self::NamedActor => "named_actor",
            Self::Action => "action",
            Self::Comparison => "comparison",
            Self::Causal => "causal",
            Self::Prediction => "prediction",
            Self::Rule => "rule",
            Self::Statement => "statement",
            Self::PersonalExperience => "personal_experience",
            Self::OpinionMarker => "opinion_marker",
            Self::Question => "question",
            Self::AttributedNamed => "attributed_named",
            Self::AttributedVague => "attributed_vague",
            Self::Hedged => "hedged",
            Self::Negated => "negated",
            Self::Short => "short",
            Self::FirstPerson => "first_person",
            Self::FiniteVerb => "finite_verb",
            Self::PastPredicate => "past_predicate",
            Self::PresentPerfect => "present_perfect",
            Self::SubjectNamed => "subject_named",
            Self::SubjectQuantity => "subject_quantity",
            Self::NamedActorAction => "named_actor_action",
            Self::QuantityAction => "quantity_action",
            Self::SeveralQuantities => "several_quantities",
            Self::Year => "year",
            Self::SeveralNames => "several_names",
            Self::NamedOrganisation => "named_organisation",
            Self::FirstSingular => "first_singular",
            Self::FirstPlural => "first_plural",
            Self::SecondPerson => "second_person",
            Self::ThirdPerson => "third_person",
            Self::FirstPersonAction => "first_person_action",
            Self::FutureModal => "future_modal",
            Self::Hypothetical => "hypothetical",
            Self::Conditional => "conditional",
            Self::Deontic => "deontic",
            Self::Belief => "belief",
            Self::Intensifier => "intensifier",
            Self::Universal => "universal",
            Self::Imperative => "imperative",
            Self::DiscourseOpener => "discourse_opener",
            Self::WhOpener => "wh_opener",
            Self::Existential => "existential",
            Self::Quote => "quote",
            Self::Exclamation => "exclamation",
            Self::Words5to9 => "words_5_9",
            Self::Words10to19 => "words_10_19",
            Self::Words20to34 => "words_20_34",
            Self::Words35Plus => "words_35_plus",
            Self::Superlative => "superlative",
            Self::RecordScope => "record_scope",
            Self::Change => "change",
            Self::FirstPersonIntent => "first_person_intent",
            Self::Courtesy => "courtesy",
            Self::NamedState => "named_state",
        }
    }

    /// How a reason names the feature.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::NumberWord => "number in words",
            Self::Percentage => "percentage",
            Self::Money => "money",
            Self::Date => "date",
            Self::Duration => "duration",
            Self::NamedActor => "named actor",
            Self::Action => "factual predicate",
            Self::Comparison => "comparison",
            Self::Causal => "cause",
            Self::Prediction => "prediction",
            Self::Rule => "rule",
            Self::Statement => "statement",
            Self::PersonalExperience => "personal experience",
            Self::OpinionMarker => "opinion marker",
            Self::Question => "question",
            Self::AttributedNamed => "named source",
            Self::AttributedVague => "unnamed source",
            Self::Hedged => "hedged",
            Self::Negated => "negated",
            Self::Short => "under 5 words",
            Self::FirstPerson => "first or second person",
            Self::FiniteVerb => "finite verb",
            Self::PastPredicate => "past tense",
            Self::PresentPerfect => "present perfect",
            Self::SubjectNamed => "named subject",
            Self::SubjectQuantity => "quantity as subject",
            Self::NamedActorAction => "named actor + past action",
            Self::QuantityAction => "quantity + action",
            Self::SeveralQuantities => "several quantities",
            Self::Year => "year",
            Self::SeveralNames => "several named actors",
            Self::NamedOrganisation => "named organisation",
            Self::FirstSingular => "first person singular",
            Self::FirstPlural => "first person plural",
            Self::SecondPerson => "second person",
            Self::ThirdPerson => "third-person pronoun",
            Self::FirstPersonAction => "first person + past action",
            Self::FutureModal => "future",
            Self::Hypothetical => "hypothetical",
            Self::Conditional => "condition",
            Self::Deontic => "obligation",
            Self::Belief => "belief verb",
            Self::Intensifier => "intensifier",
            Self::Universal => "sweeping word",
            Self::Imperative => "exhortation",
            Self::DiscourseOpener => "spoken opener",
            Self::WhOpener => "wh-word opener",
            Self::Existential => "existential",
            Self::Quote => "quotation marks",
            Self::Exclamation => "exclamation",
            Self::Words5to9 => "5–9 words",
            Self::Words10to19 => "10–19 words",
            Self::Words20to34 => "20–34 words",
            Self::Words35Plus => "35 words or more",
            Self::Superlative => "superlative",
            Self::RecordScope => "record scope",
            Self::Change => "change in a quantity",
            Self::FirstPersonIntent => "first person + intention",
            Self::Courtesy => "courtesy",
            Self::NamedState => "named subject + state",
        }
    }

    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == name)
    }

    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// Feature values of one claim, indexed by [`Feature::index`], for the structural
/// features the text that set them (byte spans into the document, for reasons), the
/// words of [`WORDS`] the claim holds (bit `k` for `WORDS[k]`) and the word pairs of the
/// weights' [`Weights::pairs`] it holds (bit `j` for `pairs[j]`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Features(
    pub [f64; Feature::COUNT],
    pub(crate) [SpanPair; Feature::COUNT],
    pub WordSet,
    pub PairSet,
    pub TermSet,
);

/// A set of [`WORDS`], one bit each.
pub type WordSet = [u64; WORD_BLOCKS];

/// 64-bit blocks of a [`WordSet`].
pub const WORD_BLOCKS: usize = WORDS.len().div_ceil(64);

/// A set of word pairs, one bit each, indexed like [`Weights::pairs`].
pub type PairSet = [u64; PAIR_BLOCKS];

/// The most word pairs a model can have.
pub const MAX_PAIRS: usize = 1024;

/// 64-bit blocks of a [`PairSet`].
pub const PAIR_BLOCKS: usize = MAX_PAIRS / 64;

/// A set of the model's terms, one bit each, indexed like [`Weights::terms`].
pub type TermSet = [u64; TERM_BLOCKS];

/// The most terms a model can have.
pub const MAX_TERMS: usize = 2048;

/// 64-bit blocks of a [`TermSet`].
pub const TERM_BLOCKS: usize = MAX_TERMS / 64;

/// Iterates the set bits of a bitset, ascending.
fn bits(set: &[u64]) -> impl Iterator<Item = usize> + '_ {
    set.iter().enumerate().flat_map(|(block, &bits)| {
        let mut bits = bits;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let k = block * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                k
            })
        })
    })
}

/// Up to two byte spans (`start == end` when absent): "named actor + past action" names
/// both pieces.
pub(crate) type SpanPair = [(u32, u32); 2];

impl Default for Features {
    fn default() -> Self {
        Self(
            [0.0; Feature::COUNT],
            [[(0, 0); 2]; Feature::COUNT],
            [0; WORD_BLOCKS],
            [0; PAIR_BLOCKS],
            [0; TERM_BLOCKS],
        )
    }
}

impl Features {
    pub fn set(&mut self, f: Feature) {
        self.0[f.index()] = 1.0;
    }
    #[must_use]
    pub fn get(&self, f: Feature) -> f64 {
        self.0[f.index()]
    }
    /// Marks word `k` of [`WORDS`] as present.
    pub fn set_word(&mut self, k: usize) {
        if let Some(block) = self.2.get_mut(k / 64) {
            *block |= 1 << (k % 64);
        }
    }
    /// True when word `k` of [`WORDS`] is present.
    #[must_use]
    pub fn has_word(&self, k: usize) -> bool {
        self.2.get(k / 64).is_some_and(|b| b & (1 << (k % 64)) != 0)
    }
    /// The indices in [`WORDS`] of the words present, in order.
    pub fn words(&self) -> impl Iterator<Item = usize> + '_ {
        bits(&self.2)
    }
    /// Marks pair `j` of the weights' [`Weights::pairs`] as present.
    pub fn set_pair(&mut self, j: usize) {
        if let Some(block) = self.3.get_mut(j / 64) {
            *block |= 1 << (j % 64);
        }
    }
    /// The indices of the word pairs present, in order.
    pub fn pairs(&self) -> impl Iterator<Item = usize> + '_ {
        bits(&self.3)
    }
    /// Marks term `j` of the weights' [`Weights::terms`] as present.
    pub fn set_term(&mut self, j: usize) {
        if let Some(block) = self.4.get_mut(j / 64) {
            *block |= 1 << (j % 64);
        }
    }
    /// The indices of the terms present, in order.
    pub fn terms(&self) -> impl Iterator<Item = usize> + '_ {
        bits(&self.4)
    }
    /// Sets `f` and, the first time, the text that shows it.
    pub(crate) fn set_at(&mut self, f: Feature, first: (usize, usize), second: (usize, usize)) {
        let k = f.index();
        if self.0[k] == 0.0 {
            let c = |(s, e): (usize, usize)| {
                (
                    u32::try_from(s).unwrap_or(u32::MAX),
                    u32::try_from(e).unwrap_or(u32::MAX),
                )
            };
            self.1[k] = [c(first), c(second)];
        }
        self.0[k] = 1.0;
    }
}

/// The weights of the score and the threshold they were chosen with.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    pub bias: f64,
    pub weights: [f64; Feature::COUNT],
    /// The weight of each word of [`WORDS`], in its order.
    pub words: [f64; WORDS.len()],
    /// The word pairs of the model ([`pair_key`]), ascending, at most [`MAX_PAIRS`]: pairs
    /// of adjacent words of [`WORDS`] ("has been", "more than") and a clause's first and
    /// last word of [`WORDS`]. Chosen by the trainer from the training data (those frequent
    /// in every held-out group) and kept in the weights file, so the list is data.
    pub pairs: Vec<u32>,
    /// The weight of each pair, in the order of `pairs`.
    pub pair_weights: Vec<f64>,
    /// The open-vocabulary terms of the model, ascending by [`Term::key`], at most
    /// [`MAX_TERMS`]: words outside [`WORDS`] and two adjacent words not both in it ("the
    /// budget", "tax cut"), chosen by the trainer among those frequent in every era of the
    /// training data, and kept in the weights file, so the list is data.
    pub terms: Vec<Term>,
    /// The score at or above which a claim is check-worthy, chosen with the weights (0.5
    /// for the hand-set ones). The classifier compares with `ClassifyOptions::threshold`;
    /// the binary passes this one unless the configuration sets another.
    pub threshold: f64,
}

/// The fitted model bundled with the crate (`claimsift train checkworthiness` writes it).
pub const BUILTIN_MODEL: &str = include_str!("../../../config/model/checkworthiness.weights");

/// The hand-set weights (log-odds), chosen by reasoning about what a fact-checker can
/// check, not fitted:
///
/// * A clause with no evidence sits at the bias, sigmoid(-1.6) ≈ 0.17.
/// * Any one quantity in digits, a percentage or money passes 0.5 alone (1.8 > 1.6): a
///   number is the most checkable thing a sentence can hold. A number in words is weaker
///   (1.2), since "two sides" is rarely the point of a sentence.
/// * A factual predicate (1.0) needs one more piece — a date (0.9), a named actor (0.7), a
///   comparison (1.0), a cause (0.7), a rule (0.7) — to pass: "X happened on Tuesday".
/// * Predictions barely count (0.2): the future cannot be checked yet. Personal
///   experience counts slightly against (-0.3): it is a claim but rarely checkable.
/// * A named source adds a little (0.5), an unnamed one less (0.2); hedging takes a little
///   away (-0.4); negation is neutral.
/// * Opinion markers (-2.2) and questions (-3.0) outweigh any single piece of evidence, so
///   "We should cut taxes by 10%" stays below 0.5. Clauses under five words (-1.0) and the
///   first or second person outside quotations (-0.5) lean towards not check-worthy.
///
/// Measured on `ct24_dev.tsv` (check-worthy = any claim at or above 0.5): F1 ≈ 0.77 for the
/// Yes class. Issue 4 fits these on `ct24_train.tsv` with the same features.
const DEFAULT: [(Feature, f64); 22] = [
    (Feature::Number, 1.8),
    (Feature::NumberWord, 1.2),
    (Feature::Percentage, 1.8),
    (Feature::Money, 1.8),
    (Feature::Date, 0.9),
    (Feature::Duration, 0.6),
    (Feature::NamedActor, 0.7),
    (Feature::Action, 1.0),
    (Feature::Comparison, 1.0),
    (Feature::Causal, 0.7),
    (Feature::Prediction, 0.2),
    (Feature::Rule, 0.7),
    (Feature::Statement, 0.6),
    (Feature::PersonalExperience, -0.3),
    (Feature::OpinionMarker, -2.2),
    (Feature::Question, -3.0),
    (Feature::AttributedNamed, 0.5),
    (Feature::AttributedVague, 0.2),
    (Feature::Hedged, -0.4),
    (Feature::Negated, 0.0),
    (Feature::Short, -1.0),
    (Feature::FirstPerson, -0.5),
];
const DEFAULT_BIAS: f64 = -1.6;

impl Default for Weights {
    fn default() -> Self {
        let mut weights = [0.0; Feature::COUNT];
        for (f, w) in DEFAULT {
            weights[f.index()] = w;
        }
        Self {
            bias: DEFAULT_BIAS,
            weights,
            words: [0.0; WORDS.len()],
            pairs: Vec::new(),
            pair_weights: Vec::new(),
            terms: Vec::new(),
            threshold: 0.5,
        }
    }
}

/// Why a weights file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("weights line {line}: {message}")]
pub struct WeightsError {
    pub line: usize,
    pub message: String,
}

impl Weights {
    /// The weight of one feature.
    #[must_use]
    pub fn get(&self, f: Feature) -> f64 {
        self.weights[f.index()]
    }

    /// The log-odds of `features`.
    #[must_use]
    pub fn logit(&self, features: &Features) -> f64 {
        let mut z = self.bias
            + self
                .weights
                .iter()
                .zip(features.0.iter())
                .map(|(w, x)| w * x)
                .sum::<f64>();
        // Words in index order, so the sum is the same wherever it is computed.
        for k in features.words() {
            z += self.words.get(k).copied().unwrap_or(0.0);
        }
        for j in features.pairs() {
            z += self.pair_weights.get(j).copied().unwrap_or(0.0);
        }
        for j in features.terms() {
            z += self.terms.get(j).map_or(0.0, |t| t.weight);
        }
        z
    }

    /// The score of `features`, 0–1, not rounded.
    #[must_use]
    pub fn score(&self, features: &Features) -> f64 {
        let z = self.logit(features);
        1.0 / (1.0 + (-z).exp())
    }

    /// Reads `name = weight` lines (`bias = ...` for the bias, `word:since = ...` for a
    /// word of [`WORDS`], `pair:has_been = ...` for a word pair, `<s>` and `</s>` standing
    /// for the start and end of a clause, `term:tax cut = ...` for a term); `#` comments.
    /// Features not named keep their default weight; the pairs and terms are those named.
    ///
    /// # Errors
    /// An unknown feature, word or pair, a term that is not one or two lower-case words
    /// outside the vocabulary, a pair or term named twice, more than [`MAX_PAIRS`] pairs
    /// or [`MAX_TERMS`] terms, a threshold outside 0–1, or a weight that is not a finite
    /// number; the error names the line.
    pub fn parse(text: &str) -> Result<Self, WeightsError> {
        let mut w = Self::default();
        // The line of each term, to name a repeated one after sorting.
        let mut term_lines = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: String| WeightsError {
                line: i + 1,
                message,
            };
            let (name, value) = line
                .split_once('=')
                .ok_or_else(|| err("expected `feature = weight`".to_owned()))?;
            let value: f64 = value
                .trim()
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite())
                .ok_or_else(|| err(format!("`{}` is not a number", value.trim())))?;
            match name.trim() {
                "bias" => w.bias = value,
                "threshold" if (0.0..=1.0).contains(&value) => w.threshold = value,
                "threshold" => return Err(err(format!("threshold {value} is not from 0 to 1"))),
                n if n.starts_with("pair:") => {
                    let key = parse_pair(&n["pair:".len()..])
                        .ok_or_else(|| err(format!("unknown word pair `{n}`")))?;
                    if w.pairs.contains(&key) {
                        return Err(err(format!("`{n}` twice")));
                    }
                    if w.pairs.len() == MAX_PAIRS {
                        return Err(err(format!("more than {MAX_PAIRS} word pairs")));
                    }
                    w.pairs.push(key);
                    w.pair_weights.push(value);
                }
                n if n.starts_with("term:") => {
                    let name = &n["term:".len()..];
                    if let Some(problem) = term_name_problem(name) {
                        return Err(err(format!("`{n}`: {problem}")));
                    }
                    if w.terms.len() == MAX_TERMS {
                        return Err(err(format!("more than {MAX_TERMS} terms")));
                    }
                    w.terms.push(Term {
                        key: term_key(name),
                        name: name.to_owned(),
                        weight: value,
                    });
                    term_lines.push(i + 1);
                }
                n if n.starts_with("word:") => {
                    let k = word_index(&n["word:".len()..])
                        .ok_or_else(|| err(format!("unknown word `{n}`")))?;
                    w.words[k] = value;
                }
                n => {
                    let f =
                        Feature::parse(n).ok_or_else(|| err(format!("unknown feature `{n}`")))?;
                    w.weights[f.index()] = value;
                }
            }
        }
        // Pairs ascending by key, as the lookup wants them.
        let mut pairs: Vec<(u32, f64)> = w.pairs.iter().copied().zip(w.pair_weights).collect();
        pairs.sort_by_key(|p| p.0);
        (w.pairs, w.pair_weights) = pairs.into_iter().unzip();
        // Terms ascending by key, as the lookup wants them; a key twice is a term named
        // twice (or, never seen, two names with one hash): refused either way.
        let mut terms: Vec<(Term, usize)> = std::mem::take(&mut w.terms)
            .into_iter()
            .zip(term_lines)
            .collect();
        terms.sort_by_key(|(t, _)| t.key);
        if let Some(pair) = terms.windows(2).find(|p| p[0].0.key == p[1].0.key) {
            return Err(WeightsError {
                line: pair[0].1.max(pair[1].1),
                message: format!("`term:{}` twice", pair[1].0.name),
            });
        }
        w.terms = terms.into_iter().map(|(t, _)| t).collect();
        Ok(w)
    }

    /// Writes the weights as `name = weight` lines, readable by [`Weights::parse`]: the
    /// threshold and the bias first, then the features sorted by name, every number with
    /// four decimals, so equal weights always give the same bytes.
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "threshold = {}\nbias = {}\n",
            fixed(self.threshold),
            fixed(self.bias)
        );
        let mut names: Vec<Feature> = Feature::ALL.to_vec();
        names.sort_by_key(|f| f.as_str());
        for f in names {
            let _ = writeln!(out, "{} = {}", f.as_str(), fixed(self.get(f)));
        }
        let mut words: Vec<(&str, f64)> = WORDS.iter().copied().zip(self.words).collect();
        words.sort_by_key(|&(w, _)| w);
        for (word, v) in words {
            let _ = writeln!(out, "word:{word} = {}", fixed(v));
        }
        let mut pairs: Vec<(String, f64)> = self
            .pairs
            .iter()
            .map(|&k| pair_name(k))
            .zip(self.pair_weights.iter().copied())
            .collect();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        for (pair, v) in pairs {
            let _ = writeln!(out, "pair:{pair} = {}", fixed(v));
        }
        let mut terms: Vec<&Term> = self.terms.iter().collect();
        terms.sort_by(|a, b| a.name.cmp(&b.name));
        for t in terms {
            let _ = writeln!(out, "term:{} = {}", t.name, fixed(t.weight));
        }
        out
    }

    /// All weights and the bias zero, threshold 0.5.
    #[must_use]
    pub fn zero() -> Self {
        Self {
            bias: 0.0,
            weights: [0.0; Feature::COUNT],
            words: [0.0; WORDS.len()],
            pairs: Vec::new(),
            pair_weights: Vec::new(),
            terms: Vec::new(),
            threshold: 0.5,
        }
    }

    /// The fitted model bundled with the crate ([`BUILTIN_MODEL`]), with its threshold.
    /// Falls back to the hand-set weights if the bundled file does not parse (a test
    /// guards that it does).
    #[must_use]
    pub fn builtin() -> Self {
        Self::parse(BUILTIN_MODEL).unwrap_or_default()
    }

    /// Rounds every number to four decimals, as [`Weights::to_text`] writes them.
    #[must_use]
    pub fn rounded(&self) -> Self {
        let r = |v: f64| (v * 1e4).round() / 1e4;
        let mut w = self.clone();
        w.bias = r(w.bias);
        w.threshold = r(w.threshold);
        for v in w
            .weights
            .iter_mut()
            .chain(w.words.iter_mut())
            .chain(w.pair_weights.iter_mut())
        {
            *v = r(*v);
        }
        for t in &mut w.terms {
            t.weight = r(t.weight);
        }
        w
    }
}

/// An open-vocabulary term of the model: one word outside [`WORDS`], or two adjacent words
/// not both in it, lower case, as [`structure`] reads them ("crime", "tax cut").
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// [`term_key`] of the name: what a clause's words are looked up by.
    pub key: u64,
    pub name: String,
    pub weight: f64,
}

/// The keys of a model's terms, for the walk over each clause: nearly every word and pair
/// of words a clause holds is no term, so a bitmap of the keys' high bits (2^14 bits, 2 KB)
/// turns most away before the binary search over the sorted keys.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TermIndex {
    filter: Vec<u64>,
    /// The keys of [`Weights::terms`], in its order.
    keys: Vec<u64>,
}

impl TermIndex {
    const BITS: u32 = 14;

    pub(crate) fn new(weights: &Weights) -> Self {
        let keys: Vec<u64> = weights.terms.iter().map(|t| t.key).collect();
        let mut filter = vec![
            0u64;
            if keys.is_empty() {
                0
            } else {
                1 << (Self::BITS - 6)
            }
        ];
        for &k in &keys {
            let bit = Self::bit(k);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        Self { filter, keys }
    }

    fn bit(key: u64) -> usize {
        // FNV-1a's low bits are its weakest; one multiply spreads them into the high ones.
        usize::try_from(key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)).unwrap_or(0)
    }

    fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The index in [`Weights::terms`] of the term with this key.
    fn find(&self, key: u64) -> Option<usize> {
        let bit = Self::bit(key);
        let block = self.filter.get(bit / 64)?;
        if block & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.keys.binary_search(&key).ok()
    }
}

/// The key of a term: FNV-1a of a word; for two words, their two keys mixed
/// ([`bigram_key`]), so the walk over a clause reads each word's key once and never
/// builds a name.
#[must_use]
pub fn term_key(name: &str) -> u64 {
    match name.split_once(' ') {
        Some((a, b)) => bigram_key(word_key(a), word_key(b)),
        None => word_key(name),
    }
}

// FNV-1a of one word: what `Doc::word_hash` holds for a token whose word needs no folding.
use crate::hedge_weights::hash_name as word_key;

/// [`word_key`] of token `i`'s folded word `low` ([`fold`]): the document's hash when
/// folding left the word as it was, which its length tells (folding only turns a curly
/// apostrophe, three bytes, into a straight one).
fn token_key(doc: &Doc<'_>, i: usize, low: &str) -> u64 {
    if low.len() == doc.low(i).len() {
        doc.word_hash(i)
    } else {
        word_key(low)
    }
}

/// The key of the pair of words `first second`, from their keys ([`word_key`]). Terms are
/// kept in key order, which decides which of two equal weights the reasons name first, so
/// another mix would change reasons.
fn bigram_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(29) ^ second).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// One step of the walk over a clause's tokens that finds its terms, for a word token
/// (`key`, its [`word_key`]; `in_words` when it is one of [`WORDS`]): calls `found` with the key
/// of the word alone when it is not in [`WORDS`], and of the pair it ends when the two are
/// not both in [`WORDS`] (those are [`Weights::pairs`]), with `true` for a pair. `prev`
/// carries the walk: start it at None, and set it to None at any token that is not a word.
fn term_step(
    prev: &mut Option<(u64, bool)>,
    key: u64,
    in_words: bool,
    mut found: impl FnMut(u64, bool),
) {
    if !in_words {
        found(key, false);
    }
    if let Some((first, first_in_words)) = *prev
        && !(first_in_words && in_words)
    {
        found(bigram_key(first, key), true);
    }
    *prev = Some((key, in_words));
}

/// Why `name` cannot be a term's name, if it cannot: a term is one or two words (single
/// spaces, no `=` or `#`, which the file format reserves) as the walk over a clause reads
/// them — lower case as [`Doc::low`] makes them (ASCII letters), a straight apostrophe
/// ([`fold`]) — and not what the words and pairs already are: one word of [`WORDS`], or
/// two of them.
pub(crate) fn term_name_problem(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() > 2 || words.iter().any(|w| w.is_empty() || w.contains(['=', '#'])) {
        return Some("a term is one or two words, one space apart");
    }
    if name.bytes().any(|b| b.is_ascii_uppercase()) || name.contains('\u{2019}') {
        return Some("a term is written lower case, with a straight apostrophe");
    }
    if words.iter().all(|w| word_index(w).is_some()) {
        return Some(if words.len() == 1 {
            "the word is in the vocabulary: write it as `word:`"
        } else {
            "both words are in the vocabulary: write them as a `pair:`"
        });
    }
    None
}

/// Four decimals, and never "-0.0000".
fn fixed(v: f64) -> String {
    let s = format!("{v:.4}");
    if s == "-0.0000" {
        "0.0000".to_owned()
    } else {
        s
    }
}

// ---- structural features ----
//
// The features below read sentence structure and a few closed classes of function and cue
// words, never content vocabulary, so what they learn from debates carries over to other
// speakers, years and news prose. Each word list says why its words are there.

/// Closed word classes, one bit each; [`classes`] gives a word's bits in one lookup.
/// Future forms: a promise or a forecast is not yet checkable.
const FUTURE: u32 = 1 << 0;
/// Hypothetical modals: what would or could happen.
const HYPOTHETICAL: u32 = 1 << 1;
/// Obligation: what ought to be, not what is.
const DEONTIC: u32 = 1 << 2;
/// Verbs of belief and wish: a stance about the world, not a report of it.
const BELIEF: u32 = 1 << 3;
/// Intensifiers: rhetoric more often than measurement.
const INTENSIFIER: u32 = 1 << 4;
/// Sweeping quantifiers: "always", "never", "everybody" generalise past what a source shows.
const UNIVERSAL: u32 = 1 << 5;
/// Verbs and adverbs of change in an amount: a claim that something grew or shrank is
/// checkable against figures, whoever makes it.
const CHANGE: u32 = 1 << 6;
/// Verbs of intention after a first person: a promise.
const INTENT: u32 = 1 << 7;
/// Ceremony: thanks and congratulations.
const COURTESY: u32 = 1 << 8;
/// Openers of an exhortation.
const IMPERATIVE_OPENER: u32 = 1 << 9;
/// Openers of talk: a speaker answering, not a text reporting.
const DISCOURSE_OPENER: u32 = 1 << 10;
/// wh
const WH: u32 = 1 << 11;
/// first_singular
const FIRST_SINGULAR: u32 = 1 << 12;

/// "mine" at token `i` is the noun ("a copper mine", "the mine"), not the pronoun ("is
/// mine", "a friend of mine"): a determiner or a noun-like word comes right before it.
fn mine_is_a_noun(doc: &Doc<'_>, i: usize, a: usize) -> bool {
    if i == a || doc.low(i) != "mine" || !doc.tokens[i - 1].is_word() {
        return false;
    }
    let prev = doc.low(i - 1);
    crate::doc::is_determiner(prev)
        || !(doc.is_verbish(i - 1) || crate::doc::is_function_word(prev))
}
/// first_plural
const FIRST_PLURAL: u32 = 1 << 13;
/// second
const SECOND: u32 = 1 << 14;
/// third
const THIRD: u32 = 1 << 15;

/// The word classes of the closed-class words, as `(word, classes)`.
const CLASSES: &[(&str, u32)] = &[
    ("will", FUTURE | INTENT),
    ("'ll", FUTURE | INTENT),
    ("won't", FUTURE),
    ("shall", FUTURE),
    ("gonna", FUTURE),
    ("would", HYPOTHETICAL),
    ("could", HYPOTHETICAL),
    ("might", HYPOTHETICAL),
    ("'d", HYPOTHETICAL),
    ("wouldn't", HYPOTHETICAL),
    ("couldn't", HYPOTHETICAL),
    ("may", HYPOTHETICAL),
    ("should", DEONTIC),
    ("must", DEONTIC),
    ("ought", DEONTIC),
    ("shouldn't", DEONTIC),
    ("mustn't", DEONTIC),
    ("needs", DEONTIC),
    ("need", DEONTIC),
    ("think", BELIEF),
    ("believe", BELIEF),
    ("feel", BELIEF),
    ("hope", BELIEF),
    ("wish", BELIEF),
    ("thinks", BELIEF),
    ("believes", BELIEF),
    ("feels", BELIEF),
    ("hopes", BELIEF),
    ("wants", BELIEF),
    ("guess", BELIEF),
    ("suppose", BELIEF),
    ("doubt", BELIEF),
    ("want", BELIEF | INTENT),
    ("very", INTENSIFIER),
    ("really", INTENSIFIER),
    ("absolutely", INTENSIFIER),
    ("totally", INTENSIFIER),
    ("extremely", INTENSIFIER),
    ("incredibly", INTENSIFIER),
    ("truly", INTENSIFIER),
    ("deeply", INTENSIFIER),
    ("tremendous", INTENSIFIER),
    ("terribly", INTENSIFIER),
    ("so-called", INTENSIFIER),
    ("always", UNIVERSAL),
    ("never", UNIVERSAL),
    ("everybody", UNIVERSAL),
    ("everyone", UNIVERSAL),
    ("nobody", UNIVERSAL),
    ("everything", UNIVERSAL),
    ("nothing", UNIVERSAL),
    ("anybody", UNIVERSAL),
    ("anyone", UNIVERSAL),
    ("increase", CHANGE),
    ("increased", CHANGE),
    ("increases", CHANGE),
    ("increasing", CHANGE),
    ("decrease", CHANGE),
    ("decreased", CHANGE),
    ("decreases", CHANGE),
    ("decreasing", CHANGE),
    ("doubled", CHANGE),
    ("tripled", CHANGE),
    ("quadrupled", CHANGE),
    ("halved", CHANGE),
    ("reduced", CHANGE),
    ("rising", CHANGE),
    ("falling", CHANGE),
    ("grew", CHANGE),
    ("growing", CHANGE),
    ("dropped", CHANGE),
    ("declined", CHANGE),
    ("declining", CHANGE),
    ("soared", CHANGE),
    ("plunged", CHANGE),
    ("jumped", CHANGE),
    ("slashed", CHANGE),
    ("shrank", CHANGE),
    ("expanded", CHANGE),
    ("dramatically", CHANGE),
    ("sharply", CHANGE),
    ("going", INTENT),
    ("plan", INTENT),
    ("intend", INTENT),
    ("like", INTENT),
    ("propose", INTENT),
    ("got", INTENT),
    ("gotta", INTENT),
    ("thank", COURTESY),
    ("thanks", COURTESY),
    ("congratulate", COURTESY),
    ("congratulations", COURTESY),
    ("appreciate", COURTESY),
    ("honored", COURTESY),
    ("honoured", COURTESY),
    ("pleasure", COURTESY),
    ("let", IMPERATIVE_OPENER),
    ("let's", IMPERATIVE_OPENER),
    ("please", IMPERATIVE_OPENER),
    ("imagine", IMPERATIVE_OPENER),
    ("look", IMPERATIVE_OPENER),
    ("listen", IMPERATIVE_OPENER),
    ("remember", IMPERATIVE_OPENER),
    ("consider", IMPERATIVE_OPENER),
    ("well", DISCOURSE_OPENER),
    ("now", DISCOURSE_OPENER),
    ("so", DISCOURSE_OPENER),
    ("yes", DISCOURSE_OPENER),
    ("no", DISCOURSE_OPENER),
    ("oh", DISCOURSE_OPENER),
    ("okay", DISCOURSE_OPENER),
    ("ok", DISCOURSE_OPENER),
    ("and", DISCOURSE_OPENER),
    ("but", DISCOURSE_OPENER),
    ("because", DISCOURSE_OPENER),
    ("what", WH),
    ("why", WH),
    ("how", WH),
    ("who", WH),
    ("where", WH),
    ("when", WH),
    ("which", WH),
    ("i", FIRST_SINGULAR),
    ("me", FIRST_SINGULAR),
    ("my", FIRST_SINGULAR),
    ("myself", FIRST_SINGULAR),
    ("mine", FIRST_SINGULAR),
    ("i'm", FIRST_SINGULAR),
    ("i've", FIRST_SINGULAR),
    ("i'd", FIRST_SINGULAR),
    ("i'll", FIRST_SINGULAR),
    ("we", FIRST_PLURAL),
    ("us", FIRST_PLURAL),
    ("our", FIRST_PLURAL),
    ("ours", FIRST_PLURAL),
    ("ourselves", FIRST_PLURAL),
    ("we're", FIRST_PLURAL),
    ("we've", FIRST_PLURAL),
    ("we'd", FIRST_PLURAL),
    ("we'll", FIRST_PLURAL),
    ("you", SECOND),
    ("your", SECOND),
    ("yours", SECOND),
    ("yourself", SECOND),
    ("you're", SECOND),
    ("you've", SECOND),
    ("you'd", SECOND),
    ("you'll", SECOND),
    ("he", THIRD),
    ("she", THIRD),
    ("they", THIRD),
    ("he's", THIRD),
    ("she's", THIRD),
    ("they're", THIRD),
    ("they've", THIRD),
    ("his", THIRD),
    ("her", THIRD),
    ("their", THIRD),
];

/// What [`lookup`] knows of a lower-case word: its classes and its index in [`WORDS`].
#[derive(Clone, Copy, Default)]
struct WordInfo {
    classes: u32,
    word: Option<u16>,
}

/// One hash lookup for both the word classes and the word features of a token.
fn lookup(w: &str) -> WordInfo {
    static TABLE: std::sync::OnceLock<crate::lexicon::FastMap<&'static str, WordInfo>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = crate::lexicon::FastMap::default();
        for &(w, c) in CLASSES {
            t.entry(w).or_insert_with(WordInfo::default).classes |= c;
        }
        for (k, &w) in WORDS.iter().enumerate() {
            t.entry(w).or_insert_with(WordInfo::default).word = u16::try_from(k).ok();
        }
        t
    });
    table.get(w).copied().unwrap_or_default()
}

// ---- word features ----
//
// Besides the structural features, each word of a closed vocabulary is a feature of its
// own: function words (pronouns, determiners, auxiliaries, modals, prepositions,
// conjunctions, negations, degree and time adverbs), the words that carry quantities and
// comparisons, and verbs of the reporting, record and change classes. No topic word is in
// the list (no "tax", "jobs", "war", no name): what these weights learn from 1960–2016
// debates is how a factual sentence is built, which carries over to other speakers and to
// news prose. Each word's contribution is named in the reasons ("word 'since'").

/// The vocabulary of the word features, grouped by why the words are there. The order is
/// the feature order (weights files list the words sorted); add words at the end of a group
/// and retrain.
pub const WORDS: [&str; 322] = [
    // Pronouns and determiners: who the sentence is about, and whether it points at
    // something specific.
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "they",
    "them",
    "their",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "a",
    "an",
    "the",
    "itself",
    "themselves",
    "somebody",
    "people",
    // Auxiliaries, modals and their contractions: tense, aspect and modality.
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "ought",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "can't",
    "cannot",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "it's",
    "that's",
    "there's",
    "we're",
    "we've",
    "i'm",
    "i've",
    "i'll",
    "we'll",
    "you're",
    "they're",
    "he's",
    "she's",
    "let's",
    "what's",
    "i'd",
    "they've",
    // Negation.
    "not",
    "no",
    "never",
    "nothing",
    "none",
    // Prepositions and conjunctions: how the pieces of a statement are joined.
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "about",
    "as",
    "than",
    "then",
    "so",
    "but",
    "and",
    "or",
    "nor",
    "if",
    "unless",
    "because",
    "since",
    "while",
    "when",
    "where",
    "why",
    "how",
    "what",
    "who",
    "whom",
    "which",
    "whose",
    "there",
    "here",
    "up",
    "down",
    "out",
    "over",
    "under",
    "against",
    "without",
    "during",
    "before",
    "after",
    "into",
    "through",
    "between",
    "among",
    "until",
    "per",
    "whether",
    "although",
    // Quantifiers, degree and focus: how much, and how sure.
    "more",
    "most",
    "less",
    "least",
    "fewer",
    "very",
    "really",
    "just",
    "only",
    "also",
    "even",
    "still",
    "already",
    "ago",
    "yet",
    "all",
    "every",
    "each",
    "any",
    "some",
    "many",
    "much",
    "few",
    "several",
    "both",
    "either",
    "neither",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "exactly",
    "actually",
    "probably",
    "certainly",
    "maybe",
    "perhaps",
    "again",
    "ever",
    "always",
    "often",
    "sometimes",
    // Quantity and time words: the nouns a figure or a date hangs on.
    "one",
    "two",
    "three",
    "first",
    "last",
    "new",
    "percent",
    "percentage",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dollars",
    "year",
    "years",
    "month",
    "months",
    "week",
    "day",
    "days",
    "time",
    "times",
    "rate",
    "average",
    "majority",
    "half",
    "total",
    "number",
    "numbers",
    "record",
    "today",
    "yesterday",
    "tonight",
    "currently",
    "now",
    "next",
    "recently",
    "once",
    "twice",
    "decade",
    // Change and comparison: a claim that something grew or shrank, or is bigger than
    // something else.
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "greater",
    "increase",
    "increased",
    "increases",
    "decreased",
    "decline",
    "declined",
    "rose",
    "risen",
    "fell",
    "fallen",
    "doubled",
    "tripled",
    "cut",
    "cuts",
    "raised",
    "reduced",
    "grew",
    "lost",
    "gained",
    "created",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "worst",
    "best",
    // Record actions: what an office holder did, on the record.
    "voted",
    "vote",
    "votes",
    "passed",
    "signed",
    "supported",
    "opposed",
    "proposed",
    "sponsored",
    "introduced",
    "vetoed",
    "enacted",
    "approved",
    "spent",
    "paid",
    "sent",
    "took",
    "gave",
    "made",
    "put",
    // Reporting: a claim resting on a source.
    "said",
    "says",
    "say",
    "tell",
    "told",
    "according",
    "report",
    "reported",
    "shows",
    "showed",
    "found",
    "called",
    // Stance and talk: a speaker talking, not reporting.
    "think",
    "believe",
    "know",
    "feel",
    "want",
    "going",
    "gonna",
    "let",
    "please",
    "thank",
    "well",
    "yes",
    "oh",
    "okay",
    "sure",
    "look",
    "need",
    "like",
    "get",
    "got",
    "go",
    "understand",
    "agree",
    "mean",
    "hope",
    "talk",
    "talking",
    // Cause and result.
    "therefore",
    "result",
    "caused",
    "causes",
    "led",
    "due",
];

/// The index in [`WORDS`] of a lower-case word.
#[must_use]
pub fn word_index(w: &str) -> Option<usize> {
    lookup(w).word.map(usize::from)
}

/// The word index that stands for the start of a clause in a pair.
const PAIR_START: u16 = WORDS.len() as u16;
/// The word index that stands for the end of a clause in a pair.
const PAIR_END: u16 = WORDS.len() as u16 + 1;

/// The key of the pair of word indices `(first, second)` ([`WORDS`] indices, or the
/// start or end of a clause): `first` in the high half, so keys sort by first word.
#[must_use]
pub fn pair_key(first: u16, second: u16) -> u32 {
    (u32::from(first) << 16) | u32::from(second)
}

fn pair_word(k: u16) -> &'static str {
    match k {
        PAIR_START => "<s>",
        PAIR_END => "</s>",
        k => WORDS.get(usize::from(k)).copied().unwrap_or("?"),
    }
}

/// A pair as the weights file names it: `has_been`, `<s>_so`, `yet_</s>`.
#[must_use]
pub fn pair_name(key: u32) -> String {
    let (a, b) = pair_halves(key);
    format!("{}_{}", pair_word(a), pair_word(b))
}

fn pair_halves(key: u32) -> (u16, u16) {
    ((key >> 16) as u16, (key & 0xffff) as u16)
}

/// A pair as a reason names it: `words 'has been'`, `opening 'so'`, `closing 'yet'`.
fn pair_label(key: u32) -> String {
    match pair_halves(key) {
        (PAIR_START, b) => format!("opening '{}'", pair_word(b)),
        (a, PAIR_END) => format!("closing '{}'", pair_word(a)),
        (a, b) => format!("words '{} {}'", pair_word(a), pair_word(b)),
    }
}

/// The key of a pair named as in the weights file.
fn parse_pair(name: &str) -> Option<u32> {
    let (a, b) = name.split_once('_')?;
    let index = |w: &str| match w {
        "<s>" => Some(PAIR_START),
        "</s>" => Some(PAIR_END),
        w => word_index(w).and_then(|k| u16::try_from(k).ok()),
    };
    let (a, b) = (index(a)?, index(b)?);
    (a != PAIR_END && b != PAIR_START && !(a == PAIR_START && b == PAIR_END))
        .then(|| pair_key(a, b))
}

/// One step of the walk over a clause's tokens that finds its word pairs: `word` is the
/// [`WORDS`] index of a word token (None for other words and for numbers and symbols;
/// punctuation is passed over and does not call this). `prev` carries the walk (start it
/// at `Some(PAIR_START)`); returns the pair ending at this token, if any. After the last
/// token, [`pair_end`] gives the closing pair.
fn pair_step(prev: &mut Option<u16>, word: Option<u16>) -> Option<u32> {
    let out = match (*prev, word) {
        (Some(a), Some(b)) => Some(pair_key(a, b)),
        _ => None,
    };
    *prev = word;
    out
}

fn pair_end(prev: Option<u16>) -> Option<u32> {
    prev.filter(|&a| a != PAIR_START)
        .map(|a| pair_key(a, PAIR_END))
}

/// The word pairs of clause `a..b` ([`pair_key`]s, with repeats), as [`structure`] finds
/// them: the trainer counts them to choose a model's pairs.
pub(crate) fn clause_pairs(doc: &Doc<'_>, a: usize, b: usize, out: &mut Vec<u32>) {
    let mut prev = Some(PAIR_START);
    for i in a..b {
        let t = doc.tokens[i];
        if t.kind == crate::tokens::TokenKind::Punct {
            continue;
        }
        let word = if t.is_word() {
            lookup(&fold(doc.low(i))).word
        } else {
            None
        };
        out.extend(pair_step(&mut prev, word));
    }
    out.extend(pair_end(prev));
}

/// The terms of clause `a..b` (their names, with repeats), as [`structure`] finds them:
/// the trainer counts them to choose a model's terms.
pub(crate) fn clause_terms(doc: &Doc<'_>, a: usize, b: usize, out: &mut Vec<String>) {
    let mut prev = None;
    let mut prev_low = std::borrow::Cow::Borrowed("");
    for i in a..b {
        if !doc.tokens[i].is_word() {
            prev = None;
            continue;
        }
        let low = fold(doc.low(i));
        let in_words = lookup(&low).word.is_some();
        term_step(&mut prev, token_key(doc, i, &low), in_words, |_, pair| {
            out.push(if pair {
                [prev_low.as_ref(), " ", low.as_ref()].concat()
            } else {
                low.to_string()
            });
        });
        prev_low = low;
    }
}

/// Curly apostrophes read as straight ones for the word lists.
fn fold(w: &str) -> std::borrow::Cow<'_, str> {
    if !w.is_ascii() && w.contains('\u{2019}') {
        std::borrow::Cow::Owned(w.replace('\u{2019}', "'"))
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Sets the structural features of clause `a..b` (tokens) from its tokens, its evidence
/// and the quotation spans of the document (first and second person inside a quotation
/// is someone else's voice).
#[allow(clippy::too_many_arguments)]
pub(crate) fn structure(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    evidence: &[Evidence],
    quoted: &[(usize, usize)],
    pairs: &[u32],
    terms: &TermIndex,
    f: &mut Features,
) {
    let none = (0, 0);
    let tok = |i: usize| doc.span(i, i + 1);
    let in_quote = |at: usize| {
        let k = quoted.partition_point(|&(s, _)| s <= at);
        k > 0 && quoted.get(k - 1).is_some_and(|&(_, e)| at < e)
    };
    // The word classes of each token, read once: the intention check looks three tokens
    // ahead. Word features are set here too.
    // The word pairs of the weights are found in the same pass (as `clause_pairs` does).
    let mut class_of = Vec::with_capacity(b.saturating_sub(a));
    let mut prev = Some(PAIR_START);
    let mut prev_term = None;
    let pair = |f: &mut Features, key: Option<u32>| {
        if let Some(key) = key
            && let Ok(j) = pairs.binary_search(&key)
        {
            f.set_pair(j);
        }
    };
    for i in a..b {
        let t = doc.tokens[i];
        if !t.is_word() {
            class_of.push(0);
            if t.kind != crate::tokens::TokenKind::Punct {
                prev = None;
            }
            prev_term = None;
            continue;
        }
        let low = fold(doc.low(i));
        let info = lookup(&low);
        if let Some(k) = info.word {
            f.set_word(usize::from(k));
        }
        if !terms.is_empty() {
            term_step(
                &mut prev_term,
                token_key(doc, i, &low),
                info.word.is_some(),
                |key, _| {
                    if let Some(j) = terms.find(key) {
                        f.set_term(j);
                    }
                },
            );
        }
        if prev.is_some() || info.word.is_some() {
            pair(f, pair_step(&mut prev, info.word));
        }
        let mut classes = info.classes;
        if classes & FIRST_SINGULAR != 0 && mine_is_a_noun(doc, i, a) {
            classes &= !FIRST_SINGULAR;
        }
        class_of.push(classes);
    }
    pair(f, pair_end(prev));
    let class_at = |k: usize| class_of.get(k.wrapping_sub(a)).copied().unwrap_or(0);
    let mut words = 0usize;
    let mut first_word: Option<usize> = None;
    let mut first_verb: Option<usize> = None;
    let mut first_person: Option<(usize, usize)> = None;
    for i in a..b {
        let t = doc.tokens[i];
        if t.is_quote() {
            f.set_at(Feature::Quote, tok(i), none);
        }
        if t.is_punct('!') {
            f.set_at(Feature::Exclamation, tok(i), none);
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        let low = fold(doc.low(i));
        let w = low.as_ref();
        let cls = class_at(i);
        if first_word.is_none() {
            first_word = Some(i);
            if cls & IMPERATIVE_OPENER != 0 {
                f.set_at(Feature::Imperative, tok(i), none);
            } else if cls & DISCOURSE_OPENER != 0 {
                f.set_at(Feature::DiscourseOpener, tok(i), none);
            } else if cls & WH != 0 {
                f.set_at(Feature::WhOpener, tok(i), none);
            }
        }
        if first_verb.is_none() && doc.is_verbish(i) && w != "to" {
            first_verb = Some(i);
            f.set_at(Feature::FiniteVerb, tok(i), none);
        }
        let quoted_here = in_quote(t.start);
        if !quoted_here {
            if cls & FIRST_SINGULAR != 0 {
                f.set_at(Feature::FirstSingular, tok(i), none);
                first_person.get_or_insert(tok(i));
            } else if cls & FIRST_PLURAL != 0 {
                f.set_at(Feature::FirstPlural, tok(i), none);
                first_person.get_or_insert(tok(i));
            } else if cls & SECOND != 0 {
                f.set_at(Feature::SecondPerson, tok(i), none);
            }
        }
        if cls & THIRD != 0 {
            f.set_at(Feature::ThirdPerson, tok(i), none);
        }
        let inverted = matches!(w, "should" | "had" | "were") && doc.inverted_condition(i);
        if (cls & FUTURE != 0) || (w == "going" && doc.low(i + 1) == "to" && i + 2 < b) {
            f.set_at(Feature::FutureModal, tok(i), none);
        } else if cls & HYPOTHETICAL != 0 {
            f.set_at(Feature::Hypothetical, tok(i), none);
        } else if inverted {
            // "Should talks fail, ...": a condition, like "if".
        } else if (cls & DEONTIC != 0) || (w == "have" && doc.low(i + 1) == "to" && i + 2 < b) {
            f.set_at(Feature::Deontic, tok(i), none);
        }
        if matches!(w, "if" | "unless") || inverted {
            f.set_at(Feature::Conditional, tok(i), none);
        }
        if cls & BELIEF != 0 {
            f.set_at(Feature::Belief, tok(i), none);
        }
        if cls & INTENSIFIER != 0 {
            f.set_at(Feature::Intensifier, tok(i), none);
        }
        if cls & UNIVERSAL != 0 {
            f.set_at(Feature::Universal, tok(i), none);
        }
        if w == "there"
            && i + 1 < b
            && matches!(
                doc.low(i + 1),
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "'s"
            )
        {
            f.set_at(Feature::Existential, doc.span(i, i + 2), none);
        }
        if (crate::evidence::is_superlative(w)
            && i > a
            && matches!(
                doc.low(i - 1),
                "the" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
            ))
            || (matches!(w, "most" | "least") && i > a && doc.low(i - 1) == "the")
            || (w == "number" && matches!(doc.low(i + 1), "one" | "1") && i + 1 < b)
            || (w == "first" && doc.low(i + 1) == "time" && i + 1 < b)
        {
            f.set_at(Feature::Superlative, tok(i), none);
        }
        if w == "ever"
            || w == "history"
            || (w == "record" && i > a && matches!(doc.low(i - 1), "on" | "a" | "all-time"))
            || (w == "world" && i > a && doc.low(i - 1) == "the")
            || (matches!(w, "decades" | "generations" | "centuries") && i > a)
        {
            f.set_at(Feature::RecordScope, tok(i), none);
        }
        // "declined to comment" refuses; it does not fall.
        let refusal = matches!(w, "decline" | "declined" | "declines" | "declining")
            && i + 1 < b
            && doc.low(i + 1) == "to";
        if (cls & CHANGE != 0 && !refusal)
            || (matches!(w, "up" | "down")
                && i > a
                && matches!(
                    doc.low(i - 1),
                    "is" | "are" | "was" | "were" | "'s" | "been" | "not" | "went" | "gone"
                ))
        {
            f.set_at(Feature::Change, tok(i), none);
        }
        let intends = ((i + 1)..(i + 4).min(b)).any(|k| class_at(k) & INTENT != 0)
            || (matches!(w, "i'll" | "we'll" | "i'm" | "we're")
                && matches!(doc.low(i + 1), "going" | "gonna"));
        if ((cls & FIRST_SINGULAR != 0) || (cls & FIRST_PLURAL != 0)) && !quoted_here && intends {
            f.set_at(Feature::FirstPersonIntent, tok(i), none);
        }
        if cls & COURTESY != 0 {
            f.set_at(Feature::Courtesy, tok(i), none);
        }
        if matches!(
            w,
            "was" | "were" | "had" | "did" | "didn't" | "wasn't" | "weren't"
        ) {
            f.set_at(Feature::PastPredicate, tok(i), none);
        }
    }
    if let Some(v) = first_verb
        && matches!(
            doc.low(v),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "'s"
        )
        && let Some(n) = evidence
            .iter()
            .find(|e| e.kind == EvidenceKind::NamedActor && e.end <= doc.tokens[v].start)
    {
        f.set_at(Feature::NamedState, (n.start, n.end), tok(v));
    }
    let ws = |s: usize| match s {
        0..5 => None,
        5..10 => Some(Feature::Words5to9),
        10..20 => Some(Feature::Words10to19),
        20..35 => Some(Feature::Words20to34),
        _ => Some(Feature::Words35Plus),
    };
    if let Some(bucket) = ws(words) {
        f.set_at(bucket, none, none);
    }
    let verb_at = first_verb.map_or(usize::MAX, |i| doc.tokens[i].start);
    let mut quantities = 0;
    let mut quantity: Option<(usize, usize)> = None;
    let mut action: Option<(usize, usize)> = None;
    let mut actor: Option<(usize, usize)> = None;
    let mut names = 0;
    for e in evidence {
        let span = (e.start, e.end);
        match e.kind {
            EvidenceKind::Number
            | EvidenceKind::NumberWord
            | EvidenceKind::Percentage
            | EvidenceKind::Money => {
                quantities += 1;
                if quantity.is_none() {
                    quantity = Some(span);
                }
                if e.start < verb_at {
                    f.set_at(Feature::SubjectQuantity, span, none);
                }
                if quantities == 2
                    && let Some(q) = quantity
                {
                    f.set_at(Feature::SeveralQuantities, q, span);
                }
            }
            EvidenceKind::Date
                if e.text
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|p| p.len() == 4) =>
            {
                f.set_at(Feature::Year, span, none);
            }
            EvidenceKind::NamedActor => {
                names += 1;
                if actor.is_none() {
                    actor = Some(span);
                }
                if e.start < verb_at {
                    f.set_at(Feature::SubjectNamed, span, none);
                }
                if names == 2
                    && let Some(n) = actor
                {
                    f.set_at(Feature::SeveralNames, n, span);
                }
            }
            EvidenceKind::Action => {
                action.get_or_insert(span);
                // The span starts with its auxiliaries ("has drafted", "were evacuated").
                let first = e.text.split_whitespace().next().unwrap_or("");
                let is = |w: &str| first.eq_ignore_ascii_case(w);
                if is("has") || is("have") {
                    f.set_at(Feature::PresentPerfect, span, none);
                } else if !(is("is") || is("are") || is("be") || is("been")) {
                    f.set_at(Feature::PastPredicate, span, none);
                }
            }
            _ => {}
        }
    }
    let first_name = doc.names.partition_point(|n| n.a < a);
    for n in doc.names.get(first_name..).unwrap_or(&[]) {
        if n.a >= b {
            break;
        }
        if n.kind == NameKind::Organisation && n.b <= b {
            f.set_at(Feature::NamedOrganisation, doc.span(n.a, n.b), none);
            break;
        }
    }
    if let Some(act) = action {
        if let Some(n) = actor {
            f.set_at(Feature::NamedActorAction, n, act);
        }
        if let Some(q) = quantity {
            f.set_at(Feature::QuantityAction, q, act);
        }
        if let Some(p) = first_person {
            f.set_at(Feature::FirstPersonAction, p, act);
        }
    }
}

/// The reason line for the structural and word features that moved the score most: the
/// four largest contributions (weight × value, at least 0.15 either way), each with its text.
/// `None` when no structural feature counts (as with the hand-set weights, which give them
/// no weight), so the evidence reasons stand alone.
pub(crate) fn explain(
    weights: &Weights,
    pieces: &Explainer,
    f: &Features,
    text: &str,
) -> Option<String> {
    // The four largest contributions, kept in order without allocating: most claims have
    // only a few structural features set.
    // Slots below `Feature::COUNT` are features, then words (`COUNT + k` for `WORDS[k]`),
    // then pairs (`COUNT + WORDS.len() + j` for `pairs[j]`), then terms (after the pairs).
    let mut top: [(f64, usize); 4] = [(0.0, usize::MAX); 4];
    let mut consider = |c: f64, k: usize| {
        if c.abs() < 0.15 {
            return;
        }
        if let Some(at) = top
            .iter()
            .position(|&(t, slot)| slot == usize::MAX || c.abs() > t.abs())
        {
            top[at..].rotate_right(1);
            top[at] = (c, k);
        }
    };
    for k in FIRST_STRUCTURAL..Feature::COUNT {
        consider(weights.weights[k] * f.0[k], k);
    }
    for k in f.words() {
        consider(weights.words[k], Feature::COUNT + k);
    }
    for j in f.pairs() {
        if let Some(&c) = weights.pair_weights.get(j) {
            consider(c, Feature::COUNT + WORDS.len() + j);
        }
    }
    let first_term = Feature::COUNT + WORDS.len() + weights.pairs.len();
    for j in f.terms() {
        if let Some(t) = weights.terms.get(j) {
            consider(t.weight, first_term + j);
        }
    }
    if top[0].1 == usize::MAX {
        return None;
    }
    // Sized for the usual line, so that it is not grown piece by piece.
    let mut out = String::with_capacity(192);
    out.push_str("Signals: ");
    for (n, &(c, k)) in top.iter().take_while(|t| t.1 != usize::MAX).enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        if k >= Feature::COUNT {
            if let Some(piece) = pieces.0.get(k) {
                out.push_str(piece);
            }
            continue;
        }
        out.push_str(Feature::ALL[k].label());
        let mut first = true;
        for &(s, e) in &f.1[k] {
            if s < e
                && let Some(piece) = text.get(s as usize..e as usize)
            {
                out.push_str(if first { " '" } else { "' … '" });
                out.push_str(piece);
                first = false;
            }
        }
        if !first {
            out.push('\'');
        }
        if f.0[k] == 1.0 {
            out.push_str(&pieces.0[k]);
        } else {
            let _ = write!(out, " ({c:+.2})");
        }
    }
    out.push('.');
    Some(out)
}

/// The fixed pieces of the signals line, formatted once per set of weights rather than
/// once per claim: for a feature with value 1 its contribution is its weight, `" (+0.45)"`,
/// a word's piece is `"word 'since' (+0.45)"` and a pair's `"words 'has been' (+0.45)"`.
/// Indexed like the slots of [`explain`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Explainer(Vec<String>);

impl Explainer {
    pub(crate) fn new(weights: &Weights) -> Self {
        let features = weights.weights.iter().map(|c| format!(" ({c:+.2})"));
        let words = WORDS
            .iter()
            .zip(weights.words)
            .map(|(w, c)| format!("word '{w}' ({c:+.2})"));
        let pairs = weights
            .pairs
            .iter()
            .zip(&weights.pair_weights)
            .map(|(&k, c)| format!("{} ({c:+.2})", pair_label(k)));
        let terms = weights.terms.iter().map(|t| {
            let c = t.weight;
            if t.name.contains(' ') {
                format!("words '{}' ({c:+.2})", t.name)
            } else {
                format!("word '{}' ({c:+.2})", t.name)
            }
        });
        Self(features.chain(words).chain(pairs).chain(terms).collect())
    }
}

/// The first feature after the 22 the evidence reasons already explain.
const FIRST_STRUCTURAL: usize = Feature::FiniteVerb.index();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_parses_and_round_trips() {
        let w = Weights::parse(BUILTIN_MODEL).expect("bundled weights parse");
        assert_eq!(Weights::builtin(), w);
        assert!(w.threshold > 0.0 && w.threshold < 1.0);
        // Every feature is named in the file, so none falls back to a hand-set weight.
        for f in Feature::ALL {
            assert!(
                BUILTIN_MODEL.contains(&format!("\n{} = ", f.as_str())),
                "{} missing from the bundled model",
                f.as_str()
            );
        }
        assert_eq!(Weights::parse(&w.to_text()), Ok(w.clone()));
    }

    #[test]
    fn text_has_fixed_decimals_and_no_negative_zero() {
        let mut w = Weights::zero();
        w.weights[Feature::Money.index()] = -0.000_01;
        w.bias = 1.0 / 3.0;
        let text = w.to_text();
        assert!(
            text.starts_with("threshold = 0.5000\nbias = 0.3333\n"),
            "{text}"
        );
        assert!(text.contains("\nmoney = 0.0000\n"));
        assert!(Weights::parse("threshold = 2").is_err());
    }

    #[test]
    fn words_are_unique_lower_case_and_found() {
        for (k, w) in WORDS.iter().enumerate() {
            assert_eq!(word_index(w), Some(k), "{w} twice or not found");
            assert_eq!(w.to_lowercase(), *w);
        }
        assert_eq!(word_index("taxes"), None);
        let mut f = Features::default();
        f.set_word(3);
        f.set_word(WORDS.len() - 1);
        assert_eq!(f.words().collect::<Vec<_>>(), vec![3, WORDS.len() - 1]);
    }

    #[test]
    fn pairs_parse_in_key_order_and_round_trip() {
        let w = Weights::parse("pair:has_been = 0.5\npair:<s>_so = -0.25\npair:yet_</s> = 0.1\n")
            .expect("pairs parse");
        assert_eq!(w.pairs.len(), 3);
        assert!(w.pairs.windows(2).all(|p| p[0] < p[1]));
        let names: Vec<String> = w.pairs.iter().map(|&k| pair_name(k)).collect();
        assert!(names.contains(&"<s>_so".to_owned()), "{names:?}");
        assert_eq!(Weights::parse(&w.to_text()), Ok(w.clone()));
        for bad in [
            "pair:has = 1",
            "pair:taxes_are = 1",
            "pair:</s>_so = 1",
            "pair:<s>_</s> = 1",
            "pair:has_been = 1\npair:has_been = 2",
        ] {
            assert!(Weights::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn feature_names_are_unique_and_parse() {
        for f in Feature::ALL {
            assert_eq!(Feature::parse(f.as_str()), Some(f));
            assert!(!f.label().is_empty());
        }
    }
}

#[cfg(test)]
mod model_tests {
    use crate::{Classifier, ClassifyOptions, Lexicons, Weights};

    fn bundled() -> Classifier {
        let w = Weights::builtin();
        Classifier::new(
            Lexicons::builtin(),
            ClassifyOptions {
                threshold: w.threshold,
            },
        )
        .with_weights(w)
    }

    #[test]
    fn bundled_model_separates_claims_from_talk_and_explains_itself() {
        let c = bundled();
        let claim = c.classify_sentence(
            "The Harbour Authority has closed 14 berths since 2019, the most in its history.",
        );
        let talk = c.classify_sentence("I think we should all work together on this.");
        let question = c.classify_sentence("Why would anyone believe that?");
        assert!(claim.checkworthy, "{claim:?}");
        assert!(!talk.checkworthy, "{talk:?}");
        assert!(!question.checkworthy, "{question:?}");
        // Scores spread: a sentence packed with evidence scores high, talk low.
        assert!(
            claim.score > 0.8 && talk.score < 0.1,
            "{} {}",
            claim.score,
            talk.score
        );
        let doc = c.classify(&claimsift_core::Article::single_sentence(
            "-",
            "I think we should all work together on this.",
        ));
        let reasons = &doc.claims[0].reasons;
        let signals = reasons
            .iter()
            .find(|r| r.starts_with("Signals: "))
            .expect("a signals line");
        // The signals quote the talk's own words: its stance or its obligation.
        assert!(
            ["'I'", "'think'", "'should'", "'we should'"]
                .iter()
                .any(|w| signals.contains(w)),
            "{signals}"
        );
        assert!(
            reasons
                .last()
                .is_some_and(|r| r.starts_with("Not check-worthy"))
        );
    }

    #[test]
    fn word_pairs_are_found_and_named_in_the_reasons() {
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let pairs = c.sentence_pairs("So I think 40 of them have been, well, late.");
        let names: Vec<String> = pairs.iter().map(|&k| crate::pair_name(k)).collect();
        // A comma does not break a pair; a number or a word outside `WORDS` does.
        for want in [
            "<s>_so",
            "so_i",
            "i_think",
            "of_them",
            "have_been",
            "been_well",
        ] {
            assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
        }
        assert!(!names.iter().any(|n| n == "think_of"), "{names:?}");
        assert!(!names.iter().any(|n| n.ends_with("_</s>")), "{names:?}");
        let w = Weights::parse("pair:i_think = -3.0\nthreshold = 0.5").expect("weights");
        let c = c.with_weights(w);
        let f = c.sentence_features("I think so.");
        assert_eq!(f.pairs().collect::<Vec<_>>(), vec![0]);
        let signals = signals_of(&c, "I think so.");
        assert!(signals.contains("words 'i think' (-3.00)"), "{signals}");
    }

    /// The signals reason of the first claim of `sentence`.
    fn signals_of(c: &Classifier, sentence: &str) -> String {
        let doc = c.classify(&claimsift_core::Article::single_sentence("-", sentence));
        doc.claims[0]
            .reasons
            .iter()
            .find(|r| r.starts_with("Signals: "))
            .expect("a signals line")
            .clone()
    }

    #[test]
    fn terms_are_found_and_named_in_the_reasons() {
        let c = Classifier::new(Lexicons::builtin(), ClassifyOptions::default());
        let terms = c.sentence_terms("The federal budget deficit, Smith said, rose in 2019.");
        // Words outside `WORDS` alone, and adjacent words not both in it; a comma or a
        // number breaks a pair, and two words of `WORDS` are a pair, not a term.
        for want in [
            "federal",
            "budget",
            "the federal",
            "federal budget",
            "smith said",
        ] {
            assert!(terms.iter().any(|n| n == want), "{want} not in {terms:?}");
        }
        for not in ["deficit smith", "rose in", "2019", "in 2019", "the", "said"] {
            assert!(!terms.iter().any(|n| n == not), "{not} in {terms:?}");
        }
        // The key the walk computes word by word is the key of the name.
        let w = Weights::parse("term:federal budget = 2.5\nterm:deficit = -1.0\nthreshold = 0.5")
            .expect("weights");
        assert_eq!(w.terms.len(), 2);
        assert!(w.terms.windows(2).all(|p| p[0].key < p[1].key));
        assert_eq!(Weights::parse(&w.to_text()), Ok(w.clone()));
        let c = c.with_weights(w);
        let f = c.sentence_features("The federal budget deficit rose.");
        assert_eq!(f.terms().count(), 2);
        // A curly apostrophe reads as a straight one, in a term as in the word lists.
        let w = Weights::parse("term:mayor's budget = 1.0").expect("weights");
        let c2 = c.clone().with_weights(w);
        for text in [
            "The mayor's budget rose.",
            "The mayor\u{2019}s budget rose.",
        ] {
            assert_eq!(c2.sentence_features(text).terms().count(), 1, "{text}");
        }
        let signals = signals_of(&c, "The federal budget deficit rose.");
        assert!(
            signals.contains("words 'federal budget' (+2.50)"),
            "{signals}"
        );
        assert!(signals.contains("word 'deficit' (-1.00)"), "{signals}");
    }

    #[test]
    fn malformed_terms_are_refused_with_their_line() {
        for (text, line) in [
            ("term:Budget = 1.0", 1),
            ("threshold = 0.5\nterm:a  b = 1.0", 2),
            ("term:one two three = 1.0", 1),
            ("term: = 1.0", 1),
            ("term:tax = 1.0\nterm:tax = 2.0", 2),
            // What the words and pairs are already, and what the walk never reads.
            ("term:the = 1.0", 1),
            ("term:has been = 1.0", 1),
            ("term:mayor\u{2019}s = 1.0", 1),
        ] {
            let e = Weights::parse(text).expect_err(text);
            assert_eq!(e.line, line, "{text}: {e}");
        }
    }

    proptest::proptest! {
        #[test]
        fn bundled_model_never_panics(s in "\\PC{0,160}") {
            let c = bundled();
            let doc = c.classify(&claimsift_core::Article::single_sentence("-", s.as_str()));
            proptest::prop_assert_eq!(doc.check_spans(), Ok(()));
            for claim in &doc.claims {
                proptest::prop_assert!((0.0..=1.0).contains(&claim.score));
                proptest::prop_assert!(!claim.checkworthy || !claim.kinds.is_empty());
            }
        }

        #[test]
        fn bundled_model_on_cue_words_never_panics(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "I", "we", "you", "he", "will", "'ll", "going", "to", "have", "ago", "two",
                    "years", "the", "highest", "ever", "is", "up", "Thank", "please", "forced",
                    "increases", "risk", "must", "law", "Acme", "Corp", "closed", "\u{2019}",
                    "\"", "?", "!", ",", "and", "If", "there", "was", "14", "%", "$", "2019",
                ]),
                0..30,
            )
        ) {
            let c = bundled();
            let text = words.join(" ");
            let doc = c.classify(&claimsift_core::Article::single_sentence("-", text.as_str()));
            proptest::prop_assert_eq!(doc.check_spans(), Ok(()));
        }
    }
}
