//! A word put before a name the reference pairs through its last word (`Досеба Корея` where
//! the reference names North Korea), against a single reference: made-up articles, end to
//! end through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::Kind;

const TALKS_RU: [&str; 4] = [
    "Северная Корея заявила о готовности к новым переговорам.",
    "Президент Южной Кореи Мун Чжэ Ин приветствовал это заявление.",
    "Северная Корея пообещала закрыть ракетный полигон в этом месяце.",
    "Наблюдатели встретили новость с осторожностью.",
];

fn talks_bg(country: &str) -> [String; 4] {
    [
        "Северна Корея заяви, че е готова за нови преговори.".to_string(),
        "Президентът на Южна Корея Мун Дже-ин приветства изявлението.".to_string(),
        format!("{country} обеща да затвори ракетния полигон този месец."),
        "Наблюдателите посрещнаха новината предпазливо.".to_string(),
    ]
}

fn talks_bg_mid(country: &str) -> [String; 4] {
    let mut bg = talks_bg("");
    bg[2] = format!("Този месец {country} обеща да затвори ракетния полигон.");
    bg
}

#[test]
fn another_word_before_korea_where_the_source_writes_north_korea_elsewhere_is_reported() {
    let bg = talks_bg_mid("Досеба Корея");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::Ru, &TALKS_RU)]);
    let line3 = name_alarms(&rows, 3);
    assert_eq!(line3.len(), 1, "{rows:#?}");
    assert_eq!(
        (line3[0].kind, line3[0].ref_text.as_str()),
        (Kind::NameMismatch, "Северная Корея")
    );
    assert!(line3[0].source_text.contains("Досеба"), "{rows:#?}");
}

#[test]
fn north_korea_written_whole_is_no_finding() {
    let bg = talks_bg_mid("Северна Корея");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::Ru, &TALKS_RU)]);
    assert!(name_alarms(&rows, 3).is_empty(), "{rows:#?}");
}

#[test]
fn a_longer_reference_name_the_source_never_writes_whole_is_no_evidence() {
    // The source calls the country `Корея` alone everywhere else: a reference's longer name
    // there may be its own title or translation, and the word before `Корея` proves nothing.
    let mut bg = talks_bg_mid("Досеба Корея");
    bg[0] = "Корея заяви, че е готова за нови преговори.".to_string();
    bg[1] = "Президентът Мун Дже-ин приветства изявлението.".to_string();
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let ru = [
        TALKS_RU[0],
        "Президент Мун Чжэ Ин приветствовал это заявление.",
        TALKS_RU[2],
        TALKS_RU[3],
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(name_alarms(&rows, 3).is_empty(), "{rows:#?}");
}

const TRADE_EN: [&str; 3] = [
    "The US imposed new tariffs on Chinese goods on Monday.",
    "Backing down would mean bowing publicly to the US, which Beijing will not do.",
    "Talks are expected to resume next month.",
];

fn trade_bg(second: &str) -> [&str; 3] {
    [
        "САЩ наложиха нови мита на китайски стоки в понеделник.",
        second,
        "Очаква се преговорите да бъдат подновени следващия месец.",
    ]
}

#[test]
fn a_name_in_place_of_an_acronym_the_source_writes_elsewhere_is_reported() {
    // The source writes `САЩ` on line 1 for the reference's `US`, and on line 2, where the
    // reference names the US again, a name the reference document writes nowhere.
    let bg = trade_bg("Отстъплението би означавало публично да се поклони пред Хартлипул, което Пекин няма да направи.");
    let rows = check(&bg, &[(Lang::En, &TRADE_EN)]);
    let line2 = name_alarms(&rows, 2);
    assert_eq!(line2.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line2[0].kind,
            line2[0].source_text.as_str(),
            line2[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, "Хартлипул", "US")
    );
}

#[test]
fn the_acronym_rendered_here_is_no_finding() {
    let bg = trade_bg(
        "Отстъплението би означавало публично да се поклони пред САЩ, което Пекин няма да направи.",
    );
    let rows = check(&bg, &[(Lang::En, &TRADE_EN)]);
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn another_surname_after_a_first_name_the_reference_writes_whole_is_reported() {
    // `Кание Гватемала` where the reference names Kanye West: the names stage cuts the run at
    // the known place, the matcher pairs `Кание` with `Kanye West` through the first name,
    // and the word after it stands for the surname the sentence does not write.
    let en = [
        "The rapper Kanye West has changed his name.",
        "On Saturday the rapper Kanye West announced the change on Twitter.",
        "Fans were surprised.",
    ];
    let mut bg = [
        "Рапърът Кание Уест смени името си.",
        "В събота рапърът Кание Гватемала обяви промяната в Twitter.",
        "Феновете бяха изненадани.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let line2 = name_alarms(&rows, 2);
    assert_eq!(line2.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line2[0].kind,
            line2[0].source_text.as_str(),
            line2[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, "Гватемала", "Kanye West")
    );
    bg[1] = "В събота рапърът Кание Уест обяви промяната в Twitter.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
}
