//! The direction of a change said beside its figure: bg `с 18% повече` and `ръст от 18%` a
//! rise, `с 18% по-малко` and `спад с 18%` a fall; ru `на 18% больше`, `снизился на 18%`; en
//! `18% more`, `up 18%`, `a fall of 18%`; kk `18%-ға өсті`, `18%-ға кем`. The comparison
//! uses it to tell a rise from a fall of the same figure (`compare::directions`).
//!
//! Only a word right beside the figure counts: right after it, or right before it (or before
//! a link word right before it: `с`, `на`, `by`, `of`). Translators often say a change
//! without its word, or with a verb far away; a word further off may belong to another
//! figure. The words are data: the verbs of change (`near` rows) and the comparatives (`after`
//! rows, up or down, not those that count only before a figure) of `multipliers.tsv`, and
//! `src/lang/<code>/directions.tsv` for the words that table has no use for (its header says
//! what each role does).

use std::sync::OnceLock;

use super::lexicon::{is_letter, Phrases};
use super::scan::word_start;
use crate::lang::Lang;

/// Which way a change went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// What a phrase of the table does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A word of direction, and where it may stand.
    Word {
        direction: Direction,
        before: bool,
        after: bool,
        /// After the figure only when a link word stands right before it (bg `с 2,1 градуса
        /// над средната`: by 2.1 degrees above the average; `341 м над морското равнище` is a
        /// height, no change).
        linked: bool,
    },
    /// A preposition between a word before and the figure.
    Link,
    /// No direction.
    Not,
    /// A preposition naming what a change is measured against (ru `к` of `подешевел к доллару
    /// на 2,1%`): with the one word after it, it may stand between a word before and a link
    /// word.
    Against,
}

/// The language's `directions.tsv`.
fn directions_table(lang: Lang) -> &'static str {
    super::lexicon::table(lang, "directions")
}

fn direction_of(s: Option<&str>) -> Option<Direction> {
    match s? {
        "up" => Some(Direction::Up),
        "down" => Some(Direction::Down),
        _ => None,
    }
}

fn table(lang: Lang) -> &'static Phrases<Role> {
    static TABLES: OnceLock<Vec<Phrases<Role>>> = OnceLock::new();
    crate::lang::per_language(&TABLES, lang, |l| {
        let mut t = Phrases::new();
        let word = |d, before, after| Role::Word {
            direction: d,
            before,
            after,
            linked: false,
        };
        for r in crate::lang::rows(directions_table(l)) {
            let d = direction_of(r.get(2).copied());
            let role = match (r.get(1).copied(), d) {
                (Some("before"), Some(d)) => word(d, true, false),
                (Some("after"), Some(d)) => word(d, false, true),
                (Some("both"), Some(d)) => word(d, true, true),
                (Some("linked"), Some(d)) => Role::Word {
                    direction: d,
                    before: false,
                    after: true,
                    linked: true,
                },
                (Some("link"), _) => Role::Link,
                (Some("not"), _) => Role::Not,
                (Some("against"), _) => Role::Against,
                _ => continue,
            };
            t.add(r[0], role);
        }
        for r in crate::lang::rows(super::lexicon::table(l, "multipliers")) {
            let Some(d) = direction_of(r.get(2).copied()) else {
                continue;
            };
            let only_before_a_figure = r
                .get(3)
                .is_some_and(|f| f.split(',').any(|f| f == "figure"));
            match r.get(1).copied() {
                Some("near") => t.add(r[0], word(d, true, true)),
                Some("after") if !only_before_a_figure => t.add(r[0], word(d, false, true)),
                _ => {}
            }
        }
        t
    })
}

/// The direction of the change whose figure, written `text`, stands at byte `at` of
/// `sentence` (in `lang`), when a word right beside it says it; `None` when none does or the
/// words before and after disagree.
pub fn direction(sentence: &str, at: usize, text: &str, lang: Lang) -> Option<Direction> {
    let t = table(lang);
    let head = sentence.get(..at);
    let after = sentence.get(at + text.len()..).and_then(|rest| {
        let word = rest.trim_start();
        // Only across white space: a mark after the figure ends its clause.
        if word.len() == rest.len() && !rest.starts_with(is_letter) {
            return None;
        }
        let ws = sentence.len() - word.len();
        match t.longest(sentence, ws)? {
            (
                &Role::Word {
                    direction,
                    after,
                    linked,
                    ..
                },
                _,
            ) if after && (!linked || head.is_some_and(|h| link_before(t, h))) => Some(direction),
            _ => None,
        }
    });
    let before = head.and_then(|head| word_before(t, head));
    match (before, after) {
        (Some(b), Some(a)) if a != b => None,
        (b, a) => b.or(a),
    }
}

/// Whether a link word (bg `с`, ru `на`, en `by`) ends `head`, across white space.
fn link_before(t: &Phrases<Role>, head: &str) -> bool {
    let end = head.trim_end().len();
    end < head.len() && end > 0 && matches!(phrase_ending(t, head, end), Some((Role::Link, _)))
}

/// The direction a word ending `head` says (past a link word, and past a word of what the
/// change is measured against before it: ru `подешевел к доллару на 2,1%`), when it may
/// stand before a figure.
fn word_before(t: &Phrases<Role>, head: &str) -> Option<Direction> {
    let mut end = head.trim_end().len();
    if end == head.len() || end == 0 {
        return None;
    }
    let mut linked = false;
    let mut measured_against = false;
    // The end of the text before the word starting at `ws`, when white space parts them.
    let gap_before = |ws: usize| {
        let gap = head[..ws].trim_end();
        (gap.len() < ws && !gap.is_empty()).then_some(gap.len())
    };
    loop {
        match phrase_ending(t, head, end) {
            Some((
                Role::Word {
                    direction, before, ..
                },
                _,
            )) if before => return Some(direction),
            Some((Role::Link, ws)) if !linked => {
                linked = true;
                end = gap_before(ws)?;
            }
            // `к доллару`: one word after a word of what the change is measured against.
            None if linked && !measured_against => {
                measured_against = true;
                let ws = word_start(&head[..end], is_letter)?;
                let (role, against) = phrase_ending(t, head, gap_before(ws)?)?;
                if role != Role::Against {
                    return None;
                }
                end = gap_before(against)?;
            }
            _ => return None,
        }
    }
}

/// The role of the longest phrase of the table (up to three words) that ends at `end` of
/// `head`, and where it starts.
fn phrase_ending(t: &Phrases<Role>, head: &str, end: usize) -> Option<(Role, usize)> {
    let mut starts = Vec::new();
    let mut at = end;
    for _ in 0..3 {
        let Some(ws) = word_start(&head[..at], is_letter) else {
            break;
        };
        starts.push(ws);
        let gap = head[..ws].trim_end();
        if gap.len() == ws || gap.is_empty() {
            break;
        }
        at = gap.len();
    }
    starts.iter().rev().find_map(|&ws| {
        t.longest(head, ws)
            .filter(|&(_, e)| e == end)
            .map(|(&r, _)| (r, ws))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(sentence: &str, figure: &str, lang: Lang) -> Option<Direction> {
        let at = sentence.find(figure).expect("figure in sentence");
        direction(sentence, at, figure, lang)
    }

    #[test]
    fn every_row_has_a_known_role_and_the_table_is_sorted() {
        for lang in Lang::ALL {
            let rows: Vec<Vec<&str>> = crate::lang::rows(directions_table(lang)).collect();
            for r in &rows {
                let ok = match r.get(1).copied() {
                    Some("before" | "after" | "both" | "linked") => {
                        direction_of(r.get(2).copied()).is_some()
                    }
                    Some("link" | "not" | "against") => true,
                    _ => false,
                };
                assert!(ok, "{lang}: {r:?}");
            }
            for w in rows.windows(2) {
                assert!(
                    w[0][0] < w[1][0],
                    "{lang}: {:?} then {:?}",
                    w[0][0],
                    w[1][0]
                );
            }
        }
    }

    #[test]
    fn a_word_beside_the_figure_says_the_direction() {
        use Direction::{Down, Up};
        let cases = [
            ("Посетителите са с 18% повече.", "18%", Lang::Bg, Some(Up)),
            (
                "Посетителите са с 18% по-малко.",
                "18%",
                Lang::Bg,
                Some(Down),
            ),
            ("Износът отбеляза спад от 5%.", "5%", Lang::Bg, Some(Down)),
            ("Продажбите се увеличиха с 12%.", "12%", Lang::Bg, Some(Up)),
            ("Посетили на 18% больше.", "18%", Lang::Ru, Some(Up)),
            ("Экспорт снизился на 5%.", "5%", Lang::Ru, Some(Down)),
            ("Відвідали на 18% менше.", "18%", Lang::Uk, Some(Down)),
            ("Экспорт 18%-ға өсті.", "18%-ға", Lang::Kk, Some(Up)),
            ("Экспорт 18%-ға кем.", "18%-ға", Lang::Kk, Some(Down)),
            (
                "The museum had 18% more visitors.",
                "18%",
                Lang::En,
                Some(Up),
            ),
            ("Sales were up 5% on the year.", "5%", Lang::En, Some(Up)),
            ("Sales rose by 12%.", "12%", Lang::En, Some(Up)),
            (
                "There was a fall of 5% in sales.",
                "5%",
                Lang::En,
                Some(Down),
            ),
            ("An 18% rise in sales.", "18%", Lang::En, Some(Up)),
            // Not beside it: no direction.
            (
                "Продажбите се увеличиха през годината с общо 12%.",
                "12%",
                Lang::Bg,
                None,
            ),
            ("Sales rose, by the year's end, 12%.", "12%", Lang::En, None),
            ("Sales, 12%, more or less.", "12%", Lang::En, None),
            // Not a change.
            ("Pensioners made up 18% of voters.", "18%", Lang::En, None),
            ("Inflation was 18% over the year.", "18%", Lang::En, None),
            ("Безработицата е 18% през годината.", "18%", Lang::Bg, None),
            (
                "Нивото е спаднало до 341,2 м над морското равнище.",
                "341,2 м",
                Lang::Bg,
                None,
            ),
            // Two words that disagree say nothing.
            ("Sales fell 5% more than expected.", "5%", Lang::En, None),
        ];
        for (sentence, figure, lang, want) in cases {
            assert_eq!(of(sentence, figure, lang), want, "{lang}: {sentence}");
        }
    }

    #[test]
    fn above_or_below_a_norm_is_a_direction_a_height_is_none() {
        use Direction::{Down, Up};
        let cases = [
            (
                "Водата е с 2,1 градуса над средната.",
                "2,1 градуса",
                Lang::Bg,
                Some(Up),
            ),
            (
                "Водата е с 2,1 градуса под средната.",
                "2,1 градуса",
                Lang::Bg,
                Some(Down),
            ),
            (
                "Продажбите са с 3% под прогнозата.",
                "3%",
                Lang::Bg,
                Some(Down),
            ),
            (
                "Водата е 2,1 градуса над нормата.",
                "2,1 градуса",
                Lang::Bg,
                Some(Up),
            ),
            (
                "It was 2.1 degrees above the average.",
                "2.1 degrees",
                Lang::En,
                Some(Up),
            ),
            (
                "It was 2.1 degrees below average.",
                "2.1 degrees",
                Lang::En,
                Some(Down),
            ),
            (
                "Вода была на 2,1 градуса ниже средней.",
                "2,1 градуса",
                Lang::Ru,
                Some(Down),
            ),
            (
                "Вода була на 2,1 градуса вище за середню.",
                "2,1 градуса",
                Lang::Uk,
                Some(Up),
            ),
            (
                "Су орташадан 2,1 градусқа төмен.",
                "2,1 градусқа",
                Lang::Kk,
                Some(Down),
            ),
            // A height, zero, or no link before the figure: none.
            (
                "Височина от 341 м над морското равнище.",
                "341 м",
                Lang::Bg,
                None,
            ),
            (
                "Сутринта е с 4 градуса над нулата.",
                "4 градуса",
                Lang::Bg,
                None,
            ),
            ("Живеят 40 души над 65 години.", "40 души", Lang::Bg, None),
            ("The hut is 341 m above sea level.", "341 m", Lang::En, None),
        ];
        for (sentence, figure, lang, want) in cases {
            assert_eq!(of(sentence, figure, lang), want, "{lang}: {sentence}");
        }
    }
}
