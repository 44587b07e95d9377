//! Hours or minutes over a longer period (`по 8-12 часа на денонощие`, `8 to 12 hours a day`)
//! are a rate a reader checks, `hour/day` (`src/figures/rates.rs`), while a time said once
//! (`за 24 часа`) stays a duration and years over a year no rate (wd42).

#[path = "support/check.rs"]
mod support;
use support::serious;

use sverka::figures::Figure;
use sverka::lang::Lang;
use sverka::report::Kind;

fn figures(lang: Lang, line: &str) -> Vec<Figure> {
    support::analyzed(lang, &[line])
        .figures
        .into_iter()
        .flatten()
        .collect()
}

#[test]
fn hours_over_a_day_are_a_rate() {
    let cases = [
        (
            Lang::Bg,
            "Имаше прекъсвания на тока по 8-12 часа на денонощие.",
        ),
        (Lang::En, "There were power cuts of 8 to 12 hours a day."),
        (Lang::Ru, "Были отключения света по 8–12 часов в сутки."),
        (Lang::Uk, "Були відключення світла по 8–12 годин на добу."),
        (Lang::Kk, "Тәулігіне 8-12 сағат жарық болмады."),
    ];
    for (lang, line) in cases {
        let found = figures(lang, line);
        assert!(
            found
                .iter()
                .any(|f| f.value == 8.into() && f.unit.as_deref() == Some("hour/day")),
            "{line}: {found:#?}"
        );
    }
    // A time said once stays a duration; years over a year, no rate.
    for (lang, line, unit) in [
        (Lang::Bg, "Ремонтът приключи за 24 часа.", "hour"),
        (Lang::En, "The repair was finished in 24 hours.", "hour"),
        (Lang::Bg, "Договорът е за 5 години.", "year"),
    ] {
        let found = figures(lang, line);
        assert!(
            found.iter().any(|f| f.unit.as_deref() == Some(unit)),
            "{line}: {found:#?}"
        );
    }
}

#[test]
fn hours_a_day_written_a_week_is_a_unit_mismatch() {
    let source = ["Имаше прекъсвания на тока по 8-12 часа седмично."];
    let references: [(Lang, &[&str]); 3] = [
        (Lang::En, &["There were power cuts of 8 to 12 hours a day."]),
        (Lang::Ru, &["Были отключения света по 8–12 часов в сутки."]),
        (
            Lang::Uk,
            &["Були відключення світла по 8–12 годин на добу."],
        ),
    ];
    for (lang, reference) in references {
        let rows = support::check(&source, &[(lang, reference)]);
        assert!(
            serious(&rows).iter().any(|r| r.kind == Kind::UnitMismatch),
            "{rows:#?}"
        );
    }
    let clean = ["Имаше прекъсвания на тока по 8-12 часа на денонощие."];
    let en: [&str; 1] = ["There were power cuts of 8 to 12 hours a day."];
    let rows = support::check(&clean, &[(Lang::En, &en)]);
    assert!(serious(&rows).is_empty(), "{rows:#?}");
}
