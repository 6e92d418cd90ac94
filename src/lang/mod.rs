//! Languages: stopwords, abbreviations and stemming, one file per language; `detect` guesses.

mod en;

/// What the pipeline needs to know about a language.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 primary language subtag, e.g. "en".
    pub code: &'static str,
    /// Function words that carry no topic, lower case, sorted (binary-searched).
    pub stopwords: &'static [&'static str],
    /// Abbreviations that a period does not end a sentence after, lower case, without the final period.
    pub abbreviations: &'static [&'static str],
    /// Words that, opening a sentence, lean on the sentence before ("he", "but", "this"),
    /// lower case, sorted.
    pub openers: &'static [&'static str],
    /// Light stemming: folds inflected forms of a lower-case word together.
    pub stem: fn(&str) -> &str,
}

impl Language {
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stopwords.binary_search(&folded).is_ok()
    }
    pub fn is_opener(&self, folded: &str) -> bool {
        self.openers.binary_search(&folded).is_ok()
    }
    pub fn is_abbreviation(&self, folded: &str) -> bool {
        self.abbreviations.binary_search(&folded).is_ok()
    }
}

/// Every language abridge knows, English first.
pub static LANGUAGES: &[&Language] = &[&en::ENGLISH];

pub fn english() -> &'static Language {
    &en::ENGLISH
}

/// The language for the given BCP 47 code ("en", "en-GB"), if abridge knows it.
pub fn by_code(code: &str) -> Option<&'static Language> {
    let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| l.code == primary)
}

/// The requested language when abridge knows it, else the one detected from the text.
pub fn choose(text: &str, requested: Option<&str>) -> &'static Language {
    requested.and_then(by_code).unwrap_or_else(|| detect(text))
}

/// Guesses the language of `text`.
pub fn detect(_text: &str) -> &'static Language {
    english()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for lang in LANGUAGES {
            for list in [lang.stopwords, lang.abbreviations, lang.openers] {
                for pair in list.windows(2) {
                    assert!(pair[0] < pair[1], "{}: {:?} out of order", lang.code, pair);
                }
            }
        }
    }
}
