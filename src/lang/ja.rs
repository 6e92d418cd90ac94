//! Japanese. Stopwords: the 100 most frequent words of the stopwords-iso list for "ja"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).

use super::{Language, Script, Words};

pub static JAPANESE: Language = Language {
    code: "ja",
    script: Script::Han,
    stopwords: Words::new(
        "あっ あの あり ある あれ い いう いる う うち え お おり か から が き ここ こちら こと この これ さ さらに し しかし する ず せ せる そこ そして \
        その それ た たち ため たり だ だっ つ て で でき できる です でも と という とき ところ として とも どこ どの な ない なかっ ながら なく なっ など \
        なに なら なり なる なん に について にて によって により による の ので のみ は ば へ ほど ます また まで も もの や よう より ら られ られる れ れる \
        を ん 何 彼 彼女 特に 私",
    ),
    abbreviations: Words::EMPTY,
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
