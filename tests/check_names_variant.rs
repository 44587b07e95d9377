//! Spellings that are no error, end to end on made-up articles (see
//! `src/compare/names_variant.rs`): one foreign name written by two transliteration
//! conventions, a name one side cuts short, the people for their country, and within the
//! source an ordinary word one letter from a name. Each with the slip it must still report.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms as alarms};
use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// The name rows of any severity.
fn name_rows(rows: &[Row]) -> Vec<&Row> {
    rows.iter()
        .filter(|r| matches!(r.kind, Kind::NameMismatch | Kind::MissingName))
        .collect()
}

const GOLFER_BG: [&str; 2] = [
    "Испанецът Серхио Гарсия спечели турнира в неделя.",
    "Треньорът му Роберто Калзадила беше доволен.",
];
const GOLFER_UK: [&str; 2] = [
    "Іспанець Серджіо Гарсіа виграв турнір у неділю.",
    "Його тренер Роберто Кальсадія був задоволений.",
];

#[test]
fn another_transliteration_is_information() {
    let rows = check(&GOLFER_BG, &[(Lang::Uk, &GOLFER_UK)]);
    for line in 1..=2 {
        assert!(alarms(&rows, line).is_empty(), "{rows:#?}");
    }
    let info = rows
        .iter()
        .find(|r| r.kind == Kind::NameMismatch && r.source_text.contains("Гарсия"))
        .expect("the difference is still shown");
    assert_eq!(info.severity, Severity::Info);
    assert!(
        info.message.contains("another transliteration"),
        "{}",
        info.message
    );
}

#[test]
fn a_letter_changed_in_a_name_stays_an_error() {
    // A consonant typed for another, a vowel dropped: slips, not conventions.
    for slip in [
        "Испанецът Серхио Гаркия спечели турнира в неделя.",
        "Испанецът Серхо Гарсия спечели турнира в неделя.",
    ] {
        let mut bg = GOLFER_BG;
        bg[0] = slip;
        let rows = check(&bg, &[(Lang::Uk, &GOLFER_UK)]);
        assert!(!alarms(&rows, 1).is_empty(), "{slip}: {rows:#?}");
    }
}

#[test]
fn a_name_cut_short_is_information_but_a_letter_dropped_is_not() {
    let en: [&str; 2] = [
        "The photos were posted on Instagram last week.",
        "Many users left Instagram after the change.",
    ];
    let bg: [&str; 2] = [
        "Снимките бяха публикувани в Instagram миналата седмица.",
        "Много потребители напуснаха Insta след промяната.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(alarms(&rows, 2).is_empty(), "{rows:#?}");
    let mut slip = bg;
    slip[1] = "Много потребители напуснаха Instagra след промяната.";
    let rows = check(&slip, &[(Lang::En, &en)]);
    assert!(!alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn an_ordinary_word_one_letter_from_a_name_is_no_second_spelling() {
    // `Севера` (the North) is a word, not `Северна Корея` misspelt; `Корйея` is a misspelling.
    let bg: [&str; 2] = [
        "Северна Корея проведе нов ракетен тест в понеделник.",
        "Според Севера санкциите нямат смисъл.",
    ];
    let rows = check(&bg, &[]);
    assert!(
        !rows
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn another_schools_spelling_of_a_korean_or_german_name_is_no_alarm() {
    // Korean yong as юн (the Russian and Kazakh press), German -stein and ei as the Russian
    // tradition writes them (-штейн, ей), against the Bulgarian letter-by-letter and German
    // readings; a consonant typed for another, or another name, is still shown as a difference.
    let cases: [(&str, Lang, &str, &str); 2] = [
        (
            "Външният министър Ри Йонг Хо говори в петък.",
            Lang::Kk,
            "Сыртқы істер министрі Ри Юн-Хо жұма күні сөйледі.",
            "Външният министър Ри Йонг Ко говори в петък.",
        ),
        (
            "Сенатор Файнщайн отговори в петък.",
            Lang::Kk,
            "Сенатор Фейнстейн жұма күні жауап берді.",
            "Сенатор Файнщарн отговори в петък.",
        ),
    ];
    for (bg, lang, reference, slip) in cases {
        let rows = check(&[bg], &[(lang, &[reference])]);
        assert!(alarms(&rows, 1).is_empty(), "{bg}: {rows:#?}");
        let rows = check(&[slip], &[(lang, &[reference])]);
        assert!(!name_rows(&rows).is_empty(), "{slip}: {rows:#?}");
    }
}

#[test]
fn the_pacific_ocean_in_another_case_is_the_same_place() {
    let bg = ["Над Тихия океан се оформя буря."];
    let uk = ["Над Тихим океаном формується буря."];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert!(name_rows(&rows).is_empty(), "{rows:#?}");
    // Another ocean is another place: the difference is shown.
    let atlantic = ["Над Атлантическим океаном формується буря."];
    let rows = check(&bg, &[(Lang::Uk, &atlantic)]);
    assert!(!name_rows(&rows).is_empty(), "{rows:#?}");
}

#[test]
fn a_vowel_every_reference_writes_otherwise_is_the_sources_slip() {
    // The Russian reference alone could be a convention (`Джексон` against `Джаксън`); beside
    // an English reference that writes the name letter for letter as it does, one vowel put
    // for another is the source's own.
    let en: &[&str] = &["On Friday, Prime Minister Olzhas Bektenov visited Karaganda."];
    let ru: &[&str] = &["В пятницу премьер-министр Олжас Бектенов посетил Караганду."];
    // Kazakh capitalizes the title, which its name then takes in.
    let kk: &[&str] = &["Жұма күні Премьер-министр Олжас Бектенов Қарағандыға барды."];
    let misspelt = ["В петък премиерът Олжас Бектанов посети Караганда."];
    let rows = check(&misspelt, &[(Lang::En, en), (Lang::Ru, ru), (Lang::Kk, kk)]);
    for lang in ["en", "ru", "kk"] {
        assert!(
            rows.iter().any(|r| r.kind == Kind::NameMismatch
                && r.severity == Severity::Error
                && r.ref_lang == lang),
            "{lang}: {rows:#?}"
        );
    }
    let clean = ["В петък премиерът Олжас Бектенов посети Караганда."];
    let rows = check(&clean, &[(Lang::En, en), (Lang::Ru, ru), (Lang::Kk, kk)]);
    assert!(name_rows(&rows).is_empty(), "{rows:#?}");
    // A Bulgarian `ъ` renders any vowel: no slip (`Нортън` against `Norton`, `Нортон`).
    let en: &[&str] = &["He was born in Midsomer Norton."];
    let ru: &[&str] = &["Он родился в Мидсомер-Нортоне."];
    let bg = ["Той е роден в Мидсомър Нортън."];
    let rows = check(&bg, &[(Lang::En, en), (Lang::Ru, ru)]);
    assert!(
        rows.iter().all(|r| r.severity < Severity::Error),
        "{rows:#?}"
    );
}

const PORTS_BG: [&str; 3] = [
    "Пристанищата на Одеска област обработиха 9 млн. т товари.",
    "Най-много товари минаха през Одеса и Черноморск.",
    "Коридорът през Черно море остава отворен.",
];
const PORTS_EN: [&str; 3] = [
    "Ports in the Odesa region handled 9 million tonnes of cargo.",
    "Most of the cargo went through Odesa and Chornomorsk.",
    "The Black Sea corridor remains open.",
];
const PORTS_UK: [&str; 3] = [
    "Порти Одещини обробили 9 млн т вантажів.",
    "Найбільше вантажів пройшло через Одесу та Чорноморськ.",
    "Коридор у Чорному морі залишається відкритим.",
];

/// The usual forms each language's press gives a known place (`Одеска област` beside
/// `Одеса`, `Черноморск` against uk `Чорноморськ`) are neither a name spelt two ways within
/// the source nor a vowel slipped, against either reference alone.
#[test]
fn usual_forms_of_a_known_place_are_no_slip() {
    for (lang, reference) in [(Lang::En, &PORTS_EN), (Lang::Uk, &PORTS_UK)] {
        let rows = check(&PORTS_BG, &[(lang, reference)]);
        for line in 1..=3 {
            assert!(alarms(&rows, line).is_empty(), "{lang}: {rows:#?}");
        }
    }
}
