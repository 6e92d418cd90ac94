//! What the rules read around a candidate boundary: the next word, the word before, the run of
//! periods before it (read by `periods` and by `ellipses`, which `periods` calls: here, so the two
//! do not import each other), folded case, all within a bounded window so that splitting stays
//! linear in the text.

/// How far (bytes) the rules look around a candidate boundary for words.
pub(super) const WINDOW: usize = 96;

/// The first word at or after `at`: its first letter or digit (after opening quotes and brackets),
/// the word without trailing punctuation, and whether it is an initial ("R.").
#[derive(Clone, Copy)]
pub(super) struct NextWord<'a> {
    pub first: Option<char>,
    pub word: &'a str,
    pub is_initial: bool,
}

pub(super) fn next_word(text: &str, at: usize) -> NextWord<'_> {
    let rest = text[at..].trim_start();
    let rest = rest.trim_start_matches(is_opening);
    let end = rest.char_indices().find(|&(i, c)| c.is_whitespace() || i >= WINDOW).map_or(rest.len(), |(i, _)| i);
    let token = &rest[..end];
    let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut chars = token.chars();
    let first = chars.next().filter(|&c| c.is_alphanumeric() || c == '№');
    let is_initial = first.is_some_and(char::is_alphabetic) && chars.next() == Some('.') && chars.next().is_none();
    NextWord { first, word, is_initial }
}

/// A run of periods, possibly spaced (". . ."), ending a segment.
pub(super) struct PeriodRun {
    /// Where the run starts.
    pub start: usize,
    pub dots: usize,
    /// Whether spaces part the periods.
    pub spaced: bool,
}

impl PeriodRun {
    /// The run ending at `t` (exclusive), not reaching before `seg_start`.
    pub(super) fn ending_at(text: &str, seg_start: usize, t: usize) -> PeriodRun {
        let bytes = text.as_bytes();
        let mut run = PeriodRun { start: t - 1, dots: 1, spaced: false };
        while run.start > seg_start {
            if bytes[run.start - 1] == b'.' {
                run.start -= 1;
                run.dots += 1;
            } else if run.start >= seg_start + 2 && bytes[run.start - 1] == b' ' && bytes[run.start - 2] == b'.' {
                run.start -= 2;
                run.dots += 1;
                run.spaced = true;
            } else {
                break;
            }
        }
        run
    }
}

/// Lower-cases `word` into `buf` (no allocation once `buf` has grown).
pub(super) fn fold<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.extend(word.bytes().map(|c| c.to_ascii_lowercase() as char));
    } else {
        crate::text::case::push_lowercase(buf, word);
    }
    buf
}

/// Whether `s` holds at least `n` whitespace-separated words.
pub(super) fn words_at_least(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n - 1).is_some()
}

/// Whether `s` holds at least `n` characters.
pub(super) fn at_least_chars(s: &str, n: usize) -> bool {
    s.len() >= n && s.chars().nth(n - 1).is_some()
}

pub(super) fn whitespace_len(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// The first char boundary at or after `i`.
pub(super) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

use crate::text::chars::is_opening;
