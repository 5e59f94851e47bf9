//! Claims, attributions and hedges: what the claim-classify stage finds in an article.

use serde::{Deserialize, Serialize};

use crate::span::{Span, SpanError, TextSpan};

/// What kind of checkable statement a claim makes, after Full Fact's taxonomy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Numbers, statistics, money, percentages.
    Quantity,
    /// Dates and durations.
    Temporal,
    /// Something that happened or was done.
    Event,
    /// What a document or a person declared.
    Statement,
    /// More, less, the most, the first.
    Comparison,
    /// Correlation or causation.
    Causal,
    /// The future or the hypothetical.
    Prediction,
    /// A rule or law: what is required, banned or allowed.
    Rule,
    /// The speaker's own experience.
    PersonalExperience,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 9] = [
        Self::Quantity,
        Self::Temporal,
        Self::Event,
        Self::Statement,
        Self::Comparison,
        Self::Causal,
        Self::Prediction,
        Self::Rule,
        Self::PersonalExperience,
    ];

    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Quantity => "quantity",
            Self::Temporal => "temporal",
            Self::Event => "event",
            Self::Statement => "statement",
            Self::Comparison => "comparison",
            Self::Causal => "causal",
            Self::Prediction => "prediction",
            Self::Rule => "rule",
            Self::PersonalExperience => "personal_experience",
        }
    }

    /// Parses the JSON name of a kind (`"quantity"`, `"personal_experience"`, ...).
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// What a piece of evidence is. Evidence either makes a claim checkable (a number, a date, a
/// named actor) or counts against it (an opinion marker, a question).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A number in digits: "42", "3.5", "1,200".
    Number,
    /// A number in words: "ten", "a dozen", "millions".
    NumberWord,
    Percentage,
    Money,
    Date,
    Duration,
    /// A named person, organisation, place or document doing or saying something.
    NamedActor,
    /// A factual predicate in the past or present perfect: "has drafted", "issued".
    Action,
    Comparison,
    Causal,
    Prediction,
    Rule,
    Statement,
    PersonalExperience,
    /// A word that marks opinion or exhortation: "should", "I think", "wonderful".
    OpinionMarker,
    Question,
}

impl EvidenceKind {
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
        }
    }

    /// True for evidence that counts against a claim being checkable.
    #[must_use]
    pub const fn is_negative(self) -> bool {
        matches!(self, Self::OpinionMarker | Self::Question)
    }
}

/// One span of text behind a label.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Evidence {
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Who an attribution says the content comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    NamedPerson,
    NamedOrganisation,
    /// A statement, report, letter or other document.
    Document,
    /// An unnamed group or role: "analysts", "officials", "sources familiar with".
    Vague,
    /// No source at all: "it is argued", "reportedly", "is expected to".
    Anonymous,
}

impl SourceKind {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NamedPerson => "named_person",
            Self::NamedOrganisation => "named_organisation",
            Self::Document => "document",
            Self::Vague => "vague",
            Self::Anonymous => "anonymous",
        }
    }
}

/// An attribution relation: a source, through a cue, says some content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub kind: SourceKind,
    /// The source as written; `null` for agentless forms.
    pub source: Option<TextSpan>,
    /// The words that mark the attribution: "confirmed that", "according to", a colon.
    pub cue: TextSpan,
    /// What is attributed.
    pub content: Span,
    /// True when the content is quoted word for word.
    pub direct_quote: bool,
    /// What a pronoun source ("he said") or a relative-pronoun source ("McConnell, who
    /// said") stands for, when the article names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<String>,
}

/// The category of a hedge cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeCategory {
    /// "could", "may", "might".
    Modal,
    /// "suggests", "believe", "doubt".
    EpistemicVerb,
    /// "possibly", "likely", "apparently".
    EpistemicAdverb,
    /// "reportedly", "allegedly", "is said to".
    Reportive,
    /// "if", "unless", "in case".
    Conditional,
    /// "is expected to", "is set to", "plans to".
    Expectation,
    /// "some say", "it is believed", "many experts".
    Weasel,
    /// "appears to", "seems": how a thing looks to the writer, an inference from what
    /// was seen rather than a statement of it.
    Evidential,
}

impl HedgeCategory {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Modal => "modal",
            Self::EpistemicVerb => "epistemic_verb",
            Self::EpistemicAdverb => "epistemic_adverb",
            Self::Reportive => "reportive",
            Self::Conditional => "conditional",
            Self::Expectation => "expectation",
            Self::Weasel => "weasel",
            Self::Evidential => "evidential",
        }
    }

    /// Parses the JSON name of a category (`"modal"`, `"epistemic_verb"`, ...).
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Modal,
            Self::EpistemicVerb,
            Self::EpistemicAdverb,
            Self::Reportive,
            Self::Conditional,
            Self::Expectation,
            Self::Weasel,
            Self::Evidential,
        ]
        .into_iter()
        .find(|c| c.as_str() == name)
    }
}

/// One hedge cue in the text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct HedgeCue {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub category: HedgeCategory,
}

/// How sure the text is of a claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hedging {
    pub hedged: bool,
    pub cues: Vec<HedgeCue>,
    /// Negation cues ("not", "never", "denied"): recorded, not counted as hedging.
    #[serde(default)]
    pub negations: Vec<TextSpan>,
}

/// One checkable (or candidate) claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index of the sentence of the article the claim lies in.
    pub sentence: usize,
    pub checkworthy: bool,
    /// Check-worthiness, 0–1, rounded to three decimals.
    pub score: f64,
    pub kinds: Vec<ClaimKind>,
    pub evidence: Vec<Evidence>,
    pub attribution: Option<Attribution>,
    pub hedging: Hedging,
    /// One plain-language sentence for each label, for the editor.
    pub reasons: Vec<String>,
}

impl Claim {
    #[must_use]
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The claims of one document, as `claimsift classify` writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassifiedDocument {
    pub schema: String,
    /// What the document came from, as the user named it.
    pub input: String,
    pub text: String,
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Every attribution relation in the text, in text order of the cue, whether or not its
    /// content is a checkable claim.
    pub attributions: Vec<Attribution>,
}

impl ClassifiedDocument {
    /// Checks that every span in the document indexes its text and that every `text` field
    /// equals what its span covers.
    ///
    /// # Errors
    /// The first span that does not.
    pub fn check_spans(&self) -> Result<(), SpanError> {
        let text = self.text.as_str();
        let check_attribution = |a: &Attribution| -> Result<(), SpanError> {
            if let Some(source) = &a.source {
                source.check(text)?;
            }
            a.cue.check(text)?;
            a.content.check(text)
        };
        for claim in &self.claims {
            TextSpan {
                text: claim.text.clone(),
                start: claim.start,
                end: claim.end,
            }
            .check(text)?;
            for e in &claim.evidence {
                TextSpan {
                    text: e.text.clone(),
                    start: e.start,
                    end: e.end,
                }
                .check(text)?;
            }
            for cue in &claim.hedging.cues {
                TextSpan {
                    text: cue.text.clone(),
                    start: cue.start,
                    end: cue.end,
                }
                .check(text)?;
            }
            for n in &claim.hedging.negations {
                n.check(text)?;
            }
            if let Some(a) = &claim.attribution {
                check_attribution(a)?;
            }
        }
        for a in &self.attributions {
            check_attribution(a)?;
        }
        Ok(())
    }
}

/// The result for one input line of `claimsift classify --sentences`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentenceResult {
    pub text: String,
    /// True when any claim in the sentence is check-worthy.
    pub checkworthy: bool,
    /// The highest claim score in the sentence, 0 when it holds no claim.
    pub score: f64,
    /// True when any claim in the sentence is hedged.
    pub hedged: bool,
    /// True when any claim in the sentence is attributed.
    pub attributed: bool,
    pub claims: Vec<Claim>,
}

impl SentenceResult {
    /// Summarises a classified one-sentence document.
    #[must_use]
    pub fn from_document(doc: ClassifiedDocument) -> Self {
        let score = doc.claims.iter().map(|c| c.score).fold(0.0, f64::max);
        Self {
            checkworthy: doc.claims.iter().any(|c| c.checkworthy),
            score,
            hedged: doc.claims.iter().any(|c| c.hedging.hedged),
            attributed: doc.claims.iter().any(|c| c.attribution.is_some()),
            claims: doc.claims,
            text: doc.text,
        }
    }
}
