//! The learned attribution-cue tagger: a structured averaged perceptron over hashed token
//! features, tagging each token of a sentence O, B (first word of a cue) or I (inside a
//! cue), and decoding the whole sentence at once (Viterbi), so that a cue's later words can
//! decide its first one ("said in a statement").
//!
//! PolNeAR's cues are too varied for a word list ("reserved his most eloquent passion
//! for"), so which words are a cue is learned; who the source is and what the content is
//! stay rules (`attribution`), which makes every relation explainable: its cue span is the
//! run of words the tagger marked.
//!
//! Features are what the project defines here: the lower-case word and its neighbours,
//! suffixes, shape, capitalisation, the lexicon tags of the word (reporting verb kinds,
//! hedge categories, vague and document nouns), verb-ness, closed-class words before it,
//! whether it lies inside a quotation and what punctuation is next to it, how many
//! reporting verbs of the lexicon its sentence holds (with its own lexicon tag), whether a
//! verb came before it in its clause (with its stem), and the previous tag (alone and with
//! the word: the only features that read it, since decoding scores each token once per
//! previous tag). Each feature is hashed (FNV-1a, fixed) into one of
//! [`BUCKETS`] rows; a row holds the weights of B and I, and O scores 0, so only two
//! numbers a row are stored.
//!
//! Training ([`train_cues`]) is deterministic: fixed epochs, integer-rounded averaged
//! weights, rows written in index order. Each epoch visits the sentences in the order of
//! a hash of their text mixed with the seed and the epoch, so a change to a few training
//! sentences (a sentence-splitter fix) leaves the others' order as it was; and the weights
//! are the mean of three perceptrons on three such orders, which steadies what one order's
//! luck decides: over seeds 17–19 one perceptron's cross-validated source overlap F1 moved
//! by 0.002 and cue exact F1 by 0.001; the mean of three moved neither when the decimal
//! point stopped ending sentences (cue exact F1 0.653 → 0.654, 0.655 with five). Greedy
//! left-to-right tagging trained on gold previous tags was measured against this (4-fold
//! CV on the training articles, cue exact F1 through the whole attribution step): 0.621
//! greedy, 0.633 Viterbi, both at 6 epochs; 10 epochs (the default) add 0.002, 15 nothing.
//! The two sentence and clause features took cue exact F1 from 0.638 to 0.643 (source
//! overlap 0.719 to 0.725, content overlap 0.777 to 0.783); of the other templates tried
//! with them, none moved cue exact F1 by more than 0.002: a quotation in the sentence, the
//! distance to the nearest quotation mark, the next two words, word trigrams, the suffix
//! or the next word's class with what follows, reporting verbs before or after in the
//! sentence, the previous tag with the lexicon tag or the stem, 2^20 rows (+0.003).

use std::fmt::Write as _;
use std::sync::OnceLock;

use claimsift_core::{Article, HedgeCategory};

use crate::cue_rows;
use crate::doc::{Doc, is_aux, is_determiner, is_modal, is_pronoun};
use crate::lexicon::{Lexicons, ReportKind, Tag};
use crate::tokens::TokenKind;

/// Hash rows of the model.
pub const BUCKETS: usize = cue_rows::BUCKETS;
const MASK: u64 = (BUCKETS as u64) - 1;
/// Weights are stored as integers of this many units per 1.0.
const SCALE: f64 = 100.0;

const O: usize = 0;
const B: usize = 1;
const I: usize = 2;

/// The bundled model (`claimsift train attribution` writes it).
pub const BUILTIN_CUE_MODEL: &str = include_str!("../../../config/model/attribution.weights");
const BUNDLED: &str = BUILTIN_CUE_MODEL;
/// The rows of the bundled model, as the build script encodes them ([`cue_rows::encode`]).
const BUNDLED_ROWS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/attribution.rows"));

/// A cue tagger: `rows[h] = [B, I]` weights (O scores 0), in units of 1/100.
pub(crate) struct CueTagger {
    rows: Vec<[i16; 2]>,
    /// The summed weights of the templates over small sets of values, from `rows`.
    tables: Tables,
    /// Tells this model's entries in the per-thread memo of token scores ([`TokenMemo`])
    /// from another model's: unique to each parsed model.
    id: u64,
    empty: bool,
    /// Added to the scores of B and I: above 0 trades precision for recall.
    bias: i64,
}

impl std::fmt::Debug for CueTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CueTagger")
            .field("empty", &self.empty)
            .finish_non_exhaustive()
    }
}

impl CueTagger {
    /// The bundled model, loaded once from the rows the build script read from it
    /// ([`cue_rows`]); a test checks they are what [`CueTagger::parse`] reads.
    pub(crate) fn bundled() -> &'static CueTagger {
        static MODEL: OnceLock<CueTagger> = OnceLock::new();
        MODEL.get_or_init(|| match cue_rows::decode(BUNDLED_ROWS) {
            Some((rows, bias, empty)) => CueTagger::new(rows, bias, empty),
            None => CueTagger::parse(BUNDLED),
        })
    }

    /// Parses a weights file ([`cue_rows::read`]); lines that do not parse are skipped,
    /// so a damaged file gives a weaker model, never a panic.
    pub(crate) fn parse(text: &str) -> CueTagger {
        let mut rows = vec![[0i16; 2]; BUCKETS];
        let (bias, empty) = cue_rows::read(text, &mut rows);
        Self::new(rows, bias, empty)
    }

    /// A model of `rows` (`BUCKETS` of them), with its tables and a fresh id.
    fn new(rows: Vec<[i16; 2]>, bias: i64, empty: bool) -> CueTagger {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        CueTagger {
            tables: Tables::new(&rows),
            rows,
            id,
            empty,
            bias,
        }
    }

    /// Cue token ranges in sentence tokens `a..b`, in text order.
    pub(crate) fn tag(
        &self,
        doc: &Doc<'_>,
        ctx: &Context,
        a: usize,
        b: usize,
    ) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.empty || b <= a {
            return out;
        }
        let tags = self.decode(doc, ctx, a, b);
        let mut open: Option<usize> = None;
        for (i, &tag) in (a..b).zip(&tags) {
            if tag != I
                && let Some(o) = open.take()
            {
                out.push((o, i));
            }
            if tag == B {
                open = Some(i);
            }
        }
        if let Some(o) = open {
            out.push((o, b));
        }
        // A run of one word, a comma and a participle is two cues: "he said, calling on
        // allies" (but PolNeAR keeps "shot back in a statement, saying" one).
        let mut k = 0;
        while k < out.len() {
            let (s, e) = out[k];
            // Not before the participle's own comma or colon ("continued, saying, \"..."),
            // whose quotation the two words together introduce.
            if e >= s + 3
                && doc.tokens[s].is_word()
                && doc.tokens[s + 1].is_punct(',')
                && doc.tokens[s + 2].is_word()
                && doc.low(s + 2).ends_with("ing")
                && !doc
                    .tokens
                    .get(e)
                    .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
            {
                out[k] = (s, s + 1);
                out.insert(k + 1, (s + 2, e));
            }
            k += 1;
        }
        // Punctuation at either end of a cue of words is not part of it, but for a final
        // colon ("said:", as PolNeAR marks it); a colon alone stays a cue.
        for (s, e) in &mut out {
            while *e > *s + 1
                && doc.tokens[*e - 1].kind == TokenKind::Punct
                && !doc.tokens[*e - 1].is_punct(':')
            {
                *e -= 1;
            }
            while *e > *s + 1 && doc.tokens[*s].kind == TokenKind::Punct {
                *s += 1;
            }
        }
        out
    }
    /// The best tag sequence of sentence tokens `a..b` (Viterbi over O, B, I; I only after
    /// B or I), with the bundled integer weights.
    fn decode(&self, doc: &Doc<'_>, ctx: &Context, a: usize, b: usize) -> Vec<usize> {
        // `parse` makes `BUCKETS` rows; as an array they take a masked index unchecked.
        let Ok(rows) = <&[[i16; 2]; BUCKETS]>::try_from(self.rows.as_slice()) else {
            return vec![O; b - a];
        };
        TOKEN_MEMO.with_borrow_mut(|memo| {
            memo.serve(self.id);
            let mut scorer = Decoding {
                rows,
                tables: &self.tables,
                memo,
            };
            viterbi(doc, ctx, a, b, &mut scorer, self.bias)
        })
    }
}

/// How decoding sums weights: over a set of features, and over the templates that read
/// a token alone.
trait Scorer<T> {
    /// The summed weights of B and I over `feats`.
    fn score(&mut self, feats: &[u64]) -> [T; 2];

    /// The summed weights of the token-only templates of a token ([`token_features`], and
    /// [`prev_features`] for each previous tag).
    fn token(&mut self, t: &TokenInputs) -> TokenScore<T> {
        score_token(self, t)
    }

    /// The emissions of sentence tokens `a..b`: the sums of all their features, from
    /// [`features`] and [`Scorer::token`].
    fn emissions(&mut self, doc: &Doc<'_>, ctx: &Context, a: usize, b: usize) -> Vec<Emission<T>>
    where
        T: Copy + std::ops::Add<Output = T>,
    {
        let mut base = [0u64; BASE];
        (a..b)
            .map(|i| {
                features(doc, ctx, i, a, b, &mut base);
                let sc = self.score(&base);
                let st = self.token(&ctx.tok[i].inputs);
                Emission {
                    tags: [sc[0] + st.base[0], sc[1] + st.base[1]],
                    prev: st.prev,
                }
            })
            .collect()
    }
}

/// What decoding needs of a token: the summed weights of B and I of its features that do
/// not read the previous tag, and of those that do for each previous tag (O, B, I).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Emission<T> {
    tags: [T; 2],
    prev: [[T; 2]; 3],
}

/// The summed weights of B and I of a token's token-only templates: its
/// [`token_features`], and its [`prev_features`] for each previous tag (O, B, I).
#[derive(Clone, Copy)]
struct TokenScore<T> {
    base: [T; 2],
    prev: [[T; 2]; 3],
}

fn score_token<T, S: Scorer<T> + ?Sized>(scorer: &mut S, t: &TokenInputs) -> TokenScore<T> {
    let mut f = [0u64; TOKEN];
    token_features(t, &mut f);
    let base = scorer.score(&f);
    let prev = [O, B, I].map(|p| {
        let mut f = [0u64; PREV];
        prev_features(t, p, &mut f);
        scorer.score(&f)
    });
    TokenScore { base, prev }
}

/// Decoding with a model's integer rows, its [`Tables`], and the memo of token scores.
struct Decoding<'a> {
    rows: &'a [[i16; 2]; BUCKETS],
    tables: &'a Tables,
    memo: &'a mut TokenMemo,
}

impl Decoding<'_> {
    /// The token score and word score of a token, from the memo when it holds them.
    fn entry(&mut self, t: &TokenInputs) -> (TokenScore<i64>, WordScore) {
        let slot = TokenMemo::slot(t);
        if let Some(Some((key, score, word))) = self.memo.slots.get(slot)
            && key == t
        {
            let score = TokenScore {
                base: score.base.map(i64::from),
                prev: score.prev.map(|p| p.map(i64::from)),
            };
            return (score, *word);
        }
        let score = score_token(self, t);
        let word = WordScore::new(self.rows, t);
        if let Some(entry) = self.memo.slots.get_mut(slot)
            && let Some(narrow) = narrow(score)
        {
            *entry = Some((*t, narrow, word));
        }
        (score, word)
    }
}

impl Scorer<i64> for Decoding<'_> {
    fn score(&mut self, feats: &[u64]) -> [i64; 2] {
        let mut s = [0i64; 2];
        for &h in feats {
            let r = self.rows[(h & MASK) as usize];
            s[0] += i64::from(r[0]);
            s[1] += i64::from(r[1]);
        }
        s
    }

    fn token(&mut self, t: &TokenInputs) -> TokenScore<i64> {
        self.entry(t).0
    }

    /// The sums of [`features`] in parts, the same in integers: the templates over small
    /// sets of values from [`Tables`]; those over a word or stem and a small value from
    /// the token's [`WordScore`] (the words around it from theirs); the rest, which pair
    /// two words or a word with a stem or class, from the rows. Most of a token's rows
    /// are then not read at all: the rows fill more cache than the rest of the work, and
    /// reading them was most of decoding's time.
    fn emissions(
        &mut self,
        doc: &Doc<'_>,
        ctx: &Context,
        a: usize,
        b: usize,
    ) -> Vec<Emission<i64>> {
        let toks: Vec<(TokenScore<i64>, WordScore)> =
            (a..b).map(|i| self.entry(&ctx.tok[i].inputs)).collect();
        let tables = self.tables;
        // What the word one before, one after, two before or two after token `k` (`n` 0 to
        // 3, as in `WordScore::near`) adds as that neighbour, or the sentence edge there.
        let near = |k: usize, n: usize| {
            let d = n / 2 + 1;
            let j = if n.is_multiple_of(2) {
                k.checked_sub(d)
            } else {
                Some(k + d)
            };
            j.and_then(|j| toks.get(j))
                .map_or(tables.edges[n], |x| x.1.near[n].map(i64::from))
        };
        (a..b)
            .zip(0..)
            .map(|(i, k)| {
                let r = around(doc, ctx, i, a, b);
                let t = &ctx.tok[i].inputs;
                let (st, ws) = &toks[k];
                let c = &ctx.clause[i];
                let hw0 = ctx.words[i];
                let (here, verb) = (usize::from(t.here), usize::from(t.verb));
                let class = usize::from(ctx.tok[i].class);
                let mut s = self.score(&[
                    feat(6, r.wm1, hw0),
                    feat(7, hw0, r.wp1),
                    feat(20, H_CLASS[r.cm1], hw0),
                    feat(25, H_SHAPE[r.left], hw0),
                    feat(26, hw0, H_SHAPE[r.right]),
                    feat(39, r.wm1, r.wp1),
                    feat(40, t.stem, r.wp1),
                ]);
                for x in [
                    tables.classes[r.cm1 * CLASSES.len() + class],
                    tables.place[((r.quoted * 4 + r.pos) * 4 + r.subject) * 2 + verb],
                    tables.shapes[r.left * H_SHAPE.len() + r.right],
                    tables.ahead[r.ahead * TAGS.len() + here],
                    tables.behind[(r.behind * TAGS.len() + here) * 2 + verb],
                    tables.reports[usize::from(c.reports) * TAGS.len() + here],
                    near(k, 0),
                    near(k, 1),
                    near(k, 2),
                    near(k, 3),
                ] {
                    s[0] += x[0];
                    s[1] += x[1];
                }
                for x in [
                    ws.quoted[r.quoted],
                    ws.ahead[r.ahead],
                    ws.behind[r.behind],
                    ws.subject[r.subject],
                    ws.first_verb[usize::from(c.first_verb)],
                ] {
                    s[0] += i64::from(x[0]);
                    s[1] += i64::from(x[1]);
                }
                Emission {
                    tags: [s[0] + st.base[0], s[1] + st.base[1]],
                    prev: st.prev,
                }
            })
            .collect()
    }
}

/// The rows of the templates of [`features`] that read a token's word or stem with one
/// value of a small set: a single row each, kept with the token's scores in the memo.
#[derive(Clone, Copy)]
struct WordScore {
    /// Templates 2, 4 (the word as the one before, two before another token) and 3, 5
    /// (as the one after, two after), in the order 2, 3, 4, 5.
    near: [[i16; 2]; 4],
    /// Template 22, by `H_QUOTED`.
    quoted: [[i16; 2]; 2],
    /// Templates 35, 36, 38 and 42 with the stem, by `H_AHEAD`, `H_BEHIND`, `H_SUBJECT`
    /// and `H_FLAG`.
    ahead: [[i16; 2]; 4],
    behind: [[i16; 2]; 3],
    subject: [[i16; 2]; 4],
    first_verb: [[i16; 2]; 2],
}

impl WordScore {
    fn new(rows: &[[i16; 2]; BUCKETS], t: &TokenInputs) -> Self {
        let row = |f: u64| rows[(f & MASK) as usize];
        let (w, st) = (t.word, t.stem);
        WordScore {
            near: [2, 3, 4, 5].map(|n| row(feat(n, w, 0))),
            quoted: H_QUOTED.map(|q| row(feat(22, q, w))),
            ahead: H_AHEAD.map(|x| row(feat(35, st, x))),
            behind: H_BEHIND.map(|x| row(feat(36, st, x))),
            subject: H_SUBJECT.map(|x| row(feat(38, x, st))),
            first_verb: H_FLAG.map(|x| row(feat(42, x, st))),
        }
    }
}

/// A model's summed weights of B and I of the templates of [`features`] that read only
/// values of small sets, for every combination of those values: decoding takes them from
/// here (a few kilobytes that stay in cache) instead of hashing them and reading a row
/// each.
struct Tables {
    /// Template 19, by class before (`H_CLASS`) and class (`CLASSES`).
    classes: Vec<[i64; 2]>,
    /// Templates 21, 23 and 37, by quoted, place, subject and verb.
    place: Vec<[i64; 2]>,
    /// Template 24, by the shapes before and after (`H_SHAPE`).
    shapes: Vec<[i64; 2]>,
    /// Templates 29 and 30, by ahead and lexicon tag (`TAGS`).
    ahead: Vec<[i64; 2]>,
    /// Templates 31, 32 and 33, by behind, lexicon tag and verb.
    behind: Vec<[i64; 2]>,
    /// Template 41, by reporting verbs in the sentence (`H_COUNT`) and lexicon tag.
    reports: Vec<[i64; 2]>,
    /// Templates 2, 3, 4 and 5 with the sentence edge: start, end, start, end.
    edges: [[i64; 2]; 4],
}

impl Tables {
    fn new(rows: &[[i16; 2]]) -> Self {
        let sum = |feats: &[u64]| {
            let mut s = [0i64; 2];
            for &f in feats {
                if let Some(r) = usize::try_from(f & MASK).ok().and_then(|k| rows.get(k)) {
                    s[0] += i64::from(r[0]);
                    s[1] += i64::from(r[1]);
                }
            }
            s
        };
        let mut t = Tables {
            classes: Vec::new(),
            place: Vec::new(),
            shapes: Vec::new(),
            ahead: Vec::new(),
            behind: Vec::new(),
            reports: Vec::new(),
            edges: [
                sum(&[feat(2, H_START, 0)]),
                sum(&[feat(3, H_END, 0)]),
                sum(&[feat(4, H_START, 0)]),
                sum(&[feat(5, H_END, 0)]),
            ],
        };
        for cm1 in H_CLASS {
            for class in &H_CLASS[..CLASSES.len()] {
                t.classes.push(sum(&[feat(19, cm1, *class)]));
            }
        }
        for q in H_QUOTED {
            for pos in H_POS {
                for subject in H_SUBJECT {
                    for verb in H_FLAG {
                        t.place.push(sum(&[
                            feat(21, q, 0),
                            feat(23, pos, 0),
                            feat(37, subject, verb),
                        ]));
                    }
                }
            }
        }
        for left in H_SHAPE {
            for right in H_SHAPE {
                t.shapes.push(sum(&[feat(24, left, right)]));
            }
        }
        for ahead in H_AHEAD {
            for here in H_TAG {
                t.ahead
                    .push(sum(&[feat(29, ahead, 0), feat(30, ahead, here)]));
            }
        }
        for behind in H_BEHIND {
            for here in H_TAG {
                for verb in H_FLAG {
                    t.behind.push(sum(&[
                        feat(31, behind, 0),
                        feat(32, behind, here),
                        feat(33, behind, verb),
                    ]));
                }
            }
        }
        for reports in H_COUNT {
            for here in H_TAG {
                t.reports.push(sum(&[feat(41, reports, here)]));
            }
        }
        t
    }
}

/// A token score in 32 bits, as the memo keeps it (smaller slots): a dozen weights of 16
/// bits always fit; `None` if one did not, and the score is then not kept.
fn narrow(s: TokenScore<i64>) -> Option<TokenScore<i32>> {
    let n = |x: [i64; 2]| Some([i32::try_from(x[0]).ok()?, i32::try_from(x[1]).ok()?]);
    Some(TokenScore {
        base: n(s.base)?,
        prev: [n(s.prev[0])?, n(s.prev[1])?, n(s.prev[2])?],
    })
}

/// Slots of the memo of token scores (a power of two).
const MEMO_SLOTS: usize = 1 << 12;

/// A direct-mapped memo of the token scores of one model, per thread: common words
/// ("the", "said") come back sentence after sentence and document after document, and
/// their token-only templates are most of the features of a token. A slot holds the
/// [`TokenInputs`] it was computed from, the whole of what those templates read, and is
/// used only when they are equal, so decoding gives what it gives without the memo.
#[derive(Default)]
struct TokenMemo {
    /// The [`CueTagger::id`] of the model the slots hold scores of.
    model: Option<u64>,
    slots: Vec<Option<(TokenInputs, TokenScore<i32>, WordScore)>>,
}

impl TokenMemo {
    /// Makes the memo hold scores of model `id`, emptying it if it held another's.
    fn serve(&mut self, id: u64) {
        if self.model != Some(id) {
            self.slots.clear();
            self.slots.resize(MEMO_SLOTS, None);
            self.model = Some(id);
        }
    }

    /// The slot of a token: its word hash mixed with the small per-token values.
    fn slot(t: &TokenInputs) -> usize {
        let x = t.word
            ^ (u64::from(t.shape) << 8)
            ^ (u64::from(t.here) << 16)
            ^ (u64::from(t.inside) << 24)
            ^ (u64::from(t.verb) << 32)
            ^ (u64::from(t.name) << 40);
        #[allow(clippy::cast_possible_truncation)] // The top bits only: below MEMO_SLOTS.
        {
            (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - MEMO_SLOTS.trailing_zeros())) as usize
        }
    }
}

thread_local! {
    static TOKEN_MEMO: std::cell::RefCell<TokenMemo> = std::cell::RefCell::default();
}

/// The highest-scoring tag sequence of sentence tokens `a..b`: Viterbi over O, B and I,
/// where I only continues a cue. `scorer` sums the weights of B and I (relative to O, whose
/// score is 0) over a set of features; `bias` is added to both. Ties go to the earlier
/// tag (O, then B, then I) and the earlier previous tag, so decoding is deterministic.
fn viterbi<T>(
    doc: &Doc<'_>,
    ctx: &Context,
    a: usize,
    b: usize,
    scorer: &mut (impl Scorer<T> + ?Sized),
    bias: T,
) -> Vec<usize>
where
    T: Copy + PartialOrd + std::ops::Add<Output = T> + Default,
{
    // Best score of a path ending in each tag; `None` for no path (I at the start).
    let mut delta: [Option<T>; 3] = [Some(T::default()), None, None];
    let mut back: Vec<[u8; 3]> = Vec::with_capacity(b - a);
    for e in scorer.emissions(doc, ctx, a, b) {
        let sb = e.tags;
        let mut next: [Option<T>; 3] = [None; 3];
        let mut from = [0u8; 3];
        for p in [O, B, I] {
            let Some(d) = delta[p] else { continue };
            let sp = e.prev[p];
            let s = [T::default(), sb[0] + sp[0] + bias, sb[1] + sp[1] + bias];
            for t in [O, B, I] {
                if t == I && p == O {
                    continue;
                }
                let v = d + s[t];
                if next[t].is_none_or(|n| v > n) {
                    next[t] = Some(v);
                    #[allow(clippy::cast_possible_truncation)]
                    {
                        from[t] = p as u8;
                    }
                }
            }
        }
        delta = next;
        back.push(from);
    }
    let mut t = O;
    for c in [B, I] {
        if let (Some(v), Some(best)) = (delta[c], delta[t])
            && v > best
        {
            t = c;
        }
    }
    let mut tags = vec![O; b - a];
    for k in (0..b - a).rev() {
        tags[k] = t;
        t = usize::from(back[k][t]);
    }
    tags
}

/// What the features of a document need beyond its tokens: which tokens lie inside a
/// quotation.
pub(crate) struct Context {
    in_quote: Vec<bool>,
    /// FNV hash of each token's lower-case form.
    words: Vec<u64>,
    /// Per token, the hashes of what its features read that does not depend on the
    /// sentence or the previous tag, computed once per document.
    tok: Vec<TokenHashes>,
    /// Per token, what its sentence and clause hold (see [`Context::new`]).
    clause: Vec<ClauseHashes>,
}

/// The sentence and clause facts of a token, as indices into their tables of hashes.
#[derive(Clone, Copy)]
struct ClauseHashes {
    /// How many reporting-verb entries of the lexicon start in the sentence: 0, 1, 2, 3+
    /// (`H_COUNT`).
    reports: u8,
    /// 1 when no verb comes before the token in its clause: it may be the clause's main
    /// verb (`H_FLAG`).
    first_verb: u8,
}

/// The hashed per-token parts of the features (see [`features`]).
#[derive(Clone, Copy)]
struct TokenHashes {
    inputs: TokenInputs,
    /// Index into [`CLASSES`].
    class: u8,
}

impl TokenHashes {
    /// A pronoun or relative pronoun: a subject for the features that look back for one.
    fn subject(&self) -> bool {
        matches!(self.class, CLASS_PRON | CLASS_REL)
    }
}

/// Everything the token-only templates ([`token_features`], [`prev_features`]) and the
/// word and stem parts of the sentence templates ([`WordScore`]) read: the key of the memo
/// of their scores ([`TokenMemo`]), so a template that reads anything else of the token
/// must read it from here. Values of a small set are indices into its table of hashes
/// (`H_SHAPE`, `H_TAG`, `H_FLAG`), which keeps the key small.
#[derive(Clone, Copy, PartialEq, Eq)]
struct TokenInputs {
    /// The lower-case word (as in [`Context::words`]).
    word: u64,
    suffix3: u64,
    suffix2: u64,
    stem: u64,
    shape: u8,
    /// Lexicon tags of an entry starting here and of one covering it from before.
    here: u8,
    inside: u8,
    /// Verb-ness, and whether a name covers the token (0 or 1).
    verb: u8,
    name: u8,
}

impl Context {
    pub(crate) fn new(doc: &Doc<'_>, quote_pairs: &[(usize, usize)]) -> Self {
        let mut in_quote = vec![false; doc.tokens.len()];
        for &(o, c) in quote_pairs {
            for q in in_quote.iter_mut().take(c).skip(o + 1) {
                *q = true;
            }
        }
        let words: Vec<u64> = (0..doc.tokens.len()).map(|i| doc.word_hash(i)).collect();
        let tok: Vec<TokenHashes> = WORD_MEMO.with_borrow_mut(|memo| {
            (0..doc.tokens.len())
                .map(|i| {
                    let wh = memo.get(doc.low(i), words[i]);
                    let (here, inside) = lex_tags(doc, i);
                    TokenHashes {
                        inputs: TokenInputs {
                            word: words[i],
                            suffix3: wh.suffix3,
                            suffix2: wh.suffix2,
                            stem: wh.stem,
                            shape: shape(doc, i),
                            here,
                            inside,
                            verb: u8::from(doc.is_verbish(i)),
                            // An ampersand inside a firm's name is a symbol, not a
                            // name's word, to the tagger.
                            name: u8::from(
                                doc.name_at(i).is_some()
                                    && doc.tokens[i].kind != crate::tokens::TokenKind::Symbol,
                            ),
                        },
                        class: wh.class,
                    }
                })
                .collect()
        });
        // A clause here starts at the sentence start, a comma, semicolon, colon, quotation
        // mark, "that" or a relative pronoun.
        let mut clause = vec![
            ClauseHashes {
                reports: 0,
                first_verb: 0,
            };
            doc.tokens.len()
        ];
        for s in &doc.sents {
            let (a, b) = (s.a, s.b.min(doc.tokens.len()));
            let reports = (a..b)
                .filter(|&k| doc.find(k, |t| matches!(t, Tag::Report(_))).is_some())
                .count();
            #[allow(clippy::cast_possible_truncation)] // At most 3.
            let reports = reports.min(3) as u8;
            let mut verb_before = false;
            for k in a..b {
                let t = doc.tokens[k];
                let boundary = t.is_quote()
                    || t.is_punct(',')
                    || t.is_punct(';')
                    || t.is_punct(':')
                    || words[k] == H_THAT
                    || tok[k].class == CLASS_REL;
                if boundary {
                    verb_before = false;
                }
                clause[k] = ClauseHashes {
                    reports,
                    first_verb: u8::from(!verb_before),
                };
                if doc.is_verbish(k) && tok[k].class == CLASS_NONE {
                    verb_before = true;
                }
            }
        }
        Self {
            in_quote,
            words,
            tok,
            clause,
        }
    }

    /// The hash of token `k`'s word, or of a sentence edge outside `a..b`.
    fn hash(&self, k: usize, a: usize, b: usize) -> u64 {
        if k < a {
            H_START
        } else if k >= b {
            H_END
        } else {
            self.words[k]
        }
    }
}

/// The hashed parts of the features that read a token's lower-case word alone.
#[derive(Clone, Copy)]
struct WordHashes {
    suffix3: u64,
    suffix2: u64,
    stem: u64,
    /// Index into [`CLASSES`].
    class: u8,
}

impl WordHashes {
    fn of(w: &str) -> Self {
        WordHashes {
            suffix3: h(suffix(w, 3)),
            suffix2: h(suffix(w, 2)),
            stem: h(stem(w)),
            class: class(w),
        }
    }
}

/// Slots of the memo of word hashes (a power of two).
const WORD_SLOTS: usize = 1 << 12;
/// Words up to this many bytes are memoised (nearly all of them).
const WORD_BYTES: usize = 15;

/// A direct-mapped memo of [`WordHashes`] by word, per thread: a slot holds the word's
/// bytes and is used only for the same word, so it gives what [`WordHashes::of`] gives.
#[derive(Default)]
struct WordMemo {
    slots: Vec<Option<([u8; WORD_BYTES], u8, WordHashes)>>,
}

impl WordMemo {
    /// The hashes of word `w`, whose own hash is `hash`.
    fn get(&mut self, w: &str, hash: u64) -> WordHashes {
        let Ok(len) = u8::try_from(w.len()) else {
            return WordHashes::of(w);
        };
        if usize::from(len) > WORD_BYTES {
            return WordHashes::of(w);
        }
        if self.slots.is_empty() {
            self.slots.resize(WORD_SLOTS, None);
        }
        #[allow(clippy::cast_possible_truncation)] // The top bits only: below WORD_SLOTS.
        let slot = (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - WORD_SLOTS.trailing_zeros()))
            as usize;
        let Some(entry) = self.slots.get_mut(slot) else {
            return WordHashes::of(w);
        };
        if let Some((bytes, n, wh)) = entry
            && *n == len
            && bytes.get(..w.len()) == Some(w.as_bytes())
        {
            return *wh;
        }
        let wh = WordHashes::of(w);
        let mut bytes = [0u8; WORD_BYTES];
        if let Some(b) = bytes.get_mut(..w.len()) {
            b.copy_from_slice(w.as_bytes());
            *entry = Some((bytes, len, wh));
        }
        wh
    }
}

thread_local! {
    static WORD_MEMO: std::cell::RefCell<WordMemo> = std::cell::RefCell::default();
}

/// FNV-1a, as the document hashes every word ([`Doc::word_hash`]).
const fn h(s: &str) -> u64 {
    crate::hedge_weights::hash_name(s)
}

/// Hashes of the fixed feature values, computed at compile time.
const H_START: u64 = h("<s>");
const H_END: u64 = h("</s>");
const H_EMPTY: u64 = h("");
const H_PREV: [u64; 3] = [h("O"), h("B"), h("I")];
const H_IN_QUOTE: u64 = h("in");
const H_OUT_QUOTE: u64 = h("out");
const H_POS: [u64; 4] = [h("0"), h("1"), h("2-4"), h("5+")];
const H_QUOTE: u64 = h("q");
const H_COLON: u64 = h(":");
const H_THAT: u64 = h("that");
const H_COMMA: u64 = h(",");
const H_CAP: u64 = h("cap");
const H_VERB: u64 = h("v");
const H_NAME: u64 = h("n");
const H_COUNT: [u64; 4] = [h("0"), h("1"), h("2"), h("3+")];

/// The hashes of `names`, at compile time.
const fn hashes<const N: usize>(names: [&str; N]) -> [u64; N] {
    let mut out = [0; N];
    let mut k = 0;
    while k < N {
        out[k] = h(names[k]);
        k += 1;
    }
    out
}

// The small sets of values that features read, by index: each set's names (what is
// hashed) and hashes. Decoding looks the weights of templates over them up in tables made
// once per model ([`Tables`]), which needs the indices; the features hash the values.

/// Word classes ([`class`]); the last is no class.
const CLASSES: [&str; 7] = ["aux", "modal", "pron", "det", "rel", "neg", ""];
const CLASS_PRON: u8 = 2;
const CLASS_REL: u8 = 4;
const CLASS_NONE: u8 = 6;
/// The classes, and the sentence start as the class before the first token.
const H_CLASS: [u64; 8] = {
    let c = hashes(CLASSES);
    [c[0], c[1], c[2], c[3], c[4], c[5], c[6], H_START]
};
const CLASS_START: usize = 7;
/// Token shapes ([`shape`]).
const SHAPES: [&str; 8] = ["9", "$", "q", ".", "AA", "^Aa", "Aa", "a"];
/// The shapes, and the sentence start and end as the shape of a neighbour outside it.
const H_SHAPE: [u64; 10] = {
    let c = hashes(SHAPES);
    [
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], H_START, H_END,
    ]
};
const SHAPE_START: usize = 8;
const SHAPE_END: usize = 9;
/// Lexicon tag names ([`tag_name`]); the first is no tag.
const TAGS: [&str; 16] = [
    "",
    "speech",
    "speech+",
    "stance",
    "according",
    "agentless",
    "modal",
    "epistemic_verb",
    "epistemic_adverb",
    "reportive",
    "conditional",
    "expectation",
    "weasel",
    "vague",
    "document",
    "opinion",
];
const H_TAG: [u64; 16] = hashes(TAGS);
/// A yes/no fact: verb-ness, a name, no verb before in the clause.
const H_FLAG: [u64; 2] = [H_EMPTY, H_VERB];
const H_NAMED: [u64; 2] = [H_EMPTY, H_NAME];
const H_QUOTED: [u64; 2] = [H_OUT_QUOTE, H_IN_QUOTE];
/// What comes within three tokens after: nothing, a quotation mark, a colon, "that".
const H_AHEAD: [u64; 4] = [H_EMPTY, H_QUOTE, H_COLON, H_THAT];
/// What comes within three tokens before: nothing, a quotation mark, a comma.
const H_BEHIND: [u64; 3] = [H_EMPTY, H_QUOTE, H_COMMA];
/// A subject shortly before: none, a capitalised word, a pronoun, a relative pronoun.
const H_SUBJECT: [u64; 4] = [
    H_EMPTY,
    H_CAP,
    H_CLASS[CLASS_PRON as usize],
    H_CLASS[CLASS_REL as usize],
];

/// One feature: a template number and two hashed parts, mixed as the hedge model mixes
/// its features' ([`crate::hedge_weights::feature_key`]).
fn feat(template: u64, x: u64, y: u64) -> u64 {
    crate::hedge_weights::feature_key(template, x, y)
}

/// The shape of token `i`: an index into [`SHAPES`].
fn shape(doc: &Doc<'_>, i: usize) -> u8 {
    let t = doc.tokens[i];
    match t.kind {
        TokenKind::Number => 0,
        TokenKind::Symbol => 1,
        TokenKind::Punct => {
            if t.is_quote() {
                2
            } else {
                3
            }
        }
        TokenKind::Word => {
            let w = &doc.text[t.start..t.end];
            if t.cap && w.chars().skip(1).any(char::is_uppercase) {
                4
            } else if t.cap && t.initial {
                5
            } else if t.cap {
                6
            } else {
                7
            }
        }
    }
}

fn suffix(w: &str, n: usize) -> &str {
    let mut k = w.len().saturating_sub(n);
    while !w.is_char_boundary(k) {
        k -= 1;
    }
    &w[k..]
}

/// The tag of an entry starting at token `i` and of one covering it from before, as
/// indices into [`TAGS`].
fn lex_tags(doc: &Doc<'_>, i: usize) -> (u8, u8) {
    let mut here = 0;
    for m in doc.at(i) {
        let name = tag_name(m.tag, m.len);
        if name != 0 {
            here = name;
            break;
        }
    }
    let mut inside = 0;
    for back in 1..4 {
        let Some(j) = i.checked_sub(back) else { break };
        if let Some(m) = doc.at(j).iter().find(|m| m.len > back) {
            let name = tag_name(m.tag, m.len);
            if name != 0 {
                inside = name;
                break;
            }
        }
    }
    (here, inside)
}

/// The name of a lexicon tag for the features, as an index into [`TAGS`] (0: none).
fn tag_name(t: Tag, len: usize) -> u8 {
    match (t, len > 1) {
        (Tag::Report(ReportKind::Speech), false) => 1,
        (Tag::Report(ReportKind::Speech), true) => 2,
        (Tag::Report(ReportKind::Stance), _) => 3,
        (Tag::Report(ReportKind::According), _) => 4,
        (Tag::Report(ReportKind::Agentless), _) => 5,
        (Tag::Hedge(c), _) => match c {
            HedgeCategory::Modal => 6,
            HedgeCategory::EpistemicVerb => 7,
            HedgeCategory::EpistemicAdverb => 8,
            HedgeCategory::Reportive => 9,
            HedgeCategory::Conditional => 10,
            HedgeCategory::Expectation => 11,
            HedgeCategory::Weasel => 12,
            // The tagger was designed, and its features hashed, before appearance verbs
            // had a category of their own: it reads them as the epistemic verbs they were.
            HedgeCategory::Evidential => 7,
        },
        (Tag::Vague, _) => 13,
        (Tag::DocumentNoun, _) => 14,
        (Tag::Opinion, _) => 15,
        _ => 0,
    }
}

/// The word class of `w`, as an index into [`CLASSES`].
fn class(w: &str) -> u8 {
    if is_aux(w) {
        0
    } else if is_modal(w) {
        1
    } else if is_pronoun(w) {
        CLASS_PRON
    } else if is_determiner(w) {
        3
    } else if matches!(w, "who" | "which" | "whom") {
        CLASS_REL
    } else if matches!(w, "not" | "n't" | "never") {
        5
    } else {
        CLASS_NONE
    }
}

/// Features per token that read the token alone: [`token_features`] fills every slot.
const TOKEN: usize = 10;
/// Features per token that read its sentence but not the previous tag: [`features`] fills
/// every slot.
const BASE: usize = 27;
/// Features per token that read the previous tag: [`prev_features`] fills every slot.
const PREV: usize = 2;

/// The hashed features of a token that read nothing but the token ([`TokenInputs`]): the
/// same wherever the token stands, so decoding can take their scores from a memo.
fn token_features(t: &TokenInputs, out: &mut [u64; TOKEN]) {
    *out = [
        feat(0, 0, 0),
        feat(1, t.word, 0),
        feat(8, t.suffix3, 0),
        feat(9, t.suffix2, 0),
        feat(10, H_SHAPE[usize::from(t.shape)], 0),
        feat(14, H_TAG[usize::from(t.here)], 0),
        feat(15, H_TAG[usize::from(t.inside)], 0),
        feat(18, H_FLAG[usize::from(t.verb)], 0),
        feat(
            27,
            H_NAMED[usize::from(t.name)],
            H_SHAPE[usize::from(t.shape)],
        ),
        // The stem generalises over inflections ("warns", "warned", "warning").
        feat(34, t.stem, 0),
    ];
}

/// The hashed features of a token given the previous tag `prev`, in a fixed-size array.
/// Decoding scores each previous tag, so these are kept few; they read the token alone.
fn prev_features(t: &TokenInputs, prev: usize, out: &mut [u64; PREV]) {
    let hpt = H_PREV[prev];
    *out = [feat(11, hpt, 0), feat(12, hpt, t.word)];
}

/// What the features of token `i` of sentence `a..b` read around it ([`around`]): the
/// neighbouring words' hashes, and values of small sets as indices into their tables of
/// hashes, so that decoding can take the weights of templates over them from [`Tables`].
#[derive(Clone, Copy)]
struct Around {
    /// The words one and two before and after (the sentence's start or end outside it).
    wm1: u64,
    wm2: u64,
    wp1: u64,
    wp2: u64,
    /// The class of the token before (`H_CLASS`).
    cm1: usize,
    /// Inside a quotation (`H_QUOTED`).
    quoted: usize,
    /// Place in the sentence (`H_POS`).
    pos: usize,
    /// The shapes of the tokens before and after (`H_SHAPE`).
    left: usize,
    right: usize,
    /// A quotation mark, colon or "that" within the next three tokens (`H_AHEAD`).
    ahead: usize,
    /// A quotation mark or comma within the three before (`H_BEHIND`).
    behind: usize,
    /// A subject-like word shortly before (`H_SUBJECT`).
    subject: usize,
}

fn around(doc: &Doc<'_>, ctx: &Context, i: usize, a: usize, b: usize) -> Around {
    let wm1 = i.checked_sub(1).map_or(H_START, |k| ctx.hash(k, a, b));
    let wm2 = i.checked_sub(2).map_or(H_START, |k| ctx.hash(k, a, b));
    let wp1 = ctx.hash(i + 1, a, b);
    let wp2 = ctx.hash(i + 2, a, b);
    let cm1 = if i > a {
        usize::from(ctx.tok[i - 1].class)
    } else {
        CLASS_START
    };
    let quoted = usize::from(ctx.in_quote.get(i).copied().unwrap_or(false));
    let pos = match i - a {
        0 => 0,
        1 => 1,
        2..=4 => 2,
        _ => 3,
    };
    let left = if i > a {
        usize::from(ctx.tok[i - 1].inputs.shape)
    } else {
        SHAPE_START
    };
    let right = if i + 1 < b {
        usize::from(ctx.tok[i + 1].inputs.shape)
    } else {
        SHAPE_END
    };
    // A quotation or a "that"/colon within the next three tokens, or just before.
    let mut ahead = 0;
    for k in i + 1..b.min(i + 4) {
        let tk = doc.tokens[k];
        if tk.is_quote() {
            ahead = 1;
            break;
        }
        if tk.is_punct(':') {
            ahead = 2;
            break;
        }
        if ctx.words[k] == H_THAT && doc.low(k) == "that" {
            ahead = 3;
            break;
        }
    }
    let mut behind = 0;
    for k in (a.max(i.saturating_sub(3))..i).rev() {
        let tk = doc.tokens[k];
        if tk.is_quote() {
            behind = 1;
            break;
        }
        if tk.is_punct(',') {
            behind = 2;
            break;
        }
    }
    // A subject-like word shortly before: a pronoun, a relative pronoun, a name.
    let mut subject = 0;
    for k in (a.max(i.saturating_sub(4))..i).rev() {
        if ctx.tok[k].subject() {
            subject = if ctx.tok[k].class == CLASS_PRON { 2 } else { 3 };
            break;
        }
        if doc.tokens[k].mid_capital() {
            subject = 1;
            break;
        }
        if !doc.tokens[k].is_word() {
            break;
        }
    }
    Around {
        wm1,
        wm2,
        wp1,
        wp2,
        cm1,
        quoted,
        pos,
        left,
        right,
        ahead,
        behind,
        subject,
    }
}

/// The hashed features of token `i` of sentence `a..b` that read its neighbours or its
/// place in the sentence but not the previous tag, in a fixed-size array (no vector to
/// grow or check per feature). Those that read the token alone are [`token_features`].
/// Decoding sums their weights in parts ([`Decoding::emissions`]): a change here must be
/// made there too (a test compares the two).
fn features(doc: &Doc<'_>, ctx: &Context, i: usize, a: usize, b: usize, out: &mut [u64; BASE]) {
    let r = around(doc, ctx, i, a, b);
    let t = &ctx.tok[i].inputs;
    let hw0 = ctx.words[i];
    let hcm1 = H_CLASS[r.cm1];
    let (hhere, hverb, hst) = (
        H_TAG[usize::from(t.here)],
        H_FLAG[usize::from(t.verb)],
        t.stem,
    );
    let hq = H_QUOTED[r.quoted];
    let (hleft, hright) = (H_SHAPE[r.left], H_SHAPE[r.right]);
    let (hahead, hbehind, hsubj) = (H_AHEAD[r.ahead], H_BEHIND[r.behind], H_SUBJECT[r.subject]);
    let c = &ctx.clause[i];
    *out = [
        feat(2, r.wm1, 0),
        feat(3, r.wp1, 0),
        feat(4, r.wm2, 0),
        feat(5, r.wp2, 0),
        feat(6, r.wm1, hw0),
        feat(7, hw0, r.wp1),
        feat(19, hcm1, H_CLASS[usize::from(ctx.tok[i].class)]),
        feat(20, hcm1, hw0),
        feat(21, hq, 0),
        feat(22, hq, hw0),
        feat(23, H_POS[r.pos], 0),
        feat(24, hleft, hright),
        feat(25, hleft, hw0),
        feat(26, hw0, hright),
        feat(29, hahead, 0),
        feat(30, hahead, hhere),
        feat(31, hbehind, 0),
        feat(32, hbehind, hhere),
        feat(33, hbehind, hverb),
        feat(35, hst, hahead),
        feat(36, hst, hbehind),
        feat(37, hsubj, hverb),
        feat(38, hsubj, hst),
        feat(39, r.wm1, r.wp1),
        feat(40, hst, r.wp1),
        // How many reporting verbs of the lexicon the sentence holds, with this word's
        // lexicon tag: a sentence with none still has cues ("support", "in a poll"), one
        // with one rarely has a second.
        feat(41, H_COUNT[usize::from(c.reports)], hhere),
        // Whether a verb came before in the clause, with the stem: the first verb after a
        // subject is where a cue stands ("Graham called both ...").
        feat(42, H_FLAG[usize::from(c.first_verb)], hst),
    ];
}

/// A crude stem: common verb and noun endings removed.
fn stem(w: &str) -> &str {
    for suf in ["ing", "ed", "es", "s"] {
        if let Some(r) = w.strip_suffix(suf)
            && r.len() >= 3
        {
            return r;
        }
    }
    w
}

/// A cue-tagger model read from a weights file, for measuring a freshly trained model
/// without rebuilding (the classifier itself uses the bundled one).
#[derive(Debug)]
pub struct CueModel(CueTagger);

impl CueModel {
    /// Parses a weights file as [`train_cues`] writes it.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        Self(CueTagger::parse(text))
    }

    pub(crate) fn tagger(&self) -> &CueTagger {
        &self.0
    }

    /// The model with another bias towards cues (in 1/100 of a weight).
    #[must_use]
    pub fn with_bias(mut self, bias: i64) -> Self {
        self.0.bias = bias.clamp(-crate::cue_rows::MAX_BIAS, crate::cue_rows::MAX_BIAS);
        self
    }

    /// The byte spans of the cues the model tags in `article`, in text order.
    #[must_use]
    pub fn cues(&self, lex: &Lexicons, article: &Article) -> Vec<(usize, usize)> {
        let doc = Doc::new(article, lex);
        let ctx = Context::new(&doc, &crate::attribution::quote_pairs(&doc));
        let mut out = Vec::new();
        for s in &doc.sents {
            for (a, b) in self.0.tag(&doc, &ctx, s.a, s.b) {
                out.push(doc.span(a, b));
            }
        }
        out
    }
}

/// The cue spans the tagger could at best produce for `cues`: each gold span snapped to
/// the tokens of one sentence it covers (for measuring the tokenization ceiling).
#[doc(hidden)]
#[must_use]
pub fn snapped_cues(
    lex: &Lexicons,
    article: &Article,
    cues: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let doc = Doc::new(article, lex);
    let mut out = Vec::new();
    for &(s, e) in cues {
        let toks: Vec<usize> = (0..doc.tokens.len())
            .filter(|&t| doc.tokens[t].start >= s && doc.tokens[t].end <= e)
            .collect();
        if let (Some(&a), Some(&b)) = (toks.first(), toks.last())
            && doc.sent_of[a] == doc.sent_of[b]
        {
            out.push(doc.span(a, b + 1));
        }
    }
    out
}

/// One training article: the article and the byte spans of its gold cues.
#[derive(Debug, Clone)]
pub struct CueTrainingArticle {
    pub article: Article,
    pub cues: Vec<(usize, usize)>,
}

/// Training options.
#[derive(Debug, Clone, Copy)]
pub struct CueTrainingOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Models trained, each on its own order of the sentences (seeds `seed`, `seed + 1`,
    /// ...); the weights written are their mean.
    pub orders: usize,
    /// Averaged weights smaller than this (in 1/100) are dropped.
    pub prune: i32,
}

impl Default for CueTrainingOptions {
    fn default() -> Self {
        Self {
            epochs: 10,
            seed: 17,
            orders: 3,
            prune: 2,
        }
    }
}

/// Decoding in training, with the floating-point weights being learned. Weights change
/// after every sentence, so nothing is memoised. They are whole numbers (each update adds
/// or takes 1), so their sums are exact in any order.
struct Training<'a>(&'a [[f64; 2]]);

impl Scorer<f64> for Training<'_> {
    fn score(&mut self, feats: &[u64]) -> [f64; 2] {
        let mut s = [0f64; 2];
        for &h in feats {
            let r = &self.0[(h & MASK) as usize];
            s[0] += r[0];
            s[1] += r[1];
        }
        s
    }
}

/// Gold tags of one sentence.
struct Example {
    /// Hash of the sentence's text: the shuffle orders sentences by it, so adding,
    /// dropping or splitting one sentence leaves the others' order as it was.
    key: u64,
    doc: usize,
    a: usize,
    b: usize,
    gold: Vec<usize>,
}

/// Trains the cue tagger on `data` and returns the weights file text, starting with
/// `header` (each of its lines is written as a `#` comment).
#[must_use]
pub fn train_cues(
    lex: &Lexicons,
    data: &[CueTrainingArticle],
    options: CueTrainingOptions,
    header: &str,
) -> String {
    let docs: Vec<Doc<'_>> = data.iter().map(|d| Doc::new(&d.article, lex)).collect();
    let ctxs: Vec<Context> = docs
        .iter()
        .map(|d| Context::new(d, &crate::attribution::quote_pairs(d)))
        .collect();
    let mut examples = Vec::new();
    for (k, (doc, d)) in docs.iter().zip(data).enumerate() {
        let mut tags = vec![O; doc.tokens.len()];
        for &(s, e) in &d.cues {
            let mut first = true;
            for (t, tok) in doc.tokens.iter().enumerate() {
                if tok.start >= s && tok.end <= e && tok.start < e {
                    tags[t] = if first { B } else { I };
                    first = false;
                }
            }
        }
        for s in &doc.sents {
            let text = match (
                doc.tokens.get(s.a),
                s.b.checked_sub(1).and_then(|l| doc.tokens.get(l)),
            ) {
                (Some(first), Some(last)) if s.a < s.b => {
                    doc.text.get(first.start..last.end).unwrap_or("")
                }
                _ => "",
            };
            examples.push(Example {
                key: crate::hedge_weights::hash_name(text),
                doc: k,
                a: s.a,
                b: s.b,
                gold: tags[s.a..s.b].to_vec(),
            });
        }
    }
    let mut mean = vec![[0f64; 2]; BUCKETS];
    let orders = options.orders.max(1);
    for m in 0..orders {
        let averaged = perceptron(
            &docs,
            &ctxs,
            &examples,
            options.epochs,
            options.seed + m as u64,
        );
        for (total, row) in mean.iter_mut().zip(&averaged) {
            total[0] += row[0];
            total[1] += row[1];
        }
    }
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    let _ = writeln!(
        out,
        "# structured averaged perceptron cue tagger (Viterbi): {} epochs, mean of {} \
         models (seeds {} on), {BUCKETS} hashed rows; each line: row index delta, weight of \
         B and of I (O scores 0), in 1/100",
        options.epochs, orders, options.seed
    );
    let mut last = 0usize;
    #[allow(clippy::cast_precision_loss)]
    let orders = orders as f64;
    for (k, row) in mean.iter().enumerate() {
        let avg = |c: usize| row[c] / orders;
        #[allow(clippy::cast_possible_truncation)]
        let q = |x: f64| (x * SCALE).round().clamp(-32000.0, 32000.0) as i32;
        let (bq, iq) = (q(avg(0)), q(avg(1)));
        if bq.abs() < options.prune && iq.abs() < options.prune {
            continue;
        }
        let _ = writeln!(out, "{} {bq} {iq}", k - last);
        last = k;
    }
    out
}

/// One structured averaged perceptron (Collins 2002) over `examples`, `epochs` passes,
/// each in the order of its sentences' keys mixed with `seed` and the epoch; returns the
/// averaged weights of B and I of every row.
fn perceptron(
    docs: &[Doc<'_>],
    ctxs: &[Context],
    examples: &[Example],
    epochs: usize,
    seed: u64,
) -> Vec<[f64; 2]> {
    // Structured averaged perceptron (Collins 2002) with lazy averaging: each sentence is
    // decoded as `tag` decodes it; where the best path differs from the gold one, the
    // features of the gold path's tags gain and those of the predicted path's lose. O has
    // no weights (its score is 0), so a row holds B and I only, as the file stores it.
    let mut w = vec![[0f64; 2]; BUCKETS];
    let mut u = vec![[0f64; 2]; BUCKETS];
    let mut step = 1f64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut base = [0u64; BASE];
    let mut token = [0u64; TOKEN];
    let mut with_prev = [0u64; PREV];
    for epoch in 0..epochs {
        // Sorted by the key mixed with seed and epoch (splitmix64's finaliser); equal
        // sentences keep their article order.
        let salt = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ (epoch as u64).wrapping_mul(0xD1B5_4A32_D192_ED03);
        order.sort_by_key(|&e| (mix(examples[e].key ^ salt), e));
        for &e in &order {
            let ex = &examples[e];
            let (doc, ctx) = (&docs[ex.doc], &ctxs[ex.doc]);
            let predicted = viterbi(doc, ctx, ex.a, ex.b, &mut Training(&w), 0.0);
            if predicted != ex.gold {
                let mut update = |feats: &[u64], tag: usize, by: f64| {
                    if tag == O {
                        return;
                    }
                    for &h in feats {
                        let k = (h & MASK) as usize;
                        w[k][tag - 1] += by;
                        u[k][tag - 1] += by * step;
                    }
                };
                let (mut gp, mut pp) = (O, O);
                for (k, i) in (ex.a..ex.b).enumerate() {
                    let (g, p) = (ex.gold[k], predicted[k]);
                    if (gp, g) != (pp, p) {
                        let t = &ctx.tok[i].inputs;
                        features(doc, ctx, i, ex.a, ex.b, &mut base);
                        token_features(t, &mut token);
                        if g != p {
                            for feats in [&base[..], &token[..]] {
                                update(feats, g, 1.0);
                                update(feats, p, -1.0);
                            }
                        }
                        prev_features(t, gp, &mut with_prev);
                        update(&with_prev, g, 1.0);
                        prev_features(t, pp, &mut with_prev);
                        update(&with_prev, p, -1.0);
                    }
                    (gp, pp) = (g, p);
                }
            }
            step += 1.0;
        }
    }
    w.iter()
        .zip(&u)
        .map(|(w, u)| [w[0] - u[0] / step, w[1] - u[1] / step])
        .collect()
}

/// splitmix64's finaliser: spreads the bits of `x`.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cue_rows::Line;
    use claimsift_core::Article;

    fn article(text: &str) -> Article {
        Article::single_sentence("-", text)
    }

    #[test]
    fn bundled_rows_are_what_the_weights_file_reads() {
        let (bundled, parsed) = (CueTagger::bundled(), CueTagger::parse(BUNDLED));
        assert!(!bundled.empty);
        assert_eq!((bundled.bias, bundled.empty), (parsed.bias, parsed.empty));
        assert!(bundled.rows == parsed.rows);
        assert_eq!(cue_rows::decode(b"not rows"), None);
    }

    #[test]
    fn fast_parse_reads_what_the_general_reading_reads() {
        // The bundled file, a CRLF copy, and lines the fast path must leave alone.
        let crlf = BUNDLED.replace('\n', "\r\n");
        let odd = "bias 7\n# c\n3 +5 6\n1 -0 007\n2 40000 1\n1 2 3 extra\n1 2\t3\n\n1 2 3\r";
        for text in [BUNDLED, crlf.as_str(), odd] {
            let mut rows = vec![[0i16; 2]; BUCKETS];
            let (mut at, mut bias, mut empty) = (0u64, 0, true);
            for line in text.lines() {
                match Line::read(line) {
                    Line::Bias(b) => bias = b,
                    Line::Row(d, b, i) => {
                        at = at.saturating_add(d);
                        if let Some(r) = usize::try_from(at).ok().and_then(|k| rows.get_mut(k)) {
                            *r = [b, i];
                            empty = false;
                        }
                    }
                    Line::Skip => {}
                }
            }
            let fast = CueTagger::parse(text);
            assert_eq!((fast.bias, fast.empty), (bias, empty));
            assert!(fast.rows == rows);
        }
    }

    /// Sums the rows of every feature as listed, with nothing memoised or tabled.
    struct Plain<'a>(&'a [[i16; 2]]);

    impl Scorer<i64> for Plain<'_> {
        fn score(&mut self, feats: &[u64]) -> [i64; 2] {
            let mut s = [0i64; 2];
            for &h in feats {
                let r = self.0[(h & MASK) as usize];
                s[0] += i64::from(r[0]);
                s[1] += i64::from(r[1]);
            }
            s
        }
    }

    #[test]
    fn decoding_sums_what_the_features_sum() {
        let lex = Lexicons::builtin();
        let model = CueTagger::parse(BUNDLED);
        let rows = <&[[i16; 2]; BUCKETS]>::try_from(model.rows.as_slice()).unwrap();
        let text = "\u{201c}We will not back down,\u{201d} Mayor Ana Ruiz told reporters on \
                    Monday: the council, which she leads, said that it had reportedly been \
                    warned. Analysts at the Bank of England caution that growth may slow, and \
                    he thinks so. \"Odd\" 42 $5 -- who? It is said: \"yes\", they argued.";
        let article = crate::tests::article(text);
        let doc = Doc::new(&article, &lex);
        let ctx = Context::new(&doc, &crate::attribution::quote_pairs(&doc));
        let mut memo = TokenMemo::default();
        memo.serve(model.id);
        // Twice: the second time the token scores come from the memo.
        for _ in 0..2 {
            for s in &doc.sents {
                for (a, b) in [(s.a, s.b), (s.a + 1, s.b), (s.a, s.b - 1)] {
                    let mut fast = Decoding {
                        rows,
                        tables: &model.tables,
                        memo: &mut memo,
                    };
                    let got = fast.emissions(&doc, &ctx, a, b);
                    let want = Plain(&model.rows).emissions(&doc, &ctx, a, b);
                    assert!(got == want, "tokens {a}..{b}");
                }
            }
        }
        assert!(doc.sents.len() > 3);
    }

    #[test]
    fn tag_names_are_the_hedge_categories_names() {
        use claimsift_core::HedgeCategory as C;
        for c in [
            C::Modal,
            C::EpistemicVerb,
            C::EpistemicAdverb,
            C::Reportive,
            C::Conditional,
            C::Expectation,
            C::Weasel,
        ] {
            assert_eq!(TAGS[usize::from(tag_name(Tag::Hedge(c), 1))], c.as_str());
        }
        assert_eq!(
            tag_name(Tag::Hedge(C::Evidential), 1),
            tag_name(Tag::Hedge(C::EpistemicVerb), 1)
        );
    }

    #[test]
    fn bundled_model_tags_a_reporting_verb() {
        let lex = Lexicons::builtin();
        let a = article("The minister said the bridge would reopen.");
        let cues = CueModel(CueTagger::parse(BUNDLED)).cues(&lex, &a);
        let words: Vec<&str> = cues.iter().map(|&(s, e)| &a.text[s..e]).collect();
        assert_eq!(words, ["said"]);
    }

    #[test]
    fn damaged_weights_give_a_weaker_model_not_a_panic() {
        let lex = Lexicons::builtin();
        let m = CueModel::parse("# header\nbias x\n1 2\nfoo bar baz\n99999999999 1 1\n3 -7 9\n");
        let _ = m.cues(&lex, &article("\u{201c}Odd,\u{201d} she said: \u{2014} ok"));
        assert!(
            CueModel::parse("")
                .cues(&lex, &article("He said so."))
                .is_empty()
        );
    }

    #[test]
    fn training_is_deterministic_and_learns_its_examples() {
        let lex = Lexicons::builtin();
        let text = "Officials argued the plan failed. The plan failed.";
        let data = vec![CueTrainingArticle {
            article: Article::single_sentence("-", text),
            cues: vec![(10, 16)],
        }];
        let options = CueTrainingOptions {
            epochs: 3,
            ..CueTrainingOptions::default()
        };
        let a = train_cues(&lex, &data, options, "test");
        let b = train_cues(&lex, &data, options, "test");
        assert_eq!(a, b);
        assert!(a.starts_with("# test\n"));
        let cues = CueModel::parse(&a).cues(&lex, &data[0].article);
        assert_eq!(cues, [(10, 16)]);
    }
}
