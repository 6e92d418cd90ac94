//! List items: a boundary before each bullet ("• ", "▪ ") and each item marker ("1. ", "1.) ",
//! "2) ", "a. ", "ii. ") at the start of a line, after a bullet, or continuing the numbering of
//! the previous marker ("1) The first item 2) The second item").

use super::numbers::roman_value;
use crate::text::chars::is_bullet;
use crate::text::scan::{rule, Marked, Marks};

/// A list item: the sentence boundary before it (`cut`, at its bullet or marker) and where its
/// content starts (after the marker and the spaces after it).
#[derive(Clone, Copy, Debug)]
pub(super) struct Item {
    pub cut: usize,
    pub content: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Numbering {
    Arabic,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Delimiter {
    Period,      // "1. "
    PeriodParen, // "1.) "
    Paren,       // "1) "
}

/// A marker's numbering, delimiter and value.
type Marker = (Numbering, Delimiter, u32);

/// List items: bullets preceded by a space or a line start, and item markers ("1.", "1.)", "1)",
/// "a.", "ii.") at a line start, after a bullet, or continuing the numbering of the previous one.
pub(super) fn list_items(text: &str, marks: &Marks) -> Vec<Item> {
    let bytes = text.as_bytes();
    let mut marked = marks.scan(bytes);
    let mut scan = Scan { items: Vec::new(), previous: None, line_start: true, after_space: true, bullet_at: None };
    let mut i = 0;
    while i < bytes.len() {
        i = scan.skip_plain(bytes, i, &mut marked);
        if i >= bytes.len() {
            break;
        }
        let c = if bytes[i] < 0x80 { bytes[i] as char } else { text[i..].chars().next().unwrap_or(' ') };
        scan.step(text, i, c);
        i += c.len_utf8();
    }
    scan.items
}

/// The state of the scan between characters.
struct Scan {
    items: Vec<Item>,
    /// The last marker of the list begun, if any.
    previous: Option<Marker>,
    /// Only spaces since the last line break, the text's start or a bullet.
    line_start: bool,
    after_space: bool,
    /// The bullet just before, if any: a marker after it is cut at the bullet.
    bullet_at: Option<usize>,
}

impl Scan {
    /// Steps over the ASCII bytes that cannot start an item, from `i`; gives where to look next.
    fn skip_plain(&mut self, bytes: &[u8], mut i: usize, marked: &mut Marked) -> usize {
        if !self.line_start && self.previous.is_none() {
            // Mid-line with no list begun, no marker can count and no bullet is pending: ASCII
            // other than a line break only moves `after_space` (bullets are not ASCII).
            let from = i;
            i = marked.find(rule::LINE, i).unwrap_or(bytes.len());
            if i > from {
                self.after_space = bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == 0x0B;
            }
            self.bullet_at = None;
        } else if !self.after_space {
            // Inside a word nothing changes until a space, a line break or a non-ASCII character
            // (bullets are not ASCII): step over its ASCII bytes at once.
            while i < bytes.len() && bytes[i] < 0x80 && !bytes[i].is_ascii_whitespace() && bytes[i] != 0x0B {
                i += 1;
            }
        }
        i
    }

    /// Reads the character `c` at `i`.
    fn step(&mut self, text: &str, i: usize, c: char) {
        if c == '\n' || c == '\u{2029}' {
            self.line_start = true;
            self.after_space = true;
            self.bullet_at = None;
            return;
        }
        if if c.is_ascii() { matches!(c, ' ' | '\t' | '\x0B' | '\x0C' | '\r') } else { c.is_whitespace() } {
            self.after_space = true;
            return;
        }
        if is_bullet(c) && self.after_space {
            self.items.push(Item { cut: i, content: i + c.len_utf8() });
            self.line_start = true;
            self.after_space = true;
            self.bullet_at = Some(i);
            return;
        }
        // A marker counts at a line start or continuing the previous one: elsewhere (nearly every
        // word of prose) it is not looked for.
        if self.after_space && c.is_ascii_alphanumeric() && (self.line_start || self.previous.is_some()) {
            self.marker_at(text, i);
        }
        self.line_start = false;
        self.after_space = false;
        self.bullet_at = None;
    }

    /// Records the item whose marker starts at `i`, if there is one that counts here.
    fn marker_at(&mut self, text: &str, i: usize) {
        let Some((numbering, delimiter, value, end)) = marker(text.as_bytes(), i, self.previous) else { return };
        let continues = self.previous.is_some_and(|(n, d, v)| n == numbering && d == delimiter && v + 1 == value);
        if !(self.line_start || continues) {
            return;
        }
        let content = end + (text[end..].len() - text[end..].trim_start().len());
        let cut = self.bullet_at.unwrap_or(i);
        match self.items.last_mut() {
            Some(last) if last.cut == cut => last.content = content,
            _ => self.items.push(Item { cut, content }),
        }
        self.previous = Some((numbering, delimiter, value));
    }
}

/// An item marker starting at `i`: its numbering, delimiter, value and end (exclusive). It must be
/// followed by a space and then by more text.
fn marker(bytes: &[u8], i: usize, previous: Option<Marker>) -> Option<(Numbering, Delimiter, u32, usize)> {
    let mut j = i;
    while j < bytes.len() && j - i < 5 && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    let (delimiter, end) = match (bytes.get(j), bytes.get(j + 1)) {
        (Some(b'.'), Some(b')')) => (Delimiter::PeriodParen, j + 2),
        (Some(b'.'), _) => (Delimiter::Period, j + 1),
        (Some(b')'), _) => (Delimiter::Paren, j + 1),
        _ => return None,
    };
    let token = std::str::from_utf8(&bytes[i..j]).ok()?;
    // a space, then something that is not a space
    let after = bytes.get(end..)?;
    let spaces = after.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    if spaces == 0 || after.get(spaces).map_or(true, |c| c.is_ascii_whitespace()) {
        return None;
    }
    if token.bytes().all(|c| c.is_ascii_digit()) {
        if token.len() > 3 {
            return None;
        }
        return Some((Numbering::Arabic, delimiter, token.parse().ok()?, end));
    }
    let roman = roman_value(token);
    if token.len() == 1 {
        let c = token.as_bytes()[0];
        let letter = if c.is_ascii_lowercase() { Numbering::LowerLetter } else { Numbering::UpperLetter };
        let value = u32::from(c.to_ascii_lowercase() - b'a' + 1);
        if let Some(r) = roman {
            let numbering = if c.is_ascii_lowercase() { Numbering::LowerRoman } else { Numbering::UpperRoman };
            let continues_roman = previous.is_some_and(|(n, _, v)| n == numbering && v + 1 == r);
            let continues_letters = previous.is_some_and(|(n, _, v)| n == letter && v + 1 == value);
            if continues_roman || (r == 1 && !continues_letters) {
                return Some((numbering, delimiter, r, end));
            }
        }
        return Some((letter, delimiter, value, end));
    }
    let r = roman?;
    let numbering = if token.bytes().all(|c| c.is_ascii_lowercase()) {
        Numbering::LowerRoman
    } else if token.bytes().all(|c| c.is_ascii_uppercase()) {
        Numbering::UpperRoman
    } else {
        return None;
    };
    Some((numbering, delimiter, r, end))
}
