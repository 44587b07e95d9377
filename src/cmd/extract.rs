//! `sverka extract FILE`: every figure and name in the file, normalized
//! (`line,offset,kind,text,value` CSV, or JSON).

use std::io::Write;

use serde::Serialize;

use crate::cli::{ExtractArgs, ReportFormat};
use crate::cmd::InputArg;
use crate::error::{Error, EXIT_OK};
use crate::pipeline;
use crate::report::{safe_cell, Output};

/// One row of the `extract` output.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Item {
    pub line: usize,
    pub offset: usize,
    pub kind: &'static str,
    pub text: String,
    pub value: String,
}

/// Every figure and name of an analyzed document, in file order.
pub fn items(a: &pipeline::Analyzed) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for (figs, names) in a.figures.iter().zip(&a.names) {
        items.extend(figs.iter().map(|f| Item {
            line: f.line,
            offset: f.offset,
            kind: f.contract_kind(),
            text: f.text.clone(),
            value: f.normalized(),
        }));
        items.extend(names.iter().map(|n| Item {
            line: n.line,
            offset: n.offset,
            kind: "name",
            text: n.text.clone(),
            value: n.key.clone(),
        }));
    }
    items.sort_by_key(|i| (i.offset, i.kind));
    items
}

pub fn run(args: ExtractArgs) -> Result<u8, Error> {
    let input = InputArg::parse(&args.file)?;
    let doc = input.read()?;
    let analyzed = pipeline::analyze(doc, args.presegmented);
    let items = items(&analyzed);
    let mut out = Output::open(args.output.as_deref())?;
    let path = out.path().map(|p| p.to_path_buf());
    let io_err = |e: std::io::Error| Error::output(path.as_deref(), e);
    match args.format {
        ReportFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(["line", "offset", "kind", "text", "value"])
                .map_err(|e| io_err(crate::report::csv_io(e)))?;
            for i in &items {
                w.write_record([
                    i.line.to_string(),
                    i.offset.to_string(),
                    i.kind.to_string(),
                    safe_cell(&i.text).into_owned(),
                    safe_cell(&i.value).into_owned(),
                ])
                .map_err(|e| io_err(crate::report::csv_io(e)))?;
            }
            w.flush().map_err(io_err)?;
        }
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &items).map_err(|e| io_err(e.into()))?;
            out.write_all(b"\n").map_err(io_err)?;
        }
    }
    out.commit()?;
    Ok(EXIT_OK)
}
