//! Hostile input classes through the Rust API (the JavaScript side: tests/js/hostile.test.mjs).
//!
//! Each class gets a summary — possibly empty — never a panic, within a time and a heap bound
//! asserted per call. The bounds are loose on purpose (about 10 times what a loaded 2-core machine
//! measures, so they do not flake) and hold for release builds; debug builds get 20 times the
//! time. The heavy classes (1 MB sentence, 10 MB text, a million sentences) are too slow in a debug
//! build and run with `cargo test --release --test hostile`; in debug builds they are ignored.
//!
//! | class                         | time per call (release) | peak heap          |
//! |-------------------------------|-------------------------|--------------------|
//! | light classes (≤ 500 KB each) | 2 s                     | 40 × text + 8 MB   |
//! | one 1 MB sentence             | 3 s                     | 20 × text + 8 MB   |
//! | 10 MB of text                 | 20 s                    | 20 × text + 8 MB   |
//! | a million one-word sentences  | 40 s (all chosen)       | 40 × text + 8 MB   |
//!
//! Heap: a counting global allocator tracks, per thread, the most bytes live at once during a
//! call beyond what was live before it.

use abridge::{summarize, Options, Summary};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

// ---- a per-thread peak-heap counter ------------------------------------------------------------

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    // try_with: allocations during thread teardown must not touch a destroyed thread-local.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        track(layout.size() as isize);
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        track(layout.size() as isize);
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        track(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        track(new_size as isize - layout.size() as isize);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f`, returning its result, the time it took and the peak heap (bytes) it added.
fn measure<T>(f: impl FnOnce() -> T) -> (T, Duration, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    let peak = PEAK.with(Cell::get) - base;
    (out, took, peak.max(0) as usize)
}

// ---- checks ------------------------------------------------------------------------------------

const MB: usize = 1 << 20;

/// A time and heap bound for one call: `seconds` (release build) and `heap_per_byte` × input
/// bytes + 8 MB.
#[derive(Clone, Copy)]
struct Bound {
    seconds: f64,
    heap_per_byte: usize,
}

const LIGHT: Bound = Bound { seconds: 2.0, heap_per_byte: 40 };

fn time_limit(bound: Bound) -> Duration {
    let factor = if cfg!(debug_assertions) { 20.0 } else { 1.0 };
    Duration::from_secs_f64(bound.seconds * factor)
}

/// The options every class is tried with: the default budget and one of each kind, an unknown
/// language code and a caller's title.
fn option_sets(text: &str) -> Vec<Options> {
    let title: String = text.chars().take(80).collect();
    vec![
        Options::default(),
        Options { sentences: Some(1), ..Options::default() },
        Options { ratio: Some(0.1), ..Options::default() },
        Options { max_words: Some(50), ..Options::default() },
        Options { language: Some("xx".into()), title: Some(title), ..Options::default() },
    ]
}

/// Summarizes `text` with each of `options` inside `bound`, checks the summary's invariants and
/// returns the summary made with the default options.
fn check_with(name: &str, text: &str, options: &[Options], bound: Bound) -> Summary {
    let mut first = None;
    for o in options {
        let (summary, took, heap) = measure(|| summarize(text, o));
        let heap_limit = bound.heap_per_byte * text.len() + 8 * MB;
        eprintln!(
            "{name}: {} bytes, {:?}: {} of {} sentences in {:.1} ms, peak heap {:.1} MB",
            text.len(),
            (o.sentences, o.ratio, o.max_words, o.language.as_deref()),
            summary.sentences.len(),
            summary.stats.sentences_total,
            took.as_secs_f64() * 1e3,
            heap as f64 / MB as f64
        );
        assert!(took <= time_limit(bound), "{name}: took {took:?}, more than {:?}", time_limit(bound));
        assert!(heap <= heap_limit, "{name}: peak heap {heap} bytes, more than {heap_limit}");
        check_summary(name, text, o, &summary);
        first.get_or_insert(summary);
    }
    first.expect("at least one option set")
}

fn check(name: &str, text: &str, bound: Bound) -> Summary {
    check_with(name, text, &option_sets(text), bound)
}

/// The invariants of any summary: counts agree, the budget holds, sentences in document order,
/// spans slice back in bytes and in UTF-16, scores finite.
fn check_summary(name: &str, text: &str, options: &Options, s: &Summary) {
    let total = s.stats.sentences_total;
    assert_eq!(s.scores.len(), total, "{name}");
    assert_eq!(s.stats.sentences_chosen, s.sentences.len(), "{name}");
    assert!(s.stats.words_chosen <= s.stats.words_total, "{name}");
    assert!(s.scores.iter().all(|x| x.is_finite()), "{name}: scores");
    match (options.sentences, options.ratio, options.max_words) {
        (Some(n), _, _) => assert!(s.sentences.len() <= n, "{name}"),
        (None, Some(r), _) => assert!(s.sentences.len() <= ((total as f64 * r).ceil() as usize).max(1), "{name}"),
        (None, None, Some(w)) => assert!(s.stats.words_chosen <= w, "{name}"),
        _ => assert!(s.sentences.len() <= abridge::DEFAULT_SENTENCES, "{name}"),
    }
    let mut utf16 = abridge::text::utf16::Converter::new(text);
    for (i, x) in s.sentences.iter().enumerate() {
        if i > 0 {
            assert!(s.sentences[i - 1].index < x.index, "{name}: document order");
            assert!(s.sentences[i - 1].span.end <= x.span.start, "{name}: overlap");
        }
        assert!(x.index < total && x.score == s.scores[x.index], "{name}");
        assert!(x.span.start < x.span.end && x.span.end <= text.len(), "{name}: span {:?}", x.span);
        assert_eq!(&text[x.span.start..x.span.end], x.text, "{name}: span {:?}", x.span);
        assert!(!x.text.trim().is_empty(), "{name}: blank sentence");
        let u = abridge::Span::new(utf16.to_utf16(x.span.start), utf16.to_utf16(x.span.end));
        assert_eq!(u, x.utf16, "{name}: UTF-16 span of {:?}", x.span);
    }
    if let Some(t) = &options.title {
        assert_eq!(s.title.as_ref(), Some(t), "{name}");
    }
}

// ---- generators (deterministic) ----------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "tan", "vi", "so", "rel", "du", "pa", "ness", "tor", "am", "bri", "qua", "zen", "ol", "fi", "gar", "hul", "in",
    "jo", "ser", "ex", "ward", "ly", "ton", "cha", "rin", "mo", "port",
];

/// A pseudo-word; `rank` picks it from a vocabulary of a few thousand.
fn word(rng: &mut Rng) -> String {
    // Zipf-like: small ranks are much more frequent.
    let rank = rng.below(64).pow(2) + rng.below(8);
    let mut w = String::new();
    let mut r = rank + 1;
    while r > 0 {
        w.push_str(SYLLABLES[r % SYLLABLES.len()]);
        r /= SYLLABLES.len();
    }
    w
}

fn capitalized(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// News-like prose of at least `bytes` bytes: sentences of 6 to 30 words, paragraphs of 1 to 5.
fn prose(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut out = String::with_capacity(bytes + 512);
    while out.len() < bytes {
        for _ in 0..1 + rng.below(5) {
            let n = 6 + rng.below(25);
            for i in 0..n {
                let w = word(&mut rng);
                out.push_str(&if i == 0 { capitalized(&w) } else { w });
                out.push(if i + 1 == n { ['.', '.', '.', '?', '!'][rng.below(5)] } else { ' ' });
            }
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    out
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

// ---- the classes -------------------------------------------------------------------------------

#[test]
fn empty() {
    let s = check("empty", "", LIGHT);
    assert!(s.sentences.is_empty() && s.stats.sentences_total == 0 && s.keywords.is_empty());
}

#[test]
fn whitespace_only() {
    for (name, unit) in [
        ("spaces", " "),
        ("newlines", "\n"),
        ("mixed", " \t\n\r\n\u{0B}\u{0C}\u{85}\u{A0}\u{2003}\u{3000}\u{2028}\u{2029}\u{200B}\u{FEFF}\u{180E}"),
    ] {
        let text = repeat_to(unit, 100_000);
        let s = check(&format!("whitespace {name}"), &text, LIGHT);
        assert!(s.sentences.is_empty(), "{name}: {:?}", s.sentences.first().map(|x| &x.text));
    }
}

#[test]
fn one_word() {
    for text in ["Hello", "Hello.", "  Hello  ", "Здравствуйте", "你好", "😀", "a"] {
        let s = check(&format!("one word {text:?}"), text, LIGHT);
        assert_eq!(s.sentences.len(), 1, "a one-word text is its own summary: {text:?}");
        assert_eq!(s.sentences[0].text, text.trim());
    }
    // One very long word.
    check("one 1 MB word", &"a".repeat(MB), Bound { seconds: 2.0, heap_per_byte: 20 });
}

#[test]
#[cfg_attr(debug_assertions, ignore = "heavy: cargo test --release --test hostile")]
fn one_megabyte_sentence_without_punctuation() {
    let mut rng = Rng(7);
    let mut text = String::new();
    while text.len() < MB {
        text.push_str(&word(&mut rng));
        text.push(' ');
    }
    let s = check("1 MB sentence", text.trim_end(), Bound { seconds: 3.0, heap_per_byte: 20 });
    assert_eq!(s.stats.sentences_total, 1);
    assert_eq!(s.sentences.len(), 1, "the only sentence is the summary");
}

#[test]
#[cfg_attr(debug_assertions, ignore = "heavy: cargo test --release --test hostile")]
fn ten_megabytes_of_text() {
    let text = prose(10 * MB, 11);
    let options = [Options::default(), Options { ratio: Some(0.5), ..Options::default() }];
    let s = check_with("10 MB", &text, &options, Bound { seconds: 20.0, heap_per_byte: 20 });
    assert_eq!(s.sentences.len(), 3);
    assert!(s.stats.sentences_total > 50_000, "{}", s.stats.sentences_total);
}

#[test]
#[cfg_attr(debug_assertions, ignore = "heavy: cargo test --release --test hostile")]
fn a_million_one_word_sentences() {
    let mut rng = Rng(3);
    let mut text = String::with_capacity(8 * MB);
    for _ in 0..1_000_000 {
        text.push_str(&capitalized(&word(&mut rng)));
        text.push_str(". ");
    }
    let options = [Options::default(), Options { ratio: Some(1.0), ..Options::default() }];
    let s = check_with("1M sentences", &text, &options, Bound { seconds: 40.0, heap_per_byte: 40 });
    assert_eq!(s.sentences.len(), 3);
    assert!(s.stats.sentences_total > 900_000, "{}", s.stats.sentences_total);
}

#[test]
fn binary_bytes_decoded_as_text() {
    let mut rng = Rng(5);
    for (name, bytes) in [
        ("random", (0..256 * 1024).map(|_| rng.next() as u8).collect::<Vec<u8>>()),
        ("ascii controls", (0..256 * 1024).map(|i| (i % 32) as u8).collect()),
        ("invalid utf-8", [0xC0u8, 0xFF, 0xE2, 0x82, 0xF0, 0x9F, 0x98, b'.', b' '].repeat(30_000)),
    ] {
        let text = String::from_utf8_lossy(&bytes);
        check(&format!("binary {name}"), &text, LIGHT);
    }
}

#[test]
fn lone_surrogates_decoded_as_javascript_strings_are() {
    // wasm-bindgen turns a JavaScript string into UTF-8 as String::from_utf16_lossy does: each lone
    // surrogate becomes U+FFFD.
    let base: Vec<u16> = prose(100_000, 13).encode_utf16().collect();
    let mut units = Vec::with_capacity(base.len() * 2);
    for (i, &u) in base.iter().enumerate() {
        units.push(u);
        if i % 7 == 0 {
            units.push(if i % 14 == 0 { 0xD800 + (i % 1024) as u16 } else { 0xDC00 + (i % 1024) as u16 });
        }
    }
    let text = String::from_utf16_lossy(&units);
    assert!(text.contains('\u{FFFD}'));
    let s = check("lone surrogates", &text, LIGHT);
    assert_eq!(s.sentences.len(), 3);
    let only: Vec<u16> = (0..50_000).map(|i| 0xD800 + (i % 2048) as u16).collect();
    check("only lone surrogates", &String::from_utf16_lossy(&only), LIGHT);
}

#[test]
fn only_stopwords() {
    for language in abridge::lang::LANGUAGES.iter().filter(|l| !l.stopwords.is_empty()) {
        let words: Vec<&str> = language.stopwords.iter().collect();
        let mut rng = Rng(17);
        let mut text = String::new();
        while text.len() < 50_000 {
            let n = 4 + rng.below(12);
            let sentence: Vec<&str> = (0..n).map(|_| words[rng.below(words.len())]).collect();
            text.push_str(&capitalized(&sentence.join(" ")));
            text.push_str(". ");
        }
        let s = check(&format!("stopwords {}", language.code), &text, LIGHT);
        assert!(s.stats.sentences_total > 50, "{}", language.code);
        assert_eq!(s.sentences.len(), 3, "{}: a summary, though nothing in it is content", language.code);
    }
}

#[test]
fn only_numbers() {
    let mut rng = Rng(19);
    let forms = ["1", "42", "3.14", "1,000", "-7", "+0.5", "1e9", "2024", "٣", "३", "½", "Ⅻ", "10%", "$5", "1/2", "12:30"];
    let mut text = String::new();
    while text.len() < 100_000 {
        let n = 1 + rng.below(10);
        let sentence: Vec<&str> = (0..n).map(|_| forms[rng.below(forms.len())]).collect();
        text.push_str(&sentence.join(" "));
        text.push_str([". ", "! ", "? ", ".\n\n", " "][rng.below(5)]);
    }
    check("only numbers", &text, LIGHT);
    check("digits", &"1234567890".repeat(10_000), LIGHT);
    check("numbered periods", &"1. 2. 3. ".repeat(10_000), LIGHT);
}

#[test]
fn only_emoji() {
    let emoji = ["😀", "👩‍👩‍👧‍👦", "🇺🇦", "🧑🏽‍🚀", "❤️", "👍🏿", "🏳️‍🌈", "#️⃣", "🫠", "🐈‍⬛"];
    let mut rng = Rng(23);
    let mut spaced = String::new();
    while spaced.len() < 100_000 {
        spaced.push_str(emoji[rng.below(emoji.len())]);
        spaced.push_str([" ", " ", "", ". ", "\n\n", "! "][rng.below(6)]);
    }
    check("emoji", &spaced, LIGHT);
    check("emoji, no spaces", &"😀🇺🇦👩‍👩‍👧‍👦".repeat(5_000), LIGHT);
    check("one emoji cluster of 10,000 ZWJ", &"👩\u{200D}".repeat(10_000), LIGHT);
}

#[test]
fn mixed_scripts() {
    let pieces = [
        "The minister said",
        "Министр заявил",
        "وقال الوزير",
        "השר אמר",
        "मंत्री ने कहा",
        "大臣は述べた",
        "部长表示",
        "รัฐมนตรีกล่าว",
        "장관은 말했다",
        "Ο υπουργός είπε",
        "Նախարարը ասաց",
        "le ministre a dit",
        "𝐁𝐨𝐥𝐝",
        "Zalgo t̶̛͜ext",
    ];
    let mut rng = Rng(29);
    let mut text = String::new();
    while text.len() < 200_000 {
        let n = 1 + rng.below(4);
        let sentence: Vec<&str> = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
        text.push_str(&sentence.join(" "));
        text.push_str([". ", "。", "؟ ", "। ", "! ", ".\n\n"][rng.below(6)]);
    }
    let s = check("mixed scripts", &text, LIGHT);
    assert_eq!(s.sentences.len(), 3);
    // Scripts mixed inside words.
    check("mixed in words", &"aБвγدהक中ｶ한ไ. ".repeat(10_000), LIGHT);
}

#[test]
fn bidi_control_characters() {
    let controls = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}",
        "\u{061C}",
    ];
    let base = prose(100_000, 31);
    let mut rng = Rng(37);
    let mut text = String::with_capacity(base.len() * 2);
    for c in base.chars() {
        text.push(c);
        if rng.below(3) == 0 {
            text.push_str(controls[rng.below(controls.len())]);
        }
    }
    let s = check("bidi interleaved", &text, LIGHT);
    assert_eq!(s.sentences.len(), 3);
    // A sentence starting with an override reads back with it; none is lost or split.
    check("bidi only", &controls.concat().repeat(5_000), LIGHT);
    check("overrides unclosed", &"\u{202E}Reversed text here. ".repeat(5_000), LIGHT);
}

#[test]
fn nul_characters() {
    let base = prose(100_000, 41);
    let text: String = base.chars().flat_map(|c| [c, '\0']).collect();
    let s = check("NUL interleaved", &text, LIGHT);
    assert!(s.stats.sentences_total > 0);
    check("only NUL", &"\0".repeat(100_000), LIGHT);
    check("NUL-separated sentences", &"First one.\0Second one.\0\0Third one.\0".repeat(3_000), LIGHT);
}

#[test]
fn deeply_nested_quotes_and_brackets() {
    let depth = 50_000;
    let mut cases: Vec<(String, String)> = Vec::new();
    for (open, close) in
        [("(", ")"), ("[", "]"), ("{", "}"), ("\"", "\""), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("「", "」"), ("（", "）")]
    {
        let nested = format!("{}The word. Another word.{}", open.repeat(depth), close.repeat(depth));
        cases.push((format!("nested {open}{close}"), nested));
        cases.push((format!("unclosed {open}"), format!("{open}Word here. ").repeat(depth / 4)));
        cases.push((format!("unopened {close}"), format!("Word here.{close} ").repeat(depth / 4)));
    }
    let mut mixed = String::new();
    for i in 0..depth {
        mixed.push_str(["(", "[", "“", "‘", "«", "\"", "'"][i % 7]);
        mixed.push_str(if i % 100 == 0 { "Said he. " } else { "" });
    }
    cases.push(("mixed nesting".into(), mixed));
    cases.push(("alternating quotes".into(), "\"'\"'“‘”’«»".repeat(20_000)));
    for (name, text) in &cases {
        check_with(name, text, &option_sets(text)[..2], LIGHT);
    }
}
