//! Ranks said in words, compared at check time (`src/compare/figures_ordinal.rs`): bg
//! `десета титла` written `девета титла` against en `tenth title`, ru `десятый титул`, uk
//! `десятий титул`, kk `оныншы титулы`. The figures stage does not read ordinal words; the
//! check compares a source rank with the reference's ranks where the reference has one of
//! its own and the source's value nowhere. Idioms (`src/lang/<lang>/ordinal_idioms.tsv`) and
//! `first` stay quiet.

#[path = "support/check.rs"]
mod support;
use support::{assert_clean, serious};

use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

fn assert_rank(rows: &[Row], source: &str, value: &str) {
    let found = serious(rows);
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].kind, Kind::NumberMismatch, "{rows:#?}");
    assert_eq!(found[0].source_text, source, "{rows:#?}");
    assert_eq!(found[0].ref_value, value, "{rows:#?}");
}

#[test]
fn a_title_counted_in_words_and_changed_is_found_in_every_language() {
    let clean = ["Това е нейната десета титла и втора за сезона."];
    let changed = ["Това е нейната девета титла и втора за сезона."];
    let references: [(Lang, &[&str]); 3] = [
        (
            Lang::En,
            &["It is her tenth title and her second of the season."],
        ),
        (Lang::Ru, &["Это ее десятый титул и второй в сезоне."]),
        (
            Lang::Kk,
            &["Бұл оның оныншы және маусымдағы екінші титулы."],
        ),
    ];
    for (lang, reference) in references {
        assert_clean(&support::check(&clean, &[(lang, reference)]));
        let rows = support::check(&changed, &[(lang, reference)]);
        assert_rank(&rows, "девета", "10");
    }
}

#[test]
fn a_place_changed_is_found() {
    let clean = ["Отборът завърши на второ място в класирането."];
    let changed = ["Отборът завърши на трето място в класирането."];
    let references: [(Lang, &[&str]); 4] = [
        (Lang::En, &["The team finished second in the standings."]),
        (
            Lang::Ru,
            &["Команда заняла второе место в турнирной таблице."],
        ),
        (
            Lang::Uk,
            &["Команда посіла друге місце в турнірній таблиці."],
        ),
        (Lang::Kk, &["Команда турнир кестесінде екінші орын алды."]),
    ];
    for (lang, reference) in &references[..2] {
        assert_clean(&support::check(&clean, &[(*lang, reference)]));
        assert_rank(
            &support::check(&changed, &[(*lang, reference)]),
            "трето",
            "2",
        );
    }
    // uk `друге` alone is not read (`друг-` is also `other`, `friend`): nothing to say.
    assert_clean(&support::check(&changed, &[references[2]]));
    assert_rank(&support::check(&changed, &[references[3]]), "трето", "2");
    // Against several references, each one that gives another rank has a row, an error.
    // One that has the source's value clears it.
    let rows = support::check(&changed, &references);
    let found = serious(&rows);
    assert_eq!(found.len(), 3, "{rows:#?}");
    assert!(
        found.iter().all(|r| r.severity == Severity::Error),
        "{rows:#?}"
    );
    let agreeing: &[&str] = &["Команда посіла третє місце в турнірній таблиці."];
    let mut with_agreeing = references.to_vec();
    with_agreeing[2] = (Lang::Uk, agreeing);
    assert_clean(&support::check(&changed, &with_agreeing));
}

#[test]
fn a_rank_in_digits_clears_a_rank_in_words() {
    let source = ["Отборът завърши на второ място в класирането."];
    for (lang, reference) in [
        (Lang::En, "The team finished 2nd in the standings."),
        (Lang::Ru, "Команда заняла 2-е место в турнирной таблице."),
    ] {
        assert_clean(&support::check(&source, &[(lang, &[reference])]));
    }
}

#[test]
fn two_ranks_left_on_one_side_tell_nothing() {
    // uk `другий` is not read: `десятий` is left against both `девета` and `втора`.
    let changed = ["Това е нейната девета титла и втора за сезона."];
    let reference: &[&str] = &["Це її десятий титул і другий у сезоні."];
    assert_clean(&support::check(&changed, &[(Lang::Uk, reference)]));
}

#[test]
fn a_reference_that_puts_the_rank_another_way_or_has_it_says_nothing() {
    let source = ["Отборът завърши на трето място в класирането."];
    for (lang, reference) in [
        // No ordinal: the rank said another way.
        (Lang::En, "The team finished behind the two leaders."),
        // The value as a figure.
        (Lang::Ru, "Команда заняла 3-е место в турнирной таблице."),
        // The value as a number in words.
        (Lang::Uk, "Команда посіла місце номер три в таблиці."),
    ] {
        assert_clean(&support::check(&source, &[(lang, &[reference])]));
    }
}

#[test]
fn another_rank_of_the_sentence_is_no_counterpart() {
    // The reference leaves out `втория` and keeps `шесто` and `трети`, which the source has
    // too: none of its ranks stands for `втория`.
    let source = ["Отборът падна на шесто място, а съперникът е трети, зад втория отбор."];
    let reference: &[&str] = &["The team dropped to sixth, while its rival is third."];
    assert_clean(&support::check(&source, &[(Lang::En, reference)]));
}

#[test]
fn idioms_and_first_stay_quiet() {
    let pairs: [(&str, Lang, &str); 8] = [
        // `first` is no rank compared.
        (
            "Министърът дойде за първи път в града.",
            Lang::En,
            "The minister came to the city for the second time.",
        ),
        // A century.
        (
            "Църквата е построена през петнадесети век.",
            Lang::Ru,
            "Церковь построена в третьем квартале века, в шестнадцатом веке.",
        ),
        // A third party.
        (
            "Сделката не засяга трети лица.",
            Lang::En,
            "The deal does not affect second parties.",
        ),
        // A world war.
        (
            "Паметникът е на загиналите във Втората световна война.",
            Lang::Uk,
            "Пам'ятник присвячено загиблим у Першій світовій війні і в третій хвилі.",
        ),
        // A time unit.
        (
            "Бегачът спечели третото си злато с една секунда преднина.",
            Lang::En,
            "The runner won gold again, by a split second.",
        ),
        // A day of a month.
        (
            "Срещата е насрочена за втория ден на форума.",
            Lang::Ru,
            "Встреча назначена на пятое марта, в день форума.",
        ),
        // A bound of a group, no rank.
        (
            "Университетът влезе в първите 300.",
            Lang::Kk,
            "Университет үздік 300-дің қатарына енді.",
        ),
        // A Kazakh century.
        (
            "Градът е основан през дванадесети век.",
            Lang::Kk,
            "Қала он екінші ғасырда, үшінші ғасыр деп те айтылады.",
        ),
    ];
    for (source, lang, reference) in pairs {
        assert_clean(&support::check(&[source], &[(lang, &[reference])]));
    }
}

#[test]
fn the_idiom_tables_are_sorted_unique_and_name_the_ordinal() {
    for lang in Lang::ALL {
        let rows: Vec<&str> = sverka::compare::ordinal_idioms_table(lang)
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        assert!(!rows.is_empty(), "{lang}");
        for pair in rows.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{lang}: {:?} then {:?}",
                pair[0],
                pair[1]
            );
        }
        for row in rows {
            assert_eq!(
                row.split(' ').filter(|w| *w == "~").count(),
                1,
                "{lang}: {row:?}"
            );
        }
    }
}
