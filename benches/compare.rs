//! Criterion benchmark of the compare stage: the seed article with injected errors against
//! its three references, NTREX (123 documents) against English, and the assignment alone.
//! Analysis is done once outside the timed loop: this times pairing, judging and rows.
//!
//! `cargo bench --bench compare -- --warm-up-time 1 --measurement-time 3`

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use sverka::document::{Document, DEFAULT_MAX_BYTES};
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::pipeline::{self, Analyzed};
use sverka::{align, compare};

fn seed() -> Option<(Analyzed, Vec<Analyzed>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/kazinform-2025-11-09-errors");
    let read = |lang: Lang| -> Option<Analyzed> {
        let doc = Document::read(
            &dir.join(format!("{}.txt", lang.code())),
            lang,
            DEFAULT_MAX_BYTES,
        )
        .ok()?;
        Some(pipeline::analyze(doc, false))
    };
    let source = read(Lang::Bg)?;
    let refs = [Lang::Ru, Lang::En, Lang::Kk]
        .into_iter()
        .filter_map(read)
        .collect();
    Some((source, refs))
}

fn ntrex_docs() -> Option<Vec<(String, Analyzed, Analyzed)>> {
    let ntrex = Ntrex::load_default_or_skip("compare bench on NTREX")?;
    let analyze = |lang: Lang, lines: &[String]| {
        let path = format!("{}.txt", lang.code());
        Document::from_text(Path::new(&path), lang, lines.join("\n"))
            .ok()
            .map(|d| pipeline::analyze(d, true))
    };
    Some(
        ntrex
            .documents
            .iter()
            .filter_map(|(id, r)| {
                Some((
                    id.clone(),
                    analyze(Lang::Bg, &ntrex.lines(Lang::Bg)[r.clone()])?,
                    analyze(Lang::En, &ntrex.lines(Lang::En)[r.clone()])?,
                ))
            })
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    if let Some((source, refs)) = seed() {
        let aligned: Vec<(&Analyzed, Vec<align::Bead>)> =
            refs.iter().map(|r| (r, align::align(&source, r))).collect();
        c.bench_function("compare/seed-errors-3-refs (aligned)", |b| {
            b.iter(|| compare::check_aligned("bg.txt", black_box(&source), black_box(&aligned)))
        });
        c.bench_function("compare/seed-errors-3-refs (with alignment)", |b| {
            b.iter(|| compare::check("bg.txt", black_box(&source), black_box(&refs)))
        });
    }
    if let Some(docs) = ntrex_docs() {
        c.bench_function("compare/ntrex-123-docs-vs-en (with alignment)", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|(id, s, r)| compare::check(id, s, std::slice::from_ref(r)).len())
                    .sum::<usize>()
            })
        });
    }
    for n in [8usize, 32] {
        c.bench_function(&format!("compare/assign {n}x{n}"), |b| {
            b.iter(|| {
                compare::assign(n, n, 1.0, |i, j| {
                    let d = (i * 7 + j * 13) % 17;
                    (d < 12).then_some(d as f64 / 10.0)
                })
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
