//! A name the reference writes twice in a sentence where the source writes it once, and has
//! at the place of the other a name of its own that the reference document writes nowhere
//! (`посланик в Китай … износител за Максуел` against `послом в Китае … экспортера в Китай`):
//! the source names someone or something else there.
//!
//! The matcher pairs both of the reference's `Китай` with the source's one (a translation
//! often says a repeated name once, with a pronoun or a word like `страната` for the other),
//! so the source's other name is left with no counterpart and nothing is said of it. Only a
//! name the reference's whole document never writes, in any script or form, standing nearer
//! the repetition than the name both are paired with, is taken for one put in its place.

use std::collections::HashMap;

use super::names_foreign::latin_title;
use super::names_swapped::{adjective, in_quoted_title};
use super::names_unknown::in_speech;
use super::{
    heads_title, ids, is_common_word, is_short, name, opens_sentence, place, single_words,
    DocumentWords, Id, Pairing, RefView, Relation,
};
use crate::align::Bead;
use crate::names::{self, Name};
use crate::pipeline::Analyzed;

impl<'a> RefView<'a> {
    /// Pairs, within `bead`, a source name left over with a reference name that repeats
    /// another's pairing (see the module): `matched` holds the bead's (reference, source)
    /// pairs as the matcher made them, in reference order.
    pub(super) fn pair_repeated_names<'s>(
        &mut self,
        source: &'s Analyzed,
        bead: &Bead,
        s_ids: &[Id],
        matched: &[(Id, Id)],
        words_of: &mut DocumentWords<'s, 'a>,
    ) {
        let reference = self.reference;
        let mut by_source: HashMap<Id, Vec<Id>> = HashMap::new();
        for &(rid, sid) in matched {
            by_source.entry(sid).or_default().push(rid);
        }
        let r_place = |rid: Id| {
            name(reference, rid).map(|r| place(reference, &bead.reference, rid.0, r.offset))
        };
        let mut shared: Vec<(Id, Vec<Id>)> = by_source
            .into_iter()
            .filter(|(_, rids)| rids.len() == 2)
            .collect();
        shared.sort_unstable();
        for (sid, rids) in shared {
            let Some(s) = name(source, sid) else {
                continue;
            };
            let s_place = place(source, &bead.source, sid.0, s.offset);
            let (Some(a), Some(b)) = (r_place(rids[0]), r_place(rids[1])) else {
                continue;
            };
            // The source's own is the nearer of the two; the other is the repetition.
            let (own, other, other_place) = if (a - s_place).abs() <= (b - s_place).abs() {
                (rids[0], rids[1], b)
            } else {
                (rids[1], rids[0], a)
            };
            let Some(r) = name(reference, other) else {
                continue;
            };
            if r.acronym || is_short(r) {
                continue;
            }
            let candidate = s_ids
                .iter()
                .copied()
                .filter(|id| !self.names.contains_key(id))
                .filter_map(|id| {
                    let u = name(source, id)?;
                    let u_place = place(source, &bead.source, id.0, u.offset);
                    let nearer = (u_place - other_place).abs() < (s_place - other_place).abs();
                    (nearer && a_name_of_its_own(source, id, u)).then_some((
                        id,
                        u,
                        (u_place - other_place).abs(),
                    ))
                })
                .filter(|(_, u, _)| !words_of.reference(reference).contains(u))
                .min_by(|x, y| x.2.total_cmp(&y.2));
            let Some((uid, _, _)) = candidate else {
                continue;
            };
            self.names.insert(
                sid,
                Pairing {
                    reference: own,
                    relation: Relation::Equal,
                },
            );
            self.names.insert(
                uid,
                Pairing {
                    reference: other,
                    relation: Relation::Unrelated,
                },
            );
            self.repeated_names.insert(uid, sid);
        }
    }
}

/// Whether source name `u` (id `id`) is a name of its own, as the lone-name rule has it
/// (`names_swapped.rs`): no acronym, ordinary or common word, no two-letter word, not a
/// sentence's capitalized first word, no word of a title (a head adjective, a quoted or Latin
/// title), and written in no other sentence of the source; one word, and no known concept
/// (`exonyms*.tsv`: `Брекзит`). A body of several words (`Върховния съд`) or a term is as
/// often rendered in words of the reference's own (`Ұлыбританияның Еуроодақтан шығуы`).
fn a_name_of_its_own(source: &Analyzed, id: Id, u: &Name) -> bool {
    let concept = names::exonym_ids(&u.text, u.lang)
        .into_iter()
        .any(|e| names::exonym_id_name(e).is_some_and(|n| n.starts_with("concept:")));
    if u.text.contains(char::is_whitespace)
        || concept
        || u.acronym
        || u.ordinary
        || is_short(u)
        || is_common_word(u)
        || opens_sentence(source, id, u)
        || heads_title(source, id, u)
        || (in_quoted_title(source, id, u) && !in_speech(source, id, u))
        || latin_title(source, id, u)
        || single_words(u).iter().any(adjective)
    {
        return false;
    }
    !ids(&source.names, 0..source.sentences.len())
        .into_iter()
        .filter(|other| other.0 != id.0)
        .filter_map(|other| name(source, other))
        .any(|o| names::name_similarity(o, u).0 == names::Relation::Same)
}
