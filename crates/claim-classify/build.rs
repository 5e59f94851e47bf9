//! Reads the bundled attribution cue model (`config/model/attribution.weights`) into its
//! rows, which the crate embeds and loads by copying them ([`cue_rows`] says why). The
//! committed file stays the text `claimsift train attribution` writes.

#![allow(clippy::print_stdout)] // Cargo reads the build script's instructions there.

#[path = "src/cue_rows.rs"]
#[allow(dead_code)] // The crate uses more of the module than this script does.
mod cue_rows;

fn main() {
    let weights = "../../config/model/attribution.weights";
    println!("cargo::rerun-if-changed={weights}");
    println!("cargo::rerun-if-changed=src/cue_rows.rs");
    let text = std::fs::read_to_string(weights).expect("the bundled attribution weights");
    let mut rows = vec![[0i16; 2]; cue_rows::BUCKETS];
    let (bias, empty) = cue_rows::read(&text, &mut rows);
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(
        out.join("attribution.rows"),
        cue_rows::encode(&rows, bias, empty),
    )
    .expect("writes the rows");
}
