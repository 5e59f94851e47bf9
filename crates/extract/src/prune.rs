//! Pruning before parsing: a guard against pathologically deep markup, and empty scripts.
//!
//! html5ever's tree builder looks through the stack of open elements for many start
//! tags, so a page nested 100,000 levels deep costs quadratic time (tens of seconds).
//! Browsers cap the depth of the tree their parser builds (Blink at 512 levels); this
//! module does the same before parsing: a linear scan estimates the nesting depth and, when
//! it passes the cap, drops the tags beyond it, keeping their text. The estimate ignores
//! void elements and the tags whose end tags are usually implied (`p`, `li`, `td`...), so
//! that ordinary pages are never touched.
//!
//! The same scan also empties `<script>` (other than JSON-LD) and `<style>` elements,
//! which hold no article text but cost the tokeniser time.

/// Tags deeper than this are dropped.
pub(crate) const MAX_DEPTH: usize = 512;

/// The page with tags beyond [`MAX_DEPTH`] removed and scripts and styles emptied, with the
/// number of tags removed; `None` when there is nothing to remove.
pub(crate) fn prune(html: &str) -> Option<(String, usize)> {
    let (drops, deep) = scan(html);
    if drops.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    for &(a, b) in &drops {
        out.push_str(html.get(pos..a)?);
        pos = b;
    }
    out.push_str(html.get(pos..)?);
    Some((out, deep))
}

/// Elements that never hold children, or whose end tag is usually left implied.
fn is_flat(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"option"
            | b"optgroup"
            | b"tr"
            | b"td"
            | b"th"
            | b"rb"
            | b"rp"
            | b"rt"
            | b"html"
            | b"head"
            | b"body"
    )
}

/// The first case-insensitive occurrence of `needle` in `hay` from `from`. The needle's
/// first byte is punctuation, so a plain byte scan finds the candidates quickly.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut i = from;
    while let Some(p) = hay.get(i..)?.iter().position(|&c| c == first) {
        let at = i + p;
        if hay
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Byte ranges to drop, in order, and how many of them are tags past the depth cap. Every
/// range starts or ends next to a `<` or `>`, both ASCII, so it falls on char boundaries.
fn scan(html: &str) -> (Vec<(usize, usize)>, usize) {
    let b = html.as_bytes();
    let mut drops = Vec::new();
    let mut depth = 0usize;
    // Start tags dropped and not yet closed: their end tags go too.
    let mut excess = 0usize;
    let mut deep = 0usize;
    let mut i = 0;
    while let Some(off) = b
        .get(i..)
        .and_then(|rest| rest.iter().position(|&c| c == b'<'))
    {
        let lt = i + off;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if b.get(lt..lt + 4) == Some(b"<!--") {
            i = find(b, lt + 4, b"-->").map_or(b.len(), |p| p + 3);
            continue;
        }
        let closing = next == b'/';
        let name_start = if closing { lt + 2 } else { lt + 1 };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let name_end = b[name_start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric() && *c != b'-' && *c != b':')
            .map_or(b.len(), |p| name_start + p);
        let Some(gt) = b[name_end..]
            .iter()
            .position(|&c| c == b'>')
            .map(|p| name_end + p)
        else {
            break;
        };
        let name = b[name_start..name_end].to_ascii_lowercase();
        let end = gt + 1;
        if closing {
            if !is_flat(&name) {
                if excess > 0 {
                    excess -= 1;
                    drops.push((lt, end));
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            i = end;
            continue;
        }
        // Raw text: skip to the end tag, whose contents are not markup.
        if matches!(
            name.as_slice(),
            b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"plaintext"
        ) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(&name);
            let close_at = find(b, end, &close);
            // Scripts and styles are never article text, and tokenising them is a good
            // part of the parse: their contents go, except JSON-LD, which holds metadata.
            // Only when the start tag's quotes balance, so that a '>' inside an attribute
            // cannot make the cut start in the middle of the tag.
            let tag = &b[lt..end];
            let balanced = tag.iter().filter(|&&c| c == b'"').count() % 2 == 0
                && tag.iter().filter(|&&c| c == b'\'').count() % 2 == 0;
            let prunable = match name.as_slice() {
                b"style" => true,
                b"script" => !tag.to_ascii_lowercase().windows(7).any(|w| w == b"ld+json"),
                _ => false,
            };
            if let Some(c) = close_at
                && prunable
                && balanced
                && c > end
            {
                drops.push((end, c));
            }
            i = close_at.unwrap_or(b.len());
            continue;
        }
        let self_closing = gt > 0 && b[gt - 1] == b'/';
        if !is_flat(&name) && !self_closing {
            if depth >= MAX_DEPTH {
                excess += 1;
                deep += 1;
                drops.push((lt, end));
            } else {
                depth += 1;
            }
        }
        i = end;
    }
    (drops, deep)
}
