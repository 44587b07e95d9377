//! Structured fuzz text: sentences built from the project's own vocabulary, so that the
//! readers of figures and names meet their qualifiers, ranges, scales and units in every order
//! and at every edge of a text (random characters almost never spell `до 7 млн`).
//! Included with `#[path]` by `tests/fuzz.rs` and the NTREX mutation test.
//!
//! A text is a random sequence of tokens, each followed by a random separator. A token is a
//! word of one of the language's tables (number words, scales, qualifiers, units, currencies,
//! months, weekdays, multipliers, dates, rates, ranges, scores, abbreviations, speech verbs,
//! country names), sometimes of another language's; a figure in one of the local formats
//! (`4,4`, `410 000`, `1.000.000`, `6,7-12%`, `2025/26`, `№ 5`, `0927 GMT`, `3 p.m.`, a
//! hundred digits); punctuation, quotes, brackets and dashes; or an odd piece (combining
//! marks, zero-width joiners, emoji, other scripts, very long words, lines of punctuation).

#![allow(dead_code)]

use std::sync::OnceLock;

use proptest::prelude::*;
use sverka::lang::{rows, Lang};

/// The tables of one language the generator draws words from (first column of each row).
macro_rules! word_tables {
    ($code:literal) => {
        [
            include_str!(concat!("../../src/lang/", $code, "/number_words.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/scales.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/qualifiers.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/units.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/currencies.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/months.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/weekdays.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/multipliers.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/dates.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/rates.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/ranges.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/scores.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/ordinal_suffixes.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/abbreviations.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/speech_verbs.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/demonyms.tsv")),
            include_str!(concat!("../../src/lang/", $code, "/sentence_starters.tsv")),
        ]
    };
}

const EXONYMS: [&str; 2] = [
    include_str!("../../src/lang/exonyms.tsv"),
    include_str!("../../src/lang/exonyms_extra.tsv"),
];

fn tables(lang: Lang) -> [&'static str; 17] {
    match lang {
        Lang::Bg => word_tables!("bg"),
        Lang::Ru => word_tables!("ru"),
        Lang::Uk => word_tables!("uk"),
        Lang::Kk => word_tables!("kk"),
        Lang::En => word_tables!("en"),
    }
}

/// The column of a language in the exonym tables (id, bg, ru, uk, kk, en).
fn exonym_column(lang: Lang) -> usize {
    1 + Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Every word the generator may put in a text of `lang`, table by table: entries as written,
/// without their wildcard `*`, without their leading `-` (a suffix written after a figure),
/// and capitalized; the country names last.
pub fn vocabulary(lang: Lang) -> &'static [Vec<String>] {
    static ALL: OnceLock<Vec<Vec<Vec<String>>>> = OnceLock::new();
    let all = ALL.get_or_init(|| Lang::ALL.iter().map(|&l| build_vocabulary(l)).collect());
    &all[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

fn build_vocabulary(lang: Lang) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    for table in tables(lang) {
        let mut words = Vec::new();
        for row in rows(table) {
            let Some(first) = row.first() else { continue };
            let bare = first.replace('*', "");
            if bare.trim().is_empty() {
                continue;
            }
            words.push(first.to_string());
            if bare != *first {
                words.push(bare.clone());
            }
            if let Some(suffix) = bare.strip_prefix('-') {
                words.push(suffix.to_string());
            }
            let mut chars = bare.chars();
            if let Some(c) = chars.next() {
                let capital: String = c.to_uppercase().chain(chars).collect();
                if capital != bare {
                    words.push(capital);
                }
            }
        }
        all.push(words);
    }
    let mut countries = Vec::new();
    for table in EXONYMS {
        for row in rows(table) {
            if let Some(cell) = row.get(exonym_column(lang)) {
                countries.extend(cell.split('|').filter(|w| !w.is_empty()).map(String::from));
            }
        }
    }
    all.push(countries);
    all.retain(|words| !words.is_empty());
    all
}

/// A word of the language's tables: a table first, then a word of it, so that the short
/// tables (qualifiers, ranges, multipliers) come up as often as the long ones.
fn word(lang: Lang) -> impl Strategy<Value = String> {
    let tables = vocabulary(lang);
    (0..tables.len())
        .prop_flat_map(move |t| (Just(t), 0..tables[t].len()))
        .prop_map(move |(t, i)| tables[t][i].clone())
}

/// A word of any language's tables (mixed scripts, a reader meeting another's words).
fn foreign_word() -> impl Strategy<Value = String> {
    prop::sample::select(Lang::ALL.to_vec()).prop_flat_map(word)
}

/// A run of digits, grouped with one of the local separators or not at all.
fn digits() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            6 => 0u64..10_000,
            3 => 0u64..10_000_000_000,
            1 => any::<u64>(),
        ],
        prop::sample::select(vec![
            "", "", " ", "\u{a0}", "\u{202f}", "\u{2009}", ".", ",", "'",
        ]),
    )
        .prop_map(|(n, sep)| {
            let plain = n.to_string();
            if sep.is_empty() {
                return plain;
            }
            let mut out = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 {
                    out.push_str(sep);
                }
                out.push(c);
            }
            out
        })
}

/// A figure in one of the forms news texts write them in.
fn figure() -> impl Strategy<Value = String> {
    let fraction = (digits(), prop::sample::select(vec![",", "."]), 0u32..1000)
        .prop_map(|(i, sep, f)| format!("{i}{sep}{f}"));
    let signed = (
        prop::sample::select(vec!["-", "−", "+", "–", "±"]),
        digits(),
    )
        .prop_map(|(s, d)| format!("{s}{d}"));
    let range = (
        digits(),
        prop::sample::select(vec!["-", "–", "—", "/", " - ", "..", "‒"]),
        digits(),
        prop::sample::select(vec!["", "%", " %", "‰", "°C", " г.", "-те", "%-"]),
    )
        .prop_map(|(a, dash, b, unit)| format!("{a}{dash}{b}{unit}"));
    let long_digits = (1usize..120).prop_map(|n| "9".repeat(n));
    let clock = (
        0u32..30,
        0u32..70,
        prop::sample::select(vec![":", ".", "", "h"]),
    )
        .prop_map(|(h, m, sep)| format!("{h:02}{sep}{m:02}"));
    let date = (
        0u32..40,
        0u32..15,
        0u32..3000,
        prop::sample::select(vec![".", "/", "-"]),
    )
        .prop_map(|(d, m, y, sep)| format!("{d}{sep}{m}{sep}{y}"));
    let fixed = prop::sample::select(vec![
        "4,4",
        "410 000",
        "1.000.000",
        "6,7-12%",
        "2025/26",
        "№ 5",
        "№5",
        "0927 GMT",
        "3 p.m.",
        "10 a.m.",
        "1990-те",
        "5-ти",
        "21-ви",
        "XX век",
        "XXI",
        "III",
        "1/2",
        "½",
        "3⁄4",
        "2²",
        "٣",
        "５",
        "$5",
        "5$",
        "€1,5",
        "£ 3",
        "5 млрд.",
        "1,1 млн",
        "0,0",
        "00",
        "0x1F",
        "1e9",
        "1.",
        ",5",
        ".5",
        "5,",
        "5-",
        "-",
        "%",
        "%%",
        "5%5",
        "9.9.9.9",
        "1 000 000 000 000",
        "3:1",
        "1-0-",
        "12:30",
        "31.13.2020",
        "25:99",
        "2 1/2",
        "5-6-7",
        "20-25-",
    ]);
    prop_oneof![
        5 => digits(),
        3 => fraction,
        1 => signed,
        3 => range,
        1 => long_digits,
        1 => clock,
        1 => date,
        3 => fixed.prop_map(String::from),
    ]
}

/// Punctuation, quotes, brackets, dashes.
fn punctuation() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        ".", ",", ";", ":", "!", "?", "…", "...", "?!", "„", "“", "”", "«", "»", "\"", "'", "‘",
        "’", "(", ")", "[", "]", "{", "}", "-", "–", "—", "‒", "−", "/", "\\", "*", "•", "·", "&",
        "#", "@", "§", "+", "=", "<", ">", "|", "~", "^", "_", "`",
    ])
    .prop_map(String::from)
}

/// Pieces news text rarely holds but a file may: combining marks, zero-width characters,
/// emoji, other scripts, very long words, a line of punctuation alone.
fn odd_piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "\u{301}",
        "е\u{301}",
        "\u{200d}",
        "\u{200b}",
        "\u{200c}",
        "\u{feff}",
        "\u{ad}",
        "\u{2028}",
        "\u{85}",
        "👍🏽",
        "👨\u{200d}👩\u{200d}👧",
        "🇧🇬",
        "日本",
        "العربية",
        "ｘ",
        "Ǆ",
        "ß",
        "İ",
        "ﬁ",
        "\t",
        "\r",
        "\r\n",
        "\n",
        "\n\n",
        "\u{0}",
        "\u{7f}",
        "\u{fffd}",
        "Ѐ",
        "Ӂ",
    ])
    .prop_map(String::from);
    let long_word = (
        prop::sample::select(vec!["а", "z", "ъ", "Қ", "-", "."]),
        50usize..400,
    )
        .prop_map(|(c, n)| c.repeat(n));
    let punctuation_line =
        prop::collection::vec(punctuation(), 1..20).prop_map(|p| format!("\n{}\n", p.concat()));
    prop_oneof![
        6 => fixed,
        1 => long_word,
        1 => punctuation_line,
    ]
}

/// What follows a token.
fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        " ", " ", " ", " ", " ", " ", "", "", "\u{a0}", "\u{2009}", "\u{202f}", ", ", ". ", "-",
        "–", " – ", "\n", "\n\n", "  ",
    ])
}

/// One token of a text of `lang`.
fn token(lang: Lang) -> impl Strategy<Value = String> {
    prop_oneof![
        8 => word(lang),
        1 => foreign_word(),
        6 => figure(),
        2 => punctuation(),
        1 => odd_piece(),
    ]
}

/// A text of `lang`: up to `max_tokens` tokens with their separators, sometimes after a
/// dateline (the first line a document may carry its date on).
pub fn text(lang: Lang, max_tokens: usize) -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "", "", "", "2025-04-01\n", "01.04.2025\n\n"]),
        prop::collection::vec((token(lang), separator()), 0..max_tokens),
    )
        .prop_map(|(dateline, tokens)| {
            let mut s = String::from(dateline);
            for (t, sep) in tokens {
                s.push_str(&t);
                s.push_str(sep);
            }
            s
        })
}

/// The number of cases of a property: `PROPTEST_CASES` when set (long runs), else `default`
/// (what CI can afford).
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Edits to put in a copy of a text: (where, as a share of its length; what). A figure, a word
/// of the language, a piece of punctuation, or a cut (the empty piece drops the next char).
pub fn edits(lang: Lang) -> impl Strategy<Value = Vec<(f64, String)>> {
    prop::collection::vec(
        (
            0.0..1.0f64,
            prop_oneof![
                3 => figure(),
                2 => word(lang),
                1 => punctuation(),
                2 => Just(String::new()),
            ],
        ),
        1..6,
    )
}

/// `text` with `edits` made, each at the char boundary nearest below its place.
pub fn edited(text: &str, edits: &[(f64, String)]) -> String {
    let mut s = text.to_string();
    for (at, piece) in edits {
        let mut i = ((s.len() as f64) * at) as usize;
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        if piece.is_empty() {
            if let Some(c) = s[i..].chars().next() {
                s.replace_range(i..i + c.len_utf8(), "");
            }
        } else {
            s.insert_str(i, piece);
        }
    }
    s
}
