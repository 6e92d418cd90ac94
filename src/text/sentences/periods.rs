//! Periods: after abbreviations, initials and acronyms a period does not end the sentence ("Mr.
//! Smith", "J. R. R. Tolkien", "U.S. Government", "Sept. 20", "p. 55") unless the next word is a
//! function word that starts sentences ("… the U.S. How about you?"); sentences run together
//! without a space ("world.Today") are parted.

use super::context::{ceil_boundary, fold, words_at_least, NextWord, PeriodRun, WINDOW};
use super::{ellipses, numbers, scripts, Candidate, Decision};
use crate::lang::Language;
use crate::text::chars::{is_format, is_opening};
use crate::text::scan::{rule, Marks};

/// The boundary after a period ending at `t` (exclusive).
pub(super) fn decide_period(at: &Candidate, t: usize, next: NextWord, buf: &mut String) -> Decision {
    let run = PeriodRun::ending_at(at.text, at.seg_start, t);
    if run.dots >= 2 {
        return ellipses::decide_dots(at.text, &run, t, next);
    }
    single_period(at, run.start, t, next, buf)
}

/// A single period at `s` (ending at `t`) after a word.
fn single_period(at: &Candidate, s: usize, t: usize, next: NextWord, buf: &mut String) -> Decision {
    let (text, language) = (at.text, at.language);
    if text[..s].chars().next_back().is_some_and(scripts::period_abbreviates) {
        return Decision::Drop;
    }
    let Some(word_start) = word_start(text, at.seg_start, s) else {
        return Decision::Keep; // a very long token: no abbreviation
    };
    let word = text[word_start..s].trim_start_matches(is_opening).trim_end_matches(is_format);
    if word.is_empty() {
        return Decision::Keep;
    }
    if let Some(decision) = numbers::decide(word, next, text[t..].starts_with(char::is_alphabetic)) {
        return decision;
    }
    // "l'Ing. Mengozzi": the abbreviation after an elided article.
    let elided = word.rfind(['\'', '’']).map(|i| &word[i + word[i..].chars().next().map_or(1, char::len_utf8)..]);
    if !is_abbreviated(word, elided, language, buf) {
        return Decision::Keep;
    }
    let Some(first) = next.first else { return Decision::Keep };
    if language.titles.contains(fold(word, buf)) || elided.is_some_and(|p| language.titles.contains(fold(p, buf))) {
        return Decision::Drop; // "Skt. Hans", "Mr. Will Smith": a title always goes on
    }
    if first.is_numeric() || first.is_lowercase() || first == '№' {
        return Decision::Drop; // "Sept. 20", "p. 55", "No. 10", "co. at noon", "жыл. №590"
    }
    // Upper case, or a letter of a script without case ("د. ديفيد"): a name goes on, a function
    // word starts a sentence.
    if !first.is_alphabetic() {
        return Decision::Keep;
    }
    if next.is_initial {
        return Decision::Drop; // "J. R. R. Tolkien"
    }
    if language.is_stopword(fold(next.word, buf)) {
        return function_word_after(at, word_start);
    }
    Decision::Drop // "Mr. Smith", "Mt. Fuji", "U.S. Government", "Albert I. Jones"
}

/// The start of the word before the period at `s`, looking back at most [`WINDOW`] bytes; `None`
/// when the token is longer than that.
fn word_start(text: &str, seg_start: usize, s: usize) -> Option<usize> {
    let floor = ceil_boundary(text, seg_start.max(s.saturating_sub(WINDOW)));
    let mut word_start = s;
    for (i, c) in text[floor..s].char_indices().rev() {
        if c.is_whitespace() {
            break;
        }
        word_start = floor + i;
    }
    let cut_short = word_start == floor && floor > seg_start && !text[..floor].ends_with(char::is_whitespace);
    (!cut_short).then_some(word_start)
}

/// Whether `word` (or its part after an elided article) is abbreviated by the period after it.
fn is_abbreviated(word: &str, elided: Option<&str>, language: &Language, buf: &mut String) -> bool {
    // "Tuesday.Mr. Smith": sentences run together, the last one starting with an abbreviation.
    let last_part = word.rsplit('.').next().filter(|p| p.len() < word.len() && p.chars().nth(1).is_some());
    is_abbreviation_like(word, language, buf)
        || last_part.is_some_and(|p| language.is_abbreviation(fold(p, buf)))
        || elided.is_some_and(|p| p.chars().count() > 1 && language.is_abbreviation(fold(p, buf)))
        || language.ordinals && numbers::is_ordinal(word)
}

/// An abbreviation followed by a function word: "I live in the U.S. How about you?" ends, unless
/// the abbreviation closes a short opening phrase of a number and a unit, as in "At 5 a.m. Mr.
/// Smith went to the bank."
fn function_word_after(at: &Candidate, word_start: usize) -> Decision {
    let (text, last_cut) = (at.text, at.last_cut);
    let opening = &text[ceil_boundary(text, last_cut.max(word_start.saturating_sub(WINDOW)))..word_start];
    let previous = opening.split_whitespace().next_back();
    let short = last_cut + WINDOW >= word_start && !words_at_least(opening, 3);
    if short && previous.is_some_and(|p| p.bytes().all(|c| c.is_ascii_digit() || c == b':')) {
        return Decision::Drop;
    }
    Decision::Keep
}

/// An abbreviation of the language, a single letter (an initial) or an acronym with inner periods
/// of one- or two-letter parts ("U.S.A", "e.g", "Ph.D").
pub(super) fn is_abbreviation_like(word: &str, language: &Language, buf: &mut String) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if word.chars().count() <= 3 && word.ends_with(['°', 'º']) {
        return true; // "N°. 1026"
    }
    if word.len() > 32 {
        return false;
    }
    if language.is_abbreviation(fold(word, buf)) {
        return true;
    }
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// Sentences run together without a space, "Hello world.Today is Tuesday.Mr. Smith": a boundary
/// after a period between a lower-case letter and a capitalised word, unless the period follows an
/// abbreviation or sits in an e-mail or web address ("Jane.Doe@example.com", "example.Com/Page").
pub(super) fn glued_sentences(text: &str, language: &Language, marks: &Marks, cuts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut periods = marks.scan(bytes);
    let mut buf = String::new();
    // The whitespace-delimited token checked last, and whether it looks like an address.
    let mut token = (0usize, 0usize, false);
    let mut from = 0;
    while let Some(i) = periods.find(rule::PERIOD, from) {
        from = i + 1;
        if i == 0 || i + 2 >= bytes.len() {
            continue;
        }
        let Some(before) = text[..i].chars().next_back() else { continue };
        let mut after = text[i + 1..].chars();
        let (Some(upper), Some(lower)) = (after.next(), after.next()) else { continue };
        // "world.Today", and with a longer word before, "жағдайы.XVIII" and "world.I dag".
        let capital = lower.is_lowercase() || lower.is_uppercase() || lower == ' ';
        if !(before.is_lowercase() && upper.is_uppercase() && capital) {
            continue;
        }
        if i >= token.1 {
            let floor = ceil_boundary(text, i.saturating_sub(WINDOW));
            let start =
                text[floor..i].char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(floor, |(k, c)| floor + k + c.len_utf8());
            let ceiling = ceil_boundary(text, (i + WINDOW).min(text.len()));
            let end = text[i..ceiling].find(char::is_whitespace).map_or(ceiling, |k| i + k);
            let address = text[start..end].contains(['@', '/', ':', '\\', '_', '=', '#']) || text[start..end].starts_with("www.");
            token = (start, end, address);
        }
        if token.2 {
            continue;
        }
        let word_start = text[token.0..i].rfind(['.', '(', '"', '\'']).map_or(token.0, |k| token.0 + k + 1);
        let word = &text[word_start..i];
        let shortest = if lower.is_lowercase() { 2 } else { 3 };
        if word.chars().count() < shortest || is_abbreviation_like(word, language, &mut buf) {
            continue;
        }
        cuts.push(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{sentences, sentences_in};

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Yoon attends the United Nations General Assembly on Sept. 20. Local news reported it."),
            ["Yoon attends the United Nations General Assembly on Sept. 20.", "Local news reported it."]
        );
        assert_eq!(sentences("J. R. R. Tolkien wrote it. Dr. Smith read it."), ["J. R. R. Tolkien wrote it.", "Dr. Smith read it."]);
        assert_eq!(sentences("It is No. 10 in the U.S. Nobody knows."), ["It is No. 10 in the U.S. Nobody knows."]);
        assert_eq!(sentences("See p. 55 for the table. It helps."), ["See p. 55 for the table.", "It helps."]);
        assert_eq!(sentences("The co. at noon said so. Then it left."), ["The co. at noon said so.", "Then it left."]);
        assert_eq!(sentences("Albert I. Jones came. He sat."), ["Albert I. Jones came.", "He sat."]);
    }

    #[test]
    fn a_function_word_after_an_abbreviation_starts_a_sentence() {
        assert_eq!(sentences("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
        // ... unless the abbreviation closes a short opening phrase of a number and a unit.
        assert_eq!(sentences("At 5 a.m. Mr. Smith went to the bank."), ["At 5 a.m. Mr. Smith went to the bank."]);
    }

    #[test]
    fn titles_always_go_on() {
        assert_eq!(sentences("He met Mr. Will Smith there. Then he left."), ["He met Mr. Will Smith there.", "Then he left."]);
    }

    #[test]
    fn sentences_run_together_are_parted() {
        assert_eq!(sentences("Hello world.Today is Tuesday.Mr. Smith came."), ["Hello world.", "Today is Tuesday.", "Mr. Smith came."]);
        // ... but not inside addresses.
        assert_eq!(sentences("Write to Jane.Doe@example.com today. Thanks."), ["Write to Jane.Doe@example.com today.", "Thanks."]);
    }

    #[test]
    fn languages_abbreviate_their_own_words() {
        assert_eq!(sentences_in("Er kam am 3. Oktober an. Dann ging er.", "de"), ["Er kam am 3. Oktober an.", "Dann ging er."]);
    }
}
