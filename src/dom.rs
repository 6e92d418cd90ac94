//! web-sys: reading an article element and highlighting sentences; translation only.
//!
//! `readArticle(element)` walks the element's rendered text the way a reader sees it — block
//! boundaries (p, li, h1–h6, blockquote, …) become blank lines, `<br>` a line break, collapsible
//! whitespace one space — and skips what is not the article body: nav, aside, header and footer
//! (the page's, and an article's own kicker/headline/standfirst/byline and tags/credits: the
//! headline is handed over separately as the `title` hint), figure/figcaption, script/style/noscript/template, form controls, `[hidden]`,
//! `[aria-hidden=true]`, `[data-abridge-ignore]`, other `<abridge-summary>` elements and anything
//! not rendered (`display: none`, `visibility: hidden`, `content-visibility: hidden`).
//!
//! It remembers which text node every UTF-16 code unit of the produced text came from, so the
//! `{start, end}` offsets of a summary's sentences map back to DOM `Range`s. Those are highlighted
//! with the CSS Custom Highlight API (`::highlight(abridge)`) where the browser has it, otherwise
//! with `<mark class="abridge-mark">` elements that are removed again on the next update.
//!
//! Nothing here knows how a summary is made: the text goes out, offsets come back.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleDeclaration, Document, Element, Node, Range, Text};

/// The highlight name used when none is given: style it with `::highlight(abridge)`.
const DEFAULT_NAME: &str = "abridge";
/// Class of the `<mark>` elements of the fallback; `data-abridge` lists the highlight names.
const MARK_CLASS: &str = "abridge-mark";

#[wasm_bindgen]
extern "C" {
    /// `Highlight` of the CSS Custom Highlight API (unstable in web-sys, so bound here).
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;
    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new_highlight() -> Result<JsHighlight, JsValue>;
    #[wasm_bindgen(method, js_class = "Highlight", js_name = add)]
    fn add(this: &JsHighlight, range: &Range);
    #[wasm_bindgen(method, js_class = "Highlight", js_name = delete)]
    fn remove(this: &JsHighlight, range: &Range) -> bool;
    #[wasm_bindgen(method, getter, js_class = "Highlight", js_name = size)]
    fn size(this: &JsHighlight) -> u32;
    #[wasm_bindgen(method, setter, js_class = "Highlight", js_name = priority)]
    fn set_priority(this: &JsHighlight, priority: i32);

    /// `CSS.highlights`.
    type HighlightRegistry;
    #[wasm_bindgen(method, js_name = get)]
    fn get(this: &HighlightRegistry, name: &str) -> JsValue;
    #[wasm_bindgen(method, js_name = set)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &JsHighlight);
    #[wasm_bindgen(method, js_name = delete)]
    fn remove(this: &HighlightRegistry, name: &str) -> bool;
}

/// `CSS.highlights` when the browser has the CSS Custom Highlight API.
fn registry() -> Option<HighlightRegistry> {
    let global = js_sys::global();
    let has_class = Reflect::get(&global, &"Highlight".into())
        .ok()?
        .is_function();
    let css = Reflect::get(&global, &"CSS".into()).ok()?;
    if !has_class || css.is_undefined() || css.is_null() {
        return None;
    }
    let registry = Reflect::get(&css, &"highlights".into()).ok()?;
    if registry.is_undefined() || registry.is_null() {
        return None;
    }
    Some(registry.unchecked_into())
}

/// Whether highlights are painted with the CSS Custom Highlight API (else with `<mark>`).
#[wasm_bindgen(js_name = highlightsSupported)]
pub fn highlights_supported() -> bool {
    registry().is_some()
}

/// One run of the produced text that is a verbatim copy of part of one text node
/// (UTF-16 code units throughout).
struct Segment {
    /// Where the run starts in the produced text.
    out: u32,
    node: Text,
    /// Where the run starts in the node's data.
    offset: u32,
    len: u32,
}

/// The text of an element as read, with its map back to the DOM.
struct Walk {
    text: String,
    len16: u32,
    segments: Vec<Segment>,
    /// Newlines owed before the next character: 1 after `<br>`, 2 at a block boundary.
    pending_newlines: u8,
    pending_space: bool,
    /// Where the owed space came from, when it is a single U+0020 of one text node: then it is
    /// copied rather than inserted, so a sentence stays one run of one node.
    space_source: Option<(Text, u32)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Flow {
    Inline,
    /// A table cell and the like: separated by a space.
    Cell,
    Block,
}

impl Walk {
    fn new() -> Self {
        Walk {
            text: String::new(),
            len16: 0,
            segments: Vec::new(),
            pending_newlines: 0,
            pending_space: false,
            space_source: None,
        }
    }

    fn boundary(&mut self, newlines: u8) {
        self.pending_newlines = self.pending_newlines.max(newlines);
    }

    fn line_break(&mut self) {
        self.pending_newlines = (self.pending_newlines + 1).min(2);
        self.pending_space = false;
        self.space_source = None;
    }

    /// A space between table cells and the like: not from any text node.
    fn separator_space(&mut self) {
        self.pending_space = true;
        self.space_source = None;
    }

    /// Writes owed separators before a visible character.
    fn flush(&mut self) {
        let space_source = self.space_source.take();
        if self.text.is_empty() {
            self.pending_newlines = 0;
            self.pending_space = false;
            return;
        }
        if self.pending_newlines > 0 {
            // Trailing spaces before a line break are not part of the text.
            while self.text.ends_with(' ') {
                self.text.pop();
                self.len16 -= 1;
                if let Some(last) = self.segments.last_mut() {
                    if last.out + last.len > self.len16 {
                        last.len = self.len16.saturating_sub(last.out);
                    }
                }
            }
            for _ in 0..self.pending_newlines {
                self.text.push('\n');
                self.len16 += 1;
            }
        } else if self.pending_space && !self.text.ends_with([' ', '\n']) {
            match space_source {
                Some((node, offset)) => self.push_from(' ', &node, offset),
                None => {
                    self.text.push(' ');
                    self.len16 += 1;
                }
            }
        }
        self.pending_newlines = 0;
        self.pending_space = false;
    }

    /// Appends one character copied from `node` at UTF-16 `offset`.
    fn push_from(&mut self, c: char, node: &Text, offset: u32) {
        let width = c.len_utf16() as u32;
        let extend = match self.segments.last() {
            Some(last) => {
                last.out + last.len == self.len16
                    && last.offset + last.len == offset
                    && last.node == *node
            }
            None => false,
        };
        if extend {
            self.segments.last_mut().unwrap().len += width;
        } else {
            self.segments.push(Segment {
                out: self.len16,
                node: node.clone(),
                offset,
                len: width,
            });
        }
        self.text.push(c);
        self.len16 += width;
    }

    fn text_node(&mut self, node: &Text, preserve: bool) {
        let data = node.data();
        let mut offset = 0u32;
        for c in data.chars() {
            let width = c.len_utf16() as u32;
            if preserve {
                match c {
                    '\n' => self.line_break(),
                    '\r' => {}
                    _ => {
                        self.flush();
                        self.push_from(c, node, offset);
                    }
                }
            } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                self.space_source =
                    (!self.pending_space && c == ' ').then(|| (node.clone(), offset));
                self.pending_space = true;
            } else {
                self.flush();
                self.push_from(c, node, offset);
            }
            offset += width;
        }
    }

    fn finish(mut self) -> Walk {
        while self.text.ends_with([' ', '\n']) {
            self.text.pop();
            self.len16 -= 1;
        }
        if let Some(last) = self.segments.last_mut() {
            last.len = last.len.min(self.len16.saturating_sub(last.out));
        }
        self
    }
}

/// Elements whose content is never article text (one selector: matched natively, and much
/// smaller in WebAssembly than comparing tag names in Rust).
const SKIP: &str = "script,style,noscript,template,nav,aside,header,footer,figure,figcaption,form,\
button,input,select,textarea,option,optgroup,datalist,output,progress,meter,label,fieldset,legend,\
svg,math,canvas,video,audio,iframe,object,embed,img,picture,map,dialog,head,title,meta,link,\
abridge-summary,[hidden],[data-abridge-ignore],[aria-hidden=true i],[role~=navigation],\
[role~=complementary],[role~=banner],[role~=contentinfo],[role~=search],[role~=form],\
[role~=dialog],[role~=alertdialog],[role~=toolbar],[role~=menu],[role~=menubar],[role~=tablist]";

/// Blocks whatever their CSS says.
const BLOCK: &str = "p,li,h1,h2,h3,h4,h5,h6,blockquote";

/// Blocks when there is no computed style (an element outside a rendered document).
const BLOCK_UNSTYLED: &str = "p,li,h1,h2,h3,h4,h5,h6,blockquote,div,section,article,main,ul,ol,dl,\
dt,dd,pre,table,tr,hr,address,details,summary,center,hgroup";

fn matches(el: &Element, selector: &str) -> bool {
    el.matches(selector).unwrap_or(false)
}

struct Reader {
    window: Option<web_sys::Window>,
}

impl Reader {
    fn new() -> Self {
        Reader {
            window: web_sys::window(),
        }
    }

    fn style(&self, el: &Element) -> Option<CssStyleDeclaration> {
        self.window.as_ref()?.get_computed_style(el).ok().flatten()
    }

    /// Whether `el` (not the root) is furniture or not rendered; else how it flows and whether
    /// it preserves white space.
    fn classify(&self, el: &Element, is_root: bool, preserve: bool) -> Option<(Flow, bool)> {
        if !is_root && matches(el, SKIP) {
            return None;
        }
        let Some(style) = self.style(el) else {
            let flow = if matches(el, BLOCK_UNSTYLED) {
                Flow::Block
            } else {
                Flow::Inline
            };
            return Some((flow, preserve || matches(el, "pre")));
        };
        let display = style.get_property_value("display").unwrap_or_default();
        if !is_root {
            let visibility = style.get_property_value("visibility").unwrap_or_default();
            if display == "none"
                || visibility == "hidden"
                || visibility == "collapse"
                || style
                    .get_property_value("content-visibility")
                    .unwrap_or_default()
                    == "hidden"
            {
                return None;
            }
        }
        let flow = if display.is_empty() {
            if matches(el, BLOCK_UNSTYLED) {
                Flow::Block
            } else {
                Flow::Inline
            }
        } else if display.starts_with("inline")
            || display.starts_with("ruby")
            || display == "contents"
        {
            if matches(el, BLOCK) {
                Flow::Block
            } else {
                Flow::Inline
            }
        } else if display.starts_with("table-c") {
            Flow::Cell // table-cell, table-column, table-caption
        } else {
            Flow::Block
        };
        let ws = style.get_property_value("white-space").unwrap_or_default();
        let preserve = if ws.is_empty() {
            preserve || matches(el, "pre")
        } else {
            ws.starts_with("pre") || ws == "break-spaces"
        };
        Some((flow, preserve))
    }

    fn walk(&self, node: &Node, walk: &mut Walk, is_root: bool, preserve: bool) {
        match node.node_type() {
            Node::TEXT_NODE => {
                if let Some(text) = node.dyn_ref::<Text>() {
                    walk.text_node(text, preserve);
                }
            }
            Node::ELEMENT_NODE => {
                let el: &Element = node.unchecked_ref();
                let tag = el.local_name();
                if tag == "br" {
                    walk.line_break();
                    return;
                }
                let Some((flow, preserve)) = self.classify(el, is_root, preserve) else {
                    return;
                };
                match flow {
                    Flow::Block => walk.boundary(2),
                    Flow::Cell => walk.separator_space(),
                    Flow::Inline => {}
                }
                let closed_details = tag == "details" && !el.has_attribute("open");
                let mut child = node.first_child();
                while let Some(c) = child {
                    let skip = closed_details
                        && !c
                            .dyn_ref::<Element>()
                            .is_some_and(|e| e.local_name() == "summary");
                    if !skip {
                        self.walk(&c, walk, false, preserve);
                    }
                    child = c.next_sibling();
                }
                match flow {
                    Flow::Block => walk.boundary(2),
                    Flow::Cell => walk.separator_space(),
                    Flow::Inline => {}
                }
            }
            _ => {}
        }
    }

    fn read(&self, root: &Element) -> Walk {
        let mut walk = Walk::new();
        // Inherit white-space handling from the root's own style.
        self.walk(root, &mut walk, true, false);
        walk.finish()
    }
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn first_text(reader: &Reader, el: &Element) -> Option<String> {
    // The element's text on one line.
    let mut text = String::new();
    for word in reader.read(el).text.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    (!text.is_empty()).then_some(text)
}

/// The article's headline: its first `<h1>`, the page's first `<h1>` outside navigation,
/// `og:title`, or the document title.
fn find_title(reader: &Reader, root: &Element) -> Option<String> {
    if let Ok(Some(h1)) = root.query_selector("h1") {
        if let Some(t) = first_text(reader, &h1) {
            return Some(t);
        }
    }
    let doc = root.owner_document()?;
    if let Ok(list) = doc.query_selector_all("h1") {
        for i in 0..list.length() {
            let Some(h1) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if h1
                .closest("nav, aside, footer, [role=navigation], [role=complementary]")
                .ok()
                .flatten()
                .is_some()
            {
                continue;
            }
            if let Some(t) = first_text(reader, &h1) {
                return Some(t);
            }
        }
    }
    if let Ok(Some(meta)) =
        doc.query_selector("meta[property='og:title'], meta[name='twitter:title']")
    {
        if let Some(content) = meta.get_attribute("content") {
            let content = content.trim();
            if !content.is_empty() {
                return Some(content.to_string());
            }
        }
    }
    let title = doc.title();
    let title = title.trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// The language the element is written in: the nearest `lang` attribute.
fn find_language(root: &Element) -> Option<String> {
    let lang = root
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .or_else(|| {
            root.owner_document()?
                .document_element()?
                .get_attribute("lang")
        })?;
    let lang = lang.trim();
    (!lang.is_empty()).then(|| lang.to_string())
}

/// A highlight a caller asked for: its name and the sentence offsets it covers.
struct Marked {
    name: String,
    spans: Vec<(u32, u32)>,
    /// The ranges registered with `CSS.highlights` (the Highlight API path).
    ranges: Vec<Range>,
}

/// The text of an article element and the way back from offsets in it to the DOM.
#[wasm_bindgen(js_name = ArticleText)]
pub struct ArticleText {
    root: Element,
    text: js_sys::JsString,
    len16: u32,
    segments: Vec<Segment>,
    title: Option<String>,
    language: Option<String>,
    marked: Vec<Marked>,
    /// The fallback's `<mark>` elements currently in the document.
    marks: Vec<Element>,
}

/// Reads the text of `element` as a reader sees it (see the module docs), with its title and
/// language hints. Throws a `TypeError` when `element` is not an element.
#[wasm_bindgen(js_name = readArticle)]
pub fn read_article(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: &JsValue,
) -> Result<ArticleText, JsValue> {
    let root: Element = element
        .dyn_ref::<Element>()
        .cloned()
        .ok_or_else(|| js_sys::TypeError::new("readArticle: expected an Element"))?;
    let reader = Reader::new();
    let walk = reader.read(&root);
    Ok(ArticleText {
        text: js_sys::JsString::from(walk.text.as_str()),
        len16: walk.len16,
        segments: walk.segments,
        title: find_title(&reader, &root),
        language: find_language(&root),
        root,
        marked: Vec::new(),
        marks: Vec::new(),
    })
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

    /// The element that was read.
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> Element {
        self.root.clone()
    }

    /// A DOM `Range` over `text.slice(start, end)`, or `undefined` when the offsets are out of
    /// bounds or the document has changed since it was read.
    pub fn range(&self, start: u32, end: u32) -> Option<Range> {
        let (start_node, start_offset) = self.locate_start(start)?;
        let (end_node, end_offset) = self.locate_end(end)?;
        let range = self.root.owner_document()?.create_range().ok()?;
        range.set_start(&start_node, start_offset).ok()?;
        range.set_end(&end_node, end_offset).ok()?;
        (!range.collapsed()).then_some(range)
    }

    /// Highlights `sentences` (an array of `{start, end}` in UTF-16 offsets of `text`, as in a
    /// summary's `sentences`) under `name` (default `"abridge"`), replacing what this article had
    /// highlighted under that name before. Returns how many sentences were highlighted.
    pub fn highlight(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "ReadonlyArray<{ start: number; end: number }>")]
        sentences: &JsValue,
        name: Option<String>,
    ) -> Result<u32, JsValue> {
        let name = name.unwrap_or_else(|| DEFAULT_NAME.to_string());
        let spans = parse_spans(sentences)?;
        self.clear_name(&name);
        let mut entry = Marked {
            name,
            spans,
            ranges: Vec::new(),
        };
        let count;
        if let Some(registry) = registry() {
            let existing = registry.get(&entry.name);
            let highlight: JsHighlight = if existing.is_undefined() || existing.is_null() {
                let h = JsHighlight::new_highlight()?;
                if entry.name != DEFAULT_NAME {
                    h.set_priority(1);
                }
                registry.set(&entry.name, &h);
                h
            } else {
                existing.unchecked_into()
            };
            for &(s, e) in &entry.spans {
                if let Some(range) = self.range(s, e) {
                    highlight.add(&range);
                    entry.ranges.push(range);
                }
            }
            count = entry.ranges.len() as u32;
            self.marked.push(entry);
        } else {
            self.marked.push(entry);
            count = self.render_marks();
        }
        Ok(count)
    }

    /// Removes this article's highlights: those under `name`, or all of them.
    pub fn clear(&mut self, name: Option<String>) {
        match name {
            Some(name) => self.clear_name(&name),
            None => {
                let names: Vec<String> = self.marked.iter().map(|m| m.name.clone()).collect();
                for name in names {
                    self.clear_name(&name);
                }
            }
        }
    }
}

impl ArticleText {
    fn locate_start(&self, pos: u32) -> Option<(Text, u32)> {
        if pos >= self.len16 {
            return None;
        }
        let i = self.segments.partition_point(|s| s.out + s.len <= pos);
        let seg = self.segments.get(i)?;
        let within = pos.saturating_sub(seg.out);
        Some((seg.node.clone(), seg.offset + within))
    }

    fn locate_end(&self, end: u32) -> Option<(Text, u32)> {
        if end == 0 || end > self.len16 {
            return None;
        }
        let last = end - 1;
        let i = self
            .segments
            .partition_point(|s| s.out <= last)
            .checked_sub(1)?;
        let seg = &self.segments[i];
        let within = (last - seg.out + 1).min(seg.len);
        Some((seg.node.clone(), seg.offset + within))
    }

    fn clear_name(&mut self, name: &str) {
        let Some(pos) = self.marked.iter().position(|m| m.name == name) else {
            return;
        };
        let entry = self.marked.remove(pos);
        if !entry.ranges.is_empty() {
            if let Some(registry) = registry() {
                let existing = registry.get(name);
                if !existing.is_undefined() && !existing.is_null() {
                    let highlight: JsHighlight = existing.unchecked_into();
                    for range in &entry.ranges {
                        highlight.remove(range);
                    }
                    if highlight.size() == 0 {
                        registry.remove(name);
                    }
                }
            }
        }
        if !self.marks.is_empty() || registry().is_none() {
            self.render_marks();
        }
    }

    /// The fallback: removes this article's `<mark>`s, then wraps every highlighted stretch in
    /// `<mark class="abridge-mark" data-abridge="names">`. Returns how many sentences of the
    /// last-added name were marked.
    fn render_marks(&mut self) -> u32 {
        let had_marks = !self.marks.is_empty();
        let mut parents: Vec<Node> = Vec::new();
        for mark in self.marks.drain(..) {
            let Some(parent) = mark.parent_node() else {
                continue;
            };
            while let Some(child) = mark.first_child() {
                let _ = parent.insert_before(&child, Some(&mark));
            }
            let _ = parent.remove_child(&mark);
            if !parents.iter().any(|p| p == &parent) {
                parents.push(parent);
            }
        }
        for parent in &parents {
            parent.normalize();
        }
        let reader = Reader::new();
        if had_marks {
            // Unwrapping merged the split text nodes: read the map again.
            let walk = reader.read(&self.root);
            if self.text != walk.text.as_str() {
                self.marked.clear();
                return 0;
            }
            self.segments = walk.segments;
        }
        if self.marked.iter().all(|m| m.spans.is_empty()) {
            return 0;
        }
        // Elementary intervals, each with the names that cover it. (Kept free of generic sorting
        // and joining: each costs kilobytes of WebAssembly.)
        let mut cuts: Vec<u32> = Vec::new();
        for m in &self.marked {
            for &(s, e) in &m.spans {
                insert_sorted(&mut cuts, s);
                insert_sorted(&mut cuts, e);
            }
        }
        struct Piece {
            seg: usize,
            lo: u32,
            hi: u32,
            names: String,
        }
        // Built in document order.
        let mut pieces: Vec<Piece> = Vec::new();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1].min(self.len16));
            if a >= b {
                continue;
            }
            let mut names = String::new();
            for m in &self.marked {
                if m.spans.iter().any(|&(s, e)| s <= a && b <= e) {
                    if !names.is_empty() {
                        names.push(' ');
                    }
                    names.push_str(&m.name);
                }
            }
            if names.is_empty() {
                continue;
            }
            let first = self.segments.partition_point(|s| s.out + s.len <= a);
            for (i, seg) in self.segments.iter().enumerate().skip(first) {
                if seg.out >= b {
                    break;
                }
                let lo = a.max(seg.out) - seg.out + seg.offset;
                let hi = b.min(seg.out + seg.len) - seg.out + seg.offset;
                if lo < hi {
                    pieces.push(Piece {
                        seg: i,
                        lo,
                        hi,
                        names: names.clone(),
                    });
                }
            }
        }
        let Some(doc) = self.root.owner_document() else {
            return 0;
        };
        // Last first, so splitting a text node never moves a piece still to be wrapped.
        for piece in pieces.iter().rev() {
            let node = &self.segments[piece.seg].node;
            if piece.hi < node.length() && node.split_text(piece.hi).is_err() {
                continue;
            }
            let middle = if piece.lo > 0 {
                match node.split_text(piece.lo) {
                    Ok(m) => m,
                    Err(_) => continue,
                }
            } else {
                node.clone()
            };
            let Some(parent) = middle.parent_node() else {
                continue;
            };
            let Ok(mark) = doc.create_element("mark") else {
                continue;
            };
            mark.set_class_name(MARK_CLASS);
            let _ = mark.set_attribute("data-abridge", &piece.names);
            if parent.insert_before(&mark, Some(&middle)).is_ok()
                && mark.append_child(&middle).is_ok()
            {
                self.marks.push(mark);
            }
        }
        // Wrapping split text nodes: read the map again so `range()` stays right.
        let walk = reader.read(&self.root);
        if self.text == walk.text.as_str() {
            self.segments = walk.segments;
        }
        self.marked
            .last()
            .map(|m| {
                m.spans
                    .iter()
                    .filter(|&&(s, e)| s < e && e <= self.len16)
                    .count() as u32
            })
            .unwrap_or(0)
    }
}

impl Drop for ArticleText {
    fn drop(&mut self) {
        self.clear(None);
    }
}

/// Inserts `v` into the sorted `list` unless it is there.
fn insert_sorted(list: &mut Vec<u32>, v: u32) {
    let i = list.partition_point(|&x| x < v);
    if list.get(i) != Some(&v) {
        list.insert(i, v);
    }
}

fn parse_spans(sentences: &JsValue) -> Result<Vec<(u32, u32)>, JsValue> {
    if sentences.is_undefined() || sentences.is_null() {
        return Ok(Vec::new());
    }
    if !Array::is_array(sentences) {
        return Err(js_sys::TypeError::new("highlight: expected an array of {start, end}").into());
    }
    let array: &Array = sentences.unchecked_ref();
    let mut spans = Vec::with_capacity(array.length() as usize);
    for item in array.iter() {
        let start = Reflect::get(&item, &"start".into())
            .ok()
            .and_then(|v| v.as_f64());
        let end = Reflect::get(&item, &"end".into())
            .ok()
            .and_then(|v| v.as_f64());
        match (start, end) {
            (Some(s), Some(e)) if s >= 0.0 && e >= s && e <= u32::MAX as f64 => {
                spans.push((s as u32, e as u32))
            }
            _ => {
                return Err(js_sys::TypeError::new(
                    "highlight: each sentence needs numeric start and end",
                )
                .into())
            }
        }
    }
    Ok(spans)
}

/// Whether `el` is, or is inside, something that is never the article (nav, aside, hidden, …).
fn furniture(el: &Element) -> bool {
    el.closest(SKIP).ok().flatten().is_some()
}

/// Text length of an element as read, for comparing candidates.
fn text_len(reader: &Reader, el: &Element) -> u32 {
    reader.read(el).len16
}

fn elements(list: web_sys::NodeList) -> Vec<Element> {
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Finds the article on a page: `[itemprop=articleBody]`, else the `<article>` with the most
/// text, else `<main>`, else the element holding the most paragraph text. `root` is a Document
/// or an Element to search within (default: the document).
#[wasm_bindgen(js_name = findArticle)]
pub fn find_article(
    #[wasm_bindgen(unchecked_optional_param_type = "Document | Element")] root: &JsValue,
) -> Option<Element> {
    let reader = Reader::new();
    let query = |selector: &str| -> Vec<Element> {
        if let Some(el) = root.dyn_ref::<Element>() {
            el.query_selector_all(selector)
                .ok()
                .map(elements)
                .unwrap_or_default()
        } else if let Some(doc) = root.dyn_ref::<Document>() {
            doc.query_selector_all(selector)
                .ok()
                .map(elements)
                .unwrap_or_default()
        } else {
            document()
                .and_then(|d| d.query_selector_all(selector).ok())
                .map(elements)
                .unwrap_or_default()
        }
    };
    const ENOUGH: u32 = 200;
    let best = |candidates: Vec<Element>| -> Option<Element> {
        candidates
            .into_iter()
            .filter(|e| !furniture(e))
            .map(|e| (text_len(&reader, &e), e))
            .filter(|(n, _)| *n >= ENOUGH)
            .max_by_key(|(n, _)| *n)
            .map(|(_, e)| e)
    };
    for selector in ["[itemprop~='articleBody']", "article", "main, [role=main]"] {
        if let Some(found) = best(query(selector)) {
            return Some(found);
        }
    }
    // The element whose paragraphs hold the most text.
    let mut totals: Vec<(Element, u32)> = Vec::new();
    for p in query("p") {
        let Some(parent) = p.parent_element().filter(|_| !furniture(&p)) else {
            continue;
        };
        let n = text_len(&reader, &p);
        match totals.iter_mut().find(|(e, _)| *e == parent) {
            Some((_, total)) => *total += n,
            None => totals.push((parent, n)),
        }
    }
    totals
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map(|(e, _)| e)
}
