//! Turkish. Stopwords: the 100 most frequent words of the stopwords-iso list for "tr"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static TURKISH: Language = Language {
    code: "tr",
    script: Script::Latin,
    stopwords: Words::new(
        "ama ancak ayrıca az bana bazı ben beni benim bile bir biraz biri birlikte biz bize bizim \
        bu bunu bunun böyle bütün da daha de değil diye diğer doğru eden ediyor en etti eğer fakat \
        gibi göre hem hep her herkes hiç hiçbir iki ile ilgili ilk ise iyi için iş işte kadar \
        kendi kez ki kim mu mı nasıl ne neden o olan olarak oldu olduğu olduğunu olmak olsun olur \
        onu sadece sana sen seni senin siz sizin sonra tam tarafından tek tüm var ve veya ya yani \
        yapılan yine yok zaten çok çünkü önce öyle üç şey şu",
    ),
    abbreviations: Words::new(
        "a.ş alb av ağu bkz böl cad doç dr ed eyl haz hz ing kd krş ltd mah müh nis no oca prof sn \
        sok vb vd vs yrd yy yzb çev örn öğr şti şub",
    ),
    titles: Words::new("av doç dr müh prof yrd yzb"),
    stem: super::no_stem,
    ordinals: true,
};
