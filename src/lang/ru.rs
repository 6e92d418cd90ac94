//! Russian. Stopwords: the 100 most frequent words of the stopwords-iso list for "ru"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static RUSSIAN: Language = Language {
    code: "ru",
    script: Script::Cyrillic,
    stopwords: Words::new(
        "а без более больше будет бы был была были было быть в вас во вот время все всего всех вы г \
        где года году да даже для до его ее если есть еще же за и из или их к как когда которые \
        который кто лет ли м меня мне может можно мы на нас не нет ни но ну о об один он она они \
        от очень по под после при просто раз с себя сегодня сейчас со так также там тебя теперь то \
        того только том ты у уже человек чем что чтобы это этого этом этот я",
    ),
    abbreviations: Words::new(
        "авг акад апр вв гг гл гр дек доц др и.о им инж кв кг км коп корп млн млрд н.э напр нояб \
        обл окт пгт пер пл пос пр просп проф руб сб св сент см соч ср ст стр т.д т.е т.к т.н т.п \
        тел тыс ул февр чел шт янв",
    ),
    titles: Words::new("акад доц проф"),
    stem: super::no_stem,
    ordinals: false,
};
