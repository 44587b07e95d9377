//! The kept test set of made-up news reports (`tests/reports/`, see its README): each clean
//! Bulgarian report checked against its references must raise no warning or error beyond the
//! true differences its `genuine.tsv` lists; each copy with errors put in (`errors/bg.txt`)
//! must be caught where its `errors.tsv` says `caught`, stay quiet on every line without an
//! error, and a `known_miss` that is now caught must be flipped to `caught`, so the file stays
//! true. A summary per report is printed (`-- --nocapture`).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use sverka::compare;
use sverka::document::{Document, DEFAULT_MAX_BYTES};
use sverka::lang::Lang;
use sverka::pipeline::{self, Analyzed};
use sverka::report::{Row, Severity};

/// One error put into a report's `errors/bg.txt`, a row of its `errors.tsv`.
struct PutError {
    line: usize,
    /// The kinds of row that catch it.
    kinds: Vec<String>,
    /// `caught` or `known_miss`.
    caught: bool,
    /// The text with the error, the second back-quoted span of the note
    /// (`` `минус 35` → `35`: sign lost ``): a catching row's source text overlaps it.
    needle: String,
    note: String,
}

/// A true difference of the clean report: (line, kind, ref_lang), a row of `genuine.tsv`.
type Genuine = (usize, String, String);

fn reports_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reports")
}

/// The data rows of a tab-separated file with a header; none when the file is absent.
fn tsv_rows(path: &Path) -> Vec<Vec<String>> {
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn put_errors(dir: &Path) -> Vec<PutError> {
    let path = dir.join("errors.tsv");
    tsv_rows(&path)
        .into_iter()
        .map(|cells| {
            assert_eq!(cells.len(), 4, "{}: {cells:?}", path.display());
            let spans: Vec<&str> = cells[3].split('`').skip(1).step_by(2).collect();
            assert!(
                spans.len() >= 2,
                "{}: the note names the clean and the changed text in back quotes: {cells:?}",
                path.display()
            );
            assert!(
                matches!(cells[2].as_str(), "caught" | "known_miss"),
                "{}: {cells:?}",
                path.display()
            );
            PutError {
                line: cells[0].parse().expect("a line number"),
                kinds: cells[1].split('|').map(str::to_string).collect(),
                caught: cells[2] == "caught",
                needle: spans[1].to_string(),
                note: cells[3].clone(),
            }
        })
        .collect()
}

fn genuine(dir: &Path) -> BTreeSet<Genuine> {
    let path = dir.join("genuine.tsv");
    tsv_rows(&path)
        .into_iter()
        .map(|cells| {
            assert_eq!(cells.len(), 4, "{}: {cells:?}", path.display());
            (
                cells[0].parse().expect("a line number"),
                cells[1].clone(),
                cells[2].clone(),
            )
        })
        .collect()
}

fn analyzed(path: &Path) -> Analyzed {
    let lang = Lang::from_path(path).expect("a language from the file name");
    let doc = Document::read(path, lang, DEFAULT_MAX_BYTES).expect("a readable report");
    pipeline::analyze(doc, false)
}

/// The rows of a check of `source` against every reference in `dir` (`<lang>.txt` but the
/// source's own `bg.txt`).
fn check(source: &Path, dir: &Path) -> Vec<Row> {
    let mut refs: Vec<PathBuf> = fs::read_dir(dir)
        .expect("a report folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && !p.ends_with("bg.txt"))
        .collect();
    refs.sort();
    assert!(
        refs.len() >= 3,
        "{}: three references or more",
        dir.display()
    );
    let refs: Vec<Analyzed> = refs.iter().map(|p| analyzed(p)).collect();
    compare::check("bg.txt", &analyzed(source), &refs)
}

fn is_alarm(row: &Row) -> bool {
    row.severity >= Severity::Warning
}

fn is_genuine(row: &Row, genuine: &BTreeSet<Genuine>) -> bool {
    let key = (
        row.source_line.unwrap_or(0),
        row.kind.as_str().to_string(),
        row.ref_lang.clone(),
    );
    genuine.contains(&key)
}

fn describe(row: &Row) -> String {
    format!(
        "line {} {} {} {}: `{}` / `{}`",
        row.source_line.map_or("-".to_string(), |l| l.to_string()),
        row.ref_lang,
        row.kind,
        row.severity.as_str(),
        row.source_text,
        row.ref_text
    )
}

/// Whether `row` catches `error`: on its line, of a fitting kind, at warning or above, and
/// its source text overlapping the changed text (a dropped figure's row has none).
fn catches(row: &Row, error: &PutError) -> bool {
    is_alarm(row)
        && row.source_line == Some(error.line)
        && error.kinds.iter().any(|k| k == row.kind.as_str())
        && (row.source_text.is_empty()
            || error.needle.is_empty()
            || row.source_text.contains(&error.needle)
            || error.needle.contains(&row.source_text))
}

/// Checks one report; returns its failures and prints its summary.
fn check_report(dir: &Path) -> Vec<String> {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let mut failures = Vec::new();
    let genuine = genuine(dir);
    let errors = put_errors(dir);

    let clean_rows = check(&dir.join("bg.txt"), dir);
    let clean_alarms: Vec<&Row> = clean_rows
        .iter()
        .filter(|r| is_alarm(r) && !is_genuine(r, &genuine))
        .collect();
    for row in &clean_alarms {
        failures.push(format!("{name}, clean: {}", describe(row)));
    }
    let genuine_seen = clean_rows
        .iter()
        .filter(|r| is_alarm(r) && is_genuine(r, &genuine))
        .count();

    // The errors copy keeps every line of the clean report but those errors.tsv lists.
    let clean_text = fs::read_to_string(dir.join("bg.txt")).unwrap();
    let errors_path = dir.join("errors/bg.txt");
    let errors_text = fs::read_to_string(&errors_path).unwrap();
    let changed: BTreeSet<usize> = errors.iter().map(|e| e.line).collect();
    let clean_lines: Vec<&str> = clean_text.lines().collect();
    let errors_lines: Vec<&str> = errors_text.lines().collect();
    assert_eq!(
        clean_lines.len(),
        errors_lines.len(),
        "{name}: errors/bg.txt has the clean report's lines"
    );
    for (i, (a, b)) in clean_lines.iter().zip(&errors_lines).enumerate() {
        assert_eq!(
            a != b,
            changed.contains(&(i + 1)),
            "{name}: line {} differs from the clean report exactly when errors.tsv lists it",
            i + 1
        );
    }

    let rows = check(&errors_path, dir);
    let mut caught = 0;
    for error in &errors {
        let by: Vec<&Row> = rows.iter().filter(|r| catches(r, error)).collect();
        match (error.caught, by.is_empty()) {
            (true, false) => caught += 1,
            (true, true) => failures.push(format!(
                "{name}, errors: line {} not caught ({}); rows on the line: {:#?}",
                error.line,
                error.note,
                rows.iter()
                    .filter(|r| r.source_line == Some(error.line))
                    .map(describe)
                    .collect::<Vec<_>>()
            )),
            (false, false) => failures.push(format!(
                "{name}, errors: line {} is a known_miss that is now caught by {}: flip it to \
                 caught ({})",
                error.line,
                describe(by[0]),
                error.note
            )),
            (false, true) => {}
        }
    }
    let on_clean_lines: Vec<&Row> = rows
        .iter()
        .filter(|r| {
            is_alarm(r)
                && !is_genuine(r, &genuine)
                && !r.source_line.is_some_and(|l| changed.contains(&l))
        })
        .collect();
    for row in &on_clean_lines {
        failures.push(format!(
            "{name}, errors, a line without error: {}",
            describe(row)
        ));
    }
    println!(
        "{name}: caught {caught} / {} errors ({} known misses); clean report: {} alarms beyond \
         {genuine_seen} genuine; errors copy: {} alarms on lines without error",
        errors.len(),
        errors.iter().filter(|e| !e.caught).count(),
        clean_alarms.len(),
        on_clean_lines.len()
    );
    failures
}

#[test]
fn made_up_reports_are_caught_where_they_hold_errors_and_nowhere_else() {
    let mut dirs: Vec<PathBuf> = fs::read_dir(reports_dir())
        .expect("tests/reports")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.join("bg.txt").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 3, "the reports of tests/reports");
    let failures: Vec<String> = dirs.iter().flat_map(|d| check_report(d)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
