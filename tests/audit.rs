//! `sverka audit DIR`: determinism across `--jobs`, bad documents, equality with `check`,
//! ordering, exit codes, the report file and the summary.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use tempfile::TempDir;

fn sverka() -> Command {
    Command::cargo_bin("sverka").expect("the sverka binary")
}

/// Runs `sverka audit DIR ARGS...`; returns (exit code, stdout, stderr).
fn audit(dir: &Path, args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = sverka()
        .arg("audit")
        .arg(dir)
        .args(args)
        .output()
        .expect("run sverka");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The CSV report's records (header excluded) as vectors of cells.
fn records(csv_bytes: &[u8]) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv_bytes);
    let header = r.headers().expect("a header").clone();
    assert_eq!(header.get(0), Some("doc"));
    r.records()
        .map(|rec| {
            rec.expect("a CSV record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect()
}

const DOC: usize = 0;
const KIND: usize = 3;
const MESSAGE: usize = 15;

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(path, bytes).expect("write file");
}

/// Synthetic articles with figures; the references leave out the last sentence and change a
/// figure, so every checker has something to report. `n` varies the figures.
fn article(n: usize) -> [(Lang, String); 3] {
    let a = n % 97 + 2;
    let b = n * 13 % 900 + 100;
    let bg = format!(
        " date 2025-11-09 Ръстът на икономиката е {a},4% през 2024 г.\n\n\
         Износът достигна {b} млн. долара, каза министър Иван Петров.\n\n\
         Заводът ще произвежда {a}00 тона злато годишно.\n"
    );
    let en = format!(
        "The economy grew by {a}.4% in 2024.\n\n\
         Exports reached ${b} billion, minister Ivan Petrov said.\n"
    );
    let ru = format!(
        "Рост экономики составил {a},4% в 2024 году.\n\n\
         Экспорт достиг {b} млн долларов, сообщил министр Иван Петров.\n"
    );
    [(Lang::Bg, bg), (Lang::En, en), (Lang::Ru, ru)]
}

fn write_article(dir: &Path, n: usize) {
    for (lang, text) in article(n) {
        write(&dir.join(format!("{}.txt", lang.code())), text);
    }
}

/// A dataset of `n` good documents spread over nested folders.
fn synthetic_dataset(n: usize) -> TempDir {
    let tmp = TempDir::new().expect("temp dir");
    for i in 0..n {
        let folder = match i % 3 {
            0 => format!("doc{i:03}"),
            1 => format!("2025/nov/doc{i:03}"),
            _ => format!("doc{i:03}-b"),
        };
        write_article(&tmp.path().join(folder), i);
    }
    tmp
}

#[test]
fn jobs_1_2_and_3_give_identical_bytes() {
    let data = synthetic_dataset(60);
    // A few bad documents in the middle of the order as well.
    write(&data.path().join("doc031/kk.txt"), b"\xff\xfe bad");
    write(&data.path().join("doc050-only-ru/ru.txt"), "Текст.");
    for format in ["csv", "json"] {
        let (c1, one, _) = audit(data.path(), &["--jobs", "1", "--format", format]);
        let (c2, two, _) = audit(data.path(), &["--jobs", "2", "--format", format]);
        let (c3, three, _) = audit(data.path(), &["--jobs", "3", "--format", format]);
        assert_eq!((c1, c2, c3), (0, 0, 0));
        assert!(one.len() > 1000, "a real report: {} bytes", one.len());
        assert!(one == two, "{format}: --jobs 1 and --jobs 2 differ");
        assert!(one == three, "{format}: --jobs 1 and --jobs 3 differ");
    }
}

/// Every NTREX document as an audit document: bg the source, the other four references.
fn ntrex_dataset(ntrex: &Ntrex) -> TempDir {
    let tmp = TempDir::new().expect("temp dir");
    for (id, range) in &ntrex.documents {
        let folder = tmp.path().join(id.replace(['/', '\\'], "_"));
        for lang in Lang::ALL {
            let text = ntrex.lines(lang)[range.clone()].join("\n");
            write(&folder.join(format!("{}.txt", lang.code())), text + "\n");
        }
    }
    tmp
}

#[test]
fn ntrex_audit_is_the_same_with_one_or_two_jobs() {
    let Some(ntrex) = Ntrex::load_default_or_skip("ntrex_audit_is_the_same_with_one_or_two_jobs")
    else {
        return;
    };
    let data = ntrex_dataset(&ntrex);
    let (c1, one, err1) = audit(data.path(), &["--jobs", "1", "--presegmented"]);
    let (c2, two, _) = audit(data.path(), &["--jobs", "2", "--presegmented"]);
    assert_eq!((c1, c2), (0, 0), "{err1}");
    assert!(one == two, "--jobs 1 and --jobs 2 differ on NTREX");
    assert!(
        err1.contains(&format!("audited {} documents", ntrex.documents.len())),
        "{err1}"
    );
    let rows = records(&one);
    assert!(rows.iter().all(|r| r[KIND] != "input_error"), "{rows:?}");
}

/// Runs `sverka check` on one document folder as the audit would (references in language
/// order) and gives its records with `doc` set to the folder's id.
fn check_records(folder: &Path, id: &str, args: &[&str]) -> Vec<Vec<String>> {
    let mut cmd = sverka();
    cmd.arg("check").arg(folder.join("bg.txt"));
    for lang in Lang::ALL.iter().filter(|l| **l != Lang::Bg) {
        let p = folder.join(format!("{}.txt", lang.code()));
        if p.exists() {
            cmd.arg(p);
        }
    }
    let out = cmd.args(args).output().expect("run sverka check");
    assert_eq!(out.status.code(), Some(0));
    let mut rows = records(&out.stdout);
    for r in &mut rows {
        assert_eq!(r[DOC], "bg.txt");
        r[DOC] = id.to_string();
    }
    rows
}

#[test]
fn three_document_audit_equals_the_three_check_reports() {
    let data = TempDir::new().expect("temp dir");
    let ids = ["alpha", "beta/one", "gamma"];
    for (n, id) in ids.iter().enumerate() {
        write_article(&data.path().join(id), n + 5);
    }
    let (code, out, err) = audit(data.path(), &[]);
    assert_eq!(code, 0, "{err}");
    let audited = records(&out);
    let checked: Vec<Vec<String>> = ids
        .iter()
        .flat_map(|id| check_records(&data.path().join(id), id, &[]))
        .collect();
    assert!(
        !checked.is_empty(),
        "the documents have findings to compare"
    );
    assert_eq!(audited, checked);
    assert!(err.contains("audited 3 documents (6 references"), "{err}");
}

#[test]
fn rows_come_in_doc_order_not_walk_order() {
    // A walk visits a, a/b, a-c; the report's order (byte-wise on `doc`) is a, a-c, a/b.
    let data = TempDir::new().expect("temp dir");
    for (n, id) in ["a", "a/b", "a-c", "B"].iter().enumerate() {
        write_article(&data.path().join(id), n);
    }
    let (code, out, _) = audit(data.path(), &["--jobs", "2"]);
    assert_eq!(code, 0);
    let mut docs: Vec<String> = records(&out).into_iter().map(|r| r[DOC].clone()).collect();
    docs.dedup();
    assert_eq!(docs, ["B", "a", "a-c", "a/b"]);
}

/// Whether this process can read a file whose permissions forbid it (root can).
fn can_read_unreadable(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join("probe.bin");
    write(&p, "x");
    let _ = fs::set_permissions(&p, fs::Permissions::from_mode(0o000));
    let readable = fs::read(&p).is_ok();
    let _ = fs::remove_file(&p);
    readable
}

#[test]
fn every_bad_document_gives_one_input_error_row_and_the_rest_are_checked() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let data = TempDir::new().expect("temp dir");
    let root = data.path();
    let good = ["good1", "m-good2", "zz-good3"];
    for (n, id) in good.iter().enumerate() {
        write_article(&root.join(id), n);
    }
    let bad_source = |id: &str, bytes: &[u8]| {
        write_article(&root.join(id), 7);
        write(&root.join(id).join("bg.txt"), bytes);
    };
    // (doc id, words the message must hold)
    let mut expected: Vec<(&str, Vec<&str>)> = Vec::new();

    write(&root.join("no-source/ru.txt"), "Текст.");
    write(&root.join("no-source/en.txt"), "Text.");
    expected.push(("no-source", vec!["no source file bg.txt", "ru.txt"]));

    bad_source("bad-utf8", b"\xd0\x9e\xff\xfe text");
    expected.push(("bad-utf8", vec!["bg.txt", "invalid UTF-8 at byte offset 2"]));

    bad_source("empty", b"");
    expected.push(("empty", vec!["bg.txt", "empty"]));

    bad_source("blank", b"  \n\n \n");
    expected.push(("blank", vec!["bg.txt", "empty"]));

    bad_source("binary", b"\x7fELF\x02\x01\x01\0\0\0\0");
    expected.push(("binary", vec!["bg.txt", "binary"]));

    write_article(&root.join("binary-ref"), 8);
    write(&root.join("binary-ref/en.txt"), b"GIF89a\0\0\x01");
    expected.push(("binary-ref", vec!["en.txt", "binary"]));

    bad_source("too-big", "Ръст 1%. ".repeat(400).as_bytes());
    expected.push(("too-big", vec!["bg.txt", "over the limit of 3000 bytes"]));

    write_article(&root.join("self-link"), 9);
    fs::remove_file(root.join("self-link/bg.txt")).expect("remove");
    symlink("bg.txt", root.join("self-link/bg.txt")).expect("symlink");
    expected.push(("self-link", vec!["bg.txt", "symlink loop"]));

    write_article(&root.join("dangling"), 10);
    fs::remove_file(root.join("dangling/ru.txt")).expect("remove");
    symlink("nowhere.txt", root.join("dangling/ru.txt")).expect("symlink");
    expected.push(("dangling", vec!["ru.txt", "no such file"]));

    write_article(&root.join("looped"), 11);
    symlink(".", root.join("looped/back")).expect("symlink");
    expected.push(("looped/back", vec!["symlink loop", "looped"]));

    write_article(&root.join("fifo"), 13);
    fs::remove_file(root.join("fifo/en.txt")).expect("remove");
    let mkfifo = std::process::Command::new("mkfifo")
        .arg(root.join("fifo/en.txt"))
        .status();
    if mkfifo.is_ok_and(|s| s.success()) {
        expected.push(("fifo", vec!["en.txt", "not a regular file"]));
    } else {
        eprintln!("FIFO case skipped: mkfifo failed");
        write(&root.join("fifo/en.txt"), "Text.");
    }

    write_article(&root.join("only-source"), 12);
    fs::remove_file(root.join("only-source/en.txt")).expect("remove");
    fs::remove_file(root.join("only-source/ru.txt")).expect("remove");
    expected.push(("only-source", vec!["no references"]));

    let check_permissions = !can_read_unreadable(root);
    if check_permissions {
        bad_source("locked", "Текст.".as_bytes());
        fs::set_permissions(
            root.join("locked/bg.txt"),
            fs::Permissions::from_mode(0o000),
        )
        .expect("chmod");
        expected.push(("locked", vec!["bg.txt", "permission denied"]));
    } else {
        eprintln!("permission case skipped: this user reads unreadable files (root)");
    }

    for jobs in ["1", "2"] {
        let (code, out, err) = audit(root, &["--max-bytes", "3000", "--jobs", jobs]);
        assert_eq!(
            code, 0,
            "bad documents do not change the exit status: {err}"
        );
        let rows = records(&out);
        for (id, words) in &expected {
            let errors: Vec<&Vec<String>> = rows
                .iter()
                .filter(|r| r[DOC] == *id && r[KIND] == "input_error")
                .collect();
            assert_eq!(errors.len(), 1, "{id}: one input_error row in {rows:?}");
            for w in words {
                assert!(errors[0][MESSAGE].contains(w), "{id}: {:?}", errors[0]);
            }
        }
        // The good documents are checked as if they were alone.
        for id in good {
            let alone: Vec<&Vec<String>> = rows.iter().filter(|r| r[DOC] == id).collect();
            let want = check_records(&root.join(id), id, &[]);
            assert_eq!(alone.into_iter().cloned().collect::<Vec<_>>(), want);
        }
        assert!(
            err.contains(&format!("input errors: {} documents", expected.len())),
            "{err}"
        );
    }
    // With --fail-on error the input errors make the exit status 1.
    let (code, _, _) = audit(root, &["--max-bytes", "3000", "--fail-on", "error"]);
    assert_eq!(code, 1);
}

#[test]
fn exit_codes() {
    let data = synthetic_dataset(4);
    let (code, out, _) = audit(data.path(), &[]);
    assert_eq!(code, 0);
    let rows = records(&out);
    let worst = rows.iter().map(|r| r[4].as_str()).collect::<Vec<_>>();
    // --fail-on: 1 exactly when a finding at or above the severity was reported.
    let (warn, _, _) = audit(data.path(), &["--fail-on", "warning"]);
    let expect_warn = worst.iter().any(|s| *s == "warning" || *s == "error");
    assert_eq!(warn, if expect_warn { 1 } else { 0 });
    let (err, _, _) = audit(data.path(), &["--fail-on", "error"]);
    assert_eq!(err, if worst.contains(&"error") { 1 } else { 0 });
    assert!(expect_warn, "the synthetic articles have findings");

    let clean = TempDir::new().expect("temp dir");
    for lang in ["bg", "en"] {
        write(&clean.path().join(format!("d/{lang}.txt")), "2024.\n");
    }
    let (_, out, _) = audit(clean.path(), &[]);
    if records(&out).is_empty() {
        assert_eq!(audit(clean.path(), &["--fail-on", "warning"]).0, 0);
    }

    // Usage errors: exit 2 with a message naming the problem.
    let missing = data.path().join("no-such-folder");
    let (code, _, err) = audit(&missing, &[]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-folder"), "{err}");
    let (code, _, err) = audit(&data.path().join("doc000/bg.txt"), &[]);
    assert_eq!(code, 2);
    assert!(err.contains("not a folder"), "{err}");
    let (code, _, err) = audit(data.path(), &["--source-lang", "xx"]);
    assert_eq!((code, err.contains("xx")), (2, true), "{err}");
    let (code, _, _) = audit(data.path(), &["--jobs", "0"]);
    assert_eq!(code, 2);
}

#[test]
fn source_lang_picks_the_source_file() {
    let data = synthetic_dataset(3);
    write(&data.path().join("zz/ru.txt"), "Рост 4,4%.");
    write(&data.path().join("zz/bg.txt"), "Ръст 4,4%.");
    let (code, out, err) = audit(data.path(), &["--source-lang", "en"]);
    assert_eq!(code, 0);
    // Three documents with en.txt as the source, bg.txt and ru.txt as references.
    assert!(err.contains("audited 4 documents (6 references"), "{err}");
    let rows = records(&out);
    assert!(rows.iter().all(|r| r[1] == "en"), "{rows:?}");
    let errors: Vec<_> = rows.iter().filter(|r| r[KIND] == "input_error").collect();
    assert_eq!(errors.len(), 1, "{rows:?}");
    assert_eq!(errors[0][DOC], "zz");
    assert!(errors[0][MESSAGE].contains("no source file en.txt"));
}

#[test]
fn json_report_has_the_csv_rows() {
    let data = synthetic_dataset(5);
    let (_, csv_out, _) = audit(data.path(), &[]);
    let (code, json_out, _) = audit(data.path(), &["--format", "json", "--jobs", "2"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_slice(&json_out).expect("valid JSON");
    let arr = v.as_array().expect("an array");
    let rows = records(&csv_out);
    assert_eq!(arr.len(), rows.len());
    for (obj, row) in arr.iter().zip(&rows) {
        assert_eq!(obj["doc"], row[DOC].as_str());
        assert_eq!(obj["kind"], row[KIND].as_str());
    }
}

#[test]
fn report_file_is_written_whole_and_equals_stdout() {
    let data = synthetic_dataset(6);
    let out_dir = TempDir::new().expect("temp dir");
    let report: PathBuf = out_dir.path().join("report.csv");
    let (code, _, _) = audit(
        data.path(),
        &["-o", report.to_str().expect("utf-8 path"), "--excel"],
    );
    assert_eq!(code, 0);
    let written = fs::read(&report).expect("the report");
    assert!(written.starts_with("\u{feff}doc,".as_bytes()));
    let (_, stdout, _) = audit(data.path(), &["--excel"]);
    assert_eq!(written, stdout);
    let leftovers: Vec<_> = fs::read_dir(out_dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".sverka-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn summary_on_stderr_and_no_progress_bar_off_a_terminal() {
    let data = synthetic_dataset(3);
    let (_, out, err) = audit(data.path(), &[]);
    assert!(err.contains("audited 3 documents (6 references"), "{err}");
    assert!(err.contains("findings: "), "{err}");
    assert!(err.contains("input errors: 0 documents"), "{err}");
    assert!(!err.contains("documents, "), "no progress bar: {err}");
    assert!(!String::from_utf8_lossy(&out).contains("audited"));
}

#[test]
fn empty_dataset_gives_a_header_only_report() {
    let data = TempDir::new().expect("temp dir");
    write(&data.path().join("notes/readme.txt"), "not a document");
    let (code, out, err) = audit(data.path(), &[]);
    assert_eq!(code, 0, "{err}");
    assert!(records(&out).is_empty());
    assert!(err.contains("audited 0 documents"), "{err}");
}

#[test]
fn ctrl_c_leaves_no_report_behind() {
    // One long document keeps the audit busy long enough to be interrupted.
    let data = TempDir::new().expect("temp dir");
    let [(_, bg), (_, en), _] = article(1);
    write(&data.path().join("long/bg.txt"), bg.repeat(60_000));
    write(&data.path().join("long/en.txt"), en.repeat(60_000));
    let out_dir = TempDir::new().expect("temp dir");
    let report = out_dir.path().join("report.csv");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("sverka"))
        .arg("audit")
        .arg(data.path())
        .arg("-o")
        .arg(&report)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start sverka");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().expect("wait for sverka");
    let names: Vec<String> = fs::read_dir(out_dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if status.code() == Some(0) {
        // Finished before the signal: then the report is whole.
        eprintln!("the audit finished before Ctrl-C; checking the report is whole");
        assert_eq!(names, ["report.csv"]);
        assert!(fs::read(&report).expect("report").starts_with(b"doc,"));
    } else {
        assert_eq!(status.code(), Some(130));
        assert!(names.is_empty(), "left behind: {names:?}");
    }
}

#[test]
fn a_closed_pipe_ends_the_audit_quietly() {
    // `sverka audit DIR | head`: more report than a pipe holds, and the reader goes away.
    let data = synthetic_dataset(400);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("sverka"))
        .arg("audit")
        .arg(data.path())
        .args(["--jobs", "2"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start sverka");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("the report starts");
    assert_eq!(&first[..4], b"doc,");
    drop(stdout);
    let out = child.wait_with_output().expect("wait for sverka");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
}
