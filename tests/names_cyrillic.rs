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
