//! Numbers written in digits: grouping with spaces, no-break and thin spaces, dots, commas or
//! apostrophes; a decimal comma or point (which one is the language's `digits.tsv`);
//! clock times (`15:00`, `7.55am`), race times (`2:05:30`, `1:45,32`) and numeric dates
//! (`29.09.2018`, `2018-09-29`).
//!
//! A comma or point followed by exactly three digits is a group separator when it is the
//! language's group character or repeats (`1.000.000`); otherwise it is the decimal separator:
//! `1,500` is 1500 in English and 1.5 in Bulgarian, and `1, 2, 3` is a list because a
//! separator must be followed directly by a digit.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::lexicon::LangData;
use super::DateValue;

/// What a run of digits at a position turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Literal {
    /// A number. `plain_digits`: how many digits when it was written without any separator
    /// (`2023` → 4), 0 otherwise, for telling years and two-digit decades from amounts.
    Number {
        value: Decimal,
        end: usize,
        plain_digits: usize,
    },
    /// `15:00`, `7.55` (before am/pm): hours and minutes.
    Clock { hour: u32, minute: u32, end: usize },
    /// `29.09.2018`, `2018-09-29`.
    Date { date: DateValue, end: usize },
    /// A time taken, in seconds: `2:05:30` (hours, minutes, seconds), `1:45,32` (minutes,
    /// seconds and a decimal part). A time of day has neither three parts nor a decimal part.
    Duration { seconds: Decimal, end: usize },
}

fn is_space_sep(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The run of ASCII digits starting at `at`: its end.
fn digit_run(b: &[u8], at: usize) -> usize {
    let mut i = at;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The separator character at `at` (if any) and the byte where the digits after it start.
fn separator_at(text: &str, at: usize) -> Option<(char, usize)> {
    let c = text.get(at..)?.chars().next()?;
    let next = at + c.len_utf8();
    let is_sep = is_space_sep(c) || matches!(c, ',' | '.' | '\'');
    (is_sep && text.as_bytes().get(next).is_some_and(u8::is_ascii_digit)).then_some((c, next))
}

fn small(b: &[u8], s: usize, e: usize) -> u32 {
    b[s..e].iter().fold(0u32, |acc, d| {
        acc.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    })
}

/// `dd.mm.yyyy`, `dd/mm/yyyy` (`mm/dd/yyyy` in English) and `yyyy-mm-dd`.
fn numeric_date(text: &str, at: usize, month_first: bool) -> Option<Literal> {
    let b = text.as_bytes();
    let e1 = digit_run(b, at);
    let sep = *b.get(e1)?;
    let s2 = e1 + 1;
    let e2 = digit_run(b, s2);
    if e2 == s2 || b.get(e2) != Some(&sep) {
        return None;
    }
    let s3 = e2 + 1;
    let e3 = digit_run(b, s3);
    let (l1, l2, l3) = (e1 - at, e2 - s2, e3 - s3);
    let (year, month, day) = match sep {
        b'-' if l1 == 4 && l2 == 2 && l3 == 2 => {
            (small(b, at, e1), small(b, s2, e2), small(b, s3, e3))
        }
        b'.' | b'/' if l1 <= 2 && l2 <= 2 && l3 == 4 => {
            let (a, m) = (small(b, at, e1), small(b, s2, e2));
            let (d, m) = if sep == b'/' && month_first {
                (m, a)
            } else {
                (a, m)
            };
            (small(b, s3, e3), m, d)
        }
        _ => return None,
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(Literal::Date {
        date: DateValue {
            year: i32::try_from(year).ok()?,
            month: Some(month),
            day: Some(day),
        },
        end: e3,
    })
}

/// `15:00`, `7:55`; and `7.55` when `dot_clock` (an am/pm follows).
fn clock(text: &str, at: usize) -> Option<Literal> {
    let b = text.as_bytes();
    let e1 = digit_run(b, at);
    if e1 - at > 2 || !matches!(b.get(e1), Some(b':' | b'.' | b',')) {
        return None;
    }
    let e2 = digit_run(b, e1 + 1);
    if e2 - (e1 + 1) != 2 {
        return None;
    }
    let (hour, minute) = (small(b, at, e1), small(b, e1 + 1, e2));
    // With a colon, a time that cannot be (`11:95`, `25:00`: a mistyped digit) is still read
    // as one, so that it meets the other side's time as a changed figure, not as two numbers.
    let colon = b.get(e1) == Some(&b':');
    let valid = hour <= 24 && minute <= 59;
    (valid || colon && hour <= 29).then_some(Literal::Clock {
        hour,
        minute,
        end: e2,
    })
}

/// `2:05:30`, `2:05:30,4`, `1:45,32`, `1:45.32`: a time taken (see [`Literal::Duration`]).
/// Where the language's decimal mark is a comma, a dot before two digits parts the seconds
/// (ru `2:05.31`, as the Russian press writes a marathon's time): hours, minutes, seconds.
fn duration(text: &str, at: usize, decimal: char) -> Option<Literal> {
    let b = text.as_bytes();
    let e1 = digit_run(b, at);
    if e1 - at > 2 || b.get(e1) != Some(&b':') {
        return None;
    }
    let e2 = digit_run(b, e1 + 1);
    if e2 - (e1 + 1) != 2 || small(b, e1 + 1, e2) > 59 {
        return None;
    }
    let first = Decimal::from(small(b, at, e1));
    let second = Decimal::from(small(b, e1 + 1, e2));
    let (whole, mut end) = if b.get(e2) == Some(&b':') {
        let e3 = digit_run(b, e2 + 1);
        if e3 - (e2 + 1) != 2 || small(b, e2 + 1, e3) > 59 {
            return None;
        }
        let seconds = Decimal::from(small(b, e2 + 1, e3));
        (
            first * Decimal::from(3600) + second * Decimal::from(60) + seconds,
            e3,
        )
    } else {
        (first * Decimal::from(60) + second, e2)
    };
    // The decimal part of the seconds: one to three digits, not the start of another clock
    // time (`в 15:00,16:00`).
    let mut frac = None;
    if end == e2 && decimal == ',' && b.get(end) == Some(&b'.') {
        let e = digit_run(b, end + 1);
        let next_is_digit = |i: usize| b.get(i + 1).is_some_and(u8::is_ascii_digit);
        let more = matches!(b.get(e), Some(b'.' | b',' | b':')) && next_is_digit(e);
        if e - (end + 1) == 2 && small(b, end + 1, e) <= 59 && !more {
            let seconds = whole * Decimal::from(60) + Decimal::from(small(b, end + 1, e));
            return Some(Literal::Duration { seconds, end: e });
        }
    }
    if matches!(b.get(end), Some(b',' | b'.')) {
        let e = digit_run(b, end + 1);
        if (1..=3).contains(&(e - (end + 1))) && b.get(e) != Some(&b':') {
            frac = Some(&text[end + 1..e]);
            end = e;
        }
    }
    if frac.is_none() && end == e2 {
        // `15:00`: minutes and seconds without a decimal part are a time of day.
        return None;
    }
    let seconds = match frac {
        Some(f) => whole + Decimal::from_str(&format!("0.{f}")).ok()?,
        None => whole,
    };
    Some(Literal::Duration { seconds, end })
}

/// `1.56,34`: minutes and seconds parted by a dot, the hundredths by a comma, as the Kazakh
/// press writes a time taken. No number is written so (a group has three digits).
fn dotted_duration(text: &str, at: usize) -> Option<Literal> {
    let b = text.as_bytes();
    let e1 = digit_run(b, at);
    if e1 - at > 2 || b.get(e1) != Some(&b'.') {
        return None;
    }
    let e2 = digit_run(b, e1 + 1);
    if e2 - (e1 + 1) != 2 || small(b, e1 + 1, e2) > 59 || b.get(e2) != Some(&b',') {
        return None;
    }
    let e3 = digit_run(b, e2 + 1);
    if !(1..=3).contains(&(e3 - (e2 + 1)))
        || matches!(b.get(e3), Some(b'.' | b',' | b':'))
            && b.get(e3 + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let whole =
        Decimal::from(small(b, at, e1)) * Decimal::from(60) + Decimal::from(small(b, e1 + 1, e2));
    let frac = Decimal::from_str(&format!("0.{}", &text[e2 + 1..e3])).ok()?;
    Some(Literal::Duration {
        seconds: whole + frac,
        end: e3,
    })
}

/// More digits in a whole part than [`Decimal`] holds (28 or 29), with room to spare.
const MAX_DIGITS: usize = 40;

/// Reads the digits starting at `at` (an ASCII digit). `dot_clock` says whether `7.55`
/// should be read as a time (the caller saw am/pm after it). `None` only for digit runs too
/// long to be a value.
pub fn literal_at(text: &str, at: usize, data: &LangData, month_first: bool) -> Option<Literal> {
    let b = text.as_bytes();
    if let Some(d) = numeric_date(text, at, month_first) {
        return Some(d);
    }
    if b.get(digit_run(b, at)) == Some(&b':') {
        if let Some(d) = duration(text, at, data.decimal) {
            return Some(d);
        }
        if let Some(c) = clock(text, at) {
            return Some(c);
        }
    }
    if let Some(d) = dotted_duration(text, at) {
        return Some(d);
    }
    let first_end = digit_run(b, at);
    let first_len = first_end - at;
    let mut int = String::with_capacity(16);
    int.push_str(&text[at..first_end]);
    let mut frac: Option<&str> = None;
    let mut group: Option<char> = None;
    let mut end = first_end;
    // A number joined to letters by a hyphen is a designation's (`АИ-92`, `F-16`): a figure
    // after it and a space is another (`литър АИ-92 215 теңге`), never its group of thousands.
    let designation = text[..at]
        .strip_suffix('-')
        .and_then(|before| before.chars().next_back())
        .is_some_and(char::is_alphabetic);
    while let Some((sep, ds)) = separator_at(text, end) {
        let de = digit_run(b, ds);
        let run = &text[ds..de];
        let three = run.len() == 3 && first_len <= 3;
        // More digits than any value holds: no figure (and no need to read further groups:
        // `999 999 999 …` would be read again from every group).
        if int.len() > MAX_DIGITS {
            return None;
        }
        if is_space_sep(sep) {
            if three && !designation && group.is_none_or(is_space_sep) {
                group = Some(' ');
                int.push_str(run);
                end = de;
                continue;
            }
            break;
        }
        let repeats =
            separator_at(text, de).is_some_and(|(c, s)| c == sep && digit_run(b, s) - s == 3);
        let as_group =
            three && (group == Some(sep) || (group.is_none() && (sep == data.group || repeats)));
        if as_group {
            group = Some(sep);
            int.push_str(run);
            end = de;
        } else if group != Some(sep) && sep != '\'' {
            frac = Some(run);
            end = de;
            break;
        } else {
            break;
        }
    }
    let value = match frac {
        Some(f) => Decimal::from_str(&format!("{int}.{f}")).ok()?,
        None => Decimal::from_str(&int).ok()?,
    };
    let plain_digits = if group.is_none() && frac.is_none() {
        first_len
    } else {
        0
    };
    Some(Literal::Number {
        value,
        end,
        plain_digits,
    })
}

/// `7.55` or `17,30` read as a clock time (the caller has seen `am`/`pm` or an hour word after
/// it).
pub fn dotted_clock(text: &str, at: usize) -> Option<Literal> {
    clock(text, at)
}
