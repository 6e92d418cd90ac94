//! Finnish. Stopwords: the 100 most frequent words of the stopwords-iso list for "fi"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static FINNISH: Language = Language {
    code: "fi",
    script: Script::Latin,
    stopwords: Words::new(
        "aika aikana aina ehkä ei eikä eivät eli en enemmän ennen enää eri esimerkiksi et ettei \
        että he hyvin hyvä hän hänen ihan itse ja jo joka joku jonka jos jossa jotain joten jotka \
        juuri jälkeen kaikki kaksi kanssa kiitos koko koska kuin kuitenkin kun kuten kyllä lisäksi \
        miksi mikä miten mitä mitään mukaan mutta myös ne niin noin nyt näin ole olen oli olisi \
        olla ollut on onko ovat paljon se sekä sen siihen siinä siis siitä sillä sitten sitä taas \
        tai tulee tuo tämä tämän tässä tästä tätä vaan vaikka vain vastaan vielä voi vuoden vähän \
        yksi yli",
    ),
    abbreviations: Words::new(
        "ap ark dos eaa ekr elok em ent esim heinäk helmik huhtik huom ilm jaa jkr jms jne jouluk \
        kesäk klo ks lokak maalisk marrask milj mm mrd nk nro ns oik os prof puh ry syysk tammik \
        tms toukok tri ts va vrt vs yht yms",
    ),
    titles: Words::new("dos prof tri"),
    stem: super::no_stem,
    ordinals: true,
};
