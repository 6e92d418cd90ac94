//! Normalization: line endings, NBSP and other spaces, zero-width, bidi and control characters.
//!
//! The normalized text is what the later stages read; `Normalized::to_original` maps its
//! offsets back, so spans always refer to the caller's text. Smart quotes are kept as they are.

use super::Span;
use std::borrow::Cow;

pub struct Normalized<'a> {
    pub text: Cow<'a, str>,
    /// `(normalized offset, original offset)` at every point where the two stop moving together,
    /// sorted; empty when the text needed no change.
    checkpoints: Vec<(usize, usize)>,
}

/// What to do with one character.
enum Action {
    Keep,
    Replace(char),
    Drop,
}

fn action(c: char, next: Option<char>) -> Action {
    match c {
        '\r' if next == Some('\n') => Action::Drop,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Action::Replace('\n'),
        '\t' => Action::Replace(' '),
        // Zero-width and invisible formatting: soft hyphen, zero-width space, word joiner, BOM,
        // bidi marks, embeddings and isolates. ZWJ and ZWNJ stay: emoji and Indic scripts need them.
        '\u{AD}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}' => {
            Action::Drop
        }
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' => Action::Drop,
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Action::Replace(' ')
        }
        c if c.is_control() && c != '\n' => Action::Replace(' '),
        _ => Action::Keep,
    }
}

/// Bytes that may start a character `action` changes; any other byte is kept as it is.
fn may_change(b: u8) -> bool {
    b < 0x20 && b != b'\n' || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xE3 || b == 0xEF
}

pub fn normalize(text: &str) -> Normalized<'_> {
    if !text.bytes().any(may_change) {
        return Normalized { text: Cow::Borrowed(text), checkpoints: Vec::new() };
    }
    let mut out = String::with_capacity(text.len());
    let mut checkpoints = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match action(c, next) {
            Action::Keep => out.push(c),
            Action::Replace(r) => {
                out.push(r);
                if r.len_utf8() != c.len_utf8() {
                    checkpoints.push((out.len(), at + c.len_utf8()));
                }
            }
            Action::Drop => checkpoints.push((out.len(), at + c.len_utf8())),
        }
    }
    Normalized { text: Cow::Owned(out), checkpoints }
}

impl Normalized<'_> {
    /// The original offset of a normalized offset (a char boundary in both texts).
    pub fn offset_to_original(&self, offset: usize) -> usize {
        let after = self.checkpoints.partition_point(|&(norm, _)| norm <= offset);
        match after {
            0 => offset,
            i => {
                let (norm, orig) = self.checkpoints[i - 1];
                orig + (offset - norm)
            }
        }
    }

    pub fn to_original(&self, span: Span) -> Span {
        if self.checkpoints.is_empty() {
            return span;
        }
        let start = self.offset_to_original(span.start);
        Span::new(start, self.offset_to_original(span.end).max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untouched_text_is_borrowed() {
        let n = normalize("Plain “quoted” text.\nNext line.");
        assert!(matches!(n.text, Cow::Borrowed(_)));
    }

    #[test]
    fn maps_spans_back_over_replacements_and_drops() {
        let original = "A\u{A0}b.\r\n\u{200B}Next\u{0}one.";
        let n = normalize(original);
        assert_eq!(n.text, "A b.\nNext one.");
        let next = n.text.find("Next").unwrap();
        let span = n.to_original(Span::new(next, n.text.len()));
        assert_eq!(&original[span.start..span.end], "Next\u{0}one.");
        let first = n.to_original(Span::new(0, 4));
        assert_eq!(&original[first.start..first.end], "A\u{A0}b.");
    }
}
