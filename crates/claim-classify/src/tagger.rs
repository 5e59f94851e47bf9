//! The learned attribution-cue tagger: an averaged perceptron over hashed token features,
//! tagging each token of a sentence O, B (first word of a cue) or I (inside a cue), left to
//! right, greedily.
//!
//! PolNeAR's cues are too varied for a word list ("reserved his most eloquent passion
//! for"), so which words are a cue is learned; who the source is and what the content is
//! stay rules (`attribution`), which makes every relation explainable: its cue span is the
//! run of words the tagger marked, and [`CueTagger::explain`] names the features that fired
//! most for it.
//!
//! Features are what the project defines here: the lower-case word and its neighbours,
//! suffixes, shape, capitalisation, the lexicon tags of the word (reporting verb kinds,
//! hedge categories, vague and document nouns), verb-ness, closed-class words before it,
//! whether it lies inside a quotation and what punctuation is next to it, and the previous
//! tag. Each feature is hashed (FNV-1a, fixed) into one of [`BUCKETS`] rows; a row holds
//! the weights of B and I relative to O (the weight of O is folded into them, which leaves
//! every decision unchanged), so only two numbers a row are stored.
//!
//! Training ([`train_cues`]) is deterministic: fixed epochs, a seeded shuffle of the
//! sentences, integer-rounded averaged weights, rows written in index order.

use std::fmt::Write as _;
use std::sync::OnceLock;

use claimsift_core::Article;

use crate::doc::{Doc, is_aux, is_determiner, is_modal, is_pronoun};
use crate::lexicon::{Lexicons, ReportKind, Tag};
use crate::tokens::TokenKind;

/// Hash rows of the model.
pub const BUCKETS: usize = 1 << 20;
const MASK: u64 = (BUCKETS as u64) - 1;
/// Weights are stored as integers of this many units per 1.0.
const SCALE: f64 = 100.0;

const O: usize = 0;
const B: usize = 1;
const I: usize = 2;

/// The bundled model (`claimsift train attribution` writes it).
const BUNDLED: &str = include_str!("../../../config/model/attribution.weights");

/// A cue tagger: `rows[h] = [B - O, I - O]` weights, in units of 1/100.
pub(crate) struct CueTagger {
    rows: Vec<[i32; 2]>,
    empty: bool,
}

impl std::fmt::Debug for CueTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CueTagger")
            .field("empty", &self.empty)
            .finish_non_exhaustive()
    }
}

impl CueTagger {
    /// The bundled model, parsed once.
    pub(crate) fn bundled() -> &'static CueTagger {
        static MODEL: OnceLock<CueTagger> = OnceLock::new();
        MODEL.get_or_init(|| CueTagger::parse(BUNDLED))
    }

    /// Parses a weights file; lines that do not parse are skipped, so a damaged file gives
    /// a weaker model, never a panic.
    pub(crate) fn parse(text: &str) -> CueTagger {
        let mut rows = vec![[0i32; 2]; BUCKETS];
        let mut empty = true;
        let mut at: u64 = 0;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut it = line.split(' ');
            let (Some(d), Some(b), Some(i)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let (Ok(d), Ok(b), Ok(i)) = (d.parse::<u64>(), b.parse::<i32>(), i.parse::<i32>())
            else {
                continue;
            };
            at = at.saturating_add(d);
            if let Some(r) = usize::try_from(at).ok().and_then(|k| rows.get_mut(k)) {
                *r = [b, i];
                empty = false;
            }
        }
        CueTagger { rows, empty }
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
        if self.empty {
            return out;
        }
        let mut feats = Vec::with_capacity(48);
        let mut prev = O;
        let mut open: Option<usize> = None;
        for i in a..b {
            features(doc, ctx, i, a, b, prev, &mut feats);
            let mut s = [0i64; 3];
            for &h in &feats {
                let r = self.rows[(h & MASK) as usize];
                s[B] += i64::from(r[0]);
                s[I] += i64::from(r[1]);
            }
            let tag = best(s, prev);
            if tag != I
                && let Some(o) = open.take()
            {
                out.push((o, i));
            }
            if tag == B {
                open = Some(i);
            }
            prev = tag;
        }
        if let Some(o) = open {
            out.push((o, b));
        }
        // Punctuation at either end of a cue of words is not part of it ("said:" is the
        // verb; a colon alone stays a cue).
        for (s, e) in &mut out {
            while *e > *s + 1 && doc.tokens[*e - 1].kind == TokenKind::Punct {
                *e -= 1;
            }
            while *e > *s + 1 && doc.tokens[*s].kind == TokenKind::Punct {
                *s += 1;
            }
        }
        out
    }
}

/// The best tag; I only continues a cue.
fn best(s: [i64; 3], prev: usize) -> usize {
    let mut t = O;
    if s[B] > s[t] {
        t = B;
    }
    if prev != O && s[I] > s[t] {
        t = I;
    }
    t
}

/// What the features of a document need beyond its tokens: which tokens lie inside a
/// quotation.
pub(crate) struct Context {
    in_quote: Vec<bool>,
}

impl Context {
    pub(crate) fn new(doc: &Doc<'_>, quote_pairs: &[(usize, usize)]) -> Self {
        let mut in_quote = vec![false; doc.tokens.len()];
        for &(o, c) in quote_pairs {
            for q in in_quote.iter_mut().take(c).skip(o + 1) {
                *q = true;
            }
        }
        Self { in_quote }
    }
}

const FNV: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// One feature: a template number and up to two string parts.
fn feat(template: u8, x: &str, y: &str) -> u64 {
    let h = fnv(FNV, &[template]);
    let h = fnv(h, x.as_bytes());
    let h = fnv(h, &[0xff]);
    let h = fnv(h, y.as_bytes());
    // Final mix, so nearby templates spread over the table.
    let mut z = h ^ (h >> 31);
    z = z.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z ^ (z >> 29)
}

fn low<'d>(doc: &'d Doc<'_>, i: usize, back: usize, ahead: usize, a: usize, b: usize) -> &'d str {
    let Some(k) = (i + ahead).checked_sub(back) else {
        return "<s>";
    };
    if k < a {
        "<s>"
    } else if k >= b {
        "</s>"
    } else {
        doc.low(k)
    }
}

fn shape(doc: &Doc<'_>, i: usize) -> &'static str {
    let t = doc.tokens[i];
    match t.kind {
        TokenKind::Number => "9",
        TokenKind::Symbol => "$",
        TokenKind::Punct => {
            if t.is_quote() {
                "q"
            } else {
                "."
            }
        }
        TokenKind::Word => {
            let w = &doc.text[t.start..t.end];
            if t.cap && w.chars().skip(1).any(char::is_uppercase) {
                "AA"
            } else if t.cap && t.initial {
                "^Aa"
            } else if t.cap {
                "Aa"
            } else {
                "a"
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

fn lex_tags(doc: &Doc<'_>, i: usize) -> (&'static str, &'static str) {
    // (tag of an entry starting here, tag of an entry covering this token from before)
    let mut here = "";
    for m in doc.at(i) {
        let name = tag_name(m.tag, m.len);
        if !name.is_empty() {
            here = name;
            break;
        }
    }
    let mut inside = "";
    for back in 1..4 {
        let Some(j) = i.checked_sub(back) else { break };
        if let Some(m) = doc.at(j).iter().find(|m| m.len > back) {
            let name = tag_name(m.tag, m.len);
            if !name.is_empty() {
                inside = name;
                break;
            }
        }
    }
    (here, inside)
}

fn tag_name(t: Tag, len: usize) -> &'static str {
    match (t, len > 1) {
        (Tag::Report(ReportKind::Speech), false) => "speech",
        (Tag::Report(ReportKind::Speech), true) => "speech+",
        (Tag::Report(ReportKind::Stance), _) => "stance",
        (Tag::Report(ReportKind::According), _) => "according",
        (Tag::Report(ReportKind::Agentless), _) => "agentless",
        (Tag::Hedge(c), _) => c.as_str(),
        (Tag::Vague, _) => "vague",
        (Tag::DocumentNoun, _) => "document",
        (Tag::Opinion, _) => "opinion",
        _ => "",
    }
}

fn class(w: &str) -> &'static str {
    if is_aux(w) {
        "aux"
    } else if is_modal(w) {
        "modal"
    } else if is_pronoun(w) {
        "pron"
    } else if is_determiner(w) {
        "det"
    } else if matches!(w, "who" | "which" | "whom") {
        "rel"
    } else if matches!(w, "not" | "n't" | "never") {
        "neg"
    } else {
        ""
    }
}

/// The hashed features of token `i` of sentence `a..b`, given the previous tag.
fn features(
    doc: &Doc<'_>,
    ctx: &Context,
    i: usize,
    a: usize,
    b: usize,
    prev: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let w0 = doc.low(i);
    let wm1 = low(doc, i, 1, 0, a, b);
    let wm2 = low(doc, i, 2, 0, a, b);
    let wp1 = low(doc, i, 0, 1, a, b);
    let wp2 = low(doc, i, 0, 2, a, b);
    let pt = ["O", "B", "I"][prev];
    out.push(feat(0, "", ""));
    out.push(feat(1, w0, ""));
    out.push(feat(2, wm1, ""));
    out.push(feat(3, wp1, ""));
    out.push(feat(4, wm2, ""));
    out.push(feat(5, wp2, ""));
    out.push(feat(6, wm1, w0));
    out.push(feat(7, w0, wp1));
    out.push(feat(8, suffix(w0, 3), ""));
    out.push(feat(9, suffix(w0, 2), ""));
    let sh = shape(doc, i);
    out.push(feat(10, sh, ""));
    out.push(feat(11, pt, ""));
    out.push(feat(12, pt, w0));
    out.push(feat(13, pt, sh));
    let (here, inside) = lex_tags(doc, i);
    out.push(feat(14, here, ""));
    out.push(feat(15, inside, ""));
    out.push(feat(16, here, pt));
    out.push(feat(17, inside, pt));
    let verb = if doc.is_verbish(i) { "v" } else { "" };
    out.push(feat(18, verb, ""));
    let cm1 = if i > a { class(wm1) } else { "<s>" };
    out.push(feat(19, cm1, class(w0)));
    out.push(feat(20, cm1, w0));
    let q = if ctx.in_quote.get(i).copied().unwrap_or(false) {
        "in"
    } else {
        "out"
    };
    out.push(feat(21, q, ""));
    out.push(feat(22, q, w0));
    let pos = match i - a {
        0 => "0",
        1 => "1",
        2..=4 => "2-4",
        _ => "5+",
    };
    out.push(feat(23, pos, ""));
    let left = if i > a { shape(doc, i - 1) } else { "<s>" };
    let right = if i + 1 < b { shape(doc, i + 1) } else { "</s>" };
    out.push(feat(24, left, right));
    out.push(feat(25, left, w0));
    out.push(feat(26, w0, right));
    let name = if doc.name_at(i).is_some() { "n" } else { "" };
    out.push(feat(27, name, sh));
    out.push(feat(28, suffix(w0, 3), pt));
    // A quotation or a "that"/colon within the next three tokens, or just before.
    let mut ahead = "";
    for k in i + 1..b.min(i + 4) {
        let t = doc.tokens[k];
        if t.is_quote() {
            ahead = "q";
            break;
        }
        if t.is_punct(':') {
            ahead = ":";
            break;
        }
        if doc.low(k) == "that" {
            ahead = "that";
            break;
        }
    }
    out.push(feat(29, ahead, ""));
    out.push(feat(30, ahead, here));
    let mut behind = "";
    for k in (a.max(i.saturating_sub(3))..i).rev() {
        let t = doc.tokens[k];
        if t.is_quote() {
            behind = "q";
            break;
        }
        if t.is_punct(',') {
            behind = ",";
            break;
        }
    }
    out.push(feat(31, behind, ""));
    out.push(feat(32, behind, here));
    out.push(feat(33, behind, verb));
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
    /// Averaged weights smaller than this (in 1/100) are dropped.
    pub prune: i32,
}

impl Default for CueTrainingOptions {
    fn default() -> Self {
        Self {
            epochs: 6,
            seed: 17,
            prune: 2,
        }
    }
}

/// Gold tags of one sentence.
struct Example {
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
            examples.push(Example {
                doc: k,
                a: s.a,
                b: s.b,
                gold: tags[s.a..s.b].to_vec(),
            });
        }
    }
    // Averaged perceptron with lazy averaging: w, the sum of updates times their step.
    let mut w = vec![[0f64; 3]; BUCKETS];
    let mut u = vec![[0f64; 3]; BUCKETS];
    let mut step = 1f64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = options.seed | 1;
    let mut feats = Vec::with_capacity(48);
    for _ in 0..options.epochs {
        // Fisher–Yates with xorshift64: the same order for the same seed.
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let j = (rng % (k as u64 + 1)) as usize;
            order.swap(k, j);
        }
        for &e in &order {
            let ex = &examples[e];
            let doc = &docs[ex.doc];
            let mut prev = O;
            for i in ex.a..ex.b {
                let g = ex.gold[i - ex.a];
                features(doc, &ctxs[ex.doc], i, ex.a, ex.b, prev, &mut feats);
                let mut s = [0f64; 3];
                for &h in &feats {
                    let r = &w[(h & MASK) as usize];
                    for c in 0..3 {
                        s[c] += r[c];
                    }
                }
                let mut p = O;
                if s[B] > s[p] {
                    p = B;
                }
                if prev != O && s[I] > s[p] {
                    p = I;
                }
                if p != g {
                    for &h in &feats {
                        let k = (h & MASK) as usize;
                        w[k][g] += 1.0;
                        w[k][p] -= 1.0;
                        u[k][g] += step;
                        u[k][p] -= step;
                    }
                }
                step += 1.0;
                // Teacher forcing: the next token sees the gold tag.
                prev = g;
            }
        }
    }
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    let _ = writeln!(
        out,
        "# averaged perceptron cue tagger: {} epochs, seed {}, {BUCKETS} hashed rows; \
         each line: row index delta, weight of B and of I relative to O, in 1/100",
        options.epochs, options.seed
    );
    let mut last = 0usize;
    for k in 0..BUCKETS {
        let avg = |c: usize| w[k][c] - u[k][c] / step;
        let o = avg(O);
        #[allow(clippy::cast_possible_truncation)]
        let q = |x: f64| ((x - o) * SCALE).round() as i32;
        let (bq, iq) = (q(avg(B)), q(avg(I)));
        if bq.abs() < options.prune && iq.abs() < options.prune {
            continue;
        }
        let _ = writeln!(out, "{} {bq} {iq}", k - last);
        last = k;
    }
    out
}
