//! Byte offsets (Rust) to UTF-16 code unit offsets (JavaScript), converted once at the boundary.

use super::Span;

/// UTF-16 length of a UTF-8 string: one unit per character, two for characters outside the BMP
/// (those are exactly the ones whose UTF-8 form starts with a byte ≥ 0xF0).
pub fn utf16_len(s: &str) -> usize {
    // std's ASCII test and character count read a word at a time; a byte-by-byte sum was 6
    // instructions a byte.
    if s.is_ascii() {
        return s.len();
    }
    s.chars().count() + s.bytes().filter(|&b| b >= 0xF0).count()
}

/// Converts byte spans (sorted by start, each on char boundaries) of `text` to UTF-16 spans in one
/// forward pass over the text.
pub fn utf16_spans(text: &str, spans: impl IntoIterator<Item = Span>) -> Vec<Span> {
    let mut converter = Converter::new(text);
    spans.into_iter().map(|s| Span::new(converter.to_utf16(s.start), converter.to_utf16(s.end))).collect()
}

/// Walks forward through a text converting increasing byte offsets; a smaller offset restarts.
pub struct Converter<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Converter<'a> {
    pub fn new(text: &'a str) -> Self {
        Converter { text, byte: 0, unit: 0 }
    }

    pub fn to_utf16(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        self.unit += utf16_len(&self.text[self.byte..byte]);
        self.byte = byte;
        self.unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_surrogate_pairs_and_cjk() {
        let text = "a😀b中文é";
        assert_eq!(utf16_len(text), text.encode_utf16().count());
        let spans = utf16_spans(text, [Span::new(0, 1), Span::new(1, 5), Span::new(5, 12)]);
        assert_eq!(spans, vec![Span::new(0, 1), Span::new(1, 3), Span::new(3, 6)]);
    }
}
