//! Danish. Stopwords: the 100 most frequent words of the stopwords-iso list for "da"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static DANISH: Language = Language {
    code: "da",
    script: Script::Latin,
    stopwords: Words::new(
        "af alle alt andre at bare blev blive bliver da de dem den denne der deres det dette dig \
        din du efter eller en end er et fik flere for fra få får god godt ham han hans har havde \
        have helt her hun hvad hvis hvor hvordan i ikke ind ja jeg jo kan kommer kun kunne lidt \
        lige man mange med meget men mere mig min mod må noget nogle nu når og også om op os over \
        på se selv sig skal skulle som så til to ud under var ved vi vil ville vores være været",
    ),
    abbreviations: Words::new(
        "adm adr afd alm ang anm apr aug bl.a ca cand co d.v.s dec dr dvs e.kr eks etc evt f.eks \
        f.kr feb fhv fig fr fx gl hhv hr inkl jan jf jr jul jun kap kbh kl kr lign m.fl m.m mht \
        mio mrd nov nr n° nº o.a o.l okt osv pga pkt prof pt sep sept skt st stk tel tlf vedr vol",
    ),
    titles: Words::new("cand dr hr prof skt"),
    stem: super::no_stem,
    ordinals: true,
};
