//! The row lines of an attribution cue model's weights file (`claimsift train attribution`
//! writes them): `bias N`, comments, and `delta b i` lines that set the B and I weights of
//! the hashed rows. The crate reads them here, and so does its build script, which turns
//! the bundled file into the rows themselves ([`encode`]): the binary then loads the
//! bundled model by copying them ([`decode`]) instead of reading 215,000 lines, which
//! was two-thirds of the fixed cost of `classify --sentences` (39M of 57M instructions).
//! This file is included by both, so it uses nothing of the crate.

/// Hash rows of a model.
pub const BUCKETS: usize = 1 << 18;

/// Sets `rows` from the lines of weights file `text` (rows it does not name stay as they
/// are); lines that do not parse are skipped, so a damaged file gives a weaker model,
/// never a panic. Returns the bias and whether no row was set.
///
/// Lines are read as `str::lines` reads them. A plain row line (`delta b i`, ASCII
/// digits) is read byte by byte, which makes loading the 215,000-line bundled model
/// several times faster; any other line takes the general path ([`Line::read`]), so
/// both give the same model (a test compares them).
pub fn read(text: &str, rows: &mut [[i16; 2]]) -> (i64, bool) {
    let mut empty = true;
    let mut at: u64 = 0;
    let mut bias = 0;
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        // The common line, a row and its newline, in one pass over its bytes.
        if let Some((d, b, i, k)) = row_prefix(&bytes[pos..])
            && matches!(bytes.get(pos + k), None | Some(b'\n'))
        {
            set_row(rows, &mut at, &mut empty, d, [b, i]);
            pos += k + 1;
            continue;
        }
        let end = bytes[pos..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(bytes.len(), |k| pos + k);
        let line = &bytes[pos..end];
        let newline = end < bytes.len();
        pos = end + 1;
        let row = match fast_row(line) {
            Some(r) => Line::Row(r.0, r.1, r.2),
            None => {
                // `lines()` drops "\r" only before "\n". `end` is a char boundary
                // (a newline or the end), so the slice is valid UTF-8.
                let mut l = text.get(end - line.len()..end).unwrap_or("");
                if newline {
                    l = l.strip_suffix('\r').unwrap_or(l);
                }
                Line::read(l)
            }
        };
        match row {
            Line::Bias(b) => bias = b,
            Line::Row(d, b, i) => set_row(rows, &mut at, &mut empty, d, [b, i]),
            Line::Skip => {}
        }
    }
    (bias, empty)
}

/// The largest bias towards or against cues a weights file may set (in 1/100 of a
/// weight): a thousand times any bias training chooses.
pub const MAX_BIAS: i64 = 1_000_000;

/// One line of a weights file.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    Bias(i64),
    /// Row index delta, weight of B and of I.
    Row(u64, i16, i16),
    Skip,
}

impl Line {
    /// The general reading of a line (without its line ending).
    pub fn read(line: &str) -> Line {
        if let Some(b) = line.strip_prefix("bias ") {
            // Clamped, so that a damaged file cannot overflow a path's score.
            return Line::Bias(
                b.trim()
                    .parse::<i64>()
                    .unwrap_or(0)
                    .clamp(-MAX_BIAS, MAX_BIAS),
            );
        }
        if line.starts_with('#') || line.trim().is_empty() {
            return Line::Skip;
        }
        let mut it = line.split(' ');
        let (Some(d), Some(b), Some(i)) = (it.next(), it.next(), it.next()) else {
            return Line::Skip;
        };
        match (d.parse::<u64>(), b.parse::<i16>(), i.parse::<i16>()) {
            (Ok(d), Ok(b), Ok(i)) => Line::Row(d, b, i),
            _ => Line::Skip,
        }
    }
}

/// Moves the row index on by `delta` and sets that row, if it is one.
fn set_row(rows: &mut [[i16; 2]], at: &mut u64, empty: &mut bool, delta: u64, w: [i16; 2]) {
    *at = at.saturating_add(delta);
    if let Some(r) = usize::try_from(*at).ok().and_then(|k| rows.get_mut(k)) {
        *r = w;
        *empty = false;
    }
}

/// `delta b i` in plain ASCII digits (an optional '-' on the weights), then the end of
/// the line or a space; `None` for anything else, which [`Line::read`] then reads. Every
/// line this accepts, `Line::read` reads as the same row.
fn fast_row(line: &[u8]) -> Option<(u64, i16, i16)> {
    let (d, b, i, k) = row_prefix(line)?;
    match line.get(k) {
        None | Some(b' ') => Some((d, b, i)),
        Some(_) => None,
    }
}

/// `delta b i` at the start of `bytes` as [`fast_row`] reads it, and the index after it.
fn row_prefix(line: &[u8]) -> Option<(u64, i16, i16, usize)> {
    fn digits(line: &[u8], mut k: usize, max: usize) -> Option<(u64, usize)> {
        let start = k;
        let mut v: u64 = 0;
        while let Some(&c) = line.get(k) {
            if !c.is_ascii_digit() {
                break;
            }
            v = v * 10 + u64::from(c - b'0');
            k += 1;
            if k - start > max {
                return None;
            }
        }
        (k > start).then_some((v, k))
    }
    fn weight(line: &[u8], k: usize) -> Option<(i16, usize)> {
        let neg = line.get(k) == Some(&b'-');
        let (v, end) = digits(line, k + usize::from(neg), 5)?;
        let v = i64::try_from(v).ok()?;
        let v = i16::try_from(if neg { -v } else { v }).ok()?;
        Some((v, end))
    }
    let (d, k) = digits(line, 0, 18)?;
    if line.get(k) != Some(&b' ') {
        return None;
    }
    let (b, k) = weight(line, k + 1)?;
    if line.get(k) != Some(&b' ') {
        return None;
    }
    let (i, k) = weight(line, k + 1)?;
    Some((d, b, i, k))
}

/// The bytes of a model's rows, bias and emptiness, as [`decode`] reads them: the bias
/// (8 bytes), 1 when no row is set, then each row's B and I weights (2 bytes each), all
/// little-endian.
#[allow(dead_code)] // The build script's: the crate only decodes (and tests a round trip).
pub fn encode(rows: &[[i16; 2]], bias: i64, empty: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(9 + rows.len() * 4);
    out.extend_from_slice(&bias.to_le_bytes());
    out.push(u8::from(empty));
    for r in rows {
        out.extend_from_slice(&r[0].to_le_bytes());
        out.extend_from_slice(&r[1].to_le_bytes());
    }
    out
}

/// The rows, bias and emptiness [`encode`] wrote; `None` for bytes it did not write.
pub fn decode(bytes: &[u8]) -> Option<(Vec<[i16; 2]>, i64, bool)> {
    let (bias, rest) = bytes.split_first_chunk::<8>()?;
    let (&empty, rest) = rest.split_first()?;
    if rest.len() != BUCKETS * 4 {
        return None;
    }
    let rows = rest
        .chunks_exact(4)
        .map(|c| {
            [
                i16::from_le_bytes([c[0], c[1]]),
                i16::from_le_bytes([c[2], c[3]]),
            ]
        })
        .collect();
    Some((rows, i64::from_le_bytes(*bias), empty != 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reads_what_encode_wrote() {
        let mut rows = vec![[0i16; 2]; BUCKETS];
        rows[0] = [i16::MIN, i16::MAX];
        rows[BUCKETS - 1] = [-1, 300];
        for (bias, empty) in [(-7, false), (i64::MAX, true)] {
            let bytes = encode(&rows, bias, empty);
            assert_eq!(decode(&bytes), Some((rows.clone(), bias, empty)));
            assert_eq!(decode(&bytes[1..]), None);
        }
    }
}
