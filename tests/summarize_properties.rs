//! Properties of `summarize` for any input and options: no panic, the budget is respected,
//! sentences come in document order, and the result is deterministic.

use abridge::{summarize, Options};
use proptest::prelude::*;

/// Text that looks like prose: words, abbreviations, punctuation, line breaks.
fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Z][a-z]{1,9}",
        "[a-z]{1,9}",
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("! ".to_string()),
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("U.S. ".to_string()),
        Just("Sept. 20. ".to_string()),
        Just("\"Quote.\" ".to_string()),
        Just("(CNN)".to_string()),
        Just("— Agencies".to_string()),
        "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = Options> {
    prop_oneof![
        Just(Options::default()),
        (0usize..8).prop_map(|n| Options { sentences: Some(n), ..Options::default() }),
        (0.0f64..=1.0).prop_map(|r| Options { ratio: Some(r), ..Options::default() }),
        (0usize..60).prop_map(|w| Options { max_words: Some(w), ..Options::default() }),
    ]
}

fn check(text: &str, options: &Options) -> Result<(), TestCaseError> {
    let summary = summarize(text, options);
    let total = summary.stats.sentences_total;
    prop_assert_eq!(summary.scores.len(), total);
    match (options.sentences, options.ratio, options.max_words) {
        (Some(n), _, _) => prop_assert_eq!(summary.sentences.len(), n.min(total), "exactly the count asked for"),
        (None, Some(r), _) => prop_assert!(summary.sentences.len() <= ((total as f64) * r).ceil() as usize),
        (None, None, Some(w)) => prop_assert!(summary.stats.words_chosen <= w),
        _ => prop_assert!(summary.sentences.len() <= abridge::DEFAULT_SENTENCES),
    }
    for pair in summary.sentences.windows(2) {
        prop_assert!(pair[0].index < pair[1].index, "document order");
        prop_assert!(pair[0].span.end <= pair[1].span.start, "spans do not overlap");
    }
    for s in &summary.sentences {
        prop_assert_eq!(&text[s.span.start..s.span.end], s.text.as_str());
        prop_assert!(s.score.is_finite());
    }
    prop_assert_eq!(summarize(text, options), summary, "deterministic");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode(text in "\\PC*", options in options()) {
        check(&text, &options)?;
    }

    #[test]
    fn prose_like_text(text in prose(), options in options()) {
        check(&text, &options)?;
    }
}

#[test]
fn empty_and_blank_texts_give_empty_summaries() {
    for text in ["", " ", "\n\n\t", "\u{200B}\u{FEFF}"] {
        let s = summarize(text, &Options::default());
        assert!(s.sentences.is_empty(), "{text:?}");
        assert_eq!(s.stats.sentences_total, 0);
    }
}
