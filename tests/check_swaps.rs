//! Figures that trade places in a sentence (the contract's "a percentage moved to a different
//! year, place or subject"), end to end on made-up sentences: around a year that keeps its
//! place, and around names that both sides pair. A sentence said the other way round, as
//! Kazakh and Russian word order often has it, moves each figure with its name: no finding.

#[path = "support/check.rs"]
mod support;

use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

fn check(source: &[&str], lang: Lang, reference: &[&str]) -> Vec<Row> {
    support::check(source, &[(lang, reference)])
}

/// The warning and error rows of `kind`.
fn serious(rows: &[Row], kind: Kind) -> Vec<&Row> {
    rows.iter()
        .filter(|r| r.kind == kind && r.severity >= Severity::Warning)
        .collect()
}

fn assert_clean(rows: &[Row]) {
    assert!(
        rows.iter().all(|r| r.severity < Severity::Warning),
        "{rows:#?}"
    );
}

/// Both percentages of the swap are reported, each against the reference's same value.
fn assert_swapped(rows: &[Row], kind: Kind, first: &str, second: &str) {
    let found = serious(rows, kind);
    assert_eq!(found.len(), 2, "{rows:#?}");
    for (text, r) in [first, second].iter().zip(&found) {
        assert!(r.source_text.contains(text), "{rows:#?}");
        assert_eq!(r.source_value, r.ref_value, "{rows:#?}");
        assert_eq!(r.severity, Severity::Error, "{rows:#?}");
    }
}

#[test]
fn percentages_after_their_places_trade_places() {
    let en = ["Growth reached 3% in Bulgaria and 5% in Romania last year."];
    let clean = ["Миналата година ръстът достигна 3% в България и 5% в Румъния."];
    assert_clean(&check(&clean, Lang::En, &en));
    let swapped = ["Миналата година ръстът достигна 5% в България и 3% в Румъния."];
    let rows = check(&swapped, Lang::En, &en);
    assert_swapped(&rows, Kind::PercentShift, "5%", "3%");
}

#[test]
fn percentages_before_their_subjects_trade_places() {
    // `Bulgaria grew 3% and Romania 5%`: the name stands before its figure.
    let ru = ["Экономика Болгарии выросла на 3%, а экономика Румынии на 5%."];
    let clean = ["Икономиката на България нарасна с 3%, а икономиката на Румъния с 5%."];
    assert_clean(&check(&clean, Lang::Ru, &ru));
    let swapped = ["Икономиката на България нарасна с 5%, а икономиката на Румъния с 3%."];
    let rows = check(&swapped, Lang::Ru, &ru);
    assert_swapped(&rows, Kind::PercentShift, "5%", "3%");
}

#[test]
fn a_sentence_said_the_other_way_round_moves_no_percentage() {
    // The reference names Romania first, each figure still beside its own country.
    let en = ["Romania grew by 5% last year, while Bulgaria grew by 3%."];
    let source = ["Миналата година България отчете ръст от 3%, а Румъния от 5%."];
    assert_clean(&check(&source, Lang::En, &en));
    let uk = ["Минулого року Румунія зросла на 5%, тоді як Болгарія на 3%."];
    assert_clean(&check(&source, Lang::Uk, &uk));
}

#[test]
fn amounts_of_money_trade_places_as_a_number_mismatch() {
    let en = ["The fund gave $3 million to Sofia and $5 million to Varna."];
    let clean = ["Фондът отпусна 3 млн. долара на София и 5 млн. долара на Варна."];
    assert_clean(&check(&clean, Lang::En, &en));
    let swapped = ["Фондът отпусна 5 млн. долара на София и 3 млн. долара на Варна."];
    let rows = check(&swapped, Lang::En, &en);
    assert_swapped(&rows, Kind::NumberMismatch, "5 млн", "3 млн");
    assert!(serious(&rows, Kind::PercentShift).is_empty(), "{rows:#?}");
}

#[test]
fn percentages_around_a_year_still_trade_places() {
    let en = ["Inflation was 4.4% in 2023 and is expected at 6.7% in 2028."];
    let clean = ["Инфлацията е 4,4% през 2023 г. и се очаква да бъде 6,7% през 2028 г."];
    assert_clean(&check(&clean, Lang::En, &en));
    let swapped = ["Инфлацията е 6,7% през 2023 г. и се очаква да бъде 4,4% през 2028 г."];
    let rows = check(&swapped, Lang::En, &en);
    assert_eq!(serious(&rows, Kind::PercentShift).len(), 2, "{rows:#?}");
}

#[test]
fn equal_figures_around_names_are_no_swap() {
    let en = ["Prices rose 3% in Bulgaria and 3% in Romania."];
    let source = ["Цените се повишиха с 3% в България и с 3% в Румъния."];
    assert_clean(&check(&source, Lang::En, &en));
}

#[test]
fn two_references_each_report_the_swap() {
    let en = ["Growth reached 3% in Bulgaria and 5% in Romania."];
    let ru = ["Рост составил 3% в Болгарии и 5% в Румынии."];
    let swapped = ["Ръстът достигна 5% в България и 3% в Румъния."];
    let rows = support::check(&swapped, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let found = serious(&rows, Kind::PercentShift);
    assert_eq!(found.len(), 4, "{rows:#?}");
}

#[test]
fn amounts_around_a_conversion_that_keeps_its_place_trade_places() {
    // The dollar figure stands after the first amount on both sides: the amounts moved.
    let en = ["The budget reached €3.1 billion ($3.6 billion), up from an initial €2.2 billion."];
    let clean =
        ["Бюджетът достигна 3,1 млрд. евро (3,6 млрд. долара) при първоначални 2,2 млрд. евро."];
    assert_clean(&check(&clean, Lang::En, &en));
    let swapped =
        ["Бюджетът достигна 2,2 млрд. евро (3,6 млрд. долара) при първоначални 3,1 млрд. евро."];
    let rows = check(&swapped, Lang::En, &en);
    assert_swapped(&rows, Kind::NumberMismatch, "2,2 млрд", "3,1 млрд");
}

#[test]
fn a_conversion_that_moves_with_its_amount_is_no_swap() {
    // uk says it the other way round, the dollars still beside their euros.
    let uk = ["Початкові 2,2 млрд євро зросли до 3,1 млрд євро (3,6 млрд доларів)."];
    let source =
        ["Бюджетът достигна 3,1 млрд. евро (3,6 млрд. долара) при първоначални 2,2 млрд. евро."];
    assert_clean(&check(&source, Lang::Uk, &uk));
}

#[test]
fn counts_side_by_side_between_names_that_keep_their_places_trade_places() {
    // No name between the two, but one before and one after them on both sides (not
    // opening the sentence, where only a spelling dictionary tells a name from a word).
    let en = ["On Monday the city of Burgas reported 120 injured and 35 missing, Ivanov said."];
    let clean = ["В понеделник град Бургас отчете 120 ранени и 35 изчезнали, каза Иванов."];
    assert_clean(&check(&clean, Lang::En, &en));
    let swapped = ["В понеделник град Бургас отчете 35 ранени и 120 изчезнали, каза Иванов."];
    let rows = check(&swapped, Lang::En, &en);
    assert_swapped(&rows, Kind::NumberMismatch, "35", "120");
}

#[test]
fn counts_side_by_side_in_a_sentence_turned_round_are_no_swap() {
    // The reference turns the whole sentence round: the names moved with the counts.
    let en = ["Ivanov said 35 were missing and 120 injured in Burgas on Monday."];
    let source = ["Бургас отчете 120 ранени и 35 изчезнали в понеделник, каза Иванов."];
    assert_clean(&check(&source, Lang::En, &en));
}

/// Two counts with nothing between them that keeps its place: one reference alone cannot
/// tell a swap from a sentence said the other way round; several that all give the two in
/// the other order can.
#[test]
fn counts_every_reference_gives_the_other_way_round_trade_places() {
    let en: &[&str] = &["Firefighters rescued 120 people, and 35 were taken to hospital."];
    let ru: &[&str] = &["Пожарные спасли 120 человек, а 35 были доставлены в больницу."];
    let uk: &[&str] = &["Пожежники врятували 120 людей, а 35 були доставлені до лікарні."];
    let clean = ["Пожарникарите спасиха 120 души, а 35 бяха откарани в болница."];
    assert_clean(&support::check(&clean, &[(Lang::En, en), (Lang::Ru, ru)]));
    let swapped = ["Пожарникарите спасиха 35 души, а 120 бяха откарани в болница."];
    // One reference: no anchor, no finding.
    assert_clean(&check(&swapped, Lang::En, en));
    let rows = support::check(&swapped, &[(Lang::En, en), (Lang::Ru, ru), (Lang::Uk, uk)]);
    let found = errors(&rows, Kind::NumberMismatch);
    assert_eq!(found.len(), 6, "{rows:#?}");
    assert!(
        found.iter().all(|r| r.source_value == r.ref_value),
        "{rows:#?}"
    );
}

#[test]
fn percentages_every_reference_gives_the_other_way_round_are_a_percent_shift() {
    let en: &[&str] = &["Turnout was 64% among women and 58% among men."];
    let kk: &[&str] = &["Әйелдер арасында сайлауға қатысу 64% болды, ал ерлер арасында 58%."];
    let swapped = ["Избирателната активност е 58% сред жените и 64% сред мъжете."];
    let rows = support::check(&swapped, &[(Lang::En, en), (Lang::Kk, kk)]);
    assert_eq!(errors(&rows, Kind::PercentShift).len(), 4, "{rows:#?}");
}

#[test]
fn a_reference_that_rewords_around_the_two_takes_no_side() {
    // kk gives the two the other way round too, but puts the town between them: said its
    // own way, it neither backs nor contradicts en and ru.
    let en: &[&str] = &["About 3,000 people were evacuated to 12 shelters in Varna."];
    let ru: &[&str] = &["Около 3000 человек были эвакуированы в 12 убежищ в Варне."];
    let kk: &[&str] = &["Шамамен 3000 адам Варнадағы 12 баспанаға эвакуацияланды."];
    let swapped = ["12 души бяха евакуирани в около 3000 убежища във Варна."];
    let rows = support::check(&swapped, &[(Lang::En, en), (Lang::Ru, ru), (Lang::Kk, kk)]);
    let found = errors(&rows, Kind::NumberMismatch);
    for lang in ["en", "ru"] {
        let of_lang = found.iter().filter(|r| r.ref_lang == lang).count();
        assert_eq!(of_lang, 2, "{rows:#?}");
    }
}

#[test]
fn one_reference_in_the_source_order_outweighs_the_others() {
    // kk says the sentence the other way round, in the source's order: the references no
    // longer agree that the source moved the two.
    let en: &[&str] = &["Firefighters rescued 120 people, and 35 were taken to hospital."];
    let ru: &[&str] = &["Пожарные спасли 120 человек, а 35 были доставлены в больницу."];
    let kk: &[&str] = &["35 адам ауруханаға жеткізілді, ал өрт сөндірушілер 120 адамды құтқарды."];
    let source = ["Пожарникарите спасиха 35 души, а 120 бяха откарани в болница."];
    let rows = support::check(&source, &[(Lang::En, en), (Lang::Ru, ru), (Lang::Kk, kk)]);
    assert!(errors(&rows, Kind::NumberMismatch).is_empty(), "{rows:#?}");
}

#[test]
fn a_source_said_the_other_way_round_with_its_places_moves_no_figure() {
    // Every reference names Sofia first, but each count stays beside its own city.
    let en: &[&str] = &["In Sofia 120 people were injured, and in Varna 35."];
    let ru: &[&str] = &["В Софии пострадали 120 человек, а в Варне 35."];
    let source = ["Във Варна бяха ранени 35 души, а в София 120."];
    assert_clean(&support::check(&source, &[(Lang::En, en), (Lang::Ru, ru)]));
}

/// The error rows of `kind`.
fn errors(rows: &[Row], kind: Kind) -> Vec<&Row> {
    rows.iter()
        .filter(|r| r.kind == kind && r.severity == Severity::Error)
        .collect()
}

#[test]
fn a_rate_per_another_period_is_a_unit_mismatch() {
    let en = ["The program costs $10 million a month."];
    let source = ["Програмата струва 10 млн. долара годишно."];
    let rows = check(&source, Lang::En, &en);
    let found = errors(&rows, Kind::UnitMismatch);
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].source_value, "10000000 USD/year");
    assert_eq!(found[0].ref_value, "10000000 USD/month");
    let clean = ["Програмата струва 10 млн. долара месечно."];
    assert_clean(&check(&clean, Lang::En, &en));

    let ru = ["Шахта даёт 20 тонн в неделю."];
    let rows = check(&["Мината дава 20 тона на ден."], Lang::Ru, &ru);
    assert_eq!(errors(&rows, Kind::UnitMismatch).len(), 1, "{rows:#?}");
    assert_clean(&check(&["Мината дава 20 тона седмично."], Lang::Ru, &ru));
}

#[test]
fn a_period_on_one_side_only_is_no_error() {
    let en = ["The city has an annual budget of $10 million."];
    let source = ["Градът разполага с 10 млн. долара годишно."];
    assert_clean(&check(&source, Lang::En, &en));
}

#[test]
fn the_same_rate_per_another_period_is_no_error() {
    let en = ["The plant treats 120 tons a year."];
    let source = ["Заводът преработва 10 тона месечно."];
    assert_clean(&check(&source, Lang::En, &en));
    let changed = ["Заводът преработва 12 тона месечно."];
    let rows = check(&changed, Lang::En, &en);
    assert_eq!(errors(&rows, Kind::NumberMismatch).len(), 1, "{rows:#?}");
}

#[test]
fn a_kazakh_period_before_the_figure_meets_the_source_period() {
    let kk = ["Қазынаға жылына 120 миллион фунт түседі."];
    let clean = ["Хазната ще получава 120 милиона паунда годишно."];
    assert_clean(&check(&clean, Lang::Kk, &kk));
    let changed = ["Хазната ще получава 120 милиона паунда месечно."];
    let rows = check(&changed, Lang::Kk, &kk);
    assert_eq!(errors(&rows, Kind::UnitMismatch).len(), 1, "{rows:#?}");
}

#[test]
fn a_speed_per_another_period_is_a_unit_mismatch() {
    let en = ["The storm had winds of 85 mph on Sunday."];
    let clean = ["Бурята имаше ветрове от 85 мили в час в неделя."];
    assert_clean(&check(&clean, Lang::En, &en));
    let changed = ["Бурята имаше ветрове от 85 мили в минута в неделя."];
    let rows = check(&changed, Lang::En, &en);
    assert_eq!(errors(&rows, Kind::UnitMismatch).len(), 1, "{rows:#?}");
}

/// Scores (sc18): read in the order written, so a score turned round is another result.
#[test]
fn a_score_turned_round_is_a_number_mismatch() {
    let en = ["Menga's strike gave Livingston a 1-0 win over Rangers on Sunday."];
    let clean = ["Ударът на Менга донесе на Ливингстън победа с 1-0 над Рейнджърс в неделя."];
    assert_clean(&check(&clean, Lang::En, &en));
    let turned = ["Ударът на Менга донесе на Ливингстън победа с 0-1 над Рейнджърс в неделя."];
    let rows = check(&turned, Lang::En, &en);
    let found = errors(&rows, Kind::NumberMismatch);
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].source_value, "0-1", "{rows:#?}");
    assert_eq!(found[0].ref_value, "1-0", "{rows:#?}");
}

#[test]
fn scores_with_spaces_colons_and_words_agree_with_the_reference() {
    let ru = ["«Ливингстон» победил «Рейнджерс» со счетом 2:1 в субботу."];
    let bg = ["Ливингстън победи Рейнджърс с 2 – 1 в събота."];
    assert_clean(&check(&bg, Lang::Ru, &ru));
    let uk = ["«Ліверпуль» переміг «Челсі» з рахунком 3:1."];
    let bg = ["Ливърпул победи Челси с 3 на 1."];
    assert_clean(&check(&bg, Lang::Uk, &uk));
    let kk = ["«Астана» командасы «Қайратты» 2-0 есебімен жеңді."];
    let bg = ["Отборът на Астана победи Кайрат с 2-0."];
    assert_clean(&check(&bg, Lang::Kk, &kk));
}

#[test]
fn a_changed_count_of_a_score_is_a_number_mismatch() {
    let en = ["Liverpool beat Chelsea 3-1 at Anfield."];
    let bg = ["Ливърпул победи Челси с 3-2 на Анфийлд."];
    let rows = check(&bg, Lang::En, &en);
    assert_eq!(errors(&rows, Kind::NumberMismatch).len(), 1, "{rows:#?}");
}

#[test]
fn a_score_turned_round_with_its_teams_is_no_error() {
    // The reference names the loser first: each count kept its team.
    let en = ["Rangers lost the match 0-1 to Livingston on Sunday."];
    let bg = ["Ливингстън победи Рейнджърс в мача с 1-0 в неделя."];
    let rows = check(&bg, Lang::En, &en);
    assert!(errors(&rows, Kind::NumberMismatch).is_empty(), "{rows:#?}");
    // Still worth a look.
    assert!(
        rows.iter()
            .any(|r| r.kind == Kind::NumberMismatch && r.source_value == "1-0"),
        "{rows:#?}"
    );
}

#[test]
fn a_range_is_no_score() {
    let en = ["Prices rose by 6.7-12% in 1-3 years."];
    let bg = ["Цените се покачиха с 6,7-12% за 1-3 години."];
    assert_clean(&check(&bg, Lang::En, &en));
}

#[test]
fn a_score_turned_round_into_what_reads_as_a_range_is_a_number_mismatch() {
    // No sports word: `17-38` reads as a range, its ends in the order written.
    let en = ["Ayr 38-17 Melrose: unbeaten Ayr go top."];
    let clean = ["Еър 38-17 Мелроуз: непобедимите Еър излязоха начело."];
    assert_clean(&check(&clean, Lang::En, &en));
    let turned = ["Еър 17-38 Мелроуз: непобедимите Еър излязоха начело."];
    let rows = check(&turned, Lang::En, &en);
    assert_eq!(errors(&rows, Kind::NumberMismatch).len(), 1, "{rows:#?}");
}

#[test]
fn a_name_the_reference_writes_twice_is_no_anchor_of_a_swap() {
    // The reference writes `ЄС` twice, so the source's `ЕС` may pair with either: it gives no
    // place that two figures trading places are measured against. `мільйон`, the same on both
    // sides, keeps its place between them: Bulgaria's rate and the EU's traded places.
    let uk = ["Болгарія залишається першою в ЄС за смертністю на дорогах — 82 загиблих на мільйон жителів проти 44 в середньому по ЄС."];
    let clean = ["България остава първа в ЕС по смъртност на пътя с 82 загинали на милион жители при средно 44 за Съюза."];
    let rows = support::check(&clean, &[(Lang::Uk, &uk)]);
    assert!(
        rows.iter().all(|r| r.severity < Severity::Warning),
        "{rows:#?}"
    );
    let swapped = ["България остава първа в ЕС по смъртност на пътя с 44 загинали на милион жители при средно 82 за Съюза."];
    let rows = support::check(&swapped, &[(Lang::Uk, &uk)]);
    let mismatched: Vec<&Row> = rows
        .iter()
        .filter(|r| r.kind == Kind::NumberMismatch && r.severity == Severity::Error)
        .collect();
    assert_eq!(mismatched.len(), 2, "{rows:#?}");
}

/// The start and the end of a price change trade places, the per-unit said with the end alone
/// (`от 3,05 лв. на 3,42 лв. за кубичен метър`, `from 3.05 leva to 3.42 leva per cubic
/// metre`): the two are prices in one currency, and a swap of them is found as any other,
/// where the unit `BGN` against `BGN/m3` had kept them apart.
#[test]
fn prices_of_a_change_with_the_per_unit_on_one_end_trade_places() {
    let en: &[&str] =
        &["The price of water will rise from 3.05 leva to 3.42 leva per cubic metre."];
    let ru: &[&str] = &["Цена воды вырастет с 3,05 до 3,42 лева за кубометр."];
    let clean = ["Цената на водата ще се повиши от 3,05 лв. на 3,42 лв. за кубичен метър."];
    assert_clean(&support::check(&clean, &[(Lang::En, en), (Lang::Ru, ru)]));
    let swapped = ["Цената на водата ще се повиши от 3,42 лв. на 3,05 лв. за кубичен метър."];
    let rows = support::check(&swapped, &[(Lang::En, en), (Lang::Ru, ru)]);
    let found = serious(&rows, Kind::NumberMismatch);
    assert!(
        found.iter().any(|r| r.source_text.starts_with("3,42"))
            && found.iter().any(|r| r.source_text.starts_with("3,05")),
        "{rows:#?}"
    );
}

/// A reference that joins two source sentences, one of them with a changed figure (the
/// made-up report `mobile-tariffs-kazakhstan`, whose en reference joins lines 8 and 9): the
/// changed figures keep the aligner from joining them, and the sentence left without a
/// reference still meets the joined sentence's figure of its kind (12 cities against 20). A
/// figure the joined sentence gives as it is (the `5` of `5G`) is no changed one.
#[test]
fn a_figure_changed_in_a_sentence_the_reference_joins() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reports/mobile-tariffs-kazakhstan"
    );
    let read = |path: String| std::fs::read_to_string(path).expect("report file");
    let source = read(format!("{dir}/errors/bg.txt"));
    let en = read(format!("{dir}/en.txt"));
    let source: Vec<&str> = source.lines().collect();
    let en: Vec<&str> = en.lines().collect();
    let rows = support::check(&source, &[(Lang::En, &en)]);
    let changed: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r.kind == Kind::NumberMismatch && r.severity == Severity::Error)
        .map(|r| (r.source_text.as_str(), r.ref_text.as_str()))
        .collect();
    assert!(changed.contains(&("12", "20")), "{rows:#?}");
    assert!(!changed.iter().any(|(s, _)| *s == "5"), "{rows:#?}");
}
