//! The article's key terms and two-word phrases ("North Korea"), best first.
//!
//! Terms and phrases are counted by small integer ids (one map lookup per word, no string built
//! per word or per pair); the surface forms shown are gathered only for the terms that are shown.

use crate::text::hash::{IntMap, Interner, StrMap, Strings};
use crate::text::words::{fold_into, is_content, strip_possessive, tokens, Occurrence};
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

/// Marks a folded word that is no content term.
const NONE: u32 = u32::MAX;

/// The key terms of `doc`, best first; `title` is the caller's headline (else the one found in
/// the text).
pub fn keywords(doc: &Document, title: Option<&str>, count: usize) -> Vec<String> {
    keywords_with(doc, title, count, &KEYWORD_WEIGHTS)
}

pub fn keywords_with(doc: &Document, title: Option<&str>, count: usize, w: &KeywordWeights) -> Vec<String> {
    // The content words in order: recorded by the text pipeline when it read them the same way,
    // else read here. Term ids index `stems` and `names`.
    let read;
    let (occurrences, names): (&[Occurrence], &Strings) = match &doc.occurrences {
        Some(list) => (list, &doc.vocabulary),
        None => {
            read = read_occurrences(doc);
            (&read.0, &read.1)
        }
    };
    let mut counted = count_mentions(occurrences, names.len(), w);
    let phrases = find_phrases(&mut counted, w);
    let kind = TermKinds::new(doc, title, names, occurrences, &counted, &phrases);
    let ranked = rank(&counted, &phrases, &kind, w);
    let shown = pick(&counted, ranked, count);
    surface_forms(doc.source, occurrences, &counted, &shown)
}

/// Every term's and every adjacent pair's counts, and where each pair was seen.
struct Counted {
    stems: Vec<Counts>,
    pairs: Vec<(Counts, [u32; 2])>,
    pairs_seen: Vec<PairSeen>,
}

fn count_mentions(occurrences: &[Occurrence], terms: usize, w: &KeywordWeights) -> Counted {
    let mut c = Counted { stems: vec![NO_COUNTS; terms], pairs: Vec::new(), pairs_seen: Vec::new() };
    // (stem id, stem id) → phrase id.
    let mut pair_ids: IntMap<u32> = IntMap::default();
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
    fn new(doc: &Document, title: Option<&str>, names: &Strings, occurrences: &[Occurrence], c: &Counted, phrases: &[u32]) -> TermKinds {
        let language = doc.language;
        let title = title.or_else(|| doc.title.map(|t| doc.text_of(t))).unwrap_or("");
        let mut title_stems: Vec<String> = Vec::new();
        let mut buf = String::new();
        for (_, word) in tokens(title) {
            fold_into(word, &mut buf);
            if is_content(&buf, language) {
                title_stems.push((language.stem)(&buf).to_string());
            }
        }
        // Generic or not, by the first surface form of each term (the list holds words, and the
        // light stemmers do not always fold a plural onto them: "minutes" → "minut").
        let mut generic = vec![false; names.len()];
        // Only candidates are looked up: terms seen twice alone, and the words of phrases.
        let mut checked: Vec<bool> = c.stems.iter().map(|s| s.count < 2).collect();
        for &p in phrases {
            for t in c.pairs[p as usize].1 {
                checked[t as usize] = false;
            }
        }
        for o in occurrences {
            let t = o.term as usize;
            if !checked[t] {
                checked[t] = true;
                fold_into(&doc.source[o.start as usize..o.end as usize], &mut buf);
                let singular = buf.strip_suffix('s').unwrap_or(&buf);
                generic[t] = buf.starts_with(|c: char| c.is_ascii_digit()) || language.is_generic(&buf) || language.is_generic(singular);
            }
        }
        let in_title = (0..names.len()).map(|t| names.get(t).is_some_and(|n| title_stems.iter().any(|s| s == n))).collect();
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
fn surface_forms(source: &str, occurrences: &[Occurrence], c: &Counted, shown: &[Candidate]) -> Vec<String> {
    let mut slot_of_term: IntMap<usize> = IntMap::default();
    let mut slot_of_phrase: IntMap<usize> = IntMap::default();
    for (slot, candidate) in shown.iter().enumerate() {
        match *candidate {
            Candidate::Term(t) => slot_of_term.insert(t.into(), slot),
            Candidate::Phrase(p) => slot_of_phrase.insert(p.into(), slot),
        };
    }
    let mut forms: Vec<Vec<(String, usize)>> = vec![Vec::new(); shown.len()];
    let text = |(start, end): (u32, u32)| &source[start as usize..end as usize];
    let mut add = |slot: usize, form: String| {
        let list = &mut forms[slot];
        match list.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => list.push((form, 1)),
        }
    };
    if !slot_of_term.is_empty() {
        for o in occurrences {
            if let Some(slot) = slot_of_term.get(o.term.into()) {
                add(slot, text((o.start, o.end)).to_string());
            }
        }
    }
    if !slot_of_phrase.is_empty() {
        for p in &c.pairs_seen {
            if let Some(slot) = slot_of_phrase.get(p.phrase.into()) {
                add(slot, [text(p.first), text(p.second)].join(" "));
            }
        }
    }
    forms.iter().map(|list| best_form(list)).collect()
}

/// The content words of the sentences as they stand in the source (`Occurrence`s with term ids
/// of their own), and the number of distinct terms: for texts the pipeline normalized or read as
/// runs of characters.
fn read_occurrences(doc: &Document) -> (Vec<Occurrence>, Strings) {
    let language = doc.language;
    // Word as written → stem id (or NONE), folded once per distinct word; stem → stem id.
    let mut word_ids: StrMap<u32> = StrMap::default();
    let mut stem_ids = Interner::default();
    let mut out = Vec::new();
    let mut buf = String::new();
    for (index, s) in doc.sentences.iter().enumerate() {
        let text = doc.text_of(s.span);
        let base = s.span.start;
        let mut previous_end: Option<usize> = None; // end of the previous word, if a content word
        for (at, word) in tokens(text) {
            let id = match word_ids.lookup(word) {
                (_, Some(id)) => id,
                (hash, None) => {
                    fold_into(word, &mut buf);
                    let id = if is_content(&buf, language) { stem_ids.intern((language.stem)(&buf)).0 } else { NONE };
                    word_ids.insert_hashed(hash, word, id);
                    id
                }
            };
            if id == NONE {
                previous_end = None;
                continue;
            }
            // Only words separated by plain spaces form a phrase.
            let joined = previous_end.is_some_and(|end| text.as_bytes()[end..at].iter().all(|&b| b == b' '));
            out.push(Occurrence {
                term: id,
                start: (base + at) as u32,
                end: (base + at + strip_possessive(word).len()) as u32,
                sentence: index as u32,
                joined,
            });
            previous_end = Some(at + word.len());
        }
    }
    (out, stem_ids.into_strings())
}

fn note(c: &mut Counts, weight: f64, order: usize) {
    if c.count == 0 {
        c.first_seen = order;
    }
    c.count += 1;
    c.prominence += weight;
}

/// The most frequent surface form; among equals, the capitalised one (proper nouns), then the
/// alphabetically first, so the result is deterministic.
fn best_form(forms: &[(String, usize)]) -> String {
    forms
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| starts_upper(&a.0).cmp(&starts_upper(&b.0))).then_with(|| b.0.cmp(&a.0)))
        .map(|(form, _)| form.clone())
        .unwrap_or_default()
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
    fn the_headline_lifts_its_words_even_generic_ones() {
        let plain = key_terms(None, 5);
        let titled = key_terms(Some("People cheer the ferry"), 5);
        assert!(!plain.iter().any(|k| k.contains("people")), "{plain:?}");
        assert!(titled.iter().any(|k| k.contains("people")), "{titled:?}");
    }
}
