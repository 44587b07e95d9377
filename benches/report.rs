//! Criterion benchmark of the report writers: 10,000 rows with Cyrillic sentences, as CSV
//! (with the formula escaping every cell goes through) and as JSON, into memory.
//!
//! `cargo bench --bench report -- --warm-up-time 1 --measurement-time 3`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use sverka::report::{Format, Kind, ReportWriter, Row, Severity, Side};

fn rows(n: usize) -> Vec<Row> {
    (0..n)
        .map(|i| {
            Row::new(
                "kazinform-2025-11-09",
                "bg",
                ["ru", "en", "kk"][i % 3],
                Kind::ALL[i % 12],
                Severity::Error,
                Side {
                    line: Some(i / 3 + 1),
                    offset: Some(i * 40),
                    text: "900 млн. долара".into(),
                    value: "900000000 USD".into(),
                    sentence: "-Сега ключовата задача е да се доведе рамковите споразумения до сключване на оффтейк, за 900 млн. долара.".into(),
                },
                Side {
                    line: Some(i / 3 + 1),
                    offset: Some(i * 38),
                    text: "$900 million".into(),
                    value: "900000000 USD".into(),
                    sentence: "=The key task now is to bring the framework agreements to offtake deals worth $900 million.".into(),
                },
                "The figure differs: 900 млрд. долара (900000000000 USD) in the source, $900 million (900000000 USD) in the en reference.".into(),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let rows = rows(10_000);
    let mut group = c.benchmark_group("report");
    group.throughput(Throughput::Elements(rows.len() as u64));
    for (name, format) in [
        ("csv 10k rows", Format::Csv),
        ("json 10k rows", Format::Json),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut w = ReportWriter::new(Vec::with_capacity(4 << 20), format, false)
                    .expect("in memory");
                for r in &rows {
                    w.write(black_box(r)).expect("in memory");
                }
                w.finish().expect("in memory").len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
