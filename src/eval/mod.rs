//! `claimsift eval …`: measures each stage on the labelled data in `../shared/data` with the
//! metric its README defines.
//!
//! The data is read at run time and never shipped: when it is missing the command says where
//! it looked and how to point it elsewhere. Every figure printed is computed here from the
//! pipeline's real output; nothing is cached.

pub mod attribution;
pub mod checkworthiness;
pub mod extraction;
pub mod hedging;

use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

/// Where the evaluation data lives unless `--data` says otherwise, relative to the current
/// folder (the project root).
pub const DEFAULT_DATA: &str = "../shared/data";

/// Timed passes of a speed measurement; their median is reported.
pub const SPEED_PASSES: usize = 5;

/// The median wall-clock seconds of [`SPEED_PASSES`] runs of `pass`. Run it after a first,
/// untimed pass (the scoring one), which loads the bundled models and warms the caches, so
/// neither that nor one noisy pass moves the figure.
pub fn median_seconds(mut pass: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..SPEED_PASSES)
        .map(|_| {
            let started = std::time::Instant::now();
            pass();
            started.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Writes a predictions file (`--predictions`) and says so in the report `out`.
pub fn write_predictions(to: &Path, bytes: &[u8], out: &mut String) -> Result<()> {
    crate::write_atomically(to, bytes)?;
    let _ = writeln!(out, "  predictions written to {}", to.display());
    Ok(())
}

/// The records of a JSON Lines file's `text` (blank lines skipped); an error names `path`
/// and the line.
pub fn parse_jsonl<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<T>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}: line {}", path.display(), i + 1))
        })
        .collect()
}

/// Reads a JSON Lines file (see [`parse_jsonl`]).
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse_jsonl(path, &text)
}

/// Resolves the data folder of one task and checks it exists.
pub fn data_dir(explicit: Option<&Path>, task: &str) -> Result<PathBuf> {
    let dir = explicit.map_or_else(|| Path::new(DEFAULT_DATA).join(task), Path::to_path_buf);
    if !dir.is_dir() {
        bail!(
            "evaluation data for {task} not found at {} (give --data DIR; see ../shared/data/README.md)",
            dir.display()
        );
    }
    Ok(dir)
}

/// True-positive, false-positive and false-negative counts of one positive class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// Adds one binary decision.
    pub fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

impl From<claimsift_classify::train::Counts> for Counts {
    fn from(c: claimsift_classify::train::Counts) -> Self {
        Counts {
            tp: c.tp,
            fp: c.fp,
            fn_: c.fn_,
        }
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

#[allow(clippy::cast_precision_loss)]
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_compute_precision_recall_f1() {
        let mut c = Counts::default();
        for (p, g) in [
            (true, true),
            (true, true),
            (true, false),
            (false, true),
            (false, false),
        ] {
            c.add(p, g);
        }
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
