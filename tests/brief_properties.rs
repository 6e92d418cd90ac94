//! Properties of `abridge::brief` (the Summarizer API's briefs) on any text: never a panic; every
//! line the article's own text (a cut headline: a prefix, with "…" when cut mid-clause); as many
//! lines as the type and length ask for, or fewer; a headline within its word limit.

use abridge::brief::{brief, Kind, Length, HEADLINE_WORDS};
use abridge::Options;
use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    for kind in Kind::ALL {
        for (step, length) in Length::ALL.into_iter().enumerate() {
            let lines = brief(text, kind, length, Options::default());
            let most = match kind {
                Kind::KeyPoints => [3, 5, 7][step],
                Kind::Tldr | Kind::Teaser => [1, 3, 5][step],
                Kind::Headline => 1,
            };
            prop_assert!(lines.len() <= most, "{kind:?} {length:?}: {} lines", lines.len());
            for line in &lines {
                let own = line.trim_end_matches('…');
                prop_assert!(text.contains(own), "{kind:?} {length:?}: {line:?} is not in the text");
                if kind == Kind::Headline && line.ends_with('…') {
                    prop_assert!(own.split_whitespace().count() <= HEADLINE_WORDS[step], "{line:?}");
                }
            }
        }
    }
    Ok(())
}

fn prose() -> impl Strategy<Value = String> {
    let word =
        prop::sample::select(vec!["the", "Council", "voted", "ferry", "harbour", "on", "Tuesday,", "said", "—", "of", "a", "new", "line."]);
    prop::collection::vec(word, 0..120).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode(text in "\\PC*") {
        check(&text)?;
    }

    #[test]
    fn prose_like_text(text in prose()) {
        check(&text)?;
    }
}

#[test]
fn the_seed_article() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-article.txt")).expect("the seed article");
    check(&text).expect("the seed article's briefs");
    let headline = brief(&text, Kind::Headline, Length::Short, Options::default());
    assert_eq!(headline, ["South Korea urges Russia to halt military cooperation with N Korea"]);
}
