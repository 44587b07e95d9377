//! Names rendered as ordinary words: a place the other text writes as its adjective or
//! demonym (`China` / `китайските`), the same entity, which must be neither a `missing_name`
//! nor a miss; and the guards that keep a different place or a misspelt name apart.

use sverka::lang::Lang;
use sverka::names::{appears_in, match_names_in_sentence, rendered_as_word, Name, NameStatus};

fn name(text: &str, lang: Lang) -> Name {
    Name::new(text, lang, 1, 0)
}

fn rendered(reference: &str, lang: Lang, text: &str, text_lang: Lang) -> bool {
    rendered_as_word(&name(reference, lang), text, text_lang)
}

/// The status a reference name gets against a source sentence without names of its own.
fn status_against(reference: &str, lang: Lang, source_text: &str) -> NameStatus {
    let r = [name(reference, lang)];
    match_names_in_sentence(&[], source_text, Lang::Bg, &r)[0].status
}

#[test]
fn a_place_written_as_its_adjective_is_the_same_place() {
    let bg = "Делегацията посети китайските пристанища и испанския бряг.";
    // Through the known entity: the English and Russian names of China and Spain.
    assert!(rendered("China", Lang::En, bg, Lang::Bg));
    assert!(rendered("Китая", Lang::Ru, bg, Lang::Bg));
    assert!(rendered("Испании", Lang::Ru, bg, Lang::Bg));
    assert!(rendered("Іспанії", Lang::Uk, bg, Lang::Bg));
    // Through the name's own stem: a place no table lists.
    let farm = "Един орегонски фермер и двама мексиканци говориха пред нас.";
    assert!(rendered("Oregon", Lang::En, farm, Lang::Bg));
    assert!(rendered("Орегона", Lang::Ru, farm, Lang::Bg));
    assert!(rendered("Мексики", Lang::Ru, farm, Lang::Bg));
    // Not an alarm in the checking stage's matching, and counted as written.
    assert_eq!(status_against("Испании", Lang::Ru, bg), NameStatus::Matched);
    assert!(appears_in(&name("China", Lang::En), bg, Lang::Bg));
}

#[test]
fn adjectives_of_every_language_are_read() {
    // Russian, Ukrainian, Kazakh and English texts, the name from another language.
    assert!(rendered(
        "Мексика",
        Lang::Bg,
        "Мексиканские власти закрыли дорогу.",
        Lang::Ru
    ));
    assert!(rendered(
        "Канада",
        Lang::Bg,
        "Канадський уряд погодився.",
        Lang::Uk
    ));
    assert!(rendered(
        "Китай",
        Lang::Bg,
        "Қытайлық компания келісімге қол қойды.",
        Lang::Kk
    ));
    assert!(rendered(
        "Мексико",
        Lang::Bg,
        "The Mexican authorities closed the road.",
        Lang::En
    ));
    // Case forms of demonyms and adjectives (instrumental: with the Spaniards, Bolivian).
    assert!(rendered(
        "Испания",
        Lang::Bg,
        "Нічия з іспанцями та болівійською командою.",
        Lang::Uk
    ));
    assert!(rendered(
        "Боливия",
        Lang::Bg,
        "Нічия з іспанцями та болівійською командою.",
        Lang::Uk
    ));
}

#[test]
fn irregular_adjectives_come_from_the_tables() {
    let bg = "Гръцката столица и немското правителство се споразумяха.";
    assert!(rendered("Greece", Lang::En, bg, Lang::Bg));
    assert!(rendered("Германии", Lang::Ru, bg, Lang::Bg));
    assert!(rendered(
        "Уелс",
        Lang::Bg,
        "Уэльский парламент собрался.",
        Lang::Ru
    ));
    assert!(rendered(
        "Netherlands",
        Lang::En,
        "Холандските фермери протестираха.",
        Lang::Bg
    ));
    assert!(rendered(
        "Нидерланды",
        Lang::Ru,
        "The Dutch farmers protested.",
        Lang::En
    ));
}

/// A region named by its city's adjective (`Одеска област`, `Одесской области`) or, in
/// Ukrainian, by its own word (`Одещина`): the adjective drops the city's final vowel, which
/// no ending rule undoes.
#[test]
fn a_region_named_after_its_city_meets_the_city() {
    let bg = "Пристанищата на Одеска област обработиха повече товари.";
    assert!(rendered("Odesa", Lang::En, bg, Lang::Bg));
    assert!(rendered("Одеса", Lang::Uk, bg, Lang::Bg));
    assert!(rendered(
        "Одеса",
        Lang::Bg,
        "Порты Одесской области обработали больше грузов.",
        Lang::Ru
    ));
    assert!(rendered(
        "Одеса",
        Lang::Bg,
        "Порти Одещини обробили більше вантажів.",
        Lang::Uk
    ));
    assert!(rendered(
        "Одеса",
        Lang::Bg,
        "Порти Одеської області обробили більше вантажів.",
        Lang::Uk
    ));
}

#[test]
fn a_name_that_is_itself_an_adjective_meets_its_place() {
    // `Swedish` in the reference, the country or its adjective in the source.
    assert!(rendered(
        "Swedish",
        Lang::En,
        "Играчът от Швеция спечели.",
        Lang::Bg
    ));
    assert!(rendered(
        "American",
        Lang::En,
        "Посолството на САЩ затвори.",
        Lang::Bg
    ));
    assert!(rendered(
        "Slavic",
        Lang::En,
        "Славянските езици са много.",
        Lang::Bg
    ));
    // A name of two words, one written as an adjective, the other as such.
    assert!(rendered(
        "Democratic Party",
        Lang::En,
        "Кандидатът на демократическата партия говори.",
        Lang::Bg
    ));
}

#[test]
fn a_different_place_or_a_short_stem_does_not_meet() {
    // Austria and Australia share five letters; their adjectives tell them apart.
    assert!(!rendered(
        "Australia",
        Lang::En,
        "Австрийските власти мълчат.",
        Lang::Bg
    ));
    assert!(!rendered(
        "Austria",
        Lang::En,
        "Австралийските власти мълчат.",
        Lang::Bg
    ));
    assert!(!rendered(
        "Австралии",
        Lang::Ru,
        "Австрийските власти мълчат.",
        Lang::Bg
    ));
    // Iran and Iraq.
    assert!(!rendered(
        "Iran",
        Lang::En,
        "Иракските сили се изтеглиха.",
        Lang::Bg
    ));
    // A first name is no country because it shares three letters with one's adjective.
    assert!(!rendered(
        "Kitty",
        Lang::En,
        "Китайските пристанища работят.",
        Lang::Bg
    ));
    // An ordinary word that merely ends like an adjective names nothing.
    assert!(!rendered(
        "Smith",
        Lang::En,
        "Той говори на руски и английски.",
        Lang::Bg
    ));
}

#[test]
fn a_misspelt_name_or_adjective_is_not_excused() {
    // The source misspells the country: no adjective there, still absent.
    assert_eq!(
        status_against("Испании", Lang::Ru, "Кралят на Исрания пристигна."),
        NameStatus::Absent
    );
    // A letter changed in the adjective's stem: no longer the place.
    assert!(!rendered(
        "Spain",
        Lang::En,
        "Испрански кораби пристигнаха.",
        Lang::Bg
    ));
    assert!(!rendered(
        "Oregon",
        Lang::En,
        "Един оредонски фермер дойде.",
        Lang::Bg
    ));
    // The one place the table's adjective names, not its neighbour.
    assert!(!rendered(
        "Germany",
        Lang::En,
        "Гръцката столица е Атина.",
        Lang::Bg
    ));
}

/// Institutions and fixed names a translation renders by meaning (`exonyms_extra.tsv`).
#[test]
fn institutions_translated_by_meaning_are_the_same_entity() {
    let translated = |reference: &str, text: &str| {
        sverka::names::translated_as_words(&name(reference, Lang::En), text, Lang::Bg)
    };
    assert!(translated(
        "General Assembly",
        "Той говори пред общото събрание на организацията."
    ));
    assert!(translated("Navy", "Корабът влиза във военноморските сили."));
    assert!(translated("Bible", "Думата се среща в библията често."));
    // A direction word is part of a name, not a name a translation renders.
    assert!(!translated("Southern", "Дъжд се очаква в южната част."));
    // Written as a name (capitalized), it is the name's own match, not a translation.
    assert!(!translated(
        "Cold War",
        "Корабите са от времето на Студената Война."
    ));
    // Not alarms in the checking stage's matching.
    for (reference, text) in [
        ("Cold War", "Корабите са от времето на Студената война."),
        ("Middle East", "Те продават енергия в Средния изток."),
        ("D.C.", "Той е съдия в апелативния съд във Вашингтон."),
        ("Treasury", "Хазната очаква повече приходи."),
        ("Labour Party", "Говорител на лейбъристите отрече."),
    ] {
        assert_eq!(
            match_names_in_sentence(&[], text, Lang::Bg, &[name(reference, Lang::En)])[0].status,
            NameStatus::Matched,
            "{reference}"
        );
    }
    // A different body stays absent.
    assert_eq!(
        match_names_in_sentence(
            &[],
            "Той говори пред общото събрание на организацията.",
            Lang::Bg,
            &[name("Security Council", Lang::En)]
        )[0]
        .status,
        NameStatus::Absent
    );
}

/// People named by their country (`Европейците`, `шведа`, `Датчанинът`) and compound
/// adjectives (`севернокорейски`) stand for the place too.
#[test]
fn demonyms_of_people_and_compound_adjectives() {
    assert!(rendered(
        "Europe",
        Lang::En,
        "Европейците играха по-добре.",
        Lang::Bg
    ));
    assert!(rendered(
        "Swede",
        Lang::En,
        "Ударът на шведа беше точен.",
        Lang::Bg
    ));
    assert!(rendered(
        "Dane",
        Lang::En,
        "Датчанинът спечели турнира.",
        Lang::Bg
    ));
    assert!(rendered(
        "Austrians",
        Lang::En,
        "Победа над австрийците.",
        Lang::Bg
    ));
    assert!(!rendered(
        "Austrians",
        Lang::En,
        "Победа над австралийците.",
        Lang::Bg
    ));
    assert!(rendered(
        "North Korea's",
        Lang::En,
        "Тонът на севернокорейския министър беше мек.",
        Lang::Bg
    ));
    assert!(!rendered(
        "South Korea",
        Lang::En,
        "Тонът на севернокорейския министър беше мек.",
        Lang::Bg
    ));
}

/// Fixed names translated by meaning: the entity, whatever the wording's case.
#[test]
fn more_fixed_names_translated_by_meaning() {
    for (reference, text) in [
        ("Kremlin", "Кремъл отрече."),
        ("ATM", "Крадците задигнаха пари от банкомата."),
        ("Nord Stream", "Газопроводът „Северен поток 2“ е готов."),
        (
            "Rocky Mountains",
            "Дъжд се очаква и над Скалистите планини.",
        ),
        (
            "Metropolitan Police",
            "Столичната полиция оповести името му.",
        ),
        ("Ring of Fire", "Страната е на Тихоокеанския огнен пръстен."),
    ] {
        assert_eq!(
            match_names_in_sentence(&[], text, Lang::Bg, &[name(reference, Lang::En)])[0].status,
            NameStatus::Matched,
            "{reference}"
        );
    }
}

/// A name of two words the other text writes as one ordinary word (`Юго-Запада` /
/// `югозапада`) is written there; two different words are not.
#[test]
fn a_name_written_as_one_word_is_written() {
    let bg = "Дъждове се очакват в югозапада през седмицата.";
    assert!(appears_in(&name("Юго-Запада", Lang::Ru), bg, Lang::Bg));
    assert!(!appears_in(&name("Северо-Востока", Lang::Ru), bg, Lang::Bg));
}

/// Inflected forms of short words and other known equivalents of the tables.
#[test]
fn known_equivalents_in_other_languages() {
    for (reference, lang, text) in [
        ("Ақ Үйге", Lang::Kk, "Той отиде в Белия дом вчера."),
        ("Алманияның", Lang::Kk, "Германия възрази."),
        (
            "Генассамблеи",
            Lang::Ru,
            "Той говори пред Общото събрание на ООН.",
        ),
        ("Кеңес Одағы", Lang::Kk, "Шпионаж за Съветския съюз."),
        ("Рождества", Lang::Ru, "Няколко дни преди Коледа."),
        (
            "Тори",
            Lang::Ru,
            "Според плановете на консерваторите данъкът расте.",
        ),
        (
            "Красного Креста",
            Lang::Ru,
            "Червеният кръст изпрати екипи.",
        ),
        (
            "Нижняя Калифорния",
            Lang::Ru,
            "Бурята достига Баха Калифорния.",
        ),
        (
            "Сполучені Штати",
            Lang::Uk,
            "Той призова САЩ да спазят обещанията.",
        ),
        (
            "Сполученому Королівстві",
            Lang::Uk,
            "Те се връщат във Великобритания.",
        ),
        (
            "Середньому Сході",
            Lang::Uk,
            "Те продават енергия в Близкия изток.",
        ),
        (
            "Республіканської партії",
            Lang::Uk,
            "Кандидатът на републиканците говори.",
        ),
    ] {
        assert_eq!(
            match_names_in_sentence(&[], text, Lang::Bg, &[name(reference, lang)])[0].status,
            NameStatus::Matched,
            "{reference}"
        );
    }
}

/// A known place at the start of a sentence is a name even where the document writes its
/// adjective in lower case (`еуропалық`, `американски`): only the place's own forms in lower
/// case make it an ordinary word.
#[test]
fn a_known_place_starting_a_sentence_is_a_name_beside_its_adjective() {
    use sverka::document::Document;
    use sverka::names::NameFinder;
    use sverka::segment;
    let found = |text: &str, lang: Lang, file: &str| -> Vec<String> {
        let doc = Document::from_text(std::path::Path::new(file), lang, text.to_string())
            .expect("a document");
        let finder = NameFinder::new(&doc);
        segment::segment(&doc, true)
            .iter()
            .flat_map(|s| finder.find(&doc, s))
            .map(|n| n.text)
            .collect()
    };
    let kk = "Еуропа кубокты жеңіп алды.\nБұл еуропалық командалар үшін маңызды.\n";
    assert!(found(kk, Lang::Kk, "a.kk.txt").contains(&"Еуропа".to_string()));
    let bg = "Америка отговори бързо.\nАмериканските власти мълчат.\nТова е американски подход.\n";
    assert!(found(bg, Lang::Bg, "a.bg.txt").contains(&"Америка".to_string()));
    // Written in lower case as itself, a word starting a sentence stays ordinary.
    let en = "Turkey was served at dinner.\nThey ate turkey and rice.\n";
    assert!(!found(en, Lang::En, "a.en.txt").contains(&"Turkey".to_string()));
}

/// An acronym typed in Cyrillic letters drawn like the Latin ones is the Latin acronym.
#[test]
fn an_acronym_in_lookalike_letters_is_the_same() {
    use sverka::names::{name_similarity, Relation};
    let rel = |a: &str, la: Lang, b: &str, lb: Lang| name_similarity(&name(a, la), &name(b, lb)).0;
    assert_eq!(rel("НВО", Lang::Bg, "HBO's", Lang::En), Relation::Same);
    assert_eq!(rel("ВВС", Lang::Ru, "BBC", Lang::En), Relation::Same);
    // A letter that differs, or one no Latin capital looks like, is no lookalike.
    assert_ne!(rel("НВО", Lang::Bg, "NBO", Lang::En), Relation::Same);
    assert_ne!(rel("ФБР", Lang::Bg, "FBP", Lang::En), Relation::Same);
}

/// An English adjective in a longer name meets the place the other text names
/// (`German Bundesliga` / `Бундеслигата на Германия`), a word of the name itself still needed.
#[test]
fn an_english_adjective_inside_a_name_meets_the_place() {
    let bg = "Отборът води в Бундеслигата на Германия.";
    assert!(rendered("German Bundesliga", Lang::En, bg, Lang::Bg));
    assert!(rendered("German", Lang::En, bg, Lang::Bg));
    assert!(!rendered("German Cup", Lang::En, bg, Lang::Bg));
    assert!(!rendered("French Bundesliga", Lang::En, bg, Lang::Bg));
}

#[test]
fn a_ukrainian_adjective_whose_suffix_absorbed_the_names_last_letter() {
    // Before -ськ- a name's с merges into the suffix and its ж, з or г is written з
    // (uk demonym_endings.tsv, second column).
    let uk = "Делегація приїхала на техаський кордон після паризьких переговорів.";
    assert!(rendered("Texas", Lang::En, uk, Lang::Uk));
    assert!(rendered("Paris", Lang::En, uk, Lang::Uk));
    assert!(rendered("Парижа", Lang::Ru, uk, Lang::Uk));
    let kavkaz = "Він говорив про кавказьку політику.";
    assert!(rendered("Кавказа", Lang::Ru, kavkaz, Lang::Uk));
    // A place whose name does not end so is not read into it.
    assert!(!rendered("Tehran", Lang::En, uk, Lang::Uk));
    assert!(!rendered("Parma", Lang::En, uk, Lang::Uk));
}

/// An adjective of a place that opens a name, and so has a capital, is the place (`Турската`
/// of `Турската асоциация на застрахователите` against `Insurance Association of Turkey`): it
/// was paired with the reference's `Turkey` as a different name, an error on a made-up report.
/// A different place's adjective stays a different name.
#[test]
fn a_capitalized_adjective_opening_a_name_is_its_place() {
    let bg = "Според Турската асоциация на застрахователите щетите са големи.";
    let source = [name("Турската", Lang::Bg)];
    for (reference, lang) in [
        ("Turkey", Lang::En),
        ("Түркия", Lang::Kk),
        ("Турции", Lang::Ru),
    ] {
        let r = [name(reference, lang)];
        let status = match_names_in_sentence(&source, bg, Lang::Bg, &r)[0].status;
        assert_eq!(status, NameStatus::Matched, "{reference}");
    }
    let greek = "Според Гръцката асоциация на застрахователите щетите са големи.";
    let source = [name("Гръцката", Lang::Bg)];
    let r = [name("Turkey", Lang::En)];
    let status = match_names_in_sentence(&source, greek, Lang::Bg, &r)[0].status;
    assert_ne!(status, NameStatus::Matched);
}
