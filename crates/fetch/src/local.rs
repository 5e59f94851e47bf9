//! Local inputs: files, directories of article files, and standard input.
//!
//! Everything here is blocking IO; the async entry points run it on tokio's blocking pool.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use claimsift_core::Fetched;

use crate::error::FetchError;

/// File extensions (compared without case) that make a directory member an article.
pub const ARTICLE_EXTENSIONS: [&str; 6] = ["html", "htm", "xhtml", "txt", "text", "md"];

/// One item a path expands to: a file to read, or an error for a part of the tree that
/// could not be listed.
#[derive(Debug)]
pub(crate) enum Member {
    /// `named` is true for a file the user named, false for a directory member.
    File {
        name: String,
        path: PathBuf,
        named: bool,
    },
    Error {
        name: String,
        error: FetchError,
    },
}

/// Expands a path: a file is itself; a directory is its article files, recursively, in path
/// order (component by component, as `Path` sorts: `c/x.html` before `c-d.html`), skipping hidden entries (names starting with `.`) and not following symbolic
/// links to directories (so a link loop cannot trap the walk).
pub(crate) fn expand(name: &str, path: &Path) -> Vec<Member> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) => {
            return vec![Member::Error {
                name: name.to_owned(),
                error: FetchError::from_io(&e),
            }];
        }
    };
    if !meta.is_dir() {
        return vec![Member::File {
            name: name.to_owned(),
            path: path.to_owned(),
            named: true,
        }];
    }
    let mut out = Vec::new();
    walk(path, &mut out);
    if out.is_empty() {
        out.push(Member::Error {
            name: name.to_owned(),
            error: FetchError::EmptyDirectory,
        });
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Member>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Member::Error {
                name: dir.display().to_string(),
                error: FetchError::from_io(&e),
            });
            return;
        }
    };
    let mut children: Vec<(std::ffi::OsString, PathBuf, bool)> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                out.push(Member::Error {
                    name: dir.display().to_string(),
                    error: FetchError::from_io(&e),
                });
                continue;
            }
        };
        let file_name = entry.file_name();
        if file_name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        // `file_type` does not follow links: a link to a directory is not descended into,
        // a link to a file is read like a file.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        children.push((file_name, path, is_dir));
    }
    children.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, path, is_dir) in children {
        if is_dir {
            walk(&path, out);
        } else if is_article(&path) && path.is_file() {
            out.push(Member::File {
                name: path.display().to_string(),
                path,
                named: false,
            });
        }
    }
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| e.eq_ignore_ascii_case(a)))
}

/// The media type a local file's extension implies, so the extract stage need not guess
/// between HTML and plain text. `None` for other extensions (it sniffs those).
pub(crate) fn content_type_for(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    let mime = match ext.as_str() {
        "html" | "htm" => "text/html",
        "xhtml" => "application/xhtml+xml",
        "txt" | "text" => "text/plain",
        "md" => "text/markdown",
        "xml" => "application/xml",
        _ => return None,
    };
    Some(mime.to_owned())
}

/// Reads one file, refusing it if it is over `max_bytes` (checked from the metadata first,
/// and again while reading, since a file can grow) or empty.
pub(crate) fn read_file(name: &str, path: &Path, max_bytes: u64) -> Result<Fetched, FetchError> {
    let file = fs::File::open(path).map_err(|e| FetchError::from_io(&e))?;
    let meta = file.metadata().map_err(|e| FetchError::from_io(&e))?;
    if meta.is_dir() {
        // Only reachable through a race with the walk; say what it is.
        return Err(FetchError::Io("is a directory".into()));
    }
    if meta.len() > max_bytes {
        return Err(FetchError::FileTooLarge { limit: max_bytes });
    }
    let bytes = read_capped(file, max_bytes).map_err(|e| FetchError::from_io(&e))?;
    let bytes = bytes.ok_or(FetchError::FileTooLarge { limit: max_bytes })?;
    if bytes.is_empty() {
        return Err(FetchError::Empty);
    }
    Ok(Fetched {
        input: name.to_owned(),
        url: None,
        content_type: content_type_for(path),
        bytes,
        ..Fetched::default()
    })
}

/// Reads standard input (or whatever reader stands in for it), at most `max_bytes`.
pub(crate) fn read_stdin(reader: impl Read, max_bytes: u64) -> Result<Fetched, FetchError> {
    let bytes = read_capped(reader, max_bytes).map_err(|e| FetchError::Io(e.to_string()))?;
    let bytes = bytes.ok_or(FetchError::StdinTooLarge { limit: max_bytes })?;
    if bytes.is_empty() {
        return Err(FetchError::Empty);
    }
    Ok(Fetched {
        input: "-".to_owned(),
        url: None,
        content_type: None,
        bytes,
        ..Fetched::default()
    })
}

/// Reads to the end, or returns `Ok(None)` as soon as more than `max_bytes` arrive.
fn read_capped(reader: impl Read, max_bytes: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        Ok(None)
    } else {
        Ok(Some(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(members: &[Member]) -> Vec<String> {
        members
            .iter()
            .map(|m| match m {
                Member::File { name, .. } => name.clone(),
                Member::Error { name, error } => format!("{name}: {error}"),
            })
            .collect()
    }

    fn touch(dir: &Path, rel: &str, text: &str) {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(path, text).unwrap();
    }

    #[test]
    fn missing_file_is_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope.html");
        let members = expand("nope.html", &path);
        assert_eq!(names(&members), ["nope.html: not found"]);
        assert_eq!(
            read_file("nope.html", &path, 100),
            Err(FetchError::NotFound)
        );
    }

    #[test]
    fn directory_is_expanded_in_path_order_without_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(root, "b.html", "b");
        touch(root, "a.TXT", "a");
        touch(root, "c/z.md", "z");
        touch(root, "c/a.htm", "a");
        touch(root, "ca.xhtml", "x");
        touch(root, "image.png", "png");
        touch(root, ".hidden.html", "h");
        touch(root, ".git/config.txt", "h");
        touch(root, "notes.text", "n");
        touch(root, "c-d.html", "d");
        let members = expand("root", root);
        let base = root.display().to_string();
        let got: Vec<String> = names(&members)
            .into_iter()
            .map(|n| n.replacen(&base, "root", 1))
            .collect();
        assert_eq!(
            got,
            [
                "root/a.TXT",
                "root/b.html",
                "root/c/a.htm",
                "root/c/z.md",
                "root/c-d.html",
                "root/ca.xhtml",
                "root/notes.text"
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_directories_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(root, "a.html", "a");
        std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
        std::os::unix::fs::symlink(root.join("a.html"), root.join("b.html")).unwrap();
        let members = expand("root", root);
        let base = root.display().to_string();
        let got: Vec<String> = names(&members)
            .into_iter()
            .map(|n| n.replacen(&base, "root", 1))
            .collect();
        assert_eq!(got, ["root/a.html", "root/b.html"]);
    }

    #[test]
    fn directory_with_no_articles_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "image.png", "png");
        touch(dir.path(), ".hidden.html", "h");
        let members = expand("pics", dir.path());
        assert_eq!(
            names(&members),
            ["pics: is a directory with no articles (.html, .htm, .xhtml, .txt, .text, .md)"]
        );
    }

    #[test]
    fn a_named_file_is_read_whatever_its_extension() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "page.php", "<p>hi</p>");
        let path = dir.path().join("page.php");
        let members = expand("page.php", &path);
        assert_eq!(names(&members), ["page.php"]);
        let fetched = read_file("page.php", &path, 100).unwrap();
        assert_eq!(fetched.bytes, b"<p>hi</p>");
        assert_eq!(fetched.content_type, None);
        assert_eq!(fetched.input, "page.php");
    }

    #[test]
    fn size_limit_and_empty_files() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "big.txt", &"x".repeat(101));
        touch(dir.path(), "exact.txt", &"x".repeat(100));
        touch(dir.path(), "empty.txt", "");
        let big = read_file("big.txt", &dir.path().join("big.txt"), 100);
        assert_eq!(big, Err(FetchError::FileTooLarge { limit: 100 }));
        let exact = read_file("exact.txt", &dir.path().join("exact.txt"), 100).unwrap();
        assert_eq!(exact.bytes.len(), 100);
        assert_eq!(exact.content_type.as_deref(), Some("text/plain"));
        let empty = read_file("empty.txt", &dir.path().join("empty.txt"), 100);
        assert_eq!(empty, Err(FetchError::Empty));
    }

    #[cfg(unix)]
    #[test]
    fn permission_denied_is_named() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "secret.html", "s");
        let path = dir.path().join("secret.html");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&path).is_ok() {
            // Running as root: permission bits do not stop reads, so there is nothing to test.
            return;
        }
        assert_eq!(
            read_file("secret.html", &path, 100),
            Err(FetchError::PermissionDenied)
        );
    }

    #[test]
    fn stdin_is_read_with_the_limit() {
        let ok = read_stdin(&b"hello"[..], 100).unwrap();
        assert_eq!(ok.input, "-");
        assert_eq!(ok.bytes, b"hello");
        assert_eq!(read_stdin(&b""[..], 100), Err(FetchError::Empty));
        assert_eq!(
            read_stdin(&b"hello"[..], 4),
            Err(FetchError::StdinTooLarge { limit: 4 })
        );
    }
}
