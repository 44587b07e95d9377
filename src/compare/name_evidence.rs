//! Document-level evidence about names, for one reference: where the document pairs a source
//! name with a reference name as the same (`Equal`) or as close spellings of one name (the
//! matcher's `Different`: `Файнщайн` / `Фейнстейн`), so that a sentence whose names fail to
//! meet can be judged by what the rest of the document says. Names paired by place only are
//! no evidence.
//!
//! Two questions, both about the lines other than the one being judged:
//!
//! - [`NameIndex::source_spelling_elsewhere`]: does the source name the reference's entity
//!   elsewhere (`Тръмп` on line 3, paired there with `Trump`), while this source sentence
//!   does not write it? Then the source knows the entity and left it out here.
//! - [`NameIndex::reference_spelling_elsewhere`]: is the source's name a known entity of the
//!   document (`Москва` on line 7, paired there with `Moscow`), while this reference sentence
//!   does not write it? Then the source names here someone or something the reference does
//!   not.
//!
//! Both together, at the same place of a sentence, are what a translator confusing two
//! people or places leaves behind. Pairing the names themselves belongs to `super`; this
//! module only reads the pairings.

use std::collections::HashMap;
use std::ops::Range;

use super::{name, sentences_text, Id, RefView, Relation};
use crate::names::{self, Name};
use crate::pipeline::Analyzed;

/// The source and reference names paired as one name, indexed for look-ups by name.
pub(super) struct NameIndex {
    /// Block (see [`blocks`]) → the pairs (source name, reference name) whose source name
    /// has a word in that block.
    by_source: HashMap<String, Vec<(Id, Id)>>,
    /// Likewise by the reference name's words.
    by_reference: HashMap<String, Vec<(Id, Id)>>,
}

/// The blocks a name is filed under: the first three letters of each word of its key
/// (inflection changes the end of a word, not its start: `trampa`, `tramp`). Only names of
/// one document side are compared within a block, so one transliteration applies.
fn blocks(n: &Name) -> Vec<String> {
    let mut out: Vec<String> = n
        .key
        .split_whitespace()
        .map(|w| w.chars().take(3).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether two names of one document side name the same entity: the same, inflection
/// aside, with a first name added or left out (`Доналд Тръмп`, `Тръмпа`); a name of one word
/// against one of more must be its last word (the surname, the head word of a place), not
/// any of its words (`Nutrition` is no `British Nutrition Foundation`).
pub(super) fn same_entity(a: &Name, b: &Name) -> bool {
    if names::name_similarity(a, b).0 != names::Relation::Same {
        return false;
    }
    let words = |n: &Name| n.text.split_whitespace().count();
    let last = |n: &Name| {
        n.text
            .split_whitespace()
            .last()
            .map(|w| Name::new(w, n.lang, n.line, n.offset))
    };
    match (last(a), last(b)) {
        // One word against several: the one word must be the other's last (a surname, a
        // place's head word), not any of its words.
        (Some(x), Some(y)) => {
            words(a) == words(b) || names::name_similarity(&x, &y).0 == names::Relation::Same
        }
        _ => false,
    }
}

/// Whether the source's name `s`, which the reference document writes nowhere, may stand in
/// the place of the reference's acronym `r`, which the source writes elsewhere (`Хартлипул`
/// where the reference names `US`, the source writing `САЩ` elsewhere): a single word. A
/// name of several words is as often a title the source translates or spells out
/// (`Скалисти планини`, which a reference renders in words; `Saturday Night Live` for `SNL`).
pub(super) fn may_stand_for_acronym(s: &Name) -> bool {
    !s.text.contains(char::is_whitespace)
}

/// Whether the source's name `s` here renders reference name `r` more closely than `z`, the
/// source's name on another line paired there with `r`'s entity: then `z` is no evidence that
/// the source knows `r` and names another here, rather an odd spelling of the name the source
/// writes here (`Мидсамър Нортън` here, `Мидсамър Нотън` there, for `Мидсомер Нортон`;
/// `Еднан-Лаперуз` here, `Путин-Лаперуз` there, for `Эднан-Лапераз`), which is reported on
/// its own line.
pub(super) fn renders_closer(s: &Name, z: &Name, r: &Name) -> bool {
    let (relation, here) = names::name_similarity(s, r);
    relation != names::Relation::Unrelated && here > names::name_similarity(z, r).1
}

/// Whether `z`, the source's name on another line, is `s` spelt otherwise by a letter or two
/// (`Nottingham Eеst` there, `Nottingham East` here): the same name written two ways, which is
/// reported on its own line, not another name the source knows the reference's entity by. (A
/// surname swapped, `Джон Смит` for `Джон Браун`, is more than a letter or two.)
pub(super) fn odd_spelling_of(z: &Name, s: &Name) -> bool {
    z.key != s.key && strsim::normalized_levenshtein(&z.key, &s.key) >= ODD_SPELLING
}

/// How alike two keys of one name spelt two ways are at least (one letter in 15, as
/// `nottingham eest` and `nottingham east`; two in a name of 14 letters or more).
const ODD_SPELLING: f64 = 0.86;

impl NameIndex {
    /// Indexes the pairs of one reference's view.
    pub(super) fn build(source: &Analyzed, view: &RefView) -> NameIndex {
        let mut index = NameIndex {
            by_source: HashMap::new(),
            by_reference: HashMap::new(),
        };
        let mut pairs: Vec<(Id, Id)> = view
            .names
            .iter()
            .filter(|(_, p)| matches!(p.relation, Relation::Equal | Relation::Number))
            .map(|(&sid, p)| (sid, p.reference))
            .collect();
        pairs.sort_unstable();
        // Two occurrences of each pair of spellings are enough (one of them lies outside any
        // bead asked about); a long document repeats its names thousands of times.
        let mut kept: HashMap<(&str, &str), usize> = HashMap::new();
        pairs.retain(|&(sid, rid)| {
            let (Some(s), Some(r)) = (name(source, sid), name(view.reference, rid)) else {
                return false;
            };
            let count = kept.entry((s.text.as_str(), r.text.as_str())).or_default();
            *count += 1;
            *count <= 2
        });
        for (sid, rid) in pairs {
            if let Some(s) = name(source, sid) {
                for b in blocks(s) {
                    index.by_source.entry(b).or_default().push((sid, rid));
                }
            }
            if let Some(r) = name(view.reference, rid) {
                for b in blocks(r) {
                    index.by_reference.entry(b).or_default().push((sid, rid));
                }
            }
        }
        index
    }

    /// A source name that the document pairs, outside the bead `(here_source, here_ref)`,
    /// with a reference name naming the same as `r`, while the source sentences `here_source`
    /// do not write it (in any form): the source knows the reference's entity, and this
    /// sentence lacks it.
    pub(super) fn source_spelling_elsewhere(
        &self,
        source: &Analyzed,
        reference: &Analyzed,
        r: &Name,
        here_source: &Range<usize>,
        here_ref: &Range<usize>,
    ) -> Option<Id> {
        // Built only once a candidate needs it: most names have none.
        let mut text: Option<String> = None;
        let mut found = None;
        for (sid, z, o) in self.paired_outside(source, reference, r, here_source, here_ref) {
            // The spelling elsewhere must be a spelling of `r` itself (a pairing elsewhere may
            // be an alignment slip's).
            if !same_entity(o, r) || names::name_similarity(z, r).0 == names::Relation::Unrelated {
                continue;
            }
            let text = text.get_or_insert_with(|| sentences_text(source, here_source));
            if names::appears_in(z, text, source.doc.lang) {
                // Written here after all: the entity is not missing from this sentence.
                return None;
            }
            found.get_or_insert(sid);
        }
        found
    }

    /// Whether reference name `r`, a word of its language's (`West`, `Rock`, `May`), is a
    /// name of this document all the same: the source writes it on another line, paired
    /// there, in a spelling that is no word of the source's language (`Уест`, not `Запад`):
    /// transliterated, as a person's or place's name is, not translated as a word is. The
    /// whole of it (`Кание Уест` will do for `West`): a part of a title (`Глобален` for
    /// `Global Citizens`), an adjective, is a translation.
    pub(super) fn transliterated_elsewhere(
        &self,
        source: &Analyzed,
        reference: &Analyzed,
        r: &Name,
        here_source: &Range<usize>,
        here_ref: &Range<usize>,
    ) -> bool {
        self.source_spelling_elsewhere(source, reference, r, here_source, here_ref)
            .and_then(|z| name(source, z))
            .is_some_and(|z| {
                let words = |n: &Name| n.text.split_whitespace().count();
                !z.ordinary
                    && !z.acronym
                    && !super::is_common_word(z)
                    && !super::names_swapped::adjective(z)
                    && words(z) >= words(r)
            })
    }

    /// A source name of as many words as reference name `r` that the document pairs, outside
    /// the bead `(here_source, here_ref)`, with a reference name of as many words naming the
    /// same, while the source sentences `here_source` do not write it: the source knows `r`
    /// whole (`Северна Корея` for `North Korea`), where [`Self::source_spelling_elsewhere`]
    /// is content with a part of it (`Корея`).
    pub(super) fn whole_spelling_elsewhere(
        &self,
        source: &Analyzed,
        reference: &Analyzed,
        r: &Name,
        here_source: &Range<usize>,
        here_ref: &Range<usize>,
    ) -> Option<Id> {
        let words = |n: &Name| n.text.split_whitespace().count();
        // Built only once a candidate needs it, as in `source_spelling_elsewhere`.
        let mut text: Option<String> = None;
        self.paired_outside(source, reference, r, here_source, here_ref)
            .find_map(|(sid, z, o)| {
                let whole = words(z) == words(r) && words(o) == words(r) && same_entity(o, r);
                if !whole {
                    return None;
                }
                let text = text.get_or_insert_with(|| sentences_text(source, here_source));
                (!names::appears_in(z, text, source.doc.lang)).then_some(sid)
            })
    }

    /// The pairs of the document whose reference name shares a block with `r`, outside the
    /// bead `(here_source, here_ref)`: the source name's id, the source name and the
    /// reference name.
    fn paired_outside<'d>(
        &'d self,
        source: &'d Analyzed,
        reference: &'d Analyzed,
        r: &Name,
        here_source: &'d Range<usize>,
        here_ref: &'d Range<usize>,
    ) -> impl Iterator<Item = (Id, &'d Name, &'d Name)> + 'd {
        candidates(&self.by_reference, r).filter_map(move |(sid, rid)| {
            if here_source.contains(&sid.0) || here_ref.contains(&rid.0) {
                return None;
            }
            Some((sid, name(source, sid)?, name(reference, rid)?))
        })
    }

    /// The pair (source name, reference name), outside the bead `(here_source, here_ref)`, of
    /// a source name naming the same as `s`, where the reference sentences `here_ref` do not
    /// write that reference name: `s` is a known entity of the document, and the reference
    /// names another one here.
    pub(super) fn reference_spelling_elsewhere(
        &self,
        source: &Analyzed,
        reference: &Analyzed,
        s: &Name,
        here_source: &Range<usize>,
        here_ref: &Range<usize>,
    ) -> Option<(Id, Id)> {
        let mut text: Option<String> = None;
        let mut found = None;
        for (sid, rid) in candidates(&self.by_source, s) {
            if here_source.contains(&sid.0) || here_ref.contains(&rid.0) {
                continue;
            }
            let (Some(o), Some(x)) = (name(source, sid), name(reference, rid)) else {
                continue;
            };
            if !same_entity(o, s) {
                continue;
            }
            let text = text.get_or_insert_with(|| sentences_text(reference, here_ref));
            if names::appears_in(x, text, reference.doc.lang) {
                return None;
            }
            found.get_or_insert((sid, rid));
        }
        found
    }
}

/// The pairs filed under any block of `n`, each once, in document order.
fn candidates<'i>(
    index: &'i HashMap<String, Vec<(Id, Id)>>,
    n: &Name,
) -> impl Iterator<Item = (Id, Id)> + 'i {
    let mut all: Vec<(Id, Id)> = blocks(n)
        .iter()
        .filter_map(|b| index.get(b))
        .flatten()
        .copied()
        .collect();
    all.sort_unstable();
    all.dedup();
    all.into_iter()
}

/// Whether source name `s` (id `id`) comes right after the one word opening its sentence, a
/// capitalized word the names stage leaves out (a capital says nothing there), which is the
/// first word of reference name `r`, one word longer than `s`: a first name agreeing
/// (`Роб` + `Девън` against `Роб Дьюар`), so `s` stands for the reference's other words.
pub(super) fn first_word_opens_sentence(doc: &Analyzed, id: Id, s: &Name, r: &Name) -> bool {
    let count = |n: &Name| n.text.split_whitespace().count();
    if count(r) != count(s) + 1 || s.acronym || r.acronym {
        return false;
    }
    let Some(sentence) = doc.sentences.get(id.0) else {
        return false;
    };
    let Some(before) = s
        .offset
        .checked_sub(sentence.offset)
        .and_then(|to| sentence.text.get(..to))
    else {
        return false;
    };
    let opening = before.trim();
    let one_word = !opening.is_empty()
        && opening.chars().all(char::is_alphabetic)
        && opening.chars().next().is_some_and(char::is_uppercase);
    let Some(first) = r.text.split_whitespace().next() else {
        return false;
    };
    one_word
        && !before.ends_with(|c: char| !c.is_whitespace())
        && names::appears_in(
            &Name::new(first, r.lang, r.line, r.offset),
            opening,
            doc.doc.lang,
        )
}
