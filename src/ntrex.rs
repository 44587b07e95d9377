//! Loading the NTREX-128 test bed (`../shared/data/ntrex`): line-aligned professional
//! translations of 1,997 English news sentences in 123 documents. Used by the evaluation
//! tests, examples and benchmarks; they skip cleanly when the data is absent.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::lang::Lang;

/// The corpus: one vector of lines per language, all of the same length, and the documents.
pub struct Ntrex {
    pub dir: PathBuf,
    lines: Vec<(Lang, Vec<String>)>,
    /// Document ids and their line ranges (0-based, half-open), in corpus order.
    pub documents: Vec<(String, Range<usize>)>,
}

/// Where the corpus is expected: `../shared/data/ntrex` beside the repository, or
/// `$SVERKA_NTREX` when set.
pub fn default_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("SVERKA_NTREX") {
        return PathBuf::from(d);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ntrex")
}

fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => "newstest2019-ref.bul.txt",
        Lang::Ru => "newstest2019-ref.rus.txt",
        Lang::Uk => "newstest2019-ref.ukr.txt",
        Lang::Kk => "newstest2019-ref.kaz.txt",
        Lang::En => "newstest2019-src.eng.txt",
    }
}

impl Ntrex {
    /// Loads the corpus from `dir`; `None` if it is not there (the caller skips).
    pub fn load(dir: &Path) -> Option<Ntrex> {
        let read = |name: &str| -> Option<Vec<String>> {
            let text = std::fs::read_to_string(dir.join(name)).ok()?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            Some(
                text.lines()
                    .map(|l| l.trim_end_matches('\r').to_string())
                    .collect(),
            )
        };
        let mut lines = Vec::new();
        for lang in Lang::ALL {
            lines.push((lang, read(file_name(lang))?));
        }
        let ids = read("DOCUMENT_IDS.tsv")?;
        let mut documents: Vec<(String, Range<usize>)> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let id = id.split('\t').next().unwrap_or("").to_string();
            match documents.last_mut() {
                Some((last, r)) if *last == id => r.end = i + 1,
                _ => documents.push((id, i..i + 1)),
            }
        }
        Some(Ntrex {
            dir: dir.to_path_buf(),
            lines,
            documents,
        })
    }

    /// Loads from [`default_dir`], or says on standard error that the caller skips.
    pub fn load_default_or_skip(what: &str) -> Option<Ntrex> {
        let dir = default_dir();
        let n = Ntrex::load(&dir);
        if n.is_none() {
            eprintln!("skipped {what}: NTREX not found at {}", dir.display());
        }
        n
    }

    /// The lines of one language.
    pub fn lines(&self, lang: Lang) -> &[String] {
        &self
            .lines
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("every language loaded")
            .1
    }
}
