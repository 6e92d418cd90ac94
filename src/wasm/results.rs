//! The results as plain JavaScript objects.
//!
//! Built with js-sys rather than serde-wasm-bindgen: the same plain objects for about 3 KB less
//! gzipped (no serde, no string cache), and each key string crosses the boundary once per call.

use crate::Summary;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// The property names, made into JavaScript strings once per call.
pub(super) struct Keys {
    text: JsValue,
    start: JsValue,
    end: JsValue,
}

impl Keys {
    pub(super) fn new() -> Self {
        Keys { text: "text".into(), start: "start".into(), end: "end".into() }
    }
    pub(super) fn text(&self, o: &Object, text: &str) {
        set(o, &self.text, &text.into());
    }
    pub(super) fn span(&self, o: &Object, utf16: crate::Span) {
        set(o, &self.start, &number(utf16.start));
        set(o, &self.end, &number(utf16.end));
    }
}

fn set(o: &Object, key: &JsValue, value: &JsValue) {
    // Setting a data property on a fresh ordinary object cannot fail.
    let _ = Reflect::set(o, key, value);
}

pub(super) fn set_str(o: &Object, key: &str, value: &JsValue) {
    set(o, &JsValue::from_str(key), value);
}

pub(super) fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

pub(super) fn summary_to_js(s: &Summary) -> Object {
    let keys = Keys::new();
    let (index, score) = (JsValue::from_str("index"), JsValue::from_str("score"));
    let sentences = Array::new_with_length(s.sentences.len() as u32);
    let mut joined = String::new();
    for (i, x) in s.sentences.iter().enumerate() {
        let o = Object::new();
        keys.text(&o, &x.text);
        set(&o, &index, &number(x.index));
        set(&o, &score, &JsValue::from_f64(x.score));
        keys.span(&o, x.utf16);
        sentences.set(i as u32, o.into());
        if i > 0 {
            joined.push(' ');
        }
        joined.push_str(&x.text);
    }
    let keywords = Array::new_with_length(s.keywords.len() as u32);
    for (i, k) in s.keywords.iter().enumerate() {
        keywords.set(i as u32, JsValue::from_str(k));
    }
    let stats = Object::new();
    set_str(&stats, "sentencesTotal", &number(s.stats.sentences_total));
    set_str(&stats, "sentencesChosen", &number(s.stats.sentences_chosen));
    set_str(&stats, "wordsTotal", &number(s.stats.words_total));
    set_str(&stats, "wordsChosen", &number(s.stats.words_chosen));

    let out = Object::new();
    set_str(&out, "sentences", &sentences);
    set_str(&out, "text", &joined.into());
    set_str(&out, "keywords", &keywords);
    set_str(&out, "title", &s.title.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    set_str(&out, "language", &s.language.as_str().into());
    set_str(&out, "stats", &stats);
    // One crossing for the whole array: Array.from(Float64Array).
    set_str(&out, "scores", &Array::from(&js_sys::Float64Array::from(&s.scores[..])));
    out
}
