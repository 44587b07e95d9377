//! The one name of a reference sentence that the source document writes nowhere, opening
//! that sentence (Kazakh puts a place first: `Сулавесиде …`), against the one name of the
//! source sentence that the reference document writes nowhere: one name put for the other,
//! though a capitalized first word is as often no name. Made-up articles, end to end through
//! the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::Kind;

const SCHOOL_KK: [&str; 3] = [
    "Үкімет дүйсенбі күні жаңа жоспарды жариялады.",
    "Сулавесиде жаңа мектеп салынды, бірақ басқа аудандарда мектептер жетіспейді.",
    "Жоспар келесі жылы басталады.",
];

fn school_rows(here: &str) -> Vec<sverka::report::Row> {
    let bg = [
        "Правителството обяви нов план в понеделник.".to_string(),
        format!(
            "Въпреки че в {here} беше построено ново училище, в другите райони училищата не достигат."
        ),
        "Планът започва догодина.".to_string(),
    ];
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    check(&bg, &[(Lang::Kk, &SCHOOL_KK)])
}

#[test]
fn another_name_where_the_reference_opens_with_a_place_is_found() {
    let rows = school_rows("Маркъм");
    let line2 = name_alarms(&rows, 2);
    assert_eq!(line2.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line2[0].kind,
            line2[0].source_text.as_str(),
            line2[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, "Маркъм", "Сулавесиде")
    );
}

#[test]
fn the_same_place_is_no_finding() {
    let rows = school_rows("Сулавеси");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}
