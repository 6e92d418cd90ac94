//! Word tokens: runs of letters and digits (with inner apostrophes), case folding, stopwords,
//! stemming; terms become small integer ids so scoring compares numbers, not strings.

use super::hash::FxHashMap;
use crate::lang::Language;

/// Word tokens of `text` as `(byte offset, word)`: letters, digits and combining marks, with an
/// apostrophe kept inside a word ("don't", "O'Brien").
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // ASCII bytes are classified by the byte; other characters are decoded.
        let start = loop {
            let &b = bytes.get(i)?;
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break i;
                }
                i += 1;
            } else {
                let c = char_at(text, i);
                if is_word_char(c) {
                    break i;
                }
                i += c.len_utf8();
            }
        };
        let mut j = start;
        while let Some(&b) = bytes.get(j) {
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                if b == b'\'' && word_char_at(text, j + 1) {
                    j += 1;
                    continue;
                }
                break;
            }
            let c = char_at(text, j);
            if is_word_char(c) || c == '’' && word_char_at(text, j + c.len_utf8()) {
                j += c.len_utf8();
                continue;
            }
            break;
        }
        i = j;
        Some((start, &text[start..j]))
    })
}

/// The character starting at byte `i` (a char boundary, before the end).
#[inline]
fn char_at(text: &str, i: usize) -> char {
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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_mark(c))
}

/// Combining marks that `char::is_alphanumeric` leaves out (e.g. some Indic vowel signs).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0DFF}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{200C}' | '\u{200D}')
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
    buf.extend(word.chars().flat_map(char::to_lowercase));
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
    let mut chars = folded.chars();
    let first = chars.next();
    let single = chars.next().is_none();
    if single && first.is_some_and(|c| c.is_ascii()) {
        return false;
    }
    !folded.bytes().all(|b| b.is_ascii_digit()) && !language.is_stopword(folded)
}

/// Term ids for the stems of one document (one language).
#[derive(Default)]
pub struct Vocabulary {
    /// Folded word → its term id, or `NOT_A_TERM`: each distinct word is looked up in the
    /// stopwords and stemmed once per document.
    words: FxHashMap<String, u32>,
    /// Stem → term id.
    ids: FxHashMap<String, u32>,
    terms: Vec<String>,
    buf: String,
}

/// Marks a folded word that is no content term (stopword, number, lone letter).
const NOT_A_TERM: u32 = u32::MAX;

impl Vocabulary {
    /// `(number of words, content term ids in order)` of one sentence.
    pub fn terms_of(&mut self, text: &str, language: &Language) -> (usize, Vec<u32>) {
        let mut count = 0;
        let mut terms = Vec::new();
        for (_, word) in tokens(text) {
            count += 1;
            let mut buf = std::mem::take(&mut self.buf);
            fold_into(word, &mut buf);
            let id = match self.words.get(buf.as_str()) {
                Some(&id) => id,
                None => {
                    let id = if is_content(&buf, language) { self.id((language.stem)(&buf)) } else { NOT_A_TERM };
                    self.words.insert(buf.clone(), id);
                    id
                }
            };
            if id != NOT_A_TERM {
                terms.push(id);
            }
            self.buf = buf;
        }
        (count, terms)
    }

    fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.ids.insert(term.to_string(), id);
        self.terms.push(term.to_string());
        id
    }

    pub fn into_terms(self) -> Vec<String> {
        self.terms
    }
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
    fn stopwords_and_numbers_are_not_terms() {
        let mut v = Vocabulary::default();
        let (count, terms) = v.terms_of("The talks in 2023 were talked about", crate::lang::english());
        assert_eq!(count, 7);
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[0], terms[1], "talks and talked share a stem");
    }
}
