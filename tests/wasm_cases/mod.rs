//! The JavaScript API's behaviour, shared by the wasm-bindgen-test suites `wasm_node` (Node) and
//! `wasm_browser` (headless Chromium). The tests call `abridge::wasm::summarize` and
//! `splitSentences` with real JavaScript values, so they check the translation layer itself:
//! error classes and messages, UTF-16 offsets, result shape, hostile inputs.

use abridge::wasm::{split_sentences, summarize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen(inline_js = r#"
export function js(src) { return new Function("return (" + src + ");")(); }
export function errorClass(e) {
  if (e instanceof WebAssembly.RuntimeError) return "RuntimeError";
  if (e instanceof RangeError) return "RangeError";
  if (e instanceof TypeError) return "TypeError";
  if (e instanceof Error) return "Error";
  return typeof e;
}
export function errorMessage(e) { return e instanceof Error ? e.message : String(e); }
export function keysOf(o) { return Object.keys(o).join(","); }
export function get(o, k) { return o[k]; }
export function len(v) { return v.length; }
export function at(v, i) { return v[i]; }
export function isString(v) { return typeof v === "string"; }
export function isNumber(v) { return typeof v === "number"; }
export function isInteger(v) { return Number.isInteger(v); }
export function isNull(v) { return v === null; }
// Where a lone surrogate stood, the Rust side sees U+FFFD (one code unit too): compare that way.
export function sliceBack(input, start, end) { return input.slice(start, end).toWellFormed(); }
export function inputLength(input) { return input.length; }
"#)]
extern "C" {
    fn js(src: &str) -> JsValue;
    #[wasm_bindgen(js_name = errorClass)]
    fn error_class(e: &JsValue) -> String;
    #[wasm_bindgen(js_name = errorMessage)]
    fn error_message(e: &JsValue) -> String;
    #[wasm_bindgen(js_name = keysOf)]
    fn keys_of(o: &JsValue) -> String;
    fn get(o: &JsValue, key: &str) -> JsValue;
    fn len(v: &JsValue) -> u32;
    fn at(v: &JsValue, i: u32) -> JsValue;
    #[wasm_bindgen(js_name = isString)]
    fn is_string(v: &JsValue) -> bool;
    #[wasm_bindgen(js_name = isNumber)]
    fn is_number(v: &JsValue) -> bool;
    #[wasm_bindgen(js_name = isInteger)]
    fn is_integer(v: &JsValue) -> bool;
    #[wasm_bindgen(js_name = isNull)]
    fn is_null(v: &JsValue) -> bool;
    #[wasm_bindgen(js_name = sliceBack)]
    fn slice_back(input: &JsValue, start: f64, end: f64) -> String;
    #[wasm_bindgen(js_name = inputLength)]
    fn input_length(input: &JsValue) -> f64;
}

fn num(v: &JsValue, key: &str) -> f64 {
    let x = get(v, key);
    assert!(is_number(&x), "{key} is not a number");
    x.as_f64().unwrap()
}

fn string(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap_or_else(|| panic!("{key} is not a string"))
}

/// Every sentence of `list` gives its text back from the input, in order, without overlap.
fn assert_slices_back(input: &JsValue, list: &JsValue, what: &str) {
    let mut previous_end = 0.0;
    for i in 0..len(list) {
        let s = at(list, i);
        let (start, end) = (num(&s, "start"), num(&s, "end"));
        assert!(is_integer(&get(&s, "start")) && is_integer(&get(&s, "end")));
        assert!(previous_end <= start && start < end && end <= input_length(input), "{what}: bad span {start}..{end}");
        assert_eq!(slice_back(input, start, end), string(&s, "text"), "{what}: sentence {i}");
        previous_end = end;
    }
}

/// Checks the whole result of `summarize` on `input`: shape, types, offsets, counts.
fn assert_summary(input: &JsValue, result: &JsValue, what: &str) {
    assert_eq!(keys_of(result), "sentences,text,keywords,title,language,stats,scores", "{what}");
    let sentences = get(result, "sentences");
    for i in 0..len(&sentences) {
        let s = at(&sentences, i);
        assert_eq!(keys_of(&s), "text,index,score,start,end", "{what}");
        assert!(num(&s, "score").is_finite(), "{what}: score");
    }
    assert_slices_back(input, &sentences, what);
    let stats = get(result, "stats");
    assert_eq!(keys_of(&stats), "sentencesTotal,sentencesChosen,wordsTotal,wordsChosen", "{what}");
    assert_eq!(num(&stats, "sentencesChosen"), len(&sentences) as f64, "{what}");
    assert_eq!(len(&get(result, "scores")) as f64, num(&stats, "sentencesTotal"), "{what}");
    assert!(num(&stats, "wordsChosen") <= num(&stats, "wordsTotal"), "{what}");
    let title = get(result, "title");
    assert!(is_null(&title) || is_string(&title), "{what}: title");
    assert!(is_string(&get(result, "language")) && is_string(&get(result, "text")), "{what}");
    // splitSentences sees the same sentences, so `index` points into it.
    let all = split_sentences(input.clone(), JsValue::UNDEFINED).expect("splitSentences");
    assert_slices_back(input, &all, what);
    assert_eq!(len(&all) as f64, num(&stats, "sentencesTotal"), "{what}");
    for i in 0..len(&sentences) {
        let s = at(&sentences, i);
        let same = at(&all, num(&s, "index") as u32);
        assert_eq!((num(&s, "start"), num(&s, "end")), (num(&same, "start"), num(&same, "end")), "{what}");
    }
}

fn expect_error(text: &str, options: &str, class: &str, message: &str) {
    let result = summarize(js(text), js(options));
    let e = result.err().unwrap_or_else(|| panic!("summarize({text}, {options}) did not throw"));
    assert_eq!((error_class(&e).as_str(), error_message(&e).as_str()), (class, message), "summarize({text}, {options})");
}

#[wasm_bindgen_test]
fn text_must_be_a_string() {
    for (text, kind) in [
        ("undefined", "undefined"),
        ("null", "null"),
        ("42", "number"),
        ("true", "boolean"),
        ("['a']", "array"),
        ("{ text: 'a' }", "object"),
        ("new String('a')", "object"),
        ("Symbol('a')", "symbol"),
        ("10n", "bigint"),
        ("() => 'a'", "function"),
    ] {
        expect_error(text, "undefined", "TypeError", &format!("abridge: text must be a string, not {kind}"));
    }
    let e = split_sentences(js("7"), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(error_class(&e), "TypeError");
    assert_eq!(error_message(&e), "abridge: text must be a string, not number");
}

#[wasm_bindgen_test]
fn options_must_be_an_object() {
    for (options, kind) in [("3", "number"), ("'short'", "string"), ("[3]", "array"), ("true", "boolean")] {
        expect_error("'A b.'", options, "TypeError", &format!("abridge: options must be an object, not {kind}"));
    }
}

#[wasm_bindgen_test]
fn unknown_options_are_named() {
    let known = "(known options: sentences, ratio, maxWords, keywords, language, title, maxInputLength)";
    expect_error("'A b.'", "{ length: 3 }", "TypeError", &format!("abridge: unknown option \"length\" {known}"));
    for (key, hint) in [("sentence", "sentences"), ("max_words", "maxWords"), ("MaxWords", "maxWords"), ("Ratio", "ratio")] {
        expect_error(
            "'A b.'",
            &format!("{{ {key}: 3 }}"),
            "TypeError",
            &format!("abridge: unknown option \"{key}\"; did you mean \"{hint}\"? {known}"),
        );
    }
    let e = split_sentences(js("'A b.'"), js("{ sentences: 2 }")).unwrap_err();
    assert_eq!(error_class(&e), "TypeError");
    assert_eq!(error_message(&e), "abridge: unknown option \"sentences\" (known options: language, maxInputLength)");
}

#[wasm_bindgen_test]
fn wrong_types_are_named() {
    for (options, name, kind) in [
        ("{ sentences: '3' }", "sentences", "number, not string"),
        ("{ sentences: 3n }", "sentences", "number, not bigint"),
        ("{ ratio: '0.5' }", "ratio", "number, not string"),
        ("{ maxWords: [80] }", "maxWords", "number, not array"),
        ("{ maxWords: {} }", "maxWords", "number, not object"),
        ("{ language: 1 }", "language", "string, not number"),
        ("{ title: ['x'] }", "title", "string, not array"),
        ("{ title: false }", "title", "string, not boolean"),
    ] {
        expect_error("'A b.'", options, "TypeError", &format!("abridge: options.{name} must be a {kind}"));
    }
}

#[wasm_bindgen_test]
fn out_of_range_values_are_named() {
    for (options, name) in [
        ("{ sentences: 0 }", "sentences"),
        ("{ sentences: -1 }", "sentences"),
        ("{ sentences: 2.5 }", "sentences"),
        ("{ sentences: NaN }", "sentences"),
        ("{ sentences: Infinity }", "sentences"),
        ("{ maxWords: 0 }", "maxWords"),
        ("{ maxWords: -80 }", "maxWords"),
        ("{ maxWords: -Infinity }", "maxWords"),
        ("{ maxWords: 0.5 }", "maxWords"),
    ] {
        expect_error("'A b.'", options, "RangeError", &format!("abridge: options.{name} must be a positive integer"));
    }
    for ratio in ["0", "-0.5", "1.0000001", "2", "NaN", "Infinity", "-Infinity"] {
        expect_error("'A b.'", &format!("{{ ratio: {ratio} }}"), "RangeError", "abridge: options.ratio must be a number in (0, 1]");
    }
}

#[wasm_bindgen_test]
fn budgets_are_exclusive() {
    let tail = "cannot be combined: set at most one of sentences, ratio and maxWords";
    expect_error("'A b.'", "{ sentences: 3, ratio: 0.5 }", "TypeError", &format!("abridge: options.sentences and options.ratio {tail}"));
    expect_error("'A b.'", "{ maxWords: 9, ratio: 0.5 }", "TypeError", &format!("abridge: options.ratio and options.maxWords {tail}"));
    expect_error(
        "'A b.'",
        "{ sentences: 1, ratio: 1, maxWords: 1 }",
        "TypeError",
        &format!("abridge: options.sentences, options.ratio and options.maxWords {tail}"),
    );
    // null and undefined mean "not set".
    assert!(summarize(js("'A b.'"), js("{ sentences: 3, ratio: null, maxWords: undefined }")).is_ok());
}

#[wasm_bindgen_test]
fn getters_that_throw_pass_their_error_through() {
    let e = summarize(js("'A b.'"), js("{ get sentences() { throw new SyntaxError('from a getter'); } }")).unwrap_err();
    assert_eq!(error_message(&e), "from a getter");
    let e = summarize(js("'A b.'"), js("new Proxy({}, { ownKeys() { throw new Error('from a proxy'); } })")).unwrap_err();
    assert_eq!(error_message(&e), "from a proxy");
    let e = summarize(js("'A b.'"), js("(() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()")).unwrap_err();
    assert_eq!(error_class(&e), "TypeError"); // the engine's own message about the revoked proxy
}

#[wasm_bindgen_test]
fn options_objects_of_every_kind() {
    for options in [
        "undefined",
        "null",
        "{}",
        "Object.freeze({ sentences: 2 })",
        "Object.create(null)",
        "Object.assign(Object.create({ ratio: 5 }), { sentences: 1 })", // inherited keys are not read
        "{ [Symbol('x')]: 1, sentences: 1 }",                           // symbol keys are not read
        "new Proxy({ sentences: 1 }, {})",
        "{ sentences: 1e300 }",
        "{ ratio: Number.MIN_VALUE }",
        "{ language: '', title: '' }",
    ] {
        let input = js("'One sentence here. Another one there. And a third.'");
        let r = summarize(input.clone(), js(options)).unwrap_or_else(|e| panic!("{options}: {}", error_message(&e)));
        assert_summary(&input, &r, options);
    }
}

#[wasm_bindgen_test]
fn budgets_are_obeyed() {
    let input = js("'Rain fell on Monday in the city. The river rose by a metre overnight. \
        Officials closed two bridges. Schools stayed open. The mayor said the water would fall by Friday.'");
    let r = summarize(input.clone(), js("{ sentences: 2 }")).unwrap();
    assert_eq!(len(&get(&r, "sentences")), 2);
    let r = summarize(input.clone(), js("{ maxWords: 12 }")).unwrap();
    assert!(num(&get(&r, "stats"), "wordsChosen") <= 12.0);
    let r = summarize(input.clone(), js("{ title: 'Floods', language: 'en' }")).unwrap();
    assert_eq!(string(&r, "title"), "Floods");
    assert_eq!(string(&r, "language"), "en");
    assert_summary(&input, &r, "budgets");
}

#[wasm_bindgen_test]
fn empty_texts_give_empty_summaries() {
    for text in ["''", "'   '", "'\\n\\n\\n'", "'\\u00a0\\u200b'"] {
        let input = js(text);
        let r = summarize(input.clone(), JsValue::UNDEFINED).unwrap();
        assert_eq!(len(&get(&r, "sentences")), 0, "{text}");
        assert_eq!(string(&r, "text"), "", "{text}");
        assert_summary(&input, &r, text);
    }
}

/// Texts whose UTF-8 and UTF-16 offsets differ in every way: astral emoji, ZWJ sequences, flags, CJK,
/// combining marks, right-to-left scripts, CRLF, NBSP, zero-width characters.
const UNICODE_TEXTS: &[&str] = &[
    "Alice 👩‍👩‍👧‍👦 went home. The 🇺🇦 flag flew. Then 😀😀😀 everyone laughed! Did they? Yes.",
    "東京都は月曜日に新しい計画を発表した。計画は三年間続く。市民の反応はまだ分からない。",
    "Cafe\u{301} owners met on Tuesday. The re\u{301}sume\u{301} was long. Zalgo t\u{336}\u{31b}\u{35c}ext appeared. Done.",
    "Die Stra\u{df}e war gesperrt. Der B\u{fc}rgermeister sprach. \u{201e}Wir bauen neu\u{201c}, sagte er.",
    "قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ سيبدأ قريبا. Hebrew: הממשלה החליטה. End.",
    "Line one ends here.\r\nLine two\u{a0}has a\u{a0}NBSP.\r\n\r\nA new\u{200b}paragraph starts. \u{feff}BOM inside.",
    "𝐁𝐨𝐥𝐝 𝐦𝐚𝐭𝐡 letters. 𓀀 hieroglyphs 𓀁 here. Music 𝄞 clef. Last one 🧑🏽‍🚀.",
    "हिन्दी में वाक्य। दूसरा वाक्य। ภาษาไทย ประโยค ที่สอง। Mixed 中文 and English. Ok.",
    "SEOUL (Reuters) - Officials said on Monday. \"It is over,\" he said. Mr. Kim, 65, left at 3 p.m. U.S. officials agreed.",
];

#[wasm_bindgen_test]
fn offsets_are_utf16_and_slice_back() {
    for text in UNICODE_TEXTS {
        let input = JsValue::from_str(text);
        for options in ["undefined", "{ ratio: 1 }", "{ sentences: 1 }", "{ maxWords: 5 }"] {
            let r = summarize(input.clone(), js(options)).unwrap();
            assert_summary(&input, &r, text);
        }
        let all = split_sentences(input.clone(), JsValue::UNDEFINED).unwrap();
        assert!(len(&all) >= 1, "{text}");
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets() {
    for text in [
        "'Alpha \\uD800 beta. Gamma \\uDC00 delta. Epsilon \\uDBFF\\uDFFF zeta.'",
        "'\\uD800'.repeat(100) + '. Tail sentence here.'",
        "'Ends with a high surrogate. \\uD83D'",
        "'\\uDE00 starts with a low surrogate. Then 😀 a pair.'",
    ] {
        let input = js(text);
        let r = summarize(input.clone(), js("{ ratio: 1 }")).unwrap();
        assert_summary(&input, &r, text);
    }
}

#[wasm_bindgen_test]
fn hostile_inputs_never_trap() {
    let texts = [
        "'.'.repeat(30000)",
        "'!?'.repeat(30000)",
        "' '.repeat(30000)",
        "'\\n'.repeat(30000)",
        "'a'.repeat(50000)",
        "'\\u0000'.repeat(5000) + 'x. y.'",
        "'\\u0301'.repeat(5000)",
        "'😀'.repeat(10000)",
        "'Mr. '.repeat(2000)",
        "'\"'.repeat(10000)",
        "'('.repeat(10000) + ')'.repeat(10000)",
        "'1.2.3.4.'.repeat(5000)",
        "'...'.repeat(10000)",
        "'\\t\\r\\n\\v\\f\\u0085\\u2028\\u2029'.repeat(3000)",
        "'A.\\n\\nB.\\n\\n'.repeat(1500)",
        "Array.from({ length: 1500 }, (_, i) => 'Word' + i + ' says ' + (i % 7) + '.').join(' ')",
        "Array.from({ length: 1500 }, () => 'The same sentence again.').join(' ')",
        "Array.from({ length: 0x10FFFF / 29 }, (_, i) => String.fromCodePoint(i * 7)).join('')",
        "Array.from({ length: 4000 }, (_, i) => String.fromCharCode(0xD800 + (i % 2048))).join('. ')",
        "'No Image\\n\\nPUBLISHED: 12:00\\n\\nBy Someone\\n\\n'.repeat(500)",
    ];
    for text in texts {
        let input = js(text);
        for options in ["undefined", "{ sentences: 1 }", "{ ratio: 1 }", "{ maxWords: 1 }", "{ title: '...', language: 'xx' }"] {
            match summarize(input.clone(), js(options)) {
                Ok(r) => assert_summary(&input, &r, text),
                Err(e) => panic!("{text} with {options}: {}: {}", error_class(&e), error_message(&e)),
            }
        }
    }
}
