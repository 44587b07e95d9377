//! A name put for another against a single reference, where the reference's name carries a
//! generic head word the source writes in lower case or leaves out (`Chuuk Island` against
//! `остров Чуук`): made-up articles, end to end through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms as name_findings};
use sverka::lang::Lang;
use sverka::report::Kind;

const PLANE_EN: [&str; 3] = [
    "The company's plane took off from Manila on Wednesday morning.",
    "The pilot tried to land at the airport on Chuuk Island but failed.",
    "All passengers were rescued by local fishermen.",
];

fn plane_bg(island: &str) -> [String; 3] {
    [
        "Самолетът на компанията излетя от Манила в сряда сутринта.".to_string(),
        format!("Пилотът се опита да кацне на летището на остров {island}, но не успя."),
        "Всички пътници бяха спасени от местни рибари.".to_string(),
    ]
}

#[test]
fn another_island_where_the_reference_names_one_with_its_head_word_is_a_warning() {
    let bg = plane_bg("Родос");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::En, &PLANE_EN)]);
    let line2 = name_findings(&rows, 2);
    assert_eq!(line2.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line2[0].kind,
            line2[0].source_text.as_str(),
            line2[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, "Родос", "Chuuk Island")
    );
}

#[test]
fn the_same_island_without_its_head_word_is_no_finding() {
    let bg = plane_bg("Чуук");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::En, &PLANE_EN)]);
    assert!(name_findings(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_common_word_opening_the_reference_name_is_no_head_word() {
    // `Central Park` against `Сентръл парк`: the reference's common word opening the name is
    // part of the name the source transliterates, not a generic word beside it.
    let en = [
        "The festival opened in the city on Friday.",
        "Thousands gathered in Central Park for the concert.",
        "The organisers thanked the volunteers.",
    ];
    let bg = [
        "Фестивалът беше открит в града в петък.",
        "Хиляди се събраха в Сентръл парк за концерта.",
        "Организаторите благодариха на доброволците.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(name_findings(&rows, 2).is_empty(), "{rows:#?}");
}
