//! The widget's length attributes, read by the core's rules (page build only, feature `dom`).

use super::args::spelled_error;
use super::results::{number, set_str};
use crate::{Key, Options, OptionsError, Spelling, Value as OptionValue};
use js_sys::Object;
use wasm_bindgen::prelude::*;

/// `optionsFromAttributes(sentences, ratio, maxWords)`: the widget's length attributes (their text,
/// or `null` when absent) read by the core's rules, as the options object to give `summarize`; a
/// bad or doubled budget throws the core's error naming the attribute. Only in the widget's build.
#[wasm_bindgen(js_name = optionsFromAttributes, skip_typescript)]
pub fn options_from_attributes(sentences: Option<String>, ratio: Option<String>, max_words: Option<String>) -> Result<JsValue, JsValue> {
    let mut options = Options::default();
    for (key, text) in [(Key::Sentences, &sentences), (Key::Ratio, &ratio), (Key::MaxWords, &max_words)] {
        if let Some(text) = text {
            options.set(key, OptionValue::parse_with(text, js_number)).map_err(attribute_error)?;
        }
    }
    options.validate().map_err(attribute_error)?;
    let out = Object::new();
    let counts = [(Key::Sentences, options.sentences), (Key::MaxWords, options.max_words)];
    for (key, n) in counts.into_iter().filter_map(|(k, n)| Some((k, n?))) {
        set_str(&out, Spelling::Js.bare(key), &number(n));
    }
    if let Some(r) = options.ratio {
        set_str(&out, "ratio", &JsValue::from_f64(r));
    }
    Ok(out.into())
}

/// JavaScript's `parseFloat` for digits the core has checked: Rust's float parser would add
/// about 17 KB gzipped to the page build.
fn js_number(digits: &str) -> f64 {
    js_sys::parse_float(digits)
}

fn attribute_error(e: OptionsError) -> JsValue {
    spelled_error(e, Spelling::Attribute)
}
