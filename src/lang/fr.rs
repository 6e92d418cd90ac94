//! French. Stopwords: the 100 most frequent words of the stopwords-iso list for "fr"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static FRENCH: Language = Language {
    code: "fr",
    script: Script::Latin,
    stopwords: Words::new(
        "a ai alors après au aussi autre autres aux avait avec avoir bien bon c ce ces cette comme \
        contre d dans de des deux dire dit du elle en encore entre est et fait fois il ils j je l \
        la le les leur lui là m ma mais me moi mon même n ne non nous on ont ou où par pas peu \
        peut plus pour qu quand que qui rien s sa sans se ses si son sont suis sur t te toujours \
        tous tout très tu un une va vous y à ça était été être",
    ),
    abbreviations: Words::new(
        "apr av bd boul c.-à-d cf chap cie coll dr déc env etc ex fig févr gén hab janv juil m me \
        mgr mlle mm mme no nº oct p pp prof réf sept st ste tél vol vs éd",
    ),
    titles: Words::new("dr m me mgr mlle mm mme prof st ste"),
    stem: super::strip_elision,
    ordinals: false,
};
