//! The page model: a web page's elements and text nodes in document order, as an adapter (the
//! live DOM in `dom/`, parsed HTML in `html.rs`) reports them through [`PageBuilder`]. Only what the
//! article finder needs is kept: tag, the id/class hints, role, itemprop, whether the element is
//! hidden, how it flows (when the adapter knows the computed style) and the text.

/// How an element flows, when the adapter knows its computed style (else the tag decides).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Display {
    Block,
    Inline,
    /// A table cell and the like: separated from its neighbours by a space.
    Cell,
    /// `display: none`, `visibility: hidden`, `content-visibility: hidden`.
    None,
}

/// The attributes of an element the finder reads; all optional.
#[derive(Clone, Debug, Default)]
pub struct Attrs<'a> {
    pub id: &'a str,
    pub class: &'a str,
    pub role: &'a str,
    pub itemprop: &'a str,
    pub lang: &'a str,
    /// The `hidden` attribute is present.
    pub hidden: bool,
    /// `aria-hidden="true"` (any case).
    pub aria_hidden: bool,
    /// `data-abridge-ignore` is present.
    pub ignore: bool,
    /// `<details open>`.
    pub open: bool,
    /// The computed `display` (and visibility), when the adapter has styles.
    pub display: Option<Display>,
    /// The computed `white-space` preserves spaces and line breaks, when the adapter has styles.
    pub preserve: Option<bool>,
}

#[derive(Clone, Debug)]
pub struct Element {
    /// Lower-case local name.
    pub tag: Box<str>,
    pub parent: Option<u32>,
    /// One past the index of its last descendant: the subtree is `self_index..end`.
    pub end: u32,
    pub depth: u16,
    /// Lower-case id and class, space-separated (what the class/id hints match against).
    pub hints: Box<str>,
    pub role: Box<str>,
    pub itemprop: Box<str>,
    pub lang: Option<Box<str>>,
    /// Hidden by an attribute (`hidden`, `aria-hidden`, `data-abridge-ignore`) or by its style.
    pub hidden: bool,
    pub open: bool,
    pub display: Option<Display>,
    pub preserve: Option<bool>,
}

#[derive(Clone, Debug)]
pub enum Node {
    Element(Element),
    /// A text node's data, verbatim; its parent is the element before it that contains it.
    Text {
        parent: Option<u32>,
        data: Box<str>,
    },
}

/// A page: nodes in document order (pre-order), the first being the root that was read.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub nodes: Vec<Node>,
    /// `og:title` / `twitter:title`, and the document's `<title>`: headline hints of last resort.
    pub meta_title: Option<String>,
    pub doc_title: Option<String>,
    /// The document's language (`<html lang>`), when the root has none of its own.
    pub doc_lang: Option<String>,
    /// The page's first `<h1>` outside navigation, asides and footers, when the adapter read only
    /// part of the page (an element the caller chose).
    pub h1_hint: Option<String>,
}

impl Page {
    pub fn element(&self, i: u32) -> Option<&Element> {
        match self.nodes.get(i as usize) {
            Some(Node::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The nearest `lang` of `i` or its ancestors, else the document's.
    pub fn language(&self, mut i: u32) -> Option<&str> {
        while let Some(e) = self.element(i) {
            if let Some(lang) = e.lang.as_deref() {
                return Some(lang);
            }
            match e.parent {
                Some(p) => i = p,
                None => break,
            }
        }
        self.doc_lang.as_deref()
    }
}

/// Text on one line: runs of white space one space, trimmed.
pub fn one_line(text: &str) -> String {
    // A loop, not collect + join: the same text in a fraction of the WebAssembly.
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Builds a [`Page`] from a depth-first walk: `open`, `text`, `close`.
#[derive(Default)]
pub struct PageBuilder {
    page: Page,
    open: Vec<u32>,
}

impl PageBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts an element (inside the last one opened and not closed).
    pub fn open(&mut self, tag: &str, attrs: &Attrs) -> u32 {
        let index = self.page.nodes.len() as u32;
        let mut hints = String::with_capacity(attrs.id.len() + attrs.class.len() + 1);
        for part in [attrs.id, attrs.class] {
            for token in part.split_ascii_whitespace() {
                if !hints.is_empty() {
                    hints.push(' ');
                }
                crate::text::case::push_lowercase(&mut hints, token);
            }
        }
        let lang = attrs.lang.trim();
        self.page.nodes.push(Node::Element(Element {
            tag: tag.to_ascii_lowercase().into(),
            parent: self.open.last().copied(),
            end: index + 1,
            depth: self.open.len().min(u16::MAX as usize) as u16,
            hints: hints.into(),
            role: attrs.role.to_ascii_lowercase().into(),
            itemprop: attrs.itemprop.to_ascii_lowercase().into(),
            lang: (!lang.is_empty()).then(|| lang.into()),
            hidden: attrs.hidden || attrs.aria_hidden || attrs.ignore,
            open: attrs.open,
            display: attrs.display,
            preserve: attrs.preserve,
        }));
        self.open.push(index);
        index
    }

    /// A text node inside the element last opened.
    pub fn text(&mut self, data: &str) {
        self.page.nodes.push(Node::Text { parent: self.open.last().copied(), data: data.into() });
    }

    /// Ends the element last opened.
    pub fn close(&mut self) {
        if let Some(i) = self.open.pop() {
            let end = self.page.nodes.len() as u32;
            if let Some(Node::Element(e)) = self.page.nodes.get_mut(i as usize) {
                e.end = end;
            }
        }
    }

    pub fn meta_title(&mut self, title: &str) {
        let t = one_line(title);
        if self.page.meta_title.is_none() && !t.is_empty() {
            self.page.meta_title = Some(t);
        }
    }

    pub fn doc_title(&mut self, title: &str) {
        let t = one_line(title);
        if self.page.doc_title.is_none() && !t.is_empty() {
            self.page.doc_title = Some(t);
        }
    }

    pub fn h1_hint(&mut self, h1: &str) {
        let t = one_line(h1);
        if !t.is_empty() {
            self.page.h1_hint = Some(t);
        }
    }

    pub fn doc_lang(&mut self, lang: &str) {
        let lang = lang.trim();
        if !lang.is_empty() {
            self.page.doc_lang = Some(lang.to_string());
        }
    }

    pub fn finish(mut self) -> Page {
        while !self.open.is_empty() {
            self.close();
        }
        self.page
    }
}
