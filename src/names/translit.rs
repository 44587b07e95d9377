//! Transliteration keys and the folded forms that matching compares.
//!
//! A *key* is the contract's value for a name: each word lower-cased and transliterated into
//! Latin by its language's table (`src/lang/<code>/translit.tsv`), words joined by one space:
//! `Касим-Жомарт Токаев` → `kasim zhomart tokaev`.
//!
//! A *folded* form is for comparison only. It makes the common romanization conventions meet:
//! sh/sch/sht/shch, zh/j/dzh/dj, kh/h/g, ts/tz, ch/tch, y/i/j (й), ph/f, th/t, w/v, x/ks,
//! q/k, ck/k, doubled letters, a glide i between vowels (`Tokayev` = `Токаев`), a final
//! -off/-ov; soft and hard signs are already dropped by the tables. The Bulgarian ъ folds to a
//! vowel that meets any vowel (`Джонсън` = `Джонсон`). A *skeleton* (the folded form less its
//! vowels after the first letter) is what a Cyrillic and a Latin spelling compare their
//! consonants on (`Trump` = `Тръмп`); their vowels are then held to the ways a Cyrillic
//! spelling writes each Latin vowel spelling ([`vowels_render`], `src/lang/en/
//! vowel_renderings.tsv`): `Уест` for `West`, not `Уст`.
//!
//! Word *variants* add the forms with an inflection ending stripped (`src/lang/<code>/
//! suffixes.tsv`): `Казахстанът`, `Токаева`, `Қазақстанның` meet their base forms; a Latin
//! word also its possessive's and family plural's stems and its abbreviation's full word
//! (`src/lang/en/name_words.tsv`: `Ri's`, `Clintons`, `St`).

use std::rc::Rc;

use unicode_normalization::char::decompose_canonical;

use super::tables::{tables, LangTables, ReadingRule};
use crate::lang::Lang;

/// The marker the Bulgarian ъ folds to: a vowel that meets any vowel.
pub const SCHWA: char = '@';

/// The transliteration key of a name: lower-case Latin words joined by single spaces.
pub fn key(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    for word in split_words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        let before = out.len();
        translit_into(word, lang, false, &mut out);
        if out.len() == before && out.ends_with(' ') {
            out.pop();
        }
    }
    out
}

/// The words of a name: runs of letters and digits; apostrophes and dots inside a word are
/// dropped by the transliteration, hyphens and other punctuation separate words.
pub fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(is_letter_or_digit(c) || is_apostrophe(c) || c == '.'))
        .map(|w| w.trim_matches(|c: char| is_apostrophe(c) || c == '.'))
        .filter(|w| w.chars().any(is_letter_or_digit))
}

/// Whether a character is a letter: ASCII and Cyrillic answered without Unicode tables (the
/// general look-up is the stage's hottest path on Cyrillic text).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{0400}'..='\u{04FF}').contains(&c) {
        return !('\u{0482}'..='\u{0489}').contains(&c);
    }
    c.is_alphabetic()
}

/// Characters below this code point (Basic Latin through Cyrillic) have their letter, case
/// and lower-case facts in a table built once from the standard library's own answers, so the
/// fast paths agree with `char::is_alphabetic`, `char::is_uppercase` and `char::to_lowercase`
/// by construction (and a test checks every character).
const TABLED: u32 = 0x500;

/// Marks a tabled character whose lower case is not one character (U+0130 İ).
const NOT_ONE: u32 = u32::MAX;

struct CharFacts {
    /// The lower case when it is exactly one character, else [`NOT_ONE`].
    lower: u32,
    alphabetic: bool,
    uppercase: bool,
}

fn char_facts() -> &'static [CharFacts] {
    static FACTS: std::sync::OnceLock<Vec<CharFacts>> = std::sync::OnceLock::new();
    FACTS.get_or_init(|| {
        (0..TABLED)
            .map(|n| {
                let c = char::from_u32(n).unwrap_or('\0');
                let mut lower = c.to_lowercase();
                let one = match (lower.next(), lower.next()) {
                    (Some(l), None) => l as u32,
                    _ => NOT_ONE,
                };
                CharFacts {
                    lower: one,
                    alphabetic: c.is_alphabetic(),
                    uppercase: c.is_uppercase(),
                }
            })
            .collect()
    })
}

/// `c.is_alphabetic()`, answered from a table for Latin and Cyrillic.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if (c as u32) < TABLED {
        char_facts()[c as usize].alphabetic
    } else {
        c.is_alphabetic()
    }
}

/// `c.is_uppercase()`, answered from a table for Latin and Cyrillic.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if (c as u32) < TABLED {
        char_facts()[c as usize].uppercase
    } else {
        c.is_uppercase()
    }
}

/// Appends `c.to_lowercase()` to `out`, from a table for Latin and Cyrillic.
#[inline]
pub fn push_lowercase(c: char, out: &mut String) {
    match lower_one(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// The lower case of `c` when the table knows it is one character.
#[inline]
fn lower_one(c: char) -> Option<char> {
    if c.is_ascii() {
        Some(c.to_ascii_lowercase())
    } else if (c as u32) < TABLED {
        char::from_u32(char_facts()[c as usize].lower)
    } else {
        None
    }
}

/// `text.to_lowercase()` without the general Unicode look-up for Latin and Cyrillic. The
/// Greek capital sigma, whose lower case depends on its place in a word, goes to the
/// standard library.
pub fn to_lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == 'Σ' {
            return text.to_lowercase();
        }
        push_lowercase(c, &mut out);
    }
    out
}

/// A letter or a digit (see [`is_letter`]).
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// Appends the Latin transliteration of `word` (any case) to `out`. With `folding` (the
/// spelling that [`fold`] reads), the Bulgarian ъ becomes [`SCHWA`] instead of `a`, and an h
/// after s, z, c, t, p, d, g or k is written kh, so that it stays a letter of its own: the
/// Bulgarian `сх` (`Зинсхайм`) is not ш, the Ukrainian `зг` not ж.
pub fn translit_into(word: &str, lang: Lang, folding: bool, out: &mut String) {
    let t = tables();
    let own = t.lang(lang);
    let mut prev = ' ';
    let mut chars = word.chars().peekable();
    while let Some(upper) = chars.next() {
        let one = lower_one(upper);
        let many = if one.is_none() {
            Some(upper.to_lowercase())
        } else {
            None
        };
        for c in one.into_iter().chain(many.into_iter().flatten()) {
            let before = std::mem::replace(&mut prev, c);
            if c.is_ascii_alphanumeric() {
                out.push(c);
                continue;
            }
            if folding && lang == Lang::Bg && c == 'ъ' {
                out.push(SCHWA);
                continue;
            }
            // й is a glide after a vowel, at a word's start, or before a vowel (`Бйорн`,
            // `Гйосе`); between consonants (or doubled) it is no spelling of any name but a
            // slip for и (`Кйм`, `Стрййт`), kept apart from i.
            if folding
                && c == 'й'
                && (is_cyrillic_consonant(before) || before == 'й')
                && chars
                    .peek()
                    .is_none_or(|&n| is_cyrillic_consonant(lower_one(n).unwrap_or(n)))
            {
                out.push(ODD_Y);
                continue;
            }
            if let Some(latin) = lookup(own, c) {
                if folding
                    && latin.starts_with('h')
                    && out.ends_with(['s', 'z', 'c', 't', 'p', 'd', 'g', 'k'])
                {
                    out.push('k');
                }
                out.push_str(latin);
                continue;
            }
            // A letter of another script or language: Latin diacritics, then the other
            // Cyrillic alphabets (a Russian ы inside a Bulgarian text), then decomposition.
            let fallback = [Lang::En, Lang::Ru, Lang::Uk, Lang::Kk, Lang::Bg]
                .iter()
                .find_map(|&l| lookup(t.lang(l), c));
            match fallback {
                Some(latin) => out.push_str(latin),
                None => decompose_canonical(c, |d| {
                    if d.is_ascii_alphanumeric() {
                        out.push(d.to_ascii_lowercase());
                    }
                }),
            }
        }
    }
}

/// The marker a й after a consonant folds to: a letter no other spelling has.
pub const ODD_Y: char = 'Y';

/// A Cyrillic consonant letter (lower case), signs and й aside.
fn is_cyrillic_consonant(c: char) -> bool {
    ('а'..='я').contains(&c) && !"аеиоуыэюяйъь".contains(c) || "ғқңһђћџјљњ".contains(c)
}

fn lookup(tables: &LangTables, c: char) -> Option<&'static str> {
    tables.translit.get(&c).copied()
}

/// A vowel of a folded word (the schwa marker included).
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | SCHWA)
}

/// Folds a transliterated (lower-case Latin) word so that romanization conventions meet.
pub fn fold(latin: &str) -> String {
    collapse(&fold_letters(latin))
}

/// The letter-by-letter part of [`fold`]: digraphs and single letters, doubled letters kept.
pub fn fold_letters(latin: &str) -> String {
    let mut raw = String::with_capacity(latin.len());
    let mut rest = latin;
    while let Some(c) = rest.chars().next() {
        let b = rest.as_bytes();
        let pair = b.get(..2).unwrap_or(b);
        let (out, used): (&str, usize) = if b.starts_with(b"augh") {
            ("o", 4)
        } else if b.starts_with(b"shch") {
            ("S", 4)
        } else if b.starts_with(b"sht") || b.starts_with(b"sch") {
            ("S", 3)
        } else if b.starts_with(b"dzh") {
            ("J", 3)
        } else if b.starts_with(b"tch") {
            ("C", 3)
        } else if b.starts_with(b"tts") {
            ("T", 3)
        } else {
            match pair {
                b"sh" => ("S", 2),
                b"zh" | b"dj" => ("J", 2),
                b"ch" => ("C", 2),
                b"kh" | b"gh" => ("g", 2),
                b"ts" | b"tz" => ("T", 2),
                b"ck" => ("k", 2),
                b"ph" => ("f", 2),
                b"th" => ("t", 2),
                b"qu" => ("kv", 2),
                _ => match c {
                    'q' => ("k", 1),
                    'w' => ("v", 1),
                    'x' => ("ks", 1),
                    'h' => ("g", 1),
                    'j' => ("J", 1),
                    'y' => ("i", 1),
                    'c' if matches!(b.get(1), Some(b'e' | b'i' | b'y')) => ("s", 1),
                    'c' => ("k", 1),
                    _ => ("", 0),
                },
            }
        };
        if used == 0 {
            raw.push(c);
            rest = &rest[c.len_utf8()..];
        } else {
            raw.push_str(out);
            rest = &rest[used..];
        }
    }
    raw
}

/// The rest of [`fold`]: doubled letters, a glide i between vowels, a final -of.
fn collapse(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    let mut folded = String::with_capacity(raw.len());
    for (k, &c) in chars.iter().enumerate() {
        if folded.ends_with(c) {
            continue;
        }
        let prev_vowel = k > 0 && is_vowel(chars[k - 1]);
        let next_vowel = chars.get(k + 1).is_some_and(|&n| is_vowel(n) && n != 'i');
        if c == 'i' && prev_vowel && next_vowel {
            continue;
        }
        if c == 'i' && k == 0 && chars.get(1) == Some(&'e') && chars.len() > 3 {
            continue; // Yevgeny = Евгений
        }
        folded.push(c);
    }
    // -off for -ov after a consonant (`Smirnoff`), not a vowel and f (`Geoff`).
    let consonant_before = folded
        .strip_suffix("of")
        .and_then(|s| s.chars().last())
        .is_some_and(|c| !is_vowel(c));
    if folded.len() > 3 && folded.ends_with("of") && consonant_before {
        folded.pop();
        folded.push('v');
    }
    folded
}

/// The skeleton of a folded word: its first letter (a vowel or v as `a`), then its consonants
/// but v. Only letters that stood side by side merge (`Холли`: the fold already merged them);
/// `Синин` keeps both n.
pub fn skeleton(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut prev = ' ';
    for (k, c) in folded.chars().enumerate() {
        // s and z are one (English s between vowels: `Rosa` = `Роза`).
        let c = if c == 'z' { 's' } else { c };
        if k == 0 {
            // A first v counts as a vowel: English w is written у or в (`Widodo` = `Уидодо`).
            out.push(if is_vowel(c) || c == 'v' { 'a' } else { c });
        } else if !is_vowel(c) && c != 'v' && c != prev {
            // v is dropped: English w is written у or в (`Cromwell` = `Кромуел`).
            out.push(c);
        }
        prev = c;
    }
    out
}

/// Whether two folded words are equal, the schwa marker meeting any vowel.
pub fn folded_eq(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if !a.contains(SCHWA) && !b.contains(SCHWA) {
        return false;
    }
    let (mut x, mut y) = (a.chars(), b.chars());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q))
                if p == q || (is_vowel(p) && is_vowel(q)) && (p == SCHWA || q == SCHWA) => {}
            _ => return false,
        }
    }
}

/// Whether a word starts with a capital letter (or a digit).
fn is_capitalized(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| is_uppercase(c) || c.is_numeric())
}

const NAME_WORDS: &str = include_str!("../lang/en/name_words.tsv");

/// The other forms of a Latin name word (lower case) by `src/lang/en/name_words.tsv`: an
/// abbreviation's full word (`st` → `saint`), a family plural's singular (`clintons` →
/// `clinton`).
fn latin_word_readings(lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    for row in crate::lang::rows(NAME_WORDS) {
        match row.as_slice() {
            ["abbreviation", short, full, ..] if lower == *short => out.push(full.to_string()),
            ["possessive", ending, ..] => {
                if let Some(stem) = lower.strip_suffix(ending).filter(|s| !s.is_empty()) {
                    out.push(stem.to_string());
                }
            }
            ["plural", ending, min_stem, ..] => {
                let min: usize = min_stem.parse().unwrap_or(usize::MAX);
                if let Some(stem) = lower.strip_suffix(ending) {
                    // The singular ends in a consonant (`Clintons`), not in s or a vowel
                    // (`Jones` is no plural of a `Jone`).
                    let last = stem.chars().last().unwrap_or('a');
                    if stem.chars().count() >= min && !"aeiouys".contains(last) {
                        out.push(stem.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// When a row of `vowel_renderings.tsv` applies, by the Latin letters around the spelling.
#[derive(Debug)]
enum Context {
    /// At the word's end, or before a final s or d (`Giles`, `Racine`).
    End,
    /// Before two consonants, a final consonant, or r (`Jack`, `Mary`).
    Closed,
    /// Between single consonants with vowels beyond them (`Whitehall`, `Wakefield`).
    Compound,
    After(&'static str),
    Before(&'static str),
}

/// A Latin vowel spelling and the Cyrillic vowels it may be written with (as
/// [`translit_into`] writes them when folding), with the contexts it needs.
#[derive(Debug)]
struct VowelRendering {
    spelling: Vec<char>,
    renderings: Vec<Vec<char>>,
    contexts: Vec<Context>,
}

const VOWEL_RENDERINGS: &str = include_str!("../lang/en/vowel_renderings.tsv");

/// The rows of `vowel_renderings.tsv`, longest spelling first.
fn vowel_renderings() -> &'static [VowelRendering] {
    static ROWS: std::sync::OnceLock<Vec<VowelRendering>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows: Vec<VowelRendering> = crate::lang::rows(VOWEL_RENDERINGS)
            .filter_map(|row| {
                let spelling = row.first()?.chars().collect::<Vec<char>>();
                let renderings = row
                    .get(1)?
                    .split('|')
                    .map(|r| {
                        let mut out = String::new();
                        if r != "-" {
                            translit_into(r, Lang::Bg, true, &mut out);
                        }
                        out.chars().collect()
                    })
                    .collect();
                let contexts = row
                    .get(2)
                    .map(|c| {
                        c.split(',')
                            .filter_map(|c| match c.trim() {
                                "end" => Some(Context::End),
                                "closed" => Some(Context::Closed),
                                "compound" => Some(Context::Compound),
                                c => c
                                    .strip_prefix("after:")
                                    .map(Context::After)
                                    .or_else(|| c.strip_prefix("before:").map(Context::Before)),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Some(VowelRendering {
                    spelling,
                    renderings,
                    contexts,
                })
            })
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.spelling.len()));
        rows
    })
}

/// Letters a Latin spelling's vowels are written with (w and y among them: `Rowan`, `Kanye`).
fn is_latin_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w')
}

/// Letters a Cyrillic transliteration's vowels are written with (the glide y among them).
fn is_cyrillic_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | SCHWA)
}

/// Latin consonant runs that may go unwritten (`John` = `Джон`, `Rihanna`, `Hugh`).
fn silent_run(run: &[char]) -> bool {
    matches!(run, ['h'] | ['g', 'h'])
}

/// Whether a Cyrillic word (its transliteration as folding reads it, `spoken`) writes the
/// vowels of a Latin word (plain, lower case) the way some Cyrillic convention does
/// (`vowel_renderings.tsv`): every Latin vowel spelling rendered (or silent where the table
/// says so), every Cyrillic vowel answering a Latin one, consonant runs taken as they come
/// (the Bulgarian ъ may break a run: `Little` = `Литъл`). `West` = `Уест`, `Rowan` = `Роуън`,
/// `Racine` = `Расин`; `Уст`, `Руън`, `Рсин` are slips.
pub fn vowels_render(latin: &str, cyrillic_spoken: &str) -> bool {
    vowels_render_within(latin, cyrillic_spoken, 0)
}

/// [`vowels_render`] allowing `edits` letters added, dropped or changed on the Cyrillic side:
/// with one, a Cyrillic word one slip away from a conventional spelling of the Latin one
/// (`Деовър` for `Denver`), that is a misspelling of it.
pub fn vowels_render_within(latin: &str, cyrillic_spoken: &str, edits: usize) -> bool {
    let l: Vec<char> = latin.chars().collect();
    let c: Vec<char> = cyrillic_spoken.chars().collect();
    let mut render = Render {
        failed: vec![false; (l.len() + 1) * (c.len() + 1) * (edits + 1)],
        l,
        c,
    };
    render.from(0, 0, edits)
}

/// The search of [`vowels_render_within`]: the Latin letters, the Cyrillic ones, and the
/// states (Latin position, Cyrillic position, edits left) already found to fail.
struct Render {
    l: Vec<char>,
    c: Vec<char>,
    failed: Vec<bool>,
}

impl Render {
    fn from(&mut self, i: usize, j: usize, edits: usize) -> bool {
        let (n, m) = (self.l.len(), self.c.len());
        let at = (i * (m + 1) + j) * (self.failed.len() / ((n + 1) * (m + 1))) + edits;
        if self.failed.get(at).copied().unwrap_or(true) {
            return false;
        }
        let found = self.by_convention(i, j, edits)
            || (edits > 0
                && ((j < m && self.from(i, j + 1, edits - 1))
                    || (i < n && self.from(i + 1, j, edits - 1))
                    || (i < n && j < m && self.from(i + 1, j + 1, edits - 1))));
        if !found {
            self.failed[at] = true;
        }
        found
    }

    fn by_convention(&mut self, i: usize, j: usize, edits: usize) -> bool {
        let Some(&letter) = self.l.get(i) else {
            return j == self.c.len();
        };
        for row in vowel_renderings() {
            let end = i + row.spelling.len();
            if self.l.get(i..end) != Some(row.spelling.as_slice())
                || !row
                    .contexts
                    .iter()
                    .all(|ctx| context_holds(ctx, &self.l, i, end))
            {
                continue;
            }
            for r in &row.renderings {
                if self.c.get(j..j + r.len()) == Some(r.as_slice())
                    && self.from(end, j + r.len(), edits)
                {
                    return true;
                }
            }
        }
        if is_latin_vowel(letter) {
            return false;
        }
        let end = (i..self.l.len())
            .find(|&k| is_latin_vowel(self.l[k]))
            .unwrap_or(self.l.len());
        let run = self.l[i..end].to_vec();
        let between_vowels = i > 0 && end < self.l.len();
        // A silent run; a j read as y (`Johannes` = `Йохан`), or a glide between vowels
        // (`Georgijevska` = `Георгиевска`); or one or more Cyrillic consonants, an inner ъ
        // allowed.
        if (silent_run(&run) && self.from(end, j, edits))
            || (run == ['j'] && self.c.get(j) == Some(&'y') && self.from(end, j + 1, edits))
            || (run == ['j'] && between_vowels && self.from(end, j, edits))
        {
            return true;
        }
        // The ъ breaks a run only before a final syllabic l, m or n (`Little` = `Литъл`,
        // `Rhythm` = `Ритъм`), or an r that ends the word (the Slavic `-dr`, `-tr` of
        // `Oleksandr`, `Petr` = `Олександър`, `Петър`): elsewhere a vowel inside a Latin
        // consonant run is a slip (`Рейнежърс` for `Rangers`, `Андъру` for `Andrew`).
        let syllabic = matches!(run.last(), Some('l' | 'm' | 'n'))
            || (run.len() > 1 && run.last() == Some(&'r') && end == self.l.len());
        let mut k = j;
        while let Some(&x) = self.c.get(k) {
            if is_cyrillic_vowel(x) && x != SCHWA {
                break;
            }
            k += 1;
            if x != SCHWA && self.from(end, k, edits) {
                return true;
            }
            if x == SCHWA && (k == j + 1 || !syllabic) {
                break;
            }
        }
        false
    }
}

fn context_holds(ctx: &Context, l: &[char], start: usize, end: usize) -> bool {
    let consonant = |k: usize| l.get(k).is_some_and(|&x| !is_latin_vowel(x));
    match ctx {
        Context::End => matches!(l.get(end..), Some([] | ['s'] | ['d'])),
        Context::Closed => {
            consonant(end) && (l.get(end) == Some(&'r') || consonant(end + 1) || end + 1 == l.len())
        }
        Context::Compound => {
            let vowel =
                |k: Option<usize>| k.and_then(|k| l.get(k)).is_some_and(|&x| is_latin_vowel(x));
            consonant(end)
                && vowel(Some(end + 1))
                && start.checked_sub(1).is_some_and(consonant)
                && vowel(start.checked_sub(2))
        }
        Context::After(set) => start
            .checked_sub(1)
            .and_then(|k| l.get(k))
            .is_some_and(|&x| set.contains(x)),
        Context::Before(set) => l.get(end).is_some_and(|&x| set.contains(x)),
    }
}

/// The forms of one word of a name that matching compares.
#[derive(Clone, Debug)]
pub struct WordForms {
    /// Plain transliterations (the word and its suffix-stripped stems).
    pub plain: Vec<String>,
    /// Folded forms: those of `plain`, in the same order, then for a Latin word the forms of
    /// its English reading (`Warren` also as `uoren`).
    pub folded: Vec<String>,
    /// Skeletons of the folded forms.
    pub skeleton: Vec<String>,
    /// The folded letters of `plain` before doubled letters merge (`Тажибеев` keeps its ee),
    /// in the same order: what a vowel check between Cyrillic spellings reads.
    pub letters: Vec<String>,
    /// For a Cyrillic word, the folded letters of its spellings by the other transliteration
    /// schools (`spelling_variants.tsv`: `Бирмингем` also as `Бирмингам`).
    pub variant_letters: Vec<String>,
    /// The words a whole-word row rewrote (`^юнг$`: a Korean syllable), in Cyrillic lower case,
    /// which may meet another school's whole-word rewriting (`Юнг` and `Йонг` both as `ён`).
    pub whole_word_variants: Vec<String>,
    /// Folded stems of two letters left by an ending of two or more (`Ридің`: ри, `Ынды`: ын):
    /// a short name inflected. Too short for any likeness, they meet only a word that is
    /// exactly that (see `matching::word_match`), never a longer word close to them.
    pub short_stems: Vec<String>,
    /// Written in Cyrillic with a letter its language's alphabet lacks (`ы` or `э` in a
    /// Bulgarian word, `ы` in a Ukrainian one).
    pub foreign_letters: bool,
    /// The word as written.
    pub text: String,
    /// The exonym parts the word is, worked out when first asked (see [`WordForms::exonyms`]).
    exonyms: std::cell::OnceCell<Vec<u32>>,
    /// Written in Latin letters.
    pub latin: bool,
    /// Latin and Cyrillic letters in one word (`Examiнer`): always a slip, since no language
    /// writes a name so.
    pub mixed_script: bool,
    /// For a Cyrillic word, the transliterations of `plain` as folding reads them (the ъ as
    /// [`SCHWA`], й, ь and the glide of ю, я as y): what [`vowels_render`] compares with a
    /// Latin spelling.
    pub spoken: Vec<String>,
    /// A single letter (an initial, `Г.` or `J.`).
    pub initial: bool,
    /// The language of the text the word was written in.
    pub lang: Lang,
    /// Read as a person's surname ([`surname_forms`]): no adjective's ending stripped, and no
    /// longer word derived from it (`Терзиевски` is not `Терзиев`).
    pub surname: bool,
}

impl WordForms {
    /// The exonym parts a capitalized word is (`West`, `Западна`: `exonyms_extra.tsv`), for
    /// matching a Latin word with a Cyrillic one. Not worked out with the other forms: the
    /// exonym index is itself built from word forms.
    pub fn exonyms(&self) -> &[u32] {
        self.exonyms.get_or_init(|| {
            if is_capitalized(&self.text) {
                super::exonym_ids(&self.text, self.lang)
            } else {
                Vec::new()
            }
        })
    }
}

/// Rewrites a Latin word by one reading's rules: left to right, the longest pattern first.
fn read_aloud(word: &str, rules: &[ReadingRule]) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    let mut at = 0;
    while let Some(c) = word[at..].chars().next() {
        let rest = &word[at..];
        match rules.iter().find(|(p, _, initial, last)| {
            rest.starts_with(p) && (!initial || at == 0) && (!last || rest.len() == p.len())
        }) {
            Some((p, r, _, _)) => {
                out.push_str(r);
                at += p.len();
            }
            None => {
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    out
}

thread_local! {
    /// Names repeat: their words' forms are computed once per thread.
    static FORMS: super::tables::WordCache<Rc<WordForms>> = super::tables::word_cache();
    /// The same for words read as a person's surname ([`surname_forms`]).
    static SURNAME_FORMS: super::tables::WordCache<Rc<WordForms>> = super::tables::word_cache();
}

/// The folded spelling of a word as written, no ending stripped: the first of its
/// [`WordForms::folded`], computed alone for tables built once from many spellings (the full
/// forms cost thirty times as much and are not needed there).
pub fn folded_word(word: &str, lang: Lang) -> String {
    let mut buf = String::new();
    translit_into(&to_lowercase(word), lang, true, &mut buf);
    fold(&buf)
}

/// The forms of a word written in `lang`: the word itself and its stems (cached).
pub fn word_forms(word: &str, lang: Lang) -> Rc<WordForms> {
    super::tables::cached(&FORMS, word, lang, || {
        Rc::new(compute_word_forms(word, lang, false))
    })
}

/// The forms of a word standing where a person's surname stands (the last word of a name after
/// a given name): [`word_forms`] without the stems an adjective's ending leaves (the rows of
/// `suffixes.tsv` marked `adjective`). `Терзийски` after `Васил` is a surname of its own, not
/// an adjective of `Терзиев`; `Петровский` is not `Петров`.
pub fn surname_forms(word: &str, lang: Lang) -> Rc<WordForms> {
    let latin = word.chars().any(|c| c.is_ascii_alphabetic());
    if latin || !has_adjective_ending(word, lang) {
        return word_forms(word, lang);
    }
    super::tables::cached(&SURNAME_FORMS, word, lang, || {
        Rc::new(compute_word_forms(word, lang, true))
    })
}

/// Whether a word ends in an adjective's ending of `lang` (the rows of `suffixes.tsv` marked
/// `adjective`: bg `-ски`, ru `-ский`), in any letter case.
pub(crate) fn has_adjective_ending(word: &str, lang: Lang) -> bool {
    let lower = to_lowercase(word);
    tables()
        .lang(lang)
        .adjective_suffixes
        .iter()
        .any(|(ending, _)| lower.ends_with(ending))
}

fn compute_word_forms(word: &str, lang: Lang, surname: bool) -> WordForms {
    let latin = word.chars().any(|c| c.is_ascii_alphabetic());
    let lower = to_lowercase(word);
    let suffix_lang = if latin { Lang::En } else { lang };
    let mut stems: Vec<String> = vec![lower.clone()];
    let mut short_stems: Vec<String> = Vec::new();
    if latin {
        stems.extend(latin_word_readings(&lower));
    }
    let adjective = &tables().lang(suffix_lang).adjective_suffixes;
    for (ending, replacement) in &tables().lang(suffix_lang).suffixes {
        if surname && adjective.contains(&(*ending, *replacement)) {
            continue;
        }
        if let Some(stem) = lower.strip_suffix(ending) {
            // A stem of three letters, or of two that the replacement makes three (`Юты`,
            // `Яви`: Юта, Ява).
            let n = stem.chars().count();
            if n >= 3 || (n == 2 && !replacement.is_empty()) {
                stems.push(format!("{stem}{replacement}"));
            } else if n == 2 && ending.chars().count() >= 2 && !latin {
                short_stems.push(stem.to_string());
            }
        }
    }
    // Endings stripped only from a long stem (a fourth column of `suffixes.tsv`).
    if !latin {
        for &(ending, replacement, shortest) in &tables().lang(lang).long_stem_suffixes {
            if let Some(stem) = lower.strip_suffix(ending) {
                let form = format!("{stem}{replacement}");
                if stem.chars().count() >= shortest && !stems.contains(&form) {
                    stems.push(form);
                }
            }
        }
    }
    let mut forms = WordForms {
        surname,
        latin,
        text: word.to_string(),
        exonyms: std::cell::OnceCell::new(),
        mixed_script: latin
            && lower
                .chars()
                .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
        spoken: Vec::new(),
        lang,
        initial: lower.chars().filter(|&c| is_alphabetic(c)).count() == 1,
        plain: Vec::new(),
        folded: Vec::new(),
        skeleton: Vec::new(),
        letters: Vec::new(),
        variant_letters: Vec::new(),
        whole_word_variants: Vec::new(),
        short_stems: Vec::new(),
        foreign_letters: !latin && {
            let own = &tables().lang(lang).translit;
            lower
                .chars()
                .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c) && !own.contains_key(&c))
        },
    };
    let mut buf = String::new();
    for stem in &stems {
        buf.clear();
        translit_into(stem, lang, false, &mut buf);
        if forms.plain.contains(&buf) {
            continue;
        }
        forms.plain.push(buf.clone());
        buf.clear();
        translit_into(stem, lang, true, &mut buf);
        if !latin {
            forms.spoken.push(buf.clone());
        }
        let letters = fold_letters(&buf);
        let folded = collapse(&letters);
        forms.skeleton.push(skeleton(&folded));
        forms.folded.push(folded);
        forms.letters.push(letters);
    }
    for stem in &short_stems {
        buf.clear();
        translit_into(stem, lang, true, &mut buf);
        let folded = collapse(&fold_letters(&buf));
        if !forms.short_stems.contains(&folded) {
            forms.short_stems.push(folded);
        }
    }
    if !latin {
        let variants = &tables().variants;
        for stem in &stems {
            // One way only, the left spelling as the right: the other way round a vowel
            // pair would excuse a swap its folding hides (`а` written `э` folds to `е`:
            // `Моровели` against `Моровали`). A name may differ by two conventions at once
            // (`Хазард` / `Азар`: a silent h and a silent final d), so a spelling one row
            // rewrote is rewritten once more by each other row that applies to it.
            for (k, v) in variants.iter().enumerate() {
                let Some(once) = v.rewrite(stem, lang) else {
                    continue;
                };
                // Kept as written: the third spelling may use a letter one of the two
                // languages lacks (`ё` in Bulgarian).
                if v.at_start && v.at_end && !forms.whole_word_variants.contains(&once) {
                    forms.whole_word_variants.push(once.clone());
                }
                // Not with a row that only swaps vowels (`а` / `э`): on top of another
                // convention it would excuse a vowel mistyped beside it (`Мериуадър`).
                let twice = variants
                    .iter()
                    .enumerate()
                    .filter(|&(l, w)| l != k && !v.vowels_only && !w.vowels_only)
                    .filter_map(|(_, w)| w.rewrite(&once, lang));
                for rewritten in std::iter::once(once.clone()).chain(twice) {
                    buf.clear();
                    translit_into(&rewritten, lang, true, &mut buf);
                    let letters = fold_letters(&buf);
                    if !forms.variant_letters.contains(&letters) {
                        forms.variant_letters.push(letters);
                    }
                }
            }
        }
    }
    if latin {
        // The ways the name may be read aloud (`src/lang/latin_readings.tsv`).
        let mut extra = Vec::new();
        for plain in &forms.plain {
            for rules in &tables().readings {
                let spoken = read_aloud(plain, rules);
                if spoken != *plain {
                    extra.push(fold(&spoken));
                }
            }
        }
        for folded in extra {
            if !forms.folded.contains(&folded) {
                forms.skeleton.push(skeleton(&folded));
                forms.folded.push(folded);
            }
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_word_is_the_first_folded_form_of_every_known_spelling() {
        for (_, cells) in &tables().exonyms {
            for (&lang, cell) in Lang::ALL.iter().zip(cells) {
                for word in cell.iter().flat_map(|s| split_words(s)) {
                    let forms = word_forms(word, lang);
                    assert_eq!(
                        Some(&folded_word(word, lang)),
                        forms.folded.first(),
                        "{word}"
                    );
                }
            }
        }
    }

    #[test]
    fn fast_char_paths_agree_with_the_standard_library_on_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            let mut fast = String::new();
            push_lowercase(c, &mut fast);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
        }
        for text in ["", "ABC", "Токаев ΣΟΦΊΑ Σ", "İstanbul ҚАЗАҚСТАН Ёж", "ΟΔΟΣ"]
        {
            assert_eq!(to_lowercase(text), text.to_lowercase());
        }
    }

    #[test]
    fn keys_per_language() {
        assert_eq!(key("Касим-Жомарт Токаев", Lang::Bg), "kasim zhomart tokaev");
        assert_eq!(key("Щерев", Lang::Bg), "shterev");
        assert_eq!(key("Тръмп", Lang::Bg), "tramp");
        assert_eq!(key("Щербаков", Lang::Ru), "shcherbakov");
        assert_eq!(key("Хрущёв", Lang::Ru), "khrushchev");
        assert_eq!(key("Гаррі", Lang::Uk), "harri");
        assert_eq!(key("Қасым-Жомарт Тоқаев", Lang::Kk), "kasym zhomart tokaev");
        assert_eq!(
            key("Kassym-Jomart Tokayev", Lang::En),
            "kassym jomart tokayev"
        );
        assert_eq!(key("Société Générale", Lang::En), "societe generale");
        assert_eq!(key("U.S.", Lang::En), "us");
        assert_eq!(key("O’Brien", Lang::En), "obrien");
    }

    #[test]
    fn folding_makes_conventions_meet() {
        let f = |t: &str, l: Lang| {
            let mut s = String::new();
            translit_into(t, l, true, &mut s);
            fold(&s)
        };
        assert_eq!(f("Касим", Lang::Bg), f("Kassym", Lang::En));
        assert_eq!(f("Қасым", Lang::Kk), f("Касым", Lang::Ru));
        assert_eq!(f("Жомарт", Lang::Ru), f("Jomart", Lang::En));
        assert_eq!(f("Токаев", Lang::Ru), f("Tokayev", Lang::En));
        assert_eq!(f("Тоқаев", Lang::Kk), f("Tokayev", Lang::En));
        assert_eq!(f("Smirnoff", Lang::En), f("Смирнов", Lang::Ru));
        assert_eq!(f("Цой", Lang::Ru), f("Tsoi", Lang::En));
        assert_eq!(f("Хабаров", Lang::Ru), f("Habarov", Lang::En));
        assert_eq!(f("Мария", Lang::Ru), f("Maria", Lang::En));
        assert_eq!(f("Юлия", Lang::Ru), f("Iulia", Lang::En));
        assert_eq!(f("Уэльс", Lang::Ru), f("Уелс", Lang::Bg));
        assert!(folded_eq(&f("Джонсън", Lang::Bg), &f("Джонсон", Lang::Ru)));
        assert!(!folded_eq(&f("Джонсън", Lang::Bg), &f("Джансън", Lang::Bg)));
        assert_ne!(f("Sell", Lang::En), f("Seli", Lang::En));
    }

    #[test]
    fn stems_meet_base_forms() {
        let meets = |a: &str, la: Lang, b: &str, lb: Lang| {
            let (x, y) = (word_forms(a, la), word_forms(b, lb));
            x.folded
                .iter()
                .any(|p| y.folded.iter().any(|q| folded_eq(p, q)))
        };
        assert!(meets("Казахстанът", Lang::Bg, "Казахстан", Lang::Ru));
        assert!(meets("Токаева", Lang::Ru, "Tokayev", Lang::En));
        assert!(meets("Казахстана", Lang::Ru, "Kazakhstan", Lang::En));
        assert!(meets("Қазақстанның", Lang::Kk, "Қазақстан", Lang::Kk));
        assert!(meets("Қазақстанда", Lang::Kk, "Kazakstan's", Lang::En));
        assert!(meets("Астанадағы", Lang::Kk, "Астана", Lang::Ru));
        assert!(meets("Мармонтовой", Lang::Ru, "Marmontova", Lang::En));
        assert!(!meets("Тажибаев", Lang::Bg, "Жиенбаев", Lang::Ru));
    }
}
