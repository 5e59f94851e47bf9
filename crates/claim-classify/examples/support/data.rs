#![allow(dead_code)]
//! Readers for the evaluation files under `../shared/data` (shared by the examples).

use std::path::PathBuf;

/// The data folder: `$CLAIMSIFT_DATA`, else `../shared/data` from the workspace root.
pub fn data_dir() -> PathBuf {
    std::env::var_os("CLAIMSIFT_DATA").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")),
        PathBuf::from,
    )
}

/// Parses CSV or TSV with `"`-quoted fields (`""` inside a quoted field is one quote;
/// quoted fields may hold newlines).
pub fn parse_delimited(text: &str, sep: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut at_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            c if c == sep => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// `(sentence, is Yes)` from a CheckThat! TSV file.
pub fn checkworthiness(name: &str) -> Option<Vec<(String, bool)>> {
    let text = std::fs::read_to_string(data_dir().join("checkworthiness").join(name)).ok()?;
    Some(
        parse_delimited(&text, '\t')
            .into_iter()
            .skip(1)
            .filter(|r| r.len() >= 3)
            .map(|r| (r[1].clone(), r[2].trim() == "Yes"))
            .collect(),
    )
}

/// `(sentence, is uncertain)` from `wiki_weasel_train.csv`, with PTB brackets undone.
pub fn weasel() -> Option<Vec<(String, bool)>> {
    let text =
        std::fs::read_to_string(data_dir().join("hedging").join("wiki_weasel_train.csv")).ok()?;
    Some(
        parse_delimited(&text, ',')
            .into_iter()
            .skip(1)
            .filter(|r| r.len() >= 2)
            .map(|r| {
                let s = r[0]
                    .trim()
                    .replace("-LRB-", "(")
                    .replace("-RRB-", ")")
                    .replace("-LSB-", "[")
                    .replace("-RSB-", "]");
                (s, r[1].trim() == "1")
            })
            .collect(),
    )
}

/// Precision, recall and F1 of the positive class.
pub fn prf(pairs: impl IntoIterator<Item = (bool, bool)>) -> (f64, f64, f64, usize) {
    let (mut tp, mut fp, mut fneg, mut n) = (0usize, 0usize, 0usize, 0usize);
    for (predicted, gold) in pairs {
        n += 1;
        match (predicted, gold) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            (false, false) => {}
        }
    }
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fneg == 0 {
        0.0
    } else {
        tp as f64 / (tp + fneg) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f, n)
}
