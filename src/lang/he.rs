//! Hebrew: its script only; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.

use super::{Language, Script, Words};

pub static HEBREW: Language = Language {
    code: "he",
    script: Script::Hebrew,
    stopwords: Words::EMPTY,
    abbreviations: Words::EMPTY,
    titles: Words::EMPTY,
    openers: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
