//! UAX #29 sentence segmentation: the rules of unicode-segmentation's `SentenceBreaks` (1.13.3,
//! MIT or Apache-2.0, © The Rust Project Developers), over a table a third of that crate's size.
//!
//! The crate keeps the Sentence_Break property as (first, last, category) triples, 12 bytes a
//! range and the largest item of the WebAssembly module (30 KB raw, 10.9 KB gzipped); `table.rs`
//! packs it into one u32 a range (13 KB raw), generated from the crate's own table by
//! `scripts/gen-sentence-breaks.py`. The crate stays a dev-dependency: the tests check that both
//! give the same boundaries (`text::boundaries`).

mod table;

pub use table::Cat;
use table::{CATS, RANGES};

/// The Sentence_Break category of `c`.
#[inline]
pub fn category(c: char) -> Cat {
    let c = c as u32;
    // Every range starts at or before the first code point (the table starts at 0); an ASCII
    // character's range is among the first few, which makes most searches short.
    let ranges = if c < 0x80 { &RANGES[..ASCII_RANGES] } else { &RANGES[..] };
    let i = ranges.partition_point(|&r| r >> 8 <= c).saturating_sub(1);
    CATS[(RANGES[i] & 0xff) as usize]
}

/// How many ranges start below 0x80.
const ASCII_RANGES: usize = {
    let mut n = 0;
    while RANGES[n] >> 8 < 0x80 {
        n += 1;
    }
    n
};

/// The ends of the sentence segments of `text`, in order, the last being `text.len()` (none for
/// an empty text): unicode-segmentation's `split_sentence_bound_indices().map(|(at, s)| at +
/// s.len())`.
pub fn segment_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    // The first break is the text's start (SB1): not an end.
    Breaks { text, pos: 0, state: [Part::Sot; 4] }.skip(1)
}

/// A parsed part of the text, as the rules look back at it
/// (<https://unicode.org/reports/tr29/#Default_Sentence_Boundaries>).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Eot,
    Other,
    CR,
    LF,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts; runs of Close and of Sp are one part each.
type State = [Part; 4];

fn advance(parts: State, cat: Cat) -> State {
    match (parts[3], cat) {
        (Part::ClosePlus, Cat::Close) | (Part::SpPlus, Cat::Sp) => parts,
        _ => [
            parts[1],
            parts[2],
            parts[3],
            match cat {
                Cat::CR => Part::CR,
                Cat::LF => Part::LF,
                Cat::Sep => Part::Sep,
                Cat::ATerm => Part::ATerm,
                Cat::Upper | Cat::Lower => Part::UpperLower,
                Cat::Close => Part::ClosePlus,
                Cat::Sp => Part::SpPlus,
                Cat::STerm => Part::STerm,
                _ => Part::Other,
            },
        ],
    }
}

fn is_sa_term(part: Part) -> bool {
    matches!(part, Part::STerm | Part::ATerm)
}

/// The part before optional Sp and Close parts at the head of `parts`: SATerm Close* Sp*.
fn before_close_sp(parts: &State) -> Part {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1
    }
    parts[idx]
}

/// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
fn sb8(parts: &State, ahead: &str) -> bool {
    before_close_sp(parts) == Part::ATerm
        && ahead
            .chars()
            .map(category)
            .find(|&c| !matches!(c, Cat::Any | Cat::Extend | Cat::Format | Cat::Sp | Cat::Numeric | Cat::SContinue | Cat::Close))
            == Some(Cat::Lower)
}

/// SB9: SATerm Close* × (Close | Sp | ParaSep)
fn sb9(parts: &State) -> bool {
    is_sa_term(if parts[3] == Part::ClosePlus { parts[2] } else { parts[3] })
}

/// SB11: SATerm Close* Sp* ParaSep? ÷
fn sb11(parts: &State) -> bool {
    let mut idx = match parts[3] {
        Part::Sep | Part::CR | Part::LF => 2,
        _ => 3,
    };
    if parts[idx] == Part::SpPlus {
        idx -= 1
    }
    if parts[idx] == Part::ClosePlus {
        idx -= 1
    }
    is_sa_term(parts[idx])
}

/// The break positions of the text (the first is its start).
struct Breaks<'a> {
    text: &'a str,
    pos: usize,
    state: State,
}

impl Iterator for Breaks<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        for c in self.text[self.pos..].chars() {
            let before = self.pos;
            let state_before = self.state;
            let cat = category(c);
            self.pos += c.len_utf8();
            self.state = advance(self.state, cat);
            let head = state_before[3];
            let keep = match cat {
                _ if head == Part::Sot => return Some(before),                               // SB1
                Cat::LF if head == Part::CR => true,                                         // SB3
                _ if matches!(head, Part::Sep | Part::CR | Part::LF) => return Some(before), // SB4
                Cat::Extend | Cat::Format => {
                    self.state = state_before; // SB5
                    true
                }
                Cat::Numeric if head == Part::ATerm => true, // SB6
                Cat::Upper if state_before[2] == Part::UpperLower && head == Part::ATerm => true, // SB7
                _ if sb8(&state_before, &self.text[before..]) => true,
                Cat::SContinue | Cat::STerm | Cat::ATerm if is_sa_term(before_close_sp(&state_before)) => true, // SB8a
                Cat::Close | Cat::Sp | Cat::Sep | Cat::CR | Cat::LF if sb9(&state_before) => true,
                Cat::Sp | Cat::Sep | Cat::CR | Cat::LF if is_sa_term(before_close_sp(&state_before)) => true, // SB10
                _ if sb11(&state_before) => return Some(before),
                _ => true, // SB998
            };
            debug_assert!(keep);
        }
        // SB2
        if matches!(self.state[3], Part::Sot | Part::Eot) {
            None
        } else {
            self.state = [self.state[1], self.state[2], self.state[3], Part::Eot];
            Some(self.pos)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_of_some_characters() {
        assert_eq!(category('.'), Cat::ATerm);
        assert_eq!(category('!'), Cat::STerm);
        assert_eq!(category('a'), Cat::Lower);
        assert_eq!(category('A'), Cat::Upper);
        assert_eq!(category(' '), Cat::Sp);
        assert_eq!(category('\n'), Cat::LF);
        assert_eq!(category('"'), Cat::Close);
        assert_eq!(category('。'), Cat::STerm);
        assert_eq!(category('中'), Cat::OLetter);
        assert_eq!(category('\u{10FFFF}'), Cat::Any);
        assert_eq!(category('\0'), Cat::Any);
        for c in (0..0x100).filter_map(char::from_u32) {
            let i = RANGES.partition_point(|&r| r >> 8 <= c as u32).saturating_sub(1);
            assert_eq!(category(c), CATS[(RANGES[i] & 0xff) as usize], "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_table_covers_every_code_point_in_order() {
        assert_eq!(RANGES[0] >> 8, 0);
        assert!(RANGES.windows(2).all(|w| w[0] >> 8 < w[1] >> 8));
        assert!(RANGES.iter().all(|&r| ((r & 0xff) as usize) < CATS.len()));
    }

    #[test]
    fn segments_as_the_standard_says() {
        let text = "He left. She stayed! Mr. Smith 3.5 e.g. here.\n\nNext";
        let ends: Vec<usize> = segment_ends(text).collect();
        let pieces: Vec<&str> = std::iter::once(0).chain(ends).collect::<Vec<_>>().windows(2).map(|w| &text[w[0]..w[1]]).collect();
        // SB4: a break after every paragraph separator.
        assert_eq!(pieces, ["He left. ", "She stayed! ", "Mr. ", "Smith 3.5 e.g. here.\n", "\n", "Next"]);
        assert_eq!(segment_ends("").count(), 0);
    }

    #[test]
    fn the_same_ends_as_unicode_segmentation() {
        use unicode_segmentation::UnicodeSegmentation;
        let texts = [
            "Etc. etc.) (he said.) \"Yes.\" No? ¿Sí? «Non.» Da.\u{2029}Next\u{85}more",
            "第一句。第二句！「第三句。」最後",
            "ประโยค. อีก! Ещё раз. Ἕν. Ա։ بله؟ نعم. हाँ। 123.45 U.S.A. x.Y z.a",
            "a.\u{301} b.\u{200B}C. \u{FEFF}D.\r\nE",
        ];
        for text in texts {
            let want: Vec<usize> = text.split_sentence_bound_indices().map(|(at, s)| at + s.len()).collect();
            assert_eq!(segment_ends(text).collect::<Vec<_>>(), want, "{text:?}");
        }
        for c in (0..0x11_0000).step_by(7).filter_map(char::from_u32) {
            let text: String = ['a', '.', c, ' ', 'b', c, '.', ' ', 'C'].iter().collect();
            let want: Vec<usize> = text.split_sentence_bound_indices().map(|(at, s)| at + s.len()).collect();
            assert_eq!(segment_ends(&text).collect::<Vec<_>>(), want, "U+{:04X}", c as u32);
        }
    }
}
