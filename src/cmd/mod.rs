//! One module per subcommand, each with a `run` entry point that returns the exit status.

pub mod align;
pub mod audit;
pub mod check;
pub mod extract;
pub mod segment;

use std::path::{Path, PathBuf};

use crate::document::{Document, DEFAULT_MAX_BYTES};
use crate::error::{Error, InputError};
use crate::lang::Lang;

/// An input named on the command line: `PATH` (language from the file name) or `LANG=PATH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputArg {
    pub lang: Lang,
    pub path: PathBuf,
}

impl InputArg {
    pub fn parse(arg: &str) -> Result<InputArg, Error> {
        if let Some((code, path)) = arg.split_once('=') {
            if let Some(lang) = Lang::from_code(code) {
                return Ok(InputArg {
                    lang,
                    path: PathBuf::from(path),
                });
            }
            if code.len() <= 3 && !code.contains(['/', '\\', '.']) {
                return Err(Error::Usage(format!(
                    "{arg}: unknown language '{code}' (known: bg, ru, uk, kk, en)"
                )));
            }
        }
        let path = PathBuf::from(arg);
        match Lang::from_path(&path) {
            Some(lang) => Ok(InputArg { lang, path }),
            None => Err(Error::Usage(format!(
                "{arg}: cannot tell the language from the file name; name it like bg.txt or \
                 article.bg.txt, or give it as LANG=PATH (e.g. bg={arg})"
            ))),
        }
    }

    /// Reads the file as a document.
    pub fn read(&self) -> Result<Document, InputError> {
        Document::read(&self.path, self.lang, DEFAULT_MAX_BYTES)
    }
}

/// The `doc` id of a `check` report: the source file's name.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_args() {
        let a = InputArg::parse("ru=some/file.txt").unwrap();
        assert_eq!((a.lang, a.path), (Lang::Ru, PathBuf::from("some/file.txt")));
        let a = InputArg::parse("x/article.kk.txt").unwrap();
        assert_eq!(a.lang, Lang::Kk);
        assert!(InputArg::parse("article.txt").is_err());
        assert!(InputArg::parse("xx=a.txt").is_err());
    }
}
