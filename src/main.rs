//! claimsift command line.
fn main() {}
