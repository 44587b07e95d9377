//! Misspelt names the pairing cannot see: a name word typed with a letter of the other
//! script (`Tнxas`, `Loуe`: a look-alike or a slip of the keyboard layout).
//!
//! A word that mixes Latin and Cyrillic letters is a typo in any language: it reads right
//! but matches nothing, and no search finds it. The names stage transliterates it like any
//! other word, so the pairing accepts it within its tolerance and says nothing. In the
//! source it is the source's error; in a reference (kk `Mоливуд`) the reference's own typo,
//! for the reader's information and never held against the source.
//!
//! One pattern mixes the scripts on purpose: a name in Latin letters with a suffix of the
//! language's own letters (kk `Commodoresте`, `Twitterде`). A Latin run of two letters or
//! more followed by one Cyrillic run of two letters or more is that, and no typo.

use super::{sentence_side, Ctx};
use crate::names;
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity, Side};

/// The script of a letter, as far as mixing goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

fn script(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        None
    } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
        Some(Script::Latin)
    } else if ('\u{0400}'..='\u{052F}').contains(&c) {
        Some(Script::Cyrillic)
    } else {
        None
    }
}

/// Whether a word (letters only) mixes Latin and Cyrillic letters in a way no spelling
/// does: `Tнxas`, `Mоливуд`, `Тexas`, but not `Commodoresте` (a Latin name with a suffix of
/// the language's letters) nor `Texas` or `Тексас`.
pub(crate) fn mixes_scripts(word: &str) -> bool {
    // The word's runs of one script: (script, letters).
    let mut runs: Vec<(Script, usize)> = Vec::new();
    for c in word.chars() {
        let Some(s) = script(c) else { continue };
        match runs.last_mut() {
            Some((last, n)) if *last == s => *n += 1,
            _ => runs.push((s, 1)),
        }
    }
    match runs.as_slice() {
        [] | [_] => false,
        [(Script::Latin, stem), (Script::Cyrillic, suffix)] => *stem < 2 || *suffix < 2,
        _ => true,
    }
}

/// The words of a sentence's text with their byte offsets: runs of letters (a hyphen or an
/// apostrophe ends a word: `Е-mail` is two words, each of one script).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// The name-words (with a capital letter) of a document that mix scripts: (sentence, byte
/// offset in the sentence's text, word).
fn mixed_words(doc: &Analyzed) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        for (at, w) in words(&sentence.text) {
            if w.chars().any(char::is_uppercase) && mixes_scripts(w) {
                out.push((s, at, w));
            }
        }
    }
    out
}

/// The report side of word `w` at byte `at` of sentence `s`.
fn word_side(doc: &Analyzed, s: usize, at: usize, w: &str) -> Side {
    let mut side = sentence_side(doc, s);
    if let Some(sentence) = doc.sentences.get(s) {
        side.line = Some(doc.doc.line_of(sentence.start + at));
        side.offset = Some(sentence.file_offset(at));
        side.text = w.to_string();
        side.value = names::key(w, doc.doc.lang);
    }
    side
}

/// `the Cyrillic н in a Latin word`: what the odd letters are.
fn odd_letters(word: &str) -> String {
    let latin = word.chars().filter(|&c| script(c) == Some(Script::Latin));
    let cyrillic = word
        .chars()
        .filter(|&c| script(c) == Some(Script::Cyrillic));
    let (odd, odd_script, host): (Vec<char>, _, _) =
        if latin.clone().count() >= cyrillic.clone().count() {
            (cyrillic.collect(), "Cyrillic", "Latin")
        } else {
            (latin.collect(), "Latin", "Cyrillic")
        };
    let odd: String = odd.into_iter().collect();
    format!("the {odd_script} {odd} in a {host} word")
}

impl Ctx<'_> {
    /// A row per name-word of the source that mixes scripts (the source's typo, a warning),
    /// and per such word of a reference (the reference's own typo, for information).
    pub(super) fn mixed_script_rows(&self, rows: &mut Vec<Row>) {
        for (s, at, w) in mixed_words(self.source) {
            rows.push(self.row(
                None,
                Kind::NameMismatch,
                Severity::Warning,
                word_side(self.source, s, at, w),
                Side::default(),
                format!(
                    "The source writes {w} with letters of two scripts ({}): a misspelt name that no search finds.",
                    odd_letters(w)
                ),
            ));
        }
        // A reference's own typo says nothing against the source: what was held against the
        // source for it (its name paired with the misspelt one, or missing) is information.
        for row in rows.iter_mut() {
            let typo = (row.kind == Kind::NameMismatch || row.kind == Kind::MissingName)
                && row.severity > Severity::Info
                && !row.ref_lang.is_empty()
                && words(&row.ref_text).any(|(_, w)| mixes_scripts(w));
            if typo {
                row.severity = Severity::Info;
                row.message.push_str(
                    " The reference's word mixes letters of two scripts: its own typo, no error of the source.",
                );
            }
        }
        for (v, view) in self.views.iter().enumerate() {
            for (s, at, w) in mixed_words(view.reference) {
                rows.push(self.row(
                    Some(v),
                    Kind::NameMismatch,
                    Severity::Info,
                    Side::default(),
                    word_side(view.reference, s, at, w),
                    format!(
                        "The {} reference writes {w} with letters of two scripts ({}): the reference's own typo.",
                        self.lang(v),
                        odd_letters(w)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_mixing_scripts() {
        for typo in [
            "Tнxas",
            "Loуe",
            "Weуt",
            "Mоливуд",
            "Тexas",
            "Texaс",
            "Cаяси",
        ] {
            assert!(mixes_scripts(typo), "{typo}");
        }
        for fine in [
            "Texas",
            "Тексас",
            "Commodoresте",
            "Twitterде",
            "",
            "Ålesund",
        ] {
            assert!(!mixes_scripts(fine), "{fine}");
        }
    }

    #[test]
    fn words_keep_their_offsets() {
        let text = "В Tнxas, „Loуe“ и Е-mail.";
        let found: Vec<(usize, &str)> = words(text).collect();
        for (at, w) in &found {
            assert_eq!(&text[*at..*at + w.len()], *w);
        }
        assert!(found.iter().any(|(_, w)| *w == "Tнxas"));
        assert!(found.iter().any(|(_, w)| *w == "mail"));
    }

    #[test]
    fn odd_letters_name_the_minority_script() {
        assert_eq!(odd_letters("Tнxas"), "the Cyrillic н in a Latin word");
        assert_eq!(odd_letters("Mоливуд"), "the Latin M in a Cyrillic word");
    }
}
