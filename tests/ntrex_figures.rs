//! Figures over NTREX-128 (`../shared/data/ntrex`), line by line as with `--presegmented`:
//!
//! - coverage: every run of digits in every line of all five languages lies inside an
//!   extracted figure; uncovered runs are written to `target/ntrex-figures/uncovered.txt`;
//! - agreement: for bg against en, ru, uk and kk, the share of lines with digits whose
//!   multisets of normalized values are equal; the same for the numbers alone (no qualifier,
//!   unit or currency), over all figures and over the figures written with digits; beside a
//!   naive baseline (digit strings with space grouping removed and `,` read as `.`).
//!   Disagreeing lines are written to `target/ntrex-figures/disagree-<lang>.txt`, tagged
//!   `numbers` (the numbers differ) or `qualifier-or-unit` (only those differ).
//!
//! Run with `cargo test --release --test ntrex_figures -- --nocapture` to see the figures.
//! Skips cleanly when NTREX is absent.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use sverka::figures::{extract_text, plain, Figure, FigureKind};
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;

fn out_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/ntrex-figures");
    std::fs::create_dir_all(&d).expect("target dir is writable");
    d
}

/// Byte spans of the runs of ASCII digits in a line.
fn digit_runs(line: &str) -> Vec<(usize, usize)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

fn covered(figs: &[Figure], (s, e): (usize, usize)) -> bool {
    figs.iter()
        .any(|f| f.offset <= s && e <= f.offset + f.text.len())
}

/// The naive baseline's values: digit strings, space grouping removed, `,` read as `.`.
fn naive(line: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}');
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut s = String::new();
        loop {
            while i < chars.len() && chars[i].is_ascii_digit() {
                s.push(chars[i]);
                i += 1;
            }
            let sep = chars.get(i).copied();
            let next_digit = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            match sep {
                Some(c) if is_space(c) && next_digit => {
                    let run = chars[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    if run == 3 {
                        i += 1;
                    } else {
                        break;
                    }
                }
                Some(',' | '.') if next_digit => {
                    s.push('.');
                    i += 1;
                }
                _ => break,
            }
        }
        *out.entry(s).or_insert(0) += 1;
    }
    out
}

fn normalized(figs: &[Figure]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for f in figs {
        *out.entry(f.normalized()).or_insert(0) += 1;
    }
    out
}

/// The numbers alone, as the naive baseline sees them: values and range ends (calendar
/// figures in their normalized form), without qualifier, unit or currency.
fn numbers_only<'a>(figs: impl IntoIterator<Item = &'a Figure>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for f in figs {
        let key = match f.kind {
            FigureKind::Year | FigureKind::Date | FigureKind::Period | FigureKind::Time => {
                f.normalized()
            }
            _ => match f.high {
                Some(h) => format!("{}..{}", plain(f.value), plain(h)),
                None => plain(f.value),
            },
        };
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

/// A first sorting of a disagreeing line: a unit conversion (the two sides carry different
/// length, weight, temperature or speed units), only the qualifier differs, only the unit or
/// kind differs, a figure on one side only, or the numbers differ.
fn classify(
    bg: &[Figure],
    r: &[Figure],
    nb: &BTreeMap<String, usize>,
    nr: &BTreeMap<String, usize>,
    same_numbers: bool,
) -> &'static str {
    const CONVERTIBLE: [&str; 14] = [
        "in", "cm", "mi", "km", "ft", "m", "lb", "kg", "deg", "mph", "km/h", "yd", "°C", "°F",
    ];
    let units = |figs: &[Figure]| -> std::collections::BTreeSet<String> {
        figs.iter()
            .filter_map(|f| f.unit.clone())
            .filter(|u| CONVERTIBLE.contains(&u.as_str()))
            .collect()
    };
    let unqualified = |m: &BTreeMap<String, usize>| -> Vec<String> {
        let mut v: Vec<String> = m
            .iter()
            .flat_map(|(k, &n)| {
                std::iter::repeat_n(k.trim_start_matches(['~', '<', '>', '=']).to_string(), n)
            })
            .collect();
        v.sort();
        v
    };
    let (ub, ur) = (units(bg), units(r));
    if !same_numbers && ub != ur && !(ub.is_empty() && ur.is_empty()) {
        "unit conversion"
    } else if same_numbers && unqualified(nb) == unqualified(nr) {
        "qualifier only"
    } else if same_numbers {
        "unit or kind only"
    } else if bg.is_empty() || r.is_empty() {
        "figure on one side only"
    } else {
        "numbers differ"
    }
}

#[test]
fn every_digit_run_lies_inside_a_figure() {
    let Some(ntrex) = Ntrex::load_default_or_skip("NTREX figure coverage") else {
        return;
    };
    let mut report = String::new();
    let (mut total, mut missed) = (0usize, 0usize);
    for lang in Lang::ALL {
        let (mut lt, mut lm) = (0, 0);
        for (i, line) in ntrex.lines(lang).iter().enumerate() {
            let figs = extract_text(line, lang);
            for run in digit_runs(line) {
                lt += 1;
                if !covered(&figs, run) {
                    lm += 1;
                    let _ = writeln!(report, "{lang}\t{}\t{}\t{line}", i + 1, &line[run.0..run.1]);
                }
            }
        }
        eprintln!(
            "coverage {lang}: {}/{} digit runs inside a figure ({:.2}%)",
            lt - lm,
            lt,
            100.0 * (lt - lm) as f64 / lt.max(1) as f64
        );
        total += lt;
        missed += lm;
    }
    std::fs::write(out_dir().join("uncovered.txt"), &report).expect("write report");
    eprintln!(
        "coverage all: {}/{} ({missed} missed)",
        total - missed,
        total
    );
    assert!(total > 1000, "NTREX has digits in every language");
    assert_eq!(
        missed, 0,
        "digit runs outside any figure: see target/ntrex-figures/uncovered.txt"
    );
}

#[test]
fn bulgarian_figures_agree_with_each_reference() {
    let Some(ntrex) = Ntrex::load_default_or_skip("NTREX figure agreement") else {
        return;
    };
    let bg = ntrex.lines(Lang::Bg);
    let bg_figs: Vec<Vec<Figure>> = bg.iter().map(|l| extract_text(l, Lang::Bg)).collect();
    let mut failures: Vec<String> = Vec::new();
    for lang in [Lang::En, Lang::Ru, Lang::Uk, Lang::Kk] {
        let refs = ntrex.lines(lang);
        let (mut lines, mut agree, mut naive_agree, mut numbers_agree) = (0usize, 0, 0, 0);
        let mut digits_agree = 0;
        let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
        let mut report = String::new();
        for (i, (b, r)) in bg.iter().zip(refs).enumerate() {
            if digit_runs(b).is_empty() && digit_runs(r).is_empty() {
                continue;
            }
            lines += 1;
            let naive_same = naive(b) == naive(r);
            if naive_same {
                naive_agree += 1;
            }
            let rf = extract_text(r, lang);
            let (nb, nr) = (normalized(&bg_figs[i]), normalized(&rf));
            let same_numbers = numbers_only(&bg_figs[i]) == numbers_only(&rf);
            let with_digits = |f: &&Figure| f.text.bytes().any(|b| b.is_ascii_digit());
            if numbers_only(bg_figs[i].iter().filter(with_digits))
                == numbers_only(rf.iter().filter(with_digits))
            {
                digits_agree += 1;
            }
            if same_numbers {
                numbers_agree += 1;
            }
            if nb == nr {
                agree += 1;
            } else {
                let show = |m: &BTreeMap<String, usize>| {
                    m.iter()
                        .flat_map(|(k, &n)| std::iter::repeat_n(k.as_str(), n))
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                let class = if same_numbers {
                    "qualifier-or-unit"
                } else {
                    "numbers"
                };
                *classes
                    .entry(classify(&bg_figs[i], &rf, &nb, &nr, same_numbers))
                    .or_insert(0) += 1;
                let naive_note = if naive_same { " (naive agrees)" } else { "" };
                let _ = writeln!(
                    report,
                    "{} {class}{naive_note}\n  bg: {}\n  {lang}: {}\n  bg  {b}\n  {lang}  {r}\n",
                    i + 1,
                    show(&nb),
                    show(&nr)
                );
            }
        }
        std::fs::write(out_dir().join(format!("disagree-{lang}.txt")), &report)
            .expect("write report");
        let pct = |n: usize| 100.0 * n as f64 / lines.max(1) as f64;
        eprintln!(
            "agreement bg-{lang}: normalized values {agree}/{lines} lines ({:.1}%), numbers alone {numbers_agree}/{lines} ({:.1}%), numbers of figures written with digits {digits_agree}/{lines} ({:.1}%), naive baseline {naive_agree}/{lines} ({:.1}%)",
            pct(agree),
            pct(numbers_agree),
            pct(digits_agree),
            pct(naive_agree)
        );
        eprintln!("disagreeing bg-{lang}, sorted automatically: {classes:?}");
        // Regression floors, just under the shares measured after the third pass on
        // 2026-11-25 (BENCHMARKS.md; 91.7 / 80.7 / 81.0 / 79.0% normalized): normalized values,
        // and the numbers of the figures written with digits (like for like with the naive
        // baseline, which reads digits only). One misread line more fails the floor.
        let (floor_normalized, floor_digits) = match lang {
            Lang::En => (91.5, 96.0),
            Lang::Ru => (80.5, 88.9),
            Lang::Uk => (80.8, 90.0),
            _ => (78.8, 90.2),
        };
        if lines < 400 || pct(agree) < floor_normalized || pct(digits_agree) < floor_digits {
            failures.push(format!(
                "bg-{lang}: normalized {agree}, digit figures {digits_agree}, naive {naive_agree}, of {lines}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "agreement fell below its floor: {failures:?}"
    );
}
