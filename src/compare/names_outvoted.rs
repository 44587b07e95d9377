//! A source name that the references agree on among themselves and the source spells
//! otherwise: `Кание Уст` where en writes `Kanye West`, ru `Канье Уэст`, uk `Каньє Уест`.
//!
//! The names stage matches within a tolerance, and the tolerance is not transitive: the
//! Cyrillic references may each fall within reach of the source's misspelling (`Канье Уэст`
//! and `Кание Уст`), while a reference in Latin letters does not. Seen reference by
//! reference that looks like one reference against the others (a `reference_conflict`); seen
//! as a whole, every reference writes one name and the source another.

use super::names_translated::unmatched_words;
use super::{
    heads_title, is_common_word, is_latin, is_short, name, references_write, single_words,
    spans_differ, Ctx, Id, Pairing, Relation,
};
use crate::names::{self, Name};

/// What the references say against a source name: the references (by language, with their
/// spelling) that pair it as the same name yet write it as the differing reference does, and
/// whether every reference that names it there writes it alike.
pub(super) struct Outvoted {
    pub(super) spelt: Vec<(&'static str, String)>,
    pub(super) unanimous: bool,
}

impl Ctx<'_> {
    /// Whether reference `v`, which writes `r` for source name `sid` (`s`) and does not pair
    /// them as the same, is backed by every reference that does pair them (`agree`): each of
    /// those writes a name the same as `r`, and none of them spells it as the source does
    /// (the same key). Then the references agree among themselves and the source is the odd
    /// one out. `differ` are the references that pair `sid` with a name not the same.
    pub(super) fn references_outvote_source(
        &self,
        v: usize,
        sid: Id,
        s: &Name,
        r: &Name,
        agree: &[usize],
        differ: &[(usize, Pairing)],
    ) -> Option<Outvoted> {
        if agree.is_empty() || s.acronym || r.acronym || s.ordinary || r.ordinary {
            return None;
        }
        // The differing reference writes the name in another script than the source: the
        // check of the source's transliteration. References in the source's own script
        // accept its spelling within a tolerance, and their vowels and doubled letters
        // follow their own conventions (`Гвинет Пэлтроу` against `Гуинет Полтроу`): a
        // reference of the source's script that differs says little against one in another
        // script that agrees, so only the other way round counts.
        let script = |n: &Name| is_latin(&n.text);
        // (A reference naming more words than the source, `Capitol Hill` against
        // `Капитолия`, delimits another name.)
        if script(r) == script(s) || heads_title(self.source, sid, s) || spans_differ(s, r) {
            return None;
        }
        let same = |a: &Name, b: &Name| names::name_similarity(a, b).0 == names::Relation::Same;
        // Every word of the source's name that the reference's lacks is a name-word, and
        // every word of the reference's that the source's lacks the agreeing references
        // transliterate (`West`, `Уэст`): a part translated (`University`, `State`) or a
        // second name run on (`Карнеги Мелън Лий`) is no misspelling.
        if !unmatched_words(s, r)
            .iter()
            .all(|w| !w.ordinary && !w.acronym && !is_common_word(w) && !is_short(w))
        {
            return None;
        }
        let r_left = unmatched_words(r, s);
        let mut spelt = Vec::new();
        for &w in agree {
            let view = &self.views[w];
            let a = view
                .names
                .get(&sid)
                .and_then(|p| name(view.reference, p.reference))?;
            // An agreeing reference that the matcher finds letter for letter the source's
            // (`Капитолий` for `Капитолия`, `Дейтона Симпсона`): the source spells it as that
            // reference does, and only the other script's matching fails.
            if a.key == s.key
                || names::name_similarity(a, s).1 >= 1.0
                || script(a) != script(s)
                || spans_differ(s, a)
                || !same(a, r)
            {
                return None;
            }
            let a_words = single_words(a);
            if r_left
                .iter()
                .any(|rw| !a_words.iter().any(|aw| same(rw, aw)))
            {
                return None;
            }
            spelt.push((self.lang(w), a.text.clone()));
        }
        // Unanimous when each other differing reference writes the same name as `r`.
        let unanimous = differ.iter().all(|&(w, p)| {
            w == v
                || (p.relation != Relation::Unrelated
                    && name(self.views[w].reference, p.reference).is_some_and(|o| same(o, r)))
        });
        Some(Outvoted { spelt, unanimous })
    }
}

impl Outvoted {
    /// ` The ru (Канье Уэст) and uk (Каньє Уест) references write it as the en one does, not
    /// as the source.`
    pub(super) fn sentence(&self, lang: &str) -> String {
        let each: Vec<String> = self
            .spelt
            .iter()
            .map(|(l, t)| format!("{l} ({t})"))
            .collect();
        let each: Vec<&str> = each.iter().map(String::as_str).collect();
        format!(
            " The {} it as the {lang} one does, not as the source.",
            references_write(&each)
        )
    }
}

impl Ctx<'_> {
    /// A word of source name `s` that is a close spelling of a word of reference name `r`
    /// (`Стйт` against `State` in `Тенеси Стйт`, `Tennessee State`), where every reference
    /// that pairs `s` as the same name (`agree`) writes fewer words than `s` and none like
    /// that one (kk `Теннесси`): their agreement covers the other words only, and the word
    /// itself stands misspelt against the one reference that writes it. That word.
    pub(super) fn misspelt_word_no_one_else_writes(
        &self,
        sid: Id,
        s: &Name,
        r: &Name,
        agree: &[usize],
    ) -> Option<String> {
        if s.acronym || r.acronym || agree.is_empty() {
            return None;
        }
        let relation = |a: &Name, b: &Name| names::name_similarity(a, b).0;
        let s_words = single_words(s);
        let r_left = unmatched_words(r, s);
        let word = unmatched_words(s, r).into_iter().find(|sw| {
            r_left
                .iter()
                .any(|rw| relation(sw, rw) == names::Relation::Close)
        })?;
        let unwitnessed = agree.iter().all(|&w| {
            let view = &self.views[w];
            view.names
                .get(&sid)
                .and_then(|p| name(view.reference, p.reference))
                .is_some_and(|a| {
                    let a_words = single_words(a);
                    a_words.len() < s_words.len()
                        && a_words
                            .iter()
                            .all(|aw| relation(aw, &word) == names::Relation::Unrelated)
                })
        });
        unwitnessed.then(|| word.text.clone())
    }
}
