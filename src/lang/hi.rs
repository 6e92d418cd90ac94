//! Hindi. Stopwords: the 100 most frequent words of the stopwords-iso list for "hi"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).

use super::{Language, Script, Words};

pub static HINDI: Language = Language {
    code: "hi",
    script: Script::Devanagari,
    stopwords: Words::new(
        "अपना अपनी अपने अभी आप इन इस इसका इसके इसी इसे उनकी उनके उन्हें उस उसके उसे एक एवं ऐसे ओर \
        और कई कर करता करते करना करने करें कहते कहा का कि किया किसी की कुछ के को कोई कौन गया घर जब \
        जा जैसे जो तक तब तरह तो था थी थे दिया दो द्वारा न नहीं ना ने पर पहले पे फिर बहुत बाद भी मे \
        में यह यहाँ यही या ये रहा रहे लिए लेकिन व वह वाले वे सकता सकते सबसे सभी साथ से ही हुआ हुई \
        हुए है हैं हो होता होती होते होने",
    ),
    abbreviations: Words::EMPTY,
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
