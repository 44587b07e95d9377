//! A name's consonants in order, by the sound they write (`consonant_classes.tsv`): a second
//! likeness for two names whose letters score alike. Two renderings of one name keep its
//! consonants in order, whatever vowels each convention writes (`Стайнъм` / `Штейнем`,
//! `Уорчестър` / `Вустершир`, `Хокимилко` / `Сочимилько`); one name put for another that
//! happens to share letters with it does not (`Guardian` / `Юнан`, `Insta` / `Сирия`,
//! `Crescent` / `Теннент`, `Марвин` / `Барселона`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::translit::{fold_letters, is_vowel};
use super::Name;

const CONSONANT_CLASSES: &str = include_str!("../lang/consonant_classes.tsv");

/// Each consonant letter of a folded key, with the number of its class.
fn classes() -> &'static HashMap<char, usize> {
    static CLASSES: OnceLock<HashMap<char, usize>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        crate::lang::rows(CONSONANT_CLASSES)
            .enumerate()
            .flat_map(|(i, row)| {
                row.get(1)
                    .copied()
                    .unwrap_or("")
                    .split_whitespace()
                    .filter_map(|l| l.chars().next())
                    .map(move |c| (c, i))
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

/// The classes of the consonants of `key` (a name's transliteration key), word by word, a
/// run of one class counted once (`tt`, `st` in `Worcestershire` is s-t, `sht` one sibilant
/// then t). A word's first `u` before a vowel is a `w` (`Уорчестър`, `Уейнс` for `Worcester`,
/// `Waynes`).
pub fn skeleton(key: &str) -> Vec<usize> {
    let table = classes();
    let mut out = Vec::new();
    for word in key.split_whitespace() {
        let folded: Vec<char> = fold_letters(word).chars().collect();
        let glide = folded.len() > 1 && folded[0] == 'u' && is_vowel(folded[1]);
        let mut last = None;
        let letters = glide
            .then_some('v')
            .into_iter()
            .chain(folded.iter().copied().skip(usize::from(glide)));
        for c in letters {
            if let Some(&k) = table.get(&c) {
                if last != Some(k) {
                    out.push(k);
                    last = Some(k);
                }
            }
        }
    }
    out
}

/// The length of the longest common subsequence of two skeletons.
fn common(a: &[usize], b: &[usize]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Whether two names' consonants part them: fewer than half of the longer skeleton's
/// consonants stand in the other's, in order (`Guardian` g-r-d-n against `Юнан` n;
/// `Crescent` k-r-s-n-t against `Теннент` t-n-t). Half or more is a likeness
/// (`Пиуг` / `Пуч`, a Catalan name, shares p of p-k and p-ch); a side with no consonant
/// proves nothing.
pub fn consonants_apart(a: &Name, b: &Name) -> bool {
    let (x, y) = (skeleton(&a.key), skeleton(&b.key));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    2 * common(&x, &y) < x.len().max(y.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn apart(a: &str, la: Lang, b: &str, lb: Lang) -> bool {
        consonants_apart(&Name::new(a, la, 1, 0), &Name::new(b, lb, 1, 0))
    }

    #[test]
    fn spellings_of_one_name_keep_their_consonants() {
        assert!(!apart("Стайнъм", Lang::Bg, "Штейнем", Lang::Ru));
        assert!(!apart("Уорчестър", Lang::Bg, "Вустершир", Lang::Ru));
        assert!(!apart("Хокимилко", Lang::Bg, "Сочимилько", Lang::Kk));
        assert!(!apart("Уейнс", Lang::Bg, "Wayne", Lang::En));
        assert!(!apart("Jacquemus", Lang::Bg, "Жакмюдің", Lang::Kk));
    }

    #[test]
    fn names_alike_in_letters_only_are_apart() {
        assert!(apart("Guardian", Lang::Bg, "Юнан", Lang::Kk));
        assert!(apart("Crescent", Lang::Bg, "Теннент", Lang::Kk));
        assert!(apart("Марвин", Lang::Bg, "Барселона", Lang::Ru));
        assert!(apart("Insta", Lang::Bg, "Сирия", Lang::Ru));
    }
}
