//! The demo's paste and drop (cargo feature `paste`, the demo's module only): a pasted page or a
//! dropped file, translated to the core's decisions (`crate::page::pasted`, `crate::page::dropped`).
//!
//! `readPasted(doc, plain)` reads a document the caller parsed with `DOMParser` (never inserted in
//! the page: no script runs, nothing loads; without layout the walk takes every element as its tag
//! displays it) and returns `{ text, source, paragraphs, leftOut, title }`, `source` being
//! "article", "plain" or "whole". `droppedFile(name, type, size, head)` returns `{ kind, charset }`,
//! `kind` being "html", "text", "unsupported" or "too-large".

use super::read;
use crate::page::{dropped, pasted};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

fn set(o: &Object, key: &str, value: JsValue) {
    // A plain object: defining a property cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(key), &value);
}

/// What to summarize of a pasted page (see the module docs). Throws a `TypeError` when `doc` is
/// not a Document.
#[wasm_bindgen(js_name = readPasted)]
pub fn read_pasted(
    #[wasm_bindgen(unchecked_param_type = "Document")] doc: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] plain: &JsValue,
) -> Result<Object, JsValue> {
    if !doc.is_instance_of::<web_sys::Document>() {
        return Err(js_sys::TypeError::new("readPasted: expected a Document").into());
    }
    let plain = plain.as_string();
    let page = read::read(doc).page;
    let p = pasted::read_pasted(&page, plain.as_deref());
    let source = match p.source {
        pasted::Source::Article => "article",
        pasted::Source::Plain => "plain",
        pasted::Source::Whole => "whole",
    };
    let o = Object::new();
    set(&o, "text", JsValue::from_str(&p.text));
    set(&o, "source", JsValue::from_str(source));
    set(&o, "paragraphs", JsValue::from_f64(p.paragraphs as f64));
    set(&o, "leftOut", JsValue::from_f64(p.left_out as f64));
    set(&o, "title", p.title.map_or(JsValue::NULL, |t| JsValue::from_str(&t)));
    Ok(o)
}

/// How to read a dropped file: its kind and, from its first bytes (`head`, up to 1024 are used),
/// the encoding label for `TextDecoder`.
#[wasm_bindgen(js_name = droppedFile)]
pub fn dropped_file(name: &str, mime: &str, size: f64, head: &[u8]) -> Object {
    let kind = dropped::kind(name, mime, size);
    let o = Object::new();
    set(&o, "kind", JsValue::from_str(kind.name()));
    set(&o, "charset", JsValue::from_str(&dropped::charset(head, kind == dropped::Kind::Html)));
    o
}
