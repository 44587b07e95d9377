//! Misspelt names the pairing cannot see.
//!
//! **A letter of the other script** (`Tнxas`, `Loуe`: a look-alike or a slip of the keyboard
//! layout).
//! A word that mixes Latin and Cyrillic letters is a typo in any language: it reads right
//! but matches nothing, and no search finds it. The names stage transliterates it like any
//! other word, so the pairing accepts it within its tolerance and says nothing. In the
//! source it is the source's error; in a reference (kk `Mоливуд`) the reference's own typo,
//! for the reader's information and never held against the source.
//!
//! One pattern mixes the scripts on purpose: a name in Latin letters with a suffix of the
//! language's own letters (kk `Commodoresте`, `Twitterде`). A Latin run of two letters or
//! more followed by one Cyrillic run of two letters or more is that, and no typo.
//!
//! **A word the source writes right elsewhere** (`Трърп` in a quotation, `Тръмп` in the
//! headline; `Хои` for `Холи`): one letter apart from a capitalised word of the same document,
//! same first and last letter. The names stage sees no name in a headline's first word and the
//! one-letter check of [`super::misspelt_names`] wants names of five letters or more, so
//! neither catches it. Two real names can be one letter apart (`Кели` and `Кени`, `Рид` and
//! `Рийд`), so the references decide: one of them names, in this sentence, the other spelling
//! (the same name, nearer to it than to this one); or, for words of five letters or more, the
//! references write the other spelling somewhere in the document and this one nowhere. A
//! reference that writes it as the source does here clears it.

use std::collections::HashMap;

use super::{
    ids, is_common_word, name, references_write, sentence_side, single_words, Ctx,
    Relation as Pairing,
};
use crate::names::{self, Name, Relation};
use crate::pipeline::Analyzed;
use crate::report::{Kind, Row, Severity, Side};

/// The script of a letter, as far as mixing goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

fn script(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        None
    } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
        Some(Script::Latin)
    } else if ('\u{0400}'..='\u{052F}').contains(&c) {
        Some(Script::Cyrillic)
    } else {
        None
    }
}

/// Whether a word (letters only) mixes Latin and Cyrillic letters in a way no spelling
/// does: `Tнxas`, `Mоливуд`, `Тexas`, but not `Commodoresте` (a Latin name with a suffix of
/// the language's letters) nor `Texas` or `Тексас`.
pub(crate) fn mixes_scripts(word: &str) -> bool {
    // The word's runs of one script: (script, letters).
    let mut runs: Vec<(Script, usize)> = Vec::new();
    for c in word.chars() {
        let Some(s) = script(c) else { continue };
        match runs.last_mut() {
            Some((last, n)) if *last == s => *n += 1,
            _ => runs.push((s, 1)),
        }
    }
    match runs.as_slice() {
        [] | [_] => false,
        [(Script::Latin, stem), (Script::Cyrillic, suffix)] => *stem < 2 || *suffix < 2,
        _ => true,
    }
}

/// The words of a sentence's text with their byte offsets: runs of letters (a hyphen or an
/// apostrophe ends a word: `Е-mail` is two words, each of one script).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// The name-words (with a capital letter) of a document that mix scripts: (sentence, byte
/// offset in the sentence's text, word).
fn mixed_words(doc: &Analyzed) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        // Most sentences are of one script: a cheap look at the bytes spares them the
        // word-by-word reading (Cyrillic letters are two bytes led by 0xD0 to 0xD4).
        let bytes = sentence.text.as_bytes();
        if !bytes.iter().any(u8::is_ascii_alphabetic)
            || !bytes.iter().any(|b| (0xD0..=0xD4).contains(b))
        {
            continue;
        }
        for (at, w) in words(&sentence.text) {
            // `ХIХ век` (a Cyrillic `Х`): a Roman numeral of a century is a figure, no name.
            if w.chars().any(char::is_uppercase)
                && mixes_scripts(w)
                && !crate::figures::scan::roman_counts_a_date(&sentence.text, at, doc.doc.lang)
            {
                out.push((s, at, w));
            }
        }
    }
    out
}

/// The report side of word `w` at byte `at` of sentence `s`.
fn word_side(doc: &Analyzed, s: usize, at: usize, w: &str) -> Side {
    let mut side = sentence_side(doc, s);
    if let Some(sentence) = doc.sentences.get(s) {
        side.line = Some(doc.doc.line_of(sentence.start + at));
        side.offset = Some(sentence.file_offset(at));
        side.text = w.to_string();
        side.value = names::key(w, doc.doc.lang);
    }
    side
}

/// `the Cyrillic н in a Latin word`: what the odd letters are.
fn odd_letters(word: &str) -> String {
    let latin = word.chars().filter(|&c| script(c) == Some(Script::Latin));
    let cyrillic = word
        .chars()
        .filter(|&c| script(c) == Some(Script::Cyrillic));
    let (odd, odd_script, host): (Vec<char>, _, _) =
        if latin.clone().count() >= cyrillic.clone().count() {
            (cyrillic.collect(), "Cyrillic", "Latin")
        } else {
            (latin.collect(), "Latin", "Cyrillic")
        };
    let odd: String = odd.into_iter().collect();
    format!("the {odd_script} {odd} in a {host} word")
}

/// Words shorter than this are only judged by a reference naming the other spelling in the
/// same sentence: among short words, one letter makes another name too often (`Ким`, `Кім`).
const LONG_WORD: usize = 5;

/// Whether two words (lower case) are one letter apart in the middle: one changed, added or
/// dropped, the first and last letters the same, neither the other with an ending added.
fn one_letter_inside(a: &str, b: &str) -> bool {
    a != b
        && a.chars().count().min(b.chars().count()) >= 3
        && a.chars().next() == b.chars().next()
        && a.chars().last() == b.chars().last()
        && !a.starts_with(b)
        && !b.starts_with(a)
        && strsim::levenshtein(a, b) == 1
}

/// A source word that another capitalised word of the document spells one letter otherwise.
struct NearSpelling<'w> {
    /// The sentence the word is in.
    sentence: usize,
    /// The word and its byte offset in its sentence.
    word: &'w str,
    at: usize,
    /// The other spelling, with its sentence and byte offset there.
    other: &'w str,
    other_sentence: usize,
    /// How often the document writes each (capitalised).
    uses: usize,
    other_uses: usize,
}

impl<'a> Ctx<'a> {
    /// The capitalised words of the source (letters only), each distinct spelling (lower
    /// case) with its occurrences: (sentence, byte offset in the sentence, word).
    fn capitalised_words(&self) -> HashMap<String, Vec<(usize, usize, &'a str)>> {
        let mut out: HashMap<String, Vec<(usize, usize, &'a str)>> = HashMap::new();
        let source: &'a Analyzed = self.source;
        for (s, sentence) in source.sentences.iter().enumerate() {
            for (at, w) in words(&sentence.text) {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    out.entry(w.to_lowercase()).or_default().push((s, at, w));
                }
            }
        }
        out
    }

    /// The words of source names that a more frequent (or as frequent) capitalised word of
    /// the document spells one letter otherwise.
    fn near_spellings(
        &self,
        capitalised: &HashMap<String, Vec<(usize, usize, &'a str)>>,
    ) -> Vec<NearSpelling<'a>> {
        let source: &'a Analyzed = self.source;
        // Only spellings with the same first and last letters can be one letter apart.
        let mut by_ends: HashMap<(char, char), Vec<&str>> = HashMap::new();
        for lower in capitalised.keys() {
            if let (Some(first), Some(last)) = (lower.chars().next(), lower.chars().last()) {
                by_ends.entry((first, last)).or_default().push(lower);
            }
        }
        // In a fixed order, not the map's (which changes from run to run): where two other
        // spellings meet a word (`Дди`: `Деди`, `Диди`), the more frequent is reported, then
        // the first alphabetically.
        for spellings in by_ends.values_mut() {
            spellings.sort_by_key(|w| {
                (
                    std::cmp::Reverse(capitalised.get(*w).map_or(0, Vec::len)),
                    *w,
                )
            });
        }
        // The words to judge: those of the source's names, and capitalised words in the
        // middle of a sentence that the names stage took for no name (`Nottingham Est`, the
        // `Est` an abbreviation in its tables): (sentence, byte offset in it, word).
        let mut candidates: Vec<(usize, usize, &'a str)> = Vec::new();
        for (s, sentence) in source.sentences.iter().enumerate() {
            let names_here = source.names.get(s).map_or(&[][..], Vec::as_slice);
            let spans: Vec<(usize, usize)> = names_here
                .iter()
                .map(|n| {
                    let start = n.offset.saturating_sub(sentence.offset);
                    (start, start + n.text.len())
                })
                .collect();
            for (k, n) in names_here.iter().enumerate() {
                if n.acronym || self.misspelt.contains_key(&(s, k)) {
                    continue;
                }
                let (start, end) = spans[k];
                let Some(text) = sentence.text.get(start..end) else {
                    continue;
                };
                candidates.extend(words(text).map(|(at, w)| (s, start + at, w)));
            }
            candidates.extend(
                words(&sentence.text)
                    .skip(1)
                    .filter(|(at, w)| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().skip(1).all(|c| !c.is_uppercase())
                            && !spans.iter().any(|&(a, b)| a <= *at && *at < b)
                    })
                    .map(|(at, w)| (s, at, w)),
            );
        }
        let mut out = Vec::new();
        for (s, at, w) in candidates {
            let lower = w.to_lowercase();
            let (Some(first), Some(last)) = (lower.chars().next(), lower.chars().last()) else {
                continue;
            };
            let uses = capitalised.get(&lower).map_or(0, Vec::len);
            // Every other spelling as frequent or more, each with an occurrence in another
            // sentence if there is one.
            let others = by_ends
                .get(&(first, last))
                .into_iter()
                .flatten()
                .filter(|o| one_letter_inside(&lower, o))
                .filter_map(|o| capitalised.get(*o))
                .filter(|occ| occ.len() >= uses);
            for occ in others {
                let Some(&(other_sentence, _, other)) =
                    occ.iter().find(|(o, _, _)| *o != s).or_else(|| occ.first())
                else {
                    continue;
                };
                out.push(NearSpelling {
                    sentence: s,
                    word: w,
                    at,
                    other,
                    other_sentence,
                    uses,
                    other_uses: occ.len(),
                });
            }
        }
        out
    }

    /// The reference sentences of the bead of source sentence `s` in reference `v`.
    fn bead_sentences(&self, v: usize, s: usize) -> std::ops::Range<usize> {
        self.views[v].counterparts.get(&s).cloned().unwrap_or(0..0)
    }

    /// Rows for source name-words spelt one letter otherwise than elsewhere in the document,
    /// where the references take the other spelling's side (see the module header).
    pub(super) fn near_spelling_rows(&self, rows: &mut Vec<Row>) {
        let capitalised = self.capitalised_words();
        let lang = self.source.doc.lang;
        // Each reference's capitalised words, each distinct word once (a long document
        // repeats its names), built when a long word first asks.
        let everywhere_of: Vec<std::cell::OnceCell<Vec<Name>>> = self
            .views
            .iter()
            .map(|_| std::cell::OnceCell::new())
            .collect();
        for near in self.near_spellings(&capitalised) {
            let side = word_side(self.source, near.sentence, near.at, near.word);
            let (line, offset) = (side.line.unwrap_or(0), side.offset.unwrap_or(0));
            let word = Name::new(near.word, lang, line, offset);
            let other = Name::new(near.other, lang, line, offset);
            // Two ordinary words (`Севера`, the North, and `Северна`): no name spelt two ways.
            if super::names_variant::no_second_spelling(
                &[near.word.to_lowercase()],
                &[near.other.to_lowercase()],
                lang,
            ) {
                continue;
            }
            // How a reference word `r` sides: with the other spelling (the same name, nearer
            // to it), with this one, or with neither.
            let sides_with_other = |r: &Name| {
                let (relation, to_other) = names::name_similarity(&other, r);
                relation == Relation::Same && to_other > names::name_similarity(&word, r).1
            };
            let sides_with_word = |r: &Name| {
                let (relation, to_word) = names::name_similarity(&word, r);
                relation == Relation::Same && to_word > names::name_similarity(&other, r).1
            };
            let mut here: Vec<(usize, Name)> = Vec::new();
            let mut against = false;
            let mut elsewhere: Vec<usize> = Vec::new();
            for (v, everywhere) in everywhere_of.iter().enumerate() {
                let reference = self.views[v].reference;
                // Capitalised words, not only names: the names stage may not see a name
                // opening a sentence (uk `Дастін Джонсон`), and a reference that writes the
                // source's spelling anywhere clears it.
                let bead = capitalised_in(reference, self.bead_sentences(v, near.sentence));
                if bead.iter().any(&sides_with_word) {
                    against = true;
                    break;
                }
                if let Some(r) = bead.iter().find(|w| sides_with_other(w)) {
                    here.push((v, r.clone()));
                    continue;
                }
                if near.word.chars().count() < LONG_WORD {
                    continue;
                }
                let everywhere = everywhere.get_or_init(|| {
                    let mut seen = rustc_hash::FxHashSet::default();
                    capitalised_in(reference, 0..reference.sentences.len())
                        .into_iter()
                        .filter(|w| seen.insert(w.text.clone()))
                        .collect()
                });
                if everywhere.iter().any(&sides_with_word) {
                    against = true;
                    break;
                }
                if everywhere.iter().any(&sides_with_other) {
                    elsewhere.push(v);
                }
            }
            // The same reference word at both places (`Рид` on both lines where the source
            // writes `Рийд` twice and `Рид` once): one person, spelt two ways by the source,
            // whatever the reference's own convention. The rarer spelling is the odd one; on
            // a tie, the later, unless a reference writes it nearer than the other (then
            // nothing tells which is wrong: `Тажибеев` once and `Тажибаев` once, ru
            // `Тажибаев` at both places, is the other rule's to judge). A reference writing
            // two different words there makes them two names.
            // (Not within one sentence, where both stand in the same bead; nor two
            // renderings the Bulgarian schwa allows, `Макферсън` and `Макферсон`.)
            // On a tie either spelling may be the odd one: a Latin reference's word at both
            // places decides, when it is nearer to one of them (`Kelly` at both places of
            // `Кели` and `Кеии`), else the later is taken (below).
            let tie = near.uses == near.other_uses;
            let odd_one = (near.uses < near.other_uses || (tie && !against))
                && near.sentence != near.other_sentence
                && !schwa_for_vowel(near.word, near.other)
                && !(names::same_known_entity(&word, &other)
                    && names::same_known_entity(&other, &word));
            // Per reference writing one word at both places: whether it is nearer to this
            // spelling than to the other, or to the other (neither when as near to both).
            let (mut nearer_word, mut nearer_other) = (false, false);
            let mut both_places: Vec<usize> = Vec::new();
            if odd_one && here.is_empty() && elsewhere.is_empty() {
                let related = |r: &Name| {
                    names::name_similarity(&word, r).0 == Relation::Same
                        || names::name_similarity(&other, r).0 == Relation::Same
                };
                let mut distinguished = false;
                for v in 0..self.views.len() {
                    let reference = self.views[v].reference;
                    let at_word: Vec<Name> =
                        capitalised_in(reference, self.bead_sentences(v, near.sentence))
                            .into_iter()
                            .filter(&related)
                            .collect();
                    let at_other: Vec<Name> =
                        capitalised_in(reference, self.bead_sentences(v, near.other_sentence))
                            .into_iter()
                            .filter(&related)
                            .collect();
                    if at_word.is_empty() || at_other.is_empty() {
                        continue;
                    }
                    // The reference's word for each spelling: the nearest to it there.
                    let nearest = |words: &[Name], to: &Name| {
                        words
                            .iter()
                            .max_by(|a, b| {
                                names::name_similarity(to, a)
                                    .1
                                    .total_cmp(&names::name_similarity(to, b).1)
                            })
                            .map(|n| n.text.to_lowercase())
                    };
                    let shared = nearest(&at_word, &word);
                    if shared == nearest(&at_other, &other) {
                        both_places.push(v);
                        // Only a reference in Latin letters, the foreign name's own: one in
                        // Cyrillic follows its language's convention, which may side with
                        // either (ru and kk `Рид` for the Bulgarian `Рийд` of `Reed`).
                        if let Some(r) = at_word.iter().find(|n| {
                            Some(n.text.to_lowercase()) == shared
                                && is_latin_text(&n.text)
                                && !is_latin_text(&word.text)
                        }) {
                            let (to_word, to_other) = (closeness(&word, r), closeness(&other, r));
                            nearer_word |= to_word > to_other;
                            nearer_other |= to_other > to_word;
                        }
                    } else {
                        distinguished = true;
                    }
                }
                // On a tie: the spelling the references' word is farther from, or with no
                // such word (or words either way), the later.
                let odd_on_tie = if nearer_word != nearer_other {
                    nearer_other
                } else {
                    near.sentence > near.other_sentence
                };
                if distinguished || (tie && !odd_on_tie) {
                    both_places.clear();
                }
            }
            let side = word_side(self.source, near.sentence, near.at, near.word);
            let other_line = self
                .source
                .sentences
                .get(near.other_sentence)
                .map_or(0, |s| s.line);
            if !both_places.is_empty() {
                // Not again where another rule has reported the name here already.
                if !rows.iter().any(|row| {
                    row.kind == Kind::NameMismatch
                        && row.severity >= Severity::Warning
                        && row.source_line == side.line
                }) {
                    let langs: Vec<&str> = both_places.iter().map(|&v| self.lang(v)).collect();
                    let message = format!(
                        "The source writes {} here but {} on line {}, where the {} the same name as here: one name spelt two ways?",
                        near.word,
                        near.other,
                        other_line,
                        references_write(&langs)
                    );
                    rows.push(self.source_warning(side, message));
                }
                continue;
            }
            if against || (here.is_empty() && elsewhere.is_empty()) {
                continue;
            }
            let already = |row: &Row, v: Option<usize>| {
                row.kind == Kind::NameMismatch
                    && row.severity >= Severity::Warning
                    && row.source_line == side.line
                    && (row.ref_lang.is_empty() || v.is_some_and(|v| row.ref_lang == self.lang(v)))
            };
            if !here.is_empty() {
                for (v, r) in here {
                    if rows.iter().any(|row| already(row, Some(v))) {
                        continue;
                    }
                    let message = format!(
                        "The source writes {} here but {} on line {}, and the {} reference names {} here: a misspelt name.",
                        near.word,
                        near.other,
                        other_line,
                        self.lang(v),
                        r.text
                    );
                    let r_side = reference_name_side(self.views[v].reference, &r);
                    rows.push(self.row(
                        Some(v),
                        Kind::NameMismatch,
                        Severity::Warning,
                        side.clone(),
                        r_side,
                        message,
                    ));
                }
            } else if !rows.iter().any(|row| already(row, None)) {
                let langs: Vec<&str> = elsewhere.iter().map(|&v| self.lang(v)).collect();
                let message = format!(
                    "The source writes {} here but {} on line {}, which the {} and none this spelling: a misspelt name?",
                    near.word,
                    near.other,
                    other_line,
                    references_write(&langs)
                );
                rows.push(self.source_warning(side, message));
            }
        }
    }

    /// A `name_mismatch` warning about the source alone (no reference's side).
    fn source_warning(&self, side: Side, message: String) -> Row {
        self.row(
            None,
            Kind::NameMismatch,
            Severity::Warning,
            side,
            Side::default(),
            message,
        )
    }

    /// Turns a `reference_conflict` into a misspelling of the source where the references
    /// that pair the name as the same (`Кеии` with en `Kelly`, within the matcher's
    /// tolerance) write a word of it with the consonants of the differing reference (kk
    /// `Келлиге`), and the source with other consonants: seen word by word, every reference
    /// writes one name and the source another. Vowels are left alone: each language writes
    /// a foreign name's vowels its own way (`Галахър`, `Галлахер`), consonants far less
    /// (the skeletons of [`names::translit::skeleton`] already meet `Гарвард` and `Harvard`).
    pub(super) fn consonants_outvoted(&self, rows: &mut [Row]) {
        let source_ids = ids(&self.source.names, 0..self.source.sentences.len());
        for row in rows.iter_mut() {
            if row.kind != Kind::ReferenceConflict || row.ref_lang.is_empty() {
                continue;
            }
            let Some(v) = (0..self.views.len()).find(|&v| self.lang(v) == row.ref_lang) else {
                continue;
            };
            let Some((sid, s)) = source_ids.iter().find_map(|&id| {
                name(self.source, id)
                    .filter(|n| Some(n.offset) == row.source_offset)
                    .map(|n| (id, n))
            }) else {
                continue;
            };
            if s.acronym || s.ordinary {
                continue;
            }
            let view = &self.views[v];
            let Some(r) = view
                .names
                .get(&sid)
                .and_then(|p| name(view.reference, p.reference))
            else {
                continue;
            };
            let agreeing: Vec<(&'static str, &Name)> = self
                .views
                .iter()
                .enumerate()
                .filter(|&(w, _)| w != v)
                .filter_map(|(w, other)| {
                    let p = other
                        .names
                        .get(&sid)
                        .filter(|p| p.relation == Pairing::Equal)?;
                    Some((self.lang(w), name(other.reference, p.reference)?))
                })
                .collect();
            if agreeing.is_empty() {
                continue;
            }
            let outvoted = single_words(s).into_iter().find(|sw| {
                if sw.text.chars().count() < 3 || is_common_word(sw) {
                    return false;
                }
                let Some(rw) = closest_word(sw, r) else {
                    return false;
                };
                // One word spelt two ways, not a word translated (`планини`) or run on.
                let related =
                    |a: &Name, b: &Name| names::name_similarity(a, b).0 != Relation::Unrelated;
                let (of_source, of_reference) = (skeletons(sw), skeletons(&rw));
                let agreeing_words: Option<Vec<Name>> =
                    agreeing.iter().map(|(_, a)| closest_word(sw, a)).collect();
                if related(sw, &rw)
                    && agreeing_words
                        .as_deref()
                        .is_some_and(|words| vowel_outvoted(sw, words))
                {
                    return true;
                }
                related(sw, &rw)
                    && !meet(&of_source, &of_reference)
                    && agreeing.iter().all(|(_, a)| {
                        closest_word(sw, a).is_some_and(|aw| {
                            // (The agreeing word may meet the source's consonants too,
                            // through a stem: `Kelly` read as `Ke-ly`. The differing
                            // reference's word does not, which is what counts.)
                            related(&aw, &rw) && meet(&skeletons(&aw), &of_reference)
                        })
                    })
            });
            let Some(word) = outvoted else {
                continue;
            };
            let langs: Vec<&str> = agreeing.iter().map(|(l, _)| *l).collect();
            row.kind = Kind::NameMismatch;
            row.severity = Severity::Warning;
            row.message = format!(
                "The name differs: {} ({}) in the source, {} ({}) in the {} reference. The {} {} otherwise than the source, as the {} reference does: a misspelling?",
                s.text,
                s.key,
                r.text,
                r.key,
                row.ref_lang,
                references_write(&langs),
                word.text,
                row.ref_lang
            );
        }
    }

    /// A row per name-word of the source that mixes scripts (the source's typo, a warning),
    /// and per such word of a reference (the reference's own typo, for information).
    pub(super) fn mixed_script_rows(&self, rows: &mut Vec<Row>) {
        for (s, at, w) in mixed_words(self.source) {
            rows.push(self.source_warning(
                word_side(self.source, s, at, w),
                format!(
                    "The source writes {w} with letters of two scripts ({}): a misspelt name that no search finds.",
                    odd_letters(w)
                ),
            ));
        }
        // A reference's own typo says nothing against the source: what was held against the
        // source for it (its name paired with the misspelt one, or missing) is information.
        for row in rows.iter_mut() {
            let typo = (row.kind == Kind::NameMismatch || row.kind == Kind::MissingName)
                && row.severity > Severity::Info
                && !row.ref_lang.is_empty()
                && words(&row.ref_text).any(|(_, w)| mixes_scripts(w));
            if typo {
                row.severity = Severity::Info;
                row.message.push_str(
                    " The reference's word mixes letters of two scripts: its own typo, no error of the source.",
                );
            }
        }
        for (v, view) in self.views.iter().enumerate() {
            for (s, at, w) in mixed_words(view.reference) {
                rows.push(self.row(
                    Some(v),
                    Kind::NameMismatch,
                    Severity::Info,
                    Side::default(),
                    word_side(view.reference, s, at, w),
                    format!(
                        "The {} reference writes {w} with letters of two scripts ({}): the reference's own typo.",
                        self.lang(v),
                        odd_letters(w)
                    ),
                ));
            }
        }
    }
}

/// How close a source spelling is to a reference name: the matcher's similarity, then (the
/// matcher forgiving a letter in either: `Кели` and `Кеии` both `Kelly`'s) the fewer edits
/// between the keys.
fn closeness(spelling: &Name, r: &Name) -> (f64, std::cmp::Reverse<usize>) {
    (
        names::name_similarity(spelling, r).1,
        std::cmp::Reverse(strsim::levenshtein(&spelling.key, &r.key)),
    )
}

/// The report side of a reference name.
fn reference_name_side(doc: &Analyzed, n: &Name) -> Side {
    let sentence = doc
        .sentences
        .iter()
        .position(|s| s.offset <= n.offset && n.offset < s.offset + s.text.len().max(1))
        .unwrap_or(0);
    let mut side = sentence_side(doc, sentence);
    side.line = Some(n.line);
    side.offset = Some(n.offset);
    side.text = n.text.clone();
    side.value = n.key.clone();
    side
}

/// Whether the references that agree with source word `sw` within the matcher's tolerance
/// (their nearest words, `agreeing`) are at least two, all in the source's script, spell
/// the word alike (a folded form in common), and that spelling is one letter from the
/// source's, not a vowel the schwa explains (`Тръмп`, `Трамп`) nor another school's
/// spelling: ru, uk and kk `Джоан` against the source's `Джан`. Three languages agreeing
/// letter for letter on a foreign name outvote the source's one letter; one does not.
fn vowel_outvoted(sw: &Name, agreeing: &[Name]) -> bool {
    if agreeing.len() < 2
        || agreeing
            .iter()
            .any(|a| is_latin_text(&a.text) != is_latin_text(&sw.text))
    {
        return false;
    }
    let source = names::translit::word_forms(&sw.text, sw.lang);
    let Some(spelt) = source.folded.first() else {
        return false;
    };
    let forms: Vec<_> = agreeing
        .iter()
        .map(|a| names::translit::word_forms(&a.text, a.lang))
        .collect();
    let Some((first, rest)) = forms.split_first() else {
        return false;
    };
    let common = first
        .folded
        .iter()
        .find(|f| rest.iter().all(|o| o.folded.contains(f)));
    let Some(common) = common else {
        return false;
    };
    let other_school = forms
        .iter()
        .any(|f| f.variant_letters.iter().any(|v| source.letters.contains(v)));
    !other_school
        && !names::translit::folded_eq(spelt, common)
        && strsim::levenshtein(spelt, common) == 1
}

/// Whether two words differ only by the Bulgarian schwa written for another vowel or the
/// other way round (`Макферсън`, `Макферсон`): two renderings of one foreign vowel.
fn schwa_for_vowel(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.to_lowercase().chars().collect(),
        b.to_lowercase().chars().collect(),
    );
    if a.len() != b.len() {
        return false;
    }
    let differing: Vec<(char, char)> = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    let vowel = |c: char| "аоеуъ".contains(c);
    matches!(differing.as_slice(), [(x, y)] if (*x == 'ъ' || *y == 'ъ') && vowel(*x) && vowel(*y))
}

/// Whether a text is written in Latin letters (its first letter).
fn is_latin_text(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| script(c) == Some(Script::Latin))
}

/// The word of name `n` nearest to one-word name `word`.
fn closest_word(word: &Name, n: &Name) -> Option<Name> {
    single_words(n).into_iter().max_by(|a, b| {
        names::name_similarity(word, a)
            .1
            .total_cmp(&names::name_similarity(word, b).1)
    })
}

/// The consonant skeletons of a one-word name's forms (the word and its stems).
fn skeletons(word: &Name) -> Vec<String> {
    names::translit::word_forms(&word.text, word.lang)
        .skeleton
        .clone()
}

/// Whether two words' skeletons have one in common.
fn meet(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// The capitalised words of sentences `range` of a document, as one-word names.
fn capitalised_in(doc: &Analyzed, range: std::ops::Range<usize>) -> Vec<Name> {
    let lang = doc.doc.lang;
    range
        .filter_map(|s| doc.sentences.get(s))
        .flat_map(|sentence| {
            words(&sentence.text)
                .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
                .map(move |(at, w)| {
                    Name::new(
                        w,
                        lang,
                        doc.doc.line_of(sentence.start + at),
                        sentence.file_offset(at),
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_mixing_scripts() {
        for typo in [
            "Tнxas",
            "Loуe",
            "Weуt",
            "Mоливуд",
            "Тexas",
            "Texaс",
            "Cаяси",
        ] {
            assert!(mixes_scripts(typo), "{typo}");
        }
        for fine in [
            "Texas",
            "Тексас",
            "Commodoresте",
            "Twitterде",
            "",
            "Ålesund",
        ] {
            assert!(!mixes_scripts(fine), "{fine}");
        }
    }

    #[test]
    fn words_keep_their_offsets() {
        let text = "В Tнxas, „Loуe“ и Е-mail.";
        let found: Vec<(usize, &str)> = words(text).collect();
        for (at, w) in &found {
            assert_eq!(&text[*at..*at + w.len()], *w);
        }
        assert!(found.iter().any(|(_, w)| *w == "Tнxas"));
        assert!(found.iter().any(|(_, w)| *w == "mail"));
    }

    #[test]
    fn one_letter_inside_a_word() {
        for (a, b) in [
            ("трърп", "тръмп"),
            ("хои", "холи"),
            ("кеии", "кели"),
            ("pot", "post"),
        ] {
            assert!(one_letter_inside(a, b), "{a} {b}");
        }
        // An ending, another first or last letter, two letters, a word too short.
        for (a, b) in [
            ("иванов", "иванова"),
            ("still", "stil"),
            ("кели", "мели"),
            ("ли", "лу"),
        ] {
            assert!(!one_letter_inside(a, b), "{a} {b}");
        }
    }

    #[test]
    fn the_schwa_for_another_vowel() {
        assert!(schwa_for_vowel("Макферсън", "Макферсон"));
        assert!(!schwa_for_vowel("Рид", "Рийд"));
        assert!(!schwa_for_vowel("Кели", "Кени"));
    }

    #[test]
    fn odd_letters_name_the_minority_script() {
        assert_eq!(odd_letters("Tнxas"), "the Cyrillic н in a Latin word");
        assert_eq!(odd_letters("Mоливуд"), "the Latin M in a Cyrillic word");
    }
}
