// The JavaScript API of the built package (pkg/, release build) in Node: every error case with its
// class and message, UTF-16 offsets on emoji/CJK/combining marks, the result's exact shape.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { loadPackage, ROOT } from "./helpers.mjs";

const abridge = await loadPackage();
const { summarize, splitSentences } = abridge;

const KNOWN = "(known options: sentences, ratio, maxWords, keywords, language, title, maxInputLength)";
const EXCLUSIVE = "cannot be combined: set at most one of sentences, ratio and maxWords";

/** [description, () => call, error class, exact message] */
const ERRORS = [
  ["text undefined", () => summarize(), TypeError, "abridge: text must be a string, not undefined"],
  ["text null", () => summarize(null), TypeError, "abridge: text must be a string, not null"],
  ["text number", () => summarize(42), TypeError, "abridge: text must be a string, not number"],
  ["text boolean", () => summarize(true), TypeError, "abridge: text must be a string, not boolean"],
  ["text array", () => summarize(["a"]), TypeError, "abridge: text must be a string, not array"],
  ["text object", () => summarize({ text: "a" }), TypeError, "abridge: text must be a string, not object"],
  ["text String object", () => summarize(new String("a")), TypeError, "abridge: text must be a string, not object"],
  ["text symbol", () => summarize(Symbol("a")), TypeError, "abridge: text must be a string, not symbol"],
  ["text bigint", () => summarize(1n), TypeError, "abridge: text must be a string, not bigint"],
  ["split text number", () => splitSentences(7), TypeError, "abridge: text must be a string, not number"],
  ["options number", () => summarize("A.", 3), TypeError, "abridge: options must be an object, not number"],
  ["options string", () => summarize("A.", "short"), TypeError, "abridge: options must be an object, not string"],
  ["options array", () => summarize("A.", [3]), TypeError, "abridge: options must be an object, not array"],
  ["unknown option", () => summarize("A.", { length: 3 }), TypeError, `abridge: unknown option "length" ${KNOWN}`],
  ["near miss", () => summarize("A.", { sentence: 3 }), TypeError, `abridge: unknown option "sentence"; did you mean "sentences"? ${KNOWN}`],
  ["snake case", () => summarize("A.", { max_words: 3 }), TypeError, `abridge: unknown option "max_words"; did you mean "maxWords"? ${KNOWN}`],
  ["split unknown", () => splitSentences("A.", { sentences: 2 }), TypeError, 'abridge: unknown option "sentences" (known options: language, maxInputLength)'],
  ["sentences string", () => summarize("A.", { sentences: "3" }), TypeError, "abridge: options.sentences must be a number, not string"],
  ["sentences bigint", () => summarize("A.", { sentences: 3n }), TypeError, "abridge: options.sentences must be a number, not bigint"],
  ["ratio string", () => summarize("A.", { ratio: "0.5" }), TypeError, "abridge: options.ratio must be a number, not string"],
  ["maxWords array", () => summarize("A.", { maxWords: [80] }), TypeError, "abridge: options.maxWords must be a number, not array"],
  ["language number", () => summarize("A.", { language: 1 }), TypeError, "abridge: options.language must be a string, not number"],
  ["title boolean", () => summarize("A.", { title: false }), TypeError, "abridge: options.title must be a string, not boolean"],
  ["split language", () => splitSentences("A.", { language: {} }), TypeError, "abridge: options.language must be a string, not object"],
  ["sentences zero", () => summarize("A.", { sentences: 0 }), RangeError, "abridge: options.sentences must be a positive integer"],
  ["sentences negative", () => summarize("A.", { sentences: -2 }), RangeError, "abridge: options.sentences must be a positive integer"],
  ["sentences fraction", () => summarize("A.", { sentences: 1.5 }), RangeError, "abridge: options.sentences must be a positive integer"],
  ["sentences NaN", () => summarize("A.", { sentences: NaN }), RangeError, "abridge: options.sentences must be a positive integer"],
  ["sentences Infinity", () => summarize("A.", { sentences: Infinity }), RangeError, "abridge: options.sentences must be a positive integer"],
  ["maxWords zero", () => summarize("A.", { maxWords: 0 }), RangeError, "abridge: options.maxWords must be a positive integer"],
  ["maxWords negative", () => summarize("A.", { maxWords: -80 }), RangeError, "abridge: options.maxWords must be a positive integer"],
  ["maxWords -Infinity", () => summarize("A.", { maxWords: -Infinity }), RangeError, "abridge: options.maxWords must be a positive integer"],
  ["ratio zero", () => summarize("A.", { ratio: 0 }), RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["ratio negative", () => summarize("A.", { ratio: -0.5 }), RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["ratio above one", () => summarize("A.", { ratio: 1.0000001 }), RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["ratio NaN", () => summarize("A.", { ratio: NaN }), RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["ratio Infinity", () => summarize("A.", { ratio: Infinity }), RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["sentences + ratio", () => summarize("A.", { sentences: 3, ratio: 0.5 }), TypeError, `abridge: options.sentences and options.ratio ${EXCLUSIVE}`],
  ["ratio + maxWords", () => summarize("A.", { maxWords: 9, ratio: 0.5 }), TypeError, `abridge: options.ratio and options.maxWords ${EXCLUSIVE}`],
  ["all three", () => summarize("A.", { sentences: 1, ratio: 1, maxWords: 1 }), TypeError, `abridge: options.sentences, options.ratio and options.maxWords ${EXCLUSIVE}`],
  ["keywords negative", () => summarize("A.", { keywords: -1 }), RangeError, "abridge: options.keywords must be a non-negative integer"],
  ["keywords fraction", () => summarize("A.", { keywords: 2.5 }), RangeError, "abridge: options.keywords must be a non-negative integer"],
  ["keywords Infinity", () => summarize("A.", { keywords: Infinity }), RangeError, "abridge: options.keywords must be a non-negative integer"],
  ["keywords string", () => summarize("A.", { keywords: "8" }), TypeError, "abridge: options.keywords must be a number, not string"],
  ["keywords in split", () => splitSentences("A.", { keywords: 2 }), TypeError, 'abridge: unknown option "keywords" (known options: language, maxInputLength)'],
];

/**
 * The bar's table, JavaScript-API column: each bad budget with its verdict and message. The same
 * cases are pinned for the CLI flags and --jsonl (tests/cli.rs), the widget's attributes
 * (tests/pages/widget.test.mjs) and the core (src/options/), all made by src/options/.
 */
const BAD_BUDGETS = [
  ["two budgets", { sentences: 3, ratio: 0.5 }, TypeError, `abridge: options.sentences and options.ratio ${EXCLUSIVE}`],
  ["sentences 0", { sentences: 0 }, RangeError, "abridge: options.sentences must be a positive integer"],
  ["sentences negative", { sentences: -2 }, RangeError, "abridge: options.sentences must be a positive integer"],
  ["ratio 0", { ratio: 0 }, RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["ratio above 1", { ratio: 1.5 }, RangeError, "abridge: options.ratio must be a number in (0, 1]"],
  ["sentences not a number", { sentences: "three" }, TypeError, "abridge: options.sentences must be a number, not string"],
];

describe("the bad-budget table (JavaScript API)", () => {
  for (const [name, options, Class, message] of BAD_BUDGETS) {
    test(name, () => assert.throws(() => summarize("One. Two.", options), (e) => e.constructor === Class && e.message === message));
  }
});

describe("errors are real JavaScript errors naming the problem", () => {
  for (const [name, call, Class, message] of ERRORS) {
    test(name, () => {
      assert.throws(call, (e) => {
        assert.equal(e.constructor, Class, `${e.constructor.name}: ${e.message}`);
        assert.equal(e.message, message);
        return true;
      });
    });
  }

  test("a getter's or proxy's own error passes through unchanged", () => {
    const getter = { get ratio() { throw new SyntaxError("from a getter"); } };
    assert.throws(() => summarize("A.", getter), { name: "SyntaxError", message: "from a getter" });
    const proxy = new Proxy({}, { ownKeys() { throw new EvalError("from a proxy"); } });
    assert.throws(() => summarize("A.", proxy), { name: "EvalError", message: "from a proxy" });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.throws(() => summarize("A.", revoked), TypeError);
    // and the module still works afterwards
    assert.equal(summarize("One. Two.", { sentences: 1 }).sentences.length, 1);
  });
});

/** Checks everything about one result: exact keys, types, offsets, counts. */
function checkSummary(input, s) {
  assert.deepEqual(Object.keys(s), ["sentences", "text", "keywords", "title", "language", "stats", "scores"]);
  assert.deepEqual(Object.keys(s.stats), ["sentencesTotal", "sentencesChosen", "wordsTotal", "wordsChosen"]);
  assert.ok(s.title === null || typeof s.title === "string");
  assert.equal(typeof s.language, "string");
  assert.ok(Array.isArray(s.keywords) && s.keywords.every((k) => typeof k === "string"));
  assert.ok(Array.isArray(s.scores) && s.scores.every(Number.isFinite));
  assert.equal(s.scores.length, s.stats.sentencesTotal);
  assert.equal(s.sentences.length, s.stats.sentencesChosen);
  assert.equal(s.text, s.sentences.map((x) => x.text).join(" "));
  const all = splitSentences(input);
  assert.equal(all.length, s.stats.sentencesTotal);
  let previous = -1;
  for (const x of s.sentences) {
    assert.deepEqual(Object.keys(x), ["text", "index", "score", "start", "end"]);
    assert.ok(Number.isInteger(x.start) && Number.isInteger(x.end) && x.start < x.end && x.end <= input.length);
    assert.equal(input.slice(x.start, x.end).toWellFormed(), x.text);
    assert.ok(x.index > previous, "document order");
    previous = x.index;
    assert.equal(x.score, s.scores[x.index]);
    assert.deepEqual(all[x.index], { text: x.text, start: x.start, end: x.end });
  }
  for (const x of all) assert.equal(input.slice(x.start, x.end).toWellFormed(), x.text);
}

const UNICODE = {
  emoji: "Alice 👩‍👩‍👧‍👦 went home. The 🇺🇦 flag flew. Then 😀😀😀 everyone laughed! Did they? Yes 🧑🏽‍🚀.",
  cjk: "東京都は月曜日に新しい計画を発表した。計画は三年間続く。市民の反応はまだ分からない。𠮷野家も閉まった。",
  combining: "Cafe\u0301 owners met on Tuesday. The re\u0301sume\u0301 was long. Zalgo t\u0336\u031b\u035cext appeared. Done.",
  rtl: "قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ سيبدأ قريبا. Hebrew: הממשלה החליטה. End.",
  astral: "𝐁𝐨𝐥𝐝 𝐦𝐚𝐭𝐡 letters. 𓀀 hieroglyphs 𓀁 here. Music 𝄞 clef. Last one.",
  whitespace: "Line one ends here.\r\nLine two\u00a0has a\u00a0NBSP.\r\n\r\nA new\u200bparagraph starts. \ufeffBOM inside.",
  loneSurrogates: "Alpha \uD800 beta. Gamma \uDC00 delta. Epsilon \uDBFF\uDFFF zeta. A high \uD83D one. Low \uDE00 last.",
};

describe("UTF-16 offsets: input.slice(start, end) === text", () => {
  for (const [name, text] of Object.entries(UNICODE)) {
    test(name, () => {
      for (const options of [undefined, { ratio: 1 }, { sentences: 1 }, { maxWords: 6 }]) {
        checkSummary(text, summarize(text, options));
      }
      assert.ok(splitSentences(text).length >= 2);
    });
  }

  test("the fixtures", () => {
    const dir = path.join(ROOT, "tests/fixtures");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      checkSummary(text, summarize(text));
      checkSummary(text, summarize(text, { ratio: 1 }));
    }
  });
});

describe("options", () => {
  const text = "Rain fell on Monday in the city. The river rose by a metre overnight. Officials closed two " +
    "bridges. Schools stayed open. The mayor said the water would fall by Friday.";

  test("budgets", () => {
    assert.equal(summarize(text, { sentences: 2 }).sentences.length, 2);
    assert.equal(summarize(text).sentences.length, 3, "three by default");
    assert.ok(summarize(text, { maxWords: 12 }).stats.wordsChosen <= 12);
    assert.equal(summarize(text, { ratio: 0.2 }).sentences.length, 1);
    assert.equal(summarize(text, { sentences: 1e300 }).sentences.length, summarize(text, { ratio: 1 }).sentences.length);
  });

  test("keywords: how many key terms, 8 by default", () => {
    const article = "The school budget grew. The council approved the school budget. Teachers and the council " +
      "met about money. The mayor promised money for teachers and schools. The council will vote again.";
    const all = summarize(article).keywords;
    assert.ok(all.length > 2 && all.length <= 8, all.join(", "));
    assert.deepEqual(summarize(article, { keywords: 2 }).keywords, all.slice(0, 2));
    assert.deepEqual(summarize(article, { keywords: 0 }).keywords, []);
    assert.deepEqual(summarize(article, { keywords: 1000, sentences: 1 }).keywords.slice(0, all.length), all);
  });

  test("title and language", () => {
    const s = summarize(text, { title: "Floods close bridges", language: "en-GB" });
    assert.equal(s.title, "Floods close bridges");
    assert.equal(s.language, "en");
    assert.equal(summarize(text, { language: "xx" }).language, "en", "unknown codes fall back to detection");
  });

  test("null and undefined mean not set; symbol and inherited keys are not read", () => {
    checkSummary(text, summarize(text, null));
    checkSummary(text, summarize(text, { sentences: 2, ratio: null, maxWords: undefined, title: null, language: undefined }));
    assert.equal(summarize(text, Object.assign(Object.create({ ratio: 7 }), { sentences: 1 })).sentences.length, 1);
    assert.equal(summarize(text, { [Symbol("ratio")]: 7, sentences: 1 }).sentences.length, 1);
    assert.equal(summarize(text, Object.freeze({ sentences: 2 })).sentences.length, 2);
    assert.equal(summarize(text, Object.create(null)).sentences.length, 3);
  });

  test("empty and sentence-less texts give empty summaries", () => {
    for (const empty of ["", "   ", "\n\n\n", "\u00a0\u200b"]) {
      const s = summarize(empty);
      checkSummary(empty, s);
      assert.equal(s.sentences.length, 0);
      assert.equal(s.text, "");
      assert.deepEqual(splitSentences(empty), []);
    }
  });
});

describe("hostile inputs never trap (release build)", () => {
  const HOSTILE = {
    periods: ".".repeat(30000),
    bangs: "!?".repeat(30000),
    spaces: " ".repeat(30000),
    newlines: "\n".repeat(30000),
    oneLongWord: "a".repeat(100000),
    nulls: "\u0000".repeat(5000) + "x. y.",
    combiningOnly: "\u0301".repeat(5000),
    emojiOnly: "😀".repeat(10000),
    abbreviations: "Mr. ".repeat(3000),
    quotes: '"'.repeat(10000),
    brackets: "(".repeat(10000) + ")".repeat(10000),
    numbers: "1.2.3.4.".repeat(5000),
    ellipses: "...".repeat(10000),
    lineSeparators: "\t\r\n\v\f\u0085\u2028\u2029".repeat(3000),
    tinyParagraphs: "A.\n\nB.\n\n".repeat(1500),
    manySentences: Array.from({ length: 1500 }, (_, i) => `Word${i} says ${i % 7}.`).join(" "),
    duplicates: Array.from({ length: 1500 }, () => "The same sentence again.").join(" "),
    everyCodePoint: Array.from({ length: 0x110000 / 29 }, (_, i) => String.fromCodePoint(i * 29)).join(""),
    loneSurrogates: Array.from({ length: 4000 }, (_, i) => String.fromCharCode(0xd800 + (i % 2048))).join(". "),
    furniture: "No Image\n\nPUBLISHED: 12:00\n\nBy Someone\n\n".repeat(500),
  };
  for (const [name, text] of Object.entries(HOSTILE)) {
    test(name, () => {
      for (const options of [undefined, { sentences: 1 }, { ratio: 1 }, { maxWords: 1 }, { title: text.slice(0, 99), language: "xx" }]) {
        checkSummary(text, summarize(text, options));
      }
    });
  }
});

describe("module", () => {
  test("init() and initSync() are harmless after the Node entry's own instantiation", async () => {
    const exports = await abridge.default();
    assert.equal(typeof exports.memory, "object");
    abridge.initSync();
    assert.equal(summarize("One. Two.", { sentences: 1 }).sentences.length, 1);
  });

  test("the exports", () => {
    for (const name of ["default", "initSync", "summarize", "splitSentences"]) {
      assert.equal(typeof abridge[name], "function", name);
    }
    assert.equal(abridge.__abridgeTestPanic, undefined, "the debug-only export is not in release builds");
  });
});
