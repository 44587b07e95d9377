//! Scores: two counts that keep their order (`3-1`, `1 – 0`, `2:1`, golf's `2&1`, `с 3 на 1`,
//! `3 to 1`). A range is read low..high; a score is not a range, and `3-1` against `1-3` is
//! another result. The figure grammar ([`super::scan`]) reads a score as
//! [`super::FigureKind::Score`], `value` the first count and `high` the second as written,
//! normalized `3-1` (the contract's kind `number`).
//!
//! Two counts joined by a dash are a range when the first is the smaller (`1-3`) unless the
//! sentence is sports news: a word of `src/lang/<code>/scores.tsv` marked `sport` (`мач`,
//! `победи*`, `match`). Joined by a dash the other way round (`3-1`) they cannot be a range.
//! Golf's match play `2&1` (unspaced) is always a score. A colon with one- or two-digit
//! counts that is no time of day (`2:1`), a slash (ru golf `2/1`), a spaced `&` or a `joins`
//! word (`на`, `to`, `срещу`; uk glued `5та4`) make a score only in sports news.

use std::sync::OnceLock;

use super::lexicon::is_letter;
use crate::lang::Lang;

#[derive(Default)]
struct Words {
    /// Sports words, exact (lower-case).
    sport: Vec<String>,
    /// Sports word stems (the table's `word*`).
    sport_stems: Vec<String>,
    /// Words joining the two counts (`на`, `to`).
    joins: Vec<String>,
    /// Further characters joining the two counts in sports news (rows `sign`).
    signs: Vec<char>,
}

fn words(lang: Lang) -> &'static Words {
    static TABLES: OnceLock<Vec<Words>> = OnceLock::new();
    crate::lang::per_language(&TABLES, lang, |l| {
        let mut w = Words::default();
        for r in crate::lang::rows(super::lexicon::table(l, "scores")) {
            let (Some(word), Some(role)) = (r.first(), r.get(1)) else {
                continue;
            };
            let word = word.to_lowercase();
            match *role {
                "sport" => match word.strip_suffix('*') {
                    Some(stem) => w.sport_stems.push(stem.to_string()),
                    None => w.sport.push(word),
                },
                "joins" => w.joins.push(word),
                "sign" => w.signs.extend(word.chars().next()),
                _ => {}
            }
        }
        w
    })
}

/// Whether `text` (one sentence) is sports news: it has a word the table marks `sport`.
pub fn sports_context(text: &str, lang: Lang) -> bool {
    let w = words(lang);
    text.split(|c: char| !(is_letter(c) || c == '-'))
        .filter(|t| !t.is_empty())
        .any(|token| {
            let token = token.trim_matches('-').to_lowercase();
            w.sport.contains(&token) || w.sport_stems.iter().any(|s| token.starts_with(s.as_str()))
        })
}

/// Whether `c` joins a score's counts in sports news besides the dashes, `:`, `/` and `&`
/// (the table's `sign` rows).
pub fn is_extra_sign(c: char, lang: Lang) -> bool {
    words(lang).signs.contains(&c)
}

/// The end of a word joining a score's two counts (`на`, `to`) that starts at byte `at`,
/// followed by a space or, glued as uk writes golf scores (`5та4`), by the second count.
pub fn joiner_at(text: &str, at: usize, lang: Lang) -> Option<usize> {
    let rest = text.get(at..)?;
    let len = rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
    let word = rest.get(..len)?.to_lowercase();
    let next = rest[len..].chars().next();
    let followed = next.is_some_and(|c| c.is_whitespace() || c.is_ascii_digit());
    (len > 0 && followed && words(lang).joins.contains(&word)).then_some(at + len)
}
