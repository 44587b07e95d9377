//! A rank said in words and changed: bg `десета титла` written `девета титла` against en
//! `tenth title`, ru `десятый титул`; `Вторият по сила` written `Третият по сила` against en
//! `came second`, ru `Второе место`.
//!
//! The figures stage does not read ordinal words as figures, on purpose: the translations
//! mostly say a rank without its noun, or not at all, and `първата`, `for the first time` are
//! seldom a figure a reader checks (BENCHMARKS, fx39). So they are compared here, at check
//! time only, and only where a difference can be told: in an aligned pair, a source
//! ordinal word (`number_words.tsv`, flag `ord`) of a small value is wrong when the
//! reference has ordinals of its own (words, or digits with an ordinal ending: `2nd`,
//! `6-о`) and none of them has its value, and the value is nowhere else in the reference
//! either (a figure, a number in words). A reference without an ordinal says nothing (it
//! may have put the rank another way), and any reference that has the value clears it.
//!
//! Phrases where an ordinal is no rank (`за първи път`, `for the first time`, `a second`,
//! `третата страна`, a century: `двадесети век`) are listed per language in
//! `src/lang/<code>/ordinal_idioms.tsv` and are left alone on both sides.

use std::ops::Range;
use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::{sentence_side, Ctx};
use crate::figures::plain;
use crate::figures::words::{number_at, WordsKind};
use crate::lang::Lang;
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity};

/// The ranks compared: a place in a race or a ranking, a title's count. `first` is left
/// out: it is mostly no rank (`за първи път`, `for the first time`, `първата` "the former",
/// `бірінші` "foremost", `the first four`), and on the NTREX lines the translations agree
/// on it least (BENCHMARKS, fx41).
const SMALLEST_RANK: u32 = 2;
const LARGEST_RANK: u32 = 20;

/// The idiom table of `lang`: one phrase a line, `~` standing for the ordinal word, a word
/// ending in `*` for any word it begins.
pub fn idioms_table(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => include_str!("../lang/bg/ordinal_idioms.tsv"),
        Lang::Ru => include_str!("../lang/ru/ordinal_idioms.tsv"),
        Lang::Uk => include_str!("../lang/uk/ordinal_idioms.tsv"),
        Lang::Kk => include_str!("../lang/kk/ordinal_idioms.tsv"),
        Lang::En => include_str!("../lang/en/ordinal_idioms.tsv"),
    }
}

/// `lang`'s idioms, each a phrase split into its words, read once.
fn idioms(lang: Lang) -> &'static Vec<Vec<&'static str>> {
    static IDIOMS: OnceLock<Vec<Vec<Vec<&'static str>>>> = OnceLock::new();
    crate::lang::per_language(&IDIOMS, lang, |l| {
        crate::lang::rows(idioms_table(l))
            .filter_map(|r| r.first().map(|phrase| phrase.split_whitespace().collect()))
            .collect()
    })
}

/// The words of `text`: (byte start, byte end, lower case); a hyphen parts two words
/// (`third-party`).
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inside = c.is_alphanumeric() || c == '\'' || c == '’';
        match (start, inside) {
            (None, true) if c.is_alphanumeric() => start = Some(i),
            (Some(s), false) => {
                let w = text[s..i].trim_end_matches(['\'', '’']);
                out.push((s, s + w.len(), w.to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn word_fits(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => pattern == word,
    }
}

/// Whether the ordinal word at `index` of `words` stands in one of `lang`'s idioms.
fn in_idiom(words: &[(usize, usize, String)], index: usize, lang: Lang) -> bool {
    idioms(lang).iter().any(|phrase| {
        let Some(hash) = phrase.iter().position(|w| *w == "~") else {
            return false;
        };
        let Some(first) = index.checked_sub(hash) else {
            return false;
        };
        phrase.len() + first <= words.len()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, p)| *p == "~" || word_fits(p, &words[first + k].2))
    })
}

/// An ordinal word of a sentence: byte offset in the sentence, length, value.
type Ordinal = (usize, usize, Decimal);

/// The ordinal words of sentence `sentence` of `doc` (ranks: not in an idiom, not inside a
/// figure such as `второто тримесечие`, [`SMALLEST_RANK`] to [`LARGEST_RANK`]), and the
/// values of every other number word in it.
fn ordinal_words(doc: &Analyzed, sentence: usize) -> (Vec<Ordinal>, Vec<Decimal>) {
    let (Some(st), Some(figures)) = (doc.sentences.get(sentence), doc.figures.get(sentence)) else {
        return (Vec::new(), Vec::new());
    };
    let (text, lang) = (st.text.as_str(), doc.doc.lang);
    let covered = |at: usize| {
        let file = st.file_offset(at);
        figures
            .iter()
            .any(|f| f.offset <= file && file < f.offset + f.text.len().max(1))
    };
    let list = words(text);
    let mut ordinals = Vec::new();
    let mut others = Vec::new();
    let mut next = 0;
    for (index, (at, _, _)) in list.iter().enumerate() {
        if *at < next || !text[*at..].starts_with(char::is_alphabetic) {
            continue;
        }
        let Some(n) = number_at(&text[*at..], lang) else {
            continue;
        };
        next = at + n.len;
        // An ordinal before a number is a group's bound, no rank: `първите 300`, `the
        // first 10`.
        let before_number = list.iter().find(|w| w.0 >= at + n.len).is_some_and(|w| {
            w.2.starts_with(|c: char| c.is_ascii_digit()) || number_at(&text[w.0..], lang).is_some()
        });
        let rank = n.kind == WordsKind::Ordinal
            && !before_number
            && n.value.fract().is_zero()
            && n.value >= Decimal::from(SMALLEST_RANK)
            && n.value <= Decimal::from(LARGEST_RANK);
        if rank && !covered(*at) && !in_idiom(&list, index, lang) {
            ordinals.push((*at, n.len, n.value));
        } else {
            others.push(n.value);
        }
    }
    (ordinals, others)
}

/// What a reference's sentences say of a source rank.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    /// No rank there that the source's sentences do not have: the rank put another way, or
    /// left out.
    Nothing,
    /// The value is there, as an ordinal or any number.
    Same,
    /// A rank there that the source's sentences have nowhere, and the source's value
    /// nowhere: (sentence, offset, length, value) of the first.
    Other(usize, usize, usize, Decimal),
}

/// The ordinal words and other number words of one sentence ([`ordinal_words`]).
type SentenceWords = (Vec<Ordinal>, Vec<Decimal>);

/// Every number of sentence `r` of `doc`, whose number words are `words`: figures (both ends
/// of a range), number words and ordinal words, idioms and `first` included.
fn numbers(doc: &Analyzed, r: usize, words: &SentenceWords) -> Vec<Decimal> {
    let mut out = Vec::new();
    let Some(figs) = doc.figures.get(r) else {
        return out;
    };
    out.extend(figs.iter().map(|f| f.value));
    out.extend(figs.iter().filter_map(|f| f.high));
    out.extend(words.0.iter().map(|o| o.2));
    out.extend(words.1.iter().copied());
    out
}

/// What reference sentences `range` of `doc` say of a source rank `value`, the source's
/// sentences of the bead having the numbers `source` and the ranks `ranks`. Only one rank on
/// each side left unaccounted for (the source's not in the reference, the reference's not in
/// the source) stands for the other: a rank of the reference that the source has too is
/// another rank of the sentence, and with two left on a side, which one stands for which is
/// a guess (uk `другий` alone is not read: `десятий` against `девета … втора` tells nothing
/// of `втора`). Ranks in digits (`2nd`, `6-о`) are figures, which the figures' comparison
/// already reports against a rank in words (`missing_number`); here they only clear one.
fn said(
    doc: &Analyzed,
    range: Range<usize>,
    value: Decimal,
    source: &[Decimal],
    ranks: &[Decimal],
) -> Said {
    let words: Vec<(usize, SentenceWords)> = range.map(|r| (r, ordinal_words(doc, r))).collect();
    let here: Vec<Decimal> = words
        .iter()
        .flat_map(|(r, w)| numbers(doc, *r, w))
        .collect();
    if here.contains(&value) {
        return Said::Same;
    }
    let mut left: Vec<Decimal> = ranks
        .iter()
        .copied()
        .filter(|v| !here.contains(v))
        .collect();
    left.dedup();
    if left != [value] {
        return Said::Nothing;
    }
    let found: Vec<(usize, usize, usize, Decimal)> = words
        .iter()
        .flat_map(|(r, (ordinals, _))| {
            ordinals
                .iter()
                .filter(|o| !source.contains(&o.2))
                .map(move |&(at, len, v)| (*r, at, len, v))
        })
        .collect();
    match found.first() {
        Some(&(r, at, len, v)) if found.iter().all(|f| f.3 == v) => Said::Other(r, at, len, v),
        _ => Said::Nothing,
    }
}

impl Ctx<'_> {
    /// Rows for ranks said in words that the references give otherwise (see the module): a
    /// `number_mismatch` against each reference with another rank there, none having the
    /// source's; a warning when one reference says so, an error when two or more do.
    pub(super) fn ordinal_rows(&self, rows: &mut Vec<Row>) {
        // Each source sentence's number words, read once: a bead's sentences are asked again.
        let source_words: Vec<SentenceWords> = (0..self.source.sentences.len())
            .map(|s| ordinal_words(self.source, s))
            .collect();
        for (s, st) in self.source.sentences.iter().enumerate() {
            for &(at, len, value) in &source_words[s].0 {
                let verdicts: Vec<(usize, Said)> = self
                    .views
                    .iter()
                    .enumerate()
                    .filter_map(|(v, view)| {
                        let range = view.counterparts.get(&s)?.clone();
                        // The source sentences of the bead: those aligned with the same
                        // reference sentences.
                        let mut bead: Vec<usize> = view
                            .counterparts
                            .iter()
                            .filter(|(_, r)| **r == range)
                            .map(|(&o, _)| o)
                            .collect();
                        bead.sort_unstable();
                        let source: Vec<Decimal> = bead
                            .iter()
                            .flat_map(|&o| numbers(self.source, o, &source_words[o]))
                            .collect();
                        let mut ranks: Vec<Decimal> = bead
                            .iter()
                            .flat_map(|&o| source_words[o].0.iter().map(|w| w.2))
                            .collect();
                        ranks.sort_unstable();
                        Some((v, said(view.reference, range, value, &source, &ranks)))
                    })
                    .collect();
                if verdicts.iter().any(|(_, d)| *d == Said::Same) {
                    continue;
                }
                let against: Vec<_> = verdicts
                    .iter()
                    .filter_map(|&(v, d)| match d {
                        Said::Other(r, rat, rlen, rv) => Some((v, r, rat, rlen, rv)),
                        _ => None,
                    })
                    .collect();
                for &(v, r, rat, rlen, rv) in &against {
                    let view = &self.views[v];
                    let reference = view.reference;
                    let Some(rst) = reference.sentences.get(r) else {
                        continue;
                    };
                    let text = st.text.get(at..at + len).unwrap_or_default();
                    let rtext = rst.text.get(rat..rat + rlen).unwrap_or_default();
                    let mut source = sentence_side(self.source, s);
                    source.offset = Some(st.file_offset(at));
                    source.text = text.to_string();
                    source.value = plain(value);
                    let mut side = sentence_side(reference, r);
                    side.offset = Some(rst.file_offset(rat));
                    side.text = rtext.to_string();
                    side.value = plain(rv);
                    let severity = if view.low.contains(&s) {
                        Severity::Info
                    } else if against.len() >= 2 {
                        Severity::Error
                    } else {
                        Severity::Warning
                    };
                    let message = format!(
                        "The rank in words differs: {text} ({}) in the source, {rtext} ({}) in the {} reference, which has {} nowhere.",
                        plain(value),
                        plain(rv),
                        self.lang(v),
                        plain(value)
                    );
                    rows.push(self.row(
                        Some(v),
                        Kind::NumberMismatch,
                        severity,
                        source,
                        side,
                        message,
                    ));
                }
            }
        }
    }
}
