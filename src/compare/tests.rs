//! Comparison tests on hand-built documents: sentences from text, figures, names and beads
//! set by hand, so that they test this stage alone whatever the other stages do.

use std::path::Path;

use rust_decimal::Decimal;

use super::*;
use crate::document::Document;
use crate::figures::{Approx, DateValue, Figure, FigureKind};
use crate::lang::Lang;
use crate::names::Name;
use crate::pipeline;

/// A document of one sentence per line, with no figures or names yet.
fn doc(lang: Lang, lines: &[&str]) -> Analyzed {
    let path = format!("{}.txt", lang.code());
    let d = Document::from_text(Path::new(&path), lang, lines.join("\n")).expect("test text");
    let mut a = pipeline::analyze(d, true);
    assert_eq!(a.sentences.len(), lines.len());
    for f in a.figures.iter_mut() {
        f.clear();
    }
    for n in a.names.iter_mut() {
        n.clear();
    }
    a
}

/// Adds a figure written as `text` in sentence `s` (the first occurrence after the previous
/// figure), with value `value`.
fn put(a: &mut Analyzed, s: usize, kind: FigureKind, text: &str, value: &str) -> usize {
    let sent = &a.sentences[s];
    let after = a.figures[s]
        .last()
        .map_or(0, |f| f.offset - sent.offset + f.text.len());
    let at = sent.text[after..]
        .find(text)
        .expect("figure text in sentence")
        + after;
    let date = matches!(kind, FigureKind::Year | FigureKind::Date).then(|| DateValue {
        year: value.parse().unwrap_or(0),
        month: None,
        day: None,
    });
    a.figures[s].push(Figure {
        kind,
        value: value.parse().expect("test value"),
        high: None,
        unit: None,
        approx: Approx::Exact,
        scale: None,
        date,
        line: sent.line,
        offset: sent.offset + at,
        text: text.to_string(),
    });
    a.figures[s].len() - 1
}

/// Adds a name written as `text` in sentence `s`; its key is the names stage's.
fn put_name(a: &mut Analyzed, s: usize, text: &str) {
    let sent = &a.sentences[s];
    let at = sent.text.find(text).expect("name in sentence");
    let n = Name::new(text, a.doc.lang, sent.line, sent.offset + at);
    a.names[s].push(n);
}

fn one_to_one(n: usize) -> Vec<Bead> {
    (0..n)
        .map(|i| Bead {
            source: i..i + 1,
            reference: i..i + 1,
            score: 0.9,
        })
        .collect()
}

fn run(source: &Analyzed, refs: &[&Analyzed]) -> Vec<Row> {
    let aligned: Vec<(&Analyzed, Vec<Bead>)> = refs
        .iter()
        .map(|r| {
            (
                *r,
                one_to_one(source.sentences.len().min(r.sentences.len())),
            )
        })
        .collect();
    check_aligned("doc", source, &aligned)
}

fn kinds(rows: &[Row]) -> Vec<(&str, Kind, Severity)> {
    rows.iter()
        .map(|r| (r.ref_lang.as_str(), r.kind, r.severity))
        .collect()
}

#[test]
fn equal_figures_give_no_rows() {
    let mut bg = doc(Lang::Bg, &["Ръстът е 4,4% през 2023 г."]);
    put(&mut bg, 0, FigureKind::Percent, "4,4%", "4.4");
    put(&mut bg, 0, FigureKind::Year, "2023 г.", "2023");
    let mut en = doc(Lang::En, &["In 2023 growth was 4.4%."]);
    put(&mut en, 0, FigureKind::Year, "2023", "2023");
    put(&mut en, 0, FigureKind::Percent, "4.4%", "4.4");
    assert!(run(&bg, &[&en]).is_empty());
}

#[test]
fn a_changed_digit_is_a_number_mismatch_with_both_sides() {
    let mut bg = doc(Lang::Bg, &["Заглавие", "Заводът има 410 работници."]);
    put(&mut bg, 1, FigureKind::Number, "410", "410");
    let mut en = doc(Lang::En, &["Title", "The plant has 401 workers."]);
    put(&mut en, 1, FigureKind::Number, "401", "401");
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::NumberMismatch, Severity::Error)]
    );
    let r = &rows[0];
    assert_eq!((r.source_line, r.ref_line), (Some(2), Some(2)));
    // "Заглавие\n" is 17 bytes; "Заводът има " 22 more.
    assert_eq!(r.source_offset, Some(17 + 22));
    assert_eq!(r.ref_offset, Some(6 + 14));
    assert_eq!(
        (r.source_text.as_str(), r.ref_text.as_str()),
        ("410", "401")
    );
    assert_eq!(
        (r.source_value.as_str(), r.ref_value.as_str()),
        ("410", "401")
    );
    assert_eq!(r.source_sentence, "Заводът има 410 работници.");
    assert_eq!(r.ref_sentence, "The plant has 401 workers.");
    assert!(
        r.message.contains("410") && r.message.contains("401"),
        "{}",
        r.message
    );
}

#[test]
fn pairing_is_optimal_not_first_come() {
    // 2019 was changed to 2018; a first-come pairing would take 2018 ↔ 2018 wrongly or
    // pair the first figure with the first one.
    let mut bg = doc(Lang::Bg, &["От 2018 до 2018 г."]);
    put(&mut bg, 0, FigureKind::Year, "2018", "2018");
    put(&mut bg, 0, FigureKind::Year, "2018", "2018");
    let mut en = doc(Lang::En, &["From 2018 to 2019."]);
    put(&mut en, 0, FigureKind::Year, "2018", "2018");
    put(&mut en, 0, FigureKind::Year, "2019", "2019");
    let rows = run(&bg, &[&en]);
    assert_eq!(kinds(&rows), [("en", Kind::DateMismatch, Severity::Error)]);
    assert_eq!(rows[0].ref_value, "2019");
}

#[test]
fn scale_words_and_units() {
    let mut bg = doc(
        Lang::Bg,
        &["Ресурсите са 20 млрд. тона, а сделката е 900 млн. евро."],
    );
    put(
        &mut bg,
        0,
        FigureKind::Measure,
        "20 млрд. тона",
        "20000000000",
    );
    bg.figures[0][0].unit = Some("t".into());
    bg.figures[0][0].scale = Some(Decimal::from(1_000_000_000));
    put(&mut bg, 0, FigureKind::Money, "900 млн. евро", "900000000");
    bg.figures[0][1].unit = Some("EUR".into());
    let mut en = doc(
        Lang::En,
        &["Resources are 20 million tonnes and the deal is $900 million."],
    );
    put(
        &mut en,
        0,
        FigureKind::Measure,
        "20 million tonnes",
        "20000000",
    );
    en.figures[0][0].unit = Some("t".into());
    en.figures[0][0].scale = Some(Decimal::from(1_000_000));
    put(&mut en, 0, FigureKind::Money, "$900 million", "900000000");
    en.figures[0][1].unit = Some("USD".into());
    let rows = run(&bg, &[&en]);
    let mut k = kinds(&rows);
    k.sort();
    assert_eq!(
        k,
        [
            ("en", Kind::ScaleMismatch, Severity::Error),
            ("en", Kind::UnitMismatch, Severity::Error)
        ]
    );
    assert_eq!(
        rows.iter()
            .find(|r| r.kind == Kind::UnitMismatch)
            .unwrap()
            .source_value,
        "900000000 EUR"
    );
}

#[test]
fn percent_decimal_shift_and_points() {
    let mut bg = doc(Lang::Bg, &["Делът е 44%, ръст с 2 процентни пункта."]);
    put(&mut bg, 0, FigureKind::Percent, "44%", "44");
    put(
        &mut bg,
        0,
        FigureKind::PercentPoints,
        "2 процентни пункта",
        "2",
    );
    let mut en = doc(Lang::En, &["The share is 4.4%, up 2%."]);
    put(&mut en, 0, FigureKind::Percent, "4.4%", "4.4");
    put(&mut en, 0, FigureKind::Percent, "2%", "2");
    let rows = run(&bg, &[&en]);
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert!(rows
        .iter()
        .all(|r| r.kind == Kind::PercentShift && r.severity == Severity::Error));
}

/// The seed's sentence with the 2023 and 2028 percentages swapped.
fn swap_case(swapped: bool) -> (Analyzed, Analyzed) {
    let (a, b) = if swapped {
        ("6,7-12%", "4,4%")
    } else {
        ("4,4%", "6,7-12%")
    };
    let text = format!("През 2023 г. са консумирали {a}, а през 2028 г. ще надхвърли {b}.");
    let mut bg = doc(Lang::Bg, &[&text]);
    let pct = |bg: &mut Analyzed, t: &str| {
        let i = put(
            bg,
            0,
            FigureKind::Percent,
            t,
            if t == "4,4%" { "4.4" } else { "6.7" },
        );
        if t != "4,4%" {
            bg.figures[0][i].high = Some(Decimal::from(12));
        }
    };
    put(&mut bg, 0, FigureKind::Year, "2023 г.", "2023");
    pct(&mut bg, a);
    put(&mut bg, 0, FigureKind::Year, "2028 г.", "2028");
    pct(&mut bg, b);
    let mut en = doc(
        Lang::En,
        &["In 2023 they consumed 4.4%, and in 2028 it will exceed 6.7-12%."],
    );
    put(&mut en, 0, FigureKind::Year, "2023", "2023");
    put(&mut en, 0, FigureKind::Percent, "4.4%", "4.4");
    put(&mut en, 0, FigureKind::Year, "2028", "2028");
    let i = put(&mut en, 0, FigureKind::Percent, "6.7-12%", "6.7");
    en.figures[0][i].high = Some(Decimal::from(12));
    (bg, en)
}

#[test]
fn percentages_swapped_between_years() {
    let (bg, en) = swap_case(true);
    let rows = run(&bg, &[&en]);
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert!(rows.iter().all(|r| r.kind == Kind::PercentShift));
    let (bg, en) = swap_case(false);
    assert!(run(&bg, &[&en]).is_empty());
}

#[test]
fn reordered_clauses_are_not_a_swap() {
    // "6.7% in 2028, up from 4.4% in 2023": both the years and the percentages reverse.
    let mut bg = doc(Lang::Bg, &["4,4% през 2023 г. и 6,7% през 2028 г."]);
    put(&mut bg, 0, FigureKind::Percent, "4,4%", "4.4");
    put(&mut bg, 0, FigureKind::Year, "2023 г.", "2023");
    put(&mut bg, 0, FigureKind::Percent, "6,7%", "6.7");
    put(&mut bg, 0, FigureKind::Year, "2028 г.", "2028");
    let mut en = doc(Lang::En, &["6.7% in 2028, up from 4.4% in 2023."]);
    put(&mut en, 0, FigureKind::Percent, "6.7%", "6.7");
    put(&mut en, 0, FigureKind::Year, "2028", "2028");
    put(&mut en, 0, FigureKind::Percent, "4.4%", "4.4");
    put(&mut en, 0, FigureKind::Year, "2023", "2023");
    assert!(run(&bg, &[&en]).is_empty());
}

#[test]
fn missing_and_extra_figures_are_warnings() {
    let mut bg = doc(Lang::Bg, &["Дълбочина до 300 метра.", "Има находище."]);
    put(&mut bg, 0, FigureKind::Number, "300", "300");
    let mut en = doc(Lang::En, &["Down to a depth.", "There are 20 deposits."]);
    put(&mut en, 1, FigureKind::Number, "20", "20");
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [
            ("en", Kind::ExtraNumber, Severity::Warning),
            ("en", Kind::MissingNumber, Severity::Warning)
        ]
    );
    let missing = &rows[1];
    assert_eq!(missing.source_line, Some(2));
    assert_eq!(missing.source_text, "");
    assert_eq!(missing.ref_value, "20");
}

#[test]
fn an_alignment_slip_costs_nothing() {
    // The aligner put the figure's sentence one bead off: the neighbour pass pairs it.
    let mut bg = doc(Lang::Bg, &["Първо.", "Имаше 300 души."]);
    put(&mut bg, 1, FigureKind::Number, "300", "300");
    let mut en = doc(Lang::En, &["First, there were 300 people.", "Then."]);
    put(&mut en, 0, FigureKind::Number, "300", "300");
    assert!(run(&bg, &[&en]).is_empty());
}

#[test]
fn conversions_are_info_and_a_bad_one_is_an_error() {
    let mut bg = doc(Lang::Bg, &["Вятър от 135 км/ч.", "Маршрут от 360 км."]);
    put(&mut bg, 0, FigureKind::Measure, "135 км/ч", "135");
    bg.figures[0][0].unit = Some("km/h".into());
    put(&mut bg, 1, FigureKind::Measure, "360 км", "360");
    bg.figures[1][0].unit = Some("km".into());
    let mut en = doc(Lang::En, &["Winds of 85 mph.", "A 385-mile route."]);
    put(&mut en, 0, FigureKind::Measure, "85 mph", "85");
    en.figures[0][0].unit = Some("mph".into());
    put(&mut en, 1, FigureKind::Measure, "385-mile", "385");
    en.figures[1][0].unit = Some("mi".into());
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [
            ("en", Kind::UnitMismatch, Severity::Info),
            ("en", Kind::NumberMismatch, Severity::Error)
        ]
    );
    assert!(
        rows[1].message.contains("conversion does not hold"),
        "{}",
        rows[1].message
    );
}

#[test]
fn a_changed_qualifier_is_a_warning() {
    let mut bg = doc(Lang::Bg, &["Ресурсите са над един милион тона."]);
    put(&mut bg, 0, FigureKind::Number, "един милион", "1000000");
    bg.figures[0][0].approx = Approx::Over;
    let mut en = doc(Lang::En, &["Resources are about one million tonnes."]);
    put(&mut en, 0, FigureKind::Number, "one million", "1000000");
    en.figures[0][0].approx = Approx::About;
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::ApproxMismatch, Severity::Warning)]
    );
    assert!(rows[0].message.contains("over") && rows[0].message.contains("about"));
}

#[test]
fn low_confidence_beads_lower_the_severity() {
    let mut bg = doc(Lang::Bg, &["Имаше 410 души."]);
    put(&mut bg, 0, FigureKind::Number, "410", "410");
    let mut en = doc(Lang::En, &["There were 401 people."]);
    put(&mut en, 0, FigureKind::Number, "401", "401");
    let beads = vec![Bead {
        source: 0..1,
        reference: 0..1,
        score: 0.1,
    }];
    let rows = check_aligned("doc", &bg, &[(&en, beads)]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::NumberMismatch, Severity::Warning)]
    );
}

fn three(values: [&str; 3]) -> Vec<Analyzed> {
    [Lang::Ru, Lang::En, Lang::Kk]
        .into_iter()
        .zip(values)
        .map(|(lang, v)| {
            let text = format!("Figure {v} here.");
            let mut d = doc(lang, &[&text]);
            if !v.is_empty() {
                put(&mut d, 0, FigureKind::Number, v, v);
            }
            d
        })
        .collect()
}

#[test]
fn references_that_agree_make_one_error_each_naming_the_others() {
    let mut bg = doc(Lang::Bg, &["Цифра 410 тук."]);
    put(&mut bg, 0, FigureKind::Number, "410", "410");
    let refs = three(["401", "401", "401"]);
    let rows = run(&bg, &refs.iter().collect::<Vec<_>>());
    assert_eq!(rows.len(), 3);
    assert!(rows
        .iter()
        .all(|r| r.kind == Kind::NumberMismatch && r.severity == Severity::Error));
    let en = rows.iter().find(|r| r.ref_lang == "en").unwrap();
    assert!(
        en.message.contains("ru and kk references agree"),
        "{}",
        en.message
    );
}

#[test]
fn references_that_disagree_make_a_conflict() {
    let mut bg = doc(Lang::Bg, &["Цифра 410 тук."]);
    put(&mut bg, 0, FigureKind::Number, "410", "410");
    let refs = three(["410", "401", "410"]);
    let rows = run(&bg, &refs.iter().collect::<Vec<_>>());
    // The source stands with two references: the third one's figure is for information.
    assert_eq!(
        kinds(&rows),
        [("en", Kind::ReferenceConflict, Severity::Info)]
    );
    assert!(
        rows[0]
            .message
            .contains("ru (410) and kk (410) references do"),
        "{}",
        rows[0].message
    );
    // One reference against one: a warning.
    let refs = three(["410", "401", ""]);
    let rows = run(&bg, &refs.iter().collect::<Vec<_>>());
    assert!(
        kinds(&rows).contains(&("en", Kind::ReferenceConflict, Severity::Warning)),
        "{rows:#?}"
    );
}

#[test]
fn a_conflict_names_each_agreeing_reference_in_its_own_words() {
    let mut bg = doc(Lang::Bg, &["Основан през 1930 г. в града."]);
    put(&mut bg, 0, FigureKind::Year, "1930 г.", "1930");
    let mut ru = doc(Lang::Ru, &["Основан в 1930 году в городе."]);
    put(&mut ru, 0, FigureKind::Year, "1930 году", "1930");
    let mut en = doc(Lang::En, &["Founded in 1931 in the city."]);
    put(&mut en, 0, FigureKind::Year, "1931", "1931");
    let mut kk = doc(Lang::Kk, &["Қалада 1930 жылы құрылған."]);
    put(&mut kk, 0, FigureKind::Year, "1930 жылы", "1930");
    let rows = run(&bg, &[&ru, &en, &kk]);
    let en_row = rows
        .iter()
        .find(|r| r.ref_lang == "en" && r.kind == Kind::ReferenceConflict)
        .expect("a conflict row for en");
    let m = &en_row.message;
    // Each reference speaks for itself: the kk reference's own `1930 жылы`, never the
    // source's `1930 г.` put in its mouth.
    assert!(m.contains("the source gives 1930 г. (1930)"), "{m}");
    assert!(
        m.contains("ru (1930 году (1930)) and kk (1930 жылы (1930)) references do"),
        "{m}"
    );
    assert!(!m.contains("kk reference give"), "{m}");
}

#[test]
fn a_figure_only_one_of_several_references_has_is_info_most_an_error() {
    let bg = doc(Lang::Bg, &["Цифра тук."]);
    // Checked alone, the reference's figure the source lacks is a warning.
    let en = doc(Lang::En, &["Figure 30 here."]);
    let mut en = en;
    put(&mut en, 0, FigureKind::Number, "30", "30");
    assert_eq!(
        kinds(&run(&bg, &[&en])),
        [("en", Kind::MissingNumber, Severity::Warning)]
    );
    // One of three: the references do not agree on it; for the reader's information.
    let refs = three(["", "30", ""]);
    let rows = run(&bg, &refs.iter().collect::<Vec<_>>());
    assert_eq!(kinds(&rows), [("en", Kind::MissingNumber, Severity::Info)]);
    assert!(
        rows[0].message.contains("Only the en reference"),
        "{}",
        rows[0].message
    );
    let refs = three(["30", "30", ""]);
    let rows = run(&bg, &refs.iter().collect::<Vec<_>>());
    assert_eq!(
        kinds(&rows),
        [
            ("en", Kind::MissingNumber, Severity::Error),
            ("ru", Kind::MissingNumber, Severity::Error)
        ]
    );
}

#[test]
fn a_figure_some_references_confirm_is_not_extra() {
    let mut bg = doc(Lang::Bg, &["Цифра 30 тук."]);
    put(&mut bg, 0, FigureKind::Number, "30", "30");
    let refs = three(["30", "", ""]);
    assert!(run(&bg, &refs.iter().collect::<Vec<_>>()).is_empty());
}

#[test]
fn missing_names_and_names_in_the_neighbour_bead() {
    let mut bg = doc(Lang::Bg, &["Говори експертът.", "Тажибаев добави."]);
    put_name(&mut bg, 1, "Тажибаев");
    let mut en = doc(
        Lang::En,
        &["Miras Zhienbaev and Tazhibaev spoke.", "He added."],
    );
    put_name(&mut en, 0, "Miras Zhienbaev");
    put_name(&mut en, 0, "Tazhibaev");
    let rows = run(&bg, &[&en]);
    // One reference alone: for information.
    assert_eq!(kinds(&rows), [("en", Kind::MissingName, Severity::Info)]);
    assert_eq!(rows[0].ref_value, "miras zhienbaev");
    assert_eq!(rows[0].source_line, Some(1));
}

#[test]
fn one_name_spelled_two_ways_in_the_source() {
    let mut bg = doc(
        Lang::Bg,
        &[
            "Мирас Жиенбаев каза.",
            "Жиенбаев добави.",
            "Жиенбев отбеляза.",
            "Жиенбаева не.",
        ],
    );
    put_name(&mut bg, 0, "Мирас Жиенбаев");
    put_name(&mut bg, 1, "Жиенбаев");
    put_name(&mut bg, 2, "Жиенбев");
    put_name(&mut bg, 3, "Жиенбаева");
    let rows = check_aligned("doc", &bg, &[]);
    assert_eq!(kinds(&rows), [("", Kind::NameMismatch, Severity::Warning)]);
    assert_eq!(rows[0].source_line, Some(3));
    assert!(rows[0].message.contains("Жиенбаев"), "{}", rows[0].message);
}

#[test]
fn two_names_one_letter_apart_the_references_tell_apart() {
    // A port and a minister's first name: the references name them apart, no slip. Against
    // references that write the same name for both, the rarer spelling is one.
    let lines = |a: &str, b: &str| {
        vec![
            format!("Министърът {a} Байрамов говори."),
            format!("Нефтопроводът до {b} работи."),
        ]
    };
    let bg_lines = lines("Джейхун", "Джейхан");
    let bg_lines: Vec<&str> = bg_lines.iter().map(String::as_str).collect();
    let mut bg = doc(Lang::Bg, &bg_lines);
    put_name(&mut bg, 0, "Джейхун Байрамов");
    put_name(&mut bg, 1, "Джейхан");
    let mut en = doc(
        Lang::En,
        &[
            "Minister Jeyhun Bayramov spoke.",
            "The pipeline to Ceyhan works.",
        ],
    );
    put_name(&mut en, 0, "Jeyhun Bayramov");
    put_name(&mut en, 1, "Ceyhan");
    let spelled_two_ways = |rows: &[Row]| {
        rows.iter()
            .any(|r| r.kind == Kind::NameMismatch && r.message.contains("two ways"))
    };
    assert!(!spelled_two_ways(&run(&bg, &[&en])));
    let mut same = doc(
        Lang::En,
        &[
            "Minister Jeyhun Bayramov spoke.",
            "The pipeline to Jeyhun works.",
        ],
    );
    put_name(&mut same, 0, "Jeyhun Bayramov");
    put_name(&mut same, 1, "Jeyhun");
    assert!(spelled_two_ways(&run(&bg, &[&same])));
}

#[test]
fn unaligned_sentences_on_both_sides() {
    let bg = doc(Lang::Bg, &["Едно.", "Добавено.", "Три."]);
    let en = doc(Lang::En, &["One.", "Three.", "Omitted."]);
    let beads = vec![
        Bead {
            source: 0..1,
            reference: 0..1,
            score: 0.9,
        },
        Bead {
            source: 1..2,
            reference: 1..1,
            score: 0.9,
        },
        Bead {
            source: 2..3,
            reference: 1..2,
            score: 0.9,
        },
        Bead {
            source: 3..3,
            reference: 2..3,
            score: 0.9,
        },
    ];
    let rows = check_aligned("doc", &bg, &[(&en, beads)]);
    assert_eq!(
        kinds(&rows),
        [
            ("en", Kind::UnalignedRef, Severity::Warning),
            ("en", Kind::UnalignedSource, Severity::Warning)
        ]
    );
    assert_eq!(rows[0].ref_line, Some(3));
    assert!(
        rows[0].message.contains("follow source line 3"),
        "{}",
        rows[0].message
    );
    assert_eq!(rows[1].source_line, Some(2));
}

#[test]
fn a_misspelling_the_rest_of_the_source_confirms_is_an_error_per_reference() {
    let mut bg = doc(Lang::Bg, &["Алибек Тажибаев каза.", "Тажибеев добави."]);
    put_name(&mut bg, 0, "Алибек Тажибаев");
    put_name(&mut bg, 1, "Тажибеев");
    let mut ru = doc(Lang::Ru, &["Алибек Тажибаев сказал.", "Тажибаев добавил."]);
    put_name(&mut ru, 0, "Алибек Тажибаев");
    put_name(&mut ru, 1, "Тажибаев");
    let rows = run(&bg, &[&ru]);
    assert_eq!(
        kinds(&rows),
        [
            ("", Kind::NameMismatch, Severity::Warning),
            ("ru", Kind::NameMismatch, Severity::Error)
        ],
        "{rows:#?}"
    );
    assert!(rows
        .iter()
        .all(|r| r.source_line == Some(2) && r.source_text == "Тажибеев"));
    assert!(rows[1].message.contains("line 1"), "{}", rows[1].message);
}

#[test]
fn small_numbers_in_words_without_counterpart_are_info() {
    // `двете` (the two) is often `both` in English: not worth a warning.
    let mut bg = doc(Lang::Bg, &["И двете църкви са стари."]);
    put(&mut bg, 0, FigureKind::Number, "двете", "2");
    let en = doc(Lang::En, &["Both churches are old."]);
    assert_eq!(
        kinds(&run(&bg, &[&en])),
        [("en", Kind::ExtraNumber, Severity::Info)]
    );
    // In digits it is a warning.
    let mut bg = doc(Lang::Bg, &["И 2 църкви са стари."]);
    put(&mut bg, 0, FigureKind::Number, "2", "2");
    assert_eq!(
        kinds(&run(&bg, &[&en])),
        [("en", Kind::ExtraNumber, Severity::Warning)]
    );
}

#[test]
fn one_letter_apart_tells_misspellings_from_other_names() {
    let n = |t: &str| Name::new(t, Lang::Bg, 1, 0);
    assert!(one_letter_apart(&n("Тажибеев"), &n("Алибек Тажибаев")));
    assert!(one_letter_apart(&n("Жиенбев"), &n("Мирас Жиенбаев")));
    assert!(one_letter_apart(&n("Касим Токаев"), &n("Касым Токаев")));
    assert!(!one_letter_apart(&n("Жаңа Қазақстан"), &n("Казахстан")));
    assert!(!one_letter_apart(&n("Мармонтова"), &n("Мармонтов")));
    assert!(!one_letter_apart(&n("Тау-Кен Самрук"), &n("Кенджу")));
    assert!(!one_letter_apart(&n("Центъра"), &n("Централна Азия")));
}

#[test]
fn a_name_replaced_by_another_is_a_mismatch_when_the_source_knows_the_right_one() {
    // Line 2 names Жиенбаев where the reference has Тажибаев, whom the source names on line 1.
    let mut bg = doc(Lang::Bg, &["Тажибаев каза това.", "После Жиенбаев добави."]);
    put_name(&mut bg, 0, "Тажибаев");
    put_name(&mut bg, 1, "Жиенбаев");
    let mut ru = doc(
        Lang::Ru,
        &["Тажибаев сказал это.", "Потом Тажибаев добавил."],
    );
    put_name(&mut ru, 0, "Тажибаев");
    put_name(&mut ru, 1, "Тажибаев");
    let rows = run(&bg, &[&ru]);
    // The document proves it: line 1 pairs Тажибаев with Тажибаев, and line 2 of the source
    // does not write him but names another in his place.
    assert_eq!(
        kinds(&rows),
        [("ru", Kind::NameMismatch, Severity::Error)],
        "{rows:#?}"
    );
    assert_eq!(
        (rows[0].source_text.as_str(), rows[0].ref_text.as_str()),
        ("Жиенбаев", "Тажибаев")
    );
    assert!(
        rows[0].message.contains("Тажибаев on line 1"),
        "{}",
        rows[0].message
    );
    // Without the source knowing the name elsewhere, it is only for information.
    let mut bg = doc(Lang::Bg, &["Говори експертът.", "После Жиенбаев добави."]);
    put_name(&mut bg, 1, "Жиенбаев");
    let mut ru = doc(Lang::Ru, &["Говорит эксперт.", "Потом Тажибаев добавил."]);
    put_name(&mut ru, 1, "Тажибаев");
    assert_eq!(
        kinds(&run(&bg, &[&ru])),
        [("ru", Kind::NameMismatch, Severity::Info)]
    );
}

#[test]
fn vowels_written_by_each_languages_convention_are_info_not_an_error() {
    // The Bulgarian text writes Paltrow with о, the Russian with э: the same person.
    // (Vowel conventions the names tables know, Бирмингам / Бирмингем, are no finding at all.)
    let mut bg = doc(Lang::Bg, &["Говори Полтроу."]);
    put_name(&mut bg, 0, "Полтроу");
    let mut ru = doc(Lang::Ru, &["Говорит Пэлтроу."]);
    put_name(&mut ru, 0, "Пэлтроу");
    let rows = run(&bg, &[&ru]);
    assert_eq!(
        kinds(&rows),
        [("ru", Kind::NameMismatch, Severity::Info)],
        "{rows:#?}"
    );
    // A consonant changed is still an error (`Полтроу` against `Полтлоу`).
    let mut ru = doc(Lang::Ru, &["Говорит Полтлоу."]);
    put_name(&mut ru, 0, "Полтлоу");
    let rows = run(&bg, &[&ru]);
    assert_eq!(
        kinds(&rows),
        [("ru", Kind::NameMismatch, Severity::Error)],
        "{rows:#?}"
    );
}

#[test]
fn on_a_tie_the_spelling_the_references_support_is_the_usual_one() {
    // The misspelling comes first; each spelling occurs once. The reference writes the name
    // as the second line does, so the first line is the odd one (not simply the later).
    let mut bg = doc(Lang::Bg, &["Тажибеев каза.", "Алибек Тажибаев добави."]);
    put_name(&mut bg, 0, "Тажибеев");
    put_name(&mut bg, 1, "Алибек Тажибаев");
    let mut ru = doc(Lang::Ru, &["Тажибаев сказал.", "Алибек Тажибаев добавил."]);
    put_name(&mut ru, 0, "Тажибаев");
    put_name(&mut ru, 1, "Алибек Тажибаев");
    let rows = run(&bg, &[&ru]);
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.source_line == Some(1) && r.source_text == "Тажибеев"),
        "{rows:#?}"
    );
    assert!(rows
        .iter()
        .any(|r| r.ref_lang.is_empty() && r.kind == Kind::NameMismatch));
}

#[test]
fn a_missing_name_is_a_warning_only_when_most_references_have_it() {
    let bg = doc(Lang::Bg, &["Той каза, че ще дойде."]);
    let with = |lang: Lang, text: &str, name: &str| {
        let mut d = doc(lang, &[text]);
        put_name(&mut d, 0, name);
        d
    };
    let ru = with(Lang::Ru, "Адамс сказал, что придёт.", "Адамс");
    let uk = with(Lang::Uk, "Адамс сказав, що прийде.", "Адамс");
    let en_without = doc(Lang::En, &["He said he would come."]);
    let kk = doc(Lang::Kk, &["Ол келетінін айтты."]);
    // Two references of four: not agreement, for information.
    let rows = run(&bg, &[&ru, &uk, &en_without, &kk]);
    assert!(
        rows.iter()
            .all(|r| r.kind != Kind::MissingName || r.severity == Severity::Info),
        "{rows:#?}"
    );
    // Three of four agree: a warning per reference that has it.
    let en = with(Lang::En, "Adams said he would come.", "Adams");
    let rows = run(&bg, &[&ru, &uk, &en, &kk]);
    let warnings = rows
        .iter()
        .filter(|r| r.kind == Kind::MissingName && r.severity == Severity::Warning)
        .count();
    assert_eq!(warnings, 3, "{rows:#?}");
}

#[test]
fn a_small_number_word_next_door_does_not_hide_a_changed_one() {
    // `5-3` changed to `5-0`; the next sentence's `три` must not take the reference's 3.
    let mut bg = doc(Lang::Bg, &["Резултат 5-0 в мача.", "Той вкара три гола."]);
    put(&mut bg, 0, FigureKind::Number, "5", "5");
    put(&mut bg, 0, FigureKind::Number, "0", "0");
    put(&mut bg, 1, FigureKind::Number, "три", "3");
    let mut en = doc(
        Lang::En,
        &["Score 5-3 in the match.", "He scored two goals."],
    );
    put(&mut en, 0, FigureKind::Number, "5", "5");
    put(&mut en, 0, FigureKind::Number, "3", "3");
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter().any(|r| r.kind == Kind::NumberMismatch
            && r.source_text == "0"
            && r.ref_text == "3"
            && r.severity == Severity::Error),
        "{rows:#?}"
    );
}

#[test]
fn a_changed_number_word_the_figures_stage_leaves_alone_is_a_warning() {
    // `два` changed to `три`; the reference's `two` is no figure (mostly a determiner).
    let mut bg = doc(Lang::Bg, &["Той вкара три гола."]);
    put(&mut bg, 0, FigureKind::Number, "три", "3");
    let en = doc(Lang::En, &["He scored two goals."]);
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::NumberMismatch, Severity::Warning)]
    );
    assert_eq!(rows[0].ref_text, "two");
    assert_eq!(rows[0].ref_value, "2");
    // The same number, or one the source also says in words, is no change.
    let en = doc(Lang::En, &["He scored three goals."]);
    assert!(run(&bg, &[&en])
        .iter()
        .all(|r| r.kind != Kind::NumberMismatch));
    let mut bg = doc(Lang::Bg, &["Той вкара три гола за два мача."]);
    put(&mut bg, 0, FigureKind::Number, "три", "3");
    let en = doc(Lang::En, &["He scored in two matches."]);
    assert!(run(&bg, &[&en])
        .iter()
        .all(|r| r.kind != Kind::NumberMismatch));
    // Each source word accounts for one reference word: two `two`s against one `два` leave
    // one for the changed `три`.
    let en = doc(Lang::En, &["He scored two goals in two matches."]);
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::NumberMismatch, Severity::Warning)]
    );
    assert_eq!(rows[0].ref_value, "2");
}

#[test]
fn a_capitalized_common_word_is_not_paired_by_place_with_a_name() {
    let mut bg = doc(Lang::Bg, &["Той каза: „Това е краят“ вчера."]);
    put_name(&mut bg, 0, "Това");
    let mut en = doc(Lang::En, &["He said: \"This is the end\" yesterday."]);
    put_name(&mut en, 0, "This");
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter().all(|r| r.kind != Kind::NameMismatch),
        "{rows:#?}"
    );
}

#[test]
fn a_surname_swapped_for_one_named_elsewhere_is_an_error_when_most_references_agree() {
    // The swapped-in `Петров` is named on line 1 too; line 2 should name Johnson.
    let lines = [
        "Министър Петров пристигна.",
        "Вчера говори министър Петров пред журналисти.",
    ];
    let mut bg = doc(Lang::Bg, &lines);
    put_name(&mut bg, 0, "Петров");
    put_name(&mut bg, 1, "Петров");
    let mut en = doc(
        Lang::En,
        &[
            "Minister Petrov arrived.",
            "Yesterday minister Johnson spoke to journalists.",
        ],
    );
    put_name(&mut en, 0, "Petrov");
    put_name(&mut en, 1, "Johnson");
    let mut ru = doc(
        Lang::Ru,
        &[
            "Министр Петров прибыл.",
            "Вчера министр Джонсон выступил перед журналистами.",
        ],
    );
    put_name(&mut ru, 0, "Петров");
    put_name(&mut ru, 1, "Джонсон");
    let rows = run(&bg, &[&en, &ru]);
    let swapped: Vec<_> = rows
        .iter()
        .filter(|r| r.kind == Kind::NameMismatch && r.source_line == Some(2))
        .collect();
    assert_eq!(swapped.len(), 2, "{rows:#?}");
    assert!(swapped.iter().all(|r| r.severity == Severity::Error));
    let en_row = swapped.iter().find(|r| r.ref_lang == "en").unwrap();
    assert!(
        en_row.message.contains("ru reference names it too"),
        "{}",
        en_row.message
    );
    // One reference alone is weaker evidence: the row stays, for information.
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter()
            .any(|r| r.kind == Kind::NameMismatch && r.source_line == Some(2)),
        "{rows:#?}"
    );
}

#[test]
fn on_a_tie_the_word_the_rest_of_the_source_uses_is_the_usual_spelling() {
    // `Обществото на Кромул` and `Обществото на Кромуел` once each, but `Кромуел` is the
    // source's word elsewhere: the first line is the odd one, whatever the references pair.
    let lines = [
        "Обществото на Кромул възрази.",
        "Председателят на Обществото на Кромуел каза.",
        "Кромуел е спорна фигура.",
    ];
    let mut bg = doc(Lang::Bg, &lines);
    put_name(&mut bg, 0, "Обществото на Кромул");
    put_name(&mut bg, 1, "Обществото на Кромуел");
    put_name(&mut bg, 2, "Кромуел");
    let en = doc(
        Lang::En,
        &[
            "The society objected.",
            "The chairman of the society said.",
            "He is a divisive figure.",
        ],
    );
    let rows = run(&bg, &[&en]);
    let odd: Vec<_> = rows
        .iter()
        .filter(|r| r.ref_lang.is_empty() && r.kind == Kind::NameMismatch)
        .collect();
    assert_eq!(odd.len(), 1, "{rows:#?}");
    assert_eq!(odd[0].source_text, "Обществото на Кромул");
}

#[test]
fn two_letters_are_not_paired_by_place_as_a_different_name() {
    // `Св.` (saint) against `St`: abbreviations, not names to compare.
    let mut bg = doc(Lang::Bg, &["Те са от църквата Св. Мартин в града."]);
    put_name(&mut bg, 0, "Св");
    let mut en = doc(
        Lang::En,
        &["They are from the church of St Martin in town."],
    );
    put_name(&mut en, 0, "St");
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter().all(|r| r.kind != Kind::NameMismatch),
        "{rows:#?}"
    );
}

#[test]
fn the_only_unpaired_names_of_a_sentence_pair_though_word_order_moved_them() {
    // The name ends the source sentence and stands mid-sentence in the reference.
    let mut bg = doc(
        Lang::Bg,
        &["Вчера в столицата пред журналисти говори министър Петров."],
    );
    put_name(&mut bg, 0, "Петров");
    let mut en = doc(
        Lang::En,
        &["Yesterday in the capital minister Johnson spoke to journalists."],
    );
    put_name(&mut en, 0, "Johnson");
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter()
            .any(|r| r.kind == Kind::NameMismatch && r.source_text == "Петров"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| r.kind != Kind::MissingName),
        "{rows:#?}"
    );
}

#[test]
fn a_source_name_of_fewer_words_than_the_references_is_info() {
    // The reference's name takes a word along (`Chequers`): not the same span, so no error.
    let mut bg = doc(Lang::Bg, &["Планът на Тереза Мей беше отхвърлен."]);
    put_name(&mut bg, 0, "Тереза Мей");
    let mut en = doc(Lang::En, &["Theresa May's Chequers plan was rejected."]);
    put_name(&mut en, 0, "Theresa May's Chequers");
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // `May's` is `Мей` (the possessive stripped), so the names may match outright; a row, if
    // any, says the reference names more words.
    assert!(
        rows.iter()
            .all(|r| r.kind != Kind::NameMismatch || r.message.contains("more words")),
        "{rows:#?}"
    );
    // A possessive is no word of its own.
    assert!(!super::spans_differ(
        &Name::new("Тереза Мей", Lang::Bg, 1, 0),
        &Name::new("Theresa May's", Lang::En, 1, 0)
    ));
}

fn with_unit(a: &mut Analyzed, s: usize, text: &str, value: &str, unit: &str) {
    let i = put(a, s, FigureKind::Measure, text, value);
    a.figures[s][i].unit = Some(unit.to_string());
}

#[test]
fn a_conversion_one_side_adds_is_info() {
    // The reference adds the metric conversion in brackets.
    let mut bg = doc(Lang::Bg, &["Ураганът е на 385 мили от брега."]);
    with_unit(&mut bg, 0, "385 мили", "385", "mi");
    let mut en = doc(
        Lang::En,
        &["The hurricane is 385 miles (619 km) off the coast."],
    );
    with_unit(&mut en, 0, "385 miles", "385", "mi");
    with_unit(&mut en, 0, "619 km", "619", "km");
    let rows = run(&bg, &[&en]);
    assert_eq!(kinds(&rows), [("en", Kind::MissingNumber, Severity::Info)]);
    assert!(
        rows[0].message.contains("conversion"),
        "{}",
        rows[0].message
    );
    // The source adds one: `45 мили (72 километра)` against `72 km`.
    let mut bg = doc(
        Lang::Bg,
        &["Вулканът е на 45 мили (72 километра) от столицата."],
    );
    with_unit(&mut bg, 0, "45 мили", "45", "mi");
    with_unit(&mut bg, 0, "72 километра", "72", "km");
    let mut en = doc(Lang::En, &["The volcano is 72 km from the capital."]);
    with_unit(&mut en, 0, "72 km", "72", "km");
    let rows = run(&bg, &[&en]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A figure the reference adds that converts nothing stays a warning.
    let mut en = doc(
        Lang::En,
        &["The hurricane is 385 miles (700 km) off the coast."],
    );
    with_unit(&mut en, 0, "385 miles", "385", "mi");
    with_unit(&mut en, 0, "700 km", "700", "km");
    let mut bg = doc(Lang::Bg, &["Ураганът е на 385 мили от брега."]);
    with_unit(&mut bg, 0, "385 мили", "385", "mi");
    assert_eq!(
        kinds(&run(&bg, &[&en])),
        [("en", Kind::MissingNumber, Severity::Warning)]
    );
}

#[test]
fn a_missing_name_of_ordinary_words_is_info() {
    // The source translated the title its own way (not the usual `Игра на тронове` of
    // `exonyms_extra.tsv`); every reference kept it as a name. Transliteration cannot prove it
    // absent, so however many references agree it stays information.
    let mut bg = doc(Lang::Bg, &["Иванов гледа сериала „Тронната игра“."]);
    put_name(&mut bg, 0, "Иванов");
    let with = |lang: Lang, text: &str, names: &[&str]| {
        let mut d = doc(lang, &[text]);
        for n in names {
            put_name(&mut d, 0, n);
        }
        d
    };
    let en = with(
        Lang::En,
        "Ivanov watches the series Game of Thrones.",
        &["Ivanov", "Game of Thrones"],
    );
    assert!(en.names[0][1].ordinary, "Game of Thrones: ordinary words");
    let rows = run(&bg, &[&en, &en, &en]);
    let missing: Vec<&Row> = rows
        .iter()
        .filter(|r| r.kind == Kind::MissingName)
        .collect();
    assert_eq!(missing.len(), 3, "{rows:#?}");
    assert!(missing.iter().all(|r| r.severity == Severity::Info));
}

#[test]
fn a_name_cut_in_two_whose_second_part_differs_is_a_different_name() {
    // The names stage found `Ню` and `Райдър` apart; `Ню` alone matches `New York`.
    let mut bg = doc(
        Lang::Bg,
        &["Президентът говори в Ню Райдър пред журналисти."],
    );
    put_name(&mut bg, 0, "Ню");
    put_name(&mut bg, 0, "Райдър");
    let mut en = doc(
        Lang::En,
        &["The president spoke in New York to journalists."],
    );
    put_name(&mut en, 0, "New York");
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::NameMismatch, Severity::Error)],
        "{rows:#?}"
    );
    assert_eq!(rows[0].source_text, "Райдър");
    assert!(rows[0].message.contains("Ню Райдър"), "{}", rows[0].message);
    // A hyphen joins the reference's words (`Нью-Йорке`): two words all the same.
    let mut ru = doc(
        Lang::Ru,
        &["Президент выступил в Нью-Йорке перед журналистами."],
    );
    put_name(&mut ru, 0, "Нью-Йорке");
    assert_eq!(
        kinds(&run(&bg, &[&ru])),
        [("ru", Kind::NameMismatch, Severity::Error)]
    );
    // Cut in two but the same name: nothing to report.
    let mut bg = doc(Lang::Bg, &["Президентът говори в Ню Йорк пред журналисти."]);
    put_name(&mut bg, 0, "Ню");
    put_name(&mut bg, 0, "Йорк");
    assert!(run(&bg, &[&en]).is_empty());
    assert!(run(&bg, &[&ru]).is_empty());
}

#[test]
fn a_reference_name_of_more_words_the_source_writes_elsewhere_is_an_error() {
    let mut bg = doc(
        Lang::Bg,
        &[
            "Името Република Северна Македония беше прието.",
            "Те подкрепиха Република Северна Лигата вчера.",
        ],
    );
    put_name(&mut bg, 0, "Република Северна Македония");
    put_name(&mut bg, 1, "Република Северна Лигата");
    let mut en = doc(
        Lang::En,
        &[
            "The name Republic of North Macedonia was adopted.",
            "They backed the Republic of North Macedonia yesterday.",
        ],
    );
    put_name(&mut en, 0, "Republic of North Macedonia");
    put_name(&mut en, 1, "Republic of North Macedonia");
    let rows = run(&bg, &[&en]);
    assert_eq!(
        kinds(&rows),
        [("en", Kind::NameMismatch, Severity::Error)],
        "{rows:#?}"
    );
    assert!(
        rows[0]
            .message
            .contains("The source writes Република Северна Македония on line 1 for it"),
        "{}",
        rows[0].message
    );
    // Without the document's evidence the longer reference name is for information.
    let mut bg = doc(Lang::Bg, &["Те подкрепиха Република Северна Лигата вчера."]);
    put_name(&mut bg, 0, "Република Северна Лигата");
    let mut en = doc(
        Lang::En,
        &["They backed the Republic of North Macedonia yesterday."],
    );
    put_name(&mut en, 0, "Republic of North Macedonia");
    assert_eq!(
        kinds(&run(&bg, &[&en])),
        [("en", Kind::NameMismatch, Severity::Info)]
    );
}

#[test]
fn a_range_against_its_two_ends_is_info_and_a_changed_end_still_an_error() {
    let range = |a: &mut Analyzed, text: &str, low: &str, high: &str| {
        let i = put(a, 0, FigureKind::Measure, text, low);
        a.figures[0][i].unit = Some("min".into());
        a.figures[0][i].high = Some(high.parse().expect("test value"));
    };
    let mut bg = doc(Lang::Bg, &["Ще играе 55-60 минути."]);
    range(&mut bg, "55-60 минути", "55", "60");
    let mut en = doc(Lang::En, &["He will play 55, 60 minutes."]);
    put(&mut en, 0, FigureKind::Number, "55", "55");
    let i = put(&mut en, 0, FigureKind::Measure, "60 minutes", "60");
    en.figures[0][i].unit = Some("min".into());
    let rows = run(&bg, &[&en]);
    assert_eq!(kinds(&rows), [("en", Kind::NumberMismatch, Severity::Info)]);
    // The other way round: two source figures against a reference range.
    let rows = run(&en, &[&bg]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{:?}",
        kinds(&rows)
    );
    // An end that differs is no such rewording.
    let mut changed = doc(Lang::Bg, &["Ще играе 55-65 минути."]);
    range(&mut changed, "55-65 минути", "55", "65");
    let rows = run(&changed, &[&en]);
    assert!(
        rows.iter().any(|r| r.severity != Severity::Info),
        "{:?}",
        kinds(&rows)
    );
}

#[test]
fn a_count_the_other_side_says_in_words_is_no_missing_figure() {
    // `номер 1` against `первыми`: the figures stage leaves word ordinals alone.
    let mut bg = doc(Lang::Bg, &["Страната иска да стане номер 1 в света."]);
    put(&mut bg, 0, FigureKind::Number, "1", "1");
    let ru = doc(Lang::Ru, &["Страна хочет стать первой в мире."]);
    assert_eq!(
        kinds(&run(&bg, &[&ru])),
        [("ru", Kind::ExtraNumber, Severity::Info)]
    );
    // Said in no words at all, it stays a warning.
    let other = doc(Lang::Ru, &["Страна хочет стать лидером в мире."]);
    assert_eq!(
        kinds(&run(&bg, &[&other])),
        [("ru", Kind::ExtraNumber, Severity::Warning)]
    );
    // And the other way: a reference figure the source says in words.
    let plain = doc(Lang::Bg, &["Страната иска да стане първа в света."]);
    let mut en = doc(Lang::En, &["The country wants to be No. 1 in the world."]);
    put(&mut en, 0, FigureKind::Number, "1", "1");
    assert_eq!(
        kinds(&run(&plain, &[&en])),
        [("en", Kind::MissingNumber, Severity::Info)]
    );
}

#[test]
fn a_rank_and_a_count_in_words_are_not_paired() {
    // `номер три` (a rank) against `четыре мяча` (a count): two things, each said once.
    let mut bg = doc(Lang::Bg, &["Той е номер три в света във фоурбол."]);
    put(&mut bg, 0, FigureKind::Ordinal, "три", "3");
    let mut ru = doc(Lang::Ru, &["Он третий в мире в игре в четыре мяча."]);
    put(&mut ru, 0, FigureKind::Number, "четыре", "4");
    let rows = run(&bg, &[&ru]);
    assert!(
        !rows.is_empty() && rows.iter().all(|r| r.severity == Severity::Info),
        "{:?}",
        kinds(&rows)
    );
    // Two counts in words that differ are a changed number.
    let mut count = doc(Lang::Bg, &["Те са три в света."]);
    put(&mut count, 0, FigureKind::Number, "три", "3");
    let mut four = doc(Lang::Ru, &["Их четыре в мире."]);
    put(&mut four, 0, FigureKind::Number, "четыре", "4");
    assert_eq!(
        kinds(&run(&count, &[&four])),
        [("ru", Kind::NumberMismatch, Severity::Error)]
    );
}

#[test]
fn feet_and_inches_against_one_length_are_a_conversion() {
    let length = |a: &mut Analyzed, text: &str, value: &str, unit: &str| {
        let i = put(a, 0, FigureKind::Measure, text, value);
        a.figures[0][i].unit = Some(unit.into());
    };
    let mut bg = doc(Lang::Bg, &["Високият 6 фута и 6 инча играч."]);
    length(&mut bg, "6 фута", "6", "ft");
    length(&mut bg, "6 инча", "6", "in");
    let mut uk = doc(Lang::Uk, &["Форвард ростом 198 см."]);
    length(&mut uk, "198 см", "198", "cm");
    let rows = run(&bg, &[&uk]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{:?}",
        kinds(&rows)
    );
    // The other way round.
    let rows = run(&uk, &[&bg]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{:?}",
        kinds(&rows)
    );
    // A length the sum does not give is no such conversion.
    let mut wrong = doc(Lang::Uk, &["Форвард ростом 210 см."]);
    length(&mut wrong, "210 см", "210", "cm");
    assert!(
        run(&bg, &[&wrong])
            .iter()
            .any(|r| r.severity != Severity::Info),
        "a wrong conversion is reported"
    );
}

#[test]
fn a_hundred_percent_the_other_side_says_as_a_word_is_info() {
    // `100 процентов уверен` against `абсолютно сигурен`: the same certainty in a word.
    let bg = doc(
        Lang::Bg,
        &["Той е абсолютно сигурен, че това не се е случило."],
    );
    let mut ru = doc(
        Lang::Ru,
        &["Он на 100 процентов уверен, что этого не было."],
    );
    put(&mut ru, 0, FigureKind::Percent, "100 процентов", "100");
    assert_eq!(
        kinds(&run(&bg, &[&ru])),
        [("ru", Kind::MissingNumber, Severity::Info)]
    );
    // And the other way round.
    assert_eq!(
        kinds(&run(&ru, &[&bg])),
        [("bg", Kind::ExtraNumber, Severity::Info)]
    );
    // Without such a word the percentage is missing; and 90 % is no "wholly".
    let plain = doc(Lang::Bg, &["Той е сигурен, че това не се е случило."]);
    assert_eq!(
        kinds(&run(&plain, &[&ru])),
        [("ru", Kind::MissingNumber, Severity::Warning)]
    );
    let mut ninety = doc(Lang::Ru, &["Он на 90 процентов уверен, что этого не было."]);
    put(&mut ninety, 0, FigureKind::Percent, "90 процентов", "90");
    assert_eq!(
        kinds(&run(&bg, &[&ninety])),
        [("ru", Kind::MissingNumber, Severity::Warning)]
    );
}

#[test]
fn a_bracketed_conversion_the_source_gets_wrong_is_a_mismatch() {
    // `45 км (72 километра)`: the reference gives the bracketed 72 km; 45 km is not that.
    let mut bg = doc(
        Lang::Bg,
        &["Вулканът е на 45 км (72 километра) от столицата."],
    );
    with_unit(&mut bg, 0, "45 км", "45", "km");
    with_unit(&mut bg, 0, "72 километра", "72", "km");
    let mut ru = doc(Lang::Ru, &["Вулкан в 72 км от столицы."]);
    with_unit(&mut ru, 0, "72 км", "72", "km");
    let rows = run(&bg, &[&ru]);
    assert_eq!(
        kinds(&rows),
        [("ru", Kind::NumberMismatch, Severity::Error)]
    );
    assert_eq!(rows[0].source_text, "45 км");
    assert_eq!(rows[0].ref_text, "72 км");
    // Figures of two dimensions side by side are no conversion: the extra one stays extra.
    let mut bg = doc(Lang::Bg, &["Пътят е 45 км (72 минути) дълъг."]);
    with_unit(&mut bg, 0, "45 км", "45", "km");
    with_unit(&mut bg, 0, "72 минути", "72", "min");
    let mut ru = doc(Lang::Ru, &["Дорога в 72 минуты."]);
    with_unit(&mut ru, 0, "72 минуты", "72", "min");
    assert_eq!(
        kinds(&run(&bg, &[&ru])),
        [("ru", Kind::ExtraNumber, Severity::Warning)]
    );
}

#[test]
fn a_decade_the_other_side_places_by_its_century_is_info() {
    // `the early 2000s` against `в началото на новия век`.
    let bg = doc(
        Lang::Bg,
        &["Опитаха в началото на новия век, но не успяха."],
    );
    let mut en = doc(Lang::En, &["They tried in the early 2000s, but failed."]);
    put(&mut en, 0, FigureKind::Period, "2000s", "2000");
    assert_eq!(
        kinds(&run(&bg, &[&en])),
        [("en", Kind::MissingNumber, Severity::Info)]
    );
    assert_eq!(
        kinds(&run(&en, &[&bg])),
        [("bg", Kind::ExtraNumber, Severity::Info)]
    );
    // A year is no decade: missing, whatever century the sentence names.
    let mut year = doc(Lang::En, &["They tried in 2003, but failed."]);
    put(&mut year, 0, FigureKind::Year, "2003", "2003");
    assert_eq!(
        kinds(&run(&bg, &[&year])),
        [("en", Kind::MissingNumber, Severity::Warning)]
    );
}

#[test]
fn a_part_of_a_unit_in_words_is_no_soft_figure() {
    // `чверть години` (a quarter of an hour) the source drops is a missing duration, unlike
    // a bare `half` or `два`, which translators add and drop freely.
    let bg = doc(Lang::Bg, &["Той имаше дузпа в началото на мача."]);
    let mut uk = doc(Lang::Uk, &["Він мав пенальті на позначці чверть години."]);
    with_unit(&mut uk, 0, "чверть години", "0.25", "hour");
    assert_eq!(
        kinds(&run(&bg, &[&uk])),
        [("uk", Kind::MissingNumber, Severity::Warning)]
    );
    let mut half = doc(Lang::Uk, &["Він мав пенальті на половині шляху."]);
    put(&mut half, 0, FigureKind::Fraction, "половині", "0.5");
    assert_eq!(
        kinds(&run(&bg, &[&half])),
        [("uk", Kind::MissingNumber, Severity::Info)]
    );
}

#[test]
fn a_range_one_side_gives_only_one_end_of_is_a_missing_or_extra_figure() {
    let range = |a: &mut Analyzed, text: &str| {
        let i = put(a, 0, FigureKind::Number, text, "18");
        a.figures[0][i].high = Some(Decimal::from(29));
    };
    // `между 18 и години` (its 29 lost) against `от 18 до 29`: the 29 is missing.
    let mut bg = doc(Lang::Bg, &["Избирателите между 18 и години не гласуват."]);
    put(&mut bg, 0, FigureKind::Number, "18", "18");
    let mut ru = doc(Lang::Ru, &["Избиратели от 18 до 29 не голосуют."]);
    range(&mut ru, "18 до 29");
    let rows = run(&bg, &[&ru]);
    assert_eq!(kinds(&rows), [("ru", Kind::MissingNumber, Severity::Error)]);
    assert!(rows[0].message.contains("29"), "{}", rows[0].message);
    // The other way round, the source's range has an end the reference lacks.
    assert_eq!(
        kinds(&run(&ru, &[&bg])),
        [("bg", Kind::ExtraNumber, Severity::Error)]
    );
    // A number that is no end of the range stays a changed number.
    let mut other = doc(Lang::Bg, &["Избирателите между 19 и години не гласуват."]);
    put(&mut other, 0, FigureKind::Number, "19", "19");
    assert_eq!(
        kinds(&run(&other, &[&ru])),
        [("ru", Kind::NumberMismatch, Severity::Error)]
    );
}

fn one_letter_apart(a: &Name, b: &Name) -> bool {
    words_one_letter_apart(&name_words(a), &name_words(b))
}
