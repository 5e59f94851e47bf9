//! Sniffing and decoding of fetched bytes: encodings, binary input, errors.

use claimsift_core::{Article, Fetched};
use claimsift_extract::{ExtractError, ExtractOptions, extract};

fn fetched(bytes: &[u8], content_type: Option<&str>) -> Fetched {
    Fetched {
        input: "input".to_owned(),
        url: None,
        content_type: content_type.map(str::to_owned),
        bytes: bytes.to_vec(),
        ..Default::default()
    }
}

fn ok(bytes: &[u8], content_type: Option<&str>) -> Article {
    let a = extract(&fetched(bytes, content_type), &ExtractOptions::default()).unwrap();
    a.check_spans().unwrap();
    a
}

fn err(bytes: &[u8], content_type: Option<&str>) -> ExtractError {
    extract(&fetched(bytes, content_type), &ExtractOptions::default()).unwrap_err()
}

/// Windows-1252 bytes: curly quotes 0x93/0x94, the euro sign 0x80, an e acute 0xE9.
const CP1252_TEXT: &[u8] =
    b"The caf\xE9 charged \x8020 for a \x93small\x94 coffee, which drew complaints from regulars.";

#[test]
fn windows_1252_declared_in_the_content_type() {
    let a = ok(CP1252_TEXT, Some("text/plain; charset=windows-1252"));
    assert_eq!(
        a.text,
        "The caf\u{e9} charged \u{20ac}20 for a \u{201c}small\u{201d} coffee, which drew complaints from regulars."
    );
    assert!(a.diagnostics.is_empty());
}

#[test]
fn windows_1252_declared_in_a_meta_tag() {
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>".to_vec();
    page.extend_from_slice(CP1252_TEXT);
    page.extend_from_slice(b"</p></body></html>");
    let a = ok(&page, None);
    assert!(
        a.text.contains("\u{20ac}20 for a \u{201c}small\u{201d}"),
        "{}",
        a.text
    );
}

#[test]
fn meta_charset_attribute() {
    let mut page = b"<!doctype html><meta charset=iso-8859-1><p>".to_vec();
    page.extend_from_slice(b"Le caf\xE9 est ferm\xE9 depuis lundi, selon le propri\xE9taire.");
    let a = ok(&page, None);
    assert!(a.text.contains("caf\u{e9} est ferm\u{e9}"), "{}", a.text);
}

#[test]
fn undeclared_legacy_encoding_is_guessed_and_reported() {
    let a = ok(CP1252_TEXT, None);
    assert!(a.text.contains("\u{201c}small\u{201d}"), "{}", a.text);
    assert!(a.diagnostics.iter().any(|d| d.contains("guessed")));
}

#[test]
fn iso_8859_1_in_the_content_type() {
    let a = ok(
        b"Gr\xFC\xDFe aus M\xFCnchen.",
        Some("text/plain; charset=ISO-8859-1"),
    );
    assert_eq!(a.text, "Gr\u{fc}\u{df}e aus M\u{fc}nchen.");
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let bytes = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

#[test]
fn utf16_with_a_bom_both_byte_orders() {
    let text = "Caf\u{e9} prices \u{201c}rose\u{201d} by \u{20ac}2.\n\nA second paragraph.";
    for be in [false, true] {
        let a = ok(&utf16(text, be), None);
        assert_eq!(a.text, text);
        assert_eq!(a.blocks.len(), 2);
    }
}

#[test]
fn utf16_html() {
    let html = "<html><body><p>Ein l\u{e4}ngerer Absatz \u{fc}ber die Stadt, damit er als Text z\u{e4}hlt.</p></body></html>";
    let a = ok(&utf16(html, false), None);
    assert_eq!(
        a.text,
        "Ein l\u{e4}ngerer Absatz \u{fc}ber die Stadt, damit er als Text z\u{e4}hlt."
    );
}

#[test]
fn utf8_bom_is_not_text() {
    let a = ok(b"\xEF\xBB\xBFHello there.", None);
    assert_eq!(a.text, "Hello there.");
}

#[test]
fn html_is_sniffed_and_text_mentioning_tags_is_not() {
    let a = ok(b"  <p>A paragraph of text.</p>", None);
    assert_eq!(a.text, "A paragraph of text.");
    let a = ok(b"Use the <div> tag for layout.", None);
    assert_eq!(a.text, "Use the <div> tag for layout.");
}

#[test]
fn content_type_wins_over_sniffing() {
    let a = ok(b"<p>Shown as markup.</p>", Some("text/plain"));
    assert_eq!(a.text, "<p>Shown as markup.</p>");
}

#[test]
fn binary_inputs_are_refused() {
    assert!(matches!(
        err(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None),
        ExtractError::Binary { .. }
    ));
    assert!(matches!(
        err(b"%PDF-1.7\n%\xE2\xE3", None),
        ExtractError::Binary { .. }
    ));
    assert!(matches!(
        err(b"text\0with\0nuls", None),
        ExtractError::Binary { .. }
    ));
    assert!(matches!(
        err(b"\x01\x02\x03\x04\x05\x06abc", None),
        ExtractError::Binary { .. }
    ));
    assert!(matches!(
        err(b"GIF89a....", Some("image/gif")),
        ExtractError::UnsupportedType { .. }
    ));
    let e = err(b"\x89PNG\r\n\x1a\n", None);
    assert!(e.to_string().contains("PNG"), "{e}");
}

#[test]
fn empty_inputs_are_refused() {
    assert_eq!(err(b"", None), ExtractError::Empty);
    assert_eq!(err(b" \n\t\r\n", None), ExtractError::Empty);
    assert_eq!(err(b"\xEF\xBB\xBF  ", None), ExtractError::Empty);
}

#[test]
fn html_without_text_is_an_error() {
    assert_eq!(
        err(
            b"<html><head><title>x</title></head><body><script>a()</script></body></html>",
            None
        ),
        ExtractError::NoText
    );
}

#[test]
fn too_large_is_refused_before_parsing() {
    let big = vec![b'a'; 50 * 1024 * 1024];
    let started = std::time::Instant::now();
    let e = err(&big, None);
    assert_eq!(
        e,
        ExtractError::TooLarge {
            size: 50 * 1024 * 1024,
            limit: 20 * 1024 * 1024
        }
    );
    assert!(started.elapsed().as_secs() < 5);
    let small = ExtractOptions {
        max_bytes: 4,
        ..ExtractOptions::default()
    };
    let e = extract(&fetched(b"hello", None), &small).unwrap_err();
    assert_eq!(
        e.to_string(),
        "input is 5 bytes, more than the limit of 4 bytes"
    );
}

#[test]
fn the_url_is_carried_over() {
    let mut f = fetched(b"Some text.", None);
    f.url = Some("https://example.org/a".to_owned());
    let a = extract(&f, &ExtractOptions::default()).unwrap();
    assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.input, "input");
}

#[test]
fn a_late_meta_charset_is_still_read() {
    let mut page = b"<html><head><style>".to_vec();
    page.extend(std::iter::repeat_n(b'x', 6000));
    page.extend_from_slice(b"</style><meta charset=\"windows-1252\"></head><body><p>");
    page.extend_from_slice(CP1252_TEXT);
    let a = ok(&page, None);
    assert!(a.text.contains("\u{201c}small\u{201d}"), "{}", a.text);
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
}
