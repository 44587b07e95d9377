//! Multipliers, "so many times as much": `два пъти по-висок`, `се увеличи три пъти`,
//! `нарасна двойно`, ru `в два раза больше`, `вдвое`, uk `удвічі`, kk `екі есе өсті`, en
//! `twice as heavy`, `doubled`, `threefold`. Each is a [`FigureKind::Measure`] of unit
//! [`UNIT`] (`2 x`); a decrease is the factor's inverse (`три пъти по-малко`, `halved`:
//! `0.333333 x`, `0.5 x`), so that `в два раза меньше` meets `half as much`.
//!
//! A times word (`пъти`, `раза`, `times`) also counts occasions (`три пъти седмично`, `visited
//! twice`, `два раза в год`), which translators render freely; so a number before one is a
//! multiplier only when something licenses it: a comparative right after it (`по-висок`,
//! `больше`, `as heavy`), a verb of change near it in the clause (`се увеличи`, `вырос`), a
//! preposition right before the number (ru `в два раза`), a number that is no whole number
//! (`2,5 пъти`), or a times word that means nothing else (kk `есе`). A period after it (the
//! rates table: `седмично`, `a week`) says occasions whatever else stands there. The words
//! are data, `src/lang/<code>/multipliers.tsv` (its header says what each role does); this
//! module runs after the figure grammar ([`super::scan`]) and replaces the bare number that
//! grammar read inside a multiplier (`три` of `три пъти`), as [`super::rates`] does for a
//! rate's period.
//!
//! A percentage increase (`с 100 % повече`) stays a percentage: equating it with a
//! multiplier would pair figures that translators often give both of.

use std::sync::OnceLock;

use rust_decimal::{Decimal, RoundingStrategy};

use super::lexicon::{data, is_letter, Phrases};
use super::scan::Found;
use super::words::{number_at, WordsKind, FRACTION_PLACES};
use super::{Approx, FigureKind};
use crate::lang::Lang;

/// The unit of a multiplier: `2 x`.
pub const UNIT: &str = "x";

/// Words a near verb may stand from the number (before it) or from the times word (after).
const NEAR_BEFORE: usize = 4;
const NEAR_AFTER: usize = 3;

/// Which way a licence says the amount went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
    /// A comparative that says a time, not an amount (`два пъти по-рано`: occasions).
    None,
}

/// A row that may open a multiplier.
#[derive(Clone, Copy, Debug)]
enum Opener {
    /// A times word after a number: `пъти`.
    Times { licensed: bool, over: bool },
    /// A multiplier in one word: `удвои` 2.
    Word {
        value: Decimal,
        needs_licence: bool,
        verb: bool,
    },
    /// No multiplier (`doubling down`).
    Not,
}

/// One language's table.
struct Table {
    openers: Phrases<Opener>,
    before: Phrases<()>,
    /// Comparatives, and whether one counts only before a figure (bg `до`: `три пъти до 1,6
    /// милиона`, three times, to 1.6 million).
    after: Phrases<(Direction, bool)>,
    /// Verbs of change, and whether one is weak (says a direction, licenses nothing).
    near: Phrases<(Direction, bool)>,
    /// A fraction right after a times word that adds to its number (bg `два пъти и половина`:
    /// 2.5 times).
    fraction_after: Phrases<Decimal>,
}

fn direction(s: Option<&str>) -> Option<Direction> {
    match s? {
        "up" => Some(Direction::Up),
        "down" => Some(Direction::Down),
        "-" => Some(Direction::None),
        _ => None,
    }
}

fn table(lang: Lang) -> &'static Table {
    static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
    crate::lang::per_language(&TABLES, lang, |l| {
        let mut t = Table {
            openers: Phrases::new(),
            before: Phrases::new(),
            after: Phrases::new(),
            near: Phrases::new(),
            fraction_after: Phrases::new(),
        };
        for r in crate::lang::rows(super::lexicon::table(l, "multipliers")) {
            let flags: Vec<&str> = r.get(3).map_or(Vec::new(), |f| f.split(',').collect());
            match r.get(1).copied() {
                Some("times") => t.openers.add(
                    r[0],
                    Opener::Times {
                        licensed: flags.contains(&"self"),
                        over: flags.contains(&"over"),
                    },
                ),
                Some("word") => {
                    if let Some(value) = r.get(2).and_then(|v| v.parse().ok()) {
                        t.openers.add(
                            r[0],
                            Opener::Word {
                                value,
                                needs_licence: flags.contains(&"licensed"),
                                verb: flags.contains(&"verb"),
                            },
                        );
                    }
                }
                Some("not") => t.openers.add(r[0], Opener::Not),
                Some("before") => t.before.add(r[0], ()),
                Some("after") => {
                    if let Some(d) = direction(r.get(2).copied()) {
                        t.after.add(r[0], (d, flags.contains(&"figure")));
                    }
                }
                Some("fraction_after") => {
                    if let Some(value) = r.get(2).and_then(|v| v.parse().ok()) {
                        t.fraction_after.add(r[0], value);
                    }
                }
                Some("near") => {
                    if let Some(d) = direction(r.get(2).copied()) {
                        t.near.add(r[0], (d, flags.contains(&"weak")));
                    }
                }
                _ => {}
            }
        }
        t
    })
}

/// The words of a sentence: byte spans of the runs of letters, digits and the marks inside
/// numbers and words (`2,5`, `по-висок`, `вп'ятеро`), and whether a clause ends after each
/// (a comma, stop, colon or semicolon right after it).
fn words(text: &str) -> Vec<(usize, usize, bool)> {
    let inner = |c: char| is_letter(c) || c.is_ascii_digit() || matches!(c, '-' | '\'' | '’');
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        // `,` and `.` between digits belong to the number.
        let in_number = matches!(c, ',' | '.')
            && start.is_some()
            && text[..i].ends_with(|p: char| p.is_ascii_digit())
            && text[i + 1..].starts_with(|n: char| n.is_ascii_digit());
        if inner(c) || in_number {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, i, false));
        }
        if matches!(c, ',' | '.' | ';' | ':' | '!' | '?') {
            if let Some(last) = out.last_mut() {
                last.2 = true;
            }
        }
    }
    out
}

/// Whether a times word written onto the number starts at `at` (`-fold` of `1.6-fold`): the
/// figure grammar leaves it to this module rather than take it for a grammatical ending.
pub fn attached_times_at(text: &str, lang: Lang, at: usize) -> bool {
    matches!(
        table(lang).openers.longest(text, at),
        Some((Opener::Times { .. }, _))
    )
}

/// Reads the multipliers of `text` into `found` (the figure grammar's figures, in text
/// order): each replaces the figures inside its span (the bare `три` of `три пъти`).
pub fn read(text: &str, lang: Lang, found: &mut Vec<Found>) {
    let t = table(lang);
    if t.openers.is_empty() {
        return;
    }
    let words = words(text);
    let mut made: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (ws, we, _) = words[i];
        let reader = Reader {
            text,
            lang,
            t,
            words: &words,
            found,
        };
        // `2,5-fold`: a times word attached to the number's word.
        let attached = text[ws..we]
            .find('-')
            .filter(|&h| {
                text[ws..ws + h]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            })
            .map(|h| ws + h);
        let next = match attached.and_then(|h| t.openers.longest(text, h).map(|o| (o, h))) {
            Some(((&Opener::Times { over, .. }, e), h)) if e == we && h > ws => {
                reader.attached(i, h, e, over)
            }
            _ => match t.openers.longest(text, ws) {
                Some((&Opener::Times { licensed, over }, e)) => reader.times(i, e, licensed, over),
                Some((
                    &Opener::Word {
                        value,
                        needs_licence,
                        verb,
                    },
                    e,
                )) => reader.word(i, e, value, needs_licence, verb),
                Some((&Opener::Not, e)) => {
                    // Skip the words of the phrase.
                    while i + 1 < words.len() && words[i + 1].0 < e {
                        i += 1;
                    }
                    None
                }
                None => None,
            },
        };
        if let Some(m) = next {
            while i + 1 < words.len() && words[i + 1].0 < m.end {
                i += 1;
            }
            made.push(m);
        }
        i += 1;
    }
    if made.is_empty() {
        return;
    }
    found.retain(|f| !made.iter().any(|m| f.start < m.end && m.start < f.end));
    found.extend(made);
    found.sort_by_key(|f| f.start);
}

struct Reader<'a> {
    text: &'a str,
    lang: Lang,
    t: &'static Table,
    words: &'a [(usize, usize, bool)],
    found: &'a [Found],
}

/// A number read before a times word.
struct Number {
    /// Where the figure starts (its qualifier included).
    start: usize,
    /// The first word of the number itself.
    first_word: usize,
    value: Decimal,
    high: Option<Decimal>,
    approx: Approx,
}

impl Reader<'_> {
    /// The number whose last word is word `last`: a bare number the figure grammar read, or
    /// a number in words it left alone (`два` alone is mostly a determiner).
    fn number_ending_at(&self, last: usize) -> Option<Number> {
        let (_, end, clause_end) = self.words[last];
        if clause_end {
            return None;
        }
        if let Some(f) = self.found.iter().find(|f| {
            f.end <= end
                && f.end > self.words[last].0
                && f.kind == FigureKind::Number
                && f.unit.is_none()
                && f.scale.is_none()
        }) {
            let first_word = self.number_words_ending_at(last).map_or(last, |(k, _)| k);
            // A qualifier before a licensing preposition the figure grammar did not take in
            // (ru `более чем в два с половиной раза`).
            let (approx, start) = match (f.approx, self.qualifier_before(first_word)) {
                (Approx::Exact, (a, s)) if a != Approx::Exact => (a, s.min(f.start)),
                _ => (f.approx, f.start),
            };
            return Some(Number {
                start,
                first_word,
                value: f.value,
                high: f.high,
                approx,
            });
        }
        let (k, value) = self.number_words_ending_at(last)?;
        let (approx, start) = self.qualifier_before(k);
        Some(Number {
            start,
            first_word: k,
            value,
            high: None,
            approx,
        })
    }

    /// The longest run of number words that ends with word `last`: its first word and value.
    fn number_words_ending_at(&self, last: usize) -> Option<(usize, Decimal)> {
        let end = self.words[last].1;
        let mut best = None;
        for k in (last.saturating_sub(4)..=last).rev() {
            if k < last && self.words[k].2 {
                break;
            }
            let at = self.words[k].0;
            if let Some(n) = number_at(&self.text[at..], self.lang) {
                if at + n.len == end && n.kind == WordsKind::Cardinal {
                    best = Some((k, n.value));
                }
            }
        }
        best
    }

    /// A qualifier that ends right before word `k` (or before a licensing preposition there:
    /// `почти в два раза`), and where it starts; `Exact` and the word's start when none.
    fn qualifier_before(&self, k: usize) -> (Approx, usize) {
        let d = data(self.lang);
        let mut target = k;
        if k > 0 && self.before_licence(k) {
            target = k - 1;
        }
        // From the word right before `k`: the licence may be the qualifier itself (bg `почти`).
        for j in (target.saturating_sub(3)..k).rev() {
            if let Some((&a, e)) = d.qualifiers_before.longest(self.text, self.words[j].0) {
                // (A longer qualifier may run past the word: `до 7 млн пассажиров в год, что
                // почти в два раза`; it does not end before it.)
                // A qualifier may take the preposition in (ru `почти в`).
                let ends_before = |w: usize| {
                    self.text
                        .get(e..self.words[w].0)
                        .is_some_and(|b| b.trim().is_empty())
                };
                if (ends_before(target) || ends_before(k)) && a != Approx::UpTo {
                    return (a, self.words[j].0);
                }
            }
        }
        (Approx::Exact, self.words[k].0)
    }

    /// Whether a `before` word (ru `в`, en `to`) stands right before word `k`.
    fn before_licence(&self, k: usize) -> bool {
        k > 0
            && !self.words[k - 1].2
            && self
                .t
                .before
                .longest(self.text, self.words[k - 1].0)
                .is_some_and(|(_, e)| e == self.words[k - 1].1)
    }

    /// `at` past any white space.
    fn skip_ws(&self, at: usize) -> usize {
        let rest = &self.text[at..];
        at + (rest.len() - rest.trim_start().len())
    }

    /// The comparative right after byte `end` (white space between).
    fn after(&self, end: usize) -> Option<Direction> {
        let at = self.skip_ws(end);
        if at == end {
            return None;
        }
        let (&(d, before_figure), e) = self.t.after.longest(self.text, at)?;
        if before_figure {
            let next = self.skip_ws(e);
            if !self.found.iter().any(|f| f.start == next) {
                return None;
            }
        }
        Some(d)
    }

    /// A verb of change up to [`NEAR_BEFORE`] words before word `first` or [`NEAR_AFTER`]
    /// after word `last`, within the clause; the nearest wins. With it, whether it is weak.
    fn near(&self, first: usize, last: usize) -> Option<(Direction, bool)> {
        let verb = |k: usize| {
            let (s, e, _) = self.words[k];
            self.t
                .near
                .longest(self.text, s)
                .filter(|&(_, end)| end <= e)
                .map(|(&d, _)| d)
        };
        // Nearest first; a clause end (a comma, a stop) between stops the search that way.
        let (mut back_open, mut ahead_open) = (true, true);
        for step in 1..=NEAR_BEFORE.max(NEAR_AFTER) {
            if back_open && step <= NEAR_BEFORE && first >= step {
                let k = first - step;
                if self.words[k].2 {
                    back_open = false;
                } else if let Some(d) = verb(k) {
                    return Some(d);
                }
            }
            let k = last + step;
            if ahead_open && step <= NEAR_AFTER && k < self.words.len() {
                if self.words[k - 1].2 {
                    ahead_open = false;
                } else if let Some(d) = verb(k) {
                    return Some(d);
                }
            }
        }
        None
    }

    /// The multiplier a times word ending at byte `end` makes with the number before it
    /// (word `i` is the times word's first).
    fn times(&self, i: usize, end: usize, licensed: bool, over: bool) -> Option<Found> {
        let mut n = self.number_ending_at(i.checked_sub(1)?)?;
        let mut end = end;
        if let Some((&fraction, e)) = self.t.fraction_after.longest(self.text, self.skip_ws(end)) {
            n.value += fraction;
            n.high = n.high.map(|h| h + fraction);
            end = e;
        }
        let last = self.last_word(i, end);
        // Occasions: `три пъти седмично`, `three times a week`.
        if super::rates::period_after(self.text, end, self.lang).is_some() {
            return None;
        }
        let whole = n.value.fract().is_zero() && n.high.is_none_or(|h| h.fract().is_zero());
        let after = self.after(end);
        if after == Some(Direction::None) {
            return None;
        }
        let near = self.near(n.first_word, last);
        let licensed = licensed
            || !whole
            || self.before_licence(n.first_word)
            || after.is_some()
            || near.is_some_and(|(_, weak)| !weak);
        if !licensed {
            return None;
        }
        let down = after.or(near.map(|(d, _)| d)) == Some(Direction::Down);
        let mut f = multiplier(&n, end, down, over);
        // kk `екі есеге жуық` (almost twice): a qualifier of nearness after the times word.
        // (Not one of more: `екі есе артық` is twice as much.)
        if f.approx == Approx::Exact {
            let at = self.skip_ws(end);
            if let Some((&a, e)) = data(self.lang).qualifiers_after.longest(self.text, at) {
                if matches!(a, Approx::Almost | Approx::About) {
                    f.approx = a;
                    f.end = e;
                }
            }
        }
        Some(f)
    }

    /// `2,5-fold`: the times word attached to the number at byte `hyphen`.
    fn attached(&self, i: usize, hyphen: usize, end: usize, over: bool) -> Option<Found> {
        let (ws, _, _) = self.words[i];
        let f = self
            .found
            .iter()
            .find(|f| f.start <= ws && f.end >= hyphen && f.end <= end)?;
        if f.kind != FigureKind::Number || f.unit.is_some() {
            return None;
        }
        let n = Number {
            start: f.start,
            first_word: i,
            value: f.value,
            high: f.high,
            approx: f.approx,
        };
        Some(multiplier(&n, end, false, over))
    }

    /// A multiplier in one word (`удвои`, `вдвое`, `twice`) ending at byte `end`.
    fn word(
        &self,
        i: usize,
        end: usize,
        value: Decimal,
        needs_licence: bool,
        verb: bool,
    ) -> Option<Found> {
        let last = self.last_word(i, end);
        if super::rates::period_after(self.text, end, self.lang).is_some() {
            return None;
        }
        let after = self.after(end);
        // A verb of change says no occasion (`се удвояват по време на`).
        if after == Some(Direction::None) && !verb {
            return None;
        }
        let after = after.filter(|&d| d != Direction::None);
        let near = self.near(i, last);
        let strong_near = near.is_some_and(|(_, weak)| !weak);
        if needs_licence && !(self.before_licence(i) || after.is_some() || strong_near) {
            return None;
        }
        let (approx, start) = self.qualifier_before(i);
        let down = !verb
            && value > Decimal::ONE
            && after.or(near.map(|(d, _)| d)) == Some(Direction::Down);
        let n = Number {
            start,
            first_word: i,
            value,
            high: None,
            approx,
        };
        Some(multiplier(&n, end, down, false))
    }

    /// The index of the last word that starts before byte `end`.
    fn last_word(&self, i: usize, end: usize) -> usize {
        let mut last = i;
        while last + 1 < self.words.len() && self.words[last + 1].0 < end {
            last += 1;
        }
        last
    }
}

/// The figure of a multiplier read from `n` to byte `end`: its inverse for a decrease
/// (`down`), over its value for a times phrase that says so (`over`: kk `еседен астам`).
fn multiplier(n: &Number, end: usize, down: bool, over: bool) -> Found {
    let inverse = |v: Decimal| {
        if down && !v.is_zero() {
            (Decimal::ONE / v)
                .round_dp_with_strategy(FRACTION_PLACES, RoundingStrategy::MidpointAwayFromZero)
        } else {
            v
        }
    };
    let (mut value, mut high) = (inverse(n.value), n.high.map(inverse));
    if let Some(h) = high {
        if h < value {
            (value, high) = (h, Some(value));
        }
    }
    Found {
        start: n.start,
        end,
        kind: FigureKind::Measure,
        value,
        high,
        unit: Some(UNIT),
        approx: if over && n.approx == Approx::Exact {
            Approx::Over
        } else {
            n.approx
        },
        scale: None,
        date: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_known_role_and_its_value() {
        for lang in Lang::ALL {
            for r in crate::lang::rows(super::super::lexicon::table(lang, "multipliers")) {
                let ok = match r.get(1).copied() {
                    Some("times") | Some("not") | Some("before") => true,
                    Some("word") | Some("fraction_after") => {
                        r.get(2).is_some_and(|v| v.parse::<Decimal>().is_ok())
                    }
                    Some("after") | Some("near") => direction(r.get(2).copied()).is_some(),
                    _ => false,
                };
                assert!(ok, "{lang}: {r:?}");
            }
        }
    }

    #[test]
    fn words_keep_numbers_and_mark_clause_ends() {
        let text = "ръст 2,5 пъти, по-висок.";
        let w: Vec<&str> = words(text).iter().map(|&(s, e, _)| &text[s..e]).collect();
        assert_eq!(w, ["ръст", "2,5", "пъти", "по-висок"]);
        assert!(words(text)[2].2);
    }
}
