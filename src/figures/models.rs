//! Models and flights: a number that names a thing, not how many or how much of it
//! (`Boeing 737-800`, `Airbus A320neo`, `Ту-154М`, `F-16`, `рейс J2-8243`, `flight KC 123`).
//! The word before it says so (`src/lang/model_makers.tsv`: a maker, a type's prefix, a flight
//! word), not a list of models. Such a number is a [`super::FigureKind::Model`]: `value` its
//! number, `high` a numbered variant (`737-800`: 737 and 800; `787-9`); no range, unit, scale
//! or qualifier is read around it. Normalized `737-800`, `154`; the contract's kind `number`.

use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::lexicon::is_letter;

/// How the word before a model joins it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A maker or type, then a space (`Boeing 737`).
    Maker,
    /// A type's letters, then a hyphen (`Ту-154`).
    Prefix,
    /// A flight word, then a space, an airline's code and the number (`рейс J2-8243`).
    Flight,
}

fn table() -> &'static [(String, Role)] {
    static TABLE: OnceLock<Vec<(String, Role)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        crate::lang::rows(include_str!("../lang/model_makers.tsv"))
            .filter_map(|r| match r[..] {
                [word, "maker", ..] => Some((word.to_lowercase(), Role::Maker)),
                [word, "prefix", ..] => Some((word.to_string(), Role::Prefix)),
                [word, "flight", ..] => Some((word.to_lowercase(), Role::Flight)),
                _ => None,
            })
            .collect()
    })
}

/// Whether `word` is one of the table's words of `role`: a prefix as written, a flight word
/// whatever its case, a maker whatever its case and with a case ending of up to three letters.
fn listed(word: &str, role: Role) -> bool {
    let lower = word.to_lowercase();
    table().iter().any(|(w, r)| {
        *r == role
            && match role {
                Role::Prefix => w == word,
                Role::Flight => *w == lower,
                Role::Maker => {
                    lower.starts_with(w.as_str())
                        && lower[w.len()..].chars().count() <= 3
                        && lower[w.len()..].chars().all(char::is_alphabetic)
                }
            }
    })
}

/// The word that ends right at `end` of `text` (letters only), if it stands alone: a letter,
/// digit or hyphen before it makes it part of a longer token.
fn word_before(text: &str, end: usize) -> Option<&str> {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_letter(c))
        .last()
        .map(|(i, _)| i)?;
    let glued = head[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-');
    (!glued).then(|| &head[start..])
}

/// The start of the spaces (not a line break) that end at `end`, when there are any.
fn spaces_before(text: &str, end: usize) -> Option<usize> {
    let head = &text[..end];
    let trimmed = head.trim_end_matches([' ', '\u{a0}']);
    (trimmed.len() < head.len()).then_some(trimmed.len())
}

/// An airline's code before a flight number: two letters or a letter and a digit (`KC`, `J2`,
/// `SU`), or three capitals (`AZE`), that end at `end` and stand alone.
fn code_start(text: &str, end: usize) -> Option<usize> {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_uppercase() || c.is_ascii_digit())
        .last()
        .map(|(i, _)| i)?;
    let code = &head[start..];
    let shaped = (code.len() == 2 && code.bytes().any(|b| b.is_ascii_uppercase()))
        || (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()));
    let alone = !head[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    (shaped && alone).then_some(start)
}

/// A model's or flight's number whose first digit is at `pos` (or, for an airline's code
/// that ends in a digit, `J2-8243`, inside the code): where it starts (its maker's letters
/// glued to it, `A320neo`, or the code included), where it ends, its number and its numbered
/// variant.
pub fn model_at(text: &str, pos: usize) -> Option<(usize, usize, Decimal, Option<Decimal>)> {
    let (start, digits) = lead(text, pos)?;
    let (value, digits_end) = number_run(text, digits)?;
    let mut end = alnum_end(text, digits_end);
    let mut variant = None;
    // `737-800`, `Ту-22М3`, `Ан-124-100`, kk `Ан-124-тің` (a case ending after a hyphen).
    for _ in 0..2 {
        let Some(next) = text[end..].strip_prefix('-').map(|_| end + 1) else {
            break;
        };
        let Some(c) = text[next..].chars().next() else {
            break;
        };
        if c.is_ascii_digit() && variant.is_none() {
            let (v, e) = number_run(text, next)?;
            variant = Some(v);
            end = alnum_end(text, e);
        } else if is_letter(c) {
            end = alnum_end(text, next);
        } else {
            break;
        }
    }
    // `Boeing 2024 deliveries`: a bare year after a maker is a time, no model.
    let year = (1900..=2100).contains(&value.to_string().parse::<u32>().unwrap_or(0));
    if year && start == digits && end == digits_end && digits_end - digits == 4 && variant.is_none()
    {
        return None;
    }
    Some((start, end, value, variant))
}

/// Where the model's figure starts and where its number's digits start, when a word of the
/// table stands before the digits at `pos`.
fn lead(text: &str, pos: usize) -> Option<(usize, usize)> {
    let before = text[..pos].chars().next_back()?;
    // `Ту-154М`, `F-16`.
    if before == '-' {
        let hyphen = pos - 1;
        if word_before(text, hyphen).is_some_and(|w| listed(w, Role::Prefix)) {
            return Some((pos, pos));
        }
        // `рейс J2-8243`: the number after the code's digit and hyphen.
        let code = code_start(text, hyphen)?;
        let flight = flight_before(text, code) || flight_after(text, pos);
        return flight.then_some((code, pos));
    }
    // `Boeing 737`, `Flight 6321`, `flight KC 123`.
    if let Some(space) = spaces_before(text, pos) {
        if let Some(w) = word_before(text, space) {
            if listed(w, Role::Maker) || listed(w, Role::Flight) {
                return Some((pos, pos));
            }
        }
        let code = code_start(text, space)?;
        let flight = flight_before(text, code) || flight_after(text, pos);
        return flight.then_some((code, pos));
    }
    // `Airbus A320neo`, `рейс PS752`: a maker's letters or an airline's code glued to the
    // digits.
    if before.is_ascii_uppercase() {
        let letters = text[..pos]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_uppercase())
            .last()
            .map(|(i, _)| i)?;
        if pos - letters > 3 {
            return None;
        }
        if let Some(w) = spaces_before(text, letters).and_then(|sp| word_before(text, sp)) {
            if listed(w, Role::Maker) || (pos - letters >= 2 && listed(w, Role::Flight)) {
                return Some((letters, pos));
            }
        }
    }
    // `рейс J2-8243`, met at the code's digit: the flight's number is after the hyphen.
    if before.is_ascii_alphabetic() {
        let code = code_start(text, alnum_end(text, pos))?;
        let after = alnum_end(text, pos);
        let digits = after + 1;
        let numbered = text[after..].starts_with('-')
            && text[digits..].starts_with(|c: char| c.is_ascii_digit());
        let flight = numbered && (flight_before(text, code) || flight_after(text, digits));
        return flight.then_some((code, digits));
    }
    None
}

/// Whether a flight word and spaces stand right before `at`.
fn flight_before(text: &str, at: usize) -> bool {
    spaces_before(text, at)
        .and_then(|space| word_before(text, space))
        .is_some_and(|w| listed(w, Role::Flight))
}

/// Whether a flight word follows the number at `digits`, spaces apart (kk `J2-8243
/// рейсін`, the flight J2-8243).
fn flight_after(text: &str, digits: usize) -> bool {
    let Some((_, end)) = number_run(text, digits) else {
        return false;
    };
    let rest = &text[end..];
    let word = rest.trim_start_matches([' ', '\u{a0}']);
    let len = word.find(|c: char| !is_letter(c)).unwrap_or(word.len());
    word.len() < rest.len() && listed(&word[..len], Role::Flight)
}

/// The plain digits at `at` (at most nine, no separators) and where they end.
fn number_run(text: &str, at: usize) -> Option<(Decimal, usize)> {
    let rest = &text[at..];
    let n = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    if n == 0 || n > 9 {
        return None;
    }
    Some((rest[..n].parse().ok()?, at + n))
}

/// The end of the run of letters and digits at `at` (`154М`, `320neo`, `787-9s`'s `9s`).
fn alnum_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    at + rest
        .find(|c: char| !(is_letter(c) || c.is_ascii_digit()))
        .unwrap_or(rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, needle: &str) -> Option<(String, String, Option<String>)> {
        let pos = text.find(needle)?;
        let (s, e, v, h) = model_at(text, pos)?;
        Some((
            text[s..e].to_string(),
            v.to_string(),
            h.map(|h| h.to_string()),
        ))
    }

    #[test]
    fn a_maker_or_prefix_before_the_number_makes_a_model() {
        let got = read("Самолет Boeing 737-800 кацна.", "737").unwrap();
        assert_eq!(got, ("737-800".into(), "737".into(), Some("800".into())));
        let got = read("Самолетът Ту-154М излетя.", "154").unwrap();
        assert_eq!(got, ("154М".into(), "154".into(), None));
        let got = read("поръча Airbus A320neo", "320").unwrap();
        assert_eq!(got, ("A320neo".into(), "320".into(), None));
        let got = read("рейс J2-8243 от Баку", "2-").unwrap();
        assert_eq!(got, ("J2-8243".into(), "8243".into(), None));
        let got = read("Бакуден J2-8243 рейсін орындаған", "2-").unwrap();
        assert_eq!(got, ("J2-8243".into(), "8243".into(), None));
        let got = read("flight KC 123 was", "123").unwrap();
        assert_eq!(got, ("KC 123".into(), "123".into(), None));
        assert!(read("eight f-4 players", "4").is_none());
        assert!(read("от 737-800 души", "737").is_none());
        assert!(read("полетите до 7 града", "7").is_none());
    }
}
