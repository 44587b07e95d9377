//! Names measured on NTREX-128 (line by line, documents as context), as issue 4 asks:
//!
//! 1. recall: of the names found in each English line, the share matched to a name in the
//!    bg, ru, uk and kk line; misses in `target/ntrex-names/misses-<lang>.tsv`, sorted into
//!    `changed` (no word of the name appears in the line in any spelling, among its capitalized
//!    words and those that start as the name does: the translation dropped it, changed it or
//!    worded it its own way) and
//!    `missed` (it is there: we failed to find or match it);
//! 2. false alarms: reference names that are `Different` or `Absent` against bg, per 1000 lines,
//!    each listed in `target/ntrex-names/false-alarms-<lang>.tsv` (`Unproven` absences, a
//!    name of ordinary words the translation may have put in words, are counted apart and
//!    listed in `unproven-<lang>.tsv`);
//! 3. injected errors in 200 Bulgarian lines (one letter changed, or a surname swapped for
//!    another of the same document): the share detected against each reference.
//!
//! Run: `cargo test --release --test ntrex_names -- --nocapture` (skips without NTREX).
//! The assertions are floors under the measured figures (BENCHMARKS.md), so that a regression
//! fails; the targets are stated beside them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sverka::document::Document;
use sverka::lang::Lang;
use sverka::names::{self, match_names, match_names_in_sentence, Name, NameStatus};
use sverka::ntrex::Ntrex;
use sverka::segment;

/// The names of every line of one language, document by document.
fn names_per_line(ntrex: &Ntrex, lang: Lang) -> Vec<Vec<Name>> {
    let lines = ntrex.lines(lang);
    let mut out = Vec::with_capacity(lines.len());
    for (id, range) in &ntrex.documents {
        let text = lines[range.clone()].join("\n");
        let path = PathBuf::from(format!("{id}.{lang}.txt"));
        let doc = match Document::from_text(&path, lang, text) {
            Ok(d) => d,
            Err(_) => {
                out.extend(range.clone().map(|_| Vec::new()));
                continue;
            }
        };
        let sentences = segment::segment(&doc, true);
        let finder = names::NameFinder::new(&doc);
        let mut per_line: Vec<Vec<Name>> = vec![Vec::new(); range.len()];
        for s in &sentences {
            if let Some(slot) = per_line.get_mut(s.line - 1) {
                slot.extend(finder.find(&doc, s));
            }
        }
        out.extend(per_line);
    }
    out
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ntrex-names");
    std::fs::create_dir_all(&dir).expect("target is writable");
    dir
}

const REFS: [Lang; 4] = [Lang::Bg, Lang::Ru, Lang::Uk, Lang::Kk];

/// Whether a name of three words or more opening or closing with an acronym has all its
/// other words in the line (`HMP Long Lartin` / `в'язниці Її Величності Лонг-Лартін`): the
/// name proper is there, the acronym is one the reference spells out in words. A miss of ours
/// (the English finder took a title into the name), not a change by the translation.
fn proper_part_appears(name: &Name, line: &str, lang: Lang) -> bool {
    let words: Vec<&str> = name.text.split(' ').collect();
    let acronym = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    let n = words.len();
    n >= 3
        && [
            (acronym(words[0]), &words[1..]),
            (acronym(words[n - 1]), &words[..n - 1]),
        ]
        .iter()
        .any(|(edge, part)| {
            *edge
                && part
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && names::appears_in(
                    &Name::new(&part.join(" "), name.lang, name.line, name.offset),
                    line,
                    lang,
                )
        })
}

/// The words of a line where a name the finder or the matcher missed may be, in order: those
/// that start with a capital or a digit, and those in lower case whose key starts as the
/// name's does (`ньюпортское` for `Newport`, `пуритан` for `Puritan`: an adjective the
/// demonym rules did not meet). Another word in lower case is the translation's own wording
/// (`батыс` for `Western`); a name's spelling met in one (`Hollywood` in kk `алдында`, whose
/// stem's skeleton `ld` is the name's heard one) is chance, not the name left unfound.
fn candidate_words(line: &str, lang: Lang, name: &Name) -> String {
    let first_letter = |text: &str, lang: Lang| names::key(text, lang).chars().next();
    let name_first = first_letter(&name.text, name.lang);
    line.split_whitespace()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || first_letter(w, lang) == name_first
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn english_names_are_matched_in_every_translation() {
    let Some(ntrex) = Ntrex::load_default_or_skip("ntrex_names recall") else {
        return;
    };
    let en = names_per_line(&ntrex, Lang::En);
    let mut summary = String::new();
    for lang in REFS {
        let other = names_per_line(&ntrex, lang);
        let lines = ntrex.lines(lang);
        let (mut total, mut matched, mut as_word, mut translated) =
            (0usize, 0usize, 0usize, 0usize);
        let mut misses: Vec<(String, String, usize, String, String)> = Vec::new();
        let mut as_words = String::from("line\thow\tenglish_name\n");
        for (i, (e, o)) in en.iter().zip(&other).enumerate() {
            for m in match_names(o, e) {
                total += 1;
                if m.status == NameStatus::Matched {
                    matched += 1;
                    continue;
                }
                let name = &e[m.reference];
                // Carried as an adjective or demonym (`China` / `китайски`) or translated into
                // a known equivalent in ordinary words (`General Assembly` / `общото
                // събрание`): the same entity written as words, matched, counted apart.
                let adjective = names::rendered_as_word(name, &lines[i], lang);
                if adjective || names::translated_as_words(name, &lines[i], lang) {
                    matched += 1;
                    let how = if adjective {
                        as_word += 1;
                        "adjective"
                    } else {
                        translated += 1;
                        "translated"
                    };
                    let _ = writeln!(as_words, "{}\t{how}\t{}", i + 1, name.text);
                    continue;
                }
                let candidates = candidate_words(&lines[i], lang, name);
                let class = if names::appears_in(name, &candidates, lang)
                    || proper_part_appears(name, &candidates, lang)
                {
                    "missed"
                } else {
                    "changed"
                };
                let found: Vec<&str> = o.iter().map(|n| n.text.as_str()).collect();
                misses.push((
                    class.to_string(),
                    name.text.clone(),
                    i + 1,
                    format!("{:?}", m.status),
                    found.join(" | "),
                ));
            }
        }
        misses.sort();
        let mut file = String::from("class\tenglish_name\tline\tstatus\tnames_found_in_line\n");
        for (c, n, l, s, f) in &misses {
            let _ = writeln!(file, "{c}\t{n}\t{l}\t{s}\t{f}");
        }
        std::fs::write(out_dir().join(format!("misses-{lang}.tsv")), file).expect("write");
        std::fs::write(out_dir().join(format!("as-word-{lang}.tsv")), as_words).expect("write");
        let missed = misses.iter().filter(|m| m.0 == "missed").count();
        let share = matched as f64 / total.max(1) as f64;
        let _ = writeln!(
            summary,
            "recall en→{lang}: {matched}/{total} = {:.1}% (of which {as_word} as an adjective or demonym, {translated} translated in words; names alone {:.1}%; {} misses: {} changed by the translation, {missed} ours)",
            100.0 * share,
            100.0 * (matched - as_word - translated) as f64 / total.max(1) as f64,
            misses.len(),
            misses.len() - missed
        );
        // Issue target: 95%; measured 79-85% (BENCHMARKS.md). A floor against regressions.
        assert!(share >= 0.77, "recall en→{lang} fell to {share:.3}");
    }
    eprint!("{summary}");
}

/// A finding on clean text: `name_mismatch` (`Different`) or `missing_name` (`Absent`). An
/// `Unproven` absence (a reference name of ordinary words, which the translation may have
/// rendered in words) is information, not an alarm; it is counted apart.
fn is_alarm(status: NameStatus) -> bool {
    matches!(status, NameStatus::Different | NameStatus::Absent)
}

#[test]
fn few_false_alarms_on_clean_translations() {
    let Some(ntrex) = Ntrex::load_default_or_skip("ntrex_names false alarms") else {
        return;
    };
    let bg = names_per_line(&ntrex, Lang::Bg);
    let mut summary = String::new();
    for lang in [Lang::Ru, Lang::Uk, Lang::Kk, Lang::En] {
        let refs = names_per_line(&ntrex, lang);
        let bg_lines = ntrex.lines(Lang::Bg);
        let mut alarms = Vec::new();
        let mut names_only = 0;
        let mut unproven = String::from("line\tref_name\n");
        for (i, (s, r)) in bg.iter().zip(&refs).enumerate() {
            names_only += match_names(s, r)
                .iter()
                .filter(|m| is_alarm(m.status))
                .count();
            for m in match_names_in_sentence(s, &bg_lines[i], Lang::Bg, r) {
                if m.status == NameStatus::Unproven {
                    let _ = writeln!(unproven, "{}\t{}", i + 1, r[m.reference].text);
                }
                if is_alarm(m.status) {
                    let src = m.source.map(|k| s[k].text.as_str()).unwrap_or("");
                    alarms.push(format!(
                        "{}\t{:?}\t{}\t{}\t{:.3}",
                        i + 1,
                        m.status,
                        r[m.reference].text,
                        src,
                        m.similarity
                    ));
                }
            }
        }
        let per_1000 = 1000.0 * alarms.len() as f64 / bg.len() as f64;
        let different = alarms
            .iter()
            .filter(|a| a.contains("\tDifferent\t"))
            .count();
        let mut file = String::from("line\tstatus\tref_name\tbg_name\tsimilarity\n");
        for a in &alarms {
            file.push_str(a);
            file.push('\n');
        }
        std::fs::write(out_dir().join(format!("false-alarms-{lang}.tsv")), file).expect("write");
        std::fs::write(out_dir().join(format!("unproven-{lang}.tsv")), &unproven).expect("write");
        let unproven = unproven.lines().count() - 1;
        let _ = writeln!(
            summary,
            "false alarms bg vs {lang}: {} in {} lines = {per_1000:.1} per 1000 ({different} name_mismatch, {} missing_name; besides, {unproven} unproven absences, info); names only, without the sentence text: {:.1} per 1000",
            alarms.len(),
            bg.len(),
            alarms.len() - different,
            1000.0 * names_only as f64 / bg.len() as f64
        );
        // Issue target: 3 per 1000; measured 126-176 (BENCHMARKS.md: NTREX's translators drop,
        // add and translate names). A ceiling against regressions.
        assert!(
            per_1000 <= 200.0,
            "false alarms bg vs {lang}: {per_1000:.1}"
        );
    }
    eprint!("{summary}");
}

/// Changes one letter of the longest word of a name: the middle letter becomes the next letter
/// of its alphabet (а→б, я→а; a→b, z→a).
fn change_one_letter(name: &str) -> Option<String> {
    let word = name
        .split([' ', '-'])
        .max_by_key(|w| w.chars().count())
        .filter(|w| w.chars().count() >= 3)?;
    let start = word.as_ptr() as usize - name.as_ptr() as usize;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let (at, c) = chars[chars.len() / 2];
    let next = match c {
        'я' => 'а',
        'Я' => 'А',
        'z' => 'a',
        'Z' => 'A',
        c => char::from_u32(c as u32 + 1).filter(|n| n.is_alphabetic())?,
    };
    let mut out = name.to_string();
    out.replace_range(start + at..start + at + c.len_utf8(), &next.to_string());
    Some(out)
}

#[test]
fn injected_errors_are_detected() {
    let Some(ntrex) = Ntrex::load_default_or_skip("ntrex_names injected errors") else {
        return;
    };
    let bg_lines = ntrex.lines(Lang::Bg);
    let bg = names_per_line(&ntrex, Lang::Bg);
    let doc_of = |line: usize| {
        ntrex
            .documents
            .iter()
            .find(|(_, r)| r.contains(&line))
            .map(|(_, r)| r.clone())
    };
    let mut summary = String::new();
    for lang in [Lang::Ru, Lang::Uk, Lang::Kk, Lang::En] {
        let refs = names_per_line(&ntrex, lang);
        let (mut tried, mut detected) = (0usize, 0usize);
        let mut undetected = String::from("line\tkind\toriginal\tinjected\tref_name\n");
        for (i, (s, r)) in bg.iter().zip(&refs).enumerate() {
            if tried >= 200 {
                break;
            }
            // A bg name matched to a reference name: the one we corrupt.
            // A bg name matched to a reference name word for word (a change to a word the
            // reference does not write could not be seen against it), written once in the line.
            let words = |n: &Name| n.key.split(' ').count();
            let Some(m) = match_names(s, r).into_iter().find(|m| {
                m.status == NameStatus::Matched
                    && m.source.is_some_and(|k| {
                        !s[k].acronym
                            && words(&s[k]) == words(&r[m.reference])
                            && s.iter().filter(|n| n.key == s[k].key).count() == 1
                    })
            }) else {
                continue;
            };
            let Some(k) = m.source else { continue };
            let original = &s[k];
            let swap = tried % 2 == 1;
            let injected = if swap {
                // A surname (last word) from another name of the same document.
                let Some(range) = doc_of(i) else { continue };
                let last = |t: &str| t.rsplit(' ').next().unwrap_or(t).to_string();
                let other = range.clone().flat_map(|l| bg[l].iter()).find(|n| {
                    !n.acronym
                        && n.text
                            .split(' ')
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                        && names::name_similarity(n, original).0 == names::Relation::Unrelated
                        && last(&n.text).chars().count() >= 3
                });
                let Some(other) = other else { continue };
                let mut words: Vec<&str> = original.text.split(' ').collect();
                let new_last = last(&other.text);
                if let Some(w) = words.last_mut() {
                    *w = &new_last;
                    Some(words.join(" "))
                } else {
                    None
                }
            } else {
                change_one_letter(&original.text)
            };
            let Some(injected) = injected else { continue };
            let line = bg_lines[i].replacen(&original.text, &injected, 1);
            let mut names = s.clone();
            names[k] = Name::new(&injected, Lang::Bg, original.line, original.offset);
            let _ = line; // the corrupted line, for the listing below
            tried += 1;
            let after = &match_names(&names, r)[m.reference];
            if after.status != NameStatus::Matched {
                detected += 1;
            } else {
                let _ = writeln!(
                    undetected,
                    "{}\t{}\t{}\t{}\t{}",
                    i + 1,
                    if swap { "swap" } else { "letter" },
                    original.text,
                    injected,
                    r[m.reference].text
                );
            }
        }
        std::fs::write(out_dir().join(format!("undetected-{lang}.tsv")), undetected)
            .expect("write");
        let share = detected as f64 / tried.max(1) as f64;
        let _ = writeln!(
            summary,
            "injected errors bg vs {lang}: {detected}/{tried} = {:.1}% detected",
            100.0 * share
        );
        // Issue target: 95%; measured 96.5-98.5% (BENCHMARKS.md). A floor against regressions.
        assert!(tried >= 150, "only {tried} lines to corrupt against {lang}");
        assert!(share >= 0.95, "detection against {lang} fell to {share:.3}");
    }
    eprint!("{summary}");
}
