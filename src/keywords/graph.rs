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

/// Each pair of different terms within `window` words of one sentence. Inlined in both callers:
/// the widget's module, which has no why view, keeps the code it had before `linked` (measured).
#[inline(always)]
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

/// The words most often linked to any of `terms` (a key term's words), most links first, then
/// the earliest: the graph's reason for ranking the term, shown by the demo's why view.
pub(super) fn linked(words: &[Occurrence], terms: &[u32], window: usize, count: usize) -> Vec<u32> {
    let mut tally: Vec<(u32, usize)> = Vec::new();
    for (a, b) in links(words, window.max(2)) {
        let other = match (terms.contains(&a), terms.contains(&b)) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        match tally.iter_mut().find(|(t, _)| *t == other) {
            Some((_, n)) => *n += 1,
            None => tally.push((other, 1)),
        }
    }
    // Stable: equal counts keep the order of first appearance.
    tally.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    tally.into_iter().take(count).map(|(t, _)| t).collect()
}
