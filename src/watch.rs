//! `claimsift watch`: run the pipeline on a schedule until stopped.
//!
//! SIGINT or SIGTERM lets the current article finish, closes the run, and exits 0; a second
//! signal ends the process at once. A run that finds the store locked by another process is
//! skipped with a warning, and the schedule goes on.

use std::str::FromStr as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// When the next run starts.
#[derive(Debug)]
pub enum Schedule {
    Every(Duration),
    Cron(Box<croner::Cron>),
}

impl Schedule {
    /// `--every 30m` or `--cron "*/30 * * * *"` (local time); every 30 minutes by default.
    pub fn parse(every: Option<&str>, cron: Option<&str>) -> Result<Self> {
        match (every, cron) {
            (Some(_), Some(_)) => bail!("give --every or --cron, not both"),
            (Some(every), None) => {
                let d = humantime::parse_duration(every).with_context(|| {
                    format!("--every {every:?} is not a duration (try 30m, 2h)")
                })?;
                if d < Duration::from_secs(1) {
                    bail!("--every must be at least 1s");
                }
                Ok(Self::Every(d))
            }
            (None, Some(expr)) => {
                let cron = croner::Cron::from_str(expr)
                    .map_err(|e| anyhow::anyhow!("--cron {expr:?} is not a cron pattern: {e}"))?;
                Ok(Self::Cron(Box::new(cron)))
            }
            (None, None) => Ok(Self::Every(Duration::from_secs(30 * 60))),
        }
    }

    /// How long to wait, from now, until the next run.
    pub fn wait(&self) -> Result<Duration> {
        match self {
            Self::Every(d) => Ok(*d),
            Self::Cron(cron) => {
                let now = chrono::Local::now();
                let next = cron
                    .find_next_occurrence(&now, false)
                    .map_err(|e| anyhow::anyhow!("cron pattern has no next time: {e}"))?;
                Ok((next - now).to_std().unwrap_or(Duration::ZERO))
            }
        }
    }
}

/// Sleeps for `wait`, waking early when `stop` is set. Returns false when stopped.
pub fn sleep(wait: Duration, stop: &AtomicBool) -> bool {
    let until = Instant::now() + wait;
    while Instant::now() < until {
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100).min(until - Instant::now()));
    }
    !stop.load(Ordering::SeqCst)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_parse_and_reject_nonsense() {
        assert!(
            matches!(Schedule::parse(Some("30m"), None).unwrap(), Schedule::Every(d) if d == Duration::from_secs(1800))
        );
        assert!(
            Schedule::parse(None, Some("*/30 * * * *"))
                .unwrap()
                .wait()
                .unwrap()
                <= Duration::from_secs(1800)
        );
        assert!(Schedule::parse(Some("soon"), None).is_err());
        assert!(Schedule::parse(None, Some("every tuesday")).is_err());
        assert!(Schedule::parse(Some("1m"), Some("* * * * *")).is_err());
    }

    #[test]
    fn sleep_wakes_when_stopped() {
        let stop = AtomicBool::new(true);
        let started = Instant::now();
        assert!(!sleep(Duration::from_secs(60), &stop));
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
