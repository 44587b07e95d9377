//! No panic on any input: structured fuzzing of every stage with texts built from the
//! project's own vocabulary (`tests/support/fuzz_text.rs`), for each language.
//!
//! - extraction (figures and names) never panics, and every figure and name lies on char
//!   boundaries inside the text and is the text it says it is;
//! - segmentation never panics and its sentences lie on char boundaries;
//! - `align` and `compare::check` of a source against references never panic, and a text
//!   checked against a copy of itself gives no `error` row.
//!
//! The default case counts keep the suite quick; `PROPTEST_CASES=20000 cargo test --release
//! --test fuzz` runs long. The minimal cases of the panics found are the regular tests at the
//! end.

use std::path::Path;

use proptest::prelude::*;
use sverka::align;
use sverka::compare;
use sverka::document::Document;
use sverka::figures::extract_text;
use sverka::lang::Lang;
use sverka::pipeline::{self, Analyzed};
use sverka::report::Severity;

#[path = "support/fuzz_text.rs"]
mod fuzz_text;
use fuzz_text::{cases, edited, edits, text};

/// Tokens in a generated text: a sentence or three.
const TOKENS: usize = 40;

/// Figures of `text` read on their own: each lies on char boundaries and is its own text.
fn extraction_holds(lang: Lang, text: &str) -> Result<(), TestCaseError> {
    for f in extract_text(text, lang) {
        let end = f.offset + f.text.len();
        prop_assert!(end <= text.len(), "{:?} past the end", f);
        prop_assert!(text.is_char_boundary(f.offset) && text.is_char_boundary(end));
        prop_assert_eq!(&text[f.offset..end], f.text.as_str());
        // What `extract` and the reports print.
        let _ = (f.normalized(), f.contract_kind(), f.share());
    }
    Ok(())
}

/// `text` analyzed as a document of `lang` (None when it is blank: an input error).
fn analyzed(lang: Lang, text: &str, presegmented: bool) -> Option<Analyzed> {
    let doc = Document::from_text(Path::new("fuzz.txt"), lang, text.to_string()).ok()?;
    Some(pipeline::analyze(doc, presegmented))
}

/// Sentences, figures and names of an analyzed document lie on char boundaries of its text.
fn analysis_holds(a: &Analyzed) -> Result<(), TestCaseError> {
    let text = &a.doc.text;
    for s in &a.sentences {
        prop_assert!(s.start <= s.end && s.end <= text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert_eq!(s.text.len(), s.end - s.start);
    }
    let base = a.doc.base;
    for f in a.figures.iter().flatten() {
        let at = f.offset - base;
        prop_assert!(at + f.text.len() <= text.len(), "{:?} past the end", f);
        prop_assert!(text.is_char_boundary(at) && text.is_char_boundary(at + f.text.len()));
    }
    for n in a.names.iter().flatten() {
        let at = n.offset - base;
        prop_assert!(at + n.text.len() <= text.len(), "{:?} past the end", n);
        prop_assert!(text.is_char_boundary(at) && text.is_char_boundary(at + n.text.len()));
        // A sentence reads its line breaks as spaces (`Sentence::text`).
        let written = text[at..at + n.text.len()].replace(['\r', '\n'], " ");
        prop_assert_eq!(written, n.text.as_str());
    }
    Ok(())
}

fn stages_hold(lang: Lang, text: &str, presegmented: bool) -> Result<(), TestCaseError> {
    extraction_holds(lang, text)?;
    if let Some(a) = analyzed(lang, text, presegmented) {
        analysis_holds(&a)?;
    }
    Ok(())
}

/// A text checked against a copy of itself: no `error` row (and no panic).
fn copy_agrees(lang: Lang, text: &str) -> Result<(), TestCaseError> {
    let (Some(source), Some(copy)) = (analyzed(lang, text, false), analyzed(lang, text, false))
    else {
        return Ok(());
    };
    let _ = align::align(&source, &copy);
    let rows = compare::check("fuzz", &source, std::slice::from_ref(&copy));
    let errors: Vec<_> = rows
        .iter()
        .filter(|r| r.severity == Severity::Error)
        .collect();
    prop_assert!(errors.is_empty(), "errors against itself: {:?}", errors);
    Ok(())
}

macro_rules! per_language {
    ($($stages:ident, $copy:ident, $lang:expr;)*) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(cases(40)))]
            $(
                #[test]
                fn $stages(t in text($lang, TOKENS), presegmented in any::<bool>()) {
                    stages_hold($lang, &t, presegmented)?;
                }
            )*
        }
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(cases(16)))]
            $(
                #[test]
                fn $copy(t in text($lang, TOKENS)) {
                    copy_agrees($lang, &t)?;
                }
            )*
        }
    };
}

per_language! {
    stages_bg, copy_bg, Lang::Bg;
    stages_ru, copy_ru, Lang::Ru;
    stages_uk, copy_uk, Lang::Uk;
    stages_kk, copy_kk, Lang::Kk;
    stages_en, copy_en, Lang::En;
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(16)))]

    /// A text against an edited copy of itself (figures, words and punctuation put in or cut),
    /// in its own language and read as each other language: the figures and names pair up,
    /// so the relations between them are worked out (a scale, a sign, a hundred digits).
    #[test]
    fn check_against_edited_copies(
        (own, t, e) in prop::sample::select(Lang::ALL.to_vec())
            .prop_flat_map(|l| (Just(l), text(l, TOKENS), edits(l))),
        other in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let Some(source) = analyzed(own, &t, false) else { return Ok(()) };
        let copy = edited(&t, &e);
        let references: Vec<Analyzed> = [own, other]
            .iter()
            .filter_map(|l| analyzed(*l, &copy, false))
            .collect();
        let _ = compare::check("fuzz", &source, &references);
    }

    /// A Bulgarian source against generated references in the four languages.
    #[test]
    fn check_against_references(
        bg in text(Lang::Bg, TOKENS),
        en in text(Lang::En, TOKENS),
        ru in text(Lang::Ru, TOKENS),
        uk in text(Lang::Uk, TOKENS),
        kk in text(Lang::Kk, TOKENS),
    ) {
        let Some(source) = analyzed(Lang::Bg, &bg, false) else { return Ok(()) };
        let references: Vec<Analyzed> = [(Lang::En, en), (Lang::Ru, ru), (Lang::Uk, uk), (Lang::Kk, kk)]
            .iter()
            .filter_map(|(l, t)| analyzed(*l, t, false))
            .collect();
        for r in &references {
            let _ = align::align(&source, r);
        }
        let _ = compare::check("fuzz", &source, &references);
    }
}

/// A small deterministic generator for the NTREX mutations (xorshift).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    /// A char boundary of `s`, at random.
    fn boundary(&mut self, s: &str) -> usize {
        let mut at = self.below(s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// One NTREX line mutated: pieces put in at random char boundaries (digits, punctuation, the
/// language's words), cut at a random boundary, or glued to the next line.
fn mutate(rng: &mut Rng, lang: Lang, lines: &[String], i: usize) -> String {
    const PIECES: [&str; 24] = [
        "0",
        "7",
        "1 000",
        "4,4",
        "6,7-12%",
        "%",
        "-",
        "–",
        ".",
        ",",
        " ",
        "\u{a0}",
        "(",
        ")",
        "„",
        "\"",
        "99999999999999999999999999999999",
        "2025/26",
        "№",
        "/",
        ":",
        "\n",
        "\u{301}",
        "\u{200d}",
    ];
    let vocabulary = fuzz_text::vocabulary(lang);
    let mut s = lines[i].clone();
    for _ in 0..1 + rng.below(4) {
        match rng.below(6) {
            0 | 1 => {
                let at = rng.boundary(&s);
                s.insert_str(at, PIECES[rng.below(PIECES.len())]);
            }
            2 => {
                let at = rng.boundary(&s);
                let table = &vocabulary[rng.below(vocabulary.len())];
                let word = &table[rng.below(table.len())];
                s.insert_str(at, &format!(" {word} "));
            }
            3 => {
                let at = rng.boundary(&s);
                s = if rng.below(2) == 0 {
                    s[..at].to_string()
                } else {
                    s[at..].to_string()
                };
            }
            4 => {
                let next = &lines[(i + 1) % lines.len()];
                s = format!("{s}{}{next}", [" ", "", "\n"][rng.below(3)]);
            }
            _ => {
                // A digit run of the line made very long.
                if let Some(at) = s.find(|c: char| c.is_ascii_digit()) {
                    s.insert_str(at, &"9".repeat(1 + rng.below(60)));
                }
            }
        }
    }
    s
}

/// NTREX lines mutated, every stage run on each: panics and lines slower than a second are
/// listed (`target/fuzz/ntrex.txt`). `FUZZ_ROUNDS` rounds over the whole corpus (default 1),
/// `FUZZ_SEED` the seed.
/// `cargo test --release --test fuzz ntrex_mutated -- --ignored --nocapture`
#[test]
#[ignore]
fn ntrex_mutated() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ntrex");
    let files = [
        (Lang::Bg, "newstest2019-ref.bul.txt"),
        (Lang::En, "newstest2019-src.eng.txt"),
        (Lang::Ru, "newstest2019-ref.rus.txt"),
        (Lang::Uk, "newstest2019-ref.ukr.txt"),
        (Lang::Kk, "newstest2019-ref.kaz.txt"),
    ];
    let Ok(corpus) = files
        .iter()
        .map(|(l, f)| {
            std::fs::read_to_string(dir.join(f))
                .map(|t| (*l, t.lines().map(String::from).collect::<Vec<_>>()))
        })
        .collect::<Result<Vec<_>, _>>()
    else {
        eprintln!("ntrex_mutated: no NTREX at {}; skipped", dir.display());
        return;
    };
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let rounds = env("FUZZ_ROUNDS", 1);
    let mut rng = Rng(env("FUZZ_SEED", 88172645463325252).max(1));
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz");
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut found = String::new();
    let (mut runs, mut slowest) = (0usize, (std::time::Duration::ZERO, String::new()));
    let lines = corpus[0].1.len();
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for _ in 0..rounds {
        for i in 0..lines {
            let mutated: Vec<(Lang, String)> = corpus
                .iter()
                .map(|(l, ls)| (*l, mutate(&mut rng, *l, ls, i)))
                .collect();
            for (lang, text) in &mutated {
                let started = std::time::Instant::now();
                let outcome = std::panic::catch_unwind(|| {
                    let _ = extract_text(text, *lang);
                    let _ = analyzed(*lang, text, true);
                });
                let took = started.elapsed();
                runs += 1;
                if outcome.is_err() {
                    found.push_str(&format!("panic\t{lang}\t{text:?}\n"));
                }
                if took > slowest.0 {
                    slowest = (took, format!("{lang}\t{text:?}"));
                }
                if took.as_secs_f64() > 1.0 {
                    found.push_str(&format!("slow {took:?}\t{lang}\t{text:?}\n"));
                }
            }
            let outcome = std::panic::catch_unwind(|| {
                let docs: Vec<Analyzed> = mutated
                    .iter()
                    .filter_map(|(l, t)| analyzed(*l, t, true))
                    .collect();
                if let Some((source, references)) = docs.split_first() {
                    let _ = compare::check("ntrex", source, references);
                }
            });
            if outcome.is_err() {
                found.push_str(&format!("check panic\tline {}\t{mutated:?}\n", i + 1));
            }
        }
    }
    std::panic::set_hook(quiet);
    std::fs::write(out_dir.join("ntrex.txt"), &found).unwrap();
    eprintln!(
        "ntrex_mutated: {runs} mutated lines, slowest {:?} ({}); findings:\n{found}",
        slowest.0, slowest.1
    );
    assert!(found.is_empty(), "see target/fuzz/ntrex.txt");
}

// The minimal cases the fuzzer found, made-up text.

/// A name against the same name in a copy of the text is no mismatch, whatever its letters:
/// a word of two scripts (`AIТреть`) or a letter no transliteration table reads (`Ǆ.`) once
/// made an `error` row "The name differs: X in the source, X in the reference".
#[test]
fn a_name_against_its_own_copy_is_no_mismatch() {
    for (lang, text) in [
        (Lang::Ru, "AIТреть\n\n"),
        (Lang::Bg, "AIЧетвертого – "),
        (Lang::Kk, "AIСейшел аралдары\n"),
        (Lang::Bg, "-ва\u{a0}Ǆ. Девет "),
        (Lang::En, "As Ǆ. Centimeters "),
        (Lang::Uk, "-а\u{a0}Ǆ. Барель $ Окрім "),
    ] {
        let source = analyzed(lang, text, false).unwrap();
        let copy = analyzed(lang, text, false).unwrap();
        let rows = compare::check("copy", &source, &[copy]);
        assert!(
            rows.iter().all(|r| r.severity != Severity::Error),
            "{text:?}: {rows:?}"
        );
    }
}

/// A run of digits too long for any value is no figure: neither from its first digit nor
/// from the 28 digits at its end (read again from every digit, it once took time growing
/// with the square of its length: 2.5 s for 20 000 digits).
#[test]
fn a_digit_run_too_long_for_a_value_is_no_figure() {
    let run = "9".repeat(40);
    for lang in Lang::ALL {
        let text = format!("Сумата е {run} лв., а не 5.");
        let found = extract_text(&text, lang);
        assert!(
            found.iter().all(|f| !f.text.contains(&run[..28])),
            "{lang}: {found:?}"
        );
        let long = "9".repeat(50_000);
        let started = std::time::Instant::now();
        let _ = extract_text(&long, lang);
        assert!(
            started.elapsed().as_secs() < 5,
            "{lang}: {:?}",
            started.elapsed()
        );
    }
}

/// The bare start of a range of clock times is an hour of the day, a time of its own beside
/// the end (as the other side's `from 9 a.m. to 2 p.m.`): `99 до 14:00` is a number and a
/// time, and a number of 28 digits before `до 00:00` once overflowed the time's minutes (a
/// panic in `Figure::normalized`, from `extract` and from the aligner).
#[test]
fn a_range_of_clock_times_starts_at_an_hour() {
    for lang in [Lang::Bg, Lang::Ru, Lang::Uk] {
        let got = |t: &str| -> Vec<String> {
            extract_text(t, lang)
                .iter()
                .map(|f| f.normalized())
                .collect()
        };
        assert_eq!(
            got("от 9 до 14:00"),
            ["09:00", "14:00"].map(String::from),
            "{lang}"
        );
        assert_eq!(
            got("99 до 14:00"),
            ["99", "14:00"].map(String::from),
            "{lang}"
        );
        let huge = format!("{} до 00:00", "9".repeat(28));
        assert_eq!(got(&huge), ["9".repeat(28), "00:00".into()], "{lang}");
    }
}

/// A very long run of letters (a blob, a word repeated without spaces) is read in time: the
/// spelling lookup tried every string one letter from it, their number growing with the
/// square of its length (6.6 s for 4000 letters, 90 s for 16 000).
#[test]
fn a_very_long_word_is_read_in_time() {
    for (lang, word) in [(Lang::Bg, "Иван"), (Lang::Ru, "Пётр"), (Lang::En, "John")] {
        let text = format!("{} каза.", word.repeat(4000));
        let started = std::time::Instant::now();
        let _ = analyzed(lang, &text, true);
        assert!(
            started.elapsed().as_secs() < 5,
            "{lang}: {:?}",
            started.elapsed()
        );
    }
}

/// Digits grouped by spaces past any value (`999 999 999 …`) are read in time: each group was
/// the start of a number read to the end of the run (10 s for 40 000 groups).
#[test]
fn digits_grouped_past_any_value_are_read_in_time() {
    let text = "999 ".repeat(40_000);
    for lang in [Lang::Bg, Lang::En] {
        let started = std::time::Instant::now();
        let found = extract_text(&text, lang);
        assert!(
            started.elapsed().as_secs() < 5,
            "{lang}: {:?}",
            started.elapsed()
        );
        assert!(found.iter().all(|f| f.text.len() < 60), "{lang}");
    }
}

/// A line of many ranges or scores (`5–6 5–6 …`) is read in time: every candidate score read
/// the whole line again for a sports word (7 s for 10 000 ranges).
#[test]
fn a_line_of_many_ranges_is_read_in_time() {
    let text = "5–6 ".repeat(10_000);
    for lang in [Lang::Bg, Lang::En] {
        let started = std::time::Instant::now();
        let _ = extract_text(&text, lang);
        assert!(
            started.elapsed().as_secs() < 5,
            "{lang}: {:?}",
            started.elapsed()
        );
    }
}
