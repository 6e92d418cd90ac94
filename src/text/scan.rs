//! Byte scans: the text stages look for a few kinds of byte (terminators, quotation marks, line
//! breaks, lead bytes of non-ASCII characters) in text that is mostly letters and spaces. These
//! scans test eight bytes a step, so English text goes by fast.

/// A set of bytes to look for, as a table (built at compile time): a byte is in the set when its
/// entry is not 0 (the entries of [`MARKS`] are bits of [`rule`]).
pub struct ByteSet([u8; 256]);

impl ByteSet {
    /// The bytes of `ascii`, and every byte from 0x80 up when `non_ascii`.
    pub const fn new(ascii: &[u8], non_ascii: bool) -> ByteSet {
        ByteSet([0; 256]).mark(ascii, non_ascii, 1)
    }

    /// This set with `bit` added to the entries of the bytes of `ascii`, and of every byte from
    /// 0x80 up when `non_ascii`.
    pub const fn mark(self, ascii: &[u8], non_ascii: bool, bit: u8) -> ByteSet {
        let mut table = self.0;
        let mut i = 0;
        while i < ascii.len() {
            table[ascii[i] as usize] |= bit;
            i += 1;
        }
        let mut b = 0x80;
        while non_ascii && b < 256 {
            table[b] |= bit;
            b += 1;
        }
        ByteSet(table)
    }

    /// This set with the bytes of `more` added.
    pub const fn with(self, more: &[u8]) -> ByteSet {
        let mut table = self.0;
        let mut i = 0;
        while i < more.len() {
            table[more[i] as usize] = 1;
            i += 1;
        }
        ByteSet(table)
    }

    /// This set with the bytes `from..=to` added.
    pub const fn with_range(self, from: u8, to: u8) -> ByteSet {
        let mut table = self.0;
        let mut b = from as usize;
        while b <= to as usize {
            table[b] = 1;
            b += 1;
        }
        ByteSet(table)
    }

    #[inline]
    pub fn contains(&self, b: u8) -> bool {
        self.0[b as usize] != 0
    }

    /// The first position at or after `from` whose byte is in the set.
    #[inline]
    pub fn find(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let t = &self.0;
        let mut i = from;
        // Eight table lookups a step, one branch.
        while let Some(&[a, b, c, d, e, f, g, h]) = bytes.get(i..i + 8) {
            if t[a as usize] | t[b as usize] | t[c as usize] | t[d as usize] | t[e as usize] | t[f as usize] | t[g as usize] | t[h as usize]
                != 0
            {
                break;
            }
            i += 8;
        }
        bytes.get(i..)?.iter().position(|&b| t[b as usize] != 0).map(|k| i + k)
    }

    /// The first position at or after `from` whose byte is not in the set (`bytes.len()` if none).
    #[inline]
    pub fn skip(&self, bytes: &[u8], from: usize) -> usize {
        let mut i = from;
        while i < bytes.len() && self.0[bytes[i] as usize] != 0 {
            i += 1;
        }
        i
    }
}

/// The kinds of byte the sentence rules start at, as bits of [`MARKS`]' entries.
pub mod rule {
    /// Terminators, paragraph separators and non-ASCII characters: UAX #29's windows
    /// (`text::boundaries`).
    pub const BREAK: u8 = 1;
    /// Quotation marks and brackets: '"', '(', ')' and the lead bytes of the others (« », “ ” „,
    /// the CJK brackets, the fullwidth parentheses) (`sentences::quotes`).
    pub const QUOTE: u8 = 2;
    /// Colons, semicolons, periods and non-ASCII characters (`sentences::scripts`).
    pub const SCRIPT: u8 = 4;
    /// Line feeds and non-ASCII characters (`sentences::lists`).
    pub const LINE: u8 = 8;
    /// Periods (`sentences::periods`).
    pub const PERIOD: u8 = 16;
    /// The lead byte of "…" (`sentences::ellipses`).
    pub const ELLIPSIS: u8 = 32;
}

/// Each byte's kinds for the sentence rules ([`rule`]): one table for all of them.
pub const MARKS: ByteSet = ByteSet([0; 256])
    .mark(b".!?\n\r", true, rule::BREAK)
    .mark(b"\"()\xC2\xE2\xE3\xEF", false, rule::QUOTE)
    .mark(b":;.", true, rule::SCRIPT)
    .mark(b"\n", true, rule::LINE)
    .mark(b".", false, rule::PERIOD)
    .mark(b"\xE2", false, rule::ELLIPSIS);

/// Where a text's bytes of [`MARKS`] are, found in one scan: the sentence rules (lists,
/// quotations, UAX #29's terminators, the script rules, sentences run together) each looked for
/// their own bytes over the whole text before; now they step through these positions.
pub struct Marks(Vec<u32>);

impl Marks {
    pub fn new(bytes: &[u8]) -> Marks {
        let mut at = Vec::with_capacity(bytes.len() / 16);
        let mut i = 0;
        while let Some(p) = MARKS.find(bytes, i) {
            at.push(p as u32);
            i = p + 1;
        }
        Marks(at)
    }

    /// A scan forward over `bytes` (the text the marks were found in).
    pub fn scan<'a>(&'a self, bytes: &'a [u8]) -> Marked<'a> {
        Marked { bytes, at: &self.0, next: 0 }
    }
}

/// A scan forward through a text's [`Marks`].
pub struct Marked<'a> {
    bytes: &'a [u8],
    at: &'a [u32],
    next: usize,
}

impl Marked<'_> {
    /// The first position at or after `from` of a byte of the kinds `rule` (bits of [`rule`]),
    /// `from` never less than in the call before.
    #[inline]
    pub fn find(&mut self, rule: u8, from: usize) -> Option<usize> {
        while let Some(&p) = self.at.get(self.next) {
            let p = p as usize;
            if p >= from && MARKS.0[self.bytes[p] as usize] & rule != 0 {
                return Some(p);
            }
            self.next += 1;
        }
        None
    }
}

/// ASCII letters and digits (words are runs of them, in English).
pub const ASCII_ALPHANUMERIC: ByteSet = ByteSet::new(b"", false).with_range(b'0', b'9').with_range(b'A', b'Z').with_range(b'a', b'z');

/// The other ASCII bytes: what separates words (no byte from 0x80 up).
pub const ASCII_SEPARATORS: ByteSet = ByteSet::new(b"", false)
    .with_range(0, b'0' - 1)
    .with_range(b'9' + 1, b'A' - 1)
    .with_range(b'Z' + 1, b'a' - 1)
    .with_range(b'z' + 1, 0x7F);

/// The index of the first byte at or after `i` that is not ASCII (`bytes.len()` if none), read
/// eight bytes at a time.
#[inline]
pub fn next_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    while let Some(Ok(word)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
        let high = u64::from_le_bytes(word) & 0x8080_8080_8080_8080;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] < 0x80 {
        i += 1;
    }
    i
}

/// The number of ASCII letters in `bytes` (no early exit, so the compiler can use vector
/// instructions).
pub fn ascii_letters(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from((b | 0x20).wrapping_sub(b'a') < 26)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_byte_of_the_set() {
        const SET: ByteSet = ByteSet::new(b".\n", true);
        let text = "one two three four. five six seven eight nine ten “eleven”\n".as_bytes();
        for from in 0..=text.len() {
            let expected = text[from..].iter().position(|&b| b == b'.' || b == b'\n' || b >= 0x80).map(|k| from + k);
            assert_eq!(SET.find(text, from), expected, "from {from}");
        }
        assert_eq!(SET.find(text, text.len() + 1), None);
        assert_eq!(ByteSet::new(b"", false).with(b"x").find(b"abcdefghijklmnopqrstuvwxyz", 3), Some(23));
        assert_eq!(ByteSet::new(b"", false).with_range(b'0', b'9').skip(b"2024 was", 0), 4);
        for b in 0..=255u8 {
            assert_eq!(ASCII_ALPHANUMERIC.contains(b), b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(ASCII_SEPARATORS.contains(b), b.is_ascii() && !b.is_ascii_alphanumeric(), "{b}");
        }
    }

    #[test]
    fn marks_find_what_the_sets_find() {
        let sets = [
            (rule::BREAK, ByteSet::new(b".!?\n\r", true)),
            (rule::QUOTE, ByteSet::new(b"\"()\xC2\xE2\xE3\xEF", false)),
            (rule::SCRIPT, ByteSet::new(b":;.", true)),
            (rule::LINE, ByteSet::new(b"\n", true)),
            (rule::PERIOD, ByteSet::new(b".", false)),
            (rule::ELLIPSIS, ByteSet::new(b"\xE2", false)),
        ];
        let text = "One. “Two” (three)\nfour… five! Six: 七。 x.\r\n; «y» – z".as_bytes();
        let marks = Marks::new(text);
        for (rule, set) in &sets {
            for step in 1..4 {
                let mut scan = marks.scan(text);
                let mut from = 0;
                while from <= text.len() + 1 {
                    assert_eq!(scan.find(*rule, from), set.find(text, from), "rule {rule}, from {from}");
                    from += step;
                }
            }
        }
    }

    #[test]
    fn ascii_scans() {
        let text = "abc déf ghijklmnopq ü".as_bytes();
        assert_eq!(next_non_ascii(text, 0), 5);
        assert_eq!(next_non_ascii(text, 7), 21);
        assert_eq!(next_non_ascii(text, 23), 23);
        assert_eq!(next_non_ascii(text, 22), 22);
        assert_eq!(next_non_ascii(b"", 0), 0);
        assert_eq!(ascii_letters(b"Az@[`{09 zZ"), 4);
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(ascii_letters(&all), 52);
    }
}
