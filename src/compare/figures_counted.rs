//! Two bare counts that trade places, told apart by the nouns they count: `19 гола в 31
//! мача` written `31 гола в 19 мача`. Both are counts with no unit, so every reference pairs
//! each number with the same number, and with nothing between them that keeps its place the
//! order alone says nothing (`mark_name_swaps` in `mod.rs`; `figures_outvoted.rs` asks for two
//! references giving them the other way round). The noun after each number does:
//! `src/figures/counted.rs` reads it as a concept (`goal`, `match`) in every language.
//!
//! A reference *crosses* the two when it gives the source's first number the concept the
//! source gives its second, and the second the first's; it *keeps* them when it gives each the
//! source's concept. One crossing reference is enough, none keeping: the noun goes with its
//! number whatever the order of the sentence (a Kazakh sentence turned round, `31 матчта 19
//! гол`, still counts the goals with 19), so the evidence is not the order that one language
//! may change freely, but what each number counts.

use super::{figure, ids, swap_pair, Id, RefView, Relation};
use crate::figures::counted::counted_after;
use crate::figures::{Figure, FigureKind};
use crate::pipeline::Analyzed;

/// What each side counts with two figures: (first's concept, second's concept).
type Counted = (&'static str, &'static str);

/// Marks, in every reference view that gives both as the same numbers, two bare counts of a
/// source sentence that a reference counts the other way round, none in the source's way (see
/// the module header), as [`Relation::FigureSwap`].
pub(super) fn mark_counted_swaps(source: &Analyzed, views: &mut [RefView]) {
    let mut marks: Vec<(usize, Id)> = Vec::new();
    let mut notes: Vec<(usize, Id, String)> = Vec::new();
    for sentence in 0..source.figures.len() {
        let counts: Vec<(Id, &Figure, &'static str)> = ids(&source.figures, sentence..sentence + 1)
            .into_iter()
            .filter_map(|id| {
                let f = figure(source, id)?;
                is_bare_count(f).then_some(())?;
                Some((id, f, counted(source, id)?))
            })
            .collect();
        for (i, &(a, fa, ca)) in counts.iter().enumerate() {
            for &(b, fb, cb) in &counts[i + 1..] {
                if ca == cb || swap_pair(fa, fb) != Some(Relation::FigureSwap) {
                    continue;
                }
                let given: Vec<(usize, Option<Counted>)> = views
                    .iter()
                    .enumerate()
                    .filter_map(|(v, view)| Some((v, view.counted_pair(a, b)?)))
                    .collect();
                let crossed = given.iter().any(|(_, c)| *c == Some((cb, ca)));
                let kept = given.iter().any(|(_, c)| *c == Some((ca, cb)));
                if crossed && !kept {
                    for (v, c) in given {
                        marks.push((v, a));
                        marks.push((v, b));
                        if c == Some((cb, ca)) {
                            let note = format!(
                                "The source counts {} {ca} and {} {cb}; the {} reference {} {cb} and {} {ca}.",
                                fa.text, fb.text, views[v].reference.doc.lang, fa.text, fb.text
                            );
                            notes.push((v, a, note.clone()));
                            notes.push((v, b, note));
                        }
                    }
                }
            }
        }
    }
    for (v, id, note) in notes {
        views[v].counted_swaps.insert(id, note);
    }
    for (v, id) in marks {
        if let Some(p) = views[v].figures.get_mut(&id) {
            p.relation = Relation::FigureSwap;
        }
    }
}

/// Whether source figure `sid` and its reference figure `rid` count the same thing (the noun
/// after each read as one concept), one that `other`, the figure it would have traded places
/// with, does not count in the source: the number went with its noun, so it did not trade
/// places when a reference turns the sentence round (kk `жеті қаладан … 12,6 мың ерікті`
/// against bg `12 600 доброволци … в седем града`). Two counts of one noun tell nothing.
pub(super) fn keeps_its_noun(
    source: &Analyzed,
    sid: Id,
    other: Id,
    reference: &Analyzed,
    rid: Id,
) -> bool {
    let Some(a) = counted(source, sid) else {
        return false;
    };
    counted(source, other) != Some(a) && counted(reference, rid) == Some(a)
}

/// A number with no unit, no range and no year: a count whose noun says what it counts.
fn is_bare_count(f: &Figure) -> bool {
    f.kind == FigureKind::Number && f.unit.is_none() && f.high.is_none()
}

/// The concept counted by figure `id` of `doc`: the noun right after it.
fn counted(doc: &Analyzed, id: Id) -> Option<&'static str> {
    let f = figure(doc, id)?;
    let sentence = doc.sentences.get(id.0)?;
    let end = f.offset.checked_sub(sentence.offset)? + f.text.len();
    counted_after(&sentence.text, end, doc.doc.lang)
}

impl RefView<'_> {
    /// Whether this reference gives source figures `a` and `b` (same sentence) as the same
    /// numbers in the bead of their sentence (`None` when not), and then what it counts with
    /// each, when it says.
    fn counted_pair(&self, a: Id, b: Id) -> Option<Option<Counted>> {
        let counterpart = self.counterparts.get(&a.0)?;
        let reference_of = |sid: Id| -> Option<Id> {
            let p = self.figures.get(&sid)?;
            let same = p.relation.same_number() || p.relation == Relation::FigureSwap;
            (same && counterpart.contains(&p.reference.0)).then_some(p.reference)
        };
        let (ra, rb) = (reference_of(a)?, reference_of(b)?);
        let reference = self.reference;
        Some(counted(reference, ra).zip(counted(reference, rb)))
    }
}
