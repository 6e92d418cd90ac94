//! Sentence scores: term frequency, position, title overlap, centrality and a length prior.
//!
//! Each feature is a small function from the document to one number per sentence, in [0, 1];
//! the score is their weighted sum times the length prior. Every weight lives in `Weights`.

use crate::text::Document;

mod weights;
pub use weights::{Weights, WEIGHTS};

/// One score per sentence of the document, indexed like `Document::sentences`.
#[derive(Clone, Debug, Default)]
pub struct Scored {
    pub scores: Vec<f64>,
}

/// What each feature gave one sentence's score, weighted: the score is their sum times the length
/// prior ([`Contributions::score`]). Reported by `crate::explain`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Contributions {
    pub term_frequency: f64,
    /// The cosine centrality (one-sentence summaries) plus the sentence graph's degree (summaries
    /// that cover the article).
    pub centrality: f64,
    pub position: f64,
    pub title_overlap: f64,
    /// In (0, 1]: 1 at the ideal length.
    pub length_prior: f64,
}

impl Contributions {
    /// The features summed (in this order, as the scorer always has), before the length prior.
    pub fn features(&self) -> f64 {
        self.term_frequency + self.centrality + self.position + self.title_overlap
    }

    /// The sentence's score.
    pub fn score(&self) -> f64 {
        self.features() * self.length_prior
    }
}

pub fn score_with(doc: &Document, share: f64, w: &Weights) -> Scored {
    Scored { scores: contributions(doc, share, w).iter().map(Contributions::score).collect() }
}

/// How much a summary of `share` of the article's `sentences` stands alone: 1 for one sentence,
/// 0 from two on. A lone sentence must stand for the whole article; a longer summary covers it by
/// `redundancy` instead.
fn alone(share: f64, sentences: usize) -> f64 {
    (2.0 - share.clamp(0.0, 1.0) * sentences as f64).clamp(0.0, 1.0)
}

/// Whether a summary of `share` of the article's `sentences` covers the article rather than
/// leading it: two sentences or more, and at least `cover_share` of them.
pub fn covers(share: f64, sentences: usize, w: &Weights) -> bool {
    share >= w.cover_share && share * sentences as f64 >= 2.0
}

/// The sentence length (words) the length prior prefers for a summary of `share` of the article's
/// sentences (for one sentence, at least the article's mean: `Weights::ideal_alone_mean`).
pub fn ideal_words(doc: &Document, share: f64, w: &Weights) -> f64 {
    let sentences = doc.sentences.len();
    let mean = doc.sentences.iter().map(|s| s.word_count).sum::<usize>() as f64 / sentences.max(1) as f64;
    let ideal_alone = w.ideal_words_alone.max(w.ideal_alone_mean * mean);
    w.ideal_words + (ideal_alone - w.ideal_words) * alone(share, sentences)
}

/// Every sentence's [`Contributions`], indexed like `Document::sentences`.
pub fn contributions(doc: &Document, share: f64, w: &Weights) -> Vec<Contributions> {
    let n = doc.sentences.len();
    if n == 0 {
        return Vec::new();
    }
    // The lead and the headline state the point: they decide a short summary, while a long
    // one must cover the whole article.
    let fade = pow(1.0 - share.clamp(0.0, 1.0), w.position_fade);
    let position_weight = w.position * fade;
    let title_weight = w.title_overlap * fade;
    let common = common_terms(doc, w);
    let tf = term_frequency(doc, &common);
    let title = title_overlap(doc, &common);
    let alone = alone(share, n);
    let ideal = ideal_words(doc, share, w);
    let centrality_weight = w.centrality * alone;
    let degree_weight = if covers(share, n, w) { w.degree } else { 0.0 };
    // A feature whose weight is 0 is not computed (it could change nothing).
    let centre = if centrality_weight != 0.0 { centrality(doc) } else { vec![0.0; n] };
    let degree = if degree_weight != 0.0 { degree(doc) } else { vec![0.0; n] };
    (0..n)
        .map(|i| {
            let s = &doc.sentences[i];
            Contributions {
                term_frequency: w.term_frequency * tf[i],
                centrality: centrality_weight * centre[i] + degree_weight * degree[i],
                position: position_weight * lead(i, w),
                title_overlap: title_weight * title[i],
                length_prior: length_prior(s.word_count, ideal, w),
            }
        })
        .collect()
}

/// The lead feature of the sentence at `index`, in (0, 1]: 1 for the first, fading with `position_decay`.
pub fn lead(index: usize, w: &Weights) -> f64 {
    1.0 / (1.0 + index as f64 / w.position_decay)
}

/// Which terms are function words by their spread, by term id: in a language without a stopword
/// list (every word is a term there), those used in more than `common_share` of the sentences.
fn common_terms(doc: &Document, w: &Weights) -> Vec<bool> {
    if !doc.language.stopwords.is_empty() || doc.sentences.len() < 4 {
        return Vec::new(); // none: `is_common` reads past the end as false
    }
    let limit = w.common_share * doc.sentences.len() as f64;
    sentences_with(doc).iter().map(|&d| d as f64 > limit).collect()
}

/// Whether term `t` is in `common` ([`common_terms`]).
fn is_common(common: &[bool], t: u32) -> bool {
    common.get(t as usize).copied().unwrap_or(false)
}

/// Sublinear document frequency of each term, summed over a sentence's distinct terms and
/// divided by the square root of its term count (long sentences gather terms by length alone);
/// scaled so the best sentence has 1.
fn term_frequency(doc: &Document, common: &[bool]) -> Vec<f64> {
    let mut counts = vec![0u32; doc.vocabulary.len()];
    for s in &doc.sentences {
        for &t in &s.terms {
            counts[t as usize] += 1;
        }
    }
    // Weight 0 for terms used once: they say nothing about what the article is about.
    let weight: Vec<f64> =
        counts.iter().enumerate().map(|(t, &c)| if c > 1 && !is_common(common, t as u32) { (c as f64).ln() } else { 0.0 }).collect();
    distinct_sums(doc, &weight, f64::sqrt)
}

/// A sentence's degree in TextRank's sentence graph, where two sentences are linked by the terms
/// they share (over the logs of their lengths), in linear time: summed term by term instead of
/// pair by pair, each distinct term links the sentence to the other sentences using it. Over
/// ln(2 + terms) of the sentence only (the other end's length is left out); scaled so the best
/// sentence has 1.
fn degree(doc: &Document) -> Vec<f64> {
    let links: Vec<f64> = sentences_with(doc).iter().map(|&d| d.saturating_sub(1) as f64).collect();
    distinct_sums(doc, &links, |terms| (2.0 + terms).ln())
}

/// For each sentence, `weight` summed over its distinct terms, over `norm` of its term count;
/// scaled so the best sentence has 1 (0 for a sentence without terms). A function pointer, not a
/// generic: one copy in the WebAssembly module.
fn distinct_sums(doc: &Document, weight: &[f64], norm: fn(f64) -> f64) -> Vec<f64> {
    let mut seen = vec![usize::MAX; weight.len()];
    let raw = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut sum = 0.0;
            for &t in &s.terms {
                if seen[t as usize] != i {
                    seen[t as usize] = i;
                    sum += weight[t as usize];
                }
            }
            if s.terms.is_empty() {
                0.0
            } else {
                sum / norm(s.terms.len() as f64)
            }
        })
        .collect();
    scale_to_unit(raw)
}

/// How many sentences use each term, by term id.
fn sentences_with(doc: &Document) -> Vec<u32> {
    let terms = doc.vocabulary.len();
    let mut with = vec![0u32; terms];
    let mut seen = vec![usize::MAX; terms];
    for (i, s) in doc.sentences.iter().enumerate() {
        for &t in &s.terms {
            if seen[t as usize] != i {
                seen[t as usize] = i;
                with[t as usize] += 1;
            }
        }
    }
    with
}

/// Cosine between each sentence and the centroid of the other sentences, in term space with
/// in-document weights: a term counts by its frequency times ln(1 + sentences / sentences using
/// it), so words in every sentence say little. Leaving the sentence out of the centroid keeps a
/// long sentence from matching itself. Linear: the centroid is summed once and each sentence
/// touches only its own terms. Scaled so the best sentence has 1.
fn centrality(doc: &Document) -> Vec<f64> {
    let terms = doc.vocabulary.len();
    let mut count = vec![0u32; terms];
    for s in &doc.sentences {
        for &t in &s.terms {
            count[t as usize] += 1;
        }
    }
    let n = doc.sentences.len() as f64;
    let rarity: Vec<f64> = sentences_with(doc).iter().map(|&d| if d == 0 { 0.0 } else { (1.0 + n / d as f64).ln() }).collect();
    // The centroid: every occurrence of a term adds its rarity.
    let centroid: Vec<f64> = (0..terms).map(|t| count[t] as f64 * rarity[t]).collect();
    let centroid_norm2: f64 = centroid.iter().map(|c| c * c).sum();
    // Each sentence's own vector, kept sparse in `local` (reset after use).
    let mut local = vec![0u32; terms];
    let raw: Vec<f64> = doc
        .sentences
        .iter()
        .map(|s| {
            for &t in &s.terms {
                local[t as usize] += 1;
            }
            let (mut dot, mut own2) = (0.0, 0.0);
            for &t in &s.terms {
                let k = local[t as usize];
                if k == 0 {
                    continue; // a repeated term, already counted
                }
                let v = k as f64 * rarity[t as usize];
                dot += v * centroid[t as usize];
                own2 += v * v;
                local[t as usize] = 0;
            }
            // Against the centroid of the others: (c - v)·v and |c - v|.
            let others_dot = dot - own2;
            let others_norm2 = centroid_norm2 - 2.0 * dot + own2;
            if own2 <= 0.0 || others_norm2 <= 1e-12 {
                0.0
            } else {
                (others_dot / (own2.sqrt() * others_norm2.sqrt())).max(0.0)
            }
        })
        .collect();
    scale_to_unit(raw)
}

/// Share of the headline's terms (the caller's, else the text's) a sentence contains.
fn title_overlap(doc: &Document, common: &[bool]) -> Vec<f64> {
    let title_terms = || doc.title_terms.iter().filter(|&&t| !is_common(common, t));
    let total = title_terms().count();
    doc.sentences
        .iter()
        .map(|s| if total == 0 { 0.0 } else { title_terms().filter(|t| s.terms.contains(t)).count() as f64 / total as f64 })
        .collect()
}

/// 1 near the ideal length, falling off for fragments (captions, "he said.") and slowly for
/// very long sentences.
fn length_prior(words: usize, ideal: f64, weights: &Weights) -> f64 {
    let w = words as f64;
    if w < ideal {
        pow(w / ideal, weights.short_exponent)
    } else {
        pow(ideal / w, weights.long_exponent)
    }
}

/// `x` to the power `e` for `x` ≥ 0, as `exp(e · ln x)`: libm's `pow` (about 2 KB of WebAssembly,
/// exact in every corner) is more than a weight needs; `ln` is in the module anyway.
fn pow(x: f64, e: f64) -> f64 {
    if e == 0.0 {
        1.0
    } else {
        (e * x.ln()).exp()
    }
}

fn scale_to_unit(values: Vec<f64>) -> Vec<f64> {
    let max = values.iter().cloned().fold(0.0, f64::max);
    if max <= 0.0 {
        return values;
    }
    values.into_iter().map(|v| v / max).collect()
}

#[cfg(test)]
mod tests {
    use super::{centrality, common_terms, degree, ideal_words, is_common, WEIGHTS};

    // Centrality and degree both favour the sentence that shares terms with the most others.
    #[test]
    fn a_lone_sentence_is_preferred_as_long_as_the_article_s_mean_sentence() {
        let long = "The council approved the new ferry line across the bay after a long debate that ran late into the night on Monday. \
            The mayor said the first boats would sail in June and that tickets would cost less than the bus fare for most riders. \
            Opponents argued that the harbour could not take the extra traffic without a new pier and a second set of moorings.";
        let doc = crate::analyze(long, Some("en"));
        let mean = doc.sentences.iter().map(|s| s.word_count).sum::<usize>() as f64 / 3.0;
        assert!(mean > WEIGHTS.ideal_words_alone, "{mean}");
        assert_eq!(ideal_words(&doc, 1.0 / 3.0, &WEIGHTS), mean);
        // Short sentences keep the fixed ideal; several sentences keep `ideal_words`.
        let short = crate::analyze("The ferry sails in June. Tickets are cheap. The pier is old.", Some("en"));
        assert_eq!(ideal_words(&short, 1.0 / 3.0, &WEIGHTS), WEIGHTS.ideal_words_alone);
        assert_eq!(ideal_words(&doc, 1.0, &WEIGHTS), WEIGHTS.ideal_words);
    }

    #[test]
    fn without_a_stopword_list_a_word_in_most_sentences_is_no_topic() {
        // "und": no stopword list, so "ka" and "ma" are terms; they stand in most sentences.
        let article = "Ka ferry ma bay. Ka ferry ma port. Ka bridge ma june. Ka tickets ma concerts. Ka bay ma june.";
        let doc = crate::analyze(article, Some("und"));
        let common = common_terms(&doc, &WEIGHTS);
        let function_word =
            |word: &str| (0..doc.vocabulary.len()).any(|t| is_common(&common, t as u32) && doc.vocabulary.get(t) == Some(word));
        assert!(function_word("ka") && function_word("ma"), "{common:?}");
        assert!(!function_word("ferry") && !function_word("bay"), "{common:?}");
        // With a stopword list nothing is inferred, not even a word of every sentence.
        let english = crate::analyze("The ferry left. The ferry came. The ferry docked. The ferry froze.", Some("en"));
        let common = common_terms(&english, &WEIGHTS);
        assert!((0..english.vocabulary.len()).all(|t| !is_common(&common, t as u32)), "{common:?}");
    }

    #[test]
    fn centrality_and_degree_favour_the_sentence_that_shares_the_article_s_vocabulary() {
        let article = "The council approved the ferry and the bridge repairs. \
            The ferry will cross the bay. Bridge repairs start in June. \
            Tickets for concerts sold out quickly yesterday.";
        let doc = crate::analyze(article, Some("en"));
        for (name, c) in [("centrality", centrality(&doc)), ("degree", degree(&doc))] {
            assert_eq!(c.len(), 4, "{name}");
            assert_eq!(c[0], 1.0, "{name}: {c:?}");
            assert_eq!(c[3], 0.0, "{name}: a sentence sharing no term with the others: {c:?}");
            assert!(c[1] > 0.0 && c[2] > 0.0, "{name}: {c:?}");
        }
    }
}
