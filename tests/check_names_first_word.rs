//! The one name of a reference sentence that the source document writes nowhere, opening
//! that sentence (Kazakh puts a place first: `Сулавесиде …`), against the one name of the
//! source sentence that the reference document writes nowhere: one name put for the other,
//! though a capitalized first word is as often no name. Made-up articles, end to end through
//! the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check_filled, name_alarms, the_name_alarm};
use sverka::lang::Lang;
use sverka::report::Kind;

const SCHOOL_KK: [&str; 3] = [
    "Үкімет дүйсенбі күні жаңа жоспарды жариялады.",
    "Сулавесиде жаңа мектеп салынды, бірақ басқа аудандарда мектептер жетіспейді.",
    "Жоспар келесі жылы басталады.",
];

/// The source article, `{here}` standing for the name tried.
const SCHOOL_BG: [&str; 3] = [
    "Правителството обяви нов план в понеделник.",
    "Въпреки че в {here} беше построено ново училище, в другите райони училищата не достигат.",
    "Планът започва догодина.",
];

fn school_rows(here: &str) -> Vec<sverka::report::Row> {
    check_filled(&SCHOOL_BG, here, &[(Lang::Kk, &SCHOOL_KK)])
}

#[test]
fn another_name_where_the_reference_opens_with_a_place_is_found() {
    let rows = school_rows("Маркъм");
    assert_eq!(
        the_name_alarm(&rows, 2),
        Some((Kind::NameMismatch, "Маркъм", "Сулавесиде")),
        "{rows:#?}"
    );
}

#[test]
fn the_same_place_is_no_finding() {
    let rows = school_rows("Сулавеси");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}
