//! Rates per period: an amount or measure followed by a period (`10 млн. долара годишно`,
//! `20 тона на ден`, `$10 million a year`) is a rate, its unit the unit over the period
//! (`USD/year`, `t/day`; the contract's value form, as `700 g/t`). The same holds for a
//! price per unit of a measure (`2150 евро за кв. м`, `$80 a barrel`: `EUR/m2`, `USD/bbl`),
//! whose phrase names the unit's symbol instead of a period. The phrases of each language are
//! data, `src/lang/<code>/rates.tsv`; this module reads them after the figure grammar
//! ([`super::scan`]) has found the figure, so the two stay apart.

use std::sync::OnceLock;

use super::lexicon::Phrases;
use super::{Figure, FigureKind};
use crate::lang::Lang;

/// The periods a rate's unit may end in (`/year`); `rates.tsv` may also name a unit
/// (`m2`, a price per square metre; `s`, a flow or speed, as the units tables write them).
pub const PERIODS: [&str; 6] = ["minute", "hour", "day", "week", "month", "year"];

/// The period of a table row that says "no rate here": a longer phrase that starts as a
/// period does and means a time (en `a year ago`, `a day later`).
const NO_PERIOD: &str = "-";

/// How many hours each period lasts (a month and a year on average), for a rate said per
/// another period (`$120 million a year` against `10 млн. долара месечно`).
pub fn hours(period: &str) -> Option<f64> {
    Some(match period {
        "minute" => 1.0 / 60.0,
        "hour" => 1.0,
        "day" => 24.0,
        "week" => 168.0,
        "month" => 730.5,
        "year" => 8766.0,
        _ => return None,
    })
}

/// Units a period does not divide into a rate: times and ages (`5 години годишно` says
/// nothing per year) but for the [`TIMES`] a longer period divides, temperatures, units that
/// are rates already (`км/ч`, `mph`), and multipliers (`x`).
const NOT_DIVIDED: [&str; 13] = [
    "age", "century", "day", "decade", "deg", "month", "mph", "s", "week", "x", "year", "°C", "°F",
];

/// Times a longer period divides, with their length in hours: hours or minutes a day, a week
/// (`по 8-12 часа на денонощие`, `8 to 12 hours a day`: `hour/day`), a rate a reader checks
/// (a day written a week). A time said once (`за 24 часа`) has no period after it and stays a
/// duration; `5 години годишно` (years over a year) stays none.
const TIMES: [(&str, f64); 3] = [("hour", 1.0), ("h", 1.0), ("min", 1.0 / 60.0)];

/// A length over an hour is a speed, written as the speed units are (`100 км в час` is
/// `100 km/h`, like `100 км/ч`).
const SPEEDS: [(&str, &str); 2] = [("km/hour", "km/h"), ("mi/hour", "mph")];

/// The second as the units tables write it (`3450 куб. м в секунда` is `m3/s`, like `3450
/// м3/с`): with the periods, the one unit that divides a measure. Any other unit divides
/// money only, a price (`2150 евро за кв. м`, `EUR/m2`): `5,2 тонны с гектара` stays tonnes.
const SECOND: &str = "s";

/// A mass over a volume is a concentration, the other measure a period may divide (kk `литріне
/// 5,4 грамм`, en `5.4 grams per litre`: `5.4 g/l`, like `5,4 г/л`), where the result is a unit
/// the units tables write; `5 тона на хектар` stays tonnes. So is an ore's grade, a mass over a
/// tonne (ru `0,42 грамма на тонну`, kk `тоннасына 0,42 грамм`: `0.42 g/t`, like `0,42 г/т`).
const CONCENTRATIONS: [&str; 6] = ["g/l", "mg/l", "g/m3", "mg/m3", "g/t", "kg/t"];

/// One phrase of a rates table that may also stand before the figure (kk `жылына 120 миллион
/// фунт`: a year 120 million pounds; the table's third column `either`).
struct Before {
    /// Lower-case.
    text: String,
    period: &'static str,
}

/// The phrases of one language: all of them, matched after a figure, and those that may also
/// stand before one, longest first; and the words that join a figure to the noun it counts
/// (en `of` in `6 million tonnes of steel a year`; the table's third column `link`).
struct Table {
    after: Phrases<&'static str>,
    before: Vec<Before>,
    links: Vec<String>,
}

/// The phrases of `lang`.
fn table(lang: Lang) -> &'static Table {
    static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
    crate::lang::per_language(&TABLES, lang, |l| {
        let mut t = Table {
            after: Phrases::new(),
            before: Vec::new(),
            links: Vec::new(),
        };
        for r in crate::lang::rows(super::lexicon::table(l, "rates")) {
            let Some(&period) = r.get(1) else {
                continue;
            };
            if r.get(2) == Some(&"link") {
                t.links.push(r[0].to_lowercase());
                continue;
            }
            t.after.add(r[0], period);
            if r.get(2) == Some(&"either") {
                t.before.push(Before {
                    text: r[0].to_lowercase(),
                    period,
                });
            }
        }
        t.before
            .sort_by_key(|p| std::cmp::Reverse(p.text.chars().count()));
        t
    })
}

/// The period written right before byte `start` of `text` (after white space), for the
/// phrases the table allows there: `жылына` in `жылына 120 миллион фунт`.
pub fn period_before(text: &str, start: usize, lang: Lang) -> Option<&'static str> {
    let head = text.get(..start)?;
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() || head[trimmed.len()..].contains('\n') {
        return None;
    }
    let lower = trimmed.to_lowercase();
    table(lang)
        .before
        .iter()
        .find(|p| {
            lower
                .strip_suffix(p.text.as_str())
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
        })
        .map(|p| p.period)
        .filter(|&p| p != NO_PERIOD)
}

/// The period written right after byte `end` of `text` (after white space), and the byte
/// where its phrase ends: `годишно` in `10 млн. долара годишно`. The phrase must end a word.
pub fn period_after(text: &str, end: usize, lang: Lang) -> Option<(&'static str, usize)> {
    let rest = text.get(end..)?;
    let start = end + (rest.len() - rest.trim_start().len());
    // The period belongs to the figure only when nothing but spaces stands between them
    // (the figure's end may take a space in already).
    let spaced = start > end || text.get(..end)?.ends_with(char::is_whitespace);
    if !spaced || text[end..start].contains('\n') {
        return None;
    }
    // The longest phrase decides: `a year ago` is a time, not `a year`.
    let (&period, phrase_end) = table(lang).after.longest(text, start)?;
    (period != NO_PERIOD).then_some((period, phrase_end))
}

/// The most words a rate's period may stand after the figure, between them the noun counted
/// and its adjective (`6 млн. тона стомана годишно`, `6 млн тонн стали в год`, `6 million
/// tonnes of steel a year`); a word that joins them (`of`) is not counted.
const NOUN_WORDS: usize = 2;

/// The period written after byte `end` of `text` past the noun the figure counts, and the
/// byte where its phrase ends: `годишно` in `6 млн. тона стомана годишно`. Only a period (not
/// a unit: `5 тона зърно на хектар` is no rate), after at most [`NOUN_WORDS`] words written in
/// lower-case letters, none of them a common word of the language (`for`, `за`: a word that
/// may say something else of the period) and none followed by a mark; a phrase of the table
/// right after the figure (`a year ago`, `за тон`) stops the search.
fn period_past_noun(text: &str, end: usize, lang: Lang) -> Option<(&'static str, usize)> {
    let t = table(lang);
    let common = &crate::names::tables::tables().lang(lang).words;
    let mut at = end;
    let mut words = 0;
    let mut linked = false;
    loop {
        let rest = text.get(at..)?;
        let start = at + (rest.len() - rest.trim_start().len());
        if text[at..start].contains('\n') || (start == at && (at > end || words > 0)) {
            return None;
        }
        if let Some((&period, phrase_end)) = t.after.longest(text, start) {
            return (words > 0 && PERIODS.contains(&period)).then_some((period, phrase_end));
        }
        let word_len = text[start..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(text.len() - start);
        let word = &text[start..start + word_len];
        let next = text[start + word_len..].chars().next();
        if word.is_empty()
            || !word.starts_with(|c: char| c.is_lowercase())
            || !next.is_some_and(char::is_whitespace)
        {
            return None;
        }
        at = start + word_len;
        if !linked && words == 0 && t.links.iter().any(|l| l == word) {
            linked = true;
            continue;
        }
        if common.contains_key(word) {
            return None;
        }
        words += 1;
        if words > NOUN_WORDS {
            return None;
        }
    }
}

/// Where a period phrase starting at byte `at` of `text` ends (`в сутки`, `a year`), if one
/// does; a phrase that means a time (`a year ago`) is none.
pub fn period_phrase_end(text: &str, at: usize, lang: Lang) -> Option<usize> {
    match table(lang).after.longest(text, at) {
        Some((&period, end)) if period != NO_PERIOD => Some(end),
        _ => None,
    }
}

/// Makes `figure` (found in `text` from byte `start` to `end`) a rate when a period follows
/// it (or, where the table allows, precedes it): its unit becomes the unit over the period,
/// and its text takes a following period's words in. Returns the new end when it made
/// `figure` a rate, `None` when it left it as it was. Only money and measures: a plain count
/// per period (`100 души на ден`) keeps no unit to divide.
pub fn read_period(
    text: &str,
    (start, end): (usize, usize),
    lang: Lang,
    figure: &mut Figure,
) -> Option<usize> {
    if !matches!(figure.kind, FigureKind::Money | FigureKind::Measure) {
        return None;
    }
    let unit = figure.unit.as_deref()?;
    let time = TIMES.iter().find(|(u, _)| *u == unit).map(|&(_, h)| h);
    if unit.contains('/') || NOT_DIVIDED.contains(&unit) {
        return None;
    }
    let (period, period_end) = period_after(text, end, lang)
        .or_else(|| period_before(text, start, lang).map(|period| (period, end)))
        .or_else(|| period_past_noun(text, end, lang))?;
    if time.is_some_and(|h| hours(period).is_none_or(|p| p <= h)) {
        return None;
    }
    let rate = format!("{unit}/{period}");
    if !(PERIODS.contains(&period)
        || period == SECOND
        || figure.kind == FigureKind::Money
        || CONCENTRATIONS.contains(&rate.as_str()))
    {
        return None;
    }
    let rate = SPEEDS
        .iter()
        .find(|(long, _)| *long == rate)
        .map_or(rate, |(_, speed)| speed.to_string());
    figure.unit = Some(rate);
    Some(period_end)
}

/// A rate's unit split into the unit and its period (`USD/year` → `USD`, `year`); `None`
/// for a unit that is no rate per period (`g/t`, `km/h`: speeds are units of their own).
pub fn split_rate(unit: &str) -> Option<(&str, &str)> {
    let (base, period) = unit.rsplit_once('/')?;
    PERIODS.contains(&period).then_some((base, period))
}

/// A price per unit of a measure split into the currency and the unit (`EUR/m2` → `EUR`,
/// `m2`): money is written with no `/` but in a rate, so any `/` in its unit splits it.
pub fn split_price(figure: &Figure) -> Option<(&str, &str)> {
    if figure.kind != FigureKind::Money {
        return None;
    }
    figure.unit.as_deref()?.rsplit_once('/')
}

/// [`split_rate`], speeds included (`km/h` → `km`, `hour`), for comparing a speed with a
/// length per another period (`85 mph` against `85 мили на ден`).
pub fn split_rate_or_speed(unit: &str) -> Option<(&str, &str)> {
    split_rate(unit).or_else(|| {
        SPEEDS
            .iter()
            .find(|(_, speed)| *speed == unit)
            .and_then(|(long, _)| long.split_once('/'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_sorted_rates_table_of_known_periods_and_units() {
        let table = crate::figures::lexicon::table;
        let units: Vec<&str> = Lang::ALL
            .into_iter()
            .flat_map(|l| crate::lang::rows(table(l, "units")).filter_map(|r| r.get(1).copied()))
            .collect();
        for lang in Lang::ALL {
            let rows: Vec<Vec<&str>> = crate::lang::rows(table(lang, "rates")).collect();
            assert!(!rows.is_empty(), "{lang}");
            for r in &rows {
                assert!(
                    PERIODS.contains(&r[1]) || r[1] == NO_PERIOD || units.contains(&r[1]),
                    "{lang}: {r:?}"
                );
            }
            for w in rows.windows(2) {
                assert!(w[0][0].as_bytes() < w[1][0].as_bytes(), "{lang}: {w:?}");
            }
        }
    }

    #[test]
    fn a_period_must_end_a_word() {
        let text = "10 долара годишно.";
        let end = "10 долара".len();
        assert_eq!(
            period_after(text, end, Lang::Bg),
            Some(("year", text.len() - 1))
        );
        assert_eq!(period_after("$10 a yearling", 3, Lang::En), None);
        assert_eq!(period_after("$10 daily", 3, Lang::En), Some(("day", 9)));
        assert_eq!(period_after("$10", 3, Lang::En), None);
        assert_eq!(period_after("$10 a year ago", 3, Lang::En), None);
        let kk = "қазынаға жылына 120 миллион фунт";
        let at = kk.find("120").unwrap_or_default();
        assert_eq!(period_before(kk, at, Lang::Kk), Some("year"));
        assert_eq!(
            period_before("жылынан 120", "жылынан ".len(), Lang::Kk),
            None
        );
    }

    #[test]
    fn split_rates() {
        assert_eq!(split_rate("USD/year"), Some(("USD", "year")));
        assert_eq!(split_rate("g/t"), None);
        assert_eq!(split_rate("km/h"), None);
        assert_eq!(split_rate_or_speed("km/h"), Some(("km", "hour")));
        assert_eq!(split_rate_or_speed("mph"), Some(("mi", "hour")));
    }
}
