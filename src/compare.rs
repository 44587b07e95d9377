//! Comparison: pairs the figures and names of a source with those of each reference within
//! aligned beads, and turns every difference into a report [`Row`].

use crate::align;
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity, Side};

/// Checks one source against its references; rows come back in the contract's order.
pub fn check(doc_id: &str, source: &Analyzed, references: &[Analyzed]) -> Vec<Row> {
    // First cut: sentences left unaligned. Replaced by the comparison stage.
    let mut rows = Vec::new();
    for reference in references {
        for bead in align::align(source, reference) {
            if bead.reference.is_empty() {
                for i in bead.source.clone() {
                    let s = &source.sentences[i];
                    rows.push(Row::new(
                        doc_id,
                        source.doc.lang.code(),
                        reference.doc.lang.code(),
                        Kind::UnalignedSource,
                        Severity::Warning,
                        Side {
                            line: Some(s.line),
                            offset: Some(s.offset),
                            sentence: s.text.clone(),
                            ..Side::default()
                        },
                        Side::default(),
                        "this source sentence has no counterpart in the reference".into(),
                    ));
                }
            }
        }
    }
    crate::report::sort(&mut rows);
    rows
}
