//! UAX #29 sentence boundaries, fast: the same positions as unicode-segmentation's
//! `split_sentence_bound_indices`, found by running it only where a boundary can be.
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

use unicode_segmentation::UnicodeSegmentation;

/// The ends of the UAX #29 sentence segments of `text`, in order, the last being `text.len()`
/// (none for an empty text): `text.split_sentence_bound_indices().map(|(at, s)| at + s.len())`.
pub fn sentence_boundaries(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::with_capacity(n / 64 + 1);
    let mut pos = 0; // everything before `pos` is done; `pos` is 0 or between two ASCII letters
    while let Some(hot) = bytes[pos..].iter().position(|&b| may_break(b)).map(|i| pos + i) {
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
        for (at, segment) in text[start..end].split_sentence_bound_indices() {
            let b = start + at + segment.len();
            if b < end || end == n {
                out.push(b);
            }
        }
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

/// A byte that is, or may start, a terminator or a paragraph separator.
#[inline]
fn may_break(b: u8) -> bool {
    b >= 0x80 || matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r')
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
            "a", "b", "Z", "Q", "x", "1", "9", " ", " ", " ", ".", ".", "!", "?", "\n", "\r", ",", ";", ":", "\"",
            "'", ")", "(", "-", "’", "”", "“", "…", "。", "！", "\u{2029}", "\u{85}", "\u{AD}", "\u{300}", "é", "Ж",
            "中", "\t", "ab", "Cd", "ef", "GH",
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
