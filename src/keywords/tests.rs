//! Tests of the key terms (src/keywords/mod.rs).

use crate::{summarize, Options};

const STORY: &str = "The council said the new ferry will carry people across the bay. \
    The ferry will run every ten minutes, the council said, and people will pay less. \
    People waited for the ferry for years. The bay ferry is the first electric ferry in the \
    region. The new electric ferry cost less than the bridge. Minutes after the council vote, \
    people cheered the ferry at the pier. The bay bridge will close for repairs. The \
    electric boats charge at the pier, and the council will buy two more boats.";

fn key_terms(title: Option<&str>, count: usize) -> Vec<String> {
    let options = Options { title: title.map(str::to_string), keywords: Some(count), ..Options::default() };
    summarize(STORY, &options).keywords.iter().map(|k| k.to_lowercase()).collect()
}

#[test]
fn generic_words_stay_out_of_the_top_five() {
    let top = key_terms(None, 5);
    assert!(top.iter().any(|k| k.contains("ferry")), "{top:?}");
    for generic in ["people", "minutes", "new"] {
        assert!(!top.iter().any(|k| k == generic), "{generic} in {top:?}");
    }
}

#[test]
fn days_are_generic_yesterday_too() {
    let english = crate::lang::english();
    for day in ["yesterday", "today", "monday"] {
        assert!(english.is_generic(day), "{day}");
    }
}

#[test]
fn the_headline_lifts_its_words_even_generic_ones() {
    let plain = key_terms(None, 5);
    let titled = key_terms(Some("People cheer the ferry"), 5);
    assert!(!plain.iter().any(|k| k.contains("people")), "{plain:?}");
    assert!(titled.iter().any(|k| k.contains("people")), "{titled:?}");
}

#[test]
fn fewer_key_terms_are_the_first_of_more() {
    let all = key_terms(None, 8);
    for count in 0..8 {
        assert_eq!(key_terms(None, count), all[..count.min(all.len())], "{count}");
    }
}

#[test]
fn the_seed_articles_chips_are_phrases_of_its_text() {
    let text = include_str!("../../tests/fixtures/seed-article.txt");
    let top = summarize(text, &Options { keywords: Some(5), ..Options::default() }).keywords;
    assert_eq!(top.len(), 5, "{top:?}");
    assert!(!top.iter().any(|c| c == "undermine Russia"), "a verb and its object in {top:?}");
    let english = crate::lang::english();
    for (i, chip) in top.iter().enumerate() {
        assert!(text.contains(chip.as_str()), "{chip} is not in the text");
        let folded = chip.to_lowercase();
        assert!(chip.contains(' ') || !english.is_generic(&folded), "generic {chip} in {top:?}");
        // No chip is a variant of another ("North Korea" / "North Korean").
        for other in &top[..i] {
            let other = other.to_lowercase();
            assert!(!folded.starts_with(&other) && !other.starts_with(&folded), "{chip} and {other} in {top:?}");
        }
    }
}

#[test]
fn a_verb_and_its_named_object_seen_once_is_no_key_phrase() {
    // "undermine Russia" (a verb before a name) against "northern Japan" (a modifier, twice).
    let text = "Russia and Korea held talks in northern Japan on Monday. Russia said the talks in \
        northern Japan went well. Officials in Russia praised the deal with Korea. Any such move \
        would seriously undermine Russia's ties with Korea, its ministry said. Russia denied it.";
    let chips = summarize(text, &Options { keywords: Some(8), ..Options::default() }).keywords;
    assert!(!chips.iter().any(|c| c == "undermine Russia"), "{chips:?}");
    assert!(chips.iter().any(|c| c == "northern Japan"), "{chips:?}");
}

#[test]
fn contractions_and_verbs_after_i_are_no_key_terms() {
    let text = "\"I think we're close,\" the NASA scientist said of alien life. \"I think we're one \
        generation away,\" she said. Alien life may be found within a decade, NASA said. \"We're \
        going to find it,\" she said, \"and I think we're on the road to alien life.\"";
    let chips = summarize(text, &Options { keywords: Some(8), ..Options::default() }).keywords;
    assert!(chips.iter().any(|c| c.to_lowercase().contains("alien life")), "{chips:?}");
    assert!(!chips.iter().any(|c| c.to_lowercase().contains("we're")), "{chips:?}");
    // A verb after "I" counts as little as a generic word: behind every phrase of the text.
    assert_eq!(chips.last().map(String::as_str), Some("think"), "{chips:?}");
}

#[test]
fn a_four_letter_past_tense_ends_a_name_not_a_phrase() {
    let text = "Blogger Sattar Beheshti died in custody. Beheshti died after his arrest, his family \
        said. The death of Beheshti shocked Iran. Beheshti had written about the government.";
    let chips = summarize(text, &Options { keywords: Some(8), ..Options::default() }).keywords;
    assert!(chips.iter().any(|c| c.contains("Beheshti")), "{chips:?}");
    assert!(!chips.iter().any(|c| c.contains("Beheshti died")), "{chips:?}");
}
