//! Number words: `един милион`, `двадцати пяти`, `жиырма бес`, `twenty-five`, `a dozen`,
//! ordinals (`пети`, `fifth`) and shares (`половин`, `една трета`, `every fifth`), driven by
//! `src/lang/<code>/number_words.tsv`.

use rust_decimal::Decimal;

use crate::lang::Lang;

/// What a run of number words denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordsKind {
    Cardinal,
    Ordinal,
    /// A fraction or share (`половин` 0.5, `една трета` 1/3, `всеки пети` 0.2).
    Fraction,
}

/// A number written in words at the start of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordsNumber {
    pub value: Decimal,
    pub kind: WordsKind,
    /// Bytes of the text consumed (the words only, not trailing space).
    pub len: usize,
}

/// Reads a number written in words at the very start of `text` (which starts at a word
/// boundary), in `lang`; `None` when the text does not start with a number word.
pub fn number_at(_text: &str, _lang: Lang) -> Option<WordsNumber> {
    None
}
