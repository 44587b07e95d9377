//! Two figures of one kind that every reference gives the other way round: `540 души са
//! ранени, а 29 са изчезнали` written `29 … 540` while en, ru, uk and kk all give `540 … 29`.
//!
//! Seen reference by reference, two figures that trade places with nothing between them that
//! keeps its place (no name, no other figure) look like a sentence said the other way round,
//! which any one language may do (`mark_swaps` and `mark_name_swaps` in `mod.rs` need such an
//! anchor). Seen as a whole, several references that each give the two in the same order,
//! against the source's, while the sentence's other figures and names keep the source's
//! order, say that the source moved them: a free word order in one language is no reason to
//! doubt several.

use super::{figure, ids, swap_class, swap_pair, Id, Place, RefView, Relation};
use crate::figures::change_ends::{change_end, ChangeEnd};
use crate::figures::Figure;
use crate::pipeline::Analyzed;

/// How many references must give the two figures the other way round, none giving them in
/// the source's order.
const MIN_REFERENCES: usize = 2;

/// How one reference places two source figures.
#[derive(PartialEq)]
enum Order {
    /// In the source's order.
    Kept,
    /// The other way round, everything else in its place.
    Crossed,
    /// The other way round, with the sentence around them moved too: said otherwise, which
    /// alone tells nothing either way.
    Reworded,
}

/// Marks, in every reference view that gives both, the source figures that several
/// references give the other way round and none in the source's order (see the module
/// header), as [`Relation::PercentSwap`] or [`Relation::FigureSwap`].
pub(super) fn mark_order_outvoted(source: &Analyzed, views: &mut [RefView]) {
    if views.len() < MIN_REFERENCES {
        return;
    }
    let mut marks: Vec<(usize, Id, Relation)> = Vec::new();
    for sentence in 0..source.figures.len() {
        let figures: Vec<(Id, &Figure)> = ids(&source.figures, sentence..sentence + 1)
            .into_iter()
            .filter_map(|id| Some((id, figure(source, id)?)))
            .filter(|(_, f)| swap_class(f).is_some())
            .collect();
        for (i, &(a, fa)) in figures.iter().enumerate() {
            for &(b, fb) in &figures[i + 1..] {
                let Some(relation) = swap_pair(fa, fb) else {
                    continue;
                };
                let orders: Vec<(usize, Order)> = views
                    .iter()
                    .enumerate()
                    .filter_map(|(v, view)| Some((v, view.order_of(source, a, b)?)))
                    .collect();
                let crossed: Vec<usize> = orders
                    .iter()
                    .filter(|(_, o)| *o == Order::Crossed)
                    .map(|&(v, _)| v)
                    .collect();
                let kept = orders.iter().any(|(_, o)| *o == Order::Kept);
                if crossed.len() >= MIN_REFERENCES && !kept {
                    // A reference that said the sentence otherwise gives the two the other
                    // way round as well: left as the same figures, it would seem to side with
                    // the source against the others.
                    for (v, _) in orders {
                        marks.push((v, a, relation));
                        marks.push((v, b, relation));
                    }
                }
            }
        }
    }
    for (v, id, relation) in marks {
        if let Some(p) = views[v].figures.get_mut(&id) {
            p.relation = relation;
        }
    }
}

impl RefView<'_> {
    /// How this reference places source figures `a` before `b` (same sentence): `None` when
    /// it does not give both, as the same numbers, in the bead of their sentence.
    fn order_of(&self, source: &Analyzed, a: Id, b: Id) -> Option<Order> {
        let reference = self.reference;
        let bead = self.source_beads.get(&a.0)?.clone();
        let counterpart = self.counterparts.get(&a.0)?.clone();
        let place_in_reference = |sid: Id| -> Option<Place> {
            let p = self.figures.get(&sid)?;
            let same = p.relation.same_number()
                || matches!(p.relation, Relation::PercentSwap | Relation::FigureSwap);
            if !same || !counterpart.contains(&p.reference.0) {
                return None;
            }
            Some((p.reference.0, figure(reference, p.reference)?.offset))
        };
        let (ra, rb) = (place_in_reference(a)?, place_in_reference(b)?);
        if let Some(crossed) = self.ends_crossed(source, a, b) {
            return Some(if crossed { Order::Crossed } else { Order::Kept });
        }
        if ra < rb {
            return Some(Order::Kept);
        }
        let place = |sid: Id| -> Option<Place> { Some((sid.0, figure(source, sid)?.offset)) };
        // Everything else both sides pair in the bead: figures giving the same number, and
        // names paired as the same.
        let mut items: Vec<(Place, Place)> = ids(&source.figures, bead.clone())
            .into_iter()
            .filter(|&sid| sid != a && sid != b)
            .filter_map(|sid| Some((place(sid)?, place_in_reference(sid)?)))
            .collect();
        items.extend(self.equal_name_places(source, bead, &counterpart));
        let (sa, sb) = (place(a)?, place(b)?);
        // The two put back, each in the other's place in the reference: the whole sentence
        // then reads in the source's order.
        items.push((sa, rb));
        items.push((sb, ra));
        items.sort();
        if items.windows(2).all(|w| w[0].1 < w[1].1) {
            Some(Order::Crossed)
        } else {
            Some(Order::Reworded)
        }
    }

    /// Whether source figures `a` and `b` (same sentence), each paired here with a figure of
    /// the same number, trade the ends of a change: `Some(true)` when the source and this
    /// reference both say by their words which is the start and which the end (bg `от 8,9% на
    /// 7,4%`, en `to 7.4% from 8.9%`, kk `8,9%-дан 7,4%-ға дейін`) and say it the other way
    /// round; `None` when either side leaves a role unsaid. The roles, not the order, decide.
    fn ends_crossed(&self, source: &Analyzed, a: Id, b: Id) -> Option<bool> {
        let ends = |doc: &Analyzed, id: Id| change_end_of(doc, id);
        let rid = |sid: Id| self.figures.get(&sid).map(|p| p.reference);
        let (sa, sb) = (ends(source, a)?, ends(source, b)?);
        let xa = ends(self.reference, rid(a)?)?;
        let xb = ends(self.reference, rid(b)?)?;
        (sa != sb && xa != xb).then_some(sa != xa)
    }
}

/// Marks, in each reference view, two source figures of a change whose start and end the
/// source and that reference both say by their words, the other way round ([`RefView::
/// ends_crossed`]): bg `спадна от 7,4% на 8,9%` against en `fell to 7.4% from 8.9%`. One
/// reference is enough, as the words, not the word order, say it.
pub(super) fn mark_ends_traded(source: &Analyzed, views: &mut [RefView]) {
    for view in views.iter_mut() {
        let mut marks: Vec<(Id, Relation)> = Vec::new();
        for sentence in 0..source.figures.len() {
            let figures: Vec<(Id, &Figure)> = ids(&source.figures, sentence..sentence + 1)
                .into_iter()
                .filter_map(|id| Some((id, figure(source, id)?)))
                .filter(|&(id, f)| {
                    swap_class(f).is_some()
                        && view
                            .figures
                            .get(&id)
                            .is_some_and(|p| p.relation.same_number())
                })
                .collect();
            for (i, &(a, fa)) in figures.iter().enumerate() {
                for &(b, fb) in &figures[i + 1..] {
                    let Some(relation) = swap_pair(fa, fb) else {
                        continue;
                    };
                    let same_sentence = |id: Id| view.figures.get(&id).map(|p| p.reference.0);
                    if same_sentence(a) == same_sentence(b)
                        && view.ends_crossed(source, a, b) == Some(true)
                    {
                        marks.push((a, relation));
                        marks.push((b, relation));
                    }
                }
            }
        }
        for (id, relation) in marks {
            if let Some(p) = view.figures.get_mut(&id) {
                p.relation = relation;
            }
        }
    }
}

/// Which end of a change figure `id` of `doc` is, by its words ([`change_end`]).
fn change_end_of(doc: &Analyzed, id: Id) -> Option<ChangeEnd> {
    let f = figure(doc, id)?;
    let sentence = doc.sentences.get(id.0)?;
    let at = f.offset.checked_sub(sentence.offset)?;
    change_end(&sentence.text, at, &f.text, doc.doc.lang)
}
