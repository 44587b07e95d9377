//! Languages sverka knows, and the shared format of their data tables.
//!
//! Language knowledge lives in plain data files under `src/lang/<code>/`, one table per file,
//! embedded at build time by the stage that reads it (segmentation reads `abbreviations.tsv`,
//! figures read `numbers.tsv`, names read `translit.tsv`, ...). Adding a language is adding
//! its folder of tables, a variant here, and one line in each stage's table registry.
//!
//! Table format: one entry per line, columns separated by a tab, `#` starts a comment line,
//! blank lines are ignored.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

/// A language, by ISO 639-1 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Bg,
    Ru,
    Uk,
    Kk,
    En,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Bg, Lang::Ru, Lang::Uk, Lang::Kk, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Bg => "bg",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Kk => "kk",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language named by a file name: `bg.txt`, `article.bg.txt`, `ru.md`
    /// (the last dotted part before the extension, or the stem).
    pub fn from_path(path: &Path) -> Option<Lang> {
        let stem = path.file_stem()?.to_str()?;
        let last = stem.rsplit('.').next()?;
        Lang::from_code(last)
    }

    /// Whether the language is written in Cyrillic script.
    pub fn is_cyrillic(self) -> bool {
        !matches!(self, Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// `lang`'s value of a table parsed once for every language on first use: `build` turns a
/// language into its value, `cell` keeps them all.
pub fn per_language<T: Send + Sync>(
    cell: &'static OnceLock<Vec<T>>,
    lang: Lang,
    build: impl Fn(Lang) -> T,
) -> &'static T {
    let all = cell.get_or_init(|| Lang::ALL.iter().map(|&l| build(l)).collect());
    &all[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

/// Whether a word is a preposition, conjunction, auxiliary or particle of `lang`, never a
/// noun (`function_words.tsv`).
pub fn is_function_word(word: &str, lang: Lang) -> bool {
    static WORDS: OnceLock<Vec<HashSet<&'static str>>> = OnceLock::new();
    words_of(&WORDS, include_str!("function_words.tsv"), lang).contains(word)
}

/// Whether a word is an office held over a town or region (`мэр`, `губернатор`), written
/// before the place's name (`place_offices.tsv`); any case of its first letter.
pub fn is_place_office(word: &str, lang: Lang) -> bool {
    static WORDS: OnceLock<Vec<HashSet<&'static str>>> = OnceLock::new();
    words_of(&WORDS, include_str!("place_offices.tsv"), lang).contains(word.to_lowercase().as_str())
}

/// Whether exonym id `id` (`country:bg`) is the country a text in `lang` is written for,
/// which that language's press leaves implied (`home_countries.tsv`).
pub fn is_home_country(id: &str, lang: Lang) -> bool {
    static WORDS: OnceLock<Vec<HashSet<&'static str>>> = OnceLock::new();
    words_of(&WORDS, include_str!("home_countries.tsv"), lang).contains(id)
}

/// `lang`'s words of a two-column table (`language<TAB>word`) shared by all languages: asked
/// by the name finder for many words, so each table is read once, into a set a language.
fn words_of(
    cell: &'static OnceLock<Vec<HashSet<&'static str>>>,
    table: &'static str,
    lang: Lang,
) -> &'static HashSet<&'static str> {
    per_language(cell, lang, |l| {
        rows(table)
            .filter(|row| row.first() == Some(&l.code()))
            .filter_map(|row| row.get(1).copied())
            .collect()
    })
}

/// The rows of a data table: each non-blank, non-comment line split on tabs.
pub fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_file_name() {
        assert_eq!(Lang::from_path(Path::new("bg.txt")), Some(Lang::Bg));
        assert_eq!(
            Lang::from_path(Path::new("dir/article.kk.txt")),
            Some(Lang::Kk)
        );
        assert_eq!(Lang::from_path(Path::new("ru.md")), Some(Lang::Ru));
        assert_eq!(Lang::from_path(Path::new("article.txt")), None);
    }

    #[test]
    fn rows_skip_comments_and_blanks() {
        let t: Vec<_> = rows("# c\n\na\tb\r\n  \nc\n").collect();
        assert_eq!(t, vec![vec!["a", "b"], vec!["c"]]);
    }
}
