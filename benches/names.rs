//! Criterion benchmark of the names stage: finding names in the seed article (per sentence,
//! with the document vocabulary cached), computing keys, and matching the names of aligned
//! NTREX lines (bg against en; skipped without NTREX).
//!
//! `cargo bench --bench names -- --warm-up-time 1 --measurement-time 3`

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sverka::document::Document;
use sverka::lang::Lang;
use sverka::names::{self, Name};
use sverka::ntrex::Ntrex;
use sverka::segment;

fn seed() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/kazinform-2025-11-09/bg.txt");
    Document::read(&path, Lang::Bg, 1 << 24).expect("the seed article")
}

fn lines_doc(lines: &[String], lang: Lang) -> Document {
    Document::from_text(Path::new("ntrex.txt"), lang, lines.join("\n")).expect("text")
}

fn bench(c: &mut Criterion) {
    let doc = seed();
    let sentences = segment::segment(&doc, false);
    let mut g = c.benchmark_group("names");
    g.throughput(Throughput::Bytes(doc.text.len() as u64));
    g.bench_function("find/seed article", |b| {
        b.iter(|| {
            let finder = names::NameFinder::new(&doc);
            sentences
                .iter()
                .map(|s| finder.find(&doc, s).len())
                .sum::<usize>()
        })
    });
    let found: Vec<Name> = sentences
        .iter()
        .flat_map(|s| names::find(&doc, s))
        .collect();
    g.throughput(Throughput::Elements(found.len() as u64));
    g.bench_function("key/seed names", |b| {
        b.iter(|| {
            found
                .iter()
                .map(|n| names::key(&n.text, Lang::Bg).len())
                .sum::<usize>()
        })
    });
    if let Some(ntrex) = Ntrex::load_default_or_skip("names bench: matching") {
        let per_line = |lang: Lang| -> Vec<Vec<Name>> {
            let d = lines_doc(ntrex.lines(lang), lang);
            let finder = names::NameFinder::new(&d);
            segment::segment(&d, true)
                .iter()
                .map(|s| finder.find(&d, s))
                .collect()
        };
        let (bg, en) = (per_line(Lang::Bg), per_line(Lang::En));
        let bytes: usize = ntrex.lines(Lang::Bg).iter().map(|l| l.len() + 1).sum();
        g.throughput(Throughput::Elements(bg.len() as u64));
        g.bench_function("match_names/ntrex bg-en lines", |b| {
            b.iter(|| {
                bg.iter()
                    .zip(&en)
                    .map(|(s, r)| names::match_names(s, r).len())
                    .sum::<usize>()
            })
        });
        let d = lines_doc(ntrex.lines(Lang::Bg), Lang::Bg);
        let sents = segment::segment(&d, true);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("find/ntrex bg", |b| {
            b.iter(|| {
                let finder = names::NameFinder::new(&d);
                sents
                    .iter()
                    .map(|s| finder.find(&d, s).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
