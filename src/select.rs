//! Choosing sentences within a budget: best first, skipping near-duplicates, returned in
//! document order. Ties go to the earlier sentence, so the choice is deterministic.

use crate::score::Scored;
use crate::text::Document;
use crate::{Options, DEFAULT_SENTENCES};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    Sentences(usize),
    /// A fraction of the article's sentences, in (0, 1]; at least one sentence.
    Ratio(f64),
    MaxWords(usize),
}

impl Budget {
    /// The first budget the options set (sentences, then ratio, then words), else the default.
    pub fn from_options(options: &Options) -> Budget {
        if let Some(n) = options.sentences {
            Budget::Sentences(n)
        } else if let Some(r) = options.ratio {
            Budget::Ratio(r)
        } else if let Some(w) = options.max_words {
            Budget::MaxWords(w)
        } else {
            Budget::Sentences(DEFAULT_SENTENCES)
        }
    }
}

impl Budget {
    /// The part of the article's sentences this budget is expected to keep, in [0, 1].
    pub fn share(&self, doc: &Document) -> f64 {
        let n = doc.sentences.len().max(1) as f64;
        let share = match *self {
            Budget::Sentences(k) => k as f64 / n,
            Budget::Ratio(r) => r,
            Budget::MaxWords(w) => {
                let words: usize = doc.sentences.iter().map(|s| s.word_count).sum();
                w as f64 / words.max(1) as f64
            }
        };
        if share.is_finite() { share.clamp(0.0, 1.0) } else { 0.0 }
    }
}

/// Two sentences sharing more than this share of their terms say the same thing.
const MAX_OVERLAP: f64 = 0.6;

/// Indices of the chosen sentences, ascending.
pub fn select(doc: &Document, scored: &Scored, budget: &Budget) -> Vec<usize> {
    let n = doc.sentences.len();
    let (max_sentences, max_words) = match *budget {
        Budget::Sentences(k) => (k, usize::MAX),
        Budget::Ratio(r) => {
            let r = if r.is_finite() { r.clamp(0.0, 1.0) } else { 0.0 };
            ((((n as f64) * r).ceil() as usize).max(usize::from(r > 0.0)), usize::MAX)
        }
        Budget::MaxWords(w) => (usize::MAX, w),
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| scored.scores[b].total_cmp(&scored.scores[a]).then(a.cmp(&b)));

    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    for i in order {
        if chosen.len() >= max_sentences {
            break;
        }
        let s = &doc.sentences[i];
        if words.saturating_add(s.word_count) > max_words {
            continue;
        }
        if chosen.iter().any(|&c| overlap(&doc.sentences[c].terms, &s.terms) > MAX_OVERLAP) {
            continue;
        }
        words += s.word_count;
        chosen.push(i);
    }
    chosen.sort_unstable();
    chosen
}

/// Share of the smaller sentence's distinct terms that the other one also has.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut distinct: Vec<u32> = small.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let shared = distinct.iter().filter(|t| large.contains(t)).count();
    shared as f64 / distinct.len() as f64
}
