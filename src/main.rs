//! The `claimsift` command line: parses arguments, loads configuration and wires the stages.
//!
//! Exit status (documented in the README for cron users):
//! * 0 — everything processed;
//! * 1 — the run finished, but some inputs failed (each named on standard error and in
//!   `report.json`'s `errors`);
//! * 2 — nothing was run: bad arguments, a bad configuration, or output that could not be
//!   written;
//! * 3 — nothing was run: another run holds the state store's lock.

// The binary is where printing belongs: libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod baseline;
mod config;
mod eval;
mod history;
mod pipeline;
mod progress;
mod state;
mod train;
mod train_attribution;
mod train_hedging;
mod watch;

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};
use claimsift_classify::Classifier;
use claimsift_core::InputError;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{Format, Settings};
use crate::progress::Progress;

/// mimalloc instead of the system allocator: classifying makes about forty small
/// allocations a sentence (tokens, spans, evidence and reason strings), and glibc's malloc
/// and free were a twelfth of `classify --sentences`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Finds the checkable claims in news articles, and who says so and how sure they are.
#[derive(Debug, Parser)]
#[command(name = "claimsift", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Configuration file [default: config/claimsift.toml or claimsift.toml if present].
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// More log output (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors on standard error.
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Log lines as text or as JSON objects for log collectors.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the pipeline and write reports (default inputs: the config's sources).
    Run(RunArgs),
    /// Print one input's extracted article as JSON.
    Extract(ExtractArgs),
    /// Print the claims of each input as JSON (JSONL for several inputs).
    Classify(ClassifyArgs),
    /// Run the pipeline on a schedule until SIGINT or SIGTERM.
    Watch(WatchArgs),
    /// List the versions of an article the state store holds, with their claim diffs.
    History(HistoryArgs),
    /// Compare two runs recorded in the state store.
    Diff(DiffArgs),
    /// Save per-article outputs for a corpus, or check the current outputs against them.
    Baseline(BaselineArgs),
    /// Measure a stage on the labelled data in ../shared/data.
    Eval(EvalArgs),
    /// Fit a model on the labelled training data and write its weights file.
    Train(TrainArgs),
}

#[derive(Debug, Args)]
struct TrainArgs {
    #[arg(value_enum)]
    task: TrainTask,
    /// Folder with the task's data [default: ../shared/data/<task>].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Weights file to write [default: config/model/<task>.weights, the one bundled].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum TrainTask {
    /// The check-worthiness model, from ct24_train.tsv.
    Checkworthiness,
    /// The attribution cue tagger, from polnear_train.jsonl.
    Attribution,
    /// The hedge model, from wiki_weasel_train.csv.
    Hedging,
}

#[derive(Debug, Args)]
struct WatchArgs {
    /// Time between runs, e.g. 30m or 2h [default: 30m].
    #[arg(long, value_name = "DURATION")]
    every: Option<String>,
    /// Cron pattern in local time, e.g. "*/30 * * * *".
    #[arg(long, value_name = "PATTERN", conflicts_with = "every")]
    cron: Option<String>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Debug, Args)]
struct HistoryArgs {
    /// The input as it was given to `run` (a path or URL).
    input: String,
    /// State database.
    #[arg(long, value_name = "FILE", default_value = state::DEFAULT_STATE)]
    state: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// The earlier run's number.
    run_a: i64,
    /// The later run's number.
    run_b: i64,
    /// State database.
    #[arg(long, value_name = "FILE", default_value = state::DEFAULT_STATE)]
    state: PathBuf,
}

#[derive(Debug, Args)]
struct BaselineArgs {
    #[arg(value_enum)]
    action: BaselineAction,
    /// The baseline folder.
    dir: PathBuf,
    /// Inputs [default for save: the config's sources; for check: the saved inputs].
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    #[command(flatten)]
    overrides: Overrides,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum BaselineAction {
    /// Write the current outputs.
    Save,
    /// Re-run and compare; exit 1 on any difference.
    Check,
}

#[derive(Debug, Args)]
struct EvalArgs {
    #[arg(value_enum)]
    task: EvalTask,
    /// Folder with the task's data [default: ../shared/data/<task>].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// extraction: also write `{id: {"articleBody": text}}` to FILE; attribution: each
    /// article's predicted and gold relations, one JSON line per article; checkworthiness:
    /// each sentence's label, score, decision and reasons, one JSON line per sentence.
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
    /// attribution only: compare with a predictions file an earlier run wrote, relation by
    /// relation (each relation gone or new, the roles it matches gold in, and the gold-exact
    /// relations lost and gained).
    #[arg(long, value_name = "FILE")]
    compare: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum EvalTask {
    /// Shingle F1 and pages/s on the article-extraction benchmark pages.
    Extraction,
    /// F1 of the check-worthy class on ct24_dev.tsv.
    Checkworthiness,
    /// Cue, source and content span F1 on polnear_dev.jsonl.
    Attribution,
    /// F1 of the uncertain class on the Wikipedia and factuality sets.
    Hedging,
}

#[derive(Debug, Args)]
struct Overrides {
    /// Check-worthiness threshold, 0–1 [default: from config, else 0.5].
    #[arg(long, value_name = "SCORE")]
    threshold: Option<f64>,
    /// Allow URLs on loopback, private and link-local addresses.
    #[arg(long)]
    allow_private_addresses: bool,
}

#[derive(Debug, Args)]
struct RunArgs {
    /// HTML or text files, folders of them, `-` for standard input, or http(s) URLs.
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// Folder the reports are written to.
    #[arg(long, value_name = "DIR", default_value = "out")]
    out: PathBuf,
    /// Reports to write, comma-separated: json, jsonl, md, html [default: from config, else json,md,html].
    #[arg(long, value_delimiter = ',', value_name = "FORMATS")]
    format: Vec<String>,
    #[command(flatten)]
    state: StateArgs,
    #[command(flatten)]
    overrides: Overrides,
}

#[derive(Debug, Args)]
struct StateArgs {
    /// State database: what earlier runs saw, for incremental runs and change reports.
    #[arg(long, value_name = "FILE", default_value = state::DEFAULT_STATE)]
    state: PathBuf,
    /// Keep no state: process every input and report no changes.
    #[arg(long, conflicts_with = "state")]
    no_state: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// An HTML or text file, `-` for standard input, or an http(s) URL.
    #[arg(value_name = "INPUT")]
    input: String,
    #[command(flatten)]
    overrides: Overrides,
}

#[derive(Debug, Args)]
struct ClassifyArgs {
    /// HTML or text files, folders of them, `-` for standard input, or http(s) URLs.
    #[arg(value_name = "INPUT", required_unless_present = "sentences")]
    inputs: Vec<String>,
    /// Read one sentence a line from standard input; write one JSON object a line.
    #[arg(long, conflicts_with_all = ["inputs", "annotate"])]
    sentences: bool,
    /// Print the text with each claim marked and labelled, instead of JSON.
    #[arg(long)]
    annotate: bool,
    #[command(flatten)]
    overrides: Overrides,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli);
    match dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            if is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            if error.downcast_ref::<state::Locked>().is_some() {
                ExitCode::from(3)
            } else {
                ExitCode::from(2)
            }
        }
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let mut settings = match config::locate(cli.config.as_deref(), &cwd) {
        Some(path) => config::load(&path)?,
        None => Settings::default(),
    };
    settings.quiet = cli.quiet;
    tracing::debug!(config = ?settings.path, "configuration loaded");
    match cli.command {
        Command::Run(args) => {
            apply(&mut settings, &args.overrides)?;
            run(&settings, &args)
        }
        Command::Extract(args) => {
            apply(&mut settings, &args.overrides)?;
            extract(&settings, &args.input)
        }
        Command::Classify(args) => {
            apply(&mut settings, &args.overrides)?;
            classify(&settings, &args)
        }
        Command::Watch(args) => {
            apply(&mut settings, &args.run.overrides)?;
            watch(&settings, &args)
        }
        Command::History(args) => {
            let store = claimsift_store::SqliteStore::open(&args.state)?;
            print(&history::history(&store, &args.input, args.json)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff(args) => {
            let store = claimsift_store::SqliteStore::open(&args.state)?;
            let (text, differs) = history::diff(&store, args.run_a, args.run_b)?;
            print(&text)?;
            Ok(exit_status(!differs))
        }
        Command::Baseline(args) => {
            apply(&mut settings, &args.overrides)?;
            baseline_command(&settings, &args)
        }
        Command::Eval(args) => evaluate(&settings, &args),
        Command::Train(args) => {
            let (folder, default_out) = match args.task {
                TrainTask::Checkworthiness => {
                    ("checkworthiness", "config/model/checkworthiness.weights")
                }
                TrainTask::Attribution => ("attribution", "config/model/attribution.weights"),
                TrainTask::Hedging => ("hedging", "config/model/hedging.weights"),
            };
            let dir = eval::data_dir(args.data.as_deref(), folder)?;
            let out = args.out.unwrap_or_else(|| PathBuf::from(default_out));
            let (weights, summary) = match args.task {
                TrainTask::Checkworthiness => train::checkworthiness(&dir)?,
                TrainTask::Attribution => train_attribution::attribution(&dir)?,
                TrainTask::Hedging => train_hedging::hedging(&dir)?,
            };
            if let Some(parent) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", parent.display()))?;
            }
            write_atomically(&out, weights.as_bytes())?;
            print(&format!(
                "{}\nwrote {} ({} bytes)\n",
                summary.trim_end(),
                out.display(),
                weights.len()
            ))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Applies one run's command-line overrides to the configured settings.
fn apply(settings: &mut Settings, overrides: &Overrides) -> Result<()> {
    if let Some(threshold) = overrides.threshold {
        if !(0.0..=1.0).contains(&threshold) {
            bail!("--threshold must be from 0 to 1, not {threshold}");
        }
        settings.classify.threshold = threshold;
        settings.threshold_set = true;
    }
    if overrides.allow_private_addresses {
        settings.fetch.allow_private_addresses = true;
    }
    Ok(())
}

fn classifier(settings: &Settings) -> Result<Classifier> {
    Ok(build_pipeline(settings, false)?.0)
}

/// The classifier, and the fingerprint of everything that decides an article's claims.
fn pipeline_parts(settings: &Settings) -> Result<(Classifier, String)> {
    build_pipeline(settings, true)
}

/// The classifier, and with `fingerprint` the fingerprint (empty without: hashing the
/// bundled models costs a few milliseconds that a command without state does not need).
fn build_pipeline(settings: &Settings, fingerprint: bool) -> Result<(Classifier, String)> {
    let (lexicons, texts) = config::lexicons(settings.lexicons.as_deref())?;
    let settings_text = format!("{:?}|{:?}", settings.classify, settings.extract);
    let mut parts: Vec<(&str, &str)> = vec![("settings", settings_text.as_str())];
    parts.extend(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    let (weights, model_text) = config::model(settings.model.as_deref())?;
    parts.push(("model", model_text.as_str()));
    // The bundled cue tagger and hedge model decide claims too: a new build that changes
    // them re-classifies unchanged articles.
    parts.push(("cue model", claimsift_classify::BUILTIN_CUE_MODEL));
    parts.push(("hedge model", claimsift_classify::BUILTIN_HEDGE_MODEL));
    let fingerprint = if fingerprint {
        state::fingerprint(&parts)
    } else {
        String::new()
    };
    let mut options = settings.classify.clone();
    if !settings.threshold_set {
        options.threshold = weights.threshold;
    }
    Ok((
        Classifier::new(lexicons, options).with_weights(weights),
        fingerprint,
    ))
}

/// A flag set by SIGINT or SIGTERM; a second signal ends the process at once.
fn stop_flag() -> Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        signal_hook::flag::register_conditional_shutdown(signal, 130, Arc::clone(&stop))
            .context("cannot install signal handlers")?;
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("cannot install signal handlers")?;
    }
    Ok(stop)
}

fn run(settings: &Settings, args: &RunArgs) -> Result<ExitCode> {
    let stop = stop_flag()?;
    run_once(settings, args, &stop)
}

/// One run of the pipeline: fetch, process (incrementally with a store), write reports.
fn run_once(settings: &Settings, args: &RunArgs, stop: &AtomicBool) -> Result<ExitCode> {
    let inputs = if args.inputs.is_empty() {
        settings.inputs.clone()
    } else {
        args.inputs.clone()
    };
    if inputs.is_empty() {
        bail!(
            "no inputs: name files, folders or URLs, or list sources in a configuration file \
             (looked for {})",
            config::DEFAULT_LOCATIONS.join(", ")
        );
    }
    let formats =
        if args.format.is_empty() {
            settings.formats.clone()
        } else {
            let mut formats = Vec::new();
            for name in &args.format {
                formats.push(Format::parse(name).with_context(|| {
                    format!("unknown --format {name:?} (json, jsonl, md, html)")
                })?);
            }
            formats.sort_unstable();
            formats.dedup();
            formats
        };
    let (classifier, fingerprint) = pipeline_parts(settings)?;
    let report = if args.state.no_state {
        let started = std::time::Instant::now();
        let fetched = pipeline::fetch(&inputs, &settings.fetch);
        tracing::info!(
            documents = fetched.len(),
            seconds = started.elapsed().as_secs_f64(),
            "fetched"
        );
        let progress = Progress::new(fetched.len(), settings.quiet);
        let outcomes = pipeline::process(fetched, &settings.extract, &classifier, &progress);
        progress.finish();
        tracing::info!(seconds = started.elapsed().as_secs_f64(), "processed");
        claimsift_report::assemble(pipeline::entries(outcomes))
    } else {
        let _lock = state::lock(&args.state.state)?;
        let mut store = state::open(&args.state.state)?;
        let run = claimsift_store::Store::begin_run(&mut store, &state::now())?;
        let validators = claimsift_store::Store::validators(&store)?;
        let started = std::time::Instant::now();
        let fetched = pipeline::fetch_with(&inputs, &settings.fetch, validators);
        tracing::info!(
            documents = fetched.len(),
            seconds = started.elapsed().as_secs_f64(),
            "fetched"
        );
        let progress = Progress::new(fetched.len(), settings.quiet);
        let mut ctx = state::Incremental {
            store: &mut store,
            run,
            fingerprint: &fingerprint,
            extract: &settings.extract,
            classifier: &classifier,
            stop,
            progress: &progress,
        };
        let outcomes = state::process(&mut ctx, fetched)?;
        progress.finish();
        tracing::info!(seconds = started.elapsed().as_secs_f64(), "processed");
        let report = claimsift_report::assemble(outcomes);
        claimsift_store::Store::finish_run(&mut store, run, &state::now(), &report.run)?;
        report
    };
    for error in &report.errors {
        eprintln!("error: {}: {}", error.input, error.error);
    }

    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output folder {}", args.out.display()))?;
    let mut written = Vec::new();
    for format in formats {
        let path = args.out.join(format.file_name());
        match format {
            // Streamed: a large run's JSON report is too big to build as one string first.
            Format::Json => {
                write_atomically_with(&path, |w| claimsift_report::write_json(&report, w))?
            }
            Format::Jsonl => write_atomically(&path, claimsift_report::jsonl(&report).as_bytes())?,
            Format::Markdown => {
                write_atomically(&path, claimsift_report::markdown(&report).as_bytes())?;
            }
            Format::Html => write_atomically(&path, claimsift_report::html(&report).as_bytes())?,
        }
        written.push(path.display().to_string());
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(claimsift_report::summary(&report).as_bytes())?;
    writeln!(stdout, "wrote {}", written.join(", "))?;
    stdout.flush()?;
    // A run stopped by a signal before its last input is incomplete, like one with errors.
    let stopped = stop.load(Ordering::SeqCst);
    Ok(exit_status(report.errors.is_empty() && !stopped))
}

fn extract(settings: &Settings, input: &str) -> Result<ExitCode> {
    let fetched = pipeline::fetch(&[input.to_owned()], &settings.fetch);
    if fetched.len() > 1 {
        bail!(
            "{input} names {} documents; `extract` takes one (try `classify`)",
            fetched.len()
        );
    }
    let mut failed = false;
    let mut stdout = io::stdout().lock();
    for item in fetched {
        match item.and_then(|f| pipeline::extract(&f, &settings.extract)) {
            Ok(article) => stdout.write_all(claimsift_report::pretty(&article).as_bytes())?,
            Err(error) => {
                report_error(&error);
                failed = true;
            }
        }
    }
    stdout.flush()?;
    Ok(exit_status(!failed))
}

fn classify(settings: &Settings, args: &ClassifyArgs) -> Result<ExitCode> {
    let classifier = classifier(settings)?;
    if args.sentences {
        return classify_sentences(&classifier);
    }
    let fetched = pipeline::fetch(&args.inputs, &settings.fetch);
    let several = fetched.len() > 1;
    let outcomes = pipeline::process(fetched, &settings.extract, &classifier, &Progress::hidden());
    let mut failed = false;
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    for outcome in outcomes {
        match outcome {
            Ok((_, doc)) if args.annotate => {
                writeln!(stdout, "═══ {} ═══", doc.input)?;
                stdout.write_all(claimsift_report::annotate(&doc).as_bytes())?;
            }
            Ok((_, doc)) if several => stdout.write_all(claimsift_report::line(&doc).as_bytes())?,
            Ok((_, doc)) => stdout.write_all(claimsift_report::pretty(&doc).as_bytes())?,
            Err(error) => {
                report_error(&error);
                failed = true;
            }
        }
    }
    stdout.flush()?;
    Ok(exit_status(!failed))
}

/// `classify --sentences`: one sentence a line in, one JSON object a line out, in order.
/// Every input line gets an output line, an empty one included, so lines stay aligned.
fn classify_sentences(classifier: &Classifier) -> Result<ExitCode> {
    let stdin = io::stdin().lock();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut buf = Vec::new();
    let mut json = Vec::with_capacity(4096);
    let mut reader = io::BufReader::new(stdin);
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .context("cannot read standard input")?;
        if n == 0 {
            break;
        }
        line_no += 1;
        // Valid UTF-8, the usual case, is checked by the fast validator and borrowed.
        let line = match std::str::from_utf8(&buf) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(&buf),
        };
        let sentence = line.trim_end_matches(['\n', '\r']);
        if matches!(line, std::borrow::Cow::Owned(_)) {
            tracing::warn!(
                line = line_no,
                "line is not valid UTF-8; invalid bytes replaced"
            );
        }
        let result = classifier.classify_sentence(sentence);
        // The same bytes as `claimsift_report::line`, into one buffer reused for every
        // line: the serialiser appends many small pieces, which a `Vec` takes more cheaply
        // than the buffered writer.
        json.clear();
        claimsift_report::append_line(&result, &mut json).context("cannot write a result")?;
        stdout.write_all(&json)?;
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn print(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

fn watch(settings: &Settings, args: &WatchArgs) -> Result<ExitCode> {
    let schedule = watch::Schedule::parse(args.every.as_deref(), args.cron.as_deref())?;
    // Configuration problems are fatal before the first run, not logged every half hour.
    pipeline_parts(settings)?;
    let stop = stop_flag()?;
    loop {
        match run_once(settings, &args.run, &stop) {
            Ok(_) => {}
            Err(error) if error.downcast_ref::<state::Locked>().is_some() => {
                tracing::warn!(%error, "run skipped");
            }
            Err(error) => tracing::error!(error = format!("{error:#}"), "run failed"),
        }
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let wait = schedule.wait()?;
        tracing::info!(seconds = wait.as_secs(), "next run scheduled");
        if !watch::sleep(wait, &stop) {
            break;
        }
    }
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}

fn baseline_command(settings: &Settings, args: &BaselineArgs) -> Result<ExitCode> {
    let saved = match args.action {
        BaselineAction::Check => Some(baseline::read_index(&args.dir)?),
        BaselineAction::Save => None,
    };
    let inputs = if !args.inputs.is_empty() {
        args.inputs.clone()
    } else if let Some(index) = &saved {
        index.inputs.clone()
    } else {
        settings.inputs.clone()
    };
    if inputs.is_empty() {
        bail!("no inputs: name files, folders or URLs, or list sources in a configuration file");
    }
    let classifier = classifier(settings)?;
    let fetched = pipeline::fetch(&inputs, &settings.fetch);
    let outcomes = pipeline::process(fetched, &settings.extract, &classifier, &Progress::hidden());
    let report = claimsift_report::assemble(pipeline::entries(outcomes));
    match saved {
        None => {
            print(&baseline::save(&args.dir, &inputs, &report)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(index) => {
            let (text, differs) = baseline::check(&args.dir, &index, &report)?;
            print(&text)?;
            Ok(exit_status(!differs))
        }
    }
}

fn evaluate(settings: &Settings, args: &EvalArgs) -> Result<ExitCode> {
    if args.compare.is_some() && !matches!(args.task, EvalTask::Attribution) {
        bail!("--compare is for `eval attribution` only");
    }
    let report = match args.task {
        EvalTask::Extraction => {
            let dir = eval::data_dir(args.data.as_deref(), "extraction")?;
            eval::extraction::run(&dir, &settings.extract, args.predictions.as_deref())?
        }
        EvalTask::Checkworthiness => {
            let dir = eval::data_dir(args.data.as_deref(), "checkworthiness")?;
            eval::checkworthiness::run(&classifier(settings)?, &dir, args.predictions.as_deref())?
        }
        EvalTask::Attribution => {
            let dir = eval::data_dir(args.data.as_deref(), "attribution")?;
            eval::attribution::run(
                &classifier(settings)?,
                &dir,
                args.predictions.as_deref(),
                args.compare.as_deref(),
            )?
        }
        EvalTask::Hedging => {
            let dir = eval::data_dir(args.data.as_deref(), "hedging")?;
            eval::hedging::run(&classifier(settings)?, &dir)?
        }
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(report.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// 0 when every input went through, 1 when some failed (or something differs).
fn exit_status(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn report_error(error: &InputError) {
    eprintln!("error: {}: {}", error.input, error.error);
}

/// Writes `path` through a temporary file and a rename, so a reader (or a run killed
/// half-way) never sees a half-written report.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// [`write_atomically`] for content produced by a writer function.
fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<std::fs::File>) -> io::Result<()>,
) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let file =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    let mut out = io::BufWriter::new(file);
    write(&mut out)
        .and_then(|()| out.flush())
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    drop(out);
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn init_logging(cli: &Cli) {
    use tracing_subscriber::EnvFilter;
    // Unattended runs (standard error not a terminal) log a line per article instead of
    // drawing a progress bar.
    let unattended = matches!(cli.command, Command::Run(_) | Command::Watch(_))
        && !std::io::IsTerminal::is_terminal(&io::stderr());
    let default = match (cli.quiet, cli.verbose) {
        (true, _) => "error",
        (false, 0) if unattended => "info",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    // html5ever logs tree-building notes ("foster parenting not implemented") that say
    // nothing about the article; only its errors are shown.
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new(format!("{default},html5ever=error")));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(io::stderr);
    match cli.log_format {
        LogFormat::Text => builder.without_time().with_target(false).init(),
        LogFormat::Json => builder.json().init(),
    }
}
