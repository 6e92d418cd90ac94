//! Whole lines that are furniture, by their shape: labels without letters, captions and credits,
//! bylines, date and weather lines.

use super::markers::{has_agency_credit, opens_caption};
use super::prose::dotted_byline_end;
use super::{chars_up_to, ends_with_terminal, words_up_to, Furniture};

pub(super) fn furniture_line(line: &str) -> Option<Furniture> {
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
    let head = line.char_indices().nth(16).map_or(line, |(at, _)| &line[..at]);
    let lower_start = crate::text::case::to_lowercase(head);
    let by = line.starts_with("By ") && words <= 10 && !terminal;
    let stamp =
        ["published:", "updated:", "last updated", "posted:", "published at"].iter().any(|p| lower_start.starts_with(p)) && words <= 20;
    by || stamp || dotted_byline_end(line) == Some(line.len())
}

fn is_caption_or_credit(line: &str, words: usize) -> bool {
    words <= 30 && opens_caption(line) || words <= 8 && has_agency_credit(line)
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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
