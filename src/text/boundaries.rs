//! UAX #29 sentence boundaries, fast: the same positions as unicode-segmentation's
//! `split_sentence_bound_indices` (our `uax29::segment_ends`), found by running the segmenter only
//! where a boundary can be.
//!
//! A sentence boundary follows a paragraph separator (CR, LF, NEL, LS, PS) or a terminator
//! (`.`, `!`, `?` and the terminators of other scripts) with the closing punctuation and spaces
//! after it (rules SB4 and SB11). So stretches of ASCII text without `. ! ? CR LF` hold none. The
//! segmenter runs on windows around every other byte (those, and every non-ASCII character, whose
//! class is not known without its tables), each window starting and ending between two ASCII
//! letters:
//! - at such a start the segmenter's state differs from the full run's only in what lies before
//!   two letters, and no rule looks back past a letter (SB7 looks at the one letter before a
//!   period; SB8, SB8a, SB9, SB10 and SB11 look back over closing punctuation and spaces only);
//! - at such an end there is no boundary in the full run (SB998 between letters), and every
//!   look-ahead inside the window (SB8 scans to the next letter) stops at the letter before it.
//!
//! Between windows, with only letters, digits, spaces and other ASCII punctuation, the full run
//! has no boundary. English prose runs the segmenter on a few bytes per sentence; text of other
//! scripts, where most characters are not ASCII, runs it on nearly all of the text, as before.

use super::chars::is_full_stop;
use super::scan::{rule, Marks};
use super::uax29::{self, Cat};

/// The ends of the UAX #29 sentence segments of `text`, in order, the last being `text.len()`
/// (none for an empty text): `text.split_sentence_bound_indices().map(|(at, s)| at + s.len())`.
pub fn sentence_boundaries(text: &str) -> Vec<usize> {
    sentence_boundaries_at(text, &Marks::new(text.as_bytes()))
}

/// [`sentence_boundaries`] with the text's [`Marks`] found already.
pub fn sentence_boundaries_at(text: &str, marks: &Marks) -> Vec<usize> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::with_capacity(n / 64 + 1);
    let mut hot_bytes = marks.scan(bytes);
    let mut pos = 0; // everything before `pos` is done; `pos` is 0 or between two ASCII letters
    while let Some(hot) = hot_bytes.find(rule::BREAK, pos) {
        // The window: back to the nearest safe point at or after `pos`, on to the next one after
        // the hot byte.
        let mut start = hot;
        while start > pos && !safe(bytes, start) {
            start -= 1;
        }
        let mut end = hot + 1;
        while end < n && !safe(bytes, end) {
            end += 1;
        }
        segment(&text[start..end], |at| {
            let b = start + at;
            if b < end || end == n {
                out.push(b);
            }
        });
        pos = end;
        if pos >= n {
            break;
        }
    }
    if n > 0 && out.last() != Some(&n) {
        out.push(n);
    }
    out
}

/// Runs of one class longer than this (characters) after a period are cut to it for the segmenter.
const RUN: usize = 16;

/// The ends of the UAX #29 segments of `window` (offsets into it), in order.
///
/// unicode-segmentation's rule SB8 looks ahead, from every character of "ATerm Close* Sp*", to the
/// next letter, so a long run of closing punctuation or spaces after a period ("end.))))…", found
/// by fuzzing) costs time quadratic in the run. No boundary falls inside a run of one class (Close,
/// or Sp, with the Extend and Format characters that cling to it: SB5, SB9, SB10, SB998), and no
/// rule counts them: so the segmenter runs on a copy with each such run after a period cut to its
/// first `RUN` characters, and the ends are mapped back: the same boundaries, in linear time.
/// Windows without such a run are segmented as they are.
fn segment(window: &str, mut each: impl FnMut(usize)) {
    let cuts = long_runs(window);
    if cuts.is_empty() {
        uax29::segment_ends(window).for_each(each);
        return;
    }
    let mut compact = String::with_capacity(window.len());
    let mut shifts = Vec::with_capacity(cuts.len()); // (offset in `compact`, bytes dropped before it)
    let (mut from, mut dropped) = (0, 0);
    for (keep_end, run_end) in cuts {
        compact.push_str(&window[from..keep_end]);
        dropped += run_end - keep_end;
        shifts.push((compact.len(), dropped));
        from = run_end;
    }
    compact.push_str(&window[from..]);
    let (mut i, mut shift) = (0, 0);
    for b in uax29::segment_ends(&compact) {
        while i < shifts.len() && shifts[i].0 <= b {
            shift = shifts[i].1;
            i += 1;
        }
        each(b + shift);
    }
}

/// What SB8's look-ahead and the run rules see in a character.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Class {
    Close,
    Sp,
    /// Extend and Format: part of the character before them (SB5).
    Clinging,
    #[default]
    Other,
}

/// `(end of the kept part, end of the run)` for every run of one class longer than `RUN`
/// characters in the stretches of Close, Sp, Extend and Format characters after a period
/// (Sentence_Break ATerm), in order.
fn long_runs(window: &str) -> Vec<(usize, usize)> {
    let bytes = window.as_bytes();
    let mut cuts = Vec::new();
    let mut pos = 0;
    while let Some(i) = bytes[pos..].iter().position(|&b| matches!(b, b'.' | 0xE2 | 0xEF)).map(|i| pos + i) {
        let Some(c) = window.get(i..).and_then(|s| s.chars().next()) else {
            pos = i + 1;
            continue;
        };
        pos = i + c.len_utf8();
        if !is_full_stop(c) {
            continue;
        }
        // The stretch after the period: runs of one class, each with its clinging characters.
        let (mut class, mut count, mut keep_end) = (Class::Other, 0, 0);
        let mut end = pos;
        for c in window[pos..].chars() {
            let k = match c {
                ' ' | '\t' | '\u{B}' | '\u{C}' => Class::Sp,
                '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' => Class::Close,
                _ if c.is_ascii() => Class::Other,
                '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Other,
                _ if c.is_whitespace() => Class::Sp,
                _ => match uax29::category(c) {
                    Cat::Close => Class::Close,
                    Cat::Sp => Class::Sp,
                    Cat::Extend | Cat::Format => Class::Clinging,
                    _ => Class::Other,
                },
            };
            if k == Class::Other {
                break;
            }
            if k == Class::Clinging || k == class {
                count += usize::from(class != Class::Other);
            } else {
                if count > RUN {
                    cuts.push((keep_end, end));
                }
                (class, count) = (k, 1);
            }
            end += c.len_utf8();
            if count == RUN {
                keep_end = end;
            }
        }
        if count > RUN {
            cuts.push((keep_end, end));
        }
        pos = end;
    }
    cuts
}

/// Between two ASCII letters (or at the start of the text).
#[inline]
fn safe(bytes: &[u8], i: usize) -> bool {
    i == 0 || bytes[i - 1].is_ascii_alphabetic() && bytes.get(i).is_some_and(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str) -> Vec<usize> {
        use unicode_segmentation::UnicodeSegmentation;
        text.split_sentence_bound_indices().map(|(at, s)| at + s.len()).collect()
    }

    #[test]
    fn same_boundaries_as_the_full_segmenter() {
        for text in [
            "",
            "a",
            ".",
            "Hello world. This is it.",
            "Mr. Smith went to Washington D.C. yesterday. He said: \"No!\" and left...   Then what?",
            "etc. and so on. U.S. Army. 3.14 is pi. He said \"Stop.\" Then, nothing.\n\nNew paragraph\r\nline",
            "“Help!” she cried. Nobody came… Really?! ¿Qué? 今日は。晴れです！ नमस्ते। ok",
            "a.b.c. d  e.  )  F. g\u{2029}h\u{85}i.\u{AD}J ab.\u{300}cd. Ef",
            "ends with spaces.   ",
            "word\u{2028}word. ",
            "  ..  ?!  \n\n \r\r\n",
        ] {
            assert_eq!(sentence_boundaries(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn same_boundaries_on_generated_text() {
        // Deterministic pseudo-random texts over an alphabet rich in the characters that matter.
        let alphabet = [
            "a", "b", "Z", "Q", "x", "1", "9", " ", " ", " ", ".", ".", "!", "?", "\n", "\r", ",", ";", ":", "\"", "'", ")", "(", "-", "’",
            "”", "“", "…", "。", "！", "\u{2029}", "\u{85}", "\u{AD}", "\u{300}", "é", "Ж", "中", "\t", "ab", "Cd", "ef", "GH",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 60) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            assert_eq!(sentence_boundaries(&text), reference(&text), "{text:?}");
        }
    }

    #[test]
    fn same_boundaries_on_the_dev_articles() {
        // Every article of ../shared/data/eval when it is there (the text field of each line).
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/eval");
        let Ok(entries) = std::fs::read_dir(&dir) else { return };
        for entry in entries.flatten() {
            let Ok(data) = std::fs::read_to_string(entry.path()) else { continue };
            for line in data.lines() {
                // The text is the one JSON string after "text": decode it without a JSON parser.
                let Some(at) = line.find("\"text\": \"") else { continue };
                let text = decode_json_string(&line[at + 8..]);
                assert_eq!(sentence_boundaries(&text), reference(&text), "{}", text.chars().take(80).collect::<String>());
            }
        }
    }

    /// The JSON string starting at the opening quote of `s`.
    fn decode_json_string(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s[1..].chars();
        let mut pending: Option<u32> = None;
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('r') => out.push('\r'),
                    Some('t') => out.push('\t'),
                    Some('b') => out.push('\u{8}'),
                    Some('f') => out.push('\u{c}'),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        let unit = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                        match (pending.take(), unit) {
                            (Some(high), 0xDC00..=0xDFFF) => {
                                out.push(char::from_u32(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)).unwrap_or('\u{FFFD}'))
                            }
                            (_, 0xD800..=0xDBFF) => pending = Some(unit),
                            _ => out.push(char::from_u32(unit).unwrap_or('\u{FFFD}')),
                        }
                    }
                    Some(other) => out.push(other),
                    None => break,
                },
                _ => out.push(c),
            }
        }
        out
    }
}
