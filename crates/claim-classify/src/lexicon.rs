//! Lexicons: the word lists the classifier matches, parsed from plain text files.
//!
//! Every list is data (`config/lexicons/*.txt`), so an editor can extend it without
//! touching Rust. The bundled copies are compiled in with `include_str!`; the binary may
//! pass other contents for any of the files. Entries are folded to ASCII lower case and
//! split into words exactly as the tokenizer splits article text, then gathered into one
//! index keyed by the first word, so matching costs one hash lookup per token.

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use claimsift_core::{EvidenceKind, HedgeCategory};

use crate::tokens::{self, TokenKind};

/// The lexicon files, by name, in the order they are documented.
pub const LEXICON_FILES: &[&str] = &[
    "reporting_verbs.txt",
    "hedge_cues.txt",
    "vague_sources.txt",
    "document_nouns.txt",
    "opinion_markers.txt",
    "number_words.txt",
    "claim_cues.txt",
    "time_words.txt",
    "actor_words.txt",
    "negations.txt",
    "first_names.txt",
    "places.txt",
];

const BUILTIN: [&str; FILES] = [
    include_str!("../../../config/lexicons/reporting_verbs.txt"),
    include_str!("../../../config/lexicons/hedge_cues.txt"),
    include_str!("../../../config/lexicons/vague_sources.txt"),
    include_str!("../../../config/lexicons/document_nouns.txt"),
    include_str!("../../../config/lexicons/opinion_markers.txt"),
    include_str!("../../../config/lexicons/number_words.txt"),
    include_str!("../../../config/lexicons/claim_cues.txt"),
    include_str!("../../../config/lexicons/time_words.txt"),
    include_str!("../../../config/lexicons/actor_words.txt"),
    include_str!("../../../config/lexicons/negations.txt"),
    include_str!("../../../config/lexicons/first_names.txt"),
    include_str!("../../../config/lexicons/places.txt"),
];

/// How many lexicon files there are.
const FILES: usize = 12;

/// How a reporting cue introduces its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum ReportKind {
    /// A verb with a source before or after it.
    Speech,
    /// A verb that also takes a plain object ("defended the plan"): an attribution only
    /// when a clause follows ("that ...", a colon, a quotation).
    Stance,
    /// "according to X".
    According,
    /// No source: "reportedly", "is said to".
    Agentless,
}

/// What a time word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum TimeKind {
    Month,
    Weekday,
    Relative,
    Unit,
    Preposition,
}

/// What an actor word makes of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum ActorKind {
    Person,
    Organisation,
}

/// A claim cue's kind: evidence, or a word that must not be read as a past verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum CueKind {
    Evidence(EvidenceKind),
    NotAction,
}

/// What a lexicon entry marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Tag {
    Report(ReportKind),
    Hedge(HedgeCategory),
    Vague,
    DocumentNoun,
    Opinion,
    NumberWord,
    Cue(CueKind),
    Time(TimeKind),
    Actor(ActorKind),
    Negation,
    /// A first name and the gender it gives ("first_names.txt"); kept apart from the
    /// entries matched in text ([`Lexicons::first_name_gender`]).
    FirstName(Gender),
    /// A place whose name alone stands for its government ("places.txt"); looked up,
    /// never matched in text ([`Lexicons::is_place`]).
    Place,
    /// The last word of a company's name ("Grayson Electric"; `company` in
    /// "actor_words.txt"); looked up, never matched in text, since the word alone is a
    /// common noun ("electric cars") ([`Lexicons::is_company_head`]).
    CompanyHead,
}

/// The gender a first name, a title or an earlier pronoun gives a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// One entry: the words after the first, and what it marks.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    pub rest: Box<[Box<str>]>,
    pub tag: Tag,
    /// The FNV-1a hash of the second word (`rest[0]`; 0 when there is none): matching
    /// compares it with the next token's hash ([`crate::doc::Doc::word_hash`]) before
    /// reading any text, since most entries that start with a common word ("is", "it")
    /// do not go on as the sentence does.
    pub next: u64,
}

/// FNV-1a: lexicon keys are short words, for which it is several times faster than SipHash.
/// The index is only ever looked up, never iterated into output.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The hasher of maps keyed by hashes (a word's, a feature's): hashing them again byte by
/// byte (as [`FastMap`] does with any key) only costs time; one multiply spreads their
/// high bits into the low ones the table indexes by.
#[derive(Default)]
pub(crate) struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed; this is for completeness.
        for &b in bytes {
            self.write_u64(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (x ^ (x >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// First word → entries starting with it, longest first, keyed by the word's FNV-1a hash
/// ([`crate::hedge_weights::hash_name`]), which the document holds for every token
/// ([`crate::doc::Doc::word_hash`]); each hash keeps its words, so that two sharing one
/// stay apart.
type Index = HashMap<u64, Vec<(Box<str>, Vec<Pattern>)>, BuildHasherDefault<PreHashed>>;

/// The parsed lexicons, indexed for matching.
#[derive(Clone, Debug)]
pub struct Lexicons {
    /// First word → entries starting with it, longest first.
    index: Index,
    /// Words written with a full stop that does not end a sentence ("mr.", "dec."), with the
    /// stop.
    abbreviations: FastMap<Box<str>, ()>,
    /// First names (lower case) and their gender, from `first_names.txt`.
    first_names: FastMap<Box<str>, Gender>,
    /// Places (lower case, words joined by one space), from `places.txt`.
    places: FastMap<Box<str>, ()>,
    /// Last words of company names (lower case), from `actor_words.txt`.
    company_heads: FastMap<Box<str>, ()>,
    /// How many entries each file gave, in `LEXICON_FILES` order.
    counts: [usize; FILES],
}

/// One problem in a lexicon file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconProblem {
    pub file: String,
    /// 1-based line number; `None` for a problem with the file as a whole.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for LexiconProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in the lexicon files given, reported at once.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", render_problems(.problems))]
pub struct LexiconError {
    pub problems: Vec<LexiconProblem>,
}

fn render_problems(problems: &[LexiconProblem]) -> String {
    let mut out = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&p.to_string());
    }
    out
}

/// One parsed line of a lexicon file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub line: usize,
    pub words: Vec<String>,
    pub tag: Tag,
}

impl Lexicons {
    /// The lexicons bundled with claimsift (`config/lexicons/*.txt`, compiled in), so the
    /// binary works from any folder. A test parses every bundled entry; were one ever
    /// malformed it would be skipped here, not fatal.
    #[must_use]
    pub fn builtin() -> Lexicons {
        let mut builder = Builder::default();
        for (i, content) in BUILTIN.iter().enumerate() {
            let (entries, _problems) = parse_file(LEXICON_FILES[i], content);
            builder.add(i, entries);
        }
        builder.finish()
    }

    /// Lexicons from files named as in [`LEXICON_FILES`]; a file not given keeps the
    /// bundled version.
    ///
    /// # Errors
    /// Every unknown file name and every malformed line, each naming its file and line.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Lexicons, LexiconError> {
        let mut contents: [&str; FILES] = BUILTIN;
        let mut problems = Vec::new();
        for (name, content) in files {
            let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
            match LEXICON_FILES.iter().position(|f| *f == base) {
                Some(i) => contents[i] = content,
                None => problems.push(LexiconProblem {
                    file: name.to_owned(),
                    line: None,
                    message: format!(
                        "unknown lexicon file; expected one of {}",
                        LEXICON_FILES.join(", ")
                    ),
                }),
            }
        }
        let mut builder = Builder::default();
        for (i, content) in contents.iter().enumerate() {
            let (entries, mut found) = parse_file(LEXICON_FILES[i], content);
            problems.append(&mut found);
            builder.add(i, entries);
        }
        if problems.is_empty() {
            Ok(builder.finish())
        } else {
            Err(LexiconError { problems })
        }
    }

    /// How many entries each lexicon file contributed, by file name.
    #[must_use]
    pub fn entry_counts(&self) -> Vec<(&'static str, usize)> {
        LEXICON_FILES
            .iter()
            .copied()
            .zip(self.counts.iter().copied())
            .collect()
    }

    /// Entries starting with `first` (lower case), longest first.
    pub(crate) fn starting_with(&self, first: &str) -> &[Pattern] {
        self.starting_with_hashed(first, crate::hedge_weights::hash_name(first))
    }

    /// [`Lexicons::starting_with`] of a word whose FNV-1a hash is `hash`.
    pub(crate) fn starting_with_hashed(&self, first: &str, hash: u64) -> &[Pattern] {
        self.index
            .get(&hash)
            .and_then(|words| words.iter().find(|(w, _)| **w == *first))
            .map_or(&[], |(_, patterns)| patterns.as_slice())
    }

    /// The gender `first_names.txt` gives the first name `word` (lower case); `None` for a
    /// name it does not list.
    pub(crate) fn first_name_gender(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word).copied()
    }

    /// True when `places.txt` lists `words` (lower case, joined by one space): "beijing",
    /// "new delhi".
    pub(crate) fn is_place(&self, words: &str) -> bool {
        self.places.contains_key(words)
    }

    /// True when `actor_words.txt` lists `word` (lower case) as the last word of a
    /// company's name: "electric", "capital".
    pub(crate) fn is_company_head(&self, word: &str) -> bool {
        self.company_heads.contains_key(word)
    }

    /// True when `word` (lower case, with its full stop) is a known abbreviation.
    pub(crate) fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains_key(word)
    }
}

impl Default for Lexicons {
    fn default() -> Self {
        Self::builtin()
    }
}

#[derive(Default)]
struct Builder {
    index: Index,
    abbreviations: FastMap<Box<str>, ()>,
    first_names: FastMap<Box<str>, Gender>,
    places: FastMap<Box<str>, ()>,
    company_heads: FastMap<Box<str>, ()>,
    counts: [usize; FILES],
}

impl Builder {
    fn add(&mut self, file: usize, entries: Vec<Entry>) {
        for entry in entries {
            let Some((first, rest)) = entry.words.split_first() else {
                continue;
            };
            // A first name is looked up, never matched in text.
            if let Tag::FirstName(gender) = entry.tag {
                if rest.is_empty()
                    && self
                        .first_names
                        .insert(first.as_str().into(), gender)
                        .is_none()
                    && let Some(c) = self.counts.get_mut(file)
                {
                    *c += 1;
                }
                continue;
            }
            // So is a place, and a company's last word.
            let looked_up = match entry.tag {
                Tag::Place => Some(&mut self.places),
                Tag::CompanyHead => Some(&mut self.company_heads),
                _ => None,
            };
            if let Some(set) = looked_up {
                if set.insert(entry.words.join(" ").into(), ()).is_none()
                    && let Some(c) = self.counts.get_mut(file)
                {
                    *c += 1;
                }
                continue;
            }
            if rest.is_empty() && first.ends_with('.') && first.len() > 1 {
                self.abbreviations.insert(first.as_str().into(), ());
            }
            let pattern = Pattern {
                rest: rest.iter().map(|w| w.as_str().into()).collect(),
                tag: entry.tag,
                next: rest
                    .first()
                    .map_or(0, |w| crate::hedge_weights::hash_name(w)),
            };
            let words = self
                .index
                .entry(crate::hedge_weights::hash_name(first))
                .or_default();
            let k = match words.iter().position(|(w, _)| **w == **first) {
                Some(k) => k,
                None => {
                    words.push((first.as_str().into(), Vec::new()));
                    words.len() - 1
                }
            };
            let list = &mut words[k].1;
            let duplicate = list
                .iter()
                .any(|p| p.tag == pattern.tag && p.rest == pattern.rest);
            if !duplicate {
                list.push(pattern);
                if let Some(c) = self.counts.get_mut(file) {
                    *c += 1;
                }
            }
        }
    }

    fn finish(mut self) -> Lexicons {
        for (_, list) in self.index.values_mut().flatten() {
            // Longest first, then by tag, so matching is deterministic.
            list.sort_by(|a, b| {
                b.rest
                    .len()
                    .cmp(&a.rest.len())
                    .then_with(|| a.tag.cmp(&b.tag))
                    .then_with(|| a.rest.cmp(&b.rest))
            });
        }
        Lexicons {
            index: self.index,
            abbreviations: self.abbreviations,
            first_names: self.first_names,
            places: self.places,
            company_heads: self.company_heads,
            counts: self.counts,
        }
    }
}

/// How a file's categories are read.
fn category(file: &str, category: Option<&str>) -> Result<Tag, String> {
    fn required(c: Option<&str>) -> Result<&str, String> {
        c.ok_or_else(|| "missing category after `|`".to_owned())
    }
    let unknown = |c: &str, allowed: &str| format!("unknown category `{c}`; expected {allowed}");
    match file {
        "reporting_verbs.txt" => match category.unwrap_or("speech") {
            "speech" => Ok(Tag::Report(ReportKind::Speech)),
            "stance" => Ok(Tag::Report(ReportKind::Stance)),
            "according" => Ok(Tag::Report(ReportKind::According)),
            "agentless" => Ok(Tag::Report(ReportKind::Agentless)),
            c => Err(unknown(c, "speech, stance, according or agentless")),
        },
        "hedge_cues.txt" => {
            let c = required(category)?;
            HedgeCategory::parse(c).map(Tag::Hedge).ok_or_else(|| {
                unknown(
                    c,
                    "modal, epistemic_verb, epistemic_adverb, reportive, conditional, expectation, weasel or evidential",
                )
            })
        }
        "claim_cues.txt" => {
            let c = required(category)?;
            let kind = match c {
                "action" => CueKind::Evidence(EvidenceKind::Action),
                "not_action" => CueKind::NotAction,
                "comparison" => CueKind::Evidence(EvidenceKind::Comparison),
                "causal" => CueKind::Evidence(EvidenceKind::Causal),
                "prediction" => CueKind::Evidence(EvidenceKind::Prediction),
                "rule" => CueKind::Evidence(EvidenceKind::Rule),
                "statement" => CueKind::Evidence(EvidenceKind::Statement),
                "personal_experience" => CueKind::Evidence(EvidenceKind::PersonalExperience),
                c => {
                    return Err(unknown(
                        c,
                        "action, not_action, comparison, causal, prediction, rule, statement or personal_experience",
                    ));
                }
            };
            Ok(Tag::Cue(kind))
        }
        "time_words.txt" => match required(category)? {
            "month" => Ok(Tag::Time(TimeKind::Month)),
            "weekday" => Ok(Tag::Time(TimeKind::Weekday)),
            "relative" => Ok(Tag::Time(TimeKind::Relative)),
            "unit" => Ok(Tag::Time(TimeKind::Unit)),
            "preposition" => Ok(Tag::Time(TimeKind::Preposition)),
            c => Err(unknown(c, "month, weekday, relative, unit or preposition")),
        },
        "first_names.txt" => match required(category)? {
            "female" => Ok(Tag::FirstName(Gender::Female)),
            "male" => Ok(Tag::FirstName(Gender::Male)),
            c => Err(unknown(c, "female or male")),
        },
        "actor_words.txt" => match required(category)? {
            "person" => Ok(Tag::Actor(ActorKind::Person)),
            "organisation" => Ok(Tag::Actor(ActorKind::Organisation)),
            "company" => Ok(Tag::CompanyHead),
            c => Err(unknown(c, "person, organisation or company")),
        },
        _ => {
            if let Some(c) = category {
                return Err(format!("this file takes no category, found `{c}`"));
            }
            Ok(match file {
                "vague_sources.txt" => Tag::Vague,
                "document_nouns.txt" => Tag::DocumentNoun,
                "opinion_markers.txt" => Tag::Opinion,
                "number_words.txt" => Tag::NumberWord,
                "places.txt" => Tag::Place,
                _ => Tag::Negation,
            })
        }
    }
}

/// Parses one lexicon file into entries and problems.
pub(crate) fn parse_file(file: &str, content: &str) -> (Vec<Entry>, Vec<LexiconProblem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    for (i, raw) in content.lines().enumerate() {
        let line = i + 1;
        let text = raw.split('#').next().unwrap_or("").trim();
        if text.is_empty() {
            continue;
        }
        let (entry, cat) = match text.split_once(['|', '\t']) {
            Some((e, c)) => (e.trim(), Some(c.trim())),
            None => (text, None),
        };
        let mut problem = |message: String| {
            problems.push(LexiconProblem {
                file: file.to_owned(),
                line: Some(line),
                message,
            });
        };
        if entry.is_empty() {
            problem("empty entry before the category".to_owned());
            continue;
        }
        if cat.is_some_and(|c| c.contains(['|', '\t'])) {
            problem("more than one `|` or tab on the line".to_owned());
            continue;
        }
        let tag = match category(file, cat) {
            Ok(tag) => tag,
            Err(message) => {
                problem(message);
                continue;
            }
        };
        match split_entry(entry) {
            Ok(words) => entries.push(Entry { line, words, tag }),
            Err(message) => problem(message),
        }
    }
    (entries, problems)
}

/// Splits an entry into the words the tokenizer would find in text.
fn split_entry(entry: &str) -> Result<Vec<String>, String> {
    let lower = entry.to_ascii_lowercase();
    let mut words = Vec::new();
    for piece in lower.split_whitespace() {
        // A piece is one token, or one token and a full stop (an abbreviation).
        let toks = tokens::tokenize_plain(piece);
        let ok = match toks.as_slice() {
            [t] => t.kind != TokenKind::Punct || piece == "'s",
            [t, dot] => t.kind == TokenKind::Word && dot.end == piece.len() && piece.ends_with('.'),
            _ => false,
        };
        if !ok {
            return Err(format!(
                "`{entry}`: `{piece}` is not a single word (use spaces between words; no punctuation)"
            ));
        }
        words.push(piece.to_owned());
    }
    if words.is_empty() {
        return Err("empty entry".to_owned());
    }
    Ok(words)
}

/// The bundled file contents, for the tests that check every entry parses.
#[cfg(test)]
pub(crate) const BUILTIN_FOR_TESTS: [&str; FILES] = BUILTIN;
