//! Numbers around a period: "No. 10" and "la lista: 1.Helado, 2.Carne" go on; ordinals written
//! with a period ("am 3. Oktober", "Ludwig XIV. war") do in the languages that write them so.

use super::context::NextWord;
use super::Decision;

/// The decision for a period after `word` when a number rule settles it; `glued` says a letter
/// follows the period at once.
pub(super) fn decide(word: &str, next: NextWord, glued: bool) -> Option<Decision> {
    if word == "No" && next.first.is_some_and(|c| c.is_ascii_digit()) {
        return Some(Decision::Drop); // "El corredor No. 103", where "no" is also a word
    }
    if glued && word.len() <= 2 && word.bytes().all(|c| c.is_ascii_digit()) {
        return Some(Decision::Drop); // "la lista: 1.Helado, 2.Carne": numbered, not ended
    }
    None
}

/// A number of one to three digits or a roman numeral in capitals ("3", "XII"): an ordinal where
/// the language writes ordinals with a period.
pub(super) fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().all(|c| c.is_ascii_digit());
    let roman = word.len() >= 2 && word.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')) && roman_value(word).is_some();
    !word.is_empty() && word.len() <= 3 && digits || roman
}

/// The value of a small roman numeral (i to xxxix), one case throughout.
pub(super) fn roman_value(token: &str) -> Option<u32> {
    let lower = token.to_ascii_lowercase();
    let mut value = 0;
    let mut rest = lower.as_str();
    while let Some(r) = rest.strip_prefix('x') {
        value += 10;
        rest = r;
    }
    let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let unit = units.iter().position(|u| *u == rest)? as u32;
    let value = value + unit;
    (value > 0 && value < 40).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::super::tests::sentences;
    use super::*;

    #[test]
    fn numbers_after_no_and_glued_list_numbers_go_on() {
        assert_eq!(sentences("It is No. 10 on the list. Next."), ["It is No. 10 on the list.", "Next."]);
        assert_eq!(sentences("He won 3.14 to 2. That was it."), ["He won 3.14 to 2.", "That was it."]);
        assert_eq!(sentences("Buy these: 1.Milk, 2.Bread and more."), ["Buy these: 1.Milk, 2.Bread and more."]);
    }

    #[test]
    fn ordinals_and_roman_numerals() {
        for word in ["3", "12", "999", "XII", "IV", "XXXIX"] {
            assert!(is_ordinal(word), "{word}");
        }
        for word in ["", "1000", "ABC", "I", "XL", "iv"] {
            assert!(!is_ordinal(word), "{word}");
        }
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(roman_value("XXXIX"), Some(39));
        assert_eq!(roman_value("xl"), None);
        assert_eq!(roman_value("iiii"), None);
    }
}
