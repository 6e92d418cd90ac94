//! Languages: stopwords, abbreviations and stemming, one file per language; `detect` guesses.
//!
//! Word lists are stored as one sorted, space-separated string each and binary-searched in place:
//! no table of pointers, which keeps every language cheap in the WASM build (see `Words`).

mod detect;

mod ar;
mod bg;
mod da;
mod de;
mod el;
mod en;
mod es;
mod fa;
mod fi;
mod fr;
mod he;
mod hi;
mod hy;
mod id;
mod it;
mod ja;
mod kk;
mod ko;
mod mr;
mod nl;
mod pl;
mod pt;
mod ru;
mod sk;
mod sv;
mod th;
mod tr;
mod uk;
mod zh;

use crate::text::hash::StrMap;
pub use detect::{detect, detect_in, detect_whole_sample, marker_bits, script_of, Script};

/// What the pipeline needs to know about a language.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 primary language subtag, e.g. "en"; "und" when the language is not known.
    pub code: &'static str,
    /// The script it is written in, for detection.
    pub script: Script,
    /// Function words that carry no topic, lower case.
    pub stopwords: Words,
    /// Abbreviations that a period does not end a sentence after, lower case, without the final period.
    pub abbreviations: Words,
    /// Abbreviated titles that stand before a name and so never end a sentence ("dr", "skt"), a
    /// subset of `abbreviations`.
    pub titles: Words,
    /// Light stemming: folds inflected forms of a lower-case word together.
    pub stem: fn(&str) -> &str,
    /// A number or roman numeral with a period is an ordinal ("am 3. Oktober", "XII. Pluku"): like an
    /// abbreviation, it ends a sentence only before a function word.
    pub ordinals: bool,
}

impl Language {
    /// A language known only by its script: no word lists, no stemming. Detected where the
    /// script is its own, else used when asked for.
    pub const fn script_only(code: &'static str, script: Script) -> Language {
        Language {
            code,
            script,
            stopwords: Words::EMPTY,
            abbreviations: Words::EMPTY,
            titles: Words::EMPTY,
            stem: no_stem,
            ordinals: false,
        }
    }

    pub fn is_stopword(&self, folded: &str) -> bool {
        match LANGUAGES.iter().position(|l| std::ptr::eq(*l, self)) {
            Some(i) if i < 63 => stopword_languages(folded) >> i & 1 == 1,
            _ => self.stopwords.contains(folded),
        }
    }
    /// A generic word of the language's news (folded; see `en::GENERIC`). Only English has a list.
    pub fn is_generic(&self, folded: &str) -> bool {
        self.code == "en" && word_bits(folded) & GENERIC_BIT != 0
    }
    pub fn is_abbreviation(&self, folded: &str) -> bool {
        match LANGUAGES.iter().position(|l| std::ptr::eq(*l, self)) {
            Some(i) if i < 64 => abbreviation_languages(folded) >> i & 1 == 1,
            _ => self.abbreviations.contains(folded),
        }
    }
}

/// The bit of `language` in [`stopword_languages`]' answers, when it has one.
pub fn stopword_bit(language: &Language) -> Option<u32> {
    LANGUAGES.iter().take(63).position(|l| std::ptr::eq(*l, language)).map(|i| i as u32)
}

/// The languages (bit i for `LANGUAGES[i]`, the first 63) that list `word` as a stopword: one
/// hash lookup instead of a binary search per language.
pub fn stopword_languages(word: &str) -> u64 {
    let bits = word_bits(word) & !GENERIC_BIT;
    if bits == 0 && word.bytes().any(|b| b == b'\'') {
        contraction_languages(word)
    } else {
        bits
    }
}

/// A contraction is a stopword where each of its parts is one ("we're", "don't", "qu'il"): the
/// lists hold the parts, as NLTK's tokenizer splits them, and the tokenizer keeps the word whole.
#[cold]
fn contraction_languages(word: &str) -> u64 {
    let mut parts = word.split('\'').filter(|part| !part.is_empty()).peekable();
    if parts.peek().is_none() {
        return 0;
    }
    parts.fold(!GENERIC_BIT, |languages, part| languages & word_bits(part))
}

/// The bit of `en::GENERIC`'s words in [`word_bits`] (no language has it).
const GENERIC_BIT: u64 = 1 << 63;

/// The stopword languages of `word`, and [`GENERIC_BIT`]. The index is built on first use from
/// the same lists (a few thousand words) and never changes.
fn word_bits(word: &str) -> u64 {
    static INDEX: std::sync::OnceLock<StrMap<'static, u64>> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = StrMap::default();
        for (i, language) in LANGUAGES.iter().enumerate().take(63) {
            for w in language.stopwords.iter() {
                *index.value_mut(w) |= 1 << i;
            }
        }
        for w in en::GENERIC.iter() {
            *index.value_mut(w) |= GENERIC_BIT;
        }
        index
    });
    index.lookup(word).1.unwrap_or(0)
}

/// [`stopword_languages`] for the abbreviations.
pub fn abbreviation_languages(word: &str) -> u64 {
    static INDEX: std::sync::OnceLock<StrMap<'static, u64>> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = StrMap::default();
        for (i, language) in LANGUAGES.iter().enumerate().take(64) {
            for w in language.abbreviations.iter() {
                *index.value_mut(w) |= 1 << i;
            }
        }
        index
    });
    index.lookup(word).1.unwrap_or(0)
}

/// A sorted list of words in one string, separated by single spaces ("a about above ...").
///
/// `contains` is a binary search over the bytes: it jumps to the middle, backs up to the start of
/// the word there and compares, so a lookup costs O(log n) comparisons and no allocation, and the
/// list costs only its text in the binary.
#[derive(Clone, Copy, Debug)]
pub struct Words(&'static str);

impl Words {
    pub const EMPTY: Words = Words("");

    /// The words of `list`: sorted (byte order), separated by single spaces.
    pub const fn new(list: &'static str) -> Words {
        Words(list)
    }

    pub fn contains(&self, word: &str) -> bool {
        let bytes = self.0.as_bytes();
        // `lo..hi` always starts at the start of a word and ends at the end of one.
        let (mut lo, mut hi) = (0, bytes.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[lo..mid].iter().rposition(|&c| c == b' ').map_or(lo, |p| lo + p + 1);
            let end = bytes[start..hi].iter().position(|&c| c == b' ').map_or(hi, |p| start + p);
            match self.0[start..end].cmp(word) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start.saturating_sub(1).max(lo),
            }
        }
        false
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.0.split(' ').filter(|w| !w.is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// No stemming.
pub fn no_stem(word: &str) -> &str {
    word
}

/// French and Italian: an elided article or pronoun is not part of the word ("l'homme" → "homme",
/// "dell'anno" → "anno").
pub fn strip_elision(word: &str) -> &str {
    match word.find(['\'', '’']) {
        Some(i) if i <= 5 => {
            let rest = &word[i..];
            let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            if rest.chars().count() >= 2 {
                rest
            } else {
                word
            }
        }
        _ => word,
    }
}

/// A language abridge has no lists for: no stopwords, no abbreviations.
pub static UNDETERMINED: Language = Language::script_only("und", Script::Other);

/// Every language abridge knows, English first; the first 21 have stopwords and are detected
/// from the text, the others (kept for sentence splitting) only by their script or when asked for.
pub static LANGUAGES: &[&Language] = &[
    &en::ENGLISH,
    &de::GERMAN,
    &fr::FRENCH,
    &es::SPANISH,
    &it::ITALIAN,
    &pt::PORTUGUESE,
    &nl::DUTCH,
    &ru::RUSSIAN,
    &uk::UKRAINIAN,
    &pl::POLISH,
    &tr::TURKISH,
    &sv::SWEDISH,
    &da::DANISH,
    &fi::FINNISH,
    &id::INDONESIAN,
    &ar::ARABIC,
    &fa::PERSIAN,
    &hi::HINDI,
    &mr::MARATHI,
    &ja::JAPANESE,
    &zh::CHINESE,
    &el::GREEK,
    &hy::ARMENIAN,
    &bg::BULGARIAN,
    &kk::KAZAKH,
    &sk::SLOVAK,
    &th::THAI,
    &ko::KOREAN,
    &he::HEBREW,
];

pub fn english() -> &'static Language {
    &en::ENGLISH
}

/// The language for the given BCP 47 code ("en", "en-GB", "zh-Hant"), if abridge knows it.
pub fn by_code(code: &str) -> Option<&'static Language> {
    let primary = code.split(['-', '_']).next()?;
    if primary.eq_ignore_ascii_case("und") {
        return Some(&UNDETERMINED);
    }
    LANGUAGES.iter().copied().find(|l| l.code.eq_ignore_ascii_case(primary))
}

/// The requested language when abridge knows it, else the one detected from the text.
pub fn choose(text: &str, requested: Option<&str>) -> &'static Language {
    requested.and_then(by_code).unwrap_or_else(|| detect(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for lang in LANGUAGES {
            for title in lang.titles.iter() {
                assert!(lang.abbreviations.contains(title), "{}: title {title:?} is not an abbreviation", lang.code);
            }
            let generic: Vec<&str> = en::GENERIC.iter().collect();
            assert!(generic.windows(2).all(|p| p[0] < p[1]), "en::GENERIC out of order");
            // A word with punctuation would never match a folded word ("yesterday," did not).
            for w in generic {
                assert!(w.chars().all(|c| c.is_alphanumeric() || c == '\''), "en::GENERIC: {w:?} is not a word");
            }
            for list in [lang.stopwords, lang.abbreviations, lang.titles] {
                assert!(!list.0.starts_with(' ') && !list.0.ends_with(' ') && !list.0.contains("  "), "{}", lang.code);
                let words: Vec<&str> = list.iter().collect();
                for pair in words.windows(2) {
                    assert!(pair[0] < pair[1], "{}: {:?} out of order", lang.code, pair);
                }
                for w in &words {
                    assert!(list.contains(w), "{}: {w:?} not found", lang.code);
                    assert_eq!(w.to_lowercase(), *w, "{}: {w:?} is not lower case", lang.code);
                }
            }
        }
    }

    #[test]
    fn words_contains_only_its_words() {
        let list = Words::new("a bb c dd eee f");
        for w in ["a", "bb", "c", "dd", "eee", "f"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["", " ", "b", "aa", "cc", "d", "ee", "eeee", "g", "0", "a bb"] {
            assert!(!list.contains(w), "{w:?}");
        }
        assert!(!Words::EMPTY.contains(""));
        assert!(!Words::EMPTY.contains("a"));
        assert!(Words::new("x").contains("x"));
    }

    #[test]
    fn a_contraction_of_stopwords_is_a_stopword() {
        let english = english();
        for word in ["we're", "don't", "i'm", "they've", "can't", "we'll"] {
            assert!(english.is_stopword(word), "{word}");
        }
        for word in ["o'brien", "rock'n'roll", "'", "''"] {
            assert!(!english.is_stopword(word), "{word}");
        }
    }

    #[test]
    fn codes() {
        assert_eq!(by_code("de-CH").unwrap().code, "de");
        assert_eq!(by_code("zh-Hant").unwrap().code, "zh");
        assert_eq!(by_code("PT_br").unwrap().code, "pt");
        assert_eq!(by_code("und").unwrap().code, "und");
        assert!(by_code("xx").is_none());
        assert!(by_code("").is_none());
        let with_stopwords =
            ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "sv", "da", "fi", "id", "ar", "fa", "hi", "mr", "ja", "zh"];
        for code in with_stopwords {
            assert!(!by_code(code).unwrap().stopwords.is_empty(), "{code} has stopwords");
        }
    }

    #[test]
    fn elision() {
        assert_eq!(strip_elision("l'homme"), "homme");
        assert_eq!(strip_elision("dell’anno"), "anno");
        assert_eq!(strip_elision("aujourd'hui"), "aujourd'hui");
        assert_eq!(strip_elision("l'a"), "l'a");
        assert_eq!(strip_elision("paris"), "paris");
    }
}
