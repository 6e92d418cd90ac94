//! Ellipses: "…" attached to a word ends a sentence before a capitalised word ("He paused… Then
//! he left."); a run of periods ends one unless it sits inside the sentence ("[...]", "the thing is
//! . . . I mean", "անձրևել...Այդպես"); in "word. . . . Next" the period ends it and the ellipsis
//! opens the next.

use super::context::{next_word, NextWord, PeriodRun};
use super::Decision;
use crate::text::chars::{is_closing, is_opening};
use crate::text::scan::{rule, Marks};

/// The boundary after a run of two or more periods ending at `t` (exclusive).
pub(super) fn decide_dots(text: &str, run: &PeriodRun, t: usize, next: NextWord) -> Decision {
    let bytes = text.as_bytes();
    let before = text[..run.start].chars().next_back();
    let attached = before.is_some_and(|c| !c.is_whitespace());
    if text[t..].starts_with(char::is_alphanumeric) {
        return Decision::Drop; // "անձրևել...Այդպես": an ellipsis inside a sentence, no space after
    }
    if before == Some('[') && bytes.get(t) == Some(&b']') || before == Some('(') && bytes.get(t) == Some(&b')') {
        return Decision::Drop; // "[...]": an omission inside a quotation
    }
    if run.spaced && !attached && run.dots == 3 {
        return Decision::Drop; // "the thing is . . . I didn't mean it": an ellipsis mid-sentence
    }
    if run.spaced && attached && run.dots == 4 && next.first.is_some_and(char::is_uppercase) {
        // "compounds. . . . The practice": the period ends it, the ellipsis opens the next.
        return Decision::At(run.start + 1);
    }
    Decision::Keep
}

/// "He paused… Then he left.": a boundary after an ellipsis character attached to a word and
/// followed by a capitalised word other than "I" (UAX #29 does not treat "…" as a terminator).
/// A free-standing ellipsis ("the thing is … I mean") or one in brackets ("[…]") goes on.
pub(super) fn ellipsis_characters(text: &str, marks: &Marks, cuts: &mut Vec<usize>) {
    let mut leads = marks.scan(text.as_bytes());
    let mut from = 0;
    while let Some(i) = leads.find(rule::ELLIPSIS, from) {
        from = i + 1;
        if !text[i..].starts_with('…') {
            continue;
        }
        let attached = text[..i].chars().next_back().is_some_and(|c| !c.is_whitespace() && !is_opening(c));
        let end = i + '…'.len_utf8();
        let rest = &text[end..];
        let closed = rest.trim_start_matches(is_closing);
        if !attached || !closed.starts_with(char::is_whitespace) || rest.starts_with([']', ')']) {
            continue;
        }
        let next = next_word(text, text.len() - closed.len());
        if next.first.is_some_and(char::is_uppercase) && next.word != "I" && !next.word.starts_with("I'") && !next.word.starts_with("I’")
        {
            cuts.push(text.len() - closed.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::sentences;

    #[test]
    fn an_attached_ellipsis_character_ends_before_a_capital() {
        assert_eq!(sentences("He paused… Then he left."), ["He paused…", "Then he left."]);
        assert_eq!(sentences("He paused … I mean it."), ["He paused … I mean it."]);
        assert_eq!(sentences("He paused… I mean it."), ["He paused… I mean it."]);
        assert_eq!(sentences("He said […] Then more."), ["He said […] Then more."]);
    }

    #[test]
    fn period_runs() {
        assert_eq!(sentences("He quoted it [...] and went on. Next."), ["He quoted it [...] and went on.", "Next."]);
        assert_eq!(sentences("The thing is . . . I didn't mean it. Sorry."), ["The thing is . . . I didn't mean it.", "Sorry."]);
        assert_eq!(sentences("It was over... The next day came."), ["It was over...", "The next day came."]);
        assert_eq!(sentences("They used compounds. . . . The practice spread."), ["They used compounds.", ". . . The practice spread."]);
    }
}
