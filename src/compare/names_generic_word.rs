//! A reference name of one more word than the source name at its place, that word a common
//! word of the reference's language (`Chuuk Island`, `UK Government`, `Pacific Ocean` against
//! one word): the generic word a translation writes in lower case beside the name (`остров
//! Чуук`, `правителството на Великобритания`), or leaves out. Such a pair is one name per side
//! and may be paired by place like names of equal length; what the pair then proves is judged
//! as for any pair by place (`names_swapped.rs`: a lone name put for another, against one
//! reference).
//!
//! One common word only: a name of common words throughout (`United Kingdom`, `Supreme
//! Court`) is a title a translation renders in its own words, no name beside a generic word.

use super::{is_common_word, single_words};
use crate::names::Name;

/// Whether reference name `r` is source name `s` in length but for one common word of its
/// language, its last (a head word: `Island`, `Government`, `Ocean`). A common word first
/// is as often a word of the name the source translates (`Орталық Парктің`, Central Park,
/// against `Сентръл`; `Air Navigation` against `Въздушен`).
pub(super) fn generic_word_beside(s: &Name, r: &Name) -> bool {
    let s_words = single_words(s);
    let r_words = single_words(r);
    if r_words.len() != s_words.len() + 1 || s_words.is_empty() || s.ordinary {
        return false;
    }
    let common: Vec<usize> = (0..r_words.len())
        .filter(|&i| r_words.get(i).is_some_and(is_common_word))
        .collect();
    match common.as_slice() {
        [i] => *i + 1 == r_words.len(),
        _ => false,
    }
}
