//! The lines of a hedge model's weights file (`claimsift train hedging` writes them):
//! comments, `key = value` settings and `WEIGHT NAME` feature lines. The crate reads them
//! here ([`crate::HedgeModel::parse`]), and so does its build script, which turns the
//! bundled file into its weights, keyed by name hash, and its setting lines ([`encode`]):
//! the binary then loads the bundled model from those ([`decode`]) instead of reading
//! 41,000 lines, which was two-thirds of the fixed cost of `classify --sentences` (18.6M
//! of 28.5M instructions). This file is included by both, so it uses nothing of the crate.

/// One line of a weights file.
#[derive(Debug, PartialEq)]
pub enum Line<'a> {
    /// A feature: the key of its name ([`name_key`]), and its weight.
    Weight(u64, f32),
    /// A `key = value` line (trimmed), which the crate reads.
    Setting(&'a str),
    /// A comment or a blank line.
    Skip,
}

impl Line<'_> {
    /// Reads one line (without its line ending).
    ///
    /// # Errors
    /// A line that is neither a comment, a setting nor `WEIGHT NAME`, or a weight that is
    /// not a finite number.
    pub fn read(raw: &str) -> Result<Line<'_>, String> {
        if let Some((hash, w)) = weight_line(raw) {
            return Ok(Line::Weight(hash, w));
        }
        let line = raw.trim();
        let Some(&first) = line.as_bytes().first() else {
            return Ok(Line::Skip);
        };
        if first == b'#' {
            return Ok(Line::Skip);
        }
        // A weight line starts with its number; the few settings with a letter.
        if first.is_ascii_alphabetic() {
            return Ok(Line::Setting(line));
        }
        let Some((weight, name)) = line.split_once(' ') else {
            return Err(format!("expected 'WEIGHT NAME', found '{line}'"));
        };
        let w: f32 = parse_weight(weight)
            .or_else(|| weight.parse().ok())
            .filter(|w: &f32| w.is_finite())
            .ok_or_else(|| format!("'{weight}' is not a number"))?;
        Ok(Line::Weight(name_key(name), w))
    }
}

/// The key of a feature's weight, from its name (`w WORD`, `b WORD WORD`, `c CATEGORY`,
/// `s SHAPE`): its kind and the [`hash_name`] of each of its parts, mixed
/// ([`feature_key`]). Classifying computes the same from the words' hashes, which the
/// document holds for every token, instead of hashing each feature's name byte by byte,
/// which was a third of scoring a clause. Words have no spaces, so a name's parts are
/// where its spaces are. A name of no other form gets a key no feature has.
pub fn name_key(name: &str) -> u64 {
    let (kind, parts) = name.split_at_checked(2).unwrap_or(("", name));
    match (kind, parts.split_once(' ')) {
        ("w ", _) => feature_key(WORD, hash_name(parts), 0),
        ("b ", Some((x, y))) => feature_key(BIGRAM, hash_name(x), hash_name(y)),
        ("c ", _) => feature_key(CUE, hash_name(parts), 0),
        ("s ", _) => feature_key(SHAPE, hash_name(parts), 0),
        _ => feature_key(OTHER, hash_name(name), 0),
    }
}

/// The kinds of feature, as [`feature_key`] takes them.
pub const WORD: u64 = 1;
pub const BIGRAM: u64 = 2;
pub const CUE: u64 = 3;
pub const SHAPE: u64 = 4;
const OTHER: u64 = 5;

/// The key of a feature of `kind` whose parts hash to `x` and `y` (0 for none). The cue
/// tagger's features mix their hashes with it too.
pub fn feature_key(kind: u64, x: u64, y: u64) -> u64 {
    let mut z = x.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(17)
        ^ y.wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
        ^ kind.wrapping_mul(0x1656_67b1_9e37_79f9);
    z ^= z >> 31;
    z = z.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z ^ (z >> 29)
}

/// The FNV-1a hash of a word (or a whole name). A `const fn`, so the cue tagger's fixed
/// feature values are hashed at compile time with it.
pub const fn hash_name(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut k = 0;
    while k < bytes.len() {
        h ^= bytes[k] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        k += 1;
    }
    h
}

/// A weight as `claimsift train hedging` writes it (`-0.0466`: a sign, digits, a point,
/// digits; seven digits at most), read without the general float parser, which was most of
/// the cost of loading the model. The digits make an integer below 2^24 and the scale a
/// power of ten up to 10^7, both exact in `f32`, so the one division rounds correctly: the
/// same value `str::parse` gives. Anything else is `None`, for `str::parse` to read.
pub fn parse_weight(s: &str) -> Option<f32> {
    const SCALE: [f32; 8] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7];
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.as_bytes()),
        None => (false, s.as_bytes()),
    };
    // One pass: the digits as an integer, and where the point is.
    let mut m: u32 = 0;
    let mut point = None;
    for (k, &b) in digits.iter().enumerate() {
        if b.is_ascii_digit() && k < 8 {
            m = m * 10 + u32::from(b - b'0');
        } else if b == b'.' && point.is_none() {
            point = Some(k);
        } else {
            return None;
        }
    }
    let int = point?;
    let frac = digits.len() - int - 1;
    if int == 0 || frac == 0 || int + frac > 7 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)] // m < 10^7 < 2^24: exact.
    let v = m as f32 / SCALE[frac];
    Some(if negative { -v } else { v })
}

/// The lines of `text` as `str::lines` gives them, found by a plain byte loop: the lines
/// of a weights file are short, and the general search set up for each one was a third
/// of the cost of loading the model.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(k) = rest.bytes().position(|b| b == b'\n') else {
            return Some(std::mem::take(&mut rest));
        };
        let line = rest.get(..k)?;
        rest = rest.get(k + 1..)?;
        // `str::lines` takes "\r\n" for a line end too.
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// A weight line as the trainer writes it (`-0.0466 b ! "`), read in one pass: the hash
/// of its name and its weight, the same the general reading in [`Line::read`] finds.
/// `None` for any other line (a comment, a setting, spaces around it, another form of
/// number), which the general reading takes.
pub fn weight_line(line: &str) -> Option<(u64, f32)> {
    // Ending in a character `trim` keeps (ASCII, not a space) and starting with a digit
    // or a minus sign (as `parse_weight` requires), the line is its own trimmed form.
    let &last = line.as_bytes().last()?;
    if !last.is_ascii() || last.is_ascii_whitespace() {
        return None;
    }
    let space = line.bytes().position(|b| b == b' ')?;
    let weight = parse_weight(line.get(..space)?)?;
    Some((name_key(line.get(space + 1..)?), weight))
}

/// The bytes of a weights file as [`decode`] reads them: the length of its setting lines
/// (4 bytes), those lines (each ending in a newline), then each weight's key (8
/// bytes) and bits (4 bytes), in file order, all little-endian. Empty for a file with a
/// line [`Line::read`] rejects, which the crate then reads itself, to report it.
#[allow(dead_code)] // The build script's: the crate only decodes.
pub fn encode(text: &str) -> Vec<u8> {
    let mut settings = String::new();
    let mut weights = Vec::new();
    for raw in lines(text) {
        match Line::read(raw) {
            Ok(Line::Weight(hash, w)) => {
                weights.extend_from_slice(&hash.to_le_bytes());
                weights.extend_from_slice(&w.to_bits().to_le_bytes());
            }
            Ok(Line::Setting(line)) => {
                settings.push_str(line);
                settings.push('\n');
            }
            Ok(Line::Skip) => {}
            Err(_) => return Vec::new(),
        }
    }
    let Ok(len) = u32::try_from(settings.len()) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(4 + settings.len() + weights.len());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(settings.as_bytes());
    out.extend_from_slice(&weights);
    out
}

/// The setting lines and the weights (key and weight, in file order) that
/// [`encode`] wrote; `None` for bytes it did not write, or wrote for a file it could not
/// read.
pub fn decode(bytes: &[u8]) -> Option<(&str, impl ExactSizeIterator<Item = (u64, f32)>)> {
    let (len, rest) = bytes.split_first_chunk::<4>()?;
    let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
    let (settings, weights) = rest.split_at_checked(len)?;
    let settings = std::str::from_utf8(settings).ok()?;
    if !weights.len().is_multiple_of(12) {
        return None;
    }
    let weights = weights.chunks_exact(12).map(|c| {
        let (mut hash, mut w) = ([0u8; 8], [0u8; 4]);
        hash.copy_from_slice(&c[..8]);
        w.copy_from_slice(&c[8..]);
        (
            u64::from_le_bytes(hash),
            f32::from_bits(u32::from_le_bytes(w)),
        )
    });
    Some((settings, weights))
}
