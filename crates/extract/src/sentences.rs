//! Sentence segmentation inside one block of text.
//!
//! A rule-based splitter tuned for news prose. A sentence ends at `.`, `?`, `!` or an
//! ellipsis, after any closing quotes and brackets, when whitespace follows and the next
//! word does not start in lower case. A full stop after an abbreviation is weighed
//! separately: titles (`Mr.`, `Sen.`) never end a sentence, initials (`J. R. R.`) do not
//! either (a letter after digits is no initial: `£9m.`, `the 1990s.` end one), and
//! abbreviations that often close one (`Inc.`, `U.S.`, `etc.`) end it only when the next
//! word is a typical sentence opener (`The`, `He`, ...). The end of a block
//! always ends a sentence, so headlines and list items need no final stop.

use claimsift_core::Span;

/// Abbreviations that never end a sentence: a name or number always follows them.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "sen", "sens", "gov", "govs", "rep", "reps",
    "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det",
    "insp", "fr", "mt", "ft", "vs", "v", "cf", "viz", "e.g", "i.e", "sr", "brig", "cpl", "pvt",
    "amb", "atty",
];

/// Abbreviations that stand before a number ("No. 5", "Dec. 16", "p. 12").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "ch", "sec", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "op",
];

/// Abbreviations that may close a sentence as well as stand inside one.
const SOMETIMES_FINAL: &[&str] = &[
    "inc", "co", "corp", "ltd", "llc", "plc", "jr", "bros", "etc", "ave", "blvd", "rd", "st",
    "esq", "dept", "univ", "assn", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "a.m", "p.m",
];

/// US state abbreviations of news datelines ("HAYWARD, Calif. (AP) -"), written with a
/// capital: "taken ill. Several customers" ends a sentence.
const STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// `lower` (the lower-case form of `word`) may close a sentence as well as stand inside
/// one: [`SOMETIMES_FINAL`], or a state's abbreviation written with a capital.
fn sometimes_final(word: &str, lower: &str) -> bool {
    SOMETIMES_FINAL.contains(&lower)
        || (STATES.contains(&lower) && word.starts_with(|c: char| c.is_uppercase()))
}

/// Month names that follow an ordinal with a full stop ("1. April", "3. M\u{e4}rz").
const MONTHS: &[&str] = &[
    "januar",
    "jan",
    "februar",
    "feb",
    "m\u{e4}rz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "j\u{e4}nner",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "october",
    "december",
];

/// The days of the week, lower case (also the date lines a byline may run into, see
/// `meta`).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// What follows a clock time within its sentence besides a weekday ("2 p.m. Sunday") or a
/// month: a time zone ("9 a.m. ET") or a zone's first word ("Eastern time"). Any other
/// capitalised word after "a.m." or "p.m." opens a sentence ("shortly after 2 p.m. Crews
/// had been ...").
const AFTER_CLOCK: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst",
    "utc", "cet", "cest", "eastern", "central", "mountain", "pacific", "local",
];

/// Words that typically open a sentence; after an ambiguous abbreviation they signal a
/// boundary ("... at Acme Inc. The company said", "at 2:30 p.m. Two were freed") where a
/// name would not ("Acme Inc. Chief").
const OPENERS: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "almost",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "eight",
    "even",
    "five",
    "for",
    "four",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "more",
    "most",
    "my",
    "nearly",
    "nine",
    "no",
    "not",
    "now",
    "on",
    "one",
    "only",
    "or",
    "our",
    "seven",
    "she",
    "since",
    "six",
    "so",
    "some",
    "still",
    "ten",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "three",
    "to",
    "two",
    "under",
    "we",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "with",
    "yet",
    "you",
];

/// Closing punctuation that belongs to the sentence it follows.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}' | ')' | ']' | '}'
    )
}

/// Opening punctuation that may precede the first word of a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{2039}'
            | '('
            | '['
            | '{'
            | '\u{201E}'
    )
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '\u{2026}' | '\u{203D}')
}

/// Splits the block `block` of `text` into sentences.
///
/// Returns spans into `text`, in order, inside `block`, trimmed of whitespace, none empty.
/// A block span that does not index `text` gives no sentences.
#[must_use]
pub fn split_sentences(text: &str, block: Span) -> Vec<Span> {
    let Some(s) = block.get(text) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| chars.get(i).map_or(s.len(), |&(p, _)| p);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < n {
        let c = chars[i].1;
        if c == '\n' {
            // A line that starts with a bullet is a new sentence even without a stop.
            let mut k = i + 1;
            while k < n && matches!(chars[k].1, ' ' | '\t' | '\r') {
                k += 1;
            }
            if k < n && starts_bullet(&chars[k..]) {
                push_trimmed(&mut out, s, start, byte_at(i), block.start);
                start = byte_at(k);
                i = k;
                continue;
            }
            i += 1;
            continue;
        }
        if matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}') {
            // Chinese and Japanese full stops end a sentence with no space after them;
            // closing brackets and quotes (\u{300D}, \u{300F}, \u{FF09}) stay with it.
            let mut j = i + 1;
            while j < n
                && (is_closer(chars[j].1)
                    || matches!(
                        chars[j].1,
                        '\u{300D}' | '\u{300F}' | '\u{FF09}' | '\u{3002}'
                    ))
            {
                j += 1;
            }
            if j < n {
                push_trimmed(&mut out, s, start, byte_at(j), block.start);
                start = byte_at(j);
            }
            i = j;
            continue;
        }
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut periods = 0usize;
        let mut only_period = true;
        while j < n && is_terminator(chars[j].1) {
            if chars[j].1 == '.' {
                periods += 1;
            } else {
                only_period = false;
            }
            j += 1;
        }
        let run = j - i;
        while j < n && is_closer(chars[j].1) {
            j += 1;
        }
        let end = byte_at(j);
        if j >= n {
            break;
        }
        if !chars[j].1.is_whitespace() {
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while k < n && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= n {
            break;
        }
        let boundary = if only_period && run == 1 && periods == 1 {
            let (word, word_start) = word_before(s, &chars, i, start);
            // A list marker opening the sentence ("1. Mix well") ends nothing.
            let marker = word.len() <= 3
                && word.chars().all(|c| c.is_ascii_digit())
                && s.get(start..word_start)
                    .is_some_and(|p| p.trim().is_empty());
            !marker && period_ends_sentence(word, next_word(&chars, k))
        } else {
            starts_sentence(&chars, k)
        };
        if boundary {
            push_trimmed(&mut out, s, start, end, block.start);
            start = byte_at(k);
        }
        i = k;
    }
    push_trimmed(&mut out, s, start, s.len(), block.start);
    out
}

/// Pushes `s[start..end]` trimmed, shifted by `base`, unless it is empty.
fn push_trimmed(out: &mut Vec<Span>, s: &str, start: usize, end: usize, base: usize) {
    let Some(piece) = s.get(start..end) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let a = start + lead;
        out.push(Span::new(base + a, base + a + trimmed.len()));
    }
}

/// True when the characters open a list item: `-`, `*`, `•` or `1.`/`1)` and a space.
fn starts_bullet(chars: &[(usize, char)]) -> bool {
    let first = chars.first().map(|&(_, c)| c);
    let second = chars.get(1).map(|&(_, c)| c);
    match first {
        Some('-' | '*' | '\u{2022}' | '\u{2013}' | '\u{2014}' | '\u{25AA}') => {
            second.is_some_and(char::is_whitespace)
        }
        Some(d) if d.is_ascii_digit() => {
            let digits = chars.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
            let after = chars.get(digits).map(|&(_, c)| c);
            let space = chars.get(digits + 1).map(|&(_, c)| c);
            digits <= 3
                && matches!(after, Some('.' | ')'))
                && space.is_some_and(char::is_whitespace)
        }
        _ => false,
    }
}

/// True when the text at `k` can open a sentence: not a lower-case word, not a
/// continuation punctuation mark.
fn starts_sentence(chars: &[(usize, char)], k: usize) -> bool {
    let mut k = k;
    while k < chars.len() && is_opener(chars[k].1) {
        k += 1;
    }
    match chars.get(k) {
        None => false,
        Some(&(_, c)) => !(c.is_lowercase() || matches!(c, ',' | ';' | ':' | '-' | ')' | '%')),
    }
}

/// The word that ends just before the terminator at char index `i`, without leading
/// opening punctuation (`(Mr` gives `Mr`), not reaching back past `start` (a byte offset),
/// with the byte offset it starts at.
fn word_before<'a>(
    s: &'a str,
    chars: &[(usize, char)],
    i: usize,
    start: usize,
) -> (&'a str, usize) {
    let end = chars[i].0;
    let mut b = i;
    while b > 0 {
        let (pos, c) = chars[b - 1];
        if pos < start || c.is_whitespace() || is_opener(c) || c == '\u{2014}' || c == '/' {
            break;
        }
        b -= 1;
    }
    let from = chars.get(b).map_or(end, |&(p, _)| p);
    (s.get(from..end).unwrap_or(""), from)
}

/// The word (letters, digits, apostrophes) starting at char index `k`, after any opening
/// punctuation, together with its first character.
fn next_word(chars: &[(usize, char)], k: usize) -> String {
    let mut k = k;
    while k < chars.len() && is_opener(chars[k].1) {
        k += 1;
    }
    chars[k.min(chars.len())..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '\u{2019}' || *c == '$')
        .collect()
}

/// Whether `word` (its final period left off) holds a dot after a letter, as an
/// abbreviation does ("U.S", "a.m", "Ph.D"); a decimal point ("1.5C", "$27.16") is none.
fn has_inner_dot(word: &str) -> bool {
    word.char_indices().any(|(i, c)| {
        c == '.'
            && word[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

/// Decides whether a single full stop after `word`, followed by whitespace and `next`,
/// ends a sentence.
fn period_ends_sentence(word: &str, next: String) -> bool {
    let Some(first) = next.chars().next() else {
        // Followed by punctuation other than an opening quote (a dash, a bullet): end it,
        // unless the word is an abbreviation ("SIOUX FALLS, S.D. - ...").
        let lower = word.to_lowercase();
        let lower = lower.as_str();
        return !(TITLES.contains(&lower)
            || sometimes_final(word, lower)
            || has_inner_dot(word)
            || word.chars().filter(|c| c.is_alphabetic()).count() == 1);
    };
    if first.is_lowercase() {
        return false;
    }
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    if lower.is_empty() {
        return true;
    }
    if TITLES.contains(&lower) {
        return false;
    }
    let next_lower = next.to_lowercase();
    let next_is_opener = OPENERS.contains(&next_lower.as_str());
    if first.is_ascii_digit() && BEFORE_NUMBER.contains(&lower) {
        return false;
    }
    // An ordinal before a month, as German and other languages write dates ("1. April").
    if word.len() <= 2
        && word.chars().all(|c| c.is_ascii_digit())
        && MONTHS.contains(&next.to_lowercase().as_str())
    {
        return false;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let single_letter = letters.next().is_some() && letters.next().is_none();
    let dotted = has_inner_dot(word);
    // An amount with a unit letter ("£9m", "40m") is no initial.
    let amount = word.chars().any(|c| c.is_ascii_digit());
    if single_letter && !dotted && !amount {
        // An initial ("J. R. R. Tolkien", "George W. Bush") unless it is a lone "I" or "a"
        // word ending a sentence, which a capital initial cannot be told apart from; an
        // initial is far more common in news.
        return word.chars().all(|c| c.is_lowercase()) && next_is_opener;
    }
    if matches!(lower, "a.m" | "p.m") {
        // A clock time: a boundary unless a weekday, a month or a time zone follows.
        let next = next_lower.as_str();
        return !(WEEKDAYS.contains(&next)
            || AFTER_CLOCK.contains(&next)
            || MONTHS.contains(&next));
    }
    if dotted || sometimes_final(word, lower) {
        // "U.S.", "Inc.", "etc.": a boundary only before a typical opener.
        return next_is_opener;
    }
    true
}
