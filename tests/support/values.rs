//! The figures stage's normalized values of made-up sentences, for the figure tests (included
//! with `#[path]`).

#![allow(dead_code)]

use sverka::figures::extract_text;
use sverka::lang::Lang;

/// The normalized values of the figures in `text`.
pub fn values(text: &str, lang: Lang) -> Vec<String> {
    extract_text(text, lang)
        .iter()
        .map(|f| f.normalized())
        .collect()
}

/// Asserts that each text of `cases` reads as its values, listing every case that does not.
pub fn check_values(lang: Lang, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = values(text, lang);
        if got != *want {
            failures.push(format!(
                "{lang}: {text:?}\n   want {want:?}\n   got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
