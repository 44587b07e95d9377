//! The alignment harness over NTREX (issue 5).
//!
//! For bg against en, ru, uk and kk: every document aligned on its own, and the whole corpus
//! as one document, after seeded perturbations (about 8% of lines merged with the next on one
//! side, about 4% deleted on one side); strict bead F1 (a bead counts only if both its ranges
//! are exactly right) of the full aligner and of its Gale-Church-only variant (length cost
//! and bead priors alone). Sentences are fed as presegmented lines through the real pipeline
//! (figures and names stages included).
//!
//! ```text
//! cargo run --release --example align_eval                 # the F1 table, seed 1
//! cargo run --release --example align_eval -- --seed 2     # another perturbation
//! cargo run --release --example align_eval -- scale 10     # one 10x-NTREX bg-en pair: time, memory
//! cargo run --release --example align_eval -- errors ru    # the wrong beads of the corpus, bg-ru
//! ```
//! `ALIGN_PARAMS="prior_skip=0.03,match5=0.6"` overrides parameters, for tuning runs.
//!
//! With `HUNALIGN=/path/to/hunalign` (built from its public source, outside this repository)
//! the table also has hunalign's rows on the same pairs: an empty dictionary, `-utf`, with and
//! without `-realign`. Its times include starting the process and reading the files.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use sverka::align::eval::{line_units, perturb, score, Pair, Rates, Score};
use sverka::align::{align_units, align_units_traced, Bead, Params, Unit};
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;

const REFERENCES: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Uk, Lang::Kk];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed = args
        .iter()
        .position(|a| a == "--seed")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(1u64);
    let Some(ntrex) = Ntrex::load_default_or_skip("align_eval") else {
        return;
    };
    let arg_after = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .map(|i| args.get(i + 1).cloned().unwrap_or_default())
    };
    if let Some(times) = arg_after("scale") {
        scale(&ntrex, times.parse().unwrap_or(1), seed);
    } else if let Some(lang) = arg_after("errors") {
        errors(&ntrex, Lang::from_code(&lang).unwrap_or(Lang::En), seed);
    } else {
        table(&ntrex, seed);
    }
}

fn table(ntrex: &Ntrex, seed: u64) {
    let rates = Rates::default();
    println!(
        "NTREX bg against each reference; seed {seed}; per line: merge {:.0}%, delete {:.0}%; strict bead F1",
        rates.merge * 100.0,
        rates.delete * 100.0
    );
    println!(
        "{:<6} {:<12} {:>8} {:>8} {:>9} {:>9} {:>8} {:>9}",
        "pair", "aligner", "doc F1", "doc min", "docs>=.98", "corpus F1", "doc ms", "corpus ms"
    );
    let hunalign = std::env::var_os("HUNALIGN");
    let scratch = tempfile::tempdir().expect("a temporary folder");
    for lang in REFERENCES {
        let mut aligners = vec![
            ("sverka", Aligner::Ours(tuned(Params::default()))),
            ("gale-church", Aligner::Ours(Params::length_only())),
        ];
        if let Some(bin) = &hunalign {
            for (name, realign) in [("hunalign", false), ("hunalign -re", true)] {
                aligners.push((
                    name,
                    Aligner::Hunalign {
                        bin: std::fs::canonicalize(bin).unwrap_or_else(|_| bin.into()),
                        dir: scratch.path().to_path_buf(),
                        realign,
                    },
                ));
            }
        }
        for (name, aligner) in aligners {
            let r = evaluate(ntrex, lang, &aligner, seed);
            println!(
                "bg-{:<3} {:<12} {:>8.4} {:>8.4} {:>9} {:>9.4} {:>8.1} {:>9.1}",
                lang.code(),
                name,
                r.docs.f1(),
                r.doc_min,
                format!("{}/{}", r.docs_ok, r.doc_count),
                r.corpus.f1(),
                r.doc_ms,
                r.corpus_ms
            );
        }
    }
    println!("doc F1: all documents' beads pooled; doc ms: the sum over the 123 documents");
}

struct Outcome {
    docs: Score,
    doc_min: f64,
    docs_ok: usize,
    doc_count: usize,
    corpus: Score,
    doc_ms: f64,
    corpus_ms: f64,
}

/// The documents' perturbation seeds are derived from the run's, one per document.
fn doc_seed(seed: u64, k: usize) -> u64 {
    seed.wrapping_mul(1000).wrapping_add(k as u64)
}

/// An aligner under evaluation.
enum Aligner {
    Ours(Params),
    /// hunalign with an empty dictionary, run as a process on files in `dir`.
    Hunalign {
        bin: std::path::PathBuf,
        dir: std::path::PathBuf,
        realign: bool,
    },
}

fn evaluate(ntrex: &Ntrex, lang: Lang, aligner: &Aligner, seed: u64) -> Outcome {
    let (bg, other) = (ntrex.lines(Lang::Bg), ntrex.lines(lang));
    let mut out = Outcome {
        docs: Score::default(),
        doc_min: 1.0,
        docs_ok: 0,
        doc_count: ntrex.documents.len(),
        corpus: Score::default(),
        doc_ms: 0.0,
        corpus_ms: 0.0,
    };
    for (k, (_, range)) in ntrex.documents.iter().enumerate() {
        let pair = perturb(
            &bg[range.clone()],
            &other[range.clone()],
            Rates::default(),
            doc_seed(seed, k),
        );
        let (sc, ms) = run(&pair, lang, aligner);
        out.doc_ms += ms;
        out.doc_min = out.doc_min.min(sc.f1());
        out.docs_ok += usize::from(sc.f1() >= 0.98);
        out.docs.add(sc);
    }
    let pair = perturb(bg, other, Rates::default(), seed);
    (out.corpus, out.corpus_ms) = run(&pair, lang, aligner);
    out
}

/// Aligns a pair and scores it; for ours, the time is the aligner's alone (units are built
/// before).
fn run(pair: &Pair, lang: Lang, aligner: &Aligner) -> (Score, f64) {
    match aligner {
        Aligner::Ours(params) => {
            let (s, r) = (
                line_units(&pair.source, Lang::Bg),
                line_units(&pair.reference, lang),
            );
            let t = Instant::now();
            let beads = align_units(&s, &r, params);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            (score(&beads, &pair.gold), ms)
        }
        Aligner::Hunalign { bin, dir, realign } => {
            let t = Instant::now();
            let beads = hunalign(bin, dir, *realign, pair);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            (score(&beads, &pair.gold), ms)
        }
    }
}

/// Runs hunalign on a pair and reads its ladder (rungs `i j score`, from `0 0` to `n m`)
/// as beads. A failed run gives no beads (scored as all wrong).
fn hunalign(bin: &Path, dir: &Path, realign: bool, pair: &Pair) -> Vec<Bead> {
    let (src, rf, dict) = (
        dir.join("src.txt"),
        dir.join("ref.txt"),
        dir.join("null.dic"),
    );
    let write = |path: &Path, lines: &[String]| std::fs::write(path, lines.join("\n") + "\n");
    if write(&src, &pair.source).is_err()
        || write(&rf, &pair.reference).is_err()
        || std::fs::write(&dict, "").is_err()
    {
        return Vec::new();
    }
    let mut cmd = Command::new(bin);
    // -realign leaves a translate.txt in its working folder: keep it in the scratch folder.
    cmd.current_dir(dir).arg("-utf");
    if realign {
        cmd.arg("-realign");
    }
    let Ok(out) = cmd.arg(&dict).arg(&src).arg(&rf).output() else {
        return Vec::new();
    };
    let rungs: Vec<(usize, usize)> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?))
        })
        .collect();
    rungs
        .windows(2)
        .filter(|w| w[0] != w[1])
        .map(|w| Bead {
            source: Range {
                start: w[0].0,
                end: w[1].0,
            },
            reference: Range {
                start: w[0].1,
                end: w[1].1,
            },
            score: 1.0,
        })
        .collect()
}

/// NTREX repeated `times` times (each copy perturbed with its own seed) as one bg-en pair.
fn scaled(ntrex: &Ntrex, times: usize, seed: u64) -> (Vec<Unit>, Vec<Unit>, Pair) {
    let (bg, en) = (ntrex.lines(Lang::Bg), ntrex.lines(Lang::En));
    let mut all = Pair::default();
    for copy in 0..times {
        let pair = perturb(bg, en, Rates::default(), seed + copy as u64);
        let (ds, dr) = (all.source.len(), all.reference.len());
        all.gold.extend(
            pair.gold
                .iter()
                .map(|(a, b)| (a.start + ds..a.end + ds, b.start + dr..b.end + dr)),
        );
        all.source.extend(pair.source);
        all.reference.extend(pair.reference);
    }
    // Units per copy, so the pipeline's memory for one copy is all that is held at once.
    let per_copy = |lines: &[String], lang: Lang| -> Vec<Unit> {
        lines
            .chunks(bg.len())
            .flat_map(|c| line_units(c, lang))
            .collect()
    };
    let s = per_copy(&all.source, Lang::Bg);
    let r = per_copy(&all.reference, Lang::En);
    (s, r, all)
}

/// CPU time of this thread in ms (Linux; clock ticks of 10 ms), if readable.
fn thread_cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime is the 12th, stime 13th.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}

/// Peak and current resident memory of this process in kB (Linux), if readable.
fn memory_kb() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

fn scale(ntrex: &Ntrex, times: usize, seed: u64) {
    let (s, r, pair) = scaled(ntrex, times, seed);
    let before = memory_kb();
    // The best of several runs: the machine is shared, the minimum is the aligner's own time;
    // the thread's CPU time is also shown, as other processes inflate it less.
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut result = None;
    let runs = if s.len() < 5_000 { 10 } else { 3 };
    for _ in 0..runs {
        let (t, cpu) = (Instant::now(), thread_cpu_ms());
        let out = align_units_traced(&s, &r, &Params::default());
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        if let (Some(a), Some(b)) = (cpu, thread_cpu_ms()) {
            best_cpu = best_cpu.min(b - a);
        }
        result = Some(out);
    }
    let after = memory_kb();
    let Some((beads, trace)) = result else {
        return;
    };
    println!(
        "{times}x NTREX bg-en: {} x {} sentences; {:.1} ms wall, {:.0} ms CPU (best of {runs}); {} passes, {} cells; strict F1 {:.4}",
        s.len(),
        r.len(),
        best,
        best_cpu,
        trace.passes,
        trace.cells,
        score(&beads, &pair.gold).f1()
    );
    if let (Some((_, rss_before)), Some((peak, _))) = (before, after) {
        println!(
            "memory: resident before aligning {:.1} MB, peak of the process {:.1} MB",
            rss_before as f64 / 1024.0,
            peak as f64 / 1024.0
        );
    }
}

/// Prints the full aligner's wrong beads on the whole corpus (`DOCS=1`: per document;
/// `CLEAN=1`: without perturbation; `QUIET=1`: counts only), then a count by shape and how
/// the confidence separates right from wrong beads.
fn errors(ntrex: &Ntrex, lang: Lang, seed: u64) {
    let rates = if std::env::var_os("CLEAN").is_some() {
        Rates {
            merge: 0.0,
            delete: 0.0,
        }
    } else {
        Rates::default()
    };
    let (bg, other) = (ntrex.lines(Lang::Bg), ntrex.lines(lang));
    if std::env::var_os("DOCS").is_some() {
        for (k, (_, range)) in ntrex.documents.iter().enumerate() {
            let pair = perturb(
                &bg[range.clone()],
                &other[range.clone()],
                rates,
                doc_seed(seed, k),
            );
            show(&pair, lang);
        }
    } else {
        show(&perturb(bg, other, rates, seed), lang);
    }
}

fn show(pair: &Pair, lang: Lang) {
    let (s, r) = (
        line_units(&pair.source, Lang::Bg),
        line_units(&pair.reference, lang),
    );
    let beads = align_units(&s, &r, &tuned(Params::default()));
    let gold: HashSet<_> = pair.gold.iter().cloned().collect();
    let mut wrong = std::collections::BTreeMap::new();
    for b in &beads {
        if gold.contains(&(b.source.clone(), b.reference.clone())) {
            continue;
        }
        *wrong
            .entry((b.source.len(), b.reference.len()))
            .or_insert(0) += 1;
        println!(
            "wrong {:?} {:?} score {:.2}",
            b.source, b.reference, b.score
        );
        for i in b.source.clone() {
            println!("   S {:>4} {}", s[i].chars, pair.source[i]);
        }
        for j in b.reference.clone() {
            println!("   R {:>4} {}", r[j].chars, pair.reference[j]);
        }
    }
    println!("wrong beads by shape: {wrong:?}");
    // How the confidence separates right from wrong beads.
    let (mut right, mut bad): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
    for b in &beads {
        if gold.contains(&(b.source.clone(), b.reference.clone())) {
            right.push(b.score);
        } else {
            bad.push(b.score);
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let below = |v: &[f64], t: f64| v.iter().filter(|&&x| x < t).count();
    println!(
        "confidence: right beads {} (mean {:.3}, {} below 0.5), wrong beads {} (mean {:.3}, {} below 0.5)",
        right.len(),
        mean(&right),
        below(&right, 0.5),
        bad.len(),
        mean(&bad),
        below(&bad, 0.5)
    );
}

/// `ALIGN_PARAMS="prior_skip=0.03,match5=0.6"` overrides parameters (for tuning runs).
fn tuned(mut p: Params) -> Params {
    let Ok(spec) = std::env::var("ALIGN_PARAMS") else {
        return p;
    };
    for kv in spec.split(',').filter(|s| !s.is_empty()) {
        let Some((k, v)) = kv.split_once('=') else {
            panic!("ALIGN_PARAMS: {kv} is not name=value");
        };
        let Ok(v) = v.parse::<f64>() else {
            panic!("ALIGN_PARAMS: {kv}: not a number");
        };
        let kind = |prefix: &str| k[prefix.len()..].parse::<usize>().ok();
        match k {
            "variance" => p.variance = v,
            "prior_one_one" => p.prior_one_one = v,
            "prior_skip" => p.prior_skip = v,
            "prior_merge" => p.prior_merge = v,
            "prior_two_two" => p.prior_two_two = v,
            "balance" => p.anchor_balance = v,
            "band" => p.band = v as usize,
            _ if k.starts_with("match") && kind("match").is_some() => {
                p.anchor_match[kind("match").unwrap_or(0)] = v
            }
            _ if k.starts_with("miss") && kind("miss").is_some() => {
                p.anchor_miss[kind("miss").unwrap_or(0)] = v
            }
            _ => panic!("ALIGN_PARAMS: unknown parameter {k}"),
        }
    }
    p
}
