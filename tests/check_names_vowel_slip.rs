//! Slips of one letter in a source name checked against one reference, end to end on
//! made-up articles (see `src/compare/names_vowel_slip.rs`, and for short places
//! `src/compare/names_slip.rs`): the matcher's tolerance for transliterations and the
//! leniency for each language's vowels must not hide a letter left out or typed for another.
//! Each with its clean counterpart, the name written the source language's own way.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms as alarms};
use sverka::lang::Lang;

const HOST_KK: [&str; 2] = [
    "Жүргізуші Крис Уоллес министрден бюджет туралы сұрады.",
    "Министр Майкл Мидлтон жауап бермеді.",
];

#[test]
fn a_vowel_left_out_between_consonants_is_reported() {
    // `Крс` for `Крис`: no convention drops a vowel between two consonants.
    let bg = [
        "Водещият Крс Уолъс попита министъра за бюджета.",
        "Министър Майкъл Мидълтън не отговори.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &HOST_KK)]);
    let found = alarms(&rows, 1);
    assert!(
        found
            .iter()
            .any(|r| r.message.contains("a letter left out")),
        "{rows:#?}"
    );
}

const COLLEAGUE_RU: [&str; 2] = [
    "Министр Джон Смит посетил город в понедельник.",
    "Мою коллегу Джоан Райан и нападающего Финау пригласили на приём.",
];

#[test]
fn a_vowel_left_out_before_a_vowel_is_reported() {
    // `Джан` for `Джоан`, `Фину` for `Финау`: no convention drops the first of two vowels
    // the reference writes letter for letter (the start found nothing on line 2).
    let bg = [
        "Министър Джон Смит посети града в понеделник.",
        "Колежката ми Джан Райън и нападателят Фину бяха поканени на приема.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &COLLEAGUE_RU)]);
    let found = alarms(&rows, 2);
    for name in ["Джан", "Фину"] {
        assert!(
            found
                .iter()
                .any(|r| r.source_text.contains(name) && r.message.contains("a letter left out")),
            "{name}: {rows:#?}"
        );
    }
    // Written right, or with a glide each language writes its own way (`Брус`, `Брюс`;
    // `Кийт`, `Кейт`), nothing.
    let bg = [
        "Министър Джон Смит посети града в понеделник.",
        "Колежката ми Джоан Райън и нападателят Финау бяха поканени на приема.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &COLLEAGUE_RU)]);
    assert!(alarms(&rows, 2).is_empty(), "{rows:#?}");
    let bg = ["Певецът Брус Кийт пристигна в Лондон."];
    let ru = ["Певец Брюс Кейт прибыл в Лондон."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_vowel_bulgarian_adds_is_no_slip() {
    // `Майкъл Мидълтън` against `Майкл Мидлтон`: Bulgarian writes a vowel the others leave
    // out; `Уолъс` against `Уоллес`, a vowel of each language's own.
    let bg = [
        "Водещият Крис Уолъс попита министъра за бюджета.",
        "Министър Майкъл Мидълтън не отговори.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &HOST_KK)]);
    for line in 1..=2 {
        assert!(alarms(&rows, line).is_empty(), "{rows:#?}");
    }
}

#[test]
fn an_english_silent_e_written_out_is_no_slip() {
    // uk `Кінес` spells `Keynes` letter by letter, Bulgarian `Кийнс` the sound.
    let bg = ["Икономистът Джон Кийнс пише за безработицата."];
    let uk = ["Економіст Джон Кінес пише про безробіття."];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert!(alarms(&rows, 1).is_empty(), "{rows:#?}");
}

const COACH_RU: [&str; 2] = [
    "Тренер Джеймс Малоун похвалил команду после матча.",
    "Нападающий Сэм Харди забил дважды.",
];

#[test]
fn a_vowel_no_convention_puts_for_another_is_reported() {
    // Bulgarian `е` against the reference's `а`: no convention reads one for the other.
    let bg = [
        "Треньорът Джеймс Мелоун похвали отбора след мача.",
        "Нападателят Сам Харди вкара два пъти.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &COACH_RU)]);
    let found = alarms(&rows, 1);
    assert!(
        found
            .iter()
            .any(|r| r.message.contains("no convention puts")),
        "{rows:#?}"
    );
}

#[test]
fn vowels_of_a_convention_or_a_spelling_kept_are_no_slip() {
    // `Сам` against `Сэм`: Bulgarian `а` for an English `a` the others write `э`.
    let bg = [
        "Треньорът Джеймс Малоун похвали отбора след мача.",
        "Нападателят Сам Харди вкара два пъти.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &COACH_RU)]);
    for line in 1..=2 {
        assert!(alarms(&rows, line).is_empty(), "{rows:#?}");
    }
    // The translator's spelling, kept throughout the article: a choice, not a slip.
    let bg = [
        "Треньорът Джеймс Мелоун похвали отбора след мача.",
        "Нападателят Сам Харди вкара два пъти, а Мелоун го смени в края.",
    ];
    let ru = [
        COACH_RU[0],
        "Нападающий Сэм Харди забил дважды, а Малоун заменил его в конце.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_letter_dropped_or_typed_for_another_is_reported() {
    // A consonant between two vowels left out; a vowel typed for a consonant.
    let ru = [
        "Премьер Тереза Мэй выступила в парламенте.",
        "Защитник Лукас Эрнандес получил травму в воскресенье.",
    ];
    let bg = [
        "Премиерът Тереа Мей говори в парламента.",
        "Защитникът Луаас Ернандес се контузи в неделя.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    for line in 1..=2 {
        assert!(
            alarms(&rows, line)
                .iter()
                .any(|r| r.message.contains("one letter dropped or typed")),
            "line {line}: {rows:#?}"
        );
    }
}

#[test]
fn a_stem_before_an_ending_is_no_slip() {
    // kk drops the `ия` of a country's name before its ending (`Нидерландыдағы`): no
    // consonant of the name left out by the source.
    let bg = ["Моделът Емили Ратайковски откри изложба в Нидерландия."];
    let kk = ["Модель Эмили Ратайковски Нидерландыдағы көрмені ашты."];
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    assert!(alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_short_place_misspelt_where_the_reference_names_it_is_reported() {
    // `Ктай` one letter from `Китай`, which the reference names in the sentence (as an
    // adjective).
    let bg = ["Новите мита засегнаха износа на Ктай през лятото."];
    let ru = ["Новые пошлины затронули китайский экспорт летом."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        alarms(&rows, 1)
            .iter()
            .any(|r| r.message.contains("one letter from")),
        "{rows:#?}"
    );
    // Written right: nothing.
    let bg = ["Новите мита засегнаха износа на Китай през лятото."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_short_name_near_a_place_the_reference_does_not_name_is_no_slip() {
    // `Мари` is a name of its own, one letter from the country `Мали`: the reference
    // writes the name, no place.
    let bg = ["Певицата Мари пристигна за концерта."];
    let ru = ["Певица Мари прибыла на концерт."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(alarms(&rows, 1).is_empty(), "{rows:#?}");
}
