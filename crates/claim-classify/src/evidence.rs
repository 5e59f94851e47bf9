//! Evidence: the spans inside a clause that make it checkable (numbers, dates, named
//! actors, factual predicates, ...) or count against it (opinion markers, questions).

use claimsift_core::{Evidence, EvidenceKind};

use crate::doc::{
    Doc, is_aux, is_determiner, is_function_word, is_modal, is_preposition, is_scheduled_verb,
};
use crate::lexicon::{CueKind, ReportKind, Tag, TimeKind};
use crate::tokens::TokenKind;

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₽')
}

fn is_scale(w: &str) -> bool {
    matches!(
        w,
        "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "bn"
            | "m"
            | "k"
            | "mn"
            | "tn"
            | "hundred"
    )
}

fn is_currency_word(w: &str) -> bool {
    matches!(
        w,
        "dollars"
            | "dollar"
            | "euros"
            | "euro"
            | "pounds"
            | "sterling"
            | "yen"
            | "yuan"
            | "rupees"
            | "roubles"
            | "rubles"
            | "francs"
            | "pesos"
            | "usd"
            | "eur"
            | "gbp"
            | "cents"
            | "pence"
    )
}

/// A superlative: a word of six letters or more in "-est" that is none of the nouns and
/// verbs [`is_superlative_exception`] lists ("largest", "highest", not "interest").
pub(crate) fn is_superlative(w: &str) -> bool {
    w.len() > 5 && w.ends_with("est") && !is_superlative_exception(w)
}

fn is_superlative_exception(w: &str) -> bool {
    matches!(
        w,
        "interest"
            | "protest"
            | "request"
            | "forest"
            | "contest"
            | "harvest"
            | "conquest"
            | "suggest"
            | "arrest"
            | "digest"
            | "honest"
            | "modest"
            | "manifest"
            | "inquest"
            | "guest"
            | "chest"
            | "quest"
            | "test"
            | "rest"
            | "west"
            | "east"
            | "nest"
            | "pest"
            | "unrest"
            | "behest"
            | "latest"
    )
}

/// A plain year: four digits, 1800–2099.
pub(crate) fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y))
}

fn is_day_number(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.len() <= 2
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

struct Collector<'d, 'a> {
    doc: &'d Doc<'a>,
    out: Vec<Evidence>,
}

impl Collector<'_, '_> {
    fn push(&mut self, kind: EvidenceKind, a: usize, b: usize) {
        let (start, end) = self.doc.span(a, b);
        if let Some(text) = self.doc.text.get(start..end) {
            self.out.push(Evidence {
                kind,
                text: text.to_owned(),
                start,
                end,
            });
        }
    }
}

/// Evidence in tokens `a..b` (one clause), sorted by position then kind, without duplicates.
pub(crate) fn find(doc: &Doc<'_>, a: usize, b: usize) -> Vec<Evidence> {
    let mut c = Collector {
        doc,
        out: Vec::new(),
    };
    let t = &doc.tokens;
    let unit_at = |i: usize| i < b && doc.is1(i, Tag::Time(TimeKind::Unit));
    let prep_at = |i: usize| i >= a && i < b && doc.is1(i, Tag::Time(TimeKind::Preposition));
    // Numbers inside a money, percentage or date span are not counted again.
    let mut covered = a;
    let mut i = a;
    while i < b {
        let tok = t[i];
        let w = doc.low(i);
        // A day before a month ("29 November 2018") belongs to the date.
        let day_of_month = tok.kind == TokenKind::Number
            && is_day_number(w)
            && i + 1 < b
            && doc.is1(i + 1, Tag::Time(TimeKind::Month));
        if tok.kind == TokenKind::Number && i >= covered && !day_of_month {
            let mut e = i + 1;
            let prev_currency =
                i > a && t[i - 1].kind == TokenKind::Symbol && is_currency_symbol(t[i - 1].ch);
            if e < b && is_scale(doc.low(e)) {
                e += 1;
            }
            if prev_currency {
                c.push(EvidenceKind::Money, i - 1, e);
                covered = e;
            } else if e < b && is_currency_word(doc.low(e)) {
                c.push(EvidenceKind::Money, i, e + 1);
                covered = e + 1;
            } else if e < b
                && ((t[e].kind == TokenKind::Symbol && t[e].ch == '%')
                    || matches!(doc.low(e), "percent" | "pct"))
            {
                c.push(EvidenceKind::Percentage, i, e + 1);
                covered = e + 1;
            } else if e + 1 < b
                && matches!(
                    (doc.low(e), doc.low(e + 1)),
                    ("per", "cent") | ("percentage", "points")
                )
            {
                c.push(EvidenceKind::Percentage, i, e + 2);
                covered = e + 2;
            } else if unit_at(e) && !(e + 1 < b && doc.low(e + 1) == "old") {
                let s = if prep_at(i.wrapping_sub(1)) { i - 1 } else { i };
                c.push(EvidenceKind::Duration, s, e + 1);
                covered = e + 1;
            } else if is_year(w) {
                let s = if prep_at(i.wrapping_sub(1)) { i - 1 } else { i };
                c.push(EvidenceKind::Date, s, i + 1);
                covered = i + 1;
            } else if let Some((_, unit)) = w.rsplit_once('-').filter(|(_, u)| {
                doc.lex
                    .starting_with(u)
                    .iter()
                    .any(|p| p.rest.is_empty() && p.tag == Tag::Time(TimeKind::Unit))
            }) {
                let _ = unit;
                c.push(EvidenceKind::Duration, i, i + 1);
                covered = i + 1;
            } else {
                // "140 ships": the counted noun belongs to the quantity.
                if e == i + 1 && e < b && counted_noun(doc, e) {
                    e += 1;
                }
                c.push(EvidenceKind::Number, i, e);
                covered = e;
            }
        }
        if tok.is_word() {
            for m in doc.at(i) {
                let end = i + m.len;
                if end > b {
                    continue;
                }
                match m.tag {
                    Tag::Time(TimeKind::Month) if i >= covered => {
                        let mut s = i;
                        let mut e = end;
                        if s > a
                            && t[s - 1].kind == TokenKind::Number
                            && is_day_number(doc.low(s - 1))
                        {
                            s -= 1;
                        } else if e < b
                            && t[e].kind == TokenKind::Number
                            && is_day_number(doc.low(e))
                        {
                            e += 1;
                        }
                        if e + 1 < b && t[e].is_punct(',') && is_year(doc.low(e + 1)) {
                            e += 2;
                        } else if e < b && is_year(doc.low(e)) {
                            e += 1;
                        }
                        if prep_at(s.wrapping_sub(1)) {
                            s -= 1;
                        }
                        c.push(EvidenceKind::Date, s, e);
                        covered = e;
                    }
                    Tag::Time(TimeKind::Weekday) if i >= covered => {
                        let s = if i > a
                            && matches!(
                                doc.low(i - 1),
                                "on" | "last" | "next" | "this" | "by" | "since" | "until"
                            ) {
                            i - 1
                        } else {
                            i
                        };
                        c.push(EvidenceKind::Date, s, end);
                        covered = end;
                    }
                    Tag::Time(TimeKind::Relative) if i >= covered => {
                        c.push(EvidenceKind::Date, i, end);
                        covered = end;
                    }
                    // "an unknown third party", "for the third time": an ordinal, not a
                    // share ("a third of voters", "one third of").
                    Tag::NumberWord if w == "third" && end == i + 1 && doc.low(end) != "of" => {}
                    Tag::NumberWord if i >= covered => {
                        if unit_at(end) {
                            let s = if prep_at(i.wrapping_sub(1)) { i - 1 } else { i };
                            c.push(EvidenceKind::Duration, s, end + 1);
                            covered = end + 1;
                        } else if end < b
                            && (matches!(doc.low(end), "percent" | "pct")
                                || (t[end].kind == TokenKind::Symbol && t[end].ch == '%'))
                        {
                            c.push(EvidenceKind::Percentage, i, end + 1);
                            covered = end + 1;
                        } else if end + 1 < b
                            && matches!((doc.low(end), doc.low(end + 1)), ("per", "cent"))
                        {
                            c.push(EvidenceKind::Percentage, i, end + 2);
                            covered = end + 2;
                        } else if end < b && is_currency_word(doc.low(end)) {
                            c.push(EvidenceKind::Money, i, end + 1);
                            covered = end + 1;
                        } else {
                            let e = if end < b && counted_noun(doc, end) {
                                end + 1
                            } else {
                                end
                            };
                            c.push(EvidenceKind::NumberWord, i, e);
                            covered = e;
                        }
                    }
                    // "due to" before a scheduled verb ("is due to rule next week") says
                    // what will happen, not why.
                    Tag::Cue(CueKind::Evidence(EvidenceKind::Causal))
                        if w == "due" && end < b && is_scheduled_verb(doc.low(end)) =>
                    {
                        c.push(EvidenceKind::Prediction, i, end + 1);
                    }
                    Tag::Cue(CueKind::Evidence(kind)) => {
                        if kind == EvidenceKind::Action {
                            if after_modal(doc, i, a) || tok.mid_capital() {
                                continue;
                            }
                            let s = with_aux(doc, i, a);
                            c.push(kind, s, end);
                        } else {
                            c.push(kind, i, end);
                        }
                    }
                    // "Should talks fail, ...": a condition, not what ought to be.
                    Tag::Opinion if !doc.inverted_condition(i) => {
                        c.push(EvidenceKind::OpinionMarker, i, end);
                    }
                    _ => {}
                }
                if matches!(m.tag, Tag::NumberWord | Tag::Time(_)) {
                    // The longest number or time match is enough.
                    if covered >= end {
                        break;
                    }
                }
            }
            // A hyphenated number word: "ninety-day", "nine-month", "two-thirds".
            if i >= covered && w.contains('-') && doc.find(i, |t| t == Tag::NumberWord).is_none() {
                let mut parts = w.split('-');
                let first = parts.next().unwrap_or("");
                let last = w.rsplit('-').next().unwrap_or("");
                let lookup = |s: &str, tag: Tag| {
                    doc.lex
                        .starting_with(s)
                        .iter()
                        .any(|p| p.rest.is_empty() && p.tag == tag)
                };
                if lookup(first, Tag::NumberWord) {
                    if i + 1 < b && matches!(doc.low(i + 1), "percent" | "pct") {
                        c.push(EvidenceKind::Percentage, i, i + 2);
                    } else if i + 2 < b
                        && matches!((doc.low(i + 1), doc.low(i + 2)), ("per", "cent"))
                    {
                        c.push(EvidenceKind::Percentage, i, i + 3);
                    } else if lookup(last, Tag::Time(TimeKind::Unit)) {
                        c.push(EvidenceKind::Duration, i, i + 1);
                    } else {
                        c.push(EvidenceKind::NumberWord, i, i + 1);
                    }
                    covered = i + 1;
                }
            }
            // Regular past and present perfect: "issued", "has drafted".
            if doc.is_regular_past(i)
                && !(i > a && (is_determiner(doc.low(i - 1)) || is_preposition(doc.low(i - 1))))
                && !after_modal(doc, i, a)
                && doc
                    .find(i, |t| {
                        matches!(
                            t,
                            Tag::Cue(_)
                                | Tag::Opinion
                                | Tag::Report(ReportKind::Speech | ReportKind::Agentless)
                        )
                    })
                    .is_none()
            {
                c.push(EvidenceKind::Action, with_aux(doc, i, a), i + 1);
            }
            // Comparatives and superlatives: "higher than", "the largest".
            if i + 1 < b
                && doc.low(i + 1) == "than"
                && !matches!(w, "rather" | "other" | "more" | "less" | "fewer")
                && doc
                    .find(i, |t| {
                        t == Tag::Cue(CueKind::Evidence(EvidenceKind::Comparison))
                    })
                    .is_none()
            {
                let s = if i > a && matches!(doc.low(i - 1), "more" | "less" | "fewer") {
                    i - 1
                } else {
                    i
                };
                c.push(EvidenceKind::Comparison, s, i + 2);
            } else if i > a
                && doc.low(i - 1) == "the"
                && is_superlative(w)
                && doc.find(i, |t| matches!(t, Tag::Cue(_))).is_none()
            {
                c.push(EvidenceKind::Comparison, i - 1, i + 1);
            }
        }
        if tok.is_punct('?') {
            c.push(EvidenceKind::Question, i, i + 1);
        }
        i += 1;
    }
    // Named actors.
    let first = doc.names.partition_point(|n| n.a < a);
    for n in doc.names.get(first..).unwrap_or(&[]) {
        if n.a >= b {
            break;
        }
        if n.b <= b {
            // "Mr. Delgado's office": the name without the possessive.
            let (start, mut end) = doc.span(n.a, n.b);
            let text = doc.text.get(start..end).unwrap_or("");
            if let Some(stem) = text
                .strip_suffix("'s")
                .or_else(|| text.strip_suffix("\u{2019}s"))
            {
                end = start + stem.len();
            }
            if let Some(text) = doc.text.get(start..end) {
                c.out.push(Evidence {
                    kind: EvidenceKind::NamedActor,
                    text: text.to_owned(),
                    start,
                    end,
                });
            }
        }
    }
    patterns(&mut c, a, b);
    let mut out = c.out;
    out.sort_by_key(|x| (x.start, x.kind, x.end));
    out.dedup_by(|x, y| x.kind == y.kind && x.start == y.start && x.end == y.end);
    // "two years ago" is a date, not a duration of two years.
    let dates: Vec<(usize, usize)> = out
        .iter()
        .filter(|e| e.kind == EvidenceKind::Date)
        .map(|e| (e.start, e.end))
        .collect();
    out.retain(|e| {
        e.kind != EvidenceKind::Duration
            || !dates
                .iter()
                .any(|&(s, t)| s <= e.start && e.end <= t && (s, t) != (e.start, e.end))
    });
    // "must" under a rule states the rule ("landlords must register"), not an opinion.
    if out.iter().any(|e| e.kind == EvidenceKind::Rule) {
        out.retain(|e| {
            !(e.kind == EvidenceKind::OpinionMarker && e.text.eq_ignore_ascii_case("must"))
        });
    }
    // Drop evidence of a kind nested in a longer span of the same kind (compared by kind
    // and span only, so the texts are not copied).
    let spans: Vec<(EvidenceKind, usize, usize)> =
        out.iter().map(|e| (e.kind, e.start, e.end)).collect();
    out.retain(|e| {
        !spans.iter().any(|&(kind, start, end)| {
            kind == e.kind && start <= e.start && e.end <= end && (start, end) != (e.start, e.end)
        })
    });
    out
}

/// A lower-case noun right after a number: "ten nations", "140 ships".
fn counted_noun(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let w = doc.low(i);
    t.is_word()
        && !t.cap
        && !is_function_word(w)
        && !is_aux(w)
        && !is_modal(w)
        && !is_scale(w)
        && !matches!(
            w,
            "more" | "less" | "fewer" | "other" | "others" | "extra" | "times"
        )
        && !doc.is_verbish(i)
        && doc
            .at(i)
            .iter()
            .all(|m| matches!(m.tag, Tag::Actor(_) | Tag::Vague | Tag::DocumentNoun))
}

/// True when a modal ("would be asked", "could add") comes within two words before `i`.
fn after_modal(doc: &Doc<'_>, i: usize, a: usize) -> bool {
    (i.saturating_sub(3).max(a)..i).any(|k| {
        let w = doc.low(k);
        is_modal(w) && w != "to" || w == "to" && k + 1 == i
    })
}

/// Extends a past verb back over its auxiliaries: "has drafted", "had been evacuated".
fn with_aux(doc: &Doc<'_>, i: usize, a: usize) -> usize {
    let mut s = i;
    while s > a && s + 3 > i {
        let w = doc.low(s - 1);
        if matches!(
            w,
            "has" | "have" | "had" | "was" | "were" | "is" | "are" | "been" | "be"
        ) {
            s -= 1;
        } else {
            break;
        }
    }
    s
}

/// Patterns the word lists cannot express, each a closed class of function words:
///
/// * personal experience: "I" (past "have"/"had" and a few adverbs) before a past verb —
///   "I worked", "I have lived", "I never saw";
/// * cause: a verb of change before "the risk"/"chance"/"likelihood"/"odds" ("smoking
///   increases the risk"), "forced" before its object ("flooding forced the closure"), and
///   "pushed"/"drove" with "up"/"down" ("rates have pushed up the cost");
/// * a date counted back: a time unit before "ago" ("a decade ago"), or named by its
///   place ("the previous year", "the first day");
/// * exhortation and ceremony: a clause opening with "please", "thank you" or "thanks",
///   recorded as an opinion marker (nothing in it is checkable).
fn patterns(c: &mut Collector<'_, '_>, a: usize, b: usize) {
    let doc = c.doc;
    let first = (a..b).find(|&i| doc.tokens[i].is_word());
    for i in a..b {
        let w = doc.low(i);
        if matches!(w, "i" | "i've" | "i'd" | "i\u{2019}ve" | "i\u{2019}d") {
            let mut k = i + 1;
            while k < b
                && k < i + 4
                && matches!(
                    doc.low(k),
                    "have" | "had" | "also" | "just" | "once" | "never" | "first" | "personally"
                )
            {
                k += 1;
            }
            let past = k < b
                && (doc.is_regular_past(k)
                    || doc
                        .find(k, |t| {
                            t == Tag::Cue(CueKind::Evidence(EvidenceKind::Action))
                        })
                        .is_some());
            if past {
                c.push(EvidenceKind::PersonalExperience, i, k + 1);
            }
        }
        let next = |n: usize| if i + n < b { doc.low(i + n) } else { "" };
        if matches!(
            w,
            "increase"
                | "increases"
                | "increased"
                | "raise"
                | "raises"
                | "raised"
                | "reduce"
                | "reduces"
                | "reduced"
                | "lower"
                | "lowers"
                | "lowered"
                | "double"
                | "doubles"
                | "doubled"
        ) {
            let k = if next(1) == "the" { 2 } else { 1 };
            if matches!(
                next(k),
                "risk" | "chance" | "chances" | "likelihood" | "odds"
            ) {
                c.push(EvidenceKind::Causal, i, i + k + 1);
            }
        }
        if matches!(w, "forced" | "forces" | "force")
            && matches!(
                next(1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
        {
            c.push(EvidenceKind::Causal, i, i + 1);
        }
        if matches!(
            w,
            "pushed" | "pushes" | "push" | "drove" | "drives" | "driven" | "driving" | "pushing"
        ) && matches!(next(1), "up" | "down")
        {
            c.push(EvidenceKind::Causal, i, i + 2);
        }
        // "a decade ago", "two years ago", "several weeks ago": a date counted back.
        if w == "ago" && i > a && doc.is1(i - 1, Tag::Time(TimeKind::Unit)) {
            let s = if i >= a + 2
                && (doc.tokens[i - 2].kind == TokenKind::Number
                    || doc.is1(i - 2, Tag::NumberWord)
                    || matches!(doc.low(i - 2), "a" | "an" | "several" | "few" | "many"))
            {
                i - 2
            } else {
                i - 1
            };
            c.push(EvidenceKind::Date, s, i + 1);
        }
        // "the previous year", "the first day", "a single week": a time named by its place.
        if matches!(
            w,
            "previous" | "following" | "same" | "first" | "single" | "past" | "coming" | "final"
        ) && i > a
            && matches!(doc.low(i - 1), "the" | "a" | "that" | "this")
            && i + 1 < b
            && doc.is1(i + 1, Tag::Time(TimeKind::Unit))
        {
            c.push(EvidenceKind::Date, i - 1, i + 2);
        }
        if Some(i) == first {
            if w == "please" || w == "thanks" {
                c.push(EvidenceKind::OpinionMarker, i, i + 1);
            } else if w == "thank" && next(1) == "you" {
                c.push(EvidenceKind::OpinionMarker, i, i + 2);
            }
        }
    }
}
