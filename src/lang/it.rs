//! Italian. Stopwords: the 100 most frequent words of the stopwords-iso list for "it"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static ITALIAN: Language = Language {
    code: "it",
    script: Script::Latin,
    stopwords: Words::new(
        "a ad ai al alla alle altri anche ancora anni c che chi ci come con cosa così cui d da dal \
        dalla degli dei del della delle di dopo dove due e ed era essere fa fare fatto gli ha \
        hanno ho i il in io l la le lo loro ma mai me mi mia mio molto ne nel nella non o ogni ora \
        parte per perché più poi prima può quando quanto quello questa questo se sempre senza si \
        sia solo sono stato su sua sul sulla suo tempo ti tra tutti tutto un una uno è",
    ),
    abbreviations: Words::new(
        "a.c ag ago amm apr arch art avv c.a ca cap cav cfr cit co dic dir dom dott dott.ssa dr ecc \
        es f.lli feb fig gen geom gio giu ing lett lug lun mag mar mer mons nov on ott p.es pag \
        pagg prof prof.ssa psicol rag rev sab sig sig.na sig.ra sigg spett st tel ven vol",
    ),
    titles: Words::new(
        "arch avv cav dott dott.ssa dr geom ing mons on prof prof.ssa psicol rag sig sig.na sig.ra \
        sigg",
    ),
    stem: super::strip_elision,
    ordinals: false,
};
