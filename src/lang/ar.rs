//! Arabic. Stopwords: the 100 most frequent words of the stopwords-iso list for "ar"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static ARABIC: Language = Language {
    code: "ar",
    script: Script::Arabic,
    stopwords: Words::new(
        "أجل أكثر أن أنا أنت أو أي إذا إلى إن التي الثاني الذي الذين الوقت الى اليوم ان او ب بسبب \
        بشكل بعد بعض بل بما بن به بها بين تلك تم ثم جميع حتى حول حيث خلال دون ذلك سنة عام عدد على \
        عليك عليه عليها عن عند عندما غير فى في فيه فيها قال قبل قد كان كانت كل كما كيف لا لك لكن \
        لم لما لن لنا له لها لو لي ما مثل مع مما من منذ منها هذا هذه هل هم هنا هناك هو هي و واحد \
        وفي وقد ولا ومن وهو وهي يكون يمكن يوم",
    ),
    abbreviations: Words::new("أ.د إلخ ا.د ت.ب ج.م.ع سم ص.ب ق.م كجم كم م.ب"),
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
