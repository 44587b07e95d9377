//! How two figures relate: the same figure (possibly converted between units), or which
//! kind of difference separates them. Pure functions of two [`Figure`]s, so every rule
//! can be tested with hand-built figures.

use std::sync::OnceLock;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::figures::{multipliers, rates, Approx, Figure, FigureKind};
use crate::report::{Kind, Severity};

/// How a source figure relates to a reference figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The same figure.
    Equal,
    /// The same figure in another unit, within rounding (`85 mph` and `135 km/h`).
    Converted,
    /// The same value with two different qualifiers (`около` against `над`), or with a bound
    /// on one side only (`над 40 000` against `40,000`).
    Approx,
    /// The same value, with a qualifier on one side only: translators add and drop `about`
    /// freely, and some languages put it in a case ending.
    QualifierDropped,
    /// The same value with near-synonym qualifiers: `около` against `nearly`, `under`
    /// against `up to`. Nothing an editor must correct.
    QualifierNear,
    /// The same figure said at another precision or as a bound: a decade against the year
    /// that starts it (`the 1930s`, `1930 г.`), a range against the bound it keeps (`between
    /// 1 and 48` against `less than 48`). Worth a look, rarely an error.
    Reworded,
    /// The same number with a different unit or currency.
    Unit,
    /// Values a power of a thousand apart, with a scale word on either side.
    Scale,
    /// Percentages a power of ten apart: the decimal point moved.
    PercentDecimal,
    /// The same number given as percent on one side and percentage points on the other.
    PercentPoints,
    /// Two percentages that match in value but trade places in the sentence.
    PercentSwap,
    /// Two amounts or counts of one unit that match in value but trade places around the
    /// names they belong to (`$3 million for Sofia, $5 million for Varna` against the reverse):
    /// each place or subject now has another figure.
    FigureSwap,
    /// Years, dates or periods that differ.
    Date,
    /// The same number for a change said the other way: a rise against a fall (`с 18%
    /// повече` against `18% less`), read from the words beside each figure; whether the
    /// source's rises.
    Direction { source_rises: bool },
    /// Values that differ (a conversion that does not hold is one too).
    Number,
    /// Not counterparts at all (a year against a percentage).
    Unrelated,
}

impl Relation {
    /// Whether the two figures say the same thing.
    pub fn is_same(self) -> bool {
        matches!(self, Relation::Equal | Relation::Converted)
    }

    /// Whether the two figures give the same number, whatever their qualifiers say.
    pub fn same_number(self) -> bool {
        matches!(
            self,
            Relation::Equal
                | Relation::Converted
                | Relation::Approx
                | Relation::QualifierDropped
                | Relation::QualifierNear
        )
    }

    /// The report kind and severity of a difference; `None` for the same figure.
    pub fn finding(self) -> Option<(Kind, Severity)> {
        Some(match self {
            Relation::Equal | Relation::Unrelated => return None,
            Relation::Converted => (Kind::UnitMismatch, Severity::Info),
            Relation::Approx => (Kind::ApproxMismatch, Severity::Warning),
            Relation::QualifierDropped | Relation::QualifierNear => {
                (Kind::ApproxMismatch, Severity::Info)
            }
            Relation::Reworded => (Kind::NumberMismatch, Severity::Info),
            Relation::Unit => (Kind::UnitMismatch, Severity::Error),
            Relation::Scale => (Kind::ScaleMismatch, Severity::Error),
            Relation::PercentDecimal | Relation::PercentPoints | Relation::PercentSwap => {
                (Kind::PercentShift, Severity::Error)
            }
            Relation::Date => (Kind::DateMismatch, Severity::Error),
            Relation::Number | Relation::FigureSwap | Relation::Direction { .. } => {
                (Kind::NumberMismatch, Severity::Error)
            }
        })
    }

    /// The base cost of pairing two figures so related (0 for the same figure). Pairing a
    /// differing couple always costs less than leaving both unpaired (1 each).
    pub fn cost(self) -> Option<f64> {
        match self {
            Relation::Equal => Some(0.0),
            Relation::Converted => Some(0.05),
            Relation::Approx
            | Relation::QualifierDropped
            | Relation::QualifierNear
            | Relation::Reworded => Some(0.2),
            Relation::PercentPoints => Some(0.3),
            Relation::Unit | Relation::Scale | Relation::PercentDecimal => Some(0.4),
            Relation::PercentSwap | Relation::FigureSwap => Some(0.4),
            Relation::Date | Relation::Number | Relation::Direction { .. } => Some(0.5),
            Relation::Unrelated => None,
        }
    }
}

/// Whether `hours`, whole hours said with an hour word (bg `в 17 часа`, `между 11 и 17 часа`,
/// ru `с 11 до 17 часов`), may be the time of day `time` on the hour (`5 p.m.`, `17:00`): the
/// Bulgarian and Russian press say a time so as often as with `ч.`, and the reader cannot tell
/// it from a duration. Only the same hour meets the time.
fn hours_of_the_day(hours: &Figure, time: &Figure) -> bool {
    let hour = |v: Decimal| v.fract().is_zero() && v >= Decimal::ZERO && v <= Decimal::from(24);
    hours.kind == FigureKind::Measure
        && hours.unit.as_deref() == Some("hour")
        && hour(hours.value)
        && hours.high.is_none_or(hour)
        && time.kind == FigureKind::Time
        && time.high.is_none()
        && hour(time.value)
}

fn is_temporal(k: FigureKind) -> bool {
    matches!(k, FigureKind::Year | FigureKind::Date | FigureKind::Period)
}

fn is_percentish(k: FigureKind) -> bool {
    matches!(
        k,
        FigureKind::Percent | FigureKind::PercentPoints | FigureKind::Fraction
    )
}

/// A plain number that reads as a year (`2023` where a language's figures stage saw no `г.`).
pub(crate) fn looks_like_year(f: &Figure) -> bool {
    // `1950-53` as a range of years too.
    let year_like =
        |v: Decimal| v.fract().is_zero() && v >= Decimal::from(1000) && v <= Decimal::from(2200);
    f.kind == FigureKind::Number
        && f.unit.is_none()
        && f.high.is_none_or(year_like)
        && f.value.fract().is_zero()
        && f.value >= Decimal::from(1000)
        && f.value <= Decimal::from(2200)
}

/// Whether `a / b` is a non-zero integer power of `base`.
fn power_apart(a: Decimal, b: Decimal, base: u32) -> bool {
    if a.is_zero() || b.is_zero() || a == b {
        return false;
    }
    let (big, small) = if a.abs() > b.abs() { (a, b) } else { (b, a) };
    let Some(mut ratio) = big.checked_div(small) else {
        return false;
    };
    let base = Decimal::from(base);
    if ratio.is_sign_negative() {
        return false;
    }
    let mut steps = 0;
    while ratio > Decimal::ONE && steps < 12 {
        if !(ratio % base).is_zero() {
            return false;
        }
        ratio /= base;
        steps += 1;
    }
    ratio == Decimal::ONE && steps > 0
}

/// The value as a share of one: `20 %` → 0.2, Fraction 0.2 → 0.2.
fn share(f: &Figure) -> (Decimal, Option<Decimal>) {
    let hundred = Decimal::from(100);
    match f.kind {
        FigureKind::Percent => (f.value / hundred, f.high.map(|h| h / hundred)),
        _ => (f.value, f.high),
    }
}

fn close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool {
    (a - b).abs() <= tolerance
}

/// Same value and same range end.
fn same_numbers(s: &Figure, r: &Figure) -> bool {
    s.value == r.value && s.high == r.high
}

fn approx_or_equal(s: &Figure, r: &Figure) -> Relation {
    // A bound on one side only (`над 40 000` against `40,000`) moves the figure: an editor
    // must look. `about`, `nearly` and `up to` on one side only do not (translators add and
    // drop them freely, and `до`, `дейін` also mean `to`).
    let bound = |q: Approx| matches!(q, Approx::Over | Approx::Under);
    if s.approx == r.approx {
        Relation::Equal
    } else if (s.approx == Approx::Exact && bound(r.approx))
        || (r.approx == Approx::Exact && bound(s.approx))
    {
        Relation::Approx
    } else if s.approx == Approx::Exact || r.approx == Approx::Exact {
        Relation::QualifierDropped
    } else if near_synonyms(s.approx, r.approx) {
        Relation::QualifierNear
    } else {
        Relation::Approx
    }
}

/// Whether two (different) qualifiers say nearly the same: `about` and `nearly`, or two that
/// both put the value at or below the figure (`nearly`, `under`, `up to`). `over` against any
/// of those, or `about` against `under`, `up to` or `over`, says something else.
fn near_synonyms(a: Approx, b: Approx) -> bool {
    use Approx::*;
    let below = |q: Approx| matches!(q, Almost | Under | UpTo);
    matches!((a, b), (About, Almost) | (Almost, About)) || (below(a) && below(b))
}

fn unit_of(f: &Figure) -> Option<&str> {
    if has_unit(f) {
        f.unit.as_deref()
    } else {
        None
    }
}

/// Whether the unit is part of what the figure says: a plain count's unit (an age, a
/// case-marked word) is not compared.
fn has_unit(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Money | FigureKind::Measure)
}

/// One entry of the unit table: dimension, factor to the base unit, offset.
struct UnitRow {
    dimension: &'static str,
    factor: f64,
    offset: f64,
}

fn unit_table() -> &'static [(&'static str, UnitRow)] {
    static TABLE: OnceLock<Vec<(&'static str, UnitRow)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        crate::lang::rows(UNITS_TSV)
            .filter_map(|row| {
                let [unit, dimension, factor, offset] = row[..] else {
                    return None;
                };
                Some((
                    unit,
                    UnitRow {
                        dimension,
                        factor: factor.parse().ok()?,
                        offset: offset.parse().ok()?,
                    },
                ))
            })
            .collect()
    })
}

/// The unit conversion table (see its header).
pub const UNITS_TSV: &str = include_str!("units.tsv");

fn unit_row(unit: &str) -> Option<&'static UnitRow> {
    unit_table()
        .binary_search_by(|(u, _)| (*u).cmp(unit))
        .ok()
        .map(|i| &unit_table()[i].1)
}

/// Whether two units measure the same dimension (`mi` and `km`; not `year` and `USD`).
pub fn same_dimension(a: &str, b: &str) -> bool {
    // `deg`: degrees of a scale the text does not name (`80 градуса`), a temperature.
    let dimension = |u: &str| match u {
        "deg" => Some("temperature"),
        u => unit_row(u).map(|r| r.dimension),
    };
    matches!((dimension(a), dimension(b)), (Some(x), Some(y)) if x == y)
}

/// Whether two figures differ only in sign (`-15 °C` against `15 °C`; a range `-10..-5`
/// against `5..10`).
pub fn opposite_sign(s: &Figure, r: &Figure) -> bool {
    !s.value.is_zero()
        && match (s.high, r.high) {
            (None, None) => s.value == -r.value,
            (Some(sh), Some(rh)) => s.value == -rh && sh == -r.value,
            _ => false,
        }
}

/// Converts `value` from unit `from` to unit `to`, when both are in the table and measure
/// the same dimension.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    let (a, b) = (unit_row(from)?, unit_row(to)?);
    if a.dimension != b.dimension {
        return None;
    }
    let base = value * a.factor + a.offset;
    Some((base - b.offset) / b.factor)
}

/// Half a unit of the last significant place of a written number: 360 → 5, 27 → 0.5,
/// 4.4 → 0.05. A converted value that lands within it (or within 3%) was rounded.
fn rounding_slack(d: Decimal) -> f64 {
    let d = d.normalize();
    let scale = d.scale();
    if scale > 0 {
        return 0.5 * 10f64.powi(-(scale as i32));
    }
    let digits = d.abs().mantissa().to_string();
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    // A round number may be exact: `10 miles` is not `16 km` rounded to `10`, nor `7.6 cm`
    // (3 inches) `10 cm` rounded. Rounding moves a value by a tenth of itself at most.
    let tenth = 0.1 * d.abs().to_f64().unwrap_or(0.0);
    (0.5 * 10f64.powi(zeros as i32)).min(tenth.max(0.5))
}

/// Whether `s` (in unit `su`) converts to `r` (in unit `ru`) within rounding.
fn converts(s: &Figure, su: &str, r: &Figure, ru: &str) -> Option<bool> {
    let sv = s.value.to_f64()?;
    let rv = r.value.to_f64()?;
    let conv = convert(sv, su, ru)?;
    // Either side may be the rounded one: allow the slack of both, and 3% for
    // translators who round a conversion to a friendly number.
    let back_slack = convert(sv + rounding_slack(s.value), su, ru).map(|x| (x - conv).abs());
    let slack = rounding_slack(r.value).max(back_slack.unwrap_or(0.0)) + 0.03 * rv.abs();
    let mut ok = (conv - rv).abs() <= slack + 1e-9;
    if let (Some(sh), Some(rh)) = (s.high, r.high) {
        let (sh, rh) = (sh.to_f64()?, rh.to_f64()?);
        let conv_h = convert(sh, su, ru)?;
        ok &= (conv_h - rh).abs() <= rounding_slack(r.high?) + 0.03 * rh.abs() + 1e-9;
    } else if s.high.is_some() != r.high.is_some() {
        ok = false;
    }
    Some(ok)
}

/// Whether `gloss` is the conversion a text gives of its own figure `primary` (`12 mph (19
/// km/h)`), `primary` being in the unit of `s`, the other side's figure: then `primary`, not
/// the gloss, is the counterpart of `s`.
pub fn glossed_by(s: &Figure, primary: &Figure, gloss: &Figure) -> bool {
    let unit = unit_of(primary);
    unit.is_some()
        && unit == unit_of(s)
        && unit_of(gloss) != unit
        && relate(primary, gloss) == Relation::Converted
}

/// How source figure `s` relates to reference figure `r`.
pub fn relate(s: &Figure, r: &Figure) -> Relation {
    let (sk, rk) = (s.kind, r.kind);

    if hours_of_the_day(s, r) || hours_of_the_day(r, s) {
        return if s.high.is_none() && r.high.is_none() && s.value == r.value {
            approx_or_equal(s, r)
        } else {
            Relation::Unrelated
        };
    }
    // Times of day only meet times of day.
    if (sk == FigureKind::Time) != (rk == FigureKind::Time) {
        return Relation::Unrelated;
    }
    if sk == FigureKind::Time {
        return if same_numbers(s, r) {
            approx_or_equal(s, r)
        } else {
            Relation::Number
        };
    }

    if sk == FigureKind::Score || rk == FigureKind::Score {
        return relate_scores(s, r);
    }

    if sk == FigureKind::Model || rk == FigureKind::Model {
        return relate_models(s, r);
    }

    // Weekdays only meet weekdays: against a full date or nothing, a weekday is no
    // difference (a translator may drop one, or give the date instead).
    if (sk == FigureKind::Weekday) != (rk == FigureKind::Weekday) {
        return Relation::Unrelated;
    }
    if sk == FigureKind::Weekday {
        return if s.value == r.value {
            Relation::Equal
        } else {
            Relation::Date
        };
    }

    // A quarter or half of a year meets only another: against a year or nothing it is no
    // difference (a translator may write `July to September`, or leave it out).
    if (sk == FigureKind::YearPart) != (rk == FigureKind::YearPart) {
        return Relation::Unrelated;
    }
    if sk == FigureKind::YearPart {
        return if s.value == r.value && s.unit == r.unit {
            Relation::Equal
        } else {
            Relation::Date
        };
    }

    if is_multiplier(s) || is_multiplier(r) {
        return relate_multipliers(s, r);
    }

    // Years, dates and periods (a bare number that reads as a year counts as one).
    let s_temporal = is_temporal(sk) || (is_temporal(rk) && looks_like_year(s));
    let r_temporal = is_temporal(rk) || (is_temporal(sk) && looks_like_year(r));
    if s_temporal || r_temporal {
        if !(s_temporal && r_temporal) {
            return Relation::Unrelated;
        }
        return relate_dates(s, r);
    }

    // Percentages, percentage points and shares.
    if is_percentish(sk) || is_percentish(rk) {
        return relate_percents(s, r);
    }

    if let Some(rel) = relate_rates(s, r) {
        return rel;
    }

    // Degrees whose scale neither side wrote (`80 градуса` against `27 градусов`): a
    // translator who converts Fahrenheit to Celsius keeps the word. The conversion holding
    // within rounding, either way, says that is what happened.
    if unit_of(s) == Some("deg") && unit_of(r) == Some("deg") && !same_numbers(s, r) {
        let either_way =
            converts(s, "°F", r, "°C") == Some(true) || converts(s, "°C", r, "°F") == Some(true);
        return if either_way {
            Relation::Converted
        } else {
            Relation::Number
        };
    }

    // Degrees of no stated scale against Celsius or Fahrenheit (`80 градуса` against `27
    // градусів Цельсія`): read as the other scale, the one a translator converts from.
    let other_scale = |u: Option<&str>| match u {
        Some("°C") => Some("°F"),
        Some("°F") => Some("°C"),
        _ => None,
    };
    if unit_of(s) == Some("deg") && !same_numbers(s, r) {
        if let (Some(ru), Some(su)) = (unit_of(r), other_scale(unit_of(r))) {
            if converts(s, su, r, ru) == Some(true) {
                return Relation::Converted;
            }
        }
    }
    if unit_of(r) == Some("deg") && !same_numbers(s, r) {
        if let (Some(su), Some(ru)) = (unit_of(s), other_scale(unit_of(s))) {
            if converts(s, su, r, ru) == Some(true) {
                return Relation::Converted;
            }
        }
    }

    // The same degrees, one side naming the scale (`25 °C` against `25 градусов`): a
    // translator who leaves out "Celsius" changes nothing.
    let named_scale = |u: Option<&str>| matches!(u, Some("°C" | "°F"));
    let deg = |u: Option<&str>| u == Some("deg");
    if ((deg(unit_of(s)) && named_scale(unit_of(r)))
        || (named_scale(unit_of(s)) && deg(unit_of(r))))
        && same_numbers(s, r)
    {
        return approx_or_equal(s, r);
    }

    if minute_mark(s, r) || minute_mark(r, s) {
        return Relation::Reworded;
    }

    if keeps_bound(s, r)
        || keeps_bound(r, s)
        || dozen_for_about_ten(s, r)
        || about_within(s, r)
        || about_within(r, s)
        || rounded_by_qualifier(s, r)
        || rounded_by_qualifier(r, s)
    {
        return Relation::Reworded;
    }

    // Counts, money and measures.
    match (unit_of(s), unit_of(r)) {
        (Some(su), Some(ru)) if su != ru => {
            if let Some(holds) = converts(s, su, r, ru) {
                // `36 дни` against `36 hours`: the number kept, the unit changed (no one
                // converts by keeping the number).
                return if holds {
                    Relation::Converted
                } else if same_numbers(s, r) {
                    Relation::Unit
                } else {
                    Relation::Number
                };
            }
            if same_numbers(s, r) {
                Relation::Unit
            } else {
                Relation::Number
            }
        }
        _ => {
            if same_numbers(s, r) {
                approx_or_equal(s, r)
            } else if power_apart(s.value, r.value, 1000)
                && (s.scale.is_some() || r.scale.is_some())
            {
                Relation::Scale
            } else {
                Relation::Number
            }
        }
    }
}

/// Whether a figure is a multiplier (`2 x`, [`multipliers`]).
fn is_multiplier(f: &Figure) -> bool {
    f.kind == FigureKind::Measure && f.unit.as_deref() == Some(multipliers::UNIT)
}

/// Multipliers meet multipliers: another factor is a `number_mismatch` (`два пъти` against
/// `в три раза`). Against a bare number of the same value they are the same figure said
/// another way (a times word read without its licence: `три` of `три пъти`), paired only
/// after the equal figures, so that `2 x` does not take the `2` of `Северен поток 2`; against
/// anything else no counterpart: a multiplier the other side words as occasions or drops pairs
/// with nothing, as a percentage of another number does not meet it either (`doubled`
/// against `с 100 %`). A percentage of the same number is a unit put for another (`18% ръст`
/// against `18-fold`): a `unit_mismatch`.
fn relate_multipliers(s: &Figure, r: &Figure) -> Relation {
    let bare = |f: &Figure| f.kind == FigureKind::Number && f.unit.is_none();
    if is_multiplier(s) && is_multiplier(r) {
        if same_numbers(s, r) {
            approx_or_equal(s, r)
        } else {
            Relation::Number
        }
    } else if (bare(s) || bare(r)) && same_numbers(s, r) {
        Relation::Reworded
    } else if [s, r]
        .iter()
        .any(|f| matches!(f.kind, FigureKind::Percent | FigureKind::PercentPoints))
        && same_numbers(s, r)
    {
        // `18% ръст` against `18-fold`: the same number, a share put for a multiple. (A
        // fraction is not: `наполовина`, halved, against `by half` is the same figure.)
        Relation::Unit
    } else {
        Relation::Unrelated
    }
}

/// Scores keep their order: `3-1` against `3-1` is the same, against `1-3` another result
/// (a `number_mismatch`; [`super`]'s name check lowers it when the reference names the teams
/// the other way round). A text that did not read as sports news reads `1-3` as a range of
/// plain counts, whose ends stand in the order written (a bare count range is read only low
/// to high), so it meets a score in that order too. A single number, or a range of a unit,
/// is no counterpart of a score.
fn relate_scores(s: &Figure, r: &Figure) -> Relation {
    let plain = |f: &Figure| {
        matches!(f.kind, FigureKind::Score | FigureKind::Number)
            && f.unit.is_none()
            && f.high.is_some()
    };
    if !plain(s) || !plain(r) {
        Relation::Unrelated
    } else if s.value == r.value && s.high == r.high {
        Relation::Equal
    } else {
        Relation::Number
    }
}

/// Models and flights (`Boeing 737-800`, `Ту-154М`, `рейс J2-8243`) meet models: another
/// number or variant is a `number_mismatch` (`737-800` against `737-900`), a variant said on
/// one side only is the same model said less exactly (`737-800` against `Boeing 737`:
/// [`Relation::Reworded`], info). A bare number of the model's own number (a reference that
/// names no maker: `the 737`) is the model too; anything else is no counterpart.
fn relate_models(s: &Figure, r: &Figure) -> Relation {
    let model = |f: &Figure| f.kind == FigureKind::Model;
    let bare = |f: &Figure| f.kind == FigureKind::Number && f.unit.is_none() && f.high.is_none();
    if model(s) && model(r) {
        if s.value != r.value {
            Relation::Number
        } else if s.high == r.high {
            Relation::Equal
        } else if s.high.is_none() || r.high.is_none() {
            Relation::Reworded
        } else {
            Relation::Number
        }
    } else if (bare(s) || bare(r)) && s.value == r.value {
        Relation::Reworded
    } else {
        Relation::Unrelated
    }
}

/// Whether two scores (or a score and a range of counts) give the same counts the other way
/// round (`3-1`, `1-3`).
pub fn score_reversed(s: &Figure, r: &Figure) -> bool {
    (s.kind == FigureKind::Score || r.kind == FigureKind::Score)
        && s.high == Some(r.value)
        && r.high == Some(s.value)
        && s.value != r.value
}

/// Whether a figure is a rate per period (`10000000 USD/year`) or a price per unit of a
/// measure (`2150 EUR/m2`); a speed is none.
pub(super) fn is_rate(f: &Figure) -> bool {
    unit_of(f).and_then(rates::split_rate).is_some() || rates::split_price(f).is_some()
}

/// Rates per period (`10000000 USD/year`, [`rates`]) and prices per unit (`2150 EUR/m2`): the
/// amounts compared without their periods (or units). Both sides with a period and the
/// periods differ: the same amount is a `unit_mismatch` (`годишно` against `a month`), unless the rate is the same said per another
/// period within rounding (`$120 million a year`, `10 млн. долара месечно`); a period on one
/// side only is no difference of its own (`annual budget of $10 million` against `10 млн.
/// долара годишно`). `None` when neither side is a rate.
fn relate_rates(s: &Figure, r: &Figure) -> Option<Relation> {
    // A speed is a rate only against a written rate (`85 mph`, `85 мили на ден`); against a
    // plain length it keeps its unit (`100 km/h` against `100 km` stays a unit_mismatch).
    if !is_rate(s) && !is_rate(r) {
        return None;
    }
    let s_rate = unit_of(s)
        .and_then(rates::split_rate_or_speed)
        .or(rates::split_price(s));
    let r_rate = unit_of(r)
        .and_then(rates::split_rate_or_speed)
        .or(rates::split_price(r));
    let amount = |f: &Figure, rate: Option<(&str, &str)>| {
        let mut a = f.clone();
        if let Some((unit, _)) = rate {
            a.unit = Some(unit.to_string());
        }
        a
    };
    let (sa, ra) = (amount(s, s_rate), amount(r, r_rate));
    let rel = relate(&sa, &ra);
    let (Some((_, sp)), Some((_, rp))) = (s_rate, r_rate) else {
        return Some(rel);
    };
    if sp == rp {
        return Some(rel);
    }
    if rel.same_number() {
        return Some(Relation::Unit);
    }
    // The same rate per another period: compared per hour, within rounding.
    let per_hour = |f: &Figure, p: &str| Some(f.value.to_f64()? / rates::hours(p)?);
    let same_rate = unit_of(&sa) == unit_of(&ra)
        && s.high.is_none()
        && r.high.is_none()
        && per_hour(s, sp).zip(per_hour(r, rp)).is_some_and(|(a, b)| {
            let slack = rounding_slack(r.value) / rates::hours(rp).unwrap_or(1.0);
            (a - b).abs() <= slack + 0.03 * b.abs() + 1e-12
        });
    Some(if same_rate { Relation::Converted } else { rel })
}

/// Whether an ordinal (`15-та минута`, the 15th minute of a match) and a duration
/// (`чверть години`, a quarter of an hour) say one moment: the ordinal counts exactly the
/// minutes of the duration. (The ordinal's word is no unit, see `figures::scan`, so only
/// the exact count ties them: the 14th minute is no quarter hour.)
fn minute_mark(ordinal: &Figure, duration: &Figure) -> bool {
    if ordinal.kind != FigureKind::Ordinal || ordinal.high.is_some() || duration.high.is_some() {
        return false;
    }
    let Some(unit) = unit_of(duration) else {
        return false;
    };
    let (Some(n), Some(d)) = (ordinal.value.to_f64(), duration.value.to_f64()) else {
        return false;
    };
    convert(d, unit, "min").is_some_and(|minutes| n >= 1.0 && (minutes - n).abs() < 1e-6)
}

/// Whether `range` (`между една и 48 минути`) and `bound` (`less than 48`) say the same
/// limit: the bound's value is the range's top with `under` or `up to`, or its bottom with
/// `over`, in the same unit or with a unit on one side only.
fn keeps_bound(range: &Figure, bound: &Figure) -> bool {
    let Some(high) = range.high else {
        return false;
    };
    if bound.high.is_some() || range.approx != Approx::Exact {
        return false;
    }
    let units_agree = match (unit_of(range), unit_of(bound)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let counts = |f: &Figure| matches!(f.kind, FigureKind::Number | FigureKind::Measure);
    units_agree
        && counts(range)
        && counts(bound)
        && match bound.approx {
            Approx::Under | Approx::UpTo => bound.value == high,
            Approx::Over => bound.value == range.value,
            _ => false,
        }
}

/// Whether one count is 12 and the other 10, one of them said with "about": `a dozen` is how
/// English says `десетина`, `около десятка` (about ten), and the other way round. Plain
/// counts only, no unit.
fn dozen_for_about_ten(s: &Figure, r: &Figure) -> bool {
    let count = |f: &Figure| f.kind == FigureKind::Number && f.unit.is_none() && f.high.is_none();
    let (ten, dozen) = (Decimal::from(10), Decimal::from(12));
    count(s)
        && count(r)
        && (s.approx == Approx::About || r.approx == Approx::About)
        && ((s.value == ten && r.value == dozen) || (s.value == dozen && r.value == ten))
}

/// Whether `single` is a value inside the narrow `range` (its ends at most a tenth apart),
/// one of them said with "about", in the same unit or converted (`около 27-28 метра`
/// against `about 30 yards`, 27.4 m, or `примерно 27 метров`): the same estimate.
fn about_within(range: &Figure, single: &Figure) -> bool {
    let Some(high) = range.high else {
        return false;
    };
    if single.high.is_some()
        || !(range.approx == Approx::About || single.approx == Approx::About)
        || range.kind != single.kind
    {
        return false;
    }
    let (Some(low), Some(high), Some(value)) =
        (range.value.to_f64(), high.to_f64(), single.value.to_f64())
    else {
        return false;
    };
    let value = match (unit_of(range), unit_of(single)) {
        (Some(a), Some(b)) if a != b => match convert(value, b, a) {
            Some(v) => v,
            None => return false,
        },
        _ => value,
    };
    let narrow = low > 0.0 && high - low <= 0.1 * high;
    narrow && (low - 1e-9..=high + 1e-9).contains(&value)
}

/// Whether `rounded` (`about 4,800`, `более 4,8 тыс.`, `nearly 5,000`) is `exact` (`4817`)
/// said at a rounder precision, with a qualifier that says so: `about` within half a unit of
/// its last significant place ([`rounding_slack`], at most a tenth of it), `over` above it
/// and `nearly`, `under` or `up to` below it, by less than a unit of that place. A translator
/// who rounds a count adds such a word; a changed digit (`4871`) falls outside.
fn rounded_by_qualifier(exact: &Figure, rounded: &Figure) -> bool {
    let counts = |f: &Figure| {
        matches!(
            f.kind,
            FigureKind::Number | FigureKind::Money | FigureKind::Measure
        )
    };
    if exact.approx != Approx::Exact
        || exact.high.is_some()
        || rounded.high.is_some()
        || exact.kind != rounded.kind
        || !counts(exact)
        || unit_of(exact) != unit_of(rounded)
    {
        return false;
    }
    let (Some(e), Some(r)) = (exact.value.to_f64(), rounded.value.to_f64()) else {
        return false;
    };
    let half = rounding_slack(rounded.value);
    match rounded.approx {
        Approx::About => e != r && (e - r).abs() <= half,
        Approx::Over => e > r && e - r < 2.0 * half,
        Approx::Almost | Approx::Under | Approx::UpTo => e < r && r - e < 2.0 * half,
        _ => false,
    }
}

/// Whether `end` is the low (or, with `top`, the high) end of `range` written on its own:
/// `55-60 минути` against `55, 60 minutes`, the alternatives a range spans.
pub fn is_range_end(range: &Figure, end: &Figure, top: bool) -> bool {
    let designation = |k: FigureKind| matches!(k, FigureKind::Score | FigureKind::Model);
    if designation(range.kind) || designation(end.kind) {
        return false;
    }
    let Some(high) = range.high else {
        return false;
    };
    let units_agree = match (unit_of(range), unit_of(end)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let kinds_agree = range.kind == end.kind
        || range.kind == FigureKind::Number
        || end.kind == FigureKind::Number
        || hours_of_the_day(range, end);
    end.high.is_none()
        && units_agree
        && kinds_agree
        && !is_temporal(range.kind)
        && end.value == if top { high } else { range.value }
}

fn relate_dates(s: &Figure, r: &Figure) -> Relation {
    let year = |f: &Figure| f.date.map(|d| d.year).or_else(|| f.value.to_i32());
    // A month named alone (`през март`, `--03`) meets only another month named alone:
    // against `March 5` or `April 2018` the day or the year is missing, which that date, left
    // unpaired, says (as it did before months alone were read).
    let lone_month = |f: &Figure| {
        f.date
            .is_some_and(|d| d.year == 0 && d.month.is_some() && d.day.is_none())
    };
    if lone_month(s) != lone_month(r) {
        return Relation::Unrelated;
    }
    if (s.kind == FigureKind::Period) != (r.kind == FigureKind::Period) {
        // `the 1930s` against `1930 г.`: the decade said by the year that starts it (`30-е
        // годы` for `след 1930 г.`), or another year altogether.
        let decade_start = |p: &Figure, y: &Figure| {
            p.kind == FigureKind::Period
                && p.high.is_none()
                && y.high.is_none()
                && year(p) == year(y)
        };
        if decade_start(s, r) || decade_start(r, s) {
            return Relation::Reworded;
        }
        return Relation::Date;
    }
    if year(s) != year(r) {
        return Relation::Date;
    }
    if let (Some(a), Some(b)) = (s.date, r.date) {
        // Compare at the precision both sides give.
        if a.month.is_some() && b.month.is_some() && a.month != b.month {
            return Relation::Date;
        }
        if a.day.is_some() && b.day.is_some() && a.day != b.day {
            return Relation::Date;
        }
        // `30 септември 1882 г.` against `September 1882`: the same month of the same year,
        // its day given on one side only, is a changed date (a day a translator drops is
        // rare; one dropped by a slip changes what the reader learns).
        if a.month.is_some() && a.month == b.month && a.day.is_some() != b.day.is_some() {
            return Relation::Date;
        }
    }
    if s.high != r.high && s.high.is_some() && r.high.is_some() {
        return Relation::Date;
    }
    approx_or_equal(s, r)
}

fn relate_percents(s: &Figure, r: &Figure) -> Relation {
    use FigureKind::*;
    match (s.kind, r.kind) {
        (PercentPoints, Percent) | (Percent, PercentPoints) => {
            if same_numbers(s, r) {
                Relation::PercentPoints
            } else {
                Relation::Number
            }
        }
        (PercentPoints, PercentPoints) | (Percent, Percent) => {
            if same_numbers(s, r) {
                approx_or_equal(s, r)
            } else if s.high.is_none() && r.high.is_none() && power_apart(s.value, r.value, 10)
                || s.high.is_some()
                    && r.high.is_some()
                    && power_apart(s.value, r.value, 10)
                    && s.high
                        .zip(r.high)
                        .is_some_and(|(a, b)| power_apart(a, b, 10))
            {
                Relation::PercentDecimal
            } else {
                Relation::Number
            }
        }
        (Percent | Fraction, Percent | Fraction) => {
            // `one in three` against `33 %`: a share in words is rounded when put in digits.
            let (a, ah) = share(s);
            let (b, bh) = share(r);
            let tol = Decimal::new(5, 3);
            let same = close(a, b, tol)
                && match (ah, bh) {
                    (None, None) => true,
                    (Some(x), Some(y)) => close(x, y, tol),
                    _ => false,
                };
            if same {
                approx_or_equal(s, r)
            } else {
                Relation::Number
            }
        }
        // A percentage against a plain number of the same value: one language's `20
        // процента` may not have been read as a percentage; not a finding.
        // (The percentage carries its `%` unit; the plain number must have none: `15-ке`
        // after `пайызға` in kk.)
        (Percent | PercentPoints, Number) | (Number, Percent | PercentPoints)
            if same_numbers(s, r)
                && [s, r].iter().all(|f| f.kind != Number || f.unit.is_none()) =>
        {
            approx_or_equal(s, r)
        }
        // Per mille put for per cent (`1,2 процента` for `1,2 промила` of alcohol): the other
        // share unit, the same number.
        (Percent, Measure) | (Measure, Percent)
            if same_numbers(s, r) && [s, r].iter().any(|f| unit_of(f) == Some("‰")) =>
        {
            Relation::Unit
        }
        _ => Relation::Unrelated,
    }
}

/// The qualifier in words, for messages.
pub fn approx_word(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "no qualifier",
        Approx::About => "about",
        Approx::Over => "over",
        Approx::Under => "under",
        Approx::UpTo => "up to",
        Approx::Almost => "almost",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::figures::DateValue;

    pub fn fig(kind: FigureKind, v: &str) -> Figure {
        Figure {
            kind,
            value: v.parse().expect("test value"),
            high: None,
            unit: None,
            approx: Approx::Exact,
            scale: None,
            date: None,
            line: 1,
            offset: 0,
            text: v.to_string(),
        }
    }

    pub fn unit(kind: FigureKind, v: &str, u: &str) -> Figure {
        let mut f = fig(kind, v);
        f.unit = Some(u.into());
        f
    }

    fn year(y: i32) -> Figure {
        let mut f = fig(FigureKind::Year, &y.to_string());
        f.date = Some(DateValue {
            year: y,
            month: None,
            day: None,
        });
        f
    }

    #[test]
    fn units_table_is_sorted_unique_and_well_formed() {
        let units: Vec<&str> = crate::lang::rows(UNITS_TSV).map(|r| r[0]).collect();
        assert!(units.windows(2).all(|w| w[0] < w[1]), "sorted, unique");
        for row in crate::lang::rows(UNITS_TSV) {
            assert_eq!(row.len(), 4, "{row:?}");
            assert!(row[2].parse::<f64>().is_ok() && row[3].parse::<f64>().is_ok());
        }
        assert_eq!(unit_table().len(), units.len());
    }

    #[test]
    fn only_units_of_one_dimension_convert() {
        assert!(same_dimension("mi", "km"));
        assert!(same_dimension("decade", "year"));
        assert!(same_dimension("deg", "°C"), "degrees of no named scale");
        assert!(!same_dimension("year", "USD"), "a duration is no money");
        assert!(!same_dimension("km", "kg"));
        assert!(
            !same_dimension("barrel-of-nothing", "km"),
            "an unknown unit converts to nothing"
        );
    }

    #[test]
    fn equal_is_equal_whatever_the_scale_word() {
        // 900 млн. долара = $900 million: both normalize to 900000000 USD.
        let mut bg = unit(FigureKind::Money, "900000000", "USD");
        bg.scale = Some(Decimal::from(1_000_000));
        let en = unit(FigureKind::Money, "900000000", "USD");
        assert_eq!(relate(&bg, &en), Relation::Equal);
    }

    #[test]
    fn shares_in_words_equal_percentages() {
        let frac = fig(FigureKind::Fraction, "0.2");
        let pct = fig(FigureKind::Percent, "20");
        assert_eq!(relate(&frac, &pct), Relation::Equal);
        let third = fig(FigureKind::Fraction, "0.3333333333");
        assert_eq!(
            relate(&third, &fig(FigureKind::Percent, "33")),
            Relation::Equal
        );
        assert_eq!(relate(&third, &pct), Relation::Number);
    }

    #[test]
    fn decades_equal_years() {
        let decades = unit(FigureKind::Measure, "3", "decade");
        let years = unit(FigureKind::Measure, "30", "year");
        assert_eq!(relate(&decades, &years), Relation::Converted);
        let wrong = unit(FigureKind::Measure, "20", "year");
        assert_eq!(relate(&decades, &wrong), Relation::Number);
    }

    /// `18% ръст` against `18-fold` (a percentage put for a multiple of the same number) is a
    /// unit_mismatch; against another number, or a fraction against a multiple (`by half`
    /// against `halved`), no pair.
    #[test]
    fn a_percentage_against_a_multiple_of_the_same_number_is_another_unit() {
        let pct = unit(FigureKind::Percent, "18", "%");
        let times = unit(FigureKind::Measure, "18", multipliers::UNIT);
        assert_eq!(relate(&times, &pct), Relation::Unit);
        assert_eq!(relate(&pct, &times), Relation::Unit);
        let other = unit(FigureKind::Measure, "2", multipliers::UNIT);
        assert_eq!(relate(&pct, &other), Relation::Unrelated);
        let half = fig(FigureKind::Fraction, "0.5");
        let halved = unit(FigureKind::Measure, "0.5", multipliers::UNIT);
        assert_eq!(relate(&half, &halved), Relation::Unrelated);
    }

    #[test]
    fn a_percentage_meets_a_plain_number_of_the_same_value() {
        let pct = unit(FigureKind::Percent, "15", "%");
        assert_eq!(
            relate(&pct, &fig(FigureKind::Number, "15")),
            Relation::Equal
        );
        assert_eq!(
            relate(&fig(FigureKind::Number, "15"), &pct),
            Relation::Equal
        );
        assert_eq!(
            relate(&pct, &fig(FigureKind::Number, "16")),
            Relation::Unrelated
        );
        let km = unit(FigureKind::Measure, "15", "km");
        assert_eq!(relate(&pct, &km), Relation::Unrelated);
    }

    #[test]
    fn a_decade_against_the_year_that_starts_it_is_reworded() {
        let mut decade = fig(FigureKind::Period, "1930");
        decade.date = year(1930).date;
        assert_eq!(relate(&year(1930), &decade), Relation::Reworded);
        assert_eq!(relate(&decade, &year(1930)), Relation::Reworded);
        // Another year of the decade, or another decade, is a different date.
        assert_eq!(relate(&year(1935), &decade), Relation::Date);
        assert_eq!(relate(&year(1940), &decade), Relation::Date);
        assert_eq!(
            Relation::Reworded.finding(),
            Some((Kind::NumberMismatch, Severity::Info))
        );
    }

    #[test]
    fn a_range_against_the_bound_it_keeps_is_reworded() {
        let mut range = unit(FigureKind::Measure, "1", "min");
        range.high = Some(Decimal::from(48));
        let mut under = fig(FigureKind::Number, "48");
        under.approx = Approx::Under;
        assert_eq!(relate(&range, &under), Relation::Reworded);
        assert_eq!(relate(&under, &range), Relation::Reworded);
        let mut over = fig(FigureKind::Number, "1");
        over.approx = Approx::Over;
        assert_eq!(relate(&range, &over), Relation::Reworded);
        // Another bound, or an exact figure, differs.
        let mut other = fig(FigureKind::Number, "40");
        other.approx = Approx::Under;
        assert_eq!(relate(&range, &other), Relation::Number);
        assert_eq!(
            relate(&range, &fig(FigureKind::Number, "48")),
            Relation::Number
        );
        let mut over_top = fig(FigureKind::Number, "48");
        over_top.approx = Approx::Over;
        assert_eq!(relate(&range, &over_top), Relation::Number);
        // Another unit is no bound of it.
        let mut km = unit(FigureKind::Measure, "48", "km");
        km.approx = Approx::Under;
        assert_ne!(relate(&range, &km), Relation::Reworded);
    }

    #[test]
    fn an_estimate_inside_a_narrow_range_is_reworded() {
        let range = |lo: i64, hi: i64, unit: &str| {
            let mut f = fig(FigureKind::Measure, &lo.to_string());
            f.high = Some(Decimal::from(hi));
            f.unit = Some(unit.to_string());
            f.approx = Approx::About;
            f
        };
        let one = |v: i64, unit: &str, approx: Approx| {
            let mut f = fig(FigureKind::Measure, &v.to_string());
            f.unit = Some(unit.to_string());
            f.approx = approx;
            f
        };
        // `около 27-28 метра` against `примерно 27 метров` and `about 30 yards` (27.4 m).
        assert_eq!(
            relate(&range(27, 28, "m"), &one(27, "m", Approx::About)),
            Relation::Reworded
        );
        assert_eq!(
            relate(&one(30, "yd", Approx::About), &range(27, 28, "m")),
            Relation::Reworded
        );
        // Outside the range, or a wide range (a changed end): no such estimate.
        assert_eq!(
            relate(&range(27, 28, "m"), &one(30, "m", Approx::About)),
            Relation::Number
        );
        assert_eq!(
            relate(&range(27, 78, "m"), &one(27, "m", Approx::About)),
            Relation::Number
        );
    }

    #[test]
    fn range_ends_are_told() {
        let mut range = unit(FigureKind::Measure, "55", "min");
        range.high = Some(Decimal::from(60));
        let low = unit(FigureKind::Measure, "55", "min");
        let high = fig(FigureKind::Number, "60");
        assert!(is_range_end(&range, &low, false));
        assert!(is_range_end(&range, &high, true));
        assert!(!is_range_end(&range, &high, false));
        assert!(!is_range_end(
            &range,
            &unit(FigureKind::Measure, "60", "km"),
            true
        ));
        assert!(
            !is_range_end(&low, &low, false),
            "a single figure has no ends"
        );
    }

    #[test]
    fn degrees_of_no_scale_convert_to_celsius_and_fahrenheit() {
        let deg = unit(FigureKind::Measure, "80", "deg");
        let celsius = unit(FigureKind::Measure, "27", "°C");
        assert_eq!(relate(&deg, &celsius), Relation::Converted);
        assert_eq!(relate(&celsius, &deg), Relation::Converted);
        let wrong = unit(FigureKind::Measure, "12", "°C");
        assert_eq!(
            relate(&unit(FigureKind::Measure, "10", "deg"), &wrong),
            Relation::Number
        );
        let fahrenheit = unit(FigureKind::Measure, "80", "°F");
        assert_eq!(
            relate(&unit(FigureKind::Measure, "27", "deg"), &fahrenheit),
            Relation::Converted
        );
    }

    #[test]
    fn conversions_hold_within_rounding() {
        let cases = [
            ("85", "mph", "135", "km/h", Relation::Converted),
            ("80", "°F", "27", "°C", Relation::Converted),
            ("650", "lb", "295", "kg", Relation::Converted),
            ("385", "mi", "620", "km", Relation::Converted),
            // One NTREX reference renders 385 miles as 360 km.
            ("385", "mi", "360", "km", Relation::Number),
            ("100", "km", "100", "kg", Relation::Unit),
            // A round figure may be exact: 10 km is not 10 miles rounded, though 16 km is;
            // the number kept with another unit is a changed unit.
            ("10", "km", "10", "mi", Relation::Unit),
            ("36", "day", "36", "hour", Relation::Unit),
            ("10", "mi", "16", "km", Relation::Converted),
            ("1", "mi", "2", "km", Relation::Converted),
        ];
        for (sv, su, rv, ru, want) in cases {
            let s = unit(FigureKind::Measure, sv, su);
            let r = unit(FigureKind::Measure, rv, ru);
            assert_eq!(relate(&s, &r), want, "{sv} {su} vs {rv} {ru}");
        }
        // Degrees of no stated scale: Fahrenheit rendered as Celsius, within rounding.
        assert_eq!(
            relate(
                &unit(FigureKind::Measure, "80", "deg"),
                &unit(FigureKind::Measure, "27", "deg")
            ),
            Relation::Converted
        );
        assert_eq!(
            relate(
                &unit(FigureKind::Measure, "80", "deg"),
                &unit(FigureKind::Measure, "37", "deg")
            ),
            Relation::Number
        );
        // A plain count's unit is not compared (`52 жастағы`, aged 52).
        let age = unit(FigureKind::Number, "52", "age");
        assert_eq!(
            relate(&unit(FigureKind::Measure, "52", "year"), &age),
            Relation::Equal
        );
    }

    #[test]
    fn currencies_differ() {
        let s = unit(FigureKind::Money, "900000000", "EUR");
        let r = unit(FigureKind::Money, "900000000", "USD");
        assert_eq!(relate(&s, &r), Relation::Unit);
        assert_eq!(relate(&r, &r), Relation::Equal);
    }

    #[test]
    fn scale_needs_a_scale_word() {
        let mut s = unit(FigureKind::Measure, "20000000000", "t");
        s.scale = Some(Decimal::from(1_000_000_000));
        let mut r = unit(FigureKind::Measure, "20000000", "t");
        r.scale = Some(Decimal::from(1_000_000));
        assert_eq!(relate(&s, &r), Relation::Scale);
        let plain = fig(FigureKind::Number, "2000");
        assert_eq!(
            relate(&plain, &fig(FigureKind::Number, "2")),
            Relation::Number
        );
    }

    #[test]
    fn percentages_shift() {
        let p = |v| fig(FigureKind::Percent, v);
        assert_eq!(relate(&p("44"), &p("4.4")), Relation::PercentDecimal);
        assert_eq!(relate(&p("0.44"), &p("4.4")), Relation::PercentDecimal);
        assert_eq!(relate(&p("4.5"), &p("4.4")), Relation::Number);
        let pp = fig(FigureKind::PercentPoints, "4.4");
        assert_eq!(relate(&pp, &p("4.4")), Relation::PercentPoints);
        let mut range = p("6.7");
        range.high = Some(Decimal::from(12));
        assert_eq!(relate(&range, &range.clone()), Relation::Equal);
        assert_eq!(relate(&range, &p("6.7")), Relation::Number);
    }

    #[test]
    fn qualifiers_differ() {
        let mut s = unit(FigureKind::Measure, "1000000", "t");
        s.approx = Approx::About;
        let mut r = s.clone();
        r.approx = Approx::Over;
        assert_eq!(relate(&s, &r), Relation::Approx);
        assert_eq!(relate(&s, &s.clone()), Relation::Equal);
        r.approx = Approx::Exact;
        assert_eq!(relate(&s, &r), Relation::QualifierDropped);
        assert_eq!(
            Relation::QualifierDropped.finding(),
            Some((Kind::ApproxMismatch, Severity::Info))
        );
    }

    #[test]
    fn near_synonym_qualifiers_are_info_opposite_ones_a_warning() {
        let with = |q: Approx| {
            let mut f = fig(FigureKind::Number, "700");
            f.approx = q;
            f
        };
        use Approx::*;
        // `около` / `nearly`, `under` / `up to`, `nearly` / `under`: near synonyms.
        for (a, b) in [
            (About, Almost),
            (Almost, About),
            (Under, UpTo),
            (Almost, Under),
        ] {
            assert_eq!(
                relate(&with(a), &with(b)),
                Relation::QualifierNear,
                "{a:?} {b:?}"
            );
        }
        assert_eq!(
            Relation::QualifierNear.finding(),
            Some((Kind::ApproxMismatch, Severity::Info))
        );
        // `over` against `under` or `up to`, `about` against `over`: a warning.
        for (a, b) in [(Over, Under), (UpTo, Over), (About, Over), (About, UpTo)] {
            assert_eq!(relate(&with(a), &with(b)), Relation::Approx, "{a:?} {b:?}");
        }
        assert_eq!(
            Relation::Approx.finding(),
            Some((Kind::ApproxMismatch, Severity::Warning))
        );
    }

    #[test]
    fn a_bound_on_one_side_only_is_a_warning_a_hedge_is_not() {
        let with = |q: Approx| {
            let mut f = fig(FigureKind::Number, "40000");
            f.approx = q;
            f
        };
        use Approx::*;
        // `над 40 000` against `40,000`, either way round: the figure moved.
        for q in [Over, Under] {
            assert_eq!(relate(&with(q), &with(Exact)), Relation::Approx, "{q:?}");
            assert_eq!(relate(&with(Exact), &with(q)), Relation::Approx, "{q:?}");
        }
        // `около`, `почти`, `до` on one side only: dropped freely by translators.
        for q in [About, Almost, UpTo] {
            assert_eq!(
                relate(&with(q), &with(Exact)),
                Relation::QualifierDropped,
                "{q:?}"
            );
        }
    }

    #[test]
    fn years_and_dates() {
        assert_eq!(relate(&year(2023), &year(2023)), Relation::Equal);
        assert_eq!(relate(&year(2023), &year(2028)), Relation::Date);
        // A bare 2023 in one language is the year 2023 in another.
        assert_eq!(
            relate(&fig(FigureKind::Number, "2023"), &year(2023)),
            Relation::Equal
        );
        assert_eq!(
            relate(&fig(FigureKind::Number, "15"), &year(2023)),
            Relation::Unrelated
        );
        let mut april = fig(FigureKind::Date, "2025");
        april.date = Some(DateValue {
            year: 2025,
            month: Some(4),
            day: None,
        });
        let mut may = april.clone();
        may.date = Some(DateValue {
            year: 2025,
            month: Some(5),
            day: None,
        });
        assert_eq!(relate(&april, &may), Relation::Date);
        assert_eq!(relate(&april, &year(2025)), Relation::Equal);
        // `1950–1953 г.` against a bare `1950-53`: the same years.
        let mut years = year(1950);
        years.high = Some(Decimal::from(1953));
        let mut bare = fig(FigureKind::Number, "1950");
        bare.high = Some(Decimal::from(1953));
        assert_eq!(relate(&years, &bare), Relation::Equal);
    }

    #[test]
    fn weekdays_and_lone_months() {
        let weekday = |n: &str| fig(FigureKind::Weekday, n);
        assert_eq!(relate(&weekday("3"), &weekday("3")), Relation::Equal);
        assert_eq!(relate(&weekday("3"), &weekday("2")), Relation::Date);
        // A weekday against a date or a year is no counterpart: either may be dropped.
        assert_eq!(relate(&weekday("3"), &year(2025)), Relation::Unrelated);
        let on = |year: i32, month: u32, day: Option<u32>| {
            let mut f = fig(FigureKind::Date, &year.to_string());
            f.date = Some(DateValue {
                year,
                month: Some(month),
                day,
            });
            f
        };
        assert_eq!(relate(&on(0, 3, None), &on(0, 3, None)), Relation::Equal);
        assert_eq!(relate(&on(0, 3, None), &on(0, 4, None)), Relation::Date);
        assert_eq!(relate(&weekday("3"), &on(0, 3, None)), Relation::Unrelated);
        // A lone month against a date with a day or a year: that date stays unpaired, so its
        // day or year is reported missing.
        assert_eq!(
            relate(&on(0, 3, None), &on(0, 3, Some(5))),
            Relation::Unrelated
        );
        assert_eq!(
            relate(&on(0, 4, None), &on(2018, 4, None)),
            Relation::Unrelated
        );
        assert_eq!(relate(&on(0, 4, None), &year(2018)), Relation::Unrelated);
    }

    /// Whole hours said with an hour word (bg `в 17 часа`) meet a time of day on the same
    /// hour (`5 p.m.`), and a range of them (`между 11 и 17 часа`) its two ends as times;
    /// another hour, a fraction of an hour or more than a day's hours do not.
    #[test]
    fn hours_with_an_hour_word_meet_a_time_of_day() {
        let time = |v: &str| fig(FigureKind::Time, v);
        let hours = unit(FigureKind::Measure, "17", "hour");
        assert_eq!(relate(&hours, &time("17")), Relation::Equal);
        assert_eq!(relate(&time("17"), &hours), Relation::Equal);
        assert_eq!(relate(&hours, &time("18")), Relation::Unrelated);
        let half = unit(FigureKind::Measure, "1.5", "hour");
        assert_eq!(relate(&half, &time("1.5")), Relation::Unrelated);
        let many = unit(FigureKind::Measure, "36", "hour");
        assert_eq!(relate(&many, &time("12")), Relation::Unrelated);
        let mut between = unit(FigureKind::Measure, "11", "hour");
        between.high = Some(Decimal::from(17));
        assert!(is_range_end(&between, &time("11"), false));
        assert!(is_range_end(&between, &time("17"), true));
        assert!(!is_range_end(&between, &time("18"), true));
    }

    #[test]
    fn unrelated_kinds_do_not_pair() {
        assert_eq!(
            relate(&fig(FigureKind::Percent, "20"), &year(2020)),
            Relation::Unrelated
        );
        assert_eq!(Relation::Unrelated.cost(), None);
        let time = fig(FigureKind::Time, "15");
        assert_eq!(
            relate(&time, &fig(FigureKind::Number, "15")),
            Relation::Unrelated
        );
    }

    #[test]
    fn rounding_slack_follows_the_last_place() {
        assert_eq!(rounding_slack(Decimal::from(360)), 5.0);
        assert_eq!(rounding_slack(Decimal::from(27)), 0.5);
        assert!((rounding_slack("4.4".parse().unwrap()) - 0.05).abs() < 1e-12);
        // At most a tenth of the value: `10` stands for 9 to 11, not 5 to 15.
        assert_eq!(rounding_slack(Decimal::from(10)), 1.0);
        assert_eq!(rounding_slack(Decimal::from(200)), 20.0);
    }
}
