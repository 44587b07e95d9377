//! Lays NTREX documents out as articles, for the segmentation evaluation and its benchmark
//! (included with `#[path]` by `tests/ntrex_segment.rs` and `benches/segment.rs`).
//!
//! A line without a final stop (a headline) becomes its own paragraph; the other lines are
//! joined with single spaces into paragraphs of three, then four, then three … lines.
//! Paragraphs are separated by a blank line. The byte offset where each line starts is kept:
//! those are the true sentence boundaries.

#![allow(dead_code)]

/// One NTREX document of one language, laid out as an article.
pub struct Article {
    pub text: String,
    /// Byte offsets in `text` where each NTREX line starts, in order.
    pub line_starts: Vec<usize>,
    /// Byte offsets in `text` where each paragraph starts (a subset of `line_starts`).
    pub paragraph_starts: Vec<usize>,
}

/// Whether an NTREX line ends with a final stop (possibly followed by quotes or brackets).
pub fn has_final_stop(line: &str) -> bool {
    let bare = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '“', '’', '‘', '»', '›', ')', ']']);
    bare.ends_with(['.', '!', '?', '…'])
}

/// Lays out the (non-blank, trimmed) lines of one document.
pub fn lay_out(lines: &[String]) -> Article {
    let mut text = String::new();
    let mut line_starts = Vec::new();
    let mut paragraph_starts = Vec::new();
    let mut in_paragraph = 0; // lines in the paragraph being built; MAX after a headline
    let mut target = 3; // lines the paragraph being built is to hold
    let mut body_paragraphs = 0;
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        let headline = !has_final_stop(line);
        if headline || in_paragraph == 0 || in_paragraph >= target {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            paragraph_starts.push(text.len());
            in_paragraph = 0;
            if !headline {
                target = if body_paragraphs % 2 == 0 { 3 } else { 4 };
                body_paragraphs += 1;
            }
        } else {
            text.push(' ');
        }
        line_starts.push(text.len());
        text.push_str(line);
        // A headline stands alone: the next line opens a new paragraph.
        in_paragraph = if headline {
            usize::MAX
        } else {
            in_paragraph + 1
        };
    }
    Article {
        text,
        line_starts,
        paragraph_starts,
    }
}
