//! Languages beyond English: detection, sentence rules of other scripts, words of scripts written
//! without spaces.
//!
//! `detection_on_dev_articles` reads `../shared/data/eval/multilingual-dev.jsonl` (or the file named by
//! `ABRIDGE_MULTILINGUAL`) when it is there and skips otherwise; run it with
//! `cargo test --test languages -- --nocapture` to see the per-language table.

use abridge::lang::{self, detect};
use abridge::text::sentences::split_for;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The languages with stopwords: detection is measured on their dev articles.
const STOPWORD_LANGUAGES: [&str; 21] =
    ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "sv", "da", "fi", "id", "ar", "fa", "hi", "mr", "ja", "zh"];
const DETECTION_BAR: f64 = 0.95;

/// Every text of the dev sets that are here (the four ROUGE sets and the keyphrase set).
fn dev_texts() -> Vec<String> {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let files =
        ["eval/cnndm-dev.jsonl", "eval/bbc-dev.jsonl", "eval/xsum-dev.jsonl", "eval/multilingual-dev.jsonl", "keywords/duc2001-dev.jsonl"];
    let mut texts = Vec::new();
    for file in files {
        let Ok(raw) = std::fs::read_to_string(data.join(file)) else { continue };
        for line in raw.lines().filter(|l| !l.trim().is_empty()) {
            let record: Value = serde_json::from_str(line).expect("a JSON line");
            texts.extend(record["text"].as_str().map(str::to_string));
        }
    }
    texts
}

/// Detection stops reading once its verdict is decided (`detect.rs`: `DECISIVE`): on every dev
/// text it gives what the whole sample gives.
#[test]
fn an_early_verdict_is_the_whole_samples() {
    let texts = dev_texts();
    if texts.is_empty() {
        println!("skipped: no dev data");
        return;
    }
    let differ: Vec<(usize, &str, &str)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (i, detect(t).code, lang::detect_whole_sample(t).code))
        .filter(|(_, early, whole)| early != whole)
        .collect();
    println!("{} texts, {} verdicts differ", texts.len(), differ.len());
    assert!(differ.is_empty(), "early verdicts that differ (text index, early, whole sample): {differ:?}");
}

fn dev_file() -> PathBuf {
    std::env::var_os("ABRIDGE_MULTILINGUAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/eval/multilingual-dev.jsonl"))
}

#[test]
fn detection_on_dev_articles() {
    let path = dev_file();
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("skipped: {} not found", path.display());
        return;
    };
    let mut per: BTreeMap<String, (usize, usize, BTreeMap<&'static str, usize>)> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let record: Value = serde_json::from_str(line).expect("a JSON line");
        let tag = record["language"].as_str().unwrap_or("");
        let code = tag.split(['-', '_']).next().unwrap_or("");
        if !STOPWORD_LANGUAGES.contains(&code) {
            continue;
        }
        let text = record["text"].as_str().unwrap_or("");
        let got = detect(text).code;
        let entry = per.entry(code.to_string()).or_default();
        entry.1 += 1;
        if got == code {
            entry.0 += 1;
        } else {
            *entry.2.entry(got).or_default() += 1;
        }
    }
    let (right, total) = per.values().fold((0, 0), |(r, t), v| (r + v.0, t + v.1));
    println!("language detection on {} (text only, no language field):", path.display());
    for (code, (ok, n, wrong)) in &per {
        println!("  {code:<3} {ok:>3}/{n:<3} {}", if wrong.is_empty() { String::new() } else { format!("mistaken for {wrong:?}") });
    }
    let accuracy = right as f64 / total.max(1) as f64;
    println!("  all {right}/{total} = {:.1} %", 100.0 * accuracy);
    assert!(total > 0, "no articles of the 21 languages in {}", path.display());
    assert!(accuracy >= DETECTION_BAR, "detection {:.1} % is under the bar of {:.0} %", 100.0 * accuracy, 100.0 * DETECTION_BAR);
}

fn split<'a>(text: &'a str, code: &str) -> Vec<&'a str> {
    let language = lang::by_code(code).unwrap_or_else(|| panic!("no language {code}"));
    split_for(text, language).into_iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn abbreviations_and_ordinals() {
    assert_eq!(
        split("Das gilt z. B. für Berlin, Hamburg usw. Die Stadt wächst.", "de"),
        ["Das gilt z. B. für Berlin, Hamburg usw.", "Die Stadt wächst."]
    );
    assert_eq!(
        split("Die Wahl findet am 3. Oktober statt. Er ist 30. Das ist alles.", "de"),
        ["Die Wahl findet am 3. Oktober statt.", "Er ist 30.", "Das ist alles."]
    );
    assert_eq!(
        split("В 2010 г. Виктор посетил Москву, т. е. столицу. Потом уехал.", "ru"),
        ["В 2010 г. Виктор посетил Москву, т. е. столицу.", "Потом уехал."]
    );
    assert_eq!(split("De holdt Skt. Hans i byen. Det var sjovt.", "da"), ["De holdt Skt. Hans i byen.", "Det var sjovt."]);
    assert_eq!(split("Sono l'Ing. Mengozzi. È presente l'Avv. Cassioni?", "it"), ["Sono l'Ing. Mengozzi.", "È presente l'Avv. Cassioni?"]);
    assert_eq!(split("Ide o príslušníkov XII. Pluku. Bolo to 7. Apríla.", "sk"), ["Ide o príslušníkov XII. Pluku.", "Bolo to 7. Apríla."]);
}

#[test]
fn terminators_of_other_scripts() {
    // Armenian full stop written as a colon (and as U+0589), Greek question mark as a semicolon.
    assert_eq!(split("Այսօր երկուշաբթի է: Ես գնում եմ աշխատանքի։ Վաղը", "hy"), ["Այսօր երկուշաբթի է:", "Ես գնում եմ աշխատանքի։", "Վաղը"]);
    assert_eq!(
        split("Πού είναι οι τουαλέτες; Τις Κυριακές δε δούλευε κανένας.", "el"),
        ["Πού είναι οι τουαλέτες;", "Τις Κυριακές δε δούλευε κανένας."]
    );
    // Arabic and Urdu question marks and full stop, Devanagari danda.
    assert_eq!(split("ماذا حدث؟ طرح الكثير من التساؤلات.", "ar"), ["ماذا حدث؟", "طرح الكثير من التساؤلات."]);
    assert_eq!(split("یہ ایک جملہ ہے۔ یہ دوسرا ہے؟ ہاں", "und"), ["یہ ایک جملہ ہے۔", "یہ دوسرا ہے؟", "ہاں"]);
    assert_eq!(split("यह पहला वाक्य है। यह दूसरा है।", "hi"), ["यह पहला वाक्य है।", "यह दूसरा है।"]);
    // CJK terminators without a following space; a quotation stays whole.
    assert_eq!(
        split("英保守党党首選の立候補者が確定した。次期党首は首相となる！本当？", "ja"),
        ["英保守党党首選の立候補者が確定した。", "次期党首は首相となる！", "本当？"]
    );
    assert_eq!(split("我们明天一起去看《摔跤吧！爸爸》好吗？好！", "zh"), ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]);
    assert_eq!(split("彼は「よくわからない。奇跡だ」と述べた。「次」は", "ja"), ["彼は「よくわからない。奇跡だ」と述べた。", "「次」は"]);
    // A space between words of scripts written without spaces ends a caption or a sentence.
    assert_eq!(split("仕切りが置かれている サウジアラビアの飲食店では", "ja"), ["仕切りが置かれている", "サウジアラビアの飲食店では"]);
}

#[test]
fn thai_periods_abbreviate() {
    let parts = split("ลุงตู่ พล.อ.ประยุทธ์ จันทร์โอชา ได้นั่งเก้าอี้นายกรัฐมนตรี", "th");
    assert!(parts.iter().all(|p| !p.ends_with('.')), "{parts:?}");
}

#[test]
fn quotations_are_not_split() {
    assert_eq!(
        split("„Prieskumy beriem na ľahkú váhu. V podstate ma to nezaujíma,“ reagoval Matovič. Potom odišiel.", "sk"),
        ["„Prieskumy beriem na ľahkú váhu. V podstate ma to nezaujíma,“ reagoval Matovič.", "Potom odišiel."]
    );
    assert_eq!(
        split("«Мы победим. Это точно», — сказал он. Все согласились.", "ru"),
        ["«Мы победим. Это точно», — сказал он.", "Все согласились."]
    );
}

/// The most frequent function words of a language are stopwords: none is a key term by itself or
/// starts or ends a key phrase (Ukrainian's stopwords-iso list lacked "у", "в", "на", "не").
#[test]
fn function_words_are_no_key_terms() {
    let ukrainian = "У Києві на вулиці знайшли скарб. Скарб знайшли у дворі будинку, і його не \
        чекали. На думку поліції, скарб у будинку сховали в минулому столітті. Поліція каже, що \
        скарб не буде проданий, і його передадуть до музею у Києві.";
    let options = abridge::Options { language: Some("uk".into()), keywords: Some(8), ..Default::default() };
    let chips = abridge::summarize(ukrainian, &options).keywords;
    assert!(chips.iter().any(|c| c.to_lowercase().contains("скарб")), "{chips:?}");
    let stopwords = ["у", "в", "на", "не", "і", "його"];
    for chip in &chips {
        let words: Vec<String> = chip.split_whitespace().map(str::to_lowercase).collect();
        for edge in [words.first(), words.last()].into_iter().flatten() {
            assert!(!stopwords.contains(&edge.as_str()), "{chip} in {chips:?}");
        }
    }
}
