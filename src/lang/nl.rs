//! Dutch. Stopwords: the 100 most frequent words of the stopwords-iso list for "nl"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static DUTCH: Language = Language {
    code: "nl",
    script: Script::Latin,
    stopwords: Words::new(
        "aan al alle alleen als andere ben bij daar dan dat de deze die dit doen door dus een eens \
        eerste en er geen haar had heb hebben heeft heel hem het hier hij hoe hun iets ik in is je \
        jij jullie kan kunnen maar maken me meer met mij mijn moet moeten na naar niet nog nu of \
        om omdat onder ons onze ook op over te tegen tijdens toch toen tot twee u uit van veel \
        voor waar waren was wat we weer wel werd wij wil worden wordt zal ze zich zij zijn zo \
        zoals zou",
    ),
    abbreviations: Words::new(
        "aant afb afd alg apr art aug bijv blz bv ca d.w.z dec dhr dr drs e.a e.d enz etc evt feb \
        fig ir jan jhr jl jr jul jun m.a.w mevr mr mrt mw nov nr o.a okt pag prof resp sep sept sr \
        st t.a.v tel vgl vnl vs zgn",
    ),
    titles: Words::new("dhr dr drs ir jhr mevr mr mw prof"),
    stem: super::no_stem,
    ordinals: false,
};
