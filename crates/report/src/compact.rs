//! Compact JSON, the same bytes as `serde_json::to_writer`, written faster: strings are
//! checked for characters to escape eight bytes at a time, where serde_json looks up every
//! byte in a table. Sentence lines are mostly text (the sentence, the claim, its evidence
//! and reasons), and that per-byte loop was the largest single cost of
//! `classify --sentences` after classifying.
//!
//! Everything but strings, integers and the structure around them (numbers with a
//! fraction, map keys that are not strings, bytes) is handed to serde_json itself, and a
//! value this writer cannot take is written by serde_json whole, so the output never
//! differs; a test compares the two.

use std::fmt;

use serde::Serialize;
use serde::ser::{
    self, SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant,
};

/// Appends `value` as compact JSON (no newline) to `out`: the bytes
/// `serde_json::to_writer` writes.
///
/// # Errors
/// When serde_json cannot write the value either (a map with keys JSON cannot have, or a
/// `Serialize` implementation that fails).
pub fn write_compact<T: Serialize + ?Sized>(
    value: &T,
    out: &mut Vec<u8>,
) -> Result<(), serde_json::Error> {
    let start = out.len();
    if value.serialize(&mut Writer { out: &mut *out }).is_ok() {
        return Ok(());
    }
    out.truncate(start);
    serde_json::to_writer(out, value)
}

/// Why this writer gave a value up (serde_json then writes it whole).
#[derive(Debug)]
struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to serde_json")
    }
}

impl std::error::Error for GiveUp {}

impl ser::Error for GiveUp {
    fn custom<T: fmt::Display>(_: T) -> Self {
        GiveUp
    }
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

impl Writer<'_> {
    /// A value serde_json writes as this writer would not: by serde_json.
    fn by_serde_json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        serde_json::to_writer(&mut *self.out, value).map_err(|_| GiveUp)
    }

    fn unsigned(&mut self, v: u64) {
        unsigned(self.out, v);
    }

    fn signed(&mut self, v: i64) {
        if v < 0 {
            self.out.push(b'-');
        }
        unsigned(self.out, v.unsigned_abs());
    }
}

/// Appends `v` in decimal.
fn unsigned(out: &mut Vec<u8>, mut v: u64) {
    // u64::MAX has 20 digits.
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    loop {
        k -= 1;
        // The last digit: below 10.
        #[allow(clippy::cast_possible_truncation)]
        {
            buf[k] = b'0' + (v % 10) as u8;
        }
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[k..]);
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` and `\` with a
/// backslash, the control characters below U+0020 as `\b`, `\t`, `\n`, `\f`, `\r` or
/// `\u00xx` (lower-case hex), everything else as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut done = 0;
    while let Some(at) = next_escape(bytes, done) {
        out.extend_from_slice(&bytes[done..at]);
        let b = bytes[at];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xf)],
                ]);
            }
        }
        done = at + 1;
    }
    out.extend_from_slice(&bytes[done..]);
    out.push(b'"');
}

/// The index of the first byte at or after `from` that JSON escapes (below 0x20, `"` or
/// `\`), eight bytes at a time.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut k = from;
    for chunk in &mut chunks {
        if let Ok(word) = <[u8; 8]>::try_from(chunk) {
            let m = escapes(u64::from_le_bytes(word));
            if m != 0 {
                return Some(k + (m.trailing_zeros() / 8) as usize);
            }
        }
        k += 8;
    }
    // The last few bytes, padded with spaces (which need no escape) to a word.
    let tail = chunks.remainder();
    let mut word = [b' '; 8];
    word.get_mut(..tail.len())?.copy_from_slice(tail);
    let m = escapes(u64::from_le_bytes(word));
    (m != 0).then(|| k + (m.trailing_zeros() / 8) as usize)
}

/// The top bit of each byte of `w` (little-endian) that is below 0x20, a `"` or a `\`, as
/// far as the lowest such byte: its lowest set bit is exact. A byte below `n` turns its
/// top bit on in `x - n·0x01…01` and not in `x`, and a borrow only starts at a byte that
/// is itself below `n`, so no bit below the first true one is set (the xor turns the bytes
/// sought into zeros, which are below 1).
fn escapes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(w, 0x20)
        | below(w ^ (ONES * u64::from(b'"')), 1)
        | below(w ^ (ONES * u64::from(b'\\')), 1)
}

impl<'s> ser::Serializer for &'s mut Writer<'_> {
    type Ok = ();
    type Error = GiveUp;
    type SerializeSeq = Compound<'s>;
    type SerializeTuple = Compound<'s>;
    type SerializeTupleStruct = Compound<'s>;
    type SerializeTupleVariant = Compound<'s>;
    type SerializeMap = Compound<'s>;
    type SerializeStruct = Compound<'s>;
    type SerializeStructVariant = Compound<'s>;

    fn serialize_bool(self, v: bool) -> Result<(), GiveUp> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), GiveUp> {
        self.signed(i64::from(v));
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), GiveUp> {
        self.signed(i64::from(v));
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), GiveUp> {
        self.signed(i64::from(v));
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), GiveUp> {
        self.signed(v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), GiveUp> {
        self.by_serde_json(&v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), GiveUp> {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), GiveUp> {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), GiveUp> {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), GiveUp> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), GiveUp> {
        self.by_serde_json(&v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), GiveUp> {
        self.by_serde_json(&v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), GiveUp> {
        self.by_serde_json(&v)
    }
    fn serialize_char(self, v: char) -> Result<(), GiveUp> {
        string(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), GiveUp> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), GiveUp> {
        self.by_serde_json(v)
    }
    fn serialize_none(self) -> Result<(), GiveUp> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), GiveUp> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), GiveUp> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), GiveUp> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), GiveUp> {
        string(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), GiveUp> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), GiveUp> {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'s>, GiveUp> {
        self.out.push(b'[');
        Ok(Compound::new(self.out, b"]"))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'s>, GiveUp> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'s>, GiveUp> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'s>, GiveUp> {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound::new(self.out, b"]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'s>, GiveUp> {
        self.out.push(b'{');
        Ok(Compound::new(self.out, b"}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'s>, GiveUp> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'s>, GiveUp> {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound::new(self.out, b"}}"))
    }
}

/// A sequence, map or struct being written: a comma before every element but the first,
/// and its closing bracket at the end.
struct Compound<'s> {
    out: &'s mut Vec<u8>,
    first: bool,
    close: &'static [u8],
}

impl<'s> Compound<'s> {
    fn new(out: &'s mut Vec<u8>, close: &'static [u8]) -> Self {
        Compound {
            out,
            first: true,
            close,
        }
    }

    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.out.push(b',');
        }
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        value.serialize(&mut Writer {
            out: &mut *self.out,
        })
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        self.comma();
        self.value(value)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), GiveUp> {
        self.comma();
        string(self.out, key);
        self.out.push(b':');
        self.value(value)
    }

    fn finish(self) -> Result<(), GiveUp> {
        self.out.extend_from_slice(self.close);
        Ok(())
    }
}

impl SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        self.element(value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

impl SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        self.element(value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

impl SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        self.element(value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

impl SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        self.element(value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

impl SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), GiveUp> {
        self.comma();
        // A key must come out a string; serde_json quotes other keys, which this writer
        // leaves to it.
        let at = self.out.len();
        self.value(key)?;
        if self.out.get(at) != Some(&b'"') {
            return Err(GiveUp);
        }
        self.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), GiveUp> {
        self.value(value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

impl SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), GiveUp> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

impl SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = GiveUp;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), GiveUp> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), GiveUp> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same<T: Serialize + ?Sized>(value: &T) {
        let mut ours = Vec::new();
        write_compact(value, &mut ours).expect("writes");
        let theirs = serde_json::to_vec(value).expect("serde_json writes");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn strings_escape_as_serde_json_escapes_them() {
        // Every ASCII character, at every offset of the eight-byte steps, and other text.
        let ascii: String = (0u8..128).map(char::from).collect();
        for k in 0..9 {
            let pad = "x".repeat(k);
            same(&format!("{pad}{ascii}"));
            same(&format!("{ascii}{pad}"));
        }
        for s in [
            "",
            "plain words of a sentence",
            "\u{201c}Quoted,\u{201d} she said \u{2014} caf\u{e9} \u{1f600}",
            "tab\there \"q\" back\\slash\r\n\u{7f}\u{0}\u{1f}",
            "12345678\"12345678\\",
        ] {
            same(s);
        }
    }

    #[test]
    fn values_come_out_as_serde_json_writes_them() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, String),
            Struct { a: Option<f64> },
        }
        #[derive(Serialize)]
        struct S<'a> {
            e: Vec<E>,
            c: char,
            t: (u8, &'a str),
            o: Option<&'a str>,
            n: [i64; 4],
            u: u64,
            f: [f64; 5],
            m: std::collections::BTreeMap<&'a str, bool>,
        }
        let value = serde_json::json!({
            "text": "He said \"no\".",
            "n": [0, 1, -7, u64::MAX, i64::MIN],
            "score": [0.0, 0.217, 1.0, -2.5e-7, 1e300],
            "flags": [true, false, null],
            "nested": {"empty": [], "obj": {}, "deep": [[{"a": "\n"}]]}
        });
        same(&value);
        same(&S {
            e: vec![
                E::Unit,
                E::New(3),
                E::Tuple(1, "x".into()),
                E::Struct { a: Some(0.5) },
                E::Struct { a: None },
            ],
            c: '"',
            t: (9, "y"),
            o: None,
            n: [0, -1, i64::MIN, i64::MAX],
            u: u64::MAX,
            f: [0.0, 0.048, 1.0, f64::NAN, -0.0],
            m: [("one", true), ("two", false)].into_iter().collect(),
        });
        // Keys serde_json quotes (numbers) are left to it, and come out the same.
        same(
            &[(1u32, "one"), (2, "two")]
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>(),
        );
    }
}
