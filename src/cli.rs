//! Command-line arguments (clap structs only). Each command validates them into its own
//! settings before use.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "sverka",
    version,
    about = "Cross-check translated news: figures, names and sentences against reference translations"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check a translated article against one or more reference versions.
    Check(CheckArgs),
    /// Check every document under a folder, in parallel, into one report.
    Audit(AuditArgs),
    /// Align the sentences of a text with those of a reference.
    Align(AlignArgs),
    /// List every figure and name found in a file, normalized.
    Extract(ExtractArgs),
    /// Split a file into sentences.
    Segment(SegmentArgs),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Csv,
    Json,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    Csv,
    Tmx,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The translated article (`PATH` or `LANG=PATH`).
    pub source: String,
    /// Reference versions (`PATH` or `LANG=PATH`).
    #[arg(required = true)]
    pub references: Vec<String>,
    /// Write the report here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ReportFormat,
    /// Every non-blank line is one sentence.
    #[arg(long)]
    pub presegmented: bool,
    /// Exit with status 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Start the CSV with a UTF-8 byte-order mark for spreadsheet programs.
    #[arg(long)]
    pub excel: bool,
}

#[derive(Args, Debug)]
pub struct AuditArgs {
    /// The dataset folder: one sub-folder per document.
    pub dir: PathBuf,
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ReportFormat,
    #[arg(long)]
    pub presegmented: bool,
    /// Language of the source file in each document folder.
    #[arg(long, default_value = "bg")]
    pub source_lang: String,
    /// Parallel jobs (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Documents whose files are larger than this many bytes become input errors.
    #[arg(long, default_value_t = crate::document::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    #[arg(long)]
    pub excel: bool,
}

#[derive(Args, Debug)]
pub struct AlignArgs {
    pub source: String,
    pub reference: String,
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "csv")]
    pub format: AlignFormat,
    #[arg(long)]
    pub presegmented: bool,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    pub file: String,
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ReportFormat,
    #[arg(long)]
    pub presegmented: bool,
}

#[derive(Args, Debug)]
pub struct SegmentArgs {
    pub file: String,
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub presegmented: bool,
}
