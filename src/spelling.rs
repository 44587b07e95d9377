//! Spelling dictionaries: whether a word is a word of its language, in any of its forms.
//!
//! The tables under `src/lang/` know the words a name is often made of (`common_words.tsv`),
//! a few hundred per language; a misspelt ordinary word inside a name (`Върхоуния съд` for
//! `Върховния съд`, `Европейсият съюз`) needs the whole language, with its inflections and
//! articles. Hunspell dictionaries have that, and Debian packages them for each of our
//! languages (`hunspell-bg`, `hunspell-ru`, `hunspell-uk`, `hunspell-kk`, `hunspell-en-us`:
//! `src/lang/spelling_dictionaries.tsv`). They are read with `spellbook`, a Rust reading of
//! the Hunspell format, from `$SVERKA_DICTIONARIES` if set (a folder; `none` turns them off)
//! or else `/usr/share/hunspell`. A language whose dictionary is not there has none: the rules
//! that ask fall back to the tables alone, so sverka works, and finds less, without them.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::lang::{self, Lang};

const TABLE: &str = include_str!("lang/spelling_dictionaries.tsv");

/// Where the dictionaries are looked for when `$SVERKA_DICTIONARIES` is not set.
const DEFAULT_FOLDER: &str = "/usr/share/hunspell";

/// The dictionary of `lang`, read once (on first use), if it is installed and reads.
pub fn dictionary(lang: Lang) -> Option<&'static spellbook::Dictionary> {
    static DICTIONARIES: [OnceLock<Option<spellbook::Dictionary>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let at = Lang::ALL.iter().position(|&l| l == lang)?;
    DICTIONARIES[at].get_or_init(|| load(lang)).as_ref()
}

/// The dictionary's file name (without extension) and Debian package for `lang`.
pub fn dictionary_name(lang: Lang) -> Option<(&'static str, &'static str)> {
    lang::rows(TABLE).find_map(|row| match row.as_slice() {
        [code, file, package, ..] if *code == lang.code() => Some((*file, *package)),
        _ => None,
    })
}

fn folder() -> Option<PathBuf> {
    match std::env::var_os("SVERKA_DICTIONARIES") {
        Some(v) if v == "none" => None,
        Some(v) => Some(PathBuf::from(v)),
        None => Some(PathBuf::from(DEFAULT_FOLDER)),
    }
}

fn load(lang: Lang) -> Option<spellbook::Dictionary> {
    let (file, _) = dictionary_name(lang)?;
    let folder = folder()?;
    let read = |ext: &str| std::fs::read_to_string(folder.join(format!("{file}.{ext}"))).ok();
    let (aff, dic) = (read("aff")?, read("dic")?);
    // Some dictionaries start with a byte-order mark, which the format does not expect.
    let strip = |s: &str| s.trim_start_matches('\u{feff}').to_string();
    spellbook::Dictionary::new(&strip(&aff), &strip(&dic)).ok()
}

/// Whether `lang` has a dictionary here.
pub fn available(lang: Lang) -> bool {
    dictionary(lang).is_some()
}

/// Whether `word` is a word of `lang` as its dictionary knows it (as written, or in lower
/// case: a capitalized ordinary word is the word). `None` when there is no dictionary.
pub fn knows(word: &str, lang: Lang) -> Option<bool> {
    let d = dictionary(lang)?;
    Some(d.check(word) || d.check(&word.to_lowercase()))
}

/// Whether `word` is an ordinary word of `lang` by its dictionary: known in lower case, in a
/// dictionary that writes proper names capitalized (`spelling_dictionaries.tsv`; kk_KZ lists
/// `ұлыбритания` in lower case, so there a lower-case entry says nothing). False without a
/// dictionary.
pub fn knows_as_ordinary_word(word: &str, lang: Lang) -> bool {
    writes_names_capitalized(lang)
        && knows(&crate::names::translit::to_lowercase(word), lang) == Some(true)
}

/// Whether `lang` has a dictionary here that writes proper names capitalized
/// (`spelling_dictionaries.tsv`), so that a word it knows only so is a name.
pub fn writes_names_capitalized(lang: Lang) -> bool {
    static NAMES_CAPITALIZED: OnceLock<Vec<&'static str>> = OnceLock::new();
    let capitalized = NAMES_CAPITALIZED.get_or_init(|| {
        lang::rows(TABLE)
            .filter_map(|row| match row.as_slice() {
                [code, _, _, "capitalized", ..] => Some(*code),
                _ => None,
            })
            .collect()
    });
    available(lang) && capitalized.contains(&lang.code())
}

/// Whether `lang`'s dictionary lists `word` only capitalized: a proper name (ru `Мартин`, en
/// `Reuters`), not a word of the language in lower case. False without a dictionary.
pub fn knows_only_capitalized(word: &str, lang: Lang) -> bool {
    let Some(d) = dictionary(lang) else {
        return false;
    };
    let lower = crate::names::translit::to_lowercase(word);
    lower != word && d.check(word) && !d.check(&lower)
}

/// The longest word [`one_letter_from_such`] tries, in letters.
const LONGEST_WORD: usize = 48;

/// The words of `lang` one letter from `word` (lower case: a letter dropped, added or
/// changed) that keep its first and last letters, when `word` itself is
/// no word of the language: the words it may be a slip of. Empty when there is no
/// dictionary or `word` is a word.
pub fn one_letter_from(word: &str, lang: Lang) -> Vec<String> {
    one_letter_from_such(word, lang, |_| true)
}

/// [`one_letter_from`], for the words that pass `wanted` only (a cheap test of a string,
/// asked before the dictionary is: most of the few hundred strings one letter away never
/// reach it).
pub fn one_letter_from_such(word: &str, lang: Lang, wanted: impl Fn(&str) -> bool) -> Vec<String> {
    let Some(d) = dictionary(lang) else {
        return Vec::new();
    };
    // No dictionary word is this long; a longer string (a run of letters, a blob) is tried no
    // further: its candidates grow with the square of its length (6.6 s for 4000 letters).
    if word.chars().nth(LONGEST_WORD).is_some() {
        return Vec::new();
    }
    let lower = word.to_lowercase();
    if d.check(word) || d.check(&lower) {
        return Vec::new();
    }
    let chars: Vec<char> = lower.chars().collect();
    let n = chars.len();
    if n < 3 {
        return Vec::new();
    }
    // The letters to try: the language's alphabet as the word's own script has it.
    let alphabet = alphabet(lang, &chars);
    let mut found: Vec<String> = Vec::new();
    let mut try_word = |w: Vec<char>| {
        let s: String = w.into_iter().collect();
        if wanted(&s) && !found.contains(&s) && d.check(&s) {
            found.push(s);
        }
    };
    // Inside the word only: its first and last letters stay. (Two letters swapped are left
    // out: a vowel moved past a consonant is often a convention, Bulgarian `Кърсти` for
    // Kirsty beside the word `кръсти`.)
    for i in 1..n - 1 {
        let mut dropped = chars.clone();
        dropped.remove(i);
        try_word(dropped);
        for &c in &alphabet {
            if c != chars[i] {
                let mut changed = chars.clone();
                changed[i] = c;
                try_word(changed);
            }
        }
    }
    for i in 1..n {
        for &c in &alphabet {
            let mut added = chars.clone();
            added.insert(i, c);
            try_word(added);
        }
    }
    found
}

/// The lower-case letters of `lang`'s alphabet (the first column of its transliteration
/// table, `src/lang/<code>/translit.tsv`, in its order), or the Latin ones for a word in Latin
/// letters. Read once per language.
fn alphabet(lang: Lang, word: &[char]) -> Vec<char> {
    static ALPHABETS: [OnceLock<Vec<char>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let latin = || ('a'..='z').collect();
    if word.iter().all(|c| c.is_ascii_alphabetic()) || lang == Lang::En {
        return latin();
    }
    let Some(at) = Lang::ALL.iter().position(|&l| l == lang) else {
        return latin();
    };
    ALPHABETS[at]
        .get_or_init(|| {
            let table = crate::names::tables::table_text(lang, "translit").unwrap_or("");
            lang::rows(table)
                .filter_map(|row| {
                    let mut letters = row.first()?.chars();
                    let c = letters.next()?;
                    (letters.next().is_none() && c.is_lowercase()).then_some(c)
                })
                .collect()
        })
        .clone()
}
