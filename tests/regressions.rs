//! Regression tests for what fuzzing and the hostile-input tests (tests/hostile.rs) found.
//! Each test names the finding, the input class and the fix.

use abridge::text::boundaries::sentence_boundaries;
use abridge::text::sentences;
use abridge::{summarize, Options};
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

fn reference(text: &str) -> Vec<usize> {
    text.split_sentence_bound_indices().map(|(at, s)| at + s.len()).collect()
}

/// Found by tests/hostile.rs (deeply nested brackets): 100 KB of "((((…))))" took 41 s to split.
/// unicode-segmentation's SB8 looks ahead from every character of a run of closing marks or spaces
/// after a period, to the next letter: quadratic in the run. Fixed in src/text/boundaries.rs (runs
/// cut before segmenting, the ends mapped back). Each of these took seconds at 20,000 characters.
#[test]
fn long_runs_after_a_period_split_in_linear_time() {
    let n = 200_000;
    let texts = [
        format!("{}The word. Another word.{}", "(".repeat(n), ")".repeat(n)),
        format!("The word.{} Another word.", ")".repeat(n)),
        format!("The word.{}Another word.", " ".repeat(n)),
        format!("The word.{} x", ")]".repeat(n / 2)),
        format!("The word.{} x", ")\u{301}".repeat(n / 2)),
        format!("The word.{} x", "\u{2E05}".repeat(n)),
        format!("The word.{} x", "\"'“”‘’«»".repeat(n / 8)),
        format!("The word\u{FF0E}{}X", "\u{3000}".repeat(n)),
        format!("The word.{}", ") ".repeat(n / 2)),
        format!("The word.{}", ". ) ".repeat(n / 4)),
    ];
    for text in &texts {
        let start = Instant::now();
        let spans = sentences::split(text);
        let took = start.elapsed();
        // Linear: a few ms in release; a quadratic split of these takes minutes.
        let limit = Duration::from_secs(if cfg!(debug_assertions) { 20 } else { 2 });
        assert!(took < limit, "{} bytes took {took:?}: {:?}", text.len(), text.chars().take(20).collect::<String>());
        assert!(!spans.is_empty());
    }
}

/// The fix keeps unicode-segmentation's boundaries exactly: compared with the full segmenter on
/// texts rich in runs of every class (short enough for the quadratic reference).
#[test]
fn cut_runs_keep_the_segmenters_boundaries() {
    let pieces = [
        ".", ".", "\u{FF0E}", "\u{2024}", "!", "?", "。", ")", ")", "]", "\"", "'", "”", "»", "\u{2E05}", "\u{FD3E}", " ", " ", "\t",
        "\u{3000}", "\u{A0}", "\u{301}", "\u{AD}", "\u{200D}", "\n", "\u{2029}", "a", "b", "Z", "中", "1", ",", "-", "$", "😀", "ab", "Cd",
    ];
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..4000 {
        let mut text = String::new();
        let parts = 1 + next() % 12;
        for _ in 0..parts {
            let piece = pieces[(next() % pieces.len() as u64) as usize];
            // Runs long enough to be cut (more than 16 characters), of one piece or alternating two.
            let times = match next() % 4 {
                0 => 1,
                1 => 2 + next() % 5,
                _ => 15 + next() % 40,
            };
            if next() % 3 == 0 {
                let other = pieces[(next() % pieces.len() as u64) as usize];
                for _ in 0..times {
                    text.push_str(piece);
                    text.push_str(other);
                }
            } else {
                text.push_str(&piece.repeat(times as usize));
            }
        }
        assert_eq!(sentence_boundaries(&text), reference(&text), "round {round}: {text:?}");
    }
}

#[test]
fn nested_brackets_summarize_in_linear_time() {
    let text = format!("{}The word. Another word.{}", "(".repeat(50_000), ")".repeat(50_000));
    let start = Instant::now();
    let s = summarize(&text, &Options::default());
    assert!(start.elapsed() < Duration::from_secs(if cfg!(debug_assertions) { 20 } else { 2 }));
    assert_eq!(s.stats.sentences_total, 1);
    assert_eq!(&text[s.sentences[0].span.start..s.sentences[0].span.end], s.sentences[0].text);
}
