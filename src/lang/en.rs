//! English. Stopwords: the NLTK English list (BSD-licensed, from the Snowball project) with
//! a few reporting verbs news uses everywhere ("said", "says").

use super::{Language, Script, Words};

pub static ENGLISH: Language = Language {
    code: "en",
    script: Script::Latin,
    stopwords: STOPWORDS,
    abbreviations: ABBREVIATIONS,
    titles: Words::new(
        "adm brig capt cmdr col cpl dr gen gov hon insp lt maj messrs mlle mme mr mrs ms mx pfc prof pvt rep \
        rev sen sgt supt",
    ),
    stem,
    ordinals: false,
};

static STOPWORDS: Words = Words::new(
    "a about above after again against ain all also am an and any are aren as at be because been \
    before being below between both but by can could couldn d did didn do does doesn doing don \
    down during each few for from further had hadn has hasn have haven having he her here hers \
    herself him himself his how i if in into is isn it its itself just ll m ma me might more \
    most mr mrs ms must mustn my myself needn no nor not now o of off on once one only or other \
    our ours ourselves out over own re s said same say says shan she should shouldn so some such \
    t than that the their theirs them themselves then there these they this those through to \
    told too under until up us ve very was wasn we were weren what when where which while who \
    whom why will with won would wouldn y year years yet you your yours yourself yourselves",
);

/// Generic words of news (lower case; a plural "s" is dropped before looking up): they fill
/// articles whatever the subject (sorted; looked up in the stopword index, `lang::word_bits`), so the key terms
/// weigh them down unless the headline uses them ("new", "people", "minutes", days, months, numbers),
/// prepositions and adverbs the stopwords lack ("across", "since"), which end no key phrase, and
/// common irregular past tenses ("struck", "led"), which a suffix does not mark as verbs.
pub static GENERIC: Words = Words::new(
    "according across ago almost along already among another april around august became began behind \
    beyond billion broke came day december despite dozen eight even ever february fell first \
    five flew four friday gave get got hit hour hundred including january july june last led like \
    lost lot made make many march may mile million minute monday month much never new next nine \
    november number october onto people percent put saturday september seven several shut since six \
    spoke still struck sunday ten thing thousand three thursday time today tomorrow took toward \
    towards tuesday two upon way wednesday week went within without wrote yesterday",
);

/// Abbreviations after which a period does not end a sentence (lower case, no final period).
static ABBREVIATIONS: Words = Words::new(
    "a.m adm al approx apr apt ariz assn asst atty aug ave blvd brig bros calif capt cdr cf cmdr \
    co col colo conn corp cpl dec dept det dist dr e.g esq est et etc feb fig figs fla ft gen \
    gens gov govs hon hwy i.e inc insp jan jr jul jun ky llc lt ltd maj mar messrs mich minn \
    mlle mme mr mrs ms mt mx no nos nov n° nº oct okla p.m pfc ph.d pp pres prof pvt rd rep reps \
    rev sen sens sep sept sgt sr st supt tenn tex thu thur thurs tue tues u.k u.n u.s u.s.a univ \
    viz vol vols vs yr yrs",
);

/// Light suffix stripping: plural and common verb endings, enough to fold "talks"/"talked"/"talking".
fn stem(word: &str) -> &str {
    let n = word.len();
    // Every suffix below ends in one of these letters.
    if n <= 3 || !matches!(word.as_bytes()[n - 1], b's' | b'g' | b'y' | b'd') || !word.is_ascii() {
        return word;
    }
    for (suffix, min_stem) in [("ings", 4), ("ing", 4), ("edly", 4), ("ed", 4), ("ies", 3), ("es", 4), ("s", 3)] {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.len() >= min_stem && !rest.ends_with('s') {
                return rest;
            }
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn folds_common_inflections() {
        assert_eq!(stem("talks"), stem("talked"));
        assert_eq!(stem("talking"), "talk");
        assert_eq!(stem("class"), "class");
        assert_eq!(stem("glass"), "glass");
    }
}
