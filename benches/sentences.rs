//! Bench: `claimsift classify --sentences` throughput, one process on one core (issue 4
//! target: at least 50,000 sentences a second in a release build).
//!
//! `cargo bench --bench sentences` builds the release binary and pipes it the 22,501
//! sentences of `ct24_train.tsv` (read at run time from `../shared/data/checkworthiness`, or
//! `$CLAIMSIFT_DATA/checkworthiness`; never committed), or, when that file is absent, as many
//! sentences generated from templates. It checks one run's output (a JSON line a sentence),
//! then times five runs (process start, model loading, classification and the JSON lines
//! written to /dev/null) and prints each and the median and best, with the CPU time of each
//! run where Linux reports it (`/proc/self/stat`), which leaves out what a shared virtual
//! machine's hypervisor steals. Wall-clock time on a shared machine is noisy: compare with
//! `valgrind --tool=callgrind` instruction counts when other work is running.

#![allow(clippy::print_stdout)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn data_file() -> PathBuf {
    std::env::var_os("CLAIMSIFT_DATA")
        .map_or_else(
            || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")),
            PathBuf::from,
        )
        .join("checkworthiness")
        .join("ct24_train.tsv")
}

/// One sentence a line: the `Text` column of the TSV, or generated ones.
fn sentences() -> (String, usize, &'static str) {
    if let Ok(tsv) = std::fs::read_to_string(data_file()) {
        let mut out = String::new();
        let mut n = 0;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .has_headers(true)
            .from_reader(tsv.as_bytes());
        for record in reader.records().flatten() {
            if let Some(text) = record.get(1) {
                out.push_str(&text.replace(['\n', '\r'], " "));
                out.push('\n');
                n += 1;
            }
        }
        return (out, n, "ct24_train.tsv");
    }
    let templates = [
        "The council of district {i} approved a budget of ${i}.5 million on Monday, officials said.",
        "I think we should all work together on this, and I want to thank you.",
        "Unemployment rose to {i}% last year, the highest since 1983.",
        "Why would anyone believe that?",
        "Senator Smith voted against the bill {i} times, according to the record.",
        "We're going to cut taxes for every family in this country.",
    ];
    let mut out = String::new();
    for i in 0..22_501 {
        out.push_str(&templates[i % templates.len()].replace("{i}", &(i % 97).to_string()));
        out.push('\n');
    }
    (out, 22_501, "generated sentences")
}

/// CPU time (user and system) of the children this process has waited for, from the
/// `cutime` and `cstime` fields of `/proc/self/stat`, in clock ticks of 1/100 s (Linux's
/// `USER_HZ` on every common platform); `None` where there is no such file. Unlike
/// wall-clock time it leaves out the time a shared virtual machine's hypervisor steals.
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may hold spaces; the fields after it follow its ')'.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // Fields 16 and 17 of the file are 14 and 15 after the name and state.
    let ticks: u64 = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// One run of the binary on `input`; its output goes to `out` (the warm-up run, which is
/// checked) or to /dev/null (timed runs: the process alone is measured, not a reader
/// draining a pipe on the other core). Returns the wall-clock time and, where the system
/// tells it, the CPU time of the run.
fn run(input: &str, out: Option<&std::path::Path>) -> (Duration, Option<Duration>) {
    let stdout = match out {
        Some(path) => Stdio::from(std::fs::File::create(path).expect("output file")),
        None => Stdio::null(),
    };
    let cpu_before = children_cpu();
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimsift"))
        .args(["classify", "--sentences", "-q"])
        .stdin(Stdio::piped())
        .stdout(stdout)
        .spawn()
        .expect("claimsift runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let status = child.wait().expect("claimsift exits");
    let elapsed = started.elapsed();
    writer.join().expect("writer").expect("write input");
    assert!(status.success(), "classify --sentences failed: {status}");
    let cpu = children_cpu()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
    (elapsed, cpu)
}

fn main() {
    let (input, n, what) = sentences();
    // Warm the page cache and the binary, and check that every sentence got its line.
    let check = std::env::temp_dir().join(format!("claimsift-bench-{}.jsonl", std::process::id()));
    run(&input, Some(&check));
    let mut written = String::new();
    std::fs::File::open(&check)
        .and_then(|mut f| f.read_to_string(&mut written))
        .expect("read the output");
    let _ = std::fs::remove_file(&check);
    assert_eq!(written.lines().count(), n, "one JSON line a sentence");
    #[allow(clippy::cast_precision_loss)]
    let rate = |d: Duration| n as f64 / d.as_secs_f64();
    let runs: Vec<(Duration, Option<Duration>)> = (0..5).map(|_| run(&input, None)).collect();
    for (t, cpu) in &runs {
        let cpu = cpu.map_or(String::new(), |c| {
            format!(
                " (CPU {:.2} s = {:.0} sentences/s)",
                c.as_secs_f64(),
                rate(c)
            )
        });
        println!(
            "sentences: {n} lines of {what} in {:.3} s = {:.0} sentences/s{cpu}",
            t.as_secs_f64(),
            rate(*t)
        );
    }
    let mut times: Vec<Duration> = runs.iter().map(|r| r.0).collect();
    times.sort();
    println!(
        "sentences: median {:.0} sentences/s, best {:.0} sentences/s",
        rate(times[2]),
        rate(times[0])
    );
    let mut cpus: Vec<Duration> = runs.iter().filter_map(|r| r.1).collect();
    if cpus.len() == runs.len() {
        cpus.sort();
        println!(
            "sentences: CPU time (user and system, no stolen time): median {:.0} sentences/s",
            rate(cpus[2])
        );
    }
}
