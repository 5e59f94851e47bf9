//! Claim kinds measured on `tests/kinds/kinds.tsv`, sentences the project wrote with the
//! kinds a fact-checker would give them. Prints precision and recall per kind (run with
//! `-- --nocapture`) and fails when the micro F1 drops below the floor the code meets
//! today, so a regression in kind detection shows.
#![allow(clippy::print_stdout)]

use claimsift_classify::Classifier;
use claimsift_classify::train::{Counts, evaluate_kinds};

/// Micro F1 over all kinds (`none` included) that the current code reaches, less a
/// little. Raise it when kind detection improves.
const FLOOR: f64 = 0.85;

#[test]
fn claim_kinds_on_our_sentences() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/kinds/kinds.tsv");
    let tsv = std::fs::read_to_string(path).expect("tests/kinds/kinds.tsv");
    let classifier = Classifier::bundled();
    let report = evaluate_kinds(&classifier, &tsv);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.sentences >= 100, "{} sentences", report.sentences);
    for (name, c) in &report.kinds {
        assert!(
            c.tp + c.fn_ >= 8,
            "{name} has only {} sentences",
            c.tp + c.fn_
        );
    }
    println!("{}", report.table());
    for (s, gold, got) in &report.misses {
        println!("miss: {s}\n      expected {gold}\n      got      {got}");
    }
    // How the check-worthiness model treats news prose it was not fitted on: the share of
    // sentences of each expected kind it flags (printed, not asserted).
    let mut share: Vec<(&str, usize, usize)> = Vec::new();
    // Check-worthy against "has a checkable kind" (any kind but `none`).
    let mut checkable = Counts::default();
    for line in tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let Some((sentence, kinds)) = line.split_once('\t') else {
            continue;
        };
        let flagged = classifier.classify_sentence(sentence).checkworthy;
        checkable.add(flagged, kinds.trim() != "none");
        for k in kinds.split(',') {
            match share.iter_mut().find(|s| s.0 == k) {
                Some(s) => {
                    s.1 += 1;
                    s.2 += usize::from(flagged);
                }
                None => share.push((k, 1, usize::from(flagged))),
            }
        }
    }
    share.sort_unstable();
    for (k, n, flagged) in share {
        println!("check-worthy: {flagged:>3} of {n:>3} {k}");
    }
    println!(
        "check-worthy vs checkable (any kind but none): P {:.3} R {:.3} F1 {:.3}",
        checkable.precision(),
        checkable.recall(),
        checkable.f1()
    );
    let f1 = report.micro().f1();
    assert!(f1 >= FLOOR, "micro F1 {f1:.3} is below the floor {FLOOR}");
}
