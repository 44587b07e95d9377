//! A name the references keep that the source says in its own words, in quotation marks: a
//! title, a slogan or an acronym translated (`„Аз съм знаменитост“` for I'm A Celebrity,
//! `„Излизане означава излизане“` for Leave Means Leave, `„ЧУП“` for MWPs). The source does
//! not leave the name out; it translates it, so its absence from the source's names is for the
//! reader's information, not a warning. A title is several words or an acronym: one word in
//! quotation marks is the writer's irony or emphasis.

/// Opening and closing quotation marks as the languages write them.
const QUOTES: [(char, char); 3] = [('„', '“'), ('«', '»'), ('“', '”')];

/// The first quoted span of `text` written wholly in a script other than Latin (the source's
/// own words, not a foreign name kept as it is): `„Нека отново да направим Америка велика“`,
/// not `„Chequers“`.
pub(super) fn quoted_in_own_words(text: &str) -> Option<&str> {
    for (open, close) in QUOTES {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else {
                break;
            };
            let quoted = after[..end].trim();
            let letters = quoted.chars().filter(|c| c.is_alphabetic());
            let own = quoted.chars().any(char::is_alphabetic)
                && letters.clone().all(|c| !c.is_ascii_alphabetic());
            // A title is several words, or an acronym; one ordinary word in quotation marks
            // (`„неловко“`) is the writer's irony, no name.
            let words = quoted.split_whitespace().count();
            let acronym = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
            if own && (words >= 2 || acronym) {
                return Some(quoted);
            }
            rest = &after[end + close.len_utf8()..];
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_in_the_sources_words_is_found() {
        assert_eq!(
            quoted_in_own_words("водещ на предаването „Аз съм знаменитост“ по ITV."),
            Some("Аз съм знаменитост")
        );
        assert_eq!(
            quoted_in_own_words("на „ЧУП“ (членове на уелския парламент)"),
            Some("ЧУП")
        );
    }

    #[test]
    fn a_foreign_name_kept_or_no_quotation_is_not() {
        assert_eq!(quoted_in_own_words("да „захвърлят Chequers“ сега"), None);
        assert_eq!(quoted_in_own_words("Според Комитета има доклади"), None);
        assert_eq!(quoted_in_own_words("незатворени „кавички"), None);
        assert_eq!(quoted_in_own_words("се държат „неловко“ тук"), None);
    }
}
