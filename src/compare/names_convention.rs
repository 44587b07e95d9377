//! Spellings within the source that are one name's, not a slip: the Bulgarian ъ written for a
//! foreign name's unstressed vowel on one line and the vowel itself on another (`Макферсън` /
//! `Макферсон` for Macpherson). Both are the language's conventions for the one name
//! (`src/lang/transliteration_steps.tsv`, its zero-cost steps), so writing both is no
//! misspelling to report; a letter changed outside those steps still is.

use crate::lang::Lang;
use crate::names::translit::word_forms;

use super::names_variant::convention_distance;

/// Whether the words of two source names (lower case, as written) differ only in words that
/// are one spelling by the source language's free convention steps (the ъ for a vowel, or
/// for none), in either direction.
pub(super) fn one_spelling_by_convention(wa: &[String], wb: &[String], lang: Lang) -> bool {
    let only_a: Vec<&String> = wa.iter().filter(|w| !wb.contains(w)).collect();
    let only_b: Vec<&String> = wb.iter().filter(|w| !wa.contains(w)).collect();
    let free = |x: &str, y: &str| {
        let (fx, fy) = (word_forms(x, lang), word_forms(y, lang));
        match (fx.folded.first(), fy.folded.first()) {
            (Some(a), Some(b)) => {
                a != b && (convention_distance(a, b) == 0.0 || convention_distance(b, a) == 0.0)
            }
            _ => false,
        }
    };
    // Every word of the shorter side's differing words has its free counterpart.
    let (short, long) = if only_a.len() <= only_b.len() {
        (&only_a, &only_b)
    } else {
        (&only_b, &only_a)
    };
    !short.is_empty() && short.iter().all(|x| long.iter().any(|y| free(x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn schwa_for_a_vowel_is_one_spelling() {
        assert!(one_spelling_by_convention(
            &words("Еър Блеър Макферсън"),
            &words("Макферсон"),
            Lang::Bg
        ));
        assert!(one_spelling_by_convention(
            &words("Майкъл"),
            &words("Майкл"),
            Lang::Bg
        ));
    }

    #[test]
    fn a_changed_consonant_or_vowel_is_a_slip() {
        assert!(!one_spelling_by_convention(
            &words("Тордано"),
            &words("Торнадо"),
            Lang::Bg
        ));
        assert!(!one_spelling_by_convention(
            &words("Кромул"),
            &words("Кромуел"),
            Lang::Bg
        ));
        assert!(!one_spelling_by_convention(
            &words("Касим"),
            &words("Касым"),
            Lang::Bg
        ));
        assert!(!one_spelling_by_convention(
            &words("Литлоу"),
            &words("Литгоу"),
            Lang::Bg
        ));
    }
}
