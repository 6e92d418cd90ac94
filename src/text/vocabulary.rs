//! The one reading of a document's words: term ids, stopwords, phrase boundaries, for detection,
//! the sentences and every later stage (see `Vocabulary`).

use super::chars::is_cluster_mark;
use super::hash::{Interner, StrMap};
use super::words::{char_at, fold_into, has_content_shape, spaceless, strip_possessive, tokens, Spaceless};
use crate::lang::Language;

/// A content word of a sentence: its term id (the whole run for a script written without
/// spaces), its surface form's byte range in the source (possessive "'s" left out), its sentence,
/// and whether it follows the sentence's previous word, also a content word, with only spaces
/// between ("North Korea"). A stopword, a number or punctuation between two words is a boundary no
/// phrase crosses: the second word is then not `joined`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub term: u32,
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    pub joined: bool,
}

/// Whether a folded word is generic in `language`'s news: a number, or listed (also without a
/// plural "s": the light stemmers do not always fold a plural onto a listed word, "minutes" →
/// "minut").
pub fn is_generic(folded: &str, language: &Language) -> bool {
    folded.starts_with(|c: char| c.is_ascii_digit())
        || language.is_generic(folded)
        || folded.strip_suffix('s').is_some_and(|singular| language.is_generic(singular))
}

/// What the document knows of one distinct word as written: the languages (bits of
/// `lang::LANGUAGES`) that list it as a stopword, its marker letters for detection, and its term
/// id once the language is known.
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    stopwords: u64,
    markers: u8,
    term: u32,
}

/// Marks a word that is no content term (stopword, number, lone letter).
pub const NOT_A_TERM: u32 = u32::MAX;
/// Marks a word read by detection only: its term is not known yet.
const UNREAD: u32 = u32::MAX - 1;

/// The one reading of a document's words: each distinct word as written is folded, looked up in
/// the stopword lists and stemmed once (the keys borrow the text: no copies); detection reads the
/// same entries before the language is known, the sentences after.
pub struct Vocabulary<'a> {
    words: StrMap<'a, Entry>,
    /// Stems (and character pairs), by term id.
    terms: Interner,
    buf: String,
    language: &'static Language,
    /// The language's bit in `Entry::stopwords`, when the lists have it.
    bit: Option<u32>,
    /// When false, terms are only looked up (a caller's headline adds none).
    intern: bool,
}

impl Default for Vocabulary<'_> {
    fn default() -> Self {
        Vocabulary::with_capacity(0)
    }
}

impl<'a> Vocabulary<'a> {
    /// A vocabulary with room for about `words` distinct words and terms (a hint), for English
    /// until [`Vocabulary::set_language`].
    pub fn with_capacity(words: usize) -> Self {
        let english = crate::lang::english();
        Vocabulary {
            words: StrMap::with_capacity(words),
            terms: Interner::with_capacity(words),
            buf: String::new(),
            language: english,
            bit: crate::lang::stopword_bit(english),
            intern: true,
        }
    }

    pub fn set_language(&mut self, language: &'static Language) {
        self.language = language;
        self.bit = crate::lang::stopword_bit(language);
    }

    /// For detection: the languages listing `word` as a stopword, and its marker letters.
    pub fn sample_word(&mut self, word: &'a str) -> (u64, u8) {
        let (hash, found) = self.words.lookup(word);
        let entry = found.unwrap_or_else(|| {
            fold_into(word, &mut self.buf);
            let entry =
                Entry { stopwords: crate::lang::stopword_languages(&self.buf), markers: crate::lang::marker_bits(&self.buf), term: UNREAD };
            self.words.insert_hashed(hash, word, entry);
            entry
        });
        (entry.stopwords, entry.markers)
    }

    /// `(number of words, content term ids in order)` of a text outside the sentences (a
    /// headline); its content words' ids, as [`Occurrence`]s give them, are appended to `words`.
    pub fn terms_of(&mut self, text: &'a str, words: &mut Vec<u32>) -> (usize, Vec<u32>) {
        let mut seen = Vec::new();
        let read = self.read(text, 0, 0, &mut seen);
        words.extend(seen.iter().map(|o| o.term));
        read
    }

    /// [`Vocabulary::terms_of`] that adds no term: only ids of terms the vocabulary has.
    pub fn known_terms_of(&mut self, text: &'a str, words: &mut Vec<u32>) -> (usize, Vec<u32>) {
        self.intern = false;
        let read = self.terms_of(text, words);
        self.intern = true;
        read
    }

    /// `(number of words, content term ids in order)` of the sentence number `sentence`, which
    /// starts at byte `offset` of the text; its content words are appended to `words`.
    pub fn read(&mut self, text: &'a str, offset: usize, sentence: usize, words: &mut Vec<Occurrence>) -> (usize, Vec<u32>) {
        let mut count = 0;
        let mut terms = Vec::with_capacity(text.len() / 8);
        let mut previous_end: Option<usize> = None; // end of the previous word, if a content word
        for (start, word) in tokens(text) {
            let class = if word.as_bytes()[0] < 0x80 { Spaceless::No } else { spaceless(char_at(word, 0)) };
            let id = self.term_of(word);
            if id != NOT_A_TERM {
                let joined = previous_end.is_some_and(|end| text.as_bytes()[end..start].iter().all(|&b| b == b' '));
                let from = offset + start;
                let end = from + strip_possessive(word).len();
                words.push(Occurrence { term: id, start: from as u32, end: end as u32, sentence: sentence as u32, joined });
                previous_end = Some(start + word.len());
            } else {
                previous_end = None;
            }
            count += match class {
                Spaceless::No | Spaceless::Katakana => {
                    if id != NOT_A_TERM {
                        terms.push(id);
                    }
                    1
                }
                // Particles and endings: words, but no terms.
                Spaceless::Hiragana => 1,
                Spaceless::Han | Spaceless::Brahmic => self.bigram_terms(word, class, &mut terms),
            };
        }
        (count, terms)
    }

    /// The term id of a word as written (`NOT_A_TERM` for a stopword, number or lone letter, and
    /// for a term the vocabulary does not add).
    #[inline]
    fn term_of(&mut self, word: &'a str) -> u32 {
        let (hash, found) = self.words.lookup(word);
        if let Some(Entry { term, .. }) = found.filter(|e| e.term != UNREAD) {
            return term;
        }
        fold_into(word, &mut self.buf);
        let content_shape = has_content_shape(&self.buf);
        let stopwords = match found {
            Some(entry) => entry.stopwords,
            None if content_shape => crate::lang::stopword_languages(&self.buf),
            None => 0,
        };
        let is_stopword = match self.bit {
            Some(bit) => stopwords >> bit & 1 == 1,
            None => self.language.is_stopword(&self.buf),
        };
        let term = if content_shape && !is_stopword {
            let buf = std::mem::take(&mut self.buf);
            let (id, _) = self.id((self.language.stem)(&buf));
            self.buf = buf;
            id
        } else {
            NOT_A_TERM
        };
        if !self.intern {
            return term; // a caller's headline: the cache keeps the text's words only
        }
        match found {
            Some(_) => {
                if let Some(entry) = self.words.get_mut(word) {
                    entry.term = term;
                }
            }
            None => self.words.insert_hashed(hash, word, Entry { stopwords, markers: 0, term }),
        }
        term
    }

    /// Terms of a run of Han characters or Thai (Lao, Khmer) letters: each overlapping pair of
    /// characters (Thai: of letter clusters, a consonant or vowel with its marks); a stopword
    /// of one character ("的", "の") splits the run, and a lone character between splits is a
    /// term by itself. Returns the number of words the run stands for (about two characters,
    /// or four Thai clusters, a word).
    fn bigram_terms(&mut self, run: &str, class: Spaceless, terms: &mut Vec<u32>) -> usize {
        let language = self.language;
        // Units: (start, end) byte offsets of characters or clusters, flushed at stopwords.
        let mut units: [(usize, usize); 2] = [(0, 0); 2];
        let mut have = 0usize; // units in the current piece, counting only up to 2
        let mut total = 0usize;
        let mut lone: Option<(usize, usize)> = None;
        let flush = |this: &mut Self, lone: &mut Option<(usize, usize)>, terms: &mut Vec<u32>| {
            if let Some((a, b)) = lone.take() {
                let unit = &run[a..b];
                if !language.is_stopword(unit) && !unit.chars().all(char::is_numeric) {
                    this.push_id(unit, terms);
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
                self.push_id(pair, terms);
            }
        }
        flush(self, &mut lone, terms);
        let per_word = if class == Spaceless::Brahmic { 4 } else { 2 };
        total.div_ceil(per_word).max(1)
    }

    fn push_id(&mut self, term: &str, terms: &mut Vec<u32>) {
        let (id, _) = self.id(term);
        if id != NOT_A_TERM {
            terms.push(id);
        }
    }

    /// The id of a term and whether it is new: interned, or only looked up (`NOT_A_TERM` when
    /// unknown) while reading a caller's headline.
    fn id(&mut self, term: &str) -> (u32, bool) {
        if self.intern {
            self.terms.intern(term)
        } else {
            (self.terms.get(term).unwrap_or(NOT_A_TERM), false)
        }
    }

    /// The terms by id.
    pub fn into_terms(self) -> super::hash::Strings {
        self.terms.into_strings()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(number of words, terms as strings)` of `text` read in `code`'s language.
    fn read_in(text: &str, code: &str) -> (usize, Vec<String>) {
        let mut v = Vocabulary::default();
        v.set_language(crate::lang::by_code(code).unwrap());
        let (count, terms) = v.terms_of(text, &mut Vec::new());
        let names = v.into_terms();
        (count, terms.iter().map(|&t| names[t as usize].to_string()).collect())
    }

    #[test]
    fn chinese_and_japanese_terms_are_character_pairs() {
        // 的 is a stopword: it splits the run; a run gives its overlapping pairs.
        let (count, shown) = read_in("北京的留学生", "zh");
        assert_eq!(shown, ["北京", "留学", "学生"]);
        assert_eq!(count, 3, "about two characters a word");
        let (_, shown) = read_in("保守党の党首選でジョンソン氏", "ja");
        assert_eq!(shown, ["保守", "守党", "党首", "首選", "ジョンソン", "氏"], "kana particles are no terms; katakana words are");
    }

    #[test]
    fn thai_terms_are_pairs_of_letter_clusters() {
        let (count, shown) = read_in("ที่นี่", "th");
        assert_eq!(shown, ["ที่นี่"], "two clusters, each a letter with its marks");
        assert_eq!(count, 1);
    }

    #[test]
    fn stopwords_and_numbers_are_not_terms() {
        let (count, shown) = read_in("The talks in 2023 were talked about", "en");
        assert_eq!(count, 7);
        assert_eq!(shown, ["talk", "talk"], "talks and talked share a stem");
    }

    #[test]
    fn words_record_ids_spans_and_phrase_boundaries() {
        let text = "North Korea's envoy, North Korea and the envoy";
        let mut v = Vocabulary::default();
        let mut words = Vec::new();
        v.read(text, 100, 7, &mut words);
        let shown: Vec<(&str, bool)> = words.iter().map(|w| (&text[w.start as usize - 100..w.end as usize - 100], w.joined)).collect();
        // The possessive is left out of the span; the comma and the stopword "and"/"the" are boundaries.
        assert_eq!(shown, [("North", false), ("Korea", true), ("envoy", true), ("North", false), ("Korea", true), ("envoy", false)]);
        assert!(words.iter().all(|w| w.sentence == 7));
        assert_eq!(words[0].term, words[3].term);
        assert_eq!(words[2].term, words[5].term);
    }

    #[test]
    fn a_run_without_spaces_is_one_word_and_its_pairs_are_terms() {
        let mut v = Vocabulary::default();
        v.set_language(crate::lang::by_code("ja").unwrap());
        let mut words = Vec::new();
        let (_, terms) = v.read("保守党の党首", 0, 0, &mut words);
        let names = v.into_terms();
        let shown: Vec<&str> = words.iter().map(|w| &names[w.term as usize]).collect();
        assert_eq!(shown, ["保守党", "党首"], "each run is a word; the particle の is a stopword");
        assert_eq!(terms.len(), 3, "保守, 守党, 党首");
    }

    #[test]
    fn detection_and_sentences_share_one_reading() {
        let mut v = Vocabulary::default();
        let (english, _) = v.sample_word("The");
        assert_ne!(english & 1, 0, "English (LANGUAGES[0]) lists \"the\"");
        let (_, markers) = v.sample_word("Łódź");
        assert_ne!(markers, 0, "ł marks Polish");
        let mut words = Vec::new();
        let (count, terms) = v.read("The envoy", 0, 0, &mut words);
        assert_eq!((count, terms.len()), (2, 1), "a word detection read is a stopword, then, by the same entry");
        let names = v.into_terms();
        assert_eq!(&names[terms[0] as usize], "envoy");
    }
}
