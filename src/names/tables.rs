//! The names stage's data tables, read once (`OnceLock`) from the files embedded at build time:
//! `src/lang/<code>/translit.tsv`, `suffixes.tsv`, `common_words.tsv`,
//! `adjective_endings.tsv`, `loan_letters.tsv`, `native_letters.tsv`, and the exonyms (`src/lang/exonyms.tsv`, generated from Debian's
//! iso-codes, and the hand-kept `src/lang/exonyms_extra.tsv`).
//!
//! Adding a language: its folder of tables and one line in [`table_text`].

use std::sync::OnceLock;

use crate::lang::{self, Lang};

/// An ending of `demonym_endings.tsv`: the ending, the last letters of a name it may have
/// absorbed, and whether it reads only a known place's demonym (third column `place`).
pub type DemonymEnding = (&'static str, Vec<&'static str>, bool);

/// The per-language tables the names stage reads.
pub const TABLES: [&str; 8] = [
    "translit",
    "suffixes",
    "common_words",
    "adjective_endings",
    "demonym_endings",
    "demonyms",
    "loan_letters",
    "native_letters",
];

/// The embedded text of one table of one language (`None` for an unknown table).
pub fn table_text(lang: Lang, table: &str) -> Option<&'static str> {
    macro_rules! lang_tables {
        ($code:literal) => {
            match table {
                "translit" => Some(include_str!(concat!("../lang/", $code, "/translit.tsv"))),
                "suffixes" => Some(include_str!(concat!("../lang/", $code, "/suffixes.tsv"))),
                "common_words" => Some(include_str!(concat!(
                    "../lang/",
                    $code,
                    "/common_words.tsv"
                ))),
                "adjective_endings" => Some(include_str!(concat!(
                    "../lang/",
                    $code,
                    "/adjective_endings.tsv"
                ))),
                "demonym_endings" => Some(include_str!(concat!(
                    "../lang/",
                    $code,
                    "/demonym_endings.tsv"
                ))),
                "demonyms" => Some(include_str!(concat!("../lang/", $code, "/demonyms.tsv"))),
                "loan_letters" => Some(include_str!(concat!(
                    "../lang/",
                    $code,
                    "/loan_letters.tsv"
                ))),
                "native_letters" => Some(include_str!(concat!(
                    "../lang/",
                    $code,
                    "/native_letters.tsv"
                ))),
                _ => None,
            }
        };
    }
    match lang {
        Lang::Bg => lang_tables!("bg"),
        Lang::Ru => lang_tables!("ru"),
        Lang::Uk => lang_tables!("uk"),
        Lang::Kk => lang_tables!("kk"),
        Lang::En => lang_tables!("en"),
    }
}

/// Country names generated from iso-codes by `scripts/exonyms_from_iso_codes.py`.
pub const EXONYMS: &str = include_str!("../lang/exonyms.tsv");
/// Places, organisations, acronyms and first names kept by hand.
pub const EXONYMS_EXTRA: &str = include_str!("../lang/exonyms_extra.tsv");
/// Vowel spellings of one foreign sound that differ between the Cyrillic languages'
/// transliteration schools (`Бирмингем` / `Бирмингам`).
pub const SPELLING_VARIANTS: &str = include_str!("../lang/spelling_variants.tsv");
/// How Latin-script names are read aloud (English, German, Italian, Spanish), for matching
/// them with Cyrillic spellings.
pub const LATIN_READINGS: &str = include_str!("../lang/latin_readings.tsv");
/// Cyrillic capitals drawn like Latin ones (`Н` for H), for an acronym typed in them.
pub const LATIN_LOOKALIKES: &str = include_str!("../lang/latin_lookalikes.tsv");

/// The Latin acronym a Cyrillic one looks like when every letter is drawn like a Latin
/// capital (`НВО` → `HBO`), from `latin_lookalikes.tsv`.
pub fn latin_lookalike(acronym: &str) -> Option<String> {
    let mut out = String::new();
    for c in acronym.chars().filter(|c| c.is_alphabetic()) {
        out.push(latin_lookalike_letter(c)?);
    }
    (!out.is_empty()).then_some(out)
}

/// The Latin capital the Cyrillic capital `c` is drawn like (`Х` → `X`), from
/// `latin_lookalikes.tsv`.
pub fn latin_lookalike_letter(c: char) -> Option<char> {
    static MAP: OnceLock<Vec<(char, char)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        lang::rows(LATIN_LOOKALIKES)
            .filter_map(|r| Some((r.first()?.chars().next()?, r.get(1)?.chars().next()?)))
            .collect()
    });
    map.iter().find(|(cyr, _)| *cyr == c).map(|&(_, l)| l)
}

/// How a capitalized common word is treated (`common_words.tsv`, second column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    /// Not a name at the start of a sentence or in a title-cased line.
    Common,
    /// Never a name (months, days, titles, demonyms).
    Never,
    /// May join capitalized words inside one name (`Bank of America`).
    Connector,
    /// Not a name alone, but the start of one when a name follows (`Republican Party`).
    Adjective,
    /// A title written after a name (Kazakh `мырза`, `ханым`: Mr, Mrs): never a name itself,
    /// and the capitalized word right before it is one, even at the start of a sentence.
    AfterName,
}

/// A hash map on rustc's Fx hash (crate `rustc-hash`): for the stage's tables and per-thread
/// caches, looked up for nearly every word, where the standard SipHash was a visible share of
/// the time. Not resistant to chosen collisions, which costs at worst speed, never a result
/// (the maps are only looked up, never iterated into output).
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A per-thread cache of answers per language and word: words and names repeat across a
/// document and a dataset. It starts afresh at `CACHE_LIMIT` entries a language, so that a
/// long audit's memory stays flat.
pub type WordCache<V> = std::cell::RefCell<Vec<FastMap<String, V>>>;

/// Entries kept per language in a [`WordCache`] before it starts afresh.
pub const CACHE_LIMIT: usize = 100_000;

/// A new, empty [`WordCache`] (for `thread_local!`).
pub fn word_cache<V: Clone>() -> WordCache<V> {
    std::cell::RefCell::new(vec![FastMap::default(); Lang::ALL.len()])
}

/// The answer for `word` in `lang` from `cache`, computed by `compute` and kept when absent.
pub fn cached<V: Clone>(
    cache: &'static std::thread::LocalKey<WordCache<V>>,
    word: &str,
    lang: Lang,
    compute: impl FnOnce() -> V,
) -> V {
    let at = lang_index(lang);
    if let Some(v) = cache.with(|c| c.borrow()[at].get(word).cloned()) {
        return v;
    }
    let v = compute();
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if c[at].len() >= CACHE_LIMIT {
            c[at].clear();
        }
        c[at].insert(word.to_string(), v.clone());
    });
    v
}

/// One language's tables, parsed.
pub struct LangTables {
    /// Lower-case letter → Latin.
    pub translit: FastMap<char, &'static str>,
    /// (ending, replacement), longest endings first.
    pub suffixes: Vec<(&'static str, &'static str)>,
    /// (ending, replacement, shortest stem): rows of `suffixes.tsv` with a fourth column, an
    /// ending that a name of its own may end in too (kk `-га`, the dative typed on a Russian
    /// keyboard layout for `-ға`: `Пхеньянга`, but `Менга`, `Ольга`). They are stripped only
    /// where names are compared (`translit::word_forms`), and only from a stem of that many
    /// letters; never where the finder asks whether a word is an ordinary one.
    pub long_stem_suffixes: Vec<(&'static str, &'static str, usize)>,
    /// Endings only a name's last word takes (third column `last`): a word with one ends a name.
    pub closing: Vec<&'static str>,
    /// Rows of `suffixes` that are an adjective's ending (third column `adjective`: bg `-ски`,
    /// ru `-ский`), not stripped where a person's surname stands (`translit::surname_forms`).
    pub adjective_suffixes: Vec<(&'static str, &'static str)>,
    /// Endings of surnames (third column `surname`, not stripped): a sentence's first word
    /// before a word with one is a given name (ru `Вера Иванова`); in Kazakh two words in a
    /// row with one are two people (`Тоқаев Әлиевті`).
    pub surname_endings: Vec<&'static str>,
    pub words: FastMap<&'static str, WordKind>,
    /// Words that join Latin name words into one name inside a text of another script (third
    /// column `abroad` of `common_words.tsv`: `Direct to Cell`, `Marks and Spencer` in a
    /// Russian text), where in the table's own language they are common words.
    pub joins_abroad: Vec<&'static str>,
    /// Articles that may stand between a connector and the name word after it inside one
    /// name (third column `article` of `common_words.tsv`: `State of the Nation Address`).
    pub articles: Vec<&'static str>,
    /// Endings of adjectives (`adjective_endings.tsv`): a capitalized word with one is an
    /// adjective of a longer title (`Национальной ассамблеи`), longest first.
    pub adjective_endings: Vec<&'static str>,
    /// Endings of adjectives and demonyms made from a place's name (`demonym_endings.tsv`:
    /// `американски`, `Mexican`), longest first, each with the last letters of a name it may
    /// have absorbed (uk `техаський` for `Техас`, `паризький` for `Париж`), and whether it
    /// reads a demonym only of a known place whose whole stem the word keeps (third column
    /// `place`: bg `етиоп|ка` for `Етиопия`, not `полити|ка`).
    pub demonym_endings: Vec<DemonymEnding>,
    /// Adjectives no ending rule derives from their place (`demonyms.tsv`: `гръцк` →
    /// `Гърция`, `dutch` → `Netherlands`): (stem in lower case, the place as written).
    pub demonyms: Vec<(&'static str, &'static str)>,
    /// Letters and letter pairs the language's own words never have, only loanwords and
    /// foreign names (`loan_letters.tsv`: Kazakh `дж`, `э`, `ф`), in lower case.
    pub loan_letters: Vec<&'static str>,
    /// Letters only the language's own words have, never a foreign name written in it
    /// (`native_letters.tsv`: Kazakh `ә`, `қ`, `ұ`), in lower case.
    pub native_letters: Vec<&'static str>,
    /// The language this one takes most of its loanwords through, written as that one writes
    /// them (`src/lang/loanword_sources.tsv`: Kazakh through Russian).
    pub loanword_source: Option<Lang>,
}

/// A rule of a Latin reading: pattern, replacement, whether only at the word's start,
/// whether only at its end (`^` and `$` in the table).
pub type ReadingRule = (&'static str, &'static str, bool, bool);

/// All tables.
pub struct Tables {
    langs: Vec<LangTables>,
    /// Exonym entities: id and, per language (in `Lang::ALL` order), its spellings.
    pub exonyms: Vec<(&'static str, [Vec<&'static str>; 5])>,
    /// Readings of Latin names: each a list of rules, longest patterns first.
    pub readings: Vec<Vec<ReadingRule>>,
    /// Pairs of spellings of one sound in two Cyrillic transliteration schools
    /// (`spelling_variants.tsv`), their markers read once here.
    pub variants: Vec<SpellingVariant>,
}

/// A row of `spelling_variants.tsv`: `from` is rewritten as `to`, only at a word's start
/// (`^`), only at its end (`$`), and only in one language's words (`bg:`) when so marked.
pub struct SpellingVariant {
    pub from: &'static str,
    pub to: &'static str,
    pub at_start: bool,
    pub at_end: bool,
    pub only: Option<Lang>,
    /// Whether the row writes one vowel spelling for another (`а` / `э`, `ау` / `о`).
    pub vowels_only: bool,
}

impl SpellingVariant {
    /// The word (lower case, written in `lang`) with this row's spelling rewritten, if the
    /// row applies to it: a spelling marked `^` only at the word's start, one marked `$` only
    /// at its end (both: the whole word), one marked `bg:` only in that language's words
    /// (`bg:ц`: the Bulgarian Ацех is the Russian Ачех, but a Russian Турция does not excuse
    /// a Bulgarian Турчия).
    pub fn rewrite(&self, word: &str, lang: Lang) -> Option<String> {
        if self.only.is_some_and(|only| only != lang) {
            return None;
        }
        let (body, to) = (self.from, self.to);
        match (self.at_start, self.at_end) {
            (true, true) => (word == body).then(|| to.to_string()),
            (true, false) => word.strip_prefix(body).map(|rest| format!("{to}{rest}")),
            (false, true) => word.strip_suffix(body).map(|head| format!("{head}{to}")),
            (false, false) => word.contains(body).then(|| word.replace(body, to)),
        }
    }

    fn parse(marked: &'static str, to: &'static str) -> SpellingVariant {
        let (only, rest) = match marked.split_once(':') {
            Some((code, rest)) => (Lang::from_code(code), rest),
            None => (None, marked),
        };
        let (rest, at_start) = match rest.strip_prefix('^') {
            Some(r) => (r, true),
            None => (rest, false),
        };
        let (from, at_end) = match rest.strip_suffix('$') {
            Some(r) => (r, true),
            None => (rest, false),
        };
        let vowels = |s: &str| s.chars().all(|c| "аеиоуъэюяыіїєөүұ".contains(c));
        SpellingVariant {
            from,
            to,
            at_start,
            at_end,
            only,
            vowels_only: vowels(from) && vowels(to),
        }
    }
}

impl Tables {
    pub fn lang(&self, lang: Lang) -> &LangTables {
        &self.langs[lang_index(lang)]
    }
}

pub fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// The tables, parsed on first use.
pub fn tables() -> &'static Tables {
    static TABLES_ONCE: OnceLock<Tables> = OnceLock::new();
    TABLES_ONCE.get_or_init(build)
}

fn build() -> Tables {
    let langs = Lang::ALL
        .iter()
        .map(|&l| {
            let rows = |t: &str| lang::rows(table_text(l, t).unwrap_or(""));
            let translit = rows("translit")
                .filter_map(|r| {
                    let mut chars = r.first()?.chars();
                    let c = chars.next()?;
                    chars
                        .next()
                        .is_none()
                        .then(|| (c, r.get(1).copied().unwrap_or("")))
                })
                .collect();
            // A fourth column gives the shortest stem a row is stripped from: such rows are
            // kept apart, for the matcher alone (see `long_stem_suffixes`).
            let min_stem = |r: &[&str]| r.get(3).and_then(|n| n.trim().parse::<usize>().ok());
            let mut suffixes: Vec<(&str, &str)> = rows("suffixes")
                .filter(|r| r.get(2) != Some(&"surname") && min_stem(r).is_none())
                .filter_map(|r| Some((*r.first()?, r.get(1).copied().unwrap_or(""))))
                .filter(|(s, _)| !s.is_empty())
                .collect();
            suffixes.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
            let long_stem_suffixes: Vec<(&str, &str, usize)> = rows("suffixes")
                .filter_map(|r| {
                    let ending = *r.first()?;
                    (!ending.is_empty()).then_some(())?;
                    Some((ending, r.get(1).copied().unwrap_or(""), min_stem(&r)?))
                })
                .collect();
            // The first column of the rows a table marks so in its third (`last`, `surname`;
            // several marks separated by `|`: `abroad|article`).
            let marked = |t: &str, mark: &str| -> Vec<&'static str> {
                rows(t)
                    .filter(|r| r.get(2).is_some_and(|m| m.split('|').any(|m| m == mark)))
                    .filter_map(|r| r.first().copied())
                    .collect()
            };
            let closing = marked("suffixes", "last");
            let adjective_suffixes: Vec<(&str, &str)> = rows("suffixes")
                .filter(|r| r.get(2) == Some(&"adjective"))
                .filter_map(|r| Some((*r.first()?, r.get(1).copied().unwrap_or(""))))
                .collect();
            let surname_endings = marked("suffixes", "surname");
            let joins_abroad = marked("common_words", "abroad");
            let articles = marked("common_words", "article");
            let mut words: FastMap<&'static str, WordKind> = rows("common_words")
                .filter_map(|r| {
                    let kind = match r.get(1).copied().unwrap_or("common") {
                        "never" => WordKind::Never,
                        "connector" => WordKind::Connector,
                        "adjective" => WordKind::Adjective,
                        "after_name" => WordKind::AfterName,
                        _ => WordKind::Common,
                    };
                    Some((*r.first()?, kind))
                })
                .collect();
            // A currency's ISO code (`BGN 4.6 million`, `4,6 млн. BGN`) is the amount's unit,
            // never a name: `currencies.tsv` rows whose form is the code itself.
            for r in lang::rows(crate::figures::lexicon::table(l, "currencies")) {
                if let [form, code, ..] = r[..] {
                    if form == code
                        && form.len() == 3
                        && form.bytes().all(|b| b.is_ascii_uppercase())
                    {
                        let lower: &'static str =
                            Box::leak(form.to_ascii_lowercase().into_boxed_str());
                        words.entry(lower).or_insert(WordKind::Never);
                    }
                }
            }
            let mut adjective_endings: Vec<&str> = rows("adjective_endings")
                .filter_map(|r| r.first().copied())
                .filter(|e| !e.is_empty())
                .collect();
            adjective_endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
            let mut demonym_endings: Vec<DemonymEnding> = rows("demonym_endings")
                .filter_map(|r| {
                    let ending = *r.first().filter(|e| !e.is_empty())?;
                    let absorbed = r
                        .get(1)
                        .map(|c| c.split('|').filter(|l| !l.is_empty()).collect())
                        .unwrap_or_default();
                    let known_place_only = r.get(2).is_some_and(|c| *c == "place");
                    Some((ending, absorbed, known_place_only))
                })
                .collect();
            demonym_endings.sort_by_key(|e| std::cmp::Reverse(e.0.chars().count()));
            let demonyms = rows("demonyms")
                .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
                .filter(|(stem, place)| !stem.is_empty() && !place.is_empty())
                .collect();
            let loan_letters = rows("loan_letters")
                .filter_map(|r| r.first().copied())
                .filter(|l| !l.is_empty())
                .collect();
            let native_letters = rows("native_letters")
                .filter_map(|r| r.first().copied())
                .filter(|l| !l.is_empty())
                .collect();
            LangTables {
                translit,
                suffixes,
                long_stem_suffixes,
                closing,
                surname_endings,
                adjective_suffixes,
                words,
                adjective_endings,
                demonym_endings,
                demonyms,
                loan_letters,
                native_letters,
                joins_abroad,
                articles,
                loanword_source: lang::rows(include_str!("../lang/loanword_sources.tsv"))
                    .find(|row| row.first() == Some(&l.code()))
                    .and_then(|row| Lang::from_code(row.get(1)?)),
            }
        })
        .collect();
    let mut exonyms: Vec<(&'static str, [Vec<&'static str>; 5])> = Vec::new();
    for row in lang::rows(EXONYMS).chain(lang::rows(EXONYMS_EXTRA)) {
        let Some(&id) = row.first() else { continue };
        let at = match exonyms.iter().position(|(i, _)| *i == id) {
            Some(at) => at,
            None => {
                exonyms.push((id, Default::default()));
                exonyms.len() - 1
            }
        };
        for (i, cell) in row.iter().skip(1).take(5).enumerate() {
            for spelling in cell.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                if !exonyms[at].1[i].contains(&spelling) {
                    exonyms[at].1[i].push(spelling);
                }
            }
        }
    }
    let mut readings: Vec<(&str, Vec<ReadingRule>)> = Vec::new();
    for row in lang::rows(LATIN_READINGS) {
        let (Some(&name), Some(&pattern)) = (row.first(), row.get(1)) else {
            continue;
        };
        let replacement = row.get(2).copied().unwrap_or("");
        let (pattern, initial) = match pattern.strip_prefix('^') {
            Some(p) => (p, true),
            None => (pattern, false),
        };
        let (pattern, last) = match pattern.strip_suffix('$') {
            Some(p) => (p, true),
            None => (pattern, false),
        };
        if pattern.is_empty() {
            continue;
        }
        match readings.iter_mut().find(|(n, _)| *n == name) {
            Some((_, rules)) => rules.push((pattern, replacement, initial, last)),
            None => readings.push((name, vec![(pattern, replacement, initial, last)])),
        }
    }
    let readings = readings
        .into_iter()
        .map(|(_, mut rules)| {
            rules.sort_by_key(|(p, _, _, _)| std::cmp::Reverse(p.len()));
            rules
        })
        .collect();
    let variants = lang::rows(SPELLING_VARIANTS)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        // `-`: the spelling is dropped (a silent letter one school writes).
        .map(|(a, b)| SpellingVariant::parse(a, if b == "-" { "" } else { b }))
        .collect();
    Tables {
        langs,
        exonyms,
        readings,
        variants,
    }
}
