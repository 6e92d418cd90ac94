//! What a paragraph of a pasted page is by its shape, whatever its stopwords: without tags, a
//! headline, a teaser of another page, a photo caption or a promo can read like prose, and each
//! has a shape of its own. These run only on a text that looks like a pasted page.

use crate::text::blocks::markers::{has_own_credit, looks_like_credit, PROMO_OPENERS};
use crate::text::blocks::{ends_with_terminal, BlockKind, Furniture, RawBlock};
use crate::text::case::to_lowercase;
use crate::text::hash::StrMap;

/// The bounds of the shapes, each with its reason.
pub struct ShapeWeights {
    /// A paragraph of at most this many words without sentence-final punctuation is a headline
    /// or a link (a story's paragraphs end their sentences).
    pub headline_words: usize,
    /// A paragraph of at least this many words, this share of them capitalised, is a headline in
    /// title case ("Is An 'Oxygen Bar' In Delhi Offering Fresh Air?"); prose has its capitals
    /// on names and sentence starts only.
    pub title_case_words: usize,
    pub title_case_share: f32,
    /// A credit line after a paragraph marks it as the photo's caption when the credit is at most
    /// this many characters.
    pub credit_chars: usize,
    /// Promo openers (the page model's list) count in paragraphs shorter than this (characters).
    pub promo_chars: usize,
}

pub const WEIGHTS: ShapeWeights =
    ShapeWeights { headline_words: 30, title_case_words: 5, title_case_share: 0.8, credit_chars: 80, promo_chars: 250 };

/// Why a prose paragraph of a pasted page is not the article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// No sentence end, or title case: a headline, or a link to another page.
    Headline,
    /// Cut off with an ellipsis: a teaser of another page ("… diagnosed with the plague,...").
    Teaser,
    /// A photo's caption: followed by a credit line, or ending with its own credit.
    Caption,
    /// A call to action or disclosure ("Start your day with …", "Sign up …").
    Promo,
    /// The same paragraph twice on the page: the page's description or a teaser shown again
    /// (a story does not repeat its paragraphs), so neither copy is the story's text.
    Repeated,
}

/// The shape of each block (`None`: prose as far as its shape tells, or not prose at all).
pub fn shapes(text: &str, blocks: &[RawBlock]) -> Vec<Option<Shape>> {
    let texts: Vec<&str> = blocks.iter().map(|b| &text[b.span.start..b.span.end]).collect();
    // text/hash.rs, not std's HashMap: std's brings its random state and about 5 KB into the module.
    // Counts as u64, the stopword index's value type: one copy of the map's code in the module.
    let mut seen: StrMap<u64> = StrMap::default();
    for (b, t) in blocks.iter().zip(&texts) {
        if b.kind == BlockKind::Prose {
            *seen.value_mut(t) += 1;
        }
    }
    (0..blocks.len())
        .map(|i| {
            if blocks[i].kind != BlockKind::Prose {
                return None;
            }
            let next = blocks.get(i + 1).map(|b| (b.kind, texts[i + 1]));
            shape(texts[i], next).or((seen.lookup(texts[i]).1.unwrap_or(0) > 1).then_some(Shape::Repeated))
        })
        .collect()
}

fn shape(para: &str, next: Option<(BlockKind, &str)>) -> Option<Shape> {
    let words = para.split_whitespace().count();
    if words <= WEIGHTS.headline_words && !ends_with_terminal(para) {
        return Some(Shape::Headline);
    }
    if is_title_case(para, words) {
        return Some(Shape::Headline);
    }
    if para.ends_with("...") || para.ends_with('…') {
        return Some(Shape::Teaser);
    }
    if has_own_credit(para) || next.is_some_and(|(kind, t)| is_credit(kind, t)) {
        return Some(Shape::Caption);
    }
    if para.len() < WEIGHTS.promo_chars {
        let lower = to_lowercase(para);
        if PROMO_OPENERS.iter().any(|p| lower.starts_with(p)) {
            return Some(Shape::Promo);
        }
    }
    None
}

fn is_title_case(para: &str, words: usize) -> bool {
    if !(WEIGHTS.title_case_words..=WEIGHTS.headline_words).contains(&words) {
        return false;
    }
    let lettered: Vec<char> = para.split_whitespace().filter_map(|w| w.chars().find(|c| c.is_alphabetic())).collect();
    let upper = lettered.iter().filter(|c| c.is_uppercase()).count();
    lettered.len() >= WEIGHTS.title_case_words && upper as f32 >= lettered.len() as f32 * WEIGHTS.title_case_share
}

/// A photo credit line: the furniture kind, or a short line with ©, "(Image: …)", "(Photo: …)".
fn is_credit(kind: BlockKind, line: &str) -> bool {
    kind == BlockKind::Furniture(Furniture::Caption) || line.len() <= WEIGHTS.credit_chars && looks_like_credit(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn shapes_of(paras: &[(&str, BlockKind)]) -> Vec<Option<Shape>> {
        let mut text = String::new();
        let mut blocks = Vec::new();
        for (p, kind) in paras {
            let start = text.len();
            text.push_str(p);
            blocks.push(RawBlock { span: Span::new(start, text.len()), kind: *kind });
            text.push_str("\n\n");
        }
        shapes(&text, &blocks)
    }

    const PROSE: BlockKind = BlockKind::Prose;
    const STORY: &str = "The council said on Monday that it would bring the ferry back to the harbour in the spring.";

    #[test]
    fn headlines_by_missing_sentence_end_and_by_title_case() {
        let got = shapes_of(&[
            ("Dear Abby: Husband springs for business class flight, but leaves wife in economy", PROSE),
            ("Fact Check: Is An Oxygen Bar In Delhi Offering Fresh Air For Rs 300?", PROSE),
            (STORY, PROSE),
        ]);
        assert_eq!(got, [Some(Shape::Headline), Some(Shape::Headline), None]);
    }

    #[test]
    fn teasers_captions_promos_and_repeats() {
        let got = shapes_of(&[
            ("Two people in China have been diagnosed with the plague,...", PROSE),
            ("An artist's illustration of a plume of water vapor from the moon.", PROSE),
            ("(Image: © NASA/ESA)", BlockKind::Furniture(Furniture::Boilerplate)),
            ("A habitation module for a crewed Mars mission, as the study drew it. Credit: ESA.", PROSE),
            (
                "A man rides a donkey in the village on November 19, 2019, with the settlement behind him. The prime minister \
                 hailed the announcement, but the villagers pledged new measures to oppose it. Jaafar ASHTIYEH / AFP",
                PROSE,
            ),
            ("Start your day with the Opening Bell, the best read in finance.", PROSE),
            ("The duo saw similar bars abroad and brought the idea home.", PROSE),
            (STORY, PROSE),
            ("The duo saw similar bars abroad and brought the idea home.", PROSE),
        ]);
        use Shape::*;
        assert_eq!(
            got,
            [Some(Teaser), Some(Caption), None, Some(Caption), Some(Caption), Some(Promo), Some(Repeated), None, Some(Repeated)]
        );
    }
}
