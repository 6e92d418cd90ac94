//! The word graph of the key terms: PositionRank over words that occur near each other.

use super::KeywordWeights;
use crate::text::vocabulary::Occurrence;
use crate::text::Document;

/// Each term's rank: a PageRank over the links between words that occur within `window` content
/// words of each other in a sentence, restarting at each word as often as it is mentioned, early
/// mentions and the headline's words more (PositionRank). Linear: a fixed number of rounds over
/// at most `window - 1` links a word.
pub(super) fn word_ranks(doc: &Document, words: &[Occurrence], w: &KeywordWeights) -> Vec<f64> {
    let terms = doc.vocabulary.len();
    let mut restart = vec![0.0; terms];
    for o in words {
        restart[o.term as usize] += 1.0 / (1.0 + o.sentence as f64 / w.decay);
    }
    for &t in &doc.title_words {
        if let Some(r) = restart.get_mut(t as usize) {
            *r *= 1.0 + w.title;
        }
    }
    let total: f64 = restart.iter().sum();
    for r in &mut restart {
        *r *= terms as f64 / total;
    }
    let links = links(words, (w.window as usize).max(2));
    // The share of its rank a word passes along each of its links.
    let mut per_link = vec![0.0; terms];
    for &(a, b) in &links {
        per_link[a as usize] += 1.0;
        per_link[b as usize] += 1.0;
    }
    for d in &mut per_link {
        *d = if *d > 0.0 { w.damping / *d } else { 0.0 };
    }
    let mut rank = restart.clone();
    let mut share = vec![0.0; terms];
    for _ in 0..w.iterations as usize {
        for t in 0..terms {
            share[t] = rank[t] * per_link[t];
            rank[t] = (1.0 - w.damping) * restart[t];
        }
        for &(a, b) in &links {
            rank[a as usize] += share[b as usize];
            rank[b as usize] += share[a as usize];
        }
    }
    rank
}

/// Each pair of different terms within `window` words of one sentence.
fn links(words: &[Occurrence], window: usize) -> Vec<(u32, u32)> {
    let mut links = Vec::with_capacity(words.len() * (window - 1));
    for (i, a) in words.iter().enumerate() {
        for b in words[i + 1..].iter().take(window - 1).take_while(|b| b.sentence == a.sentence) {
            if a.term != b.term {
                links.push((a.term, b.term));
            }
        }
    }
    links
}
