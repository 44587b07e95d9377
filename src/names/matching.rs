//! Matching names: the relation of two names (the same, close but different, unrelated), the
//! optimal pairing of a reference sentence's names with a source sentence's names, and the
//! same entity written two ways within one document.
//!
//! Two words are *the same* when a stem of one meets a stem of the other: equal plain keys
//! when both are written in Latin letters (`Direct to Sell` ≠ `Direct to Cell`), equal folded
//! forms when either is Cyrillic (`Касим` = `Қасым` = `Kassym`), or, between two languages,
//! equal consonant skeletons (`Тръмп` = `Trump`, `Джонс` = `Джоунс`), or spellings of two
//! transliteration schools (`spelling_variants.tsv`: `Бирмингем` = `Бирмингам`). A Cyrillic
//! and a Latin word must also write their vowels by a convention (`vowel_renderings.tsv`):
//! `Уст` has the consonants of `West` but drops its e, so the two are close, not the same; so
//! is a word one letter away from such a spelling (`Деовър` / `Denver`). Otherwise
//! their similarity is Jaro-Winkler (strsim) on those forms; at or above
//! [`DIFFERENT_MIN_SIMILARITY`] they are *close*: a misspelling or a changed letter. Names relate through their words (the shorter
//! name's words all the same as words of the longer: `Токаев` = `Kassym-Jomart Tokayev`),
//! through exonyms (`САЩ` = `US`), and through acronyms (`EXIM` = `Export-Import Bank`).

use std::cmp::Ordering;
use std::ops::Range;

use strsim::jaro_winkler;

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::demonyms::{demonym, name_demonym, word_meets, Demonym};
use super::tables::FastMap;
use super::translit::{
    fold, folded_eq, is_vowel, skeleton, split_words, vowels_render, word_forms, WordForms, ODD_Y,
    SCHWA,
};
use super::{exonym_ids, Name, NameMatch, NameStatus};
use crate::lang::Lang;

/// Word similarity (Jaro-Winkler on folded forms) from which two different words are taken for
/// one name written wrongly rather than for two names. Chosen on NTREX: see BENCHMARKS.md.
pub const DIFFERENT_MIN_SIMILARITY: f64 = 0.88;

/// How two names relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    Unrelated,
    /// Close but different: a letter changed, a surname swapped, `Sell` for `Cell`.
    Close,
    Same,
}

/// A name prepared for comparison.
struct Prepared {
    words: Vec<Rc<WordForms>>,
    exonyms: Vec<u32>,
    acronym: bool,
    /// The acronym's letters, folded (`EXIM` → `eksim`... compared by first letters).
    letters: Vec<char>,
    /// Made of ordinary words of its language ([`Name::ordinary`]).
    ordinary: bool,
    /// For a name written in Latin letters only, its letters in lower case (`us` for `U.S.`):
    /// within one script a name is spelled one way.
    latin_letters: Option<String>,
    /// An acronym as written (`НВО`), for [`looks_like`].
    acronym_text: Option<String>,
}

/// The letters of a name written in Latin letters only, in lower case.
fn latin_letters(text: &str) -> Option<String> {
    let letters: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (!letters.is_empty() && letters.chars().all(|c| c.is_ascii_alphanumeric())).then_some(letters)
}

/// Whether two names share an exonym entity (`САЩ` = `US`). Two Latin spellings share one
/// only when each is written as the table lists it (`U.S.` = `USA`): folding makes `Gopp`
/// and `Goop` meet `GOP`, but within one script a doubled letter is no convention.
fn share_exonym(a: &Prepared, b: &Prepared) -> bool {
    a.exonyms
        .iter()
        .filter(|id| b.exonyms.contains(id))
        .any(|&id| match (&a.latin_letters, &b.latin_letters) {
            (Some(x), Some(y)) => x == y || (listed_spelling(x, id) && listed_spelling(y, id)),
            _ => true,
        })
}

/// Whether an exonym entity lists a spelling with these letters (lower case, Latin).
fn listed_spelling(letters: &str, id: u32) -> bool {
    super::tables::tables()
        .exonyms
        .get(id as usize)
        .is_some_and(|(_, spellings)| {
            spellings
                .iter()
                .flatten()
                .any(|s| latin_letters(s).as_deref() == Some(letters))
        })
}

fn prepare(name: &Name) -> Prepared {
    // The words that carry the name: a lower-case word inside it (`Роу срещу Уейд`, `Direct
    // to Cell`, `Game of Thrones`) is a connector each language words its own way (`Роу
    // против Уэйда`), unless the name has no other.
    let capitalized = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| super::translit::is_uppercase(c) || c.is_numeric())
    };
    // A plural acronym is its letters (`WMPs` = `WMP`, `AMs`): its key drops the s too.
    let text = match name.text.strip_suffix('s') {
        Some(stem)
            if name.acronym
                && stem.chars().count() >= 2
                && stem.chars().all(|c| !c.is_lowercase()) =>
        {
            stem
        }
        _ => name.text.as_str(),
    };
    let all: Vec<&str> = split_words(text).collect();
    let carrying: Vec<&str> = all.iter().copied().filter(capitalized).collect();
    let chosen = if carrying.is_empty() { all } else { carrying };
    // The last word of a name after a word that is no adjective stands where a person's
    // surname stands (`Васил Терзийски`): an adjective's ending is not stripped from it.
    let surname_at = (chosen.len() >= 2
        && !super::translit::has_adjective_ending(chosen[chosen.len() - 2], name.lang))
    .then(|| chosen.len() - 1);
    let words: Vec<Rc<WordForms>> = chosen
        .into_iter()
        .enumerate()
        .map(|(at, w)| {
            if Some(at) == surname_at {
                super::translit::surname_forms(w, name.lang)
            } else {
                word_forms(w, name.lang)
            }
        })
        .collect();
    let letters = if name.acronym {
        text.chars()
            .filter(|c| c.is_alphabetic())
            .filter_map(|c| {
                let mut s = String::new();
                super::translit::translit_into(&c.to_string(), name.lang, false, &mut s);
                s.chars().next()
            })
            .collect()
    } else {
        Vec::new()
    };
    Prepared {
        words,
        exonyms: exonym_ids(text, name.lang),
        acronym: name.acronym,
        letters,
        ordinary: name.ordinary,
        latin_letters: latin_letters(text),
        acronym_text: name.acronym.then(|| text.to_string()),
    }
}

/// Whether two words are the same word, and if so their similarity: the tests of
/// [`word_relation`] without the similarity of words that are not (the costly part), for
/// callers that only ask whether a word occurs.
fn same_word(a: &WordForms, b: &WordForms) -> Option<f64> {
    word_match(a, b).0
}

/// Whether two words are the same word (see [`same_word`]).
pub(crate) fn same_word_forms(a: &WordForms, b: &WordForms) -> bool {
    same_word(a, b).is_some()
}

/// [`same_word`], and whether a Latin and a Cyrillic word that are not the same have the
/// consonants of one name (see [`latin_cyrillic_frame`]) but vowels written by no convention:
/// a misspelling (`Уст` for `West`).
fn word_match(a: &WordForms, b: &WordForms) -> (Option<f64>, bool) {
    if a.initial || b.initial {
        let first = |w: &WordForms| w.folded.first().and_then(|f| f.chars().next());
        return (
            (first(a).is_some() && first(a) == first(b)).then_some(0.9),
            false,
        );
    }
    if a.latin && b.latin {
        return (
            a.plain.iter().any(|p| b.plain.contains(p)).then_some(1.0),
            false,
        );
    }
    if a.folded
        .iter()
        .any(|p| b.folded.iter().any(|q| folded_eq(p, q)))
    {
        return (Some(1.0), false);
    }
    // A two-letter name inflected (`Ридің`) against the name itself (`Ri`, `Ри`).
    let short_meets = |x: &WordForms, y: &WordForms| {
        x.short_stems
            .iter()
            .any(|p| y.folded.iter().any(|q| q.chars().count() == 2 && p == q))
    };
    if short_meets(a, b) || short_meets(b, a) {
        return (Some(1.0), false);
    }
    // Across languages, transliterations of one foreign name differ mostly in vowels
    // (`Джонс` = `Джоунс`, `Trump` = `Тръмп`): equal skeletons are the same word.
    if a.latin != b.latin {
        if let Some(score) = latin_cyrillic_frame(a, b) {
            // The consonants of one name, its vowels written by no convention: a slip.
            let agree = latin_vowels_agree(a, b);
            return (agree.then_some(score), !agree);
        }
        // A word of vowels and w (`Iowa` = `Айова`): its one-letter skeleton says little, the
        // vowels written by a convention say it is the same word.
        let (latin, cyrillic) = if a.latin { (a, b) } else { (b, a) };
        if vowels_told(cyrillic.lang)
            && latin.skeleton.iter().any(|p| cyrillic.skeleton.contains(p))
            && latin.plain.iter().any(|p| {
                p.chars().count() >= 3 && cyrillic.spoken.iter().any(|s| vowels_render(p, s))
            })
        {
            return (Some(0.9), false);
        }
    } else if a.lang != b.lang {
        // Between two Cyrillic spellings a vowel swapped for another is a misspelling
        // (`Тажибеев` for `Тажибаев`); a vowel added or dropped (`Джонс`, `Джоунс`) or the
        // Bulgarian ъ is a convention.
        let short = |w: &WordForms| w.folded.first().is_some_and(|f| f.len() <= 3);
        let (a_kk, b_kk) = (a.lang == Lang::Kk, b.lang == Lang::Kk);
        let first = |w: &WordForms, k: usize| w.folded.get(k).and_then(|f| f.chars().next());
        for (k, p) in a.skeleton.iter().enumerate() {
            for (l, q) in b.skeleton.iter().enumerate() {
                // A one-letter skeleton says little: only for short words (`May` = `Мэй`), or
                // between two spellings with the same first letter, whose vowels must then
                // agree by convention too (`Овие` = `Ови`).
                let tiny_ok =
                    (short(a) && short(b)) || (first(a, k).is_some() && first(a, k) == first(b, l));
                if p != q || !(p.chars().count() >= 2 || tiny_ok) {
                    continue;
                }
                // In a short word around one consonant (a skeleton of a vowel-initial word
                // starts with `a`) a vowel dropped is the name's whole sound: `Лой` is no
                // spelling of `Лі` (Lee), though `Джоунс` is of `Джонс` and `Овие` of `Ови`.
                // The vowels less glides (an i beside another vowel: `Ля`, `Лой`).
                let nuclei = |s: &str| -> Vec<char> {
                    let c: Vec<char> = s.chars().collect();
                    let open = |k: Option<usize>| {
                        k.and_then(|k| c.get(k))
                            .is_some_and(|&x| is_vowel(x) && x != 'i')
                    };
                    (0..c.len())
                        .filter(|&k| is_vowel(c[k]))
                        .filter(|&k| c[k] != 'i' || !(open(k.checked_sub(1)) || open(Some(k + 1))))
                        .map(|k| c[k])
                        .collect()
                };
                let by_convention = match (a.letters.get(k), b.letters.get(l)) {
                    (Some(x), Some(y)) => {
                        vowels_agree(x, a_kk, y, b_kk)
                            && (p.chars().count() >= 2
                                || !(short(a) && short(b))
                                || p.starts_with('a')
                                || nuclei(x) == nuclei(y))
                    }
                    _ => false,
                };
                if by_convention {
                    return (Some(0.95), false);
                }
            }
        }
        // One written by another transliteration school (`spelling_variants.tsv`:
        // `Бирмингем` = `Бирмингам`, `Файнстайн` = `Файнщайн`). Two letters only for a whole
        // syllable the table rewrites (`Йонг` as `Ён`), and then from the same first letter:
        // `на` written `нэ` is no `Вена`.
        let meets = |v: &String, v_kk: bool, other: &WordForms| {
            other.letters.iter().any(|y| {
                (v.chars().count() >= 3
                    || (v.chars().count() == 2 && v.chars().next() == y.chars().next()))
                    && vowels_agree(v, v_kk, y, other.lang == Lang::Kk)
            })
        };
        // Two schools' spellings of one syllable each rewritten whole to a third (`Юнг` and
        // `Йонг` both `Ён`). Whole words only: a row rewriting every а of two words as э
        // would make `Тажибеев` meet `Тажибаев` once folding merges э and е.
        let both_rewritten = a
            .whole_word_variants
            .iter()
            .any(|v| b.whole_word_variants.contains(v));
        if both_rewritten
            || a.variant_letters.iter().any(|v| meets(v, a_kk, b))
            || b.variant_letters.iter().any(|v| meets(v, b_kk, a))
        {
            return (Some(0.95), false);
        }
        // Parts of a name one language translates and another transliterates (`Източен` /
        // `Ист` in `Ист-Батон-Руж`, `exonyms_extra.tsv`), as between Latin and Cyrillic.
        if a.exonyms().iter().any(|id| b.exonyms().contains(id)) {
            return (Some(0.95), false);
        }
    }
    if a.latin != b.latin || a.lang != b.lang {
        // A derived form whose ending the tables lack: `Риверсайдской` = `Ривърсайд`
        // (the words as written, not their stems). Not a surname: `Терзиевски` is another
        // surname than `Terziev`.
        if let (Some(p), Some(q), false) =
            (a.folded.first(), b.folded.first(), a.surname || b.surname)
        {
            if derived(p, q) || derived(q, p) {
                return (Some(0.9), false);
            }
        }
    }
    (None, false)
}

/// Whether a Latin and a Cyrillic word have the consonants of one name (their vowels aside),
/// and the similarity that says so: equal consonant skeletons (`Trump` = `Тръмп`), or the
/// Latin letters as heard (`Hazard` = `Азар`, `Kovacic` = `Ковачич`: see
/// [`transliteration_skeletons_agree`]).
fn latin_cyrillic_frame(a: &WordForms, b: &WordForms) -> Option<f64> {
    let (latin, cyrillic) = if a.latin { (a, b) } else { (b, a) };
    // A one-letter skeleton says little: only for short forms (`May` = `Мэй`, and `May's`
    // by its stem).
    let short = |w: &WordForms, k: usize| w.folded.get(k).is_some_and(|f| f.len() <= 3);
    for (k, p) in latin.skeleton.iter().enumerate() {
        for (l, q) in cyrillic.skeleton.iter().enumerate() {
            if p == q && (p.chars().count() >= 2 || (short(latin, k) && short(cyrillic, l))) {
                return Some(0.95);
            }
        }
    }
    // Parts of a name each language words its own way (`West` = `Западна`,
    // `exonyms_extra.tsv`).
    if latin
        .exonyms()
        .iter()
        .any(|id| cyrillic.exonyms().contains(id))
    {
        return Some(0.95);
    }
    latin
        .plain
        .iter()
        .any(|p| {
            cyrillic
                .skeleton
                .iter()
                .any(|q| transliteration_skeletons_agree(p, q))
        })
        .then_some(0.93)
}

/// Whether a Cyrillic word is one letter away from a spelling of a Latin word by the
/// conventions of [`vowels_render`] (Bulgarian, see [`vowels_told`]; words of four letters or
/// more).
fn one_slip_from_a_rendering(a: &WordForms, b: &WordForms) -> bool {
    let (latin, cyrillic) = if a.latin { (a, b) } else { (b, a) };
    // The consonants too at most one letter apart (the vowel check takes consonant runs as
    // they come): `Бостън` is no slip for `Denver`. A й between consonants (`Хкйл`) stands
    // where a vowel was, not a consonant.
    let consonants_close = latin.skeleton.iter().any(|p| {
        p.chars().count() >= 2
            && cyrillic.skeleton.iter().any(|q| {
                let q: String = q.chars().filter(|&c| c != super::translit::ODD_Y).collect();
                *p == q || one_edit_apart(p, &q)
            })
    });
    vowels_told(cyrillic.lang)
        && consonants_close
        && latin.plain.iter().any(|p| {
            p.chars().count() >= 4
                && cyrillic.spoken.iter().any(|s| {
                    // An s added at the end is the English possessive or plural, not a slip
                    // (`Уейнс`, Wayne's, against `Wayne`).
                    let ending = s
                        .char_indices()
                        .last()
                        .is_some_and(|(k, c)| matches!(c, 's' | 'z') && vowels_render(p, &s[..k]));
                    s.chars().count() >= 3
                        && !ending
                        && super::translit::vowels_render_within(p, s, 1)
                })
        })
}

/// Whether the vowels of a Cyrillic spelling in `lang` are held to `vowel_renderings.tsv`:
/// Bulgarian, whose conventions the table writes. Russian writes some English vowels its own
/// way (`Дэвид` for David, `Тёрнер` for Turner), Ukrainian и and Kazakh vowels differ again:
/// their spellings are compared by consonants, as before.
fn vowels_told(lang: Lang) -> bool {
    lang == Lang::Bg
}

/// Whether a Cyrillic word writes a Latin word's vowels by a convention of its language
/// ([`vowels_render`]): `Уест` for `West`, not `Уст`. Told for Bulgarian (see
/// [`vowels_told`]); the other languages are not asked (true).
fn latin_vowels_agree(a: &WordForms, b: &WordForms) -> bool {
    let (latin, cyrillic) = if a.latin { (a, b) } else { (b, a) };
    if !vowels_told(cyrillic.lang) {
        return true;
    }
    // A word written without vowels (`Ng`) leaves the Cyrillic spelling its own (`Нгъ`); an
    // exonym part (`West` = `Западна`) is a translation, not a transliteration.
    let voweled = |p: &String| p.chars().any(|c| "aeiouy".contains(c));
    latin
        .exonyms()
        .iter()
        .any(|id| cyrillic.exonyms().contains(id))
        || !latin.plain.iter().any(voweled)
        || latin
            .plain
            .iter()
            .any(|p| cyrillic.spoken.iter().any(|s| vowels_render(p, s)))
}

/// The relation of two words and their similarity. A word with a letter its language does not
/// have (`ы` in a Bulgarian name: `Трымп`) is at best close to another spelling: a slip, since
/// each language writes a foreign name in its own letters.
fn word_relation(a: &WordForms, b: &WordForms) -> (Relation, f64) {
    // One word written letter for letter alike in one language is itself, whatever its
    // letters: a word of letters no table reads (`Ǆ`) has no forms to meet, and a word of two
    // scripts is a slip only against another spelling.
    if a.lang == b.lang && a.text == b.text {
        return (Relation::Same, 1.0);
    }
    let (same, vowel_slip) = word_match(a, b);
    if let Some(similarity) = same {
        if a.mixed_script || b.mixed_script {
            return (Relation::Close, similarity.min(0.95));
        }
        if (a.foreign_letters || b.foreign_letters) && !a.plain.iter().any(|p| b.plain.contains(p))
        {
            return (Relation::Close, similarity.min(0.95));
        }
        return (Relation::Same, similarity);
    }
    if a.initial || b.initial {
        return (Relation::Unrelated, 0.0);
    }
    // The consonants of one name, its vowels written by no convention (`Уст` for `West`,
    // `Гири` for `Gary`): a misspelling.
    if vowel_slip {
        return (Relation::Close, 0.9);
    }
    // One letter added, dropped or changed in a conventional spelling (`Деовър` for
    // `Denver`, `Писбърг` for `Pittsburg`): a misspelling.
    if a.latin != b.latin && one_slip_from_a_rendering(a, b) {
        return (Relation::Close, 0.9);
    }
    // A silent final e read letter by letter in one of two Cyrillic spellings (`Уаде` for
    // `Уейд`): a misspelling.
    if silent_e_read(a, b) {
        return (Relation::Close, 0.9);
    }
    let (x, y) = if a.latin && b.latin {
        (&a.plain, &b.plain)
    } else {
        (&a.folded, &b.folded)
    };
    let mut best: f64 = 0.0;
    for p in x {
        for q in y {
            best = best.max(jaro_winkler(p, q));
        }
    }
    // One letter changed in a short word is close too, whatever Jaro-Winkler says of it
    // (`Sell` for `Cell`: 0.83).
    let one_edit = |x: &[String], y: &[String]| {
        x.iter().any(|p| {
            y.iter()
                .any(|q| p.chars().count() >= 3 && one_edit_apart(p, q))
        })
    };
    let one_letter = if a.latin && b.latin {
        one_edit(&a.plain, &b.plain)
    } else {
        one_edit(&a.folded, &b.folded)
    };
    if best >= DIFFERENT_MIN_SIMILARITY || one_letter {
        (Relation::Close, best.max(DIFFERENT_MIN_SIMILARITY))
    } else {
        (Relation::Unrelated, best)
    }
}

/// Whether two Cyrillic words of two languages are one consonant apart, their vowels aside:
/// skeletons of four consonants or more, from the same first letter, with one consonant
/// changed (`Писбърг` / `Питтсбурга`, `Мериуадър` / `Мэриуэзер`). Each language writes a
/// foreign name's vowels its own way, so its letters differ from another language's spelling
/// by more than one edit even when one consonant alone was mistyped: the consonants tell the
/// slip. A consonant more or fewer is not read so: that is as often another name or another
/// form of it (`Джоунс` / `Джонсон`, `Ройтерс` / `Рейтер`).
fn one_consonant_apart(a: &WordForms, b: &WordForms) -> bool {
    if a.latin || b.latin || a.lang == b.lang {
        return false;
    }
    a.skeleton.iter().any(|p| {
        b.skeleton.iter().any(|q| {
            p.chars().count() >= 4
                && p.chars().count() == q.chars().count()
                && p.chars().next() == q.chars().next()
                && p.chars().zip(q.chars()).filter(|(x, y)| x != y).count() == 1
        })
    })
}

/// Whether the Levenshtein distance of two words is exactly 1 (one letter changed, added or
/// dropped), in one pass rather than a full edit-distance table: matching asks it of every
/// pair of word forms.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    loop {
        match (x.next(), y.next()) {
            (Some(p), Some(q)) if p == q => {}
            // The first difference: the rest must be equal after one substitution, or after
            // skipping one letter on either side.
            (Some(p), Some(q)) => {
                let (rx, ry) = (x.as_str(), y.as_str());
                return rx == ry
                    || rx.strip_prefix(q) == Some(ry)
                    || ry.strip_prefix(p) == Some(rx);
            }
            (None, None) => return false,
            // One word is the other with one more letter at the end.
            (Some(_), None) => return x.next().is_none(),
            (None, Some(_)) => return y.next().is_none(),
        }
    }
}

/// The skeleton of a Latin word as heard: an h that is not part of a digraph is silent
/// (`Rihanna`, `Hazard`) unless `keep_h` (`Heather` = `Хедър`), a j between vowels is a glide (`Georgijevska`), and a lone c (or cz; which
/// may be k, s, ts or ch: `Carnegie`, `Zorica`, `Kovacic`) becomes the wildcard `*`.
fn heard_skeleton(plain: &str, keep_h: bool) -> String {
    let letters: Vec<char> = plain.chars().collect();
    let vowel = |c: Option<&char>| c.is_some_and(|c| "aeiouy".contains(*c));
    let mut out = String::with_capacity(plain.len());
    for (k, &c) in letters.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|p| letters.get(p));
        let next = letters.get(k + 1);
        match c {
            'h' if !keep_h && !prev.is_some_and(|p| "sczktpgd".contains(*p)) => {}
            'j' if vowel(prev) && vowel(next) => out.push('y'),
            // Polish and Czech cz is one sound (`Czeisler` = `Кайслър`).
            'z' if prev == Some(&'c') => {}
            'c' if !matches!(next, Some('h' | 'k')) => out.push('*'),
            _ => out.push(c),
        }
    }
    skeleton(&fold(&out))
}

/// Whether a Latin word (plain, lower case) and a Cyrillic word's skeleton are one name in two
/// scripts although their skeletons differ: equal once the Latin letters are read as heard
/// (see [`heard_skeleton`]), up to a silent letter the Cyrillic spelling rightly leaves out: a
/// final d or t after r (`Hazard` = `Азар`, `Bernard` = `Бернар`) or the k of an initial kn
/// (`Knott` = `Нот`). A consonant changed for another (`Lithgow` / `Литлоу`, `Iran` /
/// `Ирак`) or one the Cyrillic side adds is not a transliteration.
pub(crate) fn transliteration_skeletons_agree(latin_plain: &str, cyrillic_skeleton: &str) -> bool {
    let other: Vec<char> = cyrillic_skeleton.chars().collect();
    if other.len() < 2 {
        return false;
    }
    let readings = heard_readings(latin_plain);
    // The wildcards: `*` what a Latin c can be read as (k, s, ts, ch), `#` a th.
    let same = |x: &[char], y: &[char]| {
        x.len() == y.len()
            && x.iter().zip(y).all(|(p, q)| {
                p == q
                    || (*p == '*' && matches!(q, 'k' | 's' | 'T' | 'C'))
                    || (*p == '#' && matches!(q, 't' | 'd'))
            })
    };
    readings
        .iter()
        .any(|heard| same(heard, &other) || silent_letter_apart(latin_plain, heard, &other, &same))
}

/// Latin words whose readings are kept per thread before the cache starts afresh.
const READINGS_CACHE_LIMIT: usize = 100_000;

thread_local! {
    /// A Latin name word is compared with every word of a Cyrillic text: its readings are
    /// worked out once per thread.
    static READINGS: RefCell<FastMap<String, Rc<Vec<Vec<char>>>>> =
        RefCell::new(FastMap::default());
}

/// The skeletons of a Latin word as heard (see [`heard_skeleton`]), without and with its
/// h's, with a ch read as sh, a final -tes as -ts and -stle as -sle if it has them (cached).
fn heard_readings(latin_plain: &str) -> Rc<Vec<Vec<char>>> {
    if let Some(r) = READINGS.with(|c| c.borrow().get(latin_plain).cloned()) {
        return r;
    }
    // An h Bulgarian writes as х (`Heather` = `Хедър`) or leaves out (`Rihanna` = `Риана`);
    // an English th is т or д (`Rutherford` = `Ръдърфорд`); a German final dt is т
    // (`Marquardt` = `Маркарт`).
    let word = latin_plain.strip_suffix("dt").map(|w| format!("{w}t"));
    let word = word.as_deref().unwrap_or(latin_plain);
    let th = word.replace("th", "#");
    // A French ch is ш (`Bouchard` = `Бушар`); a silent e before a final s brings t and s
    // together, which Cyrillic writes тс, folded as ц (`Gates` = `Гейтс`).
    let french = th.replace("ch", "sh");
    let silent_e = th
        .strip_suffix("tes")
        .map(|stem| format!("{stem}ts"))
        .unwrap_or_default();
    // The t of -stle is silent (`Newcastle` = `Нюкасъл`).
    let silent_t = th.replace("stle", "sle");
    let mut words = vec![th.as_str()];
    for other in [&french, &silent_e, &silent_t] {
        if !other.is_empty() && *other != th {
            words.push(other.as_str());
        }
    }
    let readings = Rc::new(
        words
            .iter()
            .flat_map(|w| [false, true].map(|keep_h| heard_skeleton(w, keep_h).chars().collect()))
            .collect(),
    );
    READINGS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= READINGS_CACHE_LIMIT {
            c.clear();
        }
        c.insert(latin_plain.to_string(), Rc::clone(&readings));
    });
    readings
}

/// Whether the Latin skeleton is the Cyrillic one with one letter the Cyrillic spelling rightly
/// leaves out: a final d or t after r, the k of an initial kn.
fn silent_letter_apart(
    latin_plain: &str,
    heard: &[char],
    other: &[char],
    same: &dyn Fn(&[char], &[char]) -> bool,
) -> bool {
    if heard.len() != other.len() + 1 {
        return false;
    }
    let ends_silent = latin_plain.ends_with("rd") || latin_plain.ends_with("rt");
    let starts_silent = latin_plain.starts_with("kn");
    (ends_silent && same(&heard[..other.len()], other))
        || (starts_silent && same(&heard[1..], other))
}

/// Whether two Cyrillic names written in different languages differ only in their vowels:
/// as many words, each pair with equal consonant skeletons (`Бирмингам` / `Бирмингем`,
/// `Каванау` / `Кавано`, `Тара Кап` / `Тарой Кэпп`). Each language renders a foreign name's
/// vowels by its own convention, so such a difference alone says little; whether it is a
/// misspelling is for the source's own spelling elsewhere to tell. A vowel dropped between two
/// consonants (`Крен` for `Карен`, `Джн` for `Джон`) is no convention but a slip: the
/// consonants must fall into the same runs between vowels, the Bulgarian ъ and the close
/// vowels Kazakh inserts aside (`Майкъл` / `Майкл`, `Самұрық` / `Самрук`).
pub fn differ_only_in_vowels(a: &Name, b: &Name) -> bool {
    if a.lang == b.lang {
        return false;
    }
    let (a, b) = (prepare(a), prepare(b));
    if a.words.is_empty() || a.words.len() != b.words.len() {
        return false;
    }
    a.words.iter().zip(&b.words).all(|(x, y)| {
        let (x_kk, y_kk) = (x.lang == Lang::Kk, y.lang == Lang::Kk);
        fn forms(w: &WordForms) -> Vec<(&str, &str)> {
            w.skeleton
                .iter()
                .zip(&w.letters)
                .filter(|(p, _)| p.chars().count() >= 2)
                .map(|(p, l)| (p.as_str(), l.as_str()))
                .collect()
        }
        let (fx, fy) = (forms(x), forms(y));
        let pairs = || {
            fx.iter()
                .flat_map(|&(p, lp)| fy.iter().map(move |&(q, lq)| (p, lp, q, lq)))
                .filter(|(p, _, q, _)| p == q)
        };
        !x.latin
            && !y.latin
            && pairs().any(|(_, lp, _, lq)| {
                consonant_runs_agree(lp, x_kk, lq, y_kk)
                    && !final_e_added(lp, lq)
                    && !final_e_added(lq, lp)
            })
            // Any reading of the two (the words or their stems) with an i for an open vowel
            // is a slip, whatever other readings agree (`Мирио` / `Мариоға`).
            && !pairs().any(|(_, lp, _, lq)| i_for_an_open_vowel(lp, x_kk, lq, y_kk))
    })
}

/// Whether two Cyrillic words of two languages have the same consonants (two or more) and one
/// ends in an e the other lacks (see [`final_e_added`]).
fn silent_e_read(a: &WordForms, b: &WordForms) -> bool {
    if a.latin || b.latin || a.lang == b.lang {
        return false;
    }
    a.skeleton.iter().zip(&a.letters).any(|(p, lp)| {
        p.chars().count() >= 2
            && b.skeleton
                .iter()
                .zip(&b.letters)
                .any(|(q, lq)| p == q && (final_e_added(lp, lq) || final_e_added(lq, lp)))
    })
}

/// Whether `a` ends in an e after a consonant where `b`, otherwise alike, ends in that
/// consonant: a silent final e read letter by letter (`Уаде` for Wade, `Уейд`), which no school
/// writes. An e a language pronounces is written by all (`Джузепе` / `Джузеппе`), and a case
/// ending is set aside by the other reading of the word (`Уэйде` also as `Уэйд`).
fn final_e_added(a: &str, b: &str) -> bool {
    let last_two = |s: &str| {
        let mut it = s.chars().rev();
        (it.next(), it.next())
    };
    let vowel =
        |c: Option<char>| c.is_some_and(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | SCHWA));
    match (last_two(a), last_two(b)) {
        ((Some('e'), before), (last, _)) => !vowel(before) && !vowel(last) && last.is_some(),
        _ => false,
    }
}

/// Whether two spellings with as many vowel groups have, at one place before their ends, a
/// lone i against a lone a, o or u (`Мирио` / `Марио`, `Гири` / `Гари`). The schools write a
/// foreign a, e, o, u and schwa each their own way (`Фурик` / `Ферик`, `Фалдо` / `Фолдо`,
/// `Полтроу` / `Пэлтроу`), an i against an e (`Кийнс` / `Кейнс`) or as a diphthong (`Дитиън`
/// / `Дайтон`, `Спийт` / `Спайт`), but a lone i only for an i sound. A last vowel may be a
/// case ending (`Дунгалы`); the close vowels of a Kazakh spelling (і, ы, folded i) stand for
/// other sounds too: neither is read so.
fn i_for_an_open_vowel(a: &str, kazakh_a: bool, b: &str, kazakh_b: bool) -> bool {
    let groups = |s: &str| -> (Vec<String>, bool) {
        let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | SCHWA);
        let mut out: Vec<String> = Vec::new();
        let mut in_group = false;
        for c in s.chars() {
            if vowel(c) {
                if !in_group {
                    out.push(String::new());
                }
                if let Some(g) = out.last_mut() {
                    g.push(c);
                }
            }
            in_group = vowel(c);
        }
        (out, s.chars().last().is_some_and(vowel))
    };
    let ((ga, end_a), (gb, end_b)) = (groups(a), groups(b));
    if ga.len() != gb.len() {
        return false;
    }
    let inner = if end_a || end_b {
        ga.len().saturating_sub(1)
    } else {
        ga.len()
    };
    let open = |g: &str| matches!(g, "a" | "o" | "u");
    ga.iter()
        .zip(&gb)
        .take(inner)
        .any(|(x, y)| (x == "i" && !kazakh_a && open(y)) || (y == "i" && !kazakh_b && open(x)))
}

/// Whether two folded Cyrillic spellings differ only by vowels added or dropped (`Джонс`,
/// `Джоунс`) or by the Bulgarian ъ standing for another vowel, not by a vowel swapped for
/// another (`Тажибеев`, `Тажибаев`): their consonants fall into the same runs (see
/// [`consonant_runs_agree`]: a vowel may come or go only beside another vowel, each ъ and each
/// close vowel of a Kazakh spelling may be none) and the vowels of one are a subsequence of
/// the other's. `kazakh_a`, `kazakh_b` tell which spellings are Kazakh.
fn vowels_agree(a: &str, kazakh_a: bool, b: &str, kazakh_b: bool) -> bool {
    if !consonant_runs_agree(a, kazakh_a, b, kazakh_b) {
        return false;
    }
    let vowel = |c: &char| matches!(*c, 'a' | 'e' | 'i' | 'o' | 'u' | SCHWA);
    let (va, vb): (Vec<char>, Vec<char>) = (
        a.chars().filter(vowel).collect(),
        b.chars().filter(vowel).collect(),
    );
    let (short, long) = if va.len() <= vb.len() {
        (va, vb)
    } else {
        (vb, va)
    };
    let mut rest = long.iter();
    short
        .iter()
        .all(|&v| rest.any(|&w| v == w || v == SCHWA || w == SCHWA))
}

/// Whether two folded Cyrillic spellings break their consonants into the same runs between
/// vowels (doubled letters merged, v aside, z as s), each Bulgarian ъ read as a vowel or as
/// none (`Мидълтън` = `Миддлтон`), and so each close vowel (i, u) of a Kazakh spelling, which
/// breaks consonant clusters (`Самұрық` = `Самрук`): `kazakh_a`, `kazakh_b` tell which
/// spellings are Kazakh.
fn consonant_runs_agree(a: &str, kazakh_a: bool, b: &str, kazakh_b: bool) -> bool {
    // A quick refusal without allocating: equal runs (in any reading) have equal consonants
    // in order, a letter repeated in a row once, wherever the vowels break them.
    if !consonants(a).eq(consonants(b)) {
        return false;
    }
    let (ra, rb) = (
        consonant_run_readings(a, kazakh_a),
        consonant_run_readings(b, kazakh_b),
    );
    ra.iter().any(|x| rb.contains(x))
}

/// The consonants of a folded spelling as [`consonant_run_readings`] reads them (v aside, z
/// as s), a letter repeated in a row once, whatever vowels stand between.
fn consonants(s: &str) -> impl Iterator<Item = char> + '_ {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | SCHWA);
    let mut last = None;
    s.chars()
        .filter(move |&c| !vowel(c) && c != 'v')
        .map(|c| if c == 'z' { 's' } else { c })
        .filter(move |&c| last.replace(c) != Some(c))
}

/// At most this many optional vowels of one word are read both ways (2^n readings).
const MAX_OPTIONAL_VOWELS: usize = 4;

/// The consonant runs of a folded spelling between its vowels, once per way of reading its
/// optional vowels, the ъ and, in a Kazakh spelling, the close vowels (see
/// [`consonant_runs_agree`]).
fn consonant_run_readings(s: &str, kazakh: bool) -> Vec<Vec<String>> {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | SCHWA);
    let optional = |c: char| c == SCHWA || (kazakh && matches!(c, 'i' | 'u'));
    let n = s
        .chars()
        .filter(|&c| optional(c))
        .count()
        .min(MAX_OPTIONAL_VOWELS);
    let mut out: Vec<Vec<String>> = Vec::new();
    for mask in 0..1u32 << n {
        let mut runs: Vec<String> = vec![String::new()];
        let mut nth = 0;
        for c in s.chars() {
            if vowel(c) {
                // Optional vowels past the limit are read as vowels.
                let skip = optional(c) && {
                    nth += 1;
                    nth <= n && mask & (1 << (nth - 1)) != 0
                };
                if skip {
                    continue;
                }
                if runs.last().is_some_and(|r| !r.is_empty()) {
                    runs.push(String::new());
                }
            } else if c != 'v' {
                let c = if c == 'z' { 's' } else { c };
                if let Some(run) = runs.last_mut() {
                    if !run.ends_with(c) {
                        run.push(c);
                    }
                }
            }
        }
        if runs.last().is_some_and(String::is_empty) {
            runs.pop();
        }
        if !out.contains(&runs) {
            out.push(runs);
        }
    }
    out
}

/// Whether `long` is `short` with an ending of at most four letters (`short` of five or more),
/// or the adjective the Slavic languages make of a place name in -a with -insk- and such an
/// ending (`Kambarata`: `Камбаратинската`, `Камбаратинскую`; `Ялта`: `Ялтинский`).
fn derived(short: &str, long: &str) -> bool {
    let n = short.chars().count();
    if n < 5 {
        return false;
    }
    if long.starts_with(short) && long.chars().count() - n <= 4 {
        return true;
    }
    short
        .strip_suffix('a')
        .and_then(|stem| long.strip_prefix(stem))
        .and_then(|rest| rest.strip_prefix("insk"))
        .is_some_and(|ending| ending.chars().count() <= 4)
}

/// Whether an acronym's letters abbreviate a name: its first letter is the name's first
/// initial and its letters appear in order in the name (`EXIM` in `Export-Import`, `УМЗ` in
/// `Улбински металургичен завод`).
fn abbreviates(letters: &[char], full: &Prepared) -> bool {
    if letters.len() < 2 || full.words.len() < 2 || full.words.len() > letters.len() {
        return false;
    }
    let plain: Vec<&str> = full
        .words
        .iter()
        .filter_map(|w| w.plain.first().map(String::as_str))
        .collect();
    let initials: Vec<char> = plain.iter().filter_map(|w| w.chars().next()).collect();
    if initials == letters {
        return true;
    }
    // Syllable acronyms: every word's initial used, letters in order.
    let mut li = 0;
    for word in &plain {
        let mut chars = word.chars();
        if chars.next() != letters.get(li).copied() {
            return false;
        }
        li += 1;
        for c in chars {
            if letters.get(li) == Some(&c) && li < letters.len() {
                // take letters from this word only while the next word's initial is not next
                li += 1;
            }
        }
    }
    li == letters.len()
}

/// Whether a Cyrillic acronym is typed in letters drawn like the Latin acronym's (`НВО` for
/// `HBO`): the same letters to a reader.
fn looks_like(cyrillic: &Prepared, latin: &Prepared) -> bool {
    cyrillic.acronym
        && latin.acronym
        && cyrillic.latin_letters.is_none()
        && latin.latin_letters.as_deref().is_some_and(|l| {
            cyrillic
                .acronym_text
                .as_deref()
                .and_then(super::tables::latin_lookalike)
                .map(|c| c.to_lowercase())
                .is_some_and(|c| c == l || l.strip_suffix('s') == Some(c.as_str()))
        })
}

/// The relation of two prepared names and their similarity.
fn relation(a: &Prepared, b: &Prepared) -> (Relation, f64) {
    if share_exonym(a, b) {
        return (Relation::Same, 1.0);
    }
    if known_inside(a, b) || known_inside(b, a) {
        return (Relation::Same, 0.95);
    }
    let (relation, similarity) = relation_unknown(a, b);
    // Two known places apart, however alike their words look (`Дубай` and the `Даби` of
    // `Абу-Даби`): close, so that one put for the other is a name_mismatch, not a match.
    if relation == Relation::Same && places_apart(a, b) {
        return (Relation::Close, similarity);
    }
    (relation, similarity)
}

/// Whether two names are each a known place, a city or region (`place:` ids of
/// `exonyms_extra.tsv`), and no id of one, whole or of a word, is the other's (`Калифорния`
/// in `Баха Калифорния`, `Scotland` in `Scotland's`): two places, whatever their spans.
fn places_apart(a: &Prepared, b: &Prepared) -> bool {
    let place = |p: &Prepared| {
        p.exonyms.iter().any(|&id| {
            !is_part(id) && super::exonym_id_name(id).is_some_and(|n| n.starts_with("place:"))
        })
    };
    let ids = |p: &Prepared| -> Vec<u32> {
        let words = p.words.iter().flat_map(|w| w.exonyms().iter().copied());
        p.exonyms.iter().copied().chain(words).collect()
    };
    place(a) && place(b) && {
        let theirs = ids(b);
        !ids(a).iter().any(|id| theirs.contains(id))
    }
}

/// [`places_apart`] for two names as found: `Дубай` against `Абу-Даби`.
pub fn known_places_apart(a: &Name, b: &Name) -> bool {
    places_apart(&prepare(a), &prepare(b))
}

/// [`relation`] past the known equivalents: spellings, acronyms and words.
fn relation_unknown(a: &Prepared, b: &Prepared) -> (Relation, f64) {
    if looks_like(a, b) || looks_like(b, a) {
        return (Relation::Same, 1.0);
    }
    if a.acronym != b.acronym {
        let (acr, full) = if a.acronym { (a, b) } else { (b, a) };
        if abbreviates(&acr.letters, full) {
            return (Relation::Same, 0.9);
        }
    }
    if a.words.is_empty() || b.words.is_empty() {
        return (Relation::Unrelated, 0.0);
    }
    let by_words = relation_by_words(a, b);
    // An acronym is its letters: against one word it is that word only when their letters
    // fold alike (`ФИФА` = `Fifa`), not when its consonants happen to be the word's stem's
    // (`LSU` is no `Луизиана`, stem `Луизи`). Spelt out in words it meets them by their
    // sounds (`CBS` = `Си Би Ес`).
    if a.acronym != b.acronym
        && by_words.0 == Relation::Same
        && a.words.len() == 1
        && b.words.len() == 1
    {
        let letters_alike = a.words.iter().all(|x| {
            b.words.iter().any(|y| {
                x.folded
                    .iter()
                    .any(|p| y.folded.iter().any(|q| folded_eq(p, q)))
            })
        });
        if !letters_alike {
            return (Relation::Unrelated, by_words.1);
        }
    }
    if by_words.0 != Relation::Same && a.words.len() != b.words.len() {
        if let Some(s) = run_together_same(a, b) {
            return (Relation::Same, s);
        }
    }
    if by_words.0 == Relation::Unrelated
        && (misspells_known(a, b) || misspells_known(b, a) || one_word_one_consonant_apart(a, b))
    {
        return (Relation::Close, DIFFERENT_MIN_SIMILARITY);
    }
    by_words
}

/// Whether `short`, a known body of two words or more (`Red Cross`), is written word for word
/// inside the longer name `long` as the same known entity (`Международный Комитет Красного
/// Креста`, `Индонезийского Красного Креста`). As many words on both sides, so that one word
/// shared (`Корея`) does not stand for a country of two (`Северна Корея`).
fn known_inside(short: &Prepared, long: &Prepared) -> bool {
    let n = short.words.len();
    if n < 2 || long.words.len() <= n || short.exonyms.is_empty() || short.acronym {
        return false;
    }
    let Some(lang) = long.words.first().map(|w| w.lang) else {
        return false;
    };
    long.words.windows(n).any(|span| {
        let text: Vec<&str> = span.iter().map(|w| w.text.as_str()).collect();
        exonym_ids(&text.join(" "), lang)
            .iter()
            .any(|id| short.exonyms.contains(id) && is_body(*id))
    })
}

/// Whether an exonym entity is a body or an event (`org:red-cross`), not a country, place or
/// name part: those the finder already cuts out of a run of capitals.
fn is_body(id: u32) -> bool {
    super::exonym_id_name(id).is_some_and(|n| n.starts_with("org:") || n.starts_with("event:"))
}

/// A name written as one word on one side and as several on the other (`Пиди Джая` /
/// `Підіджая`, `Кимченун`): the same when the words run together are the same word. Only
/// for proper names, two or more letters a word (not an acronym, not an initial).
fn run_together_same(a: &Prepared, b: &Prepared) -> Option<f64> {
    if a.acronym || b.acronym || a.ordinary || b.ordinary {
        return None;
    }
    let joined = |p: &Prepared| -> Option<Rc<WordForms>> {
        let first = p.words.first()?;
        if p.words.iter().any(|w| w.initial) {
            return None;
        }
        let mut text = first.text.clone();
        for w in p.words.iter().skip(1) {
            text.push_str(&super::translit::to_lowercase(&w.text));
        }
        Some(word_forms(&text, first.lang))
    };
    let (x, y) = (joined(a)?, joined(b)?);
    match word_relation(&x, &y) {
        (Relation::Same, s) => Some(s * 0.95),
        _ => None,
    }
}

/// Two one-word proper names (no ordinary words: two words of a title, `Комисията` /
/// `Комитетом`, may share their consonants but one) one consonant apart (see
/// [`one_consonant_apart`]).
fn one_word_one_consonant_apart(a: &Prepared, b: &Prepared) -> bool {
    match (a.words.as_slice(), b.words.as_slice()) {
        ([x], [y]) => {
            !a.ordinary
                && !b.ordinary
                && (one_consonant_apart(x, y)
                    || inner_consonant_dropped(x, y)
                    || inner_consonant_dropped(y, x)
                    || slip_with_odd_y(x, y)
                    || slip_with_odd_y(y, x))
        }
        _ => false,
    }
}

/// Whether the consonants of `short` are those of `long`, a Cyrillic word of another language,
/// with one inside consonant dropped: the same first and last consonants (`Деовър` for
/// `Денвър` against `Денвер`). A consonant more or fewer at the end is as often another form of
/// the name (`Ройтерс` / `Рейтер`, `Джоунс` / `Джонсон`), and is not read so.
fn inner_consonant_dropped(short: &WordForms, long: &WordForms) -> bool {
    if short.latin || long.latin || short.lang == long.lang {
        return false;
    }
    short.skeleton.iter().any(|p| {
        long.skeleton.iter().any(|q| {
            q.chars().count() >= 3
                && p.chars().count() + 1 == q.chars().count()
                && p.chars().next() == q.chars().next()
                && p.chars().last() == q.chars().last()
                && one_edit_apart(p, q)
        })
    })
}

/// Whether `slip`, a Cyrillic word with a й between consonants (a spelling of no name in any
/// school: `Хкйл`), is one consonant from `other` once that й is set aside: one letter typed
/// for another (`Хкйл` for `Хейл`).
fn slip_with_odd_y(slip: &WordForms, other: &WordForms) -> bool {
    if slip.latin || other.latin || slip.lang == other.lang {
        return false;
    }
    slip.skeleton
        .iter()
        .filter(|p| p.contains(ODD_Y))
        .map(|p| p.replace(ODD_Y, ""))
        .any(|p| {
            other.skeleton.iter().any(|q| {
                p.chars().count().max(q.chars().count()) >= 3
                    && p.chars().next() == q.chars().next()
                    && one_edit_apart(&p, q)
            })
        })
}

/// Whether `unknown`, a one-word Cyrillic name that is no known place or body, is one letter
/// off how its own language writes the known one `known` names (`Тенсас` against the Russian
/// `Техасом`: the Bulgarian is `Тексас`). The two languages' spellings of a known name may
/// differ beyond any transliteration (`Тексас` / `Техас`), so the slip shows only against
/// the spelling of its own language.
fn misspells_known(unknown: &Prepared, known: &Prepared) -> bool {
    let [word] = unknown.words.as_slice() else {
        return false;
    };
    if word.latin || !unknown.exonyms.is_empty() || known.exonyms.is_empty() {
        return false;
    }
    let at = super::tables::lang_index(word.lang);
    known.exonyms.iter().any(|&id| {
        super::tables::tables()
            .exonyms
            .get(id as usize)
            .is_some_and(|(_, spellings)| {
                spellings[at].iter().filter(|s| !s.contains(' ')).any(|s| {
                    let own = word_forms(s, word.lang);
                    word.folded.iter().any(|p| {
                        p.chars().count() >= 4 && own.folded.iter().any(|q| one_edit_apart(p, q))
                    })
                })
            })
    })
}

/// Whether an exonym entity is a part of names (`part:east`: `East`, `Източен`, `Ист`) rather
/// than a place or body of its own.
fn is_part(id: u32) -> bool {
    super::is_translated_part(id)
}

/// The relation of two names through their words (see [`relation`]).
fn relation_by_words(a: &Prepared, b: &Prepared) -> (Relation, f64) {
    // Pair words greedily by relation and similarity (names have a handful of words).
    let mut pairs: Vec<(Relation, f64, usize, usize)> = Vec::new();
    for (i, x) in a.words.iter().enumerate() {
        for (j, y) in b.words.iter().enumerate() {
            let (r, s) = word_relation(x, y);
            pairs.push((r, s, i, j));
        }
    }
    pairs.sort_by(|p, q| q.0.cmp(&p.0).then(q.1.total_cmp(&p.1)));
    let (mut used_a, mut used_b) = (vec![false; a.words.len()], vec![false; b.words.len()]);
    let mut chosen = Vec::new();
    // Words the same only as a translated part (`Южна` / `Південної`, `Източен` / `Ист`): a
    // compass word shared says the rest is another place, not a misspelt one.
    let (mut only_parts_same, mut any_part) = (true, false);
    for (r, s, i, j) in pairs {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            chosen.push((r, s));
            if r == Relation::Same {
                let (x, y) = (&a.words[i], &b.words[j]);
                let translated = !x.plain.iter().any(|p| y.plain.contains(p))
                    && x.exonyms()
                        .iter()
                        .any(|&id| y.exonyms().contains(&id) && is_part(id));
                only_parts_same &= translated;
                any_part |= translated;
            }
        }
    }
    let shorter = a.words.len().min(b.words.len());
    let longer = a.words.len().max(b.words.len());
    let mean = chosen.iter().map(|c| c.1).sum::<f64>() / shorter as f64;
    let fullness = shorter as f64 / longer as f64;
    // A known place's name against one that meets it only word by word through a translated
    // part (`Северна Коря` / `Солтүстік Корея`): not the spelling of that place its
    // language knows (`relation` has found none shared), a slip.
    let place = |p: &Prepared| p.exonyms.iter().any(|&id| !is_part(id));
    let known = place(a) || place(b);
    if chosen.iter().all(|c| c.0 == Relation::Same) {
        if any_part && known {
            return (Relation::Close, mean * fullness);
        }
        return (Relation::Same, mean * (0.9 + 0.1 * fullness));
    }
    if chosen.iter().any(|c| c.0 == Relation::Close)
        || (chosen.iter().any(|c| c.0 == Relation::Same) && shorter == longer && !only_parts_same)
    {
        return (Relation::Close, mean * fullness);
    }
    (Relation::Unrelated, mean * fullness)
}

/// The relation of two names (written in any of the languages) and their similarity.
pub fn name_similarity(a: &Name, b: &Name) -> (Relation, f64) {
    relation(&prepare(a), &prepare(b))
}

/// Pairs every reference name with a source name, for two aligned sentences: an optimal
/// one-to-one pairing (the same before close, then by similarity), one entry per reference
/// name in order. A reference name left over that is the same as an already paired source name
/// (`Trump` twice against `Тръмп` once) is matched to it too.
pub fn match_names(source: &[Name], reference: &[Name]) -> Vec<NameMatch> {
    let src: Vec<Prepared> = source.iter().map(prepare).collect();
    let refs: Vec<Prepared> = reference.iter().map(prepare).collect();
    let rel: Vec<Vec<(Relation, f64)>> = refs
        .iter()
        .map(|r| src.iter().map(|s| relation(s, r)).collect())
        .collect();
    let weight = |r: usize, s: usize| -> f64 {
        match rel[r][s] {
            (Relation::Same, sim) => 2.0 + sim,
            (Relation::Close, sim) => 1.0 + sim,
            (Relation::Unrelated, _) => 0.0,
        }
    };
    let assignment = assign(refs.len(), src.len(), weight);
    (0..refs.len())
        .map(|r| {
            let paired = assignment[r].filter(|&s| rel[r][s].0 != Relation::Unrelated);
            let paired = paired.or_else(|| {
                // The same entity named twice in the reference, once in the source; or a
                // reference name close to part of a source name already paired (`Cell`
                // against `Starlink Direct-to-Sell`, paired with `Starlink Direct`).
                (0..src.len())
                    .filter(|&s| rel[r][s].0 != Relation::Unrelated)
                    .max_by(|&x, &y| rel[r][x].partial_cmp(&rel[r][y]).unwrap_or(Ordering::Equal))
            });
            match paired {
                Some(s) => NameMatch {
                    reference: r,
                    source: Some(s),
                    // Two close names of which one is made of ordinary words (`Северный` /
                    // `Северен`, `Комиссии` / `Комитета`, `Арктическият` / `Арктике`,
                    // `Елит Лига` / `Элитной`) are words of a title in two forms or two
                    // wordings (an adjective against a noun), not a misspelt name: a
                    // misspelling is of a proper name, and the misspelt word is no ordinary
                    // word either. Ordinary words standing for a known country, place or body
                    // (`Република Северна Лигата` for `Северной Македонии`) are a wrong name,
                    // and two known places differ whatever words they share (`Северна Корея`
                    // / `Южная Корея`).
                    status: if rel[r][s].0 == Relation::Same
                        || reference[r].ordinary
                        || (source[s].ordinary && refs[r].exonyms.is_empty())
                        || ((src[s].exonyms.is_empty() || refs[r].exonyms.is_empty())
                            && same_but_ordinary_words(&source[s], &reference[r]))
                    {
                        NameStatus::Matched
                    } else {
                        NameStatus::Different
                    },
                    similarity: rel[r][s].1,
                },
                None => NameMatch {
                    reference: r,
                    source: None,
                    status: if reference[r].ordinary {
                        NameStatus::Unproven
                    } else {
                        NameStatus::Absent
                    },
                    similarity: (0..src.len()).map(|s| rel[r][s].1).fold(0.0, f64::max),
                },
            }
        })
        .collect()
}

/// Whether two names that differ are the same once their ordinary words are set aside (see
/// [`super::is_ordinary_name`]): a title whose common words each language words its own way
/// around one name (`Камбаните на Коронадо` / `Колокола Коронадо`, `Обществото на Кромуел` /
/// `Cromwell Society`). At least one ordinary word must be set aside and as many words must
/// remain on each side (`Тенеси Стйт` is no `Tennessee State`); only words in the name's own
/// script are set aside (a Latin word in a Bulgarian name is part of a foreign name: `Кание
/// Organization` is no `Kanye West`). A misspelt word is no ordinary word: it remains and still
/// differs.
fn same_but_ordinary_words(a: &Name, b: &Name) -> bool {
    let proper = |n: &Name| -> Option<(Name, usize, bool)> {
        let own_script =
            |w: &str| w.chars().any(|c| c.is_ascii_alphabetic()) == (n.lang == Lang::En);
        let all: Vec<&str> = split_words(&n.text).collect();
        let kept: Vec<&str> = all
            .iter()
            .copied()
            .filter(|w| !own_script(w) || !super::is_ordinary_name(w, n.lang, false, None))
            .collect();
        if kept.is_empty() {
            return None;
        }
        let removed = kept.len() < all.len();
        let name = Name::new(&kept.join(" "), n.lang, n.line, n.offset);
        Some((name, kept.len(), removed))
    };
    match (proper(a), proper(b)) {
        (Some((x, count_x, removed_x)), Some((y, count_y, removed_y))) => {
            (removed_x || removed_y)
                && count_x == count_y
                && name_similarity(&x, &y).0 == Relation::Same
        }
        _ => false,
    }
}

/// [`match_names`] for a source sentence whose text is known: a reference name without a
/// counterpart among the source's names, but whose words all occur in the source sentence
/// (written in lower case, as an adjective or inside a longer word group: `интернет` for
/// `Интернете`), is not absent: it is returned as matched, with `source: None`.
pub fn match_names_in_sentence(
    source: &[Name],
    source_text: &str,
    source_lang: Lang,
    reference: &[Name],
) -> Vec<NameMatch> {
    let mut matches = match_names(source, reference);
    for m in &mut matches {
        if matches!(m.status, NameStatus::Absent | NameStatus::Unproven)
            && appears_in(&reference[m.reference], source_text, source_lang)
        {
            m.status = NameStatus::Matched;
        }
        let adjective = m
            .source
            .and_then(|s| source.get(s))
            .is_some_and(|s| adjective_of_place(s, &reference[m.reference]));
        if m.status == NameStatus::Different && adjective {
            m.status = NameStatus::Matched;
        }
    }
    matches
}

/// Whether a one-word name is the adjective of the place the other name is (`Турската` of
/// `Турската асоциация на застрахователите` against `Insurance Association of Turkey`): the
/// same place, said as an adjective that opens a name and so has a capital.
fn adjective_of_place(adjective: &Name, place: &Name) -> bool {
    if adjective.acronym || adjective.text.contains(char::is_whitespace) {
        return false;
    }
    let place = prepare(place);
    !place.exonyms.is_empty()
        && demonym(&adjective.text, adjective.lang)
            .ids
            .iter()
            .any(|id| place.exonyms.contains(id))
}

/// The maximum-weight one-to-one assignment of `rows` to `cols`: for each row, its column or
/// `None` (the shared Hungarian method in [`crate::assign`], with weights turned into costs).
fn assign(rows: usize, cols: usize, weight: impl Fn(usize, usize) -> f64) -> Vec<Option<usize>> {
    let max_w = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .map(|(r, c)| weight(r, c))
        .fold(0.0, f64::max);
    // Leaving a row and a column both unpaired costs max_w, the cost of a pair of weight 0:
    // any pair of positive weight is preferred to none.
    let mut out = vec![None; rows];
    for (r, c) in crate::assign::assign(rows, cols, max_w / 2.0, |r, c| Some(max_w - weight(r, c)))
    {
        out[r] = Some(c);
    }
    out
}

/// Pairs of names (indices, first < second) within one document that are one entity written
/// two different ways: the same or close, yet with a word spelled differently beyond its
/// inflection (`Касим Токаев` and `Касым Токаев`; `Жиенбаев` and `Жиенбаеф`). Each differing
/// pair of spellings is reported once, at its first occurrences.
pub fn inconsistencies(names: &[Name]) -> Vec<(usize, usize)> {
    // One representative per distinct (language, text).
    let mut firsts: Vec<usize> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if !firsts
            .iter()
            .any(|&f| names[f].text == n.text && names[f].lang == n.lang)
        {
            firsts.push(i);
        }
    }
    let prepared: Vec<Prepared> = firsts.iter().map(|&i| prepare(&names[i])).collect();
    let mut out = Vec::new();
    for (x, &i) in firsts.iter().enumerate() {
        for (y, &j) in firsts.iter().enumerate().skip(x + 1) {
            if names[i].lang != names[j].lang
                || names[i].acronym
                || names[j].acronym
                || !in_own_alphabet(&names[i])
                || !in_own_alphabet(&names[j])
            {
                continue;
            }
            let (a, b) = (&prepared[x], &prepared[y]);
            if a.words.len() != b.words.len() && a.words.len().min(b.words.len()) < 2 {
                // `Жиенбаев` against `Мирас Жиенбаев`: a short form, compared word by word below.
            }
            if spelled_differently(a, b) {
                out.push((i, j));
            }
        }
    }
    out
}

/// Every word of the shorter name meets a word of the longer, at least one of them only
/// through folding (`Касим` and `Касым`) or one letter apart (`Жиенбаев` and `Жиенбев`); or two
/// names of as many words, one word of which is written alike and another closely.
fn spelled_differently(a: &Prepared, b: &Prepared) -> bool {
    let (short, long) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    let (mut differs, mut close, mut alike) = (false, false, false);
    for w in &short.words {
        let plain_same = long
            .words
            .iter()
            .any(|v| w.plain.iter().any(|p| v.plain.contains(p)));
        if plain_same {
            alike = true;
            continue;
        }
        let one_edit = long.words.iter().any(|v| {
            w.folded
                .iter()
                .any(|p| p.chars().count() >= 5 && v.folded.iter().any(|q| one_edit_apart(p, q)))
        });
        if one_edit && !w.initial {
            differs = true;
            continue;
        }
        let best = long
            .words
            .iter()
            .map(|v| word_relation(w, v))
            .max_by(|p, q| p.0.cmp(&q.0).then(p.1.total_cmp(&q.1)));
        match best {
            Some((Relation::Same, _)) if w.initial => {}
            Some((Relation::Same, _)) => differs = true,
            Some((Relation::Close, s)) if s >= 0.9 && w.plain[0].chars().count() >= 5 => {
                close = true
            }
            _ => return false,
        }
    }
    differs || (close && alike && short.words.len() == long.words.len())
}

/// Whether every letter of a name belongs to its language's alphabet or the Russian one (or is
/// Latin): `Қазақстан` quoted in a Bulgarian text is the Kazakh name, not a misspelling of
/// `Казахстан`; `Касым` in a Bulgarian text is a Russian spelling, an inconsistency.
fn in_own_alphabet(name: &Name) -> bool {
    let t = super::tables::tables();
    let (own, ru) = (&t.lang(name.lang).translit, &t.lang(Lang::Ru).translit);
    name.text
        .chars()
        .filter(|c| super::translit::is_letter(*c) && !c.is_ascii())
        .all(|c| {
            c.to_lowercase()
                .all(|l| own.contains_key(&l) || ru.contains_key(&l))
        })
}

/// Whether a name occurs in a text written in `lang`, found as a name or not: every word of
/// the name meets a word of the text, or a run of up to four words is the same exonym
/// (`North Korea` in `… на Северна Корея …`). Tells a translation that dropped a name from
/// one that wrote it in a way the finder did not take for a name.
pub fn appears_in(name: &Name, text: &str, lang: Lang) -> bool {
    TextWords::new(text, lang).contains(name)
}

/// The words of a text prepared once for many [`appears_in`] questions: a whole document
/// asked about name after name would otherwise be read again for each. Built from a
/// document's sentences, it also answers for the document without one of them
/// ([`TextWords::contains_except`]) as [`appears_in`] would for the other sentences joined.
pub struct TextWords<'a> {
    words: Vec<&'a str>,
    lang: Lang,
    /// Each sentence's id and the range of its words in `words`.
    sentences: Vec<(usize, Range<usize>)>,
    /// The forms of each distinct word, the id of the first sentence it is in, and the id of
    /// another sentence it is in, if any.
    forms: Vec<(Rc<WordForms>, usize, Option<usize>)>,
    /// The exonyms that runs of up to four words name, with the run's word range (worked
    /// out when first needed).
    exonyms: OnceCell<Vec<(u32, Range<usize>)>>,
    /// Each distinct word (in the order of `forms`) read as an adjective or demonym of a
    /// place (worked out when first needed).
    demonyms: OnceCell<Vec<Rc<Demonym>>>,
    /// [`TextWords::contains`] answered before, by the name's text, language and flags: a
    /// long document asks about the same names again and again, and a name the text does
    /// not write is a scan of all its words.
    answers: RefCell<FxHashMap<(String, Lang, bool, bool), bool>>,
}

impl<'a> TextWords<'a> {
    pub fn new(text: &'a str, lang: Lang) -> TextWords<'a> {
        TextWords::of_sentences([(usize::MAX, text)], lang)
    }

    /// The words of sentences given with their ids (distinct ids), in text order.
    pub fn of_sentences(
        sentences: impl IntoIterator<Item = (usize, &'a str)>,
        lang: Lang,
    ) -> TextWords<'a> {
        let mut words: Vec<&str> = Vec::new();
        let mut ranges = Vec::new();
        // Each distinct word once: a whole document repeats most of its words.
        let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
        let mut forms: Vec<(Rc<WordForms>, usize, Option<usize>)> = Vec::new();
        for (id, text) in sentences {
            let from = words.len();
            for w in split_words(text) {
                words.push(w);
                match seen.get(w) {
                    Some(&k) => {
                        let f = &mut forms[k];
                        if f.1 != id && f.2.is_none() {
                            f.2 = Some(id);
                        }
                    }
                    None => {
                        seen.insert(w, forms.len());
                        forms.push((word_forms(w, lang), id, None));
                    }
                }
            }
            ranges.push((id, from..words.len()));
        }
        TextWords {
            words,
            lang,
            sentences: ranges,
            forms,
            exonyms: OnceCell::new(),
            demonyms: OnceCell::new(),
            answers: RefCell::default(),
        }
    }

    /// [`appears_in`] for this text.
    pub fn contains(&self, name: &Name) -> bool {
        let key = (name.text.clone(), name.lang, name.acronym, name.ordinary);
        if let Some(&known) = self.answers.borrow().get(&key) {
            return known;
        }
        let answer = self.contains_except(name, None);
        self.answers.borrow_mut().insert(key, answer);
        answer
    }

    /// [`appears_in`] for the text without the sentence of id `except` (the other sentences
    /// joined by a space).
    pub fn contains_except(&self, name: &Name, except: Option<usize>) -> bool {
        let p = prepare(name);
        self.written_except(&p, except) || self.rendered_except(&p, except)
    }

    /// Whether the text renders a name as an adjective or demonym of it (`американските` for
    /// `США`, `испански` for `Испании`, `орегонски` for `Oregon`, `гръцката` for `Greece`),
    /// the same entity written as an ordinary word: see [`super::demonyms`].
    pub fn renders(&self, name: &Name) -> bool {
        self.rendered_except(&prepare(name), None)
    }

    /// The exonyms that runs of up to four words name, with the run's word range (four: a
    /// body or event a language names with a connector, `Игрите на Британската общност`).
    fn exonym_runs(&self) -> &[(u32, Range<usize>)] {
        self.exonyms.get_or_init(|| {
            let mut runs = Vec::new();
            for i in 0..self.words.len() {
                let opens = super::may_open_exonym(self.words[i], self.lang);
                for n in 1..=4 {
                    if n > 1 && !opens {
                        break;
                    }
                    if let Some(run) = self.words.get(i..i + n) {
                        let ids = exonym_ids(&run.join(" "), self.lang);
                        runs.extend(ids.into_iter().map(|id| (id, i..i + n)));
                    }
                }
            }
            runs
        })
    }

    /// Whether the text writes a known equivalent of the name in ordinary words, at least one
    /// of them in lower case (`общото събрание` for `General Assembly`, `военноморските сили`
    /// for `Navy`, `спин` for `Aids`): a translation by meaning, the same entity. The first word
    /// of a sentence has its capital from there: an equivalent of several words opening one is
    /// in words too (`Члены Ассамблеи проголосуют` for `AMs`); one word alone may be the name
    /// written as such (`Сенат`, `Қытай`), which the finder should have found.
    pub fn translates(&self, name: &Name) -> bool {
        let p = prepare(name);
        // Direction words (`part:` rows: `южната` for `Southern`) are parts of names, not
        // names a translation renders; a qualifier the finder leaves a name of its own
        // (`qualifier:central`: `централен Сулавеси`) is rendered so.
        let entity = |id: &u32| {
            p.exonyms.contains(id)
                && !super::exonym_id_name(*id).is_some_and(|n| n.starts_with("part:"))
        };
        let opens_sentence = |at: usize| self.sentences.iter().any(|(_, s)| s.start == at);
        !p.exonyms.is_empty()
            && self.exonym_runs().iter().any(|(id, r)| {
                entity(id)
                    && ((r.len() >= 2 && opens_sentence(r.start))
                        || self.words[r.clone()].iter().any(|w| {
                            w.chars().next().is_some_and(|c| {
                                c.is_alphabetic() && !super::translit::is_uppercase(c)
                            })
                        }))
            })
    }

    /// [`TextWords::renders`] for the text without the sentence of id `except`.
    fn rendered_except(&self, p: &Prepared, except: Option<usize>) -> bool {
        let demonyms = self.demonyms.get_or_init(|| {
            self.forms
                .iter()
                .map(|(f, _, _)| demonym(&f.text, self.lang))
                .collect()
        });
        let elsewhere =
            |first: usize, other: Option<usize>| Some(first) != except || other.is_some();
        // The text's words that may answer: no initials, not only in the sentence left out.
        let candidates = || {
            self.forms
                .iter()
                .zip(demonyms)
                .filter(move |((t, first, other), _)| !t.initial && elsewhere(*first, *other))
                .map(|((t, _, _), d)| (t.as_ref(), d.as_ref()))
        };
        // The same place: a known entity the name is (`США`, `Китая`, or the name itself an
        // adjective: `Swedish`) and an adjective of the text stands for, or the text names.
        let own = match p.words.as_slice() {
            [one] if !p.acronym => name_demonym(one),
            _ => Rc::new(Demonym::default()),
        };
        if candidates().any(|(t, d)| {
            d.ids
                .iter()
                .any(|id| p.exonyms.contains(id) || own.ids.contains(id))
                || (!own.ids.is_empty() && t.exonyms().iter().any(|id| own.ids.contains(id)))
        }) {
            return true;
        }
        // Word by word: each word of the name written as such or as an adjective, at least
        // one as an adjective (`Democratic Party` / `демократическата партия`). The adjectives
        // are few: they are looked for first, the costlier same-word test only after.
        if p.acronym || p.words.is_empty() {
            return false;
        }
        let by_adjective: Vec<bool> = p
            .words
            .iter()
            .map(|w| {
                // An English adjective of the name for the place the text names (`Scottish
                // Athletics` / `атлетика на Шотландия`).
                let own = name_demonym(w);
                candidates().any(|(t, d)| {
                    (!d.is_empty() && word_meets(w, d))
                        || (!own.is_empty()
                            && (own.ids.iter().any(|id| t.exonyms().contains(id))
                                || own.places.iter().any(|p| same_word(p, t).is_some())))
                })
            })
            .collect();
        by_adjective.contains(&true)
            && p.words.iter().zip(&by_adjective).all(|(w, &adjective)| {
                adjective || candidates().any(|(t, _)| same_word(w, t).is_some())
            })
    }

    /// Whether every word of the name is a word of the text, or a run of the text's words is
    /// one of its exonyms.
    fn written_except(&self, p: &Prepared, except: Option<usize>) -> bool {
        let elsewhere =
            |first: usize, other: Option<usize>| Some(first) != except || other.is_some();
        if !p.words.is_empty()
            && p.words.iter().all(|w| {
                self.forms.iter().any(|(t, first, other)| {
                    !t.initial && elsewhere(*first, *other) && same_word(w, t).is_some()
                })
            })
        {
            return true;
        }
        // A name of several words the text writes as one (`Юго-Запада` / `югозапада`): the
        // words run together are a word of the text.
        if p.words.len() >= 2 && !p.acronym && p.words.iter().all(|w| !w.initial) {
            let joined: String = p.words.iter().map(|w| w.text.as_str()).collect();
            let joined = word_forms(&joined, p.words[0].lang);
            // Only words about as long are worth the test.
            let length = joined.text.chars().count();
            if self.forms.iter().any(|(t, first, other)| {
                !t.initial
                    && elsewhere(*first, *other)
                    && t.text.chars().count().abs_diff(length) <= 4
                    && same_word(&joined, t).is_some()
            }) {
                return true;
            }
        }
        if p.exonyms.is_empty() {
            return false;
        }
        let runs = self.exonym_runs();
        // The words left out, if any.
        let gap = except
            .and_then(|k| self.sentences.iter().find(|s| s.0 == k))
            .map(|s| s.1.clone())
            .filter(|r| !r.is_empty());
        let Some(gap) = gap else {
            return runs.iter().any(|(id, _)| p.exonyms.contains(id));
        };
        if runs
            .iter()
            .any(|(id, r)| (r.end <= gap.start || r.start >= gap.end) && p.exonyms.contains(id))
        {
            return true;
        }
        // Runs that the gap closes up: words before it joined with words after it.
        let joined: Vec<&str> = self.words[gap.start.saturating_sub(2)..gap.start]
            .iter()
            .chain(self.words[gap.end..].iter().take(2))
            .copied()
            .collect();
        let before = gap.start - gap.start.saturating_sub(2);
        (0..before).any(|i| {
            (2..=3).any(|n| {
                i + n > before
                    && joined.get(i..i + n).is_some_and(|run| {
                        exonym_ids(&run.join(" "), self.lang)
                            .iter()
                            .any(|id| p.exonyms.contains(id))
                    })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::transliteration_skeletons_agree as agree;
    use crate::names::translit::{fold, skeleton};

    fn cyr(translit: &str) -> String {
        skeleton(&fold(translit))
    }

    #[test]
    fn cross_script_transliterations_agree() {
        // Bulgarian transliterations (as the bg table writes them) of real names in NTREX.
        assert!(agree("hazard", &cyr("azar")));
        assert!(agree("kovacic", &cyr("kovachich")));
        assert!(agree("zorica", &cyr("zoritsa")));
        assert!(agree("strumica", &cyr("strumitsa")));
        assert!(agree("rihanna", &cyr("riana")));
        assert!(agree("mcilroy", &cyr("makilroy")));
        assert!(agree("czeisler", &cyr("kayslar")));
        assert!(agree("knott", &cyr("not")));
        assert!(agree("wheeling", &cyr("uiling")));
        assert!(agree("heather", &cyr("hedar")));
        assert!(agree("rutherford", &cyr("radarford")));
        assert!(agree("marquardt", &cyr("markart")));
    }

    /// A document's words read once answer as `appears_in` on the other sentences joined,
    /// whichever sentence is left out, exonym runs across the gap included.
    #[test]
    fn text_words_without_a_sentence_equal_the_rest_joined() {
        use super::{appears_in, TextWords};
        use crate::lang::Lang;
        use crate::names::Name;
        let sentences = [
            "Президентът на Северна",
            "Мирас Жиенбаев пристигна.",
            "",
            "Корея и САЩ подписаха.",
            "Обединеното кралство",
            "Trump говори с Тръмп.",
        ];
        let names = [
            "North Korea",
            "Северна Корея",
            "САЩ",
            "US",
            "United Kingdom",
            "Miras Zhienbaev",
            "Trump",
            "Жиенбаев",
            "Лондон",
        ];
        let words = TextWords::of_sentences(sentences.iter().copied().enumerate(), Lang::Bg);
        // `Северна` + `Корея` meet only once the sentence between them is left out.
        let north_korea = Name::new("North Korea", Lang::En, 1, 0);
        assert!(words.contains_except(&north_korea, Some(1)));
        assert!(!words.contains_except(&north_korea, Some(3)));
        for k in 0..=sentences.len() {
            let rest: Vec<&str> = (0..sentences.len())
                .filter(|&i| i != k)
                .map(|i| sentences[i])
                .collect();
            let rest = rest.join(" ");
            for text in names {
                let lang = if text.is_ascii() { Lang::En } else { Lang::Bg };
                let name = Name::new(text, lang, 1, 0);
                assert_eq!(
                    words.contains_except(&name, Some(k)),
                    appears_in(&name, &rest, Lang::Bg),
                    "{text} without sentence {k}"
                );
            }
        }
    }

    #[test]
    fn one_edit_apart_is_levenshtein_one() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "abd",
            "xbc",
            "abcd",
            "bcd",
            "acd",
            "aabc",
            "sell",
            "cell",
            "cel",
            "cells",
            "жиенбаев",
            "жиенбев",
            "жиенбаеф",
            "ёж",
            "еж",
            "ежи",
        ];
        // And every word of up to four letters over a two-letter alphabet.
        let mut all: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let mut level = vec![String::new()];
        for _ in 0..4 {
            level = level
                .iter()
                .flat_map(|w| ["a", "ж"].map(|c| format!("{w}{c}")))
                .collect();
            all.extend(level.iter().cloned());
        }
        for a in &all {
            for b in &all {
                assert_eq!(
                    super::one_edit_apart(a, b),
                    strsim::levenshtein(a, b) == 1,
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn changed_or_added_consonants_are_not_transliterations() {
        assert!(!agree("lithgow", &cyr("litlou")));
        assert!(!agree("iran", &cyr("irak")));
        assert!(!agree("tornado", &cyr("tordano")));
        assert!(!agree("armitage", &cyr("armitid")));
        // A consonant the Cyrillic side adds (`Палу` misspelt `Пнлу`).
        assert!(!agree("palu", &cyr("pnlu")));
        // A dropped final s is a misspelling in English names (`Jones` / `Джоун`).
        assert!(!agree("jones", &cyr("dzhoun")));
    }
}
