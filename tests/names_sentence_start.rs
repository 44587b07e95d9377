//! Names at the start of a sentence that the document also writes, once, in lower case: a
//! country the document names capitalized inside its sentences more often than in lower case
//! is the country at a sentence's start too (kk `қытайдың` typed once beside `Қытайдан`,
//! `Қытайға`). Made-up sentences in the style of news.

use std::path::Path;

use sverka::document::Document;
use sverka::lang::Lang;
use sverka::pipeline;

/// The names found on each line of a short text (one sentence a line).
fn names_per_line(lang: Lang, text: &str) -> Vec<Vec<String>> {
    let doc = Document::from_text(Path::new("t.txt"), lang, text.to_string()).expect("valid text");
    let lines = text.lines().count();
    let mut out = vec![Vec::new(); lines];
    let analysis = pipeline::analyze(doc, true);
    for name in analysis.names.into_iter().flatten() {
        out[name.line - 1].push(name.text);
    }
    out
}

#[test]
fn a_country_written_mostly_capitalized_is_a_name_at_a_sentence_start() {
    let text = "Жапония мен Қытай арасындағы келіссөздер жалғасып жатыр.\n\
                Биыл ол қытайдың болат өнімдеріне жаңа баж салығын енгізді.\n\
                Сарапшылар Қытайдан келетін тауарлар азайады деп есептейді.\n\
                Қытай жауап шаралары туралы әлі мәлімдеген жоқ.";
    let names = names_per_line(Lang::Kk, text);
    assert!(names[3].contains(&"Қытай".to_string()), "{names:?}");
}

#[test]
fn a_country_written_mostly_in_lower_case_stays_a_word_at_a_sentence_start() {
    // The lower-case word (a people, a language) outnumbers the capitalized one: the
    // sentence's first word may be either, and is left as a word, as before.
    let text = "Мектепте қытай тілін оқитын балалар көбейді.\n\
                Ата-аналар қытай тілінің пайдасын түсінеді.\n\
                Мұғалімдер Қытайдан келген.\n\
                Қытай тілі оңай емес дейді олар.";
    let names = names_per_line(Lang::Kk, text);
    assert!(
        !names[3].iter().any(|n| n.starts_with("Қытай")),
        "{names:?}"
    );
}

#[test]
fn an_adjective_of_a_country_written_mostly_capitalized_stays_a_word() {
    let text = "Жапония мен Ресей арасындағы келіссөздер жалғасып жатыр.\n\
                Сарапшылар Ресейден келетін тауарлар азайады деп есептейді.\n\
                Ресейлік компаниялар жауап шаралары туралы әлі мәлімдеген жоқ.\n\
                Бұл ресейлік өнімдерге де қатысты.";
    let names = names_per_line(Lang::Kk, text);
    assert!(
        !names[2].iter().any(|n| n.starts_with("Ресей")),
        "{names:?}"
    );
}
