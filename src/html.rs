//! Native adapter (feature `cli`): a saved web page → the page model of `crate::page`, with
//! `scraper` (html5ever: the WHATWG parsing algorithm, as browsers parse). The same model the
//! browser's adapter (`dom/`) builds from the live DOM, without computed styles: blocks and hidden
//! elements are known by tag and attribute only (a stylesheet's `display: none` is not seen).

use crate::page::{self, Article, Attrs, Page, PageBuilder};
use scraper::{Html, Node};

/// Parses `html` (a whole document) into the page model.
pub fn parse(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut builder = PageBuilder::new();
    let root = doc.root_element();
    // Depth-first with an explicit stack (pages nest deeper than a thread's stack allows):
    // Some(node) to visit, None to close the element opened before.
    let mut stack = vec![Some(*root)];
    while let Some(entry) = stack.pop() {
        let Some(node) = entry else {
            builder.close();
            continue;
        };
        match node.value() {
            Node::Text(text) => builder.text(text),
            Node::Element(e) => {
                let attr = |name: &str| e.attr(name).unwrap_or("");
                match e.name() {
                    "title" => builder.doc_title(&scraper::ElementRef::wrap(node).map(node_text).unwrap_or_default()),
                    "meta" if matches!(attr("property"), "og:title") || attr("name") == "twitter:title" => {
                        builder.meta_title(attr("content"))
                    }
                    "html" => builder.doc_lang(attr("lang")),
                    _ => {}
                }
                let attrs = Attrs {
                    id: attr("id"),
                    class: attr("class"),
                    role: attr("role"),
                    itemprop: attr("itemprop"),
                    lang: attr("lang"),
                    hidden: e.attr("hidden").is_some() || inline_hidden(attr("style")),
                    aria_hidden: attr("aria-hidden").trim().eq_ignore_ascii_case("true"),
                    ignore: e.attr("data-abridge-ignore").is_some(),
                    open: e.attr("open").is_some(),
                    display: None,
                    preserve: None,
                };
                builder.open(e.name(), &attrs);
                stack.push(None);
                let children: Vec<_> = node.children().collect();
                stack.extend(children.into_iter().rev().map(Some));
            }
            _ => {}
        }
    }
    builder.finish()
}

/// `style="display: none"` or `visibility: hidden` on the element itself.
fn inline_hidden(style: &str) -> bool {
    let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

fn node_text(node: scraper::ElementRef<'_>) -> String {
    node.text().collect()
}

/// The article of a saved page, as the widget would find it (`None`: the page has none).
pub fn find_article(html: &str) -> Option<Article> {
    page::find_article(&parse(html))
}
