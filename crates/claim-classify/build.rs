//! Reads the bundled models that the binary would otherwise parse at every start into
//! what it uses, which the crate embeds: the attribution cue model
//! (`config/model/attribution.weights`) into its rows ([`cue_rows`] says why), and the
//! hedge model (`config/model/hedging.weights`) into its weights by name hash and its
//! setting lines ([`hedge_weights`]). The committed files stay the text `claimsift train`
//! writes, and each is read here with the same code the crate reads it with.

#![allow(clippy::print_stdout)] // Cargo reads the build script's instructions there.

#[path = "src/cue_rows.rs"]
#[allow(dead_code)] // The crate uses more of the module than this script does.
mod cue_rows;

#[path = "src/hedge_weights.rs"]
#[allow(dead_code)] // The crate uses more of the module than this script does.
mod hedge_weights;

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    println!("cargo::rerun-if-changed=src/cue_rows.rs");
    println!("cargo::rerun-if-changed=src/hedge_weights.rs");

    let weights = "../../config/model/attribution.weights";
    println!("cargo::rerun-if-changed={weights}");
    let text = std::fs::read_to_string(weights).expect("the bundled attribution weights");
    let mut rows = vec![[0i16; 2]; cue_rows::BUCKETS];
    let (bias, empty) = cue_rows::read(&text, &mut rows);
    std::fs::write(
        out.join("attribution.rows"),
        cue_rows::encode(&rows, bias, empty),
    )
    .expect("writes the rows");

    let weights = "../../config/model/hedging.weights";
    println!("cargo::rerun-if-changed={weights}");
    let text = std::fs::read_to_string(weights).expect("the bundled hedge weights");
    std::fs::write(
        out.join("hedging.weights.bin"),
        hedge_weights::encode(&text),
    )
    .expect("writes the hedge weights");
}
