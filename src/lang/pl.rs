//! Polish. Stopwords: the 100 most frequent words of the stopwords-iso list for "pl"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static POLISH: Language = Language {
    code: "pl",
    script: Script::Latin,
    stopwords: Words::new(
        "a aby albo ale bardzo bez bo by być był była było będzie ci co coś czy dla do dobrze gdy \
        gdzie go i ich ja jak jako jednak jego jej jest jestem jeszcze jeśli już kiedy kto ktoś \
        która które który lat lub ma mam mi mnie może można na nas nawet nic nie niż no o od on \
        oraz po pod przed przez przy roku również się sobie są ta tak takie także tam te tego tej \
        ten teraz też to tu ty tych tylko tym u w więc więcej wszystko właśnie z za zawsze ze że \
        żeby",
    ),
    abbreviations: Words::new(
        "al ang arch art bm br cdn cze dr ds dyr gen godz gr gru hab im inż itd itp jw kol ks kwi \
        lek lip lis lut m.in mgr min mjr mld mln np nr ok os paź pkt pl pn por poz prof przyp ps \
        płk ros sie sp st str sty sz tab tel tj tys tzn tzw ub ul wg woj wrz wyd zob zł",
    ),
    titles: Words::new("dr dyr gen hab inż ks lek mgr mjr prof płk"),
    stem: super::no_stem,
    ordinals: true,
};
