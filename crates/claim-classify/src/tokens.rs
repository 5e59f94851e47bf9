//! Word tokens with byte offsets: the one pass over the text every other step reads.
//!
//! A sentence is tokenized once. Words keep inner apostrophes and hyphens ("didn't",
//! "three-quarters"), letter-dot abbreviations ("U.S.") and the full stop of a known
//! abbreviation ("Mr.", "Dec."); numbers keep their separators and suffixes ("1,200",
//! "3.5", "40m", "18-9"). Every other non-space character is a token of its own. The lower
//! case form of a token is the same byte range of the article's ASCII-lowercased text, so
//! no token allocates.

use crate::lexicon::Lexicons;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    /// A currency or percent sign and the like.
    Symbol,
    Punct,
}

/// One token: a byte range of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The first character.
    pub ch: char,
    /// The first character is upper case.
    pub cap: bool,
    /// The first word of a sentence, or of a quotation or a colon-introduced part.
    pub initial: bool,
    /// The apostrophe of a plural possessive ("the employers' association"): punctuation,
    /// but not a quotation mark.
    pub possessive: bool,
}

impl Token {
    /// A capital where no sentence or quotation starts, which marks a name: "said Will
    /// Doyle", not the modal "will".
    pub fn mid_capital(&self) -> bool {
        self.cap && !self.initial
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// A word or a number: what a noun phrase is made of ("Butz, 49,", "6 in 10 voters").
    pub fn is_word_or_number(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.ch == c
    }
    pub fn is_quote(&self) -> bool {
        self.kind == TokenKind::Punct && is_quote_char(self.ch) && !self.possessive
    }
}

pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}'
    )
}

fn is_symbol(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '%' | '&' | '+' | '₹' | '₽')
}

/// A straight or curly apostrophe.
pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokenizes `text[start..end]`, appending tokens with offsets into `text`. `lower` is
/// `text` lowercased byte for byte. A range that does not index `text` gives no tokens.
pub(crate) fn tokenize(
    text: &str,
    lower: &str,
    start: usize,
    end: usize,
    lex: Option<&Lexicons>,
    out: &mut Vec<Token>,
) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let first = out.len();
    let mut it = slice.char_indices().peekable();
    let mut initial = true;
    // A single quotation opened and not yet closed: an apostrophe after "s" then closes
    // it rather than making a possessive ('the bosses' union' stays a quotation).
    let mut single_open = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() || c.is_control() {
            continue;
        }
        let abs = start + i;
        if c.is_alphanumeric() {
            let number = c.is_ascii_digit();
            let mut last = i + c.len_utf8();
            // Length of the current dot-separated segment, for "U.S.".
            let mut segment = 1usize;
            let mut dotted = false;
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    it.next();
                    last = j + d.len_utf8();
                    segment += 1;
                    continue;
                }
                let next = slice[j + d.len_utf8()..].chars().next();
                let joins = match d {
                    '\'' | '\u{2019}' | '-' => next.is_some_and(char::is_alphanumeric),
                    '.' | ',' | ':' if number => next.is_some_and(|n| n.is_ascii_digit()),
                    '.' => segment == 1 && next.is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if !joins {
                    break;
                }
                if d == '.' && !number {
                    dotted = true;
                }
                segment = 0;
                it.next();
                last = j + d.len_utf8();
            }
            // A trailing full stop that belongs to the word.
            let dot = if number { None } else { it.peek().copied() };
            if let Some((j, '.')) = dot {
                let word = &slice[i..last];
                let single_cap = word.chars().count() == 1 && c.is_uppercase();
                let known = lex.is_some_and(|l| {
                    lower
                        .get(abs..start + j + 1)
                        .is_some_and(|w| l.is_abbreviation(w))
                });
                // "Jr." and "Sr." after a name ("Joseph R. Biden Jr. responded") keep
                // their full stop: they end a name, not a sentence.
                let suffix = matches!(word, "Jr" | "Sr")
                    && out
                        .last()
                        .is_some_and(|p: &Token| p.cap && p.kind == TokenKind::Word);
                if (dotted && segment == 1) || single_cap || known || suffix {
                    it.next();
                    last = j + 1;
                }
            }
            out.push(Token {
                start: abs,
                end: start + last,
                kind: if number {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
                ch: c,
                cap: c.is_uppercase(),
                initial,
                possessive: false,
            });
            initial = false;
            continue;
        }
        let kind = if is_symbol(c) {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        };
        let before = slice[..i].chars().next_back();
        let after = slice[i + c.len_utf8()..].chars().next();
        let mut possessive = false;
        if is_apostrophe(c) || c == '\u{2018}' {
            let opening = before.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '"'))
                && after.is_some_and(char::is_alphanumeric);
            let word_before = out.len() > first
                && out
                    .last()
                    .is_some_and(|t| t.kind == TokenKind::Word && t.end == abs);
            let shaped = !opening && word_before && is_plural_possessive(slice, i, c);
            if opening {
                single_open = true;
            } else if shaped && (!single_open || closes_later(&slice[i + c.len_utf8()..])) {
                // Inside a single quotation, a possessive when the quotation closes later
                // ("‘Travellers’ patience is running out,’ said").
                possessive = true;
            } else {
                single_open = false;
            }
        }
        out.push(Token {
            start: abs,
            end: abs + c.len_utf8(),
            kind,
            ch: c,
            cap: false,
            initial: false,
            possessive,
        });
        // The word after an opening quote or a colon starts a new sentence-like part; a
        // straight quote opens when it starts the sentence or follows a space.
        let opens = c == ':'
            || c == '\u{201c}'
            || c == '\u{2018}'
            || c == '\u{ab}'
            || ((c == '"' || is_apostrophe(c)) && out.len() - first == 1)
            || (c == '"'
                && slice[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace));
        if opens {
            initial = true;
        }
    }
}

/// Whether the apostrophe `c` at `slice[i..]`, right after a word, ends a plural
/// possessive: the word ends in "s" ("workers'") and a space and a word come after it
/// ("workers' union").
fn is_plural_possessive(slice: &str, i: usize, c: char) -> bool {
    let rest = &slice[i + c.len_utf8()..];
    is_apostrophe(c)
        && slice[..i].ends_with(['s', 'S'])
        && rest.starts_with(' ')
        && rest
            .trim_start_matches(' ')
            .starts_with(char::is_alphanumeric)
}

/// True when `rest` holds a closing single quotation mark: an apostrophe after a
/// non-space, with a space, punctuation or the end after it.
fn closes_later(rest: &str) -> bool {
    let mut prev = ' ';
    let mut it = rest.chars().peekable();
    while let Some(ch) = it.next() {
        if is_apostrophe(ch)
            && !prev.is_whitespace()
            && it.peek().is_none_or(|n| !n.is_alphanumeric())
        {
            return true;
        }
        prev = ch;
    }
    false
}

/// Tokenizes a string with no abbreviation list (for lexicon entries).
pub(crate) fn tokenize_plain(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(s, s, 0, s.len(), None, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(s: &str) -> Vec<&str> {
        tokenize_plain(s)
            .iter()
            .filter(|t| t.is_quote())
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn a_plural_possessive_apostrophe_is_not_a_quotation_mark() {
        assert!(quotes("The employers' association rejected it.").is_empty());
        assert!(quotes("The Transport Workers\u{2019} Union said so.").is_empty());
        let toks = tokenize_plain("The employers' association");
        assert!(toks.iter().any(|t| t.possessive && t.is_punct('\'')));
    }

    #[test]
    fn single_quotation_marks_stay_quotation_marks() {
        assert_eq!(quotes("He called it 'a farce' and left."), ["'", "'"]);
        // Closing a single quotation after a word in "s" is not a possessive.
        assert_eq!(quotes("They are 'the real bosses' now."), ["'", "'"]);
        assert_eq!(
            quotes("\u{2018}Not the talks\u{2019} he said."),
            ["\u{2018}", "\u{2019}"]
        );
        // At the end of the text, or before punctuation, nothing follows to possess.
        assert_eq!(quotes("'We won,' said the workers'"), ["'", "'", "'"]);
        // A possessive inside a single quotation that closes later.
        assert_eq!(
            quotes("\u{2018}Travellers\u{2019} patience is running out,\u{2019} said Smith."),
            ["\u{2018}", "\u{2019}"]
        );
    }
}
