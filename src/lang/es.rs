//! Spanish. Stopwords: the 100 most frequent words of the stopwords-iso list for "es"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static SPANISH: Language = Language {
    code: "es",
    script: Script::Latin,
    stopwords: Words::new(
        "a ahora al algo así bien cada como con cosas cuando de del desde después donde dos día e \
        el en entre era es esa ese eso esta estado este esto estoy está están fue gran ha hace \
        hacer han hasta hay la las le les lo los mas me mejor mi mismo mucho muy más nada ni no \
        nos o otra otro otros para parte pero por porque puede que qué se ser si siempre sin sobre \
        solo son su sus también tan te tengo tiempo tiene todo todos tu un una uno va ver vez y ya \
        yo",
    ),
    abbreviations: Words::new(
        "a.c abr admón ago apdo aprox art atte av avda cap col cía dcha dic dom dr dra dto ed ee \
        ee.uu ej esq etc excmo feb fig gral ilmo ing izq izqda jue jul jun lcdo lic lun mar mié \
        mons mt mtro nov nro nº núm oct p.ej pl prof profa pza pág págs párr párrf sep sept sr sra \
        sras sres srta sta sto sáb tel ud uds uu vd vds vie",
    ),
    titles: Words::new("dr dra ing lic prof profa sr sra sras sres srta sta sto"),
    stem: super::no_stem,
    ordinals: false,
};
