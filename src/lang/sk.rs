//! Slovak: its script and the abbreviations a sentence does not end after; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static SLOVAK: Language = Language {
    code: "sk",
    script: Script::Latin,
    stopwords: Words::EMPTY,
    abbreviations: Words::new(
        "a.s atď doc hod ing judr mgr mil min mld mudr napr nám phdr prof resp rndr s.r.o str sv \
        tel tj tzv ul",
    ),
    titles: Words::new("doc ing judr mgr mudr phdr prof rndr"),
    stem: super::no_stem,
    ordinals: true,
};
