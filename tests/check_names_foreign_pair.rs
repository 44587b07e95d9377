//! A name put in place of another where the two languages order the sentence differently
//! (Kazakh opens with the place, Bulgarian ends with it), against a single reference:
//! made-up articles, end to end through the checking stage.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::Kind;

const BRIDGE_KK: [&str; 3] = [
    "Кеше Гилфорд қаласында жаңа көпір салтанатты түрде ашылды.",
    "Құрылыс екі жылға созылды.",
    "Жергілікті тұрғындар жаңалықты қуана қарсы алды.",
];

fn bridge_bg(town: &str) -> [String; 3] {
    [
        format!("Вчера беше открит тържествено нов мост в град {town}."),
        "Строителството продължи две години.".to_string(),
        "Местните жители посрещнаха новината с радост.".to_string(),
    ]
}

#[test]
fn a_town_neither_document_writes_elsewhere_is_reported_wherever_each_side_puts_it() {
    let bg = bridge_bg("Пембрук");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::Kk, &BRIDGE_KK)]);
    let line1 = name_alarms(&rows, 1);
    assert_eq!(line1.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line1[0].kind,
            line1[0].source_text.as_str(),
            line1[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, "Пембрук", "Гилфорд")
    );
}

#[test]
fn the_same_town_at_the_other_end_of_the_sentence_is_no_finding() {
    let bg = bridge_bg("Гилфорд");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::Kk, &BRIDGE_KK)]);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}

const ADVISER_KK: [&str; 2] = [
    "Табиғатты қорғау жөніндегі кеңесші Роб Хоггарт жаңа зерттеу бастады.",
    "Зерттеу бір жылға созылады.",
];

fn adviser_bg(person: &str) -> [String; 2] {
    [
        format!("{person}, съветник по опазване на природата, започна ново изследване."),
        "Изследването ще продължи една година.".to_string(),
    ]
}

#[test]
fn another_surname_after_the_first_name_opening_the_sentence_is_reported() {
    let bg = adviser_bg("Роб Лоусън");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::Kk, &ADVISER_KK)]);
    let line1 = name_alarms(&rows, 1);
    assert_eq!(line1.len(), 1, "{rows:#?}");
    assert_eq!(
        (line1[0].kind, line1[0].ref_text.as_str()),
        (Kind::NameMismatch, "Роб Хоггарт")
    );
}

#[test]
fn the_same_person_opening_the_sentence_is_no_finding() {
    let bg = adviser_bg("Роб Хогарт");
    let bg: Vec<&str> = bg.iter().map(String::as_str).collect();
    let rows = check(&bg, &[(Lang::Kk, &ADVISER_KK)]);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}
