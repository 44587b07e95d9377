//! Reading files into documents: UTF-8 checks, BOM, line index, the publication date line.
//!
//! A [`Document`] keeps the file's text exactly as it was (less a leading BOM, whose length is
//! kept in [`Document::base`]), so that every byte offset reported points into the original
//! file. Splitting into sentences is left to [`crate::segment`].

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::InputError;
use crate::lang::Lang;

/// A calendar date; the publication date of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// One input text: a source article or a reference.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from (for messages).
    pub path: PathBuf,
    pub lang: Lang,
    /// The publication date from a ` date YYYY-MM-DD ` first line.
    pub date: Option<Date>,
    /// The file's text without a leading BOM. Line ends are kept as they were (LF or CRLF).
    pub text: String,
    /// Bytes before `text` in the file: 3 with a BOM, else 0. File offset = base + text offset.
    pub base: usize,
    /// Where the text proper starts: after the date prefix, if any.
    pub body_start: usize,
    /// Text offsets at which each line starts (line 1 at index 0).
    line_starts: Vec<usize>,
}

/// Default limit on the size of one input file.
pub const DEFAULT_MAX_BYTES: u64 = 50 * 1024 * 1024;

impl Document {
    /// Reads a file, with `max_bytes` as the largest size accepted.
    pub fn read(path: &Path, lang: Lang, max_bytes: u64) -> Result<Document, InputError> {
        let meta = fs::metadata(path).map_err(|e| InputError::new(path, describe_io(&e)))?;
        if meta.is_dir() {
            return Err(InputError::new(path, "is a directory, not a text file"));
        }
        if meta.len() > max_bytes {
            return Err(InputError::new(
                path,
                format!(
                    "file is {} bytes, over the limit of {} bytes",
                    meta.len(),
                    max_bytes
                ),
            ));
        }
        let bytes = fs::read(path).map_err(|e| InputError::new(path, describe_io(&e)))?;
        Document::from_bytes(path, lang, bytes)
    }

    /// Builds a document from bytes already read; `path` is used in messages only.
    pub fn from_bytes(path: &Path, lang: Lang, bytes: Vec<u8>) -> Result<Document, InputError> {
        if let Some(pos) = bytes.iter().position(|&b| b == 0) {
            return Err(InputError::new(
                path,
                format!("binary file: NUL byte at offset {pos}"),
            ));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                return Err(InputError::new(
                    path,
                    format!("invalid UTF-8 at byte offset {at}"),
                ));
            }
        };
        Document::from_text(path, lang, text)
    }

    /// Builds a document from text (a leading BOM is accepted and accounted for).
    pub fn from_text(path: &Path, lang: Lang, mut text: String) -> Result<Document, InputError> {
        let base = if text.starts_with('\u{feff}') {
            text.drain(..3);
            3
        } else {
            0
        };
        if text.trim().is_empty() {
            return Err(InputError::new(path, "empty file: no text to check"));
        }
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let (date, body_start) = parse_date_line(&text);
        Ok(Document {
            path: path.to_path_buf(),
            lang,
            date,
            text,
            base,
            body_start,
            line_starts,
        })
    }

    /// The 1-based line holding the text offset `at`.
    pub fn line_of(&self, at: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= at)
    }

    /// The byte offset in the file of the text offset `at`.
    pub fn file_offset(&self, at: usize) -> usize {
        self.base + at
    }

    /// Number of lines in the text.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// Reads ` date YYYY-MM-DD ` at the start of the text: the date and where the text proper begins.
fn parse_date_line(text: &str) -> (Option<Date>, usize) {
    let lead = text.len() - text.trim_start_matches([' ', '\t']).len();
    let rest = &text[lead..];
    let Some(after) = rest.strip_prefix("date ") else {
        return (None, 0);
    };
    let b = after.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if b.len() < 10
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
    {
        return (None, 0);
    }
    if b.get(10).is_some_and(|c| !c.is_ascii_whitespace()) {
        return (None, 0);
    }
    let year: i32 = after[0..4].parse().unwrap_or(0);
    let month: u32 = after[5..7].parse().unwrap_or(0);
    let day: u32 = after[8..10].parse().unwrap_or(0);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return (None, 0);
    }
    let mut start = lead + "date ".len() + 10;
    while text[start..].starts_with([' ', '\t']) {
        start += 1;
    }
    (Some(Date { year, month, day }), start)
}

fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file".to_string(),
        PermissionDenied => "permission denied".to_string(),
        _ => {
            // ELOOP has no stable ErrorKind: name it plainly.
            if e.raw_os_error() == Some(40) {
                "too many levels of symbolic links (a symlink loop)".to_string()
            } else {
                format!("cannot read: {e}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(bytes: &[u8]) -> Result<Document, InputError> {
        Document::from_bytes(Path::new("t.txt"), Lang::Bg, bytes.to_vec())
    }

    #[test]
    fn date_line_is_metadata() {
        let d = doc(" date 2025-11-09 САЩ ще станат.\n\nВтори.".as_bytes()).unwrap();
        assert_eq!(
            d.date,
            Some(Date {
                year: 2025,
                month: 11,
                day: 9
            })
        );
        assert!(d.text[d.body_start..].starts_with("САЩ"));
        let d = doc(b"date 2025-11-09 Text").unwrap();
        assert_eq!(d.date.map(|d| d.day), Some(9));
        let d = doc(b"Updated 2025-11-09 text").unwrap();
        assert_eq!((d.date, d.body_start), (None, 0));
    }

    #[test]
    fn bom_counts_in_file_offsets() {
        let d = doc("\u{feff}Текст.".as_bytes()).unwrap();
        assert_eq!(d.base, 3);
        assert!(d.text.starts_with("Текст"));
        assert_eq!(d.file_offset(0), 3);
    }

    #[test]
    fn lines_with_crlf() {
        let d = doc(b"a\r\nb\r\n\r\nc").unwrap();
        assert_eq!(d.line_of(0), 1);
        assert_eq!(d.line_of(3), 2);
        assert_eq!(d.line_of(8), 4);
    }

    #[test]
    fn bad_inputs_are_one_line_errors() {
        let e = doc(b"").unwrap_err();
        assert!(e.to_string().starts_with("t.txt: empty"));
        let e = doc(b"  \n\n").unwrap_err();
        assert!(e.problem.contains("empty"));
        let e = doc(b"ab\xffcd").unwrap_err();
        assert_eq!(e.to_string(), "t.txt: invalid UTF-8 at byte offset 2");
        let e = doc(b"ab\0cd").unwrap_err();
        assert!(e.problem.contains("NUL byte at offset 2"));
    }
}
