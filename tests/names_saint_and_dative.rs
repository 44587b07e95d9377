//! Saint's renderings and a Kazakh dative typed on a Russian keyboard layout. English `Saint`
//! is `Сейнт` in Bulgarian, `Сент` in Russian and Ukrainian and, after French, `Сен` in all
//! of them (`spelling_variants.tsv`): one word, not a different name. The dative `-га` for
//! `-ға` (`Пхеньянга`) is stripped only from a stem of five letters or more (`kk/suffixes.tsv`,
//! its fourth column), so that `Менга` or `Ольга` stay whole. Made-up names and sentences in
//! the style of news.

use sverka::lang::Lang;
use sverka::names::{match_names, Name, NameStatus, Relation};

#[path = "support/names.rs"]
mod support;
use support::{names_in, relation};

#[test]
fn saints_renderings_are_one_word_across_languages() {
    let cases = [
        ("Сейнт Мирън", Lang::Bg, "Сен-Мирренді", Lang::Kk),
        ("Сейнт Мирън", Lang::Bg, "Сент-Миррен", Lang::Ru),
        ("Сейнт Олбънс", Lang::Bg, "Сен-Олбанс", Lang::Uk),
        ("Сент-Олбанс", Lang::Ru, "Сен-Олбанс", Lang::Kk),
    ];
    for (a, a_lang, b, b_lang) in cases {
        assert_eq!(relation(a, a_lang, b, b_lang), Relation::Same, "{a} / {b}");
        assert_eq!(relation(b, b_lang, a, a_lang), Relation::Same, "{b} / {a}");
    }
}

#[test]
fn saints_rendering_does_not_excuse_another_name() {
    // The saint's word meets, the rest of the name must still agree.
    assert_ne!(
        relation("Сейнт Мирън", Lang::Bg, "Сен-Олбанс", Lang::Kk),
        Relation::Same
    );
    assert_ne!(
        relation("Сент-Олбанс", Lang::Ru, "Сен-Мирренді", Lang::Kk),
        Relation::Same
    );
}

#[test]
fn a_kazakh_dative_typed_on_a_russian_layout_meets_the_place() {
    let text = "Делегация кеше Пхеньянга ұшып барды.";
    let reference = [Name::new("Pyongyang", Lang::En, 1, 0)];
    let found = names_in(Lang::Kk, text);
    let matched = match_names(&found, &reference);
    assert!(
        matched.iter().any(|m| m.status == NameStatus::Matched),
        "{found:?}"
    );
    assert_eq!(
        relation("Пхенян", Lang::Bg, "Пхеньянга", Lang::Kk),
        Relation::Same
    );
}

#[test]
fn a_short_name_ending_in_ga_stays_whole() {
    // `Менга` is no dative of `мен`, nor `Ольга` of `Оль`: the stem is too short.
    assert_ne!(relation("Мен", Lang::Bg, "Менга", Lang::Kk), Relation::Same);
    assert_ne!(relation("Ол", Lang::Bg, "Ольга", Lang::Kk), Relation::Same);
    let text = "Менга мырза кеше Астанаға келді.";
    let found = names_in(Lang::Kk, text);
    assert!(found.iter().any(|n| n.text == "Менга"), "{found:?}");
}

/// The names found on each line of a short text (one sentence a line).
fn names_per_line(lang: Lang, text: &str) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new(); text.lines().count()];
    for name in names_in(lang, text) {
        out[name.line - 1].push(name.text);
    }
    out
}

#[test]
fn a_compound_of_capitalized_parts_is_a_name_at_a_sentence_start() {
    let cases = [
        (Lang::Kk, "Сан-Хосе кеші 12 жекпе-жектен тұрды.", "Сан-Хосе"),
        (
            Lang::Kk,
            "Сен-Мирренді жіберген соң ол жаңа клубқа көшті.",
            "Сен-Мирренді",
        ),
        (Lang::Ru, "Сан-Хосе принял турнир в субботу.", "Сан-Хосе"),
        (Lang::Uk, "Сан-Хосе прийняв турнір у суботу.", "Сан-Хосе"),
    ];
    for (lang, text, name) in cases {
        let names = names_per_line(lang, text);
        assert!(names[0].contains(&name.to_string()), "{lang:?}: {names:?}");
    }
}

#[test]
fn a_compound_of_places_or_with_a_lower_case_part_is_no_name_at_a_sentence_start() {
    let cases = [
        (Lang::Ru, "Премьер-министр заявил об этом в субботу."),
        (Lang::Kk, "Премьер-министр бұл туралы сенбіде мәлімдеді."),
        // Two countries joined: an adjective of both, the Russian-Turkish deal.
        (
            Lang::Kk,
            "Ресей-Түрік келісімі бұл аймақта соғысты тоқтатты.",
        ),
    ];
    for (lang, text) in cases {
        let names = names_per_line(lang, text);
        assert!(names[0].is_empty(), "{lang:?}: {names:?}");
    }
}

#[test]
fn a_saints_compound_at_a_sentence_start_meets_the_bulgarian_name() {
    let bg = [Name::new("Сейнт Мирън", Lang::Bg, 1, 0)];
    let found = names_in(Lang::Kk, "Сен-Мирренді жіберген соң ол жаңа клубқа көшті.");
    let matched = match_names(&found, &bg);
    assert!(
        matched.iter().any(|m| m.status == NameStatus::Matched),
        "{found:?}"
    );
}
