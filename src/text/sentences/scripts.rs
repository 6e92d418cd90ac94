//! Rules of particular scripts and languages: boundaries UAX #29 does not propose — after the
//! Armenian full stop written as a colon, the Greek question mark written as a semicolon, the
//! Arabic colon (`ar`, as Pragmatic Segmenter has it; not its clause-ending commas, which cut news
//! sentences into fragments: Arabic R-1 on multilingual-dev 14.8 without them, 11.3 with), at
//! spaces between words of scripts written without spaces (Chinese, Japanese, Thai: there a space
//! ends a sentence or a caption) — and the Thai period, which abbreviates ("พล.อ.").
//! Also two candidates of any script: after a period before a number ("kwamen. 81 procent") and
//! before an ellipsis that opens a sentence ("raak. ...en toen"). Each candidate goes through the
//! same decision as UAX #29's own.

use super::context::{at_least_chars, whitespace_len};
use crate::lang::{script_of, Language, Script};
use crate::text::chars::{is_cjk_closing, is_spaceless};
use crate::text::scan::{rule, Marks};

/// The fewest characters a Thai sentence ending at a space has (about fifteen words).
const THAI_SENTENCE: usize = 60;

/// Whether a period after `c` abbreviates rather than ends: Thai ends no sentence with a period.
pub(super) fn period_abbreviates(c: char) -> bool {
    script_of(c) == Script::Thai
}

/// Boundaries UAX #29 does not propose, in order (see the module's comment).
pub(super) fn extra_candidates(text: &str, language: &Language, marks: &Marks) -> Vec<usize> {
    let arabic = language.code == "ar";
    let bytes = text.as_bytes();
    let mut marked = marks.scan(bytes);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // The bytes these rules start at: ':', ';', '.', whitespace after a non-ASCII character
        // and the lead byte of the ideographic space. Whitespace counts only right after a byte the
        // scan stops at (or at `i`), so the scan skips every other ASCII byte.
        let after_non_ascii = i > 0 && bytes[i - 1] >= 0x80 && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r');
        let at = if after_non_ascii {
            i
        } else {
            match marked.find(rule::SCRIPT, i) {
                Some(at) => at,
                None => break,
            }
        };
        let b = bytes[at];
        i = at + 1;
        let interesting = match b {
            b':' | b';' | b'.' => true,
            b' ' | b'\t' | b'\n' | b'\r' => at > 0 && bytes[at - 1] >= 0x80,
            0xE3 => bytes.get(at + 1) == Some(&0x80) && bytes.get(at + 2) == Some(&0x80),
            _ => false,
        };
        if !interesting {
            continue;
        }
        let c = text[at..].chars().next().unwrap_or('\0');
        let end = at + c.len_utf8();
        i = end;
        match c {
            ':' | ';' => colon_ends(text, at, c, arabic, &mut out),
            '.' => period_before_number_or_ellipsis(text, end, &mut out),
            _ if c.is_whitespace() => i = space_between_spaceless(text, at, i, &mut out),
            _ => {}
        }
    }
    out
}

/// The Armenian full stop written as a colon, the Arabic colon, the Greek question mark written as
/// a semicolon: `c` at `at`, followed by a space.
fn colon_ends(text: &str, at: usize, c: char, arabic: bool, out: &mut Vec<usize>) {
    let end = at + c.len_utf8();
    if !text[end..].starts_with(char::is_whitespace) {
        return;
    }
    let script = text[..at].chars().next_back().map_or(Script::Other, script_of);
    let ends = match c {
        ':' => script == Script::Armenian || (arabic && script == Script::Arabic),
        _ => script == Script::Greek,
    };
    if ends {
        out.push(end + whitespace_len(&text[end..]));
    }
}

/// "kwamen. 81 procent", "raak. ...en toen": a candidate after the period ending at `end` and its
/// space.
fn period_before_number_or_ellipsis(text: &str, end: usize, out: &mut Vec<usize>) {
    if let Some(rest) = text[end..].strip_prefix(' ') {
        if rest.starts_with(|d: char| d.is_ascii_digit()) || rest.starts_with("...") || rest.starts_with('…') {
            out.push(end + 1);
        }
    }
}

/// A space at `at` between two letters of scripts written without spaces (or after a closing
/// bracket of theirs); gives where the scan goes on (`i`, or past the spaces).
fn space_between_spaceless(text: &str, at: usize, i: usize, out: &mut Vec<usize>) -> usize {
    let before = text[..at].chars().next_back();
    if !before.is_some_and(|c| is_spaceless(c) || is_cjk_closing(c)) {
        return i;
    }
    let gap = whitespace_len(&text[at..]);
    if text[at + gap..].chars().next().is_some_and(is_spaceless) {
        // Thai spaces also part names and clauses ("นายวิษณุ เครืองาม"): a sentence ends at one
        // only once it has some length.
        let thai = before.is_some_and(|c| script_of(c) == Script::Thai);
        let from = out.last().copied().unwrap_or(0);
        if !thai || at_least_chars(&text[from..at], THAI_SENTENCE) {
            out.push(at + gap);
        }
    }
    at + gap
}

#[cfg(test)]
mod tests {
    use super::super::tests::sentences_in;

    #[test]
    fn armenian_greek_and_arabic_punctuation() {
        assert_eq!(sentences_in("Բարեւ ձեզ: Ինչպես եք:", "hy"), ["Բարեւ ձեզ:", "Ինչպես եք:"]);
        assert_eq!(sentences_in("Τι κάνεις; Καλά είμαι.", "el"), ["Τι κάνεις;", "Καλά είμαι."]);
    }

    #[test]
    fn a_space_between_chinese_or_japanese_sentences_ends_one() {
        assert_eq!(sentences_in("今天下雨 明天晴天", "zh"), ["今天下雨", "明天晴天"]);
    }

    #[test]
    fn thai_periods_abbreviate_and_short_thai_phrases_go_on() {
        assert_eq!(sentences_in("นายวิษณุ เครืองาม กล่าว", "th"), ["นายวิษณุ เครืองาม กล่าว"]);
        assert_eq!(sentences_in("พล.อ. ประยุทธ์ กล่าว", "th"), ["พล.อ. ประยุทธ์ กล่าว"]);
    }

    #[test]
    fn a_period_before_a_number_or_an_ellipsis() {
        assert_eq!(sentences_in("Ze kwamen. 81 procent bleef thuis.", "nl"), ["Ze kwamen.", "81 procent bleef thuis."]);
    }
}
