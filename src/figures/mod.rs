//! Figures: finding numbers, percentages, money, measures, dates, ranges and qualifiers in a
//! sentence, and normalizing them into language-neutral values (the contract's value forms).
//!
//! Values are exact decimals ([`rust_decimal::Decimal`]): `1,1 млрд.` is exactly `1100000000`.
//! The language knowledge (separators, scale words, number words, units, currencies, months,
//! qualifiers) lives in `src/lang/<code>/*.tsv`; this module holds the logic only.

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
    /// An ordinal: `пети`, `fifth`.
    Ordinal,
    /// A fraction or share: `половин`, `една трета`, `every fifth` (value 0.2).
    Fraction,
    /// A time of day: `15:00`, `3 p.m.` (value in hours, `15.5` for 15:30).
    Time,
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
                s.push_str(&format!("{:04}", d.year));
                if let Some(m) = d.month {
                    s.push_str(&format!("-{m:02}"));
                    if let Some(day) = d.day {
                        s.push_str(&format!("-{day:02}"));
                    }
                }
                return s;
            }
            (FigureKind::Period, _) => {
                s.push_str(&plain(self.value));
                s.push('s');
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
            FigureKind::Ordinal => Some("th"),
            FigureKind::Time => Some("h"),
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
            FigureKind::Number | FigureKind::Ordinal | FigureKind::Fraction => "number",
            FigureKind::Percent | FigureKind::PercentPoints => "percent",
            FigureKind::Money => "money",
            FigureKind::Measure => "measure",
            FigureKind::Year | FigureKind::Date | FigureKind::Period | FigureKind::Time => "date",
        }
    }
}

/// A decimal as plain text: `.` as the separator, no grouping, no trailing zeros.
pub fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

/// Finds every figure in a sentence.
pub fn extract(doc: &Document, sentence: &Sentence) -> Vec<Figure> {
    // First cut: runs of ASCII digits, as plain numbers. Replaced by the full parser.
    let mut out = Vec::new();
    let text = &sentence.text;
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let value: Decimal = text[s..i].parse().unwrap_or_default();
            out.push(Figure {
                kind: FigureKind::Number,
                value,
                high: None,
                unit: None,
                approx: Approx::Exact,
                scale: None,
                date: None,
                line: doc.line_of(sentence.start + s),
                offset: sentence.file_offset(s),
                text: text[s..i].to_string(),
            });
        } else {
            i += 1;
        }
    }
    out
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
