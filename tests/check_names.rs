//! Name pairing and severity in the checking stage, end to end on made-up articles: the
//! names stage finds the names, the aligner pairs the sentences, the checking stage judges.
//! Each test is one rule of `src/compare/` about names, with the case it must not confuse.

#[path = "support/check.rs"]
mod support;

use support::{check, name_alarms};
use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// The name rows (name_mismatch, missing_name, reference_conflict) on source line `line`.
fn name_rows(rows: &[Row], line: usize) -> Vec<&Row> {
    rows.iter()
        .filter(|r| {
            matches!(
                r.kind,
                Kind::NameMismatch | Kind::MissingName | Kind::ReferenceConflict
            ) && r.source_line == Some(line)
        })
        .collect()
}

const PETROV_BG: [&str; 3] = [
    "Министър Петров пристигна в София в понеделник.",
    "Премиерът Радев не присъства на срещата.",
    "Вчера министър Петров говори пред журналистите.",
];
const PETROV_EN: [&str; 3] = [
    "Minister Petrov arrived in Sofia on Monday.",
    "Prime minister Radev did not attend the meeting.",
    "Yesterday minister Petrov spoke to journalists.",
];

#[test]
fn a_person_named_in_place_of_one_the_source_knows_is_an_error() {
    // Line 3 names Radev where the reference names Petrov, whom the source names on line 1
    // (paired there with Petrov): a translator confusing two people of the article.
    let mut bg = PETROV_BG;
    bg[2] = "Вчера министър Радев говори пред журналистите.";
    let rows = check(&bg, &[(Lang::En, &PETROV_EN)]);
    let line3 = name_rows(&rows, 3);
    assert_eq!(line3.len(), 1, "{rows:#?}");
    let row = line3[0];
    assert_eq!(
        (
            row.kind,
            row.severity,
            row.source_text.as_str(),
            row.ref_text.as_str()
        ),
        (Kind::NameMismatch, Severity::Error, "Радев", "Petrov")
    );
    // The message says where the source writes the reference's one, and where else the
    // document uses the source's one.
    assert!(row.message.contains("Петров on line 1"), "{}", row.message);
    assert!(row.message.contains("Радев on line 2"), "{}", row.message);
    // The clean article has nothing to say about names.
    let rows = check(&PETROV_BG, &[(Lang::En, &PETROV_EN)]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_foreign_to_the_reference_in_place_of_a_known_one_is_an_error_wherever_it_stands() {
    // The wrong name has two words where the reference's has one (the by-place pairing
    // wants as many), and the reference puts its name last.
    let bg = [
        "Министър Петров пристигна в София в понеделник.",
        "Вчера Иван Гончаров говори пред журналистите.",
    ];
    let en = [
        "Minister Petrov arrived in Sofia on Monday.",
        "Journalists heard from the minister yesterday, Petrov.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let line2 = name_rows(&rows, 2);
    assert!(
        line2.iter().any(|r| r.kind == Kind::NameMismatch
            && r.severity == Severity::Error
            && r.source_text == "Иван Гончаров"
            && r.ref_text == "Petrov"),
        "{rows:#?}"
    );
    // A source name the reference writes elsewhere is no stranger to it: the reference's
    // Petrov is missing there, for information only.
    let en_knows = [
        "The minister arrived in Sofia with Goncharov on Monday.",
        "Journalists heard from the minister yesterday, Petrov.",
    ];
    let bg_knows = [
        "Министърът пристигна в София с Гончаров в понеделник.",
        "Вчера Иван Гончаров говори пред журналистите.",
    ];
    let rows = check(&bg_knows, &[(Lang::En, &en_knows)]);
    let line2 = name_rows(&rows, 2);
    assert!(
        line2
            .iter()
            .any(|r| r.kind == Kind::MissingName && r.ref_text == "Petrov"),
        "{rows:#?}"
    );
    assert!(
        line2.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_reference_conflict_names_what_each_reference_writes() {
    let bg = ["Министър Петров говори вчера пред журналистите."];
    let en = ["Minister Petrov spoke to journalists yesterday."];
    let ru = ["Министр Петров вчера выступил перед журналистами."];
    let kk = ["Министр Иванов кеше журналистерге сөйледі."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru), (Lang::Kk, &kk)]);
    let conflict: Vec<&Row> = rows
        .iter()
        .filter(|r| r.kind == Kind::ReferenceConflict)
        .collect();
    assert_eq!(conflict.len(), 1, "{rows:#?}");
    assert_eq!(conflict[0].ref_lang, "kk");
    // Each agreeing reference with its own spelling, never the source's put in its mouth.
    assert_eq!(
        conflict[0].message,
        "The kk reference writes Иванов where the source writes Петров, as the en (Petrov) \
         and ru (Петров) references do."
    );
}

#[test]
fn a_latin_name_is_judged_by_the_reference_that_writes_it_in_latin() {
    // The source keeps the shop's Latin name but misspells it. The Russian `Бутс` may fit
    // `Bots` as well as `Boots`: it does not outweigh the English letter for letter.
    let bg = ["Веригата се изправя срещу Bots и Superdrug в града."];
    let en = ["The chain takes on Boots and Superdrug in town."];
    let ru = ["Сеть бросает вызов Бутс и Супердраг в городе."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let en_rows: Vec<&Row> = name_rows(&rows, 1)
        .into_iter()
        .filter(|r| r.ref_lang == "en")
        .collect();
    assert_eq!(en_rows.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            en_rows[0].kind,
            en_rows[0].severity,
            en_rows[0].ref_text.as_str()
        ),
        (Kind::NameMismatch, Severity::Error, "Boots")
    );
    assert!(
        en_rows[0]
            .message
            .contains("Bots (bots) in the source, Boots (boots) in the en reference"),
        "{}",
        en_rows[0].message
    );
    // Spelt right, nothing is reported.
    let bg = ["Веригата се изправя срещу Boots и Superdrug в града."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(name_rows(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_place_whose_second_word_was_replaced_is_reported_whole() {
    let bg = ["Президентът говори в Ню Райдър пред събралите се журналисти."];
    let en = ["The president spoke in New York before gathered reporters."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let line1 = name_rows(&rows, 1);
    assert!(
        line1.iter().any(|r| r.kind == Kind::NameMismatch
            && r.severity == Severity::Error
            && r.ref_text == "New York"
            && r.message.contains("Ню Райдър")),
        "{rows:#?}"
    );
    let bg = ["Президентът говори в Ню Йорк пред събралите се журналисти."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(name_rows(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn the_same_difference_again_points_back_to_the_first() {
    // The translation writes the minister's name the same wrong way three times.
    let bg = [
        "Министър Петрински пристигна в София в понеделник.",
        "Петрински говори пред журналистите вчера.",
        "Според Петрински срещата е била успешна.",
    ];
    let en = [
        "Minister Petrovski arrived in Sofia on Monday.",
        "Petrovski spoke to journalists yesterday.",
        "According to Petrovski the meeting was a success.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let mismatches: Vec<&Row> = rows
        .iter()
        .filter(|r| r.kind == Kind::NameMismatch)
        .collect();
    assert_eq!(mismatches.len(), 3, "{rows:#?}");
    assert_eq!(mismatches[0].severity, Severity::Error);
    for later in &mismatches[1..] {
        assert_eq!(later.severity, Severity::Info, "{later:#?}");
        assert!(
            later.message.contains("The same difference as on line 1."),
            "{}",
            later.message
        );
    }
}

#[test]
fn an_ordinary_word_at_the_place_of_a_name_is_no_evidence_of_another_name() {
    // The source says `the national television's show` where every reference says `Trump's
    // show`: a capitalized ordinary word against their name, however many references agree,
    // is for information.
    let bg = ["Шоуто на Националната телевизия започна вчера."];
    let en = ["Trump's show started yesterday."];
    let ru = ["Шоу Трампа началось вчера."];
    let uk = ["Шоу Трампа почалося вчора."];
    let refs: [(Lang, &[&str]); 3] = [(Lang::En, &en), (Lang::Ru, &ru), (Lang::Uk, &uk)];
    let rows = check(&bg, &refs);
    let line1 = name_rows(&rows, 1);
    assert!(
        line1.iter().any(|r| r.source_text == "Националната"),
        "{rows:#?}"
    );
    assert!(
        line1.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // The document's evidence (the source names Trump on line 1, paired there, and not on
    // line 2) is said, but the adjective heads a title in lower-case words (`Националната
    // телевизия`): a title translated, at the name's place by chance, for information.
    let bg = [
        "Вчера Тръмп обяви ново шоу.",
        "Шоуто на Националната телевизия започна вчера.",
    ];
    let en = [
        "Trump announced a new show.",
        "Trump's show started yesterday.",
    ];
    let ru = ["Трамп объявил новое шоу.", "Шоу Трампа началось вчера."];
    let uk = ["Трамп оголосив нове шоу.", "Шоу Трампа почалося вчора."];
    let refs: [(Lang, &[&str]); 3] = [(Lang::En, &en), (Lang::Ru, &ru), (Lang::Uk, &uk)];
    let rows = check(&bg, &refs);
    let line2 = name_rows(&rows, 2);
    assert!(
        line2.iter().any(|r| r.kind == Kind::NameMismatch
            && r.message.contains("Тръмп on line 1")
            && r.message.contains("heads a title")),
        "{rows:#?}"
    );
    assert!(
        line2.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_different_name_says_where_the_source_writes_the_right_one() {
    // The translation writes Iraq once where the article is about Iran, which it names
    // correctly on line 1.
    let bg = [
        "Министрите обсъдиха санкциите срещу Иран в понеделник.",
        "Според тях Ирак ще отговори до седмица.",
    ];
    let en = [
        "The ministers discussed the sanctions against Iran on Monday.",
        "According to them Iran will respond within a week.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let line2 = name_rows(&rows, 2);
    assert_eq!(line2.len(), 1, "{rows:#?}");
    assert_eq!(
        (
            line2[0].kind,
            line2[0].severity,
            line2[0].source_text.as_str()
        ),
        (Kind::NameMismatch, Severity::Error, "Ирак")
    );
    assert!(
        line2[0]
            .message
            .contains("The source writes Иран on line 1 for it, but not here."),
        "{}",
        line2[0].message
    );
}

#[test]
fn a_longer_reference_name_the_source_writes_elsewhere_is_no_excuse() {
    // `Republic of North Macedonia` has a word more than the source's name (`of`), which
    // alone would make the difference information; but the source writes the country right
    // on line 1, so line 2's `Лигата` is a wrong name.
    let bg = [
        "Страната прие името Република Северна Македония миналата година.",
        "Гласоподавателите подкрепиха Република Северна Лигата вчера.",
    ];
    let en = [
        "The country adopted the name Republic of North Macedonia last year.",
        "Voters backed the Republic of North Macedonia yesterday.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let line2 = name_rows(&rows, 2);
    assert!(
        line2.iter().any(|r| r.kind == Kind::NameMismatch
            && r.severity == Severity::Error
            && r.message.contains("Република Северна Македония on line 1")),
        "{rows:#?}"
    );
    let rows = check(&[bg[0], bg[0]], &[(Lang::En, &[en[0], en[0]])]);
    assert!(name_rows(&rows, 2).is_empty(), "{rows:#?}");
}

#[test]
fn a_name_foreign_to_the_reference_is_no_alignment_slip() {
    // Line 2 names Hungary where the reference has the adjective, so the source's `Унгария`
    // there has no counterpart; line 3 names Madagascar where the reference names Hungary.
    // The neighbour's `Унгария` must not take line 3's Hungary as an alignment slip.
    let bg = [
        "Министрите на Австрия и Унгария се срещнаха вчера във Виена.",
        "Според Нехамер доверието на Унгария е загубено.",
        "Австрия и Мадагаскар ще продължат преговорите през есента.",
    ];
    let en = [
        "The ministers of Austria and Hungary met in Vienna yesterday.",
        "According to Nehammer, Hungarian trust has been lost.",
        "Austria and Hungary will continue the talks in the autumn.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 3)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch
                && r.severity == Severity::Error
                && r.source_text == "Мадагаскар"
                && r.ref_text == "Hungary"),
        "{rows:#?}"
    );
    // Right, line 3 says nothing.
    let mut bg = bg;
    bg[2] = "Австрия и Унгария ще продължат преговорите през есента.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(name_rows(&rows, 3).is_empty(), "{rows:#?}");
}

#[test]
fn a_name_the_document_spells_close_elsewhere_is_known_to_the_source() {
    // Line 1 spells the minister `Петрински` where the Russian writes `Петровски`: close
    // spellings of one name (reported there). Line 2 names a stranger where the Russian names
    // him again: the source knows him, as `Петрински`.
    let bg = [
        "Министър Петрински говори пред комисията в сряда.",
        "След изслушването Арисабалага отказа коментар.",
    ];
    let ru = [
        "Министр Петровски выступил перед комиссией в среду.",
        "После слушаний Петровски отказался от комментариев.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.source_text == "Петрински"),
        "{rows:#?}"
    );
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch
                && r.severity == Severity::Error
                && r.source_text == "Арисабалага"
                && r.message.contains("Петрински on line 1")),
        "{rows:#?}"
    );
}

#[test]
fn a_reference_that_writes_part_of_a_name_is_no_support_for_the_other_part() {
    // The source swapped the surname. The Russian names the singer by her first name alone:
    // it agrees with the source's first name and says nothing of the surname, so the
    // English full name stands against no one.
    let bg = ["В събота певицата Мария Стоянова ще пее на концерта."];
    let en = ["On Saturday the singer Maria Kowalski will sing at the concert."];
    let ru = ["В субботу на концерте споёт Мария."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let en_rows: Vec<&Row> = name_rows(&rows, 1)
        .into_iter()
        .filter(|r| r.ref_lang == "en")
        .collect();
    assert_eq!(en_rows.len(), 1, "{rows:#?}");
    assert_eq!(
        (en_rows[0].kind, en_rows[0].severity),
        (Kind::NameMismatch, Severity::Error),
        "{rows:#?}"
    );
    assert!(
        en_rows[0].message.contains("only part of it, not Стоянова"),
        "{}",
        en_rows[0].message
    );
    // A reference that writes the surname as the source does is support: a conflict of the
    // references, for the reader's information.
    let ru = ["В субботу на концерте споёт Мария Стоянова."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.kind == Kind::ReferenceConflict && r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A differing word that is an ordinary word of its language is a part of the name
    // translated (`Университет` for `University`), not another name.
    let bg = ["Тя учи в Университет Карнеги от миналата година."];
    let en = ["She has studied at Carnegie University since last year."];
    let ru = ["Она учится в Карнеги с прошлого года."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_no_reference_knows_where_references_of_two_scripts_agree_is_another_name() {
    // The source names a town none of the references writes anywhere, where the English and
    // the Russian transliterate one and the same name: the translator put another town.
    let bg = ["Професор Петров работи в института в Каламата от пет години."];
    let en = ["Professor Petrov has worked at the institute in Bethesda for five years."];
    let ru = ["Профессор Петров пять лет работает в институте в Бетесде."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let line1 = name_rows(&rows, 1);
    assert!(
        line1.iter().any(|r| r.kind == Kind::NameMismatch
            && r.severity >= Severity::Warning
            && r.source_text == "Каламата"
            && r.message.contains("No reference writes Каламата anywhere")),
        "{rows:#?}"
    );
    // A name the references translate (a feast: the English writes no name there) is no
    // such evidence: the source translates it its own way.
    let bg = ["Децата получиха подаръци на Коледа от баба си."];
    let en = ["The children got presents from their grandmother at Christmas."];
    let ru = ["Дети получили подарки на Рождество от бабушки."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_every_reference_writes_is_replaced_when_the_source_has_one_no_reference_knows() {
    // Every reference names the country (each its own way: `US`, `США`); the source names in
    // its stead a town that no reference writes anywhere: replaced, not left out.
    let bg = ["Да отстъпи публично пред Порт Хартли ще е твърде срамно за президента Петров."];
    let en = ["Publicly bowing to the US would be far too embarrassing for president Petrov."];
    let ru = ["Публично уступить США было бы слишком позорно для президента Петрова."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let line1 = name_rows(&rows, 1);
    assert!(
        line1
            .iter()
            .any(|r| r.kind == Kind::MissingName && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
    // Left out with nothing in its place (a translation's rephrasing), it is for the
    // reader's information.
    let bg = ["Да отстъпи публично ще е твърде срамно за президента Петров."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_reference_that_writes_the_name_as_a_word_witnesses_it_across_scripts() {
    // The Ukrainian names Britain; the English writes it as an adjective, no name, yet the
    // same word: the source's `Chequers`, in no reference, is another name.
    let bg = ["Той получи най-високото военно отличие на Chequers посмъртно."];
    let en = ["He received the highest British military honour posthumously."];
    let uk = ["Він отримав найвищу військову нагороду Британії посмертно."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Uk, &uk)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch
                && r.severity >= Severity::Warning
                && r.source_text == "Chequers"),
        "{rows:#?}"
    );
}

#[test]
fn a_reference_that_spells_a_name_two_ways_is_no_error_of_the_source() {
    // The source writes the town alike on both lines; the reference drops a letter on the
    // second: its own slip, for the reader's information.
    let bg = [
        "Кметът на Сарасота откри новия парк.",
        "Жителите на Сарасота са доволни от парка.",
    ];
    let ru = [
        "Мэр Сарасоты открыл новый парк.",
        "Жители Срасоты довольны парком.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.message.contains("the reference's own spelling here?")),
        "{rows:#?}"
    );
    // The source misspelling it where the reference writes it alike on both lines is an
    // error.
    let bg = [
        "Кметът на Сарасота откри новия парк.",
        "Жителите на Срасота са доволни от парка.",
    ];
    let ru = [
        "Мэр Сарасоты открыл новый парк.",
        "Жители Сарасоты довольны парком.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity == Severity::Error),
        "{rows:#?}"
    );
}

#[test]
fn an_adjective_heading_a_translated_title_is_no_other_name() {
    // The source writes the party's name in words (`Британската партия на
    // независимостта`) where the references keep its short name: its capitalized head word
    // stands at the reference name's place, no other name.
    let bg = ["Бившият лидер на Британската партия на независимостта говори вчера."];
    let en = ["The former Ukip leader spoke yesterday."];
    let ru = ["Бывший лидер Ukip выступил вчера."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let line1 = name_rows(&rows, 1);
    assert!(!line1.is_empty(), "{rows:#?}");
    assert!(
        line1.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A word of its own at that place, in no title, is another name.
    let bg = ["Бившият лидер на Калинка говори вчера пред журналисти."];
    let en = ["The former Ukip leader spoke to journalists yesterday."];
    let ru = ["Бывший лидер Ukip выступил вчера перед журналистами."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn an_ordinary_word_where_the_source_knows_the_name_is_no_other_name() {
    // The source names Florida on line 1; on line 2 it translates the commission's name,
    // whose capitalized `Комитета` stands where the Ukrainian names Florida: no name put in
    // Florida's stead.
    let bg = [
        "Във Флорида обявиха нови правила за риболов.",
        "Според Комитета за опазване на природата правилата влизат в сила от май.",
    ];
    let uk = [
        "У Флориді оголосили нові правила рибальства.",
        "За словами комісії з охорони природи Флориди, правила діють з травня.",
    ];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn one_word_of_a_name_replaced_while_the_others_agree_is_another_name() {
    // `Южна Riverdale` where the reference has `Південної Кароліни`: the first words agree, the
    // second is a name-word of another place (kept in Latin letters, so no spelling of the
    // reference's makes the two names close).
    let bg = ["Сенаторът беше по-открит от колегата си от Южна Riverdale."];
    let uk = ["Сенатор був більш відкритим, ніж його колега з Південної Кароліни."];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch
                && r.severity >= Severity::Warning
                && r.message.contains("The other words agree")),
        "{rows:#?}"
    );
    // The differing words ordinary words on either side (a part translated) are no such
    // evidence.
    let bg = ["Депутатът от Нотингам Изток говори вчера пред журналистите."];
    let en = ["The MP for Nottingham East spoke to journalists yesterday."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn an_acronym_the_source_spells_out_is_not_missing() {
    // Every reference writes the league's acronym; the source writes its name in full.
    let bg = ["Президентът Петров се скара с Националната футболна лига миналата седмица."];
    let en = ["President Petrov picked a fight with the N.F.L. last week."];
    let ru = ["Президент Петров поссорился с НФЛ на прошлой неделе."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    let missing: Vec<&Row> = name_rows(&rows, 1)
        .into_iter()
        .filter(|r| r.kind == Kind::MissingName)
        .collect();
    assert!(!missing.is_empty(), "{rows:#?}");
    assert!(
        missing.iter().all(|r| r.severity == Severity::Info
            && r.message
                .contains("spell it out: Националната футболна лига")),
        "{rows:#?}"
    );
    // Left out altogether, it is missing.
    let bg = ["Президентът Петров се скара с лигата миналата седмица."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::MissingName && r.severity == Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn a_name_whose_first_name_the_reference_writes_and_surname_another_is_another_name() {
    // The reference's first name opens its sentence and is found as no name, its surname
    // is; the source writes the same first name with another surname.
    let bg = [
        "Сенаторът говори пред комисията вчера.",
        "Вие ли, госпожо Мария Стоянова, разпространихте писмото?",
    ];
    let kk = [
        "Сенатор кеше комиссия алдында сөйледі.",
        "Мария Ковальски, хатты сіз тараттыңыз ба?",
    ];
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn the_second_word_of_a_name_after_the_same_first_word_is_another_name() {
    // The names stage finds `Рапид Oakmont` and, in English, only `Vienna` (`rapid` is an
    // ordinary English word); the words before them are the same (`Рапид`, `Rapid`), so the
    // two are the differing halves of one name, not two names meeting by place.
    let bg = ["В сряда Селтик приема Рапид Oakmont в Лига Европа."];
    let en = ["On Wednesday Celtic hosts Rapid Vienna in the Europa League."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch
                && r.severity >= Severity::Warning
                && r.source_text.ends_with("Oakmont")),
        "{rows:#?}"
    );
    // After another word, a name at that place is only a question: no error (`Динамо
    // Oakmont`, found whole, is at most a warning: a Latin word the reference never writes).
    let bg = ["В сряда Селтик приема Динамо Oakmont в Лига Европа."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity <= Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn a_name_the_references_agree_on_and_the_source_misspells_is_no_reference_conflict() {
    // The Cyrillic references each fall within the matcher's tolerance of the source's
    // misspelling; the English one does not, and they all write one name: the source is
    // the odd one out, not the English reference.
    let bg = ["Рапърът Кание Уст обяви ново турне в събота."];
    let en = ["Rapper Kanye West announced a new tour on Saturday."];
    let ru = ["Рэпер Канье Уэст объявил в субботу новый тур."];
    let uk = ["Репер Каньє Уест оголосив у суботу новий тур."];
    let refs: [(Lang, &[&str]); 3] = [(Lang::En, &en), (Lang::Ru, &ru), (Lang::Uk, &uk)];
    let rows = check(&bg, &refs);
    let line1 = name_rows(&rows, 1);
    assert!(
        line1.iter().all(|r| r.kind != Kind::ReferenceConflict),
        "{rows:#?}"
    );
    let en_row = line1
        .iter()
        .find(|r| r.ref_lang == "en")
        .expect("a row against the English reference");
    assert_eq!(
        (en_row.kind, en_row.severity, en_row.ref_text.as_str()),
        (Kind::NameMismatch, Severity::Error, "Kanye West")
    );
    assert!(
        en_row
            .message
            .contains("ru (Канье Уэст) and uk (Каньє Уест) references write it as the en one"),
        "{}",
        en_row.message
    );
    // Spelt right, nothing is reported.
    let bg = ["Рапърът Кание Уест обяви ново турне в събота."];
    let rows = check(&bg, &refs);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A reference of the source's script that the matcher finds letter for letter the
    // source's (`Капитолий`, `Капитолия` with the article) backs the source, whatever the
    // English matching makes of the ending.
    let bg = ["Сенаторите се събраха пред Капитолия в сряда."];
    let en = ["The senators gathered outside the Capitol on Wednesday."];
    let ru = ["Сенаторы собрались у Капитолий в среду."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A reference of the source's script that spells the name its own way, where the
    // English agrees with the source, stays a conflict for the reader's information.
    let bg = ["Актрисата Гуинет Полтроу откри магазин в Лондон."];
    let en = ["Actress Gwyneth Paltrow opened a shop in London."];
    let kk = ["Актриса Гвинет Пэлтроу Лондонда дүкен ашты."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Kk, &kk)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_latin_word_after_a_cyrillic_word_that_the_reference_never_writes_is_another_name() {
    // `Jacquemus` stands where the Russian names `Вену`; the Russian document writes
    // `Jacquemus` nowhere, in either script, and the source sentence writes no `Вена`.
    let bg = [
        "Отборът загуби в неделя.",
        "Рейнджърс приема Рапид Jacquemus в четвъртък.",
    ];
    let ru = [
        "Команда проиграла в воскресенье.",
        "Рейнджерс принимает Рапид Вену в четверг.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let line2 = name_rows(&rows, 2);
    let row = line2
        .iter()
        .find(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning)
        .unwrap_or_else(|| panic!("a name_mismatch warning on line 2: {rows:#?}"));
    assert!(
        row.source_text.ends_with("Jacquemus"),
        "{}",
        row.source_text
    );
    assert!(
        row.message
            .contains("Jacquemus is a word in Latin letters that the ru reference does not write"),
        "{}",
        row.message
    );
    // Spelt in Cyrillic as the reference has it, nothing above info.
    let bg = [
        "Отборът загуби в неделя.",
        "Рейнджърс приема Рапид Виена в четвъртък.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A Latin name the reference writes too is no other name.
    let bg = [
        "Отборът загуби в неделя.",
        "Рейнджърс приема Рапид Wien в четвъртък.",
    ];
    let ru = [
        "Команда проиграла в воскресенье.",
        "Рейнджерс принимает Рапид Wien в четверг.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_a_reference_translates_in_part_cannot_be_checked() {
    // The Russian renders `Research Center` in words of its own and keeps `Suffolk`: the
    // difference is a translation, for the reader's information only.
    let bg = ["Според проучване на Suffolk University Political Research Center повечето избиратели са против."];
    let ru = ["Согласно опросу Центра политических исследований Университета Саффолка большинство избирателей против."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let line1 = name_rows(&rows, 1);
    assert!(!line1.is_empty(), "{rows:#?}");
    assert!(
        line1.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    assert!(
        line1
            .iter()
            .any(|r| r.message.contains("one side translates part of the name")),
        "{rows:#?}"
    );
    // A misspelt word of the name is no translation, ordinary word or not: `Стйт` for
    // `State`.
    let bg = ["Той играе първи сезон в Тенеси Стйт след трансфера."];
    let en = ["He is in his first season with Tennessee State after the transfer."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
    // Nor is one place put for another (`Южна Каролина` for `Калифорния`).
    let bg = ["Колегата му от Южна Каролина не дойде."];
    let ru = ["Его коллега из Калифорнии не пришел."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn a_lone_name_where_a_single_reference_has_one_the_source_never_writes_is_a_warning() {
    // `Москва` where the Russian names `Трамп`: the Russian document writes no `Москва`, the
    // source no `Тръмп`, and the source names `Москва` nowhere else: one name put for
    // another, though no other reference confirms it.
    let bg = [
        "Сенатът заседава в сряда.",
        "Сенаторът каза в сряда, че Москва ще реши въпроса до края на месеца.",
    ];
    let ru = [
        "Сенат заседал в среду.",
        "Сенатор сказал в среду, что Трамп решит вопрос до конца месяца.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let line2 = name_rows(&rows, 2);
    assert!(
        line2.iter().any(|r| r.kind == Kind::NameMismatch
            && r.severity == Severity::Warning
            && r.source_text == "Москва"
            && r.ref_text == "Трамп"),
        "{rows:#?}"
    );
    // With a second reference that renders the sentence and names no one there, the
    // references' own evidence decides: one naming `Трамп` alone is only a question.
    let en = [
        "The Senate sat on Wednesday.",
        "The senator said on Wednesday that he would settle the matter by the end of the month.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru), (Lang::En, &en)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // A title in quotation marks is rendered in words: nothing above info.
    let bg = [
        "Сенатът заседава в сряда.",
        "Книгата „Страх“ излезе в сряда.",
    ];
    let ru = ["Сенат заседал в среду.", "Книга «Ужас» вышла в среду."];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    // Nor a term the source uses again, which the reference renders its own way.
    let bg = [
        "Камарата заседава в сряда.",
        "Председателят каза, че Камарата ще реши въпроса.",
    ];
    let ru = [
        "Палата заседала в среду.",
        "Председатель сказал, что Палата решит вопрос.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_the_source_spells_otherwise_elsewhere_nearer_the_reference_is_a_warning() {
    // The Kazakh `Джайлз` accepts `Джелс` within tolerance, but the source writes `Джилс`
    // twice elsewhere (first words of their sentences, which the names stage leaves out):
    // the spelling here is the odd one.
    let bg = [
        "Спасителят капитан Лари Джелс говори пред медиите в събота.",
        "Джилс добавя, че плажът ще остане затворен.",
        "Джилс отбелязва, че в района има много акули.",
    ];
    let kk = [
        "Құтқарушы капитан Ларри Джайлз сенбі күні БАҚ өкілдеріне сөйледі.",
        "Джайлз жағажай жабық болатынын айтты.",
        "Джайлз бұл аймақта акулалар көп екенін атап өтті.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    let row = name_rows(&rows, 1)
        .into_iter()
        .find(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning)
        .unwrap_or_else(|| panic!("a name_mismatch warning on line 1: {rows:#?}"));
    assert!(
        row.message
            .contains("Джелс here (Лари Джелс) but Джилс on line 2"),
        "{}",
        row.message
    );
    // Spelt alike throughout, nothing above info.
    let mut bg = bg;
    bg[0] = "Спасителят капитан Лари Джилс говори пред медиите в събота.";
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_misspelt_word_that_only_one_reference_writes_is_no_reference_conflict() {
    // The Kazakh writes only `Теннесси`, agreeing with the first word; the second, misspelt
    // `Стйт`, stands against the English `State` alone.
    let bg = ["Той играе първи сезон в Тенеси Стйт след трансфера."];
    let en = ["He is in his first season with Tennessee State after the transfer."];
    let kk = ["Бұл оның трансферден кейін Теннесси командасындағы алғашқы маусымы."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Kk, &kk)]);
    let row = name_rows(&rows, 1)
        .into_iter()
        .find(|r| r.ref_lang == "en")
        .unwrap_or_else(|| panic!("a row against the English reference: {rows:#?}"));
    assert_eq!(
        (row.kind, row.severity),
        (Kind::NameMismatch, Severity::Warning),
        "{rows:#?}"
    );
    assert!(row.message.contains("not Стйт"), "{}", row.message);
    // Spelt right, nothing above info.
    let bg = ["Той играе първи сезон в Тенеси Стейт след трансфера."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Kk, &kk)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_typed_with_a_letter_of_the_other_script_is_a_misspelling() {
    // `Tнxas`: a Cyrillic н in the Latin name. The names stage transliterates it within reach
    // of `Texas`; the word itself is the error.
    let rows = check(
        &["Губернаторът на Tнxas подписа закона в понеделник."],
        &[(
            Lang::En,
            &["The governor of Texas signed the law on Monday."],
        )],
    );
    let typo: Vec<&Row> = name_rows(&rows, 1)
        .into_iter()
        .filter(|r| r.message.contains("two scripts"))
        .collect();
    assert_eq!(typo.len(), 1, "{rows:#?}");
    assert_eq!(typo[0].kind, Kind::NameMismatch);
    assert_eq!(typo[0].severity, Severity::Warning);
    assert_eq!(typo[0].source_text, "Tнxas");
    assert_eq!(typo[0].source_offset, Some("Губернаторът на ".len()));
    // The same name written right, and a Latin name with a Kazakh suffix, are no typo.
    let rows = check(
        &["Губернаторът на Texas подписа закона в понеделник."],
        &[(Lang::Kk, &["Губернатор Texasтың заңына қол қойды."])],
    );
    assert!(
        rows.iter().all(|r| !r.message.contains("two scripts")),
        "{rows:#?}"
    );
}

#[test]
fn a_reference_that_mixes_scripts_in_a_name_is_no_error_of_the_source() {
    // The ru reference types `Cофии` with a Latin C: its own typo, for information only.
    let rows = check(
        &["Кметът на София откри изложбата в събота."],
        &[(Lang::Ru, &["Мэр Cофии открыл выставку в субботу."])],
    );
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.ref_text == "Cофии" && r.message.contains("own typo")),
        "{rows:#?}"
    );
}

#[test]
fn a_name_spelt_one_letter_otherwise_than_in_the_headline_is_a_misspelling() {
    // The headline's `Тръмп` opens its line, so the names stage takes it for no name; the
    // quotation's `Трърп` is one letter from it, and the reference writes Trump, never the
    // misspelling.
    let rows = check(
        &[
            "Тръмп откри кампанията в Охайо",
            "„Ще победим“, заяви Трърп пред привържениците си в събота.",
        ],
        &[(
            Lang::En,
            &[
                "Trump opens his campaign in Ohio",
                "\"We will win,\" he told his supporters on Saturday.",
            ],
        )],
    );
    let found: Vec<&Row> = name_rows(&rows, 2)
        .into_iter()
        .filter(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning)
        .collect();
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].source_text, "Трърп");
    assert!(found[0].message.contains("Тръмп"), "{}", found[0].message);
}

#[test]
fn a_short_name_one_letter_from_another_is_judged_by_the_reference_here() {
    // `Хои` for `Холи`: the reference names Holly in this sentence, nearer `Холи`.
    let bg = [
        "Певицата Холи Уилоуби откри шоуто.",
        "Това беше най-важното за Хои тази година.",
    ];
    let ru = [
        "Певица Холли Уиллоуби открыла шоу.",
        "Это было самым важным для Холли в этом году.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.severity >= Severity::Warning && r.source_text == "Хои"),
        "{rows:#?}"
    );
    // Two people one letter apart, each named by the reference where the source names them:
    // no misspelling.
    let bg = [
        "Кели Смит спечели първия кръг.",
        "Във втория кръг Кени Джоунс я победи.",
    ];
    let en = [
        "Kelly Smith won the first round.",
        "In the second round Kenny Jones beat her.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        rows.iter().all(|r| !r.message.contains("here but")),
        "{rows:#?}"
    );
}

#[test]
fn a_name_whose_consonants_every_reference_writes_otherwise_is_no_reference_conflict() {
    // `Кеии` for `Кели`: the English reference's Kelly is within the matcher's tolerance of
    // the misspelling, the Kazakh `Келли` is not. Word by word, both references write the
    // consonants k-l, the source k alone: the source's misspelling, not the references'
    // disagreement.
    let bg = ["Рейнджърс нападаха, а вратарят Лиъм Кеии рядко трябваше да се намесва."];
    let en = ["Rangers attacked, and goalkeeper Liam Kelly was largely untroubled."];
    let kk = ["Рейнджерс шабуылдады, ал қақпашы Лиам Келлиге түк қатер төнбеді."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Kk, &kk)]);
    let line1 = name_rows(&rows, 1);
    assert!(
        line1
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
    assert!(
        line1.iter().all(|r| r.kind != Kind::ReferenceConflict),
        "{rows:#?}"
    );
    // The vowels and doubled letters of one's own language are no misspelling: `Лиъм Кели`.
    let bg = ["Рейнджърс нападаха, а вратарят Лиъм Кели рядко трябваше да се намесва."];
    let rows = check(&bg, &[(Lang::En, &en), (Lang::Kk, &kk)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_name_three_references_spell_alike_and_the_source_one_letter_otherwise_is_a_misspelling() {
    // `Джан` for `Джоан`: the ru, uk and kk references write `Джоан` letter for letter and
    // pair it with the source's within the matcher's tolerance; the en reference's Joan does
    // not meet `Джан`. Not the references' disagreement: the source's misspelling.
    let en = ["My colleague Joan Ryan received similar treatment last year."];
    let ru = ["Моя коллега Джоан Райан получила такое же отношение в прошлом году."];
    let uk = ["Моя колега Джоан Райан зазнала такого ж ставлення минулого року."];
    let kk = ["Менің әріптесім Джоан Райан былтыр осындай қатынас көрді."];
    let refs: [(Lang, &[&str]); 4] = [
        (Lang::En, &en),
        (Lang::Ru, &ru),
        (Lang::Uk, &uk),
        (Lang::Kk, &kk),
    ];
    let rows = check(
        &["Колежката ми Джан Райън получи подобно отношение миналата година."],
        &refs,
    );
    let line1 = name_rows(&rows, 1);
    assert!(
        line1
            .iter()
            .any(|r| r.kind == Kind::NameMismatch && r.severity >= Severity::Warning),
        "{rows:#?}"
    );
    assert!(
        line1.iter().all(|r| r.kind != Kind::ReferenceConflict),
        "{rows:#?}"
    );
    // Written right (`Райън` with the Bulgarian schwa), nothing to report.
    let rows = check(
        &["Колежката ми Джоан Райън получи подобно отношение миналата година."],
        &refs,
    );
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

/// The warnings against name `text` on source line `line`.
fn warnings_on<'a>(rows: &'a [Row], line: usize, text: &str) -> Vec<&'a Row> {
    name_rows(rows, line)
        .into_iter()
        .filter(|r| {
            r.kind == Kind::NameMismatch
                && r.severity >= Severity::Warning
                && r.source_text.contains(text)
        })
        .collect()
}

#[test]
fn a_word_of_a_name_replaced_by_another_name_is_a_warning() {
    // Line 2 writes `Шотландия Тръмп` where the reference names Donald Trump, whom the source
    // names whole on line 1: the surname agrees, the first name is another name.
    let mut bg = [
        "Той каза, че Доналд Тръмп пристигна в Лондон в понеделник.",
        "Тя каза, че се тревожи какво прави Доналд Тръмп с демокрацията.",
    ];
    let en = [
        "He said that Donald Trump arrived in London on Monday.",
        "She said she worries about what Donald Trump is doing to democracy.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(warnings_on(&rows, 2, "Тръмп").is_empty(), "{rows:#?}");
    bg[1] = "Тя каза, че се тревожи какво прави Шотландия Тръмп с демокрацията.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    // (The names stage may take the place name for a name of its own.)
    let found = warnings_on(&rows, 2, "Шотландия");
    assert_eq!(found.len(), 1, "{rows:#?}");
    // Either reason says where the first name went: the reference's `Donald` unwritten, or
    // the source's own `Доналд Тръмп` on line 1 (the word before `Тръмп` paired with the
    // reference's first name, `names_adjacent.rs`).
    assert!(
        found[0].message.contains("does not write Donald")
            || found[0].message.contains("writes Доналд Тръмп on line 1"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_name_the_reference_gives_elsewhere_in_its_sentence_stands_for_the_one_replaced() {
    // Kazakh puts `Грекиямен` first, the source its own word last: no pairing by place. The
    // source names Greece on line 1 and here, in its stead, a name the reference sentence
    // does not write.
    let mut bg = [
        "Гърция и Македония подписаха споразумение през юни.",
        "Премиерът Заев подкрепи в неделя споразумението с Гърция.",
    ];
    let kk = [
        "Грекия мен Македония маусымда келісімге қол қойды.",
        "Грекиямен келісімді премьер-министр Заев жексенбіде қолдады.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    bg[1] = "Премиерът Заев подкрепи в неделя споразумението с Телмана.";
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    let found = warnings_on(&rows, 2, "Телмана");
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].ref_text, "Грекиямен", "{rows:#?}");
    // A name the reference sentence writes too is no replacement, whatever it lacks.
    bg[1] = "Премиерът Заев подкрепи в неделя споразумението.";
    let kk2 = [
        kk[0],
        "Премьер-министр Заев жексенбіде Грекиямен келісімді қолдады.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &kk2)]);
    assert!(warnings_on(&rows, 2, "Заев").is_empty(), "{rows:#?}");
}

#[test]
fn a_title_no_reference_knows_in_place_of_a_name_the_source_knows_is_a_warning() {
    // `Масачузетския технологичен институт` heads a title in lower-case words, which a
    // translation may write for a name of the original; but no reference writes it anywhere,
    // and the source names Kavanaugh on line 1, where the reference names him here.
    let mut bg = [
        "Съдията Брет Кавано се яви пред комисията в четвъртък.",
        "Сенатът ще гласува номинацията на Кавано в петък.",
    ];
    let en = [
        "Judge Brett Kavanaugh appeared before the committee on Thursday.",
        "The Senate will vote on the nomination of Kavanaugh on Friday.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(warnings_on(&rows, 2, "").is_empty(), "{rows:#?}");
    bg[1] = "Сенатът ще гласува номинацията на Масачузетския технологичен институт в петък.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    let found = warnings_on(&rows, 2, "Масачузетския");
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert!(
        found[0].message.contains("No reference writes"),
        "{}",
        found[0].message
    );
    // A title that spells out an acronym the reference writes here is its translation.
    let en2 = [
        en[0],
        "The Senate will vote on the nomination of Kavanaugh and the M.T.I. on Friday.",
    ];
    let rows = check(&bg, &[(Lang::En, &en2)]);
    assert!(
        warnings_on(&rows, 2, "Масачузетския").is_empty(),
        "{rows:#?}"
    );
}

#[test]
fn english_titles_and_quoted_titles_are_no_foreign_names() {
    // `Chariots of Fire` goes on in lower-case English words: a title the reference may
    // translate, whatever name it gives beside it.
    let bg = [
        "Джони Инглиш се завръща в киното тази есен.",
        "Той свири една нота от темата Chariots of Fire в Лондон.",
    ];
    let uk = [
        "Джонні Інгліш повертається в кіно цієї осені.",
        "Джонні зіграв одну ноту з теми «Вогняні колісниці» в Лондоні.",
    ];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert!(warnings_on(&rows, 2, "Chariots").is_empty(), "{rows:#?}");
    // The same word as a name of its own, in place of the one the reference gives, is one.
    let bg = [bg[0], "Той свири една нота от темата на Chariots в Лондон."];
    let rows = check(&bg, &[(Lang::Uk, &uk)]);
    assert_eq!(warnings_on(&rows, 2, "Chariots").len(), 1, "{rows:#?}");
}

#[test]
fn a_name_the_reference_writes_alike_where_the_source_spells_it_two_ways_is_a_misspelling() {
    // The ru reference writes `Рид` on every line, as Russian renders Reed; the source writes
    // `Рийд` on lines 1 and 3 and `Рид` on line 2: one person spelt two ways, the rarer
    // spelling the odd one, though it is the reference's.
    let bg = [
        "Треньорът Род Рийд говори с репортерите след мача в събота.",
        "„Той просто припадна там“, каза Рид пред журналистите.",
        "Рийд добави, че играчът е добре.",
    ];
    let ru = [
        "Тренер Род Рид поговорил с журналистами после матча в субботу.",
        "«Он просто рухнул там», — сказал Рид журналистам.",
        "Рид добавил, что игрок в порядке.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let found: Vec<&Row> = name_rows(&rows, 2)
        .into_iter()
        .filter(|r| r.message.contains("spelt two ways") && r.severity >= Severity::Warning)
        .collect();
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].source_text, "Рид");
    // Where the reference writes two different names there (Reid, Reed), they are two people.
    let en = [
        "Coach Rod Reid spoke to reporters after the game on Saturday.",
        "\"He just collapsed there,\" Reed told reporters.",
        "Reid added that the player was fine.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        rows.iter().all(|r| !r.message.contains("spelt two ways")),
        "{rows:#?}"
    );
}

#[test]
fn a_capitalised_word_the_names_stage_passed_over_is_checked_against_its_spelling_elsewhere() {
    // `Est` (an abbreviation in the English tables, so no name-word) in `Nottingham Est`; the
    // document writes `Nottingham East` elsewhere, and the reference names East here.
    let bg = [
        "Членовете на Nottingham East се събраха в петък вечерта.",
        "Бележката от Nottingham Est призова всички за единство.",
    ];
    let en = [
        "Members of Nottingham East met on Friday evening.",
        "The note from Nottingham East called on everyone for unity.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.severity >= Severity::Warning && r.source_text == "Est"),
        "{rows:#?}"
    );
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_latin_word_the_latin_reference_never_writes_is_a_warning() {
    // A Cyrillic source keeps a name in Latin letters as its original wrote it; the English
    // reference writes `Examiner` nowhere, so the word stands in place of another name.
    let mut bg = [
        "Вестникът Washington Examiner цитира министъра в петък.",
        "Той говори за икономиката на Китай пред репортери.",
    ];
    let en = [
        "The Washington Examiner quoted the minister on Friday.",
        "He spoke about China's economy to reporters.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(warnings_on(&rows, 1, "").is_empty(), "{rows:#?}");
    assert!(warnings_on(&rows, 2, "").is_empty(), "{rows:#?}");
    bg[1] = "Той говори за икономиката на Examiner пред репортери.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    // Written elsewhere in the reference (line 1): no word it does not know.
    assert!(warnings_on(&rows, 2, "Examiner").is_empty(), "{rows:#?}");
    // Where the reference names nothing that could pair with it by place, only the
    // document's silence speaks.
    let bg = [bg[0], "Той говори пред репортери за Guardian."];
    let en = [en[0], "He spoke to reporters."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let found = warnings_on(&rows, 2, "Guardian");
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert!(
        found[0].message.contains("does not write anywhere"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_name_word_in_place_of_a_word_said_in_ordinary_words_is_no_translation() {
    // `Land` is an ordinary English word, which a translation may say in its own words; a
    // name-word the reference's document writes nowhere is no such rendering.
    let mut bg = [
        "Заводът в Солихъл спря работа в понеделник.",
        "Говорител на Jaguar Дзинпин Rover потвърди новината в петък.",
    ];
    let en = [
        "The plant in Solihull stopped work on Monday.",
        "A spokesman for Jaguar Land Rover confirmed the news on Friday.",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let found = warnings_on(&rows, 2, "Дзинпин");
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert!(
        found[0].message.contains("nor a translation of Land"),
        "{}",
        found[0].message
    );
    // The word spelt in Cyrillic letters is a rendering of it.
    bg[1] = "Говорител на Jaguar Ленд Rover потвърди новината в петък.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(warnings_on(&rows, 2, "Rover").is_empty(), "{rows:#?}");
}

#[test]
fn an_ordinary_word_in_place_of_a_country_the_source_knows_is_a_warning() {
    // Line 3 writes `Комисията` (the Commission) where the reference names Bolivia, which
    // the source writes on line 1; the reference's document never mentions a commission.
    let mut bg = [
        "Боливия избира нов парламент през октомври.",
        "Изборите ще бъдат наблюдавани от чуждестранни журналисти.",
        "Ево Моралес, президент на Комисията, се надява на нов мандат.",
    ];
    let ru = [
        "Боливия выбирает новый парламент в октябре.",
        "За выборами будут следить иностранные журналисты.",
        "Эво Моралес, президент Боливии, надеется на новый срок.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let found = warnings_on(&rows, 3, "Комисията");
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert!(
        found[0].message.contains("Боливия on line 1 but not here"),
        "{}",
        found[0].message
    );
    // The right country: nothing to say.
    bg[2] = "Ево Моралес, президент на Боливия, се надява на нов мандат.";
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(warnings_on(&rows, 3, "").is_empty(), "{rows:#?}");
    // A reference that speaks of the commission elsewhere may have the source translate a
    // title of it here: an ordinary word the reference's document knows stays a question.
    bg[2] = "Ево Моралес, президент на Комисията, се надява на нов мандат.";
    let ru = [
        ru[0],
        "За выборами будет следить избирательная комиссия.",
        ru[2],
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(warnings_on(&rows, 3, "Комисията").is_empty(), "{rows:#?}");
}

#[test]
fn an_ordinary_word_a_clause_follows_in_place_of_a_name_the_source_knows_is_a_warning() {
    // Line 3 writes `Комисията` (the Commission) where the reference names the storm, which
    // the source names on line 1: `да` opens a clause, so no title in words goes on after it.
    let mut bg = [
        "Ураганът Роза се засилва над океана.",
        "Синоптиците следят движението му.",
        "Очаква се в неделя Комисията да се придвижи на север.",
    ];
    let ru = [
        "Ураган Роза усиливается над океаном.",
        "Синоптики следят за его движением.",
        "Ожидается, что в воскресенье Роза сместится на север.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let found = warnings_on(&rows, 3, "Комисията");
    assert_eq!(found.len(), 1, "{rows:#?}");
    // A title in words goes on with a preposition: a translation of a name, maybe.
    bg[2] = "Очаква се в неделя Комисията за бедствия да предупреди за бурята.";
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(warnings_on(&rows, 3, "Комисията").is_empty(), "{rows:#?}");
}

#[test]
fn a_name_put_for_another_inside_reported_words_is_a_warning() {
    // A long quotation with a verb of saying outside it is someone's words, not a title: a
    // name in it that neither document knows, where the reference names a place the source
    // never writes, is one name put for another.
    let mut bg = [
        "Прокурорите разпитаха Санфърд в петък.",
        "Санфърд заяви, че „това е лъжа, защото камионът ми беше в Еванс онази нощ“.",
    ];
    let en = [
        "Prosecutors questioned Sanford on Friday.",
        "Sanford said that \"this is a lie, because my truck was in Nashville that night\".",
    ];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let found = warnings_on(&rows, 2, "Еванс");
    assert_eq!(found.len(), 1, "{rows:#?}");
    assert_eq!(found[0].ref_text, "Nashville", "{rows:#?}");
    // The right place: nothing to say.
    bg[1] = "Санфърд заяви, че „това е лъжа, защото камионът ми беше в Нашвил онази нощ“.";
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(warnings_on(&rows, 2, "").is_empty(), "{rows:#?}");
}

#[test]
fn a_capital_said_for_its_country_is_no_other_name() {
    // Line 2 names Madrid where the reference names Spain, which the source writes on line
    // 1: the capital for its government, one entity said two ways. A city of another
    // country there is another name.
    let bg = [
        "Испания отхвърли искането на регионалните власти.",
        "Референдумът бе обявен за незаконен от Мадрид още през октомври.",
    ];
    let ru = [
        "Испания отклонила требование региональных властей.",
        "Референдум был признан незаконным правительством Испании ещё в октябре.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    let line2 = name_rows(&rows, 2);
    assert!(
        line2.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
    assert!(
        line2
            .iter()
            .any(|r| r.message.contains("the country it is in")),
        "{rows:#?}"
    );
    let mut wrong = bg;
    wrong[1] = "Референдумът бе обявен за незаконен от Лондон още през октомври.";
    let rows = check(&wrong, &[(Lang::Ru, &ru)]);
    assert!(
        name_rows(&rows, 2)
            .iter()
            .any(|r| r.severity >= Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn a_name_the_reference_writes_in_lower_case_is_not_paired_with_another() {
    // The reference renders `Конгреса` as an ordinary word (`конгресі`) and names a
    // country's adjective the source leaves out: no name was replaced.
    let bg = [
        "Работниците се събраха в понеделник.",
        "Предложението е одобрено от Конгреса на профсъюзите миналата седмица.",
    ];
    let uk = [
        "Працівники зібралися в понеділок.",
        "Пропозицію схвалили на Британському конгресі профспілок минулого тижня.",
    ];
    let rows = check(&bg, &[(Lang::Uk, &uk[..])]);
    let paired: Vec<&Row> = name_alarms(&rows, 2)
        .into_iter()
        .filter(|r| r.source_text == "Конгреса")
        .collect();
    assert!(paired.is_empty(), "{rows:#?}");
}

#[test]
fn a_festival_named_in_ordinary_words_is_no_misspelt_name() {
    // bg `Празник на розата` and ru `Праздник розы` are one festival in each language's own
    // words; `Празник` and `Праздник` are cognates, one letter apart, and no misspelt name.
    // A festival word is an ordinary word (`common_words.tsv`), so at most info; a city
    // changed beside it is still seen.
    let bg = [
        "В Казанлък ще се проведе Празник на розата с над 50 000 гости.",
        "Тазгодишната царица е студентка от Пловдив.",
    ];
    let ru = [
        "В Казанлыке пройдет Праздник розы, ожидается более 50 тыс. гостей.",
        "Царицей в этом году стала студентка из Пловдива.",
    ];
    let uk = [
        "У Казанлику відбудеться Свято троянди, очікується понад 50 тисяч гостей.",
        "Царицею цього року стала студентка з Пловдива.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru), (Lang::Uk, &uk)]);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
    assert!(
        rows.iter().all(|r| r.severity < Severity::Warning),
        "{rows:#?}"
    );
    let mut wrong = bg;
    wrong[0] = "В Карлово ще се проведе Празник на розата с над 50 000 гости.";
    let rows = check(&wrong, &[(Lang::Ru, &ru), (Lang::Uk, &uk)]);
    assert!(!name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_swapped_surname_behind_the_title_miss_is_seen() {
    // kk `Мисс` is a title, not the emergencies ministry's Bulgarian acronym `МИС` (the table
    // lists it, and folded the two are one word): the surname after it is a name of its own,
    // set against the source's.
    let kk = [
        "Мисс Фриман өзінің хатында отставкаға кететінін айтты.",
        "Комиссия хатты сейсенбі күні қарайды.",
    ];
    let bg = [
        "Г-жа Гарднър заяви в писмото си, че подава оставка.",
        "Комисията ще разгледа писмото във вторник.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    assert!(
        name_alarms(&rows, 1).iter().any(|r| r.ref_text == "Фриман"),
        "{rows:#?}"
    );
    let bg = [
        "Г-жа Фриман заяви в писмото си, че подава оставка.",
        "Комисията ще разгледа писмото във вторник.",
    ];
    let rows = check(&bg, &[(Lang::Kk, &kk)]);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_person_after_an_english_title_of_several_words_meets_the_source() {
    // `Minister of Tourism and Sports Yerbol Myrzabosynov`: the portfolio is no part of the
    // name, which meets the source's transliteration; another surname is still seen.
    let en = ["The team was met by Minister of Tourism and Sports Yerbol Myrzabosynov in Astana."];
    let bg =
        ["Отборът беше посрещнат в Астана от министъра на туризма и спорта Ербол Мързабосинов."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
    let bg = ["Отборът беше посрещнат в Астана от министъра на туризма и спорта Ербол Жумабеков."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    assert!(!name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_name_spelt_otherwise_on_another_line_is_no_evidence_against_a_clean_one() {
    // Line 1 misspells the constituency with a Cyrillic letter; line 2 writes it right. The
    // misspelling, paired with the reference's name on line 1, is no proof that line 2 names
    // another place: it is the same name spelt two ways, reported on line 1.
    let bg = [
        "Депутатът от Nottingham Eеst говори пред парламента.",
        "Никой в Nottingham East не би могъл да бъде объркан.",
    ];
    let ru = [
        "Депутат от Ноттингем Восток выступил в парламенте.",
        "Никто в Ноттингем Восток не мог бы ошибиться.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(name_alarms(&rows, 2).is_empty(), "{rows:#?}");
    assert!(!name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}

#[test]
fn a_generic_english_word_of_a_programme_left_in_latin_is_no_missing_name() {
    // ru and uk keep the programme's English name (`Ukraine Facility`), bg translates it
    // (`инструмента „Украйна“`): `Facility`, a common English word, is an ordinary word the
    // source renders in its own words, at most info. Another country there is still seen.
    let bg = ["ЕС ще преведе още 4,2 млрд. евро по инструмента „Украйна“ до края на декември."];
    let ru = ["ЕС до конца декабря перечислит еще 4,2 млрд евро по инструменту Ukraine Facility."];
    let uk = ["ЄС до кінця грудня перерахує ще 4,2 млрд євро за інструментом Ukraine Facility."];
    let rows = check(&bg, &[(Lang::Ru, &ru), (Lang::Uk, &uk)]);
    assert!(
        rows.iter().all(|r| r.severity < Severity::Warning),
        "{rows:#?}"
    );
}

#[test]
fn a_known_city_put_for_another_is_an_error_however_alike_their_words() {
    // `Дубай` for `Абу-Даби`: the `Даби` of one reads like the other once the keys fold, but
    // both are known places (`exonyms_extra.tsv`) with no id in common: two cities.
    let bg = ["На следващия ден Токаев пристигна в Дубай."];
    let ru = ["На следующий день Токаев прибыл в Абу-Даби."];
    let en = ["The next day Tokayev arrived in Abu Dhabi."];
    let rows = check(&bg, &[(Lang::Ru, &ru), (Lang::En, &en)]);
    let line = name_rows(&rows, 1);
    assert_eq!(line.len(), 2, "{rows:#?}");
    assert!(
        line.iter()
            .all(|r| r.kind == Kind::NameMismatch && r.severity == Severity::Error),
        "{rows:#?}"
    );
    // The right city raises nothing.
    let bg = ["На следващия ден Токаев пристигна в Абу Даби."];
    let rows = check(&bg, &[(Lang::Ru, &ru), (Lang::En, &en)]);
    assert!(
        rows.iter().all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

/// A letter changed in a person's name after an English title and its portfolio (`EU Cohesion
/// Commissioner Raffaele Fitto`) is an error: the title and the portfolio stay out of the
/// English name, which was `Cohesion Commissioner Raffaele Fitto` and met `Рафаеле Футо` only
/// as a longer name (info).
#[test]
fn a_changed_letter_after_an_english_title_and_portfolio_is_an_error() {
    let en = ["EU Cohesion Commissioner Raffaele Fitto visited Sofia on Monday."];
    let bg = ["Еврокомисарят по сближаването Рафаеле Футо посети София в понеделник."];
    let rows = check(&bg, &[(Lang::En, &en)]);
    let errors: Vec<&Row> = name_rows(&rows, 1)
        .into_iter()
        .filter(|r| r.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{rows:#?}");
    assert_eq!(
        (errors[0].source_text.as_str(), errors[0].ref_text.as_str()),
        ("Рафаеле Футо", "Raffaele Fitto")
    );
    let clean = ["Еврокомисарят по сближаването Рафаеле Фито посети София в понеделник."];
    let rows = check(&clean, &[(Lang::En, &en)]);
    assert!(
        name_rows(&rows, 1)
            .iter()
            .all(|r| r.severity == Severity::Info),
        "{rows:#?}"
    );
}

#[test]
fn a_place_opening_a_kazakh_sentence_is_paired_with_the_name_in_its_stead() {
    // Kazakh puts where first (`Аргентина президенті`, `Аргентинадағы оппозиция`); the
    // source names the place at the end. With a person of the article put in its place, the
    // reference's known place opening its sentence is paired with him: one error row, where
    // a capitalized first word was never paired (a missing name apart from the mismatch).
    let bg = [
        "Президентът на Аржентина обеща нови реформи в икономиката.",
        "Министърът на финансите Луис Капуто представи плана в сряда.",
        "Опозицията в Аржентина поиска повече време за обсъждане.",
    ];
    let kk: &[&str] = &[
        "Аргентина президенті экономикада жаңа реформалар жүргізуге уәде берді.",
        "Қаржы министрі Луис Капуто жоспарды сәрсенбі күні таныстырды.",
        "Аргентинадағы оппозиция талқылауға көбірек уақыт сұрады.",
    ];
    assert!(name_rows(&check(&bg, &[(Lang::Kk, kk)]), 1).is_empty());
    let mut swapped = bg;
    swapped[0] = "Президентът на Капуто обеща нови реформи в икономиката.";
    let rows = check(&swapped, &[(Lang::Kk, kk)]);
    let line1: Vec<_> = name_rows(&rows, 1)
        .into_iter()
        .map(|r| {
            (
                r.kind,
                r.severity,
                r.source_text.as_str(),
                r.ref_text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        line1,
        [(Kind::NameMismatch, Severity::Error, "Капуто", "Аргентина")],
        "{rows:#?}"
    );
}

#[test]
fn an_unknown_place_opening_a_kazakh_sentence_with_a_case_ending_is_a_name() {
    // `Морестондағы` (in Moreston) opens the sentence: the dictionary knows it in no form;
    // a Russian word at its start (`море`, sea) makes no loanword of it, only a stem its case
    // ending leaves would. Against another place in the source, a different name.
    if !sverka::spelling::available(Lang::Kk) {
        return;
    }
    let bg = [
        "Полицията задържа Джон Карстън след кражба в магазин.",
        "Документите бяха подадени в окръжния съд в Лиуфилд.",
        "Делото ще продължи през декември.",
    ];
    let kk: &[&str] = &[
        "Полиция дүкендегі ұрлықтан кейін Джон Карстонды ұстады.",
        "Морестондағы аудандық сотқа құжаттар берілді.",
        "Іс желтоқсанда жалғасады.",
    ];
    let rows = check(&bg, &[(Lang::Kk, kk)]);
    let line2: Vec<_> = name_rows(&rows, 2)
        .into_iter()
        .map(|r| (r.kind, r.source_text.as_str(), r.ref_text.as_str()))
        .collect();
    assert_eq!(
        line2,
        [(Kind::NameMismatch, "Лиуфилд", "Морестондағы")],
        "{rows:#?}"
    );
    assert_eq!(name_alarms(&rows, 2).len(), 1, "{rows:#?}");
}

#[test]
fn an_ordinal_opening_a_league_is_not_paired_with_a_country() {
    // `Първа лига` (the league) against ru `чемпионате Болгарии` (its description): the
    // ordinal alone was a name, paired with the country as a different name (an error).
    let bg = [
        "Днес в Първа лига Берое победи Славия с 2:0 в Стара Загора.",
        "Треньорът на Берое беше доволен от играта.",
    ];
    let ru = [
        "Сегодня в чемпионате Болгарии Берое обыграл Славию со счетом 2:0 в Старой Загоре.",
        "Тренер Берое остался доволен игрой.",
    ];
    let rows = check(&bg, &[(Lang::Ru, &ru)]);
    assert!(name_alarms(&rows, 1).is_empty(), "{rows:#?}");
}
