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
pub mod utf16;
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

/// The analysed article: what the scorer and the selector work on.
#[derive(Debug)]
pub struct Document<'a> {
    /// The caller's original text; every span refers to it.
    pub source: &'a str,
    pub language: &'static Language,
    /// The headline found in the text, if any.
    pub title: Option<Span>,
    /// The title's content terms (ids into `vocabulary`).
    pub title_terms: Vec<u32>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<SentenceUnit>,
    /// Term id → term (folded, stemmed).
    pub vocabulary: hash::Strings,
    /// The content words of the sentences, in order, when the keywords can read them from here
    /// (the text needed no normalization and has no runs of scripts written without spaces);
    /// otherwise `None` and the keywords read the text themselves.
    pub occurrences: Option<Vec<words::Occurrence>>,
}

impl<'a> Document<'a> {
    pub fn text_of(&self, span: Span) -> &'a str {
        &self.source[span.start..span.end]
    }
    /// Number of prose paragraphs (blocks that hold sentences).
    pub fn prose_blocks(&self) -> usize {
        self.blocks.iter().filter(|b| b.kind == BlockKind::Prose).count()
    }
}

/// Runs the text pipeline over `source`.
pub fn analyze<'a>(source: &'a str, language: &'static Language) -> Document<'a> {
    let normalized = normalize::normalize(source);
    let norm_text: &str = &normalized.text;
    // A whole page pasted: only its article's prose stays prose (text/pasted.rs).
    let found = pasted::keep_article(norm_text, blocks::blocks(norm_text), language);

    // Offsets of the normalized text are the source's when nothing changed: then the sentences'
    // content words are recorded for the keywords.
    let mut vocabulary = if matches!(normalized.text, std::borrow::Cow::Borrowed(_)) {
        words::Vocabulary::recording()
    } else {
        words::Vocabulary::default()
    }
    // About one new word per 12 bytes of a news article; the tables grow past that if needed.
    .with_capacity((source.len() / 12).min(1 << 15));
    let mut blocks_out = Vec::with_capacity(found.len());
    let mut sentences = Vec::new();
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
                    let (word_count, terms) = vocabulary.sentence_terms(sentence_text, norm_span.start, sentences.len(), language);
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
    let title_terms = match title {
        Some(t) => vocabulary.terms_of(&source[t.start..t.end], language).1,
        None => Vec::new(),
    };
    let occurrences = vocabulary.take_occurrences();
    let utf16_spans = utf16::utf16_spans(source, sentences.iter().map(|s| s.span));
    for (s, u) in sentences.iter_mut().zip(utf16_spans) {
        s.utf16 = u;
    }
    Document { source, language, title, title_terms, blocks: blocks_out, sentences, vocabulary: vocabulary.into_terms(), occurrences }
}
