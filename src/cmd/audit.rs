//! `sverka audit DIR`: every document under a folder, checked in parallel, one report.
//!
//! Validates the arguments into [`audit::Settings`], streams the documents' rows from
//! [`audit::run`] into the report writer as they come (in document order), shows a progress
//! bar when standard error is a terminal, and ends with a summary on standard error.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressState, ProgressStyle};

use crate::audit::{self, Dataset};
use crate::cli::{AuditArgs, ReportFormat};
use crate::cmd::check::fail_on_severity;
use crate::error::{Error, EXIT_FINDINGS, EXIT_OK};
use crate::lang::Lang;
use crate::report::{self, Output, ReportWriter, Severity};

/// Validated settings of `audit`.
pub struct Settings {
    pub audit: audit::Settings,
    pub format: report::Format,
    pub fail_on: Option<Severity>,
    pub excel: bool,
}

impl Settings {
    pub fn from_args(args: &AuditArgs) -> Result<Settings, Error> {
        let source_lang = Lang::from_code(&args.source_lang).ok_or_else(|| {
            Error::Usage(format!(
                "--source-lang {}: unknown language (known: bg, ru, uk, kk, en)",
                args.source_lang
            ))
        })?;
        let jobs = match args.jobs {
            Some(0) => {
                return Err(Error::Usage(
                    "--jobs 0: give at least 1 (or leave it out to use all cores)".into(),
                ))
            }
            Some(n) => n,
            None => audit::default_jobs(),
        };
        Ok(Settings {
            audit: audit::Settings {
                dir: args.dir.clone(),
                source_lang,
                presegmented: args.presegmented,
                max_bytes: args.max_bytes,
                jobs,
            },
            format: match args.format {
                ReportFormat::Csv => report::Format::Csv,
                ReportFormat::Json => report::Format::Json,
            },
            fail_on: args.fail_on.map(fail_on_severity),
            excel: args.excel,
        })
    }
}

pub fn run(args: AuditArgs) -> Result<u8, Error> {
    let settings = Settings::from_args(&args)?;
    let dataset = Dataset::discover(&settings.audit)?;
    let progress = progress_bar(dataset.len() as u64);

    let out = Output::open(args.output.as_deref())?;
    let path = out.path().map(|p| p.to_path_buf());
    let io_err = |e: std::io::Error| Error::output(path.as_deref(), unwrap_csv(e));
    let mut writer = ReportWriter::new(out, settings.format, settings.excel).map_err(io_err)?;
    let mut failed = false;
    let summary = dataset.run(&settings.audit, |checked| {
        for row in &checked.rows {
            writer.write(row).map_err(io_err)?;
            failed |= settings.fail_on.is_some_and(|min| row.severity >= min);
        }
        if let Some(bar) = &progress {
            bar.inc(1);
        }
        Ok(())
    })?;
    writer.finish().map_err(io_err)?.commit()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    eprintln!("{summary}");
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}

/// A bar on standard error (documents done of total, rate, time left), only on a terminal.
fn progress_bar(total: u64) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(
        "{bar:40} {pos}/{len} documents, {rate}, {eta} left ({elapsed})",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .with_key(
        "rate",
        |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0} documents/s", state.per_sec());
        },
    );
    bar.set_style(style);
    Some(bar)
}

/// The I/O error inside a CSV writer's error, so that a closed pipe (`sverka audit | head`)
/// is still seen as one and ends the run quietly.
fn unwrap_csv(e: std::io::Error) -> std::io::Error {
    let inner = e
        .get_ref()
        .and_then(|i| i.downcast_ref::<csv::Error>())
        .and_then(|c| match c.kind() {
            csv::ErrorKind::Io(io) => Some(std::io::Error::new(io.kind(), io.to_string())),
            _ => None,
        });
    inner.unwrap_or(e)
}
