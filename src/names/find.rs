//! Finding names in a sentence: capitalized word sequences that are more than sentence-initial
//! capitals, hyphenated names, initials, names in quotes, Latin names in Cyrillic text and
//! acronyms (`САЩ`, `U.S.`, `EXIM`).
//!
//! A capitalized word in the middle of a sentence is a name unless its language's
//! `common_words.tsv` says it never is (English months, titles, demonyms). A word at the start
//! of a sentence (or of a quotation, or in a title-cased headline) needs more: not a common
//! word, never written lower-case elsewhere in the document, and some positive sign (seen
//! capitalized mid-sentence elsewhere, followed by another name word, Latin letters in a
//! Cyrillic text, an acronym, or a known place). A word after a title abbreviation (`Св.`,
//! `Dr.`) does not start a sentence. The document's vocabulary is built once per document
//! ([`DocWords`]); it also tells whether a name is made of ordinary words ([`is_ordinary_name`]).

use rustc_hash::FxHashSet as HashSet;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use super::tables::{tables, WordKind};
use super::translit::{
    is_apostrophe, is_letter, is_letter_or_digit, is_uppercase, key, to_lowercase,
};
use super::{exonym_ids, exonym_ids_of_word, Name};
use crate::document::Document;
use crate::lang::Lang;
use crate::segment::Sentence;

/// The words of a document that tell a name from a capitalized common word.
#[derive(Debug, Default)]
pub struct DocWords {
    /// Lower-case words and their stems, as written in lower case somewhere in the document.
    lower: HashSet<String>,
    /// Lower-case words as written, without stems: an adjective's stem (`еуропалық` →
    /// `еуропа`) is no evidence that a known place is an ordinary word.
    /// Worked out from the document's text when first needed (rarely: a known place starting a
    /// sentence whose stem is written in lower case).
    lower_exact: OnceLock<HashSet<String>>,
    /// Words (lower-cased, with stems) seen capitalized in the middle of a sentence.
    capital_mid: HashSet<String>,
    /// Words (lower-cased, as written) seen capitalized in the middle of a sentence with no
    /// capitalized word beside them: a name of one word (`Кайрат`, `Софарма`).
    alone: HashSet<String>,
    /// The words [`DocWords::mostly_capital_mid`] counts, read once: a long document opens
    /// many sentences with the same place (see [`DocWords::cased_words`]).
    cased_words: OnceLock<Vec<(String, bool)>>,
}

impl DocWords {
    /// Scans a whole text once.
    /// The words of a document's body (see [`body`]).
    pub fn of(doc: &Document) -> DocWords {
        DocWords::new(body(doc), doc.lang)
    }

    pub fn new(text: &str, lang: Lang) -> DocWords {
        let mut words = DocWords::default();
        // Words already added to `lower` or `capital_mid`: the stems of a repeated word are
        // in already.
        let (mut done_lower, mut done_capital) = (HashSet::default(), HashSet::default());
        // Line by line: a line's first word starts a sentence (headlines end without a stop),
        // and the capitals of a title-cased headline say nothing.
        for line in text.lines() {
            let toks = tokens(line, lang);
            let title_case = is_title_case(&toks, lang);
            for (k, tok) in toks.iter().enumerate() {
                let first = tok.text.chars().next().unwrap_or(' ');
                if first.is_lowercase() {
                    if done_lower.insert(tok.text) {
                        any_stem(tok.text, lang, |s| insert(&mut words.lower, s));
                    }
                } else if is_uppercase(first) && !tok.initial && k > 0 && !title_case {
                    let capital_before = tok.joined && is_capitalized(toks[k - 1].text);
                    let capital_after = toks
                        .get(k + 1)
                        .is_some_and(|n| n.joined && is_capitalized(n.text));
                    let alone = !capital_before && !capital_after;
                    if alone {
                        insert(&mut words.alone, &to_lowercase(tok.text));
                    }
                    if done_capital.insert(tok.text) {
                        any_stem(tok.text, lang, |s| insert(&mut words.capital_mid, s));
                    }
                }
            }
        }
        words
    }

    /// The names of one sentence of the document these words come from. Unlike [`find`], it
    /// needs no per-thread cache, so one `DocWords` can serve many threads (added for the
    /// data-parallel pipeline, `crate::pipeline`).
    pub fn find(&self, doc: &Document, sentence: &Sentence) -> Vec<Name> {
        find_with(self, doc, sentence)
    }

    fn written_lower(&self, word: &str, lang: Lang) -> bool {
        any_stem(word, lang, |s| self.lower.contains(s))
    }

    /// The document's words written in lower case, as written (worked out when first asked).
    fn lower_exact(&self, lang: Lang, text: &str) -> &HashSet<String> {
        self.lower_exact.get_or_init(|| {
            text.lines()
                .flat_map(|line| tokens(line, lang))
                .filter(|t| t.text.chars().next().is_some_and(char::is_lowercase))
                .map(|t| t.text.to_string())
                .collect()
        })
    }

    /// Whether the word itself, or an inflection of it but not an adjective made from it, is
    /// written in lower case: for a known place, only its own forms in lower case make it
    /// an ordinary word (`turkey`), not an adjective whose stem it shares (`еуропалық` for
    /// `Еуропа`, `американски` for `Америка`).
    fn written_lower_as_such(&self, word: &str, lang: Lang, text: &str) -> bool {
        let lower_exact = self.lower_exact(lang, text);
        let lower = to_lowercase(word);
        if lower_exact.contains(&lower) {
            return true;
        }
        let head: String = lower.chars().take(3).collect();
        lower_exact.iter().any(|w| {
            w.starts_with(&head)
                && super::demonyms::demonym(w, lang).is_empty()
                && any_stem(w, lang, |s| any_stem(&lower, lang, |t| t == s))
        })
    }

    /// Whether the document writes the word (or a word of its stem) capitalized inside a
    /// sentence more often than in lower case: a country or city that a translator once wrote
    /// in lower case (kk `қытайдың` beside `Қытайдан`, `Қытайға`), or whose lower-case form
    /// is also a people's or language's name (`қытай тілі`), is still the place the document
    /// names. Adjectives and demonyms made from it (`қытайлық`) count for neither side. Asked
    /// only of a known country or city opening a sentence whose stem is written in lower
    /// case; the words it counts are read from the text at the first such question.
    fn mostly_capital_mid(&self, word: &str, lang: Lang, text: &str) -> bool {
        let lower = &to_lowercase(word);
        // The word is itself an adjective or demonym of the place (`Ресейлік`): no name.
        if !super::demonyms::demonym(lower, lang).is_empty() {
            return false;
        }
        let head: String = lower.chars().take(3).collect();
        let (mut capital, mut small) = (0usize, 0usize);
        for (w, mid_capital) in self.cased_words(lang, text) {
            if !w.starts_with(&head)
                || !super::demonyms::demonym(w, lang).is_empty()
                || !any_stem(w, lang, |s| any_stem(lower, lang, |t| t == s))
            {
                continue;
            }
            if *mid_capital {
                capital += 1;
            } else {
                small += 1;
            }
        }
        capital > small
    }

    /// The document's words outside title-cased lines, lower-cased, each with whether it is
    /// written capitalized in the middle of a sentence (`true`) or in lower case (`false`);
    /// other words are left out. Read from the text when first asked for.
    fn cased_words(&self, lang: Lang, text: &str) -> &[(String, bool)] {
        self.cased_words.get_or_init(|| {
            let mut words = Vec::new();
            for line in text.lines() {
                let toks = tokens(line, lang);
                if is_title_case(&toks, lang) {
                    continue;
                }
                for (k, tok) in toks.iter().enumerate() {
                    let first = tok.text.chars().next().unwrap_or(' ');
                    if first.is_lowercase() {
                        words.push((to_lowercase(tok.text), false));
                    } else if is_uppercase(first) && !tok.initial && k > 0 {
                        words.push((to_lowercase(tok.text), true));
                    }
                }
            }
            words
        })
    }

    /// Whether the word itself, lower-cased, is written in lower case in the document.
    fn written_lower_exactly(&self, word: &str, lang: Lang, text: &str) -> bool {
        self.lower_exact(lang, text).contains(&to_lowercase(word))
    }

    fn seen_capital_mid(&self, word: &str, lang: Lang) -> bool {
        any_stem(word, lang, |s| self.capital_mid.contains(s))
    }

    /// Whether the word, as written, is a name of one word elsewhere in the document.
    fn seen_alone(&self, word: &str) -> bool {
        self.alone.contains(&to_lowercase(word))
    }
}

/// Whether `test` holds for the lower-cased word or one of its suffix-stripped stems (stems
/// of 3 letters or more), tried in that order; the stems are borrowed, not allocated.
fn any_stem(word: &str, lang: Lang, mut test: impl FnMut(&str) -> bool) -> bool {
    let lower = to_lowercase(word);
    if test(&lower) {
        return true;
    }
    let latin = word.chars().any(|c| c.is_ascii_alphabetic());
    let lang = if latin { Lang::En } else { lang };
    // Most endings fail on their last byte: test it before comparing the whole ending.
    let last = lower.as_bytes().last().copied();
    tables()
        .lang(lang)
        .suffixes
        .iter()
        .filter(|(ending, _)| ending.as_bytes().last().is_none_or(|&b| Some(b) == last))
        .filter_map(|(ending, _)| lower.strip_suffix(ending))
        .filter(|s| s.chars().count() >= 3)
        .any(test)
}

/// The lower-cased word and its suffix-stripped stems (3 letters or more), allocated: for
/// building tables once; per-word look-ups use [`any_stem`].
fn stems(word: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    any_stem(word, lang, |s| {
        out.push(s.to_string());
        false
    });
    out
}

/// The endings of surnames (`surname` rows of `suffixes.tsv`), in a language whose two
/// surnames side by side are two people: one whose case endings end a name (`last` rows,
/// Kazakh, verb-final). Elsewhere the rows only tell a surname's shape ([`surname_shaped`]).
fn closing_surnames(lang: Lang) -> &'static [&'static str] {
    let t = tables().lang(lang);
    if t.closing.is_empty() {
        &[]
    } else {
        &t.surname_endings
    }
}

/// Whether a word, as written or with a case ending stripped, ends as a surname does
/// (`Әлиевті`: Әлиев), with three letters before the ending. A given name the dictionary
/// lists capitalized (kk `Мадина`, `Зарина`: its list of first names) is none.
fn surname_shaped(word: &str, lang: Lang) -> bool {
    !crate::spelling::knows_only_capitalized(word, lang) && ends_as_surname(word, lang)
}

/// Whether a word, as written or with a case ending stripped, ends as a surname does, with
/// three letters before the ending, whatever the dictionary says of it (ru `Петрова`, which
/// the dictionary lists capitalized among its names).
fn ends_as_surname(word: &str, lang: Lang) -> bool {
    let endings = &tables().lang(lang).surname_endings;
    any_stem(word, lang, |s| {
        endings
            .iter()
            .any(|e| s.strip_suffix(e).is_some_and(|b| b.chars().count() >= 3))
    })
}

/// Whether what looks like a case ending of `word` (lower case) is part of the word itself:
/// the dictionary knows the word but not the stem the ending would leave (kk `Дастан`,
/// `Сұлтан`: no `Дас` + `-тан`, `Сұл` + `-тан`). Without a dictionary, false.
fn ending_is_the_words(word: &str, stem: &str, lang: Lang) -> bool {
    crate::spelling::knows(word, lang) == Some(true)
        && crate::spelling::knows(stem, lang) == Some(false)
}

/// Adds a word to a set, allocating only when it is new; never "found" (for [`any_stem`]).
fn insert(set: &mut HashSet<String>, word: &str) -> bool {
    if !set.contains(word) {
        set.insert(word.to_string());
    }
    false
}

/// The document's text after its ` date YYYY-MM-DD` line: the vocabulary of its words comes
/// from here, or the article's first word, after the date on that line, would count as a
/// capital seen inside a sentence (a name).
fn body(doc: &Document) -> &str {
    doc.text.get(doc.body_start..).unwrap_or(&doc.text)
}

/// A finder bound to one document: build it once, call [`NameFinder::find`] per sentence.
pub struct NameFinder {
    words: Rc<DocWords>,
}

impl NameFinder {
    pub fn new(doc: &Document) -> NameFinder {
        NameFinder {
            words: Rc::new(DocWords::of(doc)),
        }
    }

    /// The names of one sentence of the document.
    pub fn find(&self, doc: &Document, sentence: &Sentence) -> Vec<Name> {
        find_with(&self.words, doc, sentence)
    }
}

thread_local! {
    /// The vocabulary of the last document seen on this thread: `find` is called sentence by
    /// sentence, and rebuilding it per sentence would be quadratic.
    static LAST_DOC: RefCell<Option<(DocId, Rc<DocWords>)>> = const { RefCell::new(None) };
}

#[derive(PartialEq, Eq, Clone, Copy)]
struct DocId {
    ptr: usize,
    len: usize,
    lang: Lang,
    hash: u64,
}

fn doc_id(doc: &Document) -> DocId {
    // FNV-1a over the text, 8 bytes at a time: cheap next to tokenizing it.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = doc.text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        hash = (hash ^ u64::from_le_bytes(w)).wrapping_mul(0x0100_0000_01b3);
    }
    for &b in chunks.remainder() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    DocId {
        ptr: bytes.as_ptr() as usize,
        len: bytes.len(),
        lang: doc.lang,
        hash,
    }
}

/// The names of one sentence of `doc` (the document's vocabulary is cached per thread).
pub fn find(doc: &Document, sentence: &Sentence) -> Vec<Name> {
    let id = doc_id(doc);
    let words = LAST_DOC.with(|cell| {
        let mut cell = cell.borrow_mut();
        match cell.as_ref() {
            Some((last, w)) if *last == id => Rc::clone(w),
            _ => {
                let w = Rc::new(DocWords::of(doc));
                *cell = Some((id, Rc::clone(&w)));
                w
            }
        }
    });
    find_with(&words, doc, sentence)
}

/// A word of a text, with what precedes it.
#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// At the start of a sentence, a quotation or after a colon.
    initial: bool,
    /// An opening quotation mark stands right before it.
    after_open_quote: bool,
    /// Only spaces separate it from the previous word.
    joined: bool,
    /// A closing quotation mark follows right after it.
    before_close_quote: bool,
    /// A single letter followed by a dot (`Г.`, `J.`).
    dotted_initial: bool,
    /// A title or word that stands before a name, with its stop (`Св.`, `Dr.`, `ул.`: the
    /// `never` abbreviations of the language): no name itself, and the word after it does not
    /// start a sentence.
    title: bool,
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '„' | '«' | '“' | '"' | '‘' | '‚' | '\'')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '“' | '»' | '”' | '"' | '’' | '\'' | '‘')
}

fn is_word_char(c: char) -> bool {
    is_letter_or_digit(c)
}

/// Whether a word after `gap` opens the article's text after an agency dateline (`BURGAS, Aug
/// 14 (BTA) - The tanker…`, `ASTANA, Sept 10 - The work…`): a spaced dash after the agency's
/// bracket, or the first dash of a sentence that opens with a place in capitals. Its first
/// word is then a sentence's (`The`), not a capital inside one.
fn after_dateline(text: &str, out: &[Token], gap: &str) -> bool {
    let dash = matches!(gap.trim(), "-" | "–" | "—" | ") -" | ") –" | ") —");
    if !dash || !gap.starts_with([' ', ')']) || !gap.ends_with(' ') {
        return false;
    }
    if gap.starts_with(')') {
        return true;
    }
    let Some(first) = out.first() else {
        return false;
    };
    let capitals =
        first.text.chars().count() >= 2 && first.text.chars().all(|c| is_uppercase(c) || c == '-');
    let first_dash =
        !text[first.end..out.last().map_or(first.end, |t| t.end)].contains(['-', '–', '—']);
    capitals && first_dash
}

/// Splits a text into words. A word is a run of letters and digits, with inner hyphens and
/// apostrophes (`Касим-Жомарт`, `O'Brien`) and the dots of a dotted acronym (`U.S.`).
fn tokens(text: &str, lang: Lang) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut prev_end = 0;
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i;
        let mut chars = text[i..].char_indices().peekable();
        while let Some((k, ch)) = chars.next() {
            let at = i + k;
            if is_word_char(ch) {
                end = at + ch.len_utf8();
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            let inner = matches!(ch, '-' | '‑') || is_apostrophe(ch);
            if inner && next.is_some_and(is_word_char) {
                continue;
            }
            // U.S., U.N.: single capitals each followed by a dot.
            if ch == '.' && dotted_acronym_so_far(&text[start..at]) {
                end = at + 1;
                if next.is_some_and(is_uppercase) {
                    continue;
                }
            }
            break;
        }
        let word = &text[start..end];
        let gap = &text[prev_end..start];
        let dotted_initial = word.ends_with('.')
            && letters(word).count() == 1
            && letters(word).all(is_uppercase)
            && text[end..].starts_with(' ')
            && text[end..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(is_uppercase);
        let prev_close = out
            .last()
            .map(|t: &Token| t.dotted_initial && gap.trim() == ".")
            .unwrap_or(false);
        let after_title = out
            .last()
            .is_some_and(|t: &Token| t.title && gap.trim() == ".");
        let title = text[end..].starts_with('.') && is_title_abbreviation(word, lang);
        let initial = !prev_close
            && !after_title
            && (prev_end == 0 && gap.trim().chars().all(|c| !is_letter_or_digit(c))
                || gap
                    .chars()
                    .any(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';'))
                || after_dateline(text, &out, gap));
        let after_open_quote = gap.trim_end().chars().last().is_some_and(is_open_quote);
        let joined = gap.chars().all(char::is_whitespace) || prev_close;
        let before_close_quote = text[end..].chars().next().is_some_and(is_close_quote);
        out.push(Token {
            start,
            end,
            text: word,
            initial: initial
                || (after_open_quote && gap.trim().chars().count() == 1 && out.is_empty()),
            after_open_quote,
            joined: joined && !out.is_empty(),
            before_close_quote,
            dotted_initial,
            title,
        });
        prev_end = end;
        i = end.max(i + 1);
        while i < text.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// Whether `word` followed by a stop is one of the language's `never` abbreviations (titles
/// and words that stand before a name: `Св.`, `г-н.`, `Dr.`), read from `abbreviations.tsv`.
fn is_title_abbreviation(word: &str, lang: Lang) -> bool {
    static TITLES: OnceLock<Vec<HashSet<String>>> = OnceLock::new();
    let all = TITLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                crate::lang::rows(crate::segment::abbreviation_table(l))
                    .filter(|r| r.get(1) == Some(&"never"))
                    .filter_map(|r| r.first()?.strip_suffix('.'))
                    // One word: `т.е.` and the like are no titles.
                    .filter(|a| !a.contains('.'))
                    .map(to_lowercase)
                    .collect()
            })
            .collect()
    });
    all[super::tables::lang_index(lang)].contains(&to_lowercase(word))
}

fn dotted_acronym_so_far(s: &str) -> bool {
    let mut chars = s.chars();
    let mut n = 0;
    loop {
        match chars.next() {
            None => return n > 0,
            Some(c) if is_uppercase(c) => n += 1,
            Some(_) => return false,
        }
        match chars.next() {
            None => return true,
            Some('.') => {}
            Some(_) => return false,
        }
    }
}

/// The part of a hyphenated word that belongs to a name: leading capitalized parts, with
/// lower-case parts kept only between capitalized ones (`Direct-to-Sell`; `АТЕС-срещата` → `АТЕС`).
/// An Arabic article before a capitalized part is the name's (`ал-Фалих`, `аль-Джабер`,
/// `әл-Рамахи`, `al-Falih`): a `connector` of a language's `common_words.tsv`.
fn name_part(word: &str) -> &str {
    if romanized_given_name(word) {
        return word;
    }
    let mut keep = 0;
    let mut pos = 0;
    for (k, part) in word.split(['-', '‑']).enumerate() {
        let end = pos + part.len();
        if part.chars().next().is_some_and(is_uppercase) {
            keep = end;
        } else if keep == 0 && !(k == 0 && is_name_particle(part)) {
            return "";
        }
        pos = end + word[end..].chars().next().map_or(0, char::len_utf8);
    }
    &word[..keep]
}

/// Whether a lower-case word joins the words of a name in some language (`connector` rows of
/// `common_words.tsv`: `al`, `ал`, `аль`, `әл`).
fn is_name_particle(word: &str) -> bool {
    Lang::ALL
        .iter()
        .any(|&lang| tables().lang(lang).words.get(word) == Some(&WordKind::Connector))
}

/// A Korean given name romanized with a hyphen, its second syllable in lower case
/// (`Jae-myung`, `Jong-un`, `Suk-yeol`): a syllable of 2 to 4 capitalized letters, a hyphen,
/// one of 2 to 5 lower-case letters that the English dictionary does not know; an English
/// compound's second part is a word (`Kyiv-based`, `Xi-led`). Without a dictionary, none.
fn romanized_given_name(word: &str) -> bool {
    let Some((head, tail)) = word.split_once('-') else {
        return false;
    };
    let ascii_lower = |s: &str| s.chars().all(|c| c.is_ascii_lowercase());
    let mut head_chars = head.chars();
    head_chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && ascii_lower(head_chars.as_str())
        && (2..=4).contains(&head.len())
        && ascii_lower(tail)
        && (2..=5).contains(&tail.len())
        && crate::spelling::knows(tail, Lang::En) == Some(false)
}

/// Letters of a word (hyphens, apostrophes, dots aside).
fn letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|&c| is_letter(c))
}

/// An acronym: 2 to 6 letters, all capitals (a plural `s` aside: `MWPs`).
pub fn is_acronym(word: &str) -> bool {
    let body = word.strip_suffix('s').unwrap_or(word);
    let n = letters(body).count();
    (2..=6).contains(&n) && letters(body).all(is_uppercase)
}

/// A title-cased headline: three or more words of four letters or more that the language's
/// table does not know (`President`, `Monday` say nothing), three in four of them capitalized,
/// and no word in lower case but the short words of the table (`of`, `in`, `from`), which
/// title case leaves lower: a verb in lower case (`He met Johnny Smith in Utah.`) is prose,
/// where a headline writes `Meets`.
fn is_title_case(toks: &[Token], lang: Lang) -> bool {
    let kinds = &tables().lang(lang).words;
    let prose_word = toks.iter().any(|t| {
        let n = letters(t.text).count();
        !is_capitalized(t.text)
            && t.text.chars().next().is_some_and(char::is_alphabetic)
            && n >= 3
            && !(n <= TITLE_CASE_LOWER_LETTERS && kinds.contains_key(t.text))
    });
    if prose_word {
        return false;
    }
    let long: Vec<&Token> = toks
        .iter()
        .filter(|t| {
            t.text.chars().count() >= 4
                && !(if is_capitalized(t.text) {
                    kinds.contains_key(to_lowercase(t.text).as_str())
                } else {
                    kinds.contains_key(t.text)
                })
        })
        .collect();
    let capitalized = long.iter().filter(|t| is_capitalized(t.text)).count();
    // Title case is an English habit: a Cyrillic sentence is read as a headline only when
    // every such word is capitalized (one copying the English); one with several names and a
    // verb in lower case (`Пресс-секретарь Трампа, Сара Сандерс, выступила`) is prose.
    let needed = if lang.is_cyrillic() {
        long.len()
    } else {
        (long.len() * 3).div_ceil(4)
    };
    (long.len() >= 3 && capitalized >= needed) || short_title_case(toks, lang)
}

/// A short headline in title case, with too few long words for [`is_title_case`] to count
/// (`It Is Very Bad`, `And Women Need to Wield It`, `It Didn't Go Well`): three words or
/// more, every one capitalized but the short words title case leaves lower, and a word of
/// `title_case_words.tsv` capitalized after the first (`Is`, `It`, `Well`), which prose
/// capitalizes only to open a sentence. English only, like title case.
fn short_title_case(toks: &[Token], lang: Lang) -> bool {
    static TITLE_CASE_WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    if lang != Lang::En {
        return false;
    }
    let title_case_words = TITLE_CASE_WORDS.get_or_init(|| {
        crate::lang::rows(include_str!("../lang/en/title_case_words.tsv"))
            .filter_map(|row| row.first().copied())
            .collect()
    });
    let kinds = &tables().lang(lang).words;
    let words: Vec<&Token> = toks
        .iter()
        .filter(|t| t.text.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let title_case_word = |t: &Token| {
        let lower = to_lowercase(t.text).replace('’', "'");
        title_case_words.contains(lower.as_str())
    };
    words.len() >= 3
        && words.iter().all(|t| {
            is_capitalized(t.text)
                || (letters(t.text).count() <= TITLE_CASE_LOWER_LETTERS
                    && kinds.contains_key(t.text))
        })
        && words[1..]
            .iter()
            .any(|t| is_capitalized(t.text) && title_case_word(t))
}

/// The longest word of the language's table that title case may leave in lower case
/// (`from`, `with`, `about`; AP and Chicago styles differ between four and five letters).
const TITLE_CASE_LOWER_LETTERS: usize = 5;

/// At most this many words make the portfolio after an English title's `of` (`Minister of
/// Tourism and Sports`): a title rule reaches no further.
const PORTFOLIO_WORDS: usize = 5;

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(is_uppercase)
}

fn find_with(words: &DocWords, doc: &Document, sentence: &Sentence) -> Vec<Name> {
    let lang = doc.lang;
    let text = sentence.text.as_str();
    let toks = tokens(text, lang);
    let kinds = &tables().lang(lang).words;
    // A title inflected is still a title (`Сенаторы`, `Президента`): a `never` word is looked
    // up through its stems too; other kinds only as written.
    let kind_of = |w: &str| {
        kinds.get(to_lowercase(w).as_str()).copied().or_else(|| {
            [WordKind::Never, WordKind::AfterName]
                .into_iter()
                .find(|&kind| any_stem(w, lang, |s| kinds.get(s) == Some(&kind)))
        })
    };
    let en_kinds = &tables().lang(Lang::En).words;

    let title_case = is_title_case(&toks, lang);
    // Shouting: a run of three or more words in capitals is not a run of acronyms.
    let caps = |t: &Token| t.text.chars().count() >= 2 && letters(t.text).all(is_uppercase);
    let mut shouted = vec![false; toks.len()];
    let mut k = 0;
    while k < toks.len() {
        let run = toks[k..].iter().take_while(|t| caps(t)).count();
        if run >= 3 {
            shouted[k..k + run].iter_mut().for_each(|s| *s = true);
        }
        k += run.max(1);
    }

    // Spans of quoted names: „Тау-Кен Самрук“, «Жаңа Қазақстан».
    let mut quoted = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        if !t.after_open_quote || !is_capitalized(t.text) {
            continue;
        }
        if let Some(len) = (0..6).find(|&k| {
            toks.get(i + k)
                .is_some_and(|e| e.before_close_quote && (k == 0 || e.joined))
        }) {
            // A quotation that opens the sentence is a quoted sentence (`„Ще продължим“,
            // каза той`) unless the sentence goes on after it in lower case and its first
            // word is no ordinary word (`"People socialize differently" nowadays`): then it is
            // the subject, a quoted name (`„Казатомпром“ е произвел`).
            let goes_on_lower = || {
                let close = toks[i + len].end;
                let rest = text[close..].trim_start_matches(is_close_quote);
                rest.starts_with(' ')
                    && rest
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            };
            let ordinary = |w: &str| {
                let latin = w.chars().any(|c| c.is_ascii_alphabetic());
                let dictionary_lang = if latin { Lang::En } else { lang };
                is_ordinary_word(w, lang, Some(words))
                    || crate::spelling::knows(&to_lowercase(w), dictionary_lang) == Some(true)
            };
            if t.initial && (!goes_on_lower() || ordinary(name_part(t.text))) {
                continue;
            }
            if (1..=len).all(|k| toks[i + k].joined) {
                quoted[i..=i + len].iter_mut().for_each(|q| *q = true);
            }
        }
    }

    let mut is_name = vec![false; toks.len()];
    let mut adjective = vec![false; toks.len()];
    // A sentence's first word the dictionary may name (see below): the word to look up.
    let mut opening_to_look_up: Vec<Option<&str>> = vec![None; toks.len()];
    // A sentence's first word that meets a known place only through a stem and is an ordinary
    // word of the dictionary (uk `Ніколи`, never, meets the stem of `Николаев`; ru `Обе`,
    // both, of `Обь`): a name only before another name word (`John Edward`). A listed
    // spelling stays a name (ru `Кремль`, also a common noun), and so do a compound
    // (`Нью-Йоркская`) and the first word of a known name of several (`Зелената партия`).
    let mut opening_ordinary_place = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        // A hyphenated known name stays whole: `Премьер-лиги` (capitalized: `юго-запада` is
        // a word of a known region written as an ordinary word, no name).
        let part = if t.text.contains('-')
            && is_capitalized(t.text)
            && !exonym_ids(t.text, lang).is_empty()
        {
            t.text
        } else {
            name_part(t.text)
        };
        if part.is_empty() || t.title {
            continue;
        }
        // A hyphenated title is looked up whole: `Премьер-министрдің` is a title, though its
        // capitalized first part alone (`Премьер`) is only a common word.
        if part.len() < t.text.len()
            && matches!(kind_of(t.text), Some(WordKind::Never | WordKind::AfterName))
        {
            continue;
        }
        let latin_word = part.chars().any(|c| c.is_ascii_alphabetic());
        // `Saturday's` is looked up as `saturday`.
        let bare = part
            .strip_suffix("'s")
            .or_else(|| part.strip_suffix("’s"))
            .unwrap_or(part);
        let kind = if latin_word && lang != Lang::En {
            en_kinds
                .get(to_lowercase(part).as_str())
                .or_else(|| en_kinds.get(to_lowercase(bare).as_str()))
                .copied()
        } else {
            kind_of(part).or_else(|| kind_of(bare))
        };
        // A word of seven capitals or more is shouted (`DEVASTATING`), unless a dictionary
        // that writes names capitalized does not know it in lower case: a name written in
        // capitals (uk `НАЙДЖЕЛА ФАРАДЖА`), which meets its title-case spelling.
        let long_caps = letters(part).count() >= 7 && letters(part).all(is_uppercase) && {
            let dictionary_lang = if latin_word { Lang::En } else { lang };
            !crate::spelling::writes_names_capitalized(dictionary_lang)
                || crate::spelling::knows_as_ordinary_word(part, dictionary_lang)
        };
        // A title closing a known body's name (`Council of Ministers`) is the name's last word.
        let ends_known_body = || {
            i >= 2
                && is_capitalized(toks[i - 2].text)
                && is_known_whole(&text[toks[i - 2].start..t.end], lang, KEPT_WHOLE)
        };
        if (matches!(kind, Some(WordKind::Never | WordKind::AfterName)) && !ends_known_body())
            || (part.chars().count() == 1 && !t.dotted_initial)
            || shouted[i]
            || (long_caps && exonym_ids(part, lang).is_empty())
        {
            continue;
        }
        // `XIV век`, `XIV–XV ғасырлар`, `III тримесечие`, `ХIХ век` (a Cyrillic `Х`): a
        // Roman numeral that counts a century or a part of a year is a figure (read as one),
        // no name.
        if crate::figures::scan::roman_counts_a_date(text, t.start, lang) {
            continue;
        }
        if kind == Some(WordKind::Adjective) {
            adjective[i] = true;
            continue;
        }
        // In an English title-cased headline every word is capitalized, quoted or not (`Will
        // Take "Hard Look" At Running`): the quotation marks say nothing there. (A Cyrillic
        // line of capitalized words is mostly names, the quoted one among them: `Аласдаир
        // Ламонт от BBC Scotland на „Tony Macaroni Arena“`.)
        if quoted[i] && !(title_case && lang == Lang::En) {
            is_name[i] = true;
            continue;
        }
        let acronym = is_acronym(part);
        // A quotation opens with a capital whatever its first word (`said, "You see…`), so
        // its first word is read as a sentence's; a quoted name is found above.
        let opening = t.initial || i == 0 || opens_quotation(text, &toks, i);
        let sentence_like = opening || title_case;
        // A common word in capitals is shouted, not an acronym (`I chose NOT to`).
        if acronym
            && letters(part).count() >= 3
            && kind == Some(WordKind::Common)
            && exonym_ids(part, lang).is_empty()
        {
            continue;
        }
        // An ordinal capitalized in mid-sentence before a word in lower case heads a name
        // of ordinary words, which Bulgarian writes with its first capital only (`Първа
        // лига`, `Първи канал`, `Втора лига`): alone it is no name, and a reference that
        // words it its own way (`чемпионат Болгарии`) names nothing of it. Not the first
        // word of a known name (`Първата световна война`), found whole below, nor one before
        // a function word (`на Първа беше`: a name then, its verb after it).
        let opens_known_name = || {
            opens_known_run(&toks, i, text, lang, LONGEST_KNOWN_TAIL, |run| {
                !exonym_ids(run, lang).is_empty()
            })
        };
        let ordinal_heads = !quoted[i]
            && crate::figures::words::is_ordinal(part, lang)
            && toks.get(i + 1).is_some_and(|n| {
                n.joined
                    && n.text.starts_with(char::is_lowercase)
                    && !crate::lang::is_function_word(n.text, lang)
            })
            && !opens_known_name();
        if !sentence_like && ordinal_heads {
            continue;
        }
        if !sentence_like {
            is_name[i] = true;
            continue;
        }
        if kind.is_some() {
            continue;
        }
        let known_place = !exonym_ids_of_word(part, lang).is_empty();
        // An acronym is an ordinary word only when it is itself written in lower case: a
        // lower-case word sharing its stem says nothing of it (`ақша`, money, is no `АҚШ`).
        let ordinary_here = if acronym {
            words.written_lower_exactly(part, lang, body(doc))
        } else {
            words.written_lower(part, lang)
                && (!known_place
                    || (words.written_lower_as_such(part, lang, body(doc))
                        && !(is_known_whole(part, lang, COUNTRY_OR_CITY)
                            && words.mostly_capital_mid(part, lang, body(doc)))))
        };
        // A sentence's first word that opens a known name of several words, written whole as
        // one of its spellings, is a name, ordinary word though it be (`Комисията за защита
        // на личните данни може…`): it was found whole in mid-sentence, at a sentence's
        // start not at all.
        let opens_known = opening
            && !title_case
            && opens_known_run(&toks, i, text, lang, LONGEST_KNOWN_TAIL + 1, |run| {
                is_known_whole(run, lang, KEPT_WHOLE)
            });
        if ordinary_here && !opens_known {
            continue;
        }
        // A title that follows a name (`Гендон мырза`) names the word before it.
        let title_follows = toks
            .get(i + 1)
            .is_some_and(|n| n.joined && kind_of(n.text) == Some(WordKind::AfterName));
        if opening && !title_case {
            opening_to_look_up[i] = Some(bare);
        }
        opening_ordinary_place[i] = known_place
            && opening
            && !part.contains('-')
            && crate::spelling::knows_as_ordinary_word(part, lang)
            && !written_as_known(part, lang)
            && !(1..=3).any(|k| {
                toks.get(i + k)
                    .is_some_and(|n| is_known_whole(&text[t.start..n.end], lang, KEPT_WHOLE))
            });
        is_name[i] = acronym
            || t.dotted_initial
            || words.seen_capital_mid(part, lang)
            || (latin_word && lang.is_cyrillic())
            || (known_place && !opening_ordinary_place[i])
            || opens_known
            || title_follows
            || foreign_word(part, lang, words)
            || capitalized_compound(part, lang);
    }

    // A sentence's first word that the language's dictionary knows only with its capital, or
    // in no form, is a name (`Аризона`, `Reuters`, `Рамірес`; `Калзадилла`), when it stands
    // alone: before another name word it is mostly a first name (`Нельсон Мандела`), which
    // another language's dictionary may not list, so that one text would name more words than
    // the other. Not in a line of capitalized words (a headline), where the next word's case
    // tells nothing.
    //
    // Hunspell lists proper names capitalized (`Даниел`, `Аризона`, `Рамірес`): a word it
    // knows only so is a name; so is a Cyrillic word it knows in no form, not even by its stem
    // (see `unknown_in_every_form`: the dictionaries miss many inflected words, kk
    // `Компанияның`, whose stems they know). The dictionary is asked last, and only for a word
    // that is no name yet: the second question costs some hundred look-ups.
    for i in 0..toks.len() {
        let Some(bare) = opening_to_look_up[i] else {
            continue;
        };
        let name_follows = toks.get(i + 1).is_some_and(|n| n.joined && is_name[i + 1]);
        if !is_name[i]
            && !name_follows
            && (crate::spelling::knows_only_capitalized(bare, lang)
                || unknown_in_every_form(bare, lang))
        {
            is_name[i] = true;
        }
        // Before a surname (a word ending as the language's surnames do, `surname` rows of
        // `suffixes.tsv`) it is the person's given name, though it be a common word too (ru
        // `Вера Иванова`, bg `Роза Петрова`, kk `Сұлтан Назарбаев`): every language names
        // the person whole. Not a function word or a word of the table by a stem of four
        // letters or more (a title: `Депутатът Петров`), nor before a place or an acronym.
        let surname_follows = name_follows && {
            let next = toks[i + 1].text;
            !quoted[i + 1]
                && !is_acronym(next)
                && !is_place(next, lang)
                && ends_as_surname(next, lang)
                // A given name and a surname already (`Американка Кетрін Майорга`): the
                // opening word is a title or demonym before them.
                && !toks.get(i + 2).is_some_and(|n| n.joined && is_name[i + 2])
        };
        if !is_name[i]
            && surname_follows
            && !crate::lang::is_function_word(&to_lowercase(bare), lang)
            && !any_stem(bare, lang, |s| {
                s.chars().count() >= 4 && kinds.contains_key(s)
            })
        {
            is_name[i] = true;
        }
    }

    for i in 0..toks.len() {
        if opening_ordinary_place[i] && toks.get(i + 1).is_some_and(|n| n.joined && is_name[i + 1])
        {
            is_name[i] = true;
        }
    }

    // A lone capitalized ordinary word that labels what follows it is no name: a class or
    // category before its letter or number (`Class A`, `Category 1`), a month before or after
    // a day (`May 30`), a portfolio before its title (`Energy Secretary`). Translations write
    // these in lower case (`клас А`, `30 май`, `министър на енергетиката`).
    for i in 0..toks.len() {
        if !is_name[i] || quoted[i] {
            continue;
        }
        // A known place beside it stands apart (`US Energy Secretary`).
        // So does an adjective heading its name (`Labour Party spokesman`) or a name joined
        // by a connector (`The Power of Nutrition ambassador`): the label is a body's name.
        let joins = |k: usize| is_name[k] && !is_place(toks[k].text, lang);
        let joined_after = toks.get(i + 1).is_some_and(|n| n.joined && joins(i + 1));
        let connector_before = i > 1
            && toks[i - 1].joined
            && kind_of(toks[i - 1].text) == Some(WordKind::Connector)
            && joins(i - 2);
        let joined_before =
            i > 0 && toks[i].joined && (joins(i - 1) || adjective[i - 1] || connector_before);
        let alone = !joined_after && !joined_before;
        if alone && labels_what_follows(&toks, i, lang, words, &kind_of) {
            is_name[i] = false;
        }
    }

    // An English title takes the common word beside it (`Attorney General`, `Secretary of
    // State`, `Minority Leader`): the title is no name, only the person it names (`Jeff
    // Sessions`, `Mike Pompeo`, `Nancy Pelosi`), which translations write apart from the title
    // they put in words. Only words of `common_words.tsv` (not words written in lower case
    // somewhere in the document: `Mayor Bill de Blasio` keeps Bill).
    if lang == Lang::En {
        let common = |is_name: &[bool], k: usize| {
            is_name[k]
                && !quoted[k]
                && kinds.get(to_lowercase(toks[k].text).as_str()) == Some(&WordKind::Common)
                && exonym_ids(toks[k].text, lang).is_empty()
        };
        for i in 0..toks.len() {
            if !is_capitalized(toks[i].text) || kind_of(toks[i].text) != Some(WordKind::Never) {
                continue;
            }
            let mut after = i + 1;
            if toks.get(after).is_some_and(|t| {
                t.joined && to_lowercase(t.text) == "of" && toks.get(after + 1).is_some()
            }) {
                after += 1;
            }
            // The title names someone: a name word follows it (`Prime Minister May said`
            // keeps May, `Christmas Day` its day).
            // (After `of`, only when the person follows it: else the portfolio may go on,
            // `Minister of Tourism and Sports`.)
            // (A common word next is the portfolio going on, `Minister of Water Resources`.)
            let name_after = |k: usize| {
                toks.get(k + 1)
                    .is_some_and(|t| t.joined && is_name[k + 1] && !common(&is_name, k + 1))
            };
            let mut title_end = if toks.get(after).is_some_and(|t| t.joined)
                && common(&is_name, after)
                && (after == i + 1 || name_after(after))
            {
                after
            } else {
                i
            };
            // A portfolio of several words after `of` ends at its last common word before
            // the person (`Minister of Tourism and Sports Yerbol Myrzabosynov`, `Chairman of
            // the Board Aidar Arifkhanov`, `Akim of Almaty Region Marat Sultangaziyev`): its
            // short lower-case words are the table's (`and`, `the`, `for`).
            if title_end == i && after > i + 1 {
                let short_word = |t: &Token| {
                    !is_capitalized(t.text)
                        && letters(t.text).count() <= TITLE_CASE_LOWER_LETTERS
                        && kinds.contains_key(t.text)
                };
                let mut j = after;
                while j < toks.len() && j < after + PORTFOLIO_WORDS && toks[j].joined {
                    let person_next = toks
                        .get(j + 1)
                        .is_some_and(|n| n.joined && is_name[j + 1] && !common(&is_name, j + 1));
                    if common(&is_name, j) && person_next {
                        title_end = j;
                        break;
                    }
                    if !(is_name[j] || short_word(&toks[j])) {
                        break;
                    }
                    j += 1;
                }
            }
            let person_follows = toks
                .get(title_end + 1)
                .is_some_and(|t| t.joined && is_name[title_end + 1]);
            if !person_follows {
                continue;
            }
            // The portfolio's common words are no names either (`Tourism` of `Minister of
            // Tourism and Sports`): the translations word them (`министър на туризма`).
            for k in after..=title_end {
                if k > i && common(&is_name, k) {
                    is_name[k] = false;
                }
            }
            // The common word that ends a known body's name stays in it (`World Bank
            // President Ajay Banga`, `European Central Bank President Christine Lagarde`).
            let ends_known_body = |k: usize| {
                (1..=3).any(|n| {
                    k >= n
                        && (k - n..k).all(|j| toks[j + 1].joined && is_capitalized(toks[j].text))
                        && is_known_whole(&text[toks[k - n].start..toks[k].end], lang, KEPT_WHOLE)
                })
            };
            if i > 0 && toks[i].joined && common(&is_name, i - 1) && !ends_known_body(i - 1) {
                is_name[i - 1] = false;
            }
        }
    }

    // A word opening a sentence that makes a known place, body or event with the name word
    // after it is its first word (`Лос Анджелес Лейкерс`, `Сан Диего`, `Райдер Кубогінің`):
    // alone it says nothing.
    for i in 0..toks.len().saturating_sub(1) {
        if is_name[i]
            || !is_capitalized(toks[i].text)
            || matches!(
                kind_of(toks[i].text),
                Some(WordKind::Never | WordKind::AfterName)
            )
        {
            continue;
        }
        // The place may have three words (`Біріккен Ұлттар Ұйымы`).
        let makes_place = (1..=2).any(|k| {
            toks.get(i + k).is_some_and(|last| {
                (1..=k).all(|j| is_name[i + j] && toks[i + j].joined)
                    && is_known_whole(&text[toks[i].start..last.end], lang, OPENED_WHOLE)
            })
        });
        if makes_place {
            is_name[i] = true;
        }
    }

    // An adjective starts a name when a name word follows it: `Republican Party`; not a
    // demonym before a person's name (`Brazilian Vinícius Júnior`, `the Italian Raffaele
    // Fitto`), which translations write apart (`бразилецът Винисиус Жуниор`): two name words
    // or more, none an ordinary word (of the table, the document or the dictionary), a known
    // place or an acronym.
    let person_after = |is_name: &[bool], i: usize| {
        let run = toks[i + 1..]
            .iter()
            .zip(&is_name[i + 1..])
            .take_while(|(t, &name)| name && t.joined)
            .count();
        run >= 2
            && toks[i + 1..=i + run].iter().all(|t| {
                let dictionary_lang = if t.text.chars().any(|c| c.is_ascii_alphabetic()) {
                    Lang::En
                } else {
                    lang
                };
                !is_acronym(t.text)
                    && !is_ordinary_word(t.text, lang, Some(words))
                    && !crate::spelling::knows_as_ordinary_word(t.text, dictionary_lang)
                    && exonym_ids(t.text, lang).is_empty()
            })
    };
    for i in (0..toks.len()).rev() {
        if adjective[i]
            && toks.get(i + 1).is_some_and(|n| n.joined)
            && is_name.get(i + 1) == Some(&true)
            && !person_after(&is_name, i)
        {
            is_name[i] = true;
        }
    }

    // In a Cyrillic text, English words that join Latin name words into one (`of`, `to`,
    // `and`: the `connector` and `abroad` rows of the English table): the text's own words
    // are Cyrillic, so they belong to the name around them.
    let is_latin = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic());
    let latin_link: Vec<bool> = toks
        .iter()
        .map(|t| {
            lang.is_cyrillic()
                && is_latin(t.text)
                && !is_capitalized(t.text)
                && (en_kinds.get(t.text) == Some(&WordKind::Connector)
                    || tables().lang(Lang::En).joins_abroad.contains(&t.text))
        })
        .collect();
    // Join neighbouring name words (and connectors between them) into names.
    let mut names = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_name[i] {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        let closing = &tables().lang(lang).closing;
        while j < toks.len() {
            let t = &toks[j];
            if !t.joined || (quoted[j] != quoted[last]) {
                break;
            }
            // `Трамптың Пекинді`: a case ending only a last word takes ends the name; so does
            // an ending hyphenated to an acronym (`ФТБ-на Кавано`).
            let prev = to_lowercase(toks[last].text);
            let inflected_acronym = name_part(toks[last].text).len() < toks[last].text.len()
                && is_acronym(name_part(toks[last].text));
            if !quoted[j]
                && (inflected_acronym
                    || closing.iter().any(|e| {
                        prev.strip_suffix(e).is_some_and(|s| {
                            s.chars().count() >= 3 && !ending_is_the_words(&prev, s, lang)
                        })
                    }))
            {
                break;
            }
            // kk `Тоқаев Әлиевті`, `Тоқаев Астанада Пашинянды`: a verb-final language puts
            // its subject and object side by side; two surnames in a row are two people, and a
            // known place with a case ending (its stem a place, the word itself none) ends a
            // name too.
            if !quoted[j] && is_name[j] {
                let surnames = !closing_surnames(lang).is_empty()
                    && surname_shaped(toks[last].text, lang)
                    && surname_shaped(toks[j].text, lang);
                let inflected_place = !closing.is_empty()
                    && is_place(toks[last].text, lang)
                    && !written_as_known(toks[last].text, lang);
                if surnames || inflected_place {
                    break;
                }
            }
            if is_name[j] {
                last = j;
                j += 1;
                continue;
            }
            // A connector joins only when a name word follows it: Bank of America; in a
            // Cyrillic text an English one between two Latin name words (`Starlink Direct to
            // Cell`).
            let connector = kind_of(t.text) == Some(WordKind::Connector)
                || (latin_link[j]
                    && is_latin(name_part(toks[last].text))
                    && toks.get(j + 1).is_some_and(|n| is_latin(name_part(n.text))));
            let inside_quote = quoted[j];
            if (connector || inside_quote)
                && toks.get(j + 1).is_some_and(|n| n.joined && is_name[j + 1])
            {
                j += 1;
                continue;
            }
            // … or an article, then a name word, in a title of ordinary words (`State of the
            // Nation Address`, `Member of the Welsh Parliament`, as `Member of Congress`):
            // `article` rows of the language's `common_words.tsv`. A person or place before
            // it stays apart (`Tiffany Ng of the University`, `West Coast of the U.S.`).
            let article = |k: usize| {
                toks.get(k)
                    .is_some_and(|a| a.joined && tables().lang(lang).articles.contains(&a.text))
            };
            let ordinary = |k: usize| is_ordinary_word(toks[k].text, lang, Some(words));
            if connector
                && !quoted[j]
                && article(j + 1)
                && toks.get(j + 2).is_some_and(|n| n.joined && is_name[j + 2])
                && (i..=last).all(|k| is_name[k] && ordinary(k))
                && ordinary(j + 2)
            {
                j += 2;
                continue;
            }
            break;
        }
        // A known name whose later words are written in lower case: `Белия дом`, `Ақ үйдің`,
        // `Министерството на извънредните ситуации`; and one whose lower-case words are
        // followed by a name word of its own (`Националната банка на Казахстан`,
        // `Національного банку Казахстану`).
        // (Only a word that may open a known name of several is looked further.) A quoted
        // name goes on so only inside its quotation marks (`„Златна палма“`, `«Золотой
        // пальмовой ветви»`), whose lower-case words join no name word.
        if crate::names::may_open_exonym(toks[i].text, lang) {
            let known = |k: usize| {
                toks.get(k).is_some_and(|t| t.joined)
                    && (!quoted[i] || (last..=k).all(|q| quoted[q]))
                    && !exonym_ids(&text[toks[i].start..toks[k].end], lang).is_empty()
            };
            for k in (1..=LONGEST_KNOWN_TAIL).rev() {
                let run = toks.get(last + 1..=last + k);
                // Capitalized words may be among them when the whole is known: a
                // conjunction or preposition no connector joins (`Ministry of Ecology and
                // Natural Resources`, `Committee for the Regulation of Natural Monopolies`).
                if !run.is_some_and(|r| r.iter().all(|t| t.joined)) {
                    continue;
                }
                if is_name.get(last + k + 1) == Some(&true) && known(last + k + 1) {
                    last += k + 1;
                    break;
                }
                if known(last + k) {
                    last += k;
                    break;
                }
            }
        }
        let last_tok = &toks[last];
        let mut end = last_tok.end;
        if is_name[last] && (last == i || !quoted[i]) && exonym_ids(last_tok.text, lang).is_empty()
        {
            // A hyphenated last word keeps only its name part (АТЕС-срещата → АТЕС).
            end = last_tok.start + name_part(last_tok.text).len();
        }
        // A known place or body heading a run of capitals is a name of its own:
        // `Русия Александър Новак`, `Конгреса Нанси Пелоси`; unless the whole run is one
        // known name (`Kim Jong Un`, whose `Un` folds as `UN` does).
        let mut from = i;
        while from <= last {
            let mut cut = last;
            let whole = &text[toks[from].start..end.max(toks[from].start)];
            if !quoted[i] && last > from && !is_known_whole(whole, lang, KEPT_WHOLE) {
                // A Cyrillic acronym before two or more title-cased words heads a person's
                // name as a body heads its chief (`КЗК Росен Карадимов`, `НАП Румен Спецов`),
                // though no table knows the body: a body's own name goes on in lower case
                // (`БДЖ Пътнически превози`) or in one word (`ЦСКА София`).
                let title_cased = |w: &str| {
                    let mut cs = w.chars();
                    cs.next().is_some_and(char::is_uppercase)
                        && cs.clone().next().is_some_and(char::is_lowercase)
                        && cs.all(|c| !c.is_uppercase())
                };
                if lang.is_cyrillic()
                    && last >= from + 2
                    && is_acronym(toks[from].text)
                    && !toks[from].text.chars().any(|c| c.is_ascii_alphabetic())
                    && (from + 1..=last).all(|k| title_cased(toks[k].text))
                {
                    cut = from;
                }
                // So does a body the document writes alone elsewhere (a club, a company),
                // which no table knows, after a preposition (`Треньорът на Реал Шаби Алонсо`,
                // `директорът на Софарма Огнян Донев`): a person's name after a preposition
                // has no word of it written alone (`на Сутопо Пурво Нугрохо` may: `Сутопо
                // каза`; the preposition and the place cut off before it say no). Not a
                // compass word (`Северна`) or a surname of one syllable heading a Korean
                // name (`на Ким Йонг Ун`, `Ким каза`): four letters or more; nor an
                // adjective heading a body's name (`на Шотландската Висша Лига`). An office
                // over a place stands for the preposition where the place takes no case (ru
                // `Мэр Банско Стойчо Баненски`: the mayor of Bansko, Stoycho Banenski).
                if from == i
                    && last >= from + 2
                    && i > 0
                    && toks[i].joined
                    && (crate::lang::is_function_word(toks[i - 1].text, lang)
                        || crate::lang::is_place_office(toks[i - 1].text, lang))
                    && letters(toks[from].text).count() >= 4
                    && !is_part_word_or_slip(toks[from].text, lang)
                    && !is_ordinary_word(toks[from].text, lang, Some(words))
                    && words.seen_alone(toks[from].text)
                    && title_cased(toks[from + 1].text)
                    && (from + 2..=last).all(|k| {
                        let w = toks[k].text;
                        // or an article before one (`ал-Рамахи`)
                        title_cased(w) || (w.starts_with(char::is_lowercase) && name_part(w) == w)
                    })
                {
                    cut = from;
                }
                for k in (0..(last - from).min(3)).rev() {
                    if cut < last {
                        break;
                    }
                    let prefix = &text[toks[from].start..toks[from + k].end];
                    // An adjective of a place heads a name of its own (`Indian Ocean`,
                    // `British Airways`): see `adjective` above.
                    let adjective_heads = k == 0 && adjective[from];
                    // In English, a place before ordinary words names a body of that place
                    // (`Louisiana State Police`, `Texas Tribune`): one name. (The Cyrillic
                    // languages write such a body with a case or an adjective: `Шотландия
                    // Үкіметі`, `Европейския парламент`, which their references word apart.)
                    let body_of_place = !lang.is_cyrillic()
                        && (from + k + 1..=last)
                            .all(|j| is_ordinary_word(toks[j].text, lang, Some(words)));
                    // A compass word, or one spelt a letter off (`Севера Корея Ри Йонг Хо`),
                    // before a known place heads the run as the place does.
                    let part_then_place = k >= 1
                        && (from..from + k).all(|j| is_part_word_or_slip(toks[j].text, lang))
                        && is_place(toks[from + k].text, lang);
                    if (is_place(prefix, lang) || part_then_place)
                        && !adjective_heads
                        && !body_of_place
                    {
                        cut = from + k;
                        break;
                    }
                }
                // … or ending it: `Мирас Жиенбаев САЩ`.
                if cut == last {
                    for k in (1..=(last - from).min(3)).rev() {
                        let suffix =
                            &text[toks[last + 1 - k].start..end.max(toks[last + 1 - k].start)];
                        // Compass words before a place are part of its name (`Southern
                        // California`, `South Texas`): `part:` rows of `exonyms_extra.tsv`.
                        let compass = (from..=last - k).all(|j| {
                            let ids = exonym_ids(toks[j].text, lang);
                            !ids.is_empty()
                                && ids.iter().all(|&id| {
                                    super::exonym_id_name(id)
                                        .is_some_and(|n| n.starts_with("part:"))
                                })
                        });
                        // In English, ordinary words joined to a place by a connector
                        // name a body of it (`Church of England`, `Member of Congress`,
                        // `Southern District of New York`): one name.
                        let before = last - k;
                        let body_of_place = !lang.is_cyrillic()
                            && before > from
                            && kind_of(toks[before].text) == Some(WordKind::Connector)
                            && (from..before)
                                .all(|j| is_ordinary_word(toks[j].text, lang, Some(words)));
                        if is_place(suffix, lang) && !compass && !body_of_place {
                            cut = last - k;
                            break;
                        }
                    }
                }
            }
            // A connector left before a place cut off is no part of the name before it
            // (`Thorbjorn Olesen of` Denmark).
            let mut piece_last = cut;
            while cut < last
                && piece_last > from
                && (kind_of(toks[piece_last].text) == Some(WordKind::Connector)
                    || latin_link[piece_last])
            {
                piece_last -= 1;
            }
            let piece_end = if cut == last {
                end
            } else {
                toks[piece_last].end
            };
            let lone_initial = cut == from && toks[from].dotted_initial;
            // In English, the common words a place cut off leaves alone (`Team` of `Team
            // USA`, `International` of `International Red Cross`) are a description the
            // translations word in ordinary words (`отборът на САЩ`), no name of their own.
            let split = from > i || cut < last;
            let left_common = split
                && !lang.is_cyrillic()
                && !quoted[from]
                && (from..=piece_last).all(|k| {
                    kinds.get(to_lowercase(toks[k].text).as_str()) == Some(&WordKind::Common)
                        && exonym_ids(toks[k].text, lang).is_empty()
                })
                && !is_place(
                    &text[toks[from].start..piece_end.max(toks[from].start)],
                    lang,
                );
            if piece_end > toks[from].start && !lone_initial && !left_common {
                let span = &text[toks[from].start..piece_end];
                names.push(make_name(
                    span,
                    lang,
                    words,
                    doc,
                    sentence,
                    toks[from].start,
                ));
            }
            from = cut + 1;
        }
        i = last + 1;
    }
    names
}

/// Whether a Cyrillic word is no word of its language's dictionary in any form: neither as
/// written, nor in lower case, nor any beginning of it of four letters or more: a foreign
/// name the dictionary does not list (kk `Калзадилла`, `Лидниде`; ru `Гендон`), which opening a
/// sentence has no other sign. The beginnings matter: the dictionaries miss many inflected
/// and derived ordinary words (kk `Компанияның`, `Жарақаттанған`) whose stem they know
/// (`компания`, `жарақат`). A word whose every form (the word, each stem its inflection endings
/// leave) has a letter only the language's own words have (`native_letters.tsv`: Kazakh
/// `Сәйсенбі`, `Ұшулардың`) is a word of the language the dictionary misses, no foreign name.
/// False without a dictionary, and for a Latin word (found as a name in a Cyrillic text
/// anyway).
pub(crate) fn unknown_in_every_form(word: &str, lang: Lang) -> bool {
    // Some hundred dictionary look-ups a word (its one-letter neighbours): once a thread.
    thread_local! {
        static UNKNOWN: crate::names::tables::WordCache<bool> = crate::names::tables::word_cache();
    }
    crate::names::tables::cached(&UNKNOWN, word, lang, || {
        unknown_in_every_form_uncached(word, lang)
    })
}

fn unknown_in_every_form_uncached(word: &str, lang: Lang) -> bool {
    const SHORTEST_STEM: usize = 4;
    // English inflects little and its dictionary lists the inflected forms: a word of four
    // letters or more it knows neither as written nor in lower case is a name (`Kazatomprom
    // produced`, `Nvidia's market value`).
    if lang == Lang::En {
        return word.chars().count() >= SHORTEST_STEM
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && crate::spelling::knows(word, lang) == Some(false);
    }
    if !lang.is_cyrillic()
        || word
            .chars()
            .any(|c| !is_letter(c) || c.is_ascii_alphabetic())
    {
        return false;
    }
    let Some(dictionary) = crate::spelling::dictionary(lang) else {
        return false;
    };
    let native = &tables().lang(lang).native_letters;
    if !native.is_empty() && !any_stem(word, lang, |s| !native.iter().any(|l| s.contains(l))) {
        return false;
    }
    let lower = to_lowercase(word);
    let ends: Vec<usize> = lower
        .char_indices()
        .map(|(at, c)| at + c.len_utf8())
        .skip(SHORTEST_STEM - 1)
        .collect();
    // A stem of two letters counts when an inflection ending leaves it (kk `Суда`: су, water).
    let short_stem = tables().lang(lang).suffixes.iter().any(|(ending, _)| {
        lower
            .strip_suffix(ending)
            .is_some_and(|stem| stem.chars().count() >= 2 && dictionary.check(stem))
    });
    // A loanword in the spelling of the language it came through (`loanword_sources.tsv`:
    // kk `Маятник`, Russian `маятник`) is an ordinary word too: the word, a stem its
    // inflection endings leave (`Маятниктің`) or a beginning of five letters or more
    // (`Сексуалды`: Russian `сексу`); a word of four at its start is chance (Russian `бете`,
    // `море` of kk `Бетестадағы`, in Bethesda, and `Морестондағы`).
    let loanword = tables()
        .lang(lang)
        .loanword_source
        .and_then(crate::spelling::dictionary)
        .is_some_and(|source| {
            ends.iter().skip(1).any(|&end| source.check(&lower[..end]))
                || any_stem(&lower, lang, |s| {
                    s.chars().count() >= SHORTEST_STEM && source.check(s)
                })
        });
    // A word one letter from a word of the language is rather a slip, or a word the
    // dictionary misses beside its cousin (bg `Отиграването`, `обиграването`), than a name.
    !dictionary.check(word)
        && !short_stem
        && ends.iter().all(|&end| !dictionary.check(&lower[..end]))
        && !loanword
        && crate::spelling::one_letter_from(&lower, lang).is_empty()
}

/// Whether a word is spelt with letters its language's own words never have
/// (`loan_letters.tsv`: Kazakh `Джайлс`, `Нильсеннің`, `Валентино`) and is no ordinary word
/// (a common word, an inflection or adjective of one, or written in lower case in its
/// document: the loanwords, `Полиция`, `Итальяндық`): a foreign name, even opening a sentence.
fn foreign_word(word: &str, lang: Lang, words: &DocWords) -> bool {
    let loan_letters = &tables().lang(lang).loan_letters;
    let lower = to_lowercase(word);
    loan_letters.iter().any(|l| lower.contains(l)) && !is_ordinary_word(word, lang, Some(words))
}

/// Whether `toks[i]` is the first word of a quotation: a quotation mark stands right before
/// it and is not attached to the word before (`said, "You`; in `Headmasters" and` the mark
/// closes).
fn opens_quotation(text: &str, toks: &[Token], i: usize) -> bool {
    if !toks[i].after_open_quote {
        return false;
    }
    let prev_end = if i == 0 { 0 } else { toks[i - 1].end };
    let gap = text.get(prev_end..toks[i].start).unwrap_or("").trim_end();
    let mut chars = gap.chars();
    chars.next_back(); // the quotation mark
    let before = chars.as_str();
    if before.is_empty() {
        return i == 0;
    }
    !before.ends_with(is_letter_or_digit)
}

/// Whether the capitalized word `toks[i]` is a label rather than a name (see [`find_with`]):
/// an ordinary word of its language (`is_ordinary_word`) right before a number or a lone capital
/// letter (`Class A`, `Category 1`) or before a title (`never` in `common_words.tsv`: `Energy
/// Secretary`), or a month of `months.tsv` next to a number (`May 30`, `30 May`).
fn labels_what_follows(
    toks: &[Token],
    i: usize,
    lang: Lang,
    words: &DocWords,
    kind_of: &dyn Fn(&str) -> Option<WordKind>,
) -> bool {
    let word = toks[i].text;
    let next = toks.get(i + 1).filter(|n| n.joined);
    let is_number = |t: &Token| t.text.chars().all(|c| c.is_ascii_digit());
    let lone_letter = |t: &Token| t.text.chars().count() == 1 && is_capitalized(t.text);
    let prev = (i > 0 && toks[i].joined).then(|| &toks[i - 1]);
    if is_month(word, lang) && (next.is_some_and(is_number) || prev.is_some_and(is_number)) {
        return true;
    }
    if !is_ordinary_word(word, lang, Some(words)) || !exonym_ids(word, lang).is_empty() {
        return false;
    }
    next.is_some_and(|n| {
        is_number(n)
            || lone_letter(n)
            || kind_of(n.text) == Some(WordKind::Never) && !is_month(n.text, lang)
    })
}

/// Whether a word is a month name of its language (`months.tsv` of the figures' tables).
fn is_month(word: &str, lang: Lang) -> bool {
    static MONTHS: OnceLock<Vec<HashSet<String>>> = OnceLock::new();
    let all = MONTHS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                crate::lang::rows(crate::figures::lexicon::table(l, "months"))
                    .filter_map(|r| r.first().map(|w| to_lowercase(w)))
                    .collect()
            })
            .collect()
    });
    all[super::tables::lang_index(lang)].contains(&to_lowercase(word))
}

/// A known country, place or body (not a first name, not `AI`): it stands apart from the names
/// next to it. The text, or an inflection of it, must be one of its spellings as written: a
/// stem of a text meeting a stem of a spelling is too little to cut a name in two (`Хантер`,
/// stem `хан`, is no `Гана`; `Ню` of `Ню Йорк` no `Ниуе`).
fn is_place(text: &str, lang: Lang) -> bool {
    is_known_whole(text, lang, &["country:", "place:", "org:"])
}

/// Whether `word` is written as a part word of a place's name in `lang` (the `part:` rows of
/// `exonyms_extra.tsv`: `Северна`, `Western`), or a letter off one in a word of four letters
/// or more (`Севера`): a misspelt compass word is still no name of a person.
fn is_part_word_or_slip(word: &str, lang: Lang) -> bool {
    static PARTS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let parts = crate::lang::per_language(&PARTS, lang, |l| {
        let at = super::tables::lang_index(l);
        tables()
            .exonyms
            .iter()
            .filter(|(id, _)| id.starts_with("part:"))
            .flat_map(|(_, cells)| cells[at].iter().map(|s| s.to_lowercase()))
            .collect()
    });
    let lower = word.to_lowercase();
    let long = lower.chars().count() >= 4;
    parts
        .iter()
        .any(|spelling| *spelling == lower || long && strsim::levenshtein(spelling, &lower) <= 1)
}

/// The kinds of known equivalents that are a country or a city (`Қытай`, `Пекин`): at a
/// sentence's start a name when the document writes it mostly capitalized
/// ([`DocWords::mostly_capital_mid`]), though it writes it in lower case too.
const COUNTRY_OR_CITY: &[&str] = &["country:", "place:"];

/// The kinds of known equivalents whose first word a sentence may open (see [`find_with`]).
const OPENED_WHOLE: &[&str] = &["country:", "place:", "org:", "body:", "event:"];

/// The most words a known name goes on with after the name words found (`Агенцията` of
/// `Агенцията за регулиране и развитие на финансовия пазар`: seven).
const LONGEST_KNOWN_TAIL: usize = 7;

/// The kinds of known equivalents a run of capitals that is one of them is not split into.
const KEPT_WHOLE: &[&str] = &[
    "country:", "place:", "org:", "body:", "event:", "work:", "person:",
];

/// Whether word `i` of `toks` opens a run of up to `tail` more joined words that `known`
/// takes for a known name (word `i` one that may open a known name of several words).
fn opens_known_run(
    toks: &[Token],
    i: usize,
    text: &str,
    lang: Lang,
    tail: usize,
    known: impl Fn(&str) -> bool,
) -> bool {
    crate::names::may_open_exonym(toks[i].text, lang)
        && (1..=tail).any(|k| {
            (1..=k).all(|q| toks.get(i + q).is_some_and(|n| n.joined))
                && known(&text[toks[i].start..toks[i + k].end])
        })
}

/// Whether a run of words is written whole as a known equivalent of one of the `kinds`
/// (id prefixes of `exonyms.tsv` and `exonyms_extra.tsv`).
fn is_known_whole(text: &str, lang: Lang, kinds: &[&str]) -> bool {
    let mut combos: Option<Vec<String>> = None;
    exonym_ids(text, lang).into_iter().any(|id| {
        let kind_fits =
            super::exonym_id_name(id).is_some_and(|n| kinds.iter().any(|kind| n.starts_with(kind)));
        kind_fits && {
            let combos = combos.get_or_insert_with(|| super::folded_combinations(text, lang));
            whole_spellings()
                .get(id as usize)
                .is_some_and(|spellings| spellings.iter().any(|s| combos.contains(s)))
        }
    })
}

/// Whether a word is written as a known equivalent's spelling, no ending stripped (`Канада`,
/// ru `Кремль`, not `Астанада`), in any language's cell: a kk text's `British` or `Нусра` is
/// written so, though only the English and Russian cells list it.
fn written_as_known(word: &str, lang: Lang) -> bool {
    let folded = super::translit::folded_word(word, lang);
    exonym_ids(word, lang).into_iter().any(|id| {
        whole_spellings()
            .get(id as usize)
            .is_some_and(|spellings| spellings.contains(&folded))
    })
}

/// Every exonym entity's spellings (all languages) folded whole, each word as written, no
/// ending stripped (see [`is_place`]).
fn whole_spellings() -> &'static [Vec<String>] {
    static WHOLE: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    WHOLE.get_or_init(|| {
        tables()
            .exonyms
            .iter()
            .map(|(_, cells)| {
                Lang::ALL
                    .iter()
                    .zip(cells)
                    .flat_map(|(&l, cell)| cell.iter().map(move |s| (l, *s)))
                    .map(|(l, s)| {
                        super::translit::split_words(s)
                            .map(|w| super::translit::folded_word(w, l))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect()
            })
            .collect()
    })
}

/// Whether a word is also an ordinary word of its language: listed in its `common_words.tsv`
/// (itself or an inflection stem), written in lower case elsewhere in its document (`words`),
/// or a capitalized adjective (an ending of `adjective_endings.tsv` after four letters or
/// more: `Национальной`, `Southern`). Latin words are looked up in the English tables.
fn is_ordinary_word(word: &str, lang: Lang, words: Option<&DocWords>) -> bool {
    let latin = word.chars().any(|c| c.is_ascii_alphabetic());
    let table_lang = if latin { Lang::En } else { lang };
    let table = tables().lang(table_lang);
    if letters(word).count() < 2 {
        return false;
    }
    let listed = common_stems(table_lang);
    let in_table = |s: &str| table.words.contains_key(s) || listed.contains(s);
    let adjective = |s: &str| {
        table.adjective_endings.iter().any(|e| {
            s.strip_suffix(e)
                .is_some_and(|stem| letters(stem).count() >= 4)
        })
    };
    // Stems of stems: a plural and a case ending together (`Республикандықтардың`).
    let any_deep_stem =
        |test: &dyn Fn(&str) -> bool| any_stem(word, lang, |s| any_stem(s, lang, test));
    any_deep_stem(&in_table)
        || words.is_some_and(|w| w.written_lower(word, lang))
        || any_deep_stem(&adjective)
}

/// The inflection stems of a language's common words, four letters or more (`комитета` and
/// `ассамблеи` meet the listed `комитет` and `ассамблея` through a shared stem).
fn common_stems(lang: Lang) -> &'static HashSet<String> {
    static STEMS: OnceLock<Vec<HashSet<String>>> = OnceLock::new();
    let all = STEMS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                tables()
                    .lang(l)
                    .words
                    .keys()
                    .flat_map(|w| stems(w, l).into_iter().skip(1))
                    .filter(|s| s.chars().count() >= 4)
                    .collect()
            })
            .collect()
    });
    &all[super::tables::lang_index(lang)]
}

/// Whether a name is made of ordinary words of its language (see [`Name::ordinary`]): every
/// word is (see `is_ordinary_word`), and it is neither a known country, place or body
/// (`Turkey`, `North Korea`: names whatever their words) nor an acronym (unless the language's
/// `common_words.tsv` lists it: `СМИ`). `words` is the vocabulary of
/// the name's document, when known.
pub fn is_ordinary_name(text: &str, lang: Lang, acronym: bool, words: Option<&DocWords>) -> bool {
    let mut any = false;
    for word in super::translit::split_words(text) {
        if !is_ordinary_word(word, lang, words) {
            return false;
        }
        any = true;
    }
    if acronym {
        // An acronym of ordinary words the table lists as never a name (`СМИ`, `БАҚ`: the
        // media). A common word spelt the same is another word: `US` is not `us`, `WHO` not
        // `who`.
        let table = tables().lang(lang);
        return any && table.words.get(to_lowercase(text).as_str()) == Some(&WordKind::Never);
    }
    // A name part each language translates (`part:west`: `Западна`) is an ordinary word; so
    // is a title known by its meaning (`concept:assembly-member`), a body named by what it
    // does (`body:national-weather-service`), a compass region (`region:southwest`:
    // `югозапада`, `юго-западных штатах`) or the title of a work (`work:game-of-thrones`): a
    // translation may still word it its own way.
    any && exonym_ids(text, lang).into_iter().all(|id| {
        super::is_translated_part(id)
            || super::exonym_id_name(id).is_some_and(|n| {
                ["concept:", "body:", "region:", "work:"]
                    .iter()
                    .any(|kind| n.starts_with(kind))
            })
    })
}

fn make_name(
    span: &str,
    lang: Lang,
    words: &DocWords,
    doc: &Document,
    sentence: &Sentence,
    at: usize,
) -> Name {
    let acronym = !span.contains(' ') && is_acronym(&span.replace('.', ""));
    let key_text = if acronym {
        span.strip_suffix('s').unwrap_or(span)
    } else {
        span
    };
    Name {
        text: span.to_string(),
        key: key(key_text, lang),
        acronym,
        line: doc.line_of(sentence.start + at),
        offset: sentence.offset + at,
        lang,
        ordinary: is_ordinary_name(span, lang, acronym, Some(words)),
    }
}

/// The particles that open a hyphenated place or person's name in a Cyrillic text
/// (`src/lang/name_particles.tsv`: Saint's renderings `Сен`, `Сент`, `Сейнт`, Spanish `Сан`,
/// `Лос`, French `Жан`), in lower case.
fn name_particles() -> &'static HashSet<&'static str> {
    static PARTICLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    PARTICLES.get_or_init(|| {
        crate::lang::rows(include_str!("../lang/name_particles.tsv"))
            .filter_map(|r| r.first().copied())
            .filter(|p| !p.is_empty())
            .collect()
    })
}

/// Whether a Cyrillic word is a compound of capitalized parts joined by hyphens whose first
/// part is a particle that opens a name (`name_particles.tsv`: kk `Сан-Хосе`, `Сен-Мирренді`,
/// whose `Сен` is also a word, ru `Жан-Пьер`): such a word is a name wherever it stands, a
/// sentence's first word too, which the dictionaries, asked of one word, cannot tell. Other
/// compounds of capitals are left to the other signs: a company's name a translation may
/// render in its own way (`Самрук-Енерджи`, `Самрук-Энерго`), two countries joined into an
/// adjective of both (kk `Ресей-Түрік келісімі`, the Russian-Turkish deal). Not when a part is
/// a title of the language's `common_words.tsv` (`never`, `after_name`), a known place or a
/// people's adjective.
fn capitalized_compound(word: &str, lang: Lang) -> bool {
    if !lang.is_cyrillic() || word.chars().any(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let kinds = &tables().lang(lang).words;
    let mut parts = 0;
    for part in word.split(['-', '‑']) {
        let mut cs = part.chars();
        let capitalized = cs.next().is_some_and(is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| is_letter(c) && c.is_lowercase());
        let lower = to_lowercase(part);
        if parts == 0 && !name_particles().contains(lower.as_str()) {
            return false;
        }
        let title = matches!(
            kinds.get(lower.as_str()),
            Some(WordKind::Never | WordKind::AfterName)
        );
        let place_or_people = !exonym_ids_of_word(part, lang).is_empty()
            || !super::demonyms::demonym(&lower, lang).is_empty();
        if !capitalized || title || place_or_people {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_hyphens_apostrophes_and_dotted_acronyms() {
        let t: Vec<&str> = tokens(
            "Касим-Жомарт и O'Brien в U.S. днес, АТЕС-срещата.",
            Lang::Bg,
        )
        .iter()
        .map(|t| t.text)
        .collect();
        assert_eq!(
            t,
            [
                "Касим-Жомарт",
                "и",
                "O'Brien",
                "в",
                "U.S.",
                "днес",
                "АТЕС-срещата"
            ]
        );
    }

    #[test]
    fn name_parts_of_hyphenated_words() {
        assert_eq!(name_part("АТЕС-срещата"), "АТЕС");
        assert_eq!(name_part("Direct-to-Sell"), "Direct-to-Sell");
        assert_eq!(name_part("AI-мощности"), "AI");
        assert_eq!(name_part("казахско-американското"), "");
    }

    #[test]
    fn acronyms() {
        for a in ["САЩ", "ЕС", "НАТО", "EXIM", "УМЗ", "АҚШ", "U.S.", "MWPs"] {
            assert!(is_acronym(a), "{a}");
        }
        for a in ["Ким", "NVIDIAX", "A"] {
            assert!(!is_acronym(a), "{a}");
        }
    }
}
