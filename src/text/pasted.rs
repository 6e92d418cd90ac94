//! A whole web page pasted as text: which paragraphs are the article. Selecting a page and pasting
//! it brings menus, cookie notices, related headlines and promos along as plain lines. The
//! approach is jusText's (Pomikálek, 2011): a paragraph is good when it is long and dense in the
//! language's stopwords (prose is; menus, headlines and labels are not), short and near-good
//! paragraphs take the verdict of their neighbours, and the article is the longest stretch of good
//! paragraphs. It only runs on texts that look like a pasted page (many short lines), so an
//! article pasted alone is read as before.

use super::blocks::{BlockKind, Furniture, RawBlock};
use super::words::{fold_into, tokens};
use crate::lang::Language;

/// The thresholds, each with its reason (jusText's defaults where they exist).
pub struct PastedWeights {
    /// Longer texts (bytes) are not one page but many texts together (a feed, a corpus): left
    /// whole, so every part can be summarized.
    pub max_page_bytes: usize,
    /// A text is a pasted page when it has at least this many blocks...
    pub page_blocks: usize,
    /// ...and at least this share of them are short lines without sentence punctuation.
    pub page_short_share: f32,
    /// A line shorter than this (characters) without closing punctuation is a page's label.
    pub short_line: usize,
    /// Shorter paragraphs (characters) are judged by their neighbours (jusText: 70).
    pub length_low: usize,
    /// Longer paragraphs with enough stopwords are good on their own (jusText: 200).
    pub length_high: usize,
    /// Stopword share of a good paragraph, and of a near-good one (jusText: 0.32, 0.30, with
    /// larger stopword lists than ours: lower here).
    pub stopwords_high: f32,
    pub stopwords_low: f32,
    /// Non-good blocks (labels, a short line) that may sit inside one stretch of the article.
    pub max_gap: usize,
}

pub const WEIGHTS: PastedWeights = PastedWeights {
    max_page_bytes: 500_000,
    page_blocks: 20,
    page_short_share: 0.4,
    short_line: 40,
    length_low: 70,
    length_high: 200,
    stopwords_high: 0.30,
    stopwords_low: 0.25,
    max_gap: 3,
};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Verdict {
    Good,
    NearGood,
    Short,
    Bad,
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ')' | '。' | '！' | '？' | '»'))
}

fn is_short_line(text: &str) -> bool {
    text.chars().count() < WEIGHTS.short_line && !ends_sentence(text)
}

/// Whether the blocks look like a whole page pasted (rather than an article).
fn looks_like_page(text: &str, blocks: &[RawBlock]) -> bool {
    if blocks.len() < WEIGHTS.page_blocks || text.len() > WEIGHTS.max_page_bytes {
        return false;
    }
    let short = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Prose || is_short_line(&text[b.span.start..b.span.end]))
        .count();
    short as f32 >= blocks.len() as f32 * WEIGHTS.page_short_share
}

/// jusText's context-free verdict on one prose paragraph.
fn verdict(text: &str, language: &Language) -> Verdict {
    let chars = text.chars().count();
    if chars < WEIGHTS.length_low {
        return Verdict::Short;
    }
    let (mut words, mut stop) = (0usize, 0usize);
    let mut folded = String::new();
    for (_, w) in tokens(text) {
        words += 1;
        folded.clear();
        fold_into(w, &mut folded);
        stop += language.is_stopword(&folded) as usize;
    }
    let density = if words == 0 { 0.0 } else { stop as f32 / words as f32 };
    if density >= WEIGHTS.stopwords_high && chars >= WEIGHTS.length_high {
        Verdict::Good
    } else if density >= WEIGHTS.stopwords_low {
        Verdict::NearGood
    } else {
        Verdict::Bad
    }
}

/// The nearest Good or Bad verdict before (`step` -1) or after (+1) `i`; Bad past the ends.
fn neighbour(v: &[Verdict], i: usize, forward: bool) -> Verdict {
    let mut j = i;
    loop {
        if forward {
            j += 1;
            if j >= v.len() {
                return Verdict::Bad;
            }
        } else {
            if j == 0 {
                return Verdict::Bad;
            }
            j -= 1;
        }
        if matches!(v[j], Verdict::Good | Verdict::Bad) {
            return v[j];
        }
    }
}

/// Short and near-good paragraphs take their neighbours' verdict: short ones between good ones
/// are good, near-good ones next to a good one are good; the rest are bad.
fn in_context(v: &[Verdict]) -> Vec<bool> {
    (0..v.len())
        .map(|i| match v[i] {
            Verdict::Good => true,
            Verdict::Bad => false,
            Verdict::Short => neighbour(v, i, false) == Verdict::Good && neighbour(v, i, true) == Verdict::Good,
            Verdict::NearGood => neighbour(v, i, false) == Verdict::Good || neighbour(v, i, true) == Verdict::Good,
        })
        .collect()
}

/// The stretch of good blocks (gaps of at most `max_gap`) holding the most good text.
fn best_stretch(good: &[bool], sizes: &[usize]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut i = 0;
    while i < good.len() {
        if !good[i] {
            i += 1;
            continue;
        }
        let (start, mut end, mut size, mut gap) = (i, i, 0, 0);
        while i < good.len() && gap <= WEIGHTS.max_gap {
            if good[i] {
                end = i;
                size += sizes[i];
                gap = 0;
            } else {
                gap += 1;
            }
            i += 1;
        }
        if best.map_or(true, |(_, _, s)| size > s) {
            best = Some((start, end, size));
        }
        i = end + 1;
    }
    best.map(|(s, e, _)| (s, e))
}

/// Marks the prose of a pasted page outside its article as boilerplate (blocks of an article
/// pasted alone are returned as they are).
pub fn keep_article(text: &str, mut blocks: Vec<RawBlock>, language: &Language) -> Vec<RawBlock> {
    if language.stopwords.is_empty() || !looks_like_page(text, &blocks) {
        return blocks;
    }
    let verdicts: Vec<Verdict> = blocks
        .iter()
        .map(|b| match b.kind {
            BlockKind::Prose => verdict(&text[b.span.start..b.span.end], language),
            _ => Verdict::Short,
        })
        .collect();
    let good = in_context(&verdicts);
    let sizes: Vec<usize> = blocks.iter().map(|b| b.span.end - b.span.start).collect();
    let Some((start, end)) = best_stretch(&good, &sizes) else {
        return blocks;
    };
    for (i, b) in blocks.iter_mut().enumerate() {
        if b.kind == BlockKind::Prose && (i < start || i > end || !good[i]) {
            b.kind = BlockKind::Furniture(Furniture::Boilerplate);
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;
    use crate::text::blocks::blocks;

    fn prose_of(text: &str) -> Vec<String> {
        keep_article(text, blocks(text), lang::english())
            .iter()
            .filter(|b| b.kind == BlockKind::Prose)
            .map(|b| text[b.span.start..b.span.end].to_string())
            .collect()
    }

    const PARA: &str = "The council said on Monday that it would bring the ferry back to the harbour, and that the first boats would run in the spring if the money is there for them.";

    #[test]
    fn a_pasted_page_keeps_its_article_only() {
        let menu: String = (0..16).map(|i| format!("Section {i}\n\n")).collect();
        let related = "Related stories\n\nTen things to know about ferries\n\nBest deals this week\n\n";
        let text = format!("{menu}{PARA}\n\n{PARA} More of it.\n\n{PARA} And more.\n\n{related}Sign in\n\nCookie settings\n\n");
        let kept = prose_of(&text);
        assert_eq!(kept.len(), 3, "{kept:?}");
        assert!(kept.iter().all(|p| p.starts_with("The council")), "{kept:?}");
    }

    #[test]
    fn an_article_pasted_alone_is_untouched() {
        let text = format!("{PARA}\n\nShort line\n\n{PARA}\n\n{PARA}");
        let all = blocks(&text).iter().filter(|b| b.kind == BlockKind::Prose).count();
        assert_eq!(prose_of(&text).len(), all);
    }
}
