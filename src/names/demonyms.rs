//! Names rendered as ordinary words: a place written as its adjective or demonym
//! (`American`, `американски`, `американский`, `американдық` for America; `китайските` for
//! China; `гръцката` for Greece). Translators do this all the time, so a reference's `China`
//! against a source sentence that says `китайски` is the same entity written as a word, not a
//! missing name.
//!
//! A word is read as an adjective when it ends in one of its language's
//! `demonym_endings.tsv` after a stem of four letters or more (`американ|ски`), or starts with
//! a stem of `demonyms.tsv` (irregular ones: `гръцк` → `Гърция`, `dutch` → `Netherlands`).
//! Its stem, transliterated and folded like any name, meets a name when one is the other
//! plus a short tail ([`stems_meet`]: `amerikan` / `amerik(a)`, `ispan` / `ispani(ia)`), and it
//! stands for the exonym entities whose spellings in its own language its stem meets
//! (`китай` → `Китай` → China), so that it meets a name of any language for the same place.

use std::rc::Rc;
use std::sync::OnceLock;

use super::exonym_ids;
use super::tables::{self, FastMap};
use super::translit::{self, WordForms};
use crate::lang::Lang;

/// A word read as an adjective or demonym of a place.
#[derive(Debug, Default)]
pub(crate) struct Demonym {
    /// The folded stems it may be read with (`американски` → `amerikan`), for a rule-made one.
    pub keys: Vec<String>,
    /// The exonym entities it stands for (`китайски` → China).
    pub ids: Vec<u32>,
    /// Word forms of the places irregular adjectives name (`гръцки` → `Гърция`).
    pub places: Vec<Rc<WordForms>>,
}

impl Demonym {
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.ids.is_empty() && self.places.is_empty()
    }
}

/// The shortest stem (in letters) an ending may leave: `рус|ки`, `уел|ски` are left to the
/// irregular table, since a three-letter stem meets too many names by chance.
const MIN_STEM: usize = 4;

/// The most letters an irregular adjective may have after its stem (`гръцк|ата`).
const MAX_IRREGULAR_TAIL: usize = 4;

/// A stem transliterated and folded as name keys are.
fn folded(stem: &str, lang: Lang) -> String {
    let mut buf = String::new();
    translit::translit_into(stem, lang, true, &mut buf);
    translit::fold(&buf)
}

/// Whether an adjective's folded stem meets a name's folded form: they share their first four
/// letters, and once the name's final vowels are set aside (`amerika` → `amerik`, `ispaniia`
/// → `ispan`), one is the other with at most two more letters on the adjective's side
/// (`amerik|an`), or three ending in n (`ital|ian`), or one on the name's (`austr` for
/// `Austrians` meets `austr|ia`, not `austral|ia`). The adjective
/// keeps a final i (`avstrii` for Austria meets `avstr|iia`, not `avstral|iia`, Australia).
pub(crate) fn stems_meet(adjective: &str, name: &str) -> bool {
    let a: Vec<char> = adjective.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let shared = a.iter().zip(&n).take_while(|(x, y)| x == y).count();
    if shared < MIN_STEM {
        return false;
    }
    let mut a_end = a.len();
    while a_end > 0 && matches!(a[a_end - 1], 'a' | 'e' | 'o' | 'u' | translit::SCHWA) {
        a_end -= 1;
    }
    let mut n_end = n.len();
    while n_end > 0 && translit::is_vowel(n[n_end - 1]) {
        n_end -= 1;
    }
    let (a, n) = (&a[..a_end], &n[..n_end]);
    if a.len() < 3 || n.len() < 3 {
        return false;
    }
    // Three letters only as -ian, -ean (`ital|ian`): `avstr|ali` is Australia's, not Austria's.
    let adjective_tail = |tail: &[char]| tail.len() <= 2 || (tail.len() == 3 && tail[2] == 'n');
    (a.starts_with(n) && adjective_tail(&a[n.len()..]))
        || (n.starts_with(a) && n.len() - a.len() <= 1)
}

/// Whether exonym entity `id` is a country, region or place, whose people a demonym names
/// (`сенатор|ката` is no demonym of the Senate, a body).
fn is_place(id: u32) -> bool {
    super::exonym_id_name(id).is_some_and(|n| {
        ["country:", "region:", "place:"]
            .iter()
            .any(|p| n.starts_with(p))
    })
}

/// A folded name without its final vowels (`etiopiia` → `etiop`), as [`stems_meet`] reads it.
fn name_stem(name: &str) -> &str {
    name.trim_end_matches(translit::is_vowel)
}

/// One language's one-word exonym spellings, folded, by their first four letters: (folded
/// spelling, entity id).
type SpellingIndex = FastMap<String, Vec<(String, u32)>>;

/// Folded spellings of one word of the exonym entities, per language, by their first four
/// letters: what an adjective's stem is looked up in (`китай` → `Китай` → China).
fn one_word_spellings() -> &'static Vec<SpellingIndex> {
    static INDEX: OnceLock<Vec<SpellingIndex>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<SpellingIndex> = vec![FastMap::default(); Lang::ALL.len()];
        for (id, (_, spellings)) in tables::tables().exonyms.iter().enumerate() {
            for (at, (lang, cell)) in Lang::ALL.iter().zip(spellings).enumerate() {
                for spelling in cell.iter().filter(|s| !s.contains([' ', '-', '.'])) {
                    // Acronyms (`САЩ`, `US`) are no stems of adjectives.
                    if spelling.chars().filter(|c| c.is_uppercase()).count() > 1 {
                        continue;
                    }
                    let key = folded(&translit::to_lowercase(spelling), *lang);
                    let head: String = key.chars().take(MIN_STEM).collect();
                    if head.chars().count() < MIN_STEM {
                        continue;
                    }
                    let entry = index[at].entry(head).or_default();
                    if !entry.iter().any(|(k, i)| *k == key && *i == id as u32) {
                        entry.push((key, id as u32));
                    }
                }
            }
        }
        index
    })
}

thread_local! {
    static CACHE: tables::WordCache<Rc<Demonym>> = tables::word_cache();
}

/// A word read as an adjective or demonym of a place (empty when it is none): `американските`,
/// `Mexicans`, `гръцката`.
pub(crate) fn demonym(word: &str, lang: Lang) -> Rc<Demonym> {
    tables::cached(&CACHE, word, lang, || Rc::new(read_demonym(word, lang)))
}

fn read_demonym(word: &str, lang: Lang) -> Demonym {
    let mut d = Demonym::default();
    let latin = word.chars().any(|c| c.is_ascii_alphabetic());
    // The table of the word's script: a Latin word in a Cyrillic text is English.
    let lang = if latin { Lang::En } else { lang };
    let lower = translit::to_lowercase(word);
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    let t = tables::tables().lang(lang);
    for (stem, place) in &t.demonyms {
        let tail = lower
            .strip_prefix(stem)
            .map(|rest| rest.chars().count() <= MAX_IRREGULAR_TAIL);
        if tail == Some(true) {
            d.ids.extend(exonym_ids(place, lang));
            for w in translit::split_words(place) {
                d.places.push(translit::word_forms(w, lang));
            }
        }
    }
    for (ending, absorbed, place_only) in &t.demonym_endings {
        let Some(stem) = lower.strip_suffix(ending) else {
            continue;
        };
        if stem.chars().count() < MIN_STEM || !stem.chars().all(translit::is_letter) {
            continue;
        }
        // The stem as left, and with each last letter of a name the ending may have absorbed
        // (uk `теха|ському` is Техас's: с + ськ is written ськ).
        let stems = std::iter::once(stem.to_string())
            .chain(absorbed.iter().map(|letters| format!("{stem}{letters}")));
        for stem in stems {
            let key = folded(&stem, lang);
            if d.keys.contains(&key) {
                continue;
            }
            let head: String = key.chars().take(MIN_STEM).collect();
            let at = tables::lang_index(lang);
            let mut met = Vec::new();
            if let Some(spellings) = one_word_spellings()[at].get(&head) {
                for (spelling, id) in spellings {
                    // An ending that also ends common words (bg `-ка`: `етиопка`, but
                    // `политика`, `сенаторката`) reads only a known place (no body: the
                    // Senate) whose whole stem the word keeps (`etiop` of `Етиопия`), not the
                    // place's own name (`Амери|ка`).
                    if stems_meet(&key, spelling)
                        && (!place_only || (key.starts_with(name_stem(spelling)) && is_place(*id)))
                    {
                        met.push(*id);
                    }
                }
            }
            if *place_only && met.is_empty() {
                continue;
            }
            for id in met {
                if !d.ids.contains(&id) {
                    d.ids.push(id);
                }
            }
            d.keys.push(key);
        }
    }
    d.ids.sort_unstable();
    d.ids.dedup();
    d
}

/// A word of a name read as an adjective or demonym itself (`Swedish`, `Democratic`): only
/// for English, which capitalizes such words wherever they stand. In the Cyrillic languages a
/// capitalized adjective heads a title (`Британському конгресі тред-юніонів`), where it
/// names no place: it is empty there.
pub(crate) fn name_demonym(name_word: &WordForms) -> Rc<Demonym> {
    if name_word.latin {
        demonym(&name_word.text, name_word.lang)
    } else {
        Rc::new(Demonym::default())
    }
}

/// Whether a word of a name meets a word read as an adjective or demonym: the adjective's stem
/// meets one of the word's forms (`Испании` / `испанските`, `Oregon` / `орегонски`), or the
/// word is itself an adjective with a stem meeting it (`Democratic` / `демократическата`), or
/// it is a form of the place an irregular adjective names (`Греции` / `гръцката`).
pub(crate) fn word_meets(name_word: &WordForms, text: &Demonym) -> bool {
    if name_word.initial {
        return false;
    }
    if text.keys.iter().any(|k| {
        name_word.folded.iter().any(|f| stems_meet(k, f))
            || name_demonym(name_word)
                .keys
                .iter()
                .any(|own| stems_meet(k, own) || stems_meet(own, k))
    }) {
        return true;
    }
    text.places
        .iter()
        .any(|p| super::matching::same_word_forms(name_word, p))
}
