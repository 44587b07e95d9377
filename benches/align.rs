//! Criterion benchmark of the align stage: `align_units` on bg-en pairs built from NTREX
//! (the whole corpus perturbed as in the harness, then repeated 10 times, each copy with its
//! own seed), for the full aligner and its Gale-Church-only variant. Units are built before
//! measuring, so the figures are the aligner's alone. Prints a skip line and measures nothing
//! when NTREX is absent. Memory and the 50x point: `scripts/align_scale.sh`.
//!
//! Run: `cargo bench --bench align -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sverka::align::eval::{line_units, perturb, Rates};
use sverka::align::{align_units, Params, Unit};
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;

/// NTREX bg-en, perturbed, `times` copies end to end.
fn pair(ntrex: &Ntrex, times: usize) -> (Vec<Unit>, Vec<Unit>) {
    let (mut s, mut r) = (Vec::new(), Vec::new());
    for copy in 0..times {
        let p = perturb(
            ntrex.lines(Lang::Bg),
            ntrex.lines(Lang::En),
            Rates::default(),
            1 + copy as u64,
        );
        s.extend(line_units(&p.source, Lang::Bg));
        r.extend(line_units(&p.reference, Lang::En));
    }
    (s, r)
}

fn bench(c: &mut Criterion) {
    let Some(ntrex) = Ntrex::load_default_or_skip("align bench") else {
        return;
    };
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    for times in [1, 10] {
        let (s, r) = pair(&ntrex, times);
        group.throughput(Throughput::Elements((s.len() + r.len()) as u64));
        let full = Params::default();
        group.bench_function(format!("sverka {}x{}", s.len(), r.len()), |b| {
            b.iter(|| align_units(black_box(&s), black_box(&r), &full).len())
        });
        let length_only = Params::length_only();
        group.bench_function(format!("gale-church {}x{}", s.len(), r.len()), |b| {
            b.iter(|| align_units(black_box(&s), black_box(&r), &length_only).len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
