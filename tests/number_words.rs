//! Number words (`sverka::figures::words`): the tables, hand-picked cases per language,
//! property tests against renderers written here from the grammar books (not from the
//! parser's tables), and an evaluation over NTREX (skipped when the corpus is absent).

use std::collections::HashSet;
use std::str::FromStr;

use proptest::prelude::*;
use rust_decimal::Decimal;
use sverka::figures::words::{self, number_at, Class, WordsKind, FLAGS, FRACTION_PLACES};
use sverka::lang::{rows, Lang};

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The fraction n/d as the parser must give it: rounded to FRACTION_PLACES.
fn share(n: u64, d: u64) -> Decimal {
    (Decimal::from(n) / Decimal::from(d))
        .round_dp_with_strategy(
            FRACTION_PLACES,
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        )
        .normalize()
}

// ---------------------------------------------------------------------------------------
// Tables

#[test]
fn every_language_has_a_number_words_table() {
    for lang in Lang::ALL {
        let n = rows(words::table(lang)).count();
        assert!(n > 50, "{lang}: number_words.tsv has only {n} rows");
        for class in ["unit", "ten", "scale", "denominator", "share"] {
            assert!(
                rows(words::table(lang)).any(|r| r.get(1) == Some(&class)),
                "{lang}: no `{class}` row"
            );
        }
    }
}

/// A word the table lists for itself is looked up as written, so it must not hide a number
/// word with a case ending (the bug where the `period` row `тоқсанда` hid 90 + `-да`).
#[test]
fn no_row_hides_a_number_word_with_a_case_ending() {
    for lang in Lang::ALL {
        let table: Vec<Vec<&str>> = rows(words::table(lang)).collect();
        let numbers: HashSet<&str> = table
            .iter()
            .filter(|r| Class::from_name(r[1]).is_some_and(|c| c.has_value()))
            .map(|r| r[0])
            .collect();
        let suffixes: Vec<&str> = table
            .iter()
            .filter(|r| r[1] == "suffix")
            .map(|r| r[0])
            .collect();
        for row in &table {
            if numbers.contains(row[0]) {
                continue;
            }
            for suffix in &suffixes {
                if let Some(base) = row[0].strip_suffix(suffix) {
                    assert!(
                        !numbers.contains(base),
                        "{lang}: row {row:?} hides {base} + {suffix}"
                    );
                }
            }
        }
    }
}

#[test]
fn tables_are_sorted_unique_and_well_formed() {
    for lang in Lang::ALL {
        let lines: Vec<&str> = words::table(lang)
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        for pair in lines.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{lang}: not sorted or not unique: {:?} then {:?}",
                pair[0],
                pair[1]
            );
        }
        for row in rows(words::table(lang)) {
            assert!(
                (2..=4).contains(&row.len()),
                "{lang}: {row:?} has {} columns",
                row.len()
            );
            let class = Class::from_name(row[1])
                .unwrap_or_else(|| panic!("{lang}: unknown class in {row:?}"));
            assert_eq!(
                row[0],
                words::normalize(row[0]),
                "{lang}: {row:?} not lower case"
            );
            if class.has_value() {
                let v = row.get(2).copied().unwrap_or("");
                assert!(Decimal::from_str(v).is_ok(), "{lang}: bad value in {row:?}");
            } else {
                assert_eq!(row.get(2).copied(), Some("-"), "{lang}: {row:?} wants `-`");
            }
            if let Some(flags) = row.get(3) {
                for flag in flags.split(',') {
                    assert!(
                        FLAGS.contains(&flag),
                        "{lang}: unknown flag {flag} in {row:?}"
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Cases

/// `(text, expected value, kind, the text consumed)`; value `None` means no number.
type Case = (&'static str, Option<&'static str>, WordsKind, &'static str);

fn check(lang: Lang, cases: &[Case]) {
    let mut failures = Vec::new();
    for &(text, value, kind, consumed) in cases {
        let got = number_at(text, lang);
        let ok = match (value, got) {
            (None, None) => true,
            (Some(v), Some(g)) => {
                g.value == dec(v) && g.kind == kind && text.get(..g.len) == Some(consumed)
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{lang} {text:?}: want {value:?} {kind:?} {consumed:?}, got {:?}",
                got.map(|g| (g.value.to_string(), g.kind, text.get(..g.len)))
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

use WordsKind::{Cardinal as C, Fraction as F, Ordinal as O};

#[test]
fn bulgarian_cases() {
    check(
        Lang::Bg,
        &[
            ("Всеки пети барел нефт", Some("0.2"), F, "Всеки пети"),
            ("всяка пета компания", Some("0.2"), F, "всяка пета"),
            ("три десетилетия", Some("3"), C, "три"),
            ("един милион тона", Some("1000000"), C, "един милион"),
            ("една от централните теми", Some("1"), C, "една"),
            ("едно дете", Some("1"), C, "едно"),
            ("едни хора", None, C, ""),
            ("двама души", Some("2"), C, "двама"),
            ("двете страни", Some("2"), C, "двете"),
            ("двадесет и пет души", Some("25"), C, "двадесет и пет"),
            ("двайсет и пет", Some("25"), C, "двайсет и пет"),
            ("сто и пет", Some("105"), C, "сто и пет"),
            ("хиляда души", Some("1000"), C, "хиляда"),
            (
                "две хиляди и петстотин",
                Some("2500"),
                C,
                "две хиляди и петстотин",
            ),
            ("милион долара", Some("1000000"), C, "милион"),
            (
                "два милиона и триста хиляди",
                Some("2300000"),
                C,
                "два милиона и триста хиляди",
            ),
            ("един милиард долара", Some("1000000000"), C, "един милиард"),
            ("три милиарда", Some("3000000000"), C, "три милиарда"),
            ("един трилион", Some("1000000000000"), C, "един трилион"),
            (
                "хиляда милиарда",
                Some("1000000000000"),
                C,
                "хиляда милиарда",
            ),
            ("пети ден", Some("5"), O, "пети"),
            // regression: a scale word alone after a higher one counts one
            (
                "два милиона хиляда",
                Some("2001000"),
                C,
                "два милиона хиляда",
            ),
            ("второто полувреме", Some("2"), O, "второто полувреме"),
            ("двадесет и първи век", Some("21"), O, "двадесет и първи"),
            ("стотната година", Some("100"), O, "стотната"),
            ("половин милион", Some("500000"), C, "половин милион"),
            ("половината население", Some("0.5"), F, "половината"),
            ("една трета от", Some("0.333333"), F, "една трета"),
            ("две трети от", Some("0.666667"), F, "две трети"),
            ("три четвърти", Some("0.75"), F, "три четвърти"),
            ("четвърт век", Some("0.25"), F, "четвърт"),
            (
                "два и половина милиона",
                Some("2500000"),
                C,
                "два и половина милиона",
            ),
            ("един на всеки пет", Some("0.2"), F, "един на всеки пет"),
            ("един от тях", Some("1"), C, "един"),
            ("Едно на пет деца", Some("0.2"), F, "Едно на пет"),
            ("Едно от пет деца", Some("0.2"), F, "Едно от пет"),
            ("един от петимата", Some("1"), C, "един"),
            ("хиляди домове", None, C, ""),
            ("милиони хора", None, C, ""),
            ("две хиляди души", Some("2000"), C, "две хиляди"),
            ("две на три метра", Some("2"), C, "две"),
            ("един от двадесет и осемте", Some("1"), C, "един"),
            ("пет и шест", Some("5"), C, "пет"),
            ("двадесет и", Some("20"), C, "двадесет"),
            ("всеки ден", None, C, ""),
            ("нула", Some("0"), C, "нула"),
            ("пет-шест години", Some("5"), C, "пет"),
            ("ТРИ", Some("3"), C, "ТРИ"),
            ("четиридневна работна седмица", Some("4"), C, "четиридневна"),
            ("Трикратният победител", Some("3"), C, "Трикратният"),
            ("двучасов митинг", Some("2"), C, "двучасов"),
            ("петрол", None, C, ""),
            ("Трифон", None, C, ""),
        ],
    );
}

#[test]
fn russian_cases() {
    check(
        Lang::Ru,
        &[
            ("двух тысяч человек", Some("2000"), C, "двух тысяч"),
            ("пятидесяти стран", Some("50"), C, "пятидесяти"),
            ("двадцати пяти лет", Some("25"), C, "двадцати пяти"),
            ("миллиона тонн", Some("1000000"), C, "миллиона"),
            ("тысячи лет", Some("1000"), C, "тысячи"),
            ("миллионы людей", None, C, ""),
            ("пяти миллионов", Some("5000000"), C, "пяти миллионов"),
            ("трёхсот", Some("300"), C, "трёхсот"),
            ("Каждый пятый баррель", Some("0.2"), F, "Каждый пятый"),
            ("каждого пятого", Some("0.2"), F, "каждого пятого"),
            ("пятый день", Some("5"), O, "пятый"),
            ("первой половины матча", Some("1"), O, "первой половины"),
            ("двадцать первого века", Some("21"), O, "двадцать первого"),
            ("треть населения", Some("0.333333"), F, "треть"),
            ("две трети", Some("0.666667"), F, "две трети"),
            ("четверть века", Some("0.25"), F, "четверть"),
            ("три четверти", Some("0.75"), F, "три четверти"),
            ("одна пятая", Some("0.2"), F, "одна пятая"),
            ("две пятых", Some("0.4"), F, "две пятых"),
            ("половина жителей", Some("0.5"), F, "половина"),
            ("полтора миллиона", Some("1500000"), C, "полтора миллиона"),
            (
                "два с половиной миллиарда",
                Some("2500000000"),
                C,
                "два с половиной миллиарда",
            ),
            ("четверть миллиона", Some("250000"), C, "четверть миллиона"),
            ("один из каждых пяти", Some("0.2"), F, "один из каждых пяти"),
            ("один из двадцати восьми", Some("1"), C, "один"),
            ("раз в год", None, C, ""),
            ("в два раза", None, C, ""),
            ("семью", None, C, ""),
            ("двухлетний", Some("2"), C, "двухлетний"),
            ("трёхкратного", Some("3"), C, "трёхкратного"),
            ("пятиэтажном доме", Some("5"), C, "пятиэтажном"),
            (
                "сто двадцать три тысячи четыреста пятьдесят шесть",
                Some("123456"),
                C,
                "сто двадцать три тысячи четыреста пятьдесят шесть",
            ),
        ],
    );
}

#[test]
fn ukrainian_cases() {
    check(
        Lang::Uk,
        &[
            ("п'ятдесят років", Some("50"), C, "п'ятдесят"),
            ("п’ятдесят років", Some("50"), C, "п’ятдесят"),
            ("пʼятдесят років", Some("50"), C, "пʼятдесят"),
            ("тисячі років", Some("1000"), C, "тисячі"),
            ("мільйонів доларів", None, C, ""),
            (
                "п'ять мільйонів доларів",
                Some("5000000"),
                C,
                "п'ять мільйонів",
            ),
            ("двох мільйонів", Some("2000000"), C, "двох мільйонів"),
            ("кожен п'ятий", Some("0.2"), F, "кожен п'ятий"),
            ("Кожна п’ята", Some("0.2"), F, "Кожна п’ята"),
            ("п'ятий", Some("5"), O, "п'ятий"),
            ("двадцять другий", Some("22"), O, "двадцять другий"),
            // the feminine ordinal 90th is spelled like the cardinal's genitive: cardinal wins
            ("дев'яноста років", Some("90"), C, "дев'яноста"),
            ("друга світова", None, C, ""),
            ("третина", Some("0.333333"), F, "третина"),
            ("дві треті", Some("0.666667"), F, "дві треті"),
            ("чверть", Some("0.25"), F, "чверть"),
            ("півтора мільйона", Some("1500000"), C, "півтора мільйона"),
            ("два з половиною", Some("2.5"), C, "два з половиною"),
            ("один з кожних п'яти", Some("0.2"), F, "один з кожних п'яти"),
            ("однієї тисячі", Some("1000"), C, "однієї тисячі"),
            ("дворічний", Some("2"), C, "дворічний"),
            ("п'ятиденного", Some("5"), C, "п'ятиденного"),
        ],
    );
}

#[test]
fn kazakh_cases() {
    check(
        Lang::Kk,
        &[
            ("бір миллион", Some("1000000"), C, "бір миллион"),
            ("бір күні", Some("1"), C, "бір"),
            ("бірақ", None, C, ""),
            ("жиырма бірге", Some("21"), C, "жиырма бірге"),
            ("бірге", None, C, ""),
            ("жиырма бес жыл", Some("25"), C, "жиырма бес"),
            ("жиырма беске", Some("25"), C, "жиырма беске"),
            ("мың", Some("1000"), C, "мың"),
            ("екі мыңнан астам", Some("2000"), C, "екі мыңнан"),
            ("миллионға", Some("1000000"), C, "миллионға"),
            ("бес миллиард", Some("5000000000"), C, "бес миллиард"),
            ("екі жүз елу", Some("250"), C, "екі жүз елу"),
            ("он бір", Some("11"), C, "он бір"),
            ("онда", None, C, ""),
            ("әрбір бесінші", Some("0.2"), F, "әрбір бесінші"),
            ("бесінші", Some("5"), O, "бесінші"),
            ("үшінші тоқсанда", Some("3"), O, "үшінші тоқсанда"),
            // regression: a `period` row once hid тоқсан + да (90 with a case ending)
            ("тоқсанда", Some("90"), C, "тоқсанда"),
            (
                "мың бес жүз тоқсанда",
                Some("1590"),
                C,
                "мың бес жүз тоқсанда",
            ),
            ("жарты", Some("0.5"), F, "жарты"),
            ("үштен бір", Some("0.333333"), F, "үштен бір"),
            ("үштен екі бөлігі", Some("0.666667"), F, "үштен екі"),
            ("бестен бірі", Some("0.2"), F, "бестен бірі"),
            // `бірге` alone is `together`; after an ablative denominator it is the numerator
            // in the dative (`бестен бірге өсті`, grew by a fifth), not a lone 5.
            ("бестен бірге", Some("0.2"), F, "бестен бірге"),
            ("біріне", Some("1"), C, "біріне"),
            ("бір жарым миллион", Some("1500000"), C, "бір жарым миллион"),
            (
                "мың тоғыз жүз тоқсан",
                Some("1990"),
                C,
                "мың тоғыз жүз тоқсан",
            ),
        ],
    );
}

#[test]
fn english_cases() {
    check(
        Lang::En,
        &[
            ("twenty-five people", Some("25"), C, "twenty-five"),
            (
                "one hundred and five",
                Some("105"),
                C,
                "one hundred and five",
            ),
            ("a dozen", Some("12"), C, "a dozen"),
            ("two dozen", Some("24"), C, "two dozen"),
            ("a hundred", Some("100"), C, "a hundred"),
            ("a quarter of", Some("0.25"), F, "a quarter"),
            ("half of them", Some("0.5"), F, "half"),
            ("half a million", Some("500000"), C, "half a million"),
            ("a third of", Some("0.333333"), F, "a third"),
            ("a third term", None, C, ""),
            ("a third-party app", None, C, ""),
            ("a third.", Some("0.333333"), F, "a third"),
            ("a fifth, and", Some("0.2"), F, "a fifth"),
            ("three quarters", Some("0.75"), F, "three quarters"),
            ("two-thirds of", Some("0.666667"), F, "two-thirds"),
            ("one fifth", Some("0.2"), F, "one fifth"),
            ("every fifth", Some("0.2"), F, "every fifth"),
            ("every second counts", None, C, ""),
            // regression: `noshare` on `second` once blocked every compound ending in it
            (
                "every fifty-second",
                Some("0.019231"),
                F,
                "every fifty-second",
            ),
            ("a second", None, C, ""),
            ("one in five", Some("0.2"), F, "one in five"),
            ("three out of four", Some("0.75"), F, "three out of four"),
            ("one in every ten", Some("0.1"), F, "one in every ten"),
            ("one of the biggest", Some("1"), C, "one"),
            ("fifth", Some("5"), O, "fifth"),
            ("twenty-first century", Some("21"), O, "twenty-first"),
            ("second half of the year", Some("2"), O, "second half"),
            ("first quarter", Some("1"), O, "first quarter"),
            ("a", None, C, ""),
            ("a man", None, C, ""),
            ("the first quarter", None, C, ""),
            ("quarter", None, C, ""),
            ("five-year plan", Some("5"), C, "five"),
            (
                "two and a half million",
                Some("2500000"),
                C,
                "two and a half million",
            ),
            ("a million", Some("1000000"), C, "a million"),
            ("one trillion", Some("1000000000000"), C, "one trillion"),
            (
                "two hundred thousand million",
                Some("200000000000"),
                C,
                "two hundred thousand million",
            ),
            ("five in the morning", Some("5"), C, "five"),
            ("someone", None, C, ""),
        ],
    );
}

#[test]
fn lone_one_is_flagged_ambiguous() {
    for (text, lang, ambiguous) in [
        ("един доста оптимистичен поглед", Lang::Bg, true),
        ("one of the", Lang::En, true),
        ("одна из", Lang::Ru, true),
        ("один з", Lang::Uk, true),
        ("бірі", Lang::Kk, true),
        ("Двете семейства", Lang::Bg, true),
        ("тысячи домов", Lang::Ru, true),
        ("мың адам", Lang::Kk, true),
        ("двата мача", Lang::Bg, false),
        ("две тысячи", Lang::Ru, false),
        ("един милион", Lang::Bg, false),
        ("една трета", Lang::Bg, false),
        ("one in five", Lang::En, false),
        ("two", Lang::En, false),
        ("twenty-one", Lang::En, false),
    ] {
        let n = number_at(text, lang).unwrap_or_else(|| panic!("{text:?} not read"));
        assert_eq!(n.ambiguous, ambiguous, "{lang} {text:?}");
    }
}

#[test]
fn bad_input_never_panics() {
    for lang in Lang::ALL {
        for text in [
            "",
            " ",
            "-",
            "'",
            "’пет",
            "пет-",
            "five-",
            "и",
            "and",
            "a a a",
            "\u{0301}",
            "е\u{0308}",
            "двадесет и и пет",
            "сто сто",
            "million million",
            "a in five",
            "one in a",
        ] {
            let _ = number_at(text, lang);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Renderers for the property tests: numbers written the way a grammar book writes them.

#[derive(Clone, Copy, Debug)]
struct Style(u32);

impl Style {
    fn bit(self, i: u32) -> bool {
        self.0 >> i & 1 == 1
    }
    /// One of `n` (at most 8) choices, from bits `i..i+3`.
    fn pick(self, i: u32, n: u32) -> u32 {
        ((self.0 >> i) & 7) % n
    }
}

fn groups(n: u64) -> [u64; 5] {
    [
        n / 1_000_000_000_000,
        n / 1_000_000_000 % 1000,
        n / 1_000_000 % 1000,
        n / 1000 % 1000,
        n % 1000,
    ]
}

mod bg {
    use super::Style;

    const TEENS: [&str; 10] = [
        "десет",
        "единадесет",
        "дванадесет",
        "тринадесет",
        "четиринадесет",
        "петнадесет",
        "шестнадесет",
        "седемнадесет",
        "осемнадесет",
        "деветнадесет",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "двадесет",
        "тридесет",
        "четиридесет",
        "петдесет",
        "шестдесет",
        "седемдесет",
        "осемдесет",
        "деветдесет",
    ];
    const HUNDREDS: [&str; 10] = [
        "",
        "сто",
        "двеста",
        "триста",
        "четиристотин",
        "петстотин",
        "шестстотин",
        "седемстотин",
        "осемстотин",
        "деветстотин",
    ];

    /// 0 masculine, 1 feminine, 2 neuter.
    fn unit(d: u64, gender: u32) -> &'static str {
        match (d, gender) {
            (1, 1) => "една",
            (1, 2) => "едно",
            (2, 1) | (2, 2) => "две",
            _ => [
                "",
                "един",
                "два",
                "три",
                "четири",
                "пет",
                "шест",
                "седем",
                "осем",
                "девет",
            ][d as usize],
        }
    }

    /// Colloquial `-йсет` for 11-19 and 20-40: двайсет, единайсет.
    fn colloquial(w: &str) -> String {
        w.replace("надесет", "найсет")
            .replace("двадесет", "двайсет")
            .replace("тридесет", "трийсет")
            .replace("четиридесет", "четирийсет")
    }

    /// 1..=999 as parts; `и` goes before the last part.
    fn parts(x: u64, gender: u32, style: Style) -> Vec<String> {
        let mut p = Vec::new();
        if x >= 100 {
            p.push(HUNDREDS[(x / 100) as usize].to_string());
        }
        let r = x % 100;
        if r >= 20 {
            p.push(TENS[(r / 10) as usize].to_string());
            if !r.is_multiple_of(10) {
                p.push(unit(r % 10, gender).to_string());
            }
        } else if r >= 10 {
            p.push(TEENS[(r - 10) as usize].to_string());
        } else if r > 0 {
            p.push(unit(r, gender).to_string());
        }
        if style.bit(7) {
            p = p.iter().map(|w| colloquial(w)).collect();
        }
        p
    }

    fn join(mut p: Vec<String>) -> String {
        if p.len() >= 2 {
            p.insert(p.len() - 1, "и".into());
        }
        p.join(" ")
    }

    pub fn cardinal(n: u64, style: Style) -> String {
        if n == 0 {
            return "нула".into();
        }
        let g = super::groups(n);
        let mut out: Vec<String> = Vec::new();
        let scales = [
            ("трилион", "трилиона"),
            ("милиард", "милиарда"),
            ("милион", "милиона"),
        ];
        for (i, (one, many)) in scales.iter().enumerate() {
            match g[i] {
                0 => {}
                1 if style.bit(i as u32) => out.push(one.to_string()),
                1 => out.push(format!("един {one}")),
                x => out.push(format!("{} {many}", join(parts(x, 0, style)))),
            }
        }
        match g[3] {
            0 => {}
            1 => out.push("хиляда".into()),
            x => out.push(format!("{} хиляди", join(parts(x, 1, style)))),
        }
        if g[4] > 0 {
            let p = parts(g[4], style.pick(4, 3), style);
            if p.len() == 1 && !out.is_empty() {
                out.push(format!("и {}", p[0]));
            } else {
                out.push(join(p));
            }
        }
        out.join(" ")
    }

    fn ordinal_word(w: &str, style: Style) -> String {
        let stem = match w {
            "един" => "първ".to_string(),
            "два" => "втор".into(),
            "три" => "трет".into(),
            "четири" => "четвърт".into(),
            "седем" => "седм".into(),
            "осем" => "осм".into(),
            w if w == "сто" || w.ends_with("ста") || w.ends_with("стотин") => {
                // сто → стот-, двеста → двестот-, петстотин → петстот-
                let stem = match w {
                    "сто" => "стот".to_string(),
                    w if w.ends_with("ста") => format!("{}от", w.trim_end_matches('а')),
                    w => w.trim_end_matches("ин").to_string(),
                };
                return match style.pick(9, 3) {
                    0 => format!("{stem}ен"),
                    1 => format!("{stem}на"),
                    _ => format!("{stem}ния"),
                };
            }
            w => w.to_string(),
        };
        let ending = ["и", "а", "о", "ият", "ата"][style.pick(9, 5) as usize];
        format!("{stem}{ending}")
    }

    /// An ordinal: the cardinal with its last word made ordinal (masculine numbers before).
    pub fn ordinal(n: u64, style: Style) -> String {
        let style = Style(style.0 & !(7 << 4)); // masculine units
        let c = cardinal(n, style);
        let (head, last) = c.rsplit_once(' ').unwrap_or(("", &c));
        let word = ordinal_word(last, style);
        if head.is_empty() {
            word
        } else {
            format!("{head} {word}")
        }
    }
}

mod ru {
    use super::Style;

    const UNITS: [[&str; 10]; 2] = [
        [
            "",
            "один",
            "два",
            "три",
            "четыре",
            "пять",
            "шесть",
            "семь",
            "восемь",
            "девять",
        ],
        [
            "",
            "одного",
            "двух",
            "трёх",
            "четырёх",
            "пяти",
            "шести",
            "семи",
            "восьми",
            "девяти",
        ],
    ];
    const TEENS: [&str; 10] = [
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ];
    const TENS: [[&str; 10]; 2] = [
        [
            "",
            "",
            "двадцать",
            "тридцать",
            "сорок",
            "пятьдесят",
            "шестьдесят",
            "семьдесят",
            "восемьдесят",
            "девяносто",
        ],
        [
            "",
            "",
            "двадцати",
            "тридцати",
            "сорока",
            "пятидесяти",
            "шестидесяти",
            "семидесяти",
            "восьмидесяти",
            "девяноста",
        ],
    ];
    const HUNDREDS: [[&str; 10]; 2] = [
        [
            "",
            "сто",
            "двести",
            "триста",
            "четыреста",
            "пятьсот",
            "шестьсот",
            "семьсот",
            "восемьсот",
            "девятьсот",
        ],
        [
            "",
            "ста",
            "двухсот",
            "трехсот",
            "четырехсот",
            "пятисот",
            "шестисот",
            "семисот",
            "восьмисот",
            "девятисот",
        ],
    ];

    /// `case` 0 nominative, 1 genitive; `feminine` for тысяча.
    pub fn group(x: u64, case: usize, feminine: bool) -> Vec<String> {
        let mut p = Vec::new();
        if x >= 100 {
            p.push(HUNDREDS[case][(x / 100) as usize].to_string());
        }
        let r = x % 100;
        let unit = |d: u64| -> String {
            match (d, case, feminine) {
                (1, 0, true) => "одна".into(),
                (1, 1, true) => "одной".into(),
                (2, 0, true) => "две".into(),
                _ => UNITS[case][d as usize].to_string(),
            }
        };
        if r >= 20 {
            p.push(TENS[case][(r / 10) as usize].to_string());
            if !r.is_multiple_of(10) {
                p.push(unit(r % 10));
            }
        } else if r >= 10 {
            let t = TEENS[(r - 10) as usize];
            p.push(if case == 1 {
                format!("{}и", t.trim_end_matches('ь'))
            } else {
                t.to_string()
            });
        } else if r > 0 {
            p.push(unit(r));
        }
        p
    }

    /// The noun after a count: forms [1, 2-4, 5+] per case.
    fn noun(x: u64, forms: [[&str; 3]; 2], case: usize) -> String {
        let last2 = x % 100;
        let i = if (11..=14).contains(&last2) {
            2
        } else {
            match x % 10 {
                1 => 0,
                2..=4 => 1,
                _ => 2,
            }
        };
        let i = if case == 1 && i == 1 { 2 } else { i };
        forms[case][i].to_string()
    }

    pub fn cardinal(n: u64, style: Style) -> String {
        let case = style.pick(0, 2) as usize;
        if n == 0 {
            return ["ноль", "ноля"][case].into();
        }
        let g = super::groups(n);
        let scales: [[[&str; 3]; 2]; 4] = [
            [
                ["триллион", "триллиона", "триллионов"],
                ["триллиона", "триллионов", "триллионов"],
            ],
            [
                ["миллиард", "миллиарда", "миллиардов"],
                ["миллиарда", "миллиардов", "миллиардов"],
            ],
            [
                ["миллион", "миллиона", "миллионов"],
                ["миллиона", "миллионов", "миллионов"],
            ],
            [["тысяча", "тысячи", "тысяч"], ["тысячи", "тысяч", "тысяч"]],
        ];
        let mut out: Vec<String> = Vec::new();
        for (i, forms) in scales.iter().enumerate() {
            let x = g[i];
            if x == 0 {
                continue;
            }
            let mut words = group(x, case, i == 3);
            if x == 1 && style.bit(2 + i as u32) {
                words.clear(); // тысяча, миллион without один
            }
            words.push(noun(x, *forms, case));
            out.push(words.join(" "));
        }
        if g[4] > 0 {
            out.push(group(g[4], case, style.bit(6)).join(" "));
        }
        let s = out.join(" ");
        if style.bit(7) {
            s
        } else {
            s.replace('ё', "е")
        }
    }

    fn ordinal_word(w: &str, style: Style) -> String {
        let nominative = match w {
            "один" => "первый".to_string(),
            "два" => "второй".into(),
            "три" => "третий".into(),
            "четыре" => "четвёртый".into(),
            "шесть" => "шестой".into(),
            "семь" => "седьмой".into(),
            "восемь" => "восьмой".into(),
            "сорок" => "сороковой".into(),
            "сто" => "сотый".into(),
            "двести" => "двухсотый".into(),
            "триста" => "трехсотый".into(),
            "четыреста" => "четырехсотый".into(),
            "девяносто" => "девяностый".into(),
            w if w.ends_with("сот") => format!(
                "{}исотый",
                w.trim_end_matches("ьсот").replace("восем", "восьм")
            ),
            w if w.ends_with("десят") => format!(
                "{}идесятый",
                w.trim_end_matches("ьдесят").replace("восем", "восьм")
            ),
            w => format!("{}ый", w.trim_end_matches('ь')),
        };
        if nominative == "третий" {
            return ["третий", "третьего", "третья"][style.pick(8, 3) as usize].into();
        }
        let stem = nominative
            .trim_end_matches("ый")
            .trim_end_matches("ой")
            .to_string();
        let ending = ["", "ого", "ая", "ую"][style.pick(8, 4) as usize];
        if ending.is_empty() {
            nominative
        } else {
            format!("{stem}{ending}")
        }
    }

    pub fn ordinal(n: u64, style: Style) -> String {
        let c = cardinal(n, Style(style.0 & !1 & !(1 << 6)));
        let (head, last) = c.rsplit_once(' ').unwrap_or(("", &c));
        let word = ordinal_word(last, style);
        if head.is_empty() {
            word
        } else {
            format!("{head} {word}")
        }
    }

    /// `один из каждых N` (N in the genitive).
    pub fn one_in(n: u64, style: Style) -> String {
        format!("один из каждых {}", cardinal(n, Style(style.0 | 1)))
    }
}

mod uk {
    use super::Style;

    const UNITS: [[&str; 10]; 2] = [
        [
            "",
            "один",
            "два",
            "три",
            "чотири",
            "п'ять",
            "шість",
            "сім",
            "вісім",
            "дев'ять",
        ],
        [
            "",
            "одного",
            "двох",
            "трьох",
            "чотирьох",
            "п'яти",
            "шести",
            "семи",
            "восьми",
            "дев'яти",
        ],
    ];
    const TEENS: [&str; 10] = [
        "десять",
        "одинадцять",
        "дванадцять",
        "тринадцять",
        "чотирнадцять",
        "п'ятнадцять",
        "шістнадцять",
        "сімнадцять",
        "вісімнадцять",
        "дев'ятнадцять",
    ];
    const TENS: [[&str; 10]; 2] = [
        [
            "",
            "",
            "двадцять",
            "тридцять",
            "сорок",
            "п'ятдесят",
            "шістдесят",
            "сімдесят",
            "вісімдесят",
            "дев'яносто",
        ],
        [
            "",
            "",
            "двадцяти",
            "тридцяти",
            "сорока",
            "п'ятдесяти",
            "шістдесяти",
            "сімдесяти",
            "вісімдесяти",
            "дев'яноста",
        ],
    ];
    const HUNDREDS: [[&str; 10]; 2] = [
        [
            "",
            "сто",
            "двісті",
            "триста",
            "чотириста",
            "п'ятсот",
            "шістсот",
            "сімсот",
            "вісімсот",
            "дев'ятсот",
        ],
        [
            "",
            "ста",
            "двохсот",
            "трьохсот",
            "чотирьохсот",
            "п'ятисот",
            "шестисот",
            "семисот",
            "восьмисот",
            "дев'ятисот",
        ],
    ];

    fn group(x: u64, case: usize, feminine: bool) -> Vec<String> {
        let mut p = Vec::new();
        if x >= 100 {
            p.push(HUNDREDS[case][(x / 100) as usize].to_string());
        }
        let r = x % 100;
        let unit = |d: u64| -> String {
            match (d, case, feminine) {
                (1, 0, true) => "одна".into(),
                (1, 1, true) => "однієї".into(),
                (2, 0, true) => "дві".into(),
                _ => UNITS[case][d as usize].to_string(),
            }
        };
        if r >= 20 {
            p.push(TENS[case][(r / 10) as usize].to_string());
            if !r.is_multiple_of(10) {
                p.push(unit(r % 10));
            }
        } else if r >= 10 {
            let t = TEENS[(r - 10) as usize];
            p.push(if case == 1 {
                format!("{}и", t.trim_end_matches('ь'))
            } else {
                t.to_string()
            });
        } else if r > 0 {
            p.push(unit(r));
        }
        p
    }

    fn noun(x: u64, forms: [[&str; 3]; 2], case: usize) -> String {
        let i = if (11..=14).contains(&(x % 100)) {
            2
        } else {
            match x % 10 {
                1 => 0,
                2..=4 => 1,
                _ => 2,
            }
        };
        let i = if case == 1 && i == 1 { 2 } else { i };
        forms[case][i].to_string()
    }

    fn apostrophe(s: String, style: Style) -> String {
        s.replace('\'', ["'", "’", "ʼ"][style.pick(10, 3) as usize])
    }

    pub fn cardinal(n: u64, style: Style) -> String {
        let case = style.pick(0, 2) as usize;
        if n == 0 {
            return ["нуль", "нуля"][case].into();
        }
        let g = super::groups(n);
        let scales: [[[&str; 3]; 2]; 4] = [
            [
                ["трильйон", "трильйони", "трильйонів"],
                ["трильйона", "трильйонів", "трильйонів"],
            ],
            [
                ["мільярд", "мільярди", "мільярдів"],
                ["мільярда", "мільярдів", "мільярдів"],
            ],
            [
                ["мільйон", "мільйони", "мільйонів"],
                ["мільйона", "мільйонів", "мільйонів"],
            ],
            [["тисяча", "тисячі", "тисяч"], ["тисячі", "тисяч", "тисяч"]],
        ];
        let mut out: Vec<String> = Vec::new();
        for (i, forms) in scales.iter().enumerate() {
            let x = g[i];
            if x == 0 {
                continue;
            }
            let mut words = group(x, case, i == 3);
            if x == 1 && style.bit(2 + i as u32) {
                words.clear();
            }
            words.push(noun(x, *forms, case));
            out.push(words.join(" "));
        }
        if g[4] > 0 {
            out.push(group(g[4], case, style.bit(6)).join(" "));
        }
        apostrophe(out.join(" "), style)
    }

    fn ordinal_word(w: &str, style: Style) -> String {
        let w = w.replace(['’', 'ʼ'], "'");
        let nominative = match w.as_str() {
            "один" => "перший".to_string(),
            "два" => "другий".into(),
            "три" => "третій".into(),
            "чотири" => "четвертий".into(),
            "шість" => "шостий".into(),
            "сім" => "сьомий".into(),
            "вісім" => "восьмий".into(),
            "сорок" => "сороковий".into(),
            "сто" => "сотий".into(),
            "двісті" => "двохсотий".into(),
            "триста" => "трьохсотий".into(),
            "чотириста" => "чотирьохсотий".into(),
            "п'ятсот" => "п'ятисотий".into(),
            "шістсот" => "шестисотий".into(),
            "сімсот" => "семисотий".into(),
            "вісімсот" => "восьмисотий".into(),
            "дев'ятсот" => "дев'ятисотий".into(),
            "дев'яносто" => "дев'яностий".into(),
            w => format!("{}ий", w.trim_end_matches('ь')),
        };
        if nominative == "третій" {
            return ["третій", "третього", "третя"][style.pick(8, 3) as usize].into();
        }
        let stem = nominative.trim_end_matches("ий").to_string();
        let ending = ["ий", "ого", "а", "у"][style.pick(8, 4) as usize];
        match format!("{stem}{ending}") {
            // the feminine ordinal is spelled like the cardinal's genitive: read as cardinal
            w if w == "дев'яноста" => "дев'яностої".into(),
            w => w,
        }
    }

    pub fn ordinal(n: u64, style: Style) -> String {
        let c = cardinal(n, Style(style.0 & !1 & !(1 << 6)));
        let (head, last) = c.rsplit_once(' ').unwrap_or(("", &c));
        let word = apostrophe(ordinal_word(last, style), style);
        if head.is_empty() {
            word
        } else {
            format!("{head} {word}")
        }
    }
}

mod kk {
    use super::Style;

    const UNITS: [&str; 10] = [
        "",
        "бір",
        "екі",
        "үш",
        "төрт",
        "бес",
        "алты",
        "жеті",
        "сегіз",
        "тоғыз",
    ];
    const TENS: [&str; 10] = [
        "",
        "он",
        "жиырма",
        "отыз",
        "қырық",
        "елу",
        "алпыс",
        "жетпіс",
        "сексен",
        "тоқсан",
    ];
    const ORDINALS: [(&str, &str); 20] = [
        ("бір", "бірінші"),
        ("екі", "екінші"),
        ("үш", "үшінші"),
        ("төрт", "төртінші"),
        ("бес", "бесінші"),
        ("алты", "алтыншы"),
        ("жеті", "жетінші"),
        ("сегіз", "сегізінші"),
        ("тоғыз", "тоғызыншы"),
        ("он", "оныншы"),
        ("жиырма", "жиырмасыншы"),
        ("отыз", "отызыншы"),
        ("қырық", "қырқыншы"),
        ("елу", "елуінші"),
        ("алпыс", "алпысыншы"),
        ("жетпіс", "жетпісінші"),
        ("сексен", "сексенінші"),
        ("тоқсан", "тоқсаныншы"),
        ("жүз", "жүзінші"),
        ("мың", "мыңыншы"),
    ];

    fn group(x: u64, style: Style, out: &mut Vec<String>) {
        if x >= 100 {
            if x / 100 > 1 || style.bit(1) {
                out.push(UNITS[(x / 100) as usize].into());
            }
            out.push("жүз".into());
        }
        let r = x % 100;
        if r >= 10 {
            out.push(TENS[(r / 10) as usize].into());
        }
        if !r.is_multiple_of(10) {
            out.push(UNITS[(r % 10) as usize].into());
        }
    }

    pub fn words(n: u64, style: Style) -> Vec<String> {
        if n == 0 {
            return vec!["нөл".into()];
        }
        let g = super::groups(n);
        let mut out = Vec::new();
        for (i, scale) in ["триллион", "миллиард", "миллион", "мың"]
            .iter()
            .enumerate()
        {
            if g[i] == 0 {
                continue;
            }
            if !(i == 3 && g[i] == 1 && !style.bit(2)) {
                group(g[i], style, &mut out);
            }
            out.push(scale.to_string());
        }
        group(g[4], style, &mut out);
        out
    }

    /// A case ending by vowel harmony and the last sound: dative, locative or ablative.
    fn case_ending(word: &str, case: u32) -> String {
        let back = word
            .chars()
            .rev()
            .find(|c| "аәоөұүыіеиуэ".contains(*c))
            .map(|c| "аоұыу".contains(c))
            .unwrap_or(true);
        let last = word.chars().last().unwrap_or('а');
        let vowel = "аәоөұүыіеиуэ".contains(last);
        let voiceless = "кқпстфхцчшщ".contains(last);
        let nasal = "мнң".contains(last);
        let (b, f) = match case {
            0 if voiceless => ("қа", "ке"),
            0 => ("ға", "ге"),
            1 if voiceless => ("та", "те"),
            1 => ("да", "де"),
            _ if voiceless => ("тан", "тен"),
            _ if nasal => ("нан", "нен"),
            _ if vowel => ("дан", "ден"),
            _ => ("дан", "ден"),
        };
        (if back { b } else { f }).to_string()
    }

    pub fn cardinal(n: u64, style: Style) -> String {
        let mut w = words(n, style);
        let case = style.pick(4, 4);
        if case < 3 {
            if let Some(last) = w.last_mut() {
                // `он`, `бір` alone take no ending in the tables (онда is `there`)
                if !(n == 10 || n == 1) {
                    let ending = case_ending(last, case);
                    last.push_str(&ending);
                }
            }
        }
        w.join(" ")
    }

    pub fn ordinal(n: u64, style: Style) -> String {
        let mut w = words(n, style);
        if let Some(last) = w.last_mut() {
            if let Some((_, o)) = ORDINALS.iter().find(|(c, _)| c == last) {
                *last = o.to_string();
            }
        }
        w.join(" ")
    }
}

mod en {
    use super::Style;

    const UNITS: [&str; 10] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const TEENS: [&str; 10] = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];

    fn below_hundred(r: u64) -> String {
        if r >= 20 {
            let t = TENS[(r / 10) as usize];
            if !r.is_multiple_of(10) {
                format!("{t}-{}", UNITS[(r % 10) as usize])
            } else {
                t.to_string()
            }
        } else if r >= 10 {
            TEENS[(r - 10) as usize].to_string()
        } else {
            UNITS[r as usize].to_string()
        }
    }

    fn group(x: u64, first: bool, style: Style) -> String {
        let mut p = Vec::new();
        if x >= 100 {
            let h = if x / 100 == 1 && first && style.bit(0) {
                "a"
            } else {
                UNITS[(x / 100) as usize]
            };
            p.push(format!("{h} hundred"));
            if !x.is_multiple_of(100) && style.bit(1) {
                p.push("and".into());
            }
        }
        if !x.is_multiple_of(100) {
            p.push(below_hundred(x % 100));
        }
        p.join(" ")
    }

    pub fn cardinal(n: u64, style: Style) -> String {
        if n == 0 {
            return "zero".into();
        }
        let g = super::groups(n);
        let mut out = Vec::new();
        for (i, scale) in ["trillion", "billion", "million", "thousand"]
            .iter()
            .enumerate()
        {
            if g[i] == 0 {
                continue;
            }
            let count = if g[i] == 1 && out.is_empty() && style.bit(2) {
                "a".to_string()
            } else {
                group(g[i], out.is_empty(), style)
            };
            out.push(format!("{count} {scale}"));
        }
        if g[4] > 0 {
            if !out.is_empty() && g[4] < 100 && style.bit(3) {
                out.push("and".into());
            }
            out.push(group(g[4], out.is_empty(), style));
        }
        out.join(" ")
    }

    fn ordinal_word(w: &str) -> String {
        match w {
            "one" => "first".into(),
            "two" => "second".into(),
            "three" => "third".into(),
            "five" => "fifth".into(),
            "eight" => "eighth".into(),
            "nine" => "ninth".into(),
            "twelve" => "twelfth".into(),
            w if w.ends_with('y') => format!("{}ieth", w.trim_end_matches('y')),
            w => format!("{w}th"),
        }
    }

    pub fn ordinal(n: u64, style: Style) -> String {
        let c = cardinal(n, style);
        let cut = c.rfind([' ', '-']).map(|i| i + 1).unwrap_or(0);
        format!("{}{}", &c[..cut], ordinal_word(&c[cut..]))
    }
}

fn reads_back(
    lang: Lang,
    rendered: &str,
    value: Decimal,
    kind: WordsKind,
) -> Result<(), TestCaseError> {
    // A word after the number checks that the parser stops where the number stops.
    let text = format!("{rendered} zzz");
    let got = number_at(&text, lang);
    prop_assert!(got.is_some(), "{lang}: {rendered:?} not read");
    let got = got.unwrap();
    prop_assert_eq!(
        (got.value, got.kind, &text[..got.len]),
        (value, kind, rendered),
        "{}: {:?}",
        lang,
        rendered
    );
    Ok(())
}

const TRILLION: u64 = 1_000_000_000_000;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn bulgarian_cardinals_read_back(n in 0..=TRILLION, s in any::<u32>()) {
        reads_back(Lang::Bg, &bg::cardinal(n, Style(s)), Decimal::from(n), C)?;
    }

    #[test]
    fn russian_cardinals_read_back(n in 0..=TRILLION, s in any::<u32>()) {
        reads_back(Lang::Ru, &ru::cardinal(n, Style(s)), Decimal::from(n), C)?;
    }

    #[test]
    fn ukrainian_cardinals_read_back(n in 0..=TRILLION, s in any::<u32>()) {
        reads_back(Lang::Uk, &uk::cardinal(n, Style(s)), Decimal::from(n), C)?;
    }

    #[test]
    fn kazakh_cardinals_read_back(n in 0..=TRILLION, s in any::<u32>()) {
        reads_back(Lang::Kk, &kk::cardinal(n, Style(s)), Decimal::from(n), C)?;
    }

    #[test]
    fn english_cardinals_read_back(n in 0..=TRILLION, s in any::<u32>()) {
        reads_back(Lang::En, &en::cardinal(n, Style(s)), Decimal::from(n), C)?;
    }

    #[test]
    fn small_cardinals_read_back(n in 0..=2100u64, s in any::<u32>()) {
        reads_back(Lang::Bg, &bg::cardinal(n, Style(s)), Decimal::from(n), C)?;
        reads_back(Lang::Ru, &ru::cardinal(n, Style(s)), Decimal::from(n), C)?;
        reads_back(Lang::Uk, &uk::cardinal(n, Style(s)), Decimal::from(n), C)?;
        reads_back(Lang::Kk, &kk::cardinal(n, Style(s)), Decimal::from(n), C)?;
        reads_back(Lang::En, &en::cardinal(n, Style(s)), Decimal::from(n), C)?;
    }

    /// Ordinals up to a million whose last word is a unit, ten or hundred (`двухтысячный`
    /// and other one-word ordinals of thousands are not in the tables).
    #[test]
    fn ordinals_read_back(n in 1..1_000_000u64, s in any::<u32>()) {
        prop_assume!(n % 1000 != 0);
        let v = Decimal::from(n);
        reads_back(Lang::Bg, &bg::ordinal(n, Style(s)), v, O)?;
        reads_back(Lang::Ru, &ru::ordinal(n, Style(s)), v, O)?;
        if n != 2 {
            // другий alone is `other` (a documented choice)
            reads_back(Lang::Uk, &uk::ordinal(n, Style(s)), v, O)?;
        }
        reads_back(Lang::Kk, &kk::ordinal(n, Style(s)), v, O)?;
        reads_back(Lang::En, &en::ordinal(n, Style(s)), v, O)?;
    }

    /// Shares: every n-th, one in n.
    #[test]
    fn shares_read_back(n in 2..1000u64, s in any::<u32>()) {
        let v = share(1, n);
        let st = Style(s);
        reads_back(Lang::Bg, &format!("всеки {}", bg::ordinal(n, Style(s & !(15 << 9)))), v, F)?;
        reads_back(Lang::Bg, &format!("един на всеки {}", bg::cardinal(n, Style(s & !(7 << 4)))), v, F)?;
        reads_back(Lang::Ru, &format!("каждый {}", ru::ordinal(n, Style(s & !(3 << 8)))), v, F)?;
        reads_back(Lang::Ru, &ru::one_in(n, st), v, F)?;
        if n != 2 {
            reads_back(Lang::Uk, &format!("кожен {}", uk::ordinal(n, Style(s & !(3 << 8)))), v, F)?;
            reads_back(Lang::En, &format!("every {}", en::ordinal(n, Style(s & !5))), v, F)?;
        }
        reads_back(Lang::Kk, &format!("әрбір {}", kk::ordinal(n, st)), v, F)?;
        reads_back(Lang::En, &format!("one in {}", en::cardinal(n, st)), v, F)?;
        reads_back(Lang::En, &format!("one out of every {}", en::cardinal(n, st)), v, F)?;
    }

    /// Fractions: k/n for small k and n, in bg, ru, uk and en.
    #[test]
    fn fractions_read_back(k in 1..10u64, n in 3..=10u64) {
        let v = share(k, n);
        // Bulgarian: една пета, две пети
        let bg_num = ["", "една", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет"][k as usize];
        let bg_den = ["", "", "", "трет", "четвърт", "пет", "шест", "седм", "осм", "девет", "десет"][n as usize];
        let bg = format!("{bg_num} {bg_den}{}", if k == 1 { "а" } else { "и" });
        reads_back(Lang::Bg, &bg, v, F)?;
        // Russian: одна пятая, две пятых, одна треть, три четверти
        let ru_num = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"][k as usize];
        let ru_den = match (n, k) {
            (3, 1) => "треть".to_string(),
            (3, 2..=4) => "трети".into(),
            (3, _) => "третей".into(),
            (4, 1) => "четверть".into(),
            (4, 2..=4) => "четверти".into(),
            (4, _) => "четвертей".into(),
            _ => {
                let stem = ["", "", "", "", "", "пят", "шест", "седьм", "восьм", "девят", "десят"][n as usize];
                format!("{stem}{}", if k == 1 { "ая" } else { "ых" })
            }
        };
        reads_back(Lang::Ru, &format!("{ru_num} {ru_den}"), v, F)?;
        // Ukrainian: одна п'ята, дві п'ятих, три чверті
        let uk_num = ["", "одна", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"][k as usize];
        let uk_den = match (n, k) {
            (4, 1) => "чверть".to_string(),
            (4, 2..=4) => "чверті".into(),
            (3, 1) => "третя".into(),
            (3, 2..=4) => "треті".into(),
            (3, _) => "третіх".into(),
            _ => {
                let stem = ["", "", "", "трет", "четверт", "п'ят", "шост", "сьом", "восьм", "дев'ят", "десят"][n as usize];
                format!("{stem}{}", if k == 1 { "а" } else { "их" })
            }
        };
        reads_back(Lang::Uk, &format!("{uk_num} {uk_den}"), v, F)?;
        // English: one fifth, two fifths, three quarters, two-thirds
        let en_num = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][k as usize];
        let en_den = ["", "", "", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"][n as usize];
        let sep = if k % 2 == 0 { "-" } else { " " };
        let en = format!("{en_num}{sep}{en_den}{}", if k == 1 { "" } else { "s" });
        reads_back(Lang::En, &en, v, F)?;
    }

    /// Whatever the text, reading never panics and never consumes past the text.
    #[test]
    fn arbitrary_text_is_safe(text in "\\PC{0,40}", lang in 0..5usize) {
        if let Some(n) = number_at(&text, Lang::ALL[lang]) {
            prop_assert!(n.len <= text.len() && text.is_char_boundary(n.len));
        }
    }
}

// ---------------------------------------------------------------------------------------
// NTREX: how many numbers in words each language has, how often the English ones have a
// counterpart in the other languages, and reading speed.

/// Every number read from a line: at each word start, skipping what a number consumed.
/// A scale word right after digits is left out: `20 million` is a figure in digits with a
/// scale word, which the digits stage reads.
/// Each with its value, kind and whether it is flagged ambiguous.
fn numbers_in(line: &str, lang: Lang) -> Vec<(Decimal, WordsKind, bool)> {
    let mut found = Vec::new();
    let mut i = 0;
    let mut prev_letter = false;
    while i < line.len() {
        let c = line[i..].chars().next().unwrap_or(' ');
        if c.is_alphabetic() && !prev_letter {
            if let Some(n) = number_at(&line[i..], lang) {
                let after_digits = line[..i]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit());
                let scale_word = n.value >= Decimal::from(1000)
                    && n.value
                        .to_string()
                        .trim_start_matches('1')
                        .chars()
                        .all(|c| c == '0');
                if !(after_digits && scale_word) {
                    found.push((n.value, n.kind, n.ambiguous));
                }
                i += n.len;
                prev_letter = true;
                continue;
            }
        }
        prev_letter = c.is_alphanumeric() || c == '\'' || c == '’';
        i += c.len_utf8();
    }
    found
}

/// Digit runs as values: grouping spaces dropped, `,` or `.` before 1-2 digits a decimal mark.
fn digits_in(line: &str) -> HashSet<Decimal> {
    let mut out = HashSet::new();
    let mut run = String::new();
    let chars: Vec<char> = line.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        let next_is_digit = chars.get(k + 1).is_some_and(|d| d.is_ascii_digit());
        let separator = matches!(c, ',' | '.' | ' ' | '\u{a0}') && !run.is_empty() && next_is_digit;
        if c.is_ascii_digit() || separator {
            run.push(c);
        } else if !run.is_empty() {
            out.extend(digit_value(&run));
            run.clear();
        }
    }
    if !run.is_empty() {
        out.extend(digit_value(&run));
    }
    out
}

fn digit_value(run: &str) -> Option<Decimal> {
    let last_sep = run.rfind([',', '.']);
    let s: String = match last_sep {
        Some(p) if run.len() - p - 1 <= 2 => run[..p]
            .chars()
            .filter(char::is_ascii_digit)
            .chain(std::iter::once('.'))
            .chain(run[p + 1..].chars())
            .collect(),
        _ => run.chars().filter(char::is_ascii_digit).collect(),
    };
    Decimal::from_str(&s).ok().map(|d| d.normalize())
}

/// This thread's time on the CPU (Linux `schedstat`), so that a busy machine does not
/// count against the speed.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

#[test]
fn ntrex_number_words_evaluation() {
    let Some(ntrex) = sverka::ntrex::Ntrex::load_default_or_skip("number words evaluation") else {
        return;
    };
    let mut report = String::new();
    let mut per_lang = Vec::new();
    for lang in Lang::ALL {
        let lines = ntrex.lines(lang);
        let mut counts = [0usize; 3];
        let mut ambiguous = 0;
        let found: Vec<Vec<(Decimal, WordsKind, bool)>> = lines
            .iter()
            .map(|l| {
                let f = numbers_in(l, lang);
                for (_, k, a) in &f {
                    counts[*k as usize] += 1;
                    ambiguous += usize::from(*a);
                }
                f
            })
            .collect();
        per_lang.push((lang, found));
        report.push_str(&format!(
            "{lang}: {} cardinals ({ambiguous} flagged ambiguous), {} ordinals, {} fractions in words\n",
            counts[0], counts[1], counts[2]
        ));
    }
    // English cardinals and fractions in words that the other language has too, in words or
    // in digits (an ordinal is often rephrased, so ordinals are left out).
    let en = &per_lang[Lang::ALL.iter().position(|&l| l == Lang::En).unwrap()].1;
    let mut misses = String::new();
    for (lang, found) in &per_lang {
        if *lang == Lang::En {
            continue;
        }
        let (mut total, mut matched) = (0, 0);
        for (i, en_line) in en.iter().enumerate() {
            let digits = digits_in(&ntrex.lines(*lang)[i]);
            for (v, k, _) in en_line {
                if *k == WordsKind::Ordinal {
                    continue;
                }
                total += 1;
                if found[i].iter().any(|(w, _, _)| w == v) || digits.contains(v) {
                    matched += 1;
                } else {
                    misses.push_str(&format!(
                        "{}\t{lang}\t{v}\t{:?}\t{}\t{}\n",
                        i + 1,
                        found[i],
                        ntrex.lines(Lang::En)[i],
                        ntrex.lines(*lang)[i]
                    ));
                }
            }
        }
        report.push_str(&format!(
            "en→{lang}: {matched} of {total} English numbers in words ({:.1}%) found in the {lang} line, in words or digits\n",
            100.0 * matched as f64 / total.max(1) as f64
        ));
        // The other way: this language's numbers in words that the English line has too
        // (a number read where the translation has none is often a misreading).
        let (mut total, mut matched) = (0, 0);
        let (mut sure, mut sure_matched) = (0, 0);
        for (i, line) in found.iter().enumerate() {
            let digits = digits_in(&ntrex.lines(Lang::En)[i]);
            for (v, k, ambiguous) in line {
                if *k == WordsKind::Ordinal {
                    continue;
                }
                total += 1;
                sure += usize::from(!ambiguous);
                if en[i].iter().any(|(w, _, _)| w == v) || digits.contains(v) {
                    matched += 1;
                    sure_matched += usize::from(!ambiguous);
                } else {
                    misses.push_str(&format!(
                        "{}\t{lang}→en\t{v}\t{:?}\t{}\t{}\n",
                        i + 1,
                        en[i],
                        ntrex.lines(*lang)[i],
                        ntrex.lines(Lang::En)[i]
                    ));
                }
            }
        }
        report.push_str(&format!(
            "{lang}→en: {matched} of {total} {lang} numbers in words ({:.1}%) found in the en line, in words or digits; \
             without those flagged ambiguous {sure_matched} of {sure} ({:.1}%)\n",
            100.0 * matched as f64 / total.max(1) as f64,
            100.0 * sure_matched as f64 / sure.max(1) as f64
        ));
    }
    // Speed: the best of five scans of all five languages, a call at every word start.
    let bytes: usize = Lang::ALL
        .iter()
        .map(|&l| ntrex.lines(l).iter().map(String::len).sum::<usize>())
        .sum();
    let (mut best_wall, mut best_cpu) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        let started = std::time::Instant::now();
        let cpu_start = thread_cpu_seconds();
        let mut n = 0;
        for lang in Lang::ALL {
            for line in ntrex.lines(lang) {
                n += numbers_in(line, lang).len();
            }
        }
        assert!(n > 0);
        best_wall = best_wall.min(started.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let mb = bytes as f64 / 1e6;
    report.push_str(&format!(
        "scanned {mb:.2} MB (all five languages, a call at every word start), best of 5: \
         {best_wall:.3} s wall ({:.1} MB/s), {best_cpu:.3} s on the CPU ({:.1} MB/s)\n",
        mb / best_wall,
        mb / best_cpu
    ));
    eprint!("{report}");
    // SVERKA_WORDS_MISSES=FILE writes every English number without a counterpart, to sort
    // misreadings from real differences (kept out of the repository: NTREX text).
    if let Some(path) = std::env::var_os("SVERKA_WORDS_MISSES") {
        std::fs::write(path, misses).expect("write the misses file");
    }
    // The corpus has numbers in words in every language, and most English ones are found
    // again in each translation.
    for (lang, found) in &per_lang {
        assert!(
            found.iter().map(Vec::len).sum::<usize>() > 50,
            "{lang}: too few numbers in words"
        );
    }
}
