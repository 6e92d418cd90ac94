//! Ukrainian. Stopwords: the 73 most frequent words of the stopwords-iso list for "uk"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static UKRAINIAN: Language = Language {
    code: "uk",
    script: Script::Cyrillic,
    stopwords: Words::new(
        "авжеж адже але б без був була були було бути більш вам вас весь вздовж ви вниз внизу вона \
        вони воно все всередині всіх від він да давай давати де дещо для до з завжди замість й \
        коли ледве майже ми навколо навіть нам от отже отож поза про під та так такий також те ти \
        тобто тож тощо хоча це цей чи чого що як який якої є із інших їх її",
    ),
    abbreviations: Words::new(
        "акад бер вип вул грн груд див доц др жовт кв квіт км коп лип лист лют млн млрд н.е напр \
        обл пл пор просп проф рр серп ст стор січ т.д т.зв т.п тел тис трав черв чол шт ім",
    ),
    titles: Words::new("акад доц проф"),
    stem: super::no_stem,
    ordinals: false,
};
