//! Sniffing and decoding: from fetched bytes to a Rust string, knowing whether it is HTML.
//!
//! The order follows what browsers do (WHATWG "determining the character encoding"),
//! simplified: a byte order mark wins, then the `Content-Type` charset parameter, then a
//! `<meta charset>` or `http-equiv` declaration near the start of an HTML page, then valid
//! UTF-8, and only then a statistical guess by chardetng, which is reported.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::ExtractError;

/// A decoded input.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub is_html: bool,
    pub diagnostics: Vec<String>,
}

/// How many leading bytes are looked at for magic numbers, control characters and markup.
const SNIFF_LEN: usize = 4096;

/// How far a `<meta charset>` is looked for. The standard says 1024 bytes, but pages put
/// long scripts and styles first, and a late declaration is still better than a guess.
const META_SCAN_LEN: usize = 16 * 1024;

/// Decodes `bytes`, deciding HTML or text from `content_type` or by sniffing.
pub(crate) fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, ExtractError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ExtractError::Empty);
    }
    let mime = content_type.map(|ct| {
        ct.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    let declared_html = match mime.as_deref() {
        Some("text/html" | "application/xhtml+xml" | "application/xml" | "text/xml") => Some(true),
        Some("text/plain" | "text/markdown") => Some(false),
        Some(m)
            if m.starts_with("image/")
                || m.starts_with("audio/")
                || m.starts_with("video/")
                || m.starts_with("font/")
                || m == "application/pdf"
                || m == "application/zip"
                || m == "application/gzip" =>
        {
            return Err(ExtractError::UnsupportedType {
                content_type: m.to_owned(),
            });
        }
        _ => None,
    };

    let mut diagnostics = Vec::new();
    let bom = Encoding::for_bom(bytes);
    if bom.is_none()
        && let Some(kind) = magic_number(bytes)
    {
        return Err(ExtractError::Binary {
            reason: format!("starts like a {kind} file"),
        });
    }
    let header_charset = content_type.and_then(charset_param);

    // UTF-16 needs to be known before looking for NUL bytes, which it is full of.
    let (encoding, body): (&'static Encoding, &[u8]) = if let Some((enc, bom_len)) = bom {
        (enc, bytes.get(bom_len..).unwrap_or(&[]))
    } else if let Some(enc) = header_charset {
        (enc, bytes)
    } else {
        let head = &bytes[..bytes.len().min(SNIFF_LEN)];
        if head.contains(&0) {
            return Err(ExtractError::Binary {
                reason: "contains NUL bytes".to_owned(),
            });
        }
        let looks_html = declared_html.unwrap_or_else(|| sniff_html(head));
        let meta_head = &bytes[..bytes.len().min(META_SCAN_LEN)];
        if let Some(enc) = looks_html.then(|| meta_charset(meta_head)).flatten() {
            (enc, bytes)
        } else if std::str::from_utf8(bytes).is_ok() {
            (UTF_8, bytes)
        } else {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
            diagnostics.push(format!(
                "charset not declared and not UTF-8; guessed {}",
                enc.name()
            ));
            (enc, bytes)
        }
    };
    // A page declaring UTF-16 in a meta tag is ASCII-compatible after all (the declaration
    // could not have been read otherwise): browsers treat it as UTF-8, so do we.
    let encoding = if bom.is_none() && header_charset.is_none() && is_utf16(encoding) {
        UTF_8
    } else {
        encoding
    };
    if bom.is_none() && !is_utf16(encoding) && body[..body.len().min(SNIFF_LEN)].contains(&0) {
        return Err(ExtractError::Binary {
            reason: "contains NUL bytes".to_owned(),
        });
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
    if had_errors {
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let total = text.chars().count().max(1);
        if bad * 10 > total {
            return Err(ExtractError::Binary {
                reason: format!("not valid {} text", encoding.name()),
            });
        }
        diagnostics.push(format!(
            "{bad} byte sequences invalid in {} replaced",
            encoding.name()
        ));
    }
    if let Some(reason) = control_chars(&text) {
        return Err(ExtractError::Binary { reason });
    }
    if text.trim().is_empty() {
        return Err(ExtractError::Empty);
    }
    let is_html = declared_html.unwrap_or_else(|| sniff_html(text.as_bytes()));
    Ok(Decoded {
        text,
        is_html,
        diagnostics,
    })
}

fn is_utf16(enc: &'static Encoding) -> bool {
    enc == UTF_16LE || enc == UTF_16BE
}

/// The kind of a well-known binary format the bytes start with.
fn magic_number(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\x1F\x8B", "gzip"),
        (b"\xFD7zXZ\x00", "xz"),
        (b"\x28\xB5\x2F\xFD", "zstd"),
        (b"\x7FELF", "ELF"),
        (b"OggS", "Ogg"),
        (b"ID3\x03", "MP3"),
        (b"ID3\x04", "MP3"),
        (b"\x00\x00\x01\x00", "icon"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
        (b"\x00asm", "WebAssembly"),
        (b"SQLite format 3", "SQLite"),
    ];
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") {
        return Some("RIFF (WebP, WAV or AVI)");
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some("MP4");
    }
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

/// The `charset` parameter of a `Content-Type` value, when encoding_rs knows the label.
fn charset_param(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        if !key.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
        Encoding::for_label(value.as_bytes())
    })
}

/// A charset declared by `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">` in the head bytes.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |p| start + p);
        let tag = &lower[start..end];
        if let Some(at) = find(tag, b"charset") {
            let rest = &tag[at + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    return Some(enc);
                }
            }
        }
        from = end;
    }
    None
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[skip..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// True when the start of the input looks like HTML rather than plain text.
pub(crate) fn sniff_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let lower = head.to_ascii_lowercase();
    let trimmed = trim_start(lower.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&lower));
    if !trimmed.starts_with(b"<") {
        // Text that merely mentions a tag later on is still text; a page always opens
        // with markup (possibly after whitespace).
        return false;
    }
    const TAGS: &[&[u8]] = &[
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<title",
        b"<meta",
        b"<p>",
        b"<p ",
        b"<div",
        b"<article",
        b"<main",
        b"<section",
        b"<h1",
        b"<h2",
        b"<br",
        b"<span",
        b"<table",
        b"<ul",
        b"<script",
        b"<link",
        b"<a ",
    ];
    TAGS.iter().any(|tag| find(&lower, tag).is_some())
}

/// Why the text looks binary, when too many of its characters are control characters.
fn control_chars(text: &str) -> Option<String> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(SNIFF_LEN) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}') {
            control += 1;
        }
    }
    // Real text has next to none; a few stray ones are tolerated.
    (control * 20 > total && control > 2)
        .then(|| format!("{control} of its first {total} characters are control characters"))
}
