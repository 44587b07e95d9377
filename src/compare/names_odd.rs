//! Which of two spellings of one source name is the odd one (see `misspelt_names`), beyond
//! how often the document writes each: a spelling that mixes Latin and Cyrillic letters in
//! a word is a slip whatever the counts (`Twittаr` against `Twitter`), and so is one that
//! breaks its language's orthography (`src/lang/orthography.tsv`: the Bulgarian `ь` stands
//! only before `о`, so `Шрьдер` against `Шрьодер`), and the references'
//! support is measured on the word spelt two ways alone, so that the words a name has
//! besides (`Nottingham` in `Nottingham Momentum` against `Moentum`) do not count against
//! the right spelling.

use super::names_typo::mixes_scripts;
use crate::lang;
use crate::names::{self, Name};

const ORTHOGRAPHY: &str = include_str!("../lang/orthography.tsv");

/// Whether a word of `n` writes a letter where its language never does (see the table):
/// the Bulgarian `ь` before a letter other than `о`, or at a word's end.
pub(super) fn breaks_orthography(n: &Name) -> bool {
    let code = n.lang.code();
    lang::rows(ORTHOGRAPHY)
        .filter(|row| row.first() == Some(&code))
        .filter_map(|row| Some((row.get(1)?.chars().next()?, *row.get(2)?)))
        .any(|(letter, before)| {
            words(&n.text).any(|w| {
                let lower: Vec<char> = w.to_lowercase().chars().collect();
                lower.iter().enumerate().any(|(k, &c)| {
                    c == letter && lower.get(k + 1).is_none_or(|next| !before.contains(*next))
                })
            })
        })
}

/// Whether a word of `n` mixes scripts (`Twittаr`, a Cyrillic `а` among Latin letters).
pub(super) fn mixes_scripts_in_a_word(n: &Name) -> bool {
    words(&n.text).any(mixes_scripts)
}

/// How the spellings `a` and `b` compare as known names: `Less` when only `b`'s word spelt
/// otherwise is a spelling the exonym tables list for its language (`Брекзит` against
/// `Бекзит`), `Greater` when only `a`'s, else `Equal`.
pub(super) fn known_spelling(a: &Name, b: &Name) -> std::cmp::Ordering {
    let known = |n: &Name| !names::exonym_ids(&n.text, n.lang).is_empty();
    // The whole names first (`Средния Изток`, listed, against `Среднея Изток`), then the
    // words spelt otherwise (`Брекзит` within a longer name).
    known(a).cmp(&known(b)).then_with(|| {
        spelt_otherwise(a, b).map_or(std::cmp::Ordering::Equal, |(a, b)| {
            known(&a).cmp(&known(&b))
        })
    })
}

/// The one word each of two spellings writes otherwise (`Moentum` and `Momentum` of
/// `Moentum` and `Nottingham Momentum`), as names of their own for measuring against the
/// references; `None` unless exactly one word of the shorter spelling is absent from the
/// longer, and the longer has one word one letter from it.
pub(super) fn spelt_otherwise(a: &Name, b: &Name) -> Option<(Name, Name)> {
    let lower = |w: &str| w.to_lowercase();
    let only = |mine: &Name, theirs: &Name| -> Vec<String> {
        let theirs: Vec<String> = words(&theirs.text).map(lower).collect();
        words(&mine.text)
            .filter(|w| !theirs.contains(&lower(w)))
            .map(str::to_string)
            .collect()
    };
    let (only_a, only_b) = (only(a, b), only(b, a));
    let near = |x: &str, y: &str| strsim::levenshtein(&lower(x), &lower(y)) == 1;
    let pick = |mine: &[String], theirs: &[String]| -> Option<(String, String)> {
        match mine {
            [w] => {
                let mut close = theirs.iter().filter(|t| near(w, t));
                match (close.next(), close.next()) {
                    (Some(t), None) => Some((w.clone(), t.clone())),
                    _ => None,
                }
            }
            _ => None,
        }
    };
    let (word_a, word_b) = if only_a.len() <= only_b.len() {
        pick(&only_a, &only_b)?
    } else {
        let (b_word, a_word) = pick(&only_b, &only_a)?;
        (a_word, b_word)
    };
    Some((
        Name::new(&word_a, a.lang, a.line, a.offset),
        Name::new(&word_b, b.lang, b.line, b.offset),
    ))
}

/// The alphabetic words of a text.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn bg(text: &str) -> Name {
        Name::new(text, Lang::Bg, 1, 0)
    }

    #[test]
    fn a_letter_where_the_language_never_writes_it_is_told() {
        assert!(breaks_orthography(&bg("Шрьдер")));
        assert!(breaks_orthography(&bg("Патриша Шрьдер")));
        assert!(!breaks_orthography(&bg("Шрьодер")));
        assert!(!breaks_orthography(&bg("Киев")));
        // Another language's rules are its own: the Ukrainian `ь` before a consonant.
        assert!(!breaks_orthography(&Name::new(
            "Коломийська",
            Lang::Uk,
            1,
            0
        )));
        assert!(!breaks_orthography(&Name::new(
            "Коммерсантъ",
            Lang::Ru,
            1,
            0
        )));
    }

    #[test]
    fn a_spelling_the_tables_list_is_the_usual_one() {
        use std::cmp::Ordering;
        assert_eq!(
            known_spelling(&bg("Бекзит"), &bg("Брекзит")),
            Ordering::Less
        );
        assert_eq!(
            known_spelling(&bg("Брекзит"), &bg("Бекзит")),
            Ordering::Greater
        );
        assert_eq!(known_spelling(&bg("Кели"), &bg("Кеии")), Ordering::Equal);
        assert_eq!(
            known_spelling(&bg("Среднея Изток"), &bg("Средния Изток")),
            Ordering::Less
        );
    }

    #[test]
    fn a_word_of_two_scripts_is_told() {
        assert!(mixes_scripts_in_a_word(&bg("Twittаr")));
        assert!(!mixes_scripts_in_a_word(&bg("Twitter")));
        assert!(!mixes_scripts_in_a_word(&bg("Nottingham Momentum")));
    }

    #[test]
    fn the_word_spelt_two_ways_is_found_without_the_others() {
        let (a, b) = spelt_otherwise(&bg("Moentum"), &bg("Nottingham Momentum")).unwrap();
        assert_eq!((a.text.as_str(), b.text.as_str()), ("Moentum", "Momentum"));
        let (a, b) = spelt_otherwise(&bg("Мидсамър Нортън"), &bg("Мидсамър Нотън")).unwrap();
        assert_eq!((a.text.as_str(), b.text.as_str()), ("Нортън", "Нотън"));
        // Two words changed, or a word with no near spelling: no one word to measure.
        assert!(spelt_otherwise(&bg("Иван Петров"), &bg("Иво Петрова")).is_none());
        assert!(spelt_otherwise(&bg("Кание Уест"), &bg("Кание Organization")).is_none());
    }
}
