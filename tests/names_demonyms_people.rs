//! The people's names of a place in the Bulgarian source (`етиопката`, `българинът`,
//! `кубинеца`, `европейски средства`) against a reference that names the place (`Ethiopia's`,
//! `Bulgaria's`, `Cuba's`, `EU funds`): the same entity, no `missing_name` info row on a clean
//! translation (issue 6); a place the source does not write keeps its row, and a common word
//! with the same ending (`политиката`, `Америка`) is read as no demonym.

use sverka::lang::Lang;
use sverka::names::{rendered_as_word, Name};

fn rendered(reference: &str, lang: Lang, text: &str) -> bool {
    rendered_as_word(&Name::new(reference, lang, 1, 0), text, Lang::Bg)
}

#[test]
fn a_womans_demonym_in_ka_is_her_country() {
    let bg = "Първа финишира етиопката Абеба Тесфайе, пред кенийката Мери Вамбуи.";
    assert!(rendered("Ethiopia's", Lang::En, bg));
    assert!(rendered("Kenya's", Lang::En, bg));
    assert!(rendered("Эфиопии", Lang::Ru, bg));
    let kz = "Състезанието спечели казахстанката Динара Жумабаева.";
    assert!(rendered("Kazakhstan's", Lang::En, kz));
    assert!(!rendered("Kenya's", Lang::En, kz));
}

#[test]
fn a_mans_demonym_in_in_is_his_country() {
    assert!(rendered(
        "Bulgaria's",
        Lang::En,
        "Българинът Иван Колев завърши девети."
    ));
    assert!(rendered(
        "Bulgarians",
        Lang::En,
        "Всеки пети българин живее в столицата."
    ));
    assert!(rendered(
        "Cuba's",
        Lang::En,
        "Той победи кубинеца Хосе Перес на финала."
    ));
}

#[test]
fn european_funds_are_the_eus() {
    let bg = "Проектът струва 12 млн. евро, от които 80% са европейски средства.";
    assert!(rendered("EU", Lang::En, bg));
    assert!(rendered("ЕС", Lang::Ru, bg));
}

#[test]
fn common_words_in_ka_and_ina_name_no_place() {
    // The place's own name and words of the same ending are no demonyms of another place.
    assert!(!rendered(
        "Mexico",
        Lang::En,
        "Политиката на компанията е ясна, а машината работи."
    ));
    assert!(!rendered(
        "Ukraine's",
        Lang::En,
        "Машина за пране и техника за дома."
    ));
    assert!(!rendered(
        "Cuba's",
        Lang::En,
        "Той победи мексиканеца Хосе Перес."
    ));
}

#[test]
fn a_place_the_source_leaves_out_keeps_its_row() {
    let dir = std::env::temp_dir().join(format!("sverka_demonyms_people_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bg = dir.join("bg.txt");
    let en = dir.join("en.txt");
    std::fs::write(
        &bg,
        "При жените първа финишира етиопката Абеба Тесфайе с 2:21:07 ч.\n\n\
         Всеки пети българин е на 65 или повече години.\n\n\
         Той победи Хосе Перес с 4:1 на финала.\n",
    )
    .unwrap();
    std::fs::write(
        &en,
        "In the women's race, Ethiopia's Abeba Tesfaye finished first in 2:21:07.\n\n\
         One in five Bulgarians is 65 or older.\n\n\
         He beat Cuba's Jose Perez 4-1 in the final.\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sverka"))
        .arg("check")
        .arg(&bg)
        .arg(&en)
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    let missing: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains(",missing_name,"))
        .collect();
    assert!(
        missing
            .iter()
            .all(|l| !l.contains("Ethiopia") && !l.contains("Bulgarians")),
        "{csv}"
    );
    // The third sentence writes no Cuban: the reference's Cuba keeps its row.
    assert!(missing.iter().any(|l| l.contains("Cuba's")), "{csv}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_woman_senator_is_no_demonym_of_the_senate() {
    // `сенатор|ката` keeps the stem of `Сенат`, a body, not a place whose people she is.
    assert!(!rendered(
        "Сената",
        Lang::Ru,
        "Президентът спомена сенаторката Мери Смит поименно."
    ));
}

/// The `missing_name` rows of `check` on a Bulgarian source against one reference.
fn missing_names(bg: &str, lang: &str, reference: &str) -> Vec<String> {
    let dir =
        std::env::temp_dir().join(format!("sverka_home_country_{}_{lang}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (b, r) = (dir.join("bg.txt"), dir.join(format!("{lang}.txt")));
    std::fs::write(&b, bg).unwrap();
    std::fs::write(&r, reference).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sverka"))
        .arg("check")
        .arg(&b)
        .arg(&r)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains(",missing_name,"))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_sources_home_country_left_implied_gets_no_row() {
    let bg = "Министърът на земеделието Петър Димов съобщи, че реколтата е 5,2 млн. тона.\n";
    // The Russian version names Bulgaria, which the Bulgarian press leaves implied.
    let rows = missing_names(
        bg,
        "ru",
        "Министр сельского хозяйства Болгарии Петр Димов сообщил, что урожай составил 5,2 млн тонн.\n",
    );
    assert!(rows.is_empty(), "{rows:?}");
    let rows = missing_names(
        bg,
        "en",
        "Bulgaria's Agriculture Minister Petar Dimov said the harvest was 5.2 million tonnes.\n",
    );
    assert!(rows.is_empty(), "{rows:?}");
    // Another country the source does not write keeps its row.
    let rows = missing_names(
        bg,
        "ru",
        "Министр сельского хозяйства Румынии Петр Димов сообщил, что урожай составил 5,2 млн тонн.\n",
    );
    assert!(rows.iter().any(|l| l.contains("Румынии")), "{rows:?}");
}
