//! The spelling dictionaries (`sverka::spelling`) and the slip rule that asks them: an
//! ordinary word of a name misspelt, which the language's few hundred listed common words do
//! not know. The tests skip when the Bulgarian Hunspell dictionary is not installed
//! (Debian: `apt-get install hunspell-bg`; or `SVERKA_DICTIONARIES=<folder>`).

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::Row;
use sverka::spelling;

fn bulgarian_dictionary() -> bool {
    if spelling::available(Lang::Bg) {
        return true;
    }
    eprintln!("skipped: no Bulgarian spelling dictionary (apt-get install hunspell-bg)");
    false
}

#[test]
fn words_and_their_forms_are_known() {
    if !bulgarian_dictionary() {
        return;
    }
    for word in [
        "Върховния",
        "европейският",
        "Британската",
        "съд",
        "специална",
    ] {
        assert_eq!(spelling::knows(word, Lang::Bg), Some(true), "{word}");
    }
    assert_eq!(spelling::knows("Върхоуния", Lang::Bg), Some(false));
}

#[test]
fn a_slip_is_one_letter_from_a_word_keeping_its_first_and_last_letters() {
    if !bulgarian_dictionary() {
        return;
    }
    // A letter changed, dropped, or added.
    assert_eq!(
        spelling::one_letter_from("Върхоуния", Lang::Bg),
        ["върховния"]
    );
    assert!(spelling::one_letter_from("Европейсият", Lang::Bg).contains(&"европейският".into()));
    assert!(spelling::one_letter_from("Специлна", Lang::Bg).contains(&"специална".into()));
    // A word is no slip; nor is a change of its first or last letter another word's slip.
    assert!(spelling::one_letter_from("Европейският", Lang::Bg).is_empty());
    assert!(!spelling::one_letter_from("Бърховния", Lang::Bg).contains(&"върховния".into()));
}

/// Rows of the slip rule on source line `line`.
fn slips(rows: &[Row], line: usize) -> Vec<&Row> {
    name_alarms(rows, line)
        .into_iter()
        .filter(|r| r.message.contains("one letter from"))
        .collect()
}

const EN: [&str; 2] = [
    "The senator spoke in Washington on Monday.",
    "She criticised his nominee to the Supreme Court, Brett Kavanaugh.",
];
const RU: [&str; 2] = [
    "Сенатор выступила в Вашингтоне в понедельник.",
    "Она раскритиковала его кандидата в Верховный суд Бретта Кавано.",
];

fn run(line2: &str) -> Vec<Row> {
    let bg = ["Сенаторката говори във Вашингтон в понеделник.", line2];
    check(&bg, &[(Lang::En, &EN[..]), (Lang::Ru, &RU[..])])
}

#[test]
fn an_adjective_of_an_institution_misspelt_is_a_warning() {
    if !bulgarian_dictionary() {
        return;
    }
    let rows = run("Тя разкритикува кандидата му за Върхоуния съд Брет Кавано.");
    let found = slips(&rows, 2);
    assert_eq!(found.len(), 2, "{rows:#?}");
    assert!(
        found.iter().all(|r| r.message.contains("върховния")),
        "{rows:#?}"
    );
    let rows = run("Тя разкритикува кандидата му за Върховния съд Брет Кавано.");
    assert!(slips(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_foreign_name_one_letter_from_a_word_is_no_slip() {
    if !bulgarian_dictionary() {
        return;
    }
    // `Кавано` is one letter from `казано` (said), and no adjective: the name stays a name,
    // whether or not a reference writes it.
    let rows = run("Тя разкритикува кандидата му за Върховния съд, Кавано.");
    assert!(slips(&rows, 2).is_empty(), "{rows:#?}");
    let en = [
        "The senator spoke on Monday.",
        "Kirsty Young left the show.",
    ];
    let bg = [
        "Сенаторката говори в понеделник.",
        "Кърсти Йънг напусна предаването.",
    ];
    let rows = check(&bg, &[(Lang::En, &en[..])]);
    assert!(slips(&rows, 2).is_empty(), "{rows:#?}");
}
