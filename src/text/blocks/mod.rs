//! Paragraphs and page furniture.
//!
//! Furniture (date lines, weather, "No Image", bylines, datelines, photo credits, "— Agencies")
//! is recognised by its shape — length, punctuation, dates, capitals — not by a list of strings
//! from any one article, and is kept as its own block so it never becomes a sentence.

mod furniture;
pub(crate) mod markers;
mod prose;

use super::chars::{is_closing, is_terminator};
use super::Span;
use furniture::furniture_line;
use prose::{split_prose, trailer_start};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline.
    Title,
    /// Article prose: the only kind split into sentences.
    Prose,
    /// A subheading inside the article: not prose, not scored.
    Heading,
    Furniture(Furniture),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Furniture {
    /// A line that is a date, perhaps with a time or a second calendar.
    DateLine,
    /// A short line without sentence punctuation: "No Image", "arrow up", "30°C / 30°C".
    Label,
    /// "By Name", "PUBLISHED: ... | UPDATED: ...".
    Byline,
    /// "SEOUL:", "(CNN)", "LONDON (Reuters) -" before the first sentence of a paragraph.
    Dateline,
    /// "— Agencies", "- AFP" after the last sentence of a paragraph.
    Trailer,
    /// Photo credits and captions.
    Caption,
    /// Publishing boilerplate inside the text: "Scroll down for video".
    Boilerplate,
}

impl BlockKind {
    /// A short stable name, for debugging output.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Prose => "prose",
            BlockKind::Heading => "heading",
            BlockKind::Furniture(f) => match f {
                Furniture::DateLine => "date-line",
                Furniture::Label => "label",
                Furniture::Byline => "byline",
                Furniture::Dateline => "dateline",
                Furniture::Trailer => "trailer",
                Furniture::Caption => "caption",
                Furniture::Boilerplate => "boilerplate",
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawBlock {
    pub span: Span,
    pub kind: BlockKind,
}

/// Splits `text` into classified blocks, in order, with trimmed spans.
pub fn blocks(text: &str) -> Vec<RawBlock> {
    let mut classified: Vec<(Span, BlockKind)> = Vec::new();
    let mut seen_prose = false;
    let mut has_title = false;
    for para in paragraphs(text) {
        let kind = classify(&text[para.start..para.end], seen_prose, has_title);
        seen_prose |= kind == BlockKind::Prose;
        has_title |= kind == BlockKind::Title;
        classified.push((para, kind));
    }
    // A text with no prose paragraph at all (one word, one unpunctuated line, a list of
    // headings) is still the caller's text to summarize: its title, headings and short labels
    // are read as prose.
    if !seen_prose {
        for (_, kind) in &mut classified {
            if matches!(kind, BlockKind::Title | BlockKind::Heading | BlockKind::Furniture(Furniture::Label)) {
                *kind = BlockKind::Prose;
            }
        }
    }
    let mut out = Vec::with_capacity(classified.len());
    for (para, kind) in classified {
        match kind {
            BlockKind::Prose => split_prose(text, para, &mut out),
            _ => out.push(RawBlock { span: para, kind }),
        }
    }
    out
}

/// Paragraph spans: runs of lines separated by blank lines or by a hard line break. A line break
/// is soft (the paragraph goes on) only when the line before has no closing punctuation and the
/// next line starts in lower case, as in hard-wrapped prose.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut line_start = 0;
    for line in text.split('\n') {
        let span = trim_span(text, Span::new(line_start, line_start + line.len()));
        line_start += line.len() + 1;
        if span.is_empty() {
            out.extend(current.take());
            continue;
        }
        current = Some(match current {
            Some(para) if continues(&text[para.start..para.end], &text[span.start..span.end]) => Span::new(para.start, span.end),
            Some(para) => {
                out.push(para);
                span
            }
            None => span,
        });
    }
    out.extend(current);
    out
}

fn continues(before: &str, next: &str) -> bool {
    let last_line = before.rsplit('\n').next().unwrap_or(before);
    !ends_with_terminal(before)
        && next.chars().next().is_some_and(char::is_lowercase)
        && chars_up_to(last_line, 20) >= 20
        && furniture_line(last_line).is_none()
}

pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    Span::new(start, end.max(start))
}

/// Sentence-final punctuation, looking through closing quotes and brackets; for a block's shape a
/// colon or semicolon also ends a line of prose ("He said:").
pub(crate) fn ends_with_terminal(s: &str) -> bool {
    let last = s.trim_end().chars().rev().find(|c| !is_closing(*c));
    last.is_some_and(|c| is_terminator(c) || matches!(c, ';' | ':'))
}

fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// The number of whitespace-separated words in `s`, or `limit` if there are more: the shape tests
/// compare counts with small bounds, so a long paragraph is not counted to its end.
fn words_up_to(s: &str, limit: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let space = if b < 0x80 {
            i += 1;
            matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            c.is_whitespace()
        };
        if !space && !in_word {
            n += 1;
            if n >= limit {
                return n;
            }
        }
        in_word = !space;
    }
    n
}

/// The number of characters in `s`, or `limit` if there are more.
fn chars_up_to(s: &str, limit: usize) -> usize {
    s.chars().take(limit).count()
}

fn classify(para: &str, seen_prose: bool, has_title: bool) -> BlockKind {
    if let Some(f) = furniture_line(para) {
        return BlockKind::Furniture(f);
    }
    // "… abroad. — Agencies" is prose with a credit, not a headline.
    let para = trailer_start(para).map_or(para, |at| &para[..at]);
    // Every test below compares with bounds up to 30 words and 200 characters.
    let words = words_up_to(para, 31);
    let chars = chars_up_to(para, 201);
    let terminal = ends_with_terminal(para) && !para.ends_with(':');
    if !terminal && words <= 30 && chars <= 200 && !has_inner_sentence_end(para) {
        let headline_like = (3..=30).contains(&words) || chars >= 12;
        if !seen_prose && !has_title && headline_like && !para.ends_with(':') {
            return BlockKind::Title;
        }
        if words <= 15 && chars <= 120 {
            return BlockKind::Heading;
        }
    }
    BlockKind::Prose
}

/// "Alpha beta. Gamma delta": a sentence ends inside, so this is prose, not a headline.
fn has_inner_sentence_end(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek() == Some(&' ') {
            chars.next();
            if chars.peek().is_some_and(|n| n.is_uppercase()) {
                return true;
            }
        }
    }
    false
}

/// Whole lines that are furniture.
#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        blocks(text).iter().map(|b| (b.kind.name(), text[b.span.start..b.span.end].to_string())).collect()
    }

    #[test]
    fn datelines_are_cut_from_the_first_sentence() {
        for (text, dateline) in [
            ("SEOUL: South Korea summoned the envoy.", "SEOUL:"),
            ("(CNN)They may not be aliens.", "(CNN)"),
            ("New Delhi, India (CNN)As the earth shook, people ran.", "New Delhi, India (CNN)"),
            ("WASHINGTON — The Senate voted on Tuesday.", "WASHINGTON —"),
            ("LONDON (Reuters) - Shares fell.", "LONDON (Reuters) -"),
        ] {
            let k = kinds(text);
            assert_eq!(k[0], ("dateline", dateline.to_string()), "{text}");
            assert_eq!(k[1].0, "prose", "{text}");
        }
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        for text in ["The U.S. economy grew.", "NASA said on Monday it would launch.", "I think so (probably) not."] {
            assert_eq!(kinds(text), vec![("prose", text.to_string())]);
        }
    }

    #[test]
    fn trailing_agency_credit_is_furniture() {
        let k = kinds("It sells weapons abroad. — Agencies");
        assert_eq!(k, vec![("prose", "It sells weapons abroad.".into()), ("trailer", "— Agencies".into())]);
    }

    #[test]
    fn dotted_byline_run_is_furniture() {
        let text = "By . Sam Webb . PUBLISHED: . 12:01 EST, 1 May 2014 . | UPDATED: . 13:20 EST, 1 May 2014 . A man was arrested.";
        let k = kinds(text);
        assert_eq!(k[0].0, "byline");
        assert_eq!(k[1], ("prose", "A man was arrested.".into()));
    }

    #[test]
    fn furniture_lines_by_shape() {
        let text = "Saturday, September 23, 2023 | Rabi' al-awwal 7, 1445 H\nscattered clouds\n30°C / 30°C\n\nSouth Korea urges Russia to halt military cooperation\n\nNo Image\n\nBy Jane Doe\n\nThe envoy was summoned on Tuesday after the summit.\n\narrow up\nhome icon";
        let names: Vec<&str> = kinds(text).iter().map(|k| k.0).collect();
        assert_eq!(names, ["date-line", "label", "label", "title", "label", "byline", "prose", "label", "label"]);
    }

    #[test]
    fn boilerplate_inside_prose_is_cut_out() {
        let k = kinds("He spoke on Monday. Scroll down for video The minister said no.");
        assert_eq!(k[0], ("prose", "He spoke on Monday.".into()));
        assert_eq!(k[1].0, "boilerplate");
        assert_eq!(k[2], ("prose", "The minister said no.".into()));
    }

    #[test]
    fn unpunctuated_text_without_prose_is_still_prose() {
        assert_eq!(kinds("Alpha beta. Gamma delta. Epsilon zeta")[0].0, "prose");
        assert_eq!(kinds("Just one line without a full stop")[0].0, "prose");
        assert_eq!(kinds("Hello")[0].0, "prose");
        let k = kinds("A headline over the story\n\nThe story starts here and goes on.");
        assert_eq!(k[0].0, "title");
    }

    #[test]
    fn wrapped_lines_join_into_one_paragraph() {
        let k = kinds("The minister said the plan\nwould go ahead next year.");
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].0, "prose");
    }
}
