//! Word tokens: runs of letters and digits (with inner apostrophes), case folding, stopwords,
//! stemming; terms become small integer ids so scoring compares numbers, not strings.
//!
//! Scripts written without spaces between words have no word tokens of that kind: a token is a
//! run of one script (Han, hiragana, katakana, Thai, Lao, Khmer), and its terms are overlapping
//! pairs of characters (of Thai letter clusters), which measured better than single characters
//! (UAX #29's word segments for these scripts); see `bigram_terms`.

use super::chars::{is_cluster_mark, is_word_char};
pub use super::chars::{spaceless, Spaceless};
use super::hash::{Interner, StrMap};
use super::scan::{ASCII_ALPHANUMERIC, ASCII_SEPARATORS};
use crate::lang::Language;

/// Word tokens of `text` as `(byte offset, word)`: letters, digits and combining marks, with an
/// apostrophe kept inside a word ("don't", "O'Brien").
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // ASCII bytes are classified by the byte; other characters are decoded.
        let start = loop {
            // ASCII separators at once.
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
        let mut j = start;
        let class = if bytes[start] < 0x80 { Spaceless::No } else { spaceless(char_at(text, start)) };
        if class != Spaceless::No {
            // One script without spaces: the run of it (with its marks) is the token.
            while j < bytes.len() && bytes[j] >= 0x80 {
                let c = char_at(text, j);
                if spaceless(c) != class {
                    break;
                }
                j += c.len_utf8();
            }
            i = j;
            return Some((start, &text[start..j]));
        }
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
pub struct Vocabulary<'a> {
    /// Word as written → its term id, or `NOT_A_TERM`: each distinct word is folded, looked up
    /// in the stopwords and stemmed once per document (the keys borrow the text: no copies).
    words: StrMap<'a, u32>,
    /// Stems, by term id.
    terms: Interner,
    buf: String,
    /// The content words of the sentences in order, while every token so far was one the
    /// keywords read the same way (see [`Occurrence`]); `None` once one was not.
    occurrences: Option<Vec<Occurrence>>,
}

/// A content word of a sentence as the keywords count it: its term id, its surface form's
/// byte range in the text (possessive "'s" left out), its sentence, and whether it follows the
/// sentence's previous word, also a content word, with only spaces between ("North Korea").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub term: u32,
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    pub joined: bool,
}

/// Marks a folded word that is no content term (stopword, number, lone letter).
const NOT_A_TERM: u32 = u32::MAX;

impl<'a> Vocabulary<'a> {
    /// A vocabulary that also records the [`Occurrence`]s of the sentences given to
    /// [`Vocabulary::sentence_terms`].
    pub fn recording() -> Self {
        Vocabulary { occurrences: Some(Vec::new()), ..Vocabulary::default() }
    }

    /// This vocabulary with room for about `words` distinct words and terms (a hint).
    pub fn with_capacity(mut self, words: usize) -> Self {
        self.words = StrMap::with_capacity(words);
        self.terms = Interner::with_capacity(words);
        if let Some(list) = self.occurrences.as_mut() {
            list.reserve(words);
        }
        self
    }

    /// The occurrences recorded, if every token was one the keywords read the same way.
    pub fn take_occurrences(&mut self) -> Option<Vec<Occurrence>> {
        self.occurrences.take()
    }

    /// `(number of words, content term ids in order)` of one sentence.
    pub fn terms_of(&mut self, text: &'a str, language: &Language) -> (usize, Vec<u32>) {
        self.terms(text, language, None)
    }

    /// [`Vocabulary::terms_of`] for the sentence number `sentence`, which starts at byte `offset`
    /// of the document, recording its occurrences when recording.
    pub fn sentence_terms(&mut self, text: &'a str, offset: usize, sentence: usize, language: &Language) -> (usize, Vec<u32>) {
        self.terms(text, language, Some((offset, sentence)))
    }

    fn terms(&mut self, text: &'a str, language: &Language, at: Option<(usize, usize)>) -> (usize, Vec<u32>) {
        let mut count = 0;
        let mut terms = Vec::with_capacity(text.len() / 8);
        let record = at.filter(|_| self.occurrences.is_some());
        let mut previous_end: Option<usize> = None; // end of the previous word, if a content word
        for (start, word) in tokens(text) {
            let class = if word.as_bytes()[0] < 0x80 { Spaceless::No } else { spaceless(char_at(word, 0)) };
            if class != Spaceless::No && class != Spaceless::Katakana && record.is_some() {
                self.occurrences = None; // the keywords read these runs as whole words
            }
            match class {
                Spaceless::No | Spaceless::Katakana => {}
                // Particles and endings: words, but no terms.
                Spaceless::Hiragana => {
                    count += 1;
                    continue;
                }
                Spaceless::Han | Spaceless::Brahmic => {
                    count += self.bigram_terms(word, class, language, &mut terms);
                    continue;
                }
            }
            count += 1;
            let id = match self.words.lookup(word) {
                (_, Some(id)) => id,
                (hash, None) => {
                    let mut buf = std::mem::take(&mut self.buf);
                    fold_into(word, &mut buf);
                    let id = if is_content(&buf, language) { self.id((language.stem)(&buf)) } else { NOT_A_TERM };
                    self.buf = buf;
                    self.words.insert_hashed(hash, word, id);
                    id
                }
            };
            if id == NOT_A_TERM {
                previous_end = None;
                continue;
            }
            terms.push(id);
            if let (Some((offset, sentence)), Some(list)) = (record, self.occurrences.as_mut()) {
                let joined = previous_end.is_some_and(|end| text.as_bytes()[end..start].iter().all(|&b| b == b' '));
                let from = offset + start;
                list.push(Occurrence {
                    term: id,
                    start: from as u32,
                    end: (from + strip_possessive(word).len()) as u32,
                    sentence: sentence as u32,
                    joined,
                });
            }
            previous_end = Some(start + word.len());
        }
        (count, terms)
    }

    /// Terms of a run of Han characters or Thai (Lao, Khmer) letters: each overlapping pair of
    /// characters (Thai: of letter clusters, a consonant or vowel with its marks); a stopword
    /// of one character ("的", "の") splits the run, and a lone character between splits is a
    /// term by itself. Returns the number of words the run stands for (about two characters,
    /// or four Thai clusters, a word).
    fn bigram_terms(&mut self, run: &str, class: Spaceless, language: &Language, terms: &mut Vec<u32>) -> usize {
        // Units: (start, end) byte offsets of characters or clusters, flushed at stopwords.
        let mut units: [(usize, usize); 2] = [(0, 0); 2];
        let mut have = 0usize; // units in the current piece, counting only up to 2
        let mut total = 0usize;
        let mut lone: Option<(usize, usize)> = None;
        let flush = |this: &mut Self, lone: &mut Option<(usize, usize)>, terms: &mut Vec<u32>| {
            if let Some((a, b)) = lone.take() {
                let unit = &run[a..b];
                if !language.is_stopword(unit) && !unit.chars().all(char::is_numeric) {
                    terms.push(this.id(unit));
                }
            }
        };
        let mut chars = run.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let mut end = at + c.len_utf8();
            if class == Spaceless::Brahmic {
                while let Some(&(next_at, next)) = chars.peek() {
                    if !is_cluster_mark(next) {
                        break;
                    }
                    chars.next();
                    end = next_at + next.len_utf8();
                }
            }
            total += 1;
            let unit = &run[at..end];
            if class == Spaceless::Han && language.is_stopword(unit) {
                flush(self, &mut lone, terms);
                have = 0;
                continue;
            }
            units[0] = units[1];
            units[1] = (at, end);
            have += 1;
            if have == 1 {
                lone = Some((at, end));
                continue;
            }
            lone = None;
            let pair = &run[units[0].0..end];
            if !language.is_stopword(pair) {
                terms.push(self.id(pair));
            }
        }
        flush(self, &mut lone, terms);
        let per_word = if class == Spaceless::Brahmic { 4 } else { 2 };
        total.div_ceil(per_word).max(1)
    }

    fn id(&mut self, term: &str) -> u32 {
        self.terms.intern(term).0
    }

    pub fn into_terms(self) -> super::hash::Strings {
        self.terms.into_strings()
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
    fn scripts_without_spaces_make_their_own_tokens() {
        fn only(t: &str) -> Vec<&str> {
            tokens(t).map(|w| w.1).collect()
        }
        assert_eq!(only("EU離脱相のジョンソン氏が確定した"), ["EU", "離脱相", "の", "ジョンソン", "氏", "が", "確定", "した"]);
        assert_eq!(only("COVID-19関連で"), ["COVID", "19", "関連", "で"]);
        assert_eq!(only("ประยุทธ์ จันทร์โอชา"), ["ประยุทธ์", "จันทร์โอชา"]);
    }

    #[test]
    fn chinese_and_japanese_terms_are_character_pairs() {
        let zh = crate::lang::by_code("zh").unwrap();
        let mut v = Vocabulary::default();
        // 的 is a stopword: it splits the run; a run gives its overlapping pairs.
        let (count, terms) = v.terms_of("北京的留学生", zh);
        let shown: Vec<&str> = terms.iter().map(|&t| &v.terms[t as usize]).collect();
        assert_eq!(shown, ["北京", "留学", "学生"]);
        assert_eq!(count, 3, "about two characters a word");
        let ja = crate::lang::by_code("ja").unwrap();
        let (_, terms) = v.terms_of("保守党の党首選でジョンソン氏", ja);
        let shown: Vec<&str> = terms.iter().map(|&t| &v.terms[t as usize]).collect();
        assert_eq!(shown, ["保守", "守党", "党首", "首選", "ジョンソン", "氏"], "kana particles are no terms; katakana words are");
    }

    #[test]
    fn thai_terms_are_pairs_of_letter_clusters() {
        let th = crate::lang::by_code("th").unwrap();
        let mut v = Vocabulary::default();
        let (count, terms) = v.terms_of("ที่นี่", th);
        let shown: Vec<&str> = terms.iter().map(|&t| &v.terms[t as usize]).collect();
        assert_eq!(shown, ["ที่นี่"], "two clusters, each a letter with its marks");
        assert_eq!(count, 1);
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
