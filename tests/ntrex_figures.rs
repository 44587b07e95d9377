//! Figures over NTREX-128 (`../shared/data/ntrex`), line by line as with `--presegmented`:
//!
//! - coverage: every run of digits in every line of all five languages lies inside an
//!   extracted figure; uncovered runs are written to `target/ntrex-figures/uncovered.txt`;
//! - agreement: for bg against en, ru, uk and kk, the share of lines with digits whose
//!   multisets of normalized values are equal; the same for the numbers alone (no qualifier,
//!   unit or currency), over all figures and over the figures written with digits; beside a
//!   naive baseline (digit strings with space grouping removed and `,` read as `.`).
//!   Disagreeing lines are written to `target/ntrex-figures/disagree-<lang>.txt`, tagged
//!   `numbers` (the numbers differ) or `qualifier-or-unit` (only those differ).
//!
//! Run with `cargo test --release --test ntrex_figures -- --nocapture` to see the figures.
//! Skips cleanly when NTREX is absent.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use sverka::assign::assign;
use sverka::compare::{relate, Relation};
use sverka::figures::{extract_text, plain, Figure, FigureKind};
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::report::Severity;

fn out_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/ntrex-figures");
    std::fs::create_dir_all(&d).expect("target dir is writable");
    d
}

/// Byte spans of the runs of ASCII digits in a line.
fn digit_runs(line: &str) -> Vec<(usize, usize)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

/// Digits glued to a word of three letters or more after them, with letters before too, a
/// Latin word after or a lone zero (`247sports`, a typo's `по0сериозен`, `0ведены`): part of
/// a name or word, which the figures stage reads no figure in unless the letters are a unit
/// or an ending it knows.
fn inside_word(line: &str, (s, e): (usize, usize)) -> bool {
    let Some(rest) = line.get(e..) else {
        return false;
    };
    let letters: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let before = line
        .get(..s)
        .and_then(|b| b.chars().next_back())
        .is_some_and(char::is_alphabetic);
    letters.chars().count() >= 3 && (before || letters.is_ascii() || line.get(s..e) == Some("0"))
}

fn covered(figs: &[Figure], (s, e): (usize, usize)) -> bool {
    figs.iter()
        .any(|f| f.offset <= s && e <= f.offset + f.text.len())
}

/// The naive baseline's values: digit strings, space grouping removed, `,` read as `.`.
fn naive(line: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}');
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut s = String::new();
        loop {
            while i < chars.len() && chars[i].is_ascii_digit() {
                s.push(chars[i]);
                i += 1;
            }
            let sep = chars.get(i).copied();
            let next_digit = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            match sep {
                Some(c) if is_space(c) && next_digit => {
                    let run = chars[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    if run == 3 {
                        i += 1;
                    } else {
                        break;
                    }
                }
                Some(',' | '.') if next_digit => {
                    s.push('.');
                    i += 1;
                }
                _ => break,
            }
        }
        *out.entry(s).or_insert(0) += 1;
    }
    out
}

fn normalized(figs: &[Figure]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for f in figs {
        *out.entry(f.normalized()).or_insert(0) += 1;
    }
    out
}

/// The numbers alone, as the naive baseline sees them: values and range ends (calendar
/// figures in their normalized form), without qualifier, unit or currency.
fn numbers_only<'a>(figs: impl IntoIterator<Item = &'a Figure>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for f in figs {
        let key = match f.kind {
            // A qualifier is no number: `около 04:00` and `04:00` say the same numbers.
            FigureKind::Year | FigureKind::Date | FigureKind::Period | FigureKind::Time => f
                .normalized()
                .trim_start_matches(['~', '<', '>', '='])
                .to_string(),
            _ => match f.high {
                Some(h) => format!("{}..{}", plain(f.value), plain(h)),
                None => plain(f.value),
            },
        };
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

/// The pairing the checking stage would make within one line: an optimal assignment of bg
/// figures to reference figures by [`relate`]'s cost (`sverka::assign`, as `compare` does),
/// each pair with its relation; what is left unpaired on each side.
struct Pairing {
    relations: Vec<Relation>,
    unpaired_bg: usize,
    unpaired_ref: usize,
}

fn pair(bg: &[Figure], r: &[Figure]) -> Pairing {
    let pairs = assign(bg.len(), r.len(), 1.0, |i, j| relate(&bg[i], &r[j]).cost());
    let relations: Vec<Relation> = pairs.iter().map(|&(i, j)| relate(&bg[i], &r[j])).collect();
    Pairing {
        unpaired_bg: bg.len() - pairs.len(),
        unpaired_ref: r.len() - pairs.len(),
        relations,
    }
}

/// A difference the checking stage treats as harmless: the same figure, the same figure in
/// another unit within rounding, a qualifier on one side only or two near-synonym qualifiers
/// (all reported as `info`; whatever `relate` reports as `info` counts).
fn harmless(rel: Relation) -> bool {
    rel.is_same() || rel.finding().is_some_and(|(_, sev)| sev == Severity::Info)
}

impl Pairing {
    /// Every figure paired, and every pair the same up to a harmless difference.
    fn agrees_up_to_harmless(&self) -> bool {
        self.unpaired_bg == 0
            && self.unpaired_ref == 0
            && self.relations.iter().all(|&r| harmless(r))
    }

    /// The automatic sort of a disagreeing line, from the pairing. The first two classes are
    /// differences of the translation by construction (the numbers are the same); the others
    /// may be either, and are read by hand ([`READ_BY_HAND`]).
    fn class(&self) -> &'static str {
        let all_paired = self.unpaired_bg == 0 && self.unpaired_ref == 0;
        let has = |want: Relation| self.relations.contains(&want);
        if all_paired && self.relations.iter().all(|&r| r == Relation::Equal) {
            // `relate` finds them equal while the normalized strings differ: a count's unit
            // (`11` against `11 year` for an age) or a percentage against a bare number.
            "same to the checker, kind or unit of a count differs"
        } else if all_paired && self.relations.iter().all(|&r| harmless(r)) {
            if has(Relation::Converted) {
                "unit conversion within rounding"
            } else {
                "qualifier dropped, added or a near synonym"
            }
        } else if all_paired
            && self
                .relations
                .iter()
                .all(|&r| harmless(r) || r == Relation::Approx)
        {
            "qualifier changed"
        } else if self
            .relations
            .iter()
            .all(|&r| harmless(r) || r == Relation::Approx)
        {
            "figure on one side only"
        } else if self
            .relations
            .iter()
            .any(|&r| matches!(r, Relation::Number) && all_paired)
        {
            "numbers differ"
        } else {
            "numbers differ and a figure on one side only"
        }
    }
}

/// Whether an automatic class says the translation differs (the numbers are the same, only a
/// unit within rounding or a qualifier differs).
fn auto_differs(class: &str) -> bool {
    matches!(
        class,
        "unit conversion within rounding"
            | "qualifier dropped, added or a near synonym"
            | "qualifier changed"
    )
}

/// A disagreeing line read by hand: `Misread` when one side's figures are not what a careful
/// reader writes down (our error), `Differs` when the translation really says something else
/// (a conversion, a rounding, a dropped or added figure or qualifier, a re-expression, an error
/// of the translator). The note names the class.
#[derive(Clone, Copy)]
enum Verdict {
    Misread(&'static str),
    Differs(&'static str),
}
use Verdict::{Differs, Misread};

/// The disagreeing lines read by hand that the automatic sort cannot settle, by reference
/// language and NTREX line (1-based). Recorded after the fourth pass, 2026-11-25. A row whose
/// line has come to agree is reported as such (a fix), not counted.
const READ_BY_HAND: &[(&str, usize, Verdict)] = &[
    ("en", 33, Differs("re-expression: the 1930s as след 1930 г.")),
    ("en", 70, Differs("re-expression: the 2000s as новия век")),
    ("en", 132, Differs("rounding: about 30 yards as около 27-28 m")),
    ("en", 230, Differs("omission: bg drops 100 percent")),
    ("en", 373, Differs("source typo: bg от е до 6 lost the 3")),
    ("en", 524, Differs("re-expression: 55, 60 minutes as около 55-60")),
    ("en", 592, Misread("half-time: en right on half-time read as 0.5")),
    ("en", 687, Differs("re-expression: more than one and less than 48 as между една и 48")),
    ("en", 703, Differs("translation error: 40 percentage points as 40%")),
    ("en", 798, Differs("re-expression: the team Livi 11 as единайсеторка")),
    ("en", 803, Differs("re-expression: the quarter-hour mark as 15-та минута")),
    ("en", 969, Differs("re-expression: 36 years old as отпреди 36 години")),
    ("en", 1039, Differs("translation error: June 11 as 11 юли")),
    ("en", 742, Differs("source typo: bg 2§1 for the golf score 2&1, read now as one figure in the references")),
    ("en", 1075, Differs("source typo: bg по0сериозен has a stray 0 (the ages 18 to 29 agree since the fifth pass)")),
    ("en", 1107, Differs("re-expression: WW1 as Първата световна война")),
    ("en", 1165, Differs("re-expression: biennial as през две години")),
    ("en", 1179, Misread("halves: en seven halves (drawn matches) read as 3.5")),
    ("en", 1406, Misread("age: bg между 11 и 18 години read as years, en 11 to 18-year-olds as ages")),
    ("en", 1482, Differs("omission: bg двойно (2 x) drops the more than of more than doubled (>2 x), as against every reference; the multipliers are read since mu23")),
    ("en", 1493, Differs("translation error: hour six as в шест часа")),
    ("en", 1965, Misread("one of four: en 1-of-4 read as the share 0.25, bg един от четиримата as 4")),
    ("ru", 32, Misread("a decade: bg десетилетие по-късно (one decade) is not read, ru на 10 лет позже is")),
    ("ru", 33, Differs("re-expression: after 1930 as в 30-е годы")),
    ("ru", 62, Misread("qualifier: bg до 3000 after удвоят six words back (to) read as up to")),
    ("ru", 70, Differs("re-expression: the new century as 2000-х годов")),
    ("ru", 82, Differs("omission: ru drops the currency")),
    ("ru", 132, Differs("rounding: около 27-28 m as примерно 27 m")),
    ("ru", 138, Differs("omission: bg drops at halftime, which ru gives as the first half")),
    ("ru", 202, Differs("translation error: 385 miles as 360 km; до 135 km/h")),
    ("ru", 214, Differs("conversion: над половин инч as до 1,5 см")),
    ("ru", 223, Differs("conversion: 80 °F as 27 °C, the scale named on neither side")),
    ("ru", 224, Differs("conversion: 80 °F as 27 °C, the scale named on neither side")),
    ("ru", 230, Differs("omission: bg drops 100 percent")),
    ("ru", 268, Differs("re-expression: 6 feet 6 inches as двухметровый")),
    ("ru", 274, Differs("re-expression: the last 24 hours as за сутки")),
    ("ru", 277, Differs("omission: ru drops 45 miles")),
    ("ru", 299, Differs("omission: ru drops three (трима мъже)")),
    ("ru", 303, Differs("omission: ru drops the 1-0 score")),
    ("ru", 369, Differs("translation error: 385 miles as 360 km")),
    ("ru", 373, Differs("source typo: bg от е до 6 lost the 3")),
    ("ru", 381, Differs("addition: ru четверо (four suspects)")),
    ("ru", 386, Differs("addition: ru более 30 лет назад for отпреди десетилетия")),
    ("ru", 398, Differs("omission: ru drops 18 feet; до шест метра as почти шесть метров")),
    ("ru", 401, Differs("translation error: 497 mph as 497 км/ч")),
    ("ru", 411, Differs("omission: ru drops 190 miles")),
    ("ru", 471, Misread("rank: bg номер 1 in digits, ru первыми in words (word ordinals are not read)")),
    ("ru", 524, Differs("re-expression: 55, 60 minutes as около 55-60")),
    ("ru", 537, Differs("addition: ru 7 или 8 место")),
    ("ru", 687, Differs("re-expression: more than one and less than 48 as между една и 48")),
    ("ru", 703, Differs("translation error: bg 40% for 40 percentage points")),
    ("ru", 731, Differs("re-expression: fourball as в четыре мяча")),
    ("ru", 733, Differs("re-expression: fourball as в четыре мяча")),
    ("ru", 737, Differs("re-expression: fourball as в четыре мяча")),
    ("ru", 738, Differs("re-expression: fourball as в четыре мяча")),
    ("ru", 739, Differs("re-expression: fourball as в четыре мяча; ranks in words")),
    ("ru", 742, Differs("re-expression: fourball as в четыре мяча")),
    ("ru", 798, Differs("re-expression: the team Livi 11 as единайсеторка")),
    ("ru", 803, Differs("translation error: the 15th minute as сорок пятой минуте")),
    ("ru", 815, Differs("re-expression: in 1950 as 1950-х годов")),
    ("ru", 869, Differs("re-expression: also 31 as своей ровеснице")),
    ("ru", 1039, Differs("translation error: June 11 as 11 юли (bg)")),
    ("ru", 1165, Differs("re-expression: biennial as през две години; fourball as четыре мяча")),
    ("ru", 1397, Misread("age: ru некоторым из них всего 11 лет read as years")),
    ("ru", 1401, Misread("age: ru некоторым из них всего 11 лет read as years")),
    ("ru", 1493, Differs("translation error: hour six as в шест часа")),
    ("ru", 1497, Differs("conversion: 80 °F as 27 °C, the scale named on neither side")),
    ("ru", 1509, Misread("a decade: bg повече от десетилетие (one decade) is not read")),
    ("ru", 1699, Differs("translation error: 6′6″ as 1 м 82 см (198 cm)")),
    ("ru", 1916, Differs("omission: ru 45 спустя drops the years")),
    ("ru", 1934, Differs("omission: ru drops the currency of 250")),
    ("ru", 1965, Differs("translation error: ru garbles 1-of-4 as 1-х-4-х (bg един от четиримата reads 0.25 since the fifth pass)")),
    ("uk", 742, Differs("source typo: bg 2§1 for the golf score 2&1 (uk 2та1)")),
    ("uk", 32, Misread("a decade: bg десетилетие по-късно (one decade) is not read, uk is")),
    ("uk", 33, Differs("re-expression: after 1930 as 1930-х роках")),
    ("uk", 70, Differs("re-expression: the new century as 2000-х років")),
    ("uk", 132, Differs("rounding: около 27-28 m as приблизно 27 m")),
    ("uk", 138, Differs("omission: bg drops at halftime, which uk gives as the first half")),
    ("uk", 214, Differs("conversion: над половин инч as 1,27 см")),
    ("uk", 221, Differs("conversion: a 20-degree difference (°F) as 7 degrees")),
    ("uk", 223, Differs("conversion: 80 °F as 27 °C, the scale named on one side only")),
    ("uk", 224, Differs("conversion: 80 °F as 27 °C, the scale named on one side only")),
    ("uk", 230, Differs("omission: bg drops 100 percent")),
    ("uk", 268, Differs("conversion: 6 feet 6 inches as 198 см (two figures as one)")),
    ("uk", 343, Differs("addition: uk 1,6 км for about a mile, which bg drops")),
    ("uk", 361, Differs("addition: uk adds the conversion to km")),
    ("uk", 362, Differs("addition: uk adds the conversion to km")),
    ("uk", 373, Differs("source typo: bg от е до 6 lost the 3")),
    ("uk", 524, Differs("re-expression: 55 або 60 хвилин as около 55-60")),
    ("uk", 569, Differs("addition: uk розвернуся на 180 градусів")),
    ("uk", 687, Differs("re-expression: більше однієї і менше 48 as между една и 48")),
    ("uk", 739, Misread("rank: bg номер три read, uk третій (a word ordinal) not")),
    ("uk", 798, Differs("re-expression: the team Livi 11 as единайсеторка")),
    ("uk", 803, Differs("re-expression: 15-та минута as чверть години")),
    ("uk", 957, Differs("addition: uk keeps the English title 60 Minutes beside (60 хвилин)")),
    ("uk", 959, Differs("re-expression: the title „60 минути“ kept in English")),
    ("uk", 980, Differs("omission: uk drops the currency")),
    ("uk", 1039, Differs("translation error: June 11 as 11 юли (bg)")),
    ("uk", 1169, Differs("translation error: four points as три очки")),
    ("uk", 1397, Differs("qualifier added: uk не старше 11 років (no older than 11) for bg едва на 11")),
    ("uk", 1401, Differs("qualifier added: uk не старше 11 років (no older than 11) for bg една на 11")),
    ("uk", 1482, Differs("qualifier dropped: uk фактично потроїлося (tripled) for bg почти три пъти (nearly three times); bg двойно drops the більш ніж (more than) of подвоїлося")),
    ("uk", 1497, Differs("conversion: 80 °F as 27 °C, the scale named on one side only")),
    ("uk", 1785, Misread("a decade: uk два останні десятиліття, an adjective between number and unit")),
    ("uk", 1962, Differs("re-expression: six losses in a row as шостий раз")),
    ("uk", 1965, Misread("one of four: uk одним із чотирьох read as the share 0.25, bg един от четиримата as 4")),
    ("kk", 70, Differs("re-expression: the new century as 2000 жылдар")),
    ("kk", 77, Differs("omission: kk drops the currency")),
    ("kk", 132, Differs("rounding: около 27-28 m as шамамен 30 m")),
    ("kk", 138, Differs("omission: bg drops at halftime, which kk gives as the first half")),
    ("kk", 147, Differs("addition: kk adds 6 метр; до as шамамен")),
    ("kk", 185, Differs("addition: kk adds the conversion 249 кг to 550 фунт (read as a weight since the fifth pass)")),
    ("kk", 194, Differs("addition: kk adds the conversion 294 кг to 650 фунт (read as a weight since the fifth pass)")),
    ("kk", 202, Differs("addition: kk adds the conversions in parentheses")),
    ("kk", 230, Differs("omission: bg drops 100 percent")),
    ("kk", 299, Differs("omission: kk drops three (трима мъже)")),
    ("kk", 300, Misread("crescent: kk жарты ай (a crescent) read as 0.5")),
    ("kk", 361, Differs("addition: kk adds the conversion to km")),
    ("kk", 362, Differs("addition: kk adds the conversion to km")),
    ("kk", 363, Differs("re-expression: от 2 до 4 инча as 2 мен 4 дюйм")),
    ("kk", 364, Differs("re-expression: 1 до 2 инча as 1 мен 2 дюйм")),
    ("kk", 369, Differs("addition: kk adds the conversions in parentheses")),
    ("kk", 373, Differs("source typo: bg от е до 6 lost the 3")),
    ("kk", 471, Misread("rank: bg номер 1 in digits, kk бірінші in words (word ordinals are not read)")),
    ("kk", 524, Differs("re-expression: 55, 60 minutes as около 55-60")),
    ("kk", 671, Differs("re-expression: kk 4000 (75 пайыз) асты; 15 without per cent")),
    ("kk", 687, Differs("re-expression: more than one and less than 48 as между една и 48")),
    ("kk", 731, Differs("re-expression: fourball as төрт доп")),
    ("kk", 733, Differs("re-expression: fourball as төрт доп")),
    ("kk", 737, Differs("re-expression: fourball as төрт доп")),
    ("kk", 738, Differs("re-expression: fourball as төрт доп; kk drops seven")),
    ("kk", 739, Differs("re-expression: fourball as төрт доп; ranks in words")),
    ("kk", 742, Differs("re-expression: fourball as төрт доп")),
    ("kk", 798, Differs("re-expression: the team Livi 11 as единайсеторка")),
    ("kk", 803, Differs("re-expression: 15-та минута as ширек сағат")),
    ("kk", 950, Misread("compound: bg четиридневна keeps no unit, kk төрт күндік does")),
    ("kk", 957, Misread("title: kk “60 минутта” read as a game minute (an ordinal)")),
    ("kk", 1039, Differs("translation error: June 11 as 11 юли (bg)")),
    ("kk", 1075, Differs("source typo: bg по0сериозен")),
    ("kk", 1119, Differs("omission: kk drops Bellator 206")),
    ("kk", 1149, Misread("age: bg с 20 години по-възрастен read as years, kk 20 жас as an age")),
    ("kk", 1165, Differs("re-expression: biennial as екіжылдық; fourball as төрт доп")),
    ("kk", 1280, Differs("translation error: kk 150 000 мыңдай (150 million)")),
    ("kk", 1397, Differs("qualifier added: kk 11 жастар шамасындағы (about 11); бес баланың біреуі reads 0.2 since the fifth pass")),
    ("kk", 1406, Differs("omission: kk drops the half (the ages 11 to 18 agree since the fifth pass)")),
    ("kk", 1482, Differs("qualifier dropped: kk үш есеге (three times) for bg почти три пъти (nearly); дейін after есе reads as to since the fifth pass; bg двойно drops the артық (more than) of екі еседен")),
    ("kk", 1462, Differs("addition: kk adds 8 жыл")),
    ("kk", 1509, Misread("a decade: bg повече от десетилетие (one decade) is not read")),
    ("kk", 32, Differs("re-expression: bg десетилетие по-късно (a decade later) as ондаған жылдан кейін (decades later)")),
    ("kk", 1624, Differs("omission: kk drops 2016")),
    ("kk", 1685, Differs("omission: kk drops 2016")),
    ("kk", 1699, Differs("omission: kk drops the 6 inches")),
    ("kk", 1707, Differs("re-expression: the next eight laps as сегізінші (the eighth)")),
    ("kk", 1739, Differs("omission: kk drops 3:35")),
    ("kk", 1962, Differs("re-expression: six losses in a row as алтыншы рет")),
    ("kk", 1968, Differs("translation error: eight appearances as жеті мәрте")),
    // Eleventh session (dt17): weekdays and lone months read as dates (`в сряда`, `през март`).
    ("ru", 187, Differs("omission: ru drops Thursday")),
    ("ru", 407, Differs("omission: ru drops Friday's (bg петъчното)")),
    ("ru", 835, Differs("re-expression: the show Saturday Night Live (bg keeps the title) as субботнего концерта, a Saturday concert")),
    ("ru", 1381, Differs("omission: ru drops on a Saturday")),
    ("ru", 1385, Differs("re-expression: in June as Июньское (an adjective, not read)")),
    ("uk", 793, Differs("re-expression: February's as лютневого (an adjective, not read)")),
    ("uk", 1015, Differs("translation error: on Thursday as в п’ятницю (Friday)")),
    ("uk", 1029, Differs("omission: uk drops Friday")),
    ("uk", 1165, Differs("omission: uk drops Saturday's")),
    ("uk", 1328, Differs("translation error: Saturday's as недільному (Sunday's)")),
    ("uk", 1335, Differs("translation error: Saturday as в неділю (Sunday)")),
    ("uk", 1381, Differs("translation error: on a Saturday as у неділю (Sunday)")),
    ("uk", 1384, Differs("re-expression: June as попередній місяць (the month before)")),
    ("uk", 1385, Differs("re-expression: in June as Червневе (an adjective, not read)")),
    ("kk", 182, Differs("omission: kk drops Wednesday")),
    ("kk", 379, Differs("translation error: on Saturday as жексенбі (Sunday)")),
    ("kk", 1380, Differs("omission: kk drops Sunday")),
    ("kk", 1385, Misread("month: kk Маусымдағы not read (маусым is also a season); kk drops July")),
    ("kk", 1584, Differs("qualifier dropped: bg поне 384, kk 384 (kk Осы жұмада, this Friday, is read since fx38)")),
    ("kk", 1695, Differs("translation error: Saturday as жексенбі (Sunday)")),
    ("kk", 1733, Differs("translation error: on Saturday as жұма күні (Friday)")),
    ("kk", 1974, Differs("omission: kk drops Sunday")),
];

#[test]
fn every_digit_run_lies_inside_a_figure() {
    let Some(ntrex) = Ntrex::load_default_or_skip("NTREX figure coverage") else {
        return;
    };
    let mut report = String::new();
    let (mut total, mut missed, mut in_words) = (0usize, 0usize, 0usize);
    for lang in Lang::ALL {
        let (mut lt, mut lm) = (0, 0);
        for (i, line) in ntrex.lines(lang).iter().enumerate() {
            let figs = extract_text(line, lang);
            for run in digit_runs(line) {
                if inside_word(line, run) && !covered(&figs, run) {
                    in_words += 1;
                    let _ = writeln!(
                        report,
                        "{lang}\t{}\t{}\t(inside a word)\t{line}",
                        i + 1,
                        &line[run.0..run.1]
                    );
                    continue;
                }
                lt += 1;
                if !covered(&figs, run) {
                    lm += 1;
                    let _ = writeln!(report, "{lang}\t{}\t{}\t{line}", i + 1, &line[run.0..run.1]);
                }
            }
        }
        eprintln!(
            "coverage {lang}: {}/{} digit runs inside a figure ({:.2}%)",
            lt - lm,
            lt,
            100.0 * (lt - lm) as f64 / lt.max(1) as f64
        );
        total += lt;
        missed += lm;
    }
    std::fs::write(out_dir().join("uncovered.txt"), &report).expect("write report");
    eprintln!(
        "coverage all: {}/{} ({missed} missed)",
        total - missed,
        total
    );
    eprintln!("digit runs inside a word (a name or a typo), no figure: {in_words}");
    assert!(total > 1000, "NTREX has digits in every language");
    // `247sports` (3 languages), `по0сериозен`, `0ведены`: few, or the rule reads too little.
    assert!(
        in_words <= 10,
        "{in_words} digit runs read as part of a word: see target/ntrex-figures/uncovered.txt"
    );
    assert_eq!(
        missed, 0,
        "digit runs outside any figure: see target/ntrex-figures/uncovered.txt"
    );
}

#[test]
fn bulgarian_figures_agree_with_each_reference() {
    let Some(ntrex) = Ntrex::load_default_or_skip("NTREX figure agreement") else {
        return;
    };
    let bg = ntrex.lines(Lang::Bg);
    let bg_figs: Vec<Vec<Figure>> = bg.iter().map(|l| extract_text(l, Lang::Bg)).collect();
    let mut failures: Vec<String> = Vec::new();
    for lang in [Lang::En, Lang::Ru, Lang::Uk, Lang::Kk] {
        let refs = ntrex.lines(lang);
        let (mut lines, mut agree, mut naive_agree, mut numbers_agree) = (0usize, 0, 0, 0);
        let (mut digits_agree, mut harmless_agree) = (0usize, 0usize);
        // The measure over the figure kinds it names: weekdays (read since the
        // eleventh session) left out, so that the figure stays comparable with earlier ones.
        let mut agree_no_weekdays = 0usize;
        let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
        let mut verdicts: BTreeMap<String, usize> = BTreeMap::new();
        let (mut misread, mut differs, mut unread) = (0usize, 0usize, Vec::new());
        let mut report = String::new();
        let read_by_hand: BTreeMap<usize, Verdict> = READ_BY_HAND
            .iter()
            .filter(|(l, _, _)| *l == lang.code())
            .map(|&(_, line, v)| (line, v))
            .collect();
        let mut recorded_now_agree = Vec::new();
        for (i, (b, r)) in bg.iter().zip(refs).enumerate() {
            if digit_runs(b).is_empty() && digit_runs(r).is_empty() {
                continue;
            }
            lines += 1;
            let naive_same = naive(b) == naive(r);
            if naive_same {
                naive_agree += 1;
            }
            let rf = extract_text(r, lang);
            let (nb, nr) = (normalized(&bg_figs[i]), normalized(&rf));
            let no_weekday = |figs: &[Figure]| {
                let kept: Vec<Figure> = figs
                    .iter()
                    .filter(|f| f.kind != FigureKind::Weekday)
                    .cloned()
                    .collect();
                normalized(&kept)
            };
            if no_weekday(&bg_figs[i]) == no_weekday(&rf) {
                agree_no_weekdays += 1;
            }
            let same_numbers = numbers_only(&bg_figs[i]) == numbers_only(&rf);
            let with_digits = |f: &&Figure| f.text.bytes().any(|b| b.is_ascii_digit());
            if numbers_only(bg_figs[i].iter().filter(with_digits))
                == numbers_only(rf.iter().filter(with_digits))
            {
                digits_agree += 1;
            }
            if same_numbers {
                numbers_agree += 1;
            }
            let pairing = pair(&bg_figs[i], &rf);
            if nb == nr || pairing.agrees_up_to_harmless() {
                harmless_agree += 1;
            }
            if nb == nr {
                agree += 1;
                if read_by_hand.contains_key(&(i + 1)) {
                    recorded_now_agree.push(i + 1);
                }
                continue;
            }
            let show = |m: &BTreeMap<String, usize>| {
                m.iter()
                    .flat_map(|(k, &n)| std::iter::repeat_n(k.as_str(), n))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            let class = pairing.class();
            *classes.entry(class).or_insert(0) += 1;
            let verdict = match read_by_hand.get(&(i + 1)) {
                Some(&Misread(note)) => {
                    misread += 1;
                    format!("misread: {note}")
                }
                Some(&Differs(note)) => {
                    differs += 1;
                    format!("differs: {note}")
                }
                None if auto_differs(class) => {
                    differs += 1;
                    format!("differs: {class}")
                }
                None => {
                    unread.push(i + 1);
                    "not read yet".to_string()
                }
            };
            let class_of = verdict.split(':').take(2).collect::<Vec<_>>().join(":");
            *verdicts.entry(class_of).or_insert(0) += 1;
            let relations: Vec<String> =
                pairing.relations.iter().map(|r| format!("{r:?}")).collect();
            let naive_note = if naive_same { " (naive agrees)" } else { "" };
            let _ = writeln!(
                report,
                "{} {verdict} [{class}; pairs {}; unpaired bg {}, {lang} {}]{naive_note}\n  bg: {}\n  {lang}: {}\n  bg  {b}\n  {lang}  {r}\n",
                i + 1,
                relations.join(" "),
                pairing.unpaired_bg,
                pairing.unpaired_ref,
                show(&nb),
                show(&nr)
            );
        }
        std::fs::write(out_dir().join(format!("disagree-{lang}.txt")), &report)
            .expect("write report");
        let pct = |n: usize| 100.0 * n as f64 / lines.max(1) as f64;
        eprintln!(
            "agreement bg-{lang}: normalized values {agree}/{lines} lines ({:.1}%), up to harmless differences {harmless_agree}/{lines} ({:.1}%), numbers alone {numbers_agree}/{lines} ({:.1}%), numbers of figures written with digits {digits_agree}/{lines} ({:.1}%), naive baseline {naive_agree}/{lines} ({:.1}%)",
            pct(agree),
            pct(harmless_agree),
            pct(numbers_agree),
            pct(digits_agree),
            pct(naive_agree)
        );
        eprintln!(
            "agreement bg-{lang} without weekdays (the issue's kinds): {agree_no_weekdays}/{lines} ({:.1}%)",
            pct(agree_no_weekdays)
        );
        eprintln!("disagreeing bg-{lang}, sorted automatically: {classes:?}");
        eprintln!(
            "disagreeing bg-{lang}: {misread} misread by us, {differs} really differ, {} not read yet {unread:?}",
            unread.len()
        );
        for (v, n) in &verdicts {
            eprintln!("  {n:>3}  {v}");
        }
        if !recorded_now_agree.is_empty() {
            eprintln!("  read by hand earlier, agree now: {recorded_now_agree:?}");
        }
        // Regression floors, half a line under the shares measured after the fourth pass on
        // 2026-11-25 (BENCHMARKS.md: 414/448, 369/451, 378/453, 366/452 normalized; 432, 402,
        // 414, 412 for the figures written with digits, like for like with the naive
        // baseline, which reads digits only). One misread line more fails the floor.
        // Fifth pass (2026-11-25, 20:30 UTC): 417, 373, 377, 364 normalized, the same digit
        // figures. uk and kk lost lines to qualifiers read now that the translators add or
        // drop (`не старше 11 років`, `04:40 шамасында`, `фактично потроїлося` for `почти три
        // пъти`): differences of the translation, sorted as such. Sixth pass (21:40 UTC):
        // 418 en, 366 kk (`half-time`, `жарты ай түзіп`, `“60 минутта”` read right).
        // Seventh pass (2026-11-26, fig8): 419, 377, 379, 368 (`80-те години на 20 век`,
        // `247sports`, `по0сериозен`, `0ведены` read right). Ninth session: 419, 378, 382,
        // 369; digit figures 434, 406, 416, 415 (verbs of exceeding read as `over` in every
        // language: `превышает 800`, `перевищує`, `800-ден асты`, as `над` and `above`).
        // Eleventh session (dt17): 417, 371, 370, 360 normalized, digit figures unchanged.
        // Weekdays and lone months are read now (`в сряда`, `през март`); a translator
        // drops them, turns them into adjectives (`Friday's quake`, `пятничные дебаты`) or
        // writes the wrong day (uk, kk): lines sorted by hand above, the normalized floors
        // lowered to match. Second round (dt18): en 420 (`on Sept.`, `on Oct.` read as the
        // months they abbreviate, `over 24 hours` as during). Fifteenth session (mu23):
        // multipliers are read (`двойно` 2 x, `more than doubled` >2 x); line 1482's source
        // drops the "more than" every reference gives, so en and ru lose that line (418, 374).
        let (floor_normalized, floor_digits) = match lang {
            // Scores (sc18) are one figure each now: line 742's source typo `2§1` for `2&1`
            // no longer agrees figure by figure (the digit floors one line lower).
            Lang::En => (93.2, 96.6),
            Lang::Ru => (82.2, 89.7),
            Lang::Uk => (81.6, 91.5),
            _ => (79.6, 91.5),
        };
        if lines < 400 || pct(agree) < floor_normalized || pct(digits_agree) < floor_digits {
            failures.push(format!(
                "bg-{lang}: normalized {agree}, digit figures {digits_agree}, naive {naive_agree}, of {lines}"
            ));
        }
        assert!(
            harmless_agree >= agree,
            "harmless agreement includes strict"
        );
    }
    assert!(
        failures.is_empty(),
        "agreement fell below its floor: {failures:?}"
    );
}
