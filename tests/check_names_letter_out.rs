//! A letter of a source name left out against one reference where the transliteration
//! tolerance said nothing (see `src/compare/names_vowel_slip.rs`): a vowel before a `й` the
//! source writes after a consonant, a `в` between two vowels. Each with its clean counterpart staying quiet.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms as alarms};
use sverka::lang::Lang;

const RU: [&str; 2] = [
    "Моя коллега Джоан Райан выступила перед парламентом во вторник.",
    "Судья Бретт Кавано отверг обвинения.",
];

const BG_RIGHT: [&str; 2] = [
    "Колежката ми Джоан Райън говори пред парламента във вторник.",
    "Съдията Брет Кавано отрече обвиненията.",
];

#[test]
fn a_letter_left_out_is_reported() {
    // `Рйън` for `Райан` (Bulgarian writes no `й` after a consonant), `Каано` for `Кавано`,
    // the start found nothing on either line (`Stil` for `Still`, a third, left: see BENCHMARKS).
    let bg = [
        "Колежката ми Джоан Рйън говори пред парламента във вторник.",
        "Съдията Брет Каано отрече обвиненията.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &RU)]);
    for (line, word, note) in [
        (1, "Рйън", "a letter left out"),
        (2, "Каано", "one letter dropped"),
    ] {
        let found = alarms(&rows, line);
        assert!(
            found
                .iter()
                .any(|r| r.source_text.contains(word) && r.message.contains(note)),
            "{word}: {rows:#?}"
        );
    }
}

#[test]
fn the_right_spellings_stay_quiet() {
    let rows = check(&BG_RIGHT, &[(Lang::Ru, &RU)]);
    for line in 1..=2 {
        assert!(alarms(&rows, line).is_empty(), "{line}: {rows:#?}");
    }
    // A `у` for the `в` of a `w` (`Холиууд`, `Голливуд`), a `ьо` (`Гьоте`, `Гёте`), an
    // English plural in Latin letters: conventions and grammar, no slip.
    let bg = [
        "Звездата на Холиууд пристигна в Берлин.",
        "Поетът Гьоте е роден във Франкфурт.",
        "Феновете на Warriors празнуваха титлата.",
    ];
    let ru = [
        "Звезда Голливуда прибыла в Берлин.",
        "Поэт Гёте родился во Франкфурте.",
        "Болельщики Warriors праздновали титул.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    for line in 1..=3 {
        assert!(alarms(&rows, line).is_empty(), "{line}: {rows:#?}");
    }
}
