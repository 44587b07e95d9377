//! English names a translation writes the usual way, met in every language: an English county
//! or town whose spelling is not its sound (`Worcestershire` = `Вустершир`,
//! `exonyms_extra.tsv`), a Kazakh case ending typed on a Russian keyboard layout
//! (`Фордтын` for `Фордтың`: `kk/suffixes.tsv`) and a Kazakh demonym in the accusative plural
//! (`австриялықтарды`: `kk/demonym_endings.tsv`). Made-up sentences in the style of news.

use sverka::lang::Lang;
use sverka::names::{self, match_names, Name, NameStatus};

#[path = "support/names.rs"]
mod support;
use support::names_in;

/// Whether the English name meets a name of the text (as the ntrex recall counts it).
fn meets(english: &str, text: &str, lang: Lang) -> bool {
    let reference = [Name::new(english, Lang::En, 1, 0)];
    match_names(&names_in(lang, text), &reference)
        .iter()
        .any(|m| m.status == NameStatus::Matched)
}

#[test]
fn an_english_county_meets_its_usual_spelling_in_every_language() {
    let cases = [
        (
            "Worcestershire",
            Lang::Ru,
            "Пожар на складе в Вустершире тушили всю ночь.",
        ),
        (
            "Worcestershire",
            Lang::Uk,
            "Пожежу на складі у Вустерширі гасили всю ніч.",
        ),
        (
            "Worcestershire",
            Lang::Kk,
            "Вустерширдегі қоймадағы өртті түні бойы сөндірді.",
        ),
        (
            "Worcestershire",
            Lang::Bg,
            "Пожарът в склад в Устършър е гасен цяла нощ.",
        ),
        ("Worcester", Lang::Ru, "Поезд из Вустера опоздал на час."),
        (
            "Leicester",
            Lang::Uk,
            "Потяг із Лестера запізнився на годину.",
        ),
        ("Gloucestershire", Lang::Ru, "Мост в Глостершире закрыли."),
    ];
    for (english, lang, text) in cases {
        assert!(meets(english, text, lang), "{english} / {lang}: {text}");
    }
    // Another county is not it.
    assert!(!meets(
        "Worcestershire",
        "Мост в Глостершире закрыли.",
        Lang::Ru
    ));
}

#[test]
fn a_kazakh_genitive_typed_in_russian_letters_leaves_the_name() {
    // The genitive -тың typed -тын (н for ң).
    assert!(meets(
        "Bradford",
        "Комитет Брэдфордтын хатын оқыды.",
        Lang::Kk
    ));
    // The genitive ends the name: the next capitalized word opens another.
    let found: Vec<String> = names_in(
        Lang::Kk,
        "Сенатор Кристин Бейкер Брэдфордтын Жоғарғы сотқа жазған хатын оқыды.",
    )
    .into_iter()
    .map(|n| n.text)
    .collect();
    assert!(
        found.iter().any(|n| n == "Кристин Бейкер Брэдфордтын"),
        "{found:?}"
    );
    // A misspelt name is still a different spelling, whatever its ending.
    assert!(!meets(
        "Bradford",
        "Комитет Брэдвордтын хатын оқыды.",
        Lang::Kk
    ));
    // A name ending in -га keeps it (no dative -га is stripped: `Мен` is a common word).
    assert!(meets("Menga", "Жеңіс голын Менга соқты.", Lang::Kk));
}

#[test]
fn a_kazakh_demonym_in_the_accusative_plural_is_its_country() {
    let kk = "Жанкүйерлер австриялықтарды стадионда қарсы алды.";
    assert!(names::rendered_as_word(
        &Name::new("Austrians", Lang::En, 1, 0),
        kk,
        Lang::Kk
    ));
    assert!(!names::rendered_as_word(
        &Name::new("Germans", Lang::En, 1, 0),
        kk,
        Lang::Kk
    ));
}
