//! `sverka align SOURCE REF`: the beads, as CSV (`source_sents,ref_sents,score,source_text,ref_text`).

use std::ops::Range;

use crate::align;
use crate::cli::AlignArgs;
use crate::cmd::InputArg;
use crate::error::{Error, EXIT_OK};
use crate::pipeline;
use crate::report::{safe_cell, Output};

/// `5`, `5-6` or empty, 1-based.
pub fn sents(r: &Range<usize>) -> String {
    match r.len() {
        0 => String::new(),
        1 => (r.start + 1).to_string(),
        _ => format!("{}-{}", r.start + 1, r.end),
    }
}

pub fn run(args: AlignArgs) -> Result<u8, Error> {
    let source = pipeline::analyze(InputArg::parse(&args.source)?.read()?, args.presegmented);
    let reference = pipeline::analyze(InputArg::parse(&args.reference)?.read()?, args.presegmented);
    let beads = align::align(&source, &reference);
    let mut out = Output::open(args.output.as_deref())?;
    let path = out.path().map(|p| p.to_path_buf());
    let io_err = |e: std::io::Error| Error::output(path.as_deref(), e);
    let join = |a: &pipeline::Analyzed, r: &Range<usize>| {
        a.sentences[r.clone()]
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "source_sents",
            "ref_sents",
            "score",
            "source_text",
            "ref_text",
        ])
        .map_err(|e| io_err(e.into()))?;
        for b in &beads {
            w.write_record([
                sents(&b.source),
                sents(&b.reference),
                format!("{:.3}", b.score),
                safe_cell(&join(&source, &b.source)).into_owned(),
                safe_cell(&join(&reference, &b.reference)).into_owned(),
            ])
            .map_err(|e| io_err(e.into()))?;
        }
        w.flush().map_err(io_err)?;
    }
    out.commit()?;
    Ok(EXIT_OK)
}
