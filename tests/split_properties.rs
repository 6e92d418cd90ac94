//! Properties of sentence splitting, for any text: no panic; spans in order, non-overlapping,
//! non-empty, on char boundaries, trimmed, covering every non-space character; and the UTF-16 spans
//! of the analysis slice back to the same sentences as the byte spans.

use abridge::lang;
use abridge::text::{analyze, sentences, Span};
use proptest::prelude::*;

fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {:?} in {:?}", s, text);
        prop_assert!(s.end <= text.len(), "span {:?} past the end of {:?}", s, text);
        prop_assert!(previous_end <= s.start, "span {:?} overlaps or precedes the one before in {:?}", s, text);
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{:?} not on char boundaries", s);
        let sentence = &text[s.start..s.end];
        prop_assert_eq!(sentence, sentence.trim(), "untrimmed span {:?} in {:?}", s, text);
        // Nothing but whitespace between sentences: no text is lost.
        prop_assert!(text[previous_end..s.start].trim().is_empty(), "text lost before {:?} in {:?}", s, text);
        previous_end = s.end;
    }
    prop_assert!(text[previous_end..].trim().is_empty(), "text lost at the end of {:?}", text);
    Ok(())
}

fn check_analysis(text: &str) -> Result<(), TestCaseError> {
    let document = analyze(text, Some(lang::english()), None);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut previous_end = 0;
    for s in &document.sentences {
        prop_assert!(s.span.start < s.span.end && s.span.end <= text.len());
        prop_assert!(previous_end <= s.span.start, "sentences out of order in {:?}", text);
        prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        previous_end = s.span.end;
        prop_assert!(s.utf16.start <= s.utf16.end && s.utf16.end <= utf16.len(), "UTF-16 span {:?} out of range", s.utf16);
        let from_utf16 = String::from_utf16(&utf16[s.utf16.start..s.utf16.end]);
        prop_assert!(from_utf16.is_ok(), "UTF-16 span {:?} splits a surrogate pair in {:?}", s.utf16, text);
        prop_assert_eq!(from_utf16.unwrap(), &text[s.span.start..s.span.end]);
    }
    Ok(())
}

/// Pieces of English-like prose: words, abbreviations, numbers, list markers, punctuation, quotes,
/// brackets, spaces, line breaks and non-ASCII text.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "Hello",
        "world",
        "the",
        "The",
        "He",
        "it",
        "I",
        "a",
        "b",
        "J",
        "R",
        "Mr",
        "Dr",
        "Sept",
        "No",
        "U.S",
        "U.S.A",
        "a.m",
        "P.M",
        "p",
        "co",
        "Co",
        "etc",
        "vs",
        "e.g",
        "Yahoo",
        "3.14",
        "20",
        "1",
        "2",
        "ii",
        "iii",
        "1,000",
        "$100.00",
        "Jane.Doe@example.com",
        "https://example.com/a.html",
        "N°",
        "é",
        "Ünïcödé",
        "中文",
        "。",
        "😀",
        "👩‍👩‍👧",
        "\u{301}",
        "\u{200b}",
        "\u{a0}",
        ".",
        ".",
        ".",
        "!",
        "?",
        "…",
        "...",
        ". . .",
        ". . . .",
        "[...]",
        ",",
        ";",
        ":",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "(",
        ")",
        "[",
        "]",
        "«",
        "»",
        "•",
        "⁃",
        "-",
        "—",
        ".)",
        ")",
        " ",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
    ])
}

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_splits_into_valid_spans(text in any::<String>()) {
        check_spans(&text, &sentences::split(&text))?;
    }

    #[test]
    fn unicode_with_sentence_punctuation_splits_into_valid_spans(text in "[a-zA-Z0-9 .!?…\"'()\\[\\]\n•⁃é中😀\u{300}\u{a0}]{0,80}") {
        check_spans(&text, &sentences::split(&text))?;
    }

    #[test]
    fn prose_splits_into_valid_spans(text in prose()) {
        check_spans(&text, &sentences::split(&text))?;
    }

    #[test]
    fn analysis_spans_slice_back_in_bytes_and_utf16(text in prose()) {
        check_analysis(&text)?;
    }

    #[test]
    fn analysis_of_arbitrary_unicode_slices_back(text in any::<String>()) {
        check_analysis(&text)?;
    }
}

#[test]
fn fixed_texts_split_into_valid_spans() {
    let texts = [
        "",
        " ",
        "•",
        "• 1. ",
        "1. 2. 3.",
        "a. b. c.",
        ". . . . . . .",
        "[...]",
        "Mr. Mr. Mr.",
        "a.Ba.Ba.Ba",
        "\u{a0}a.Aa",
        "😀. 😀! 中文。中文",
        "x\u{301}. Y\u{301}.",
        "He said \"Hi.\" She left.\n\nNext paragraph\nnext line",
    ];
    for text in texts {
        check_spans(text, &sentences::split(text)).unwrap();
        check_analysis(text).unwrap();
    }
}
