//! What each block of the article is. Only prose is ever a summary sentence: the headline is the
//! title, and standfirsts, bylines, captions, credits, promos and furniture are left out of the
//! text the summarizer reads.

use super::flow::{Block, Region};
use super::hints;
use super::model::Page;
use crate::text::blocks::markers::PROMO_OPENERS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Headline,
    Standfirst,
    Byline,
    Caption,
    Credit,
    Promo,
    /// Navigation, asides, footers, forms, boxes named as never the article, bare URLs.
    Furniture,
    Prose,
}

/// The thresholds of the classification, each with its reason.
pub struct ClassifyWeights {
    /// Over this share of a block's characters in links, it is a list of links (a promo).
    pub link_share: f32,
    /// Promo phrases only count in blocks shorter than this: a promo is a sentence or two, while a
    /// paragraph of the story may quote them.
    pub promo_max_chars: u32,
    /// A block of at most this many characters that ends no sentence may be a label.
    pub label_chars: u32,
    /// A block this long in a `<header>` inside the article is a paragraph (the story's own
    /// header holding its opening text), judged as the body's blocks are; shorter ones are its
    /// date, kicker and share bar. As long as a sibling paragraph that joins the box (`find`).
    pub header_paragraph: u32,
    /// A box named as the story's intro field ([`hints::INTRO`]) inside the article, this long,
    /// is its opening paragraph (two or three sentences), not a one-line dek.
    pub intro: u32,
}

pub const WEIGHTS: ClassifyWeights =
    ClassifyWeights { link_share: 0.5, promo_max_chars: 250, label_chars: 40, header_paragraph: 80, intro: 150 };

/// What an element's own names say it is (`None`: nothing).
fn own_kind(e: &crate::page::Element) -> Option<Kind> {
    let h = &*e.hints;
    if e.itemprop.contains("author") {
        return Some(Kind::Byline);
    }
    if h.is_empty() {
        return None;
    }
    [
        (hints::CAPTION, Kind::Caption),
        (hints::CREDIT, Kind::Credit),
        (hints::BYLINE, Kind::Byline),
        (hints::STANDFIRST, Kind::Standfirst),
        (hints::PROMO, Kind::Promo),
    ]
    .into_iter()
    .find(|(names, _)| hints::any(h, names))
    .map(|(_, kind)| kind)
    .or_else(|| hints::unlikely(h).then_some(Kind::Promo))
}

/// Every element's [`own_kind`], worked out once per element (blocks share their ancestors).
pub struct Names(Vec<u8>);

impl Names {
    pub fn new(page: &Page) -> Self {
        Names(vec![0; page.nodes.len()])
    }

    fn get(&mut self, page: &Page, i: u32) -> Option<Kind> {
        const KINDS: [Kind; 5] = [Kind::Caption, Kind::Credit, Kind::Byline, Kind::Standfirst, Kind::Promo];
        let slot = &mut self.0[i as usize];
        if *slot == 0 {
            let kind = page.element(i).and_then(own_kind);
            *slot = kind.map_or(1, |k| 2 + KINDS.iter().position(|x| *x == k).unwrap_or(0) as u8);
        }
        (*slot >= 2).then(|| KINDS[(*slot - 2) as usize])
    }
}

/// What the names of the block's boxes (below the article's root) say it is: the innermost
/// box with a telling name decides (returned with it).
fn by_names(page: &Page, names: &mut Names, block: &Block, root: u32) -> Option<(Kind, u32)> {
    let mut at = Some(block.container);
    while let Some(i) = at.filter(|&i| i > root) {
        if let Some(kind) = names.get(page, i) {
            return Some((kind, i));
        }
        // A quoted post is the story's, whatever its wrapper is named.
        let e = page.element(i)?;
        if hints::embedded_post(e) {
            return None;
        }
        at = e.parent;
    }
    None
}

/// Whether a standfirst is the story's intro: its box is named as an intro field, it is as long
/// as an intro, and no box between it and the article's root is named like furniture (a
/// "widget" listing other posts' teasers).
pub fn is_intro(page: &Page, names: &mut Names, block: &Block, root: u32) -> bool {
    let Some((_, named)) = by_names(page, names, block, root).filter(|_| block.chars >= WEIGHTS.intro) else {
        return false;
    };
    let mut at = Some(block.container);
    while let Some(e) = at.filter(|&i| i > root).and_then(|i| page.element(i)) {
        if hints::any(&e.hints, hints::NEGATIVE) {
            return false;
        }
        at = e.parent;
    }
    page.element(named).is_some_and(|e| hints::any(&e.hints, hints::INTRO))
}

/// Whether a standfirst is a heading of the story's body: a heading tag named as a subheading
/// ("article-subheadline") is a section heading, where a dek named so is a paragraph.
fn is_subheading(page: &Page, names: &mut Names, block: &Block, root: u32) -> bool {
    let tag = page.element(block.container).map_or("", |e| &*e.tag);
    matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6")
        && by_names(page, names, block, root).and_then(|(_, i)| page.element(i)).is_some_and(|e| hints::any(&e.hints, "subhead"))
}

/// How the labels over related links and furniture begin, in the classifier's languages (lower
/// case): "Lesen Sie auch", "Auch interessant:", "À lire aussi", "Leer más", "Trending:".
const LABELS: &str = concat!(
    "trending|read more|more from|related|top stories|most read|most popular|about the author|lesen sie|",
    "auch interessant|weitere artikel|weitere informationen|mehr zum thema|mehr zu|meistgelesen|",
    "schon gelesen|das könnte|über den autor|lire aussi|à lire|sur le même sujet|leer más|lee también|",
    "te puede interesar|leia também|leggi anche|czytaj też|czytaj także|zobacz też|lees ook|läs också|",
    "читайте также"
);

/// How a credit line begins, in the classifier's languages (lower case): "Copyright", "Photo:",
/// "Foto:", "Beitragsbild:", "Crédits photos :".
const CREDITS: &str =
    "copyright|photo:|photos:|foto:|fotos:|bild:|beitragsbild|titelbild|crédit|credit:|image:|imagen:|fot.|zdjęcie:|фото:";

/// What the text alone says: bare URLs, lists of links, and in short blocks credits, promo
/// openers and labels.
fn by_text(block: &Block, tag: &str) -> Option<Kind> {
    let t = block.text.trim();
    if (t.starts_with("http://") || t.starts_with("https://")) && !t.contains(' ') {
        return Some(Kind::Furniture);
    }
    if block.chars > 0 && block.link_chars as f32 > block.chars as f32 * WEIGHTS.link_share {
        return Some(Kind::Promo);
    }
    if block.chars >= WEIGHTS.promo_max_chars {
        return None;
    }
    // Lower case by text/case.rs (the same as std, without its table).
    let lower = crate::text::case::to_lowercase(t);
    if t.contains('\u{a9}') || CREDITS.split('|').any(|p| lower.starts_with(p)) {
        return Some(Kind::Credit);
    }
    // A label over a list of links ("Lesen Sie auch", "TRENDING:") is a few words that end no
    // sentence; a list item may open alike.
    let label = block.chars <= WEIGHTS.label_chars
        && !t.ends_with(['.', '!', '?'])
        && !matches!(tag, "li" | "td")
        && LABELS.split('|').any(|p| lower.starts_with(p));
    (label || PROMO_OPENERS.iter().any(|p| lower.starts_with(p))).then_some(Kind::Promo)
}

/// The kind of one block of the article rooted at `root`: a header's paragraph (the story's own
/// header holding its opening text) is read as the body's blocks are.
pub fn kind(page: &Page, names: &mut Names, block: &Block, root: u32) -> Kind {
    let read = match block.region {
        Region::Body => true,
        Region::Header => block.chars >= WEIGHTS.header_paragraph,
        _ => false,
    };
    match block.region {
        _ if read => match body_kind(page, names, block, root) {
            Kind::Standfirst if is_intro(page, names, block, root) || is_subheading(page, names, block, root) => Kind::Prose,
            k => k,
        },
        Region::Figure => Kind::Caption,
        _ => Kind::Furniture,
    }
}

/// The kind of a block by its tag, names and text alone (its region aside).
pub fn body_kind(page: &Page, names: &mut Names, block: &Block, root: u32) -> Kind {
    let tag = page.element(block.container).map_or("", |e| &*e.tag);
    match tag {
        "h1" => Kind::Headline,
        "figcaption" => Kind::Caption,
        _ => by_names(page, names, block, root).map(|(k, _)| k).or_else(|| by_text(block, tag)).unwrap_or(Kind::Prose),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::flow::blocks;
    use crate::page::html_for_tests::parse;

    fn kinds(html: &str) -> Vec<(String, Kind)> {
        let page = parse(html);
        blocks(&page, 0).iter().map(|b| (b.text.clone(), kind(&page, &mut Names::new(&page), b, 0))).collect()
    }

    #[test]
    fn each_kind_by_names_and_text() {
        let got = kinds(
            "<article><h1>Big news</h1><p class=\"article-dek\">What happened, briefly.</p>\
             <div class=\"byline\">By Ann Lee</div><p>The prose of the story.</p>\
             <figure><img><figcaption>A photo of it.</figcaption></figure>\
             <div class=\"image-credit\">Photo: Getty</div>\
             <div class=\"newsletter-box\"><p>Get our email.</p></div>\
             <p>Sign up for the morning briefing.</p>\
             <p><a href=\"/x\">A link that is the whole paragraph</a></p>\
             <p>https://example.com/image.jpg</p><p>Beitragsbild: Titelseite vom 2.4.2019</p>\
             <p>Crédits photos : Bestimage</p><p>Photographers waited outside the court.</p></article>",
        );
        let want = [
            ("Big news", Kind::Headline),
            ("What happened, briefly.", Kind::Standfirst),
            ("By Ann Lee", Kind::Byline),
            ("The prose of the story.", Kind::Prose),
            ("A photo of it.", Kind::Caption),
            ("Photo: Getty", Kind::Credit),
            ("Get our email.", Kind::Promo),
            ("Sign up for the morning briefing.", Kind::Promo),
            ("A link that is the whole paragraph", Kind::Promo),
            ("https://example.com/image.jpg", Kind::Furniture),
            ("Beitragsbild: Titelseite vom 2.4.2019", Kind::Credit),
            ("Crédits photos : Bestimage", Kind::Credit),
            ("Photographers waited outside the court.", Kind::Prose),
        ];
        let want: Vec<(String, Kind)> = want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn an_intro_field_inside_the_article_is_its_opening_paragraph() {
        let long = "The council voted on Monday to close the old bridge to cars. Cyclists and walkers keep it, \
                    and a ferry runs again from May while the new crossing is built downstream.";
        let got = kinds(&format!(
            "<article><div class=\"teaser-text\"><p>{long}</p></div><p class=\"article-dek\">{long}</p>\
             <div class=\"teaser-text\"><p>The bridge closes.</p></div>\
             <div class=\"widget\"><div class=\"post-excerpt\">{long}</div></div></article>"
        ));
        let kinds: Vec<Kind> = got.iter().map(|(_, k)| *k).collect();
        // The CMS's teaser field, as long as an intro, is prose; a dek, a short teaser and another
        // post's excerpt in a widget stay standfirsts.
        assert_eq!(kinds, [Kind::Prose, Kind::Standfirst, Kind::Standfirst, Kind::Standfirst]);
    }

    #[test]
    fn a_heading_named_as_a_subheading_is_the_story_s_a_paragraph_is_a_dek() {
        let got = kinds(
            "<article><p class=\"article-subheadline\">What the story is about, in a line.</p><p>The prose.</p>\
             <h3 class=\"article-subheadline\">A section of the story</h3><p>More prose.</p></article>",
        );
        let kinds: Vec<Kind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds, [Kind::Standfirst, Kind::Prose, Kind::Prose, Kind::Prose]);
    }

    #[test]
    fn a_trending_rail_inside_the_story_is_a_promo() {
        let got = kinds(
            "<article><p>The prose of the story.</p><div class=\"rail rail--trending\"><h3>TIME TRAVELLER</h3>\
             <span>Theorists say they have spotted her in an old picture</span></div></article>",
        );
        let kinds: Vec<Kind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds, [Kind::Prose, Kind::Promo, Kind::Promo]);
    }
}
