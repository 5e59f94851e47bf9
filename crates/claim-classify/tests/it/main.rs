//! Integration tests of the classifier on sentences the project wrote, measured as the
//! shared data is: claim kinds (`kinds`) and news hedging (`news_hedges`). One test binary
//! with modules, as the other crates' `tests/it/main.rs`, so the suite links once. Run with
//! `cargo test -p claimsift-classify --test it -- --nocapture` to see the tables.

mod kinds;
mod news_hedges;
