//! Sentence boundaries, driven by each language's data: `src/lang/<code>/abbreviations.tsv`
//! (abbreviations and what their stop means), `sentence_starters.tsv` (words that open
//! sentences, consulted after initials and `starter` abbreviations) and `speech_verbs.tsv`.
//!
//! Input is a [`Document`]; output is a list of [`Sentence`]s that remember where they start
//! in the file (line and byte offset) so that every later finding can point at the exact place.
//!
//! The rules, in the order they apply:
//! - Paragraphs are split on blank lines; a paragraph always ends a sentence, so a headline
//!   (a line followed by a blank line) is a sentence even without a final stop.
//! - Inside a paragraph a sentence ends at a run of `.`, `!`, `?`, `…` (with any closing quotes
//!   and brackets right after it: `каза той.“ Следващо` ends after the quote), followed by
//!   white space and a word that may open a sentence: an upper-case letter, a digit, an opening
//!   quote or bracket, or a dash that opens a dialogue line (`— Ако говорим…`). A dash followed by
//!   a lower-case word is the author's words inside dialogue (`— Ще дойда! — каза той.`) and does
//!   not open a sentence; nor does a lower-case word.
//! - A single `.` after an abbreviation follows the abbreviation's behaviour from the language's
//!   table ([`Behaviour`]); after a single capital letter (`Г. Иванов`, `J. R. Smith`) it is an
//!   initial, which ends a sentence only before a sentence starter (`a grade A. The data`);
//!   after a number or Roman numeral that opens the sentence (`1. Първо`) it is a list marker.
//! - A stop not followed by white space never ends a sentence (`4.4`, `www.inform.kz`).
//! - A line that opens with a dialogue dash and a capital starts a sentence even when the line
//!   before has no final stop.
//! - A quotation closed after its stop is not a sentence of its own when its speaker and a verb
//!   of saying follow (`"Are you ready?" CNN reported.`; `speech_verbs.tsv`).
//!
//! What is left to others: which sentences correspond across languages ([`crate::align`]).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::document::Document;
use crate::lang::{self, Lang};

/// One sentence of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based position among the document's sentences.
    pub index: usize,
    /// 0-based paragraph number: paragraphs are separated by blank lines, with or without
    /// `presegmented` (a presegmented file without blank lines is one paragraph).
    pub paragraph: usize,
    /// Start and end (exclusive) in `Document::text`.
    pub start: usize,
    pub end: usize,
    /// 1-based line in the file where the sentence starts.
    pub line: usize,
    /// Byte offset in the file where the sentence starts (BOM included).
    pub offset: usize,
    /// The sentence on one line: line breaks inside it become spaces, so that the byte at
    /// `i` in `text` is the byte at `start + i` in the document: offsets still map.
    pub text: String,
}

impl Sentence {
    /// The file offset of byte `i` of this sentence's text.
    pub fn file_offset(&self, i: usize) -> usize {
        self.offset + i
    }
}

/// What a full stop after an abbreviation means (the second column of `abbreviations.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Behaviour {
    /// Never ends a sentence: titles and words that stand before what they name
    /// (`г-н`, `д-р`, `проф.`, `ул.`, `гр.`, `Mr.`, `т.е.`).
    Never,
    /// Ends a sentence when the next word opens one with a capital letter, a quote or a dash,
    /// but not before a digit or a lower-case word (`млн.`, `т.д.`, `Inc.`, `U.S.`).
    MayEnd,
    /// Like `may_end` when it follows a number (`през 2023 г. Президентът`), else like `never`
    /// (`г. Москва`, `м. Київ`, `р. Дніпро`): the same letters name a year or a unit after a
    /// figure and a city, town or river before a name. A date that opens the sentence does not
    /// end it (`През 1994 г. Бърнърс-Лий създаде …`).
    AfterNumber,
    /// Ends a sentence only before a quote, a dash or one of the language's frequent sentence
    /// starters (`sentence_starters.tsv`): for words that are mostly followed by a capitalized
    /// name inside the sentence (`U.S. President`, `5 a.m. Eastern`) yet may end one
    /// (`in the U.S. The`). Initials (`Г.`, `J. R.`) behave so too (`a grade A. The data`).
    Starter,
}

impl Behaviour {
    fn parse(s: &str) -> Option<Behaviour> {
        match s {
            "never" => Some(Behaviour::Never),
            "may_end" => Some(Behaviour::MayEnd),
            "after_number" => Some(Behaviour::AfterNumber),
            "starter" => Some(Behaviour::Starter),
            _ => None,
        }
    }
}

/// The abbreviation table of a language, as embedded in the binary.
pub fn abbreviation_table(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => include_str!("lang/bg/abbreviations.tsv"),
        Lang::Ru => include_str!("lang/ru/abbreviations.tsv"),
        Lang::Uk => include_str!("lang/uk/abbreviations.tsv"),
        Lang::Kk => include_str!("lang/kk/abbreviations.tsv"),
        Lang::En => include_str!("lang/en/abbreviations.tsv"),
    }
}

/// The sentence-starter table of a language, as embedded in the binary.
pub fn starter_table(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => include_str!("lang/bg/sentence_starters.tsv"),
        Lang::Ru => include_str!("lang/ru/sentence_starters.tsv"),
        Lang::Uk => include_str!("lang/uk/sentence_starters.tsv"),
        Lang::Kk => include_str!("lang/kk/sentence_starters.tsv"),
        Lang::En => include_str!("lang/en/sentence_starters.tsv"),
    }
}

/// The verbs-of-saying table of a language, as embedded in the binary.
pub fn speech_verb_table(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => include_str!("lang/bg/speech_verbs.tsv"),
        Lang::Ru => include_str!("lang/ru/speech_verbs.tsv"),
        Lang::Uk => include_str!("lang/uk/speech_verbs.tsv"),
        Lang::Kk => include_str!("lang/kk/speech_verbs.tsv"),
        Lang::En => include_str!("lang/en/speech_verbs.tsv"),
    }
}

/// A language's segmentation data: abbreviations as written and lower-cased (for `Т.е.`
/// opening a sentence), its frequent sentence starters and its verbs of saying.
struct SegmentationTables {
    exact: HashMap<&'static str, Behaviour>,
    folded: HashMap<String, Behaviour>,
    starters: HashSet<&'static str>,
    speech_verbs: HashSet<&'static str>,
}

impl SegmentationTables {
    fn load(lang: Lang) -> SegmentationTables {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        for row in lang::rows(abbreviation_table(lang)) {
            // A malformed row is caught by the table test; here it is skipped, never a panic.
            let (Some(&word), Some(behaviour)) =
                (row.first(), row.get(1).and_then(|b| Behaviour::parse(b)))
            else {
                continue;
            };
            exact.insert(word, behaviour);
            folded.entry(word.to_lowercase()).or_insert(behaviour);
        }
        let starters = lang::rows(starter_table(lang))
            .filter_map(|row| row.first().copied())
            .collect();
        let speech_verbs = lang::rows(speech_verb_table(lang))
            .filter_map(|row| row.first().copied())
            .collect();
        SegmentationTables {
            exact,
            folded,
            starters,
            speech_verbs,
        }
    }

    fn get(lang: Lang) -> &'static SegmentationTables {
        static TABLES: OnceLock<Vec<(Lang, SegmentationTables)>> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            Lang::ALL
                .into_iter()
                .map(|l| (l, SegmentationTables::load(l)))
                .collect()
        });
        // Every language is loaded above.
        &tables
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("every language has an abbreviation table")
            .1
    }
}

/// The behaviour of `word` (with its final stop, e.g. `млн.`) in `lang`, if it is an
/// abbreviation there.
pub fn abbreviation(lang: Lang, word: &str) -> Option<Behaviour> {
    let table = SegmentationTables::get(lang);
    table
        .exact
        .get(word)
        .or_else(|| table.folded.get(&word.to_lowercase()))
        .copied()
}

/// Splits a document into sentences. With `presegmented`, every non-blank line is one sentence.
pub fn segment(doc: &Document, presegmented: bool) -> Vec<Sentence> {
    let paragraphs = paragraph_spans(doc);
    let mut spans = Vec::new();
    for (p, start, end) in paragraphs {
        if presegmented {
            spans.extend(line_spans(&doc.text, start, end).map(|(a, b)| (p, a, b)));
        } else {
            for (a, b) in split_paragraph(doc.lang, &doc.text[start..end]) {
                spans.extend(cut_overlong(&doc.text, start + a, start + b).map(|(a, b)| (p, a, b)));
            }
        }
    }
    spans
        .into_iter()
        .enumerate()
        .map(|(index, (paragraph, start, end))| Sentence {
            index,
            paragraph,
            start,
            end,
            line: doc.line_of(start),
            offset: doc.file_offset(start),
            // Same byte length: `\r` and `\n` are one byte each, as is a space.
            text: doc.text[start..end].replace(['\r', '\n'], " "),
        })
        .collect()
}

/// The longest sentence kept whole, in bytes: ten times a long sentence of news prose. A longer
/// run without a sentence stop (a table or a list pasted as one line, encoded data) is cut at
/// white space into pieces of at most this size: each finding's row quotes its sentence, and
/// a "sentence" of megabytes quoted in thousands of rows would make a report of gigabytes.
pub const MAX_SENTENCE_BYTES: usize = 8_000;

/// `start..end` of `text`, cut into pieces of at most [`MAX_SENTENCE_BYTES`] at the last white
/// space before the limit (at a character boundary where a piece has none), each trimmed.
fn cut_overlong(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = start;
    std::iter::from_fn(move || {
        while at < end && text[at..].starts_with(char::is_whitespace) {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        if at >= end {
            return None;
        }
        if end - at <= MAX_SENTENCE_BYTES {
            let piece = (at, end);
            at = end;
            return Some(piece);
        }
        let mut limit = at + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text[at..limit]
            .rfind(char::is_whitespace)
            .map(|i| at + i)
            .filter(|&c| c > at)
            .unwrap_or(limit);
        let piece = (at, at + text[at..cut].trim_end().len());
        at = cut;
        Some(piece)
    })
}

/// Splits the text of one paragraph (no blank lines inside) into sentences: (start, end) byte
/// ranges in `text`, trimmed of white space. Public for evaluations that lay out their own text.
pub fn split_paragraph(lang: Lang, text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some((first, _)) = trim_span(text) else {
        return out;
    };
    let mut start = first;
    let mut at = first;
    while let Some(rel) = text[at..].find(|c| is_terminal(c) || c == '\n') {
        let stop = at + rel;
        if text[stop..].starts_with('\n') {
            // A line that opens with a dialogue dash starts a sentence, stop or no stop.
            let line_end = start + text[start..stop].trim_end().len();
            let next = stop + (text[stop..].len() - text[stop..].trim_start().len());
            at = stop + 1;
            if line_end > start
                && text[next..].starts_with(is_dash)
                && opening(&text[next..]) == Opening::Capital
            {
                out.push((start, line_end));
                start = next;
                at = next;
            }
            continue;
        }
        let (end, next) = match candidate_end(text, stop) {
            Candidate::No(resume) => {
                at = resume;
                continue;
            }
            Candidate::Yes { end, next } => (end, next),
        };
        at = next;
        if ends_sentence(lang, text, start, stop, end, next) {
            out.push((start, end));
            start = next;
        }
    }
    if let Some((_, last)) = trim_span(&text[start..]) {
        out.push((start, start + last));
    }
    out
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Quotes and brackets that may close a sentence right after its final stop.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '“' | '’' | '‘' | '»' | '›' | ')' | ']' | '}'
    )
}

/// Quotes and brackets that may open a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '„' | '«' | '"' | '“' | '‘' | '\'' | '‚' | '‹' | '(' | '[' | '”'
    )
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '“' | '’' | '‘' | '»' | '›')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '―' | '‒')
}

enum Candidate {
    /// Not a possible end; go on scanning from this byte.
    No(usize),
    /// A possible end: the sentence would end at `end`, the next begin at `next`.
    Yes { end: usize, next: usize },
}

/// Looks at a run of stops starting at byte `stop`: where it ends (with its closers) and where
/// the next word starts. Only a run followed by white space can end a sentence.
fn candidate_end(text: &str, stop: usize) -> Candidate {
    let rest = &text[stop..];
    let run = rest.len() - rest.trim_start_matches(is_terminal).len();
    let after_run = &rest[run..];
    let closers = after_run.len() - after_run.trim_start_matches(is_closer).len();
    let mut end = stop + run + closers;
    // A `»` set off by a space (`Қарным ашты. »`) still closes: it can open nothing.
    let spaced = text[end..].trim_start();
    if spaced.len() < text.len() - end && spaced.starts_with('»') {
        let closers = spaced.len() - spaced.trim_start_matches(is_closer).len();
        end = text.len() - spaced.len() + closers;
    }
    let after = &text[end..];
    let spaces = after.len() - after.trim_start().len();
    if spaces == 0 || spaces == after.len() {
        // Glued to the next character (`4.4`, `inform.kz`), or the paragraph's end.
        return Candidate::No(end.max(stop + 1));
    }
    Candidate::Yes {
        end,
        next: end + spaces,
    }
}

/// How the word after a possible end begins.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// An upper-case letter, possibly after an opening quote or a dialogue dash.
    Capital,
    /// A digit or a symbol (`5`, `$`, `№`, `…`).
    Other,
    /// A lower-case letter, also after a quote or a dash: the sentence goes on.
    Lower,
}

fn opening(text: &str) -> Opening {
    let mut chars = text.chars().peekable();
    // Skip opening quotes and brackets, then a dialogue dash and its spaces.
    while chars.peek().is_some_and(|&c| is_opener(c)) {
        chars.next();
    }
    if chars.peek().is_some_and(|&c| is_dash(c)) {
        chars.next();
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        while chars.peek().is_some_and(|&c| is_opener(c)) {
            chars.next();
        }
    }
    match chars.next() {
        Some(c) if c.is_lowercase() => Opening::Lower,
        Some(c) if c.is_uppercase() || c.is_alphabetic() => Opening::Capital,
        _ => Opening::Other,
    }
}

/// Whether the stop run at `stop..end` (closers included) ends the sentence that began at
/// `start`, given that the next word begins at `next`.
fn ends_sentence(
    lang: Lang,
    text: &str,
    start: usize,
    stop: usize,
    end: usize,
    next: usize,
) -> bool {
    let opening = opening(&text[next..]);
    if opening == Opening::Lower {
        return false;
    }
    if text[stop..end].ends_with(is_quote) && is_attribution(lang, &text[next..]) {
        return false; // `"Are you ready?" CNN reported.`
    }
    // Only a lone full stop right after a word can belong to an abbreviation.
    if !text[stop..end].starts_with('.') || text[stop + 1..end].starts_with(is_terminal) {
        return true;
    }
    let before = &text[start..stop];
    let word_start = before.rfind(char::is_whitespace).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = before[word_start..].trim_start_matches(is_opener);
    // The letters (with inner stops and hyphens) at the end of the word: `2023г` → `г`.
    let tail_start = word
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '.' || c == '-')
        .last()
        .map_or(word.len(), |(i, _)| i);
    let tail = word[tail_start..].trim_start_matches(['.', '-']);
    if tail.is_empty() {
        // A number: a list marker when it opens the sentence (`1. Първо`), else a real end.
        let is_number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
        return !(is_number && word_start == 0);
    }
    if word_start == 0 && tail.len() > 1 && tail == word && is_roman(tail) {
        return false; // `II. Раздел`: a Roman list marker
    }
    // A unit's denominator after a slash (`18 м/с.`, `90 км/ч.`) is no abbreviation of its
    // own (bg and uk `с.`, a village, stands before a name): the unit ends the sentence
    // before a capital, as `млн.` does.
    if word[..tail_start].ends_with('/') {
        return opening == Opening::Capital;
    }
    let with_stop = &text[stop - tail.len()..=stop];
    let behaviour = lookup(lang, with_stop, tail);
    match behaviour {
        Some(Behaviour::Never) => false,
        Some(Behaviour::MayEnd) => opening == Opening::Capital,
        Some(Behaviour::AfterNumber) => {
            opening == Opening::Capital
                && follows_number(&before[..word_start], &word[..tail_start])
                && !opens_with_date(lang, before)
        }
        Some(Behaviour::Starter) => {
            opening == Opening::Capital && opens_with_starter(lang, &text[next..])
        }
        None => true,
    }
}

/// The abbreviation behaviour of `with_stop` (`млн.`); a word of capital initials
/// (`Г.`, `J.R.`) that the table does not know is taken as initials ([`Behaviour::Starter`]).
fn lookup(lang: Lang, with_stop: &str, tail: &str) -> Option<Behaviour> {
    let table = SegmentationTables::get(lang);
    if let Some(&b) = table.exact.get(with_stop) {
        return Some(b);
    }
    if is_initials(tail) {
        return Some(Behaviour::Starter);
    }
    table.folded.get(&with_stop.to_lowercase()).copied()
}

/// Whether `next` (a capitalized word) opens a sentence for certain: it begins with a quote or
/// a dash, or it is one of the language's frequent sentence starters and not itself an initial
/// (`В.` in `А. В. Суворов` is an initial; `В` in `оценка А. В 2023 г.` opens a sentence).
fn opens_with_starter(lang: Lang, next: &str) -> bool {
    if next.starts_with(|c: char| is_opener(c) || is_dash(c)) {
        return true;
    }
    let word_len = next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len());
    let (word, after) = next.split_at(word_len);
    !after.starts_with('.') && SegmentationTables::get(lang).starters.contains(word)
}

/// Whether `next` names who said a quotation just closed: one to three capitalized words that
/// are not a sentence starter (`CNN`, not `She`), a verb of saying, then a stop or the end
/// (`CNN reported.`). `She said, that …` and `Smith said the plan …` open sentences.
fn is_attribution(lang: Lang, next: &str) -> bool {
    let tables = SegmentationTables::get(lang);
    let mut words = next.split_whitespace();
    for i in 0..4 {
        let Some(word) = words.next() else {
            return false;
        };
        let bare = word.trim_end_matches(['.', '!', '?']);
        if i > 0 && tables.speech_verbs.contains(bare) {
            return bare.len() < word.len() || words.next().is_none();
        }
        let is_speaker_word = bare.len() == word.len()
            && bare.starts_with(char::is_uppercase)
            && !(i == 0 && tables.starters.contains(bare));
        if !is_speaker_word {
            return false;
        }
    }
    false
}

/// `Г`, `J`, `J.R`: single capital letters separated by stops.
fn is_initials(tail: &str) -> bool {
    tail.split('.').all(|part| {
        let mut cs = part.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    })
}

/// Whether the abbreviation follows a number: glued to it (`2023г.`) or after it (`2023 г.`,
/// `1,5 млн.`, `2023-2024 гг.`, `XIX в.`).
fn follows_number(before_word: &str, glued: &str) -> bool {
    if !glued.is_empty() {
        return glued.ends_with(|c: char| c.is_ascii_digit());
    }
    let previous = before_word
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    is_roman(previous) || previous.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether the sentence so far is only a date or figure that opens it: `2023 г.`,
/// `През 1994 г.` (a starter such as a preposition, the number, the abbreviation). Then a
/// capital after it is the subject (`През 1994 г. Бърнърс-Лий създаде …`), not a new sentence.
fn opens_with_date(lang: Lang, before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().take(4).collect();
    match words.len() {
        0..=2 => true,
        3 => SegmentationTables::get(lang).starters.contains(words[0]),
        _ => false,
    }
}

/// `XIX`, `II`: a Roman numeral in capital letters.
fn is_roman(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| "IVXLCDM".contains(c))
}

/// The paragraphs of the document's body (runs of non-blank lines) as (paragraph, start, end)
/// in the text, trimmed of white space.
fn paragraph_spans(doc: &Document) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut at = doc.body_start;
    let mut current: Option<(usize, usize)> = None;
    for line in doc.text[doc.body_start..].split('\n') {
        match (trim_span(line), current) {
            (Some((s, e)), None) => current = Some((at + s, at + e)),
            (Some((_, e)), Some((s0, _))) => current = Some((s0, at + e)),
            (None, Some((s0, e0))) => {
                out.push((out.len(), s0, e0));
                current = None;
            }
            (None, None) => {}
        }
        at += line.len() + 1;
    }
    if let Some((s0, e0)) = current {
        out.push((out.len(), s0, e0));
    }
    out
}

/// Each non-blank line of `text[start..end]`, trimmed, as (start, end) in `text`.
fn line_spans(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = start;
    text[start..end].split('\n').filter_map(move |line| {
        let here = at;
        at += line.len() + 1;
        trim_span(line).map(|(s, e)| (here + s, here + e))
    })
}

/// The span of `line` without leading and trailing white space; `None` if it is blank.
fn trim_span(line: &str) -> Option<(usize, usize)> {
    let t = line.trim_start();
    if t.is_empty() {
        return None;
    }
    let s = line.len() - t.len();
    Some((s, s + t.trim_end().len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(lang: Lang, text: &str) -> Vec<&str> {
        split_paragraph(lang, text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn an_overlong_run_is_cut_at_white_space_and_nothing_is_lost() {
        let table = "4,4 12,5 дълбочина 300 ".repeat(1_000);
        let text = format!("Таблицата: {table}");
        let text = text.trim_end();
        let pieces: Vec<(usize, usize)> = cut_overlong(text, 0, text.len()).collect();
        assert!(pieces.len() > 2);
        for &(a, b) in &pieces {
            assert!(b - a <= MAX_SENTENCE_BYTES && b > a);
            assert!(!text[a..b].starts_with(' ') && !text[a..b].ends_with(' '));
        }
        let joined: Vec<&str> = pieces.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            joined.join(" "),
            text.trim_end(),
            "every word kept, none cut"
        );
        // No white space at all: cut at a character boundary.
        let blob = "ЖжZz09".repeat(3_000);
        let pieces: Vec<(usize, usize)> = cut_overlong(&blob, 0, blob.len()).collect();
        let joined: String = pieces.iter().map(|&(a, b)| &blob[a..b]).collect();
        assert_eq!(joined, blob);
        // A sentence of ordinary length stays whole.
        assert_eq!(
            cut_overlong("Една дума.", 0, 19).collect::<Vec<_>>(),
            [(0, 19)]
        );
    }

    #[test]
    fn tables_are_sorted_unique_and_well_formed() {
        for lang in Lang::ALL {
            let rows: Vec<_> = lang::rows(abbreviation_table(lang)).collect();
            assert!(!rows.is_empty(), "{lang}: empty abbreviation table");
            for row in &rows {
                assert_eq!(row.len(), 2, "{lang}: row {row:?} needs two columns");
                assert!(
                    Behaviour::parse(row[1]).is_some(),
                    "{lang}: unknown behaviour in {row:?}"
                );
                assert!(
                    !row[0].is_empty() && !row[0].contains(char::is_whitespace),
                    "{lang}: bad abbreviation in {row:?}"
                );
            }
            for pair in rows.windows(2) {
                assert!(
                    pair[0][0] < pair[1][0],
                    "{lang}: abbreviations not sorted or not unique: {:?} then {:?}",
                    pair[0][0],
                    pair[1][0]
                );
            }
            let verbs: Vec<_> = lang::rows(speech_verb_table(lang)).collect();
            assert!(verbs.len() >= 5, "{lang}: too few verbs of saying");
            for pair in verbs.windows(2) {
                assert!(
                    pair[0].len() == 1 && pair[0][0] < pair[1][0],
                    "{lang}: verbs of saying not sorted, unique, one column: {:?} then {:?}",
                    pair[0],
                    pair[1]
                );
            }
            let starters: Vec<_> = lang::rows(starter_table(lang)).collect();
            assert!(starters.len() >= 20, "{lang}: too few sentence starters");
            for row in &starters {
                assert_eq!(row.len(), 1, "{lang}: starter row {row:?} has one column");
                assert!(
                    row[0].chars().next().is_some_and(char::is_uppercase),
                    "{lang}: starter {row:?} is written as at the start of a sentence"
                );
            }
            for pair in starters.windows(2) {
                assert!(
                    pair[0][0] < pair[1][0],
                    "{lang}: starters not sorted or not unique: {:?} then {:?}",
                    pair[0][0],
                    pair[1][0]
                );
            }
        }
    }

    #[test]
    fn starters_decide_after_initials_and_us() {
        let en = Lang::En;
        assert_eq!(
            split(en, "The U.S. President spoke at 5 a.m. Eastern time.").len(),
            1
        );
        assert_eq!(split(en, "They met at the U.N. General Assembly.").len(), 1);
        assert_eq!(
            split(
                en,
                "He moved to Portland, Ore. The city grew. San Diego, Calif., was next."
            ),
            [
                "He moved to Portland, Ore.",
                "The city grew.",
                "San Diego, Calif., was next."
            ]
        );
        assert_eq!(
            split(en, "Capt. Larry Smith and Det. Dennis Ray came.").len(),
            1
        );
        assert_eq!(
            split(en, "Most achieved a grade A. The data show it."),
            ["Most achieved a grade A.", "The data show it."]
        );
        assert_eq!(
            split(en, "Rain fell across the U.S. \"Heavy\" rain, they said."),
            ["Rain fell across the U.S.", "\"Heavy\" rain, they said."]
        );
        assert_eq!(split(Lang::Ru, "Писал А. В. Суворов.").len(), 1);
        assert_eq!(
            split(Lang::Ru, "Он получил оценку А. В 2023 г. всё изменилось."),
            ["Он получил оценку А.", "В 2023 г. всё изменилось."]
        );
        assert_eq!(
            split(Lang::Uk, "Уест змінює ім'я на Є. У суботу він написав."),
            ["Уест змінює ім'я на Є.", "У суботу він написав."]
        );
    }

    #[test]
    fn issue_abbreviations_have_their_behaviour() {
        use Behaviour::*;
        let cases = [
            (Lang::Bg, "г.", AfterNumber),
            (Lang::Bg, "гр.", Never),
            (Lang::Bg, "ул.", Never),
            (Lang::Bg, "т.е.", Never),
            (Lang::Bg, "т.нар.", Never),
            (Lang::Bg, "хил.", MayEnd),
            (Lang::Bg, "млн.", MayEnd),
            (Lang::Bg, "млрд.", MayEnd),
            (Lang::Bg, "проф.", Never),
            (Lang::Bg, "д-р.", Never),
            (Lang::Bg, "г-н.", Never),
            (Lang::Bg, "Св.", Never),
            (Lang::Ru, "тыс.", MayEnd),
            (Lang::Ru, "руб.", MayEnd),
            (Lang::Ru, "т.д.", MayEnd),
            (Lang::Ru, "г.", AfterNumber),
            (Lang::Kk, "ж.", AfterNumber),
            (Lang::En, "Mr.", Never),
            (Lang::En, "Dr.", Never),
            (Lang::En, "St.", Never),
            (Lang::En, "U.S.", Starter),
            (Lang::En, "Inc.", Starter),
            (Lang::En, "Jan.", MayEnd),
        ];
        for (lang, word, behaviour) in cases {
            assert_eq!(abbreviation(lang, word), Some(behaviour), "{lang} {word}");
        }
        assert_eq!(abbreviation(Lang::Bg, "Т.е."), Some(Never), "case folded");
        assert_eq!(abbreviation(Lang::Bg, "каза."), None);
    }

    #[test]
    fn bg_abbreviations() {
        let bg = Lang::Bg;
        assert_eq!(
            split(bg, "През 2023 г. центровете растат. Второ."),
            ["През 2023 г. центровете растат.", "Второ."]
        );
        assert_eq!(
            split(bg, "Това стана през 2023 г. Президентът дойде."),
            ["Това стана през 2023 г.", "Президентът дойде."]
        );
        assert_eq!(split(bg, "Живее в гр. София на ул. Раковски.").len(), 1);
        assert_eq!(split(bg, "Живее в с. Равда.").len(), 1);
        assert_eq!(
            split(bg, "Вятърът духа с 18 м/с. Пострадалите са двама."),
            ["Вятърът духа с 18 м/с.", "Пострадалите са двама."]
        );
        assert_eq!(split(bg, "Вятърът духа с 18 м/с. и утихва.").len(), 1);
        assert_eq!(split(bg, "Говори проф. Иванов, т.е. Петров.").len(), 1);
        assert_eq!(split(bg, "Срещна г-н. Петров и д-р Иванов.").len(), 1);
        assert_eq!(split(bg, "Храмът Св. Никола е стар.").len(), 1);
        assert_eq!(split(bg, "Т.нар. зелена сделка е тук.").len(), 1);
        assert_eq!(
            split(
                bg,
                "Над 20 млн. тона. Добивът е 900 млн. Следващо изречение."
            ),
            [
                "Над 20 млн. тона.",
                "Добивът е 900 млн.",
                "Следващо изречение."
            ]
        );
        assert_eq!(split(bg, "Цената е 5 хил. 300 лв. са за данъци.").len(), 1);
        assert_eq!(split(bg, "През 1994 г. Бърнърс-Лий създаде W3C.").len(), 1);
        assert_eq!(
            split(bg, "Построен е през XIX в. Днес е музей."),
            ["Построен е през XIX в.", "Днес е музей."]
        );
    }

    #[test]
    fn ru_uk_kk_abbreviations() {
        assert_eq!(
            split(
                Lang::Ru,
                "Он живёт в г. Москва. Это было в 2023 г. Цены росли."
            ),
            ["Он живёт в г. Москва.", "Это было в 2023 г.", "Цены росли."]
        );
        assert_eq!(
            split(Lang::Uk, "Вітер дув до 18 м/с. Постраждалих двоє."),
            ["Вітер дув до 18 м/с.", "Постраждалих двоє."]
        );
        assert_eq!(
            split(Lang::Ru, "Стоит 5 тыс. руб. В среднем и т.д. Далее."),
            ["Стоит 5 тыс. руб.", "В среднем и т.д.", "Далее."]
        );
        assert_eq!(
            split(Lang::Ru, "Выделено 37 млрд. долл. США на помощь.").len(),
            1
        );
        assert_eq!(
            split(Lang::Uk, "Він заплатив 375 000 дол. США за мовчання.").len(),
            1
        );
        assert_eq!(
            split(Lang::Kk, "Көлемі 60 млрд. АҚШ долларын құрайды.").len(),
            1
        );
        assert_eq!(
            split(Lang::Uk, "Він живе у м. Київ. Висота 300 м. Далі."),
            ["Він живе у м. Київ.", "Висота 300 м.", "Далі."]
        );
        assert_eq!(
            split(
                Lang::Kk,
                "Бұл оқиға тамыз 2023 ж. Елорда дамыды. Астана қ. Абай көш. бар."
            ),
            [
                "Бұл оқиға тамыз 2023 ж.",
                "Елорда дамыды.",
                "Астана қ. Абай көш. бар."
            ]
        );
        // A date that opens the sentence is not a sentence of its own.
        assert_eq!(split(Lang::Ru, "В 2012 г. Иванов уехал.").len(), 1);
    }

    #[test]
    fn en_abbreviations_and_initials() {
        let en = Lang::En;
        assert_eq!(
            split(en, "Mr. Smith met Dr. Jones on St. Mark's day.").len(),
            1
        );
        assert_eq!(split(en, "J. R. Smith wrote it. He left.").len(), 2);
        assert_eq!(
            split(
                en,
                "Apple Inc. The company grew. It moved to the U.S. Then it grew."
            ),
            [
                "Apple Inc.",
                "The company grew.",
                "It moved to the U.S.",
                "Then it grew."
            ]
        );
        assert_eq!(
            split(en, "The U.S. economy grew on Jan. 5 by 4.4 percent.").len(),
            1
        );
        assert_eq!(split(Lang::Bg, "Г. Иванов и Дж. Р. Смит дойдоха.").len(), 1);
    }

    #[test]
    fn decimals_and_urls_do_not_split() {
        assert_eq!(
            split(Lang::Bg, "Ръстът е 4,4% и 4.4 пункта. Виж www.inform.kz.").len(),
            2
        );
        assert_eq!(split(Lang::En, "It rose 4.4%. Then 5.5% more.").len(), 2);
    }

    #[test]
    fn quotes() {
        assert_eq!(
            split(Lang::Bg, "„Ще дойда – каза той.“ Следващо изречение."),
            ["„Ще дойда – каза той.“", "Следващо изречение."]
        );
        assert_eq!(
            split(Lang::Ru, "«Хорошо», — сказал он. «Идём!» Они ушли."),
            ["«Хорошо», — сказал он.", "«Идём!»", "Они ушли."]
        );
        assert_eq!(
            split(
                Lang::En,
                "He said \"Stop.\" Then \"Go!\" and \"Why?\" asked he."
            ),
            ["He said \"Stop.\"", "Then \"Go!\" and \"Why?\" asked he."]
        );
        // A question in quotes followed by the speaker's words in lower case goes on.
        assert_eq!(split(Lang::Bg, "„Защо?“ попита той.").len(), 1);
        // A closing `»` set off by a space.
        assert_eq!(
            split(
                Lang::Kk,
                "«Қарным ашты. » Ол кетті. «Олар ойлай ма? », – деп сұрады."
            ),
            [
                "«Қарным ашты. »",
                "Ол кетті.",
                "«Олар ойлай ма? », – деп сұрады."
            ]
        );
        // So does one followed by the speaker's name and a verb of saying.
        assert_eq!(
            split(
                Lang::En,
                "\"Are you ready?\" CNN reported. \"Yes!\" Jane Ann Smith said."
            ),
            [
                "\"Are you ready?\" CNN reported.",
                "\"Yes!\" Jane Ann Smith said."
            ]
        );
        assert_eq!(split(Lang::Ru, "«Идём!» Иван сказал.").len(), 1);
        assert_eq!(
            split(Lang::Bg, "„Защо сега?“ Тя каза, че не знае.").len(),
            2
        );
        assert_eq!(
            split(Lang::En, "\"Do you?\" She continued, \"I was.\"").len(),
            2
        );
        // But not when the capitalized words open a sentence of their own.
        assert_eq!(
            split(
                Lang::En,
                "\"Go!\" The crowd said nothing. \"Stop.\" Smith said the plan failed."
            ),
            [
                "\"Go!\"",
                "The crowd said nothing.",
                "\"Stop.\"",
                "Smith said the plan failed."
            ]
        );
    }

    #[test]
    fn dialogue_dashes() {
        assert_eq!(
            split(Lang::Bg, "Той мълча. — Ако говорим за САЩ, ръстът е 4,4%."),
            ["Той мълча.", "— Ако говорим за САЩ, ръстът е 4,4%."]
        );
        assert_eq!(split(Lang::Ru, "— Я приду! — сказал он.").len(), 1);
        assert_eq!(
            split(
                Lang::Bg,
                "— Здравей\n— Здрасти, как си?\nТой каза\n— и замълча."
            ),
            ["— Здравей", "— Здрасти, как си?", "Той каза\n— и замълча."]
        );
    }

    #[test]
    fn ellipses_and_runs() {
        assert_eq!(
            split(
                Lang::Bg,
                "Чакахме… и чакахме… Накрая дойде. Наистина?! Да..."
            ),
            [
                "Чакахме… и чакахме…",
                "Накрая дойде.",
                "Наистина?!",
                "Да..."
            ]
        );
        assert_eq!(split(Lang::En, "Wait... what? No.").len(), 2);
    }

    #[test]
    fn list_markers_and_numbers() {
        assert_eq!(split(Lang::Bg, "1. Първа точка.").len(), 1);
        assert_eq!(split(Lang::Bg, "II. Втори раздел.").len(), 1);
        assert_eq!(
            split(Lang::En, "He came second in World War II. Then he left."),
            ["He came second in World War II.", "Then he left."]
        );
        assert_eq!(
            split(Lang::En, "Sales rose in 2023. The year before they fell."),
            ["Sales rose in 2023.", "The year before they fell."]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            " ",
            ".",
            "..",
            "…",
            " . ",
            "а.",
            "„",
            "— ",
            ". А",
            "г. ",
            "  г. Х",
            "U.S. ",
            "1. ",
            "—",
            "„.“ „",
            "x .\u{a0}Y",
            "\u{feff}.",
            "д-р. ",
            "-. А",
            "'. '",
        ] {
            for lang in Lang::ALL {
                for (a, b) in split_paragraph(lang, text) {
                    assert!(a < b && b <= text.len(), "{text:?}");
                }
            }
        }
    }
}
