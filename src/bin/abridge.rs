//! The native command line: split an article into sentences, summarize it, or summarize JSONL
//! batches.

use abridge::text;
use abridge::{lang, Options};
use serde_json::{json, Value};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  abridge [--sentences N | --ratio R | --max-words W] [--language L] [--title T] [--json] [FILE|-]
  abridge --jsonl [--sentences N | --ratio R | --max-words W]
      reads lines {\"id\", \"text\", \"title\"?, \"sentences\"?, \"language\"?} on stdin,
      writes lines {\"id\", \"sentences\": [chosen sentences]}
  abridge split [--json | --jsonl] [FILE|-]
      the article's sentences, one a line (--json: a JSON array; --jsonl: batch like above)
  abridge analyze [FILE|-]
      the whole analysis as JSON: blocks with their kinds, title, sentences with spans";

struct Args {
    command: Command,
    weights: abridge::score::Weights,
    options: Options,
    json: bool,
    jsonl: bool,
    file: Option<String>,
}

#[derive(PartialEq)]
enum Command {
    Summarize,
    Split,
    Analyze,
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

fn parse_args(args: Vec<String>) -> Result<Args, String> {
    let mut parsed = Args { command: Command::Summarize, weights: abridge::score::WEIGHTS, options: Options::default(), json: false, jsonl: false, file: None };
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
        _ => {}
    }
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--sentences" | "-n" => parsed.options.sentences = Some(parse_number(&value(&arg)?, &arg)?),
            "--max-words" => parsed.options.max_words = Some(parse_number(&value(&arg)?, &arg)?),
            "--ratio" => {
                let r: f64 = value(&arg)?.parse().map_err(|_| "--ratio needs a number in (0, 1]".to_string())?;
                if !(r > 0.0 && r <= 1.0) {
                    return Err("--ratio needs a number in (0, 1]".into());
                }
                parsed.options.ratio = Some(r);
            }
            "--language" => parsed.options.language = Some(value(&arg)?),
            "--title" => parsed.options.title = Some(value(&arg)?),
            "--json" => parsed.json = true,
            // Undocumented: scoring weights for tuning, e.g. --weights position=0.5,ideal_words=20
            "--weights" => parsed.weights = parsed.weights.with_overrides(&value(&arg)?)?,
            "--jsonl" => parsed.jsonl = true,
            "-" => parsed.file = None,
            other if other.starts_with('-') => return Err(format!("unknown option {other}\n{USAGE}")),
            other => parsed.file = Some(other.to_string()),
        }
    }
    Ok(parsed)
}

fn parse_number(value: &str, name: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{name} needs a positive whole number, not {value:?}")),
    }
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
    let input = read_input(&args.file)?;
    let result = match args.command {
        Command::Split => {
            let doc = text::analyze(&input, lang::choose(&input, args.options.language.as_deref()));
            let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.text_of(s.span)).collect();
            if args.json {
                writeln!(out, "{}", Value::from(sentences))
            } else {
                sentences.iter().try_for_each(|s| writeln!(out, "{s}"))
            }
        }
        Command::Analyze => writeln!(out, "{:#}", analysis_json(&input, &args.options)),
        Command::Summarize => {
            let summary = abridge::summarize_with(&input, &args.options, &args.weights);
            if args.json {
                writeln!(out, "{:#}", summary_json(&summary))
            } else {
                summary.sentences.iter().try_for_each(|s| writeln!(out, "{}", s.text))
            }
        }
    };
    result.and_then(|_| out.flush()).map_err(|e| e.to_string())
}

fn run_jsonl(args: &Args, out: &mut impl Write) -> Result<(), String> {
    for (number, line) in io::stdin().lock().lines().enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", number + 1))?;
        let text = record["text"].as_str().ok_or_else(|| format!("line {}: \"text\" must be a string", number + 1))?;
        let mut options = args.options.clone();
        if let Some(n) = record["sentences"].as_u64() {
            options = Options { sentences: Some(n as usize), ratio: None, max_words: None, ..options };
        }
        if let Some(t) = record["title"].as_str() {
            options.title = Some(t.to_string());
        }
        if let Some(l) = record["language"].as_str() {
            options.language = Some(l.to_string());
        }
        let sentences: Vec<String> = if args.command == Command::Split {
            let doc = text::analyze(text, lang::choose(text, options.language.as_deref()));
            doc.sentences.iter().map(|s| doc.text_of(s.span).to_string()).collect()
        } else {
            abridge::summarize_with(text, &options, &args.weights).sentences.into_iter().map(|s| s.text).collect()
        };
        writeln!(out, "{}", json!({ "id": record["id"], "sentences": sentences })).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
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

fn analysis_json(input: &str, options: &Options) -> Value {
    let doc = text::analyze(input, lang::choose(input, options.language.as_deref()));
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
        "keywords": abridge::keywords::keywords(&doc, abridge::keywords::DEFAULT_COUNT),
    })
}
