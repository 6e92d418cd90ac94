//! The native command line: split an article into sentences, summarize it, or summarize JSONL
//! batches.

use abridge::brief::{Kind, Length};
use abridge::{Key, Options, Spelling, Value as OptionValue};
use serde_json::{json, Value};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  abridge [--sentences N | --ratio R | --max-words W] [--keywords K] [--language L] [--title T]
          [--json] [FILE|-]
      at most one of --sentences (default 3), --ratio (in (0, 1], or a percentage: 20%) and
      --max-words; --keywords: how many key terms --json gives (default 8)
  abridge --jsonl [--sentences N | --ratio R | --max-words W] [--keywords K] [--jobs J]
      reads lines {\"id\", \"text\", \"title\"?, \"language\"?, \"sentences\"? | \"ratio\"? |
      \"maxWords\"?, \"keywords\"?} on stdin (a record's budget replaces the flags'), writes lines
      {\"id\", \"sentences\": [chosen sentences], \"keywords\": [key terms]}; a bad record stops
      the batch with its line number; J threads (default: every core), output in input order
  abridge split [--json | --jsonl] [FILE|-]
      the article's sentences, one a line (--json: a JSON array; --jsonl: batch like above)
  abridge analyze [FILE|-]
      the whole analysis as JSON: blocks with their kinds, title, sentences with spans
  abridge brief [--type key-points|tldr|teaser|headline] [--length short|medium|long]
          [--language L] [--title T] [FILE|-]
      what the Summarizer API of abridge/summarizer gives in its plain-text format (the title:
      its context); defaults key-points, short
  --html (with any of the above but --jsonl): FILE is a saved web page; its article is found and
      read as the widget does (prose only, the headline as title; --json adds \"article\", the
      text read; analyze gives the article and the blocks left out of it, with their kinds)";

struct Args {
    command: Command,
    weights: abridge::score::Weights,
    options: Options,
    json: bool,
    jsonl: bool,
    /// Threads for --jsonl.
    jobs: usize,
    html: bool,
    file: Option<String>,
}

#[derive(PartialEq)]
enum Command {
    Summarize,
    Split,
    Analyze,
    Brief(Kind, Length),
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1).collect()).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("abridge: {message}");
            ExitCode::from(2)
        }
    }
}

/// The message of a failed write to standard output. A closed pipe (`abridge … | head`) is no
/// error: the reader has what it wanted, so the process ends quietly, as Unix tools do.
fn output_failed(e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    e.to_string()
}

fn parse_args(args: Vec<String>) -> Result<Args, String> {
    let mut parsed = Args {
        command: Command::Summarize,
        weights: abridge::score::WEIGHTS,
        options: Options::default(),
        json: false,
        jsonl: false,
        jobs: 0,
        html: false,
        file: None,
    };
    let mut it = args.into_iter().peekable();
    match it.peek().map(String::as_str) {
        Some("split") => {
            parsed.command = Command::Split;
            it.next();
        }
        Some("analyze") => {
            parsed.command = Command::Analyze;
            it.next();
        }
        Some("brief") => {
            parsed.command = Command::Brief(Kind::KeyPoints, Length::Short);
            it.next();
        }
        _ => {}
    }
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                writeln!(io::stdout(), "{USAGE}").map_err(output_failed)?;
                std::process::exit(0);
            }
            "--sentences" | "-n" | "--ratio" | "--max-words" | "--keywords" | "--language" | "--title" => {
                let key = flag_key(&arg);
                let text = value(&arg)?;
                let value = if matches!(key, Key::Language | Key::Title) { OptionValue::Text(&text) } else { OptionValue::parse(&text) };
                parsed.options.set(key, value).map_err(|e| e.message(Spelling::Cli))?;
            }
            "--json" => parsed.json = true,
            // Undocumented: scoring weights for tuning, e.g. --weights position=0.5,ideal_words=20
            "--weights" => parsed.weights = parsed.weights.with_overrides(&value(&arg)?)?,
            "--jsonl" => parsed.jsonl = true,
            "--jobs" | "-j" => {
                let text = value(&arg)?;
                parsed.jobs =
                    text.parse().ok().filter(|&n| n > 0).ok_or_else(|| format!("--jobs needs a positive whole number, not {text:?}"))?;
            }
            "--type" | "--length" => {
                let text = value(&arg)?;
                let Command::Brief(kind, length) = &mut parsed.command else { return Err(format!("{arg} is an option of abridge brief")) };
                let bad = || {
                    format!(
                        "{arg} must be one of {}, not {text:?}",
                        if arg == "--type" { Kind::NAMES.join(", ") } else { Length::NAMES.join(", ") }
                    )
                };
                if arg == "--type" {
                    *kind = Kind::NAMES.iter().position(|n| *n == text).map(|i| Kind::ALL[i]).ok_or_else(bad)?;
                } else {
                    *length = Length::NAMES.iter().position(|n| *n == text).map(|i| Length::ALL[i]).ok_or_else(bad)?;
                }
            }
            "--html" => parsed.html = true,
            "-" => parsed.file = None,
            other if other.starts_with('-') => return Err(format!("unknown option {other}\n{USAGE}")),
            other => parsed.file = Some(other.to_string()),
        }
    }
    parsed.options.validate().map_err(|e| e.message(Spelling::Cli))?;
    if parsed.jobs == 0 {
        parsed.jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    }
    Ok(parsed)
}

/// The option a flag sets (`-n` is `--sentences`).
fn flag_key(flag: &str) -> Key {
    let flag = if flag == "-n" { "--sentences" } else { flag };
    Key::ALL.into_iter().find(|k| Spelling::Cli.bare(*k) == flag).expect("a known flag")
}

fn read_input(file: &Option<String>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) => bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        }
    }
    // Invalid UTF-8 is replaced rather than refused: scraped pages often carry a stray byte.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn run(args: Args) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.jsonl {
        return run_jsonl(&args, &mut out);
    }
    let mut input = read_input(&args.file)?;
    let mut options = args.options.clone();
    if args.html {
        let article = abridge::html::find_article(&input);
        if args.command == Command::Analyze {
            writeln!(out, "{:#}", page_json(article.as_ref())).and_then(|_| out.flush()).map_err(output_failed)?;
            return Ok(());
        }
        let article = article.unwrap_or_default();
        options.title = options.title.or(article.title);
        options.language = options.language.or(article.language);
        input = article.text;
    }
    let args = Args { options, ..args };
    let result = match args.command {
        Command::Split => {
            let doc = abridge::analyze(&input, args.options.language.as_deref());
            let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.text_of(s.span)).collect();
            if args.json {
                writeln!(out, "{}", Value::from(sentences))
            } else {
                sentences.iter().try_for_each(|s| writeln!(out, "{s}"))
            }
        }
        Command::Analyze => writeln!(out, "{:#}", analysis_json(&input, &args.options)),
        Command::Brief(kind, length) => {
            let lines = abridge::brief::brief(&input, kind, length, args.options.clone());
            writeln!(out, "{}", abridge::brief::plain_text(&lines, kind))
        }
        Command::Summarize => {
            let summary = abridge::summarize_with(&input, &args.options, &args.weights);
            if args.json {
                let mut json = summary_json(&summary);
                if args.html {
                    json["article"] = Value::from(input.as_str());
                }
                writeln!(out, "{:#}", json)
            } else {
                summary.sentences.iter().try_for_each(|s| writeln!(out, "{}", s.text))
            }
        }
    };
    result.and_then(|_| out.flush()).map_err(output_failed)
}

/// Records read per batch and thread: enough to keep every thread busy between batches, few
/// enough (with `BATCH_BYTES`) that memory stays bounded whatever the length of the input.
const BATCH_PER_JOB: usize = 64;
const BATCH_BYTES: usize = 32 << 20;

/// `--jsonl`: batches of records summarized on `args.jobs` threads, written in input order; the
/// output (and the first error, after the lines before it) is the same for any number of threads.
fn run_jsonl(args: &Args, out: &mut impl Write) -> Result<(), String> {
    let mut lines = io::stdin().lock().lines().enumerate();
    let mut read_error = None;
    while read_error.is_none() {
        let mut batch: Vec<(usize, String)> = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_PER_JOB * args.jobs && bytes < BATCH_BYTES {
            match lines.next() {
                None => break,
                Some((_, Err(e))) => {
                    read_error = Some(e.to_string());
                    break;
                }
                Some((number, Ok(line))) if !line.trim().is_empty() => {
                    bytes += line.len();
                    batch.push((number + 1, line));
                }
                Some(_) => {}
            }
        }
        if batch.is_empty() {
            break;
        }
        for result in in_parallel(&batch, args.jobs, |(number, line)| jsonl_line(args, *number, line)) {
            writeln!(out, "{}", result?).map_err(output_failed)?;
        }
    }
    out.flush().map_err(output_failed)?;
    read_error.map_or(Ok(()), Err)
}

/// `f` of every item, in order, computed on up to `jobs` threads that take the next item as they
/// finish one.
fn in_parallel<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if jobs <= 1 || items.len() <= 1 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs.min(items.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            let done = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, r) in done {
                results[i] = Some(r);
            }
        }
    });
    // Every index below `items.len()` was taken by exactly one worker.
    results.into_iter().flatten().collect()
}

/// One output line of `--jsonl` for the record on line `number`.
fn jsonl_line(args: &Args, number: usize, line: &str) -> Result<String, String> {
    let record: Value = serde_json::from_str(line).map_err(|e| format!("line {number}: {e}"))?;
    let text = record["text"].as_str().ok_or_else(|| format!("line {number}: \"text\" must be a string"))?;
    let options = record_options(&record, &args.options).map_err(|e| format!("line {number}: {}", e.message(Spelling::Jsonl)))?;
    let line = if args.command == Command::Split {
        let doc = abridge::analyze(text, options.language.as_deref());
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.text_of(s.span)).collect();
        json!({ "id": record["id"], "sentences": sentences })
    } else {
        let summary = abridge::summarize_with(text, &options, &args.weights);
        let sentences: Vec<String> = summary.sentences.into_iter().map(|s| s.text).collect();
        json!({ "id": record["id"], "sentences": sentences, "keywords": summary.keywords })
    };
    Ok(line.to_string())
}

/// A record's options over the flags': a budget in the record replaces the flags' budget.
fn record_options(record: &Value, flags: &Options) -> Result<Options, abridge::OptionsError> {
    let mut options = flags.clone();
    let budget_keys = [Key::Sentences, Key::Ratio, Key::MaxWords];
    if budget_keys.iter().any(|k| !record[Spelling::Jsonl.bare(*k)].is_null()) {
        options.clear_budget();
    }
    for key in Key::ALL {
        let value = &record[Spelling::Jsonl.bare(key)];
        let value = match value {
            Value::Null => continue,
            Value::Number(n) => OptionValue::Number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => OptionValue::Text(s),
            Value::Bool(_) => OptionValue::Other("boolean"),
            Value::Array(_) => OptionValue::Other("array"),
            Value::Object(_) => OptionValue::Other("object"),
        };
        options.set(key, value)?;
    }
    options.validate()?;
    Ok(options)
}

fn summary_json(s: &abridge::Summary) -> Value {
    json!({
        "sentences": s.sentences.iter().map(|x| json!({
            "text": x.text, "index": x.index, "score": x.score,
            "start": x.utf16.start, "end": x.utf16.end, "byteStart": x.span.start, "byteEnd": x.span.end,
        })).collect::<Vec<_>>(),
        "text": s.text(),
        "scores": s.scores,
        "keywords": s.keywords,
        "title": s.title,
        "language": s.language,
        "stats": {
            "sentencesTotal": s.stats.sentences_total, "sentencesChosen": s.stats.sentences_chosen,
            "wordsTotal": s.stats.words_total, "wordsChosen": s.stats.words_chosen,
        },
    })
}

/// `analyze --html`: the article and what was left out of it (null when the page has none).
fn page_json(article: Option<&abridge::page::Article>) -> Value {
    let Some(a) = article else { return Value::Null };
    json!({
        "title": a.title, "language": a.language, "article": a.text,
        "leftOut": a.left_out.iter().map(|(kind, text)| json!({ "kind": format!("{kind:?}").to_lowercase(), "text": text })).collect::<Vec<_>>(),
    })
}

fn analysis_json(input: &str, options: &Options) -> Value {
    let doc = abridge::analyze_for(input, options);
    json!({
        "language": doc.language.code,
        "title": doc.title.map(|t| doc.text_of(t)),
        "blocks": doc.blocks.iter().map(|b| json!({
            "kind": b.kind.name(), "start": b.span.start, "end": b.span.end, "text": doc.text_of(b.span),
        })).collect::<Vec<_>>(),
        "sentences": doc.sentences.iter().enumerate().map(|(i, s)| json!({
            "index": i, "block": s.block, "text": doc.text_of(s.span),
            "byteStart": s.span.start, "byteEnd": s.span.end, "start": s.utf16.start, "end": s.utf16.end,
            "words": s.word_count,
        })).collect::<Vec<_>>(),
        "keywords": abridge::keywords::keywords(&doc, options.keyword_count()).into_iter().map(|k| k.text).collect::<Vec<_>>(),
    })
}
