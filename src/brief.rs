//! Briefs: the summaries the web's Summarizer API asks for — a type (key points, tl;dr, teaser,
//! headline) and a length — made from the same scores and choice as [`crate::summarize`]. A brief is
//! its lines (the chosen sentences, or the headline); the API's format (a markdown list, escaped
//! markup, or plain text) is how npm/summarizer-api.js writes them out.
//!
//! What each type means in an extractive summarizer (every word is the article's own):
//! - key points: the 3 / 5 / 7 best sentences (short / medium / long), in the article's order, one
//!   per line (a markdown list in the markdown format);
//! - tl;dr: the 1 / 3 / 5 best sentences as one paragraph;
//! - teaser: 1 / 3 / 5 sentences as one paragraph, the best of the article's first 2 / 6 / 10: they
//!   set the scene and leave the later developments to the article. An extractive system cannot
//!   write a hook; it can choose not to give the end away;
//! - headline: at most 12 / 17 / 22 words: the article's own headline when it has one that fits,
//!   else the best sentence, cut at a clause boundary (",", ";", ":", a dash) when it is longer, or
//!   at the limit with "…" when there is none, without a trailing stopword.

use crate::lang::{self, Language, Script};
use crate::options::Options;
use crate::text::case::to_lowercase;
use crate::{score, summarize_from_opening};

/// The kind of summary, as the Summarizer API names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    KeyPoints,
    Tldr,
    Teaser,
    Headline,
}

/// How long, as the Summarizer API names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    Short,
    Medium,
    Long,
}

impl Kind {
    /// In the order of the API's `SummarizerType` as npm/summarizer-api.js lists it.
    pub const ALL: [Kind; 4] = [Kind::KeyPoints, Kind::Tldr, Kind::Teaser, Kind::Headline];
    /// Their names in the API, in the same order.
    pub const NAMES: [&'static str; 4] = ["key-points", "tldr", "teaser", "headline"];
}

impl Length {
    pub const ALL: [Length; 3] = [Length::Short, Length::Medium, Length::Long];
    pub const NAMES: [&'static str; 3] = ["short", "medium", "long"];

    /// Short, medium, long as 0, 1, 2.
    fn step(self) -> usize {
        self as usize
    }
}

/// The most words a headline of each length may have.
pub const HEADLINE_WORDS: [usize; 3] = [12, 17, 22];

/// How many sentences each kind takes at each length (the headline: one, then cut).
fn sentence_count(kind: Kind, length: Length) -> usize {
    match kind {
        Kind::KeyPoints => [3, 5, 7][length.step()],
        Kind::Tldr | Kind::Teaser => [1, 3, 5][length.step()],
        Kind::Headline => 1,
    }
}

/// The brief of `text`: its lines, none for a text without sentences. Never panics. The lines are
/// the article's text as it stands (line breaks inside a sentence included). Of `options`, the
/// headline hint (`title`: the API's contexts) and the language are read.
pub fn brief(text: &str, kind: Kind, length: Length, options: Options) -> Vec<String> {
    let count = sentence_count(kind, length);
    let options = Options { sentences: Some(count), ratio: None, max_words: None, keywords: Some(0), ..options };
    // A teaser chooses among the opening sentences only.
    let opening = if kind == Kind::Teaser { 2 * count } else { usize::MAX };
    let summary = summarize_from_opening(text, &options, &score::WEIGHTS, opening);
    let mut lines = summary.sentences.into_iter().map(|s| s.text);
    if kind != Kind::Headline {
        return lines.collect();
    }
    let Some(best) = lines.next() else { return Vec::new() };
    let language = lang::by_code(&summary.language).unwrap_or(&lang::UNDETERMINED);
    let limit = HEADLINE_WORDS[length.step()];
    let own = summary.headline.map(|span| &text[span.start..span.end]);
    let line = match own {
        Some(own) if words(own, language, limit + 1).len() <= limit => own.to_string(),
        _ => headline(&best, limit, language),
    };
    vec![trim_final_period(&line).to_string()]
}

/// The brief's lines in the API's "plain-text" format, as npm/summarizer-api.js writes them: each
/// line's white space one space; key points one a line, the others one paragraph.
pub fn plain_text(lines: &[String], kind: Kind) -> String {
    let lines: Vec<String> = lines.iter().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    lines.join(if kind == Kind::KeyPoints { "\n" } else { " " })
}

/// Byte ranges of the first `n` words of `text`; in a script written without spaces, where a word
/// is counted as two characters, of its first `2 n` characters, pair by pair.
fn words(text: &str, language: &Language, n: usize) -> Vec<(usize, usize)> {
    let unspaced = matches!(language.script, Script::Han | Script::Kana | Script::Thai);
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    let mut odd = false;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let space = c.is_whitespace();
        if unspaced && !space {
            // The second character of a pair ends the word the first began.
            let end = i + c.len_utf8();
            if let Some(word) = found.last_mut().filter(|_| odd) {
                word.1 = end;
            } else if found.len() < n {
                found.push((i, end));
            } else {
                break;
            }
            odd = !odd;
        } else if !space && start.is_none() {
            start = Some(i);
        } else if let (true, Some(s)) = (space, start) {
            if found.len() == n {
                break;
            }
            found.push((s, i));
            start = None;
        }
    }
    found
}

fn trim_final_period(text: &str) -> &str {
    match text.strip_suffix('.') {
        Some(rest) if !rest.ends_with('.') => rest,
        _ => text,
    }
}

/// A sentence as a headline of at most `limit` words: whole when it fits; else cut after the
/// longest clause of at least half the limit (",", ";", ":", before a dash, "、", "，"), or at the
/// limit, before any stopwords there, with "…".
fn headline(sentence: &str, limit: usize, language: &Language) -> String {
    let words = words(sentence, language, limit + 1);
    if words.len() <= limit {
        return sentence.to_string();
    }
    let word = |k: usize| &sentence[words[k].0..words[k].1];
    let ends_clause = |k: usize| word(k - 1).ends_with([',', ';', ':', '、', '，']) || matches!(word(k), "—" | "–" | "-");
    if let Some(k) = (limit / 2..=limit).rev().find(|&k| ends_clause(k)) {
        return sentence[..words[k - 1].1].trim_end_matches([',', ';', ':', '、', '，']).to_string();
    }
    let mut k = limit;
    while k > limit / 2 && language.is_stopword(&to_lowercase(word(k - 1))) {
        k -= 1;
    }
    sentence[..words[k - 1].1].to_string() + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Council approves new harbour ferry\n\n\
        The city council approved a new ferry line across the harbour on Tuesday, after a year of debate. \
        The line will link the old port with the northern suburbs, where thousands of commuters live. \
        Officials said the ferry would cut travel times by half for many residents. \
        Critics argued that the money should have gone to buses instead. \
        The first boats are expected to enter service next spring. \
        Tickets will cost the same as a bus fare, the council said. \
        The harbour authority will build two new piers for the ferry. \
        Construction of the piers starts in the autumn and lasts six months. \
        A second line to the southern shore is under study. \
        The mayor called the vote a turning point for the city's transport.";

    fn ask(kind: Kind, length: Length, text: &str) -> Vec<String> {
        brief(text, kind, length, Options::default())
    }

    #[test]
    fn sentences_three_five_seven_or_one_three_five() {
        for (length, points, paragraph) in [(Length::Short, 3, 1), (Length::Medium, 5, 3), (Length::Long, 7, 5)] {
            let lines = ask(Kind::KeyPoints, length, ARTICLE);
            assert_eq!(lines.len(), points);
            assert!(lines.iter().all(|l| ARTICLE.contains(l.as_str())), "{lines:?}");
            assert_eq!(ask(Kind::Tldr, length, ARTICLE).len(), paragraph);
            assert_eq!(ask(Kind::Teaser, length, ARTICLE).len(), paragraph);
        }
        // A teaser of one sentence is one of the first two.
        let teaser = ask(Kind::Teaser, Length::Short, ARTICLE);
        let opening: Vec<&str> = ARTICLE.lines().nth(2).unwrap().split_inclusive(". ").take(2).map(str::trim).collect();
        assert!(opening.contains(&teaser[0].as_str()), "{teaser:?}");
    }

    #[test]
    fn headline_is_the_articles_own_when_it_fits() {
        assert_eq!(ask(Kind::Headline, Length::Short, ARTICLE), ["Council approves new harbour ferry"]);
        let body = ARTICLE.split_once("\n\n").unwrap().1;
        for (length, limit) in [(Length::Short, 12), (Length::Medium, 17), (Length::Long, 22)] {
            let h = ask(Kind::Headline, length, body);
            assert_eq!(h.len(), 1);
            assert!(h[0].split_whitespace().count() <= limit, "{h:?}");
            assert!(!h[0].ends_with('.') && !h[0].ends_with(','), "{h:?}");
        }
    }

    #[test]
    fn a_long_sentence_is_cut_at_a_clause() {
        let s = "The council approved a new ferry line across the harbour on Tuesday, after a year of long and heated debate.";
        assert_eq!(headline(s, 12, lang::english()), "The council approved a new ferry line across the harbour on Tuesday");
        let s = "The city council approved a new ferry line across the harbour of the old port town after a year.";
        assert_eq!(headline(s, 12, lang::english()), "The city council approved a new ferry line across the harbour…");
    }

    #[test]
    fn empty_and_odd_texts_give_no_lines_or_their_own() {
        for text in ["", "   \n\t ", "\u{0}\u{1}", "…"] {
            for kind in [Kind::KeyPoints, Kind::Tldr, Kind::Teaser, Kind::Headline] {
                let lines = brief(text, kind, Length::Long, Options { title: Some(" ".into()), ..Options::default() });
                assert!(lines.iter().all(|l| text.contains(l.trim_end_matches('…'))), "{text:?} {lines:?}");
            }
        }
        assert_eq!(ask(Kind::Tldr, Length::Short, "Please write a sentence in English."), ["Please write a sentence in English."]);
    }

    #[test]
    fn unspaced_scripts_are_cut_by_characters() {
        let text =
            "東京都は新しい交通計画を発表し、市内の主要な駅を結ぶ路面電車の路線を二つ増やすことを決めたと市の担当者が記者会見で述べた。";
        let h = brief(text, Kind::Headline, Length::Short, Options { language: Some("ja".into()), ..Options::default() });
        assert_eq!(h, ["東京都は新しい交通計画を発表し"]);
    }
}
