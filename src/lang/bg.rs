//! Bulgarian: its script and the abbreviations a sentence does not end after; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static BULGARIAN: Language = Language {
    code: "bg",
    script: Script::Cyrillic,
    stopwords: Words::EMPTY,
    abbreviations: Words::new(
        "акад ап бл бул вж вх д-р доц др ет ж.к инж кв лв млн млрд напр обл пл проф ст стр т.е т.н \
        тел ул хил",
    ),
    titles: Words::new("акад д-р доц инж проф"),
    stem: super::no_stem,
    ordinals: false,
};
