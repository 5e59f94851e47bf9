//! Integration tests of the fetch stage, in one test binary: real HTTP against servers on
//! 127.0.0.1 (never the internet), and local inputs through the public API.

mod conditional;
mod feeds;
mod http;
mod local;
mod polite;
mod support;
