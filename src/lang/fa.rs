//! Persian. Stopwords: the 100 most frequent words of the stopwords-iso list for "fa"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static PERSIAN: Language = Language {
    code: "fa",
    script: Script::Arabic,
    stopwords: Words::new(
        "آن از است استفاده الان اما انجام او اول اگر ای این اینکه با بار باشد باید بدون بر برای بعد \
        به بود بوده بیشتر بین تا تمام تنها تو حال حالا خوب خود خیلی داد دارد دارم داشت داشته در دو \
        دیگر را راه رو روز روی زمان زیر شد شدن شده شما شود صورت عنوان فقط كه ما مثل مردم من مورد \
        می نام نه نیز نیست ها های هر هست هستند هم همه و وجود ولی پس پیش چرا چند چه چون کرد کردم \
        کردن کرده کن کند کنم کنید که گفت ی یا یه یک یکی",
    ),
    abbreviations: Words::new("ر.ک ق.م ه.ش ه.ق"),
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
