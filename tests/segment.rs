//! `sverka segment FILE`, run as a user runs it: the seed article's sentences with their lines
//! and byte offsets (checked against the file's own bytes), `--presegmented`, `LANG=PATH`, `-o`,
//! BOM and CRLF.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const SEED: &str = "datasets/kazinform-2025-11-09/bg.txt";

/// One row of the `segment` CSV.
#[derive(Debug)]
struct Row {
    sentence: usize,
    line: usize,
    offset: usize,
    text: String,
}

fn sverka() -> Command {
    Command::cargo_bin("sverka").expect("the sverka binary is built")
}

fn parse(csv_text: &[u8]) -> Vec<Row> {
    let mut reader = csv::Reader::from_reader(csv_text);
    let header = reader.headers().expect("a header row").clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        ["sentence", "line", "offset", "text"]
    );
    reader
        .records()
        .map(|r| {
            let r = r.expect("a well-formed CSV row");
            Row {
                sentence: r[0].parse().expect("sentence number"),
                line: r[1].parse().expect("line number"),
                offset: r[2].parse().expect("offset"),
                text: r[3].to_string(),
            }
        })
        .collect()
}

fn segment(args: &[&str]) -> Vec<Row> {
    let out = sverka().arg("segment").args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "sverka segment {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse(&out.stdout)
}

/// Checks every row against the file: the bytes at `offset` are the sentence (line breaks
/// shown as spaces) and `line` is the line they are on.
fn assert_rows_point_into(file: &Path, rows: &[Row]) {
    let bytes = std::fs::read(file).expect("readable");
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.sentence, i + 1, "sentences are numbered from 1");
        let at = &bytes[row.offset..row.offset + row.text.len()];
        let shown: Vec<u8> = at
            .iter()
            .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
            .collect();
        assert_eq!(
            String::from_utf8_lossy(&shown),
            row.text,
            "sentence {} is not at offset {}",
            row.sentence,
            row.offset
        );
        let line = 1 + bytes[..row.offset].iter().filter(|&&b| b == b'\n').count();
        assert_eq!(row.line, line, "sentence {} line", row.sentence);
    }
}

fn temp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("writable temp dir");
    path
}

#[test]
fn seed_article_sentences_lines_and_offsets() {
    let rows = segment(&[SEED]);
    assert_rows_point_into(Path::new(SEED), &rows);
    assert_eq!(rows.len(), 64, "the seed article has 64 sentences");

    // The date line's date is metadata: the first sentence starts after it.
    assert_eq!((rows[0].line, rows[0].offset), (1, 17));
    assert!(rows[0]
        .text
        .starts_with("САЩ ще станат първата чужда държава"));
    // A headline without a final stop is a sentence of its own.
    assert_eq!(rows[2].line, 5);
    assert!(rows[2].text.ends_with("е от Казахстан"));
    // Two sentences on line 9, split after "просто."
    assert_eq!(
        rows[4].text,
        "Според него интересът към тази сфера се обяснява просто."
    );
    assert_eq!((rows[5].line, rows[5].offset), (9, 1135));
    // A dialogue line opening with a dash; `2023 г.` before a lower-case word goes on.
    assert_eq!(rows[7].line, 11);
    assert!(rows[7]
        .text
        .starts_with("— Ако говорим за самите САЩ, то ако през 2023 г. центровете"));
    // `900 млн. долара.` ends the sentence after `долара.`, not after `млн.`
    let s = rows
        .iter()
        .find(|r| r.text.contains("900 млн."))
        .expect("the 900 million sentence");
    assert!(s.text.ends_with("900 млн. долара."), "{}", s.text);
    // A question; a sentence that closes a quotation; the last lines.
    assert_eq!(rows[24].text, "Защо споразумението е изгодно за Казахстан?");
    assert_eq!(
        rows[27].text,
        "Прогнозната площ е получила името „Жаңа Қазақстан“."
    );
    assert_eq!(rows[63].text, "източник: www.inform.kz");
    assert_eq!((rows[63].line, rows[63].offset), (75, 17563));
}

#[test]
fn presegmented_lines_are_sentences() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text =
        "Първо. Второ изречение на същия ред.\n  Ред без точка  \n\nСлед празен ред. И още\n";
    let file = temp_file(&dir, "bg.txt", text.as_bytes());
    let path = file.to_str().expect("utf-8 path");
    let rows = segment(&["--presegmented", path]);
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Първо. Второ изречение на същия ред.",
            "Ред без точка",
            "След празен ред. И още"
        ]
    );
    assert_rows_point_into(&file, &rows);
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4]);
    // Without the flag the same file is split by the rules.
    assert_eq!(segment(&[path]).len(), 5);
}

#[test]
fn lang_equals_path_chooses_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    // No language in the name; `т.е.` is a Bulgarian abbreviation, not an English one.
    let file = temp_file(
        &dir,
        "article.txt",
        "Това е столицата, т.е. София е голяма.".as_bytes(),
    );
    let path = file.to_str().expect("utf-8 path");
    assert_eq!(segment(&[&format!("bg={path}")]).len(), 1);
    assert_eq!(segment(&[&format!("en={path}")]).len(), 2);
    // LANG=PATH wins over the file name.
    let named = temp_file(
        &dir,
        "en.txt",
        "Това е столицата, т.е. София е голяма.".as_bytes(),
    );
    let named = named.to_str().expect("utf-8 path");
    assert_eq!(segment(&[named]).len(), 2);
    assert_eq!(segment(&[&format!("bg={named}")]).len(), 1);
}

#[test]
fn bom_and_crlf_keep_file_offsets() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "\u{feff}Заглавие\r\n\r\nПърво изречение на\r\nдва реда. Второ.\r\n";
    let file = temp_file(&dir, "bg.txt", text.as_bytes());
    let rows = segment(&[file.to_str().expect("utf-8 path")]);
    assert_rows_point_into(&file, &rows);
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Заглавие", "Първо изречение на  два реда.", "Второ."]
    );
    assert_eq!((rows[0].line, rows[0].offset), (1, 3), "the BOM counts");
    assert_eq!(rows[2].line, 4);
}

#[test]
fn output_file_and_spreadsheet_safe_cells() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(&dir, "en.txt", b"=SUM(A1) is text. -5 is a number.\n");
    let out = dir.path().join("sentences.csv");
    sverka()
        .args(["segment", "-o"])
        .arg(&out)
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let rows = parse(&std::fs::read(&out).expect("the output file"));
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["'=SUM(A1) is text.", "'-5 is a number."]);
}

mod properties {
    use proptest::prelude::*;
    use sverka::document::Document;
    use sverka::lang::Lang;
    use sverka::segment::segment;

    /// Text made of the characters the rules look at, so that odd combinations come up often.
    fn texty() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec![
                "а", "Б", "x", "Y", "г", ".", ". ", "! ", "? ", "…", "...", " ", "  ", "\n",
                "\n\n", "\r\n", "„", "“", "«", "»", "\"", "'", "— ", "-", "(", ")", "4,4", "4.4",
                "2023 г.", "млн.", "U.S.", "т.е.", "Г. ", "J. ", "1. ", "\u{a0}", "ж.", "В ",
            ]),
            0..60,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        /// Sentences are in order, do not overlap, keep byte positions, and together hold every
        /// non-blank character of the body: segmentation never drops or invents text.
        #[test]
        fn sentences_cover_the_text_in_order(text in texty(), presegmented: bool, lang in 0usize..5) {
            let lang = Lang::ALL[lang];
            let Ok(doc) = Document::from_text(std::path::Path::new("t.txt"), lang, text) else {
                return Ok(()); // blank: an input error, tested elsewhere
            };
            let sentences = segment(&doc, presegmented);
            let mut covered = doc.body_start;
            for s in &sentences {
                prop_assert!(s.start >= covered && s.start < s.end && s.end <= doc.text.len());
                prop_assert!(doc.text[covered..s.start].trim().is_empty(), "text dropped");
                prop_assert_eq!(s.text.len(), s.end - s.start);
                prop_assert_eq!(s.offset, doc.base + s.start);
                prop_assert_eq!(&s.text, &doc.text[s.start..s.end].replace(['\r', '\n'], " "));
                prop_assert!(!s.text.trim().is_empty());
                covered = s.end;
            }
            prop_assert!(doc.text[covered..].trim().is_empty(), "text dropped at the end");
        }
    }
}
