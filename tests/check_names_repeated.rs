//! A name the reference writes twice in a sentence where the source writes it once, with a
//! name of its own, which the reference document writes nowhere, in the other's place
//! (`names_repeated.rs`). Made-up articles, end to end through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, check_filled, name_alarms, the_name_alarm};
use sverka::lang::Lang;
use sverka::report::Kind;

const TRADE_EN: [&str; 3] = [
    "Trade talks resumed on Monday after a pause of two months.",
    "The minister, who served for years as envoy to Canada, said farmers who sell to Canada had lost much of their income.",
    "The talks will continue next week.",
];

/// The source article, `{here}` standing for the name tried.
const TRADE_BG: [&str; 3] = [
    "Търговските преговори бяха подновени в понеделник след пауза от два месеца.",
    "Министърът, който години наред беше пратеник в Канада, каза, че фермерите, които продават на {here}, са загубили много от доходите си.",
    "Преговорите ще продължат следващата седмица.",
];

fn trade_rows(here: &str) -> Vec<sverka::report::Row> {
    check_filled(&TRADE_BG, here, &[(Lang::En, &TRADE_EN)])
}

#[test]
fn another_name_where_the_reference_repeats_one_is_found() {
    let rows = trade_rows("Ортега");
    assert_eq!(
        the_name_alarm(&rows, 2),
        Some((Kind::NameMismatch, "Ортега", "Canada")),
        "{rows:#?}"
    );
}

#[test]
fn the_repeated_name_written_twice_is_no_finding() {
    let rows = trade_rows("Канада");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn the_repetition_said_in_other_words_is_no_finding() {
    let rows = trade_rows("тази страна");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_name_the_source_writes_on_another_line_too_is_no_finding() {
    // A term of the document the reference renders its own way (here never): the source
    // names it twice, so it is no name put in the place of the repetition.
    let en = [
        "Supporters of Rivera met in the capital on Monday.",
        "The minister, who served for years as envoy to Canada, said farmers who sell to Canada had lost much of their income.",
        "The talks will continue next week.",
    ];
    let bg = [
        "Привърженици на Ривиерия се събраха в столицата в понеделник.",
        "Министърът, който години наред беше пратеник в Канада, каза, че фермерите, които продават на Ривиерия, са загубили много от доходите си.",
        "Преговорите ще продължат следващата седмица.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}
