//! The per-document stages run in order: segment, then find figures and names in every
//! sentence. An [`Analyzed`] document is what alignment and comparison work on.
//!
//! This is the library's streaming unit: one document in, one analysis out, with no shared
//! state, so a job on a cluster can drive it document by document.

use crate::document::Document;
use crate::figures::{self, Figure};
use crate::names::{self, Name};
use crate::segment::{self, Sentence};

/// A document with its sentences, and the figures and names of each sentence.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub doc: Document,
    pub sentences: Vec<Sentence>,
    /// `figures[i]`: the figures of sentence `i`, in text order.
    pub figures: Vec<Vec<Figure>>,
    /// `names[i]`: the names of sentence `i`, in text order.
    pub names: Vec<Vec<Name>>,
}

/// Runs segmentation, figure and name extraction over one document.
pub fn analyze(doc: Document, presegmented: bool) -> Analyzed {
    let sentences = segment::segment(&doc, presegmented);
    let figures = sentences
        .iter()
        .map(|s| figures::extract(&doc, s))
        .collect();
    let names = sentences.iter().map(|s| names::find(&doc, s)).collect();
    Analyzed {
        doc,
        sentences,
        figures,
        names,
    }
}
