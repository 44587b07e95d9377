//! Names: finding people, places and organisations in a sentence, giving them
//! transliteration keys that meet across Cyrillic and Latin scripts, and matching them.
//!
//! Keys are lower-case Latin (`miras zhienbaev`); the tables (transliteration, folding,
//! inflection suffixes, exonyms) live in `src/lang/<code>/` and `src/lang/exonyms.tsv`.

use crate::document::Document;
use crate::lang::Lang;
use crate::segment::Sentence;

/// One name found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The text as written: `Касим-Жомарт Токаев`.
    pub text: String,
    /// Its transliteration key: `kasim zhomart tokaev` (the contract's value).
    pub key: String,
    /// All upper-case, short: `САЩ`, `EXIM`.
    pub acronym: bool,
    pub line: usize,
    pub offset: usize,
}

/// Finds the names in a sentence. (First cut: nothing; replaced by the names stage.)
pub fn find(_doc: &Document, _sentence: &Sentence) -> Vec<Name> {
    Vec::new()
}

/// The transliteration key of a name written in `lang`.
pub fn key(text: &str, _lang: Lang) -> String {
    text.to_lowercase()
}
