//! abridge: extractive summaries of news articles, small enough to run in the reader's browser.
//!
//! A summary is a pure function of the text and the options. Data flows one way:
//! `text::normalize → text::blocks → text::sentences → text::words → score → select → Summary`.
//! `wasm` and `dom` only translate between JavaScript and this API.

pub mod brief;
pub mod explain;
#[cfg(feature = "cli")]
pub mod html;
pub mod keywords;
pub mod lang;
pub mod options;
pub mod page;
pub mod score;
pub mod select;
pub mod text;

#[cfg(all(target_arch = "wasm32", feature = "dom"))]
mod dom;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use options::{Budget, Key, Options, OptionsError, Spelling, Value, DEFAULT_SENTENCES};
pub use text::Span;

/// One sentence of the article, with where it stands in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// The sentence as it stands in the input (`&input[span.start..span.end]`).
    pub text: String,
    /// Its position among all sentences of the article, from 0.
    pub index: usize,
    /// Its score; higher is more summary-worthy. Comparable only within one article.
    pub score: f64,
    /// Byte range in the input.
    pub span: Span,
    /// UTF-16 code unit range in the input, for JavaScript's `text.slice(start, end)`.
    pub utf16: Span,
}

/// Counts that describe the article and how much of it the summary keeps.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub sentences_total: usize,
    pub sentences_chosen: usize,
    pub words_total: usize,
    pub words_chosen: usize,
}

/// The result of [`summarize`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// The chosen sentences, in document order.
    pub sentences: Vec<Sentence>,
    /// Every sentence's score, indexed by sentence index (chosen or not).
    pub scores: Vec<f64>,
    /// The article's key terms and phrases, best first.
    pub keywords: Vec<String>,
    /// The headline: the caller's, or the one found in the text.
    pub title: Option<String>,
    /// Where the headline found in the text is, whatever the caller's (bytes of the input).
    pub headline: Option<Span>,
    /// The BCP 47 code of the language the summary was made for.
    pub language: String,
    pub stats: Stats,
}

impl Summary {
    /// The chosen sentences' indices, in document order.
    pub fn chosen(&self) -> Vec<usize> {
        self.sentences.iter().map(|s| s.index).collect()
    }

    /// The summary as one string: the chosen sentences joined by spaces.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

/// Splits `text` as every front end does: the language is `language` when known, else detected;
/// then the text stages (normalize, blocks, sentences, words).
pub fn analyze<'a>(text: &'a str, language: Option<&str>) -> text::Document<'a> {
    text::analyze(text, language.and_then(lang::by_code), None)
}

/// [`analyze`] with the caller's headline and language from `options`: what a summary reads.
pub fn analyze_for<'a>(text: &'a str, options: &Options) -> text::Document<'a> {
    text::analyze(text, options.language.as_deref().and_then(lang::by_code), options.title.as_deref())
}

/// Summarizes `text`: never panics, whatever the input; an empty or sentence-less text gives an
/// empty summary. The options are used as they are ([`Options::budget`]); front ends refuse bad
/// ones first with [`Options::validate`].
pub fn summarize(text: &str, options: &Options) -> Summary {
    summarize_with(text, options, &score::WEIGHTS)
}

/// [`summarize`] with other scoring weights: for tuning and experiments (`bench/`).
pub fn summarize_with(text: &str, options: &Options, weights: &score::Weights) -> Summary {
    summarize_from_opening(text, options, weights, usize::MAX)
}

/// [`summarize_with`], choosing only among the article's first `opening` sentences (a teaser:
/// [`brief`]). One function for both, so that the WASM module carries the pipeline once.
pub(crate) fn summarize_from_opening(text: &str, options: &Options, weights: &score::Weights, opening: usize) -> Summary {
    let doc = analyze_for(text, options);
    let language = doc.language;
    let budget = options.budget();
    let weights = &budget.weights(&doc, weights);
    let mut scored = score::score_with(&doc, budget.share(&doc), weights);
    for later in scored.scores.iter_mut().skip(opening) {
        *later = f64::MIN;
    }
    let chosen = select::select(&doc, &scored, &budget, weights);
    let keywords = match options.keyword_count() {
        0 => Vec::new(),
        count => keywords::keywords_with(&doc, count, &weights.keywords).into_iter().map(|k| k.text).collect(),
    };

    let sentences: Vec<Sentence> = chosen
        .iter()
        .map(|&i| {
            let unit = &doc.sentences[i];
            Sentence {
                text: text[unit.span.start..unit.span.end].to_string(),
                index: i,
                score: scored.scores[i],
                span: unit.span,
                utf16: unit.utf16,
            }
        })
        .collect();
    let words_chosen = chosen.iter().map(|&i| doc.sentences[i].word_count).sum();
    let title = options.title.clone().or_else(|| doc.title.map(|t| text[t.start..t.end].to_string()));
    Summary {
        headline: doc.title,
        stats: Stats {
            sentences_total: doc.sentences.len(),
            sentences_chosen: sentences.len(),
            words_total: doc.sentences.iter().map(|s| s.word_count).sum(),
            words_chosen,
        },
        sentences,
        scores: scored.scores,
        keywords,
        title,
        language: language.code.to_string(),
    }
}
