//! `summarize` with arbitrary text and arbitrary options.
//!
//! The first bytes choose the options (budget kind and size, including the values the JavaScript
//! layer refuses: 0 sentences, NaN or negative ratios, several budgets at once; a language code,
//! known or not; a title); the rest, decoded lossily as UTF-8, is the text. Checked: no panic; the
//! budget is respected; the chosen sentences come in document order without overlap; their byte
//! and UTF-16 spans slice back to their text; scores are finite; the counts agree.
#![no_main]

use abridge::{summarize, Options};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

const CODES: &[&str] = &[
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "sv", "da", "fi", "id", "ar", "fa", "hi", "mr",
    "ja", "zh", "el", "hy", "bg", "kk", "sk", "th", "ko", "he", "und", "en-GB", "zh_Hant", "xx", "", "-", "_en",
];

fn options(u: &mut Unstructured) -> Result<Options> {
    let flags: u8 = u.arbitrary()?;
    let mut o = Options::default();
    if flags & 1 != 0 {
        o.sentences = Some(match u.arbitrary::<u8>()? {
            255 => usize::MAX,
            n => n as usize,
        });
    }
    if flags & 2 != 0 {
        o.ratio = Some(match u.arbitrary::<u8>()? {
            0 => f64::from_bits(u.arbitrary()?), // anything: NaN, infinities, negatives, huge
            n => n as f64 / 254.0,
        });
    }
    if flags & 4 != 0 {
        o.max_words = Some(match u.arbitrary::<u16>()? {
            u16::MAX => usize::MAX,
            n => n as usize,
        });
    }
    if flags & 8 != 0 {
        o.language = Some(CODES[u.choose_index(CODES.len())?].to_string());
    }
    if flags & 16 != 0 {
        let len = u.arbitrary::<u8>()? as usize;
        o.title = Some(String::from_utf8_lossy(u.bytes(len.min(u.len()))?).into_owned());
    }
    Ok(o)
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(options) = options(&mut u) else { return };
    let text = String::from_utf8_lossy(u.take_rest());
    let text: &str = &text;
    let summary = summarize(text, &options);

    let total = summary.stats.sentences_total;
    let chosen = summary.sentences.len();
    assert_eq!(summary.scores.len(), total);
    assert_eq!(summary.stats.sentences_chosen, chosen);
    assert!(chosen <= total);
    assert!(summary.stats.words_chosen <= summary.stats.words_total);
    assert!(summary.scores.iter().all(|s| s.is_finite()), "scores {:?}", summary.scores);
    // The core reads the first budget set: sentences, then ratio, then words.
    match (options.sentences, options.ratio, options.max_words) {
        (Some(n), _, _) => assert!(chosen <= n, "{chosen} sentences for a budget of {n}"),
        (None, Some(r), _) if r > 0.0 && r <= 1.0 => {
            let most = ((total as f64) * r).ceil() as usize;
            assert!(chosen <= most.max(1), "{chosen} of {total} sentences for a ratio of {r}");
        }
        (None, Some(_), _) => {}
        (None, None, Some(w)) => assert!(summary.stats.words_chosen <= w, "{} words for {w}", summary.stats.words_chosen),
        (None, None, None) => assert!(chosen <= abridge::DEFAULT_SENTENCES),
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for (i, s) in summary.sentences.iter().enumerate() {
        if i > 0 {
            let before = &summary.sentences[i - 1];
            assert!(before.index < s.index, "document order");
            assert!(before.span.end <= s.span.start && before.utf16.end <= s.utf16.start, "overlap");
        }
        assert!(s.index < total);
        assert!(s.span.start < s.span.end && s.span.end <= text.len());
        assert_eq!(&text[s.span.start..s.span.end], s.text, "byte span {:?}", s.span);
        assert!(s.utf16.start < s.utf16.end && s.utf16.end <= utf16.len());
        assert_eq!(String::from_utf16(&utf16[s.utf16.start..s.utf16.end]).ok().as_deref(), Some(s.text.as_str()), "UTF-16 span {:?}", s.utf16);
        assert_eq!(s.score, summary.scores[s.index]);
    }
    if let Some(t) = &options.title {
        assert_eq!(summary.title.as_ref(), Some(t));
    }
});
