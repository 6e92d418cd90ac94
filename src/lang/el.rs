//! Greek: its script and the abbreviations a sentence does not end after; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static GREEK: Language = Language {
    code: "el",
    script: Script::Greek,
    stopwords: Words::EMPTY,
    abbreviations: Words::new(
        "απρ αρ αυγ βλ δεκ δηλ δρ εκ ιαν ιουλ ιουν κ κ.λπ κα κλπ κυρ μ.χ νοε οκτ π.χ σελ σεπτ τηλ \
        φεβ χλμ",
    ),
    titles: Words::new("δρ κ κα κυρ"),
    stem: super::no_stem,
    ordinals: false,
};
