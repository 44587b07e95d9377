//! `sverka align SOURCE REF`: the beads, as CSV (`source_sents,ref_sents,score,source_text,
//! ref_text`) or as TMX 1.4 (`--format tmx`: one translation unit per bead that has sentences
//! on both sides, for translators' tools).

use std::io::{self, Write};
use std::ops::Range;

use crate::align::{self, Bead};
use crate::cli::{AlignArgs, AlignFormat};
use crate::cmd::InputArg;
use crate::error::{Error, EXIT_OK};
use crate::pipeline::{self, Analyzed};
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
    let written = match args.format {
        AlignFormat::Csv => write_csv(&mut out, &source, &reference, &beads),
        AlignFormat::Tmx => write_tmx(&mut out, &source, &reference, &beads),
    };
    written.map_err(|e| Error::output(path.as_deref(), e))?;
    out.commit()?;
    Ok(EXIT_OK)
}

/// The sentences of a bead's side, joined by spaces.
fn joined(doc: &Analyzed, r: &Range<usize>) -> String {
    doc.sentences
        .get(r.clone())
        .unwrap_or_default()
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The contract's CSV: one row per bead, in order.
pub fn write_csv<W: Write>(
    out: W,
    source: &Analyzed,
    reference: &Analyzed,
    beads: &[Bead],
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "source_sents",
        "ref_sents",
        "score",
        "source_text",
        "ref_text",
    ])?;
    for b in beads {
        w.write_record([
            sents(&b.source),
            sents(&b.reference),
            format!("{:.3}", b.score),
            safe_cell(&joined(source, &b.source)).into_owned(),
            safe_cell(&joined(reference, &b.reference)).into_owned(),
        ])?;
    }
    w.flush()
}

/// TMX 1.4: a header naming the source language, one `tu` per bead with both sides
/// non-empty, each `tuv` with its `xml:lang`; the bead's sentence numbers and confidence go
/// in `prop`s.
pub fn write_tmx<W: Write>(
    mut out: W,
    source: &Analyzed,
    reference: &Analyzed,
    beads: &[Bead],
) -> io::Result<()> {
    let (sl, rl) = (source.doc.lang.code(), reference.doc.lang.code());
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<tmx version="1.4">"#)?;
    writeln!(
        out,
        r#"  <header creationtool="sverka" creationtoolversion="{}" segtype="sentence" o-tmf="sverka" adminlang="en" srclang="{sl}" datatype="plaintext"/>"#,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "  <body>")?;
    for b in beads
        .iter()
        .filter(|b| !b.source.is_empty() && !b.reference.is_empty())
    {
        writeln!(out, "    <tu>")?;
        writeln!(
            out,
            r#"      <prop type="x-source-sents">{}</prop>"#,
            sents(&b.source)
        )?;
        writeln!(
            out,
            r#"      <prop type="x-ref-sents">{}</prop>"#,
            sents(&b.reference)
        )?;
        writeln!(out, r#"      <prop type="x-score">{:.3}</prop>"#, b.score)?;
        for (lang, doc, r) in [(sl, source, &b.source), (rl, reference, &b.reference)] {
            writeln!(
                out,
                r#"      <tuv xml:lang="{lang}"><seg>{}</seg></tuv>"#,
                xml_escape(&joined(doc, r))
            )?;
        }
        writeln!(out, "    </tu>")?;
    }
    writeln!(out, "  </body>")?;
    writeln!(out, "</tmx>")?;
    out.flush()
}

/// Text as XML character data: markup characters escaped, characters that XML 1.0 forbids
/// (most C0 controls) dropped.
pub fn xml_escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\t' | '\n' | '\r' => s.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_markup_and_controls() {
        assert_eq!(
            xml_escape("a<b> & \"c\"\u{1}\td"),
            "a&lt;b&gt; &amp; &quot;c&quot;\td"
        );
    }

    #[test]
    fn sentence_ranges_are_one_based() {
        assert_eq!(sents(&(4..4)), "");
        assert_eq!(sents(&(4..5)), "5");
        assert_eq!(sents(&(4..6)), "5-6");
    }
}
