//! Normalization: line endings, NBSP and other spaces, zero-width, bidi and control characters.
//!
//! The normalized text is what the later stages read; `Normalized::to_original` maps its
//! offsets back, so spans always refer to the caller's text. Smart quotes are kept as they are.

use super::scan::ByteSet;
use super::Span;
use std::borrow::Cow;

pub struct Normalized<'a> {
    pub text: Cow<'a, str>,
    /// Every point where the two texts stop moving together, sorted; empty when nothing changed.
    checkpoints: Vec<Checkpoint>,
}

/// After this normalized offset the text continues at `original`. For a dropped character,
/// `dropped_at` is where it stood, so a span *ending* here does not take it in.
#[derive(Clone, Copy, Debug)]
struct Checkpoint {
    normalized: usize,
    original: usize,
    dropped_at: Option<usize>,
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
        '\u{AD}' | '\u{180E}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}' => Action::Drop,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' => Action::Drop,
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Action::Replace(' '),
        c if c.is_control() && c != '\n' => Action::Replace(' '),
        _ => Action::Keep,
    }
}

/// Bytes that may start a character `action` changes (controls but the line feed, and the lead
/// bytes of the others); any other byte is kept as it is.
const MAY_CHANGE: ByteSet = ByteSet::new(b"\x7F\xC2\xD8\xE1\xE2\xE3\xEF", false).with_range(0x00, 0x09).with_range(0x0B, 0x1F);

pub fn normalize(text: &str) -> Normalized<'_> {
    let bytes = text.as_bytes();
    // Bytes that no action touches are skipped; unchanged runs are copied whole, and only once
    // something changes.
    let mut out = String::new();
    let mut copied = 0; // text[..copied] is in `out`
    let mut changed = false;
    let mut checkpoints = Vec::new();
    let mut i = 0;
    while let Some(at) = MAY_CHANGE.find(bytes, i) {
        let c = text[at..].chars().next().unwrap_or(' ');
        let end = at + c.len_utf8();
        i = end;
        let action = action(c, text[end..].chars().next());
        if matches!(action, Action::Keep) {
            continue;
        }
        if !changed {
            changed = true;
            out.reserve(text.len());
        }
        out.push_str(&text[copied..at]);
        copied = end;
        match action {
            Action::Keep => {}
            Action::Replace(r) => {
                out.push(r);
                if r.len_utf8() != c.len_utf8() {
                    checkpoints.push(Checkpoint { normalized: out.len(), original: end, dropped_at: None });
                }
            }
            Action::Drop => {
                checkpoints.push(Checkpoint { normalized: out.len(), original: end, dropped_at: Some(at) });
            }
        }
    }
    if !changed {
        return Normalized { text: Cow::Borrowed(text), checkpoints };
    }
    out.push_str(&text[copied..]);
    Normalized { text: Cow::Owned(out), checkpoints }
}

impl Normalized<'_> {
    /// The original offset of a normalized offset (a char boundary in both texts).
    /// The original offset of a normalized offset where something starts (a char boundary in
    /// both texts): dropped characters just before it are skipped.
    pub fn start_to_original(&self, offset: usize) -> usize {
        match self.checkpoints.partition_point(|c| c.normalized <= offset) {
            0 => offset,
            i => {
                let c = self.checkpoints[i - 1];
                c.original + (offset - c.normalized)
            }
        }
    }

    /// The original offset of a normalized offset where something ends: dropped characters
    /// just after it are left out.
    pub fn end_to_original(&self, offset: usize) -> usize {
        let first_here = self.checkpoints.partition_point(|c| c.normalized < offset);
        match self.checkpoints.get(first_here) {
            Some(Checkpoint { normalized, dropped_at: Some(at), .. }) if *normalized == offset => *at,
            _ => self.start_to_original(offset),
        }
    }

    pub fn to_original(&self, span: Span) -> Span {
        if self.checkpoints.is_empty() {
            return span;
        }
        let start = self.start_to_original(span.start);
        Span::new(start, self.end_to_original(span.end).max(start))
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
