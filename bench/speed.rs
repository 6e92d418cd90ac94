//! Native speed: sentence splitting and whole summaries over the dev articles, beside plain
//! UAX #29 sentence segmentation on the same text (the floor we can approach), and how the time
//! grows with the length of the text.
//!
//! cargo run --release --features cli --example speed -- [PATH/cnndm-dev.jsonl] [--rounds N]
//!     [--only uax|split|analyze|summarize|scaling|once|load] [--no-scaling] [--scale N]
//!
//! `--only` runs one stage (for profiling: `valgrind --tool=callgrind target/release/examples/speed
//! --rounds 1 --only summarize`); `--scale N` summarizes one text N× a typical article once and
//! exits (for profiling how time grows). `--only once` summarizes every article exactly once,
//! untimed, and `--only load` only reads them: under callgrind, the difference of the two counts
//! divided by the bytes is the instructions per byte that bench/speed.sh prints.

use abridge::{lang, summarize, text, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || !matches!(args[i - 1].as_str(), "--rounds" | "--only" | "--scale")))
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| "../shared/data/eval/cnndm-dev.jsonl".to_string());
    let rounds: usize = value("--rounds").and_then(|r| r.parse().ok()).unwrap_or(20).max(1);
    let only = value("--only");
    let run = |stage: &str| only.as_deref().map_or(true, |o| o == stage);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let articles: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSONL")["text"].as_str().unwrap_or("").to_string())
        .collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    println!("{} articles, {:.2} MB, {} rounds, from {}", articles.len(), bytes as f64 / 1e6, rounds, path);
    println!("{:<34} {:>12} {:>12} {:>10}", "stage", "median µs", "p90 µs", "MB/s");

    let options = Options { sentences: Some(3), ..Options::default() };
    match only.as_deref() {
        Some("load") => return,
        Some("once") => {
            let chosen: usize = articles.iter().map(|a| summarize(black_box(a), &options).sentences.len()).sum();
            println!("summarized once: {bytes} bytes, {chosen} sentences chosen");
            return;
        }
        _ => {}
    }
    if let Some(factor) = value("--scale").and_then(|f| f.parse::<usize>().ok()) {
        let text = concatenated(&articles, typical(&articles).len() * factor);
        let start = Instant::now();
        let chosen = summarize(&text, &options).sentences.len();
        println!("{factor}× ({} bytes): {:.3} ms, {chosen} sentences", text.len(), start.elapsed().as_secs_f64() * 1e3);
        return;
    }
    let mut totals = Vec::new();
    if run("uax") {
        let t = measure(&articles, rounds, |t| t.split_sentence_bounds().count());
        report("UAX #29 sentence bounds (floor)", &t, bytes);
        totals.push(("UAX #29", total(&t)));
    }
    if run("split") {
        let t = measure(&articles, rounds, |t| text::sentences::split(t).len());
        report("sentences::split", &t, bytes);
        totals.push(("split", total(&t)));
    }
    if run("analyze") {
        let t = measure(&articles, rounds, |t| text::analyze(t, Some(lang::english()), None).sentences.len());
        report("text::analyze (all text stages)", &t, bytes);
        totals.push(("analyze", total(&t)));
    }
    if run("summarize") {
        let t = measure(&articles, rounds, |t| summarize(t, &options).sentences.len());
        report("summarize, 3 sentences", &t, bytes);
        totals.push(("summarize", total(&t)));
    }
    if let Some(&(_, floor)) = totals.iter().find(|(n, _)| *n == "UAX #29") {
        let ratios: Vec<String> = totals.iter().skip(1).map(|(n, t)| format!("{n} = {:.2}x", t / floor)).collect();
        if !ratios.is_empty() {
            println!("time relative to UAX #29 alone: {}", ratios.join(", "));
        }
    }

    if !args.iter().any(|a| a == "--no-scaling") && only.as_deref().map_or(true, |o| o == "scaling") {
        scaling(&articles, &options);
    }
}

/// Summaries of texts 1×, 10×, 100× and 1000× a typical (median-length) article, made by
/// concatenating dev articles: the time should grow linearly.
fn scaling(articles: &[String], options: &Options) {
    let base = typical(articles);
    let typical = base.len();
    println!("\nscaling (summarize, 3 sentences; typical article {typical} bytes)");
    println!("{:>6} {:>12} {:>12} {:>10} {:>16}", "×", "bytes", "ms", "MB/s", "time / time(1×)");
    let mut first = None;
    for factor in [1usize, 10, 100, 1000] {
        let text = if factor == 1 { base.clone() } else { concatenated(articles, typical * factor) };
        let reps = (2000 / factor).max(3);
        let mut runs: Vec<Duration> = (0..reps)
            .map(|_| {
                let start = Instant::now();
                black_box(summarize(black_box(&text), options));
                start.elapsed()
            })
            .collect();
        runs.sort();
        let t = runs[runs.len() / 2].as_secs_f64();
        let base_t = *first.get_or_insert(t);
        println!("{factor:>6} {:>12} {:>12.3} {:>10.1} {:>16.1}", text.len(), t * 1e3, text.len() as f64 / 1e6 / t, t / base_t);
    }
}

/// The median-length article.
fn typical(articles: &[String]) -> &String {
    let mut sorted: Vec<&String> = articles.iter().collect();
    sorted.sort_by_key(|a| a.len());
    sorted[sorted.len() / 2]
}

/// Dev articles joined by blank lines until the text is `len` bytes long (cut on a char boundary).
pub fn concatenated(articles: &[String], len: usize) -> String {
    let mut text = String::with_capacity(len + 4096);
    for a in articles.iter().cycle() {
        if text.len() >= len {
            break;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(a);
    }
    let mut cut = len.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
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
