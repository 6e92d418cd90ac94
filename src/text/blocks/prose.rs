//! The furniture a prose paragraph carries at its start and end — a dotted byline run ("By . Name .
//! PUBLISHED: . …"), a "(CNN)" or "SEOUL:" dateline, a "— Agencies" trailer — and boilerplate
//! inside it ("Scroll down for video").

use super::{ends_with_terminal, trim_span, word_count, words_up_to, BlockKind, Furniture, RawBlock};
use crate::text::chars::DASHES;
use crate::text::Span;

/// Cuts the furniture a prose paragraph carries at its start and end, and boilerplate inside it.
pub(super) fn split_prose(text: &str, para: Span, out: &mut Vec<RawBlock>) {
    let para_text = &text[para.start..para.end];
    let mut start = para.start;
    if let Some(len) = dotted_byline_end(para_text) {
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

/// Where the last dash ("—", "–", "-") of `t` starts: `t.rfind(DASHES)` by the byte.
fn last_dash(bytes: &[u8]) -> Option<usize> {
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
        out.push(RawBlock {
            span: Span::new(span.start + at, span.start + phrase_end),
            kind: BlockKind::Furniture(Furniture::Boilerplate),
        });
        start = span.start + phrase_end;
        cursor = phrase_end;
    }
    let rest = trim_span(text, Span::new(start, span.end));
    if !rest.is_empty() {
        out.push(RawBlock { span: rest, kind: BlockKind::Prose });
    }
}

/// A byline run whose pieces are joined by " . " (what some tabloid templates become as text):
/// "By . Name . PUBLISHED: . 12:00 EST, 1 May 2014 . | UPDATED: . ... 2014 . ": the byte length
/// of that run at the start of `s`, if there is one.
pub(super) fn dotted_byline_end(s: &str) -> Option<usize> {
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
        // After a "PUBLISHED:" stamp, a piece with a year ends the run; before one, "By . NAME".
        let ends_run = if stamp_seen { has_year } else { pieces == 2 && s.starts_with("By . ") };
        if ends_run {
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
        if dash == 0 || !rest.trim_start().starts_with(DASHES) {
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

/// The longest trailing credit looked for, in bytes (three words: "Agence France-Presse" is 20).
const CREDIT_BYTES: usize = 96;

/// "… said. — Agencies" / "… said. -AFP": where a trailing agency credit starts, if any.
pub(super) fn trailer_start(s: &str) -> Option<usize> {
    let t = s.trim_end();
    // A credit is at most three words: only the paragraph's tail can hold its dash.
    let tail = t.len().saturating_sub(CREDIT_BYTES);
    let dash = tail + last_dash(&t.as_bytes()[tail..])?;
    let credit = t[dash..].trim_start_matches(DASHES).trim();
    let before = t[..dash].trim_end();
    let is_credit = !credit.is_empty()
        && words_up_to(credit, 4) <= 3
        && credit.chars().next().is_some_and(char::is_uppercase)
        && !credit.contains(['.', '!', '?', ','])
        && credit.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    (is_credit && ends_with_terminal(before) && !before.is_empty()).then_some(before.len())
}
