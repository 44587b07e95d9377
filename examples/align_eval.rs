//! The alignment harness over NTREX (issue 5): for bg against en, ru, uk and kk, every
//! document aligned on its own and the whole corpus as one document, after seeded
//! perturbations (about 8% of sentences merged with a neighbour on one side, about 4% deleted
//! on one side); strict bead F1 of the full aligner and of its Gale-Church-only variant.
//!
//! ```text
//! cargo run --release --example align_eval              # the F1 table
//! cargo run --release --example align_eval -- --seed 2  # another perturbation
//! cargo run --release --example align_eval -- scale 10  # time one 10x-NTREX pair (bg-en)
//! ```

use std::time::Instant;

use sverka::align::eval::{line_units, perturb, score, Rates, Score};
use sverka::align::{align_units, align_units_traced, Params, Unit};
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
    if let Some(i) = args.iter().position(|a| a == "errors") {
        let lang = args
            .get(i + 1)
            .and_then(|c| Lang::from_code(c))
            .unwrap_or(Lang::En);
        errors(&ntrex, lang, seed);
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "scale") {
        let times = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(1);
        scale(&ntrex, times, seed);
        return;
    }
    println!(
        "NTREX bg against each reference; seed {seed}; merge {:.0}%, delete {:.0}% per line; strict bead F1",
        Rates::default().merge * 100.0,
        Rates::default().delete * 100.0
    );
    println!(
        "{:<6} {:<12} {:>9} {:>9} {:>9} {:>9} {:>10} {:>10}",
        "pair", "aligner", "doc F1", "doc min", "docs>=.98", "corpus F1", "doc ms", "corpus ms"
    );
    for lang in REFERENCES {
        for (name, params) in [
            ("sverka", tuned(Params::default())),
            ("gale-church", Params::length_only()),
        ] {
            let r = evaluate(&ntrex, lang, &params, seed);
            println!(
                "bg-{:<3} {:<12} {:>9.4} {:>9.4} {:>9} {:>9.4} {:>10.1} {:>10.1}",
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
}

struct Result {
    docs: Score,
    doc_min: f64,
    docs_ok: usize,
    doc_count: usize,
    corpus: Score,
    doc_ms: f64,
    corpus_ms: f64,
}

fn evaluate(ntrex: &Ntrex, lang: Lang, params: &Params, seed: u64) -> Result {
    let (bg, other) = (ntrex.lines(Lang::Bg), ntrex.lines(lang));
    let mut docs = Score::default();
    let mut doc_min: f64 = 1.0;
    let mut docs_ok = 0;
    let mut doc_ms = 0.0;
    for (k, (_, range)) in ntrex.documents.iter().enumerate() {
        let pair = perturb(
            &bg[range.clone()],
            &other[range.clone()],
            Rates::default(),
            seed.wrapping_mul(1000).wrapping_add(k as u64),
        );
        let (s, r) = (
            line_units(&pair.source, Lang::Bg),
            line_units(&pair.reference, lang),
        );
        let t = Instant::now();
        let beads = align_units(&s, &r, params);
        doc_ms += t.elapsed().as_secs_f64() * 1000.0;
        let sc = score(&beads, &pair.gold);
        doc_min = doc_min.min(sc.f1());
        docs_ok += usize::from(sc.f1() >= 0.98);
        docs.add(sc);
    }
    let pair = perturb(bg, other, Rates::default(), seed);
    let (s, r) = (
        line_units(&pair.source, Lang::Bg),
        line_units(&pair.reference, lang),
    );
    let t = Instant::now();
    let beads = align_units(&s, &r, params);
    let corpus_ms = t.elapsed().as_secs_f64() * 1000.0;
    Result {
        docs,
        doc_min,
        docs_ok,
        doc_count: ntrex.documents.len(),
        corpus: score(&beads, &pair.gold),
        doc_ms,
        corpus_ms,
    }
}

/// NTREX repeated `times` times (each copy perturbed with its own seed) as one bg-en pair.
pub fn scaled_units(ntrex: &Ntrex, times: usize, seed: u64) -> (Vec<Unit>, Vec<Unit>, Score) {
    let (bg, en) = (ntrex.lines(Lang::Bg), ntrex.lines(Lang::En));
    let (mut s, mut r) = (Vec::new(), Vec::new());
    let mut gold = Vec::new();
    for copy in 0..times {
        let pair = perturb(bg, en, Rates::default(), seed + copy as u64);
        let (ds, dr) = (s.len(), r.len());
        gold.extend(
            pair.gold
                .iter()
                .map(|(a, b)| (a.start + ds..a.end + ds, b.start + dr..b.end + dr)),
        );
        s.extend(line_units(&pair.source, Lang::Bg));
        r.extend(line_units(&pair.reference, Lang::En));
    }
    let _ = gold.len();
    (
        s,
        r,
        Score {
            correct: 0,
            predicted: 0,
            gold: gold.len(),
        },
    )
}

fn scale(ntrex: &Ntrex, times: usize, seed: u64) {
    let (s, r, _) = scaled_units(ntrex, times, seed);
    let t = Instant::now();
    let (beads, trace) = align_units_traced(&s, &r, &Params::default());
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{times}x NTREX bg-en: {} x {} sentences, {} beads, {:.1} ms, {} passes, {} cells",
        s.len(),
        r.len(),
        beads.len(),
        ms,
        trace.passes,
        trace.cells
    );
}

/// Prints where the full aligner went wrong on the whole corpus (for tuning).
#[allow(dead_code)]
pub fn errors(ntrex: &Ntrex, lang: Lang, seed: u64) {
    let rates = if std::env::var_os("CLEAN").is_some() {
        Rates {
            merge: 0.0,
            delete: 0.0,
        }
    } else {
        Rates::default()
    };
    if std::env::var_os("DOCS").is_some() {
        for (k, (_, range)) in ntrex.documents.iter().enumerate() {
            let pair = perturb(
                &ntrex.lines(Lang::Bg)[range.clone()],
                &ntrex.lines(lang)[range.clone()],
                rates,
                seed.wrapping_mul(1000).wrapping_add(k as u64),
            );
            show(&pair, lang);
        }
        return;
    }
    let pair = perturb(ntrex.lines(Lang::Bg), ntrex.lines(lang), rates, seed);
    show(&pair, lang);
}

fn show(pair: &sverka::align::eval::Pair, lang: Lang) {
    let (s, r) = (
        line_units(&pair.source, Lang::Bg),
        line_units(&pair.reference, lang),
    );
    let beads = align_units(&s, &r, &tuned(Params::default()));
    let gold: std::collections::HashSet<_> = pair.gold.iter().cloned().collect();
    let mut kinds = std::collections::BTreeMap::new();
    for b in &beads {
        if !gold.contains(&(b.source.clone(), b.reference.clone())) {
            *kinds
                .entry((b.source.len(), b.reference.len()))
                .or_insert(0) += 1;
            if std::env::var_os("SHOW").is_some() {
                println!("WRONG {:?} {:?} {:.2}", b.source, b.reference, b.score);
                for i in b.source.clone() {
                    println!("   S {} {}", s[i].chars, pair.source[i]);
                }
                for j in b.reference.clone() {
                    println!("   R {} {}", r[j].chars, pair.reference[j]);
                }
            }
        }
    }
    let mut gk = std::collections::BTreeMap::new();
    for (a, b) in &pair.gold {
        if !beads.iter().any(|x| x.source == *a && x.reference == *b) {
            *gk.entry((a.len(), b.len())).or_insert(0) += 1;
        }
    }
    println!("wrong predicted by shape {kinds:?}; missed gold by shape {gk:?}");
}

/// `ALIGN_PARAMS="variance=5,prior_skip=0.02"` overrides parameters (for tuning runs).
fn tuned(mut p: Params) -> Params {
    let Ok(spec) = std::env::var("ALIGN_PARAMS") else {
        return p;
    };
    for kv in spec.split(',').filter(|s| !s.is_empty()) {
        let (k, v) = kv.split_once('=').expect("name=value");
        let v: f64 = v.parse().expect("a number");
        match k {
            "variance" => p.variance = v,
            "prior_one_one" => p.prior_one_one = v,
            "prior_skip" => p.prior_skip = v,
            "prior_merge" => p.prior_merge = v,
            "prior_two_two" => p.prior_two_two = v,
            "balance" => p.anchor_balance = v,
            "band" => p.band = v as usize,
            k if k.starts_with("match") => p.anchor_match[k[5..].parse::<usize>().unwrap()] = v,
            k if k.starts_with("miss") => p.anchor_miss[k[4..].parse::<usize>().unwrap()] = v,
            _ => panic!("unknown parameter {k}"),
        }
    }
    p
}
