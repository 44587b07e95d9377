//! A rise said as a fall: `с 18% повече` put as `с 18% по-малко` while the reference says `18%
//! more`. The two figures give the same number, so only the words beside them tell the change
//! (`figures::directions`). Where both sides say a direction beside the figure and the two
//! differ, the pairing becomes [`Relation::Direction`]; where only one side says it, nothing
//! (translators often leave the word out, or put the verb further off).

use super::{figure, RefView, Relation};
use crate::figures::directions::{direction, Direction};
use crate::figures::{Figure, FigureKind};
use crate::pipeline::Analyzed;

/// Marks, in every reference view, the source figures paired with the same number whose
/// change the reference says the other way.
pub(super) fn mark_directions(source: &Analyzed, views: &mut [RefView]) {
    for view in views.iter_mut() {
        let reference = view.reference;
        for (&sid, p) in view.figures.iter_mut() {
            if !p.relation.same_number() {
                continue;
            }
            let Some(s) = figure(source, sid).filter(|f| is_amount(f)) else {
                continue;
            };
            let Some(ds) = direction_of(source, sid.0, s) else {
                continue;
            };
            let Some(r) = figure(reference, p.reference).filter(|f| is_amount(f)) else {
                continue;
            };
            if direction_of(reference, p.reference.0, r).is_some_and(|dr| dr != ds) {
                p.relation = Relation::Direction {
                    source_rises: ds == Direction::Up,
                };
            }
        }
    }
}

/// Whether `f` is an amount that may be a change: a count, a sum, a measure or a percentage
/// (not a year, a date, an ordinal, a multiplier, which says its direction in its value).
fn is_amount(f: &Figure) -> bool {
    match f.kind {
        FigureKind::Percent | FigureKind::PercentPoints | FigureKind::Money => true,
        FigureKind::Number => !super::relation::looks_like_year(f),
        FigureKind::Measure => f.unit.as_deref() != Some(crate::figures::multipliers::UNIT),
        _ => false,
    }
}

/// Whether a word beside figure `f` of sentence `sentence` of `doc` says which way its change
/// went.
pub(super) fn says_direction(doc: &Analyzed, sentence: usize, f: &Figure) -> bool {
    direction_of(doc, sentence, f).is_some()
}

fn direction_of(doc: &Analyzed, sentence: usize, f: &Figure) -> Option<Direction> {
    let s = doc.sentences.get(sentence)?;
    let at = f.offset.checked_sub(s.offset)?;
    direction(&s.text, at, &f.text, doc.doc.lang)
}
