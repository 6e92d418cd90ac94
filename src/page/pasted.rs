//! A page pasted as HTML (the clipboard's `text/html` after copying a web page) or a saved page
//! dropped as a file: which text to summarize. The page's article when the finder sees one and
//! leaves page furniture out; otherwise (a copied paragraph or two, a page without an article) the
//! text as pasted, so rich text of a few paragraphs reads exactly as its plain text does.

use super::{find_article, flow, page_root, Article, Page};

/// The article must leave at least this many characters of the page out to be worth more than the
/// text as pasted: page furniture (a menu, a list of related links, a footer) is rarely shorter,
/// while a copied fragment's "article" is all of it, less a heading or a caption.
pub const FURNITURE_CHARS: u32 = 200;

/// Where the text to summarize came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The page's article, furniture left out.
    Article,
    /// The plain text that came with it (a paste's `text/plain`).
    Plain,
    /// No article and no plain text (a dropped file): every block of the page, as a reader sees it.
    Whole,
}

/// The reading of a pasted page.
#[derive(Clone, Debug)]
pub struct Pasted {
    pub text: String,
    pub source: Source,
    /// Paragraphs of the text (blocks between blank lines).
    pub paragraphs: usize,
    /// Characters of the page's text left out (page furniture), for `Source::Article`.
    pub left_out: u32,
    pub title: Option<String>,
}

fn paragraphs(text: &str) -> usize {
    text.split("\n\n").filter(|p| !p.trim().is_empty()).count()
}

/// The page's article when it is one part of a page with furniture around it, else `None`.
fn article_of_page(page: &Page) -> Option<(Article, u32)> {
    let article = find_article(page)?;
    let all: u32 = flow::blocks(page, page_root(page)).iter().map(|b| b.chars).sum();
    // The article's blocks, without the blank lines that join them.
    let kept: usize = article.text.split("\n\n").map(|p| p.chars().count()).sum();
    let kept = kept as u32;
    let left_out = all.saturating_sub(kept);
    (left_out >= FURNITURE_CHARS).then_some((article, left_out))
}

/// What to summarize of a pasted page: its article, else `plain` (the paste's plain text, when
/// it has one), else the page's whole text.
pub fn read_pasted(page: &Page, plain: Option<&str>) -> Pasted {
    if let Some((article, left_out)) = article_of_page(page) {
        let paragraphs = paragraphs(&article.text);
        return Pasted { text: article.text, source: Source::Article, paragraphs, left_out, title: article.title };
    }
    let (text, source) = match plain.filter(|p| !p.trim().is_empty()) {
        Some(p) => (p.to_string(), Source::Plain),
        None => (super::read_element(page, page_root(page)).text, Source::Whole),
    };
    Pasted { paragraphs: paragraphs(&text), text, source, left_out: 0, title: None }
}

#[cfg(test)]
mod tests {
    use super::super::html_for_tests::parse;
    use super::*;

    fn para(word: &str) -> String {
        format!("<p>{}</p>", format!("{word} is a sentence with enough words, and a comma, to count as prose. ").repeat(3))
    }

    fn news_page() -> String {
        let nav: String = (0..12).map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>")).collect();
        let related: String =
            (0..6).map(|i| format!("<li><a href=\"/r{i}\">Related headline number {i} about something</a></li>")).collect();
        format!(
            "<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>The headline</h1>{}{}{}</article>\
             <aside class=\"related\"><h2>Related</h2><ul>{related}</ul></aside></main>\
             <footer><p>Copyright 2020 The Paper. All rights reserved. Terms of use and privacy policy.</p></footer></body>",
            para("Story"),
            para("Story"),
            para("Story")
        )
    }

    #[test]
    fn a_whole_page_gives_its_article_without_furniture() {
        let p = read_pasted(&parse(&news_page()), Some("everything as plain text"));
        assert_eq!(p.source, Source::Article);
        assert_eq!(p.paragraphs, 3);
        assert!(p.left_out > 0);
        assert!(p.text.starts_with("Story is") && !p.text.contains("Section") && !p.text.contains("Copyright"), "{}", p.text);
        assert_eq!(p.title.as_deref(), Some("The headline"));
    }

    #[test]
    fn a_fragment_reads_as_its_plain_text() {
        // A copied paragraph or two: the clipboard's HTML is the paragraphs, maybe in a box.
        for html in [
            format!("<body>{}{}</body>", para("One"), para("Two")),
            format!("<body><div><h2>Sub</h2>{}{}</div></body>", para("One"), para("Two")),
        ] {
            let p = read_pasted(&parse(&html), Some("the plain text"));
            assert_eq!((p.source, p.text.as_str()), (Source::Plain, "the plain text"), "{html}");
        }
    }

    #[test]
    fn a_long_story_with_little_furniture_is_still_read_as_a_page() {
        // Furniture a small share of a long story's page, but more than a heading's worth.
        let story: String = (0..30).map(|_| para("Story")).collect();
        let footer = "<footer><p>Copyright 2020 The Paper. All rights reserved. Terms of use, privacy policy, cookie settings, \
                      contact us, advertise with us, careers, newsletters, the print edition, the podcasts and the archive of every issue since 1890.</p></footer>";
        let p = read_pasted(&parse(&format!("<body><article>{story}</article>{footer}</body>")), Some("plain"));
        assert_eq!(p.source, Source::Article);
        assert!(!p.text.contains("Copyright"));
    }

    #[test]
    fn without_plain_text_the_whole_page_is_read() {
        let html = format!("<body><div><h2>Sub</h2>{}</div></body>", para("One"));
        for plain in [None, Some("  \n")] {
            let p = read_pasted(&parse(&html), plain);
            assert_eq!(p.source, Source::Whole);
            assert!(p.text.contains("One is a sentence"), "{}", p.text);
        }
        let empty = read_pasted(&parse("<body></body>"), None);
        assert_eq!((empty.source, empty.text.as_str(), empty.paragraphs), (Source::Whole, "", 0));
    }
}
