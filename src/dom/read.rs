//! Reading the live DOM into the page model: one JavaScript walk (walk.js) serializes every
//! element and text node into one string, parsed here into a [`Page`]; the walk's node list is
//! the map back from the model's node indices to DOM nodes.

use crate::page::{Attrs, Display, Page, PageBuilder};
use js_sys::Array;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/dom/walk.js")]
extern "C" {
    #[wasm_bindgen(js_name = walkPage)]
    fn walk_page(root: &JsValue) -> Array;
}

/// A page as read, and its DOM nodes in the model's order.
pub struct Read {
    pub page: Page,
    pub nodes: Array,
}

fn display(value: &str) -> Option<Display> {
    Some(match value {
        "" => return None,
        "none" => Display::None,
        v if v.starts_with("inline") || v.starts_with("ruby") || v == "contents" => Display::Inline,
        // table-cell, table-column, table-caption
        v if v.starts_with("table-c") => Display::Cell,
        _ => Display::Block,
    })
}

fn preserve(white_space: &str) -> Option<bool> {
    match white_space {
        "" => None,
        ws => Some(ws.starts_with("pre") || ws == "break-spaces"),
    }
}

fn open(builder: &mut PageBuilder, record: &str) {
    // Fields split by byte (the separator is ASCII; a `char` split was a hot spot).
    let mut rest = record;
    let mut next = || {
        let end = rest.bytes().position(|b| b == 2).unwrap_or(rest.len());
        let field = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        field
    };
    let tag = next();
    let (id, class, role, itemprop, lang, flags) = (next(), next(), next(), next(), next(), next());
    let (disp, ws) = (next(), next());
    let attrs = Attrs {
        id,
        class,
        role,
        itemprop,
        lang,
        hidden: flags.as_bytes().contains(&b'h'),
        aria_hidden: flags.as_bytes().contains(&b'a'),
        ignore: flags.as_bytes().contains(&b'i'),
        open: flags.as_bytes().contains(&b'o'),
        display: display(disp),
        preserve: preserve(ws),
    };
    builder.open(tag, &attrs);
}

/// Reads `root` (a Document: its whole page; an Element: its subtree).
pub fn read(root: &JsValue) -> Read {
    let out = walk_page(root);
    let structure = out.get(0).as_string().unwrap_or_default();
    let mut builder = PageBuilder::new();
    let mut rest = structure.as_str();
    // The record marks are ASCII bytes: scanned by byte (a char-set `find` was a hot spot).
    while let Some(&first) = rest.as_bytes().first() {
        let body = rest.get(1..).unwrap_or("");
        let end = body.bytes().position(|b| matches!(b, 1 | 3 | 4)).unwrap_or(body.len());
        match first {
            1 => open(&mut builder, &body[..end]),
            3 => builder.close(),
            4 => builder.text(&body[..end]),
            _ => {}
        }
        rest = &body[end..];
    }
    builder.meta_title(&out.get(2).as_string().unwrap_or_default());
    builder.doc_title(&out.get(3).as_string().unwrap_or_default());
    builder.h1_hint(&out.get(4).as_string().unwrap_or_default());
    builder.doc_lang(&out.get(5).as_string().unwrap_or_default());
    Read { page: builder.finish(), nodes: out.get(1).into() }
}
