//! Renders what a run found: `report.json`, `report.jsonl`, `report.md`, and the annotated
//! text view used by `claimsift classify --annotate` and the snapshot tests.
//!
//! The stage is pure: it turns a [`Report`] into strings and the binary writes them. Every
//! renderer is deterministic — the same report gives the same bytes — because users diff
//! reports between runs and the snapshot tests compare them byte for byte.

mod annotate;
mod html;
mod markdown;

use claimsift_core::{
    Article, ArticleReport, ArticleStatus, Attribution, Claim, ClassifiedDocument, Evidence,
    HedgeCue, Hedging, InputError, Report, RunSummary, SentenceResult, Span, TextSpan,
};
use serde::Serialize;

pub use annotate::annotate;
pub use html::html;
pub use markdown::markdown;

/// One input's outcome, in input order: its report entry (see [`article_report`]) or why it
/// failed.
pub type Outcome = Result<ArticleReport, InputError>;

/// Builds the report of a run from each input's outcome, keeping input order. Counts of new,
/// changed and unchanged articles are given when the entries carry a status (a run with a
/// state store).
#[must_use]
pub fn assemble(outcomes: Vec<Outcome>) -> Report {
    let mut run = RunSummary {
        inputs: outcomes.len(),
        ..RunSummary::default()
    };
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(report) => {
                if let Some(status) = report.status {
                    let count = match status {
                        ArticleStatus::New => &mut run.new,
                        ArticleStatus::Changed => &mut run.changed,
                        ArticleStatus::Unchanged => &mut run.unchanged,
                    };
                    *count = Some(count.unwrap_or(0) + 1);
                }
                run.articles += 1;
                run.claims += report.claims.len();
                run.checkworthy += report.claims.iter().filter(|c| c.checkworthy).count();
                run.attributed += report
                    .claims
                    .iter()
                    .filter(|c| c.attribution.is_some())
                    .count();
                run.hedged += report.claims.iter().filter(|c| c.hedging.hedged).count();
                articles.push(report);
            }
            Err(error) => errors.push(error),
        }
    }
    run.errors = errors.len();
    if articles.iter().any(|a: &ArticleReport| a.status.is_some()) {
        for count in [&mut run.new, &mut run.changed, &mut run.unchanged] {
            count.get_or_insert(0);
        }
    }
    Report {
        schema: claimsift_core::SCHEMA.to_owned(),
        run,
        articles,
        errors,
    }
}

/// The report entry for one article, claims ranked by check-worthiness (highest score
/// first, ties in text order).
#[must_use]
pub fn article_report(article: Article, doc: ClassifiedDocument) -> ArticleReport {
    let mut claims = doc.claims;
    claims.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    ArticleReport {
        input: article.input,
        url: article.url,
        title: article.metadata.title.clone(),
        metadata: article.metadata,
        text: doc.text,
        claims,
        attributions: doc.attributions,
        diagnostics: article.diagnostics,
        status: None,
        changes: None,
    }
}

/// `report.json`: the whole report, pretty-printed, ending in a newline.
#[must_use]
pub fn json(report: &Report) -> String {
    pretty(report)
}

/// `report.json` streamed to `out`: the same bytes as [`json`], without holding the whole
/// text in memory (a large run's report can be hundreds of megabytes).
///
/// # Errors
/// When writing to `out` fails.
pub fn write_json(report: &Report, out: &mut impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// Any serialisable value as pretty JSON ending in a newline.
#[must_use]
pub fn pretty<T: Serialize>(value: &T) -> String {
    // Serialising these plain structs cannot fail: every key is a string and no value is a
    // map with non-string keys. Fall back to an empty object rather than panic regardless.
    let mut out = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".to_owned());
    out.push('\n');
    out
}

/// Any serialisable value as compact JSON on one line, ending in a newline.
#[must_use]
pub fn line<T: Serialize>(value: &T) -> String {
    let mut out = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned());
    out.push('\n');
    out
}

/// Appends `result` as compact JSON and a newline to `out`: the same bytes as [`line`],
/// for `classify --sentences`, which writes one such line per input line.
///
/// The field names are written as they are, in the order serde's derive writes them (each
/// struct is destructured whole, so a new field does not compile until it is written here
/// too); sonic-rs writes the values. It escapes strings with SIMD (serde_json's
/// byte-at-a-time escaping was 7% of that command's instructions), and both format floats
/// with zmij, so the bytes are serde_json's (see the test below); escaping the constant
/// field names again for every line was another 4%.
///
/// # Errors
/// When a value cannot be serialised as JSON (never, for these types).
pub fn append_line(result: &SentenceResult, out: &mut Vec<u8>) -> Result<(), sonic_rs::Error> {
    let SentenceResult {
        text,
        checkworthy,
        score,
        hedged,
        attributed,
        claims,
    } = result;
    let mut w = JsonLine(out);
    w.field("{\"text\":", text)?;
    w.key(",\"checkworthy\":");
    w.bool(*checkworthy);
    w.field(",\"score\":", score)?;
    w.key(",\"hedged\":");
    w.bool(*hedged);
    w.key(",\"attributed\":");
    w.bool(*attributed);
    w.key(",\"claims\":");
    w.list(claims, JsonLine::claim)?;
    w.key("}\n");
    Ok(())
}

/// The writer of [`append_line`]: constant JSON (field names, punctuation) as it is,
/// values through sonic-rs.
struct JsonLine<'a>(&'a mut Vec<u8>);

impl JsonLine<'_> {
    fn key(&mut self, json: &str) {
        self.0.extend_from_slice(json.as_bytes());
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), sonic_rs::Error> {
        sonic_rs::to_writer(&mut *self.0, value)
    }

    /// A field: `name` (the punctuation before it, its quoted name and the colon) as it
    /// is, then its value.
    fn field<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), sonic_rs::Error> {
        self.key(name);
        self.value(value)
    }

    fn bool(&mut self, value: bool) {
        self.key(if value { "true" } else { "false" });
    }

    /// `[item,item]`, each written by `f`.
    fn list<T>(
        &mut self,
        items: &[T],
        mut f: impl FnMut(&mut Self, &T) -> Result<(), sonic_rs::Error>,
    ) -> Result<(), sonic_rs::Error> {
        self.key("[");
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                self.key(",");
            }
            f(self, item)?;
        }
        self.key("]");
        Ok(())
    }

    /// `"text":…,"start":…,"end":…`, the fields a claim, a piece of evidence, a hedge cue
    /// and a text span share, in that order, after `open` (`{` or `,`).
    fn text_start_end(
        &mut self,
        open: &str,
        text: &str,
        start: &usize,
        end: &usize,
    ) -> Result<(), sonic_rs::Error> {
        self.key(open);
        self.field("\"text\":", text)?;
        self.field(",\"start\":", start)?;
        self.field(",\"end\":", end)
    }

    fn claim(&mut self, claim: &Claim) -> Result<(), sonic_rs::Error> {
        let Claim {
            text,
            start,
            end,
            sentence,
            checkworthy,
            score,
            kinds,
            evidence,
            attribution,
            hedging,
            reasons,
        } = claim;
        self.text_start_end("{", text, start, end)?;
        self.field(",\"sentence\":", sentence)?;
        self.key(",\"checkworthy\":");
        self.bool(*checkworthy);
        self.field(",\"score\":", score)?;
        self.key(",\"kinds\":");
        self.list(kinds, |w, kind| w.value(kind))?;
        self.key(",\"evidence\":");
        self.list(evidence, JsonLine::evidence)?;
        self.key(",\"attribution\":");
        match attribution {
            Some(a) => self.attribution(a)?,
            None => self.key("null"),
        }
        self.key(",\"hedging\":");
        self.hedging(hedging)?;
        self.key(",\"reasons\":");
        self.list(reasons, |w, reason| w.value(reason))?;
        self.key("}");
        Ok(())
    }

    fn evidence(&mut self, evidence: &Evidence) -> Result<(), sonic_rs::Error> {
        let Evidence {
            kind,
            text,
            start,
            end,
        } = evidence;
        self.field("{\"kind\":", kind)?;
        self.text_start_end(",", text, start, end)?;
        self.key("}");
        Ok(())
    }

    fn attribution(&mut self, attribution: &Attribution) -> Result<(), sonic_rs::Error> {
        let Attribution {
            kind,
            source,
            cue,
            content,
            direct_quote,
            refers_to,
        } = attribution;
        self.field("{\"kind\":", kind)?;
        self.key(",\"source\":");
        match source {
            Some(s) => self.text_span(s)?,
            None => self.key("null"),
        }
        self.key(",\"cue\":");
        self.text_span(cue)?;
        let Span { start, end } = content;
        self.field(",\"content\":{\"start\":", start)?;
        self.field(",\"end\":", end)?;
        self.key("},\"direct_quote\":");
        self.bool(*direct_quote);
        // `skip_serializing_if = "Option::is_none"`.
        if let Some(name) = refers_to {
            self.field(",\"refers_to\":", name)?;
        }
        self.key("}");
        Ok(())
    }

    fn hedging(&mut self, hedging: &Hedging) -> Result<(), sonic_rs::Error> {
        let Hedging {
            hedged,
            cues,
            negations,
        } = hedging;
        self.key("{\"hedged\":");
        self.bool(*hedged);
        self.key(",\"cues\":");
        self.list(cues, |w, cue| {
            let HedgeCue {
                text,
                start,
                end,
                category,
            } = cue;
            w.text_start_end("{", text, start, end)?;
            w.field(",\"category\":", category)?;
            w.key("}");
            Ok(())
        })?;
        self.key(",\"negations\":");
        self.list(negations, JsonLine::text_span)?;
        self.key("}");
        Ok(())
    }

    fn text_span(&mut self, span: &TextSpan) -> Result<(), sonic_rs::Error> {
        let TextSpan { text, start, end } = span;
        self.text_start_end("{", text, start, end)?;
        self.key("}");
        Ok(())
    }
}

/// `report.jsonl`: one line for each article (`"type": "article"`), then one for each error
/// (`"type": "error"`), then the run summary (`"type": "run"`). Each line carries the schema.
#[must_use]
pub fn jsonl(report: &Report) -> String {
    #[derive(Serialize)]
    struct Line<'a, T: Serialize> {
        schema: &'a str,
        #[serde(rename = "type")]
        kind: &'a str,
        #[serde(flatten)]
        value: &'a T,
    }
    #[derive(Serialize)]
    struct Run<'a> {
        run: &'a RunSummary,
    }
    let schema = report.schema.as_str();
    let mut out = String::new();
    for article in &report.articles {
        out.push_str(&line(&Line {
            schema,
            kind: "article",
            value: article,
        }));
    }
    for error in &report.errors {
        out.push_str(&line(&Line {
            schema,
            kind: "error",
            value: error,
        }));
    }
    out.push_str(&line(&Line {
        schema,
        kind: "run",
        value: &Run { run: &report.run },
    }));
    out
}

/// The short summary `claimsift run` prints on the terminal.
#[must_use]
pub fn summary(report: &Report) -> String {
    let run = &report.run;
    let mut out = format!(
        "{} article{}, {} claim{} ({} check-worthy, {} attributed, {} hedged), {} error{}\n",
        run.articles,
        plural(run.articles),
        run.claims,
        plural(run.claims),
        run.checkworthy,
        run.attributed,
        run.hedged,
        run.errors,
        plural(run.errors),
    );
    if let (Some(new), Some(changed), Some(unchanged)) = (run.new, run.changed, run.unchanged) {
        out.push_str(&format!(
            "{new} new, {changed} changed, {unchanged} unchanged since the last run\n"
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_json_is_byte_for_byte_the_same() {
        let report = assemble(vec![Err(InputError {
            input: "a.html".into(),
            error: "not found".into(),
        })]);
        let mut streamed = Vec::new();
        write_json(&report, &mut streamed).expect("writes to memory");
        assert_eq!(String::from_utf8(streamed).expect("UTF-8"), json(&report));
    }

    /// `append_line` (sonic-rs) must write what `line` (serde_json) writes: escapes of
    /// quotes, backslashes and control characters, raw non-ASCII, float digits, `null`.
    #[test]
    fn appended_line_is_byte_for_byte_the_same() {
        use claimsift_core::{
            Attribution, Claim, ClaimKind, Evidence, EvidenceKind, HedgeCategory, HedgeCue,
            Hedging, SentenceResult, SourceKind, Span, TextSpan,
        };
        let text =
            "He said \"no\\ way\" \u{1}\u{1f}\u{7f}\t\r\u{8}\u{c}\u{b} café “quoted” 😀 \u{2028}";
        let span = |text: &str| TextSpan {
            text: text.to_owned(),
            start: 1,
            end: 2,
        };
        let claim = |score: f64, attribution: Option<Attribution>| Claim {
            text: text.to_owned(),
            start: 0,
            end: text.len(),
            sentence: usize::MAX,
            checkworthy: true,
            score,
            kinds: vec![ClaimKind::Quantity, ClaimKind::Causal],
            evidence: vec![Evidence {
                kind: EvidenceKind::Number,
                text: "\"5\"".to_owned(),
                start: 3,
                end: 6,
            }],
            attribution,
            hedging: Hedging {
                hedged: true,
                cues: vec![HedgeCue {
                    text: "may\n".to_owned(),
                    start: 7,
                    end: 10,
                    category: HedgeCategory::EpistemicVerb,
                }],
                negations: vec![span("not")],
            },
            reasons: vec![String::new(), text.to_owned()],
        };
        let attribution = |refers_to: Option<String>| Attribution {
            kind: SourceKind::NamedPerson,
            source: refers_to.as_deref().map(span),
            cue: span("said"),
            content: Span { start: 0, end: 1 },
            direct_quote: false,
            refers_to,
        };
        let mut claims = vec![
            claim(0.0, None),
            claim(1.0, Some(attribution(None))),
            claim(0.1 + 0.2, Some(attribution(Some("Ms \"X\"".to_owned())))),
        ];
        claims.push(Claim {
            kinds: Vec::new(),
            evidence: Vec::new(),
            hedging: Hedging::default(),
            reasons: Vec::new(),
            ..claim(0.5, None)
        });
        claims.extend(
            [
                0.217,
                0.475,
                1e-7,
                123_456_789.0,
                1e21,
                -0.5,
                f64::MIN_POSITIVE,
            ]
            .map(|score| claim(score, None)),
        );
        let result = SentenceResult {
            text: text.to_owned(),
            checkworthy: false,
            score: 0.999,
            hedged: false,
            attributed: true,
            claims,
        };
        for value in [
            result.clone(),
            SentenceResult {
                claims: Vec::new(),
                ..result
            },
        ] {
            let mut out = Vec::new();
            append_line(&value, &mut out).expect("serialises");
            assert_eq!(String::from_utf8(out).expect("UTF-8"), line(&value));
        }
    }
}
