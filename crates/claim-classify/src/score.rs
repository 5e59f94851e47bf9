//! Check-worthiness scoring: a logistic function over a small, named feature vector.
//!
//! `score = 1 / (1 + exp(-(bias + Σ weight[f] · value[f])))`, where every feature value is
//! 0 or 1 (is there a number? a date? an opinion marker? ...). The weights are data: the
//! hand-set defaults below are documented in [`Weights::default`], and a fitted set can be
//! read from text with [`Weights::parse`] (`feature = weight` lines, as
//! [`Weights::to_text`] writes them), which is what a `train` command needs to produce.

use std::fmt::Write as _;

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
}

impl Feature {
    pub const COUNT: usize = 22;
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

/// Feature values of one claim, indexed by [`Feature::index`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Features(pub [f64; Feature::COUNT]);

impl Features {
    pub fn set(&mut self, f: Feature) {
        self.0[f.index()] = 1.0;
    }
    #[must_use]
    pub fn get(&self, f: Feature) -> f64 {
        self.0[f.index()]
    }
}

/// The weights of the score.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    pub bias: f64,
    pub weights: [f64; Feature::COUNT],
}

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
const DEFAULT: [(Feature, f64); Feature::COUNT] = [
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
        self.bias
            + self
                .weights
                .iter()
                .zip(features.0.iter())
                .map(|(w, x)| w * x)
                .sum::<f64>()
    }

    /// The score of `features`, 0–1, not rounded.
    #[must_use]
    pub fn score(&self, features: &Features) -> f64 {
        let z = self.logit(features);
        1.0 / (1.0 + (-z).exp())
    }

    /// Reads `name = weight` lines (`bias = ...` for the bias); `#` comments. Features not
    /// named keep their default weight.
    ///
    /// # Errors
    /// An unknown feature name or a weight that is not a finite number.
    pub fn parse(text: &str) -> Result<Self, WeightsError> {
        let mut w = Self::default();
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
                n => {
                    let f =
                        Feature::parse(n).ok_or_else(|| err(format!("unknown feature `{n}`")))?;
                    w.weights[f.index()] = value;
                }
            }
        }
        Ok(w)
    }

    /// Writes the weights as `name = weight` lines, readable by [`Weights::parse`].
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut out = format!("bias = {}\n", self.bias);
        for f in Feature::ALL {
            let _ = writeln!(out, "{} = {}", f.as_str(), self.get(f));
        }
        out
    }
}
