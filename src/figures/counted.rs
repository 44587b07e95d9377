//! What a bare count counts: the noun right after it (`19 гола`, `19 goals`, `19 голов`, `19
//! голів`, kk `19 гол`), as a concept shared by the languages (`goal`), from the tables
//! `src/lang/<lang>/counted_nouns.tsv`. The figure is read and printed as before; the
//! comparison asks this when two bare counts of a sentence might have traded places (`19 гола
//! в 31 мача` written `31 гола в 19 мача`).

use std::sync::OnceLock;

use super::lexicon::is_letter;
use crate::lang::{per_language, rows, Lang};

/// The letters of ending a stem of the table may take: the case and plural endings
/// (bg `мачовете`, ru `автомобилями`); Kazakh strings its suffixes on (`матчтарында`).
fn max_ending(lang: Lang) -> usize {
    if lang == Lang::Kk {
        8
    } else {
        5
    }
}

/// One language's table: whole words, and stems longest first, each with its concept.
struct Nouns {
    words: Vec<(String, &'static str)>,
    stems: Vec<(&'static str, &'static str)>,
}

fn table(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => include_str!("../lang/bg/counted_nouns.tsv"),
        Lang::Ru => include_str!("../lang/ru/counted_nouns.tsv"),
        Lang::Uk => include_str!("../lang/uk/counted_nouns.tsv"),
        Lang::Kk => include_str!("../lang/kk/counted_nouns.tsv"),
        Lang::En => include_str!("../lang/en/counted_nouns.tsv"),
    }
}

fn nouns(lang: Lang) -> &'static Nouns {
    static NOUNS: OnceLock<Vec<Nouns>> = OnceLock::new();
    per_language(&NOUNS, lang, |l| {
        let mut n = Nouns {
            words: Vec::new(),
            stems: Vec::new(),
        };
        for row in rows(table(l)) {
            let (Some(&concept), Some(forms)) = (row.first(), row.get(1)) else {
                continue;
            };
            for form in forms.split_whitespace() {
                match form.strip_suffix('-') {
                    Some(stem) => n.stems.push((stem, concept)),
                    None => n.words.push((form.to_lowercase(), concept)),
                }
            }
        }
        n.stems
            .sort_by_key(|(stem, _)| std::cmp::Reverse(stem.chars().count()));
        n
    })
}

/// The concept of a word of `lang` (any case of its letters), when the table lists it.
pub fn concept_of_word(word: &str, lang: Lang) -> Option<&'static str> {
    let word = word.to_lowercase();
    let n = nouns(lang);
    if let Some(&(_, c)) = n.words.iter().find(|(w, _)| *w == word) {
        return Some(c);
    }
    n.stems.iter().find_map(|&(stem, c)| {
        let rest = word.strip_prefix(stem)?;
        (rest.chars().count() <= max_ending(lang)).then_some(c)
    })
}

/// The concept counted by the figure that ends at byte `end` of `sentence` (in `lang`): the
/// word right after it, past white space, when the table lists it.
pub fn counted_after(sentence: &str, end: usize, lang: Lang) -> Option<&'static str> {
    let after = sentence.get(end..)?;
    let rest = after.trim_start();
    if rest.len() == after.len() && !after.is_empty() {
        return None; // a letter joined to the number: not a noun after it
    }
    let word_end = rest
        .char_indices()
        .find(|&(_, c)| !is_letter(c))
        .map_or(rest.len(), |(i, _)| i);
    concept_of_word(&rest[..word_end], lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_after_counts_in_five_languages() {
        let cases = [
            ("вкара 19 гола в 31 мача", "19", Lang::Bg, "goal"),
            ("вкара 19 гола в 31 мача", "31", Lang::Bg, "match"),
            ("scored 19 goals in 31 games", "19", Lang::En, "goal"),
            ("scored 19 goals in 31 games", "31", Lang::En, "match"),
            ("забил 19 голов в 31 матче", "19", Lang::Ru, "goal"),
            ("забил 19 голов в 31 матче", "31", Lang::Ru, "match"),
            ("забив 19 голів у 31 матчі", "19", Lang::Uk, "goal"),
            ("забив 19 голів у 31 матчі", "31", Lang::Uk, "match"),
            ("31 матчта 19 гол соғып", "31", Lang::Kk, "match"),
            ("31 матчта 19 гол соғып", "19", Lang::Kk, "goal"),
            ("у 5 лікарнях", "5", Lang::Uk, "hospital"),
            ("лікують 7 лікарів", "7", Lang::Uk, "doctor"),
        ];
        for (text, number, lang, concept) in cases {
            let end = text.find(number).unwrap() + number.len();
            assert_eq!(
                counted_after(text, end, lang),
                Some(concept),
                "{text}: {number}"
            );
        }
    }

    #[test]
    fn no_noun_no_concept() {
        // `голям` is no goal, `голос` no goal; a word joined to the number is no noun after it.
        assert_eq!(counted_after("3 големи", 1, Lang::Bg), None);
        assert_eq!(concept_of_word("голосов", Lang::Ru), Some("vote"));
        assert_eq!(counted_after("15%-ын", 3, Lang::Kk), None);
        assert_eq!(counted_after("19 в", 2, Lang::Bg), None);
    }
}
