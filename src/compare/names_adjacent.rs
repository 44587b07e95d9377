//! A name-word put before a name the reference pairs through its last word: `Досеба Корея`
//! against `North Korea`, `Британия Инглиш` against `Джонни Инглиш`. The names stage cuts
//! such a run in two at a known place or surname (it takes `Корея` alone), the matcher pairs
//! `Корея` with `North Korea` as the same, and the word before it finds nothing to pair with
//! in the sentence: against one reference nothing is left to report, though the reference
//! writes another word where the source has this one.
//!
//! The mirror of `pair_partial_names` (which looks at the name after a paired one,
//! `Ню` + `Райдър` against `New York`): the word before the paired name, with only white
//! space between, stands for the reference's first words when the reference's name ends
//! with the paired one and has more words. It is then a different name (`Relation::Number`),
//! shown joined to the paired one, and judged as any differing spelling.

use super::name_evidence::NameIndex;
use super::{ids, is_common_word, is_short, name, sentences_text, single_words, split_words_count};
use super::{Id, Pairing, RefView, Relation};
use crate::align::Bead;
use crate::names::{self, Name};
use crate::pipeline::Analyzed;

impl RefView<'_> {
    /// Pairs each unpaired source name right before a name paired as the same with a
    /// reference name of more words (see the module's header) with that reference name, as a
    /// different name.
    pub(super) fn pair_preceding_names(
        &mut self,
        source: &Analyzed,
        beads: &[Bead],
        index: &NameIndex,
    ) {
        for bead in beads {
            if !bead.source.is_empty() && !bead.reference.is_empty() {
                self.pair_preceding_in(source, bead, index);
            }
        }
    }

    fn pair_preceding_in(&mut self, source: &Analyzed, bead: &Bead, index: &NameIndex) {
        let reference = self.reference;
        let s_ids = ids(&source.names, bead.source.clone());
        let reference_text = sentences_text(reference, &bead.reference);
        let same = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Same;
        for (i, &sid) in s_ids.iter().enumerate().skip(1) {
            let Some(p) = self.names.get(&sid).copied() else {
                continue;
            };
            let (Some(s), Some(r)) = (name(source, sid), name(reference, p.reference)) else {
                continue;
            };
            if p.relation != Relation::Equal
                || s.acronym
                || r.acronym
                || split_words_count(&s.text) >= split_words_count(&r.text)
            {
                continue;
            }
            // The source's name must be the reference's last word (`Корея` of `North
            // Korea`), so that the word before it stands for the reference's first ones.
            let r_words = single_words(r);
            let s_words = single_words(s);
            let (Some(r_last), Some(s_last)) = (r_words.last(), s_words.last()) else {
                continue;
            };
            if !same(s_last, r_last) {
                continue;
            }
            let prev_id = s_ids[i - 1];
            let Some(prev) = name(source, prev_id) else {
                continue;
            };
            if prev_id.0 != sid.0
                || self.names.contains_key(&prev_id)
                || prev.acronym
                || is_short(prev)
                || is_common_word(prev)
                || prev.text.contains(char::is_whitespace)
                || !adjacent(source, prev_id, prev, s)
            {
                continue;
            }
            // The reference writes the word somewhere in the sentence (`Мун` before `Корея`
            // in a list): no word put for another.
            if names::appears_in(prev, &reference_text, reference.doc.lang) {
                continue;
            }
            // One of the reference's first words the same as the word or close to it (`Ким
            // Чен Ын`, the source writing `Ким` apart): the same name, cut otherwise.
            let r_first = &r_words[..r_words.len() - 1];
            if r_first
                .iter()
                .any(|w| names::name_similarity(w, prev).0 != names::Relation::Unrelated)
            {
                continue;
            }
            // (The two joined are no test: the matcher takes a name whose last word agrees
            // for the same, first names aside.) The evidence is the document's: the source
            // writes the reference's whole name elsewhere (`Северна Корея`, paired there), not
            // here. Without it a reference's longer name is as often a title or a translation
            // (`Minority Leader Nancy Pelosi`, `Шапшаң Венаны` for `Рапид Виена`).
            if index
                .whole_spelling_elsewhere(source, reference, r, &bead.source, &bead.reference)
                .is_none()
            {
                continue;
            }
            self.names.insert(
                prev_id,
                Pairing {
                    reference: p.reference,
                    relation: Relation::Number,
                },
            );
            // Shown whole: `Досеба Корея`.
            self.joined_names.insert(prev_id, sid);
        }
    }
}

/// Whether only white space stands between name `a` (id `a_id` of `doc`) and name `b` after
/// it.
fn adjacent(doc: &Analyzed, a_id: Id, a: &Name, b: &Name) -> bool {
    let Some(sentence) = doc.sentences.get(a_id.0) else {
        return false;
    };
    let gap = (a.offset + a.text.len())
        .checked_sub(sentence.offset)
        .and_then(|from| {
            let to = b.offset.checked_sub(sentence.offset)?;
            sentence.text.get(from..to)
        });
    gap.is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
}
