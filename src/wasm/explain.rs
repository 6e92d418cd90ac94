//! `explain(text, options?)`: the core's explanation of every sentence's score (`crate::explain`)
//! as plain camelCase objects. Translation only.

use super::args::{check_type, summarize_options, text_arg};
use super::results::{number, set_str, Keys};
use crate::explain::{explain as explain_core, Explanation, SentenceReasons};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/**
 * What each feature gave a sentence's score: `(termFrequency + centrality + position +
 * titleOverlap) × lengthPrior` is the score.
 */
export interface ScoreContributions {
  /** From the article's recurring terms the sentence carries. */
  termFrequency: number;
  /** From standing for the whole article (one-sentence summaries). */
  centrality: number;
  /** From its place in the article (the lead counts more, less as the summary grows). */
  position: number;
  /** From the headline's terms it shares. */
  titleOverlap: number;
  /** In (0, 1]: 1 at the preferred sentence length, less for fragments and very long sentences. */
  lengthPrior: number;
}

/** One sentence of the article, its score and what made it; `text.slice(start, end)` is the sentence. */
export interface SentenceReasons {
  /** UTF-16 offset of its first code unit in the input. */
  start: number;
  /** UTF-16 offset just past its last code unit in the input. */
  end: number;
  /** Its position among the article's sentences, from 0. */
  index: number;
  /** Its score, as in `Summary.scores`. */
  score: number;
  /** Whether {@link summarize} with the same options chooses it. */
  chosen: boolean;
  contributions: ScoreContributions;
  /** The features summed, before the length prior: the whole of what `contributions` shares out. */
  features: number;
  /** The lead feature, in (0, 1]: 1 for the first sentence, fading down the article. */
  lead: number;
  /** Whether it opens a paragraph. */
  paragraphStart: boolean;
  /** The headline's terms it shares, as written in the sentence, each once. */
  titleTerms: string[];
  /** The key terms it contains: indices into {@link Explanation.keyTerms}. */
  keyTerms: number[];
  /** Its number of words. */
  words: number;
}

/** A key term of the article (as in `Summary.keywords`) and where it occurs (UTF-16 offsets). */
export interface KeyTerm {
  text: string;
  occurrences: { start: number; end: number }[];
  /** The words the word graph links most to it, as first written: the reason it ranks. */
  linked: string[];
}

/** The result of {@link explain}. */
export interface Explanation {
  /** Every sentence of the article, in document order, chosen or not. */
  sentences: SentenceReasons[];
  /** The article's key terms, best first, with their occurrences. */
  keyTerms: KeyTerm[];
  /**
   * The sentence length (words) the length prior preferred for this summary; 0 when it preferred
   * none (a `maxWords` budget that covers the article turns the prior off: every `lengthPrior` is 1).
   */
  idealWords: number;
}

/**
 * Summarizes as {@link summarize} does (the same options and errors) and explains every sentence's
 * score with the features the core computed. Linear in the text, like `summarize`.
 */
export function explain(text: string, options?: SummarizeOptions | null): Explanation;
"#;

/// `explain(text, options?)`: see the TypeScript declaration above.
#[wasm_bindgen(skip_typescript)]
pub fn explain(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    check_type(&text)?;
    let (options, limit) = summarize_options(&options)?;
    let text = text_arg(&text, limit)?;
    Ok(explanation_to_js(&explain_core(&text, &options)).into())
}

fn explanation_to_js(e: &Explanation) -> Object {
    let keys = Keys::new();
    let sentences = Array::new_with_length(e.sentences.len() as u32);
    for (i, s) in e.sentences.iter().enumerate() {
        sentences.set(i as u32, sentence_to_js(s, &keys).into());
    }
    let key_terms = Array::new_with_length(e.key_terms.len() as u32);
    for (i, k) in e.key_terms.iter().enumerate() {
        let o = Object::new();
        keys.text(&o, &k.text);
        let occurrences = Array::new_with_length(k.occurrences.len() as u32);
        for (j, (_, utf16)) in k.occurrences.iter().enumerate() {
            let span = Object::new();
            keys.span(&span, *utf16);
            occurrences.set(j as u32, span.into());
        }
        set_str(&o, "occurrences", &occurrences);
        let linked: Array = k.linked.iter().map(|w| JsValue::from_str(w)).collect();
        set_str(&o, "linked", &linked);
        key_terms.set(i as u32, o.into());
    }
    let out = Object::new();
    set_str(&out, "sentences", &sentences);
    set_str(&out, "keyTerms", &key_terms);
    set_str(&out, "idealWords", &JsValue::from_f64(e.ideal_words));
    out
}

fn sentence_to_js(s: &SentenceReasons, keys: &Keys) -> Object {
    let c = &s.contributions;
    let parts = Object::new();
    for (name, value) in [
        ("termFrequency", c.term_frequency),
        ("centrality", c.centrality),
        ("position", c.position),
        ("titleOverlap", c.title_overlap),
        ("lengthPrior", c.length_prior),
    ] {
        set_str(&parts, name, &JsValue::from_f64(value));
    }
    let title_terms: Array = s.title_terms.iter().map(|t| JsValue::from_str(t)).collect();
    let key_terms: Array = s.key_terms.iter().map(|&k| number(k)).collect();
    let o = Object::new();
    keys.span(&o, s.utf16);
    set_str(&o, "index", &number(s.index));
    set_str(&o, "score", &JsValue::from_f64(s.score));
    set_str(&o, "chosen", &JsValue::from_bool(s.chosen));
    set_str(&o, "contributions", &parts);
    set_str(&o, "features", &JsValue::from_f64(c.features()));
    set_str(&o, "lead", &JsValue::from_f64(s.lead));
    set_str(&o, "paragraphStart", &JsValue::from_bool(s.paragraph_start));
    set_str(&o, "titleTerms", &title_terms);
    set_str(&o, "keyTerms", &key_terms);
    set_str(&o, "words", &number(s.words));
    o
}
