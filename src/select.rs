//! Choosing sentences within a budget: best first, skipping near-duplicates, returned in
//! document order. Ties go to the earlier sentence, so the choice is deterministic.

pub use crate::options::Budget;
use crate::score::{Scored, Weights};
use crate::text::Document;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

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
        if share.is_finite() {
            share.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The weights for this budget and document: a budget in words has its own cover share, and
    /// when it covers the article, its own length prior and degree (`Weights::words_cover_share`).
    pub fn weights(&self, doc: &Document, w: &Weights) -> Weights {
        let mut w = *w;
        if let Budget::MaxWords(_) = self {
            w.cover_share = w.words_cover_share;
            if crate::score::covers(self.share(doc), doc.sentences.len(), &w) {
                w.short_exponent *= w.words_length_prior;
                w.long_exponent *= w.words_length_prior;
                w.degree = w.words_degree;
            }
        }
        w
    }
}

/// How many chosen sentences the hard duplicate test (`Weights::max_covered`) looks at.
const COVERAGE_WINDOW: usize = 3;

/// Indices of the chosen sentences, ascending.
///
/// Greedy by score. A candidate loses `redundancy` × (share of its terms the chosen sentences
/// already cover), so the summary covers the article instead of repeating its lead; among the
/// first few picks, one whose terms are covered beyond `max_covered` adds nothing and is skipped
/// (a summary that covers the article, `score::covers`, has no penalty and skips only a sentence
/// whose every term is covered). Coverage only grows, so a candidate's value only falls: a heap with lazy
/// re-evaluation finds the best one without rescoring every sentence at every step.
pub fn select(doc: &Document, scored: &Scored, budget: &Budget, weights: &Weights) -> Vec<usize> {
    let n = doc.sentences.len();
    let (max_sentences, max_words) = match *budget {
        Budget::Sentences(k) => (k, usize::MAX),
        Budget::Ratio(r) => {
            let r = if r.is_finite() { r.clamp(0.0, 1.0) } else { 0.0 };
            ((((n as f64) * r).ceil() as usize).max(usize::from(r > 0.0)), usize::MAX)
        }
        Budget::MaxWords(w) => (usize::MAX, w),
    };
    // A summary that covers the article may repeat what the article repeats (`Weights::cover_share`):
    // no penalty, and only a sentence whose every term is covered is a duplicate.
    let (redundancy, max_covered) =
        if crate::score::covers(budget.share(doc), n, weights) { (0.0, 0.99) } else { (weights.redundancy, weights.max_covered) };
    let mut covered = vec![false; doc.vocabulary.len()];
    let mut heap: BinaryHeap<Candidate> = (0..n).map(|i| Candidate { value: scored.scores[i], index: i, fresh_at: 0 }).collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    // Duplicates wait here: when the budget asks for more sentences than the others can give
    // (12 of 12), they are taken after all.
    let mut set_aside: Vec<Candidate> = Vec::new();
    let mut allow_duplicates = false;
    while chosen.len() < max_sentences {
        let Some(top) = heap.pop() else {
            if allow_duplicates || set_aside.is_empty() {
                break;
            }
            allow_duplicates = true;
            heap.extend(set_aside.drain(..));
            continue;
        };
        let s = &doc.sentences[top.index];
        if words.saturating_add(s.word_count) > max_words {
            continue;
        }
        if top.fresh_at != chosen.len() {
            let share = covered_share(&s.terms, &covered);
            // Union coverage tells a duplicate only while the union is small: after a few
            // sentences every sentence shares words with it, and only the penalty applies.
            if !allow_duplicates && chosen.len() < COVERAGE_WINDOW && share > max_covered {
                set_aside.push(top);
                continue;
            }
            let value = scored.scores[top.index] - redundancy * share;
            heap.push(Candidate { value, index: top.index, fresh_at: chosen.len() });
            continue;
        }
        words += s.word_count;
        for &t in &s.terms {
            covered[t as usize] = true;
        }
        chosen.push(top.index);
    }
    chosen.sort_unstable();
    chosen
}

/// A sentence in the heap: its value as of `fresh_at` chosen sentences.
struct Candidate {
    value: f64,
    index: usize,
    fresh_at: usize,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Candidate {
    /// Higher value first; among equals, the earlier sentence (deterministic ties).
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.total_cmp(&other.value).then_with(|| other.index.cmp(&self.index))
    }
}

/// Share of a sentence's terms (counted with repeats; cheap and close to distinct) already covered.
fn covered_share(terms: &[u32], covered: &[bool]) -> f64 {
    if terms.is_empty() {
        return 0.0;
    }
    let hits = terms.iter().filter(|&&t| covered[t as usize]).count();
    hits as f64 / terms.len() as f64
}

#[cfg(test)]
mod tests {
    use crate::score::WEIGHTS;
    use crate::{summarize, Budget, Options};

    // A word budget that covers the article drops the length prior and leans on the degree; a
    // sentence count, or a word budget that only leads the article, keeps the weights.
    #[test]
    fn a_covering_word_budget_has_its_own_weights() {
        let doc = crate::analyze("The ferry runs at dawn. The ferry is new. Boats are electric. Tickets sold out.", Some("en"));
        let covering = Budget::MaxWords(9).weights(&doc, &WEIGHTS);
        assert_eq!((covering.short_exponent, covering.long_exponent, covering.degree), (0.0, 0.0, WEIGHTS.words_degree));
        for budget in [Budget::MaxWords(3), Budget::Sentences(2)] {
            let w = budget.weights(&doc, &WEIGHTS);
            assert_eq!(
                (w.short_exponent, w.long_exponent, w.degree),
                (WEIGHTS.short_exponent, WEIGHTS.long_exponent, WEIGHTS.degree),
                "{budget:?}"
            );
        }
    }

    #[test]
    fn asking_for_every_sentence_gives_every_sentence_even_near_duplicates() {
        let text = "The council voted for the ferry. The council voted for the ferry again. \
                    The ferry will run in 2027. Boats will be electric.";
        let all = summarize(text, &Options { sentences: Some(4), ..Options::default() });
        assert_eq!(all.sentences.len(), 4);
        let two = summarize(text, &Options { sentences: Some(2), ..Options::default() });
        let chosen = two.chosen();
        assert!(!(chosen.contains(&0) && chosen.contains(&1)), "near-duplicates both chosen: {chosen:?}");
    }
}
