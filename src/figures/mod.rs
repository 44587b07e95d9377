//! Figures: finding numbers, percentages, money, measures, dates, ranges and qualifiers in a
//! sentence, and normalizing them into language-neutral values (the contract's value forms).
//!
//! Values are exact decimals ([`rust_decimal::Decimal`]): `1,1 млрд.` is exactly `1100000000`.
//! The language knowledge (separators, scale words, number words, units, currencies, months,
//! qualifiers) lives in `src/lang/<code>/*.tsv`; this module holds the logic only:
//! [`digits`] reads digit formats, [`lexicon`] loads the tables, [`scan`] is the grammar that
//! puts numbers, words and markers together, and [`words`] (the number-words stage) reads
//! numbers written in words.
//!
//! Dates in words: a month named alone (`през март`, `in March`) is a [`FigureKind::Date`] of
//! no known year, `--03`; a weekday named alone (`в сряда`, `on Wednesday`) a
//! [`FigureKind::Weekday`], `-W-3`. Names that are also common words (en `may`, bg `неделя`)
//! are read only beside a preposition or day-part word (`src/lang/<code>/weekdays.tsv`).
//!
//! Multipliers (`два пъти по-висок`, `doubled`) are measures of unit `x` ([`multipliers`]).
//!
//! Shares and percentages: `всеки пети барел` is a [`FigureKind::Fraction`] of value `0.2`,
//! `20%` a [`FigureKind::Percent`] of value `20`. [`Figure::share`] gives both as a share of
//! one (`0.2`), so a comparison treats them as equal by comparing shares.

pub mod change_ends;
pub mod counted;
pub mod digits;
pub mod directions;
pub mod lexicon;
pub mod models;
pub mod multipliers;
pub mod rates;
pub mod scan;
pub mod scores;
pub mod words;

use rust_decimal::Decimal;

use crate::document::Document;
use crate::segment::Sentence;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureKind {
    /// A plain count or amount: `410 000`, `един милион`.
    Number,
    /// `4,4%`.
    Percent,
    /// Percentage points: `2 п.п.`.
    PercentPoints,
    /// An amount with a currency (`unit` holds the ISO code: `USD`).
    Money,
    /// An amount with a unit (`unit` holds the symbol: `t`, `m`, `g/t`, `km2`, `year`).
    Measure,
    /// A calendar year: `2023 г.`.
    Year,
    /// A date with month precision or finer (see [`Figure::date`]).
    Date,
    /// A decade or other period: `1990-те`, `the 1980s`.
    Period,
    /// A quarter or half of a year named by its ordinal: `третото тримесечие`, `Q3`, `III
    /// квартал`, `the first half` (`unit` `Q` or `H`; value its number). Normalized `Q3`,
    /// `H1`; the contract's kind `date`.
    YearPart,
    /// An ordinal: `пети`, `fifth`.
    Ordinal,
    /// A fraction or share: `половин`, `една трета`, `every fifth` (value 0.2).
    Fraction,
    /// A time of day: `15:00`, `3 p.m.` (value in hours, `15.5` for 15:30, rounded to 10
    /// places; normalized as `HH:MM`).
    Time,
    /// A day of the week named alone: `в сряда`, `on Wednesday`, kk `сәрсенбіде`. The value
    /// is its ISO 8601 number, 1 Monday to 7 Sunday, normalized as ISO 8601's truncated form
    /// `-W-3` (a weekday of no known week). It meets only another weekday: a translator may
    /// drop one or give the full date instead.
    Weekday,
    /// A person's age: `37-годишната`, `13-year-old`, `13 жастағы`. Normalized as the plain
    /// number, since English usually writes an age bare (`Jones, 52,`).
    Age,
    /// A score, two counts in the order written: `3-1`, `1 – 0`, `2:1`, `с 3 на 1` (value the
    /// first, `high` the second, which may be the smaller). Normalized `3-1`; the contract's
    /// kind `number`. See [`scores`].
    Score,
    /// A model's or flight's number: `Boeing 737-800` (value 737, `high` the numbered
    /// variant 800), `Ту-154М`, `F-16`, `рейс J2-8243`. Normalized `737-800`, `154`; the
    /// contract's kind `number`. See [`models`].
    Model,
}

/// The qualifier in front of a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Approx {
    #[default]
    Exact,
    /// около, about, приблизительно: `~`.
    About,
    /// над, over, more than, свыше: `>`.
    Over,
    /// под, under, less than, менее: `<`.
    Under,
    /// до, up to: `<=`.
    UpTo,
    /// почти, almost, nearly: `<~` (just under).
    Almost,
}

impl Approx {
    /// The prefix of the normalized value.
    pub fn prefix(self) -> &'static str {
        match self {
            Approx::Exact => "",
            Approx::About => "~",
            Approx::Over => ">",
            Approx::Under => "<",
            Approx::UpTo => "<=",
            Approx::Almost => "<~",
        }
    }
}

/// A calendar date of year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateValue {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// One figure found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub kind: FigureKind,
    /// The value, or the low end of a range. For dates, the year.
    pub value: Decimal,
    /// The high end of a range (`6,7-12%`: value 6.7, high 12).
    pub high: Option<Decimal>,
    /// Currency code (`USD`) for money; unit symbol (`t`, `m`, `g/t`) for measures.
    pub unit: Option<String>,
    pub approx: Approx,
    /// The scale word's factor when one was written (`млн.`: 1000000), for telling a
    /// scale error from a plain digit error.
    pub scale: Option<Decimal>,
    /// For `Date` and `Year`: the calendar value.
    pub date: Option<DateValue>,
    /// 1-based line and byte offset in the file of the surface text.
    pub line: usize,
    pub offset: usize,
    /// The text as written: `900 млн. долара`.
    pub text: String,
}

impl Figure {
    /// The contract's normalized value: `4.4 %`, `~1000000 t`, `6.7..12 %`, `2025-04`.
    pub fn normalized(&self) -> String {
        let mut s = String::from(self.approx.prefix());
        match (self.kind, self.date) {
            (FigureKind::Date, Some(d)) => {
                if d.year == 0 {
                    // A day and month without a year: ISO 8601's `--MM-DD`.
                    s.push('-');
                } else {
                    s.push_str(&format!("{:04}", d.year));
                }
                if let Some(m) = d.month {
                    s.push_str(&format!("-{m:02}"));
                    if let Some(day) = d.day {
                        s.push_str(&format!("-{day:02}"));
                    }
                }
                return s;
            }
            (FigureKind::YearPart, _) => {
                s.push_str(self.unit.as_deref().unwrap_or("Q"));
                s.push_str(&plain(self.value));
                return s;
            }
            (FigureKind::Weekday, _) => {
                s.push_str("-W-");
                s.push_str(&plain(self.value));
                return s;
            }
            (FigureKind::Period, _) => {
                s.push_str(&plain(self.value));
                s.push('s');
                return s;
            }
            (FigureKind::Score, _) => {
                s.push_str(&plain(self.value));
                s.push('-');
                s.push_str(&plain(self.high.unwrap_or(self.value)));
                return s;
            }
            (FigureKind::Model, _) => {
                s.push_str(&plain(self.value));
                if let Some(h) = self.high {
                    s.push('-');
                    s.push_str(&plain(h));
                }
                return s;
            }
            (FigureKind::Time, _) => {
                // (A value too large for minutes is no clock time: read as 0, as one past u32.)
                let minutes = self.value.checked_mul(Decimal::from(60)).map(|m| m.round());
                let minutes = minutes.map_or(0, |m| m.to_string().parse::<u32>().unwrap_or(0));
                s.push_str(&format!("{:02}:{:02}", minutes / 60, minutes % 60));
                return s;
            }
            _ => {}
        }
        s.push_str(&plain(self.value));
        if let Some(h) = self.high {
            s.push_str("..");
            s.push_str(&plain(h));
        }
        let suffix = match self.kind {
            FigureKind::Percent => Some("%"),
            FigureKind::PercentPoints => Some("pp"),
            FigureKind::Money | FigureKind::Measure => self.unit.as_deref(),
            // Ordinals print as their number: languages mark them unevenly (`125th`,
            // `125-й`, `125-көшеде`), and the number is what a reader checks.
            _ => None,
        };
        if let Some(u) = suffix {
            s.push(' ');
            s.push_str(u);
        }
        s
    }

    /// The contract's `extract` kind: `number`, `percent`, `money`, `measure` or `date`.
    pub fn contract_kind(&self) -> &'static str {
        match self.kind {
            FigureKind::Number
            | FigureKind::Ordinal
            | FigureKind::Fraction
            | FigureKind::Age
            | FigureKind::Score
            | FigureKind::Model => "number",
            FigureKind::Percent | FigureKind::PercentPoints => "percent",
            FigureKind::Money => "money",
            FigureKind::Measure => "measure",
            FigureKind::Year
            | FigureKind::Date
            | FigureKind::Period
            | FigureKind::YearPart
            | FigureKind::Time
            | FigureKind::Weekday => "date",
        }
    }
}

impl Figure {
    /// The value as a share of one, for figures that can be one: a percentage (`20 %` →
    /// `0.2`) or a fraction (`всеки пети` → `0.2`). The comparison stage treats a Percent and
    /// a Fraction as equal when their shares are equal.
    pub fn share(&self) -> Option<Decimal> {
        match self.kind {
            FigureKind::Percent if self.high.is_none() => Some(self.value / Decimal::from(100)),
            FigureKind::Fraction => Some(self.value),
            _ => None,
        }
    }
}

/// A decimal as plain text: `.` as the separator, no grouping, no trailing zeros.
pub fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

/// Finds every figure in a sentence, in text order; `previous` is the sentence before it in
/// the same paragraph, where `a year earlier` finds its year when this one names none.
pub fn extract(doc: &Document, sentence: &Sentence, previous: Option<&Sentence>) -> Vec<Figure> {
    let before = previous.map(|p| p.text.as_str());
    figures_of(&sentence.text, doc.lang, doc.date, before, |at| {
        (doc.line_of(sentence.start + at), sentence.file_offset(at))
    })
}

/// The figures of a text on its own (no file positions: line 1, offsets within `text`), for
/// callers that have a string rather than a document: tests, benchmarks, evaluations.
pub fn extract_text(text: &str, lang: crate::lang::Lang) -> Vec<Figure> {
    figures_of(text, lang, None, None, |at| (1, at))
}

/// Scans `text` and places each figure with `place`: byte offset in `text` → (line, offset).
fn figures_of(
    text: &str,
    lang: crate::lang::Lang,
    date: Option<crate::document::Date>,
    before: Option<&str>,
    place: impl Fn(usize) -> (usize, usize),
) -> Vec<Figure> {
    // The end of the last rate's period: a unit word inside it (ru `в сутки`, "a day") is
    // no figure of its own.
    let mut period_end = 0;
    let (mut found, changes) = scan::scan_with_changes(text, lang, date, before);
    multipliers::read(text, lang, &mut found);
    // Each figure kept, with where it was found and whether a period made it a rate.
    let mut figures: Vec<(Figure, (usize, usize), bool)> = Vec::new();
    for f in found {
        if f.start < period_end {
            continue;
        }
        let (line, offset) = place(f.start);
        let mut figure = Figure {
            kind: f.kind,
            value: f.value,
            high: f.high,
            unit: f.unit.map(str::to_string),
            approx: f.approx,
            scale: f.scale,
            date: f.date,
            line,
            offset,
            text: String::new(),
        };
        // `10 млн. долара годишно`: a rate per period (`USD/year`).
        let rate_end = rates::read_period(text, (f.start, f.end), lang, &mut figure);
        let rated = rate_end.is_some();
        let end = rate_end.unwrap_or(f.end);
        if end > f.end {
            period_end = end;
        }
        figure.text = text
            .get(f.start..end)
            .unwrap_or_default()
            .trim_end()
            .to_string();
        figures.push((figure, (f.start, f.end), rated));
    }
    share_rates(&mut figures, &changes);
    figures.into_iter().map(|(f, _, _)| f).collect()
}

/// A change's period said once is both ends' (`спадна от 23 на 8 грама на литър`, `from 2.6
/// to 2.9 leva a litre`, kk `литріне 23 грамнан 8 грамға дейін`): when the scan read a
/// change's two ends as two figures (`changes`: where the start's number ends, where the
/// end's starts) and a period made one of them a rate, the other, of the same unit and no
/// rate, takes the rate too.
fn share_rates(figures: &mut [(Figure, (usize, usize), bool)], changes: &[(usize, usize)]) {
    for &(start_end, end_start) in changes {
        let Some(i) = figures
            .iter()
            .position(|(_, (s, e), _)| *s < start_end && start_end <= *e)
        else {
            continue;
        };
        let Some(j) = figures
            .iter()
            .position(|(_, (s, e), _)| *s <= end_start && end_start < *e)
        else {
            continue;
        };
        if j != i + 1 {
            continue;
        }
        let (from, to) = match (figures[i].2, figures[j].2) {
            (true, false) => (i, j),
            (false, true) => (j, i),
            _ => continue,
        };
        let (rate, other) = (&figures[from].0, &figures[to].0);
        if rate.kind != other.kind {
            continue;
        }
        let Some(rate_unit) = rate.unit.clone() else {
            continue;
        };
        let base = rates::split_rate_or_speed(&rate_unit)
            .map(|(b, _)| b)
            .or_else(|| rate_unit.rsplit_once('/').map(|(b, _)| b));
        if base.is_some() && base == other.unit.as_deref() {
            figures[to].0.unit = Some(rate_unit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(kind: FigureKind, v: &str) -> Figure {
        Figure {
            kind,
            value: v.parse().unwrap(),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
            line: 1,
            offset: 0,
            text: String::new(),
        }
    }

    #[test]
    fn normalized_forms() {
        let mut f = fig(FigureKind::Percent, "4.40");
        assert_eq!(f.normalized(), "4.4 %");
        f.high = Some("12".parse().unwrap());
        f.value = "6.7".parse().unwrap();
        assert_eq!(f.normalized(), "6.7..12 %");
        let mut m = fig(FigureKind::Measure, "1000000");
        m.unit = Some("t".into());
        m.approx = Approx::About;
        assert_eq!(m.normalized(), "~1000000 t");
        let exact = "1.1".parse::<Decimal>().unwrap() * Decimal::from(1_000_000_000u64);
        assert_eq!(plain(exact), "1100000000");
    }
}
