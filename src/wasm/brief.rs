//! The export behind `abridge/summarizer` (cargo feature `summarizer`: the npm package's module and
//! the demo's, not the widget's page build). npm/summarizer-api.js checks the Summarizer API's
//! options, raises its errors and writes the lines in the format asked for; this only hands the
//! checked values to the core.

use super::args::{check_type, summarize_options, text_arg};
use crate::brief::{brief, Kind, Length};
use wasm_bindgen::prelude::*;

// The brief of `text` (see `crate::brief`), its lines joined by "\n" (a line break inside one is a
// space). `options` are `summarize`'s (`title`: the API's contexts, `language`); `kind` and
// `length` index `Kind::ALL` and `Length::ALL` (out of range: the last). Plain comments, not doc
// comments: wasm-bindgen would copy those into the glue the npm package ships.
#[wasm_bindgen(js_name = __abridgeBrief, skip_typescript)]
pub fn brief_js(text: JsValue, options: JsValue, kind: usize, length: usize) -> Result<JsValue, JsValue> {
    check_type(&text)?;
    let (options, limit) = summarize_options(&options)?;
    let text = text_arg(&text, limit)?;
    let kind = Kind::ALL[kind.min(Kind::ALL.len() - 1)];
    let length = Length::ALL[length.min(Length::ALL.len() - 1)];
    let mut joined = String::new();
    for (i, line) in brief(&text, kind, length, options).iter().enumerate() {
        if i > 0 {
            joined.push('\n');
        }
        joined.extend(line.chars().map(|c| if c == '\n' { ' ' } else { c }));
    }
    Ok(JsValue::from_str(&joined))
}
