//! Hedging: cues that make a claim less than certain, and negations (recorded apart).
//!
//! Cues come from `hedge_cues.txt`, less the uses that do not make a claim uncertain
//! ([`not_a_hedge`]), plus five rules:
//! - any form of "be" + a word of expectation + "to" + a verb is an expectation
//!   ([`expectation`]; a rule rather than lexicon entries, because the cue tagger reads
//!   lexicon tags and every new entry would move it);
//! - a verb of forecasting ("expects", "predict") is an epistemic verb
//!   ([`forecasts`]);
//! - "should", "had" or "were" opening a condition by inversion ("Should talks fail, ...")
//!   is a conditional ([`Doc::inverted_condition`]);
//! - a quantifier before an unnamed group ("some observers", "many experts") is a weasel;
//! - an attribution from an unnamed group through an epistemic verb ("analysts caution") is
//!   one weasel cue spanning both.

use claimsift_core::{HedgeCategory, HedgeCue, TextSpan};

use crate::doc::{
    Doc, is_determiner, is_irregular_participle, is_preposition, is_pronoun, is_scheduled_verb,
    is_subordinator,
};
use crate::lexicon::{Tag, TimeKind};
use crate::tokens::TokenKind;

/// Hedge cues and negations in tokens `a..b`, in text order.
pub(crate) fn find(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    out: &mut Vec<HedgeCue>,
    neg: &mut Vec<TextSpan>,
) {
    let mut i = a;
    while i < b {
        let w = doc.low(i);
        let mut next = i + 1;
        if doc.tokens[i].is_word() {
            if matches!(w, "should" | "had" | "were") && doc.inverted_condition(i) {
                push_cue(doc, i, i + 1, HedgeCategory::Conditional, out);
            } else if let Some(m) = doc.find(i, |t| matches!(t, Tag::Hedge(_))) {
                if i + m.len <= b
                    && let Tag::Hedge(cat) = m.tag
                    && !not_a_hedge(doc, i, m.len, b, cat)
                {
                    push_cue(doc, i, i + m.len, cat, out);
                    next = i + m.len;
                }
            } else if let Some(len) = expectation(doc, i, b) {
                push_cue(doc, i, i + len, HedgeCategory::Expectation, out);
                next = i + len;
            } else if forecasts(doc, i) {
                push_cue(doc, i, i + 1, HedgeCategory::EpistemicVerb, out);
            } else if crate::doc::is_group_quantifier(w)
                && i + 1 < b
                && doc
                    .find(i + 1, |t| t == Tag::Vague)
                    .is_some_and(|m| i + 1 + m.len <= b)
            {
                push_cue(doc, i, i + 2, HedgeCategory::Weasel, out);
                next = i + 2;
            }
            if let Some(m) = doc.find(i, |t| t == Tag::Negation) {
                if i + m.len <= b {
                    let (s, e) = doc.span(i, i + m.len);
                    if let Some(ts) = TextSpan::of(doc.text, claimsift_core::Span::new(s, e)) {
                        neg.push(ts);
                    }
                }
            } else if w.ends_with("n't") || w.ends_with("n’t") {
                let t = doc.tokens[i];
                let cut = if w.ends_with("n't") { 3 } else { 5 };
                let s = t.end.saturating_sub(cut);
                if let Some(ts) = TextSpan::of(doc.text, claimsift_core::Span::new(s, t.end)) {
                    neg.push(ts);
                }
            }
        }
        i = next.max(i + 1);
    }
}

/// A verb of forecasting in the present ("analysts expect", "the bank predicts",
/// "economists anticipate"): what it governs is a belief about the future. A rule rather
/// than lexicon entries, like [`expectation`]: entries would move the cue tagger (tried:
/// cross-validated source and content overlap F1 fell 0.002 and 0.003).
/// Not after a determiner (a noun), "to" or a modal ("the best way to predict", "as
/// one would expect": no one's forecast).
pub(crate) fn forecasts(doc: &Doc<'_>, i: usize) -> bool {
    if !matches!(
        doc.low(i),
        "expect" | "expects" | "predict" | "predicts" | "anticipate" | "anticipates"
    ) {
        return false;
    }
    let before = if i > 0 { doc.low(i - 1) } else { "" };
    !is_determiner(before)
        && !matches!(
            before,
            "to" | "can" | "could" | "would" | "will" | "may" | "might" | "should" | "best"
        )
}

/// An expectation the lexicon does not list word for word: any form of "be", perhaps an
/// adverb, a participle or adjective of expectation and "to" before a verb ("are projected
/// to rise", "was now set to close", "were forecast to fall"). Returns its length in tokens.
fn expectation(doc: &Doc<'_>, i: usize, b: usize) -> Option<usize> {
    let low = |k: usize| doc.low_before(k, b);
    if !matches!(
        low(i),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s"
    ) {
        return None;
    }
    let mut k = i + 1;
    if matches!(
        low(k),
        "now" | "still" | "also" | "widely" | "currently" | "already"
    ) {
        k += 1;
    }
    let expects = matches!(
        low(k),
        "expected"
            | "set"
            | "poised"
            | "likely"
            | "due"
            | "projected"
            | "forecast"
            | "predicted"
            | "slated"
            | "tipped"
    );
    (expects && low(k + 1) == "to" && k + 2 < b && !to_before_noun_phrase(doc, k + 2))
        .then_some(k + 2 - i)
}

/// True when the cue ending before token `next` ends in "to" and a noun phrase follows
/// ("is due to the weather", "is set to 20 degrees"; after "due", any word but a
/// scheduled verb, [`is_scheduled_verb`]): "to" is then a preposition, and the cue is no
/// expectation ("is due to arrive" is one).
fn to_before_noun_phrase(doc: &Doc<'_>, next: usize) -> bool {
    if next == 0 || doc.low(next - 1) != "to" {
        return false;
    }
    let Some(t) = doc.tokens.get(next) else {
        return false;
    };
    let w = doc.low(next);
    if next >= 2 && doc.low(next - 2) == "due" {
        // "is due to" takes a noun far more often than "is expected to" does ("is due
        // to refusals"): only a scheduled verb makes it an expectation.
        return !is_scheduled_verb(w);
    }
    t.kind == TokenKind::Number || t.mid_capital() || is_determiner(w)
}

/// True when a lexicon cue at token `i` (`len` tokens, in a claim ending before token
/// `b`) does not make the claim less than certain, read from its construction:
/// - a one-word cue that begins a noun ("think tank", [`noun_compound`]);
/// - an expectation ending in "to" before a noun phrase ("is due to the storm",
///   [`to_before_noun_phrase`]);
/// - "could" negated ("the company could not be reached") denies an ability or a
///   possibility; it does not hedge — but "could not rule out" does.
/// - "may" with a passive after a subject that names nothing particular ("Samples may be
///   stored frozen", "Forms may also be completed online") states what can be done — a
///   rule or a method — not a guess about something that will happen. A subject with a
///   determiner, a pronoun or a name ("the vote may be delayed", "a second vote may be
///   held"), a subject in a reported clause ("officials warned that schools may be
///   closed"), or a day, month or relative time after the verb ("schools may be closed on
///   Monday", not "for a year") keeps the
///   hedge: news uses "a" for particular events as often as for kinds. "may be used"
///   says what a thing serves for, whatever its subject ("the test may also be used to
///   diagnose a defect", "the grant may be used for repairs"), unless a time follows (in
///   the Wikipedia sentences scored for hedging, none of the 13 with "may be used" is
///   uncertain).
/// - "even if" concedes and "as if" compares; other conditions hedge, whatever the tense
///   ("if convicted, he faces ten years" does not assert that he faces them).
/// - "whether" in "regardless of whether", "whether or not" or "whether it be X or Y"
///   concedes.
/// - "plan to" and "plans to" after a determiner, a possessive or a preposition, or
///   opening the sentence, are a noun ("the plan to widen the road was approved", "Plans
///   to close the school"): what is planned is not the claim ([`plan_is_a_noun`]).
/// - "apparent" in "no apparent reason" or "heir apparent" doubts nothing.
/// - "considered" after "being", before "for" or "by", or ending the clause ("changes were
///   being considered") is weighing, not holding an opinion.
/// - "likely" after "more", "less", "as" or "equally" and before "to", "than" or "as"
///   compares rates ("twice as likely to develop asthma"): the claim states the comparison.
pub(crate) fn not_a_hedge(
    doc: &Doc<'_>,
    i: usize,
    len: usize,
    b: usize,
    cat: HedgeCategory,
) -> bool {
    let low = |k: usize| doc.low_before(k, b);
    if noun_compound(doc, i, len, b) {
        return true;
    }
    match (cat, low(i)) {
        (HedgeCategory::Expectation, "plan" | "plans") => {
            to_before_noun_phrase(doc, i + len) || plan_is_a_noun(doc, i)
        }
        (HedgeCategory::Expectation, _) => to_before_noun_phrase(doc, i + len),
        (HedgeCategory::Modal, "could") if len == 1 => {
            matches!(low(i + 1), "not" | "never")
                && !(low(i + 2) == "rule" || (low(i + 2) == "be" && low(i + 3) == "ruled"))
        }
        (HedgeCategory::Modal, "may") if len == 1 => {
            let mut k = i + 1;
            while matches!(
                low(k),
                "also" | "only" | "then" | "still" | "often" | "sometimes"
            ) {
                k += 1;
            }
            low(k) == "be"
                && doc.tokens.get(k + 1).is_some_and(|t| t.is_word() && !t.cap)
                && is_participle(low(k + 1))
                && (generic_subject(doc, i) || low(k + 1) == "used")
                && !((k + 2)..b).any(|t| {
                    doc.find(t, |tag| {
                        matches!(
                            tag,
                            Tag::Time(TimeKind::Month | TimeKind::Weekday | TimeKind::Relative)
                        )
                    })
                    .is_some()
                })
        }
        // "the suspect fled", "no doubt", "the estimates show", "the city's own
        // estimates": a noun after a determiner, a possessive or "own", not a verb of
        // belief ("some suspect that ..." stays one).
        (
            HedgeCategory::EpistemicVerb,
            "suspect" | "suspects" | "doubt" | "estimate" | "estimates" | "caution",
        ) if len == 1 => {
            i > 0
                // "have urged caution", "with caution": a noun after a verb or preposition.
                && ((low(i) == "caution"
                    && (doc.is_verbish(i - 1) || is_preposition(low(i - 1))))
                    || (is_determiner(low(i - 1))
                    && !matches!(low(i - 1), "that" | "those" | "some" | "any"))
                    || low(i - 1) == "own"
                    || doc.is_possessive(i - 1))
        }
        // "for no apparent reason", "the heir apparent": no doubt about the claim.
        (HedgeCategory::EpistemicAdverb, "apparent") => {
            i > 0 && matches!(low(i - 1), "no" | "heir")
        }
        // "twice as likely to develop asthma", "less likely than men": a comparison of
        // rates that the claim states, not doubt about it ("as likely as not", "see a cut
        // as likely" and "it is more likely that" doubt).
        (HedgeCategory::EpistemicAdverb, "likely" | "unlikely") if len == 1 => {
            i > 0
                && matches!(low(i - 1), "more" | "less" | "as" | "equally")
                && matches!(low(i + 1), "to" | "than" | "as")
                && !(low(i + 1) == "as" && low(i + 2) == "not")
        }
        // "some 300 villages" (an approximate number), "some kind of", "to some extent",
        // "several times", "many years": a quantity, not an unnamed group.
        (HedgeCategory::Weasel, "some" | "several" | "many") if len == 1 => {
            let next = doc.tokens.get(i + 1).filter(|_| i + 1 < b);
            (low(i) == "some" && next.is_some_and(|t| t.kind == TokenKind::Number))
                || (low(i) == "some"
                    && matches!(low(i + 1), "kind" | "sort" | "form" | "type")
                    && low(i + 2) == "of")
                || (low(i) == "some"
                    && i > 0
                    && matches!(low(i - 1), "to" | "in")
                    && matches!(low(i + 1), "extent" | "degree" | "respects" | "ways"))
                || matches!(
                    low(i + 1),
                    "times" | "hours" | "days" | "weeks" | "months" | "years" | "decades"
                )
                // "how many homes were lost" asks the number; "as many as 300", "twice as
                // many votes" bound or compare one.
                || (low(i) == "many" && i > 0 && matches!(low(i - 1), "how" | "as"))
        }
        // "prescribing it widely", "prices vary widely in": how the thing is done, not who
        // holds a view ("widely believed", "widely used" stay; "vary widely across" was
        // uncertain to the Wikipedia annotators).
        (HedgeCategory::Weasel, "widely") if len == 1 => doc
            .tokens
            .get(i + 1)
            .filter(|_| i + 1 < b)
            .is_none_or(|t| !t.is_word() || is_preposition(low(i + 1))),
        // "changes were being considered", "considered for the post": weighed, not
        // held to be.
        (HedgeCategory::Weasel, "considered") if len == 1 => {
            (i > 0 && low(i - 1) == "being")
                || matches!(low(i + 1), "for" | "by" | "" | "." | ";" | "?" | "!")
        }
        (HedgeCategory::Conditional, "if") => {
            i > 0 && (matches!(low(i - 1), "even" | "as") || asks(doc, i))
        }
        (HedgeCategory::Conditional, "whether") => {
            asks(doc, i)
                || (i > 1 && low(i - 1) == "of" && low(i - 2) == "regardless")
                || (low(i + 1) == "or" && low(i + 2) == "not")
                || (matches!(low(i + 1), "it" | "they" | "this" | "that") && low(i + 2) == "be")
        }
        _ => false,
    }
}

/// True when the "if" or "whether" at token `i` opens what a verb of asking asks ("he
/// asked if the mayor would resign", "reporters asked her whether talks had stalled"): a
/// question reported, not a condition on the claim. Up to two words of object may stand
/// between ("asked the minister whether").
fn asks(doc: &Doc<'_>, i: usize) -> bool {
    let start = doc.sent(i).map_or(0, |s| s.a);
    (i.saturating_sub(3).max(start)..i).any(|k| {
        matches!(
            doc.low(k),
            "ask" | "asks" | "asked" | "asking" | "inquire" | "inquired" | "enquired" | "queried"
        ) && (k + 1..i).all(|j| doc.tokens[j].is_word() && !doc.is_verbish(j))
    })
}

/// True when the "plan" or "plans" at token `i` is a noun: it opens its sentence, or a
/// determiner (not "that", which may be a relative pronoun: "a firm that plans to"), a
/// possessive ("the council's plan to") or a preposition ("opposition to plans to") comes
/// before it.
fn plan_is_a_noun(doc: &Doc<'_>, i: usize) -> bool {
    if doc.sent(i).is_some_and(|s| s.a == i) {
        return true;
    }
    let Some(k) = i.checked_sub(1) else {
        return true;
    };
    let w = doc.low(k);
    (is_determiner(w) && w != "that")
        || w.ends_with("'s")
        || w.ends_with("’s")
        || matches!(
            w,
            "of" | "about"
                | "with"
                | "for"
                | "on"
                | "over"
                | "against"
                | "amid"
                | "to"
                | "under"
                | "new"
                | "latest"
        )
}

/// A past participle by its form: a regular one ("used", "stored") or an irregular one
/// ([`is_irregular_participle`]).
fn is_participle(w: &str) -> bool {
    (w.len() >= 4 && w.ends_with("ed")) || is_irregular_participle(w)
}

/// True when the subject of the "may" at token `i` names nothing particular: going back
/// to the start of its clause (the sentence's start, a punctuation mark, a verb, a
/// subordinator or "that"), no determiner but a quantifier ("some", "any", "each"...), no
/// pronoun and no capitalised name (a sentence's first word aside).
fn generic_subject(doc: &Doc<'_>, i: usize) -> bool {
    let start = doc.sent(i).map_or(0, |s| s.a);
    let mut k = i;
    while k > start {
        k -= 1;
        let t = doc.tokens[k];
        let w = doc.low(k);
        if !t.is_word() {
            return true;
        }
        if w == "that" || is_subordinator(w) {
            // A clause reported or governed by a verb before it ("officials warned that
            // schools may be closed") has a subject the speaker has in mind; a relative
            // clause after a bare noun ("methods that work may be used") does not.
            return !(start..k).any(|j| doc.is_verbish(j));
        }
        if doc.is_verbish(k) {
            // A reported clause ("officials warned [that] schools may be closed"): the
            // subject is a particular one the speaker has in mind.
            return false;
        }
        if (is_determiner(w) && !matches!(w, "some" | "any" | "every" | "each" | "no"))
            || is_pronoun(w)
            || t.mid_capital()
        {
            return false;
        }
    }
    true
}

/// A one-word cue that is the first half of a noun ("think tank", "guess work"): no cue.
fn noun_compound(doc: &Doc<'_>, i: usize, len: usize, b: usize) -> bool {
    len == 1
        && i + 1 < b
        && matches!(
            (doc.low(i), doc.low(i + 1)),
            ("think", "tank" | "tanks" | "tank's" | "piece" | "pieces")
        )
}

fn push_cue(doc: &Doc<'_>, a: usize, b: usize, category: HedgeCategory, out: &mut Vec<HedgeCue>) {
    let (start, end) = doc.span(a, b);
    if let Some(text) = doc.text.get(start..end) {
        out.push(HedgeCue {
            text: text.to_owned(),
            start,
            end,
            category,
        });
    }
}

/// Sorts cues, drops those inside a longer cue, and removes duplicates.
pub(crate) fn tidy(cues: &mut Vec<HedgeCue>) {
    cues.sort_by(|x, y| {
        (x.start, std::cmp::Reverse(x.end), x.category).cmp(&(
            y.start,
            std::cmp::Reverse(y.end),
            y.category,
        ))
    });
    let mut kept: Vec<HedgeCue> = Vec::with_capacity(cues.len());
    for c in cues.drain(..) {
        if kept.iter().any(|k| k.start <= c.start && c.end <= k.end) {
            continue;
        }
        kept.push(c);
    }
    *cues = kept;
}
