//! Names: finding people, places and organisations in a sentence, giving them
//! transliteration keys that meet across Cyrillic and Latin scripts, and matching them.
//!
//! - [`find`] (in `find.rs`): the names of a sentence, with their keys.
//! - [`key`] (in `translit.rs`): the contract's value for a name, lower-case Latin
//!   (`miras zhienbaev`); folding and inflection stems for comparison live there too.
//! - [`match_names`] (in `matching.rs`): pairs the names of two aligned sentences;
//!   [`inconsistencies`]: one entity written two ways within a document.
//! - [`consonants_apart`] (in `skeleton.rs`): two names whose consonants, in order and by
//!   sound, part them however alike their letters score.
//! - [`rendered_as_word`] (in `demonyms.rs`): a name the other text writes as an adjective or
//!   demonym (`China` / `китайски`), which [`appears_in`] counts as written.
//!
//! A reference name without a counterpart is [`NameStatus::Absent`] when it is a proper name,
//! and [`NameStatus::Unproven`] when it is made of ordinary words of its language
//! ([`Name::ordinary`]: a title the source may have translated).
//!
//! The tables (transliteration, inflection suffixes, common words, adjective endings, exonyms,
//! the spelling variants of the Cyrillic transliteration schools) are data files in
//! `src/lang/<code>/` and `src/lang/*.tsv`, read once (`tables.rs`).

mod demonyms;
mod find;
mod matching;
mod skeleton;
pub mod tables;
pub mod translit;

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lang::Lang;
use tables::FastMap;

pub(crate) use find::unknown_in_every_form;
pub use find::{find, is_acronym, is_ordinary_name, DocWords, NameFinder};
pub use matching::{
    appears_in, differ_only_in_vowels, inconsistencies, known_places_apart, match_names,
    match_names_in_sentence, name_similarity, Relation, TextWords, DIFFERENT_MIN_SIMILARITY,
};
pub use skeleton::consonants_apart;

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
    /// The language of the text it was found in (its transliteration table and endings).
    pub lang: Lang,
    /// Every word of it is also an ordinary word of its language (`Game of Thrones`,
    /// `Национальной`, `Supreme Court`): a title or phrase a translation may well render in
    /// words rather than transliterate, so its absence from the other side proves little
    /// (see [`NameStatus::Unproven`] and [`find::is_ordinary_name`]).
    pub ordinary: bool,
}

impl Name {
    /// A name as written in `lang`, with its key computed (line and offset as given).
    pub fn new(text: &str, lang: Lang, line: usize, offset: usize) -> Name {
        let acronym = !text.contains(' ') && is_acronym(&text.replace('.', ""));
        let key_text = if acronym {
            text.strip_suffix('s').unwrap_or(text)
        } else {
            text
        };
        Name {
            text: text.to_string(),
            key: key(key_text, lang),
            acronym,
            line,
            offset,
            lang,
            ordinary: find::is_ordinary_name(text, lang, acronym, None),
        }
    }
}

/// The transliteration key of a name written in `lang`: lower-case Latin words joined by one
/// space (`Касим-Жомарт Токаев` → `kasim zhomart tokaev`).
pub fn key(text: &str, lang: Lang) -> String {
    translit::key(text, lang)
}

/// How a reference's name fared against the source's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameStatus {
    /// The same name (transliteration variants included).
    Matched,
    /// A close but different name: `direct to sell` against `direct to cell`.
    Different,
    /// No counterpart in the source: the reference names someone or something the source
    /// does not (`missing_name`).
    Absent,
    /// No counterpart in the source, but the reference name is made of ordinary words of its
    /// language ([`Name::ordinary`]: `Game of Thrones`, `National Weather Service`,
    /// `Национальной`): the source may have translated it (`Игра на тронове`), which no
    /// transliteration can prove or disprove. Not evidence of an error on its own: a report
    /// should show it at `info` at most.
    Unproven,
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

/// At most this many spellings are tried per name (every word's stems combined).
const MAX_COMBINATIONS: usize = 32;

/// At most this many spellings are indexed per spelling of a known equivalent: a body of four
/// words whose each has three forms (`Національна служба охорони здоров’я`) has 81.
const MAX_INDEXED_COMBINATIONS: usize = 1024;

/// Folded forms of a whole name: every combination of its words' stems, words joined by a
/// space (the words are taken from `text` written in `lang`).
pub(crate) fn folded_combinations(text: &str, lang: Lang) -> Vec<String> {
    folded_combinations_kept(text, lang, MAX_COMBINATIONS, |_| true)
}

/// [`folded_combinations`], at most `cap` of them, keeping after each word only the partial
/// combinations `keep` accepts: a look-up drops early the beginnings no spelling has, so that
/// the cap does not cut off the one that is (`Національній службі охорони здоров’я`: the
/// first word's own form comes first and leads nowhere; its stem's combinations would come
/// after the first 32).
fn folded_combinations_kept(
    text: &str,
    lang: Lang,
    cap: usize,
    keep: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut combos = vec![String::new()];
    let words: Vec<&str> = translit::split_words(text).collect();
    for (at, word) in words.iter().enumerate() {
        let forms = translit::word_forms(word, lang);
        // A case ending goes on a name's last word, and may leave two letters of it
        // (`Ким Чен Ынды`: Ын) when the name has more words to tell it by.
        let short: &[String] = if at + 1 == words.len() && at > 0 {
            &forms.short_stems
        } else {
            &[]
        };
        let mut next = Vec::new();
        for c in &combos {
            for f in forms.folded.iter().chain(short) {
                if next.len() >= cap {
                    break;
                }
                let combo = if c.is_empty() {
                    f.clone()
                } else {
                    format!("{c} {f}")
                };
                if keep(&combo) && !next.contains(&combo) {
                    next.push(combo);
                }
            }
        }
        combos = next;
    }
    combos.retain(|c| !c.is_empty());
    combos
}

/// The key an acronym is looked up by among the known equivalents: its capitals as written,
/// in their own script (`МИС`, `U.S.` → `US`), behind a mark no folded spelling has. Folded,
/// an acronym meets ordinary words and other scripts' acronyms (bg `МИС` is `mis`, as the
/// title `Мисс` is; `НБК` is `nbk`, as `NBC` is): it meets only the same capitals, or another
/// spelling its row lists (`МЧС` = `ТЖМ`). A name written so may carry a case ending its
/// language's table strips whole (ru `МИДа`) or a plural or possessive `s` (`NGOs`,
/// `LSU's`); `None` for any other
/// text (a title-cased word, several words, a figure: `G20`).
fn acronym_key(text: &str, lang: Lang) -> Option<String> {
    let mark = |c: char| c == '.' || translit::is_apostrophe(c);
    if text.contains(|c: char| !translit::is_letter(c) && !mark(c)) {
        return None;
    }
    let letters: String = text.chars().filter(|&c| !mark(c)).collect();
    let capitals = letters
        .char_indices()
        .find(|&(_, c)| !translit::is_uppercase(c))
        .map_or(letters.len(), |(at, _)| at);
    let (head, tail) = letters.split_at(capitals);
    let ending = tail.is_empty()
        || tail == "s"
        || tables::tables()
            .lang(lang)
            .suffixes
            .iter()
            .any(|&(ending, replacement)| ending == tail && replacement.is_empty());
    (find::is_acronym(head) && ending).then(|| format!("={head}"))
}

/// Folded spelling → ids of the exonym entities written so (an acronym by its
/// [`acronym_key`] alone).
fn exonym_index() -> &'static FastMap<String, Vec<u32>> {
    static INDEX: OnceLock<FastMap<String, Vec<u32>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FastMap<String, Vec<u32>> = FastMap::default();
        for (id, (_, spellings)) in tables::tables().exonyms.iter().enumerate() {
            for (lang, cell) in Lang::ALL.iter().zip(spellings) {
                for spelling in cell {
                    let combos = match acronym_key(spelling, *lang) {
                        Some(key) => vec![key],
                        None => folded_combinations_kept(
                            spelling,
                            *lang,
                            MAX_INDEXED_COMBINATIONS,
                            |_| true,
                        ),
                    };
                    for folded in combos {
                        let ids = index.entry(folded).or_default();
                        if !ids.contains(&(id as u32)) {
                            ids.push(id as u32);
                        }
                    }
                }
            }
        }
        index
    })
}

/// The beginnings of the indexed spellings of several words, whole words each (`natsionaln
/// sluzhb` of `natsionaln sluzhb ogoron zdorov`): what a look-up keeps while it combines.
fn exonym_beginnings() -> &'static HashSet<String> {
    static BEGINNINGS: OnceLock<HashSet<String>> = OnceLock::new();
    BEGINNINGS.get_or_init(|| {
        let mut beginnings = HashSet::new();
        for key in exonym_index().keys() {
            for (at, c) in key.char_indices() {
                if c == ' ' {
                    beginnings.insert(key[..at].to_string());
                }
            }
        }
        beginnings
    })
}

/// Whether a word may open a known equivalent of several words: one of its folded forms is
/// the first word of such a spelling. Most words are not, and a run they open needs no
/// look-up (each of its words' forms multiplies the combinations to try).
pub(crate) fn may_open_exonym(word: &str, lang: Lang) -> bool {
    // A form of one word among the beginnings is a first word: beginnings end at a space.
    let beginnings = exonym_beginnings();
    translit::split_words(word).next().is_some_and(|first| {
        translit::word_forms(first, lang)
            .folded
            .iter()
            .any(|f| beginnings.contains(f))
    })
}

thread_local! {
    /// Exonym look-ups per language and text: names and their words repeat.
    static EXONYM_CACHE: tables::WordCache<Vec<u32>> = tables::word_cache();
}

/// The exonym entities a name may be (`САЩ`, `США`, `АҚШ`, `US`: the United States).
pub fn exonym_ids(text: &str, lang: Lang) -> Vec<u32> {
    tables::cached(&EXONYM_CACHE, text, lang, || {
        let index = exonym_index();
        let beginnings = exonym_beginnings();
        let known = |c: &str| index.contains_key(c) || beginnings.contains(c);
        let mut ids: Vec<u32> = Vec::new();
        let combos = match acronym_key(text, lang) {
            // A place in capitals (a dateline's `КИЕВ`, `KYIV`) is written as an acronym is:
            // four letters or more may be either, so both readings are looked up.
            Some(key) if translit::split_words(text).count() == 1 && text.chars().count() >= 4 => {
                let mut combos = folded_combinations_kept(text, lang, MAX_COMBINATIONS, known);
                combos.push(key);
                combos
            }
            Some(key) => vec![key],
            None => folded_combinations_kept(text, lang, MAX_COMBINATIONS, known),
        };
        for combo in combos {
            for &id in index.get(&combo).map(Vec::as_slice).unwrap_or(&[]) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids
    })
}

/// Whether name `a` is written exactly as a spelling its language's cell of the exonym tables
/// lists, for an entity that `b` may also be (`Черноморск` against uk `Чорноморськ`,
/// `Одеска област` against `Одеса`): a usual form of a known place, which no letter-level
/// check may call a slip. Only the exact spelling counts on `a`'s side, since the folded
/// look-up also meets a slipped letter (`Германиа`); `b` may be in any case form.
pub fn same_known_entity(a: &Name, b: &Name) -> bool {
    let listed = listed_ids(&a.text, a.lang);
    !listed.is_empty() && {
        let other = exonym_ids(&b.text, b.lang);
        listed.iter().any(|id| other.contains(id))
    }
}

/// Whether `text` is written exactly (in any letter case) as a spelling its language's cell of
/// the exonym tables lists (`Малкия Арал`), not only met through a stem or a case form.
pub(crate) fn listed_spelling(text: &str, lang: Lang) -> bool {
    !listed_ids(text, lang).is_empty()
}

/// The exonym entities whose cell for `lang` lists `text` exactly (in any letter case).
fn listed_ids(text: &str, lang: Lang) -> Vec<u32> {
    let Some(column) = Lang::ALL.iter().position(|&l| l == lang) else {
        return Vec::new();
    };
    let lower = translit::to_lowercase(text);
    let table = &tables::tables().exonyms;
    exonym_ids(text, lang)
        .into_iter()
        .filter(|&id| {
            table.get(id as usize).is_some_and(|(_, cells)| {
                cells[column]
                    .iter()
                    .any(|spelling| translit::to_lowercase(spelling) == lower)
            })
        })
        .collect()
}

/// The exonym entities a single word may be.
pub(crate) fn exonym_ids_of_word(word: &str, lang: Lang) -> Vec<u32> {
    exonym_ids(word, lang)
}

/// Whether a text written in `lang` renders a name as an adjective or demonym of it, the
/// same entity written as an ordinary word: `американските` or `китайски` for `China`,
/// `испански` for `Испании`, `орегонски` for `Oregon`, `гръцката` for `Greece`
/// (`demonym_endings.tsv` and `demonyms.tsv` of each language). [`appears_in`] and
/// [`match_names_in_sentence`] count such a rendering as the name's.
pub fn rendered_as_word(name: &Name, text: &str, lang: Lang) -> bool {
    TextWords::new(text, lang).renders(name)
}

/// Whether a text written in `lang` translates a name by meaning into a known equivalent
/// (`exonyms_extra.tsv`) written in ordinary words, at least one in lower case: `общото
/// събрание` for `General Assembly`, `военноморските сили` for `Navy`. [`appears_in`] already
/// counts such a rendering as the name's; this tells it from a name written as a name.
pub fn translated_as_words(name: &Name, text: &str, lang: Lang) -> bool {
    TextWords::new(text, lang).translates(name)
}

/// Whether one name is a place within the country the other names (`Мадрид` and `Испании`,
/// either way round): a capital said for its government, a region for its country
/// (`src/lang/places_within.tsv`).
pub fn place_within_country(a: &str, a_lang: Lang, b: &str, b_lang: Lang) -> bool {
    static WITHIN: OnceLock<HashSet<(&'static str, &'static str)>> = OnceLock::new();
    let within = WITHIN.get_or_init(|| {
        crate::lang::rows(include_str!("../lang/places_within.tsv"))
            .filter_map(|row| Some((*row.first()?, *row.get(1)?)))
            .collect()
    });
    let names = |text: &str, lang: Lang| -> Vec<&'static str> {
        exonym_ids(text, lang)
            .into_iter()
            .filter_map(exonym_id_name)
            .collect()
    };
    let (a, b) = (names(a, a_lang), names(b, b_lang));
    a.iter().any(|x| {
        b.iter()
            .any(|y| within.contains(&(*x, *y)) || within.contains(&(*y, *x)))
    })
}

/// The id of an exonym entity (`country:us`, `place:athens`), for reports and tests.
/// Whether an exonym entity is a word of names each language translates rather than a place or
/// body of its own: a compass word (`part:west`: `Western`, `Западна`), which the finder keeps
/// with the place after it (`Southern California`), or a qualifier (`qualifier:central`:
/// `Central`, `Централна`, `Орталық`), which it leaves a name of its own (`Central` |
/// `America`), so that the place is matched by its own word and a qualifier changed is seen.
pub fn is_translated_part(id: u32) -> bool {
    exonym_id_name(id).is_some_and(|n| n.starts_with("part:") || n.starts_with("qualifier:"))
}

pub fn exonym_id_name(id: u32) -> Option<&'static str> {
    tables::tables().exonyms.get(id as usize).map(|(n, _)| *n)
}

/// The folded stems a word has when read as an adjective or demonym by its language's
/// `demonym_endings.tsv` (`Чехословаците` → `cegoslova`); none when it is no such word.
pub fn demonym_stems(word: &str, lang: Lang) -> Vec<String> {
    demonyms::demonym(word, lang).keys.clone()
}
