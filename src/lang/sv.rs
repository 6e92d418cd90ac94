//! Swedish. Stopwords: the 100 most frequent words of the stopwords-iso list for "sv"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static SWEDISH: Language = Language {
    code: "sv",
    script: Script::Latin,
    stopwords: Words::new(
        "aldrig alla allt andra att av bara bli blir bra de dem den det detta dig din du där då \
        efter eller en ett fick finns från få får för gå går gör göra ha hade han har helt hon hur \
        här i in ingen inte ja jag ju kan kanske kommer lite man med men mer mig min mot mycket \
        många måste ni nu när någon något och också om oss på sig sin ska skulle som säger så ta \
        till två under upp ut utan vad var vara varför varit vi vid vill väl än är även över",
    ),
    abbreviations: Words::new(
        "apr aug bl.a ca d.v.s dec dr dvs e.kr enl etc f.d f.kr feb fig fr.o.m jan jfr jul jun kap \
        kl m.fl m.m mfl nov nr okt osv p.g.a pga prof resp sek sep sept st t.ex t.o.m tel tex u.a \
        ung vol äv",
    ),
    titles: Words::new("dr prof"),
    stem: super::no_stem,
    ordinals: false,
};
