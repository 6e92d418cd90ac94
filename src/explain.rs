//! Why each sentence scored as it did, as data: the parts of its score (computed by `score`), and
//! the words behind them — the headline's terms it shares, the article's key terms it covers, and
//! where each key term occurs. A page turns these into words ("shares 4 terms with the headline");
//! it decides nothing itself.

use crate::score::{self, Contributions};
use crate::text::vocabulary::Occurrence;
use crate::text::Span;
use crate::{analyze_for, keywords, select, Options};

/// The explanation of a summary ([`explain`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    /// Every sentence of the article, in document order (chosen or not).
    pub sentences: Vec<SentenceReasons>,
    /// The article's key terms (the summary's `keywords`), best first, with their occurrences.
    pub key_terms: Vec<KeyTerm>,
    /// The sentence length (words) the length prior preferred for this summary; 0 when it preferred
    /// none (a word budget that covers the article turns the prior off: every `length_prior` is 1).
    pub ideal_words: f64,
}

/// One sentence's score and what made it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceReasons {
    /// Its position among the article's sentences, from 0.
    pub index: usize,
    /// Byte range in the input.
    pub span: Span,
    /// UTF-16 code unit range in the input.
    pub utf16: Span,
    /// Its score, as in `Summary::scores`.
    pub score: f64,
    /// Whether the summary chose it.
    pub chosen: bool,
    /// What each feature gave the score (their sum × length prior × penalty is `score`).
    pub contributions: Contributions,
    /// The lead feature, in (0, 1]: 1 for the first sentence, fading down the article.
    pub lead: f64,
    /// Whether it opens a paragraph.
    pub paragraph_start: bool,
    /// The headline's terms it shares, as written in the sentence, in order, each once.
    pub title_terms: Vec<String>,
    /// The key terms it contains: indices into `Explanation::key_terms`, best first.
    pub key_terms: Vec<usize>,
    /// Its number of words.
    pub words: usize,
}

/// A key term of the article and every place it occurs in the article's sentences.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyTerm {
    pub text: String,
    /// (byte range, UTF-16 range) of each occurrence in the input, in document order.
    pub occurrences: Vec<(Span, Span)>,
    /// The words the word graph links most to it (as first written), the reason it ranks.
    pub linked: Vec<String>,
}

/// Summarizes `text` as [`crate::summarize`] does and explains every sentence's score. It reads
/// the document's term ids; nothing is tokenized again.
pub fn explain(text: &str, options: &Options) -> Explanation {
    let doc = analyze_for(text, options);
    let budget = options.budget();
    let weights = &budget.weights(&doc, &score::WEIGHTS);
    let share = budget.share(&doc);
    let parts = score::contributions(&doc, share, weights);
    let scored = score::Scored { scores: parts.iter().map(Contributions::score).collect() };
    let chosen = select::select(&doc, &scored, &budget, weights);
    let found = keywords::keywords(&doc, options.keyword_count());
    let mut covered: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
    let key_terms = found
        .into_iter()
        .enumerate()
        .map(|(k, key)| {
            let places = places(&doc.words, &key.terms);
            for &(sentence, _) in &places {
                if covered[sentence].last() != Some(&k) {
                    covered[sentence].push(k);
                }
            }
            let spans: Vec<Span> = places.into_iter().map(|(_, span)| span).collect();
            let utf16 = crate::text::utf16::utf16_spans(text, spans.iter().copied());
            let linked =
                keywords::linked_words(&doc, &key, LINKED_SHOWN).into_iter().filter_map(|t| as_written(&doc.words, t, text)).collect();
            KeyTerm { text: key.text, occurrences: spans.into_iter().zip(utf16).collect(), linked }
        })
        .collect();
    let mut shared = shared_title_terms(&doc.words, &doc.title_words, text, doc.sentences.len());
    let sentences = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SentenceReasons {
            index: i,
            span: s.span,
            utf16: s.utf16,
            score: scored.scores[i],
            chosen: chosen.binary_search(&i).is_ok(),
            contributions: parts[i],
            lead: score::lead(i, weights),
            paragraph_start: s.position_in_block == 0,
            title_terms: std::mem::take(&mut shared[i]),
            key_terms: std::mem::take(&mut covered[i]),
            words: s.word_count,
        })
        .collect();
    let prior_off = weights.short_exponent == 0.0 && weights.long_exponent == 0.0;
    let ideal_words = if prior_off { 0.0 } else { score::ideal_words(&doc, share, weights) };
    Explanation { sentences, key_terms, ideal_words }
}

/// How many linked words the why view names for a key term.
const LINKED_SHOWN: usize = 3;

/// A term's first occurrence as written.
fn as_written(words: &[Occurrence], term: u32, text: &str) -> Option<String> {
    let w = words.iter().find(|w| w.term == term)?;
    text.get(w.start as usize..w.end as usize).map(str::to_owned)
}

/// Where a key term (one term id, or a phrase's ids in order, joined by spaces only) occurs among
/// the document's words: (sentence, byte span) of each place, in document order.
fn places(words: &[Occurrence], terms: &[u32]) -> Vec<(usize, Span)> {
    let n = terms.len();
    if n == 0 || words.len() < n {
        return Vec::new();
    }
    words
        .windows(n)
        .filter(|run| run.iter().zip(terms).all(|(w, &t)| w.term == t) && run.iter().skip(1).all(|w| w.joined))
        .map(|run| (run[0].sentence as usize, Span::new(run[0].start as usize, run[n - 1].end as usize)))
        .collect()
}

/// For each sentence, the headline's words it uses, as written in `text`, each once, in order.
fn shared_title_terms(words: &[Occurrence], title: &[u32], text: &str, sentences: usize) -> Vec<Vec<String>> {
    let mut shared: Vec<Vec<String>> = vec![Vec::new(); sentences];
    let mut seen: Vec<u32> = Vec::new();
    let mut current = usize::MAX;
    for w in words.iter().filter(|w| title.contains(&w.term)) {
        let sentence = w.sentence as usize;
        if sentence != current {
            (current, seen) = (sentence, Vec::new());
        }
        if !seen.contains(&w.term) {
            seen.push(w.term);
            shared[sentence].push(text[w.start as usize..w.end as usize].to_string());
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize;

    const ARTICLE: &str = "Council votes for electric harbour ferries\n\n\
        The city council voted on Tuesday to replace the harbour ferry with two electric boats. \
        The ferry has carried commuters across the harbour since 1962.\n\n\
        Council members said the electric boats would cut running costs by a third. \
        Residents asked the council to keep the ferry running during the change.\n\n\
        Work on a new charging pier starts in the spring, the harbour authority said.";

    #[test]
    fn scores_and_choice_are_the_summarys() {
        let options = Options { sentences: Some(2), ..Options::default() };
        let summary = summarize(ARTICLE, &options);
        let explanation = explain(ARTICLE, &options);
        let scores: Vec<f64> = explanation.sentences.iter().map(|s| s.score).collect();
        assert_eq!(scores, summary.scores);
        let chosen: Vec<usize> = explanation.sentences.iter().filter(|s| s.chosen).map(|s| s.index).collect();
        assert_eq!(chosen, summary.chosen());
        for s in &explanation.sentences {
            assert_eq!(s.contributions.score(), s.score);
        }
        let key: Vec<&str> = explanation.key_terms.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(key, summary.keywords);
    }

    #[test]
    fn headline_terms_are_the_ones_the_sentence_shares_as_written() {
        let explanation = explain(ARTICLE, &Options::default());
        let first = &explanation.sentences[0];
        // The headline's "ferries" and "votes" are other terms than "ferry" and "voted" (light stemming).
        assert_eq!(first.title_terms, ["council", "harbour", "electric"]);
        assert!(first.paragraph_start);
        assert_eq!(first.lead, 1.0);
        // "Work on a new charging pier …" shares only "harbour".
        assert_eq!(explanation.sentences.last().unwrap().title_terms, ["harbour"]);
    }

    #[test]
    fn the_ideal_length_is_reported_only_where_the_length_prior_prefers_one() {
        let three = explain(ARTICLE, &Options { sentences: Some(3), ..Options::default() });
        assert!(three.ideal_words > 0.0);
        // A word budget as long as the article covers it: no length prior, no ideal length.
        let words = ARTICLE.split_whitespace().count();
        let covering = explain(ARTICLE, &Options { max_words: Some(words), ..Options::default() });
        assert_eq!(covering.ideal_words, 0.0);
        assert!(covering.sentences.iter().all(|s| s.contributions.length_prior == 1.0));
    }

    #[test]
    fn key_term_occurrences_slice_back_to_the_term() {
        let explanation = explain(ARTICLE, &Options::default());
        let boats = explanation.key_terms.iter().position(|k| k.text == "electric boats").expect("electric boats");
        let found: Vec<&str> = explanation.key_terms[boats].occurrences.iter().map(|(b, _)| &ARTICLE[b.start..b.end]).collect();
        assert_eq!(found, ["electric boats", "electric boats"]);
        // The graph's reason: words met near it, never its own.
        let linked = &explanation.key_terms[boats].linked;
        assert!(!linked.is_empty() && linked.len() <= LINKED_SHOWN, "{linked:?}");
        assert!(linked.iter().all(|w| w != "electric" && w != "boats" && ARTICLE.contains(w.as_str())), "{linked:?}");
        for s in &explanation.sentences {
            let has = ARTICLE[s.span.start..s.span.end].contains("electric boats");
            assert_eq!(s.key_terms.contains(&boats), has, "sentence {}", s.index);
        }
    }
}
