//! sverka (Bulgarian/Russian "сверка": a cross-check) checks translated news for accuracy.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! document  files → Document (text, language, date, line index)
//! segment   Document → sentences with line and byte offset
//! figures   sentence → figures, normalized (exact decimals, units, dates, qualifiers)
//! names     sentence → names with transliteration keys
//! pipeline  runs the three above: Document → Analyzed
//! align     two Analyzed → beads of sentences
//! compare   source + references → report rows
//! report    rows → CSV / JSON, spreadsheet-safe, written atomically
//! audit     a dataset folder → one report, in parallel, streamed in order
//! ```
//!
//! `cmd` holds one module per subcommand; `lang` the languages and their data tables.
//!
//! ```
//! use std::path::Path;
//! use sverka::{document::Document, lang::Lang, pipeline, compare};
//! let bg = Document::from_text(Path::new("bg.txt"), Lang::Bg, "Ръстът е 4,4%.".into()).unwrap();
//! let en = Document::from_text(Path::new("en.txt"), Lang::En, "Growth is 4.4%.".into()).unwrap();
//! let rows = compare::check("bg.txt", &pipeline::analyze(bg, false), &[pipeline::analyze(en, false)]);
//! assert!(rows.is_empty());
//! ```

pub mod align;
pub mod assign;
pub mod audit;
pub mod cli;
pub mod cmd;
pub mod compare;
pub mod document;
pub mod error;
pub mod figures;
pub mod interrupt;
pub mod lang;
pub mod names;
pub mod ntrex;
pub mod pipeline;
pub mod report;
pub mod segment;
pub mod spelling;
