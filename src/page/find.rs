//! Finding the article on a page, the way Readability.js does: every paragraph scores its parent
//! (and, fading, the ancestors above) by its length and commas; boxes named like content gain,
//! boxes named like comments or promos lose; link-heavy boxes are discounted by their link
//! density; the best box wins, and its siblings join it when they score nearly as well or read
//! like paragraphs of the same story.

use super::flow::{Block, Region};
use super::hints;
use super::model::{Node, Page};

/// The numbers of the search, each with its reason.
pub struct FindWeights {
    /// A paragraph shorter than this (characters) is a label or a link, not evidence of an article.
    pub min_paragraph: u32,
    /// Characters per point of a paragraph's length score, and the cap on it (Readability: 100, 3).
    pub chars_per_point: u32,
    pub max_length_points: f32,
    /// How many ancestors above a paragraph receive its score (Readability: 5).
    pub ancestor_levels: usize,
    /// `itemprop=articleBody` is the publisher saying where the article is.
    pub article_body: f32,
    /// Siblings join the best box at this share of its score (Readability: 0.2, at least 10).
    pub sibling_share: f32,
    pub sibling_min: f32,
    /// A sibling paragraph this long with little link text joins too.
    pub sibling_paragraph: u32,
    pub sibling_link_density: f32,
    /// Alternative boxes scoring this share of the best, three of them under one ancestor, make
    /// that ancestor the article (the story is split over several boxes).
    pub alternative_share: f32,
    /// Less text than this (characters) in the best box: the page has no article.
    pub min_article: u32,
    /// Less text than this in the first pass's article: search again keeping unlikely names.
    pub retry_below: u32,
    /// How many levels above the box's grandparent the story's lead is looked for (up to the
    /// ancestor that holds the headline).
    pub lead_levels: u32,
    /// A heading this long before the box is a lede set in a heading tag, not a heading.
    pub lead_heading: u32,
    /// A box named as a standfirst before the story's box, this long, is its intro (its first
    /// paragraph, an "excerpt" of two or three sentences), not a one-line dek.
    pub lead_intro: u32,
}

pub const WEIGHTS: FindWeights = FindWeights {
    min_paragraph: 25,
    chars_per_point: 100,
    max_length_points: 3.0,
    ancestor_levels: 5,
    article_body: 50.0,
    sibling_share: 0.2,
    sibling_min: 10.0,
    sibling_paragraph: 80,
    sibling_link_density: 0.25,
    alternative_share: 0.75,
    min_article: 200,
    retry_below: 500,
    lead_levels: 8,
    lead_heading: 150,
    lead_intro: 200,
};

/// Per element: whether it is dropped before scoring, its score, and its text totals.
pub struct Scores {
    /// The element searched within: never itself the answer (it holds everything).
    pub root: u32,
    pub excluded: Vec<bool>,
    pub score: Vec<f32>,
    pub scored: Vec<bool>,
    pub chars: Vec<u32>,
    pub link_chars: Vec<u32>,
}

impl Scores {
    pub fn link_density(&self, i: u32) -> f32 {
        let c = self.chars[i as usize];
        if c == 0 {
            0.0
        } else {
            self.link_chars[i as usize] as f32 / c as f32
        }
    }
}

/// The tag's prior, as in Readability.js: boxes that usually hold prose start higher.
fn tag_weight(tag: &str) -> f32 {
    match tag {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Commas of every script (Readability's list): more clauses, more prose.
fn commas(text: &str) -> usize {
    text.chars()
        .filter(|c| {
            matches!(
                c,
                ',' | '\u{60c}' | '\u{fe50}' | '\u{fe10}' | '\u{fe11}' | '\u{2e41}' | '\u{2e34}' | '\u{2e32}' | '\u{ff0c}' | '\u{3001}'
            )
        })
        .count()
}

/// Whether element `i` is dropped: hidden boxes are never read; unlikely names and non-content
/// roles drop the box unless it is the article's own (`articleBody`, `<article>`, `<main>`).
fn own_exclusion(page: &Page, i: u32) -> bool {
    let Some(e) = page.element(i) else {
        return false;
    };
    if matches!(&*e.tag, "body" | "html" | "article" | "main") || e.itemprop.contains("articlebody") {
        return false;
    }
    hints::unlikely(&e.hints)
}

/// Whether a block can be evidence of an article, and what it is worth.
fn paragraph_score(page: &Page, block: &Block, excluded: &[bool]) -> Option<f32> {
    if block.region != Region::Body || excluded[block.container as usize] {
        return None;
    }
    if block.chars < WEIGHTS.min_paragraph {
        return None;
    }
    let tag = page.element(block.container).map(|e| &*e.tag).unwrap_or("");
    if matches!(tag, "li" | "dt" | "dd" | "h1" | "th" | "caption" | "a" | "summary") {
        return None;
    }
    let length = ((block.chars / WEIGHTS.chars_per_point) as f32).min(WEIGHTS.max_length_points);
    Some(1.0 + commas(&block.text) as f32 + length)
}

/// Elements that hold the article's own box (`<article>`, `<main>`, `itemprop=articleBody`) or a
/// headline (`<h1>`): a wrapper named "sidebar-sticky", "page-ad-margins" or "above-footer"
/// around them is not dropped.
fn holders(page: &Page, root: u32) -> Vec<bool> {
    let mut held = vec![false; page.nodes.len()];
    let end = page.element(root).map(|e| e.end).unwrap_or(0);
    for i in root..end {
        let Some(e) = page.element(i) else { continue };
        if matches!(&*e.tag, "article" | "main" | "h1") || e.itemprop.contains("articlebody") {
            let mut at = e.parent;
            while let Some(p) = at.filter(|&p| p >= root && !held[p as usize]) {
                held[p as usize] = true;
                at = page.element(p).and_then(|e| e.parent);
            }
        }
    }
    held
}

/// Scores every element under `root`; `strict` drops boxes with unlikely names first (the first
/// pass; the second, when the first finds too little, keeps them, as Readability.js retries).
pub fn score(page: &Page, root: u32, blocks: &[Block], strict: bool) -> Scores {
    let n = page.nodes.len();
    let held = if strict { holders(page, root) } else { Vec::new() };
    let mut s =
        Scores { root, excluded: vec![false; n], score: vec![0.0; n], scored: vec![false; n], chars: vec![0; n], link_chars: vec![0; n] };
    let end = page.element(root).map(|e| e.end).unwrap_or(0);
    for i in root..end {
        if let Node::Element(e) = &page.nodes[i as usize] {
            let inherited = i != root && e.parent.is_some_and(|p| s.excluded[p as usize]) && !hints::embedded_post(e);
            let own = strict && i != root && !held[i as usize] && own_exclusion(page, i);
            s.excluded[i as usize] = inherited || own;
        }
    }
    for b in blocks {
        if b.region != Region::Body || s.excluded[b.container as usize] {
            continue;
        }
        let mut at = Some(b.container);
        while let Some(i) = at.filter(|&i| i >= root) {
            s.chars[i as usize] += b.chars;
            s.link_chars[i as usize] += b.link_chars;
            at = page.element(i).and_then(|e| e.parent);
        }
    }
    for b in blocks {
        let Some(points) = paragraph_score(page, b, &s.excluded) else {
            continue;
        };
        let mut at = page.element(b.container).and_then(|e| e.parent);
        for level in 0..WEIGHTS.ancestor_levels {
            let Some(i) = at.filter(|&i| i >= root) else {
                break;
            };
            let e = page.element(i).expect("an ancestor is an element");
            if !s.scored[i as usize] {
                s.scored[i as usize] = true;
                let mut prior = tag_weight(&e.tag) + hints::class_weight(&e.hints);
                if e.itemprop.contains("articlebody") {
                    prior += WEIGHTS.article_body;
                }
                s.score[i as usize] = prior;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            s.score[i as usize] += points / divider;
            at = e.parent;
        }
    }
    for i in 0..n {
        if s.scored[i] {
            s.score[i] *= 1.0 - s.link_density(i as u32);
        }
    }
    s
}

/// The best box: the highest score, lifted to the ancestor that holds several near-best boxes.
pub fn best(page: &Page, s: &Scores) -> Option<u32> {
    // The five best boxes, best first (ties in document order): no sort of every box.
    let mut ranked: Vec<u32> = Vec::with_capacity(6);
    for i in (0..page.nodes.len() as u32).filter(|&i| s.scored[i as usize] && !s.excluded[i as usize] && i != s.root) {
        let at = ranked.partition_point(|&j| s.score[j as usize].total_cmp(&s.score[i as usize]).is_ge());
        if at < 5 {
            ranked.insert(at, i);
            ranked.truncate(5);
        }
    }
    // A page whose paragraphs sit right in the root: the root is the article.
    if ranked.is_empty() && s.scored[s.root as usize] {
        ranked.push(s.root);
    }
    let &top = ranked.first()?;
    let top_score = s.score[top as usize];
    let near: Vec<u32> =
        ranked[1..].iter().take(4).copied().filter(|&i| s.score[i as usize] >= top_score * WEIGHTS.alternative_share).collect();
    let mut chosen = top;
    if near.len() >= 3 {
        let mut at = page.element(top).and_then(|e| e.parent);
        while let Some(a) = at.filter(|&a| a != s.root) {
            let e = page.element(a)?;
            let holds = near.iter().filter(|&&i| i > a && i < e.end).count();
            if holds >= 3 {
                chosen = a;
                break;
            }
            at = e.parent;
        }
    }
    (s.chars[chosen as usize] >= WEIGHTS.min_article).then_some(chosen)
}

/// A box that is its parent's only element child stands for the parent (whose siblings then join).
pub fn only_child(page: &Page, s: &Scores, mut top: u32) -> u32 {
    while let Some(p) = page.element(top).and_then(|e| e.parent).filter(|&p| p != s.root) {
        // Pre-order: nothing but text before it in the parent, nor after it.
        let (end, p_end) = (page.element(top).map_or(top, |e| e.end), page.element(p).map_or(p, |e| e.end));
        let alone = (p + 1..top).chain(end..p_end).all(|i| page.element(i).is_none());
        if !alone {
            break;
        }
        top = p;
    }
    top
}

/// The element `depth` levels below `i`, each level a box's only element child (the way
/// [`only_child`] went up from the best box), if there is one.
fn only_descendant(page: &Page, mut i: u32, depth: usize) -> Option<u32> {
    for _ in 0..depth {
        let end = page.element(i)?.end;
        let (mut j, mut child) = (i + 1, None);
        while j < end {
            match &page.nodes[j as usize] {
                Node::Element(e) if child.is_none() => (child, j) = (Some(j), e.end),
                Node::Element(_) => return None,
                Node::Text { .. } => j += 1,
            }
        }
        i = child?;
    }
    Some(i)
}

/// A sibling of the wrapper `unit` that wraps a box like the best box `top` (its tag and names,
/// as deep), scoring as a sibling of it would join: a story split over one template's sections,
/// where each wrapper's score is a level further from its paragraphs than the box's.
fn same_template(page: &Page, s: &Scores, unit: u32, top: u32, i: u32) -> bool {
    let depth = std::iter::successors(Some(top), |&x| page.element(x).and_then(|e| e.parent)).position(|x| x == unit).unwrap_or(0);
    let Some(d) = only_descendant(page, i, depth).filter(|_| depth > 0) else {
        return false;
    };
    let (Some(t), Some(e)) = (page.element(top), page.element(d)) else {
        return false;
    };
    let top_score = s.score[top as usize];
    let threshold = (top_score * WEIGHTS.sibling_share).max(WEIGHTS.sibling_min);
    let bonus = if t.hints.is_empty() { 0.0 } else { top_score * WEIGHTS.sibling_share };
    e.tag == t.tag && e.hints == t.hints && s.scored[d as usize] && !s.excluded[d as usize] && s.score[d as usize] + bonus >= threshold
}

/// The best box and the siblings that belong with it, in document order (`unit`: the best box
/// `top` or the wrapper it is alone in).
pub fn with_siblings(page: &Page, s: &Scores, unit: u32, best: u32) -> Vec<u32> {
    let top = unit;
    let Some(parent) = page.element(top).and_then(|e| e.parent) else {
        return vec![top];
    };
    let threshold = (s.score[top as usize] * WEIGHTS.sibling_share).max(WEIGHTS.sibling_min);
    let top_hints = page.element(top).map(|e| &*e.hints).unwrap_or("");
    let mut out = Vec::new();
    let end = page.element(parent).map(|e| e.end).unwrap_or(0);
    let mut i = parent + 1;
    while i < end {
        let Node::Element(e) = &page.nodes[i as usize] else {
            i += 1;
            continue;
        };
        let joins = i == top || {
            let mut bonus = 0.0;
            if !top_hints.is_empty() && *e.hints == *top_hints {
                bonus = s.score[top as usize] * WEIGHTS.sibling_share;
            }
            let chars = s.chars[i as usize];
            let density = s.link_density(i);
            !s.excluded[i as usize]
                && ((s.scored[i as usize] && s.score[i as usize] + bonus >= threshold)
                    || (&*e.tag == "p" && chars > WEIGHTS.sibling_paragraph && density < WEIGHTS.sibling_link_density)
                    || same_template(page, s, unit, best, i))
        };
        if joins {
            out.push(i);
        }
        i = e.end;
    }
    out
}
