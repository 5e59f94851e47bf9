//! Scores HTML extraction on the article-extraction benchmark pages.
//!
//! `cargo run --release -p claimsift-extract --example eval_pages -- [DATA_DIR] [-v]`
//! reads `DATA_DIR/pages/<id>.html.gz` and `DATA_DIR/ground-truth.json` (default
//! `../shared/data/extraction`) and prints precision, recall, F1 and pages per second;
//! `-v` adds one line per page, worst first; `--only=ID_PREFIX` scores matching pages only;
//! `--show` prints the extracted text and metadata of each page scored; `--meta` counts how
//! many pages have each metadata field; `--dump=FILE` writes the extracted bodies as JSON in
//! the benchmark's prediction format (`{id: {"articleBody": text}}`), for its own scorer. Pages are decoded as the extract stage would
//! decode a fetched file (charset sniffing included).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use claimsift_extract::ExtractOptions;
use claimsift_extract::eval::{EvalPage, evaluate};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let show = args.iter().any(|a| a == "--show");
    let meta = args.iter().any(|a| a == "--meta");
    let only: Option<&String> = args.iter().find(|a| a.starts_with("--only="));
    let dump = args
        .iter()
        .find_map(|a| a.strip_prefix("--dump="))
        .map(PathBuf::from);
    let dir = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map_or_else(|| PathBuf::from("../shared/data/extraction"), PathBuf::from);
    let flags = Flags {
        verbose,
        show,
        meta,
        dump,
    };
    match run(&dir, &flags, only.map(|s| &s["--only=".len()..])) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval_pages: {e}");
            ExitCode::FAILURE
        }
    }
}

struct Flags {
    verbose: bool,
    show: bool,
    meta: bool,
    dump: Option<PathBuf>,
}

fn run(dir: &std::path::Path, flags: &Flags, only: Option<&str>) -> Result<(), String> {
    let gold_path = dir.join("ground-truth.json");
    let gold = std::fs::read_to_string(&gold_path)
        .map_err(|e| format!("cannot read {}: {e}", gold_path.display()))?;
    let gold: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&gold).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut pages = Vec::new();
    for (id, entry) in &gold {
        if only.is_some_and(|o| !id.starts_with(o)) {
            continue;
        }
        let path = dir.join("pages").join(format!("{id}.html.gz"));
        let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let url = entry["url"].as_str().map(str::to_owned);
        let fetched = claimsift_core::Fetched {
            input: id.clone(),
            url: url.clone(),
            content_type: Some("text/html".to_owned()),
            bytes,
            ..Default::default()
        };
        let html = claimsift_extract::decode_page(&fetched, &ExtractOptions::default())
            .map_err(|e| format!("{id}: {e}"))?;
        pages.push(EvalPage {
            id: id.clone(),
            html,
            gold: entry["articleBody"].as_str().unwrap_or("").to_owned(),
            url,
        });
    }
    let opts = ExtractOptions::default();
    let result = evaluate(&pages, &opts);
    if let Some(path) = &flags.dump {
        let mut out = serde_json::Map::new();
        for p in &pages {
            let a = claimsift_extract::extract_html(&p.id, p.url.as_deref(), &p.html, &opts);
            out.insert(p.id.clone(), serde_json::json!({ "articleBody": a.text }));
        }
        let json = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
        std::fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if flags.show || flags.meta {
        let mut counts = [0usize; 8];
        for p in &pages {
            let a = claimsift_extract::extract_html(&p.id, p.url.as_deref(), &p.html, &opts);
            let m = &a.metadata;
            let fields = [
                m.title.is_some(),
                !m.authors.is_empty(),
                m.published.is_some(),
                m.modified.is_some(),
                m.site_name.is_some(),
                m.canonical_url.is_some(),
                m.language.is_some(),
                m.description.is_some(),
            ];
            for (c, f) in counts.iter_mut().zip(fields) {
                *c += usize::from(f);
            }
            if flags.show {
                println!("=== {} {:?}", p.id, p.url);
                println!("{}", serde_json::to_string_pretty(m).unwrap_or_default());
                for (i, b) in a.blocks.iter().enumerate() {
                    println!("[{i} {:?}] {}", b.kind, &a.text[b.start..b.end]);
                }
                println!("--- gold\n{}", p.gold);
            }
        }
        let names = [
            "title",
            "authors",
            "published",
            "modified",
            "site_name",
            "canonical_url",
            "language",
            "description",
        ];
        for (n, c) in names.iter().zip(counts) {
            println!("{n}: {c}/{}", pages.len());
        }
    }
    if flags.verbose {
        let mut per = result.per_page.clone();
        per.sort_by(|a, b| a.f1.total_cmp(&b.f1));
        for p in &per {
            println!(
                "{:.3} P={:.3} R={:.3} {}",
                p.f1,
                p.precision.unwrap_or(0.0),
                p.recall.unwrap_or(0.0),
                &p.id[..12.min(p.id.len())]
            );
        }
    }
    println!(
        "pages={} precision={:.4} recall={:.4} F1={:.4} exact={:.3} pages/s={:.0}",
        result.pages,
        result.precision,
        result.recall,
        result.f1,
        result.exact_match,
        result.pages_per_sec
    );
    Ok(())
}
