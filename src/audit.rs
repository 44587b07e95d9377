//! Dataset-wide audits: walking a dataset folder, checking its documents in parallel, and
//! handing their rows on as a stream, in a deterministic order.
//!
//! A dataset is a folder; every folder under it that holds a `<source-lang>.txt` (or `.md`)
//! file is one document, and the other `<lang>.txt` files beside it are its references. The
//! document's id (the report's `doc`) is the folder's path relative to the dataset, with `/`
//! separators (`.` for the dataset folder itself).
//!
//! What this module owns: discovery ([`Dataset::discover`]: `walkdir`, links followed, loops
//! detected, ids sorted byte-wise as the report's `doc` column is), reading each document's
//! files (any problem becomes one `input_error` row for that document, never a stop), running
//! the per-document stages ([`crate::pipeline`], [`crate::compare`]) on a local rayon pool, and
//! the ordered stream: documents are handed to the caller in id order as soon as they and all
//! before them are done, with at most a small window of documents in flight, so memory does not
//! grow with the corpus and the output is the same for any number of jobs.
//!
//! What it leaves to others: writing the report ([`crate::report`]), the progress bar and the
//! exit status (`crate::cmd::audit`).
//!
//! ```no_run
//! use sverka::audit::{self, Settings};
//! let settings = Settings::new("datasets");
//! let summary = audit::run(&settings, |checked| {
//!     for row in &checked.rows {
//!         println!("{} {} {}", row.doc, row.kind, row.message);
//!     }
//!     Ok(())
//! })
//! .unwrap();
//! eprintln!("{summary}");
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::align;
use crate::compare;
use crate::document::{Document, DEFAULT_MAX_BYTES};
use crate::error::{Error, InputError};
use crate::lang::Lang;
use crate::pipeline;
use crate::report::{self, Kind, Row, Severity, Side};

/// A document whose files hold at least this much text (all languages together) is analyzed
/// and aligned with its files side by side; a shorter one on one thread. A typical news
/// article with four references is 20 to 60 KB.
const PARALLEL_MIN_BYTES: usize = 256 * 1024;

/// How to audit a dataset.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The dataset folder.
    pub dir: PathBuf,
    /// The language of each document's source file (`bg.txt`).
    pub source_lang: Lang,
    /// Every non-blank line is one sentence.
    pub presegmented: bool,
    /// Files larger than this become input errors.
    pub max_bytes: u64,
    /// Worker threads. With 1, documents are checked one after another on one thread.
    pub jobs: usize,
}

impl Settings {
    /// Defaults: Bulgarian sources, sentences split by sverka, the 50 MB limit, all cores.
    pub fn new(dir: impl Into<PathBuf>) -> Settings {
        Settings {
            dir: dir.into(),
            source_lang: Lang::Bg,
            presegmented: false,
            max_bytes: DEFAULT_MAX_BYTES,
            jobs: default_jobs(),
        }
    }

    /// How many documents may be read, checked or waiting to be handed on at once. A few per
    /// job keeps every worker busy while a slow document holds up the ordered output.
    fn window(&self) -> usize {
        self.jobs.max(1) * 4
    }
}

/// The number of cores, or 1 when it cannot be told.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// One document's result: its rows in the report's order, and what was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// The document id (the `doc` column).
    pub doc: String,
    /// References read and checked against.
    pub references: usize,
    /// Bytes of input read for this document (source and references).
    pub bytes: u64,
    /// The rows, sorted in the contract's order.
    pub rows: Vec<Row>,
}

impl Checked {
    /// Whether the document (or one of its files) could not be read.
    pub fn has_input_error(&self) -> bool {
        self.rows.iter().any(|r| r.kind == Kind::InputError)
    }
}

/// The files found in one folder of the dataset, and what went wrong walking it. Kept small
/// (bit sets, not names): the dataset's list of folders is the one thing held for the whole
/// audit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Folder {
    /// Bit `i` set: the folder holds a file of language `Lang::ALL[i]`.
    present: u8,
    /// Bit `i` set: that file is `<lang>.md` (there is no `<lang>.txt`).
    markdown: u8,
    /// Problems met while walking (a folder that cannot be listed, a symlink loop).
    problems: Vec<String>,
}

impl Folder {
    /// The file name of language `lang` in this folder, if it holds one.
    fn file(&self, lang: Lang) -> Option<String> {
        let bit = 1 << lang_index(lang);
        (self.present & bit != 0).then(|| {
            let ext = if self.markdown & bit != 0 {
                "md"
            } else {
                "txt"
            };
            format!("{}.{ext}", lang.code())
        })
    }
}

/// A dataset folder, walked: its documents (and broken folders) in id order.
#[derive(Clone, Debug)]
pub struct Dataset {
    dir: PathBuf,
    folders: Vec<(Box<str>, Folder)>,
    /// How long the walk took (counted in the summary's time).
    walk_time: Duration,
}

impl Dataset {
    /// Walks `settings.dir`. Fails only when the folder itself cannot be walked; anything wrong
    /// below it is kept as an input error of the folder concerned.
    pub fn discover(settings: &Settings) -> Result<Dataset, Error> {
        let started = Instant::now();
        let dir = &settings.dir;
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(Error::Usage(format!(
                    "{}: not a folder; audit takes a dataset folder with one sub-folder per \
                     document (use `sverka check` for single files)",
                    dir.display()
                )))
            }
            Err(e) => {
                return Err(Error::Usage(format!(
                    "{}: cannot open the dataset folder: {e}",
                    dir.display()
                )))
            }
        }
        let mut folders: BTreeMap<String, Folder> = BTreeMap::new();
        let walk = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walk {
            match entry {
                Ok(e) => {
                    if e.file_type().is_dir() {
                        continue;
                    }
                    let Some(parent) = e.path().parent() else {
                        continue;
                    };
                    if let Some((lang, markdown)) = language_file(e.path()) {
                        let folder = folders.entry(doc_id(dir, parent)).or_default();
                        add_file(folder, lang, markdown);
                    }
                }
                Err(err) => {
                    let Some(path) = err.path().map(Path::to_path_buf) else {
                        continue;
                    };
                    if err.depth() == 0 {
                        return Err(Error::Usage(format!(
                            "{}: cannot walk the dataset folder: {err}",
                            dir.display()
                        )));
                    }
                    // A language file that cannot even be looked at (a dangling link, a link
                    // to itself) is kept: reading it names the problem in its document's row.
                    if let (Some((lang, markdown)), Some(parent)) =
                        (language_file(&path), path.parent())
                    {
                        let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
                        if !is_dir {
                            let folder = folders.entry(doc_id(dir, parent)).or_default();
                            add_file(folder, lang, markdown);
                            continue;
                        }
                    }
                    let problem = match err.loop_ancestor() {
                        Some(ancestor) => format!(
                            "symlink loop: this folder leads back to {}",
                            doc_id(dir, ancestor)
                        ),
                        None => match err.io_error() {
                            Some(io) => format!("cannot read this folder: {}", describe_io(io)),
                            None => format!("cannot read this folder: {err}"),
                        },
                    };
                    folders
                        .entry(doc_id(dir, &path))
                        .or_default()
                        .problems
                        .push(problem);
                }
            }
        }
        Ok(Dataset {
            dir: dir.clone(),
            folders: folders
                .into_iter()
                .map(|(id, folder)| (id.into_boxed_str(), folder))
                .collect(),
            walk_time: started.elapsed(),
        })
    }

    /// Number of documents (folders with language files, or that could not be walked).
    pub fn len(&self) -> usize {
        self.folders.len()
    }

    pub fn is_empty(&self) -> bool {
        self.folders.is_empty()
    }

    /// The document ids, in report order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.folders.iter().map(|(id, _)| &**id)
    }

    /// Checks every document and hands each result to `on_document`, in id order. Stops at the
    /// first error `on_document` returns (a report that cannot be written).
    pub fn run<F>(&self, settings: &Settings, mut on_document: F) -> Result<Summary, Error>
    where
        F: FnMut(Checked) -> Result<(), Error>,
    {
        let started = Instant::now();
        let jobs = settings.jobs.max(1);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .thread_name(|i| format!("sverka-audit-{i}"))
            .build()
            .map_err(|e| Error::Usage(format!("cannot start {jobs} worker threads: {e}")))?;
        let mut summary = Summary::default();
        let mut deliver = |checked: Checked| {
            summary.add(&checked);
            on_document(checked)
        };
        if jobs == 1 {
            // The single-thread path: each document runs inside the one-thread pool (so the
            // data-parallel stages within it stay on that thread) while this one waits.
            for (id, folder) in &self.folders {
                let checked = pool.install(|| check_folder(settings, &self.dir, id, folder));
                deliver(checked)?;
            }
        } else {
            self.run_window(settings, &pool, &mut deliver)?;
        }
        summary.elapsed = self.walk_time + started.elapsed();
        Ok(summary)
    }

    /// Documents go to the pool as they are taken; results come back in any order and wait in
    /// a reorder buffer until all the documents before them are done. At most `window`
    /// documents are in flight (submitted and not yet handed on), which bounds memory.
    fn run_window<F>(
        &self,
        settings: &Settings,
        pool: &rayon::ThreadPool,
        deliver: &mut F,
    ) -> Result<(), Error>
    where
        F: FnMut(Checked) -> Result<(), Error>,
    {
        let window = settings.window();
        let (sender, receiver) = mpsc::channel::<(usize, Checked)>();
        let mut waiting: HashMap<usize, Checked> = HashMap::new();
        let (mut submitted, mut next) = (0, 0);
        while next < self.folders.len() {
            while submitted < self.folders.len() && submitted - next < window {
                let (id, folder) = self.folders[submitted].clone();
                let (dir, settings, sender) = (self.dir.clone(), settings.clone(), sender.clone());
                let index = submitted;
                pool.spawn(move || {
                    let checked = check_folder(&settings, &dir, &id, &folder);
                    // The receiver is gone only when the audit has stopped on an error.
                    let _ = sender.send((index, checked));
                });
                submitted += 1;
            }
            let Ok((index, checked)) = receiver.recv() else {
                return Err(Error::Usage("audit: a worker thread stopped".into()));
            };
            waiting.insert(index, checked);
            while let Some(checked) = waiting.remove(&next) {
                deliver(checked)?;
                next += 1;
            }
        }
        Ok(())
    }
}

/// Walks the dataset and checks every document, handing each to `on_document` in id order:
/// the library's streaming entry point (see the module example).
pub fn run<F>(settings: &Settings, on_document: F) -> Result<Summary, Error>
where
    F: FnMut(Checked) -> Result<(), Error>,
{
    Dataset::discover(settings)?.run(settings, on_document)
}

/// `(language, is markdown)` if the file is named `<lang>.txt` or `<lang>.md`.
fn language_file(path: &Path) -> Option<(Lang, bool)> {
    let name = path.file_name()?.to_str()?;
    let (stem, ext) = name.rsplit_once('.')?;
    if ext != "txt" && ext != "md" {
        return None;
    }
    Some((Lang::from_code(stem)?, ext == "md"))
}

/// Notes a language's file; `.txt` wins over `.md` when a folder holds both.
fn add_file(folder: &mut Folder, lang: Lang, markdown: bool) {
    let bit = 1 << lang_index(lang);
    if folder.present & bit != 0 && folder.markdown & bit == 0 {
        return;
    }
    folder.present |= bit;
    if markdown {
        folder.markdown |= bit;
    } else {
        folder.markdown &= !bit;
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// The id of a folder: its path relative to the dataset, `/`-separated; `.` for the dataset.
fn doc_id(dir: &Path, folder: &Path) -> String {
    let rel = folder.strip_prefix(dir).unwrap_or(folder);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        _ => e.to_string(),
    }
}

/// Reads and checks one document; never fails and never panics: whatever goes wrong becomes
/// its `input_error` row.
fn check_folder(settings: &Settings, dir: &Path, id: &str, folder: &Folder) -> Checked {
    let attempt = catch_unwind(AssertUnwindSafe(|| {
        check_folder_inner(settings, dir, id, folder)
    }));
    attempt.unwrap_or_else(|panic| {
        let what = crate::error::panic_text(&*panic);
        Checked {
            doc: id.to_string(),
            references: 0,
            bytes: 0,
            rows: vec![input_error_row(
                id,
                settings.source_lang,
                format!("sverka failed on this document (a bug: please report it): {what}"),
            )],
        }
    })
}

fn check_folder_inner(settings: &Settings, dir: &Path, id: &str, folder: &Folder) -> Checked {
    let source_lang = settings.source_lang;
    let folder_path = if id == "." {
        dir.to_path_buf()
    } else {
        dir.join(id)
    };
    let mut problems = folder.problems.clone();
    let Some(source_name) = folder.file(source_lang) else {
        let present: Vec<String> = Lang::ALL.iter().filter_map(|&l| folder.file(l)).collect();
        if !present.is_empty() {
            problems.push(format!(
                "no source file {code}.txt: the folder holds {} but not the source \
                 (is --source-lang right?)",
                present.join(", "),
                code = source_lang.code()
            ));
        }
        return Checked {
            doc: id.to_string(),
            references: 0,
            bytes: 0,
            rows: vec![input_error_row(id, source_lang, problems.join("; "))],
        };
    };
    // The source first, then the references in language order.
    let files: Vec<(Lang, String)> = std::iter::once((source_lang, source_name.clone()))
        .chain(
            Lang::ALL
                .into_iter()
                .filter(|&l| l != source_lang)
                .filter_map(|l| folder.file(l).map(|name| (l, name))),
        )
        .collect();
    // Files are read one after the other (cheap), then analyzed side by side when the
    // document is long. A short document stays on one thread: the audit's parallelism comes
    // from documents, and splitting a few milliseconds of work across threads costs more in
    // waking and waiting than it saves (measured: `--jobs 2` went from 1.5 to 1.8 times
    // `--jobs 1` on the NTREX corpus).
    let presegmented = settings.presegmented;
    let documents: Vec<Result<Document, String>> = files
        .iter()
        .map(|(lang, name)| {
            read_file(&folder_path.join(name), *lang, settings.max_bytes)
                .map_err(|problem| format!("{name}: {problem}"))
        })
        .collect();
    let text_bytes: usize = documents
        .iter()
        .map(|d| d.as_ref().map_or(0, |d| d.text.len()))
        .sum();
    let long = text_bytes >= PARALLEL_MIN_BYTES;
    let analyze = |doc: Result<Document, String>| {
        doc.map(|doc| {
            let bytes = (doc.base + doc.text.len()) as u64;
            (bytes, pipeline::analyze(doc, presegmented))
        })
    };
    let read: Vec<Result<(u64, pipeline::Analyzed), String>> = if long {
        documents.into_par_iter().map(analyze).collect()
    } else {
        documents.into_iter().map(analyze).collect()
    };
    let source_ok = matches!(read.first(), Some(Ok(_)));
    let mut bytes = 0;
    let mut analyzed = Vec::with_capacity(read.len());
    for (k, result) in read.into_iter().enumerate() {
        match result {
            Ok((n, a)) => {
                bytes += n;
                analyzed.push(a);
            }
            Err(problem) if k == 0 => {
                problems.push(problem);
                break; // no source: the references do not matter
            }
            Err(problem) => problems.push(problem),
        }
    }
    let references = if source_ok {
        analyzed.split_off(1)
    } else {
        Vec::new()
    };
    if source_ok && references.is_empty() && problems.is_empty() {
        problems.push(format!(
            "no references: the folder holds {source_name} but no other <lang>.txt file to \
             check it against"
        ));
    }
    let mut rows = Vec::new();
    if source_ok && !references.is_empty() {
        // What `compare::check` does, with the references aligned side by side (alignment
        // is the costliest part of comparing a long document).
        // The source's aligner features are the same against every reference: built once.
        let source = &analyzed[0];
        let source_units = align::units(source);
        let params = align::Params::default();
        let align_one =
            |r: &pipeline::Analyzed| align::align_units(&source_units, &align::units(r), &params);
        let beads: Vec<Vec<align::Bead>> = if long {
            references.par_iter().map(align_one).collect()
        } else {
            references.iter().map(align_one).collect()
        };
        let aligned: Vec<(&pipeline::Analyzed, Vec<align::Bead>)> =
            references.iter().zip(beads).collect();
        rows = compare::check_aligned(id, source, &aligned);
    }
    if !problems.is_empty() {
        rows.push(input_error_row(id, source_lang, problems.join("; ")));
        report::sort(&mut rows);
    }
    Checked {
        doc: id.to_string(),
        references: references.len(),
        bytes,
        rows,
    }
}

/// Reads one file of a document; the problem, if any, in a few words.
fn read_file(path: &Path, lang: Lang, max_bytes: u64) -> Result<Document, String> {
    // A FIFO or a device would block or never end: only regular files are read.
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() && !meta.is_dir() {
            return Err("not a regular file (a pipe, socket or device)".into());
        }
    }
    Document::read(path, lang, max_bytes).map_err(|InputError { problem, .. }| problem)
}

fn input_error_row(id: &str, source_lang: Lang, message: String) -> Row {
    Row::new(
        id,
        source_lang.code(),
        "",
        Kind::InputError,
        Severity::Error,
        Side::default(),
        Side::default(),
        message,
    )
}

/// What an audit did: counts for the summary on standard error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub references: usize,
    pub bytes: u64,
    /// Documents with an `input_error` row.
    pub input_errors: usize,
    /// Findings (rows other than `input_error`) by kind and by severity.
    pub by_kind: BTreeMap<Kind, usize>,
    pub by_severity: BTreeMap<Severity, usize>,
    pub elapsed: Duration,
}

impl Summary {
    pub fn add(&mut self, checked: &Checked) {
        self.documents += 1;
        self.references += checked.references;
        self.bytes += checked.bytes;
        if checked.has_input_error() {
            self.input_errors += 1;
        }
        for row in checked.rows.iter().filter(|r| r.kind != Kind::InputError) {
            *self.by_kind.entry(row.kind).or_default() += 1;
            *self.by_severity.entry(row.severity).or_default() += 1;
        }
    }

    /// Findings, input errors excluded.
    pub fn findings(&self) -> usize {
        self.by_kind.values().sum()
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        write!(
            f,
            "audited {} documents ({} references, {:.1} MB) in {:.2} s",
            self.documents, self.references, mb, secs
        )?;
        if secs > 0.0 {
            write!(
                f,
                ": {:.1} MB/s, {:.0} documents/s",
                mb / secs,
                self.documents as f64 / secs
            )?;
        }
        write!(f, "\nfindings: {}", self.findings())?;
        let severities: Vec<String> = [Severity::Error, Severity::Warning, Severity::Info]
            .iter()
            .filter_map(|s| self.by_severity.get(s).map(|n| format!("{s} {n}")))
            .collect();
        if !severities.is_empty() {
            write!(f, " ({})", severities.join(", "))?;
        }
        for (kind, n) in &self.by_kind {
            write!(f, "\n  {kind}: {n}")?;
        }
        write!(f, "\ninput errors: {} documents", self.input_errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_files() {
        let lf = |p: &str| language_file(Path::new(p)).map(|(l, _)| l);
        assert_eq!(lf("d/bg.txt"), Some(Lang::Bg));
        assert_eq!(lf("d/kk.md"), Some(Lang::Kk));
        assert_eq!(lf("d/notes.txt"), None);
        assert_eq!(lf("d/bg.pdf"), None);
        assert_eq!(lf("d/article.bg.txt"), None);
    }

    #[test]
    fn ids_are_relative_with_slashes() {
        let dir = Path::new("/data/set");
        assert_eq!(doc_id(dir, Path::new("/data/set/2025/a")), "2025/a");
        assert_eq!(doc_id(dir, dir), ".");
    }

    #[test]
    fn txt_wins_over_md() {
        let mut f = Folder::default();
        add_file(&mut f, Lang::Kk, true);
        assert_eq!(f.file(Lang::Kk).as_deref(), Some("kk.md"));
        add_file(&mut f, Lang::Ru, true);
        add_file(&mut f, Lang::Ru, false);
        add_file(&mut f, Lang::Ru, true);
        assert_eq!(f.file(Lang::Ru).as_deref(), Some("ru.txt"));
        assert_eq!(f.file(Lang::En), None);
    }

    #[test]
    fn summary_counts_findings_and_input_errors() {
        let mut s = Summary::default();
        s.add(&Checked {
            doc: "a".into(),
            references: 2,
            bytes: 10,
            rows: vec![input_error_row("a", Lang::Bg, "x".into())],
        });
        assert_eq!((s.documents, s.references, s.input_errors), (1, 2, 1));
        assert_eq!(s.findings(), 0);
        assert!(s.to_string().contains("input errors: 1 documents"));
    }
}
