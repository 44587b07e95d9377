//! Spellings that are no error: one foreign name written by two transliteration conventions
//! (`Калзадила` / `Кальсадія` for Calzadilla, `Хю Джакман` / `Гью Джекман`, `Хартлипул` /
//! `Гартлпул`), a name one side shortens (`Insta` / `Instagram`, `R-Arizona` / `Ариз`), a
//! name one side translates in ordinary words (`Consumer Energy Alliance` / `Тұтынушы
//! Энергиясы Альянсы`), and, within the source, an ordinary word taken for a misspelt name
//! (`Севера`, the North, against `Северна Корея`).
//!
//! The convention distance is a weighted edit distance over the words' folded letters: the
//! steps transliteration conventions really make (the Bulgarian ъ for any vowel, a for e, a
//! Spanish g as х or дж, an English silent e read, ...) cost little, and are data
//! (`src/lang/transliteration_steps.tsv`); any other letter changed, added or dropped costs as
//! much as a name may differ in all. A random slip (a letter typed for another, a letter
//! dropped) thus stays a misspelling, while a name made of convention steps only is reported
//! for information.

use std::sync::OnceLock;

use crate::lang::{rows, Lang};
use crate::names::translit::{self, split_words, word_forms, WordForms, SCHWA};
use crate::names::Name;

/// The most two names may differ, in steps of `transliteration_steps.tsv`, and still be one
/// name in two conventions.
pub(super) const MAX_CONVENTION_DISTANCE: f64 = 1.0;

/// What any letter changed, added or dropped outside the table costs: more than a name may
/// differ in all.
const SLIP: f64 = 2.0;

const STEPS: &str = include_str!("../lang/transliteration_steps.tsv");

/// One step of the table, as the source and the reference write it.
struct Step {
    source: Vec<char>,
    reference: Vec<char>,
    source_start: bool,
    source_end: bool,
    reference_start: bool,
    reference_end: bool,
    cost: f64,
}

/// A side of a row: its letters (`-` none) and its anchors.
fn side(text: &str) -> (Vec<char>, bool, bool) {
    let start = text.starts_with('^');
    let end = text.ends_with('$') && text.len() > 1;
    let letters = text.trim_start_matches('^').trim_end_matches('$');
    let letters = if letters == "-" { "" } else { letters };
    (letters.chars().collect(), start, end)
}

fn steps() -> &'static [Step] {
    static STEPS_READ: OnceLock<Vec<Step>> = OnceLock::new();
    STEPS_READ.get_or_init(|| {
        let mut out = Vec::new();
        for row in rows(STEPS) {
            let (Some(&from), Some(&to), Some(cost)) = (
                row.first(),
                row.get(1),
                row.get(2).and_then(|c| c.parse::<f64>().ok()),
            ) else {
                continue;
            };
            let both_ways = row.get(3).is_none_or(|d| *d != ">");
            let (s, s_start, s_end) = side(from);
            let (r, r_start, r_end) = side(to);
            let step = |source: &Vec<char>, ss, se, reference: &Vec<char>, rs, re| Step {
                source: source.clone(),
                reference: reference.clone(),
                source_start: ss,
                source_end: se,
                reference_start: rs,
                reference_end: re,
                cost,
            };
            out.push(step(&s, s_start, s_end, &r, r_start, r_end));
            if both_ways {
                out.push(step(&r, r_start, r_end, &s, s_start, s_end));
            }
        }
        out
    })
}

/// Whether `word[..end]` ends with `part` (and, for anchors, starts or ends the word there).
fn ends_with_at(
    word: &[char],
    end: usize,
    part: &[char],
    start_anchor: bool,
    end_anchor: bool,
) -> bool {
    let Some(begin) = end.checked_sub(part.len()) else {
        return false;
    };
    word[begin..end] == *part && (!start_anchor || begin == 0) && (!end_anchor || end == word.len())
}

/// The convention distance of two folded words (source, reference): the cheapest sequence of
/// table steps and slips that turns one into the other.
pub(super) fn convention_distance(source: &str, reference: &str) -> f64 {
    let a: Vec<char> = source.chars().collect();
    let b: Vec<char> = reference.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![f64::INFINITY; m + 1]; n + 1];
    d[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            let mut best = d[i][j];
            if i > 0 {
                best = best.min(d[i - 1][j] + SLIP);
            }
            if j > 0 {
                best = best.min(d[i][j - 1] + SLIP);
            }
            if i > 0 && j > 0 {
                let same = a[i - 1] == b[j - 1];
                best = best.min(d[i - 1][j - 1] + if same { 0.0 } else { SLIP });
            }
            for s in steps() {
                if ends_with_at(&a, i, &s.source, s.source_start, s.source_end)
                    && ends_with_at(&b, j, &s.reference, s.reference_start, s.reference_end)
                    && (s.source.len() + s.reference.len()) > 0
                {
                    best = best.min(d[i - s.source.len()][j - s.reference.len()] + s.cost);
                }
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

/// The words that carry a name (capitalized ones; all when none is).
fn carrying_words(name: &Name) -> Vec<&str> {
    let all: Vec<&str> = split_words(&name.text).collect();
    let capitalized: Vec<&str> = all
        .iter()
        .copied()
        .filter(|w| w.chars().next().is_some_and(translit::is_uppercase))
        .collect();
    if capitalized.is_empty() {
        all
    } else {
        capitalized
    }
}

/// The convention distance of two words: the least over their folded forms (the words and
/// their stems, a Latin word's English readings too). A changed word of fewer than four
/// letters (or a form of fewer than three) is too short to tell a convention from another name (`Ли` / `Лу`).
fn word_distance(source: &str, source_lang: Lang, reference: &str, reference_lang: Lang) -> f64 {
    let (s, r) = (
        word_forms(source, source_lang),
        word_forms(reference, reference_lang),
    );
    let mut best = f64::INFINITY;
    for p in &s.folded {
        for q in &r.folded {
            let cost = convention_distance(p, q);
            let (lp, lq) = (p.chars().filter(|&c| c != SCHWA).count(), q.chars().count());
            let long_enough = lp.max(lq) >= 4 && lp.min(lq) >= 3;
            if cost == 0.0 || long_enough {
                best = best.min(cost);
            }
        }
    }
    best
}

/// Whether source name `s` and reference name `r` are one name written by two conventions:
/// as many words, each pair within [`MAX_CONVENTION_DISTANCE`] in all (`Серхио Гарсия` /
/// `Серджіо Гарсіа`, `Ри Йонг Хо` / `Ри Янг Хо`). Two spellings in one language are not
/// compared so: a language has one convention.
pub(super) fn another_transliteration(s: &Name, r: &Name) -> bool {
    if s.lang == r.lang || s.acronym || r.acronym {
        return false;
    }
    // A word of two scripts (`Рi`) or with a letter its language lacks is a slip, whatever it
    // reads as.
    // A Latin spelling is the original, its vowels held to `vowel_renderings.tsv` by the
    // matcher: only two Cyrillic spellings are compared by convention steps.
    if super::is_latin(&s.text) || super::is_latin(&r.text) {
        return false;
    }
    let (sw, rw) = (carrying_words(s), carrying_words(r));
    if sw.is_empty() || sw.len() != rw.len() {
        return false;
    }
    let odd = |w: &str, lang: Lang| {
        let f = word_forms(w, lang);
        f.mixed_script || f.foreign_letters
    };
    if sw.iter().any(|w| odd(w, s.lang)) || rw.iter().any(|w| odd(w, r.lang)) {
        return false;
    }
    let mut total = 0.0;
    for (x, y) in sw.iter().zip(&rw) {
        total += word_distance(x, s.lang, y, r.lang);
        if total > MAX_CONVENTION_DISTANCE {
            return false;
        }
    }
    total > 0.0 || sw != rw
}

/// The fewest letters a shortened word must lack: one letter missing (`Пеки` for `Пекин`) is a
/// slip; a word cut by a syllable or more (`Insta`, `Ариз` for Arizona, `Севе` for
/// Severiano) is an abbreviation.
const SHORTENED_BY: usize = 3;

/// Whether one word is the other cut short: its written form (folded) a prefix of three
/// letters or more of the other's, lacking at least [`SHORTENED_BY`] letters of every form of
/// the other that it starts (its stems too: `Пеки` lacks one letter of `Пекинді`'s stem
/// `пекин`, not four).
fn cut_short(a: &WordForms, b: &WordForms) -> bool {
    let (Some(x), Some(y)) = (a.folded.first(), b.folded.first()) else {
        return false;
    };
    let (short, long) = if x.chars().count() <= y.chars().count() {
        (x, b)
    } else {
        (y, a)
    };
    let n = short.chars().count();
    let mut starting = long.folded.iter().filter(|f| f.starts_with(short.as_str()));
    n >= 3
        && long
            .folded
            .first()
            .is_some_and(|f| f.starts_with(short.as_str()))
        && starting.all(|f| f.chars().count() >= n + SHORTENED_BY)
}

/// The note for a source name `s` and reference name `r` that are one name said another way:
/// one side shortens it (`Insta` against `Instagram`, see [`shortened`]), names the people
/// for their country (`Чехословаците` against `Чехословаччину`, see [`demonym_for_place`]),
/// or translates a name of ordinary English words (`Consumer Energy Alliance` against
/// `Тұтынушы Энергиясы Альянсы`, see [`translated_in_ordinary_words`]).
pub(super) fn one_name_said_otherwise(s: &Name, r: &Name) -> Option<&'static str> {
    if shortened(s, r) {
        Some(" One side shortens the name.")
    } else if demonym_for_place(s, r) {
        Some(" One side names the people, the other their country.")
    } else if translated_in_ordinary_words(s, r) {
        Some(" The reference translates a name of ordinary English words.")
    } else {
        None
    }
}

/// Whether source name `s` and reference name `r` are one name, one side shortening a word of
/// it (`Insta` / `Instagram`, `R-Arizona` / `Ариз`, `Севе Балистерос` / `Северьяно
/// Баллестеросом`): as many words of two letters or more, at least one pair cut short (see
/// [`cut_short`]), the others the same or (between two Cyrillic spellings) another
/// convention's (see [`another_transliteration`]).
pub(super) fn shortened(s: &Name, r: &Name) -> bool {
    if s.acronym || r.acronym {
        return false;
    }
    let longer_than_a_letter = |n: &Name| -> Vec<String> {
        split_words(&n.text)
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_string)
            .collect()
    };
    let (sw, rw) = (longer_than_a_letter(s), longer_than_a_letter(r));
    if sw.is_empty() || sw.len() != rw.len() {
        return false;
    }
    let cyrillic = !super::is_latin(&s.text) && !super::is_latin(&r.text);
    let mut cut = false;
    let mut total = 0.0;
    for (x, y) in sw.iter().zip(&rw) {
        let (fx, fy) = (word_forms(x, s.lang), word_forms(y, r.lang));
        if fx.mixed_script || fy.mixed_script || fx.foreign_letters || fy.foreign_letters {
            return false;
        }
        if cut_short(&fx, &fy) {
            cut = true;
        } else if fx.folded.iter().any(|p| fy.folded.contains(p)) {
        } else if cyrillic && s.lang != r.lang {
            total += word_distance(x, s.lang, y, r.lang);
        } else {
            return false;
        }
    }
    cut && total <= MAX_CONVENTION_DISTANCE
}

/// Whether source name `s`, written in Latin letters, is made of ordinary English words
/// (`Consumer Energy Alliance`, `World Wide Web Consortium`) and the reference writes it in
/// Cyrillic letters: a name the reference translates rather than transliterates. A misspelt
/// word (`Wnrld`) is no English word, and stays a misspelling.
pub(super) fn translated_in_ordinary_words(s: &Name, r: &Name) -> bool {
    if s.acronym || r.acronym || !super::is_latin(&s.text) || super::is_latin(&r.text) {
        return false;
    }
    let words: Vec<&str> = carrying_words(s);
    words.len() >= 2
        && words.iter().all(|w| {
            super::names_translated::ordinary_in_english(&Name::new(w, Lang::En, s.line, s.offset))
        })
}

/// The fewest letters a demonym's stem and a place's name share from their start, for the one
/// to be read as the other's people (`cegoslova` in `Чехословаците` and `Чехословаччину`).
const DEMONYM_SHARED_STEM: usize = 6;

/// Whether one side writes the people (a demonym, by its language's `demonym_endings.tsv`)
/// where the other writes their country or place, one word each (`Чехословаците` against
/// `Чехословаччину`): a translation's choice, no other name. The demonym's stem must begin
/// the other word's (folded), six letters or more.
pub(super) fn demonym_for_place(s: &Name, r: &Name) -> bool {
    let (sw, rw) = (carrying_words(s), carrying_words(r));
    let ([x], [y]) = (sw.as_slice(), rw.as_slice()) else {
        return false;
    };
    let people_of = |people: &str, people_lang: Lang, place: &str, place_lang: Lang| {
        let place = word_forms(place, place_lang);
        crate::names::demonym_stems(people, people_lang)
            .iter()
            .filter(|stem| stem.chars().count() >= DEMONYM_SHARED_STEM)
            .any(|stem| {
                place
                    .folded
                    .iter()
                    .any(|f| f.starts_with(stem.as_str()) && f != stem)
            })
    };
    !s.acronym && !r.acronym && (people_of(x, s.lang, y, r.lang) || people_of(y, r.lang, x, s.lang))
}

/// Whether a lower-case word is an ordinary word of its language: listed in its common words
/// as written, or with one ending of its language (`севера`, the North's: `север`). Only
/// listed words and endings: a misspelt word (`асамблета`) shares a stem with many.
fn ordinary_word(word: &str, lang: Lang) -> bool {
    let table = crate::names::tables::tables().lang(lang);
    table.words.contains_key(word)
        || table.suffixes.iter().any(|(ending, replacement)| {
            word.strip_suffix(ending).is_some_and(|stem| {
                stem.chars().count() >= 3
                    && table
                        .words
                        .contains_key(format!("{stem}{replacement}").as_str())
            })
        })
}

/// Whether two spellings within one document that differ by one letter in one word (lower-case
/// words of each name, see `words_one_letter_apart`) are no name written two ways: both words
/// that differ are ordinary words of the language, two words rather than one misspelt
/// (`Севера`, the North, against `Северна Корея`; but `Асанблеята` is a misspelt
/// `Асамблеята`).
pub(super) fn no_second_spelling(wa: &[String], wb: &[String], lang: Lang) -> bool {
    let (only_a, only_b): (Vec<&String>, Vec<&String>) = (
        wa.iter().filter(|w| !wb.contains(w)).collect(),
        wb.iter().filter(|w| !wa.contains(w)).collect(),
    );
    let near = |x: &str, y: &str| strsim::levenshtein(x, y) == 1;
    only_a.iter().any(|x| {
        only_b
            .iter()
            .any(|y| near(x, y) && ordinary_word(x, lang) && ordinary_word(y, lang))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(word: &str, lang: Lang) -> String {
        word_forms(word, lang).folded[0].clone()
    }

    fn variant(s: &str, r: &str, lang: Lang) -> bool {
        another_transliteration(&Name::new(s, Lang::Bg, 0, 0), &Name::new(r, lang, 0, 0))
    }

    #[test]
    fn steps_cost_what_the_table_says() {
        assert_eq!(convention_distance("makfers@n", "makferson"), 0.0);
        assert_eq!(convention_distance("Jakman", "Jekman"), 0.5);
        assert_eq!(convention_distance("sergio", "serJio"), 0.5);
        // A consonant changed, a vowel the reference has and the source lacks: slips.
        assert!(convention_distance("tordano", "tornado") > MAX_CONVENTION_DISTANCE);
        assert!(convention_distance("makfrs@n", "makferson") > MAX_CONVENTION_DISTANCE);
        assert!(convention_distance("peki", "pekin") > MAX_CONVENTION_DISTANCE);
    }

    #[test]
    fn conventions_of_two_languages_are_one_name() {
        assert!(variant("Серхио Гарсия", "Серджіо Гарсіа", Lang::Uk));
        assert!(variant("Хю Джакман", "Гью Джекман", Lang::Uk));
        assert!(variant("Хю Джакман", "Хью Джекманның", Lang::Kk));
        assert!(variant("Калзадила", "Кальсадія", Lang::Uk));
        assert!(variant("Хартлипул", "Гартлпул", Lang::Uk));
        assert!(variant("Севе Балистерос", "Сев Баллестерос", Lang::Kk));
        assert!(variant("Ри Йонг Хо", "Ри Янг Хо", Lang::Kk));
        assert!(variant(
            "Диего Енрике Ангелини",
            "Диего Энрике Анджелини",
            Lang::Ru
        ));
        assert!(variant(
            "Алехандро Дамян Пануко",
            "Алехандро Даміан Пагнукко",
            Lang::Uk
        ));
        assert!(variant("Милтън Кийнс", "Мільтон-Кінес", Lang::Uk));
        assert!(variant(
            "Вандербилт Комодорс",
            "Вандербилт Комодорес",
            Lang::Uk
        ));
        assert!(variant("Фразийр Климо", "Фразьє Клімо", Lang::Uk));
    }

    #[test]
    fn slips_stay_misspellings() {
        assert!(!variant("Тордано", "Торнадо", Lang::Ru));
        assert!(!variant("Литлоу", "Литгоу", Lang::Kk));
        assert!(!variant("Пеки", "Пекин", Lang::Ru));
        assert!(!variant("Финиск", "Финикс", Lang::Uk));
        assert!(!variant("Трърп", "Трамп", Lang::Ru));
        assert!(!variant("Енситинас", "Енсінітас", Lang::Uk));
        assert!(!variant("Уаде", "Уейд", Lang::Kk));
        // A letter dropped or typed for another, the rest a convention.
        assert!(!variant("Макфрсън", "Макферсон", Lang::Ru));
        assert!(!variant("Джакмн", "Джекман", Lang::Ru));
        assert!(!variant("Серхио Гаркия", "Серджіо Гарсіа", Lang::Uk));
        assert!(!variant("Мирио", "Марио", Lang::Ru));
        // A reference's own slips: a letter dropped, a word of two scripts.
        assert!(!variant("Рори Макилрой", "Рорі Маклроя", Lang::Uk));
        assert!(!variant("Ри", "Рi", Lang::Uk));
        assert!(!variant("MeToo", "MeTo", Lang::Uk));
        // A t dropped before s; a vowel swapped for one no convention writes.
        assert!(!variant("Писбърг", "Питтсбурга", Lang::Ru));
        assert!(!variant("Зоран Заув", "Зоран Заев", Lang::Kk));
        assert!(!variant("Зоран Зуев", "Зоран Заев", Lang::Ru));
        assert_eq!(folded("Тръмп", Lang::Bg), "tr@mp");
    }

    #[test]
    fn a_word_cut_short_is_an_abbreviation() {
        let name = |t: &str, lang| Name::new(t, lang, 0, 0);
        assert!(shortened(
            &name("Insta", Lang::Bg),
            &name("Instagram", Lang::Uk)
        ));
        assert!(shortened(
            &name("R-Arizona", Lang::Bg),
            &name("Ариз", Lang::Kk)
        ));
        assert!(shortened(
            &name("Севе Балистерос", Lang::Bg),
            &name("Северьяно Баллестеросом", Lang::Ru)
        ));
        // A last letter dropped is a slip; a word cut and another misspelt is no abbreviation.
        assert!(!shortened(
            &name("Пеки", Lang::Bg),
            &name("Пекин", Lang::Ru)
        ));
        assert!(!shortened(
            &name("Пеки", Lang::Bg),
            &name("Пекинді", Lang::Kk)
        ));
        assert!(!shortened(
            &name("Insta Grum", Lang::Bg),
            &name("Instagram Group", Lang::Uk)
        ));
    }

    #[test]
    fn ordinary_english_words_a_reference_translates() {
        let name = |t: &str, lang| Name::new(t, lang, 0, 0);
        assert!(translated_in_ordinary_words(
            &name("Consumer Energy Alliance", Lang::Bg),
            &name("Тұтынушы Энергиясы Альянсы", Lang::Kk)
        ));
        assert!(!translated_in_ordinary_words(
            &name("Consumer Enrgy Alliance", Lang::Bg),
            &name("Тұтынушы Энергиясы Альянсы", Lang::Kk)
        ));
        assert!(!translated_in_ordinary_words(
            &name("Wheelhouse Alliance", Lang::Bg),
            &name("Уилхау", Lang::Kk)
        ));
    }

    #[test]
    fn the_people_for_their_country() {
        let name = |t: &str, lang| Name::new(t, lang, 0, 0);
        assert!(demonym_for_place(
            &name("Чехословаците", Lang::Bg),
            &name("Чехословаччину", Lang::Uk)
        ));
        // A misspelt country is no demonym; two countries are two names.
        assert!(!demonym_for_place(
            &name("Чехословакаците", Lang::Bg),
            &name("Чехословаччину", Lang::Uk)
        ));
        assert!(!demonym_for_place(
            &name("Словакия", Lang::Bg),
            &name("Словенії", Lang::Uk)
        ));
    }

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(|w| w.to_lowercase()).collect()
    }

    #[test]
    fn within_a_document_an_ordinary_word_is_no_second_spelling() {
        assert!(no_second_spelling(
            &words("Севера"),
            &words("Северна Корея"),
            Lang::Bg
        ));
        // Two spellings of one name, one of them misspelt.
        assert!(!no_second_spelling(
            &words("Тажибеев"),
            &words("Алибек Тажибаев"),
            Lang::Bg
        ));
        assert!(!no_second_spelling(
            &words("Джереми Корбин"),
            &words("Джеръми Корбин"),
            Lang::Bg
        ));
        assert!(!no_second_spelling(
            &words("Литлоу"),
            &words("Алън Литгоу"),
            Lang::Bg
        ));
    }
}
