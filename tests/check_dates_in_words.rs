//! Dates in words in the checking stage (eleventh session, dt17): a weekday or a month named
//! alone meets the other side's weekday or month; a weekday against a full date or nothing is
//! no difference worth a warning (a translator may drop it).

#[path = "support/check.rs"]
mod support;

use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

fn check(source: &str, lang: Lang, reference: &str) -> Vec<Row> {
    support::check(&[source], &[(lang, &[reference])])
}

fn date_errors(rows: &[Row]) -> Vec<&Row> {
    rows.iter()
        .filter(|r| r.kind == Kind::DateMismatch && r.severity == Severity::Error)
        .collect()
}

fn quiet(rows: &[Row]) -> bool {
    rows.iter().all(|r| r.severity == Severity::Info)
}

#[test]
fn wednesday_against_tuesday_is_a_date_mismatch() {
    let rows = check("Цената падна в сряда.", Lang::En, "Prices fell on Tuesday.");
    let errors = date_errors(&rows);
    assert_eq!(errors.len(), 1, "{rows:#?}");
    assert_eq!(errors[0].source_text, "сряда");
    assert_eq!(errors[0].source_value, "-W-3");
    assert_eq!(errors[0].ref_value, "-W-2");
    for (lang, reference) in [
        (Lang::Ru, "Цены упали во вторник."),
        (Lang::Uk, "Ціни впали у вівторок."),
        (Lang::Kk, "Баға сейсенбі күні түсті."),
    ] {
        let rows = check("Цената падна в сряда.", lang, reference);
        assert_eq!(date_errors(&rows).len(), 1, "{lang}: {rows:#?}");
    }
}

#[test]
fn the_same_weekday_or_none_is_no_warning() {
    for reference in ["Prices fell on Wednesday.", "Prices fell."] {
        let rows = check("Цената падна в сряда.", Lang::En, reference);
        assert!(quiet(&rows), "{reference}: {rows:#?}");
    }
    // A full date where the source names the weekday: the date the source lacks is worth a
    // warning, the weekday against the date is none.
    let rows = check("Цената падна в сряда.", Lang::En, "Prices fell on June 5.");
    assert!(date_errors(&rows).is_empty(), "{rows:#?}");
    assert!(
        rows.iter()
            .filter(|r| r.source_value == "-W-3")
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // The reference names a weekday the source leaves out.
    let rows = check("Цената падна.", Lang::En, "Prices fell on Tuesday.");
    assert!(quiet(&rows), "{rows:#?}");
}

#[test]
fn a_month_named_alone_meets_the_other_month() {
    let rows = check(
        "През март инфлацията се ускори.",
        Lang::En,
        "Inflation picked up in April.",
    );
    let errors = date_errors(&rows);
    assert_eq!(errors.len(), 1, "{rows:#?}");
    assert_eq!(errors[0].source_value, "--03");
    let rows = check(
        "През март инфлацията се ускори.",
        Lang::En,
        "Inflation picked up in March.",
    );
    assert!(quiet(&rows), "{rows:#?}");
    // The source keeps the month and loses the day or the year: the reference's date is
    // missing, as it was before months alone were read.
    for reference in [
        "Inflation picked up on March 5.",
        "Inflation picked up in March 2019.",
    ] {
        let rows = check("През март инфлацията се ускори.", Lang::En, reference);
        assert!(
            rows.iter()
                .any(|r| r.kind == Kind::MissingNumber && r.severity == Severity::Warning),
            "{reference}: {rows:#?}"
        );
        assert!(date_errors(&rows).is_empty(), "{reference}: {rows:#?}");
    }
    // kk: `наурызда 6%` is a month and a percentage, no date `--03-06`.
    let rows = check(
        "През март инфлацията се ускори до 6%.",
        Lang::Kk,
        "Инфляция наурызда 6%-ға дейін жеделдеді.",
    );
    assert!(date_errors(&rows).is_empty(), "{rows:#?}");
}

/// dt18: a day one side gives and the other leaves out of the same month of the same year
/// (`30 септември 1882 г.` against `September 1882`) is a changed date, no agreement at the
/// precision both give.
#[test]
fn a_dropped_day_is_a_date_mismatch() {
    let rows = check(
        "Той е роден през септември 1882 г.",
        Lang::En,
        "He was born on September 30, 1882.",
    );
    let errors = date_errors(&rows);
    assert_eq!(errors.len(), 1, "{rows:#?}");
    assert_eq!(errors[0].source_value, "1882-09");
    assert_eq!(errors[0].ref_value, "1882-09-30");
    let rows = check(
        "Той е роден на 30 септември 1882 г.",
        Lang::Ru,
        "Он родился в сентябре 1882 года.",
    );
    assert_eq!(date_errors(&rows).len(), 1, "{rows:#?}");
    // The same date on both sides, or another month, says as before.
    let rows = check(
        "Той е роден на 30 септември 1882 г.",
        Lang::En,
        "He was born on September 30, 1882.",
    );
    assert!(quiet(&rows), "{rows:#?}");
}

/// dt18: `86-те години` against `the 1980s`, `0 ноември` against `November 30`: a digit of
/// a decade or a day changed into an impossible value is a changed date.
#[test]
fn an_impossible_decade_or_day_is_a_date_mismatch() {
    let rows = check(
        "През 86-те години растежът беше бавен.",
        Lang::En,
        "Growth was slow in the 1980s.",
    );
    let errors = date_errors(&rows);
    assert_eq!(errors.len(), 1, "{rows:#?}");
    assert_eq!(errors[0].source_text, "86-те години");
    let rows = check(
        "Той дойде на 0 ноември.",
        Lang::En,
        "He came on November 30.",
    );
    let errors = date_errors(&rows);
    assert_eq!(errors.len(), 1, "{rows:#?}");
    assert_eq!(errors[0].source_value, "--11-00");
}

/// dt18: the day given apart on the side that leaves it out of the date (`през септември
/// 1882 г., на 30-и`) is no dropped day.
#[test]
fn a_day_given_apart_is_no_dropped_day() {
    let rows = check(
        "Той е роден през септември 1882 г., на 30-и.",
        Lang::En,
        "He was born on September 30, 1882.",
    );
    assert!(date_errors(&rows).is_empty(), "{rows:#?}");
    let rows = check(
        "Той е роден на 30 септември 1882 г.",
        Lang::En,
        "He was born in September 1882, on the 30th.",
    );
    assert!(date_errors(&rows).is_empty(), "{rows:#?}");
    assert!(
        rows.iter()
            .all(|r| r.severity == Severity::Info || r.kind != Kind::MissingNumber),
        "{rows:#?}"
    );
}

/// Three references that all say "this year" (`this year`, `цього року`, `биылғы`) where the
/// source names no year (`за годината`, of the year) spell out the dateline's own year: an
/// info row, not an error. Another year said in words (`last year`) is still missing; so is
/// a year in digits.
#[test]
fn the_datelines_year_said_in_words_is_no_missing_figure() {
    let source: &[&str] = &[
        " date 2026-03-10",
        "Това е петата нова дестинация за годината.",
    ];
    let refs = |en: &'static str, uk: &'static str, kk: &'static str| {
        [
            (Lang::En, vec![" date 2026-03-10", en]),
            (Lang::Uk, vec![" date 2026-03-10", uk]),
            (Lang::Kk, vec![" date 2026-03-10", kk]),
        ]
    };
    let run = |refs: [(Lang, Vec<&str>); 3]| {
        let refs: Vec<(Lang, &[&str])> = refs.iter().map(|(l, v)| (*l, v.as_slice())).collect();
        support::check(source, &refs)
    };
    let rows = run(refs(
        "It was the fifth new destination this year.",
        "Це вже п'ятий новий напрямок цього року.",
        "Бұл биылғы бесінші жаңа бағыт.",
    ));
    assert!(quiet(&rows), "{rows:#?}");
    assert_eq!(
        rows.iter()
            .filter(|r| r.kind == Kind::MissingNumber)
            .count(),
        3,
        "{rows:#?}"
    );
    let rows = run(refs(
        "It was the fifth new destination last year.",
        "Це був п'ятий новий напрямок торік.",
        "Бұл былтырғы бесінші жаңа бағыт.",
    ));
    assert!(
        rows.iter()
            .any(|r| r.kind == Kind::MissingNumber && r.severity == Severity::Error),
        "{rows:#?}"
    );
}

/// English plural weekdays (`on Tuesdays and Fridays`, flights every such day) are the
/// weekdays the source names (`във вторник и петък`), not names.
#[test]
fn english_plural_weekdays_are_weekdays() {
    let rows = check(
        "Полетите са във вторник и петък.",
        Lang::En,
        "Flights operate on Tuesdays and Fridays.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
}

/// A year counted back from the year named before (`година по-рано`, `a year earlier`)
/// against the same phrase is no difference, even where the source's year before is wrong:
/// that year is the error, reported where it stands, and the next sentence is clean.
#[test]
fn a_year_earlier_on_both_sides_follows_no_wrong_year_before_it() {
    let source = [
        "Площите намаляха до 14 500 хектара от 20 000 хектара през 2020 г.",
        "Добивът е 1,2 кг от декар при 1,4 кг година по-рано.",
    ];
    for (lang, reference) in [
        (
            Lang::En,
            [
                "The area shrank to 14,500 hectares from 20,000 hectares in 2022.",
                "The yield is 1.2 kg per decare against 1.4 kg a year earlier.",
            ],
        ),
        (
            Lang::Ru,
            [
                "Площади сократились до 14 500 гектаров с 20 000 гектаров в 2022 году.",
                "Урожайность 1,2 кг с декара против 1,4 кг годом ранее.",
            ],
        ),
    ] {
        let rows = support::check(&source, &[(lang, &reference)]);
        let errors = date_errors(&rows);
        assert_eq!(errors.len(), 1, "{lang}: {rows:#?}");
        assert_eq!(errors[0].source_text, "2020 г.", "{lang}");
    }
    // A year counted back against a year written is read as before: the same year, no row.
    let clean = [
        "Площите намаляха до 14 500 хектара от 20 000 хектара през 2022 г.",
        "Добивът е 1,2 кг от декар при 1,4 кг година по-рано.",
    ];
    let rows = support::check(
        &clean,
        &[(
            Lang::En,
            &[
                "The area shrank to 14,500 hectares from 20,000 hectares in 2022.",
                "The yield is 1.2 kg per decare against 1.4 kg in 2021.",
            ],
        )],
    );
    assert!(quiet(&rows), "{rows:#?}");
}
