//! Marathi. Stopwords: the stopwords-iso list for "mr" (npm package stopwords-iso 1.1.0, MIT
//! licence), 99 entries, less 15 that are not function words as written: the surname "पाटील"; 12
//! misspellings, whose correct forms are other strings (a dropped halant or anusvara: "असलयाचे"
//! for "असल्याचे", "करणयात" for "करण्यात", "किवा" for "किंवा", "निर्ण्य" for "निर्णय",
//! "परयतन" for "प्रयत्न", "मुबी" for "मुंबई", "व्यकत" for "व्यक्त", "सागित्ले" for "सांगितले",
//! "त्याना", "त्यानी", "याना", "यानी" for "त्यांना", "त्यांनी", "यांना", "यांनी"; "यानी" is also
//! a Hindi word, which would count for Marathi in Hindi text); and two fragments that are no word
//! ("पम", "त्री"). Kept: the numerals and number words ("एक", "दोन", "लाख", "कोटी"; the Hindi
//! list keeps "एक", "दो") and the pieces of common abbreviations ("डॉ." doctor, "म. टा.", "ता.").
//! No stemming.
//! Hindi, in the same script, is told apart by the stopwords the two do not share ("आहे", "आणि",
//! "नाही" against "है", "में", "के"; `detect.rs`).

use super::{Language, Script, Words};

pub static MARATHI: Language = Language {
    code: "mr",
    script: Script::Devanagari,
    stopwords: Words::new(
        "अधिक अनेक अशी असलेल्या असा असून असे आज आणि आता आपल्या आला आली आले आहे आहेत एक एका कमी करून \
        का काम काय काही की केला केली केले कोटी गेल्या घेऊन जात झाला झाली झाले झालेल्या टा डॉ तर तरी \
        तसेच ता ती तीन ते तो त्या त्याचा त्याची त्याच्या त्यामुळे दिली दोन न नाही पण म मात्र माहिती \
        मी म्हणजे म्हणाले म्हणून या याचा याची याच्या येणार येत येथील येथे लाख व सर्व सुरू हजार हा ही \
        हे होणार होत होता होती होते",
    ),
    abbreviations: Words::EMPTY,
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
