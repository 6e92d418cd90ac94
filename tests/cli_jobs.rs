//! `abridge --jsonl --jobs N`: the same output, in input order, and the same first error for any
//! number of threads, across several batches.

mod common;

/// Runs `abridge --jsonl --jobs <jobs>` on `stdin`; gives (exit code, stdout, stderr).
fn jsonl(jobs: &str, stdin: &str) -> (i32, String, String) {
    common::run_cli(&["--jsonl", "--jobs", jobs], stdin)
}

/// `n` records, each a different article (so a record out of place changes the output), with a
/// blank line now and then.
fn records(n: usize) -> Vec<String> {
    let topics = ["school budget", "harbour bridge", "city library", "football stadium", "water plant"];
    (0..n)
        .map(|i| {
            let topic = topics[i % topics.len()];
            let text = format!(
                "Article {i}: the council approved the {topic} on Monday. The {topic} costs {} million. \
                 Residents of ward {} welcomed the {topic}. The mayor said work starts in {} weeks. \
                 Critics said the {topic} was {} years late.",
                i * 7 % 90 + 3,
                i % 13,
                i % 9 + 2,
                i % 5 + 1
            );
            let line = format!(r#"{{"id": {i}, "text": "{text}", "sentences": {}}}"#, i % 3 + 1);
            if i % 17 == 0 {
                format!("\n{line}")
            } else {
                line
            }
        })
        .collect()
}

#[test]
fn every_thread_count_gives_the_same_lines_in_order() {
    let input = records(300).join("\n") + "\n";
    let one = jsonl("1", &input);
    assert_eq!(one.0, 0, "{}", one.2);
    assert_eq!(one.1.lines().count(), 300);
    for (i, line) in one.1.lines().enumerate() {
        assert!(line.starts_with(&format!(r#"{{"id":{i},"#)), "line {i} is {line}");
    }
    for jobs in ["2", "3", "8"] {
        assert_eq!(jsonl(jobs, &input), one, "--jobs {jobs}");
    }
}

#[test]
fn a_bad_record_stops_the_batch_after_the_lines_before_it() {
    let mut lines = records(200);
    lines[150] = r#"{"id": "bad", "text": 5}"#.to_string();
    let input = lines.join("\n") + "\n";
    let one = jsonl("1", &input);
    assert_eq!(one.0, 2);
    assert_eq!(one.1.lines().count(), 150);
    assert!(one.2.contains("\"text\" must be a string"), "{}", one.2);
    for jobs in ["2", "5"] {
        assert_eq!(jsonl(jobs, &input), one, "--jobs {jobs}");
    }
}

#[test]
fn jobs_must_be_a_positive_whole_number() {
    for bad in ["0", "-1", "two", "1.5"] {
        let (code, _, stderr) = jsonl(bad, "");
        assert_eq!(code, 2, "--jobs {bad}");
        assert!(stderr.contains("--jobs needs a positive whole number"), "{stderr}");
    }
}
