//! Native speed: sentence splitting and whole summaries over the dev articles, beside plain
//! UAX #29 sentence segmentation on the same text (the floor we can approach).
//!
//! cargo run --release --features cli --example speed -- [PATH/cnndm-dev.jsonl] [--rounds N]

use abridge::{lang, summarize, text, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .cloned()
        .unwrap_or_else(|| "../shared/data/eval/cnndm-dev.jsonl".to_string());
    let rounds: usize = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let articles: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSONL")["text"].as_str().unwrap_or("").to_string())
        .collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    println!("{} articles, {:.2} MB, {} rounds, from {}", articles.len(), bytes as f64 / 1e6, rounds, path);
    println!("{:<34} {:>12} {:>12} {:>10}", "stage", "median µs", "p90 µs", "MB/s");

    let uax = measure(&articles, rounds, |t| t.split_sentence_bounds().count());
    report("UAX #29 sentence bounds (floor)", &uax, bytes);
    let split = measure(&articles, rounds, |t| text::sentences::split(t).len());
    report("sentences::split", &split, bytes);
    let analyze = measure(&articles, rounds, |t| text::analyze(t, lang::english()).sentences.len());
    report("text::analyze (all text stages)", &analyze, bytes);
    let options = Options { sentences: Some(3), ..Options::default() };
    let whole = measure(&articles, rounds, |t| summarize(t, &options).sentences.len());
    report("summarize, 3 sentences", &whole, bytes);
    println!(
        "ratios: split / UAX #29 = {:.2}x the time; summarize / UAX #29 = {:.2}x",
        total(&split) / total(&uax),
        total(&whole) / total(&uax)
    );
}

/// Per-article times: each article timed `rounds` times, the median kept per article.
fn measure(articles: &[String], rounds: usize, f: impl Fn(&str) -> usize) -> Vec<Duration> {
    for a in articles {
        black_box(f(a)); // warm-up
    }
    articles
        .iter()
        .map(|a| {
            let mut runs: Vec<Duration> = (0..rounds)
                .map(|_| {
                    let start = Instant::now();
                    black_box(f(black_box(a)));
                    start.elapsed()
                })
                .collect();
            runs.sort();
            runs[runs.len() / 2]
        })
        .collect()
}

fn total(times: &[Duration]) -> f64 {
    times.iter().map(Duration::as_secs_f64).sum()
}

fn report(name: &str, times: &[Duration], bytes: usize) {
    let mut sorted = times.to_vec();
    sorted.sort();
    let median = sorted[sorted.len() / 2].as_secs_f64() * 1e6;
    let p90 = sorted[sorted.len() * 9 / 10].as_secs_f64() * 1e6;
    let mbps = bytes as f64 / 1e6 / total(times);
    println!("{name:<34} {median:>12.1} {p90:>12.1} {mbps:>10.1}");
}
