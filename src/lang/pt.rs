//! Portuguese. Stopwords: the 100 most frequent words of the stopwords-iso list for "pt"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static PORTUGUESE: Language = Language {
    code: "pt",
    script: Script::Latin,
    stopwords: Words::new(
        "a agora ainda ano anos ao aos apenas aqui as assim até bem bom coisa com como da das de \
        depois dia do dos e ela ele eles em entre era essa esse esta este está estão eu fazer foi \
        foram grande há isso já mais mas me mesmo meu minha muito na nada nas no nos não o onde os \
        ou para pela pelo pessoas pode por porque quando que quem se sem sempre ser seu seus sobre \
        sou sua suas são só também te tem tempo tenho ter todos tudo um uma vai ver vez você à é",
    ),
    abbreviations: Words::new(
        "a.c abr ago al apto art av cap cia dez dr dra dto ed etc ex exa exmo fev fig gov ilmo jan \
        jr jul jun lda ltda min nov nº out pp prof profa pág set sr sra srta sto séc tel vol vs",
    ),
    titles: Words::new("dr dra exmo ilmo prof profa sr sra srta sto"),
    stem: super::no_stem,
    ordinals: false,
};
