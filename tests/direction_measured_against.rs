//! A change's direction said by a verb before what the change is measured against: ru
//! `подешевел к доллару на 2,1%`, uk `подешевшала до долара на 2,1%`, en `weakened against the
//! dollar by 2.1%` (`figures::directions`, the `against` rows of `directions.tsv`).

#[path = "support/check.rs"]
mod support;

use sverka::figures::directions::{direction, Direction};
use sverka::lang::Lang;
use sverka::report::{Kind, Severity};

fn of(sentence: &str, figure: &str, lang: Lang) -> Option<Direction> {
    let at = sentence.find(figure).expect("figure in sentence");
    direction(sentence, at, figure, lang)
}

#[test]
fn a_verb_before_what_the_change_is_measured_against_says_its_direction() {
    use Direction::{Down, Up};
    let cases = [
        (
            "Рубль подешевел к доллару на 2,1%.",
            "2,1%",
            Lang::Ru,
            Some(Down),
        ),
        ("Юань подорожал к евро на 0,8%.", "0,8%", Lang::Ru, Some(Up)),
        (
            "Гривня подешевшала до долара на 2,1%.",
            "2,1%",
            Lang::Uk,
            Some(Down),
        ),
        (
            "The lira weakened against the dollar by 3%.",
            "3%",
            Lang::En,
            Some(Down),
        ),
        (
            "The yen strengthened against sterling by 1.5%.",
            "1.5%",
            Lang::En,
            Some(Up),
        ),
        (
            "Рублата поевтиня спрямо долара с 2,1%.",
            "2,1%",
            Lang::Bg,
            Some(Down),
        ),
        (
            "Теңге долларға шаққанда 2,1%-ға арзандады.",
            "2,1%-ға",
            Lang::Kk,
            Some(Down),
        ),
    ];
    for (sentence, figure, lang, want) in cases {
        assert_eq!(of(sentence, figure, lang), want, "{lang}: {sentence}");
    }
}

#[test]
fn only_one_word_of_what_it_is_measured_against_and_only_before_a_link() {
    let cases = [
        // Another word than one of what the change is measured against.
        ("Рубль подешевел вчера на 2,1%.", "2,1%", Lang::Ru),
        // Two words after it.
        ("Рубль подешевел к доллару США на 2,1%.", "2,1%", Lang::Ru),
        // No link word before the figure.
        ("Рубль подешевел к доллару 2,1%.", "2,1%", Lang::Ru),
    ];
    for (sentence, figure, lang) in cases {
        assert_eq!(of(sentence, figure, lang), None, "{lang}: {sentence}");
    }
}

#[test]
fn a_fall_against_the_dollar_said_as_a_rise_is_a_changed_figure() {
    let clean = ["През тримесечието гривната е поевтиняла с 2,1% спрямо долара."];
    let changed = ["През тримесечието гривната е поскъпнала с 2,1% спрямо долара."];
    let ru = ["За квартал гривна подешевела к доллару на 2,1%."];
    let uk = ["За квартал гривня подешевшала до долара на 2,1%."];
    for (lang, reference) in [(Lang::Ru, &ru), (Lang::Uk, &uk)] {
        let refs: [(Lang, &[&str]); 1] = [(lang, reference)];
        let rows = support::check(&clean, &refs);
        assert!(
            rows.iter().all(|r| r.severity < Severity::Warning),
            "{lang}: {rows:#?}"
        );
        let rows = support::check(&changed, &refs);
        assert!(
            rows.iter().any(|r| r.kind == Kind::NumberMismatch
                && r.severity == Severity::Error
                && r.source_text.contains("2,1%")),
            "{lang}: {rows:#?}"
        );
    }
}
