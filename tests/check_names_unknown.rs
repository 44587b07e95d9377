//! A source name that no reference writes anywhere, in any script, where most of several
//! references render its sentence (`src/compare/names_unknown.rs`): made-up articles, end to
//! end through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::{Kind, Row};

const EN: [&str; 3] = [
    "The regional parliament met in Cardiff on Monday.",
    "The budget committee of the Assembly approved the plan on Tuesday.",
    "Its members will vote on the plan next month.",
];
const RU: [&str; 3] = [
    "Региональный парламент собрался в Кардиффе в понедельник.",
    "Бюджетный комитет Ассамблеи одобрил план во вторник.",
    "Его члены проголосуют за план в следующем месяце.",
];
const UK: [&str; 3] = [
    "Регіональний парламент зібрався в Кардіффі в понеділок.",
    "Бюджетний комітет Асамблеї схвалив план у вівторок.",
    "Його члени проголосують за план наступного місяця.",
];
const KK: [&str; 3] = [
    "Аймақтық парламент дүйсенбі күні Кардиффте жиналды.",
    "Ассамблеяның бюджет комитеті сейсенбі күні жоспарды мақұлдады.",
    "Оның мүшелері келесі айда жоспар бойынша дауыс береді.",
];

fn bg(line2: &str) -> [String; 3] {
    [
        "Регионалният парламент се събра в Кардиф в понеделник.".to_string(),
        line2.to_string(),
        "Членовете му ще гласуват плана следващия месец.".to_string(),
    ]
}

fn run(line2: &str, references: &[(Lang, &[&str])]) -> Vec<Row> {
    let bg = bg(line2);
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    check(&bg, references)
}

fn all_four() -> [(Lang, &'static [&'static str]); 4] {
    [
        (Lang::En, &EN[..]),
        (Lang::Ru, &RU[..]),
        (Lang::Uk, &UK[..]),
        (Lang::Kk, &KK[..]),
    ]
}

/// The rows of this rule: a name no reference writes.
fn unknown(rows: &[Row], line: usize) -> Vec<&Row> {
    name_alarms(rows, line)
        .into_iter()
        .filter(|r| r.message.contains("nowhere, in any script"))
        .collect()
}

#[test]
fn a_name_no_reference_writes_is_a_warning_against_each_reference() {
    let rows = run(
        "Бюджетната комисия на Харингтън одобри плана във вторник.",
        &all_four(),
    );
    let line2 = name_alarms(&rows, 2);
    assert!(
        line2
            .iter()
            .all(|r| r.kind == Kind::NameMismatch && r.source_text == "Харингтън"),
        "{rows:#?}"
    );
    let mut langs: Vec<&str> = line2.iter().map(|r| r.ref_lang.as_str()).collect();
    langs.sort_unstable();
    langs.dedup();
    assert_eq!(langs, ["en", "kk", "ru", "uk"], "{rows:#?}");
}

#[test]
fn the_right_name_is_no_finding() {
    let rows = run(
        "Бюджетната комисия на Асамблеята одобри плана във вторник.",
        &all_four(),
    );
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_name_the_references_write_elsewhere_is_not_unknown() {
    // The references name Harrington in another sentence: the source may have moved him.
    let en = [
        EN[0],
        EN[1],
        "Harrington said its members will vote next month.",
    ];
    let ru = [
        RU[0],
        RU[1],
        "Харрингтон сказал, что его члены проголосуют в следующем месяце.",
    ];
    let uk = [
        UK[0],
        UK[1],
        "Гаррінгтон сказав, що його члени проголосують наступного місяця.",
    ];
    let kk = [
        KK[0],
        KK[1],
        "Харрингтонның айтуынша, мүшелер келесі айда дауыс береді.",
    ];
    let rows = run(
        "Бюджетната комисия на Харингтън одобри плана във вторник.",
        &[
            (Lang::En, &en[..]),
            (Lang::Ru, &ru[..]),
            (Lang::Uk, &uk[..]),
            (Lang::Kk, &kk[..]),
        ],
    );
    assert!(unknown(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn one_or_two_references_lacking_a_name_are_no_evidence() {
    // A translation drops names (`the president` for `Тръмп`): one or two references
    // without it say nothing on their own.
    let line2 = "Бюджетната комисия на Харингтън одобри плана във вторник.";
    let rows = run(line2, &[(Lang::En, &EN[..])]);
    assert!(unknown(&rows, 2).is_empty(), "{rows:#?}");
    let rows = run(line2, &[(Lang::En, &EN[..]), (Lang::Ru, &RU[..])]);
    assert!(unknown(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_capitalized_word_heading_a_phrase_in_lower_case_is_no_name() {
    // `Въздушен контрол`: a title said in ordinary words, which no reference writes as such.
    let rows = run(
        "Бюджетната комисия и Въздушен контрол одобриха плана във вторник.",
        &all_four(),
    );
    assert!(unknown(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_plural_adjective_heading_a_phrase_in_lower_case_is_no_name() {
    // `Световни игри`, `Регионални избори`, `Исторически`: a plural adjective without the
    // article (`-овни`, `-ални`, `-ични` of `phrase_heads.tsv`) heading a title in ordinary
    // words, which the references translate.
    for line2 in [
        "Бюджетната комисия за Световни игри одобри плана във вторник.",
        "Бюджетната комисия за Регионални избори одобри плана във вторник.",
    ] {
        let rows = run(line2, &all_four());
        assert!(unknown(&rows, 2).is_empty(), "{line2}: {rows:#?}");
    }
}

#[test]
fn a_word_in_quotation_marks_is_no_name_put_in() {
    // A pun or a title translated in quotation marks (`„римува се с Тъп“`).
    let rows = run(
        "Бюджетната комисия на Асамблеята нарече плана „Нова Зорница“ във вторник.",
        &all_four(),
    );
    assert!(unknown(&rows, 2).is_empty(), "{rows:#?}");
}

const CHAIR_EN: [&str; 3] = [
    "The committee met on Monday.",
    "Committee chair Christine Maisie Hart presented the plan.",
    "The vote is next month.",
];
const CHAIR_RU: [&str; 3] = [
    "Комитет собрался в понедельник.",
    "Председатель комитета Кристин Мэйзи Харт представила план.",
    "Голосование состоится в следующем месяце.",
];
const CHAIR_UK: [&str; 3] = [
    "Комітет зібрався в понеділок.",
    "Голова комітету Крістін Мейзі Гарт представила план.",
    "Голосування відбудеться наступного місяця.",
];
const CHAIR_KK: [&str; 3] = [
    "Комитет дүйсенбі күні жиналды.",
    "Комитет төрайымы Кристин Мэйзи Харт жоспарды таныстырды.",
    "Дауыс беру келесі айда өтеді.",
];

fn chair(line2: &str) -> Vec<Row> {
    let bg = [
        "Комитетът се събра в понеделник.",
        line2,
        "Гласуването е следващия месец.",
    ];
    check(
        &bg,
        &[
            (Lang::En, &CHAIR_EN[..]),
            (Lang::Ru, &CHAIR_RU[..]),
            (Lang::Uk, &CHAIR_UK[..]),
            (Lang::Kk, &CHAIR_KK[..]),
        ],
    )
}

#[test]
fn a_first_name_put_for_another_in_a_longer_name_is_found() {
    // The other words agree with every reference; the first name is written in none of
    // them. (Whichever rule finds it: the pairing here, or the word no reference writes
    // where the pairing takes the name for the same.)
    let rows = chair("Председателят на комитета Науърт Мейзи Харт представи плана.");
    let line2 = name_alarms(&rows, 2);
    assert!(line2.len() >= 3, "{rows:#?}");
    assert!(
        line2
            .iter()
            .all(|r| r.kind == Kind::NameMismatch && r.source_text.contains("Науърт")),
        "{rows:#?}"
    );
}

#[test]
fn the_whole_name_right_is_no_finding() {
    let rows = chair("Председателят на комитета Кристин Мейзи Харт представи плана.");
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

/// The rows of the slip rule: an ordinary word of a name misspelt (`names_slip.rs`).
fn slips(rows: &[Row], line: usize) -> Vec<&Row> {
    name_alarms(rows, line)
        .into_iter()
        .filter(|r| r.message.contains("one letter from"))
        .collect()
}

#[test]
fn an_ordinary_word_of_a_name_misspelt_is_a_warning() {
    // `Агонция` for `Агенция`: the references translate the word (`Agency`, `Агентство`),
    // so the pairing cannot see the slip; the source's own common words can.
    let en = [
        "The ministers met in Sofia on Monday.",
        "The Agency for Road Safety published its report on Tuesday.",
        "The report will be discussed next month.",
    ];
    let ru = [
        "Министры встретились в Софии в понедельник.",
        "Агентство по безопасности дорожного движения опубликовало доклад во вторник.",
        "Доклад обсудят в следующем месяце.",
    ];
    let line2 =
        |agency: &str| format!("Във вторник {agency} за пътна безопасност публикува доклада си.");
    let run = |agency: &str| {
        let second = line2(agency);
        let bg = [
            "Министрите се срещнаха в София в понеделник.",
            second.as_str(),
            "Докладът ще бъде обсъден следващия месец.",
        ];
        check(&bg, &[(Lang::En, &en[..]), (Lang::Ru, &ru[..])])
    };
    let rows = run("Агонция");
    let found = slips(&rows, 2);
    assert_eq!(found.len(), 2, "{rows:#?}");
    assert!(
        found.iter().all(|r| r.message.contains("агенция")),
        "{rows:#?}"
    );
    let rows = run("Агенция");
    assert!(slips(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_name_in_someones_long_quoted_words_is_judged_like_any() {
    // A quotation of many words is someone's words, not a title, even when the speaker is
    // named in another sentence: a name put in there is found.
    let rows = run(
        "„Както и да гледаме на това, бюджетната комисия на Харингтън одобри плана във вторник, без много обсъждане.",
        &all_four(),
    );
    let line2 = unknown(&rows, 2);
    assert!(!line2.is_empty(), "{rows:#?}");
    assert!(
        line2.iter().all(|r| r.source_text == "Харингтън"),
        "{rows:#?}"
    );
}

#[test]
fn an_adjective_standing_alone_for_a_name_is_a_warning() {
    // A capitalized adjective with the article that no noun follows (the sentence ends, or
    // `на`, a word that is never a noun, comes next) heads no title: it stands where a name
    // stood (`одобрено от Корейската на профсъюзите` for `Конгреса на профсъюзите`).
    for line2 in [
        "Планът беше одобрен във вторник от бюджетната комисия на Шотландската.",
        "Бюджетната комисия на Шотландската на членовете одобри плана във вторник.",
    ] {
        let rows = run(line2, &all_four());
        let found = unknown(&rows, 2);
        let mut langs: Vec<&str> = found
            .iter()
            .filter(|r| r.source_text == "Шотландската")
            .map(|r| r.ref_lang.as_str())
            .collect();
        langs.sort_unstable();
        langs.dedup();
        assert_eq!(langs, ["en", "kk", "ru", "uk"], "{line2}: {rows:#?}");
    }
}

#[test]
fn an_adjective_heading_its_noun_is_a_title_not_a_name_put_in() {
    // `Шотландската асамблея`: a title in words, which each translation renders its own way;
    // and two adjectives sharing one noun (`Шотландската и Уелската`) are no adjective alone.
    for line2 in [
        "Бюджетната комисия на Шотландската асамблея одобри плана във вторник.",
        "Бюджетните комисии на Шотландската и Уелската асамблея одобриха плана във вторник.",
    ] {
        let rows = run(line2, &all_four());
        assert!(unknown(&rows, 2).is_empty(), "{line2}: {rows:#?}");
    }
}

#[test]
fn one_reference_writing_the_lone_adjective_elsewhere_does_not_outweigh_it() {
    // The kk reference names Scotland two sentences on: the source's `Шотландската` alone
    // still stands where a name stood, against the three that write it nowhere; with the ru
    // reference naming Scotland too, two references know it, and it is left alone.
    let bg = [
        "Регионалният парламент се събра в Кардиф в понеделник.",
        "Планът беше одобрен във вторник от бюджетната комисия на Шотландската.",
        "Членовете му ще гласуват плана следващия месец.",
        "Сесията продължи три часа.",
        "Гласуването ще бъде публично.",
    ];
    let en = [
        EN[0],
        EN[1],
        EN[2],
        "The session lasted three hours.",
        "The vote will be public.",
    ];
    let uk = [
        UK[0],
        UK[1],
        UK[2],
        "Сесія тривала три години.",
        "Голосування буде відкритим.",
    ];
    let ru_plain = [
        RU[0],
        RU[1],
        RU[2],
        "Сессия длилась три часа.",
        "Голосование будет открытым.",
    ];
    let ru_scotland = [
        RU[0],
        RU[1],
        RU[2],
        "Сессия длилась три часа.",
        "Голосование в Шотландии будет открытым.",
    ];
    let kk = [
        KK[0],
        KK[1],
        KK[2],
        "Сессия үш сағатқа созылды.",
        "Шотландияда дауыс беру ашық болады.",
    ];
    let langs_warned = |ru: &[&str]| {
        let rows = check(
            &bg,
            &[
                (Lang::En, &en[..]),
                (Lang::Ru, ru),
                (Lang::Uk, &uk[..]),
                (Lang::Kk, &kk[..]),
            ],
        );
        let mut langs: Vec<String> = unknown(&rows, 2)
            .iter()
            .map(|r| r.ref_lang.clone())
            .collect();
        langs.sort_unstable();
        langs.dedup();
        (langs, rows)
    };
    let (langs, rows) = langs_warned(&ru_plain);
    assert_eq!(langs, ["en", "ru", "uk"], "{rows:#?}");
    let (langs, rows) = langs_warned(&ru_scotland);
    assert!(langs.is_empty(), "{rows:#?}");
}

/// A known equivalent rendered by meaning (`Малкия Арал`, the Small Aral: ru `Малом Арале`,
/// kk `Кіші Аралда`) is no name put in, though no reference writes its word `Малкия`.
#[test]
fn a_listed_rendering_by_meaning_is_no_word_put_in() {
    let bg = [
        "Площта на Северното Аралско море нарасна до 3300 кв. км.",
        "Уловът на риба в Малкия Арал достигна 8200 тона.",
        "Рибарите получават 280 000 тенге на месец.",
    ];
    let ru = [
        "Площадь Северного Аральского моря увеличилась до 3300 кв. км.",
        "Вылов рыбы на Малом Арале достиг 8200 тонн.",
        "Рыбаки получают 280 тыс. тенге в месяц.",
    ];
    let uk = [
        "Площа Північного Аральського моря збільшилася до 3300 кв. км.",
        "Вилов риби в Малому Аралі досяг 8200 тонн.",
        "Рибалки отримують 280 тис. тенге на місяць.",
    ];
    let kk = [
        "Солтүстік Арал теңізінің ауданы 3 300 шаршы шақырымға жетті.",
        "Кіші Аралда балық аулау 8 200 тоннаға жетті.",
        "Балықшылар айына 280 мың теңге алады.",
    ];
    let rows = check(
        &bg,
        &[
            (Lang::Ru, &ru[..]),
            (Lang::Uk, &uk[..]),
            (Lang::Kk, &kk[..]),
        ],
    );
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

/// The Richter scale's eponym is no name a translation must keep: translators drop `по
/// скалата на Рихтер` (`a magnitude 8.8 earthquake`, ru `магнитудой 8,8`), and `Рихтер`,
/// written by no reference, was a name_mismatch warning against each of them.
#[test]
fn the_richter_scale_dropped_by_every_reference_is_no_name_put_in() {
    let source = ["Земетресение с магнитуд 8,8 по скалата на Рихтер разтърси Камчатка."];
    let refs: [(Lang, &[&str]); 3] = [
        (Lang::En, &["A magnitude 8.8 earthquake struck Kamchatka."]),
        (
            Lang::Ru,
            &["Землетрясение магнитудой 8,8 произошло на Камчатке."],
        ),
        (Lang::Uk, &["Землетрус магнітудою 8,8 стався на Камчатці."]),
    ];
    let rows = check(&source, &refs);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}
