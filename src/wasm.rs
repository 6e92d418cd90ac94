//! The JavaScript API (wasm-bindgen): translation only, no summarization logic.
//!
//! `summarize(text, options?)` and `splitSentences(text, options?)` take a JavaScript string and a
//! plain options object, validate them with real JavaScript errors (`TypeError`, `RangeError`,
//! naming the option), call the core and hand back plain camelCase objects built with
//! js-sys. Offsets on this side are UTF-16 code units, computed once by the core, so
//! `input.slice(start, end) === sentence.text`.
//!
//! No input reaches a Rust panic; should a bug panic anyway, the hook installed at start-up throws a
//! JavaScript `Error` carrying the panic message (not "RuntimeError: unreachable") and schedules a
//! fresh instance for the next call, so one bug does not poison the page.
//!
//! Size: nothing here formats a float, and the messages are plain concatenations.

use crate::{analyze, summarize as summarize_core, Key, Options, OptionsError, Spelling, Summary, Value as OptionValue};
use js_sys::{Array, Object, RangeError, Reflect, TypeError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/**
 * How long the summary should be. Set at most one of `sentences`, `ratio` and `maxWords`;
 * with none, three sentences are chosen. `null` and `undefined` mean "not set".
 */
export type SummaryLength =
  | { sentences?: number | null; ratio?: null; maxWords?: null }
  | { ratio?: number | null; sentences?: null; maxWords?: null }
  | { maxWords?: number | null; sentences?: null; ratio?: null };

/** Options of {@link summarize}. Unknown keys are refused with a `TypeError`. */
export type SummarizeOptions = SummaryLength & {
  /** A BCP 47 language code ("en", "en-GB"); detected from the text when absent or unknown. */
  language?: string | null;
  /** The article's headline, when the caller knows it better than the text does. */
  title?: string | null;
  /** How many key terms to return in `keywords`: an integer ≥ 0. Default 8. */
  keywords?: number | null;
  /**
   * The longest text accepted, in UTF-16 code units (`text.length`): a positive integer, or
   * `Infinity` for no limit. Longer texts are refused with a `RangeError`. Default 16777216
   * (2^24: 16 MB of ASCII text).
   */
  maxInputLength?: number | null;
};

/** Options of {@link splitSentences}. */
export interface SplitOptions {
  /** A BCP 47 language code ("en", "en-GB"); detected from the text when absent or unknown. */
  language?: string | null;
  /** The longest text accepted, in UTF-16 code units, as for {@link summarize}. Default 16777216. */
  maxInputLength?: number | null;
}

/** A sentence of the input; `input.slice(start, end) === text` (UTF-16 offsets). */
export interface SentenceSpan {
  /** The sentence as it stands in the input. */
  text: string;
  /** UTF-16 offset of its first code unit in the input. */
  start: number;
  /** UTF-16 offset just past its last code unit in the input. */
  end: number;
}

/** A chosen sentence. */
export interface SummarySentence extends SentenceSpan {
  /** Its position among all sentences of the article (as {@link splitSentences} gives them), from 0. */
  index: number;
  /** Its score; higher is more summary-worthy. Comparable only within one article. */
  score: number;
}

/** Counts that describe the article and how much of it the summary keeps. */
export interface SummaryStats {
  sentencesTotal: number;
  sentencesChosen: number;
  wordsTotal: number;
  wordsChosen: number;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** The chosen sentences, in document order. */
  sentences: SummarySentence[];
  /** The summary as one string: the chosen sentences joined by spaces. */
  text: string;
  /** The article's key terms and phrases, best first. */
  keywords: string[];
  /** The headline: the caller's, or the one found in the text; `null` when there is none. */
  title: string | null;
  /** The BCP 47 code of the language the summary was made for. */
  language: string;
  stats: SummaryStats;
  /** Every sentence's score, indexed by sentence index (chosen or not). */
  scores: number[];
}

/**
 * Summarizes an article: picks its most representative sentences.
 *
 * @throws {TypeError} when `text` is not a string, `options` is not an object, an option is unknown
 *   or has the wrong type, or more than one of `sentences`, `ratio`, `maxWords` is set.
 * @throws {RangeError} when `sentences` or `maxWords` is not a positive integer, `ratio` is not
 *   in (0, 1], `keywords` is not a non-negative integer, `maxInputLength` is neither a positive integer nor `Infinity`, or `text` is longer
 *   than `maxInputLength` UTF-16 code units (by default 16777216).
 */
export function summarize(text: string, options?: SummarizeOptions | null): Summary;

/**
 * The article's sentences, as {@link summarize} sees them (page furniture and headline left out).
 *
 * @throws {TypeError} and {RangeError} as {@link summarize} does, for its two options.
 */
export function splitSentences(text: string, options?: SplitOptions | null): SentenceSpan[];
"#;

/// talc instead of std's dlmalloc: about 3 KB smaller gzipped and as fast (bench/wasm-speed.mjs).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Installs the panic hook when the module is instantiated.
#[wasm_bindgen(start)]
fn start() {
    install_panic_hook();
}

/// Makes a panic throw a JavaScript `Error` with the panic's message instead of trapping.
///
/// Release builds use `panic = "abort"`: after the hook returns the module would execute
/// `unreachable`, so the hook must not return. It schedules a fresh instance for the next call (the
/// aborted call's stack and heap are left in an unknown state) and throws.
#[doc(hidden)]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
            .unwrap_or("panic");
        let mut text = String::from("abridge: internal error (a bug, please report it): ");
        text.push_str(message);
        if let Some(at) = info.location() {
            text.push_str(" at ");
            text.push_str(at.file());
            text.push(':');
            text.push_str(&at.line().to_string());
        }
        wasm_bindgen::handler::schedule_reinit();
        wasm_bindgen::throw_str(&text);
    }));
}

/// Panics on purpose, so that tests/js/panic.test.mjs can check the hook on a debug build (this
/// export exists only with debug assertions; release builds and the npm package do not have it).
#[cfg(debug_assertions)]
#[doc(hidden)]
#[wasm_bindgen(js_name = __abridgeTestPanic, skip_typescript)]
pub fn test_panic(message: &str) {
    panic!("{message}");
}

/// `summarize(text, options?)`: see the TypeScript declaration above.
#[wasm_bindgen(skip_typescript)]
pub fn summarize(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    check_type(&text)?;
    let (options, limit) = summarize_options(&options)?;
    let text = text_arg(&text, limit)?;
    Ok(summary_to_js(&summarize_core(&text, &options)).into())
}

/// `splitSentences(text, options?)`: see the TypeScript declaration above.
#[wasm_bindgen(js_name = splitSentences, skip_typescript)]
pub fn split_sentences(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    check_type(&text)?;
    let (language, limit) = split_options(&options)?;
    let text = text_arg(&text, limit)?;
    let doc = analyze(&text, language.as_deref());
    let keys = Keys::new();
    let out = Array::new_with_length(doc.sentences.len() as u32);
    for (i, s) in doc.sentences.iter().enumerate() {
        let o = Object::new();
        keys.text(&o, doc.text_of(s.span));
        keys.span(&o, s.utf16);
        out.set(i as u32, o.into());
    }
    Ok(out.into())
}

/// `optionsFromAttributes(sentences, ratio, maxWords)`: the widget's length attributes (their text,
/// or `null` when absent) read by the core's rules, as the options object to give `summarize`; a
/// bad or doubled budget throws the core's error naming the attribute. Only in the widget's build.
#[cfg(feature = "dom")]
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

/// JavaScript's `Number(text)` for digits the core has checked: Rust's float parser would add
/// about 17 KB gzipped to the page build.
#[cfg(feature = "dom")]
fn js_number(digits: &str) -> f64 {
    js_sys::Number::new(&JsValue::from_str(digits)).value_of()
}

#[cfg(feature = "dom")]
fn attribute_error(e: OptionsError) -> JsValue {
    spelled_error(e, Spelling::Attribute)
}

// ---- results -------------------------------------------------------------------------------
//
// Built with js-sys rather than serde-wasm-bindgen: the same plain objects for about 3 KB less
// gzipped (no serde, no string cache), and each key string crosses the boundary once per call.

/// The property names, made into JavaScript strings once per call.
struct Keys {
    text: JsValue,
    start: JsValue,
    end: JsValue,
}

impl Keys {
    fn new() -> Self {
        Keys { text: "text".into(), start: "start".into(), end: "end".into() }
    }
    fn text(&self, o: &Object, text: &str) {
        set(o, &self.text, &text.into());
    }
    fn span(&self, o: &Object, utf16: crate::Span) {
        set(o, &self.start, &number(utf16.start));
        set(o, &self.end, &number(utf16.end));
    }
}

fn set(o: &Object, key: &JsValue, value: &JsValue) {
    // Setting a data property on a fresh ordinary object cannot fail.
    let _ = Reflect::set(o, key, value);
}

fn set_str(o: &Object, key: &str, value: &JsValue) {
    set(o, &JsValue::from_str(key), value);
}

fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

fn summary_to_js(s: &Summary) -> Object {
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

// ---- arguments -----------------------------------------------------------------------------

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

fn type_error(parts: &[&str]) -> JsValue {
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

fn check_type(text: &JsValue) -> Result<(), JsValue> {
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
struct Limit {
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
fn text_arg(value: &JsValue, limit: Limit) -> Result<String, JsValue> {
    let length = value.unchecked_ref::<js_sys::JsString>().length();
    if f64::from(length) > limit.max {
        let length = length.to_string();
        let max = (limit.max as u64).to_string();
        return Err(range_error(&if limit.set {
            ["text is too long: ", &length, " UTF-16 code units, more than options.maxInputLength (", &max, ")"]
        } else {
            ["text is too long: ", &length, " UTF-16 code units, more than the default limit of ", &max, " (set options.maxInputLength to allow more)"]
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
    key.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase).collect()
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
fn spelled_error(e: OptionsError, spelling: Spelling) -> JsValue {
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

fn summarize_options(value: &JsValue) -> Result<(Options, Limit), JsValue> {
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

fn split_options(value: &JsValue) -> Result<(Option<String>, Limit), JsValue> {
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
