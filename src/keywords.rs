//! The article's key terms and two-word phrases ("North Korea"), best first.

use crate::text::words::{fold_into, is_content, strip_possessive, tokens};
use crate::text::Document;
use std::collections::HashMap;

pub const DEFAULT_COUNT: usize = 8;

#[derive(Default)]
struct Candidate {
    count: usize,
    /// Sum of 1 / (1 + sentence index): terms of the lead count for more.
    prominence: f64,
    /// The surface forms seen, with counts; the most frequent is shown.
    forms: HashMap<String, usize>,
    first_seen: usize,
}

pub fn keywords(doc: &Document, count: usize) -> Vec<String> {
    let language = doc.language;
    let mut unigrams: HashMap<String, Candidate> = HashMap::new();
    let mut bigrams: HashMap<String, Candidate> = HashMap::new();
    let mut order = 0usize;
    let mut buf = String::new();
    for (index, s) in doc.sentences.iter().enumerate() {
        let text = doc.text_of(s.span);
        let weight = 1.0 / (1.0 + index as f64 / 5.0);
        let mut previous: Option<(usize, String, String)> = None; // (end, stem, surface)
        for (at, word) in tokens(text) {
            fold_into(word, &mut buf);
            if !is_content(&buf, language) {
                previous = None;
                continue;
            }
            let stem = (language.stem)(&buf).to_string();
            let surface = strip_possessive(word);
            order += 1;
            note(&mut unigrams, &stem, surface, weight, order);
            if let Some((end, prev_stem, prev_surface)) = previous.take() {
                // Only words separated by plain spaces form a phrase.
                if text[end..at].chars().all(|c| c == ' ') {
                    let key = format!("{prev_stem} {stem}");
                    let phrase = format!("{prev_surface} {surface}");
                    note(&mut bigrams, &key, &phrase, weight, order);
                }
            }
            previous = Some((at + word.len(), stem, surface.to_string()));
        }
    }

    // A phrase is two words that mostly occur together: "North Korea", not "summoned Russia".
    let is_phrase = |key: &str, c: &Candidate| {
        let most = key.split(' ').filter_map(|p| unigrams.get(p)).map(|u| u.count).max().unwrap_or(0);
        c.count >= 2 && 3 * c.count >= most
    };
    let phrases: Vec<(String, usize, f64)> = bigrams
        .iter()
        .filter(|(key, c)| is_phrase(key, c))
        .map(|(key, c)| (key.clone(), c.count, c.prominence))
        .collect();
    // A word counts on its own only where it is not part of a phrase: "Korea" inside "North
    // Korea" and "South Korea" does not make "Korea" a key term by itself.
    for (key, count, prominence) in &phrases {
        for part in key.split(' ') {
            if let Some(u) = unigrams.get_mut(part) {
                u.count = u.count.saturating_sub(*count);
                u.prominence -= prominence;
            }
        }
    }

    let mut ranked: Vec<(f64, usize, String, Vec<String>)> = Vec::new();
    for (key, _, _) in &phrases {
        let c = &bigrams[key];
        let parts = key.split(' ').map(str::to_string).collect();
        ranked.push((1.5 * c.prominence, c.first_seen, best_form(c), parts));
    }
    for (key, c) in &unigrams {
        if c.count >= 2 {
            ranked.push((c.prominence, c.first_seen, best_form(c), vec![key.clone()]));
        }
    }
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    // A word already shown (alone or in a phrase) is not shown again alone; a phrase is shown
    // unless both its words already are ("North Korea" and "South Korea" both stay).
    let mut used: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (_, _, form, parts) in ranked {
        if out.len() >= count {
            break;
        }
        if parts.iter().all(|p| used.contains(p)) {
            continue;
        }
        used.extend(parts);
        out.push(form);
    }
    out
}

fn note(map: &mut HashMap<String, Candidate>, key: &str, surface: &str, weight: f64, order: usize) {
    let c = map.entry(key.to_string()).or_insert_with(|| Candidate { first_seen: order, ..Candidate::default() });
    c.count += 1;
    c.prominence += weight;
    *c.forms.entry(surface.to_string()).or_insert(0) += 1;
}

/// The most frequent surface form; among equals, the capitalised one (proper nouns), then the
/// alphabetically first, so the result is deterministic.
fn best_form(c: &Candidate) -> String {
    c.forms
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| starts_upper(a.0).cmp(&starts_upper(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(form, _)| form.clone())
        .unwrap_or_default()
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}
