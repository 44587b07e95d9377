//! A reference name that is a word of its language (`Rock`, `West`), which the source
//! transliterates on another line (`Рок`): a name in this document, so another name in its
//! place is a name put for it, even against a single reference. Made-up articles, end to end
//! through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check_filled, name_alarms, the_name_alarm};
use sverka::lang::Lang;
use sverka::report::Kind;

const COACH_EN: [&str; 3] = [
    "Tom Rock was appointed head coach of the club on Monday.",
    "The chairman said Rock would meet the players before the weekend.",
    "The team has lost four of its last five matches.",
];

/// The source article, `{here}` standing for the name tried.
const COACH_BG: [&str; 3] = [
    "Том Рок беше назначен за старши треньор на клуба в понеделник.",
    "Председателят каза, че {here} ще се срещне с играчите преди уикенда.",
    "Отборът загуби четири от последните си пет мача.",
];

fn coach_rows(here: &str) -> Vec<sverka::report::Row> {
    check_filled(&COACH_BG, here, &[(Lang::En, &COACH_EN)])
}

#[test]
fn another_name_where_the_reference_names_a_word_the_source_transliterates_is_found() {
    let rows = coach_rows("Ферейра");
    assert_eq!(
        the_name_alarm(&rows, 2),
        Some((Kind::NameMismatch, "Ферейра", "Rock")),
        "{rows:#?}"
    );
}

#[test]
fn the_transliterated_name_itself_is_no_finding() {
    let rows = coach_rows("Рок");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn the_name_rendered_in_other_words_is_no_finding() {
    // The translation says `the coach` for `Rock`: left out in words, no name in its place.
    let rows = coach_rows("треньорът");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}
