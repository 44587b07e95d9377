//! The figure grammar: qualifiers, a range opener, a currency sign, a number (digits or words),
//! and what follows it (year and decade markers, clock words, a month, ordinal endings, a scale
//! word, a unit, percent or currency, a qualifier placed after); then optionally a range
//! connector and a second number. A month or weekday named alone, with no number beside it
//! (`през март`, `on Wednesday`), is a figure of its own ([`Scanner::lone_calendar_at`]).
//! Works on one sentence's text; positions are byte offsets into it and always fall on
//! character boundaries.

use rust_decimal::Decimal;

use super::digits::{dotted_clock, literal_at, Literal};
use super::lexicon::{data, is_letter, DateRole, LangData, Phrases, RangeRole};
use super::models;
use super::scores;
use super::words::{number_at, WordsKind};
use super::{Approx, DateValue, FigureKind};
use crate::document::Date;
use crate::lang::Lang;

/// A figure found in a text, before it is placed in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: Decimal,
    pub high: Option<Decimal>,
    pub unit: Option<&'static str>,
    pub approx: Approx,
    pub scale: Option<Decimal>,
    pub date: Option<DateValue>,
}

/// One number and what is attached to it.
#[derive(Clone, Debug)]
struct Quantity {
    start: usize,
    end: usize,
    kind: FigureKind,
    value: Decimal,
    unit: Option<&'static str>,
    scale: Option<Decimal>,
    date: Option<DateValue>,
    /// Digits written without separators (`2023` → 4); 0 for other numbers.
    plain_digits: usize,
    /// A number written in words.
    words: bool,
    /// A lone number word with another common reading (`ambig` in `number_words.tsv`: ru
    /// `тысячи`, a thousand's genitive or thousands).
    ambiguous: bool,
    /// The unit's factor applied to the value (`десетилетия`: 10).
    factor: Decimal,
    /// A unit word alone (`десетилетие`: 10 years), never an age.
    lone: bool,
    /// A number word that is itself approximate (`десетина`, `десяток`): about so many.
    about: bool,
}

impl Quantity {
    fn new(start: usize, end: usize, kind: FigureKind, value: Decimal) -> Quantity {
        Quantity {
            start,
            end,
            kind,
            value,
            unit: None,
            scale: None,
            date: None,
            plain_digits: 0,
            words: false,
            ambiguous: false,
            factor: Decimal::ONE,
            lone: false,
            about: false,
        }
    }

    fn is_calendar(&self) -> bool {
        matches!(
            self.kind,
            FigureKind::Year | FigureKind::Date | FigureKind::Period | FigureKind::Time
        )
    }
}

struct Scanner<'a> {
    text: &'a str,
    lang: Lang,
    data: &'static LangData,
    doc_date: Option<Date>,
    /// The previous sentence of the same paragraph: `a year earlier` in a sentence that names
    /// no year counts from the year named last there.
    before: Option<&'a str>,
    /// Whether the text is sports news, worked out when first asked (each score candidate
    /// asks: read again for each, a line of many took time growing with its square).
    sports: std::cell::OnceCell<bool>,
    /// The change's two ends read as two figures (`от 23 на 8 грама`, `from 2.6 to 2.9 leva`):
    /// where the start's number ends and where the end's number starts, for what is said of
    /// both after the scan (a rate's period, [`super::rates`]).
    changes: std::cell::RefCell<Vec<(usize, usize)>>,
}

/// Finds the figures of one sentence's text written in `lang`; `doc_date` anchors relative
/// dates (`тази година`) and two-digit decades; `before`, the previous sentence of the same
/// paragraph, the year `a year earlier` counts from when the sentence names none.
pub fn scan(text: &str, lang: Lang, doc_date: Option<Date>, before: Option<&str>) -> Vec<Found> {
    scan_with_changes(text, lang, doc_date, before).0
}

/// [`scan`], and the changes whose two ends it read as two figures: for each, the byte where
/// the start's number ends and the byte where the end's number starts (`от 23` and `8 грама`
/// of `спадна от 23 на 8 грама на литър`).
pub fn scan_with_changes(
    text: &str,
    lang: Lang,
    doc_date: Option<Date>,
    before: Option<&str>,
) -> (Vec<Found>, Vec<(usize, usize)>) {
    let s = Scanner {
        text,
        lang,
        data: data(lang),
        doc_date,
        before,
        sports: std::cell::OnceCell::new(),
        changes: std::cell::RefCell::new(Vec::new()),
    };
    let found = s.run();
    (found, s.changes.into_inner())
}

fn is_year(value: Decimal, plain_digits: usize) -> bool {
    plain_digits == 4 && value >= Decimal::from(1000) && value <= Decimal::from(2199)
}

/// The years a phrase counts back from the year named before it, when `text` is one whole
/// (`година по-рано`, `a year earlier`: 1; [`Scanner::relative_at`] resolves it against that
/// year). Two such phrases of one count say the same thing whichever year each side named
/// before: a year changed there is that year's error, not theirs.
pub fn years_counted_back(text: &str, lang: Lang) -> Option<i32> {
    match data(lang).dates.longest(text, 0)? {
        (&DateRole::RelYearThen(n), e) if e == text.len() => Some(n),
        _ => None,
    }
}

/// Whether the Roman numeral at byte `pos` of `text` counts a century or a part of a year: a
/// century, year, quarter or half word of the dates table follows it, past other numerals
/// joined to it by a hyphen, a dash or a range or list word (`XIV век`, `XIV–XV век`, `XIX и
/// XX век`, `III тримесечие`). Such a numeral is a figure, no name.
pub fn roman_counts_a_date(text: &str, pos: usize, lang: Lang) -> bool {
    roman_date_role(text, pos, lang).is_some()
}

/// The role of the dates table's word that the Roman numeral at `pos` counts, past other
/// numerals joined to it ([`roman_counts_a_date`]): a century, a year or a part of a year.
fn roman_date_role(text: &str, pos: usize, lang: Lang) -> Option<DateRole> {
    let d = data(lang);
    let skip_ws = |at: usize| at + (text[at..].len() - text[at..].trim_start().len());
    let numeral_end = |at: usize| roman_numeral_at(text, at).map(|(end, _)| end);
    let mut end = numeral_end(pos)?;
    // At most a few numerals joined (`XVIII–XIX`, `XIV, XV и XVI век`).
    for _ in 0..4 {
        if text[end..].starts_with(|c: char| is_letter(c) || c.is_ascii_digit()) {
            return None;
        }
        let at = skip_ws(end);
        if at > end {
            if let Some((
                role @ (DateRole::Century | DateRole::Year | DateRole::YearPart { .. }),
                _,
            )) = d.dates.longest(text, at)
            {
                return Some(*role);
            }
        }
        let mark = text[at..]
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '—' | ','));
        let joiner = match mark {
            Some(c) => Some(at + c.len_utf8()),
            None => match d.ranges.longest(text, at) {
                Some((RangeRole::To | RangeRole::And | RangeRole::List, e))
                    if text[e..].starts_with(char::is_whitespace) =>
                {
                    Some(e)
                }
                _ => None,
            },
        };
        end = numeral_end(skip_ws(joiner?))?;
    }
    None
}

/// The Roman numeral written at byte `at` of `text`: where its letters end and its value
/// ([`roman_value`]); `None` where no canonical numeral starts.
/// A Cyrillic capital drawn like a numeral's letter counts as that letter (`ХIХ`, `ХХ`,
/// `XІV`: `latin_lookalikes.tsv`), as a typist writes it.
fn roman_numeral_at(text: &str, at: usize) -> Option<(usize, u32)> {
    let rest = text.get(at..)?;
    let mut latin = String::new();
    let mut len = rest.len();
    for (i, c) in rest.char_indices() {
        let l = roman_letter(c);
        if !matches!(l, Some('I' | 'V' | 'X' | 'L' | 'C')) {
            len = i;
            break;
        }
        latin.extend(l);
    }
    Some((at + len, roman_value(&latin)?))
}

/// The Latin letter of a Roman numeral that `c` is or is drawn like (`Х` → `X`).
pub(crate) fn roman_letter(c: char) -> Option<char> {
    if c.is_ascii() {
        Some(c)
    } else {
        crate::names::tables::latin_lookalike_letter(c)
    }
}

/// Whether `c` may open a Roman numeral (`X`, or the Cyrillic `Х` drawn like it).
fn opens_roman(c: char) -> bool {
    matches!(roman_letter(c), Some('I' | 'V' | 'X' | 'L' | 'C'))
}

/// The value of a Roman numeral in canonical form (`XIX` 19, `XXI` 21), up to 399; `None`
/// for anything else (`IIII`, `IC`, `CIVIL` is no numeral since it has other letters).
fn roman_value(s: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => 0,
    };
    let values: Vec<u32> = s.chars().map(digit).collect();
    let mut total = 0i64;
    for (i, &v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(&next) if next > v => total -= i64::from(v),
            _ => total += i64::from(v),
        }
    }
    let total = u32::try_from(total).ok()?;
    // Only canonical spellings: writing the value back must give the same letters.
    let canonical = {
        let mut out = String::new();
        let mut n = total;
        for (v, r) in [
            (100, "C"),
            (90, "XC"),
            (50, "L"),
            (40, "XL"),
            (10, "X"),
            (9, "IX"),
            (5, "V"),
            (4, "IV"),
            (1, "I"),
        ] {
            while n >= v {
                out.push_str(r);
                n -= v;
            }
        }
        out
    };
    (total > 0 && total < 400 && canonical == s).then_some(total)
}

/// Whether `f` is one span of time (`24 hours`, `10 дни`), a measure in a period unit.
fn is_duration(f: &Found) -> bool {
    f.kind == FigureKind::Measure
        && f.high.is_none()
        && f.unit
            .is_some_and(|u| crate::figures::rates::PERIODS.contains(&u))
}

fn as_u32(d: Decimal) -> Option<u32> {
    if d.fract().is_zero() && d >= Decimal::ZERO && d <= Decimal::from(100_000) {
        d.to_string().parse().ok()
    } else {
        None
    }
}

impl<'a> Scanner<'a> {
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    fn char_before(&self, at: usize) -> Option<char> {
        self.text.get(..at)?.chars().next_back()
    }

    /// The first byte at or after `at` that is not white space.
    fn skip_ws(&self, at: usize) -> usize {
        let rest = self.text.get(at..).unwrap_or("");
        at + (rest.len() - rest.trim_start().len())
    }

    /// `at` past at most one space character.
    fn skip_one_space(&self, at: usize) -> usize {
        match self.char_at(at) {
            Some(c) if c.is_whitespace() => at + c.len_utf8(),
            _ => at,
        }
    }

    fn run(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(c) = self.char_at(pos) {
            let word_start = is_letter(c)
                && !self
                    .char_before(pos)
                    .is_some_and(|b| is_letter(b) || b.is_ascii_digit());
            let symbol =
                c.is_ascii_punctuation() || !c.is_ascii() && !is_letter(c) && !c.is_whitespace();
            // A set phrase (`half-time`, `on cloud nine`): its number word is no quantity.
            if word_start {
                if let Some((_, end)) = self.data.set_phrases.longest(self.text, pos) {
                    pos = end.max(pos + c.len_utf8());
                    continue;
                }
            }
            // Most words open no figure: one set lookup (and the number-words reader) says so.
            let opens = (word_start || symbol) && self.data.may_open(self.text, pos);
            let words = word_start
                && !opens
                && self.data.may_be_number_word(self.text, pos)
                && number_at(&self.text[pos..], self.lang).is_some();
            let special = if c.is_ascii_digit() {
                self.model_at(pos).or_else(|| self.season_year_at(pos))
            } else if word_start && opens_roman(c) {
                self.roman_ordinal_at(pos)
            } else if word_start && matches!(c, 'Q' | 'H') {
                self.year_part_code_at(pos)
            } else {
                None
            };
            if let Some(f) = special {
                pos = f.end;
                out.push(f);
                continue;
            }
            if c.is_ascii_digit() || opens || words {
                let found = self.figure_at(pos);
                if c.is_ascii_digit() {
                    if let Some(word_end) = self.digits_inside_word(pos, found.as_ref()) {
                        pos = word_end;
                        continue;
                    }
                }
                if let Some(f) = found {
                    pos = f.end.max(pos + c.len_utf8());
                    // `5 часа неделя сутринта`: the weekday inside a time is a figure too.
                    let weekday = (f.kind == FigureKind::Time)
                        .then(|| self.weekday_inside(f.start, f.end))
                        .flatten();
                    // `первой половины`, `во второй половине дня` (in the afternoon): a half
                    // an ordinal counts is a period, no share nor half a day; kk `екінші
                    // тоқсанда` (in the second quarter) is no 90 either.
                    let in_words =
                        !self.text[f.start..f.end].contains(|c: char| c.is_ascii_digit());
                    let tiebreak = self.tiebreak_after(&f);
                    if !((f.kind == FigureKind::Fraction || in_words)
                        && self.period_of_ordinal(f.start))
                    {
                        out.push(f);
                    }
                    out.extend(weekday);
                    if let Some((t, end)) = tiebreak {
                        pos = end;
                        out.push(t);
                    }
                    continue;
                }
            }
            if word_start && opens {
                if let Some(f) = self
                    .unit_range_at(pos)
                    .or_else(|| self.relative_at(pos, &out))
                    .or_else(|| self.lone_calendar_at(pos))
                {
                    pos = f.end;
                    out.push(f);
                    continue;
                }
            }
            if is_letter(c) {
                // Skip the rest of the letters: digits inside a word (`WW1`) are still read.
                let rest = &self.text[pos..];
                let n = rest.find(|ch: char| !is_letter(ch)).unwrap_or(rest.len());
                pos += n.max(c.len_utf8());
            } else if c.is_ascii_digit() {
                // Digits that make no figure from their first: their tail makes none either
                // (a run too long for a value would be read again from every digit, the time
                // growing with the square of its length, and its last 28 digits taken).
                let rest = &self.text[pos..];
                pos += rest
                    .find(|ch: char| !ch.is_ascii_digit())
                    .unwrap_or(rest.len());
            } else {
                pos += c.len_utf8();
            }
        }
        self.share_units(&mut out);
        self.unit_to_the_bare_end(&mut out);
        self.compound_scales(&mut out);
        // Inches first: `6-foot-6` is then one height, as `6′6″` and `6 фута и 6 инча` are.
        self.inches_after_feet(&mut out);
        self.compound_durations(&mut out);
        self.dates_of_relative_years(&mut out);
        self.before_era(&mut out);
        self.days_sharing_a_month(&mut out);
        self.year_after_shared_month(&mut out);
        self.pounds_of_weight(&mut out);
        out
    }

    /// A model's or flight's number at the digit `pos` ([`models`]): `Boeing 737-800`,
    /// `Ту-154М`, `рейс J2-8243`.
    fn model_at(&self, pos: usize) -> Option<Found> {
        if self.char_before(pos).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let (start, end, value, high) = models::model_at(self.text, pos)?;
        Some(Found {
            start,
            end,
            kind: FigureKind::Model,
            value,
            high,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
        })
    }

    /// Digits glued to a word of three letters or more that the grammar reads as no unit,
    /// suffix or marker (the figure found, if any, ends with the digits), when that makes
    /// them part of a word or name: letters on both sides (a typo's `по0сериозен`), a Latin
    /// word after (`247sports`), or a lone zero, the letter `о` mistyped (`0ведены`). No
    /// figure then; returns where the word ends. `20mph`, `5th`, `1980s`, `WW1` stay
    /// figures, and so does a count whose space was lost (`300души`).
    fn digits_inside_word(&self, at: usize, found: Option<&Found>) -> Option<usize> {
        let rest = self.text.get(at..)?;
        let digits_len = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let digits_end = at + digits_len;
        if found.is_some_and(|f| f.end > digits_end) {
            return None;
        }
        let after = self.text.get(digits_end..)?;
        let letters_len = after.find(|c: char| !is_letter(c)).unwrap_or(after.len());
        let letters = after.get(..letters_len)?;
        if letters.chars().count() < 3 {
            return None;
        }
        let inside = self.char_before(at).is_some_and(is_letter);
        let latin = letters.chars().all(|c| c.is_ascii_alphabetic());
        let zero = rest.get(..digits_len) == Some("0");
        (inside || latin || zero).then_some(digits_end + letters_len)
    }

    /// `550 фунт (249 кг)`: a pound the text converts to kilograms in brackets right after
    /// is a weight, not money (the word is one in most languages); so are pounds in brackets
    /// right after a mass, the text's own conversion of it (`512 kg (1,129 pounds)`).
    fn pounds_of_weight(&self, found: &mut [Found]) {
        let pounds = |f: &Found| f.kind == FigureKind::Money && f.unit == Some("GBP");
        let mass =
            |f: &Found| f.kind == FigureKind::Measure && matches!(f.unit, Some("kg" | "g" | "t"));
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let bracketed = a.end <= b.start && self.text[a.end..b.start].trim() == "(";
            if !bracketed {
                continue;
            }
            let at = if pounds(a) && mass(b) {
                i - 1
            } else if mass(a) && pounds(b) {
                i
            } else {
                continue;
            };
            found[at].kind = FigureKind::Measure;
            found[at].unit = Some("lb");
        }
    }

    /// Whether the word at `at` is the period word an ordinal before it takes (`первой
    /// половины`, `the first half`, `бірінші жартысына`, kk `екінші тоқсанда`): then it is no
    /// share nor number. Asked of fractions and figures in words only, so the words reader runs
    /// once more per such figure at most.
    fn period_of_ordinal(&self, at: usize) -> bool {
        // A space or a hyphen between (`first-half`); an apostrophe inside the word (`п’ятій`).
        let before = self.text[..at].trim_end_matches(|c: char| c.is_whitespace() || c == '-');
        if before.len() == at {
            return false;
        }
        let Some(start) = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_letter(c) || matches!(c, '\'' | '’' | 'ʼ'))
            .last()
            .map(|(i, _)| i)
        else {
            return false;
        };
        number_at(&self.text[start..], self.lang)
            .is_some_and(|n| n.kind == WordsKind::Ordinal && start + n.len > at)
    }

    /// Whether a number of the next smaller unit of `larger`'s (`compound_units.tsv`) comes
    /// right after it, alone or after an `and` word: `час и 48 минути`, `hour and 48 minutes`.
    fn smaller_part_after(&self, larger: &Quantity) -> bool {
        let Some(unit) = larger.unit else {
            return false;
        };
        let mut at = self.skip_ws(larger.end);
        if let Some((&RangeRole::And, e)) = self.data.ranges.longest(self.text, at) {
            at = self.skip_ws(e);
        }
        if !self.char_at(at).is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        // A part as large as the unit (`an hour and 90 minutes later`) is a figure of its own.
        self.quantity(at, None).is_some_and(|small| {
            small
                .unit
                .and_then(|u| compound_per(unit, u))
                .is_some_and(|(per, _)| small.value < per)
        })
    }

    /// The role of the range word that is the whole of `between`, the text between two
    /// figures (`и`, `or`, `та`), if it is one.
    fn range_word_between(&self, between: &str) -> Option<RangeRole> {
        match self.data.ranges.longest(between, 0) {
            Some((&role, e)) if e == between.len() => Some(role),
            _ => None,
        }
    }

    /// `в декабре этого года`, `през март догодина`, `in March next year`, kk `келесі
    /// жылдың наурызында`: a month (or a day and month) of no year beside a year said in
    /// words relative to the document's date, with only white space between, is one date of
    /// that year (`2025-12`), as `декември 2025 г.` is; it was a month and a year apart.
    fn dates_of_relative_years(&self, found: &mut Vec<Found>) {
        let yearless = |f: &Found| {
            f.kind == FigureKind::Date && f.date.is_some_and(|d| d.year == 0 && d.month.is_some())
        };
        let relative_year = |f: &Found| {
            f.kind == FigureKind::Year
                && f.date.is_some()
                && !self.text[f.start..f.end].contains(|c: char| c.is_ascii_digit())
        };
        let mut i = 0;
        while i + 1 < found.len() {
            let (a, b) = (&found[i], &found[i + 1]);
            let apart = a.end > b.start || !self.text[a.end..b.start].trim().is_empty();
            let pair = if yearless(a) && relative_year(b) {
                a.date.zip(b.date)
            } else if relative_year(a) && yearless(b) {
                b.date.zip(a.date)
            } else {
                None
            };
            let (Some((date, year)), false) = (pair, apart) else {
                i += 1;
                continue;
            };
            let end = b.end;
            let merged = &mut found[i];
            merged.kind = FigureKind::Date;
            merged.value = Decimal::from(year.year);
            merged.date = Some(DateValue {
                year: year.year,
                ..date
            });
            merged.end = end;
            found.remove(i + 1);
            i += 1;
        }
    }

    /// `между 10 и 12 април`, `10-12 сәуір`, `с 10 по 12 апреля`, `April 10 and 12`: a bare
    /// day (one or two digits, below the other day) joined by a dash or a range or list word
    /// to a date that names the month is a date of the same month and year; it was read as a
    /// plain number, so that each side paired a day with the other side's date. The day after
    /// a month-first date (`April 10 and 12`) must end the clause, so that `April 10 and 12
    /// people` keeps its count.
    fn days_sharing_a_month(&self, found: &mut [Found]) {
        let bare_day = |f: &Found| {
            let text = &self.text[f.start..f.end];
            f.kind == FigureKind::Number
                && f.unit.is_none()
                && f.scale.is_none()
                && f.high.is_none()
                && f.approx == Approx::Exact
                && (1..=2).contains(&text.len())
                && text.bytes().all(|b| b.is_ascii_digit())
        };
        let day_of = |f: &Found| {
            f.date
                .filter(|d| f.kind == FigureKind::Date && d.month.is_some())
                .and_then(|d| d.day.map(|day| (d, day)))
        };
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            if a.end > b.start {
                continue;
            }
            let between = self.text[a.end..b.start].trim();
            let joined = matches!(between, "-" | "–" | "—")
                || matches!(
                    self.range_word_between(between),
                    Some(RangeRole::To | RangeRole::And | RangeRole::List)
                );
            if !joined {
                continue;
            }
            let (day_index, date, day) = if let (true, Some((date, day))) = (bare_day(a), day_of(b))
            {
                (i - 1, date, day)
            } else if let (Some((date, day)), true) = (day_of(a), bare_day(b)) {
                let month_first = self.text[a.start..a.end].starts_with(is_letter)
                    && self.text[..a.end].ends_with(|c: char| c.is_ascii_digit());
                let after = self.skip_ws(b.end);
                let clause_ends = self.char_at(after).is_none_or(|c| !c.is_alphanumeric());
                // `July 7-8 summit`: a dash with no space joins two days, whatever follows.
                let tight = matches!(&self.text[a.end..b.start], "-" | "–");
                if !(month_first && (clause_ends || tight)) {
                    continue;
                }
                (i, date, day)
            } else {
                continue;
            };
            let bare = as_u32(found[day_index].value).unwrap_or(0);
            let ascending = if day_index < i {
                bare < day
            } else {
                bare > day
            };
            if bare == 0 || bare > 31 || !ascending {
                continue;
            }
            let f = &mut found[day_index];
            f.kind = FigureKind::Date;
            f.value = Decimal::from(date.year);
            f.date = Some(DateValue {
                day: Some(bare),
                ..date
            });
        }
    }

    /// `from March 11 to 28, 2027`, `March 11-28, 2027`: the year after a comma that ends a
    /// month-first range of days (its second day a bare number [`Self::days_sharing_a_month`]
    /// made a date) is both days' year, as `March 31, 2027` is one date; it was a number
    /// 2027, and both days dates of no year.
    fn year_after_shared_month(&self, found: &mut Vec<Found>) {
        let mut i = 1;
        while i + 1 < found.len() {
            let (a, b, y) = (&found[i - 1], &found[i], &found[i + 1]);
            let yearless_day = |f: &Found| {
                f.kind == FigureKind::Date && f.date.is_some_and(|d| d.year == 0 && d.day.is_some())
            };
            let year_text = &self.text[y.start..y.end];
            let fits = yearless_day(a)
                && yearless_day(b)
                && a.date.map(|d| d.month) == b.date.map(|d| d.month)
                && self.text[a.start..a.end].starts_with(is_letter)
                && self.text[b.start..b.end]
                    .bytes()
                    .all(|c| c.is_ascii_digit())
                && a.end <= b.start
                && b.end <= y.start
                && self.text[b.end..y.start].trim() == ","
                && y.kind == FigureKind::Number
                && y.unit.is_none()
                && year_text.len() == 4
                && year_text.bytes().all(|c| c.is_ascii_digit())
                && (1000..=2999).contains(&as_u32(y.value).unwrap_or(0));
            if !fits {
                i += 1;
                continue;
            }
            let year = as_u32(y.value)
                .and_then(|v| i32::try_from(v).ok())
                .unwrap_or(0);
            let end = y.end;
            for f in &mut found[i - 1..=i] {
                f.value = Decimal::from(year);
                if let Some(d) = f.date.as_mut() {
                    d.year = year;
                }
            }
            found[i].end = end;
            found.remove(i + 1);
            i += 1;
        }
    }

    /// `1 млн 154 тыс.`, `1 млрд 200 млн долларов` (ru, kk, uk press), `2 хиляди и 500
    /// лева`: a bare number with a scale word right before (or joined by an `and` word to) a
    /// number with a smaller scale word or none, the smaller part less than one of the larger
    /// scale, is one figure, their sum, with what the second part
    /// carries (its currency or unit) and the first's qualifier (`более 2 млн 300 тыс.`).
    fn compound_scales(&self, found: &mut Vec<Found>) {
        let mut i = 0;
        while i + 1 < found.len() {
            let (a, b) = (&found[i], &found[i + 1]);
            // Joined by nothing or an `and` word (bg `3 милиона и 200 хиляди`).
            let joined = a.end <= b.start && {
                let between = self.text[a.end..b.start].trim();
                between.is_empty() || self.range_word_between(between) == Some(RangeRole::And)
            };
            // The second part with no scale word is a whole count, sum or measure below one
            // of the first's scale: bg `2 хиляди и 500 лева`, ru `2 тыс. 500 рублей`, kk `2
            // мың 500 теңге` (2,500).
            let bare_rest = b.scale.is_none()
                && matches!(
                    b.kind,
                    FigureKind::Number | FigureKind::Money | FigureKind::Measure
                )
                && b.value.fract().is_zero()
                && b.value > Decimal::ZERO;
            let fits = match (a.scale, b.scale) {
                (Some(big), small) => {
                    small.map_or(bare_rest, |small| small < big)
                        && a.kind == FigureKind::Number
                        && a.high.is_none()
                        && b.high.is_none()
                        && b.approx == Approx::Exact
                        && joined
                        && b.value < big
                        && (a.value / big).fract().is_zero()
                }
                _ => false,
            };
            let sum = fits.then(|| a.value.checked_add(b.value)).flatten();
            let Some(value) = sum else {
                i += 1;
                continue;
            };
            let (approx, scale) = (a.approx, a.scale);
            let start = a.start;
            let mut merged = found.remove(i + 1);
            merged.start = start;
            merged.value = value;
            merged.approx = approx;
            merged.scale = scale;
            found[i] = merged;
            i += 1;
        }
    }

    /// `4 години и 6 месеца`, `4 года 6 месяцев`, `2 hours and 30 minutes`: a duration in a
    /// larger unit followed by fewer than one of it in the next smaller unit
    /// (`src/lang/compound_units.tsv`), joined by nothing, a comma or an `and` word, is one
    /// duration in the larger unit, as a translator writes it (`4.5 year`), rounded to four
    /// places where it does not end (`1 година и 4 месеца` → `1.3333 year`): always the
    /// larger unit, so that two such durations meet in one unit and differ by their value,
    /// not within a conversion's rounding (`12 часа и 50 минути` against `12 hours 30
    /// minutes`). An age in years takes its months the same way and stays an age; a share
    /// in words after `and` adds to it (`4 години и половина` → `4.5 year`).
    fn compound_durations(&self, found: &mut Vec<Found>) {
        let whole = |f: &Found| f.high.is_none() && f.scale.is_none() && f.value.fract().is_zero();
        let mut i = 0;
        // After a join, the unit of the part last joined and how many of it make one of the
        // joined figure's unit, so that a third part joins too (`2 hours 6 minutes 12
        // seconds`: 2.1033 hour).
        let mut chain: Option<(&'static str, Decimal)> = None;
        while i + 1 < found.len() {
            let (a, b) = (&found[i], &found[i + 1]);
            let larger = match (chain, a.kind) {
                (Some((last, _)), _) => Some(last),
                (None, FigureKind::Measure) => a.unit,
                (None, FigureKind::Age) => Some("year"),
                _ => None,
            };
            let per = larger.zip(b.unit).and_then(|(l, s)| compound_per(l, s));
            let joiner = per.map_or(Joiner::Comma, |(_, j)| j);
            let per = per.map(|(per, _)| per);
            // A case ending after a hyphen (kk `3 м-ге 80 см`, by 80 cm) marks two dimensions.
            let hyphened = self.text[a.start..a.end]
                .trim_start_matches(|c: char| !c.is_alphabetic())
                .split_once('-')
                .is_some_and(|(_, ending)| ending.starts_with(char::is_alphabetic));
            let joined = a.end <= b.start && !hyphened && {
                let between = self.text[a.end..b.start].trim();
                between.is_empty()
                    || (between == "," && joiner == Joiner::Comma)
                    || (between == "-" && joiner == Joiner::Hyphen)
                    || self.range_word_between(between) == Some(RangeRole::And)
            };
            // `4 години и половина` (four years and a half): a share in words after an
            // `and` word adds to the duration.
            let and_a_share = joined
                && larger.is_some()
                && whole(a)
                && matches!(b.kind, FigureKind::Number | FigureKind::Fraction)
                && b.unit.is_none()
                && b.high.is_none()
                && b.value > Decimal::ZERO
                && b.value < Decimal::ONE
                && !matches!(self.text[a.end..b.start].trim(), "" | ",")
                && !self.text[b.start..b.end].contains(|c: char| c.is_ascii_digit());
            let with_share = a.value.checked_add(b.value);
            if let (true, Some(value)) = (and_a_share, with_share) {
                let end = b.end;
                found[i].value = value;
                found[i].end = end;
                found.remove(i + 1);
                i += 1;
                chain = None;
                continue;
            }
            let fits = b.kind == FigureKind::Measure
                && b.approx == Approx::Exact
                && (whole(a) || chain.is_some())
                && whole(b)
                && b.value > Decimal::ZERO;
            let (Some(per), true, true) = (per, joined, fits) else {
                i += 1;
                chain = None;
                continue;
            };
            if b.value >= per {
                i += 1;
                chain = None;
                continue;
            }
            let total = chain.map_or(per, |(_, before)| before * per);
            let Some(value) = a.value.checked_add((b.value / total).round_dp(4)) else {
                i += 1;
                chain = None;
                continue;
            };
            let (end, smaller) = (b.end, b.unit);
            let a = &mut found[i];
            a.value = value;
            a.end = end;
            found.remove(i + 1);
            chain = smaller.map(|u| (u, total));
            if chain.is_none() {
                i += 1;
            }
        }
    }

    /// `6-foot-6`: a bare number written right after a number of feet and a hyphen is the
    /// inches of the same height (`6′6″`, `6 фута и 6 инча`).
    fn inches_after_feet(&self, found: &mut [Found]) {
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let feet = a.kind == FigureKind::Measure && a.unit == Some("ft") && a.high.is_none();
            let bare = b.kind == FigureKind::Number && b.high.is_none() && b.scale.is_none();
            if feet && bare && a.end == b.start && self.text[..a.end].ends_with('-') {
                found[i].kind = FigureKind::Measure;
                found[i].unit = Some("in");
            }
        }
    }

    /// `200 и 400 метра`, `5, 6 or 7 %`: a bare number joined to the next figure by a comma
    /// or a list word takes that figure's unit and scale. Right to left, so a unit reaches
    /// back along a whole list.
    fn share_units(&self, found: &mut [Found]) {
        // Which figure took its unit from the next one (`17, 18 и 20 лет`).
        let mut joined_next = vec![false; found.len()];
        for i in (0..found.len().saturating_sub(1)).rev() {
            let (a, b) = (&found[i], &found[i + 1]);
            // An age said by a word alone (en `aged 9`) is in years only for want of a unit:
            // the unit at the end of its list is its own (`aged 9 and 14 months`).
            let bare_age = a.kind == FigureKind::Age
                && matches!(b.unit, Some("month" | "week" | "day"))
                && !self.text[a.start..a.end].contains(char::is_alphabetic);
            let bare =
                (a.kind == FigureKind::Number || bare_age) && a.high.is_none() && a.scale.is_none();
            let carries = matches!(
                b.kind,
                FigureKind::Percent
                    | FigureKind::PercentPoints
                    | FigureKind::Money
                    | FigureKind::Measure
            ) || (b.kind == FigureKind::Number && b.scale.is_some());
            if !bare || !carries || a.end > b.start {
                continue;
            }
            let between = self.text[a.end..b.start].trim();
            // A comma alone joins only inside a list that goes on to a list word (`5, 6 or
            // 7 %`): before the figure that carries its own unit it is an apposition's comma
            // (`Dimitrov, 41, 5,000 leva`: an age, then the fine).
            let joined = (between == "," && joined_next[i + 1])
                || between == "&"
                || matches!(
                    self.range_word_between(between),
                    Some(RangeRole::And | RangeRole::List)
                );
            if !joined {
                continue;
            }
            let (kind, unit, scale) = (b.kind, b.unit, b.scale);
            let a = &mut found[i];
            if let Some(s) = scale {
                match a.value.checked_mul(s) {
                    Some(v) => a.value = v,
                    None => continue,
                }
            }
            a.kind = kind;
            a.unit = unit;
            a.scale = scale;
            joined_next[i] = true;
        }
        // `в возрасте 17, 18 и 20 лет`: the age word before the list makes every item an age.
        let mut i = 0;
        while i < found.len() {
            let list_of_years = joined_next[i]
                && found[i].kind == FigureKind::Measure
                && found[i].unit == Some("year");
            if !list_of_years || !self.prep_before(found[i].start, DateRole::AgePrep) {
                i += 1;
                continue;
            }
            loop {
                if found[i].kind == FigureKind::Measure && found[i].unit == Some("year") {
                    found[i].kind = FigureKind::Age;
                    found[i].unit = Some("age");
                }
                let more = joined_next[i];
                i += 1;
                if !more || i >= found.len() {
                    break;
                }
            }
        }
    }

    /// `from 120 days to 45`, `от 120 дни до 45.`: the end of a change written as a bare number
    /// after the `to` word, with nothing counted after it, is in the unit of the start (a
    /// list shares a unit backwards, [`Self::share_units`]; a change's start carries it on).
    fn unit_to_the_bare_end(&self, found: &mut [Found]) {
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let carries = matches!(
                a.kind,
                FigureKind::Percent
                    | FigureKind::PercentPoints
                    | FigureKind::Money
                    | FigureKind::Measure
            ) && a.high.is_none();
            let bare = b.kind == FigureKind::Number && b.high.is_none() && b.scale.is_none();
            if !carries || !bare || a.end > b.start {
                continue;
            }
            let to =
                self.range_word_between(self.text[a.end..b.start].trim()) == Some(RangeRole::To);
            let start = super::change_ends::change_end(
                self.text,
                a.start,
                &self.text[a.start..a.end],
                self.lang,
            ) == Some(super::change_ends::ChangeEnd::Start);
            // Nothing counted after the end: a mark or the sentence's end.
            let ends = self.text[b.end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '!' | '?'));
            if to && start && ends {
                let (kind, unit) = (a.kind, a.unit);
                found[i].kind = kind;
                found[i].unit = unit;
            }
        }
    }

    /// `SS19`, `AW20`: a season code of the table right before two digits that end the word
    /// is the year 2019, 2020 (fashion collections).
    fn season_year_at(&self, pos: usize) -> Option<Found> {
        if self.data.season_codes.is_empty() || !self.char_before(pos).is_some_and(is_letter) {
            return None;
        }
        let before = &self.text[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_letter(*c))
            .last()
            .map(|(i, _)| i)?;
        if !self.data.season_codes.contains(&&self.text[start..pos]) {
            return None;
        }
        let bytes = self.text.as_bytes();
        let end = pos + 2;
        let two_digits = bytes
            .get(pos..end)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        if !two_digits
            || self
                .char_at(end)
                .is_some_and(|c| is_letter(c) || c.is_ascii_digit())
        {
            return None;
        }
        // Season codes are this century's (the first collections so named are from the 2000s).
        let year = 2000 + i32::from(bytes[pos] - b'0') * 10 + i32::from(bytes[pos + 1] - b'0');
        Some(Found {
            start,
            end,
            kind: FigureKind::Year,
            value: Decimal::from(year),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: Some(DateValue {
                year,
                month: None,
                day: None,
            }),
        })
    }

    /// A century or a year before our era (`V в. пр.Хр.`, `5th century BC`, `VI века до н.
    /// э.`, `334 г. пр.Хр.`, kk `б.з.д. V ғасыр`): the dates table's `before_era` words right
    /// after it (past a century or year word) or, where the language writes them first, right
    /// before it make its value negative, so that a century before our era meets only one
    /// before it and a dropped `пр.Хр.` is a figure that differs.
    fn before_era(&self, found: &mut [Found]) {
        let d = self.data;
        for f in found.iter_mut() {
            if !matches!(
                f.kind,
                FigureKind::Ordinal | FigureKind::Year | FigureKind::Number
            ) || f.value <= Decimal::ZERO
                || !f.value.fract().is_zero()
                || f.high.is_some()
                || f.date.is_some_and(|d| d.month.is_some())
            {
                continue;
            }
            let mut at = self.skip_ws(f.end);
            if let Some((DateRole::Century | DateRole::Year, e)) = d.dates.longest(self.text, at) {
                at = self.skip_ws(e);
            }
            let after = match d.dates.longest(self.text, at) {
                Some((DateRole::BeforeEra, e)) => Some(e),
                _ => None,
            };
            // Before the figure: an era phrase whose end is the figure's start, past spaces.
            let head = self.text[..f.start].trim_end();
            let before = after.is_none()
                && head.len() < f.start
                && head
                    .char_indices()
                    .rev()
                    .take(48)
                    .filter(|&(i, _)| {
                        i == 0 || self.char_before(i).is_some_and(char::is_whitespace)
                    })
                    .any(|(i, _)| {
                        matches!(d.dates.longest(self.text, i),
                            Some((DateRole::BeforeEra, e)) if e == head.len())
                    });
            if after.is_none() && !before {
                continue;
            }
            f.value = -f.value;
            if let Some(date) = f.date.as_mut() {
                date.year = -date.year;
            }
        }
    }

    /// `XIX век`, `XIX ғасырда`: a Roman numeral before a century word is the century's
    /// ordinal (19), as other languages write it in digits (`19 век`, `19th century`); before a
    /// quarter or half word it names that part of a year (`III тримесечие`: `Q3`).
    fn roman_ordinal_at(&self, pos: usize) -> Option<Found> {
        let (end, value) = roman_numeral_at(self.text, pos)?;
        let len = end - pos;
        if len == 0
            || self
                .char_at(end)
                .is_some_and(|c| is_letter(c) || c.is_ascii_digit())
        {
            return None;
        }
        let word = self.skip_ws(pos + len);
        if word == pos + len {
            return self.roman_first_century(pos, end, value);
        }
        match self.data.dates.longest(self.text, word) {
            Some((DateRole::YearPart { .. }, _)) => {
                self.year_part(pos, pos + len, Decimal::from(value))
            }
            Some((DateRole::Century, _)) => Some(century_found(pos, pos + len, value)),
            _ => self.roman_first_century(pos, end, value),
        }
    }

    /// The first of several Roman numerals before one century word (`XIV–XV век`, `XIV и XV
    /// век`, `XIV, XV и XVI век`), a century as the last is: joined by a dash to the numeral
    /// right before the word, the two are one range (`XIV–XV` 14..15, as `14–15 век` reads);
    /// joined otherwise, it is a century of its own (the next numeral is read by itself).
    fn roman_first_century(&self, pos: usize, end: usize, value: u32) -> Option<Found> {
        if self
            .char_at(end)
            .is_some_and(|c| is_letter(c) || c.is_ascii_digit())
            || !matches!(
                roman_date_role(self.text, pos, self.lang),
                Some(DateRole::Century)
            )
        {
            return None;
        }
        let mut found = century_found(pos, end, value);
        let at = self.skip_ws(end);
        if let Some(dash) = self.char_at(at).filter(|c| matches!(c, '-' | '–' | '—')) {
            let next = self.skip_ws(at + dash.len_utf8());
            if let Some((next_end, high)) = roman_numeral_at(self.text, next) {
                let word = self.skip_ws(next_end);
                let century = word > next_end
                    && matches!(
                        self.data.dates.longest(self.text, word),
                        Some((DateRole::Century, _))
                    );
                if century && high > value {
                    found.end = next_end;
                    found.high = Some(Decimal::from(high));
                }
            }
        }
        Some(found)
    }

    /// A quarter or half of a year named by the ordinal `value` at `start..end`
    /// (`третото тримесечие`, `3-то тримесечие`, `III квартал`, `the first half`): the
    /// dates table's `quarter` or `half_year` word is the ordinal's last word (the number
    /// words take a period word with them) or the word after it.
    fn year_part(&self, start: usize, end: usize, value: Decimal) -> Option<Found> {
        let last_word = self.text[start..end]
            .rfind(char::is_whitespace)
            .map(|i| self.skip_ws(start + i));
        let (parts, word_end) = [last_word, Some(self.skip_ws(end))]
            .into_iter()
            .flatten()
            .filter(|&w| w > start)
            .find_map(|w| match self.data.dates.longest(self.text, w) {
                Some((&DateRole::YearPart { parts }, e))
                    if !self.char_at(e).is_some_and(is_letter) =>
                {
                    Some((parts, e))
                }
                _ => None,
            })?;
        let n = as_u32(value).filter(|&n| n >= 1 && n <= u32::from(parts))?;
        // `the first half of October`, `първата половина на октомври`, `первой половине
        // дня`: a part of a month or a day, the next word or the one after it says.
        let next_word = self.skip_ws(word_end);
        let word_after = self.text[next_word..]
            .find(char::is_whitespace)
            .map(|i| self.skip_ws(next_word + i));
        let of_month_or_day = |at: usize| {
            self.data.months.longest(self.text, at).is_some()
                || matches!(
                    self.data.dates.longest(self.text, at),
                    Some((
                        DateRole::Am | DateRole::Pm | DateRole::AmTail | DateRole::PmTail,
                        _
                    ))
                )
        };
        // Kazakh puts the whole first: `қазанның бірінші жартысында`.
        let before = self.text[..start].trim_end();
        let word_before = word_start(before, is_letter);
        if of_month_or_day(next_word)
            || word_after.is_some_and(of_month_or_day)
            || word_before.is_some_and(of_month_or_day)
        {
            return None;
        }
        Some(year_part_found(start, word_end.max(end), n, parts))
    }

    /// `Q3`, `H1`: a quarter or half of a year in the notation of finance, in any language.
    fn year_part_code_at(&self, pos: usize) -> Option<Found> {
        let rest = &self.text.as_bytes()[pos..];
        let parts = match rest.first()? {
            b'Q' => 4,
            b'H' => 2,
            _ => return None,
        };
        let n = rest
            .get(1)
            .filter(|d| d.is_ascii_digit())?
            .wrapping_sub(b'0');
        let word_char = |c: char| is_letter(c) || c.is_ascii_digit();
        if n < 1
            || n > parts
            || self.char_at(pos + 2).is_some_and(word_char)
            || self.char_before(pos).is_some_and(word_char)
        {
            return None;
        }
        Some(year_part_found(pos, pos + 2, u32::from(n), parts))
    }

    /// A figure starting at `pos`, with its qualifiers and range.
    fn figure_at(&self, pos: usize) -> Option<Found> {
        let d = self.data;
        let mut p = pos;
        let mut approx = Approx::Exact;
        let mut qual_start = None;
        let mut qualified = false;
        // Where the `до` of a verb of sending starts (`изпратени до`), when one came first.
        let mut sent_to = None;
        let mut from = false;
        // Where a range word before the number starts (`между` in `децата между 11 и 18
        // години`), for an age word before it; the number's start when there is none.
        let mut lead = usize::MAX;
        // Where a minus word or sign starts (`минус 15`, `около -15 °C`).
        let mut minus_at = None;
        for _ in 0..3 {
            if minus_at.is_none() {
                if let Some((&minus, e)) = d.sign_before.longest(self.text, p) {
                    if e > p && minus {
                        minus_at = Some(p);
                        p = self.skip_ws(e);
                        continue;
                    }
                }
            }
            if !qualified {
                if let Some((&a, e)) = d.qualifiers_before.longest(self.text, p) {
                    if e > p {
                        qualified = true;
                        approx = a;
                        sent_to = d
                            .sent_to_verbs
                            .longest(self.text, p)
                            .filter(|&(_, x)| x == e)
                            .and_then(|_| self.text[p..e].rfind(char::is_whitespace))
                            .map(|w| self.skip_ws(p + w));
                        if a != Approx::Exact {
                            qual_start = Some(p);
                        }
                        p = self.skip_ws(e);
                        continue;
                    }
                }
            }
            if !from {
                if let Some((&RangeRole::From, e)) = d.ranges.longest(self.text, p) {
                    from = true;
                    lead = p;
                    p = self.skip_ws(e);
                    continue;
                }
            }
            break;
        }
        // `приблизно о 04:00`: a qualifier, then the clock preposition.
        // (Only before a clock time, or a number a date word follows, `майже о 7 ранку`: en
        // `estimated at $14 billion`, `at 18.5 bln` keep `at` a word.)
        if qualified {
            if let Some((DateRole::ClockPrep, e)) = d.dates.longest(self.text, p) {
                let n = self.skip_ws(e);
                let clock = match literal_at(self.text, n, d, false) {
                    Some(Literal::Number { end, .. }) => {
                        end > n && d.dates.longest(self.text, self.skip_ws(end)).is_some()
                            || dotted_clock(self.text, n).is_some()
                    }
                    Some(Literal::Clock { .. }) => true,
                    _ => dotted_clock(self.text, n).is_some(),
                };
                if clock {
                    p = n;
                }
            }
        }
        if minus_at.is_none() {
            minus_at = self.minus_sign_at(p, pos);
            if minus_at.is_some_and(|m| m >= p) {
                p = self.skip_ws(p + self.char_at(p).map_or(0, char::len_utf8));
            }
        }
        if approx == Approx::UpTo
            && qual_start
                .is_some_and(|qs| self.to_verb_before(qs) || self.change_noun_from_before(qs))
            && !self.fallen_noun_after(p)
        {
            approx = Approx::Exact;
            qual_start = None;
        }
        // `над Четирите ъгъла` (over the Four Corners), `под двете знамена`: before a number
        // with the definite article a bound word is a preposition.
        if matches!(approx, Approx::Over | Approx::Under)
            && number_at(&self.text[p..], self.lang).is_some_and(|n| n.definite)
        {
            approx = Approx::Exact;
            qual_start = None;
        }
        if let Some(f) = self.month_first_date(p) {
            return Some(f);
        }
        // A time of day keeps `около`, `почти`, `над`, `about` (`около 04:00`); `до 15:00` is
        // "until", no qualifier; years and dates keep none (`до 2030 г.`: by 2030).
        let time_qualifier = |a: Approx| !matches!(a, Approx::UpTo);
        if let Some(mut f) = self.clock_word_first(p) {
            if f.kind == FigureKind::Time && time_qualifier(approx) {
                if let Some(qs) = qual_start {
                    f.approx = approx;
                    f.start = qs;
                }
            }
            return Some(f);
        }
        let (currency, num_at) = self.currency_before(p);
        let first = self.quantity(num_at, currency)?;
        // Sent to a measure or a sum is sent up to it; to a bare count, to those counted.
        if let Some(upto) = sent_to.filter(|_| first.unit.is_some() || currency.is_some()) {
            approx = Approx::UpTo;
            qual_start = Some(upto);
        }
        let mut start = qual_start.unwrap_or(if currency.is_some() { p } else { first.start });
        let keeps_qualifier = first.kind == FigureKind::Time && time_qualifier(approx);
        if first.is_calendar() && !keeps_qualifier {
            approx = Approx::Exact;
            start = if currency.is_some() { p } else { first.start };
        }
        let mut first = first;
        if first.kind == FigureKind::Ordinal && currency.is_none() {
            if let Some(f) = self.year_part(first.start, first.end, first.value) {
                return Some(f);
            }
        }
        if first.kind == FigureKind::Number
            && !qualified
            && is_year(first.value, first.plain_digits)
            && self.prep_before(first.start, DateRole::YearPrep)
        {
            first.kind = FigureKind::Year;
        }
        // `на 52 г.`, `aged 52`, `децата между 11 и 18 години`: an age.
        // (Years counted one by one: `two decades` after a comma is no age.)
        let years = first.kind == FigureKind::Measure
            && first.unit == Some("year")
            && !first.lone
            && first.factor == Decimal::ONE;
        if (years
            && !self.term_verb_before(first.start)
            && (self.prep_before(first.start, DateRole::AgePrep)
                || (lead < first.start && self.prep_before(lead, DateRole::AgePrep))
                || qual_start.is_some_and(|qs| self.prep_before(qs, DateRole::AgePrep))
                || self.in_apposition(first.start, first.end)))
            || (first.kind == FigureKind::Number
                && self.prep_before(first.start, DateRole::AgeWord))
        {
            first.kind = FigureKind::Age;
            first.unit = Some("age");
        }
        if let Some(f) = self.share_after(&first, start, from) {
            return Some(f);
        }

        if currency.is_none() && approx == Approx::Exact {
            if let Some(f) = self.score_after(&first, start, from) {
                return Some(f);
            }
        }
        let first_minus = minus_at.is_some() && takes_sign(first.kind);
        // Where the figure opens, its currency sign included (`rose from $14 billion`).
        let opens = if currency.is_some() { p } else { first.start };
        // A noun of change right before the `from` word (`ръстът от 3% до 5%`) counts as a verb.
        let noun_before_from = from && self.change_noun_before(lead);
        // `в рамките на 2,8% до 3,4%`, uk `у межах від 2,8% до 3,4%`: a range, whatever verb.
        let framed = self.range_frame_before(if from { lead } else { opens });
        let range = self.range_after(
            &mut first,
            (from, opens, noun_before_from, framed),
            currency,
            first_minus,
        );
        let ranged = range.is_some();
        if range.is_none() && first.words && first.scale.is_none() {
            // Word ordinals (`първата`, `first`) are rarely figures a reader checks; `един`,
            // `една година`, `one`, `two`, `двете` (both) are mostly determiners; and a scale
            // word alone (`хиляди`, `thousands`) is a manner of speaking, not a count.
            let small = first.value <= Decimal::TWO && first.kind == FigureKind::Number;
            // (A unit word alone is kept: `за сутки`, 24 hours.)
            // (`един час и 48 минути`, `one hour and 48 minutes`: the one is a duration's
            // first part, which `compound_durations` joins to the next.)
            let small_measure = first.value == Decimal::ONE
                && first.unit.is_some()
                && !first.lone
                && !self.smaller_part_after(&first);
            // After a qualifier the lone scale word is one of it: ru `свыше тысячи` (over a
            // thousand), against `тысячи людей` (thousands of people).
            // A scale word with a fraction after it is a count (`милион и половина`).
            // So after one placed after it: kk `мыңға жуық` (nearly a thousand), `мыңнан астам`.
            let qualified_after = d
                .qualifiers_after
                .longest(self.text, self.skip_ws(first.end))
                .is_some_and(|(&a, _)| a != Approx::Exact);
            let bare_scale = self
                .data
                .scales
                .longest(self.text, first.start)
                .is_some_and(|(_, e)| e >= first.end)
                && first.ambiguous
                && approx == Approx::Exact
                && !qualified_after;
            // An approximate word with another reading, with no qualifier: ru `сотни
            // людей` (hundreds of people) against `около сотни` (about a hundred).
            let bare_about = first.about && first.ambiguous && approx == Approx::Exact;
            if first.kind == FigureKind::Ordinal
                || (small && first.unit.is_none())
                || small_measure
                || bare_scale
                || bare_about
            {
                return None;
            }
        }
        // `номер три`, `No.1`, `№1`: a rank (after the filter above, which drops ordinals in
        // words, not ranks).
        if range.is_none()
            && first.kind == FigureKind::Number
            && first.scale.is_none()
            && self.rank_before(first.start)
        {
            first.kind = FigureKind::Ordinal;
        }
        let about_word = first.about || range.as_ref().is_some_and(|r| r.2.about);
        // kk `2025-2030 жылдары`: a decade word after a range of years whose first end is
        // a plain year is the years' plural (in the years 2025 to 2030), no decade; the
        // range was the 2020s' period from 2025.
        let range_kind = |last: &Quantity| {
            if last.kind == FigureKind::Period
                && first.kind != FigureKind::Period
                && is_year(first.value, first.plain_digits)
            {
                FigureKind::Year
            } else {
                last.kind
            }
        };
        let mut f = match range {
            Some((low, high, last)) => Found {
                start,
                end: last.end,
                kind: range_kind(&last),
                value: low,
                high: Some(high),
                unit: last.unit.or(first.unit),
                approx,
                scale: last.scale.or(first.scale),
                date: None,
            },
            None => Found {
                start,
                end: first.end,
                kind: first.kind,
                value: first.value,
                high: None,
                unit: first.unit,
                approx,
                scale: first.scale,
                date: first.date,
            },
        };
        // `десетина семейства`, `около десятка`: the word itself says "about".
        if f.approx == Approx::Exact && about_word {
            f.approx = Approx::About;
        }
        // A range of years after an age word (`децата между 11 и 18 години`): ages.
        let years_range =
            f.kind == FigureKind::Measure && f.unit == Some("year") && f.high.is_some();
        if years_range
            && (self.prep_before(first.start, DateRole::AgePrep)
                || (lead < first.start && self.prep_before(lead, DateRole::AgePrep)))
        {
            f.kind = FigureKind::Age;
            f.unit = Some("age");
        }
        self.apply_sign(&mut f, minus_at, ranged);
        // `2 самолета и более 350 души`: a qualifier with a number right after it is that
        // number's (and more than 350), not one after this figure (2 or more).
        let digit_after = |e: usize| {
            self.char_at(self.skip_ws(e))
                .is_some_and(|c| c.is_ascii_digit())
        };
        // kk `6%-дан аз` is under 6%, `6%-ға аз` 6% less (a difference, no bound).
        let compares = |e: usize| {
            d.qualifiers_after_from
                .longest(self.text, self.skip_ws(f.end))
                .is_none_or(|(_, end)| end != e)
                || self.ends_with_from_ending_at(f.start, f.end)
        };
        if let Some((&a, e)) = d
            .qualifiers_after
            .longest(self.text, self.skip_ws(f.end))
            .filter(|&(_, e)| !digit_after(e) && compares(e))
        {
            // A time keeps `04:00 шамасында` (about 04:00), not `дейін` (until).
            let time_ok = f.kind == FigureKind::Time && time_qualifier(a);
            if !matches!(
                f.kind,
                FigureKind::Year | FigureKind::Date | FigureKind::Time
            ) || time_ok
            {
                // `екі есеге ... 1,6 миллионға дейін`: after a change, "up to" is "to".
                // A change keeps the qualifier before the number (`кемінде 35%-ға дейін
                // арттыру`: raise to at least 35%).
                f.approx = if a == Approx::UpTo
                    && (self.to_verb_before(f.start) || self.change_verb_after(e))
                {
                    f.approx
                } else {
                    a
                };
                f.end = e;
            }
        } else if let Some((&a, e)) = (f.approx == Approx::Exact
            && (matches!(
                f.kind,
                FigureKind::Money | FigureKind::Percent | FigureKind::Measure
            ) || (f.kind == FigureKind::Number && f.scale.is_some())))
        .then(|| {
            d.qualifiers_after_noun
                .longest(self.text, self.skip_ws(f.end))
        })
        .flatten()
        {
            // `37 миллиард доллардан асатын`, `20 пайыздан асатын`: the unit or currency is
            // the noun counted; with none, the scale word is (`80 миллионнан асатын`).
            f.approx = a;
            f.end = e;
        } else if f.approx == Approx::Exact
            && matches!(f.kind, FigureKind::Number | FigureKind::Measure)
        {
            // `380 000 адамнан асатын`, `7 млн жолаушыға дейін`: the qualifier after the noun
            // counted (after a change, `дейін` is "to": `10 млн адамға дейін жетеді`).
            let noun = self.skip_ws(f.end);
            let rest = &self.text[noun..];
            let noun_len = rest.find(|ch: char| !is_letter(ch)).unwrap_or(rest.len());
            // (A times word is no noun counted: kk `3,4 есе асты`, exceeded 3.4 times, is a
            // multiplier, which `multipliers` reads.)
            if noun_len > 0
                && noun > f.end
                && !super::multipliers::attached_times_at(self.text, self.lang, noun)
            {
                let after = self.skip_ws(noun + noun_len);
                let qualifier = d.qualifiers_after_noun.longest(self.text, after);
                if let Some((&a, e)) = qualifier.filter(|&(_, e)| !digit_after(e)) {
                    let change = a == Approx::UpTo
                        && (self.to_verb_before(f.start) || self.change_verb_after(e));
                    if !change {
                        f.approx = a;
                    }
                    f.end = e;
                }
            }
        }
        // A price "from" a sum, its lowest (bg `в бизнес класа – от 720 евро`, en `business
        // class from €720`, kk `720 еуродан басталады`): at least the sum. Only after the
        // words of `price_from` rows, a sum that ends its clause, and no verb of change
        // before (`поскъпна от 720 на 800`, `to $7 billion from $5 billion` stay changes;
        // `глоба от 500 лв.`, a fine of 500, and `от 720 евро приходи` stay exact).
        if f.kind == FigureKind::Money && f.approx == Approx::Exact && !ranged {
            if from && self.price_from_before(lead) && self.clause_ends_at(f.end) {
                f.approx = Approx::Over;
                f.start = f.start.min(lead);
            } else if let Some((_, e)) = d
                .price_from_after
                .longest(self.text, self.skip_ws(f.end))
                .filter(|_| self.ends_with_from_ending_at(f.start, f.end))
            {
                f.approx = Approx::Over;
                f.end = e;
            }
        }
        if f.kind == FigureKind::Year && f.high.is_some() {
            f.date = None;
        }
        if let Some(qs) = qual_start {
            if self.bound_means_during(&f, qs) {
                f.approx = Approx::Exact;
            }
            // `within 10 days` is up to 10 days; `within 200 miles of Phoenix` no bound.
            if let Some((_, e)) = d.duration_qualifiers.longest(self.text, qs) {
                if !is_duration(&f) {
                    f.approx = Approx::Exact;
                    if f.start == qs {
                        f.start = self.skip_ws(e);
                    }
                }
            }
        }
        Some(f)
    }

    /// After a range word, a sign word or sign before the second number: whether it is a
    /// minus, and where the number starts.
    fn sign_before(&self, at: usize) -> Option<(bool, usize)> {
        if let Some((&minus, e)) = self.data.sign_before.longest(self.text, at) {
            return (e > at).then(|| (minus, self.skip_ws(e)));
        }
        let sign = self.char_at(at)?;
        let minus = sign_char(sign)?;
        let next = at + sign.len_utf8();
        self.char_at(next)
            .is_some_and(|c| c.is_ascii_digit())
            .then_some((minus, next))
    }

    /// Where the minus sign of the number at `p` stands: a `-` or `−` right before the digit,
    /// after a space, a bracket or a quotation mark or at the start (`-15 °C`, `(−0,4%)`),
    /// found at `p` itself or just before `pos`, where the scanner met the digit. A hyphen
    /// after a letter or digit joins words (`Су-35`, `2023-2024`) and a dash with a space
    /// after it is punctuation.
    fn minus_sign_at(&self, p: usize, pos: usize) -> Option<usize> {
        let is_sign = |c: char| sign_char(c) == Some(true);
        let opens = |at: usize| {
            self.char_before(at)
                .is_none_or(|b| b.is_whitespace() || "([{«„\"'“/".contains(b))
        };
        let digit_at = |at: usize| self.char_at(at).is_some_and(|c| c.is_ascii_digit());
        if let Some(sign) = self.char_at(p).filter(|&c| is_sign(c)) {
            if digit_at(p + sign.len_utf8()) && opens(p) {
                return Some(p);
            }
        }
        let before = self.char_before(pos).filter(|&c| is_sign(c))?;
        let sign = pos - before.len_utf8();
        (p == pos && digit_at(pos) && opens(sign)).then_some(sign)
    }

    /// Makes `f` negative when a minus word or sign stands before it (`minus_at`) or a minus
    /// word after it (`15 градуса под нулата`). Only amounts take a sign: a year, date, time
    /// or score does not. A range keeps its low end first (`минус 5-10 градуса`: -10..-5).
    /// A range has its signs from [`Scanner::range_after`] already; a minus word after it
    /// (`5-10 градуса под нулата`) still makes both ends negative.
    fn apply_sign(&self, f: &mut Found, minus_at: Option<usize>, range_signed: bool) {
        if !takes_sign(f.kind) {
            return;
        }
        let after = self
            .data
            .negative_after
            .longest(self.text, self.skip_ws(f.end))
            .map(|(_, e)| e);
        if minus_at.is_none() && after.is_none() {
            return;
        }
        if let Some(m) = minus_at {
            f.start = f.start.min(m);
        }
        if let Some(e) = after {
            f.end = e;
        } else if range_signed {
            return;
        }
        match f.high {
            Some(h) => {
                let low = -h;
                f.high = Some(-f.value);
                f.value = low;
            }
            None => f.value = -f.value,
        }
    }

    /// Whether the bound word at `qual_start` says "during" rather than "more than" (en `over
    /// 24 hours`, `over two days`): a `during` word of `qualifiers.tsv` before a duration, with
    /// no `bound_before` word right before it (`for over two days`) and no `bound_after` word
    /// right after the figure (`over two days ago`, `over a week later`).
    fn bound_means_during(&self, f: &Found, qual_start: usize) -> bool {
        let d = self.data;
        if f.approx != Approx::Over
            || !is_duration(f)
            || d.during_words.longest(self.text, qual_start).is_none()
        {
            return false;
        }
        let before = self.text[..qual_start].trim_end();
        let bound_before = word_start(before, is_letter).is_some_and(|ws| {
            d.bound_before
                .longest(self.text, ws)
                .is_some_and(|(_, e)| e == before.len())
        });
        let bound_after = d
            .bound_after
            .longest(self.text, self.skip_ws(f.end))
            .is_some();
        !bound_before && !bound_after
    }

    /// `one in five`, `едно на пет деца`, `1 от 4`: a share, part over whole (a small part of a
    /// whole of at most ten: `една на 11` is "one aged 11"). After `от` and a verb of change,
    /// a second number with a scale word or unit is a change's end (`се увеличи от 5 на 7 млн.
    /// тона`), as [`Scanner::range_after`] reads it, no share; `from` says `от` came first.
    fn share_after(&self, part: &Quantity, start: usize, from: bool) -> Option<Found> {
        if let Some(f) = self.one_of_after(part, start) {
            return Some(f);
        }
        if part.kind != FigureKind::Number || part.scale.is_some() || part.value > Decimal::TEN {
            return None;
        }
        let s = if self.char_at(part.end) == Some('-') {
            part.end + 1
        } else {
            self.skip_ws(part.end)
        };
        // `един от четиримата`, `одним з чотирьох`: after a lone "one" in words, a "from"
        // word says "one of", as a share word does.
        let one_in_words = part.words && part.value == Decimal::ONE;
        // ... of three or more: `една от двете звезди` is "one of the two", no share.
        let (e, min_whole) = match self.data.ranges.longest(self.text, s)? {
            (RangeRole::ShareOf, e) => (e, Decimal::ONE),
            (RangeRole::From, e) if one_in_words => (e, Decimal::TWO),
            _ => return None,
        };
        let w = if self.char_at(e) == Some('-') {
            e + 1
        } else {
            self.skip_ws(e)
        };
        let c = self.char_at(w)?;
        let whole = if c.is_ascii_digit() {
            match literal_at(self.text, w, self.data, false)? {
                Literal::Number { value, end, .. } => (value, end),
                _ => return None,
            }
        } else {
            let n = number_at(&self.text[w..], self.lang)?;
            if n.kind != WordsKind::Cardinal {
                return None;
            }
            (n.value, w + n.len)
        };
        if from
            && self.change_verb_before(part.start)
            && self
                .quantity(w, None)
                .is_some_and(|q| q.scale.is_some() || q.unit.is_some())
        {
            return None;
        }
        let whole_ok = whole.0 > part.value && whole.0 > min_whole && whole.0 <= Decimal::TEN;
        if !whole_ok
            || !part.value.fract().is_zero()
            || !whole.0.fract().is_zero()
            || part.value.is_zero()
        {
            return None;
        }
        Some(Found {
            start,
            end: whole.1,
            kind: FigureKind::Fraction,
            value: (part.value / whole.0).round_dp(12).normalize(),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
        })
    }

    /// kk `бес баланың біреуі`, `4 ойыншының бірі`: a whole, one word (the noun counted),
    /// then a "one of them" word: the share 1/whole.
    fn one_of_after(&self, whole: &Quantity, start: usize) -> Option<Found> {
        if whole.kind != FigureKind::Number
            || whole.scale.is_some()
            || !whole.value.fract().is_zero()
            || whole.value <= Decimal::ONE
        {
            return None;
        }
        let noun = self.skip_ws(whole.end);
        if noun == whole.end {
            return None;
        }
        let rest = &self.text[noun..];
        let noun_len = rest.find(|ch: char| !is_letter(ch)).unwrap_or(rest.len());
        if noun_len == 0 {
            return None;
        }
        let (RangeRole::OneOfAfter, e) = self
            .data
            .ranges
            .longest(self.text, self.skip_ws(noun + noun_len))?
        else {
            return None;
        };
        Some(Found {
            start,
            end: e,
            kind: FigureKind::Fraction,
            value: (Decimal::ONE / whole.value).round_dp(12).normalize(),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
        })
    }

    /// A currency sign or code written before the number (`$`, `US$`, `€`): the currency and
    /// where the number starts.
    fn currency_before(&self, p: usize) -> (Option<&'static str>, usize) {
        match self.data.currency_before.longest(self.text, p) {
            Some((&code, e)) => {
                let n = self.skip_one_space(e);
                if self.char_at(n).is_some_and(|c| c.is_ascii_digit()) {
                    (Some(code), n)
                } else {
                    (None, p)
                }
            }
            None => (None, p),
        }
    }

    /// `- 12`, `до 7`, `and 29` after a first quantity: the range's low and high ends and the
    /// second quantity.
    fn range_after(
        &self,
        first: &mut Quantity,
        (from, opens, noun_before_from, framed): (bool, usize, bool, bool),
        currency: Option<&'static str>,
        first_minus: bool,
    ) -> Option<(Decimal, Decimal, Quantity)> {
        if matches!(
            first.kind,
            FigureKind::Date | FigureKind::Time | FigureKind::Fraction
        ) {
            return None;
        }
        let e = first.end;
        // `-28...-30 °C`, `5…7`: an ellipsis joins a range in ru and kk weather reports, and
        // each end writes its own sign.
        let ellipsis = ["...", "…"]
            .into_iter()
            .find(|dots| self.text[e..].starts_with(dots))
            .map(str::len);
        let slash = ellipsis.is_none() && self.season_slash(first, e);
        let dash =
            ellipsis.is_none() && (matches!(self.char_at(e), Some('-' | '–' | '—')) || slash);
        // `5-тен 7-ге дейін`: a case ending opens the range, the "up to" word closes it.
        let mut closed_after = false;
        // A range written with words (`до`, `to`, `between … and`), not a dash.
        let mut by_word = false;
        // `between … and` joins a range's ends, never a change's start and end, also after a
        // verb of change (`expects prices to rise between 2.8% and 3.4%`).
        let mut joined_by_and = false;
        // kk `15 бен 20 градус аралығында`: a list word joins the ends of a range that a word
        // after the second end closes (between X and Y).
        let mut closed_between = false;
        let next = if let Some(dots) = ellipsis {
            e + dots
        } else if dash {
            let n = e + self.char_at(e).map_or(1, char::len_utf8);
            let spaced = self.char_at(n).is_some_and(char::is_whitespace);
            // `18- to 29-year-olds`: a suspended hyphen, then the range word.
            let suspended = match self.data.ranges.longest(self.text, self.skip_ws(n)) {
                Some((&RangeRole::To, x)) if spaced => Some(self.skip_ws(x)),
                _ => None,
            };
            if let Some(x) = suspended {
                x
            } else if first.unit.is_some() && spaced {
                return None;
            } else {
                n
            }
        } else {
            let s = self.skip_ws(e);
            match self.data.ranges.longest(self.text, s) {
                Some((&RangeRole::To, x)) => {
                    by_word = true;
                    self.skip_ws(x)
                }
                Some((&RangeRole::And, x)) if from => {
                    by_word = true;
                    joined_by_and = true;
                    self.skip_ws(x)
                }
                // bg `се увеличава от 12 500 на 13 500 тенге`: after a verb of change, the word
                // of a share (`един на пет`) joins a change's two ends.
                Some((&RangeRole::ShareOf, x)) if from && self.change_verb_before(first.start) => {
                    by_word = true;
                    self.skip_ws(x)
                }
                Some((&RangeRole::List, x)) if !self.data.range_closers.is_empty() => {
                    by_word = true;
                    joined_by_and = true;
                    closed_between = true;
                    self.skip_ws(x)
                }
                _ if s > e && self.ends_with_from_ending(first) => {
                    closed_after = true;
                    s
                }
                _ => return None,
            }
        };
        // `от -5 до -10 градуса`, `from minus 5 to 3`: a sign of the second end's own, after
        // a range word; after a dash a minus belongs to the whole range (`минус 5-10`).
        let own_signs = by_word || closed_after || ellipsis.is_some();
        let (second_minus, next) = match (own_signs, self.sign_before(next)) {
            (true, Some((minus, n))) => (minus, n),
            _ => (dash && first_minus, next),
        };
        let first_minus = first_minus && !(dash && second_minus);
        let (cur2, at2) = self.currency_before(next);
        let mut second = self.quantity(at2, cur2.or(currency))?;
        // kk `2027/2028 жылғы маусымға` (for the 2027/28 season): a season's end year names
        // no month; the word after it is the season (kk `маусым`: June, and a season).
        if slash && second.kind == FigureKind::Date {
            if let Some(date) = second.date.filter(|d| d.day.is_none()) {
                second.kind = FigureKind::Year;
                second.value = Decimal::from(date.year);
                second.date = Some(DateValue {
                    month: None,
                    ..date
                });
            }
        }
        // kk `12%-дан 16%-ға дейін көтеріледі`: a verb of change after `дейін` makes the two
        // ends a change's start and end (two figures, as `с 12% до 16%`), not a range.
        if closed_between {
            let (_, x) = self
                .data
                .range_closers
                .longest(self.text, self.skip_ws(second.end))?;
            second.end = x;
        }
        let framed = framed || closed_between;
        let mut change_closed = false;
        if closed_after {
            match self
                .data
                .qualifiers_after
                .longest(self.text, self.skip_ws(second.end))
            {
                Some((&Approx::UpTo, x)) => {
                    second.end = x;
                    change_closed = self.change_verb_after(x);
                }
                // `дейін өсті`, one row of the table with its verb: "to", a change's end.
                Some((&Approx::Exact, x)) => {
                    second.end = x;
                    change_closed = true;
                }
                _ => return None,
            }
        }
        if second.kind == FigureKind::Fraction || second.kind == FigureKind::Date {
            return None;
        }
        // `намалена от 1900 на 1350 долара`: a change's bare four-digit start, the unit said
        // once at its end, is an amount, no year.
        let bare_year_start = first.kind == FigureKind::Year
            && second.unit.is_some()
            && from
            && by_word
            && self.text[first.start..first.end]
                .bytes()
                .all(|b| b.is_ascii_digit())
            && (self.change_verb_before(first.start)
                || self.verb_before(first.start, &self.data.change_from_verbs));
        // `през 2025 г. до 142 300 броя`: a year with its marker, then a count that is no
        // year, is a time and an amount, no range of years.
        if first.kind == FigureKind::Year
            && second.kind != FigureKind::Year
            && !is_year(second.value, second.plain_digits)
            && !bare_year_start
        {
            return None;
        }
        // `от 9 до 14:00`: the bare start of a range of clock times is an hour of the day;
        // `99 до 14:00` (or a number of 28 digits, whose minutes overflow) is none.
        if second.kind == FigureKind::Time
            && (first.value.is_sign_negative() || first.value > Decimal::from(24))
        {
            return None;
        }
        // `от 9 до 18 ч.`, `между 11 и 17 ч.`: the start is a time of its own, its hour word
        // left out, and each end meets the other side's time on its own (`from 9 a.m. to 6
        // p.m.`, `с 9:00 до 18:00`), not a range that only the start of would be shown.
        if second.kind == FigureKind::Time
            && first.kind == FigureKind::Number
            && first.value.fract().is_zero()
        {
            first.kind = FigureKind::Time;
            return None;
        }
        // `150 млрд. долара до 2029 г.`: a sum by a year; a range of years starts with a
        // number without a unit or scale (`от 1990 до 2000 г.`).
        if second.kind == FigureKind::Year && (first.unit.is_some() || first.scale.is_some()) {
            return None;
        }
        if first.unit.is_some() && second.unit.is_some() && first.unit != second.unit {
            return None;
        }
        // A range says its unit once at its end (`от 5 до 7%`) or at both; a unit said at the
        // first end alone, before a range word, is a change and where it took the figure
        // (`ръст от 0,7% до 6 671 пункта`, `подорожали на 3,9% до 26,60`): two figures.
        // (An age said by a word before it, en `aged 18 to 65`, is a range of ages as
        // `aged 18-65` is: its unit is the word's.)
        if by_word && first.unit.is_some() && second.unit.is_none() && first.kind != FigureKind::Age
        {
            return None;
        }
        // `увеличил с 8,3% до 27%`, `rose 5% to 7%`: each end with its own unit and no word
        // that opens a range (`от`, `from`, `between`) is a change, two figures.
        // After a verb of change, `from` opens the change's start, not a range (`will rise
        // from 12% to 16%`, `повысится с 12% до 16%`), also when the unit is said once, at the
        // end (`is rising by 8%, from 12,500 to 13,500 tenge`).
        let after_change = || {
            noun_before_from
                || self.change_verb_before(opens)
                || self.verb_before(opens, &self.data.change_from_verbs)
        };
        // A currency said once, before the first end (`$8.40 to 9.60`, `BGN 8.40 to 9.60`), is
        // the range's: the second end has no unit of its own.
        let inherited = cur2.is_none() && currency.is_some();
        let both_units = first.unit.is_some() && second.unit.is_some() && !inherited;
        // Each end with a currency sign before it and no verb or noun of change before them,
        // `costs $800 to $1,500` is a range, as `$800-$1,500` is (a unit said after each end,
        // `с 1 мин. и 17 сек. до 2:11:40 ч.`, still says where a change took the figure).
        let signs_before_both = currency.is_some() && cur2.is_some();
        let unit_each_end_a_change = both_units
            && !from
            && (!signs_before_both
                || after_change()
                || self.verb_before(opens, &self.data.reach_verbs));
        if change_closed
            || by_word
                && !framed
                && (unit_each_end_a_change || (from && !joined_by_and && after_change()))
        {
            // The unit said once, at the end, is the start's too (`from 12,500 to 13,500
            // tenge`, `от 1,2 на 1,5 млн.`), and so is the scale when the start needs one.
            let amount = first.kind == FigureKind::Number || bare_year_start;
            if (from || change_closed) && first.unit.is_none() && amount {
                if second.unit.is_some() || second.kind != FigureKind::Number {
                    first.unit = second.unit;
                    first.kind = second.kind;
                    first.value = first.value.checked_mul(second.factor)?;
                }
                if let Some(scale) = second.scale.filter(|_| first.scale.is_none()) {
                    if first.value < Decimal::from(1000) {
                        first.value = first.value.checked_mul(scale)?;
                        first.scale = Some(scale);
                    }
                }
            }
            self.changes.borrow_mut().push((first.end, second.start));
            return None;
        }
        let mut low = first.value;
        let mut high = second.value;
        if first.scale.is_none() {
            if let Some(s) = second.scale {
                low = low.checked_mul(s)?;
            }
        }
        if first.unit.is_none() {
            low = low.checked_mul(second.factor)?;
        }
        // `1950-53`: the second end shares the first one's century.
        if first.plain_digits == 4 && second.plain_digits == 2 && high < low {
            let century = low - low % Decimal::from(100);
            high = high.checked_add(century)?;
        }
        // `6 до 4 инча`: written upside down, a range all the same (and an error a reader must
        // see), when a range word joins it and it counts something; a dash or a word between
        // a larger and a smaller bare number is a score (`3-1`, `16.5 to 10.5`).
        if first_minus {
            low = -low;
        }
        if second_minus {
            high = -high;
        }
        // `минус 5-10 градуса`: both ends below zero, the colder one the low end.
        if dash && second_minus && !first_minus {
            (low, high) = (high, -low);
        }
        // `от -5 до -10 градуса`: a range below zero runs to the colder end as often as not,
        // so its ends are put in order (a range of positive numbers upside down stays so, below).
        if (first_minus || second_minus) && high < low {
            (low, high) = (high, low);
        }
        // (Ranks are no measure: `from eighth to sixth` is a climb, two places.)
        let measured = second.unit.is_some()
            || !matches!(second.kind, FigureKind::Number | FigureKind::Ordinal);
        let upside_down = by_word && measured && high < low && first.plain_digits != 4;
        if high <= low && !upside_down {
            return None;
        }
        let mut last = second;
        // `1950–1953 років`: years, not a duration.
        if is_year(first.value, first.plain_digits) && last.unit == Some("year") {
            last.kind = FigureKind::Year;
            last.unit = None;
        }
        if matches!(first.kind, FigureKind::Year)
            || is_year(first.value, first.plain_digits) && last.kind == FigureKind::Year
        {
            last.kind = FigureKind::Year;
        }
        if last.kind == FigureKind::Number && first.kind != FigureKind::Number {
            last.kind = first.kind;
            last.unit = first.unit;
        }
        Some((low, high, last))
    }

    /// `2025/26`, `2024/2025`: a season, school or fiscal year written with a slash, the
    /// year after the first, the same range as `2025-26`. Not a date (`2025/11/09`) nor a
    /// ratio of other numbers.
    fn season_slash(&self, first: &Quantity, at: usize) -> bool {
        if self.char_at(at) != Some('/') || !is_year(first.value, first.plain_digits) {
            return false;
        }
        let rest = &self.text[at + 1..];
        let n = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let after = rest[n..].chars().next();
        let after_next = rest[n..].chars().nth(1);
        let goes_on = match after {
            Some('/') => true,
            Some('.' | ',') => after_next.is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
        let Ok(second) = rest[..n].parse::<u32>() else {
            return false;
        };
        let Some(next) = as_u32(first.value).map(|y| y + 1) else {
            return false;
        };
        let consecutive = match n {
            2 => second == next % 100,
            4 => second == next,
            _ => false,
        };
        consecutive && !goes_on
    }

    /// A score after its first count (`3-1`, `1 – 0`, `2:1`, `2&1`, `3 на 1`, `3 to 1`; see
    /// [`super::scores`]): both counts bare whole numbers of up to three digits. A dash
    /// between a larger and a smaller count (or equal ones) cannot be a range, nor can `2&1`;
    /// everything else needs a sports word in the sentence, so `1-3` stays a range elsewhere.
    /// After a range word (`от`, `between`) a word between the counts makes a range.
    fn score_after(&self, first: &Quantity, start: usize, from: bool) -> Option<Found> {
        // `2-1-0`, `3:1:2`, `1-3/4`, `12.3-1`: more than two counts, or part of another figure.
        const JOINTS: [char; 6] = ['-', '–', '—', ':', '/', '&'];
        let before = self.text[..first.start].chars().next_back();
        if !self.bare_count(first) || before.is_some_and(|b| JOINTS.contains(&b) || b == '.') {
            return None;
        }
        let joint = self.skip_ws(first.end);
        let c = self.char_at(joint)?;
        let (next, by_sign) = match c {
            '-' | '–' | '—' | ':' | '&' | '/' => (self.skip_ws(joint + c.len_utf8()), true),
            _ if scores::is_extra_sign(c, self.lang) => (self.skip_ws(joint + c.len_utf8()), true),
            // `от 5 до 7`, `between 2 and 3`: a range. uk writes golf's `5та4` glued.
            _ if !from => {
                let end = scores::joiner_at(self.text, joint, self.lang)?;
                (self.skip_ws(end), false)
            }
            _ => return None,
        };
        if !self.char_at(next).is_some_and(|d| d.is_ascii_digit()) {
            return None;
        }
        let second = self.quantity(next, None)?;
        if !self.bare_count(&second) {
            return None;
        }
        if self
            .char_at(second.end)
            .is_some_and(|a| JOINTS.contains(&a) || is_letter(a))
        {
            return None;
        }
        let sports = *self
            .sports
            .get_or_init(|| scores::sports_context(self.text, self.lang));
        let score = match c {
            '-' | '–' | '—' if by_sign => sports || first.value >= second.value,
            // Golf's match play (`2&1`: two holes up, one to play) is written only so.
            '&' => sports || (joint == first.end && next == joint + 1),
            // `2:1`, not the time `2:10` (read as a time before this) nor a ratio `1:100 000`;
            // ru golf's `2/1`, not the fraction `1/4 финала` (a quarterfinal).
            ':' | '/' if by_sign => {
                sports
                    && first.end - first.start <= 2
                    && second.end - second.start <= 2
                    && (c == ':' || first.value > second.value)
            }
            _ => sports,
        };
        score.then_some(Found {
            start,
            end: second.end,
            kind: FigureKind::Score,
            value: first.value,
            high: Some(second.value),
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
        })
    }

    /// A tennis tie-break in its short form after a set won 7-6 (`7:6(5)`, `6-7 (3)`): the
    /// loser's points alone, the winner's being 7 or two more. Read as the whole tie-break
    /// score (`7-5`, `5-7`), the way the long form `7:6 (7:5)` reads, with the end of the
    /// closing parenthesis.
    fn tiebreak_after(&self, set: &Found) -> Option<(Found, usize)> {
        let (seven, six) = (Decimal::from(7), Decimal::from(6));
        let won = match (set.value, set.high?) {
            (a, b) if a == seven && b == six => true,
            (a, b) if a == six && b == seven => false,
            _ => return None,
        };
        let open = self.skip_ws(set.end);
        if self.char_at(open)? != '(' {
            return None;
        }
        let rest = &self.text[open + 1..];
        let n = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if !(1..=2).contains(&n) || !rest[n..].starts_with(')') {
            return None;
        }
        let lost: Decimal = rest[..n].parse::<u32>().ok()?.into();
        let winner = (lost + Decimal::from(2)).max(seven);
        let (value, high) = if won { (winner, lost) } else { (lost, winner) };
        let found = Found {
            start: open + 1,
            end: open + 1 + n,
            kind: FigureKind::Score,
            value,
            high: Some(high),
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
        };
        Some((found, open + 2 + n))
    }

    /// A whole number of one to three digits with nothing attached: a count of a score.
    fn bare_count(&self, q: &Quantity) -> bool {
        let digits = self.text.get(q.start..q.end).unwrap_or_default();
        q.kind == FigureKind::Number
            && q.unit.is_none()
            && q.scale.is_none()
            && !q.words
            && (1..=3).contains(&digits.len())
            && digits.chars().all(|d| d.is_ascii_digit())
    }

    /// Whether the number's own text ends with a case ending that opens a range (`5-тен`,
    /// `бестен`).
    fn ends_with_from_ending(&self, q: &Quantity) -> bool {
        self.ends_with_from_ending_at(q.start, q.end)
    }

    /// Whether the text from `start` to `end` ends with a case ending that opens a range.
    fn ends_with_from_ending_at(&self, start: usize, end: usize) -> bool {
        let Some(surface) = self.text.get(start..end) else {
            return false;
        };
        let surface = surface.to_lowercase();
        self.data
            .range_from_endings
            .iter()
            .any(|ending| surface.len() > ending.len() && surface.ends_with(ending))
    }

    /// A number at `at` (digits or words) and everything attached to it.
    fn quantity(&self, at: usize, currency: Option<&'static str>) -> Option<Quantity> {
        let c = self.char_at(at)?;
        let d = self.data;
        let mut q = if c.is_ascii_digit() {
            match literal_at(self.text, at, d, d.month_day)? {
                Literal::Date { date, end } => {
                    let mut q = Quantity::new(at, end, FigureKind::Date, Decimal::from(date.year));
                    q.date = Some(date);
                    q.end = self.year_marker_end(end).unwrap_or(end);
                    return Some(q);
                }
                Literal::Clock { hour, minute, end } => {
                    return Some(self.clock(at, hour, minute, end))
                }
                Literal::Duration { seconds, end } => return Some(self.duration(at, seconds, end)),
                Literal::Number {
                    value,
                    end,
                    plain_digits,
                } => {
                    let mut q = Quantity::new(at, end, FigureKind::Number, value);
                    q.plain_digits = plain_digits;
                    q
                }
            }
        } else if let Some(w) = (is_letter(c) && d.may_be_number_word(self.text, at))
            .then(|| number_at(&self.text[at..], self.lang))
            .flatten()
        {
            let end = at + w.len;
            if let Some(q) = self.lone_unit_phrase(at, end) {
                return Some(q);
            }
            let kind = match w.kind {
                WordsKind::Cardinal => FigureKind::Number,
                WordsKind::Ordinal => FigureKind::Ordinal,
                WordsKind::Fraction => FigureKind::Fraction,
            };
            let mut q = Quantity::new(at, end, kind, w.value);
            q.words = true;
            q.ambiguous = w.ambiguous;
            q.about = w.about;
            if kind == FigureKind::Fraction {
                if !w.share {
                    self.fraction_unit(&mut q);
                }
                return Some(q);
            }
            if kind == FigureKind::Number {
                self.compound_unit(&mut q);
            }
            q
        } else if let Some((u, e)) = d.lone_units.longest(self.text, at).filter(|&(_, e)| {
            !self.prep_before(at, DateRole::UnitFiller) && !self.ends_period_phrase(at, e)
        }) {
            // `десетилетие по-късно`, `over a decade`: one of the unit, said without a number;
            // after `last` (`за останні десятиліття`) the word is a plural.
            let mut q = Quantity::new(at, e, u.kind, u.factor);
            q.unit = Some(u.unit);
            q.factor = u.factor;
            q.words = true;
            q.lone = true;
            return Some(q);
        } else if let Some(q) = self.lone_unit_with_part(at) {
            return Some(q);
        } else {
            return None;
        };
        if let Some(t) = self.calendar_after(&q) {
            return Some(t);
        }
        if q.plain_digits > 0 {
            if let Some(f) = self.day_month(&q) {
                return Some(f);
            }
        }
        // Attached endings: `125th`, `89-та`, `25-ші`.
        // An attached unit adjective as long as the ending wins: `7000-тонният` is 7000 t, not
        // an ordinal in `-то`.
        if let Some((_, e)) = d.ordinals.longest(self.text, q.end) {
            let unit_as_long = d
                .units
                .longest(self.text, q.end)
                .is_some_and(|(_, unit_end)| unit_end >= e);
            if !unit_as_long {
                q.kind = FigureKind::Ordinal;
                q.end = e;
            }
        }
        // A scale word, attached (`$900m`, `25-хилядна`) or after a space.
        for s in [q.end, self.skip_ws(q.end)] {
            if let Some((sc, e)) = d.scales.longest(self.text, s) {
                if sc.vague {
                    // `он мыңдаған` (tens of thousands): no count; digits stay a bare number.
                    if q.words {
                        return None;
                    }
                    break;
                }
                // `$900m`, `900m euros`, `1.2m tonnes`, `3.4m barrels`: before a currency or
                // a unit word `m` is a million; alone it is metres (`a 3m wall`).
                let unit_next = || {
                    d.units
                        .longest(self.text, self.skip_ws(e))
                        .is_some_and(|(u, ue)| {
                            matches!(u.kind, FigureKind::Money | FigureKind::Measure)
                                && self.text[self.skip_ws(e)..ue]
                                    .chars()
                                    .all(|c| c.is_alphabetic() || c == ' ')
                        })
                };
                if !sc.money_only || currency.is_some() || unit_next() {
                    q.value = q.value.checked_mul(sc.factor)?;
                    q.scale = Some(sc.factor);
                    q.end = e;
                    if q.kind == FigureKind::Ordinal {
                        q.kind = FigureKind::Number;
                    }
                    break;
                }
            }
        }
        if let Some(code) = currency {
            q.kind = FigureKind::Money;
            q.unit = Some(code);
        }
        // A unit, percent or currency, attached (`4,4%`, `13-годишно`) or after a space.
        for s in [q.end, self.skip_ws(q.end)] {
            if let Some((mut u, mut e)) = d.units.longest(self.text, s) {
                if currency.is_some() && u.kind != FigureKind::Money {
                    break;
                }
                if self.symbol_in_other_case(s, e, u.unit) {
                    break;
                }
                // `eight F-16 fighters`, `two B-52s`: Latin letters, a hyphen and digits make
                // a model's name, no unit (`F` was read as degrees Fahrenheit).
                let model = self.text[s..e].bytes().all(|b| b.is_ascii_alphabetic())
                    && self.char_at(e) == Some('-')
                    && self.char_at(e + 1).is_some_and(|c| c.is_ascii_digit());
                if model {
                    break;
                }
                // `29 минутта` (in the 29th minute): the word makes the number an ordinal,
                // as bg writes it (`29-та минута`); it is no unit. Not in a title that is the
                // whole of a quotation (`“60 минутта”`, on the show "60 Minutes"): the
                // ending is the title's case there, and the unit its plain measure.
                // After a number of the next larger unit (kk `6 сағат 10 минутта`, in 6 hours
                // 10 minutes) the word is the duration's smaller part, its plain measure too.
                if u.kind == FigureKind::Ordinal {
                    let plain = d
                        .units
                        .longest_where(self.text, s, |u| u.kind != FigureKind::Ordinal)
                        .filter(|(pu, _)| {
                            self.quoted_whole(q.start, e)
                                || self.larger_unit_before(q.start, pu.unit)
                        });
                    match plain {
                        Some((pu, pe)) => (u, e) = (pu, pe),
                        None => {
                            if q.kind == FigureKind::Number && !q.words && q.scale.is_none() {
                                q.kind = FigureKind::Ordinal;
                                q.end = e;
                            }
                            break;
                        }
                    }
                }
                // `89-та минута` is the 89th minute, and `second-degree` no measure at all.
                let ordinal = q.kind == FigureKind::Ordinal;
                // `34th-minute` too: an ordinal takes no measure, attached or not.
                if ordinal && u.kind == FigureKind::Measure {
                    break;
                }
                q.kind = u.kind;
                q.unit = Some(u.unit);
                q.value = q.value.checked_mul(u.factor)?;
                q.factor = u.factor;
                q.end = e;
                break;
            }
        }
        // `два останні десятиліття`: a word such as "last" between the number and its unit.
        if q.unit.is_none() && q.kind == FigureKind::Number && q.scale.is_none() {
            let filler = d.dates.longest(self.text, self.skip_ws(q.end));
            if let Some((DateRole::UnitFiller, fe)) = filler {
                match d.units.longest(self.text, self.skip_ws(fe)) {
                    Some((u, e)) if u.kind == FigureKind::Measure && fe > q.end => {
                        q.kind = u.kind;
                        q.unit = Some(u.unit);
                        q.value = q.value.checked_mul(u.factor)?;
                        q.factor = u.factor;
                        q.end = e;
                    }
                    _ => {}
                }
            }
        }
        // A grammatical ending after a hyphen (`125-көшеде`, `40%-ға`, `12-те`) belongs to
        // the figure; a times word (`1.6-fold`) is the multiplier reader's, so that `1.6-fold
        // to 64,000 tonnes` opens no range, and a qualifier (`40-plus`, bg `40-ина`) is read
        // as one.
        // A greater number in words after the hyphen is a range's other end (ru `пять-шесть`,
        // uk `два-три рази`, bg `пет-шест години`), which the range reader joins.
        let hyphen = self.char_at(q.end) == Some('-');
        let words_range = hyphen
            && q.words
            && number_at(&self.text[q.end + 1..], self.lang).is_some_and(|n| {
                n.kind == WordsKind::Cardinal && n.value > q.value && q.value > Decimal::ZERO
            });
        if hyphen
            && self.char_at(q.end + 1).is_some_and(is_letter)
            && !words_range
            && d.ranges.longest(self.text, q.end + 1).is_none()
            && !super::multipliers::attached_times_at(self.text, self.lang, q.end)
            && d.qualifiers_after.longest(self.text, q.end).is_none()
        {
            let rest = &self.text[q.end + 1..];
            let n = rest.find(|ch: char| !is_letter(ch)).unwrap_or(rest.len());
            q.end += 1 + n;
            // `250-ақ доллар`: a particle on the number, then its unit or currency.
            if q.unit.is_none() && q.kind == FigureKind::Number {
                if let Some((u, e)) = d.units.longest(self.text, self.skip_ws(q.end)) {
                    let year_of_date =
                        u.kind == FigureKind::Measure && u.unit == "year" && q.plain_digits == 4;
                    if u.kind != FigureKind::Ordinal && !year_of_date {
                        q.kind = u.kind;
                        q.unit = Some(u.unit);
                        q.value = q.value.checked_mul(u.factor)?;
                        q.factor = u.factor;
                        q.end = e;
                    }
                }
            }
        }
        Some(q)
    }

    /// Whether a number and a unit of which `small` is the next smaller part
    /// (`compound_units.tsv`) stand right before `at`: kk `6 сағат` before `10 минутта`.
    fn larger_unit_before(&self, at: usize, small: &str) -> bool {
        let before = self.text[..at].trim_end();
        let Some(ws) = word_start(before, is_letter) else {
            return false;
        };
        let Some((u, e)) = self.data.units.longest(self.text, ws) else {
            return false;
        };
        e == before.len()
            && compound_per(u.unit, small).is_some()
            && self.text[..ws]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
    }

    /// Whether numbers of minutes and then seconds follow `at`, each maybe after an `and`
    /// word: bg `с 2 ч. 6 мин. и 12 сек.` is a time taken, its `ч.` the hours of a duration,
    /// not a clock's hour (as `в 8 ч. и 30 мин.` stays).
    fn minutes_follow(&self, at: usize) -> bool {
        self.unit_number_after(at, "min")
            .is_some_and(|e| self.unit_number_after(e, "s").is_some())
    }

    /// Where a number of `unit` right after `at` (maybe after an `and` word) ends.
    fn unit_number_after(&self, at: usize, unit: &str) -> Option<usize> {
        let mut p = self.skip_ws(at);
        if let Some((&RangeRole::And, e)) = self.data.ranges.longest(self.text, p) {
            p = self.skip_ws(e);
        }
        let rest = &self.text[p..];
        let digits_end = p + rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits_end == p {
            return None;
        }
        match self.data.units.longest(self.text, self.skip_ws(digits_end)) {
            Some((u, e)) if u.unit == unit => Some(e),
            _ => None,
        }
    }

    /// One of a unit said without a number before a number of the next smaller unit: `an
    /// hour and 48 minutes`, bg `час и 48 минути` (`compound_durations` joins the two).
    fn lone_unit_with_part(&self, at: usize) -> Option<Quantity> {
        let (u, e) = self.data.lone_units_with_part.longest(self.text, at)?;
        let mut q = Quantity::new(at, e, u.kind, u.factor);
        q.unit = Some(u.unit);
        q.factor = u.factor;
        q.words = true;
        q.lone = true;
        self.smaller_part_after(&q).then_some(q)
    }

    /// A unit said with its own number word (`половин век`, `полвека`, `a quarter of a
    /// century`, `a decade and a half`): a lone unit of the table that goes on past the
    /// number word ending at `word_end`, which alone would read as a bare fraction.
    fn lone_unit_phrase(&self, at: usize, word_end: usize) -> Option<Quantity> {
        let (u, e) = self
            .data
            .lone_units
            .longest(self.text, at)
            .filter(|&(_, e)| e > word_end)?;
        let mut q = Quantity::new(at, e, u.kind, u.factor);
        q.unit = Some(u.unit);
        q.factor = u.factor;
        q.words = true;
        q.lone = true;
        Some(q)
    }

    /// `половин инч`, `half an inch`, `жарты дюйм`, `three quarters of an hour`, `quarter-hour`:
    /// a fraction in words and a unit of measure after it, joined by a hyphen or with up to
    /// two short words between (an article, `of`). Shares (`every fifth barrel`) measure
    /// nothing and never come here.
    fn fraction_unit(&self, q: &mut Quantity) {
        // `quarter-hour`, `half-hour`: the unit joined by a hyphen.
        let hyphened =
            self.char_at(q.end) == Some('-') && self.char_at(q.end + 1).is_some_and(is_letter);
        let mut at = if hyphened {
            q.end + 1
        } else {
            self.skip_ws(q.end)
        };
        if at == q.end {
            return;
        }
        // `half an hour`, `a quarter of an hour`: up to two short words (an article, `of`)
        // may stand between the fraction and its unit.
        let mut unit = self.data.units.longest(self.text, at);
        for _ in 0..2 {
            if unit.is_some() || hyphened {
                break;
            }
            let rest = &self.text[at..];
            let short = rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
            if short == 0 || rest[..short].chars().count() > 2 {
                break;
            }
            at = self.skip_ws(at + short);
            unit = self.data.units.longest(self.text, at);
        }
        if let Some((u, e)) = unit {
            if u.kind == FigureKind::Measure {
                if let Some(v) = q.value.checked_mul(u.factor) {
                    q.kind = FigureKind::Measure;
                    q.unit = Some(u.unit);
                    q.value = v;
                    q.factor = u.factor;
                    q.end = e;
                }
            }
        }
    }

    /// `четиридневна`: a number word compounded with a unit adjective takes the unit the
    /// table gives the same adjective after a hyphen (`4-дневна`: `-дневн*`).
    fn compound_unit(&self, q: &mut Quantity) {
        let Some(word) = self.text.get(q.start..q.end) else {
            return;
        };
        if word.contains(|c: char| !is_letter(c)) {
            return;
        }
        for (i, _) in word.char_indices().skip(1) {
            let head = format!("-{}", &word[i..]);
            if let Some((u, e)) = self.data.units.longest(&head, 0) {
                if e == head.len() && u.kind == FigureKind::Measure {
                    if let Some(v) = q.value.checked_mul(u.factor) {
                        q.kind = u.kind;
                        q.unit = Some(u.unit);
                        q.value = v;
                        q.factor = u.factor;
                    }
                    return;
                }
            }
        }
    }

    /// The end of a year marker (`г.`, `года`, `жылы`) after `end`, if one follows.
    fn year_marker_end(&self, end: usize) -> Option<usize> {
        match self.data.dates.longest(self.text, self.skip_ws(end)) {
            Some((DateRole::Year, e)) => Some(e),
            _ => None,
        }
    }

    /// Years, decades and clock hours: `2023 г.`, `1990-те`, `the 1980s`, `80-те години`,
    /// `3 p.m.`, `19 ч.`.
    fn calendar_after(&self, q: &Quantity) -> Option<Quantity> {
        let d = self.data;
        let attached = d.dates.longest(self.text, q.end);
        let spaced = d.dates.longest(self.text, self.skip_ws(q.end));
        // `о 6-й годині ранку`: an hour written as an ordinal, then a clock word.
        let after_ordinal = d
            .ordinals
            .longest(self.text, q.end)
            .and_then(|(_, e)| d.dates.longest(self.text, self.skip_ws(e)))
            .filter(|(role, _)| {
                matches!(
                    role,
                    DateRole::OClock | DateRole::OClockNotOne | DateRole::Am | DateRole::Pm
                )
            });
        // `през 2918 г.`: four digits between a year preposition and a year marker are a
        // year however unlikely (a mistyped digit), so that they meet the other side's year
        // as a changed figure, not as a count of years.
        let year_like = is_year(q.value, q.plain_digits)
            || (q.plain_digits == 4
                && q.value >= Decimal::from(1000)
                && self.prep_before(q.start, DateRole::YearPrep));
        let ten = Decimal::from(10);
        for (role, e) in [attached, spaced, after_ordinal].into_iter().flatten() {
            match *role {
                // kk `2024 және 2025 жылдары`: the plural of year after a year that ends no
                // decade is that year (`1990 жылдары` is the 1990s, below).
                // kk `1500 жыл толуына`: a word after the marker that makes it years counted.
                DateRole::Year | DateRole::Decade { sure: false }
                    if year_like
                        && (*role == DateRole::Year || q.value % ten != Decimal::ZERO)
                        && !matches!(
                            d.dates.longest(self.text, self.skip_ws(e)),
                            Some((DateRole::YearsAfter, _))
                        ) =>
                {
                    let mut y = Quantity::new(q.start, e, FigureKind::Year, q.value);
                    y.plain_digits = 4;
                    let year = i32::try_from(as_u32(q.value)?).ok()?;
                    y.date = Some(DateValue {
                        year,
                        month: None,
                        day: None,
                    });
                    // `2018 жылғы 29 қыркүйек`, `2025 жылғы сәуірде`: a day or month after;
                    // after the plural (`2027-2028 жылдар маусымына`) a month that is also a
                    // common word is that word (kk `маусым`, the season of those years).
                    return Some(self.month_after_year(y, year, *role != DateRole::Year));
                }
                // Only tens: `12-те години` is also "the 12 years" (of a term in office). A
                // sure form past 20 (`86-те години`, a digit of `80-те` changed) is still read
                // as the decade it is written as, so that it meets the other side's decade.
                DateRole::Decade { sure }
                    if q.value % ten == Decimal::ZERO
                        || (sure && q.plain_digits == 2 && q.value > Decimal::from(20)) =>
                {
                    let (value, e) = if year_like {
                        (q.value, e)
                    } else if sure && q.plain_digits == 2 {
                        self.century_after_decade(e, q.value)
                            .unwrap_or((self.century_of(q.value), e))
                    } else {
                        continue;
                    };
                    let mut p = Quantity::new(q.start, e, FigureKind::Period, value);
                    p.plain_digits = 4;
                    return Some(p);
                }
                DateRole::ClockTail if q.plain_digits > 0 && q.plain_digits <= 2 => {
                    // `5 часа сутринта`: an hour word, then morning or evening.
                    let hour = as_u32(q.value).filter(|&h| h <= 12)?;
                    let mut tail = d.dates.longest(self.text, self.skip_ws(e));
                    // `5 часа неделя сутринта`: a weekday may stand before the morning word.
                    if let Some((_, we)) = d.weekdays.longest(self.text, self.skip_ws(e)) {
                        tail = d.dates.longest(self.text, self.skip_ws(we));
                    }
                    if let Some((&r, e2)) = tail {
                        let hour = match r {
                            DateRole::Am | DateRole::AmTail => hour % 12,
                            DateRole::Pm | DateRole::PmTail => hour % 12 + 12,
                            _ => continue,
                        };
                        return Some(self.clock_value(q.start, e2, hour, 0));
                    }
                }
                // `0927 GMT`: hours and minutes run together before a time zone.
                DateRole::Zone if q.plain_digits == 4 => {
                    let Some(v) = as_u32(q.value) else { continue };
                    if v / 100 <= 23 && v % 100 <= 59 {
                        return Some(self.clock_value(q.start, e, v / 100, v % 100));
                    }
                }
                DateRole::Am | DateRole::Pm | DateRole::OClock | DateRole::OClockNotOne
                    if q.plain_digits > 0
                        && q.plain_digits <= 2
                        && !(*role == DateRole::OClock && self.minutes_follow(e)) =>
                {
                    let mut hour = as_u32(q.value)?;
                    if hour > 24 || (*role == DateRole::OClockNotOne && hour == 1) {
                        return None;
                    }
                    if *role == DateRole::Pm && hour < 12 {
                        hour += 12;
                    } else if *role == DateRole::Am && hour == 12 {
                        hour = 0;
                    }
                    return Some(self.clock_value(q.start, e, hour, 0));
                }
                _ => {}
            }
        }
        // `7.55am`, bg `17.30 ч.` and `17,30 часа`: a time with a dot or comma, told by the
        // am/pm or hour word after it.
        if q.plain_digits == 0 && matches!(self.char_at(q.end.saturating_sub(3)), Some('.' | ',')) {
            if let Some(Literal::Clock { hour, minute, end }) = dotted_clock(self.text, q.start) {
                if end == q.end {
                    let am_pm = spaced.or(attached).is_some_and(|(role, _)| {
                        matches!(
                            role,
                            DateRole::Am | DateRole::Pm | DateRole::OClock | DateRole::ClockTail
                        )
                    });
                    // After a clock preposition alone, a mark that is not the decimal one
                    // or an hour of two digits: ru `в 14.15`, uk `о 14,15` are times, `в
                    // 1,15 раза` a multiple.
                    let other_mark = self.char_at(q.end - 3) != Some(self.data.decimal);
                    let not_decimal = other_mark || q.end - 3 - q.start == 2;
                    // kk `14.15-те`: a case ending on the mark that is not the decimal one.
                    let case_after =
                        matches!(attached, Some((DateRole::ClockCase, _))) && other_mark;
                    // en `at 14.15` (the decimal mark): a time only with no unit, scale or
                    // percent after it (`at 14.15 hryvnias`, `at 12.50%` are amounts).
                    let bare_after = other_mark || {
                        let next = self.skip_ws(q.end);
                        self.char_at(q.end) != Some('%')
                            && self.data.units.longest(self.text, next).is_none()
                            && self.data.scales.longest(self.text, next).is_none()
                    };
                    if am_pm
                        || case_after
                        || (not_decimal
                            && bare_after
                            && self.prep_before(q.start, DateRole::ClockPrep))
                    {
                        return Some(self.clock(q.start, hour, minute, end));
                    }
                }
            }
        }
        None
    }

    /// The century written after a two-digit decade (`80-те години на 20 век`, `80-х годов
    /// XX века`, `на XX-ия век`): the decade's first year in it (1980) and where the century
    /// word ends.
    fn century_after_decade(&self, end: usize, decade: Decimal) -> Option<(Decimal, usize)> {
        let d = self.data;
        let mut p = self.skip_ws(end);
        for link in &d.century_links {
            let e = p + link.len();
            let word = self
                .text
                .get(p..e)
                .is_some_and(|w| w.eq_ignore_ascii_case(link));
            if word && self.char_at(e).is_some_and(char::is_whitespace) {
                p = self.skip_ws(e);
                break;
            }
        }
        let rest = self.text.get(p..)?;
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (century, mut e) = if (1..=2).contains(&digits) {
            (rest.get(..digits)?.parse::<u32>().ok()?, p + digits)
        } else {
            let (end, value) = roman_numeral_at(self.text, p)?;
            (value, end)
        };
        if let Some((_, oe)) = d.ordinals.longest(self.text, e) {
            e = oe;
        }
        if self
            .char_at(e)
            .is_some_and(|c| is_letter(c) || c.is_ascii_digit())
        {
            return None;
        }
        match d.dates.longest(self.text, self.skip_ws(e)) {
            Some((DateRole::Century, ce)) if century >= 1 => {
                let year = Decimal::from(century - 1) * Decimal::from(100) + decade;
                // The word ends where the letters do (`век*` matched a stem).
                let rest = self.text.get(ce..)?;
                let tail = rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
                Some((year, ce + tail))
            }
            _ => None,
        }
    }

    /// The year a two-digit decade means: the latest one not after the document's year
    /// (the 1900s without a date).
    fn century_of(&self, decade: Decimal) -> Decimal {
        let reference = self.doc_date.map_or(1999, |d| d.year);
        let mut y = Decimal::from(reference - reference.rem_euclid(100)) + decade;
        if y > Decimal::from(reference) {
            y -= Decimal::from(100);
        }
        y
    }

    fn month_after_year(&self, mut y: Quantity, year: i32, plural: bool) -> Quantity {
        let d = self.data;
        let s = self.skip_ws(y.end);
        if plural && self.month_name_at(s).is_some_and(|(_, _, common)| common) {
            return y;
        }
        if let Some((&m, e)) = d.months.longest(self.text, s) {
            y.kind = FigureKind::Date;
            y.date = Some(DateValue {
                year,
                month: Some(m),
                day: None,
            });
            y.end = e;
            return y;
        }
        if let Some(Literal::Number {
            value,
            end,
            plain_digits,
        }) = self
            .char_at(s)
            .filter(char::is_ascii_digit)
            .and_then(|_| literal_at(self.text, s, d, false))
        {
            let day = as_u32(value).filter(|d| (1..=31).contains(d) && plain_digits > 0);
            if let (Some(day), Some((&m, e))) =
                (day, d.months.longest(self.text, self.skip_ws(end)))
            {
                y.kind = FigureKind::Date;
                y.date = Some(DateValue {
                    year,
                    month: Some(m),
                    day: Some(day),
                });
                y.end = e;
            }
        }
        y
    }

    /// `14 септември 2025`, `29 сентября`: a day, a month and maybe a year.
    fn day_month(&self, q: &Quantity) -> Option<Quantity> {
        let day = as_u32(q.value).filter(|d| (0..=99).contains(d) && q.plain_digits <= 2)?;
        // `30th September`, `6-го листопада`: an ordinal ending may come first.
        let after_day = self
            .data
            .ordinals
            .longest(self.text, q.end)
            .map_or(q.end, |(_, e)| e);
        let month_at = self.skip_ws(after_day);
        let (&month, e) = self.data.months.longest(self.text, month_at)?;
        // A day past 31 or a day 0 (`90 юли`, `0 ноември`, a mistyped digit) is still a
        // date, so that it meets the other side's date as a changed one; but not before a
        // month name that is also a common word (`40 may be`, bg colloquial `май`).
        let common = self.text.get(month_at..e).is_some_and(|m| {
            let m = m.to_lowercase();
            self.data.common_months.iter().any(|c| *c == m)
        });
        if (day == 0 || day > 31) && common {
            return None;
        }
        let (year, end) = self.year_after(e).unwrap_or((0, e));
        let mut f = Quantity::new(q.start, end, FigureKind::Date, Decimal::from(year));
        f.date = Some(DateValue {
            year,
            month: Some(month),
            day: Some(day),
        });
        Some(f)
    }

    /// A four-digit year after `at` (`, 2018`, ` 2025 г.`): the year and where it ends.
    fn year_after(&self, at: usize) -> Option<(i32, usize)> {
        let mut s = self.skip_ws(at);
        if self.char_at(s) == Some(',') {
            s = self.skip_ws(s + 1);
        }
        if !self.char_at(s).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        match literal_at(self.text, s, self.data, false)? {
            Literal::Number {
                value,
                end,
                plain_digits,
            } if is_year(value, plain_digits) => {
                let year = i32::try_from(as_u32(value)?).ok()?;
                Some((year, self.year_marker_end(end).unwrap_or(end)))
            }
            _ => None,
        }
    }

    /// `September 29, 2018`, `през април 2025 г.`, `September 2025`.
    fn month_first_date(&self, p: usize) -> Option<Found> {
        let (month, e, common) = self.month_name_at(p)?;
        let s = self.skip_ws(e);
        if !self.char_at(s).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let date = if let Some((year, end)) = self.year_after(e) {
            (
                DateValue {
                    year,
                    month: Some(month),
                    day: None,
                },
                end,
            )
        } else {
            let Literal::Number {
                value,
                end,
                plain_digits,
            } = literal_at(self.text, s, self.data, false)?
            else {
                return None;
            };
            let day = as_u32(value).filter(|d| (1..=31).contains(d) && plain_digits <= 2)?;
            // A month name that is also a common word (kk `маусым`, a season) before a number
            // no day of that month can be (`өткен маусымда 31 матчта`, in the last season,
            // 31 games) names no date.
            if common && day > days_in_month(month) {
                return None;
            }
            // `у жовтні 30-річний Саїпов`: the number after the month is an age, no day.
            if self.char_at(end) == Some('-') && self.data.units.longest(self.text, end).is_some() {
                return None;
            }
            // kk `наурызда 6%-ға`, ru `в мае 5 тысяч`: a number with a unit, percent or scale
            // word after it counts something; the month stands alone.
            let after = self.skip_ws(end);
            if self.data.units.longest(self.text, after).is_some()
                || self.data.scales.longest(self.text, after).is_some()
            {
                return None;
            }
            // Where the day comes first (kk `15 маусымда`), a number after the month is a day
            // of it only with a day's mark (uk `у жовтні 30 числа`, kk `наурыздың 6-сы`): kk
            // `осы маусымда 15 рет` is this season, 15 times.
            if !self.data.month_day && !self.day_tail_at(end) {
                return None;
            }
            let mut end = end;
            if let Some((_, oe)) = self.data.ordinals.longest(self.text, end) {
                end = oe;
            }
            let (year, end) = self.year_after(end).unwrap_or((0, end));
            (
                DateValue {
                    year,
                    month: Some(month),
                    day: Some(day),
                },
                end,
            )
        };
        Some(Found {
            start: p,
            end: date.1,
            kind: FigureKind::Date,
            value: Decimal::from(date.0.year),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: Some(date.0),
        })
    }

    /// Whether a day's mark (dates.tsv `day_tail`) follows a number ending at `end`, attached
    /// (kk `6-сы`) or as the next word (uk `30 числа`).
    fn day_tail_at(&self, end: usize) -> bool {
        [end, self.skip_ws(end)].into_iter().any(|at| {
            matches!(
                self.data.dates.longest(self.text, at),
                Some((DateRole::DayTail, _))
            )
        })
    }

    /// `сағат 11-де`, `таңғы 7`: a clock word, then the hour (and maybe minutes).
    fn clock_word_first(&self, p: usize) -> Option<Found> {
        let (&role, e) = self.data.dates.longest(self.text, p)?;
        if !matches!(
            role,
            DateRole::OClockBefore | DateRole::AmBefore | DateRole::PmBefore | DateRole::DayBefore
        ) {
            return None;
        }
        let mut s = self.skip_ws(e);
        // `таңғы сағат 7`: a second clock word.
        if let Some((DateRole::OClockBefore, e2)) = self.data.dates.longest(self.text, s) {
            s = self.skip_ws(e2);
        }
        if !self.char_at(s).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let (hour, minute, end) = match literal_at(self.text, s, self.data, false)? {
            Literal::Clock { hour, minute, end } => (hour, minute, end),
            Literal::Number {
                value,
                end,
                plain_digits: 1..=2,
            } => (as_u32(value).filter(|&h| h <= 24)?, 0, end),
            _ => return None,
        };
        let hour = match role {
            DateRole::PmBefore if hour < 12 => hour + 12,
            DateRole::DayBefore if (1..=6).contains(&hour) => hour + 12,
            _ => hour,
        };
        let mut end = end;
        if self.char_at(end) == Some('-') && self.char_at(end + 1).is_some_and(is_letter) {
            let rest = &self.text[end + 1..];
            end += 1 + rest.find(|ch: char| !is_letter(ch)).unwrap_or(rest.len());
        }
        let q = self.clock_value(p, end, hour, minute);
        Some(Found {
            start: p,
            end: q.end,
            kind: FigureKind::Time,
            value: q.value,
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
        })
    }

    /// A clock time at `start..end` with an optional am/pm or clock word after it.
    fn clock(&self, start: usize, mut hour: u32, minute: u32, end: usize) -> Quantity {
        let mut end = end;
        for s in [end, self.skip_ws(end)] {
            if let Some((role, e)) = self.data.dates.longest(self.text, s) {
                match role {
                    DateRole::Pm if hour < 12 => hour += 12,
                    DateRole::Am if hour == 12 => hour = 0,
                    DateRole::Am | DateRole::Pm | DateRole::ClockTail | DateRole::OClock => {}
                    _ => continue,
                }
                end = e;
                break;
            }
        }
        self.clock_value(start, end, hour, minute)
    }

    /// A time taken (`2:05:30 часа`, `1:45,32`), in seconds; an hour word after it belongs
    /// to it (`ч.`, `часа`).
    fn duration(&self, start: usize, seconds: Decimal, end: usize) -> Quantity {
        let mut end = end;
        for s in [end, self.skip_ws(end)] {
            if let Some((DateRole::ClockTail | DateRole::OClock, e)) =
                self.data.dates.longest(self.text, s)
            {
                end = e;
                break;
            }
        }
        let mut q = Quantity::new(start, end, FigureKind::Measure, seconds);
        q.unit = Some("s");
        q
    }

    fn clock_value(&self, start: usize, end: usize, hour: u32, minute: u32) -> Quantity {
        // Hours as an exact decimal rounded to 10 places; `normalized` prints HH:MM.
        let value = (Decimal::from(hour) + Decimal::from(minute) / Decimal::from(60)).round_dp(10);
        Quantity::new(start, end, FigureKind::Time, value)
    }

    /// Whether a verb of change (the `change_after` rows) follows `at`, the end of a Kazakh
    /// `дейін`, at once or after an adverb (`35%-ға дейін жылдамырақ арттыру`).
    fn change_verb_after(&self, at: usize) -> bool {
        let verb_at = |at: usize| {
            self.data
                .change_verbs_after
                .longest(self.text, at)
                .is_some()
        };
        let next = self.skip_ws(at);
        let adverb_end = next
            + self.text[next..]
                .find(|c: char| !is_letter(c))
                .unwrap_or(self.text.len() - next);
        verb_at(next)
            || (adverb_end > next
                && self.char_at(adverb_end).is_some_and(char::is_whitespace)
                && verb_at(self.skip_ws(adverb_end)))
    }

    /// Whether a verb of change stands among the few words before `at`, in the same clause
    /// (`увеличи актива си до 25,5`: "up to" is "to" there).
    fn change_verb_before(&self, at: usize) -> bool {
        self.verb_before(at, &self.data.change_verbs)
    }

    /// Whether the word from `start` to `end` is the last of a rate's period phrase that
    /// begins a word before it (`сутки` of ru `в сутки`, per day): it says "per", not a span
    /// of its own, even when no figure before it takes the period (`1000 голов в сутки`).
    fn ends_period_phrase(&self, start: usize, end: usize) -> bool {
        word_start(self.text[..start].trim_end(), is_letter).is_some_and(|ws| {
            super::rates::period_phrase_end(self.text, ws, self.lang) == Some(end)
        })
    }

    /// Whether a verb of change or of reaching (`достигна`) stands a few words before `at`:
    /// after one, `до` is "to", not "up to".
    fn to_verb_before(&self, at: usize) -> bool {
        self.change_verb_before(at) || self.verb_before(at, &self.data.reach_verbs)
    }

    /// Whether the `from` word at `lead` (bg `от`, en `from`, uk `від`) ends a phrase of the
    /// `price_from` rows of `qualifiers.tsv` (bg `– от`, `струва от`; en `class from`), with
    /// no verb of change or of reaching a few words before it.
    fn price_from_before(&self, lead: usize) -> bool {
        let Some((_, from_end)) = self.data.ranges.longest(self.text, lead) else {
            return false;
        };
        let mut at = lead;
        let mut found = false;
        for _ in 0..3 {
            let head = self.text[..at].trim_end();
            if head.len() == at || head.is_empty() {
                break;
            }
            let ws = match head.chars().next_back() {
                Some(c @ ('–' | '—')) => head.len() - c.len_utf8(),
                _ => match word_start(head, is_letter) {
                    Some(ws) => ws,
                    None => break,
                },
            };
            if self
                .data
                .price_from
                .longest(self.text, ws)
                .is_some_and(|(_, e)| e == from_end)
            {
                found = true;
                break;
            }
            at = ws;
        }
        found && !self.to_verb_before(lead) && !self.verb_before(lead, &self.data.change_from_verbs)
    }

    /// Whether the clause ends at `at`: the text's end or a mark (`,`, `.`, a dash, a closing
    /// bracket), across white space.
    fn clause_ends_at(&self, at: usize) -> bool {
        self.text[at..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| ",.;:!?)–—".contains(c))
    }

    /// Whether a noun of what falls (the `fallen` rows of `qualifiers.tsv`: bg `сняг`,
    /// `дъжд`) is among the four words from `at`, the number, within the clause: the figure
    /// is then the amount that fell (`паднаха до 35 см сняг`, `до 40 см нов сняг`), not the
    /// level a quantity fell to (`цената падна до 35 лв.`), and `до` is "up to".
    fn fallen_noun_after(&self, at: usize) -> bool {
        let mut p = at;
        for _ in 0..4 {
            let rest = &self.text[p..];
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if len == 0 {
                return false;
            }
            if self
                .data
                .fallen_nouns
                .longest(self.text, p)
                .is_some_and(|(_, e)| !self.char_at(e).is_some_and(is_letter))
            {
                return true;
            }
            if rest[..len].ends_with([',', ';', ':', '.', '!', '?', ')']) {
                return false;
            }
            p = self.skip_ws(p + len);
        }
        false
    }

    /// Whether a noun of change (`ръстът`, ru `рост`) ends right before `at`, a space apart.
    fn change_noun_before(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        before.len() < at
            && word_start(before, is_letter).is_some_and(|ws| {
                self.data
                    .change_nouns
                    .longest(self.text, ws)
                    .is_some_and(|(_, e)| e == before.len())
            })
    }

    /// Whether a word that frames a range (`в рамките на`, ru `в пределах`, `within`) ends
    /// right before `at`, a space apart: the `frame` rows of `ranges.tsv`.
    fn range_frame_before(&self, at: usize) -> bool {
        let before = self.text[..at.min(self.text.len())].trim_end();
        if before.len() == at.min(self.text.len()) {
            return false;
        }
        let mut end = before.len();
        // A frame is a phrase of up to four words: try each word start back from `at`.
        for _ in 0..4 {
            let Some(ws) = word_start(self.text[..end].trim_end(), is_letter) else {
                return false;
            };
            if self
                .data
                .range_frames
                .longest(self.text, ws)
                .is_some_and(|(_, e)| e == before.len())
            {
                return true;
            }
            end = ws;
        }
        false
    }

    /// Whether a change's start stands before `at` after a noun of change (`ръстът от 3%` before
    /// `до 5%`): a `from` word a few words back (the start's number, scale and unit between)
    /// with a noun of change right before it.
    fn change_noun_from_before(&self, at: usize) -> bool {
        let mut end = at;
        for _ in 0..4 {
            let before = self.text[..end].trim_end();
            let ws = before
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            if ws >= before.len() {
                return false;
            }
            if let Some((&RangeRole::From, e)) = self.data.ranges.longest(self.text, ws) {
                return e == before.len() && self.change_noun_before(ws);
            }
            end = ws;
        }
        false
    }

    /// Whether a verb of `verbs` stands a few words before `at`, within the clause (see
    /// [`Scanner::change_verb_before`]).
    fn verb_before(&self, at: usize, verbs: &Phrases<Approx>) -> bool {
        let mut end = at;
        // A gapped clause, its verb left out for a dash, after a comma (`нараснала до 3300
        // кв. км, а обемът му – до 27 куб. км`): its `до` is "to" when the parallel `до`
        // before the comma is.
        let gapped = self.text[..at].trim_end().ends_with(['–', '—']);
        let mut crossed = false;
        // Whether a change's amount and the comma right after it were passed (`подешевшала до
        // долара на 2,1%, до 41,6`): a `до` before them is the verb's own without a figure
        // (against the dollar), and the `до` after them is the change's end. Not across a
        // comma a few words after a figure: that may end another clause (`опустится до 35
        // градусов мороза, а … от -28 до -30`).
        let mut amount = false;
        let mut word_ends: Vec<usize> = Vec::new();
        // Eight words back, within the clause (`ще удвоят броя на предлаганите разкрасителни
        // продукти до 3000`); twelve across a gapped clause's comma.
        for _ in 0..if gapped { 12 } else { 8 } {
            // A dash or an opening parenthesis continues the clause: `вдвое — до 1,05`,
            // `подвоїлося (до 1,05 млн)`.
            let before = self.text[..end]
                .trim_end()
                .trim_end_matches(['(', '—', '–', '-'])
                .trim_end();
            // Other punctuation ends the clause, but for a comma after a figure, which adds
            // the change's ends to its amount (`is rising by 8%, from 12,500 to 13,500`).
            let after_figure = before
                .strip_suffix(',')
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit() || c == '%'));
            if after_figure {
                amount = true;
                end = before.len() - 1;
                continue;
            }
            // The stop of a scale word or an abbreviation is inside the clause (`увеличението
            // от 40 хил. до 100 хил.`, ru `увеличены с 40 тыс. до 100 тыс.`; `нараснали през
            // 2025 г. с 62% до 87 400`, grew in 2025 by 62% to 87,400).
            let stop_inside = before.strip_suffix('.').and_then(|b| {
                let ws = word_start(b, is_letter)?;
                let scale = self
                    .data
                    .scales
                    .longest(self.text, ws)
                    .is_some_and(|(_, e)| e == before.len());
                (scale || crate::segment::abbreviation(self.lang, &before[ws..]).is_some())
                    .then_some(ws)
            });
            if let Some(ws) = stop_inside {
                end = ws;
                continue;
            }
            // Likewise a comma a few words after a figure (`подешевела на 0,3% к доллару, до
            // 41,9`: fell by 0.3% against the dollar, to 41.9): the amount's phrase, then its end.
            if let Some(figure_end) = before
                .strip_suffix(',')
                .and_then(|b| self.figure_words_before(b))
            {
                // The comma of a gapped clause whose first clause ends in its figure (ru
                // `вырастет до 98 тенге, а электроэнергии – до 27`) is crossed here.
                crossed |= gapped;
                end = figure_end;
                continue;
            }
            if gapped && !crossed && before.ends_with(',') {
                crossed = true;
                end = before.len() - 1;
                continue;
            }
            if before.ends_with([',', ';', ':', '.', '!', '?']) {
                return false;
            }
            // A number on the way is a word too (`увеличил с 8,3 пункта до 27%`).
            let number = || {
                word_start(before, |c| {
                    c.is_ascii_digit() || matches!(c, ',' | '.' | '%')
                })
                .filter(|&s| before[s..].starts_with(|c: char| c.is_ascii_digit()))
            };
            // An apostrophe is inside a word (uk `об'єм`).
            let word_letter = |c: char| is_letter(c) || matches!(c, '\'' | '’' | 'ʼ');
            let Some(ws) = word_start(before, word_letter).or_else(number) else {
                return false;
            };
            // A verb of a few words ends at this word's end or at a later word's passed on
            // the way back (`goes up from 933 leva`).
            word_ends.push(before.len());
            if let Some((_, e)) = verbs.longest(self.text, ws) {
                if word_ends.contains(&e) {
                    return true;
                }
            }
            // The verb's own `до` is on the way: it took its figure (`доведе до вълни с
            // височина до 20 фута`: led to waves up to 20 feet high).
            if matches!(
                self.data.qualifiers_before.longest(self.text, ws),
                Some((Approx::UpTo, e)) if e == before.len()
            ) {
                return (crossed || amount) && self.verb_before(ws, verbs);
            }
            end = ws;
        }
        false
    }

    /// Where a figure (its last digit or `%`) ends within the last three words of `head`,
    /// none of them a number or punctuation beside it.
    fn figure_words_before(&self, head: &str) -> Option<usize> {
        let mut b = head.trim_end();
        for _ in 0..3 {
            let ws = word_start(b, is_letter)?;
            b = b[..ws].trim_end();
            if b.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
                return Some(b.len());
            }
        }
        None
    }

    /// Whether a rank word (`номер`, `No.`, `№`) stands right before `at`, spaced or not.
    fn rank_before(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        let Some(token) = word_start(before, |c| !c.is_whitespace()) else {
            return false;
        };
        matches!(
            self.data.dates.longest(self.text, token),
            Some((DateRole::Rank, e)) if e == before.len()
        )
    }

    /// Whether the word before `at` has the date role `role` (`in 2016`, `през 2016`, `на 52 г.`).
    fn prep_before(&self, at: usize, role: DateRole) -> bool {
        let mut before = self.text[..at].trim_end();
        // en `mid-2026`: a year word joined to the year by a hyphen.
        if role == DateRole::YearPrep && before.len() == at {
            if let Some(b) = before.strip_suffix('-') {
                if b.ends_with(is_letter) {
                    before = b;
                }
            }
        }
        // `Q3 2025`, `H1 2024`: a year after a part of it.
        if role == DateRole::YearPrep && before.len() >= 2 {
            let code = before.len() - 2;
            if before.is_char_boundary(code) && self.year_part_code_at(code).is_some() {
                return true;
            }
        }
        // One word such as `всего`, `съответно`, `only` may stand between (`было всего 20
        // лет`, `на възраст съответно 33, 34 и 39 г.`).
        for _ in 0..2 {
            let Some(ws) = word_start(before, is_letter) else {
                return false;
            };
            // A word of two roles (ru `в`: in a year, at a clock time) has a row for each.
            let of_role = self
                .data
                .dates
                .longest_where(self.text, ws, |r| *r == role)
                .is_some_and(|(_, e)| e == before.len());
            if of_role {
                return true;
            }
            match self.data.dates.longest(self.text, ws) {
                // `the first half of 2025`, `the third quarter of 2024`.
                Some((&DateRole::YearPart { .. }, e))
                    if role == DateRole::YearPrep && e == before.len() =>
                {
                    return true
                }
                Some((&DateRole::Filler, e)) if e == before.len() => {
                    before = self.text[..ws].trim_end();
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether a `term_verb` word (bg `осъден`) stands right before the preposition right
    /// before `at`: `осъден на 7 години` is a term of 7 years, not an age.
    fn term_verb_before(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        let Some(prep) = word_start(before, is_letter) else {
            return false;
        };
        let before = self.text[..prep].trim_end();
        word_start(before, is_letter).is_some_and(|ws| {
            self.data
                .dates
                .longest_where(self.text, ws, |r| *r == DateRole::TermVerb)
                .is_some_and(|(_, e)| e == before.len())
        })
    }

    /// Whether `start..end` stands alone between commas (`Саипов, 30 лет, якобы`), or between a
    /// comma and the end of the sentence: a person's age in apposition.
    /// Whether `start..end` is the whole text between an opening and a closing quotation
    /// mark (`“60 минутта”`, `„60 минути“`): a title, not a running sentence.
    fn quoted_whole(&self, start: usize, end: usize) -> bool {
        const OPENING: &[char] = &['"', '“', '„', '«', '‘', '\''];
        const CLOSING: &[char] = &['"', '”', '“', '»', '’', '\''];
        self.char_before(start)
            .is_some_and(|c| OPENING.contains(&c))
            && self.char_at(end).is_some_and(|c| CLOSING.contains(&c))
    }

    fn in_apposition(&self, start: usize, end: usize) -> bool {
        let comma_before = self.text[..start].trim_end().ends_with(',');
        let after = self.text[end..].trim_start();
        let closes = after.is_empty() || after.starts_with([',', '.', ';', ')']);
        comma_before && closes
    }

    /// Whether the unit at `start..end` is a one-letter symbol written in the other case
    /// than its own (`5G`, a network's generation, is not five grams `5 g`; `5M` no five
    /// metres; `25c` no `25C`, 25 °C): the table's matching folds case, a symbol's meaning
    /// does not.
    fn symbol_in_other_case(&self, start: usize, end: usize, unit: &str) -> bool {
        let written = &self.text[start..end];
        let mut letters = written.chars();
        let mut own = unit.chars().filter(|c| c.is_alphabetic());
        match (letters.next(), letters.next(), own.next(), own.next()) {
            (Some(c), None, Some(u), None) if c.is_ascii_alphabetic() && u.is_ascii() => c != u,
            (Some(c), None, _, _) if c.is_alphabetic() => {
                c.is_uppercase() && unit.chars().eq(c.to_lowercase())
            }
            _ => false,
        }
    }

    /// `година-три`: a unit word, a hyphen and a number: a range from one to that number.
    /// The number is a word and the unit a word in lower case: a capital or a digit after the
    /// hyphen makes a designation (`G-20`, `Су-35`, `km-20`), not a range.
    fn unit_range_at(&self, pos: usize) -> Option<Found> {
        let (u, e) = self.data.units.longest(self.text, pos)?;
        if u.kind != FigureKind::Measure
            || self.char_at(e) != Some('-')
            || !self.char_at(pos).is_some_and(char::is_lowercase)
            || !self.char_at(e + 1).is_some_and(char::is_alphabetic)
        {
            return None;
        }
        let q = self.quantity(e + 1, None)?;
        if q.kind != FigureKind::Number || q.value <= Decimal::ONE {
            return None;
        }
        Some(Found {
            start: pos,
            end: q.end,
            kind: FigureKind::Measure,
            value: u.factor,
            high: Some(q.value.checked_mul(u.factor)?),
            unit: Some(u.unit),
            approx: Approx::Exact,
            scale: None,
            date: None,
        })
    }

    /// A month or weekday name alone, with no day or year next to it: `през март`, `in
    /// March`, kk `наурызда` (a month of no known year, ISO 8601's `--03`); `в сряда`, `on
    /// Wednesday`, kk `сәрсенбіде` (a [`FigureKind::Weekday`], 1 Monday to 7 Sunday). A name
    /// that is also a common word (en `may`, bg `неделя`, a week too, ru `Марта`, a name) is
    /// read only right after a `before` word or right before an `after` word of
    /// `weekdays.tsv` (`в неделя`, `in May`, `жұма күні`). An abbreviation (`in Sept.`,
    /// `last Oct.`) is read alone only with a capital, as the month's name is written; its
    /// period may end the sentence too, so a capital after it says nothing.
    fn lone_calendar_at(&self, pos: usize) -> Option<Found> {
        let d = self.data;
        let mut abbreviated = false;
        let mut adjective = false;
        let (kind, value, date, end, common) =
            if let Some((w, e)) = d.weekdays.longest(self.text, pos) {
                adjective = w.stem;
                (FigureKind::Weekday, w.day, None, e, w.common)
            } else {
                let (month, e, common) = self.month_name_at(pos)?;
                if self.text.get(pos..e)?.ends_with('.') {
                    if !self.char_at(pos).is_some_and(char::is_uppercase) {
                        return None;
                    }
                    abbreviated = true;
                }
                let date = DateValue {
                    year: 0,
                    month: Some(month),
                    day: None,
                };
                (FigureKind::Date, 0, Some(date), e, common)
            };
        // A stem form (kk `наурыз*`, ru `воскресн*`) ends where the letters do.
        let rest = self.text.get(end..)?;
        let end = end + rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
        if common
            && !self.calendar_context(kind, pos, end)
            && !self.month_named_beside(kind, pos, end)
        {
            return None;
        }
        // A capitalized name before another capitalized word is a title or a person's name
        // (`The Sunday Telegraph`, `Saturday Night Live`, kk `Жұма Нұрланов`). In a language
        // that writes weekdays in lower case (`lowercase` in `weekdays.tsv`) a capitalized
        // weekday adjective is one too: ru `альманах «Воскресное утро»`, uk `(Суботнім
        // вечором у прямому ефірі)`. A capitalized noun is still a date there: translators
        // write `през Септември`, and a quoted slogan opens with a capital (`„Ноември идва!“`).
        // At a sentence's start the capital says nothing (kk `Дүйсенбі Боливияға`).
        let upper = |c: Option<char>| c.is_some_and(char::is_uppercase);
        let before = self.text[..pos].trim_end();
        let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?']);
        let title = upper(self.char_at(pos))
            && ((d.calendar_lowercase && adjective)
                || upper(self.char_at(self.skip_one_space(end))));
        if !opens_sentence && !abbreviated && title {
            return None;
        }
        Some(Found {
            start: pos,
            end,
            kind,
            value: Decimal::from(value),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date,
        })
    }

    /// A weekday name at a word start inside `start..end` (a time that holds one).
    fn weekday_inside(&self, start: usize, end: usize) -> Option<Found> {
        let span = self.text.get(start..end)?;
        span.char_indices()
            .filter(|&(i, c)| {
                is_letter(c)
                    && !span[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|b| is_letter(b) || b.is_ascii_digit())
            })
            .find_map(|(i, _)| {
                let f = self.lone_calendar_at(start + i)?;
                (f.kind == FigureKind::Weekday && f.end <= end).then_some(f)
            })
    }

    /// Whether a context word of `weekdays.tsv` stands right before `start` or right after
    /// `end` (`в неделя`, `неделя сутринта`); a `before` word marked `weekday` only before a
    /// weekday of `kind` (kk `осы жұмада`, this Friday; `осы маусымда`, this season).
    fn calendar_context(&self, kind: FigureKind, start: usize, end: usize) -> bool {
        let before = self.text[..start].trim_end();
        let word_before = word_start(before, is_letter).is_some_and(|ws| {
            self.data
                .calendar_before
                .longest(self.text, ws)
                .is_some_and(|(&weekday_only, e)| {
                    e == before.len() && (!weekday_only || kind == FigureKind::Weekday)
                })
        });
        word_before
            || self
                .data
                .calendar_after
                .longest(self.text, self.skip_ws(end))
                .is_some()
    }

    /// The month named at `pos` (`months.tsv`), where its name ends, and whether that form is
    /// also a common word (read alone only in context: kk `маусым`, a season too).
    fn month_name_at(&self, pos: usize) -> Option<(u32, usize, bool)> {
        let d = self.data;
        let (&month, e) = d.months.longest(self.text, pos)?;
        let common = d
            .months_in_context
            .longest(self.text, pos)
            .is_some_and(|(_, ce)| ce == e);
        Some((month, e, common))
    }

    /// Whether a month that is no common word stands within two words of `start..end` (kk
    /// `шілдеде де маусымдағы`: in July as in June): a month beside another is one too.
    fn month_named_beside(&self, kind: FigureKind, start: usize, end: usize) -> bool {
        if kind != FigureKind::Date {
            return false;
        }
        let plain_month = |at: usize| self.month_name_at(at).is_some_and(|(_, _, common)| !common);
        // Two words after, then two before; punctuation ends the look.
        let mut at = end;
        for _ in 0..2 {
            at = self.skip_ws(at);
            if !self.char_at(at).is_some_and(is_letter) {
                break;
            }
            if plain_month(at) {
                return true;
            }
            let rest = &self.text[at..];
            at += rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
        }
        let mut before = self.text[..start].trim_end();
        for _ in 0..2 {
            let Some(ws) = word_start(before, is_letter) else {
                break;
            };
            if plain_month(ws) {
                return true;
            }
            before = self.text[..ws].trim_end();
        }
        false
    }

    /// The year a plain number may be (`Rankings 2027`): written as a year is ([`is_year`]),
    /// and, with no year word to say so, of the years news counts back from, 1900 to 2100.
    fn year_as_number(&self, f: &Found) -> Option<i32> {
        let digits = self.text.get(f.start..f.end)?;
        let plain = f.kind == FigureKind::Number
            && f.unit.is_none()
            && f.scale.is_none()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && is_year(f.value, digits.len());
        let year = i32::try_from(as_u32(f.value)?).ok()?;
        (plain && (1900..=2100).contains(&year)).then_some(year)
    }

    /// `тази година`, `last year`, `last month`, resolved against the document's date;
    /// `a year earlier` against the year named before it among `prior`, the sentence's
    /// figures so far.
    fn relative_at(&self, pos: usize, prior: &[Found]) -> Option<Found> {
        let (role, e) = self.data.dates.longest(self.text, pos)?;
        let date = match *role {
            DateRole::RelYear(n) => DateValue {
                year: self.doc_date?.year + n,
                month: None,
                day: None,
            },
            DateRole::RelYearThen(n) => {
                // The year named last in the sentence so far, else in the sentence before
                // (`През 2025 г. … Година по-рано …`), else the document's.
                // A bare four-digit number in the sentence names a year too when a year
                // earlier is counted from it (`QS World University Rankings 2027, from 165th a
                // year earlier`): an edition's year after a name is read as a plain number.
                let named = prior
                    .iter()
                    .rev()
                    .find_map(|f| named_year(f).or_else(|| self.year_as_number(f)))
                    .or_else(|| {
                        let before = scan(self.before?, self.lang, self.doc_date, None);
                        before.iter().rev().find_map(named_year)
                    });
                DateValue {
                    year: named.or(self.doc_date.map(|d| d.year))? + n,
                    month: None,
                    day: None,
                }
            }
            DateRole::RelYearElided(n) => {
                // Only where the clause ends on the word, and only after a year named in
                // this sentence: `Миналата година … с 12% повече от предходната.`
                let next = self.text[e..].trim_start().chars().next();
                if next.is_some_and(|c| c.is_alphanumeric()) {
                    return None;
                }
                let named = prior.iter().rev().find_map(named_year)?;
                DateValue {
                    year: named + n,
                    month: None,
                    day: None,
                }
            }
            DateRole::RelMonth(n) => {
                let today = self.doc_date?;
                let m0 = i64::from(today.month) - 1 + i64::from(n);
                DateValue {
                    year: today.year + i32::try_from(m0.div_euclid(12)).ok()?,
                    month: Some(u32::try_from(m0.rem_euclid(12)).ok()? + 1),
                    day: None,
                }
            }
            _ => return None,
        };
        let kind = if date.month.is_some() {
            FigureKind::Date
        } else {
            FigureKind::Year
        };
        Some(Found {
            start: pos,
            end: e,
            kind,
            value: Decimal::from(date.year),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: Some(date),
        })
    }
}

/// The year a figure names: a single year or a date's (a bare year, `in 2024`, carries its
/// year as its value only).
fn named_year(f: &Found) -> Option<i32> {
    let year = match f.kind {
        FigureKind::Year if f.high.is_none() => f
            .date
            .map(|d| d.year)
            .or_else(|| i32::try_from(as_u32(f.value)?).ok()),
        FigureKind::Date => f.date.map(|d| d.year),
        _ => None,
    };
    year.filter(|&y| y != 0)
}

/// Whether a figure of this kind may be negative: amounts may; a year, date, time, score,
/// ordinal, age or share may not.
fn takes_sign(kind: FigureKind) -> bool {
    matches!(
        kind,
        FigureKind::Number
            | FigureKind::Percent
            | FigureKind::PercentPoints
            | FigureKind::Money
            | FigureKind::Measure
    )
}

/// A sign written before a number: `Some(true)` for a minus (`-`, `−`, the same in every
/// language), `Some(false)` for a plus.
fn sign_char(c: char) -> Option<bool> {
    match c {
        '-' | '\u{2212}' => Some(true),
        '+' => Some(false),
        _ => None,
    }
}

/// A century written in Roman numerals (`XIV век`) at `start..end`: the ordinal `n`.
fn century_found(start: usize, end: usize, n: u32) -> Found {
    Found {
        start,
        end,
        kind: FigureKind::Ordinal,
        value: Decimal::from(n),
        high: None,
        unit: None,
        approx: Approx::Exact,
        scale: None,
        date: None,
    }
}

/// Part `n` of a year cut in `parts` (4: a quarter, `Q`; 2: a half, `H`) at `start..end`.
fn year_part_found(start: usize, end: usize, n: u32, parts: u8) -> Found {
    Found {
        start,
        end,
        kind: FigureKind::YearPart,
        value: Decimal::from(n),
        high: None,
        unit: Some(if parts == 2 { "H" } else { "Q" }),
        approx: Approx::Exact,
        scale: None,
        date: None,
    }
}

/// The start of the last word of `text` (its run of characters that are `part` of a word), or
/// None when it has none or when it is longer than any word of the tables: asking only the
/// last few characters keeps a run of thousands of letters and digits (encoded data pasted
/// into an article) from costing its length at every figure in it.
pub(super) fn word_start(text: &str, part: impl Fn(char) -> bool) -> Option<usize> {
    const LONGEST_WORD: usize = 64;
    let mut start = None;
    for (n, (i, c)) in text.char_indices().rev().enumerate() {
        if !part(c) {
            return start;
        }
        if n == LONGEST_WORD {
            return None;
        }
        start = Some(i);
    }
    start
}

/// What may join the two parts of a compound unit besides nothing and an `and` word (the
/// fourth column of `src/lang/compound_units.tsv`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Joiner {
    /// A duration's comma (`2 hours, 30 minutes`): the default.
    Comma,
    /// Nothing more (`no_comma`: `3 м, 80 см` lists two dimensions).
    Nothing,
    /// A hyphen (`hyphen`: `6-foot-6`, kk `6 фут-6 дюйм`).
    Hyphen,
}

/// How many of the `smaller` unit make one of the `larger` (`src/lang/compound_units.tsv`),
/// and what may join the two parts.
fn compound_per(larger: &str, smaller: &str) -> Option<(Decimal, Joiner)> {
    type Row = (&'static str, &'static str, Decimal, Joiner);
    static TABLE: std::sync::OnceLock<Vec<Row>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            crate::lang::rows(include_str!("../lang/compound_units.tsv"))
                .filter_map(|r| match r[..] {
                    [larger, smaller, per, ..] => Some((
                        larger,
                        smaller,
                        per.parse().ok()?,
                        match r.get(3) {
                            Some(&"no_comma") => Joiner::Nothing,
                            Some(&"hyphen") => Joiner::Hyphen,
                            _ => Joiner::Comma,
                        },
                    )),
                    _ => None,
                })
                .collect()
        })
        .iter()
        .find(|&&(l, s, _, _)| l == larger && s == smaller)
        .map(|&(_, _, per, joiner)| (per, joiner))
}

/// The most days a month may have (February in a leap year: 29).
fn days_in_month(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
