//! Guessing the language of a text: its script first, then, among the languages written in that
//! script, the one whose stopwords the text uses most.
//!
//! Only the start of the text is read (`SAMPLE` bytes), so detection costs the same for any
//! length. Each word that is a stopword of several candidates counts for each by 1/k (k = how many
//! lists hold it): "de" says little between French, Spanish and Portuguese, "der" much.

use super::{english, Language, LANGUAGES, UNDETERMINED};
use crate::text::vocabulary::Vocabulary;
use crate::text::words::tokens;

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
    detect_in(text, &mut Vocabulary::default())
}

/// [`detect`] reading the whole sample, never stopping early (to check the early verdicts).
#[doc(hidden)]
pub fn detect_whole_sample(text: &str) -> &'static Language {
    guess(text, &mut Vocabulary::default(), false)
}

/// [`detect`] reading the sample's words through the document's `vocabulary`: each distinct word
/// is folded and looked up in the stopword lists once, for detection and the sentences alike.
pub fn detect_in<'a>(text: &'a str, vocabulary: &mut Vocabulary<'a>) -> &'static Language {
    guess(text, vocabulary, true)
}

fn guess<'a>(text: &'a str, vocabulary: &mut Vocabulary<'a>, early: bool) -> &'static Language {
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
        Script::Latin | Script::Cyrillic | Script::Arabic | Script::Devanagari => by_stopwords(sample, script, vocabulary, early),
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
fn by_stopwords<'a>(sample: &'a str, script: Script, vocabulary: &mut Vocabulary<'a>, early: bool) -> &'static Language {
    // The candidates as bits of `LANGUAGES` (the stopword lists' bits).
    let candidates = LANGUAGES
        .iter()
        .enumerate()
        .take(64)
        .filter(|(_, l)| l.script == script && !l.stopwords.is_empty())
        .fold(0u64, |bits, (i, _)| bits | 1 << i);
    let tally = Tally::read(sample, candidates, vocabulary, early);
    match tally.leader(candidates, tally.words) {
        Some(i) => LANGUAGES[i],
        // Latin text of no known language: English, as before detection existed (its abbreviations
        // serve any Latin text); other scripts: no lists at all.
        None if script == Script::Latin => english(),
        None => &UNDETERMINED,
    }
}

/// The sample's stopwords and marker letters so far, per language (by its place in `LANGUAGES`).
struct Tally {
    /// Its share of the stopwords among the candidates: a word listed by k candidates gives each 1/k.
    scores: [f64; 64],
    marks: [f64; 64],
    words: usize,
}

/// When the leader has this many times the runner-up's stopwords and marker letters (and enough
/// stopwords for a whole sample), the rest of the sample is not read: on every dev article of the
/// four sets the verdict is the one the whole sample gives (`tests/languages.rs`), and detection
/// reads a quarter of the words.
const DECISIVE: f64 = 4.0;

/// How often (in words, from the second checkpoint on) the tally checks whether it is decided.
const CHECK_EVERY: usize = 25;

impl Tally {
    /// Reads up to `WORDS` words of the sample (the sentences' word tokens, through the document's
    /// vocabulary); with `early`, stops as soon as the verdict is decided.
    fn read<'a>(sample: &'a str, candidates: u64, vocabulary: &mut Vocabulary<'a>, early: bool) -> Tally {
        let mut tally = Tally { scores: [0.0; 64], marks: [0.0; 64], words: 0 };
        let marked_language: Vec<Option<usize>> =
            MARKERS.iter().map(|(code, _)| LANGUAGES.iter().position(|l| l.code == *code).filter(|&i| candidates >> i & 1 == 1)).collect();
        for (_, word) in tokens(sample).take(WORDS) {
            tally.words += 1;
            let (listed, markers) = vocabulary.sample_word(word);
            let holders = listed & candidates;
            let k = holders.count_ones();
            let mut bits = holders;
            while bits != 0 {
                tally.scores[bits.trailing_zeros() as usize] += 1.0 / k as f64;
                bits &= bits - 1;
            }
            let mut bits = markers;
            while bits != 0 {
                if let Some(i) = marked_language[bits.trailing_zeros() as usize] {
                    tally.marks[i] += 1.0;
                }
                bits &= bits - 1;
            }
            if early && tally.words % CHECK_EVERY == 0 && tally.words >= 2 * CHECK_EVERY && tally.decided(candidates) {
                break;
            }
        }
        tally
    }

    fn total(&self, i: usize) -> f64 {
        self.scores[i] + self.marks[i]
    }

    /// The candidate with the most stopwords and marker letters among those whose stopwords make
    /// at least `MIN_SHARE` of `words` words.
    fn leader(&self, candidates: u64, words: usize) -> Option<usize> {
        // A language's stopwords make up a third or more of its running text; a few per cent is
        // what any other language shares by chance ("a", "la", "de"): too little to name a language.
        let enough = (MIN_SHARE * words as f64).max(f64::MIN_POSITIVE);
        let mut best = None;
        for i in (0..64).filter(|&i| candidates >> i & 1 == 1) {
            if self.scores[i] >= enough && best.map_or(true, |b: usize| self.total(i) > self.total(b)) {
                best = Some(i);
            }
        }
        best
    }

    /// Whether the leader, with enough stopwords for a whole sample, is `DECISIVE` times ahead of
    /// every other candidate.
    fn decided(&self, candidates: u64) -> bool {
        let Some(leader) = self.leader(candidates, WORDS) else { return false };
        let runner_up = (0..64).filter(|&i| i != leader && candidates >> i & 1 == 1).map(|i| self.total(i)).fold(0.0, f64::max);
        self.total(leader) >= DECISIVE * runner_up
    }
}

/// The markers (bit m for `MARKERS[m]`) whose letters a lower-case word has.
pub fn marker_bits(word: &str) -> u8 {
    if word.is_ascii() {
        return 0;
    }
    // Letters only one language uses: "ї" is Ukrainian, "ы" Russian, "ł" Polish (none is ASCII).
    MARKERS.iter().enumerate().filter(|(_, (_, letters))| word.contains(|c| letters.contains(c))).fold(0, |bits, (m, _)| bits | 1 << m)
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
    fn tells_hindi_from_marathi() {
        // One script; the stopwords they share ("एक", "ही", "होता") count half for each.
        assert_eq!(code("दोन्ही देशांमधील चर्चा सोमवारी राजधानीत झाली आणि ती महत्त्वाची होती."), "mr");
        assert_eq!(code("हा एक मोठा निर्णय आहे, असे ते म्हणाले. या प्रकल्पाचे काम पुढील वर्षी सुरू होणार नाही."), "mr");
        assert_eq!(code("यह एक बड़ा फैसला है, उन्होंने कहा। इस परियोजना का काम अगले साल शुरू नहीं होगा।"), "hi");
        assert_eq!(code("मुंबई में भारी बारिश के कारण कई इलाकों में पानी भर गया और लोगों को परेशानी हुई।"), "hi");
    }

    #[test]
    fn nothing_to_go_on() {
        assert_eq!(code(""), "en");
        assert_eq!(code("12345 !!! ..."), "en");
        assert_eq!(code("Xyzzy plugh."), "en");
        assert_eq!(code("ইংরেজি"), "und");
    }
}
