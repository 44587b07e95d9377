//! `sverka segment FILE`: the file's sentences as `sentence,line,offset,text` CSV.

use std::io::Write;

use crate::cli::SegmentArgs;
use crate::cmd::InputArg;
use crate::error::{Error, EXIT_OK};
use crate::report::{safe_cell, Output};
use crate::segment;

pub fn run(args: SegmentArgs) -> Result<u8, Error> {
    let input = InputArg::parse(&args.file)?;
    let doc = input.read()?;
    let sentences = segment::segment(&doc, args.presegmented);
    let mut out = Output::open(args.output.as_deref())?;
    let path = out.path().map(|p| p.to_path_buf());
    let io_err = |e: std::io::Error| Error::output(path.as_deref(), e);
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(["sentence", "line", "offset", "text"])
            .map_err(|e| io_err(crate::report::csv_io(e)))?;
        for s in &sentences {
            w.write_record([
                (s.index + 1).to_string(),
                s.line.to_string(),
                s.offset.to_string(),
                safe_cell(&s.text).into_owned(),
            ])
            .map_err(|e| io_err(crate::report::csv_io(e)))?;
        }
        w.flush().map_err(io_err)?;
    }
    out.flush().map_err(io_err)?;
    out.commit()?;
    Ok(EXIT_OK)
}
