//! The analysed article: tokens, lexicon matches and names, computed once and shared by
//! every later step (attribution, evidence, hedging, scoring).

use claimsift_core::Article;

use crate::lexicon::{ActorKind, CueKind, Lexicons, ReportKind, Tag, TimeKind};
use crate::tokens::{self, Token, TokenKind};

/// A sentence of the article that indexes its text, with its tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sent {
    /// Index of the sentence in `article.sentences`.
    pub index: usize,
    pub block: usize,
    /// Token range.
    pub a: usize,
    pub b: usize,
}

/// A lexicon entry found at a token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Match {
    /// Tokens covered.
    pub len: usize,
    pub tag: Tag,
}

/// What a capitalised name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameKind {
    /// Has a person title ("Mayor", "Ms.").
    Person,
    /// Has an organisation word ("Department", "Bank").
    Organisation,
    /// A name of unknown kind ("Paul Grady", "Geneva").
    Other,
}

/// A sequence of capitalised words taken for a name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Name {
    pub a: usize,
    pub b: usize,
    pub kind: NameKind,
    /// First token after the leading titles ("Helen" in "Energy Secretary Helen Marsh");
    /// `b` when the name is a title alone ("Deputy Commissioner of Bagalkot").
    pub bare: usize,
}

/// The analysed article.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// The article's bylines: who "I" is in the writer's own voice.
    pub authors: &'a [String],
    pub lex: &'a Lexicons,
    pub tokens: Vec<Token>,
    pub sents: Vec<Sent>,
    /// `matches[match_at[i]..match_at[i + 1]]` start at token `i`, longest first.
    match_at: Vec<u32>,
    matches: Vec<Match>,
    /// Names in text order.
    pub names: Vec<Name>,
    /// For each token, the sentence (index into `sents`) it lies in.
    pub sent_of: Vec<u32>,
    /// For each token, [`Doc::is_verbish`] and [`Doc::is_regular_past`], worked out once:
    /// attribution, clause splitting, evidence and scoring ask them of the same tokens many
    /// times.
    verb_flags: Vec<u8>,
    /// For each token, its lower-case form ([`Doc::low`]): the article's text where that
    /// has no ASCII capital, which is most words, else a lower-cased copy. Rules read
    /// tokens' words many times each, and slicing the lower-cased text (bounds and
    /// character boundaries checked) at every read was a twentieth of classifying.
    lows: Vec<std::borrow::Cow<'a, str>>,
    /// For each token, the FNV-1a hash of its lower-case form ([`Doc::word_hash`]).
    word_hashes: Vec<u64>,
    /// The capitalised words, as (hash, token) in order, made when a rule first asks
    /// ([`Doc::capitalised_like`]).
    capitals: std::cell::OnceCell<Vec<(u64, usize)>>,
}

/// Bits of `Doc::verb_flags`.
const VERBISH: u8 = 1;
const REGULAR_PAST: u8 = 2;

pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "any"
            | "every"
            | "each"
            | "no"
    )
}

pub(crate) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "am"
            | "'s"
    )
}

/// A verb's base form that says what is scheduled when it follows "due to" ("the court
/// is due to rule", "he was due to speak", "talks are due to resume"); "due to" before
/// any other word gives a cause ("due to refusals", "due to high prices"). A closed list,
/// since a base form cannot be told from a noun by its spelling.
pub(crate) fn is_scheduled_verb(w: &str) -> bool {
    matches!(
        w,
        "be" | "go"
            | "start"
            | "begin"
            | "open"
            | "reopen"
            | "close"
            | "end"
            | "finish"
            | "conclude"
            | "meet"
            | "take"
            | "speak"
            | "stand"
            | "appear"
            | "face"
            | "arrive"
            | "depart"
            | "leave"
            | "return"
            | "visit"
            | "hold"
            | "host"
            | "make"
            | "give"
            | "sign"
            | "vote"
            | "report"
            | "announce"
            | "publish"
            | "release"
            | "unveil"
            | "present"
            | "submit"
            | "deliver"
            | "come"
            | "expire"
            | "launch"
            | "resume"
            | "testify"
            | "attend"
            | "retire"
            | "step"
            | "hear"
            | "rule"
            | "decide"
            | "consider"
            | "debate"
            | "discuss"
            | "review"
            | "land"
            | "fly"
            | "sail"
            | "travel"
            | "sit"
            | "become"
            | "complete"
            | "receive"
            | "enter"
            | "join"
            | "address"
            | "play"
            | "undergo"
            | "pay"
            | "get"
            | "have"
    )
}

pub(crate) fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should" | "to"
    )
}

/// A common irregular simple past that is not also a participle of
/// [`is_irregular_participle`]: "threw", "got", "went" — a finite verb that no lexicon
/// marks.
pub(crate) fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "threw"
            | "got"
            | "went"
            | "came"
            | "took"
            | "gave"
            | "drew"
            | "wrote"
            | "spoke"
            | "broke"
            | "chose"
            | "rose"
            | "fell"
            | "began"
            | "ran"
            | "saw"
            | "knew"
            | "grew"
            | "flew"
            | "stood"
            | "sat"
            | "met"
            | "left"
            | "felt"
            | "bought"
            | "sought"
            | "fought"
            | "thought"
            | "caught"
            | "heard"
            | "meant"
            | "struck"
            | "stuck"
            | "shook"
            | "became"
            | "withdrew"
            | "forgot"
            | "swore"
            | "wore"
            | "hung"
            | "dove"
    )
}

/// Past participles that do not end in "-ed": they open an appositive after a source ("the
/// audit, seen by this newspaper, concludes") and make a passive ("may be cut").
pub(crate) fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "seen"
            | "written"
            | "given"
            | "taken"
            | "shown"
            | "known"
            | "drawn"
            | "chosen"
            | "made"
            | "held"
            | "sent"
            | "kept"
            | "brought"
            | "built"
            | "led"
            | "cut"
            | "put"
            | "set"
            | "paid"
            | "sold"
            | "found"
            | "done"
            | "told"
            | "spent"
            | "lost"
            | "won"
            | "begun"
            | "broken"
            | "spoken"
            | "stolen"
            | "frozen"
            | "hidden"
            | "driven"
            | "forgotten"
            | "withdrawn"
            | "forecast"
            | "heard"
            | "thought"
            | "understood"
    )
}

/// True for a lower-case word that ends like a plural common noun of people or bodies:
/// "insurers", "economists", "politicians", "residents", "protestors", "utilities",
/// "delegates", "employees", "executives".
pub(crate) fn plural_common_noun(w: &str) -> bool {
    [
        "ers", "ists", "ians", "ants", "ents", "ors", "ies", "ates", "ees", "ives", "sses",
    ]
    .iter()
    .any(|x| w.len() > x.len() + 2 && w.ends_with(x))
}

/// A word ending in the possessive "'s" (straight or curly apostrophe): "Lee's", "the
/// audit's".
pub(crate) fn possessive_word(w: &str) -> bool {
    possessive_owner(w).is_some()
}

/// The owner of possessive word `w`, without its "'s" (straight or curly apostrophe):
/// "lee" for "lee's"; `None` when `w` is no possessive.
pub(crate) fn possessive_owner(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
}

/// A quantifier that opens a group's noun phrase: "some experts", "many towns". The hedge
/// cues, the hedge model and the attribution rules each add to it what they need.
pub(crate) fn is_group_quantifier(w: &str) -> bool {
    matches!(
        w,
        "some" | "many" | "several" | "most" | "numerous" | "various"
    )
}

/// A word that makes the number after it approximate: "about 40", "nearly $2 million".
/// The attribution rules add to it what they need ("some 40", "approximately").
pub(crate) fn is_approximator(w: &str) -> bool {
    matches!(w, "about" | "around" | "nearly" | "almost" | "roughly")
}

pub(crate) fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "i" | "we" | "you")
}

/// A third-person or "we" subject pronoun, one that opens a clause a source speaks in.
pub(crate) fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we")
}

/// A word in "-ly" that reads as an adverb ("reportedly", "widely"), not a noun or an
/// adjective such as "family", "ally", "assembly" or "the elderly".
pub(crate) fn is_ly_adverb(w: &str) -> bool {
    // Not "ly" of "Shop.ly", nor "fly" or "sly".
    w.len() > 3
        && w.ends_with("ly")
        && !matches!(
            w,
            "family"
                | "ally"
                | "rally"
                | "supply"
                | "reply"
                | "assembly"
                | "anomaly"
                | "monopoly"
                | "belly"
                | "bully"
                | "folly"
                | "tally"
                | "fly"
                | "elderly"
                | "italy"
                | "july"
        )
}

/// Prepositions: a past form right after one is an adjective ("in enclosed spaces", "with
/// increased funding", "driven by increased demand"), not a predicate; a phrase opening
/// with one is no subject.
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "for"
            | "with"
            | "of"
            | "from"
            | "by"
            | "into"
            | "about"
            | "under"
            | "without"
            | "among"
            | "between"
            | "against"
    )
}

/// Function words that never start a name and end a source noun phrase going backwards.
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "for"
            | "it"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "what"
            | "when"
            | "where"
            | "why"
            | "how"
            | "who"
            | "which"
            | "if"
            | "but"
            | "and"
            | "or"
            | "so"
            | "as"
            | "after"
            | "before"
            | "while"
            | "we"
            | "they"
            | "he"
            | "she"
            | "i"
            | "you"
            | "our"
            | "my"
            | "his"
            | "her"
            | "their"
            | "its"
            | "perhaps"
            | "however"
            | "meanwhile"
            | "also"
            | "still"
            | "yet"
            | "there"
            | "here"
            | "then"
            | "now"
            | "by"
            | "with"
            | "from"
            | "to"
            | "of"
            | "because"
            | "although"
            | "though"
            | "since"
            | "until"
            | "unless"
            | "whether"
            | "not"
            | "no"
            | "all"
            | "both"
            | "every"
            | "each"
            | "most"
            | "such"
            | "than"
            | "under"
            | "over"
            | "during"
            | "despite"
            | "about"
            | "into"
            | "among"
            | "do"
            | "does"
            | "did"
            | "let"
            | "please"
            | "yes"
            | "oh"
            | "well"
            | "thank"
            | "thanks"
    )
}

/// Clause-joining words: a source noun phrase never runs back past one.
pub(crate) fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "and"
            | "but"
            | "because"
            | "if"
            | "when"
            | "while"
            | "although"
            | "though"
            | "as"
            | "whether"
            | "unless"
            | "since"
            | "so"
            | "or"
            | "than"
            | "where"
            | "after"
            | "before"
    )
}

fn is_name_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "the"
            | "de"
            | "du"
            | "van"
            | "von"
            | "der"
            | "al"
            | "bin"
            | "la"
            | "le"
            | "del"
            | "da"
    )
}

impl<'a> Doc<'a> {
    /// Tokenizes every sentence of `article` that indexes its text.
    pub fn new(article: &'a Article, lex: &'a Lexicons) -> Self {
        let text = article.text.as_str();
        let lower = text.to_ascii_lowercase();
        let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
        let mut sents = Vec::with_capacity(article.sentences.len());
        let mut sent_of = Vec::with_capacity(tokens.capacity());
        for (index, s) in article.sentences.iter().enumerate() {
            if s.span().check(text).is_err() || s.start == s.end {
                continue;
            }
            let a = tokens.len();
            tokens::tokenize(text, &lower, s.start, s.end, Some(lex), &mut tokens);
            let b = tokens.len();
            if a == b {
                continue;
            }
            let si = u32::try_from(sents.len()).unwrap_or(u32::MAX);
            sent_of.resize(b, si);
            sents.push(Sent {
                index,
                block: s.block,
                a,
                b,
            });
        }
        let mut doc = Doc {
            authors: &article.metadata.authors,
            text,
            lex,
            tokens,
            sents,
            match_at: Vec::new(),
            matches: Vec::new(),
            names: Vec::new(),
            sent_of,
            verb_flags: Vec::new(),
            lows: Vec::new(),
            word_hashes: Vec::new(),
            capitals: std::cell::OnceCell::new(),
        };
        doc.lows = doc
            .tokens
            .iter()
            .map(|t| match text.get(t.start..t.end) {
                Some(w) if w.bytes().any(|b| b.is_ascii_uppercase()) => {
                    std::borrow::Cow::Owned(w.to_ascii_lowercase())
                }
                Some(w) => std::borrow::Cow::Borrowed(w),
                None => std::borrow::Cow::Borrowed(""),
            })
            .collect();
        doc.word_hashes = doc
            .lows
            .iter()
            .map(|w| crate::hedge_weights::hash_name(w))
            .collect();
        doc.match_all();
        doc.verb_flags = (0..doc.tokens.len())
            .map(|i| {
                let past = doc.regular_past_uncached(i);
                (if doc.verbish_uncached(i, past) {
                    VERBISH
                } else {
                    0
                }) | (if past { REGULAR_PAST } else { 0 })
            })
            .collect();
        doc.find_names();
        doc
    }

    /// The lower-case text of token `i`.
    pub fn low(&self, i: usize) -> &str {
        self.lows.get(i).map_or("", |w| w)
    }

    /// The FNV-1a hash of [`Doc::low`] of token `i`, worked out once: the cue tagger and
    /// the hedge model read words by their hashes.
    pub fn word_hash(&self, i: usize) -> u64 {
        self.word_hashes
            .get(i)
            .copied()
            .unwrap_or(crate::hedge_weights::hash_name(""))
    }

    /// The tokens, in text order, that write token `k`'s word with a capital (`k` among
    /// them if it does). The list is made once per article, so rules that ask of every
    /// name do not make a long input's work grow with the square of its length.
    pub fn capitalised_like(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        let all = self.capitals.get_or_init(|| {
            let mut v: Vec<(u64, usize)> = (0..self.tokens.len())
                .filter(|&j| self.tokens[j].cap)
                .map(|j| (self.word_hash(j), j))
                .collect();
            v.sort_unstable();
            v
        });
        let h = self.word_hash(k);
        let from = all.partition_point(|&(x, _)| x < h);
        all[from..]
            .iter()
            .take_while(move |&&(x, _)| x == h)
            .map(|&(_, j)| j)
            .filter(move |&j| self.low(j) == self.low(k))
    }

    /// [`Doc::low`] of token `i` when it lies before `end` (a clause's or sentence's end),
    /// else "": rules that look a few words ahead stay inside their span.
    pub fn low_before(&self, i: usize, end: usize) -> &str {
        if i < end { self.low(i) } else { "" }
    }

    /// Lexicon matches starting at token `i`, longest first.
    pub fn at(&self, i: usize) -> &[Match] {
        let (Some(&s), Some(&e)) = (self.match_at.get(i), self.match_at.get(i + 1)) else {
            return &[];
        };
        self.matches.get(s as usize..e as usize).unwrap_or(&[])
    }

    /// The longest match at `i` whose tag satisfies `pred`.
    pub fn find(&self, i: usize, pred: impl Fn(Tag) -> bool) -> Option<Match> {
        self.at(i).iter().copied().find(|m| pred(m.tag))
    }

    /// True when token `i` marks a possessive: a word in "'s" ("Lee's", [`possessive_word`])
    /// or the apostrophe of a plural possessive ("the employers' ", `Token::possessive`).
    pub fn is_possessive(&self, i: usize) -> bool {
        self.tokens[i].possessive || possessive_word(self.low(i)) || self.split_possessive(i)
    }

    /// True when the abbreviation at token `i` owns the "'s" the tokens split off after
    /// its full stop: "U.S." of "the U.S.'s top diplomat".
    pub fn split_possessive(&self, i: usize) -> bool {
        let (Some(t), Some(a), Some(s)) = (
            self.tokens.get(i),
            self.tokens.get(i + 1),
            self.tokens.get(i + 2),
        ) else {
            return false;
        };
        t.kind == TokenKind::Word
            && self.low(i).len() > 2
            && self.low(i).ends_with('.')
            && a.kind == TokenKind::Punct
            && tokens::is_apostrophe(a.ch)
            && a.start == t.end
            && s.start == a.end
            && self.low(i + 2) == "s"
    }

    /// True when a time word or phrase of the lexicon ("Friday", "last week") starts at
    /// token `i`.
    pub fn is_time(&self, i: usize) -> bool {
        self.at(i).iter().any(|m| matches!(m.tag, Tag::Time(_)))
    }

    /// True when a one-word entry with `tag` matches token `i`.
    pub fn is1(&self, i: usize, tag: Tag) -> bool {
        self.at(i).iter().any(|m| m.len == 1 && m.tag == tag)
    }

    /// True when tokens `a..b` hold at least `n` words (stops counting at `n`).
    pub fn has_words(&self, a: usize, b: usize, n: usize) -> bool {
        n == 0
            || (a..b.min(self.tokens.len()))
                .filter(|&i| self.tokens[i].is_word())
                .nth(n - 1)
                .is_some()
    }

    /// True when token `i` is "should", "had" or "were" opening a condition by inversion:
    /// "Should the government withdraw its support, the project would shrink", "Had the
    /// council acted, ...". It opens its sentence (perhaps after a quotation mark), a
    /// noun phrase follows it, a comma comes later, and the sentence asks nothing.
    /// The per-token callers (`hedging::find`, `score::structure`) test the word first
    /// with the lower-case form they already hold, which the first line repeats: folding
    /// that into this method alone cost 0.7% more instructions on 5,000 sentences.
    pub fn inverted_condition(&self, i: usize) -> bool {
        if !matches!(self.low(i), "should" | "had" | "were") {
            return false;
        }
        let Some(s) = self.sent(i) else {
            return false;
        };
        let opens = s.a == i || (s.a + 1 == i && self.tokens[s.a].is_quote());
        let Some(next) = self.tokens.get(i + 1).filter(|_| i + 1 < s.b) else {
            return false;
        };
        let w = self.low(i + 1);
        let noun_phrase = next.is_word()
            && (is_pronoun(w) || (is_determiner(w) && w != "that") || next.cap)
            && !matches!(w, "you" | "i" | "we");
        opens
            && noun_phrase
            && (i + 3..s.b).any(|k| self.tokens[k].is_punct(','))
            && !(s.a..s.b).any(|k| self.tokens[k].is_punct('?'))
    }

    /// The sentence token `i` lies in.
    pub fn sent(&self, i: usize) -> Option<Sent> {
        self.sent_of
            .get(i)
            .and_then(|&s| self.sents.get(s as usize))
            .copied()
    }

    /// Byte span of tokens `a..b` (non-empty).
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        let start = self.tokens.get(a).map_or(0, |t| t.start);
        let end = self
            .tokens
            .get(b.saturating_sub(1))
            .map_or(start, |t| t.end)
            .max(start);
        (start, end)
    }

    /// True for a lower-case word that reads as a finite or participle verb.
    pub fn is_verbish(&self, i: usize) -> bool {
        self.verb_flags.get(i).is_some_and(|&f| f & VERBISH != 0)
    }

    /// A lower-case word ending in "-ed" that is not listed as a non-verb.
    pub fn is_regular_past(&self, i: usize) -> bool {
        self.verb_flags
            .get(i)
            .is_some_and(|&f| f & REGULAR_PAST != 0)
    }

    /// [`Doc::is_verbish`] worked out, given [`Doc::is_regular_past`] of the token.
    fn verbish_uncached(&self, i: usize, regular_past: bool) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if !t.is_word() || t.mid_capital() {
            return false;
        }
        let w = self.low(i);
        if is_aux(w) || (is_modal(w) && w != "to") {
            return true;
        }
        self.at(i).iter().any(|m| {
            matches!(
                m.tag,
                Tag::Cue(CueKind::Evidence(claimsift_core::EvidenceKind::Action))
                    | Tag::Report(ReportKind::Speech | ReportKind::Stance)
            )
        }) || regular_past
    }

    /// "states" at token `i` is the verb: after a document ("the filing states", "the
    /// law states that") or "it"; "several states", "swing states said" and "United
    /// States" are the noun.
    pub fn states_is_verb(&self, i: usize) -> bool {
        i > 0
            && !self.tokens[i].cap
            && (self.is1(i - 1, Tag::DocumentNoun)
                || matches!(
                    self.low(i - 1),
                    "law" | "act" | "constitution" | "it" | "which"
                )
                // "A report seen by the Advertiser states": a participle and its agent
                // after the document.
                || (i.saturating_sub(8)..i.saturating_sub(3)).any(|d| {
                    self.is1(d, Tag::DocumentNoun)
                        && !self.tokens[d].cap
                        && (is_irregular_participle(self.low(d + 1))
                            || self.is_regular_past(d + 1))
                        && self.low(d + 2) == "by"
                        && (d + 3..i).all(|k| {
                            self.tokens[k].is_word()
                                && (self.tokens[k].cap || is_determiner(self.low(k)))
                        })
                }))
    }

    /// [`Doc::is_regular_past`] worked out.
    fn regular_past_uncached(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let w = self.low(i);
        t.is_word()
            && !t.mid_capital()
            && w.len() >= 5
            && w.ends_with("ed")
            && !w.contains(['\'', '-'])
            && !self.is1(i, Tag::Cue(CueKind::NotAction))
    }

    fn match_all(&mut self) {
        let mut match_at = Vec::with_capacity(self.tokens.len() + 1);
        let mut matches = Vec::with_capacity(self.tokens.len());
        for s in &self.sents {
            for i in s.a..s.b {
                match_at.push(u32::try_from(matches.len()).unwrap_or(u32::MAX));
                let t = self.tokens[i];
                if t.kind != TokenKind::Word {
                    continue;
                }
                let w = self.low(i);
                let mut patterns = self.lex.starting_with_hashed(w, self.word_hash(i));
                if patterns.is_empty() {
                    // "Saturday's" is looked up as "saturday".
                    if let Some(base) = possessive_owner(w) {
                        patterns = self.lex.starting_with(base);
                    }
                }
                for p in patterns {
                    let len = 1 + p.rest.len();
                    if i + len > s.b {
                        continue;
                    }
                    let fits = p.rest.is_empty()
                        || (self.word_hashes.get(i + 1) == Some(&p.next)
                            && p.rest
                                .iter()
                                .enumerate()
                                .all(|(k, word)| self.low(i + 1 + k) == &**word));
                    if !fits {
                        continue;
                    }
                    // A one-word entry written with a capital in mid-sentence is a name
                    // ("Will", "Hope"), except for the lists that describe names and dates.
                    let capital_ok = matches!(p.tag, Tag::Actor(_) | Tag::Time(_) | Tag::Vague)
                        || p.tag == Tag::DocumentNoun
                        || !t.cap
                        || t.initial
                        || len > 1;
                    // Months count only with a capital ("may" is a modal).
                    let month_ok = p.tag != Tag::Time(TimeKind::Month) || t.cap;
                    if capital_ok && month_ok {
                        matches.push(Match { len, tag: p.tag });
                    }
                }
            }
        }
        match_at.push(u32::try_from(matches.len()).unwrap_or(u32::MAX));
        self.match_at = match_at;
        self.matches = matches;
    }

    /// Token `i` is a lower-case name particle joined by a hyphen to a capitalised part:
    /// "al-Tayeb", "el-Sayed", "bin-Laden" (read only after a name's first word).
    fn hyphened_particle(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let Some(raw) = self.text.get(t.start..t.end) else {
            return false;
        };
        let Some((particle, rest)) = raw.split_once('-') else {
            return false;
        };
        t.is_word()
            && !t.cap
            && matches!(
                particle,
                "al" | "el" | "ad" | "ash" | "as" | "az" | "bin" | "ibn" | "abu"
            )
            && rest.chars().next().is_some_and(char::is_uppercase)
    }

    /// A capitalised word that may be part of a name.
    fn is_cap(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if !t.is_word() || !t.cap {
            return false;
        }
        let w = self.low(i);
        if w == "i" || is_pronoun(w) || w.starts_with("i'") || w.starts_with("i\u{2019}") {
            return false;
        }
        !self.at(i).iter().any(|m| {
            m.len == 1
                && matches!(
                    m.tag,
                    Tag::Time(TimeKind::Month | TimeKind::Weekday | TimeKind::Relative)
                )
        })
    }

    /// Token `i` is a legislator's letters ("TD", "MP"), as written.
    pub fn legislator_letters(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| is_legislator_letters(&self.text[t.start..t.end]))
    }

    /// Token `i` is letters after a name for an office or honour ("TD", "MP").
    pub fn post_nominal(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| is_post_nominal(&self.text[t.start..t.end]))
    }

    /// A name starting at token `a` follows a lower-case word for a place and "of": "the
    /// city of El Fasher" names a place, whatever its words.
    pub fn place_named_at(&self, a: usize) -> bool {
        a >= 2
            && self.low(a - 1) == "of"
            && is_place_noun(self.low(a - 2))
            && !self.tokens[a - 2].cap
    }

    /// Token `i` is a capital letter and its full stop: a person's initial ("R.").
    fn initial_letter(&self, i: usize) -> bool {
        let t = self.tokens[i];
        let w = &self.text[t.start..t.end];
        let mut chars = w.chars();
        matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    }

    /// Token `k` is a capitalised word joined by a hyphen to a lower-case participle
    /// that says where something is or comes from: "Toronto-listed", "Ohio-based",
    /// "Kansas-born", "Saudi-backed".
    pub(crate) fn place_participle(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.cap
            && self.low(k).rsplit_once('-').is_some_and(|(place, tail)| {
                !place.is_empty()
                    && matches!(
                        tail,
                        "listed"
                            | "based"
                            | "born"
                            | "owned"
                            | "backed"
                            | "headquartered"
                            | "registered"
                            | "led"
                            | "run"
                            | "funded"
                            | "made"
                            | "focused"
                    )
            })
            && self.text[t.start..t.end]
                .rsplit_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
    }

    fn find_names(&mut self) {
        // Pass 1: names in mid-sentence, and the words they are made of.
        let mut found: Vec<(usize, usize, bool)> = Vec::new();
        for s in &self.sents {
            let mut i = s.a;
            while i < s.b {
                if !self.is_cap(i) {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut end = i + 1;
                loop {
                    // A person's initial after an organisation's word starts a name of its
                    // own: "the Assembly R. Venkataramanappa".
                    let initial_after_organisation = end < s.b
                        && self.initial_letter(end)
                        && self.is1(end - 1, Tag::Actor(ActorKind::Organisation));
                    if end < s.b && self.is_cap(end) && !initial_after_organisation {
                        end += 1;
                    } else if end + 1 < s.b
                        && self.tokens[end].possessive
                        && self.low(end - 1).ends_with('s')
                        && self.is_cap(end + 1)
                        && self.is1(end + 1, Tag::Actor(ActorKind::Organisation))
                    {
                        // A plural possessive inside an organisation's name: "the Eastmoor
                        // Students' Union" (not "Reuters' Luciana Lopez").
                        end += 2;
                    } else if end + 1 < s.b
                        && self.tokens[end].is_word()
                        && !self.tokens[end].cap
                        && is_name_connector(self.low(end))
                        && self.is_cap(end + 1)
                    {
                        end += 2;
                    } else if end + 1 < s.b
                        && end >= start + 3
                        && self.low(end) == "and"
                        && matches!(self.low(end - 2), "of" | "for")
                        && self.is1(end - 3, Tag::Actor(ActorKind::Person))
                        && self.is_cap(end + 1)
                    {
                        // A department of two words in a title: "Minister of Labor and
                        // Solidarity Claire Vasseur-Ndiaye".
                        end += 2;
                    } else if end + 1 < s.b && self.tokens[end].ch == '&' && self.is_cap(end + 1) {
                        // "Harrow & Finch", "DS&L": an ampersand joins a firm's name.
                        end += 2;
                    } else if end < s.b && self.hyphened_particle(end) {
                        // An Arabic article or patronymic written onto the surname with a
                        // hyphen goes on the name: "Osman al-Tayeb", "Ahmed el-Sayed".
                        end += 1;
                    } else {
                        break;
                    }
                }
                // A post-nominal after a name of two words or more is no part of it:
                // "Ciarán Brophy TD", "Jane Holt MP", "Ann Lee KC".
                let name_end = if end >= start + 3 && self.post_nominal(end - 1) {
                    end - 1
                } else {
                    end
                };
                // A place written onto a participle opens no name: "Toronto-listed
                // Altiplano Copper Corp", "London-based Harrow & Finch".
                let start = if name_end > start + 1 && self.place_participle(start) {
                    start + 1
                } else {
                    start
                };
                found.push((start, name_end, self.tokens[start].initial));
                i = end;
            }
        }
        let mut known: Vec<&str> = found
            .iter()
            .filter(|(_, _, initial)| !initial)
            .flat_map(|&(a, b, _)| (a..b).map(|k| self.low(k)))
            .filter(|w| !is_name_connector(w))
            .collect();
        known.sort_unstable();
        known.dedup();
        let mut names = Vec::with_capacity(found.len());
        for (a0, b, initial) in found {
            let mut a = a0;
            // "The", "In", ... never start a name, wherever they stand.
            while a < b && (is_function_word(self.low(a)) || !self.tokens[a].cap) {
                a += 1;
            }
            if a >= b {
                continue;
            }
            if initial && a == a0 {
                let w = self.low(a);
                // An organisation word alone opening a sentence names one ("Reuters
                // reported", "Parliament voted"); a person's role alone names no one
                // ("Passenger groups said", "Resident Kim Lee" is two words).
                let titled = self
                    .at(a)
                    .iter()
                    .any(|m| m.tag == Tag::Actor(ActorKind::Organisation))
                    || (b - a > 1 && self.at(a).iter().any(|m| matches!(m.tag, Tag::Actor(_))));
                let reports_next = self
                    .find(b, |t| {
                        matches!(t, Tag::Report(ReportKind::Speech | ReportKind::Stance))
                    })
                    .is_some();
                let common = self
                    .at(a)
                    .iter()
                    .any(|m| matches!(m.tag, Tag::Vague | Tag::DocumentNoun));
                // "Insurers estimate", "Voters say": a plural common noun before a
                // verb of saying is a group, not a name (unless the article writes it
                // with a capital mid-sentence too, as it would "Sanders", or says what it
                // names in an apposition: "Veltrix, the software company,").
                let keep = if b - a == 1 {
                    !common
                        && !is_function_word(w)
                        && (titled
                            || known.binary_search(&w).is_ok()
                            || self.apposition_kind(b).is_some()
                            || (reports_next && !plural_common_noun(w)))
                } else {
                    !is_function_word(w) && !common
                };
                if !keep {
                    a += 1;
                    // Connectors left at the front ("The of ...") are dropped too.
                    while a < b && !self.tokens[a].cap {
                        a += 1;
                    }
                    if a >= b {
                        continue;
                    }
                }
            }
            // A name of two or more words with no organisation word, then "of" and an
            // organisation, is a person at that organisation: "David Woodard of Clemson
            // University", "John Smith of Reuters" (but "Bank of America", "Federal Reserve
            // Bank of New York"). Its own words decide its kind.
            let own = (a..b)
                .find(|&k| self.low(k) == "of" && !self.tokens[k].cap)
                .filter(|&k| {
                    k >= a + 2 && (a..k).all(|i| !self.is1(i, Tag::Actor(ActorKind::Organisation)))
                })
                .unwrap_or(b);
            // A possessive inside the name makes the words after it the name: "American
            // Action Forum's Douglas Holtz-Eakin" is a person.
            let from = (a..own.saturating_sub(1))
                .rev()
                .find(|&k| possessive_word(self.low(k)))
                .map_or(a, |k| k + 1);
            let has = |k: ActorKind| (from..own).any(|i| self.is1(i, Tag::Actor(k)));
            // A title after the organisation words, and two words after it, name a person
            // of that organisation: "Senate Minority Leader John Barrow".
            let titled_person = (a..own)
                .rev()
                .find(|&i| {
                    self.at(i)
                        .iter()
                        .any(|m| m.len == 1 && matches!(m.tag, Tag::Actor(_)))
                })
                .is_some_and(|i| self.is1(i, Tag::Actor(ActorKind::Person)) && own >= i + 3);
            let kind = if titled_person {
                NameKind::Person
            } else if has(ActorKind::Organisation)
                || (from..own).any(|k| self.tokens[k].ch == '&')
                // A company's last word ends a name of two words or more: "Grayson
                // Electric", "Vistula Capital".
                || (own >= from + 2 && self.lex.is_company_head(self.low(own - 1)))
            {
                NameKind::Organisation
            } else if has(ActorKind::Person) {
                NameKind::Person
            } else {
                NameKind::Other
            };
            // The name without its title, nor an owner before a possessive ("Labour's
            // Ciarán Brophy" is Ciarán Brophy).
            let mut bare = from;
            for i in a..b {
                if self.is1(i, Tag::Actor(ActorKind::Person)) {
                    bare = i + 1;
                }
            }
            // A title's department after "for" or "of" runs to the first name: "Minister
            // for Housing Declan Furlong" is Declan Furlong. With no first name the lexicon
            // knows, the name's length after "for" or "of" decides.
            if bare < b && is_name_connector(self.low(bare)) {
                if let Some(k) =
                    (bare + 1..b).find(|&k| self.lex.first_name_gender(self.low(k)).is_some())
                {
                    bare = k;
                } else if matches!(self.low(bare), "for" | "of") {
                    match b - bare {
                        // A title of one place or body names no one by itself: "The
                        // Deputy Commissioner of Bagalkot, K. Rajeshwari,".
                        2 => bare = b,
                        // A department of one word, then a surname: "Secretary of State
                        // Clinton".
                        3 if self.tokens[b - 1].cap => bare = b - 1,
                        // Else the last two words, if a word of the department is left
                        // before them: "Minister for Foreign Trade Élodie Marchetti".
                        n if n >= 4 && (b - 2..b).all(|k| self.tokens[k].cap) => bare = b - 2,
                        _ => {}
                    }
                }
            }
            names.push(Name { a, b, kind, bare });
        }
        self.describe_names(&mut names);
        // "the city of El Fasher": a name after a word for a place and "of" is the place's,
        // whatever its words.
        for n in &mut names {
            if self.place_named_at(n.a) {
                n.kind = NameKind::Other;
            }
        }
        self.names = names;
    }

    /// A name the article introduces after a lower-case title or organisation word ("the
    /// social media company Meta", "deputy governor Carl Jensen") is of that kind there and
    /// wherever else it stands word for word ("Meta said"). A person needs two words, so
    /// that a title before a place ("the governor of Texas") makes no person of it, and a
    /// verb with no object after the name ("the firm Manafort founded") makes it no
    /// apposition.
    fn describe_names(&self, names: &mut [Name]) {
        // A role word opening a name with no first name in it gives way to an apposition
        // that calls it an organisation: "Passenger Rights Europe, a consumer group,".
        for n in names.iter_mut().filter(|n| {
            n.kind == NameKind::Person
                && n.b >= n.a + 2
                && (n.a..n.b).all(|k| {
                    self.lex.first_name_gender(self.low(k)).is_none() && !self.low(k).ends_with('.')
                })
        }) {
            if self.apposition_kind(n.b) == Some(NameKind::Organisation) {
                n.kind = NameKind::Organisation;
            }
        }
        let key = |n: &Name| -> Vec<&str> { (n.a..n.b).map(|k| self.low(k)).collect() };
        // The names described, with their kind and whether the first word alone names
        // them again (`short` below).
        let mut described: Vec<(Vec<&str>, NameKind, bool)> = Vec::new();
        // An organisation's name is named again by the two or more words before its
        // organisation words, all of them ("Cwm Taf Morgannwg University Health Board ...
        // Cwm Taf Morgannwg said"), when they are no person's name (no first name opening
        // them); first, so that they come before the others of their first word.
        for n in names
            .iter()
            .filter(|n| n.kind == NameKind::Organisation && n.b >= n.a + 3)
        {
            let Some(p) = (n.a..n.b).find(|&k| self.is1(k, Tag::Actor(ActorKind::Organisation)))
            else {
                continue;
            };
            if p >= n.a + 2
                && (n.a..p).all(|k| self.tokens[k].cap && self.tokens[k].is_word())
                && self.lex.first_name_gender(self.low(n.a)).is_none()
            {
                let prefix = (n.a..p).map(|k| self.low(k)).collect();
                described.push((prefix, NameKind::Organisation, false));
            }
        }
        // The last words of names of two words or more that are no organisation's: a
        // person's surname, perhaps ("Hillary Clinton").
        let mut surnames: Vec<&str> = names
            .iter()
            .filter(|n| n.kind != NameKind::Organisation && n.b >= n.a + 2)
            .map(|n| self.low(n.b - 1))
            .collect();
        // Sorted, so that a name asks it by binary search: a long article has thousands.
        surnames.sort_unstable();
        surnames.dedup();
        for n in names.iter().filter(|n| n.kind == NameKind::Other) {
            // A place after "in" is no person an apposition describes: "She grew up in
            // Elkhart Falls, the daughter of a machinist" describes her.
            let placed =
                n.a > 0 && matches!(self.low(n.a - 1), "in" | "at" | "from" | "near" | "to");
            match self.apposition_kind(n.b) {
                Some(NameKind::Person) if n.b >= n.a + 2 && !placed => {
                    described.push((key(n), NameKind::Person, true));
                    continue;
                }
                // Not a surname alone, which "which" may follow for the clause before it
                // ("a speech by Clinton, which drew applause").
                // Nor a first name and a surname an indefinite apposition describes by
                // their work: "Johan Bakker, a crane operator at the port," (but "John
                // Lewis, the retailer,").
                Some(NameKind::Organisation)
                    if (n.b >= n.a + 2 || surnames.binary_search(&self.low(n.a)).is_err())
                        && !(n.b == n.a + 2
                            && self.lex.first_name_gender(self.low(n.a)).is_some()
                            && matches!(self.low(n.b + 1), "a" | "an")) =>
                {
                    described.push((key(n), NameKind::Organisation, true));
                    continue;
                }
                _ => {}
            }
            let Some(before) = n.a.checked_sub(1) else {
                continue;
            };
            // "the foundation Bill Clinton started", "the group Lee used to": a verb after
            // the name with no object after it makes the name the subject of a relative
            // clause, not the organisation word's apposition ("the group Americans for
            // Prosperity ran an ad" is one). A person after a title is a person either way.
            let object = self
                .tokens
                .get(n.b + 1)
                .is_some_and(|t| t.is_word() && (t.cap || is_determiner(self.low(n.b + 1))));
            let verb = self.is_verbish(n.b)
                || self.tokens.get(n.b).is_some_and(|t| t.is_word() && !t.cap)
                    && self.low(n.b).ends_with("ed");
            // A verb of saying is the sentence's own: "the industry body Water UK said".
            let says = self
                .find(n.b, |t| {
                    matches!(t, Tag::Report(ReportKind::Speech | ReportKind::Stance))
                })
                .is_some();
            // "the drug company Norvell Labs is recalling more than ...": a progressive with
            // words after it is the sentence's verb too.
            let progressive = is_aux(self.low(n.b))
                && self.low_before(n.b + 1, self.tokens.len()).ends_with("ing")
                && self.tokens.get(n.b + 2).is_some_and(|t| t.is_word());
            let relative = verb && !object && !says && !progressive;
            // "Brightside's chief executive, Priya Nair,": a full name set off after a role.
            let role = |k: usize| self.is1(k, Tag::Actor(ActorKind::Person)) && !self.tokens[k].cap;
            if self.tokens[before].is_punct(',')
                && n.b >= n.a + 2
                && ((before >= 1 && role(before - 1)) || (before >= 2 && role(before - 2)))
            {
                described.push((key(n), NameKind::Person, true));
                continue;
            }
            // "its bus operator, Tolland Coachways,": a name set off after an organisation
            // word with its determiner or possessive.
            // Not the object of a preposition, which the name does not qualify: "A lawyer
            // for the company, Stephen Marr,".
            let body = |k: usize| {
                self.is1(k, Tag::Actor(ActorKind::Organisation))
                    && !self.tokens[k].cap
                    && (k.saturating_sub(3)..k).any(|j| {
                        (is_determiner(self.low(j)) || self.is_possessive(j))
                            && !(j > 0 && is_preposition(self.low(j - 1)))
                    })
            };
            if self.tokens[before].is_punct(',')
                && n.b >= n.a + 2
                && before >= 1
                && body(before - 1)
                && self.tokens.get(n.b).is_some_and(|t| t.is_punct(','))
            {
                described.push((key(n), NameKind::Organisation, true));
                continue;
            }
            if self.tokens[before].cap || !self.tokens[before].is_word() {
                continue;
            }
            if self.is1(before, Tag::Actor(ActorKind::Organisation)) && !relative {
                described.push((key(n), NameKind::Organisation, true));
            } else if n.b >= n.a + 2 && self.is1(before, Tag::Actor(ActorKind::Person)) {
                described.push((key(n), NameKind::Person, true));
            }
        }
        // A company's name, ending in a word such as "Motors" or "Inc." ("Halvorsen
        // Motors"; not "Republican National Committee", "Clinton Foundation"), is named
        // again by its first word ("Halvorsen denied"), unless that word ends another
        // name of two words or more in the article, a person's ("the Clinton Foundation ...
        // Hillary Clinton ... Clinton said").
        for n in names.iter().filter(|n| {
            n.kind == NameKind::Organisation
                && n.b >= n.a + 2
                && self.lex.is_company_head(self.low(n.b - 1))
                && !self.is1(n.a, Tag::Actor(ActorKind::Organisation))
                && surnames.binary_search(&self.low(n.a)).is_err()
        }) {
            described.push((key(n), NameKind::Organisation, true));
        }
        // A name whose possessive owns a firm's officers or shares is a firm's, wherever
        // it stands: "Arcturus's chief executive",
        // "Norvia's board", "Altiplano's shares".
        for n in names.iter().filter(|n| {
            n.kind == NameKind::Other
                && possessive_word(self.low(n.b - 1))
                && self.lex.first_name_gender(self.low(n.a)).is_none()
                && match self.low(n.b) {
                    "chief" => matches!(
                        self.low(n.b + 1),
                        "executive" | "financial" | "operating" | "economist" | "investment"
                    ),
                    w => matches!(
                        w,
                        "ceo"
                            | "cfo"
                            | "chairman"
                            | "chairwoman"
                            | "board"
                            | "shares"
                            | "shareholders"
                            | "headquarters"
                            | "subsidiary"
                    ),
                }
        }) {
            let mut k = key(n);
            if let Some(last) = k.last_mut() {
                *last = possessive_owner(last).unwrap_or(last);
            }
            described.push((k, NameKind::Organisation, false));
        }
        if described.is_empty() {
            return;
        }
        // The described names by first word (then by order found): a name meets only
        // those that share its first word, the first of them in order that matches.
        let mut by_first: Vec<(&str, usize)> = described
            .iter()
            .enumerate()
            .filter_map(|(j, (d, _, _))| d.first().map(|&w| (w, j)))
            .collect();
        by_first.sort_unstable();
        for n in names.iter_mut().filter(|n| n.kind == NameKind::Other) {
            let k = key(n);
            let Some(&first) = k.first() else { continue };
            // The first word alone names the organisation again ("the biotech company
            // Veranta Therapeutics ... Veranta said"), unless it reads as a plural ("the
            // group Americans for Prosperity ... Americans").
            let short = |d: &Vec<&str>, kind: NameKind, by_first: bool| {
                by_first
                    && kind == NameKind::Organisation
                    && k.len() == 1
                    && d.len() >= 2
                    && d[0] == k[0]
                    && !k[0].ends_with('s')
            };
            let from = by_first.partition_point(|&(w, _)| w < first);
            if let Some((_, kind, _)) = by_first[from..]
                .iter()
                .take_while(|&&(w, _)| w == first)
                .map(|&(_, j)| &described[j])
                .find(|(d, kind, by_first)| *d == k || short(d, *kind, *by_first))
            {
                n.kind = *kind;
            }
        }
    }

    /// The kind an apposition after a name ending before token `b` gives it: a person for
    /// an age set off by commas ("Maria Costa, 67,") or a relative clause of "who", an
    /// organisation for one of "which" ("Norsea Tankers, which operates the ship,"), else
    /// the kind of the head noun of "a", "an" or "the" and lower-case words, when it is a
    /// person's role or an organisation word ("Tom Beck, a spokesman for the council,",
    /// "Roberta Lange, the state party chairwoman,", "Northgate Water, the utility that
    /// serves the town,"; a possessive before the head only qualifies it: "Ana Ruiz, the
    /// company's finance director,"). The head is the last word before a preposition, a
    /// relative pronoun or punctuation; a capital word on the way ("a retired Postal
    /// Service letter carrier"), unless a hyphen joins it to a lower-case word ("the
    /// Manchester-based company") or it reads as a nationality before a lower-case word
    /// ("the Taiwanese chipmaker"), leaves the kind unknown.
    fn apposition_kind(&self, b: usize) -> Option<NameKind> {
        let t = |k: usize| self.tokens.get(k);
        if !t(b).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let age = t(b + 1).is_some_and(|x| {
            x.kind == crate::tokens::TokenKind::Number
                && self.text[x.start..x.end]
                    .parse::<u8>()
                    .is_ok_and(|n| (1..=110).contains(&n))
        }) && t(b + 2).is_some_and(|x| x.is_punct(','));
        if age || self.low(b + 1) == "who" {
            return Some(NameKind::Person);
        }
        if self.low(b + 1) == "which" {
            return Some(NameKind::Organisation);
        }
        if !matches!(self.low(b + 1), "a" | "an" | "the") {
            return None;
        }
        let mut head = None;
        for k in b + 2..b + 9 {
            let x = t(k)?;
            // A possessive's apostrophe, and a capital a hyphen joins to a lower-case word
            // ("the Manchester-based software company"), only qualify the head.
            if x.possessive
                || (x.kind == crate::tokens::TokenKind::Punct && x.ch == '\'')
                || (x.cap
                    && self.text[x.start..x.end]
                        .rsplit_once('-')
                        .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase())))
            {
                continue;
            }
            let w = self.low(k);
            if !x.is_word() || is_function_word(w) || matches!(w, "who" | "which" | "whose") {
                break;
            }
            // After the head, an adverb or a participle opens what qualifies it: "the
            // software company best known for its tools", "the carrier now owned by".
            let qualifier = matches!(
                w,
                "best"
                    | "most"
                    | "now"
                    | "also"
                    | "once"
                    | "still"
                    | "known"
                    | "led"
                    | "run"
                    | "owned"
                    | "held"
            ) || (w.len() > 4 && (w.ends_with("ly") || w.ends_with("ed")));
            if head.is_some() && !x.cap && qualifier {
                break;
            }
            // A nationality only qualifies the head: "the Taiwanese chipmaker", "a British
            // retailer", "the German carmaker".
            let word = &self.text[x.start..x.end];
            let nationality = ["ese", "ish", "ian", "can", "man", "ean", "ch"]
                .iter()
                .any(|e| word.ends_with(e))
                && t(k + 1).is_some_and(|n| n.is_word() && !n.cap);
            if x.cap && nationality {
                continue;
            }
            if x.cap {
                return None;
            }
            if !self.is_possessive(k) {
                head = Some(k);
            }
        }
        let head = head?;
        if self.is1(head, Tag::Actor(ActorKind::Person)) {
            Some(NameKind::Person)
        } else if self.is1(head, Tag::Actor(ActorKind::Organisation)) {
            Some(NameKind::Organisation)
        } else {
            None
        }
    }

    /// The name that covers token `i`, if any.
    pub fn name_at(&self, i: usize) -> Option<Name> {
        let k = self.names.partition_point(|n| n.b <= i);
        self.names.get(k).copied().filter(|n| n.a <= i && i < n.b)
    }
}

/// Letters after a name for an office or honour: "TD", "MP", "KC", "OBE".
fn is_post_nominal(w: &str) -> bool {
    is_legislator_letters(w) || matches!(w, "QC" | "KC" | "SC" | "OBE" | "MBE" | "CBE")
}

/// A legislator's letters: "TD", "MP", "MEP".
fn is_legislator_letters(w: &str) -> bool {
    matches!(w, "TD" | "MP" | "MEP" | "MSP" | "MLA" | "MPP")
}

/// A common noun for a place a name may follow with "of": "the city of El Fasher".
pub(crate) fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "city" | "town" | "village" | "province" | "region" | "county" | "district" | "state"
    )
}
