//! Number words: `един милион`, `двадцати пяти`, `жиырма бес`, `twenty-five`, `a dozen`,
//! ordinals (`пети`, `fifth`) and shares (`половин`, `една трета`, `every fifth`), driven by
//! `src/lang/<code>/number_words.tsv`.
//!
//! This module owns reading a number written in words at a given position; finding where
//! figures start, digits, units and qualifiers belong to the rest of [`crate::figures`].
//! The tables list every inflected form as its own row (gender, case, definite article), so
//! the logic below knows word classes only, never words of a language. The grammar:
//!
//! ```text
//! number   = group (scale group?)*            два милиона триста хиляди и пет
//! group    = hundreds? ten? unit? | teen      (`and` may join any two parts: сто и пет)
//! ordinal  = a number whose last word is an ordinal form (двадесет и пети)
//! fraction = number denominator               две трети, three quarters, една пета
//!          | denominator                      половин, треть (alone: 1/value)
//!          | share ordinal                    всеки пети, every fifth = 1/5
//!          | number per share? number         one in five, один из каждых пяти = 1/5
//! cardinal = number (plusjoin|and)? article? denominator   два с половиной = 2.5
//!          | (fraction or the above) article? scale           half a million = 500000
//! ```
//!
//! Kazakh adds `denominator-ablative numerator` (`үштен бір` = 1/3, `бестен екі` = 2/5), and
//! compound words read as their number (`четиридневна` 4, `двухлетний` 2, `п'ятиденного` 5)
//! from the `prefix` and `head` rows.
//!
//! Choices made for precision (a word that is usually not a number is not read as one):
//! - Words flagged `notalone` are numbers only inside a longer number: English `a`/`an`
//!   (`a dozen`, `a million`, `a quarter`), Russian `семью` (also `family`), Ukrainian `друг-`
//!   (also `other`, `friend`: `двадцять другий` is read, `друга` alone is not), plural forms
//!   `одни`, `едни` (`some`), plural scale words (`хиляди`, `миллионы`, `мільйонів`: alone
//!   they are `thousands of`, `millions of`), English plural denominators and `quarter`
//!   (`the first quarter` of a year; `a quarter`, `three quarters` are read).
//! - A lone `one`-word (`един`, `один`, `one`, Kazakh `бір`, `бірі`) is 1 with
//!   [`WordsNumber::ambiguous`] set: it is also the indefinite article (`един доста
//!   оптимистичен поглед`, `бір күні`) or a pronoun (`one of the`, `no one`). `one of the`
//!   stays 1 in every language (`един от тях`, `один из`), so the languages agree.
//! - `a third` is a fraction unless a word other than `of` follows (`a third of the vote`,
//!   `cut by a third.`); `a third term`, `a third-party` are no number. `every second` and
//!   `a second` are not read (time, not a share).
//! - Russian and Ukrainian `раз` is not a number word (`в два раза` = twice).
//! - Kazakh case endings (`-ға`, `-де`, `-нан`, `-ның`, ...) are accepted on the last word,
//!   from the table's `suffix` rows; possessive endings are not (`жер жүзі` is `the world`)
//!   except in the table's own rows for the units (`сегізі`, eight of them; `екеуін`),
//!   and `он`, `бір` take none when alone (`онда` is `there`, `бірге` `together`).
//! - `per` words: English `in`, `out of` (`one in five`); Bulgarian `на`, `от` without a
//!   share word only after `one` and before an indefinite number (`едно от пет деца` is 0.2,
//!   `един от петте` and `две на три метра` are not shares); Russian `из` and Ukrainian `з`
//!   only with a share word (`один из каждых пяти`): `один из двадцати восьми` is `one of
//!   the 28`.
//! - A feminine ordinal spelled like a cardinal (Ukrainian `дев'яноста`) reads as the cardinal.
//!
//! Values are exact: whole numbers as they are, fractions as `numerator / denominator`
//! rounded to [`FRACTION_PLACES`] decimal places (half away from zero) after any scale is
//! applied, so `две трети` is `0.666667` and `две трети милиона` is `666666.666667`.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::OnceLock;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::lang::{self, Lang};
// `char::is_alphabetic` with the same answers, from a table for Latin and Cyrillic (the
// standard library's slow path for Cyrillic showed in profiles).
use crate::names::translit::is_alphabetic as alphabetic;

/// Decimal places kept for a fraction that does not end: 1/3 is `0.333333`.
pub const FRACTION_PLACES: u32 = 6;

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
    /// A lone word with another common reading (flag `ambig`): Bulgarian `един` is also the
    /// indefinite article (`един доста оптимистичен поглед`: `a rather optimistic view`),
    /// English `one` a pronoun (`no one`). The value is right when it is a number; a
    /// comparison may ignore such a figure when the other side has no counterpart. Also
    /// set for a longer number opened by an `about` word that has another reading (ru
    /// `сотни тысяч`: hundreds of thousands).
    pub ambiguous: bool,
    /// A share (`every fifth`, `one in five`, `всеки пети`): it counts the noun after it and
    /// measures nothing.
    pub share: bool,
    /// The last word carries the definite article (flag `def`: `четирите`, `двете`): the
    /// number names a known group (`над Четирите ъгъла`, over the Four Corners), so a word
    /// before it that reads as a bound is a preposition.
    pub definite: bool,
    /// A word of the read is itself approximate (flag `about`: bg `десетина`, ru `десяток`,
    /// `сотня`): about ten, about a hundred.
    pub about: bool,
}

/// Reads a number written in words at the very start of `text` (which starts at a word
/// boundary), in `lang`; `None` when the text does not start with a number word.
pub fn number_at(text: &str, lang: Lang) -> Option<WordsNumber> {
    let mut words = Words::new(text, lexicon(lang));
    let first = words.get(0)?;
    let (value, kind, end) = if first.has(Class::Share) {
        share(&mut words)?
    } else if let Some(number) = parse_number(&mut words, 0) {
        after_number(&mut words, number)?
    } else {
        lone_denominator(&mut words)?
    };
    let len = words.get(end - 1)?.end;
    // An approximate word with another reading opens the number (ru `сотни тысяч`,
    // hundreds of thousands; `первая десятка`, the top ten): ambiguous however long.
    let ambiguous = kind == WordsKind::Cardinal
        && first
            .entries
            .iter()
            .any(|e| e.flags.ambiguous && (end == 1 || e.flags.about));
    let share = (0..end).any(|i| {
        words
            .get(i)
            .is_some_and(|w| w.has(Class::Share) || w.has(Class::Per))
    });
    let definite = words
        .get(end - 1)
        .is_some_and(|w| w.entries.iter().any(|e| e.flags.definite));
    let about = (0..end).any(|i| {
        words
            .get(i)
            .is_some_and(|w| w.entries.iter().any(|e| e.flags.about))
    });
    Some(WordsNumber {
        value: value.decimal()?,
        kind,
        len,
        ambiguous,
        share,
        definite,
        about,
    })
}

/// The table of every language, embedded.
pub fn table(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => include_str!("../lang/bg/number_words.tsv"),
        Lang::Ru => include_str!("../lang/ru/number_words.tsv"),
        Lang::Uk => include_str!("../lang/uk/number_words.tsv"),
        Lang::Kk => include_str!("../lang/kk/number_words.tsv"),
        Lang::En => include_str!("../lang/en/number_words.tsv"),
    }
}

/// How a word combines with its neighbours (the table's second column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Unit,
    Teen,
    Ten,
    Hundreds,
    Hundred,
    Scale,
    Denominator,
    And,
    PlusJoin,
    Article,
    Partitive,
    Share,
    Per,
    Suffix,
    /// The number at the start of a compound word: `четири` in `четиридневна`.
    Prefix,
    /// The rest of such a compound, every form written out: `дневна`, `кратният`.
    Head,
    /// A part of a year or a match after an ordinal: `first half`, `бірінші тоқсанда`.
    Period,
    /// A part of a whole after an ordinal from the third up: `пятую часть` is 1/5.
    Part,
}

impl Class {
    pub fn from_name(name: &str) -> Option<Class> {
        Some(match name {
            "unit" => Class::Unit,
            "teen" => Class::Teen,
            "ten" => Class::Ten,
            "hundreds" => Class::Hundreds,
            "hundred" => Class::Hundred,
            "scale" => Class::Scale,
            "denominator" => Class::Denominator,
            "and" => Class::And,
            "plusjoin" => Class::PlusJoin,
            "article" => Class::Article,
            "partitive" => Class::Partitive,
            "share" => Class::Share,
            "per" => Class::Per,
            "suffix" => Class::Suffix,
            "prefix" => Class::Prefix,
            "head" => Class::Head,
            "period" => Class::Period,
            "part" => Class::Part,
            _ => return None,
        })
    }

    /// Classes whose rows need a numeric value.
    pub fn has_value(self) -> bool {
        matches!(
            self,
            Class::Unit
                | Class::Teen
                | Class::Ten
                | Class::Hundreds
                | Class::Hundred
                | Class::Scale
                | Class::Denominator
                | Class::Prefix
        )
    }
}

/// The flags the table's fourth column may hold.
pub const FLAGS: [&str; 14] = [
    "about",
    "ablative",
    "ambig",
    "def",
    "needshare",
    "nodenom",
    "noshare",
    "nosuffix",
    "notalone",
    "oneper",
    "ord",
    "plus",
    "sure",
    "weak",
];

#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    ordinal: bool,
    not_alone: bool,
    weak: bool,
    no_denominator: bool,
    no_share: bool,
    need_share: bool,
    one_per: bool,
    ablative: bool,
    definite: bool,
    ambiguous: bool,
    plus: bool,
    no_suffix: bool,
    /// A case ending that even a `nosuffix` word takes alone: no other word is spelled so
    /// (Kazakh `онға`, `оннан`, where `онда` is `there`).
    sure: bool,
    about: bool,
}

impl Flags {
    fn parse(column: &str) -> Flags {
        let mut f = Flags::default();
        for flag in column.split(',').map(str::trim) {
            match flag {
                "ord" => f.ordinal = true,
                "notalone" => f.not_alone = true,
                "weak" => f.weak = true,
                "nodenom" => f.no_denominator = true,
                "noshare" => f.no_share = true,
                "needshare" => f.need_share = true,
                "oneper" => f.one_per = true,
                "ablative" => f.ablative = true,
                "def" => f.definite = true,
                "ambig" => f.ambiguous = true,
                "plus" => f.plus = true,
                "nosuffix" => f.no_suffix = true,
                "sure" => f.sure = true,
                "about" => f.about = true,
                _ => {}
            }
        }
        f
    }
}

#[derive(Debug)]
struct Entry {
    class: Class,
    value: Decimal,
    flags: Flags,
    /// Further words of a multi-word entry (`out of`).
    rest: Vec<String>,
}

struct Lexicon {
    words: HashMap<String, Vec<Entry>>,
    /// Case endings, longest first, with their flags (`ablative`).
    suffixes: Vec<(String, Flags)>,
    /// Numbers that begin compound words, longest first, each as a number word entry.
    prefixes: Vec<(String, Vec<Entry>)>,
    /// What may follow such a number in a compound word.
    heads: HashSet<String>,
}

fn lexicon(lang: Lang) -> &'static Lexicon {
    static LEXICONS: OnceLock<Vec<Lexicon>> = OnceLock::new();
    let all = LEXICONS.get_or_init(|| Lang::ALL.iter().map(|&l| build(table(l))).collect());
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &all[index]
}

fn build(table: &'static str) -> Lexicon {
    let mut words: HashMap<String, Vec<Entry>> = HashMap::new();
    let mut suffixes = Vec::new();
    let mut prefixes: Vec<(String, Vec<Entry>)> = Vec::new();
    let mut heads = HashSet::new();
    for row in lang::rows(table) {
        let (Some(word), Some(class)) = (row.first(), row.get(1).and_then(|c| Class::from_name(c)))
        else {
            continue;
        };
        if class == Class::Suffix {
            suffixes.push((
                normalize(word),
                Flags::parse(row.get(3).copied().unwrap_or("")),
            ));
            continue;
        }
        if class == Class::Head {
            heads.insert(normalize(word));
            continue;
        }
        let value = match row.get(2) {
            Some(v) if class.has_value() => match Decimal::from_str(v) {
                Ok(v) => v,
                Err(_) => continue,
            },
            _ => Decimal::ZERO,
        };
        let flags = Flags::parse(row.get(3).copied().unwrap_or(""));
        if class == Class::Prefix {
            // In the grammar a prefix is the number word of its size: 4 a unit, 20 a ten.
            let class = match value {
                v if v < Decimal::TEN => Class::Unit,
                v if v < Decimal::from(20) => Class::Teen,
                v if v < Decimal::ONE_HUNDRED => Class::Ten,
                v if v < Decimal::ONE_THOUSAND => Class::Hundreds,
                _ => Class::Scale,
            };
            let entry = Entry {
                class,
                value,
                flags,
                rest: Vec::new(),
            };
            prefixes.push((normalize(word), vec![entry]));
            continue;
        }
        let mut parts = word.split_whitespace().map(normalize);
        let Some(key) = parts.next() else { continue };
        words.entry(key).or_default().push(Entry {
            class,
            value,
            flags,
            rest: parts.collect(),
        });
    }
    suffixes.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
    prefixes.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
    Lexicon {
        words,
        suffixes,
        prefixes,
        heads,
    }
}

/// Whether a word is an ordinal form of the language's number words (`ord` rows of
/// `number_words.tsv`: bg `Първа`, `Втори`; ru `Первый`).
pub fn is_ordinal(word: &str, lang: Lang) -> bool {
    lexicon(lang)
        .words
        .get(&normalize(word))
        .is_some_and(|entries| entries.iter().any(|e| e.flags.ordinal))
}

/// The form a word is looked up in: lower case, `ё` as `е`, every apostrophe as `'`.
pub fn normalize(word: &str) -> String {
    word.chars().flat_map(normalized).collect()
}

fn normalized(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|c| match c {
        'ё' => 'е',
        '’' | 'ʼ' | '`' | '‘' => '\'',
        c => c,
    })
}

/// Longer words (in bytes, normalized) are never in a table, with or without a case ending.
const MAX_WORD_BYTES: usize = 64;

/// [`normalize`] into a buffer on the stack (this runs at every word of a text);
/// `None` if the word is too long to be a number word.
fn normalize_into<'b>(word: &str, buf: &'b mut [u8; MAX_WORD_BYTES]) -> Option<&'b str> {
    let mut len = 0;
    for c in word.chars().flat_map(normalized) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// One word of the text and what the table says about it.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    entries: &'static [Entry],
    /// Matched through a case ending: the number must end with this word.
    suffixed: bool,
    /// The case ending is the ablative (Kazakh `үштен бір`: one of three).
    ablative: bool,
    /// The case ending is one a `nosuffix` word takes alone too (`sure`).
    sure_suffix: bool,
}

impl Word {
    fn has(&self, class: Class) -> bool {
        self.entries.iter().any(|e| e.class == class)
    }

    fn find(&self, class: Class) -> Option<&'static Entry> {
        self.entries.iter().find(|e| e.class == class)
    }

    /// The value of the word as a cardinal scale word (`million`, `милиона`; not `millionth`).
    fn cardinal_scale(&self) -> Option<Decimal> {
        self.entries
            .iter()
            .find(|e| e.class == Class::Scale && !e.flags.ordinal)
            .map(|e| e.value)
    }
}

/// The words of the text from its start, split lazily (most calls look at one word only).
struct Words<'t> {
    text: &'t str,
    lexicon: &'static Lexicon,
    words: Vec<Word>,
    /// Where the next word starts; `None` once the text or the run of words ends.
    next: Option<usize>,
}

/// Words further than this are never looked at: no number in words is longer.
const MAX_WORDS: usize = 24;

impl<'t> Words<'t> {
    fn new(text: &'t str, lexicon: &'static Lexicon) -> Words<'t> {
        Words {
            text,
            lexicon,
            words: Vec::new(),
            next: Some(0),
        }
    }

    /// The `i`-th word, if the text has that many words in a row, each in the table.
    fn get(&mut self, i: usize) -> Option<Word> {
        while self.words.len() <= i && self.words.len() < MAX_WORDS {
            let start = self.next?;
            let end = word_end(self.text, start);
            if end == start {
                self.next = None;
                return None;
            }
            let mut buf = [0u8; MAX_WORD_BYTES];
            let (entries, suffix) = match normalize_into(&self.text[start..end], &mut buf) {
                Some(key) => self.look_up(key),
                None => (&[][..], None),
            };
            if entries.is_empty() {
                self.next = None;
                return None;
            }
            self.words.push(Word {
                start,
                end,
                entries,
                suffixed: suffix.is_some(),
                ablative: suffix.is_some_and(|f| f.ablative),
                sure_suffix: suffix.is_some_and(|f| f.sure),
            });
            self.next = next_word_start(self.text, end);
        }
        self.words.get(i).copied()
    }

    /// The entries of a word, and the flags of the case ending it was found through.
    fn look_up(&self, key: &str) -> (&'static [Entry], Option<Flags>) {
        if let Some(entries) = self.lexicon.words.get(key) {
            return (entries, None);
        }
        for (suffix, flags) in &self.lexicon.suffixes {
            if let Some(base) = key.strip_suffix(suffix.as_str()) {
                if let Some(entries) = self.lexicon.words.get(base) {
                    return (entries, Some(*flags));
                }
            }
        }
        // A compound (`четиридневна`, `двухлетний`) ends the number like a case ending.
        for (prefix, entries) in &self.lexicon.prefixes {
            if let Some(head) = key.strip_prefix(prefix.as_str()) {
                if self.lexicon.heads.contains(head) {
                    return (entries, Some(Flags::default()));
                }
            }
        }
        (&[], None)
    }

    /// Whether any word (in the table or not) follows word `i - 1`, after spaces or a hyphen.
    fn word_follows(&mut self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1).and_then(|p| self.get(p)) else {
            return false;
        };
        let rest = self.text[previous.end..].trim_start();
        let rest = rest.strip_prefix(is_hyphen).unwrap_or(rest);
        rest.chars().next().is_some_and(alphabetic)
    }

    /// Whether the entry's further words follow word `i`; the index after them.
    fn matches_rest(&mut self, i: usize, entry: &Entry) -> Option<usize> {
        for (k, part) in entry.rest.iter().enumerate() {
            let word = self.get(i + 1 + k)?;
            if normalize(&self.text[word.start..word.end]) != *part {
                return None;
            }
        }
        Some(i + 1 + entry.rest.len())
    }
}

/// The end of the word starting at `start`: letters, with apostrophes between letters.
fn word_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if alphabetic(c) {
            end = i + c.len_utf8();
        } else if is_apostrophe(c) && end > 0 {
            match chars.peek() {
                Some(&(_, n)) if alphabetic(n) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    start + end
}

/// Where the next word starts after a word ending at `end`: past spaces, or past a single
/// hyphen directly between two words (`twenty-five`).
fn next_word_start(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let first = rest.chars().next()?;
    let skip = if is_hyphen(first) {
        first.len_utf8()
    } else if first.is_whitespace() {
        rest.find(|c: char| !c.is_whitespace())?
    } else {
        return None;
    };
    let next = end + skip;
    text[next..]
        .chars()
        .next()
        .filter(|&c| alphabetic(c))
        .map(|_| next)
}

/// A value kept as a fraction until the end, so scales apply before rounding.
#[derive(Clone, Copy, Debug)]
struct Ratio {
    numerator: Decimal,
    denominator: Decimal,
}

impl Ratio {
    fn whole(value: Decimal) -> Ratio {
        Ratio {
            numerator: value,
            denominator: Decimal::ONE,
        }
    }

    fn of(numerator: Decimal, denominator: Decimal) -> Option<Ratio> {
        (!denominator.is_zero()).then_some(Ratio {
            numerator,
            denominator,
        })
    }

    fn times(self, factor: Decimal) -> Option<Ratio> {
        Some(Ratio {
            numerator: self.numerator.checked_mul(factor)?,
            denominator: self.denominator,
        })
    }

    fn plus(self, other: Ratio) -> Option<Ratio> {
        Some(Ratio {
            numerator: self
                .numerator
                .checked_mul(other.denominator)?
                .checked_add(other.numerator.checked_mul(self.denominator)?)?,
            denominator: self.denominator.checked_mul(other.denominator)?,
        })
    }

    fn decimal(self) -> Option<Decimal> {
        let value = self.numerator.checked_div(self.denominator)?;
        let rounded = if self.numerator % self.denominator == Decimal::ZERO {
            value
        } else {
            value.round_dp_with_strategy(FRACTION_PLACES, RoundingStrategy::MidpointAwayFromZero)
        };
        Some(rounded.normalize())
    }
}

/// Where the current group (below the next scale word) stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Slot {
    #[default]
    Empty,
    Hundreds,
    Tens,
    /// A unit or a teen: the group is complete.
    Units,
}

/// A whole number (cardinal or ordinal) read from a run of words.
#[derive(Clone, Copy, Debug)]
struct Number {
    value: Decimal,
    ordinal: bool,
    /// Index of the word after it.
    next: usize,
    /// A single word that is no number on its own (`a`, `бір`).
    not_alone: bool,
    /// A single `a`.
    weak: bool,
    /// The last word's flags (an ordinal's `noshare`, `nodenom`).
    last: Flags,
    /// The last word took a case ending: nothing may follow.
    suffixed: bool,
    /// ... and that ending is the ablative.
    ablative: bool,
}

#[derive(Clone, Copy, Debug, Default)]
struct State {
    total: Decimal,
    group: Decimal,
    slot: Slot,
    /// The group holds a unit that `hundred` may multiply (`five hundred`).
    group_has_hundreds: bool,
    smallest_scale: Option<Decimal>,
    largest_scale: Decimal,
    after_scale: bool,
    words: usize,
}

impl State {
    /// The state after one more number word, or `None` if it does not fit here.
    fn apply(&self, entry: &Entry, after_and: bool) -> Option<State> {
        let mut s = *self;
        let v = entry.value;
        match entry.class {
            Class::Unit => {
                if s.slot == Slot::Units {
                    return None;
                }
                s.group = s.group.checked_add(v)?;
                s.slot = Slot::Units;
            }
            Class::Teen | Class::Ten => {
                if !matches!(s.slot, Slot::Empty | Slot::Hundreds) {
                    return None;
                }
                s.group = s.group.checked_add(v)?;
                s.slot = if entry.class == Class::Teen {
                    Slot::Units
                } else {
                    Slot::Tens
                };
            }
            Class::Hundreds => {
                if s.slot != Slot::Empty {
                    return None;
                }
                s.group = s.group.checked_add(v)?;
                s.slot = Slot::Hundreds;
                s.group_has_hundreds = true;
            }
            Class::Hundred => {
                // `hundred` alone, or after 1-99 (`five hundred`, `twenty-five hundred`).
                let multiplier = match s.slot {
                    Slot::Empty => Decimal::ONE,
                    Slot::Units | Slot::Tens
                        if !s.group_has_hundreds && s.group < Decimal::ONE_HUNDRED =>
                    {
                        s.group
                    }
                    _ => return None,
                };
                if after_and {
                    return None;
                }
                s.group = multiplier.checked_mul(v)?;
                s.slot = Slot::Hundreds;
                s.group_has_hundreds = true;
            }
            Class::Scale => {
                if s.slot != Slot::Empty {
                    if s.smallest_scale.is_some_and(|m| v >= m) {
                        return None;
                    }
                    s.total = s.total.checked_add(s.group.checked_mul(v)?)?;
                } else if s.words == 0 {
                    s.total = v;
                } else if s.after_scale && s.smallest_scale.is_some_and(|m| v < m) {
                    // два милиона (и) хиляда: a scale word alone counts one.
                    s.total = s.total.checked_add(v)?;
                } else if s.after_scale && !after_and && v > s.largest_scale {
                    // хиляда милиарда, two hundred thousand million: a scale of a scale.
                    s.total = s.total.checked_mul(v)?;
                } else {
                    return None;
                }
                s.smallest_scale = Some(v);
                s.largest_scale = s.largest_scale.max(v);
                s.group = Decimal::ZERO;
                s.slot = Slot::Empty;
                s.group_has_hundreds = false;
                s.after_scale = true;
                s.words += 1;
                return Some(s);
            }
            _ => return None,
        }
        s.after_scale = false;
        s.words += 1;
        Some(s)
    }

    fn value(&self) -> Option<Decimal> {
        self.total.checked_add(self.group)
    }
}

/// Reads the longest whole number starting at word `start`.
fn parse_number(words: &mut Words, start: usize) -> Option<Number> {
    parse_number_after(words, start, false)
}

/// [`parse_number`]; `after_number` when another number word stands right before `start`
/// (Kazakh `бестен бірге`, by a fifth: the numerator of an ablative fraction), which lets a
/// `nosuffix` word keep its case ending there.
fn parse_number_after(words: &mut Words, start: usize, after_number: bool) -> Option<Number> {
    let mut state = State::default();
    let mut best: Option<Number> = None;
    let mut i = start;
    let mut after_and = false;
    while let Some(word) = words.get(i) {
        if i > start && !after_and && word.has(Class::And) {
            after_and = true;
            i += 1;
            continue;
        }
        let fitting = word.entries.iter().find_map(|e| {
            if e.flags.weak && i > start {
                return None;
            }
            // Kazakh `онда` is `there`, `бірге` `together`: such a word with a case ending
            // is a number only after another number word (`жиырма бірге`).
            if e.flags.no_suffix
                && word.suffixed
                && !word.sure_suffix
                && i == start
                && !after_number
            {
                return None;
            }
            state.apply(e, after_and).map(|s| (e, s))
        });
        let Some((entry, next_state)) = fitting else {
            break;
        };
        state = next_state;
        i += 1;
        after_and = false;
        let single = state.words == 1;
        best = Some(Number {
            value: state.value()?,
            ordinal: entry.flags.ordinal,
            next: i,
            not_alone: single && entry.flags.not_alone,
            weak: single && entry.flags.weak,
            last: entry.flags,
            suffixed: word.suffixed,
            ablative: word.ablative,
        });
        if entry.flags.ordinal || word.suffixed {
            break;
        }
    }
    best
}

type Read = (Ratio, WordsKind, usize);

/// `всеки пети`, `every fifth`: 1/n.
fn share(words: &mut Words) -> Option<Read> {
    let n = parse_number(words, 1)?;
    // `noshare` is about a lone word: every second is time, every fifty-second a share.
    let lone = n.next == 2;
    if !n.ordinal || (lone && n.last.no_share) || n.not_alone || n.value <= Decimal::ZERO {
        return None;
    }
    Some((
        Ratio::of(Decimal::ONE, n.value)?,
        WordsKind::Fraction,
        n.next,
    ))
}

/// What a whole number becomes with the words after it.
fn after_number(words: &mut Words, n: Number) -> Option<Read> {
    if n.ordinal {
        // `пятую часть населения`, `п'яту частину`, `петата част`: an ordinal before a word
        // of a part is a fraction, 1/n; `вторая часть` is the second part of something.
        if !n.suffixed
            && n.value >= Decimal::from(3)
            && words.get(n.next).is_some_and(|w| w.has(Class::Part))
        {
            return Some((
                Ratio::of(Decimal::ONE, n.value)?,
                WordsKind::Fraction,
                n.next + 1,
            ));
        }
        // `the first half`, `первой половины`, `бірінші тоқсанда`: a period, not a share;
        // the ordinal takes the word so that it is not read as 1/2 (or as 90) after it. A
        // period word also makes an ordinal that is mostly another word sure (uk `другому
        // кварталі`: in the second quarter; `другий` is also "other").
        let period = !n.suffixed && words.get(n.next).is_some_and(|w| w.has(Class::Period));
        if n.not_alone && !period {
            return None;
        }
        let next = if period { n.next + 1 } else { n.next };
        return Some((Ratio::whole(n.value), WordsKind::Ordinal, next));
    }
    if n.ablative && !n.ordinal && n.value > Decimal::ZERO {
        if let Some(read) = ablative_fraction(words, &n) {
            return Some(read);
        }
    }
    if !n.suffixed && n.value > Decimal::ZERO && n.value.fract().is_zero() {
        if let Some(read) = fraction_after(words, &n) {
            return Some(read);
        }
        if let Some(read) = per_after(words, &n) {
            return Some(read);
        }
        if let Some(read) = plus_fraction_after(words, &n) {
            return Some(read);
        }
    }
    if n.not_alone {
        return None;
    }
    Some((Ratio::whole(n.value), WordsKind::Cardinal, n.next))
}

/// `две трети`, `three quarters`, `a third of`: numerator / denominator.
fn fraction_after(words: &mut Words, n: &Number) -> Option<Read> {
    let word = words.get(n.next)?;
    let (denominator, next) = match word.find(Class::Denominator) {
        Some(e) if !e.flags.plus => (e.value, n.next + 1),
        _ => {
            let d = parse_number(words, n.next)?;
            if !d.ordinal || d.last.no_denominator || d.next != n.next + 1 {
                return None;
            }
            // `a third of`, `cut by a third.` are fractions; `a third term` is no number.
            if n.weak
                && words.word_follows(d.next)
                && !words.get(d.next).is_some_and(|w| w.has(Class::Partitive))
            {
                return None;
            }
            (d.value, d.next)
        }
    };
    let ratio = Ratio::of(n.value, denominator)?;
    if word.suffixed {
        return Some((ratio, WordsKind::Fraction, next));
    }
    Some(scaled(words, ratio, next).unwrap_or((ratio, WordsKind::Fraction, next)))
}

/// Kazakh `үштен бір`, `бестен екі`: the denominator in the ablative, then the numerator.
fn ablative_fraction(words: &mut Words, n: &Number) -> Option<Read> {
    let m = parse_number_after(words, n.next, true)?;
    if m.ordinal || m.value <= Decimal::ZERO || m.value > n.value || !m.value.fract().is_zero() {
        return None;
    }
    Some((Ratio::of(m.value, n.value)?, WordsKind::Fraction, m.next))
}

/// `one in five`, `един на всеки пет`: a share numerator / denominator.
fn per_after(words: &mut Words, n: &Number) -> Option<Read> {
    if n.weak {
        return None;
    }
    let word = words.get(n.next)?;
    let entries = word.entries.iter().filter(|e| e.class == Class::Per);
    let mut after_per = None;
    let mut need_share = false;
    for entry in entries {
        if let Some(next) = words.matches_rest(n.next, entry) {
            after_per = Some(next);
            // `едно на пет деца` needs no `всеки`, but `две на три` is a size.
            need_share = entry.flags.need_share || (entry.flags.one_per && n.value != Decimal::ONE);
            break;
        }
    }
    let mut i = after_per?;
    if words.get(i).is_some_and(|w| w.has(Class::Share)) {
        i += 1;
    } else if need_share {
        return None;
    }
    let d = parse_number(words, i)?;
    if d.ordinal || d.not_alone || d.value < n.value || !d.value.fract().is_zero() {
        return None;
    }
    // `един от петте` (of the five) names a group; `едно от пет деца` is a share.
    if d.last.definite && after_per == Some(i) {
        return None;
    }
    Some((Ratio::of(n.value, d.value)?, WordsKind::Fraction, d.next))
}

/// `два с половиной`, `two and a half`, `бір жарым`: whole plus fraction, then maybe a scale.
fn plus_fraction_after(words: &mut Words, n: &Number) -> Option<Read> {
    let mut i = n.next;
    let word = words.get(i)?;
    let fraction = if word.find(Class::Denominator).is_some_and(|e| e.flags.plus) {
        word.find(Class::Denominator)?
    } else {
        if !(word.has(Class::And) || word.has(Class::PlusJoin)) {
            return None;
        }
        i += 1;
        if words.get(i)?.has(Class::Article) {
            i += 1;
        }
        words.get(i)?.find(Class::Denominator)?
    };
    let denominator = fraction.value;
    let last = words.get(i)?;
    let suffixed = last.suffixed;
    i += 1;
    // `a million and a half`, `милион и половина`: the half is of the scale word before it.
    let scale_before = n
        .next
        .checked_sub(1)
        .and_then(|j| words.get(j)?.cardinal_scale());
    if let Some(scale) = scale_before {
        let ratio = Ratio::whole(n.value).plus(Ratio::of(scale, denominator)?)?;
        return Some((ratio, WordsKind::Cardinal, i));
    }
    let ratio = Ratio::whole(n.value).plus(Ratio::of(Decimal::ONE, denominator)?)?;
    if suffixed {
        return Some((ratio, WordsKind::Cardinal, i));
    }
    Some(scaled(words, ratio, i).unwrap_or((ratio, WordsKind::Cardinal, i)))
}

/// `половин`, `треть`, `half` alone: 1/value; then maybe a scale (`half a million`).
fn lone_denominator(words: &mut Words) -> Option<Read> {
    let word = words.get(0)?;
    let entry = word.find(Class::Denominator)?;
    if entry.flags.not_alone {
        return None;
    }
    let ratio = Ratio::of(Decimal::ONE, entry.value)?;
    if word.suffixed {
        return Some((ratio, WordsKind::Fraction, 1));
    }
    Some(scaled(words, ratio, 1).unwrap_or((ratio, WordsKind::Fraction, 1)))
}

/// A fraction followed by `a`? and a scale word: `half a million`, `четверть миллиона`.
fn scaled(words: &mut Words, ratio: Ratio, mut i: usize) -> Option<Read> {
    if words.get(i)?.has(Class::Article) {
        i += 1;
    }
    let scale = words.get(i)?.cardinal_scale()?;
    Some((ratio.times(scale)?, WordsKind::Cardinal, i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_seed_article_words() {
        let n = number_at("Всеки пети барел нефт", Lang::Bg).unwrap();
        assert_eq!(n.value, Decimal::from_str("0.2").unwrap());
        assert_eq!(n.kind, WordsKind::Fraction);
        assert_eq!(&"Всеки пети барел"[..n.len], "Всеки пети");
        let n = number_at("три десетилетия", Lang::Bg).unwrap();
        assert_eq!((n.value, n.len), (Decimal::from(3), "три".len()));
        let n = number_at("един милион тона", Lang::Bg).unwrap();
        assert_eq!(n.value, Decimal::from(1_000_000));
    }

    #[test]
    fn plain_words_are_none() {
        assert_eq!(number_at("барел", Lang::Bg), None);
        assert_eq!(number_at("", Lang::En), None);
        assert_eq!(number_at("a", Lang::En), None);
        assert_eq!(number_at("123", Lang::En), None);
    }
}
