//! The article's key terms and two-word phrases ("North Korea"), best first.
//!
//! Terms and phrases are counted by the document's term ids (`Document::words`: no word is read,
//! folded or stemmed here); the surface forms shown are gathered only for the terms that are shown.

use crate::text::hash::IntMap;
use crate::text::vocabulary::{is_generic, Occurrence};
use crate::text::words::fold_into;
use crate::text::Document;

pub const DEFAULT_COUNT: usize = 8;

/// How key terms are ranked. Tuned on the DUC-2001 dev half (bench/keyphrases.sh: human
/// keyphrases, stemmed exact match), by a grid over phrase, phrase_share, generic and title on the
/// articles of its "tune" half and confirmed on its "check" half (bench/RESULTS.md, key terms).
#[derive(Clone, Copy, Debug)]
pub struct KeywordWeights {
    /// How fast a mention's weight fades with its sentence: 1 / (1 + sentence / decay).
    pub decay: f64,
    /// A phrase's score is its own prominence times this: people name things ("oil spill", not
    /// "oil" and "spill"); 1.5 → 4 raised F1@10 from 13.6 to 19.0 on the tune half.
    pub phrase: f64,
    /// A pair of words seen twice or more is a phrase when it makes at least this share of its
    /// commoner word's uses (1/3 → 0.05: most repeated pairs are names of things).
    pub phrase_share: f64,
    /// Score multiplier of a term the headline uses is 1 + title (a phrase: the geometric mean
    /// over its words).
    pub title: f64,
    /// Score multiplier of a generic word ("new", "people", "minutes", numbers, days) that the
    /// headline does not use: such words fill news texts whatever they are about, so they rank
    /// high only when the headline names them or they outnumber the topic's words tenfold. 0.1,
    /// 0.3 and 0 scored alike on the tune half (F1@10 19.9, 20.0, 19.9).
    pub generic: f64,
}

pub const KEYWORD_WEIGHTS: KeywordWeights = KeywordWeights { decay: 5.0, phrase: 4.0, phrase_share: 0.05, title: 1.0, generic: 0.1 };

/// Counts of a term (a stem) or a phrase (a pair of stems).
#[derive(Clone, Copy)]
struct Counts {
    count: usize,
    /// Sum of 1 / (1 + sentence index / decay): terms of the lead count for more.
    prominence: f64,
    /// The running number of the content word where it was first seen.
    first_seen: usize,
}

const NO_COUNTS: Counts = Counts { count: 0, prominence: 0.0, first_seen: 0 };

/// One occurrence of a phrase: the byte spans (in the source) of its two surface forms.
struct PairSeen {
    phrase: u32,
    first: (u32, u32),
    second: (u32, u32),
}

/// A key term or phrase of the article: as shown (its most frequent surface form) and as the
/// document's term ids (one, or two for a phrase, in order).
#[derive(Clone, Debug, PartialEq)]
pub struct KeyTerm {
    pub text: String,
    pub terms: Vec<u32>,
}

/// The key terms of `doc`, best first (the headline's terms, the caller's or the text's, count
/// for more).
pub fn keywords(doc: &Document, count: usize) -> Vec<KeyTerm> {
    keywords_with(doc, count, &KEYWORD_WEIGHTS)
}

pub fn keywords_with(doc: &Document, count: usize, w: &KeywordWeights) -> Vec<KeyTerm> {
    let words = &doc.words;
    let mut counted = count_mentions(words, doc.vocabulary.len(), w);
    let phrases = find_phrases(&mut counted, w);
    let kind = TermKinds::new(doc, &counted, &phrases);
    let ranked = rank(&counted, &phrases, &kind, w);
    let shown = pick(&counted, ranked, count);
    let forms = surface_forms(doc.source, words, &counted, &shown);
    shown.iter().zip(forms).map(|(candidate, text)| KeyTerm { text, terms: counted.terms_of(*candidate) }).collect()
}

/// Every term's and every adjacent pair's counts, and where each pair was seen.
struct Counted {
    stems: Vec<Counts>,
    pairs: Vec<(Counts, [u32; 2])>,
    pairs_seen: Vec<PairSeen>,
}

impl Counted {
    /// The term ids a candidate stands for.
    fn terms_of(&self, candidate: Candidate) -> Vec<u32> {
        match candidate {
            Candidate::Phrase(p) => self.pairs[p as usize].1.to_vec(),
            Candidate::Term(t) => vec![t],
        }
    }
}

fn count_mentions(occurrences: &[Occurrence], terms: usize, w: &KeywordWeights) -> Counted {
    // Room for a pair at every third word (a hint: the tables grow past it).
    let pairs = occurrences.len() / 3;
    let mut c = Counted { stems: vec![NO_COUNTS; terms], pairs: Vec::with_capacity(pairs), pairs_seen: Vec::with_capacity(pairs) };
    // (stem id, stem id) → phrase id.
    let mut pair_ids: IntMap<u32> = IntMap::with_capacity(pairs);
    for (order, (k, o)) in (1usize..).zip(occurrences.iter().enumerate()) {
        let weight = 1.0 / (1.0 + o.sentence as f64 / w.decay);
        note(&mut c.stems[o.term as usize], weight, order);
        if o.joined && k > 0 {
            let p = occurrences[k - 1];
            let key = (p.term as u64) << 32 | o.term as u64;
            let pairs = &mut c.pairs;
            let phrase = pair_ids.get(key).unwrap_or_else(|| {
                pairs.push((NO_COUNTS, [p.term, o.term]));
                let id = (pairs.len() - 1) as u32;
                pair_ids.insert(key, id);
                id
            });
            note(&mut c.pairs[phrase as usize].0, weight, order);
            c.pairs_seen.push(PairSeen { phrase, first: (p.start, p.end), second: (o.start, o.end) });
        }
    }
    c
}

/// The pairs that are phrases: two words that mostly occur together ("North Korea", not
/// "summoned Russia"). A word then counts on its own only where it is not part of a phrase:
/// "Korea" inside "North Korea" and "South Korea" does not make "Korea" a key term by itself.
fn find_phrases(c: &mut Counted, w: &KeywordWeights) -> Vec<u32> {
    let stems = &c.stems;
    let phrases: Vec<u32> = (0..c.pairs.len() as u32)
        .filter(|&p| {
            let (counts, parts) = &c.pairs[p as usize];
            let most = parts.iter().map(|&t| stems[t as usize].count).max().unwrap_or(0);
            counts.count >= 2 && counts.count as f64 >= w.phrase_share * most as f64
        })
        .collect();
    for &p in &phrases {
        let (counts, parts) = c.pairs[p as usize];
        for t in parts {
            let u = &mut c.stems[t as usize];
            u.count = u.count.saturating_sub(counts.count);
            u.prominence -= counts.prominence;
        }
    }
    phrases
}

/// Which terms the headline uses and which are generic, by term id.
struct TermKinds {
    in_title: Vec<bool>,
    generic: Vec<bool>,
}

impl TermKinds {
    fn new(doc: &Document, c: &Counted, phrases: &[u32]) -> TermKinds {
        let terms = doc.vocabulary.len();
        let mut in_title = vec![false; terms];
        for &t in &doc.title_words {
            in_title[t as usize] = true;
        }
        // Only candidates count: terms seen twice alone, and the words of phrases.
        let mut candidate: Vec<bool> = c.stems.iter().map(|s| s.count >= 2).collect();
        for &p in phrases {
            for t in c.pairs[p as usize].1 {
                candidate[t as usize] = true;
            }
        }
        // Generic or not, by the first form of each candidate (the list holds words as written,
        // folded; it is read for these few terms only, not for every word).
        let mut generic = vec![false; terms];
        let mut folded = String::new();
        for (t, counts) in c.stems.iter().enumerate() {
            if candidate[t] && counts.first_seen > 0 {
                let first = doc.words[counts.first_seen - 1];
                fold_into(&doc.source[first.start as usize..first.end as usize], &mut folded);
                generic[t] = is_generic(&folded, doc.language);
            }
        }
        TermKinds { in_title, generic }
    }

    /// The score multiplier of a term.
    fn factor(&self, t: u32, w: &KeywordWeights) -> f64 {
        let t = t as usize;
        if self.in_title[t] {
            1.0 + w.title
        } else if self.generic[t] {
            w.generic
        } else {
            1.0
        }
    }
}

#[derive(Clone, Copy)]
enum Candidate {
    Term(u32),
    Phrase(u32),
}

/// Candidates, best first: (score, first seen, candidate); phrases first, so that a full tie
/// goes to the phrase.
fn rank(c: &Counted, phrases: &[u32], kind: &TermKinds, w: &KeywordWeights) -> Vec<Candidate> {
    // (score, first seen, order pushed, candidate): the order pushed as the last key makes the
    // unstable sort give what a stable one gives, and keeps std's stable sort (about 4 KB raw)
    // out of the WASM module.
    let mut ranked: Vec<(f64, usize, usize, Candidate)> = Vec::new();
    for &p in phrases {
        let (counts, parts) = &c.pairs[p as usize];
        let factor: f64 = parts.iter().map(|&t| kind.factor(t, w)).product::<f64>().sqrt();
        ranked.push((w.phrase * counts.prominence * factor, counts.first_seen, ranked.len(), Candidate::Phrase(p)));
    }
    for (t, counts) in c.stems.iter().enumerate() {
        if counts.count >= 2 {
            ranked.push((counts.prominence * kind.factor(t as u32, w), counts.first_seen, ranked.len(), Candidate::Term(t as u32)));
        }
    }
    ranked.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    ranked.into_iter().map(|(_, _, _, candidate)| candidate).collect()
}

/// The first `count` candidates, where a word already shown (alone or in a phrase) is not shown
/// again alone, and a phrase is shown unless both its words already are ("North Korea" and
/// "South Korea" both stay).
fn pick(c: &Counted, ranked: Vec<Candidate>, count: usize) -> Vec<Candidate> {
    let mut used: Vec<u32> = Vec::new();
    let mut shown: Vec<Candidate> = Vec::new();
    for candidate in ranked {
        if shown.len() >= count {
            break;
        }
        let parts: &[u32] = match candidate {
            Candidate::Phrase(p) => &c.pairs[p as usize].1,
            Candidate::Term(ref t) => std::slice::from_ref(t),
        };
        if parts.iter().all(|p| used.contains(p)) {
            continue;
        }
        used.extend_from_slice(parts);
        shown.push(candidate);
    }
    shown
}

/// The most frequent surface form of each shown candidate.
fn surface_forms<'s>(source: &'s str, occurrences: &[Occurrence], c: &Counted, shown: &[Candidate]) -> Vec<String> {
    let mut slot_of_term: IntMap<usize> = IntMap::default();
    let mut slot_of_phrase: IntMap<usize> = IntMap::default();
    for (slot, candidate) in shown.iter().enumerate() {
        match *candidate {
            Candidate::Term(t) => slot_of_term.insert(t.into(), slot),
            Candidate::Phrase(p) => slot_of_phrase.insert(p.into(), slot),
        };
    }
    // (first word, second word or "") as written, and how often; no string is built per mention.
    let mut forms: Vec<Vec<((&str, &str), usize)>> = vec![Vec::new(); shown.len()];
    let text = |(start, end): (u32, u32)| &source[start as usize..end as usize];
    let mut add = |slot: usize, form: (&'s str, &'s str)| {
        let list = &mut forms[slot];
        match list.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => list.push((form, 1)),
        }
    };
    if !slot_of_term.is_empty() {
        for o in occurrences {
            if let Some(slot) = slot_of_term.get(o.term.into()) {
                add(slot, (text((o.start, o.end)), ""));
            }
        }
    }
    if !slot_of_phrase.is_empty() {
        for p in &c.pairs_seen {
            if let Some(slot) = slot_of_phrase.get(p.phrase.into()) {
                add(slot, (text(p.first), text(p.second)));
            }
        }
    }
    forms.iter().map(|list| best_form(list)).collect()
}

fn note(c: &mut Counts, weight: f64, order: usize) {
    if c.count == 0 {
        c.first_seen = order;
    }
    c.count += 1;
    c.prominence += weight;
}

/// The most frequent surface form; among equals, the capitalised one (proper nouns), then the
/// alphabetically first, so the result is deterministic. A phrase's words are joined by a space.
fn best_form(forms: &[((&str, &str), usize)]) -> String {
    let best =
        forms.iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| starts_upper(a.0 .0).cmp(&starts_upper(b.0 .0))).then_with(|| b.0.cmp(&a.0)));
    match best {
        Some(((first, ""), _)) => first.to_string(),
        Some(((first, second), _)) => [*first, *second].join(" "),
        None => String::new(),
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use crate::{summarize, Options};

    const STORY: &str = "The council said the new ferry will carry people across the bay. \
        The ferry will run every ten minutes, the council said, and people will pay less. \
        People waited for the ferry for years. The bay ferry is the first electric ferry in the \
        region. The new electric ferry cost less than the bridge. Minutes after the council vote, \
        people cheered the ferry at the pier. The bay bridge will close for repairs. The \
        electric boats charge at the pier, and the council will buy two more boats.";

    fn key_terms(title: Option<&str>, count: usize) -> Vec<String> {
        let options = Options { title: title.map(str::to_string), keywords: Some(count), ..Options::default() };
        summarize(STORY, &options).keywords.iter().map(|k| k.to_lowercase()).collect()
    }

    #[test]
    fn generic_words_stay_out_of_the_top_five() {
        let top = key_terms(None, 5);
        assert!(top.iter().any(|k| k.contains("ferry")), "{top:?}");
        for generic in ["people", "minutes", "new"] {
            assert!(!top.iter().any(|k| k == generic), "{generic} in {top:?}");
        }
    }

    #[test]
    fn days_are_generic_yesterday_too() {
        let english = crate::lang::english();
        for day in ["yesterday", "today", "monday"] {
            assert!(english.is_generic(day), "{day}");
        }
    }

    #[test]
    fn the_headline_lifts_its_words_even_generic_ones() {
        let plain = key_terms(None, 5);
        let titled = key_terms(Some("People cheer the ferry"), 5);
        assert!(!plain.iter().any(|k| k.contains("people")), "{plain:?}");
        assert!(titled.iter().any(|k| k.contains("people")), "{titled:?}");
    }
}
