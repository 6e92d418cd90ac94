//! The options of a summary and the one set of rules every front end checks them with.
//!
//! The JavaScript API, the CLI flags, `--jsonl` records and the widget's attributes each read their
//! options in their own form (a JavaScript value, a flag's text, a JSON value, an attribute's text),
//! hand each one to [`Options::set`] as a [`Value`], then call [`Options::validate`]. The verdicts
//! and the messages are made here, once; a front end only chooses how an option is spelled in them
//! ([`Spelling`]: `options.maxWords`, `--max-words`, `"maxWords"`, `attribute max-words`).
//!
//! Messages are built by concatenation, not `format!`: this module is in the WASM build.

mod messages;
mod value;

pub use messages::{OptionsError, Problem, Spelling};
pub use value::Value;

use crate::keywords;

/// How long the summary should be, and hints about the article. At most one of `sentences`,
/// `ratio` and `max_words` may be set ([`Options::validate`]); with none, three sentences are chosen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Choose this many sentences (≥ 1).
    pub sentences: Option<usize>,
    /// Choose this fraction of the article's sentences, in (0, 1].
    pub ratio: Option<f64>,
    /// Choose sentences until this many words are used (≥ 1).
    pub max_words: Option<usize>,
    /// How many key terms to return; [`keywords::DEFAULT_COUNT`] when absent.
    pub keywords: Option<usize>,
    /// A BCP 47 language code (e.g. "en", "de"); detected from the text when absent.
    pub language: Option<String>,
    /// The article's headline, when the caller knows it better than the text does.
    pub title: Option<String>,
}

/// The sentence count used when the options set no budget.
pub const DEFAULT_SENTENCES: usize = 3;

/// The summary's length, as the options ask for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    Sentences(usize),
    /// A fraction of the article's sentences, in (0, 1]; at least one sentence.
    Ratio(f64),
    MaxWords(usize),
}

/// An option, by what it means rather than how a front end spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Sentences,
    Ratio,
    MaxWords,
    Keywords,
    Language,
    Title,
}

/// The three budget options, in the order messages name them.
const BUDGETS: [Key; 3] = [Key::Sentences, Key::Ratio, Key::MaxWords];

impl Key {
    /// Every option, in the order the JavaScript API lists them.
    pub const ALL: [Key; 6] = [Key::Sentences, Key::Ratio, Key::MaxWords, Key::Keywords, Key::Language, Key::Title];

    /// The option whose JavaScript (and `--jsonl`) name is `name`.
    pub fn from_js_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| Spelling::Js.bare(*k) == name)
    }

    fn is_text(self) -> bool {
        matches!(self, Key::Language | Key::Title)
    }
}

/// A count: a finite whole number, at least `min`.
fn count(n: f64, min: f64) -> Option<usize> {
    (n.is_finite() && n >= min && n.trunc() == n).then_some(n as usize)
}

fn is_ratio(r: f64) -> bool {
    r > 0.0 && r <= 1.0
}

impl Options {
    /// Sets one option from a front end's value, checking its type and its range.
    /// [`Value::Unset`] clears the option.
    pub fn set(&mut self, key: Key, value: Value) -> Result<(), OptionsError> {
        let fail = |problem| Err(OptionsError::new(key, problem));
        if key.is_text() {
            let text = match value {
                Value::Unset => None,
                Value::Text(t) => Some(t.to_string()),
                other => return fail(Problem::NotAString(other.described())),
            };
            match key {
                Key::Language => self.language = text,
                _ => self.title = text,
            }
            return Ok(());
        }
        let n = match value {
            Value::Unset => None,
            Value::Number(n) => Some(n),
            other => return fail(Problem::NotANumber(other.described())),
        };
        match (key, n) {
            (Key::Ratio, Some(r)) if !is_ratio(r) => return fail(Problem::RatioOutOfRange),
            (Key::Ratio, r) => self.ratio = r,
            (Key::Keywords, n) => {
                self.keywords = n.map(|n| count(n, 0.0).ok_or(OptionsError::new(key, Problem::NotNonNegativeInteger))).transpose()?
            }
            (_, n) => {
                let n = n.map(|n| count(n, 1.0).ok_or(OptionsError::new(key, Problem::NotPositiveInteger))).transpose()?;
                match key {
                    Key::Sentences => self.sentences = n,
                    _ => self.max_words = n,
                }
            }
        }
        Ok(())
    }

    /// Clears the three budget options (a `--jsonl` record's budget replaces the flags').
    pub fn clear_budget(&mut self) {
        self.sentences = None;
        self.ratio = None;
        self.max_words = None;
    }

    /// Checks the options as a whole — each count and ratio in range, at most one budget — and
    /// gives the budget they ask for.
    pub fn validate(&self) -> Result<Budget, OptionsError> {
        if self.sentences == Some(0) {
            return Err(OptionsError::new(Key::Sentences, Problem::NotPositiveInteger));
        }
        if self.ratio.is_some_and(|r| !is_ratio(r)) {
            return Err(OptionsError::new(Key::Ratio, Problem::RatioOutOfRange));
        }
        if self.max_words == Some(0) {
            return Err(OptionsError::new(Key::MaxWords, Problem::NotPositiveInteger));
        }
        let set = [self.sentences.is_some(), self.ratio.is_some(), self.max_words.is_some()];
        let budgets: Vec<Key> = BUDGETS.into_iter().zip(set).filter(|(_, s)| *s).map(|(k, _)| k).collect();
        if budgets.len() > 1 {
            return Err(OptionsError::new(budgets[0], Problem::Combined(budgets)));
        }
        Ok(self.budget())
    }

    /// The budget as [`crate::summarize`] reads options it is handed unchecked: the first set of
    /// sentences, ratio and words, else [`DEFAULT_SENTENCES`]. Front ends call
    /// [`Options::validate`] first, so for them there is never more than one.
    pub fn budget(&self) -> Budget {
        if let Some(n) = self.sentences {
            Budget::Sentences(n)
        } else if let Some(r) = self.ratio {
            Budget::Ratio(r)
        } else if let Some(w) = self.max_words {
            Budget::MaxWords(w)
        } else {
            Budget::Sentences(DEFAULT_SENTENCES)
        }
    }

    /// How many key terms to return.
    pub fn keyword_count(&self) -> usize {
        self.keywords.unwrap_or(keywords::DEFAULT_COUNT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Options read as a front end reads them: each (key, value) set in turn, then validated.
    fn read(pairs: &[(Key, Value)]) -> Result<Budget, OptionsError> {
        let mut options = Options::default();
        for (key, value) in pairs {
            options.set(*key, *value)?;
        }
        options.validate()
    }

    fn refused(pairs: &[(Key, Value)], spelling: Spelling) -> (bool, String) {
        let e = read(pairs).expect_err("refused");
        (e.is_type_error(), e.message(spelling))
    }

    use Key::*;
    use Value::Number;

    #[test]
    fn budgets_and_the_default() {
        assert_eq!(read(&[]), Ok(Budget::Sentences(DEFAULT_SENTENCES)));
        assert_eq!(read(&[(Sentences, Number(5.0))]), Ok(Budget::Sentences(5)));
        assert_eq!(read(&[(Ratio, Number(1.0))]), Ok(Budget::Ratio(1.0)));
        assert_eq!(read(&[(MaxWords, Number(80.0))]), Ok(Budget::MaxWords(80)));
        assert_eq!(read(&[(Sentences, Value::parse("4"))]), Ok(Budget::Sentences(4)));
        assert_eq!(read(&[(Ratio, Value::parse(" 20% "))]), Ok(Budget::Ratio(0.2)));
        // An unset budget does not count as set.
        assert_eq!(read(&[(Sentences, Number(2.0)), (Ratio, Value::Unset)]), Ok(Budget::Sentences(2)));
    }

    #[test]
    fn two_budgets_are_refused_in_every_spelling() {
        let two = [(Sentences, Number(3.0)), (Ratio, Number(0.5))];
        let expected = [
            (Spelling::Rust, "options.sentences and options.ratio cannot be combined: set at most one of sentences, ratio and max_words"),
            (Spelling::Js, "options.sentences and options.ratio cannot be combined: set at most one of sentences, ratio and maxWords"),
            (Spelling::Cli, "--sentences and --ratio cannot be combined: set at most one of --sentences, --ratio and --max-words"),
            (Spelling::Jsonl, "\"sentences\" and \"ratio\" cannot be combined: set at most one of sentences, ratio and maxWords"),
            (
                Spelling::Attribute,
                "attribute sentences and attribute ratio cannot be combined: set at most one of sentences, ratio and max-words",
            ),
        ];
        for (spelling, message) in expected {
            assert_eq!(refused(&two, spelling), (true, message.to_string()));
        }
        let three = [(MaxWords, Number(9.0)), (Sentences, Number(1.0)), (Ratio, Number(1.0))];
        assert_eq!(
            refused(&three, Spelling::Js).1,
            "options.sentences, options.ratio and options.maxWords cannot be combined: set at most one of sentences, ratio and maxWords"
        );
    }

    #[test]
    fn counts_must_be_positive_integers() {
        for n in [0.0, -2.0, 1.5, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(refused(&[(Sentences, Number(n))], Spelling::Js), (false, "options.sentences must be a positive integer".into()));
            assert_eq!(refused(&[(MaxWords, Number(n))], Spelling::Cli), (false, "--max-words must be a positive integer".into()));
        }
        assert_eq!(refused(&[(Sentences, Value::parse("0"))], Spelling::Attribute).1, "attribute sentences must be a positive integer");
        assert_eq!(refused(&[(Sentences, Value::parse("-1"))], Spelling::Cli).1, "--sentences must be a positive integer");
    }

    #[test]
    fn ratio_must_be_in_zero_to_one() {
        for r in [0.0, -0.5, 1.0000001, 2.0, f64::NAN, f64::INFINITY] {
            assert_eq!(refused(&[(Ratio, Number(r))], Spelling::Jsonl), (false, "\"ratio\" must be a number in (0, 1]".into()));
        }
        assert_eq!(refused(&[(Ratio, Value::parse("150%"))], Spelling::Attribute).1, "attribute ratio must be a number in (0, 1]");
    }

    #[test]
    fn non_numbers_are_type_errors_naming_what_was_found() {
        assert_eq!(
            refused(&[(Sentences, Value::Text("3"))], Spelling::Js),
            (true, "options.sentences must be a number, not string".into())
        );
        assert_eq!(
            refused(&[(MaxWords, Value::Other("array"))], Spelling::Jsonl),
            (true, "\"maxWords\" must be a number, not array".into())
        );
        assert_eq!(refused(&[(Ratio, Value::parse("half"))], Spelling::Cli), (true, "--ratio must be a number, not \"half\"".into()));
        assert_eq!(
            refused(&[(Sentences, Value::parse(""))], Spelling::Attribute),
            (true, "attribute sentences must be a number, not \"\"".into())
        );
        assert_eq!(refused(&[(Language, Number(1.0))], Spelling::Js), (true, "options.language must be a string, not number".into()));
        assert_eq!(refused(&[(Title, Value::Other("boolean"))], Spelling::Jsonl), (true, "\"title\" must be a string, not boolean".into()));
    }

    #[test]
    fn keywords_is_a_non_negative_count() {
        let mut o = Options::default();
        assert_eq!(o.keyword_count(), keywords::DEFAULT_COUNT);
        o.set(Keywords, Number(0.0)).unwrap();
        assert_eq!(o.keyword_count(), 0);
        o.set(Keywords, Value::parse("12")).unwrap();
        assert_eq!(o.keyword_count(), 12);
        for n in [-1.0, 2.5, f64::NAN, f64::INFINITY] {
            assert_eq!(refused(&[(Keywords, Number(n))], Spelling::Js), (false, "options.keywords must be a non-negative integer".into()));
        }
        assert_eq!(refused(&[(Keywords, Value::Text("8"))], Spelling::Js).1, "options.keywords must be a number, not string");
    }

    #[test]
    fn options_built_in_rust_are_checked_too() {
        let bad = [
            (Options { sentences: Some(0), ..Options::default() }, "options.sentences must be a positive integer"),
            (Options { max_words: Some(0), ..Options::default() }, "options.max_words must be a positive integer"),
            (Options { ratio: Some(0.0), ..Options::default() }, "options.ratio must be a number in (0, 1]"),
        ];
        for (options, message) in bad {
            assert_eq!(options.validate().unwrap_err().to_string(), message);
        }
        // Unchecked, summarize reads the first budget set.
        let both = Options { sentences: Some(2), ratio: Some(0.5), ..Options::default() };
        assert!(both.validate().is_err());
        assert_eq!(both.budget(), Budget::Sentences(2));
    }

    #[test]
    fn flag_and_attribute_text() {
        for (text, n) in [
            ("3", 3.0),
            (" 3 ", 3.0),
            ("+2", 2.0),
            ("-1", -1.0),
            ("0.25", 0.25),
            (".5", 0.5),
            ("5.", 5.0),
            ("2e1", 20.0),
            ("20%", 0.2),
            ("1.5E-1", 0.15),
        ] {
            assert_eq!(Value::parse(text), Number(n), "{text:?}");
        }
        for text in ["", " ", "three", "3x", "0x10", "NaN", "inf", "Infinity", "1e", "e5", ".", "-", "1,5", "%", "1 2"] {
            assert_eq!(Value::parse(text), Value::Unparsed(text), "{text:?}");
        }
    }

    #[test]
    fn names_round_trip() {
        for key in Key::ALL {
            assert_eq!(Key::from_js_name(Spelling::Js.bare(key)), Some(key));
        }
        assert_eq!(Key::from_js_name("max_words"), None);
    }
}
