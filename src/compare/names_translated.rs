//! Names one side translates in part: `Камбаните на Коронадо` against `Bells of Coronado`,
//! `Suffolk University Political Research Center` against `Университета Саффолка`. The
//! words one side renders in ordinary words of its language are no spelling to check: the
//! difference there is a translation, for the reader's information.

use super::{is_common_word, is_latin, is_short, single_words, Id};
use crate::lang::Lang;
use crate::names::{self, Name};
use crate::pipeline::Analyzed;

/// The capitalized ordinary word that stands right beside name `id` of `doc`, with only
/// white space between, as a word of one title with it (`Партии` of `Партии Уэльса`,
/// `Партиясының` of `Уэльс Партиясының`: the party of Wales): the name is then a part of a
/// title said in words, not a name on its own.
pub(super) fn title_word_beside(doc: &Analyzed, id: Id) -> Option<String> {
    let names_here = doc.names.get(id.0)?;
    let n = names_here.get(id.1)?;
    let text = doc.doc.text.as_str();
    let between_is_space = |from: usize, to: usize| {
        from < to
            && text
                .get(from..to)
                .is_some_and(|gap| gap.chars().all(char::is_whitespace))
    };
    names_here
        .iter()
        .enumerate()
        .filter(|&(k, o)| k != id.1 && o.ordinary && !o.acronym && !o.text.contains(' '))
        .find(|(_, o)| {
            between_is_space(o.offset + o.text.len(), n.offset)
                || between_is_space(n.offset + n.text.len(), o.offset)
        })
        .map(|(_, o)| o.text.clone())
}

/// The words of `a` that no word of `b` is the same as.
pub(super) fn unmatched_words(a: &Name, b: &Name) -> Vec<Name> {
    let b_words = single_words(b);
    single_words(a)
        .into_iter()
        .filter(|w| {
            !b_words
                .iter()
                .any(|o| names::name_similarity(w, o).0 == names::Relation::Same)
        })
        .collect()
}

/// Whether a word is an ordinary English word (`Center`, `Open`, `Channel`), whatever the
/// language of the text it stands in.
pub(super) fn ordinary_in_english(w: &Name) -> bool {
    let e = Name::new(&w.text, Lang::En, w.line, w.offset);
    e.ordinary || is_common_word(&e)
}

/// Whether a word of a name is an ordinary word: of its language, or of English when it is
/// written in Latin letters in a Cyrillic text (`Center` in `Research Center`).
fn ordinary_word(w: &Name) -> bool {
    w.ordinary
        || is_common_word(w)
        || (w.lang != Lang::En && is_latin(&w.text) && ordinary_in_english(w))
}

/// Where source name `s` and reference name `r` differ through a part one of them says in
/// ordinary words: the first differing word that is an ordinary word of its side; none when
/// a differing word is a close spelling of one of the other side's and not both are
/// ordinary words (`Стйт` against `State` is a misspelling, whatever `State` is), or the
/// reference has a name-word the source lacks.
pub(super) fn translated_part(s: &Name, r: &Name) -> Option<String> {
    if s.acronym || r.acronym {
        return None;
    }
    let s_left = unmatched_words(s, r);
    let r_left = unmatched_words(r, s);
    let close_pair = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Close;
    // Two close spellings where one is a name-word (`Стйт` and `State`, `Каролина` and
    // `Калифорния`): a misspelling or a swapped name, not a translation. (Both ordinary
    // words, `University` and `Университета`, are one word translated.)
    let misspelt = s_left.iter().any(|a| {
        r_left
            .iter()
            .any(|b| close_pair(a, b) && !(ordinary_word(a) && ordinary_word(b)))
    });
    if misspelt {
        return None;
    }
    let close = |a: &Name, others: &[Name]| others.iter().any(|b| close_pair(a, b));
    let s_own: Vec<&Name> = s_left.iter().filter(|w| !close(w, &r_left)).collect();
    let r_own: Vec<&Name> = r_left.iter().filter(|w| !close(w, &s_left)).collect();
    // A name-word of the reference's that the source lacks (`Македония` against `Северна
    // Лигата`): another name, or one the source put in ordinary words, which is no
    // translation of it.
    let name_word = |w: &&Name| !ordinary_word(w) && !w.acronym && !is_short(w);
    if r_own.iter().any(name_word) {
        return None;
    }
    s_own
        .into_iter()
        .chain(r_own)
        .find(|w| ordinary_word(w))
        .map(|w| w.text.clone())
}
