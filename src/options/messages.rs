//! The messages of refused options: one set for every front end, each naming the option as that
//! front end spells it. Built by concatenation, not `format!`: this is in the WASM build.

use super::{Key, BUDGETS};

/// How a front end spells the options in its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    /// The Rust fields: `options.max_words`.
    Rust,
    /// The JavaScript API: `options.maxWords`.
    Js,
    /// The CLI flags: `--max-words`.
    Cli,
    /// The keys of a `--jsonl` record: `"maxWords"`.
    Jsonl,
    /// The widget's attributes: `attribute max-words`.
    Attribute,
}

impl Spelling {
    /// The option's name alone: `maxWords`, `--max-words`, `max-words`.
    pub fn bare(self, key: Key) -> &'static str {
        let [rust, js, cli, attribute] = match key {
            Key::Sentences => ["sentences", "sentences", "--sentences", "sentences"],
            Key::Ratio => ["ratio", "ratio", "--ratio", "ratio"],
            Key::MaxWords => ["max_words", "maxWords", "--max-words", "max-words"],
            Key::Keywords => ["keywords", "keywords", "--keywords", "keywords"],
            Key::Language => ["language", "language", "--language", "lang"],
            Key::Title => ["title", "title", "--title", "title"],
        };
        match self {
            Spelling::Rust => rust,
            Spelling::Js | Spelling::Jsonl => js,
            Spelling::Cli => cli,
            Spelling::Attribute => attribute,
        }
    }

    /// The option's name as the subject of a message: `options.maxWords`, `"maxWords"`.
    pub fn subject(self, key: Key) -> String {
        let bare = self.bare(key);
        match self {
            Spelling::Rust | Spelling::Js => concat(&["options.", bare]),
            Spelling::Cli => bare.to_string(),
            Spelling::Jsonl => concat(&["\"", bare, "\""]),
            Spelling::Attribute => concat(&["attribute ", bare]),
        }
    }
}

pub(super) fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    parts.iter().for_each(|p| s.push_str(p));
    s
}

/// What is wrong with an option.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A number was wanted; the value found is described.
    NotANumber(String),
    /// A string was wanted; the value found is described.
    NotAString(String),
    NotPositiveInteger,
    NotNonNegativeInteger,
    RatioOutOfRange,
    /// More than one budget is set: these (the first is [`OptionsError::key`]).
    Combined(Vec<Key>),
}

/// Why options were refused: the option and its problem. Its message is made by
/// [`OptionsError::message`] in a front end's [`Spelling`].
#[derive(Clone, Debug, PartialEq)]
pub struct OptionsError {
    pub key: Key,
    pub problem: Problem,
}

impl OptionsError {
    pub(super) fn new(key: Key, problem: Problem) -> Self {
        OptionsError { key, problem }
    }

    /// A wrong type or a forbidden combination (JavaScript's `TypeError`), rather than a value out
    /// of range (`RangeError`).
    pub fn is_type_error(&self) -> bool {
        matches!(self.problem, Problem::NotANumber(_) | Problem::NotAString(_) | Problem::Combined(_))
    }

    /// The message, naming options as `spelling` does.
    pub fn message(&self, spelling: Spelling) -> String {
        let subject = spelling.subject(self.key);
        match &self.problem {
            Problem::NotANumber(found) => concat(&[&subject, " must be a number, not ", found]),
            Problem::NotAString(found) => concat(&[&subject, " must be a string, not ", found]),
            Problem::NotPositiveInteger => concat(&[&subject, " must be a positive integer"]),
            Problem::NotNonNegativeInteger => concat(&[&subject, " must be a non-negative integer"]),
            Problem::RatioOutOfRange => concat(&[&subject, " must be a number in (0, 1]"]),
            Problem::Combined(keys) => {
                let mut m = String::new();
                for (i, key) in keys.iter().enumerate() {
                    m.push_str(if i == 0 {
                        ""
                    } else if i + 1 == keys.len() {
                        " and "
                    } else {
                        ", "
                    });
                    m.push_str(&spelling.subject(*key));
                }
                let [s, r, w] = BUDGETS.map(|k| spelling.bare(k));
                m.push_str(&concat(&[" cannot be combined: set at most one of ", s, ", ", r, " and ", w]));
                m
            }
        }
    }
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Spelling::Rust))
    }
}

impl std::error::Error for OptionsError {}
