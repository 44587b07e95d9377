//! Errors and the exit codes they map to (one place, as the contract fixes them).

use std::fmt;
use std::path::{Path, PathBuf};

/// Exit status: the run completed, findings or not.
pub const EXIT_OK: u8 = 0;
/// Exit status: `--fail-on` was given and a finding at or above it was reported.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: a usage or input error.
pub const EXIT_ERROR: u8 = 2;

/// A file that could not be read as a document. Displays as one line naming the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: PathBuf,
    pub problem: String,
}

impl InputError {
    pub fn new(path: &Path, problem: impl Into<String>) -> InputError {
        InputError {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

impl std::error::Error for InputError {}

/// Anything that stops a command.
#[derive(Debug)]
pub enum Error {
    /// The command line asks for something that cannot be done.
    Usage(String),
    /// An input file could not be read.
    Input(InputError),
    /// Writing the output failed.
    Output {
        path: Option<PathBuf>,
        source: std::io::Error,
    },
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        EXIT_ERROR
    }

    pub fn output(path: Option<&Path>, source: std::io::Error) -> Error {
        Error::Output {
            path: path.map(Path::to_path_buf),
            source,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(msg) => f.write_str(msg),
            Error::Input(e) => e.fmt(f),
            Error::Output {
                path: Some(p),
                source,
            } => {
                write!(f, "{}: cannot write the output: {}", p.display(), source)
            }
            Error::Output { path: None, source } => {
                write!(f, "cannot write to standard output: {}", source)
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<InputError> for Error {
    fn from(e: InputError) -> Error {
        Error::Input(e)
    }
}

/// The message a panic carried (`panic!("…")` with or without arguments), or nothing.
pub fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}
