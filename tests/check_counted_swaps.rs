//! Two bare counts that trade places, told apart by the nouns they count
//! (`src/compare/figures_counted.rs`): `11 гола в 24 мача` written `24 гола в 11 мача`. With
//! no unit and nothing between them that keeps its place, the order alone says nothing; the
//! noun after each number, read in every language (`src/lang/<lang>/counted_nouns.tsv`), does,
//! and one reference is enough because a sentence turned round keeps each noun with its number.

#[path = "support/check.rs"]
mod support;
use support::{assert_clean, serious};

use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// Both counts are reported as a `number_mismatch` error, each against the reference's same
/// number, naming what each side counts.
fn assert_traded(rows: &[Row], first: &str, second: &str) {
    let found = serious(rows);
    assert_eq!(found.len(), 2, "{rows:#?}");
    for r in &found {
        assert_eq!(r.kind, Kind::NumberMismatch, "{rows:#?}");
        assert_eq!(r.severity, Severity::Error, "{rows:#?}");
        assert_eq!(r.source_value, r.ref_value, "{rows:#?}");
        assert!(r.message.contains("The source counts"), "{rows:#?}");
    }
    let texts: Vec<&str> = found.iter().map(|r| r.source_text.as_str()).collect();
    assert!(
        texts.contains(&first) && texts.contains(&second),
        "{rows:#?}"
    );
}

const GOALS: [&str; 1] = ["Нападателят вкара 11 гола в 24 мача за новия си клуб."];
const GOALS_TRADED: [&str; 1] = ["Нападателят вкара 24 гола в 11 мача за новия си клуб."];

#[test]
fn goals_and_games_trade_places_against_one_reference_each() {
    let references: [(Lang, &[&str]); 4] = [
        (
            Lang::En,
            &["The striker scored 11 goals in 24 games for his new club."],
        ),
        (
            Lang::Ru,
            &["Нападающий забил 11 голов в 24 матчах за новый клуб."],
        ),
        (
            Lang::Uk,
            &["Нападник забив 11 голів у 24 матчах за новий клуб."],
        ),
        // Kazakh turns the sentence round: the games first, the goals after.
        (
            Lang::Kk,
            &["Шабуылшы жаңа клубы сапында 24 матчта 11 гол соқты."],
        ),
    ];
    for (lang, reference) in references {
        assert_clean(&support::check(&GOALS, &[(lang, reference)]));
        let rows = support::check(&GOALS_TRADED, &[(lang, reference)]);
        assert_traded(&rows, "24", "11");
    }
}

#[test]
fn schools_and_hospitals_trade_places() {
    let clean = ["В областта има 40 училища и 12 болници."];
    let traded = ["В областта има 12 училища и 40 болници."];
    let references: [(Lang, &[&str]); 4] = [
        (Lang::En, &["The region has 40 schools and 12 hospitals."]),
        (Lang::Ru, &["В области 40 школ и 12 больниц."]),
        (Lang::Uk, &["В області 40 шкіл і 12 лікарень."]),
        (Lang::Kk, &["Облыста 40 мектеп пен 12 аурухана бар."]),
    ];
    for (lang, reference) in references {
        assert_clean(&support::check(&clean, &[(lang, reference)]));
        let rows = support::check(&traded, &[(lang, reference)]);
        assert_traded(&rows, "12", "40");
    }
}

#[test]
fn a_kazakh_sentence_turned_round_keeps_its_nouns() {
    // The numbers stand the other way round, each with its own noun: no finding.
    let kk: [&str; 1] = ["Шабуылшы жаңа клубы сапында 24 матчта 11 гол соқты."];
    let rows = support::check(&GOALS, &[(Lang::Kk, &kk)]);
    assert_clean(&rows);
}

#[test]
fn a_reference_counting_the_source_way_outweighs_one_counting_the_other() {
    let en: [&str; 1] = ["The striker scored 24 goals in 11 games for his new club."];
    let ru: [&str; 1] = ["Нападающий забил 24 гола в 11 матчах за новый клуб."];
    let uk: [&str; 1] = ["Нападник забив 11 голів у 24 матчах за новий клуб."];
    let rows = support::check(
        &GOALS_TRADED,
        &[(Lang::En, &en), (Lang::Ru, &ru), (Lang::Uk, &uk)],
    );
    assert!(
        !rows.iter().any(|r| r.message.contains("The source counts")),
        "{rows:#?}"
    );
}

#[test]
fn counts_of_one_noun_or_of_no_noun_tell_nothing() {
    // Both numbers count matches: which is which is not the noun's to say.
    let same = ["Отборът спечели 24 мача и загуби 11 мача."];
    let en: [&str; 1] = ["The team won 11 games and lost 24 games."];
    let rows = support::check(&same, &[(Lang::En, &en)]);
    assert!(
        !rows.iter().any(|r| r.message.contains("The source counts")),
        "{rows:#?}"
    );
    // No noun after either number.
    let bare = ["Резултатът беше 24 на 11 в полза на домакините."];
    let en: [&str; 1] = ["The score was 11 to 24 in favour of the hosts."];
    let rows = support::check(&bare, &[(Lang::En, &en)]);
    assert!(
        !rows.iter().any(|r| r.message.contains("The source counts")),
        "{rows:#?}"
    );
}

/// A reference that turns the sentence round around a figure both give (kk `жеті қаладан 18
/// бен 65 жас аралығындағы 12,6 мың ерікті` against bg `12 600 доброволци на възраст от 18 до
/// 65 години в седем града`): the seven keeps its noun (cities) on both sides, so nothing
/// traded places; the same two numbers put the other way round in the source still do
/// against a reference that keeps the source's order.
#[test]
fn a_count_that_keeps_its_noun_did_not_trade_places() {
    let source = [
        "В изпитването са участвали 12 600 доброволци на възраст от 18 до 65 години в седем града.",
    ];
    let kk: [&str; 1] =
        ["Сынаққа жеті қаладан 18 бен 65 жас аралығындағы 12,6 мың ерікті қатысты."];
    assert_clean(&support::check(&source, &[(Lang::Kk, &kk)]));
    let traded =
        ["В изпитването са участвали 7 доброволци на възраст от 18 до 65 години в 12 600 града."];
    let en: [&str; 1] = ["Some 12,600 volunteers aged 18 to 65 took part in seven cities."];
    let rows = support::check(&traded, &[(Lang::En, &en)]);
    assert!(
        serious(&rows)
            .iter()
            .any(|r| r.kind == Kind::NumberMismatch),
        "{rows:#?}"
    );
}
