//! Property tests: no input panics the stage, and every span indexes the text.

use claimsift_core::{Fetched, Span};
use claimsift_extract::{ExtractOptions, extract, extract_html, extract_text, split_sentences};
use proptest::prelude::*;

/// Pieces of markup and text that exercise the HTML walk more than random bytes do.
fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<div class=\"article-body\">".to_owned()),
        Just("<div class=\"share related\">".to_owned()),
        Just("</div>".to_owned()),
        Just("<h2>".to_owned()),
        Just("</h2>".to_owned()),
        Just("<li>".to_owned()),
        Just("<blockquote>".to_owned()),
        Just("<a href=x>".to_owned()),
        Just("</a>".to_owned()),
        Just("<br>".to_owned()),
        Just("<script>".to_owned()),
        Just("<title>".to_owned()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
                .to_owned()
        ),
        Just("<meta property=\"og:title\" content=\"T\u{e9}\">".to_owned()),
        Just("Mr. Smith said \u{201c}yes.\u{201d} Then, e.g. 3.5% fell... ".to_owned()),
        "[a-zA-Z .,!?\u{e9}\u{201c}\u{201d}\u{2026}\n]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000),
                                   ct in proptest::option::of(prop_oneof![
                                       Just("text/html".to_owned()),
                                       Just("text/plain; charset=utf-16le".to_owned()),
                                       Just("text/html; charset=shift_jis".to_owned()),
                                   ])) {
        let f = Fetched { input: "p".to_owned(), url: None, content_type: ct, bytes, ..Default::default() };
        if let Ok(a) = extract(&f, &ExtractOptions::default()) {
            prop_assert!(a.check_spans().is_ok());
        }
    }

    #[test]
    fn arbitrary_html_gives_valid_spans(pieces in proptest::collection::vec(html_piece(), 0..60)) {
        let html: String = pieces.concat();
        let a = extract_html("p", None, &html, &ExtractOptions::default());
        prop_assert!(a.check_spans().is_ok());
        for s in &a.sentences {
            prop_assert!(!a.text[s.start..s.end].trim().is_empty());
        }
        let f = Fetched { input: "p".to_owned(), url: None, content_type: None, bytes: html.into_bytes(), ..Default::default() };
        if let Ok(a) = extract(&f, &ExtractOptions::default()) {
            prop_assert!(a.check_spans().is_ok());
        }
    }

    #[test]
    fn plain_text_is_verbatim(text in "(?s).{0,400}") {
        let a = extract_text("t", &text);
        prop_assert_eq!(&a.text, &text);
        prop_assert!(a.check_spans().is_ok());
    }

    #[test]
    fn sentences_lie_inside_their_block_in_order(text in "[ a-zA-Z0-9.?!\"'\u{201c}\u{201d}\u{2026}()\n\u{e9}-]{0,200}",
                                                 from in 0usize..20) {
        let start = text.char_indices().map(|(i, _)| i).nth(from).unwrap_or(text.len());
        let block = Span::new(start, text.len());
        let spans = split_sentences(&text, block);
        let mut last = start;
        for s in spans {
            prop_assert!(s.check(&text).is_ok());
            prop_assert!(block.contains(s));
            prop_assert!(s.start >= last && s.start < s.end);
            prop_assert_eq!(text[s.start..s.end].trim(), &text[s.start..s.end]);
            last = s.end;
        }
        // Sentences cover the block: nothing but whitespace falls between them.
        let spans = split_sentences(&text, block);
        let squash = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let joined: String = spans.iter().map(|s| squash(&text[s.start..s.end])).collect();
        prop_assert_eq!(joined, squash(&text[start..]));
    }
}
