//! The two ends of a change said by their words (`figures::change_ends`), and the check that
//! finds them traded against each reference's own order: bg `от 8,9% на 7,4%` says the end
//! with `на`, which is a share, a date's or a noun's link everywhere else.

#[path = "support/check.rs"]
mod support;

use sverka::figures::change_ends::{change_end, ChangeEnd};
use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// Which end of a change the figure written `figure` (its first occurrence) in `sentence` is.
fn end_of(sentence: &str, figure: &str, lang: Lang) -> Option<ChangeEnd> {
    let at = sentence.find(figure).expect("figure in sentence");
    change_end(sentence, at, figure, lang)
}

#[test]
fn bg_na_after_a_start_says_the_end() {
    let s = "Делът на лошите заеми е спаднал от 6,3% на 5,1% за година.";
    assert_eq!(end_of(s, "6,3%", Lang::Bg), Some(ChangeEnd::Start));
    assert_eq!(end_of(s, "5,1%", Lang::Bg), Some(ChangeEnd::End));
    let s = "Минималната заплата ще нарасне от 720 на 800 евро от 1 януари.";
    assert_eq!(end_of(s, "720", Lang::Bg), Some(ChangeEnd::Start));
    assert_eq!(end_of(s, "800 евро", Lang::Bg), Some(ChangeEnd::End));
    let s = "Екипите ще бъдат увеличени от 3 на 5 души.";
    assert_eq!(end_of(s, "5 души", Lang::Bg), Some(ChangeEnd::End));
    // A start of several words: digits grouped, a unit of two words.
    let s = "Таксата се вдига от 12 500 на 13 400 лева.";
    assert_eq!(end_of(s, "13 400 лева", Lang::Bg), Some(ChangeEnd::End));
    let s = "Приходите са се увеличили от 3,2 млрд. евро на 3,6 млрд. евро.";
    assert_eq!(end_of(s, "3,6 млрд. евро", Lang::Bg), Some(ChangeEnd::End));
}

#[test]
fn bg_na_without_a_start_right_before_says_no_end() {
    // A share, a link of a noun of change, a date: no `от <figure>` before `на`.
    let s = "Цените са се повишили с 7% на годишна база.";
    assert_eq!(end_of(s, "7%", Lang::Bg), None);
    let s = "Беше отчетено увеличение на 5% при износа.";
    assert_eq!(end_of(s, "5%", Lang::Bg), None);
    let s = "Срещата ще се състои на 3 юни в София.";
    assert_eq!(end_of(s, "3 юни", Lang::Bg), None);
    // A figure with `от` before it, but a comma or a noun between it and `на`.
    let s = "Печалбата е от 4 млн. лева, на 6 млн. лева са разходите.";
    assert_eq!(end_of(s, "6 млн. лева", Lang::Bg), None);
    let s = "Той получи дял от 5% от акциите на фирмата на 30 юни.";
    assert_eq!(end_of(s, "30 юни", Lang::Bg), None);
    // `на` of a share after a figure with no `от`: one in five.
    let s = "Всеки един на 5 души е пушач.";
    assert_eq!(end_of(s, "5 души", Lang::Bg), None);
}

#[test]
fn the_references_say_the_ends_in_their_own_words() {
    let en = "The jobless rate fell to 5.1% from 6.3% in a year.";
    assert_eq!(end_of(en, "5.1%", Lang::En), Some(ChangeEnd::End));
    assert_eq!(end_of(en, "6.3%", Lang::En), Some(ChangeEnd::Start));
    let ru = "Безработица снизилась с 6,3% до 5,1% за год.";
    assert_eq!(end_of(ru, "6,3%", Lang::Ru), Some(ChangeEnd::Start));
    assert_eq!(end_of(ru, "5,1%", Lang::Ru), Some(ChangeEnd::End));
    let uk = "Безробіття знизилося з 6,3% до 5,1% за рік.";
    assert_eq!(end_of(uk, "6,3%", Lang::Uk), Some(ChangeEnd::Start));
    assert_eq!(end_of(uk, "5,1%", Lang::Uk), Some(ChangeEnd::End));
}

/// The warning or error rows of `rows`.
fn alarms(rows: &[Row]) -> Vec<&Row> {
    rows.iter()
        .filter(|r| r.severity >= Severity::Warning)
        .collect()
}

const CLEAN: [&str; 3] = [
    "Централната банка публикува данните в понеделник.",
    "Безработицата е спаднала от 6,3% на 5,1% за година.",
    "Банката ще обяви новата си прогноза през март.",
];
const TRADED: [&str; 3] = [
    "Централната банка публикува данните в понеделник.",
    "Безработицата е спаднала от 5,1% на 6,3% за година.",
    "Банката ще обяви новата си прогноза през март.",
];
const EN: [&str; 3] = [
    "The central bank published the data on Monday.",
    "Unemployment fell to 5.1% from 6.3% in a year.",
    "The bank will announce its new forecast in March.",
];
const RU: [&str; 3] = [
    "Центральный банк опубликовал данные в понедельник.",
    "Безработица снизилась с 6,3% до 5,1% за год.",
    "Банк объявит новый прогноз в марте.",
];
const UK: [&str; 3] = [
    "Центральний банк оприлюднив дані в понеділок.",
    "Безробіття знизилося з 6,3% до 5,1% за рік.",
    "Банк оголосить новий прогноз у березні.",
];

#[test]
fn a_change_with_its_ends_traded_is_caught_against_each_references_order() {
    let refs: [(Lang, &[&str]); 3] = [(Lang::En, &EN), (Lang::Ru, &RU), (Lang::Uk, &UK)];
    let rows = support::check(&CLEAN, &refs);
    assert!(alarms(&rows).is_empty(), "{rows:#?}");
    let rows = support::check(&TRADED, &refs);
    let found: Vec<&Row> = alarms(&rows)
        .into_iter()
        .filter(|r| r.source_line == Some(2) && r.kind == Kind::PercentShift)
        .collect();
    // en gives the end first, ru and uk the start first: all three say the source traded them.
    for lang in ["en", "ru", "uk"] {
        assert!(
            found.iter().any(|r| r.ref_lang == lang),
            "no row against {lang}: {rows:#?}"
        );
    }
    assert!(
        alarms(&rows).iter().all(|r| r.source_line == Some(2)),
        "{rows:#?}"
    );
}

const KK: [&str; 3] = [
    "Орталық банк деректерді дүйсенбіде жариялады.",
    "Жұмыссыздық бір жылда 6,3%-дан 5,1%-ға дейін төмендеді.",
    "Банк жаңа болжамын наурызда жариялайды.",
];

#[test]
fn one_reference_is_enough_when_its_words_say_the_ends() {
    for (lang, reference) in [
        (Lang::En, &EN),
        (Lang::Ru, &RU),
        (Lang::Uk, &UK),
        (Lang::Kk, &KK),
    ] {
        let refs: [(Lang, &[&str]); 1] = [(lang, reference)];
        let rows = support::check(&CLEAN, &refs);
        assert!(alarms(&rows).is_empty(), "{lang}: {rows:#?}");
        let rows = support::check(&TRADED, &refs);
        let found = alarms(&rows)
            .iter()
            .filter(|r| r.source_line == Some(2) && r.kind == Kind::PercentShift)
            .count();
        assert_eq!(found, 2, "{lang}: {rows:#?}");
    }
}

#[test]
fn money_with_its_ends_traded_is_a_changed_figure() {
    let en = ["The minimum wage will rise to 800 euros from 720 euros on January 1."];
    let ru = ["Минимальная зарплата вырастет с 720 до 800 евро с 1 января."];
    let clean = ["Минималната заплата ще нарасне от 720 на 800 евро от 1 януари."];
    let traded = ["Минималната заплата ще нарасне от 800 на 720 евро от 1 януари."];
    for (lang, reference) in [(Lang::En, &en), (Lang::Ru, &ru)] {
        let refs: [(Lang, &[&str]); 1] = [(lang, reference)];
        let rows = support::check(&clean, &refs);
        assert!(alarms(&rows).is_empty(), "{lang}: {rows:#?}");
        let rows = support::check(&traded, &refs);
        let found = alarms(&rows)
            .iter()
            .filter(|r| r.kind == Kind::NumberMismatch)
            .count();
        assert_eq!(found, 2, "{lang}: {rows:#?}");
    }
}
