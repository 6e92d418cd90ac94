//! The native CLI, run as a binary: its flags and `--jsonl` records go through the core's option
//! rules (`src/options/`), so a bad budget gets the JavaScript API's verdict and message, with the
//! option spelled as the flag (`--max-words`) or the record's key (`"maxWords"`).

mod common;

use common::run_cli as run;

const ARTICLE: &str = "The city council approved the school budget on Monday. The school budget adds \
    money for teachers. Parents welcomed the council decision on the budget. The mayor said more \
    school money would follow next year. Teachers asked the council for smaller classes.";

const COMBINED: &str = "cannot be combined: set at most one of --sentences, --ratio and --max-words";

/// The bar's table, CLI-flags column: [case, flags, message]. Every one exits with 2.
const BAD_FLAGS: &[(&str, &[&str], &str)] = &[
    (
        "two budgets",
        &["--sentences", "3", "--ratio", "0.5"],
        "--sentences and --ratio cannot be combined: set at most one of --sentences, --ratio and --max-words",
    ),
    ("three budgets", &["--max-words", "9", "-n", "1", "--ratio", "1"], ""),
    ("sentences 0", &["--sentences", "0"], "--sentences must be a positive integer"),
    ("sentences negative", &["--sentences", "-2"], "--sentences must be a positive integer"),
    ("sentences fraction", &["--sentences", "1.5"], "--sentences must be a positive integer"),
    ("max-words 0", &["--max-words", "0"], "--max-words must be a positive integer"),
    ("max-words negative", &["--max-words", "-80"], "--max-words must be a positive integer"),
    ("ratio 0", &["--ratio", "0"], "--ratio must be a number in (0, 1]"),
    ("ratio negative", &["--ratio", "-0.5"], "--ratio must be a number in (0, 1]"),
    ("ratio above 1", &["--ratio", "1.5"], "--ratio must be a number in (0, 1]"),
    ("ratio NaN", &["--ratio", "NaN"], "--ratio must be a number, not \"NaN\""),
    ("sentences not a number", &["--sentences", "three"], "--sentences must be a number, not \"three\""),
    ("ratio not a number", &["--ratio", "half"], "--ratio must be a number, not \"half\""),
    ("keywords negative", &["--keywords", "-1"], "--keywords must be a non-negative integer"),
];

#[test]
fn bad_flags_are_refused_with_the_core_message() {
    for (case, flags, message) in BAD_FLAGS {
        let (code, stdout, stderr) = run(flags, ARTICLE);
        assert_eq!(code, 2, "{case}: {stderr}");
        assert!(stdout.is_empty(), "{case}: nothing is written");
        let expected = if message.is_empty() {
            format!("abridge: --sentences, --ratio and --max-words {COMBINED}\n")
        } else {
            format!("abridge: {message}\n")
        };
        assert_eq!(stderr, expected, "{case}");
    }
}

#[test]
fn each_budget_alone_is_accepted() {
    for flags in [&["--sentences", "2"][..], &["-n", "2"], &["--ratio", "0.4"], &["--ratio", "40%"], &["--max-words", "19"]] {
        let (code, stdout, stderr) = run(flags, ARTICLE);
        assert_eq!(code, 0, "{flags:?}: {stderr}");
        assert_eq!(stdout.lines().count(), 2, "{flags:?}: {stdout}");
    }
    let (_, stdout, _) = run(&[], ARTICLE);
    assert_eq!(stdout.lines().count(), abridge::DEFAULT_SENTENCES);
}

/// The bar's table, `--jsonl` column: [case, the record's options, message]. The batch stops with 2.
const BAD_RECORDS: &[(&str, &str, &str)] = &[
    (
        "two budgets",
        r#""sentences": 3, "ratio": 0.5"#,
        "\"sentences\" and \"ratio\" cannot be combined: set at most one of sentences, ratio and maxWords",
    ),
    ("sentences 0", r#""sentences": 0"#, "\"sentences\" must be a positive integer"),
    ("sentences negative", r#""sentences": -2"#, "\"sentences\" must be a positive integer"),
    ("maxWords 0", r#""maxWords": 0"#, "\"maxWords\" must be a positive integer"),
    ("ratio 0", r#""ratio": 0"#, "\"ratio\" must be a number in (0, 1]"),
    ("ratio above 1", r#""ratio": 1.5"#, "\"ratio\" must be a number in (0, 1]"),
    ("sentences not a number", r#""sentences": "three""#, "\"sentences\" must be a number, not string"),
    ("ratio boolean", r#""ratio": true"#, "\"ratio\" must be a number, not boolean"),
    ("keywords fraction", r#""keywords": 2.5"#, "\"keywords\" must be a non-negative integer"),
    ("title number", r#""title": 7"#, "\"title\" must be a string, not number"),
];

#[test]
fn bad_records_stop_the_batch_with_the_core_message() {
    for (case, fields, message) in BAD_RECORDS {
        let good = format!("{{\"id\": 1, \"text\": {}}}", serde_json::Value::from(ARTICLE));
        let bad = format!("{{\"id\": 2, \"text\": \"One. Two.\", {fields}}}");
        let (code, stdout, stderr) = run(&["--jsonl"], &format!("{good}\n{bad}\n"));
        assert_eq!(code, 2, "{case}: {stderr}");
        assert_eq!(stderr, format!("abridge: line 2: {message}\n"), "{case}");
        assert_eq!(stdout.lines().count(), 1, "{case}: the records before it are written");
    }
}

#[test]
fn records_carry_keywords_and_their_budget_replaces_the_flags() {
    let input = format!(
        "{{\"id\": \"a\", \"text\": {t}}}\n{{\"id\": \"b\", \"text\": {t}, \"ratio\": 0.2, \"keywords\": 2}}\n{{\"id\": \"c\", \"text\": {t}, \"sentences\": null, \"keywords\": 0}}\n",
        t = serde_json::Value::from(ARTICLE)
    );
    let (code, stdout, stderr) = run(&["--jsonl", "--sentences", "2", "--keywords", "3"], &input);
    assert_eq!(code, 0, "{stderr}");
    let records: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let count = |i: usize, key: &str| records[i][key].as_array().map(Vec::len);
    assert_eq!((count(0, "sentences"), count(0, "keywords")), (Some(2), Some(3)), "the flags");
    assert_eq!((count(1, "sentences"), count(1, "keywords")), (Some(1), Some(2)), "the record's ratio replaces --sentences");
    assert_eq!((count(2, "sentences"), count(2, "keywords")), (Some(2), Some(0)), "null means not set");
    let native = abridge::summarize(ARTICLE, &abridge::Options { sentences: Some(2), keywords: Some(3), ..Default::default() });
    assert_eq!(records[0]["keywords"], serde_json::json!(native.keywords));
}

#[test]
fn json_output_has_the_asked_number_of_keywords() {
    let (code, stdout, _) = run(&["--json", "--keywords", "1"], ARTICLE);
    assert_eq!(code, 0);
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["keywords"].as_array().map(Vec::len), Some(1));
}

#[test]
fn split_and_analyze_go_through_the_same_entry_point() {
    let (_, stdout, _) = run(&["split", "--json"], ARTICLE);
    let split: Vec<String> = serde_json::from_str(&stdout).unwrap();
    let doc = abridge::analyze(ARTICLE, None);
    let expected: Vec<&str> = doc.sentences.iter().map(|s| doc.text_of(s.span)).collect();
    assert_eq!(split, expected);
}

/// `abridge … | head`: a reader that stops reading is no error; the CLI ends quietly (no panic
/// message about a broken pipe, exit 0), for the summary and for `--help` alike.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    let text = ARTICLE.repeat(2000);
    for args in [&["--sentences", "500"][..], &["--help"][..]] {
        let mut child = common::spawn_cli(args);
        drop(child.stdout.take()); // the reader is gone before anything is written
        let _ = std::io::Write::write_all(&mut child.stdin.take().unwrap(), text.as_bytes());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
