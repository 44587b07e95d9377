//! A letter of a source name left out against one reference where the transliteration
//! tolerance said nothing (see `src/compare/names_vowel_slip.rs`): a vowel before a `й` the
//! source writes after a consonant, a `в` between two vowels, a letter of a name in Latin
//! letters on both sides. Each with its clean counterpart staying quiet.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms as alarms};
use sverka::lang::Lang;

const RU: [&str; 3] = [
    "Моя коллега Джоан Райан выступила перед парламентом во вторник.",
    "Судья Бретт Кавано отверг обвинения.",
    "Актеры сериала Still Game встретились с публикой.",
];

const BG_RIGHT: [&str; 3] = [
    "Колежката ми Джоан Райън говори пред парламента във вторник.",
    "Съдията Брет Кавано отрече обвиненията.",
    "Актьорите от сериала Still Game се срещнаха с публиката.",
];

#[test]
fn a_letter_left_out_is_reported() {
    // `Рйън` for `Райан` (Bulgarian writes no `й` after a consonant), `Каано` for `Кавано`,
    // `Stil` for `Still`: the start found nothing on any of the three lines.
    let bg = [
        "Колежката ми Джоан Рйън говори пред парламента във вторник.",
        "Съдията Брет Каано отрече обвиненията.",
        "Актьорите от сериала Stil Game се срещнаха с публиката.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &RU)]);
    for (line, word, note) in [
        (1, "Рйън", "a letter left out"),
        (2, "Каано", "one letter dropped"),
        (3, "Stil", "in Latin letters"),
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
    for line in 1..=3 {
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
