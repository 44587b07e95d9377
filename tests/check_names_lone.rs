//! One name put for another against a single reference, where neither document writes the
//! other's name anywhere (`names_swapped.rs`): a Latin word in the Cyrillic source is no
//! ordinary word of the source's language, and a long quotation is someone's words, not a
//! title. Made-up articles, end to end through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check_filled, name_alarms, the_name_alarm};
use sverka::lang::Lang;
use sverka::report::Kind;

const TOUR_EN: [&str; 3] = [
    "The band announced a new tour of Europe on Monday.",
    "The singer shared the dates on Instagram, saying the first show would be in Lisbon.",
    "Tickets go on sale next week.",
];

/// The source article, `{here}` standing for the name tried.
const TOUR_BG: [&str; 3] = [
    "Групата обяви ново турне из Европа в понеделник.",
    "Певецът сподели датите в {here}, като каза, че първият концерт ще бъде в Лисабон.",
    "Билетите ще са в продажба от следващата седмица.",
];

fn tour_rows(here: &str) -> Vec<sverka::report::Row> {
    check_filled(&TOUR_BG, here, &[(Lang::En, &TOUR_EN)])
}

#[test]
fn an_english_word_in_latin_letters_where_the_reference_names_another_is_found() {
    let rows = tour_rows("Hotel");
    assert_eq!(
        the_name_alarm(&rows, 2),
        Some((Kind::NameMismatch, "Hotel", "Instagram")),
        "{rows:#?}"
    );
}

#[test]
fn the_same_name_in_latin_letters_is_no_finding() {
    let rows = tour_rows("Instagram");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn the_name_said_in_other_words_is_no_finding() {
    let rows = tour_rows("социалните мрежи");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

const GAME_EN: [&str; 3] = [
    "\"We have nothing left to play for, but we want to finish the season with a good game in Denver, where the crowd will be loud.",
    "It is our last trip of the year,\" the pitcher said.",
    "The team flies out on Thursday.",
];

/// The source article, `{here}` standing for the name tried.
const GAME_BG: [&str; 3] = [
    "„Нямаме за какво да играем, но искаме да завършим сезона с добър мач в {here}, където публиката ще бъде шумна.",
    "Това е последното ни пътуване за годината“, каза питчърът.",
    "Отборът заминава в четвъртък.",
];

fn game_rows(here: &str) -> Vec<sverka::report::Row> {
    check_filled(&GAME_BG, here, &[(Lang::En, &GAME_EN)])
}

#[test]
fn another_place_in_a_long_quotation_going_on_past_the_sentence_is_found() {
    let rows = game_rows("Хамилтън");
    let line1 = name_alarms(&rows, 1);
    assert_eq!(line1.len(), 1, "{rows:#?}");
    assert_eq!(
        (line1[0].source_text.as_str(), line1[0].ref_text.as_str()),
        ("Хамилтън", "Denver")
    );
}

#[test]
fn the_same_place_in_the_long_quotation_is_no_finding() {
    let rows = game_rows("Денвър");
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}
