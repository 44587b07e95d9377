//! Evaluating the aligner on line-aligned parallel text (NTREX): seeded perturbations that
//! merge sentences with a neighbour on one side or delete them on one side, the gold beads
//! that result, and strict bead scoring. Shared by the harness (`examples/align_eval.rs`),
//! the regression test on NTREX and the benchmark.

use std::ops::Range;
use std::path::Path;

use super::{units, Bead, Unit};
use crate::document::Document;
use crate::lang::Lang;
use crate::pipeline;

/// A deterministic pseudo-random sequence (SplitMix64), so perturbations are reproducible
/// without a dependency.
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> SplitMix {
        SplitMix(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A perturbed pair: the sentences of each side and the gold beads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pair {
    pub source: Vec<String>,
    pub reference: Vec<String>,
    /// Gold beads as (source range, reference range), in order.
    pub gold: Vec<(Range<usize>, Range<usize>)>,
}

/// Perturbation rates: per aligned line, the chance that it is merged with the next line on
/// one side (a 2-1 or 1-2 bead) and the chance that it is deleted on one side (1-0 or 0-1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    pub merge: f64,
    pub delete: f64,
}

impl Default for Rates {
    /// The rates: about 8% merged, about 4% deleted.
    fn default() -> Rates {
        Rates {
            merge: 0.08,
            delete: 0.04,
        }
    }
}

/// Perturbs a line-aligned pair (`source[k]` translates `reference[k]`), seeded.
pub fn perturb<S: AsRef<str>>(source: &[S], reference: &[S], rates: Rates, seed: u64) -> Pair {
    let mut rng = SplitMix::new(seed);
    let mut pair = Pair::default();
    let n = source.len().min(reference.len());
    let mut k = 0;
    while k < n {
        let (s, r) = (pair.source.len(), pair.reference.len());
        let roll = rng.next_f64();
        let on_source = rng.next_u64() & 1 == 0;
        if roll < rates.delete {
            if on_source {
                // Deleted from the source: the reference sentence is left over.
                pair.reference.push(reference[k].as_ref().to_string());
                pair.gold.push((s..s, r..r + 1));
            } else {
                pair.source.push(source[k].as_ref().to_string());
                pair.gold.push((s..s + 1, r..r));
            }
            k += 1;
        } else if roll < rates.delete + rates.merge && k + 1 < n {
            let join = |side: &[S]| format!("{} {}", side[k].as_ref(), side[k + 1].as_ref());
            if on_source {
                pair.source.push(join(source));
                pair.reference.push(reference[k].as_ref().to_string());
                pair.reference.push(reference[k + 1].as_ref().to_string());
                pair.gold.push((s..s + 1, r..r + 2));
            } else {
                pair.source.push(source[k].as_ref().to_string());
                pair.source.push(source[k + 1].as_ref().to_string());
                pair.reference.push(join(reference));
                pair.gold.push((s..s + 2, r..r + 1));
            }
            k += 2;
        } else {
            pair.source.push(source[k].as_ref().to_string());
            pair.reference.push(reference[k].as_ref().to_string());
            pair.gold.push((s..s + 1, r..r + 1));
            k += 1;
        }
    }
    pair
}

/// The aligner's units for presegmented lines, through the real pipeline (segmentation with
/// `--presegmented`, the figures and names stages).
pub fn line_units<S: AsRef<str>>(lines: &[S], lang: Lang) -> Vec<Unit> {
    // One line per sentence: a blank line would be skipped by the segmenter and shift
    // the numbering, so it is kept as a placeholder.
    let text: String = lines
        .iter()
        .map(|l| {
            let l = l.as_ref().replace(['\r', '\n'], " ");
            if l.trim().is_empty() {
                "-".to_string()
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    if lines.is_empty() {
        return Vec::new();
    }
    let name = format!("{}.txt", lang.code());
    match Document::from_text(Path::new(&name), lang, text) {
        Ok(doc) => units(&pipeline::analyze(doc, true)),
        Err(_) => Vec::new(),
    }
}

/// Strict bead counts: a bead is correct only if both its ranges are exactly a gold bead's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Score {
    pub fn add(&mut self, other: Score) {
        self.correct += other.correct;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores predicted beads against gold ones; both are in order, so a merge walk suffices.
pub fn score(predicted: &[Bead], gold: &[(Range<usize>, Range<usize>)]) -> Score {
    let key = |s: &Range<usize>, r: &Range<usize>| (s.start, r.start, s.end, r.end);
    let mut p: Vec<_> = predicted
        .iter()
        .map(|b| key(&b.source, &b.reference))
        .collect();
    let mut g: Vec<_> = gold.iter().map(|(s, r)| key(s, r)).collect();
    p.sort_unstable();
    g.sort_unstable();
    let (mut x, mut y, mut correct) = (0, 0, 0);
    while x < p.len() && y < g.len() {
        match p[x].cmp(&g[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                correct += 1;
                x += 1;
                y += 1;
            }
        }
    }
    Score {
        correct,
        predicted: p.len(),
        gold: g.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perturbation_keeps_every_line_and_its_gold() {
        let src: Vec<String> = (0..500).map(|k| format!("s{k}")).collect();
        let rf: Vec<String> = (0..500).map(|k| format!("r{k}")).collect();
        let pair = perturb(&src, &rf, Rates::default(), 7);
        // Every gold bead's sides hold the same original line numbers.
        let num = |s: &str| -> Vec<String> {
            s.split(' ').map(|w| w[1..].to_string()).collect::<Vec<_>>()
        };
        let mut merges = 0;
        let mut deletes = 0;
        for (s, r) in &pair.gold {
            let a: Vec<String> = pair.source[s.clone()].iter().flat_map(|l| num(l)).collect();
            let b: Vec<String> = pair.reference[r.clone()]
                .iter()
                .flat_map(|l| num(l))
                .collect();
            if s.is_empty() || r.is_empty() {
                deletes += 1;
                assert_eq!(a.len() + b.len(), 1);
            } else {
                assert_eq!(a, b);
                merges += usize::from(s.len() + r.len() == 3);
            }
        }
        assert!((20..60).contains(&merges), "{merges}");
        assert!((8..35).contains(&deletes), "{deletes}");
        assert_eq!(perturb(&src, &rf, Rates::default(), 7), pair, "seeded");
    }

    #[test]
    fn strict_scoring_counts_exact_beads_only() {
        let b = |s: Range<usize>, r: Range<usize>| Bead {
            source: s,
            reference: r,
            score: 1.0,
        };
        let gold = vec![(0..1, 0..1), (1..3, 1..2), (3..3, 2..3)];
        let predicted = vec![b(0..1, 0..1), b(1..2, 1..2), b(2..3, 2..3)];
        let s = score(&predicted, &gold);
        assert_eq!((s.correct, s.predicted, s.gold), (1, 3, 3));
        assert!((s.f1() - 1.0 / 3.0).abs() < 1e-9);
    }
}
