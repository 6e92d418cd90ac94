//! web-sys: the page model from the live DOM, the article found in it, and highlighting;
//! translation only — what is article text is decided in the core (`crate::page`).
//!
//! `readArticle(element)` reads an element the caller chose; `findArticle(root)` returns the box
//! the core picks as the article (or `null`); `readPage(root)` finds and reads the article in one
//! walk: its prose (sibling boxes included), without headline, standfirst, byline, captions,
//! credits, promos and furniture. Text is what a reader sees: block boundaries become blank lines,
//! `<br>` a line break, collapsible white space one space; hidden and never-rendered content is
//! skipped. Every UTF-16 code unit of the text maps back to the DOM text node it came from, so the
//! `{start, end}` offsets of a summary's sentences become DOM `Range`s (`highlight.rs`).

mod highlight;
// The demo's paste and drop (its module only).
#[cfg(feature = "paste")]
mod paste;
mod read;

use crate::page::{self, Article};
use highlight::Marked;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Text};

/// The highlight name used when none is given: style it with `::highlight(abridge)`.
const DEFAULT_NAME: &str = "abridge";

/// One run of the text that is a verbatim copy of part of one text node (UTF-16 code units).
struct Segment {
    /// Where the run starts in the text.
    out: u32,
    node: Text,
    /// Where the run starts in the node's data.
    offset: u32,
    len: u32,
}

/// What was read: an element the caller chose, or the article found under a root.
enum Source {
    Element,
    Found(JsValue),
}

/// The text of an article and the way back from offsets in it to the DOM.
#[wasm_bindgen(js_name = ArticleText)]
pub struct ArticleText {
    root: Element,
    source: Source,
    text: js_sys::JsString,
    len16: u32,
    segments: Vec<Segment>,
    title: Option<String>,
    language: Option<String>,
    marked: Vec<Marked>,
    /// The fallback's `<mark>` elements currently in the document.
    marks: Vec<Element>,
}

fn dom_segments(article: &Article, nodes: &js_sys::Array) -> Vec<Segment> {
    article
        .segments
        .iter()
        .filter_map(|s| {
            let node = nodes.get(s.node).dyn_into::<Text>().ok()?;
            Some(Segment { out: s.out, node, offset: s.offset, len: s.len })
        })
        .collect()
}

/// The element at model index `i`.
fn element_at(nodes: &js_sys::Array, i: u32) -> Option<Element> {
    nodes.get(i).dyn_into::<Element>().ok()
}

/// Reads what `source` names: the chosen element, or the article found under a root.
fn read_source(source: &Source, root: &Element) -> Option<(Article, js_sys::Array)> {
    match source {
        Source::Element => {
            let read = read::read(root);
            Some((page::read_element(&read.page, 0), read.nodes))
        }
        Source::Found(under) => {
            let read = read::read(under);
            Some((page::find_article(&read.page)?, read.nodes))
        }
    }
}

fn article_text(source: Source, fallback_root: Option<Element>) -> Option<ArticleText> {
    let probe = match (&source, &fallback_root) {
        (Source::Element, Some(el)) => el.clone(),
        _ => js_sys::global().unchecked_into(),
    };
    let (article, nodes) = read_source(&source, &probe)?;
    let root = element_at(&nodes, article.root)?;
    Some(ArticleText {
        segments: dom_segments(&article, &nodes),
        text: js_sys::JsString::from(article.text.as_str()),
        len16: article.len16,
        title: article.title,
        language: article.language,
        root,
        source,
        marked: Vec::new(),
        marks: Vec::new(),
    })
}

/// The document, or the Document/Element given.
fn root_or_document(root: &JsValue) -> Option<JsValue> {
    if root.is_instance_of::<Element>() || root.is_instance_of::<web_sys::Document>() {
        return Some(root.clone());
    }
    if root.is_undefined() || root.is_null() {
        return web_sys::window()?.document().map(JsValue::from);
    }
    None
}

/// Reads the text of `element` as a reader sees it (see the module docs), with its title and
/// language hints. Throws a `TypeError` when `element` is not an element.
#[wasm_bindgen(js_name = readArticle)]
pub fn read_article(#[wasm_bindgen(unchecked_param_type = "Element")] element: &JsValue) -> Result<ArticleText, JsValue> {
    let root: Element = element.dyn_ref::<Element>().cloned().ok_or_else(|| js_sys::TypeError::new("readArticle: expected an Element"))?;
    article_text(Source::Element, Some(root)).ok_or_else(|| js_sys::TypeError::new("readArticle: the element could not be read").into())
}

/// Finds the article under `root` (a Document or an Element; default: the document) and reads
/// it: its prose only, the headline as its title. `null` when the page has no article. Throws a
/// `TypeError` when `root` is neither.
#[wasm_bindgen(js_name = readPage, unchecked_return_type = "ArticleText | null")]
pub fn read_page(#[wasm_bindgen(unchecked_optional_param_type = "Document | Element")] root: &JsValue) -> Result<JsValue, JsValue> {
    let under = root_or_document(root).ok_or_else(|| js_sys::TypeError::new("readPage: expected a Document or an Element"))?;
    // `null`, not `undefined` (what an `Option` becomes): the documented "no article".
    Ok(article_text(Source::Found(under), None).map_or(JsValue::NULL, JsValue::from))
}

/// The element holding the article under `root` (a Document or an Element; default: the
/// document), or `null` when the page has none.
#[wasm_bindgen(js_name = findArticle, unchecked_return_type = "Element | null")]
pub fn find_article(#[wasm_bindgen(unchecked_optional_param_type = "Document | Element")] root: &JsValue) -> JsValue {
    let best = root_or_document(root).and_then(|under| {
        let read = read::read(&under);
        let best = page::best_element(&read.page)?;
        element_at(&read.nodes, best)
    });
    best.map_or(JsValue::NULL, JsValue::from)
}

#[wasm_bindgen(js_class = ArticleText)]
impl ArticleText {
    /// The text, with blank lines between blocks.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> js_sys::JsString {
        self.text.clone()
    }

    /// The text's length in UTF-16 code units.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> u32 {
        self.len16
    }

    /// The headline hint: the article's `<h1>`, the page's, `og:title` or the document title.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.title.clone()
    }

    /// The language hint: the nearest `lang` attribute.
    #[wasm_bindgen(getter)]
    pub fn language(&self) -> Option<String> {
        self.language.clone()
    }

    /// The element that was read (for `readPage`: the box holding most of the article).
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> Element {
        self.root.clone()
    }
}

impl ArticleText {
    /// Reads the same source again and takes its map back to the DOM when the text is unchanged
    /// (the `<mark>` fallback splits and merges text nodes). Returns whether it was unchanged.
    fn reread(&mut self) -> bool {
        let Some((article, nodes)) = read_source(&self.source, &self.root) else {
            return false;
        };
        if self.text != article.text.as_str() {
            return false;
        }
        self.segments = dom_segments(&article, &nodes);
        true
    }
}
