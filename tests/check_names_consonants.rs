//! A one-word name put for another whose letters happen to score like a spelling of it
//! (`Марвин` where the reference names `Барселоне`, `Расин` where it names `Брексит`): the
//! consonants in order part them (`names::consonants_apart`), where true renderings of one
//! name keep theirs (`Стайнъм` / `Штейнем`). Made-up articles, end to end through the checking
//! stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::Kind;

const RU: [&str; 5] = [
    "Команда прибыла в город поздно вечером в пятницу.",
    "Тренер Штейнем похвалил игроков после победы в воскресенье.",
    "Следующий матч пройдет в Барселоне через две недели.",
    "Министр заявил, что Брексит дорого обойдется фермерам.",
    "Болельщики проводили команду песнями.",
];

fn bg(coach: &str, city: &str, deal: &str) -> Vec<String> {
    vec![
        "Отборът пристигна в града късно в петък вечерта.".to_string(),
        format!("Треньорът {coach} похвали играчите след победата в неделя."),
        format!("Следващият мач ще бъде в {city} след две седмици."),
        format!("Министърът заяви, че {deal} ще струва скъпо на фермерите."),
        "Феновете изпратиха отбора с песни.".to_string(),
    ]
}

#[test]
fn a_name_alike_in_letters_but_not_in_consonants_is_a_warning() {
    let source = bg("Стайнъм", "Марвин", "Расин");
    let source: Vec<&str> = source.iter().map(String::as_str).collect();
    let rows = check(&source, &[(Lang::Ru, &RU)]);
    // `Марвин` m-r-v-n against `Барселоне` b-r-s-l-n, `Расин` r-s-n against `Брексит`
    // b-r-k-s-t: letters that score 0.62 and 0.68, consonants that share two of five.
    for (line, s, r) in [(3, "Марвин", "Барселоне"), (4, "Расин", "Брексит")]
    {
        let alarms = name_alarms(&rows, line);
        assert_eq!(alarms.len(), 1, "line {line}: {rows:#?}");
        assert_eq!(
            (
                alarms[0].kind,
                alarms[0].source_text.as_str(),
                alarms[0].ref_text.as_str()
            ),
            (Kind::NameMismatch, s, r)
        );
    }
    // `Стайнъм` / `Штейнем`: one name, s-t-n-m on both sides, stays below a warning.
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn the_right_names_are_no_finding() {
    let source = bg("Щайнем", "Барселона", "Брекзит");
    let source: Vec<&str> = source.iter().map(String::as_str).collect();
    let rows = check(&source, &[(Lang::Ru, &RU)]);
    for line in 2..=4 {
        assert!(
            name_alarms(&rows, line).is_empty(),
            "line {line}: {rows:#?}"
        );
    }
}
