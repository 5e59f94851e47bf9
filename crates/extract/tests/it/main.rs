//! Tests of the extract stage, one binary. Every fixture is written for this project.

mod decode;
mod eval;
mod fixtures;
mod html;
mod props;
mod sentences;
mod text;
