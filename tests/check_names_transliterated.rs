//! A reference name that is a word of its language (`Rock`, `West`), which the source
//! transliterates on another line (`Рок`): a name in this document, so another name in its
//! place is a name put for it, even against a single reference. Made-up articles, end to end
//! through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::Kind;

const COACH_EN: [&str; 3] = [
    "Tom Rock was appointed head coach of the club on Monday.",
    "The chairman said Rock would meet the players before the weekend.",
    "The team has lost four of its last five matches.",
];

fn coach_bg(here: &str) -> [String; 3] {
    [
        "Том Рок беше назначен за старши треньор на клуба в понеделник.".to_string(),
        format!("Председателят каза, че {here} ще се срещне с играчите преди уикенда."),
        "Отборът загуби четири от последните си пет мача.".to_string(),
    ]
}

fn coach_rows(here: &str) -> Vec<sverka::report::Row> {
    let bg = coach_bg(here);
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    check(&bg, &[(Lang::En, &COACH_EN)])
}

#[test]
fn another_name_where_the_reference_names_a_word_the_source_transliterates_is_found() {
    let rows = coach_rows("Ферейра");
    let line2 = name_alarms(&rows, 2);
    assert_eq!(line2.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line2[0].kind,
            line2[0].source_text.as_str(),
            line2[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, "Ферейра", "Rock")
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
