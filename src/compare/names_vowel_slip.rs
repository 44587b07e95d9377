//! A letter of a source name slipped, seen against one reference, where the leniency for
//! transliterations would say nothing or only `info`.
//!
//! Conventions between the scripts change vowels (`Хънтър`, `Хантер`; `Дейвид`, `Дэвид`)
//! and consonant clusters (`Джийн`, `Жан`), and Bulgarian adds a vowel the others leave out
//! (`Майкъл`, `Майкл`; `Мидълтън`, `Мидлтон`). Three things no convention does:
//!
//! - **leave out a vowel after a consonant** that the reference writes between the same
//!   two letters (`Крс Уолъс` against `Крис Уоллес`, `Криленко` against `Куриленко`; before
//!   a vowel, `Джан` against `Джоан`): the Bulgarian spelling of a foreign name keeps every
//!   vowel sound. (English spelling writes vowels
//!   that are no sound, `Barnes`, so a reference in another script than the source's is
//!   no witness; nor is an `e` before the last consonant written letter for letter, uk
//!   `Кінес` for `Keynes`.)
//! - **put one vowel for another that no convention pairs** (`vowels_unmapped.tsv`: a
//!   Bulgarian `е` against the reference's `а`, `Мелоун` against `Малоун`), the rest of
//!   the word letter for letter alike, in Cyrillic on both sides.
//! - **leave out a consonant between two vowels, or put a vowel for a consonant** (`Тереа`
//!   against `Тереза`, `Луаас` against `Лукас`), in one script on both sides: except the
//!   `у` that renders a `w` the others write `в` (`Уелс`, `Вельс`) and the `й` others write
//!   as a consonant (`Ратайковски`, uk `Ратажковскі`).
//!
//! - **leave out a vowel before a letter the source's orthography writes only after a
//!   vowel** (`src/lang/orthography_after.tsv`: the Bulgarian `й`), where the reference
//!   writes a vowel in that place (`Рйън` against `Райан`).
//! - **leave out a `в` between two vowels** (`Каано` against `Кавано`), unless beside an
//!   `у`, which renders a `w` the others write `в` (`Молиууд`, `Молливуд`).
//!
//! Each time the source word is the reference's word (the reference's case ending aside)
//! with that one change, which is the source's slip, unless the source writes it so more
//! than once (the translator's spelling).

use std::sync::OnceLock;

use crate::lang::Lang;
use crate::names::{translit, Name};

/// The longest case ending a reference word may carry beyond the source word (kk
/// `Крис` + `тың`, `Нортон` + `дағы`).
const MAX_ENDING: usize = 4;

const UNMAPPED_TSV: &str = include_str!("vowels_unmapped.tsv");

const AFTER_TSV: &str = include_str!("../lang/orthography_after.tsv");

/// Whether word `w` of language `lang` writes a letter after one its language never writes
/// it after (`orthography_after.tsv`: the Bulgarian `й` after a consonant, `Рйън`).
fn breaks_orthography_after(w: &str, lang: Lang) -> bool {
    // (language code, the letter, the letters it may follow), read once.
    static ROWS: OnceLock<Vec<(&'static str, char, &'static str)>> = OnceLock::new();
    let rows = ROWS.get_or_init(|| {
        crate::lang::rows(AFTER_TSV)
            .filter_map(|row| Some((*row.first()?, row.get(1)?.chars().next()?, *row.get(2)?)))
            .collect()
    });
    let code = lang.code();
    let lower: Vec<char> = translit::to_lowercase(w).chars().collect();
    rows.iter()
        .filter(|(row_code, _, _)| *row_code == code)
        .any(|&(_, letter, after)| {
            lower
                .windows(2)
                .any(|p| p[1] == letter && p[0].is_alphabetic() && !after.contains(p[0]))
        })
}

/// The (source, reference) vowel pairs of [`UNMAPPED_TSV`].
fn unmapped() -> &'static [(char, char)] {
    static PAIRS: OnceLock<Vec<(char, char)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        crate::lang::rows(UNMAPPED_TSV)
            .filter_map(|row| {
                let letter = |i: usize| row.get(i).and_then(|c| c.chars().next());
                Some((letter(0)?, letter(1)?))
            })
            .collect()
    })
}

/// A sentence for the report when source name `s` slips a vowel against reference name `r`
/// (see the module). A spelling the source (`source_text`) writes more than once is the
/// translator's own (`Кени Уест` three times against uk `Каньє Вест`), not a slip.
pub(super) fn slip(s: &Name, r: &Name, source_text: &str) -> Option<String> {
    if crate::names::same_known_entity(s, r) {
        return None;
    }
    let once = |(sw, rw): (String, String)| {
        (!super::names_slip::written_again(source_text, &sw)).then_some((sw, rw))
    };
    if let Some((sw, rw)) = dropped_vowel(s, r).and_then(once) {
        return Some(format!(
            " {rw} has a vowel where {sw} runs two letters together: a letter left out?"
        ));
    }
    if let Some((sw, rw)) = unmapped_vowel(s, r).and_then(once) {
        return Some(format!(
            " {sw} against {rw}: no convention puts the one vowel for the other, a slip?"
        ));
    }
    letter_for_letter_slip(s, r).and_then(once).map(|(sw, rw)| {
        format!(" {sw} against {rw}: one letter dropped or typed for another, a slip?")
    })
}

/// The source word and the reference word when a word of source name `s` is a word of
/// reference name `r` with a consonant between two vowels left out (`Тереа` for `Тереза`),
/// or a vowel typed for a consonant or the other way round (`Луаас` for `Лукас`), in one
/// script on both sides.
fn letter_for_letter_slip(s: &Name, r: &Name) -> Option<(String, String)> {
    if super::is_latin(&s.text) != super::is_latin(&r.text) {
        return None;
    }
    word_pair(s, r, |a, b, sw, rw| {
        let glide = |w: &str| w.contains(['й', 'Й', 'ї', 'Ї']);
        one_consonant_out(a, b) || one_vowel_for_consonant(a, b, glide(sw) || glide(rw))
    })
}

/// The source word and the reference word when a word of source name `s` is a word of
/// reference name `r` with one vowel after a consonant left out.
fn dropped_vowel(s: &Name, r: &Name) -> Option<(String, String)> {
    // English spelling is no sound to keep (`Barnes`, `Барнс`): both sides in one script.
    if super::is_latin(&s.text) != super::is_latin(&r.text) {
        return None;
    }
    // Before a vowel only in Cyrillic on both sides: Latin letters write one sound with two
    // vowels (`Rodríguez`, `Родригез`).
    let cyrillic = |w: &str| !w.chars().any(|c| c.is_alphabetic() && !is_cyrillic(c));
    word_pair(s, r, |a, b, sw, rw| {
        let cyrillic = cyrillic(sw) && cyrillic(rw);
        one_vowel_out(
            a,
            b,
            cyrillic,
            cyrillic && breaks_orthography_after(sw, s.lang),
        )
    })
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// The source word and the reference word when a word of source name `s` is a word of
/// reference name `r` with one vowel put for another that no convention pairs.
fn unmapped_vowel(s: &Name, r: &Name) -> Option<(String, String)> {
    // A name written with Bulgarian's own `ъ` (`Пъф Деди` against `Пафф Дадди`) renders
    // the sound by ear, any vowel of it (and the key writes `ъ` as `a`).
    if super::is_latin(&s.text) || super::is_latin(&r.text) || s.text.contains(['ъ', 'Ъ']) {
        return None;
    }
    word_pair(s, r, |a, b, _, _| {
        one_vowel_changed(a, b).is_some_and(|pair| unmapped().contains(&pair))
    })
}

/// The first pair of a source word and a reference word whose folded keys meet `test`, both
/// with doubled letters kept (`Чаук`, `Чуук`) or both collapsed (`Хелоуин`, `Хеллоуин`).
fn word_pair(
    s: &Name,
    r: &Name,
    test: impl Fn(&[char], &[char], &str, &str) -> bool,
) -> Option<(String, String)> {
    let keys = |w: &Name| -> [Vec<char>; 2] {
        [
            translit::fold_letters(&w.key).chars().collect(),
            translit::fold(&w.key).chars().collect(),
        ]
    };
    let reference_words: Vec<(Name, [Vec<char>; 2])> = super::single_words(r)
        .into_iter()
        .map(|w| {
            let k = keys(&w);
            (w, k)
        })
        .collect();
    super::single_words(s).into_iter().find_map(|sw| {
        let a = keys(&sw);
        // A word the reference writes as it is (`Род` of `Род Рид`) is no other's slip.
        let written = reference_words
            .iter()
            .any(|(_, b)| (0..2).any(|k| b[k].starts_with(&a[k]) && length_fits(&a[k], &b[k], 0)));
        if written {
            return None;
        }
        reference_words
            .iter()
            .find(|(rw, b)| (0..2).any(|k| test(&a[k], &b[k], &sw.text, &rw.text)))
            .map(|(rw, _)| (sw.text.clone(), rw.text.clone()))
    })
}

fn is_vowel(c: char) -> bool {
    "aeiou".contains(c)
}

/// Whether `b` is no longer than `a` by more than `extra` letters and an ending.
fn length_fits(a: &[char], b: &[char], extra: usize) -> bool {
    b.len() >= a.len() + extra && b.len() <= a.len() + extra + MAX_ENDING
}

/// Whether `a` is `b` (perhaps with an ending of up to [`MAX_ENDING`] letters) with one
/// vowel after a consonant taken out: `krs` of `kris`, `krilenko` of `kurilenko`, `dzhan` of
/// `dzhoan`.
///
/// Before a vowel only when `before_vowel` (both sides in Cyrillic), and neither of the two
/// vowels an `i`: the key writes a glide as `i` (`й`, the `ю` of `Брюс` against `Брус`, the
/// `ей` of `Кейт` against `Кийт`), where the conventions part.
///
/// `glide_written`: the source word writes a glide where its orthography does not (the
/// Bulgarian `й` after a consonant, `Рйън`), so the `i` it stands before is that glide and
/// the vowel left out before it the source's slip (against `Райан`).
fn one_vowel_out(a: &[char], b: &[char], before_vowel: bool, glide_written: bool) -> bool {
    if a.len() < 2 || !length_fits(a, b, 1) {
        return false;
    }
    // The first place where the two differ: the reference's vowel there, the source's
    // letters on from it the reference's after the vowel.
    let Some(i) = (0..a.len()).find(|&i| a[i] != b[i]) else {
        return false;
    };
    // An `e` before the last consonant is English's silent one, which a reference may
    // write letter by letter (uk `Кінес` for `Keynes`, kk `Джейнес` for `Jaynes`) where
    // Bulgarian writes the sound (`Кийнс`, `Джейнс`).
    let silent_e = b[i] == 'e' && i + 1 == a.len();
    // After a consonant, before a consonant, or before a vowel (`Джан` for `Джоан`, `Фину`
    // for `Финау`): no convention leaves out the first of two vowels the reference writes
    // letter for letter. (After a vowel it may be one sound with it.)
    let next_fits =
        !is_vowel(a[i]) || (before_vowel && b[i] != 'i' && (a[i] != 'i' || glide_written));
    i > 0
        && !silent_e
        && is_vowel(b[i])
        && !is_vowel(a[i - 1])
        && next_fits
        && a[i..] == b[i + 1..a.len() + 1]
}

/// Whether `a` is `b` (perhaps with an ending) with one consonant between two vowels taken
/// out: `terea` of `tereza`, `kaano` of `kavano`. Not a `v` beside a `u`: Bulgarian renders
/// a `w` by a vowel, `у`, where the others may write `в` beside it (`Молиууд`, `Молливуд`).
fn one_consonant_out(a: &[char], b: &[char]) -> bool {
    if a.len() < 3 || !length_fits(a, b, 1) {
        return false;
    }
    let Some(i) = (0..a.len()).find(|&i| a[i] != b[i]) else {
        return false;
    };
    // Before the source's last letter only when the reference has no ending beyond: kk
    // `Нидерланды` + `дағы` holds an ending's consonant after the stem's vowel.
    let ending_beyond = b.len() > a.len() + 1;
    i > 0
        && (i + 1 < a.len() || !ending_beyond)
        && !is_vowel(b[i])
        && (b[i] != 'v' || (a[i - 1] != 'u' && a[i] != 'u'))
        && is_vowel(a[i - 1])
        && is_vowel(a[i])
        && a[i..] == b[i + 1..a.len() + 1]
}

/// Whether `a` is `b` (perhaps with an ending) with one vowel put for a consonant or a
/// consonant for a vowel: `luaas` of `lukas`. Not the first letter, nor the last two (a
/// stem's end, kk `Нидерланды` + ending for `Нидерландия`); not the `u` that renders a
/// `w` where the others write `v` (`Уелс`, `Вельс`), nor, where either word writes a
/// glide (`glide`: `й`, `ї`), an `i`, which others write as a consonant of their own (uk
/// `Ратажковскі`, `Ратайковски`).
fn one_vowel_for_consonant(a: &[char], b: &[char], glide: bool) -> bool {
    if a.len() < 4 || !length_fits(a, b, 0) {
        return false;
    }
    let mut differing = (0..a.len()).filter(|&i| a[i] != b[i]);
    let Some(i) = differing.next() else {
        return false;
    };
    let convention =
        matches!((a[i], b[i]), ('u', 'v') | ('v', 'u')) || (glide && (a[i] == 'i' || b[i] == 'i'));
    i > 0
        && i + 2 < a.len()
        && differing.next().is_none()
        && is_vowel(a[i]) != is_vowel(b[i])
        && !convention
}

/// The source's and the reference's vowel when `a` is `b` (perhaps with an ending) with one
/// vowel put for another, not the last letter (an ending's) nor beside an `i` (`ей` against
/// `ай` is a diphthong read two ways, `Рейгън`): `belgrad` of `balgrad`.
fn one_vowel_changed(a: &[char], b: &[char]) -> Option<(char, char)> {
    if a.len() < 3 || !length_fits(a, b, 0) {
        return None;
    }
    let mut differing = (0..a.len()).filter(|&i| a[i] != b[i]);
    let i = differing.next()?;
    let glide_at = |j: Option<usize>| j.and_then(|j| a.get(j)) == Some(&'i');
    // The last letter is an ending's (`Панама`, `Панаму`).
    (i + 1 < a.len()
        && differing.next().is_none()
        && is_vowel(a[i])
        && is_vowel(b[i])
        && !glide_at(i.checked_sub(1))
        && !glide_at(Some(i + 1)))
    .then_some((a[i], b[i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_vowel_between_consonants_left_out() {
        assert!(one_vowel_out(&chars("krs"), &chars("kris"), false, false));
        assert!(one_vowel_out(
            &chars("krilenko"),
            &chars("kurilenko"),
            false,
            false
        ));
        // Bulgarian's added vowel is the other way round.
        assert!(!one_vowel_out(
            &chars("maikal"),
            &chars("maikl"),
            false,
            false
        ));
        // English's silent `e` written out (`Кінес` for `Keynes`).
        assert!(!one_vowel_out(
            &chars("kins"),
            &chars("kines"),
            false,
            false
        ));
        // Beside a vowel, a vowel is a convention's (`Мак`, `Майк`).
        assert!(!one_vowel_out(&chars("mak"), &chars("maik"), false, false));
        // The ending too long: another word.
        assert!(!one_vowel_out(
            &chars("krs"),
            &chars("kristianov"),
            false,
            false
        ));
    }

    #[test]
    fn a_vowel_before_a_vowel_left_out() {
        // `Джан` for `Джоан`, `Фину` for `Финау`, in Cyrillic on both sides.
        assert!(one_vowel_out(&chars("Jan"), &chars("Joan"), true, false));
        assert!(one_vowel_out(&chars("finu"), &chars("finau"), true, false));
        // Not with Latin letters on either side (`Родригез`, `Rodríguez`).
        assert!(!one_vowel_out(
            &chars("rodrigez"),
            &chars("rodriguez"),
            false,
            false
        ));
        // Nor a glide the key writes `i` (`Брус`, `Брюс`; `Кийт`, `Кейт`).
        assert!(!one_vowel_out(&chars("brus"), &chars("brius"), true, false));
        assert!(!one_vowel_out(&chars("kit"), &chars("keit"), true, false));
        // Unless the source writes the glide after a consonant (`Рйън` for `Райан`).
        assert!(one_vowel_out(&chars("rian"), &chars("raian"), true, true));
        assert!(!one_vowel_out(&chars("rian"), &chars("raian"), true, false));
    }

    #[test]
    fn a_consonant_left_out_or_a_letter_for_another() {
        assert!(one_consonant_out(&chars("terea"), &chars("tereza")));
        // `w` rendered by a vowel; a stem's vowel before a kk ending.
        assert!(!one_consonant_out(&chars("moliud"), &chars("molivud")));
        assert!(one_consonant_out(&chars("kaano"), &chars("kavano")));
        assert!(!one_consonant_out(
            &chars("niderlandia"),
            &chars("niderlandidagi")
        ));
        assert!(one_vowel_for_consonant(
            &chars("luaas"),
            &chars("lukas"),
            false
        ));
        assert!(one_vowel_for_consonant(
            &chars("deiis"),
            &chars("denis"),
            false
        ));
        assert!(!one_vowel_for_consonant(
            &chars("rataikovski"),
            &chars("ratajkovski"),
            true
        ));
        assert!(!one_vowel_for_consonant(
            &chars("guinet"),
            &chars("gvinet"),
            false
        ));
    }

    #[test]
    fn one_vowel_for_another() {
        assert_eq!(
            one_vowel_changed(&chars("belgrad"), &chars("balgrada")),
            Some(('e', 'a'))
        );
        // Two changes, or a vowel beside a vowel (`ий` against `ей`): no single slip.
        assert_eq!(
            one_vowel_changed(&chars("belgrid"), &chars("balgrad")),
            None
        );
        assert_eq!(one_vowel_changed(&chars("reigan"), &chars("raigan")), None);
        assert!(unmapped().contains(&('e', 'a')));
        assert!(!unmapped().contains(&('a', 'e')));
    }

    #[test]
    fn a_glide_after_a_consonant() {
        assert!(breaks_orthography_after("Рйън", Lang::Bg));
        assert!(!breaks_orthography_after("Райън", Lang::Bg));
        assert!(!breaks_orthography_after("Йорк", Lang::Bg));
        // Other languages have no such row.
        assert!(!breaks_orthography_after("Рйън", Lang::Ru));
    }
}
