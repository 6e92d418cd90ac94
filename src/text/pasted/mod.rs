//! A whole web page pasted as text: which paragraphs are the article. Selecting a page and pasting
//! it brings menus, cookie notices, related headlines and promos along as plain lines. The
//! approach is jusText's (Pomikálek, 2011): a paragraph is good when it is long and dense in the
//! language's stopwords (prose is; menus, headlines and labels are not), short and near-good
//! paragraphs take the verdict of their neighbours, and the article is the longest stretch of good
//! paragraphs. It only runs on texts that look like a pasted page (many short lines), so an
//! article pasted alone is read as before.

mod shape;

use super::blocks::{BlockKind, Furniture, RawBlock};
use super::words::{fold_into, tokens};
use crate::lang::Language;
use crate::text::chars::is_paragraph_end;
use crate::text::hash::StrMap;

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
    /// A short line with a number whose shape (digits aside) recurs this often is a thread's or
    /// a list's metadata ("2 days ago at 07:52 am", "Rating: 36 Votes", "November 19, 2019 at
    /// 6:34 am"): each one starts a new post, so it ends a stretch. An article has its date once.
    pub thread_repeats: usize,
    /// Near-good paragraphs in a row (at least this many) are good (see `near_good_runs`).
    pub near_good_run: usize,
    /// Good prose before the stretch's byline or date line, up to this share of the stretch, is
    /// a standfirst or a summary box over the story, not the story.
    pub standfirst_share: f32,
}

pub const WEIGHTS: PastedWeights = PastedWeights {
    max_page_bytes: 500_000,
    page_blocks: 20,
    page_short_share: 0.3,
    short_line: 40,
    length_low: 70,
    length_high: 200,
    stopwords_high: 0.30,
    stopwords_low: 0.25,
    max_gap: 3,
    thread_repeats: 3,
    near_good_run: 3,
    standfirst_share: 0.2,
};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Verdict {
    Good,
    NearGood,
    Short,
    Bad,
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().chars().last().is_some_and(is_paragraph_end)
}

fn is_short_line(text: &str) -> bool {
    text.chars().count() < WEIGHTS.short_line && !ends_sentence(text)
}

/// Whether the blocks look like a whole page pasted (rather than an article).
fn looks_like_page(text: &str, blocks: &[RawBlock]) -> bool {
    if blocks.len() < WEIGHTS.page_blocks || text.len() > WEIGHTS.max_page_bytes {
        return false;
    }
    let short = blocks.iter().filter(|b| b.kind != BlockKind::Prose || is_short_line(&text[b.span.start..b.span.end])).count();
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

/// The near-good paragraphs in runs of at least `near_good_run` good or near-good ones (other
/// blocks between them aside): a story in one-sentence paragraphs has none long enough to be
/// good alone, but many in a row, where a teaser or a notice stands by itself.
fn near_good_runs(v: &[Verdict], blocks: &[RawBlock]) -> Vec<usize> {
    let prose: Vec<usize> = (0..v.len()).filter(|&i| blocks[i].kind == BlockKind::Prose).collect();
    let mut out = Vec::new();
    for run in prose.split(|&i| !matches!(v[i], Verdict::Good | Verdict::NearGood)) {
        if run.len() >= WEIGHTS.near_good_run {
            out.extend(run.iter().filter(|&&i| v[i] == Verdict::NearGood));
        }
    }
    out
}

/// For every block, the nearest Good or Bad verdict before it (Bad before the first), in one pass.
fn nearest_before(v: &[Verdict]) -> Vec<Verdict> {
    let mut last = Verdict::Bad;
    v.iter()
        .map(|&x| {
            let before = last;
            if matches!(x, Verdict::Good | Verdict::Bad) {
                last = x;
            }
            before
        })
        .collect()
}

/// Short and near-good paragraphs take their neighbours' verdict (the nearest Good or Bad on each
/// side, Bad past the ends): short ones between good ones are good, near-good ones next to a good
/// one are good; the rest are bad. Linear: two passes, not a walk from every block.
fn in_context(v: &[Verdict]) -> Vec<bool> {
    let before = nearest_before(v);
    let reversed: Vec<Verdict> = v.iter().rev().copied().collect();
    let mut after = nearest_before(&reversed);
    after.reverse();
    (0..v.len())
        .map(|i| {
            let (b, a) = (before[i] == Verdict::Good, after[i] == Verdict::Good);
            match v[i] {
                Verdict::Good => true,
                Verdict::Bad => false,
                Verdict::Short => b && a,
                Verdict::NearGood => b || a,
            }
        })
        .collect()
}

/// A line's shape with its digits folded: "2 days ago at 07:52 am" → "0 days ago at 0:0 am".
fn digit_shape(line: &str) -> Option<String> {
    let mut shape = String::with_capacity(line.len());
    let mut digits = false;
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !shape.ends_with('0') || !digits {
                shape.push('0');
            }
            digits = true;
        } else {
            shape.push(c);
        }
    }
    digits.then_some(shape)
}

/// The short lines that are a thread's or list's metadata (see `thread_repeats`).
fn thread_lines(text: &str, blocks: &[RawBlock]) -> Vec<bool> {
    let shapes: Vec<Option<String>> = blocks
        .iter()
        .map(|b| {
            let line = &text[b.span.start..b.span.end];
            let short = b.kind != BlockKind::Prose || is_short_line(line);
            if short {
                digit_shape(line)
            } else {
                None
            }
        })
        .collect();
    // text/hash.rs, not std's HashMap: std's brings its random state and about 5 KB into the module.
    // Counts as u64, the stopword index's value type: one copy of the map's code in the module.
    let mut counts: StrMap<u64> = StrMap::default();
    for shape in shapes.iter().flatten() {
        *counts.value_mut(shape.as_str()) += 1;
    }
    shapes.iter().map(|s| s.as_deref().is_some_and(|s| counts.lookup(s).1.unwrap_or(0) >= WEIGHTS.thread_repeats as u64)).collect()
}

/// The stretch of good blocks (gaps of at most `max_gap`, no thread line after its first good
/// block) holding the most good text.
fn best_stretch(good: &[bool], breaks: &[bool], sizes: &[usize]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut i = 0;
    while i < good.len() {
        if !good[i] {
            i += 1;
            continue;
        }
        let (start, mut end, mut size, mut gap) = (i, i, 0, 0);
        while i < good.len() && gap <= WEIGHTS.max_gap {
            if breaks[i] && size > 0 {
                break;
            }
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
    let shapes = shape::shapes(text, &blocks);
    let verdicts: Vec<Verdict> = blocks
        .iter()
        .zip(&shapes)
        .map(|(b, shape)| match (b.kind, shape) {
            (BlockKind::Prose, Some(_)) => Verdict::Bad,
            (BlockKind::Prose, None) => verdict(&text[b.span.start..b.span.end], language),
            _ => Verdict::Short,
        })
        .collect();
    let mut good = in_context(&verdicts);
    // A run of menu labels between a cookie notice and the article takes the good verdict in
    // context, but only prose can carry the stretch: other blocks count as gaps.
    for (g, b) in good.iter_mut().zip(&blocks) {
        *g &= b.kind == BlockKind::Prose;
    }
    for i in near_good_runs(&verdicts, &blocks) {
        good[i] = true;
    }
    // A short story may have no good paragraph at all: then its near-good ones carry the stretch.
    if !good.contains(&true) {
        good = verdicts.iter().zip(&blocks).map(|(v, b)| *v == Verdict::NearGood && b.kind == BlockKind::Prose).collect();
    }
    let sizes: Vec<usize> = blocks.iter().map(|b| b.span.end - b.span.start).collect();
    let breaks = thread_lines(text, &blocks);
    let Some((start, end)) = best_stretch(&good, &breaks, &sizes) else {
        return blocks;
    };
    let start = after_byline(&blocks, &good, &sizes, start, end);
    for (i, b) in blocks.iter_mut().enumerate() {
        if b.kind == BlockKind::Prose && (i < start || i > end || !good[i]) {
            b.kind = BlockKind::Furniture(Furniture::Boilerplate);
        }
    }
    blocks
}

/// Where the story starts in the stretch `start..=end`: after a byline or date line that only a
/// little good prose comes before (a headline's standfirst, a summary box), else at `start`.
fn after_byline(blocks: &[RawBlock], good: &[bool], sizes: &[usize], start: usize, end: usize) -> usize {
    let total: usize = (start..=end).filter(|&i| good[i]).map(|i| sizes[i]).sum();
    let mut before = 0;
    let mut from = start;
    for i in start..=end {
        if matches!(blocks[i].kind, BlockKind::Furniture(Furniture::Byline | Furniture::DateLine)) {
            from = i + 1;
        } else if good[i] {
            before += sizes[i];
            if before as f32 > total as f32 * WEIGHTS.standfirst_share {
                break;
            }
        }
    }
    from
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

    /// A page's menu: `n` short labels.
    fn menu(n: usize) -> String {
        (0..n).map(|i| format!("Section {i}\n\n")).collect()
    }

    /// Every paragraph kept is one of the story's (they all start "The council").
    fn assert_only_the_story(kept: &[String]) {
        assert!(!kept.is_empty() && kept.iter().all(|p| p.starts_with("The council")), "{kept:?}");
    }

    const PARA: &str = "The council said on Monday that it would bring the ferry back to the harbour, and that the first boats would run in the spring if the money is there for them.";

    /// `in_context` by its definition: from every block, walk to the nearest Good or Bad.
    fn in_context_by_walking(v: &[Verdict]) -> Vec<bool> {
        let near = |i: usize, step: isize| {
            let mut j = i as isize + step;
            while j >= 0 && (j as usize) < v.len() {
                if matches!(v[j as usize], Verdict::Good | Verdict::Bad) {
                    return v[j as usize];
                }
                j += step;
            }
            Verdict::Bad
        };
        (0..v.len())
            .map(|i| match v[i] {
                Verdict::Good => true,
                Verdict::Bad => false,
                Verdict::Short => near(i, -1) == Verdict::Good && near(i, 1) == Verdict::Good,
                Verdict::NearGood => near(i, -1) == Verdict::Good || near(i, 1) == Verdict::Good,
            })
            .collect()
    }

    #[test]
    fn verdicts_in_context_in_two_passes_match_the_definition() {
        use Verdict::*;
        let all = [Good, NearGood, Short, Bad];
        // Every sequence of up to six verdicts.
        for len in 0..=6u32 {
            for code in 0..4usize.pow(len) {
                let v: Vec<Verdict> = (0..len).map(|k| all[code / 4usize.pow(k) % 4]).collect();
                assert_eq!(in_context(&v), in_context_by_walking(&v), "{v:?}");
            }
        }
    }

    #[test]
    fn a_pasted_page_keeps_its_article_only() {
        let menu = menu(16);
        let related = "Related stories\n\nTen things to know about ferries\n\nBest deals this week\n\n";
        let text = format!("{menu}{PARA}\n\n{PARA} More of it.\n\n{PARA} And more.\n\n{related}Sign in\n\nCookie settings\n\n");
        let kept = prose_of(&text);
        assert_eq!(kept.len(), 3, "{kept:?}");
        assert!(kept.iter().all(|p| p.starts_with("The council")), "{kept:?}");
    }

    #[test]
    fn a_page_with_a_short_menu_is_still_a_page() {
        // A third of the lines are labels (a short menu, a subscribe box, share buttons).
        let labels = ["U.S. news", "Breaking News Emails", "SUBSCRIBE", "Sign Up", "Share", "Comments", "Advertisement"];
        let story: String = (0..14).map(|i| format!("{PARA} Part {i}.\n\n")).collect();
        let text = format!("{}\n\n{story}{}", labels[..3].join("\n\n"), labels[3..].join("\n\n"));
        assert!(looks_like_page(&text, &blocks(&text)));
        assert_only_the_story(&prose_of(&text));
    }

    #[test]
    fn an_article_pasted_alone_is_untouched() {
        let text = format!("{PARA}\n\nShort line\n\n{PARA}\n\n{PARA}");
        let all = blocks(&text).iter().filter(|b| b.kind == BlockKind::Prose).count();
        assert_eq!(prose_of(&text).len(), all);
    }

    #[test]
    fn a_menu_between_a_notice_and_the_story_does_not_join_them() {
        let menu = menu(30);
        let notice = "Our website uses cookies to improve its performance and enhance your experience, and you can change the settings in your browser whenever you wish to do so.";
        let text = format!("{notice}\n\n{menu}{PARA}\n\n{PARA} More of it.\n\n{PARA} And more.\n\nSign in\n\n");
        assert_only_the_story(&prose_of(&text));
    }

    #[test]
    fn a_comment_thread_is_cut_at_its_recurring_time_lines() {
        let menu = menu(12);
        let comment = "I think that the council should have done this years ago, and that the ferry will be a great thing for all of us who live on the island and work in the town.";
        let thread: String = (1..=6).map(|i| format!("reader{i}\n\n{i} days ago at 07:5{i} am\n\n{comment}\n\n")).collect();
        let text = format!("{menu}{PARA}\n\n{PARA} More of it.\n\nComments\n\n{thread}");
        assert_only_the_story(&prose_of(&text));
    }

    #[test]
    fn a_story_in_short_paragraphs_after_its_byline() {
        let menu = menu(20);
        let short = [
            "The ferry will come back to the harbour in the spring, the council said.",
            "It was taken away ten years ago when the money ran out for it.",
            "Islanders have asked for it to return ever since then, and now it will.",
        ];
        let standfirst = "The council said that the boats would be running again by the spring.";
        let story = short.join("\n\n");
        let text = format!("{menu}Ferry to return\n\n{standfirst}\n\nBy Jane Doe\n\n{story}\n\n{PARA}\n\nSign in\n\n");
        let kept = prose_of(&text);
        assert_eq!(kept.first().map(String::as_str), Some(short[0]), "{kept:?}");
        assert!(!kept.iter().any(|p| p == standfirst), "{kept:?}");
    }
}
