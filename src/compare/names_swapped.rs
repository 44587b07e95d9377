//! One name put for another against a single reference (`Москва` where the reference names
//! `Трамп`, `Риана` where it names `Бетесда`), when the document proves nothing either way.
//!
//! Paired by place alone, two differing words are as often a name against a translation
//! (`Камарата` against `Палате`, `Спасете` against `Врятуймо`) or one name spelt two ways
//! (`Кайслър`, `Чейслер`) as one name put for another. What a swapped name leaves behind
//! that those do not: the source's name is a name of its own (no ordinary word, no head of a
//! title, no capitalized first word), written nowhere else in the source and nowhere in the
//! reference document, in any script; the reference's is likewise a name, which the source
//! document writes nowhere; and the two are not spelt alike (the letters' score and the
//! consonants in order, `names::consonants_apart`). A term of the document the
//! reference renders its own way recurs; a misplaced name, once.

use super::{
    heads_title, is_common_word, is_short, name, opens_sentence, single_words, Ctx, Id,
    SPELLINGS_ALIKE,
};
use crate::names::{self, Name};
use crate::pipeline::Analyzed;

impl Ctx<'_> {
    /// Whether source name `sid` (`s`), paired by place with reference `v`'s name `r`, is a
    /// lone name the reference does not know where the reference has one the source does
    /// not know (see the module's header).
    pub(super) fn lone_unknown_name(&self, v: usize, sid: Id, s: &Name, r: &Name) -> bool {
        let view = &self.views[v];
        // Written nowhere else says something only of a document with an elsewhere.
        if self.source.sentences.len() < 2 || view.reference.sentences.len() < 2 {
            return false;
        }
        let a_name = |n: &Name, ordinary: bool| {
            !n.acronym && !ordinary && !is_short(n) && !is_common_word(n) && !n.text.is_empty()
        };
        // A quotation of more than a dozen words is someone's words, whose names are names
        // (as for `names_unknown`), whether or not a verb of saying stands in the sentence.
        if !a_name(s, ordinary_word_of_source(self.source, s))
            || !a_name(r, r.ordinary)
            || heads_title(self.source, sid, s)
            || opens_sentence(self.source, sid, s)
            || (in_quoted_title(self.source, sid, s)
                && !super::names_unknown::in_speech(self.source, sid, s))
            || super::names_foreign::latin_title(self.source, sid, s)
            || adjective(s)
            || adjective(r)
            || spelt_alike(s, r)
        {
            return false;
        }
        // Nor word for word (`Дзинпин` and `Jinping` in `Си Дзинпин`, `Xi Jinping`), by the
        // letters alone: a word may render part of a name in its own way (`Евроазиатски` for
        // `Euro-Asia`, `eu` written `ев`). Two names of one word each met the test above.
        let r_words = single_words(r);
        let alike_word = !(one_word(s) && one_word(r))
            && single_words(s).iter().any(|a| {
                r_words
                    .iter()
                    .any(|b| names::name_similarity(a, b).1 >= SPELLINGS_ALIKE)
            });
        if alike_word {
            return false;
        }
        // Once in the source: no other sentence names it.
        let again = super::ids(&self.source.names, 0..self.source.sentences.len())
            .into_iter()
            .filter(|id| id.0 != sid.0)
            .filter_map(|id| name(self.source, id))
            .any(|o| names::name_similarity(o, s).0 == names::Relation::Same);
        if again {
            return false;
        }
        !self.reference_words(v).contains(s) && !self.source_words().contains(r)
    }
}

/// Whether two names are spelt alike: their letters score so (`name_similarity`, at least
/// [`SPELLINGS_ALIKE`]) and their consonants in order do not part them
/// ([`names::consonants_apart`]). The score alone rates true renderings of one name
/// (`Стайнъм` / `Штейнем` 0.64, `Хаган` / `O'Хейген` 0.68) as high as one name put for another
/// (`Guardian` / `Юнан` 0.66, `Crescent` / `Теннент` 0.75). The consonants weigh one word
/// against one word only: a word may render part of a name of several in its own way
/// (`Евроазиатски` for `Euro-Asia`, `eu` written `ев`).
fn spelt_alike(a: &Name, b: &Name) -> bool {
    names::name_similarity(a, b).1 >= SPELLINGS_ALIKE
        && !(one_word(a) && one_word(b) && names::consonants_apart(a, b))
}

/// Whether a name is one word (its key has no space: `Euro-Asia` is two).
fn one_word(n: &Name) -> bool {
    !n.key.contains(' ')
}

/// Whether source name `s` is made of ordinary words of the source's language: a word in
/// Latin letters in a text in Cyrillic (`Hotel`, `Today` in Bulgarian) is none, whatever it
/// means in English: a name kept as written, as a brand or a show's is.
pub(super) fn ordinary_word_of_source(source: &Analyzed, s: &Name) -> bool {
    s.ordinary && !(source.doc.lang.is_cyrillic() && super::is_latin(&s.text))
}

/// Whether a one-word name ends with an adjective ending of its language
/// (`adjective_endings.tsv`) after four letters or more (`Съвместен`, `Шотландського`): a
/// word of a title, which a translation renders in words.
pub(super) fn adjective(n: &Name) -> bool {
    if n.text.contains(char::is_whitespace) {
        return false;
    }
    let lower = names::translit::to_lowercase(&n.text);
    names::tables::tables()
        .lang(n.lang)
        .adjective_endings
        .iter()
        .any(|e| {
            lower
                .strip_suffix(e)
                .is_some_and(|stem| stem.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        })
}

/// Whether name `n` (id `id` of `doc`) stands inside quotation marks opened before it in its
/// sentence (`„Спасете децата“`, `«Снежанка и седемте джуджета»`): a title, which a
/// translation renders in words of its own.
pub(super) fn in_quotes(doc: &Analyzed, id: Id, n: &Name) -> bool {
    let Some(before) = doc.sentences.get(id.0).and_then(|st| {
        n.offset
            .checked_sub(st.offset)
            .and_then(|at| st.text.get(..at))
    }) else {
        return false;
    };
    let (mut open, mut straight) = (0i32, 0u32);
    for c in before.chars() {
        match c {
            '„' | '«' => open += 1,
            '“' | '»' => open -= 1,
            '"' => straight += 1,
            _ => {}
        }
    }
    open > 0 || straight % 2 == 1
}

/// The most words a quotation may have and still be taken for a title (`„Спасете децата“`,
/// `«Гарри Поттер и узник Азкабана»`) whatever the sentence says around it.
const TITLE_WORDS: usize = 6;

/// Whether name `n` (id `id` of `doc`) stands inside a quotation that may be a title (see
/// [`in_quotes`]): any quotation but someone's words, a longer one than [`TITLE_WORDS`]
/// with a verb of saying of the language (`speech_verbs.tsv`) outside it in the sentence
/// (`Санфърд заяви, че „… камионът ми беше в Нашвил“`). Their names are names like any
/// other; a long book title (`книгата „Суперсилите на ИИ: Китай, Силиконовата долина и …“`)
/// stays a title. A quotation still open at the sentence's end counts to the end.
pub(super) fn in_quoted_title(doc: &Analyzed, id: Id, n: &Name) -> bool {
    if !in_quotes(doc, id, n) {
        return false;
    }
    let Some((sentence, from, close)) = quotation_around(doc, id, n) else {
        return true;
    };
    let long = sentence
        .get(from..close)
        .is_some_and(|quoted| quoted.split_whitespace().count() > TITLE_WORDS);
    let outside = [sentence.get(..from), sentence.get(close..)];
    let verbs: Vec<Vec<&str>> =
        crate::lang::rows(crate::segment::speech_verb_table(n.lang)).collect();
    let said = outside.iter().flatten().any(|text| {
        text.split(|c: char| !c.is_alphanumeric())
            .map(names::translit::to_lowercase)
            .any(|w| verbs.iter().any(|row| row.first() == Some(&w.as_str())))
    });
    !(long && said)
}

/// The quotation name `n` (id `id` of `doc`) stands in: its sentence, where the last opening
/// mark still open before the name is, and where the quotation closes (the sentence's end when
/// it does not). `None` when no mark is open before the name.
pub(super) fn quotation_around<'d>(
    doc: &'d Analyzed,
    id: Id,
    n: &Name,
) -> Option<(&'d str, usize, usize)> {
    let (sentence, at) = doc.sentences.get(id.0).and_then(|st| {
        n.offset
            .checked_sub(st.offset)
            .map(|at| (st.text.as_str(), at))
    })?;
    let (before, after) = (sentence.get(..at)?, sentence.get(at..)?);
    let mut opened: Vec<usize> = Vec::new();
    let mut straight: Option<usize> = None;
    for (i, c) in before.char_indices() {
        match c {
            '„' | '«' => opened.push(i),
            '“' | '»' => {
                opened.pop();
            }
            '"' => straight = if straight.is_some() { None } else { Some(i) },
            _ => {}
        }
    }
    let from = opened.last().copied().or(straight)?;
    let close = after
        .find(['“', '»', '"'])
        .map_or(sentence.len(), |k| at + k);
    Some((sentence, from, close))
}
