//! Segmentation quality on NTREX-128 (issue 2): each document, in each language, is laid out as
//! an article (`support/ntrex_layout.rs`), segmented, and the sentence starts found are compared
//! with the true line starts. The same is measured for the Unicode sentence-boundary rules
//! (UAX #29, crate `unicode-segmentation`) as a baseline.
//!
//! Run: `cargo test --release --test ntrex_segment -- --nocapture` (prints the table and a sample
//! of the splits made inside an NTREX line). Skips, saying so, when NTREX is absent.

#[path = "support/ntrex_layout.rs"]
mod ntrex_layout;

use std::collections::BTreeSet;
use std::path::Path;

use sverka::document::Document;
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::segment;
use unicode_segmentation::UnicodeSegmentation;

/// Boundary counts for one segmenter in one language.
#[derive(Default, Clone, Copy)]
struct Counts {
    /// True boundaries: every line start but the first of each document.
    truth: usize,
    /// Of those, the ones inside a paragraph (not given away by the layout).
    truth_inner: usize,
    /// Boundaries found (every sentence start but the first of each document).
    found: usize,
    /// Found boundaries that are true.
    hit: usize,
    /// True boundaries inside a paragraph that were found.
    hit_inner: usize,
}

impl Counts {
    fn add(&mut self, article: &ntrex_layout::Article, starts: &BTreeSet<usize>) {
        let first = article.line_starts.first().copied().unwrap_or(0);
        let truth: BTreeSet<usize> = article.line_starts.iter().copied().collect();
        let paragraphs: BTreeSet<usize> = article.paragraph_starts.iter().copied().collect();
        for &t in truth.iter().filter(|&&t| t != first) {
            self.truth += 1;
            let inner = !paragraphs.contains(&t);
            self.truth_inner += usize::from(inner);
            if starts.contains(&t) {
                self.hit += 1;
                self.hit_inner += usize::from(inner);
            }
        }
        self.found += starts.iter().filter(|&&s| s != first).count();
    }

    fn recall(&self) -> f64 {
        ratio(self.hit, self.truth)
    }
    fn recall_inner(&self) -> f64 {
        ratio(self.hit_inner, self.truth_inner)
    }
    fn precision(&self) -> f64 {
        ratio(self.hit, self.found)
    }
    /// Splits made inside an NTREX line.
    fn inside_line(&self) -> usize {
        self.found - self.hit
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Sentence starts found by sverka, as byte offsets in the article's text.
fn sverka_starts(lang: Lang, text: &str) -> BTreeSet<usize> {
    let doc = Document::from_text(Path::new("ntrex.txt"), lang, text.to_string())
        .expect("a laid-out NTREX document is not empty");
    segment::segment(&doc, false)
        .iter()
        .map(|s| s.start)
        .collect()
}

/// Sentence starts by UAX #29, paragraph by paragraph (as sverka is given them).
fn uax29_starts(article: &ntrex_layout::Article) -> BTreeSet<usize> {
    let mut starts = BTreeSet::new();
    let text = &article.text;
    for (k, &p) in article.paragraph_starts.iter().enumerate() {
        let end = article
            .paragraph_starts
            .get(k + 1)
            .map_or(text.len(), |&n| n - 2);
        for (i, s) in text[p..end].split_sentence_bound_indices() {
            if !s.trim().is_empty() {
                starts.insert(p + i + (s.len() - s.trim_start().len()));
            }
        }
    }
    starts
}

/// The sentence that a split inside a line cut, with the cut marked: for the reviewer.
/// For a missed boundary, the end of the line before and the start of the line after.
fn show_cut(article: &ntrex_layout::Article, cut: usize) -> String {
    let text = &article.text;
    let line = article.line_starts.partition_point(|&s| s <= cut).max(1) - 1;
    let start = article.line_starts[line];
    let end = article.line_starts.get(line + 1).map_or(text.len(), |&n| n);
    if cut == start {
        // A missed boundary: show the previous line's end.
        let before = line
            .checked_sub(1)
            .map_or("", |p| text[article.line_starts[p]..start].trim_end());
        let tail: String = before
            .chars()
            .rev()
            .take(70)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let head: String = text[start..end].chars().take(70).collect();
        return format!("…{tail} ‖ {}…", head.trim_end());
    }
    let line_text = text[start..end].trim_end();
    let cut = cut - start;
    format!("{} ‖ {}", line_text[..cut].trim_end(), &line_text[cut..])
}

#[test]
fn ntrex_boundary_recall_at_least_99_percent() {
    let Some(ntrex) = Ntrex::load_default_or_skip("NTREX segmentation evaluation") else {
        return;
    };
    let sample_size: usize = std::env::var("SVERKA_SAMPLE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    println!(
        "\nNTREX-128, {} documents laid out as articles; boundaries = line starts after the first",
        ntrex.documents.len()
    );
    println!(
        "| lang | true boundaries | of them inside a paragraph | sverka recall | sverka recall inside paragraphs | sverka precision | sverka splits inside a line | UAX #29 recall | UAX #29 recall inside paragraphs | UAX #29 precision | UAX #29 splits inside a line |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    let mut failures = Vec::new();
    let mut samples = Vec::new();
    for lang in Lang::ALL {
        let lines = ntrex.lines(lang);
        let (mut ours, mut uax) = (Counts::default(), Counts::default());
        let mut missed = Vec::new();
        let mut uax_samples = Vec::new();
        for (_, range) in &ntrex.documents {
            let article = ntrex_layout::lay_out(&lines[range.clone()]);
            let found = sverka_starts(lang, &article.text);
            ours.add(&article, &found);
            let uax_found = uax29_starts(&article);
            uax.add(&article, &uax_found);
            let truth: BTreeSet<usize> = article.line_starts.iter().copied().collect();
            for &cut in uax_found.difference(&truth) {
                uax_samples.push(format!("{lang} UAX #29 split: {}", show_cut(&article, cut)));
            }
            for &cut in found.difference(&truth) {
                samples.push(format!("{lang} split: {}", show_cut(&article, cut)));
            }
            for &t in truth.difference(&found) {
                missed.push(format!("{lang} missed: {}", show_cut(&article, t)));
            }
        }
        println!(
            "| {lang} | {} | {} | {:.4} | {:.4} | {:.4} | {} | {:.4} | {:.4} | {:.4} | {} |",
            ours.truth,
            ours.truth_inner,
            ours.recall(),
            ours.recall_inner(),
            ours.precision(),
            ours.inside_line(),
            uax.recall(),
            uax.recall_inner(),
            uax.precision(),
            uax.inside_line(),
        );
        samples.extend(missed.into_iter().take(sample_size));
        samples.extend(uax_samples.into_iter().take(sample_size));
        if ours.recall_inner() < 0.99 {
            failures.push(format!(
                "{lang}: recall inside paragraphs {:.4} < 0.99",
                ours.recall_inner()
            ));
        }
        assert!(
            ours.truth > 1000,
            "{lang}: too few boundaries: NTREX layout broken?"
        );
    }
    // A sample of splits inside an NTREX line (some lines hold two sentences) and of misses.
    let mut per_lang = std::collections::HashMap::new();
    println!(
        "\nSample of splits inside an NTREX line (sverka's, then UAX #29's) and of boundaries \
         sverka missed (‖ marks the place):"
    );
    for s in &samples {
        let key = s.split(':').next().unwrap_or("").to_string();
        let n = per_lang.entry(key).or_insert(0);
        *n += 1;
        if *n <= sample_size {
            println!("  {s}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

#[test]
fn layout_makes_headlines_their_own_paragraphs() {
    let lines: Vec<String> = ["Headline", "One.", "Two.", "Three.", "Four.", "Five."]
        .into_iter()
        .map(String::from)
        .collect();
    let a = ntrex_layout::lay_out(&lines);
    assert_eq!(a.text, "Headline\n\nOne. Two. Three.\n\nFour. Five.");
    assert_eq!(a.line_starts, [0, 10, 15, 20, 28, 34]);
    assert_eq!(a.paragraph_starts, [0, 10, 28]);
}
