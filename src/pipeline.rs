//! The per-document stages run in order: segment, then find figures and names in every
//! sentence. An [`Analyzed`] document is what alignment and comparison work on.
//!
//! This is the library's streaming unit: one document in, one analysis out, with no shared
//! state, so a job on a cluster can drive it document by document. Inside a long document the
//! sentences are shared among the threads of the current rayon pool (the audit's pool, or the
//! global one); the result is the same as one thread's, since each sentence is analyzed on its
//! own and the results are collected in sentence order.

use rayon::prelude::*;

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

/// Below this many sentences a document is analyzed on one thread: a news article takes
/// well under a millisecond, less than handing its sentences around would cost, and an audit
/// already keeps every core busy with whole documents.
pub const PARALLEL_MIN_SENTENCES: usize = 512;

/// Sentences handed to a thread at a time in a long document.
const PARALLEL_CHUNK: usize = 128;

/// The sentence before `s` when it is in the same paragraph.
pub fn previous_in_paragraph<'s>(sentences: &'s [Sentence], s: &Sentence) -> Option<&'s Sentence> {
    let p = sentences.get(s.index.checked_sub(1)?)?;
    (p.paragraph == s.paragraph).then_some(p)
}

/// Runs segmentation, figure and name extraction over one document.
pub fn analyze(doc: Document, presegmented: bool) -> Analyzed {
    let sentences = segment::segment(&doc, presegmented);
    // The document's vocabulary, built once and shared by the threads (what `names::find`
    // builds and caches per thread).
    let words = names::DocWords::of(&doc);
    let analyze_one = |s: &Sentence| {
        let figures = figures::extract(&doc, s, previous_in_paragraph(&sentences, s));
        let mut names = words.find(&doc, s);
        names.retain(|n| !in_a_unit(n, &figures));
        (figures, names)
    };
    let (figures, names) = if sentences.len() < PARALLEL_MIN_SENTENCES {
        sentences.iter().map(analyze_one).unzip()
    } else {
        sentences
            .par_iter()
            .with_min_len(PARALLEL_CHUNK)
            .map(analyze_one)
            .unzip()
    };
    Analyzed {
        doc,
        sentences,
        figures,
        names,
    }
}

/// Whether the name starts inside a measure, after its number: the unit's capital letters
/// (`1,2 ГВт`, `3 TWh`, the `C.` of `-15 °C.`), not a name.
fn in_a_unit(name: &Name, figures: &[Figure]) -> bool {
    figures.iter().any(|f| {
        f.kind == figures::FigureKind::Measure
            && f.line == name.line
            && f.offset < name.offset
            && name.offset < f.offset + f.text.len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use std::path::Path;

    /// A long document analyzed on four threads gives exactly what one thread gives.
    #[test]
    fn parallel_analysis_equals_sequential() {
        let para = "Ръстът е 4,4% през 2024 г. Износът достигна 900 млн. долара. \
                    Мирас Жиенбаев каза, че 1,1 млрд. тона са продадени.\n\n";
        let text = para.repeat(PARALLEL_MIN_SENTENCES);
        let doc = Document::from_text(Path::new("bg.txt"), Lang::Bg, text).unwrap();
        let sequential = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| analyze(doc.clone(), false));
        let parallel = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap()
            .install(|| analyze(doc, false));
        assert!(sequential.sentences.len() >= PARALLEL_MIN_SENTENCES);
        assert_eq!(sequential.sentences, parallel.sentences);
        assert_eq!(sequential.figures, parallel.figures);
        assert_eq!(sequential.names, parallel.names);
        // And the same as the stages' own per-sentence entry points.
        let doc = &sequential.doc;
        let direct_names: Vec<Vec<Name>> = sequential
            .sentences
            .iter()
            .map(|s| names::find(doc, s))
            .collect();
        let direct_figures: Vec<Vec<Figure>> = sequential
            .sentences
            .iter()
            .map(|s| figures::extract(doc, s, previous_in_paragraph(&sequential.sentences, s)))
            .collect();
        assert_eq!(sequential.names, direct_names);
        assert_eq!(sequential.figures, direct_figures);
        assert!(sequential.names.iter().any(|n| !n.is_empty()));
        assert!(sequential.figures.iter().any(|f| !f.is_empty()));
    }
}
