//! Quotations and brackets: a quotation is one sentence with what surrounds it ("“We won. It was
//! hard,” she said."); an opening bracket after a terminator opens the next sentence ("…報告した。
//! 「イノシシ」…"); a Japanese quotation followed by と or っ goes on ("「…よくない！」とツイートした").

use super::Decision;
use crate::text::chars::{is_closing, is_opening_only, is_terminator};
use crate::text::scan::{rule, Marks};

/// The farthest apart (bytes) the marks of one quotation are.
const QUOTE: usize = 600;

/// Quotations as `(start, end)` byte ranges, in order: a pair of quotation marks or brackets (“…”,
/// „…“, «…», "…", 「…」, 『…』, 《…》, （…）, (…)) at most `QUOTE` bytes apart. The outermost pair counts;
/// one pass, so linear.
pub(super) fn quotations(text: &str, marks: &Marks) -> Vec<(usize, usize)> {
    let mut marked = marks.scan(text.as_bytes());
    let mut spans = Vec::new();
    let mut open: Option<(usize, &'static [char])> = None;
    let mut i = 0;
    while let Some(at) = marked.find(rule::QUOTE, i) {
        let c = text[at..].chars().next().unwrap_or('\0');
        i = at + c.len_utf8();
        if let Some((start, closing)) = open {
            // Past QUOTE bytes the quotation was never closed; `c` may open another. So with a
            // quotation mark that opens one where it stands: a quotation that runs on into the
            // next paragraph is not closed there, the next paragraph opens with the mark again.
            if at - start <= QUOTE && !reopens(text, at, c, closing) {
                if closing.contains(&c) {
                    spans.push((start, i));
                    open = None;
                }
                continue;
            }
        }
        open = closers(c).map(|closing| (at, closing));
    }
    spans
}

/// Whether the quotation mark `c` at `at`, inside a quotation closed by `closing`, opens a new
/// one: a curly “ that does not close it, or a straight " after a space and before a word ("…we
/// have the money. "The investment…": the quotation before ran on from an earlier paragraph).
fn reopens(text: &str, at: usize, c: char, closing: &[char]) -> bool {
    match c {
        '“' => !closing.contains(&c),
        '"' => {
            let before = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_alphanumeric)
        }
        _ => false,
    }
}

/// The marks that close a quotation opened by `c`, if `c` opens one.
fn closers(c: char) -> Option<&'static [char]> {
    Some(match c {
        '"' => &['"'],
        '“' => &['”'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '「' => &['」'],
        '『' => &['』'],
        '《' => &['》'],
        '（' => &['）'],
        '(' => &[')'],
        _ => return None,
    })
}

/// The boundaries of `cuts` (in order) that fall outside every quotation of `quotes` (in order).
pub(super) fn outside(cuts: Vec<usize>, quotes: &[(usize, usize)]) -> impl Iterator<Item = usize> + '_ {
    let mut q = 0;
    cuts.into_iter().filter(move |&cut| {
        while q < quotes.len() && quotes[q].1 <= cut {
            q += 1;
        }
        !(q < quotes.len() && quotes[q].0 < cut)
    })
}

/// "…報告した。「イノシシ」…": UAX #29 keeps an opening bracket after a terminator with the
/// sentence before; it opens the next one. `body` is the segment starting at `seg_start` without
/// its trailing spaces.
pub(super) fn bracket_opens_next(body: &str, seg_start: usize) -> Option<Decision> {
    let opened = body.trim_end_matches(is_opening_only);
    if opened.len() == body.len() {
        return None;
    }
    let terminator = opened.trim_end_matches(is_closing).chars().next_back();
    terminator.is_some_and(|c| is_terminator(c) && c != '.').then_some(Decision::At(seg_start + opened.len()))
}

/// "「…よくない！」 とツイートした": after a closing mark, a Japanese quotation goes on when と or
/// っ follows (`after`: the text after the candidate boundary).
pub(super) fn japanese_quotation_goes_on(after: &str) -> bool {
    after.trim_start().starts_with(['と', 'っ'])
}

#[cfg(test)]
mod tests {
    use super::super::tests::{sentences, sentences_in};
    use super::*;

    fn quotations_of(text: &str) -> Vec<(usize, usize)> {
        quotations(text, &Marks::new(text.as_bytes()))
    }

    #[test]
    fn a_quotation_is_one_sentence_with_what_surrounds_it() {
        assert_eq!(sentences("“We won. It was hard,” she said. Then she left."), ["“We won. It was hard,” she said.", "Then she left."]);
        assert_eq!(sentences("He said (it was late. Really.) and left. Next."), ["He said (it was late. Really.) and left.", "Next."]);
        assert_eq!(sentences("“Help!” she cried. Nobody came."), ["“Help!” she cried.", "Nobody came."]);
    }

    #[test]
    fn a_quotation_that_runs_on_into_the_next_paragraph_is_not_one_sentence_with_it() {
        let text = "\"We have the gas. We have the money. \"The deal may reach $20bn,\" he said.";
        assert_eq!(sentences(text), ["\"We have the gas.", "We have the money.", "\"The deal may reach $20bn,\" he said."]);
        let curly = "“We have the gas. We have the money. “The deal may reach $20bn,” he said.";
        assert_eq!(sentences(curly), ["“We have the gas.", "We have the money.", "“The deal may reach $20bn,” he said."]);
    }

    #[test]
    fn quotation_pairs() {
        assert_eq!(quotations_of("a “b” c"), [(2, 9)]);
        assert_eq!(quotations_of("„Ja“ und «oui» und 「はい」"), [(0, 8), (13, 20), (25, 37)]);
        assert!(quotations_of(&format!("\"{}", "x".repeat(700))).is_empty(), "unclosed");
        assert!(quotations_of(&format!("\"{}\"", "x".repeat(700))).is_empty(), "too far apart");
        assert_eq!(outside(vec![1, 5, 12], &[(3, 10)]).collect::<Vec<_>>(), [1, 12]);
    }

    #[test]
    fn brackets_after_a_terminator_open_the_next_sentence() {
        assert_eq!(sentences_in("県が報告した。「イノシシ」が出た。", "ja"), ["県が報告した。", "「イノシシ」が出た。"]);
        assert_eq!(sentences_in("「よくない！」とツイートした。次。", "ja"), ["「よくない！」とツイートした。", "次。"]);
    }
}
