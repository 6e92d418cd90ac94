//! Highlighting sentences of an [`ArticleText`]: offsets → DOM `Range`s, painted with the CSS
//! Custom Highlight API (`::highlight(abridge)`) where the browser has it, otherwise with
//! `<mark class="abridge-mark">` elements that are removed again on the next update.

use super::{ArticleText, DEFAULT_NAME};
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Node, Range, Text};

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
    let has_class = Reflect::get(&global, &"Highlight".into()).ok()?.is_function();
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

/// A highlight a caller asked for: its name and the sentence offsets it covers.
pub(super) struct Marked {
    name: String,
    spans: Vec<(u32, u32)>,
    /// The ranges registered with `CSS.highlights` (the Highlight API path).
    ranges: Vec<Range>,
}

#[wasm_bindgen(js_class = ArticleText)]
impl ArticleText {
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
        #[wasm_bindgen(unchecked_param_type = "ReadonlyArray<{ start: number; end: number }>")] sentences: &JsValue,
        name: Option<String>,
    ) -> Result<u32, JsValue> {
        let name = name.unwrap_or_else(|| DEFAULT_NAME.to_string());
        let spans = parse_spans(sentences)?;
        self.clear_name(&name);
        let mut entry = Marked { name, spans, ranges: Vec::new() };
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
        let i = self.segments.partition_point(|s| s.out <= last).checked_sub(1)?;
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
        if !self.unwrap_marks() {
            self.marked.clear();
            return 0;
        }
        if self.marked.iter().all(|m| m.spans.is_empty()) {
            return 0;
        }
        let pieces = self.pieces();
        self.wrap(&pieces);
        // Wrapping split text nodes: read the map again so `range()` stays right.
        self.reread();
        self.marked.last().map(|m| m.spans.iter().filter(|&&(s, e)| s < e && e <= self.len16).count() as u32).unwrap_or(0)
    }

    /// Removes this article's `<mark>`s, keeping their text in place. False when the article's
    /// text can no longer be read afterwards.
    fn unwrap_marks(&mut self) -> bool {
        if self.marks.is_empty() {
            return true;
        }
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
        // Unwrapping merged the split text nodes: read the map again.
        self.reread()
    }

    /// The stretches to wrap, in document order: the elementary intervals between all span ends,
    /// each with the names that cover it, cut at text-node boundaries. (Kept free of generic
    /// sorting and joining: each costs kilobytes of WebAssembly.)
    fn pieces(&self) -> Vec<Piece> {
        let mut cuts: Vec<u32> = Vec::new();
        for m in &self.marked {
            for &(s, e) in &m.spans {
                insert_sorted(&mut cuts, s);
                insert_sorted(&mut cuts, e);
            }
        }
        let mut pieces: Vec<Piece> = Vec::new();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1].min(self.len16));
            if a >= b {
                continue;
            }
            let names = self.names_covering(a, b);
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
                    pieces.push(Piece { seg: i, lo, hi, names: names.clone() });
                }
            }
        }
        pieces
    }

    /// The names of the highlights that cover `a..b`, separated by spaces.
    fn names_covering(&self, a: u32, b: u32) -> String {
        let mut names = String::new();
        for m in &self.marked {
            if m.spans.iter().any(|&(s, e)| s <= a && b <= e) {
                if !names.is_empty() {
                    names.push(' ');
                }
                names.push_str(&m.name);
            }
        }
        names
    }

    /// Wraps each piece in a `<mark>`, last first, so splitting a text node never moves a piece
    /// still to be wrapped.
    fn wrap(&mut self, pieces: &[Piece]) {
        let Some(doc) = self.root.owner_document() else {
            return;
        };
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
            if parent.insert_before(&mark, Some(&middle)).is_ok() && mark.append_child(&middle).is_ok() {
                self.marks.push(mark);
            }
        }
    }
}

/// A stretch of one text node to wrap in a `<mark>`, with the highlight names it carries.
struct Piece {
    seg: usize,
    lo: u32,
    hi: u32,
    names: String,
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
        let start = Reflect::get(&item, &"start".into()).ok().and_then(|v| v.as_f64());
        let end = Reflect::get(&item, &"end".into()).ok().and_then(|v| v.as_f64());
        match (start, end) {
            (Some(s), Some(e)) if s >= 0.0 && e >= s && e <= u32::MAX as f64 => spans.push((s as u32, e as u32)),
            _ => return Err(js_sys::TypeError::new("highlight: each sentence needs numeric start and end").into()),
        }
    }
    Ok(spans)
}
