//! How a word is written and what the word before it says of it, as far as phrases care: no
//! part-of-speech tagger, only cheap morphology and the article's own evidence.

use crate::text::vocabulary::Occurrence;

pub(super) const CAPITAL: u8 = 1;
pub(super) const HYPHEN_BEFORE: u8 = 2;
pub(super) const HYPHEN_AFTER: u8 = 4;
/// A lower-case English word ending in "ed" or "ly" (a verb, its participle or an adverb), a
/// negated auxiliary ("don't"), or (set by the caller) a word right after one or after
/// [`verb_before`]'s words.
pub(super) const VERB: u8 = 8;
/// A lower-case English word ending in "ing", which starts no phrase ("studying Hispanic diabetes").
pub(super) const GERUND: u8 = 16;
/// A lower-case English plural: a lower-case word after it is a verb ("tornadoes occur").
pub(super) const PLURAL: u8 = 32;
/// A negated auxiliary ("don't", "wasn't"): the word after it is a verb.
pub(super) const NEGATION: u8 = 64;
/// A possessive ("spill's"): a phrase ends with it unless a name goes on ("St. John's Hospital").
pub(super) const POSSESSIVE: u8 = 128;

/// The [`shape`] bits of a word as written.
pub(super) fn shape(source: &str, o: &Occurrence, english: bool) -> u8 {
    let written = &source.as_bytes()[o.start as usize..o.end as usize];
    let byte = |at: u32| source.as_bytes().get(at as usize).copied();
    let mut shape = 0;
    if o.start > 0 && byte(o.start - 1) == Some(b'-') {
        shape |= HYPHEN_BEFORE;
    }
    // The occurrence ends before a possessive's "'s" or "’s" (not part of its term). The first
    // byte tells it: any other quote or dash there ends the phrase anyway.
    match byte(o.end) {
        Some(b'-') => shape |= HYPHEN_AFTER,
        Some(b'\'' | 0xE2) => shape |= POSSESSIVE,
        _ => {}
    }
    if capital_at(source, o.start as usize) {
        shape |= CAPITAL;
    }
    if !english || written.len() < 4 {
        return shape;
    }
    let n = written.len();
    let (last, before) = (written[n - 1], written[n - 2]);
    if last == b't' && (written[n - 2] == b'\'' || written.ends_with("’t".as_bytes())) {
        return shape | VERB | NEGATION;
    }
    if shape & CAPITAL != 0 {
        return shape;
    }
    // Four letters: "died", "used", "owed" are verbs, "need", "seed", "feed" nouns.
    if n == 4 {
        return shape | if written.ends_with(b"ed") && written[1] != b'e' { VERB } else { 0 };
    }
    match (before, last) {
        (b'e', b'd') | (b'l', b'y') => shape |= VERB,
        (b'n', b'g') if written[n - 3] == b'i' => shape |= GERUND,
        (b's' | b'u' | b'i' | b'\'', b's') => {}
        (_, b's') => shape |= PLURAL,
        _ => {}
    }
    shape
}

/// Whether the word at byte `start` is written with a capital (ASCII by its first byte).
#[inline]
pub(super) fn capital_at(source: &str, start: usize) -> bool {
    let first = source.as_bytes()[start];
    first.is_ascii_uppercase() || first >= 0x80 && starts_upper(&source[start..])
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word that ends just before byte `start` (spaces between) is "to", a modal, "not" or
/// a subject pronoun, after which an English verb comes ("to regulate guns", "it struck", "I think").
pub(super) fn verb_before(source: &str, start: u32) -> bool {
    let source = source.as_bytes();
    let mut end = start as usize;
    while end > 0 && source[end - 1] == b' ' {
        end -= 1;
    }
    let mut begin = end;
    while begin > 0 && end - begin < 6 && source[begin - 1].is_ascii_alphabetic() {
        begin -= 1;
    }
    if begin == end || begin > 0 && source[begin - 1].is_ascii_alphabetic() {
        return false;
    }
    let mut word = [0u8; 6];
    for (to, from) in word.iter_mut().zip(&source[begin..end]) {
        *to = from.to_ascii_lowercase();
    }
    matches!(
        &word[..end - begin],
        b"to"
            | b"will"
            | b"would"
            | b"could"
            | b"can"
            | b"may"
            | b"might"
            | b"should"
            | b"must"
            | b"did"
            | b"does"
            | b"do"
            | b"not"
            | b"i"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"who"
    )
}
