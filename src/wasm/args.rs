//! The arguments: the text and the options object, read into the core's types with JavaScript
//! errors (`TypeError`, `RangeError`) whose messages are the core's (src/options).

use crate::{Key, Options, OptionsError, Spelling, Value as OptionValue};
use js_sys::{Array, RangeError, Reflect, TypeError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    // js-sys binds these without `catch`; a Proxy's trap can throw, and that error must come back
    // as this call's error rather than unwind through Rust frames.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(o: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(v: &JsValue) -> Result<bool, JsValue>;
}

const PREFIX: &str = "abridge: ";

pub(super) fn type_error(parts: &[&str]) -> JsValue {
    TypeError::new(&message(parts)).into()
}

fn range_error(parts: &[&str]) -> JsValue {
    RangeError::new(&message(parts)).into()
}

fn message(parts: &[&str]) -> String {
    let mut m = String::from(PREFIX);
    parts.iter().for_each(|p| m.push_str(p));
    m
}

/// `typeof value`, with `null` and arrays told apart from objects.
fn kind_of(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if is_array(value).unwrap_or(false) {
        "array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

pub(super) fn check_type(text: &JsValue) -> Result<(), JsValue> {
    if text.is_string() {
        Ok(())
    } else {
        Err(type_error(&["text must be a string, not ", &kind_of(text)]))
    }
}

/// The longest text accepted by default, in UTF-16 code units: 2^24, 16 MB of ASCII text (32 MB
/// as a JavaScript string). The core is linear in the text; this bounds the WebAssembly memory a
/// page can be made to grow (several times the text, never given back) and the time of one call.
const DEFAULT_MAX_INPUT_LENGTH: f64 = 16_777_216.0;

/// The longest text accepted and whether the caller set it (for the message).
#[derive(Clone, Copy)]
pub(super) struct Limit {
    max: f64,
    set: bool,
}

impl Default for Limit {
    fn default() -> Self {
        Limit { max: DEFAULT_MAX_INPUT_LENGTH, set: false }
    }
}

/// The text as UTF-8 (lone surrogates become U+FFFD), once its length is known to be within the
/// limit: a text too long is refused before it is copied into WebAssembly memory.
pub(super) fn text_arg(value: &JsValue, limit: Limit) -> Result<String, JsValue> {
    let length = value.unchecked_ref::<js_sys::JsString>().length();
    if f64::from(length) > limit.max {
        let length = super::decimal(length.into());
        let max = super::decimal(limit.max as u64);
        return Err(range_error(&if limit.set {
            ["text is too long: ", &length, " UTF-16 code units, more than options.maxInputLength (", &max, ")"]
        } else {
            [
                "text is too long: ",
                &length,
                " UTF-16 code units, more than the default limit of ",
                &max,
                " (set options.maxInputLength to allow more)",
            ]
        }));
    }
    value.as_string().ok_or_else(|| type_error(&["text must be a string, not ", &kind_of(value)]))
}

/// The options object's own enumerable keys with their values; `undefined`/`null` → none.
fn entries(options: &JsValue) -> Result<Vec<(String, JsValue)>, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Vec::new());
    }
    if !options.is_object() || is_array(options)? {
        return Err(type_error(&["options must be an object, not ", &kind_of(options)]));
    }
    let keys = object_keys(options)?;
    let mut out = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let value = Reflect::get(options, &key)?;
        out.push((key.as_string().unwrap_or_default(), value));
    }
    Ok(out)
}

const SUMMARIZE_KEYS: &[&str] = &["sentences", "ratio", "maxWords", "keywords", "language", "title", "maxInputLength"];
const SPLIT_KEYS: &[&str] = &["language", "maxInputLength"];

fn unknown_option(key: &str, known: &[&str]) -> JsValue {
    let mut parts = vec!["unknown option \"", key, "\""];
    let wanted = fold(key);
    if let Some(hint) = known.iter().find(|k| {
        let k = fold(k);
        k == wanted || k.strip_suffix('s') == Some(&wanted) || wanted.strip_suffix('s') == Some(&k)
    }) {
        parts.extend(["; did you mean \"", hint, "\"?"]);
    }
    parts.push(" (known options: ");
    for (i, k) in known.iter().enumerate() {
        if i > 0 {
            parts.push(", ");
        }
        parts.push(k);
    }
    parts.push(")");
    type_error(&parts)
}

/// Lower case without `_` and `-`, for the "did you mean" hint (`max_words` → `maxWords`).
fn fold(key: &str) -> String {
    let kept: String = key.chars().filter(|c| *c != '_' && *c != '-').collect();
    crate::text::case::to_lowercase(&kept)
}

/// A JavaScript value as the core's options read it.
fn option_value<'a>(value: &JsValue, text: &'a Option<String>, kind: &'a str) -> OptionValue<'a> {
    if value.is_undefined() || value.is_null() {
        OptionValue::Unset
    } else if let Some(n) = value.as_f64() {
        OptionValue::Number(n)
    } else if let Some(t) = text {
        OptionValue::Text(t)
    } else {
        OptionValue::Other(kind)
    }
}

/// Sets one option through the core's checks; its error becomes a `TypeError` or `RangeError`.
fn set_option(options: &mut Options, key: Key, value: &JsValue) -> Result<(), JsValue> {
    let (text, kind) = (value.as_string(), kind_of(value));
    options.set(key, option_value(value, &text, &kind)).map_err(options_error)
}

fn options_error(e: OptionsError) -> JsValue {
    spelled_error(e, Spelling::Js)
}

/// The core's error as a `TypeError` or `RangeError`, naming options as `spelling` does.
pub(super) fn spelled_error(e: OptionsError, spelling: Spelling) -> JsValue {
    let m = e.message(spelling);
    if e.is_type_error() {
        type_error(&[&m])
    } else {
        range_error(&[&m])
    }
}

/// A number option; `None` when not set.
fn number_option(name: &str, value: &JsValue) -> Result<Option<f64>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(n) => Ok(Some(n)),
        None => Err(type_error(&["options.", name, " must be a number, not ", &kind_of(value)])),
    }
}

/// `maxInputLength`: a positive integer, or `Infinity` for no limit.
fn limit_option(value: &JsValue) -> Result<Limit, JsValue> {
    match number_option("maxInputLength", value)? {
        None => Ok(Limit::default()),
        Some(n) if n == f64::INFINITY || (n.is_finite() && n >= 1.0 && n.trunc() == n) => Ok(Limit { max: n, set: true }),
        Some(_) => Err(range_error(&["options.maxInputLength must be a positive integer or Infinity"])),
    }
}

pub(super) fn summarize_options(value: &JsValue) -> Result<(Options, Limit), JsValue> {
    let mut options = Options::default();
    let mut limit = Limit::default();
    for (key, value) in entries(value)? {
        match Key::from_js_name(&key) {
            Some(k) => set_option(&mut options, k, &value)?,
            None if key == "maxInputLength" => limit = limit_option(&value)?,
            None => return Err(unknown_option(&key, SUMMARIZE_KEYS)),
        }
    }
    options.validate().map_err(options_error)?;
    Ok((options, limit))
}

pub(super) fn split_options(value: &JsValue) -> Result<(Option<String>, Limit), JsValue> {
    let mut options = Options::default();
    let mut limit = Limit::default();
    for (key, value) in entries(value)? {
        match key.as_str() {
            "language" => set_option(&mut options, Key::Language, &value)?,
            "maxInputLength" => limit = limit_option(&value)?,
            other => return Err(unknown_option(other, SPLIT_KEYS)),
        }
    }
    Ok((options.language, limit))
}
