//! A source name that no reference knows: not paired as the same name by any reference, and
//! written nowhere in any reference document, in any script (`Мориси Корея` where every
//! reference writes `North Korea`, `Комисията на Уорън` for the Assembly Commission,
//! `Остин, Мутиара` for Austin, Texas).
//!
//! A translation renders the names of its original, and so does each reference: a name that
//! several translations of the same original all lack, everywhere in their documents, came
//! from somewhere other than the original. One reference alone is weak evidence (it may drop
//! or rephrase the name, `the president` for `Тръмп`), so this needs most of several
//! references to render the sentence with confidence; the pairing rows judge a lone
//! reference. What [`Ctx::foreign_to_references`] excludes stays excluded: acronyms,
//! ordinary words, short words, a sentence's capitalized first word; and so do titles in
//! words (a lower-case word inside the name, a head adjective, a quoted or Latin title),
//! which a translation renders its own way.

use super::names_foreign::{latin_title, quoted_title, raise_name_row};
use super::names_swapped::{adjective, in_quoted_title, quotation_around};
use super::{
    ids, is_common_word, is_short, lower_case_word_after, name, name_side, opens_sentence,
    sentence_side, single_words, text_after, Ctx, Id, Relation,
};
use crate::lang;
use crate::names::{translit, Name};
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity};

const PHRASE_HEADS: &str = include_str!("../lang/phrase_heads.tsv");

/// How many references must render the source sentence with confidence: a name all of
/// three or four translations lack is evidence, one that one or two lack is not.
const MIN_RENDERING: usize = 3;

/// The most words a quotation may have and still be a title or a pun (`„Суперсилите на ИИ:
/// Китай, Силиконовата долина и Новия световен ред“` has ten): a longer one is someone's
/// words, whose names are names like any other.
const TITLE_WORDS_AT_MOST: usize = 12;

impl Ctx<'_> {
    /// Rows for source names no reference knows (see the module): a `name_mismatch` warning
    /// against each reference that renders the sentence, or the row another rule made for
    /// that name and reference raised to one.
    pub(super) fn unknown_name_rows(&self, rows: &mut Vec<Row>) {
        if self.views.len() < MIN_RENDERING {
            return;
        }
        for sid in ids(&self.source.names, 0..self.source.sentences.len()) {
            let Some(s) = name(self.source, sid) else {
                continue;
            };
            if self.titled(sid, s)
                || (in_quoted_title(self.source, sid, s) && !in_speech(self.source, sid, s))
                || part_of_a_word(self.source, sid, s)
                || heads_phrase(self.source, sid, s)
            {
                continue;
            }
            let alone = adjective_alone(self.source, sid, s);
            let (rendering, unknown) = match self.references_not_knowing(sid, s, alone) {
                Some(rendering) => (rendering, s.text.clone()),
                None => match self.word_not_known(sid, s) {
                    Some(found) => found,
                    None => continue,
                },
            };
            let langs: Vec<&str> = rendering.iter().map(|&v| self.lang(v)).collect();
            let of = if unknown == s.text {
                String::new()
            } else {
                format!(" (of {})", s.text)
            };
            let why = format!(
                "The {} {} write {unknown}{of} nowhere, in any script, and render this sentence: a name put in place of another, or added?",
                super::list(&langs),
                super::plural(&langs),
            );
            for &v in &rendering {
                self.warn_name(rows, v, (sid, s), &why);
            }
        }
    }

    /// The references that render source name `sid`'s sentence with confidence, when none
    /// of the references pairs `s` as the same name or writes it anywhere in its document,
    /// in any script, and there are [`MIN_RENDERING`] or more of them, most of the
    /// references. `None` too when `s` is no name of its own (an acronym, an ordinary or
    /// short word, a sentence's capitalized first word). (One reference writing a word like
    /// it is enough: a Latin name the Cyrillic references translate, `Open Data`, is written
    /// by the English one alone.) An adjective standing alone (`alone`, see
    /// [`adjective_alone`]) is an ordinary word that took a name's place: it counts however
    /// ordinary, and a reference pairing it with a different name does not know it.
    fn references_not_knowing(&self, sid: Id, s: &Name, alone: bool) -> Option<Vec<usize>> {
        if s.acronym
            || (s.ordinary && !alone)
            || is_short(s)
            || (is_common_word(s) && !alone)
            || opens_sentence(self.source, sid, s)
        {
            return None;
        }
        let paired = self.views.iter().any(|view| {
            view.names.get(&sid).is_some_and(|p| {
                p.relation == Relation::Equal || (!alone && p.relation != Relation::Unrelated)
            })
        });
        if paired {
            return None;
        }
        // The cheap test before the costly scan of each reference's words: enough references
        // render the sentence at all (those that write the word are left out below).
        self.rendering(sid)?;
        // An adjective alone is grammar's evidence already: one reference writing a word like
        // it somewhere (the place it is the adjective of, `Корея` for `Корейския`) does not
        // outweigh it; two do.
        let mut writing = 0;
        let mut rendering = Vec::new();
        for (v, view) in self.views.iter().enumerate() {
            if self.reference_words(v).contains(s) {
                writing += 1;
                if !alone || writing > 1 {
                    return None;
                }
                continue;
            }
            if !view.uncovered.contains(&sid.0) && !view.low.contains(&sid.0) {
                rendering.push(v);
            }
        }
        (rendering.len() >= MIN_RENDERING && rendering.len() * 2 > self.views.len())
            .then_some(rendering)
    }

    /// The references that render source sentence `sid.0` with confidence, when they are
    /// [`MIN_RENDERING`] or more and most of the references.
    fn rendering(&self, sid: Id) -> Option<Vec<usize>> {
        let rendering: Vec<usize> = (0..self.views.len())
            .filter(|&v| {
                let view = &self.views[v];
                !view.uncovered.contains(&sid.0) && !view.low.contains(&sid.0)
            })
            .collect();
        (rendering.len() >= MIN_RENDERING && rendering.len() * 2 > self.views.len())
            .then_some(rendering)
    }

    /// For a name of several words that references pair through its other words (`Науърт
    /// Бласий Форд` with `Christine Blasey Ford`, `Кристин Блейзи Форд`): its one word that
    /// can only be a name and that no reference writes anywhere, in any script, with the
    /// references that render the sentence (as [`Self::references_not_knowing`] counts them).
    /// A second such word makes the name another one altogether, left to the pairing.
    fn word_not_known(&self, sid: Id, s: &Name) -> Option<(Vec<usize>, String)> {
        let words = single_words(s);
        // A spelling the known equivalents list whole (`Малкия Арал` for the Small Aral,
        // `Малом Арале`) is rendered by meaning: its word need not be written anywhere.
        if words.len() < 2
            || s.acronym
            || s.ordinary
            || crate::names::listed_spelling(&s.text, s.lang)
        {
            return None;
        }
        let paired = self.views.iter().any(|view| {
            view.names
                .get(&sid)
                .is_some_and(|p| p.relation != Relation::Unrelated)
        });
        if !paired {
            return None;
        }
        let rendering = self.rendering(sid)?;
        let first_opens = opens_sentence(self.source, sid, s);
        let written = |w: &Name| (0..self.views.len()).any(|v| self.reference_words(v).contains(w));
        let name_like = |w: &Name| {
            !(w.acronym
                || w.ordinary
                || is_short(w)
                || is_common_word(w)
                || adjective(w)
                || ends_as_phrase_head(w))
        };
        let mut unknown = words
            .iter()
            .enumerate()
            .filter(|&(i, w)| (i > 0 || !first_opens) && name_like(w) && !written(w));
        let (_, word) = unknown.next()?;
        if unknown.next().is_some() {
            return None;
        }
        Some((rendering, word.text.clone()))
    }

    /// Whether source name `sid` (`s`) is a title in words, which translations render each
    /// its own way: a word of it in lower case (`Белия дом`), an adjective at its head
    /// (`Шотландската Висша Лига`), a Latin or quoted title (`Chariots of Fire`, `„Спасете децата“`).
    fn titled(&self, sid: Id, s: &Name) -> bool {
        let lower_word = s
            .text
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase));
        lower_word
            || (single_words(s).first().is_some_and(adjective)
                && !adjective_alone(self.source, sid, s))
            || latin_title(self.source, sid, s)
            || quoted_title(self.source, sid, s)
    }

    /// The warning against reference `v` for source name `s`: the row another rule made
    /// raised, or a new one pointing at the name paired with it by place, else at the
    /// reference's sentence.
    pub(super) fn warn_name(
        &self,
        rows: &mut Vec<Row>,
        v: usize,
        (sid, s): (Id, &Name),
        why: &str,
    ) {
        if raise_name_row(rows, self.lang(v), s, why) {
            return;
        }
        let view = &self.views[v];
        let reference_side = match view.names.get(&sid) {
            Some(p) => name_side(view.reference, p.reference),
            None => {
                let (_, here_ref) = self.bead_of(v, sid.0);
                sentence_side(view.reference, here_ref.start)
            }
        };
        rows.push(self.row(
            Some(v),
            Kind::NameMismatch,
            Severity::Warning,
            name_side(self.source, sid),
            reference_side,
            format!("The source names {}. {why}", s.text),
        ));
    }
}

/// Whether name `n` (id `id` of `doc`) continues a word the names stage cut (`О‘Хаган`, the
/// `Хаган` after an apostrophe): the references write the whole word, not this part.
fn part_of_a_word(doc: &Analyzed, id: Id, n: &Name) -> bool {
    doc.sentences.get(id.0).is_some_and(|st| {
        st.text
            .get(..n.offset.saturating_sub(st.offset))
            .and_then(|before| before.chars().next_back())
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`'))
    })
}

/// Whether one-word name `n` (id `id` of `doc`) heads a phrase of ordinary words: it ends
/// with an ending of `phrase_heads.tsv` for its language and a word in lower case follows
/// (`Въздушен контрол`, `Мрежата за ...`).
fn heads_phrase(doc: &Analyzed, id: Id, n: &Name) -> bool {
    if n.text.contains(char::is_whitespace) || adjective_alone(doc, id, n) {
        return false;
    }
    ends_as_phrase_head(n) && lower_case_word_after(doc, id, n)
}

/// Whether one-word name `n` (id `id` of `doc`) is an adjective with the article
/// ([`adjective`]) that no noun follows: the sentence ends or a stop comes after it, or a word
/// that is never a noun (`function_words.tsv`) or a verb of saying (`speech_verbs.tsv`). Such
/// an adjective heads no title (`от Корейската на профсъюзите`, `каза Арктическият.`): it
/// stands where a name stood.
fn adjective_alone(doc: &Analyzed, id: Id, n: &Name) -> bool {
    if n.text.contains(char::is_whitespace) || !adjective(n) {
        return false;
    }
    let Some(rest) = text_after(doc, id, n) else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if matches!(
        first,
        '.' | ',' | ';' | ':' | '!' | '?' | '“' | '”' | '»' | ')'
    ) {
        return true;
    }
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>();
    if next.is_empty() || next.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    lang::is_function_word(&next, n.lang)
        || lang::rows(crate::segment::speech_verb_table(n.lang))
            .any(|row| row.first() == Some(&next.as_str()))
}

/// Whether word `w` ends with an ending of `phrase_heads.tsv` for its language after three
/// letters or more: an adjective or a noun with the article (`Средния` of `Средния Изток`),
/// an ordinary word, which translations say in their own words.
pub(super) fn ends_as_phrase_head(w: &Name) -> bool {
    phrase_head_ending(&translit::to_lowercase(&w.text), w.lang)
}

/// Whether lower-case word `lower` of language `l` ends as [`ends_as_phrase_head`] asks.
pub(super) fn phrase_head_ending(lower: &str, l: lang::Lang) -> bool {
    static ENDINGS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    let endings = ENDINGS.get_or_init(|| {
        lang::rows(PHRASE_HEADS)
            .filter_map(|row| Some((*row.first()?, *row.get(1)?)))
            .collect()
    });
    let code = l.code();
    endings.iter().filter(|(c, _)| *c == code).any(|(_, e)| {
        lower
            .strip_suffix(e)
            .is_some_and(|stem| stem.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    })
}

/// Whether name `n` (id `id` of `doc`) stands in a quotation of more than
/// [`TITLE_WORDS_AT_MOST`] words (to its closing mark, or the sentence's end): someone's
/// words, not a title, even with no verb of saying in the sentence (the speaker named in the
/// next one).
pub(super) fn in_speech(doc: &Analyzed, id: Id, n: &Name) -> bool {
    quotation_around(doc, id, n).is_some_and(|(sentence, from, close)| {
        sentence
            .get(from..close)
            .is_some_and(|quoted| quoted.split_whitespace().count() > TITLE_WORDS_AT_MOST)
    })
}
