//! The seed article: a real scraped news page with its furniture left in. Every change must
//! still read it right.

use abridge::{lang, summarize, text, Options};

const SEED: &str = include_str!("fixtures/seed-article.txt");

/// Lines of the page that are furniture, not article prose.
const FURNITURE: [&str; 6] = ["Saturday, September 23, 2023", "scattered clouds", "30°C", "No Image", "arrow up", "home icon"];

#[test]
fn title_is_the_headline() {
    let doc = text::analyze(SEED, Some(lang::english()), None);
    let title = doc.title.map(|t| doc.text_of(t));
    assert_eq!(title, Some("South Korea urges Russia to halt military cooperation with N Korea"));
}

#[test]
fn no_furniture_becomes_a_sentence() {
    let doc = text::analyze(SEED, Some(lang::english()), None);
    assert_eq!(doc.sentences.len(), 12, "12 sentences of prose");
    for s in &doc.sentences {
        let sentence = doc.text_of(s.span);
        for f in FURNITURE.iter().chain(&["— Agencies", "SEOUL:"]) {
            assert!(!sentence.contains(f), "furniture {f:?} in sentence {sentence:?}");
        }
    }
    let first = doc.text_of(doc.sentences[0].span);
    assert!(first.starts_with("South Korea summoned Russia's ambassador"), "{first}");
    let last = doc.text_of(doc.sentences.last().unwrap().span);
    assert!(last.ends_with("selling weapons into active conflicts."), "{last}");
}

#[test]
fn sept_20_does_not_end_a_sentence() {
    let doc = text::analyze(SEED, Some(lang::english()), None);
    let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.text_of(s.span)).collect();
    assert!(
        texts.iter().any(|s| s.starts_with("South Korean President Yoon") && s.ends_with("General Assembly on Sept. 20.")),
        "{texts:#?}"
    );
}

#[test]
fn three_sentence_summary_is_prose_with_the_lead() {
    let summary = summarize(SEED, &Options { sentences: Some(3), ..Options::default() });
    assert_eq!(summary.sentences.len(), 3);
    assert_eq!(summary.sentences[0].index, 0, "the lead sentence is chosen");
    for s in &summary.sentences {
        assert_eq!(&SEED[s.span.start..s.span.end], s.text);
        assert!(s.text.split_whitespace().count() >= 10, "prose, not a fragment: {:?}", s.text);
        for f in FURNITURE {
            assert!(!s.text.contains(f), "furniture {f:?} in {:?}", s.text);
        }
    }
    assert_eq!(summary.title.as_deref(), Some("South Korea urges Russia to halt military cooperation with N Korea"));
    assert_eq!(summary.language, "en");
    assert!(summary.keywords.iter().any(|k| k == "North Korea"), "{:?}", summary.keywords);
}

/// The chips a reader sees: names and phrases of the text as written, no verb or generic word
/// alone in the top five, no chip a variant of another ("North Korea" beside "North Korean").
#[test]
fn key_terms_are_phrases_of_the_text_without_variants() {
    let summary = summarize(SEED, &Options { keywords: Some(8), ..Options::default() });
    let chips = &summary.keywords;
    assert!(chips.len() >= 5, "{chips:?}");
    assert!(chips.iter().take(2).any(|k| k == "North Korea") && chips.iter().take(2).any(|k| k == "South Korea"), "{chips:?}");
    for chip in chips {
        assert!(SEED.contains(chip.as_str()), "{chip:?} is not in the text");
    }
    for chip in chips.iter().take(5) {
        let lone_word = !chip.contains(' ');
        assert!(!lone_word || chip.starts_with(char::is_uppercase), "a lone common word in the top five: {chips:?}");
    }
    // A variant shares every word but for an ending of at most two letters.
    let variant = |a: &str, b: &str| {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        let words = |s: &str| s.split(' ').map(|w| w.trim_end_matches("'s").to_string()).collect::<Vec<_>>();
        let (a, b) = (words(&a), words(&b));
        b.windows(a.len()).any(|run| {
            run.iter().zip(&a).all(|(x, y)| {
                let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
                long.starts_with(short.as_str()) && long.len() - short.len() <= 2
            })
        })
    };
    for (i, a) in chips.iter().enumerate() {
        for b in &chips[i + 1..] {
            let multi = |s: &str| s.contains(' ');
            assert!(!(multi(a) && variant(a, b) || multi(b) && variant(b, a)), "{a:?} and {b:?} are variants: {chips:?}");
        }
    }
}
