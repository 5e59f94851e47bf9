//! The evaluation metric: token 4-gram shingles, per-page precision and recall.

use claimsift_extract::ExtractOptions;
use claimsift_extract::eval::{EvalPage, evaluate, score_page, tokens};

#[test]
fn tokens_are_word_runs() {
    assert_eq!(
        tokens("It's 3.5% \u{2014} caf\u{e9}_bar, \u{65e5}\u{672c}!"),
        ["It", "s", "3", "5", "caf\u{e9}_bar", "\u{65e5}\u{672c}"]
    );
}

#[test]
fn identical_texts_score_one_and_match_exactly() {
    let s = score_page("a", "one two three four five", "One two three four five");
    // Tokens keep their case, as in the benchmark: "one" and "One" differ.
    assert_eq!((s.tp, s.fp, s.fn_), (1, 1, 1));
    let s = score_page("a", "one two three four five", "one two, three four five!");
    assert_eq!(s.precision, Some(1.0));
    assert_eq!(s.recall, Some(1.0));
    assert!(s.exact);
}

#[test]
fn extra_and_missing_shingles() {
    // Gold has 3 shingles; the prediction has 2 of them and 1 of its own.
    let s = score_page("a", "a b c d e x", "z a b c d e");
    assert_eq!((s.tp, s.fp, s.fn_), (2, 1, 1));
    assert!((s.precision.unwrap() - 2.0 / 3.0).abs() < 1e-9);
}

#[test]
fn short_texts_make_one_shingle() {
    let s = score_page("a", "two words", "two words");
    assert_eq!((s.tp, s.fp, s.fn_), (1, 0, 0));
}

#[test]
fn nothing_predicted_counts_for_recall_only() {
    let s = score_page("a", "", "some gold text here");
    assert_eq!(s.precision, None);
    assert_eq!(s.recall, Some(0.0));
    let s = score_page("a", "", "");
    assert_eq!((s.precision, s.recall), (Some(1.0), Some(1.0)));
}

#[test]
fn evaluate_averages_over_pages() {
    let page = |id: &str, html: &str, gold: &str| EvalPage {
        id: id.to_owned(),
        html: html.to_owned(),
        gold: gold.to_owned(),
        url: None,
    };
    let pages = [
        page(
            "good",
            "<p>The river rose two metres overnight, flooding the lower town.</p>",
            "The river rose two metres overnight, flooding the lower town.",
        ),
        page(
            "empty",
            "<div></div>",
            "Text that was never found on the page at all.",
        ),
    ];
    let r = evaluate(&pages, &ExtractOptions::default());
    assert_eq!(r.pages, 2);
    assert_eq!(r.precision, 1.0);
    assert_eq!(r.recall, 0.5);
    assert!((r.f1 - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.exact_match, 0.5);
    assert_eq!(r.per_page[1].precision, None);
}
