//! The report: the contract's rows, their order, and the CSV and JSON writers.
//!
//! Every CSV cell that a spreadsheet could evaluate as a formula (starting with `=`, `+`,
//! `-`, `@`, tab or carriage return) is prefixed with an apostrophe, in every mode. Reports
//! go to a temporary file beside the target and are renamed into place when complete
//! ([`Output`]), so an interrupted run never leaves a half report under the requested name.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Error;

/// The kinds of finding, as the contract names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    NumberMismatch,
    ScaleMismatch,
    PercentShift,
    UnitMismatch,
    ApproxMismatch,
    DateMismatch,
    MissingNumber,
    ExtraNumber,
    NameMismatch,
    MissingName,
    UnalignedSource,
    UnalignedRef,
    ReferenceConflict,
    InputError,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::NumberMismatch,
        Kind::ScaleMismatch,
        Kind::PercentShift,
        Kind::UnitMismatch,
        Kind::ApproxMismatch,
        Kind::DateMismatch,
        Kind::MissingNumber,
        Kind::ExtraNumber,
        Kind::NameMismatch,
        Kind::MissingName,
        Kind::UnalignedSource,
        Kind::UnalignedRef,
        Kind::ReferenceConflict,
        Kind::InputError,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::NumberMismatch => "number_mismatch",
            Kind::ScaleMismatch => "scale_mismatch",
            Kind::PercentShift => "percent_shift",
            Kind::UnitMismatch => "unit_mismatch",
            Kind::ApproxMismatch => "approx_mismatch",
            Kind::DateMismatch => "date_mismatch",
            Kind::MissingNumber => "missing_number",
            Kind::ExtraNumber => "extra_number",
            Kind::NameMismatch => "name_mismatch",
            Kind::MissingName => "missing_name",
            Kind::UnalignedSource => "unaligned_source",
            Kind::UnalignedRef => "unaligned_ref",
            Kind::ReferenceConflict => "reference_conflict",
            Kind::InputError => "input_error",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a finding matters. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One side of a finding: where it is and what it says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Side {
    pub line: Option<usize>,
    pub offset: Option<usize>,
    pub text: String,
    pub value: String,
    pub sentence: String,
}

/// One row of the report, in the contract's column order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub doc: String,
    pub source_lang: String,
    pub ref_lang: String,
    pub kind: Kind,
    pub severity: Severity,
    pub source_line: Option<usize>,
    pub source_offset: Option<usize>,
    pub source_text: String,
    pub source_value: String,
    pub ref_line: Option<usize>,
    pub ref_offset: Option<usize>,
    pub ref_text: String,
    pub ref_value: String,
    pub source_sentence: String,
    pub ref_sentence: String,
    pub message: String,
}

/// The CSV header, exactly as the contract gives it.
pub const HEADER: [&str; 16] = [
    "doc",
    "source_lang",
    "ref_lang",
    "kind",
    "severity",
    "source_line",
    "source_offset",
    "source_text",
    "source_value",
    "ref_line",
    "ref_offset",
    "ref_text",
    "ref_value",
    "source_sentence",
    "ref_sentence",
    "message",
];

impl Row {
    /// A row from its parts.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        doc: &str,
        source_lang: &str,
        ref_lang: &str,
        kind: Kind,
        severity: Severity,
        source: Side,
        reference: Side,
        message: String,
    ) -> Row {
        Row {
            doc: doc.to_string(),
            source_lang: source_lang.to_string(),
            ref_lang: ref_lang.to_string(),
            kind,
            severity,
            source_line: source.line,
            source_offset: source.offset,
            source_text: source.text,
            source_value: source.value,
            ref_line: reference.line,
            ref_offset: reference.offset,
            ref_text: reference.text,
            ref_value: reference.value,
            source_sentence: source.sentence,
            ref_sentence: reference.sentence,
            message,
        }
    }

    /// The contract's order: doc, source_line (rows without a line first), ref_lang, kind;
    /// then the remaining columns, so that the order is total and runs are reproducible.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            &self.doc,
            self.source_line,
            &self.ref_lang,
            self.kind.as_str(),
            self.source_offset,
            self.ref_line,
            self.ref_offset,
            &self.source_text,
            &self.ref_text,
            &self.message,
        )
    }
}

/// Sorts rows in the contract's order.
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// Output format of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// A spreadsheet-safe cell: text starting with a formula trigger gets a leading apostrophe.
pub fn safe_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// The most characters (UTF-16 code units) a spreadsheet cell holds: Excel's limit. A longer
/// cell (a "sentence" that is a whole table on one line) would spill over and shift the row.
pub const EXCEL_CELL_LIMIT: usize = 32_767;

/// A cell cut to [`EXCEL_CELL_LIMIT`], ending in `…` where it was cut.
pub fn fit_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.len() <= EXCEL_CELL_LIMIT {
        // Fewer bytes than the limit: fewer code units too.
        return s.into();
    }
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > EXCEL_CELL_LIMIT - 1 {
            return format!("{}…", &s[..i]).into();
        }
    }
    s.into()
}

/// A CSV error as the I/O error under it, so a closed pipe stays a `BrokenPipe` (and the
/// binary exits quietly) instead of becoming an opaque error.
pub fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn num(n: Option<usize>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// Writes a report row by row, in CSV or JSON, to any writer. Rows are written as they come:
/// the caller is responsible for their order (see [`sort`]).
pub struct ReportWriter<W: Write> {
    format: Format,
    /// For a spreadsheet: cells cut to what one cell holds ([`EXCEL_CELL_LIMIT`]).
    excel: bool,
    csv: Option<csv::Writer<W>>,
    json: Option<W>,
    rows: usize,
}

impl<W: Write> ReportWriter<W> {
    /// Starts a report: writes the BOM (`excel`, CSV only) and the header.
    pub fn new(mut out: W, format: Format, excel: bool) -> io::Result<ReportWriter<W>> {
        match format {
            Format::Csv => {
                if excel {
                    out.write_all("\u{feff}".as_bytes())?;
                }
                let mut w = csv::WriterBuilder::new().from_writer(out);
                w.write_record(HEADER).map_err(csv_io)?;
                Ok(ReportWriter {
                    format,
                    excel,
                    csv: Some(w),
                    json: None,
                    rows: 0,
                })
            }
            Format::Json => {
                out.write_all(b"[")?;
                Ok(ReportWriter {
                    format,
                    excel,
                    csv: None,
                    json: Some(out),
                    rows: 0,
                })
            }
        }
    }

    pub fn write(&mut self, row: &Row) -> io::Result<()> {
        match self.format {
            Format::Csv => {
                let w = self.csv.as_mut().expect("csv writer");
                let cells = [
                    safe_cell(&row.doc).into_owned(),
                    safe_cell(&row.source_lang).into_owned(),
                    safe_cell(&row.ref_lang).into_owned(),
                    row.kind.as_str().to_string(),
                    row.severity.as_str().to_string(),
                    num(row.source_line),
                    num(row.source_offset),
                    safe_cell(&row.source_text).into_owned(),
                    safe_cell(&row.source_value).into_owned(),
                    num(row.ref_line),
                    num(row.ref_offset),
                    safe_cell(&row.ref_text).into_owned(),
                    safe_cell(&row.ref_value).into_owned(),
                    safe_cell(&row.source_sentence).into_owned(),
                    safe_cell(&row.ref_sentence).into_owned(),
                    safe_cell(&row.message).into_owned(),
                ];
                if self.excel {
                    w.write_record(cells.iter().map(|c| fit_cell(c).into_owned()))
                        .map_err(csv_io)?;
                } else {
                    w.write_record(&cells).map_err(csv_io)?;
                }
            }
            Format::Json => {
                let w = self.json.as_mut().expect("json writer");
                w.write_all(if self.rows == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *w, row).map_err(io::Error::from)?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Ends the report and gives back the writer, flushed.
    pub fn finish(self) -> io::Result<W> {
        match self.format {
            Format::Csv => {
                let w = self.csv.expect("csv writer");
                w.into_inner()
                    .map_err(|e| io::Error::new(e.error().kind(), e.to_string()))
            }
            Format::Json => {
                let mut w = self.json.expect("json writer");
                w.write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
                w.flush()?;
                Ok(w)
            }
        }
    }
}

/// Where a command's output goes: standard output, or a file written through a temporary
/// file in the same folder and renamed into place by [`Output::commit`].
pub enum Output {
    Stdout(io::BufWriter<io::Stdout>),
    /// A path that is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe): written
    /// as it is, since renaming a file over it would replace the device or pipe.
    Special {
        path: PathBuf,
        file: io::BufWriter<std::fs::File>,
    },
    File {
        path: PathBuf,
        tmp: io::BufWriter<tempfile::NamedTempFile>,
    },
}

impl Output {
    /// Opens the output: `None` is standard output.
    pub fn open(path: Option<&Path>) -> Result<Output, Error> {
        match path {
            // `-o -`: standard output, as most tools read it.
            None => Ok(Output::Stdout(io::BufWriter::new(io::stdout()))),
            Some(p) if p == Path::new("-") => Ok(Output::Stdout(io::BufWriter::new(io::stdout()))),
            Some(p) if std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .map_err(|e| Error::output(Some(p), e))?;
                Ok(Output::Special {
                    path: p.to_path_buf(),
                    file: io::BufWriter::new(file),
                })
            }
            Some(p) => {
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let tmp = tempfile::Builder::new()
                    .prefix(".sverka-")
                    .suffix(".tmp")
                    .tempfile_in(dir)
                    .map_err(|e| Error::output(Some(p), e))?;
                crate::interrupt::register_temp(tmp.path());
                Ok(Output::File {
                    path: p.to_path_buf(),
                    tmp: io::BufWriter::new(tmp),
                })
            }
        }
    }

    /// Finishes the output: flushes, and renames a temporary file into place.
    pub fn commit(self) -> Result<(), Error> {
        match self {
            Output::Stdout(mut w) => w.flush().map_err(|e| Error::output(None, e)),
            Output::Special { path, mut file } => {
                file.flush().map_err(|e| Error::output(Some(&path), e))
            }
            Output::File { path, tmp } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| Error::output(Some(&path), e.into_error()))?;
                let tmp_path = tmp.path().to_path_buf();
                tmp.persist(&path)
                    .map_err(|e| Error::output(Some(&path), e.error))?;
                crate::interrupt::unregister_temp(&tmp_path);
                Ok(())
            }
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            Output::Stdout(_) => None,
            Output::Special { path, .. } | Output::File { path, .. } => Some(path),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::Special { file, .. } => file.write(buf),
            Output::File { tmp, .. } => tmp.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::Special { file, .. } => file.flush(),
            Output::File { tmp, .. } => tmp.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `-o /dev/null` or a named pipe is written into, never replaced by a renamed file (which
    /// would turn `/dev/null` into a regular file for the whole machine).
    #[cfg(unix)]
    #[test]
    fn output_to_a_pipe_writes_into_it() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("report.csv");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo not available");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        let mut out = Output::open(Some(&fifo)).unwrap();
        out.write_all(b"doc,kind\n").unwrap();
        out.commit().unwrap();
        // (Checked before waiting for the reader, which a replaced pipe would leave blocked.)
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe was replaced: {kind:?}");
        assert_eq!(reader.join().unwrap(), "doc,kind\n");
        // Nothing left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    fn row(text: &str) -> Row {
        Row::new(
            "doc",
            "bg",
            "en",
            Kind::NumberMismatch,
            Severity::Error,
            Side {
                line: Some(3),
                offset: Some(10),
                text: text.into(),
                ..Side::default()
            },
            Side::default(),
            "differs".into(),
        )
    }

    #[test]
    fn formula_cells_are_escaped() {
        for s in ["=1+1", "+7", "-3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(safe_cell(s), format!("'{s}"));
        }
        assert_eq!(safe_cell("4,4%"), "4,4%");
        let mut w = ReportWriter::new(Vec::new(), Format::Csv, false).unwrap();
        w.write(&row("=HYPERLINK(\"x\")")).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert!(out.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{out}");
    }

    #[test]
    fn excel_cells_fit_a_spreadsheet_cell_and_plain_csv_keeps_them_whole() {
        let long = "Цената е 4,4% и ".repeat(4_000);
        for excel in [true, false] {
            let mut w = ReportWriter::new(Vec::new(), Format::Csv, excel).unwrap();
            w.write(&row(&long)).unwrap();
            let out = String::from_utf8(w.finish().unwrap()).unwrap();
            let mut reader =
                csv::Reader::from_reader(out.trim_start_matches('\u{feff}').as_bytes());
            let record = reader.records().next().unwrap().unwrap();
            let cell = &record[7];
            if excel {
                assert_eq!(cell.encode_utf16().count(), EXCEL_CELL_LIMIT);
                assert!(cell.ends_with('…') && long.starts_with(cell.trim_end_matches('…')));
            } else {
                assert_eq!(cell, long);
            }
        }
        assert_eq!(fit_cell("4,4%"), "4,4%");
    }

    #[test]
    fn csv_header_and_bom() {
        let w = ReportWriter::new(Vec::new(), Format::Csv, true).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(out, format!("\u{feff}{}\n", HEADER.join(",")));
    }

    #[test]
    fn json_is_an_array_of_objects_with_the_contract_keys() {
        let mut w = ReportWriter::new(Vec::new(), Format::Json, false).unwrap();
        w.write(&row("4,4%")).unwrap();
        let out = w.finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let obj = v[0].as_object().unwrap();
        let keys: Vec<_> = obj.keys().cloned().collect();
        let mut want: Vec<_> = HEADER.iter().map(|s| s.to_string()).collect();
        want.sort();
        let mut got = keys.clone();
        got.sort();
        assert_eq!(got, want);
        assert_eq!(obj["kind"], "number_mismatch");
        assert_eq!(obj["source_line"], 3);
        let empty = ReportWriter::new(Vec::new(), Format::Json, false)
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&empty).unwrap(),
            serde_json::json!([])
        );
    }
}
