//! The article's key terms and phrases, best first, as people write them ("Prince William Sound",
//! "oil spill", "Kim Jong Un").
//!
//! Candidates are the runs of content words between stopwords, punctuation and sentence ends and
//! their pieces of up to `MAX_WORDS` words; a piece that (nearly) always occurs inside a longer
//! candidate is no candidate itself ("William Sound"). Words are ranked by a PageRank over the
//! words that occur near each other, restarting at early, frequent and headline words
//! (PositionRank); a candidate scores by its words' ranks and its own occurrences. Everything
//! reads the document's term ids (`Document::words`): no word is read, folded or stemmed here.

mod graph;
mod shape;

use graph::{linked, word_ranks};

use shape::{
    capital_at, shape, starts_upper, verb_before, CAPITAL, GERUND, HYPHEN_AFTER, HYPHEN_BEFORE, NEGATION, PLURAL, POSSESSIVE, VERB,
};

use crate::text::hash::IntMap;
use crate::text::vocabulary::{is_generic, Occurrence};
use crate::text::words::fold_into;
use crate::text::Document;

pub const DEFAULT_COUNT: usize = 8;

/// The longest candidate, in words.
const MAX_WORDS: usize = 4;
const NONE: u32 = u32::MAX;
/// Key terms are read from the first this many content words (a long news article has a few
/// thousand): a pasted book costs no more time or memory than a long article.
const MAX_READ: usize = 20_000;

/// How key terms are ranked. Tuned on the DUC-2001 dev half (bench/keyphrases.sh: human
/// keyphrases, stemmed exact match) on the articles of its "tune" half and confirmed on its
/// "check" half (bench/RESULTS.md, issue 20).
#[derive(Clone, Copy, Debug)]
pub struct KeywordWeights {
    /// A mention restarts the walk with weight 1 / (1 + sentence / decay): the lead names the topic.
    pub decay: f64,
    /// The headline's words restart the walk (1 + title) times as often.
    pub title: f64,
    /// Words are linked to the next `window - 1` content words of their sentence.
    pub window: f64,
    /// The share of a word's rank that it passes to the words it is linked to. 0.75: tune F1@10
    /// 29.04 against 28.77 at 0.7 and 28.59 at 0.78, F1@5 25.93 against 25.45 and 25.30; check
    /// F1@10 / F1@5 29.15 / 28.46 against 28.93 / 28.07 at 0.7 (bench/keyphrases.sh, issue 20).
    pub damping: f64,
    pub iterations: f64,
    /// Score multiplier of a lone word, a name or not, in the headline or not: people mostly pick
    /// phrases (229 of DUC-2001 dev's 1,282 key phrases are one word).
    pub single: f64,
    /// Score multiplier of a lone generic word ("new", "people", "minutes", numbers, days) that
    /// the headline does not use: such words fill news texts whatever they are about.
    pub generic: f64,
    /// Score multiplier of a four-word candidate: few are key phrases (2 of the 75 in the top ten
    /// on the DUC-2001 tune half). 0.3: tune F1@10 28.77 against 28.64 at 0.5 (check 28.93 against
    /// 28.67), F1@5 unchanged on both.
    pub long: f64,
}

pub const KEYWORD_WEIGHTS: KeywordWeights =
    KeywordWeights { decay: 1.0, title: 1.0, window: 3.0, damping: 0.75, iterations: 5.0, single: 0.5, generic: 0.1, long: 0.3 };

/// A key term or phrase of the article: as shown (its most frequent surface form) and as the
/// document's term ids, in order.
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

/// The words the word graph links most to `key` (at most `count`), as term ids.
pub fn linked_words(doc: &Document, key: &KeyTerm, count: usize) -> Vec<u32> {
    let words = &doc.words[..doc.words.len().min(MAX_READ)];
    linked(words, &key.terms, KEYWORD_WEIGHTS.window as usize, count)
}

pub fn keywords_with(doc: &Document, count: usize, w: &KeywordWeights) -> Vec<KeyTerm> {
    if count == 0 || doc.words.is_empty() {
        return Vec::new();
    }
    let words = &doc.words[..doc.words.len().min(MAX_READ)];
    let mut pieces = pieces(doc, words);
    let ranks = word_ranks(doc, words, w);
    let mut kinds = Kinds::new(doc);
    let ranked = rank(&mut pieces, &ranks, &mut kinds, doc, w, count);
    let shown = pick(&pieces, ranked, count, doc);
    surface_forms(doc, words, shown)
}

/// A run of content words (or one word) seen in the text: the candidate ids of the same run
/// without its last word (`prefix`) and without its first (`suffix`).
#[derive(Clone, Copy)]
struct Piece {
    count: u32,
    /// The index in `Document::words` of its first word's first occurrence.
    first: u32,
    prefix: u32,
    suffix: u32,
    last: u32,
    words: u32,
    /// The most occurrences of a candidate one word longer that contains it.
    inside: u32,
}

impl Piece {
    fn terms(pieces: &[Piece], mut id: u32) -> Vec<u32> {
        let mut terms = Vec::new();
        while id != NONE {
            terms.push(pieces[id as usize].last);
            id = pieces[id as usize].prefix;
        }
        terms.reverse();
        terms
    }
}

/// Every piece of every run, up to `MAX_WORDS` words, counted: ids below `terms` are the words
/// themselves, the others are made as they are first seen.
fn pieces(doc: &Document, words: &[Occurrence]) -> Vec<Piece> {
    let terms = doc.vocabulary.len();
    let english = doc.language.code == "en";
    // Each word's shape; a word right after "to", a modal, "not", a subject pronoun or a negated
    // auxiliary is a verb there ("to regulate guns", "it struck", "don't look"), which matters
    // only where a phrase follows.
    let mut shapes: Vec<u8> = Vec::with_capacity(words.len());
    let mut joined = 0;
    for (i, o) in words.iter().enumerate() {
        let mut s = shape(doc.source, o, english);
        let phrase = words.get(i + 1).is_some_and(|next| next.joined);
        joined += phrase as usize;
        let verb_before =
            if o.joined { i > 0 && shapes[i - 1] & NEGATION != 0 } else { english && phrase && verb_before(doc.source, o.start) };
        if verb_before && s & CAPITAL == 0 {
            s |= VERB;
        }
        shapes.push(s);
    }
    let capital = |i: usize| shapes[i] & CAPITAL != 0;
    let word = |t: u32| Piece { count: 0, first: 0, prefix: NONE, suffix: NONE, last: t, words: 1, inside: 0 };
    let mut pieces: Vec<Piece> = (0..terms as u32).map(word).collect();
    // About one phrase of two to four words a word followed by another (it grows if needed).
    let mut ids: IntMap<u32> = IntMap::with_capacity(joined);
    // The ids of the pieces that start at the following word, by length - 1.
    let mut next = [NONE; MAX_WORDS];
    let mut run_end = words.len();
    for i in (0..words.len()).rev() {
        if shapes[i] & POSSESSIVE != 0 && i + 1 < run_end && !capital(i + 1) {
            run_end = i + 1;
        }
        let mut here = [NONE; MAX_WORDS];
        here[0] = words[i].term;
        for n in 1..MAX_WORDS.min(run_end - i) {
            let term = words[i + n].term;
            let key = (here[n - 1] as u64) << 32 | term as u64;
            here[n] = ids.get(key).unwrap_or_else(|| {
                let id = pieces.len() as u32;
                pieces.push(Piece { prefix: here[n - 1], suffix: next[n - 1], words: n as u32 + 1, ..word(term) });
                ids.insert(key, id);
                id
            });
        }
        // A piece is not counted where it cuts a name ("William Sound" of "Prince William Sound")
        // or a hyphenated word, nor where a verb is part of it ("plane crashed", "studying
        // Hispanic diabetes").
        let cuts_at_start = shapes[i] & HYPHEN_BEFORE != 0 || i > 0 && words[i].joined && capital(i - 1) && capital(i);
        let mut verb = 0;
        for (n, &id) in here.iter().enumerate().take_while(|(_, &id)| id != NONE) {
            let end = i + n;
            let cuts_at_end = shapes[end] & HYPHEN_AFTER != 0 || end + 1 < run_end && capital(end) && capital(end + 1);
            verb |= shapes[end] & VERB | shapes[i] & GERUND;
            // A plural followed by a lower-case word: a subject and its verb ("tornadoes occur").
            if n > 0 && shapes[end - 1] & PLURAL != 0 && shapes[end] & CAPITAL == 0 {
                verb |= VERB;
            }
            let p = &mut pieces[id as usize];
            p.first = i as u32;
            if !cuts_at_start && !cuts_at_end && (n == 0 || verb == 0) {
                p.count += 1;
            }
        }
        next = here;
        if !words[i].joined {
            run_end = i;
        }
    }
    pieces
}

/// What a term is, judged by its first form in the text, for the few terms asked about.
struct Kinds {
    /// Bits of each term (`KNOWN` once judged).
    bits: Vec<u8>,
    in_title: Vec<bool>,
    english: bool,
    folded: String,
}

const KNOWN: u8 = 128;
const GENERIC: u8 = 64;

impl Kinds {
    fn new(doc: &Document) -> Kinds {
        let mut in_title = vec![false; doc.vocabulary.len()];
        for &t in &doc.title_words {
            in_title[t as usize] = true;
        }
        Kinds { bits: vec![0; in_title.len()], in_title, english: doc.language.code == "en", folded: String::new() }
    }

    /// The term's [`shape`] as first written, with `GENERIC` and `KNOWN`.
    fn of(&mut self, doc: &Document, pieces: &[Piece], t: u32) -> u8 {
        let bits = &mut self.bits[t as usize];
        if *bits == 0 {
            let first = doc.words[pieces[t as usize].first as usize];
            fold_into(&doc.source[first.start as usize..first.end as usize], &mut self.folded);
            let written = shape(doc.source, &first, self.english);
            *bits = KNOWN | written & VERB;
            // First seen after a subject pronoun or a modal: a verb ("I think", "they say").
            if self.english && written & CAPITAL == 0 && verb_before(doc.source, first.start) {
                *bits |= VERB;
            }
            if is_generic(&self.folded, doc.language) {
                *bits |= GENERIC;
            }
        }
        *bits
    }
}

/// (score, first seen, id) of a candidate: the id as the last key makes unstable sorts deterministic.
type Scored = (f64, u32, u32);

fn best_first(a: &Scored, b: &Scored) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
}

/// Candidates, best first: every piece not (nearly) always inside a longer one, scored by its
/// words' ranks and its occurrences, then by what its words are.
fn rank(pieces: &mut [Piece], ranks: &[f64], kinds: &mut Kinds, doc: &Document, w: &KeywordWeights, count: usize) -> Vec<u32> {
    let mut ranked = candidates(pieces, ranks, w);
    ranked.sort_unstable_by(best_first);
    // What the words are only lowers a score: they are judged in score order until the next
    // score could no longer reach the best few dozen judged.
    let enough = 2 * count + 4;
    let mut judged: Vec<Scored> = Vec::new();
    let mut reach = f64::NEG_INFINITY; // the enough-th best judged score, once known
    for (done, &(score, first, id)) in ranked.iter().enumerate() {
        if score < reach {
            break;
        }
        let factor = judge(pieces, kinds, doc, w, id);
        if factor > 0.0 {
            judged.push((score * factor, first, id));
        }
        if (done + 1) % enough == 0 && judged.len() >= enough {
            judged.sort_unstable_by(best_first);
            judged.truncate(enough);
            reach = judged[enough - 1].0;
        }
    }
    // Only those that no candidate left unjudged could outscore, so that fewer key terms asked
    // for are always the first of more.
    judged.retain(|j| j.0 >= reach);
    judged.sort_unstable_by(best_first);
    judged.into_iter().map(|(_, _, id)| id).collect()
}

/// Every piece not (nearly) always inside a longer one, scored by its words' ranks and its
/// occurrences; a lone word already weighed by `single`.
fn candidates(pieces: &mut [Piece], ranks: &[f64], w: &KeywordWeights) -> Vec<Scored> {
    for id in 0..pieces.len() {
        let p = pieces[id];
        if p.words > 1 {
            for part in [p.prefix, p.suffix] {
                let inside = &mut pieces[part as usize].inside;
                *inside = (*inside).max(p.count);
            }
        }
    }
    let mut ranked: Vec<Scored> = Vec::new();
    for (id, p) in pieces.iter().enumerate() {
        // A word seen once is no key term by itself (few are: 4 % of DUC-2001 dev's).
        if p.count < 2 && p.words == 1 || p.count == 0 || p.inside >= p.count {
            continue;
        }
        let mut sum = 0.0;
        let mut part = id as u32;
        while part != NONE {
            sum += ranks[pieces[part as usize].last as usize];
            part = pieces[part as usize].prefix;
        }
        // Over the fourth root of its length, times the square root of its count (as exponents,
        // 0.15 to 0.3 and 0.5 scored alike; 0, 0.5 and 0.3, 0.7 lower on both halves).
        let length = match p.words {
            1 => w.single,
            4 => w.long,
            _ => 1.0,
        };
        let score = sum / (p.words as f64).sqrt().sqrt() * (p.count as f64).sqrt() * length;
        ranked.push((score, p.first, id as u32));
    }
    ranked
}

/// What a candidate's words make of its score: a lone generic word or verb that the headline
/// does not use counts for less; a phrase with a generic word does not count ("ten minutes",
/// "last week", "carry people across"), nor, in English, a phrase seen once that runs from a
/// lower-case word into a name: a verb and its object ("undermine Russia"; none of DUC-2001
/// dev's 17 such key phrases is one: "northern Japan", "tanker Exxon Valdez").
fn judge(pieces: &[Piece], kinds: &mut Kinds, doc: &Document, w: &KeywordWeights, id: u32) -> f64 {
    let p = pieces[id as usize];
    if p.words == 1 {
        let bits = kinds.of(doc, pieces, p.last);
        return if !kinds.in_title[p.last as usize] && bits & (GENERIC | VERB) != 0 { w.generic / w.single } else { 1.0 };
    }
    if kinds.english && p.count < 2 {
        let capital = |i: u32| capital_at(doc.source, doc.words[i as usize].start as usize);
        if capital(p.first + p.words - 1) && !capital(p.first) {
            return 0.0;
        }
    }
    let mut part = id;
    while part != NONE {
        if kinds.of(doc, pieces, pieces[part as usize].last) & GENERIC != 0 {
            return 0.0;
        }
        part = pieces[part as usize].prefix;
    }
    1.0
}

/// The first `count` candidates, each with the variants shown under it, as (slot shown, term
/// ids): the first of a slot is the one shown. A candidate whose words are all shown already is
/// left out ("William Sound" after "Prince William Sound"), and so is one that holds a shown
/// phrase or its variant; a variant of one shown joins its slot ("North Korean" after "North
/// Korea").
fn pick(pieces: &[Piece], ranked: Vec<u32>, count: usize, doc: &Document) -> Vec<(usize, Vec<u32>)> {
    let mut used: Vec<u32> = Vec::new();
    let mut picked: Vec<(usize, Vec<u32>)> = Vec::new();
    let mut slots = 0;
    for id in ranked {
        if slots >= count {
            break;
        }
        let terms = Piece::terms(pieces, id);
        if let Some(&(slot, _)) = picked.iter().find(|(_, shown)| is_variant(shown, &terms, doc)) {
            picked.push((slot, terms));
            continue;
        }
        let holds_shown =
            picked.iter().any(|(_, shown)| shown.len() > 1 && terms.windows(shown.len()).any(|run| is_variant(run, shown, doc)));
        if holds_shown || terms.iter().all(|t| used.contains(t)) {
            continue;
        }
        used.extend_from_slice(&terms);
        picked.push((slots, terms));
        slots += 1;
    }
    picked
}

/// Whether two candidates differ only by word endings the stemmer leaves ("North Korea" and
/// "North Korean").
fn is_variant(a: &[u32], b: &[u32], doc: &Document) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(&x, &y)| {
            let (x, y) = (&doc.vocabulary[x as usize], &doc.vocabulary[y as usize]);
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            x == y || (short.len() >= 4 && long.len() - short.len() <= 2 && long.starts_with(short))
        })
}

/// Each slot's most frequent surface form (over its variants) and its shown candidate's term ids.
fn surface_forms(doc: &Document, words: &[Occurrence], picked: Vec<(usize, Vec<u32>)>) -> Vec<KeyTerm> {
    let mut starts = vec![false; doc.vocabulary.len()];
    for (_, terms) in &picked {
        starts[terms[0] as usize] = true;
    }
    // (slot, form as written, how often).
    let mut forms: Vec<(usize, &str, usize)> = Vec::new();
    for (i, o) in words.iter().enumerate() {
        if !starts[o.term as usize] {
            continue;
        }
        for (slot, terms) in &picked {
            let Some(run) = words.get(i..i + terms.len()) else { continue };
            if run.iter().zip(terms).all(|(w, &t)| w.term == t) && run.iter().skip(1).all(|w| w.joined) {
                let form = &doc.source[o.start as usize..run[run.len() - 1].end as usize];
                match forms.iter_mut().find(|(s, f, _)| s == slot && *f == form) {
                    Some((_, _, n)) => *n += 1,
                    None => forms.push((*slot, form, 1)),
                }
            }
        }
    }
    let mut shown: Vec<KeyTerm> = Vec::new();
    for (slot, terms) in picked {
        if slot == shown.len() {
            shown.push(KeyTerm { text: best_form(forms.iter().filter(|f| f.0 == slot)), terms });
        }
    }
    shown
}

/// The most frequent surface form; among equals, the capitalised one (proper nouns), then the
/// alphabetically first, so the result is deterministic.
fn best_form<'f>(forms: impl Iterator<Item = &'f (usize, &'f str, usize)>) -> String {
    let best = forms.max_by(|a, b| a.2.cmp(&b.2).then_with(|| starts_upper(a.1).cmp(&starts_upper(b.1))).then_with(|| b.1.cmp(a.1)));
    best.map(|f| f.1.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests;
