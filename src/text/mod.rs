//! Turning raw text into units: `normalize → blocks → sentences → words`.
//!
//! Every stage works on the normalized text; spans are mapped back to the caller's original
//! text once, here, so callers never see normalized offsets.

pub mod blocks;
pub mod boundaries;
pub mod case;
pub mod chars;
pub mod hash;
pub mod normalize;
pub mod pasted;
pub mod scan;
pub mod sentences;
pub mod uax29;
pub mod utf16;
pub mod vocabulary;
pub mod words;

use crate::lang::Language;
use blocks::BlockKind;

/// A half-open range `start..end` in some text (bytes or UTF-16 code units, as documented).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The span moved right by `offset`.
    pub const fn shift(self, offset: usize) -> Self {
        Span::new(self.start + offset, self.end + offset)
    }
}

/// A block of the article (paragraph, title, furniture) with its span in the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// A sentence of the article's prose.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceUnit {
    /// Byte range in the original text.
    pub span: Span,
    /// UTF-16 range in the original text.
    pub utf16: Span,
    /// Index of the block (paragraph) it belongs to, in `Document::blocks`.
    pub block: usize,
    /// Its position within its paragraph, from 0.
    pub position_in_block: usize,
    /// Number of word tokens (stopwords included).
    pub word_count: usize,
    /// Content terms (stopwords out, folded, stemmed) as ids into `Document::vocabulary`.
    pub terms: Vec<u32>,
}

/// The analysed article, read once: every later stage (scores, selection, key terms,
/// explanations) reads term ids from here and none tokenizes, folds or stems again.
#[derive(Debug)]
pub struct Document<'a> {
    /// The caller's original text; every span refers to it.
    pub source: &'a str,
    pub language: &'static Language,
    /// The headline found in the text, if any.
    pub title: Option<Span>,
    /// The headline's content terms (ids into `vocabulary`), made as the sentences' terms are:
    /// the caller's headline's (only terms the article has), else the one found in the text.
    pub title_terms: Vec<u32>,
    /// The same headline's content words, as `words` gives their ids (a run of a script written
    /// without spaces is one word there, and character pairs in `title_terms`).
    pub title_words: Vec<u32>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<SentenceUnit>,
    /// Term id → term (folded, stemmed).
    pub vocabulary: hash::Strings,
    /// Every content word of the sentences, in order, with its term id, span, sentence and
    /// phrase boundary ([`vocabulary::Occurrence`]).
    pub words: Vec<vocabulary::Occurrence>,
}

impl<'a> Document<'a> {
    pub fn text_of(&self, span: Span) -> &'a str {
        &self.source[span.start..span.end]
    }
}

/// Runs the text pipeline over `source`: in `language` when given, else the one detected from the
/// words the pipeline reads; `caller_title` is the caller's headline, if any.
pub fn analyze<'a>(source: &'a str, language: Option<&'static Language>, caller_title: Option<&str>) -> Document<'a> {
    let normalized = normalize::normalize(source);
    let norm_text: &str = &normalized.text;
    // About one new word per 12 bytes of a news article; the tables grow past that if needed.
    let mut vocabulary = vocabulary::Vocabulary::with_capacity((source.len() / 12).min(1 << 15));
    let language = language.unwrap_or_else(|| crate::lang::detect_in(norm_text, &mut vocabulary));
    vocabulary.set_language(language);
    // A whole page pasted: only its article's prose stays prose (text/pasted.rs).
    let found = pasted::keep_article(norm_text, blocks::blocks(norm_text), language);

    let mut blocks_out = Vec::with_capacity(found.len());
    let mut sentences = Vec::new();
    let mut words = Vec::with_capacity(source.len() / 10);
    let mut title = None;
    for block in &found {
        let original = normalized.to_original(block.span);
        let block_index = blocks_out.len();
        blocks_out.push(Block { span: original, kind: block.kind });
        match block.kind {
            BlockKind::Title if title.is_none() => title = Some(original),
            BlockKind::Prose => {
                let block_text = &norm_text[block.span.start..block.span.end];
                let spans = sentences::split_for(block_text, language);
                for (position, s) in spans.into_iter().enumerate() {
                    let norm_span = s.shift(block.span.start);
                    let sentence_text = &norm_text[norm_span.start..norm_span.end];
                    let (word_count, terms) = vocabulary.read(sentence_text, norm_span.start, sentences.len(), &mut words);
                    sentences.push(SentenceUnit {
                        span: normalized.to_original(norm_span),
                        utf16: Span::default(),
                        block: block_index,
                        position_in_block: position,
                        word_count,
                        terms,
                    });
                }
            }
            _ => {}
        }
    }
    if matches!(normalized.text, std::borrow::Cow::Owned(_)) {
        for w in &mut words {
            let span = normalized.to_original(Span::new(w.start as usize, w.end as usize));
            (w.start, w.end) = (span.start as u32, span.end as u32);
        }
    }
    let mut title_words = Vec::new();
    let title_terms = match (caller_title, title) {
        (Some(t), _) => vocabulary.known_terms_of(t, &mut title_words).1,
        (None, Some(t)) => vocabulary.terms_of(&source[t.start..t.end], &mut title_words).1,
        (None, None) => Vec::new(),
    };
    let utf16_spans = utf16::utf16_spans(source, sentences.iter().map(|s| s.span));
    for (s, u) in sentences.iter_mut().zip(utf16_spans) {
        s.utf16 = u;
    }
    let vocabulary = vocabulary.into_terms();
    Document { source, language, title, title_terms, title_words, blocks: blocks_out, sentences, vocabulary, words }
}
