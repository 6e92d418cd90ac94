//! Sentence splitting over arbitrary text in every language abridge knows.
//!
//! The first byte picks the language (`lang::LANGUAGES`, then `UNDETERMINED`); the rest, decoded
//! lossily as UTF-8, is the text. Checked: no panic; spans non-empty, in order, non-overlapping,
//! inside the text, on char boundaries, trimmed; nothing but whitespace between or around them.
#![no_main]

use abridge::lang::{Language, LANGUAGES, UNDETERMINED};
use abridge::text::sentences::split_for;
use libfuzzer_sys::fuzz_target;

fn language(byte: u8) -> &'static Language {
    let i = byte as usize % (LANGUAGES.len() + 1);
    LANGUAGES.get(i).copied().unwrap_or(&UNDETERMINED)
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let language = language(first);
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;
    let spans = split_for(text, language);
    let mut previous_end = 0;
    for s in &spans {
        assert!(s.start < s.end, "{}: empty span {s:?}", language.code);
        assert!(s.end <= text.len(), "{}: span {s:?} past the end ({})", language.code, text.len());
        assert!(previous_end <= s.start, "{}: span {s:?} overlaps the one before (end {previous_end})", language.code);
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{}: span {s:?} not on char boundaries",
            language.code
        );
        let sentence = &text[s.start..s.end];
        assert_eq!(sentence, sentence.trim(), "{}: untrimmed span {s:?}", language.code);
        assert!(text[previous_end..s.start].trim().is_empty(), "{}: text lost before {s:?}", language.code);
        previous_end = s.end;
    }
    assert!(text[previous_end..].trim().is_empty(), "{}: text lost at the end", language.code);
});
