//! What the user named on the command line: a path, standard input (`-`) or an http(s) URL.

use std::path::PathBuf;

use crate::error::FetchError;

/// One input as the user gave it, before any IO.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory of article files.
    Path(PathBuf),
    /// `-`: standard input, which can be read only once per run.
    Stdin,
    /// An `http` or `https` URL.
    Url(url::Url),
}

impl Input {
    /// Classifies one command-line argument.
    ///
    /// `-` is standard input; text starting with `http://` or `https://` (any case) is a URL;
    /// text starting with another scheme followed by `://` (`ftp://`, `file://`) is an error;
    /// anything else is a path, even if no such file exists (that is found out when it is
    /// read, so the message can say "not found").
    ///
    /// # Errors
    /// [`FetchError::UnsupportedScheme`] for a non-http(s) scheme, [`FetchError::InvalidUrl`]
    /// for an http(s) URL that does not parse or has no host.
    pub fn parse(text: &str) -> Result<Self, FetchError> {
        if text == "-" {
            return Ok(Self::Stdin);
        }
        let Some((scheme, _)) = text.split_once("://") else {
            return Ok(Self::Path(PathBuf::from(text)));
        };
        if !is_scheme(scheme) {
            return Ok(Self::Path(PathBuf::from(text)));
        }
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(FetchError::UnsupportedScheme(scheme));
        }
        let url = url::Url::parse(text).map_err(|e| FetchError::InvalidUrl(e.to_string()))?;
        if url.host_str().is_none_or(str::is_empty) {
            return Err(FetchError::InvalidUrl("no host".into()));
        }
        Ok(Self::Url(url))
    }
}

/// RFC 3986: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`, but at least two characters, so
/// that a drive letter (`C://notes.txt`) stays a path.
fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    text.len() >= 2
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_arguments() {
        assert_eq!(Input::parse("-"), Ok(Input::Stdin));
        assert_eq!(
            Input::parse("articles/a.html"),
            Ok(Input::Path("articles/a.html".into()))
        );
        assert!(matches!(
            Input::parse("https://example.com/a"),
            Ok(Input::Url(u)) if u.as_str() == "https://example.com/a"
        ));
        assert!(matches!(
            Input::parse("HTTP://Example.com"),
            Ok(Input::Url(u)) if u.as_str() == "http://example.com/"
        ));
        assert_eq!(
            Input::parse("ftp://example.com/x"),
            Err(FetchError::UnsupportedScheme("ftp".into()))
        );
        assert_eq!(
            Input::parse("file:///etc/passwd"),
            Err(FetchError::UnsupportedScheme("file".into()))
        );
        assert!(matches!(
            Input::parse("http://"),
            Err(FetchError::InvalidUrl(_))
        ));
        assert!(matches!(
            Input::parse("http://exa mple.com/"),
            Err(FetchError::InvalidUrl(_))
        ));
        // Not a scheme before "://": a (strange) path.
        assert_eq!(
            Input::parse("my notes://x.txt"),
            Ok(Input::Path("my notes://x.txt".into()))
        );
        assert_eq!(Input::parse("--"), Ok(Input::Path("--".into())));
        assert_eq!(
            Input::parse("C://notes.txt"),
            Ok(Input::Path("C://notes.txt".into()))
        );
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(text in "\\PC{0,40}") {
            let _ = Input::parse(&text);
        }

        #[test]
        fn http_urls_are_urls_or_errors(rest in "[a-zA-Z0-9./:@%?#_-]{0,30}") {
            let text = format!("http://{rest}");
            proptest::prop_assert!(!matches!(Input::parse(&text), Ok(Input::Path(_))));
        }
    }
}
