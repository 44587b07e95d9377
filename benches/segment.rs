//! Criterion benchmark of the segment stage: throughput (MB/s) over all NTREX text, each
//! document of each language laid out as an article (as in `tests/ntrex_segment.rs`), then
//! read into a `Document` and segmented. One group per language and one over all five.
//! Prints a skip line and measures nothing when NTREX is absent.
//!
//! Run: `cargo bench --bench segment -- --warm-up-time 1 --measurement-time 3`

#[path = "../tests/support/ntrex_layout.rs"]
mod ntrex_layout;

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sverka::document::Document;
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::segment::segment;

fn documents(ntrex: &Ntrex, lang: Lang) -> Vec<Document> {
    let lines = ntrex.lines(lang);
    ntrex
        .documents
        .iter()
        .filter_map(|(_, range)| {
            let article = ntrex_layout::lay_out(&lines[range.clone()]);
            Document::from_text(Path::new("ntrex.txt"), lang, article.text).ok()
        })
        .collect()
}

fn segment_all(docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| segment(black_box(d), false).len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let Some(ntrex) = Ntrex::load_default_or_skip("segment bench") else {
        return;
    };
    let mut all = Vec::new();
    let mut group = c.benchmark_group("segment");
    for lang in Lang::ALL {
        let docs = documents(&ntrex, lang);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(lang.code(), |b| b.iter(|| segment_all(&docs)));
        all.extend(docs);
    }
    let bytes: usize = all.iter().map(|d| d.text.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("all", |b| b.iter(|| segment_all(&all)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
