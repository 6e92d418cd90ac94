//! Guessing the language of a text: its script first, then, among the languages written in that
//! script, the one whose stopwords the text uses most.
//!
//! Only the start of the text is read (`SAMPLE` bytes), so detection costs the same for any
//! length. Each word that is a stopword of several candidates counts for each by 1/k (k = how many
//! lists hold it): "de" says little between French, Spanish and Portuguese, "der" much.

use super::{english, Language, LANGUAGES, UNDETERMINED};
use crate::text::chars::is_letter;
use crate::text::hash::StrMap;
use crate::text::scan::{ASCII_ALPHANUMERIC, ASCII_SEPARATORS};

/// How much of the text detection reads (bytes, rounded down to a char boundary).
const SAMPLE: usize = 4 * 1024;

/// How many words of the sample the stopword count reads: a few sentences tell the languages
/// apart (the same 210/210 on the dev articles as the whole sample, in a third of the time).
const WORDS: usize = 200;

/// Writing systems, as far as detection tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    Hangul,
    /// Chinese characters (kanji in Japanese).
    Han,
    /// Hiragana and katakana: Japanese.
    Kana,
    Other,
}

const SCRIPTS: usize = Script::Other as usize + 1;

/// The script of a letter (`Other` for anything else).
pub fn script_of(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x900..=0x97F => Script::Devanagari,
        0xE00..=0xE7F => Script::Thai,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0x2E80..=0x2FDF | 0x3005..=0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Script::Han,
        _ => Script::Other,
    }
}

/// Guesses the language of `text`: English when there is nothing to go on (no letters, or Latin
/// letters without a stopword of any language), `und` for a script abridge has no language for.
pub fn detect(text: &str) -> &'static Language {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut counts = script_counts(sample);
    let (han, kana) = (counts[Script::Han as usize], counts[Script::Kana as usize]);
    counts[Script::Han as usize] += kana; // Chinese and Japanese compete as one
    counts[Script::Kana as usize] = 0;
    let Some(best) = (0..SCRIPTS).filter(|&s| counts[s] > 0).max_by_key(|&s| (counts[s], std::cmp::Reverse(s))) else {
        return english(); // no letters at all: English, as before detection existed
    };
    let script = ALL_SCRIPTS[best];
    match script {
        // Japanese writes kana between its kanji; Chinese has none.
        Script::Han => by_code(if kana * 10 >= han + kana { "ja" } else { "zh" }),
        Script::Latin | Script::Cyrillic | Script::Arabic | Script::Devanagari => by_stopwords(sample, script),
        _ => LANGUAGES.iter().copied().find(|l| l.script == script).unwrap_or(&UNDETERMINED),
    }
}

/// The letters of each script in `sample`.
fn script_counts(sample: &str) -> [usize; SCRIPTS] {
    let mut counts = [0usize; SCRIPTS];
    let bytes = sample.as_bytes();
    // ASCII letters are Latin (counted at once); other characters are decoded.
    counts[Script::Latin as usize] = crate::text::scan::ascii_letters(bytes);
    let mut i = crate::text::scan::next_non_ascii(bytes, 0);
    while i < bytes.len() {
        let c = sample[i..].chars().next().unwrap_or(' ');
        if c.is_alphabetic() {
            counts[script_of(c) as usize] += 1;
        }
        i = crate::text::scan::next_non_ascii(bytes, i + c.len_utf8());
    }
    counts
}

/// The language of `script` whose stopwords (and marker letters) `sample` has most of.
fn by_stopwords(sample: &str, script: Script) -> &'static Language {
    let candidates: Vec<&'static Language> = LANGUAGES.iter().copied().filter(|l| l.script == script && !l.stopwords.is_empty()).collect();
    let (scores, marks, words) = stopword_scores(sample, &candidates);
    // A language's stopwords make up a third or more of its running text; a few per cent is what
    // any other language shares by chance ("a", "la", "de"): too little to name a language.
    let enough = (MIN_SHARE * words as f64).max(f64::MIN_POSITIVE);
    let mut best = None;
    for (i, &s) in scores.iter().enumerate() {
        if s >= enough && best.map_or(true, |b: usize| s + marks[i] > scores[b] + marks[b]) {
            best = Some(i);
        }
    }
    match best {
        Some(i) => candidates[i],
        // Latin text of no known language: English, as before detection existed (its abbreviations
        // serve any Latin text); other scripts: no lists at all.
        None if script == Script::Latin => english(),
        None => &UNDETERMINED,
    }
}

/// For each candidate: its share of the sample's stopwords (a word listed by k candidates gives
/// each 1/k) and its marker letters; and the number of words read.
fn stopword_scores(sample: &str, candidates: &[&'static Language]) -> (Vec<f64>, Vec<f64>, usize) {
    let mut scores = vec![0.0f64; candidates.len()];
    let mut marks = vec![0.0f64; candidates.len()];
    // Per distinct word as written: which candidates list it (lower-cased) as a stopword, and whose
    // marker letters it has (bit i for candidate i), looked up once per word and text.
    let mut seen: StrMap<(u64, u64)> = StrMap::with_capacity(WORDS);
    // Each candidate's bit in `stopword_languages` (its place in LANGUAGES).
    let lists: Vec<Option<u32>> =
        candidates.iter().map(|c| LANGUAGES.iter().position(|l| std::ptr::eq(*l, *c)).filter(|&i| i < 64).map(|i| i as u32)).collect();
    let mut buf = String::new();
    let mut words = 0usize;
    for word in letter_runs(sample).take(WORDS) {
        words += 1;
        let (holders, marked) = match seen.lookup(word) {
            (_, Some(found)) => found,
            (hash, None) => {
                buf.clear();
                if word.is_ascii() {
                    buf.push_str(word);
                    buf.make_ascii_lowercase();
                } else {
                    crate::text::case::push_lowercase(&mut buf, word);
                }
                let found = word_bits(&buf, candidates, &lists);
                seen.insert_hashed(hash, word, found);
                found
            }
        };
        let k = holders.count_ones();
        let mut bits = holders;
        while bits != 0 {
            scores[bits.trailing_zeros() as usize] += 1.0 / k as f64;
            bits &= bits - 1;
        }
        let mut bits = marked;
        while bits != 0 {
            marks[bits.trailing_zeros() as usize] += 1.0;
            bits &= bits - 1;
        }
    }
    (scores, marks, words)
}

/// For a lower-case word: the candidates whose stopwords hold it, and the candidates whose
/// marker letters it has (bit i for `candidates[i]`; at most 64 candidates).
fn word_bits(word: &str, candidates: &[&'static Language], lists: &[Option<u32>]) -> (u64, u64) {
    let mut holders = 0u64;
    let listed = super::stopword_languages(word);
    if listed != 0 {
        for (i, (l, list)) in candidates.iter().zip(lists).enumerate().take(64) {
            let holds = match *list {
                Some(bit) => listed >> bit & 1 == 1,
                None => l.is_stopword(word),
            };
            if holds {
                holders |= 1 << i;
            }
        }
    }
    let mut marked = 0u64;
    // Letters only one candidate uses: "ї" is Ukrainian, "ы" Russian, "ł" Polish (none is ASCII).
    if !word.is_ascii() {
        for &(code, letters) in MARKERS {
            if word.contains(|c| letters.contains(c)) {
                if let Some(i) = candidates.iter().take(64).position(|l| l.code == code) {
                    marked |= 1 << i;
                }
            }
        }
    }
    (holders, marked)
}

/// The share of a text's words (each weighted 1/k as above) that must be stopwords of the
/// language chosen.
const MIN_SHARE: f64 = 0.03;

/// Letters that tell languages of one script apart (lower case).
const MARKERS: &[(&str, &str)] =
    &[("uk", "іїєґ"), ("ru", "ыэъё"), ("pl", "ąęłńśźż"), ("tr", "ğış"), ("de", "ß"), ("es", "ñ"), ("pt", "ãõ"), ("da", "æø")];

const ALL_SCRIPTS: [Script; SCRIPTS] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Armenian,
    Script::Hebrew,
    Script::Arabic,
    Script::Devanagari,
    Script::Thai,
    Script::Hangul,
    Script::Han,
    Script::Kana,
    Script::Other,
];

fn by_code(code: &str) -> &'static Language {
    super::by_code(code).unwrap_or(&UNDETERMINED)
}

/// The non-empty runs of `is_letter` characters of `text`, in order (`text.split(|c|
/// !is_letter(c))` without the empty pieces), ASCII read by the byte.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = loop {
            i = ASCII_SEPARATORS.skip(bytes, i);
            if i >= bytes.len() {
                return None;
            }
            if bytes[i] < 0x80 {
                break i;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if is_letter(c) {
                break i;
            }
            i += c.len_utf8();
        };
        loop {
            i = ASCII_ALPHANUMERIC.skip(bytes, i);
            if i >= bytes.len() || bytes[i] < 0x80 {
                break;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if !is_letter(c) {
                break;
            }
            i += c.len_utf8();
        }
        Some(&text[start..i])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> &'static str {
        detect(text).code
    }

    #[test]
    fn scripts_order_matches_the_enum() {
        for (i, s) in ALL_SCRIPTS.iter().enumerate() {
            assert_eq!(*s as usize, i);
        }
    }

    #[test]
    fn detects_by_script_then_stopwords() {
        assert_eq!(code("The talks between the two countries were held in the capital on Monday."), "en");
        assert_eq!(code("Die Gespräche zwischen den beiden Ländern fanden am Montag in der Hauptstadt statt."), "de");
        assert_eq!(code("Les discussions entre les deux pays ont eu lieu lundi dans la capitale."), "fr");
        assert_eq!(code("Las conversaciones entre los dos países se celebraron el lunes en la capital."), "es");
        assert_eq!(code("As conversas entre os dois países foram realizadas na segunda-feira na capital."), "pt");
        assert_eq!(code("I colloqui tra i due paesi si sono svolti lunedì nella capitale."), "it");
        assert_eq!(code("De gesprekken tussen de twee landen vonden maandag plaats in de hoofdstad."), "nl");
        assert_eq!(code("Переговоры между двумя странами прошли в понедельник в столице."), "ru");
        assert_eq!(code("Переговори між двома країнами відбулися в понеділок у столиці, і це було важливо."), "uk");
        assert_eq!(code("Rozmowy między dwoma krajami odbyły się w poniedziałek w stolicy, ale nie przyniosły wyników."), "pl");
        assert_eq!(code("İki ülke arasındaki görüşmeler pazartesi günü başkentte yapıldı ve bu çok önemliydi."), "tr");
        assert_eq!(code("Samtalen mellan de två länderna hölls i huvudstaden på måndagen och det var inte lätt."), "sv");
        assert_eq!(code("Samtalerne mellem de to lande blev holdt i hovedstaden mandag, og det var ikke let."), "da");
        assert_eq!(code("Maiden väliset neuvottelut pidettiin pääkaupungissa maanantaina, ja ne olivat vaikeita."), "fi");
        assert_eq!(code("Pembicaraan antara kedua negara diadakan di ibu kota pada hari Senin dan itu tidak mudah."), "id");
        assert_eq!(code("جرت المحادثات بين البلدين في العاصمة يوم الاثنين."), "ar");
        assert_eq!(code("گفتگوها بین دو کشور روز دوشنبه در پایتخت برگزار شد و این مهم است."), "fa");
        assert_eq!(code("दोनों देशों के बीच बातचीत सोमवार को राजधानी में हुई।"), "hi");
        assert_eq!(code("両国間の協議は月曜日に首都で行われた。"), "ja");
        assert_eq!(code("两国之间的会谈于星期一在首都举行。"), "zh");
        assert_eq!(code("Οι συνομιλίες έγιναν τη Δευτέρα."), "el");
        assert_eq!(code("Բանակցությունները տեղի ունեցան երկուշաբթի:"), "hy");
    }

    #[test]
    fn nothing_to_go_on() {
        assert_eq!(code(""), "en");
        assert_eq!(code("12345 !!! ..."), "en");
        assert_eq!(code("Xyzzy plugh."), "en");
        assert_eq!(code("ইংরেজি"), "und");
    }
}
