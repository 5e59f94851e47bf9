//! `report.html`: one self-contained page an editor reviews a run in.
//!
//! The page is plain HTML rendered here, with its stylesheet and script inlined from
//! `assets/` (no fonts, scripts or images from elsewhere, so it opens from `file://`
//! offline). Everything an editor needs is in the markup itself, so the page reads and prints
//! without its script; the script only adds filters, keyboard navigation and the linking of a
//! claim to its source and cue on hover or focus.
//!
//! # Structure and data attributes
//!
//! * Each article is an `<article class="art" id="a{i}">` (`i` its index in the report).
//!   With a state store, `data-status` holds its [`ArticleStatus`](claimsift_core::ArticleStatus).
//! * The article text is shown as text (`white-space: pre-wrap`), cut into non-overlapping
//!   segments at every span boundary. A segment inside a claim is a `<mark>`; `data-c` lists
//!   the claims covering it, `data-s`, `data-q` and `data-h` the claims whose attribution
//!   source, attribution cue and hedge cues it is part of (space-separated claim indices,
//!   so `[data-s~="3"]` finds claim 3's source). Each claim's first segment is preceded by a
//!   badge (`span.badge`, `data-ref`) with its rank and kinds.
//! * The ranked claims are `<li class="claim" id="a{i}-c{j}" data-claim="{j}">` in report
//!   order (claims are ranked by score in the report, so `j + 1` is the rank), with
//!   `data-score`, `data-kinds`, `data-attributed`, `data-hedged`, `data-checkworthy`, and —
//!   when the article has a status — `data-status` (`new`, `changed` or `unchanged`), which
//!   the "changed since last run" filter reads. That filter is hidden when no claim has one.
//! * `<script type="application/json" id="report-data">` holds the run summary and one entry
//!   per article (input, title, claim count) for the page's self-test (`#selftest`), which
//!   the browser test reads. JSON embedded in a script escapes `<`, `>`, `&`, U+2028 and
//!   U+2029 so that no text can close the script element.
//!
//! Ids come from indices and nothing depends on time or randomness: the same report renders
//! to the same bytes. Spans that do not index the text (out of range, not on a char
//! boundary, empty) are skipped, never a panic.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use claimsift_core::{ArticleReport, Claim, ClaimKind, Report, Span};
use serde::Serialize;

const CSS: &str = include_str!("../assets/report.css");
const JS: &str = include_str!("../assets/report.js");

/// Renders the HTML report: one self-contained page.
#[must_use]
pub fn html(report: &Report) -> String {
    let size: usize = report.articles.iter().map(|a| a.text.len() * 3).sum();
    let mut out = String::with_capacity(16_384 + size);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"generator\" content=\"claimsift\">\n<title>claimsift report</title>\n<style>\n",
    );
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str("<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n");
    out.push_str("<header class=\"top\">\n<h1>claimsift report</h1>\n");
    summary(&mut out, report);
    out.push_str("</header>\n");
    filters(&mut out, report);
    legend(&mut out);
    errors(&mut out, report);
    changes_summary(&mut out, report);
    contents(&mut out, report);
    out.push_str("<main id=\"articles\" tabindex=\"-1\">\n");
    if report.articles.is_empty() {
        out.push_str("<p class=\"empty\">No articles in this run.</p>\n");
    }
    for (i, article) in report.articles.iter().enumerate() {
        article_section(&mut out, i, article);
    }
    out.push_str("</main>\n");
    out.push_str(
        "<footer class=\"foot\"><p>Keys: <kbd>j</kbd>/<kbd>n</kbd>/<kbd>↓</kbd> next claim, \
         <kbd>k</kbd>/<kbd>p</kbd>/<kbd>↑</kbd> previous claim, <kbd>Enter</kbd> on a \
         claim shows it in the text.</p></footer>\n",
    );
    out.push_str("<script type=\"application/json\" id=\"report-data\">");
    out.push_str(&script_json(&page_data(report)));
    out.push_str("</script>\n<script>\n");
    out.push_str(JS);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// Escapes `& < > " '` so text can go anywhere in HTML: element content or a quoted
/// attribute value.
#[cfg(test)]
#[must_use]
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_into(&mut out, text);
    out
}

fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        let (entity, tail) = match rest.as_bytes()[at] {
            b'&' => ("&amp;", &rest[at + 1..]),
            b'<' => ("&lt;", &rest[at + 1..]),
            b'>' => ("&gt;", &rest[at + 1..]),
            b'"' => ("&quot;", &rest[at + 1..]),
            _ => ("&#39;", &rest[at + 1..]),
        };
        out.push_str(entity);
        rest = tail;
    }
    out.push_str(rest);
}

/// Serialises `value` for a `<script type="application/json">` element: nothing in it can
/// end the element (`</script>`), open a comment (`<!--`) or break a JavaScript string
/// (U+2028, U+2029). The escapes only occur inside JSON strings, where `\uXXXX` means the
/// same character, so the data parses to exactly the same value.
#[must_use]
pub(crate) fn script_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    let mut out = String::with_capacity(json.len() + 16);
    for ch in json.chars() {
        match ch {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    out
}

#[derive(Serialize)]
struct PageData<'a> {
    schema: &'a str,
    run: &'a claimsift_core::RunSummary,
    articles: Vec<PageArticle<'a>>,
}

#[derive(Serialize)]
struct PageArticle<'a> {
    input: &'a str,
    title: Option<&'a str>,
    claims: usize,
    unattributed: usize,
    unhedged: usize,
}

fn page_data(report: &Report) -> PageData<'_> {
    PageData {
        schema: &report.schema,
        run: &report.run,
        articles: report
            .articles
            .iter()
            .map(|a| PageArticle {
                input: &a.input,
                title: a.title.as_deref(),
                claims: a.claims.len(),
                unattributed: a.claims.iter().filter(|c| c.attribution.is_none()).count(),
                unhedged: a.claims.iter().filter(|c| !c.hedging.hedged).count(),
            })
            .collect(),
    }
}

fn summary(out: &mut String, report: &Report) {
    let run = &report.run;
    out.push_str("<dl class=\"summary\" aria-label=\"Run summary\">\n");
    let mut item = |label: &str, value: usize, class: &str| {
        let _ = writeln!(
            out,
            "<div class=\"{class}\"><dt>{label}</dt><dd>{value}</dd></div>"
        );
    };
    item("Articles", run.articles, "n");
    item("Claims", run.claims, "n");
    item("Check-worthy", run.checkworthy, "n");
    item("Attributed", run.attributed, "n");
    item(
        "Unattributed",
        run.claims.saturating_sub(run.attributed),
        "n",
    );
    item("Hedged", run.hedged, "n");
    item(
        "Errors",
        run.errors,
        if run.errors > 0 { "n bad" } else { "n" },
    );
    if let Some(n) = run.new {
        item("New articles", n, "n");
    }
    if let Some(n) = run.changed {
        item("Changed articles", n, "n");
    }
    if let Some(n) = run.unchanged {
        item("Unchanged articles", n, "n");
    }
    out.push_str("</dl>\n");
}

fn filters(out: &mut String, report: &Report) {
    let mut kinds: BTreeMap<ClaimKind, usize> = BTreeMap::new();
    for claim in report.articles.iter().flat_map(|a| &a.claims) {
        for kind in &claim.kinds {
            *kinds.entry(*kind).or_default() += 1;
        }
    }
    let has_status = report.articles.iter().any(|a| a.status.is_some());
    out.push_str(
        "<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter claims\">\n\
         <fieldset><legend>Show only claims that are</legend>\n\
         <label><input type=\"checkbox\" name=\"unattributed\" id=\"f-unattributed\"> unattributed</label>\n\
         <label><input type=\"checkbox\" name=\"unhedged\" id=\"f-unhedged\"> not hedged</label>\n\
         <label><input type=\"checkbox\" name=\"checkworthy\" id=\"f-checkworthy\"> check-worthy</label>\n",
    );
    let _ = writeln!(
        out,
        "<label{}><input type=\"checkbox\" name=\"changed\" id=\"f-changed\"> new or changed since the last run</label>",
        if has_status { "" } else { " hidden" }
    );
    out.push_str(
        "<label for=\"f-kind\">of kind</label> <select name=\"kind\" id=\"f-kind\">\
         <option value=\"\">any kind</option>",
    );
    for (kind, n) in &kinds {
        let name = kind.as_str();
        let _ = write!(
            out,
            "<option value=\"{name}\">{} ({n})</option>",
            name.replace('_', " ")
        );
    }
    out.push_str("</select>\n");
    out.push_str(
        "<label for=\"f-min\">with score at least</label> \
         <input type=\"range\" name=\"min\" id=\"f-min\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\" \
         aria-describedby=\"f-min-value\"> <output id=\"f-min-value\" for=\"f-min\">0.00</output>\n\
         </fieldset>\n\
         <label class=\"opt\"><input type=\"checkbox\" name=\"hideempty\" id=\"f-hideempty\" checked> \
         hide articles with no matching claims</label>\n\
         <label class=\"opt\"><input type=\"checkbox\" name=\"badges\" id=\"f-badges\" checked> \
         show claim numbers and kinds in the text</label>\n\
         <button type=\"reset\">Clear filters</button>\n\
         </form>\n\
         <p id=\"shown\" class=\"shown\" role=\"status\" aria-live=\"polite\"></p>\n",
    );
}

fn legend(out: &mut String) {
    out.push_str(
        "<details class=\"legend\"><summary>How to read the highlights</summary>\n<ul>\n\
         <li><mark class=\"cl at\">attributed claim</mark> — solid underline: the text says who says so</li>\n\
         <li><mark class=\"cl un\">unattributed claim</mark> — dashed underline, no source</li>\n\
         <li><mark class=\"cl at hd\">hedged claim</mark> — italic with a wavy overline: \
         the text is unsure (“could”, “reportedly”)</li>\n\
         <li><span class=\"src\">source</span> — dotted box; outlined when its claim is selected</li>\n\
         <li><span class=\"cue\">cue</span> — the words that attribute (“said”, “according to”); \
         double underline when its claim is selected</li>\n\
         <li><span class=\"hc\">hedge cue</span> — dotted underline</li>\n\
         <li><span class=\"badge\">3 quantity</span> — the claim’s rank in its article and its kinds</li>\n\
         </ul>\n<p>Hover or focus a claim to outline its source and cue. Each claim in the list \
         says the same in words.</p></details>\n",
    );
}

fn errors(out: &mut String, report: &Report) {
    if report.errors.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section class=\"errors\" aria-labelledby=\"errors-h\">\n<h2 id=\"errors-h\">Errors ({})</h2>\n<ul>",
        report.errors.len()
    );
    for error in &report.errors {
        out.push_str("<li><code>");
        escape_into(out, &error.input);
        out.push_str("</code>: ");
        escape_into(out, &error.error);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

/// "Changes since the last run": new and changed articles first, each with what changed, so
/// an editor sees quiet edits before anything else. Shown only with a state store.
fn changes_summary(out: &mut String, report: &Report) {
    use claimsift_core::ArticleStatus;
    let moved: Vec<(usize, &ArticleReport)> = report
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| matches!(a.status, Some(ArticleStatus::New | ArticleStatus::Changed)))
        .collect();
    if !report.articles.iter().any(|a| a.status.is_some()) {
        return;
    }
    out.push_str(
        "<section class=\"changes\" aria-labelledby=\"changes-h\">\n\
         <h2 id=\"changes-h\">Changes since the last run</h2>\n",
    );
    if moved.is_empty() {
        out.push_str("<p>No article is new or changed.</p>\n</section>\n");
        return;
    }
    out.push_str("<ul>\n");
    for (i, article) in moved {
        let _ = write!(out, "<li><a href=\"#a{i}\">");
        escape_into(out, article_title(article));
        out.push_str("</a> ");
        if article.status == Some(ArticleStatus::New) {
            let _ = write!(
                out,
                "<span class=\"status st-new\">new</span> {} claims",
                article.claims.len()
            );
        } else {
            out.push_str("<span class=\"status st-changed\">changed</span>");
            match &article.changes {
                Some(c) if !c.is_empty() => {
                    let _ = write!(
                        out,
                        " {} added, {} removed, {} changed",
                        c.added.len(),
                        c.removed.len(),
                        c.changed.len()
                    );
                    out.push_str("<ul>");
                    for change in &c.changed {
                        out.push_str("<li>");
                        quoted(out, &change.after.text);
                        out.push_str(": ");
                        escape_into(out, &change.what.join("; "));
                        out.push_str("</li>");
                    }
                    for claim in &c.added {
                        out.push_str("<li>added: ");
                        quoted(out, &claim.text);
                        out.push_str("</li>");
                    }
                    for claim in &c.removed {
                        out.push_str("<li>removed: <del>");
                        quoted(out, &claim.text);
                        out.push_str("</del></li>");
                    }
                    out.push_str("</ul>");
                }
                _ => out.push_str(" the text changed; its claims did not"),
            }
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

fn contents(out: &mut String, report: &Report) {
    if report.articles.len() < 2 {
        return;
    }
    out.push_str(
        "<nav class=\"toc\" aria-labelledby=\"toc-h\"><details><summary id=\"toc-h\">Articles</summary>\n<ol>\n",
    );
    for (i, article) in report.articles.iter().enumerate() {
        let _ = write!(out, "<li><a href=\"#a{i}\">");
        escape_into(out, article_title(article));
        let worthy = article.claims.iter().filter(|c| c.checkworthy).count();
        let _ = write!(
            out,
            "</a> <span class=\"muted\">{} claims, {worthy} check-worthy",
            article.claims.len()
        );
        if let Some(status) = article.status {
            let _ = write!(out, ", {}", status.as_str());
        }
        out.push_str("</span></li>\n");
    }
    out.push_str("</ol>\n</details></nav>\n");
}

fn article_title(article: &ArticleReport) -> &str {
    article
        .title
        .as_deref()
        .or(article.metadata.title.as_deref())
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(&article.input)
}

/// What happened to a claim since the last run, when the article has a status.
fn claim_statuses(article: &ArticleReport) -> Vec<Option<&'static str>> {
    let Some(status) = article.status else {
        return vec![None; article.claims.len()];
    };
    article
        .claims
        .iter()
        .map(|claim| {
            let same =
                |c: &Claim| c.start == claim.start && c.end == claim.end && c.text == claim.text;
            let status = match (status, &article.changes) {
                (claimsift_core::ArticleStatus::New, _) => "new",
                (_, Some(changes)) if changes.added.iter().any(same) => "new",
                (_, Some(changes)) if changes.changed.iter().any(|c| same(&c.after)) => "changed",
                _ => "unchanged",
            };
            Some(status)
        })
        .collect()
}

fn article_section(out: &mut String, i: usize, article: &ArticleReport) {
    let statuses = claim_statuses(article);
    let _ = write!(
        out,
        "<article class=\"art\" id=\"a{i}\" aria-labelledby=\"a{i}-h\""
    );
    if let Some(status) = article.status {
        let _ = write!(out, " data-status=\"{}\"", status.as_str());
    }
    out.push_str(">\n<header class=\"art-head\">\n");
    let _ = write!(out, "<h2 id=\"a{i}-h\">");
    escape_into(out, article_title(article));
    if let Some(status) = article.status {
        let _ = write!(
            out,
            " <span class=\"status st-{0}\">{0}</span>",
            status.as_str()
        );
    }
    out.push_str("</h2>\n");
    metadata(out, article);
    let worthy = article.claims.iter().filter(|c| c.checkworthy).count();
    let _ = writeln!(
        out,
        "<p class=\"counts\">{} claims, {worthy} check-worthy · <span class=\"shown-art\">{} shown</span></p>",
        article.claims.len(),
        article.claims.len()
    );
    out.push_str("</header>\n");
    out.push_str(
        "<div class=\"cols\">\n<section class=\"text\" aria-label=\"Article text\">\
         <h3 class=\"vh\">Text</h3><div class=\"body\" dir=\"auto\"",
    );
    // The article's own language, when the page stated a plausible BCP 47 tag, so screen
    // readers pronounce it right; the rest of the page is English.
    if let Some(lang) = article.metadata.language.as_deref().filter(|l| {
        !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    }) {
        let _ = write!(out, " lang=\"{lang}\"");
    }
    out.push('>');
    text_with_highlights(out, article);
    out.push_str("</div></section>\n");
    let _ = writeln!(
        out,
        "<section class=\"side\" aria-labelledby=\"a{i}-ch\"><h3 id=\"a{i}-ch\">Claims by check-worthiness</h3>"
    );
    if article.claims.is_empty() {
        out.push_str("<p class=\"muted\">No claims found.</p>\n");
    } else {
        out.push_str("<ol class=\"claims\">\n");
        for (j, claim) in article.claims.iter().enumerate() {
            claim_item(
                out,
                i,
                j,
                claim,
                statuses.get(j).copied().flatten(),
                article,
            );
        }
        out.push_str("</ol>\n");
    }
    changes(out, article);
    out.push_str("</section>\n</div>\n</article>\n");
}

fn metadata(out: &mut String, article: &ArticleReport) {
    let meta = &article.metadata;
    out.push_str("<dl class=\"meta\">");
    let row = |out: &mut String, label: &str, value: &str| {
        let _ = write!(out, "<div><dt>{label}</dt><dd>");
        escape_into(out, value);
        out.push_str("</dd></div>");
    };
    if let Some(site) = &meta.site_name {
        row(out, "Site", site);
    }
    if let Some(date) = &meta.published {
        row(out, "Published", date);
    }
    if let Some(date) = &meta.modified {
        row(out, "Modified", date);
    }
    if !meta.authors.is_empty() {
        row(out, "By", &meta.authors.join(", "));
    }
    if let Some(lang) = &meta.language {
        row(out, "Language", lang);
    }
    for url in [article.url.as_deref(), meta.canonical_url.as_deref()]
        .into_iter()
        .flatten()
        .take(1)
    {
        out.push_str("<div><dt>URL</dt><dd>");
        link(out, url);
        out.push_str("</dd></div>");
    }
    out.push_str("<div><dt>Input</dt><dd><code>");
    escape_into(out, &article.input);
    out.push_str("</code></dd></div></dl>\n");
    if let Some(description) = &meta.description {
        out.push_str("<p class=\"desc\">");
        escape_into(out, description);
        out.push_str("</p>\n");
    }
    if !article.diagnostics.is_empty() {
        out.push_str("<ul class=\"diag\" aria-label=\"Extraction notes\">");
        for d in &article.diagnostics {
            out.push_str("<li>");
            escape_into(out, d);
            out.push_str("</li>");
        }
        out.push_str("</ul>\n");
    }
}

/// A link for http(s) URLs only; anything else (`javascript:`, `data:`) is shown as text.
fn link(out: &mut String, url: &str) {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        out.push_str("<a href=\"");
        escape_into(out, url);
        out.push_str("\" rel=\"noopener noreferrer\">");
        escape_into(out, url);
        out.push_str("</a>");
    } else {
        out.push_str("<code>");
        escape_into(out, url);
        out.push_str("</code>");
    }
}

/// What a span stands for in the text layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Claim,
    Source,
    Cue,
    Hedge,
}

#[derive(Clone, Copy, Debug)]
struct Layer {
    span: Span,
    role: Role,
    claim: usize,
}

/// Every span worth showing in the text, each clipped to the text; spans that are empty or
/// do not fall on char boundaries are left out.
fn layers(article: &ArticleReport) -> Vec<Layer> {
    let text = article.text.as_str();
    let mut layers = Vec::new();
    let mut add = |start: usize, end: usize, role: Role, claim: usize| {
        let end = end.min(text.len());
        if start < end && text.is_char_boundary(start) && text.is_char_boundary(end) {
            layers.push(Layer {
                span: Span::new(start, end),
                role,
                claim,
            });
        }
    };
    for (j, claim) in article.claims.iter().enumerate() {
        add(claim.start, claim.end, Role::Claim, j);
        if let Some(a) = &claim.attribution {
            if let Some(source) = &a.source {
                add(source.start, source.end, Role::Source, j);
            }
            add(a.cue.start, a.cue.end, Role::Cue, j);
        }
        for cue in &claim.hedging.cues {
            add(cue.start, cue.end, Role::Hedge, j);
        }
    }
    layers
}

/// Writes the article text with every span highlighted: the text is cut at every span
/// boundary into segments that do not overlap, and each segment says which spans cover it.
fn text_with_highlights(out: &mut String, article: &ArticleReport) {
    let text = article.text.as_str();
    let mut layers = layers(article);
    layers.sort_by_key(|l| (l.span.start, l.span.end, l.role, l.claim));
    let mut bounds: Vec<usize> = Vec::with_capacity(layers.len() * 2 + 2);
    bounds.push(0);
    bounds.push(text.len());
    for l in &layers {
        bounds.push(l.span.start);
        bounds.push(l.span.end);
    }
    bounds.sort_unstable();
    bounds.dedup();

    // Sweep: `active` holds the layers covering the current segment.
    let mut active: Vec<Layer> = Vec::new();
    let mut next = 0;
    let mut badge_done = vec![false; article.claims.len()];
    for pair in bounds.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        active.retain(|l| l.span.end > start);
        while next < layers.len() && layers[next].span.start <= start {
            if layers[next].span.end > start {
                active.push(layers[next]);
            }
            next += 1;
        }
        let segment = &text[start..end];
        if active.is_empty() {
            escape_into(out, segment);
            continue;
        }
        // Badges for the claims that start here, in rank order.
        let mut starting: Vec<usize> = active
            .iter()
            .filter(|l| l.role == Role::Claim && l.span.start == start)
            .map(|l| l.claim)
            .collect();
        starting.sort_unstable();
        for j in starting {
            if let Some(done) = badge_done.get_mut(j)
                && !*done
            {
                *done = true;
                badge(out, j, &article.claims[j]);
            }
        }
        segment_element(out, &active, article, segment);
    }
}

fn ids(active: &[Layer], role: Role) -> String {
    let mut ids: Vec<usize> = active
        .iter()
        .filter(|l| l.role == role)
        .map(|l| l.claim)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut s = String::new();
    for (n, id) in ids.iter().enumerate() {
        if n > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{id}");
    }
    s
}

fn segment_element(out: &mut String, active: &[Layer], article: &ArticleReport, segment: &str) {
    let claims = ids(active, Role::Claim);
    let sources = ids(active, Role::Source);
    let cues = ids(active, Role::Cue);
    let hedges = ids(active, Role::Hedge);
    let covering: Vec<&Claim> = active
        .iter()
        .filter(|l| l.role == Role::Claim)
        .filter_map(|l| article.claims.get(l.claim))
        .collect();
    let mut class = String::new();
    let tag = if covering.is_empty() {
        "span"
    } else {
        class.push_str("cl");
        let attributed = covering.iter().any(|c| c.attribution.is_some());
        let unattributed = covering.iter().any(|c| c.attribution.is_none());
        class.push_str(match (attributed, unattributed) {
            (true, true) => " mix",
            (true, false) => " at",
            _ => " un",
        });
        if covering.iter().any(|c| c.hedging.hedged) {
            class.push_str(" hd");
        }
        if covering.len() > 1 {
            class.push_str(" ov");
        }
        "mark"
    };
    for (ids, name) in [(&sources, "src"), (&cues, "cue"), (&hedges, "hc")] {
        if !ids.is_empty() {
            if !class.is_empty() {
                class.push(' ');
            }
            class.push_str(name);
        }
    }
    let _ = write!(out, "<{tag} class=\"{class}\"");
    for (ids, attr) in [
        (&claims, "data-c"),
        (&sources, "data-s"),
        (&cues, "data-q"),
        (&hedges, "data-h"),
    ] {
        if !ids.is_empty() {
            let _ = write!(out, " {attr}=\"{ids}\"");
        }
    }
    out.push('>');
    escape_into(out, segment);
    let _ = write!(out, "</{tag}>");
}

fn kinds_text(claim: &Claim) -> String {
    claim
        .kinds
        .iter()
        .map(|k| k.as_str().replace('_', " "))
        .collect::<Vec<_>>()
        .join(", ")
}

fn badge(out: &mut String, j: usize, claim: &Claim) {
    let _ = write!(out, "<span class=\"badge\" data-ref=\"{j}\">{}", j + 1);
    if !claim.kinds.is_empty() {
        out.push_str("<span class=\"k\"> ");
        let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
        out.push_str(&kinds.join("/").replace('_', " "));
        out.push_str("</span>");
    }
    out.push_str("</span>");
}

fn quoted(out: &mut String, text: &str) {
    out.push('“');
    escape_into(out, text);
    out.push('”');
}

fn claim_item(
    out: &mut String,
    i: usize,
    j: usize,
    claim: &Claim,
    status: Option<&str>,
    article: &ArticleReport,
) {
    let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
    let attributed = claim.attribution.is_some();
    let hedged = claim.hedging.hedged;
    let _ = write!(
        out,
        "<li class=\"claim{}{}\" id=\"a{i}-c{j}\" tabindex=\"0\" data-claim=\"{j}\" data-score=\"{:.3}\" \
         data-kinds=\"{}\" data-attributed=\"{}\" data-hedged=\"{}\" data-checkworthy=\"{}\"",
        if attributed { " at" } else { " un" },
        if hedged { " hd" } else { "" },
        claim.score,
        kinds.join(" "),
        u8::from(attributed),
        u8::from(hedged),
        u8::from(claim.checkworthy),
    );
    if let Some(status) = status {
        let _ = write!(out, " data-status=\"{status}\"");
    }
    out.push_str(">\n<p class=\"ch\">");
    let _ = write!(
        out,
        "<span class=\"rank\" aria-label=\"rank {0}\">{0}</span> <span class=\"score\">score {1:.3}</span> ",
        j + 1,
        claim.score
    );
    out.push_str(if claim.checkworthy {
        "<span class=\"tag worthy\">check-worthy</span>"
    } else {
        "<span class=\"tag\">not check-worthy</span>"
    });
    out.push_str(if attributed {
        " <span class=\"tag t-at\">attributed</span>"
    } else {
        " <span class=\"tag t-un\">unattributed</span>"
    });
    if hedged {
        out.push_str(" <span class=\"tag t-hd\">hedged</span>");
    }
    if let Some(status) = status
        && status != "unchanged"
    {
        let _ = write!(
            out,
            " <span class=\"tag status st-{status}\">{status}</span>"
        );
    }
    for kind in &kinds {
        let _ = write!(
            out,
            " <span class=\"tag kind\">{}</span>",
            kind.replace('_', " ")
        );
    }
    out.push_str("</p>\n<blockquote class=\"ct\">");
    escape_into(out, &claim.text);
    out.push_str("</blockquote>\n<dl class=\"facts\">");

    out.push_str("<dt>Attribution</dt><dd>");
    match &claim.attribution {
        Some(a) => {
            let _ = write!(out, "{}", a.kind.as_str().replace('_', " "));
            match &a.source {
                Some(source) => {
                    out.push_str(" · source <span class=\"ref-src\">");
                    quoted(out, &source.text);
                    out.push_str("</span>");
                }
                None => out.push_str(" · no source named"),
            }
            if let Some(name) = &a.refers_to {
                out.push_str(" (");
                escape_into(out, name);
                out.push(')');
            }
            out.push_str(" · cue <span class=\"ref-cue\">");
            quoted(out, &a.cue.text);
            out.push_str("</span>");
            if a.direct_quote {
                out.push_str(" · direct quote");
            }
        }
        None => out.push_str("none — nobody is said to say so"),
    }
    out.push_str("</dd>");

    out.push_str("<dt>Hedging</dt><dd>");
    if claim.hedging.cues.is_empty() {
        out.push_str("none");
    } else {
        out.push_str(if hedged {
            "hedged: "
        } else {
            "cues, not hedged: "
        });
        for (n, cue) in claim.hedging.cues.iter().enumerate() {
            if n > 0 {
                out.push_str(", ");
            }
            quoted(out, &cue.text);
            let _ = write!(out, " ({})", cue.category.as_str().replace('_', " "));
        }
    }
    if !claim.hedging.negations.is_empty() {
        out.push_str(" · negations: ");
        for (n, neg) in claim.hedging.negations.iter().enumerate() {
            if n > 0 {
                out.push_str(", ");
            }
            quoted(out, &neg.text);
        }
    }
    out.push_str("</dd>");

    if !claim.evidence.is_empty() {
        out.push_str("<dt>Evidence</dt><dd><ul class=\"ev\">");
        for e in &claim.evidence {
            let _ = write!(
                out,
                "<li class=\"{}\">{} ",
                if e.kind.is_negative() { "neg" } else { "pos" },
                e.kind.as_str().replace('_', " ")
            );
            quoted(out, &e.text);
            if e.kind.is_negative() {
                out.push_str(" <span class=\"muted\">(counts against)</span>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ul></dd>");
    }
    if !claim.reasons.is_empty() {
        out.push_str("<dt>Why</dt><dd><ul class=\"why\">");
        for reason in &claim.reasons {
            out.push_str("<li>");
            escape_into(out, reason);
            out.push_str("</li>");
        }
        out.push_str("</ul></dd>");
    }
    let change = article.changes.as_ref().and_then(|c| {
        c.changed
            .iter()
            .find(|ch| ch.after.start == claim.start && ch.after.text == claim.text)
    });
    if status == Some("changed")
        && let Some(change) = change
    {
        out.push_str("<dt>Changed</dt><dd><ul class=\"why\">");
        for what in &change.what {
            out.push_str("<li>");
            escape_into(out, what);
            out.push_str("</li>");
        }
        out.push_str("</ul></dd>");
    }
    out.push_str("</dl>\n</li>\n");
}

/// Claims that were in the last version of the article and are gone now.
fn changes(out: &mut String, article: &ArticleReport) {
    let Some(changes) = &article.changes else {
        return;
    };
    if changes.removed.is_empty() {
        return;
    }
    out.push_str("<section class=\"removed\"><h4>Removed since the last run</h4><ul>\n");
    for claim in &changes.removed {
        out.push_str("<li><del>");
        escape_into(out, &claim.text);
        out.push_str("</del>");
        let kinds = kinds_text(claim);
        if !kinds.is_empty() {
            out.push_str(" <span class=\"muted\">(");
            escape_into(out, &kinds);
            out.push_str(")</span>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul></section>\n");
}

#[cfg(test)]
mod tests {
    use claimsift_core::{
        ArticleStatus, Attribution, ClaimChange, ClaimChanges, Evidence, EvidenceKind,
        HedgeCategory, HedgeCue, Hedging, Metadata, RunSummary, SourceKind, TextSpan,
    };

    use super::*;

    fn claim(text: &str, start: usize, end: usize) -> Claim {
        Claim {
            text: text.get(start..end).unwrap_or("").to_owned(),
            start,
            end,
            sentence: 0,
            checkworthy: true,
            score: 0.5,
            kinds: vec![ClaimKind::Event],
            evidence: Vec::new(),
            attribution: None,
            hedging: Hedging::default(),
            reasons: vec!["A reason.".to_owned()],
        }
    }

    fn report(articles: Vec<ArticleReport>) -> Report {
        let claims = articles.iter().map(|a| a.claims.len()).sum();
        Report {
            schema: claimsift_core::SCHEMA.to_owned(),
            run: RunSummary {
                inputs: articles.len(),
                articles: articles.len(),
                claims,
                ..RunSummary::default()
            },
            articles,
            errors: Vec::new(),
        }
    }

    fn article(text: &str, claims: Vec<Claim>) -> ArticleReport {
        ArticleReport {
            input: "in.txt".to_owned(),
            text: text.to_owned(),
            claims,
            ..ArticleReport::default()
        }
    }

    const ALLOWED_TAGS: &[&str] = &[
        "a",
        "article",
        "blockquote",
        "body",
        "button",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "header",
        "input",
        "kbd",
        "label",
        "legend",
        "li",
        "main",
        "mark",
        "nav",
        "ol",
        "option",
        "output",
        "p",
        "section",
        "select",
        "span",
        "summary",
        "ul",
    ];
    const ALLOWED_ATTRS: &[&str] = &[
        "aria-describedby",
        "aria-label",
        "aria-labelledby",
        "aria-live",
        "checked",
        "dir",
        "lang",
        "class",
        "for",
        "hidden",
        "href",
        "id",
        "max",
        "min",
        "name",
        "rel",
        "role",
        "step",
        "tabindex",
        "type",
        "value",
    ];

    /// The tags in `html` (closing tags included, by name) with their attribute names.
    /// Attribute values are quoted and escaped, so no `>` or `<` occurs inside one.
    fn tags(html: &str) -> Vec<(String, Vec<String>)> {
        let mut found = Vec::new();
        let mut rest = html;
        while let Some(at) = rest.find('<') {
            let after = &rest[at + 1..];
            let end = after.find('>').expect("tag closes");
            let inner = after[..end].trim_start_matches('/');
            let mut parts = inner.splitn(2, char::is_whitespace);
            let name = parts.next().unwrap_or("").to_ascii_lowercase();
            let mut attrs = Vec::new();
            let mut quoted = false;
            let mut in_value = false;
            let mut current = String::new();
            for ch in parts.next().unwrap_or("").chars() {
                match ch {
                    '"' => quoted = !quoted,
                    '=' if !quoted => in_value = true,
                    c if c.is_whitespace() && !quoted => {
                        if !current.is_empty() {
                            attrs.push(std::mem::take(&mut current));
                        }
                        in_value = false;
                    }
                    c if !quoted && !in_value => current.push(c),
                    _ => {}
                }
            }
            if !current.is_empty() {
                attrs.push(current);
            }
            found.push((name, attrs));
            rest = &after[end + 1..];
        }
        found
    }

    /// The page with its own stylesheet and script cut out: what came from the report.
    fn body(page: &str) -> &str {
        let start = page.find("<body>").expect("body");
        let end = page
            .find("<script type=\"application/json\"")
            .expect("data");
        &page[start..end]
    }

    #[test]
    fn hostile_text_never_becomes_markup() {
        let hostile = "</script><script>alert(1)</script> <img src=x onerror=alert(2)> \
                       &amp;lt; \"quoted\" 'single' <!-- \u{2028}";
        let text = format!("Officials said {hostile} today.");
        let start = "Officials said ".len();
        let mut c = claim(&text, start, text.len() - 1);
        c.reasons = vec![hostile.to_owned()];
        c.kinds = vec![ClaimKind::Statement];
        c.evidence = vec![Evidence {
            kind: EvidenceKind::Statement,
            text: hostile.to_owned(),
            start,
            end: text.len() - 1,
        }];
        c.attribution = Some(Attribution {
            kind: SourceKind::Vague,
            source: TextSpan::of(&text, Span::new(0, 9)),
            cue: TextSpan::of(&text, Span::new(10, 14)).expect("cue"),
            content: Span::new(start, text.len() - 1),
            direct_quote: false,
            refers_to: Some(hostile.to_owned()),
        });
        let mut a = article(&text, vec![c]);
        a.title = Some(hostile.to_owned());
        a.input = hostile.to_owned();
        a.url = Some(format!("javascript:alert(3)//{hostile}"));
        a.metadata = Metadata {
            authors: vec![hostile.to_owned()],
            site_name: Some(hostile.to_owned()),
            description: Some(hostile.to_owned()),
            language: Some(hostile.to_owned()),
            ..Metadata::default()
        };
        a.diagnostics = vec![hostile.to_owned()];
        let mut r = report(vec![a.clone(), a]);
        r.errors = vec![claimsift_core::InputError {
            input: hostile.to_owned(),
            error: hostile.to_owned(),
        }];
        let page = html(&r);

        // Exactly our own two script elements, and no element or attribute from the text.
        assert_eq!(page.matches("<script").count(), 2, "{page}");
        assert_eq!(page.matches("</script>").count(), 2, "{page}");
        // Every tag and attribute in the page is one the renderer writes itself.
        for (tag, attrs) in tags(body(&page)) {
            assert!(
                ALLOWED_TAGS.contains(&tag.as_str()),
                "tag <{tag}> from the text"
            );
            for attr in attrs {
                assert!(
                    ALLOWED_ATTRS.contains(&attr.as_str()) || attr.starts_with("data-"),
                    "attribute {attr} on <{tag}> from the text"
                );
            }
        }
        for raw in ["<img", "<!--", "'single'", "\"quoted\""] {
            assert!(!body(&page).contains(raw), "raw {raw:?} reached the page");
        }
        assert!(!page.contains("href=\"javascript"), "unsafe link");
        // Entities in the text are shown as written: `&amp;lt;` becomes `&amp;amp;lt;`.
        assert!(body(&page).contains("&amp;amp;lt;"));
        assert!(body(&page).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));

        // The embedded data is valid JSON, holds the text unchanged, and cannot end its
        // element: between its opening tag and its `</script>` there is no `<` at all.
        let open = "<script type=\"application/json\" id=\"report-data\">";
        let from = page.find(open).expect("data script") + open.len();
        let data = &page[from..from + page[from..].find("</script>").expect("end")];
        assert!(!data.contains('<') && !data.contains('>') && !data.contains('&'));
        assert!(!data.contains('\u{2028}'));
        let value: serde_json::Value = serde_json::from_str(data).expect("valid JSON");
        assert_eq!(value["articles"][0]["title"], hostile);
        assert_eq!(value["articles"][0]["input"], hostile);
    }

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assert_eq!(escape("plain ünïcode"), "plain ünïcode");
        assert_eq!(
            script_json(&"</script>&\u{2028}\u{2029}"),
            "\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\""
        );
    }

    #[test]
    fn every_claim_is_highlighted_once_and_overlaps_split_into_segments() {
        let text = "Alpha beta gamma delta epsilon.";
        // Two overlapping claims and one nested inside the first.
        let claims = vec![claim(text, 0, 16), claim(text, 6, 22), claim(text, 11, 16)];
        let page = html(&report(vec![article(text, claims)]));
        let b = body(&page);
        assert_eq!(b.matches("class=\"badge\" data-ref").count(), 3);
        assert!(
            b.contains("<mark class=\"cl un\" data-c=\"0\">Alpha </mark>"),
            "{b}"
        );
        assert!(
            b.contains("<mark class=\"cl un ov\" data-c=\"0 1\">beta </mark>"),
            "{b}"
        );
        assert!(b.contains("data-c=\"0 1 2\">gamma</mark>"), "{b}");
        assert!(
            b.contains("<mark class=\"cl un\" data-c=\"1\"> delta</mark> epsilon."),
            "{b}"
        );
        // The text reads the same with the badges and the markup taken away.
        let from = b.find("<div class=\"body\" dir=\"auto\">").expect("text")
            + "<div class=\"body\" dir=\"auto\">".len();
        let mut section = b[from..from + b[from..].find("</div>").expect("end")].to_owned();
        while let Some(s) = section.find("<span class=\"badge\"") {
            let e = s + section[s..].find("</span></span>").expect("badge end");
            section.replace_range(s..e + "</span></span>".len(), "");
        }
        let mut plain = String::new();
        let mut in_tag = false;
        for ch in section.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => plain.push(ch),
                _ => {}
            }
        }
        assert_eq!(plain, text);
    }

    #[test]
    fn broken_spans_are_skipped_not_a_panic() {
        let text = "Ünïcödé text here.";
        let claims = vec![
            claim(text, 1, 4),   // splits 'Ü'
            claim(text, 3, 500), // past the end, clipped
            claim(text, 9, 2),   // backwards
            claim(text, 7, 7),   // empty
        ];
        let mut broken = claim(text, 0, 2);
        broken.attribution = Some(Attribution {
            kind: SourceKind::Anonymous,
            source: Some(TextSpan {
                text: "x".into(),
                start: 1,
                end: 999,
            }),
            cue: TextSpan {
                text: "y".into(),
                start: usize::MAX - 1,
                end: usize::MAX,
            },
            content: Span::new(0, 2),
            direct_quote: false,
            refers_to: None,
        });
        broken.hedging.cues.push(HedgeCue {
            text: "z".into(),
            start: 1,
            end: 3,
            category: HedgeCategory::Modal,
        });
        let mut all = claims;
        all.push(broken);
        let page = html(&report(vec![article(text, all)]));
        assert!(body(&page).contains("text here."));
        assert!(!html(&report(vec![article("", vec![claim("", 0, 0)])])).is_empty());
    }

    #[test]
    fn source_cue_and_hedge_are_linked_to_their_claim() {
        let text = "Helen Marsh said the bridge could close in May.";
        let mut c = claim(text, 17, 46);
        c.attribution = Some(Attribution {
            kind: SourceKind::NamedPerson,
            source: TextSpan::of(text, Span::new(0, 11)),
            cue: TextSpan::of(text, Span::new(12, 16)).expect("cue"),
            content: Span::new(17, 46),
            direct_quote: false,
            refers_to: None,
        });
        c.hedging = Hedging {
            hedged: true,
            cues: vec![HedgeCue {
                text: "could".into(),
                start: 28,
                end: 33,
                category: HedgeCategory::Modal,
            }],
            negations: Vec::new(),
        };
        let page = html(&report(vec![article(text, vec![c])]));
        let b = body(&page);
        assert!(
            b.contains("<span class=\"src\" data-s=\"0\">Helen Marsh</span>"),
            "{b}"
        );
        assert!(
            b.contains("<span class=\"cue\" data-q=\"0\">said</span>"),
            "{b}"
        );
        assert!(
            b.contains("<mark class=\"cl at hd hc\" data-c=\"0\" data-h=\"0\">could</mark>"),
            "{b}"
        );
        assert!(b.contains("data-attributed=\"1\" data-hedged=\"1\""), "{b}");
        assert!(b.contains("hedged: “could” (modal)"), "{b}");
    }

    #[test]
    fn status_drives_the_changed_filter() {
        let text = "Ten nations signed. Rents rose by 8%.";
        let first = claim(text, 0, 19);
        let second = claim(text, 20, 37);
        let plain = html(&report(vec![article(
            text,
            vec![first.clone(), second.clone()],
        )]));
        assert!(plain.contains("<label hidden><input type=\"checkbox\" name=\"changed\""));
        assert!(!body(&plain).contains("data-status"));
        assert!(!body(&plain).contains("Changes since the last run"));

        let mut a = article(text, vec![first.clone(), second.clone()]);
        a.status = Some(ArticleStatus::Changed);
        a.changes = Some(ClaimChanges {
            added: vec![second],
            removed: vec![claim("Gone claim.", 0, 11)],
            changed: vec![ClaimChange {
                before: first.clone(),
                after: first,
                what: vec!["hedge removed: “reportedly”".into()],
            }],
        });
        let page = html(&report(vec![a]));
        let b = body(&page);
        assert!(page.contains("<label><input type=\"checkbox\" name=\"changed\""));
        assert!(b.contains("data-status=\"changed\">"), "{b}");
        assert!(b.contains("data-status=\"new\">"), "{b}");
        assert!(b.contains("<del>Gone claim.</del>"), "{b}");
        assert!(b.contains("Changes since the last run"), "{b}");
        assert!(b.contains("1 added, 1 removed, 1 changed"), "{b}");
        assert!(b.contains("hedge removed: “reportedly”"), "{b}");
    }

    #[test]
    fn the_article_language_marks_its_text() {
        let mut a = article("Der Rat hat zugestimmt.", Vec::new());
        a.metadata.language = Some("de-AT".to_owned());
        let page = html(&report(vec![a]));
        assert!(body(&page).contains("<div class=\"body\" dir=\"auto\" lang=\"de-AT\">"));
    }

    #[test]
    fn rendering_is_deterministic() {
        let text = "The council approved the budget on Monday.";
        let r = report(vec![article(text, vec![claim(text, 0, 41)])]);
        assert_eq!(html(&r), html(&r.clone()));
    }
}
