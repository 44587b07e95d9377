//! The figures stage's language data: the per-language tables under `src/lang/<code>/`
//! (`digits`, `scales`, `units`, `currencies`, `months`, `qualifiers`, `dates`, `ranges`,
//! `ordinal_suffixes`, `set_phrases`, `weekdays`), parsed once into phrase matchers; and the number-words stage's
//! `number_words.tsv`, only to know where a number word may start.
//!
//! A table row's first column is a surface form, matched case-insensitively at a position in
//! the text. A space in a surface form matches any run of white space; a trailing `*` matches
//! the rest of the word (`-годишн*` covers `-годишно`, `-годишната`). A form that ends in a
//! letter or digit must end at a word boundary.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::{Approx, FigureKind};
use crate::lang::{rows, Lang};

/// The table files of one language, by name, as embedded text.
pub const TABLE_NAMES: [&str; 15] = [
    "digits",
    "scales",
    "units",
    "currencies",
    "months",
    "qualifiers",
    "dates",
    "ranges",
    "ordinal_suffixes",
    "set_phrases",
    "weekdays",
    "rates",
    "scores",
    "multipliers",
    "directions",
];

macro_rules! lang_tables {
    ($code:literal) => {
        [
            include_str!(concat!("../lang/", $code, "/digits.tsv")),
            include_str!(concat!("../lang/", $code, "/scales.tsv")),
            include_str!(concat!("../lang/", $code, "/units.tsv")),
            include_str!(concat!("../lang/", $code, "/currencies.tsv")),
            include_str!(concat!("../lang/", $code, "/months.tsv")),
            include_str!(concat!("../lang/", $code, "/qualifiers.tsv")),
            include_str!(concat!("../lang/", $code, "/dates.tsv")),
            include_str!(concat!("../lang/", $code, "/ranges.tsv")),
            include_str!(concat!("../lang/", $code, "/ordinal_suffixes.tsv")),
            include_str!(concat!("../lang/", $code, "/set_phrases.tsv")),
            include_str!(concat!("../lang/", $code, "/weekdays.tsv")),
            include_str!(concat!("../lang/", $code, "/rates.tsv")),
            include_str!(concat!("../lang/", $code, "/scores.tsv")),
            include_str!(concat!("../lang/", $code, "/multipliers.tsv")),
            include_str!(concat!("../lang/", $code, "/directions.tsv")),
        ]
    };
}

/// The embedded tables of a language, in the order of [`TABLE_NAMES`].
pub fn tables(lang: Lang) -> [&'static str; 15] {
    match lang {
        Lang::Bg => lang_tables!("bg"),
        Lang::Ru => lang_tables!("ru"),
        Lang::Uk => lang_tables!("uk"),
        Lang::Kk => lang_tables!("kk"),
        Lang::En => lang_tables!("en"),
    }
}

/// One embedded table of a language by its name in [`TABLE_NAMES`] (empty for another name).
pub fn table(lang: Lang, name: &str) -> &'static str {
    TABLE_NAMES
        .iter()
        .position(|&n| n == name)
        .and_then(|at| tables(lang).get(at).copied())
        .unwrap_or("")
}

/// One surface form and what it means.
struct Phrase<T> {
    /// Lower-case characters of the form, without a trailing `*`.
    chars: Vec<char>,
    /// A trailing `*`: the rest of the word is part of the match.
    stem: bool,
    value: T,
}

/// Surface forms indexed by their first two characters (one-character forms apart), longest
/// first, so that most positions in a text are rejected by one hash lookup.
pub struct Phrases<T> {
    by_first_two: HashMap<(char, char), Vec<Phrase<T>>, CharHash>,
    single: HashMap<char, Vec<Phrase<T>>, CharHash>,
}

/// A cheap hash for character keys (the default SipHash costs more than the rest of a
/// lookup; these keys are not attacker-chosen in any way that matters: a table's size).
#[derive(Clone, Copy, Default)]
struct CharHash;

#[derive(Default)]
struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(u32::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::BuildHasher for CharHash {
    type Hasher = CharHasher;
    fn build_hasher(&self) -> CharHasher {
        CharHasher(0)
    }
}

/// Case folding for matching: lower case (fast paths for ASCII and basic Cyrillic), every
/// white space as a plain space, typographic apostrophes as `'`.
pub fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'a'..='z' | '0'..='9' => c,
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'а'..='я' => c,
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        'ѐ'..='џ' => c,
        // Cyrillic supplement (Kazakh, Ukrainian ґ): upper and lower case alternate.
        '\u{0460}'..='\u{04bf}' | '\u{04d0}'..='\u{04ff}' => {
            char::from_u32(c as u32 | 1).unwrap_or(c)
        }
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t' => ' ',
        '’' | 'ʼ' | '`' => '\'',
        _ if c.is_ascii() => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// [`fold`], with `ё` as `е` and every apostrophe as `'` (the number-words table's spelling).
fn fold_e(c: char) -> char {
    match fold(c) {
        'ё' => 'е',
        'ʼ' | '’' => '\'',
        f => f,
    }
}

/// A letter, quickly for ASCII and Cyrillic.
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0400}'..='\u{0482}' | '\u{048a}'..='\u{04ff}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_alphanumeric())
}

impl<T> Phrases<T> {
    pub(crate) fn new() -> Self {
        Phrases {
            by_first_two: HashMap::with_hasher(CharHash),
            single: HashMap::with_hasher(CharHash),
        }
    }

    pub(crate) fn add(&mut self, surface: &str, value: T) {
        let (body, stem) = match surface.strip_suffix('*') {
            Some(b) => (b, true),
            None => (surface, false),
        };
        let chars: Vec<char> = body.chars().map(fold).collect();
        let list = match chars[..] {
            [] => return,
            [a] => self.single.entry(a).or_default(),
            [a, b, ..] => self.by_first_two.entry((a, b)).or_default(),
        };
        list.push(Phrase { chars, stem, value });
        list.sort_by_key(|p| std::cmp::Reverse(p.chars.len()));
    }

    /// How the forms whose value passes `keep` begin: their first three folded characters,
    /// or fewer when the form is shorter or has a space among them (a space matches any run
    /// of white space, so only what comes before it is a fixed prefix).
    fn prefixes<'a>(&'a self, keep: impl Fn(&T) -> bool + 'a) -> impl Iterator<Item = Prefix> + 'a {
        self.by_first_two
            .values()
            .chain(self.single.values())
            .flatten()
            .filter(move |p| keep(&p.value))
            .map(|p| match p.chars[..] {
                [a] => Prefix::One(a),
                [a, b, c, ..] if b != ' ' && c != ' ' => Prefix::Three(a, b, c),
                [a, b, ..] => Prefix::Two(a, b),
                [] => Prefix::One(' '),
            })
    }

    /// Whether there are no forms at all.
    pub fn is_empty(&self) -> bool {
        self.by_first_two.is_empty() && self.single.is_empty()
    }

    /// The longest form that starts at byte `at` of `text`: its value and the byte where the
    /// match ends.
    pub fn longest(&self, text: &str, at: usize) -> Option<(&T, usize)> {
        self.longest_where(text, at, |_| true)
    }

    /// [`Phrases::longest`] among the forms whose value passes `keep`.
    pub fn longest_where(
        &self,
        text: &str,
        at: usize,
        keep: impl Fn(&T) -> bool,
    ) -> Option<(&T, usize)> {
        let rest = text.get(at..)?;
        let mut chars = rest.chars();
        let first = fold(chars.next()?);
        let second = chars
            .next()
            .map(|c| if c.is_whitespace() { ' ' } else { fold(c) });
        let two = second.and_then(|s| self.by_first_two.get(&(first, s)));
        two.into_iter()
            .chain(self.single.get(&first))
            .flatten()
            .filter(|p| keep(&p.value))
            .find_map(|p| match_phrase(p, rest).map(|len| (&p.value, at + len)))
    }
}

/// How a form begins, for [`LangData::may_open`].
#[derive(Clone, Copy)]
enum Prefix {
    One(char),
    Two(char, char),
    Three(char, char, char),
}

/// Bytes of `rest` matched by the phrase, if it matches.
fn match_phrase<T>(p: &Phrase<T>, rest: &str) -> Option<usize> {
    let mut it = rest.char_indices().peekable();
    for &pc in &p.chars {
        if pc == ' ' {
            let mut seen = false;
            while let Some(&(_, c)) = it.peek() {
                if c.is_whitespace() {
                    seen = true;
                    it.next();
                } else {
                    break;
                }
            }
            if !seen {
                return None;
            }
            continue;
        }
        let (_, c) = it.next()?;
        if fold(c) != pc {
            return None;
        }
    }
    let mut end = it.peek().map_or(rest.len(), |&(i, _)| i);
    if p.stem {
        while let Some(&(i, c)) = it.peek() {
            if is_letter(c) || c == '\'' || c == '’' {
                it.next();
                end = i + c.len_utf8();
            } else {
                break;
            }
        }
    } else if p.chars.last().is_some_and(|&c| is_word_char(c)) {
        if let Some(&(_, c)) = it.peek() {
            if is_word_char(c) {
                return None;
            }
        }
    }
    Some(end)
}

/// A weekday name of `weekdays.tsv`.
#[derive(Clone, Copy, Debug)]
pub struct Weekday {
    /// 1 Monday to 7 Sunday, as ISO 8601 numbers them.
    pub day: u32,
    /// The name is also a common word (bg `неделя`, a week too; kk `жұма`, a name too): read
    /// only next to a context word.
    pub common: bool,
    /// A stem row (`петъчн*`, ru `воскресн*`): the adjectives, `петъчната драма`.
    pub stem: bool,
}

/// A scale word: `млн.` 1000000. `money_only` forms (`m`, `k`) count only beside a currency.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub factor: Decimal,
    pub money_only: bool,
    /// A vague plural of a scale word (kk `мыңдаған`, thousands of): no count, so a number
    /// before it is no figure either (`он мыңдаған`, tens of thousands, like bg `десетки
    /// хиляди`). Written `vague` in the factor column.
    pub vague: bool,
}

/// A unit word or symbol: percent, percentage points, a measure, or a currency after a number.
#[derive(Clone, Debug)]
pub struct Unit {
    pub kind: FigureKind,
    /// `%`, `pp`, a measure symbol (`t`, `km2`, `year`) or a currency code.
    pub unit: &'static str,
    /// A factor the number is multiplied by (`десетилетия`: 10 years).
    pub factor: Decimal,
}

/// What a date word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRole {
    /// After a year: `г.`, `года`, `жылы`.
    Year,
    /// After a decade: `-те години`, `s`, `-х годов`; `sure` when it holds the word "years",
    /// so that a two-digit decade (`80-те години`) is read as one.
    Decade {
        sure: bool,
    },
    /// A year relative to the document's date: `тази година` 0, `last year` -1.
    RelYear(i32),
    /// A year relative to the year the sentence named before it (`през 2024 г. … от
    /// предходната година`, `in 2024, up from a year earlier`: 2023), or to the document's
    /// date when it named none.
    RelYearThen(i32),
    /// A year whose noun is left out, the clause ending on the word (bg `с 12% повече от
    /// предходната.`): a year earlier than the year the sentence named before it, and no
    /// figure when the sentence named none (`предходната` may stand for a week, a season).
    RelYearElided(i32),
    /// A month relative to the document's date: `last month` -1.
    RelMonth(i32),
    /// Morning hours after a time: `a.m.`, `сутринта`.
    Am,
    /// Afternoon hours after a time: `p.m.`, `вечерта`.
    Pm,
    /// An hour of the clock after a bare number: `ч.` in `19 ч.`.
    OClock,
    /// As `OClock`, except after 1, where it is the count's own case: uk `на 19 годину`
    /// (19:00), `1 годину` (one hour).
    OClockNotOne,
    /// Morning or afternoon only after an hour word: `дня` in `2 часа дня` (`3 дня` is days).
    AmTail,
    PmTail,
    /// Clock words written before the hour (Kazakh): `сағат 11-де`, `таңғы 7`, `кешкі 8`.
    OClockBefore,
    AmBefore,
    PmBefore,
    /// In the daytime, before the hour (kk `күндізгі сағат 1`): hours 1 to 6 are afternoon.
    DayBefore,
    /// After a Roman numeral: a century word (`XIX век`, `XIX ғасыр`).
    Century,
    /// Before our era, after a century or a year (`V в. пр.Хр.`, `5th century BC`, `до н. э.`)
    /// or, in Kazakh, before it (`б.з.д. V ғасыр`): the figure counts back, so it is negative.
    BeforeEra,
    /// A preposition that makes a dotted `11.15` a clock time (uk `об 11.15`).
    ClockPrep,
    /// A word that may stand between a preposition and its number without changing what the
    /// preposition does: `всего`, `съответно`, `only` (`было всего 20 лет`).
    Filler,
    /// A word before a number that makes it a rank (an ordinal): `номер 1`, `No.1`, `№1`.
    Rank,
    /// A word that may stand between a number and its unit: `останні` in `два останні
    /// десятиліття` (the last two decades).
    UnitFiller,
    /// A fashion season code written before a two-digit year (`SS19`: 2019), matched on its
    /// own, case-sensitively (see [`LangData::season_codes`]).
    SeasonYear,
    /// Words that may follow a clock time and belong to it: `часа` in `15:00 часа`.
    ClockTail,
    /// A case ending on a number written with the mark that is not the decimal one, which
    /// makes it a clock time: kk `14.15-те` (at 14:15; kk writes decimals with a comma).
    ClockCase,
    /// A time zone after four digits makes them a 24-hour clock time, the agencies' style:
    /// `0927 GMT` is 09:27.
    Zone,
    /// A preposition that makes a bare four-digit number a year: `in`, `през`.
    YearPrep,
    /// A word that makes a number of years an age: `на` in `на 52 г.`, `възраст`.
    AgePrep,
    /// A word that makes a bare number an age: `aged 52`.
    AgeWord,
    /// A word right before an age preposition that makes the years after it a term, not an
    /// age: bg `осъден на 7 години затвор` (sentenced to 7 years).
    TermVerb,
    /// A part of a year after an ordinal (`третото тримесечие`, `the third quarter`,
    /// `первое полугодие`): `parts` in a year, 4 for a quarter, 2 for a half.
    YearPart {
        parts: u8,
    },
    /// A word right after a year marker that makes the number before the marker a count of
    /// years, not a year: kk `толуына` in `1500 жыл толуына` (1500 years since, the 1500th
    /// anniversary), where `жыл` is both "year" and "years".
    YearsAfter,
    /// Where the day comes first (digits.tsv `date_order day_month`), a word or ending after a
    /// number that marks it a day of the month named before it: uk `у жовтні 30 числа`, kk
    /// `наурыздың 6-сы` (March's 6th).
    DayTail,
}

/// What a range word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeRole {
    /// Opens a range: `от`, `between`, `from`.
    From,
    /// Joins its two ends: `до`, `to`.
    To,
    /// Joins the ends only after a `From`: `and`, `и`.
    And,
    /// Joins items of a list that share a unit: `или`, `or` (as do `And` words and commas).
    List,
    /// Between a part and a whole: `one in five`, `едно на пет`, `один из пяти`: a share.
    ShareOf,
    /// "One of them", after the whole and the noun counted: kk `бес баланың біреуі` (one of
    /// five children), `4 ойыншының бірі`: a share of one over the whole.
    OneOfAfter,
}

/// Everything the figures stage knows about one language.
pub struct LangData {
    pub decimal: char,
    pub group: char,
    /// A day may follow a month name or number (en `June 15`, `6/15/2025`): digits.tsv's
    /// `date_order month_day`. Where the day comes first (`15 юни`, kk `15 маусым`), a number
    /// after a month name is none of its days (kk `осы маусымда 15 рет`, this season, 15 times).
    pub month_day: bool,
    pub scales: Phrases<Scale>,
    pub units: Phrases<Unit>,
    /// Unit words that alone mean one of them (`десетилетие по-късно`, `a decade later`: 10
    /// years): the units table's rows marked `alone` or `alone_only` (not after a number).
    pub lone_units: Phrases<Unit>,
    /// Unit words that alone are one of them only before a number of the next smaller unit
    /// (`an hour and 48 minutes`, bg `час и 48 минути`): the rows marked `alone_with_part`
    /// (`an hour` alone, `a day` alone are rarely a figure a reader checks).
    pub lone_units_with_part: Phrases<Unit>,
    pub currency_before: Phrases<&'static str>,
    pub months: Phrases<u32>,
    pub qualifiers_before: Phrases<Approx>,
    pub qualifiers_after: Phrases<Approx>,
    /// Qualifiers that follow the noun counted, one word after the number (kk `380 000
    /// адамнан асатын`: "of over 380 000 people").
    pub qualifiers_after_noun: Phrases<Approx>,
    /// Qualifiers after the number that compare only after its "from" case ending (the
    /// `after_from` rows: kk `6%-дан аз`, under 6%; `6%-ға аз` is a difference, 6% less).
    pub qualifiers_after_from: Phrases<()>,
    /// Verbs of change a few words before an "up to" word, which then means "to" (bg `удвои
    /// съществуващия капацитет до 110`: doubles the capacity to 110).
    pub change_verbs: Phrases<Approx>,
    /// Verbs of reaching (bg `достигна`), the `change_to` rows of `qualifiers.tsv`: like the
    /// `change` rows they make a `до` after them "to" (`достигна до 832`), but they open no
    /// change's start, so `от … до` after them stays a range (`ще достигнат от 32 до 35
    /// градуса`: will reach 32 to 35 degrees).
    pub reach_verbs: Phrases<Approx>,
    /// Verbs of change right after an "up to" word placed after the number, which then means
    /// "to" (kk `минус 35 градусқа дейін төмендейді`: falls to minus 35): the `change_after`
    /// rows of `qualifiers.tsv`.
    pub change_verbs_after: Phrases<()>,
    /// Verbs of change before `from … to` where the language's "up to" is no "to" (en
    /// `will rise from 12% to 16%`): the `change_from` rows of `qualifiers.tsv`. With the
    /// `change` rows, they make the two ends two figures, not a range.
    pub change_from_verbs: Phrases<Approx>,
    /// Nouns of change right before `от`, ru `с` (bg `ръстът от 3% до 5%`, ru `рост с 3% до
    /// 5%`: the growth from 3% to 5%): the `change_noun` rows of `qualifiers.tsv`. Only right
    /// before it: `ръстът ще е от 5 до 7%` (the growth will be 5 to 7%) is a range.
    pub change_nouns: Phrases<()>,
    /// Verbs of sending before `до` (bg `изпратени до`): "to" before a bare count, those it
    /// went to (`изпратен до 350 служители`), "up to" before a measure or a sum (`изпратени
    /// до 2 млн. тона`): the `sent_to` rows of `qualifiers.tsv`, whose `до` ends the phrase.
    pub sent_to_verbs: Phrases<()>,
    /// Nouns of what falls (bg `сняг`, `дъжд`), the `fallen` rows of `qualifiers.tsv`: after
    /// the number they make it the amount that fell, so `до` before it stays "up to" after a
    /// verb of change (`паднаха до 35 см сняг`: up to 35 cm of snow fell).
    pub fallen_nouns: Phrases<()>,
    /// Words that make the `from` word after them the start of a price, its lowest sum (bg
    /// `в бизнес класа – от 720 евро`, `струва от`; en `class from €720`): the `price_from`
    /// rows of `qualifiers.tsv`, each ending with the from word. Before a sum that ends its
    /// clause only.
    pub price_from: Phrases<()>,
    /// Words after a sum in the "from" case that make it the start of a price (kk `720
    /// еуродан басталады`, begins from 720 euros): the `price_from_after` rows.
    pub price_from_after: Phrases<()>,
    /// Qualifiers that hold only before a duration (en `within 10 days`: up to 10 days), the
    /// `duration` rows of `qualifiers.tsv`; before any other figure they say nothing (`within
    /// 200 miles of Phoenix`).
    pub duration_qualifiers: Phrases<()>,
    /// Bound words that before a duration mean "during" (en `over 24 hours`): the `during`
    /// rows of `qualifiers.tsv`; still a bound after a `bound_before` word (`for over two
    /// days`) or before a `bound_after` word (`over two days ago`).
    pub during_words: Phrases<()>,
    pub bound_before: Phrases<()>,
    pub bound_after: Phrases<()>,
    /// Words that make the number next to them negative: the `minus` rows of
    /// `qualifiers.tsv`, before it (`минус 15`, kk `нөлден төмен 15`) or after it and its unit
    /// (`15 градуса под нулата`, `15 below zero`). A minus sign needs no table: `-` and `−`
    /// are the same in every language. Before a number the value says whether the sign is
    /// minus (`true`) or the `plus` rows' plus (`плюс 2`), which only keeps a range whole
    /// (`от минус 3 до плюс 2`).
    pub sign_before: Phrases<bool>,
    pub negative_after: Phrases<()>,
    pub dates: Phrases<DateRole>,
    pub ranges: Phrases<RangeRole>,
    /// Words that frame a range (`в рамките на`, ru `в пределах`, uk `у межах`, `within`):
    /// the `frame` rows of `ranges.tsv`. Right before the `from` word or the first end, they
    /// make `от 2,8% до 3,4%` a range also after a verb or noun of change.
    pub range_frames: Phrases<()>,
    /// Words after the second end that close a range its two ends joined by a list word
    /// (kk `15 бен 20 градус аралығында`, between 15 and 20 degrees; `шегінде`, within): the
    /// `close_after` rows of `ranges.tsv`.
    pub range_closers: Phrases<()>,
    /// Attached endings that make a number an ordinal: `th`, `-ти`, `-й`, `-ші`.
    pub ordinals: Phrases<()>,
    /// Case endings that make a number the start of a range closed by an "up to" word after
    /// the second number (Kazakh ablative: `5-тен 7-ге дейін`, `бестен онға дейін`).
    pub range_from_endings: Vec<&'static str>,
    /// Words that say a change's end right before a figure only when a start said by a `from`
    /// word stands right before them (bg `от 8,9% на 7,4%`; elsewhere `на` is a share, a date's
    /// or a noun's link): the third column `to_after_from` of `ranges.tsv`.
    pub range_to_after_from: Phrases<()>,
    /// Season codes written before a two-digit year, as in the table (`SS`, `AW`).
    pub season_codes: Vec<&'static str>,
    /// Words between a two-digit decade and the century that places it: bg `на` in `80-те
    /// години на 20 век` (ru and uk need none: `80-х годов XX века`); the third column of
    /// the century rows.
    pub century_links: Vec<&'static str>,
    /// Words that say "wholly" as `100 %` does (`абсолютно сигурен`, "100 percent certain"):
    /// the `whole` rows of `qualifiers.tsv`, lower-case.
    pub whole_words: Vec<&'static str>,
    /// Month names that are also common words (en `may`): the `common` rows of `months.tsv`.
    pub common_months: Vec<&'static str>,
    /// Month forms read alone (no day, no year) only next to a context word: the same
    /// `common` rows, with their month.
    pub months_in_context: Phrases<u32>,
    /// Weekday names (`weekdays.tsv`).
    pub weekdays: Phrases<Weekday>,
    /// Words that make a lone month or weekday name a date when they stand right before it
    /// (`в`, `through`, `прошлую`) or right after it (`сутринта`, `утром`, kk `айында`).
    /// A `before` word marked `weekday` (third column) frames a weekday only: kk `осы жұмада`
    /// is this Friday, `осы маусымда` this season, no June.
    pub calendar_before: Phrases<bool>,
    pub calendar_after: Phrases<()>,
    /// The language writes weekdays in lower case (the `lowercase` row of `weekdays.tsv`): a
    /// capitalized weekday adjective inside a sentence is part of a title.
    pub calendar_lowercase: bool,
    /// Set phrases in which a number word is no quantity (`half-time`, kk `жарты ай түзіп`:
    /// forming a crescent): the scanner reads nothing inside them.
    pub set_phrases: Phrases<()>,
    /// How the forms that can open a figure begin (qualifiers, range words, months, date
    /// and unit words, currency signs): a word that begins otherwise is skipped at once.
    opening_pairs: HashSet<(char, char), CharHash>,
    opening_chars: HashSet<char, CharHash>,
    /// Forms of three letters or more, by their first three: most words that share a form's
    /// first two letters (`по`, `не`) are then rejected without a phrase lookup.
    opening_triples: HashSet<(char, char, char), CharHash>,
    /// The same for number words (`src/lang/<code>/number_words.tsv`, the words stage's
    /// table), so that the words reader runs only where a number word may start.
    /// First three letters of the table's words, and its words of one or two letters.
    word_starts: HashSet<[char; 3], CharHash>,
    word_shorts: HashSet<[char; 3], CharHash>,
}

fn approx_named(name: &str) -> Option<Approx> {
    Some(match name {
        "about" => Approx::About,
        "over" => Approx::Over,
        "under" => Approx::Under,
        "upto" => Approx::UpTo,
        "almost" => Approx::Almost,
        // A verb of change before `до` (`нараства до 832`: "rises to"), not "up to".
        "exact" => Approx::Exact,
        _ => return None,
    })
}

fn col(row: &[&'static str], i: usize) -> &'static str {
    row.get(i).copied().unwrap_or("")
}

impl LangData {
    fn build(lang: Lang) -> LangData {
        let [digits, scales_t, units_t, currencies_t, months_t, qualifiers_t, dates_t, ranges_t, suffixes_t, set_phrases_t, weekdays_t, _rates, _scores, _multipliers, _directions] =
            tables(lang);
        let mut data = LangData {
            decimal: '.',
            group: ',',
            month_day: false,
            scales: Phrases::new(),
            units: Phrases::new(),
            lone_units: Phrases::new(),
            lone_units_with_part: Phrases::new(),
            currency_before: Phrases::new(),
            months: Phrases::new(),
            qualifiers_before: Phrases::new(),
            qualifiers_after: Phrases::new(),
            qualifiers_after_noun: Phrases::new(),
            qualifiers_after_from: Phrases::new(),
            change_verbs: Phrases::new(),
            reach_verbs: Phrases::new(),
            change_verbs_after: Phrases::new(),
            change_from_verbs: Phrases::new(),
            change_nouns: Phrases::new(),
            sent_to_verbs: Phrases::new(),
            fallen_nouns: Phrases::new(),
            duration_qualifiers: Phrases::new(),
            price_from: Phrases::new(),
            price_from_after: Phrases::new(),
            during_words: Phrases::new(),
            bound_before: Phrases::new(),
            bound_after: Phrases::new(),
            sign_before: Phrases::new(),
            negative_after: Phrases::new(),
            dates: Phrases::new(),
            ranges: Phrases::new(),
            range_frames: Phrases::new(),
            range_closers: Phrases::new(),
            ordinals: Phrases::new(),
            range_from_endings: Vec::new(),
            range_to_after_from: Phrases::new(),
            season_codes: Vec::new(),
            century_links: Vec::new(),
            whole_words: Vec::new(),
            common_months: Vec::new(),
            months_in_context: Phrases::new(),
            weekdays: Phrases::new(),
            calendar_before: Phrases::new(),
            calendar_after: Phrases::new(),
            calendar_lowercase: false,
            set_phrases: Phrases::new(),
            opening_pairs: HashSet::with_hasher(CharHash),
            opening_chars: HashSet::with_hasher(CharHash),
            opening_triples: HashSet::with_hasher(CharHash),
            word_starts: HashSet::with_hasher(CharHash),
            word_shorts: HashSet::with_hasher(CharHash),
        };
        let (mut short_prefixes, mut heads) = (Vec::new(), Vec::new());
        let (mut short_numbers, mut suffix_starts) = (Vec::new(), Vec::new());
        // (A `nosuffix` word opens only with a `sure` ending: kk `онға`, `оннан`.)
        let (mut short_nosuffix, mut sure_starts) = (Vec::new(), Vec::new());
        for r in rows(super::words::table(lang)) {
            let word: Vec<char> = r[0].chars().map(fold_e).collect();
            match col(&r, 1) {
                "prefix" if word.len() < 3 => short_prefixes.push(word.clone()),
                "head" => heads.push(word.clone()),
                "unit" | "ten" if word.len() == 2 && col(&r, 3).contains("nosuffix") => {
                    short_nosuffix.push(word.clone())
                }
                "unit" | "ten" if word.len() == 2 => short_numbers.push(word.clone()),
                "suffix" => {
                    suffix_starts.extend(word.first().copied());
                    if col(&r, 3).split(',').any(|f| f == "sure") {
                        sure_starts.extend(word.first().copied());
                    }
                }
                _ => {}
            }
            match word[..] {
                [a, b, c, ..] => data.word_starts.insert([a, b, c]),
                [a, b] => data.word_shorts.insert([a, b, ' ']),
                [a] => data.word_shorts.insert([a, ' ', ' ']),
                [] => false,
            };
        }
        // A short number word with a case ending (kk `үштен`, `үшке`) opens with the
        // ending's first letter.
        for w in &short_numbers {
            for &c in &suffix_starts {
                data.word_starts.insert([w[0], w[1], c]);
            }
        }
        for w in &short_nosuffix {
            for &c in &sure_starts {
                data.word_starts.insert([w[0], w[1], c]);
            }
        }
        // A compound of a short prefix (kk `үш`, `он`) opens with the head's first letters:
        // `үшжылдық`.
        for p in &short_prefixes {
            for h in &heads {
                if let [a, b, c, ..] = p.iter().chain(h.iter()).copied().collect::<Vec<char>>()[..]
                {
                    data.word_starts.insert([a, b, c]);
                }
            }
        }
        let sep = |name: &str| match name {
            "comma" => ',',
            "dot" => '.',
            "apostrophe" => '\'',
            _ => ' ',
        };
        for r in rows(digits) {
            match col(&r, 0) {
                "decimal" => data.decimal = sep(col(&r, 1)),
                "group" => data.group = sep(col(&r, 1)),
                "date_order" => data.month_day = col(&r, 1) == "month_day",
                _ => {}
            }
        }
        for r in rows(scales_t) {
            let vague = col(&r, 1) == "vague";
            let factor = if vague {
                Ok(Decimal::ONE)
            } else {
                Decimal::from_str(col(&r, 1))
            };
            if let Ok(factor) = factor {
                let money_only = col(&r, 2) == "money";
                data.scales.add(
                    r[0],
                    Scale {
                        factor,
                        money_only,
                        vague,
                    },
                );
            }
        }
        for r in rows(units_t) {
            let unit = col(&r, 1);
            let kind = match unit {
                "%" => FigureKind::Percent,
                "pp" => FigureKind::PercentPoints,
                "age" => FigureKind::Age,
                // A word that makes the number before it an ordinal (kk `29 минутта`: in the
                // 29th minute; `50 жылдығы`: the 50th anniversary).
                "ordinal" => FigureKind::Ordinal,
                _ => FigureKind::Measure,
            };
            let factor = Decimal::from_str(col(&r, 2)).unwrap_or(Decimal::ONE);
            let alone = col(&r, 3);
            if alone == "alone" || alone == "alone_only" {
                data.lone_units.add(r[0], Unit { kind, unit, factor });
            }
            if alone == "alone_with_part" {
                data.lone_units_with_part
                    .add(r[0], Unit { kind, unit, factor });
            }
            if alone != "alone_only" {
                data.units.add(r[0], Unit { kind, unit, factor });
            }
        }
        for r in rows(currencies_t) {
            let code = col(&r, 1);
            let place = col(&r, 2);
            if place != "after" {
                data.currency_before.add(r[0], code);
            }
            if place != "before" {
                let unit = Unit {
                    kind: FigureKind::Money,
                    unit: code,
                    factor: Decimal::ONE,
                };
                data.units.add(r[0], unit);
            }
        }
        for r in rows(months_t) {
            if let Ok(m) = col(&r, 1).parse::<u32>() {
                data.months.add(r[0], m);
                if col(&r, 2) == "common" {
                    data.common_months.push(r[0]);
                    data.months_in_context.add(r[0], m);
                }
            }
        }
        for r in rows(weekdays_t) {
            match col(&r, 1) {
                "before" => data.calendar_before.add(r[0], col(&r, 2) == "weekday"),
                "after" => data.calendar_after.add(r[0], ()),
                "lowercase" => data.calendar_lowercase = true,
                n => {
                    if let Some(day) = n.parse::<u32>().ok().filter(|d| (1..=7).contains(d)) {
                        let weekday = Weekday {
                            day,
                            common: col(&r, 2) == "common",
                            stem: r[0].ends_with('*'),
                        };
                        data.weekdays.add(r[0], weekday);
                    }
                }
            }
        }
        for r in rows(qualifiers_t) {
            match col(&r, 1) {
                "whole" => data.whole_words.push(r[0]),
                "bound_before" => data.bound_before.add(r[0], ()),
                "bound_after" => data.bound_after.add(r[0], ()),
                "minus" if col(&r, 2) == "after" => data.negative_after.add(r[0], ()),
                "minus" => data.sign_before.add(r[0], true),
                "plus" => data.sign_before.add(r[0], false),
                _ => {}
            }
            if col(&r, 2) == "during" {
                data.during_words.add(r[0], ());
            }
            if let Some(a) = approx_named(col(&r, 1)) {
                if col(&r, 2) == "after" {
                    data.qualifiers_after.add(r[0], a);
                } else if col(&r, 2) == "after_from" {
                    data.qualifiers_after.add(r[0], a);
                    data.qualifiers_after_from.add(r[0], ());
                } else if col(&r, 2) == "after_noun" {
                    data.qualifiers_after_noun.add(r[0], a);
                } else if col(&r, 2) == "after_either" {
                    data.qualifiers_after.add(r[0], a);
                    data.qualifiers_after_noun.add(r[0], a);
                } else if col(&r, 2) == "change" {
                    data.change_verbs.add(r[0], a);
                } else if col(&r, 2) == "change_to" {
                    data.reach_verbs.add(r[0], a);
                } else if col(&r, 2) == "change_from" {
                    data.change_from_verbs.add(r[0], a);
                } else if col(&r, 2) == "change_after" {
                    data.change_verbs_after.add(r[0], ());
                } else if col(&r, 2) == "change_noun" {
                    data.change_nouns.add(r[0], ());
                } else if col(&r, 2) == "sent_to" {
                    data.qualifiers_before.add(r[0], a);
                    data.sent_to_verbs.add(r[0], ());
                } else if col(&r, 2) == "price_from" {
                    data.price_from.add(r[0], ());
                } else if col(&r, 2) == "price_from_after" {
                    data.price_from_after.add(r[0], ());
                } else if col(&r, 2) == "fallen" {
                    data.fallen_nouns.add(r[0], ());
                } else if col(&r, 2) == "duration" {
                    data.qualifiers_before.add(r[0], a);
                    data.duration_qualifiers.add(r[0], ());
                } else {
                    data.qualifiers_before.add(r[0], a);
                }
            }
        }
        for r in rows(dates_t) {
            let n = col(&r, 2).parse::<i32>().unwrap_or(0);
            // A word of two roles lists both (ru `в`: `year_prep,clock_prep`).
            for name in col(&r, 1).split(',') {
                let role = match name {
                    "year" => DateRole::Year,
                    "decade" => DateRole::Decade { sure: false },
                    "decade_sure" => DateRole::Decade { sure: true },
                    "rel_year" => DateRole::RelYear(n),
                    "rel_year_then" => DateRole::RelYearThen(n),
                    "rel_year_elided" => DateRole::RelYearElided(n),
                    "rel_month" => DateRole::RelMonth(n),
                    "am" => DateRole::Am,
                    "pm" => DateRole::Pm,
                    "oclock" => DateRole::OClock,
                    "oclock_not_one" => DateRole::OClockNotOne,
                    "am_tail" => DateRole::AmTail,
                    "pm_tail" => DateRole::PmTail,
                    "oclock_before" => DateRole::OClockBefore,
                    "am_before" => DateRole::AmBefore,
                    "pm_before" => DateRole::PmBefore,
                    "day_before" => DateRole::DayBefore,
                    "century" => {
                        for link in col(&r, 2)
                            .split(',')
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                        {
                            if !data.century_links.contains(&link) {
                                data.century_links.push(link);
                            }
                        }
                        DateRole::Century
                    }
                    "before_era" => DateRole::BeforeEra,
                    "clock_prep" => DateRole::ClockPrep,
                    "filler" => DateRole::Filler,
                    "unit_filler" => DateRole::UnitFiller,
                    "rank" => DateRole::Rank,
                    "season_year" => {
                        data.season_codes.push(r[0]);
                        continue;
                    }
                    "clock_tail" => DateRole::ClockTail,
                    "clock_case" => DateRole::ClockCase,
                    "zone" => DateRole::Zone,
                    "year_prep" => DateRole::YearPrep,
                    "age_prep" => DateRole::AgePrep,
                    "age_word" => DateRole::AgeWord,
                    "term_verb" => DateRole::TermVerb,
                    "quarter" => DateRole::YearPart { parts: 4 },
                    "half_year" => DateRole::YearPart { parts: 2 },
                    "years_after" => DateRole::YearsAfter,
                    "day_tail" => DateRole::DayTail,
                    _ => continue,
                };
                data.dates.add(r[0], role);
            }
        }
        for r in rows(ranges_t) {
            if col(&r, 1) == "from_ending" {
                data.range_from_endings.push(r[0].trim_start_matches('-'));
                continue;
            }
            if col(&r, 1) == "frame" {
                data.range_frames.add(r[0], ());
                continue;
            }
            if col(&r, 1) == "close_after" {
                data.range_closers.add(r[0], ());
                continue;
            }
            let role = match col(&r, 1) {
                "from" => RangeRole::From,
                "to" => RangeRole::To,
                "and" => RangeRole::And,
                "list" => RangeRole::List,
                "share_of" => RangeRole::ShareOf,
                "one_of_after" => RangeRole::OneOfAfter,
                _ => continue,
            };
            if col(&r, 2) == "to_after_from" {
                data.range_to_after_from.add(r[0], ());
            }
            data.ranges.add(r[0], role);
        }
        for r in rows(suffixes_t) {
            if col(&r, 1) == "ordinal" {
                data.ordinals.add(r[0], ());
            }
        }
        for r in rows(set_phrases_t) {
            data.set_phrases.add(r[0], ());
        }
        let prefixes: Vec<Prefix> = data
            .qualifiers_before
            .prefixes(|_| true)
            .chain(data.sign_before.prefixes(|_| true))
            .chain(data.ranges.prefixes(|_| true))
            .chain(data.months.prefixes(|_| true))
            .chain(data.weekdays.prefixes(|_| true))
            // Words that only qualify a number next to them open nothing themselves.
            .chain(data.dates.prefixes(|role| {
                !matches!(
                    role,
                    DateRole::Filler
                        | DateRole::UnitFiller
                        | DateRole::Rank
                        | DateRole::Century
                        | DateRole::BeforeEra
                        | DateRole::ClockPrep
                        | DateRole::ClockCase
                        | DateRole::TermVerb
                        | DateRole::YearPart { .. }
                        | DateRole::YearsAfter
                        | DateRole::DayTail
                )
            }))
            .chain(data.units.prefixes(|_| true))
            .chain(data.lone_units.prefixes(|_| true))
            .chain(data.lone_units_with_part.prefixes(|_| true))
            .chain(data.currency_before.prefixes(|_| true))
            .collect();
        for p in prefixes {
            match p {
                Prefix::One(a) => data.opening_chars.insert(a),
                Prefix::Two(a, b) => data.opening_pairs.insert((a, b)),
                Prefix::Three(a, b, c) => data.opening_triples.insert((a, b, c)),
            };
        }
        data
    }

    /// Whether a number word may start at byte `at` of `text` (a word start): its first three
    /// letters begin a word of the number-words table, or it is a one- or two-letter word of
    /// that table (`a`, `и`).
    pub fn may_be_number_word(&self, text: &str, at: usize) -> bool {
        let mut key = [' '; 3];
        let mut n = 0;
        for c in text.get(at..).unwrap_or("").chars() {
            let c = fold_e(c);
            if n == 3 || !(is_letter(c) || c == '\'') {
                break;
            }
            key[n] = c;
            n += 1;
        }
        match n {
            3 => self.word_starts.contains(&key),
            1 | 2 => self.word_shorts.contains(&key) || self.word_starts.contains(&key),
            _ => false,
        }
    }

    /// Whether a form that can open a figure may start at byte `at` of `text`.
    pub fn may_open(&self, text: &str, at: usize) -> bool {
        let mut chars = text.get(at..).unwrap_or("").chars();
        let Some(first) = chars.next().map(fold) else {
            return false;
        };
        if self.opening_chars.contains(&first) {
            return true;
        }
        let folded = |c: char| if c.is_whitespace() { ' ' } else { fold(c) };
        let Some(second) = chars.next().map(folded) else {
            return false;
        };
        if self.opening_pairs.contains(&(first, second)) {
            return true;
        }
        chars
            .next()
            .map(folded)
            .is_some_and(|third| self.opening_triples.contains(&(first, second, third)))
    }
}

static DATA: LazyLock<Vec<LangData>> =
    LazyLock::new(|| Lang::ALL.iter().map(|&l| LangData::build(l)).collect());

/// The parsed tables of a language (built once, on first use).
pub fn data(lang: Lang) -> &'static LangData {
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &DATA[i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_longest_with_boundaries() {
        let mut p = Phrases::new();
        p.add("млн.", 1);
        p.add("млн", 2);
        p.add("m", 3);
        p.add("-годишн*", 4);
        p.add("повече от", 5);
        let t = "1 млн. и 2 млн и 3 mph -годишната повече  от";
        let at = |s: &str| t.find(s).unwrap();
        assert_eq!(
            p.longest(t, at("млн.")),
            Some((&1, at("млн.") + "млн.".len()))
        );
        assert_eq!(p.longest(t, at("млн и")).map(|x| *x.0), Some(2));
        assert_eq!(p.longest(t, at("mph")), None);
        let g = at("-годишната");
        assert_eq!(p.longest(t, g), Some((&4, g + "-годишната".len())));
        assert_eq!(p.longest(t, at("повече")).map(|x| *x.0), Some(5));
    }

    #[test]
    fn every_language_builds_its_tables() {
        for lang in Lang::ALL {
            let d = data(lang);
            assert!(!d.scales.is_empty(), "{lang}: scales");
            assert!(!d.units.is_empty(), "{lang}: units");
            assert!(!d.months.is_empty(), "{lang}: months");
            assert!(!d.weekdays.is_empty(), "{lang}: weekdays");
            assert!(!d.qualifiers_before.is_empty(), "{lang}: qualifiers");
        }
    }
}
