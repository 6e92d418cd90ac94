//! Word tokens: runs of letters and digits (with inner apostrophes), case folding, stopwords,
//! stemming; terms become small integer ids so scoring compares numbers, not strings.
//!
//! Scripts written without spaces between words have no word tokens of that kind: a token is a
//! run of one script (Han, hiragana, katakana, Thai, Lao, Khmer), and its terms are overlapping
//! pairs of characters (of Thai letter clusters), which measured better than single characters
//! (UAX #29's word segments for these scripts); see `bigram_terms`.

use super::chars::is_word_char;
pub use super::chars::{spaceless, Spaceless};
use super::scan::{ASCII_ALPHANUMERIC, ASCII_SEPARATORS};
use crate::lang::Language;

/// Word tokens of `text` as `(byte offset, word)`: letters, digits and combining marks, with an
/// apostrophe kept inside a word ("don't", "O'Brien").
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, i: 0 }
}

/// The iterator of [`tokens`]: a word of ASCII letters and digits (most words) is read inline,
/// anything else by the general loop.
pub struct Tokens<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (usize, &'a str);

    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        // ASCII separators at once; an ASCII byte after them starts a word.
        let start = ASCII_SEPARATORS.skip(bytes, self.i);
        let &b = bytes.get(start)?;
        let end = if b < 0x80 {
            let end = ASCII_ALPHANUMERIC.skip(bytes, start);
            match bytes.get(end) {
                Some(&b) if b >= 0x80 || b == b'\'' => word_end(text, end),
                _ => end,
            }
        } else {
            match other_token(text, start) {
                Some(span) => return self.give(span),
                None => {
                    self.i = bytes.len();
                    return None;
                }
            }
        };
        self.give((start, end))
    }
}

impl<'a> Tokens<'a> {
    #[inline]
    fn give(&mut self, (start, end): (usize, usize)) -> Option<(usize, &'a str)> {
        self.i = end;
        Some((start, &self.text[start..end]))
    }
}

/// The token at or after byte `i`, a non-ASCII character: `(start, end)`, or `None` at the end.
#[inline(never)]
fn other_token(text: &str, mut i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // Other characters are decoded; ASCII separators are skipped at once.
    let start = loop {
        i = ASCII_SEPARATORS.skip(bytes, i);
        let &b = bytes.get(i)?;
        if b < 0x80 {
            break i;
        }
        let c = char_at(text, i);
        if is_word_char(c) {
            break i;
        }
        i += c.len_utf8();
    };
    let class = if bytes[start] < 0x80 { Spaceless::No } else { spaceless(char_at(text, start)) };
    if class == Spaceless::No {
        return Some((start, word_end(text, start)));
    }
    // One script without spaces: the run of it (with its marks) is the token.
    let mut j = start;
    while j < bytes.len() && bytes[j] >= 0x80 {
        let c = char_at(text, j);
        if spaceless(c) != class {
            break;
        }
        j += c.len_utf8();
    }
    Some((start, j))
}

/// The end of the word that continues at byte `j`: letters, digits, marks and inner apostrophes.
#[inline(never)]
fn word_end(text: &str, mut j: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits at once.
        j = ASCII_ALPHANUMERIC.skip(bytes, j);
        let Some(&b) = bytes.get(j) else { break };
        if b < 0x80 {
            if b == b'\'' && word_char_at(text, j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        let c = char_at(text, j);
        if spaceless(c) != Spaceless::No {
            break;
        }
        if is_word_char(c) || c == '’' && word_char_at(text, j + c.len_utf8()) {
            j += c.len_utf8();
            continue;
        }
        break;
    }
    j
}

/// The character starting at byte `i` (a char boundary, before the end).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// Whether a word character starts at byte `i`.
#[inline]
fn word_char_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => is_word_char(char_at(text, i)),
        None => false,
    }
}

/// Case folding into a reusable buffer (ASCII fast path).
pub fn fold_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        // The possessive: "Russia's" is about Russia ("'S" is lower case by now).
        if buf.ends_with("'s") {
            buf.truncate(buf.len() - 2);
        }
        return;
    }
    super::case::push_lowercase(buf, word);
    // Normalise the typographic apostrophe so "don’t" and "don't" are one term, and fold the
    // possessive: "Russia's" is about Russia.
    if buf.contains('’') {
        *buf = buf.replace('’', "'");
    }
    let kept = strip_possessive(buf).len();
    buf.truncate(kept);
}

/// "Russia's" → "Russia"; other words unchanged.
pub fn strip_possessive(word: &str) -> &str {
    let b = word.as_bytes();
    if !matches!(b.last(), Some(b's' | b'S')) {
        return word;
    }
    if b.ends_with(b"'s") || b.ends_with(b"'S") {
        &word[..word.len() - 2]
    } else if b.ends_with("’s".as_bytes()) {
        &word[..word.len() - "’s".len()]
    } else {
        word
    }
}

/// A word is a content term when it is not a stopword, not a bare number and not a lone letter.
pub fn is_content(folded: &str, language: &Language) -> bool {
    has_content_shape(folded) && !language.is_stopword(folded)
}

/// Not a bare number and not a lone ASCII letter: the part of [`is_content`] no word list decides.
pub(crate) fn has_content_shape(folded: &str) -> bool {
    let mut chars = folded.chars();
    let first = chars.next();
    let single = chars.next().is_none();
    if single && first.is_some_and(|c| c.is_ascii()) {
        return false;
    }
    !folded.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_apostrophes_and_offsets() {
        let text = "Don't stop, O’Brien—2023 U.S. café!";
        let words: Vec<_> = tokens(text).collect();
        let only: Vec<&str> = words.iter().map(|w| w.1).collect();
        assert_eq!(only, ["Don't", "stop", "O’Brien", "2023", "U", "S", "café"]);
        for (at, w) in words {
            assert_eq!(&text[at..at + w.len()], w);
        }
    }

    #[test]
    fn ascii_and_other_words_alike() {
        let text = "“Élan” naïve café's 'quoted' rock'n'roll dogs' ñandú—x";
        let only: Vec<&str> = tokens(text).map(|w| w.1).collect();
        assert_eq!(only, ["Élan", "naïve", "café's", "quoted", "rock'n'roll", "dogs", "ñandú", "x"]);
    }

    #[test]
    fn scripts_without_spaces_make_their_own_tokens() {
        fn only(t: &str) -> Vec<&str> {
            tokens(t).map(|w| w.1).collect()
        }
        assert_eq!(only("EU離脱相のジョンソン氏が確定した"), ["EU", "離脱相", "の", "ジョンソン", "氏", "が", "確定", "した"]);
        assert_eq!(only("COVID-19関連で"), ["COVID", "19", "関連", "で"]);
        assert_eq!(only("ประยุทธ์ จันทร์โอชา"), ["ประยุทธ์", "จันทร์โอชา"]);
    }
}
