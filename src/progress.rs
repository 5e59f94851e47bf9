//! Progress of a run: a bar on a terminal, plain log lines otherwise (cron mail, log
//! collectors), nothing with `-q`.

use std::io::IsTerminal as _;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Reports each processed input.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    log: bool,
}

impl Progress {
    /// A bar when standard error is a terminal, log lines when it is not; neither when
    /// `quiet`.
    pub fn new(total: usize, quiet: bool) -> Self {
        if quiet {
            return Self::hidden();
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(
                Some(u64::try_from(total).unwrap_or(u64::MAX)),
                ProgressDrawTarget::stderr(),
            );
            let style = ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} {wide_msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            Self {
                bar: Some(bar),
                log: false,
            }
        } else {
            Self {
                bar: None,
                log: true,
            }
        }
    }

    /// Reports nothing.
    pub fn hidden() -> Self {
        Self {
            bar: None,
            log: false,
        }
    }

    /// One input is done; `outcome` is "new", "changed", "unchanged", "done" or "failed".
    pub fn done(&self, input: &str, outcome: &str) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(input.to_owned());
        } else if self.log {
            tracing::info!(input, outcome, "processed");
        }
    }

    /// Clears the bar before the summary is printed.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
