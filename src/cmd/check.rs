//! `sverka check SOURCE REF...`: one article against its references, one report.

use crate::cli::{CheckArgs, FailOn, ReportFormat};
use crate::cmd::{file_name, InputArg};
use crate::compare;
use crate::error::{Error, EXIT_FINDINGS, EXIT_OK};
use crate::pipeline;
use crate::report::{self, Output, ReportWriter, Severity};

/// Validated settings of `check`.
pub struct Settings {
    pub source: InputArg,
    pub references: Vec<InputArg>,
    pub format: report::Format,
    pub presegmented: bool,
    pub fail_on: Option<Severity>,
    pub excel: bool,
}

impl Settings {
    pub fn from_args(args: &CheckArgs) -> Result<Settings, Error> {
        Ok(Settings {
            source: InputArg::parse(&args.source)?,
            references: args
                .references
                .iter()
                .map(|r| InputArg::parse(r))
                .collect::<Result<_, _>>()?,
            format: match args.format {
                ReportFormat::Csv => report::Format::Csv,
                ReportFormat::Json => report::Format::Json,
            },
            presegmented: args.presegmented,
            fail_on: args.fail_on.map(fail_on_severity),
            excel: args.excel,
        })
    }
}

pub fn fail_on_severity(f: FailOn) -> Severity {
    match f {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    }
}

pub fn run(args: CheckArgs) -> Result<u8, Error> {
    let settings = Settings::from_args(&args)?;
    let source = pipeline::analyze(settings.source.read()?, settings.presegmented);
    let mut refs = Vec::new();
    for r in &settings.references {
        refs.push(pipeline::analyze(r.read()?, settings.presegmented));
    }
    let rows = compare::check(&file_name(&settings.source.path), &source, &refs);
    let out = Output::open(args.output.as_deref())?;
    let path = out.path().map(|p| p.to_path_buf());
    let io_err = |e: std::io::Error| Error::output(path.as_deref(), e);
    let mut w = ReportWriter::new(out, settings.format, settings.excel).map_err(io_err)?;
    for row in &rows {
        w.write(row).map_err(io_err)?;
    }
    w.finish().map_err(io_err)?.commit()?;
    let failed = settings
        .fail_on
        .is_some_and(|min| rows.iter().any(|r| r.severity >= min));
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
