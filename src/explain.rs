//! Why each sentence scored as it did, as data: the parts of its score (computed by `score`), and
//! the words behind them — the headline's terms it shares, the article's key terms it covers, and
//! where each key term occurs. A page turns these into words ("shares 4 terms with the headline");
//! it decides nothing itself.

use crate::score::{self, Contributions};
use crate::text::hash::StrMap;
use crate::text::words::{fold_into, is_content, strip_possessive, tokens};
use crate::text::{Document, Span};
use crate::{analyze, keywords, select, Options};

/// The explanation of a summary ([`explain`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    /// Every sentence of the article, in document order (chosen or not).
    pub sentences: Vec<SentenceReasons>,
    /// The article's key terms (the summary's `keywords`), best first, with their occurrences.
    pub key_terms: Vec<KeyTerm>,
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
}

/// Summarizes `text` as [`crate::summarize`] does and explains every sentence's score.
pub fn explain(text: &str, options: &Options) -> Explanation {
    let doc = analyze(text, options.language.as_deref());
    let budget = options.budget();
    let weights = &score::WEIGHTS;
    let parts = score::contributions(&doc, options.title.as_deref(), budget.share(&doc), weights);
    let scored = score::Scored { scores: parts.iter().map(Contributions::score).collect() };
    let chosen = select::select(&doc, &scored, &budget, weights);
    let stems = Stems::new(&doc);
    let title: Vec<u32> = score::title_terms(&doc, options.title.as_deref());
    let mut key_terms: Vec<KeyTerm> = keywords::keywords(&doc, options.title.as_deref(), options.keyword_count())
        .into_iter()
        .map(|text| KeyTerm { text, occurrences: Vec::new() })
        .collect();
    let terms: Vec<Vec<u32>> = key_terms.iter().map(|k| stems.of_phrase(&k.text)).collect();
    let mut byte_spans: Vec<Vec<Span>> = vec![Vec::new(); key_terms.len()];
    let sentences = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words = stems.words(doc.text_of(s.span), s.span.start);
            let mut covered = Vec::new();
            for (k, phrase) in terms.iter().enumerate() {
                let found = occurrences(&words, phrase);
                if !found.is_empty() {
                    covered.push(k);
                }
                byte_spans[k].extend(found);
            }
            SentenceReasons {
                index: i,
                span: s.span,
                utf16: s.utf16,
                score: scored.scores[i],
                chosen: chosen.binary_search(&i).is_ok(),
                contributions: parts[i],
                lead: score::lead(i, weights),
                paragraph_start: s.position_in_block == 0,
                title_terms: shared_terms(&words, &title, text),
                key_terms: covered,
                words: s.word_count,
            }
        })
        .collect();
    for (term, spans) in key_terms.iter_mut().zip(byte_spans) {
        let utf16 = crate::text::utf16::utf16_spans(text, spans.iter().copied());
        term.occurrences = spans.into_iter().zip(utf16).collect();
    }
    Explanation { sentences, key_terms }
}

/// A content word of a sentence: its term id (or `None` when the article has no such term), its
/// byte span in the input, and whether only spaces separate it from the content word before.
struct Word {
    term: Option<u32>,
    span: Span,
    joined: bool,
}

/// Words to term ids, the way the text pipeline makes them (fold, stopwords out, stem).
struct Stems<'d> {
    doc: &'d Document<'d>,
    /// Stem → term id.
    ids: StrMap<'d, u32>,
}

impl<'d> Stems<'d> {
    fn new(doc: &'d Document<'d>) -> Self {
        let mut ids = StrMap::with_capacity(doc.vocabulary.len());
        for (i, v) in doc.vocabulary.iter().enumerate() {
            let (hash, _) = ids.lookup(v);
            ids.insert_hashed(hash, v, i as u32);
        }
        Stems { doc, ids }
    }

    /// The term id of a word as written, or `None` for a stopword or a word the article lacks.
    fn term(&self, word: &str, buf: &mut String) -> Option<Option<u32>> {
        fold_into(word, buf);
        if !is_content(buf, self.doc.language) {
            return None;
        }
        Some(self.ids.lookup((self.doc.language.stem)(buf)).1)
    }

    /// The content words of a sentence (`base`: its byte offset in the input).
    fn words(&self, sentence: &str, base: usize) -> Vec<Word> {
        let mut buf = String::new();
        let mut out = Vec::new();
        let mut previous_end: Option<usize> = None;
        for (at, word) in tokens(sentence) {
            let Some(term) = self.term(word, &mut buf) else {
                previous_end = None;
                continue;
            };
            let joined = previous_end.is_some_and(|end| sentence.as_bytes()[end..at].iter().all(|&b| b == b' '));
            let span = Span::new(base + at, base + at + strip_possessive(word).len());
            out.push(Word { term, span, joined });
            previous_end = Some(at + word.len());
        }
        out
    }

    /// The term ids of a key term or phrase ("North Korea" → two ids); empty if one is unknown.
    fn of_phrase(&self, phrase: &str) -> Vec<u32> {
        let mut buf = String::new();
        let ids: Option<Vec<u32>> = tokens(phrase).filter_map(|(_, w)| self.term(w, &mut buf)).collect();
        ids.unwrap_or_default()
    }
}

/// Byte spans where `phrase` (term ids, in order, separated by spaces only) occurs among `words`.
fn occurrences(words: &[Word], phrase: &[u32]) -> Vec<Span> {
    if phrase.is_empty() || words.len() < phrase.len() {
        return Vec::new();
    }
    (0..=words.len() - phrase.len())
        .filter(|&at| {
            let run = &words[at..at + phrase.len()];
            run.iter().zip(phrase).all(|(w, &t)| w.term == Some(t)) && run.iter().skip(1).all(|w| w.joined)
        })
        .map(|at| Span::new(words[at].span.start, words[at + phrase.len() - 1].span.end))
        .collect()
}

/// The headline's terms among `words`, as written in `text`, each term once, in order.
fn shared_terms(words: &[Word], title: &[u32], text: &str) -> Vec<String> {
    let mut seen: Vec<u32> = Vec::new();
    let mut out = Vec::new();
    for w in words {
        if let Some(t) = w.term.filter(|t| title.contains(t) && !seen.contains(t)) {
            seen.push(t);
            out.push(text[w.span.start..w.span.end].to_string());
        }
    }
    out
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
    fn key_term_occurrences_slice_back_to_the_term() {
        let explanation = explain(ARTICLE, &Options::default());
        let ferry = explanation.key_terms.iter().position(|k| k.text.eq_ignore_ascii_case("ferry")).expect("ferry");
        let found: Vec<&str> = explanation.key_terms[ferry].occurrences.iter().map(|(b, _)| &ARTICLE[b.start..b.end]).collect();
        assert_eq!(found, ["ferry", "ferry", "ferry"]);
        for s in &explanation.sentences {
            let has = ARTICLE[s.span.start..s.span.end].contains("ferry");
            assert_eq!(s.key_terms.contains(&ferry), has, "sentence {}", s.index);
        }
    }
}
