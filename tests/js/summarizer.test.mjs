// `abridge/summarizer` in Node (pkg/, built by scripts/build-wasm.sh): the Summarizer API's surface,
// its options and errors (with the names the specification gives them), what each type and length
// yields, streaming, abort, destroy and the monitor — the behaviours the web-platform-tests of
// ai/summarizer/ check — and the documentation's examples, run unchanged.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, test } from "node:test";
import { PKG, ROOT, loadPackage } from "./helpers.mjs";
import { runDocumentedExamples } from "./fixtures/summarizer-examples.mjs";

await loadPackage(); // fails with a hint when pkg/ is not built
const { Summarizer } = await import(pathToFileURL(path.join(PKG, "summarizer.node.js")).href);
const { installer } = await import(pathToFileURL(path.join(PKG, "summarizer-api.js")).href);
const { __abridgeBrief } = await import(pathToFileURL(path.join(PKG, "node.js")).href);
const ARTICLE = readFileSync(path.join(ROOT, "tests/fixtures/seed-article.txt"), "utf8");
const PROMPT = "Please write a sentence in English.";

const words = (s) => s.split(/\s+/).filter(Boolean).length;
const nameOf = (promise) => promise.then(() => "resolved", (e) => e.name);
const read = async (stream) => {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
};

describe("availability() and create()", () => {
  test("available for what abridge can do, unavailable for languages it has no rules for or cannot output", async () => {
    assert.equal(await Summarizer.availability(), "available");
    const supported = { type: "tldr", format: "plain-text", length: "medium", expectedInputLanguages: ["en-GB"], expectedContextLanguages: ["en"], outputLanguage: "en" };
    assert.equal(await Summarizer.availability(supported), "available");
    assert.equal(await Summarizer.availability({ expectedInputLanguages: ["de", "ja"], outputLanguage: "de" }), "available");
    assert.equal(await Summarizer.availability({ expectedInputLanguages: ["sw"] }), "unavailable");
    assert.equal(await Summarizer.availability({ expectedContextLanguages: ["jp"] }), "unavailable");
    assert.equal(await Summarizer.availability({ expectedInputLanguages: ["es"], outputLanguage: "en" }), "unavailable");
    await assert.rejects(Summarizer.create({ outputLanguage: "sw" }), { name: "NotSupportedError" });
    await assert.rejects(Summarizer.create({ expectedInputLanguages: ["fr"], outputLanguage: "de" }), { name: "NotSupportedError" });
  });

  test("values outside the enums are TypeErrors, malformed language tags RangeErrors, in both", async () => {
    for (const method of ["availability", "create"]) {
      for (const bad of [{ type: "tl;dr" }, { type: "summary" }, { format: "html" }, { length: "tiny" }, { preference: "fast" }]) {
        await assert.rejects(Summarizer[method](bad), TypeError, `${method} ${JSON.stringify(bad)}`);
      }
      await assert.rejects(Summarizer[method]("key-points"), TypeError);
      await assert.rejects(Summarizer[method]({ expectedInputLanguages: "en" }), TypeError);
      await assert.rejects(Summarizer[method]({ expectedInputLanguages: ["en-abc-invalid"] }), RangeError);
      await assert.rejects(Summarizer[method]({ outputLanguage: "" }), RangeError);
    }
    await assert.rejects(Summarizer.create({ monitor: "no" }), TypeError);
    await assert.rejects(Summarizer.create({ signal: {} }), TypeError);
    assert.throws(() => new Summarizer(), TypeError);
  });

  test("defaults and the given options, canonicalized, as read-only attributes", async () => {
    const plain = await Summarizer.create();
    assert.deepEqual([plain.type, plain.format, plain.length, plain.sharedContext], ["key-points", "markdown", "short", ""]);
    assert.deepEqual([plain.expectedInputLanguages, plain.expectedContextLanguages, plain.outputLanguage], [null, null, null]);
    assert.equal(plain.inputQuota, 2 ** 24);
    const s = await Summarizer.create({ type: "headline", format: "plain-text", length: "long", sharedContext: "World news", expectedInputLanguages: ["EN-gb"], expectedContextLanguages: ["en"], outputLanguage: "en" });
    assert.deepEqual([s.type, s.format, s.length, s.sharedContext, s.outputLanguage], ["headline", "plain-text", "long", "World news", "en"]);
    assert.deepEqual([...s.expectedInputLanguages], ["en-GB"]);
    assert.ok(Object.isFrozen(s.expectedInputLanguages));
    assert.throws(() => { s.type = "tldr"; }, TypeError);
    assert.equal(s.type, "headline");
  });

  test("the monitor sees downloadprogress 0 then 1 (the module loading), none after create() resolves", async () => {
    const events = [];
    let created = false;
    const s = await Summarizer.create({
      monitor(m) {
        assert.ok(m instanceof EventTarget);
        m.addEventListener("downloadprogress", (e) => {
          assert.equal(created, false);
          events.push([e.loaded, e.total, e.lengthComputable]);
        });
      },
    });
    created = true;
    assert.deepEqual(events, [[0, 1, true], [1, 1, true]]);
    assert.equal(typeof s.summarize, "function");
    const thrown = new Error("monitor failed");
    await assert.rejects(Summarizer.create({ monitor() { throw thrown; } }), (e) => e === thrown);
  });

  test("create() aborted before, right after the call, and at each progress event; after it, the abort destroys", async () => {
    const before = AbortSignal.abort();
    assert.equal(await nameOf(Summarizer.create({ signal: before })), "AbortError");
    const controller = new AbortController();
    const pending = Summarizer.create({ signal: controller.signal });
    controller.abort();
    assert.equal(await nameOf(pending), "AbortError");
    const custom = new Error("custom");
    const c2 = new AbortController();
    const p2 = Summarizer.create({ signal: c2.signal });
    c2.abort(custom);
    await assert.rejects(p2, (e) => e === custom);
    for (const at of [0, 1]) {
      const c = new AbortController();
      const reason = new Error(`at ${at}`);
      const later = [];
      const p = Summarizer.create({
        signal: c.signal,
        monitor(m) {
          m.addEventListener("downloadprogress", (e) => {
            later.push(e.loaded);
            if (e.loaded === at) queueMicrotask(() => c.abort(reason));
          });
        },
      });
      await assert.rejects(p, (e) => e === reason);
      assert.deepEqual(later, at === 0 ? [0] : [0, 1], "no progress event after the abort");
    }
    const c3 = new AbortController();
    const s = await Summarizer.create({ signal: c3.signal });
    const reason = new Error("gone");
    c3.abort(reason);
    await assert.rejects(s.summarize(PROMPT), (e) => e === reason);
    await assert.rejects(s.measureInputUsage(PROMPT), (e) => e === reason);
  });
});

describe("what each type and length gives", () => {
  const limits = { short: 12, medium: 17, long: 22 };
  for (const type of ["key-points", "tldr", "teaser", "headline"]) {
    for (const length of ["short", "medium", "long"]) {
      test(`${type}, ${length}`, async () => {
        const plain = await (await Summarizer.create({ type, length, format: "plain-text" })).summarize(ARTICLE);
        const markdown = await (await Summarizer.create({ type, length })).summarize(ARTICLE);
        const flat = ARTICLE.replace(/\s+/g, " ");
        if (type === "key-points") {
          const lines = plain.split("\n");
          assert.equal(lines.length, { short: 3, medium: 5, long: 7 }[length]);
          for (const line of lines) assert.ok(flat.includes(line), line);
          assert.deepEqual(markdown.split("\n").map((l) => l.slice(0, 2)), lines.map(() => "- "));
        } else if (type === "headline") {
          assert.ok(words(plain) <= limits[length], plain);
          assert.ok(!plain.includes("\n") && !plain.endsWith("."), plain);
        } else {
          const lines = __abridgeBrief(ARTICLE, {}, ["key-points", "tldr", "teaser"].indexOf(type), ["short", "medium", "long"].indexOf(length)).split("\n");
          assert.equal(lines.length, { short: 1, medium: 3, long: 5 }[length]);
          for (const line of lines) assert.ok(flat.includes(line.replace(/\s+/g, " ").trim()), line);
          assert.equal(plain, lines.map((l) => l.replace(/\s+/g, " ").trim()).join(" "));
        }
      });
    }
  }

  test("the seed article's own headline is the headline; a teaser comes from the opening", async () => {
    const headline = await (await Summarizer.create({ type: "headline" })).summarize(ARTICLE);
    assert.equal(headline, "South Korea urges Russia to halt military cooperation with N Korea");
    const tldr = await (await Summarizer.create({ type: "tldr", format: "plain-text" })).summarize(ARTICLE);
    const teaser = await (await Summarizer.create({ type: "teaser", format: "plain-text" })).summarize(ARTICLE);
    assert.ok(ARTICLE.indexOf(teaser.slice(0, 40)) <= ARTICLE.indexOf(tldr.slice(0, 40)));
  });

  test("markdown escapes the article's markup; plain text keeps it", async () => {
    const text = "Shares of *Acme* [rose](http://x) 5% <b>today</b>, traders said. The index fell. Bonds were flat.";
    const md = await (await Summarizer.create({ type: "tldr", length: "long" })).summarize(text);
    assert.match(md, /\\\*Acme\\\* \\\[rose\\\]\(http:\/\/x\) 5% \\<b\\>today\\<\/b\\>/);
    const plain = await (await Summarizer.create({ type: "tldr", length: "long", format: "plain-text" })).summarize(text);
    assert.ok(plain.includes("*Acme* [rose](http://x) 5% <b>today</b>"));
  });

  test("context and sharedContext steer the choice as a headline hint", async () => {
    const text = "The city council met on Monday. The council approved a budget for parks. Separately, the ferry line to the island will close in winter. Ferry passengers must take the bus instead.";
    const s = await Summarizer.create({ type: "tldr", format: "plain-text" });
    assert.match(await s.summarize(text, { context: "ferry closure" }), /ferry/i);
    assert.match(await s.summarize(text, { context: "budget for parks" }), /parks/);
    const shared = await Summarizer.create({ type: "tldr", format: "plain-text", sharedContext: "budget for parks" });
    assert.match(await shared.summarize(text), /parks/);
  });
});

describe("summarize(), summarizeStreaming(), measureInputUsage()", () => {
  test("empty or white-space input gives an empty string; a white-space context is fine; input is converted to a string", async () => {
    const s = await Summarizer.create();
    assert.equal(await s.summarize(""), "");
    assert.equal(await s.summarize(" \n\t "), "");
    assert.notEqual(await s.summarize(PROMPT, { context: " " }), "");
    assert.equal(await (await Summarizer.create({ type: "tldr" })).summarize(PROMPT), PROMPT);
    assert.equal(typeof (await s.summarize(12345)), "string");
    await Promise.all([s.summarize(PROMPT), s.summarize(ARTICLE), s.summarize(PROMPT)]);
  });

  test("streamed chunks join to the summary; an empty input's stream ends without a chunk", async () => {
    for (const type of ["key-points", "tldr", "headline"]) {
      const s = await Summarizer.create({ type, length: "long" });
      const stream = s.summarizeStreaming(ARTICLE);
      assert.ok(stream instanceof ReadableStream);
      const chunks = await read(stream);
      assert.ok(type === "headline" || chunks.length > 1);
      assert.equal(chunks.join(""), await s.summarize(ARTICLE));
    }
    const s = await Summarizer.create();
    const { done } = await s.summarizeStreaming("").getReader().read();
    assert.equal(done, true);
    await Promise.all([read(s.summarizeStreaming(PROMPT)), read(s.summarizeStreaming(PROMPT))]);
  });

  test("abort: summarize rejects with the signal's reason (before and after the call); the summarizer stays usable", async () => {
    const s = await Summarizer.create();
    const c = new AbortController();
    const p = s.summarize(PROMPT, { signal: c.signal });
    c.abort();
    assert.equal(await nameOf(p), "AbortError");
    assert.equal(await nameOf(s.summarize(PROMPT, { signal: c.signal })), "AbortError");
    const err = new Error("mine");
    const c2 = new AbortController();
    const p2 = s.summarize(PROMPT, { signal: c2.signal });
    c2.abort(err);
    await assert.rejects(p2, (e) => e === err);
    await assert.rejects(s.summarize(PROMPT, { signal: c2.signal }), (e) => e === err);
    assert.ok((await s.summarize(PROMPT)).length > 0);
    await assert.rejects(s.summarize(PROMPT, { signal: "x" }), TypeError);
  });

  test("abort: a stream errors with the reason before and during reading, not after it was read; an aborted signal throws at once", async () => {
    const s = await Summarizer.create({ length: "long" });
    const c = new AbortController();
    const stream = s.summarizeStreaming(ARTICLE, { signal: c.signal });
    c.abort();
    assert.equal(await nameOf(stream.pipeTo(new WritableStream())), "AbortError");
    assert.throws(() => s.summarizeStreaming(PROMPT, { signal: c.signal }), { name: "AbortError" });
    const custom = new DOMException("custom", "VersionError");
    const c2 = new AbortController();
    const during = s.summarizeStreaming(ARTICLE, { signal: c2.signal }).getReader();
    assert.equal((await during.read()).done, false);
    c2.abort(custom);
    await assert.rejects(during.read(), (e) => e === custom);
    const c3 = new AbortController();
    await read(s.summarizeStreaming(PROMPT, { signal: c3.signal }));
    c3.abort();
    assert.ok((await read(s.summarizeStreaming(PROMPT))).join("").length > 0, "usable after an aborted stream");
  });

  test("measureInputUsage counts UTF-16 code units of input and contexts; over the quota is a QuotaExceededError", async () => {
    const s = await Summarizer.create({ sharedContext: "ab" });
    assert.equal(await s.measureInputUsage(PROMPT), PROMPT.length + 2);
    assert.equal(await s.measureInputUsage("😀", { context: "xy" }), 2 + 2 + 2);
    const huge = "a".repeat(s.inputQuota);
    const e = await s.summarize(huge).catch((error) => error);
    assert.equal(e.name, "QuotaExceededError");
    assert.equal(e.requested, s.inputQuota + 2);
    assert.equal(e.quota, s.inputQuota);
  });

  test("a long input is summarized off the thread, with the same answer", async () => {
    const long = (ARTICLE + "\n\n").repeat(120);
    assert.ok(long.length > 200_000);
    const s = await Summarizer.create({ type: "key-points", length: "medium", format: "plain-text" });
    const lines = __abridgeBrief(long, {}, 0, 1).split("\n");
    assert.equal(await s.summarize(long), lines.map((l) => l.replace(/\s+/g, " ").trim()).join("\n"));
    s.destroy();
  });

  test("destroy() rejects running and later calls with an AbortError; a stream's call throws it", async () => {
    const s = await Summarizer.create();
    const running = s.summarize(ARTICLE);
    const stream = s.summarizeStreaming(ARTICLE);
    s.destroy();
    s.destroy();
    assert.equal(await nameOf(running), "AbortError");
    assert.equal(await nameOf(stream.pipeTo(new WritableStream())), "AbortError");
    assert.equal(await nameOf(s.summarize(PROMPT)), "AbortError");
    assert.equal(await nameOf(s.measureInputUsage(PROMPT)), "AbortError");
    assert.throws(() => s.summarizeStreaming(PROMPT), { name: "AbortError" });
  });
});

describe("the documentation's examples, against the ponyfill", () => {
  test("feature detection, availability, create with a monitor, summarize, streaming, quota, every type × length × format, abort, destroy", async () => {
    const seen = await runDocumentedExamples(Summarizer, ARTICLE);
    assert.equal(seen.detected, true);
    assert.equal(seen.availability, "available");
    assert.deepEqual(seen.progress, [0, 1]);
    assert.deepEqual(seen.attributes, ["tldr", "short", "markdown", "A general summary to help a user decide if the text is worth reading", "en-US"]);
    assert.ok(seen.summary.length > 50);
    assert.equal(seen.streamed, seen.streamedAgain);
    assert.deepEqual(seen.quota, [2 ** 24, ARTICLE.length + "A general summary to help a user decide if the text is worth reading".length, true]);
    assert.equal(Object.keys(seen.matrix).length, 24);
    for (const [key, value] of Object.entries(seen.matrix)) assert.ok(value.length > 10, key);
    assert.equal(seen.aborted, "AbortError");
    assert.equal(seen.afterDestroy, "AbortError");
  });
});

describe("the polyfill's choice", () => {
  const fakeNative = (availability) => {
    const created = [];
    return {
      created,
      Native: class {
        static async availability() { return availability; }
        static async create(options) { const s = new this(); created.push(options); return s; }
      },
    };
  };

  test("no platform Summarizer: abridge's is installed", () => {
    const saved = globalThis.Summarizer;
    delete globalThis.Summarizer;
    try {
      const installed = installer(Summarizer)();
      assert.equal(installed, Summarizer);
      assert.equal(globalThis.Summarizer, Summarizer);
    } finally {
      globalThis.Summarizer = saved;
    }
  });

  test("a platform Summarizer that is unavailable (or downloadable) gives way to abridge; an available one is used; prefer: 'abridge' switches", async () => {
    const saved = globalThis.Summarizer;
    try {
      for (const state of ["unavailable", "downloadable"]) {
        const { Native, created } = fakeNative(state);
        globalThis.Summarizer = Native;
        const S = installer(Summarizer)();
        assert.equal(await S.availability({ type: "tldr" }), "available");
        const s = await S.create({ type: "tldr" });
        assert.ok(s instanceof S && s instanceof Summarizer && !(s instanceof Native));
        assert.equal(created.length, 0);
        assert.equal(await s.summarize(PROMPT), PROMPT);
        await assert.rejects(S.create({ type: "tl;dr" }), TypeError);
        // A language abridge lacks: the platform's answer stands (it may download a model for it).
        assert.equal(await S.availability({ expectedInputLanguages: ["sw"] }), state);
      }
      const { Native, created } = fakeNative("available");
      globalThis.Summarizer = Native;
      const install = installer(Summarizer);
      const S = install();
      const s = await S.create({ type: "headline" });
      assert.ok(s instanceof Native && s instanceof S);
      assert.deepEqual(created, [{ type: "headline" }]);
      assert.equal(install({ prefer: "abridge" }), Summarizer);
      assert.equal(globalThis.Summarizer, Summarizer);
      assert.throws(() => install({ prefer: "chrome" }), TypeError);
    } finally {
      globalThis.Summarizer = saved;
    }
  });
});
