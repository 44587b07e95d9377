//! Names found in short made-up texts, for the `names_*` tests (included with `#[path]`).

#![allow(dead_code)]

use std::path::Path;

use sverka::document::Document;
use sverka::lang::Lang;
use sverka::names::{name_similarity, Name, Relation};
use sverka::pipeline;

/// The names found in a short text.
pub fn names_in(lang: Lang, text: &str) -> Vec<Name> {
    let doc = Document::from_text(Path::new("t.txt"), lang, text.to_string()).expect("valid text");
    pipeline::analyze(doc, true)
        .names
        .into_iter()
        .flatten()
        .collect()
}

/// How two names written alone relate.
pub fn relation(a: &str, a_lang: Lang, b: &str, b_lang: Lang) -> Relation {
    name_similarity(&Name::new(a, a_lang, 1, 0), &Name::new(b, b_lang, 1, 0)).0
}
