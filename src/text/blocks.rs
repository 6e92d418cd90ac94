//! Paragraphs and page furniture.
//!
//! Furniture (date lines, weather, "No Image", bylines, datelines, photo credits, "— Agencies")
//! is recognised by its shape — length, punctuation, dates, capitals — not by a list of strings
//! from any one article, and is kept as its own block so it never becomes a sentence.

use super::Span;

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
            Some(para) if continues(&text[para.start..para.end], &text[span.start..span.end]) => {
                Span::new(para.start, span.end)
            }
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

/// Sentence-final punctuation, looking through closing quotes and brackets.
pub(crate) fn ends_with_terminal(s: &str) -> bool {
    let last = s.trim_end().chars().rev().find(|c| !is_closing(*c));
    matches!(
        last,
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | '।' | '॥' | '؟' | '۔' | '።' | '։' | ';' | ':')
    )
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）')
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
fn furniture_line(line: &str) -> Option<Furniture> {
    // Every test below compares the word count with bounds up to 30.
    let words = words_up_to(line, 31);
    let terminal = ends_with_terminal(line);
    if !line.chars().any(char::is_alphabetic) {
        return Some(Furniture::Label);
    }
    if is_caption_or_credit(line, words) {
        return Some(Furniture::Caption);
    }
    if is_byline(line, words, terminal) {
        return Some(Furniture::Byline);
    }
    if words <= 16 && !line.ends_with('.') && looks_like_date(line) {
        return Some(Furniture::DateLine);
    }
    // A label is too short to be a headline and has no sentence punctuation; the character bound
    // keeps short lines of scripts written without spaces.
    if words <= 3 && !terminal && chars_up_to(line, 31) <= 30 {
        return Some(Furniture::Label);
    }
    None
}

fn is_byline(line: &str, words: usize, terminal: bool) -> bool {
    let lower_start: String = line.chars().take(16).flat_map(char::to_lowercase).collect();
    let by = line.starts_with("By ") && words <= 10 && !terminal;
    let stamp = ["published:", "updated:", "last updated", "posted:", "published at"]
        .iter()
        .any(|p| lower_start.starts_with(p))
        && words <= 20;
    by || stamp || daily_mail_byline_end(line) == Some(line.len())
}

fn is_caption_or_credit(line: &str, words: usize) -> bool {
    const MARKERS: [&str; 9] = [
        "Image caption",
        "Media caption",
        "Image copyright",
        "Photo:",
        "Photograph:",
        "Picture:",
        "Credit:",
        "Getty Images",
        "Media playback is",
    ];
    words <= 30 && MARKERS.iter().any(|m| line.starts_with(m))
        || words <= 8 && (line.contains("Photo/") || line.contains("/Getty") || line.contains("/AFP"))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A date: a month or weekday name beside a number, or a numeric date like 23/09/2023.
fn looks_like_date(line: &str) -> bool {
    let has_digit = line.bytes().any(|b| b.is_ascii_digit());
    if !has_digit {
        return false;
    }
    let named = line.split(|c: char| !c.is_alphabetic()).any(|w| {
        w.len() >= 3
            && (MONTHS.iter().any(|m| m.starts_with(w) && (w.len() == 3 || w.len() == m.len()))
                || WEEKDAYS.iter().any(|d| d.starts_with(w) && (w.len() == 3 || w.len() == d.len())))
    });
    let numeric = line.split_whitespace().any(|w| {
        let parts: Vec<&str> = w.trim_matches(|c: char| !c.is_ascii_digit()).split(['/', '-', '.']).collect();
        parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    });
    named || numeric
}

/// Cuts the furniture a prose paragraph carries at its start and end, and boilerplate inside it.
fn split_prose(text: &str, para: Span, out: &mut Vec<RawBlock>) {
    let para_text = &text[para.start..para.end];
    let mut start = para.start;
    if let Some(len) = daily_mail_byline_end(para_text) {
        out.push(RawBlock { span: trim_span(text, Span::new(start, start + len)), kind: BlockKind::Furniture(Furniture::Byline) });
        start += len;
    }
    let rest = &text[start..para.end];
    let lead = rest.len() - rest.trim_start().len();
    start += lead;
    if let Some(len) = dateline_len(&text[start..para.end]) {
        out.push(RawBlock { span: trim_span(text, Span::new(start, start + len)), kind: BlockKind::Furniture(Furniture::Dateline) });
        start += len;
    }
    let mut end = para.end;
    let trailer = trailer_start(&text[start..end]).map(|at| start + at);
    if let Some(at) = trailer {
        end = at;
    }
    push_prose_with_boilerplate(text, trim_span(text, Span::new(start, end)), out);
    if let Some(at) = trailer {
        out.push(RawBlock { span: trim_span(text, Span::new(at, para.end)), kind: BlockKind::Furniture(Furniture::Trailer) });
    }
}

/// Publishing boilerplate that papers glue into the running text.
const BOILERPLATE: [&str; 4] = ["Scroll down for video", "Scroll down for videos", "READ MORE:", "Click here to"];

/// The first boilerplate phrase at or after `from`: its position and, of those that start there,
/// the alphabetically first (as the earliest `find` of each would give). One pass over the bytes
/// the phrases start with.
fn next_boilerplate(body: &str, from: usize) -> Option<(usize, &'static str)> {
    let bytes = body.as_bytes();
    let mut i = from;
    // The first bytes of the phrases.
    static FIRST: [bool; 256] = {
        let mut table = [false; 256];
        let mut p = 0;
        while p < BOILERPLATE.len() {
            table[BOILERPLATE[p].as_bytes()[0] as usize] = true;
            p += 1;
        }
        table
    };
    while let Some(k) = bytes[i..].iter().position(|&b| FIRST[b as usize]) {
        let at = i + k;
        if let Some(phrase) = BOILERPLATE.iter().copied().filter(|p| body[at..].starts_with(p)).min() {
            return Some((at, phrase));
        }
        i = at + 1;
    }
    None
}

/// Where the last dash ("—", "–", "-") of `t` starts: `t.rfind(['—', '–', '-'])` by the byte.
fn last_dash(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    let mut end = bytes.len();
    while let Some(i) = bytes[..end].iter().rposition(|&b| b == b'-' || b == 0xE2) {
        if bytes[i] == b'-' || bytes[i + 1..].starts_with(&[0x80, 0x94]) || bytes[i + 1..].starts_with(&[0x80, 0x93]) {
            return Some(i);
        }
        end = i;
    }
    None
}

fn push_prose_with_boilerplate(text: &str, span: Span, out: &mut Vec<RawBlock>) {
    let mut start = span.start;
    let body = &text[span.start..span.end];
    let mut cursor = 0;
    while let Some((at, phrase)) = next_boilerplate(body, cursor) {
        // "Scroll down for video" but not "Scroll down for videos": take the longest match.
        let len = BOILERPLATE.iter().filter(|p| body[at..].starts_with(**p)).map(|p| p.len()).max().unwrap_or(phrase.len());
        let mut phrase_end = at + len;
        if phrase == "Click here to" || phrase == "READ MORE:" {
            // These run to the end of their line or sentence.
            phrase_end = body[phrase_end..].find(['.', '\n']).map_or(body.len(), |i| phrase_end + i + 1);
        }
        let before = trim_span(text, Span::new(start, span.start + at));
        if !before.is_empty() {
            out.push(RawBlock { span: before, kind: BlockKind::Prose });
        }
        out.push(RawBlock { span: Span::new(span.start + at, span.start + phrase_end), kind: BlockKind::Furniture(Furniture::Boilerplate) });
        start = span.start + phrase_end;
        cursor = phrase_end;
    }
    let rest = trim_span(text, Span::new(start, span.end));
    if !rest.is_empty() {
        out.push(RawBlock { span: rest, kind: BlockKind::Prose });
    }
}

/// Daily Mail style "By . Name . PUBLISHED: . 12:00 EST, 1 May 2014 . | UPDATED: . ... 2014 . ":
/// the byte length of that run at the start of `s`, if there is one.
fn daily_mail_byline_end(s: &str) -> Option<usize> {
    let starts = ["By . ", "PUBLISHED: . ", "Last updated at "];
    if !starts.iter().any(|p| s.starts_with(p)) {
        return None;
    }
    // The run is a chain of " . "-separated pieces; it ends at the piece after the last stamp
    // ("PUBLISHED:", "UPDATED:") whose date has a year, or after the name when there is no stamp.
    let window = &s[..floor_char_boundary(s, 400)];
    let mut end = None;
    let mut pieces = 0;
    let mut stamp_seen = false;
    let mut offset = 0;
    for piece in window.split(" . ") {
        let piece_end = offset + piece.len();
        offset = piece_end + 3;
        pieces += 1;
        let has_year = piece.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
        if piece.contains("PUBLISHED:") || piece.contains("UPDATED:") {
            stamp_seen = true;
        }
        if stamp_seen && has_year {
            end = Some((offset).min(s.len()));
        } else if !stamp_seen && pieces == 2 && s.starts_with("By . ") {
            end = Some(offset.min(s.len()));
        }
        if pieces > 8 || piece.len() > 60 {
            break;
        }
    }
    end
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A dateline before the first sentence: "SEOUL:", "WASHINGTON —", "(CNN)",
/// "New Delhi, India (CNN)", "LONDON, May 3 (Reuters) -". Returns its byte length.
fn dateline_len(s: &str) -> Option<usize> {
    let head = &s[..floor_char_boundary(s, 60)];
    // "(AGENCY)" form: up to five capitalised place words, then a short parenthesised agency.
    if let Some(open) = head.find('(') {
        let place = head[..open].trim();
        let place_ok = place.is_empty()
            || (word_count(place) <= 5
                && place.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())));
        if let Some(close) = head[open..].find(')').map(|i| open + i) {
            let agency = &head[open + 1..close];
            let agency_ok = (2..=20).contains(&agency.len())
                && word_count(agency) <= 3
                && agency.chars().next().is_some_and(char::is_uppercase)
                && !agency.contains(|c: char| c.is_ascii_digit());
            if place_ok && agency_ok {
                let after = skip_dash(&s[close + 1..]);
                let len = close + 1 + after;
                if s[len..].chars().next().is_some_and(|c| c.is_uppercase() || c == '"' || c == '“' || c.is_ascii_digit()) {
                    return Some(len);
                }
            }
        }
    }
    // "SEOUL:" / "WASHINGTON —" / "PARIS, France -": an upper-case place then a colon or dash.
    let place_end = head.find(|c: char| !(c.is_uppercase() || c == ' ' || c == '.' || c == '\'' || c == '-'))?;
    let place = head[..place_end].trim_end();
    if place.chars().filter(|c| c.is_uppercase()).count() < 3 || place.ends_with('-') {
        return None;
    }
    let mut at = place.len();
    // An optional ", Country" or ", May 3" qualifier.
    if head[at..].starts_with(", ") {
        let q_end = head[at + 2..].find([':', '—', '–']).map(|i| at + 2 + i)?;
        if word_count(&head[at + 2..q_end]) > 3 {
            return None;
        }
        at = q_end;
    }
    let rest = &s[at..];
    let len = if let Some(r) = rest.strip_prefix(':') {
        at + 1 + (r.len() - r.trim_start().len())
    } else {
        let dash = skip_dash(rest);
        if dash == 0 || !rest.trim_start().starts_with(['—', '–', '-']) {
            return None;
        }
        at + dash
    };
    s[len..].chars().next().is_some_and(|c| c.is_uppercase() || c == '"' || c == '“').then_some(len)
}

/// Bytes of whitespace and one dash ("--", "—", "–", "-") with whitespace after it.
fn skip_dash(s: &str) -> usize {
    let t = s.trim_start();
    let mut used = s.len() - t.len();
    for dash in ["--", "—", "–", "-"] {
        if let Some(r) = t.strip_prefix(dash) {
            used += dash.len() + (r.len() - r.trim_start().len());
            return used;
        }
    }
    used
}

/// "… said. — Agencies" / "… said. -AFP": where a trailing agency credit starts, if any.
fn trailer_start(s: &str) -> Option<usize> {
    let t = s.trim_end();
    let dash = last_dash(t)?;
    let credit = t[dash..].trim_start_matches(['—', '–', '-']).trim();
    let before = t[..dash].trim_end();
    let is_credit = !credit.is_empty()
        && words_up_to(credit, 4) <= 3
        && credit.chars().next().is_some_and(char::is_uppercase)
        && !credit.contains(['.', '!', '?', ','])
        && credit.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    (is_credit && ends_with_terminal(before) && !before.is_empty()).then_some(before.len())
}

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
    fn daily_mail_byline_run_is_furniture() {
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
