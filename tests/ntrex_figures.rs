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

use sverka::assign::assign;
use sverka::compare::{relate, Relation};
use sverka::figures::{extract_text, plain, Figure, FigureKind};
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::report::Severity;

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

/// The pairing the checking stage would make within one line: an optimal assignment of bg
/// figures to reference figures by [`relate`]'s cost (`sverka::assign`, as `compare` does),
/// each pair with its relation; what is left unpaired on each side.
struct Pairing {
    relations: Vec<Relation>,
    unpaired_bg: usize,
    unpaired_ref: usize,
}

fn pair(bg: &[Figure], r: &[Figure]) -> Pairing {
    let pairs = assign(bg.len(), r.len(), 1.0, |i, j| relate(&bg[i], &r[j]).cost());
    let relations: Vec<Relation> = pairs.iter().map(|&(i, j)| relate(&bg[i], &r[j])).collect();
    Pairing {
        unpaired_bg: bg.len() - pairs.len(),
        unpaired_ref: r.len() - pairs.len(),
        relations,
    }
}

/// A difference the checking stage treats as harmless: the same figure, the same figure in
/// another unit within rounding, or a qualifier on one side only (reported as `info`).
fn harmless(rel: Relation) -> bool {
    rel.is_same() || rel.finding().is_some_and(|(_, sev)| sev == Severity::Info)
}

impl Pairing {
    /// Every figure paired, and every pair the same up to a harmless difference.
    fn agrees_up_to_harmless(&self) -> bool {
        self.unpaired_bg == 0
            && self.unpaired_ref == 0
            && self.relations.iter().all(|&r| harmless(r))
    }

    /// The automatic sort of a disagreeing line, from the pairing. The first two classes are
    /// differences of the translation by construction (the numbers are the same); the others
    /// may be either, and are read by hand ([`READ_BY_HAND`]).
    fn class(&self) -> &'static str {
        let all_paired = self.unpaired_bg == 0 && self.unpaired_ref == 0;
        let has = |want: Relation| self.relations.contains(&want);
        if all_paired && self.relations.iter().all(|&r| r == Relation::Equal) {
            // `relate` finds them equal while the normalized strings differ: a count's unit
            // (`11` against `11 year` for an age) or a percentage against a bare number.
            "same to the checker, kind or unit of a count differs"
        } else if all_paired && self.relations.iter().all(|&r| harmless(r)) {
            if has(Relation::Converted) {
                "unit conversion within rounding"
            } else {
                "qualifier on one side only"
            }
        } else if all_paired
            && self
                .relations
                .iter()
                .all(|&r| harmless(r) || r == Relation::Approx)
        {
            "qualifier changed"
        } else if self
            .relations
            .iter()
            .all(|&r| harmless(r) || r == Relation::Approx)
        {
            "figure on one side only"
        } else if self
            .relations
            .iter()
            .any(|&r| matches!(r, Relation::Number) && all_paired)
        {
            "numbers differ"
        } else {
            "numbers differ and a figure on one side only"
        }
    }
}

/// Whether an automatic class says the translation differs (the numbers are the same, only a
/// unit within rounding or a qualifier differs).
fn auto_differs(class: &str) -> bool {
    matches!(
        class,
        "unit conversion within rounding" | "qualifier on one side only" | "qualifier changed"
    )
}

/// A disagreeing line read by hand: `Misread` when one side's figures are not what a careful
/// reader writes down (our error), `Differs` when the translation really says something else
/// (a conversion, a rounding, a dropped or added figure or qualifier, a re-expression, an error
/// of the translator). The note names the class.
#[derive(Clone, Copy)]
enum Verdict {
    Misread(&'static str),
    Differs(&'static str),
}
use Verdict::{Differs, Misread};

/// The disagreeing lines read by hand that the automatic sort cannot settle, by reference
/// language and NTREX line (1-based). Recorded after the fourth pass, 2026-11-25. A row whose
/// line has come to agree is reported as such (a fix), not counted.
const READ_BY_HAND: &[(&str, usize, Verdict)] = &[
    ("en", 33, Differs("re-expression: the 1930s as after 1930")),
    (
        "en",
        70,
        Differs("re-expression: the 2000s as the new century"),
    ),
    ("en", 1039, Differs("translation error: June 11 as 11 July")),
    (
        "en",
        1179,
        Misread("en: seven halves (drawn matches) read as 3.5"),
    ),
];

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
        let (mut digits_agree, mut harmless_agree) = (0usize, 0usize);
        let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
        let mut verdicts: BTreeMap<String, usize> = BTreeMap::new();
        let (mut misread, mut differs, mut unread) = (0usize, 0usize, Vec::new());
        let mut report = String::new();
        let read_by_hand: BTreeMap<usize, Verdict> = READ_BY_HAND
            .iter()
            .filter(|(l, _, _)| *l == lang.code())
            .map(|&(_, line, v)| (line, v))
            .collect();
        let mut recorded_now_agree = Vec::new();
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
            let pairing = pair(&bg_figs[i], &rf);
            if nb == nr || pairing.agrees_up_to_harmless() {
                harmless_agree += 1;
            }
            if nb == nr {
                agree += 1;
                if read_by_hand.contains_key(&(i + 1)) {
                    recorded_now_agree.push(i + 1);
                }
                continue;
            }
            let show = |m: &BTreeMap<String, usize>| {
                m.iter()
                    .flat_map(|(k, &n)| std::iter::repeat_n(k.as_str(), n))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            let class = pairing.class();
            *classes.entry(class).or_insert(0) += 1;
            let verdict = match read_by_hand.get(&(i + 1)) {
                Some(&Misread(note)) => {
                    misread += 1;
                    format!("misread: {note}")
                }
                Some(&Differs(note)) => {
                    differs += 1;
                    format!("differs: {note}")
                }
                None if auto_differs(class) => {
                    differs += 1;
                    format!("differs: {class}")
                }
                None => {
                    unread.push(i + 1);
                    "not read yet".to_string()
                }
            };
            *verdicts.entry(verdict.clone()).or_insert(0) += 1;
            let relations: Vec<String> =
                pairing.relations.iter().map(|r| format!("{r:?}")).collect();
            let naive_note = if naive_same { " (naive agrees)" } else { "" };
            let _ = writeln!(
                report,
                "{} {verdict} [{class}; pairs {}; unpaired bg {}, {lang} {}]{naive_note}\n  bg: {}\n  {lang}: {}\n  bg  {b}\n  {lang}  {r}\n",
                i + 1,
                relations.join(" "),
                pairing.unpaired_bg,
                pairing.unpaired_ref,
                show(&nb),
                show(&nr)
            );
        }
        std::fs::write(out_dir().join(format!("disagree-{lang}.txt")), &report)
            .expect("write report");
        let pct = |n: usize| 100.0 * n as f64 / lines.max(1) as f64;
        eprintln!(
            "agreement bg-{lang}: normalized values {agree}/{lines} lines ({:.1}%), up to harmless differences {harmless_agree}/{lines} ({:.1}%), numbers alone {numbers_agree}/{lines} ({:.1}%), numbers of figures written with digits {digits_agree}/{lines} ({:.1}%), naive baseline {naive_agree}/{lines} ({:.1}%)",
            pct(agree),
            pct(harmless_agree),
            pct(numbers_agree),
            pct(digits_agree),
            pct(naive_agree)
        );
        eprintln!("disagreeing bg-{lang}, sorted automatically: {classes:?}");
        eprintln!(
            "disagreeing bg-{lang}: {misread} misread by us, {differs} really differ, {} not read yet {unread:?}",
            unread.len()
        );
        for (v, n) in &verdicts {
            eprintln!("  {n:>3}  {v}");
        }
        if !recorded_now_agree.is_empty() {
            eprintln!("  read by hand earlier, agree now: {recorded_now_agree:?}");
        }
        // Regression floors, just under the shares measured after the fourth pass on
        // 2026-11-25 (BENCHMARKS.md): normalized values, and the numbers of the figures
        // written with digits (like for like with the naive baseline, which reads digits
        // only). One misread line more fails the floor.
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
        assert!(
            harmless_agree >= agree,
            "harmless agreement includes strict"
        );
    }
    assert!(
        failures.is_empty(),
        "agreement fell below its floor: {failures:?}"
    );
}
