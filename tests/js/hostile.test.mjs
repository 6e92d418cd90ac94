// Hostile input classes through the JavaScript API of the built package (pkg/, release build), in
// Node; the Rust side is tests/hostile.rs. Each class gets a summary (maybe empty) or a clear
// error — never a trap ("RuntimeError: unreachable") — within a stated time per call and a bound
// on the WebAssembly memory. Bounds are loose (about 10× what this machine measures, so a loaded
// 2-core machine does not flake); the measured values are printed with --test-reporter=spec.
//
//   class                          time per call   WebAssembly memory growth
//   light classes (≤ 512 KB each)  2 s (binary: 5 s) 64 MB
//   one 1 MB sentence              3 s             64 MB
//   10 MB of text                  20 s            512 MB
//   a million one-word sentences   30 s            768 MB
//
// Also: the input limit (options.maxInputLength) and its errors.
// (tests/js/api.test.mjs covers small degenerate texts: runs of periods, quotes, NULs, emoji.)
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadPackage } from "./helpers.mjs";

const abridge = await loadPackage();
const { summarize, splitSentences } = abridge;
const { memory } = await abridge.default();

const MB = 1 << 20;
const DEFAULT_LIMIT = 16777216;

/** xorshift32: deterministic pseudo-random numbers. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

const SYLLABLES = ["ka", "lo", "mer", "tan", "vi", "so", "rel", "du", "pa", "ness", "tor", "am", "bri", "qua", "zen",
  "ol", "fi", "gar", "hul", "in", "jo", "ser", "ex", "ward", "ly", "ton", "cha", "rin", "mo", "port"];

/** A pseudo-word from a vocabulary of a few thousand, Zipf-like. */
function word(next) {
  let r = next(64) ** 2 + next(8) + 1;
  let w = "";
  while (r > 0) {
    w += SYLLABLES[r % SYLLABLES.length];
    r = Math.floor(r / SYLLABLES.length);
  }
  return w;
}

const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/** News-like prose of at least `length` code units: sentences of 6 to 30 words, paragraphs of 1 to 5. */
function prose(length, seed) {
  const next = rng(seed);
  const parts = [];
  let size = 0;
  while (size < length) {
    for (let s = 1 + next(5); s > 0; s--) {
      const n = 6 + next(25);
      const words = [];
      for (let i = 0; i < n; i++) words.push(i === 0 ? cap(word(next)) : word(next));
      const sentence = words.join(" ") + ".?!."[next(4)] + " ";
      parts.push(sentence);
      size += sentence.length;
    }
    parts.push("\n\n");
    size += 2;
  }
  return parts.join("");
}

/** Repeats pieces chosen by `next` until `length` code units. */
function fill(length, next, pieces, separators) {
  const parts = [];
  let size = 0;
  while (size < length) {
    const p = pieces[next(pieces.length)] + separators[next(separators.length)];
    parts.push(p);
    size += p.length;
  }
  return parts.join("");
}

/** The invariants of any result: counts, budget, document order, spans that slice back. */
function checkSummary(name, input, options, s) {
  assert.equal(s.sentences.length, s.stats.sentencesChosen, name);
  assert.equal(s.scores.length, s.stats.sentencesTotal, name);
  assert.ok(s.stats.wordsChosen <= s.stats.wordsTotal, name);
  const budget = options?.sentences ?? (options?.ratio ? Math.max(1, Math.ceil(s.stats.sentencesTotal * options.ratio)) : 3);
  if (options?.maxWords) assert.ok(s.stats.wordsChosen <= options.maxWords, name);
  else assert.ok(s.sentences.length <= budget, `${name}: ${s.sentences.length} sentences for ${budget}`);
  let previous = -1;
  for (const x of s.sentences) {
    assert.ok(x.index > previous, `${name}: document order`);
    previous = x.index;
    assert.ok(Number.isInteger(x.start) && x.start < x.end && x.end <= input.length, `${name}: span ${x.start}..${x.end}`);
    // Where a lone surrogate stood, the summary has U+FFFD (one code unit too).
    assert.equal(input.slice(x.start, x.end).toWellFormed(), x.text, name);
    assert.ok(Number.isFinite(x.score) && x.score === s.scores[x.index], name);
  }
  assert.equal(s.text, s.sentences.map((x) => x.text).join(" "), name);
}

const OPTIONS = [undefined, { sentences: 1 }, { ratio: 0.1 }, { maxWords: 50 }, { language: "xx", title: "A title" }];

/**
 * Summarizes `input` with each option set, each call within `ms` milliseconds, and checks the
 * result; WebAssembly memory (which never shrinks) may grow by at most `growMB` over the calls.
 * Returns the default summary.
 */
function check(name, input, { ms = 2000, growMB = 64, options = OPTIONS } = {}) {
  const before = memory.buffer.byteLength / MB;
  let first;
  for (const o of options) {
    const start = performance.now();
    const s = summarize(input, o);
    const took = performance.now() - start;
    assert.ok(took < ms, `${name} ${JSON.stringify(o)}: ${took.toFixed(0)} ms, more than ${ms}`);
    checkSummary(name, input, o, s);
    first ??= { summary: s, took };
  }
  const mb = memory.buffer.byteLength / MB;
  assert.ok(mb - before <= growMB, `${name}: WebAssembly memory grew from ${before} to ${mb} MB, more than ${growMB}`);
  console.log(`${name}: ${input.length} code units, ${first.summary.sentences.length} of ` +
    `${first.summary.stats.sentencesTotal} sentences, ${first.took.toFixed(1)} ms, memory ${mb} MB`);
  return first.summary;
}

describe("hostile input classes", () => {
  test("empty", () => {
    const s = check("empty", "");
    assert.equal(s.sentences.length, 0);
    assert.deepEqual(s.keywords, []);
    assert.deepEqual(splitSentences(""), []);
  });

  test("whitespace only", () => {
    for (const unit of [" ", "\n", "\t\r\n\v\f\u0085\u00a0\u1680\u2003\u2028\u2029\u202f\u205f\u3000\u200b\ufeff\u180e"]) {
      const s = check(`whitespace ${JSON.stringify(unit.slice(0, 3))}`, unit.repeat(Math.ceil(100000 / unit.length)));
      assert.equal(s.sentences.length, 0);
    }
  });

  test("one word", () => {
    for (const w of ["Hello", "Hello.", "Здравствуйте", "你好", "😀", "a"]) {
      const s = check(`one word ${w}`, w);
      assert.ok(s.stats.sentencesTotal <= 1);
      if (s.sentences.length) assert.equal(s.sentences[0].text, w);
    }
    check("one 1 MB word", "a".repeat(MB));
  });

  test("one 1 MB sentence without punctuation", () => {
    const next = rng(7);
    const words = [];
    for (let size = 0; size < MB; size += words.at(-1).length + 1) words.push(word(next));
    const s = check("1 MB sentence", words.join(" "), { ms: 3000 });
    assert.equal(s.stats.sentencesTotal, 1);
    assert.equal(s.sentences.length, 1);
  });

  test("10 MB of text", () => {
    const text = prose(10 * MB, 11);
    const s = check("10 MB", text, { ms: 20000, growMB: 512, options: [undefined, { ratio: 0.5 }] });
    assert.equal(s.sentences.length, 3);
    assert.ok(s.stats.sentencesTotal > 50000, String(s.stats.sentencesTotal));
  });

  test("a million one-word sentences", () => {
    const next = rng(3);
    const parts = [];
    for (let i = 0; i < 1e6; i++) parts.push(cap(word(next)) + ". ");
    const text = parts.join("");
    const s = check("1M sentences", text, { ms: 30000, growMB: 768, options: [undefined, { sentences: 10 }] });
    assert.equal(s.sentences.length, 3);
    assert.ok(s.stats.sentencesTotal > 900000, String(s.stats.sentencesTotal));
  });

  test("binary bytes decoded as text", () => {
    const next = rng(5);
    const bytes = new Uint8Array(512 * 1024).map(() => next(256));
    // Random bytes make a word of nearly every run: about 1 µs per character in WebAssembly.
    check("binary as UTF-8 (lossy)", new TextDecoder("utf-8", { fatal: false }).decode(bytes), { ms: 5000 });
    check("binary as Latin-1", Buffer.from(bytes).toString("latin1"), { ms: 5000 });
    check("ASCII controls", Buffer.from(bytes.map((b) => b % 32)).toString("latin1"));
  });

  test("lone UTF-16 surrogates", () => {
    const base = prose(100000, 13);
    let text = "";
    for (let i = 0; i < base.length; i += 7) {
      text += base.slice(i, i + 7) + String.fromCharCode(i % 14 ? 0xdc00 + (i % 1024) : 0xd800 + (i % 1024));
    }
    assert.equal(text.isWellFormed(), false);
    const s = check("lone surrogates", text);
    assert.equal(s.sentences.length, 3);
    // Every offset counts the lone surrogate as the one code unit it is.
    for (const x of splitSentences(text)) assert.equal(text.slice(x.start, x.end).toWellFormed(), x.text);
    // A surrogate pair split by the sentence boundary: the halves are lone on each side.
    check("split pair", "First one.\ud83d Second one.\ude00 Third one. ".repeat(5000));
    check("only lone surrogates", Array.from({ length: 50000 }, (_, i) => String.fromCharCode(0xd800 + (i % 2048))).join(""));
  });

  test("only stopwords", () => {
    const lists = {
      en: "the of and to a in is it that was he for on are as with his they i at be this have from or one had by",
      de: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er",
      fr: "le de un à être et en avoir que pour dans ce il qui ne sur se pas plus pouvoir par je avec tout faire",
      ru: "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было",
      ar: "في من على إلى عن مع هذا هذه التي الذي كان أن لا ما هو هي",
    };
    for (const [code, list] of Object.entries(lists)) {
      const words = list.split(" ");
      const next = rng(17);
      const sentences = [];
      for (let size = 0; size < 100000; size += sentences.at(-1).length) {
        const n = 4 + next(12);
        sentences.push(cap(Array.from({ length: n }, () => words[next(words.length)]).join(" ")) + ". ");
      }
      const s = check(`stopwords ${code}`, sentences.join(""));
      assert.ok(s.stats.sentencesTotal > 100);
      assert.equal(s.sentences.length, 3, `${code}: a summary, though nothing in it is content`);
    }
  });

  test("only numbers", () => {
    const forms = ["1", "42", "3.14", "1,000", "-7", "+0.5", "1e9", "2024", "٣", "३", "½", "Ⅻ", "10%", "$5", "1/2", "12:30"];
    check("only numbers", fill(100000, rng(19), forms, [" ", " ", ". ", "! ", "? ", ".\n\n"]));
    check("digits", "1234567890".repeat(10000));
    check("numbered periods", "1. 2. 3. ".repeat(10000));
  });

  test("only emoji", () => {
    const emoji = ["😀", "👩‍👩‍👧‍👦", "🇺🇦", "🧑🏽‍🚀", "❤️", "👍🏿", "🏳️‍🌈", "#️⃣", "🫠", "🐈‍⬛"];
    check("emoji", fill(100000, rng(23), emoji, [" ", " ", "", ". ", "\n\n", "! "]));
    check("emoji, no spaces", "😀🇺🇦👩‍👩‍👧‍👦".repeat(5000));
    check("one emoji cluster of 10,000 ZWJ", "👩\u200d".repeat(10000));
  });

  test("mixed scripts", () => {
    const pieces = ["The minister said", "Министр заявил", "وقال الوزير", "השר אמר", "मंत्री ने कहा", "大臣は述べた",
      "部长表示", "รัฐมนตรีกล่าว", "장관은 말했다", "Ο υπουργός είπε", "Նախարարը ասաց", "𝐁𝐨𝐥𝐝", "Zalgo t̶̛͜ext"];
    const s = check("mixed scripts", fill(200000, rng(29), pieces, [". ", "。", "؟ ", "। ", "! ", ".\n\n", " "]));
    assert.equal(s.sentences.length, 3);
    check("mixed in words", "aБвγدהक中ｶ한ไ. ".repeat(10000));
  });

  test("bidi control characters", () => {
    const controls = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
    const next = rng(37);
    const base = prose(100000, 31);
    let text = "";
    for (const c of base) text += next(3) === 0 ? c + controls[next(controls.length)] : c;
    const s = check("bidi interleaved", text);
    assert.equal(s.sentences.length, 3);
    check("bidi only", controls.join("").repeat(5000));
    check("overrides unclosed", "\u202eReversed text here. ".repeat(5000));
  });

  test("NUL characters", () => {
    const base = prose(100000, 41);
    const s = check("NUL interleaved", [...base].join("\0"));
    assert.ok(s.stats.sentencesTotal > 0);
    check("only NUL", "\0".repeat(100000));
    check("NUL-separated sentences", "First one.\0Second one.\0\0Third one.\0".repeat(3000));
  });

  test("deeply nested quotes and brackets", () => {
    const depth = 50000;
    const two = OPTIONS.slice(0, 2);
    for (const [open, close] of [["(", ")"], ["[", "]"], ["{", "}"], ['"', '"'], ["“", "”"], ["‘", "’"], ["«", "»"], ["„", "“"], ["「", "」"], ["（", "）"]]) {
      check(`nested ${open}${close}`, open.repeat(depth) + "The word. Another word." + close.repeat(depth), { options: two });
      check(`unclosed ${open}`, `${open}Word here. `.repeat(depth / 4), { options: two });
      check(`closers after a period ${close}`, `Word here.${close.repeat(depth)} Next one.`, { options: two });
    }
    let mixed = "";
    for (let i = 0; i < depth; i++) mixed += "([“‘«\"'"[i % 7] + (i % 100 === 0 ? "Said he. " : "");
    check("mixed nesting", mixed, { options: two });
    check("alternating quotes", "\"'\"'“‘”’«»".repeat(20000), { options: two });
  });
});

describe("the input limit: options.maxInputLength", () => {
  const tooLong = (length, max) =>
    `abridge: text is too long: ${length} UTF-16 code units, more than options.maxInputLength (${max})`;

  test("a text longer than maxInputLength is refused with a RangeError giving both numbers", () => {
    const text = "Word. ".repeat(200);
    for (const call of [summarize, splitSentences]) {
      assert.throws(() => call(text, { maxInputLength: 1199 }), { name: "RangeError", message: tooLong(1200, 1199) });
      assert.doesNotThrow(() => call(text, { maxInputLength: 1200 }));
    }
    // UTF-16 code units, as text.length counts them: an emoji is two.
    assert.throws(() => summarize("😀😀", { maxInputLength: 3 }), { name: "RangeError", message: tooLong(4, 3) });
    assert.equal(summarize("😀😀", { maxInputLength: 4 }).sentences.length, 1, "a text of emoji is its own summary");
  });

  test("the default allows 16777216 code units and refuses more, before copying the text", () => {
    const over = "a".repeat(DEFAULT_LIMIT + 1);
    const start = performance.now();
    assert.throws(() => summarize(over), {
      name: "RangeError",
      message: `abridge: text is too long: ${DEFAULT_LIMIT + 1} UTF-16 code units, more than the default limit of ${DEFAULT_LIMIT} (set options.maxInputLength to allow more)`,
    });
    assert.throws(() => splitSentences(over), RangeError);
    assert.ok(performance.now() - start < 1000, "refused without reading the text");
    // Raised, or lifted with Infinity, it passes.
    assert.equal(summarize(over, { maxInputLength: DEFAULT_LIMIT + 1 }).stats.sentencesTotal, 1);
    assert.equal(summarize(over, { maxInputLength: Infinity }).stats.sentencesTotal, 1);
    const exactly = over.slice(1);
    assert.equal(summarize(exactly).stats.sentencesTotal, 1);
  });

  test("maxInputLength is validated like the other options", () => {
    const range = "abridge: options.maxInputLength must be a positive integer or Infinity";
    for (const bad of [0, -1, 1.5, NaN, -Infinity]) {
      assert.throws(() => summarize("A b.", { maxInputLength: bad }), { name: "RangeError", message: range }, String(bad));
      assert.throws(() => splitSentences("A b.", { maxInputLength: bad }), { name: "RangeError", message: range });
    }
    for (const [bad, kind] of [["10", "string"], [10n, "bigint"], [[10], "array"], [{}, "object"]]) {
      assert.throws(() => summarize("A b.", { maxInputLength: bad }), {
        name: "TypeError",
        message: `abridge: options.maxInputLength must be a number, not ${kind}`,
      });
    }
    assert.throws(() => summarize("A b.", { maxInputlength: 5 }), {
      name: "TypeError",
      message: 'abridge: unknown option "maxInputlength"; did you mean "maxInputLength"? (known options: sentences, ratio, maxWords, keywords, language, title, maxInputLength)',
    });
    // null and undefined mean the default; the text's type is checked first.
    assert.equal(summarize("A b.", { maxInputLength: null }).sentences.length, 1);
    assert.equal(summarize("A b.", { maxInputLength: undefined, sentences: 1 }).sentences.length, 1);
    assert.throws(() => summarize(5, { maxInputLength: 0 }), { name: "TypeError", message: "abridge: text must be a string, not number" });
  });
});

test("the module still works after every hostile input", () => {
  const s = summarize("Rain fell on Monday. The river rose. Two bridges closed.", { sentences: 2 });
  assert.equal(s.sentences.length, 2);
});
