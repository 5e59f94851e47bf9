//! Integration tests: the `claimsift` binary run as a user runs it.
//!
//! One test binary with modules (as in rust-analyzer and ripgrep), so the suite links once.
//! Snapshot files live in the top-level `snapshots/` folder.

mod browser;
mod cli;
mod fixtures;
mod http;
mod schema;
mod state;
mod support;
