//! Renders a `report.json` as `report.html`, for trying the HTML report before the binary
//! writes it: `cargo run -p claimsift-report --example render -- report.json report.html`.
//!
//! With `--repeat N` the report's articles are repeated until there are `N` of them, to try
//! the page on a large run.

use std::process::ExitCode;

use claimsift_core::Report;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut paths, mut repeat) = (Vec::new(), None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--repeat" {
            repeat = it.next().and_then(|n| n.parse::<usize>().ok());
        } else {
            paths.push(arg.as_str());
        }
    }
    let [input, output] = paths[..] else {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("usage: render REPORT.json OUT.html [--repeat N]");
        }
        return ExitCode::from(2);
    };
    match render(input, output, repeat) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("error: {error}");
            }
            ExitCode::FAILURE
        }
    }
}

fn render(input: &str, output: &str, repeat: Option<usize>) -> Result<(), String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let mut report: Report = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    if let Some(n) = repeat {
        let base = report.articles.clone();
        if !base.is_empty() {
            report.articles = base.iter().cycle().take(n).cloned().collect();
            report.run.articles = report.articles.len();
            report.run.inputs = report.articles.len() + report.errors.len();
            let claims = report.articles.iter().flat_map(|a| &a.claims);
            report.run.claims = claims.clone().count();
            report.run.checkworthy = claims.clone().filter(|c| c.checkworthy).count();
            report.run.attributed = claims.clone().filter(|c| c.attribution.is_some()).count();
            report.run.hedged = claims.filter(|c| c.hedging.hedged).count();
        }
    }
    std::fs::write(output, claimsift_report::html(&report)).map_err(|e| format!("{output}: {e}"))
}
