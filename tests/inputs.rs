//! Bad inputs to `sverka segment` (issue 2): a missing file, a directory, an empty file,
//! invalid UTF-8, NUL bytes, a language that cannot be told. Each gets one line on standard
//! error naming the file, exit status 2, nothing on standard output, and no panic.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// Runs `sverka segment ARG` and checks the contract for a bad input; returns the message.
fn rejects(arg: &str, names: &str) -> String {
    let out = Command::cargo_bin("sverka")
        .expect("the sverka binary is built")
        .args(["segment", arg])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{arg}: exit status; stderr: {stderr}"
    );
    assert!(out.stdout.is_empty(), "{arg}: nothing on stdout");
    assert!(!stderr.contains("panicked"), "{arg}: panicked: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{arg}: one line: {stderr:?}");
    assert!(stderr.contains(names), "{arg}: names {names}: {stderr}");
    stderr
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("writable temp dir");
    path
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bg.txt");
    let msg = rejects(s(&path), s(&path));
    assert!(msg.contains("no such file"), "{msg}");
}

#[test]
fn directory_given_as_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("bg.txt");
    std::fs::create_dir(&sub).expect("mkdir");
    let msg = rejects(s(&sub), s(&sub));
    assert!(msg.contains("directory"), "{msg}");
}

#[test]
fn empty_and_blank_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in [
        ("bg.txt", &b""[..]),
        ("ru.txt", &b"  \n\r\n\t\n"[..]),
        ("en.txt", "\u{feff}".as_bytes()),
    ] {
        let path = write(&dir, name, bytes);
        let msg = rejects(s(&path), s(&path));
        assert!(msg.contains("empty"), "{msg}");
    }
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = "Текст.".as_bytes().to_vec(); // 11 bytes
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b" more");
    let path = write(&dir, "bg.txt", &bytes);
    let msg = rejects(s(&path), s(&path));
    assert!(msg.contains("invalid UTF-8 at byte offset 11"), "{msg}");
    // A sequence cut short at the end of the file.
    let path = write(&dir, "ru.txt", &"Да".as_bytes()[..3]);
    let msg = rejects(s(&path), s(&path));
    assert!(msg.contains("invalid UTF-8 at byte offset 2"), "{msg}");
}

#[test]
fn nul_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(&dir, "kk.txt", b"Text\0with a NUL.");
    let msg = rejects(s(&path), s(&path));
    assert!(msg.contains("NUL byte at offset 4"), "{msg}");
}

#[test]
fn language_that_cannot_be_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(&dir, "article.txt", "Текст.".as_bytes());
    let msg = rejects(s(&path), "article.txt");
    assert!(msg.contains("language"), "{msg}");
    let path = write(&dir, "article.de.txt", b"Text.");
    rejects(s(&path), "article.de.txt");
    // An unknown code in LANG=PATH.
    let path = write(&dir, "bg.txt", "Текст.".as_bytes());
    let arg = format!("xx={}", s(&path));
    let msg = rejects(&arg, "bg.txt");
    assert!(msg.contains("unknown language 'xx'"), "{msg}");
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("bg.txt");
    let b = dir.path().join("other.bg.txt");
    std::os::unix::fs::symlink(&b, &a).expect("symlink");
    std::os::unix::fs::symlink(&a, &b).expect("symlink");
    let msg = rejects(s(&a), s(&a));
    assert!(msg.contains("symbolic links"), "{msg}");
}

/// A run of encoded data pasted into an article (hundreds of kilobytes without a sentence stop
/// or a space, thousands of digit runs and capitalized chunks) is checked like any text: the
/// run is cut into sentences of bounded size, so every row quotes a bounded sentence and the
/// report stays proportional to the input instead of its square.
#[test]
fn a_long_run_of_encoded_data_gives_a_bounded_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Deterministic pseudo-random base64-like text, 200 KB, no white space.
    let alphabet: Vec<char> = ('A'..='Z').chain('a'..='z').chain('0'..='9').collect();
    let mut x: u64 = 42;
    let blob: String = (0..200_000)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            alphabet[(x >> 33) as usize % alphabet.len()]
        })
        .collect();
    let source = write(&dir, "bg.txt", format!("Данните: {blob}\n").as_bytes());
    let reference = write(&dir, "en.txt", b"The data: 4.4% and 12 tonnes.\n");
    let out = Command::cargo_bin("sverka")
        .expect("the sverka binary is built")
        .args(["check", s(&source), s(&reference)])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    let mut report = csv::Reader::from_reader(out.stdout.as_slice());
    let mut rows = 0;
    for record in report.records() {
        let record = record.expect("a well-formed CSV row");
        rows += 1;
        assert!(
            record[13].len() <= sverka::segment::MAX_SENTENCE_BYTES,
            "a row quotes a sentence of {} bytes",
            record[13].len()
        );
    }
    assert!(rows > 0, "the figures of the run are reported");
    assert!(
        out.stdout.len() < 200 * blob.len(),
        "report of {} bytes for an input of {}",
        out.stdout.len(),
        blob.len()
    );
}

#[test]
fn a_dash_for_the_output_is_standard_output() {
    // `-o -` writes to standard output, as most tools read it, not to a file named `-`.
    let dir = tempfile::tempdir().expect("temp dir");
    let text = write(
        &dir,
        "bg.txt",
        "Първо изречение. Второ изречение.\n".as_bytes(),
    );
    let out = Command::cargo_bin("sverka")
        .expect("the sverka binary is built")
        .current_dir(dir.path())
        .args(["segment", s(&text), "-o", "-"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Второ изречение."), "{stdout}");
    assert!(!dir.path().join("-").exists(), "no file named -");
}
