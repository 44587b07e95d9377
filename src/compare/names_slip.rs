//! A slip in an ordinary word of a source name: `Севррна Македония`, `Агонция за
//! национална сигурност`. Institutions and places are named with the language's ordinary
//! words (`Северна`, `Комитет`, `Център`), and the names stage takes them, capitalized, for
//! a part of the name; the references translate those words (`North`, `Северная`,
//! `Солтүстік`), so the pairing matches the name through its other words, or takes the
//! translated part for a translation, and says nothing of the slip.
//!
//! The language's table of common words (`common_words.tsv`) knows those words, and the
//! exonym table its spellings of places: a word of a name one letter away from one of them, with the same first letter, that is neither a
//! listed word itself nor a known place, is that word misspelt (`Севррна` for `северна`;
//! with its article or ending off first, `Заподната` for `западна`). Short words are left
//! alone: under six letters, one letter makes another word (`Сода`, `Съда`), and so does an
//! ending changed (`Първа`, `първо`): the slip must leave the last letter as it is. A shorter
//! word one letter from a known place of four letters or more is taken for its slip when
//! every reference that renders the sentence names that place there (`Ктай` against `китайский`, `Хуга` against kk `Гаагадағы`).

use super::names_unknown::phrase_head_ending;
use super::{ids, lower_case_word_after, name, sentences_text, single_words, Ctx, Id};
use crate::names::{self, tables, translit, Name};
use crate::report::Row;
use crate::spelling;

/// The fewest letters a common word must have for a word one letter from it to be taken
/// for a slip of it.
const MIN_LETTERS: usize = 6;

/// The fewest letters a known place must have for a shorter word one letter from it to be
/// taken for its slip where the references name it in the sentence (`Хага`, `Йорк`).
const SHORT_PLACE_LETTERS: usize = 4;

impl Ctx<'_> {
    /// Rows for source names with a misspelt ordinary word (see the module): a
    /// `name_mismatch` warning against each reference that renders the sentence, unless a
    /// row of warning or more is there already.
    pub(super) fn slipped_word_rows(&self, rows: &mut Vec<Row>) {
        for sid in ids(&self.source.names, 0..self.source.sentences.len()) {
            let Some(s) = name(self.source, sid) else {
                continue;
            };
            if s.acronym {
                continue;
            }
            // A word a reference writes is a name of its own (`Пурво`, one letter from
            // `първо`), not a slip.
            // (The slip first: looking it up is cheap, a scan of each reference's words is not.)
            // One word followed by a word in lower case heads a phrase (`Върховния съд`).
            let heads =
                !s.text.contains(char::is_whitespace) && lower_case_word_after(self.source, sid, s);
            let Some((word, meant)) = single_words(s).iter().find_map(|w| {
                let (slip, by_dictionary) = match slip_of_common_word(w) {
                    Some(slip) => (slip, false),
                    None => match slip_by_dictionary(w, heads) {
                        Some(slip) => (slip, true),
                        None => return self.slip_of_short_place(sid, w),
                    },
                };
                // A sister language writes its own form of an adjective or a place, which
                // meets both the slip and the word meant (ru `Верховный` for `Върхоуния` and
                // `върховния`, `Чехословакии` for `Чехослоакия` and `Чехословакия`).
                // A slip of a place (not of an ordinary word that names a place, `британската`)
                // is written once: a spelling the source keeps (`Сулавези` three times, for
                // `Сулавеси`) is the translator's choice.
                let place = if by_dictionary {
                    Vec::new()
                } else {
                    names::exonym_ids(&slip.1, w.lang)
                };
                if !place.is_empty() && written_again(&self.source.doc.text, &w.text) {
                    return None;
                }
                let meant = Name::new(&slip.1, w.lang, w.line, w.offset);
                (0..self.views.len())
                    .all(|v| {
                        let written = self.reference_words(v);
                        !written.contains(w)
                            || (by_dictionary && written.contains(&meant))
                            || (!place.is_empty()
                                && (self.names_place(v, &place) || written.renders(&meant)))
                    })
                    .then_some(slip)
            }) else {
                continue;
            };
            let why = format!(
                "{word} is no word of the source's language; one letter from {meant}, a word of it: a slip?"
            );
            for v in 0..self.views.len() {
                let view = &self.views[v];
                if view.uncovered.contains(&sid.0) {
                    continue;
                }
                self.warn_name(rows, v, (sid, s), &why);
            }
        }
    }
}

impl Ctx<'_> {
    /// For a word of source name `sid` too short for [`slip_of_place`] (`Ктай`, `Хуга`): the
    /// word and the known place one letter from it, when every reference that renders the
    /// sentence names that place there (`китайские`, kk `Гаагадағы`), and the source writes
    /// the word once. Under six letters one letter makes another name (`Мали`, `Мари`), so
    /// the sentence's references must vouch for the place.
    fn slip_of_short_place(&self, sid: Id, w: &Name) -> Option<(String, String)> {
        let lower = translit::to_lowercase(&w.text);
        let length = lower.chars().count();
        if !(SHORT_PLACE_LETTERS - 1..MIN_LETTERS).contains(&length)
            || !lower.chars().all(char::is_alphabetic)
            || !names::exonym_ids(&w.text, w.lang).is_empty()
            || tables::tables()
                .lang(w.lang)
                .words
                .contains_key(lower.as_str())
        {
            return None;
        }
        let place = places_one_letter_from(&lower, w.lang, SHORT_PLACE_LETTERS)?;
        if written_again(&self.source.doc.text, &w.text) {
            return None;
        }
        let meant = Name::new(&place, w.lang, w.line, w.offset);
        let covering: Vec<usize> = (0..self.views.len())
            .filter(|&v| !self.views[v].uncovered.contains(&sid.0))
            .collect();
        let vouched = !covering.is_empty()
            && covering.iter().all(|&v| {
                let view = &self.views[v];
                let (_, counterpart) = self.bead_of(v, sid.0);
                let text = sentences_text(view.reference, &counterpart);
                let words = names::TextWords::new(&text, view.reference.doc.lang);
                (words.contains(&meant) || words.renders(&meant)) && !words.contains(w)
            });
        vouched.then(|| (w.text.clone(), place))
    }

    /// Whether reference `v` names a place of `place` (exonym ids) anywhere: then a source
    /// word one letter from that place's name, which the reference's own spelling meets too
    /// (ru `Чехословакии` meets `Чехослоакия`), is still a slip of it (as it is where the
    /// reference renders the place as an adjective, `чехословацкой`); a reference that names
    /// no such place writes a name of its own (`Ангела`, one letter from the place `Ангила`).
    fn names_place(&self, v: usize, place: &[u32]) -> bool {
        self.views[v]
            .reference
            .names
            .iter()
            .flatten()
            .flat_map(|n| std::iter::once(n.clone()).chain(single_words(n)))
            .any(|n| {
                names::exonym_ids(&n.text, n.lang)
                    .iter()
                    .any(|id| place.contains(id))
            })
    }
}

/// Whether `word` stands in `text` as a whole word more than once.
pub(super) fn written_again(text: &str, word: &str) -> bool {
    let whole = |(i, _): &(usize, &str)| {
        let before = text[..*i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    text.match_indices(word).filter(whole).nth(1).is_some()
}

/// For one word of a name: the word and the common word of its language (lower case) it is
/// a slip of, when it is one (see the module).
fn slip_of_common_word(w: &Name) -> Option<(String, String)> {
    let t = tables::tables().lang(w.lang);
    if t.words.is_empty() || !names::exonym_ids(&w.text, w.lang).is_empty() {
        return None;
    }
    let lower = translit::to_lowercase(&w.text);
    if lower.chars().count() < MIN_LETTERS || !lower.chars().all(char::is_alphabetic) {
        return None;
    }
    // The word as written and without each ending the language's tables strip (the
    // article, an adjective's ending), with the ending's replacement.
    let mut forms = vec![lower.clone()];
    for (ending, replacement) in &t.suffixes {
        if let Some(stem) = lower.strip_suffix(ending) {
            if stem.chars().count() + replacement.chars().count() >= MIN_LETTERS - 1 {
                forms.push(format!("{stem}{replacement}"));
            }
        }
    }
    if forms.iter().any(|f| t.words.contains_key(f.as_str())) {
        return None;
    }
    if let Some(place) = slip_of_place(&lower, w.lang) {
        return Some((w.text.clone(), place));
    }
    for form in &forms {
        let first = form.chars().next()?;
        let length = form.chars().count();
        // The slip inside the word: the last letter is the same (an ending changed,
        // `Първа` against `първо`, `планини` against `планина`, is another form of the word).
        let Some(last) = form.chars().last() else {
            continue;
        };
        let meant = t.words.keys().find(|common| {
            let n = common.chars().count();
            n >= MIN_LETTERS
                && n.abs_diff(length) <= 1
                && common.starts_with(first)
                && common.ends_with(last)
                && strsim::levenshtein(common, form) == 1
        });
        if let Some(meant) = meant {
            return Some((w.text.clone(), meant.to_string()));
        }
    }
    None
}

/// For one word of a name the tables know nothing of: the word and the word of its language
/// (lower case) it is a slip of, by the language's spelling dictionary ([`spelling`]): no
/// word of the language itself, and one letter from one that keeps its first and last
/// letters (`Върхоуния` for `върховния`, `Европейсият` for `европейският`). None without a
/// dictionary, and only for a word one letter from an adjective (below). The dictionary knows
/// many names (`Розенщайн`), not all.
fn slip_by_dictionary(w: &Name, heads_phrase: bool) -> Option<(String, String)> {
    if w.acronym || !spelling::available(w.lang) {
        return None;
    }
    let lower = translit::to_lowercase(&w.text);
    if lower.chars().count() < MIN_LETTERS || !lower.chars().all(char::is_alphabetic) {
        return None;
    }
    // A document names its people and places again and again; each word is looked up once
    // (a few hundred dictionary look-ups).
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<(String, crate::lang::Lang, bool), Option<String>>> =
            std::cell::RefCell::default();
    }
    let key = (w.text.clone(), w.lang, heads_phrase);
    if let Some(known) = SEEN.with(|seen| seen.borrow().get(&key).cloned()) {
        return known.map(|meant| (w.text.clone(), meant));
    }
    let meant = meant_by_dictionary(w, heads_phrase);
    SEEN.with(|seen| seen.borrow_mut().insert(key, meant.clone()));
    meant.map(|meant| (w.text.clone(), meant))
}

/// The word of its language one letter from word `w` of a name, for [`slip_by_dictionary`].
fn meant_by_dictionary(w: &Name, heads_phrase: bool) -> Option<String> {
    if !names::exonym_ids(&w.text, w.lang).is_empty() {
        return None;
    }
    // The ordinary words an institution's or a place's name is made of: an adjective
    // (`adjective_endings.tsv`: `Европейският`), or, for a word heading a phrase in lower
    // case, an adjective or a noun with the article (`phrase_heads.tsv`: `Върховния съд`).
    // A foreign name is one letter from any word (`Макарти`, `макари`; `Кърсти Йънг`,
    // `кърски`).
    let endings = &tables::tables().lang(w.lang).adjective_endings;
    let wanted = |m: &str| {
        m.chars().count() >= MIN_LETTERS
            && (endings.iter().any(|e| m.ends_with(e))
                || (heads_phrase && phrase_head_ending(m, w.lang)))
    };
    spelling::one_letter_from_such(&w.text, w.lang, wanted)
        .into_iter()
        .next()
}

/// A known place (`exonyms.tsv`) of one word that word `lower` (lower case) is one letter
/// from, with the same first and last letters (`Нндерландия` for `Нидерландия`). Places do
/// not take endings in every language, so only the last letter must agree.
fn slip_of_place(lower: &str, lang: crate::lang::Lang) -> Option<String> {
    places_one_letter_from(lower, lang, MIN_LETTERS)
}

/// A known place of one word of `min` letters or more that `lower` is one letter from, with
/// the same first and last letters (see [`slip_of_place`]).
fn places_one_letter_from(lower: &str, lang: crate::lang::Lang, min: usize) -> Option<String> {
    let (first, last) = (lower.chars().next()?, lower.chars().last()?);
    let length = lower.chars().count();
    one_word_places(lang)
        .get(&first)?
        .iter()
        .find(|(place, n)| {
            *n >= min
                && n.abs_diff(length) <= 1
                && place.ends_with(last)
                && strsim::levenshtein(place, lower) == 1
                && !voicing_apart(place, lower)
        })
        .map(|(place, _)| place.clone())
}

/// The known places of one word in `lang`, lower-case with their length in letters, by first
/// letter, in the table's order: built once, as [`places_one_letter_from`] runs for many words.
fn one_word_places(
    lang: crate::lang::Lang,
) -> &'static std::collections::HashMap<char, Vec<(String, usize)>> {
    type ByFirst = std::collections::HashMap<char, Vec<(String, usize)>>;
    static PLACES: std::sync::LazyLock<Vec<ByFirst>> = std::sync::LazyLock::new(|| {
        crate::lang::Lang::ALL
            .iter()
            .map(|&lang| {
                let at = tables::lang_index(lang);
                let mut by_first = ByFirst::new();
                for spelling in tables::tables()
                    .exonyms
                    .iter()
                    .filter_map(|(_, spellings)| spellings.get(at))
                    .flatten()
                {
                    let place = translit::to_lowercase(spelling);
                    if let Some(first) = place.chars().next() {
                        if place.chars().all(char::is_alphabetic) {
                            let n = place.chars().count();
                            by_first.entry(first).or_default().push((place, n));
                        }
                    }
                }
                by_first
            })
            .collect()
    });
    &PLACES[tables::lang_index(lang)]
}

/// Whether two words of one length differ in one letter only, a voiced consonant against its
/// voiceless pair (`voicing_pairs.tsv`): `сулавези`, `сулавеси`.
fn voicing_apart(a: &str, b: &str) -> bool {
    static PAIRS: std::sync::LazyLock<Vec<(char, char)>> = std::sync::LazyLock::new(|| {
        crate::lang::rows(include_str!("../lang/voicing_pairs.tsv"))
            .filter_map(|row| {
                let letter = |i: usize| row.get(i).and_then(|s| s.chars().next());
                Some((letter(0)?, letter(1)?))
            })
            .collect()
    });
    if a.chars().count() != b.chars().count() {
        return false;
    }
    let differing: Vec<(char, char)> = a.chars().zip(b.chars()).filter(|(x, y)| x != y).collect();
    matches!(differing[..], [(x, y)] if PAIRS.iter().any(|&(v, u)| (x, y) == (v, u) || (x, y) == (u, v)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn bg(text: &str) -> Name {
        Name::new(text, Lang::Bg, 1, 0)
    }

    #[test]
    fn a_common_word_one_letter_off_is_a_slip() {
        assert!(slip_of_common_word(&bg("Севррна")).is_some());
        assert!(slip_of_common_word(&bg("Агонция")).is_some());
        assert!(slip_of_common_word(&bg("Комитт")).is_some());
        assert!(slip_of_common_word(&bg("Нндерландия")).is_some());
        assert!(slip_of_common_word(&bg("Чехослоакия")).is_some());
    }

    #[test]
    fn listed_words_names_and_short_words_are_no_slips() {
        assert!(slip_of_common_word(&bg("Северна")).is_none());
        assert!(slip_of_common_word(&bg("Комитет")).is_none());
        assert!(slip_of_common_word(&bg("Кавано")).is_none());
        assert!(slip_of_common_word(&bg("Нидерландия")).is_none());
        assert!(slip_of_common_word(&bg("Сода")).is_none());
        // Another form of a listed word: the ending differs, not the stem.
        assert!(slip_of_common_word(&bg("Първата")).is_none());
        assert!(slip_of_common_word(&bg("Трета")).is_none());
        // A consonant voiced or not: a translator's spelling of a foreign place.
        assert!(slip_of_common_word(&bg("Сулавези")).is_none());
    }
}
