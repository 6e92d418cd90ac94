//! The article's key terms and two-word phrases ("North Korea"), best first.
//!
//! Terms and phrases are counted by small integer ids (one map lookup per word, no string built
//! per word or per pair); the surface forms shown are gathered only for the terms that are shown.

use crate::text::hash::{IntMap, Interner, StrMap};
use crate::text::words::{fold_into, is_content, strip_possessive, tokens, Occurrence};
use crate::text::Document;

pub const DEFAULT_COUNT: usize = 8;

/// Counts of a term (a stem) or a phrase (a pair of stems).
#[derive(Clone, Copy)]
struct Counts {
    count: usize,
    /// Sum of 1 / (1 + sentence index / 5): terms of the lead count for more.
    prominence: f64,
    /// The running number of the content word where it was first seen.
    first_seen: usize,
}

/// One occurrence of a phrase: the byte spans (in the source) of its two surface forms.
struct PairSeen {
    phrase: u32,
    first: (u32, u32),
    second: (u32, u32),
}

/// Marks a folded word that is no content term.
const NONE: u32 = u32::MAX;

pub fn keywords(doc: &Document, count: usize) -> Vec<String> {
    let source = doc.source;
    // The content words in order: recorded by the text pipeline when it read them the same way,
    // else read here. Term ids index `stems`.
    let read;
    let (occurrences, terms): (&[Occurrence], usize) = match &doc.occurrences {
        Some(list) => (list, doc.vocabulary.len()),
        None => {
            read = read_occurrences(doc);
            (&read.0, read.1)
        }
    };
    let mut stems = vec![Counts { count: 0, prominence: 0.0, first_seen: 0 }; terms];
    // (stem id, stem id) → phrase id.
    let mut pair_ids: IntMap<u32> = IntMap::default();
    let mut pairs: Vec<(Counts, [u32; 2])> = Vec::new();
    // Every occurrence of a phrase, for the surface forms of the few shown.
    let mut pairs_seen: Vec<PairSeen> = Vec::new();
    for (order, (k, o)) in (1usize..).zip(occurrences.iter().enumerate()) {
        let weight = 1.0 / (1.0 + o.sentence as f64 / 5.0);
        note(&mut stems[o.term as usize], weight, order);
        if o.joined && k > 0 {
            let p = occurrences[k - 1];
            let key = (p.term as u64) << 32 | o.term as u64;
            let phrase = pair_ids.get(key).unwrap_or_else(|| {
                pairs.push((Counts { count: 0, prominence: 0.0, first_seen: 0 }, [p.term, o.term]));
                let id = (pairs.len() - 1) as u32;
                pair_ids.insert(key, id);
                id
            });
            note(&mut pairs[phrase as usize].0, weight, order);
            pairs_seen.push(PairSeen { phrase, first: (p.start, p.end), second: (o.start, o.end) });
        }
    }

    // A phrase is two words that mostly occur together: "North Korea", not "summoned Russia".
    let phrases: Vec<u32> = (0..pairs.len() as u32)
        .filter(|&p| {
            let (c, parts) = &pairs[p as usize];
            let most = parts.iter().map(|&t| stems[t as usize].count).max().unwrap_or(0);
            c.count >= 2 && 3 * c.count >= most
        })
        .collect();
    // A word counts on its own only where it is not part of a phrase: "Korea" inside "North
    // Korea" and "South Korea" does not make "Korea" a key term by itself.
    for &p in &phrases {
        let (c, parts) = pairs[p as usize];
        for t in parts {
            let u = &mut stems[t as usize];
            u.count = u.count.saturating_sub(c.count);
            u.prominence -= c.prominence;
        }
    }

    // (score, first seen, candidate): phrases first, so that a full tie goes to the phrase.
    let mut ranked: Vec<(f64, usize, Candidate)> = Vec::new();
    for &p in &phrases {
        let c = &pairs[p as usize].0;
        ranked.push((1.5 * c.prominence, c.first_seen, Candidate::Phrase(p)));
    }
    for (t, c) in stems.iter().enumerate() {
        if c.count >= 2 {
            ranked.push((c.prominence, c.first_seen, Candidate::Term(t as u32)));
        }
    }
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    // A word already shown (alone or in a phrase) is not shown again alone; a phrase is shown
    // unless both its words already are ("North Korea" and "South Korea" both stay).
    let mut used: Vec<u32> = Vec::new();
    let mut shown: Vec<Candidate> = Vec::new();
    for (_, _, candidate) in ranked {
        if shown.len() >= count {
            break;
        }
        let parts: &[u32] = match candidate {
            Candidate::Phrase(p) => &pairs[p as usize].1,
            Candidate::Term(t) => &[t][..],
        };
        let parts: Vec<u32> = parts.to_vec();
        if parts.iter().all(|p| used.contains(p)) {
            continue;
        }
        used.extend(parts);
        shown.push(candidate);
    }

    // The surface forms of the shown candidates, with their counts.
    let mut slot_of_term: IntMap<usize> = IntMap::default();
    let mut slot_of_phrase: IntMap<usize> = IntMap::default();
    for (slot, c) in shown.iter().enumerate() {
        match *c {
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
        for p in &pairs_seen {
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
fn read_occurrences(doc: &Document) -> (Vec<Occurrence>, usize) {
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
    (out, stem_ids.len())
}

#[derive(Clone, Copy)]
enum Candidate {
    Term(u32),
    Phrase(u32),
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
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| starts_upper(&a.0).cmp(&starts_upper(&b.0)))
                .then_with(|| b.0.cmp(&a.0))
        })
        .map(|(form, _)| form.clone())
        .unwrap_or_default()
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}
