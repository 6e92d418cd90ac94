//! Sentence boundaries: UAX #29 (unicode-segmentation) plus a layer of rules, one module per
//! family, in the manner of pySBD: [`periods`] (abbreviations, initials, acronyms, sentences run
//! together), [`numbers`], [`ellipses`], [`lists`], [`quotes`] (quotations and brackets) and
//! [`scripts`] (rules of particular scripts and languages).
//!
//! UAX #29 proposes candidate boundaries; it already handles terminators followed by lower case
//! ("co. at noon"), closing quotes and brackets, decimal numbers, e-mail and web addresses, and the
//! terminators of many scripts. [`scripts`] adds a few candidates of its own. This driver then
//! decides each candidate from a bounded window of the text around it ([`context`]): a blank line
//! always ends a sentence; a period goes to [`periods`]; "!" or "?" before a lower-case word goes on
//! ("Yahoo! in", "“Help!” she said"); a line that runs on in lower case joins the next ("It was a
//! cold\nnight") unless it is short. List items always start a sentence; the other boundaries are
//! dropped inside quotations. Every step looks at a bounded window, so splitting is linear in the
//! length of the text.

mod context;
mod ellipses;
mod lists;
mod numbers;
mod periods;
mod quotes;
mod scripts;

use super::chars::{is_closing, is_terminator};
use super::scan::Marks;
use super::Span;
use crate::lang::Language;
use context::{next_word, words_at_least, NextWord};
use lists::Item;

/// Sentence spans of `text` (bytes, trimmed of surrounding whitespace, in order), English rules.
pub fn split(text: &str) -> Vec<Span> {
    split_for(text, crate::lang::english())
}

/// Sentence spans of `text` with the abbreviations and stopwords of `language`.
///
/// Spans are byte ranges into `text`, in order, non-overlapping, non-empty, on char boundaries and
/// trimmed of surrounding whitespace.
pub fn split_for(text: &str, language: &Language) -> Vec<Span> {
    // The bytes every rule below starts at, found in one scan.
    let marks = Marks::new(text.as_bytes());
    let items = lists::list_items(text, &marks);
    // Boundaries that need no decision: list items (kept even inside quotes) ...
    let mut cuts: Vec<usize> = items.iter().map(|i| i.cut).collect();
    // ... and the others, dropped inside quotations.
    let mut soft: Vec<usize> = Vec::new();
    periods::glued_sentences(text, language, &marks, &mut soft);
    ellipses::ellipsis_characters(text, &marks, &mut soft);
    decide_candidates(text, language, &marks, &items, &mut soft);
    soft.sort_unstable();
    // A quotation is one sentence with what surrounds it: “We won. It was hard,” she said.
    let quotes = quotes::quotations(text, &marks);
    cuts.extend(quotes::outside(soft, &quotes));
    cuts.sort_unstable();
    cuts.dedup();
    spans_between(text, cuts)
}

/// The trimmed, non-empty spans between the boundaries `cuts` (ascending).
fn spans_between(text: &str, cuts: Vec<usize>) -> Vec<Span> {
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain(std::iter::once(text.len())) {
        if end <= start || end > text.len() {
            continue;
        }
        let span = trim(text, start, end);
        if !span.is_empty() {
            spans.push(span);
        }
        start = end;
    }
    spans
}

/// Every candidate boundary, UAX #29's or the script rules', in order, once each.
fn candidates(text: &str, language: &Language, marks: &Marks) -> impl Iterator<Item = usize> {
    // UAX #29 boundaries, computed only around terminators and separators (same positions).
    let mut uax = super::boundaries::sentence_boundaries_at(text, marks).into_iter().peekable();
    let mut more = scripts::extra_candidates(text, language, marks).into_iter().peekable();
    std::iter::from_fn(move || match (uax.peek(), more.peek()) {
        (Some(&u), Some(&e)) if e < u => more.next(),
        (Some(&u), Some(&e)) if e == u => {
            more.next();
            uax.next()
        }
        (Some(_), _) => uax.next(),
        (None, Some(_)) => more.next(),
        (None, None) => None,
    })
}

/// Decides every candidate boundary outside list markers, pushing the sentence boundaries to `soft`.
fn decide_candidates(text: &str, language: &Language, marks: &Marks, items: &[Item], soft: &mut Vec<usize>) {
    let mut item = 0; // first list item whose marker may still contain a boundary
    let mut list_cut = 0; // index into `items` for `at.last_cut`
    let mut at = Candidate { text, seg_start: 0, last_cut: 0, language };
    let mut prev = 0; // the previous candidate boundary
    let mut fold_buffer = String::new();
    for b in candidates(text, language, marks) {
        if b <= prev {
            continue;
        }
        at.seg_start = prev;
        prev = b;
        if b >= text.len() {
            break;
        }
        while item < items.len() && items[item].content < b {
            item += 1;
        }
        if item < items.len() && items[item].cut < b && b <= items[item].content {
            continue; // inside a list marker such as "1. " or "• 9. "
        }
        while list_cut < items.len() && items[list_cut].cut <= at.seg_start {
            at.last_cut = at.last_cut.max(items[list_cut].cut);
            list_cut += 1;
        }
        let cut = match decide(&at, b, &mut fold_buffer) {
            Decision::Keep => b,
            Decision::Drop => continue,
            Decision::At(position) => position,
        };
        soft.push(cut);
        at.last_cut = cut;
    }
}

/// A candidate boundary, as the rules see it.
pub(super) struct Candidate<'a> {
    text: &'a str,
    /// Where the segment the candidate ends starts: the previous candidate.
    seg_start: usize,
    /// The latest sentence boundary before the segment, for counting words.
    last_cut: usize,
    language: &'a Language,
}

#[derive(Debug, PartialEq)]
enum Decision {
    Keep,
    Drop,
    /// Break here instead.
    At(usize),
}

/// Whether the candidate boundary `b`, ending the segment that starts at `at.seg_start`, ends a
/// sentence.
fn decide(at: &Candidate, b: usize, buf: &mut String) -> Decision {
    let (text, seg_start) = (at.text, at.seg_start);
    let segment = &text[seg_start..b];
    let body = segment.trim_end();
    let newlines = line_breaks(&segment[body.len()..]);
    if newlines >= 2 || body.is_empty() {
        return Decision::Keep; // a blank line always ends a sentence
    }
    let body_end = seg_start + body.len();
    if let Some(decision) = quotes::bracket_opens_next(body, seg_start) {
        return decision;
    }
    let t = seg_start + body.trim_end_matches(is_closing).len(); // end of the terminator
    if t < body_end && quotes::japanese_quotation_goes_on(&text[b..]) {
        return Decision::Drop;
    }
    let next = next_word(text, b);
    let Some(last) = text[seg_start..t].chars().next_back() else { return Decision::Keep };
    match last {
        '.' => periods::decide_period(at, t, next, buf),
        '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' => exclamation(next),
        _ if newlines == 1 && !is_terminator(last) => wrapped_line(at, body_end, next),
        _ => Decision::Keep,
    }
}

/// The line breaks in `gap` (CR LF is one).
fn line_breaks(gap: &str) -> usize {
    let mut previous = '\0';
    gap.chars()
        .filter(|&c| {
            let breaks = matches!(c, '\r' | '\u{2028}' | '\u{2029}') || c == '\n' && previous != '\r';
            previous = c;
            breaks
        })
        .count()
}

/// "Yahoo! in the accounting department", "“Help!” she said": a lower-case word goes on.
fn exclamation(next: NextWord) -> Decision {
    if next.first.is_some_and(char::is_lowercase) {
        Decision::Drop
    } else {
        Decision::Keep
    }
}

/// A line without terminal punctuation ending at `body_end`: a hard-wrapped sentence goes on in
/// lower case ("It was a cold\nnight in the city."); short lines (list entries, headings) end.
fn wrapped_line(at: &Candidate, body_end: usize, next: NextWord) -> Decision {
    let text = at.text;
    let line_start = text[..body_end].rfind('\n').map_or(0, |i| i + 1).max(at.last_cut);
    if next.first.is_some_and(char::is_lowercase) && words_at_least(&text[line_start..body_end], 3) {
        Decision::Drop
    } else {
        Decision::Keep
    }
}

fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let from = start + (s.len() - s.trim_start().len());
    let to = start + s.trim_end().len();
    Span::new(from, to.max(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text`, English rules.
    pub(super) fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    /// The sentences of `text` with the rules of the language `code`.
    pub(super) fn sentences_in<'a>(text: &'a str, code: &str) -> Vec<&'a str> {
        let language = crate::lang::choose(text, Some(code));
        split_for(text, language).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn exclamations_before_lower_case_go_on() {
        assert_eq!(sentences("Yahoo! in the accounting department. Next."), ["Yahoo! in the accounting department.", "Next."]);
        assert_eq!(sentences("Help! Nobody came."), ["Help!", "Nobody came."]);
    }

    #[test]
    fn line_breaks_count_cr_lf_once() {
        for gap in ["", " ", "\n", "\r", "\r\n", "\n\r", "\r\r\n\n", " \u{2028} \u{2029}\r\n \n", "\r\n\r\n\r"] {
            let counted = gap.matches(['\n', '\u{2028}', '\u{2029}']).count() + gap.matches('\r').count() - gap.matches("\r\n").count();
            assert_eq!(line_breaks(gap), counted, "{gap:?}");
        }
    }

    #[test]
    fn lines() {
        assert_eq!(sentences("features\ncontact manager\nevents, activities\n"), ["features", "contact manager", "events, activities"]);
        assert_eq!(sentences("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
        assert_eq!(sentences("One line\n\nanother line"), ["One line", "another line"]);
    }

    #[test]
    fn lists() {
        assert_eq!(sentences("1) The first item 2) The second item"), ["1) The first item", "2) The second item"]);
        assert_eq!(sentences("i. One thing ii. Another thing iii. A third"), ["i. One thing", "ii. Another thing", "iii. A third"]);
        assert_eq!(sentences("Buy: • milk • bread"), ["Buy:", "• milk", "• bread"]);
        assert_eq!(sentences("a. First\nb. Second"), ["a. First", "b. Second"]);
    }

    #[test]
    fn degenerate_texts() {
        for text in ["", " ", ".", ". . .", "\n\n", "a.", "1.", "• ", "•", "1. ", "Mr.", "U.S.", "[...]"] {
            for s in split(text) {
                assert!(!s.is_empty() && s.end <= text.len(), "{text:?}");
            }
        }
    }
}
