//! Names against the Cyrillic references (ru, uk, kk): the transliteration conventions that
//! make two Cyrillic spellings of one foreign name meet, and the slips they must not excuse.

use sverka::lang::Lang;
use sverka::names::{differ_only_in_vowels, name_similarity, Name, Relation};

fn name(text: &str, lang: Lang) -> Name {
    Name::new(text, lang, 1, 0)
}

fn relation(a: &str, la: Lang, b: &str, lb: Lang) -> Relation {
    name_similarity(&name(a, la), &name(b, lb)).0
}

fn only_vowels(a: &str, la: Lang, b: &str, lb: Lang) -> bool {
    differ_only_in_vowels(&name(a, la), &name(b, lb))
}

/// Vowels rendered by each language's convention differ only in vowels; a vowel dropped
/// between two consonants is a slip, not a convention.
#[test]
fn a_vowel_dropped_between_consonants_is_not_a_convention() {
    // Conventions: English vowels each school renders its own way.
    assert!(only_vowels("Джим Фурик", Lang::Bg, "Джим Ферик", Lang::Ru));
    assert!(only_vowels("Ник Фалдо", Lang::Bg, "Ника Фолдо", Lang::Ru));
    assert!(only_vowels(
        "Гуинет Полтроу",
        Lang::Bg,
        "Гвинет Пэлтроу",
        Lang::Ru
    ));
    // The Bulgarian ъ may stand where others write no vowel; Kazakh inserts close vowels.
    assert!(only_vowels(
        "Глен Мидълтън",
        Lang::Bg,
        "Гленн Миддлтон",
        Lang::Ru
    ));
    // Slips: a vowel lost between two consonants.
    assert!(!only_vowels(
        "Крен Хънтър",
        Lang::Bg,
        "Карен Хантер",
        Lang::Ru
    ));
    assert!(!only_vowels(
        "Джн Макдонъл",
        Lang::Bg,
        "Джон Макдоннелл",
        Lang::Kk
    ));
    assert!(!only_vowels("Карл Рсин", Lang::Bg, "Карл Рейсін", Lang::Uk));
    assert!(!only_vowels("Фрд", Lang::Bg, "Фордпен", Lang::Kk));
    // And they are still close, not unrelated: a misspelling of the reference's name.
    assert_eq!(
        relation("Карл Рсин", Lang::Bg, "Карл Расин", Lang::Ru),
        Relation::Close
    );
}
/// Kazakh breaks consonant clusters with a close vowel; the other side's close vowels are
/// vowels all the same (`Сумбунг` / `Самбунг` differ in a vowel, not in a dropped one).
#[test]
fn kazakh_close_vowels_are_optional_on_the_kazakh_side_only() {
    assert!(only_vowels("Сумбунг", Lang::Bg, "Самбунг", Lang::Kk));
    assert!(only_vowels(
        "Кийт Ротфус",
        Lang::Bg,
        "Кейт Ротфуспен",
        Lang::Kk
    ));
    assert!(only_vowels("Самрук", Lang::Ru, "Самұрық", Lang::Kk));
    assert!(!only_vowels("Сарасота", Lang::Bg, "Срасота", Lang::Kk));
}

/// `spelling_variants.tsv`: consonants the schools render differently meet, the left spelling
/// read as the right one.
#[test]
fn transliteration_schools_render_some_consonants_differently() {
    // Latin c read as ch (Indonesian Aceh) or as ts.
    assert_eq!(
        relation("Ацех", Lang::Bg, "Ачехе", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Ацех", Lang::Bg, "Ачехтегі", Lang::Kk),
        Relation::Same
    );
    // Catalan j as ж, Spanish j as х.
    assert_eq!(
        relation("Ориол Хункерас", Lang::Bg, "Ориол Жункерас", Lang::Ru),
        Relation::Same
    );
    // Dutch v as ф.
    assert_eq!(
        relation("Макс Верстапен", Lang::Bg, "Макс Ферстаппен", Lang::Uk),
        Relation::Same
    );
    // The silent k of English kn.
    assert_eq!(
        relation("Руарид Нот", Lang::Bg, "Руарида Кнотта", Lang::Ru),
        Relation::Same
    );
    // English -ther with th as т.
    assert_eq!(
        relation("Хедър Науърт", Lang::Bg, "Хэтер Науэрт", Lang::Kk),
        Relation::Same
    );
    // A variant excuses only its own letters: another consonant is still a slip.
    assert_ne!(relation("Ашех", Lang::Bg, "Ачех", Lang::Ru), Relation::Same);
    // Only before e: a ч for the ц of -ция is a slip (`Турчия`).
    assert_ne!(
        relation("Турчия", Lang::Bg, "Турции", Lang::Ru),
        Relation::Same
    );
    assert_ne!(
        relation("Сункерас", Lang::Bg, "Жункерас", Lang::Ru),
        Relation::Same
    );
    // Variants marked `^` hold at the word's start only: a final ф for в is a slip.
    assert_ne!(
        relation("Мирас Жиенбаеф", Lang::Bg, "Мирас Жиенбаев", Lang::Ru),
        Relation::Same
    );
    assert_ne!(
        relation("Михаил", Lang::Bg, "Мижаил", Lang::Ru),
        Relation::Same
    );
}

/// English a as in cat is а in Bulgarian, э in Russian and Kazakh, е in Ukrainian (which has no
/// э): both ways round. A one-way variant is no excuse for another spelling: `Мериуадър` is no
/// `Мэриуэзер` (bg -дър is ru -зер, but not with а for э as well).
#[test]
fn english_a_as_in_cat_meets_both_ways() {
    assert_eq!(relation("Дан", Lang::Bg, "Дэн", Lang::Ru), Relation::Same);
    assert_eq!(
        relation("Франсис", Lang::Bg, "Френсіса", Lang::Uk),
        Relation::Same
    );
    assert_ne!(relation("Дин", Lang::Bg, "Дэн", Lang::Ru), Relation::Same);
    assert_ne!(
        relation("Мериуадър", Lang::Bg, "Мэриуэзер", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Мериуедър", Lang::Bg, "Мэриуэзер", Lang::Ru),
        Relation::Same
    );
    // German z before e, read as ц or as з / с.
    assert_eq!(
        relation("Мерцедесът", Lang::Bg, "Мерседес", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Макс Шерцер", Lang::Bg, "Макс Шерзер", Lang::Ru),
        Relation::Same
    );
}

/// Inflections the tables strip: Ukrainian names in -й (`Роєм`), Kazakh plural and case
/// endings together (`Рейнджерстердің`) and the genitive -ың after a consonant (`Уэстың`).
#[test]
fn inflected_cyrillic_names_meet_their_base_forms() {
    assert_eq!(
        relation("Рой Роджърс", Lang::Bg, "Роєм Роджерсом", Lang::Uk),
        Relation::Same
    );
    assert_eq!(
        relation("Биг Бой", Lang::Bg, "Біг-Боєм", Lang::Uk),
        Relation::Same
    );
    assert_eq!(
        relation("Рейнджърс", Lang::Bg, "Рейнджерстердің", Lang::Kk),
        Relation::Same
    );
    assert_eq!(
        relation("Уест", Lang::Bg, "Уэстың", Lang::Kk),
        Relation::Same
    );
    assert_eq!(
        relation("Трамп", Lang::Bg, "Трамптікі", Lang::Kk),
        Relation::Same
    );
    // Stripping an ending does not make another name of it.
    assert_ne!(
        relation("Уест", Lang::Bg, "Уэлстың", Lang::Kk),
        Relation::Same
    );
}

/// Korean names romanized letter by letter (bg) or by Kontsevich (ru, uk, kk), Chinese by
/// Palladius, Portuguese final o read as у: whole syllables and word ends the table marks.
#[test]
fn korean_chinese_and_portuguese_conventions() {
    assert_eq!(
        relation("Ри Йонг Хо", Lang::Bg, "Ри Ён Хо", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Ри Юнг Хо", Lang::Bg, "Ли Ён Хо", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Парк Биеонг Суг", Lang::Bg, "Пак Бён Суг", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Си Дзинпин", Lang::Bg, "Си Цзиньпина", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Гуейджоу", Lang::Bg, "Гуйчжоу", Lang::Kk),
        Relation::Same
    );
    assert_eq!(
        relation("Роналдо", Lang::Bg, "Роналдудың", Lang::Kk),
        Relation::Same
    );
    // Whole words only: Паркър is no Пакър, Мария no Малия.
    assert_ne!(
        relation("Пакър", Lang::Bg, "Паркер", Lang::Ru),
        Relation::Same
    );
    assert_ne!(
        relation("Малия", Lang::Bg, "Мария", Lang::Ru),
        Relation::Same
    );
}

/// A vowel-initial name has a one-letter skeleton (`Овие`: o, v, vowels); two Cyrillic
/// spellings of it meet when they start alike and their vowels agree by convention.
#[test]
fn short_vowel_initial_names_meet_by_their_vowels() {
    assert_eq!(
        relation("Овие Еджария", Lang::Bg, "Ови Эджарии", Lang::Ru),
        Relation::Same
    );
    assert_ne!(relation("Ава", Lang::Bg, "Ови", Lang::Ru), Relation::Same);
    assert_ne!(relation("Ева", Lang::Bg, "Ива", Lang::Ru), Relation::Same);
    // Nor does a short word meet a name by a variant of it: `на` (as `нэ`) is no `Вена`.
    assert!(!sverka::names::appears_in(
        &name("Вена", Lang::Ru),
        "на",
        Lang::Bg
    ));
}

/// Compass adjectives are ordinary words of their language, translated rather than
/// transliterated: `Западна Суматра` (bg) and `Західна Суматра` (uk) are one place, told by the
/// name left once they are set aside; a known country stays a name (`Северна Корея`).
#[test]
fn compass_adjectives_are_ordinary_words() {
    use sverka::names::{is_ordinary_name, match_names, NameStatus};
    for (word, lang) in [
        ("Западна", Lang::Bg),
        ("Източен", Lang::Bg),
        ("Южните", Lang::Bg),
        ("Восточном", Lang::Ru),
        ("Західна", Lang::Uk),
        ("Шығыс", Lang::Kk),
    ] {
        assert!(is_ordinary_name(word, lang, false, None), "{word}");
    }
    assert!(!is_ordinary_name("Северна Корея", Lang::Bg, false, None));
    let m = match_names(
        &[name("Западна Суматра", Lang::Bg)],
        &[name("Західна Суматра", Lang::Uk)],
    );
    assert_eq!(m[0].status, NameStatus::Matched);
    let m = match_names(
        &[name("Източен Батън Руж", Lang::Bg)],
        &[name("Шығыс Батон Руж", Lang::Kk)],
    );
    assert_eq!(m[0].status, NameStatus::Matched);
    // Another name left once the adjectives are set aside is still another name.
    let m = match_names(
        &[name("Западна Суматра", Lang::Bg)],
        &[name("Західна Ява", Lang::Uk)],
    );
    assert_ne!(m[0].status, NameStatus::Matched);
    // Mid-sentence, a compass adjective starts the name that follows it.
    let a = sverka::pipeline::analyze(
        sverka::document::Document::from_text(
            std::path::Path::new("bg.txt"),
            Lang::Bg,
            "Земетресението в Западна Суматра уби мнозина.".to_string(),
        )
        .expect("valid text"),
        true,
    );
    let found: Vec<String> = a.names.iter().flatten().map(|n| n.text.clone()).collect();
    assert_eq!(found, ["Западна Суматра"]);
}

/// An i written for an a, o or u is a slip, not a vowel convention (the schools differ in how
/// they write a foreign a, e, o, u, not an i).
#[test]
fn an_i_for_an_open_vowel_is_a_slip() {
    assert!(!only_vowels(
        "Супер Мирио",
        Lang::Bg,
        "Супер Марио",
        Lang::Ru
    ));
    assert!(!only_vowels("Гири Харт", Lang::Bg, "Гари Хартом", Lang::Uk));
    assert!(!only_vowels("Мирио", Lang::Bg, "Мариоға", Lang::Kk));
    // Conventions stay conventions.
    assert!(only_vowels(
        "Милтън Кийнс",
        Lang::Bg,
        "Милтон-Кейнс",
        Lang::Ru
    ));
    assert!(only_vowels("Джим Фурик", Lang::Bg, "Джим Ферик", Lang::Ru));
    assert!(only_vowels("Роналдо", Lang::Bg, "Роналдуға", Lang::Kk));
}

/// Diphthongs and case endings are no i for an open vowel.
#[test]
fn diphthongs_and_case_endings_are_not_i_slips() {
    assert!(only_vowels(
        "Дитиън Симпсън",
        Lang::Bg,
        "Дайтон Сімпсон",
        Lang::Uk
    ));
    assert!(only_vowels("Пиуг", Lang::Bg, "Пуйг", Lang::Uk));
    assert!(only_vowels("Донггала", Lang::Bg, "Дунгалы", Lang::Ru));
}

/// One consonant changed in a name whose vowels each language writes its own way is a
/// misspelling of it (close), not another name; a consonant more or fewer is not read so.
#[test]
fn one_consonant_changed_is_close() {
    assert_eq!(
        relation("Писбърг", Lang::Bg, "Питтсбурга", Lang::Ru),
        Relation::Close
    );
    assert_eq!(
        relation("Мериуадър", Lang::Bg, "Мэриуэзер", Lang::Ru),
        Relation::Close
    );
    assert_eq!(
        relation("Джоунс", Lang::Bg, "Джонсон", Lang::Kk),
        Relation::Unrelated
    );
    // English -ssion read letter by letter (bg) or as heard (ru, uk).
    assert_eq!(
        relation("Джеф Сесионс", Lang::Bg, "Джефф Сэшнс", Lang::Ru),
        Relation::Same
    );
}

/// A known place written one letter off its own language's spelling is close to the
/// reference's name for it, however the two languages spell it (`Тексас` / `Техас`).
#[test]
fn a_known_place_misspelt_is_close() {
    assert_eq!(
        relation("Тенсас", Lang::Bg, "Техасом", Lang::Ru),
        Relation::Close
    );
    assert_eq!(
        relation("Тексас", Lang::Bg, "Техасом", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Лондон", Lang::Bg, "Техасом", Lang::Ru),
        Relation::Unrelated
    );
}

/// A known place splits a run of capitals only when a word of it is one of its spellings (or
/// an inflection of one): a shared stem is too little (`Хантер` is no `Гана`, `Ню` no `Ниуе`).
#[test]
fn a_run_of_capitals_splits_only_at_a_place_written_as_such() {
    let found = |lang: Lang, text: &str| -> Vec<String> {
        let a = sverka::pipeline::analyze(
            sverka::document::Document::from_text(
                std::path::Path::new("t.txt"),
                lang,
                text.to_string(),
            )
            .expect("valid text"),
            true,
        );
        a.names.iter().flatten().map(|n| n.text.clone()).collect()
    };
    assert_eq!(found(Lang::Kk, "Біз Карен Хантер жазды."), ["Карен Хантер"]);
    assert_eq!(
        found(
            Lang::Bg,
            "Прокурорите от Южния район на Ню Йонк поискаха присъда."
        ),
        ["Южния", "Ню Йонк"]
    );
    // A place as written still stands apart: `Русия Александър Новак`.
    assert_eq!(
        found(
            Lang::Bg,
            "Министърът на енергетиката на Русия Александър Новак каза."
        ),
        ["Русия", "Александър Новак"]
    );
}

/// French final -ier: the Bulgarian reads its r, the others write -ье (-є in Ukrainian).
#[test]
fn french_final_ier() {
    assert_eq!(
        relation("Франсис Бовилиер", Lang::Bg, "Фрэнсис Бовильенің", Lang::Kk),
        Relation::Same
    );
    assert_eq!(
        relation("Бовилиер", Lang::Bg, "Бовільє", Lang::Uk),
        Relation::Same
    );
    // Another consonant is still a slip.
    assert_ne!(
        relation("Бовилиер", Lang::Bg, "Бокильє", Lang::Uk),
        Relation::Same
    );
}

/// A й between consonants is no spelling of any name: such a word one consonant from a
/// reference's name once the й is set aside is a slip of it.
#[test]
fn a_word_with_a_stray_y_is_a_slip_of_the_name_it_nearly_is() {
    assert_eq!(
        relation("Хкйл", Lang::Bg, "Хейл", Lang::Ru),
        Relation::Close
    );
    assert_eq!(
        relation("Хкйл", Lang::Bg, "Гейл", Lang::Uk),
        Relation::Close
    );
    assert_eq!(
        relation("Хкйл", Lang::Bg, "Тръмп", Lang::Ru),
        Relation::Unrelated
    );
}

/// An inside consonant dropped from a one-word name is a slip of it; one dropped at the end is
/// as often another form of the name and is not read so.
#[test]
fn an_inside_consonant_dropped_is_a_slip() {
    assert_eq!(
        relation("Деовър", Lang::Bg, "Денвере", Lang::Ru),
        Relation::Close
    );
    assert_eq!(
        relation("Бойтерс", Lang::Bg, "Бейтер", Lang::Kk),
        Relation::Unrelated
    );
    assert_eq!(
        relation("Джоунс", Lang::Bg, "Джонсон", Lang::Kk),
        Relation::Unrelated
    );
}

/// A name one language writes as one word and another as two (`Пиди Джая` / `Підіджая`, an
/// Indonesian regency) is the same name; a consonant changed in the run-together word is not.
#[test]
fn a_name_run_together_into_one_word_is_the_same_name() {
    assert_eq!(
        relation("Пиди Джая", Lang::Bg, "Підіджая", Lang::Uk),
        Relation::Same
    );
    assert_eq!(
        relation(
            "Леонардо Дикаприо",
            Lang::Bg,
            "Леонардо Ди Каприо",
            Lang::Ru
        ),
        Relation::Same
    );
    assert_ne!(
        relation("Пиди Джая", Lang::Bg, "Підікая", Lang::Uk),
        Relation::Same
    );
}

/// Ordinary words capitalized at the start of a sentence or heading (`Граждани`, `Втората`
/// and their Ukrainian translations `Громадяни`, `Другої`) are not names.
#[test]
fn capitalized_citizens_and_ordinals_are_not_names() {
    use sverka::names::is_ordinary_name;
    assert!(is_ordinary_name("Граждани", Lang::Bg, false, None));
    assert!(is_ordinary_name("Втората", Lang::Bg, false, None));
    assert!(is_ordinary_name("Громадяни", Lang::Uk, false, None));
    assert!(is_ordinary_name("Другої", Lang::Uk, false, None));
    assert!(!is_ordinary_name("Драгомир", Lang::Bg, false, None));
}

/// An acronym is of ordinary words only when the table lists it as never a name (`СМИ`, the
/// media); a common word spelt the same is another word (`US` is not `us`).
#[test]
fn an_acronym_is_not_the_common_word_spelt_the_same() {
    use sverka::names::is_ordinary_name;
    assert!(is_ordinary_name("СМИ", Lang::Ru, true, None));
    assert!(!is_ordinary_name("US", Lang::En, true, None));
    assert!(!is_ordinary_name("WHO", Lang::En, true, None));
}

/// Names each language's press spells its own way, kept in `exonyms_extra.tsv`: the Kazakh
/// press writes Virginia both the Russian way and the English way (`Батыс Виргинияда`, in
/// the locative), and ISIL is `ИДИЛ` in Bulgarian, `ИГИЛ` in Russian and Kazakh.
#[test]
fn press_spellings_of_places_and_organisations_meet() {
    assert_eq!(
        relation("Западна Вирджиния", Lang::Bg, "Батыс Виргинияда", Lang::Kk),
        Relation::Same
    );
    assert_eq!(
        relation("Вирджиния", Lang::Bg, "Виргинии", Lang::Ru),
        Relation::Same
    );
    assert_eq!(relation("ИДИЛ", Lang::Bg, "ИГИЛ", Lang::Kk), Relation::Same);
    assert_eq!(relation("ИДИЛ", Lang::Bg, "ИГИЛ", Lang::Ru), Relation::Same);
    // A different region is still a different name.
    assert_ne!(
        relation("Западна Вирджиния", Lang::Bg, "Батыс Австралия", Lang::Kk),
        Relation::Same
    );
}

/// A title whose common words each language words its own way around one name (the society,
/// the bells) is matched by that name; a misspelt name inside it still differs.
#[test]
fn titles_worded_differently_around_one_name_match() {
    use sverka::names::{match_names, NameStatus};
    let m = match_names(
        &[name("Обществото на Кромуел", Lang::Bg)],
        &[name("Спільноти Кромвеля", Lang::Uk)],
    );
    assert_eq!(m[0].status, NameStatus::Matched);
    let m = match_names(
        &[name("Камбаните на Коронадо", Lang::Bg)],
        &[name("Дзвони Коронадо", Lang::Uk)],
    );
    assert_eq!(m[0].status, NameStatus::Matched);
    let m = match_names(
        &[name("Камбаните на Коронадо", Lang::Bg)],
        &[name("Колокола Коронадо", Lang::Ru)],
    );
    assert_eq!(m[0].status, NameStatus::Matched);
    let m = match_names(
        &[name("Камбаните на Коронадо", Lang::Bg)],
        &[name("Дзвони Коловадо", Lang::Uk)],
    );
    assert_ne!(m[0].status, NameStatus::Matched);
}

/// Romance names keep a silent initial h and a French final -ard silent in one school's
/// spelling and read them in another's; a name may differ by both at once. A letter changed
/// beside them is still a slip.
#[test]
fn silent_initial_h_and_french_final_d() {
    let same = |a: &str, la: Lang, b: &str, lb: Lang| relation(a, la, b, lb) == Relation::Same;
    assert!(same("Олинар", Lang::Bg, "Холинард", Lang::Kk));
    assert!(same("Олинар", Lang::Bg, "Холинардқа", Lang::Kk));
    assert!(same("Ерминио", Lang::Bg, "Херминио", Lang::Ru));
    assert!(same("Бертинар", Lang::Bg, "Бертинард", Lang::Uk));
    assert!(!same("Олинор", Lang::Bg, "Холинард", Lang::Kk));
    assert!(!same("Олнар", Lang::Bg, "Холинард", Lang::Ru));
    // A vowel-only convention does not ride on another: `Тереуадър` has the а of neither
    // `Тереуедър` (bg) nor `Тереуэзер` (ru), though дър / зер is a convention.
    assert!(same("Тереуедър", Lang::Bg, "Тереуэзер", Lang::Ru));
    assert!(!same("Тереуадър", Lang::Bg, "Тереуэзер", Lang::Ru));
}

/// English -aham with a silent h (Graham) and -combe heard as кум; Macedonian gj read letter
/// by letter or as a glide.
#[test]
fn silent_h_of_aham_combe_and_gj() {
    let same = |a: &str, la: Lang, b: &str, lb: Lang| relation(a, la, b, lb) == Relation::Same;
    assert!(same("Стрейъм", Lang::Bg, "Страхам", Lang::Kk));
    assert!(same("Стреъм", Lang::Bg, "Страхам", Lang::Uk));
    assert!(!same("Стриъм", Lang::Bg, "Страхам", Lang::Kk));
    assert!(same("Уиндкомб", Lang::Bg, "Віндкумі", Lang::Uk));
    assert!(!same("Уиндкамб", Lang::Bg, "Віндкум", Lang::Uk));
    assert!(same("Гйорче Стевски", Lang::Bg, "Йорче Стевски", Lang::Ru));
    assert!(!same("Гйорче Стевски", Lang::Bg, "Йорче Стевкси", Lang::Ru));
}

/// A part of a name one language translates and another transliterates (`Източен` / `Ист`)
/// is the same word; but a known place's name met only so is not its known spelling.
#[test]
fn translated_compass_parts_and_known_places() {
    assert_eq!(
        relation("Източен Марлоу", Lang::Bg, "Ист-Марлоу", Lang::Ru),
        Relation::Same
    );
    assert_ne!(
        relation("Източен Марлоу", Lang::Bg, "Ист-Марлиу", Lang::Ru),
        Relation::Same
    );
    assert_eq!(
        relation("Северна Корея", Lang::Bg, "Солтүстік Корея", Lang::Kk),
        Relation::Same
    );
    assert_eq!(
        relation("Северна Коря", Lang::Bg, "Солтүстік Корея", Lang::Kk),
        Relation::Close
    );
    // A country's adjective in a place's name, in the Kazakh short form.
    assert_eq!(
        relation("Индийския", Lang::Bg, "Үнді", Lang::Kk),
        Relation::Same
    );
}

/// In a short word the vowel is the name: a glide added is a convention (`Ля`), a vowel
/// dropped is not (`Лой` for `Лі`).
#[test]
fn a_short_word_keeps_its_vowel() {
    assert_eq!(relation("Ла", Lang::Bg, "Ля", Lang::Uk), Relation::Same);
    assert_eq!(relation("Ли", Lang::Bg, "Лі", Lang::Uk), Relation::Same);
    assert_ne!(relation("Лой", Lang::Bg, "Лі", Lang::Uk), Relation::Same);
    assert_ne!(relation("Мой", Lang::Bg, "Мі", Lang::Ru), Relation::Same);
}

/// A silent final e read letter by letter (`Блаке` for Blake) is a slip, not a vowel
/// convention; an e the name pronounces is written by every school.
#[test]
fn a_silent_final_e_read_is_a_slip() {
    assert!(!only_vowels("Уил Блаке", Lang::Bg, "Уилл Блейк", Lang::Kk));
    assert_eq!(
        relation("Уил Блаке", Lang::Bg, "Уилл Блейк", Lang::Kk),
        Relation::Close
    );
    assert!(only_vowels(
        "Джузепе Верди",
        Lang::Bg,
        "Джузеппе Верди",
        Lang::Ru
    ));
    assert_eq!(
        relation("Блейк", Lang::Bg, "Блейке", Lang::Ru),
        Relation::Same
    );
}

/// Known short forms of clubs and places (`exonyms_extra.tsv`).
#[test]
fn known_short_forms_meet_the_full_name() {
    let same = |a: &str, la: Lang, b: &str, lb: Lang| relation(a, la, b, lb) == Relation::Same;
    assert!(same("Ливи", Lang::Bg, "Livingston", Lang::En));
    assert!(same("Ливингстън", Lang::Bg, "Ливи", Lang::Kk));
    assert!(same("Юве", Lang::Bg, "Ювентус", Lang::Ru));
    assert!(same("LSU", Lang::Bg, "ЛШУ", Lang::Kk));
    assert!(!same("LSU", Lang::Bg, "ЛМУ", Lang::Kk));
    assert!(same("Капитолия", Lang::Bg, "Capitol Hill", Lang::En));
    // The Polish name of a place the German one stands for elsewhere.
    assert!(same("Аушвиц", Lang::Bg, "Освенцимге", Lang::Kk));
    assert!(same("Аушвиц", Lang::Bg, "Освенцім", Lang::Uk));
}

/// A one-word acronym meets one word only by its letters, not by a stem's consonants.
#[test]
fn an_acronym_is_its_letters() {
    assert_ne!(
        relation("LSU", Lang::Bg, "Луизиана", Lang::Kk),
        Relation::Same
    );
    assert_ne!(
        relation("MRK", Lang::Bg, "Маракана", Lang::Kk),
        Relation::Same
    );
    assert_eq!(relation("ФИФА", Lang::Bg, "Fifa", Lang::En), Relation::Same);
}

/// A Bulgarian adjective of a place in -с keeps one с (`Масачузетския`: Масачузетс), and the
/// Bulgarian -счън of English -stian, -stion meets the letter-by-letter spellings.
#[test]
fn place_adjectives_in_s_and_english_stian() {
    let same = |a: &str, la: Lang, b: &str, lb: Lang| relation(a, la, b, lb) == Relation::Same;
    assert!(same("Масачузетския", Lang::Bg, "Массачусетс", Lang::Kk));
    assert!(same("Оранкаския", Lang::Bg, "Оранкас", Lang::Ru));
    assert!(!same("Оранкаския", Lang::Bg, "Оранкос", Lang::Ru));
    assert!(same("Крисчън Делън", Lang::Bg, "Кристиан Деллен", Lang::Ru));
    assert!(same("Себасчън", Lang::Bg, "Себастіон", Lang::Uk));
    assert!(!same("Крисчън", Lang::Bg, "Кристиам", Lang::Ru));
}
