//! Sentence alignment: pairs a source's sentences with a reference's in beads
//! (1-1, 1-0, 0-1, 2-1, 1-2, 2-2), each with a confidence from 0 to 1.

use std::ops::Range;

use crate::pipeline::Analyzed;

/// A group of consecutive source sentences aligned with a group of reference sentences.
/// Either side may be empty (an added or omitted sentence).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// 0-based sentence indices, half-open.
    pub source: Range<usize>,
    pub reference: Range<usize>,
    /// Confidence from 0 to 1.
    pub score: f64,
}

/// Aligns the sentences of two analyzed documents. (First cut: diagonal 1-1 pairing;
/// replaced by the aligner.)
pub fn align(source: &Analyzed, reference: &Analyzed) -> Vec<Bead> {
    let (n, m) = (source.sentences.len(), reference.sentences.len());
    let mut beads: Vec<Bead> = (0..n.min(m))
        .map(|i| Bead {
            source: i..i + 1,
            reference: i..i + 1,
            score: 0.5,
        })
        .collect();
    beads.extend((m..n).map(|i| Bead {
        source: i..i + 1,
        reference: m..m,
        score: 0.5,
    }));
    beads.extend((n..m).map(|j| Bead {
        source: n..n,
        reference: j..j + 1,
        score: 0.5,
    }));
    beads
}
