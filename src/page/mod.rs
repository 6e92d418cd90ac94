//! A web page's article, found and read in the pure core. An adapter (`dom/` for the live DOM,
//! `html.rs` for saved HTML) reports the page through [`PageBuilder`]; [`find_article`] picks the
//! article the way the best extractors do (`find`), [`read_element`] reads an element the caller
//! chose; both classify the article's blocks (`classify`) and keep only prose as the text to
//! summarize, with the headline as its title and a map from every UTF-16 offset of that text back
//! to the text node it came from (for highlighting).

pub mod classify;
pub mod dropped;
pub mod find;
pub mod flow;
pub mod hints;
pub mod model;
pub mod pasted;
pub mod tags;

#[cfg(test)]
pub(crate) mod html_for_tests;

pub use classify::Kind;
pub use flow::{Block, Region, Segment};
pub use model::{one_line, Attrs, Display, Element, Node, Page, PageBuilder};

/// The text of an article, ready for the summarizer, and its way back to the page.
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// The element the article was read from (for `find_article`: the best box).
    pub root: u32,
    /// The prose blocks, separated by blank lines.
    pub text: String,
    pub len16: u32,
    /// Runs of `text` copied from text nodes, in order (UTF-16 offsets of `text`).
    pub segments: Vec<Segment>,
    pub title: Option<String>,
    pub language: Option<String>,
    /// The blocks of the article's boxes left out of `text`, with their kinds, in document order.
    pub left_out: Vec<(Kind, String)>,
}

/// The document's first element that holds the rest (`<body>` when there is one).
fn page_root(page: &Page) -> u32 {
    (0..page.nodes.len() as u32).find(|&i| page.element(i).is_some_and(|e| &*e.tag == "body")).unwrap_or(0)
}

/// The scores and best box of the page: a strict pass, then a lenient one when the strict pass
/// finds too little (its best box holds less than `find::WEIGHTS.retry_below` characters).
fn search(page: &Page, root: u32, blocks: &[Block]) -> Option<(find::Scores, u32)> {
    let strict = find::score(page, root, blocks, true);
    let first = find::best(page, &strict);
    if let Some(top) = first {
        if strict.chars[top as usize] >= find::WEIGHTS.retry_below {
            return Some((strict, top));
        }
    }
    let lenient = find::score(page, root, blocks, false);
    match find::best(page, &lenient) {
        Some(top) if first.map_or(true, |f| lenient.chars[top as usize] > strict.chars[f as usize]) => Some((lenient, top)),
        _ => first.map(|f| (strict, f)),
    }
}

/// The best box of the page (Readability's top candidate), if the page has an article.
pub fn best_element(page: &Page) -> Option<u32> {
    let root = page_root(page);
    let blocks = flow::blocks(page, root);
    search(page, root, &blocks).map(|(_, top)| top)
}

/// Finds the article on the page and reads it; `None` when the page has none.
pub fn find_article(page: &Page) -> Option<Article> {
    let root = page_root(page);
    let blocks = flow::blocks(page, root);
    let (scores, top) = search(page, root, &blocks)?;
    let unit = find::only_child(page, &scores, top);
    let boxes = find::with_siblings(page, &scores, unit, top);
    let within = |b: &Block, x: u32| b.container >= x && b.container < page.element(x).map_or(x, |e| e.end);
    // Each block with where its names start to count: below the best box (whose own name may
    // say anything, "entry-content-read-more"), or from a sibling box itself ("article__lead").
    let box_of = |b: &Block| {
        let x = boxes.iter().copied().find(|&x| within(b, x))?;
        Some(if within(b, top) {
            top
        } else if x == unit {
            x
        } else {
            page.element(x)?.parent.unwrap_or(x)
        })
    };
    let mut chosen: Vec<(&Block, u32)> = Vec::new();
    let mut first = None;
    for (i, b) in blocks.iter().enumerate() {
        if let Some(x) = box_of(b).filter(|_| !scores.excluded[b.container as usize]) {
            first = first.or(Some(i));
            chosen.push((b, x));
        }
    }
    // The story's lead between its headline and the box (a teaser in the article's header).
    let start = chosen.first().map(|(b, _)| b.container);
    let mut read = first.map_or(Vec::new(), |f| lead(page, &blocks[..f], &scores.excluded, top));
    read.extend(chosen);
    let mut article = assemble(page, top, &read);
    if article.title.is_none() {
        article.title = headline(page, &blocks, start);
    }
    (article.len16 > 0).then_some(article)
}

/// The lead of a story (a teaser, an intro, an excerpt in the article's header): paragraphs
/// between the last `<h1>` before the article's box (else the last heading that reads as the
/// page's title) and that box, inside the box's grandparent or the ancestor above it that holds
/// the headline (the story's own header, not a sidebar or a ticker), in the body or a header, in
/// no box named like furniture, not list items nor headings (unless one is as long as a
/// paragraph: a lede set in `<h2>`), as long as a sibling paragraph and with as few links, and
/// prose by its text and the names of its boxes below that ancestor (the page's wrappers, the
/// body's classes, say nothing of it; a box named as a standfirst, "dek", "teaser", stays out,
/// as inside the article, unless it is as long as an intro).
fn lead<'b>(page: &Page, before: &'b [Block], excluded: &[bool], top: u32) -> Vec<(&'b Block, u32)> {
    let up = |i: u32| page.element(i).and_then(|e| e.parent).unwrap_or(i);
    let usable = |b: &Block| matches!(b.region, Region::Body | Region::Header);
    // Else the page's title set in a lesser heading (an `<h2>` that reads as the `og:title`).
    let titled = |b: &Block| {
        let t = one_line(&b.text);
        t.len() > 10 && [&page.meta_title, &page.doc_title].iter().any(|m| m.as_deref().is_some_and(|m| m.starts_with(&t)))
    };
    let Some(h) = before.iter().rposition(|b| is_h1(page, b) && usable(b)).or_else(|| before.iter().rposition(|b| usable(b) && titled(b)))
    else {
        return Vec::new();
    };
    // The story's own header: the box's grandparent, or the ancestor above it that holds the
    // headline (the lead sits in a sibling column or row of the box), a few levels up at most.
    let mut near = up(up(top));
    for _ in 0..find::WEIGHTS.lead_levels {
        if near <= before[h].container {
            break;
        }
        near = up(near);
    }
    let near_end = page.element(near).map_or(0, |e| e.end);
    let mut names = classify::Names::new(page);
    let after = &before[h + 1..];
    after
        .iter()
        .enumerate()
        .filter(|&(i, b)| {
            let tag = page.element(b.container).map_or("", |e| &*e.tag);
            // A text printed twice (a dek in the header and again above the story) is read once,
            // as what its first copy is.
            !after[..i].iter().any(|o| o.text == b.text)
                && b.container > near
                && b.container < near_end
                && (b.region == Region::Header || (b.region == Region::Body && !excluded[b.container as usize]))
                && !matches!(tag, "li" | "dt" | "dd")
                && (!matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6") || b.chars >= find::WEIGHTS.lead_heading)
                && b.chars >= find::WEIGHTS.sibling_paragraph
                && (b.link_chars as f32) < b.chars as f32 * find::WEIGHTS.sibling_link_density
                && match classify::body_kind(page, &mut names, b, near) {
                    Kind::Prose => true,
                    Kind::Standfirst => b.chars >= find::WEIGHTS.lead_intro || classify::is_intro(page, &mut names, b, near),
                    _ => false,
                }
                && !negative_names(page, b.container, near)
        })
        .map(|(_, b)| (b, u32::MAX))
        .collect()
}

/// Whether a box between `at` (included) and `near` is named like furniture ("widget",
/// "metadata", "sidebar"): a lead is in the story's own boxes.
fn negative_names(page: &Page, mut at: u32, near: u32) -> bool {
    while let Some(e) = page.element(at).filter(|_| at > near) {
        if hints::any(&e.hints, hints::NEGATIVE) {
            return true;
        }
        at = e.parent.unwrap_or(near);
    }
    false
}

/// Reads the element at `root` as the article (the caller chose it).
pub fn read_element(page: &Page, root: u32) -> Article {
    let blocks = flow::blocks(page, root);
    let all: Vec<(&Block, u32)> = blocks.iter().map(|b| (b, root)).collect();
    let mut article = assemble(page, root, &all);
    if article.title.is_none() {
        article.title = headline_in(page, &blocks).or_else(|| page.h1_hint.clone()).or_else(|| page_headline(page));
    }
    article
}

/// Joins the prose of `blocks` (each classified by the names below its box) into the article's
/// text.
fn assemble(page: &Page, root: u32, blocks: &[(&Block, u32)]) -> Article {
    let mut a = Article { root, language: page.language(root).map(str::to_string), ..Article::default() };
    let mut names = classify::Names::new(page);
    for &(b, names_root) in blocks {
        // A lead (names root u32::MAX) is prose whatever its names say.
        let kind = if names_root == u32::MAX { Kind::Prose } else { classify::kind(page, &mut names, b, names_root) };
        if kind != Kind::Prose {
            a.left_out.push((kind, b.text.clone()));
        }
        match kind {
            Kind::Headline if a.title.is_none() => a.title = Some(one_line(&b.text)),
            Kind::Prose => {
                if !a.text.is_empty() {
                    a.text.push_str("\n\n");
                    a.len16 += 2;
                }
                a.segments.extend(b.segments.iter().map(|s| Segment { out: s.out + a.len16, ..*s }));
                a.text.push_str(&b.text);
                a.len16 += b.len16;
            }
            _ => {}
        }
    }
    a
}

fn is_h1(page: &Page, b: &Block) -> bool {
    page.element(b.container).is_some_and(|e| &*e.tag == "h1") && !b.text.trim().is_empty()
}

/// The first `<h1>` among `blocks` (any region: an article's header holds its headline).
fn headline_in(page: &Page, blocks: &[Block]) -> Option<String> {
    blocks.iter().find(|b| is_h1(page, b)).map(|b| one_line(&b.text))
}

/// The page's headline: its first `<h1>` outside navigation, asides and footers, else the
/// `og:title`, else the document's title.
fn page_headline(page: &Page) -> Option<String> {
    let blocks = flow::blocks(page, page_root(page));
    headline(page, &blocks, None)
}

/// The headline of an article starting at `start`: the last `<h1>` before it outside navigation,
/// asides and footers, else the page's first such `<h1>`, the `og:title`, the document's title.
fn headline(page: &Page, blocks: &[Block], start: Option<u32>) -> Option<String> {
    let usable = |b: &&Block| is_h1(page, b) && matches!(b.region, Region::Body | Region::Header | Region::Figure);
    let before = start.and_then(|s| blocks.iter().rev().filter(|b| b.container < s).find(usable));
    before
        .or_else(|| blocks.iter().find(usable))
        .map(|b| one_line(&b.text))
        .or_else(|| page.meta_title.clone())
        .or_else(|| page.doc_title.clone())
}

#[cfg(test)]
mod tests;
