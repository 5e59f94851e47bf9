//! Configuration: what `claimsift.toml` says, validated and resolved into the settings the
//! stages use.
//!
//! Three layers, as in ruff's workspace crate: the file's table (unknown keys rejected), the
//! command line's overrides, and the resolved [`Settings`]. Validation collects every
//! problem in the file before failing, each naming the file and the key, so an editor fixes a
//! config in one pass. The file describes the pipeline; flags describe one run.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use claimsift_classify::{ClassifyOptions, LEXICON_FILES, Lexicons};
use claimsift_extract::ExtractOptions;
use claimsift_fetch::FetchOptions;

/// Where `claimsift` looks for a configuration file when `--config` is not given, in order.
pub const DEFAULT_LOCATIONS: &[&str] = &["config/claimsift.toml", "claimsift.toml"];

/// A report format `claimsift run` can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Json,
    Jsonl,
    Markdown,
    Html,
}

impl Format {
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim() {
            "json" => Some(Self::Json),
            "jsonl" => Some(Self::Jsonl),
            "md" | "markdown" => Some(Self::Markdown),
            "html" => Some(Self::Html),
            _ => None,
        }
    }

    pub const fn file_name(self) -> &'static str {
        match self {
            Self::Json => "report.json",
            Self::Jsonl => "report.jsonl",
            Self::Markdown => "report.md",
            Self::Html => "report.html",
        }
    }
}

/// The resolved settings of one run.
#[derive(Debug)]
pub struct Settings {
    /// The configuration file in use, if any.
    pub path: Option<PathBuf>,
    /// The sources the file lists, resolved against its folder.
    pub inputs: Vec<String>,
    pub fetch: FetchOptions,
    pub extract: ExtractOptions,
    pub classify: ClassifyOptions,
    /// The lexicon folder, resolved against the file's folder.
    pub lexicons: Option<PathBuf>,
    /// A check-worthiness weights file replacing the bundled model (`classify.model`).
    pub model: Option<PathBuf>,
    /// True when the file or the command line set `classify.threshold`; otherwise the
    /// model's own threshold applies.
    pub threshold_set: bool,
    pub formats: Vec<Format>,
    /// `-q`: no progress bar and no progress lines.
    pub quiet: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            path: None,
            inputs: Vec::new(),
            fetch: FetchOptions::default(),
            extract: ExtractOptions::default(),
            classify: ClassifyOptions::default(),
            lexicons: None,
            model: None,
            threshold_set: false,
            formats: vec![Format::Json, Format::Markdown, Format::Html],
            quiet: false,
        }
    }
}

/// The keys a configuration file may hold, with the type each must have.
const KEYS: &[(&str, &str, Kind)] = &[
    ("sources", "inputs", Kind::Strings),
    ("fetch", "max_bytes", Kind::Count),
    ("fetch", "connect_timeout_secs", Kind::Seconds),
    ("fetch", "timeout_secs", Kind::Seconds),
    ("fetch", "max_redirects", Kind::Count),
    ("fetch", "contact_url", Kind::String),
    ("fetch", "allow_private_addresses", Kind::Bool),
    ("fetch", "respect_robots_txt", Kind::Bool),
    ("fetch", "per_host_delay_secs", Kind::Wait),
    ("fetch", "max_crawl_delay_secs", Kind::Wait),
    ("fetch", "max_concurrency", Kind::Positive),
    ("fetch", "max_retries", Kind::Count),
    ("fetch", "max_retry_after_secs", Kind::Wait),
    ("fetch", "retry_base_delay_secs", Kind::Wait),
    ("fetch", "retry_max_delay_secs", Kind::Wait),
    ("fetch", "max_feed_items", Kind::Positive),
    ("fetch", "discover_feeds", Kind::Bool),
    ("extract", "max_bytes", Kind::Count),
    ("classify", "threshold", Kind::Fraction),
    ("classify", "lexicons", Kind::String),
    ("classify", "model", Kind::String),
    ("report", "formats", Kind::Strings),
];

#[derive(Clone, Copy, Debug)]
enum Kind {
    String,
    Strings,
    Bool,
    /// A non-negative integer.
    Count,
    /// A positive number of seconds.
    Seconds,
    /// A number of seconds, 0 allowed.
    Wait,
    /// A whole number of at least 1.
    Positive,
    /// A number from 0 to 1.
    Fraction,
}

impl Kind {
    const fn describe(self) -> &'static str {
        match self {
            Self::String => "a string",
            Self::Strings => "a list of strings",
            Self::Bool => "true or false",
            Self::Count => "a whole number of at least 0",
            Self::Seconds => "a number of seconds above 0",
            Self::Wait => "a number of seconds of at least 0",
            Self::Positive => "a whole number of at least 1",
            Self::Fraction => "a number from 0 to 1",
        }
    }

    fn accepts(self, value: &toml::Value) -> bool {
        match self {
            Self::String => value.is_str(),
            Self::Strings => value
                .as_array()
                .is_some_and(|a| a.iter().all(toml::Value::is_str)),
            Self::Bool => value.is_bool(),
            Self::Count => value.as_integer().is_some_and(|n| n >= 0),
            Self::Seconds => number(value).is_some_and(|n| n > 0.0 && n <= 86_400.0),
            Self::Wait => number(value).is_some_and(|n| (0.0..=86_400.0).contains(&n)),
            Self::Positive => value.as_integer().is_some_and(|n| n >= 1),
            Self::Fraction => number(value).is_some_and(|n| (0.0..=1.0).contains(&n)),
        }
    }
}

fn number(value: &toml::Value) -> Option<f64> {
    #[allow(clippy::cast_precision_loss)]
    value
        .as_float()
        .or_else(|| value.as_integer().map(|n| n as f64))
}

/// Finds the configuration file: `explicit` if given, else the first of
/// [`DEFAULT_LOCATIONS`] that exists under `cwd`.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    DEFAULT_LOCATIONS
        .iter()
        .map(|p| cwd.join(p))
        .find(|p| p.is_file())
        .map(|p| relative_to(&p, cwd))
}

/// Reads and validates a configuration file.
pub fn load(path: &Path) -> Result<Settings> {
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read configuration file {}", path.display()))?;
    parse(&source, path)
}

/// Validates a configuration file's text; `path` names it in errors and anchors its
/// relative paths.
pub fn parse(source: &str, path: &Path) -> Result<Settings> {
    let shown = path.display();
    let table: toml::Table =
        toml::from_str(source).with_context(|| format!("{shown} is not valid TOML"))?;

    let mut problems = String::new();
    for (section, value) in &table {
        let Some(inner) = value.as_table() else {
            let _ = writeln!(
                problems,
                "  {shown}: `{section}` must be a table ([{section}])"
            );
            continue;
        };
        if !KEYS.iter().any(|(s, _, _)| s == section) {
            let _ = writeln!(problems, "  {shown}: unknown section [{section}]");
            continue;
        }
        for (key, value) in inner {
            match KEYS.iter().find(|(s, k, _)| s == section && k == key) {
                None => {
                    let _ = writeln!(problems, "  {shown}: unknown key `{section}.{key}`");
                }
                Some((_, _, kind)) if !kind.accepts(value) => {
                    let _ = writeln!(
                        problems,
                        "  {shown}: `{section}.{key}` must be {}, not {value}",
                        kind.describe()
                    );
                }
                Some(_) => {}
            }
        }
    }
    let get = |section: &str, key: &str| table.get(section).and_then(|t| t.get(key));
    if let Some(formats) = get("report", "formats").and_then(toml::Value::as_array) {
        for f in formats.iter().filter_map(toml::Value::as_str) {
            if Format::parse(f).is_none() {
                let _ = writeln!(
                    problems,
                    "  {shown}: `report.formats` has unknown format \"{f}\" (json, jsonl, md, html)"
                );
            }
        }
    }
    if !problems.is_empty() {
        bail!("invalid configuration:\n{}", problems.trim_end());
    }

    let base = path.parent().unwrap_or(Path::new(""));
    let mut settings = Settings {
        path: Some(path.to_path_buf()),
        ..Settings::default()
    };
    let string = |section: &str, key: &str| get(section, key).and_then(toml::Value::as_str);
    let strings = |section: &str, key: &str| -> Option<Vec<String>> {
        get(section, key).and_then(toml::Value::as_array).map(|a| {
            a.iter()
                .filter_map(toml::Value::as_str)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
    };
    let count = |section: &str, key: &str| {
        get(section, key)
            .and_then(toml::Value::as_integer)
            .and_then(|n| u64::try_from(n).ok())
    };
    let seconds = |section: &str, key: &str| get(section, key).and_then(number);

    if let Some(inputs) = strings("sources", "inputs") {
        settings.inputs = inputs.iter().map(|i| resolve_input(base, i)).collect();
    }
    if let Some(n) = count("fetch", "max_bytes") {
        settings.fetch.max_bytes = n;
    }
    if let Some(s) = seconds("fetch", "connect_timeout_secs") {
        settings.fetch.connect_timeout = Duration::from_secs_f64(s);
    }
    if let Some(s) = seconds("fetch", "timeout_secs") {
        settings.fetch.timeout = Duration::from_secs_f64(s);
    }
    if let Some(n) = count("fetch", "max_redirects") {
        settings.fetch.max_redirects = usize::try_from(n).unwrap_or(usize::MAX);
    }
    if let Some(url) = string("fetch", "contact_url") {
        settings.fetch.user_agent = user_agent(url);
    }
    let flag = |section: &str, key: &str| get(section, key).and_then(toml::Value::as_bool);
    if let Some(b) = flag("fetch", "allow_private_addresses") {
        settings.fetch.allow_private_addresses = b;
    }
    if let Some(b) = flag("fetch", "respect_robots_txt") {
        settings.fetch.respect_robots_txt = b;
    }
    if let Some(s) = seconds("fetch", "per_host_delay_secs") {
        settings.fetch.per_host_delay = Duration::from_secs_f64(s);
    }
    if let Some(s) = seconds("fetch", "max_crawl_delay_secs") {
        settings.fetch.max_crawl_delay = Duration::from_secs_f64(s);
    }
    if let Some(n) = count("fetch", "max_concurrency") {
        settings.fetch.max_concurrency = usize::try_from(n).unwrap_or(usize::MAX);
    }
    if let Some(n) = count("fetch", "max_retries") {
        settings.fetch.max_retries = u32::try_from(n).unwrap_or(u32::MAX);
    }
    if let Some(s) = seconds("fetch", "max_retry_after_secs") {
        settings.fetch.max_retry_after = Duration::from_secs_f64(s);
    }
    if let Some(s) = seconds("fetch", "retry_base_delay_secs") {
        settings.fetch.retry_base_delay = Duration::from_secs_f64(s);
    }
    if let Some(s) = seconds("fetch", "retry_max_delay_secs") {
        settings.fetch.retry_max_delay = Duration::from_secs_f64(s);
    }
    if let Some(n) = count("fetch", "max_feed_items") {
        settings.fetch.max_feed_items = usize::try_from(n).unwrap_or(usize::MAX);
    }
    if let Some(b) = flag("fetch", "discover_feeds") {
        settings.fetch.discover_feeds = b;
    }
    if let Some(n) = count("extract", "max_bytes") {
        settings.extract.max_bytes = usize::try_from(n).unwrap_or(usize::MAX);
    }
    if let Some(t) = seconds("classify", "threshold") {
        settings.classify.threshold = t;
        settings.threshold_set = true;
    }
    if let Some(file) = string("classify", "model") {
        settings.model = Some(normalize(&base.join(file)));
    }
    if let Some(dir) = string("classify", "lexicons") {
        settings.lexicons = Some(normalize(&base.join(dir)));
    }
    if let Some(formats) = strings("report", "formats") {
        let mut parsed: Vec<Format> = formats.iter().filter_map(|f| Format::parse(f)).collect();
        parsed.sort_unstable();
        parsed.dedup();
        settings.formats = parsed;
    }
    Ok(settings)
}

/// The User-Agent claimsift sends: `claimsift/<version> (+URL)`.
pub fn user_agent(contact_url: &str) -> String {
    format!("claimsift/{} (+{contact_url})", env!("CARGO_PKG_VERSION"))
}

/// Loads the check-worthiness model: the bundled one, or the weights file `path`. Also
/// returns the text read, for the pipeline fingerprint.
pub fn model(path: Option<&Path>) -> Result<(claimsift_classify::Weights, String)> {
    let text = match path {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("cannot read model {}", p.display()))?,
        None => claimsift_classify::BUILTIN_MODEL.to_owned(),
    };
    let weights = claimsift_classify::Weights::parse(&text).with_context(|| {
        format!(
            "invalid model {}",
            path.map_or_else(|| "(bundled)".to_owned(), |p| p.display().to_string())
        )
    })?;
    Ok((weights, text))
}

/// Loads the lexicons: the bundled ones, with any file present in `dir` taking the place of
/// the bundled file of the same name. Also returns the texts read, by file name, for the
/// pipeline fingerprint.
pub fn lexicons(dir: Option<&Path>) -> Result<(Lexicons, Vec<(String, String)>)> {
    let Some(dir) = dir else {
        return Ok((Lexicons::builtin(), Vec::new()));
    };
    if !dir.is_dir() {
        bail!("lexicon folder {} does not exist", dir.display());
    }
    let mut files = Vec::new();
    for name in LEXICON_FILES {
        let path = dir.join(name);
        if path.is_file() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read lexicon {}", path.display()))?;
            files.push(((*name).to_owned(), text));
        }
    }
    let lexicons = Lexicons::from_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .with_context(|| format!("invalid lexicon in {}", dir.display()))?;
    Ok((lexicons, files))
}

/// A source from the config: URLs and `-` as written, paths against the config's folder.
fn resolve_input(base: &Path, input: &str) -> String {
    if input == "-" || input.contains("://") {
        return input.to_owned();
    }
    normalize(&base.join(input)).display().to_string()
}

/// Removes `.` and `name/..` pairs without touching the file system, so that
/// `config/../examples` is shown as `examples`.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_config_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/claimsift.toml");
        let settings = load(&path).expect("the bundled config loads");
        assert_eq!(settings.inputs.len(), 1);
        assert!(
            settings.inputs[0].ends_with("examples/articles"),
            "{:?}",
            settings.inputs
        );
        assert_eq!(
            settings.formats,
            vec![Format::Json, Format::Markdown, Format::Html]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let source = r#"
[sources]
input = ["a"]
[fetch]
timeout_secs = -1
[classify]
threshold = 2
[report]
formats = ["json", "pdf"]
[bogus]
x = 1
"#;
        let error = parse(source, Path::new("conf/c.toml"))
            .unwrap_err()
            .to_string();
        for needle in [
            "unknown key `sources.input`",
            "`fetch.timeout_secs` must be a number of seconds above 0",
            "`classify.threshold` must be a number from 0 to 1",
            "unknown format \"pdf\"",
            "unknown section [bogus]",
        ] {
            assert!(error.contains(needle), "missing {needle:?} in:\n{error}");
        }
        assert!(error.contains("conf/c.toml"), "{error}");
    }

    #[test]
    fn relative_paths_resolve_from_the_config_folder() {
        let source = "[sources]\ninputs = [\"../articles\", \"https://example.org/feed\", \"-\"]\n[classify]\nlexicons = \"lex\"\n";
        let settings = parse(source, Path::new("config/claimsift.toml")).unwrap();
        assert_eq!(
            settings.inputs,
            vec!["articles", "https://example.org/feed", "-"]
        );
        assert_eq!(settings.lexicons, Some(PathBuf::from("config/lex")));
    }

    #[test]
    fn normalize_keeps_leading_parent_dirs() {
        assert_eq!(
            normalize(Path::new("../a/./b/../c")),
            PathBuf::from("../a/c")
        );
        assert_eq!(normalize(Path::new("a/..")), PathBuf::from("."));
    }
}
