//! Kazakh: its script and the abbreviations a sentence does not end after; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static KAZAKH: Language = Language {
    code: "kk",
    script: Script::Cyrillic,
    stopwords: Words::EMPTY,
    abbreviations: Words::new("б.з б.з.б жж жыл кг км млн млрд мың см т.б т.с.с"),
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
