//! Which end of a change a figure is, read from its words, not its place: bg `намаля до 3,1%
//! от 3,4%` says the end before the start, kk `3,4%-дан 3,1%-ға дейін` and en `from 3.4% to
//! 3.1%` the start first. The comparison uses it to tell two figures said in another order
//! from two figures swapped.
//!
//! The words are the tables' own: the `from` and `to` rows of `ranges.tsv` right before the
//! number (`от`, `с`, `з`, `від`, `from`; `до`, `to`), and in Kazakh a `from_ending` on the
//! number (`-дан`, `-тен`) for the start, an "up to" word after it (`дейін`) for the end.

use super::lexicon::{data, is_letter, RangeRole};
use super::scan::word_start;
use super::Approx;
use crate::lang::Lang;

/// The start or the end of a change (`from 3.4%`, `to 3.1%`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeEnd {
    Start,
    End,
}

/// Which end of a change the figure written `text` at byte `at` of `sentence` (in `lang`)
/// is, when its words say it.
pub fn change_end(sentence: &str, at: usize, text: &str, lang: Lang) -> Option<ChangeEnd> {
    let d = data(lang);
    let role = |r: &RangeRole| match r {
        RangeRole::From => Some(ChangeEnd::Start),
        RangeRole::To => Some(ChangeEnd::End),
        _ => None,
    };
    // The range word taken into the figure as its qualifier (`до 5%`).
    if let Some((r, e)) = d.ranges.longest(text, 0) {
        if text[e..].starts_with(char::is_whitespace) {
            return role(r);
        }
    }
    // The word right before it (`от 3,4%`, `from 3.4%`).
    let before = sentence.get(..at)?.trim_end();
    if before.len() < at {
        if let Some(ws) = word_start(before, is_letter) {
            let range_word = d
                .ranges
                .longest(sentence, ws)
                .filter(|&(_, e)| e == before.len());
            if let Some(end) = range_word.and_then(|(r, _)| role(r)) {
                return Some(end);
            }
            // bg `от 8,9% на 7,4%`: `на` says the end only right after a start.
            if let Some((_, e)) = d.range_to_after_from.longest(sentence, ws) {
                if e == before.len() && start_right_before(&sentence[..ws], lang) {
                    return Some(ChangeEnd::End);
                }
            }
            if range_word.is_some() {
                return None;
            }
        }
    }
    // kk: the ablative ending of the start (`3,4%-дан`), an "up to" word after the end.
    let number_end = text
        .rfind(|c: char| c.is_ascii_digit() || c == '%')
        .map_or(0, |i| i + 1);
    let tail = text[number_end..].trim_start_matches('-');
    if d.range_from_endings.contains(&tail) {
        return Some(ChangeEnd::Start);
    }
    let up_to_after = text
        .char_indices()
        .filter(|&(i, _)| i > number_end && text[..i].ends_with(char::is_whitespace))
        .any(|(i, _)| {
            d.qualifiers_after
                .longest_where(text, i, |a| *a == Approx::UpTo)
                .is_some()
        });
    up_to_after.then_some(ChangeEnd::End)
}

/// The most words a start's unit takes after its number (`8,9%`, `720 лв.`, `3 млрд. евро`).
const START_UNIT_WORDS: usize = 3;

/// Whether `head` ends with a figure that a `from` word opens (`от 8,9%`, `от 12 500`, `от
/// 720 лв.`), nothing but its number and up to [`START_UNIT_WORDS`] words of its unit after
/// the `from` word, and no mark that ends a clause.
fn start_right_before(head: &str, lang: Lang) -> bool {
    let d = data(lang);
    let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let mut words = head.split_whitespace().rev().peekable();
    let mut unit_words = 0;
    while let Some(w) = words.next_if(|w| !digit(w)) {
        unit_words += 1;
        if unit_words > START_UNIT_WORDS || w.ends_with([',', ';', ':']) {
            return false;
        }
    }
    let mut number = false;
    while let Some(w) = words.next_if(|w| digit(w)) {
        if w.ends_with([',', ';', ':']) {
            return false;
        }
        number = true;
    }
    number
        && words.next().is_some_and(
            |w| matches!(d.ranges.longest(w, 0), Some((RangeRole::From, e)) if e == w.len()),
        )
}
