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

/// How a reference's name fared against the source's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameStatus {
    /// The same name (transliteration variants included).
    Matched,
    /// A close but different name: `direct to sell` against `direct to cell`.
    Different,
    /// No counterpart in the source.
    Absent,
}

/// The pairing of one reference name with a source name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NameMatch {
    /// Index into the reference's names.
    pub reference: usize,
    /// Index into the source's names (`None` when absent).
    pub source: Option<usize>,
    pub status: NameStatus,
    /// Key similarity from 0 to 1.
    pub similarity: f64,
}

/// Pairs every reference name with a source name. (First cut: equal keys only.)
pub fn match_names(source: &[Name], reference: &[Name]) -> Vec<NameMatch> {
    reference
        .iter()
        .enumerate()
        .map(
            |(r, name)| match source.iter().position(|s| s.key == name.key) {
                Some(s) => NameMatch {
                    reference: r,
                    source: Some(s),
                    status: NameStatus::Matched,
                    similarity: 1.0,
                },
                None => NameMatch {
                    reference: r,
                    source: None,
                    status: NameStatus::Absent,
                    similarity: 0.0,
                },
            },
        )
        .collect()
}
