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

mod args;
// The Summarizer API's briefs (`abridge/summarizer`): the npm package's and the demo's modules.
#[cfg(feature = "dom")]
mod attributes;
#[cfg(feature = "summarizer")]
mod brief;
// explain() is for the demo's "why" view only (cargo feature `explain`): the npm package and the
// widget's page build leave it out.
#[cfg(feature = "explain")]
mod explain;
mod results;

use crate::{analyze, summarize as summarize_core};
use args::{check_type, split_options, summarize_options, text_arg};
use js_sys::{Array, Object};
use results::{summary_to_js, Keys};
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
///
/// The nightly size build (`panic=immediate-abort`) never runs it: a panic traps at once, and the
/// guard scripts/guard-glue.mjs adds to the glue turns the trap into the Error and sets the same
/// reinit flag. The hook stays there too, because its `schedule_reinit` is what makes wasm-bindgen
/// emit that flag and the reinit code.
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
            text.push_str(&decimal(at.line().into()));
        }
        wasm_bindgen::handler::schedule_reinit();
        wasm_bindgen::throw_str(&text);
    }));
}

/// `n` in decimal digits: a number's `to_string` would bring in core::fmt.
pub(crate) fn decimal(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| char::from(d)).collect()
}

/// Panics on purpose, so that tests/js/panic.test.mjs can check how a panic reaches JavaScript in
/// a module built as the shipped one is (feature `test-panic`, never in a shipped build; debug
/// builds have it too).
#[cfg(any(debug_assertions, feature = "test-panic"))]
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
