//! The error-injection harness over NTREX-128 (issue 6): Bulgarian as the source, one sentence
//! per line, errors injected into about a fifth of the lines that hold a figure or a name;
//! the en, ru, uk and kk references left clean. Scores sverka's report, a naive digit-multiset
//! check and translate-toolkit's `numbers` check on the same cases, the same way.
//!
//! ```text
//! cargo run --release --example inject_eval [-- --seed 42 --rate 0.2 --no-peers --extra]
//! ```
//!
//! `--extra` adds the families that earlier sessions did not inject (weekday and month words
//! swapped); without it the cases are those of the earlier sessions, byte for byte.
//!
//! - recall per family: an injection is found when a finding (warning or error) of a fitting
//!   kind points at its line; the peers say only "the numbers differ", which is taken as
//!   fitting every family that changes the digits (digits, decimal point, years, deletions);
//! - findings on untouched lines: warning or error rows on lines left clean, per 1000 untouched
//!   lines that hold a figure or a name, per reference language; `info` rows are counted apart.
//!   NTREX's own translations have real errors, so each such finding is looked up in
//!   `reviewed.tsv`, a list of findings a person checked against the English original and
//!   found true; the rest are the false alarms. The summary gives both, and how many of the
//!   reviewed true differences sverka still reports;
//! - everything lands under `target/inject_eval/`: `summary.md`, the injections
//!   (`injected.tsv`), every false alarm (`false_alarms_<tool>_<lang>.tsv`) and every miss
//!   (`misses_<lang>.tsv`), for review. NTREX text stays out of the repository.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;
use sverka::compare;
use sverka::document::Document;
use sverka::figures;
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::pipeline::{self, Analyzed};
use sverka::report::{Kind, Row, Severity};

const REFERENCES: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Uk, Lang::Kk];
const PERTURB_TSV: &str = include_str!("perturb_bg.tsv");
const REVIEWED_TSV: &str = include_str!("reviewed.tsv");

/// A finding on a clean NTREX line that a person checked and found true (`reviewed.tsv`).
struct Reviewed {
    /// 0-based global line.
    line: usize,
    /// The references it holds against; `None` for every reference (`*`).
    refs: Option<Vec<String>>,
    /// Text the finding's message must contain.
    needle: String,
    /// `error` (the meaning differs) or `omission` (one side leaves something out).
    verdict: String,
    /// `source` or `reference`: which text is at fault.
    side: String,
    note: String,
}

impl Reviewed {
    fn load() -> Vec<Reviewed> {
        REVIEWED_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("line\t") && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let line = f.first()?.parse::<usize>().ok()?.checked_sub(1)?;
                let refs = match *f.get(1)? {
                    "*" => None,
                    list => Some(list.split(',').map(str::to_string).collect()),
                };
                Some(Reviewed {
                    line,
                    refs,
                    needle: f.get(2)?.to_string(),
                    verdict: f.get(3)?.to_string(),
                    side: f.get(4)?.to_string(),
                    note: f.get(5).unwrap_or(&"").to_string(),
                })
            })
            .collect()
    }

    /// Whether this review speaks for findings against `lang` ("all" is every reference).
    fn holds_for(&self, lang: &str) -> bool {
        lang == "all"
            || self
                .refs
                .as_ref()
                .is_none_or(|r| r.iter().any(|x| x == lang))
    }
}

/// The families of injected errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Family {
    Digit,
    Decimal,
    Scale,
    PercentPoints,
    Year,
    NumberWord,
    Deleted,
    Qualifier,
    Unit,
    NameMisspelt,
    NameSwapped,
    /// `--extra` only: a weekday word swapped for another (`в сряда` → `в четвъртък`).
    Weekday,
    /// `--extra` only: a month word swapped for another, with or without a day or year.
    Month,
    /// `--extra` only: two figures of one kind in a line trade places.
    FiguresSwapped,
    /// `--extra` only: the period of a rate changes (`годишно` → `месечно`).
    RatePeriod,
    /// `--extra` only: a multiplier changes (`два пъти по-висок` → `три пъти`, `двойно` →
    /// `тройно`, `удвои` → `утрои`).
    Multiplier,
}

impl Family {
    const ALL: [Family; 11] = [
        Family::Digit,
        Family::Decimal,
        Family::Scale,
        Family::PercentPoints,
        Family::Year,
        Family::NumberWord,
        Family::Deleted,
        Family::Qualifier,
        Family::Unit,
        Family::NameMisspelt,
        Family::NameSwapped,
    ];

    /// Families injected only with `--extra`, so that the cases without it stay those of the
    /// earlier sessions, byte for byte.
    const EXTRA: [Family; 5] = [
        Family::Weekday,
        Family::Month,
        Family::FiguresSwapped,
        Family::RatePeriod,
        Family::Multiplier,
    ];

    /// The families in play: [`Family::ALL`], and with `extra` also [`Family::EXTRA`].
    fn in_play(extra: bool) -> Vec<Family> {
        let mut all = Family::ALL.to_vec();
        if extra {
            all.extend(Family::EXTRA);
        }
        all
    }

    fn name(self) -> &'static str {
        match self {
            Family::Digit => "digit change",
            Family::Decimal => "decimal shift",
            Family::Scale => "scale word",
            Family::PercentPoints => "percent → pp",
            Family::Year => "year",
            Family::NumberWord => "number word",
            Family::Deleted => "deleted figure",
            Family::Qualifier => "qualifier",
            Family::Unit => "unit",
            Family::NameMisspelt => "name misspelt",
            Family::NameSwapped => "surname swapped",
            Family::Weekday => "weekday",
            Family::Month => "month",
            Family::FiguresSwapped => "figures swapped",
            Family::RatePeriod => "rate period",
            Family::Multiplier => "multiplier changed",
        }
    }

    /// The report kinds that count as finding this error.
    fn fitting(self) -> &'static [Kind] {
        use Kind::*;
        match self {
            Family::Digit => &[NumberMismatch, DateMismatch, PercentShift, ScaleMismatch],
            Family::Decimal => &[PercentShift, NumberMismatch, ScaleMismatch],
            Family::Scale => &[ScaleMismatch, NumberMismatch],
            Family::PercentPoints => &[PercentShift],
            Family::Year => &[DateMismatch, NumberMismatch],
            Family::NumberWord => &[NumberMismatch, DateMismatch, PercentShift],
            Family::Deleted => &[MissingNumber],
            Family::Qualifier => &[ApproxMismatch],
            Family::Unit => &[UnitMismatch, NumberMismatch],
            Family::NameMisspelt | Family::NameSwapped => &[NameMismatch, MissingName],
            Family::Weekday | Family::Month => &[DateMismatch],
            // Percentages that trade places are a `percent_shift`, other figures a
            // `number_mismatch` (see [`Injection::fitting`]).
            Family::FiguresSwapped => &[PercentShift, NumberMismatch],
            Family::RatePeriod => &[UnitMismatch],
            Family::Multiplier => &[NumberMismatch],
        }
    }

    /// Whether the injection changes the digits of the line (what the peers can see).
    fn changes_digits(self) -> bool {
        matches!(
            self,
            Family::Digit | Family::Decimal | Family::Year | Family::Deleted
        )
    }
}

/// splitmix64: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// The harness's patterns and word lists.
struct Perturber {
    number: Regex,
    year: Regex,
    decimal: Regex,
    percent: Regex,
    deletable: Regex,
    name: Regex,
    words: HashMap<&'static str, (Regex, HashMap<&'static str, &'static str>)>,
    /// Capitalized words seen across the corpus, for swapping surnames.
    name_pool: Vec<String>,
}

impl Perturber {
    fn new(bg_lines: &[String]) -> Perturber {
        let mut lists: BTreeMap<&'static str, HashMap<&'static str, &'static str>> =
            BTreeMap::new();
        for row in sverka::lang::rows(PERTURB_TSV) {
            if let [family, from, to] = row[..] {
                lists.entry(family).or_default().insert(from, to);
            }
        }
        let number_words: Vec<String> = lists
            .get("number_word")
            .map(|m| m.keys().map(|k| regex::escape(k)).collect())
            .unwrap_or_default();
        let words = lists
            .into_iter()
            .map(|(family, map)| {
                let mut keys: Vec<&str> = map.keys().copied().collect();
                keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
                let alternation: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
                // Unit and scale words count only right after a number.
                let re = match family {
                    // A period a few words after a number (`10 млн. долара годишно`).
                    "rate_period" => format!(
                        r"\d(?:\S*\s){{1,4}}?({})(?:[^\p{{L}}]|$)",
                        alternation.join("|")
                    ),
                    "unit" | "scale" => {
                        format!(r"\d[\d,]*\s({})(?:\s|$|[,;:.!?)])", alternation.join("|"))
                    }
                    // A multiplier word (`двойно`, `удвои`), or a number and `пъти` where a
                    // comparative or `до` and a figure follow (`два пъти по-тежък`, `три пъти до
                    // 1,6 милиона`): `два пъти` alone counts occasions as often.
                    "multiplier" => {
                        let (phrases, words): (Vec<String>, Vec<String>) =
                            alternation.iter().cloned().partition(|k| k.contains("пъти"));
                        format!(
                            r"(?:^|[^\p{{L}}])(?:({})(?:[^\p{{L}}]|$)|({})\s+(?:по-|повече|до\s+\d))",
                            words.join("|"),
                            phrases.join("|")
                        )
                    }
                    // A qualifier only where it stands before a number (`около 300`, `над два`):
                    // `над`, `под`, `до` are also plain prepositions.
                    "qualifier" => format!(
                        r"(?:^|[^\p{{L}}])({})\s+(?:\d|(?:{})(?:[^\p{{L}}]|$))",
                        alternation.join("|"),
                        number_words.join("|")
                    ),
                    _ => format!(
                        r"(?:^|[^\p{{L}}])({})(?:[^\p{{L}}]|$)",
                        alternation.join("|")
                    ),
                };
                (family, (Regex::new(&re).expect("word pattern"), map))
            })
            .collect();
        let name = Regex::new(r"\p{Lu}\p{Ll}{3,}").expect("name pattern");
        let mut pool: Vec<String> = bg_lines
            .iter()
            .flat_map(|l| {
                name_spans(&name, l)
                    .into_iter()
                    .map(|(s, e)| l[s..e].to_string())
            })
            .filter(|w| w.chars().count() >= 5)
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        pool.sort();
        Perturber {
            number: Regex::new(r"\d+(?:[ \u{a0}]\d{3})*(?:,\d+)?").expect("number"),
            year: Regex::new(r"\b(?:19|20)\d\d\b").expect("year"),
            decimal: Regex::new(r"\d+,\d+").expect("decimal"),
            percent: Regex::new(r"(\d+(?:,\d+)?)(\s?%|\sпроцента)").expect("percent"),
            deletable: Regex::new(
                r"\d+(?:[ \u{a0}]\d{3})*(?:,\d+)?(?:\s?[-–]\s?\d+(?:,\d+)?)?(?:\s?%|\s(?:хил\.|хиляди|млн\.|милиона|милион|млрд\.|милиарда|милиард|процента))?",
            )
            .expect("deletable"),
            name,
            words,
            name_pool: pool,
        }
    }

    /// Whether a line holds a figure or a name.
    fn eligible(&self, line: &str) -> bool {
        self.number.is_match(line)
            || self
                .words
                .get("number_word")
                .is_some_and(|(re, _)| re.is_match(line))
            || !name_spans(&self.name, line).is_empty()
    }

    fn families_for(&self, line: &str, extra: bool) -> Vec<Family> {
        Family::in_play(extra)
            .into_iter()
            .filter(|&f| self.apply(line, f, &mut Rng(1)).is_some())
            .collect()
    }

    /// Replaces one match of a word list (group 1 of its pattern).
    fn swap_word(&self, line: &str, list: &str, rng: &mut Rng) -> Option<String> {
        let (re, map) = self.words.get(list)?;
        let spans: Vec<(usize, usize)> = re
            .captures_iter(line)
            // Group 2: a second alternative's word (see the `multiplier` pattern).
            .filter_map(|c| c.get(1).or_else(|| c.get(2)).map(|m| (m.start(), m.end())))
            .collect();
        if spans.is_empty() {
            return None;
        }
        let (s, e) = spans[rng.below(spans.len())];
        let to = map.get(&line[s..e])?;
        Some(format!("{}{}{}", &line[..s], to, &line[e..]))
    }

    /// Injects one error of `family` into `line`; `None` when the line has nothing to change.
    fn apply(&self, line: &str, family: Family, rng: &mut Rng) -> Option<String> {
        let years: Vec<(usize, usize)> = self
            .year
            .find_iter(line)
            .map(|m| (m.start(), m.end()))
            .collect();
        let is_year = |s: usize, e: usize| years.iter().any(|&(a, b)| a == s && b == e);
        let out = match family {
            Family::Digit => {
                let nums: Vec<(usize, usize)> = self
                    .number
                    .find_iter(line)
                    .map(|m| (m.start(), m.end()))
                    .filter(|&(s, e)| !is_year(s, e))
                    // A digit inside a word is a typo, no figure (NTREX's bg `по0сериозен`
                    // for `по-сериозен`): changing it changes no figure any reference gives.
                    .filter(|&(s, e)| {
                        let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
                        !(letter(line[..s].chars().next_back()) && letter(line[e..].chars().next()))
                    })
                    .collect();
                let &(s, e) = nums.get(rng.below(nums.len()))?;
                let digits: Vec<usize> = (s..e)
                    .filter(|&i| line.as_bytes()[i].is_ascii_digit())
                    .collect();
                let at = digits[rng.below(digits.len())];
                let old = line.as_bytes()[at] - b'0';
                let mut new = (old + 1 + rng.below(9) as u8) % 10;
                if new == 0 && at == s && digits.len() > 1 {
                    new = if old == 1 { 2 } else { 1 };
                }
                format!("{}{}{}", &line[..at], new, &line[at + 1..])
            }
            Family::Decimal => {
                if let Some(m) = self.decimal.find_iter(line).nth(0) {
                    let t = m.as_str();
                    let (int, frac) = t.split_once(',')?;
                    // Move the decimal comma one place right (4,4 → 44) or left (4,4 → 0,44).
                    let shifted = if rng.chance(0.5) && int != "0" {
                        let (a, b) = int.split_at(int.len() - 1);
                        format!("{}{},{}{}", if a.is_empty() { "0" } else { a }, "", b, frac)
                    } else {
                        let (a, b) = frac.split_at(1);
                        let int = format!("{int}{a}");
                        let int = int.trim_start_matches('0');
                        let int = if int.is_empty() { "0" } else { int };
                        if b.is_empty() {
                            int.to_string()
                        } else {
                            format!("{int},{b}")
                        }
                    };
                    format!("{}{}{}", &line[..m.start()], shifted, &line[m.end()..])
                } else {
                    let c = self.percent.captures_iter(line).find(|c| {
                        c.get(1)
                            .is_some_and(|n| n.as_str().len() >= 2 && !n.as_str().contains(','))
                    })?;
                    let n = c.get(1)?;
                    let t = n.as_str();
                    let shifted = if let Some(stripped) = t.strip_suffix('0') {
                        stripped.to_string()
                    } else {
                        format!("{},{}", &t[..t.len() - 1], &t[t.len() - 1..])
                    };
                    format!("{}{}{}", &line[..n.start()], shifted, &line[n.end()..])
                }
            }
            Family::Scale => self.swap_word(line, "scale", rng)?,
            Family::PercentPoints => {
                let caps: Vec<_> = self.percent.captures_iter(line).collect();
                let c = caps.get(rng.below(caps.len()))?;
                let sign = c.get(2)?;
                format!(
                    "{} процентни пункта{}",
                    &line[..sign.start()],
                    &line[sign.end()..]
                )
            }
            Family::Year => {
                let &(s, e) = years.get(rng.below(years.len()))?;
                let y: i32 = line[s..e].parse().ok()?;
                let delta = 1 + rng.below(3) as i32;
                let y = if rng.chance(0.5) {
                    y + delta
                } else {
                    y - delta
                };
                format!("{}{}{}", &line[..s], y, &line[e..])
            }
            Family::NumberWord => self.swap_word(line, "number_word", rng)?,
            Family::Deleted => {
                let spans: Vec<(usize, usize)> = self
                    .deletable
                    .find_iter(line)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                let &(s, e) = spans.get(rng.below(spans.len()))?;
                let before = line[..s].trim_end();
                let after = line[e..].trim_start();
                if after.starts_with(|c: char| c.is_alphanumeric()) && !before.is_empty() {
                    format!("{before} {after}")
                } else {
                    format!("{before}{after}")
                }
            }
            Family::Qualifier => self.swap_word(line, "qualifier", rng)?,
            Family::Unit => self.swap_word(line, "unit", rng)?,
            Family::Weekday => self.swap_word(line, "weekday", rng)?,
            Family::Month => self.swap_word(line, "month", rng)?,
            Family::NameMisspelt => {
                let spans = name_spans(&self.name, line);
                let &(s, e) = spans.get(rng.below(spans.len()))?;
                let word: Vec<char> = line[s..e].chars().collect();
                let at = 1 + rng.below(word.len() - 2);
                let mut w = word.clone();
                if rng.chance(0.5) {
                    w.remove(at);
                } else {
                    const LETTERS: [char; 8] = ['а', 'е', 'и', 'о', 'у', 'н', 'р', 'к'];
                    let mut c = LETTERS[rng.below(LETTERS.len())];
                    if c == w[at] {
                        c = if c == 'а' { 'о' } else { 'а' };
                    }
                    w[at] = c;
                }
                let w: String = w.into_iter().collect();
                format!("{}{}{}", &line[..s], w, &line[e..])
            }
            Family::NameSwapped => {
                let spans = name_spans(&self.name, line);
                let &(s, e) = spans.get(rng.below(spans.len()))?;
                let old = &line[s..e];
                let pool: Vec<&String> = self
                    .name_pool
                    .iter()
                    .filter(|p| strsim::levenshtein(p, old) >= 3 && !line.contains(p.as_str()))
                    .collect();
                let new = pool.get(rng.below(pool.len()))?;
                format!("{}{}{}", &line[..s], new, &line[e..])
            }
            Family::FiguresSwapped => {
                let pairs = swappable_figures(line);
                let &(a, b) = pairs.get(rng.below(pairs.len()))?;
                format!(
                    "{}{}{}{}{}",
                    &line[..a.0],
                    &line[b.0..b.1],
                    &line[a.1..b.0],
                    &line[a.0..a.1],
                    &line[b.1..]
                )
            }
            Family::RatePeriod => self.swap_word(line, "rate_period", rng)?,
            Family::Multiplier => self.swap_word(line, "multiplier", rng)?,
        };
        (out != line).then_some(out)
    }
}

/// Pairs of figures of one kind in a line that a swap changes (byte spans, the first before
/// the second): percentages, or money, measures or counts of one unit, of different values.
/// Years, dates and ordinals are left to the year family.
fn swappable_figures(line: &str) -> Vec<((usize, usize), (usize, usize))> {
    use figures::FigureKind::*;
    let all: Vec<figures::Figure> = figures::extract_text(line, Lang::Bg)
        .into_iter()
        .filter(|f| line.get(f.offset..f.offset + f.text.len()) == Some(f.text.as_str()))
        .collect();
    let mut pairs = Vec::new();
    // A score (`3-1`, read as one figure since sc18): its two counts trade places, as they
    // did when the two were read as two counts.
    let digit_runs = Regex::new(r"[0-9]+").expect("digit run");
    for f in all
        .iter()
        .filter(|f| f.kind == Score && f.high != Some(f.value))
    {
        let runs: Vec<(usize, usize)> = digit_runs
            .find_iter(&f.text)
            .map(|m| (f.offset + m.start(), f.offset + m.end()))
            .collect();
        if let [a, b] = runs[..] {
            pairs.push((a, b));
        }
    }
    let found: Vec<&figures::Figure> = all
        .iter()
        .filter(|f| matches!(f.kind, Percent | Money | Measure | Number))
        .collect();
    for (i, a) in found.iter().enumerate() {
        for b in &found[i + 1..] {
            let (ea, sb) = (a.offset + a.text.len(), b.offset);
            if a.kind == b.kind && a.unit == b.unit && a.value != b.value && ea < sb {
                pairs.push(((a.offset, ea), (sb, sb + b.text.len())));
            }
        }
    }
    pairs
}

/// Capitalized words that are not the first word of the line: the harness's idea of a name.
fn name_spans(re: &Regex, line: &str) -> Vec<(usize, usize)> {
    re.find_iter(line)
        .filter(|m| {
            let before = line[..m.start()].trim_end();
            !before.is_empty()
                && !before.ends_with(['.', '!', '?', ':', '—', '-', '„', '"', '«', '“'])
                && !line[..m.start()].ends_with(|c: char| c.is_alphanumeric())
                && !line[m.end()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

struct Injection {
    line: usize,
    family: Family,
    before: String,
    after: String,
}

impl Injection {
    /// The report kinds that count as finding this injection. A deletion that takes part of
    /// a figure (the low end of `1 до 4 инча`, the hour of `11:15`, the year of `29 септември
    /// 1918 г.`) leaves a changed figure, not a missing one: a row saying the figure differs
    /// fits it as well.
    fn fitting(&self) -> Vec<Kind> {
        let mut kinds = self.family.fitting().to_vec();
        if self.family == Family::Deleted && self.takes_part_of_a_figure() {
            kinds.extend([Kind::NumberMismatch, Kind::DateMismatch]);
        }
        if self.family == Family::FiguresSwapped {
            // Percentages moved to another place are a `percent_shift`; money, measures and
            // counts a `number_mismatch`.
            let (start, _) = self.changed_span();
            let percent = figures::extract_text(&self.before, Lang::Bg)
                .iter()
                .any(|f| {
                    (f.offset..f.offset + f.text.len()).contains(&start)
                        && f.kind == figures::FigureKind::Percent
                });
            kinds = vec![if percent {
                Kind::PercentShift
            } else {
                Kind::NumberMismatch
            }];
        }
        kinds
    }

    /// Whether the bytes the injection removed lie inside a figure of the clean line that
    /// reaches beyond them.
    fn takes_part_of_a_figure(&self) -> bool {
        let (start, end) = self.changed_span();
        // The deleted span, without the spaces the deletion closed up.
        let span = &self.before[start..end];
        let start = start + (span.len() - span.trim_start().len());
        let end = end - (span.len() - span.trim_end().len());
        figures::extract_text(&self.before, Lang::Bg)
            .iter()
            .any(|f| {
                let (fs, fe) = (f.offset, f.offset + f.text.len());
                fs <= start && end <= fe && (fs < start || end < fe)
            })
    }

    /// The bytes of the clean line the injection changed, widened to whole characters.
    fn changed_span(&self) -> (usize, usize) {
        let (b, a) = (self.before.as_bytes(), self.after.as_bytes());
        let start = b.iter().zip(a).take_while(|(x, y)| x == y).count();
        let common_end = b
            .iter()
            .rev()
            .zip(a.iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
            .min(b.len().saturating_sub(start))
            .min(a.len().saturating_sub(start));
        let mut end = b.len() - common_end;
        // Bytes compared, not characters: widen to whole characters.
        let mut start = start;
        while !self.before.is_char_boundary(start) {
            start -= 1;
        }
        while !self.before.is_char_boundary(end) {
            end += 1;
        }
        (start, end)
    }
}

/// A tool's findings: per global line, the kinds and severities reported there.
type Findings = HashMap<usize, Vec<(Kind, Severity, String)>>;

struct Score {
    found: BTreeMap<Family, (usize, usize)>,
    /// Warning and error rows on untouched lines, reviewed or not.
    findings_untouched: usize,
    /// Of those, the ones `reviewed.tsv` lists as true.
    reviewed_true: usize,
    /// The `name_mismatch` and `missing_name` findings among them, and how many are unreviewed
    /// (issue 4 counts these per 1000 lines).
    name_findings: (usize, usize),
    /// Reviewed true differences that apply to this reference, and how many are reported.
    reviewed_reported: (usize, usize),
    false_alarms: usize,
    info_on_untouched: usize,
    alarm_list: Vec<String>,
    /// The `info` rows on untouched lines, listed like the false alarms.
    info_list: Vec<String>,
    misses: Vec<String>,
    /// Digit changes whose figure the reference carries (see [`carried_digit_changes`]):
    /// found, total.
    digits_carried: (usize, usize),
}

/// The lines of digit changes whose original figure each reference gives on its line (the
/// same number, whatever the qualifier or unit conversion), keyed by reference code and
/// `all` (any of the four). A change the reference cannot show (it drops the figure, or says
/// it in a way no reader of figures takes for one) has no evidence against that reference.
fn carried_digit_changes(
    injections: &[Injection],
    ntrex: &Ntrex,
) -> HashMap<String, HashSet<usize>> {
    let mut carried: HashMap<String, HashSet<usize>> = HashMap::new();
    for inj in injections.iter().filter(|i| i.family == Family::Digit) {
        let (changed_at, _) = inj.changed_span();
        let Some(original) = figures::extract_text(&inj.before, Lang::Bg)
            .into_iter()
            .find(|f| (f.offset..f.offset + f.text.len()).contains(&changed_at))
        else {
            continue;
        };
        for &lang in &REFERENCES {
            let line = &ntrex.lines(lang)[inj.line];
            let gives = figures::extract_text(line, lang)
                .iter()
                .any(|r| compare::relate(&original, r).same_number());
            if gives {
                carried
                    .entry(lang.code().to_string())
                    .or_default()
                    .insert(inj.line);
                carried
                    .entry("all".to_string())
                    .or_default()
                    .insert(inj.line);
            }
        }
    }
    carried
}

fn score(
    findings: &Findings,
    injections: &[Injection],
    reviewed: &[Reviewed],
    lang: &str,
    carried: &HashSet<usize>,
    describe: impl Fn(usize) -> String,
) -> Score {
    let injected: HashMap<usize, &Injection> = injections.iter().map(|i| (i.line, i)).collect();
    let mut found: BTreeMap<Family, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut digits_carried = (0, 0);
    for inj in injections {
        let rows = findings.get(&inj.line).map(Vec::as_slice).unwrap_or(&[]);
        let fitting = inj.fitting();
        let hit = rows
            .iter()
            .any(|(k, s, _)| *s >= Severity::Warning && fitting.contains(k));
        let e = found.entry(inj.family).or_default();
        e.1 += 1;
        if inj.family == Family::Digit && carried.contains(&inj.line) {
            digits_carried.1 += 1;
            digits_carried.0 += usize::from(hit);
        }
        if hit {
            e.0 += 1;
        } else {
            let got: Vec<String> = rows
                .iter()
                .map(|(k, s, m)| format!("{k}/{s}: {m}"))
                .collect();
            misses.push(format!(
                "{}\t{}\t{}\t{}\t{}",
                inj.line + 1,
                inj.family.name(),
                got.join(" ¦ "),
                inj.before,
                inj.after
            ));
        }
    }
    let applicable: Vec<&Reviewed> = reviewed
        .iter()
        .filter(|r| r.holds_for(lang) && !injected.contains_key(&r.line))
        .collect();
    let mut reported = HashSet::new();
    let mut findings_untouched = 0;
    let mut reviewed_true = 0;
    let mut name_findings = (0, 0);
    let mut false_alarms = 0;
    let mut info = 0;
    let mut alarm_list = Vec::new();
    let mut info_list = Vec::new();
    let mut lines: Vec<&usize> = findings.keys().collect();
    lines.sort();
    for &line in lines {
        if injected.contains_key(&line) {
            continue;
        }
        for (k, s, msg) in &findings[&line] {
            if *s >= Severity::Warning {
                findings_untouched += 1;
                let is_name = matches!(k, Kind::NameMismatch | Kind::MissingName);
                name_findings.0 += usize::from(is_name);
                let review = applicable
                    .iter()
                    .position(|r| r.line == line && msg.contains(&r.needle));
                let verdict = match review {
                    Some(i) => {
                        reported.insert(i);
                        reviewed_true += 1;
                        let r = applicable[i];
                        format!("true {} ({}): {}", r.verdict, r.side, r.note)
                    }
                    None => {
                        false_alarms += 1;
                        name_findings.1 += usize::from(is_name);
                        String::new()
                    }
                };
                alarm_list.push(format!(
                    "{}\t{k}\t{s}\t{msg}\t{verdict}\t{}",
                    line + 1,
                    describe(line)
                ));
            } else {
                info += 1;
                info_list.push(format!("{}\t{k}\t{s}\t{msg}\t{}", line + 1, describe(line)));
            }
        }
    }
    Score {
        found,
        findings_untouched,
        reviewed_true,
        name_findings,
        reviewed_reported: expected_reported(&applicable, &reported, lang),
        false_alarms,
        info_on_untouched: info,
        alarm_list,
        info_list,
        misses,
        digits_carried,
    }
}

/// How many of the reviewed true errors a report should carry, and how many it does (an
/// omission that keeps the meaning may be reported or not). Against all four references at once, a reference's own slip that the others correct is
/// not the source's fault, so only the source's errors are expected there.
fn expected_reported(
    applicable: &[&Reviewed],
    reported: &HashSet<usize>,
    lang: &str,
) -> (usize, usize) {
    let expected: Vec<usize> = (0..applicable.len())
        .filter(|&i| applicable[i].verdict == "error")
        .filter(|&i| lang != "all" || applicable[i].side == "source")
        .collect();
    let found = expected.iter().filter(|i| reported.contains(i)).count();
    (expected.len(), found)
}

fn digit_runs(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(|t| t.trim_start_matches('0').to_string())
        .collect();
    v.sort();
    v
}

struct Args {
    seed: u64,
    rate: f64,
    peers: bool,
    /// Write each injected document and its references under `target/inject_eval/docs/`, for
    /// `sverka check` and `sverka extract` by hand.
    dump: bool,
    /// Also inject the families of [`Family::EXTRA`] (weekdays, months, figures swapped,
    /// rate periods).
    extra: bool,
}

fn parse_args() -> Args {
    let mut a = Args {
        seed: 42,
        rate: 0.2,
        peers: true,
        dump: false,
        extra: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seed" => a.seed = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.seed),
            "--rate" => a.rate = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.rate),
            "--no-peers" => a.peers = false,
            "--dump" => a.dump = true,
            "--extra" => a.extra = true,
            other => eprintln!("inject_eval: ignoring unknown argument {other}"),
        }
    }
    a
}

fn analyze(lang: Lang, lines: &[String]) -> Option<Analyzed> {
    let path = PathBuf::from(format!("{}.txt", lang.code()));
    let doc = Document::from_text(&path, lang, lines.join("\n")).ok()?;
    Some(pipeline::analyze(doc, true))
}

fn pct(found: usize, total: usize) -> String {
    if total == 0 {
        "–".into()
    } else {
        format!("{:.2}", found as f64 / total as f64)
    }
}

fn main() {
    let args = parse_args();
    let Some(ntrex) = Ntrex::load_default_or_skip("inject_eval") else {
        return;
    };
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/inject_eval");
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("inject_eval: cannot create {}: {e}", out_dir.display());
        return;
    }
    let bg = ntrex.lines(Lang::Bg).to_vec();
    let perturber = Perturber::new(&bg);
    let reviewed = Reviewed::load();

    // Inject.
    let mut rng = Rng(args.seed);
    let mut source = bg.clone();
    let mut injections = Vec::new();
    let mut eligible = HashSet::new();
    let mut counts: HashMap<Family, usize> = HashMap::new();
    for (i, line) in bg.iter().enumerate() {
        if !perturber.eligible(line) {
            continue;
        }
        eligible.insert(i);
        if !rng.chance(args.rate) {
            continue;
        }
        let families = perturber.families_for(line, args.extra);
        if families.is_empty() {
            continue;
        }
        // Prefer the family used least so far, so that rare families get cases too.
        let least = families
            .iter()
            .map(|f| counts.get(f).copied().unwrap_or(0))
            .min()
            .unwrap_or(0);
        let rarest: Vec<Family> = families
            .iter()
            .copied()
            .filter(|f| counts.get(f).copied().unwrap_or(0) == least)
            .collect();
        let family = rarest[rng.below(rarest.len())];
        if let Some(after) = perturber.apply(line, family, &mut rng) {
            *counts.entry(family).or_default() += 1;
            source[i] = after.clone();
            injections.push(Injection {
                line: i,
                family,
                before: line.clone(),
                after,
            });
        }
    }
    let injected: HashSet<usize> = injections.iter().map(|i| i.line).collect();
    let untouched: HashSet<usize> = eligible.difference(&injected).copied().collect();
    let mut listing = String::from("line\tfamily\tbefore\tafter\n");
    for inj in &injections {
        let _ = writeln!(
            listing,
            "{}\t{}\t{}\t{}",
            inj.line + 1,
            inj.family.name(),
            inj.before,
            inj.after
        );
    }
    write(&out_dir.join("injected.tsv"), &listing);
    eprintln!(
        "inject_eval: {} lines, {} with a figure or name, {} injected (seed {}, rate {})",
        bg.len(),
        eligible.len(),
        injections.len(),
        args.seed,
        args.rate
    );

    // sverka, against each reference alone and against all four at once.
    let started = std::time::Instant::now();
    let mut sverka: BTreeMap<String, Findings> = BTreeMap::new();
    // With --dump: every row, per reference (and `all`), for reading offline.
    let mut all_rows: BTreeMap<String, String> = BTreeMap::new();
    for (doc_id, range) in &ntrex.documents {
        if args.dump {
            dump_document(
                &out_dir,
                doc_id,
                &source[range.clone()],
                &ntrex,
                range.clone(),
            );
        }
        let Some(src) = analyze(Lang::Bg, &source[range.clone()]) else {
            continue;
        };
        let refs: Vec<Analyzed> = REFERENCES
            .iter()
            .filter_map(|&l| analyze(l, &ntrex.lines(l)[range.clone()]))
            .collect();
        let mut record = |key: &str, rows: Vec<Row>| {
            let f = sverka.entry(key.to_string()).or_default();
            for r in rows {
                let Some(line) = r.source_line.or(r.ref_line) else {
                    continue;
                };
                let global = range.start + line - 1;
                if args.dump {
                    let _ = writeln!(
                        all_rows.entry(key.to_string()).or_default(),
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        global + 1,
                        r.kind,
                        r.severity,
                        r.source_text,
                        r.source_value,
                        r.ref_text,
                        r.ref_value,
                        r.message
                    );
                }
                f.entry(global)
                    .or_default()
                    .push((r.kind, r.severity, r.message.clone()));
            }
        };
        for r in &refs {
            let rows = compare::check(doc_id, &src, std::slice::from_ref(r));
            record(r.doc.lang.code(), rows);
        }
        let mut rows = compare::check(doc_id, &src, &refs);
        // With four references one error gives up to four rows: count one per line and kind,
        // the most severe (the first in report order may be one reference's `info` while the
        // other three report an error: keeping it would hide the finding).
        rows.sort_by_key(|r| std::cmp::Reverse(r.severity));
        let mut seen = HashSet::new();
        rows.retain(|r| {
            seen.insert((
                r.source_line,
                r.ref_line.filter(|_| r.source_line.is_none()),
                r.kind,
            ))
        });
        record("all", rows);
    }
    let elapsed = started.elapsed();
    for (key, text) in &all_rows {
        write(&out_dir.join(format!("rows_{key}.tsv")), text);
    }

    // The naive digit-multiset check.
    let mut naive: BTreeMap<String, Findings> = BTreeMap::new();
    for &lang in &REFERENCES {
        let f = naive.entry(lang.code().to_string()).or_default();
        for (i, (s, r)) in source.iter().zip(ntrex.lines(lang)).enumerate() {
            if digit_runs(s) != digit_runs(r) {
                f.entry(i).or_default().push((
                    Kind::NumberMismatch,
                    Severity::Error,
                    "digits differ".into(),
                ));
            }
        }
    }

    // translate-toolkit's numbers check.
    let mut toolkit: Option<BTreeMap<String, Findings>> = None;
    if args.peers {
        let mut cases = String::new();
        for &lang in &REFERENCES {
            for (i, (s, r)) in source.iter().zip(ntrex.lines(lang)).enumerate() {
                let clean = |t: &str| t.replace('\t', " ");
                let _ = writeln!(
                    cases,
                    "{}:{}\t{}\t{}\t{}",
                    lang.code(),
                    i,
                    lang.code(),
                    clean(s),
                    clean(r)
                );
            }
        }
        let cases_path = out_dir.join("cases.tsv");
        let flagged_path = out_dir.join("toolkit_flagged.tsv");
        write(&cases_path, &cases);
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/peers/numbers_check.sh");
        match Command::new(&script).arg(&cases_path).arg(&flagged_path).status() {
            Ok(st) if st.success() => {
                let text = std::fs::read_to_string(&flagged_path).unwrap_or_default();
                let mut m: BTreeMap<String, Findings> = BTreeMap::new();
                for &lang in &REFERENCES {
                    m.entry(lang.code().to_string()).or_default();
                }
                for id in text.lines() {
                    if let Some((lang, i)) = id.split_once(':') {
                        if let (Some(f), Ok(i)) = (m.get_mut(lang), i.parse::<usize>()) {
                            f.entry(i).or_default().push((Kind::NumberMismatch, Severity::Error, "numbers differ".into()));
                        }
                    }
                }
                toolkit = Some(m);
            }
            other => eprintln!("inject_eval: translate-toolkit check not run ({other:?}); rerun with network for pip"),
        }
    }

    // Score and write.
    let describe = |line: usize| source.get(line).cloned().unwrap_or_default();
    let mut summary = String::new();
    let _ = writeln!(
        summary,
        "NTREX-128: {} lines, {} with a figure or name, {} injected, {} untouched with a figure or name (seed {}, rate {}); sverka analyzed and checked the 123 documents five times (each reference, then all four) in {:.2} s\n",
        bg.len(),
        eligible.len(),
        injections.len(),
        untouched.len(),
        args.seed,
        args.rate,
        elapsed.as_secs_f64()
    );
    let mut tools: Vec<(&str, &BTreeMap<String, Findings>)> =
        vec![("sverka", &sverka), ("naive digits", &naive)];
    if let Some(t) = &toolkit {
        tools.push(("translate-toolkit numbers", t));
    }
    let carried = carried_digit_changes(&injections, &ntrex);
    for (tool, per_lang) in tools {
        let langs: Vec<&String> = per_lang.keys().collect();
        let scores: Vec<Score> = langs
            .iter()
            .map(|l| {
                let none: &[Reviewed] = &[];
                // The peers' rows say only "numbers differ": no needle to look up.
                let review = if tool == "sverka" {
                    &reviewed[..]
                } else {
                    none
                };
                let none_carried = HashSet::new();
                let carried_here = carried.get(l.as_str()).unwrap_or(&none_carried);
                let mut s = score(
                    &per_lang[*l],
                    &injections,
                    review,
                    l,
                    carried_here,
                    describe,
                );
                if tool != "sverka" {
                    // The peers flag "numbers differ": fitting for the families that change digits.
                    s.found = peer_found(&per_lang[*l], &injections);
                }
                s
            })
            .collect();
        let _ = writeln!(summary, "### {tool}\n");
        let _ = writeln!(
            summary,
            "| family | cases | {} |",
            langs
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let _ = writeln!(summary, "|---|---|{}", "---|".repeat(langs.len()));
        for fam in Family::in_play(args.extra) {
            let n = injections.iter().filter(|i| i.family == fam).count();
            if n == 0 && Family::EXTRA.contains(&fam) {
                continue;
            }
            let cells: Vec<String> = scores
                .iter()
                .map(|s| {
                    let (f, t) = s.found.get(&fam).copied().unwrap_or((0, 0));
                    pct(f, t)
                })
                .collect();
            let _ = writeln!(summary, "| {} | {n} | {} |", fam.name(), cells.join(" | "));
        }
        let carried_cells: Vec<String> = scores
            .iter()
            .map(|s| format!("{} of {}", s.digits_carried.0, s.digits_carried.1))
            .collect();
        let _ = writeln!(
            summary,
            "| digit change, the reference giving the figure (found of cases) | | {} |",
            carried_cells.join(" | ")
        );
        let overall: Vec<String> = scores
            .iter()
            .map(|s| {
                let (f, t) = s.found.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
                format!("**{}**", pct(f, t))
            })
            .collect();
        let _ = writeln!(
            summary,
            "| **recall, all families** | {} | {} |",
            injections.len(),
            overall.join(" | ")
        );
        let per_1000 = |n: usize| {
            format!(
                "{:.1} ({n})",
                n as f64 * 1000.0 / untouched.len().max(1) as f64
            )
        };
        let findings: Vec<String> = scores
            .iter()
            .map(|s| per_1000(s.findings_untouched))
            .collect();
        let _ = writeln!(
            summary,
            "| **findings on untouched lines per 1000 (count)** | {} | {} |",
            untouched.len(),
            findings.join(" | ")
        );
        if tool == "sverka" {
            let true_ones: Vec<String> = scores.iter().map(|s| per_1000(s.reviewed_true)).collect();
            let _ = writeln!(
                summary,
                "| of them reviewed as true differences (`reviewed.tsv`) | | {} |",
                true_ones.join(" | ")
            );
            let fa: Vec<String> = scores.iter().map(|s| per_1000(s.false_alarms)).collect();
            let _ = writeln!(
                summary,
                "| **false alarms: the rest, per 1000 (count)** | | {} |",
                fa.join(" | ")
            );
            let names: Vec<String> = scores
                .iter()
                .map(|s| {
                    let per = |n: usize| n as f64 * 1000.0 / bg.len().max(1) as f64;
                    format!(
                        "{:.1} / {:.1}",
                        per(s.name_findings.0),
                        per(s.name_findings.1)
                    )
                })
                .collect();
            let _ = writeln!(
                summary,
                "| name findings per 1000 NTREX lines ({} lines; issue 4): all / unreviewed | | {} |",
                bg.len(),
                names.join(" | ")
            );
            let kept: Vec<String> = scores
                .iter()
                .map(|s| format!("{} of {}", s.reviewed_reported.1, s.reviewed_reported.0))
                .collect();
            let _ = writeln!(
                summary,
                "| reviewed true errors still reported | | {} |",
                kept.join(" | ")
            );
        }
        if tool == "sverka" {
            let info: Vec<String> = scores
                .iter()
                .map(|s| s.info_on_untouched.to_string())
                .collect();
            let _ = writeln!(
                summary,
                "| info rows on untouched lines | | {} |",
                info.join(" | ")
            );
        }
        let _ = writeln!(summary);
        let slug = tool
            .split_whitespace()
            .next()
            .unwrap_or(tool)
            .replace('-', "_");
        for (l, s) in langs.iter().zip(&scores) {
            write(
                &out_dir.join(format!("false_alarms_{slug}_{l}.tsv")),
                &format!(
                    "line\tkind\tseverity\tmessage\treview\tsource line\n{}\n",
                    s.alarm_list.join("\n")
                ),
            );
            if tool == "sverka" {
                write(
                    &out_dir.join(format!("info_{l}.tsv")),
                    &format!(
                        "line\tkind\tseverity\tmessage\tsource line\n{}\n",
                        s.info_list.join("\n")
                    ),
                );
                write(
                    &out_dir.join(format!("misses_{l}.tsv")),
                    &format!(
                        "line\tfamily\treported\tbefore\tafter\n{}\n",
                        s.misses.join("\n")
                    ),
                );
            }
        }
    }
    write(&out_dir.join("summary.md"), &summary);
    print!("{summary}");
    eprintln!("inject_eval: details under {}", out_dir.display());
}

/// Recall of a peer that only says "the numbers differ on this line".
fn peer_found(findings: &Findings, injections: &[Injection]) -> BTreeMap<Family, (usize, usize)> {
    let mut found: BTreeMap<Family, (usize, usize)> = BTreeMap::new();
    for inj in injections {
        let e = found.entry(inj.family).or_default();
        e.1 += 1;
        if inj.family.changes_digits() && findings.contains_key(&inj.line) {
            e.0 += 1;
        }
    }
    found
}

/// One document as `sverka audit` reads it: `bg.txt` (with the injections) and the references;
/// line numbers in the files are the document's, the first line is global line `range.start + 1`.
fn dump_document(
    out_dir: &Path,
    doc_id: &str,
    source: &[String],
    ntrex: &Ntrex,
    range: std::ops::Range<usize>,
) {
    let dir = out_dir.join("docs").join(doc_id.replace('/', "_"));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("inject_eval: cannot create {}: {e}", dir.display());
        return;
    }
    write(&dir.join("bg.txt"), &(source.join("\n") + "\n"));
    for lang in REFERENCES {
        let lines = &ntrex.lines(lang)[range.clone()];
        write(
            &dir.join(format!("{}.txt", lang.code())),
            &(lines.join("\n") + "\n"),
        );
    }
    write(
        &dir.join("first_line.txt"),
        &format!("{}\n", range.start + 1),
    );
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("inject_eval: cannot write {}: {e}", path.display());
    }
}
