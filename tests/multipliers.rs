//! Multipliers, "so many times as much" (`src/figures/multipliers.rs`): each language's forms
//! read as a figure of unit `x`, occasions (`три пъти седмично`, `visited twice`) not read,
//! and the checking stage: a changed multiplier is a `number_mismatch`, the same one said
//! another way (`удвои` against `doubled`, `в два раза` against `два пъти`) no finding.
//! Made-up sentences in the style of news.

#[path = "support/check.rs"]
mod support;

use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

#[path = "support/values.rs"]
mod values_support;
use values_support::check_values as read;

#[test]
fn bulgarian_multipliers() {
    read(
        Lang::Bg,
        &[
            ("Цените на тока са се повишили три пъти.", &["3 x"]),
            ("Износът е два пъти по-висок от вноса.", &["2 x"]),
            ("Заплатите в сектора нараснаха двойно.", &["2 x"]),
            ("Общината ще удвои бюджета за пътища.", &["2 x"]),
            ("Фирмата утрои печалбата си.", &["3 x"]),
            ("Вредите са около 200 пъти по-големи.", &["~200 x"]),
            ("Цената на газа намаля 2,5 пъти.", &["0.4 x"]),
            // The half after the times word adds to its number.
            (
                "Търсенето е над два пъти и половина предлагането.",
                &[">2.5 x"],
            ),
            (
                "Разходите са три пъти по-малко от планираното.",
                &["0.333333 x"],
            ),
            (
                "Продажбите се увеличиха двойно до 1,2 милиона и почти три пъти до 2 милиона.",
                &["2 x", "1200000", "<~3 x", "2000000"],
            ),
            // Occasions, and words that only look like multipliers.
            ("Министърът посети града два пъти седмично.", &[]),
            ("Тя спечели турнира за трети път.", &[]),
            ("Отборът загуби два пъти през сезона.", &[]),
            ("Той е бил арестуван три пъти.", &["3"]),
            ("Те имат двойно гражданство.", &[]),
            ("Той отложи срещата два пъти по-рано тази година.", &[]),
        ],
    );
}

#[test]
fn russian_multipliers() {
    read(
        Lang::Ru,
        &[
            ("Цены на жилье выросли в два раза.", &["2 x"]),
            ("Экспорт в три раза больше импорта.", &["3 x"]),
            ("Зарплаты выросли вдвое.", &["2 x"]),
            ("Банк удвоил прибыль.", &["2 x"]),
            ("Расходы сократились в 1,5 раза.", &["0.666667 x"]),
            ("Долг вдвое меньше, чем год назад.", &["0.5 x"]),
            // A qualifier before the licensing `в`, the number in words or in digits.
            (
                "Спрос более чем в два с половиной раза превзошел предложение.",
                &[">2.5 x"],
            ),
            (
                "Спрос более чем в 2,5 раза превысил предложение.",
                &[">2.5 x"],
            ),
            ("Он приезжал два раза в год.", &[]),
            ("Во второй раз команда проиграла.", &[]),
        ],
    );
}

#[test]
fn ukrainian_multipliers() {
    read(
        Lang::Uk,
        &[
            ("Ціни на житло зросли вдвічі.", &["2 x"]),
            ("Експорт у три рази більший за імпорт.", &["3 x"]),
            ("Видобуток зріс у 3 рази.", &["3 x"]),
            ("Компанія подвоїла виробництво.", &["2 x"]),
            ("Він приїжджав три рази на тиждень.", &["3"]),
        ],
    );
}

#[test]
fn kazakh_multipliers() {
    read(
        Lang::Kk,
        &[
            ("Бағалар екі есе өсті.", &["2 x"]),
            ("Экспорт импорттан үш есе жоғары.", &["3 x"]),
            ("Өндіріс екі еседен астам артты.", &[">2 x"]),
            ("Ол аптасына үш рет келеді.", &["3"]),
        ],
    );
}

#[test]
fn english_multipliers() {
    read(
        Lang::En,
        &[
            ("Prices doubled last year.", &["2 x"]),
            ("Exports are three times higher than imports.", &["3 x"]),
            ("The new ship is twice as heavy as the old one.", &["2 x"]),
            (
                "Ratings nearly tripled to 1.6 million.",
                &["<~3 x", "1600000"],
            ),
            ("Sales grew fivefold.", &["5 x"]),
            ("The price of gas fell 2.5 times.", &["0.4 x"]),
            ("The city is set to double its budget.", &["2 x"]),
            ("He visited the city twice.", &[]),
            ("She trains three times a week.", &["3"]),
            ("They are doubling down on the plan.", &[]),
            ("The hall doubled as a hospital.", &[]),
            ("He won the race for the third time.", &[]),
        ],
    );
}

#[test]
fn a_multiplier_is_no_unit_of_a_measure() {
    // `3 x` against `3 t`: no counterparts, so no unit_mismatch (the tonnes the source
    // leaves out are a missing figure, as without the multiplier).
    let rows = check(
        "Износът на пшеница се увеличи три пъти.",
        Lang::En,
        "Wheat exports rose by 3 tonnes.",
    );
    assert!(
        rows.iter().all(|r| r.kind != Kind::UnitMismatch),
        "{rows:#?}"
    );
    assert!(mismatches(&rows).is_empty(), "{rows:#?}");
}

/// Checks a Bulgarian source against one reference.
fn check(source: &str, lang: Lang, reference: &str) -> Vec<Row> {
    support::check(&[source], &[(lang, &[reference])])
}

fn mismatches(rows: &[Row]) -> Vec<&Row> {
    rows.iter()
        .filter(|r| r.kind == Kind::NumberMismatch && r.severity == Severity::Error)
        .collect()
}

#[test]
fn a_changed_multiplier_is_a_number_mismatch() {
    let cases: [(&str, Lang, &str); 5] = [
        // The multiplier meets the other multiplier, not the bare `2` of a name that the
        // other side writes where the multiplier stands.
        (
            "Капацитетът ще се утрои, съобщи операторът на газопровода „Балкан 2“.",
            Lang::En,
            "The Balkan 2 pipeline operator said its capacity will double.",
        ),
        (
            "Цените на храните са се повишили три пъти за година.",
            Lang::En,
            "Food prices have doubled in a year.",
        ),
        (
            "Износът на зърно нарасна тройно през последното десетилетие.",
            Lang::Ru,
            "Экспорт зерна вырос в два раза за последнее десятилетие.",
        ),
        (
            "Общината ще утрои бюджета за детски градини.",
            Lang::Uk,
            "Громада подвоїть бюджет на дитячі садки.",
        ),
        (
            "Добивът на нефт е два пъти по-висок от миналата година.",
            Lang::Kk,
            "Мұнай өндіру өткен жылмен салыстырғанда үш есе жоғары.",
        ),
    ];
    for (source, lang, reference) in cases {
        let rows = check(source, lang, reference);
        assert_eq!(mismatches(&rows).len(), 1, "{source}\n{rows:#?}");
    }
}

#[test]
fn the_same_multiplier_said_another_way_or_an_occasion_count_is_no_error() {
    let cases: [(&str, Lang, &str); 6] = [
        (
            "Общината ще удвои бюджета за детски градини.",
            Lang::En,
            "The municipality will double its budget for kindergartens.",
        ),
        (
            "Цените на храните са се повишили 2 пъти за година.",
            Lang::Ru,
            "Цены на продукты выросли вдвое за год.",
        ),
        (
            "Износът на зърно нарасна 2 пъти през последното десетилетие.",
            Lang::Uk,
            "Експорт зерна зріс удвічі за останнє десятиліття.",
        ),
        (
            "Добивът на нефт е три пъти по-висок от миналата година.",
            Lang::Kk,
            "Мұнай өндіру өткен жылмен салыстырғанда үш есе жоғары.",
        ),
        (
            "Цените на газа намаляха 2 пъти за година.",
            Lang::En,
            "Gas prices halved in a year.",
        ),
        // A multiplier on one side, occasions on the other: no pair, no mismatch.
        (
            "Министърът е посетил страната три пъти, по-често от предшественика си.",
            Lang::En,
            "The minister has visited the country three times, more often than his predecessor.",
        ),
    ];
    for (source, lang, reference) in cases {
        let rows = check(source, lang, reference);
        assert!(
            rows.iter().all(|r| r.severity < Severity::Warning),
            "{source}\n{rows:#?}"
        );
        assert!(
            rows.iter().all(|r| r.kind != Kind::NumberMismatch),
            "{source}\n{rows:#?}"
        );
    }
}

/// A qualifier around the times word, from a made-up airport report: ru `почти в два раза`
/// (the qualifier takes the preposition), kk `екі есеге жуық` (nearness after it). A longer
/// qualifier earlier in the sentence (`до 7 млн`) once ran past the number's first word and
/// panicked the reader.
#[test]
fn qualifiers_around_the_times_word() {
    read(
        Lang::Ru,
        &[(
            "Терминал способен обслуживать до 7 млн пассажиров в год, что почти в два раза больше, чем старый.",
            &["<=7000000", "<~2 x"],
        )],
    );
    read(
        Lang::Kk,
        &[
            ("Бұл ескісінен екі есеге жуық көп.", &["<~2 x"]),
            ("Бұл екі есе артық.", &["2 x"]),
        ],
    );
}

/// The `-fold` adverbs beyond two and three (bg `десеткратно`, `петкратно`, `стократно`; ru
/// `пятикратно`, `четырехкратный`; uk `п’ятикратно`, `десятикратно`), licensed by a verb of
/// change as `двукратно` is; `десеткратно` was read as a bare 10 against `tenfold` (`10 x`).
/// A three-time champion is still no multiplier.
#[test]
fn fold_adverbs_beyond_three_are_multipliers() {
    read(
        Lang::Bg,
        &[
            ("Броят на пожарите е нараснал десеткратно.", &["10 x"]),
            ("Цените са се увеличили петкратно.", &["5 x"]),
            ("Той е трикратен шампион.", &["3"]),
        ],
    );
    read(Lang::Ru, &[("Цены выросли пятикратно.", &["5 x"])]);
    read(
        Lang::Uk,
        &[
            ("Ціни зросли п’ятикратно.", &["5 x"]),
            ("Кількість пожеж зросла десятикратно.", &["10 x"]),
        ],
    );
}
