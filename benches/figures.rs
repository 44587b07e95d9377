//! Criterion benchmark of the figures stage: extraction over all NTREX-128 text (five
//! languages, 1,997 lines each), reported in bytes per second. Skips when NTREX is absent.
//!
//! `cargo bench --bench figures -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sverka::figures::extract_text;
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;

fn bench(c: &mut Criterion) {
    let Some(ntrex) = Ntrex::load_default_or_skip("figures bench") else {
        return;
    };
    let corpus: Vec<(Lang, &str)> = Lang::ALL
        .iter()
        .flat_map(|&lang| ntrex.lines(lang).iter().map(move |l| (lang, l.as_str())))
        .collect();
    let bytes: usize = corpus.iter().map(|(_, l)| l.len()).sum();
    let mut group = c.benchmark_group("figures");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_ntrex_all_languages", |b| {
        b.iter(|| {
            corpus
                .iter()
                .map(|&(lang, line)| extract_text(line, lang).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
