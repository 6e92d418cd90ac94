//! Sentence boundaries: UAX #29 (unicode-segmentation) plus a layer for abbreviations, initials,
//! numbers, ellipses, lists, quotes and brackets.
//!
//! UAX #29 proposes candidate boundaries; it already handles terminators followed by lower case
//! ("co. at noon"), closing quotes and brackets, decimal numbers, e-mail and web addresses, and the
//! terminators of many scripts. This layer then, at each candidate, looks at a bounded window of
//! the text around it and
//! - drops boundaries after abbreviations, initials and acronyms ("Mr. Smith", "J. R. R. Tolkien",
//!   "U.S. Government", "Sept. 20", "p. 55") unless the next word is a function word that starts
//!   sentences ("… the U.S. How about you?"), using the language's abbreviations and stopwords;
//! - drops boundaries after "!" or "?" followed by a lower-case word ("Yahoo! in", "“Help!” she said"),
//!   inside bracketed ellipses ("[...]") and after a spaced three-dot ellipsis (" . . . I");
//! - moves the boundary of "word. . . . Next" to after the first period (the ellipsis opens the next
//!   sentence);
//! - joins a line that runs on in lower case ("It was a cold\nnight") unless the line is short;
//!
//! and adds boundaries before list items ("1.) ", "2) ", "a. ", "ii. ", bullets): an item marker
//! at the start of a line or after a bullet, or continuing the numbering of the previous marker.
//! Every step looks at a bounded window, so splitting is linear in the length of the text.

use super::Span;
use crate::lang::{script_of, Language, Script};

/// How far (bytes) the layer looks around a candidate boundary for words.
const WINDOW: usize = 96;

/// Sentence spans of `text` (bytes, trimmed of surrounding whitespace, in order), English rules.
pub fn split(text: &str) -> Vec<Span> {
    split_for(text, crate::lang::english())
}

/// Sentence spans of `text` with the abbreviations and stopwords of `language`.
///
/// Spans are byte ranges into `text`, in order, non-overlapping, non-empty, on char boundaries and
/// trimmed of surrounding whitespace.
pub fn split_for(text: &str, language: &Language) -> Vec<Span> {
    let items = list_items(text);
    // Boundaries that need no decision: list items (kept even inside quotes) ...
    let mut cuts: Vec<usize> = items.iter().map(|i| i.cut).collect();
    // ... and the others, dropped inside quotations.
    let mut soft: Vec<usize> = Vec::new();
    glued_sentences(text, language, &mut soft);
    ellipsis_characters(text, &mut soft);
    let extra = extra_candidates(text, language);
    let quotes = quotations(text);
    let mut item = 0; // first list item whose marker may still contain a boundary
    let mut last_cut = 0; // the latest boundary before the candidate, for counting words
    let mut list_cut = 0; // index into `items` for `last_cut`
    let mut prev = 0; // the previous candidate boundary
    let mut fold_buffer = String::new();
    // UAX #29 boundaries, computed only around terminators and separators (same positions).
    let mut uax = super::boundaries::sentence_boundaries(text).into_iter().peekable();
    let mut more = extra.iter().copied().peekable();
    loop {
        // The next candidate: UAX #29's or one of the script rules', in order, once each.
        let b = match (uax.peek(), more.peek()) {
            (Some(&u), Some(&e)) if e < u => more.next(),
            (Some(&u), Some(&e)) if e == u => {
                more.next();
                uax.next()
            }
            (Some(_), _) => uax.next(),
            (None, Some(_)) => more.next(),
            (None, None) => None,
        };
        let Some(b) = b else { break };
        if b <= prev {
            continue;
        }
        let seg_start = prev;
        prev = b;
        if b >= text.len() {
            break;
        }
        while item < items.len() && items[item].content < b {
            item += 1;
        }
        if item < items.len() && items[item].cut < b && b <= items[item].content {
            continue; // inside a list marker such as "1. " or "• 9. "
        }
        while list_cut < items.len() && items[list_cut].cut <= seg_start {
            last_cut = last_cut.max(items[list_cut].cut);
            list_cut += 1;
        }
        match decide(text, seg_start, b, last_cut, language, &mut fold_buffer) {
            Decision::Keep => {
                soft.push(b);
                last_cut = b;
            }
            Decision::Drop => {}
            Decision::At(position) => {
                soft.push(position);
                last_cut = position;
            }
        }
    }
    soft.sort_unstable();
    // A quotation is one sentence with what surrounds it: “We won. It was hard,” she said.
    let mut q = 0;
    for cut in soft {
        while q < quotes.len() && quotes[q].1 <= cut {
            q += 1;
        }
        if q < quotes.len() && quotes[q].0 < cut {
            continue;
        }
        cuts.push(cut);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain(std::iter::once(text.len())) {
        if end <= start || end > text.len() {
            continue;
        }
        let span = trim(text, start, end);
        if !span.is_empty() {
            spans.push(span);
        }
        start = end;
    }
    spans
}

/// Quotations as `(start, end)` byte ranges, in order: a pair of quotation marks or brackets (“…”,
/// „…“, «…», "…", 「…」, 『…』, 《…》, （…）, (…)) at most `QUOTE` bytes apart. The outermost pair counts;
/// one pass, so linear.
fn quotations(text: &str) -> Vec<(usize, usize)> {
    const QUOTE: usize = 600;
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut open: Option<(usize, &'static [char])> = None;
    let mut i = 0;
    // Only '"', '(', ')' and characters with these lead bytes can be quotation marks (« », “ ” „,
    // the CJK brackets, the fullwidth parentheses): a byte scan finds them.
    while let Some(k) = bytes[i..].iter().position(|&b| matches!(b, b'"' | b'(' | b')' | 0xC2 | 0xE2 | 0xE3 | 0xEF)) {
        let at = i + k;
        let c = text[at..].chars().next().unwrap_or('\0');
        i = at + c.len_utf8();
        if let Some((start, closers)) = open {
            if at - start > QUOTE {
                open = None; // unclosed: not a quotation
            } else if closers.contains(&c) {
                spans.push((start, i));
                open = None;
                continue;
            } else {
                continue;
            }
        }
        let closers: &'static [char] = match c {
            '"' => &['"'],
            '“' => &['”'],
            '„' => &['“', '”'],
            '«' => &['»'],
            '「' => &['」'],
            '『' => &['』'],
            '《' => &['》'],
            '（' => &['）'],
            '(' => &[')'],
            _ => continue,
        };
        open = Some((at, closers));
    }
    spans
}

/// Boundaries UAX #29 does not propose, in order: after the Armenian full stop written as a colon,
/// the Greek question mark written as a semicolon, the Arabic colon (`ar`, as Pragmatic Segmenter
/// has it; not its clause-ending commas, which cut news sentences into fragments: Arabic R-1 on
/// multilingual-dev 14.8 without them, 11.3 with), at spaces between words of scripts written
/// without spaces (Chinese, Japanese, Thai: there a space ends a sentence or a caption), after a
/// period before a number ("kwamen. 81 procent") and before an ellipsis that opens a sentence
/// ("raak. ...en toen"). Each goes through the same decision as UAX #29's own.
fn extra_candidates(text: &str, language: &Language) -> Vec<usize> {
    let arabic = language.code == "ar";
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // The bytes these rules start at: ':', ';', '.', whitespace after a non-ASCII character
        // (English text goes by at a byte a step) and the lead byte of the ideographic space.
        let at = i;
        let b = bytes[at];
        i += 1;
        let interesting = match b {
            b':' | b';' | b'.' => true,
            b' ' | b'\t' | b'\n' | b'\r' => at > 0 && bytes[at - 1] >= 0x80,
            0xE3 => bytes.get(at + 1) == Some(&0x80) && bytes.get(at + 2) == Some(&0x80),
            _ => false,
        };
        if !interesting {
            continue;
        }
        let c = text[at..].chars().next().unwrap_or('\0');
        let end = at + c.len_utf8();
        i = end;
        match c {
            ':' | ';' => {
                if !text[end..].starts_with(char::is_whitespace) {
                    continue;
                }
                let script = text[..at].chars().next_back().map_or(Script::Other, script_of);
                let ends = match c {
                    ':' => script == Script::Armenian || (arabic && script == Script::Arabic),
                    _ => script == Script::Greek,
                };
                if ends {
                    out.push(end + whitespace_len(&text[end..]));
                }
            }
            '.' => {
                if let Some(rest) = text[end..].strip_prefix(' ') {
                    if rest.starts_with(|d: char| d.is_ascii_digit()) || rest.starts_with("...") || rest.starts_with('…') {
                        out.push(end + 1);
                    }
                }
            }
            _ if c.is_whitespace() => {
                let before = text[..at].chars().next_back();
                if !before.is_some_and(|c| is_spaceless(c) || matches!(c, '）' | '」' | '』' | '】' | '》' | '〉')) {
                    continue;
                }
                let gap = whitespace_len(&text[at..]);
                i = at + gap;
                if text[at + gap..].chars().next().is_some_and(is_spaceless) {
                    // Thai spaces also part names and clauses ("นายวิษณุ เครืองาม"): a sentence
                    // ends at one only once it has some length.
                    let thai = before.is_some_and(|c| script_of(c) == Script::Thai);
                    let from = out.last().copied().unwrap_or(0);
                    if !thai || at_least_chars(&text[from..at], THAI_SENTENCE) {
                        out.push(at + gap);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The fewest characters a Thai sentence ending at a space has (about fifteen words).
const THAI_SENTENCE: usize = 60;

fn at_least_chars(s: &str, n: usize) -> bool {
    s.len() >= n && s.chars().nth(n - 1).is_some()
}

fn whitespace_len(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Letters of scripts written without spaces between words: Han, kana, Thai, Lao, Khmer.
pub(crate) fn is_spaceless(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1780..=0x17FF | 0x3005..=0x3007 | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x3134F)
}

enum Decision {
    Keep,
    Drop,
    /// Break here instead.
    At(usize),
}

/// Whether the UAX #29 boundary `b`, ending the segment that starts at `seg_start`, ends a sentence.
fn decide(text: &str, seg_start: usize, b: usize, last_cut: usize, language: &Language, buf: &mut String) -> Decision {
    let segment = &text[seg_start..b];
    let body = segment.trim_end();
    let gap = &segment[body.len()..];
    let newlines = gap.matches(['\n', '\u{2028}', '\u{2029}']).count() + gap.matches('\r').count()
        - gap.matches("\r\n").count(); // CR LF is one line break
    if newlines >= 2 || body.is_empty() {
        return Decision::Keep; // a blank line always ends a sentence
    }
    let body_end = seg_start + body.len();
    // "…報告した。「イノシシ」…": UAX #29 keeps an opening bracket after a terminator with the
    // sentence before; it opens the next one.
    let opened = body.trim_end_matches(is_opening_only);
    if opened.len() < body.len() {
        let terminator = opened.trim_end_matches(is_closing).chars().next_back();
        if terminator.is_some_and(|c| is_terminator(c) && c != '.') {
            return Decision::At(seg_start + opened.len());
        }
    }
    let t = seg_start + body.trim_end_matches(is_closing).len(); // end of the terminator
    if t < body_end && text[b..].trim_start().starts_with(['と', 'っ']) {
        return Decision::Drop; // "「…よくない！」 とツイートした": a Japanese quotation goes on
    }
    let next = next_word(text, b);
    let Some(last) = text[seg_start..t].chars().next_back() else { return Decision::Keep };
    match last {
        '.' => decide_period(text, seg_start, t, last_cut, next, language, buf),
        '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' => {
            // "Yahoo! in the accounting department", "“Help!” she said": a lower-case word goes on.
            if next.first.is_some_and(char::is_lowercase) {
                Decision::Drop
            } else {
                Decision::Keep
            }
        }
        _ if newlines == 1 && !is_terminator(last) => {
            // A line without terminal punctuation: a hard-wrapped sentence goes on in lower case
            // ("It was a cold\nnight in the city."); short lines (list entries, headings) end.
            let line_start = text[..body_end].rfind('\n').map_or(0, |i| i + 1).max(last_cut);
            if next.first.is_some_and(char::is_lowercase) && words_at_least(&text[line_start..body_end], 3) {
                Decision::Drop
            } else {
                Decision::Keep
            }
        }
        _ => Decision::Keep,
    }
}

/// The boundary after a period ending at `t` (exclusive).
#[allow(clippy::too_many_arguments)]
fn decide_period(
    text: &str,
    seg_start: usize,
    t: usize,
    last_cut: usize,
    next: NextWord,
    language: &Language,
    buf: &mut String,
) -> Decision {
    // The run of periods, possibly spaced (". . ."), ending at `t`.
    let bytes = text.as_bytes();
    let mut s = t - 1;
    let mut dots = 1;
    let mut spaced = false;
    while s > seg_start {
        if bytes[s - 1] == b'.' {
            s -= 1;
            dots += 1;
        } else if s >= seg_start + 2 && bytes[s - 1] == b' ' && bytes[s - 2] == b'.' {
            s -= 2;
            dots += 1;
            spaced = true;
        } else {
            break;
        }
    }
    let before = text[..s].chars().next_back();
    let attached = before.is_some_and(|c| !c.is_whitespace());
    if dots >= 2 {
        if text[t..].starts_with(char::is_alphanumeric) {
            return Decision::Drop; // "անձրևել...Այդպես": an ellipsis inside a sentence, no space after
        }
        if before == Some('[') && bytes.get(t) == Some(&b']') || before == Some('(') && bytes.get(t) == Some(&b')') {
            return Decision::Drop; // "[...]": an omission inside a quotation
        }
        if spaced && !attached && dots == 3 {
            return Decision::Drop; // "the thing is . . . I didn't mean it": an ellipsis mid-sentence
        }
        if spaced && attached && dots == 4 && next.first.is_some_and(char::is_uppercase) {
            // "compounds. . . . The practice": the period ends it, the ellipsis opens the next.
            return Decision::At(s + 1);
        }
        return Decision::Keep;
    }

    // A single period after a word.
    if before.is_some_and(|c| script_of(c) == Script::Thai) {
        return Decision::Drop; // Thai ends no sentence with a period; it abbreviates: "พล.อ."
    }
    let floor = ceil_boundary(text, seg_start.max(s.saturating_sub(WINDOW)));
    let mut word_start = s;
    for (i, c) in text[floor..s].char_indices().rev() {
        if c.is_whitespace() {
            break;
        }
        word_start = floor + i;
    }
    if word_start == floor && floor > seg_start && !text[..floor].ends_with(char::is_whitespace) {
        return Decision::Keep; // a very long token: no abbreviation
    }
    let word = text[word_start..s].trim_start_matches(is_opening).trim_end_matches(is_format);
    if word.is_empty() {
        return Decision::Keep;
    }
    if word == "No" && next.first.is_some_and(|c| c.is_ascii_digit()) {
        return Decision::Drop; // "El corredor No. 103", where "no" is also a word
    }
    let glued = text[t..].starts_with(char::is_alphabetic);
    if glued && word.len() <= 2 && word.bytes().all(|c| c.is_ascii_digit()) {
        return Decision::Drop; // "la lista: 1.Helado, 2.Carne": numbered, not ended
    }
    // "l'Ing. Mengozzi": the abbreviation after an elided article.
    let elided = word.rfind(['\'', '’']).map(|i| &word[i + word[i..].chars().next().map_or(1, char::len_utf8)..]);
    // "Tuesday.Mr. Smith": sentences run together, the last one starting with an abbreviation.
    let last_part = word.rsplit('.').next().filter(|p| p.len() < word.len() && p.chars().nth(1).is_some());
    let abbreviation = is_abbreviation_like(word, language, buf)
        || last_part.is_some_and(|p| language.is_abbreviation(fold(p, buf)))
        || elided.is_some_and(|p| p.chars().count() > 1 && language.is_abbreviation(fold(p, buf)))
        || language.ordinals && is_ordinal(word);
    if !abbreviation {
        return Decision::Keep;
    }
    let Some(first) = next.first else { return Decision::Keep };
    if language.titles.contains(fold(word, buf)) || elided.is_some_and(|p| language.titles.contains(fold(p, buf))) {
        return Decision::Drop; // "Skt. Hans", "Mr. Will Smith": a title always goes on
    }
    if first.is_numeric() || first.is_lowercase() || first == '№' {
        return Decision::Drop; // "Sept. 20", "p. 55", "No. 10", "co. at noon", "жыл. №590"
    }
    // Upper case, or a letter of a script without case ("د. ديفيد"): a name goes on, a function
    // word starts a sentence.
    if !first.is_alphabetic() {
        return Decision::Keep;
    }
    if next.is_initial {
        return Decision::Drop; // "J. R. R. Tolkien"
    }
    if language.is_stopword(fold(next.word, buf)) {
        // "I live in the U.S. How about you?" — unless the abbreviation closes a short opening
        // phrase of a number and a unit, as in "At 5 a.m. Mr. Smith went to the bank."
        let opening = &text[ceil_boundary(text, last_cut.max(word_start.saturating_sub(WINDOW)))..word_start];
        let previous = opening.split_whitespace().next_back();
        let short = last_cut + WINDOW >= word_start && !words_at_least(opening, 3);
        if short && previous.is_some_and(|p| p.bytes().all(|c| c.is_ascii_digit() || c == b':')) {
            return Decision::Drop;
        }
        return Decision::Keep;
    }
    Decision::Drop // "Mr. Smith", "Mt. Fuji", "U.S. Government", "Albert I. Jones"
}

/// Sentences run together without a space, "Hello world.Today is Tuesday.Mr. Smith": a boundary
/// after a period between a lower-case letter and a capitalised word, unless the period follows an
/// abbreviation or sits in an e-mail or web address ("Jane.Doe@example.com", "example.Com/Page").
fn glued_sentences(text: &str, language: &Language, cuts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut buf = String::new();
    // The whitespace-delimited token checked last, and whether it looks like an address.
    let mut token = (0usize, 0usize, false);
    let mut from = 0;
    while let Some(offset) = bytes[from..].iter().position(|&c| c == b'.') {
        let i = from + offset;
        from = i + 1;
        if i == 0 || i + 2 >= bytes.len() {
            continue;
        }
        let Some(before) = text[..i].chars().next_back() else { continue };
        let mut after = text[i + 1..].chars();
        let (Some(upper), Some(lower)) = (after.next(), after.next()) else { continue };
        // "world.Today", and with a longer word before, "жағдайы.XVIII" and "world.I dag".
        let capital = lower.is_lowercase() || lower.is_uppercase() || lower == ' ';
        if !(before.is_lowercase() && upper.is_uppercase() && capital) {
            continue;
        }
        if i >= token.1 {
            let floor = ceil_boundary(text, i.saturating_sub(WINDOW));
            let start = text[floor..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(floor, |(k, c)| floor + k + c.len_utf8());
            let ceiling = ceil_boundary(text, (i + WINDOW).min(text.len()));
            let end = text[i..ceiling].find(char::is_whitespace).map_or(ceiling, |k| i + k);
            let address = text[start..end].contains(['@', '/', ':', '\\', '_', '=', '#']) || text[start..end].starts_with("www.");
            token = (start, end, address);
        }
        if token.2 {
            continue;
        }
        let word_start = text[token.0..i].rfind(['.', '(', '"', '\'']).map_or(token.0, |k| token.0 + k + 1);
        let word = &text[word_start..i];
        let shortest = if lower.is_lowercase() { 2 } else { 3 };
        if word.chars().count() < shortest || is_abbreviation_like(word, language, &mut buf) {
            continue;
        }
        cuts.push(i + 1);
    }
}

/// "He paused… Then he left.": a boundary after an ellipsis character attached to a word and
/// followed by a capitalised word other than "I" (UAX #29 does not treat "…" as a terminator).
/// A free-standing ellipsis ("the thing is … I mean") or one in brackets ("[…]") goes on.
fn ellipsis_characters(text: &str, cuts: &mut Vec<usize>) {
    for (i, _) in text.match_indices('…') {
        let attached = text[..i].chars().next_back().is_some_and(|c| !c.is_whitespace() && !is_opening(c));
        let end = i + '…'.len_utf8();
        let rest = &text[end..];
        let closed = rest.trim_start_matches(is_closing);
        if !attached || !closed.starts_with(char::is_whitespace) || rest.starts_with([']', ')']) {
            continue;
        }
        let next = next_word(text, text.len() - closed.len());
        if next.first.is_some_and(char::is_uppercase) && next.word != "I" && !next.word.starts_with("I'") && !next.word.starts_with("I’") {
            cuts.push(text.len() - closed.len());
        }
    }
}

/// An abbreviation of the language, a single letter (an initial) or an acronym with inner periods
/// of one- or two-letter parts ("U.S.A", "e.g", "Ph.D").
fn is_abbreviation_like(word: &str, language: &Language, buf: &mut String) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if word.chars().count() <= 3 && word.ends_with(['°', 'º']) {
        return true; // "N°. 1026"
    }
    if word.len() > 32 {
        return false;
    }
    if language.is_abbreviation(fold(word, buf)) {
        return true;
    }
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// The first word at or after `at`: its first letter or digit (after opening quotes and brackets),
/// the word without trailing punctuation, and whether it is an initial ("R.").
#[derive(Clone, Copy)]
struct NextWord<'a> {
    first: Option<char>,
    word: &'a str,
    is_initial: bool,
}

fn next_word(text: &str, at: usize) -> NextWord<'_> {
    let rest = text[at..].trim_start();
    let rest = rest.trim_start_matches(is_opening);
    let end = rest
        .char_indices()
        .find(|&(i, c)| c.is_whitespace() || i >= WINDOW)
        .map_or(rest.len(), |(i, _)| i);
    let token = &rest[..end];
    let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut chars = token.chars();
    let first = chars.next().filter(|&c| c.is_alphanumeric() || c == '№');
    let is_initial = first.is_some_and(char::is_alphabetic) && chars.next() == Some('.') && chars.next().is_none();
    NextWord { first, word, is_initial }
}

/// Lower-cases `word` into `buf` (no allocation once `buf` has grown).
fn fold<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.extend(word.bytes().map(|c| c.to_ascii_lowercase() as char));
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
    buf
}

/// Whether `s` holds at least `n` whitespace-separated words.
fn words_at_least(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n - 1).is_some()
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '｡' | '।' | '॥' | '؟' | '۔' | '።' | '፧' | '։' | '܂')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '］' | '〉' | '》' | '】') || is_format(c)
}

/// Brackets and quotation marks that only ever open (not “, which closes „…“, nor «, which closes »…«).
fn is_opening_only(c: char) -> bool {
    matches!(c, '„' | '(' | '[' | '{' | '¿' | '¡' | '「' | '『' | '（' | '［' | '《' | '〈' | '【')
}

/// Invisible direction marks and embeddings around punctuation in right-to-left text.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A number of one to three digits or a roman numeral in capitals ("3", "XII"): an ordinal where
/// the language writes ordinals with a period.
fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().all(|c| c.is_ascii_digit());
    let roman = word.len() >= 2 && word.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')) && roman_value(word).is_some();
    !word.is_empty() && word.len() <= 3 && digits || roman
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '„' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '「' | '『' | '（' | '［')
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '▫' | '‣' | '⁃' | '●' | '○' | '■' | '□' | '►' | '▸' | '✓' | '✔' | '➢')
}

/// The first char boundary at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let from = start + (s.len() - s.trim_start().len());
    let to = start + s.trim_end().len();
    Span::new(from, to.max(from))
}

/// A list item: the sentence boundary before it (`cut`, at its bullet or marker) and where its
/// content starts (after the marker and the spaces after it).
#[derive(Clone, Copy, Debug)]
struct Item {
    cut: usize,
    content: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Numbering {
    Arabic,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Delimiter {
    Period,      // "1. "
    PeriodParen, // "1.) "
    Paren,       // "1) "
}

/// List items: bullets preceded by a space or a line start, and item markers ("1.", "1.)", "1)",
/// "a.", "ii.") at a line start, after a bullet, or continuing the numbering of the previous one.
fn list_items(text: &str) -> Vec<Item> {
    let bytes = text.as_bytes();
    let mut items = Vec::new();
    let mut previous: Option<(Numbering, Delimiter, u32)> = None;
    let mut line_start = true; // only spaces since the last line break, text start or bullet
    let mut after_space = true;
    let mut bullet_at: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !line_start && previous.is_none() {
            // Mid-line with no list begun, no marker can count and no bullet is pending: ASCII
            // other than a line break only moves `after_space` (bullets are not ASCII).
            while i < bytes.len() && bytes[i] < 0x80 && bytes[i] != b'\n' {
                after_space = bytes[i].is_ascii_whitespace() || bytes[i] == 0x0B;
                i += 1;
            }
            bullet_at = None;
            if i >= bytes.len() {
                break;
            }
        } else if !after_space {
            // Inside a word nothing changes until a space, a line break or a non-ASCII character
            // (bullets are not ASCII): step over its ASCII bytes at once.
            while i < bytes.len() && bytes[i] < 0x80 && !bytes[i].is_ascii_whitespace() && bytes[i] != 0x0B {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
        }
        let c = if bytes[i] < 0x80 { bytes[i] as char } else { text[i..].chars().next().unwrap_or(' ') };
        let at = i;
        i += c.len_utf8();
        let i = at;
        if c == '\n' || c == '\u{2029}' {
            line_start = true;
            after_space = true;
            bullet_at = None;
            continue;
        }
        if if c.is_ascii() { matches!(c, ' ' | '\t' | '\x0B' | '\x0C' | '\r') } else { c.is_whitespace() } {
            after_space = true;
            continue;
        }
        if is_bullet(c) && after_space {
            items.push(Item { cut: i, content: i + c.len_utf8() });
            line_start = true;
            after_space = true;
            bullet_at = Some(i);
            continue;
        }
        // A marker counts at a line start or continuing the previous one: elsewhere (nearly every
        // word of prose) it is not looked for.
        if after_space && c.is_ascii_alphanumeric() && (line_start || previous.is_some()) {
            if let Some((numbering, delimiter, value, end)) = marker(bytes, i, previous) {
                let continues = previous.is_some_and(|(n, d, v)| n == numbering && d == delimiter && v + 1 == value);
                if line_start || continues {
                    let content = end + (text[end..].len() - text[end..].trim_start().len());
                    let cut = bullet_at.unwrap_or(i);
                    match items.last_mut() {
                        Some(last) if last.cut == cut => last.content = content,
                        _ => items.push(Item { cut, content }),
                    }
                    previous = Some((numbering, delimiter, value));
                }
            }
        }
        line_start = false;
        after_space = false;
        bullet_at = None;
    }
    items
}

/// An item marker starting at `i`: its numbering, delimiter, value and end (exclusive). It must be
/// followed by a space and then by more text.
fn marker(bytes: &[u8], i: usize, previous: Option<(Numbering, Delimiter, u32)>) -> Option<(Numbering, Delimiter, u32, usize)> {
    let mut j = i;
    while j < bytes.len() && j - i < 5 && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    let (delimiter, end) = match (bytes.get(j), bytes.get(j + 1)) {
        (Some(b'.'), Some(b')')) => (Delimiter::PeriodParen, j + 2),
        (Some(b'.'), _) => (Delimiter::Period, j + 1),
        (Some(b')'), _) => (Delimiter::Paren, j + 1),
        _ => return None,
    };
    let token = std::str::from_utf8(&bytes[i..j]).ok()?;
    // a space, then something that is not a space
    let after = bytes.get(end..)?;
    let spaces = after.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    if spaces == 0 || after.get(spaces).map_or(true, |c| c.is_ascii_whitespace()) {
        return None;
    }
    if token.bytes().all(|c| c.is_ascii_digit()) {
        if token.len() > 3 {
            return None;
        }
        return Some((Numbering::Arabic, delimiter, token.parse().ok()?, end));
    }
    let roman = roman_value(token);
    if token.len() == 1 {
        let c = token.as_bytes()[0];
        let letter = if c.is_ascii_lowercase() { Numbering::LowerLetter } else { Numbering::UpperLetter };
        let value = u32::from(c.to_ascii_lowercase() - b'a' + 1);
        if let Some(r) = roman {
            let numbering = if c.is_ascii_lowercase() { Numbering::LowerRoman } else { Numbering::UpperRoman };
            let continues_roman = previous.is_some_and(|(n, _, v)| n == numbering && v + 1 == r);
            let continues_letters = previous.is_some_and(|(n, _, v)| n == letter && v + 1 == value);
            if continues_roman || (r == 1 && !continues_letters) {
                return Some((numbering, delimiter, r, end));
            }
        }
        return Some((letter, delimiter, value, end));
    }
    let r = roman?;
    let numbering = if token.bytes().all(|c| c.is_ascii_lowercase()) {
        Numbering::LowerRoman
    } else if token.bytes().all(|c| c.is_ascii_uppercase()) {
        Numbering::UpperRoman
    } else {
        return None;
    };
    Some((numbering, delimiter, r, end))
}

/// The value of a small roman numeral (i to xxxix), one case throughout.
fn roman_value(token: &str) -> Option<u32> {
    let lower = token.to_ascii_lowercase();
    let mut value = 0;
    let mut rest = lower.as_str();
    while let Some(r) = rest.strip_prefix('x') {
        value += 10;
        rest = r;
    }
    let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let unit = units.iter().position(|u| *u == rest)? as u32;
    let value = value + unit;
    (value > 0 && value < 40).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Yoon attends the United Nations General Assembly on Sept. 20. Local news reported it."),
            ["Yoon attends the United Nations General Assembly on Sept. 20.", "Local news reported it."]
        );
        assert_eq!(sentences("J. R. R. Tolkien wrote it. Dr. Smith read it."), ["J. R. R. Tolkien wrote it.", "Dr. Smith read it."]);
        assert_eq!(sentences("It is No. 10 in the U.S. Nobody knows."), ["It is No. 10 in the U.S. Nobody knows."]);
        assert_eq!(sentences("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
        assert_eq!(sentences("He won 3.14 to 2. That was it."), ["He won 3.14 to 2.", "That was it."]);
        assert_eq!(sentences("He paused… Then he left."), ["He paused…", "Then he left."]);
        assert_eq!(sentences("He paused … I mean it."), ["He paused … I mean it."]);
        assert_eq!(sentences("Hello world.Today is Tuesday.Mr. Smith came."), ["Hello world.", "Today is Tuesday.", "Mr. Smith came."]);
    }

    #[test]
    fn lists_quotes_and_lines() {
        assert_eq!(sentences("1) The first item 2) The second item"), ["1) The first item", "2) The second item"]);
        assert_eq!(sentences("i. One thing ii. Another thing iii. A third"), ["i. One thing", "ii. Another thing", "iii. A third"]);
        assert_eq!(sentences("“Help!” she cried. Nobody came."), ["“Help!” she cried.", "Nobody came."]);
        assert_eq!(sentences("features\ncontact manager\nevents, activities\n"), ["features", "contact manager", "events, activities"]);
        assert_eq!(sentences("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
    }

    #[test]
    fn degenerate_texts() {
        for text in ["", " ", ".", ". . .", "\n\n", "a.", "1.", "• ", "•", "1. ", "Mr.", "U.S.", "[...]"] {
            for s in split(text) {
                assert!(!s.is_empty() && s.end <= text.len(), "{text:?}");
            }
        }
    }
}
