//! A surname changed by its ending is another surname. Bulgarian strips an adjective's `-ски`
//! endings so that an adjective of a place meets the place (`Белфастски`: Belfast), as Russian
//! its `-ский` and Ukrainian its `-ський` (`suffixes.tsv`, rows marked `adjective`). Where a
//! person's surname stands, the last word of a name after a word that is no adjective, the
//! ending is part of the surname: `Васил Терзийски` is not `Васил Терзиев`, `Петровский` is
//! not `Петров`. The same surname written in each language's way still meets (`Левски`,
//! `Левский`, `Levski`). Made-up names and sentences in the style of news.

use sverka::lang::Lang;
use sverka::names::{match_names, NameStatus, Relation};

#[path = "support/names.rs"]
mod support;
use support::{names_in, relation};

#[test]
fn a_surname_with_an_adjectives_ending_is_another_surname() {
    let cases = [
        ("Васил Терзийски", Lang::Bg, "Vasil Terziev", Lang::En),
        ("Васил Терзийски", Lang::Bg, "Васил Терзиев", Lang::Ru),
        ("Васил Терзиевски", Lang::Bg, "Васил Терзиев", Lang::Ru),
        ("Иван Петровский", Lang::Ru, "Иван Петров", Lang::Bg),
        ("Іван Петровський", Lang::Uk, "Иван Петров", Lang::Bg),
    ];
    for (a, a_lang, b, b_lang) in cases {
        assert_ne!(relation(a, a_lang, b, b_lang), Relation::Same, "{a} / {b}");
        assert_ne!(relation(b, b_lang, a, a_lang), Relation::Same, "{b} / {a}");
    }
}

#[test]
fn one_surname_in_each_languages_spelling_still_meets() {
    let cases = [
        ("Васил Левски", Lang::Bg, "Васил Левский", Lang::Ru),
        ("Васил Левски", Lang::Bg, "Василь Левський", Lang::Uk),
        ("Васил Левски", Lang::Bg, "Vasil Levski", Lang::En),
        ("Иван Петровски", Lang::Bg, "Иван Петровский", Lang::Ru),
        ("Мария Радевска", Lang::Bg, "Мария Радевская", Lang::Ru),
        ("Мария Радевска", Lang::Bg, "Maria Radevska", Lang::En),
        ("Ивана Петровского", Lang::Ru, "Иван Петровски", Lang::Bg),
        ("Івана Петровського", Lang::Uk, "Иван Петровски", Lang::Bg),
        ("Марии Радевской", Lang::Ru, "Мария Радевска", Lang::Bg),
        ("Иван Петровския", Lang::Bg, "Ivan Petrovski", Lang::En),
    ];
    for (a, a_lang, b, b_lang) in cases {
        assert_eq!(relation(a, a_lang, b, b_lang), Relation::Same, "{a} / {b}");
        assert_eq!(relation(b, b_lang, a, a_lang), Relation::Same, "{b} / {a}");
    }
}

#[test]
fn a_places_adjective_still_meets_its_place() {
    let cases = [
        ("Белфастски", Lang::Bg, "Belfast", Lang::En),
        ("Белфастским", Lang::Ru, "Белфаст", Lang::Bg),
        (
            "Софийския университет",
            Lang::Bg,
            "Sofia University",
            Lang::En,
        ),
    ];
    for (a, a_lang, b, b_lang) in cases {
        assert_eq!(relation(a, a_lang, b, b_lang), Relation::Same, "{a} / {b}");
    }
}

#[test]
fn a_mayors_surname_changed_by_its_ending_is_no_match() {
    let reference = names_in(
        Lang::En,
        "Mayor Kiril Dobrev said the money would go to the city's schools.\n",
    );
    for changed in ["Добревски", "Добрийски"] {
        let source = names_in(
            Lang::Bg,
            &format!("Кметът Кирил {changed} каза, че парите ще отидат за училищата в града.\n"),
        );
        let matches = match_names(&source, &reference);
        let dobrev = matches
            .iter()
            .find(|m| reference[m.reference].text.contains("Dobrev"))
            .expect("the mayor found");
        assert_ne!(dobrev.status, NameStatus::Matched, "{changed}");
    }
}
