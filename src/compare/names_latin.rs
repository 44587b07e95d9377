//! A word in Latin letters put for a name in a Cyrillic source (`Рапид Jacquemus` for
//! `Рапид Виена`, `Алън Radstock` for `Алън Литгоу`), judged against a Cyrillic reference.
//!
//! A Cyrillic translation carries a Latin name of its original either as written or
//! transliterated; either way the name's words are somewhere in the reference document. A
//! Latin word the reference document does not carry in any script, in a sentence where the
//! reference names something the source sentence does not write, is no rendering of the
//! reference's name: another name stands in its place. The pairing by place may have missed
//! it (the names stage ran `Алън Radstock` into one name that `Алан Литгоу` meets through
//! its first word), so this is judged on its own, after the other name rows.

use super::names_foreign::name_row_against;
use super::names_translated::ordinary_in_english;
use std::collections::HashSet;

use super::{
    is_common_word, is_latin, is_short, name, name_side, place, sentence_side, sentences_text,
    single_words, Ctx, Id, Relation,
};
use crate::names::{self, translit::to_lowercase, Name};
use crate::report::{Kind, Row, Severity};

/// How far apart (a fraction of the bead, see [`place`]) the source's word and the
/// reference's name may stand to stand for each other.
const NEAR: f64 = 0.3;

impl Ctx<'_> {
    /// Rows for source names with a Latin word no Cyrillic reference document carries, where
    /// that reference names here what the source does not: a `name_mismatch` warning, or an
    /// `info` row of the same name raised to one.
    pub(super) fn latin_name_rows(&self, rows: &mut Vec<Row>) {
        if !self.source.doc.lang.is_cyrillic() {
            return;
        }
        for sid in super::ids(&self.source.names, 0..self.source.sentences.len()) {
            let Some(s) = name(self.source, sid) else {
                continue;
            };
            // Latin words that are no ordinary English words: `Open`, `Game`, `Channel` in a
            // title a reference may translate prove nothing.
            //
            // Only a Latin word after a Cyrillic one of the same name counts (`Алън Radstock`,
            // `Южна Bestwood`): a name the source keeps in Latin letters whole (`Ladbrokes`,
            // `Inverewe Gardens`) is what a translation of a Latin original does, and a
            // Cyrillic reference translates or transliterates it past recognition as often.
            let words = single_words(s);
            let after_cyrillic = |i: usize| {
                if i == 0 {
                    self.after_capitalized_cyrillic_word(sid, s)
                } else {
                    words[..i].iter().any(|w| !is_latin(&w.text))
                }
            };
            let latin: Vec<Name> = words
                .iter()
                .enumerate()
                .filter(|&(i, w)| {
                    after_cyrillic(i) && is_latin(&w.text) && !w.acronym && !is_short(w)
                })
                .map(|(_, w)| w.clone())
                .filter(|w| !ordinary_in_english(w))
                .collect();
            if latin.is_empty() {
                continue;
            }
            for (v, view) in self.views.iter().enumerate() {
                let reference = view.reference;
                if !reference.doc.lang.is_cyrillic()
                    || view.uncovered.contains(&sid.0)
                    || view.low.contains(&sid.0)
                {
                    continue;
                }
                // Paired as the same name or a close spelling: a rendering after all.
                if view
                    .names
                    .get(&sid)
                    .is_some_and(|p| p.relation == Relation::Number)
                {
                    continue;
                }
                let words = self.reference_words(v);
                let Some(unknown) = latin
                    .iter()
                    .find(|w| !reference.doc.text.contains(w.text.as_str()) && !words.contains(w))
                else {
                    continue;
                };
                let Some(rid) = self.reference_name_not_in_source(v, sid, s) else {
                    continue;
                };
                let Some(r) = name(reference, rid) else {
                    continue;
                };
                let why = format!(
                    "{} is a word in Latin letters that the {} reference does not write anywhere, in either script, and the source sentence does not write {}.",
                    unknown.text,
                    self.lang(v),
                    r.text
                );
                self.warn_name_in_place(rows, v, (sid, s), (rid, r), &why);
            }
        }
    }

    /// Rows for words in Latin letters of a Cyrillic source's names that a reference written
    /// in Latin letters does not write anywhere (`Examiner` where the en reference names
    /// `China`, `Medium` for `the Post`): a name the source keeps in Latin letters is one its
    /// original wrote so, and a Latin-script translation of that original writes it too; a
    /// word no such reference knows came from somewhere else. (A Cyrillic reference says less:
    /// it transliterates or translates such a name past recognition as often.)
    pub(super) fn unknown_latin_rows(&self, rows: &mut Vec<Row>) {
        if !self.source.doc.lang.is_cyrillic() {
            return;
        }
        for (v, view) in self.views.iter().enumerate() {
            let reference = view.reference;
            if reference.doc.lang.is_cyrillic() {
                continue;
            }
            let written: HashSet<String> = reference
                .doc
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(to_lowercase)
                .collect();
            for sid in super::ids(&self.source.names, 0..self.source.sentences.len()) {
                let Some(s) = name(self.source, sid) else {
                    continue;
                };
                if view.uncovered.contains(&sid.0) || view.low.contains(&sid.0) {
                    continue;
                }
                let unknown = single_words(s).into_iter().find(|w| {
                    is_latin(&w.text)
                        && !w.acronym
                        && !is_short(w)
                        && !written.contains(&to_lowercase(&w.text))
                        && !self.reference_words(v).contains(w)
                });
                let Some(unknown) = unknown else {
                    continue;
                };
                let lang = self.lang(v);
                let why = format!(
                    "{} is a word in Latin letters that the {lang} reference, written in Latin letters, does not write anywhere: a name put in place of another?",
                    unknown.text
                );
                // A row of its own already judged the name (a different name by place, a
                // question): its reasons stand.
                if name_row_against(rows, lang, s).is_some() {
                    continue;
                }
                // The reference's side: the name it gives near `s` that the source sentence
                // does not write, else its sentence.
                let r_side = match self.reference_name_not_in_source(v, sid, s) {
                    Some(rid) => name_side(reference, rid),
                    None => sentence_side(reference, self.bead_of(v, sid.0).1.start),
                };
                let message = if r_side.text.is_empty() {
                    format!("The source names {}. {why}", s.text)
                } else {
                    format!(
                        "The source names {} where the {lang} reference names {}. {why}",
                        s.text, r_side.text
                    )
                };
                rows.push(self.row(
                    Some(v),
                    Kind::NameMismatch,
                    Severity::Warning,
                    name_side(self.source, sid),
                    r_side,
                    message,
                ));
            }
        }
    }

    /// Whether source name `sid` (`s`) directly follows (one space between) a capitalized
    /// word in Cyrillic letters: `Рапид` before `Jacquemus`, a name the names stage cut in two
    /// at the change of script.
    fn after_capitalized_cyrillic_word(&self, sid: Id, s: &Name) -> bool {
        let Some(sentence) = self.source.sentences.get(sid.0) else {
            return false;
        };
        let Some(head) = s
            .offset
            .checked_sub(sentence.offset)
            .and_then(|at| sentence.text.get(..at))
        else {
            return false;
        };
        let Some(trimmed) = head.strip_suffix(' ') else {
            return false;
        };
        let word: String = trimmed
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect();
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().count() > 2
            && !is_latin(&word)
    }

    /// A name of reference `v`'s bead for source name `sid` with a name-word (no ordinary
    /// or common word, more than two letters) that the source bead does not write in any
    /// form, standing near `s`'s place; the nearest.
    fn reference_name_not_in_source(&self, v: usize, sid: Id, s: &Name) -> Option<Id> {
        let view = &self.views[v];
        let (here_source, here_ref) = self.bead_of(v, sid.0);
        let source_text = sentences_text(self.source, &here_source);
        let at = place(self.source, &here_source, sid.0, s.offset);
        super::ids(&view.reference.names, here_ref.clone())
            .into_iter()
            .filter_map(|rid| {
                let r = name(view.reference, rid)?;
                if r.acronym || r.ordinary {
                    return None;
                }
                let unwritten = single_words(r).iter().any(|w| {
                    !w.ordinary
                        && !is_short(w)
                        && !is_common_word(w)
                        && !names::appears_in(w, &source_text, self.source.doc.lang)
                });
                let d = (place(view.reference, &here_ref, rid.0, r.offset) - at).abs();
                (unwritten && d <= NEAR).then_some((rid, d))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(rid, _)| rid)
    }
}
