//! Made-up articles run end to end through the checking stage, for the `check_*` tests
//! (included with `#[path]`): each line of a text is one sentence.

#![allow(dead_code)]

use std::path::Path;

use sverka::compare;
use sverka::document::Document;
use sverka::lang::Lang;
use sverka::pipeline::{self, Analyzed};
use sverka::report::{Kind, Row, Severity};

/// One document of `lang`, analyzed with one sentence a line.
pub fn analyzed(lang: Lang, lines: &[&str]) -> Analyzed {
    let path = format!("{}.txt", lang.code());
    let doc = Document::from_text(Path::new(&path), lang, lines.join("\n")).expect("test text");
    pipeline::analyze(doc, true)
}

/// Checks a Bulgarian source against references, one sentence a line.
pub fn check(source: &[&str], references: &[(Lang, &[&str])]) -> Vec<Row> {
    let bg = analyzed(Lang::Bg, source);
    let refs: Vec<Analyzed> = references
        .iter()
        .map(|(lang, lines)| analyzed(*lang, lines))
        .collect();
    compare::check("doc", &bg, &refs)
}

/// Checks a Bulgarian source whose lines hold `{here}`, filled with `here`: one article tried
/// with several names in one place.
pub fn check_filled(source: &[&str], here: &str, references: &[(Lang, &[&str])]) -> Vec<Row> {
    let filled: Vec<String> = source.iter().map(|l| l.replace("{here}", here)).collect();
    let lines: Vec<&str> = filled.iter().map(String::as_str).collect();
    check(&lines, references)
}

/// The one name row of warning or error on source line `line`, as its kind, source text and
/// reference text; `None` when there is none or more than one.
pub fn the_name_alarm(rows: &[Row], line: usize) -> Option<(Kind, &str, &str)> {
    match name_alarms(rows, line).as_slice() {
        [r] => Some((r.kind, r.source_text.as_str(), r.ref_text.as_str())),
        _ => None,
    }
}

/// The name rows of warning or error (name_mismatch, missing_name) on source line `line`.
pub fn name_alarms(rows: &[Row], line: usize) -> Vec<&Row> {
    rows.iter()
        .filter(|r| {
            matches!(r.kind, Kind::NameMismatch | Kind::MissingName)
                && r.severity >= Severity::Warning
                && r.source_line == Some(line)
        })
        .collect()
}

/// The rows an editor must act on: warnings and errors.
pub fn serious(rows: &[Row]) -> Vec<&Row> {
    rows.iter()
        .filter(|r| r.severity >= Severity::Warning)
        .collect()
}

/// No warning or error row.
pub fn assert_clean(rows: &[Row]) {
    assert!(serious(rows).is_empty(), "{rows:#?}");
}
