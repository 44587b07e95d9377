//! A source name the reference accepts within tolerance, where the source document writes
//! the word another way elsewhere, one letter apart and closer to the reference's spelling
//! (`Лари Джелс` here, `Джилс` two lines on, against the reference's `Джайлз`): the source
//! spells one name two ways, and the spelling here is the odd one.
//!
//! The names stage does not take every word for a name (a capitalized first word of a
//! sentence is left out), so the source's other spellings are looked for in its text, not
//! only among its names; the comparison with the reference says which spelling is right.

use std::collections::HashMap;

use super::{
    is_common_word, is_short, name, name_side, opens_sentence, single_words, text_after, Ctx, Id,
    Relation, SPELLINGS_ALIKE,
};
use crate::lang::Lang;
use crate::names::{self, translit::to_lowercase, Name};
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity};

/// One spelling of a word elsewhere in the source: the word as written and its line.
struct Elsewhere {
    word: String,
    line: usize,
}

/// The source's capitalized words, read once per document: each with its sentence, and how
/// many times each is written (in lower case). Looking them up per name and reference
/// instead made this rule cost more than the rest of the check on long documents.
struct CapitalWords<'a> {
    /// (sentence index, the word as written, in lower case), in text order.
    words: Vec<(usize, &'a str, String)>,
    /// Indexes into `words` by first letter (lower case): one letter apart keeps it.
    by_first: HashMap<char, Vec<usize>>,
    uses: HashMap<String, usize>,
}

impl<'a> CapitalWords<'a> {
    fn of(sentences: &'a [crate::segment::Sentence]) -> CapitalWords<'a> {
        let mut words = Vec::new();
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        let mut uses: HashMap<String, usize> = HashMap::new();
        for (i, sentence) in sentences.iter().enumerate() {
            for word in sentence
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                let lower = to_lowercase(word);
                *uses.entry(lower.clone()).or_default() += 1;
                if let Some(first) = lower.chars().next() {
                    by_first.entry(first).or_default().push(words.len());
                }
                words.push((i, word, lower));
            }
        }
        CapitalWords {
            words,
            by_first,
            uses,
        }
    }

    fn uses(&self, lower: &str) -> usize {
        self.uses.get(lower).copied().unwrap_or(0)
    }
}

impl Ctx<'_> {
    /// Rows for source names a reference pairs within tolerance whose word the source
    /// writes elsewhere one letter apart, that spelling nearer the reference's.
    pub(super) fn spelt_otherwise_rows(&self, rows: &mut Vec<Row>) {
        let capitals = CapitalWords::of(&self.source.sentences);
        for sid in super::ids(&self.source.names, 0..self.source.sentences.len()) {
            let Some(s) = name(self.source, sid) else {
                continue;
            };
            if s.acronym || s.ordinary || self.misspelt.contains_key(&sid) {
                continue;
            }
            for (v, view) in self.views.iter().enumerate() {
                let Some(p) = view.names.get(&sid) else {
                    continue;
                };
                if p.relation != Relation::Equal || view.low.contains(&sid.0) {
                    continue;
                }
                let Some(r) = name(view.reference, p.reference) else {
                    continue;
                };
                // A usual form the tables give for the entity is no misspelling of another
                // (`Одеска област` beside `Одеса`).
                if names::same_known_entity(s, r) {
                    continue;
                }
                let Some((word, other)) = self.nearer_spelling_elsewhere(&capitals, sid, s, r)
                else {
                    continue;
                };
                let already = rows.iter().any(|row| {
                    row.kind == Kind::NameMismatch
                        && row.ref_lang == self.lang(v)
                        && row.source_offset == Some(s.offset)
                        && row.severity >= Severity::Warning
                });
                if already {
                    continue;
                }
                rows.push(self.row(
                    Some(v),
                    Kind::NameMismatch,
                    Severity::Warning,
                    name_side(self.source, sid),
                    name_side(view.reference, p.reference),
                    format!(
                        "The source writes {word} here ({}) but {} on line {}, a spelling the {} reference's {} fits at least as well: one name spelt two ways, this one misspelt?",
                        s.text,
                        other.word,
                        other.line,
                        self.lang(v),
                        r.text
                    ),
                ));
            }
        }
    }

    /// A word of source name `s` (four letters or more) that the source writes elsewhere one
    /// letter apart (the same first letter, neither spelling the start of the other: no
    /// inflection), capitalized, where that spelling is the same name as the word's
    /// counterpart in reference name `r` and nearer it than the word here (and written as
    /// often), or as near and written more often: (the word here, that spelling).
    fn nearer_spelling_elsewhere(
        &self,
        capitals: &CapitalWords,
        sid: Id,
        s: &Name,
        r: &Name,
    ) -> Option<(String, Elsewhere)> {
        let r_words = single_words(r);
        for sw in single_words(s) {
            let lower = to_lowercase(&sw.text);
            if lower.chars().count() < 4 {
                continue;
            }
            // The word's counterpart in the reference's name: the word it is most like, and
            // alike enough to be its spelling.
            let Some((counterpart, here)) = r_words
                .iter()
                .map(|rw| (rw, names::name_similarity(&sw, rw).1))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .filter(|(_, sim)| *sim >= SPELLINGS_ALIKE)
            else {
                continue;
            };
            let first = lower.chars().next();
            let same_first = first.and_then(|c| capitals.by_first.get(&c));
            for &k in same_first.into_iter().flatten() {
                let (i, word, other) = &capitals.words[k];
                if *i == sid.0 || !one_letter_apart(&lower, other) {
                    continue;
                }
                let sentence = &self.source.sentences[*i];
                let candidate = Name::new(word, s.lang, sentence.line, sentence.offset);
                let (relation, there) = names::name_similarity(&candidate, counterpart);
                // Nearer the reference and written as often, or as near and written more
                // often: a misspelling elsewhere (`Кане` once against `Кание` throughout)
                // makes no right spelling here wrong.
                let (theirs, ours) = (capitals.uses(other), capitals.uses(&lower));
                if relation == names::Relation::Same
                    && ((there > here && theirs >= ours) || (there >= here && theirs > ours))
                {
                    return Some((
                        sw.text.clone(),
                        Elsewhere {
                            word: word.to_string(),
                            line: sentence.line,
                        },
                    ));
                }
            }
        }
        None
    }
}

/// Two lower-case words one edit apart, with the same first letter, neither the start of
/// the other (`джелс`, `джилс`; not `джилс`, `джилса`).
fn one_letter_apart(a: &str, b: &str) -> bool {
    a != b
        && a.chars().next() == b.chars().next()
        && !a.starts_with(b)
        && !b.starts_with(a)
        && strsim::levenshtein(a, b) == 1
}

impl Ctx<'_> {
    /// Whether source name `s`, an ordinary word of the source's language (`Комисията`,
    /// `Университета`), is a word reference `v`'s document writes nowhere, in any script or
    /// form, nor the source anywhere else. Where the source writes the reference's name on
    /// another line but not here (see `proven_names`), an ordinary word in its place is
    /// mostly a translation of a title the reference names (`Комитета` for `Сенатский
    /// комитет`); but a word the reference's whole document never renders, and the source
    /// uses only here, renders nothing of the original: another word stands in the name's
    /// place. The word must also close its phrase (a comma, a full stop after it): a
    /// translated title goes on in lower-case words (`Комитета за опазване на природата`)
    /// and may stand where a reference names the title's place.
    pub(super) fn ordinary_word_foreign_to_reference(&self, v: usize, sid: Id, s: &Name) -> bool {
        closes_phrase(self.source, sid, s)
            && !s.acronym
            && !is_short(s)
            && !is_common_word(s)
            && !opens_sentence(self.source, sid, s)
            && !self.reference_words(v).contains(s)
            && !self.source_sentence_words().contains_except(s, Some(sid.0))
    }
}

/// Whether name `n` of sentence `id` is followed by punctuation or the sentence's end, or by
/// a word that opens a clause or predicate (`clause_words.tsv`: `Департамента да се
/// придвижи`) or a verb of saying, not by more words of a phrase it may head.
fn closes_phrase(doc: &Analyzed, id: Id, n: &Name) -> bool {
    text_after(doc, id, n).is_some_and(|rest| {
        let punctuation = rest
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'));
        punctuation
            || rest
                .strip_prefix(' ')
                .is_some_and(|rest| opens_clause(rest, n.lang))
    })
}

const CLAUSE_WORDS: &str = include_str!("../lang/clause_words.tsv");

/// Whether `text` starts with a word in lower case that opens a clause or predicate in
/// language `l` (`clause_words.tsv`) or a verb of saying (`speech_verbs.tsv`).
fn opens_clause(text: &str, l: Lang) -> bool {
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    if !word.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let code = l.code();
    crate::lang::rows(CLAUSE_WORDS)
        .any(|row| row.first() == Some(&code) && row.get(1) == Some(&word.as_str()))
        || crate::lang::rows(crate::segment::speech_verb_table(l))
            .any(|row| row.first() == Some(&word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_word_or_a_verb_of_saying_closes_the_phrase_a_preposition_does_not() {
        assert!(opens_clause("да се придвижи на север.", Lang::Bg));
        assert!(opens_clause("е категоричен.", Lang::Bg));
        assert!(opens_clause("заяви, че условията са поносими.", Lang::Bg));
        assert!(!opens_clause("за опазване на природата", Lang::Bg));
        assert!(!opens_clause("на профсъюзите", Lang::Bg));
        assert!(!opens_clause("и агенцията", Lang::Bg));
        // A capitalized word goes on with the name (`Да` opening a title is no particle).
        assert!(!opens_clause("Да живее", Lang::Bg));
        assert!(!opens_clause("", Lang::Bg));
    }
}
