//! Readings asked for by the made-up reports of rp37 (an election abroad, a vaccine trial, a
//! bank's quarter): made-up sentences, each failing before its table row or reader fix.

#[path = "support/check.rs"]
mod support;
#[path = "support/values.rs"]
mod values_support;
use sverka::lang::Lang;
use sverka::report::Severity;
use values_support::check_values as check;

/// The leu (Romanian and Moldovan) in the bg, ru and uk count forms after a number: bg
/// `лея`, `леи`; ru `лея`, `леи` (`леев` was known); uk `леїв`, `леї`.
#[test]
fn lei_after_a_number() {
    check(
        Lang::Bg,
        &[
            ("Полицията иззе над 2,1 млн. лея.", &[">2100000 RON"]),
            ("Глобата е 500 леи.", &["500 RON"]),
        ],
    );
    check(Lang::Ru, &[("Штраф составил 3 лея.", &["3 RON"])]);
    check(
        Lang::Uk,
        &[
            ("Поліція вилучила понад 2,1 млн леїв.", &[">2100000 RON"]),
            ("Штраф становить 3 леї.", &["3 RON"]),
        ],
    );
}

/// A year whose noun is left out (bg `с 12% повече от предходната.`, en `than the year
/// before.`): a year before the one the sentence named; no figure when the clause goes on
/// (`предходната седмица`) or the sentence named no year.
#[test]
fn a_year_left_out_after_the_year_named() {
    check(
        Lang::Bg,
        &[
            (
                "През 2026 г. са се разболели 184 000 души, с 12% повече от предходната.",
                &["2026", "184000", "12 %", "2025"],
            ),
            (
                "През 2026 г. продажбите са с 12% повече от предходната седмица.",
                &["2026", "12 %"],
            ),
            ("Продажбите са с 12% повече от предходната.", &["12 %"]),
        ],
    );
    check(
        Lang::En,
        &[
            (
                "In 2026, 184,000 people caught flu, 12% more than the year before.",
                &["2026", "184000", "12 %", "2025"],
            ),
            ("Sales were 12% higher than the year before.", &["12 %"]),
        ],
    );
}

/// After the plural of year (kk `2027-2028 жылдар маусымына`, the season of those years) a
/// month that is also a common word is that word: no June.
#[test]
fn a_kazakh_season_after_years_is_no_month() {
    check(
        Lang::Kk,
        &[
            (
                "Министрлік 2027-2028 жылдар маусымына 1,5 млн доза сатып алады.",
                &["2027..2028", "1500000"],
            ),
            ("Вакцина 2028 жылғы маусымда тіркеледі.", &["2028-06"]),
        ],
    );
}

/// `до` after a verb of change is "to": bg `намалели до` (the participle `намалел-`), and uk
/// `подешевшала до долара на 2,1%, до 41,6 грн`, where the verb's own `до` (against the
/// dollar) comes before the change's amount and its comma, not its figure.
#[test]
fn to_after_a_change_its_amount_said_first() {
    check(
        Lang::Bg,
        &[(
            "Разходите за провизии са намалели до 1,2 млрд. гривни.",
            &["1200000000 UAH"],
        )],
    );
    check(
        Lang::Uk,
        &[(
            "За квартал гривня подешевшала до долара на 2,1%, до 41,6 грн за долар.",
            &["2.1 %", "41.6 UAH"],
        )],
    );
}

/// en `weakened 2.1%` and `strengthened 2.1%` say the change's direction (a currency against
/// another), so a source that says the other way is told: bg `поскъпнала с 2,1%` against
/// `The hryvnia weakened 2.1% against the dollar`.
#[test]
fn a_currency_weakened_is_a_fall() {
    let source = ["През тримесечието гривната е поскъпнала с 2,1% спрямо долара."];
    let en: [&str; 1] = ["The hryvnia weakened 2.1% against the dollar in the quarter."];
    let rows = support::check(&source, &[(Lang::En, &en)]);
    assert!(
        rows.iter()
            .any(|r| r.severity >= Severity::Warning && r.message.contains("other way")),
        "{rows:#?}"
    );
    let clean = ["През тримесечието гривната е поевтиняла с 2,1% спрямо долара."];
    let rows = support::check(&clean, &[(Lang::En, &en)]);
    assert!(
        rows.iter().all(|r| r.severity < Severity::Warning),
        "{rows:#?}"
    );
}

/// A reference that gives the same number with no word of direction beside it (ru `подешевела
/// к доллару на 2,1%`: the verb three words off) does not side with the source against one
/// that says the change went the other way: the row stays a finding.
#[test]
fn a_reference_silent_on_the_direction_takes_no_side() {
    let source = ["През тримесечието гривната е поскъпнала с 2,1% спрямо долара."];
    let en: [&str; 1] = ["The hryvnia weakened 2.1% against the dollar in the quarter."];
    let ru: [&str; 1] = ["За квартал гривна подешевела к доллару на 2,1%."];
    let uk: [&str; 1] = ["За квартал гривня подешевшала до долара на 2,1%."];
    let rows = support::check(
        &source,
        &[(Lang::En, &en), (Lang::Ru, &ru), (Lang::Uk, &uk)],
    );
    assert!(
        rows.iter()
            .any(|r| r.severity >= Severity::Warning && r.message.contains("other way")),
        "{rows:#?}"
    );
}
