//! Armenian: its script and the abbreviations a sentence does not end after; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static ARMENIAN: Language = Language {
    code: "hy",
    script: Script::Armenian,
    stopwords: Words::EMPTY,
    abbreviations: Words::new("թթ կմ մ.թ մ.թ.ա պրն սմ տկն"),
    titles: Words::new("պրն տկն"),
    stem: super::no_stem,
    ordinals: false,
};
