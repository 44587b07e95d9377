//! A word of a source name that the reference document does not write anywhere, in any
//! script, where the reference's sentence names something the source's does not write:
//! `Телма` where the kk reference names `Грекиямен`, `Макпарлин Алисон Бекер` where it names
//! `Ливерпуль … Алиссон Бекерді`, `Шотландия Тръмп` where every reference names `Дональд
//! Трамп`.
//!
//! A translation renders the names of its original; each reference renders them too. A name
//! a reference knows nowhere in its document came from somewhere other than the original,
//! and when at the same time a name the reference gives here is not in the source sentence,
//! the source most likely put the one in place of the other. The pairing by place misses
//! this when the names stage ran the word into the next name (`Пурво Джоко Уидодо`, paired
//! with `Джоко Видодо` through the other words), when the two differ in length (`Ел
//! Вандербилт` for `Сальвадор`), or when the reference puts the name elsewhere in the
//! sentence (Kazakh puts the verb last); so this is judged on its own, after the other name
//! rows, from the document's evidence rather than the place.
//!
//! Either side alone says little: translations add names (`президентът Тръмп` for `the
//! president`) and drop them (`страната` for `Russia`); both in one sentence, with the
//! added word unknown to the whole reference document, is what a swapped name leaves.

use std::cell::OnceCell;
use std::collections::HashSet;

use super::names_swapped::{adjective, in_quotes};
use super::names_translated::{ordinary_in_english, unmatched_words};
use super::{
    heads_title, is_common_word, is_latin, is_short, name, name_side, opens_sentence,
    sentences_text, single_words, spelt_out_in, Ctx, Id, Relation,
};
use crate::names::{self, Name, TextWords};
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity};

impl Ctx<'_> {
    /// Rows for source names with a word no reference document writes, where that reference
    /// names here what the source sentence does not write: a `name_mismatch` warning, or an
    /// `info` row of the same name raised to one.
    pub(super) fn foreign_word_rows(&self, rows: &mut Vec<Row>) {
        for sid in super::ids(&self.source.names, 0..self.source.sentences.len()) {
            let Some(s) = name(self.source, sid) else {
                continue;
            };
            // A name with a word in lower case is a title in words (`Белия дом`, `Висшата
            // лига`), which a translation renders its own way.
            let lower_word = s
                .text
                .split_whitespace()
                .any(|w| w.chars().next().is_some_and(char::is_lowercase));
            // So is one that opens with an adjective (`Шотландската Висша Лига`), a Latin
            // one that goes on in lower-case Latin words (`Chariots of Fire`), and one a
            // quotation mark opens (`„Спасете децата“`).
            let titled = single_words(s).first().is_some_and(adjective);
            let skip = s.acronym
                || lower_word
                || titled
                || latin_title(self.source, sid, s)
                || quoted_title(self.source, sid, s);
            for v in 0..self.views.len() {
                let lang = self.lang(v);
                let found = match self.title_in_place_of(v, sid, s) {
                    Some(rid) => Some((rid, format!(
                        "No reference writes {} anywhere, in any script: no title of theirs translated, but another name where the source names elsewhere the one the {lang} reference names here.",
                        s.text
                    ))),
                    None if skip => None,
                    None => match self.word_for_translated_word(v, sid, s) {
                        Some((own, theirs)) => self.views[v].names.get(&sid).map(|p| {
                            (p.reference, format!(
                                "{own} is no word of the {lang} reference's document, in any script, nor a translation of {theirs}: another name in its place?"
                            ))
                        }),
                        None => self
                            .foreign_word_for(v, sid, s)
                            .map(|(word, rid)| (rid, self.foreign_word_reason(v, sid, &word, rid))),
                    },
                };
                let Some((rid, why)) = found else {
                    continue;
                };
                let view = &self.views[v];
                let Some(r) = name(view.reference, rid) else {
                    continue;
                };
                self.warn_name_in_place(rows, v, (sid, s), (rid, r), &why);
            }
        }
    }

    /// A `name_mismatch` warning against reference `v`: the source names `s` where the
    /// reference names `r`, for the reason `why` (a sentence). A row another rule already made
    /// for that name and reference is raised to a warning, with the reason added, rather than
    /// repeated.
    pub(super) fn warn_name_in_place(
        &self,
        rows: &mut Vec<Row>,
        v: usize,
        (sid, s): (Id, &Name),
        (rid, r): (Id, &Name),
        why: &str,
    ) {
        let lang = self.lang(v);
        if raise_name_row(rows, lang, s, why) {
            return;
        }
        rows.push(self.row(
            Some(v),
            Kind::NameMismatch,
            Severity::Warning,
            name_side(self.source, sid),
            name_side(self.views[v].reference, rid),
            format!(
                "The source names {} where the {lang} reference names {}. {why}",
                s.text, r.text
            ),
        ));
    }

    /// Why source name `sid`'s word `word` stands for reference `v`'s name `rid`.
    fn foreign_word_reason(&self, v: usize, sid: Id, word: &str, rid: Id) -> String {
        let lang = self.lang(v);
        let Some(r) = name(self.views[v].reference, rid) else {
            return String::new();
        };
        // The words of the reference's name the source sentence lacks: `Donald (of Donald
        // Trump)` where it writes `Тръмп`.
        let (here_source, _) = self.bead_of(v, sid.0);
        let source_text = sentences_text(self.source, &here_source);
        let source_words = TextWords::new(&source_text, self.source.doc.lang);
        let r_words = single_words(r);
        let lacking: Vec<&str> = r_words
            .iter()
            .filter(|w| !source_words.contains(w))
            .map(|w| w.text.as_str())
            .collect();
        let lacking = if lacking.len() < r_words.len() {
            format!("{} (of {})", lacking.join(" "), r.text)
        } else {
            r.text.clone()
        };
        format!(
            "The {lang} reference does not write {word} here, and the source sentence does not write {lacking}, which the {lang} reference names here and the source names elsewhere: one name put for another?"
        )
    }

    /// For source name `sid` (`s`), paired with a reference name that differs in a word
    /// said in ordinary words on the reference's side (`Associated Press` against
    /// `Associated Харлем`, `Jaguar Land Rover` against `Jaguar Дзинпин Rover`): the
    /// source's differing word, when it is a name-word the reference document writes
    /// nowhere, in any script, and no spelling of the reference's word (a translation would
    /// say it in ordinary words, or spell it, `Прес`), with that word of the reference's.
    fn word_for_translated_word(&self, v: usize, sid: Id, s: &Name) -> Option<(String, String)> {
        let view = &self.views[v];
        let p = view.names.get(&sid)?;
        if p.relation != Relation::Number || view.low.contains(&sid.0) {
            return None;
        }
        let r = name(view.reference, p.reference)?;
        let unrelated =
            |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Unrelated;
        let s_own = unmatched_words(s, r);
        let r_own = unmatched_words(r, s);
        // The other words agree: the names are one name, one word apart.
        if s_own.len() != 1 || r_own.len() != 1 || single_words(s).len() < 2 {
            return None;
        }
        let (own, theirs) = (&s_own[0], &r_own[0]);
        let ordinary = theirs.ordinary || is_common_word(theirs) || ordinary_in_english(theirs);
        (ordinary
            && proper_word(own)
            && !adjective(own)
            && !(is_latin(&own.text) && ordinary_in_english(own))
            && unrelated(own, theirs)
            && !self.reference_words(v).contains(own))
        .then(|| (own.text.clone(), theirs.text.clone()))
    }

    /// The reference name that source name `sid` (`s`), the head of a title in lower-case
    /// words (`Масачузетския технологичен институт`), stands in place of, paired by place
    /// with it, where the source writes that name elsewhere in the document (but not here)
    /// and no reference document writes `s` anywhere: no title of the references translated
    /// (`Британската партия на независимостта` for `Ukip`, whose words the references write
    /// somewhere, or that spells out an acronym they write here, `Националната футболна
    /// лига` for `N.F.L.`), but another name put in place of one the source knows.
    fn title_in_place_of(&self, v: usize, sid: Id, s: &Name) -> Option<Id> {
        let view = &self.views[v];
        let p = view.names.get(&sid)?;
        if p.relation != Relation::Unrelated
            || !view.proven_names.contains_key(&sid)
            || view.low.contains(&sid.0)
            || !heads_title(self.source, sid, s)
            || !self.foreign_to_references(sid)
        {
            return None;
        }
        let sentence = self.source.sentences.get(sid.0)?;
        let spells_out = self.views.iter().enumerate().any(|(w, other)| {
            let (_, here_ref) = self.bead_of(w, sid.0);
            super::ids(&other.reference.names, here_ref)
                .into_iter()
                .filter_map(|rid| name(other.reference, rid))
                .any(|r| spelt_out_in(r, &sentence.text, self.source.doc.lang).is_some())
        });
        (!spells_out).then_some(p.reference)
    }

    /// For source name `sid` (`s`) against reference `v`: a word of `s` that the
    /// reference's bead does not write (of an unpaired `s`, or one no word of the name
    /// paired with it matches), and a name of the reference's bead the source's bead does
    /// not write: one no source name stands for, which the source writes elsewhere in the
    /// document; or the name paired with `s`, where the source writes the word it lacks
    /// elsewhere or no reference document writes the source's word anywhere. (That word of
    /// `s`, that reference name.)
    fn foreign_word_for(&self, v: usize, sid: Id, s: &Name) -> Option<(String, Id)> {
        let view = &self.views[v];
        if view.uncovered.contains(&sid.0) || view.low.contains(&sid.0) {
            return None;
        }
        let pairing = view.names.get(&sid);
        // Paired as another name: the name rows judged it already.
        if pairing.is_some_and(|p| p.relation != Relation::Equal) {
            return None;
        }
        let reference = view.reference;
        let paired_with = pairing.and_then(|p| name(reference, p.reference));
        // Paired with a rendering of one known entity, by meaning (`Малкия Арал`, kk `Кіші
        // Аралда`: the Small Aral): no word of it was put in.
        if paired_with.is_some_and(|r| names::same_known_entity(s, r)) {
            return None;
        }
        let (here_source, here_ref) = self.bead_of(v, sid.0);
        let source_text = sentences_text(self.source, &here_source);
        let reference_text = sentences_text(reference, &here_ref);
        // Each bead's words read once, when first asked about, for word after word.
        let source_words = OnceCell::new();
        let in_source = |w: &Name| {
            source_words
                .get_or_init(|| TextWords::new(&source_text, self.source.doc.lang))
                .contains(w)
        };
        let reference_words = OnceCell::new();
        let in_reference = |w: &Name| {
            reference_words
                .get_or_init(|| TextWords::new(&reference_text, reference.doc.lang))
                .contains(w)
        };
        let words = single_words(s);
        // A capitalized first word of a sentence is as often no name at all; a lone word
        // heading a title in lower-case words is a title translated.
        let first_opens = opens_sentence(self.source, sid, s);
        let title = words.len() == 1 && heads_title(self.source, sid, s);
        let unrelated =
            |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Unrelated;
        let word = words.iter().enumerate().find(|&(i, w)| {
            let opens = i == 0 && first_opens;
            !opens
                && !title
                && proper_word(w)
                && !adjective(w)
                && paired_with.is_none_or(|r| {
                    // Unlike every word of the paired name: `Йонг` against `Ри Йон Хо` is
                    // a spelling of its own.
                    unrelated(w, r) && single_words(r).iter().all(|rw| unrelated(w, rw))
                })
                && !in_reference(w)
        })?;
        let word = word.1;
        // Of a name no reference name stands for, no word is written in the reference's
        // bead (`Ри Йонг` against `Ри Йон Хо` is a spelling, not another name).
        if pairing.is_none() && words.iter().any(in_reference) {
            return None;
        }
        let unwritten = |w: &Name| proper_word(w) && !adjective(w) && !in_source(w);
        // The name paired with `s` itself, through its other words: one word of each
        // name unlike every word of the other (`Шотландия Тръмп`, `Дональд Трамп`), the
        // reference's not written in the source sentence but elsewhere in the source.
        if let Some((p, r)) = pairing.zip(paired_with) {
            let r_words = single_words(r);
            let alone = |w: &Name, others: &[Name]| others.iter().all(|o| unrelated(w, o));
            let s_alone: Vec<&Name> = words.iter().filter(|w| alone(w, &r_words)).collect();
            let r_alone: Vec<&Name> = r_words.iter().filter(|w| alone(w, &words)).collect();
            if let ([w], [rw]) = (s_alone.as_slice(), r_alone.as_slice()) {
                // (Nor a spelling of the whole name: `Макарти` against `Мак-Карти`.)
                if w.text == word.text
                    && s_alone.len() < words.len()
                    && unwritten(rw)
                    && unrelated(word, r)
                    && self.source_writes_elsewhere(sid.0, r, word)
                {
                    return Some((word.text.clone(), p.reference));
                }
            }
        }
        // A name of the bead no source name stands for, or the one paired with a source
        // name right beside `s` that has more words than it (`Шотландия` before `Тръмп`,
        // paired with `Donald Trump`: the names stage cut the name at a known place), that
        // the source writes elsewhere: the translation knows it, and names something else
        // here.
        let paired: HashSet<Id> = view.names.values().map(|p| p.reference).collect();
        let beside = pairing
            .is_none()
            .then(|| self.paired_beside(v, sid, s))
            .flatten();
        super::ids(&reference.names, here_ref)
            .into_iter()
            .filter(|rid| {
                (!paired.contains(rid) || beside == Some(*rid))
                    && !view.unproven_names.contains(rid)
            })
            .find(|&rid| {
                name(reference, rid).is_some_and(|r| {
                    // Of a name the reference does write here, only a word beside it stands
                    // for the word the name has over it (`Ливерпуль қақпашысы Алиссон
                    // Бекерді` for `Макпарлин Алисон Бекер`): a name elsewhere in the
                    // sentence is the reference's own (`Канье Уэст … вместо Арианы` for
                    // `Ариана Гранде`).
                    let near = paired_with.is_none_or(|o| words_apart(reference, o, r) <= 2);
                    near && !r.acronym
                        && !r.ordinary
                        && single_words(r).iter().any(&unwritten)
                        && self.source_writes_elsewhere(sid.0, r, word)
                })
            })
            .map(|rid| (word.text.clone(), rid))
    }

    /// The reference name paired as the same with the source name written right before or
    /// after source name `sid` (`s`), one space between, when it has more words than that
    /// source name.
    fn paired_beside(&self, v: usize, sid: Id, s: &Name) -> Option<Id> {
        let view = &self.views[v];
        let names_here = self.source.names.get(sid.0)?;
        names_here.iter().enumerate().find_map(|(k, o)| {
            let touching =
                o.offset == s.offset + s.text.len() + 1 || s.offset == o.offset + o.text.len() + 1;
            let p = view.names.get(&(sid.0, k))?;
            let r = name(view.reference, p.reference)?;
            (touching
                && k != sid.1
                && p.relation == Relation::Equal
                && single_words(r).len() > single_words(o).len())
            .then_some(p.reference)
        })
    }

    /// Whether a source sentence other than `here` has a name the same as `n` (of any
    /// language) with as many words or more (`Ким` alone is no evidence for `Kim Jong`),
    /// and no word the same as the source's word `own` (which the matcher may take for a
    /// rendering of `n`: `Чен` in `Ким Чен` for `Jong`).
    fn source_writes_elsewhere(&self, here: usize, n: &Name, own: &Name) -> bool {
        let same_as = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Same;
        let length = single_words(n).len();
        super::ids(&self.source.names, 0..self.source.sentences.len())
            .into_iter()
            .filter(|id| id.0 != here)
            .filter_map(|id| name(self.source, id))
            .any(|o| {
                // The whole name first: most names of a document are another name.
                same_as(o, n) && {
                    let words = single_words(o);
                    words.len() >= length && !words.iter().any(|w| same_as(w, own))
                }
            })
    }
}

/// The `name_mismatch` row already made about source name `s` against the `lang` reference.
pub(super) fn name_row_against<'r>(
    rows: &'r mut [Row],
    lang: &str,
    s: &Name,
) -> Option<&'r mut Row> {
    rows.iter_mut().find(|row| {
        row.kind == Kind::NameMismatch
            && row.ref_lang == lang
            && row.source_offset == Some(s.offset)
            && row.source_line == Some(s.line)
    })
}

/// The row another rule made for source name `s` against reference `lang`, raised to a
/// warning with the reason `why` added when it was less; `false` when there is none (the
/// caller writes its own row).
pub(super) fn raise_name_row(rows: &mut [Row], lang: &str, s: &Name, why: &str) -> bool {
    let Some(row) = name_row_against(rows, lang, s) else {
        return false;
    };
    if row.severity < Severity::Warning {
        row.severity = Severity::Warning;
        row.message.push(' ');
        row.message.push_str(why);
    }
    true
}

/// The text of name `n`'s sentence (id `id` of `doc`) before and after it.
fn around<'d>(doc: &'d Analyzed, id: Id, n: &Name) -> Option<(&'d str, &'d str)> {
    let sentence = doc.sentences.get(id.0)?;
    let at = n.offset.checked_sub(sentence.offset)?;
    let before = sentence.text.get(..at)?;
    let after = sentence.text.get(at + n.text.len()..)?;
    Some((before, after))
}

/// How many words stand between two names of one document (`usize::MAX` in different
/// sentences or overlapping).
fn words_apart(doc: &Analyzed, a: &Name, b: &Name) -> usize {
    if a.line != b.line {
        return usize::MAX;
    }
    let (first, second) = if a.offset <= b.offset { (a, b) } else { (b, a) };
    let from = first.offset + first.text.len();
    doc.doc
        .text
        .get(from..second.offset.max(from))
        .map_or(usize::MAX, |between| between.split_whitespace().count())
}

/// Whether a name in Latin letters goes on in a lower-case Latin word (`Chariots of
/// Fire`): an English title, which a translation may translate.
pub(super) fn latin_title(doc: &Analyzed, id: Id, n: &Name) -> bool {
    if !is_latin(&n.text) {
        return false;
    }
    around(doc, id, n).is_some_and(|(_, after)| {
        let next: String = after
            .trim_start_matches(' ')
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        after.starts_with(' ')
            && is_latin(&next)
            && next.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Whether name `n` stands within three words after an opening quotation mark not closed
/// before it (`„Спасете децата“`, `«Снежанка и седемте джуджета»`): a title. (Further on, the
/// quotation is a speech, whose names are names like any other.)
pub(super) fn quoted_title(doc: &Analyzed, id: Id, n: &Name) -> bool {
    if !in_quotes(doc, id, n) {
        return false;
    }
    around(doc, id, n).is_some_and(|(before, _)| {
        let opened = before
            .rfind(['„', '«', '"'])
            .and_then(|at| before.get(at..))
            .unwrap_or(before);
        opened.split_whitespace().count() <= 3
    })
}

/// A word that can only be a name: no acronym, no ordinary or common word of its language,
/// more than two letters.
fn proper_word(w: &Name) -> bool {
    !w.acronym && !w.ordinary && !is_short(w) && !is_common_word(w) && !w.text.is_empty()
}
