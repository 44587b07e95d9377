//! A lone pair of mutually foreign names: the one source name of a sentence that the
//! reference document never writes, against the one reference name there that the source
//! document never writes. Such a pair is most likely one name put in place of the other
//! (`Barclaycard` where the reference names `Лондон`), wherever each stands in its sentence:
//! word order differs across languages (Kazakh puts the verb last, a place often first), so
//! the leftover pairing's limit on place does not apply to it. A name either document writes
//! elsewhere is no evidence of this kind (a transliteration the matcher missed, a name said
//! again in another form), and with two candidates on a side the place must choose.

use super::{is_common_word, is_short, name, DocumentWords, Id};
use crate::names::Name;
use crate::pipeline::Analyzed;

/// The indexes `(i, j)` into `unpaired` (source names) and `absent` (reference names) of the
/// only foreign source name and the only foreign reference name of a sentence, if each side
/// has exactly one.
pub(super) fn lone_foreign_pair<'s, 'r>(
    source: &'s Analyzed,
    reference: &'r Analyzed,
    unpaired: &[Id],
    absent: &[Id],
    words_of: &mut DocumentWords<'s, 'r>,
) -> Option<(usize, usize)> {
    let proper = |n: &Name| !n.acronym && !n.ordinary && !is_short(n) && !is_common_word(n);
    let mut foreign_source = Vec::new();
    for (i, &id) in unpaired.iter().enumerate() {
        if let Some(s) = name(source, id).filter(|s| proper(s)) {
            if !words_of.reference(reference).contains(s) {
                foreign_source.push(i);
            }
        }
    }
    let [i] = foreign_source.as_slice() else {
        return None;
    };
    let mut foreign_reference = Vec::new();
    for (j, &id) in absent.iter().enumerate() {
        if let Some(r) = name(reference, id).filter(|r| proper(r)) {
            if !words_of.source(source).contains(r) {
                foreign_reference.push(j);
            }
        }
    }
    match foreign_reference.as_slice() {
        [j] => Some((*i, *j)),
        _ => None,
    }
}
