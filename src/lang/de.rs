//! German. Stopwords: the 100 most frequent words of the stopwords-iso list for "de"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static GERMAN: Language = Language {
    code: "de",
    script: Script::Latin,
    stopwords: Words::new(
        "ab aber alle alles als also am an auch auf aus bei bin bis da dann das dass dem den der \
        des die diese dieser doch du durch ein eine einem einen einer er es für ganz gegen geht \
        gibt gut habe haben hat hatte hier ich ihr ihre im immer in ist ja jetzt kann keine können \
        mal man mehr mich mir mit muss nach nicht noch nur oder schon sehr sein seine sich sie \
        sind so um und uns unter viel vom von vor war was wenn werden wie wieder wir wird wurde \
        zeit zu zum zur über",
    ),
    abbreviations: Words::new(
        "abb abs allg anm apr art aufl aug bd bsp bspw bzgl bzw ca d.h dez dipl dr ebd etc evtl feb \
        ff frl geb gegr ggf hr hrn hrsg i.a ing inkl jan jh jhd jr jul jun kap lt max mio mrd mär \
        n.chr nov nr o.ä okt prof s.o s.u sep sept sog sr st std str tel u.a u.ä usw v.a v.chr vgl \
        z.b z.t zt zzgl",
    ),
    titles: Words::new("dipl dr frl hr hrn ing prof"),
    stem: super::no_stem,
    ordinals: true,
};
