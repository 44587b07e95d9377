//! Comparison: pairs the figures and names of a source with those of each reference within
//! aligned beads (and their neighbours), classifies every difference into the contract's
//! kinds, weighs several references against each other, and turns the result into report
//! [`Row`]s.
//!
//! It owns the pairing and the judgement; finding figures and names, and aligning sentences,
//! belong to the stages before it. The steps:
//!
//! 1. per reference ([`RefView`]): figures equal within a bead are paired by an optimal
//!    assignment; what is left is paired with equal figures of the neighbouring beads (an
//!    alignment slip costs nothing); what is still left is paired with differing figures
//!    of the same bead (by relation, digits and position); percentages that trade places
//!    around a year or subject are marked; names are matched likewise, and what is left is
//!    judged with the whole document's pairings at hand (`name_evidence.rs`: the source
//!    writes the reference's name elsewhere but not here, so the name it has in its place is
//!    another);
//! 2. across references: a source figure that every reference contradicts is an error per
//!    reference; one that some references confirm and others contradict is a
//!    `reference_conflict`; a figure that several references have and the source lacks is
//!    an error, one that only a single reference has a warning; two figures of one kind
//!    that several references give the other way round, and none in the source's order,
//!    traded places (`figures_outvoted.rs`);
//! 3. within the source alone: one name spelled two ways.

mod figures_counted;
mod figures_direction;
mod figures_ordinal;
mod figures_outvoted;
mod name_evidence;
mod names_adjacent;
mod names_convention;
mod names_elsewhere;
mod names_foreign;
mod names_foreign_pair;
mod names_generic_word;
mod names_latin;
mod names_odd;
mod names_outvoted;
mod names_quoted;
mod names_repeated;
mod names_slip;
mod names_swapped;
mod names_translated;
mod names_typo;
mod names_unknown;
mod names_variant;
mod names_vowel_slip;
pub mod relation;

use name_evidence::NameIndex;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rust_decimal::Decimal;

use crate::align::{self, Bead};
use crate::figures::{plain, Figure, FigureKind};
use crate::names::{self, translit, Name, NameStatus};
use crate::pipeline::Analyzed;
use crate::report::{self, Kind, Row, Severity, Side};

pub use crate::assign::assign;
pub use figures_ordinal::idioms_table as ordinal_idioms_table;
use relation::{glossed_by, is_range_end};
pub use relation::{relate, Relation};

/// How far (in bytes) from a source figure a conversion of it may stand to count as the
/// source's own addition (`45 мили (72 километра)`).
const CONVERSION_BESIDE_BYTES: usize = 160;

/// Beads the aligner scores below this are low-confidence: their findings drop a severity.
pub const LOW_CONFIDENCE: f64 = 0.3;
/// The cost of leaving a figure unpaired; any plausible pair costs less than two of these.
const UNPAIRED: f64 = 1.0;
/// Extra cost of pairing with a figure of a neighbouring bead rather than one's own.
const NEIGHBOUR_PENALTY: f64 = 0.25;

/// Two names' similarity ([`names::name_similarity`]) from which their spellings are alike
/// enough to be one name's (`Пиуг` and `Пуч`, 0.75), not one name put for another
/// (`Jacquemus` and `Vienna`, 0.43).
const SPELLINGS_ALIKE: f64 = 0.6;

/// A figure or name: its sentence and its index in that sentence's list.
type Id = (usize, usize);

/// The references (by index) that share one finding, each with its figure or name.
type Members = Vec<(usize, Id)>;

/// Checks one source against its references; rows come back in the contract's order.
pub fn check(doc_id: &str, source: &Analyzed, references: &[Analyzed]) -> Vec<Row> {
    let aligned: Vec<(&Analyzed, Vec<Bead>)> = references
        .iter()
        .map(|r| (r, align::align(source, r)))
        .collect();
    check_aligned(doc_id, source, &aligned)
}

/// [`check`] with the sentence alignment given: each reference with its beads.
pub fn check_aligned(
    doc_id: &str,
    source: &Analyzed,
    references: &[(&Analyzed, Vec<Bead>)],
) -> Vec<Row> {
    // Each reference's view is its own: in a long document they are built side by side.
    let mut views: Vec<RefView> =
        if source.sentences.len() >= crate::pipeline::PARALLEL_MIN_SENTENCES {
            use rayon::prelude::*;
            references
                .par_iter()
                .map(|(r, beads)| RefView::build(source, r, beads))
                .collect()
        } else {
            references
                .iter()
                .map(|(r, beads)| RefView::build(source, r, beads))
                .collect()
        };
    figures_outvoted::mark_order_outvoted(source, &mut views);
    figures_outvoted::mark_ends_traded(source, &mut views);
    figures_counted::mark_counted_swaps(source, &mut views);
    figures_direction::mark_directions(source, &mut views);
    let mut rows = Vec::new();
    let ctx = Ctx {
        doc_id,
        source,
        views: &views,
        misspelt: misspelt_names(source, &views),
        indexes: views
            .iter()
            .map(|view| NameIndex::build(source, view))
            .collect(),
        reference_words: views.iter().map(|_| std::cell::OnceCell::new()).collect(),
        source_words: std::cell::OnceCell::new(),
        source_sentence_words: std::cell::OnceCell::new(),
    };
    ctx.figure_rows(&mut rows);
    ctx.missing_figure_rows(&mut rows);
    ctx.ordinal_rows(&mut rows);
    ctx.name_rows(&mut rows);
    ctx.missing_name_rows(&mut rows);
    ctx.sentence_rows(&mut rows);
    ctx.inconsistent_name_rows(&mut rows);
    ctx.latin_name_rows(&mut rows);
    ctx.foreign_word_rows(&mut rows);
    ctx.unknown_latin_rows(&mut rows);
    ctx.spelt_otherwise_rows(&mut rows);
    ctx.near_spelling_rows(&mut rows);
    ctx.mixed_script_rows(&mut rows);
    ctx.consonants_outvoted(&mut rows);
    ctx.unknown_name_rows(&mut rows);
    ctx.slipped_word_rows(&mut rows);
    report::sort(&mut rows);
    rows
}

/// How a source figure or name was paired in one reference.
#[derive(Clone, Copy, Debug)]
struct Pairing {
    reference: Id,
    relation: Relation,
}

/// What one reference says about the source: the pairings, and what is left over.
pub struct RefView<'a> {
    reference: &'a Analyzed,
    /// Source figure → its counterpart in this reference.
    figures: HashMap<Id, Pairing>,
    /// Source name → its counterpart (`relation` is `Equal` or `Number` for a different name).
    names: HashMap<Id, Pairing>,
    /// Source sentences without a counterpart sentence in this reference.
    uncovered: HashSet<usize>,
    /// Source sentences in low-confidence beads.
    low: HashSet<usize>,
    /// Source names paired by place only, with nothing else to back the pairing.
    weak_names: HashSet<Id>,
    /// Source names that continue the name before them, cut off by the names stage (`Райдър`
    /// after `Ню`), or stand right before one (`Досеба` before `Корея`, `names_adjacent.rs`)
    /// → that name.
    joined_names: HashMap<Id, Id>,
    /// Source names paired with a reference name that the source writes elsewhere in the
    /// document (paired there) but not in this sentence → that spelling elsewhere.
    proven_names: HashMap<Id, Id>,
    /// Source names of more words than the reference name paired with them by place, whose
    /// other words the reference sentence writes (`Даян Арисабалага` against `Фейнстейн`, the
    /// reference's `Дайана` found by no name) → the word the reference has another name for.
    partly_written: HashMap<Id, String>,
    /// Source names paired with a reference name that repeats, in its sentence, a name the
    /// source writes there once (`names_repeated.rs`) → the source name paired with the
    /// reference's other one.
    repeated_names: HashMap<Id, Id>,
    /// Reference figures without a counterpart: (figure, the source sentence of its bead).
    missing: Vec<(Id, usize)>,
    /// Reference names without a counterpart: (name, the source sentence of its bead).
    missing_names: Vec<(Id, usize)>,
    /// Reference names absent from the source that are made of ordinary words of their
    /// language (`Game of Thrones`, `Комитета`): the source may well have translated them, so
    /// their absence proves nothing (`NameStatus::Unproven`).
    unproven_names: HashSet<Id>,
    /// Reference sentences without a counterpart: (sentence, the source sentence before).
    unaligned: Vec<(usize, Option<usize>)>,
    /// Source sentence → the reference sentences of its bead.
    counterparts: HashMap<usize, Range<usize>>,
    /// Source sentence → the source sentences of its bead.
    source_beads: HashMap<usize, Range<usize>>,
    /// Source figures of two bare counts this reference counts the other way round
    /// (`figures_counted.rs`) → what each side counts with them, said for the row.
    counted_swaps: HashMap<Id, String>,
}

fn ids<T>(lists: &[Vec<T>], sentences: Range<usize>) -> Vec<Id> {
    sentences
        .flat_map(|s| (0..lists.get(s).map_or(0, Vec::len)).map(move |i| (s, i)))
        .collect()
}

/// Where a figure sits in its bead, from 0 (start) to 1 (end), for preferring pairs in the
/// same part of the sentence.
fn position(doc: &Analyzed, range: &Range<usize>, id: Id) -> f64 {
    let (Some(sentence), Some(fig)) = (doc.sentences.get(id.0), figure(doc, id)) else {
        return 0.0;
    };
    let within =
        fig.offset.saturating_sub(sentence.offset) as f64 / sentence.text.len().max(1) as f64;
    ((id.0.saturating_sub(range.start)) as f64 + within.min(1.0)) / range.len().max(1) as f64
}

/// How far apart two figures stand in their bead's sentences, as shares of their length.
fn distance(source: &Analyzed, reference: &Analyzed, bead: &Bead, sid: Id, rid: Id) -> f64 {
    (position(source, &bead.source, sid) - position(reference, &bead.reference, rid)).abs()
}

fn figure(doc: &Analyzed, id: Id) -> Option<&Figure> {
    doc.figures.get(id.0)?.get(id.1)
}

/// Whether `f`, a figure of sentence `sentence` of `doc` with no qualifier, stands against
/// `other`, which has a bound (`over`, `under`), while a word of that bound stands elsewhere
/// in the sentence (its language's qualifier tables).
fn bound_said_apart(doc: &Analyzed, sentence: usize, f: &Figure, other: &Figure) -> bool {
    use crate::figures::Approx;
    if f.approx != Approx::Exact || !matches!(other.approx, Approx::Over | Approx::Under) {
        return false;
    }
    let Some(text) = doc.sentences.get(sentence).map(|s| s.text.as_str()) else {
        return false;
    };
    let d = crate::figures::lexicon::data(doc.doc.lang);
    let tables = [
        &d.qualifiers_before,
        &d.qualifiers_after,
        &d.qualifiers_after_noun,
    ];
    text.char_indices()
        .filter(|&(i, _)| {
            text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .any(|(i, _)| {
            tables
                .iter()
                .any(|t| t.longest(text, i).is_some_and(|(&a, _)| a == other.approx))
        })
}

/// The text of sentences `range` of `doc`, joined by a space.
fn sentences_text(doc: &Analyzed, range: &Range<usize>) -> String {
    range
        .clone()
        .filter_map(|i| doc.sentences.get(i).map(|s| s.text.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn name(doc: &Analyzed, id: Id) -> Option<&Name> {
    doc.names.get(id.0)?.get(id.1)
}

/// Where a figure or name stands in its document: its sentence and byte offset.
type Place = (usize, usize);

/// How two figures of one kind that trade places around names are reported: percentages
/// (and shares) as [`Relation::PercentSwap`], money, measures and counts as
/// [`Relation::FigureSwap`] when both have the same unit; `None` for figures that do not
/// take part (years, dates and ordinals say when or which, not how much).
fn swap_class(f: &Figure) -> Option<Relation> {
    match f.kind {
        FigureKind::Percent | FigureKind::PercentPoints | FigureKind::Fraction => {
            Some(Relation::PercentSwap)
        }
        FigureKind::Money | FigureKind::Measure => Some(Relation::FigureSwap),
        FigureKind::Number if !relation::looks_like_year(f) => Some(Relation::FigureSwap),
        _ => None,
    }
}

/// Where each source item (figure or name) of sentences `sources` that the pairings pair as
/// equal with an item within reference sentences `within` stands, on both sides, with its
/// source id: the places that keep their order when two figures trade places.
fn equal_places<T>(
    pairings: &HashMap<Id, Pairing>,
    items: &[Vec<T>],
    source: &Analyzed,
    reference: &Analyzed,
    sources: Range<usize>,
    within: &Range<usize>,
    offset: impl Fn(&Analyzed, Id) -> Option<usize>,
) -> Vec<(Id, (Place, Place))> {
    ids(items, sources)
        .into_iter()
        .filter_map(|sid| {
            let p = pairings.get(&sid)?;
            if p.relation != Relation::Equal || !within.contains(&p.reference.0) {
                return None;
            }
            Some((
                sid,
                (
                    (sid.0, offset(source, sid)?),
                    (p.reference.0, offset(reference, p.reference)?),
                ),
            ))
        })
        .collect()
}

/// How two figures that trade places are reported ([`swap_class`]), when they can: both of
/// one class, money, measures and counts of one kind and unit, and not the same value (two
/// equal figures trading places change nothing).
fn swap_pair(a: &Figure, b: &Figure) -> Option<Relation> {
    let class = swap_class(a)?;
    let same_class = Some(class) == swap_class(b)
        && (class == Relation::PercentSwap || (a.kind == b.kind && same_base_unit(a, b)));
    (same_class && !(a.value == b.value && a.high == b.high)).then_some(class)
}

/// Whether two figures are counted in one unit, a per-unit said with only one of them aside:
/// `от 3,05 лв. на 3,42 лв. за кубичен метър` puts the price per cubic metre on the second
/// alone, in every language, though both are prices of a cubic metre.
fn same_base_unit(a: &Figure, b: &Figure) -> bool {
    fn base(unit: &str) -> &str {
        unit.split('/').next().unwrap_or(unit)
    }
    match (a.unit.as_deref(), b.unit.as_deref()) {
        (Some(x), Some(y)) => x == y || (base(x) == base(y) && (x == base(x)) != (y == base(y))),
        (x, y) => x == y,
    }
}

/// Whether two figures (`first` before `second` in the source, each as source and reference
/// place) crossed while the paired `names` around them kept their order: at least one name
/// stands between them in the source, or, side by side, one before and one after them; and
/// the names between them and the nearest name outside each, with the two figures put back in
/// each other's place in the reference, stand in the reference in the source's order.
fn names_keep_their_places(
    names: &[(Place, Place)],
    first: (Place, Place),
    second: (Place, Place),
) -> bool {
    let between: Vec<(Place, Place)> = names
        .iter()
        .copied()
        .filter(|n| first.0 < n.0 && n.0 < second.0)
        .collect();
    let before = names.iter().copied().filter(|n| n.0 < first.0).max();
    let after = names.iter().copied().filter(|n| n.0 > second.0).min();
    // Side by side, the two need a name on either side that keeps its place.
    if between.is_empty() && (before.is_none() || after.is_none()) {
        return false;
    }
    // The figures put back: each takes the other's reference place.
    let mut items: Vec<(Place, Place)> = vec![(first.0, second.1), (second.0, first.1)];
    items.extend(between);
    items.extend(before);
    items.extend(after);
    items.sort();
    items.windows(2).all(|w| w[0].1 < w[1].1)
}

/// Whether reference figure `r`, equal to source figure `s`, says less than `s`: a plain
/// number where `s` is a percentage or percentage points (the same number, with what it counts
/// left unsaid), or an amount where `s` is a price or rate per something (`a kilogram of bread
/// at 2.35 leva` against `2,35 лв. за килограм`: the per-unit said apart or not at all). It
/// cannot back the source against a reference that gives another per-unit.
fn says_less(s: &Figure, r: &Figure) -> bool {
    let percentish = |f: &Figure| matches!(f.kind, FigureKind::Percent | FigureKind::PercentPoints);
    percentish(s) && r.kind == FigureKind::Number || relation::is_rate(s) && !relation::is_rate(r)
}

/// How far apart (in bytes) a figure and the conversion a text gives of it stand at most:
/// `85 миля/сағ (137 км/сағ)`.
const GLOSS_REACH: usize = 40;

/// A figure of sentence `sentence` of `doc` that `f` converts within rounding (`385 miles`
/// for `619 km`). With `within`, only one written within that many bytes of `f`: a conversion
/// a text adds is given right beside its figure (`45 мили (72 километра)`, `12 mph (19
/// km/h)`), and a sentence of thousands of figures (a table on one line) must not cost their
/// square.
fn converted_in<'d>(
    doc: &'d Analyzed,
    sentence: usize,
    f: &Figure,
    within: Option<usize>,
) -> Option<&'d Figure> {
    doc.figures.get(sentence)?.iter().find(|o| {
        within.is_none_or(|n| o.offset.abs_diff(f.offset) <= n)
            && relate(o, f) == Relation::Converted
    })
}

/// Whether reference figure `rid` is the reference's own conversion of another of `r_ids`
/// given in the unit of source figure `s` (`12 mph (19 km/h)` against the source's mph):
/// then that other figure, changed or not, is the counterpart of `s`, not the conversion.
fn is_gloss(reference: &Analyzed, r_ids: &[Id], s: &Figure, rid: Id) -> bool {
    let Some(r) = figure(reference, rid) else {
        return false;
    };
    r_ids.iter().any(|&other| {
        other != rid
            && figure(reference, other)
                .is_some_and(|o| o.offset.abs_diff(r.offset) <= GLOSS_REACH && glossed_by(s, o, r))
    })
}

/// The cost of pairing two differing figures: the relation, how alike the digits are, and
/// how far apart they sit.
fn difference_cost(s: &Figure, r: &Figure, rel: Relation, distance: f64) -> Option<f64> {
    let base = rel.cost()?;
    // Two numbers in words, a rank and a count, are no changed number (`номер три` against
    // `четыре мяча`). (A measure against a bare count may be: `работят пет седмично`, with
    // the unit left out, against `a four-day week`.)
    let rank = |f: &Figure| f.kind == FigureKind::Ordinal;
    if is_soft(s) && is_soft(r) && rank(s) != rank(r) {
        return None;
    }
    let digits = match (s.date, r.date) {
        (Some(a), Some(b)) => date_likeness(a, b),
        _ => strsim::normalized_levenshtein(&plain(s.value), &plain(r.value)),
    };
    let kind_penalty = if s.kind == r.kind { 0.0 } else { 0.1 };
    Some(base + 0.3 * (1.0 - digits) + kind_penalty + 0.1 * distance)
}

/// How alike two dates are, part by part: the year's digits as for any number, and a month
/// or day each the same or not, where both sides give it. Two days of one changed month
/// (`6 и 7 юли` against `6–7 июня`) then pair day with day, not crosswise.
fn date_likeness(a: crate::figures::DateValue, b: crate::figures::DateValue) -> f64 {
    let mut parts = vec![strsim::normalized_levenshtein(
        &a.year.to_string(),
        &b.year.to_string(),
    )];
    for (x, y) in [(a.month, b.month), (a.day, b.day)] {
        if let (Some(x), Some(y)) = (x, y) {
            parts.push(if x == y { 1.0 } else { 0.0 });
        }
    }
    parts.iter().sum::<f64>() / parts.len() as f64
}

impl<'a> RefView<'a> {
    /// Pairs the source with one reference.
    pub fn build(source: &Analyzed, reference: &'a Analyzed, beads: &[Bead]) -> RefView<'a> {
        let mut view = RefView {
            reference,
            figures: HashMap::new(),
            names: HashMap::new(),
            uncovered: HashSet::new(),
            low: HashSet::new(),
            weak_names: HashSet::new(),
            joined_names: HashMap::new(),
            proven_names: HashMap::new(),
            partly_written: HashMap::new(),
            repeated_names: HashMap::new(),
            missing: Vec::new(),
            missing_names: Vec::new(),
            unproven_names: HashSet::new(),
            unaligned: Vec::new(),
            counterparts: HashMap::new(),
            source_beads: HashMap::new(),
            counted_swaps: HashMap::new(),
        };
        for bead in beads {
            for s in bead.source.clone() {
                view.counterparts.insert(s, bead.reference.clone());
                view.source_beads.insert(s, bead.source.clone());
            }
            if bead.reference.is_empty() {
                view.uncovered.extend(bead.source.clone());
            }
            if bead.score < LOW_CONFIDENCE {
                view.low.extend(bead.source.clone());
            }
            if bead.source.is_empty() {
                let before = bead.source.start.checked_sub(1);
                view.unaligned
                    .extend(bead.reference.clone().map(|r| (r, before)));
            }
        }
        view.pair_figures(source, beads);
        view.pair_names(source, beads);
        view.mark_name_swaps(source, beads);
        view
    }

    fn pair_figures(&mut self, source: &Analyzed, beads: &[Bead]) {
        let reference = self.reference;
        let mut ref_paired: HashSet<Id> = HashSet::new();
        let both = |b: &Bead| !b.source.is_empty() && !b.reference.is_empty();

        // 0. A height in feet and inches against one length (`6 фута и 6 инча`, `198 см`):
        // before the feet alone meet the length within their rounding.
        for bead in beads.iter().filter(|b| both(b)) {
            self.pair_feet_and_inches(source, bead, &mut ref_paired);
        }

        // 1. Equal figures within each bead, then figures that convert: `800 км/ч (494 м/ч)`
        // against `800 kph (497 mph)` pairs 800 with 800 and leaves 494 against 497, rather
        // than two conversions across that hide the changed digit.
        for exact in [true, false] {
            for bead in beads.iter().filter(|b| both(b)) {
                let (s_ids, r_ids) = self.unpaired(source, bead, &ref_paired);
                let glosses = |s: &Figure, rid: Id| is_gloss(reference, &r_ids, s, rid);
                self.pair_set(source, &s_ids, &r_ids, &mut ref_paired, |s, r, sid, rid| {
                    let rel = relate(s, r);
                    let d = distance(source, reference, bead, sid, rid);
                    let wanted = if exact {
                        rel == Relation::Equal
                    } else {
                        rel.is_same() && !glosses(s, rid)
                    };
                    wanted.then(|| rel.cost().unwrap_or(0.0) + 0.1 * d)
                });
            }
        }

        // 2. Equal figures in the neighbouring beads: a small alignment slip costs nothing.
        for (b, bead) in beads.iter().enumerate() {
            if bead.source.is_empty() {
                continue;
            }
            let s_ids: Vec<Id> = ids(&source.figures, bead.source.clone())
                .into_iter()
                .filter(|id| !self.figures.contains_key(id))
                .collect();
            let neighbours = [b.wrapping_sub(1), b + 1];
            // A neighbour's figure that its own source sentence may still meet (a figure of
            // the same kind left there, `2011 г.` against `2012`, or a year against a number
            // that reads as one, `2013 г.` against `London 2012`) is that sentence's to pair:
            // a changed year in each of two sentences is no slip.
            let own_partner_left = |nb: &Bead, r: &Figure| {
                ids(&source.figures, nb.source.clone())
                    .into_iter()
                    .filter(|id| !self.figures.contains_key(id))
                    .filter_map(|id| figure(source, id))
                    .any(|o| {
                        (o.kind == r.kind && o.unit == r.unit) || relate(o, r) == Relation::Date
                    })
            };
            let r_ids: Vec<Id> = neighbours
                .iter()
                .filter_map(|&n| beads.get(n))
                .flat_map(|nb| {
                    ids(&reference.figures, nb.reference.clone())
                        .into_iter()
                        .filter(|&id| {
                            figure(reference, id).is_some_and(|r| !own_partner_left(nb, r))
                        })
                })
                .filter(|id| !ref_paired.contains(id))
                .collect();
            self.pair_set(source, &s_ids, &r_ids, &mut ref_paired, |s, r, _, _| {
                // A small number in words (`три`, `five`) turns up in most sentences: meeting
                // one next door is no sign of a slip, and would hide a changed one here.
                if is_soft(s) {
                    return None;
                }
                let rel = relate(s, r);
                rel.is_same()
                    .then(|| rel.cost().unwrap_or(0.0) + NEIGHBOUR_PENALTY)
            });
        }

        // 2b. A range against its two ends written apart (`около 55-60 минути` against `55, 60
        // minutes`): the same alternatives, said another way.
        for bead in beads.iter().filter(|b| both(b)) {
            self.pair_range_ends(source, bead, &mut ref_paired);
        }

        // 2c. A share against its part and whole written apart (`осем от десетте` against
        // `восемь из десяти`, 0.8): the same figure said another way, or, when the whole is the
        // same and the part is not, a changed part.
        for bead in beads.iter().filter(|b| both(b)) {
            self.pair_share_parts(source, bead, &mut ref_paired);
        }

        // 3. Differing figures within each bead.
        for bead in beads.iter().filter(|b| both(b)) {
            let (s_ids, r_ids) = self.unpaired(source, bead, &ref_paired);
            self.pair_set(source, &s_ids, &r_ids, &mut ref_paired, |s, r, sid, rid| {
                let rel = relate(s, r);
                if rel == Relation::Converted && is_gloss(reference, &r_ids, s, rid) {
                    return None;
                }
                let d = distance(source, reference, bead, sid, rid);
                difference_cost(s, r, rel, d)
            });
            self.mark_swaps(source, bead);
        }

        // 3d. A source sentence the aligner left without a reference, beside a bead whose
        // reference keeps a figure of the same kind and unit unpaired: the reference joined
        // the two sentences, and a figure changed in the one left out is what parted them
        // (`Сега 5G е достъпна в 12 града.` beside `…; it is now available in 20 cities.`). A
        // figure the joined sentence gives as it is (the `5` of `5G`) is no changed one.
        for (b, bead) in beads.iter().enumerate() {
            if bead.source.is_empty() || !bead.reference.is_empty() {
                continue;
            }
            let joined: Vec<Id> = [b.wrapping_sub(1), b + 1]
                .iter()
                .filter_map(|&n| beads.get(n))
                .filter(|nb| both(nb))
                .flat_map(|nb| ids(&reference.figures, nb.reference.clone()))
                .collect();
            let given = |s: &Figure| {
                joined
                    .iter()
                    .filter_map(|&id| figure(reference, id))
                    .any(|r| relate(s, r).is_same())
            };
            let s_ids: Vec<Id> = ids(&source.figures, bead.source.clone())
                .into_iter()
                .filter(|id| !self.figures.contains_key(id))
                .filter(|&id| figure(source, id).is_some_and(|s| !given(s)))
                .collect();
            let r_ids: Vec<Id> = joined
                .iter()
                .copied()
                .filter(|id| !ref_paired.contains(id))
                .collect();
            self.pair_set(source, &s_ids, &r_ids, &mut ref_paired, |s, r, _, _| {
                if s.kind != r.kind || s.unit != r.unit || is_soft(s) || is_soft(r) {
                    return None;
                }
                difference_cost(s, r, relate(s, r), 1.0).map(|c| c + NEIGHBOUR_PENALTY)
            });
        }

        // 3a. A changed digit that left a value no reading takes for what the reference gives
        // (`0 ноември` against `November 6`, `65:00 часа` against `3 p.m.`): the two figures
        // are read as different kinds and no step above pairs them.
        for bead in beads.iter().filter(|b| both(b)) {
            self.pair_one_digit_apart(source, bead, &mut ref_paired);
        }

        // 3c. A date whose day one side gives apart (`през септември 1882 г., на 30-и`
        // against `September 30, 1882`): the same date said another way, no dropped day.
        for bead in beads.iter().filter(|b| both(b)) {
            self.day_given_apart(source, bead, &mut ref_paired);
        }

        // 3b. Twins (the same figure written twice in a bead, `0-0`) are interchangeable: give
        // the better pairing to the first, so that every reference says the same of each twin.
        for bead in beads.iter().filter(|b| both(b)) {
            self.order_twins(source, bead);
        }

        // 4. Reference figures still unpaired in a bead that has source text are missing.
        for bead in beads.iter().filter(|b| both(b)) {
            for id in ids(&reference.figures, bead.reference.clone()) {
                if !ref_paired.contains(&id) {
                    self.missing.push((id, bead.source.start));
                }
            }
        }
    }

    /// Pairs a reference figure left unpaired in `bead` with the bead's one unpaired source
    /// figure (or two written together across a colon or dot, `65:00`) whose digits are the
    /// reference's with one digit changed, as [`Relation::Number`]. Whatever the two were read
    /// as (`0 ноември` is no date, a day 0 being none), the reader sees one figure changed,
    /// not one missing and another added.
    fn pair_one_digit_apart(
        &mut self,
        source: &Analyzed,
        bead: &Bead,
        ref_paired: &mut HashSet<Id>,
    ) {
        let (s_ids, r_ids) = self.unpaired(source, bead, ref_paired);
        if s_ids.is_empty() || r_ids.is_empty() {
            return;
        }
        let digits = |t: &str| -> String { t.chars().filter(char::is_ascii_digit).collect() };
        // Each unpaired source figure alone, and with the next one when only `:` or `.`
        // stands between them.
        let mut candidates: Vec<(Id, String)> = Vec::new();
        for (i, &sid) in s_ids.iter().enumerate() {
            let Some(s) = figure(source, sid) else {
                continue;
            };
            let mut d = digits(&s.text);
            if let Some(next) = s_ids.get(i + 1).and_then(|&n| figure(source, n)) {
                let gap = source.doc.text.get(
                    s.offset.saturating_sub(source.doc.base) + s.text.len()
                        ..next.offset.saturating_sub(source.doc.base),
                );
                if matches!(gap, Some(":" | ".")) {
                    d.push_str(&digits(&next.text));
                }
            }
            candidates.push((sid, d));
        }
        for &rid in &r_ids {
            let Some(r) = figure(self.reference, rid) else {
                continue;
            };
            let want = digits(&r.text);
            let apart = |d: &str| {
                d.len() == want.len()
                    && d.chars().zip(want.chars()).filter(|(a, b)| a != b).count() == 1
            };
            let found: Vec<Id> = candidates
                .iter()
                .filter(|(sid, d)| !self.figures.contains_key(sid) && apart(d))
                .map(|&(sid, _)| sid)
                .collect();
            if let [sid] = found[..] {
                self.figures.insert(
                    sid,
                    Pairing {
                        reference: rid,
                        relation: Relation::Number,
                    },
                );
                ref_paired.insert(rid);
            }
        }
    }

    /// A date paired as [`Relation::Date`] only because its day is given on one side (the
    /// same month of the same year) becomes [`Relation::Reworded`] when the side without the
    /// day gives that day as a figure of its own in the bead, left unpaired (a reference's
    /// such figure is then taken, not reported missing).
    fn day_given_apart(&mut self, source: &Analyzed, bead: &Bead, ref_paired: &mut HashSet<Id>) {
        let reference = self.reference;
        let (s_free, r_free) = self.unpaired(source, bead, ref_paired);
        let is_day = |f: &Figure, day: u32| {
            matches!(f.kind, FigureKind::Number | FigureKind::Ordinal)
                && f.high.is_none()
                && f.value == Decimal::from(day)
        };
        for sid in ids(&source.figures, bead.source.clone()) {
            let Some(p) = self.figures.get(&sid).copied() else {
                continue;
            };
            if p.relation != Relation::Date {
                continue;
            }
            let (Some(s), Some(r)) = (figure(source, sid), figure(reference, p.reference)) else {
                continue;
            };
            let (Some(a), Some(b)) = (s.date, r.date) else {
                continue;
            };
            if a.year != b.year || a.month.is_none() || a.month != b.month {
                continue;
            }
            let apart = match (a.day, b.day) {
                (None, Some(day)) => s_free
                    .iter()
                    .any(|&id| figure(source, id).is_some_and(|f| is_day(f, day))),
                (Some(day), None) => {
                    let found = r_free.iter().copied().find(|&id| {
                        !ref_paired.contains(&id)
                            && figure(reference, id).is_some_and(|f| is_day(f, day))
                    });
                    if let Some(id) = found {
                        ref_paired.insert(id);
                    }
                    found.is_some()
                }
                _ => false,
            };
            if apart {
                self.figures.insert(
                    sid,
                    Pairing {
                        reference: p.reference,
                        relation: Relation::Reworded,
                    },
                );
            }
        }
    }

    /// The figures of a bead not paired yet: the source's, then the reference's.
    fn unpaired(
        &self,
        source: &Analyzed,
        bead: &Bead,
        ref_paired: &HashSet<Id>,
    ) -> (Vec<Id>, Vec<Id>) {
        let source_ids = ids(&source.figures, bead.source.clone())
            .into_iter()
            .filter(|id| !self.figures.contains_key(id))
            .collect();
        let reference_ids = ids(&self.reference.figures, bead.reference.clone())
            .into_iter()
            .filter(|id| !ref_paired.contains(id))
            .collect();
        (source_ids, reference_ids)
    }

    /// Pairs a range on one side with its two ends given as two figures on the other, both
    /// ways, within one bead; the pairs are [`Relation::Reworded`].
    fn pair_range_ends(&mut self, source: &Analyzed, bead: &Bead, ref_paired: &mut HashSet<Id>) {
        let reference = self.reference;
        let (s_free, r_free) = self.unpaired(source, bead, ref_paired);
        let ends = |range: &Figure, list: &[Id], doc: &Analyzed, taken: &dyn Fn(Id) -> bool| {
            let find = |top: bool| {
                list.iter().copied().find(|&id| {
                    !taken(id) && figure(doc, id).is_some_and(|f| is_range_end(range, f, top))
                })
            };
            find(false).zip(find(true))
        };
        // A source range, two reference figures.
        for &sid in &s_free {
            let Some(s) = figure(source, sid).filter(|f| f.high.is_some()) else {
                continue;
            };
            let taken = |id: Id| ref_paired.contains(&id);
            if let Some((low, high)) = ends(s, &r_free, reference, &taken) {
                self.figures.insert(
                    sid,
                    Pairing {
                        reference: low,
                        relation: Relation::Reworded,
                    },
                );
                ref_paired.insert(low);
                ref_paired.insert(high);
            }
        }
        // A reference range, two source figures.
        for &rid in &r_free {
            if ref_paired.contains(&rid) {
                continue;
            }
            let Some(r) = figure(reference, rid).filter(|f| f.high.is_some()) else {
                continue;
            };
            let taken = |id: Id| self.figures.contains_key(&id);
            if let Some((low, high)) = ends(r, &s_free, source, &taken) {
                for sid in [low, high] {
                    self.figures.insert(
                        sid,
                        Pairing {
                            reference: rid,
                            relation: Relation::Reworded,
                        },
                    );
                }
                ref_paired.insert(rid);
            }
        }
    }

    /// A share on one side (`восемь из десяти`, 0.8) against its part and whole as two
    /// counts written next to each other on the other (`осем от десетте`, `оннан сегізі`).
    /// The part meets the share (said another way, or a changed number when the whole times
    /// the share is another whole number), the whole is accounted for.
    fn pair_share_parts(&mut self, source: &Analyzed, bead: &Bead, ref_paired: &mut HashSet<Id>) {
        let reference = self.reference;
        let (s_free, r_free) = self.unpaired(source, bead, ref_paired);
        // Of the free figures of one side, a part and a whole next to each other, and the
        // relation of the part to `share`: Reworded when part / whole is the share, Number
        // when the whole of the share's part is a different whole number.
        let parts = |share: &Figure, list: &[Id], doc: &Analyzed, taken: &dyn Fn(Id) -> bool| {
            let value = share.share()?;
            if share.kind != FigureKind::Fraction || value <= Decimal::ZERO || value >= Decimal::ONE
            {
                return None;
            }
            let counts: Vec<(Id, &Figure)> = list
                .iter()
                .filter(|&&id| !taken(id))
                .filter_map(|&id| Some((id, figure(doc, id)?)))
                .filter(|(_, f)| is_whole_count(f))
                .collect();
            for &(a, fa) in &counts {
                for &(b, fb) in &counts {
                    let (first, second) = if fa.offset < fb.offset {
                        (fa, fb)
                    } else {
                        continue;
                    };
                    if second.offset - (first.offset + first.text.len()) > SHARE_PARTS_GAP {
                        continue;
                    }
                    // `осем от десетте` (part, whole) or kk `оннан сегізі` (whole, part).
                    let (part, whole, part_id, whole_id) = if fa.value < fb.value {
                        (fa, fb, a, b)
                    } else {
                        (fb, fa, b, a)
                    };
                    let said = value * whole.value;
                    if !said.fract().is_zero() {
                        continue;
                    }
                    let ratio = part.value / whole.value;
                    let relation = if (ratio - value).abs() < Decimal::new(1, 6) {
                        Relation::Reworded
                    } else {
                        Relation::Number
                    };
                    return Some((part_id, whole_id, relation));
                }
            }
            None
        };
        // A reference share, the part and whole in the source.
        for &rid in &r_free {
            let Some(r) = figure(reference, rid) else {
                continue;
            };
            let taken = |id: Id| self.figures.contains_key(&id);
            if let Some((part, whole, relation)) = parts(r, &s_free, source, &taken) {
                self.figures.insert(
                    part,
                    Pairing {
                        reference: rid,
                        relation,
                    },
                );
                self.figures.insert(
                    whole,
                    Pairing {
                        reference: rid,
                        relation: Relation::Reworded,
                    },
                );
                ref_paired.insert(rid);
            }
        }
        // A source share, the part and whole in the reference.
        for &sid in &s_free {
            if self.figures.contains_key(&sid) {
                continue;
            }
            let Some(s) = figure(source, sid) else {
                continue;
            };
            let taken = |id: Id| ref_paired.contains(&id);
            if let Some((part, whole, relation)) = parts(s, &r_free, reference, &taken) {
                self.figures.insert(
                    sid,
                    Pairing {
                        reference: part,
                        relation,
                    },
                );
                ref_paired.insert(part);
                ref_paired.insert(whole);
            }
        }
    }

    /// `6 фута и 6 инча` against `198 см`: a height in feet and inches, two figures, against
    /// one length that converts from the sum, both ways; the pairs are conversions.
    fn pair_feet_and_inches(
        &mut self,
        source: &Analyzed,
        bead: &Bead,
        ref_paired: &mut HashSet<Id>,
    ) {
        let reference = self.reference;
        let (free_s, free_r) = self.unpaired(source, bead, ref_paired);
        // The sum in inches of a feet figure and the inches figure right after it.
        let height = |doc: &Analyzed, list: &[Id]| -> Vec<(Id, Id, Figure)> {
            list.windows(2)
                .filter_map(|w| {
                    let (a, b) = (figure(doc, w[0])?, figure(doc, w[1])?);
                    let plain = |f: &Figure, u: &str| {
                        f.kind == FigureKind::Measure
                            && f.unit.as_deref() == Some(u)
                            && f.high.is_none()
                    };
                    if !(plain(a, "ft") && plain(b, "in")) {
                        return None;
                    }
                    let mut sum = b.clone();
                    sum.value = a.value.checked_mul(rust_decimal::Decimal::from(12))? + b.value;
                    Some((w[0], w[1], sum))
                })
                .collect()
        };
        for (feet, inches, sum) in height(source, &free_s) {
            let found = free_r.iter().copied().find(|&rid| {
                !ref_paired.contains(&rid)
                    && figure(reference, rid)
                        .is_some_and(|r| relate(&sum, r) == Relation::Converted)
            });
            if let Some(rid) = found {
                for sid in [feet, inches] {
                    let pairing = Pairing {
                        reference: rid,
                        relation: Relation::Converted,
                    };
                    self.figures.insert(sid, pairing);
                }
                ref_paired.insert(rid);
            }
        }
        for (feet, inches, sum) in height(reference, &free_r) {
            if ref_paired.contains(&feet) || ref_paired.contains(&inches) {
                continue;
            }
            let found = free_s.iter().copied().find(|&sid| {
                !self.figures.contains_key(&sid)
                    && figure(source, sid).is_some_and(|s| relate(s, &sum) == Relation::Converted)
            });
            if let Some(sid) = found {
                self.figures.insert(
                    sid,
                    Pairing {
                        reference: feet,
                        relation: Relation::Converted,
                    },
                );
                ref_paired.insert(feet);
                ref_paired.insert(inches);
            }
        }
    }

    /// Runs one optimal assignment and records its pairs.
    fn pair_set(
        &mut self,
        source: &Analyzed,
        s_ids: &[Id],
        r_ids: &[Id],
        ref_paired: &mut HashSet<Id>,
        cost: impl Fn(&Figure, &Figure, Id, Id) -> Option<f64>,
    ) {
        let reference = self.reference;
        let pairs = assign(s_ids.len(), r_ids.len(), UNPAIRED, |i, j| {
            let s = figure(source, s_ids[i])?;
            let r = figure(reference, r_ids[j])?;
            cost(s, r, s_ids[i], r_ids[j])
        });
        for (i, j) in pairs {
            let (Some(s), Some(r)) = (figure(source, s_ids[i]), figure(reference, r_ids[j])) else {
                continue;
            };
            let mut relation = relate(s, r);
            if relation == Relation::Date && same_years_back(s, source, r, reference) {
                relation = Relation::Equal;
            }
            self.figures.insert(
                s_ids[i],
                Pairing {
                    reference: r_ids[j],
                    relation,
                },
            );
            ref_paired.insert(r_ids[j]);
        }
    }

    /// Hands the pairings of a bead's twin source figures (equal in every field but their
    /// place) out in order: the closest relation to the first twin, then by the reference
    /// figure's place. An assignment may pair either twin with the equal reference figure, and
    /// two references choosing differently would look like references that disagree
    /// (`2-0` against the source's `0-0`: each reference pairs one `0` with its `0` and the
    /// other with its `2`).
    fn order_twins(&mut self, source: &Analyzed, bead: &Bead) {
        let same = |a: &Figure, b: &Figure| {
            (a.kind, a.value, a.high, &a.unit, a.approx, a.scale, a.date)
                == (b.kind, b.value, b.high, &b.unit, b.approx, b.scale, b.date)
        };
        let sids = ids(&source.figures, bead.source.clone());
        let mut done: HashSet<Id> = HashSet::new();
        for (i, &first) in sids.iter().enumerate() {
            let Some(f) = figure(source, first) else {
                continue;
            };
            if done.contains(&first) {
                continue;
            }
            let twins: Vec<Id> = sids[i..]
                .iter()
                .copied()
                .filter(|&id| figure(source, id).is_some_and(|g| same(f, g)))
                .collect();
            done.extend(twins.iter().copied());
            if twins.len() < 2 {
                continue;
            }
            let mut pairings: Vec<Pairing> = twins
                .iter()
                .filter_map(|id| self.figures.get(id).copied())
                .collect();
            // A swap is a statement about places: leave those as they are.
            if pairings.iter().any(|p| p.relation == Relation::PercentSwap) {
                continue;
            }
            pairings.sort_by(|a, b| {
                let cost = |p: &Pairing| p.relation.cost().unwrap_or(f64::MAX);
                cost(a)
                    .total_cmp(&cost(b))
                    .then(a.reference.cmp(&b.reference))
            });
            for id in &twins {
                self.figures.remove(id);
            }
            for (id, pairing) in twins.iter().zip(pairings) {
                self.figures.insert(*id, pairing);
            }
        }
    }

    /// Percentages that match in value but trade places around a year or other figure that
    /// keeps its place: `4,4% in 2023, 6,7% in 2028` against the reverse.
    fn mark_swaps(&mut self, source: &Analyzed, bead: &Bead) {
        let reference = self.reference;
        let order = |doc: &Analyzed, id: Id| (id.0, figure(doc, id).map_or(0, |f| f.offset));
        let mut percents = Vec::new();
        let mut anchors = Vec::new();
        for sid in ids(&source.figures, bead.source.clone()) {
            let Some(p) = self.figures.get(&sid) else {
                continue;
            };
            if !bead.reference.contains(&p.reference.0) {
                continue;
            }
            let Some(s) = figure(source, sid) else {
                continue;
            };
            let so = order(source, sid);
            let ro = order(reference, p.reference);
            let percent = matches!(s.kind, FigureKind::Percent | FigureKind::PercentPoints);
            if percent
                && matches!(
                    p.relation,
                    Relation::Equal
                        | Relation::Approx
                        | Relation::QualifierDropped
                        | Relation::QualifierNear
                )
            {
                percents.push((sid, so, ro));
            } else if !percent && p.relation == Relation::Equal {
                anchors.push((so, ro));
            }
        }
        // Every figure in the reverse order (kk `66 пайызы ... 2016 ... 34 ... 16` for `16 ...
        // 34 ... 2016 ... 66`): the sentence was turned round, as Kazakh word order often does;
        // no percentage moved to another year.
        let mut order: Vec<((usize, usize), (usize, usize))> = percents
            .iter()
            .map(|&(_, so, ro)| (so, ro))
            .chain(anchors.iter().copied())
            .collect();
        order.sort();
        if order.len() >= 3 && order.windows(2).all(|w| w[0].1 > w[1].1) {
            return;
        }
        let mut swapped = Vec::new();
        for (i, a) in percents.iter().enumerate() {
            for b in &percents[i + 1..] {
                let (first, second) = if a.1 < b.1 { (a, b) } else { (b, a) };
                if first.2 < second.2 {
                    continue; // same order on both sides
                }
                let between = anchors.iter().any(|(so, ro)| {
                    first.1 < *so && *so < second.1 && second.2 < *ro && *ro < first.2
                });
                if between {
                    swapped.push(first.0);
                    swapped.push(second.0);
                }
            }
        }
        for id in swapped {
            if let Some(p) = self.figures.get_mut(&id) {
                p.relation = Relation::PercentSwap;
            }
        }
    }

    /// Figures that match in value but trade places around names both sides pair, or around
    /// other figures that give the same number on both sides (`2,2 млрд. евро (3,6 млрд.
    /// долара) … 3,1 млрд.` against `€3.1bn ($3.6bn) … €2.2bn`): `ръст 3% в България и 5% в
    /// Румъния` against `5% in Bulgaria and 3% in Romania`, or `Bulgaria grew 3% and Romania
    /// 5%` against the reverse. Percentages so moved are a `percent_shift`; money, measures and
    /// counts a `number_mismatch` (the place or subject now has another figure).
    ///
    /// A name between the two figures is not enough: a sentence said the other way round
    /// (`3% в България, а Румъния 5%` against `Romania 5%, Bulgaria 3%`) moves each figure
    /// together with its name. So the names between the two figures, and the nearest one
    /// outside each, must keep the source's order in the reference once the two figures are
    /// put back: the two figures alone moved.
    fn mark_name_swaps(&mut self, source: &Analyzed, beads: &[Bead]) {
        let reference = self.reference;
        let both = |b: &&Bead| !b.source.is_empty() && !b.reference.is_empty();
        for bead in beads.iter().filter(both) {
            let names = self.equal_name_places(source, bead.source.clone(), &bead.reference);
            if !names.is_empty() {
                self.mark_teams_reversed(source, bead, &names);
            }
            let figures: Vec<(Id, Place, Place, &Figure)> =
                ids(&source.figures, bead.source.clone())
                    .into_iter()
                    .filter_map(|sid| {
                        let p = self.figures.get(&sid)?;
                        if !p.relation.same_number() || !bead.reference.contains(&p.reference.0) {
                            return None;
                        }
                        let s = figure(source, sid)?;
                        swap_class(s)?;
                        Some((
                            sid,
                            (sid.0, s.offset),
                            (p.reference.0, figure(reference, p.reference)?.offset),
                            s,
                        ))
                    })
                    .collect();
            // Figures that give the same number on both sides keep their place as names do
            // (`2,2 млрд. евро (3,6 млрд. долара) … 3,1 млрд.`), whatever their kind.
            let anchors = self.equal_figure_places(source, bead.source.clone(), &bead.reference);
            let mut swapped: Vec<(Id, Relation)> = Vec::new();
            for (i, a) in figures.iter().enumerate() {
                for b in &figures[i + 1..] {
                    let (first, second) = if a.1 < b.1 { (a, b) } else { (b, a) };
                    let Some(relation) = swap_pair(first.3, second.3) else {
                        continue;
                    };
                    if first.2 < second.2 {
                        continue;
                    }
                    // A count whose noun is the same concept on both sides went with its noun:
                    // the reference turned the sentence round, nothing traded places.
                    let kept_noun = |sid: Id, other: Id| {
                        self.figures.get(&sid).is_some_and(|p| {
                            figures_counted::keeps_its_noun(
                                source,
                                sid,
                                other,
                                reference,
                                p.reference,
                            )
                        })
                    };
                    if kept_noun(first.0, second.0) || kept_noun(second.0, first.0) {
                        continue;
                    }
                    let mut kept: Vec<(Place, Place)> = names.clone();
                    kept.extend(
                        anchors
                            .iter()
                            .filter(|(id, _)| *id != a.0 && *id != b.0)
                            .map(|&(_, places)| places),
                    );
                    if names_keep_their_places(&kept, (first.1, first.2), (second.1, second.2)) {
                        swapped.push((first.0, relation));
                        swapped.push((second.0, relation));
                    }
                }
            }
            for (id, relation) in swapped {
                if let Some(p) = self.figures.get_mut(&id) {
                    p.relation = relation;
                }
            }
        }
    }

    /// Where each source name of sentences `sources` that this reference pairs as the same
    /// name within sentences `within` stands, on both sides: the places a figure that trades
    /// places is measured against.
    fn equal_name_places(
        &self,
        source: &Analyzed,
        sources: Range<usize>,
        within: &Range<usize>,
    ) -> Vec<(Place, Place)> {
        let offset = |doc: &Analyzed, id: Id| name(doc, id).map(|n| n.offset);
        // A name the reference writes twice here (`в ЄС … по ЄС`) has no one place: the
        // source's name may have been paired with the other of the two.
        let keys: Vec<&str> = ids(&self.reference.names, within.clone())
            .into_iter()
            .filter_map(|id| name(self.reference, id).map(|n| n.key.as_str()))
            .collect();
        let once = |id: Id| {
            name(self.reference, id)
                .is_some_and(|n| keys.iter().filter(|&&k| k == n.key).count() == 1)
        };
        equal_places(
            &self.names,
            &source.names,
            source,
            self.reference,
            sources,
            within,
            offset,
        )
        .into_iter()
        .filter(|(sid, _)| self.names.get(sid).is_some_and(|p| once(p.reference)))
        .map(|(_, places)| places)
        .collect()
    }

    /// [`RefView::equal_name_places`] for figures that give the same number on both sides,
    /// each with its source id.
    fn equal_figure_places(
        &self,
        source: &Analyzed,
        sources: Range<usize>,
        within: &Range<usize>,
    ) -> Vec<(Id, (Place, Place))> {
        let offset = |doc: &Analyzed, id: Id| figure(doc, id).map(|f| f.offset);
        equal_places(
            &self.figures,
            &source.figures,
            source,
            self.reference,
            sources,
            within,
            offset,
        )
    }

    /// A score written the other way round (`1-3` against `3-1`) is another result, unless
    /// the reference names the teams the other way round too (`Ливингстън 1 – 0 Рейнджърс`
    /// against `Rangers lost 0-1 to Livingston`): then each count kept its team, and the
    /// difference is only worth a look (info). The paired name nearest the score stands for
    /// its team: the teams were named the other way round when it stands before the score on
    /// one side and after it on the other.
    fn mark_teams_reversed(&mut self, source: &Analyzed, bead: &Bead, names: &[(Place, Place)]) {
        let reference = self.reference;
        for sid in ids(&source.figures, bead.source.clone()) {
            let Some(p) = self.figures.get(&sid) else {
                continue;
            };
            if p.relation != Relation::Number {
                continue;
            }
            let (Some(s), Some(r)) = (figure(source, sid), figure(reference, p.reference)) else {
                continue;
            };
            if !relation::score_reversed(s, r) {
                continue;
            }
            let score_at: (Place, Place) = ((sid.0, s.offset), (p.reference.0, r.offset));
            let Some(team) = names.iter().min_by_key(|n| n.0 .1.abs_diff(s.offset)) else {
                continue;
            };
            // The team stands before the score on one side and after it on the other.
            let teams_reversed = (team.0 < score_at.0) != (team.1 < score_at.1);
            if teams_reversed {
                if let Some(p) = self.figures.get_mut(&sid) {
                    p.relation = Relation::Reworded;
                }
            }
        }
    }

    fn pair_names(&mut self, source: &Analyzed, beads: &[Bead]) {
        let reference = self.reference;
        let collect = |doc: &Analyzed, list: &[Id]| -> Vec<Name> {
            list.iter()
                .filter_map(|&id| name(doc, id).cloned())
                .collect()
        };
        let mut absent: Vec<(usize, Vec<Id>, Vec<Id>)> = Vec::new();
        // The source's and the reference's words, read once for all the names looked up in
        // them.
        let mut words = DocumentWords::default();
        for (b, bead) in beads.iter().enumerate() {
            if bead.source.is_empty() || bead.reference.is_empty() {
                continue;
            }
            let s_ids = ids(&source.names, bead.source.clone());
            let r_ids = ids(&reference.names, bead.reference.clone());
            if r_ids.is_empty() {
                continue;
            }
            let s_names = collect(source, &s_ids);
            let r_names = collect(reference, &r_ids);
            let mut absent_here = Vec::new();
            let mut matched = Vec::new();
            let matches = names::match_names_in_sentence(
                &s_names,
                &sentences_text(source, &bead.source),
                source.doc.lang,
                &r_names,
            );
            for m in matches {
                let Some(&rid) = r_ids.get(m.reference) else {
                    continue;
                };
                let sid = m.source.and_then(|s| s_ids.get(s).copied());
                match (m.status, sid) {
                    // Written in the source, though not as a name (an adjective, a lower-case
                    // word): not missing.
                    (NameStatus::Matched, None) => {}
                    (NameStatus::Matched, Some(sid)) => {
                        matched.push((rid, sid));
                        self.names.insert(
                            sid,
                            Pairing {
                                reference: rid,
                                relation: Relation::Equal,
                            },
                        );
                    }
                    (NameStatus::Different, Some(sid)) => {
                        let different = Pairing {
                            reference: rid,
                            relation: Relation::Number,
                        };
                        // A source name paired already through part of it (`Starlink Direct`,
                        // cut short by a lower-case `to`) whose rest differs from the rest of
                        // the reference's (`Cell` against `Direct-to-Sell`): the difference is
                        // the finding, not the agreeing part.
                        let words = |n: Option<&Name>| n.map_or(0, |n| split_words_count(&n.text));
                        let partial = self.names.get(&sid).is_some_and(|p| {
                            p.relation == Relation::Equal
                                && words(name(reference, p.reference)) < words(name(source, sid))
                        });
                        if partial {
                            self.names.insert(sid, different);
                        } else {
                            self.names.entry(sid).or_insert(different);
                        }
                    }
                    (NameStatus::Unproven, _) => {
                        self.unproven_names.insert(rid);
                        absent_here.push(rid);
                    }
                    _ => absent_here.push(rid),
                }
            }
            self.pair_repeated_names(source, bead, &s_ids, &matched, &mut words);
            self.pair_partial_names(source, bead, &s_ids);
            absent.push((b, s_ids, absent_here));
        }
        // Absent in its own bead: a name of a neighbouring bead that found no counterpart
        // there either is an alignment slip; otherwise look for a replaced name, else missing.
        let mut leftovers = Vec::new();
        for (b, s_ids, absent_here) in absent {
            let mut left = Vec::new();
            // A sentence that names here someone the reference document never names has a
            // name of its own for the reference's: no alignment slip (`Пунта` for `Chile`, the
            // neighbour's `Чили` standing for the reference's adjective `Chilean`).
            let foreign_here = s_ids.iter().any(|&id| {
                !self.names.contains_key(&id)
                    && name(source, id).is_some_and(|n| {
                        !n.acronym
                            && !n.ordinary
                            && !is_short(n)
                            && !is_common_word(n)
                            && !words.reference(reference).contains(n)
                    })
            });
            for rid in absent_here {
                if foreign_here {
                    left.push(rid);
                    continue;
                }
                let neighbours: Vec<Id> = [b.wrapping_sub(1), b + 1]
                    .iter()
                    .filter_map(|&n| beads.get(n))
                    .flat_map(|nb| ids(&source.names, nb.source.clone()))
                    .filter(|id| !self.names.contains_key(id))
                    .collect();
                let n_names = collect(source, &neighbours);
                let one = collect(reference, &[rid]);
                let found = names::match_names(&n_names, &one)
                    .into_iter()
                    .find(|m| m.status == NameStatus::Matched && m.source.is_some());
                match found.and_then(|m| m.source.and_then(|s| neighbours.get(s))) {
                    Some(&sid) => {
                        self.names.insert(
                            sid,
                            Pairing {
                                reference: rid,
                                relation: Relation::Equal,
                            },
                        );
                    }
                    None => left.push(rid),
                }
            }
            leftovers.push((b, s_ids, left));
        }
        // What is left is judged with the whole document's pairings at hand.
        let index = NameIndex::build(source, self);
        self.pair_preceding_names(source, beads, &index);
        for (b, s_ids, left) in leftovers {
            if let Some(bead) = beads.get(b) {
                self.pair_leftover_names(source, bead, &s_ids, left, &index, &mut words);
            }
        }
    }

    /// A source name paired with a reference name of more words through part of it,
    /// where the next word of the source, a name of its own right after it, stands for the
    /// reference's last ones and differs (`Ню` + `Райдър` against `New York`: the names stage
    /// cut the source's name in two, and the matcher took `Ню` for `New York`): that next
    /// name is a different name (`Relation::Number`), shown joined to the first.
    fn pair_partial_names(&mut self, source: &Analyzed, bead: &Bead, s_ids: &[Id]) {
        let reference = self.reference;
        let source_text = sentences_text(source, &bead.source);
        let word_count = |n: &Name| split_words_count(&n.text);
        let same = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Same;
        for (i, &sid) in s_ids.iter().enumerate() {
            let Some(p) = self.names.get(&sid).copied() else {
                continue;
            };
            let (Some(s), Some(r)) = (name(source, sid), name(reference, p.reference)) else {
                continue;
            };
            if p.relation != Relation::Equal || s.acronym || r.acronym {
                continue;
            }
            if word_count(s) < word_count(r) {
                let Some(&next) = s_ids.get(i + 1) else {
                    continue;
                };
                let (Some(n), Some(sentence)) = (name(source, next), source.sentences.get(sid.0))
                else {
                    continue;
                };
                let gap = (s.offset + s.text.len())
                    .checked_sub(sentence.offset)
                    .and_then(|from| {
                        let to = n.offset.checked_sub(sentence.offset)?;
                        sentence.text.get(from..to)
                    });
                let adjacent = next.0 == sid.0
                    && gap.is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace));
                if !adjacent
                    || self.names.contains_key(&next)
                    || n.acronym
                    || n.ordinary
                    || is_short(n)
                    || reference_rest_written(s, r, &source_text, source.doc.lang)
                {
                    continue;
                }
                let joined = Name::new(
                    &format!("{} {}", s.text, n.text),
                    source.doc.lang,
                    s.line,
                    s.offset,
                );
                if !same(&joined, r) {
                    self.names.insert(
                        next,
                        Pairing {
                            reference: p.reference,
                            relation: Relation::Number,
                        },
                    );
                    self.joined_names.insert(next, sid);
                }
            }
        }
    }

    /// A reference name with no counterpart, where the source sentence has a name with no
    /// counterpart at the same place and of the same length, is most likely that name
    /// replaced (a swapped surname); the rest is missing.
    fn pair_leftover_names<'s>(
        &mut self,
        source: &'s Analyzed,
        bead: &Bead,
        s_ids: &[Id],
        absent: Vec<Id>,
        index: &NameIndex,
        words_of: &mut DocumentWords<'s, 'a>,
    ) {
        let reference = self.reference;
        let unpaired: Vec<Id> = s_ids
            .iter()
            .copied()
            .filter(|id| !self.names.contains_key(id))
            .collect();
        let words = |n: &Name| n.text.split_whitespace().count();
        // Of a source name longer than a reference name, the one word the reference
        // sentence does not write, when it writes all the others.
        let reference_text = sentences_text(reference, &bead.reference);
        let lone_word = |s: &Name, r: &Name| -> Option<String> {
            if words(s) != words(r) + 1 || words(r) != 1 {
                return None;
            }
            let parts = single_words(s);
            let unwritten: Vec<&Name> = parts
                .iter()
                .filter(|w| !names::appears_in(w, &reference_text, reference.doc.lang))
                .collect();
            match unwritten.as_slice() {
                [w] if !w.ordinary && !w.acronym && !is_common_word(w) && !is_short(w) => {
                    Some(w.text.clone())
                }
                _ => None,
            }
        };
        let foreign_pair =
            names_foreign_pair::lone_foreign_pair(source, reference, &unpaired, &absent, words_of);
        // A reference name that is a word of its language (`West`) is a name like any other
        // where the source transliterates it on another line (`Уест`).
        let a_name_here = |r: &Name| {
            !is_common_word(r)
                || index.transliterated_elsewhere(
                    source,
                    reference,
                    r,
                    &bead.source,
                    &bead.reference,
                )
        };
        // A reference name opening its sentence that is a known place, or a word its
        // language's dictionary knows in no form (kk `Бетестадағы`, in Bethesda): a name
        // wherever it stands. (Asked of each pair: worked out once a reference name.)
        let opening_place: Vec<bool> = absent
            .iter()
            .map(|&rid| {
                name(reference, rid).is_some_and(|r| {
                    opens_sentence(reference, rid, r)
                        && (!names::exonym_ids(&r.text, r.lang).is_empty()
                            || (!r.text.contains(char::is_whitespace)
                                && names::unknown_in_every_form(&r.text, r.lang)))
                })
            })
            .collect();
        let pairs = assign(unpaired.len(), absent.len(), UNPAIRED, |i, j| {
            let s = name(source, unpaired[i])?;
            let r = name(reference, absent[j])?;
            // A capitalized first word is as often no name at all (`Забраната`, `Оны`).
            let first = opens_sentence;
            if s.acronym
                || r.acronym
                || is_short(s)
                || is_short(r)
                || is_common_word(s)
                || !a_name_here(r)
                || (words(s) != words(r)
                    && lone_word(s, r).is_none()
                    && !names_generic_word::generic_word_beside(s, r)
                    && !name_evidence::first_word_opens_sentence(source, unpaired[i], s, r))
                // (A name whose other words the reference writes is a name wherever it
                // stands.)
                || (first(source, unpaired[i], s) && lone_word(s, r).is_none())
                // (The lone foreign pair's reference name is a name wherever it stands: a
                // word foreign to the source document and to its own language, `Ачехте`
                // opening a Kazakh sentence that puts the place first.)
                // A known place is a name there too (kk `Невададағы` opening a sentence that
                // puts the place first, ru `Вашингтон`).
                || (first(reference, absent[j], r)
                    && foreign_pair != Some((i, j))
                    && !opening_place[j])
                // A name the reference sentence writes itself in lower case (`Конгреса` and uk
                // `конгресі тред-юніонів`): rendered as an ordinary word, not replaced. (In
                // capitals it may be the other of two names swapped.)
                || written_in_lower_case(s, &reference_text)
            {
                return None;
            }
            let d = (place(source, &bead.source, unpaired[i].0, s.offset)
                - place(reference, &bead.reference, absent[j].0, r.offset))
            .abs();
            // Word order varies (Kazakh puts the verb last): with one candidate on each side
            // the place matters less.
            // So does a known place opening the reference sentence (Kazakh puts where first:
            // `Невададағы … сотына` for `в съда … в Невада`).
            let lone_pair = unpaired.len() == 1 && absent.len() == 1;
            let limit = if foreign_pair == Some((i, j)) || (lone_pair && opening_place[j]) {
                1.0
            } else if lone_pair {
                lone_pair_reach(source.doc.lang).max(lone_pair_reach(reference.doc.lang))
            } else {
                0.25
            };
            // A source word heading a title in lower-case words (`Националния онкологичен
            // институт`) is a translated title, the last to stand for another name.
            let cost = if heads_title(source, unpaired[i], s) {
                1.0 + d
            } else {
                0.5 + d
            };
            (d <= limit).then_some(cost)
        });
        let mut taken = HashSet::new();
        for (i, j) in pairs {
            // Stronger when the source knows the reference's name elsewhere (the person is
            // named again further on) yet has another name here.
            // Elsewhere: in the source, but not in this sentence, where the name found may be
            // this very one in translation (`Северна` for `North`). Two look-ups, no copy of
            // the document per pair; the document's words are read once.
            let here = source
                .sentences
                .get(unpaired[i].0)
                .map_or("", |st| st.text.as_str());
            // A reference name a letter from the source's own here (`Трампт`, a typo, against
            // `Тръмп`: `tramp`, `trampt`) is that name, whatever spelling of it the source
            // writes elsewhere: no evidence of another.
            let own_name = |r: &Name| {
                name(source, unpaired[i]).is_some_and(|s| strsim::levenshtein(&s.key, &r.key) <= 1)
            };
            let known = name(reference, absent[j]).is_some_and(|r| {
                !names::appears_in(r, here, source.doc.lang)
                    && !own_name(r)
                    && words_of.source(source).contains(r)
            });
            if !known {
                self.weak_names.insert(unpaired[i]);
            }
            if let Some(z) = name(reference, absent[j]).and_then(|r| {
                let z = index.source_spelling_elsewhere(
                    source,
                    reference,
                    r,
                    &bead.source,
                    &bead.reference,
                )?;
                // The name elsewhere spelt as here but for a letter (`Шрьдер` there, `Шрьодер`
                // here) proves no other name here: one name spelt two ways, reported as such.
                let spelt_otherwise = name(source, z)
                    .zip(name(source, unpaired[i]))
                    .is_some_and(|(z, s)| words_one_letter_apart(&name_words(z), &name_words(s)));
                (!spelt_otherwise).then_some(z)
            }) {
                self.proven_names.insert(unpaired[i], z);
            }
            if let Some(w) = name(source, unpaired[i])
                .zip(name(reference, absent[j]))
                .and_then(|(s, r)| lone_word(s, r))
            {
                self.partly_written.insert(unpaired[i], w);
            }
            self.names.insert(
                unpaired[i],
                Pairing {
                    reference: absent[j],
                    relation: Relation::Unrelated,
                },
            );
            taken.insert(j);
        }
        let absent: Vec<Id> = absent
            .into_iter()
            .enumerate()
            .filter(|(j, _)| !taken.contains(j))
            .map(|(_, rid)| rid)
            .collect();
        let absent = self.pair_by_document(source, bead, &unpaired, absent, index, words_of);
        for rid in absent {
            self.missing_names.push((rid, bead.source.start));
        }
    }

    /// Reference names still without a counterpart that the source writes elsewhere in the
    /// document (paired there) but not in this sentence, against source names of this
    /// sentence still without one that the reference document never writes: the source names
    /// here someone or something foreign to the reference in place of an entity it knows (a
    /// translator confusing two people or places). Paired wherever they stand in the sentence;
    /// the rest is returned (missing).
    fn pair_by_document<'s>(
        &mut self,
        source: &'s Analyzed,
        bead: &Bead,
        unpaired: &[Id],
        absent: Vec<Id>,
        index: &NameIndex,
        words_of: &mut DocumentWords<'s, 'a>,
    ) -> Vec<Id> {
        let reference = self.reference;
        let proper = |n: &Name| !n.acronym && !n.ordinary && !is_short(n) && !is_common_word(n);
        let known: Vec<Option<Id>> = absent
            .iter()
            .map(|&rid| {
                // An acronym too (`US`, which the source writes `САЩ` elsewhere): the
                // source's knowing it elsewhere is the evidence, not its spelling; and a word
                // of the reference's language that the source transliterates elsewhere
                // (`West` as `Уест`), a name in this document.
                let r = name(reference, rid).filter(|r| {
                    r.acronym
                        || proper(r)
                        || (!is_short(r)
                            && index.transliterated_elsewhere(
                                source,
                                reference,
                                r,
                                &bead.source,
                                &bead.reference,
                            ))
                })?;
                index.source_spelling_elsewhere(source, reference, r, &bead.source, &bead.reference)
            })
            .collect();
        if known.iter().all(Option::is_none) {
            return absent;
        }
        let foreign: Vec<Id> = unpaired
            .iter()
            .copied()
            .filter(|id| !self.names.contains_key(id))
            .filter(|&id| {
                name(source, id)
                    .is_some_and(|s| proper(s) && !words_of.reference(reference).contains(s))
            })
            .collect();
        let pairs = assign(foreign.len(), absent.len(), UNPAIRED, |i, j| {
            known[j]?;
            let s = name(source, foreign[i])?;
            let r = name(reference, absent[j])?;
            if r.acronym && !name_evidence::may_stand_for_acronym(s) {
                return None;
            }
            let d = (place(source, &bead.source, foreign[i].0, s.offset)
                - place(reference, &bead.reference, absent[j].0, r.offset))
            .abs();
            // Anywhere in the sentence (Kazakh puts the verb last): the evidence is the
            // document's, the place only chooses among candidates.
            Some(0.5 + d)
        });
        let mut taken = HashSet::new();
        for (i, j) in pairs {
            let Some(z) = known[j] else {
                continue;
            };
            self.names.insert(
                foreign[i],
                Pairing {
                    reference: absent[j],
                    relation: Relation::Unrelated,
                },
            );
            self.proven_names.insert(foreign[i], z);
            taken.insert(j);
        }
        absent
            .into_iter()
            .enumerate()
            .filter(|(j, _)| !taken.contains(j))
            .map(|(_, rid)| rid)
            .collect()
    }
}

/// Whether source text `text` writes a word of reference name `r` beyond those of `s`, the
/// source name paired with it through part of it (`York` of `New York` against `Ню`): then
/// the rest of the name is in the sentence, and the name after `s` is no other word in its
/// place. (The whole name would be found through its first word alone: `Kanye West` in a
/// text that writes `Кание Гватемала`.)
fn reference_rest_written(s: &Name, r: &Name, text: &str, lang: crate::lang::Lang) -> bool {
    let s_words = single_words(s);
    single_words(r)
        .iter()
        .filter(|w| {
            !s_words
                .iter()
                .any(|o| names::name_similarity(o, w).0 == names::Relation::Same)
        })
        .any(|w| names::appears_in(w, text, lang))
}

/// Whether name `n` (id `id` of `doc`) is the first word of its sentence, where a capital
/// says nothing (`Забраната`, `Оны`).
fn opens_sentence(doc: &Analyzed, id: Id, n: &Name) -> bool {
    doc.sentences.get(id.0).is_some_and(|st| {
        st.text
            .get(..n.offset.saturating_sub(st.offset))
            .is_some_and(|before| before.chars().all(|c| !c.is_alphanumeric()))
    })
}

/// Whether one-word name `n` is, by its first five letters or more, one of the words of
/// `text` (a reference sentence) written in lower case: the same word, whatever its ending
/// (`Конгреса`, `конгресі`). Stricter than a name's likeness across languages, which meets
/// some word of almost any sentence.
fn written_in_lower_case(n: &Name, text: &str) -> bool {
    const SHARED: usize = 5;
    let word = names::translit::to_lowercase(&n.text);
    if word.contains(char::is_whitespace) || word.chars().count() < SHARED + 1 {
        return false;
    }
    text.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .any(|w| {
            let shared = word
                .chars()
                .zip(w.chars())
                .take_while(|(a, b)| a == b)
                .count();
            shared >= SHARED && shared + 3 >= word.chars().count().max(w.chars().count())
        })
}

/// The rest of the sentence after name `n` (id `id` of `doc`).
fn text_after<'d>(doc: &'d Analyzed, id: Id, n: &Name) -> Option<&'d str> {
    let sentence = doc.sentences.get(id.0)?;
    (n.offset + n.text.len())
        .checked_sub(sentence.offset)
        .and_then(|from| sentence.text.get(from..))
}

/// Whether source name `n` (id `id` of `doc`) is one word with an adjective ending of its
/// language (`adjective_endings.tsv`, after four letters or more) followed by a word in lower
/// case: the head of a title the text writes in words (`Британската партия`).
fn heads_title(doc: &Analyzed, id: Id, n: &Name) -> bool {
    if n.acronym || !names_swapped::adjective(n) {
        return false;
    }
    lower_case_word_after(doc, id, n)
}

/// Whether a word in lower case follows name `n` (id `id` of `doc`) after a space.
fn lower_case_word_after(doc: &Analyzed, id: Id, n: &Name) -> bool {
    text_after(doc, id, n).is_some_and(|rest| {
        rest.starts_with(' ')
            && rest
                .trim_start_matches(' ')
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() && c.is_lowercase())
    })
}

/// The words of `text` that spell out acronym `r` (three letters or more): a run of words
/// whose first letters, read in their language, are the acronym's letters read in its own
/// (`Националната футболна лига` for `N.F.L.`); short lower-case words between them (`на`,
/// `of`) are skipped.
fn spelt_out_in(r: &Name, text: &str, lang: crate::lang::Lang) -> Option<String> {
    if !r.acronym {
        return None;
    }
    let letter_key = |c: char, l: crate::lang::Lang| names::key(&c.to_string(), l);
    let bare = r.text.trim_end_matches("'s").trim_end_matches("’s");
    let wanted: Vec<String> = bare
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| letter_key(c, r.lang))
        .collect();
    if wanted.len() < 3 || wanted.iter().any(String::is_empty) {
        return None;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let skippable = |w: &str| w.chars().count() <= 2 && w.chars().all(char::is_lowercase);
    for start in 0..words.len() {
        let mut at = start;
        let mut taken = Vec::new();
        for want in &wanted {
            while at < words.len() && !taken.is_empty() && skippable(words[at]) {
                at += 1;
            }
            let Some(first) = words.get(at).and_then(|w| w.chars().next()) else {
                break;
            };
            if letter_key(first, lang) != *want {
                break;
            }
            taken.push(words[at]);
            at += 1;
        }
        if taken.len() == wanted.len() {
            return Some(taken.join(" "));
        }
    }
    None
}

/// Whether a name is written in Latin letters only (`Bots`, `Superdrug`).
fn is_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_ascii_alphabetic())
}

/// Two letters (`Св`, `St`, `Ун`) are too little to tell a name by.
fn is_short(n: &Name) -> bool {
    n.text.chars().filter(|c| c.is_alphabetic()).count() <= 2
}

/// The words of the source and of one reference document, read once each when first asked
/// about (whether a name is written anywhere in the document).
#[derive(Default)]
struct DocumentWords<'s, 'r> {
    source: Option<names::TextWords<'s>>,
    reference: Option<names::TextWords<'r>>,
}

impl<'s, 'r> DocumentWords<'s, 'r> {
    fn source(&mut self, doc: &'s Analyzed) -> &names::TextWords<'s> {
        self.source
            .get_or_insert_with(|| names::TextWords::new(&doc.doc.text, doc.doc.lang))
    }

    fn reference(&mut self, doc: &'r Analyzed) -> &names::TextWords<'r> {
        self.reference
            .get_or_insert_with(|| names::TextWords::new(&doc.doc.text, doc.doc.lang))
    }
}

/// The words of a name as its matcher counts them: `Direct-to-Sell` is three.
fn split_words_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// How two multi-word names differ word by word: the words of `s`, those of its name-words
/// (no ordinary word, acronym or two letters: `State`, `Восток`, `LSU` may be translated or
/// spelt out) that no word of `r` is the same as, and whether some word of `s` is the same
/// as one of `r`. None unless both have two words or more and each has such a name-word.
fn differing_name_words(s: &Name, r: &Name) -> Option<(Vec<Name>, Vec<usize>, bool)> {
    if s.acronym || r.acronym {
        return None;
    }
    let s_words = single_words(s);
    let r_words = single_words(r);
    if s_words.len() < 2 || r_words.len() < 2 {
        return None;
    }
    let same = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Same;
    let unmatched = |of: &[Name], against: &[Name]| -> Vec<usize> {
        (0..of.len())
            .filter(|&i| !against.iter().any(|b| same(&of[i], b)))
            .collect()
    };
    let s_left = unmatched(&s_words, &r_words);
    let r_left = unmatched(&r_words, &s_words);
    let name_word = |w: &Name| !w.ordinary && !w.acronym && !is_common_word(w) && !is_short(w);
    let s_name_words: Vec<usize> = s_left
        .iter()
        .copied()
        .filter(|&i| name_word(&s_words[i]))
        .collect();
    if s_name_words.is_empty() || !r_left.iter().any(|&i| name_word(&r_words[i])) {
        return None;
    }
    let any_same = s_left.len() < s_words.len();
    Some((s_words, s_name_words, any_same))
}

/// The words of a name, each as a name of its own (`Ист-Батон-Руж` is three).
fn single_words(n: &Name) -> Vec<Name> {
    n.text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(|w| Name::new(w, n.lang, n.line, n.offset))
        .collect()
}

/// Whether a one-word name is a common word of its language written with a capital
/// (`Това`, `Може` after an opening quote; `This`): never a name to pair by place alone.
fn is_common_word(n: &Name) -> bool {
    !n.text.contains(char::is_whitespace)
        && names::tables::tables()
            .lang(n.lang)
            .words
            .contains_key(names::translit::to_lowercase(&n.text).as_str())
}

/// Whether the source's name has fewer words than the reference's (a possessive `'s` is no
/// word of its own): `Тереза Мей` against `Theresa May's Chequers`, `Националната` against
/// `National Science Foundation`: the source took a part, the rest in lower case or
/// translated. (More words in the source, `Starlink Direct-to-Sell` against `Cell`, are the
/// difference itself, found by the partial pairing.)
fn spans_differ(s: &Name, r: &Name) -> bool {
    let count = |n: &Name| {
        let text = n.text.replace("'s", "").replace("’s", "");
        split_words_count(&text)
    };
    count(s) < count(r)
}

/// Where a byte offset of sentence `sent` sits in a bead, from 0 to 1.
fn place(doc: &Analyzed, range: &Range<usize>, sent: usize, offset: usize) -> f64 {
    let Some(sentence) = doc.sentences.get(sent) else {
        return 0.0;
    };
    let within = offset.saturating_sub(sentence.offset) as f64 / sentence.text.len().max(1) as f64;
    (sent.saturating_sub(range.start) as f64 + within.min(1.0)) / range.len().max(1) as f64
}

const WORD_ORDER: &str = include_str!("../lang/word_order.tsv");

/// How far apart in their sentences (a share of the sentence) the lone leftover name of each
/// side may stand in `lang` and still be paired (`src/lang/word_order.tsv`): half a sentence
/// unless the table says otherwise (Kazakh, of free word order before its last verb: anywhere).
fn lone_pair_reach(lang: crate::lang::Lang) -> f64 {
    static REACH: std::sync::OnceLock<Vec<(&'static str, f64)>> = std::sync::OnceLock::new();
    REACH
        .get_or_init(|| {
            crate::lang::rows(WORD_ORDER)
                .filter_map(|row| Some((*row.first()?, row.get(1)?.parse().ok()?)))
                .collect()
        })
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map_or(0.5, |&(_, reach)| reach)
}

/// Everything the row builders need.
struct Ctx<'a> {
    doc_id: &'a str,
    source: &'a Analyzed,
    views: &'a [RefView<'a>],
    /// Source names spelled unlike the rest of the source → a usual spelling.
    misspelt: HashMap<Id, Id>,
    /// Per reference: where the document pairs source and reference names as the same.
    indexes: Vec<name_evidence::NameIndex>,
    /// Per reference: the words of its document, read when first asked about.
    reference_words: Vec<std::cell::OnceCell<names::TextWords<'a>>>,
    /// The words of the source document, read when first asked about.
    source_words: std::cell::OnceCell<names::TextWords<'a>>,
    /// The words of the source document by sentence, read when first asked about.
    source_sentence_words: std::cell::OnceCell<names::TextWords<'a>>,
}

impl<'a> Ctx<'a> {
    /// The words of reference `v`'s document (whether a name is written anywhere in it).
    /// Read here again, not kept from the pairing: the views are built on other threads and
    /// the words hold `Rc`s.
    fn reference_words(&self, v: usize) -> &names::TextWords<'a> {
        let doc = self.views[v].reference;
        self.reference_words[v].get_or_init(|| names::TextWords::new(&doc.doc.text, doc.doc.lang))
    }

    /// The words of the source document.
    fn source_words(&self) -> &names::TextWords<'a> {
        let doc = self.source;
        self.source_words
            .get_or_init(|| names::TextWords::new(&doc.doc.text, doc.doc.lang))
    }

    /// The words of the source document sentence by sentence, to ask whether the source
    /// writes a name outside one sentence ([`names::TextWords::contains_except`]).
    fn source_sentence_words(&self) -> &names::TextWords<'a> {
        let doc = self.source;
        self.source_sentence_words.get_or_init(|| {
            names::TextWords::of_sentences(
                doc.sentences
                    .iter()
                    .enumerate()
                    .map(|(i, sentence)| (i, sentence.text.as_str())),
                doc.doc.lang,
            )
        })
    }
}

fn lower(s: Severity) -> Severity {
    match s {
        Severity::Error => Severity::Warning,
        _ => Severity::Info,
    }
}

/// `en`, `en and ru`, `en, ru and kk`.
fn list(langs: &[&str]) -> String {
    match langs {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `en reference writes`, `en and ru references write`.
fn references_write(langs: &[&str]) -> String {
    let verb = if langs.len() == 1 {
        "reference writes"
    } else {
        "references write"
    };
    format!("{} {verb}", list(langs))
}

/// References with their spellings and a verb: `ru reference (Бутс) fits`, `ru (Бутс) and
/// uk (Бутс) references fit`.
fn spelt_by(spelt: &[(&str, &str)], one: &str, several: &str) -> String {
    match spelt {
        [(lang, text)] => format!("{lang} reference ({text}) {one}"),
        _ => {
            let each: Vec<String> = spelt.iter().map(|(l, t)| format!("{l} ({t})")).collect();
            let each: Vec<&str> = each.iter().map(String::as_str).collect();
            format!("{} references {several}", list(&each))
        }
    }
}

fn plural(langs: &[&str]) -> &'static str {
    if langs.len() == 1 {
        "reference"
    } else {
        "references"
    }
}

fn sentence_side(doc: &Analyzed, s: usize) -> Side {
    match doc.sentences.get(s) {
        Some(sent) => Side {
            line: Some(sent.line),
            offset: Some(sent.offset),
            sentence: sent.text.clone(),
            ..Side::default()
        },
        None => Side::default(),
    }
}

fn figure_side(doc: &Analyzed, id: Id) -> Side {
    let mut side = sentence_side(doc, id.0);
    if let Some(f) = figure(doc, id) {
        side.line = Some(f.line);
        side.offset = Some(f.offset);
        side.text = f.text.clone();
        side.value = f.normalized();
    }
    side
}

fn name_side(doc: &Analyzed, id: Id) -> Side {
    let mut side = sentence_side(doc, id.0);
    if let Some(n) = name(doc, id) {
        side.line = Some(n.line);
        side.offset = Some(n.offset);
        side.text = n.text.clone();
        side.value = n.key.clone();
    }
    side
}

/// `4,4% (4.4 %)`, or just the text when it already is the value.
fn shown(f: &Figure) -> String {
    let v = f.normalized();
    if f.text.trim() == v {
        v
    } else {
        format!("{} ({v})", f.text.trim())
    }
}

/// One plain sentence saying how source figure `s` differs from reference figure `r`.
pub fn describe(rel: Relation, s: &Figure, r: &Figure, lang: &str) -> String {
    let (ss, rs) = (shown(s), shown(r));
    match rel {
        Relation::Equal => format!("The source and the {lang} reference agree on {ss}."),
        Relation::Converted => format!(
            "The source gives {ss} where the {lang} reference gives {rs}: a unit conversion that holds within rounding."
        ),
        Relation::Approx | Relation::QualifierDropped | Relation::QualifierNear => format!(
            "The qualifier differs: the source says {} ({ss}), the {lang} reference says {} ({rs}).",
            relation::approx_word(s.approx),
            relation::approx_word(r.approx)
        ),
        Relation::Reworded => format!(
            "The same figure said another way: {ss} in the source, {rs} in the {lang} reference."
        ),
        Relation::Unit => format!(
            "Same number, different unit: {ss} in the source, {rs} in the {lang} reference."
        ),
        Relation::Scale => format!(
            "The scale word differs: {ss} in the source, {rs} in the {lang} reference."
        ),
        Relation::PercentDecimal => format!(
            "The decimal point of the percentage moved: {ss} in the source, {rs} in the {lang} reference."
        ),
        Relation::PercentPoints => format!(
            "Percent and percentage points are confused: {ss} in the source, {rs} in the {lang} reference."
        ),
        Relation::PercentSwap => format!(
            "The percentage {ss} stands for a different year or subject than in the {lang} reference: the percentages trade places."
        ),
        Relation::FigureSwap => format!(
            "The figure {ss} stands for a different place or subject than in the {lang} reference: the figures trade places."
        ),
        Relation::Date => format!(
            "The date differs: {ss} in the source, {rs} in the {lang} reference."
        ),
        Relation::Direction { source_rises } => format!(
            "The change goes the other way: {ss} is a {} in the source and a {} in the {lang} reference.",
            if source_rises { "rise" } else { "fall" },
            if source_rises { "fall" } else { "rise" }
        ),
        // `-15 °C` against `15 °C`, `минус 0,4%` against `0,4%`: above or below zero.
        Relation::Number if relation::opposite_sign(s, r) => {
            let fall = if matches!(s.kind, FigureKind::Percent | FigureKind::PercentPoints) {
                " A fall said in words on one side?"
            } else {
                ""
            };
            format!(
                "The sign differs: {ss} in the source, {rs} in the {lang} reference (below zero on one side only).{fall}"
            )
        }
        Relation::Number
            if s.unit != r.unit
                && s.unit
                    .as_deref()
                    .zip(r.unit.as_deref())
                    .is_some_and(|(a, b)| relation::same_dimension(a, b)) =>
        {
            format!(
                "The source gives {ss} where the {lang} reference gives {rs}: the conversion does not hold."
            )
        }
        Relation::Number | Relation::Unrelated => format!(
            "The figure differs: {ss} in the source, {rs} in the {lang} reference."
        ),
    }
}

impl Ctx<'_> {
    fn lang(&self, v: usize) -> &'static str {
        self.views[v].reference.doc.lang.code()
    }

    /// The bead of source sentence `s` in reference `v`: its source and reference sentences.
    fn bead_of(&self, v: usize, s: usize) -> (Range<usize>, Range<usize>) {
        let view = &self.views[v];
        (
            view.source_beads.get(&s).cloned().unwrap_or(s..s + 1),
            view.counterparts.get(&s).cloned().unwrap_or(0..0),
        )
    }

    /// [`name_evidence::NameIndex::source_spelling_elsewhere`] for reference `v`'s name `rid`
    /// in the bead of source sentence `s`.
    fn source_spelling_elsewhere(&self, v: usize, s: usize, rid: Id) -> Option<Id> {
        let view = &self.views[v];
        let r = name(view.reference, rid)?;
        let (here_source, here_ref) = self.bead_of(v, s);
        self.indexes[v].source_spelling_elsewhere(
            self.source,
            view.reference,
            r,
            &here_source,
            &here_ref,
        )
    }

    /// [`name_evidence::NameIndex::reference_spelling_elsewhere`] for source name `sid`
    /// against reference `v`.
    fn reference_spelling_elsewhere(&self, v: usize, sid: Id) -> Option<(Id, Id)> {
        let view = &self.views[v];
        let s = name(self.source, sid)?;
        let (here_source, here_ref) = self.bead_of(v, sid.0);
        self.indexes[v].reference_spelling_elsewhere(
            self.source,
            view.reference,
            s,
            &here_source,
            &here_ref,
        )
    }

    /// Whether source name `sid` is foreign to every reference: a name of its own (no
    /// acronym, no ordinary word, not the capitalized first word of its sentence) that no
    /// reference pairs as the same name or a close spelling, and that no reference document
    /// writes anywhere (`Риана` where the references write `Bethesda`, `Вифезда`,
    /// `Бетесда`). A translation renders the names of its original: a name that none of
    /// several translations knows came from somewhere else.
    fn foreign_to_references(&self, sid: Id) -> bool {
        let Some(s) = name(self.source, sid) else {
            return false;
        };
        if s.acronym
            || s.ordinary
            || is_short(s)
            || is_common_word(s)
            || opens_sentence(self.source, sid, s)
            || self.views.is_empty()
        {
            return false;
        }
        self.views.iter().enumerate().all(|(v, view)| {
            let paired = view
                .names
                .get(&sid)
                .is_some_and(|p| p.relation != Relation::Unrelated);
            !paired && !self.reference_words(v).contains(s)
        })
    }

    fn row(
        &self,
        v: Option<usize>,
        kind: Kind,
        severity: Severity,
        s: Side,
        r: Side,
        message: String,
    ) -> Row {
        Row::new(
            self.doc_id,
            self.source.doc.lang.code(),
            v.map_or("", |v| self.lang(v)),
            kind,
            severity,
            s,
            r,
            message,
        )
    }

    fn source_figures(&self) -> Vec<Id> {
        ids(&self.source.figures, 0..self.source.sentences.len())
    }

    fn figure_rows(&self, rows: &mut Vec<Row>) {
        for sid in self.source_figures() {
            let Some(s) = figure(self.source, sid) else {
                continue;
            };
            let (mut agree, mut differ, mut absent, mut converted) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            // References that give the number without saying what it counts (kk `15-ке`
            // against `15 процентни пункта`): they agree unless another reference says
            // otherwise, and then they side with nobody.
            let mut unsaid = Vec::new();
            // Where a reference says the change goes the other way, one that gives the same
            // number with no word of direction beside it (ru `подешевела к доллару на 2,1%`)
            // does not say the source's way either.
            let direction_told = self.views.iter().any(|view| {
                view.figures
                    .get(&sid)
                    .is_some_and(|p| matches!(p.relation, Relation::Direction { .. }))
            });
            for (v, view) in self.views.iter().enumerate() {
                if view.uncovered.contains(&sid.0) && !view.figures.contains_key(&sid) {
                    continue; // the sentence row says it
                }
                match view.figures.get(&sid) {
                    None => absent.push(v),
                    Some(p)
                        if p.relation == Relation::Equal
                            && figure(view.reference, p.reference).is_some_and(|r| {
                                says_less(s, r)
                                    || (direction_told
                                        && !figures_direction::says_direction(
                                            view.reference,
                                            p.reference.0,
                                            r,
                                        ))
                            }) =>
                    {
                        unsaid.push(v)
                    }
                    Some(p) if p.relation == Relation::Equal => agree.push(v),
                    Some(p) if p.relation == Relation::Converted => {
                        agree.push(v);
                        converted.push((v, *p));
                    }
                    Some(p) => differ.push((v, *p)),
                }
            }
            for &(v, p) in &converted {
                let Some(r) = figure(self.views[v].reference, p.reference) else {
                    continue;
                };
                rows.push(self.row(
                    Some(v),
                    Kind::UnitMismatch,
                    Severity::Info,
                    figure_side(self.source, sid),
                    figure_side(self.views[v].reference, p.reference),
                    describe(Relation::Converted, s, r, self.lang(v)),
                ));
            }
            if differ.is_empty() {
                agree.extend(unsaid);
            }
            for &(v, p) in &differ {
                let view = &self.views[v];
                let Some(r) = figure(view.reference, p.reference) else {
                    continue;
                };
                let Some((kind, mut severity)) = p.relation.finding() else {
                    continue;
                };
                // A bound one side gives with its figure and the other says elsewhere in the
                // sentence (`повече от съобщената ... бройка от 20,4 милиона` against `more than
                // the 20.4 million`): said apart, not dropped.
                if p.relation == Relation::Approx
                    && (bound_said_apart(self.source, sid.0, s, r)
                        || bound_said_apart(view.reference, p.reference.0, r, s))
                {
                    severity = Severity::Info;
                }
                // A reference that converts the figure backs the source only if its conversion
                // does not fit this reference's figure as well: `249 кг` is 550 lb and 560 lb
                // within rounding, so against `550 pound` it takes no side.
                let neutral: Vec<usize> = converted
                    .iter()
                    .filter(|&&(w, q)| {
                        figure(self.views[w].reference, q.reference)
                            .is_some_and(|o| relate(o, r).is_same())
                    })
                    .map(|&(w, _)| w)
                    .collect();
                let agree: Vec<usize> = agree
                    .iter()
                    .copied()
                    .filter(|w| !neutral.contains(w))
                    .collect();
                let agree_langs: Vec<&str> = agree.iter().map(|&v| self.lang(v)).collect();
                let mut message = describe(p.relation, s, r, self.lang(v));
                if let Some(note) = view.counted_swaps.get(&sid) {
                    message.push(' ');
                    message.push_str(note);
                }
                if agree.is_empty() && !neutral.is_empty() {
                    let langs: Vec<&str> = neutral.iter().map(|&w| self.lang(w)).collect();
                    message.push_str(&format!(
                        " The {} {} {} it converted, which fits either figure.",
                        list(&langs),
                        plural(&langs),
                        if langs.len() == 1 { "gives" } else { "give" }
                    ));
                }
                let kind = if agree.is_empty() {
                    // Every reference that speaks contradicts the source: name those that
                    // agree with this one.
                    let same: Vec<&str> = differ
                        .iter()
                        .filter(|&&(w, q)| {
                            w != v
                                && figure(self.views[w].reference, q.reference)
                                    .is_some_and(|o| relate(o, r).is_same())
                        })
                        .map(|&(w, _)| self.lang(w))
                        .collect();
                    if !same.is_empty() {
                        message.push_str(&format!(
                            " The {} {} {} with the {} reference.",
                            list(&same),
                            plural(&same),
                            if same.len() == 1 { "agrees" } else { "agree" },
                            self.lang(v)
                        ));
                    } else if differ.len() > 1 {
                        message.push_str(" The references disagree among themselves.");
                    }
                    kind
                } else if matches!(
                    p.relation,
                    Relation::Approx
                        | Relation::QualifierDropped
                        | Relation::QualifierNear
                        | Relation::Reworded
                ) {
                    severity = Severity::Info;
                    message.push_str(&format!(
                        " The {} {} agree with the source.",
                        list(&agree_langs),
                        plural(&agree_langs)
                    ));
                    kind
                } else {
                    // The source stands with two references or more: the one that differs is
                    // for the reader's information, there is nothing to correct in the source.
                    // Against a single agreeing reference it is one word against another.
                    severity = if agree.len() >= 2 {
                        Severity::Info
                    } else {
                        Severity::Warning
                    };
                    // Each agreeing reference in its own words (`1930 жылы`, not the
                    // source's `1930 г.`), as the names' conflict message does.
                    let agree_texts: Vec<(&str, String)> = agree
                        .iter()
                        .filter_map(|&w| {
                            let q = self.views[w].figures.get(&sid)?;
                            let o = figure(self.views[w].reference, q.reference)?;
                            Some((self.lang(w), shown(o)))
                        })
                        .collect();
                    let agree_spelt: Vec<(&str, &str)> =
                        agree_texts.iter().map(|(l, t)| (*l, t.as_str())).collect();
                    message = format!(
                        "The {} reference gives {} where the source gives {}, as the {}.",
                        self.lang(v),
                        shown(r),
                        shown(s),
                        spelt_by(&agree_spelt, "does", "do")
                    );
                    Kind::ReferenceConflict
                };
                if view.low.contains(&sid.0) {
                    severity = lower(severity);
                }
                let (kind, message) = if self.others_unpaired(v, sid) {
                    (kind, message)
                } else {
                    range_end_dropped(kind, p.relation, s, r, self.lang(v))
                        .unwrap_or((kind, message))
                };
                rows.push(self.row(
                    Some(v),
                    kind,
                    severity,
                    figure_side(self.source, sid),
                    figure_side(view.reference, p.reference),
                    message,
                ));
            }
            if agree.is_empty() && differ.is_empty() {
                let absent_langs: Vec<&str> = absent.iter().map(|&v| self.lang(v)).collect();
                for &v in &absent {
                    let view = &self.views[v];
                    if let Some(row) = self
                        .changed_number_word(v, sid, s)
                        .or_else(|| self.conversion_beside_fails(v, sid, s))
                    {
                        rows.push(row);
                        continue;
                    }
                    let mut severity = Severity::Warning;
                    if view.low.contains(&sid.0) || is_soft(s) {
                        severity = lower(severity);
                    }
                    // `45 мили (72 километра)` against `72 km`: the source adds a conversion.
                    if self
                        .converted_from(sid.0, s, Some(CONVERSION_BESIDE_BYTES))
                        .is_some()
                    {
                        severity = Severity::Info;
                    }
                    // `номер 1` against `первыми`: the reference says it in words.
                    let counterpart = view.counterparts.get(&sid.0).cloned().unwrap_or(0..0);
                    if is_count(s) && says_in_words(view.reference, counterpart.clone(), s.value) {
                        severity = Severity::Info;
                    }
                    // `100 %` against `абсолютно`: the reference says it as a word.
                    if is_whole_percent(s) && says_wholly(view.reference, counterpart.clone()) {
                        severity = Severity::Info;
                    }
                    // `the early 2000s` against `в началото на новия век`: a decade the
                    // reference places by its century.
                    if s.kind == FigureKind::Period && names_century(view.reference, counterpart) {
                        severity = Severity::Info;
                    }
                    let mut message = format!(
                        "The source gives {}, and the {} reference has no such figure here.",
                        shown(s),
                        self.lang(v)
                    );
                    if absent.len() > 1 {
                        message = format!(
                            "The source gives {}, and none of the {} references has such a figure here.",
                            shown(s),
                            list(&absent_langs)
                        );
                    }
                    rows.push(self.row(
                        Some(v),
                        Kind::ExtraNumber,
                        severity,
                        figure_side(self.source, sid),
                        sentence_side(view.reference, self.counterpart_sentence(v, sid.0)),
                        message,
                    ));
                }
            }
        }
    }

    /// A small number in words that no reference figure meets (`три`), where the reference
    /// sentence says another small number in words that the figures stage leaves alone as
    /// mostly a determiner (`two`, `два`): a changed number word, as a warning.
    fn changed_number_word(&self, v: usize, sid: Id, s: &Figure) -> Option<Row> {
        if !is_soft(s)
            || s.kind != FigureKind::Number
            || s.unit.is_some()
            || s.high.is_some()
            || s.value > rust_decimal::Decimal::from(12)
        {
            return None;
        }
        let view = &self.views[v];
        let source_words: Vec<rust_decimal::Decimal> = self
            .source
            .sentences
            .get(sid.0)
            .map(|st| lone_number_words(st, &[], self.source.doc.lang))
            .unwrap_or_default()
            .into_iter()
            .map(|(_, _, value)| value)
            .collect();
        let reference = view.reference;
        let range = view.counterparts.get(&sid.0)?.clone();
        let mut found = Vec::new();
        // Each source word accounts for one reference word of its value: `два на два` (two
        // down after two) against `два удара` and `три дупки` leaves one `два` for `три`.
        let mut unaccounted = source_words;
        for r in range {
            let (Some(st), Some(figs)) = (reference.sentences.get(r), reference.figures.get(r))
            else {
                continue;
            };
            for (at, len, value) in lone_number_words(st, figs, reference.doc.lang) {
                if let Some(i) = unaccounted.iter().position(|&w| w == value) {
                    unaccounted.swap_remove(i);
                } else if value != s.value {
                    found.push((r, at, len, value));
                }
            }
        }
        // Only one candidate: with two, which one stands for the source's is a guess.
        let [(r, at, len, value)] = found[..] else {
            return None;
        };
        let st = reference.sentences.get(r)?;
        let text = st.text.get(at..at + len)?.to_string();
        let mut side = sentence_side(reference, r);
        side.offset = Some(st.file_offset(at));
        side.value = plain(value);
        let message = format!(
            "The number in words differs: {} in the source, {text} ({}) in the {} reference.",
            shown(s),
            side.value,
            self.lang(v)
        );
        side.text = text;
        let severity = if view.low.contains(&sid.0) {
            Severity::Info
        } else {
            Severity::Warning
        };
        Some(self.row(
            Some(v),
            Kind::NumberMismatch,
            severity,
            figure_side(self.source, sid),
            side,
            message,
        ))
    }

    /// A measure the source gives with its conversion in brackets (`45 км (72 километра)`),
    /// where the reference gives only the bracketed one (`72 км`) and the two do not convert:
    /// the source's own figure is wrong (it was `45 мили`), an error whatever the reference.
    fn conversion_beside_fails(&self, v: usize, sid: Id, s: &Figure) -> Option<Row> {
        let su = s.unit.as_deref()?;
        let st = self.source.sentences.get(sid.0)?;
        let between = |a: &Figure, b: &Figure| {
            let from = (a.offset + a.text.len()).checked_sub(st.offset)?;
            let to = b.offset.checked_sub(st.offset)?;
            st.text.get(from..to).map(str::trim)
        };
        let view = &self.views[v];
        let (o, rid) = self
            .source
            .figures
            .get(sid.0)?
            .iter()
            .enumerate()
            .find_map(|(i, o)| {
                let ou = o.unit.as_deref()?;
                let bracketed = between(s, o) == Some("(") || between(o, s) == Some("(");
                if i == sid.1 || !bracketed || !relation::same_dimension(su, ou) {
                    return None;
                }
                if matches!(relate(s, o), Relation::Equal | Relation::Converted) {
                    return None;
                }
                let p = view.figures.get(&(sid.0, i))?;
                matches!(p.relation, Relation::Equal | Relation::Converted)
                    .then_some((o, p.reference))
            })?;
        let r = figure(view.reference, rid)?;
        let message = format!(
            "The source gives {} beside {}, which the {} reference gives as {}: the two do not convert.",
            shown(s),
            shown(o),
            self.lang(v),
            shown(r)
        );
        let severity = if view.low.contains(&sid.0) {
            Severity::Warning
        } else {
            Severity::Error
        };
        Some(self.row(
            Some(v),
            Kind::NumberMismatch,
            severity,
            figure_side(self.source, sid),
            figure_side(view.reference, rid),
            message,
        ))
    }

    /// Whether the bead of source figure `sid` has other figures left unpaired against
    /// reference `v`, on either side: then a range against one of its ends may be a changed
    /// score (`1-2` against `5-2`), not an end dropped.
    fn others_unpaired(&self, v: usize, sid: Id) -> bool {
        let view = &self.views[v];
        let bead = view
            .source_beads
            .get(&sid.0)
            .cloned()
            .unwrap_or(sid.0..sid.0 + 1);
        let source_left = ids(&self.source.figures, bead.clone())
            .into_iter()
            .any(|id| id != sid && !view.figures.contains_key(&id));
        let reference_left = view
            .missing
            .iter()
            .any(|&(_, anchor)| bead.contains(&anchor));
        source_left || reference_left
    }

    /// A figure of source sentence `sentence` that `f` converts (see [`converted_in`]).
    fn converted_from(
        &self,
        sentence: usize,
        f: &Figure,
        within: Option<usize>,
    ) -> Option<&Figure> {
        converted_in(self.source, sentence, f, within)
    }

    /// Whether source sentence `sentence` has a figure of the same number as `r` (with any
    /// qualifier, or converted).
    fn gives_number(&self, sentence: usize, r: &Figure) -> bool {
        self.source
            .figures
            .get(sentence)
            .is_some_and(|figs| figs.iter().any(|o| relate(o, r).same_number()))
    }

    /// The first reference sentence aligned with source sentence `s` (for showing context).
    fn counterpart_sentence(&self, v: usize, s: usize) -> usize {
        let view = &self.views[v];
        view.figures
            .iter()
            .chain(view.names.iter())
            .filter(|(id, _)| id.0 == s)
            .map(|(_, p)| p.reference.0)
            .min()
            .unwrap_or(usize::MAX)
    }

    fn missing_figure_rows(&self, rows: &mut Vec<Row>) {
        // Group the same figure missing against several references.
        let mut groups: Vec<(usize, Members)> = Vec::new();
        for (v, view) in self.views.iter().enumerate() {
            for &(rid, anchor) in &view.missing {
                let Some(r) = figure(view.reference, rid) else {
                    continue;
                };
                let found = groups.iter_mut().find(|(a, members)| {
                    *a == anchor
                        && members.iter().all(|(w, _)| *w != v)
                        && members.first().is_some_and(|&(w, oid)| {
                            figure(self.views[w].reference, oid).is_some_and(|o| {
                                let rel = relate(o, r);
                                rel.same_number() || rel == Relation::Reworded
                            })
                        })
                });
                match found {
                    Some((_, members)) => members.push((v, rid)),
                    None => groups.push((anchor, vec![(v, rid)])),
                }
            }
        }
        for (anchor, members) in groups {
            let langs: Vec<&str> = members.iter().map(|&(v, _)| self.lang(v)).collect();
            // The references that render this sentence: most of them must have the figure for
            // an error; a single reference of several is a disagreement among the references,
            // for the reader's information; a single reference checked alone, a warning.
            let covering = (0..self.views.len())
                .filter(|&w| !self.views[w].uncovered.contains(&anchor))
                .count()
                .max(members.len());
            for &(v, rid) in &members {
                let view = &self.views[v];
                let Some(r) = figure(view.reference, rid) else {
                    continue;
                };
                let mut severity = if members.len() * 2 > covering && members.len() >= 2 {
                    Severity::Error
                } else if members.len() >= 2 || covering == 1 {
                    Severity::Warning
                } else {
                    Severity::Info
                };
                if view.low.contains(&anchor) {
                    severity = lower(severity);
                }
                let mut message = format!(
                    "The {} reference gives {} here, and the source has no such figure.",
                    self.lang(v),
                    shown(r)
                );
                let others: Vec<&str> = langs
                    .iter()
                    .copied()
                    .filter(|l| *l != self.lang(v))
                    .collect();
                if !others.is_empty() {
                    message.push_str(&format!(
                        " The {} {} {} it too.",
                        list(&others),
                        plural(&others),
                        if others.len() == 1 { "has" } else { "have" }
                    ));
                } else if self.views.len() > 1 {
                    message.push_str(&format!(" Only the {} reference has it.", self.lang(v)));
                }
                if is_soft(r)
                    || (is_count(r) && says_in_words(self.source, anchor..anchor + 1, r.value))
                    || (is_whole_percent(r) && says_wholly(self.source, anchor..anchor + 1))
                    || (r.kind == FigureKind::Period
                        && names_century(self.source, anchor..anchor + 1))
                {
                    severity = Severity::Info;
                }
                // `20 футқа (6 метрге)` against `до 20 фута`, `60 Minutes (60 хвилин)` against
                // `„60 минути“`: the source gives this figure, paired with another rendering
                // of it; nothing is missing.
                if self.gives_number(anchor, r) {
                    severity = Severity::Info;
                }
                // `this year`, `цього року`, `биылғы` for a source that names no year (bg `за
                // годината`): the reference spells out the dateline's own year, which a
                // sentence without one speaks of anyway. Nothing is missing.
                if is_dateline_year(view.reference, r) {
                    severity = Severity::Info;
                    message.push_str(" It is the dateline's own year, said in words.");
                }
                // `12 mph (19 km/h)`: the reference's own conversion of a figure beside it;
                // `385 миль (619 км)`: a conversion of a figure the source gives. Nothing is
                // missing.
                let own = converted_in(view.reference, rid.0, r, Some(GLOSS_REACH));
                let conversion = match own {
                    Some(of) => Some(format!("its own conversion of {}", shown(of))),
                    None => self
                        .converted_from(anchor, r, None)
                        .map(|of| format!("a conversion of {} that the source gives", shown(of))),
                };
                if let Some(what) = conversion {
                    severity = Severity::Info;
                    message = format!(
                        "The {} reference gives {} here as well, {what}.",
                        self.lang(v),
                        shown(r)
                    );
                }
                rows.push(self.row(
                    Some(v),
                    Kind::MissingNumber,
                    severity,
                    sentence_side(self.source, anchor),
                    figure_side(view.reference, rid),
                    message,
                ));
            }
        }
    }

    fn name_rows(&self, rows: &mut Vec<Row>) {
        // Per reference and source spelling: the reference names already reported against it,
        // with the line.
        let mut reported: HashMap<(usize, String), Vec<(Name, usize)>> = HashMap::new();
        for sid in ids(&self.source.names, 0..self.source.sentences.len()) {
            let Some(s) = name(self.source, sid) else {
                continue;
            };
            let mut agree = Vec::new();
            let mut differ = Vec::new();
            let usual = self.misspelt.get(&sid).and_then(|&u| name(self.source, u));
            for (v, view) in self.views.iter().enumerate() {
                match view.names.get(&sid) {
                    Some(p) if p.relation == Relation::Equal => {
                        // Matched as a transliteration variant, yet the reference writes it the
                        // way the rest of the source does: a misspelling after all.
                        let confirmed =
                            usual
                                .zip(name(view.reference, p.reference))
                                .is_some_and(|(u, r)| {
                                    names::name_similarity(u, r).1 > names::name_similarity(s, r).1
                                });
                        // Or a vowel left out or changed as no convention does (see
                        // `names_vowel_slip.rs`).
                        let dropped = name(view.reference, p.reference).is_some_and(|r| {
                            names_vowel_slip::slip(s, r, &self.source.doc.text).is_some()
                        });
                        if confirmed || dropped {
                            differ.push((v, *p));
                        } else {
                            agree.push(v);
                        }
                    }
                    Some(p) => differ.push((v, *p)),
                    None => {}
                }
            }
            // A reference matched as a variant that writes the name letter for letter as one
            // that differs from the source sides with that one (`Бектенов` beside `Bektenov`,
            // against the source's `Бектанов`), when the source differs from it in one letter
            // put for another, no Bulgarian `ъ` (see `confirmed` below).
            let source_key = translit::fold(&s.key);
            let sided: Vec<usize> = agree
                .iter()
                .copied()
                .filter(|&v| {
                    let view = &self.views[v];
                    let Some(rv) = view
                        .names
                        .get(&sid)
                        .and_then(|p| name(view.reference, p.reference))
                    else {
                        return false;
                    };
                    let key = translit::fold(&rv.key);
                    vowel_slip(s, &source_key, &key)
                        && differ.iter().any(|&(w, pw)| {
                            name(self.views[w].reference, pw.reference)
                                .is_some_and(|rw| keys_alike(&translit::fold(&rw.key), &key))
                        })
                })
                .collect();
            for v in sided {
                agree.retain(|&a| a != v);
                if let Some(p) = self.views[v].names.get(&sid) {
                    differ.push((v, *p));
                }
            }
            // What each agreeing reference writes: its own spelling, not the source's.
            let agree_spelt: Vec<(&str, &str)> = agree
                .iter()
                .filter_map(|&w| {
                    let view = &self.views[w];
                    let p = view.names.get(&sid)?;
                    Some((
                        self.lang(w),
                        name(view.reference, p.reference)?.text.as_str(),
                    ))
                })
                .collect();
            for &(v, p) in &differ {
                let view = &self.views[v];
                let Some(r) = name(view.reference, p.reference) else {
                    continue;
                };
                // A name the source keeps in Latin letters is best witnessed by a reference
                // that writes it in Latin letters too: a reference in another script agrees
                // with either spelling (`Бутс` fits `Bots` and `Boots`), so its agreement
                // does not outweigh a Latin reference that differs.
                let exact_witness = is_latin(&s.text)
                    && is_latin(&r.text)
                    && !agree_spelt.is_empty()
                    && agree_spelt.iter().all(|(_, t)| !is_latin(t));
                // References that agree only through a part of the name (`Арианы` for
                // `Ариана Едуард`) say nothing of the word where this one differs (`Едуард`
                // against `Grande`): the word is this reference's against none.
                let unsupported = (!agree.is_empty() && !exact_witness)
                    .then(|| self.partial_agreement(s, r, sid, &agree))
                    .flatten();
                let (kind, mut severity, message) = if agree.is_empty()
                    || exact_witness
                    || unsupported.is_some()
                {
                    // Other references that write the name as this one does, letter for
                    // letter in any script (`Bektenov`, `Бектенов`).
                    let folded = translit::fold(&r.key);
                    let same: Vec<&str> = differ
                        .iter()
                        .filter(|&&(w, q)| {
                            w != v
                                && name(self.views[w].reference, q.reference).is_some_and(|o| {
                                    o.key == r.key || keys_alike(&translit::fold(&o.key), &folded)
                                })
                        })
                        .map(|&(w, _)| self.lang(w))
                        .collect();
                    // Other references write the name as this one, and the source differs in
                    // one vowel put for another, no Bulgarian `ъ` (which renders any
                    // unstressed vowel, `Нортън` for `Norton`): the vowel is the source's own
                    // (`Бектанов` against `Bektenov`, `Бектенов`).
                    let confirmed = !same.is_empty() && vowel_slip(s, &source_key, &folded);
                    // A name the names stage cut in two (`Ню` `Райдър`) is shown whole.
                    let joined = view
                        .joined_names
                        .get(&sid)
                        .and_then(|&first| name(self.source, first));
                    let (shown, key) = match joined {
                        Some(other) => {
                            let whole = if other.offset < s.offset {
                                format!("{} {}", other.text, s.text)
                            } else {
                                format!("{} {}", s.text, other.text)
                            };
                            let key = names::key(&whole, self.source.doc.lang);
                            (whole, key)
                        }
                        None => (s.text.clone(), s.key.clone()),
                    };
                    let mut m = format!(
                        "The name differs: {} ({}) in the source, {} ({}) in the {} reference.",
                        shown,
                        key,
                        r.text,
                        r.key,
                        self.lang(v)
                    );
                    if let Some(u) = usual {
                        m.push_str(&format!(
                            " The source itself writes {} on line {}.",
                            u.text, u.line
                        ));
                    }
                    if exact_witness {
                        m.push_str(&format!(
                            " The {} either spelling.",
                            spelt_by(&agree_spelt, "fits", "fit")
                        ));
                    }
                    if let Some(word) = &unsupported {
                        m.push_str(&format!(
                            " The {} only part of it, not {}.",
                            spelt_by(&agree_spelt, "writes", "write"),
                            word
                        ));
                    }
                    if !same.is_empty() {
                        m.push_str(&format!(
                            " The {} {} {} with the {} reference.",
                            list(&same),
                            plural(&same),
                            if same.len() == 1 { "agrees" } else { "agree" },
                            self.lang(v)
                        ));
                    }
                    if p.relation == Relation::Unrelated {
                        // Paired by place only (see `pair_leftover_names`): less certain,
                        // unless the document shows the source knows the reference's one.
                        let proven = view
                            .proven_names
                            .get(&sid)
                            .and_then(|&z| name(self.source, z));
                        let mut m = match proven {
                            Some(z) => format!(
                                "The source names {} where the {} reference names {}, which the source writes {} on line {} but not here: a different name.",
                                s.text,
                                self.lang(v),
                                r.text,
                                z.text,
                                z.line
                            ),
                            None => format!(
                                "The source names {} where the {} reference names {}: a different name?",
                                s.text,
                                self.lang(v),
                                r.text
                            ),
                        };
                        // Most references naming the same one here make it a wrong name.
                        let also = self.also_named(v, sid, r);
                        let covering = self
                            .views
                            .iter()
                            .filter(|w| !w.uncovered.contains(&sid.0))
                            .count();
                        if !also.is_empty() {
                            m.push_str(&format!(
                                " The {} {} {} too.",
                                list(&also),
                                plural(&also),
                                if also.len() == 1 {
                                    "names it"
                                } else {
                                    "name it"
                                }
                            ));
                        }
                        // The source's name a known entity of the document, which this
                        // reference does not write here.
                        if let Some((x, rx)) = self.reference_spelling_elsewhere(v, sid) {
                            if let (Some(x), Some(rx)) =
                                (name(self.source, x), name(view.reference, rx))
                            {
                                m.push_str(&format!(
                                    " The source names {} on line {} too, where the {} reference writes {}.",
                                    x.text,
                                    x.line,
                                    self.lang(v),
                                    rx.text
                                ));
                            }
                        }
                        // An error when most references agree, or when the document proves
                        // the source knows the reference's one and names another in its
                        // stead; a warning when the source writes the reference's one
                        // elsewhere; else two words that merely fail to meet. A side made of
                        // ordinary words (`Силата` for `Power`, a title translated) is no
                        // evidence of another name however many references have a name
                        // there: only the document's evidence makes it a warning.
                        let ordinary = s.ordinary || r.ordinary;
                        let most = !also.is_empty() && (also.len() + 1) * 2 > covering;
                        // A reference in another script names the same one here (`Bethesda`
                        // and `Бетесда`): a name translations transliterate, not translate;
                        // and no reference writes the source's name anywhere: the source's
                        // name is no rendering of theirs. (References of one script agree as
                        // readily on a translated name, `Рождество`, that the source
                        // translates its own way, `Коледа`.)
                        let foreign = !ordinary
                            && self.named_in_another_script(v, sid, r)
                            && self.foreign_to_references(sid);
                        if foreign {
                            m.push_str(&format!(" No reference writes {} anywhere.", s.text));
                        }
                        // The source's word an adjective heading a phrase in lower case
                        // (`Британската партия на независимостта` for `Ukip`, `Националната
                        // футболна лига`): a title the source translates, whose head word
                        // stands at the reference name's place by chance; and a source word
                        // that is an ordinary word of the source's language (`Комитета`)
                        // names nothing in its stead, whatever the document says of the
                        // reference's name, unless most references name it here. (A Latin
                        // word in Cyrillic text, `Still`, is no word of the source's language.)
                        let title = heads_title(self.source, sid, s);
                        if title {
                            m.push_str(&format!(
                                " {} heads a title in lower-case words: a translation?",
                                s.text
                            ));
                        }
                        // Likewise the reference's name beside an ordinary word of a title
                        // (`Партии Уэльса`, the party of Wales, for the source's `Plaid`): the
                        // reference translates a name, the place within it is no name put for
                        // the source's.
                        let reference_title =
                            names_translated::title_word_beside(view.reference, p.reference)
                                .filter(|_| is_latin(&s.text) && !is_latin(&r.text));
                        if let Some(word) = &reference_title {
                            m.push_str(&format!(
                                " The reference names {} within a title of ordinary words ({word}): a translation?",
                                r.text
                            ));
                        }
                        let title = title || reference_title.is_some();
                        let ordinary = ordinary || title;
                        // One word of a name of several replaced by another name-word, the
                        // rest the same (`Южна Bestwood` for `Південної Кароліни`): the
                        // agreeing words pair the names, not the place alone.
                        let swapped_word = differing_name_words(s, r)
                            .filter(|(_, _, any_same)| *any_same)
                            .and_then(|(words, left, _)| {
                                left.first().map(|&i| words[i].text.clone())
                            })
                            .or_else(|| view.partly_written.get(&sid).cloned())
                            .or_else(|| {
                                self.continues_paired_name(v, sid, p.reference)
                                    .then(|| s.text.clone())
                            });
                        if let Some(w) = &swapped_word {
                            m.push_str(&format!(
                                " The other words agree; {w} is no word of the reference's name."
                            ));
                        }
                        // Neither document knows the other's name, nor the source its
                        // own elsewhere: one name put for another (see `names_swapped.rs`).
                        // With one reference only: where others render the sentence, their
                        // naming it too or not is the evidence (`most` above).
                        // The reference repeats here a name the source writes once, and the
                        // source has this name, which the reference never writes, in the
                        // place of the repetition (see `names_repeated.rs`).
                        let repeated = view
                            .repeated_names
                            .get(&sid)
                            .and_then(|&o| name(self.source, o));
                        if let Some(o) = repeated {
                            m.push_str(&format!(
                                " The {} reference names {} twice here, the source {} once, and {} in the other's place, a name the reference writes nowhere.",
                                self.lang(v),
                                r.text,
                                o.text,
                                s.text
                            ));
                        }
                        let lone = !(names_swapped::ordinary_word_of_source(self.source, s)
                            || r.ordinary
                            || title)
                            && covering == 1
                            && proven.is_none()
                            && !foreign
                            && swapped_word.is_none()
                            && self.lone_unknown_name(v, sid, s, r);
                        if lone {
                            m.push_str(&format!(
                                " Neither document writes the other's name anywhere, and the source names {} nowhere else.",
                                s.text
                            ));
                        }
                        // `Мадрид` where the reference names `Испании`: the capital for its
                        // government, a region for its country; one entity said two ways
                        // unless most references name the other here.
                        let within = names::place_within_country(
                            &s.text,
                            self.source.doc.lang,
                            &r.text,
                            view.reference.doc.lang,
                        );
                        if within {
                            m.push_str(" One side names a place, the other the country it is in.");
                        }
                        let severity = if within && !most {
                            Severity::Info
                        } else if (most || proven.is_some()) && !ordinary {
                            Severity::Error
                        } else if (proven.is_some()
                            && !title
                            && (most
                                || !s.ordinary
                                || is_latin(&s.text)
                                || self.ordinary_word_foreign_to_reference(v, sid, s)))
                            || (!ordinary
                                && (foreign
                                    || swapped_word.is_some()
                                    || !view.weak_names.contains(&sid)))
                            // (`lone` weighs ordinary words itself: a Latin word in Cyrillic
                            // text, `Hotel`, is none of the source's; `repeated` takes no
                            // ordinary word for a name of its own.)
                            || lone
                            || repeated.is_some()
                        {
                            Severity::Warning
                        } else {
                            Severity::Info
                        };
                        (Kind::NameMismatch, severity, m)
                    } else if let Some(note) = usual
                        .is_none()
                        .then(|| names_vowel_slip::slip(s, r, &self.source.doc.text))
                        .flatten()
                    {
                        // A vowel left out or put for another as no convention does.
                        m.push_str(&note);
                        (Kind::NameMismatch, Severity::Warning, m)
                    } else if let Some(note) = usual
                        .is_none()
                        .then(|| names_variant::one_name_said_otherwise(s, r))
                        .flatten()
                    {
                        m.push_str(note);
                        (Kind::NameMismatch, Severity::Info, m)
                    } else if let Some(z) = usual
                        .is_none()
                        .then(|| self.source_spelling_elsewhere(v, sid.0, p.reference))
                        .flatten()
                        .and_then(|z| name(self.source, z))
                        // Another spelling, not this name with a first name (`Джим Фурик`),
                        // nor this name spelt otherwise there.
                        .filter(|z| {
                            !name_evidence::same_entity(z, s)
                                && !name_evidence::renders_closer(s, z, r)
                                && !name_evidence::odd_spelling_of(z, s)
                        })
                    {
                        // The source writes the reference's name elsewhere, paired there,
                        // and otherwise here: whatever the spans or vowels, another name.
                        m.push_str(&format!(
                            " The source writes {} on line {} for it, but not here.",
                            z.text, z.line
                        ));
                        (Kind::NameMismatch, Severity::Error, m)
                    } else if usual.is_none()
                        && joined.is_none()
                        && !confirmed
                        && spans_differ(s, r)
                        && !names::known_places_apart(s, r)
                    {
                        // `Националната` against `National Science Foundation`: the two sides
                        // do not delimit the same name (the source took an adjective or a head
                        // noun alone), so their spellings say little.
                        m.push_str(" The reference names more words than the source.");
                        (Kind::NameMismatch, Severity::Info, m)
                    } else if usual.is_none() && !confirmed && names::differ_only_in_vowels(s, r) {
                        // `Бирмингам` against the Russian `Бирмингем`: each language writes a
                        // foreign name's vowels its own way. A misspelt vowel shows against the
                        // source's own spelling elsewhere (`usual`), and is an error then.
                        m.push_str(" Only the vowels differ: each language's convention?");
                        (Kind::NameMismatch, Severity::Info, m)
                    } else if usual.is_none()
                        && !confirmed
                        && names_variant::another_transliteration(s, r)
                    {
                        // `Серхио Гарсия` against `Серджіо Гарсіа`: each language's convention
                        // for a foreign name, step by step (see `names_variant.rs`).
                        m.push_str(" Spelled differently: another transliteration.");
                        (Kind::NameMismatch, Severity::Info, m)
                    } else if let Some((z, rz)) = usual
                        .is_none()
                        .then(|| self.reference_agrees_elsewhere(v, sid, r))
                        .flatten()
                    {
                        // The source spells the name as it does elsewhere, where this
                        // reference writes it alike: the reference spells it two ways, the
                        // source one (`Срасота` here, `Сарасота` on line 3).
                        m.push_str(&format!(
                            " The source writes {} on line {} too, where the {} reference writes {}: the reference's own spelling here?",
                            z.text,
                            z.line,
                            self.lang(v),
                            rz.text
                        ));
                        (Kind::NameMismatch, Severity::Info, m)
                    } else if let Some(word) = (usual.is_none() && !confirmed)
                        .then(|| names_translated::translated_part(s, r))
                        .flatten()
                    {
                        // A part said in ordinary words (`Research Center`, `Университета`):
                        // a translation, no spelling to check.
                        m.push_str(&format!(
                            " {word} is an ordinary word: one side translates part of the name?"
                        ));
                        (Kind::NameMismatch, Severity::Info, m)
                    } else {
                        (Kind::NameMismatch, Severity::Error, m)
                    }
                } else if let Some(word) = self.misspelt_word_no_one_else_writes(sid, s, r, &agree)
                {
                    // The agreeing references write only the other words of the name.
                    (
                        Kind::NameMismatch,
                        Severity::Warning,
                        format!(
                            "The name differs: {} ({}) in the source, {} ({}) in the {} reference. The {} only part of it, not {word}.",
                            s.text,
                            s.key,
                            r.text,
                            r.key,
                            self.lang(v),
                            spelt_by(&agree_spelt, "writes", "write")
                        ),
                    )
                } else if let Some(outvoted) =
                    self.references_outvote_source(v, sid, s, r, &agree, &differ)
                {
                    // The references agree among themselves, the source stands apart.
                    let mut m = format!(
                        "The name differs: {} ({}) in the source, {} ({}) in the {} reference.",
                        s.text,
                        s.key,
                        r.text,
                        r.key,
                        self.lang(v)
                    );
                    m.push_str(&outvoted.sentence(self.lang(v)));
                    let severity = if outvoted.unanimous {
                        Severity::Error
                    } else {
                        Severity::Warning
                    };
                    (Kind::NameMismatch, severity, m)
                } else {
                    // Spellings of names differ between scripts more than figures do: a
                    // reference that disagrees with the others is for the reader's
                    // information.
                    (
                        Kind::ReferenceConflict,
                        Severity::Info,
                        format!(
                            "The {} reference writes {} where the source writes {}, as the {}.",
                            self.lang(v),
                            r.text,
                            s.text,
                            spelt_by(&agree_spelt, "does", "do")
                        ),
                    )
                };
                let mut message = message;
                if view.low.contains(&sid.0) {
                    severity = lower(severity);
                }
                // The same difference again (`Айова` against `Iowa` on every line): the first
                // row carries the finding, the others point back to it.
                if kind == Kind::NameMismatch && severity >= Severity::Warning {
                    let earlier = reported.entry((v, s.text.clone())).or_default();
                    match earlier
                        .iter()
                        .find(|(o, _)| names::name_similarity(o, r).0 == names::Relation::Same)
                    {
                        Some((_, line)) => {
                            severity = Severity::Info;
                            message.push_str(&format!(" The same difference as on line {line}."));
                        }
                        None => earlier.push((r.clone(), s.line)),
                    }
                }
                rows.push(self.row(
                    Some(v),
                    kind,
                    severity,
                    name_side(self.source, sid),
                    name_side(view.reference, p.reference),
                    message,
                ));
            }
        }
    }

    /// Whether the references in `agree`, which pair source name `s` with a name of theirs
    /// as the same, all write fewer words than `s` and none of them the word of `s` that no
    /// word of `r` (a differing reference's name) matches, while `r` has a word of its own
    /// there: `Ариана Едуард` against `Ariana Grande`, with the ru `Арианы` agreeing. That
    /// word of `s` (the first one) when so. Only name-words count on both sides: an ordinary
    /// word (`Восток` against `East`, `University`) is a part of the name translated.
    fn partial_agreement(&self, s: &Name, r: &Name, sid: Id, agree: &[usize]) -> Option<String> {
        let (s_words, s_name_words, _) = differing_name_words(s, r)?;
        let same = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Same;
        let supported = agree.iter().any(|&w| {
            let view = &self.views[w];
            let Some(a) = view
                .names
                .get(&sid)
                .and_then(|p| name(view.reference, p.reference))
            else {
                return true;
            };
            // Support: as many words as the source, the differing word itself, or a word
            // of its own (`Колокола Коронадо` for `Камбаните на Коронадо`: a part
            // translated, not left out).
            let a_words = single_words(a);
            a_words.len() >= s_words.len()
                || s_name_words
                    .iter()
                    .any(|&i| a_words.iter().any(|aw| same(&s_words[i], aw)))
                || a_words
                    .iter()
                    .any(|aw| !s_words.iter().any(|sw| same(sw, aw)))
        });
        if supported {
            return None;
        }
        s_name_words.first().map(|&i| s_words[i].text.clone())
    }

    /// Whether a reference other than `v`, written in another script than reference name
    /// `r`, names the same one as `r` where the source has `sid` and no counterpart of it.
    fn named_in_another_script(&self, v: usize, sid: Id, r: &Name) -> bool {
        self.views.iter().enumerate().any(|(w, view)| {
            let other_script = |o: &Name| is_latin(&o.text) != is_latin(&r.text);
            // Or writes it as a word of the sentence, not as a name (`British` for
            // `Британії`).
            let written = || {
                view.reference.doc.lang.is_cyrillic() == is_latin(&r.text) && {
                    let (_, here) = self.bead_of(w, sid.0);
                    names::appears_in(
                        r,
                        &sentences_text(view.reference, &here),
                        view.reference.doc.lang,
                    )
                }
            };
            w != v && (names_here_unmatched(view, sid, r, other_script) || written())
        })
    }

    /// Another occurrence of source name `sid`, spelt alike (same key), in another sentence,
    /// that reference `v` pairs as the same name with a spelling close to its `r` here:
    /// (that source name, that reference name). Then the source is consistent and the
    /// reference is not.
    fn reference_agrees_elsewhere(&self, v: usize, sid: Id, r: &Name) -> Option<(&Name, &Name)> {
        let view = &self.views[v];
        let s = name(self.source, sid)?;
        let (here, _) = self.bead_of(v, sid.0);
        ids(&self.source.names, 0..self.source.sentences.len())
            .into_iter()
            .filter(|id| !here.contains(&id.0))
            .find_map(|id| {
                // The source's spelling there: this one, or a slip of it (`Детфорд` once
                // for `Дептфорд`), which the reference may pair as another spelling.
                let slip_of_this = self
                    .misspelt
                    .get(&id)
                    .and_then(|&u| name(self.source, u))
                    .is_some_and(|u| u.key == s.key);
                let z = name(self.source, id).filter(|z| z.key == s.key || slip_of_this)?;
                let p = view.names.get(&id).filter(|p| {
                    p.relation == Relation::Equal
                        || (slip_of_this && p.relation == Relation::Number)
                })?;
                let rz = name(view.reference, p.reference)?;
                (names::name_similarity(rz, r).0 != names::Relation::Unrelated).then_some((z, rz))
            })
    }

    /// Whether source name `sid` and reference name `rid` each directly follow (a space
    /// between) a capitalized word, and those two words are the same name-word (`Рапид`
    /// `Jacquemus` against `Rapid` `Vienna`): the second words of one name, cut in two or
    /// half found by the names stage, that differ.
    fn continues_paired_name(&self, v: usize, sid: Id, rid: Id) -> bool {
        let view = &self.views[v];
        let before = |doc: &Analyzed, id: Id| -> Option<Name> {
            let n = name(doc, id)?;
            let sentence = doc.sentences.get(id.0)?;
            let head = sentence
                .text
                .get(..n.offset.checked_sub(sentence.offset)?)?;
            let trimmed = head.strip_suffix(' ')?;
            let word_start = trimmed
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map(|(at, _)| at)?;
            let word = trimmed.get(word_start..)?;
            let capitalized = word.chars().next().is_some_and(char::is_uppercase);
            let w = Name::new(word, n.lang, n.line, n.offset);
            (capitalized && !w.acronym && !is_short(&w) && !is_common_word(&w)).then_some(w)
        };
        // The differing words not two spellings of one (`Пиуг`, `Пуч` for `Puig`: alike
        // letter for letter, though no variant the matcher knows).
        let alike = name(self.source, sid)
            .zip(name(view.reference, rid))
            .is_none_or(|(s, r)| names::name_similarity(s, r).1 >= SPELLINGS_ALIKE);
        if alike {
            return false;
        }
        match (before(self.source, sid), before(view.reference, rid)) {
            (Some(a), Some(b)) => names::name_similarity(&a, &b).0 == names::Relation::Same,
            _ => false,
        }
    }

    /// Whether most references that render source sentence `anchor` (two at least) name
    /// there, with no counterpart in the source, the same one as reference name `r`.
    fn named_by_most_references(&self, anchor: usize, r: &Name) -> bool {
        let covering: Vec<&RefView> = self
            .views
            .iter()
            .filter(|w| !w.uncovered.contains(&anchor))
            .collect();
        let naming = covering
            .iter()
            .filter(|view| {
                view.missing_names.iter().any(|&(id, a)| {
                    a == anchor
                        && name(view.reference, id).is_some_and(|o| {
                            o.key == r.key
                                || names::name_similarity(o, r).0 == names::Relation::Same
                        })
                })
            })
            .count();
        naming >= 2 && naming * 2 > covering.len()
    }

    /// A source name of sentence `s` that no reference pairs with a name of its own and no
    /// reference writes anywhere (see [`Ctx::foreign_to_references`]).
    fn foreign_name_in(&self, s: usize) -> Option<&Name> {
        let count = self.source.names.get(s).map_or(0, Vec::len);
        (0..count)
            .map(|i| (s, i))
            .find(|&sid| {
                self.views.iter().all(|view| !view.names.contains_key(&sid))
                    && self.foreign_to_references(sid)
            })
            .and_then(|sid| name(self.source, sid))
    }

    /// The other references (than `v`) that name, in the sentence of source name `sid`, the
    /// same one as reference name `r` while the source has no such name there: paired by
    /// place with the same source name, or left without a counterpart.
    fn also_named(&self, v: usize, sid: Id, r: &Name) -> Vec<&'static str> {
        self.views
            .iter()
            .enumerate()
            .filter(|&(w, view)| w != v && names_here_unmatched(view, sid, r, |_| true))
            .map(|(w, _)| self.lang(w))
            .collect()
    }

    /// Whether reference name `r` of view `v` is the country the source's language is written
    /// for (`Болгарии`, `Bulgaria's` against a Bulgarian source: `home_countries.tsv`).
    fn home_country(&self, v: usize, r: &Name) -> bool {
        names::exonym_ids(&r.text, self.views[v].reference.doc.lang)
            .into_iter()
            .filter_map(names::exonym_id_name)
            .any(|id| crate::lang::is_home_country(id, self.source.doc.lang))
    }

    fn missing_name_rows(&self, rows: &mut Vec<Row>) {
        let mut groups: Vec<(usize, String, Members)> = Vec::new();
        for (v, view) in self.views.iter().enumerate() {
            for &(rid, anchor) in &view.missing_names {
                let Some(r) = name(view.reference, rid) else {
                    continue;
                };
                match groups.iter_mut().find(|(a, key, m)| {
                    *a == anchor && *key == r.key && m.iter().all(|(w, _)| *w != v)
                }) {
                    Some((_, _, m)) => m.push((v, rid)),
                    None => groups.push((anchor, r.key.clone(), vec![(v, rid)])),
                }
            }
        }
        for (anchor, _, members) in groups {
            let langs: Vec<&str> = members.iter().map(|&(v, _)| self.lang(v)).collect();
            for &(v, rid) in &members {
                let view = &self.views[v];
                let Some(r) = name(view.reference, rid) else {
                    continue;
                };
                let mut message = format!(
                    "The {} reference names {} here, and the source sentence does not.",
                    self.lang(v),
                    r.text
                );
                let others: Vec<&str> = langs
                    .iter()
                    .copied()
                    .filter(|l| *l != self.lang(v))
                    .collect();
                if !others.is_empty() {
                    message.push_str(&format!(
                        " The {} {} {} it too.",
                        list(&others),
                        plural(&others),
                        if others.len() == 1 { "has" } else { "have" }
                    ));
                }
                // Names vary across languages far more than figures (adjectives, translated
                // institutions, titles), so one reference alone is weak evidence: a warning
                // needs two references that agree; one alone is for the reader's information.
                // Agreeing means most of the references that render this sentence: two of
                // four (ru and uk, often made one from the other) against the other two is
                // not agreement.
                let covering = (0..self.views.len())
                    .filter(|&w| !self.views[w].uncovered.contains(&anchor))
                    .count()
                    .max(members.len());
                // A name of ordinary words (`Game of Thrones`) may be in the source in
                // translation: its absence is for the reader's information only.
                let unproven = members
                    .iter()
                    .any(|&(w, id)| self.views[w].unproven_names.contains(&id));
                if unproven {
                    message.push_str(" Its words are ordinary words: the source may translate it.");
                }
                // An acronym the source spells out (`N.F.L.` as `Националната футболна лига`):
                // not missing, written in full.
                let spelt_out = spelt_out_in(
                    r,
                    &sentences_text(self.source, &self.bead_of(v, anchor).0),
                    self.source.doc.lang,
                );
                if let Some(words) = &spelt_out {
                    message.push_str(&format!(" The source may spell it out: {words}."));
                }
                // A title, slogan or acronym the source translates in quotation marks
                // (`„Аз съм знаменитост“` for I'm A Celebrity): said, not left out.
                let bead_text = sentences_text(self.source, &self.bead_of(v, anchor).0);
                let quoted = spelt_out
                    .is_none()
                    .then(|| names_quoted::quoted_in_own_words(&bead_text))
                    .flatten();
                if let Some(q) = quoted {
                    message.push_str(&format!(
                        " The source quotes „{q}“ in its own words: a translation of it?"
                    ));
                }
                let unproven = unproven || spelt_out.is_some() || quoted.is_some();
                // Most references name it, however each spells it (`US`, `США`, `АҚШ`), and
                // the source has in its place a name that no reference writes anywhere: not
                // left out, replaced. (Left out alone, a name is often a pronoun or a
                // rephrasing in a translation.)
                let replaced = !view.low.contains(&anchor)
                    && !view.unproven_names.contains(&rid)
                    && self.named_by_most_references(anchor, r)
                    && self
                        .foreign_name_in(anchor)
                        // The first word of a quoted title (`„Нека отново да направим Америка
                        // велика“`) is capitalized as a title's, no name put in its place.
                        .is_some_and(|f| !quoted.is_some_and(|q| q.starts_with(f.text.as_str())));
                if replaced {
                    if let Some(f) = self.foreign_name_in(anchor) {
                        message.push_str(&format!(
                            " The source names {} instead, which no reference writes anywhere.",
                            f.text
                        ));
                    }
                }
                let severity = if replaced
                    || (members.len() >= 2
                        && members.len() * 2 > covering
                        && !view.low.contains(&anchor)
                        && !unproven)
                {
                    Severity::Warning
                } else {
                    Severity::Info
                };
                // The source's home country, which its press leaves implied (`министърът`
                // for `министр ... Болгарии`): no information for the reader.
                if severity == Severity::Info && self.home_country(v, r) {
                    continue;
                }
                rows.push(self.row(
                    Some(v),
                    Kind::MissingName,
                    severity,
                    sentence_side(self.source, anchor),
                    name_side(view.reference, rid),
                    message,
                ));
            }
        }
    }

    fn sentence_rows(&self, rows: &mut Vec<Row>) {
        for s in 0..self.source.sentences.len() {
            let (lacking, having): (Vec<usize>, Vec<usize>) =
                (0..self.views.len()).partition(|&v| self.views[v].uncovered.contains(&s));
            let having_langs: Vec<&str> = having.iter().map(|&v| self.lang(v)).collect();
            for &v in &lacking {
                let (severity, message) = if having.is_empty() {
                    (
                        Severity::Warning,
                        format!(
                            "This source sentence has no counterpart in the {} reference: added text?",
                            self.lang(v)
                        ),
                    )
                } else {
                    (
                        Severity::Info,
                        format!(
                            "This source sentence has no counterpart in the {} reference, though the {} {} have one.",
                            self.lang(v),
                            list(&having_langs),
                            plural(&having_langs)
                        ),
                    )
                };
                rows.push(self.row(
                    Some(v),
                    Kind::UnalignedSource,
                    severity,
                    sentence_side(self.source, s),
                    Side::default(),
                    message,
                ));
            }
        }
        for (v, view) in self.views.iter().enumerate() {
            for &(r, before) in &view.unaligned {
                let place = match before.and_then(|b| self.source.sentences.get(b)) {
                    Some(b) => format!(" (it would follow source line {})", b.line),
                    None => " (it would open the source)".to_string(),
                };
                rows.push(self.row(
                    Some(v),
                    Kind::UnalignedRef,
                    Severity::Warning,
                    Side::default(),
                    sentence_side(view.reference, r),
                    format!(
                        "This {} reference sentence has no counterpart in the source: omitted text{place}?",
                        self.lang(v)
                    ),
                ));
            }
        }
    }

    /// One name written two ways within the source: `Жиенбаев` and `Жиенбев`.
    fn inconsistent_name_rows(&self, rows: &mut Vec<Row>) {
        for (&odd, &usual) in &self.misspelt {
            let (Some(n), Some(u)) = (name(self.source, odd), name(self.source, usual)) else {
                continue;
            };
            rows.push(self.row(
                None,
                Kind::NameMismatch,
                Severity::Warning,
                name_side(self.source, odd),
                Side::default(),
                format!(
                    "The source writes {} here but {} on line {}: the same name spelled two ways?",
                    n.text, u.text, u.line
                ),
            ));
        }
    }
}

/// Whether reference `view` names, in the sentence of source name `sid`, the same one as
/// reference name `r` (a name for which `also` holds) while the source has no such name there:
/// paired by place with that source name, or left without a counterpart.
fn names_here_unmatched(view: &RefView, sid: Id, r: &Name, also: impl Fn(&Name) -> bool) -> bool {
    let same = |id: Id| {
        name(view.reference, id)
            .is_some_and(|o| also(o) && names::name_similarity(o, r).0 == names::Relation::Same)
    };
    view.names
        .get(&sid)
        .is_some_and(|p| p.relation == Relation::Unrelated && same(p.reference))
        || view
            .missing_names
            .iter()
            .any(|&(id, anchor)| anchor == sid.0 && same(id))
}

/// Source names written two ways within the document, one letter apart (see
/// [`one_letter_apart`]; stricter than [`names::inconsistencies`], which also accepts
/// transliteration variants): every occurrence of the rarer spelling (on a tie, the later),
/// with an occurrence of the usual one.
fn misspelt_names(source: &Analyzed, views: &[RefView]) -> HashMap<Id, Id> {
    let all = ids(&source.names, 0..source.sentences.len());
    let list: Vec<Name> = all
        .iter()
        .filter_map(|&id| name(source, id).cloned())
        .collect();
    if list.len() != all.len() {
        return HashMap::new();
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for n in &list {
        *counts.entry(n.text.as_str()).or_default() += 1;
    }
    let count = |text: &str| counts.get(text).copied().unwrap_or(0);
    let mut out = HashMap::new();
    // Candidates: every pair of distinct spellings (a document holds few names).
    let mut firsts: Vec<usize> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, n) in list.iter().enumerate() {
        if !n.acronym && seen.insert(&n.text) {
            firsts.push(i);
        }
    }
    // Only spellings that share a word's first and last letters can be one letter apart
    // (`near` in one_letter_apart): an index on them keeps a document of thousands of
    // names from costing their square.
    let words: Vec<Vec<String>> = list.iter().map(name_words).collect();
    let keys = |x: usize| -> Vec<(char, char)> {
        let mut k: Vec<(char, char)> = words[x]
            .iter()
            .filter(|w| w.chars().count() >= 5)
            .filter_map(|w| Some((w.chars().next()?, w.chars().last()?)))
            .collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    let firsts_keys: Vec<Vec<(char, char)>> = firsts.iter().map(|&i| keys(i)).collect();
    let mut by_key: HashMap<(char, char), Vec<usize>> = HashMap::new();
    for (x, ks) in firsts_keys.iter().enumerate() {
        for &k in ks {
            by_key.entry(k).or_default().push(x);
        }
    }
    let mut pairs = Vec::new();
    for (x, ks) in firsts_keys.iter().enumerate() {
        let mut later: Vec<usize> = ks
            .iter()
            .flat_map(|k| by_key[k].iter().copied().filter(|&y| y > x))
            .collect();
        later.sort_unstable();
        later.dedup();
        pairs.extend(later.into_iter().map(|y| (firsts[x], firsts[y])));
    }
    for (i, j) in pairs {
        let (a, b) = (&list[i], &list[j]);
        if !words_one_letter_apart(&words[i], &words[j])
            || (names::same_known_entity(a, b) && names::same_known_entity(b, a))
            || names_variant::no_second_spelling(&words[i], &words[j], source.doc.lang)
            || names_convention::one_spelling_by_convention(&words[i], &words[j], source.doc.lang)
            || references_tell_apart(views, &all, &list, (a, b))
        {
            continue;
        }
        // The rarer spelling is the odd one; on a tie, the one whose differing word the
        // source's other names use less (`Обществото на Кромул` once, `Обществото на
        // Кромуел` once, but `Кромуел` six times alone); then the one the references support
        // less (`Кромул` against `Кромуел` and `Cromwell`); else the later.
        // Only the word spelled two ways counts (`Кромул`/`Кромуел`), not the words one name
        // has besides (`Баха` in `Баха Калифорния`).
        let word_uses = |mine: &[String], theirs: &[String]| {
            mine.iter()
                .filter(|w| {
                    !theirs.contains(w) && theirs.iter().any(|t| strsim::levenshtein(w, t) == 1)
                })
                .map(|w| words.iter().filter(|m| m.contains(w)).count())
                .sum::<usize>()
        };
        // A spelling mixing scripts in a word (`Twittаr`), or breaking its language's
        // orthography (`Шрьдер`), is a slip whatever the counts; on a tie of counts, a
        // spelling the language's tables list (`Брекзит`, not `Бекзит`) is the usual one.
        let clean =
            |n: &Name| !names_odd::mixes_scripts_in_a_word(n) && !names_odd::breaks_orthography(n);
        let a_is_odd = match clean(a)
            .cmp(&clean(b))
            .then(count(&a.text).cmp(&count(&b.text)))
            .then(word_uses(&words[i], &words[j]).cmp(&word_uses(&words[j], &words[i])))
            .then_with(|| names_odd::known_spelling(a, b))
        {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => {
                // Measured on the word spelt two ways (`Moentum`, `Momentum` of `Nottingham
                // Momentum`), not on the words one spelling has besides; on the whole names
                // when no reference renders either word (`Висшата` against `Премьер-лиге`).
                let support = |measured: (&Name, &Name)| {
                    reference_support(source, views, &all, &list, (a, b), measured)
                };
                let by_word = names_odd::spelt_otherwise(a, b)
                    .and_then(|(word_a, word_b)| support((&word_a, &word_b)));
                let (support_a, support_b) =
                    by_word.or_else(|| support((a, b))).unwrap_or((0.0, 0.0));
                support_a < support_b
            }
        };
        let (odd, usual) = if a_is_odd { (a, j) } else { (b, i) };
        for (k, n) in list.iter().enumerate() {
            if n.text == odd.text {
                out.entry(all[k]).or_insert(all[usual]);
            }
        }
    }
    out
}

/// Whether the references name the two spellings' occurrences as two different names: no
/// reference that renders both pairs them with one name, and one pairs them with unrelated
/// names (`Джейхан` the port and `Джейхун Байрамов` the minister: `Ceyhan` and `Jeyhun
/// Bayramov`). A misspelling is paired with the same reference name as the usual spelling, or
/// with a close one where the reference misspells it too (`Дептфорда`, `Депфорт`).
fn references_tell_apart(
    views: &[RefView],
    all: &[Id],
    list: &[Name],
    (a, b): (&Name, &Name),
) -> bool {
    let mut apart = 0usize;
    for view in views {
        let counterparts = |n: &Name| -> Vec<&Name> {
            all.iter()
                .zip(list)
                .filter(|(_, m)| m.text == n.text)
                .filter_map(|(id, _)| {
                    view.names
                        .get(id)
                        .filter(|p| p.relation != Relation::Unrelated)
                        .and_then(|p| name(view.reference, p.reference))
                })
                .collect()
        };
        let (of_a, of_b) = (counterparts(a), counterparts(b));
        if of_a.is_empty() || of_b.is_empty() {
            continue;
        }
        let relations: Vec<names::Relation> = of_a
            .iter()
            .flat_map(|ra| of_b.iter().map(|rb| names::name_similarity(ra, rb).0))
            .collect();
        if relations.contains(&names::Relation::Same) {
            return false;
        }
        if relations.iter().all(|&r| r == names::Relation::Unrelated) {
            apart += 1;
        }
    }
    apart > 0
}

/// How well the references support each of two spellings of a source name: the mean
/// similarity of each spelling (`measured`: the spellings or the words they write
/// otherwise) to the reference names that any occurrence of either is paired with (`None`
/// when none is paired, or none renders either). Both are measured against the same reference names, so that a
/// misspelling paired with a full name does not beat the right spelling paired with a
/// shorter one (`Донаод Тръмп` with `Donald Trump`, `Доналд Тръмп` with `Trump's`).
fn reference_support(
    source: &Analyzed,
    views: &[RefView],
    all: &[Id],
    list: &[Name],
    (a, b): (&Name, &Name),
    (measured_a, measured_b): (&Name, &Name),
) -> Option<(f64, f64)> {
    let (mut sum_a, mut sum_b) = (0.0, 0.0);
    let mut paired = 0usize;
    for (id, _) in all
        .iter()
        .zip(list)
        .filter(|(_, n)| n.text == a.text || n.text == b.text)
    {
        for view in views {
            let counterpart = view
                .names
                .get(id)
                .filter(|p| p.relation != Relation::Unrelated)
                .and_then(|p| name(view.reference, p.reference));
            if let (Some(r), Some(_)) = (counterpart, name(source, *id)) {
                let (relation_a, similarity_a) = names::name_similarity(measured_a, r);
                let (relation_b, similarity_b) = names::name_similarity(measured_b, r);
                // A reference name rendering neither (`Supreme Court` for `Върховния`, a
                // title translated) supports neither.
                if relation_a == names::Relation::Unrelated
                    && relation_b == names::Relation::Unrelated
                {
                    continue;
                }
                sum_a += similarity_a;
                sum_b += similarity_b;
                paired += 1;
            }
        }
    }
    (paired > 0).then(|| (sum_a / paired as f64, sum_b / paired as f64))
}

/// The words of a name as written, in lower case.
fn name_words(n: &Name) -> Vec<String> {
    n.text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether two names differ by one letter in one word as written, and agree otherwise:
/// `Тажибеев` / `Алибек Тажибаев`, `Касим` / `Касым`, but not `Казахстан` / `Жаңа Қазақстан`
/// (two letters: another name) nor `Иванов` / `Иванова` (an ending). Given the names' words
/// ([`name_words`]), split once per document.
fn words_one_letter_apart(wa: &[String], wb: &[String]) -> bool {
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let near = |x: &str, y: &str| {
        let (lx, ly) = (x.chars().count(), y.chars().count());
        x != y
            && lx.min(ly) >= 5
            && x.chars().next() == y.chars().next()
            && !x.starts_with(y)
            && !y.starts_with(x)
            && x.chars().last() == y.chars().last()
            && strsim::levenshtein(x, y) == 1
    };
    let mut misspelt = 0;
    for w in short {
        if long.contains(w) {
            continue;
        }
        if long.iter().any(|l| near(w, l)) {
            misspelt += 1;
        } else {
            return false;
        }
    }
    misspelt == 1
}

/// Whether both figures are a year counted back from the one named before (`година
/// по-рано`, `a year earlier`) by the same count: their values differ only where the years
/// they count from do, and that difference is reported at those years.
fn same_years_back(s: &Figure, source: &Analyzed, r: &Figure, reference: &Analyzed) -> bool {
    use crate::figures::scan::years_counted_back;
    let back = |f: &Figure, doc: &Analyzed| years_counted_back(&f.text, doc.doc.lang);
    back(s, source).is_some_and(|n| back(r, reference) == Some(n))
}

/// Whether sentences `range` of `doc` say `value` in words the figures stage leaves alone
/// (`първите`, `первыми`, `бірінші`, `два`: ordinals and small numbers in words are mostly no
/// figures a reader checks): a figure of that value on the other side is then no figure the
/// translation dropped or added.
fn says_in_words(doc: &Analyzed, range: Range<usize>, value: rust_decimal::Decimal) -> bool {
    use crate::figures::words::{number_at, WordsKind};
    if !value.fract().is_zero() || value.is_sign_negative() {
        return false;
    }
    range.into_iter().any(|i| {
        let (Some(st), Some(figs)) = (doc.sentences.get(i), doc.figures.get(i)) else {
            return false;
        };
        let text = st.text.as_str();
        let covered = |at: usize| {
            let file = st.file_offset(at);
            figs.iter()
                .any(|f| f.offset <= file && file < f.offset + f.text.len().max(1))
        };
        let mut before: Option<char> = None;
        let mut next = 0;
        for (at, c) in text.char_indices() {
            let starts_word = c.is_alphabetic() && !before.is_some_and(char::is_alphanumeric);
            before = Some(c);
            if at < next || !starts_word {
                continue;
            }
            let Some(n) = text
                .get(at..)
                .and_then(|rest| number_at(rest, doc.doc.lang))
            else {
                continue;
            };
            next = at + n.len;
            let counts = matches!(n.kind, WordsKind::Cardinal | WordsKind::Ordinal);
            if counts && n.value == value && !covered(at) {
                return true;
            }
        }
        false
    })
}

/// A percentage of exactly 100 (`100 процентов уверен`), which a translation may say as a
/// word (`абсолютно сигурен`, "absolutely certain").
fn is_whole_percent(f: &Figure) -> bool {
    f.kind == FigureKind::Percent
        && f.high.is_none()
        && f.approx == crate::figures::Approx::Exact
        && f.value == rust_decimal::Decimal::from(100)
}

/// Whether sentences `range` of `doc` hold a word that says "wholly" as `100 %` does
/// (`абсолютно`, `completely`: the `whole` rows of the language's `qualifiers.tsv`).
fn says_wholly(doc: &Analyzed, range: Range<usize>) -> bool {
    let words = &crate::figures::lexicon::data(doc.doc.lang).whole_words;
    range.into_iter().any(|i| {
        doc.sentences.get(i).is_some_and(|st| {
            st.text
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .any(|w| words.contains(&w.as_str()))
        })
    })
}

/// Whether sentences `range` of `doc` name a century in words, outside any figure (`в
/// началото на новия век`, `at the turn of the century`): a decade on the other side (`the
/// early 2000s`) is then the same time said more precisely, no figure dropped or added.
fn names_century(doc: &Analyzed, range: Range<usize>) -> bool {
    use crate::figures::lexicon::{data, DateRole};
    let dates = &data(doc.doc.lang).dates;
    range.into_iter().any(|i| {
        let (Some(st), Some(figs)) = (doc.sentences.get(i), doc.figures.get(i)) else {
            return false;
        };
        let text = st.text.as_str();
        let mut before: Option<char> = None;
        text.char_indices().any(|(at, c)| {
            let starts_word = c.is_alphabetic() && !before.is_some_and(char::is_alphanumeric);
            before = Some(c);
            let file = st.file_offset(at);
            starts_word
                && matches!(dates.longest(text, at), Some((DateRole::Century, _)))
                && !figs
                    .iter()
                    .any(|f| f.offset <= file && file < f.offset + f.text.len())
        })
    })
}

/// A range on one side against one of its ends alone on the other (`между 18 и години`, its
/// 29 lost, against `18 до 29 лет`): the other end is a figure one side lacks, missing from
/// the source or extra in it, rather than a changed number.
fn range_end_dropped(
    kind: Kind,
    rel: Relation,
    s: &Figure,
    r: &Figure,
    lang: &str,
) -> Option<(Kind, String)> {
    if kind != Kind::NumberMismatch || rel != Relation::Number {
        return None;
    }
    let is_end = |range: &Figure, end: &Figure| {
        end.approx == crate::figures::Approx::Exact
            && (relation::is_range_end(range, end, false)
                || relation::is_range_end(range, end, true))
    };
    let other_end = |range: &Figure, end: &Figure| {
        let other = if Some(end.value) == range.high {
            range.value
        } else {
            range.high?
        };
        Some(plain(other))
    };
    if is_end(r, s) {
        let other = other_end(r, s)?;
        return Some((
            Kind::MissingNumber,
            format!(
                "The {lang} reference gives {}; the source gives only {}, without the other end, {other}.",
                shown(r),
                shown(s)
            ),
        ));
    }
    if is_end(s, r) {
        let other = other_end(s, r)?;
        return Some((
            Kind::ExtraNumber,
            format!(
                "The source gives {}; the {lang} reference gives only {}, without the other end, {other}.",
                shown(s),
                shown(r)
            ),
        ));
    }
    None
}

fn lone_number_words(
    sentence: &crate::segment::Sentence,
    figures: &[Figure],
    lang: crate::lang::Lang,
) -> Vec<(usize, usize, rust_decimal::Decimal)> {
    use crate::figures::words::{number_at, WordsKind};
    let text = sentence.text.as_str();
    let covered = |at: usize| {
        let file = sentence.file_offset(at);
        figures
            .iter()
            .any(|f| f.offset <= file && file < f.offset + f.text.len().max(1))
    };
    let mut out = Vec::new();
    let mut next = 0;
    let mut before: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_word = c.is_alphabetic() && !before.is_some_and(char::is_alphanumeric);
        before = Some(c);
        if i < next || !starts_word {
            continue;
        }
        let Some(n) = text.get(i..).and_then(|rest| number_at(rest, lang)) else {
            continue;
        };
        next = i + n.len;
        let small =
            n.value >= rust_decimal::Decimal::ONE && n.value <= rust_decimal::Decimal::from(12);
        if n.kind == WordsKind::Cardinal && !n.ambiguous && small && !covered(i) {
            out.push((i, n.len, n.value));
        }
    }
    out
}

/// A figure written in words that is small or vague (`двете`, `хиляди`, `half`): translators
/// add and drop these freely (`both`, `thousands of`), so one without a counterpart is only
/// worth the reader's information.
/// A count, rank or measure, exact and no range: what a sentence may also say in words (`8
/// жыл` for `осмата година`, `номер 1` for `первыми`).
/// The most bytes between a part and its whole written apart (`осем от десетте`, `8 of the
/// 10`, `оннан сегізі`).
const SHARE_PARTS_GAP: usize = 12;

/// A plain whole number with nothing attached: a part or a whole of a share.
fn is_whole_count(f: &Figure) -> bool {
    f.kind == FigureKind::Number
        && f.unit.is_none()
        && f.high.is_none()
        && f.approx == crate::figures::Approx::Exact
        && f.value > Decimal::ZERO
        && f.value.fract().is_zero()
}

fn is_count(f: &Figure) -> bool {
    matches!(
        f.kind,
        FigureKind::Number | FigureKind::Ordinal | FigureKind::Measure | FigureKind::Age
    ) && f.high.is_none()
        && f.approx == crate::figures::Approx::Exact
}

/// Whether `f` is a year said in words (`this year`, `биылғы`) that resolves to the year of
/// `doc`'s dateline.
fn is_dateline_year(doc: &Analyzed, f: &Figure) -> bool {
    f.kind == FigureKind::Year
        && !f.text.chars().any(|c| c.is_ascii_digit())
        && doc
            .doc
            .date
            .is_some_and(|d| f.value == rust_decimal::Decimal::from(d.year))
}

fn is_soft(f: &Figure) -> bool {
    if f.text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // A part of a unit (`чверть години`, `half an hour`, `полтора часа`) is a duration or
    // amount a reader checks, not a determiner.
    if f.unit.is_some() && !f.value.fract().is_zero() {
        return false;
    }
    let v = f.value.abs();
    let power_of_ten = {
        let mut x = v;
        let ten = rust_decimal::Decimal::from(10);
        while x >= ten && (x % ten).is_zero() {
            x /= ten;
        }
        x == rust_decimal::Decimal::ONE && v >= rust_decimal::Decimal::from(100)
    };
    v <= rust_decimal::Decimal::from(12) || power_of_ten
}

#[cfg(test)]
mod tests;
/// Whether source name `s` (folded key `source_key`) is a slip of one vowel against a
/// reference's folded key `key`: one vowel put for another, the reference's name perhaps with
/// a title before (`olzhas bektanov`, `premer ministr olzhas bektenov`). Not a Bulgarian `ъ`,
/// which renders any unstressed vowel (`Нортън` for `Norton`), nor `y`, `j` or `w`, which
/// scripts render as vowels or consonants their own way (`Ратайковски`, `Ratajkowski`).
fn vowel_slip(s: &Name, source_key: &str, key: &str) -> bool {
    let Some(tail) = last_words(key, source_key.len()) else {
        return false;
    };
    let vowel = |c: char| "aeiou".contains(c);
    let mut differing = source_key.chars().zip(tail.chars()).filter(|(x, y)| x != y);
    !s.text.contains(['ъ', 'Ъ'])
        && differing.next().is_some_and(|(x, y)| vowel(x) && vowel(y))
        && differing.next().is_none()
}

/// Whether two folded name keys are the same letter for letter, the longer perhaps with a
/// title or first name before (`premer ministr olzhas bektenov`, `olzhas bektenov`).
fn keys_alike(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && last_words(long, short.len()) == Some(short)
}

/// The last `len` bytes of a key when they start a word (`olzhas bektenov` of `premer ministr
/// olzhas bektenov`).
fn last_words(key: &str, len: usize) -> Option<&str> {
    let start = key.len().checked_sub(len)?;
    let (head, tail) = (key.get(..start)?, key.get(start..)?);
    (head.is_empty() || head.ends_with(' ')).then_some(tail)
}
