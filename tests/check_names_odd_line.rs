//! A name the source writes two ways: the finding belongs on the line of the odd spelling, not
//! on the line that writes the name as the references do. A spelling on another line is
//! evidence about this line only when it renders the reference's name better than this
//! line's own.

#[path = "support/check.rs"]
mod support;

use support::check;
use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// The warning or error name rows on source line `line`.
fn flagged(rows: &[Row], line: usize) -> Vec<&Row> {
    rows.iter()
        .filter(|r| {
            matches!(r.kind, Kind::NameMismatch | Kind::MissingName)
                && r.severity != Severity::Info
                && r.source_line == Some(line)
        })
        .collect()
}

#[test]
fn a_misspelling_on_another_line_is_no_evidence_against_the_right_spelling() {
    // Line 1 drops a letter of the place (`Мидсамър Нотън`); line 2 writes it as the Russian
    // reference does, but for the vowels each language writes its own way.
    let bg = [
        "Нападение в Мидсамър Нотън през нощта.",
        "Полицията намери ранения в Мидсамър Нортън в събота.",
    ];
    let ru = [
        "Нападение в Мидсомер Нортоне ночью.",
        "Полиция нашла раненого в районе Мидсомер Нортон в субботу.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(flagged(&rows, 2).is_empty(), "{rows:#?}");
    // The misspelling itself is still found, on its own line.
    assert!(!flagged(&rows, 1).is_empty(), "{rows:#?}");
    // Written right on both lines, nothing to report about the place.
    let bg_clean = [bg[0].replace("Нотън", "Нортън"), bg[1].to_string()];
    let bg_clean: Vec<&str> = bg_clean.iter().map(String::as_str).collect();
    let rows = check(&bg_clean, &[(Lang::Ru, &ru)]);
    assert!(
        flagged(&rows, 1).is_empty() && flagged(&rows, 2).is_empty(),
        "{rows:#?}"
    );
}

#[test]
fn a_name_spelt_otherwise_by_a_letter_elsewhere_is_no_other_name() {
    // The source writes `Шрьдер` on line 1 and `Шрьодер` on line 2 for one woman whom the
    // reference writes `Шредер` on both: one name spelt two ways, not another person named
    // on line 2 in place of the one of line 1.
    let bg = [
        "Госпожа Шрьдер работи в Конгреса от години.",
        "Тогава госпожа Шрьодер отказа да се кандидатира.",
    ];
    let ru = [
        "Госпожа Шредер работает в Конгрессе много лет.",
        "Тогда госпожа Шредер отказалась баллотироваться.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        flagged(&rows, 2)
            .iter()
            .all(|r| r.severity != Severity::Error && !r.message.contains("a different name")),
        "{rows:#?}"
    );
    // Each spelling once, and the Russian `Шредер` one letter from either: the odd one is
    // the spelling Bulgarian never writes (`ь` stands only before `о`).
    assert!(spelt_two_ways(&rows, 2).is_empty(), "{rows:#?}");
    assert_eq!(spelt_two_ways(&rows, 1).len(), 1, "{rows:#?}");
}

/// The rows on source line `line` saying that the source spells one name two ways.
fn spelt_two_ways(rows: &[Row], line: usize) -> Vec<&Row> {
    flagged(rows, line)
        .into_iter()
        .filter(|r| r.message.contains("spelled two ways"))
        .collect()
}

#[test]
fn a_spelling_that_mixes_scripts_is_the_odd_one_whatever_the_counts() {
    // Each spelling once, and no reference names it: the one with a Cyrillic `а` among Latin
    // letters is the slip.
    let bg = [
        "Той пусна съобщение в Twittаr вчера.",
        "Днес Twitter изтри съобщението му.",
    ];
    let en = [
        "He posted a message yesterday.",
        "Today the message was deleted.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(spelt_two_ways(&rows, 2).is_empty(), "{rows:#?}");
    assert_eq!(spelt_two_ways(&rows, 1).len(), 1, "{rows:#?}");
}

#[test]
fn the_odd_spelling_is_judged_by_the_word_spelt_two_ways() {
    // `Moentum` once, `Nottingham Momentum` once; the reference writes `Моментум` for both.
    // The first word of the longer name is no reason to hold it the odd one.
    let bg = [
        "Членовете на Moentum гласуваха вчера.",
        "Посланието ми не е до Nottingham Momentum, а до избирателите.",
    ];
    let uk = [
        "Члени Моментум проголосували вчора.",
        "Моє послання не до Моментум, а до виборців.",
    ];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert!(spelt_two_ways(&rows, 2).is_empty(), "{rows:#?}");
    assert_eq!(spelt_two_ways(&rows, 1).len(), 1, "{rows:#?}");
    assert!(
        flagged(&rows, 2)
            .iter()
            .all(|r| !r.message.contains("Moentum")),
        "{rows:#?}"
    );
}

#[test]
fn on_a_tie_the_spelling_farther_from_the_english_name_is_the_odd_one() {
    // `Кеии` once, `Кели` once, the English reference `Kelly` at both places: the earlier
    // spelling is the misspelt one, not the later.
    let bg = [
        "Вратарят Лиъм Кеии рядко се намесваше.",
        "Морелос принуди Кели да направи спасяване.",
    ];
    let en = [
        "Goalkeeper Liam Kelly was largely untroubled.",
        "Morelos forced a save from Kelly.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(flagged(&rows, 2).is_empty(), "{rows:#?}");
    assert!(
        flagged(&rows, 1)
            .iter()
            .any(|r| r.source_text.contains("Кеии")),
        "{rows:#?}"
    );
}

#[test]
fn on_a_tie_the_spelling_the_language_tables_know_is_the_usual_one() {
    // Each spelling once, and the reference names neither: `Брекзит` is the Bulgarian
    // spelling the exonym tables list, `Бекзит` the slip.
    let bg = [
        "Премиерът обвини критиците за Бекзит в заигравания.",
        "Той отново защити плана си за Брекзит пред депутатите.",
    ];
    let ru = [
        "Премьер-министр обвинила критиков в политических играх.",
        "Она снова защитила свой план перед депутатами.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(spelt_two_ways(&rows, 2).is_empty(), "{rows:#?}");
    assert_eq!(spelt_two_ways(&rows, 1).len(), 1, "{rows:#?}");
}

#[test]
fn a_place_within_a_title_the_reference_translates_is_no_other_name() {
    // The source keeps the party's own name (`Plaid`); the reference translates it in words,
    // `Партии Уэльса` (the party of Wales). Wales, which the source writes on line 1, is no
    // name put for `Plaid` here.
    let bg = [
        "Депутатите в Уелс обсъждат новото име на парламента.",
        "Според член на партията Plaid групата не е доволна от предложението.",
    ];
    let ru = [
        "Депутаты в Уэльсе обсуждают новое название парламента.",
        "По словам члена Партии Уэльса, группа недовольна предложением.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(flagged(&rows, 2).is_empty(), "{rows:#?}");
    // A Cyrillic name in the source put for the place is still another name.
    let mut wrong = bg;
    wrong[1] = "Според член на партията на Шотландия групата не е доволна от предложението.";
    let rows = check(&wrong, &[(Lang::Ru, &ru)]);
    assert!(!flagged(&rows, 2).is_empty(), "{rows:#?}");
}
