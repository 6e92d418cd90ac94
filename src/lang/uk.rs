//! Ukrainian. Stopwords: the 73 most frequent words of the stopwords-iso list for "uk"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied), and the 45 words of the stop-words list for
//! Ukrainian (PyPI stop-words 2025.11.4, BSD-3-Clause) at a wordfreq Zipf frequency of 6 or more
//! (once in a thousand words): stopwords-iso's list lacks "у", "в", "на", "не", "і", "його", which
//! were the article's key terms.
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static UKRAINIAN: Language = Language {
    code: "uk",
    script: Script::Cyrillic,
    stopwords: Words::new(
        "або авжеж адже але б без був буде була були було бути більш більше в вам вас весь вже вздовж \
        ви вниз внизу вона вони воно все всередині всіх від він да давай давати де дещо для до дуже \
        ж з за завжди замість зі й його коли ледве майже мене мені ми може можна на навколо навіть \
        нам нас не ну ні от отже отож по поза при про просто під після року років та так такий також \
        там те ти то тобто того тож тому тощо треба тут тільки у хоча хто це цей цього час через чи \
        чого чому ще що щоб я як яка який якої якщо які є і із інших їх її",
    ),
    abbreviations: Words::new(
        "акад бер вип вул грн груд див доц др жовт кв квіт км коп лип лист лют млн млрд н.е напр \
        обл пл пор просп проф рр серп ст стор січ т.д т.зв т.п тел тис трав черв чол шт ім",
    ),
    titles: Words::new("акад доц проф"),
    stem: super::no_stem,
    ordinals: false,
};
