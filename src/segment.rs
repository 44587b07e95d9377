//! Sentence boundaries, driven by each language's data (`src/lang/<code>/abbreviations.tsv`).
//!
//! Input is a [`Document`]; output is a list of [`Sentence`]s that remember where they start
//! in the file (line and byte offset) so that every later finding can point at the exact place.
//! Paragraphs are split on blank lines; a line followed by a blank line (a headline) ends a
//! sentence even without a final stop.

use crate::document::Document;

/// One sentence of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based position among the document's sentences.
    pub index: usize,
    /// 0-based paragraph number.
    pub paragraph: usize,
    /// Start and end (exclusive) in `Document::text`.
    pub start: usize,
    pub end: usize,
    /// 1-based line in the file where the sentence starts.
    pub line: usize,
    /// Byte offset in the file where the sentence starts (BOM included).
    pub offset: usize,
    /// The sentence on one line: line breaks inside it become spaces, so that the byte at
    /// `i` in `text` is the byte at `start + i` in the document: offsets still map.
    pub text: String,
}

impl Sentence {
    /// The file offset of byte `i` of this sentence's text.
    pub fn file_offset(&self, i: usize) -> usize {
        self.offset + i
    }
}

/// Splits a document into sentences. With `presegmented`, every non-blank line is one sentence.
pub fn segment(doc: &Document, presegmented: bool) -> Vec<Sentence> {
    let spans = if presegmented {
        line_spans(doc)
    } else {
        paragraph_spans(doc)
            .into_iter()
            .flat_map(|(p, s, e)| {
                split_paragraph(doc, s, e)
                    .into_iter()
                    .map(move |(a, b)| (p, a, b))
            })
            .collect()
    };
    spans
        .into_iter()
        .enumerate()
        .map(|(index, (paragraph, start, end))| Sentence {
            index,
            paragraph,
            start,
            end,
            line: doc.line_of(start),
            offset: doc.file_offset(start),
            text: doc.text[start..end].replace(['\r', '\n'], " "),
        })
        .collect()
}

/// Each non-blank line, trimmed, as (paragraph, start, end); paragraphs are line numbers.
fn line_spans(doc: &Document) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut at = doc.body_start;
    for (i, line) in doc.text[doc.body_start..].split('\n').enumerate() {
        if let Some((s, e)) = trim_span(line) {
            out.push((i, at + s, at + e));
        }
        at += line.len() + 1;
    }
    out
}

/// Paragraphs (runs of non-blank lines) as (paragraph, start, end) in the text.
fn paragraph_spans(doc: &Document) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut at = doc.body_start;
    let mut cur: Option<(usize, usize)> = None;
    for line in doc.text[doc.body_start..].split('\n') {
        match (trim_span(line), cur) {
            (Some((s, e)), None) => cur = Some((at + s, at + e)),
            (Some((_, e)), Some((s0, _))) => cur = Some((s0, at + e)),
            (None, Some((s0, e0))) => {
                out.push((out.len(), s0, e0));
                cur = None;
            }
            (None, None) => {}
        }
        at += line.len() + 1;
    }
    if let Some((s0, e0)) = cur {
        out.push((out.len(), s0, e0));
    }
    out
}

fn trim_span(line: &str) -> Option<(usize, usize)> {
    let t = line.trim_start();
    if t.trim().is_empty() {
        return None;
    }
    let s = line.len() - t.len();
    Some((s, s + t.trim_end().len()))
}

/// Splits one paragraph at sentence ends. (First cut: `.`, `!`, `?`, `…` followed by space
/// and an upper-case letter, a digit, a dash or an opening quote.)
fn split_paragraph(doc: &Document, start: usize, end: usize) -> Vec<(usize, usize)> {
    let text = &doc.text[start..end];
    let mut out = Vec::new();
    let mut s = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let Some(&(j, next)) = chars.get(k + 1) else {
            continue;
        };
        if !next.is_whitespace() {
            continue;
        }
        let opener = chars[k + 1..].iter().find(|(_, c)| !c.is_whitespace());
        if let Some(&(o, oc)) = opener {
            if oc.is_uppercase() || matches!(oc, '—' | '–' | '„' | '«' | '"' | '“') {
                out.push((start + s, start + i + c.len_utf8()));
                s = o;
                let _ = j;
            }
        }
    }
    if s < text.len() {
        out.push((start + s, end));
    }
    out
}
