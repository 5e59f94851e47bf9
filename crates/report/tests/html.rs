//! The HTML report on arbitrary input: random texts (multi-byte characters, markup
//! characters, line breaks) with random spans, many of them broken — out of range,
//! backwards, empty, splitting a character. Rendering must never panic, must show the text
//! exactly, and must highlight every claim whose span can be shown, once.
//!
//! The generator is a small seeded xorshift, so every run checks the same cases and a
//! failure names the seed that reproduces it.

use claimsift_core::{
    ArticleReport, Attribution, Claim, ClaimKind, HedgeCategory, HedgeCue, Hedging, Report,
    RunSummary, SourceKind, Span, TextSpan,
};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            usize::try_from(self.next() % n as u64).unwrap_or(0)
        }
    }
}

const PIECES: &[&str] = &[
    "a",
    "b",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "é",
    "😀",
    "中文",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "</script>",
    "<!--",
    "&amp;",
    "\u{2028}",
    "said",
    "could",
    "42%",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(40);
    (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

/// A random offset: usually inside the text, sometimes past its end, sometimes huge.
fn offset(rng: &mut Rng, len: usize) -> usize {
    match rng.below(20) {
        0 => usize::MAX - rng.below(3),
        1 => len + rng.below(5),
        _ => rng.below(len + 1),
    }
}

fn text_span(rng: &mut Rng, text: &str) -> TextSpan {
    let (start, end) = (offset(rng, text.len()), offset(rng, text.len()));
    TextSpan {
        text: text.get(start..end).unwrap_or("?").to_owned(),
        start,
        end,
    }
}

fn random_claim(rng: &mut Rng, text: &str) -> Claim {
    let (start, end) = (offset(rng, text.len()), offset(rng, text.len()));
    let attribution = (rng.below(2) == 0).then(|| Attribution {
        kind: SourceKind::Vague,
        source: (rng.below(3) > 0).then(|| text_span(rng, text)),
        cue: text_span(rng, text),
        content: Span::new(start, end),
        direct_quote: false,
        refers_to: None,
    });
    let cues = (0..rng.below(3))
        .map(|_| {
            let span = text_span(rng, text);
            HedgeCue {
                text: span.text,
                start: span.start,
                end: span.end,
                category: HedgeCategory::Modal,
            }
        })
        .collect::<Vec<_>>();
    Claim {
        text: text.get(start..end).unwrap_or("").to_owned(),
        start,
        end,
        sentence: 0,
        checkworthy: rng.below(2) == 0,
        score: rng.below(1001) as f64 / 1000.0,
        kinds: vec![ClaimKind::ALL[rng.below(ClaimKind::ALL.len())]],
        evidence: Vec::new(),
        attribution,
        hedging: Hedging {
            hedged: !cues.is_empty(),
            cues,
            negations: Vec::new(),
        },
        reasons: vec!["<b>reason</b> & more".to_owned()],
    }
}

/// Whether the renderer can show `start..end` of `text` (clipped to the text).
fn showable(text: &str, start: usize, end: usize) -> bool {
    let end = end.min(text.len());
    start < end && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// The article text as the page shows it: the text layer with badges and tags taken out and
/// entities decoded.
fn shown_text(page: &str, article: usize) -> String {
    let open = format!("<article class=\"art\" id=\"a{article}\"");
    let from = page.find(&open).expect("article");
    let body = "<div class=\"body\" dir=\"auto\">";
    let from = from + page[from..].find(body).expect("text") + body.len();
    let mut layer = page[from..from + page[from..].find("</div>").expect("end")].to_owned();
    while let Some(s) = layer.find("<span class=\"badge\"") {
        let first_close = layer[s..].find("</span>").expect("badge end");
        let close = if layer[s..s + first_close].contains("<span class=\"k\">") {
            "</span></span>"
        } else {
            "</span>"
        };
        let e = s + layer[s..].find(close).expect("badge end") + close.len();
        layer.replace_range(s..e, "");
    }
    let mut plain = String::new();
    let mut in_tag = false;
    for ch in layer.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => plain.push(ch),
            _ => {}
        }
    }
    plain
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn random_texts_and_broken_spans_render_exactly_and_never_panic() {
    let (mut shown, mut hidden) = (0, 0);
    for seed in 1..=400u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let articles: Vec<ArticleReport> = (0..1 + rng.below(3))
            .map(|i| {
                let text = random_text(&mut rng);
                let claims = (0..rng.below(8))
                    .map(|_| random_claim(&mut rng, &text))
                    .collect();
                ArticleReport {
                    input: format!("<in{i}>.txt"),
                    title: (rng.below(2) == 0).then(|| random_text(&mut rng)),
                    text,
                    claims,
                    ..ArticleReport::default()
                }
            })
            .collect();
        let report = Report {
            schema: claimsift_core::SCHEMA.to_owned(),
            run: RunSummary {
                articles: articles.len(),
                claims: articles.iter().map(|a| a.claims.len()).sum(),
                ..RunSummary::default()
            },
            articles,
            errors: Vec::new(),
        };
        let page = claimsift_report::html(&report);
        assert_eq!(
            page,
            claimsift_report::html(&report),
            "seed {seed}: not deterministic"
        );
        assert_eq!(page.matches("<script").count(), 2, "seed {seed}");
        assert_eq!(page.matches("</script").count(), 2, "seed {seed}");
        for (i, article) in report.articles.iter().enumerate() {
            assert_eq!(
                shown_text(&page, i),
                article.text,
                "seed {seed}, article {i}"
            );
            let expected = article
                .claims
                .iter()
                .filter(|c| showable(&article.text, c.start, c.end))
                .count();
            let open = format!("<article class=\"art\" id=\"a{i}\"");
            let from = page.find(&open).expect("article");
            let to = page[from..].find("</article>").expect("article end") + from;
            let badges = page[from..to]
                .matches("<span class=\"badge\" data-ref=")
                .count();
            assert_eq!(badges, expected, "seed {seed}, article {i}: badges");
            shown += expected;
            hidden += article.claims.len() - expected;
            assert_eq!(
                page[from..to].matches("<li class=\"claim").count(),
                article.claims.len(),
                "seed {seed}, article {i}: every claim is listed, shown in the text or not"
            );
        }
    }
    // The cases exercise both sides: claims shown and broken spans skipped.
    assert!(
        shown > 300 && hidden > 300,
        "{shown} shown, {hidden} skipped"
    );
}
