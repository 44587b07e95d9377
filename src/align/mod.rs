//! Sentence alignment: pairs a source's sentences with a reference's in beads
//! (1-1, 1-0, 0-1, 2-1, 1-2, 2-2), each with a confidence from 0 to 1.
//!
//! This module owns the aligner: the per-sentence features it works on ([`Unit`]), the cost
//! of a bead, the banded dynamic programme and the confidence; [`eval`] owns the NTREX
//! perturbations and strict scoring shared by the harness, tests and bench. It reads figures
//! and names from the earlier stages (through [`Analyzed`]) and leaves the comparison of their
//! values to `compare`, the output formats to `cmd::align`. It holds no language tables: every
//! feature is script-level, and name stems go through `names::key`.
//!
//! Entry points: [`align`] (two analyzed documents), [`align_units`] (plain per-sentence
//! features, for large inputs), [`units`] (the features of an analyzed document).
//!
//! The cost of a bead, in nats (lower is better), adds up:
//! - a Gale-Church length term: the reference's character length against the source's times
//!   the length ratio (estimated from the two texts: of the whole texts or of the mean
//!   sentence, whichever alignment is likelier, refined on the 1-1 beads);
//! - the bead type's prior (`-ln p`), so 1-0 / 0-1 beads (added or omitted text) pay a skip
//!   penalty and stay detectable;
//! - anchors that survive translation ([`AnchorKind`]): normalized figures, name keys, digit
//!   runs, Latin-script words, punctuation (`?`, `!`, `:`, quotes, brackets, `%`), the number of
//!   capitalized words and their stems, and stems of long words (cognates). Only anchors that
//!   occur about as often in both texts count; each matched anchor lowers the cost, each
//!   unmatched one inside a bead that pairs sentences raises it (an unmatched anchor in a 1-0
//!   bead is explained by the omission);
//! - paragraph boundaries, when both texts have paragraphs: a bead that starts a paragraph on
//!   one side only, or swallows a paragraph start, pays a penalty.
//!
//! The search runs in a band: a first pass follows the cheapest cell row by row; while the
//! best path comes near the band's edge, it re-runs in a band around that path and the
//! length diagonal, twice as wide where the path touched. Time and memory grow linearly with
//! the length of the texts. The confidence of a bead is its posterior probability among all
//! the ways of aligning the stretch from the previous bead's start to the next bead's end.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::lang::Lang;
use crate::names;
use crate::pipeline::Analyzed;

pub mod eval;

/// A group of consecutive source sentences aligned with a group of reference sentences.
/// Either side may be empty (an added or omitted sentence).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// 0-based sentence indices, half-open.
    pub source: Range<usize>,
    pub reference: Range<usize>,
    /// Confidence from 0 to 1.
    pub score: f64,
}

/// What kind of anchor a token is; each kind has its own weight in [`Params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnchorKind {
    /// A normalized figure from the figures stage (`900000000 USD`).
    Figure = 1,
    /// A name key from the names stage (`miras zhienbaev`).
    Name = 2,
    /// A run of ASCII digits in the text (`2025`, `4` and `4` of `4,4`).
    Digits = 3,
    /// A Latin-script word of two letters or more, lower-cased (`kazinform`).
    Latin = 4,
    /// A punctuation mark that translations keep: `?`, `!`, `:`, a quote, a bracket, `%`.
    Punct = 5,
    /// A capitalized word (two letters or more) past the first: names in any script. All
    /// such words are one token, so what counts is how many a sentence has.
    Capital = 6,
    /// The first four letters of a capitalized word's name key past the first word: the
    /// same name in two texts (`Адамс`, `Adams` once the names stage transliterates).
    Stem = 7,
    /// The first four letters of a lower-case word of five letters or more: cognates
    /// between related languages (`президент`, `парламента`).
    Word = 8,
}

const KIND_SHIFT: u32 = 60;
const KINDS: usize = 9;

/// One sentence as the aligner sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unit {
    /// Length in characters.
    pub chars: usize,
    /// Anchor tokens, hashed with their kind in the top bits; sorted (a multiset).
    pub anchors: Vec<u64>,
    /// Whether the sentence opens a paragraph.
    pub paragraph_start: bool,
}

fn fnv1a(kind: AnchorKind, s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h >> 4) | ((kind as u64) << KIND_SHIFT)
}

fn anchor_kind(a: u64) -> usize {
    (a >> KIND_SHIFT) as usize
}

/// Quotes of every script count as one anchor: „ “ in Bulgarian, « » in Russian, " in English.
const QUOTES: &[char] = &['"', '„', '“', '”', '«', '»', '‘', '’', '‚', '‹', '›'];

impl Unit {
    /// Builds a unit from a sentence's text in `lang`, its figures' normalized values and its
    /// names' keys. Digit runs, Latin words, capitalized words and punctuation are read from
    /// the text.
    pub fn new<F, N>(lang: Lang, text: &str, figures: F, names: N, paragraph_start: bool) -> Unit
    where
        F: IntoIterator,
        F::Item: AsRef<str>,
        N: IntoIterator,
        N::Item: AsRef<str>,
    {
        let mut anchors: Vec<u64> = Vec::new();
        anchors.extend(
            figures
                .into_iter()
                .map(|f| fnv1a(AnchorKind::Figure, f.as_ref())),
        );
        anchors.extend(
            names
                .into_iter()
                .filter(|n| !n.as_ref().is_empty())
                .map(|n| fnv1a(AnchorKind::Name, n.as_ref())),
        );
        let mut chars = 0;
        let mut word = String::new();
        // Capitalized words past the first: (letters so far in this word, capitalized?).
        let capital = fnv1a(AnchorKind::Capital, "");
        let (mut words, mut letters, mut upper, mut start) = (0usize, 0usize, false, 0);
        let capitalized = |from: usize, to: usize, letters: usize, anchors: &mut Vec<u64>| {
            anchors.push(capital);
            if letters >= 3 {
                let key = names::key(&text[from..to], lang);
                anchors.push(fnv1a(AnchorKind::Stem, first_chars(&key, 4)));
            }
        };
        let mut digits = String::new();
        let flush = |buf: &mut String, kind: AnchorKind, min: usize, anchors: &mut Vec<u64>| {
            if buf.chars().count() >= min {
                anchors.push(fnv1a(kind, buf));
            }
            buf.clear();
        };
        for (at, c) in text.char_indices() {
            chars += 1;
            if names::translit::is_alphabetic(c) {
                if letters == 0 {
                    upper = names::translit::is_uppercase(c);
                    start = at;
                }
                letters += 1;
            } else if letters > 0 {
                if upper && letters >= 2 && words > 0 {
                    capitalized(start, at, letters, &mut anchors);
                } else if !upper && letters >= 5 {
                    anchors.push(fnv1a(AnchorKind::Word, first_chars(&text[start..at], 4)));
                }
                words += 1;
                letters = 0;
            }
            if c.is_ascii_digit() {
                digits.push(c);
            } else {
                flush(&mut digits, AnchorKind::Digits, 1, &mut anchors);
            }
            if is_latin_letter(c) {
                names::translit::push_lowercase(c, &mut word);
            } else {
                flush(&mut word, AnchorKind::Latin, 2, &mut anchors);
            }
            let punct = match c {
                '?' | '!' | ':' | '%' => Some(c),
                '(' | '[' => Some('('),
                c if QUOTES.contains(&c) => Some('"'),
                _ => None,
            };
            if let Some(p) = punct {
                anchors.push(fnv1a(AnchorKind::Punct, p.encode_utf8(&mut [0; 4])));
            }
        }
        flush(&mut digits, AnchorKind::Digits, 1, &mut anchors);
        flush(&mut word, AnchorKind::Latin, 2, &mut anchors);
        if upper && letters >= 2 && words > 0 {
            capitalized(start, text.len(), letters, &mut anchors);
        }
        anchors.sort_unstable();
        Unit {
            chars,
            anchors,
            paragraph_start,
        }
    }
}

/// The first `n` characters of `s` (all of it when shorter), borrowed rather than collected.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(at, _)| &s[..at])
}

/// Anchors are hashes already: the map uses them as they are.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A letter of the Latin script (Basic Latin, Latin-1 and Latin Extended-A/B).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (('\u{c0}'..='\u{24f}').contains(&c) && names::translit::is_alphabetic(c))
}

/// The units of an analyzed document, one per sentence.
pub fn units(doc: &Analyzed) -> Vec<Unit> {
    doc.sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let figures = doc
                .figures
                .get(i)
                // A weekday is dropped or made an adjective (`Friday's drama`, `петъчната
                // драма`) too often to anchor a sentence pair.
                .map(|f| {
                    f.iter()
                        .filter(|f| f.kind != crate::figures::FigureKind::Weekday)
                        .map(|f| f.normalized())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            let names = doc
                .names
                .get(i)
                .map(|n| n.iter().map(|n| n.key.clone()).collect::<Vec<_>>())
                .unwrap_or_default();
            let opens = i == 0 || doc.sentences[i - 1].paragraph != s.paragraph;
            Unit::new(doc.doc.lang, &s.text, figures, names, opens)
        })
        .collect()
}

/// The aligner's settings. [`Params::default`] is the full aligner;
/// [`Params::length_only`] a Gale-Church-only variant (length cost and priors alone).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Variance of the reference length per source character (Gale and Church's s²).
    pub variance: f64,
    /// Bead priors: 1-1, 1-0 (and 0-1, each), 2-1 (and 1-2, each), 2-2.
    pub prior_one_one: f64,
    pub prior_skip: f64,
    pub prior_merge: f64,
    pub prior_two_two: f64,
    /// Cost lowered per matched anchor, by [`AnchorKind`] (index = kind as usize).
    pub anchor_match: [f64; KINDS],
    /// Cost added per unmatched anchor inside a bead that pairs sentences.
    pub anchor_miss: [f64; KINDS],
    /// An anchor counts only if it occurs in one text at least this share of the times
    /// it occurs in the other.
    pub anchor_balance: f64,
    /// A bead starts a paragraph on one side only.
    pub paragraph_boundary: f64,
    /// A bead swallows a paragraph start.
    pub paragraph_inside: f64,
    /// Half-width of the first band, in sentences.
    pub band: usize,
    /// A path closer than this to the band's edge makes the band wider there.
    pub band_margin: usize,
    /// Passes at most; the last one is kept even if it touched the edge.
    pub max_passes: usize,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            variance: 6.8,
            prior_one_one: 0.88,
            prior_skip: 0.02,
            prior_merge: 0.04,
            prior_two_two: 0.001,
            //            -    figure name digits latin punct capital stem word
            anchor_match: [0.0, 1.0, 1.5, 1.0, 1.0, 0.6, 0.5, 1.0, 0.5],
            anchor_miss: [0.0, 0.7, 0.7, 0.5, 0.4, 0.3, 0.3, 0.5, 0.1],
            anchor_balance: 0.5,
            paragraph_boundary: 2.0,
            paragraph_inside: 3.0,
            band: 12,
            band_margin: 2,
            max_passes: 12,
        }
    }
}

impl Params {
    /// Gale and Church's aligner: length and bead priors only, no anchors, no paragraphs.
    pub fn length_only() -> Params {
        Params {
            anchor_match: [0.0; KINDS],
            anchor_miss: [0.0; KINDS],
            paragraph_boundary: 0.0,
            paragraph_inside: 0.0,
            ..Params::default()
        }
    }
}

/// How the search went: passes run and cells visited in all (for benchmarks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    pub passes: usize,
    pub cells: usize,
}

/// Aligns the sentences of two analyzed documents with the default parameters.
pub fn align(source: &Analyzed, reference: &Analyzed) -> Vec<Bead> {
    align_units(&units(source), &units(reference), &Params::default())
}

/// Aligns two sequences of units.
pub fn align_units(source: &[Unit], reference: &[Unit], params: &Params) -> Vec<Bead> {
    align_units_traced(source, reference, params).0
}

/// [`align_units`], also saying how the search went.
pub fn align_units_traced(
    source: &[Unit],
    reference: &[Unit],
    params: &Params,
) -> (Vec<Bead>, Trace) {
    let mut model = Model::new(source, reference, params);
    let mut trace = Trace::default();
    // The length ratio: of the whole texts, or, when one text has much that the other lacks
    // (and so more sentences), of the mean sentence. Each is refined on the 1-1 beads of its
    // alignment; the likelier alignment wins.
    let (n, m) = (source.len(), reference.len());
    let mut ratios = vec![model.ratio];
    if n > 0 && m > 0 && n != m {
        let per_sentence = model.ratio * n as f64 / m as f64;
        if (per_sentence / model.ratio - 1.0).abs() > 0.05 {
            ratios.push(per_sentence);
        }
    }
    let mut best: Option<(f64, f64, Vec<Step>)> = None;
    for ratio in ratios {
        model.ratio = ratio;
        let (mut path, more) = search(&model, params);
        trace.passes += more.passes;
        trace.cells += more.cells;
        if let Some(refined) = model.ratio_of(&path) {
            if (refined / model.ratio - 1.0).abs() > 0.05 {
                model.ratio = refined;
                let (again, more) = search(&model, params);
                path = again;
                trace.passes += more.passes;
                trace.cells += more.cells;
            }
        }
        let cost = model.path_cost(&path);
        if best.as_ref().is_none_or(|b| cost < b.0) {
            best = Some((cost, model.ratio, path));
        }
    }
    let Some((_, ratio, path)) = best else {
        return (Vec::new(), trace);
    };
    model.ratio = ratio;
    let mut window = Window::default();
    let beads = path
        .iter()
        .enumerate()
        .map(|(k, &(i0, j0, i1, j1))| {
            // The stretch from the previous bead's start to the next bead's end.
            let (wi, wj) = if k > 0 {
                (path[k - 1].0, path[k - 1].1)
            } else {
                (i0, j0)
            };
            let (we, wf) = path.get(k + 1).map_or((i1, j1), |b| (b.2, b.3));
            Bead {
                source: i0..i1,
                reference: j0..j1,
                score: model.posterior(&mut window, (wi, wj), (i0, j0), (i1, j1), (we, wf)),
            }
        })
        .collect();
    (beads, trace)
}

/// Bead shapes: (source sentences, reference sentences).
const SHAPES: [(usize, usize); 6] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)];

/// Everything the cost of a bead needs, precomputed once per alignment.
struct Model {
    n: usize,
    m: usize,
    /// Prefix sums of character lengths.
    src_len: Vec<f64>,
    ref_len: Vec<f64>,
    /// Reference characters per source character.
    ratio: f64,
    variance: f64,
    /// `-ln prior` per shape, in [`SHAPES`] order.
    prior: [f64; 6],
    src_para: Vec<bool>,
    ref_para: Vec<bool>,
    paragraphs: bool,
    paragraph_boundary: f64,
    paragraph_inside: f64,
    /// Anchors kept (those in both texts), flat, with each unit's range.
    src_anchors: Anchors,
    ref_anchors: Anchors,
    anchor_match: [f64; KINDS],
    anchor_miss: [f64; KINDS],
    uses_anchors: bool,
}

struct Anchors {
    keys: Vec<u64>,
    starts: Vec<usize>,
    /// Unit `i`'s anchors merged with unit `i + 1`'s.
    pair_keys: Vec<u64>,
    pair_starts: Vec<usize>,
    /// Sum of miss weights of each unit's anchors.
    weight: Vec<f64>,
    /// Sum of match rewards of each unit's anchors: the most a bead can gain from them.
    reward: Vec<f64>,
}

impl Anchors {
    fn of(&self, i: usize) -> &[u64] {
        &self.keys[self.starts[i]..self.starts[i + 1]]
    }

    /// The anchors of units `from..to` (at most two), sorted.
    fn group(&self, from: usize, to: usize) -> &[u64] {
        match to - from {
            0 => &[],
            1 => self.of(from),
            _ => &self.pair_keys[self.pair_starts[from]..self.pair_starts[from + 1]],
        }
    }
}

fn prefix(units: &[Unit]) -> Vec<f64> {
    let mut v = Vec::with_capacity(units.len() + 1);
    let mut total = 0.0;
    v.push(0.0);
    for u in units {
        total += u.chars as f64;
        v.push(total);
    }
    v
}

/// Paragraph starts carry information only if some sentences open one and some don't.
fn has_paragraphs(units: &[Unit]) -> bool {
    let opening = units.iter().skip(1).filter(|u| u.paragraph_start).count();
    opening > 0 && opening < units.len().saturating_sub(1)
}

impl Model {
    fn new(source: &[Unit], reference: &[Unit], params: &Params) -> Model {
        let src_len = prefix(source);
        let ref_len = prefix(reference);
        let (ls, lr) = (src_len[source.len()], ref_len[reference.len()]);
        let ratio = if ls > 0.0 && lr > 0.0 { lr / ls } else { 1.0 };
        let p = |x: f64| -x.max(1e-12).ln();
        let prior = [
            p(params.prior_one_one),
            p(params.prior_skip),
            p(params.prior_skip),
            p(params.prior_merge),
            p(params.prior_merge),
            p(params.prior_two_two),
        ];
        let uses_anchors = params
            .anchor_match
            .iter()
            .chain(&params.anchor_miss)
            .any(|&w| w != 0.0);
        // Anchors that survive translation occur about as often in both texts; the rest
        // (English words in an English text that a Bulgarian one quotes once) are noise.
        let mut counts: HashMap<u64, (u32, u32), BuildHasherDefault<Prehashed>> =
            HashMap::default();
        if uses_anchors {
            for u in source {
                for &a in &u.anchors {
                    counts.entry(a).or_default().0 += 1;
                }
            }
            for u in reference {
                for &a in &u.anchors {
                    if let Some(c) = counts.get_mut(&a) {
                        c.1 += 1;
                    }
                }
            }
        }
        let balanced = |a: &u64| {
            counts.get(a).is_some_and(|&(s, r)| {
                let (lo, hi) = (s.min(r), s.max(r));
                lo > 0 && f64::from(lo) >= params.anchor_balance * f64::from(hi)
            })
        };
        let keep = |units: &[Unit]| {
            let mut anchors = Anchors {
                keys: Vec::new(),
                starts: vec![0],
                pair_keys: Vec::new(),
                pair_starts: vec![0],
                weight: Vec::with_capacity(units.len()),
                reward: Vec::with_capacity(units.len()),
            };
            for u in units {
                let (mut w, mut reward) = (0.0, 0.0);
                for &a in u.anchors.iter().filter(|a| balanced(a)) {
                    anchors.keys.push(a);
                    w += params.anchor_miss[anchor_kind(a)];
                    reward += params.anchor_match[anchor_kind(a)];
                }
                anchors.starts.push(anchors.keys.len());
                anchors.weight.push(w);
                anchors.reward.push(reward);
            }
            // Each unit with the next, merged, so a two-sentence group is one sorted slice.
            for i in 0..units.len() {
                let end = anchors.starts[(i + 2).min(units.len())];
                let at = anchors.pair_keys.len();
                anchors
                    .pair_keys
                    .extend_from_slice(&anchors.keys[anchors.starts[i]..end]);
                anchors.pair_keys[at..].sort_unstable();
                anchors.pair_starts.push(anchors.pair_keys.len());
            }
            anchors
        };
        let src_anchors = keep(source);
        let ref_anchors = keep(reference);
        let paragraphs = (params.paragraph_boundary != 0.0 || params.paragraph_inside != 0.0)
            && has_paragraphs(source)
            && has_paragraphs(reference);
        Model {
            n: source.len(),
            m: reference.len(),
            src_len,
            ref_len,
            ratio,
            variance: params.variance.max(1e-6),
            prior,
            src_para: source.iter().map(|u| u.paragraph_start).collect(),
            ref_para: reference.iter().map(|u| u.paragraph_start).collect(),
            paragraphs,
            paragraph_boundary: params.paragraph_boundary,
            paragraph_inside: params.paragraph_inside,
            src_anchors,
            ref_anchors,
            anchor_match: params.anchor_match,
            anchor_miss: params.anchor_miss,
            uses_anchors,
        }
    }

    /// Anchors shared by source units `i0..i1` and reference units `j0..j1`, as a multiset:
    /// (match reward, miss weight of the matched ones).
    fn matched(&self, i0: usize, i1: usize, j0: usize, j1: usize) -> (f64, f64) {
        let a = self.src_anchors.group(i0, i1);
        let b = self.ref_anchors.group(j0, j1);
        let (mut x, mut y) = (0, 0);
        let (mut reward, mut miss) = (0.0, 0.0);
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let k = anchor_kind(a[x]);
                    reward += self.anchor_match[k];
                    miss += self.anchor_miss[k];
                    x += 1;
                    y += 1;
                }
            }
        }
        (reward, miss)
    }

    /// A lower bound of [`Model::cost`] for a bead that pairs sentences.
    fn lower_bound(&self, shape: usize, i0: usize, i1: usize, j0: usize, j1: usize) -> f64 {
        if !self.uses_anchors {
            return self.prior[shape];
        }
        let src: f64 = self.src_anchors.reward[i0..i1].iter().sum();
        let rf: f64 = self.ref_anchors.reward[j0..j1].iter().sum();
        self.prior[shape] - src.min(rf)
    }

    /// The cost of aligning source `i0..i1` with reference `j0..j1` (one of [`SHAPES`]).
    fn cost(&self, shape: usize, i0: usize, i1: usize, j0: usize, j1: usize) -> f64 {
        let mut cost = self.prior[shape];
        if i0 == i1 || j0 == j1 {
            return cost;
        }
        // Gale-Church: how far the reference's length is from the expected one.
        let ls = self.src_len[i1] - self.src_len[i0];
        let lr = self.ref_len[j1] - self.ref_len[j0];
        let mean = (ls * self.ratio + lr) / 2.0;
        if mean > 0.0 {
            let z = (lr - ls * self.ratio).abs() / (self.variance * mean).sqrt();
            cost -= ln_erfc(z / std::f64::consts::SQRT_2);
        }
        // Anchors: every matched one lowers the cost, every unmatched one raises it.
        if self.uses_anchors {
            let src_miss: f64 = self.src_anchors.weight[i0..i1].iter().sum();
            let ref_miss: f64 = self.ref_anchors.weight[j0..j1].iter().sum();
            let (reward, matched_miss) = if src_miss > 0.0 && ref_miss > 0.0 {
                self.matched(i0, i1, j0, j1)
            } else {
                (0.0, 0.0)
            };
            cost += (src_miss + ref_miss - 2.0 * matched_miss).max(0.0) - reward;
        }
        if self.paragraphs {
            if self.src_para[i0] != self.ref_para[j0] {
                cost += self.paragraph_boundary;
            }
            let inside = self.src_para[i0 + 1..i1].iter().filter(|&&p| p).count()
                + self.ref_para[j0 + 1..j1].iter().filter(|&&p| p).count();
            cost += self.paragraph_inside * inside as f64;
        }
        cost
    }

    /// The cost of a whole path.
    fn path_cost(&self, path: &[Step]) -> f64 {
        path.iter()
            .map(|&(i0, j0, i1, j1)| {
                let shape = SHAPES
                    .iter()
                    .position(|&(di, dj)| di == i1 - i0 && dj == j1 - j0)
                    .unwrap_or(0);
                self.cost(shape, i0, i1, j0, j1)
            })
            .sum()
    }

    /// The length ratio that the 1-1 beads of a path show.
    fn ratio_of(&self, path: &[Step]) -> Option<f64> {
        let (mut ls, mut lr) = (0.0, 0.0);
        for &(i0, j0, i1, j1) in path {
            if i1 - i0 == 1 && j1 - j0 == 1 {
                ls += self.src_len[i1] - self.src_len[i0];
                lr += self.ref_len[j1] - self.ref_len[j0];
            }
        }
        (ls > 0.0 && lr > 0.0).then(|| lr / ls)
    }

    /// The posterior probability of the bead `from → to` among all paths from `start` to
    /// `end` (a local window around it), with costs read as `-ln p`.
    fn posterior(
        &self,
        window: &mut Window,
        start: (usize, usize),
        from: (usize, usize),
        to: (usize, usize),
        end: (usize, usize),
    ) -> f64 {
        let (h, w) = (end.0 - start.0 + 1, end.1 - start.1 + 1);
        let at = |i: usize, j: usize| (i - start.0) * w + (j - start.1);
        // The cost of every bead inside the window, by the cell where it ends.
        let Window {
            costs,
            forward,
            backward,
        } = window;
        costs.clear();
        costs.resize(h * w, [f64::INFINITY; 6]);
        for di in 0..h {
            for dj in 0..w {
                let (i, j) = (start.0 + di, start.1 + dj);
                for (s, &(si, sj)) in SHAPES.iter().enumerate() {
                    if si <= di && sj <= dj {
                        costs[at(i, j)][s] = self.cost(s, i - si, i, j - sj, j);
                    }
                }
            }
        }
        // ln Σ exp(-cost) over paths from `start` to each cell, and from each cell to `end`.
        forward.clear();
        forward.resize(h * w, f64::NEG_INFINITY);
        forward[0] = 0.0;
        for di in 0..h {
            for dj in 0..w {
                if di == 0 && dj == 0 {
                    continue;
                }
                let mut terms = [f64::NEG_INFINITY; 6];
                for (s, &(si, sj)) in SHAPES.iter().enumerate() {
                    if si <= di && sj <= dj {
                        terms[s] = forward[(di - si) * w + dj - sj] - costs[di * w + dj][s];
                    }
                }
                forward[di * w + dj] = log_sum_exp(&terms);
            }
        }
        backward.clear();
        backward.resize(h * w, f64::NEG_INFINITY);
        backward[h * w - 1] = 0.0;
        for di in (0..h).rev() {
            for dj in (0..w).rev() {
                if di == h - 1 && dj == w - 1 {
                    continue;
                }
                let mut terms = [f64::NEG_INFINITY; 6];
                for (s, &(si, sj)) in SHAPES.iter().enumerate() {
                    let (ei, ej) = (di + si, dj + sj);
                    if (si, sj) != (0, 0) && ei < h && ej < w {
                        terms[s] = backward[ei * w + ej] - costs[ei * w + ej][s];
                    }
                }
                backward[di * w + dj] = log_sum_exp(&terms);
            }
        }
        let shape = SHAPES
            .iter()
            .position(|&(di, dj)| di == to.0 - from.0 && dj == to.1 - from.1);
        let Some(shape) = shape else {
            return 0.0;
        };
        let through =
            forward[at(from.0, from.1)] - costs[at(to.0, to.1)][shape] + backward[at(to.0, to.1)];
        let all = forward[h * w - 1];
        if !through.is_finite() || !all.is_finite() {
            return 0.0;
        }
        (through - all).exp().clamp(0.0, 1.0)
    }
}

/// Buffers for [`Model::posterior`], reused from bead to bead.
#[derive(Default)]
struct Window {
    costs: Vec<[f64; 6]>,
    forward: Vec<f64>,
    backward: Vec<f64>,
}

fn log_sum_exp(terms: &[f64]) -> f64 {
    let max = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    if !max.is_finite() {
        return max;
    }
    max + terms.iter().map(|t| (t - max).exp()).sum::<f64>().ln()
}

/// `ln erfc(x)` for x ≥ 0, without underflow for large x (Numerical Recipes' erfcc,
/// fractional error below 1.2e-7).
fn ln_erfc(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.5 * x);
    let poly = -1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    t.ln() - x * x + poly
}

/// The search region: for each source position `i` (0..=n), the reference positions
/// `lo[i]..=hi[i]`, stored row after row.
#[derive(Default)]
struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    offset: Vec<usize>,
}

impl Band {
    fn push_row(&mut self, lo: usize, hi: usize) {
        let at = self.cells();
        self.offset.push(at + hi + 1 - lo);
        self.lo.push(lo);
        self.hi.push(hi);
    }

    fn cells(&self) -> usize {
        self.offset.last().copied().unwrap_or(0)
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        let (lo, hi) = (*self.lo.get(i)?, self.hi[i]);
        if j < lo || j > hi {
            None
        } else {
            Some(self.offset[i] - (hi + 1 - lo) + j - lo)
        }
    }
}

/// How the rows of one pass are bounded.
enum Rows<'a> {
    /// `width` either side of where the previous row's cheapest cell points.
    Tracking { width: usize, diagonal: &'a [usize] },
    /// Given bounds.
    Fixed { lo: &'a [usize], hi: &'a [usize] },
}

/// A bead on the best path: (i0, j0, i1, j1).
type Step = (usize, usize, usize, usize);

/// Banded dynamic programme: a first pass whose band follows the cheapest cell row by row,
/// then passes around the best path, wider where it came near the band's edge, until it
/// keeps off the edge.
fn search(model: &Model, params: &Params) -> (Vec<Step>, Trace) {
    let (n, m) = (model.n, model.m);
    let mut trace = Trace::default();
    if n == 0 || m == 0 {
        let path = (0..n)
            .map(|i| (i, 0, i + 1, 0))
            .chain((0..m).map(|j| (0, j, 0, j + 1)))
            .collect();
        return (path, trace);
    }
    // The diagonal in character-length space: where source position i falls on the reference.
    let diagonal: Vec<usize> = (0..=n)
        .map(|i| {
            let frac = if model.src_len[n] > 0.0 {
                model.src_len[i] / model.src_len[n]
            } else {
                i as f64 / n as f64
            };
            let target = frac * model.ref_len[m];
            model.ref_len.partition_point(|&x| x < target).min(m)
        })
        .collect();
    let mut width = vec![params.band.max(1); n + 1];
    let (mut band, mut path) = best_path(
        model,
        Rows::Tracking {
            width: params.band.max(1),
            diagonal: &diagonal,
        },
    );
    loop {
        trace.passes += 1;
        trace.cells += band.cells();
        let Some(found) = path else {
            // Only a fixed band can fail to connect the corners; the whole matrix cannot.
            let lo = vec![0; n + 1];
            let hi = vec![m; n + 1];
            let (full, p) = best_path(model, Rows::Fixed { lo: &lo, hi: &hi });
            trace.passes += 1;
            trace.cells += full.cells();
            return (p.unwrap_or_default(), trace);
        };
        // Rows where the path came near an edge that is not the matrix's own.
        let mut touched = Vec::new();
        for &(i0, j0, i1, j1) in &found {
            for (i, j) in [(i0, j0), (i1, j1)] {
                let near_lo = band.lo[i] > 0 && j < band.lo[i] + params.band_margin;
                let near_hi = band.hi[i] < m && j + params.band_margin > band.hi[i];
                if near_lo || near_hi {
                    touched.push(i);
                }
            }
        }
        if touched.is_empty() || trace.passes >= params.max_passes.max(1) {
            return (found, trace);
        }
        // Twice the width the band had there, around each row that touched.
        let old = width.clone();
        touched.dedup();
        for &i in &touched {
            let w = old[i] * 2;
            for row_width in &mut width[i.saturating_sub(2 * w)..=(i + 2 * w).min(n)] {
                *row_width = (*row_width).max(w);
            }
        }
        // The new band: the path's span in each row and the length diagonal's (a path that
        // followed the cheapest cells can miss a long run of omitted sentences), widened.
        let mut lo: Vec<usize> = diagonal.clone();
        let mut hi: Vec<usize> = (0..=n).map(|i| diagonal[(i + 1).min(n)]).collect();
        for &(i0, j0, i1, j1) in &found {
            for i in i0..=i1 {
                lo[i] = lo[i].min(j0);
                hi[i] = hi[i].max(j1);
            }
        }
        for i in 0..=n {
            lo[i] = lo[i].min(m).saturating_sub(width[i]);
            hi[i] = (hi[i] + width[i]).min(m).max(lo[i]);
        }
        (band, path) = best_path(model, Rows::Fixed { lo: &lo, hi: &hi });
    }
}

/// The cheapest path from (0, 0) to (n, m) inside the band, as beads, and the band;
/// `None` if the band does not connect them.
fn best_path(model: &Model, rows: Rows) -> (Band, Option<Vec<Step>>) {
    let (n, m) = (model.n, model.m);
    let mut band = Band::default();
    band.lo.reserve(n + 1);
    band.hi.reserve(n + 1);
    band.offset.reserve(n + 1);
    let mut cost: Vec<f32> = Vec::new();
    let mut back: Vec<u8> = Vec::new();
    let mut cheapest = 0;
    for i in 0..=n {
        let (lo, hi) = match rows {
            Rows::Fixed { lo, hi } => (lo[i], hi[i]),
            Rows::Tracking { width, diagonal } if i > 0 => {
                let centre = cheapest + diagonal[i] - diagonal[i - 1];
                // Overlapping the previous row keeps every row reachable; the last row
                // reaches the corner.
                let lo = centre.saturating_sub(width).min(band.hi[i - 1]);
                let hi = if i == n { m } else { (centre + width).min(m) };
                (lo, hi.max(lo))
            }
            Rows::Tracking { width, .. } => (0, width.min(m)),
        };
        band.push_row(lo, hi);
        let mut row_best = f64::INFINITY;
        for j in lo..=hi {
            let (best, shape) = if i == 0 && j == 0 {
                (0.0, u8::MAX)
            } else {
                best_step(model, &band, &cost, i, j)
            };
            if best < row_best {
                row_best = best;
                cheapest = j;
            }
            cost.push(best as f32);
            back.push(shape);
        }
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(s) = band.index(i, j).map(|k| back[k]) else {
            return (band, None);
        };
        let Some(&(di, dj)) = SHAPES.get(usize::from(s)) else {
            return (band, None);
        };
        path.push((i - di, j - dj, i, j));
        i -= di;
        j -= dj;
    }
    path.reverse();
    (band, Some(path))
}

/// The cheapest way into cell (i, j): its cost and the shape of the last bead.
fn best_step(model: &Model, band: &Band, cost: &[f32], i: usize, j: usize) -> (f64, u8) {
    let mut best = f64::INFINITY;
    let mut best_shape = u8::MAX;
    for (s, &(di, dj)) in SHAPES.iter().enumerate() {
        if di > i || dj > j {
            continue;
        }
        let Some(prev) = band.index(i - di, j - dj) else {
            continue;
        };
        let Some(&before) = cost.get(prev) else {
            continue;
        };
        let before = f64::from(before);
        if !before.is_finite() {
            continue;
        }
        // Every term of a bead's cost but the anchor reward is at least zero, and the
        // reward is at most what either side's anchors could earn: skip a bead that cannot win.
        if di > 0 && dj > 0 && before + model.lower_bound(s, i - di, i, j - dj, j) >= best {
            continue;
        }
        let c = before + model.cost(s, i - di, i, j - dj, j);
        if c < best {
            best = c;
            best_shape = s as u8;
        }
    }
    (best, best_shape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ln_erfc_matches_known_values() {
        assert!((ln_erfc(0.0) - 0.0).abs() < 1e-6);
        assert!((ln_erfc(1.0) - 0.157_299_207_f64.ln()).abs() < 1e-6);
        // erfc(10) = 2.088e-45: no underflow to -inf.
        assert!((ln_erfc(10.0) - (-102.879)).abs() < 0.01);
    }

    #[test]
    fn unit_reads_anchors_from_text() {
        let u = Unit::new(
            Lang::Bg,
            "Ръстът е 4,4% според „Kazinform“?",
            Vec::<String>::new(),
            Vec::<String>::new(),
            true,
        );
        let v = Unit::new(
            Lang::En,
            "Growth is 4.4% according to \"Kazinform\"?",
            Vec::<String>::new(),
            Vec::<String>::new(),
            true,
        );
        let shared = u.anchors.iter().filter(|a| v.anchors.contains(a)).count();
        // 4, 4, %, two quotes, ?, kazinform as a Latin word, as a capitalized word and as
        // a name stem
        assert_eq!(shared, 9, "{u:?} {v:?}");
        assert_eq!(u.chars, "Ръстът е 4,4% според „Kazinform“?".chars().count());
    }

    #[test]
    fn band_covers_a_long_omission() {
        // 40 reference sentences with no counterpart, in the middle of 200.
        let unit = |k: usize| Unit {
            chars: 40 + (k * 37) % 90,
            anchors: vec![fnv1a(AnchorKind::Digits, &k.to_string())],
            paragraph_start: false,
        };
        let src: Vec<Unit> = (0..200).map(unit).collect();
        let mut reference: Vec<Unit> = src[..100].to_vec();
        reference.extend((1000..1040).map(unit));
        reference.extend(src[100..].iter().cloned());
        let (beads, trace) = align_units_traced(&src, &reference, &Params::default());
        let skipped: Vec<_> = beads.iter().filter(|b| b.source.is_empty()).collect();
        assert_eq!(skipped.len(), 40, "{trace:?}");
        assert!(skipped
            .iter()
            .all(|b| (100..140).contains(&b.reference.start)));
        assert!(trace.passes > 1);
    }
}
